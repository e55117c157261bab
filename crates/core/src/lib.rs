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

/// Compile the phrase matchers a typical audit needs, on the calling thread: the enabled
/// rules run in reverse order over a built-in sample audit (the bundled example), in the
/// configuration's own matchers.
///
/// A check of one or two files spends most of its time compiling matchers, rule by rule,
/// on one core. Run on a second core while the first lints, this compiles from the other
/// end of the rule table: each matcher is compiled once, by whichever thread comes to it
/// first (the other waits for it), so the two share the work. Nothing is returned; the
/// findings on the sample are dropped.
pub fn warm_up(config: &Config) {
    let doc = Document::parse(WARM_UP_SAMPLE);
    let ctx = rules::Context::new(&doc, config);
    let mut found = Vec::new();
    for rule in RULES.iter().rev() {
        if config.severity(rule.code).is_none() {
            continue;
        }
        found.clear();
        (rule.check)(&ctx, &mut found);
    }
}

/// [`warm_up`] for a language server, on the thread that lints: the clean example audit, so
/// only the matchers every audit needs are loaded (the memory of one reached only by a
/// finding is spent when a document needs it).
pub fn warm_up_server(config: &Config) {
    check(WARM_UP_CLEAN, config);
}

/// A clean audit, for [`warm_up_server`].
const WARM_UP_CLEAN: &str = include_str!("../../../tests/fixtures/clean/amir.audit.md");

/// The audit [`warm_up`] lints: realistic, with findings for most rules.
const WARM_UP_SAMPLE: &str = include_str!("../../../examples/jo.audit.md");

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

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    /// A warm-up racing a check on the same matchers changes nothing the check finds.
    #[test]
    fn warming_up_beside_a_check_finds_the_same() {
        // An extended lexicon: matchers of its own, compiled by neither thread yet.
        let config = Arc::new(
            Config::from_toml(
                "[lexicon]\nextend-labels = [\"tricky\"]\nextend-roles = [\"hub lead\"]\n",
                "caselint.toml",
            )
            .unwrap(),
        );
        let text = format!(
            "{}\n## Assessment\nJudgement: Good\n\n### Evidence\nThe hub lead did not visit. Mum is tricky.\n",
            WARM_UP_SAMPLE
        );
        let warm = {
            let config = Arc::clone(&config);
            std::thread::spawn(move || warm_up(&config))
        };
        let racing = check(&text, &config);
        warm.join().expect("the warm-up does not panic");
        let after = check(&text, &config);
        let codes = |d: &[Diagnostic]| d.iter().map(|d| (d.code, d.range)).collect::<Vec<_>>();
        assert_eq!(codes(&racing), codes(&after));
        assert!(racing.iter().any(|d| d.code == "T003"), "{racing:?}");
        assert!(racing.iter().any(|d| d.code == "T001"), "{racing:?}");
    }

    /// The server's warm-up sample stays clean: a finding there would load matchers only
    /// findings need, memory the server's budget has no room for (BENCHMARKS.md).
    #[test]
    fn the_server_warm_up_sample_has_no_findings() {
        let found = check(WARM_UP_CLEAN, &Config::default());
        assert!(found.is_empty(), "{found:?}");
        warm_up_server(&Config::default());
    }
}
