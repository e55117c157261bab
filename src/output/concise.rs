//! `--format concise`: `path:line:col: severity[CODE] message`, one line per diagnostic,
//! for grep and editors' quickfix lists.

use std::fmt::Write as _;

use super::locate::Locator;
use super::FileReport;

/// `path:line:col: severity[CODE] message`, one line per diagnostic and nothing else.
pub(crate) fn concise(reports: &[FileReport]) -> String {
    let mut out = String::new();
    for report in reports {
        let locator = Locator::new(report);
        for d in &report.diagnostics {
            let start = locator.line_col(d.range.start());
            let message: String = d
                .message
                .chars()
                .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
                .collect();
            let _ = writeln!(
                out,
                "{}:{}:{}: {}[{}] {}",
                report.path,
                start.line,
                start.column,
                d.severity.as_str(),
                d.code,
                message
            );
        }
    }
    out
}
