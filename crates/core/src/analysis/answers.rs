//! Evidence written as answers to an audit tool's questions, as many local authorities'
//! tools capture it: "Has Dylan been seen alone? No – not since July.", "Child seen alone
//! within timescales: Yes – at school on 29/10."
//!
//! What a reply means depends on what is asked. A "No" to a question about a standard of
//! practice ("Is there an up-to-date assessment? No") is a shortcoming, however short; a
//! "No" to a question about a lapse ("Any delay in the court timetable? No") is good news
//! and hedges nothing; a question about the child's status ("Is Maisie subject to a CP
//! plan? No – she is on a CIN plan") is neither.

use super::{words, Shortfall, ShortfallKind, MATCHERS};
use crate::text::{Part, TextRange};

/// A reply that opens an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Reply {
    Yes,
    No,
    Partly,
    NotApplicable,
}

/// Replies, longest first where one begins another ("not yet" before "no").
const REPLIES: &[(&str, Reply)] = &[
    ("not applicable", Reply::NotApplicable),
    ("not required", Reply::NotApplicable),
    ("not needed", Reply::NotApplicable),
    ("not necessary", Reply::NotApplicable),
    ("not relevant", Reply::NotApplicable),
    ("n/a", Reply::NotApplicable),
    ("not consistently", Reply::Partly),
    ("not always", Reply::Partly),
    ("not fully", Reply::Partly),
    ("not entirely", Reply::Partly),
    ("partially", Reply::Partly),
    ("partly", Reply::Partly),
    ("in part", Reply::Partly),
    ("limited", Reply::Partly),
    ("not yet", Reply::No),
    // A field left empty or nothing on file: "Religion: field blank", "Genogram: none on
    // file", "Strategy discussion: none held".
    ("field blank", Reply::No),
    ("left blank", Reply::No),
    ("blank", Reply::No),
    ("none on file", Reply::No),
    ("none on the file", Reply::No),
    ("none held", Reply::No),
    ("none recorded", Reply::No),
    ("none completed", Reply::No),
    ("none received", Reply::No),
    ("none seen", Reply::No),
    ("not known", Reply::No),
    ("not evident", Reply::No),
    ("not recorded", Reply::No),
    ("not on file", Reply::No),
    ("not on the file", Reply::No),
    ("not found", Reply::No),
    ("unclear", Reply::No),
    ("none", Reply::No),
    ("never", Reply::No),
    ("nil", Reply::No),
    ("no", Reply::No),
    ("yes", Reply::Yes),
];

/// What a question asks about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Asks {
    /// A standard of practice: "Has the child been seen alone?", "Is the plan SMART?".
    Standard,
    /// A lapse of practice: "Any delay…?", "Were any hearings adjourned?".
    Lapse,
    /// The case's own events or the child's status: "Any missing episodes?", "Is Maisie
    /// subject to a CP plan?", "Was escalation needed?".
    Status,
}

/// Words that make a question ask about a lapse of practice.
const LAPSES: &[&str] = &[
    "delay",
    "delays",
    "delayed",
    "drift",
    "adjourned",
    "adjournment",
    "adjournments",
    "outstanding",
    "unresolved",
    "gap",
    "gaps",
    "cancelled",
    "missed",
    "late",
    "overdue",
    "backlog",
    "breach",
    "breaches",
    "lapse",
    "lapsed",
    "awaiting",
    "unsent",
];

/// Words that make a question ask about the case's own events: a reply either way says
/// nothing of practice.
const EVENTS: &[&str] = &[
    "missing",
    "offending",
    "incident",
    "incidents",
    "injury",
    "injuries",
    "exclusion",
    "exclusions",
    "excluded",
    "notification",
    "notifications",
    "arrest",
    "arrests",
    "arrested",
    "allegation",
    "allegations",
    "disclosure",
    "disclosures",
    "episodes",
    "admissions",
    "moves",
    "changes",
];

/// Words of a question about status or need, at its end: "Is a CP plan needed?".
const STATUS_ENDINGS: &[&str] = &[
    "needed",
    "need",
    "required",
    "necessary",
    "eligible",
    "warranted",
    "indicated",
    "applicable",
];

/// Verbs of responding: a question that asks whether something was done about events
/// asks about practice ("Were the concerns acted on?").
const RESPONDING: &[&str] = &[
    // "Has oversight reduced drift?": a lapse prevented is a standard.
    "reduced",
    "prevented",
    "avoided",
    "tackled",
    "minimised",
    "acted",
    "responded",
    "addressed",
    "escalated",
    "explored",
    "considered",
    "reviewed",
    "shared",
    "recorded",
    "managed",
    "resolved",
    "actioned",
    "investigated",
    "followed",
    "discussed",
    "offered",
    "completed",
    "held",
];

/// What a question and its reply come to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// A standard met, or no lapse: good news about practice.
    Met,
    /// A standard not met, or a lapse: a shortcoming, from the question's first byte to
    /// the reply's last (relative to the question's sentence when the reply follows it).
    Unmet(ShortfallKind, bool),
    /// Neither: the case's events, a status, or not applicable.
    Neutral,
}

/// An answer read: what it comes to, and the reply's bytes in the answer's sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Answer {
    pub outcome: Outcome,
    pub reply: (usize, usize),
}

/// The reply that opens `answer`, with its byte range: a reply word followed by the end
/// or by punctuation ("No – …", "Yes, and …", "Partially;"), not a word that opens a
/// statement ("No direct work is recorded").
fn reply_at(answer: &str) -> Option<(Reply, (usize, usize))> {
    let start = answer.len() - answer.trim_start().len();
    let rest = answer.part(start..);
    REPLIES.iter().find_map(|&(word, reply)| {
        let head = rest.get(..word.len())?;
        if !head.eq_ignore_ascii_case(word) {
            return None;
        }
        let after = rest.part(word.len()..).trim_start();
        let closed = after.is_empty()
            || after.starts_with([
                '.', ',', ';', ':', '\u{2013}', '\u{2014}', '-', '(', '!', '/',
            ]);
        closed.then_some((reply, (start, start + word.len())))
    })
}

/// A reply that says the thing asked about was not done, as audit tools' fields are
/// filled in: "not started", "not yet presented to panel", "overdue since March", "paused
/// since June". Only for reading answers, not for a denial: "Injuries: not explained" does
/// not say there were none.
fn undone_at(answer: &str) -> Option<(Reply, (usize, usize))> {
    let start = answer.len() - answer.trim_start().len();
    let rest = answer.part(start..);
    let lower = rest.to_ascii_lowercase();
    let mut words = lower.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'));
    let first = words.next()?;
    if matches!(
        first,
        // Not "outstanding": a grade as often as a task left undone ("Direct work:
        // Outstanding").
        "overdue" | "paused" | "lapsed" | "expired"
    ) {
        return Some((Reply::No, (start, start + first.len())));
    }
    if first != "not" {
        return None;
    }
    // "Seen alone: not at the last two visits", "not since July": not on the occasions
    // named. Not "not the main worry".
    let second = lower
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .nth(1)
        .unwrap_or("");
    if matches!(second, "at" | "since" | "in" | "for" | "during" | "on") {
        return Some((Reply::No, (start, start + "not ".len() + second.len())));
    }
    let mut len = "not".len();
    for word in words {
        len += 1 + word.len();
        if matches!(word, "yet" | "been" | "ever") {
            continue;
        }
        return crate::english::verbs::is_participle(word)
            .then_some((Reply::No, (start, start + len)));
    }
    None
}

/// A count for a reply, as audit tools fill in their fields: "3 of 6", "two of four",
/// "31/33". Fewer than all is partly met; all is met. `None` when the answer does not open
/// with one.
fn count_at(answer: &str) -> Option<(Reply, (usize, usize))> {
    let start = answer.len() - answer.trim_start().len();
    let rest = answer.part(start..).to_ascii_lowercase();
    let number = |w: &str| -> Option<u32> {
        w.parse().ok().or_else(|| {
            [
                "none", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "eleven", "twelve",
            ]
            .iter()
            .position(|n| *n == w)
            .and_then(|n| u32::try_from(n).ok())
        })
    };
    let (done, total, len) = if let Some((a, b)) = rest.split_once('/') {
        // "31/33", not a date ("3/7/2026").
        let b_digits: String = b.chars().take_while(char::is_ascii_digit).collect();
        let after = b.part(b_digits.len()..);
        if after.starts_with('/') || a.contains(' ') {
            return None;
        }
        (number(a)?, number(&b_digits)?, a.len() + 1 + b_digits.len())
    } else {
        let mut words = rest.split(' ');
        let first = words.next()?;
        let first_clean = first.trim_end_matches(|c: char| !c.is_alphanumeric());
        if words.next()? != "of" {
            return None;
        }
        let second = words.next()?;
        let second_clean = second.trim_end_matches(|c: char| !c.is_alphanumeric());
        (
            number(first_clean)?,
            number(second_clean)?,
            first.len() + " of ".len() + second_clean.len(),
        )
    };
    if total == 0 || done > total {
        return None;
    }
    let reply = if done == total {
        Reply::Yes
    } else {
        Reply::Partly
    };
    Some((reply, (start, start + len)))
}

/// A reply that gives a figure against the standard it names: "4 working days (standard:
/// 1 working day)", "9 weeks, target 6 weeks". Over the standard is a lapse of it.
fn over_standard(answer: &str) -> Option<(Reply, (usize, usize))> {
    let lower = answer.to_ascii_lowercase();
    let first_number = |text: &str| -> Option<(f64, usize)> {
        let at = text.find(|c: char| c.is_ascii_digit())?;
        let digits: String = text
            .part(at..)
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        Some((digits.parse().ok()?, at + digits.len()))
    };
    let (figure, figure_end) = first_number(&lower)?;
    let marker = ["standard", "target", "expected", "required", "timescale"]
        .iter()
        .filter_map(|m| lower.find(m).map(|at| at + m.len()))
        .min()?;
    if marker < figure_end {
        return None;
    }
    let (limit, _) = first_number(lower.part(marker..))?;
    let unit = |text: &str| {
        ["hour", "day", "week", "month"]
            .into_iter()
            .find(|u| text.contains(u))
    };
    let (figure_unit, limit_unit) = (unit(lower.part(..marker)), unit(lower.part(marker..)));
    (figure > limit && figure_unit.is_some() && figure_unit == limit_unit)
        .then_some((Reply::No, (0, answer.len())))
}

/// A reply that says, after a word or two, that the thing was not done: "agreed in July,
/// not made", "due at placement order, still in draft", "started but not finished".
fn undone_after(answer: &str) -> Option<(Reply, (usize, usize))> {
    let clause_end = answer.find(['.', ';']).unwrap_or(answer.len());
    let clause = answer.part(..clause_end);
    let lower = clause.to_ascii_lowercase();
    let still = [
        "still in draft",
        "still outstanding",
        "still awaited",
        "still to be",
        "still not",
    ]
    .iter()
    .any(|w| lower.contains(w));
    let not_done = [", not ", " but not ", " and not "].iter().any(|sep| {
        lower.split_once(sep).is_some_and(|(_, after)| {
            after
                .split(|c: char| !c.is_ascii_alphanumeric())
                .find(|w| !w.is_empty() && !matches!(*w, "yet" | "been" | "ever"))
                .is_some_and(crate::english::verbs::is_participle)
        })
    });
    (still || not_done).then_some((Reply::No, (0, clause_end)))
}

/// What `question` asks about.
fn asks(question: &str) -> Asks {
    let lower = question.to_lowercase();
    let tokens: Vec<&str> = words(&lower).into_iter().map(|(_, w)| w).collect();
    let has = |list: &[&str]| tokens.iter().any(|w| list.contains(w));
    // "Were there any visits where Bartek was not seen?", "Were concerns not acted on?":
    // a question put in the negative asks about a lapse.
    if has(&["not", "never"]) || lower.contains("n't ") {
        return Asks::Lapse;
    }
    if has(RESPONDING) {
        return Asks::Standard;
    }
    if has(LAPSES) {
        return Asks::Lapse;
    }
    let status_end = tokens
        .iter()
        .rev()
        .take(2)
        .any(|w| STATUS_ENDINGS.contains(w));
    let status = status_end
        || lower.contains("subject to")
        || lower.contains("open to")
        || lower.contains("known to");
    if status || has(EVENTS) {
        return Asks::Status;
    }
    // "Any barriers to communication?": whether something happened, not a standard,
    // unless it is practice's own work ("Is there any direct work on file?").
    if tokens.contains(&"any") && !has(PRACTICE_WORK) {
        return Asks::Status;
    }
    Asks::Standard
}

/// Practice's own work and records: "any" of these is a standard asked about.
const PRACTICE_WORK: &[&str] = &[
    "evidence",
    "record",
    "direct",
    "work",
    "visit",
    "visits",
    "plan",
    "assessment",
    "contact",
    "chronology",
    "genogram",
    "supervision",
    "oversight",
    "review",
    "meeting",
    "meetings",
    "attendance",
];

/// The shortcoming a standard not met records, read from the question: the child not seen,
/// no assessment or plan, concerns not acted on, or something not done.
fn unmet(question: &str, reply: Reply) -> Outcome {
    let m = &*MATCHERS;
    let lower = question.to_lowercase();
    if reply == Reply::Partly {
        return Outcome::Unmet(ShortfallKind::NotDone, false);
    }
    // "Has father been seen?" is not the child seen.
    let adult = words(&lower)
        .iter()
        .any(|(_, w)| crate::lexicon::evidence::ADULT_FAMILY.contains(w));
    if m.see_verb.is_match(&lower) && !adult {
        return Outcome::Unmet(ShortfallKind::NotSeen, true);
    }
    let exists = [
        "is there",
        "are there",
        "has there been",
        "in place",
        "up to date",
        "up-to-date",
        "current",
        "completed",
        "undertaken",
    ]
    .iter()
    .any(|p| lower.contains(p));
    let handed = ["copy", "given", "shared", "sent", "signed"]
        .iter()
        .any(|p| lower.contains(p));
    if exists && !handed && m.plan_or_assessment.is_match(&lower) {
        return Outcome::Unmet(
            ShortfallKind::NoAssessmentOrPlan,
            !m.minor_document.is_match(&lower),
        );
    }
    if m.act_verb.is_match(&lower) && m.harm.is_match(&lower) {
        return Outcome::Unmet(ShortfallKind::NotActedOn, true);
    }
    // "Strategy discussion: not held": a safeguarding response that did not happen is a
    // concern not acted on.
    if reply == Reply::No
        && [
            "strategy discussion",
            "strategy meeting",
            "section 47",
            "s47",
            "child protection medical",
            "cp medical",
            "lado referral",
            "referral to police",
            "referral to the police",
        ]
        .iter()
        .any(|p| lower.contains(p))
    {
        return Outcome::Unmet(ShortfallKind::NotActedOn, true);
    }
    Outcome::Unmet(ShortfallKind::NotDone, false)
}

/// What `question` answered by `answer` comes to, or `None` when `answer` does not open
/// with a reply.
pub(crate) fn read(question: &str, answer: &str) -> Option<Answer> {
    let opened = reply_at(answer)
        .or_else(|| undone_at(answer))
        .or_else(|| count_at(answer));
    if opened.is_none() {
        // A reply that says what fell short whichever way the prompt asks, unless the
        // prompt asks about the case's own status.
        let unmet = |kind, (_, range): (Reply, (usize, usize))| Answer {
            outcome: match asks(question) {
                Asks::Status => Outcome::Neutral,
                _ => Outcome::Unmet(kind, false),
            },
            reply: range,
        };
        // A figure over the standard it names is a lapse.
        if let Some(found) = over_standard(answer) {
            return Some(unmet(ShortfallKind::DelayOrDrift, found));
        }
        // "completed but not yet uploaded": a step left, not a standard failed outright.
        if let Some(found) = undone_after(answer) {
            return Some(unmet(ShortfallKind::NotDone, found));
        }
        // "Case notes awaiting write-up: 5 visits": how many lapses there are.
        if asks(question) == Asks::Lapse {
            let start = answer.len() - answer.trim_start().len();
            let digits: String = answer
                .part(start..)
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            let count: u32 = digits.parse().ok()?;
            let outcome = if count == 0 {
                Outcome::Met
            } else {
                Outcome::Unmet(ShortfallKind::DelayOrDrift, false)
            };
            return Some(Answer {
                outcome,
                reply: (start, start + digits.len()),
            });
        }
    }
    let (reply, range) = opened?;
    let outcome = match (asks(question), reply) {
        (_, Reply::NotApplicable) | (Asks::Status, _) => Outcome::Neutral,
        (Asks::Standard, Reply::Yes) | (Asks::Lapse, Reply::No) => Outcome::Met,
        (Asks::Standard, _) => unmet(question, reply),
        (Asks::Lapse, _) => {
            let lower = question.to_lowercase();
            let delay = ["delay", "drift", "adjourn", "overdue", "late"]
                .iter()
                .any(|w| lower.contains(w));
            if delay {
                Outcome::Unmet(ShortfallKind::DelayOrDrift, false)
            } else {
                Outcome::Unmet(ShortfallKind::NotDone, false)
            }
        }
    };
    Some(Answer {
        outcome,
        reply: range,
    })
}

/// Whether `sentence` asks a question of the audit tool: it ends with a question mark and
/// is short enough to be a prompt.
pub(crate) fn is_question(sentence: &str) -> bool {
    let s = sentence.trim_end();
    s.ends_with('?') && s.split_whitespace().count() <= 25
}

/// A sentence that opens with a prompt and a colon before its reply ("Child seen alone
/// within timescales: Yes – …"): the prompt's length and the answer read.
pub(crate) fn labelled(sentence: &str) -> Option<(usize, Answer)> {
    // A colon, or a dash after a heading ("Letter before proceedings – not on the file").
    let head = sentence.get(..120.min(sentence.len())).unwrap_or(sentence);
    let (colon, width) = head
        .find(':')
        .map(|c| (c, 1))
        .or_else(|| head.find(" \u{2013} ").map(|c| (c, " \u{2013} ".len())))
        .or_else(|| head.find(" - ").map(|c| (c, 3)))?;
    let prompt = sentence.part(..colon);
    let count = prompt.split_whitespace().count();
    if count == 0 || count > 14 {
        return None;
    }
    let after = colon + width;
    let answer = read(prompt, sentence.part(after..))?;
    Some((
        colon,
        Answer {
            outcome: answer.outcome,
            reply: (answer.reply.0 + after, answer.reply.1 + after),
        },
    ))
}

/// Whether `sentence` asks about a lapse or an event and is answered "No", "None" or "not
/// applicable" ("Any missing episodes? None.", "Injuries noted: none."): what it names did
/// not happen. `next` is the sentence after, where a question's reply is.
pub(crate) fn denied(sentence: &str, next: Option<&str>) -> bool {
    let denial = |question: &str, answer: &str| {
        reply_at(answer).is_some_and(|(reply, _)| {
            matches!(reply, Reply::No | Reply::NotApplicable) && asks(question) != Asks::Standard
        })
    };
    if is_question(sentence) {
        return next.is_some_and(|n| denial(sentence, n));
    }
    let Some((prompt, answer)) = prompted(sentence) else {
        return false;
    };
    // Only a bare reply: "Missing episodes: none." (not "none since the move, but…").
    let bare = answer.split_whitespace().count() <= 2;
    (1..=14).contains(&prompt.split_whitespace().count()) && bare && denial(prompt, answer)
}

/// Whether `sentence` asks an audit tool's question about the child's safety or
/// whereabouts ("Is the child safe?", "Is the auditor assured Leo is safe?", "Whereabouts
/// known?") and is answered "No", "Not known" or "Unclear", in `next` when the sentence is
/// the question, or after a colon ("Child known to be safe: No"). An adult's safety
/// ("Is mother safe?") is not the child's.
pub(crate) fn safety_not_known(sentence: &str, next: Option<&str>) -> bool {
    let about_safety = |question: &str| {
        let lower = question.to_lowercase();
        let tokens: Vec<&str> = words(&lower).into_iter().map(|(_, w)| w).collect();
        let Some(at) = tokens
            .iter()
            .position(|w| matches!(*w, "safe" | "whereabouts" | "where"))
        else {
            return false;
        };
        let adult = tokens[at.saturating_sub(3)..at]
            .iter()
            .any(|w| crate::lexicon::evidence::ADULT_FAMILY.contains(w));
        // Only a question of whether: "Where is Leo living?" asks for a fact.
        let whether = matches!(
            tokens.first(),
            Some(
                &("is"
                    | "are"
                    | "was"
                    | "were"
                    | "do"
                    | "does"
                    | "can"
                    | "child"
                    | "children"
                    | "whereabouts")
            )
        ) || tokens.contains(&"assured")
            || tokens.contains(&"known")
            || tokens.contains(&"confident");
        !adult && whether && !tokens.contains(&"not") && !tokens.contains(&"unsafe")
    };
    // "Answer: No", "A: Not known".
    let unlabelled = |answer: &str| {
        let t = answer.trim_start();
        ["answer:", "answer -", "a:", "response:", "auditor:"]
            .iter()
            .find(|l| t.get(..l.len()).is_some_and(|h| h.eq_ignore_ascii_case(l)))
            .map_or(t, |l| t.part(l.len()..))
            .to_owned()
    };
    let unknown = |answer: &str| {
        let answer = unlabelled(answer);
        reply_at(&answer).is_some_and(|(reply, _)| reply == Reply::No)
            || [
                "unknown",
                "not sure",
                "uncertain",
                "cannot say",
                "can't say",
                "unable to say",
                "don't know",
                "do not know",
            ]
            .iter()
            .any(|w| {
                answer
                    .get(..w.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(w))
            })
    };
    if is_question(sentence) {
        // The question may close a longer prompt: "Q4 – Has the child been seen …, and is
        // the auditor assured the child is safe?"
        let question = sentence
            .rsplit([',', ';', '\u{2013}', '\u{2014}'])
            .next()
            .unwrap_or(sentence);
        return about_safety(question) && next.is_some_and(unknown);
    }
    let Some((prompt, answer)) = prompted(sentence) else {
        return false;
    };
    (1..=12).contains(&prompt.split_whitespace().count())
        && about_safety(&format!("is {prompt}"))
        && unknown(answer)
}

/// A prompt and its answer either side of a colon in the first 120 bytes ("Missing
/// episodes: none").
fn prompted(sentence: &str) -> Option<(&str, &str)> {
    let colon = sentence
        .get(..120.min(sentence.len()))
        .unwrap_or(sentence)
        .find(':')?;
    Some((sentence.part(..colon), sentence.part(colon + 1..)))
}

/// The shortcoming an answer records: from the prompt's start to the reply's end.
pub(crate) fn shortfall(answer: &Answer, from: usize, reply_offset: usize) -> Option<Shortfall> {
    match answer.outcome {
        Outcome::Unmet(kind, significant) => Some(Shortfall {
            range: TextRange::new(from, reply_offset + answer.reply.1),
            kind,
            significant,
        }),
        Outcome::Met | Outcome::Neutral => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_field_filled_in_as_not_done() {
        for (prompt, answer) in [
            ("Care Act transition assessment", " not started."),
            (
                "Long-term match",
                " not yet presented to panel, although agreed in May.",
            ),
            ("Health assessment", " overdue since March."),
        ] {
            assert!(
                matches!(outcome(prompt, answer), Some(Outcome::Unmet(..))),
                "{prompt}:{answer}"
            );
        }
        // A grade is no reply.
        assert_eq!(
            outcome(
                "Quality of direct work",
                " Outstanding – her views lead the plan."
            ),
            None
        );
        // A lapse asked about, said not to have happened, is good news.
        assert_eq!(
            outcome("Any delays in the plan", " not identified."),
            Some(Outcome::Met)
        );
        // "not" before anything but a participle is no reply.
        assert_eq!(outcome("Contact", " not the main worry."), None);
        // A denial reads no participle: "Injuries: not explained" does not say there were none.
        assert!(!denied("Injuries: not explained.", None));
    }

    #[test]
    fn a_question_of_the_childs_safety_answered_no_or_not_known() {
        for (question, answer) in [
            ("Is Priya safe?", Some("No.")),
            ("Is the auditor confident that the children are safe?", Some("Not known – no visit since July.")),
            ("Q2 – Was the child seen within timescale, and is the auditor assured the child is safe?", Some("Answer: No.")),
            ("Child known to be safe: unknown", None),
            ("Whereabouts known?", Some("No")),
        ] {
            assert!(safety_not_known(question, answer), "{question} {answer:?}");
        }
        for (question, answer) in [
            ("Is Priya safe?", Some("Yes, seen alone on 3 November.")),
            ("Is mother safe?", Some("No.")),
            ("Is Priya safe?", Some("No concerns were raised by school.")),
            (
                "Where is Priya living now?",
                Some("Unknown to the auditor."),
            ),
            ("Has the safety plan been reviewed?", Some("No.")),
            ("Child known to be safe: Yes", None),
        ] {
            assert!(!safety_not_known(question, answer), "{question} {answer:?}");
        }
    }

    fn outcome(question: &str, answer: &str) -> Option<Outcome> {
        read(question, answer).map(|a| a.outcome)
    }

    #[test]
    fn a_reply_opens_an_answer_only_when_punctuation_follows() {
        assert_eq!(
            reply_at("No – not since July.").map(|r| r.0),
            Some(Reply::No)
        );
        assert_eq!(
            reply_at("Yes, and recorded.").map(|r| r.0),
            Some(Reply::Yes)
        );
        assert_eq!(reply_at("Not yet.").map(|r| r.0), Some(Reply::No));
        assert_eq!(
            reply_at("Partially; the father was not seen.").map(|r| r.0),
            Some(Reply::Partly)
        );
        assert_eq!(reply_at("N/A").map(|r| r.0), Some(Reply::NotApplicable));
        assert_eq!(reply_at("No direct work is recorded."), None);
        assert_eq!(reply_at("Nobody asked her."), None);
        assert_eq!(reply_at("Yesterday's visit was brief."), None);
    }

    #[test]
    fn a_question_in_the_negative_or_about_a_lapse_prevented() {
        assert_eq!(
            outcome(
                "Were there any visits where Kai was not seen?",
                "No – he was seen at every visit."
            ),
            Some(Outcome::Met)
        );
        assert_eq!(
            outcome(
                "Has oversight reduced drift?",
                "Yes; the manager's direction secured a nursery place."
            ),
            Some(Outcome::Met)
        );
        assert!(matches!(
            outcome(
                "Were there any visits where Kai was not seen?",
                "Yes – two in October."
            ),
            Some(Outcome::Unmet(..))
        ));
    }

    #[test]
    fn what_a_no_means_depends_on_what_is_asked() {
        assert_eq!(
            outcome("Has Kai been seen alone?", "No – not since May."),
            Some(Outcome::Unmet(ShortfallKind::NotSeen, true))
        );
        assert_eq!(
            outcome("Is there an up-to-date assessment?", "No."),
            Some(Outcome::Unmet(ShortfallKind::NoAssessmentOrPlan, true))
        );
        assert_eq!(
            outcome("Were the school's concerns acted on?", "No."),
            Some(Outcome::Unmet(ShortfallKind::NotActedOn, true))
        );
        assert_eq!(
            outcome("Is there a genogram on file?", "No."),
            Some(Outcome::Unmet(ShortfallKind::NotDone, false))
        );
        assert_eq!(
            outcome("Were parents given a copy of the plan?", "No."),
            Some(Outcome::Unmet(ShortfallKind::NotDone, false))
        );
        assert_eq!(
            outcome("Has father been seen?", "No."),
            Some(Outcome::Unmet(ShortfallKind::NotDone, false))
        );
        assert_eq!(
            outcome("Any delay in the court timetable?", "No."),
            Some(Outcome::Met)
        );
        assert_eq!(
            outcome("Any delay in the court timetable?", "Yes – two months."),
            Some(Outcome::Unmet(ShortfallKind::DelayOrDrift, false))
        );
        assert_eq!(
            outcome("Any missing episodes?", "No."),
            Some(Outcome::Neutral)
        );
        assert_eq!(
            outcome("Any barriers to communication?", "None."),
            Some(Outcome::Neutral)
        );
        assert_eq!(
            outcome("Is there any direct work on file?", "No."),
            Some(Outcome::Unmet(ShortfallKind::NotDone, false))
        );
        assert_eq!(
            outcome("Any missing episodes?", "Yes, two."),
            Some(Outcome::Neutral)
        );
        assert_eq!(
            outcome("Is Kai subject to a CP plan?", "No – a CIN plan."),
            Some(Outcome::Neutral)
        );
        assert_eq!(
            outcome("Was a strategy discussion needed?", "No."),
            Some(Outcome::Neutral)
        );
        assert_eq!(outcome("Is the plan SMART?", "Yes."), Some(Outcome::Met));
        assert_eq!(
            outcome("Are case notes up to date?", "Not consistently."),
            Some(Outcome::Unmet(ShortfallKind::NotDone, false))
        );
    }

    #[test]
    fn a_prompt_with_a_colon_is_a_question() {
        let (colon, answer) =
            labelled("Child seen alone within timescales: No – last seen in June.")
                .expect("a labelled answer");
        assert_eq!(colon, 34);
        assert_eq!(answer.outcome, Outcome::Unmet(ShortfallKind::NotSeen, true));
        assert_eq!(
            labelled("Direct work: three sessions, all child-led."),
            None
        );
        let (_, answer) = labelled("Letter before proceedings \u{2013} not on the file.")
            .expect("a heading and dash");
        assert_eq!(
            answer.outcome,
            Outcome::Unmet(ShortfallKind::NotDone, false)
        );
        assert!(is_question("Is there a current plan?"));
        assert!(denied("Any missing episodes?", Some("None.")));
        assert!(denied("Missing episodes: none.", None));
        assert!(!denied(
            "Missing episodes: none since May, but she stays out late.",
            None
        ));
        assert!(!denied(
            "Any missing episodes?",
            Some("Yes – two in October.")
        ));
        assert!(!denied("Has Jo been seen alone?", Some("No.")));
        assert!(!is_question("There is a current plan."));
    }

    #[test]
    fn fields_filled_in_with_counts_blanks_and_figures_against_a_standard() {
        use ShortfallKind::*;
        let unmet = |kind, significant| Some(Outcome::Unmet(kind, significant));
        for (prompt, answer, expected) in [
            // Counts: fewer than all is a shortcoming, all is a standard met.
            (
                "Statutory visits in timescale",
                " 4 of 7.",
                unmet(NotDone, false),
            ),
            (
                "Supervision held",
                " three of six months.",
                unmet(NotDone, false),
            ),
            (
                "Notes typed within 3 days",
                " 18/20.",
                unmet(NotDone, false),
            ),
            (
                "Statutory visits in timescale",
                " 7 of 7.",
                Some(Outcome::Met),
            ),
            // A date is not a count.
            ("Plan reviewed", " 3/7/2026.", None),
            // Blanks and nothing on file.
            ("First language", " field blank.", unmet(NotDone, false)),
            ("Genogram", " none on file.", unmet(NotDone, false)),
            // Not on the occasions named; not "not the main worry".
            (
                "Child seen alone",
                " not at the last three visits.",
                unmet(NotSeen, true),
            ),
            ("Contact", " not the main worry.", None),
            // A safeguarding response that did not happen is a concern not acted on.
            ("Strategy discussion", " not held.", unmet(NotActedOn, true)),
            ("Section 47 enquiry", " none held.", unmet(NotActedOn, true)),
            // A step left after a word or two.
            (
                "Referral to the FGC service",
                " agreed in May, not made.",
                unmet(NotDone, false),
            ),
            (
                "Life story work",
                " begun in the spring, still in draft.",
                unmet(NotDone, false),
            ),
            // A figure over the standard it names, whichever way the prompt asks.
            (
                "Referral to decision",
                " 6 working days (standard: 1 working day).",
                unmet(DelayOrDrift, false),
            ),
            (
                "Delay to the conference",
                " 22 days (standard 15 days).",
                unmet(DelayOrDrift, false),
            ),
            (
                "Referral to decision",
                " 1 working day (standard: 1 working day).",
                None,
            ),
            // A number of lapses.
            (
                "Visit notes awaiting write-up",
                " 4.",
                unmet(DelayOrDrift, false),
            ),
            ("Visit notes awaiting write-up", " 0.", Some(Outcome::Met)),
            // Practice's own meetings asked about with "any" are a standard.
            (
                "Health at any of the core group meetings",
                " none.",
                unmet(NotDone, false),
            ),
        ] {
            assert_eq!(outcome(prompt, answer), expected, "{prompt}:{answer}");
        }
    }
}
