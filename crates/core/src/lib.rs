//! caselint-core: text positions, the audit document model, the rules, fixes and
//! configuration. No IO, no LSP, and no panic on any input.

// A byte slice of text can split a character and panic: slice with `text::Part`.
#![deny(clippy::string_slice)]

pub(crate) mod action;
pub(crate) mod analysis;
pub(crate) mod cache;
pub(crate) mod comment;
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
    cache::check(doc, config, None, false)
}

/// [`check`], with the areas of the audit linted side by side on the rayon pool: for a
/// command that lints fewer files than there are cores. The result is the same.
pub fn check_spread(text: &str, config: &Config) -> Vec<Diagnostic> {
    // Parsing is on one core; the other meanwhile loads the largest matchers, which the
    // first area's rules would otherwise wait for.
    let preloading = !text.trim().is_empty();
    let ((), found) = rayon::join(
        || {
            if preloading {
                preload(config);
            }
        },
        || cache::check(&Document::parse_outline(text), config, None, true),
    );
    found
}

/// Load the matchers that take longest to load and that nearly every audit needs: S001's
/// triggers (with the configuration's escalation phrases), the evidence reading's
/// shortcomings, the actions' time bounds and the practitioner roles. Loading makes no
/// search cache, and what a check finds does not change; only when the loading is done
/// does.
fn preload(config: &Config) {
    config.lexicon.escalation.any_trigger.load();
    analysis::preload();
    action::preload();
    config.lexicon.roles.load();
}

/// [`check_document`], reusing the results of chunks whose text has not changed since the
/// last lint with `cache`. The result is the same as without a cache.
pub fn check_cached(
    doc: &Document,
    config: &std::sync::Arc<Config>,
    cache: &mut LintCache,
) -> Vec<Diagnostic> {
    cache::check(doc, config, Some((config, cache)), false)
}

/// Load the phrase matchers every audit needs, for a language server, on the thread that
/// lints (which then owns their search caches): the clean example audit is linted, so only
/// those matchers are loaded (the memory of one reached only by a finding is spent when a
/// document needs it).
///
/// The largest matchers are loaded on a second thread meanwhile (see [`preload`]);
/// loading one makes no search cache, so the lint thread still owns them all.
pub fn warm_up_server(config: &Config) {
    std::thread::scope(|scope| {
        // Should the thread not start, the check loads them itself.
        let _ = std::thread::Builder::new()
            .name("caselint-preload".into())
            .spawn_scoped(scope, || preload(config));
        check(WARM_UP_CLEAN, config);
    });
}

/// A clean audit, for [`warm_up_server`].
const WARM_UP_CLEAN: &str = include_str!("../../../tests/fixtures/clean/amir.audit.md");

/// Run the rules `which` selects on `doc`, with severities from the configuration (no
/// suppression, in rule order).
pub(crate) fn run_rules(
    doc: &Document,
    config: &Config,
    which: impl Fn(&Rule) -> bool,
    out: &mut Vec<Diagnostic>,
) {
    run_rules_with(&rules::Context::new(doc, config), which, out, false);
}

/// [`run_rules`] with the context `ctx`, from the last rule to the first when `reverse`
/// (the findings are the same; only their order in `out` differs). Two threads may share
/// one context, each running some of the rules: the readings several rules share are then
/// made once.
pub(crate) fn run_rules_with(
    ctx: &rules::Context<'_>,
    which: impl Fn(&Rule) -> bool,
    out: &mut Vec<Diagnostic>,
    reverse: bool,
) {
    let (doc, config) = (ctx.doc, ctx.config);
    let mut found = Vec::new();
    let order: Box<dyn Iterator<Item = &&Rule>> = if reverse {
        Box::new(RULES.iter().rev())
    } else {
        Box::new(RULES.iter())
    };
    for rule in order {
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
        (rule.check)(ctx, &mut found);
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

    include!("../tests/support/bundled.rs");

    /// Linting a file's areas side by side finds exactly what linting them one by one
    /// does, fixes included, in every bundled audit and with a configuration whose own
    /// matchers neither has loaded yet.
    #[test]
    fn a_spread_check_finds_what_a_check_finds() {
        let config = Arc::new(
            Config::from_toml(
                "[lexicon]\nextend-labels = [\"tricky\"]\nextend-roles = [\"hub lead\"]\n",
                "caselint.toml",
            )
            .unwrap(),
        );
        let mut texts = vec![
            "The hub lead did not visit. Mum is tricky.".to_owned(),
            format!(
                "{}\n## Assessment\nJudgement: Good\n\n### Evidence\nThe hub lead did not visit. Mum is tricky.\n",
                include_str!("../../../examples/jo.audit.md")
            ),
        ];
        for path in bundled_audits() {
            texts.push(std::fs::read_to_string(path).expect("readable"));
        }
        // Areas that repeat one another: chunks of the same text share their findings.
        let repeated = texts[1].replace("Jo (CIN)", "Jo");
        texts.push(format!("{repeated}\n{repeated}"));
        assert!(texts.len() >= 10);
        let mut any = 0;
        for text in &texts {
            for config in [&Config::default(), config.as_ref()] {
                let spread = check_spread(text, config);
                assert_eq!(spread, check(text, config), "{text}");
                any += spread.len();
            }
        }
        assert!(any > 50, "the audits have findings to compare");
    }

    /// `preload` loads what it names, for the configuration given: a configuration whose
    /// own escalation phrases and roles make matchers no check has loaded yet.
    #[test]
    fn preloading_loads_the_largest_matchers_of_the_configuration() {
        let config = Config::from_toml(
            "[lexicon]\nextend-escalation-phrases = [\"left in the car overnight\"]\n\
             extend-roles = [\"family hub navigator\"]\n",
            "caselint.toml",
        )
        .expect("configuration reads");
        let lexicon = &config.lexicon;
        assert!(!lexicon.escalation.any_trigger.is_loaded());
        assert!(!lexicon.roles.is_loaded());
        preload(&config);
        assert!(lexicon.escalation.any_trigger.is_loaded());
        assert!(lexicon.roles.is_loaded());
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
