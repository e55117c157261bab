//! `caselint check --format sarif`: a SARIF 2.1.0 log, for code-scanning dashboards and
//! quality-assurance automation.
//!
//! One run holds every file. Its `rules` are the whole catalogue (so `ruleIndex` is stable
//! whatever fires), each with its documentation as the help text. Regions use 1-based lines
//! and 1-based columns counted in Unicode code points (`columnKind: "unicodeCodePoints"`),
//! the same columns as the human and JSON output; `endColumn` is the column just after the
//! region, as SARIF defines it. Fixes carry their edits as replacements of such regions.

use caselint_core::{Diagnostic, Rule, Severity, TextRange, RULES};
use serde::Serialize;

use super::locate::Locator;
use super::FileReport;

const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run<'a>; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool<'a>,
    invocations: [Invocation; 1],
    column_kind: &'static str,
    results: Vec<SarifResult<'a>>,
}

#[derive(Serialize)]
struct Tool<'a> {
    driver: Driver<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver<'a> {
    name: &'static str,
    version: &'static str,
    semantic_version: &'static str,
    rules: Vec<ReportingDescriptor<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ReportingDescriptor<'a> {
    id: &'a str,
    name: &'a str,
    short_description: Text<'a>,
    full_description: Text<'a>,
    help: Help<'a>,
    default_configuration: Configuration,
}

#[derive(Serialize)]
struct Text<'a> {
    text: &'a str,
}

#[derive(Serialize)]
struct Help<'a> {
    text: String,
    markdown: &'a str,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Invocation {
    execution_successful: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    tool_execution_notifications: Vec<Notification>,
}

#[derive(Serialize)]
struct Notification {
    level: &'static str,
    message: OwnedText,
}

#[derive(Serialize)]
struct OwnedText {
    text: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'a str,
    rule_index: usize,
    level: &'static str,
    message: Text<'a>,
    locations: [Location<'a>; 1],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    fixes: Vec<SarifFix<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location<'a> {
    physical_location: PhysicalLocation<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation<'a> {
    artifact_location: ArtifactLocation<'a>,
    region: Region,
}

#[derive(Serialize)]
struct ArtifactLocation<'a> {
    uri: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: u32,
    start_column: u32,
    end_line: u32,
    end_column: u32,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifFix<'a> {
    description: Text<'a>,
    artifact_changes: [ArtifactChange<'a>; 1],
}

#[derive(Serialize)]
struct ArtifactChange<'a> {
    #[serde(rename = "artifactLocation")]
    artifact_location: ArtifactLocation<'a>,
    replacements: Vec<Replacement<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Replacement<'a> {
    deleted_region: Region,
    inserted_content: Text<'a>,
}

/// SARIF's name for a severity.
pub(crate) fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// The catalogue in code order: the order of `tool.driver.rules`.
fn catalogue() -> Vec<&'static Rule> {
    let mut rules: Vec<&'static Rule> = RULES.to_vec();
    rules.sort_by_key(|r| r.code);
    rules
}

/// A rule's Markdown documentation as plain text: headings without their `#`s and code
/// fences dropped; what is inside a fence (an example audit) stays as written.
fn plain_text(doc: &str) -> String {
    let mut out = String::with_capacity(doc.len());
    let mut in_fence = false;
    for line in doc.lines() {
        if line.trim_start().starts_with("```") {
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            out.push_str(line);
        } else {
            out.push_str(line.trim_start_matches('#').trim_start_matches(' '));
        }
        out.push('\n');
    }
    out
}

/// The text under a rule's `## What it does` heading.
fn what_it_does(doc: &str) -> &str {
    let Some(start) = doc.find("## What it does") else {
        return doc.trim();
    };
    let body = &doc[start + "## What it does".len()..];
    let end = body.find("\n## ").unwrap_or(body.len());
    body[..end].trim()
}

fn region(locator: &Locator, range: TextRange) -> Region {
    let start = locator.line_col(range.start());
    let end = locator.line_col(range.end());
    Region {
        start_line: start.line,
        start_column: start.column,
        end_line: end.line,
        end_column: end.column,
    }
}

/// A path as a URI reference: relative paths stay relative (with `/` separators), absolute
/// ones become `file://` URIs, and every byte outside the unreserved set is percent-encoded.
pub(crate) fn path_uri(path: &str) -> String {
    let path = if std::path::MAIN_SEPARATOR == '\\' {
        path.replace('\\', "/")
    } else {
        path.to_owned()
    };
    let mut rest = path.as_str();
    while let Some(stripped) = rest.strip_prefix("./") {
        rest = stripped;
    }
    let absolute = std::path::Path::new(rest).is_absolute();
    let mut out = String::with_capacity(rest.len() + 8);
    if absolute {
        out.push_str("file://");
        if !rest.starts_with('/') {
            out.push('/');
        }
    }
    for (i, byte) in rest.bytes().enumerate() {
        let keep = byte.is_ascii_alphanumeric()
            || matches!(byte, b'-' | b'.' | b'_' | b'~' | b'/')
            // A Windows drive letter's colon (`C:`) stays as it is in a file URI.
            || (cfg!(windows) && absolute && byte == b':' && i == 1);
        if keep {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

fn result<'a>(
    report: &FileReport,
    uri: &'a str,
    locator: &Locator,
    rules: &[&'static Rule],
    d: &'a Diagnostic,
) -> SarifResult<'a> {
    // A Word form's fixes edit the audit read from it, not the file: they are not offered
    // as file changes (`caselint annotate --suggest` puts them in the form).
    let fixes = d
        .fixes
        .iter()
        .filter(|fix| !fix.edits.is_empty() && report.form.is_none())
        .map(|fix| SarifFix {
            description: Text { text: &fix.title },
            artifact_changes: [ArtifactChange {
                artifact_location: ArtifactLocation { uri },
                replacements: fix
                    .edits
                    .iter()
                    .map(|edit| Replacement {
                        deleted_region: region(locator, edit.range),
                        inserted_content: Text {
                            text: &edit.new_text,
                        },
                    })
                    .collect(),
            }],
        })
        .collect();
    SarifResult {
        rule_id: d.code,
        rule_index: rules.iter().position(|r| r.code == d.code).unwrap_or(0),
        level: level(d.severity),
        message: Text { text: &d.message },
        locations: [Location {
            physical_location: PhysicalLocation {
                artifact_location: ArtifactLocation { uri },
                region: region(locator, d.range),
            },
        }],
        fixes,
    }
}

/// The SARIF log of `reports`; `errors` (files that could not be read) become tool
/// execution notifications and mark the invocation unsuccessful.
pub(crate) fn render(reports: &[FileReport], errors: &[String]) -> String {
    let rules = catalogue();
    let uris: Vec<String> = reports.iter().map(|r| path_uri(&r.path)).collect();
    let mut results = Vec::new();
    for (report, uri) in reports.iter().zip(&uris) {
        let locator = Locator::new(report);
        for d in &report.diagnostics {
            results.push(result(report, uri, &locator, &rules, d));
        }
    }
    let log = Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: [Run {
            tool: Tool {
                driver: Driver {
                    name: "caselint",
                    version: env!("CARGO_PKG_VERSION"),
                    semantic_version: env!("CARGO_PKG_VERSION"),
                    rules: rules
                        .iter()
                        .map(|rule| ReportingDescriptor {
                            id: rule.code,
                            name: rule.name,
                            short_description: Text { text: rule.summary },
                            full_description: Text {
                                text: what_it_does(rule.doc),
                            },
                            help: Help {
                                text: plain_text(rule.doc),
                                markdown: rule.doc,
                            },
                            default_configuration: Configuration {
                                level: level(rule.default_severity),
                            },
                        })
                        .collect(),
                },
            },
            invocations: [Invocation {
                execution_successful: errors.is_empty(),
                tool_execution_notifications: errors
                    .iter()
                    .map(|e| Notification {
                        level: "error",
                        message: OwnedText { text: e.clone() },
                    })
                    .collect(),
            }],
            column_kind: "unicodeCodePoints",
            results,
        }],
    };
    let mut out = serde_json::to_string_pretty(&log).unwrap_or_default();
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(
            path_uri("audits/jo.audit.md"),
            "audits/jo.audit.md".to_owned()
        );
        assert_eq!(path_uri("./././jo.audit.md"), "jo.audit.md");
        assert_eq!(
            path_uri("/srv/QA team/Zoë #2.audit.md"),
            "file:///srv/QA%20team/Zo%C3%AB%20%232.audit.md"
        );
        assert_eq!(path_uri("a,b:c.audit.md"), "a%2Cb%3Ac.audit.md");
        assert_eq!(path_uri("-"), "-");
    }

    #[test]
    fn what_it_does_is_the_first_section() {
        let doc = "## What it does\nFlags things.\n\n## Why\nBecause.\n";
        assert_eq!(what_it_does(doc), "Flags things.");
        assert_eq!(what_it_does("No headings."), "No headings.");
        for rule in RULES {
            assert!(!what_it_does(rule.doc).is_empty(), "{}", rule.code);
            assert!(!what_it_does(rule.doc).contains("## "), "{}", rule.code);
        }
    }

    #[test]
    fn help_text_is_plain() {
        let doc =
            "## What it does\nFlags.\n\n## Example\n```markdown\n## Health\nJudgement: Weak\n```\n";
        assert_eq!(
            plain_text(doc),
            "What it does\nFlags.\n\nExample\n## Health\nJudgement: Weak\n"
        );
    }

    #[test]
    fn levels() {
        assert_eq!(level(Severity::Error), "error");
        assert_eq!(level(Severity::Warning), "warning");
        assert_eq!(level(Severity::Info), "note");
    }
}
