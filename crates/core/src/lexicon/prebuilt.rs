//! Phrase sets compiled ahead of time: their automata are stored in the binary, so a run
//! loads them instead of compiling the patterns.
//!
//! Compiling a phrase set (parsing its patterns, translating them, building the NFA) was
//! most of a one-file `caselint check`. What a compile makes is a Thompson NFA; the lazy
//! DFA a search runs is built from the NFA as the text needs it. So the NFAs of the
//! built-in sets are stored (`data/automata.bin`), each beside the exact patterns it was
//! compiled from, and [`find`] rebuilds an NFA state for state with `regex-automata`'s
//! own NFA builder, about a tenth of the cost of compiling it. Each NFA is stored with
//! its states that behave alike made one ([`reduce`]): a quarter fewer states to rebuild
//! and for the lazy DFAs to search through. A set whose patterns are
//! not in the table (a configuration's `extend-*` phrases, a phrase table edited since
//! the table was made) is compiled as before: the table can make a run slower when it is
//! out of date, never different.
//!
//! The table is made by [`generate`] from the sets the rules compile on the bundled texts,
//! and `tests/prebuilt.rs` checks that the committed table is exactly what it makes now
//! (`CASELINT_UPDATE_AUTOMATA=1 cargo test -p caselint-core --test prebuilt` writes it).
//!
//! Single regular expressions are stored the same way, as two NFAs (the forward one with
//! its capture groups, and the reverse one): see [`super::engine`].
//!
//! The encoding is an index (see [`indexed`]) and a sequence of entries, each: a byte for what the NFA is (a set's, a
//! regular expression's forward or reverse NFA) and whether its patterns are in their
//! Latin form, the number of patterns and each pattern's length and text, then the NFA's
//! length and the NFA. Numbers are LEB128. An NFA is its state count, pattern count,
//! anchored and unanchored start states, UTF-8 and reverse flags, each pattern's start
//! state, then each state as a tag and its fields.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

use regex_automata::nfa::thompson::{self, State, Transition, NFA};
use regex_automata::util::look::Look;
use regex_automata::util::primitives::StateID;

use super::lazy::Form;
use super::select::{Grams, Requirement};

/// The table of built-in sets, as [`generate`] made it.
static TABLE: &[u8] = include_bytes!("../../data/automata.bin");

/// Whether compiles are being recorded for [`generate`] (the table is not read then).
static RECORDING: AtomicBool = AtomicBool::new(false);

/// The sets compiled while recording: their form, patterns and encoded NFA.
static RECORDED: Mutex<Vec<Entry>> = Mutex::new(Vec::new());

/// What a stored NFA is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Kind {
    /// A set of patterns, which tells which of them match.
    Set = 0,
    /// A regular expression's forward NFA, with its capture groups.
    Forward = 1,
    /// A regular expression's reverse NFA.
    Reverse = 2,
    /// A set whose wide alternations are split into groups of phrases, each group
    /// factored on its own (see [`super::select::buckets`]): what a one-file check
    /// rebuilds in part (see [`focus`]).
    Grouped = 3,
}

/// The byte that says what an entry's NFA is for, which form of its patterns it is (see
/// [`Form`]), and whether it is folded (searched over lower-cased text, see
/// [`super::lazy::fold`]).
fn form_byte(kind: Kind, form: Form, folded: bool) -> u8 {
    (kind as u8) << 3 | u8::from(folded) << 2 | form as u8
}

/// The kind, form and folding a form byte says, if it is one [`form_byte`] makes.
#[cfg(test)]
fn read_form_byte(byte: u8) -> Option<(Kind, Form, bool)> {
    let kind = [Kind::Set, Kind::Forward, Kind::Reverse, Kind::Grouped]
        .into_iter()
        .find(|k| *k as u8 == byte >> 3)?;
    let form = [Form::Full, Form::Latin, Form::Ascii, Form::Relaxed]
        .into_iter()
        .find(|f| *f as u8 == byte & 3)?;
    Some((kind, form, byte & 4 != 0))
}

/// One NFA of the table.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
struct Entry {
    form: u8,
    patterns: Vec<String>,
    nfa: Vec<u8>,
}

/// Whether the table is being made (every NFA compiled is recorded).
pub(super) fn recording() -> bool {
    RECORDING.load(Ordering::Relaxed)
}

/// The `kind` of NFA of `patterns` in `form`, and whether it is folded: the stored one
/// if the table has it, else what `compile` makes (recorded, while [`generate`] runs).
pub(super) fn load_or_compile(
    kind: Kind,
    patterns: &[String],
    form: Form,
    compile: impl FnOnce() -> Option<(NFA, bool)>,
) -> Option<(NFA, bool)> {
    find(kind, patterns, form).or_else(|| {
        let (nfa, folded) = compile()?;
        record(kind, patterns, form, folded, &nfa, &[]);
        Some((nfa, folded))
    })
}

/// [`load_or_compile`] for a set. With `focused`, and a document to focus on (see
/// [`focus`]), the set's groups of phrases the document cannot match are left out of its
/// stored grouped NFA (see [`Kind::Grouped`]): the last of what is returned says whether
/// that NFA, with a group left out, is what was rebuilt.
pub(super) fn load_or_compile_set(
    patterns: &[String],
    form: Form,
    focused: bool,
    compile: impl FnOnce() -> Option<(NFA, bool)>,
    compile_grouped: impl FnOnce() -> Option<(NFA, bool, Vec<Vec<Requirement>>)>,
) -> Option<(NFA, bool, bool)> {
    if RECORDING.load(Ordering::Relaxed) {
        if let Some((nfa, folded, needs)) = compile_grouped() {
            record(Kind::Grouped, patterns, form, folded, &nfa, &needs);
        }
    } else if let (true, Some(grams)) = (focused, FOCUS.get()) {
        let part = entry(TABLE, Kind::Grouped, form, patterns).and_then(|(bytes, folded)| {
            let plan = plan(bytes, grams)??;
            Some((decode_planned(bytes, Some(&plan))?, folded, true))
        });
        if part.is_some() {
            return part;
        }
    }
    load_or_compile(Kind::Set, patterns, form, compile).map(|(nfa, folded)| (nfa, folded, false))
}

/// The document a one-file check reads (see [`focus`]).
static FOCUS: std::sync::OnceLock<Grams> = std::sync::OnceLock::new();

/// Rebuild the stored sets, from now on, with only the groups of phrases `text` can
/// match (see [`super::select`]): for a process that checks that one document. A text
/// searched that is not part of it is searched with the whole set, so what any search
/// finds is the same; only the first call counts.
pub fn focus(text: &str) {
    let _ = FOCUS.set(Grams::of(text));
}

/// The document's runs of three, if [`focus`] was called.
pub(super) fn focus_grams() -> Option<&'static Grams> {
    FOCUS.get()
}

/// The stored `kind` of NFA of `patterns` in `form`, and whether it is folded, if the
/// table has it.
fn find(kind: Kind, patterns: &[String], form: Form) -> Option<(NFA, bool)> {
    if RECORDING.load(Ordering::Relaxed) {
        return None;
    }
    find_in(TABLE, kind, form, patterns)
}

/// The key an entry is found by: FNV-1a (64 bits) over its form byte and each pattern's
/// length and text. The same in every build and on every machine.
fn key(form: u8, patterns: &[String]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for &b in bytes {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    };
    eat(&[form]);
    for pattern in patterns {
        eat(&(pattern.len() as u64).to_le_bytes());
        eat(pattern.as_bytes());
    }
    hash
}

/// The bytes of one index row: an entry's key, then where it starts among the entries.
const ROW: usize = 12;

/// `entries` (encoded one after another, sorted by [`key`]) with the index in front: the
/// number of entries (a little-endian `u32`), then a row for each: its key (`u64`) and
/// where it starts within `entries` (`u32`). An entry is found by a binary search over the
/// rows, which reads no other entry: the process touches only the pages of the table it
/// needs.
fn indexed(entries: &[u8]) -> Vec<u8> {
    let mut r = Reader {
        bytes: entries,
        at: 0,
    };
    let mut rows = Vec::new();
    while !r.done() {
        let at = r.at;
        let Some(form) = r.byte() else { break };
        let Some(count) = r.len() else { break };
        let patterns: Option<Vec<String>> = (0..count)
            .map(|_| Some(String::from_utf8_lossy(r.bytes()?).into_owned()))
            .collect();
        let (Some(patterns), Some(_)) = (patterns, r.bytes()) else {
            break;
        };
        rows.push((key(form, &patterns), at));
    }
    let mut out = Vec::with_capacity(4 + ROW * rows.len() + entries.len());
    out.extend_from_slice(&u32::try_from(rows.len()).unwrap_or(u32::MAX).to_le_bytes());
    for (key, at) in rows {
        out.extend_from_slice(&key.to_le_bytes());
        out.extend_from_slice(&u32::try_from(at).unwrap_or(u32::MAX).to_le_bytes());
    }
    out.extend_from_slice(entries);
    out
}

/// The index rows of `table` (see [`indexed`]) and its entries; `None` if the index does
/// not fit in the table.
fn split(table: &[u8]) -> Option<(&[u8], &[u8])> {
    let count = usize::try_from(u32::from_le_bytes(table.get(..4)?.try_into().ok()?)).ok()?;
    let end = count.checked_mul(ROW)?.checked_add(4)?;
    Some((table.get(4..end)?, table.get(end..)?))
}

/// Row `i` of `index`: the entry's key and its start among the entries.
fn row(index: &[u8], i: usize) -> Option<(u64, usize)> {
    let at = i.checked_mul(ROW)?;
    let row = index.get(at..at + ROW)?;
    let key = u64::from_le_bytes(row.get(..8)?.try_into().ok()?);
    let start = u32::from_le_bytes(row.get(8..)?.try_into().ok()?);
    Some((key, usize::try_from(start).ok()?))
}

/// The NFA of `kind`, `form` and `patterns` in the indexed table `table`, and whether it
/// is folded.
fn find_in(table: &[u8], kind: Kind, form: Form, patterns: &[String]) -> Option<(NFA, bool)> {
    let (bytes, folded) = entry(table, kind, form, patterns)?;
    Some((decode(bytes)?, folded))
}

/// The encoded `kind` of NFA of `patterns` in `form` in the indexed table `table`, and
/// whether it is folded.
fn entry<'t>(
    table: &'t [u8],
    kind: Kind,
    form: Form,
    patterns: &[String],
) -> Option<(&'t [u8], bool)> {
    let (index, entries) = split(table)?;
    let count = index.len() / ROW;
    for folded in [false, true] {
        let byte = form_byte(kind, form, folded);
        let wanted = key(byte, patterns);
        // The first row whose key is not below the one wanted, by a binary search.
        let (mut low, mut high) = (0, count);
        while low < high {
            let middle = low + (high - low) / 2;
            if row(index, middle)?.0 < wanted {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        // Every entry of that key (two sets of one key are as good as never seen).
        for i in low..count {
            let (found, at) = row(index, i)?;
            if found != wanted {
                break;
            }
            if compare(entries, at, byte, patterns) == std::cmp::Ordering::Equal {
                let mut r = Reader { bytes: entries, at };
                let count = r.byte().and_then(|_| r.len())?;
                for _ in 0..count {
                    r.bytes()?;
                }
                return Some((r.bytes()?, folded));
            }
        }
    }
    None
}

/// How the entry at `at` of `table` orders against form byte `form` and `patterns` (an
/// entry that does not read sorts last): `Equal` when it is theirs.
fn compare(table: &[u8], at: usize, form: u8, patterns: &[String]) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    let mut r = Reader { bytes: table, at };
    let (Some(stored), Some(count)) = (r.byte(), r.len()) else {
        return Ordering::Greater;
    };
    let by_form = stored.cmp(&form);
    if by_form != Ordering::Equal {
        return by_form;
    }
    for pattern in patterns.iter().take(count) {
        let Some(text) = r.bytes() else {
            return Ordering::Greater;
        };
        let by_text = text.cmp(pattern.as_bytes());
        if by_text != Ordering::Equal {
            return by_text;
        }
    }
    count.cmp(&patterns.len())
}

/// Records an NFA just compiled from its patterns, while [`generate`] runs.
fn record(
    kind: Kind,
    patterns: &[String],
    form: Form,
    folded: bool,
    nfa: &NFA,
    needs: &[Vec<Requirement>],
) {
    if !RECORDING.load(Ordering::Relaxed) {
        return;
    }
    let Some(nfa) = encode(nfa, needs) else {
        return;
    };
    if let Ok(mut recorded) = RECORDED.lock() {
        recorded.push(Entry {
            form: form_byte(kind, form, folded),
            patterns: patterns.to_vec(),
            nfa,
        });
    }
}

/// The table of every NFA `compile_all` compiles, encoded (sorted, so the same sets
/// always make the same bytes).
///
/// Only a process that has compiled no set yet records them all: a set compiled before
/// is not compiled again. `tests/prebuilt.rs` runs it in a process of its own.
pub fn generate(compile_all: impl FnOnce()) -> Vec<u8> {
    RECORDING.store(true, Ordering::SeqCst);
    compile_all();
    RECORDING.store(false, Ordering::SeqCst);
    let mut entries = std::mem::take(&mut *RECORDED.lock().unwrap_or_else(|e| e.into_inner()));
    entries.sort();
    entries.dedup();
    entries.sort_by_key(|e| key(e.form, &e.patterns));
    let mut out = Vec::new();
    for entry in &entries {
        out.push(entry.form);
        put(&mut out, entry.patterns.len());
        for pattern in &entry.patterns {
            put(&mut out, pattern.len());
            out.extend_from_slice(pattern.as_bytes());
        }
        put(&mut out, entry.nfa.len());
        out.extend_from_slice(&entry.nfa);
    }
    indexed(&out)
}

/// How many NFAs the table holds, and how many of them are in a Latin form (with word
/// boundaries as written or ASCII ones).
pub fn table_sets() -> (usize, usize) {
    let mut r = Reader {
        bytes: split(TABLE).map_or(&[][..], |(_, entries)| entries),
        at: 0,
    };
    let (mut all, mut latin) = (0, 0);
    while !r.done() {
        let Some(form) = r.byte() else { break };
        let Some(count) = r.len() else { break };
        if (0..count).any(|_| r.bytes().is_none()) || r.bytes().is_none() {
            break;
        }
        all += 1;
        latin += usize::from(form & 3 != 0);
    }
    (all, latin)
}

// State tags.
const RANGE: u8 = 0;
const SPARSE: u8 = 1;
const LOOK: u8 = 2;
const UNION: u8 = 3;
const FAIL: u8 = 4;
const MATCH: u8 = 5;
const CAPTURE: u8 = 6;

/// The states `state` leads to, in order.
fn targets(state: &State) -> Vec<StateID> {
    match state {
        State::ByteRange { trans } => vec![trans.next],
        State::Sparse(sparse) => sparse.transitions.iter().map(|t| t.next).collect(),
        State::Dense(dense) => dense.transitions.to_vec(),
        State::Look { next, .. } | State::Capture { next, .. } => vec![*next],
        State::Union { alternates } => alternates.to_vec(),
        State::BinaryUnion { alt1, alt2 } => vec![*alt1, *alt2],
        State::Fail | State::Match { .. } => vec![],
    }
}

/// The states of `nfa` with every two that behave alike made one, and where each old
/// state went.
///
/// Two states behave alike when they are the same kind with the same labels (byte
/// ranges, look-around, capture slot, pattern) and lead, in the same order, to states
/// that behave alike: the coarsest such partition (a bisimulation), found by refining
/// from the labels alone until no class splits. A state stands for its class in place of
/// every other member, so the automaton matches the same texts, with the same pattern,
/// the same captures and the same leftmost-first preference, from fewer states: a set of
/// phrases shares the endings of its words ("-ed", "-ing") and the gaps between them, as
/// a trie shares their beginnings. Each class keeps its first member's place, so the
/// states keep their order (match states stay in the order of their patterns).
///
/// Made ahead of time, in [`generate`]: a run rebuilds, and its lazy DFAs search, the
/// fewer states.
fn reduce(nfa: &NFA) -> (Vec<State>, Vec<StateID>) {
    use std::collections::HashMap;
    let states = nfa.states();
    // The labels: everything about a state but where it leads.
    let labels = |state: &State| -> Vec<u32> {
        let range = |t: &Transition| u32::from(t.start) << 8 | u32::from(t.end);
        match state {
            State::ByteRange { trans } => vec![0, range(trans)],
            State::Sparse(sparse) => std::iter::once(1)
                .chain(sparse.transitions.iter().map(range))
                .collect(),
            State::Dense(_) => vec![2],
            State::Look { look, .. } => vec![3, look.as_repr()],
            State::Union { alternates } => vec![4, alternates.len() as u32],
            State::BinaryUnion { .. } => vec![4, 2],
            State::Capture {
                pattern_id,
                group_index,
                slot,
                ..
            } => vec![5, pattern_id.as_u32(), group_index.as_u32(), slot.as_u32()],
            State::Fail => vec![6],
            State::Match { pattern_id } => vec![7, pattern_id.as_u32()],
        }
    };
    let mut ids: HashMap<Vec<u32>, u32> = HashMap::new();
    let mut class: Vec<u32> = states
        .iter()
        .map(|state| {
            let next = ids.len() as u32;
            *ids.entry(labels(state)).or_insert(next)
        })
        .collect();
    let mut count = ids.len();
    let outs: Vec<Vec<StateID>> = states.iter().map(targets).collect();
    loop {
        ids.clear();
        let refined: Vec<u32> = (0..states.len())
            .map(|i| {
                let mut key = Vec::with_capacity(1 + outs[i].len());
                key.push(class[i]);
                key.extend(outs[i].iter().map(|t| class[t.as_usize()]));
                let next = ids.len() as u32;
                *ids.entry(key).or_insert(next)
            })
            .collect();
        let refined_count = ids.len();
        class = refined;
        if refined_count == count {
            break;
        }
        count = refined_count;
    }
    // Classes numbered in the order of their first members.
    let mut number = vec![u32::MAX; count];
    let mut firsts = Vec::with_capacity(count);
    for (i, &c) in class.iter().enumerate() {
        if number[c as usize] == u32::MAX {
            number[c as usize] = firsts.len() as u32;
            firsts.push(i);
        }
    }
    let to = |id: StateID| StateID::must(number[class[id.as_usize()] as usize] as usize);
    let remap: Vec<StateID> = (0..states.len()).map(|i| to(StateID::must(i))).collect();
    let reduced = firsts
        .iter()
        .map(|&i| match &states[i] {
            State::ByteRange { trans } => State::ByteRange {
                trans: Transition {
                    next: to(trans.next),
                    ..*trans
                },
            },
            State::Sparse(sparse) => {
                // Neighbouring ranges that now lead to one state are one range.
                let mut merged: Vec<Transition> = Vec::new();
                for t in sparse.transitions.iter() {
                    let t = Transition {
                        next: to(t.next),
                        ..*t
                    };
                    match merged.last_mut() {
                        Some(last)
                            if last.next == t.next
                                && u16::from(last.end) + 1 == u16::from(t.start) =>
                        {
                            last.end = t.end;
                        }
                        _ => merged.push(t),
                    }
                }
                if merged.len() == 1 {
                    State::ByteRange { trans: merged[0] }
                } else {
                    State::Sparse(thompson::SparseTransitions {
                        transitions: merged.into_boxed_slice(),
                    })
                }
            }
            State::Look { look, next } => State::Look {
                look: *look,
                next: to(*next),
            },
            State::Union { .. } | State::BinaryUnion { .. } => {
                // An alternative that an earlier one already is adds nothing.
                let mut alternates: Vec<StateID> = Vec::new();
                for alt in outs[i].iter().map(|&a| to(a)) {
                    if !alternates.contains(&alt) {
                        alternates.push(alt);
                    }
                }
                State::Union {
                    alternates: alternates.into_boxed_slice(),
                }
            }
            State::Capture {
                next,
                pattern_id,
                group_index,
                slot,
            } => State::Capture {
                next: to(*next),
                pattern_id: *pattern_id,
                group_index: *group_index,
                slot: *slot,
            },
            other => other.clone(),
        })
        .collect();
    (reduced, remap)
}

/// `nfa` encoded, or `None` if it has states the encoding leaves out (dense transitions,
/// which a phrase's NFA does not have; capture states in an NFA of several patterns,
/// which a set's does not have).
///
/// Before the states, for each pattern, its groups of phrases (see [`select::buckets`])
/// and what each requires (see [`select::Requirement`]), written by [`put_groups`].
fn encode(nfa: &NFA, needs: &[Vec<Requirement>]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let one = nfa.pattern_len() == 1;
    let (states, remap) = reduce(nfa);
    let at = |id: StateID| remap[id.as_usize()].as_usize();
    put(&mut out, states.len());
    put(&mut out, nfa.pattern_len());
    put(&mut out, at(nfa.start_anchored()));
    put(&mut out, at(nfa.start_unanchored()));
    out.push(u8::from(nfa.is_utf8()));
    out.push(u8::from(nfa.is_reverse()));
    for pattern in nfa.patterns() {
        put(&mut out, at(nfa.start_pattern(pattern)?));
    }
    put_groups(&mut out, nfa, &states, &remap, needs);
    let transition = |out: &mut Vec<u8>, t: &Transition| {
        out.push(t.start);
        out.push(t.end);
        put(out, t.next.as_usize());
    };
    for state in &states {
        match state {
            State::ByteRange { trans } => {
                out.push(RANGE);
                transition(&mut out, trans);
            }
            State::Sparse(sparse) => {
                out.push(SPARSE);
                put(&mut out, sparse.transitions.len());
                for t in sparse.transitions.iter() {
                    transition(&mut out, t);
                }
            }
            State::Look { look, next } => {
                out.push(LOOK);
                put(&mut out, usize::try_from(look.as_repr()).ok()?);
                put(&mut out, next.as_usize());
            }
            State::Union { alternates } => {
                out.push(UNION);
                put(&mut out, alternates.len());
                for alt in alternates.iter() {
                    put(&mut out, alt.as_usize());
                }
            }
            State::BinaryUnion { alt1, alt2 } => {
                out.push(UNION);
                put(&mut out, 2);
                put(&mut out, alt1.as_usize());
                put(&mut out, alt2.as_usize());
            }
            State::Fail => out.push(FAIL),
            State::Match { pattern_id } => {
                out.push(MATCH);
                put(&mut out, pattern_id.as_usize());
            }
            State::Capture {
                next,
                pattern_id,
                group_index,
                slot,
            } if one => {
                let group = group_index.as_usize();
                let start = nfa.group_info().slot(*pattern_id, group)?;
                let name = nfa.group_info().to_name(*pattern_id, group);
                out.push(CAPTURE);
                put(&mut out, group);
                out.push(u8::from(slot.as_usize() != start));
                put(&mut out, name.map_or(0, |n| n.len() + 1));
                out.extend_from_slice(name.unwrap_or("").as_bytes());
                put(&mut out, next.as_usize());
            }
            State::Dense(_) | State::Capture { .. } => return None,
        }
    }
    Some(out)
}

/// Appends to `out` each pattern's groups of phrases (see [`encode`]): for a pattern of
/// groups, the state that chooses among them (its start) and, for each group, what it
/// requires, the state it starts at (when there are several), and the states only it
/// reaches, as runs (the gap from the last run's end, and the length).
///
/// A state only a group reaches is one reached from the group's start and from no other
/// group's, nor from any start of the NFA or match state without passing through a
/// choice of groups: left out with the group, it leaves out no way to a match of any group
/// kept.
fn put_groups(
    out: &mut Vec<u8>,
    nfa: &NFA,
    states: &[State],
    remap: &[StateID],
    needs: &[Vec<Requirement>],
) {
    let at = |id: StateID| remap[id.as_usize()].as_usize();
    // Each pattern's choice state and the starts of its groups (those of the one group of
    // a pattern not split: where its start leads).
    let mut choices: Vec<Option<(usize, Vec<Vec<usize>>)>> = Vec::new();
    for pattern in nfa.patterns() {
        let groups = needs.get(pattern.as_usize()).map_or(&[][..], Vec::as_slice);
        let Some(start) = nfa.start_pattern(pattern).map(at) else {
            choices.push(None);
            continue;
        };
        let next: Vec<usize> = states
            .get(start)
            .map(|s| targets(s).iter().map(StateID::as_usize).collect())
            .unwrap_or_default();
        let is_union = matches!(
            states.get(start),
            Some(State::Union { .. } | State::BinaryUnion { .. })
        );
        let starts = match groups.len() {
            1 => vec![next],
            n if n >= 2 && is_union && next.len() == n => {
                next.into_iter().map(|a| vec![a]).collect()
            }
            _ => Vec::new(),
        };
        choices.push((!starts.is_empty()).then_some((start, starts)));
    }
    let is_choice: std::collections::HashSet<usize> =
        choices.iter().flatten().map(|(c, _)| *c).collect();
    // Reached from outside every group.
    let walk = |from: Vec<usize>, reached: &mut dyn FnMut(usize) -> bool| {
        let mut stack = from;
        while let Some(id) = stack.pop() {
            if !reached(id) || is_choice.contains(&id) {
                continue;
            }
            if let Some(state) = states.get(id) {
                stack.extend(targets(state).iter().map(StateID::as_usize));
            }
        }
    };
    let mut outside = vec![false; states.len()];
    let mut roots = vec![at(nfa.start_anchored()), at(nfa.start_unanchored())];
    for (id, state) in states.iter().enumerate() {
        if matches!(state, State::Match { .. }) {
            roots.push(id);
        }
    }
    roots.extend(choices.iter().flatten().map(|(c, _)| *c));
    walk(roots, &mut |id| !std::mem::replace(&mut outside[id], true));
    // Which group reaches each state: none yet, one, or more than one.
    const NONE: usize = usize::MAX;
    const MANY: usize = usize::MAX - 1;
    let mut owner = vec![NONE; states.len()];
    let mut group = 0;
    for (_, choice_starts) in choices.iter().flatten() {
        for starts in choice_starts {
            let mut seen = std::collections::HashSet::new();
            walk(starts.clone(), &mut |id| {
                if !seen.insert(id) {
                    return false;
                }
                owner[id] = match owner[id] {
                    NONE => group,
                    o if o == group => group,
                    _ => MANY,
                };
                true
            });
            group += 1;
        }
    }
    let mut group = 0;
    for (pattern, choice) in choices.iter().enumerate() {
        let Some((start, starts)) = choice else {
            put(out, 0);
            continue;
        };
        let pattern_groups = needs.get(pattern).map_or(&[][..], Vec::as_slice);
        put(out, starts.len());
        put(out, *start);
        for (needs, first) in pattern_groups.iter().zip(starts) {
            put(out, needs.len());
            for clause in needs {
                put(out, clause.len());
                for literal in clause {
                    put(out, literal.len());
                    out.extend_from_slice(literal);
                }
            }
            if starts.len() > 1 {
                put(out, first.first().copied().unwrap_or(0));
            }
            // The runs of states only this group reaches.
            let mut runs: Vec<(usize, usize)> = Vec::new();
            for id in 0..states.len() {
                if owner[id] != group || outside[id] || is_choice.contains(&id) {
                    continue;
                }
                match runs.last_mut() {
                    Some((from, len)) if *from + *len == id => *len += 1,
                    _ => runs.push((id, 1)),
                }
            }
            put(out, runs.len());
            let mut end = 0;
            for (from, len) in runs {
                put(out, from - end);
                put(out, len);
                end = from + len;
            }
            group += 1;
        }
    }
}

/// The NFA `bytes` encode, or `None` if they are not a well-formed encoding; with
/// `grams`, only the part of it a document with those runs of three can match (see
/// [`select`]), and whether any part was left out.
///
/// Every state is added in order, so each keeps its number (or, when a part is left out,
/// its place among those kept). An NFA of one pattern is added as that pattern; in one of
/// several, a match state is added as its pattern's only state, in the order of the
/// patterns.
///
/// Each thread keeps one builder, cleared before and after each use: its list of states
/// keeps its room from one NFA to the next, rather than growing again, copied at every
/// doubling, for each of the 50 NFAs a check loads (2 % of a one-audit check).
fn decode(bytes: &[u8]) -> Option<NFA> {
    decode_planned(bytes, None)
}

/// [`decode`], rebuilding only the states `plan` keeps (all without one).
fn decode_planned(bytes: &[u8], plan: Option<&Plan>) -> Option<NFA> {
    thread_local! {
        static BUILDER: std::cell::RefCell<thompson::Builder> =
            std::cell::RefCell::new(thompson::Builder::new());
    }
    BUILDER.with(|cell| match cell.try_borrow_mut() {
        Ok(mut builder) => {
            builder.clear();
            let nfa = decode_with(bytes, &mut builder, plan);
            builder.clear();
            nfa
        }
        Err(_) => decode_with(bytes, &mut thompson::Builder::new(), plan),
    })
}

/// Which states of an encoded NFA are rebuilt, and as which.
struct Plan {
    /// Each state's number among those rebuilt, `None` for one left out.
    new: Vec<Option<usize>>,
    /// How many are rebuilt.
    kept: usize,
    /// Each pattern start that is a choice of groups of phrases, with the groups kept.
    choices: Vec<(usize, Vec<usize>)>,
}

/// The header of an encoded NFA: its state and pattern counts, anchored and unanchored
/// starts, UTF-8 and reverse flags, and each pattern's start.
struct Header {
    states: usize,
    patterns: usize,
    anchored: usize,
    unanchored: usize,
    utf8: bool,
    reverse: bool,
    starts: Vec<usize>,
}

impl Header {
    fn read(r: &mut Reader) -> Option<Header> {
        let states = r.len()?;
        let patterns = r.len()?;
        let anchored = r.len()?;
        let unanchored = r.len()?;
        let utf8 = r.byte()? == 1;
        let reverse = r.byte()? == 1;
        let starts = (0..r.at_most(patterns, 1)?)
            .map(|_| r.len())
            .collect::<Option<Vec<usize>>>()?;
        Some(Header {
            states,
            patterns,
            anchored,
            unanchored,
            utf8,
            reverse,
            starts,
        })
    }
}

/// Reads one encoded state, calling `next` with each state it leads to; its tag.
fn skim(r: &mut Reader, mut next: impl FnMut(usize)) -> Option<u8> {
    let tag = r.byte()?;
    match tag {
        RANGE => {
            r.take(2)?;
            next(r.len()?);
        }
        SPARSE => {
            for _ in 0..r.len()? {
                r.take(2)?;
                next(r.len()?);
            }
        }
        LOOK => {
            r.len()?;
            next(r.len()?);
        }
        UNION => {
            for _ in 0..r.len()? {
                next(r.len()?);
            }
        }
        FAIL => {}
        MATCH => {
            r.len()?;
        }
        CAPTURE => {
            r.len()?;
            r.byte()?;
            match r.len()? {
                0 => {}
                n => {
                    r.take(n - 1)?;
                }
            }
            next(r.len()?);
        }
        _ => return None,
    }
    Some(tag)
}

/// Which states of the encoded NFA `bytes` a document with `grams` needs (see
/// [`put_groups`]): `None` inside when it needs them all, `None` outside when the
/// encoding is not well formed.
fn plan(bytes: &[u8], grams: &Grams) -> Option<Option<Plan>> {
    let mut r = Reader { bytes, at: 0 };
    let header = Header::read(&mut r)?;
    // Each state takes a byte at least: a count beyond what is left is refused before
    // anything is allocated for it.
    let count = r.at_most(header.states, 1)?;
    let mut dropped: Vec<(usize, usize)> = Vec::new();
    let mut choices = Vec::new();
    for _ in 0..header.patterns {
        let groups = r.len()?;
        if groups == 0 {
            continue;
        }
        let choice = r.len()?;
        let mut kept = Vec::new();
        let mut left_out = false;
        for _ in 0..groups {
            // Every clause has a literal the document may hold.
            let mut keep = true;
            for _ in 0..r.len()? {
                let mut any = false;
                for _ in 0..r.len()? {
                    any |= grams.may_hold(r.bytes()?);
                }
                keep &= any;
            }
            let first = if groups > 1 { Some(r.len()?) } else { None };
            let mut end = 0;
            for _ in 0..r.len()? {
                let from = end + r.len()?;
                let len = r.len()?;
                end = from.checked_add(len).filter(|e| *e <= count)?;
                if !keep {
                    dropped.push((from, len));
                }
            }
            match (keep, first) {
                (true, Some(first)) => kept.push(first),
                (false, _) => left_out = true,
                (true, None) => {}
            }
        }
        if left_out {
            if choice >= count {
                return None;
            }
            choices.push((choice, kept));
        }
    }
    if choices.is_empty() {
        return Some(None);
    }
    choices.sort_by_key(|(start, _)| *start);
    let mut gone = vec![false; count];
    for (from, len) in dropped {
        gone[from..from + len].fill(true);
    }
    let mut kept = 0;
    let new = gone
        .iter()
        .map(|&g| {
            (!g).then(|| {
                kept += 1;
                kept - 1
            })
        })
        .collect();
    Some(Some(Plan { new, kept, choices }))
}

/// Reads past the groups of phrases of an encoded NFA (see [`put_groups`]).
fn skip_groups(r: &mut Reader, patterns: usize) -> Option<()> {
    for _ in 0..patterns {
        let groups = r.len()?;
        if groups == 0 {
            continue;
        }
        r.len()?;
        for _ in 0..groups {
            for _ in 0..r.len()? {
                for _ in 0..r.len()? {
                    r.bytes()?;
                }
            }
            if groups > 1 {
                r.len()?;
            }
            for _ in 0..r.len()? {
                r.len()?;
                r.len()?;
            }
        }
    }
    Some(())
}

/// [`decode`] with `builder`, which holds no state, rebuilding the states `plan` keeps
/// (all without one).
fn decode_with(bytes: &[u8], builder: &mut thompson::Builder, plan: Option<&Plan>) -> Option<NFA> {
    let mut r = Reader { bytes, at: 0 };
    let header = Header::read(&mut r)?;
    let (states, patterns) = (header.states, header.patterns);
    skip_groups(&mut r, patterns)?;
    let kept = plan.map_or(states, |p| p.kept);
    let id = |n: usize| {
        let n = match plan {
            Some(plan) => (*plan.new.get(n)?)?,
            None => n,
        };
        (n < kept).then(|| StateID::new(n).ok()).flatten()
    };
    let anchored = id(header.anchored)?;
    let unanchored = id(header.unanchored)?;
    builder.set_utf8(header.utf8);
    builder.set_reverse(header.reverse);
    let starts = header
        .starts
        .iter()
        .map(|&s| id(s))
        .collect::<Option<Vec<StateID>>>()?;
    let transition = |r: &mut Reader| -> Option<Transition> {
        let (start, end) = (r.byte()?, r.byte()?);
        let next = id(r.len()?)?;
        (start <= end).then_some(Transition { start, end, next })
    };
    let one = patterns == 1;
    if one {
        builder.start_pattern().ok()?;
    }
    let mut matches = 0;
    for old in 0..states {
        if let Some(plan) = plan {
            if plan.new.get(old)?.is_none() {
                skim(&mut r, |_| {})?;
                continue;
            }
            if let Ok(i) = plan.choices.binary_search_by_key(&old, |(start, _)| *start) {
                skim(&mut r, |_| {})?;
                let kept = plan.choices[i]
                    .1
                    .iter()
                    .map(|&a| id(a))
                    .collect::<Option<Vec<StateID>>>()?;
                let added = if kept.is_empty() {
                    builder.add_fail()
                } else {
                    builder.add_union(kept)
                };
                added.ok()?;
                continue;
            }
        }
        let added = match r.byte()? {
            RANGE => builder.add_range(transition(&mut r)?),
            SPARSE => {
                // Each transition takes three bytes at least: a count beyond what is left
                // is refused before anything is allocated for it.
                let count = r.len()?;
                let mut list = Vec::with_capacity(r.at_most(count, 3)?);
                for _ in 0..count {
                    list.push(transition(&mut r)?);
                }
                builder.add_sparse(list)
            }
            LOOK => {
                let look = Look::from_repr(u32::try_from(r.len()?).ok()?)?;
                builder.add_look(id(r.len()?)?, look)
            }
            UNION => {
                let count = r.len()?;
                let mut list = Vec::with_capacity(r.at_most(count, 1)?);
                for _ in 0..count {
                    list.push(id(r.len()?)?);
                }
                builder.add_union(list)
            }
            FAIL => builder.add_fail(),
            MATCH => {
                if r.len()? != matches {
                    return None;
                }
                let start = *starts.get(matches)?;
                matches += 1;
                if one {
                    builder.add_match()
                } else {
                    builder.start_pattern().ok()?;
                    let added = builder.add_match();
                    builder.finish_pattern(start).ok()?;
                    added
                }
            }
            CAPTURE if one => {
                let group = u32::try_from(r.len()?).ok()?;
                let end = r.byte()? == 1;
                let name = match r.len()? {
                    0 => None,
                    n => {
                        let text = r.take(n - 1)?;
                        Some(std::sync::Arc::from(std::str::from_utf8(text).ok()?))
                    }
                };
                let next = id(r.len()?)?;
                if end {
                    builder.add_capture_end(next, group)
                } else {
                    builder.add_capture_start(next, group, name)
                }
            }
            _ => return None,
        };
        added.ok()?;
    }
    if matches != patterns {
        return None;
    }
    if !r.done() {
        return None;
    }
    if one {
        builder.finish_pattern(*starts.first()?).ok()?;
    }
    // A capture state without its other end, or two groups of one name, panics or fails
    // in the build: neither is in an encoding `encode` made.
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        builder.build(anchored, unanchored).ok()
    }))
    .ok()
    .flatten()
}

/// `n` appended to `out` in LEB128.
fn put(out: &mut Vec<u8>, mut n: usize) {
    loop {
        let low = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(low);
            return;
        }
        out.push(low | 0x80);
    }
}

/// Reads an encoding from the front.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn done(&self) -> bool {
        self.at >= self.bytes.len()
    }

    fn byte(&mut self) -> Option<u8> {
        let b = *self.bytes.get(self.at)?;
        self.at += 1;
        Some(b)
    }

    /// A LEB128 number (at most 32 bits of it).
    fn len(&mut self) -> Option<usize> {
        let mut n: usize = 0;
        for shift in (0..35).step_by(7) {
            let b = self.byte()?;
            n |= usize::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Some(n);
            }
        }
        None
    }

    /// `count`, if that many items of at least `size` bytes each can be left to read.
    fn at_most(&self, count: usize, size: usize) -> Option<usize> {
        (count.checked_mul(size)? <= self.bytes.len().saturating_sub(self.at)).then_some(count)
    }

    /// A length and that many bytes.
    fn bytes(&mut self) -> Option<&'a [u8]> {
        let len = self.len()?;
        self.take(len)
    }

    /// The next `len` bytes.
    fn take(&mut self, len: usize) -> Option<&'a [u8]> {
        let end = self.at.checked_add(len)?;
        let slice = self.bytes.get(self.at..end)?;
        self.at = end;
        Some(slice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn compile(patterns: &[&str]) -> NFA {
        let hirs: Vec<_> = patterns
            .iter()
            .map(|p| regex_syntax::parse(p).expect("valid"))
            .collect();
        thompson::Compiler::new()
            .configure(thompson::Config::new().which_captures(thompson::WhichCaptures::None))
            .build_many_from_hir(&hirs)
            .expect("compiles")
    }

    #[test]
    fn an_nfa_decodes_to_the_nfa_it_was_encoded_from() {
        let nfa = compile(&[
            r"(?i)(?-u:\b)(?:has|have|had)\s+not\s+been\s+seen(?-u:\b)",
            r"(?i)\bno\s+(?:one|professional)\b|[’']",
            r"\w+ë$",
        ]);
        let bytes = encode(&nfa, &[]).expect("encodes");
        let back = decode(&bytes).expect("decodes");
        // Stored again, the NFA decoded is stored as it was: nothing is lost or merged twice.
        assert_eq!(encode(&back, &[]).expect("encodes again"), bytes);
        assert_eq!(
            format!("{back:?}"),
            format!("{:?}", decode(&bytes).expect("decodes"))
        );
        assert_same_matches(&nfa, &back, &sample_texts());
    }

    #[test]
    fn states_that_behave_alike_are_stored_once() {
        // Nine words with two endings: the endings, and what follows them, are shared.
        let nfa = compile(&[
            r"(?-u:\b)(?:visited|phoned|called|visiting|phoning|calling)\s+(?:him|her)(?-u:\b)",
            r"(?-u:\b)(?:walked|talked|walking)\s+(?:him|her)(?-u:\b)",
        ]);
        let back = decode(&encode(&nfa, &[]).expect("encodes")).expect("decodes");
        assert!(
            back.states().len() + 6 < nfa.states().len(),
            "{} states stored for {}",
            back.states().len(),
            nfa.states().len()
        );
        assert_same_matches(&nfa, &back, &sample_texts());
        // Two patterns whose endings are alike keep their own match states, in order.
        let pattern_of = |text: &str| {
            let dfa = regex_automata::hybrid::dfa::DFA::builder()
                .build_from_nfa(back.clone())
                .expect("lazy");
            let mut cache = dfa.create_cache();
            dfa.try_search_fwd(&mut cache, &regex_automata::Input::new(text))
                .expect("searches")
                .map(|m| m.pattern().as_usize())
        };
        assert_eq!(pattern_of("she phoned her"), Some(0));
        assert_eq!(pattern_of("she walked her"), Some(1));
        assert_eq!(pattern_of("she talking her"), None);
    }

    /// Texts of the kind the phrase sets search: sentences of the held-out cases, as
    /// written and lowered (folded sets search lowered text), and a few made to reach
    /// the edges of a match.
    fn sample_texts() -> Vec<String> {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../tests/data/heldout/heldout-1.jsonl"
        );
        let file = std::fs::read_to_string(path).expect("the held-out cases are in the tree");
        let mut texts: Vec<String> = file
            .lines()
            .take(120)
            .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
            .flat_map(|case| {
                ["evidence", "impact", "actions"]
                    .into_iter()
                    .filter_map(|field| case.get(field)?.as_str().map(str::to_owned))
                    .collect::<Vec<_>>()
            })
            .collect();
        texts.extend(texts.clone().iter().map(|t| t.to_lowercase()));
        texts.extend(
            [
                "",
                "she phoned her",
                "He has not been seen, and no one knows; ’",
                "visitedhim  called   her\nphoning him.",
            ]
            .map(str::to_owned),
        );
        texts
    }

    /// Every match `a` finds in `texts` (each pattern's every end, or start for a reverse
    /// NFA; the leftmost-first matches; and, for one pattern, its capture groups) `b`
    /// finds too, and nothing else.
    fn assert_same_matches(a: &NFA, b: &NFA, texts: &[String]) {
        assert_eq!(every_match(a, texts), every_match(b, texts));
    }

    /// What `nfa` matches in each of `texts` (each line starts with the text's index).
    fn every_match(nfa: &NFA, texts: &[String]) -> Vec<String> {
        use regex_automata::hybrid::dfa::{OverlappingState, DFA};
        use regex_automata::nfa::thompson::pikevm::PikeVM;
        use regex_automata::{Input, MatchKind};
        {
            let build = |kind| {
                DFA::builder()
                    .configure(DFA::config().match_kind(kind).unicode_word_boundary(true))
                    .build_from_nfa(nfa.clone())
            };
            let mut found = Vec::new();
            let (Ok(all), Ok(first)) = (build(MatchKind::All), build(MatchKind::LeftmostFirst))
            else {
                return vec!["no lazy DFA".to_owned()];
            };
            let (mut all_cache, mut first_cache) = (all.create_cache(), first.create_cache());
            let pikevm = (!nfa.is_reverse() && nfa.pattern_len() == 1 && nfa.has_capture())
                .then(|| PikeVM::new_from_nfa(nfa.clone()).expect("a PikeVM"));
            for (i, text) in texts.iter().enumerate() {
                let input = Input::new(text);
                let mut state = OverlappingState::start();
                loop {
                    let searched = if nfa.is_reverse() {
                        all.try_search_overlapping_rev(&mut all_cache, &input, &mut state)
                    } else {
                        all.try_search_overlapping_fwd(&mut all_cache, &input, &mut state)
                    };
                    match (searched, state.get_match()) {
                        (Err(e), _) => found.push(format!("{i}: {e}")),
                        (Ok(()), Some(m)) => {
                            found.push(format!(
                                "{i}: {} at {}",
                                m.pattern().as_usize(),
                                m.offset()
                            ));
                            continue;
                        }
                        (Ok(()), None) => {}
                    }
                    break;
                }
                let leftmost = if nfa.is_reverse() {
                    first.try_search_rev(&mut first_cache, &input)
                } else {
                    first.try_search_fwd(&mut first_cache, &input)
                };
                found.push(format!("{i}: first {leftmost:?}"));
                if let Some(pikevm) = &pikevm {
                    let mut cache = pikevm.create_cache();
                    for caps in pikevm.captures_iter(&mut cache, text.as_str()) {
                        let groups: Vec<_> =
                            (0..caps.group_len()).map(|g| caps.get_group(g)).collect();
                        found.push(format!("{i}: groups {groups:?}"));
                    }
                }
            }
            found
        }
    }

    #[test]
    fn a_regular_expression_keeps_its_capture_groups_and_their_names() {
        let hir = regex_syntax::parse(r"(?i)\b(?P<verb>has|have)\s+(not)\s+(?P<what>\w+)")
            .expect("valid");
        let nfa = thompson::Compiler::new()
            .build_from_hir(&hir)
            .expect("compiles");
        let back = decode(&encode(&nfa, &[]).expect("encodes")).expect("decodes");
        assert_same_matches(&nfa, &back, &sample_texts());
        assert_eq!(
            back.group_info()
                .pattern_names(regex_automata::PatternID::ZERO)
                .collect::<Vec<_>>(),
            [None, Some("verb"), None, Some("what")]
        );
    }

    #[test]
    fn damaged_encodings_are_refused_not_trusted() {
        let bytes = encode(&compile(&[r"(?i)\bseen\b", "a|b"]), &[]).expect("encodes");
        for cut in 0..bytes.len() {
            assert!(decode(&bytes[..cut]).is_none(), "a cut at {cut} decoded");
        }
        // Every single-byte change either is refused or still builds an NFA: none panics.
        for at in 0..bytes.len() {
            for value in [0u8, 1, 5, 0x7f, 0x80, 0xff] {
                let mut damaged = bytes.clone();
                damaged[at] = value;
                let _ = decode(&damaged);
            }
        }
        // The thread's builder, reused after all those refusals, holds nothing of them.
        assert_eq!(
            format!("{:?}", decode(&bytes).expect("decodes")),
            format!("{:?}", compile(&[r"(?i)\bseen\b", "a|b"]))
        );
    }

    #[test]
    fn a_set_is_found_only_under_its_exact_patterns_and_form() {
        let patterns = vec![r"(?i)\bseen\b".to_owned(), "alone".to_owned()];
        let nfa = compile(&[&patterns[0], &patterns[1]]);
        let mut table = Vec::new();
        table.push(form_byte(Kind::Set, Form::Latin, true));
        put(&mut table, 2);
        for p in &patterns {
            put(&mut table, p.len());
            table.extend_from_slice(p.as_bytes());
        }
        let encoded = encode(&nfa, &[]).expect("encodes");
        put(&mut table, encoded.len());
        table.extend_from_slice(&encoded);
        let set = Kind::Set;
        let table = indexed(&table);
        let find = find_in;
        assert!(find(&table, set, Form::Latin, &patterns).is_some_and(|(_, folded)| folded));
        assert!(find(&table, set, Form::Full, &patterns).is_none());
        assert!(find(&table, set, Form::Ascii, &patterns).is_none());
        assert!(find(&table, Kind::Forward, Form::Latin, &patterns).is_none());
        assert!(find(&table, set, Form::Latin, &patterns[..1]).is_none());
        let other = vec![patterns[0].clone(), "alone ".to_owned()];
        assert!(find(&table, set, Form::Latin, &other).is_none());
        assert!(find(&table[..table.len() - 1], set, Form::Latin, &patterns).is_none());
        // A damaged index: too many entries for the table, or an entry's start past it.
        assert!(find(&table[..6], set, Form::Latin, &patterns).is_none());
        let mut wrong = table.clone();
        wrong[12..16].copy_from_slice(&u32::MAX.to_le_bytes());
        assert!(find(&wrong, set, Form::Latin, &patterns).is_none());
    }

    /// The table holds what a finding the bundled audits lack would load: every S001
    /// trigger's forward and reverse automata and its set of one, in each Latin form
    /// (with its word boundaries as written, and ASCII ones where that differs), although
    /// the bundled audits set off only a few of them.
    #[test]
    fn every_escalation_trigger_is_stored_in_each_latin_form() {
        let matcher = super::super::risk::EscalationMatcher::new(&[]);
        let patterns = matcher
            .triggers
            .iter()
            .map(|(regex, _, _)| regex)
            .chain(matcher.paired.iter().flat_map(|(a, b, _, _)| [a, b]));
        let mut checked = 0;
        for regex in patterns {
            let pattern = vec![regex.pattern().to_owned()];
            let ascii = super::super::lazy::may_have_unicode_boundary(&pattern[0]);
            for kind in [Kind::Forward, Kind::Reverse, Kind::Set] {
                for form in [Form::Latin, Form::Ascii] {
                    assert_eq!(
                        find_in(TABLE, kind, form, &pattern).is_some(),
                        form == Form::Latin || ascii,
                        "{kind:?} of {pattern:?} in {form:?}"
                    );
                }
            }
            checked += 1;
        }
        assert!(checked >= 40, "only {checked} triggers");
    }

    #[test]
    fn every_stored_set_is_the_compile_of_its_patterns() {
        // What `tests/prebuilt.rs` checks byte for byte, here NFA for NFA: each stored
        // automaton is the one its patterns compile to now.
        let (_, entries) = split(TABLE).expect("the table has its index");
        let mut r = Reader {
            bytes: entries,
            at: 0,
        };
        let mut checked = 0;
        let texts = sample_texts();
        while !r.done() {
            let byte = r.byte().expect("form");
            let (kind, form, stored_folded) = read_form_byte(byte).expect("a form byte");
            let count = r.len().expect("count");
            let patterns: Vec<String> = (0..count)
                .map(|_| String::from_utf8(r.bytes().expect("pattern").to_vec()).expect("text"))
                .collect();
            let stored = decode(r.bytes().expect("nfa")).expect("decodes");
            let mut needs = Vec::new();
            let (compiled, folded) = match kind {
                Kind::Set => super::super::lazy::compile_nfa(&patterns, form),
                Kind::Grouped => {
                    super::super::lazy::compile_grouped_nfa(&patterns, form).map(|(n, f, g)| {
                        needs = g;
                        (n, f)
                    })
                }
                Kind::Forward => super::super::lazy::compile_regex_nfa(&patterns[0], form, false),
                Kind::Reverse => super::super::lazy::compile_regex_nfa(&patterns[0], form, true),
            }
            .expect("compiles");
            // Stored, the compile is reduced (see `reduce`): it is that reduction, and it
            // matches what the compile matches.
            let reduced = decode(&encode(&compiled, &needs).expect("encodes")).expect("decodes");
            assert_eq!(
                format!("{stored:?}"),
                format!("{reduced:?}"),
                "the stored automaton of {patterns:?} is out of date"
            );
            assert_same_matches(&compiled, &stored, &texts);
            assert_eq!(stored_folded, folded, "{patterns:?} folded");
            // Its row is where the binary search looks.
            let found = find_in(TABLE, kind, form, &patterns);
            assert!(found.is_some(), "{patterns:?} is not found");
            checked += 1;
        }
        assert_eq!(checked, table_sets().0);
        assert!(checked > 0, "the table is empty");
    }

    /// A set rebuilt for a document without the groups of phrases it cannot match (see
    /// [`plan`]) matches in the document's text exactly as the whole set does.
    #[test]
    fn a_set_rebuilt_for_a_document_matches_in_it_as_the_whole_set() {
        let docs = [
            include_str!("../../../../examples/jo.audit.md"),
            include_str!("../../../../tests/fixtures/clean/amir.audit.md"),
        ];
        let (_, entries) = split(TABLE).expect("the table has its index");
        let (mut grouped, mut pruned, mut before, mut after) = (0, 0, 0, 0);
        for doc in docs {
            let grams = Grams::of(doc);
            let texts: Vec<String> = doc
                .lines()
                .filter(|l| !l.trim().is_empty())
                .flat_map(|l| [l.to_owned(), l.to_ascii_lowercase()])
                .collect();
            assert!(texts.iter().all(|t| grams.covers(t)));
            let mut r = Reader {
                bytes: entries,
                at: 0,
            };
            while !r.done() {
                let (kind, _, _) = read_form_byte(r.byte().expect("form")).expect("a form");
                for _ in 0..r.len().expect("count") {
                    r.bytes().expect("pattern");
                }
                let bytes = r.bytes().expect("nfa");
                if kind != Kind::Grouped {
                    continue;
                }
                grouped += 1;
                let whole = decode(bytes).expect("decodes");
                let Some(plan) = plan(bytes, &grams).expect("a well-formed encoding") else {
                    continue;
                };
                let part = decode_planned(bytes, Some(&plan)).expect("decodes in part");
                assert!(part.states().len() < whole.states().len());
                pruned += 1;
                before += whole.states().len();
                after += part.states().len();
                // A search the lazy DFA gives up on (a Unicode word boundary beside a
                // letter beyond ASCII) is searched again by other means in a check: only
                // the texts both searched to the end are compared.
                let (whole, part) = (every_match(&whole, &texts), every_match(&part, &texts));
                let gave_up: std::collections::HashSet<&str> = whole
                    .iter()
                    .chain(&part)
                    .filter(|m| m.contains("Err") || m.contains("quit"))
                    .filter_map(|m| m.split(':').next())
                    .collect();
                let kept = |found: &[String]| -> Vec<String> {
                    found
                        .iter()
                        .filter(|m| m.split(':').next().is_some_and(|i| !gave_up.contains(i)))
                        .cloned()
                        .collect()
                };
                assert_eq!(kept(&whole), kept(&part));
            }
        }
        assert!(grouped > 300, "{grouped} grouped sets");
        assert!(
            pruned > grouped / 3,
            "{pruned} of {grouped} rebuilt in part"
        );
        assert!(after * 3 < before * 2, "{before} states rebuilt as {after}");
    }

    #[test]
    fn a_damaged_plan_is_refused() {
        let grams = Grams::of("nothing in common");
        let nfa = super::super::lazy::compile_grouped_nfa(
            &[r"(?i)\b(?:neglect|abuse|harm|danger|unsafe)\b".to_owned()],
            Form::Latin,
        )
        .expect("compiles");
        let bytes = encode(&nfa.0, &nfa.2).expect("encodes");
        let plan = plan(&bytes, &grams)
            .expect("well formed")
            .expect("a part left out");
        let part = decode_planned(&bytes, Some(&plan)).expect("decodes");
        assert!(part.states().len() < nfa.0.states().len());
        for cut in 0..bytes.len() {
            if let Some(Some(plan)) = super::plan(&bytes[..cut], &grams) {
                assert!(decode_planned(&bytes[..cut], Some(&plan)).is_none());
            }
        }
    }
}
