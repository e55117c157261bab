//! Shared reading of actions for the SMART rules (A002–A006): who owns an action, what its
//! main verb is, whether and by when it is time-bound, and what shows it is done. Also the
//! SMART rewrite scaffold those rules offer.
//!
//! The reading is a small grammar over words, not a list of sentences: an action is a
//! subject with a modal or infinitive ("Social worker to…", "TM will…"), an instruction
//! ("Complete the chronology…"), a bare infinitive ("To obtain…") or a passive ("Chronology
//! to be updated by…"), optionally led by a time phrase ("By 15/12/2026, …"). All ranges
//! are relative to the action's own text.

use crate::text::TrimEndStr;
use std::sync::LazyLock;

use crate::date::{find_dates, Date, FoundDate};
use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::document::Action;
use crate::english::{self, verbs, Kind};
use crate::lexicon::lazy::LazyRegex;
use crate::lexicon::smart::phrase_pattern;
use crate::lexicon::{alternatives, smart, Lexicon};
use crate::rules::Context;
use crate::text::{Part, TextRange};

/// How an action is phrased.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Shape {
    /// A subject and a modal or infinitive: "Social worker to…", "Virtual School will…".
    Subject,
    /// An instruction: "Complete the chronology…".
    Imperative,
    /// A bare infinitive: "To obtain police checks…".
    Infinitive,
    /// A passive: "Chronology to be updated…", "Case to be discussed…".
    Passive,
}

/// A vague main verb found in an action.
#[derive(Clone, Debug)]
pub(crate) struct VagueVerb {
    pub range: TextRange,
    /// The phrase in its base form ("look into").
    pub phrase: String,
    /// Concrete wordings that could replace it.
    pub instead: Vec<String>,
}

/// What an action says about who, what, when and with what result.
#[derive(Clone, Debug)]
pub(crate) struct ActionReading {
    pub shape: Shape,
    /// Where the action proper starts, after a leading time phrase ("By 15/12/2026, ").
    pub start: usize,
    /// The action proper starts with a verb ("Complete…", "Make sure…"), not a noun.
    pub starts_with_verb: bool,
    /// Who is responsible, when the action names someone.
    pub owner: Option<TextRange>,
    /// The subject before a modal or infinitive ("Chronology" in "Chronology to be…").
    pub subject: Option<TextRange>,
    /// The main verb (its first word).
    pub verb: Option<TextRange>,
    /// For a passive, where its participle ends ("to be updated|").
    pub participle_end: Option<usize>,
    pub vague: Option<VagueVerb>,
    /// The main verb leaves nothing observable behind on its own ("speak to", "support").
    pub process_verb: bool,
    pub time_bound: bool,
    /// A timing that sets no bound ("as soon as possible").
    pub vague_time: Option<TextRange>,
    /// Dates by (or on) which the action is due; not dates it merely mentions ("agreed at
    /// the review on 14/10/2026") nor start dates ("from 01/12/2026").
    pub deadlines: Vec<FoundDate>,
    /// An observable result or evidence of completion.
    pub measurable: bool,
    /// Where the main clause ends: before a result clause (", so that…"), or at the end of
    /// the text without its final full stop.
    pub main_clause_end: usize,
    /// The end of the text without trailing whitespace and final punctuation.
    pub body_end: usize,
}

/// A word of an action: its byte range.
#[derive(Clone, Copy, Debug)]
struct Word {
    start: usize,
    end: usize,
}

/// The words of an action, as the one tokenizer reads them, with "SW/TM", "A&E" and
/// "e.g" (written without spaces) each kept as one word.
fn words(text: &str) -> Vec<Word> {
    let tokens = english::tokenize(text, 0, text.len());
    let mut out = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while let Some(t) = tokens.get(i) {
        i += 1;
        if t.kind == Kind::Punct {
            continue;
        }
        let mut word = Word {
            start: t.start,
            end: t.end,
        };
        while let (Some(joiner), Some(next)) = (tokens.get(i), tokens.get(i + 1)) {
            let joins = joiner.kind == Kind::Punct
                && matches!(joiner.lower.as_str(), "/" | "&" | ".")
                && joiner.start == word.end
                && next.start == joiner.end
                && next.kind != Kind::Punct;
            if !joins {
                break;
            }
            word.end = next.end;
            i += 2;
        }
        out.push(word);
    }
    out
}

fn in_list(list: &[&str], word: &str) -> bool {
    list.contains(&word)
}

/// The word in the singular, when it is a simple plural ("workers" → "worker").
fn singular(word: &str) -> &str {
    if word.len() > 3 {
        if let Some(stem) = word.strip_suffix('s') {
            if !stem.ends_with('s') {
                return stem;
            }
        }
    }
    word
}

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

fn is_all_caps(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}

const MODALS: &[&str] = &[
    "will", "shall", "should", "must", "can", "could", "would", "might",
];

/// Words after "to" that show it is a preposition, not an infinitive ("Referral to the…").
const NOT_VERBS: &[&str] = &[
    "the",
    "a",
    "an",
    "his",
    "her",
    "their",
    "its",
    "my",
    "our",
    "your",
    "this",
    "that",
    "these",
    "those",
    "all",
    "each",
    "every",
    "any",
    "some",
    "no",
    "both",
    "him",
    "them",
    "me",
    "us",
    "mother",
    "father",
    "mum",
    "dad",
    "parents",
    "parent",
    "school",
    "court",
    "panel",
    "family",
    "carers",
    "carer",
    "health",
    "children's",
    "children’s",
    "date",
    "file",
    "professionals",
    "agencies",
    "whom",
    "which",
    "what",
    "where",
    "whether",
];

/// Adverbs between a modal and its verb ("SW to also visit").
const ADVERBS: &[&str] = &[
    "also",
    "now",
    "then",
    "further",
    "jointly",
    "promptly",
    "immediately",
    "urgently",
    "personally",
    "formally",
    "directly",
    "swiftly",
    "quickly",
    "fully",
    "please",
    "both",
    "not",
    "again",
    "still",
    "first",
];

/// Irregular participles of a passive ("to be held").
const PARTICIPLES: &[&str] = &[
    "made",
    "held",
    "done",
    "seen",
    "sent",
    "given",
    "taken",
    "written",
    "undertaken",
    "met",
    "kept",
    "put",
    "set",
    "drawn",
    "brought",
    "sought",
    "told",
    "shown",
    "known",
    "begun",
    "chosen",
    "found",
    "heard",
    "paid",
    "read",
    "run",
    "built",
    "spent",
    "understood",
    "led",
    "shared",
];

fn is_participle(word: &str) -> bool {
    // "rewritten", "re-sent", "redrawn": the participle of a verb done again.
    let again = word
        .strip_prefix("re-")
        .or_else(|| word.strip_prefix("re"))
        .filter(|rest| rest.len() > 2);
    (word.len() > 4 && word.ends_with("ed"))
        || in_list(PARTICIPLES, word)
        || again.is_some_and(|rest| in_list(PARTICIPLES, rest))
}

fn verb_like(word: &str) -> bool {
    let lower = word.to_lowercase();
    if verbs::begins_action(&lower) || lower == "be" || lower == "have" {
        return true;
    }
    !is_capitalised(word)
        && word.chars().next().is_some_and(char::is_alphabetic)
        && !in_list(NOT_VERBS, &lower)
        && !lower.ends_with("'s")
        && !lower.ends_with("’s")
}

static MONTH: &str = r"(?-i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b";
static WEEKDAY: &str = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b";
static NUM: &str = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|a|an)";
static UNIT: &str = r"(?:hours?|days?|weeks?|fortnights?|months?|years?|terms?)\b";
static DET: &str = r"(?:the|a|an|this|that|his|her|their|its|our|[\w-]+(?:'s|’s))";
static ORD: &str = r"(?:next|first|following|upcoming|forthcoming|coming|planned|scheduled|initial|final|second|third|subsequent|\w+[- ](?:day|week|month|year)(?:ly)?)";
static DEADLINE_PREP: &str = r"(?:by|before|until|till|ahead\s+of|prior\s+to|in\s+time\s+for|in\s+advance\s+of|(?:no|not)\s+later\s+than|in\s+readiness\s+for|on\s+or\s+before)";

/// Time bounds that need no date: durations, deadlines against events, frequencies.
static TIME_BOUND: LazyLock<LazyRegex> = LazyLock::new(|| {
    let events = alternatives(smart::EVENTS.iter().copied());
    let times = alternatives(smart::TIME_NOUNS.iter().copied());
    let scheduled = alternatives(smart::SCHEDULED_EVENTS.iter().copied());
    let patterns = [
        format!(r"\bwithin\s+(?:[\w-]+\s+){{0,3}}?{UNIT}"),
        r"\bwithin\s+\d".to_owned(),
        r"\bwithin\s+(?:[\w-]+\s+){0,2}?(?:timescales?|time\s*frames?|deadlines?)\b".to_owned(),
        format!(
            r"\b{DEADLINE_PREP}\s+(?:{DET}\s+)?(?:{ORD}\s+)?(?:[\w-]+\s+){{0,2}}?(?:(?P<ev>{events})\b|(?:{times})\b|{MONTH}|{WEEKDAY}|Q[1-4]\b)"
        ),
        format!(r"\b{DEADLINE_PREP}\s+(?:the\s+)?\d"),
        r"\b(?:before|until|till)\s+\w".to_owned(),
        format!(
            r"\b(?:at|in|during|by|before|after|following|from)\s+(?:{DET}\s+)?{ORD}\s+(?:[\w-]+\s+){{0,2}}?(?:{events})\b"
        ),
        r"\b(?:week|w/?c)\s+(?:commencing|beginning|starting)\b|\bw/[ce]\b|\bweek\s+ending\b".to_owned(),
        format!(r"\bin\s+{NUM}\s+(?:more\s+)?(?:working\s+)?{UNIT}"),
        format!(
            r"\b(?:at|during|for)\s+(?:the|her|his|their|[\w-]+(?:'s|’s))\s+(?:[\w-]+\s+){{0,2}}?(?P<ev2>{scheduled})\b"
        ),
        format!(r"\bend\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:(?:{times})\b|{MONTH}|Q[1-4]\b)"),
        r"\bQ[1-4]\b".to_owned(),
        // "mid-March", "in early 2027", "spring 2027", "the first quarter of 2027", "the
        // last week of January".
        format!(r"\b(?:early|mid|late)[- ]?(?:{MONTH}|20\d\d\b)"),
        format!(r"\b(?:in|during|by)\s+(?:early|mid|late)\s+(?:{MONTH}|20\d\d\b)"),
        r"\b(?:spring|summer|autumn|winter)\s+(?:term\s+)?20\d\d\b".to_owned(),
        format!(
            r"\b(?:first|second|third|fourth|final|last)\s+(?:quarter|half|week|fortnight|month|term)\s+of\s+(?:the\s+)?(?:{MONTH}|20\d\d\b|(?:financial\s+|academic\s+)?year\b|term\b|month\b)"
        ),
        r"\b(?:over|during|in|throughout)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:holidays?|half[- ]term|christmas|easter|xmas|new\s+year|(?:spring|summer|autumn)\s+term|summer)\b".to_owned(),
        r"\b(?:this|next|the\s+coming)\s+(?:week|month|term|fortnight|half[- ]term|year)\b"
            .to_owned(),
        r"\b(?:today|tomorrow|immediately|forthwith|straight\s+away|same\s+day|by\s+return)\b"
            .to_owned(),
        format!(r"\bevery\s+(?:{NUM}\s+|other\s+)?(?:working\s+)?(?:{UNIT}|{WEEKDAY})"),
        format!(r"\b(?:once|twice|{NUM}\s+times)\s+(?:a|per|each|every)\s+(?:day|week|fortnight|month|term)\b"),
        format!(r"\beach\s+(?:day|week|fortnight|month|term|{WEEKDAY})"),
        // "at each review", "before every core group": a recurring meeting.
        format!(r"\b(?:at|before|after|for|ahead\s+of)\s+(?:each|every)\s+(?:[\w-]+\s+){{0,2}}?(?:{scheduled})\b"),
        format!(r"\bfor\s+(?:the\s+next\s+|a\s+further\s+|another\s+)?{NUM}\s+(?:more\s+)?(?:working\s+)?{UNIT}"),
        format!(
            r"\b(?:in|over|during)\s+the\s+(?:next|coming|following)\s+(?:{NUM}\s+(?:working\s+)?{UNIT}|week\b|month\b|fortnight\b|term\b)"
        ),
        r"(?P<freq>\b(?:twice[- ])?(?:daily|weekly|fortnightly|monthly|quarterly|bi-?weekly|bi-?monthly)\b)".to_owned(),
    ];
    LazyRegex::builtin(format!("(?i:{})", patterns.join("|")))
});

/// A frequency word is a time bound when it is an adverb ("visit weekly until…"), not an
/// adjective ("the weekly contact arrangements").
fn adverbial(text: &str, end: usize) -> bool {
    let rest = text.part(end..).trim_start();
    if rest.is_empty() || rest.starts_with([',', '.', ';', ':', ')', '(']) {
        return true;
    }
    let next: String = rest
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    in_list(
        &[
            "until",
            "till",
            "from",
            "for",
            "starting",
            "and",
            "with",
            "to",
            "at",
            "in",
            "on",
            "throughout",
            "during",
            "so",
            "by",
            "thereafter",
            "after",
            "before",
            "between",
            "over",
            "ahead",
            "as",
            "while",
            "when",
        ],
        &next,
    )
}

/// Load [`TIME_BOUND`], the largest matcher the actions' reading has (see
/// [`crate::preload`]).
pub(crate) fn preload() {
    TIME_BOUND.load();
}

/// Whether a match of [`TIME_BOUND`] really is a time bound: "evidenced by the assessment
/// report" names an agent and a document, not an event.
fn time_bound_match(text: &str, caps: &crate::lexicon::lazy::Captures) -> bool {
    let Some(whole) = caps.get(0) else {
        return false;
    };
    if let Some(f) = caps.name("freq") {
        return adverbial(text, f.end());
    }
    let starts_with_by = whole
        .as_str()
        .get(..3)
        .is_some_and(|p| p.eq_ignore_ascii_case("by "));
    if starts_with_by {
        let before = text.part(..whole.start()).trim_end();
        let previous = before
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("")
            .to_lowercase();
        if in_list(AGENTIVE, &previous) {
            return false;
        }
    }
    if caps.name("ev2").is_some() {
        // "the plan agreed at the review": a past meeting, not a time bound.
        let previous = text
            .part(..whole.start())
            .trim_end()
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("")
            .to_lowercase();
        if is_participle(&previous) && !in_list(FUTURE_PARTICIPLES, &previous) {
            return false;
        }
    }
    if let Some(event) = caps.name("ev").or_else(|| caps.name("ev2")) {
        // "the assessment report", "session notes": the event word is part of a longer noun.
        let next: String = text
            .part(event.end()..)
            .trim_start_matches([' ', '\t'])
            .chars()
            .take_while(|c| c.is_alphanumeric())
            .collect::<String>()
            .to_lowercase();
        // "the review child protection conference": a longer name of an event is one.
        let names_event_later = text
            .part(event.end()..)
            .split_whitespace()
            .skip(1)
            .take(3)
            .map(|w| {
                w.trim_end_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .any(|w| in_list(smart::EVENTS, &w));
        if !next.is_empty()
            && !in_list(EVENT_FOLLOWERS, &next)
            && !in_list(smart::EVENTS, &next)
            && !in_list(smart::MEETINGS, &next)
            && next.chars().all(char::is_alphabetic)
            && !names_event_later
        {
            return false;
        }
    }
    true
}

/// Verbs whose "by" names who or what, not when ("evidenced by the assessment").
const AGENTIVE: &[&str] = &[
    "evidenced",
    "supported",
    "led",
    "chaired",
    "signed",
    "attended",
    "informed",
    "witnessed",
    "confirmed",
    "shown",
    "demonstrated",
    "measured",
    "accompanied",
    "agreed",
    "approved",
    "authorised",
    "authorized",
    "overseen",
    "endorsed",
    "followed",
];

/// Words that can follow an event in a time phrase ("by the review on…", "before the
/// RCPC, so that…").
const EVENT_FOLLOWERS: &[&str] = &[
    "on",
    "at",
    "in",
    "of",
    "for",
    "and",
    "or",
    "so",
    "with",
    "to",
    "which",
    "that",
    "where",
    "when",
    "is",
    "are",
    "will",
    "due",
    "date",
    "dates",
    "takes",
    "scheduled",
    "planned",
    "booked",
    "has",
    "have",
    "if",
    "as",
    "by",
    "the",
    "whichever",
    "this",
    "next",
    "after",
    "before",
    "then",
    "evidenced",
    "recording",
    "recorded",
    "including",
    "into",
    "about",
    "from",
    "starting",
    "ends",
    "begins",
    "but",
    "unless",
    "until",
];

/// Dates without a year, months, weekdays: a time bound only after a time preposition.
static PARTIAL_DATE: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(format!(
        r"(?i:\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}|\b{MONTH}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b)?|\b\d{{1,2}}/\d{{1,2}}\b|\b{WEEKDAY})"
    ))
});

static TIME_PREP_BEFORE: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(format!(
        r"(?i)\b(?:{DEADLINE_PREP}|on|from|starting|commencing|beginning|during|in|over|throughout|for|at|due|deadline|w/c|wc|(?:end|start|beginning|middle|week|fortnight|half)\s+of|(?:week|w/c)\s+(?:commencing|beginning|starting))\s+(?:(?:the|this|next|{WEEKDAY})\s+)?$"
    ))
});

/// Text before a date that shows the date is history, not a deadline: "since…", "last seen
/// on…", "agreed at the review on…".
static PAST_BEFORE: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(r"(?i)(?:\b(?:since|dated|last|previously|earlier)\b(?:\s+[\w'’-]+){0,4}?|\b(?P<part>\w+ed|seen|held|made|sent|taken|written|given|done|met|begun|began|took\s+place|happened|occurred)(?:\s+(?:at|in|on|during|with|from|to)(?:\s+[\w'’-]+){1,3})?)\s+(?:on|in|at|dated|of|from|between)?\s*$".to_owned())
});

/// Participles that look ahead, not back ("the review scheduled for 14/01/2027").
const FUTURE_PARTICIPLES: &[&str] = &[
    "scheduled",
    "planned",
    "booked",
    "arranged",
    "listed",
    "fixed",
    "expected",
    "proposed",
    "needed",
    "required",
    "intended",
];

/// Whether the text before `at` makes a date there history rather than a deadline.
fn past_context(text: &str, at: usize) -> bool {
    static DEADLINE_BEFORE: LazyLock<LazyRegex> = LazyLock::new(|| {
        LazyRegex::builtin(format!(r"(?i)\b(?:{DEADLINE_PREP}|due|deadline)\s*$"))
    });
    let mut from = at.saturating_sub(80);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let before = text.part(from..at);
    if DEADLINE_BEFORE.is_match(before) {
        return false;
    }
    let Some(caps) = PAST_BEFORE.captures(before) else {
        return false;
    };
    let Some(part) = caps.name("part") else {
        return true;
    };
    // "to be completed on…" and "the review scheduled for…" look ahead.
    let ahead = before
        .part(..part.start())
        .trim_end()
        .to_lowercase()
        .ends_with("be");
    !ahead && !in_list(FUTURE_PARTICIPLES, &part.as_str().to_lowercase())
}

/// Whether the date at `at` sits in a phrase that opens the action and says what it
/// follows ("Following the core group on 9 November 2026, SW to write …", "After the ICPC
/// on 6 January, …"): the date of the event before, not a time the action is due by.
fn fronted_event(text: &str, at: usize) -> bool {
    static FRONTED: LazyLock<LazyRegex> = LazyLock::new(|| {
        LazyRegex::builtin(
            r"(?i)^\W*(?:following|after|further\s+to|since|in\s+light\s+of|in\s+response\s+to|as\s+agreed\s+at|as\s+discussed\s+at)\b[^,;:]*$"
                .to_owned(),
        )
    });
    FRONTED.is_match(text.part(..at))
}

/// Whether the date at `start..end` qualifies a noun after a determiner that no time
/// preposition opens ("Building on the findings of the June 2026 thematic audit"): it
/// says which thing is meant, not when the action is due. "By the 14 March deadline" and
/// "at the 3 December review" still time the action.
fn date_names_a_thing(text: &str, start: usize, end: usize) -> bool {
    let noun_follows = text
        .part(end..)
        .trim_start()
        .starts_with(|c: char| c.is_ascii_lowercase());
    let before = text.part(..start).to_lowercase();
    let mut words = before
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .rev();
    let determined = words.next().is_some_and(|w| {
        matches!(
            w,
            "the" | "a" | "an" | "this" | "that" | "her" | "his" | "their" | "its"
        )
    });
    let prep = words.next().unwrap_or("");
    let timed = matches!(
        prep,
        "by" | "before"
            | "until"
            | "till"
            | "at"
            | "on"
            | "in"
            | "for"
            | "during"
            | "after"
            | "from"
            | "following"
            | "than"
            | "to"
            | "ahead"
            | "due"
    ) || (prep == "of"
        && words
            .next()
            .is_some_and(|w| matches!(w, "ahead" | "advance" | "end" | "start" | "time")));
    noun_follows && determined && !timed
}

static VAGUE_TIME: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(format!(
        r"(?i)(?:^|[^\w.])(?P<v>{})(?:$|[^\w])",
        alternatives(smart::VAGUE_TIMES.iter().copied())
    ))
});

/// Where a result or evidence clause begins, ending the main clause.
static MAIN_END: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(r"(?i),?\s*\b(?:so\s+that|so\s+as\s+to|in\s+order\s+(?:to|that)|evidenced\b|as\s+evidenced)|,\s*(?:with\s+(?:the|a|an|his|her|their|its|copies|copy|evidence|progress|any|all)\b|recording\b|recorded\b|to\s+be\s+(?:recorded|shared|uploaded|evidenced|placed|filed|minuted|sent)\b|which\s+will\b|where\b)".to_owned())
});

/// An observable result or evidence of completion.
static RESULT: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(r"(?i)\bso\s+that\b|\bso\s+as\s+to\b|\bin\s+order\s+(?:to|that)\b|,\s*so\s+(?:he|she|they|it|the|his|her|their|(?-i:[A-Z])[\w'’-]*)\b|\bto\s+(?:ensure|enable|allow|make\s+sure|confirm|evidence|demonstrate|show|check|test|establish|agree|decide|inform)\b|\bwhich\s+will\b|\bwhere\s+\w+(?:\s+\w+){0,3}\s+will\b|\bresulting\s+in\b|\bleading\s+to\b|\bwith\s+the\s+aim\b|\bevidenced\b|\bevidence\s+(?:of|that|on|in|to)\b|\b(?:re)?record(?:s|ed|ing)?\b|\bminute[sd]?\b|\bdocument(?:ed|ing)\b|\blogged\b|\bupload(?:s|ed|ing)?\b|\b(?:placed|filed|saved|added|attached|scanned|stored|kept)\s+(?:on|to|in|into|with|onto)\b|\b(?:on|to|in|into|onto)\s+(?:the\s+|his\s+|her\s+|their\s+|[\w-]+(?:'s|’s)\s+)?(?:child's\s+|child’s\s+|case\s+)?(?:file|record|records|notes|system)\b|\bin\s+writing\b|\bwritten\b|\bcop(?:y|ies)\b|\bsigned\b|\bcertificate\b|\bconfirm(?:s|ed|ing)?\b|\bsent\s+to\b|\bshar(?:e|es|ed|ing)\b[^.;]{0,60}?\bwith\b|\bcirculat(?:e|ed|ing)\b|\bdistribut(?:e|ed|ing)\b|\bsubmit(?:s|ted|ting)?\b|\bfeed\s*back\b|\breport(?:ing)?\s+back\b|\bagree(?:s|d|ing)?\b|\boutcomes?\b|\bdecisions?(?:[^\w-]|$)|\d+\s*%".to_owned())
});

/// Who something is sent to, after a verb of sending ("… weekly attendance to the social
/// worker").
static SENT_TO: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(
        r"(?i)^\s+(?:[\w'’-]+\s+){1,5}?to\s+(?:the|his|her|their|all|each|every|both)\s".to_owned(),
    )
});

/// What an action would improve or stress ends just before a result word ("improve the
/// quality of recording on the file", "the importance of recording her wishes"): the word
/// names what is worked on, not a result anyone will see.
static ABOUT_QUALITY: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(
        r"(?i)\b(?:quality|importance|standard|standards|level|consistency|timeliness|value)\s+of\s+(?:[\w'’-]+\s+){0,4}$"
            .to_owned(),
    )
});

/// A producing verb with a document or meeting as its object ("agree a written plan").
static PRODUCES: LazyLock<LazyRegex> = LazyLock::new(|| {
    let verbs: Vec<String> = smart::PRODUCING_VERBS
        .iter()
        .flat_map(|v| verbs::forms(v))
        .collect();
    let verbs = alternatives(verbs.iter().map(String::as_str));
    let things = alternatives(
        smart::DOCUMENTS
            .iter()
            .chain(smart::MEETINGS.iter())
            .copied(),
    );
    LazyRegex::builtin(format!(
        r"(?i)\b(?:{verbs})\s+(?:[\w'’-]+\s+){{0,4}}?(?:{things})s?\b"
    ))
});

/// A named meeting the action happens at ("at the next core group", "in supervision").
static AT_MEETING: LazyLock<LazyRegex> = LazyLock::new(|| {
    let meetings = alternatives(smart::MEETINGS.iter().copied());
    LazyRegex::builtin(format!(
        r"(?i)\b(?:at|in|during|through|via)\s+(?:{DET}\s+)?(?:{ORD}\s+|monthly\s+|weekly\s+|regular\s+)?(?:[\w-]+\s+){{0,2}}?(?:{meetings})\b"
    ))
});

static COUNT: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(r"(?i)\b(?:twice|thrice|(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+times)\b|\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)\s+(?:[\w-]+\s+){0,3}?(?P<noun>[a-z][\w-]*s)\b".to_owned())
});

/// Any process verb at the start of a text, as one matcher (the alternatives matches
/// wherever one of them does).
static PROCESS: LazyLock<LazyRegex> = LazyLock::new(|| {
    let any: Vec<String> = smart::PROCESS_VERBS
        .iter()
        .filter_map(|p| phrase_pattern(p))
        .collect();
    LazyRegex::builtin(format!("(?:{})", any.join("|")))
});

static VAGUE_NOUN: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(format!(
        r"(?i)^(?:{})\b",
        alternatives(smart::VAGUE_NOUN_PHRASES.iter().map(|(p, _)| *p))
    ))
});

/// "… completed by the social worker", "… made to Early Help by the Front Door": a
/// passive's agent.
static BY_AGENT: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(format!(
        r"(?i)\b(?:\w+ed|\w+ing|(?:re-?)?(?:{}))\s+(?:(?:to|for|with|about|on|at|in|into)\s+(?:[\w'’-]+\s+){{1,4}}?)?by\s+",
        PARTICIPLES.join("|")
    ))
});

/// "Owner: SW", "Lead – TM", "(IRO)", "… – SW".
static OWNER_LABEL: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(r"(?i)\b(?:owner|lead|led\s+by|responsible|responsibility|action\s+by|actioned\s+by|who)\s*[:\-–—]\s*|\(|\s[-–—]\s+".to_owned())
});

const LEADING_PREPS: &[&str] = &[
    "by",
    "within",
    "before",
    "after",
    "following",
    "once",
    "when",
    "if",
    "as",
    "in",
    "at",
    "on",
    "during",
    "from",
    "going",
    "moving",
    "over",
    "until",
    "ahead",
    "prior",
    "no",
    "subject",
    "pending",
    "where",
    "over",
];

struct Reader<'a> {
    text: &'a str,
    words: Vec<Word>,
    lexicon: &'a Lexicon,
    children: &'a [String],
}

impl Reader<'_> {
    fn word(&self, i: usize) -> &str {
        self.words
            .get(i)
            .map_or("", |w| self.text.part(w.start..w.end))
    }

    fn lower(&self, i: usize) -> String {
        self.word(i).to_lowercase()
    }

    /// The gap (punctuation and spaces) before word `i`.
    fn gap_before(&self, i: usize) -> &str {
        let Some(w) = self.words.get(i) else {
            return "";
        };
        let start = if i == 0 { 0 } else { self.words[i - 1].end };
        self.text.part(start..w.start)
    }

    /// Who the noun phrase in `range` names as responsible, when it names someone: a
    /// role, an agent noun ("team", "visitor"), a family member or a person's name, before
    /// any preposition ("Referral to CAMHS" names no one).
    fn owner_in(&self, range: TextRange) -> Option<TextRange> {
        let phrase = range.slice(self.text);
        if phrase.trim().is_empty() {
            return None;
        }
        let roles: Vec<TextRange> = self
            .lexicon
            .roles
            .find_iter(phrase)
            .map(|m| TextRange::new(range.start() + m.start(), range.start() + m.end()))
            .collect();
        let idx: Vec<usize> = (0..self.words.len())
            .filter(|&i| self.words[i].start >= range.start() && self.words[i].end <= range.end())
            .collect();
        let mut capitalised_run: Vec<usize> = Vec::new();
        let mut all_capitalised = true;
        for (n, &i) in idx.iter().enumerate() {
            let w = self.words[i];
            let lower = self.lower(i);
            if let Some(role) = roles
                .iter()
                .find(|r| r.start() <= w.start && w.start < r.end())
            {
                return Some(*role);
            }
            let bare = lower.trim_end_str("'s").trim_end_str("’s");
            if in_list(smart::AGENT_NOUNS, singular(bare))
                || in_list(smart::AGENT_NOUNS, bare)
                || in_list(smart::FAMILY_OWNERS, bare)
                || in_list(smart::FAMILY_OWNERS, singular(bare))
            {
                // "Family support worker": the head is the last agent noun of the run.
                let mut end = w.end;
                let mut j = n + 1;
                while let Some(&k) = idx.get(j) {
                    let l = self.lower(k);
                    if in_list(smart::AGENT_NOUNS, singular(&l))
                        || in_list(smart::FAMILY_OWNERS, &l)
                    {
                        end = self.words[k].end;
                        j += 1;
                    } else {
                        break;
                    }
                }
                let start = idx.first().map_or(w.start, |&f| self.words[f].start);
                let start = if n == 0 || self.gap_before(i).contains(',') {
                    w.start
                } else {
                    start
                };
                return Some(TextRange::new(start, end));
            }
            if in_list(smart::TITLES, lower.trim_end_matches('.'))
                && idx
                    .get(n + 1)
                    .is_some_and(|&k| is_capitalised(self.word(k)))
            {
                let end = idx.get(n + 1).map_or(w.end, |&k| self.words[k].end);
                return Some(TextRange::new(w.start, end));
            }
            // A preposition ends the head of a subject ("Referral to CAMHS", "Letter re
            // contact").
            if in_list(english::PREPOSITIONS, &lower) || lower == "re" {
                break;
            }
            if lower == "and" || lower == "&" {
                continue;
            }
            if is_capitalised(self.word(i)) && !is_all_caps(self.word(i)) {
                capitalised_run.push(i);
            } else {
                all_capitalised = false;
            }
        }
        // An agency or role known by its acronym ("NSPCC to…"), unless it names a document
        // or a meeting ("PEP to include…").
        if idx.len() == 1 {
            let word = self.word(idx[0]);
            let bare = word.trim_end_str("'s").trim_end_matches('s');
            let lower = bare.to_lowercase();
            if is_all_caps(bare)
                && (2..=7).contains(&bare.len())
                && !in_list(smart::DOCUMENTS, &lower)
                && !in_list(smart::MEETINGS, &lower)
                && !in_list(smart::EVENTS, &lower)
            {
                return Some(TextRange::new(
                    self.words[idx[0]].start,
                    self.words[idx[0]].end,
                ));
            }
        }
        // A person's name: the whole subject is one to three capitalised words that are not
        // common nouns ("Sarah Jones", "Priya").
        let names_only = all_capitalised
            && !capitalised_run.is_empty()
            && capitalised_run.len() <= 3
            && capitalised_run.len() == idx.len()
            && capitalised_run.iter().all(|&i| self.person_name_like(i));
        if names_only {
            let first = self.words[capitalised_run[0]].start;
            let last = self.words[capitalised_run[capitalised_run.len() - 1]].end;
            return Some(TextRange::new(first, last));
        }
        None
    }

    fn person_name_like(&self, i: usize) -> bool {
        let word = self.word(i);
        let lower = word.to_lowercase();
        let bare = lower.trim_end_str("'s").trim_end_str("’s");
        if self.children.iter().any(|c| c.eq_ignore_ascii_case(bare)) {
            return true;
        }
        let noun_suffix = [
            "tion", "sion", "ment", "ogy", "ance", "ence", "ity", "ness", "ing", "ship", "ure",
            "ics", "ral", "ism", "age",
        ];
        word.chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
            && !in_list(smart::NON_OWNER_NOUNS, bare)
            && !verbs::begins_action(bare)
            && !noun_suffix.iter().any(|s| bare.ends_with(s))
            && crate::date::find_dates(&format!("{word} 2026")).is_empty()
    }

    /// The owner named at `at`: a noun phrase of up to six words after an optional
    /// determiner, cut at punctuation.
    fn owner_at(&self, at: usize) -> Option<TextRange> {
        let rest = self.text.part(at..);
        let cut = rest
            .find([',', ';', '.', ')', '(', ':', '–', '—'])
            .unwrap_or(rest.len());
        let mut range = TextRange::new(at, at + cut);
        // Drop a determiner and anything after the sixth word.
        let first = self.words.iter().position(|w| w.start >= range.start())?;
        let lower = self.lower(first);
        if matches!(lower.as_str(), "the" | "a" | "an" | "their" | "his" | "her") {
            range = TextRange::new(
                self.words.get(first + 1)?.start.min(range.end()),
                range.end(),
            );
        }
        let sixth = self
            .words
            .iter()
            .filter(|w| w.start >= range.start() && w.end <= range.end())
            .nth(5);
        if let Some(w) = sixth {
            range = TextRange::new(range.start(), w.end);
        }
        let owner = self.owner_in(range)?;
        // "by the end of…" is a time, not an agent.
        let owner_text = owner.slice(self.text).to_lowercase();
        let time_words = ["end", "start", "time", "close"];
        (!time_words.contains(&owner_text.as_str())).then_some(owner)
    }

    fn vague_at(&self, at: usize) -> Option<VagueVerb> {
        let rest = self.text.part(at..);
        let (matcher, m) = self.lexicon.vague_verbs.at_start(rest)?;
        if matcher.unless_purpose && purpose_follows(rest.part(m.end..)) {
            return None;
        }
        // "Continue to monitor": dropping "continue to" would leave a vague verb, so the
        // two are one vague phrase, with the second's concrete wordings.
        if matcher.instead.iter().any(String::is_empty) {
            let after = rest.part(m.end..);
            let gap = after.len() - after.trim_start().len();
            if let Some((second, m2)) = self.lexicon.vague_verbs.at_start(after.part(gap..)) {
                if m2.start == 0 && !second.instead.iter().any(String::is_empty) {
                    return Some(VagueVerb {
                        range: TextRange::new(at + m.start, at + m.end + gap + m2.end),
                        phrase: format!("{} {}", matcher.phrase, second.phrase),
                        instead: second.instead.clone(),
                    });
                }
            }
        }
        Some(VagueVerb {
            range: TextRange::new(at + m.start, at + m.end),
            phrase: matcher.phrase.clone(),
            instead: matcher.instead.clone(),
        })
    }

    fn skip_adverbs(&self, mut i: usize) -> usize {
        while i + 1 < self.words.len() && in_list(ADVERBS, &self.lower(i)) {
            i += 1;
        }
        i
    }

    /// A modal or infinitive after a subject: (index of the subject's end, index of the
    /// verb).
    fn marker(&self, start: usize, limit: usize) -> Option<(usize, usize)> {
        let end = self.words.len().min(start + 14);
        for i in start + 1..end {
            if self.words[i].start >= limit {
                break;
            }
            let word = self.word(i);
            let lower = word.to_lowercase();
            let next = self.lower(i + 1);
            let gap = self.gap_before(i);
            if gap.contains(';') || gap.contains('.') {
                break;
            }
            let dash = matches!(gap.trim(), "-" | "\u{2013}" | "\u{2014}") && gap.starts_with(' ');
            if (gap.contains(':') || dash) && i - start <= 6 {
                return Some((i, i));
            }
            if word == "may" || (in_list(MODALS, &lower) && word != "May") {
                return Some((i, i + 1));
            }
            if lower == "to" && i + 1 < self.words.len() && verb_like(self.word(i + 1)) {
                return Some((i, i + 1));
            }
            if matches!(lower.as_str(), "is" | "are" | "need" | "needs" | "agreed") && next == "to"
            {
                return Some((i, i + 2));
            }
            if matches!(lower.as_str(), "has" | "have")
                && next == "agreed"
                && self.lower(i + 2) == "to"
            {
                return Some((i, i + 3));
            }
            if matches!(lower.as_str(), "is" | "are")
                && next == "responsible"
                && self.lower(i + 2) == "for"
            {
                return Some((i, i + 3));
            }
        }
        None
    }
}

/// "support Aisha to register with a GP": a purpose infinitive or "in …ing" follows.
fn purpose_follows(rest: &str) -> bool {
    static PURPOSE: LazyLock<LazyRegex> = LazyLock::new(|| {
        LazyRegex::builtin(
            r"^(?:\s+[\w'’-]+){0,5}?\s+(?:to\s+(?:[a-z][\w-]*)|in\s+\w+ing)\b".to_owned(),
        )
    });
    PURPOSE
        .captures(rest)
        .and_then(|c| c.get(0))
        .is_some_and(|m| {
            let tail = m.as_str().trim_end();
            let last = tail.rsplit(char::is_whitespace).next().unwrap_or("");
            verb_like(last)
        })
}

/// Read one action. `children` are the names from the front matter.
pub(crate) fn read(text: &str, lexicon: &Lexicon, children: &[String]) -> ActionReading {
    let reader = Reader {
        text,
        words: words(text),
        lexicon,
        children,
    };
    let body_end = text
        .trim_end()
        .trim_end_matches(['.', '!', ';', ','])
        .trim_end()
        .len();
    let main_clause_end = MAIN_END.find(text).map_or(body_end, |m| m.start());
    let n = reader.words.len();

    // A leading time phrase: "By 15/12/2026, the social worker will…", or a date
    // without the comma ("By 4 December 2026 the social worker will…").
    let mut s = 0;
    if n > 0 && in_list(LEADING_PREPS, &reader.lower(0)) {
        // A date within the first six words ("By 4 December 2026", "By the end of
        // January 2027").
        let leading_date = reader.words.get(1).and_then(|second| {
            let limit = reader.words.get(6).map_or(text.len(), |w| w.start);
            crate::date::find_dates(text)
                .first()
                .filter(|d| d.range.start() >= second.start && d.range.start() < limit)
                .map(|d| d.range.end())
        });
        // A date right after the preposition ends the phrase (a comma later in the
        // action, "…with the SW, recorded in supervision notes", is not its end).
        if let Some(end) = leading_date {
            s = reader
                .words
                .iter()
                .position(|w| w.start >= end)
                .unwrap_or(n);
        } else if let Some(comma) = text.find(',') {
            let before = reader.words.iter().filter(|w| w.end <= comma).count();
            if before <= 12 {
                s = reader
                    .words
                    .iter()
                    .position(|w| w.start > comma)
                    .unwrap_or(n);
            }
        }
    }
    let start = reader.words.get(s).map_or(text.len(), |w| w.start);

    let first = reader.lower(s);
    // "Complete…", "Make sure…"; a vague noun ("Consideration to be given…") also leads
    // an instruction rather than naming a subject.
    let starts_with_verb = verbs::begins_action(&first) || reader.vague_at(start).is_some();
    let first_is_verb = starts_with_verb || VAGUE_NOUN.is_match(text.part(start..));
    let mut shape = Shape::Imperative;
    let mut verb_idx = s;
    let mut owner = None;
    let mut participle_end = None;
    let mut subject_range = None;
    if first == "to" && s + 1 < n && verb_like(reader.word(s + 1)) {
        shape = Shape::Infinitive;
        verb_idx = s + 1;
    } else if let Some((subject_end, verb)) = reader.marker(s, main_clause_end) {
        let subject = TextRange::new(start, reader.words[subject_end].start).trim(text);
        let subject_text = subject.slice(text);
        let subject_owner = reader.owner_in(subject);
        let v = reader.skip_adverbs(verb);
        let passive = matches!(reader.lower(v).as_str(), "be" | "being")
            && is_participle(&reader.lower(v + 1))
            && reader.vague_at(reader.words[v].start).is_none();
        if passive && (!first_is_verb || subject_owner.is_some()) {
            subject_range = Some(subject);
            shape = Shape::Passive;
            verb_idx = v + 1;
            participle_end = reader.words.get(v + 1).map(|w| w.end);
        } else if let Some(o) = subject_owner {
            subject_range = Some(subject);
            shape = Shape::Subject;
            verb_idx = v;
            owner = Some(o);
        } else if !first_is_verb && !subject_text.contains(',') {
            subject_range = Some(subject);
            shape = Shape::Subject;
            verb_idx = v;
        }
    }

    // Owners named elsewhere: a passive's agent, a label, a bracket or a trailing dash.
    // The agent of the main clause only: in "so that her mood is assessed by a
    // specialist" the specialist does not own the action.
    if owner.is_none() {
        owner = BY_AGENT
            .find_iter(text.get(..main_clause_end).unwrap_or(text))
            .find_map(|m| reader.owner_at(m.end()))
            .or_else(|| {
                OWNER_LABEL
                    .find_iter(text)
                    .find_map(|m| reader.owner_at(m.end()))
            });
    }

    let verb = reader
        .words
        .get(verb_idx)
        .map(|w| TextRange::new(w.start, w.end));
    let mut vague = verb.and_then(|v| reader.vague_at(v.start()));
    if vague.is_none() && shape != Shape::Subject {
        vague = VAGUE_NOUN.captures(text.part(start..)).and_then(|caps| {
            let m = caps.get(0)?;
            let phrase = m.as_str().to_lowercase();
            let phrase = phrase.split_whitespace().collect::<Vec<_>>().join(" ");
            let instead = smart::VAGUE_NOUN_PHRASES
                .iter()
                .find(|(p, _)| *p == phrase)
                .map(|(_, i)| vec![(*i).to_owned()])
                .filter(|i| !i[0].is_empty())
                .unwrap_or_default();
            Some(VagueVerb {
                range: TextRange::new(start + m.start(), start + m.end()),
                phrase,
                instead,
            })
        });
    }
    // A second main verb: "TM to review the plan and ensure that…".
    if vague.is_none() {
        let from = verb.map_or(start, |v| v.end());
        for (i, w) in reader.words.iter().enumerate() {
            if w.start < from || w.start >= main_clause_end {
                continue;
            }
            if reader.lower(i) != "and" {
                continue;
            }
            let mut j = i + 1;
            if reader.lower(j) == "to" || reader.lower(j) == "then" {
                j += 1;
            }
            let Some(next) = reader.words.get(j) else {
                break;
            };
            if let Some(v) = reader.vague_at(next.start) {
                let head = v.phrase.split_whitespace().next().unwrap_or("");
                if in_list(
                    &[
                        "ensure", "consider", "explore", "monitor", "look", "think", "be", "make",
                        "continue", "keep", "bear", "reflect", "liaise",
                    ],
                    head,
                ) {
                    vague = Some(v);
                    break;
                }
            }
        }
    }
    let process_verb = verb.is_some_and(|v| {
        let rest = text.part(v.start()..);
        PROCESS.is_match(rest)
    });

    // Time.
    let found = find_dates(text);
    let mut time_bound = false;
    let mut deadlines = Vec::new();
    for date in &found {
        if past_context(text, date.range.start())
            || fronted_event(text, date.range.start())
            || date_names_a_thing(text, date.range.start(), date.range.end())
        {
            continue;
        }
        time_bound = true;
        let before = text.part(..date.range.start()).trim_end().to_lowercase();
        let start_date = ["from", "starting", "commencing", "beginning", "since"]
            .iter()
            .any(|w| before.ends_with(w));
        if !start_date {
            deadlines.push(*date);
        }
    }
    // "to include the incident on 12 October 2026 by 4 December 2026": where a date is
    // said to be the deadline, the others are what the action is about.
    let is_by = |date: &FoundDate| says_deadline(text, date.range.start());
    // An event named with its date ("the incident at school on 12 October"), not a verb's
    // ("to visit on 3 November").
    let event_date = |date: &FoundDate| {
        let before = text.part(..date.range.start()).to_lowercase();
        // Over other dates joined to it: "the incidents of 2 October and 9 November".
        let words: Vec<&str> = before
            .split_whitespace()
            .rev()
            .skip_while(|w| {
                let w = w.trim_end_matches(',');
                matches!(w, "and" | "or" | "&")
                    || w.trim_end_matches(|c: char| c.is_ascii_alphabetic())
                        .chars()
                        .all(|c| c.is_ascii_digit())
                        && w.starts_with(|c: char| c.is_ascii_digit())
                    || crate::english::is_date_word(w)
            })
            .take(7)
            .collect();
        words
            .first()
            .is_some_and(|w| matches!(*w, "on" | "of" | "dated" | "from" | "at"))
            && words
                .iter()
                .skip(1)
                .take_while(|w| !matches!(**w, "to" | "and" | "or"))
                .any(|w| {
                    matches!(
                        *w,
                        "the" | "a" | "an" | "her" | "his" | "their" | "its" | "this" | "that"
                    )
                })
    };
    if deadlines.iter().any(is_by) {
        deadlines.retain(|d| is_by(d) || !event_date(d));
    }
    if !time_bound {
        time_bound = TIME_BOUND
            .captures_iter(text)
            .any(|caps| time_bound_match(text, &caps));
    }
    if !time_bound {
        time_bound = PARTIAL_DATE.find_iter(text).any(|m| {
            let before = text.part(..m.start());
            TIME_PREP_BEFORE.is_match(before)
                && !past_context(text, m.start())
                && !fronted_event(text, m.start())
        });
    }
    let vague_time = VAGUE_TIME
        .captures(text)
        .and_then(|c| c.name("v"))
        .map(|m| TextRange::new(m.start(), m.end()));

    // Result.
    // A result comes after the main verb: in "SW to check in with…", "to check" is the
    // action itself, not its purpose.
    let verb_end = verb.map_or(0, |v| v.end());
    let measurable = RESULT
        .find_iter(text)
        .any(|m| m.start() >= verb_end && !ABOUT_QUALITY.is_match(text.part(..m.start())))
        || PRODUCES.is_match(text)
        || AT_MEETING.is_match(text)
        // "to email Sam's weekly attendance to the social worker": what is sent shows it.
        || verb.is_some_and(|v| {
            ["send", "email", "e-mail", "forward"]
                .iter()
                .any(|s| v.slice(text).eq_ignore_ascii_case(s))
                && SENT_TO.is_match(text.part(v.end()..))
        })
        || COUNT
            .captures_iter(text)
            .any(|caps| match caps.name("noun") {
                Some(noun) => {
                    let noun = noun.as_str().to_lowercase();
                    ![
                        "days",
                        "weeks",
                        "months",
                        "years",
                        "hours",
                        "minutes",
                        "fortnights",
                        "terms",
                    ]
                    .contains(&noun.as_str())
                }
                None => true,
            });

    ActionReading {
        shape,
        start,
        starts_with_verb,
        owner,
        subject: subject_range,
        verb,
        participle_end,
        vague,
        process_verb,
        time_bound,
        vague_time,
        deadlines,
        measurable,
        main_clause_end,
        body_end,
    }
}

/// Every action of every area, with its reading. The readings are made once per lint and
/// shared by A002–A006.
pub(crate) fn actions<'a>(
    ctx: &'a Context<'_>,
) -> impl Iterator<Item = (&'a Action, &'a ActionReading)> + 'a {
    let readings = ctx.action_readings.get_or_init(|| {
        ctx.doc
            .areas
            .iter()
            .flat_map(|area| &area.actions)
            .map(|action| {
                read(
                    ctx.doc.slice(action.range),
                    &ctx.config.lexicon,
                    ctx.doc.children(),
                )
            })
            .collect()
    });
    ctx.doc
        .areas
        .iter()
        .flat_map(|area| &area.actions)
        .zip(readings)
}

/// The SMART rewrite of an action: every missing part filled, with placeholders. Each
/// action rule that fires on an action offers it: it is written once per lint.
pub(crate) fn smart_fix(ctx: &Context, action: &Action, reading: &ActionReading) -> Fix {
    let key = (action.range.start(), action.range.end());
    let fixes = || ctx.smart_fixes.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(fix) = fixes().get(&key) {
        return fix.clone();
    }
    let missing = Missing::of(reading);
    let fix = fix_for(ctx, action, reading, missing, smart_title(missing));
    fixes().insert(key, fix.clone());
    fix
}

/// The SMART fixes of an action rule: the whole rewrite first, then, when more than this
/// rule's part is missing, a fix that fills `only` that part, titled `title`.
pub(crate) fn push_smart_fixes(
    d: &mut Diagnostic,
    ctx: &Context,
    action: &Action,
    reading: &ActionReading,
    only: Missing,
    title: String,
) {
    d.fixes.push(smart_fix(ctx, action, reading));
    if Missing::of(reading).count() > 1 {
        d.fixes.push(fix_for(ctx, action, reading, only, title));
    }
}

fn smart_title(missing: Missing) -> String {
    let mut parts = Vec::new();
    if missing.owner {
        parts.push("who");
    }
    if missing.verb {
        parts.push("what exactly");
    }
    if missing.time {
        parts.push("by when");
    }
    if missing.result {
        parts.push("so that");
    }
    let list = match parts.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        Some((last, _)) => (*last).to_owned(),
        None => String::new(),
    };
    format!("Rewrite as a SMART action, adding {list}")
}

/// A fix that fills only the `missing` parts of an action.
pub(crate) fn fix_for(
    ctx: &Context,
    action: &Action,
    reading: &ActionReading,
    missing: Missing,
    title: String,
) -> Fix {
    let text = ctx.doc.slice(action.range);
    let edits = smart_edits(
        text,
        reading,
        missing,
        ctx.proper_nouns(),
        ctx.doc.children(),
    )
    .into_iter()
    .map(|(range, new_text)| {
        Edit::replace(
            TextRange::new(
                action.range.start() + range.start(),
                action.range.start() + range.end(),
            ),
            new_text,
        )
    })
    .collect();
    Fix::rewrite(title, edits)
}

/// Which parts of a SMART action are missing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Missing {
    pub owner: bool,
    pub time: bool,
    pub verb: bool,
    pub result: bool,
}

impl Missing {
    /// Nothing missing; with one field set, the one part an action rule is about.
    const NONE: Missing = Missing {
        owner: false,
        time: false,
        verb: false,
        result: false,
    };
    pub(crate) const OWNER: Missing = Missing {
        owner: true,
        ..Missing::NONE
    };
    pub(crate) const TIME: Missing = Missing {
        time: true,
        ..Missing::NONE
    };
    pub(crate) const VERB: Missing = Missing {
        verb: true,
        ..Missing::NONE
    };
    pub(crate) const RESULT: Missing = Missing {
        result: true,
        ..Missing::NONE
    };

    pub(crate) fn of(reading: &ActionReading) -> Missing {
        Missing {
            owner: reading.owner.is_none(),
            time: !reading.time_bound,
            verb: reading.vague.is_some(),
            result: !reading.measurable && (reading.process_verb || reading.vague.is_some()),
        }
    }

    pub(crate) fn count(self) -> usize {
        [self.owner, self.time, self.verb, self.result]
            .iter()
            .filter(|b| **b)
            .count()
    }
}

pub(crate) const OWNER: &str = "[owner]";
pub(crate) const DATE: &str = "[date]";
pub(crate) const RESULT_PLACEHOLDER: &str = "[what will have changed for the child]";
pub(crate) const SPECIFIC_ACTION: &str = "[specific action]";

/// Edits (relative to the action's text) that fill the `missing` parts of a SMART action,
/// "{owner} to {what} by {date}, so that {result}.", keeping what the action already has.
pub(crate) fn smart_edits(
    text: &str,
    reading: &ActionReading,
    missing: Missing,
    proper: &ProperNouns,
    children: &[String],
) -> Vec<(TextRange, String)> {
    let mut edits: Vec<(TextRange, String)> = Vec::new();
    // A vague passive with no one named ("Attendance to be monitored weekly") is turned
    // round: "[owner] to record attendance weekly".
    if let (true, true, Shape::Passive, Some(subject), Some(end), Some(v)) = (
        missing.owner,
        missing.verb,
        reading.shape,
        reading.subject,
        reading.participle_end,
        reading.vague.as_ref(),
    ) {
        let verb = v
            .instead
            .first()
            .filter(|i| !i.is_empty())
            .cloned()
            .unwrap_or_else(|| SPECIFIC_ACTION.to_owned());
        let subject_text = subject.slice(text);
        let first_word = subject_text.split_whitespace().next().unwrap_or("");
        let subject_text = if keeps_capital(first_word, proper, children) {
            subject_text.to_owned()
        } else {
            lowercase_first(subject_text)
        };
        edits.push((
            TextRange::new(subject.start(), end.max(v.range.end())),
            format!("{OWNER} to {verb} {subject_text}"),
        ));
        return finish_edits(reading, missing, edits);
    }
    if missing.owner {
        let at = reading.start;
        match reading.shape {
            Shape::Passive => {
                if let Some(end) = reading.participle_end {
                    edits.push((TextRange::new(end, end), format!(" by {OWNER}")));
                }
            }
            Shape::Infinitive => {
                // "To obtain…" → "[owner] to obtain…".
                let to_end = at + 2.min(text.len() - at);
                edits.push((TextRange::new(at, to_end), format!("{OWNER} to")));
            }
            Shape::Imperative if !reading.starts_with_verb => {
                edits.push((TextRange::new(at, at), format!("{OWNER}: ")));
            }
            Shape::Imperative => {
                let word_end = text
                    .part(at..)
                    .find(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
                    .map_or(text.len(), |e| at + e);
                let word = text.part(at..word_end);
                let replaced = if keeps_capital(word, proper, children) {
                    word.to_owned()
                } else {
                    lowercase_first(word)
                };
                edits.push((
                    TextRange::new(at, word_end),
                    format!("{OWNER} to {replaced}"),
                ));
            }
            Shape::Subject => {
                edits.push((TextRange::new(at, at), format!("{OWNER}: ")));
            }
        }
    }
    if missing.verb {
        if let Some(v) = &reading.vague {
            let instead = v
                .instead
                .first()
                .cloned()
                .unwrap_or_else(|| SPECIFIC_ACTION.to_owned());
            // Dropping a verb ("continue to visit" → "visit") also drops the space after it.
            let end = if instead.is_empty() {
                let rest = text.part(v.range.end()..);
                v.range.end() + (rest.len() - rest.trim_start().len())
            } else {
                v.range.end()
            };
            let mut range = TextRange::new(v.range.start(), end);
            let mut new_text = match_case(range.slice(text), &instead);
            // An owner edit at the same word becomes "[owner] to {concrete verb}".
            if let Some(pos) = edits.iter().position(|(r, _)| r.start() == range.start()) {
                let (owner_range, _) = edits.remove(pos);
                range = TextRange::new(owner_range.start(), range.end().max(owner_range.end()));
                new_text = format!("{OWNER} to {}", lowercase_first(&new_text));
            }
            edits.push((range, new_text));
        }
    }
    finish_edits(reading, missing, edits)
}

/// Adds the time and result parts, then sorts the edits and drops overlaps.
fn finish_edits(
    reading: &ActionReading,
    missing: Missing,
    mut edits: Vec<(TextRange, String)>,
) -> Vec<(TextRange, String)> {
    let end = reading.body_end;
    let clause_end = reading.main_clause_end.min(end);
    let mut time_text = None;
    if missing.time {
        match reading.vague_time {
            Some(v) => edits.push((v, format!("by {DATE}"))),
            None => time_text = Some(format!(" by {DATE}")),
        }
    }
    let result_text = missing
        .result
        .then(|| format!(", so that {RESULT_PLACEHOLDER}"));
    match (time_text, result_text) {
        (Some(t), Some(r)) if clause_end == end => {
            edits.push((TextRange::new(end, end), format!("{t}{r}")));
        }
        (t, r) => {
            if let Some(t) = t {
                edits.push((TextRange::new(clause_end, clause_end), t));
            }
            if let Some(r) = r {
                edits.push((TextRange::new(end, end), r));
            }
        }
    }
    edits.sort_by_key(|(r, _)| *r);
    // Overlapping edits cannot be applied together: keep the first of any overlap.
    let mut out: Vec<(TextRange, String)> = Vec::new();
    for (range, new_text) in edits {
        if out
            .last()
            .is_some_and(|(last, _)| range.start() < last.end())
        {
            continue;
        }
        out.push((range, new_text));
    }
    out
}

fn lowercase_first(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn uppercase_first(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `replacement` capitalised like `original`.
fn match_case(original: &str, replacement: &str) -> String {
    if original.chars().next().is_some_and(char::is_uppercase) {
        uppercase_first(replacement)
    } else {
        replacement.to_owned()
    }
}

/// Whether a sentence's first word keeps its capital when words are put in front of it:
/// "I", acronyms, names (the child's, or any word the document capitalises mid-sentence).
pub(crate) fn keeps_capital(word: &str, proper: &ProperNouns, children: &[String]) -> bool {
    let bare = word
        .trim_end_str("'s")
        .trim_end_str("’s")
        .trim_end_matches(['\'', '’']);
    if bare.is_empty() || !is_capitalised(bare) {
        return true;
    }
    if bare == "I" || word.starts_with("I'") || word.starts_with("I’") || is_all_caps(bare) {
        return true;
    }
    if bare.chars().skip(1).any(char::is_uppercase) {
        return true;
    }
    if children
        .iter()
        .flat_map(|c| c.split_whitespace())
        .any(|c| c.eq_ignore_ascii_case(bare))
    {
        return true;
    }
    if !find_dates(&format!("{bare} 2026")).is_empty()
        || bare.to_lowercase().ends_with("day") && bare.len() > 5
    {
        return true;
    }
    // Capitalised mid-sentence somewhere in the document: a proper noun.
    proper.contains(bare)
}

/// The words a document capitalises mid-sentence (after a word or a comma, spaces, quotes or
/// an opening bracket between): proper nouns, whose capital a rewrite keeps. Built once per
/// lint, so asking costs a hash lookup rather than a scan of the document.
#[derive(Debug, Default)]
pub(crate) struct ProperNouns<'a> {
    words: std::collections::HashSet<&'a str>,
}

impl<'a> ProperNouns<'a> {
    pub(crate) fn of(text: &'a str) -> ProperNouns<'a> {
        let mut words = std::collections::HashSet::new();
        // The last character before the current run that is not a space, quote or bracket.
        let mut before: Option<char> = None;
        let mut run_start: Option<usize> = None;
        for (i, c) in text
            .char_indices()
            .chain(std::iter::once((text.len(), ' ')))
        {
            if c.is_alphanumeric() {
                if run_start.is_none() {
                    run_start = Some(i);
                }
                continue;
            }
            if let Some(start) = run_start.take() {
                let word = text.part(start..i);
                let capitalised = word.chars().next().is_some_and(char::is_uppercase);
                if capitalised && before.is_some_and(|b| b.is_alphanumeric() || b == ',') {
                    words.insert(word);
                }
                before = word.chars().next_back();
            }
            if !matches!(c, ' ' | '\t' | '"' | '\u{201c}' | '(') {
                before = Some(c);
            }
        }
        ProperNouns { words }
    }

    /// Whether `word` (or, for "Anne-Marie", its first part) is capitalised mid-sentence.
    fn contains(&self, word: &str) -> bool {
        let first = word
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        !first.is_empty() && self.words.contains(first)
    }
}

/// Whether the date at `at` of `text` is said to be a deadline: "by", "before", "no later
/// than", "until", "due", "deadline (of)" just before it.
pub(crate) fn says_deadline(text: &str, at: usize) -> bool {
    let mut before = text.part(..at).trim_end().to_lowercase();
    // A weekday between: "by Tuesday 3rd Nov", "by Fri, 14/11".
    if let Some((head, last)) = before.rsplit_once(' ') {
        let day = last.trim_end_matches([',', '.']);
        if day.len() >= 3 && english::WEEKDAYS.iter().any(|d| d.starts_with(day)) {
            before = head.trim_end().to_owned();
        }
    }
    [
        "by",
        "before",
        "later than",
        "until",
        "till",
        "due",
        "deadline",
        "deadline of",
    ]
    .iter()
    .any(|w| before.ends_with(&format!(" {w}")) || before == *w)
}

/// The date `days` days after `date`.
pub(crate) fn add_days(date: Date, days: i64) -> Option<Date> {
    // Howard Hinnant's civil-from-days, inverse of `Date::day_number`.
    let z = date.day_number() + days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    Date::ymd(
        i32::try_from(year).ok()?,
        u32::try_from(month).ok()?,
        u32::try_from(day).ok()?,
    )
}

/// `date` written in the style of `original` (ISO, numeric UK with its separator, or long).
pub(crate) fn format_like(original: &str, date: Date) -> String {
    let day = date.day.unwrap_or(1);
    let original = original.trim();
    if original.len() >= 8
        && original.as_bytes().get(4) == Some(&b'-')
        && original.part(..4).chars().all(|c| c.is_ascii_digit())
    {
        return format!("{:04}-{:02}-{:02}", date.year, date.month, day);
    }
    if original.starts_with(|c: char| c.is_ascii_digit()) {
        if let Some(sep) = original.chars().find(|c| matches!(c, '/' | '.' | '-')) {
            let year_part = original.rsplit(sep).next().unwrap_or("");
            let year = if year_part.len() == 2 {
                format!("{:02}", date.year.rem_euclid(100))
            } else {
                date.year.to_string()
            };
            let padded = original.split(sep).next().is_some_and(|d| d.len() == 2);
            return if padded {
                format!("{day:02}{sep}{:02}{sep}{year}", date.month)
            } else {
                format!("{day}{sep}{}{sep}{year}", date.month)
            };
        }
    }
    date.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn process_verbs_as_one_matcher_match_where_any_does() {
        let each: Vec<regex::Regex> = smart::PROCESS_VERBS
            .iter()
            .map(|p| regex::Regex::new(&phrase_pattern(p).unwrap()).unwrap())
            .collect();
        for text in crate::lexicon::smart::tests::texts() {
            let expected = each.iter().any(|r| r.is_match(&text));
            assert_eq!(PROCESS.is_match(&text), expected, "{text:?}");
        }
        assert!(PROCESS.is_match("Liaised with Ζωή’s school"));
    }

    #[test]
    fn proper_nouns_are_words_capitalised_mid_sentence() {
        let proper = ProperNouns::of(
            "Ensure the plan is shared. Jo met Hope Street nursery, (Anne-Marie) and \"Bright Start\".\nReview it.",
        );
        for word in ["Hope", "Street", "Anne-Marie", "Bright", "Start"] {
            assert!(proper.contains(word), "{word}");
        }
        // Sentence and line starts say nothing: "Ensure", "Jo", "Review".
        for word in ["Ensure", "Jo", "Review", "Marie", ""] {
            assert!(!proper.contains(word), "{word}");
        }
        let children = ["Sam".to_owned()];
        assert!(keeps_capital("Hope's", &proper, &children));
        assert!(keeps_capital("Sam", &proper, &children));
        assert!(!keeps_capital("Ensure", &proper, &children));
    }

    fn reading(text: &str) -> ActionReading {
        read(text, &crate::Config::default().lexicon, &["Jo".to_owned()])
    }

    fn owner(text: &str) -> Option<String> {
        reading(text).owner.map(|r| r.slice(text).to_owned())
    }

    #[test]
    fn owners_in_many_forms() {
        for (text, want) in [
            ("Social worker to visit Jo.", "Social worker"),
            ("The TM will convene a meeting.", "TM"),
            ("IRO to chair the review.", "IRO"),
            ("Sarah Jones to write to father.", "Sarah Jones"),
            ("Ms Patel should book the room.", "Ms Patel"),
            ("Early Help team to offer a key worker.", "Early Help team"),
            ("Foster carers to keep a sleep diary.", "Foster carers"),
            ("The plan to be updated by the allocated SW.", "SW"),
            (
                "Plan to be rewritten by the allocated SW by 18.12.26.",
                "SW",
            ),
            ("Letter to be re-sent by the IRO within a week.", "IRO"),
            (
                "By 1/12/2026, the health visitor will weigh Jo.",
                "health visitor",
            ),
            ("Complete the chronology (SW).", "SW"),
            ("Update the plan – TM", "TM"),
            ("Owner: team manager. Update the plan.", "team manager"),
            ("Mother to attend the parenting course.", "Mother"),
            ("Jo's SW to request a Lifelong Links search.", "SW"),
            // A leading date without its comma, and a comma later in the action.
            (
                "By 15/12/2026 the TM will review the plan with the SW, recorded in supervision.",
                "TM",
            ),
            (
                "By the end of January 2027 the IRO will meet Jo, recorded on file.",
                "IRO",
            ),
            // A passive's agent after a longer phrase.
            (
                "A referral is to be made to the Family Help hub by the allocated Early Help practitioner by 4 December 2026.",
                "Early Help practitioner",
            ),
        ] {
            assert_eq!(owner(text).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn no_owner() {
        for text in [
            "Complete the chronology by 1/12/2026.",
            "Referral to CAMHS to be made by 4/12/2026.",
            "Chronology to be updated by 31 December 2026.",
            "To obtain police checks within 10 working days.",
            "Life story work to start with Jo by March 2027.",
            "Minutes of each meeting to be circulated to all members.",
            "Make sure the plan is reviewed before the end of term.",
            "Write to father by 11/12/2026 inviting him to contribute.",
            "Plan to include a contingency.",
        ] {
            assert_eq!(owner(text), None, "{text}");
        }
    }

    #[test]
    fn time_bounds() {
        for text in [
            "SW to visit by 15/01/2027.",
            "SW to visit within 10 working days.",
            "SW to visit before the next review.",
            "SW to raise it at the next core group.",
            "SW to visit weekly until the final hearing.",
            "SW to meet mother during the week commencing 7 December.",
            "SW to complete it by the end of Q1 2027.",
            "SW to complete it by the end of January.",
            "SW to visit fortnightly.",
            "SW to refer immediately.",
            "SW to keep a log for four weeks.",
            "TM to decide by the RCPC.",
            "SW to share the plan ahead of the CIN review.",
            "PSW to deliver training to every team in the first quarter of 2027.",
            "SW to complete the assessment by mid-March.",
            "SW to complete the assessment in early 2027.",
            "TM to audit the file in spring 2027.",
            "SW to complete the assessment in the last week of January.",
        ] {
            assert!(reading(text).time_bound, "{text}");
        }
        for text in [
            "SW to visit as soon as possible.",
            "SW to complete life story work on an ongoing basis.",
            "SW to complete the assessment in due course.",
            "SW to review the weekly contact arrangements in supervision.",
            "ATM to audit the plan agreed at the review on 14/10/2026.",
            "SW to update the chronology to include events since March 2026.",
            "SW to visit Jo, who was last seen on 2 October, and record her views.",
            "SW to keep the chronology up to date.",
            "Plan to be signed off by the panel.",
            "SW to complete the assessment in the first instance.",
            "SW to record the visit in the first person.",
        ] {
            assert!(!reading(text).time_bound, "{text}");
        }
    }

    #[test]
    fn vague_main_verbs() {
        let vague = |t: &str| reading(t).vague.map(|v| v.phrase);
        assert_eq!(
            vague("SW to consider a referral.").as_deref(),
            Some("consider")
        );
        assert_eq!(
            vague("Ensure that the plan is updated.").as_deref(),
            Some("ensure that")
        );
        assert_eq!(
            vague("TM will look into the delay.").as_deref(),
            Some("look into")
        );
        assert_eq!(
            vague("The worker to be mindful of Jo's anxiety.").as_deref(),
            Some("be mindful of")
        );
        assert_eq!(
            vague("SW to continue visiting.").as_deref(),
            Some("continue")
        );
        assert_eq!(
            vague("Attendance to be monitored weekly.").as_deref(),
            Some("monitor")
        );
        assert_eq!(vague("SW to complete X so that we can ensure Y."), None);
        assert_eq!(vague("SW to support Jo to register with a GP."), None);
        assert_eq!(vague("Support worker to complete the log."), None);
        assert_eq!(vague("IRO to review the care plan."), None);
    }

    #[test]
    fn dates_and_formats() {
        let d = Date::ymd(2026, 11, 20).unwrap();
        assert_eq!(add_days(d, 28), Date::ymd(2026, 12, 18));
        assert_eq!(add_days(d, 42), Date::ymd(2027, 1, 1));
        let new = Date::ymd(2027, 1, 5).unwrap();
        assert_eq!(format_like("15/11/2026", new), "05/01/2027");
        assert_eq!(format_like("1/11/26", new), "5/1/27");
        assert_eq!(format_like("2026-10-31", new), "2027-01-05");
        assert_eq!(format_like("1st November 2026", new), "5 January 2027");
    }

    #[test]
    fn deadlines_skip_history_and_start_dates() {
        let r = reading("SW to visit from 01/12/2026 until 03/03/2027, as agreed on 1/10/2026.");
        let dates: Vec<_> = r.deadlines.iter().map(|d| d.date).collect();
        assert_eq!(dates, [Date::ymd(2027, 3, 3).unwrap()]);
    }

    #[test]
    fn a_date_in_an_opening_phrase_is_what_the_action_follows() {
        let r = reading(
            "Following the ICPC on 6 January 2027, SW to circulate the plan by 21 January 2027.",
        );
        let dates: Vec<_> = r.deadlines.iter().map(|d| d.date).collect();
        assert_eq!(dates, [Date::ymd(2027, 1, 21).unwrap()]);
        let r = reading("Following the core group on 9 November 2026, SW to write to father.");
        assert!(r.deadlines.is_empty());
        assert!(!r.time_bound);
        let r = reading("After the strategy meeting on 3 December, TM to review the plan.");
        assert!(!r.time_bound);
        // A date the action is due on, even with an event before it.
        let r = reading("At the review on 3 March 2027, IRO to check the plan.");
        assert!(r.time_bound);
        let r = reading("SW to write to father following the core group on 9 December 2026.");
        assert!(r.time_bound);
    }
}

#[cfg(test)]
mod properties {
    use super::*;

    proptest::proptest! {
        /// Any text reads without panicking, and every scaffold edit fits the text.
        #[test]
        fn reading_and_scaffold_never_panic(
            text in "(?:[A-Za-z0-9 ,.;:()'’/–-]|é|😀|SW |to |be |by |so that |Complete |monitor |15/11/2026 |within ){0,40}"
        ) {
            let config = crate::Config::default();
            let children = ["Jo".to_owned()];
            let reading = read(&text, &config.lexicon, &children);
            let all = Missing { owner: true, time: true, verb: true, result: true };
            for (range, _) in smart_edits(&text, &reading, all, &ProperNouns::of(&text), &children) {
                proptest::prop_assert!(text.get(range.start()..range.end()).is_some());
            }
            for date in &reading.deadlines {
                proptest::prop_assert!(text.get(date.range.start()..date.range.end()).is_some());
            }
        }
    }
}
