//! Which patterns of a stored set one document can match, so that a one-file check
//! rebuilds only their part of the set's NFA.
//!
//! Rebuilding the stored NFAs is half of a one-audit `caselint check`, and most of each
//! large set's patterns cannot match a given audit: their words are not in it. Each
//! pattern's [`requirement`] is worked out when the table is made: literals of which any
//! match holds one (lower-cased). A document's [`Grams`] are the runs of three ASCII
//! letters or digits in it, lower-cased; a literal whose every such run is among them may
//! be in the document, and a pattern with such a literal (or with no requirement) is kept.
//!
//! A text searched with a set rebuilt for a document must have all its runs of three among
//! the document's ([`Grams::covers`]): a pattern that matches it then has a literal in it,
//! whose runs are the text's, so the pattern was kept. Any other text is searched with the
//! whole set. What a search finds is the same either way.

use regex_syntax::hir::{Class, Hir, HirKind};

/// Literals (lower-cased) of which a match holds at least one.
pub(super) type Clause = Vec<Vec<u8>>;

/// What every match of a pattern holds: each clause's literals, one of them at least
/// (none: nothing to tell).
pub(super) type Requirement = Vec<Clause>;

/// The most clauses a [`Requirement`] keeps (the most telling).
const CLAUSES: usize = 3;

/// What every match of `hir` holds (see [`Requirement`]): in a concatenation each part's
/// clauses, and each run of parts that match one text only as a clause of one literal; in
/// an alternation one clause, each alternative's most telling clause joined. Only clauses
/// that tell something are kept (a literal with no run of three may be anywhere).
pub(super) fn requirement(hir: &Hir) -> Requirement {
    let mut clauses = match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => Vec::new(),
        HirKind::Literal(_) | HirKind::Class(_) => {
            exact(hir).map(|e| vec![vec![e]]).unwrap_or_default()
        }
        HirKind::Repetition(rep) => {
            if rep.min == 0 {
                Vec::new()
            } else {
                requirement(&rep.sub)
            }
        }
        HirKind::Capture(capture) => requirement(&capture.sub),
        HirKind::Concat(parts) => {
            let mut clauses = Vec::new();
            let mut run: Vec<u8> = Vec::new();
            for part in parts {
                if let Some(e) = exact(part) {
                    run.extend_from_slice(&e);
                    continue;
                }
                if !run.is_empty() {
                    clauses.push(vec![std::mem::take(&mut run)]);
                }
                clauses.extend(requirement(part));
            }
            if !run.is_empty() {
                clauses.push(vec![run]);
            }
            clauses
        }
        HirKind::Alternation(parts) => {
            let mut all = Vec::new();
            for part in parts {
                let mut best = requirement(part);
                if best.is_empty() {
                    return Vec::new();
                }
                all.append(&mut best[0]);
            }
            all.sort();
            all.dedup();
            vec![all]
        }
    };
    clauses.retain(|c| telling(c) > 0);
    for clause in &mut clauses {
        clause.sort();
        clause.dedup();
    }
    clauses.sort_by(|a, b| {
        telling(b)
            .cmp(&telling(a))
            .then(a.len().cmp(&b.len()))
            .then(a.cmp(b))
    });
    clauses.dedup();
    clauses.truncate(CLAUSES);
    clauses
}

/// How much a clause tells: the fewest runs of three in any of its literals.
fn telling(clause: &[Vec<u8>]) -> usize {
    clause.iter().map(|l| runs(l).count()).min().unwrap_or(0)
}

/// `hir` as alternatives that together match what it matches, each with its
/// [`requirement`], if it is worth splitting: the widest alternation it has outside any
/// repetition (the phrases of a phrase table) split into groups of phrases whose most
/// telling clause is the same, each group in the place of the whole alternation.
pub(super) fn buckets(hir: &Hir) -> Option<Vec<(Hir, Requirement)>> {
    let branches = widest(hir)?;
    if branches.len() < MIN_BRANCHES {
        return None;
    }
    let mut groups: Vec<(Option<Clause>, Vec<Hir>)> = Vec::new();
    for branch in branches {
        let needs = requirement(branch).into_iter().next();
        match groups.iter_mut().find(|(n, _)| *n == needs) {
            Some((_, members)) => members.push(branch.clone()),
            None => groups.push((needs, vec![branch.clone()])),
        }
    }
    // Each group repeats what is around the alternation: only worth it when that is
    // small beside the alternation.
    let around = size(&with_widest(hir, &Hir::empty()));
    let within: usize = branches.iter().map(size).sum();
    if groups.len() < 2 || around * groups.len() > within / 4 {
        return None;
    }
    Some(
        groups
            .into_iter()
            .map(|(_, members)| {
                let whole = with_widest(hir, &Hir::alternation(members));
                let needs = requirement(&whole);
                (whole, needs)
            })
            .collect(),
    )
}

/// Alternations narrower than this are not split (see [`buckets`]).
const MIN_BRANCHES: usize = 4;

/// How large `hir` is: its literals' bytes and its other parts.
fn size(hir: &Hir) -> usize {
    match hir.kind() {
        HirKind::Literal(literal) => literal.0.len(),
        HirKind::Empty | HirKind::Look(_) | HirKind::Class(_) => 1,
        HirKind::Repetition(rep) => 1 + size(&rep.sub),
        HirKind::Capture(capture) => size(&capture.sub),
        HirKind::Concat(parts) | HirKind::Alternation(parts) => {
            parts.iter().map(size).sum::<usize>()
        }
    }
}

/// The alternatives of the widest alternation of `hir` outside any repetition (the
/// first of the widest), reached through concatenations and groups only.
fn widest(hir: &Hir) -> Option<&[Hir]> {
    match hir.kind() {
        HirKind::Alternation(parts) => Some(parts),
        HirKind::Capture(capture) => widest(&capture.sub),
        HirKind::Concat(parts) => {
            parts
                .iter()
                .filter_map(widest)
                .fold(None, |best: Option<&[Hir]>, p| match best {
                    Some(b) if b.len() >= p.len() => Some(b),
                    _ => Some(p),
                })
        }
        _ => None,
    }
}

/// `hir` with the alternation [`widest`] finds put in place of `with`.
fn with_widest(hir: &Hir, with: &Hir) -> Hir {
    match hir.kind() {
        HirKind::Alternation(_) => with.clone(),
        HirKind::Capture(capture) => Hir::capture(regex_syntax::hir::Capture {
            sub: Box::new(with_widest(&capture.sub, with)),
            ..capture.clone()
        }),
        HirKind::Concat(parts) => {
            let widths: Vec<usize> = parts
                .iter()
                .map(|p| widest(p).map_or(0, <[Hir]>::len))
                .collect();
            let most = widths.iter().copied().max().unwrap_or(0);
            let at = widths.iter().position(|&w| w == most && w > 0);
            Hir::concat(
                parts
                    .iter()
                    .enumerate()
                    .map(|(i, p)| {
                        if Some(i) == at {
                            with_widest(p, with)
                        } else {
                            p.clone()
                        }
                    })
                    .collect(),
            )
        }
        _ => hir.clone(),
    }
}

/// The one text `hir` matches, lower-cased (a letter matched in either case is that
/// letter), if it matches one only.
fn exact(hir: &Hir) -> Option<Vec<u8>> {
    match hir.kind() {
        HirKind::Literal(literal) => Some(literal.0.to_ascii_lowercase()),
        HirKind::Class(class) => one_letter(members(class)),
        HirKind::Capture(capture) => exact(&capture.sub),
        HirKind::Concat(parts) => {
            let mut out = Vec::new();
            for part in parts {
                out.extend(exact(part)?);
            }
            Some(out)
        }
        _ => None,
    }
}

/// The first few characters (or bytes) `class` matches, as numbers.
fn members(class: &Class) -> Vec<u32> {
    fn first<T: Into<u32>>(ranges: impl Iterator<Item = (T, T)>) -> Vec<u32> {
        ranges
            .flat_map(|(a, b)| a.into()..=b.into())
            .take(4)
            .collect()
    }
    match class {
        Class::Unicode(c) => first(c.ranges().iter().map(|r| (r.start(), r.end()))),
        Class::Bytes(c) => first(c.ranges().iter().map(|r| (r.start(), r.end()))),
    }
}

/// The long s and the Kelvin sign, which case folding makes equal to `s` and `k`.
const FOLDS_TO_ASCII: [u32; 2] = [0x17F, 0x212A];

/// The ASCII character a class of `members` stands for, lower-cased: one character, or a
/// letter in both cases (with the long s or Kelvin sign case folding adds to it).
fn one_letter(members: Vec<u32>) -> Option<Vec<u8>> {
    let mut letter: Option<u8> = None;
    for m in members {
        let lower = match u8::try_from(m) {
            Ok(b) if b.is_ascii() => b.to_ascii_lowercase(),
            _ if FOLDS_TO_ASCII.contains(&m) => continue,
            _ => return None,
        };
        match letter {
            None => letter = Some(lower),
            Some(l) if l == lower => {}
            Some(_) => return None,
        }
    }
    letter.map(|l| vec![l])
}

/// The runs of three ASCII letters or digits in `text`, lower-cased, each as a number.
fn runs(text: &[u8]) -> impl Iterator<Item = u32> + '_ {
    text.windows(3)
        .filter(|w| w.iter().all(u8::is_ascii_alphanumeric))
        .map(|w| {
            u32::from(w[0].to_ascii_lowercase()) << 16
                | u32::from(w[1].to_ascii_lowercase()) << 8
                | u32::from(w[2].to_ascii_lowercase())
        })
}

/// Bits in a [`Grams`].
const BITS: usize = 1 << 16;

/// The runs of three ASCII letters or digits a document has (lower-cased), as a Bloom
/// filter: a run not in the document may be taken for one in it, never the other way.
pub(super) struct Grams {
    bits: Box<[u64]>,
}

impl Grams {
    /// The runs of `text`.
    pub(super) fn of(text: &str) -> Grams {
        let mut bits = vec![0u64; BITS / 64].into_boxed_slice();
        for run in runs(text.as_bytes()) {
            let at = slot(run);
            bits[at / 64] |= 1 << (at % 64);
        }
        Grams { bits }
    }

    fn has(&self, run: u32) -> bool {
        let at = slot(run);
        self.bits[at / 64] & (1 << (at % 64)) != 0
    }

    /// Whether `literal` may be in the document: all its runs are.
    pub(super) fn may_hold(&self, literal: &[u8]) -> bool {
        runs(literal).all(|r| self.has(r))
    }

    /// Whether every run of `text` is the document's, and `text` has no character that
    /// case folding makes an ASCII letter (see [`one_letter`]).
    pub(super) fn covers(&self, text: &str) -> bool {
        !text.contains(['\u{17F}', '\u{212A}']) && runs(text.as_bytes()).all(|r| self.has(r))
    }
}

/// Where run `run` goes in a [`Grams`].
fn slot(run: u32) -> usize {
    (run.wrapping_mul(0x9E37_79B1) >> 16) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req(pattern: &str) -> Vec<Vec<String>> {
        let hir = regex_syntax::Parser::new().parse(pattern).unwrap();
        requirement(&hir)
            .into_iter()
            .map(|c| {
                c.into_iter()
                    .map(|l| String::from_utf8(l).unwrap())
                    .collect()
            })
            .collect()
    }

    fn words(clauses: &[&[&str]]) -> Vec<Vec<String>> {
        clauses
            .iter()
            .map(|c| c.iter().map(|w| (*w).to_owned()).collect())
            .collect()
    }

    #[test]
    fn a_phrase_requires_its_most_telling_words() {
        // Every word that tells something, the most telling first.
        assert_eq!(
            req(r"(?i)\bnot\s+been\s+seen\b"),
            words(&[&["been"], &["seen"], &["not"]])
        );
        assert_eq!(
            req(r"(?i)\b(?:neglect(?:ed|ful)?|abuse)\b"),
            words(&[&["abuse", "neglect"]])
        );
        // A word that may be left out requires nothing; a word too short to tell is left.
        assert_eq!(req(r"(?i)(?:very\s+)?unsafe"), words(&[&["unsafe"]]));
        assert_eq!(req(r"(?i)(?:very\s+)?\w+"), words(&[]));
        assert_eq!(req(r"(?i)is\s+(?:at|in)\s+risk"), words(&[&["risk"]]));
        // An alternation with a branch that requires nothing requires nothing.
        assert_eq!(req(r"(?i)harm|\w+ed"), words(&[]));
        // The long s and the Kelvin sign do not stop a letter being read as one.
        assert_eq!(req(r"(?i)kiss"), words(&[&["kiss"]]));
    }

    #[test]
    fn grams_hold_what_a_text_has_and_cover_its_parts() {
        let grams = Grams::of("Jo has not been SEEN since June.");
        assert!(grams.may_hold(b"seen"));
        assert!(grams.may_hold(b"not been"));
        assert!(!grams.may_hold(b"neglect"));
        // A literal with no run of three may be anywhere.
        assert!(grams.may_hold(b"jo"));
        assert!(grams.covers("has not been seen"));
        assert!(grams.covers("Jo has\nnot"));
        assert!(!grams.covers("Jo was neglected"));
        assert!(!grams.covers("not \u{212A}"));
    }

    /// Words the generated patterns and texts are made of, alike at their beginnings and
    /// ends as phrase tables' words are.
    const WORDS: &[&str] = &[
        "not",
        "seen",
        "been",
        "has",
        "neglect",
        "neglected",
        "risk",
        "at",
        "is",
        "kiss",
        "self",
        "harm",
        "Jo",
        "unsafe",
        "safe",
        "visit",
        "visited",
        "a",
    ];

    fn piece() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let word = proptest::sample::select(WORDS).prop_map(str::to_owned);
        let words = proptest::collection::vec(proptest::sample::select(WORDS), 2..6);
        prop_oneof![
            4 => word.clone(),
            1 => Just(r"\w+".to_owned()),
            1 => Just(r"\b".to_owned()),
            1 => word.clone().prop_map(|w| format!("(?:{w}\\s+)?")),
            2 => words.prop_map(|ws| format!("(?:{})", ws.join("|"))),
            1 => word.prop_map(|w| format!("(?:{w})+")),
        ]
    }

    proptest::proptest! {
        /// Every match of a pattern holds a literal of each clause its requirement has,
        /// and the groups a pattern is split into match what it matches.
        #[test]
        fn a_requirement_holds_in_every_match(
            pieces in proptest::collection::vec(piece(), 1..5),
            insensitive in proptest::bool::ANY,
            text in proptest::collection::vec(
                (proptest::sample::select(WORDS), proptest::bool::ANY), 0..14),
        ) {
            let pattern = format!(
                "{}{}",
                if insensitive { "(?i)" } else { "" },
                pieces.join(r"\s+")
            );
            let text: String = text
                .iter()
                .map(|(w, upper)| if *upper { w.to_uppercase() } else { (*w).to_owned() })
                .collect::<Vec<_>>()
                .join(" ");
            let hir = regex_syntax::Parser::new().parse(&pattern).unwrap();
            let holds = |needs: &Requirement, found: &str| {
                let found = found.to_ascii_lowercase();
                needs.iter().all(|clause| {
                    clause
                        .iter()
                        .any(|l| found.contains(std::str::from_utf8(l).unwrap()))
                })
            };
            let regex = regex::Regex::new(&pattern).unwrap();
            let needs = requirement(&hir);
            for m in regex.find_iter(&text) {
                proptest::prop_assert!(holds(&needs, m.as_str()), "{pattern} in {text:?}");
            }
            if let Some(groups) = buckets(&hir) {
                let mut any = false;
                for (group, needs) in &groups {
                    let group = regex::Regex::new(&group.to_string()).unwrap();
                    any |= group.is_match(&text);
                    for m in group.find_iter(&text) {
                        proptest::prop_assert!(holds(needs, m.as_str()));
                    }
                }
                proptest::prop_assert_eq!(any, regex.is_match(&text), "{} in {:?}", pattern, text);
            }
        }
    }
}
