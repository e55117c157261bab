//! Regular expressions compiled at first use, cheaply for the text caselint meets.
//!
//! Compiling the phrase tables is most of what a one-file `caselint check` costs. Two
//! things make it cheaper without changing what any pattern finds:
//!
//! - A [`LazyRegex`] keeps its pattern and compiles it the first time it is used: many
//!   matchers are only tried once a cheaper test has passed (a trigger of S001 once the
//!   trigger set says it can match), so a short audit needs few of them.
//! - Most of the compile time goes on Unicode classes (`\w`, `\W`, `\d`, and `\s`, which
//!   the phrase tables put between every two words): each one becomes an automaton over
//!   the UTF-8 encodings of its characters. Text whose word and space characters are all
//!   Latin (U+0000 to U+024F: English, and names such as Zoë, Siân or Łukasz, with any
//!   punctuation, curly quotes and dashes) cannot tell a Unicode `\w` or `\s` from one
//!   limited to those characters, so for such text the pattern is compiled with the
//!   limited classes ("Latin" form). Text with a word or space character beyond them
//!   (Greek, Cyrillic, a combining accent, a thin or ideographic space) is searched with
//!   the pattern as written. Case folding is left exactly as written in both forms.
//! - A lazy DFA cannot tell a Unicode word boundary (`\b`) beyond ASCII, so it gives up
//!   at the first byte beyond ASCII of any text it searches for a pattern with one, and a
//!   far slower engine searches instead: a curly apostrophe (Word writes one in every
//!   "Jo’s") was enough. Where the text's word characters are all ASCII, a Unicode `\b`
//!   and an ASCII one find the same boundaries, so such text (nearly all audits, with
//!   their curly quotes and dashes) is searched with a third form, the Latin one with
//!   ASCII word boundaries (see [`Form`]).

use std::fmt;
use std::panic::{RefUnwindSafe, UnwindSafe};
use std::sync::OnceLock;

use regex::{Regex, RegexSet};
use regex_automata::nfa::thompson;
use regex_automata::util::pool::Pool;
use regex_automata::{hybrid, Input, MatchKind, PatternID, PatternSet};
use regex_syntax::ast::{self, Ast, ClassPerlKind, ClassSet, ClassSetItem};
use regex_syntax::hir::Hir;

use super::engine::Engine;
pub use super::engine::{Captures, Match};
use super::factor;
use super::prebuilt::{self, Kind};
use super::select::{self, Requirement};
use super::word_starts;

/// The last character of the Latin range the cheap form covers.
const LATIN_END: char = '\u{24F}';

/// Unicode `\w` within U+0000..=U+024F (checked against `regex-syntax` in the tests).
const LATIN_WORD: &[(char, char)] = &[
    ('0', '9'),
    ('A', 'Z'),
    ('_', '_'),
    ('a', 'z'),
    ('\u{AA}', '\u{AA}'),
    ('\u{B5}', '\u{B5}'),
    ('\u{BA}', '\u{BA}'),
    ('\u{C0}', '\u{D6}'),
    ('\u{D8}', '\u{F6}'),
    ('\u{F8}', LATIN_END),
];

/// Unicode `\s` within U+0000..=U+024F (checked against `regex-syntax` in the tests).
const LATIN_SPACE: &[(char, char)] = &[
    ('\t', '\r'),
    (' ', ' '),
    ('\u{85}', '\u{85}'),
    ('\u{A0}', '\u{A0}'),
];

/// Which form of a pattern searches a text (see [`text_form`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Form {
    /// The pattern as written.
    Full = 0,
    /// Perl classes limited to the Latin range, word boundaries as written: for text
    /// whose word and space characters are all Latin, with a Latin letter beyond ASCII
    /// (Zoë, Siân). A lazy DFA gives up at that letter if the pattern has a Unicode `\b`.
    Latin = 1,
    /// The Latin form with ASCII word boundaries: for Latin text whose only word
    /// characters are ASCII, the text nearly all audits are (curly quotes and dashes are
    /// not word characters). A Unicode `\b` and an ASCII one agree on such text, and a
    /// lazy DFA searches an ASCII `\b` over any bytes, where it gives up on a Unicode one
    /// at the first byte beyond ASCII.
    Ascii = 2,
    /// The Latin form without its Unicode word boundaries (each matches the empty string
    /// instead): it matches wherever the Latin form does, and more, and its lazy DFA does
    /// not give up on Latin text. Not a form a text is searched with: where the Latin
    /// form's DFA would give up, a text this form finds nothing in has no match, and the
    /// slower engines are not run.
    Relaxed = 3,
}

/// A matcher's Latin forms, each compiled or loaded the first time a text needs it.
///
/// Each form is boxed: a matcher holds its forms whether or not a text has needed them, and
/// is moved about as the lexicon is built.
struct LatinForms<T> {
    latin: OnceLock<Option<Box<T>>>,
    /// The ASCII-boundary form, when it differs from the Latin one.
    ascii: OnceLock<Option<Box<T>>>,
    /// The relaxed form (see [`Form::Relaxed`]), as a set; boxed, since few matchers
    /// make it and a matcher is moved about as it is built.
    relaxed: OnceLock<Option<Box<SetForm>>>,
    /// Whether the patterns may have a Unicode word boundary (else the ASCII-boundary form
    /// is the Latin one, and not made twice).
    unicode_boundary: bool,
}

impl<T> LatinForms<T> {
    fn new(unicode_boundary: bool) -> LatinForms<T> {
        LatinForms {
            latin: OnceLock::new(),
            ascii: OnceLock::new(),
            relaxed: OnceLock::new(),
            unicode_boundary,
        }
    }

    /// Whether `patterns` cannot match in `haystack`, said without a search the Latin
    /// form's DFA gives up on: for Latin text beyond ASCII, when the patterns may have a
    /// Unicode word boundary and their relaxed form (see [`Form::Relaxed`]) finds nothing.
    fn rules_out(&self, form: Form, patterns: &[String], haystack: &str) -> bool {
        form == Form::Latin
            && self.unicode_boundary
            && self
                .relaxed(patterns)
                .is_some_and(|relaxed| !relaxed.search(patterns, haystack, true).matched_any())
    }

    /// The relaxed form of `patterns`, compiled or loaded at first use.
    fn relaxed(&self, patterns: &[String]) -> Option<&SetForm> {
        self.relaxed
            .get_or_init(|| SetForm::new(patterns, Form::Relaxed).map(Box::new))
            .as_deref()
    }

    /// The form that searches `haystack`: [`Form::Ascii`] only where it differs from the
    /// Latin form.
    fn form_for(&self, haystack: &str) -> Form {
        match text_form(haystack) {
            Form::Ascii if !self.unicode_boundary => Form::Latin,
            form => form,
        }
    }

    /// Where `form` is kept ([`Form::Full`] is kept by the matcher, not here).
    fn slot(&self, form: Form) -> &OnceLock<Option<Box<T>>> {
        match form {
            Form::Ascii => &self.ascii,
            Form::Latin | Form::Full | Form::Relaxed => &self.latin,
        }
    }

    /// `form`, made by `make` the first time; `None` if the patterns have no such form.
    fn get(&self, form: Form, make: impl FnOnce(Form) -> Option<T>) -> Option<&T> {
        self.slot(form)
            .get_or_init(|| make(form).map(Box::new))
            .as_deref()
    }

    /// `form` if it is made already.
    fn loaded(&self, form: Form) -> Option<&T> {
        match form {
            Form::Full => None,
            _ => self.slot(form).get().and_then(Option::as_deref),
        }
    }
}

/// A regular expression compiled the first time it is used (or loaded from the table of
/// built-in patterns made ahead of time, see [`super::prebuilt`]).
///
/// Its search methods pick the form that fits the text.
pub struct LazyRegex {
    pattern: String,
    /// A built-in pattern: failing to compile is a bug (caught in debug builds).
    builtin: bool,
    full: OnceLock<Box<Engine>>,
    forms: LatinForms<Engine>,
    /// For [`LazyRegex::is_match`] while neither form is compiled: whether a pattern
    /// matches needs only a forward DFA, a third of the memory (see [`LazyRegexSet`]).
    /// Most patterns are only ever asked one thing, so one of the two is built.
    test: OnceLock<Box<LazyRegexSet>>,
}

impl LazyRegex {
    /// `pattern`, to be compiled at first use. A pattern that does not compile (only a
    /// configured phrase could make one) becomes a matcher that matches nothing.
    pub fn new(pattern: String) -> LazyRegex {
        let regex = LazyRegex {
            forms: LatinForms::new(may_have_unicode_boundary(&pattern)),
            pattern,
            builtin: false,
            full: OnceLock::new(),
            test: OnceLock::new(),
        };
        if prebuilt::recording() {
            // While the table is made: every Latin form this pattern could be asked for,
            // whether or not the bundled audits lead a rule to search with it.
            regex.load();
            if let Some(latin) = regex.slot(Form::Latin) {
                latin.load_reverse();
            }
            if regex.forms.unicode_boundary {
                regex.forms.relaxed(std::slice::from_ref(&regex.pattern));
            }
            regex
                .test
                .get_or_init(|| Box::new(LazyRegexSet::new([regex.pattern.clone()])));
        }
        regex
    }

    /// A built-in `pattern`: as [`LazyRegex::new`], but a debug build panics if it does
    /// not compile.
    pub fn builtin(pattern: String) -> LazyRegex {
        LazyRegex {
            builtin: true,
            ..LazyRegex::new(pattern)
        }
    }

    /// The pattern as written.
    pub fn pattern(&self) -> &str {
        &self.pattern
    }

    /// Whether the pattern compiles (tests of the built-in tables).
    pub fn is_valid(&self) -> bool {
        Regex::new(&self.pattern).is_ok()
    }

    /// Whether the pattern has a Latin form that compiles (tests of the built-in tables:
    /// without one, every search uses the pattern as written).
    pub fn has_latin_form(&self) -> bool {
        latin_form(&self.pattern).is_some_and(|p| Regex::new(&p).is_ok())
    }

    /// The name of each capture group, by index, as [`Regex::capture_names`] gives them
    /// (group 0, the whole match, has none), read from the pattern without compiling it.
    /// A pattern that does not parse has only group 0, as the matcher that replaces it.
    pub fn capture_names(&self) -> Vec<Option<String>> {
        let mut names = vec![None];
        if let Ok(parsed) = ast::parse::Parser::new().parse(&self.pattern) {
            capture_names(&parsed, &mut names);
        }
        names
    }

    /// Load (or compile) what finding a match in Latin text takes, before the first search
    /// needs it (see [`LazyRegexSet::load`]).
    pub(crate) fn load(&self) {
        if let Some(engine) = self.engine("") {
            // A one-file check (see [`prebuilt::focus`]) loads the reverse NFA only if a
            // match needs it: a short audit's first matches seldom do (see [`Engine`]).
            if prebuilt::focus_grams().is_none() {
                engine.load_reverse();
            }
        }
    }

    /// Whether what finding a match in Latin text takes is loaded.
    #[cfg(test)]
    pub(crate) fn is_loaded(&self) -> bool {
        self.forms
            .loaded(self.forms.form_for(""))
            .is_some_and(Engine::reverse_is_loaded)
    }

    /// The engine of `form` (Latin or ASCII-boundary), compiled or loaded at first use;
    /// `None` if the pattern has no such form.
    fn slot(&self, form: Form) -> Option<&Engine> {
        self.forms.get(form, |form| engine(&self.pattern, form))
    }

    /// The pattern as written, compiled.
    fn full(&self) -> &Engine {
        self.full.get_or_init(|| {
            Box::new(engine(&self.pattern, Form::Full).unwrap_or_else(|| {
                debug_assert!(
                    !self.builtin,
                    "built-in pattern does not compile: {}",
                    self.pattern
                );
                never_engine()
            }))
        })
    }

    /// The compiled form to search `haystack` with; `None` if the pattern cannot match in
    /// it (see [`LatinForms::rules_out`]).
    fn engine(&self, haystack: &str) -> Option<&Engine> {
        let form = self.forms.form_for(haystack);
        if self
            .forms
            .rules_out(form, std::slice::from_ref(&self.pattern), haystack)
        {
            return None;
        }
        Some(match form {
            Form::Full => self.full(),
            form => self.slot(form).unwrap_or_else(|| self.full()),
        })
    }

    pub fn is_match(&self, haystack: &str) -> bool {
        let form = self.forms.form_for(haystack);
        if self
            .forms
            .rules_out(form, std::slice::from_ref(&self.pattern), haystack)
        {
            return false;
        }
        if let Some(engine) = self.forms.loaded(form) {
            return engine.is_match(haystack);
        }
        if let Some(full) = self.full.get() {
            return full.is_match(haystack);
        }
        self.test
            .get_or_init(|| Box::new(LazyRegexSet::new([self.pattern.clone()])))
            .is_match(haystack)
    }

    pub fn find<'h>(&self, haystack: &'h str) -> Option<Match<'h>> {
        self.engine(haystack)?.find_at(haystack, 0)
    }

    pub fn find_at<'h>(&self, haystack: &'h str, start: usize) -> Option<Match<'h>> {
        self.engine(haystack)?.find_at(haystack, start)
    }

    pub fn find_iter<'r, 'h>(
        &'r self,
        haystack: &'h str,
    ) -> impl Iterator<Item = Match<'h>> + use<'r, 'h> {
        self.engine(haystack)
            .into_iter()
            .flat_map(move |engine| engine.find_iter(haystack))
    }

    pub fn captures<'h>(&self, haystack: &'h str) -> Option<Captures<'h>> {
        self.engine(haystack)?.captures(haystack)
    }

    pub fn captures_iter<'r, 'h>(
        &'r self,
        haystack: &'h str,
    ) -> impl Iterator<Item = Captures<'h>> + use<'r, 'h> {
        self.engine(haystack)
            .into_iter()
            .flat_map(move |engine| engine.captures_iter(haystack))
    }

    /// `haystack` with every match replaced by what `with` makes of it.
    pub fn replace_all<'h>(
        &self,
        haystack: &'h str,
        mut with: impl FnMut(Match<'h>) -> String,
    ) -> std::borrow::Cow<'h, str> {
        let mut out = String::new();
        let mut last = 0;
        for m in self.find_iter(haystack) {
            out.push_str(haystack.get(last..m.start()).unwrap_or(""));
            out.push_str(&with(m));
            last = m.end();
        }
        if last == 0 && out.is_empty() {
            return std::borrow::Cow::Borrowed(haystack);
        }
        out.push_str(haystack.get(last..).unwrap_or(""));
        std::borrow::Cow::Owned(out)
    }
}

impl fmt::Debug for LazyRegex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("LazyRegex").field(&self.pattern).finish()
    }
}

/// The engine of `pattern` in `form`, loaded from the table of built-in patterns or
/// compiled; `None` if it does not compile (or has no such form).
fn engine(pattern: &String, form: Form) -> Option<Engine> {
    let (forward, folded) =
        prebuilt::load_or_compile(Kind::Forward, std::slice::from_ref(pattern), form, || {
            compile_regex_nfa(pattern, form, false)
        })?;
    let owned = pattern.clone();
    let reverse = move || {
        let patterns = std::slice::from_ref(&owned);
        let (nfa, reverse_folded) =
            prebuilt::load_or_compile(Kind::Reverse, patterns, form, || {
                compile_regex_nfa(&owned, form, true)
            })?;
        if reverse_folded == folded {
            return Some(nfa);
        }
        // Both are folded or neither (it depends on the pattern alone); a table that says
        // otherwise is not trusted.
        compile_regex_nfa(&owned, form, true)
            .filter(|(_, f)| *f == folded)
            .map(|(nfa, _)| nfa)
    };
    if prebuilt::recording() {
        // The table holds the reverse NFA of every pattern it holds the forward one of,
        // whether or not the bundled audits make it match.
        reverse()?;
    }
    Engine::new(forward, Box::new(reverse), DFA_CACHE, folded)
}

/// An engine that matches nothing.
fn never_engine() -> Engine {
    engine(&r"[^\s\S]".to_owned(), Form::Full).expect("empty matcher is valid")
}

/// A set of regular expressions compiled the first time it is used, in the form that fits
/// the text (see [`LazyRegex`]), which tells which of them match.
///
/// A set needs no more than a forward lazy DFA over all its patterns, so that is what it
/// compiles: a [`RegexSet`] also builds the reverse automaton and the search caches of
/// engines a set never runs, twice the memory. Should the DFA give up on a text (a
/// Unicode `\b` before a non-ASCII letter, or a cache that keeps filling), the text is
/// searched with a [`RegexSet`], compiled then: the answer is the same either way.
pub struct LazyRegexSet {
    patterns: Vec<String>,
    full: OnceLock<Box<SetForm>>,
    forms: LatinForms<SetForm>,
}

impl LazyRegexSet {
    /// `patterns`, to be compiled at first use; if they do not compile, an empty set.
    pub fn new(patterns: impl IntoIterator<Item = String>) -> LazyRegexSet {
        let patterns: Vec<String> = patterns.into_iter().collect();
        let set = LazyRegexSet {
            forms: LatinForms::new(patterns.iter().any(|p| may_have_unicode_boundary(p))),
            patterns,
            full: OnceLock::new(),
        };
        if prebuilt::recording() {
            // While the table is made: the Latin forms, searched with or not.
            set.load();
            set.slot(Form::Latin);
            if set.forms.unicode_boundary {
                set.forms.relaxed(&set.patterns);
            }
        }
        set
    }

    /// The patterns as written.
    pub fn patterns(&self) -> &[String] {
        &self.patterns
    }

    /// Load (or compile) the form that searches Latin text, the form nearly every sentence
    /// takes, before the first search needs it.
    pub(crate) fn load(&self) {
        self.form("");
    }

    /// Whether the form that searches Latin text is loaded.
    #[cfg(test)]
    pub(crate) fn is_loaded(&self) -> bool {
        self.forms.slot(self.forms.form_for("")).get().is_some()
    }

    /// Whether the form that searches ASCII text is searched from word starts (see
    /// [`word_starts`]).
    #[cfg(test)]
    pub(crate) fn searches_from_word_starts(&self) -> bool {
        self.form("").word_starts
    }

    /// The Latin or ASCII-boundary `form` compiled, `None` if the patterns have none.
    fn slot(&self, form: Form) -> Option<&SetForm> {
        self.forms
            .get(form, |form| SetForm::new(&self.patterns, form))
    }

    /// The compiled form to search `haystack` with.
    fn form(&self, haystack: &str) -> &SetForm {
        self.compiled(self.forms.form_for(haystack))
    }

    /// `form` compiled (the pattern as written if it has no such form).
    fn compiled(&self, form: Form) -> &SetForm {
        if form != Form::Full {
            if let Some(found) = self.slot(form) {
                return found;
            }
        }
        self.full.get_or_init(|| {
            Box::new(SetForm::new(&self.patterns, Form::Full).unwrap_or_else(SetForm::empty))
        })
    }

    /// Which patterns match somewhere in `haystack`.
    pub fn matches(&self, haystack: &str) -> SetMatches {
        self.search(haystack, false)
    }

    /// Whether any pattern matches somewhere in `haystack`.
    pub fn is_match(&self, haystack: &str) -> bool {
        self.search(haystack, true).matched_any()
    }

    /// Which patterns match somewhere in `haystack`, `None` if none does: what
    /// [`LazyRegexSet::matches`] says of a text that matches, as fast as
    /// [`LazyRegexSet::is_match`] for one that does not.
    ///
    /// For a caller that reads which patterns matched only when one did. A set searched
    /// from word starts walks every word start whether it stops at the first match or
    /// not, so it is searched once; any other is searched for a match first, which its
    /// DFA's plain search finds faster than the overlapping one that tells patterns apart.
    pub fn matches_any(&self, haystack: &str) -> Option<SetMatches> {
        let form = self.forms.form_for(haystack);
        if self.forms.rules_out(form, &self.patterns, haystack) {
            return None;
        }
        self.compiled(form).search_any(&self.patterns, haystack)
    }

    /// Which patterns match in `haystack` (with `earliest`, at least one if any does).
    fn search(&self, haystack: &str, earliest: bool) -> SetMatches {
        let form = self.forms.form_for(haystack);
        if self.forms.rules_out(form, &self.patterns, haystack) {
            return SetMatches(PatternSet::new(self.patterns.len()));
        }
        self.compiled(form)
            .search(&self.patterns, haystack, earliest)
    }
}

impl fmt::Debug for LazyRegexSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("LazyRegexSet")
            .field(&self.patterns.len())
            .finish()
    }
}

/// Which patterns of a [`LazyRegexSet`] matched.
#[derive(Clone, Debug)]
pub struct SetMatches(PatternSet);

impl SetMatches {
    /// Whether pattern `index` matched.
    pub fn matched(&self, index: usize) -> bool {
        PatternID::new(index).is_ok_and(|id| self.0.contains(id))
    }

    /// Whether any pattern matched.
    pub fn matched_any(&self) -> bool {
        !self.0.is_empty()
    }

    /// The indices of the patterns that matched, in order.
    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().map(|id| id.as_usize())
    }
}

/// One form of a set's patterns, compiled (see [`LazyRegexSet`]).
struct SetForm {
    /// Which form of the patterns it is.
    form: Form,
    /// Searched over the text lower-cased (see [`fold`]).
    folded: bool,
    /// `None` when the patterns compile but not into a lazy DFA.
    dfa: Option<Searcher>,
    /// Every match starts where a word starts: the DFA searches from each word start
    /// (see [`word_starts`]).
    word_starts: bool,
    /// For the texts the DFA gives up on.
    fallback: OnceLock<RegexSet>,
    /// Rebuilt with only the groups of phrases the one document checked can match (see
    /// [`prebuilt::focus`]).
    focused: bool,
    /// The whole set, when `focused`, for a text that is not part of that document.
    whole: OnceLock<Option<Box<SetForm>>>,
}

impl SetForm {
    /// `patterns` (in their Latin form when `latin`) compiled, `None` if they do not
    /// compile (or have no Latin form).
    fn new(patterns: &[String], form: Form) -> Option<SetForm> {
        // A built-in set is loaded from the table made ahead of time; any other is
        // compiled (and recorded, while the table is being made).
        SetForm::load(patterns, form, true)
    }

    /// [`SetForm::new`], with only the groups of phrases the document a one-file check
    /// reads can match when `focused` (see [`prebuilt::focus`]).
    fn load(patterns: &[String], form: Form, focused: bool) -> Option<SetForm> {
        let loaded = prebuilt::load_or_compile_set(
            patterns,
            form,
            focused,
            || compile_nfa(patterns, form),
            || compile_grouped_nfa(patterns, form),
        );
        let focused = loaded.as_ref().is_some_and(|(_, _, pruned)| *pruned);
        let nfa = loaded.map(|(nfa, folded, _)| (nfa, folded));
        let latin = form != Form::Full;
        if latin && nfa.is_none() && patterns.iter().any(|p| hir(p, form).is_none()) {
            // No Latin form.
            return None;
        }
        let folded = nfa.as_ref().is_some_and(|(_, folded)| *folded);
        let word_starts = nfa
            .as_ref()
            .is_some_and(|(nfa, _)| word_starts::worth_it(nfa));
        // Configured as a `RegexSet` configures its own lazy DFA, but forward only.
        let dfa = nfa.and_then(|(nfa, _)| {
            hybrid::dfa::Builder::new()
                .configure(
                    hybrid::dfa::Config::new()
                        .match_kind(MatchKind::All)
                        .unicode_word_boundary(true)
                        .cache_capacity(DFA_CACHE)
                        .minimum_cache_clear_count(Some(3))
                        .minimum_bytes_per_state(Some(10)),
                )
                .build_from_nfa(nfa)
                .ok()
        });
        let fallback = OnceLock::new();
        if dfa.is_none() {
            // Whether the patterns compile at all.
            let set = compile_set(&form_patterns(patterns, latin)?).ok()?;
            fallback.set(set).ok()?;
        }
        Some(SetForm {
            form,
            folded,
            dfa: dfa.map(Searcher::new),
            word_starts,
            fallback,
            focused,
            whole: OnceLock::new(),
        })
    }

    /// A set that matches nothing, for patterns that do not compile.
    fn empty() -> SetForm {
        SetForm {
            form: Form::Full,
            folded: false,
            dfa: None,
            word_starts: false,
            fallback: OnceLock::from(RegexSet::empty()),
            focused: false,
            whole: OnceLock::new(),
        }
    }

    /// [`LazyRegexSet::matches_any`] with this form.
    fn search_any(&self, patterns: &[String], haystack: &str) -> Option<SetMatches> {
        if self.focused && !prebuilt::focus_grams().is_some_and(|g| g.covers(haystack)) {
            let whole = self
                .whole
                .get_or_init(|| SetForm::load(patterns, self.form, false).map(Box::new));
            if let Some(whole) = whole {
                return whole.search_any(patterns, haystack);
            }
        }
        let walks_every_start = self.word_starts && self.dfa.is_some();
        if !walks_every_start && !self.search(patterns, haystack, true).matched_any() {
            return None;
        }
        Some(self.search(patterns, haystack, false)).filter(SetMatches::matched_any)
    }

    /// Which patterns match in `haystack` (with `earliest`, at least one if any does).
    fn search(&self, patterns: &[String], haystack: &str, earliest: bool) -> SetMatches {
        if self.focused && !prebuilt::focus_grams().is_some_and(|g| g.covers(haystack)) {
            let whole = self
                .whole
                .get_or_init(|| SetForm::load(patterns, self.form, false).map(Box::new));
            if let Some(whole) = whole {
                return whole.search(patterns, haystack, earliest);
            }
        }
        if let Some(Searcher { dfa, caches }) = &self.dfa {
            let search = |haystack: &str| {
                let mut cache = caches.get();
                let mut found = PatternSet::new(dfa.pattern_len());
                if self.word_starts {
                    return word_starts::search(dfa, &mut cache, haystack, earliest, &mut found)
                        .then_some(found);
                }
                let result = if earliest {
                    // Whether any pattern matches: the first match state ends the search,
                    // found by the DFA's plain search, which is faster than the overlapping
                    // one that tells every pattern apart.
                    let input = Input::new(haystack).earliest(true);
                    dfa.try_search_fwd(&mut cache, &input).map(|m| {
                        if let Some(m) = m {
                            let _ = found.try_insert(m.pattern());
                        }
                    })
                } else {
                    dfa.try_which_overlapping_matches(&mut cache, &Input::new(haystack), &mut found)
                };
                result.is_ok().then_some(found)
            };
            let found = if self.folded {
                with_folded(haystack, search)
            } else {
                search(haystack)
            };
            if let Some(found) = found {
                return SetMatches(found);
            }
        }
        let set = self.fallback.get_or_init(|| {
            // The patterns compiled into a DFA, so they compile (or match nothing).
            form_patterns(patterns, self.form != Form::Full)
                .and_then(|p| compile_set(&p).ok())
                .unwrap_or_else(RegexSet::empty)
        });
        let mut found = PatternSet::new(set.len());
        for index in set.matches(haystack).iter() {
            if let Ok(id) = PatternID::new(index) {
                let _ = found.try_insert(id);
            }
        }
        SetMatches(found)
    }
}

/// Makes a search cache for a set's DFA.
type CacheFn = Box<dyn Fn() -> hybrid::dfa::Cache + Send + Sync + UnwindSafe + RefUnwindSafe>;

/// A set's lazy DFA and its search caches.
struct Searcher {
    dfa: hybrid::dfa::DFA,
    /// One cache for each thread searching at once, in the pool `regex` keeps its own
    /// caches in: the thread that made the pool takes its cache without a lock.
    caches: Pool<hybrid::dfa::Cache, CacheFn>,
}

impl Searcher {
    fn new(dfa: hybrid::dfa::DFA) -> Searcher {
        let maker = dfa.clone();
        Searcher {
            dfa,
            caches: Pool::new(Box::new(move || maker.create_cache())),
        }
    }
}

/// How much memory each search cache of a phrase table's lazy DFA may grow to (the
/// `regex` default is 2 MiB). The large alternations of the phrase tables (S001's
/// trigger set above all) meet new DFA states in almost every sentence of new text; with
/// the default the cache filled, was cleared and rebuilt again and again, and building
/// states was over 40% of a `caselint check` of 2,000 audits. The cache grows only as
/// far as the text needs.
const DFA_CACHE: usize = 8 << 20;

/// The largest compiled automaton a pattern may make (the `regex` default).
const NFA_SIZE_LIMIT: usize = 10 << 20;

/// `patterns` compiled as a set with room for its lazy DFA (see [`DFA_CACHE`]).
fn compile_set(patterns: &[String]) -> Result<RegexSet, regex::Error> {
    regex::RegexSetBuilder::new(patterns)
        .dfa_size_limit(DFA_CACHE)
        .build()
}

/// The NFA of a set of `patterns` in `form`, without capture groups, as a
/// [`LazyRegexSet`] searches it, and whether it is folded (see [`fold`]); `None` if they
/// do not compile (or have no such form).
pub(super) fn compile_nfa(patterns: &[String], form: Form) -> Option<(thompson::NFA, bool)> {
    compile_set_nfa(patterns, form, false).map(|(nfa, folded, _)| (nfa, folded))
}

/// [`compile_nfa`] with each pattern's widest alternation split into groups of phrases
/// (see [`select::buckets`]), and what each group requires, for a one-file check to leave
/// out the groups its document cannot match (see [`prebuilt::focus`]).
pub(super) fn compile_grouped_nfa(
    patterns: &[String],
    form: Form,
) -> Option<(thompson::NFA, bool, Vec<Vec<Requirement>>)> {
    compile_set_nfa(patterns, form, true)
}

/// [`compile_nfa`], grouped or not (see [`compile_grouped_nfa`]).
fn compile_set_nfa(
    patterns: &[String],
    form: Form,
    grouped: bool,
) -> Option<(thompson::NFA, bool, Vec<Vec<Requirement>>)> {
    // Parsed once: the Latin form is made on the syntax tree and compiled from it.
    let hirs: Vec<Hir> = patterns
        .iter()
        .map(|p| hir(p, form))
        .collect::<Option<_>>()?;
    let (hirs, folded) = match (form != Form::Full).then(|| fold_all(&hirs)) {
        Some(Some(folded)) => (folded, true),
        _ => (hirs, false),
    };
    // Each pattern with a wide alternation is split into groups of its phrases, each
    // factored on its own, so that a check of one document can leave out the groups it
    // cannot match (see [`select`]).
    let mut needs = Vec::with_capacity(hirs.len());
    let hirs: Vec<Hir> = hirs
        .iter()
        .map(|h| match select::buckets(h).filter(|_| grouped) {
            Some(groups) => {
                needs.push(groups.iter().map(|(_, n)| n.clone()).collect());
                let groups = groups.into_iter().zip(1u32..).map(|((g, _), index)| {
                    // A group for each: with no captures compiled, it keeps the groups
                    // from being flattened into one alternation or factored together.
                    Hir::capture(regex_syntax::hir::Capture {
                        index,
                        name: None,
                        sub: Box::new(factor::factor(&g, factor::Order::Any, factor::End::Start)),
                    })
                });
                Hir::alternation(groups.collect())
            }
            None => {
                if grouped {
                    needs.push(vec![select::requirement(h)]);
                }
                factor::factor(h, factor::Order::Any, factor::End::Start)
            }
        })
        .collect();
    let nfa = thompson::Compiler::new()
        .configure(
            thompson::Config::new()
                .which_captures(thompson::WhichCaptures::None)
                .nfa_size_limit(Some(NFA_SIZE_LIMIT)),
        )
        .build_many_from_hir(&hirs)
        .ok()?;
    Some((nfa, folded, needs))
}

/// The forward NFA of `pattern` in `form` with its capture groups, or with `reverse` its
/// reverse NFA, as an [`Engine`] searches them, and whether it is folded (see [`fold`]);
/// `None` if it does not compile (or has no such form).
pub(super) fn compile_regex_nfa(
    pattern: &str,
    form: Form,
    reverse: bool,
) -> Option<(thompson::NFA, bool)> {
    let hir = hir(pattern, form)?;
    let (hir, folded) = match (form != Form::Full).then(|| fold(&hir)) {
        Some(Some(folded)) => (folded, true),
        _ => (hir, false),
    };
    let hir = if reverse {
        factor::factor(&hir, factor::Order::Any, factor::End::Finish)
    } else {
        factor::factor(&hir, factor::Order::First, factor::End::Start)
    };
    let config = thompson::Config::new().nfa_size_limit(Some(NFA_SIZE_LIMIT));
    let config = if reverse {
        config
            .which_captures(thompson::WhichCaptures::None)
            .shrink(form != Form::Full)
            .reverse(true)
    } else {
        config.which_captures(thompson::WhichCaptures::All)
    };
    let nfa = thompson::Compiler::new()
        .configure(config)
        .build_from_hir(&hir)
        .ok()?;
    Some((nfa, folded))
}

/// `hir` for text in lower case: every class without the ASCII capitals (and without ſ
/// and the Kelvin sign, which case folding adds to `s` and `k`), or `None` if `hir` tells
/// a capital from its small letter anywhere (a literal letter, or a class with one and
/// not the other), where lower-casing the text would change what it matches.
///
/// The phrase tables match in any case, so `(?i)` makes each letter a class of two (`k`
/// three): a Thompson NFA state with a list of transitions, allocated one by one when the
/// NFA is built, and a byte class of its own for each capital in every lazy DFA. Folded,
/// a letter is one byte range. Searching a folded pattern over the text with its ASCII
/// capitals lowered (offsets unchanged) matches exactly what the pattern matches over the
/// text, for Latin text without ſ (see [`latin_text`]).
///
/// Lowering the text costs a copy of it at every search, which only a large pattern
/// repays: a pattern with fewer than [`FOLD_LETTERS`] such letters is left as it is.
pub(super) fn fold(hir: &Hir) -> Option<Hir> {
    fold_all(std::slice::from_ref(hir))?.pop()
}

/// How many letters matched in either case a pattern (or set) must have to be folded.
const FOLD_LETTERS: usize = 256;

/// Every one of `hirs` folded (see [`fold`]), if each can be and together they have
/// [`FOLD_LETTERS`] letters.
fn fold_all(hirs: &[Hir]) -> Option<Vec<Hir>> {
    let mut letters = 0;
    let folded = hirs
        .iter()
        .map(|h| fold_in(h, &mut letters))
        .collect::<Option<Vec<_>>>()?;
    (letters >= FOLD_LETTERS).then_some(folded)
}

/// [`fold`], counting in `letters` the classes left with one small letter.
fn fold_in(hir: &Hir, letters: &mut usize) -> Option<Hir> {
    use regex_syntax::hir::{
        Capture, ClassBytes, ClassBytesRange, ClassUnicode, ClassUnicodeRange, HirKind, Repetition,
    };
    Some(match hir.kind() {
        HirKind::Empty => Hir::empty(),
        HirKind::Look(look) => Hir::look(*look),
        HirKind::Literal(literal) => {
            if literal.0.iter().any(u8::is_ascii_alphabetic) {
                return None;
            }
            hir.clone()
        }
        HirKind::Class(regex_syntax::hir::Class::Unicode(class)) => {
            let has = |c: char| {
                class
                    .ranges()
                    .iter()
                    .any(|r| r.start() <= c && c <= r.end())
            };
            if ('a'..='z').any(|c| has(c) != has(c.to_ascii_uppercase())) {
                return None;
            }
            let before = class.ranges().len();
            let mut class = class.clone();
            class.difference(&ClassUnicode::new([
                ClassUnicodeRange::new('A', 'Z'),
                ClassUnicodeRange::new('\u{17F}', '\u{17F}'),
                ClassUnicodeRange::new('\u{212A}', '\u{212A}'),
            ]));
            if let [one] = class.ranges() {
                if before > 1 && one.start() == one.end() && one.start().is_ascii_lowercase() {
                    *letters += 1;
                }
            }
            Hir::class(regex_syntax::hir::Class::Unicode(class))
        }
        HirKind::Class(regex_syntax::hir::Class::Bytes(class)) => {
            let has = |b: u8| {
                class
                    .ranges()
                    .iter()
                    .any(|r| r.start() <= b && b <= r.end())
            };
            if (b'a'..=b'z').any(|b| has(b) != has(b.to_ascii_uppercase())) {
                return None;
            }
            let before = class.ranges().len();
            let mut class = class.clone();
            class.difference(&ClassBytes::new([ClassBytesRange::new(b'A', b'Z')]));
            if let [one] = class.ranges() {
                if before > 1 && one.start() == one.end() && one.start().is_ascii_lowercase() {
                    *letters += 1;
                }
            }
            Hir::class(regex_syntax::hir::Class::Bytes(class))
        }
        HirKind::Repetition(rep) => Hir::repetition(Repetition {
            sub: Box::new(fold_in(&rep.sub, letters)?),
            ..rep.clone()
        }),
        HirKind::Capture(capture) => Hir::capture(Capture {
            sub: Box::new(fold_in(&capture.sub, letters)?),
            ..capture.clone()
        }),
        HirKind::Concat(parts) => Hir::concat(
            parts
                .iter()
                .map(|p| fold_in(p, letters))
                .collect::<Option<_>>()?,
        ),
        HirKind::Alternation(parts) => Hir::alternation(
            parts
                .iter()
                .map(|p| fold_in(p, letters))
                .collect::<Option<_>>()?,
        ),
    })
}

/// Whether `text` has an ASCII capital (a folded pattern searches it lowered).
pub(super) fn has_capital(text: &str) -> bool {
    text.bytes().any(|b| b.is_ascii_uppercase())
}

/// The longest text [`LOWERED`] keeps (the rules' sentences and sections are far shorter).
const LOWERED_LONGEST: usize = 16 << 10;

thread_local! {
    /// The text last lowered on this thread, lowered: the rules ask many matchers about
    /// one sentence in turn, and it is copied once rather than at every search.
    static LOWERED: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// `with` called on `text` as a folded pattern searches it: with its ASCII capitals
/// lowered (see [`fold`]), offsets unchanged.
pub(super) fn with_folded<R>(text: &str, with: impl FnOnce(&str) -> R) -> R {
    if !has_capital(text) {
        return with(text);
    }
    if text.len() > LOWERED_LONGEST {
        // Not kept: a whole long document would stay in memory until the thread ends.
        return with(&text.to_ascii_lowercase());
    }
    LOWERED.with(|cell| match cell.try_borrow_mut() {
        Ok(mut last) => {
            // The lowered copy of a text is the only lowered string equal to it ignoring
            // ASCII case.
            if !last.eq_ignore_ascii_case(text) {
                last.clear();
                last.push_str(text);
                last.make_ascii_lowercase();
            }
            with(&last)
        }
        // A search within a search: a copy of its own.
        Err(_) => with(&text.to_ascii_lowercase()),
    })
}

/// A regular expression that matches nothing.
pub fn never() -> Regex {
    Regex::new(r"[^\s\S]").expect("empty matcher is valid")
}

/// Whether every word and space character of `text` is in the Latin range, where the
/// Latin form of a pattern matches exactly as the pattern does, and `text` has no long s
/// (ſ, U+017F, which case folding makes equal to `s`: the folded form, see [`fold`],
/// leaves it out).
pub fn latin_text(text: &str) -> bool {
    text_form(text) != Form::Full
}

/// The form of a pattern that searches `text` as the pattern would: [`Form::Ascii`] if
/// its word characters are all ASCII and its spaces Latin, [`Form::Latin`] if its word and
/// space characters are all Latin (see [`latin_text`]), else [`Form::Full`].
pub fn text_form(text: &str) -> Form {
    // Every search asks this of its text, so only characters beyond ASCII are decoded.
    if text.is_ascii() {
        return Form::Ascii;
    }
    let bytes = text.as_bytes();
    let mut form = Form::Ascii;
    let mut at = 0;
    while let Some(found) = bytes
        .get(at..)
        .and_then(|rest| crate::text::find_byte(rest, |b| b >= 0x80))
    {
        at += found;
        let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else {
            return Form::Full;
        };
        at += c.len_utf8();
        if c <= LATIN_END {
            if c == '\u{17F}' {
                return Form::Full;
            }
            if LATIN_WORD.iter().any(|&(low, high)| low <= c && c <= high) {
                form = Form::Latin;
            }
            continue;
        }
        // Dashes, quotation marks, bullets and the ellipsis (U+2010 to U+2027), common in
        // any English text, are neither word nor space characters.
        if ('\u{2010}'..='\u{2027}').contains(&c) {
            continue;
        }
        if regex_syntax::is_word_character(c) || c.is_whitespace() {
            return Form::Full;
        }
    }
    form
}

/// `pattern` with each Perl class limited to the Latin range: `\w` to the Latin word
/// characters, `\W` to everything else, `\d` to ASCII digits (the only decimal digits
/// there), `\D` to everything else, `\s` to the Latin spaces, `\S` to everything else. `None` when the pattern does not parse or sets the
/// Unicode flag for the rest of a group (scoped `(?-u:…)` groups are kept as written).
pub fn latin_form(pattern: &str) -> Option<String> {
    let mut parsed = ast::parse::Parser::new().parse(pattern).ok()?;
    limit(&mut parsed, true)?;
    let mut out = String::new();
    ast::print::Printer::new().print(&parsed, &mut out).ok()?;
    Some(out)
}

/// `patterns` in their Latin form when `latin`, else as written.
fn form_patterns(patterns: &[String], latin: bool) -> Option<Vec<String>> {
    if latin {
        patterns.iter().map(|p| latin_form(p)).collect()
    } else {
        Some(patterns.to_vec())
    }
}

/// `pattern` parsed (as a `regex` would parse it), in `form`: with its Perl classes
/// limited to the Latin range (see [`latin_form`]), and for [`Form::Ascii`] its word
/// boundaries made ASCII ones (for [`Form::Relaxed`], its Unicode ones dropped).
pub(super) fn hir(pattern: &str, form: Form) -> Option<Hir> {
    let mut parsed = ast::parse::Parser::new().parse(pattern).ok()?;
    if form != Form::Full {
        limit(&mut parsed, true)?;
    }
    let hir = regex_syntax::hir::translate::Translator::new()
        .translate(pattern, &parsed)
        .ok()?;
    Some(match form {
        Form::Ascii => boundaries(&hir, &|look| Some(ascii_look(look))),
        Form::Relaxed => boundaries(&hir, &|look| (ascii_look(look) == look).then_some(look)),
        Form::Full | Form::Latin => hir,
    })
}

/// The ASCII word boundary of a Unicode one (see [`Form::Ascii`]); any other assertion as
/// it is.
fn ascii_look(look: regex_syntax::hir::Look) -> regex_syntax::hir::Look {
    use regex_syntax::hir::Look;
    match look {
        Look::WordUnicode => Look::WordAscii,
        Look::WordUnicodeNegate => Look::WordAsciiNegate,
        Look::WordStartUnicode => Look::WordStartAscii,
        Look::WordEndUnicode => Look::WordEndAscii,
        Look::WordStartHalfUnicode => Look::WordStartHalfAscii,
        Look::WordEndHalfUnicode => Look::WordEndHalfAscii,
        other => other,
    }
}

/// `hir` with each assertion what `to` makes of it: another assertion, or (`None`) the
/// empty string.
fn boundaries(
    hir: &Hir,
    to: &impl Fn(regex_syntax::hir::Look) -> Option<regex_syntax::hir::Look>,
) -> Hir {
    use regex_syntax::hir::{Capture, HirKind, Repetition};
    match hir.kind() {
        HirKind::Look(look) => to(*look).map_or_else(Hir::empty, Hir::look),
        HirKind::Repetition(rep) => Hir::repetition(Repetition {
            sub: Box::new(boundaries(&rep.sub, to)),
            ..rep.clone()
        }),
        HirKind::Capture(capture) => Hir::capture(Capture {
            sub: Box::new(boundaries(&capture.sub, to)),
            ..capture.clone()
        }),
        HirKind::Concat(parts) => Hir::concat(parts.iter().map(|p| boundaries(p, to)).collect()),
        HirKind::Alternation(parts) => {
            Hir::alternation(parts.iter().map(|p| boundaries(p, to)).collect())
        }
        HirKind::Empty | HirKind::Literal(_) | HirKind::Class(_) => hir.clone(),
    }
}

/// Whether `pattern` may have a Unicode word boundary: a `\b`, `\B`, `\<`, `\>` or
/// `\b{…}` other than the `(?-u:\b)` that [`super::evidence::ascii_boundaries`] writes.
/// It errs towards yes (a boundary in a wider `(?-u)` group is ASCII, and counted), which
/// only costs a form that is the same as the Latin one.
pub(super) fn may_have_unicode_boundary(pattern: &str) -> bool {
    let bytes = pattern.as_bytes();
    let mut at = 0;
    while let Some(found) = bytes
        .get(at..)
        .and_then(|rest| rest.iter().position(|&b| b == b'\\'))
    {
        at += found;
        if let Some(&next) = bytes.get(at + 1) {
            if matches!(next, b'b' | b'B' | b'<' | b'>') {
                let ascii = bytes[..at].ends_with(b"(?-u:")
                    && next == b'b'
                    && bytes.get(at + 2) == Some(&b')');
                if !ascii {
                    return true;
                }
            }
        }
        at += 2;
    }
    false
}

/// Whether a group's flags leave Unicode mode on, given it was `unicode` before.
fn unicode_after(flags: &ast::Flags, unicode: bool) -> bool {
    let mut on = true;
    let mut result = unicode;
    for item in &flags.items {
        match item.kind {
            ast::FlagsItemKind::Negation => on = false,
            ast::FlagsItemKind::Flag(ast::Flag::Unicode) => result = on,
            ast::FlagsItemKind::Flag(_) => {}
        }
    }
    result
}

/// Records in `names` (by capture index) the name of every capture group in `node`.
fn capture_names(node: &Ast, names: &mut Vec<Option<String>>) {
    match node {
        Ast::Group(group) => {
            let (index, name) = match &group.kind {
                ast::GroupKind::CaptureIndex(index) => (Some(*index), None),
                ast::GroupKind::CaptureName { name, .. } => {
                    (Some(name.index), Some(name.name.clone()))
                }
                ast::GroupKind::NonCapturing(_) => (None, None),
            };
            if let Some(index) = index.and_then(|i| usize::try_from(i).ok()) {
                if names.len() <= index {
                    names.resize(index + 1, None);
                }
                names[index] = name;
            }
            capture_names(&group.ast, names);
        }
        Ast::Repetition(rep) => capture_names(&rep.ast, names),
        Ast::Alternation(alt) => alt.asts.iter().for_each(|a| capture_names(a, names)),
        Ast::Concat(concat) => concat.asts.iter().for_each(|a| capture_names(a, names)),
        Ast::Empty(_)
        | Ast::Flags(_)
        | Ast::Literal(_)
        | Ast::Dot(_)
        | Ast::Assertion(_)
        | Ast::ClassUnicode(_)
        | Ast::ClassPerl(_)
        | Ast::ClassBracketed(_) => {}
    }
}

fn limit(node: &mut Ast, unicode: bool) -> Option<()> {
    match node {
        Ast::Flags(set) => {
            // A flag set for the rest of the group: give up if it touches Unicode mode.
            let touches = set
                .flags
                .items
                .iter()
                .any(|i| i.kind == ast::FlagsItemKind::Flag(ast::Flag::Unicode));
            (!touches).then_some(())
        }
        Ast::ClassPerl(perl) => {
            if unicode {
                if let Some(class) = latin_perl(perl) {
                    *node = Ast::class_bracketed(class);
                }
            }
            Some(())
        }
        Ast::ClassBracketed(class) => {
            if unicode {
                limit_set(&mut class.kind);
            }
            Some(())
        }
        Ast::Repetition(rep) => limit(&mut rep.ast, unicode),
        Ast::Group(group) => {
            let inner = match &group.kind {
                ast::GroupKind::NonCapturing(flags) => unicode_after(flags, unicode),
                _ => unicode,
            };
            limit(&mut group.ast, inner)
        }
        Ast::Alternation(alt) => alt.asts.iter_mut().try_for_each(|a| limit(a, unicode)),
        Ast::Concat(concat) => concat.asts.iter_mut().try_for_each(|a| limit(a, unicode)),
        Ast::Empty(_)
        | Ast::Literal(_)
        | Ast::Dot(_)
        | Ast::Assertion(_)
        | Ast::ClassUnicode(_) => Some(()),
    }
}

fn limit_set(set: &mut ClassSet) {
    match set {
        ClassSet::Item(item) => limit_item(item),
        ClassSet::BinaryOp(op) => {
            limit_set(&mut op.lhs);
            limit_set(&mut op.rhs);
        }
    }
}

fn limit_item(item: &mut ClassSetItem) {
    match item {
        ClassSetItem::Perl(perl) => {
            if let Some(class) = latin_perl(perl) {
                *item = ClassSetItem::Bracketed(Box::new(class));
            }
        }
        ClassSetItem::Bracketed(class) => limit_set(&mut class.kind),
        ClassSetItem::Union(union) => union.items.iter_mut().for_each(limit_item),
        ClassSetItem::Empty(_)
        | ClassSetItem::Literal(_)
        | ClassSetItem::Range(_)
        | ClassSetItem::Ascii(_)
        | ClassSetItem::Unicode(_) => {}
    }
}

/// The Latin form of a Perl class.
fn latin_perl(perl: &ast::ClassPerl) -> Option<ast::ClassBracketed> {
    let ranges: &[(char, char)] = match perl.kind {
        ClassPerlKind::Word => LATIN_WORD,
        ClassPerlKind::Digit => &[('0', '9')],
        ClassPerlKind::Space => LATIN_SPACE,
    };
    let span = perl.span;
    let literal = |c: char| ast::Literal {
        span,
        kind: ast::LiteralKind::HexBrace(ast::HexLiteralKind::X),
        c,
    };
    let items = ranges
        .iter()
        .map(|&(start, end)| {
            ClassSetItem::Range(ast::ClassSetRange {
                span,
                start: literal(start),
                end: literal(end),
            })
        })
        .collect();
    Some(ast::ClassBracketed {
        span,
        negated: perl.negated,
        kind: ClassSet::Item(ClassSetItem::Union(ast::ClassSetUnion { span, items })),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compiles_at_first_use() {
        let regex = LazyRegex::new(r"(?i)\bseen\b".to_owned());
        assert!(regex.full.get().is_none() && regex.forms.latin.get().is_none());
        assert!(regex.is_match("Not SEEN since May"));
        // Whether it matches takes a forward DFA only.
        assert!(regex.forms.ascii.get().is_none() && regex.test.get().is_some());
        // Text whose word characters are ASCII takes the form with ASCII word
        // boundaries; a Latin letter beyond ASCII, the Latin form.
        assert_eq!(regex.find("was seen ‘alone’").map(|m| m.start()), Some(4));
        assert!(regex.forms.ascii.get().is_some_and(Option::is_some));
        assert!(regex.forms.latin.get().is_none());
        assert_eq!(regex.find("Zoë was seen").map(|m| m.start()), Some(9));
        assert!(regex.forms.latin.get().is_some_and(Option::is_some));
        assert!(regex.full.get().is_none());
        // A pattern whose word boundaries are all ASCII has one Latin form.
        let ascii = LazyRegex::new(r"(?i)(?-u:\b)seen(?-u:\b)".to_owned());
        assert!(ascii.find("was seen").is_some());
        assert!(ascii.forms.latin.get().is_some() && ascii.forms.ascii.get().is_none());
        // Once compiled, the regex answers.
        assert!(regex.is_match("seen"));
        assert!(!regex.is_match("unseen"));
    }

    /// Everything a matcher reports of `text`, in plain values: each match of
    /// `find_iter`, each group of each match of `captures_iter`, the first match from each
    /// start, and whether each suffix matches at all. `LazyRegex` and `regex::Regex` have the same methods, so one body reads
    /// both.
    type Report = (
        Vec<(usize, usize)>,
        Vec<Vec<Option<(usize, usize)>>>,
        Vec<Option<usize>>,
        Vec<bool>,
    );

    macro_rules! report {
        ($matcher:expr, $text:expr) => {{
            let (matcher, text) = (&$matcher, $text);
            let finds = matcher
                .find_iter(text)
                .map(|m| (m.start(), m.end()))
                .collect();
            let groups = matcher
                .captures_iter(text)
                .map(|c| c.iter().map(|g| g.map(|m| (m.start(), m.end()))).collect())
                .collect();
            let starts = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .map(|i| matcher.find_at(text, i).map(|m| m.end()))
                .collect();
            // Asked after the searches above, so of the compiled matcher.
            let matches = (0..=text.len())
                .filter_map(|i| text.get(i..))
                .map(|rest| matcher.is_match(rest))
                .collect();
            let report: Report = (finds, groups, starts, matches);
            report
        }};
    }

    fn lazy_report(pattern: &str, text: &str) -> Report {
        report!(LazyRegex::new(pattern.to_owned()), text)
    }

    fn regex_report(pattern: &str, text: &str) -> Report {
        report!(Regex::new(pattern).expect("valid"), text)
    }

    #[test]
    fn the_engine_finds_what_a_regex_finds() {
        let patterns = [
            r"(?i)\b(?P<verb>has|have|had)(?:\s+not|n['’]t)\s+(?:been\s+)?(seen|visited)\b",
            r"(?i)(?-u:\b)(?:no\s+one|nobody)(?:\s+\w+){0,3}\s+(?P<what>checked|asked)(?-u:\b)",
            r"(?i)\b(?:(?P<e0>poor|bad)|(?P<e1>sub-?standard)|(?P<e2>lazy))\s+(?P<noun>\w+)",
            r"\w*",
            r"(?:a|)",
            r"(?i)^\W*(?:and\s+|but\s+)?(?:then|next)\b",
            r"(?i)[;:,()\u{2013}\u{2014}]|\s+-\s+",
            r"(?x)\b(?P<d>[0-9]{1,2})(?:st|nd|rd|th)?\s+(?P<m>Jan|Feb|March)\b",
            r"Zoë\b|\bΚώστας",
        ];
        let texts = [
            "",
            "Jo had not been seen; Sam HASN’T visited, and Ali have not seen.",
            "Nobody in the team ever checked. No one asked. no one really, truly, ever asked",
            "Poor recording and sub-standard notes; a lazy   plan. POOR-ish",
            "Zoë was not seen by Κώστας (the worker) – and then nothing. 3rd March",
            "and then, next: 12th Feb – 1 Jan",
            "a b  c ëa ΚώσταςΚώστας Zoëa",
        ];
        for pattern in patterns {
            for text in texts {
                assert_eq!(
                    lazy_report(pattern, text),
                    regex_report(pattern, text),
                    "{pattern:?} on {text:?}"
                );
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn the_engine_finds_what_a_regex_finds_in_any_text(text in "[a-zA-Z ,.;’ëΚ\u{2009}-]{0,40}") {
            for pattern in [r"(?i)\b(?:not|never)\s+(?P<w>\w+)\b", r"(?i)(?-u:\b)a(?:\s+\w+){0,2}\s*", r"ë*|\s"] {
                proptest::prop_assert_eq!(lazy_report(pattern, &text), regex_report(pattern, &text));
            }
        }

        /// Folded patterns (searched over the text lower-cased) and those that cannot be
        /// folded, over text in any case, with the letters case folding ties to ASCII
        /// ones (ſ, the Kelvin sign) and the dotted and dotless i.
        #[test]
        fn folded_patterns_find_what_a_regex_finds(text in "[kKsSiIſ\u{212A}İıéÉ ’-]{0,24}") {
            for pattern in [
                r"(?i)\b(?:sk|is)\w*",
                r"(?i)s[^k\s]",
                r"(?i)(?P<a>k+)\s*(?P<b>ı|İ|é)?",
                r"[a-z]+",
                r"(?i)S(?-i:k)",
                r"[^S\s]+",
            ] {
                let pattern = &big(pattern);
                proptest::prop_assert_eq!(lazy_report(pattern, &text), regex_report(pattern, &text));
                let set = LazyRegexSet::new([pattern.to_owned()]);
                let regex = Regex::new(pattern).expect("valid");
                proptest::prop_assert_eq!(set.is_match(&text), regex.is_match(&text));
            }
        }
    }

    /// `pattern` with an alternative of enough letters in either case for it to be folded
    /// (see `FOLD_LETTERS`), none of which is in the texts the tests search.
    fn big(pattern: &str) -> String {
        format!("(?:{pattern})|(?i:{})", ["alpha"; 60].join("|beta"))
    }

    #[test]
    fn a_folded_search_sees_the_text_lowered_at_any_length_and_within_another() {
        let long = "Ab ".repeat(20_000);
        for text in ["No Capitals? Yes – Zoë", "plain", "PLAIN", long.as_str()] {
            let lowered = text.to_ascii_lowercase();
            with_folded(text, |t| {
                assert_eq!(t, lowered);
                // A search within a search gets a copy of its own.
                with_folded("Inner TEXT", |u| assert_eq!(u, "inner text"));
                assert_eq!(t, lowered);
            });
            // The kept copy is the text's own, not the last one's.
            with_folded(text, |t| assert_eq!(t, lowered));
            with_folded("Other", |t| assert_eq!(t, "other"));
        }
    }

    #[test]
    fn only_patterns_that_match_in_any_case_are_folded() {
        let folds = |p: &str| fold(&hir(&big(p), Form::Latin).expect("parses")).is_some();
        assert!(folds(r"(?i)\bnot\s+seen\b"));
        assert!(folds(r"(?i)[^a-z\s]|\w+|[’'-]|seen"));
        assert!(folds(r"[A-Za-z0-9_'’-]+"));
        // A letter in one case only: lowering the text would change what it matches.
        assert!(!folds(r"seen"));
        assert!(!folds(r"(?i)Jan(?-i:uary)"));
        assert!(!folds(r"[A-Z]\w+"));
        assert!(!folds(r"(?i)x|[^a-z]y|(?-i:[^a-z])"));
        // A small pattern is not worth a copy of the text at every search.
        assert!(fold(&hir(r"(?i)\bnot\s+seen\b", Form::Latin).expect("parses")).is_none());
        assert!(fold(&hir(r"(?s)<!--.*?-->|\w+", Form::Latin).expect("parses")).is_none());
        // A folded letter is one byte range, not a list of the cases.
        let (nfa, folded) =
            compile_regex_nfa(&big(r"(?i)\bseen\b"), Form::Latin, false).expect("compiles");
        assert!(folded);
        assert!(!nfa
            .states()
            .iter()
            .any(|s| matches!(s, thompson::State::Sparse(_))));
        let (_, folded) =
            compile_regex_nfa(&big(r"(?i)\bseen\b"), Form::Full, false).expect("compiles");
        assert!(!folded, "the pattern as written is never folded");
    }

    #[test]
    fn is_match_agrees_with_the_regex() {
        let patterns = [
            r"(?i)\bseen\b",
            r"(?i)(?-u:\b)not\s+seen(?-u:\b)",
            r"^\W*note\b",
            r"\w+ë$",
            r"x*",
            r"(unclosed",
        ];
        for pattern in patterns {
            let lazy = LazyRegex::new(pattern.to_owned());
            let regex = Regex::new(pattern).unwrap_or_else(|_| never());
            for text in [
                "",
                "Not SEEN",
                "unseenë",
                "ë seen",
                "Ζωή seen",
                "seenΖ",
                " note: seen",
                "…note",
                "naïveë",
                "Ζωήë",
            ] {
                assert_eq!(
                    lazy.is_match(text),
                    regex.is_match(text),
                    "{pattern} {text:?}"
                );
            }
        }
    }

    #[test]
    fn latin_word_and_space_are_unicode_within_the_latin_range() {
        for class in [r"\w", r"\s"] {
            let latin = Regex::new(&format!("^{}$", latin_form(class).unwrap())).unwrap();
            let unicode = Regex::new(&format!("^{class}$")).unwrap();
            for c in '\0'..='\u{24F}' {
                let s = c.to_string();
                assert_eq!(latin.is_match(&s), unicode.is_match(&s), "{class} {c:?}");
            }
        }
    }

    /// `latin_text` tells spaces with `char::is_whitespace`: the characters of `\s`.
    #[test]
    fn whitespace_is_the_unicode_space_class() {
        let parsed = regex_syntax::Parser::new().parse(r"\s").unwrap();
        let regex_syntax::hir::HirKind::Class(regex_syntax::hir::Class::Unicode(class)) =
            parsed.kind()
        else {
            panic!("\\s is a Unicode class");
        };
        let spaces: Vec<char> = ('\0'..=char::MAX).filter(|c| c.is_whitespace()).collect();
        let in_class: Vec<char> = class.iter().flat_map(|r| r.start()..=r.end()).collect();
        assert_eq!(spaces, in_class);
        assert!(!latin_text("a\u{2009}b") && !latin_text("a\u{3000}b"));
        assert!(latin_text("a\u{A0}b\u{85}c\u{200B}"));
    }

    /// Characters the Latin form must treat exactly as Unicode does: the Latin range, and
    /// characters beyond it that are neither word nor space (curly quotes, dashes,
    /// symbols, a zero-width space).
    fn domain() -> impl Iterator<Item = char> {
        ('\0'..='\u{24F}').chain([
            '\u{2019}',
            '\u{201C}',
            '\u{2013}',
            '\u{2014}',
            '\u{2026}',
            '\u{2022}',
            '\u{20AC}',
            '\u{1F600}',
            '\u{FEFF}',
            '\u{200B}',
        ])
    }

    #[test]
    fn latin_forms_match_as_written_on_latin_text() {
        for pattern in [
            r"\w",
            r"\W",
            r"\d",
            r"\D",
            r"\s",
            r"\S",
            r"[\s,]+",
            r"[^\s\d]",
            r"(?i)\s+k",
            r"[^\w;:,.!?]",
            r"[\w'’-]",
            r"[^\W\d]",
            r"[\w&&[^\d]]",
            r"(?i)\w",
            r"(?i)\W",
            r"(?i)[^\w;:,.!?]",
            r"(?i)[^\W]",
            r"(?i)k\w",
            r"(?i)[A-Za-z0-9_'’-]",
            r"(?-u:\w)",
            r"(?i)(?-u:\w)\W",
        ] {
            let latin = latin_form(pattern).unwrap();
            let latin = Regex::new(&format!("^(?:{latin})$")).unwrap();
            let full = Regex::new(&format!("^(?:{pattern})$")).unwrap();
            for c in domain() {
                for s in [c.to_string(), format!("k{c}"), format!("{c}a")] {
                    assert_eq!(latin.is_match(&s), full.is_match(&s), "{pattern} on {s:?}");
                }
            }
        }
    }

    #[test]
    fn latin_text_is_read_from_the_characters() {
        let by_characters = |text: &str| {
            text.chars().all(|c| {
                c != '\u{17F}'
                    && (c <= LATIN_END
                        || !(regex_syntax::is_word_character(c) || c.is_whitespace()))
            })
        };
        for text in [
            "",
            "plain",
            "Zoë’s “plan” – Łukasz\u{24F}",
            "\u{240}\u{24F}\u{250}",
            "a\u{250}",
            "ʼn",
            "a\u{2009}b",
            "…\u{1F600}\u{FEFF}",
            "Ζωή",
            "x\u{3000}",
            "\u{C9}\u{C8}\u{FF}",
        ] {
            assert_eq!(latin_text(text), by_characters(text), "{text:?}");
        }
        for c in ('\0'..='\u{3000}').chain(['\u{1F600}', '\u{10FFFF}']) {
            let text = format!("a{c}b");
            assert_eq!(latin_text(&text), by_characters(&text), "{c:?}");
        }
    }

    #[test]
    fn non_latin_words_use_the_pattern_as_written() {
        assert!(latin_text("Zoë and Siân’s “plan” – Łukasz"));
        assert!(!latin_text("Ζωή"));
        assert!(!latin_text("Zoe\u{301}"));
        let regex = LazyRegex::new(r"(?i)\bsaw\s+\w+\b".to_owned());
        assert_eq!(
            regex.find("She saw Ζωή today").map(|m| m.as_str()),
            Some("saw Ζωή")
        );
        assert_eq!(
            regex.find("She saw Zoë today").map(|m| m.as_str()),
            Some("saw Zoë")
        );
        // A whole-word match does not end inside a word with a non-ASCII letter.
        let word = LazyRegex::new(r"(?i)\bzo\b".to_owned());
        assert!(!word.is_match("Zoë"));
        assert!(word.is_match("Zo ë"));
    }

    #[test]
    fn unicode_mode_set_for_the_rest_of_a_group_keeps_the_pattern() {
        assert_eq!(latin_form(r"a(?-u)\w"), None);
        assert!(latin_form(r"(?i)a(?-u:\w)\w").is_some());
    }

    #[test]
    fn sets_pick_the_form_that_fits_the_text() {
        let set = LazyRegexSet::new([r"(?i)\bseen\b".to_owned(), r"\w+ë".to_owned()]);
        assert!(set.matches("not SEEN").matched(0));
        assert!(!set.matches("not SEEN").matched(1));
        assert!(set.matches("Zoë was seen").matched(1));
        assert!(set.matches("Ζωήë").matched(1));
        assert!(set.forms.latin.get().is_some_and(Option::is_some));
    }

    #[test]
    fn capture_names_are_read_without_compiling() {
        for pattern in [
            r"(?i)\b(?:(?P<x>a|b)|(?P<e0>c(d)?)|(?P<e1>(?:e)(?P<inner>f)))\b",
            r"(a)(b(c))(?P<n>d)",
            r"no groups",
            r"(?x) ( a ) # (not a group)",
        ] {
            let lazy = LazyRegex::new(pattern.to_owned());
            let names = lazy.capture_names();
            assert!(lazy.full.get().is_none());
            let compiled: Vec<Option<String>> = Regex::new(pattern)
                .unwrap()
                .capture_names()
                .map(|n| n.map(str::to_owned))
                .collect();
            assert_eq!(names, compiled, "{pattern}");
        }
        assert_eq!(
            LazyRegex::new("(unclosed".to_owned()).capture_names(),
            [None]
        );
    }

    /// What a `RegexSet` of `patterns` finds in `text`.
    fn regex_set(patterns: &[String], text: &str) -> Vec<usize> {
        RegexSet::new(patterns)
            .unwrap()
            .matches(text)
            .iter()
            .collect()
    }

    #[test]
    fn sets_find_what_a_regex_set_finds() {
        let patterns: Vec<String> = [
            r"(?i)\bseen\b",
            r"(?i)(?-u:\b)not\s+seen(?-u:\b)",
            r"\w+ë",
            r"(?i)\b(?:hit|hurt)s?\s+(?:him|her)\b",
            r"^\W*note\b",
            r"\d{1,2}/\d{1,2}",
            r"(?i)z",
            r"x*",
        ]
        .map(str::to_owned)
        .to_vec();
        let set = LazyRegexSet::new(patterns.clone());
        for text in [
            "",
            "Not SEEN since 4/11",
            "not seen",
            "Zoë was seen; father hurts her",
            "Ζωή was seen; father hurts her",
            "seenΖ",
            "Ζseen",
            "Note: seen",
            "…note",
            "na\u{EF}ve seen\u{301}",
            "\u{212A}nown hits him",
        ] {
            let found: Vec<usize> = set.matches(text).iter().collect();
            let expected = regex_set(&patterns, text);
            assert_eq!(found, expected, "{text:?}");
            for i in 0..patterns.len() + 2 {
                assert_eq!(set.matches(text).matched(i), expected.contains(&i));
            }
            assert_eq!(set.is_match(text), !expected.is_empty(), "{text:?}");
        }
    }

    proptest::proptest! {
        /// In any text (ASCII, with curly quotes, with a Latin letter beyond ASCII, with
        /// Greek or a thin space: each form of the set), a set finds what a `RegexSet`
        /// finds.
        #[test]
        fn sets_find_what_a_regex_set_finds_in_any_text(text in "[a-zA-Z ,.’“”–ëΚ\u{2009}]{0,30}") {
            let patterns: Vec<String> = [
                r"(?i)\b(?:seen|see)\b",
                r"(?i)(?-u:\b)not\s+seen(?-u:\b)",
                r"\b\w+ë\b",
                r"(?i)\bs\w*\B",
                r"’\w",
            ]
            .map(str::to_owned)
            .to_vec();
            let set = LazyRegexSet::new(patterns.clone());
            let found: Vec<usize> = set.matches(&text).iter().collect();
            let expected = regex_set(&patterns, &text);
            proptest::prop_assert_eq!(set.is_match(&text), !expected.is_empty());
            proptest::prop_assert_eq!(found, expected);
        }
    }

    #[test]
    fn sets_do_not_build_what_they_do_not_need() {
        let set = LazyRegexSet::new([r"(?i)(?-u:\b)seen(?-u:\b)".to_owned()]);
        assert!(set.matches("It was seen.").matched(0));
        let latin = set.forms.latin.get().and_then(Option::as_ref).unwrap();
        assert!(latin.dfa.is_some());
        assert!(latin.fallback.get().is_none());
        // A Unicode `\b` next to a non-ASCII letter: the DFA gives up, the answer holds.
        let set = LazyRegexSet::new([r"(?i)\bseen\b".to_owned()]);
        assert!(!set.matches("unseenë").matched(0));
        assert!(set.matches("ë seen").matched(0));
        let latin = set.forms.latin.get().and_then(Option::as_ref).unwrap();
        assert!(latin.dfa.is_some() && latin.fallback.get().is_some());
        // Curly quotes and dashes are not word characters: the form with ASCII word
        // boundaries searches such text, and its DFA does not give up.
        let set = LazyRegexSet::new([r"(?i)\bseen\b".to_owned()]);
        assert!(set.matches("Jo’s “room” – seen").matched(0));
        assert!(!set.matches("Jo’s “room” – unseen").matched(0));
        assert!(set.forms.latin.get().is_none());
        let ascii = set.forms.ascii.get().and_then(Option::as_ref).unwrap();
        assert!(ascii.dfa.is_some() && ascii.fallback.get().is_none());
    }

    /// Where the lazy DFA gives up (a Unicode `\b` and a Latin letter beyond ASCII), a
    /// short text is searched by the bounded backtracker, which finds what `regex` finds;
    /// the PikeVM is not needed.
    #[test]
    fn short_texts_the_dfa_gives_up_on_are_searched_by_the_backtracker() {
        let pattern = r"(?i)\b(?:was|has\s+been)\s+seen\b";
        let regex = LazyRegex::new(pattern.to_owned());
        let expected = Regex::new(pattern).unwrap();
        for text in [
            "Zoë was seen",
            "Zoë has been SEEN.",
            "Zoë was unseen",
            "seenë was seen",
        ] {
            assert_eq!(
                regex.find(text).map(|m| (m.start(), m.end())),
                expected.find(text).map(|m| (m.start(), m.end())),
                "{text:?}"
            );
            assert_eq!(regex.is_match(text), expected.is_match(text), "{text:?}");
        }
        let latin = regex.forms.latin.get().and_then(Option::as_ref).unwrap();
        assert!(!latin.used_pikevm());
    }

    /// A pattern's first matches are found without its reverse NFA, by the backtracker; once
    /// it has matched often, the reverse DFA finds them. Both find what `regex` finds.
    #[test]
    fn the_first_matches_start_by_backtracking_and_later_ones_by_the_reverse_dfa() {
        let pattern = r"(?i)\b(?:was|has\s+been)\s+(?P<what>seen|visited)\b";
        let regex = LazyRegex::new(pattern.to_owned());
        let expected = Regex::new(pattern).unwrap();
        let text = "Jo was seen. Sam has been VISITED; Ali was unseen, and Mo was   visited.";
        let lazy_spans = || -> Vec<(usize, usize)> {
            regex
                .find_iter(text)
                .map(|m| (m.start(), m.end()))
                .collect()
        };
        let spans: Vec<(usize, usize)> = expected
            .find_iter(text)
            .map(|m| (m.start(), m.end()))
            .collect();
        assert_eq!(spans.len(), 3);
        let first = regex.find(text).map(|m| (m.start(), m.end()));
        assert_eq!(first, spans.first().copied());
        let engine = regex.forms.ascii.get().and_then(Option::as_ref).unwrap();
        assert!(!engine.reverse_is_loaded());
        // Every pass the backtracker finds the starts of: the same matches, until it has
        // searched its budget of text; the text is far shorter than the budget, so that
        // takes several passes.
        let pass: usize = spans.iter().map(|s| s.1).max().unwrap();
        let passes = super::super::engine::BACKTRACK_BYTES as usize / pass + 1;
        let mut backtracked = 0;
        while !engine.reverse_is_loaded() && backtracked <= passes {
            assert_eq!(lazy_spans(), spans);
            backtracked += 1;
        }
        assert!(backtracked > 1, "loaded after {backtracked} passes");
        assert!(
            engine.reverse_is_loaded(),
            "not loaded after {backtracked} passes"
        );
        assert_eq!(lazy_spans(), spans);
        let groups: Vec<_> = regex
            .captures_iter(text)
            .map(|c| c.name("what").map(|m| m.start()))
            .collect();
        let want: Vec<_> = expected
            .captures_iter(text)
            .map(|c| c.name("what").map(|m| m.start()))
            .collect();
        assert_eq!(groups, want);
    }

    /// A matcher no text has needed yet is small: its compiled forms are boxed (an engine
    /// is over a kilobyte, and a matcher held all of its forms inline, 7 KB, before).
    #[test]
    fn matchers_not_yet_compiled_are_small() {
        assert!(std::mem::size_of::<LazyRegex>() <= 256);
        assert!(std::mem::size_of::<LazyRegexSet>() <= 256);
        assert!(std::mem::size_of::<Engine>() > 256);
    }

    /// On Latin text beyond ASCII, where a Unicode `\b` makes the Latin form's DFA give
    /// up, a pattern whose relaxed form finds nothing is answered without the Latin form.
    #[test]
    fn the_relaxed_form_rules_out_latin_text_without_a_match() {
        let set = LazyRegexSet::new([r"(?i)\bseen\b".to_owned(), r"\bmissing\b".to_owned()]);
        assert!(!set.is_match("Zoë was at home"));
        assert!(!set.matches("Zoë was at home").matched_any());
        assert!(
            set.forms.latin.get().is_none(),
            "the Latin form was not needed"
        );
        // Where the relaxed form matches, the Latin form decides: "unseen" has no
        // boundary before "seen".
        assert!(!set.is_match("Zoë was unseen"));
        assert!(set.forms.latin.get().is_some());
        assert!(set.matches("Zoë was seen").matched(0));
        let regex = LazyRegex::new(r"(?i)\bseen\b".to_owned());
        assert_eq!(regex.find("Zoë was at home"), None);
        assert_eq!(regex.find_iter("Zoë was at home").count(), 0);
        assert!(regex.captures("Zoë was at home").is_none());
        assert!(regex.forms.latin.get().is_none());
        assert_eq!(regex.find("Zoë was seen").map(|m| m.start()), Some(9));
        assert!(!regex.is_match("Zoë was unseen"));
    }

    #[test]
    fn text_takes_the_form_its_characters_allow() {
        assert_eq!(text_form("Jo was seen."), Form::Ascii);
        assert_eq!(text_form("Jo’s “plan” – agreed… • \u{A0}done"), Form::Ascii);
        assert_eq!(text_form("Zoë and Siân’s plan"), Form::Latin);
        assert_eq!(text_form("ªµº"), Form::Latin);
        assert_eq!(text_form("Łukasz"), Form::Latin);
        assert_eq!(text_form("Ζωή"), Form::Full);
        assert_eq!(text_form("a\u{2009}b"), Form::Full);
        assert_eq!(text_form("\u{17F}"), Form::Full);
        // Each character on its own, against Unicode's own classes.
        for c in domain() {
            let text = format!("a{c}b");
            let expected = if c == '\u{17F}' {
                Form::Full
            } else if c.is_ascii() || !(regex_syntax::is_word_character(c) || c.is_whitespace()) {
                Form::Ascii
            } else if c <= LATIN_END && !c.is_whitespace() {
                Form::Latin
            } else if c <= LATIN_END {
                Form::Ascii
            } else {
                Form::Full
            };
            assert_eq!(text_form(&text), expected, "{c:?}");
        }
    }

    #[test]
    fn unicode_word_boundaries_are_told_from_ascii_ones() {
        assert!(may_have_unicode_boundary(r"(?i)\bseen\b"));
        assert!(may_have_unicode_boundary(r"\Bx"));
        assert!(may_have_unicode_boundary(r"\<x\>"));
        assert!(may_have_unicode_boundary(r"(?-u:\b)x\b"));
        assert!(!may_have_unicode_boundary(r"(?i)(?-u:\b)seen(?-u:\b)"));
        assert!(!may_have_unicode_boundary(r"\\b\s+\w"));
        assert!(!may_have_unicode_boundary("plain"));
    }

    #[test]
    fn the_escalation_trigger_set_finds_what_a_regex_set_finds() {
        let matcher = super::super::risk::EscalationMatcher::new(&["locked in".to_owned()]);
        let patterns = matcher.any_trigger.patterns();
        let mut matched = 0;
        for text in [
            "Jo said that father hit her and she has a bruise on her arm.",
            "Ζωή said that father hit her and she has a bruise on her arm.",
            "Olena told her teacher that mum’s boyfriend hurts her.",
            "No action was taken after the referral from school in May.",
            "Jo has not been seen for six weeks and her whereabouts are unknown.",
            "Jo was missing overnight twice this month; there is no return interview.",
            "The baby’s torn frenulum was not explained.",
            "She was seen alone at school on 3/11/2026 and said she feels safe.",
            "Ζωή δεν έχει δει",
            "Ζωή disclosed that she had been self-harming.",
            "Jo took an overdose last night.",
            "",
        ] {
            let found: Vec<usize> = matcher.any_trigger.matches(text).iter().collect();
            assert_eq!(found, regex_set(patterns, text), "{text:?}");
            matched += usize::from(!found.is_empty());
            // Searched once (from word starts), `matches_any` says the same.
            let any: Option<Vec<usize>> = matcher
                .any_trigger
                .matches_any(text)
                .map(|m| m.iter().collect());
            assert_eq!(any, (!found.is_empty()).then_some(found), "{text:?}");
        }
        assert!(matched >= 4, "{matched}");
        // A small set, searched for any match first, says the same too.
        let small = LazyRegexSet::new([
            r"(?i)(?-u:\b)not\s+seen".to_owned(),
            r"(?i)(?-u:\b)seen".to_owned(),
        ]);
        assert!(!small.searches_from_word_starts());
        let both: Vec<usize> = small
            .matches_any("Jo was not seen.")
            .map(|m| m.iter().collect())
            .unwrap_or_default();
        assert_eq!(both, vec![0, 1]);
        assert!(small.matches_any("Jo was at home.").is_none());
    }

    /// S001's triggers are searched from word starts (the evidence reading's shortcomings
    /// are checked in `analysis`); a small set is not.
    #[test]
    fn the_largest_sets_are_searched_from_word_starts() {
        let matcher = super::super::risk::EscalationMatcher::new(&[]);
        assert!(matcher.any_trigger.searches_from_word_starts());
        let small = LazyRegexSet::new([r"(?i)(?-u:\b)not\s+seen".to_owned()]);
        assert!(small.is_match("Jo was not seen."));
        assert!(!small.searches_from_word_starts());
    }

    /// Sets compile the Latin form from the syntax tree, not from its printed pattern.
    #[test]
    fn latin_syntax_trees_are_those_of_the_printed_latin_forms() {
        let matcher = super::super::risk::EscalationMatcher::new(&[]);
        let mut patterns: Vec<String> = matcher.any_trigger.patterns().to_vec();
        patterns.extend(
            [
                r"(?i)[^\w;:,.!?]",
                r"\d{4}\W",
                r"(?i)(?-u:\w)\W",
                r"(?x) \w # comment",
            ]
            .map(str::to_owned),
        );
        for pattern in &patterns {
            let printed = regex_syntax::Parser::new()
                .parse(&latin_form(pattern).unwrap())
                .unwrap();
            assert_eq!(hir(pattern, Form::Latin), Some(printed), "{pattern}");
            let written = regex_syntax::Parser::new().parse(pattern).ok();
            assert_eq!(hir(pattern, Form::Full), written, "{pattern}");
        }
        assert_eq!(hir(r"a(?-u)\w", Form::Latin), None);
        assert_eq!(hir("(unclosed", Form::Full), None);
    }

    #[test]
    fn sets_that_do_not_compile_match_nothing() {
        let set = LazyRegexSet::new(["(unclosed".to_owned(), "fine".to_owned()]);
        assert!(!set.matches("fine (unclosed").matched_any());
        assert!(!set.is_match("fine"));
        assert!(!set.matches("Ζωή fine").matched(1));
    }

    #[test]
    fn an_invalid_pattern_matches_nothing() {
        let regex = LazyRegex::new("(unclosed".to_owned());
        assert!(!regex.is_valid());
        assert!(!regex.is_match("(unclosed"));
        assert!(!regex.is_match(""));
    }
}
