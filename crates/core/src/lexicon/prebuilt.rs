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
    let kind = [Kind::Set, Kind::Forward, Kind::Reverse]
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
        record(kind, patterns, form, folded, &nfa);
        Some((nfa, folded))
    })
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
                return Some((decode(r.bytes()?)?, folded));
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
fn record(kind: Kind, patterns: &[String], form: Form, folded: bool, nfa: &NFA) {
    if !RECORDING.load(Ordering::Relaxed) {
        return;
    }
    let Some(nfa) = encode(nfa) else {
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
    let targets = |state: &State| -> Vec<StateID> {
        match state {
            State::ByteRange { trans } => vec![trans.next],
            State::Sparse(sparse) => sparse.transitions.iter().map(|t| t.next).collect(),
            State::Dense(dense) => dense.transitions.to_vec(),
            State::Look { next, .. } | State::Capture { next, .. } => vec![*next],
            State::Union { alternates } => alternates.to_vec(),
            State::BinaryUnion { alt1, alt2 } => vec![*alt1, *alt2],
            State::Fail | State::Match { .. } => vec![],
        }
    };
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
fn encode(nfa: &NFA) -> Option<Vec<u8>> {
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

/// The NFA `bytes` encode, or `None` if they are not a well-formed encoding.
///
/// Every state is added in order, so each keeps its number. An NFA of one pattern is added
/// as that pattern; in one of several, a match state is added as its pattern's only state,
/// in the order of the patterns.
///
/// Each thread keeps one builder, cleared before and after each use: its list of states
/// keeps its room from one NFA to the next, rather than growing again, copied at every
/// doubling, for each of the 50 NFAs a check loads (2 % of a one-audit check).
fn decode(bytes: &[u8]) -> Option<NFA> {
    thread_local! {
        static BUILDER: std::cell::RefCell<thompson::Builder> =
            std::cell::RefCell::new(thompson::Builder::new());
    }
    BUILDER.with(|cell| match cell.try_borrow_mut() {
        Ok(mut builder) => {
            builder.clear();
            let nfa = decode_with(bytes, &mut builder);
            builder.clear();
            nfa
        }
        Err(_) => decode_with(bytes, &mut thompson::Builder::new()),
    })
}

/// [`decode`] with `builder`, which holds no state.
fn decode_with(bytes: &[u8], builder: &mut thompson::Builder) -> Option<NFA> {
    let mut r = Reader { bytes, at: 0 };
    let states = r.len()?;
    let patterns = r.len()?;
    let id = |n: usize| (n < states).then(|| StateID::new(n).ok()).flatten();
    let anchored = id(r.len()?)?;
    let unanchored = id(r.len()?)?;
    builder.set_utf8(r.byte()? == 1);
    builder.set_reverse(r.byte()? == 1);
    let starts = (0..patterns)
        .map(|_| id(r.len()?))
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
    for _ in 0..states {
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
    if matches != patterns || !r.done() {
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
        let bytes = encode(&nfa).expect("encodes");
        let back = decode(&bytes).expect("decodes");
        // Stored again, the NFA decoded is stored as it was: nothing is lost or merged twice.
        assert_eq!(encode(&back).expect("encodes again"), bytes);
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
        let back = decode(&encode(&nfa).expect("encodes")).expect("decodes");
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
        use regex_automata::hybrid::dfa::{OverlappingState, DFA};
        use regex_automata::nfa::thompson::pikevm::PikeVM;
        use regex_automata::{Input, MatchKind};
        fn every_match(nfa: &NFA, texts: &[String]) -> Vec<String> {
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
        assert_eq!(every_match(a, texts), every_match(b, texts));
    }

    #[test]
    fn a_regular_expression_keeps_its_capture_groups_and_their_names() {
        let hir = regex_syntax::parse(r"(?i)\b(?P<verb>has|have)\s+(not)\s+(?P<what>\w+)")
            .expect("valid");
        let nfa = thompson::Compiler::new()
            .build_from_hir(&hir)
            .expect("compiles");
        let back = decode(&encode(&nfa).expect("encodes")).expect("decodes");
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
        let bytes = encode(&compile(&[r"(?i)\bseen\b", "a|b"])).expect("encodes");
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
        let encoded = encode(&nfa).expect("encodes");
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
            let (compiled, folded) = match kind {
                Kind::Set => super::super::lazy::compile_nfa(&patterns, form),
                Kind::Forward => super::super::lazy::compile_regex_nfa(&patterns[0], form, false),
                Kind::Reverse => super::super::lazy::compile_regex_nfa(&patterns[0], form, true),
            }
            .expect("compiles");
            // Stored, the compile is reduced (see `reduce`): it is that reduction, and it
            // matches what the compile matches.
            let reduced = decode(&encode(&compiled).expect("encodes")).expect("decodes");
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
}
