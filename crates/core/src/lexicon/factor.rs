//! Alternations factored into tries before they are compiled.
//!
//! The phrase tables are long alternations of phrases, many of which begin alike
//! (`has not been`, `has not yet`, `have not`, …). A Thompson NFA compiles each
//! alternative as a chain of its own, so an alternation of a hundred phrases has a hundred
//! chains, and every state of the lazy DFA searching it carries the first state of each
//! chain that could still be on its way. Factored, the phrases that share a beginning share
//! its states: `has\s+not\s+been|has\s+not\s+yet` becomes `has\s+not\s+(?:been|yet)`. The
//! NFA is smaller (less to load from the table) and each DFA state holds fewer NFA states
//! (less to build as the text is read).
//!
//! Only what matches one character, or is an assertion that matches the empty string at
//! most one way (`\b`, `^`), is taken out as a common beginning: each alternative then
//! keeps the ways it matches, in the order it had them. Where the order of the alternatives
//! matters ([`Order::First`], a regular expression that reports its leftmost-first match),
//! an alternative is moved up beside an earlier one with the same beginning only past
//! alternatives that cannot match where it does (their first character is never its first
//! character) and only when no capture group is moved. Where only what the whole matches
//! matters ([`Order::Any`], a set, or the reverse NFA that finds where a match starts), any
//! alternatives are grouped.

use regex_syntax::hir::{Capture, Class, Hir, HirKind, Repetition};

/// Whether the order of an alternation's alternatives must be kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Order {
    /// Leftmost-first: an earlier alternative is preferred where two match.
    First,
    /// Only the strings matched count (a set; a reverse NFA, searched for every match).
    Any,
}

/// Which end of the alternatives is shared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum End {
    /// Common beginnings, for an NFA read forward.
    Start,
    /// Common endings, for an NFA read backward (always [`Order::Any`]).
    Finish,
}

/// `hir` with every alternation in it factored at `end`, matching what `hir` matches (in
/// the same order of preference, with [`Order::First`]).
pub(super) fn factor(hir: &Hir, order: Order, end: End) -> Hir {
    let order = if end == End::Finish {
        Order::Any
    } else {
        order
    };
    Factor { order, end }.hir(hir)
}

struct Factor {
    order: Order,
    end: End,
}

/// Alternatives that begin (at the shared end) with `head`, by what follows it.
struct Group {
    head: Option<Hir>,
    rests: Vec<Vec<Hir>>,
    /// Whether a member has a capture group (it is not moved, nor moved past).
    captures: bool,
}

impl Factor {
    fn hir(&self, hir: &Hir) -> Hir {
        match hir.kind() {
            HirKind::Alternation(alternatives) => {
                let sequences = alternatives
                    .iter()
                    .map(|a| self.sequence(&self.hir(a)))
                    .collect();
                self.alternation(sequences)
            }
            HirKind::Concat(parts) => Hir::concat(parts.iter().map(|p| self.hir(p)).collect()),
            HirKind::Capture(capture) => Hir::capture(Capture {
                sub: Box::new(self.hir(&capture.sub)),
                ..capture.clone()
            }),
            HirKind::Repetition(repetition) => Hir::repetition(Repetition {
                sub: Box::new(self.hir(&repetition.sub)),
                ..repetition.clone()
            }),
            HirKind::Empty | HirKind::Literal(_) | HirKind::Class(_) | HirKind::Look(_) => {
                hir.clone()
            }
        }
    }

    /// The parts of `hir` in the order they are shared from: a concatenation's parts, and
    /// a literal's characters, one by one (reversed for [`End::Finish`]).
    fn sequence(&self, hir: &Hir) -> Vec<Hir> {
        let mut parts = Vec::new();
        let mut push = |part: &Hir| match part.kind() {
            HirKind::Literal(literal) => match std::str::from_utf8(&literal.0) {
                Ok(text) => parts.extend(
                    text.chars()
                        .map(|c| Hir::literal(c.to_string().into_bytes())),
                ),
                Err(_) => parts.extend(literal.0.iter().map(|&b| Hir::literal([b]))),
            },
            HirKind::Empty => {}
            _ => parts.push(part.clone()),
        };
        match hir.kind() {
            HirKind::Concat(all) => all.iter().for_each(&mut push),
            _ => push(hir),
        }
        if self.end == End::Finish {
            parts.reverse();
        }
        parts
    }

    /// `sequence` as one expression again.
    fn join(&self, mut sequence: Vec<Hir>) -> Hir {
        if self.end == End::Finish {
            sequence.reverse();
        }
        Hir::concat(sequence)
    }

    /// The alternation of `sequences`, factored.
    fn alternation(&self, sequences: Vec<Vec<Hir>>) -> Hir {
        let mut groups: Vec<Group> = Vec::new();
        for mut sequence in sequences {
            let captures = sequence
                .iter()
                .any(|p| p.properties().explicit_captures_len() > 0);
            let head = sequence.first().filter(|h| self.shareable(h)).cloned();
            let joined = head
                .as_ref()
                .and_then(|head| self.group_for(&groups, head, captures));
            match joined {
                Some(i) => {
                    sequence.remove(0);
                    let group = &mut groups[i];
                    group.rests.push(sequence);
                    group.captures |= captures;
                }
                None => {
                    if head.is_some() {
                        sequence.remove(0);
                    }
                    groups.push(Group {
                        head,
                        rests: vec![sequence],
                        captures,
                    });
                }
            }
        }
        let mut alternatives = Vec::with_capacity(groups.len());
        for Group {
            head, mut rests, ..
        } in groups
        {
            if rests.len() > 1 && !self.keeps_order(head.as_ref(), &rests) {
                // Left as they were (they were next to each other).
                for rest in rests {
                    alternatives.push(self.join(head.iter().cloned().chain(rest).collect()));
                }
                continue;
            }
            let rest = if rests.len() == 1 {
                rests.pop().unwrap_or_default()
            } else {
                vec![self.alternation(rests)]
            };
            alternatives.push(self.join(head.into_iter().chain(rest).collect()));
        }
        Hir::alternation(alternatives)
    }

    /// Whether `part` may be shared as a beginning: with [`Order::First`], a part that
    /// matches one character or is an assertion, or a run of one kind of character (`\s+`,
    /// see [`Factor::keeps_order`]); with [`Order::Any`], any part.
    fn shareable(&self, part: &Hir) -> bool {
        self.order == Order::Any || single(part) || run(part)
    }

    /// Whether sharing `head` keeps the order in which the alternatives `rests` (which
    /// follow it) match. A run (`\s+`) that every alternative follows with a character it
    /// cannot match has one length where any of them can match, so sharing it keeps the
    /// order; any other shared part is one character or an assertion, which always does.
    fn keeps_order(&self, head: Option<&Hir>, rests: &[Vec<Hir>]) -> bool {
        let Some(head) = head else { return true };
        if self.order == Order::Any || !run(head) {
            return true;
        }
        let ran = first_bytes(head);
        rests.iter().all(|rest| {
            rest.first()
                .is_some_and(|next| consumes(next) && disjoint(first_bytes(next), ran))
        })
    }

    /// The group an alternative beginning with `head` joins, if any.
    fn group_for(&self, groups: &[Group], head: &Hir, captures: bool) -> Option<usize> {
        if self.order == Order::First && run(head) {
            // A run joins only the alternative before it, so that it can be left as it
            // was (see [`Factor::keeps_order`]).
            let last = groups.len().checked_sub(1)?;
            return (groups[last].head.as_ref() == Some(head)).then_some(last);
        }
        for (i, group) in groups.iter().enumerate().rev() {
            if group.head.as_ref() == Some(head) {
                return Some(i);
            }
            if self.order == Order::First {
                // Moved past this group only if the two can never match at one place.
                let apart = !captures
                    && !group.captures
                    && group
                        .head
                        .as_ref()
                        .is_some_and(|other| disjoint(first_bytes(head), first_bytes(other)));
                if !apart {
                    return None;
                }
            }
        }
        None
    }
}

/// Whether `hir` matches one character, or is an assertion (which matches the empty
/// string at most one way): a part an alternation can share without changing the order
/// in which its alternatives' matches are preferred.
fn single(hir: &Hir) -> bool {
    matches!(
        hir.kind(),
        HirKind::Literal(_) | HirKind::Class(_) | HirKind::Look(_)
    )
}

/// Whether `hir` matches exactly one character.
fn consumes(hir: &Hir) -> bool {
    matches!(hir.kind(), HirKind::Literal(_) | HirKind::Class(_))
}

/// Whether `hir` is a repetition of one character's class, which must match at least once
/// (`\s+`, `[\w-]{1,3}`).
fn run(hir: &Hir) -> bool {
    match hir.kind() {
        HirKind::Repetition(repetition) => repetition.min > 0 && consumes(&repetition.sub),
        _ => false,
    }
}

/// The bytes a match of the one-character part `hir` can begin with (all of them for an
/// assertion, which begins with whatever follows it).
fn first_bytes(hir: &Hir) -> [u64; 4] {
    let mut set = [0u64; 4];
    let mut add = |low: u8, high: u8| {
        for b in low..=high {
            set[usize::from(b >> 6)] |= 1 << (b & 63);
        }
    };
    match hir.kind() {
        HirKind::Literal(literal) => match literal.0.first() {
            Some(&b) => add(b, b),
            None => add(0, 255),
        },
        HirKind::Class(Class::Bytes(class)) => {
            for range in class.ranges() {
                add(range.start(), range.end());
            }
        }
        HirKind::Class(Class::Unicode(class)) => {
            // Leading bytes of UTF-8 rise with the code point.
            let lead = |c: char| {
                let mut buffer = [0; 4];
                c.encode_utf8(&mut buffer).as_bytes()[0]
            };
            for range in class.ranges() {
                add(lead(range.start()), lead(range.end()));
            }
        }
        HirKind::Repetition(repetition) if repetition.min > 0 && consumes(&repetition.sub) => {
            return first_bytes(&repetition.sub);
        }
        _ => add(0, 255),
    }
    set
}

fn disjoint(a: [u64; 4], b: [u64; 4]) -> bool {
    a.iter().zip(b).all(|(x, y)| x & y == 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex_automata::nfa::thompson::{self, pikevm::PikeVM};
    use regex_syntax::hir::Look;

    fn vm(hir: &Hir) -> PikeVM {
        let nfa = thompson::Compiler::new()
            .build_from_hir(hir)
            .expect("compiles");
        PikeVM::new_from_nfa(nfa).expect("builds")
    }

    /// Every match `hir` finds in `text`, leftmost-first, with its groups' offsets.
    fn matches(hir: &Hir, text: &str) -> Vec<Vec<Option<usize>>> {
        let vm = vm(hir);
        let mut cache = vm.create_cache();
        vm.captures_iter(&mut cache, text)
            .map(|caps| {
                (0..caps.group_len())
                    .flat_map(|g| {
                        let span = caps.get_group(g);
                        [span.map(|s| s.start), span.map(|s| s.end)]
                    })
                    .collect()
            })
            .collect()
    }

    /// The parts of `text` that `hir` matches whole.
    fn language(hir: &Hir, text: &str) -> Vec<(usize, usize)> {
        let whole = Hir::concat(vec![
            Hir::look(Look::Start),
            hir.clone(),
            Hir::look(Look::End),
        ]);
        let vm = vm(&whole);
        let mut cache = vm.create_cache();
        let mut found = Vec::new();
        for start in 0..=text.len() {
            for end in start..=text.len() {
                if vm.is_match(&mut cache, &text[start..end]) {
                    found.push((start, end));
                }
            }
        }
        found
    }

    fn parse(pattern: &str) -> Hir {
        regex_syntax::parse(pattern).expect("parses")
    }

    #[test]
    fn phrases_share_their_beginnings() {
        let hir = parse(r"(?:has\s+not\s+been|has\s+not\s+yet|have\s+not)");
        assert_eq!(
            factor(&hir, Order::First, End::Start),
            parse(r"ha(?:s\s+not\s+(?:been|yet)|ve\s+not)")
        );
        let hir = parse(r"\b(?:cat|dog|cow)\b");
        assert_eq!(
            factor(&hir, Order::First, End::Start),
            parse(r"\b(?:c(?:at|ow)|dog)\b")
        );
    }

    #[test]
    fn the_reverse_form_shares_endings() {
        let hir = parse(r"(?:walked|talked|talking)");
        assert_eq!(
            factor(&hir, Order::Any, End::Finish),
            parse(r"(?:[tw]alked|talking)")
        );
    }

    #[test]
    fn order_is_kept_where_it_decides_the_match() {
        // `b` between the two `a…` alternatives can match where they do: nothing moves.
        let hir = parse(r"(?:ab|[ab]|ac)");
        assert_eq!(factor(&hir, Order::First, End::Start), hir);
        // `\s+` followed by `\s` in one alternative: a shorter run could match, so the
        // run is not shared.
        let hir = parse(r"(?:\s+a|\s+\sb)");
        assert_eq!(factor(&hir, Order::First, End::Start), hir);
        // Capture groups are not moved past other alternatives.
        let hir = parse(r"(?:(a)b|c|(a)d)");
        assert_eq!(factor(&hir, Order::First, End::Start), hir);
        // Where order does not count, they are grouped.
        assert_eq!(
            factor(&parse(r"(?:ab|c|ad)"), Order::Any, End::Start),
            parse(r"(?:a(?:b|d)|c)")
        );
    }

    /// The parts the alternatives of the property test are made of.
    const PARTS: &[&str] = &[
        "a", "b", "ab", "abc", "ba", "bb", "c", r"\s+", r"\s*", " ", r"\b", "^", "[ab]", "b*",
        "c?", "(?i:a)", "(a)", "(b+)", "(?:a|ab)", "(?:b|a)+", "[a ]+", r"\s{1,2}",
    ];

    /// Few parts, most of them runs and what can follow one: where sharing a run could
    /// change which match is preferred.
    const RUNS: &[&str] = &[r"\s+", "a+", " ", "a", "(a)", r"\s*"];

    fn alternatives(
        parts: &'static [&'static str],
    ) -> impl proptest::strategy::Strategy<Value = Vec<Vec<&'static str>>> {
        proptest::collection::vec(
            proptest::collection::vec(proptest::sample::select(parts), 1..4),
            1..6,
        )
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(400))]

        /// Factored alternations find the same leftmost-first matches, with the same
        /// groups, and match the same strings.
        #[test]
        fn factoring_keeps_what_an_alternation_matches(
            alternatives in alternatives(PARTS),
            texts in proptest::collection::vec("[abc ]{0,8}", 1..4),
        ) {
            check(&alternatives, &texts)?;
        }

        #[test]
        fn factoring_keeps_the_matches_of_alternations_of_runs(
            alternatives in alternatives(RUNS),
            texts in proptest::collection::vec("[a ]{0,8}", 1..4),
        ) {
            check(&alternatives, &texts)?;
        }
    }

    fn check(
        alternatives: &[Vec<&str>],
        texts: &[String],
    ) -> Result<(), proptest::test_runner::TestCaseError> {
        {
            let pattern = alternatives
                .iter()
                .map(|parts| parts.concat())
                .collect::<Vec<_>>()
                .join("|");
            let hir = parse(&format!("(?:{pattern})x?"));
            let first = factor(&hir, Order::First, End::Start);
            let any = factor(&hir, Order::Any, End::Start);
            let reverse = factor(&hir, Order::Any, End::Finish);
            for text in texts {
                proptest::prop_assert_eq!(
                    matches(&first, text),
                    matches(&hir, text),
                    "{} on {:?}",
                    first,
                    text
                );
                let expected = language(&hir, text);
                proptest::prop_assert_eq!(language(&any, text), expected.clone(), "{}", any);
                proptest::prop_assert_eq!(language(&reverse, text), expected, "{}", reverse);
            }
        }
        Ok(())
    }
}
