//! caselint-core: text positions, the audit document model, the rules, fixes and
//! configuration. No IO, no LSP, and no panic on any input.

pub(crate) mod action;
pub mod analysis;
pub mod config;
pub mod date;
pub mod diagnostic;
pub mod document;
pub mod english;
pub mod lexicon;
pub mod rules;
pub mod summary;
pub mod text;

pub use config::{Config, ConfigError};
pub use diagnostic::{Applicability, Diagnostic, Edit, Fix, Severity};
pub use document::Document;
pub use rules::{Rule, RULES};
pub use text::{LineCol, LineIndex, TextRange};

/// Parse and lint `text`.
pub fn check(text: &str, config: &Config) -> Vec<Diagnostic> {
    check_document(&Document::parse(text), config)
}

/// Lint a parsed document: every enabled rule, severities from the configuration,
/// suppression comments applied, sorted by position then code.
pub fn check_document(doc: &Document, config: &Config) -> Vec<Diagnostic> {
    let ctx = rules::Context::new(doc, config);
    let mut out = Vec::new();
    let mut found = Vec::new();
    for rule in RULES {
        let Some(severity) = config.severity(rule.code) else {
            continue;
        };
        if rule.scope == rules::Scope::Structure && doc.is_free_text() {
            continue;
        }
        found.clear();
        (rule.check)(&ctx, &mut found);
        for mut d in found.drain(..) {
            d.severity = severity;
            let line = doc.line_index.line_of(d.range.start());
            if doc
                .suppressions
                .iter()
                .any(|s| s.covers(line, d.code, d.name))
            {
                continue;
            }
            out.push(d);
        }
    }
    out.sort_by(|a, b| a.range.start.cmp(&b.range.start).then(a.code.cmp(b.code)));
    out
}
