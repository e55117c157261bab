//! `--format github`: one GitHub Actions workflow annotation per diagnostic.

use std::fmt::Write as _;

use caselint_core::Severity;

use super::locate::Locator;
use super::FileReport;

/// The workflow command for a severity: GitHub has error, warning and notice.
fn command(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    }
}

/// Escape a workflow command's message, as the Actions toolkit does.
pub(crate) fn escape_data(value: &str) -> String {
    value
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escape a workflow command's property value (`file=…`, `title=…`), as the Actions
/// toolkit does: also `:` and `,`, which separate properties.
pub(crate) fn escape_property(value: &str) -> String {
    escape_data(value).replace(':', "%3A").replace(',', "%2C")
}

/// `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=CODE name::message`, one per
/// diagnostic. Columns are 1-based and counted in Unicode scalar values; `endColumn` is the
/// column just after the span.
pub(crate) fn github(reports: &[FileReport]) -> String {
    let mut out = String::new();
    for report in reports {
        let locator = Locator::new(report);
        for d in &report.diagnostics {
            let start = locator.line_col(d.range.start());
            let end = locator.line_col(d.range.end());
            let _ = writeln!(
                out,
                "::{} file={},line={},col={},endLine={},endColumn={},title={}::{}",
                command(d.severity),
                escape_property(&report.path),
                start.line,
                start.column,
                end.line,
                end.column,
                escape_property(&format!("{} {}", d.code, d.name)),
                escape_data(&d.message)
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_follow_the_actions_toolkit() {
        assert_eq!(escape_data("100% sure\r\nnext"), "100%25 sure%0D%0Anext");
        assert_eq!(escape_data("a: b, c"), "a: b, c");
        assert_eq!(
            escape_property("dir/a,b:c%.audit.md"),
            "dir/a%2Cb%3Ac%25.audit.md"
        );
        assert_eq!(
            escape_property("J001 missing-judgement"),
            "J001 missing-judgement"
        );
        // `%` is escaped first, so an escape sequence in the input survives as text.
        assert_eq!(escape_property("%0A"), "%250A");
    }

    #[test]
    fn severities_map_to_workflow_commands() {
        assert_eq!(command(Severity::Error), "error");
        assert_eq!(command(Severity::Warning), "warning");
        assert_eq!(command(Severity::Info), "notice");
    }
}
