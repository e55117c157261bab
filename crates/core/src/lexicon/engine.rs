//! One regular expression searched with `regex-automata`'s engines, built from its NFAs.
//!
//! A [`regex::Regex`] can only be built from its pattern, and compiling the pattern was
//! most of a one-file check. An [`Engine`] is built from two Thompson NFAs, the forward
//! one (with capture groups) and the reverse one, which a run either compiles or loads
//! from the table made ahead of time ([`super::prebuilt`]). It searches as a `Regex` does:
//! a forward lazy DFA finds where the leftmost-first match ends and a reverse one where it
//! starts (for a pattern's first few matches, the bounded backtracker finds where they
//! start instead, and the reverse NFA is loaded only for a pattern that goes on matching);
//! capture groups are then read within that match only, by the bounded backtracker when
//! it is short and by the PikeVM otherwise; a text the lazy DFAs give up on (a Unicode `\b`
//! beside a non-ASCII letter, a cache that keeps filling) is searched by the PikeVM alone.
//! Every engine gives the same leftmost-first matches, so which one ran never shows.

use std::ops::{Index, Range};
use std::panic::{RefUnwindSafe, UnwindSafe};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::OnceLock;

use regex_automata::hybrid;
use regex_automata::nfa::thompson::backtrack::{self, BoundedBacktracker};
use regex_automata::nfa::thompson::pikevm::{self, PikeVM};
use regex_automata::nfa::thompson::NFA;
use regex_automata::util::captures::Captures as Slots;
use regex_automata::util::iter::Searcher;
use regex_automata::util::pool::Pool;
use regex_automata::{Anchored, Input, MatchKind, Span};

/// A compiled regular expression (see the module documentation).
pub(super) struct Engine {
    /// The NFAs are folded: they are searched over the text lower-cased (see
    /// [`super::lazy::fold`]); offsets are the same in both.
    folded: bool,
    /// Finds where the leftmost-first match ends.
    forward: hybrid::dfa::DFA,
    /// Finds where it starts, searching back from its end: built once the backtracker has
    /// spent its budget on the pattern's matches ([`BACKTRACK_BYTES`]; most patterns meet
    /// most texts without a match), from the reverse NFA `load_reverse` gives.
    reverse: OnceLock<Option<hybrid::dfa::DFA>>,
    load_reverse: ReverseFn,
    pikevm: PikeVM,
    /// Reads capture groups within a short match faster than the PikeVM, and finds where
    /// the first matches start (see [`BACKTRACK_BYTES`]).
    backtrack: BoundedBacktracker,
    /// How many bytes of text the backtracker has searched to find where matches start.
    backtracked: AtomicU32,
    caches: Pool<Caches, CacheFn>,
}

/// How many bytes of text an engine's bounded backtracker searches, over all the matches
/// it finds the start of, before the engine loads its reverse NFA.
///
/// Loading a reverse NFA and building its lazy DFA cost hundreds of times what the
/// backtracker spends on one match in a sentence, and most patterns match a few times in
/// an audit: a one-audit `check` loaded a reverse NFA for each pattern that matched (a
/// tenth of its work). So an engine rents before it buys: the backtracker finds where
/// matches start until it has searched this much text (from where each search began to
/// where its match ends), and only a pattern that goes on matching (a long audit, many
/// audits, an editor session) loads its reverse NFA, its searches then running as before.
/// Both costs grow with the pattern's NFA, so one budget in bytes serves every pattern.
///
/// Measured (instructions, against loading at the third match): `jo.audit.md` −4 %, the
/// first lint of a 10,000-word audit dense with findings +0.9 %, 100 realistic audits
/// +0.5 %; a budget of 1,024 bytes made that first lint 3.8 % dearer, one of 64 saved
/// nothing.
pub(super) const BACKTRACK_BYTES: u32 = 256;

/// The most text (in bytes) times NFA states the backtracker is given to find where a
/// match starts (see [`BACKTRACK_BYTES`]); its work and memory grow with both.
const BACKTRACK_WORK: usize = 1 << 18;

/// Gives a pattern's reverse NFA.
pub(super) type ReverseFn = Box<dyn Fn() -> Option<NFA> + Send + Sync + UnwindSafe + RefUnwindSafe>;

/// The search caches of one thread. The PikeVM's is made when first needed: it holds a
/// slot for every capture group at every NFA state, megabytes for a table with hundreds of
/// groups, and most searches never read a group.
struct Caches {
    forward: hybrid::dfa::Cache,
    reverse: Option<hybrid::dfa::Cache>,
    pikevm: Option<pikevm::Cache>,
    backtrack: Option<backtrack::Cache>,
}

type CacheFn = Box<dyn Fn() -> Caches + Send + Sync + UnwindSafe + RefUnwindSafe>;

/// The lazy DFAs' configuration, as `regex` configures its own.
fn dfa_config(cache_capacity: usize) -> hybrid::dfa::Config {
    hybrid::dfa::Config::new()
        .cache_capacity(cache_capacity)
        .unicode_word_boundary(true)
        .minimum_cache_clear_count(Some(3))
        .minimum_bytes_per_state(Some(10))
}

impl Engine {
    /// The engine of the pattern whose forward NFA (with its capture groups) is `forward`
    /// and whose reverse NFA `reverse` gives when first needed, folded or not; `None` if a
    /// lazy DFA cannot be built from the forward NFA.
    pub(super) fn new(
        forward: NFA,
        reverse: ReverseFn,
        cache_capacity: usize,
        folded: bool,
    ) -> Option<Engine> {
        let fwd = hybrid::dfa::Builder::new()
            .configure(dfa_config(cache_capacity))
            .build_from_nfa(forward.clone())
            .ok()?;
        let pikevm = PikeVM::builder().build_from_nfa(forward.clone()).ok()?;
        let backtrack = BoundedBacktracker::builder().build_from_nfa(forward).ok()?;
        let maker = fwd.clone();
        Some(Engine {
            folded,
            forward: fwd,
            reverse: OnceLock::new(),
            load_reverse: reverse,
            pikevm,
            backtrack,
            backtracked: AtomicU32::new(0),
            caches: Pool::new(Box::new(move || Caches {
                forward: maker.create_cache(),
                reverse: None,
                pikevm: None,
                backtrack: None,
            })),
        })
    }

    /// Build the reverse lazy DFA now, for a pattern that will find a match.
    pub(super) fn load_reverse(&self) {
        self.reverse();
    }

    /// Whether this thread's searches have needed the PikeVM.
    #[cfg(test)]
    pub(super) fn used_pikevm(&self) -> bool {
        self.caches.get().pikevm.is_some()
    }

    /// Whether the reverse lazy DFA is built.
    #[cfg(test)]
    pub(super) fn reverse_is_loaded(&self) -> bool {
        self.reverse.get().is_some_and(Option::is_some)
    }

    /// The reverse lazy DFA, built when first asked for; `None` if it cannot be.
    fn reverse(&self) -> Option<&hybrid::dfa::DFA> {
        self.reverse
            .get_or_init(|| {
                let capacity = self.forward.get_config().get_cache_capacity();
                hybrid::dfa::Builder::new()
                    .configure(
                        dfa_config(capacity)
                            .prefilter(None)
                            .specialize_start_states(false)
                            .match_kind(MatchKind::All),
                    )
                    .build_from_nfa((self.load_reverse)()?)
                    .ok()
            })
            .as_ref()
    }

    /// The leftmost-first match in `input`, as `hybrid::regex::Regex::try_search` finds
    /// it: the forward DFA finds its end, the reverse DFA, anchored there, its start. The
    /// PikeVM searches a text either gives up on.
    fn search(&self, input: &Input<'_>) -> Option<Span> {
        let mut caches = self.caches.get();
        let caches = &mut *caches;
        let found = (|| {
            let Some(end) = self.forward.try_search_fwd(&mut caches.forward, input)? else {
                return Ok(None);
            };
            // An empty match where the search starts, or an anchored search: the match
            // starts where the search does.
            let anchored = match input.get_anchored() {
                Anchored::No => self.forward.get_nfa().is_always_start_anchored(),
                Anchored::Yes | Anchored::Pattern(_) => true,
            };
            if input.start() == end.offset() || anchored {
                return Ok(Some(Span::from(input.start()..end.offset())));
            }
            if let Some(span) = self.backtrack_start(caches, input, end.offset()) {
                return Ok(Some(span));
            }
            let Some(reverse) = self.reverse() else {
                return Err(regex_automata::MatchError::gave_up(end.offset()));
            };
            let cache = caches.reverse.get_or_insert_with(|| reverse.create_cache());
            let back = input
                .clone()
                .span(input.start()..end.offset())
                .anchored(Anchored::Yes)
                .earliest(false);
            match reverse.try_search_rev(cache, &back)? {
                Some(start) => Ok(Some(Span::from(start.offset()..end.offset()))),
                None => Err(regex_automata::MatchError::gave_up(end.offset())),
            }
        })();
        match found {
            Ok(found) => found,
            Err(_) => {
                // The bounded backtracker, where the text is short enough for it, is
                // several times faster than the PikeVM, and finds the same match.
                if input.get_span().len() <= self.backtrack.max_haystack_len() {
                    let cache = caches
                        .backtrack
                        .get_or_insert_with(|| self.backtrack.create_cache());
                    if let Ok(found) = self.backtrack.try_find(cache, input.clone()) {
                        return found.map(|m| m.span());
                    }
                }
                let cache = caches
                    .pikevm
                    .get_or_insert_with(|| self.pikevm.create_cache());
                self.pikevm.find(cache, input.clone()).map(|m| m.span())
            }
        }
    }

    /// The leftmost-first match of `input` that ends at `end`, found by the bounded
    /// backtracker while the reverse DFA is not built and the backtracker has searched less
    /// than [`BACKTRACK_BYTES`] of text (see there); `None` to find it with the reverse
    /// DFA.
    ///
    /// The search is limited to end at `end`: the leftmost-first match of the whole input
    /// ends there, so no match starts before it, and none it prefers ends sooner.
    fn backtrack_start(&self, caches: &mut Caches, input: &Input<'_>, end: usize) -> Option<Span> {
        let searched = end - input.start();
        if self.reverse.get().is_some()
            || searched.saturating_mul(self.backtrack.get_nfa().states().len()) > BACKTRACK_WORK
            || self.backtracked.fetch_add(
                u32::try_from(searched).unwrap_or(u32::MAX),
                Ordering::Relaxed,
            ) >= BACKTRACK_BYTES
        {
            return None;
        }
        let cache = caches
            .backtrack
            .get_or_insert_with(|| self.backtrack.create_cache());
        let limited = input.clone().span(input.start()..end);
        let found = self.backtrack.try_find(cache, limited).ok()??.span();
        // Always so; should it not be, the reverse DFA says where the match starts.
        (found.end == end).then_some(found)
    }

    /// `with` called on the text the NFAs search for `haystack`: `haystack`, lowered if
    /// they are folded.
    fn searched<R>(&self, haystack: &str, with: impl FnOnce(&str) -> R) -> R {
        if self.folded {
            super::lazy::with_folded(haystack, with)
        } else {
            with(haystack)
        }
    }

    /// Whether the NFAs search another text than `haystack` (its lowered copy).
    fn searches_copy(&self, haystack: &str) -> bool {
        self.folded && super::lazy::has_capital(haystack)
    }

    /// The capture groups of the match `span` of `haystack`, searched as `text`: read by
    /// the bounded backtracker when the match is short enough for it (as `regex` does),
    /// else by the PikeVM.
    fn groups<'h>(&self, text: &str, haystack: &'h str, span: Span) -> Captures<'h> {
        let mut caches = self.caches.get();
        let caches = &mut *caches;
        let mut slots = self.pikevm.create_captures();
        let input = Input::new(text).span(span).anchored(Anchored::Yes);
        if span.len() <= self.backtrack.max_haystack_len() {
            let cache = caches
                .backtrack
                .get_or_insert_with(|| self.backtrack.create_cache());
            if self
                .backtrack
                .try_captures(cache, input.clone(), &mut slots)
                .is_ok()
            {
                return Captures { haystack, slots };
            }
        }
        let cache = caches
            .pikevm
            .get_or_insert_with(|| self.pikevm.create_cache());
        self.pikevm.captures(cache, input, &mut slots);
        Captures { haystack, slots }
    }

    /// Whether the pattern matches somewhere in `haystack`: the forward DFA alone says so
    /// (where a match starts is not needed).
    pub(super) fn is_match(&self, haystack: &str) -> bool {
        self.searched(haystack, |text| {
            let input = Input::new(text).earliest(true);
            let mut caches = self.caches.get();
            let caches = &mut *caches;
            match self.forward.try_search_fwd(&mut caches.forward, &input) {
                Ok(found) => found.is_some(),
                Err(_) => {
                    if input.get_span().len() <= self.backtrack.max_haystack_len() {
                        let cache = caches
                            .backtrack
                            .get_or_insert_with(|| self.backtrack.create_cache());
                        if let Ok(found) = self.backtrack.try_is_match(cache, input.clone()) {
                            return found;
                        }
                    }
                    let cache = caches
                        .pikevm
                        .get_or_insert_with(|| self.pikevm.create_cache());
                    self.pikevm.is_match(cache, input)
                }
            }
        })
    }

    pub(super) fn find_at<'h>(&self, haystack: &'h str, start: usize) -> Option<Match<'h>> {
        if start > haystack.len() {
            return None;
        }
        self.searched(haystack, |text| {
            self.search(&Input::new(text).range(start..))
        })
        .map(|span| Match::new(haystack, span))
    }

    /// The spans of every match in `text`, one at a time.
    fn spans<'r, 't>(&'r self, text: &'t str) -> impl Iterator<Item = Span> + use<'r, 't> {
        let mut searcher = Searcher::new(Input::new(text));
        std::iter::from_fn(move || {
            searcher
                .advance(|input| {
                    Ok(self
                        .search(input)
                        .map(|s| regex_automata::Match::new(regex_automata::PatternID::ZERO, s)))
                })
                .map(|m| m.span())
        })
    }

    pub(super) fn find_iter<'r, 'h>(
        &'r self,
        haystack: &'h str,
    ) -> impl Iterator<Item = Match<'h>> + use<'r, 'h> {
        // Text lowered for the search is not kept: its matches are found at once.
        let (mut lazy, mut found) = if self.searches_copy(haystack) {
            let all = self.searched(haystack, |text| self.spans(text).collect::<Vec<_>>());
            (None, all.into_iter())
        } else {
            (Some(self.spans(haystack)), Vec::new().into_iter())
        };
        std::iter::from_fn(move || match &mut lazy {
            Some(spans) => spans.next(),
            None => found.next(),
        })
        .map(move |span| Match::new(haystack, span))
    }

    pub(super) fn captures<'h>(&self, haystack: &'h str) -> Option<Captures<'h>> {
        self.searched(haystack, |text| {
            let span = self.search(&Input::new(text))?;
            Some(self.groups(text, haystack, span))
        })
    }

    pub(super) fn captures_iter<'r, 'h>(
        &'r self,
        haystack: &'h str,
    ) -> impl Iterator<Item = Captures<'h>> + use<'r, 'h> {
        let (mut lazy, mut found) = if self.searches_copy(haystack) {
            let all: Vec<Captures<'h>> = self.searched(haystack, |text| {
                self.spans(text)
                    .map(|span| self.groups(text, haystack, span))
                    .collect()
            });
            (None, all.into_iter())
        } else {
            (Some(self.spans(haystack)), Vec::new().into_iter())
        };
        std::iter::from_fn(move || match &mut lazy {
            Some(spans) => spans
                .next()
                .map(|span| self.groups(haystack, haystack, span)),
            None => found.next(),
        })
    }
}

/// A match: where it is in the text searched, and its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Match<'h> {
    haystack: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Match<'h> {
    fn new(haystack: &'h str, span: Span) -> Match<'h> {
        Match {
            haystack,
            start: span.start,
            end: span.end,
        }
    }

    pub fn start(&self) -> usize {
        self.start
    }

    pub fn end(&self) -> usize {
        self.end
    }

    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The matched text (every match starts and ends on a character boundary).
    pub fn as_str(&self) -> &'h str {
        self.haystack.get(self.range()).unwrap_or("")
    }
}

/// The capture groups of one match: group 0 is the whole match.
#[derive(Clone, Debug)]
pub struct Captures<'h> {
    haystack: &'h str,
    slots: Slots,
}

impl<'h> Captures<'h> {
    /// Group `index`, if it took part in the match.
    pub fn get(&self, index: usize) -> Option<Match<'h>> {
        self.slots
            .get_group(index)
            .map(|span| Match::new(self.haystack, span))
    }

    /// The group named `name`, if there is one and it took part in the match.
    pub fn name(&self, name: &str) -> Option<Match<'h>> {
        self.slots
            .get_group_by_name(name)
            .map(|span| Match::new(self.haystack, span))
    }

    /// The name of group `index`, if it has one.
    pub fn group_name(&self, index: usize) -> Option<&str> {
        self.slots
            .group_info()
            .to_name(regex_automata::PatternID::ZERO, index)
    }

    /// Each group in order (group 0 first), `None` for one that did not take part.
    pub fn iter(&self) -> impl Iterator<Item = Option<Match<'h>>> + '_ {
        (0..self.slots.group_len()).map(|i| self.get(i))
    }
}

impl Index<usize> for Captures<'_> {
    type Output = str;

    /// The text of group `index` ("" if it did not take part).
    fn index(&self, index: usize) -> &str {
        self.get(index).map_or("", |m| m.as_str())
    }
}

impl Index<&str> for Captures<'_> {
    type Output = str;

    /// The text of the group named `name` ("" if it did not take part).
    fn index(&self, name: &str) -> &str {
        self.name(name).map_or("", |m| m.as_str())
    }
}
