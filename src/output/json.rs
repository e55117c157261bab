//! The JSON report of SPEC §4.

use serde::Serialize;

use super::locate::{Locator, WordPlace};
use super::FileReport;

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
pub(crate) fn json(reports: &[FileReport]) -> String {
    use rayon::prelude::*;
    // Each file's part is made and indented on the rayon pool; joining them is a copy.
    let files: Vec<String> = reports.par_iter().map(file_part).collect();
    let mut out = String::with_capacity(files.iter().map(|f| f.len() + 8).sum::<usize>() + 64);
    out.push_str(HEAD);
    if files.is_empty() {
        out.push_str(EMPTY_TAIL);
        return out;
    }
    for (i, file) in files.iter().enumerate() {
        out.push_str(if i == 0 { "\n    " } else { ",\n    " });
        out.push_str(file);
    }
    out.push_str(TAIL);
    out
}

/// The report up to its first file; each file follows after `\n    ` (the first) or
/// `,\n    ` (the others).
pub(crate) const HEAD: &str = "{\n  \"version\": 1,\n  \"files\": [";
/// The report's end after its last file.
pub(crate) const TAIL: &str = "\n  ]\n}\n";
/// The report's end when it has no file.
pub(crate) const EMPTY_TAIL: &str = "]\n}\n";

/// One file's part of the JSON report, pretty-printed two levels deep.
pub(crate) fn file_part(report: &FileReport) -> String {
    let pretty = serde_json::to_string_pretty(&json_part(report)).unwrap_or_default();
    // A pretty JSON text has line breaks only between tokens (a string's own are escaped):
    // indenting every line puts the file two levels deep.
    pretty.replace('\n', "\n    ")
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::tests::report;
    use crate::output::JsonReport;

    /// Serialising the whole report at once, as the report was first written.
    fn whole(reports: &[FileReport]) -> String {
        let files = reports.iter().map(json_part).collect();
        let mut out = serde_json::to_string_pretty(&JsonReport { version: 1, files }).unwrap();
        out.push('\n');
        out
    }

    #[test]
    fn the_report_is_the_whole_report_serialised_at_once() {
        let jo = include_str!("../../examples/jo.audit.md");
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
