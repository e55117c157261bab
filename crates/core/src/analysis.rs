//! Shared reading of evidence: the shortcomings it records, whether it evaluates, and
//! whether it is wholly positive.
//!
//! Used by A001 (an area whose evidence records shortcomings needs actions), J004
//! (judgement and evidence must match) and E003 (evidence needs analysis). The vocabulary
//! lives in [`crate::lexicon::evidence`]; this module holds the grammar that applies it:
//! sentences and clauses, the subject of a clause, praise in negative form, and which
//! shortcomings are significant.

use crate::text::TrimEndStr;
use std::sync::LazyLock;
use std::sync::OnceLock;

pub(crate) mod answers;
mod timeline;

use crate::lexicon::lazy::{LazyRegex, LazyRegexSet};

pub(crate) use crate::lexicon::evidence::ShortfallKind;
use crate::lexicon::evidence::{self as vocab, Subject};
use crate::text::{Part, TextRange};

/// One shortcoming the evidence records.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Shortfall {
    /// Where it is said, relative to the text read.
    pub range: TextRange,
    pub kind: ShortfallKind,
    /// Child not seen, no assessment or plan, delay that left risk unmanaged, or concerns
    /// not acted on.
    pub significant: bool,
}

/// What a piece of evidence says, as J004, E003 and A001 need it.
///
/// The shortcomings and whether it evaluates are read at once; praise, hedging and a
/// justified grade, which J004 needs only for some judgements, when first asked for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct EvidenceReading {
    /// One shortcoming per clause that records one.
    pub shortfalls: Vec<Shortfall>,
    /// Some sentence evaluates: says something about quality, meaning or the judgement.
    pub evaluates: bool,
    /// The sentences read (scaffolds left out, an audit tool's questions left out and
    /// the replies that hedge nothing blanked), for the flags read on demand.
    sentences: Vec<String>,
    /// Some answer to an audit tool's question says a standard was met.
    answered_well: bool,
    praises: OnceLock<bool>,
    hedges: OnceLock<bool>,
    justifies_grade: OnceLock<bool>,
}

impl EvidenceReading {
    /// Only strengths: no shortcoming and nothing hedged, with praise, some evaluation, or
    /// no harm told. Strengths told as plain facts ("Visits have taken place
    /// every four weeks and she is seen alone") count; a bare account of a referral and its
    /// dates, unevaluated, may hide a delay that only the dates tell.
    pub(crate) fn wholly_positive(&self) -> bool {
        self.shortfalls.is_empty()
            && !self.hedges()
            && (self.praises() || self.evaluates || !self.any(&MATCHERS.harm_event))
    }

    /// Some sentence evaluates practice positively.
    pub(crate) fn praises(&self) -> bool {
        *self
            .praises
            .get_or_init(|| self.answered_well || self.any(&MATCHERS.positive))
    }

    /// Some sentence contrasts, hedges or negates ("however", "not", "only"), in the
    /// auditor's own words: a "not" someone is quoted saying ("feels 'listened to, not
    /// judged'") hedges nothing.
    pub(crate) fn hedges(&self) -> bool {
        *self
            .hedges
            .get_or_init(|| self.sentences.iter().any(|s| first_hedge(s).is_some()))
    }

    /// Some sentence ties the grade to a reason ("the judgement is Good because…").
    pub(crate) fn justifies_grade(&self) -> bool {
        *self
            .justifies_grade
            .get_or_init(|| self.any(&MATCHERS.justification))
    }

    /// Some sentence ties the grade to a reason and weighs the shortcomings, in it or in
    /// the sentence before: "The judgement is Good because these are administrative gaps
    /// that have not affected Kieran's safety", "Good despite the late minutes, as…". A
    /// reason that only names a strength ("The judgement of Good reflects the quality of
    /// the PEP") is not the hard justification that numerous or significant shortcomings
    /// need.
    ///
    /// A reason that answers a shortcoming in its own words weighs it too: "Sam has not
    /// been seen alone at home. The judgement is Good because Sam is seen alone at school
    /// every week" (`answered` holds the shortcomings' words).
    pub(crate) fn weighs_shortcomings(&self, answered: &[String]) -> bool {
        let m = &*MATCHERS;
        self.sentences.iter().enumerate().any(|(i, s)| {
            m.justification.is_match(s)
                && (m.weighs.is_match(s)
                    || words(s)
                        .iter()
                        .any(|(_, w)| answered.iter().any(|a| a.eq_ignore_ascii_case(w)))
                    || i.checked_sub(1)
                        .and_then(|j| self.sentences.get(j))
                        .is_some_and(|p| m.weighs_before.is_match(p)))
        })
    }

    fn any(&self, matcher: &LazyRegex) -> bool {
        self.sentences.iter().any(|s| matcher.is_match(s))
    }
}

/// Whether the hedge `word` at `at` in `sentence` ("not", "no", "never") tells of the
/// child's or a parent's own life, in an active clause: "Oscar does not use speech",
/// "Oscar's mother does not drive". Not what practice did to them, said in the passive ("father has not been
/// contacted"), nor a perfect that may be practice's to answer for ("has not engaged").
fn familys_own(sentence: &str, at: usize, word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    if !matches!(lower.as_str(), "not" | "no" | "never" | "n't" | "n’t") {
        return false;
    }
    if !matches!(subject_at(sentence, at), Some(Head::Child | Head::Adult)) {
        return false;
    }
    let after = sentence.part(at + word.len()..);
    let next = after
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .find(|w| !w.is_empty())
        .unwrap_or("")
        .to_ascii_lowercase();
    !matches!(
        next.as_str(),
        "been" | "being" | "yet" | "always" | "properly" | "fully"
    ) && (!crate::english::verbs::is_participle(&next)
        // "Father … has not attended a TAF": what the parent did, whoever answers for it.
        || matches!(
            next.as_str(),
            "attended" | "come" | "kept" | "responded" | "replied" | "returned" | "turned"
        ))
}

/// Whether the hedge `word` at `at` in `sentence` qualifies the child's or a parent's own
/// life rather than the work.
///
/// - A state of mind or of life whose clause's subject is the child or a family adult:
///   "Noah worries a great deal about his sisters", "He still disputes some of the
///   concerns", "Mother continues to struggle with alcohol", "ringing the worker herself
///   when she is struggling".
/// - A contrast that opens a clause about them: "…but acknowledges she has said this
///   before" (not "although the assessment records that…").
/// - A worry or concern about them: "there is a worry he may be carrying drugs", "health
///   are worried that her brother could miss checks", "concerns about mother's drinking".
/// - Their hard days: "when things get difficult".
///
/// Other hedges with a family subject still hedge: "Mother was offered only one visit"
/// tells of the work, and negations are [`familys_own`]'s to tell.
fn family_clause(sentence: &str, at: usize, word: &str) -> bool {
    const STATES: [&str; 7] = [
        "still",
        "partly",
        "worr",
        "struggl",
        "difficult",
        "challeng",
        "concern",
    ];
    const CONTRASTS: [&str; 8] = [
        "however", "but", "although", "though", "whilst", "whereas", "despite", "yet",
    ];
    let lower = word.to_ascii_lowercase();
    let family = |head: Option<Head>| matches!(head, Some(Head::Child | Head::Adult));
    let after = sentence.part(at + word.len()..);
    // The clause `at` is in, up to `at`.
    let clause_before = || {
        let starts = clause_starts(sentence);
        let from = starts[..starts.partition_point(|&s| s <= at)]
            .last()
            .copied()
            .unwrap_or(0);
        sentence.part(from..at)
    };
    if CONTRASTS.contains(&lower.as_str()) {
        let rest = after.split(';').next().unwrap_or("");
        // "…but now lets the worker in": with its subject left out, the clause goes on
        // with the one before.
        let first = words(rest)
            .into_iter()
            .map(|(_, w)| w.to_lowercase())
            .find(|w| !ADVERBS.contains(&w.as_str()))
            .unwrap_or_default();
        let elided = !first.is_empty()
            && first.chars().all(|c| c.is_ascii_lowercase())
            && !matches!(
                first.as_str(),
                "his"
                    | "this"
                    | "its"
                    | "records"
                    | "notes"
                    | "visits"
                    | "minutes"
                    | "parents"
                    | "carers"
                    | "grandparents"
                    | "services"
                    | "professionals"
                    | "agencies"
                    | "others"
                    | "siblings"
                    | "sisters"
                    | "brothers"
                    | "reviews"
                    | "plans"
            )
            && (first.ends_with('s') || first.ends_with("ed"));
        let head = if elided {
            subject_at(sentence, at).or_else(|| first_subject(clause_before()))
        } else {
            clause_subject(rest).or_else(|| first_subject(rest))
        };
        return family(head);
    }
    if !STATES.iter().any(|w| lower.starts_with(w)) {
        return false;
    }
    if lower.starts_with("worr") || lower.starts_with("concern") {
        let rest = after.trim_start();
        let rest = ["that ", "about ", "for "]
            .iter()
            .find_map(|w| rest.strip_prefix(w))
            .unwrap_or(rest);
        let rest = rest.split([';', ',']).next().unwrap_or("");
        if family(clause_subject(rest).or_else(|| first_subject(rest))) {
            return true;
        }
    }
    if lower.starts_with("difficult") || lower.starts_with("struggl") {
        let before = sentence.part(..at).to_ascii_lowercase();
        let mut words = before.split_whitespace().rev();
        let verb = words.next().unwrap_or("");
        if matches!(
            verb,
            "get" | "gets" | "got" | "are" | "were" | "become" | "feel" | "felt"
        ) && words.next() == Some("things")
        {
            return true;
        }
    }
    // The word's own subject ("He still disputes"), or its clause's first: "Mother
    // continues to struggle".
    family(
        subject_at(sentence, at)
            .filter(|h| matches!(h, Head::Child | Head::Adult))
            .or_else(|| first_subject(clause_before())),
    )
}

/// Whether a delay found (`text`) is work waiting for someone to pick it up: "sat in the
/// unallocated tray until", "waited in the duty inbox for".
fn waiting_for_allocation(text: &str) -> bool {
    let text = text.to_ascii_lowercase();
    ["unallocated", "allocation", "tray", "queue", "inbox"]
        .iter()
        .any(|w| text.contains(w))
}

/// Whether `verb_phrase` (a clause up to the end of a step found not taken) ends in the
/// active voice with a participle of what a parent does for themself: "has not yet
/// started the parenting programme", "have not completed the drug testing", "has never
/// signed the safety plan". With a parent as its subject it is the family's step, not a
/// shortcoming of practice ("has not been visited", "has not had a review" still are).
fn own_step_not_taken(verb_phrase: &str) -> bool {
    const OWN_STEPS: &[&str] = &[
        "started",
        "begun",
        "completed",
        "finished",
        "attended",
        "engaged",
        "signed",
        "agreed",
        "accepted",
        "returned",
        "responded",
        "replied",
        "followed",
        "kept",
        "stopped",
        "reduced",
        "joined",
        "enrolled",
        "registered",
        "booked",
        "contacted",
        "submitted",
        "allowed",
        "taken",
        "made",
        "done",
        "tried",
        "managed",
        "sought",
    ];
    let words = words(verb_phrase);
    let Some((_, last)) = words.last() else {
        return false;
    };
    if !OWN_STEPS.iter().any(|s| last.eq_ignore_ascii_case(s)) {
        return false;
    }
    // The words from the auxiliary on: "has not yet", "had never".
    let Some(aux) = words.iter().rposition(|(_, w)| {
        ["has", "have", "had"]
            .iter()
            .any(|a| w.eq_ignore_ascii_case(a))
    }) else {
        return false;
    };
    let group = &words[aux + 1..];
    group
        .iter()
        .any(|(_, w)| w.eq_ignore_ascii_case("not") || w.eq_ignore_ascii_case("never"))
        && group.len() <= 5
        && !group.iter().any(|(_, w)| w.eq_ignore_ascii_case("been"))
}

/// Whether "slipped" (`text`, the shortcoming found) is a fall, by the word `after` it:
/// "the bunk-bed ladder he had slipped on", "slipped and fell", not a date that slipped.
fn physical_slip(text: &str, after: &str) -> bool {
    text.eq_ignore_ascii_case("slipped")
        && after
            .split(|c: char| !c.is_alphanumeric())
            .find(|w| !w.is_empty())
            .is_some_and(|w| {
                matches!(
                    w.to_ascii_lowercase().as_str(),
                    "on" | "over" | "off" | "and" | "down" | "in" | "out" | "up" | "while"
                )
            })
}

/// Whether `sentence` says that what the sentence before it records was put right: "That
/// has been fully addressed", "These gaps were quickly remedied".
fn remedies_before(sentence: &str) -> bool {
    static REMEDIED: LazyLock<LazyRegex> = LazyLock::new(|| {
        LazyRegex::builtin(
            r"(?i)^\W*(?:that|this|these|those|it|both|each|all of (?:this|these|them)|the (?:earlier |early |initial )?(?:drift|gaps?|delays?|shortfalls?|issues?|problems?|omissions?|shortcomings?))\s+(?:has|have|was|were)\s+(?:since\s+)?(?:been\s+)?(?:fully\s+|quickly\s+|promptly\s+|swiftly\s+|now\s+|all\s+)?(?:addressed|put right|remedied|resolved|rectified|corrected)\b"
                .to_owned(),
        )
    });
    let lower = sentence.to_ascii_lowercase();
    [
        "addressed",
        "put right",
        "remedied",
        "resolved",
        "rectified",
        "corrected",
    ]
    .iter()
    .any(|w| lower.contains(w))
        && REMEDIED.is_match(sentence)
}

/// Whether `sentence` says that an earlier shortcoming, named as earlier, was put right:
/// "The early gap was picked up and put right quickly", "The initial delay has since been
/// rectified".
fn remedies_earlier(sentence: &str) -> bool {
    static REMEDIED_EARLIER: LazyLock<LazyRegex> = LazyLock::new(|| {
        LazyRegex::builtin(
            r"(?i)^\W*the (?:early|earlier|initial|first) (?:drift|gaps?|delays?|shortfalls?|omissions?|shortcomings?)\s+(?:has|have|was|were)\s+(?:since\s+)?(?:been\s+)?(?:(?:picked up|identified|spotted|noticed|challenged|recognised|recognized)\s+and\s+)?(?:fully\s+|quickly\s+|promptly\s+|swiftly\s+|now\s+)?(?:addressed|put right|remedied|resolved|rectified|corrected)\b"
                .to_owned(),
        )
    });
    let lower = sentence.to_ascii_lowercase();
    (lower.contains("early") || lower.contains("initial") || lower.contains("first"))
        && REMEDIED_EARLIER.is_match(sentence)
}

/// Whether a cancelled or missed session (`text`, the shortcoming found) was made up in the
/// words `after` it: "it was rearranged for the following week and he was seen then".
fn made_up(text: &str, after: &str) -> bool {
    let text = text.to_ascii_lowercase();
    // "Willow was not seen on the first planned visit…; the worker saw her alone at school
    // two days later": a visit missed and made up within days.
    if text.contains("not seen") || text.contains("n't seen") {
        let after = after.to_ascii_lowercase();
        let saw = [
            "saw her",
            "saw him",
            "saw them",
            "was seen",
            "were seen",
            "seen alone",
        ]
        .iter()
        .any(|w| after.contains(w));
        let soon = [
            "days later",
            "day later",
            "the next day",
            "the following day",
            "the following week",
            "the next week",
            "later that day",
            "later that week",
            "the same week",
            "within a week",
        ]
        .iter()
        .any(|w| after.contains(w));
        return saw && soon;
    }
    if !["cancelled", "missed", "postponed", "called off"]
        .iter()
        .any(|w| text.contains(w))
    {
        return false;
    }
    // "The supervision cancelled in August was rescheduled for the following week": the
    // match may itself run on to the making up.
    let after = format!("{text} {}", after.to_ascii_lowercase());
    [
        "rearranged",
        "re-arranged",
        "rebooked",
        "re-booked",
        "rescheduled",
        "re-scheduled",
        "reconvened",
        "made up",
    ]
    .iter()
    .any(|w| after.contains(w))
        && !["not ", "never "].iter().any(|n| {
            [
                "rearranged",
                "rebooked",
                "rescheduled",
                "re-scheduled",
                "reconvened",
                "made up",
            ]
            .iter()
            .any(|w| after.contains(&format!("{n}{w}")) || after.contains(&format!("{n}been {w}")))
        })
}

/// The first hedge of `sentence` in the auditor's own words, with its offset: a "not"
/// someone is quoted saying ("feels 'listened to, not judged'"), praise in the shape of a
/// hedge ("has not missed a single session"), someone else's worries, and the other
/// exceptions below hedge nothing.
fn first_hedge(s: &str) -> Option<(usize, &str)> {
    let quoted = crate::english::quotations(s, 0, s.len());
    let praise: Vec<(usize, usize)> = MATCHERS
        .praise
        .find_iter(s)
        .map(|p| (p.start(), p.end()))
        .collect();
    MATCHERS
        .hedges
        .find_iter(s)
        .find(|m| {
            !quoted
                .iter()
                .chain(&praise)
                .any(|&(from, to)| m.start() >= from && m.end() <= to)
                && !hedges_nothing(s, m.start(), m.as_str())
        })
        .map(|m| (m.start(), m.as_str()))
}

/// What a record that gives its reasons says before them ("explains why…").
const EXPLAINS_WHY: [&str; 8] = [
    "explains why",
    "explained why",
    "sets out why",
    "set out why",
    "records why",
    "recorded why",
    "shows why",
    "describes why",
];

/// Whether the hedge `word` at `at` in `sentence` qualifies something other than the work,
/// or is no limit at all (see [`first_hedge`]).
fn hedges_nothing(s: &str, at: usize, word: &str) -> bool {
    someones_worry(s, at, word)
        || difficult_conversation(s, at, word)
        || not_hedging(s, at, word)
        || wished(s, at, word)
        || improving(s, at, word)
        || constructive_challenge(s, at, word)
        || need_as_noun(s, at, word)
        || familys_own(s, at, word)
        || family_clause(s, at, word)
        || outside_clause(s, at, word)
}

/// The subject of the clause `at` is in, from the words before `at`: "The parents have
/// struggled [to make…]" → the parents.
fn clause_owner(sentence: &str, at: usize) -> Option<Head> {
    let starts = clause_starts(sentence);
    let from = starts[..starts.partition_point(|&s| s <= at)]
        .last()
        .copied()
        .unwrap_or(0);
    let clause = sentence.part(from..at);
    clause_subject(clause).or_else(|| first_subject(clause))
}

/// Heads of a subject that tell of the child's or family's life, not the work:
/// "Progress has been limited", "Outcomes are not yet secure", "Her relationship with her
/// father remains volatile".
const OUTCOMES: &[&str] = &[
    "progress",
    "attendance",
    "outcome",
    "outcomes",
    "behaviour",
    "behavior",
    "drinking",
    "relationship",
    "relationships",
    "situation",
    "circumstances",
    "presentation",
    "mood",
    "weight",
    "sleep",
    "loneliness",
    "anxiety",
    "offending",
    "risk",
    "risks",
    "things",
    "difficulties",
    "wellbeing",
    "health",
];

/// Nouns a body outside practice may head that are still the service's own work: "the
/// court report", "the housing application".
const OWN_DOCUMENTS: &[&str] = &[
    "report",
    "reports",
    "statement",
    "statements",
    "bundle",
    "evidence",
    "application",
    "applications",
    "plan",
    "plans",
    "assessment",
    "assessments",
    "filing",
    "paperwork",
    "letter",
    "letters",
    "referral",
    "referrals",
    "request",
    "requests",
];

/// The subject phrase that opens `region` (the words before its first auxiliary, past an
/// opening connective), and its head: the word before its first preposition, else its
/// last ("The Home Office decision on his asylum claim" → "decision").
fn subject_phrase(region: &str) -> Option<(String, String)> {
    let tokens = words(region);
    let mut lower: Vec<String> = tokens.iter().map(|(_, w)| w.to_lowercase()).collect();
    while lower.first().is_some_and(|w| {
        matches!(
            w.as_str(),
            "and" | "but" | "or" | "however" | "although" | "though" | "yet" | "while" | "whilst"
        ) || ADVERBS.contains(&w.as_str())
    }) {
        lower.remove(0);
    }
    let aux = lower
        .iter()
        .position(|w| is_auxiliary(w))
        .unwrap_or(lower.len().min(6));
    let phrase = lower.get(..aux)?;
    if phrase.is_empty() || phrase.len() > 9 {
        return None;
    }
    let head = phrase
        .iter()
        .position(|w| PREPOSITIONS.contains(&w.as_str()))
        .filter(|&p| p > 0)
        .map_or_else(|| phrase.last(), |p| phrase.get(p - 1))?
        .clone();
    Some((phrase.join(" "), head))
}

/// Whether the subject phrase opening `region` is a body outside practice ("the court",
/// "the Home Office decision", "the provider"), not the service's own document about it.
fn outside_party(region: &str) -> bool {
    subject_phrase(region).is_some_and(|(phrase, head)| {
        MATCHERS.outside.is_match(&phrase) && !OWN_DOCUMENTS.contains(&head.as_str())
    })
}

/// Whether the hedge `word` at `at` in `sentence` is about what lies outside the work: its
/// clause's subject is a body outside practice ("the final hearing has been relisted by
/// the court", "The Home Office decision … is still awaited") or the child's or family's
/// life ("Progress has been limited", "Outcomes are not yet secure"), a contrast opens
/// such a clause, or the clause gives such a body as its cause ("is delayed because the
/// provider has no vacancies").
fn outside_clause(sentence: &str, at: usize, word: &str) -> bool {
    const CONTRASTS: [&str; 8] = [
        "however", "but", "although", "though", "whilst", "whereas", "despite", "yet",
    ];
    let starts = clause_starts(sentence);
    let index = starts.partition_point(|&s| s <= at).saturating_sub(1);
    let end = starts
        .get(index + 1)
        .copied()
        .filter(|&e| e > at + word.len())
        .or_else(|| starts.iter().copied().find(|&e| e > at + word.len()))
        .unwrap_or(sentence.len());
    let lower = word.to_ascii_lowercase();
    let region = if CONTRASTS.contains(&lower.as_str()) {
        sentence.part(at + word.len()..end)
    } else {
        sentence.part(starts[index]..at)
    };
    if outside_party(region) {
        return true;
    }
    // "its outcomes are vague", "the plan's outcomes": a document's, not the child's life.
    if subject_phrase(region).is_some_and(|(phrase, head)| {
        OUTCOMES.contains(&head.as_str())
            && !phrase.split(' ').any(|w| {
                matches!(
                    w.trim_end_matches("'s").trim_end_matches("’s"),
                    "its" | "plan" | "plans" | "assessment" | "review" | "pep" | "ehcp" | "pathway"
                )
            })
    }) {
        return true;
    }
    MATCHERS
        .outside_cause
        .is_match(sentence.part(at + word.len()..))
}

/// Whether `after` (the words after "the only") names what someone wants, asks for or
/// trusts: "the only thing he wants now", "the only person she trusts". That is the child's
/// wish, not a limit on the work ("the only visit this term").
fn someones_only_wish(after: &str) -> bool {
    let mut words = after.split(|c: char| !c.is_alphanumeric());
    let noun = words.next().unwrap_or("");
    matches!(
        noun,
        "thing" | "things" | "one" | "person" | "people" | "adult" | "adults" | "wish" | "request"
    ) && words.filter(|w| !w.is_empty()).take(4).any(|w| {
        matches!(
            w,
            "wants"
                | "wanted"
                | "asked"
                | "asks"
                | "wishes"
                | "wished"
                | "hopes"
                | "hoped"
                | "trusts"
                | "trusted"
                | "likes"
                | "liked"
                | "misses"
                | "missed"
                | "requested"
                | "enjoys"
        )
    })
}

/// Whether the hedge `word` at `at` in `sentence` tells of progress made ("outcomes are
/// improving", "has developed well"), not of work still needed ("needs developing").
fn improving(sentence: &str, at: usize, word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    if !(lower.starts_with("improv") || lower.starts_with("develop")) {
        return false;
    }
    let before = sentence.get(..at).unwrap_or("").trim_end();
    let last = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    matches!(
        last.as_str(),
        "is" | "are"
            | "has"
            | "have"
            | "been"
            | "steadily"
            | "clearly"
            | "visibly"
            | "markedly"
            | "greatly"
            | "significantly"
            | "much"
            | "continues"
            | "continue"
            | "keeps"
            | "already"
    ) && !lower.ends_with("ment")
        // "describe improved routines": an improvement made, unless still to be made ("needs
        // to be improved") or denied ("has not improved").
        || (lower == "improved"
            && !matches!(
                last.as_str(),
                "be" | "not"
                    | "never"
                    | "hasn't"
                    | "haven't"
                    | "hadn't"
                    | "isn't"
                    | "wasn't"
                    | "yet"
                    | "barely"
                    | "hardly"
                    | "little"
                    | "only"
                    | "slightly"
            ))
}

/// Whether the hedge `word` at `at` in `sentence` is someone's worry or concern ("Leila's
/// worries about her stepfather", "mother's concerns were listened to"), or the worries a
/// record sets out, not the auditor's own.
fn someones_worry(sentence: &str, at: usize, word: &str) -> bool {
    let lower = word.to_lowercase();
    if !(lower.starts_with("worr") || lower.starts_with("concern")) {
        return false;
    }
    let before = sentence.part(..at).trim_end().to_lowercase();
    let mut words = before.rsplit(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}'));
    let previous = words.next().unwrap_or("");
    // "Her main worry about moving school was heard": one person's worry, named as a noun.
    if matches!(lower.as_str(), "worry" | "concern") {
        let third_party = previous.ends_with("'s")
            || previous.ends_with("\u{2019}s")
            || matches!(previous, "her" | "his" | "their")
            || (matches!(
                previous,
                "main" | "biggest" | "greatest" | "only" | "one" | "first"
            ) && words.next().is_some_and(|w| {
                matches!(w, "her" | "his" | "their")
                    || w.ends_with("'s")
                    || w.ends_with("\u{2019}s")
            }));
        return third_party;
    }
    if !lower.ends_with('s') {
        return false;
    }
    let possessive = previous.ends_with("'s")
        || previous.ends_with("\u{2019}s")
        || previous.ends_with("s'")
        || matches!(previous, "her" | "his" | "their" | "my" | "our" | "your");
    let verb = words.next().and_then(|v| {
        if matches!(v, "out" | "down") {
            words.next()
        } else {
            Some(v)
        }
    });
    let set_out = previous == "the"
        && verb.is_some_and(|v| {
            matches!(
                v,
                "sets"
                    | "set"
                    | "records"
                    | "recorded"
                    | "captures"
                    | "captured"
                    | "names"
                    | "named"
                    | "explores"
                    | "explored"
                    | "summarises"
                    | "summarised"
                    | "lists"
                    | "listed"
                    | "weigh"
                    | "weighs"
                    | "weighed"
                    | "weighing"
            )
        });
    // "The health visitor raised worries about…", "concerns were acted on the same day":
    // worries someone raised, or that were answered.
    let raised = matches!(
        previous,
        "raised" | "raises" | "shared" | "shares" | "voiced" | "expressed" | "reported"
    );
    let after = sentence.part(at + word.len()..).trim_start().to_lowercase();
    let answered = [
        "were acted on",
        "was acted on",
        "were promptly acted on",
        "were responded to",
        "were listened to",
        "were heard",
        "were taken seriously",
        "were addressed",
        "were explored",
        "were escalated",
    ]
    .iter()
    .any(|p| after.starts_with(p));
    possessive || set_out || raised || answered
}

/// Whether the hedge `word` at `at` in `sentence` describes conversations a worker has
/// ("does not shy away from difficult conversations"), not a difficulty in the work.
fn difficult_conversation(sentence: &str, at: usize, word: &str) -> bool {
    let lower = word.to_lowercase();
    if !(lower.starts_with("difficult") || lower.starts_with("challeng")) {
        return false;
    }
    let after = sentence.part(at + word.len()..).trim_start().to_lowercase();
    [
        "conversation",
        "discussion",
        "decision",
        "message",
        "news",
        "truth",
        "topic",
        "subject",
        "question",
    ]
    .iter()
    .any(|w| after.starts_with(w))
}

/// Whether the hedge `word` at `at` in `sentence` is a word that only sometimes hedges,
/// used here in a sense that does not: "only" as an adjective ("her only request"),
/// "could" of what someone is able to do ("a letter he could understand"), a contrast
/// with the family's circumstances that the work overcame ("despite mother's initial
/// reluctance", "although the family moved twice").
fn not_hedging(sentence: &str, at: usize, word: &str) -> bool {
    let lower = word.to_lowercase();
    let before = sentence.part(..at).trim_end().to_lowercase();
    let previous = before
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}'))
        .next()
        .unwrap_or("");
    let after = sentence.part(at + word.len()..).trim_start().to_lowercase();
    let next = after
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}'))
        .next()
        .unwrap_or("");
    match lower.as_str() {
        // "not only … but", "rather than only the tasks": no limit on the work.
        "only" => {
            matches!(previous, "her" | "his" | "their" | "my" | "not")
                || before.ends_with("rather than")
                || previous.ends_with("'s")
                || previous.ends_with("\u{2019}s")
                || (previous == "the" && someones_only_wish(&after))
                // "lists significant events only": what a chronology should hold.
                || ["significant events", "key events", "significant incidents"]
                    .iter()
                    .any(|e| before.ends_with(e))
        }
        // "a worry monster activity", "her worry box": a tool of direct work.
        w if w.starts_with("worr")
            && matches!(
                next,
                "monster"
                    | "monsters"
                    | "box"
                    | "boxes"
                    | "doll"
                    | "dolls"
                    | "tree"
                    | "jar"
                    | "eater"
                    | "eaters"
                    | "stone"
                    | "stones"
                    | "bear"
                    | "cards"
                    | "bag"
            ) =>
        {
            true
        }
        // "the challenge of working with parents who…", "managed the challenges well":
        // what the case asked of the worker, not what the work lacks.
        "challenge" | "challenges" => {
            let mut words = after.split_whitespace();
            (words.next() == Some("of") && words.next().is_some_and(|w| w.ends_with("ing")))
                || matches!(
                    before.rsplit(' ').nth(1).unwrap_or(""),
                    "managed" | "met" | "handled" | "navigated" | "overcame" | "overcome"
                )
        }
        // "the ladder he had slipped on": a fall, not a delay (see `physical_slip`).
        // "explored what that would mean for him": an indirect question, not a hedge.
        // "how Tilly's own view could be heard independently": the same, its subject longer.
        "would" | "could" | "should"
            if before
                .split_whitespace()
                .rev()
                .take(6)
                .take_while(|w| !w.ends_with([',', ';', ':']))
                .any(|w| {
                    matches!(
                        w,
                        "what" | "how" | "whether" | "if" | "where" | "when" | "who"
                    )
                }) =>
        {
            true
        }
        // "…, should mother's progress hold,", "Should the placement end, …": a condition
        // the plan provides for, not work that should have been done.
        "should" if before.is_empty() || before.ends_with([',', ';', ':', '(']) => true,
        // "what early help is and is not": a definition, not a limit.
        "not"
            if ["is and is", "was and was", "does and does", "can and can"]
                .iter()
                .any(|p| before.ends_with(p)) =>
        {
            true
        }
        // "Despite this, the worker has offered meetings…": the contrast points back to
        // what the sentence before told; what it hedges is told there.
        "despite"
            if matches!(next, "this" | "that" | "these" | "those" | "all")
                && before
                    .trim_start_matches(|c: char| !c.is_alphanumeric())
                    .is_empty() =>
        {
            true
        }
        // "explains why the pre-proceedings threshold was not yet met": the reasons a
        // record gives, not a limit on the work.
        "not"
            if before
                .rsplit([';', ':', '.'])
                .next()
                .is_some_and(|clause| EXPLAINS_WHY.iter().any(|w| clause.contains(w))) =>
        {
            true
        }
        // "visited every six weeks as her care plan requires", "as required": a standard
        // met, not work still needed.
        "requires" | "required" | "needs" | "needed"
            if before.split_whitespace().rev().take(4).any(|w| w == "as") =>
        {
            true
        }
        // "organised around what Isla needs": the child's needs, not work still needed.
        "needs" | "need" | "needed"
            if {
                let mut words = sentence.part(..at).split_whitespace().rev();
                let who = words.next().unwrap_or("");
                words.next().is_some_and(|w| w.eq_ignore_ascii_case("what"))
                    && (matches!(who, "he" | "she" | "they")
                        || who.chars().next().is_some_and(char::is_uppercase))
            } =>
        {
            true
        }
        // "challenging behaviour": what the child does, not what practice lacks.
        "challenging" => matches!(next, "behaviour" | "behaviours" | "behavior" | "behaviors"),
        // "the decision to make a section 17 referral": what was decided, not a next step.
        // "The parents have struggled to make the changes": the family's own step.
        _ if lower.starts_with("to ") => {
            matches!(clause_owner(sentence, at), Some(Head::Child | Head::Adult))
                || matches!(
                    previous,
                    "decision"
                | "decided"
                | "agreed"
                | "chose"
                | "choice"
                | "opted"
                | "elected"
                // "found a way to include him": what the worker did.
                | "way"
                | "ways"
                | "able"
                | "managed"
                | "helped"
                )
        }
        // "he says he is happy and would like to stay": someone's wish.
        // Not the auditor's own wish for the work ("I would like to see…").
        "would" if matches!(next, "like" | "love" | "prefer" | "rather") => {
            !matches!(previous, "i" | "we") && !after.contains(" to see")
        }
        // "The risk to Aaliyah remains high, but the response to it has been prompt and
        // well coordinated": a contrast that turns to praise of the work, with no hedge of
        // its own.
        "but" | "however" | "yet" => {
            let from = at + word.len();
            let rest = sentence.part(from..);
            MATCHERS.positive.is_match(rest)
                && MATCHERS
                    .hedges
                    .find_iter(rest)
                    .all(|h| hedges_nothing(sentence, from + h.start(), h.as_str()))
        }
        // "so that no time is lost", "to ensure she is never left without a worker": an aim,
        // not a lapse.
        "no" | "not" | "never"
            if {
                let clause = before.rsplit([',', ';', ':']).next().unwrap_or("");
                [
                    " so that",
                    " so",
                    " to ensure",
                    " ensuring",
                    " in order that",
                    " in order to",
                ]
                .iter()
                .any(|p| clause.ends_with(p) || clause.contains(&format!("{p} ")))
            } =>
        {
            true
        }
        // "the No Recourse to Public Funds condition": a name.
        "no" if word == "No" && !before.is_empty() && {
            let next_word = sentence
                .part(at + word.len()..)
                .split_whitespace()
                .next()
                .unwrap_or("");
            next_word.starts_with(|c: char| c.is_uppercase())
        } =>
        {
            true
        }
        // "has not been allowed to hold up the match": harm kept off.
        "not"
            if ["been allowed to ", "allowed to "].iter().any(|p| {
                after.strip_prefix(p).is_some_and(|rest| {
                    [
                        "hold", "delay", "derail", "disrupt", "stop", "affect", "slow", "get in",
                        "stand in", "drift",
                    ]
                    .iter()
                    .any(|v| rest.starts_with(v))
                })
            }) =>
        {
            true
        }
        // "Reuben needs two carers for all personal care": the child's care needs, not
        // work still needed ("Jo needs an updated plan" still hedges).
        "needs" | "need" | "requires" | "require"
            if matches!(subject_at(sentence, at), Some(Head::Child | Head::Adult))
                && !after.split_whitespace().take(6).any(|w| {
                    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                    matches!(
                        w,
                        "plan"
                            | "assessment"
                            | "review"
                            | "visit"
                            | "visits"
                            | "worker"
                            | "referral"
                            | "support"
                            | "help"
                            | "more"
                            | "updated"
                            | "update"
                            | "social"
                            | "sw"
                            | "work"
                            | "direct"
                            | "someone"
                            | "a"
                    )
                }) =>
        {
            true
        }
        // "to record his likes and worries", "her worries about school": someone's worries.
        "worries" | "worry" | "concerns" | "concern"
            if before.split_whitespace().rev().take(3).any(|w| {
                matches!(w, "his" | "her" | "their" | "my")
                    || w.ends_with("'s")
                    || w.ends_with('\u{2019}')
                    || w.ends_with("\u{2019}s")
            }) =>
        {
            true
        }
        // "language that Evelyn would be able to read when she is older": what the child
        // will be able to do, not work that would have helped.
        "would" if after.starts_with("be able to") => {
            matches!(previous, "he" | "she" | "they")
                || matches!(subject_at(sentence, at), Some(Head::Child | Head::Adult))
        }
        // "once the concerns escalated": the case's risk growing, not a concern about the
        // work.
        // "concerns raised at core groups have increased": the same, told after its clause.
        "concerns" | "concern" => after
            .split([',', ';', ':', '.'])
            .next()
            .unwrap_or("")
            .split_whitespace()
            .take(8)
            .any(|w| {
                matches!(
                    w,
                    "escalated"
                        | "grew"
                        | "increased"
                        | "heightened"
                        | "intensified"
                        | "mounted"
                        | "deepened"
                )
            }),
        "could" => {
            ((matches!(previous, "he" | "she" | "they" | "i" | "we")
                || matches!(subject_at(sentence, at), Some(Head::Child | Head::Adult)))
                && !WHAT_WOULD_HELP.contains(&next))
                || reported_decision(&lower, &before, next)
        }
        // "Mother missed the first two appointments"": the family's, not practice's.
        "missed" => {
            let owner = previous.trim_end_str("'s").trim_end_str("\u{2019}s");
            vocab::ADULT_FAMILY.contains(&owner)
                || matches!(owner, "he" | "she" | "they" | "family" | "parents")
        }
        "despite" | "although" | "though" => {
            let owner = next.trim_end_str("'s").trim_end_str("\u{2019}s");
            let family = vocab::ADULT_FAMILY.contains(&owner)
                || matches!(owner, "his" | "her" | "their" | "he" | "she" | "they");
            let the_family = next == "the"
                && after.split_whitespace().nth(1).is_some_and(|w| {
                    matches!(
                        w,
                        "family" | "family's" | "parents" | "parents'" | "children" | "child"
                    )
                });
            // "Although Freya's circumstances changed twice": the child's own life.
            let written = sentence
                .part(at + word.len()..)
                .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}'))
                .find(|w| !w.is_empty())
                .unwrap_or("");
            let childs = written.starts_with(|c: char| c.is_uppercase())
                && (written.ends_with("'s") || written.ends_with("\u{2019}s"))
                && classify(written, written) == Head::Child;
            // "Birth mother did not attend either review despite being offered help with
            // transport": the contrast is in the family's own doing.
            let main_clause_familys = {
                let starts = clause_starts(sentence);
                let from = starts[..starts.partition_point(|&s| s < at)]
                    .iter()
                    .rev()
                    .map(|&from| sentence.part(from..at))
                    .find(|c| c.chars().any(char::is_alphanumeric))
                    .unwrap_or("");
                matches!(first_subject(from), Some(Head::Adult | Head::Child))
                    && matches!(next, "being" | "having" | "repeated" | "several" | "offers")
            };
            ((family || the_family || childs) && !(lower == "though" && previous != "even"))
                || main_clause_familys
        }
        _ => reported_decision(&lower, &before, next),
    }
}

/// Whether "could" or "would" (`word`, after the lower-cased text `before` it, before the
/// word `next`) tells what was agreed or decided: "agreed with the school that sessions
/// could take place there", "agreed within a week that the same worker would keep the
/// case". Not what would have helped ("agreed that the plan would benefit from…").
fn reported_decision(word: &str, before: &str, next: &str) -> bool {
    if !matches!(word, "could" | "would") {
        return false;
    }
    let clause = before.rsplit([',', ';', ':']).next().unwrap_or("");
    let mut words = clause.split_whitespace().rev();
    let Some(that) = words.position(|w| w == "that") else {
        return false;
    };
    let mut reported = clause.split_whitespace().rev().skip(that + 1).take(4);
    reported.any(|w| {
        matches!(
            w,
            "agreed" | "decided" | "arranged" | "confirmed" | "ensured" | "planned" | "promised"
        )
    }) && that <= 6
        && !WHAT_WOULD_HELP.contains(&next)
}

/// The words after "could" or "would" that tell what would have helped the work ("could
/// have", "would benefit", "could usefully"): with them the modal is a hedge.
const WHAT_WOULD_HELP: &[&str] = &[
    "have",
    "be",
    "benefit",
    "help",
    "consider",
    "include",
    "not",
    "further",
    "also",
    "perhaps",
    "possibly",
    "usefully",
    "helpfully",
    "need",
    "improve",
    "strengthen",
];

/// Whether the hedge `word` at `at` in `sentence` is challenge as good practice
/// ("agencies challenge each other constructively", "appropriate professional challenge"),
/// not a difficulty ("challenges remain", "challenging behaviour").
fn constructive_challenge(sentence: &str, at: usize, word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    if !matches!(lower.as_str(), "challenge" | "challenges" | "challenged") {
        return false;
    }
    let before = sentence.get(..at).unwrap_or("").trim_end();
    let previous = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    let after = sentence
        .get(at + word.len()..)
        .unwrap_or("")
        .trim_start()
        .to_ascii_lowercase();
    const GOOD: &[&str] = &[
        "constructive",
        "constructively",
        "appropriate",
        "appropriately",
        "robust",
        "robustly",
        "healthy",
        "professional",
        "respectful",
        "respectfully",
        "effective",
        "effectively",
        "purposeful",
        "purposefully",
        "supportive",
        "good",
        "strong",
        "timely",
        "gently",
        "sensitively",
        "confidently",
        "skilfully",
        "rightly",
        "clearly",
    ];
    // "The manager challenged a proposal to reduce visiting": challenge as an act of
    // practice, with what was challenged as its object.
    if lower == "challenged" {
        let object = sentence
            .get(at + word.len()..)
            .unwrap_or("")
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_lowercase();
        if matches!(
            object.as_str(),
            "a" | "an" | "the" | "this" | "that" | "these" | "those" | "his" | "her" | "their"
        ) || object.ends_with("'s")
            || object.ends_with("\u{2019}s")
        {
            return true;
        }
    }
    // "The team manager's challenge in supervision": someone's challenge, given.
    let given = lower == "challenge" && (before.ends_with("'s") || before.ends_with("\u{2019}s"));
    given
        || GOOD.contains(&previous.as_str())
        || ["each other", "one another"]
            .iter()
            .any(|p| after.starts_with(p))
        || GOOD.iter().any(|g| {
            after
                .split(|c: char| !c.is_alphanumeric())
                .find(|w| !w.is_empty())
                .is_some_and(|w| w == *g)
        })
}

/// Whether the hedge `word` at `at` in `sentence` is "need" as a noun ("the level of
/// need", "his needs are met"), or what a plan says "needs to happen": what the child
/// needs, not what practice still needs to do.
fn need_as_noun(sentence: &str, at: usize, word: &str) -> bool {
    if !["need", "needs", "needed"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w))
    {
        return false;
    }
    let before = sentence.part(..at).trim_end();
    let previous = before
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}'))
        .next()
        .unwrap_or("")
        .to_lowercase();
    if word.eq_ignore_ascii_case("needed") {
        return matches!(
            previous.as_str(),
            "as" | "when" | "where" | "if" | "whenever"
        );
    }
    previous.ends_with("'s")
        || previous.ends_with("\u{2019}s")
        || matches!(
            previous.as_str(),
            "of" | "what"
                | "his"
                | "her"
                | "their"
                | "its"
                | "whose"
                | "identified"
                | "additional"
                | "complex"
                | "assessed"
                | "health"
                | "emotional"
                | "educational"
                | "learning"
                | "sensory"
                | "medical"
                | "care"
                | "cultural"
                | "identity"
                | "communication"
                | "support"
                | "language"
                | "physical"
                | "dietary"
                | "sensory-processing"
                | "housing"
                | "developmental"
                | "therapeutic"
                | "practical"
                | "financial"
                | "religious"
                | "social"
                | "wider"
                | "particular"
                | "specific"
                | "individual"
                | "everyday"
                | "day-to-day"
                | "unmet"
                | "changing"
        )

        // "the child in need plan": a status, not something practice needs.
        || (previous == "in" && {
            let mut earlier = before
                .rsplit(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty());
            earlier.next();
            earlier.next().is_some_and(|w| w.eq_ignore_ascii_case("child") || w.eq_ignore_ascii_case("children"))
        })
}

/// Whether the hedge `word` at `at` in `sentence` is the "not" of someone's wish ("asked
/// not to be seen at home", "chose not to attend"): the person's choice, not a gap the
/// auditor points to.
fn wished(sentence: &str, at: usize, word: &str) -> bool {
    if !word.eq_ignore_ascii_case("not") {
        return false;
    }
    let before = sentence.get(..at).unwrap_or("").trim_end();
    let after = sentence.get(at + word.len()..).unwrap_or("");
    let last = before.rsplit(' ').next().unwrap_or("").to_lowercase();
    after.starts_with(" to ")
        && matches!(
            last.as_str(),
            "asked"
                | "chose"
                | "chooses"
                | "prefers"
                | "preferred"
                | "wanted"
                | "wants"
                | "decided"
                | "wished"
                | "wishes"
                | "agreed"
        )
}

struct Matchers {
    /// The shortfall patterns at once: one pass tells which can match.
    any_shortfall: LazyRegexSet,
    shortfalls: Vec<(LazyRegex, ShortfallKind, Subject)>,
    praise: LazyRegex,
    risk: LazyRegex,
    harm: LazyRegex,
    harm_event: LazyRegex,
    not_needed: LazyRegex,
    /// The default lexicon, for its roles.
    lexicon: std::sync::Arc<crate::lexicon::Lexicon>,
    evaluative: LazyRegex,
    hedges: LazyRegex,
    positive: LazyRegex,
    justification: LazyRegex,
    clause: LazyRegex,
    comment: LazyRegex,
    act_verb: LazyRegex,
    act_step: LazyRegex,
    told: LazyRegex,
    see_verb: LazyRegex,
    unfinished: LazyRegex,
    plan_or_assessment: LazyRegex,
    /// A gap in the record, told by what it lacks (see [`lacked`]).
    record_gap: LazyRegex,
    referral: LazyRegex,
    /// Documents for one part of a child's life (health, education, pathway): an audit
    /// tool's "not up to date" for one of them is a minor shortcoming.
    minor_document: LazyRegex,
    /// What weighs a grade against the shortcomings (see
    /// [`EvidenceReading::weighs_shortcomings`]).
    weighs: LazyRegex,
    /// What weighs a grade against the shortcomings in the sentence before a justification:
    /// "These gaps are minor and did not affect Kai's safety."
    weighs_before: LazyRegex,
    /// A body whose work is not the service's practice: the court, the Home Office, a
    /// housing provider (see [`outside_party`]).
    outside: LazyRegex,
    /// A cause after a hedge or shortcoming that is such a body: "is delayed because the
    /// provider has no vacancies", "relisted owing to judicial availability".
    outside_cause: LazyRegex,
}

static MATCHERS: LazyLock<Matchers> = LazyLock::new(|| {
    let compile = |pattern: String| LazyRegex::new(vocab::ascii_boundaries(&pattern));
    let any_of = |patterns: &[&str]| {
        compile(
            patterns
                .iter()
                .map(|p| vocab::expand(p))
                .collect::<Vec<_>>()
                .join("|"),
        )
    };
    // The shortfall patterns, expanded once: searched all at once and one by one.
    let shortfalls: Vec<String> = vocab::SHORTFALL_PATTERNS
        .iter()
        .map(|(p, _, _)| vocab::ascii_boundaries(&vocab::expand(p)))
        .collect();
    Matchers {
        any_shortfall: LazyRegexSet::new(shortfalls.iter().cloned()),
        shortfalls: vocab::SHORTFALL_PATTERNS
            .iter()
            .zip(shortfalls)
            .map(|((_, kind, subject), p)| (LazyRegex::new(p), *kind, *subject))
            .collect(),
        praise: any_of(vocab::PRAISE_PATTERNS),
        risk: compile(format!("(?i){}", vocab::RISK_CONTEXT)),
        harm: compile(format!(r"(?i)\b{}\b", vocab::HARM_WORDS)),
        harm_event: compile(format!(r"(?i)\b{}\b", vocab::HARM_EVENTS)),
        not_needed: compile(format!("(?i){}", vocab::NOT_NEEDED)),
        // The default configuration's role matcher, shared rather than built again.
        lexicon: crate::config::Config::default().lexicon,
        evaluative: any_of(vocab::EVALUATIVE),
        hedges: compile(format!("(?i){}", vocab::HEDGES)),
        positive: compile(format!("(?i){}", vocab::POSITIVE)),
        justification: compile(
            r"(?i)(?:\b(?:judgements?|judgments?|grades?|grading|graded|rating|rated|judged)\b|\b(?:good|outstanding)\s+(?:is|remains|was|feels|seems)\s+(?:still\s+|therefore\s+|fully\s+|clearly\s+|nonetheless\s+|nevertheless\s+)?(?:justified|warranted|merited|deserved|secure|safe)\b).*?\b(?:because|as|since|given|outweighs?|outweighed|on balance|in light of|due to|reflects?)\b\s+\S+\s+\S+\s+\S+|\b(?:good|outstanding)\s+(?:is|remains)\s+(?:still\s+|therefore\s+|fully\s+|clearly\s+)?(?:justified|warranted|merited|secure)\s+on\s+balance\b"
                .to_owned(),
        ),
        clause: compile(
            r"(?i)[;:,()\u{2013}\u{2014}]|\s-\s|\b(?:and|but|however|although|though|whereas|while|whilst|because|so|which|who|when|where|despite|meaning|leaving|yet|or)\b"
                .to_owned(),
        ),
        comment: compile(r"(?s)<!--.*?-->".to_owned()),
        act_step: compile(
            r"(?i)\b(?:discussion|visit|response|follow[- ]?up|action|referral|strategy|enquiry|reply)\b"
                .to_owned(),
        ),
        told: compile(
            r"(?i)\b(?:told|informed|reported|raised|disclosed|emailed|alerted|notified|rang|phoned|wrote)\b (?:{w} ){0,3}?(?:that|about|of|to say)\b|\btold (?:{w} ){1,3}?(?:he|she|they) (?:was|were|is|are|had|felt|feels|did|does)\b"
                .replace("{w}", r"[\w'’-]+"),
        ),
        act_verb: compile(
            r"(?i)\b(?:act|acted|follow|followed|respond|responded|escalate|escalated|refer|referred|report|reported|share|shared|pass|passed|investigate|investigated|address|addressed|progress|progressed|action|actioned|convene|convened|challenge|challenged|discuss|discussed|answer|answered|reply|replied)\b"
                .to_owned(),
        ),
        see_verb: compile(r"(?i)\b(?:see|seen|visit|visited|sight|sighted)\b".to_owned()),
        unfinished: compile(
            r"(?i)\b(?:started|completed|undertaken|begun|commenced|commissioned|developed|written|agreed|put in place|drafted|done|carried out|produced|finished|finalised|signed off)\b"
                .to_owned(),
        ),
        plan_or_assessment: compile(r"(?i)\b(?:plan|assessment)s?\b".to_owned()),
        record_gap: compile(
            r"(?i)\b(?:not\s+(?:clear|known|evident)|unclear|no\s+(?:record|recording|evidence|indication|note|entry)|(?:does|did|do)(?:\s+not|n['’]t)\s+(?:evidence|show|record|confirm|demonstrate)|nothing\s+(?:on|in))\b"
                .to_owned(),
        ),
        referral: compile(r"(?i)\breferr(?:al|als|ed)\b".to_owned()),
        minor_document: compile(
            r"(?i)\b(?:health|dental|medical|optician|education|educational|personal education|transition|pathway|ehcp|pep|viability|parenting)\b"
                .to_owned(),
        ),
        weighs: compile(
            r"(?i)\b(?:despite|although|though|notwithstanding|outweigh\w*|on balance|balanced|weigh\w*|mitigat\w*|rather than|gaps?|shortcomings?|shortfalls?|weakness\w*|areas? (?:for|of) development|minor|administrative|isolated|one-off|while|whilst|however|but|these (?:issues|concerns|delays|omissions|lapses|errors)|late|lateness|delay\w*|overdue|missed|beyond (?:the )?timescales?|(?:did|does|do|has|have|had)(?: not|n['’]t) (?:affect\w*|put|leave|left|compromise\w*|undermine\w*|hold|held|delay\w*|stop\w*|change\w*|alter\w*|impact\w*|reduce\w*)|not (?:affected|compromised|undermined)|no (?:impact|effect|difference) (?:on|to))\b"
                .to_owned(),
        ),
        weighs_before: compile(
            r"(?i)\b(?:outweigh\w*|on balance|mitigat\w*|notwithstanding|(?:did|does|do|has|have|had)(?: not|n['’]t) (?:affect\w*|put|leave|left|compromise\w*|undermine\w*|hold|held|delay\w*|stop\w*|change\w*|alter\w*|impact\w*|reduce\w*)|not (?:affected|compromised|undermined)|no (?:impact|effect|difference) (?:on|to)|(?:gaps?|shortcomings?|shortfalls?|issues|lapses|omissions|errors) (?:are|were|is|was) (?:minor|administrative|isolated|small|few|limited))\b"
                .to_owned(),
        ),
        outside: compile(
            r"(?i)\b(?:court|courts|judge|judges|judiciary|judicial|magistrates|tribunal|hearing|hearings|cafcass|home office|immigration|dwp|landlord|landlords|provider|providers|housing (?:department|association|provider|office|authority|team|panel|service))\b"
                .to_owned(),
        ),
        outside_cause: compile(
            r"(?i)^\W*(?:[\w'’-]+\W+){0,8}?(?:because|owing to|due to|caused by|as a result of)\s+(?:of\s+)?(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}?(?:court|courts|judge|judicial|judiciary|magistrates|tribunal|cafcass|home office|immigration|dwp|landlord|provider|providers|housing (?:department|association|provider|office|authority|team|panel|service))\b"
                .to_owned(),
        ),
    }
});

const ADVERBS: &[&str] = &[
    "still",
    "also",
    "yet",
    "then",
    "now",
    "consistently",
    "always",
    "really",
    "just",
    "therefore",
    "however",
    "only",
    "again",
    "even",
    "ever",
    "clearly",
    "previously",
    "originally",
    "initially",
    "subsequently",
    "currently",
    "so",
    "far",
    "and",
    "but",
    "or",
    "regrettably",
    "unfortunately",
    "sadly",
    "repeatedly",
    "often",
    "frequently",
    "both",
    "either",
    "neither",
    "all",
];

/// Whether `word` (lower case) belongs to a verb group before its main verb: an
/// auxiliary, or "never" and "failed" ("never attended", "failed to attend").
fn is_auxiliary(word: &str) -> bool {
    crate::english::AUXILIARIES.contains(&word) || matches!(word, "never" | "failed")
}

/// Who or what the subject of a clause is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Head {
    Practice,
    Adult,
    Child,
    Unknown,
}

/// The words of `text` with their offsets, as the one tokenizer reads them ("Jo's",
/// "step-father", "hasn't" are one word each).
fn words(text: &str) -> Vec<(usize, &str)> {
    crate::english::tokenize(text, 0, text.len())
        .into_iter()
        .filter(|t| t.kind != crate::english::Kind::Punct)
        .map(|t| (t.start, t.text(text)))
        .collect()
}

/// The sentences of `text`, with their offsets (hard-wrapped lines joined).
pub(crate) fn split_sentences(text: &str) -> Vec<(usize, String)> {
    let unwrapped = crate::document::unwrap_lines(text);
    crate::document::split_sentences(&unwrapped)
        .into_iter()
        .map(|(offset, s)| (offset, s.to_owned()))
        .collect()
}

/// The head of the subject that ends `prefix` (the text of a clause before its verb), or
/// `None` when the prefix holds no subject (an elided one: "…and has not been updated").
fn head_of(prefix: &str) -> Option<Head> {
    let tokens = words(prefix);
    // "that Amara (6) was seen": an age in brackets is not the head.
    let (start, head) = tokens.iter().rev().copied().find(|(_, w)| {
        let w = w.to_lowercase();
        !ADVERBS.contains(&w.as_str())
            && !is_auxiliary(w.as_str())
            && w != "not"
            && !w.chars().all(|c| c.is_ascii_digit())
    })?;
    let upto = prefix.part(..(start + head.len()).min(prefix.len()));
    Some(classify(upto, head))
}

/// Prepositions that end the head of a noun phrase ("the record of the visit").
const PREPOSITIONS: &[&str] = &[
    "of", "for", "from", "in", "on", "at", "with", "between", "about", "to", "during", "since",
    "after", "before", "by", "into", "under",
];

/// The head of `prefix` when it is a bare noun phrase whose head is followed by
/// prepositional phrases, and that head is practice: "The record of the interpreter-supported
/// visit in early October", "The minutes of the meeting with mother".
fn noun_phrase_head(prefix: &str) -> Option<Head> {
    let tokens = words(prefix);
    let lower: Vec<String> = tokens.iter().map(|(_, w)| w.to_lowercase()).collect();
    // A verb group means more than a noun phrase ("May" the month is not one).
    if lower
        .iter()
        .zip(&tokens)
        .any(|(w, (_, word))| is_auxiliary(w) && *word != "May")
    {
        return None;
    }
    let at = lower
        .iter()
        .position(|w| PREPOSITIONS.contains(&w.as_str()))
        .filter(|&at| at > 0)?;
    let (start, word) = tokens[at - 1];
    let head = classify(prefix.part(..start + word.len()), word);
    (head == Head::Practice).then_some(head)
}

/// Whether `after`, the words after "not seen", names a clinician who did not see the
/// child: "by the community paediatrician", "by a dentist".
fn by_a_clinician(after: &str) -> bool {
    let tokens = words(after);
    let mut rest = tokens.iter().map(|(_, w)| w.to_lowercase());
    let mut word = rest.next();
    if word.as_deref() == Some("alone") {
        word = rest.next();
    }
    if word.as_deref() != Some("by") {
        return false;
    }
    rest.take(3).any(|w| {
        matches!(
            w.as_str(),
            "dentist"
                | "optician"
                | "orthodontist"
                | "audiologist"
                | "paediatrician"
                | "paediatricians"
                | "gp"
                | "doctor"
                | "consultant"
                | "clinic"
                | "physiotherapist"
                | "therapist"
                | "dietitian"
                | "psychiatrist"
                | "psychologist"
        )
    })
}

/// Whether `text`, a shortcoming's words, negates a verb whose negation is praise: "the
/// visit was not cancelled", "a strategy discussion was not needed", or a phrase that ends
/// in one within a few words of `after` ("never makes me feel judged").
fn good_when_negated(text: &str, after: &str) -> bool {
    let tokens = words(text);
    let negated = tokens.iter().any(|(_, w)| {
        let w = w.to_lowercase();
        w == "not" || w == "never" || w.ends_with("n't") || w.ends_with("n’t")
    });
    let good = |w: &str| vocab::GOOD_WHEN_NEGATED.contains(&w.to_lowercase().as_str());
    let phrase = after.part(..after.find([',', ';', '.', ':']).unwrap_or(after.len()));
    negated
        && (tokens.last().is_some_and(|(_, w)| good(w))
            || words(phrase).iter().take(3).any(|(_, w)| good(w)))
}

/// Whether the clause denies the lapse found (`text`) by its subject: "No recommendation
/// from the previous review remains outstanding", "Nothing raised about Mia has been left
/// without a response". `prefix` is the clause up to `text`. "No one has seen him since
/// June" is a lapse, and so is a lapse told with a negation of its own.
fn denied(prefix: &str, text: &str) -> bool {
    let tokens = words(prefix);
    let mut lower = tokens.iter().map(|(_, w)| w.to_lowercase());
    let first = lower.next().unwrap_or_default();
    // The lapse's words may begin with the subject's noun: "No [recommendation from the
    // previous review remains outstanding]".
    let second = lower.next().unwrap_or_else(|| {
        words(text)
            .first()
            .map(|(_, w)| w.to_lowercase())
            .unwrap_or_default()
    });
    matches!(first.as_str(), "no" | "none" | "nothing" | "neither")
        && !matches!(second.as_str(), "one" | "")
        && !words(text).iter().any(|(_, w)| {
            let w = w.to_lowercase();
            matches!(w.as_str(), "not" | "no" | "never")
                || w.ends_with("n't")
                || w.ends_with("n\u{2019}t")
        })
}

/// The last word of each of [`vocab::PRACTICE_NOUNS`], sorted.
static PRACTICE_HEADS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut heads: Vec<&str> = vocab::PRACTICE_NOUNS
        .iter()
        .map(|n| n.rsplit(' ').next().unwrap_or(n))
        .collect();
    heads.sort_unstable();
    heads.dedup();
    heads
});

/// What kind of subject `head`, the last word of `upto`, is.
fn classify(upto: &str, head: &str) -> Head {
    let lower = head.to_lowercase();
    let lower = lower.trim_end_str("'s").trim_end_str("’s").to_owned();
    let m = &*MATCHERS;
    // A role ends the text ("the allocated social worker", "SW").
    if m.lexicon
        .roles
        .find_iter(upto)
        .any(|r| r.end() == upto.len())
    {
        return Head::Practice;
    }
    let singular = lower.strip_suffix('s').unwrap_or(&lower);
    let heads = &*PRACTICE_HEADS;
    let is_practice_head = heads.binary_search(&lower.as_str()).is_ok()
        || heads.binary_search(&singular).is_ok()
        || vocab::PRACTICE_PRONOUNS.contains(&lower.as_str());
    if is_practice_head {
        return Head::Practice;
    }
    if vocab::ADULT_FAMILY.contains(&lower.as_str()) || vocab::ADULT_FAMILY.contains(&singular) {
        return Head::Adult;
    }
    if vocab::CHILD_WORDS.contains(&lower.as_str()) {
        return Head::Child;
    }
    if matches!(lower.as_str(), "there" | "here") {
        return Head::Unknown;
    }
    // "Mr Okafor", "Ms Hughes": a title names an adult.
    let before = upto.part(..upto.len() - head.len()).trim_end();
    let title = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    if ["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr"].contains(&title)
        && head.starts_with(|c: char| c.is_uppercase())
    {
        return Head::Adult;
    }
    // "On 12 November", "on Monday": a date, not a name.
    if crate::english::is_date_word(lower.as_str()) {
        return Head::Unknown;
    }
    if head.starts_with(|c: char| c.is_uppercase()) && !head.chars().all(|c| c.is_uppercase()) {
        // A capitalised word that is not a role or a document: a person's name.
        return Head::Child;
    }
    Head::Unknown
}

/// Whether `text` gives someone's age as 18 or over: "who is 20", "aged 19", "(23)".
fn adult_age(text: &str) -> bool {
    let tokens = words(text);
    tokens.iter().enumerate().any(|(n, (start, w))| {
        let Ok(age) = w.parse::<u32>() else {
            return false;
        };
        if !(18..=99).contains(&age) {
            return false;
        }
        let before = n
            .checked_sub(1)
            .map(|p| tokens[p].1.to_lowercase())
            .unwrap_or_default();
        let bracketed =
            text.part(..*start).ends_with('(') && text.part(start + w.len()..).starts_with(')');
        bracketed || matches!(before.as_str(), "is" | "aged" | "was")
    })
}

/// The first word of `clause` that names who or what it is about, skipping possessors
/// ("Mia's father lives in Spain" is about father).
fn first_subject(clause: &str) -> Option<Head> {
    for (start, word) in words(clause) {
        let lower = word.to_lowercase();
        if lower.ends_with("'s") || lower.ends_with("’s") || ADVERBS.contains(&lower.as_str()) {
            continue;
        }
        if matches!(
            lower.as_str(),
            "the" | "a" | "an" | "this" | "that" | "his" | "her" | "their"
        ) {
            continue;
        }
        let upto = clause.part(..start + word.len());
        match classify(upto, word) {
            Head::Unknown => continue,
            head => return Some(head),
        }
    }
    None
}

/// The head of a clause's own subject: the words before its first auxiliary.
fn clause_subject(clause: &str) -> Option<Head> {
    let tokens = words(clause);
    let aux = tokens
        .iter()
        .position(|(_, w)| is_auxiliary(&w.to_lowercase()))?;
    let (offset, _) = tokens.get(aux)?;
    head_of(clause.part(..*offset))
}

/// `text` with each comment blanked out (same length, so offsets hold).
fn without_comments(text: &str) -> std::borrow::Cow<'_, str> {
    let m = &*MATCHERS;
    if !text.contains("<!--") {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(
        m.comment
            .replace_all(text, |m| " ".repeat(m.len()))
            .into_owned(),
    )
}

/// The sentences of `text` (comments blanked), with their offsets. A sentence that held a
/// comment is an unfinished scaffold and is left out.
fn sentences(text: &str) -> Vec<(usize, String)> {
    let original = text;
    let text = without_comments(text);
    split_sentences(&text)
        .into_iter()
        .filter(|(offset, s)| {
            let raw = original.get(*offset..offset + s.len()).unwrap_or("");
            !raw.contains("<!--") && s.chars().any(char::is_alphanumeric)
        })
        .collect()
}

/// Clause start offsets inside `sentence`.
fn clause_starts(sentence: &str) -> Vec<usize> {
    let mut starts = vec![0];
    for m in MATCHERS.clause.find_iter(sentence) {
        // Punctuation ends a clause after it; a connective starts the next clause.
        let at = if m.as_str().chars().all(char::is_alphabetic) {
            m.start()
        } else {
            m.end()
        };
        if at > 0 {
            starts.push(at);
        }
    }
    starts.dedup();
    starts
}

/// Read `text` (the content of an Evidence section).
pub(crate) fn read_evidence(text: &str) -> EvidenceReading {
    let m = &*MATCHERS;
    let mut reading = EvidenceReading::default();
    let list = sentences(text);
    // The audit tool's question that the sentence being read answers: offset and text.
    let mut asked: Option<(usize, &str)> = None;
    // The sentences whose own words record a shortcoming.
    let mut said: Vec<usize> = Vec::new();
    for (n, (offset, sentence)) in list.iter().enumerate() {
        let offset = *offset;
        // Once one sentence evaluates, the matcher is not run again.
        reading.evaluates = reading.evaluates || sentence_evaluates(m, sentence);
        let question = asked.take();
        // A question that the next sentence answers records nothing itself.
        let answered_next = answers::is_question(sentence)
            && list
                .get(n + 1)
                .is_some_and(|(_, next)| answers::read(sentence, next).is_some());
        if answered_next {
            asked = Some((offset, sentence.as_str()));
            continue;
        }
        let answer = match question {
            Some((from, q)) => answers::read(q, sentence).map(|a| (from, a)),
            None => answers::labelled(sentence).map(|(_, a)| (offset, a)),
        };
        // A question of quality answered is a judgement: "Is the plan SMART? No".
        if let Some((_, q)) = question {
            reading.evaluates = reading.evaluates || m.positive.is_match(q);
        }
        let before = n
            .checked_sub(1)
            .and_then(|p| list.get(p))
            .map(|(_, s)| s.as_str());
        let mut found = sentence_shortfalls(sentence, before);
        for s in &mut found {
            s.range = TextRange::new(s.range.start() + offset, s.range.end() + offset);
        }
        let mut kept = sentence.clone();
        if let Some((from, answer)) = answer {
            match answers::shortfall(&answer, from, offset) {
                // One shortcoming for the answer: the reply's, or the one its own words
                // record when that is as significant.
                Some(reply) => {
                    if found.is_empty() {
                        found.push(reply);
                    } else if reply.significant && !found.iter().any(|s| s.significant) {
                        found[0] = reply;
                    }
                }
                None => {
                    reading.answered_well |= answer.outcome == answers::Outcome::Met;
                    // The reply hedges nothing: "Any delay? No."
                    let (a, b) = answer.reply;
                    if kept.is_char_boundary(a) && kept.is_char_boundary(b) && a < b {
                        kept.replace_range(a..b, &" ".repeat(b - a));
                    }
                }
            }
        }
        // "…visits had been irregular and the plan had not been reviewed. That has been
        // fully addressed.": shortcomings the next sentence says were put right.
        // "…there was no plan in place. [what followed] The early gap was picked up and put
        // right quickly": a later sentence that names the earlier shortcoming.
        if !found.is_empty()
            && (list
                .get(n + 1)
                .is_some_and(|(_, next)| remedies_before(next))
                || list
                    .iter()
                    .skip(n + 2)
                    .take(3)
                    .any(|(_, later)| remedies_earlier(later)))
        {
            found.clear();
        }
        if !found.is_empty() {
            said.push(n);
        }
        reading.shortfalls.extend(found);
        reading.sentences.push(kept);
    }
    // What the dates show, where a sentence's own words record nothing.
    for shortfall in timeline::shortfalls(&list) {
        let n = list.partition_point(|(offset, _)| *offset <= shortfall.range.start());
        if !said.contains(&n.saturating_sub(1)) {
            reading.shortfalls.push(shortfall);
        }
    }
    reading.shortfalls.sort_by_key(|s| s.range);
    reading
}

/// The head of the subject of the clause of `sentence` that holds offset `at`: the words
/// before `at` in its clause, or, when the subject is elided ("…and has not been seen"),
/// the subject of the clause before.
pub(crate) fn subject_at(sentence: &str, at: usize) -> Option<Head> {
    let at = at.min(sentence.len());
    if !sentence.is_char_boundary(at) {
        return None;
    }
    let starts = clause_starts(sentence);
    let index = starts.partition_point(|&s| s <= at).saturating_sub(1);
    let previous = || {
        let mut i = index.checked_sub(1)?;
        // "Leo's grandfather, who was convicted of offences against children, has not
        // been seen": the subject is the noun phrase before the relative clause.
        let mut skipped = false;
        while i > 0 && {
            let clause = sentence.part(starts[i]..starts[i + 1]);
            // "Ayo's sister, who is 22 and lives independently, has not been seen": a
            // clause joined to a relative clause goes on with it.
            let continues_relative = {
                let first = clause.split_whitespace().next().unwrap_or("");
                matches!(first, "and" | "or")
                    && is_relative_clause(sentence.part(starts[i - 1]..starts[i]))
            };
            is_relative_clause(clause)
                || continues_relative
                || !clause.contains(char::is_alphanumeric)
        } {
            skipped = true;
            i -= 1;
        }
        let clause = sentence.part(starts[i]..starts[i + 1]);
        // "Lucy's brother Ryan, who is 20, has been missing": an adult by age.
        if skipped && adult_age(sentence.part(starts[i]..at)) {
            return Some(Head::Adult);
        }
        if skipped {
            head_of(clause).or_else(|| clause_subject(clause))
        } else {
            // "Mr Okafor, the children's father, has been reported missing": a clause
            // with no verb of its own is the subject, named again.
            // "Mother went home and has not been seen since": with no auxiliary, the
            // clause's first subject, when an adult, is whose the elided clause is.
            clause_subject(clause).or_else(|| {
                words(clause)
                    .iter()
                    .all(|(_, w)| !is_auxiliary(&w.to_lowercase()))
                    .then(|| {
                        head_of(clause)
                            .filter(|h| *h == Head::Adult)
                            .or_else(|| first_subject(clause))
                    })
                    .flatten()
                    .filter(|h| *h == Head::Adult)
            })
        }
    };
    let prefix = sentence.part(starts[index]..at);
    // "…an update on father, whose whereabouts are unknown": "whose" is the noun's before it.
    let last = prefix
        .split(|c: char| !c.is_alphanumeric())
        .rfind(|w| !w.is_empty())
        .unwrap_or("");
    if last.eq_ignore_ascii_case("whose") {
        let owner = index
            .checked_sub(1)
            .and_then(|i| head_of(sentence.part(starts[i]..starts[i + 1])));
        if matches!(owner, Some(Head::Adult | Head::Child | Head::Practice)) {
            return owner;
        }
    }
    // "…and his address is not known": "his" is who the clause before is about. "His
    // father has had no contact": a person is who the subject is, whoever's they are.
    let head = head_of(prefix);
    if matches!(head, Some(Head::Adult | Head::Child)) {
        return head;
    }
    if ends_with_possessive(prefix) {
        // "his mother left the ward where she is detained, and her whereabouts are
        // unknown": past a relative clause, to the clause it is about.
        let mut i = index.checked_sub(1);
        while let Some(j) = i.filter(|&j| j > 0) {
            let clause = sentence.part(starts[j]..starts[j + 1]);
            if !is_relative_clause(clause) && clause.contains(char::is_alphanumeric) {
                break;
            }
            i = Some(j - 1);
        }
        return i
            .and_then(|i| first_subject(sentence.part(starts[i]..starts[i + 1])))
            .or(Some(Head::Unknown));
    }
    head.or_else(previous)
}

/// Whether `clause` is a relative clause: it starts with "who", "which", "whose" or "whom".
fn is_relative_clause(clause: &str) -> bool {
    clause
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .is_some_and(|w| {
            ["who", "which", "whose", "whom", "where"]
                .iter()
                .any(|r| w.eq_ignore_ascii_case(r))
        })
}

/// The head of the subject before `at` in its own clause, without looking back to the
/// clause before unless the clause leaves its subject out (see [`elided_subject`]).
pub(crate) fn subject_in_clause(sentence: &str, at: usize) -> Option<Head> {
    let at = at.min(sentence.len());
    if !sentence.is_char_boundary(at) {
        return None;
    }
    let starts = clause_starts(sentence);
    let index = starts.partition_point(|&s| s <= at).saturating_sub(1);
    let prefix = sentence.part(starts[index]..at);
    // Only a clause whose verb comes before `at` has left its subject out ("and has had no
    // contact since"); "and no visit since" is its own subject.
    let verb_before = words(prefix)
        .iter()
        .any(|(_, w)| is_auxiliary(&w.to_ascii_lowercase()));
    verb_before
        .then(|| elided_subject(sentence, &starts, index, prefix))
        .flatten()
        .unwrap_or_else(|| head_of(prefix))
}

/// The subject of clause `index` of `sentence` (whose clauses start at `starts`) when the
/// clause leaves it out and `prefix`, the clause up to its verb, is only "and", "but",
/// auxiliaries and adverbs: the clause goes on with the first subject of the clause
/// before ("Father left the home after that incident and has had no contact since", "his
/// mother comes to meetings but has not yet started…"). `None` if the clause has its own.
fn elided_subject(
    sentence: &str,
    starts: &[usize],
    index: usize,
    prefix: &str,
) -> Option<Option<Head>> {
    let elided = index > 0
        && words(prefix).iter().all(|(_, w)| {
            let w = w.to_ascii_lowercase();
            matches!(w.as_str(), "and" | "but" | "yet" | "not")
                || ADVERBS.contains(&w.as_str())
                || is_auxiliary(&w)
        });
    let start = *starts.get(index)?;
    elided.then(|| {
        starts[..index]
            .iter()
            .rev()
            .map(|&from| sentence.part(from..start))
            .find(|before| before.chars().any(char::is_alphanumeric))
            .and_then(first_subject)
    })
}

/// Whether the subject `prefix` ends with is owned by a pronoun ("his address").
fn ends_with_possessive(prefix: &str) -> bool {
    let tokens = words(prefix);
    let mut rest = tokens.iter().rev().map(|(_, w)| w.to_lowercase());
    let mut seen = 0;
    for w in rest.by_ref() {
        if is_auxiliary(w.as_str()) || ADVERBS.contains(&w.as_str()) || w == "not" {
            continue;
        }
        seen += 1;
        // "Their" may well include the child; "his", "her" and "its" point back.
        if matches!(w.as_str(), "his" | "her" | "its") {
            return true;
        }
        // Allow a noun and one adjective after the pronoun ("his current address").
        if seen >= 3 {
            return false;
        }
    }
    false
}

/// What a gap in the record lacks, when it is a significant shortcoming: `lacks` is the
/// sentence after the words of the gap, `earlier` the sentence before them, `before` the
/// sentence before this one.
///
/// - The child seen: "…that Amira has been seen", "…of Finley being seen on the last three
///   visits" (the child not seen).
/// - A concern acted on, where the concern is named there or earlier in the sentence, or
///   in the sentence before when what is lacking points back to it ("Nothing on the file
///   shows that this was followed up") (a concern not acted on).
/// - A referral, after harm told earlier in the sentence or in the sentence before (a
///   concern not passed on).
fn lacked(lacks: &str, earlier: &str, before: Option<&str>) -> Option<ShortfallKind> {
    let m = &*MATCHERS;
    // What is lacking is told in the clause up to the next full stop or semicolon.
    let lacks = lacks.part(..lacks.find([';', '.', '?', '!']).unwrap_or(lacks.len()));
    if let Some(verb) = m.see_verb.find(lacks) {
        if head_of(lacks.part(..verb.start())) == Some(Head::Child) {
            return Some(ShortfallKind::NotSeen);
        }
    }
    let points_back = words(lacks)
        .iter()
        .map(|(_, w)| w.to_lowercase())
        .find(|w| {
            !matches!(
                w.as_str(),
                "that"
                    | "of"
                    | "whether"
                    | "if"
                    | "on"
                    | "in"
                    | "the"
                    | "file"
                    | "from"
                    | "record"
                    | "records"
            )
        })
        .is_some_and(|w| {
            matches!(
                w.as_str(),
                "this" | "it" | "these" | "they" | "any" | "either" | "both" | "each" | "those"
            )
        });
    let harm_before = before.is_some_and(|b| m.harm.is_match(b));
    // "School told the team that Adebayo was being made to work late. There is no record
    // of any discussion or visit following it": something told to the service, with no
    // step after it.
    let told_before = before.is_some_and(|b| m.told.is_match(b));
    if m.act_verb.is_match(lacks)
        && (m.harm.is_match(lacks) || m.harm.is_match(earlier) || (points_back && harm_before))
    {
        return Some(ShortfallKind::NotActedOn);
    }
    // "The DSL emailed to say … There is no record of a response": a reply lacking to
    // what was told.
    let a_reply = {
        let first: Vec<String> = words(lacks)
            .iter()
            .map(|(_, w)| w.to_lowercase())
            .filter(|w| {
                !matches!(
                    w.as_str(),
                    "of" | "that" | "a" | "an" | "any" | "on" | "file"
                )
            })
            .take(1)
            .collect();
        first.first().is_some_and(|w| {
            matches!(
                w.as_str(),
                "response" | "reply" | "follow-up" | "followup" | "acknowledgement"
            )
        })
    };
    if a_reply && (harm_before || told_before || m.told.is_match(earlier)) {
        return Some(ShortfallKind::NotActedOn);
    }
    if points_back
        && (harm_before || told_before)
        && (m.act_verb.is_match(lacks) || m.act_step.is_match(lacks))
    {
        return Some(ShortfallKind::NotActedOn);
    }
    // "After Amelia's disclosure the TM directed that a strategy discussion be held; there
    // is no evidence that this happened": the step named after the harm, lacking.
    if points_back && m.harm.is_match(earlier) && m.act_step.is_match(earlier) {
        return Some(ShortfallKind::NotActedOn);
    }
    if m.referral.is_match(lacks) && (m.harm.is_match(earlier) || harm_before) {
        return Some(ShortfallKind::NotActedOn);
    }
    None
}

/// The shortcomings of one sentence (`before` is the sentence before it): at most one per
/// clause.
fn sentence_shortfalls(sentence: &str, before: Option<&str>) -> Vec<Shortfall> {
    let m = &*MATCHERS;
    let mut counted = partial_counts(sentence);
    // An audit tool's checklist: "[ ] Seen alone — 1 of 5 visits" is a standard not met,
    // whatever the item goes on to say. (The sentence's lines are joined by spaces: an
    // item runs to the next box.)
    let boxes: Vec<usize> = ["[ ]", "[x]", "[X]"]
        .iter()
        .flat_map(|b| sentence.match_indices(b).map(|(at, _)| at))
        .filter(|&at| at == 0 || sentence.part(..at).ends_with(char::is_whitespace))
        .collect();
    let mut unticked = Vec::new();
    for &at in &boxes {
        if !sentence.part(at..).starts_with("[ ]") {
            continue;
        }
        let end = boxes
            .iter()
            .copied()
            .filter(|&b| b > at)
            .min()
            .unwrap_or(sentence.len());
        let item = sentence.part(at + 3..end);
        if item.trim().chars().any(char::is_alphanumeric) {
            unticked.push(Shortfall {
                range: TextRange::new(at, at + 3 + item.trim_end().len()),
                kind: ShortfallKind::NotDone,
                significant: false,
            });
        }
    }
    unticked.sort_by_key(|s| s.range);
    for late in timeliness(sentence) {
        if !counted
            .iter()
            .any(|c| c.range.start() < late.range.end() && late.range.start() < c.range.end())
        {
            counted.push(late);
        }
    }
    // Most sentences record no shortcoming: the set says so before anything else is read.
    let possible = m.any_shortfall.matches_any(sentence);
    if counted.is_empty() && possible.is_none() {
        return unticked;
    }
    let praise: Vec<(usize, usize)> = m
        .praise
        .find_iter(sentence)
        .map(|p| (p.start(), p.end()))
        .collect();
    let risky = m.risk.is_match(sentence);
    let starts = clause_starts(sentence);
    let clause_of = |at: usize| starts.partition_point(|&s| s <= at).saturating_sub(1);
    let mut candidates: Vec<Shortfall> = Vec::new();
    let mut taken: Vec<(usize, usize)> = Vec::new();
    for (i, (regex, kind, subject)) in m.shortfalls.iter().enumerate() {
        if !possible.as_ref().is_some_and(|p| p.matched(i)) {
            continue;
        }
        for found in regex.find_iter(sentence) {
            let (start, end) = (found.start(), found.end());
            if taken.iter().any(|&(s, e)| start < e && s < end) {
                continue;
            }
            if praise.iter().any(|&(s, e)| start < e && s < end) {
                continue;
            }
            let clause_index = clause_of(start);
            let clause_start = starts[clause_index];
            let clause_end = starts
                .get(clause_index + 1)
                .copied()
                .unwrap_or(sentence.len());
            let clause = sentence.part(clause_start..clause_end.max(start));
            let prefix = sentence.part(clause_start..start);
            let head = match head_of(prefix) {
                Some(Head::Practice) => Some(Head::Practice),
                other => noun_phrase_head(prefix).or(other),
            }
            .or_else(|| {
                // An elided subject: the subject of the clause before; after a parenthesis
                // ("Her health passport, however, has not been given"), the noun phrase
                // before it.
                let clause = |i: usize| sentence.part(starts[i]..starts[i + 1]);
                let only_adverbs = |text: &str| {
                    words(text)
                        .iter()
                        .all(|(_, w)| ADVERBS.contains(&w.to_lowercase().as_str()))
                };
                let before = clause(clause_index.checked_sub(1)?);
                clause_subject(before).or_else(|| {
                    if !only_adverbs(prefix) {
                        return None;
                    }
                    let mut i = clause_index.checked_sub(1)?;
                    while only_adverbs(clause(i)) {
                        i = i.checked_sub(1)?;
                    }
                    let bare = words(clause(i))
                        .iter()
                        .all(|(_, w)| !is_auxiliary(&w.to_lowercase()));
                    bare.then(|| head_of(clause(i)))
                        .flatten()
                        .filter(|h| *h == Head::Practice)
                })
            });
            let text = found.as_str();
            let mut kind = *kind;
            match subject {
                Subject::Any => {}
                Subject::Practice => {
                    if head != Some(Head::Practice) {
                        continue;
                    }
                }
                Subject::NotFamily => {
                    if matches!(head, Some(Head::Adult | Head::Child)) {
                        continue;
                    }
                }
                Subject::NotAdult => {
                    if head == Some(Head::Adult) {
                        kind = ShortfallKind::NotDone;
                    }
                }
            }
            // "explains why the threshold was not yet met": a reason given, not a lapse.
            let explains = prefix.to_lowercase();
            if good_when_negated(text, sentence.part(end..))
                || denied(prefix, text)
                || EXPLAINS_WHY.iter().any(|w| explains.contains(w))
            {
                continue;
            }
            // "he has not been reported missing since July": no episode, not a report
            // left unmade.
            if text.to_ascii_lowercase().ends_with("reported") && {
                let next = sentence.part(end..).trim_start().to_ascii_lowercase();
                next.starts_with("missing") || next.starts_with("absent")
            } {
                continue;
            }
            // "The Home Office decision is still awaited", "The move is delayed because
            // the provider has no vacancies", "The final hearing has been relisted by the
            // court … and is now set well outside the 26-week timescale": a body outside
            // practice is whose the delay or the gap is.
            if outside_party(prefix)
                || m.outside_cause.is_match(sentence.part(end..))
                || (!matches!(head, Some(Head::Practice | Head::Adult | Head::Child))
                    && outside_party(
                        sentence.part(..starts.get(1).copied().unwrap_or(sentence.len())),
                    ))
            {
                continue;
            }
            // "Oliver's mother has not yet started the parenting programme she agreed to":
            // the family's step, not one of practice.
            // With its subject left out after "and" or "but", the clause goes on with the
            // subject of the one before: "his mother comes to meetings but has not yet…".
            let parent = head == Some(Head::Adult)
                || elided_subject(sentence, &starts, clause_index, prefix)
                    == Some(Some(Head::Adult));
            if kind == ShortfallKind::NotDone
                && parent
                && own_step_not_taken(sentence.part(clause_start..end))
            {
                continue;
            }
            // "The assessment is outstanding in how it captures his world": praise.
            if text.to_ascii_lowercase().ends_with("outstanding") && {
                let next = sentence
                    .part(end..)
                    .split(|c: char| !c.is_alphanumeric())
                    .find(|w| !w.is_empty())
                    .unwrap_or("")
                    .to_ascii_lowercase();
                matches!(
                    next.as_str(),
                    "in" | "for" | "at" | "as" | "work" | "practice" | "piece" | "quality"
                )
            } {
                continue;
            }
            // "Her views are not yet referred to in the CIN plan": mentioned, not a
            // referral; a gap in the record.
            if text.to_lowercase().ends_with("referred") && mention(sentence.part(end..)) {
                kind = ShortfallKind::Recording;
            }
            let after = sentence.part(end..clause_end.max(end));
            if text.to_lowercase().starts_with("no") && m.not_needed.is_match(after) {
                continue;
            }
            // "One visit was cancelled when Mason was unwell; it was rearranged for the
            // following week": a cancellation made up at once is no shortcoming.
            if made_up(text, sentence.part(end..)) {
                continue;
            }
            if physical_slip(text, sentence.part(end..)) {
                continue;
            }
            // "The review due in August took place on 14 August": held when it was due.
            if kind == ShortfallKind::DelayOrDrift
                && !held_late(sentence.part(start..), end - start)
            {
                continue;
            }
            // A verb of acting on concerns, near a concern, is a concern not acted on;
            // a verb of seeing is the child not seen.
            // "…had a bruise to her cheek; this was logged, but no referral was made": a
            // concern told before, not passed on.
            if matches!(kind, ShortfallKind::NotDone | ShortfallKind::Recording)
                && text.to_lowercase().contains("referral")
                && (m.harm.is_match(sentence.part(..start))
                    || before.is_some_and(|b| m.harm.is_match(b)))
            {
                kind = ShortfallKind::NotActedOn;
            }
            // "…was agreed in June and, five months on, has still not been sent": still
            // undone is drift.
            if kind == ShortfallKind::NotDone
                && words(text)
                    .iter()
                    .any(|(_, w)| w.eq_ignore_ascii_case("still"))
            {
                kind = ShortfallKind::DelayOrDrift;
            }
            if kind == ShortfallKind::NotDone {
                if m.unfinished.is_match(text) && m.plan_or_assessment.is_match(prefix) {
                    // "The assessment opened in May has not been completed."
                    kind = ShortfallKind::NoAssessmentOrPlan;
                } else if m.see_verb.is_match(text)
                    && head != Some(Head::Adult)
                    // "seen alone at every visit except one": one lapse in a standard
                    // kept, not the child unseen.
                    && ![" except ", " but ", " apart from ", " other than ", " save for "]
                        .iter()
                        .any(|w| text.contains(w))
                {
                    kind = ShortfallKind::NotSeen;
                } else if m.act_verb.is_match(text) && m.harm.is_match(clause) {
                    kind = ShortfallKind::NotActedOn;
                }
            }
            // A gap in the record is told by what it lacks: "It is not clear from the file
            // that Amira has been seen", "the file does not evidence that the health
            // visitor's concern was followed up", "no record of a referral to CAMHS".
            if matches!(kind, ShortfallKind::Recording | ShortfallKind::NotDone)
                && m.record_gap.is_match(text)
            {
                if let Some(lacked) = lacked(sentence.part(end..), sentence.part(..start), before) {
                    kind = lacked;
                }
            }
            // "Freya was not seen by the community paediatrician in September": a health
            // appointment missed, not the child unseen by the service.
            if kind == ShortfallKind::NotSeen && by_a_clinician(sentence.part(end..)) {
                kind = ShortfallKind::NotDone;
            }
            // "Mother had not acted on the school's concerns": the family's, not practice's.
            if kind == ShortfallKind::NotActedOn && head == Some(Head::Adult) {
                continue;
            }

            let significant = match kind {
                ShortfallKind::NotSeen
                | ShortfallKind::NotActedOn
                | ShortfallKind::NoAssessmentOrPlan => true,
                // A referral or concern left waiting for allocation is a concern not
                // acted on in time.
                ShortfallKind::DelayOrDrift => {
                    (risky || (m.harm.is_match(sentence) && waiting_for_allocation(text)))
                        && !SAFETY_KEPT.is_match(sentence)
                }
                ShortfallKind::Recording | ShortfallKind::NotDone => false,
            };
            taken.push((start, end));
            candidates.push(Shortfall {
                range: TextRange::new(start, end),
                kind,
                significant,
            });
        }
    }
    for shortfall in counted {
        let (start, end) = (shortfall.range.start(), shortfall.range.end());
        if !taken.iter().any(|&(s, e)| start < e && s < end) {
            candidates.push(shortfall);
        }
    }
    // One shortcoming per clause: the significant one if any, else the first.
    candidates.sort_by_key(|s| (clause_of(s.range.start()), !s.significant, s.range));
    let mut out: Vec<Shortfall> = Vec::new();
    for candidate in candidates {
        let clause = clause_of(candidate.range.start());
        if out
            .last()
            .is_some_and(|prev| clause_of(prev.range.start()) == clause)
        {
            continue;
        }
        out.push(candidate);
    }
    out.sort_by_key(|s| s.range);
    // "The supervision was not rearranged, leaving a month with no oversight": a
    // shortcoming and its consequence are one (the more significant of them).
    let mut merged: Vec<Shortfall> = Vec::new();
    for shortfall in out {
        let start = shortfall.range.start();
        let clause_start = starts[clause_of(start)];
        let continues = merged.last().is_some_and(|prev| {
            clause_of(prev.range.start()) < clause_of(start)
                && same_event(sentence.part(clause_start..start))
        });
        match merged.last_mut() {
            Some(prev) if continues => {
                if shortfall.significant && !prev.significant {
                    *prev = shortfall;
                }
            }
            _ => merged.push(shortfall),
        }
    }
    // Each unticked line of a checklist is its own shortcoming, whatever else it says.
    if !unticked.is_empty() {
        merged.retain(|m| {
            !unticked
                .iter()
                .any(|u| m.range.start() < u.range.end() && u.range.start() < m.range.end())
        });
        merged.extend(unticked);
        merged.sort_by_key(|s| s.range);
    }
    merged
}

/// Whether a shortcoming, after `prefix` in its clause, tells the consequence of the one
/// before ("…, leaving a month with no oversight").
fn same_event(prefix: &str) -> bool {
    let first = prefix
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .find(|w| !w.is_empty())
        .unwrap_or("")
        .to_ascii_lowercase();
    matches!(first.as_str(), "leaving" | "meaning" | "resulting")
}

/// "Seen at 4 of the last 6 visits", "case supervision in 5 of 6 months", "CP visits
/// within timescale: 3 of the last 6": practice that happened fewer times than it should
/// have: a delay when the count is of steps on time, otherwise a step not done, and minor
/// either way. Not the family's own record ("Mother attended 3 of 6 core groups"), nor a
/// full count ("targets met: 3 of 3").
fn partial_counts(sentence: &str) -> Vec<Shortfall> {
    let number = count_of;
    // Most sentences hold no count: a number just before an "of" says one may be there,
    // before the matcher is loaded.
    let counted = sentence.match_indices(" of ").any(|(at, _)| {
        let before = sentence.part(..at);
        let word = before
            .rsplit(|c: char| !c.is_ascii_alphanumeric())
            .next()
            .unwrap_or("");
        let word = if word.eq_ignore_ascii_case("out") {
            before
                .trim_end_matches(|c: char| c.is_ascii_alphabetic())
                .trim_end()
                .rsplit(|c: char| !c.is_ascii_alphanumeric())
                .next()
                .unwrap_or("")
        } else {
            word
        };
        number(word).is_some()
    });
    if !counted {
        return Vec::new();
    }
    let starts = clause_starts(sentence);
    let mut out = Vec::new();
    for caps in COUNT.captures_iter(sentence) {
        let (Some(whole), Some(a), Some(b)) = (caps.get(0), caps.get(1), caps.get(2)) else {
            continue;
        };
        let (Some(a), Some(b)) = (number(a.as_str()), number(b.as_str())) else {
            continue;
        };
        if a >= b || b < 2 {
            continue;
        }
        let i = starts
            .partition_point(|&s| s <= whole.start())
            .saturating_sub(1);
        let clause_end = starts.get(i + 1).copied().unwrap_or(sentence.len());
        // The practice event counted is named just after the count ("4 of the last 6
        // visits"), or just before it, in its clause or the label before it ("seen at 4 of
        // 6", "CP visits within timescale: 3 of 6").
        let from = i.checked_sub(1).map_or(0, |p| starts[p]);
        let near_before = {
            let text = sentence.part(from..whole.start());
            let word_starts: Vec<usize> = text
                .split_whitespace()
                .map(|w| w.as_ptr() as usize - text.as_ptr() as usize)
                .collect();
            // The last six words before the count.
            let at = word_starts
                .len()
                .checked_sub(6)
                .map_or(0, |k| word_starts[k]);
            text.part(at..)
        };
        // The words after the count, up to six, within its clause ("2 of the 6 planned
        // team around the family meetings").
        let near_after: String = sentence
            .part(whole.end()..)
            .split([',', ';', ':', '.', '(', ')'])
            .next()
            .unwrap_or("")
            .split_whitespace()
            .take(6)
            .collect::<Vec<_>>()
            .join(" ");
        if !COUNTED_EVENT.is_match(&near_after) && !COUNTED_EVENT.is_match(near_before) {
            continue;
        }
        let around = sentence.part(from..clause_end.max(whole.end()));
        // "One of the last four visits was virtual": a count of the visits that were
        // something, which only that something can make a shortcoming.
        let next_words = sentence.part(whole.end()..).split_whitespace().take(3);
        if next_words
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphabetic())
                    .to_ascii_lowercase()
            })
            .any(|w| {
                matches!(
                    w.as_str(),
                    "was" | "were" | "is" | "are" | "has" | "have" | "had"
                )
            })
        {
            continue;
        }
        let clause = sentence.part(starts[i]..clause_end.max(whole.end()));
        if let Some(verb) = FAMILY_ATTENDANCE.find(clause) {
            if matches!(
                subject_at(sentence, starts[i] + verb.start()),
                Some(Head::Child | Head::Adult)
            ) {
                continue;
            }
        }
        // Visits on time at some of them, or other practice at some of its occasions: a
        // step not taken every time, minor on its own (the visits that did not see the
        // child may have been made up another way).
        let lower = around.to_ascii_lowercase();
        let timely = [
            "within",
            "on time",
            "in time",
            "timescale",
            "late",
            "overdue",
        ]
        .iter()
        .any(|w| lower.contains(w));
        let kind = if timely {
            ShortfallKind::DelayOrDrift
        } else {
            ShortfallKind::NotDone
        };
        out.push(Shortfall {
            range: TextRange::new(whole.start(), whole.end()),
            kind,
            significant: false,
        });
    }
    out
}

/// A count written as a number or a word ("6", "six"; see [`english::number_word`]).
fn count_of(word: &str) -> Option<u32> {
    crate::english::number_word(word)
}

/// Hours in `n` of `unit` ("hours", "days", "week", "months", "monthly"); working days
/// count as days.
fn in_hours(n: u32, unit: &str) -> Option<u32> {
    let unit = unit.to_ascii_lowercase();
    let per = if unit.starts_with("hour") {
        1
    } else if unit.starts_with("day") || unit == "daily" {
        24
    } else if unit.starts_with("week") {
        24 * 7
    } else if unit.starts_with("fortnight") {
        24 * 14
    } else if unit.starts_with("month") {
        24 * 30
    } else if unit.starts_with("year") {
        24 * 365
    } else {
        return None;
    };
    n.checked_mul(per)
}

/// A number, as [`count_of`] reads it, in a pattern.
const NUMBER: &str = r"(?:\d{1,3}|a|an|once|twice|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|forty-five|sixty)";

/// A number of a standard: figures or a number word, not "a" ("against a standard of at
/// least monthly" sets no number).
const FIGURE: &str = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|forty-five|sixty)";

/// "completed 61 working days after she became looked after, against 20", "took place 19
/// weeks after she came into care rather than at three months": a step timed against its
/// standard, and later than it.
static LATER_THAN_STANDARD: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(format!(
        r"(?i)\b(?P<n>{NUMBER})\s+(?:working\s+|calendar\s+|school\s+)?(?P<u>hours?|days?|weeks?|months?)\s+(?:later|(?:after|from|since|following)\s+[^.;:()]{{1,80}}?),?\s+(?:against|rather\s+than|instead\s+of|compared\s+(?:with|to))\s+(?:a\s+|an\s+|the\s+)?(?:at\s+|within\s+|by\s+|in\s+)?(?:(?:target|standard|timescale|limit)\s+of\s+)?(?P<m>{FIGURE})\b(?:[\s-]+(?:working[\s-]+|calendar[\s-]+)?(?P<v>hours?|days?|weeks?|months?))?"
    ))
});

/// "at week 38 against the 26 week limit".
static WEEK_OF_LIMIT: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(
        r"(?i)\bweek\s+(?P<n>\d{1,3})\s+(?:of\s+(?:the\s+)?(?:proceedings|case|plan)\s+)?(?:against|beyond|past)\s+(?:a\s+|an\s+|the\s+)?(?P<m>\d{1,3})[\s-]+weeks?\b"
            .to_owned(),
    )
});

/// "held 3 times in six months rather than monthly", "reviewed once in the past eleven
/// months when it should be reviewed every six": fewer times than the standard sets.
static FEWER_THAN_STANDARD: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(format!(
        r"(?i)\b(?P<n>{NUMBER})(?:\s+times?)?\s+(?:in|over|during)\s+(?:the\s+)?(?:(?:past|last|first|previous)\s+)?(?P<p>{NUMBER})\s+(?P<u>weeks|months|years)\b[^.;]{{0,40}}?\b(?:rather\s+than|instead\s+of|against|when|where|compared\s+(?:with|to))\b[^.;]{{0,40}}?\b(?:(?P<f>weekly|fortnightly|monthly)|every\s+(?P<e>{NUMBER}|other)\b(?:\s+(?P<v>weeks?|months?))?)"
    ))
});

/// "every ten weeks rather than every eight": a longer interval than the standard.
static LONGER_INTERVAL: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(format!(
        r"(?i)\bevery\s+(?P<n>{NUMBER})\s+(?:working\s+)?(?P<u>days|weeks|months)\s+(?:rather\s+than|instead\s+of|against|not|when\s+(?:it|they|the\s+\w+)\s+should\s+be)\s+(?:the\s+)?(?:(?:expected|required|agreed|statutory|minimum)\s+)?(?:every\s+)?(?P<m>{NUMBER})\b(?:\s+(?:working\s+)?(?P<v>days|weeks|months))?"
    ))
});

/// "first seen by a social worker on 17 June, twelve days after she told school what had
/// happened": a child seen days after telling of harm.
static SEEN_DAYS_AFTER_HARM: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(format!(
        r"(?i)\b(?:seen|visited|spoken\s+to)\b[^.;]{{0,60}}?\b(?P<n>{NUMBER})\s+(?:working\s+)?(?P<u>days|weeks)\s+(?:after|since)\s+(?:(?:she|he|they|[A-Z][a-z]+)\s+(?:told|disclosed|said|reported|alleged)|(?:the|her|his|their)\s+(?:disclosure|allegation|injury|injuries|bruis\w*|assault))"
    ))
});

/// "ICPC held day 19 (standard 15)", "typed up within 5 days: 88% (standard 100%)": a
/// figure with its standard beside it in brackets.
static FIGURE_AND_STANDARD: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(
        r"(?i)\b(?:(?P<unit>day|week|month)\s+(?P<n>\d{1,3})|(?P<p>\d{1,3})\s*%)\s*\(\s*(?:the\s+)?(?:standard|timescale|target|expected|expectation|limit)\s*(?:is\s+|of\s+|:\s*)?(?:(?:day|week|month)\s+)?(?P<m>\d{1,3})\s*%?\s*(?:days?|weeks?|months?)?\s*\)"
            .to_owned(),
    )
});

/// "the CIN plan was last reviewed four months ago": a record months out of date, told by
/// its age (three months or more).
static LAST_DONE_AGO: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(format!(
        r"(?i)\blast\s+(?:updated|reviewed|revised|refreshed|amended|held|visited|seen)\s+(?:over\s+|more\s+than\s+|nearly\s+|almost\s+|some\s+)?(?P<n>{NUMBER})\s+(?P<u>weeks|months|years)\s+ago\b|\blast\s+(?:visit|contact|sighting|review|supervision|update)\b[^.;]{{0,40}}?\b(?:was|took\s+place|happened)\s+(?:over\s+|more\s+than\s+|nearly\s+|almost\s+|some\s+)?(?P<m>{NUMBER})\s+(?P<v>weeks|months|years)\s+ago\b"
    ))
});

/// The matches of `regex` in `sentence`, searched only when `ok` (the words the matcher
/// needs are there): a sentence without them costs no search and loads no matcher.
fn gated<'s>(
    ok: bool,
    regex: &'static LazyRegex,
    sentence: &'s str,
) -> impl Iterator<Item = crate::lexicon::lazy::Captures<'s>> + 's {
    ok.then(|| regex.captures_iter(sentence))
        .into_iter()
        .flatten()
}

/// Steps timed against a standard and found wanting ("61 working days after …, against
/// 20", "week 38 against the 26 week limit", "3 times in six months rather than monthly",
/// "every ten weeks rather than every eight"), a child seen days after telling of harm, and
/// a record months old: each number read and compared, so a step within its standard
/// ("seen two days after the referral, against a standard of five") is no shortcoming.
fn timeliness(sentence: &str) -> Vec<Shortfall> {
    // Each reading needs words most sentences lack: looked for first, so that a sentence
    // without them costs no search (and a one-audit check loads no matcher it cannot use).
    let lower = sentence.to_ascii_lowercase();
    let has = |w: &str| lower.contains(w);
    let any = |ws: &[&str]| ws.iter().any(|w| lower.contains(w));
    if !any(&["day", "week", "month", "year"]) {
        return Vec::new();
    }
    let contrast = any(&["against", "rather than", "instead of", "compared"]);
    let mut out = Vec::new();
    let mut push = |start: usize, end: usize, kind: ShortfallKind, significant: bool| {
        out.push(Shortfall {
            range: TextRange::new(start, end),
            kind,
            significant,
        });
    };
    let hours = |caps: &crate::lexicon::lazy::Captures<'_>, n: &str, u: &str, v: &str| {
        let n = count_of(caps.name(n)?.as_str())?;
        let unit = caps.name(u).or_else(|| caps.name(v))?.as_str().to_owned();
        in_hours(n, &unit)
    };
    for caps in gated(contrast, &LATER_THAN_STANDARD, sentence) {
        let (Some(whole), Some(taken), Some(standard)) = (
            caps.get(0),
            hours(&caps, "n", "u", "u"),
            hours(&caps, "m", "v", "u"),
        ) else {
            continue;
        };
        // "every four weeks since May …, against …": a frequency, not a step's lateness.
        let every = sentence
            .part(..whole.start())
            .split_whitespace()
            .next_back()
            .is_some_and(|w| w.eq_ignore_ascii_case("every"));
        if taken > standard && !every {
            push(
                whole.start(),
                whole.end(),
                ShortfallKind::DelayOrDrift,
                false,
            );
        }
    }
    for caps in gated(
        has("week ") && any(&["against", "beyond", "past"]),
        &WEEK_OF_LIMIT,
        sentence,
    ) {
        let (Some(whole), Some(n), Some(m)) = (
            caps.get(0),
            caps.name("n").and_then(|n| count_of(n.as_str())),
            caps.name("m").and_then(|m| count_of(m.as_str())),
        ) else {
            continue;
        };
        if n > m {
            push(
                whole.start(),
                whole.end(),
                ShortfallKind::DelayOrDrift,
                false,
            );
        }
    }
    let counted_times = any(&["time", "once", "twice"])
        && (contrast || any(&[" when ", " where "]))
        && any(&["weekly", "monthly", "fortnightly", "every "]);
    for caps in gated(counted_times, &FEWER_THAN_STANDARD, sentence) {
        let Some(whole) = caps.get(0) else { continue };
        let (Some(done), Some(period)) = (
            caps.name("n").and_then(|n| count_of(n.as_str())),
            hours(&caps, "p", "u", "u"),
        ) else {
            continue;
        };
        let interval = if let Some(f) = caps.name("f") {
            in_hours(1, f.as_str())
        } else if caps
            .name("e")
            .is_some_and(|e| e.as_str().eq_ignore_ascii_case("other"))
        {
            caps.name("v")
                .or_else(|| caps.name("u"))
                .and_then(|u| in_hours(2, u.as_str()))
        } else {
            hours(&caps, "e", "v", "u")
        };
        let Some(interval) = interval.filter(|i| *i > 0) else {
            continue;
        };
        // Fewer than the standard would have made in the period, with half an interval
        // to spare ("5 times in six months rather than monthly" is one short).
        if done * interval + interval / 2 < period {
            push(whole.start(), whole.end(), ShortfallKind::NotDone, false);
        }
    }
    for caps in gated(
        has("every ") && (contrast || any(&[" not ", "should be"])),
        &LONGER_INTERVAL,
        sentence,
    ) {
        let (Some(whole), Some(actual), Some(standard)) = (
            caps.get(0),
            hours(&caps, "n", "u", "u"),
            hours(&caps, "m", "v", "u"),
        ) else {
            continue;
        };
        if actual > standard {
            push(whole.start(), whole.end(), ShortfallKind::NotDone, false);
        }
    }
    let seen_after = any(&["seen", "visited", "spoken to"])
        && any(&["days after", "weeks after", "days since", "weeks since"]);
    for caps in gated(seen_after, &SEEN_DAYS_AFTER_HARM, sentence) {
        let (Some(whole), Some(after)) = (caps.get(0), hours(&caps, "n", "u", "u")) else {
            continue;
        };
        if after >= 3 * 24 {
            push(whole.start(), whole.end(), ShortfallKind::NotSeen, true);
        }
    }
    for caps in gated(
        has("(") && any(&["standard", "timescale", "target", "expect", "limit"]),
        &FIGURE_AND_STANDARD,
        sentence,
    ) {
        let Some(whole) = caps.get(0) else { continue };
        let (Some(m), value) = (
            caps.name("m").and_then(|m| count_of(m.as_str())),
            caps.name("n").or_else(|| caps.name("p")),
        ) else {
            continue;
        };
        let Some(n) = value.and_then(|v| count_of(v.as_str())) else {
            continue;
        };
        // A day or week count is late above its standard; a percentage falls short below it.
        let short = if caps.name("p").is_some() {
            n < m
        } else {
            n > m
        };
        if short {
            let kind = if caps.name("p").is_some() {
                ShortfallKind::NotDone
            } else {
                ShortfallKind::DelayOrDrift
            };
            push(whole.start(), whole.end(), kind, false);
        }
    }
    for caps in gated(has("last ") && has(" ago"), &LAST_DONE_AGO, sentence) {
        let Some(whole) = caps.get(0) else { continue };
        let Some(age) = hours(&caps, "n", "u", "u").or_else(|| hours(&caps, "m", "v", "v")) else {
            continue;
        };
        let text = whole.as_str().to_ascii_lowercase();
        let sighting = ["visit", "seen", "contact", "sighting"]
            .iter()
            .any(|w| text.contains(w));
        if sighting && age >= 42 * 24 {
            push(whole.start(), whole.end(), ShortfallKind::NotSeen, true);
        } else if !sighting && age >= 90 * 24 {
            push(whole.start(), whole.end(), ShortfallKind::Recording, false);
        }
    }
    out
}

/// A delay told with the safety measures that stayed in place meanwhile ("while the interim
/// safety plan remained in place"): no risk was left unmanaged.
static SAFETY_KEPT: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(
        r"(?i)\b(?:while|whilst|as|and|but)\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:[A-Za-z'’-]+\s+){0,2}?(?:safety plan|safety network|plan|network|protective measures?|safeguards?|arrangements?)\s+(?:remained|stayed|was|were|remains|stays|is|are)\s+(?:still\s+)?(?:in place|in force|effective|working)\b|\binterim\s+safety\s+plan\b|\brisks?\s+(?:was|were|has\s+been|have\s+been|remained)\s+(?:safely\s+|well\s+)?managed\b"
            .to_owned(),
    )
});

/// "4 of the last 6", "three out of five": a count and what it is out of.
static COUNT: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(
        r"(?i)\b([0-9]{1,2}|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:out\s+)?of\s+(?:the\s+|her\s+|his\s+|their\s+|those\s+|these\s+|its\s+)?(?:last\s+|past\s+|previous\s+|first\s+|recent\s+|required\s+|expected\s+|planned\s+|scheduled\s+|statutory\s+)?([0-9]{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
            .to_owned(),
    )
});

/// What practice does a set number of times: visits, supervision, sessions, meetings.
static COUNTED_EVENT: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(
        r"(?i)\b(?:home visits|statutory visits|visits|visit|visited|seen|supervisions?|(?:direct work )?sessions?|meetings|core groups?|reviews|occasions|(?:strategy )?discussions|conferences|contacts|checks|interviews|(?:within|in|on|outside) (?:the )?(?:timescales?|time))\b"
            .to_owned(),
    )
});

/// The child's or a parent's own attendance: "attended 4 of 6 sessions".
static FAMILY_ATTENDANCE: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(
        r"(?i)\b(?:attend\w*|went|came|kept|missed|engaged|turned up|took part|joined|dropped out|cancell?(?:ed|ing|s)?|refus(?:ed|es|ing)|declin(?:ed|es|ing)|turned down|put off)\b"
            .to_owned(),
    )
});

/// Whether `after`, the words after "referred", make it a mention ("referred to in the
/// plan", "referred to as", "referred to by"), not a referral ("referred to CAMHS").
fn mention(after: &str) -> bool {
    let mut words = after.split_whitespace();
    words.next() == Some("to")
        && words.next().is_some_and(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "in" | "as" | "by" | "within" | "anywhere" | "at"
            )
        })
}

/// Whether `text`, a delay told as "due in August … took place on 29 September" (its first
/// `matched` bytes the shortcoming's words), dates the event after it was due: a later
/// month, or more than a week later. Without two dates to compare, a delay is as it says.
fn held_late(text: &str, matched: usize) -> bool {
    let lower = text.trim_start().to_lowercase();
    if !["due ", "set ", "planned ", "scheduled ", "booked "]
        .iter()
        .any(|w| lower.starts_with(w))
    {
        return true;
    }
    let reference = crate::date::Date {
        year: 2100,
        month: 12,
        day: Some(31),
    };
    let dates = crate::date::find_cited_dates(text, reference);
    let first = dates.first().filter(|d| d.range.end() <= matched);
    let held = dates.iter().find(|d| d.range.start() >= matched);
    let (Some(first), Some(held)) = (first, held) else {
        return true;
    };
    let (a, b) = (first.date, held.date);
    match (a.day, b.day) {
        (Some(_), Some(_)) => b.day_number() - a.day_number() > 7,
        _ => (b.year, b.month) > (a.year, a.month),
    }
}

/// Load the matcher that tells which shortcomings a sentence can record, the largest the
/// evidence reading has (see [`crate::preload`]).
pub(crate) fn preload() {
    MATCHERS.any_shortfall.load();
}

/// The shortcomings `text` records, one range per clause that records one.
pub(crate) fn shortfalls(text: &str) -> Vec<TextRange> {
    read_evidence(text)
        .shortfalls
        .into_iter()
        .map(|s| s.range)
        .collect()
}

/// Whether `text` says anything evaluative: quality, meaning or how the judgement was
/// reached. Sentences that hold an unfinished scaffold (a comment) do not count.
pub(crate) fn evaluates(text: &str) -> bool {
    let m = &*MATCHERS;
    sentences(text)
        .iter()
        .any(|(_, s)| sentence_evaluates(m, s))
}

/// Words that read as a quality but here state a fact: a test "positive for cocaine",
/// "tasks outstanding".
static NOT_EVALUATIVE: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(
        r"(?i)\b(?:(?:tested\s+)?(?:positive|negative)\s+for\s+(?:[\w-]+\s+){0,2}?(?:cocaine|cannabis|thc|opiates?|opioids?|heroin|methadone|amphetamines?|methamphetamines?|benzodiazepines?|alcohol|drugs?|substances?|ketamine|mdma|ecstasy|spice|crack|covid|pregnancy|hiv|hepatitis|infection)|tested\s+(?:positive|negative)|(?:positive|negative)\s+(?:(?:drug|hair\s+strand|urine|blood|pregnancy|covid)\s+)?(?:tests?|results?|screens?|screening)|(?:tasks?|actions?|work|items?|debts?|arrears|fines?|warrants?|requests?|checks?)\s+(?:still\s+)?outstanding|outstanding\s+(?:tasks?|actions?|work|items?|debts?|arrears|fines?|warrants?|requests?|checks?)|(?:recorded|marked|listed|shown|logged)\s+as\s+(?:(?:complete|completed|ongoing)\s+(?:and|or)\s+(?:(?:\w+\s+){0,2})?as\s+)?outstanding|as\s+outstanding|(?:ofsted|inspectors?|inspection)\b[^.;]{0,40}?\b(?:rated|judged|graded)\s+(?:as\s+|it\s+)?(?:outstanding|good|inadequate|requires\s+improvement)|(?:rated|judged|graded)\s+(?:as\s+)?(?:outstanding|good|inadequate|requires\s+improvement)\s+(?:by\s+ofsted|in\s+(?:its|their|the)\s+(?:last\s+|latest\s+|most\s+recent\s+)?inspection)|(?:she|he|they)\s+(?:is|was|are|were)\s+(?:very\s+|quite\s+|really\s+)?clear|positive\s+viability)\b"
            .to_owned(),
    )
});

/// Whether `sentence` evaluates, once words that only look evaluative are set aside.
fn sentence_evaluates(m: &Matchers, sentence: &str) -> bool {
    if !m.evaluative.is_match(sentence) {
        return false;
    }
    // Someone else's words quoted ("school describe her as 'a delight'") are what they
    // said, not the auditor's evaluation.
    let quoted = crate::english::quotations(sentence, 0, sentence.len());
    let unquoted;
    let sentence = if quoted.is_empty() {
        sentence
    } else {
        let mut blanked = sentence.to_owned();
        for &(from, to) in &quoted {
            if blanked.is_char_boundary(from) && blanked.is_char_boundary(to) && from < to {
                blanked.replace_range(from..to, &" ".repeat(to - from));
            }
        }
        unquoted = blanked;
        if !m.evaluative.is_match(&unquoted) {
            return false;
        }
        &unquoted
    };
    if !NOT_EVALUATIVE.is_match(sentence) {
        return true;
    }
    let mut masked = sentence.to_owned();
    for found in NOT_EVALUATIVE.find_iter(sentence) {
        masked.replace_range(found.range(), &" ".repeat(found.len()));
    }
    m.evaluative.is_match(&masked)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shortcomings' set, the evidence reading's largest, is searched from word starts
    /// (see `lexicon::word_starts`): every pattern begins a word.
    #[test]
    fn the_shortcomings_are_searched_from_word_starts() {
        assert!(MATCHERS.any_shortfall.searches_from_word_starts());
    }

    #[test]
    fn every_matcher_compiles() {
        let m = &*MATCHERS;
        let all = m.shortfalls.iter().map(|(r, _, _)| r).chain([
            &m.praise,
            &m.risk,
            &m.harm,
            &m.harm_event,
            &m.not_needed,
            &m.evaluative,
            &m.hedges,
            &m.positive,
            &m.justification,
            &m.clause,
            &m.comment,
            &m.act_verb,
            &m.act_step,
            &m.told,
            &m.see_verb,
            &m.minor_document,
            &m.unfinished,
            &m.plan_or_assessment,
        ]);
        for regex in all {
            assert!(regex.is_valid(), "{}", regex.pattern());
            assert!(regex.has_latin_form(), "{}", regex.pattern());
        }
    }

    fn kinds(text: &str) -> Vec<(ShortfallKind, bool)> {
        read_evidence(text)
            .shortfalls
            .iter()
            .map(|s| (s.kind, s.significant))
            .collect()
    }

    #[test]
    fn practice_that_happened_fewer_times_than_it_should_is_a_shortcoming() {
        use ShortfallKind::*;
        assert_eq!(kinds("Seen at 4 of the last 6 visits."), [(NotDone, false)]);
        assert_eq!(kinds("Jo was seen on 2 of 6 visits."), [(NotDone, false)]);
        assert_eq!(
            kinds("Case supervision in 5 of 6 months."),
            [(NotDone, false)]
        );
        assert_eq!(
            kinds("CP visits within 10 working days: 3 of the last 6."),
            [(DelayOrDrift, false)]
        );
        for text in [
            // Full counts, the family's own attendance, and the visits that were something.
            "PEP targets met: 3 of 3.",
            "Seen alone at 6 of 6 visits.",
            "Lucas attended two of the three reviews and led part of the last one himself.",
            "Father missed two of the first six contact sessions.",
            "One of the last four visits was virtual, at her request.",
            "Two of her five GCSE predictions are grade 7.",
        ] {
            assert!(kinds(text).is_empty(), "{text}: {:?}", kinds(text));
        }
    }

    #[test]
    fn a_child_first_seen_long_after_the_referral_or_unseen_for_a_stretch_is_not_seen() {
        use ShortfallKind::*;
        for text in [
            "Kai was seen 11 weeks after the referral, so the assessment rests on what others said.",
            "There is no record of a social work visit to Theo between June and October.",
            "His carers say he went the whole summer without seeing anyone from the local authority.",
        ] {
            assert_eq!(kinds(text), [(NotSeen, true)], "{text}");
        }
        assert!(kinds("Kai was seen two days after the referral.").is_empty());
    }

    #[test]
    fn softly_told_shortcomings_are_read() {
        for text in [
            "Visit records were uploaded more than a fortnight after the visit.",
            "It was several weeks before he met his new worker.",
            "He told his IRO he did not know who his social worker was.",
            "Callum has had to repeat his history to each new agency.",
            "There is no recorded attempt to involve father in six months.",
            "Faith is recorded as 'unknown'.",
            "The September action was carried forward three times.",
            "Supervision records set actions but seldom return to them.",
            "Two sessions were written up together in one undated note.",
            "His low mood is recorded, but there is nothing on what it might mean.",
            "Two return home interviews were completed outside the 72-hour window.",
            "One visit was done by telephone with no reason recorded.",
            "The outcomes are largely the same as those set in June, with little movement on the housing referral.",
            "The decision to close was recorded without reference to his housing.",
            "Decisions are recorded but without rationale.",
        ] {
            assert!(!kinds(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_mention_is_not_a_referral_and_a_consequence_is_not_another_shortcoming() {
        use ShortfallKind::*;
        // "referred to in" the plan: a gap in the record, not a concern not acted on.
        assert_eq!(
            kinds("Her views are not yet referred to in the CIN plan."),
            [(Recording, false)]
        );
        assert_eq!(kinds("The September supervision was not rearranged, leaving a month with no recorded oversight.").len(), 1);
        assert_eq!(kinds("The September supervision was not rearranged, and there was no recorded oversight in October.").len(), 2);
    }

    #[test]
    fn a_delay_with_the_safety_plan_still_in_place_left_no_risk_unmanaged() {
        use ShortfallKind::*;
        assert_eq!(
            kinds("The exploitation risk assessment was reviewed a fortnight later than planned, while the interim safety plan remained in place."),
            [(DelayOrDrift, false)]
        );
        assert_eq!(
            kinds("The exploitation risk assessment was reviewed a fortnight later than planned."),
            [(DelayOrDrift, true)]
        );
    }

    #[test]
    fn the_auditors_own_could_and_concern_still_hedge() {
        for text in [
            "The plan could be clearer about who does what, which is positive otherwise.",
            "Amira could have been seen alone more often, though the visits are positive.",
            "Our main concern is that the plan is generic, although the visits are positive.",
        ] {
            assert!(!read_evidence(text).wholly_positive(), "{text}");
        }
    }

    #[test]
    fn strengths_in_the_words_of_a_hedge_are_wholly_positive() {
        for text in [
            "Each record sets out the manager's analysis and clear next steps.",
            "The court accepted the evidence without asking for further assessment.",
            "Clear progress: return home interviews followed both missing episodes in July and none since.",
            "Alfie's speech delay was referred on and therapy has started at nursery.",
            "There are early but real signs of change. These are modest gains, but they are consistent.",
            "His mother now rings the worker herself when she is struggling, which is a real shift.",
            "He is seen alone at every visit, none of which fell outside timescale.",
            // What the child can do, and the child's own worry heard.
            "Amira could name three adults she trusts, which is positive.",
            "Her main worry about moving school was heard and acted on, which is good practice.",
        ] {
            assert!(read_evidence(text).wholly_positive(), "{text}: {:?}", kinds(text));
        }
    }

    #[test]
    fn lapses_told_by_what_the_file_lacks_or_by_an_exception() {
        use ShortfallKind::*;
        for (text, kind) in [
            (
                "The nurse asked for a joint visit. There is no reply on the file.",
                NotActedOn,
            ),
            (
                "Nor does it show any response to the paediatrician's letter of June.",
                NotActedOn,
            ),
            (
                "Nothing on the file shows what happened with that information.",
                NotActedOn,
            ),
            (
                "The notifications were never brought together or considered against threshold.",
                NotActedOn,
            ),
            (
                "She has moved twice, with no disruption meeting after either move.",
                NotDone,
            ),
            (
                "The assessment was closed in May with the analysis section left blank.",
                NoAssessmentOrPlan,
            ),
            (
                "The record, however, does not show a home visit between March and June.",
                NotSeen,
            ),
            ("He was seen alone at every visit except one.", NotDone),
            (
                "Supervision has been monthly apart from August, when none is recorded.",
                NotDone,
            ),
            (
                "The review due in the first week of May did not take place.",
                NotDone,
            ),
            (
                "The viability assessment was filed two weeks after the date the court set.",
                DelayOrDrift,
            ),
            (
                "She asked to keep going to chess club; neither appears in her plan.",
                Recording,
            ),
            (
                "The family has not been re-assessed since the step-down.",
                NotDone,
            ),
        ] {
            let found = kinds(text);
            assert!(found.iter().any(|(k, _)| *k == kind), "{text}: {found:?}");
        }
        for text in [
            // Denied by its subject, or praise.
            "No recommendation from the last review remains outstanding.",
            "Nothing raised by the school has been left without a response.",
            "The assessment is outstanding in how it captures his world.",
            "He moved to his new school with no disruption to his learning.",
            "She was seen alone at every visit, and the records show it.",
        ] {
            assert!(kinds(text).is_empty(), "{text}: {:?}", kinds(text));
        }
        // "No one" is no denial.
        assert!(
            !kinds("No one has visited Jo since June, and the plan has not been reviewed.")
                .is_empty()
        );
    }

    #[test]
    fn lapses_in_note_form() {
        use ShortfallKind::*;
        for (text, kind) in [
            (
                "Assessment open 14 weeks; Leo (7) not seen alone at any point.",
                NotSeen,
            ),
            (
                "School not asked for a contribution; parallel planning not started.",
                NotDone,
            ),
            ("Dad's views absent; analysis section blank.", Recording),
            (
                "Supervision notes missing for August and September.",
                Recording,
            ),
            (
                "The assessment waited three weeks for sign-off.",
                DelayOrDrift,
            ),
            (
                "TAF opened in May but no TAF plan has been written.",
                NoAssessmentOrPlan,
            ),
        ] {
            let found = kinds(text);
            assert!(found.iter().any(|(k, _)| *k == kind), "{text}: {found:?}");
        }
        // Said in full, the reading of the whole phrase wins: a disclosure not shared.
        assert_eq!(
            kinds("Her disclosure was recorded but not shared or acted on."),
            [(NotActedOn, true)]
        );
        for text in [
            "Kai seen alone every visit, no visit missed in six months.",
            "Seen at home, not at school, as she asked.",
        ] {
            assert!(kinds(text).is_empty(), "{text}: {:?}", kinds(text));
        }
        // A delay with the child kept safe meanwhile is not significant.
        assert_eq!(
            kinds("The conference was held six working days late; an interim safety plan covered the gap."),
            [(DelayOrDrift, false)]
        );
    }

    #[test]
    fn the_familys_worries_struggles_and_contrasts_hedge_nothing() {
        for text in [
            "Priya still worries about her brother, and the worker has arranged time for them together, which is positive.",
            "Father continues to struggle with his drinking; the plan was revised within a week and names who Sam stays with.",
            "There is a worry that he may be holding weapons for older boys, and a strategy meeting was held the same day, which is good practice.",
            "School are concerned that her sister could lose her place, and the worker agreed with the head who will follow it up, which is positive.",
            "Dad refused visits at first but now lets the worker in, which is a real shift.",
            "Mum phones the worker when things get difficult, which shows the trust built.",
            "The manager asked how Tilly's wishes could be heard apart from her mother's, and the worker saw her at school that week, which is reflective practice.",
            "The plan is for Ava to return home, should mother's recovery hold, which is carefully reasoned.",
            "The worker explained what the child protection plan is and is not, which mother said helped.",
        ] {
            assert!(read_evidence(text).wholly_positive(), "{text}: {:?}", kinds(text));
        }
        // The same words about the work still hedge.
        for text in [
            "The worker still has not seen Priya alone, which is positive otherwise.",
            "Mother was offered only one visit in the period, which is positive otherwise.",
            "There is a worry that the plan is too general, which is positive otherwise.",
            "The visits are regular, although the assessment does not record Jo's views, which is positive.",
            "The manager's oversight could be more visible, which is positive otherwise.",
            "Contact should have been reviewed in June, which is positive otherwise.",
        ] {
            assert!(!read_evidence(text).wholly_positive(), "{text}");
        }
    }

    #[test]
    fn shortcomings_put_right_or_the_familys_are_not_counted() {
        for text in [
            "Willow was not seen on the first planned visit because she was unwell; the worker saw her alone at school two days later.",
            "Mother had not acted on the school's concerns about attendance.",
            "The June audit found that visits had been irregular and the plan had not been reviewed. That has been fully addressed.",
        ] {
            assert!(kinds(text).is_empty(), "{text}: {:?}", kinds(text));
        }
        for text in [
            "Willow was not seen on the first planned visit; the worker saw her alone at school six weeks later.",
            "The SW had not acted on the school's concerns about attendance.",
            "Visits had been irregular and the plan had not been reviewed. That has not been addressed.",
        ] {
            assert!(!kinds(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn shortcomings_told_with_a_hedge_or_loosely() {
        for text in [
            "The pathway plan appears not to have been reviewed since June.",
            "The health section of the plan looks to be out of date.",
            "There seems to be little on the file about his plans for college.",
            "The CAMHS referral was recommended, but there is no recorded outcome.",
            "The goals may be too broad to measure.",
            "It is hard to tell from the reviews whether things are improving.",
            "By the review neither had happened.",
            "The minutes carry the same action forward for the third time.",
            "The chronology, however, stops in June.",
            "The chronology, however, stops in June and does not include her move.",
            "The virtual school was also not told about her change of school.",
            "School says minutes arrive weeks after meetings.",
            "The outline plan has not been developed into a detailed plan.",
        ] {
            assert!(!kinds(text).is_empty(), "{text}");
        }
        for text in [
            "No agency has missed a core group, and none has had to chase minutes.",
            "When school raised a concern, it did not sit in a queue.",
            "The plan appears to be working well for her.",
        ] {
            assert!(kinds(text).is_empty(), "{text}: {:?}", kinds(text));
        }
    }

    #[test]
    fn a_gap_in_the_record_is_read_by_what_it_lacks() {
        use ShortfallKind::*;
        for (text, want) in [
            // The child not seen, told as something the file does not make clear.
            (
                "It is not clear from the file that Lena has been seen at all since the move.",
                NotSeen,
            ),
            (
                "There is no record, however, of Lena being seen on the last three visits.",
                NotSeen,
            ),
            // A concern not acted on, named in what is lacking or pointed back to.
            (
                "The file does not evidence that the nurse's concern about Lena's weight was followed up.",
                NotActedOn,
            ),
            (
                "School reported a burn to Lena's arm. Nothing on the file shows that this was followed up.",
                NotActedOn,
            ),
            // A referral after harm told in the sentence before.
            (
                "Lena said that her stepfather had hit her mum. There is no record of a referral to the front door.",
                NotActedOn,
            ),
            (
                "Lena said that her stepfather had hit her mum. No referral to children's social care followed.",
                NotActedOn,
            ),
            // A concern left without anyone taking it up.
            (
                "The concerns about father's drinking remain unassessed.",
                NotActedOn,
            ),
        ] {
            let found = kinds(text);
            assert!(
                found.iter().any(|&(kind, significant)| kind == want && significant),
                "{text}: {found:?}"
            );
        }
        for text in [
            // What is lacking is an adult seen, a document, or nothing harmful.
            "It is not clear from the file whether Lena's mother has been seen by her GP.",
            "There is no record of the plan being sent to the GP.",
            "The file does not evidence that the holiday club place was followed up.",
            // No harm before the referral.
            "Lena enjoys football. There is no record of a referral to the holiday club.",
        ] {
            assert!(
                !kinds(text).iter().any(|&(_, significant)| significant),
                "{text}: {:?}",
                kinds(text)
            );
        }
        // Praise in the shape of a gap: no concern has gone unanswered.
        assert!(kinds("No concern raised by school or health has gone unanswered.").is_empty());
    }

    #[test]
    fn finds_shortcomings() {
        for text in [
            "The plan has not been updated since July.",
            "The review health assessment is two months overdue.",
            "Father's views were not sought.",
            "There is no contingency plan.",
            "The kinship assessment has drifted.",
            "The SW didn't record the outcome of the visit.",
            "Supervision notes are brief and task-focused.",
            "It is unclear whether the referral was made.",
            "The chronology is out of date.",
            "The chronology is two months out of date.",
            "The pathway plan is 14 months out of date.",
            "Core groups were cancelled twice.",
            "Direct work has been limited.",
            "The review took place on 9 October, three weeks after it was due.",
            "The life story book, due to be finished by 30 September, is still in draft.",
            "Its timescale fell on 14 August, and it remains open on the system.",
            "None of the three visit notes records Tobi being seen.",
            "The health assessment was completed 36 working days later, beyond the 20 working day standard.",
            "The plan on the system still lists the summer play scheme as a current action.",
            "The chronology was last updated in August, so the strategy discussion does not appear on it.",
            "Father's first language is Urdu, and no interpreter was used at either meeting.",
            "At the review his daughter, aged 12, interpreted for him.",
            "The worker relied on Kemal's older sister to translate at visits.",
            "The contact from the GP waited in the duty inbox for nine days.",
            "There is nothing in the case notes about the outcome of the medical.",
            "Two visits in October were cancelled by the worker and were not rearranged.",
            "Jo has never seen a social worker on her own.",
            "The decision to step down was signed off without a recorded rationale.",
            "The goal about Kai's dental care has no timescale.",
            "Since March Ellis has been seen six times, each time with his stepfather in the room.",
            "The file holds no record of any professional having seen Kacper since the spring.",
            "None of the three actions from the last audit, including the genogram, has been completed.",
            "At every core group the same four actions were carried forward.",
            "The reasons for closing the case are not recorded.",
            "The transfer summary does not mention the police notification in May.",
            "The target dates for both actions have passed.",
            "Two of the plan's recommendations had passed their due dates.",
            "Three of the six actions have no named lead.",
            "The minutes were circulated seven weeks after the conference.",
            "The viability assessment was filed ten days after the date directed by the court.",
            "The delay took the care proceedings beyond 26 weeks.",
            "His key worker has not yet been introduced to him.",
            "Two sets of core group minutes are still unsent.",
            "The assessment was authorised 58 working days later, against a 45 working day timescale.",
            "The conference was held five weeks later against a fifteen working day expectation.",
            "The genogram was last updated in March, eight months before this audit.",
            "The signed safety plan is not yet on file.",
            "The record gives no reason for the change of plan.",
            "The family network meeting is yet to be held.",
        ] {
            assert!(!shortfalls(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn praise_and_family_are_not_shortcomings() {
        for text in [
            "The SW did not hesitate to convene a strategy discussion.",
            "There has been no drift in the plan.",
            "Visits are regular and Jo is seen alone, which is positive.",
            "Mother did not attend the core group, despite reminders.",
            "Jo has not missed a single session.",
            "Father has not engaged with the parenting course.",
            "No further assessment was needed after the review.",
            "There is no evidence of harm.",
            "Jo did not want to talk about home.",
            "The review is due in December, and the case remains open to the team.",
            "The review was held on 1 March, two days before it was due.",
            "Visits exceed the minimum and each one is linked to the plan.",
            "These are minor gaps in otherwise strong partnership work.",
            "One core group was postponed because of the snow and rebooked for three days later.",
            "No case note is ever more than three days late, which is a strength.",
            "The IRO has never seen a plan so clearly written, she says.",
            "The nurse says she has 'never seen a care plan this clear'.",
            "Jo is not on a part-time timetable and has had no exclusions.",
            "There is nothing on the file to suggest that the risk has returned.",
            "Jo now speaks English confidently and no interpreter is needed.",
            "Jo spends Saturdays at her grandmother's, always with her mother present, as the plan sets.",
            "No restraint has been needed since the move.",
            "A second medical was not needed, as the paediatrician's opinion was clear.",
            "Jo has not been absent from nursery since Easter.",
            "No minutes, plans or review records are missing from the file.",
            "Nothing in the plan is generic or copied from the last one.",
            "The minutes went out within five working days of the meeting.",
            "Kai fell when he slipped on the wet kitchen floor.",
            "Both assessments were completed within the timescales set in the plan and were \
             shared with mother, which is positive. Jo's views are recorded in Jo's own words, \
             and the plan reflects what Jo said needs to change.",
        ] {
            assert!(
                shortfalls(text).is_empty(),
                "{text}: {:?}",
                read_evidence(text).shortfalls
            );
        }
    }

    #[test]
    fn shortfalls_told_in_passing() {
        use ShortfallKind::*;
        assert_eq!(
            kinds("Nobody has spoken to Kai alone since the conference."),
            [(NotSeen, true)]
        );
        assert!(kinds("No one has spoken to mother about the plan.").is_empty());
        assert_eq!(
            kinds("No alternative support has been offered."),
            [(NotDone, false)]
        );
        assert_eq!(
            kinds("Father's views were only partially captured."),
            [(NotDone, false)]
        );
        assert_eq!(
            kinds("Father remains uninvolved in the plan."),
            [(NotDone, false)]
        );
        assert_eq!(
            kinds("Kai has been waiting six months for CAMHS."),
            [(DelayOrDrift, false)]
        );
        assert_eq!(
            kinds("A small number of case notes were recorded late."),
            [(DelayOrDrift, false)]
        );
        assert_eq!(
            kinds("The analysis could be more concise."),
            [(Recording, false)]
        );
        assert_eq!(
            kinds("No one from the team has seen Kai since May."),
            [(NotSeen, true)]
        );
        assert_eq!(
            kinds("Nobody invited his grandfather to the meeting."),
            [(NotDone, false)]
        );
        assert_eq!(
            kinds("Kai had never met his new social worker."),
            [(NotSeen, true)]
        );
        assert_eq!(
            kinds("The nurse wrote to the team twice and heard nothing back."),
            [(NotDone, false)]
        );
        assert_eq!(
            kinds("The file shows no police check on the new partner."),
            [(NotDone, false)]
        );
        assert_eq!(
            kinds("The review meeting set for May has not happened."),
            [(NotDone, false)]
        );
        assert_eq!(
            kinds("Kai has had no school place since March."),
            [(DelayOrDrift, false)]
        );
        assert_eq!(
            kinds("Kai has had no school place since March and is out late with older boys."),
            [(DelayOrDrift, true)]
        );
        assert_eq!(
            kinds("The case notes record phone calls with his mother only."),
            [(NotSeen, true)]
        );
        assert_eq!(
            kinds("The plan is yet to be signed by Kai."),
            [(DelayOrDrift, false)]
        );
        assert_eq!(
            kinds("The review was held a month later than it should have been."),
            [(DelayOrDrift, false)]
        );
        assert_eq!(
            kinds("Kai has not yet received his health passport."),
            [(NotDone, false)]
        );
        assert_eq!(
            kinds("His surname is misspelt in the review minutes."),
            [(Recording, false)]
        );
        assert_eq!(
            kinds("Her pathway plan has been unauthorised since July."),
            [(Recording, false)]
        );
        assert_eq!(
            kinds("Her disclosure was recorded but not shared or acted on."),
            [(NotActedOn, true)]
        );
        assert_eq!(
            kinds("The analysis of mother's low mood is not always clear."),
            [(NotDone, false)]
        );
        assert_eq!(
            kinds("His father's view of the concerns is less evident."),
            [(NotDone, false)]
        );
        assert_eq!(
            kinds("Her father was spoken to only by telephone."),
            [(NotDone, false)]
        );
        assert_eq!(
            kinds("The fall in attendance is noted but not explored."),
            [(NotDone, false)]
        );
        // Faults denied: not shortcomings.
        assert!(kinds("Not once has a partner's concern gone without a response.").is_empty());
        assert!(kinds("Nothing in the plan has slipped.").is_empty());
        assert!(kinds(
            "The manager has never let a key decision pass without a recorded rationale."
        )
        .is_empty());
        assert!(kinds("Nobody was left off the invitation list.").is_empty());
        assert!(kinds("No part of the assessment appears rushed.").is_empty());
        // The child, not the work; a disability, not a half-done task.
        assert!(kinds("Kai could be more confident at school.").is_empty());
        assert!(kinds("Kai is partially sighted and his worker uses large print.").is_empty());
    }

    #[test]
    fn significance() {
        use ShortfallKind::*;
        // A safeguarding response missing from the file is a concern not acted on.
        assert_eq!(
            kinds("There is no evidence that a strategy discussion was held."),
            [(NotActedOn, true)]
        );
        // Visits with a parent only: the child not seen.
        assert_eq!(
            kinds("The statutory visits since then have been with mother only."),
            [(NotSeen, true)]
        );
        assert_eq!(
            kinds("The targets were not carried forward into the autumn PEP."),
            [(NotDone, false)]
        );
        assert_eq!(
            kinds("Sam has not been seen since 2 September."),
            [(NotSeen, true)]
        );
        assert_eq!(
            kinds("Mother has not been seen since the conference."),
            [(NotDone, false)]
        );
        assert_eq!(
            kinds("There is no safety plan."),
            [(NoAssessmentOrPlan, true)]
        );
        // A statutory assessment or plan for one part of the child's life is still an
        // assessment or plan: "no assessment or plan" is significant whichever it is.
        assert_eq!(
            kinds("Sam has not had a health assessment."),
            [(NoAssessmentOrPlan, true)]
        );
        assert_eq!(
            kinds("There is no pathway plan."),
            [(NoAssessmentOrPlan, true)]
        );
        assert_eq!(
            kinds("The school's concerns about bruising were not shared with the police."),
            [(NotActedOn, true)]
        );
        assert_eq!(
            kinds("The pathway plan is out of date."),
            [(Recording, false)]
        );
        assert_eq!(
            kinds("The delay left Sam exposed to risk at home."),
            [(DelayOrDrift, true)]
        );
        // A referral about harm waiting for a worker, and a service referral waiting.
        assert_eq!(
            kinds("The police notification of the assault sat in the screening queue for twelve days."),
            [(DelayOrDrift, true)]
        );
        assert_eq!(
            kinds("The request for a new bed sat in the equipment team's queue for a month."),
            [(DelayOrDrift, false)]
        );
        assert_eq!(
            kinds("The PEP was reviewed two weeks late."),
            [(DelayOrDrift, false)]
        );
    }

    /// Steps timed against a standard: the numbers are compared, so a step within its
    /// standard is no shortcoming.
    #[test]
    fn timeliness_against_a_standard_is_read_by_its_numbers() {
        let kinds = kinds_and_weight;
        let late = [
            "The initial health assessment was completed 61 working days after she became looked after, against 20.",
            "The second review took place 19 weeks after she came into care rather than at three months.",
            "The proceedings are now at week 38 against the 26 week limit.",
            "The final evidence was filed twelve days after the court's deadline.",
        ];
        for text in late {
            assert_eq!(
                kinds(text),
                [(ShortfallKind::DelayOrDrift, false)],
                "{text}"
            );
        }
        let fewer = [
            "CIN meetings were held 3 times in six months rather than monthly.",
            "The pathway plan has been reviewed once in the past eleven months when it should be reviewed every six.",
            "PA contact has been roughly every ten weeks rather than every eight.",
            "Only 2 of the 6 planned team around the family meetings were held.",
            "Return home interviews were offered on 2 of those 7 occasions.",
        ];
        for text in fewer {
            assert_eq!(kinds(text).len(), 1, "{text}: {:?}", kinds(text));
        }
        assert_eq!(
            kinds("Leah was first seen by a social worker on 17 June, twelve days after she told school what had happened."),
            [(ShortfallKind::NotSeen, true)]
        );
        assert_eq!(
            kinds("The CIN plan was last reviewed four months ago."),
            [(ShortfallKind::Recording, false)]
        );
        assert_eq!(
            kinds("The last contact was ten weeks ago."),
            [(ShortfallKind::NotSeen, true)]
        );
        // Within the standard, or no standard to miss.
        let kept = [
            "She was seen two days after the referral, against a standard of five.",
            "The proceedings are in week 20 against the 26 week limit.",
            "Core groups were held 6 times in six months rather than the bimonthly minimum.",
            "Visits have been every four weeks rather than every six, which Mia asked for.",
            "Leah was seen by a social worker the same day, one day after she told school.",
            "The plan was last reviewed two weeks ago.",
            "The last visit was three weeks ago.",
            "She attended 2 of the 6 planned sessions at the family centre.",
        ];
        for text in kept {
            assert!(kinds(text).is_empty(), "{text}: {:?}", kinds(text));
        }
    }

    /// "Missing" is harm when a child goes missing, not when a worker misses nothing.
    #[test]
    fn missing_a_visit_is_not_a_child_gone_missing() {
        let kept = read_evidence(
            "Her personal adviser has seen her every month, not once missing a planned visit.",
        );
        assert!(kept.wholly_positive());
        let gone = read_evidence("Priya went missing twice in October and was found the next day.");
        assert!(!gone.wholly_positive());
    }

    /// An audit tool's compliance lines: a line answered against its standard is a
    /// shortcoming ("PEP: out of date", "ICPC held day 19 (standard 15)"); one that finds
    /// no fault ("Drift: none") or meets its standard is not.
    #[test]
    fn compliance_lines_are_read_against_their_standard() {
        for text in [
            "PEP: out of date",
            "Direct work: none",
            "Father included: No",
            "ICPC held day 19 (standard 15)",
            "Case notes typed up within 5 working days: 88% (standard 100%)",
        ] {
            assert_eq!(read_evidence(text).shortfalls.len(), 1, "{text}");
        }
        for text in [
            "Drift: none",
            "Delay: none identified",
            "Missing episodes: none",
            "Chronology: up to date",
            "ICPC held day 12 (standard 15)",
            "Case notes typed up within 5 working days: 100% (standard 95%)",
        ] {
            assert!(read_evidence(text).shortfalls.is_empty(), "{text}");
        }
    }

    /// "There has been no TAF meeting since June", "Nothing on the file sets out how…", a
    /// parent left out of the assessment, "not once missing a planned visit" (praise).
    #[test]
    fn steps_not_taken_for_months_and_parents_left_out_are_shortcomings() {
        for text in [
            "There has been no Team Around the Family meeting since June.",
            "Nothing on the file sets out how she will manage when her grant runs out.",
            "Ruby's dad, who has her three nights a week, was not part of the assessment.",
            "The October session notes have yet to be uploaded to the record.",
            "Skye has been NEET since July without an education or training plan.",
        ] {
            assert_eq!(read_evidence(text).shortfalls.len(), 1, "{text}");
        }
        for text in [
            "There has been no further incident since June.",
            "Her personal adviser has seen her every month, not once missing a planned visit.",
            "Dad was not part of the household when the concerns arose.",
        ] {
            assert!(read_evidence(text).shortfalls.is_empty(), "{text}");
        }
    }

    #[test]
    fn shortcomings_told_softly_are_shortcomings() {
        for text in [
            "The sibling assessment took rather longer than the court timetable allowed.",
            "Health were brought in somewhat later than would have been ideal.",
            "The school's contribution was sought rather late, once the plan was written.",
            "The dental referral went in some weeks after the date the review had set.",
            "Life story work petered out after Easter.",
            "The case summary has not quite kept pace with the changes at home.",
            "Her wishes feature only fleetingly in the plan.",
            "The uncle's views were less well represented than the aunt's.",
            "The recorded decisions are rather light on rationale.",
            "The LADO outcome is hard to find anywhere on the file.",
            "The missed health check could usefully have been followed up at the next visit.",
            "There was scope for the minutes to be shared more promptly.",
            "Arranging contact with dad was left largely to mum to organise.",
            "There is no record of Kai (6) being seen on his own.",
            "The viability would have been strengthened by a visit to the aunt's home.",
        ] {
            assert_eq!(read_evidence(text).shortfalls.len(), 1, "{text}");
        }
        for text in [
            "Jo took longer than expected to settle at her new school.",
            "Tom has not kept up with his reading since he moved schools.",
            "The early help offer could have been seen as intrusive, but it was explained with care.",
            "Contact with his sister tailed off when she went to university.",
            "Visits took place every three weeks, more often than the plan requires.",
        ] {
            assert!(read_evidence(text).shortfalls.is_empty(), "{text}");
        }
    }

    #[test]
    fn late_told_as_not_until_and_records_older_than_the_plan() {
        for text in [
            "The letter before proceedings did not go out until the end of September.",
            "The case was not allocated until March, three months after the referral.",
            "The actions from June were copied forward to September with no comment.",
            "The management direction on file predates the current child in need plan.",
            "Neither change of worker included a handover visit.",
            "The final care plan as filed left out the revised contact arrangements.",
        ] {
            assert_eq!(read_evidence(text).shortfalls.len(), 1, "{text}");
        }
        // A plan never drawn up, and contact never risk assessed, are significant.
        for text in [
            "A child in need plan does not yet seem to have been drawn up.",
            "The overnight contact at the uncle's flat has not been risk assessed.",
        ] {
            let reading = read_evidence(text);
            assert!(reading.shortfalls.iter().all(|s| s.significant), "{text}");
            assert_eq!(read_evidence(text).shortfalls.len(), 1, "{text}");
        }
        for text in [
            "Dad did not get up until midday most days.",
            "She did not start school until she was six.",
            "Neither parent included the children in the decision.",
            "Mum left out the part about the argument when she told the worker.",
        ] {
            assert!(read_evidence(text).shortfalls.is_empty(), "{text}");
        }
    }

    /// `text` records exactly one shortcoming, of `kind`.
    fn reads_one(text: &str, kind: ShortfallKind) {
        let kinds: Vec<ShortfallKind> = read_evidence(text)
            .shortfalls
            .iter()
            .map(|s| s.kind)
            .collect();
        assert_eq!(kinds, vec![kind], "{text}");
    }

    #[test]
    fn what_the_auditor_could_not_find_and_the_one_thing_missing() {
        for (text, kind) in [
            (
                "I could not find any record of the school's email being followed up.",
                ShortfallKind::NotActedOn,
            ),
            (
                "I have not been able to locate a child protection plan after the conference.",
                ShortfallKind::NoAssessmentOrPlan,
            ),
            (
                "I also couldn't find the health visitor's report on file.",
                ShortfallKind::Recording,
            ),
            (
                "We could not see that his views were fed back to him.",
                ShortfallKind::Recording,
            ),
            (
                "The only thing missing is an up-to-date genogram.",
                ShortfallKind::NotDone,
            ),
            (
                "The second supervision in September was missed.",
                ShortfallKind::NotDone,
            ),
            (
                "The latest assessment is still sitting unauthorised.",
                ShortfallKind::DelayOrDrift,
            ),
            (
                "The revised plan did not reach the nursery for six weeks.",
                ShortfallKind::NotDone,
            ),
        ] {
            reads_one(text, kind);
        }
        for text in [
            "I could not fault the worker's persistence.",
            "We did not see any need for a strategy discussion.",
            "Dad did not arrive for two hours.",
            "There is no sign of drift or delay, and the plan is on course.",
        ] {
            assert!(read_evidence(text).shortfalls.is_empty(), "{text}");
        }
    }

    #[test]
    fn what_the_child_will_be_able_to_do_and_risk_growing_are_no_hedges() {
        let plain = "The records are kept in language that Evie would be able to read as an adult, which is a real strength.";
        assert!(read_evidence(plain).wholly_positive(), "{plain}");
        let risk = "The manager called a legal planning meeting promptly once the concerns escalated, which was the right decision.";
        assert!(read_evidence(risk).wholly_positive(), "{risk}");
        let hedged = "The records would be better written in plain language.";
        assert!(!read_evidence(hedged).wholly_positive(), "{hedged}");
    }

    #[test]
    fn a_parents_own_step_not_taken_is_the_familys() {
        for family in [
            "Oliver's mother has not yet started the parenting programme she agreed to attend.",
            "His mother comes to meetings but has not yet started the parenting programme.",
            "His mother attends meetings, but has not yet started the parenting programme.",
            "The parents have not completed the drug testing.",
            "Mum has never signed the safety plan.",
            "Tyler's father has cancelled four of the last six planned home visits.",
        ] {
            let found = read_evidence(family).shortfalls;
            assert!(found.is_empty(), "{family}: {found:?}");
        }
        for practice in [
            "The worker has not yet started the direct work.",
            "The worker visited mother and has not yet started the direct work.",
            "Mother was seen at home but the worker has not completed the assessment.",
            "Jo has not been visited since June.",
            "The social worker cancelled four of the last six planned home visits.",
        ] {
            assert_eq!(read_evidence(practice).shortfalls.len(), 1, "{practice}");
        }
    }

    #[test]
    fn a_body_outside_practice_owns_its_delay_and_a_childs_life_is_no_hedge() {
        for outside in [
            "Practice on identity is thoughtful. The Home Office decision on his asylum claim is still awaited after 14 months.",
            "The move is delayed because the provider has no vacancies; the worker has escalated this to the housing lead.",
            "Progress has been limited: Callum moved placement in August after his carers gave notice.",
            "Outcomes are not yet secure for Chidera.",
            "The final hearing has been relisted by the court owing to judicial availability, well outside the 26-week timescale.",
        ] {
            let reading = read_evidence(outside);
            assert!(reading.shortfalls.is_empty(), "{outside}: {:?}", reading.shortfalls);
            assert!(reading.sentences.iter().all(|s| first_hedge(s).is_none()), "{outside}");
        }
        for practice in [
            "The court report was filed late.",
            "The plan has not been updated since the court hearing.",
            "The move is delayed because the worker has not made the referral.",
            "Supervision has been limited to two sessions in six months.",
        ] {
            let reading = read_evidence(practice);
            assert!(
                !reading.shortfalls.is_empty()
                    || reading.sentences.iter().any(|s| first_hedge(s).is_some()),
                "{practice}"
            );
        }
    }

    #[test]
    fn aims_names_care_needs_someones_worries_and_harm_kept_off_are_no_hedges() {
        for strengths in [
            "The parallel plan has been progressed so that no time is lost for Oluwaseun.",
            "The worker understands the family's experience of the No Recourse to Public Funds condition.",
            "Reuben has cerebral palsy and needs two carers for all personal care.",
            "The worker used his communication book to record his likes and worries.",
            "The parents have struggled to make the changes asked of them, and the plan sets this out clearly.",
            "Mother's drinking has continued and concerns raised at core groups have increased; the conference responded well.",
            "Father's complaint is being handled appropriately and has not been allowed to hold up the match.",
        ] {
            let reading = read_evidence(strengths);
            assert!(
                reading.sentences.iter().all(|s| first_hedge(s).is_none()),
                "{strengths}: {:?}",
                reading.sentences.iter().find_map(|s| first_hedge(s))
            );
        }
        for hedged in [
            "No time was set aside for direct work.",
            "Reuben needs an updated plan that reflects his seizures.",
            "The worker has not been able to see Reuben alone.",
            "There are concerns about the quality of the plan.",
            "The worker needs to record his views.",
        ] {
            let reading = read_evidence(hedged);
            assert!(
                reading.sentences.iter().any(|s| first_hedge(s).is_some())
                    || !reading.shortfalls.is_empty(),
                "{hedged}"
            );
        }
        let kinds: Vec<ShortfallKind> = read_evidence(
            "The last two home visits took place without an interpreter, with Lena translating for her mother.",
        )
        .shortfalls
        .iter()
        .map(|s| s.kind)
        .collect();
        assert_eq!(kinds, [ShortfallKind::NotDone]);
    }

    #[test]
    fn a_justification_for_a_positive_grade_weighs_the_shortcomings() {
        for weighs in [
            "The judgement is Good because these are administrative gaps that have not affected Kieran's safety.",
            "The late authorisation reflects a decision to wait for the paediatric report, and the judgement is Good because the analysis was stronger for it.",
            "These gaps are minor and did not affect Kai's safety. The judgement is Good because his plan is working.",
        ] {
            assert!(read_evidence(weighs).weighs_shortcomings(&[]), "{weighs}");
        }
        for names_a_strength in [
            "The judgement of good reflects the quality of the PEP.",
            "However, Reuben has not been seen since July. The judgement is good because of the progress with mother.",
        ] {
            let reading = read_evidence(names_a_strength);
            assert!(reading.justifies_grade(), "{names_a_strength}");
            assert!(
                !reading.weighs_shortcomings(&["seen".to_owned()]),
                "{names_a_strength}"
            );
        }
        // A reason that answers the shortcoming in its own words.
        let answers = read_evidence(
            "Sam has not been seen alone at home. The judgement is Good because Sam is seen alone at school every week.",
        );
        assert!(answers.weighs_shortcomings(&["seen".to_owned()]));
        assert!(!answers.weighs_shortcomings(&["visited".to_owned()]));
        for names_a_strength in ["The judgement of good reflects the quality of the PEP."] {
            let reading = read_evidence(names_a_strength);
            assert!(reading.justifies_grade(), "{names_a_strength}");
            assert!(
                !reading.weighs_shortcomings(&["seen".to_owned()]),
                "{names_a_strength}"
            );
        }
    }

    #[test]
    fn shortcomings_told_in_notes_by_comparison_or_as_thin_records() {
        let kinds = kinds_and_weight;
        for (text, count) in [
            (
                "Supervision irregular: two gaps of over eight weeks since June.",
                2,
            ),
            ("Directions recorded without timescales.", 1),
            (
                "Life story work started later than planned, in October rather than August.",
                1,
            ),
            (
                "The chronology is a little behind, with nothing entered after mid-August.",
                1,
            ),
            (
                "There is no mention of Ifrah's faith in the placement plan.",
                1,
            ),
            ("3 visit records awaiting TM sign-off since Sept.", 1),
            (
                "His Jamaican heritage is only touched on in the care plan.",
                1,
            ),
            (
                "His father's side of the family are not part of any identity work.",
                1,
            ),
            ("Actions from that meeting are still open.", 1),
        ] {
            assert_eq!(kinds(text).len(), count, "{text}: {:?}", kinds(text));
        }
        // A delay with risk left unmanaged meanwhile, and a concern logged with nothing
        // after it, are significant.
        assert!(kinds("The MASH decision took 6 working days rather than 24 hours, and there was no safety planning in the meantime, with father still living at the address.").iter().any(|&(k, sig)| k == ShortfallKind::DelayOrDrift && sig));
        assert_eq!(
            kinds("The school's referral about Ahmed arriving hungry was logged by the front door but no contact with the family or the school followed."),
            [(ShortfallKind::NotActedOn, true)]
        );
        for none in [
            "Jo learned to ride his bike later than expected.",
            "His speech developed later than expected.",
            "Jo is a little behind with his reading.",
            "No recommendation from the previous review remains outstanding.",
            "Mother told the auditor that the worker 'never makes me feel judged'.",
            "Two actions were completed early and none are still open.",
        ] {
            assert!(kinds(none).is_empty(), "{none}: {:?}", kinds(none));
        }
    }

    #[test]
    fn checklists_notes_and_records_made_by_copying() {
        let kinds = kinds_and_weight;
        // Each unticked box of a checklist is a standard not met; a ticked one is none.
        let list = "[x] Priya seen on every statutory visit\n[ ] Seen alone — 1 of 5 visits\n[ ] Direct work — none recorded since June\n[x] Advocacy offered before CP conference\n[ ] Her views reflected in the CP plan";
        assert_eq!(kinds(list).len(), 3, "{:?}", kinds(list));
        assert!(kinds("[x] Seen alone at every visit\n[x] Views recorded").is_empty());
        for (text, kind, significant) in [
            ("No checks or assessment of the partner on file.", ShortfallKind::NoAssessmentOrPlan, true),
            ("BSL: interpreter booked for LAC reviews but not for statutory visits.", ShortfallKind::NotDone, false),
            ("Plan not refreshed after the RCPC.", ShortfallKind::NotDone, false),
            ("Contingency section still blank.", ShortfallKind::Recording, false),
            ("Several visit records are copied and pasted from earlier entries.", ShortfallKind::Recording, false),
            ("Father, who has parental responsibility, has had no contact from the service since the assessment began.", ShortfallKind::NotDone, false),
        ] {
            assert_eq!(kinds(text), [(kind, significant)], "{text}");
        }
        let reasons =
            "The September supervision record explains why the pre-proceedings threshold was not yet met.";
        assert!(kinds(reasons).is_empty(), "{:?}", kinds(reasons));
        let justified = read_evidence("Legal gateway minutes not on file. Auditor's view: these gaps are real, but decisions have been timely. Good is justified on balance.");
        assert!(justified.justifies_grade() && justified.weighs_shortcomings(&[]));
        assert_hedges(
            &[
                "Despite this, the worker has offered meetings at different times and venues.",
                "No standard direct-work tool was imposed on Darius; instead the worker followed his lead.",
                "The supervision record explains why the threshold was not yet met, with clear markers.",
            ],
            &[
                "Despite the delay, the worker has offered meetings.",
                "No direct-work tool was used with Darius.",
            ],
        );
    }

    #[test]
    fn a_step_named_after_harm_and_lacking_is_a_concern_not_acted_on() {
        let significant = |text: &str| read_evidence(text).shortfalls.iter().any(|s| s.significant);
        assert!(significant("However, after Amelia's disclosure at school in August the TM directed that a strategy discussion be held; there is no evidence that this happened."));
        assert!(significant("In September Kayden told his teacher he was 'scared to go home when Dean's there'. This was passed to the SW, but there is no evidence it was explored with Kayden or discussed with the TM."));
        assert!(!significant(
            "The TM directed that the plan be updated; there is no evidence that this happened."
        ));
        assert!(!significant(
            "Kayden enjoys football at school. There is no evidence it was discussed with the TM."
        ));
    }

    #[test]
    fn a_grade_said_to_be_justified_and_work_that_hedges_nothing() {
        let reading = read_evidence("The C&F assessment was signed off at 52 working days. Good is justified because the delay was purposeful and left no risk unmanaged.");
        assert!(reading.justifies_grade());
        assert!(reading.weighs_shortcomings(&[]));
        assert!(
            !read_evidence("Good work has been done because the worker cares.").justifies_grade()
        );
        assert_hedges(
            &[
                "The SW used the Three Houses tool and a worry monster activity in October.",
                "The chronology lists significant events only, with a short analysis at the top.",
                "Father works night shifts and has not attended a TAF; he has been offered phone updates.",
            ],
            &[
                "The SW has a worry about the quality of the plan.",
                "The chronology lists events only up to July.",
                "The worker has not attended a core group since June.",
            ],
        );
    }

    /// The kind of each shortcoming `text` records, and whether it is significant.
    fn kinds_and_weight(text: &str) -> Vec<(ShortfallKind, bool)> {
        read_evidence(text)
            .shortfalls
            .iter()
            .map(|s| (s.kind, s.significant))
            .collect()
    }

    /// Each of `strengths` hedges nothing; each of `hedged` hedges.
    fn assert_hedges(strengths: &[&str], hedged: &[&str]) {
        for strengths in strengths {
            let reading = read_evidence(strengths);
            assert!(
                reading.sentences.iter().all(|s| first_hedge(s).is_none()),
                "{strengths}: {:?}",
                reading.sentences.iter().find_map(|s| first_hedge(s))
            );
        }
        for hedged in hedged {
            let reading = read_evidence(hedged);
            assert!(
                reading.sentences.iter().any(|s| first_hedge(s).is_some()),
                "{hedged}"
            );
        }
    }

    #[test]
    fn an_age_in_brackets_a_reply_lacking_and_no_missing_report() {
        let kinds = |text: &str| -> Vec<ShortfallKind> {
            read_evidence(text)
                .shortfalls
                .iter()
                .map(|s| s.kind)
                .collect()
        };
        assert_eq!(
            kinds("However, there is no record that Amara (6) was seen at any point during the assessment."),
            [ShortfallKind::NotSeen]
        );
        assert_eq!(
            kinds("On 9 September the DSL emailed to say Fatima had twice been collected by an unknown man. There is no record of a response or any follow-up with Fatima."),
            [ShortfallKind::NotActedOn]
        );
        assert!(kinds(
            "He is attending school full time and has not been reported missing since July."
        )
        .is_empty());
        assert!(!kinds("The episode in July has not been reported to the police.").is_empty());
    }

    #[test]
    fn steps_lost_in_note_form_and_oversight_that_steers_nothing() {
        for (text, kind) in [
            (
                "August supervision cancelled and not rescheduled.",
                ShortfallKind::NotDone,
            ),
            (
                "GP not informed of the CP plan until the October core group.",
                ShortfallKind::DelayOrDrift,
            ),
            (
                "Step-down agreed without a handover meeting with the family.",
                ShortfallKind::NotDone,
            ),
            (
                "Management oversight entries are one line and give no direction.",
                ShortfallKind::NotDone,
            ),
            (
                "Between the July and October conferences the case sat unallocated.",
                ShortfallKind::DelayOrDrift,
            ),
        ] {
            reads_one(text, kind);
        }
        for clean in [
            "The supervision cancelled in August was rescheduled for the following week.",
            "Mother gave no direction to the children about bedtime, so the worker modelled a routine.",
            "The visit went ahead with a joint handover meeting.",
        ] {
            let found = read_evidence(clean).shortfalls;
            assert!(found.is_empty(), "{clean}: {found:?}");
        }
    }

    #[test]
    fn decisions_reported_and_a_parents_refusal_despite_help_are_no_hedges() {
        for plain in [
            "The worker agreed with the school that sessions could take place there instead, which was child-centred.",
            "The manager agreed within a week that the same worker would keep the case, which was the right decision.",
            "Birth mother did not attend either review despite being offered help with transport; the IRO's work is thorough.",
        ] {
            assert!(read_evidence(plain).wholly_positive(), "{plain}");
        }
        for hedged in [
            "The manager agreed that the plan would benefit from a clearer contingency.",
            "The worker did not visit despite being asked to by the school.",
            "Sessions could take place at school, which would be better.",
        ] {
            assert!(!read_evidence(hedged).wholly_positive(), "{hedged}");
        }
    }

    #[test]
    fn needs_met_wishes_and_a_contrast_that_turns_to_praise_are_no_hedges() {
        for plain in [
            "Her pathway plan was updated straight away to reflect her housing needs, which was thorough.",
            "The PA visits in person with an interpreter when needed, and the plan is clear.",
            "Kwame was seen alone at every visit; he says he is happy and would like to stay. The work is thorough.",
            "The risk to Aaliyah remains high, but the response to it has been prompt and well coordinated.",
            "His adviser was introduced at 16, so he did not have to worry about where he would live; the plan is clear.",
            "Dad's reluctance is noted, and the worker has found a way to include him, which is thoughtful.",
            "Mum says the worker \"doesn't judge\", and the visits are purposeful.",
        ] {
            assert!(read_evidence(plain).wholly_positive(), "{plain}");
        }
        for hedged in [
            "The plan is clear, but it has not been shared with the school.",
            "The work is thorough, but the plan still needs updating.",
            "I would like to see more detail on contingency.",
            "The IRO would like to see the plan shared with school.",
            "The worker needs to include father in the plan.",
        ] {
            assert!(!read_evidence(hedged).wholly_positive(), "{hedged}");
        }
    }

    #[test]
    fn counts_one_shortcoming_per_clause() {
        let reading = read_evidence(
            "The plan has not been updated and is out of date; the chronology is missing, \
             and the SW did not record the visits.",
        );
        assert_eq!(reading.shortfalls.len(), 4, "{:?}", reading.shortfalls);
        let elided = read_evidence("The plan was agreed in May but has not been reviewed.");
        assert_eq!(elided.shortfalls.len(), 1);
    }

    #[test]
    fn evaluation_and_positivity() {
        let facts = "The SW visited on 3 May. A core group was held on 10 May.";
        assert!(!evaluates(facts));
        assert!(evaluates(
            "The SW visited on 3 May, which is positive. However, the plan is vague."
        ));
        assert!(!evaluates("Visits took place. This shows <!-- what? -->."));
        assert!(evaluates(
            "Visits took place at the children's centre; the new plan is what lifts this area."
        ));
        assert!(evaluates(
            "Visits took place monthly. That consistency holds the work at Good."
        ));
        let praise = read_evidence("Visits are regular and purposeful, which is positive.");
        assert!(praise.wholly_positive());
        let mixed = read_evidence("Visits are regular, but recording is sometimes late.");
        assert!(!mixed.wholly_positive());
        assert!(
            read_evidence("The judgement is Good because Jo is safe and settled at home.")
                .justifies_grade()
        );
        assert!(!read_evidence("The judgement is Good because <!-- why? -->.").justifies_grade());
        assert!(praise.praises() && !praise.hedges() && mixed.hedges());
    }

    #[test]
    fn praise_and_other_peoples_worries_hedge_nothing() {
        for text in [
            "Mia's worries about her uncle were taken seriously, which is positive.",
            "The worker was not afraid to challenge the grandparents' account, which is a strength.",
            "The worker does not shy away from difficult conversations, which is positive.",
            "Supervision sets out the worries and what is working well, which is positive.",
            "Mia has not missed a single session, which is a strength.",
            "Mia is no longer worried about moving school, which is positive.",
            "Not one visit has fallen outside timescale, which is a strength.",
            "The manager challenged a proposal to reduce visiting, which is good practice.",
            "When father spoke over Mia, the worker gently challenged this, which is positive.",
            "Mia's worries about the police were taken seriously and talked through with her.",
            "When the school raised worries about Mia's weight, concerns were acted on the same day, which is positive.",
            "Despite mother's initial reluctance, the worker built a trusting relationship with her, which is a strength.",
            "Although the family moved twice, Mia kept her school place, which is positive.",
            "The worker wrote to Mia in a letter she could understand, which is good practice.",
            "Her only request at the review was met, which is positive.",
            "Not once has a visit been cancelled, which is a strength.",
            "Mother missed the first two appointments; the worker was not deterred and rearranged each one, which is positive.",
            "There have been no exclusions since the plan began, which is positive.",
            "The child in need plan is clear and her communication needs are met, which is a strength.",
            "The worker has been honest with Mia about difficult decisions, which is good practice.",
            "The team manager's challenge in supervision is clear and purposeful.",
            "The only person Ruby says she trusts is her key worker, and the plan keeps that relationship, which is positive.",
            "The worker rose to the challenge of supporting a mother who is deaf, using a BSL interpreter at every visit.",
            "The worker managed the challenges well, which is a strength.",
            "Oscar does not use speech, so the worker used his symbols at every visit, which is positive.",
            "Oscar's mother does not drive, so every visit is at home, which is positive.",
            "Contact with father was planned well and Mia looks forward to it.",
            "The school and the health visitor speak of the worker with real respect.",
            "Only one strategy discussion was needed, and its outcome is clearly recorded.",
            "Nothing indicated a need for a further medical, and the reasoning is clear.",
            "There have been no further police call-outs, which is positive.",
            "The chronology holds only key events and is up to date.",
            "The manager's rationale for not holding a strategy discussion is clear and proportionate.",
            "The decision to step down was evidenced, not assumed, which is good practice.",
            "Another worker could pick up this file and follow Kai's story, which is a strength.",
            "The worker explored with Kai what a move would mean for him, which is positive.",
            "Staff managed Kai's challenging behaviour calmly, which is a strength.",
            "The decision to make a referral to the Family Hub is clear.",
            "The plan is built around what Kai needs, which is positive.",
            "The developmental review took place on time.",
            "Supervision is reflective and the notes are balanced.",
            "The support has made a real difference to Kai's sleep.",
            "Kai's faith is understood and actively supported by his carers.",
        ] {
            let reading = read_evidence(text);
            assert!(reading.shortfalls.is_empty(), "{text}: {:?}", reading.shortfalls);
            assert!(reading.wholly_positive(), "{text}");
        }
        for text in [
            "There are worries about the quality of supervision, though visits are positive.",
            "Visits are positive, but concerns remain about drift in the plan.",
            "Recording is good; the challenge is to keep it up when the worker changes.",
            "Visits are positive, although the plan could be clearer.",
            "Visits are positive, but the plan could be strengthened.",
            "The only visit this term was positive.",
            "The only thing missing from an otherwise positive plan is a contingency.",
            "Visits are positive, but father has not been contacted about the plan.",
            "Visits are positive; Jo has not yet been asked about contact.",
            "Visits are positive; the challenge for the team is consistency.",
            "Visits are positive, but the plan still needs to say what happens next.",
            "Visits are positive, but the worker did not do what was required.",
            "Visits are positive, but the timetable has slipped by a month.",
            "Despite the plan, visits are positive but infrequent.",
        ] {
            assert!(!read_evidence(text).wholly_positive(), "{text}");
        }
    }

    #[test]
    fn any_practice_event_not_done_late_or_left_out() {
        for text in [
            // Any regular verb in the negated passive, with practice as the subject, and
            // a noun phrase's head before its prepositions.
            "The written agreement has not been changed since the aunt withdrew.",
            "The manager's decision to close the enquiry was not countersigned.",
            "The minutes of the meeting with mother have still not been given to her.",
            "The record of the home visit in early May is missing.",
            // Late, by when it was done.
            "Case notes for the spring visits were entered between four and six weeks after the visits.",
            "Minutes were circulated to the family a month after the meeting.",
            "The annual health assessment was completed late.",
            "The special guardianship support plan is still in draft.",
            // Left out, not found, cannot be shown.
            "The youth worker was left off the circulation list for the core group.",
            "The strategy minutes cannot be found on the system.",
            "The file cannot show whether the referral was made.",
            "The targets in the PEP cannot be measured.",
            "There is no sign that the dental check was booked.",
            "His pathway plan, however, has still not been given to him.",
            "Nobody told the carers who to call while the worker was on leave.",
            "The adoption support fund application took eleven weeks to submit.",
            "The assessment did not start until the end of August.",
            "The virtual school notes that the PEP targets were copied from the previous term.",
            "Jo said she was frightened. There is no record of any discussion or visit following it.",
            "School told the team that Sam was working late in a shop. There is no record of any visit following it.",
            "Two core groups noted the task as outstanding without escalation.",
            "The youth offending officer was unaware that he had moved address.",
            "The genogram omits his paternal family.",
            "The chronology stops well short of the current plan.",
            "The safety plan still names a neighbour who is no longer living nearby.",
            "The March review was held eight weeks after the last one, not the four weeks agreed.",
            "The record of the July visit went on the system eleven days after the visit.",
            // Anyone's part in the passive is a step the service did not take.
            "Her stepfather was not asked about his role in the plan.",
            "Grandmother has not been offered a carer's assessment.",
            "The virtual school has not received the updated PEP.",
        ] {
            assert!(!kinds(text).is_empty(), "{text}");
        }
        for text in [
            "The visit planned for March was not cancelled, despite the snow.",
            "A strategy discussion was not needed, and the reasons are recorded.",
            "Jo was not harmed in the incident and was checked by the GP the same day.",
            "Mother has not changed her number since the spring.",
            "The plan has been reviewed every six weeks without a gap.",
            "No decision about contact has been made without his views being sought first.",
            "Case notes were entered within two days of each visit.",
            "She never leaves a review without knowing what was decided.",
            "The record of the July visit went on the system two days after the visit.",
            "Her stepfather has not engaged with the parenting course.",
            "Leo was not interested in joining the football club.",
            "Her heritage is not treated as an afterthought.",
            "His attendance has not dropped below 95% this year.",
        ] {
            assert!(kinds(text).is_empty(), "{text}: {:?}", kinds(text));
        }
        // A concern in the sentence before, that neither of two later steps answered.
        assert_eq!(
            kinds("School emailed twice about a bruise on her arm. There is no record that either email was answered."),
            vec![(ShortfallKind::NotActedOn, true)]
        );
    }

    #[test]
    fn an_early_shortcoming_named_as_put_right_later_is_not_counted() {
        assert!(kinds("At transfer there was no plan in place. A plan was agreed two weeks later with Sam. It is reviewed monthly. The early gap was picked up and put right quickly.").is_empty());
        assert!(!kinds("At transfer there was no plan in place. A plan was agreed two weeks later with Sam. It is reviewed monthly. The gap matters.").is_empty());
    }

    #[test]
    fn a_health_appointment_missed_is_not_the_child_unseen() {
        assert_eq!(
            kinds("Leo was not seen by the community paediatrician in May."),
            vec![(ShortfallKind::NotDone, false)]
        );
        assert_eq!(
            kinds("Leo was not seen by the social worker in May."),
            vec![(ShortfallKind::NotSeen, true)]
        );
    }

    #[test]
    fn strengths_told_as_facts_are_only_strengths() {
        // No praise word, no hedge, nothing of harm: strengths all the same.
        let facts = read_evidence(
            "Visits have taken place every four weeks since March. Ruby is seen alone at each one and chooses where to meet.",
        );
        assert!(facts.wholly_positive());
        let kept = read_evidence(
            "Ruby has been visited every six weeks, as her care plan requires, and seen alone each time.",
        );
        assert!(kept.wholly_positive());
        let improved = read_evidence(
            "The notification was received from college and Awa was visited within five working days. Nursery describe improved routines.",
        );
        assert!(improved.wholly_positive());
        assert!(!read_evidence("The routines need to be improved.").wholly_positive());
        // A bare account of a referral and its dates, unevaluated: not read as strengths.
        let chronology = read_evidence(
            "School referred on 2 May after Ruby said her father hit her. A decision was recorded on 9 May and a strategy discussion held on 10 May.",
        );
        assert!(!chronology.wholly_positive());
    }

    /// `regex`'s own set of the shortcomings, to hold the word-start search to.
    static SHORTFALLS_REGEX: std::sync::LazyLock<regex::RegexSet> =
        std::sync::LazyLock::new(|| {
            regex::RegexSet::new(MATCHERS.any_shortfall.patterns()).expect("compiles")
        });

    proptest::proptest! {
        /// Searched from word starts, the shortcomings' set finds exactly what `regex`
        /// finds, on text made of its own phrases run together, split by punctuation,
        /// quotes, digits, underscores and letters beyond ASCII.
        #[test]
        fn the_shortcomings_searched_from_word_starts_match_as_regex_does(parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "no action was taken", "has not been acted on", "not followed up", "no record of ",
                "being referred", "the referral ", "was not ", "escalated ", "drift", "delay in ",
                "no assessment", "no plan", "the plan has not been updated", "Jo has not been seen",
                "not seen since", "since ", "May ", "’", "'", ". ", ", ", "; ", "\n", "é", "Zoë ",
                "_", "5 ", "x", "has ", "had ", "been ", "not ", "no ", "yet ", "visited ",
            ]), 0..30)) {
            let text: String = parts.concat();
            let expected: Vec<usize> = SHORTFALLS_REGEX.matches(&text).iter().collect();
            let found: Vec<usize> = MATCHERS.any_shortfall.matches(&text).iter().collect();
            proptest::prop_assert_eq!(found, expected.clone());
            proptest::prop_assert_eq!(MATCHERS.any_shortfall.is_match(&text), !expected.is_empty());
        }

        #[test]
        fn reading_never_panics(text in "\\PC{0,300}") {
            let reading = read_evidence(&text);
            for s in reading.shortfalls {
                proptest::prop_assert!(text.get(s.range.start()..s.range.end()).is_some());
            }
        }

        #[test]
        fn risk_and_evidence_rules_never_panic(parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "---\naudit-date: 2026-11-20\nchild: Jo\n---\n", "## A\n", "Judgement: Good\n",
                "Judgement: Outstanding\n", "Judgement: Requires improvement\n", "### Evidence\n",
                "Jo has not been seen since ", "3 March", " 2024", "’s ", "😀 é", "no safety plan while ",
                "On 3 May ", "Then ", "whereabouts unknown", ", but returned", ". ", "\r\n",
                "disclosed ", "no action was taken", "<!-- x -->", "which is positive", "his ",
                "left alone", "the plan has not been updated", "Escalated to TM on 1/11/2026. ",
            ]), 0..40)) {
            let text: String = parts.concat();
            for d in crate::check(&text, &crate::Config::default()) {
                proptest::prop_assert!(text.get(d.range.start()..d.range.end()).is_some());
                for fix in &d.fixes {
                    let _ = fix.apply(&text);
                }
            }
        }
    }
}
