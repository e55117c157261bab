//! caselint-core: text positions, the audit document model, the rules, fixes and
//! configuration. No IO, no LSP, and no panic on any input.

// A byte slice of text can split a character and panic: slice with `text::Part`.
#![deny(clippy::string_slice)]

pub(crate) mod action;
pub(crate) mod analysis;
pub(crate) mod cache;
pub mod config;
pub mod date;
pub(crate) mod diagnostic;
pub mod document;
pub(crate) mod english;
pub mod lexicon;
pub mod rules;
pub mod summary;
pub mod text;

pub use cache::LintCache;
pub use config::{Config, ConfigError};
pub use diagnostic::{Applicability, Diagnostic, Edit, Fix, Severity};
pub use document::Document;
pub use rules::{Rule, RULES};
pub use text::{LineCol, LineIndex, TextRange};

/// Parse and lint `text`.
///
/// The document as a whole is parsed for its outline only: each area is parsed in full
/// when its chunk is linted, and text with no areas is parsed in full then (see
/// [`cache`]), so no sentence is split twice.
pub fn check(text: &str, config: &Config) -> Vec<Diagnostic> {
    check_document(&Document::parse_outline(text), config)
}

/// Lint a parsed document: every enabled rule, severities from the configuration,
/// suppression comments applied, sorted by position then code.
///
/// The rules of [`cache::DOCUMENT_RULES`] read the whole document; every other rule reads
/// one chunk at a time: the text before the first area, then each area up to the next,
/// each with the front matter in front of it (see [`cache`]). The language server gives the
/// same answer with [`check_cached`], which lints only the chunks an edit changed.
pub fn check_document(doc: &Document, config: &Config) -> Vec<Diagnostic> {
    cache::check(doc, config, None)
}

/// [`check_document`], reusing the results of chunks whose text has not changed since the
/// last lint with `cache`. The result is the same as without a cache.
pub fn check_cached(
    doc: &Document,
    config: &std::sync::Arc<Config>,
    cache: &mut LintCache,
) -> Vec<Diagnostic> {
    cache::check(doc, config, Some((config, cache)))
}

/// Run the rules `which` selects on `doc`, with severities from the configuration (no
/// suppression, in rule order).
pub(crate) fn run_rules(
    doc: &Document,
    config: &Config,
    which: impl Fn(&Rule) -> bool,
    out: &mut Vec<Diagnostic>,
) {
    let ctx = rules::Context::new(doc, config);
    let mut found = Vec::new();
    for rule in RULES {
        if !which(rule) {
            continue;
        }
        let Some(severity) = config.severity(rule.code) else {
            continue;
        };
        if rule.scope == rules::Scope::Structure && doc.is_free_text() {
            continue;
        }
        found.clear();
        (rule.check)(&ctx, &mut found);
        out.extend(found.drain(..).map(|mut d| {
            d.severity = severity;
            d
        }));
    }
}
