//! `caselint rules` and `caselint explain`: the rule catalogue and a rule's documentation.

use std::fmt::Write as _;

use caselint_core::{Rule, RULES};

/// `caselint rules`: the catalogue as a table.
pub(crate) fn rules_table() -> String {
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
pub(crate) fn explain(rule: &Rule) -> String {
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
pub(crate) fn explain_terminal(rule: &Rule, color: bool, width: usize) -> String {
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
    use super::*;

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
}
