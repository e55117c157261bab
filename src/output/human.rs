//! The human report: each finding with its place, the source line marked, and the fixes
//! on offer.

use std::fmt::Write as _;

use caselint_core::{Diagnostic, LineIndex, Severity};

use super::locate::Locator;
use super::FileReport;

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
pub(crate) fn human(reports: &[FileReport], color: bool, unchecked: usize) -> String {
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
