//! Searching a phrase set only where words start.
//!
//! A set's lazy DFA searches unanchored: at every byte it starts each pattern afresh while
//! carrying every partial match begun before, so its states are combinations of partial
//! matches of different patterns at different distances back. The phrase tables' patterns
//! count words ("no … contact", up to five words apart) and characters ("contact … was
//! not", up to 80): combinations without end, a new state at nearly every byte of new
//! text, each built from hundreds of NFA states. Building states was most of what S001 and
//! the evidence reading cost a one-audit check, and text dense with phrases kept building
//! them long after the DFA was warm.
//!
//! Every pattern of those tables starts with an ASCII word boundary before a word
//! character, so a match can start only where a word starts. Searched anchored from each
//! word start in turn, the DFA carries the partial matches of one start at a time: its
//! states are those of the phrases as they begin, few and met again in every text.
//! [`starts_at_words`] reads from the NFA whether every match starts at a word start, and
//! [`search`] then finds which patterns match from some word start: the patterns that
//! match anywhere.

use regex_automata::hybrid::dfa::{Cache, DFA};
use regex_automata::nfa::thompson::{State, Transition, NFA};
use regex_automata::util::look::Look;
use regex_automata::util::primitives::StateID;
use regex_automata::{Anchored, Input, PatternSet};

/// Whether `byte` is an ASCII word character, as an ASCII `\b` reads it.
fn is_word(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_'
}

/// The fewest NFA states a set must have to be searched from word starts.
///
/// A small pattern's unanchored DFA meets few states and, warm, scans each byte once,
/// where a search from word starts walks each phrase's first words again from every word
/// that could begin one: over 400 realistic audits, searching every set that can from word
/// starts cost 4 % more instructions than searching only the sets of at least 1,000
/// states. Sets of 1,000, 4,096 or 10,000 states and more measured alike.
const FEWEST_STATES: usize = 4096;

/// Whether a set whose NFA is `nfa` is searched from word starts: it is large (see
/// [`FEWEST_STATES`]) and every match [`starts_at_words`].
pub(super) fn worth_it(nfa: &NFA) -> bool {
    nfa.states().len() >= FEWEST_STATES && starts_at_words(nfa)
}

/// Whether every match of every pattern of `nfa` starts where a word starts: an ASCII
/// word character with none before it. So it is when every path from the anchored start
/// passes an ASCII word boundary (`\b`, `\<` or its half) before it reads its first byte,
/// and that byte can only be a word character (a path to a match that reads nothing is an
/// empty match, which can start anywhere).
pub(super) fn starts_at_words(nfa: &NFA) -> bool {
    // Each state is visited at most twice: before the boundary and after it.
    let mut seen = vec![[false; 2]; nfa.states().len()];
    let mut stack: Vec<(StateID, bool)> = vec![(nfa.start_anchored(), false)];
    let word_range = |t: &Transition| (t.start..=t.end).all(is_word);
    while let Some((id, bounded)) = stack.pop() {
        let Some(visited) = seen.get_mut(id.as_usize()) else {
            return false;
        };
        if std::mem::replace(&mut visited[usize::from(bounded)], true) {
            continue;
        }
        match nfa.state(id) {
            State::Look { look, next } => {
                let boundary = matches!(
                    look,
                    Look::WordAscii | Look::WordStartAscii | Look::WordStartHalfAscii
                );
                stack.push((*next, bounded || boundary));
            }
            State::Union { alternates } => {
                stack.extend(alternates.iter().map(|&alt| (alt, bounded)));
            }
            State::BinaryUnion { alt1, alt2 } => {
                stack.push((*alt1, bounded));
                stack.push((*alt2, bounded));
            }
            State::Capture { next, .. } => stack.push((*next, bounded)),
            State::Fail => {}
            State::ByteRange { trans } => {
                if !bounded || !word_range(trans) {
                    return false;
                }
            }
            State::Sparse(sparse) => {
                if !bounded || !sparse.transitions.iter().all(word_range) {
                    return false;
                }
            }
            State::Dense(_) | State::Match { .. } => return false,
        }
    }
    true
}

/// Which patterns of `dfa` (whose NFA [`starts_at_words`]) match in `haystack`, added to
/// `found`: each word start searched anchored, every match state met on the way read for
/// its patterns. With `earliest`, the search ends at the first match found. `false` if the
/// DFA gives up (a byte it quits on, a cache that keeps filling): `found` is then not the
/// answer, and the caller searches another way.
pub(super) fn search(
    dfa: &DFA,
    cache: &mut Cache,
    haystack: &str,
    earliest: bool,
    found: &mut PatternSet,
) -> bool {
    let bytes = haystack.as_bytes();
    for start in 0..bytes.len() {
        if !is_word(bytes[start]) || (start > 0 && is_word(bytes[start - 1])) {
            continue;
        }
        // The cache is told how far each walk went, as the DFA's own searches tell it, so
        // that its measure of bytes searched for each state built stays true (a walk the
        // cache is cleared in counts from its start: a few bytes over, never under).
        cache.search_start(start);
        let walked = walk(dfa, cache, haystack, start, earliest, found);
        let (Walk::Dead(at) | Walk::Matched(at) | Walk::GaveUp(at)) = walked;
        cache.search_finish(at);
        match walked {
            Walk::Dead(_) => {}
            Walk::Matched(_) if earliest => return true,
            Walk::Matched(_) => {}
            Walk::GaveUp(_) => return false,
        }
    }
    true
}

/// How a walk from one word start ended, and where.
enum Walk {
    /// No pattern can match further on.
    Dead(usize),
    /// A match was found (with `earliest`, the walk stopped at it).
    Matched(usize),
    /// The DFA gave up.
    GaveUp(usize),
}

/// The anchored walk of `dfa` from `start`, each match state's patterns added to `found`.
fn walk(
    dfa: &DFA,
    cache: &mut Cache,
    haystack: &str,
    start: usize,
    earliest: bool,
    found: &mut PatternSet,
) -> Walk {
    let bytes = haystack.as_bytes();
    let add = |cache: &Cache, id, found: &mut PatternSet| {
        for i in 0..dfa.match_len(cache, id) {
            let _ = found.try_insert(dfa.match_pattern(cache, id, i));
        }
    };
    let input = Input::new(haystack).range(start..).anchored(Anchored::Yes);
    let Ok(mut id) = dfa.start_state_forward(cache, &input) else {
        return Walk::GaveUp(start);
    };
    let mut matched = false;
    let mut at = start;
    loop {
        if id.is_tagged() {
            if id.is_dead() {
                break;
            }
            if id.is_quit() || id.is_unknown() {
                return Walk::GaveUp(at);
            }
            if id.is_match() {
                add(cache, id, found);
                matched = true;
                if earliest {
                    return Walk::Matched(at);
                }
            }
        }
        let Some(&byte) = bytes.get(at) else {
            match dfa.next_eoi_state(cache, id) {
                Ok(eoi) if eoi.is_match() => {
                    add(cache, eoi, found);
                    matched = true;
                }
                Ok(eoi) if eoi.is_quit() => return Walk::GaveUp(at),
                Ok(_) => {}
                Err(_) => return Walk::GaveUp(at),
            }
            break;
        };
        match dfa.next_state(cache, id, byte) {
            Ok(next) => id = next,
            Err(_) => return Walk::GaveUp(at),
        }
        at += 1;
    }
    if matched {
        Walk::Matched(at)
    } else {
        Walk::Dead(at)
    }
}

#[cfg(test)]
mod tests {
    use regex_automata::hybrid::dfa::{Config, DFA};
    use regex_automata::nfa::thompson::{self, NFA};
    use regex_automata::MatchKind;

    use super::*;

    fn nfa(patterns: &[&str]) -> NFA {
        thompson::Compiler::new()
            .configure(thompson::Config::new().which_captures(thompson::WhichCaptures::None))
            .build_many(patterns)
            .expect("compiles")
    }

    #[test]
    fn matches_start_at_words_only_behind_an_ascii_boundary_before_a_word_character() {
        for yes in [
            &[r"(?-u:\b)seen"][..],
            &[
                r"(?i)(?-u:\b)(?:no\s+contact|not\s+seen)(?-u:\b)",
                r"(?-u:\b)_x",
            ],
            &[r"(?-u:\b)(?:[0-9]+\s+weeks|[A-Za-z]+ed)"],
            &[r"(?-u:\b)(?-u:\<)(?:a|b)c?"],
        ] {
            assert!(starts_at_words(&nfa(yes)), "{yes:?}");
        }
        for no in [
            &[r"seen"][..],
            // A Unicode boundary: a word may start after a letter beyond ASCII.
            &[r"\bseen"],
            // After the boundary, a character that is not a word character.
            &[r"(?-u:\b)(?:seen|-x)"],
            &[r"(?-u:\b)[A-Za-z0-9_'’-]+"],
            // A Unicode word character: a letter beyond ASCII, which no ASCII boundary
            // comes before.
            &[r"(?-u:\b)\w+ed"],
            // A boundary on one path only.
            &[r"(?-u:\b)seen", r"unseen"],
            &[r"(?:(?-u:\b)|x)seen"],
            // An empty match.
            &[r"(?-u:\b)x?"],
            // The end of a word.
            &[r"(?-u:\B)x", r"(?-u:\>)x"],
        ] {
            assert!(!starts_at_words(&nfa(no)), "{no:?}");
        }
    }

    /// Searched from word starts, a set finds what `regex`'s own set finds, earliest or
    /// not, on text with words at its very start and end, after punctuation, digits and
    /// underscores, beside curly quotes and letters beyond ASCII.
    #[test]
    fn a_search_from_word_starts_finds_what_a_regex_set_finds() {
        let patterns = [
            r"(?i)(?-u:\b)not\s+(?:\w+\s+){0,2}?seen(?-u:\b)",
            r"(?i)(?-u:\b)(?:no|nobody)\s+[^.;!?]{0,20}?contact(?-u:\b)",
            r"(?-u:\b)seen",
            r"(?-u:\b)[0-9]+\s+weeks",
            r"(?-u:\b)_id(?-u:\b)",
            r"(?-u:\b)end$",
        ];
        let nfa = nfa(&patterns);
        assert!(starts_at_words(&nfa));
        let dfa = DFA::builder()
            .configure(Config::new().match_kind(MatchKind::All))
            .build_from_nfa(nfa)
            .expect("builds");
        let regex = regex::RegexSet::new(patterns).expect("compiles");
        let mut cache = dfa.create_cache();
        for text in [
            "seen",
            "Not seen. unseen; not yet seen",
            "Jo was NOT really been seen—nobody has had contact",
            "no one made contact; Zoë’s no real contact",
            "x_id _id 12 weeks a12 weeks, 3 weeks",
            "foreseen, ‘seen’ and “not  seen”",
            "the end",
            "end of the end\n",
            "",
            "é seen",
        ] {
            let expected: Vec<usize> = regex.matches(text).iter().collect();
            let mut found = PatternSet::new(dfa.pattern_len());
            assert!(search(&dfa, &mut cache, text, false, &mut found));
            let got: Vec<usize> = found.iter().map(|p| p.as_usize()).collect();
            assert_eq!(got, expected, "{text:?}");
            let mut first = PatternSet::new(dfa.pattern_len());
            assert!(search(&dfa, &mut cache, text, true, &mut first));
            assert_eq!(first.is_empty(), expected.is_empty(), "{text:?}");
            assert!(first.iter().all(|p| expected.contains(&p.as_usize())));
        }
    }
}

#[cfg(test)]
mod cache_limits {
    use regex_automata::hybrid::dfa::{Config, DFA};
    use regex_automata::nfa::thompson;
    use regex_automata::{MatchKind, PatternSet};

    use super::search;

    /// A cache too small for the text is cleared as the walks go (each walk keeps its
    /// state across a clear), and a DFA told to give up when it builds states for too few
    /// bytes says it gives up: neither gives a wrong answer.
    #[test]
    fn a_full_cache_is_cleared_or_given_up_on_never_misread() {
        let patterns = [
            r"(?i)(?-u:\b)(?:no|not|nobody)\s+(?:\w+\s+){0,3}?(?:seen|contact|visited)",
            r"(?i)(?-u:\b)(?:bruis|injur|mark)[a-z]*",
        ];
        let nfa = thompson::Compiler::new()
            .configure(thompson::Config::new().which_captures(thompson::WhichCaptures::None))
            .build_many(&patterns)
            .expect("compiles");
        let regex = regex::RegexSet::new(patterns).expect("compiles");
        let words = [
            "no", "not", "nobody", "one", "has", "seen", "contact", "visited", "bruises", "injury",
            "marks", "Jo", "the", "worker", "since", "May",
        ];
        let text: String = (0..4_000)
            .map(|i| words[(i * 7 + i / 5) % words.len()])
            .collect::<Vec<_>>()
            .join(" ");
        let expected: Vec<usize> = regex.matches(&text).iter().collect();
        assert!(!expected.is_empty());
        // Room for the few states a walk needs at once, and not many more: the least
        // capacity the DFA builds with (found by trying), and 32 KiB.
        let fits = |capacity: usize| {
            DFA::builder()
                .configure(Config::new().cache_capacity(capacity))
                .build_from_nfa(nfa.clone())
                .is_ok()
        };
        let room = (1..)
            .map(|k| k * 4096)
            .find(|&capacity| fits(capacity))
            .expect("some capacity fits")
            + 32 * 1024;
        // Never give up; give up at a clear unless the states built since the last served a
        // byte each (the walks tell the cache how far they went, so they did); and unless
        // each served a megabyte (they did not).
        for (clears, limit, gives_up) in [
            (None, None, false),
            (Some(0), Some(1), false),
            (Some(0), Some(1_000_000), true),
        ] {
            let dfa = DFA::builder()
                .configure(
                    Config::new()
                        .match_kind(MatchKind::All)
                        .cache_capacity(room)
                        .minimum_cache_clear_count(clears)
                        .minimum_bytes_per_state(limit),
                )
                .build_from_nfa(nfa.clone())
                .expect("builds");
            let mut cache = dfa.create_cache();
            let mut found = PatternSet::new(dfa.pattern_len());
            let answered = search(&dfa, &mut cache, &text, false, &mut found);
            assert_eq!(answered, !gives_up, "limit {limit:?}");
            if answered {
                let got: Vec<usize> = found.iter().map(|p| p.as_usize()).collect();
                assert_eq!(got, expected);
                assert!(cache.clear_count() > 0, "the cache was never cleared");
            }
        }
    }
}

#[cfg(test)]
mod properties {
    use std::sync::LazyLock;

    use super::super::lazy::LazyRegexSet;
    use super::super::risk::EscalationMatcher;

    /// S001's triggers (searched from word starts), and `regex`'s own set of them.
    static TRIGGERS: LazyLock<(EscalationMatcher, regex::RegexSet)> = LazyLock::new(|| {
        let matcher = EscalationMatcher::new(&[]);
        let set = regex::RegexSet::new(matcher.any_trigger.patterns()).expect("compiles");
        (matcher, set)
    });

    fn matches(set: &LazyRegexSet, text: &str) -> Vec<usize> {
        set.matches(text).iter().collect()
    }

    proptest::proptest! {
        /// On text made of the triggers' own words, run together, split by punctuation,
        /// quotes, digits, underscores and letters beyond ASCII, the set searched from
        /// word starts finds exactly the triggers `regex` finds, and says whether any
        /// matches as `regex` does.
        #[test]
        fn the_triggers_searched_from_word_starts_match_as_regex_does(
            text in "(?:Jo |has |have |not |n't |been |seen |visited |no |contact |since |for |six |weeks |whereabouts |are |unknown|left |home |alone |overnight |bruise|injur|ies |missing |was |the |by |police |said |hit |her |’|'|\\. |, |; |\\n|é|Zoë |_|5 |x|has not been seen |no contact |whereabouts are unknown |a bruise on her arm |left home alone |went missing |took an overdose |father hit her |not seen for |since May ){0,30}"
        ) {
            let (matcher, regex) = &*TRIGGERS;
            proptest::prop_assert!(matcher.any_trigger.searches_from_word_starts());
            let expected: Vec<usize> = regex.matches(&text).iter().collect();
            proptest::prop_assert_eq!(matches(&matcher.any_trigger, &text), expected.clone());
            proptest::prop_assert_eq!(matcher.any_trigger.is_match(&text), !expected.is_empty());
        }
    }
}
