//! Chunked linting, and the cache that lets the language server re-lint only what changed.
//!
//! A document is linted in chunks: the text before its first area, then each area up to the
//! start of the next. Each chunk is parsed and linted as a document of its own, with the
//! front matter in front of it (so the child's name and the audit date are known), and its
//! findings are moved back to where the chunk sits. The rules of [`DOCUMENT_RULES`] look at
//! the document as a whole and run once over all of it. Rules therefore see one area at a
//! time — nothing an area says changes what is found in another — which is what lets a
//! chunk's findings be kept while its text and the front matter stay the same (harper
//! caches per chunk the same way).
//!
//! The CLI lints with an empty cache, the server with one kept per open document; both go
//! through the same code, so they cannot disagree.

use std::collections::HashMap;
use std::sync::Arc;

use crate::text::Part;
use crate::{run_rules, run_rules_with, Config, Diagnostic, Document, TextRange};

/// Rules that read the document as a whole (its front matter and all its areas at once).
pub(crate) const DOCUMENT_RULES: &[&str] = &["M001", "M002", "M003"];

/// The findings of the chunks of the last lint of one document, by chunk text.
///
/// Only the last lint's chunks are kept, so the cache never holds more than one document's
/// worth of findings. It belongs to one configuration: linting with another clears it.
#[derive(Debug, Default)]
pub struct LintCache {
    config: Option<Arc<Config>>,
    chunks: HashMap<u128, Arc<Vec<Diagnostic>>>,
    /// How many chunks the last lint took from the cache and how many it linted.
    pub hits: usize,
    pub misses: usize,
}

impl LintCache {
    pub fn new() -> LintCache {
        LintCache::default()
    }

    /// How many chunks' findings are held.
    pub fn len(&self) -> usize {
        self.chunks.len()
    }

    pub fn is_empty(&self) -> bool {
        self.chunks.is_empty()
    }
}

pub(crate) fn check(
    doc: &Document,
    config: &Config,
    mut cache: Option<(&Arc<Config>, &mut LintCache)>,
    spread: bool,
) -> Vec<Diagnostic> {
    let mut previous = HashMap::new();
    if let Some((arc, cache)) = cache.as_mut() {
        let same = cache.config.as_ref().is_some_and(|c| Arc::ptr_eq(c, arc));
        if same {
            previous = std::mem::take(&mut cache.chunks);
        } else {
            cache.config = Some(Arc::clone(arc));
            cache.chunks.clear();
        }
        cache.hits = 0;
        cache.misses = 0;
    }
    let mut kept: HashMap<u128, Arc<Vec<Diagnostic>>> = HashMap::new();

    let mut raw = Vec::new();
    let chunk_rule = |r: &crate::Rule| !DOCUMENT_RULES.contains(&r.code);
    let text = doc.text.as_str();
    if doc.areas.is_empty() {
        run_rules(doc, config, |r| DOCUMENT_RULES.contains(&r.code), &mut raw);
        if doc.is_outline() {
            // Free text, whose sentences an outline does not hold.
            run_rules(&Document::parse(text), config, chunk_rule, &mut raw);
        } else {
            run_rules(doc, config, chunk_rule, &mut raw);
        }
    } else {
        let prefix = text.part(..front_matter_end(doc));
        let mut bounds: Vec<usize> = Vec::with_capacity(doc.areas.len() + 2);
        bounds.push(0);
        bounds.extend(doc.areas.iter().map(|a| a.range.start()));
        bounds.push(text.len());
        bounds.dedup();
        // Each chunk: where it starts, its head (the front matter it carries) and body.
        let chunks: Vec<(usize, &str, &str)> = bounds
            .windows(2)
            .filter_map(|pair| {
                let (start, end) = (pair[0], pair[1]);
                let body = text.get(start..end)?;
                // The chunk before the first area holds the front matter already.
                let head = if start >= prefix.len() && start > 0 {
                    prefix
                } else {
                    ""
                };
                Some((start, head, body))
            })
            .collect();
        // The findings of each chunk: kept from the last lint, those of an earlier chunk
        // with the same text, or linted now.
        let keys: Vec<u128> = chunks
            .iter()
            .map(|&(_, head, body)| key(head, body))
            .collect();
        let mut first: HashMap<u128, usize> = HashMap::new();
        let same_as: Vec<Option<usize>> = keys
            .iter()
            .enumerate()
            .map(|(i, k)| match first.get(k) {
                Some(&j) => Some(j),
                None => {
                    first.insert(*k, i);
                    None
                }
            })
            .collect();
        let mut found: Vec<Option<Arc<Vec<Diagnostic>>>> = keys
            .iter()
            .zip(&same_as)
            .map(|(k, same)| same.is_none().then(|| previous.remove(k)).flatten())
            .collect();
        if let Some((_, cache)) = cache.as_mut() {
            let linted = found
                .iter()
                .zip(&same_as)
                .filter(|(f, same)| f.is_none() && same.is_none())
                .count();
            cache.misses = linted;
            cache.hits = found.len() - linted;
        }
        let lint_chunk = |head: &str, body: &str| {
            let chunk = Document::parse(&format!("{head}{body}"));
            let mut found = Vec::new();
            run_rules(&chunk, config, chunk_rule, &mut found);
            Arc::new(found)
        };
        if spread {
            // On every core. Each chunk to lint is parsed, then linted as two tasks, the
            // rules at even places in the catalogue from the first and those at odd places
            // from the last, so that two threads starting at once load different matchers
            // rather than wait for the same one; the document rules are a task of their own.
            use rayon::prelude::*;
            let docs: Vec<Option<Document>> = chunks
                .par_iter()
                .zip(found.par_iter())
                .zip(same_as.par_iter())
                .map(|((&(_, head, body), kept), same)| {
                    (kept.is_none() && same.is_none())
                        .then(|| Document::parse(&format!("{head}{body}")))
                })
                .collect();
            // One context a chunk, shared by its two tasks: the readings several rules
            // share (of the evidence, of the actions) are made once.
            let contexts: Vec<Option<crate::rules::Context<'_>>> = docs
                .iter()
                .map(|d| d.as_ref().map(|d| crate::rules::Context::new(d, config)))
                .collect();
            let tasks: Vec<(usize, &crate::rules::Context<'_>, usize)> = contexts
                .iter()
                .enumerate()
                .filter_map(|(i, c)| c.as_ref().map(|c| (i, c)))
                .flat_map(|(i, c)| [(i, c, 0), (i, c, 1)])
                .collect();
            let place = |r: &crate::Rule| crate::RULES.iter().position(|x| std::ptr::eq(*x, r));
            let (document, linted) = rayon::join(
                || {
                    let mut out = Vec::new();
                    run_rules(doc, config, |r| DOCUMENT_RULES.contains(&r.code), &mut out);
                    out
                },
                || {
                    tasks
                        .par_iter()
                        .map(|&(i, chunk, half)| {
                            let mut out = Vec::new();
                            let which = |r: &crate::Rule| {
                                chunk_rule(r) && place(r).is_some_and(|p| p % 2 == half)
                            };
                            run_rules_with(chunk, which, &mut out, half == 1);
                            (i, out)
                        })
                        .collect::<Vec<_>>()
                },
            );
            raw = document;
            let mut lists: Vec<Vec<Diagnostic>> = vec![Vec::new(); chunks.len()];
            for (i, out) in linted {
                if let Some(list) = lists.get_mut(i) {
                    list.extend(out);
                }
            }
            for ((slot, list), doc) in found.iter_mut().zip(lists).zip(&docs) {
                if doc.is_some() {
                    *slot = Some(Arc::new(list));
                }
            }
        } else {
            run_rules(doc, config, |r| DOCUMENT_RULES.contains(&r.code), &mut raw);
            for ((slot, &(_, head, body)), same) in found.iter_mut().zip(&chunks).zip(&same_as) {
                if slot.is_none() && same.is_none() {
                    *slot = Some(lint_chunk(head, body));
                }
            }
        }
        for (i, same) in same_as.iter().enumerate() {
            if let Some(j) = *same {
                let earlier = found.get(j).cloned().flatten();
                if let Some(slot) = found.get_mut(i) {
                    *slot = earlier;
                }
            }
        }
        let mut in_prefix: Vec<Diagnostic> = Vec::new();
        for ((&(start, head, _), found), key) in chunks.iter().zip(found).zip(keys) {
            let Some(found) = found else {
                continue;
            };
            let shift = |at: usize| {
                if at < head.len() {
                    at
                } else {
                    at - head.len() + start
                }
            };
            let moved = |r: TextRange| {
                TextRange::new(shift(r.start()), shift(r.end()).max(shift(r.start())))
            };
            // Linting without a cache, the chunk's findings are moved, not copied.
            let list: Vec<Diagnostic> = if cache.is_some() {
                let list = found.as_ref().clone();
                kept.insert(key, found);
                list
            } else {
                Arc::try_unwrap(found).unwrap_or_else(|shared| shared.as_ref().clone())
            };
            for mut d in list {
                let in_head = d.range.start() < head.len();
                d.range = moved(d.range);
                for fix in &mut d.fixes {
                    for edit in &mut fix.edits {
                        edit.range = moved(edit.range);
                    }
                }
                // Every area chunk carries the front matter: report what is found there once.
                if in_head {
                    if !in_prefix.contains(&d) {
                        in_prefix.push(d.clone());
                        raw.push(d);
                    }
                } else {
                    raw.push(d);
                }
            }
        }
    }
    if let Some((_, cache)) = cache {
        cache.chunks = kept;
    }

    let mut out: Vec<Diagnostic> = raw
        .into_iter()
        .filter(|d| {
            let line = doc.line_index.line_of(d.range.start());
            !doc.suppressions
                .iter()
                .any(|s| s.covers(line, d.code, d.name))
        })
        .collect();
    // An escalation a reasonless comment failed to hide says so (no suppression, no work).
    let reasonless = doc.suppressions.iter().any(|s| s.reason.is_none());
    for d in out.iter_mut().filter(|_| reasonless) {
        let line = doc.line_index.line_of(d.range.start());
        if doc
            .suppressions
            .iter()
            .any(|s| s.lacks_reason_for(line, d.code, d.name))
        {
            d.message.push_str(
                " The comment above does not hide this: an escalation can only be set aside \
                 with the reason it is safe, as in \u{201c}<!-- caselint-disable-next-line \
                 S001: seen by duty SW 21/11 -->\u{201d}.",
            );
        }
    }
    out.sort_by(|a, b| a.range.start.cmp(&b.range.start).then(a.code.cmp(b.code)));
    out
}

/// Where the front matter ends, its closing line's line break included (0 without one).
fn front_matter_end(doc: &Document) -> usize {
    let Some(fm) = &doc.front_matter else {
        return 0;
    };
    let text = doc.text.as_str();
    let end = fm.range.end().min(text.len());
    match text.part(end..).find('\n') {
        Some(i) if text.part(end..end + i).trim().is_empty() => end + i + 1,
        _ => end,
    }
}

/// A chunk's key: a 128-bit XXH3 hash of its text and where its head ends (fast on long
/// audits, and a collision — a chunk given another's findings — is out of reach).
fn key(head: &str, body: &str) -> u128 {
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    hasher.update(&(head.len() as u64).to_le_bytes());
    hasher.update(head.as_bytes());
    hasher.update(body.as_bytes());
    hasher.digest128()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const AUDIT: &str = "---\naudit-date: 2026-11-20\n---\n\n# Case file audit\n\nThe SW failed to visit.\n\n## Assessment\n\nJudgement: Good\n\n### Evidence\nThe social worker did not visit Jo for three months and the plan was not updated.\n\n### Impact\nThis means drift.\n\n### Actions\n- Ensure the plan is updated.\n\n## Planning\n\nJudgement: Outstanding\n\n### Evidence\nThe plan is clear, and it reflects Jo's views well.\n\n### Impact\nFor Jo, the plan is likely to keep her safe.\n\n### Actions\n- Social worker to share the plan with Jo by 15 January 2027, so that she knows it.\n";

    /// Lint as the language server does: an outline of the whole, each chunk in full.
    fn cached(text: &str, config: &Arc<Config>, cache: &mut LintCache) -> Vec<Diagnostic> {
        crate::check_cached(&Document::parse_outline(text), config, cache)
    }

    #[test]
    fn an_outline_of_free_text_is_linted_in_full() {
        let text = "The social worker did not visit Jo. This was poor practice.";
        let config = Arc::new(Config::default());
        let outline = Document::parse_outline(text);
        assert!(outline.is_outline() && outline.sentences.is_empty());
        let found = crate::check_cached(&outline, &config, &mut LintCache::new());
        assert!(found.iter().any(|d| d.code == "T001"), "{found:#?}");
        assert_eq!(found, crate::check(text, &config));
        assert_eq!(crate::check_document(&outline, &config), found);
    }

    #[test]
    fn whole_document_rules_report_once_and_chunks_are_reused() {
        let config = Arc::new(Config::default());
        let mut cache = LintCache::new();
        let first = cached(AUDIT, &config, &mut cache);
        assert_eq!(first, crate::check(AUDIT, &config));
        // No `child`: M001 once, although every area chunk carries the front matter.
        assert_eq!(first.iter().filter(|d| d.code == "M001").count(), 1);
        assert!(first.iter().any(|d| d.code == "T001"), "{first:#?}");
        assert_eq!((cache.hits, cache.misses), (0, 3));
        assert_eq!(cache.len(), 3);

        // An edit in the second area re-lints that chunk only.
        let edited = AUDIT.replace("keep her safe", "keep her very safe");
        let second = cached(&edited, &config, &mut cache);
        assert_eq!(second, crate::check(&edited, &config));
        assert_eq!((cache.hits, cache.misses), (2, 1));

        // An edit to the front matter changes every chunk (the first holds it, the others
        // carry it).
        let dated = edited.replace("2026-11-20", "2026-11-21");
        assert_eq!(
            cached(&dated, &config, &mut cache),
            crate::check(&dated, &config)
        );
        assert_eq!((cache.hits, cache.misses), (0, 3));

        // Another configuration starts afresh.
        cached(&dated, &config, &mut cache);
        assert_eq!((cache.hits, cache.misses), (3, 0));
        let other = Arc::new(Config::default());
        cached(&dated, &other, &mut cache);
        assert_eq!((cache.hits, cache.misses), (0, 3));
    }

    #[test]
    fn findings_move_with_their_area() {
        let config = Arc::new(Config::default());
        let mut cache = LintCache::new();
        cached(AUDIT, &config, &mut cache);
        // Text added above an area moves its findings, fixes included.
        let moved = AUDIT.replace("# Case file audit\n", "# Case file audit\n\nA new line.\n");
        let found = cached(&moved, &config, &mut cache);
        assert_eq!(found, crate::check(&moved, &config));
        for d in &found {
            assert!(moved.get(d.range.start()..d.range.end()).is_some());
        }
    }

    fn edit() -> impl Strategy<Value = (usize, usize, String)> {
        let insert = prop::sample::select(vec![
            "",
            "x",
            " not",
            "\n",
            "\n\n## New area\n\nJudgement: Good\n",
            "Judgement: ",
            "### Impact\n",
            "- Ensure it. ",
            "---\n",
            "é😀",
            "\r\n",
            "The SW did not visit. ",
            "<!-- caselint-disable T001 -->",
            "child: Jo\n",
        ]);
        (0..2000usize, 0..40usize, insert).prop_map(|(at, len, s)| (at, len, s.to_owned()))
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]
        /// Linting with the cache after each of a series of edits gives what linting the
        /// edited text afresh gives.
        #[test]
        fn cached_equals_fresh_over_random_edits(edits in prop::collection::vec(edit(), 1..8)) {
            let config = Arc::new(Config::default());
            let mut cache = LintCache::new();
            let mut text = AUDIT.to_owned();
            cached(&text, &config, &mut cache);
            for (at, len, insert) in edits {
                let mut start = at.min(text.len());
                while !text.is_char_boundary(start) {
                    start -= 1;
                }
                let mut end = (start + len).min(text.len());
                while !text.is_char_boundary(end) {
                    end -= 1;
                }
                text.replace_range(start..end, &insert);
                prop_assert_eq!(cached(&text, &config, &mut cache), crate::check(&text, &config));
            }
        }
    }
}
