//! Output: human-readable diagnostics, the JSON report, the rule catalogue.

use std::fmt::Write as _;

use caselint_core::{Diagnostic, LineIndex, Rule, Severity, RULES};
use serde::Serialize;

use crate::check::FileReport;
use crate::locate::{Locator, WordPlace};

struct Paint {
    on: bool,
}

impl Paint {
    fn wrap(&self, code: &str, text: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }

    fn severity(&self, severity: Severity) -> String {
        let code = match severity {
            Severity::Error => "1;31",
            Severity::Warning => "1;33",
            Severity::Info => "1;36",
        };
        self.wrap(code, severity.as_str())
    }
}

/// file:line:col, severity, code, name and message, then the source line with the span
/// marked and the fixes on offer.
/// The human report. `unchecked` files could not be read or checked (their errors go to
/// standard error): the closing line never claims they were.
pub fn human(reports: &[FileReport], color: bool, unchecked: usize) -> String {
    use rayon::prelude::*;
    let paint = Paint { on: color };
    // Each file on its own, on every core, then in the order given.
    let parts: Vec<(String, [usize; 3])> = reports
        .par_iter()
        .map(|report| human_file(report, &paint))
        .collect();
    let mut out = String::with_capacity(parts.iter().map(|(p, _)| p.len()).sum::<usize>() + 80);
    let mut counts = [0usize; 3];
    for (part, found) in &parts {
        out.push_str(part);
        for (count, n) in counts.iter_mut().zip(found) {
            *count += n;
        }
    }
    let total: usize = counts.iter().sum();
    let files = reports.len();
    let files_word = if files == 1 { "file" } else { "files" };
    let not_checked = match unchecked {
        0 => String::new(),
        1 => "; 1 file could not be checked (see the error below)".to_owned(),
        n => format!("; {n} files could not be checked (see the errors below)"),
    };
    if files == 0 {
        // Nothing was checked: the errors say why, and nothing here claims otherwise.
    } else if total == 0 {
        let _ = writeln!(
            out,
            "No problems found in {files} {files_word}{not_checked}."
        );
    } else {
        let mut parts = Vec::new();
        for (n, word) in [
            (counts[2], "error"),
            (counts[1], "warning"),
            (counts[0], "info"),
        ] {
            if n > 0 {
                let plural = if n == 1 || word == "info" { "" } else { "s" };
                parts.push(format!("{n} {word}{plural}"));
            }
        }
        let problems = if total == 1 { "problem" } else { "problems" };
        let _ = writeln!(
            out,
            "Found {total} {problems} ({}) in {files} {files_word}{not_checked}.",
            parts.join(", ")
        );
    }
    out
}

/// One file's diagnostics, and how many of each severity there are.
fn human_file(report: &FileReport, paint: &Paint) -> (String, [usize; 3]) {
    let mut out = String::new();
    let mut counts = [0usize; 3];
    let index = LineIndex::new(&report.text);
    let locator = Locator::new(report);
    for d in &report.diagnostics {
        counts[d.severity as usize] += 1;
        let start = locator.line_col(d.range.start());
        let _ = writeln!(
            out,
            "{}:{}:{}: {}[{}] {}: {}",
            paint.wrap("1", &report.path),
            start.line,
            start.column,
            paint.severity(d.severity),
            paint.wrap("1", d.code),
            d.name,
            d.message
        );
        if let Some(place) = locator.word(d.range) {
            let _ = writeln!(
                out,
                "  {} in Word: {}",
                paint.wrap("34", "-->"),
                place.describe()
            );
        }
        let number = locator.is_word().then_some(start.line);
        snippet(&mut out, paint, &report.text, &index, d, number);
    }
    (out, counts)
}

/// The source line with the span marked; `number` is shown in the gutter instead of the
/// line's own (a Word form's paragraph).
fn snippet(
    out: &mut String,
    paint: &Paint,
    text: &str,
    index: &LineIndex,
    d: &Diagnostic,
    number: Option<u32>,
) {
    let line = index.line_of(d.range.start());
    let line_range = index.line_range(line, text);
    let source = line_range.slice(text);
    let number = number.map_or_else(|| (line + 1).to_string(), |n| n.to_string());
    let gutter = " ".repeat(number.len());
    let bar = paint.wrap("34", "|");
    // Columns in characters; the mark stops at the end of the first line.
    let from = text
        [line_range.start()..d.range.start().clamp(line_range.start(), line_range.end())]
        .chars()
        .count();
    let to_offset = d.range.end().clamp(line_range.start(), line_range.end());
    let width = text[d.range.start().clamp(line_range.start(), line_range.end())..to_offset]
        .chars()
        .count()
        .max(1);
    let display: String = source
        .chars()
        .map(|c| if c == '\t' { ' ' } else { c })
        .collect();
    let _ = writeln!(out, "{gutter} {bar}");
    let _ = writeln!(out, "{} {bar} {display}", paint.wrap("34", &number));
    let _ = writeln!(
        out,
        "{gutter} {bar} {}{}",
        " ".repeat(from),
        paint.wrap("1;33", &"^".repeat(width))
    );
    for fix in d.fixes.iter().take(3) {
        let _ = writeln!(out, "{gutter} = fix: {}", fix.title);
    }
    if d.fixes.len() > 3 {
        let _ = writeln!(out, "{gutter} = ... and {} more fixes", d.fixes.len() - 3);
    }
    out.push('\n');
}

#[cfg(test)]
#[derive(Serialize)]
struct JsonReport<'a> {
    version: u32,
    files: Vec<JsonFile<'a>>,
}

#[derive(Serialize)]
struct JsonFile<'a> {
    path: &'a str,
    diagnostics: Vec<JsonDiagnostic<'a>>,
}

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    code: &'a str,
    name: &'a str,
    severity: &'a str,
    message: &'a str,
    byte_range: [u32; 2],
    start: caselint_core::LineCol,
    end: caselint_core::LineCol,
    /// In a Word form: paragraph, table cell, area, section and the flagged words.
    #[serde(skip_serializing_if = "Option::is_none")]
    word: Option<WordPlace>,
    fixes: Vec<JsonFix<'a>>,
}

#[derive(Serialize)]
struct JsonFix<'a> {
    title: &'a str,
    applicability: caselint_core::Applicability,
    edits: Vec<JsonEdit<'a>>,
}

#[derive(Serialize)]
struct JsonEdit<'a> {
    byte_range: [u32; 2],
    new_text: &'a str,
}

/// The JSON report of SPEC §4, pretty-printed.
///
/// Each file's part is serialised on its own, on every core (the report of a folder of
/// audits is many times the size of the audits, and serialising it on one thread after
/// linting on all of them held a `check` of 2,000 audits back by a third), then indented
/// into place: the result is byte for byte what serialising the whole report at once
/// gives.
pub fn json(reports: &[FileReport]) -> String {
    use rayon::prelude::*;
    let files: Vec<String> = reports.par_iter().map(json_file).collect();
    let mut out = String::with_capacity(files.iter().map(|f| f.len() + 8).sum::<usize>() + 64);
    out.push_str("{\n  \"version\": 1,\n  \"files\": [");
    if files.is_empty() {
        out.push_str("]\n}\n");
        return out;
    }
    for (i, file) in files.iter().enumerate() {
        out.push_str(if i == 0 { "\n    " } else { ",\n    " });
        // A pretty JSON text has line breaks only between tokens (a string's own are
        // escaped): indenting every line puts the file two levels deep.
        for (j, line) in file.split('\n').enumerate() {
            if j > 0 {
                out.push_str("\n    ");
            }
            out.push_str(line);
        }
    }
    out.push_str("\n  ]\n}\n");
    out
}

/// One file's part of the JSON report, pretty-printed at the top level.
fn json_file(report: &FileReport) -> String {
    serde_json::to_string_pretty(&json_part(report)).unwrap_or_default()
}

fn json_part<'a>(report: &'a FileReport) -> JsonFile<'a> {
    let locator = Locator::new(report);
    JsonFile {
        path: &report.path,
        diagnostics: report
            .diagnostics
            .iter()
            .map(|d| JsonDiagnostic {
                code: d.code,
                name: d.name,
                severity: d.severity.as_str(),
                message: &d.message,
                byte_range: [d.range.start, d.range.end],
                start: locator.line_col(d.range.start()),
                end: locator.line_col(d.range.end()),
                word: locator.word(d.range),
                fixes: d
                    .fixes
                    .iter()
                    .map(|f| JsonFix {
                        title: &f.title,
                        applicability: f.applicability,
                        edits: f
                            .edits
                            .iter()
                            .map(|e| JsonEdit {
                                byte_range: [e.range.start, e.range.end],
                                new_text: &e.new_text,
                            })
                            .collect(),
                    })
                    .collect(),
            })
            .collect(),
    }
}

/// `caselint rules`: the catalogue as a table.
pub fn rules_table() -> String {
    let mut rules: Vec<&Rule> = RULES.to_vec();
    rules.sort_by_key(|r| r.code);
    let name_width = rules.iter().map(|r| r.name.len()).max().unwrap_or(4);
    let mut out = format!(
        "{:<5} {:<name_width$} {:<8} {}\n",
        "code", "name", "default", "checks"
    );
    for rule in rules {
        let _ = writeln!(
            out,
            "{:<5} {:<name_width$} {:<8} {}",
            rule.code,
            rule.name,
            rule.default_severity.as_str(),
            rule.summary
        );
    }
    out
}

/// `caselint explain`: a rule's documentation.
pub fn explain(rule: &Rule) -> String {
    format!(
        "# {} {}\n\nDefault severity: {}\n\n{}",
        rule.code,
        rule.name,
        rule.default_severity.as_str(),
        rule.doc
    )
}

/// `explain` for a terminal: the Markdown read as plain text — headings in bold (or
/// underlined without colour), examples indented, no backticks or fences, paragraphs
/// wrapped to `width` columns.
pub fn explain_terminal(rule: &Rule, color: bool, width: usize) -> String {
    let markdown = explain(rule);
    let mut out = String::new();
    let mut in_code = false;
    let heading = |text: &str, out: &mut String, rule_char: char| {
        if color {
            let _ = writeln!(out, "\x1b[1m{text}\x1b[0m");
        } else {
            let _ = writeln!(
                out,
                "{text}\n{}",
                rule_char.to_string().repeat(text.chars().count())
            );
        }
    };
    for line in markdown.lines() {
        if line.starts_with("```") {
            in_code = !in_code;
            continue;
        }
        if in_code {
            let _ = writeln!(out, "    {line}");
        } else if let Some(title) = line.strip_prefix("# ") {
            heading(title, &mut out, '=');
        } else if let Some(title) = line.strip_prefix("## ") {
            heading(title, &mut out, '-');
        } else if line.trim().is_empty() {
            out.push('\n');
        } else {
            for wrapped in wrap(&line.replace('`', ""), width) {
                let _ = writeln!(out, "{wrapped}");
            }
        }
    }
    out
}

/// `text` broken at spaces into lines of at most `width` characters (a longer word stays
/// whole on a line of its own).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let len = line.chars().count();
        if len > 0 && len + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    fn report(path: &str, text: &str) -> FileReport {
        let config = Arc::new(caselint_core::Config::default());
        FileReport {
            path: path.to_owned(),
            text: text.to_owned(),
            diagnostics: caselint_core::check(text, &config),
            config,
            form: None,
        }
    }

    #[test]
    fn explain_for_a_terminal_is_plain_text() {
        let rule = caselint_core::rules::find("T002").unwrap();
        let text = explain_terminal(rule, false, 60);
        assert!(
            text.starts_with("T002 blaming-language\n=====================\n"),
            "{text}"
        );
        assert!(text.contains("\nWhy\n---\n"), "{text}");
        assert!(!text.contains('`') && !text.contains("## "), "{text}");
        // The example is indented, and prose is wrapped.
        assert!(text.contains("\n    The SW should have visited"), "{text}");
        assert!(
            text.lines()
                .filter(|l| !l.starts_with("    "))
                .all(|l| l.chars().count() <= 60 || !l.contains(' ')),
            "{text}"
        );
        let bold = explain_terminal(rule, true, 80);
        assert!(
            bold.starts_with("\x1b[1mT002 blaming-language\x1b[0m\n"),
            "{bold}"
        );
        assert_eq!(wrap("a bb ccc", 4), ["a bb", "ccc"]);
    }

    /// Serialising the whole report at once, as the report was first written.
    fn whole(reports: &[FileReport]) -> String {
        let files = reports.iter().map(json_part).collect();
        let mut out = serde_json::to_string_pretty(&JsonReport { version: 1, files }).unwrap();
        out.push('\n');
        out
    }

    #[test]
    fn the_report_is_the_whole_report_serialised_at_once() {
        let jo = include_str!("../examples/jo.audit.md");
        let multiline = "## Area\nJudgement: Good\n\n### Evidence\nThe SW did not visit.\n\n### Impact\nNone.\n";
        let cases: Vec<Vec<FileReport>> = vec![
            vec![],
            vec![report("clean.audit.md", "")],
            vec![report("jo.audit.md", jo)],
            vec![
                report("a \"quoted\"\npath.audit.md", multiline),
                report("jo.audit.md", jo),
                report("empty.audit.md", ""),
            ],
        ];
        for reports in &cases {
            let ours = json(reports);
            assert_eq!(ours, whole(reports));
            let parsed: serde_json::Value = serde_json::from_str(&ours).unwrap();
            assert_eq!(
                parsed["files"].as_array().map(Vec::len),
                Some(reports.len())
            );
        }
    }
}
