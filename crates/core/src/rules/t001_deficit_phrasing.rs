use super::tone::{self, Previous, View};
use super::{Context, Rule, Scope};
use crate::diagnostic::{Diagnostic, Edit, Fix, Severity};
use crate::english::{self, verbs};
use crate::lexicon::tone::{
    AGENCY_SUBJECTS, COLLECTIVE_PRACTITIONERS, DURATION_WORDS, EVENT_NOUNS, FAMILY_WORDS,
    FINDING_NOUNS, FINDING_VERBS, LIGHT_VERBS, NOMINALS, NON_PRACTICE_VERBS, OBJECT_ENDERS,
    OCCASION_WORDS, PARTICLES, PRACTICE_NOUNS, PRAISE_PARTICLES, PRAISE_VERBS, PREPOSITIONAL_VERBS,
    ROLE_MODIFIERS, TELLING_VERBS, TO_NOUNS, WHEN_PREPOSITIONS, WITH_NOUNS,
};
use crate::text::TextRange;
use crate::text::TrimEndStr;

pub(crate) static RULE: Rule = Rule {
    code: "T001",
    name: "deficit-phrasing",
    default_severity: Severity::Warning,
    scope: Scope::Prose,
    summary: "A practitioner or service is the subject of something not done.",
    doc: "## What it does\n\
Flags a sentence whose subject is a practitioner, team or service and whose verb says what \
they did not do or failed to do: \u{201c}The social worker did not visit\u{2026}\u{201d}, \u{201c}SW hasn't \
completed\u{2026}\u{201d}, \u{201c}the team failed to\u{2026}\u{201d}, \u{201c}Neither the SW nor the ATM updated\u{2026}\u{201d}, \
\u{201c}no attempt was made by the worker to\u{2026}\u{201d}, \u{201c}the S47 was not completed by the social \
worker\u{201d}, or \u{201c}she did not\u{2026}\u{201d} when she is the worker. It stays silent on statements about \
the family (\u{201c}Mother did not attend\u{201d}), on praise (\u{201c}did not hesitate to escalate\u{201d}, \
\u{201c}never missed a visit\u{201d}) and on reflective phrasing (\u{201c}There was evidence that \u{2026} had \
not been \u{2026}\u{201d}).\n\n\
## Why\n\
The practice standard: \u{201c}Audits are reflective learning, not fault-finding. Avoid language \
that knocks the worker's confidence: instead of \u{2018}The social worker did not engage mother in \
assessment\u{2019} write \u{2018}There was evidence that mother had not been included within the \
assessment process\u{2026}\u{2019}, followed by an impact statement. Prefer open-ended questions that \
invite reflection. Focus on what now needs to happen, not on what was not done.\u{201d}\n\n\
## Example\n\
```markdown\nThe social worker did not engage mother in the assessment.\n```\n\n\
## Reflective rewrite\n\
```markdown\nThere was evidence that mother had not been engaged in the assessment. What \
helped or hindered mother being engaged in the assessment?\n```\n\
The fixes offer the reflective rewrite of the sentence, the rewrite followed by an open \
question for the reflective discussion, and the rewrite followed by what now needs to happen. \
Follow it with the impact on the child.\n",
    check,
};

fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    for (index, sentence) in ctx.doc.sentences.iter().enumerate() {
        if !may_deny(ctx.doc.slice(sentence.range)) {
            continue;
        }
        let Some(view) = tone::view(ctx, index) else {
            continue;
        };
        for deficit in find(view, tone::Previous::of(ctx, index)) {
            out.push(diagnostic(ctx, view, &deficit));
        }
    }
}

/// Words every form [`find`] reads starts from (the negation of [`negation_at`], "neither"
/// and "no"), besides contractions in "n't".
const DENYING_WORDS: &[&str] = &[
    "not",
    "no",
    "never",
    "rarely",
    "seldom",
    "slow",
    "few",
    "cannot",
    "unable",
    "yet",
    "neither",
    "fail",
    "fails",
    "failed",
    "neglected",
    "neglects",
    "omitted",
    "omits",
    "forgot",
    "forgets",
    "failing",
    "failure",
    "failures",
    "lack",
    "absence",
    "neglecting",
    "refused",
    "refuses",
    "refuse",
    "refusing",
    "declined",
    "declines",
    "missed",
    "ignored",
    "overlooked",
    "disregarded",
];

/// Whether `sentence` could phrase a deficit: it holds one of [`DENYING_WORDS`] as a whole
/// word (a token of the view is a whole run of letters and digits) or a contraction in
/// "n't". A cheap test that spares most sentences the building of their view.
///
/// It reads runs of ASCII letters and digits, taking any non-ASCII character as the end
/// of a run: a run it reads is then either a whole token or part of one with a non-ASCII
/// letter ("noté"), which can only make the answer yes more often (no non-ASCII letter
/// lower-cases to a letter of these words alone).
fn may_deny(sentence: &str) -> bool {
    let bytes = sentence.as_bytes();
    let contraction = |at: usize, len: usize| {
        at > 0
            && matches!(bytes[at - 1], b'n' | b'N')
            && matches!(bytes.get(at + len), Some(b't' | b'T'))
    };
    if memchr::memchr_iter(b'\'', bytes).any(|at| contraction(at, 1))
        || memchr::memmem::find_iter(bytes, "\u{2019}".as_bytes()).any(|at| contraction(at, 3))
    {
        return true;
    }
    let mut start = 0;
    for (at, &b) in bytes.iter().enumerate() {
        if b.is_ascii_alphanumeric() {
            continue;
        }
        if is_denying(&bytes[start..at]) {
            return true;
        }
        start = at + 1;
    }
    is_denying(&bytes[start.min(bytes.len())..])
}

/// Whether `run` is one of [`DENYING_WORDS`], in any case.
fn is_denying(run: &[u8]) -> bool {
    (2..=11).contains(&run.len())
        && DENYING_WORDS
            .iter()
            .any(|w| w.as_bytes().eq_ignore_ascii_case(run))
}

/// The token after "slow to" or "too slow to" at `n`, where the verb is.
fn slow_to(view: &View, n: usize) -> Option<usize> {
    let n = if view.word(n) == "too" { n + 1 } else { n };
    (view.word(n) == "slow" && view.word(n + 1) == "to").then_some(n + 2)
}

/// How the verb after a negation is inflected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Form {
    /// "did not visit", "failed to visit", "has yet to visit".
    Base,
    /// "has not visited".
    Participle,
    /// "never visited", "Neither … nor … visited".
    Past,
    /// "is not visiting".
    Gerund,
}

/// A negation group: its tokens, and how the verb after it is inflected.
#[derive(Clone, Copy, Debug)]
struct Negation {
    /// The token after the group (adverbs not included).
    end: usize,
    form: Form,
    /// The word of the negation the rewrite keeps: "not", "never", "rarely" or "seldom".
    negator: &'static str,
    /// An adverb the rewrite puts before "been": "has yet to" → "had not yet been",
    /// "not all managers record" → "had not always been".
    before_been: Option<&'static str>,
    /// An adverb the rewrite puts after "been": "was slow to address" → "had not been
    /// promptly addressed".
    after_been: Option<&'static str>,
}

impl Negation {
    /// A plain "not" before a verb in `form` at `end`, with no adverb to carry.
    fn plain(end: usize, form: Form) -> Negation {
        Negation {
            end,
            form,
            negator: "not",
            before_been: None,
            after_been: None,
        }
    }
}

/// What was not done, ready to be rewritten.
#[derive(Clone, Debug)]
enum Action {
    /// "{object} had not been {participle}".
    Passive {
        object: (usize, usize),
        participle: String,
        negator: &'static str,
        /// Adverbs before "been" ("yet", "always").
        before_been: String,
        /// Adverbs after "been" ("properly").
        after_been: String,
        /// The object is a bare noun that takes "a" ("No referral was made" → "a
        /// referral").
        indefinite: bool,
    },
    /// "There was no evidence of {noun}".
    Nominal { noun: String },
    /// "There was no evidence of {gerund}…".
    Gerund { gerund: String },
    /// Not accounting for practice ("could not evidence that …", "cannot explain why …"):
    /// "There was no evidence that …", "There was no record of why …".
    Accounted { that: bool },
    /// A practitioner's failure named as a noun phrase ("the social worker's failure to
    /// visit …" → "the absence of a visit …"): the phrase that replaces it, what the
    /// question asks after, and what the next step is for.
    Absence {
        phrase: String,
        event: String,
        next: String,
    },
}

/// One deficit-phrased clause.
#[derive(Clone, Debug)]
struct Deficit {
    /// The subject as written (token range).
    subject: (usize, usize),
    /// The first token of the rewrite (the subject, or "Neither", "No", the passive
    /// subject).
    start: usize,
    /// The token after the verb group (for the message).
    verb_end: usize,
    /// The token after the last replaced token.
    replace_end: usize,
    /// The token after the clause (trailing punctuation excluded).
    clause_end: usize,
    /// After "because", "that", "so"…: no "There was evidence that" frame.
    subordinate: bool,
    action: Action,
    /// Coordinated verbs to turn into gerunds ("or send a report" → "or sending a report").
    gerunds: Vec<usize>,
    /// Where a coordinated verb needs the subject back ("and sent no report" → "and the
    /// health visitor sent no report").
    subject_before: Option<usize>,
    /// An aside between the subject and the verb, kept in the rewrite (see
    /// [`aside_subject`]).
    fronted: Option<Fronted>,
}

/// An aside between a practitioner subject and its verb, and how the rewrite keeps it.
#[derive(Clone, Copy, Debug)]
enum Fronted {
    /// A circumstance that opens the rewrite ("Despite two reminders, there was …").
    Aside(usize, usize),
    /// A relative clause that becomes a clause of its own before the rewrite ("The IRO,
    /// who chaired both reviews, did not …" → "The IRO chaired both reviews; there was
    /// …"): the subject and the clause after "who".
    Relative((usize, usize), (usize, usize)),
}

fn find(view: &View, previous: Previous<'_, '_>) -> Vec<Deficit> {
    let mut out: Vec<Deficit> = Vec::new();
    let mut k = 0;
    while k < view.len() {
        if view.in_quotes(k) {
            k += 1;
            continue;
        }
        let found = active(view, previous, k)
            .or_else(|| inverted(view, k))
            .or_else(|| quantified(view, k))
            .or_else(|| neither_nor(view, k))
            .or_else(|| no_attempt(view, k))
            .or_else(|| passive_with_agent(view, k))
            .or_else(|| active_failure(view, previous, k))
            .or_else(|| nominal_failure(view, k))
            .or_else(|| lack_by_agent(view, k))
            .or_else(|| negated_gerund(view, k))
            .or_else(|| made_no_attempt(view, previous, k));
        match found {
            Some(d) if out.last().is_none_or(|last| d.start >= last.clause_end) => {
                k = d.clause_end.max(k + 1);
                out.push(d);
            }
            _ => k += 1,
        }
    }
    out
}

/// The negation group that starts at `k`. "Did not just record Jo's words; she explained
/// them" and "not only … but also" deny nothing: the negation is of "just", not the verb.
fn negation_at(view: &View, k: usize) -> Option<Negation> {
    negation_group_at(view, k)
        .filter(|n| !matches!(view.word(n.end), "just" | "only" | "simply" | "merely"))
}

/// The token after an aside set off by commas that opens at `comma` ("…not, at any point
/// in the last six months, contact…"): up to ten plain words, none a person, a role or a
/// word that opens a clause.
fn aside_between(view: &View, comma: usize) -> Option<usize> {
    if !view.tok(comma)?.is_punct(&[',']) {
        return None;
    }
    let close = (comma + 2..(comma + 12).min(view.len()))
        .find(|&j| view.tokens[j].kind == english::Kind::Punct)
        .filter(|&j| view.tokens[j].is_punct(&[',']))?;
    let plain = (comma + 1..close).all(|j| {
        view.tokens[j].is_word()
            && !view.tokens[j].is_any(english::COORDINATORS)
            && !view.tokens[j].is_any(english::SUBORDINATORS)
            && view.role_at(j).is_none()
            && !view.is_name(j)
    });
    (plain && close + 1 < view.len()).then_some(close + 1)
}

/// [`negation_at`], whatever follows it.
fn negation_group_at(view: &View, k: usize) -> Option<Negation> {
    let w = view.word(k);
    // "has still not", "has also never": adverbs between the auxiliary and the negation;
    // "has, perhaps understandably, still not": an aside there too.
    let mut n = k + 1;
    if AUX_BEFORE_ADVERB.contains(&w) {
        n = tone::aside_after(view, n).unwrap_or(n);
    }
    while matches!(
        view.word(n),
        "still" | "also" | "yet" | "again" | "so" | "certainly"
    ) && matches!(view.word(n + 1), "not" | "never")
        && AUX_BEFORE_ADVERB.contains(&w)
    {
        n += 1;
    }
    let skipped = n - (k + 1);
    let next = view.word(n);
    let neg = |end: usize, form| {
        let end = end + skipped;
        // "did not, at any point in the last six months, contact them", "has not,
        // though, done any direct work": an aside between the negation and its verb.
        let end = aside_between(view, end).unwrap_or(end);
        Some(Negation {
            end,
            form,
            negator: "not",
            before_been: None,
            after_been: None,
        })
    };
    let not = |word: &str| word == "not";
    match w {
        "did" | "does" | "do" if not(next) => neg(k + 2, Form::Base),
        "didn't" | "doesn't" | "don't" => neg(k + 1, Form::Base),
        "has" | "have" | "had" if not(next) => neg(k + 2, Form::Participle),
        "hasn't" | "haven't" | "hadn't" => neg(k + 1, Form::Participle),
        // "has never visited", "have rarely recorded".
        "has" | "have" | "had" if matches!(next, "never" | "rarely" | "seldom") => Some(Negation {
            negator: negator(next),
            ..neg(k + 2, Form::Participle)?
        }),
        "has" | "have" | "had" | "is" | "are" | "was" | "were"
            if next == "yet" && view.word(k + 2) == "to" =>
        {
            Some(Negation {
                before_been: Some("yet"),
                ..neg(k + 3, Form::Base)?
            })
        }
        "is" | "are" | "was" | "were" if not(next) => neg(k + 2, Form::Gerund),
        // "Managers were slow to address drift", "the team has been too slow to respond":
        // a delay in practice, rewritten "had not been promptly addressed".
        "is" | "are" | "was" | "were" if slow_to(view, n).is_some() => Some(Negation {
            after_been: Some("promptly"),
            ..neg(slow_to(view, n)?, Form::Base)?
        }),
        "has" | "have" | "had" if next == "been" && slow_to(view, n + 1).is_some() => {
            Some(Negation {
                after_been: Some("promptly"),
                ..neg(slow_to(view, n + 1)?, Form::Base)?
            })
        }
        "isn't" | "aren't" | "wasn't" | "weren't" => neg(k + 1, Form::Gerund),
        "failed" | "fails" | "fail" | "neglected" | "neglects" | "omitted" | "omits" | "forgot"
        | "forgets" | "refused" | "refuses" | "refuse" | "declined" | "declines"
            if next == "to" =>
        {
            neg(k + 2, Form::Base)
        }
        // "practitioners were failing to complete…".
        "is" | "are" | "was" | "were"
            if matches!(next, "failing" | "neglecting" | "refusing")
                && view.word(n + 1) == "to" =>
        {
            neg(k + 3, Form::Base)
        }
        // "the team has been failing to record visits": the same, in the perfect.
        "has" | "have" | "had"
            if next == "been"
                && matches!(view.word(n + 1), "failing" | "neglecting" | "refusing")
                && view.word(n + 2) == "to" =>
        {
            neg(k + 4, Form::Base)
        }
        // "Leaders could not demonstrate", "the service cannot evidence": an inability to
        // account for practice is itself the deficit (an inability to do something else,
        // "could not gain entry", is an obstacle met, and stays silent).
        "could" | "can" | "cannot" | "couldn't" | "can't"
            if (w.ends_with('t') || not(next))
                && ACCOUNTING_VERBS.contains(&view.word(if w.ends_with('t') {
                    k + 1
                } else {
                    k + 2
                })) =>
        {
            neg(if w.ends_with('t') { k + 1 } else { k + 2 }, Form::Base)
        }
        "was" | "were" | "is" | "are"
            if next == "unable"
                && view.word(k + 2) == "to"
                && ACCOUNTING_VERBS.contains(&view.word(k + 3)) =>
        {
            neg(k + 3, Form::Base)
        }
        // "The SW was unable to see Callum alone on any visit": a task not done, with no
        // cause given that lies outside the practice ("because the family refused").
        "was" | "were" | "has" | "have" | "had"
            if (next == "unable" && view.word(k + 2) == "to"
                || next == "been" && view.word(k + 2) == "unable" && view.word(k + 3) == "to")
                && {
                    let verb = if next == "unable" { k + 3 } else { k + 4 };
                    UNABLE_VERBS.contains(&view.word(verb))
                        && !(verb..view.len()).any(|i| {
                            view.tokens[i]
                                .is_any(&["because", "as", "since", "due", "owing", "despite"])
                        })
                } =>
        {
            neg(if next == "unable" { k + 3 } else { k + 4 }, Form::Base)
        }
        // "Social workers never use chronologies", "managers rarely record the rationale": a
        // present base after "never", "rarely" or "seldom".
        "never" | "rarely" | "seldom"
            if verbs::is_known_base(next)
                && !verbs::is_past_form(next)
                && k > 0
                && !view.tokens[k - 1].is_any(english::AUXILIARIES)
                // "never sign off assessments without first checking …": always checks.
                && !(k + 2..(k + 10).min(view.len())).any(|i| view.word(i) == "without") =>
        {
            Some(Negation {
                negator: negator(w),
                ..neg(k + 1, Form::Base)?
            })
        }
        "never" | "rarely" | "seldom" => Some(Negation {
            negator: negator(w),
            ..neg(k + 1, Form::Past)?
        }),
        // "made no contact with father", "took no action": the verb itself, its object
        // negated.
        _ if next == "no"
            && skipped == 0
            && NO_OBJECT_VERBS.contains(&w)
            && !NO_OBJECT_IDIOMS.contains(&view.word(k + 2)) =>
        {
            neg(k, Form::Past)
        }
        _ => None,
    }
}

/// Verbs of accounting for practice, whose "could not" is a deficit: "could not evidence
/// that children were seen alone".
const ACCOUNTING_VERBS: &[&str] = &[
    "evidence",
    "demonstrate",
    "show",
    "explain",
    "articulate",
    "account",
    "justify",
];

/// The negating word `word` is, as the rewrite keeps it.
fn negator(word: &str) -> &'static str {
    match word {
        "never" => "never",
        "rarely" => "rarely",
        "seldom" => "seldom",
        _ => "not",
    }
}

/// Objects that make "made no …" praise or an idiom: "made no assumptions", "took no
/// chances", "made no secret of".
const NO_OBJECT_IDIOMS: &[&str] = &[
    "secret",
    "secrets",
    "mistake",
    "mistakes",
    "chance",
    "chances",
    "assumption",
    "assumptions",
    "judgement",
    "judgements",
    "judgment",
    "judgments",
    "excuse",
    "excuses",
    "promise",
    "promises",
    "delay",
    "difference",
];

/// Singular nouns that take "a" or "an" once "no" or "any" is taken away ("made no
/// attempt" → "an attempt being made").
const COUNTABLE_OBJECTS: &[&str] = &[
    "attempt",
    "effort",
    "referral",
    "visit",
    "assessment",
    "plan",
    "record",
    "report",
    "decision",
    "rationale",
    "request",
    "response",
    "note",
    "meeting",
    "review",
    "check",
    "explanation",
    "enquiry",
    "chronology",
    "genogram",
    "letter",
    "copy",
    "offer",
    "appointment",
];

/// Practice verbs whose object can carry the negation: "the SW made no contact", "the TM
/// took no action", "the worker did no direct work".
const NO_OBJECT_VERBS: &[&str] = &[
    "made",
    "sent",
    "completed",
    "held",
    "offered",
    "recorded",
    "undertook",
    "arranged",
    "gave",
    "provided",
    "took",
    "convened",
    "shared",
    "requested",
    "sought",
    "kept",
    "wrote",
    "produced",
    "submitted",
    "attended",
];

/// Auxiliaries that can take an adverb before "not": "has still not", "did also not".
const AUX_BEFORE_ADVERB: &[&str] = &[
    "has", "have", "had", "did", "does", "do", "is", "are", "was", "were",
];

/// "The SW did not visit Jo", "she hasn't completed", "the team failed to include".
fn active(view: &View, previous: Previous<'_, '_>, k: usize) -> Option<Deficit> {
    let negation = negation_at(view, k)?;
    // Between the subject and the negation: adverbs, commas, "has" before "failed to".
    let mut j = k;
    while j > 0 {
        let t = &view.tokens[j - 1];
        let skippable = (english::is_adverb(&t.lower) && !t.is_any(&["so", "then", "however"]))
            || t.is_any(&["also", "still", "then", "however", "subsequently", "again"])
            || t.is_punct(&[','])
            || (t.is_any(&["has", "have", "had"])
                && view.word(k).starts_with(['f', 'n', 'o'])
                && !matches!(view.word(k), "never" | "rarely" | "seldom"));
        if !skippable {
            break;
        }
        j -= 1;
    }
    // "The local authority as a whole has failed…", "leaders overall have not…".
    if j >= 3 && view.word(j - 3) == "as" && view.word(j - 2) == "a" && view.word(j - 1) == "whole"
    {
        j -= 3;
    } else if j >= 1 && view.word(j - 1) == "overall" {
        j -= 1;
    }
    while j < k && view.tokens[j].is_punct(&[',']) {
        j += 1;
    }
    let found = subject_ending_at(view, previous, j)
        .or_else(|| subject_before_phrase(view, previous, j))
        .or_else(|| elided_subject(view, previous, j))
        .or_else(|| named_author_of_record(view, j, negation.end));
    let (found, fronted) = match found {
        Some(found) => (Some(found), None),
        None => match aside_subject(view, previous, j) {
            Some((found, fronted)) => (Some(found), fronted),
            None => (None, None),
        },
    };
    let (subject, start) = found?;
    if reflective_frame(view, start) || tone::reported_by_family(view, start, previous) {
        return None;
    }
    // "If the social worker had not visited that evening, …": a counterfactual tells
    // what was done.
    if start > 0
        && view.word(start - 1) == "if"
        && (start..negation.end).any(|i| matches!(view.word(i), "had" | "hadn't" | "hadn’t"))
    {
        return None;
    }
    // After "that" or a reporting verb ("notes show the ATM …") the rewrite is a clause.
    let subordinate = start > 0
        && (view.tokens[start - 1].is_any(english::SUBORDINATORS)
            || view.tokens[start - 1].is_any(REPORTING_VERBS)
            || view.tokens[start - 1].is_any(QUESTION_WORDS));
    // "The social worker appropriately did not disclose the carers' address": an omission
    // the writer approves of is no deficit.
    if (j..k).any(|i| view.tokens[i].is_any(APPROVING_ADVERBS)) {
        return None;
    }
    let mut deficit = verb_phrase(view, negation, subject, start, subordinate)?;
    deficit.fronted = fronted;
    Some(deficit)
}

/// A practitioner's failure as a noun phrase at `k` ("The social worker's failure to visit
/// during the holidays means …", "the IRO's failure to challenge the drift"): the
/// practitioner is the subject of what was not done, said as a noun. The rewrite names
/// the absence instead ("The absence of a visit during the holidays means …", "the drift
/// not being challenged").
fn nominal_failure(view: &View, k: usize) -> Option<Deficit> {
    if !view.tokens[k].is_any(&["failure", "failures"]) {
        return None;
    }
    if view
        .tokens
        .get(k + 1)
        .is_some_and(|t| t.is_any(&["of", "by"]))
    {
        return failure_of_role(view, k);
    }
    if view.word(k + 1) != "to" || k == 0 {
        return None;
    }
    let owner = k - 1;
    if !view.tokens[owner].is_possessive() {
        return None;
    }
    // The role matcher stops before the "'s" ("the social worker's": "social worker").
    let (role_start, _) = view
        .role_at(owner)
        .or_else(|| view.role_ending_at(owner))
        .or_else(|| {
            // "the SW's": an abbreviation with its case.
            let t = &view.tokens[owner];
            let written = view.text.get(t.start..t.end)?;
            let bare = written.trim_end_str("'s").trim_end_str("\u{2019}s");
            crate::lexicon::roles::role_abbreviations()
                .contains(&bare)
                .then_some((owner, owner + 1))
        })?;
    if !practitioner(view, role_start, k) {
        return None;
    }
    let mut start = role_start;
    while start > 0 && is_role_modifier(view, start - 1) && !view.tokens[start - 1].is_possessive()
    {
        start -= 1;
    }
    let verb = k + 2;
    if !view.tok(verb)?.is_word() {
        return None;
    }
    absence(view, (start, owner + 1), start, verb)
}

/// "The failure of the family-finding team to share the report", "the failure by the SW
/// to visit": the practitioner named after the failure (`k`, then "of" or "by").
fn failure_of_role(view: &View, k: usize) -> Option<Deficit> {
    let (mut role_start, role_end) = practitioner_from(view, k + 2)?;
    // "by the social worker": the subject with its article.
    if role_start == k + 3 && view.tokens[k + 2].is_any(&["the", "this", "that"]) {
        role_start = k + 2;
    }
    if view.word(role_end) != "to" {
        return None;
    }
    let verb = role_end + 1;
    if !view.tok(verb)?.is_word() {
        return None;
    }
    let start = if k > 0 && view.tokens[k - 1].is_any(&["the", "a"]) {
        k - 1
    } else {
        k
    };
    absence(view, (role_start, role_end), start, verb)
}

/// "a lack of visits by the worker", "the absence of challenge from the IRO": a
/// practitioner named as the agent of what was missing. Rewritten without the agent ("a
/// lack of visits"): the gap, said of the file.
fn lack_by_agent(view: &View, k: usize) -> Option<Deficit> {
    if !view.tokens[k].is_any(&["lack", "absence"]) || view.word(k + 1) != "of" {
        return None;
    }
    // The missing thing: one to three words, none a verb ("of regular home visits").
    let noun_start = k + 2;
    let agent_at = (noun_start + 1..(noun_start + 4).min(view.len()))
        .find(|&j| view.tokens[j].is_any(&["by", "from"]))?;
    if (noun_start..agent_at)
        .any(|j| !view.tokens[j].is_word() || view.is_verbish(j) || view.role_at(j).is_some())
    {
        return None;
    }
    let (role_start, role_end) = practitioner_from(view, agent_at + 1)?;
    let noun = common_noun_lowercased(english::decapitalise(view.span_text(noun_start, agent_at)));
    let phrase = format!("{} of {noun}", view.word(k));
    let action = Action::Absence {
        phrase,
        event: format!("{noun} taking place"),
        next: format!("{noun} to take place"),
    };
    let clause_end = noun_phrase_end(view, role_end).max(role_end);
    Some(agent_deficit(
        view,
        k,
        (role_start, role_end),
        clause_end,
        action,
    ))
}

/// A deficit told from `start` with the practitioner `role` named last, as its agent
/// ("No referral was made by the DSL", "a lack of visits by the worker"): the rewrite
/// replaces everything up to the end of the role.
fn agent_deficit(
    view: &View,
    start: usize,
    role: (usize, usize),
    clause_end: usize,
    action: Action,
) -> Deficit {
    let subordinate = start > 0 && view.tokens[start - 1].is_any(english::SUBORDINATORS);
    Deficit {
        subject: role,
        start,
        verb_end: role.1,
        replace_end: role.1,
        clause_end,
        subordinate,
        action,
        gerunds: Vec::new(),
        subject_before: None,
        fronted: None,
    }
}

/// "SW has made no attempt to find out …", "the team made no effort to contact father":
/// the practitioner made no attempt, from "made" at `k`. Rewritten "there was no evidence
/// of an attempt to find out …".
fn made_no_attempt(view: &View, previous: Previous<'_, '_>, k: usize) -> Option<Deficit> {
    if !view.tokens[k].is_any(&["made", "make", "makes"])
        || view.word(k + 1) != "no"
        || !matches!(
            view.word(k + 2),
            "attempt" | "attempts" | "effort" | "efforts"
        )
        || view.word(k + 3) != "to"
    {
        return None;
    }
    let mut j = k;
    while j > 0
        && (view.tokens[j - 1].is_any(&["has", "have", "had", "did", "also", "still", "yet"])
            || english::is_adverb(view.word(j - 1)))
    {
        j -= 1;
    }
    let (subject, start) = subject_ending_at(view, previous, j)?;
    if reflective_frame(view, start) || tone::reported_by_family(view, start, previous) {
        return None;
    }
    let subordinate = start > 0
        && (view.tokens[start - 1].is_any(english::SUBORDINATORS)
            || view.tokens[start - 1].is_any(REPORTING_VERBS));
    let noun = if view.word(k + 2).starts_with("effort") {
        "an effort"
    } else {
        "an attempt"
    };
    let phrase = if subordinate {
        format!("no {} had been made", noun.trim_start_matches("an "))
    } else {
        format!("there was no evidence of {noun}")
    };
    let clause_end = clause_end(view, k + 4);
    Some(Deficit {
        subject,
        start,
        verb_end: k + 3,
        replace_end: k + 3,
        clause_end,
        subordinate,
        action: Action::Absence {
            phrase,
            event: noun.to_owned(),
            next: format!("{noun} to be made"),
        },
        gerunds: Vec::new(),
        subject_before: None,
        fronted: None,
    })
}

/// A practitioner as the subject of a negated gerund at `k` ("the impact of the social
/// worker not seeing her alone is …", "The SW not visiting has meant …"): rewritten as
/// the absence ("the impact of Zainab not being seen alone is …").
fn negated_gerund(view: &View, k: usize) -> Option<Deficit> {
    if view.word(k) != "not" || k == 0 {
        return None;
    }
    let verb = k + 1;
    let gerund = view.word(verb);
    if !gerund.ends_with("ing") || gerund.len() <= 4 || gerund == "being" || gerund == "having" {
        return None;
    }
    let (role_start, _) = view.role_ending_at(k)?;
    if !practitioner(view, role_start, k) {
        return None;
    }
    let mut start = role_start;
    while start > 0 && is_role_modifier(view, start - 1) {
        start -= 1;
    }
    // The subject of a gerund: after a preposition or at the start of a clause.
    if start > 0
        && !view.tokens[start - 1].is_any(english::PREPOSITIONS)
        && !opens_clause(view, start - 1)
    {
        return None;
    }
    absence(view, (start, k), start, verb)
}

/// The deficit of a practitioner's omission said as a noun phrase from `start`, its verb
/// at `verb` (a base form or a gerund), rewritten as the absence of what was not done.
fn absence(view: &View, subject: (usize, usize), start: usize, verb: usize) -> Option<Deficit> {
    let token = view.tok(verb)?;
    let lemma = if token.lower.ends_with("ing") && !verbs::is_ing_base(&token.lower) {
        lemma_of(&token.lower, Form::Gerund)
    } else {
        token.lower.to_string()
    };
    if !verbs::is_known_base(&lemma)
        || is_praise(view, &lemma, verb)
        || NON_PRACTICE_VERBS.contains(&lemma.as_str())
    {
        return None;
    }
    let limit = noun_phrase_end(view, verb + 1);
    let participle = verbs::past_participle(&lemma);
    let object = parse_object(view, verb + 1, limit, &lemma);
    let (phrase, event, next, replace_end) = match object {
        Some((os, oe)) => {
            let object = common_noun_lowercased(english::decapitalise(view.span_text(os, oe)));
            (
                format!("{object} not being {participle}"),
                format!("{object} being {participle}"),
                format!("{object} to be {participle}"),
                oe,
            )
        }
        None => {
            let noun = NOMINALS
                .iter()
                .find(|(v, _)| *v == lemma)
                .map_or_else(|| verbs::gerund(&lemma), |(_, n)| (*n).to_owned());
            (
                format!("the absence of {noun}"),
                format!("{noun} taking place"),
                format!("{noun} to take place"),
                verb + 1,
            )
        }
    };
    let subordinate = start > 0 && view.tokens[start - 1].is_any(english::SUBORDINATORS);
    Some(Deficit {
        subject,
        start,
        verb_end: verb + 1,
        replace_end,
        clause_end: limit.max(replace_end),
        subordinate,
        action: Action::Absence {
            phrase,
            event,
            next,
        },
        gerunds: Vec::new(),
        subject_before: None,
        fronted: None,
    })
}

/// Where a noun phrase that is a clause's subject ends, from `from` on: where its
/// clause's verb starts ("… means", "… has left") or at punctuation.
fn noun_phrase_end(view: &View, from: usize) -> usize {
    (from..view.len())
        .find(|&i| {
            view.is_verbish(i)
                || view.tokens[i].is_punct(&[',', ';', ':', '.'])
                || view.tokens[i].is_any(&[
                    "means",
                    "meant",
                    "led",
                    "leads",
                    "left",
                    "leaves",
                    "caused",
                    "causes",
                    "resulted",
                    "results",
                    "contributed",
                    "contributes",
                    "delayed",
                    "delays",
                ])
        })
        .unwrap_or(view.len())
}

/// Adverbs that approve of what was not done ("rightly did not share …").
const APPROVING_ADVERBS: &[&str] = &[
    "appropriately",
    "rightly",
    "correctly",
    "properly",
    "wisely",
    "sensibly",
    "justifiably",
    "legitimately",
];

/// Words that open an aside set off by commas between a practitioner subject and its
/// verb, one that says when, why or how and can open the rewrite instead ("The social
/// worker, despite two reminders from the IRO, did not …" → "Despite two reminders from
/// the IRO, there was no evidence …").
const ASIDE_OPENERS: &[&str] = &[
    "despite",
    "in",
    "under",
    "after",
    "following",
    "given",
    "for",
    "with",
    "without",
    "at",
    "during",
    "through",
    "on",
    "perhaps",
    "possibly",
    "probably",
    "arguably",
    "understandably",
    "again",
    "once",
    "though",
    "although",
    "even",
    "because",
    "until",
    "due",
    "owing",
    "amid",
    "amidst",
];

/// The practitioner subject of a negation at `j` when an aside of up to a dozen words
/// stands between them, set off by commas: a circumstance ("The social worker, perhaps
/// under pressure from the court timetable, did not …"), a relative clause ("The IRO, who
/// had chaired both reviews, did not …"), or the role after a name ("Ms Kaur, the
/// allocated social worker, did not …"). Returns the subject and the clause start, and the
/// aside to open the rewrite with when it is a circumstance.
#[allow(clippy::type_complexity)]
fn aside_subject(
    view: &View,
    previous: Previous<'_, '_>,
    j: usize,
) -> Option<(((usize, usize), usize), Option<Fronted>)> {
    let close = j.checked_sub(1)?;
    if !view.tokens.get(close)?.is_punct(&[',']) {
        return None;
    }
    let open = (close.saturating_sub(14)..close.saturating_sub(1))
        .rev()
        .find(|&o| !view.tokens[o].is_word())?;
    if !view.tokens[open].is_punct(&[',']) || open == 0 {
        return None;
    }
    let first = open + 1;
    if view.tokens[first].is_any(english::COORDINATORS) {
        return None;
    }
    if view.tokens[first].is_any(&["who"]) && first + 1 < close {
        let (subject, start) = subject_ending_at(view, previous, open)?;
        let fronted = Fronted::Relative(subject, (first + 1, close));
        return Some(((subject, start), Some(fronted)));
    }
    if view.tokens[first].is_any(ASIDE_OPENERS) {
        let ((m, _), start) = subject_ending_at(view, previous, open)?;
        return Some((((m, open), start), Some(Fronted::Aside(first, close))));
    }
    // "The school nurse, Mrs Patel, didn't …": the role, then its name.
    let titled = view.tokens[first].is_any(&["mr", "mrs", "ms", "miss", "mx", "dr"]);
    let name_start = first + usize::from(titled);
    if name_start < close && (name_start..close).all(|i| view.is_name(i)) {
        if let Some((subject, start)) = subject_ending_at(view, previous, open) {
            return Some(((subject, start), None));
        }
    }
    // "Ms Kaur, the allocated social worker, …": a name, then its role.
    let (role_start, _) = view.role_ending_at(close)?;
    let apposed = view.tokens[first].is_any(english::DETERMINERS)
        && (first + 1..role_start).all(|i| is_role_modifier(view, i))
        && practitioner(view, role_start, close);
    if !apposed {
        return None;
    }
    let mut m = open;
    // A name, or initials as case notes write a worker ("RK, the allocated social worker").
    let named = |i: usize| {
        view.is_name(i)
            || (view.tokens[i].is_acronym(view.text)
                && (2..=3).contains(&view.tokens[i].lower.len())
                && view.role_at(i).is_none())
    };
    while m > 0 && open - m < 3 && named(m - 1) {
        m -= 1;
    }
    if m > 0 && view.tokens[m - 1].is_any(&["mr", "mrs", "ms", "miss", "mx", "dr"]) {
        m -= 1;
    }
    (m < open && (m == 0 || opens_clause(view, m - 1))).then_some((((m, close), m), None))
}

/// A person named with a title whose negated verb authors a case record ("Ms Adeyemi
/// hasn't updated the chronology", "Mr Shah did not record the visit in the case notes"):
/// only practitioners write those, so the name is one. The verb is at `verb`, the title
/// and surname end just before `end`.
fn named_author_of_record(view: &View, end: usize, verb: usize) -> Option<((usize, usize), usize)> {
    let m = end.checked_sub(2)?;
    let titled = view.tokens[m].is_any(&["mr", "mrs", "ms", "miss", "mx", "dr"])
        && view.tokens[m].is_capitalised(view.text)
        && view.is_name(m + 1);
    if !titled || (m > 0 && !opens_clause(view, m - 1)) {
        return None;
    }
    let authors = matches!(
        view.word(verb),
        "update"
            | "updated"
            | "record"
            | "recorded"
            | "write"
            | "written"
            | "wrote"
            | "upload"
            | "uploaded"
            | "complete"
            | "completed"
            | "finish"
            | "finished"
            | "file"
            | "filed"
            | "add"
            | "added"
            | "enter"
            | "entered"
            | "start"
            | "started"
            | "review"
            | "reviewed"
    );
    let record = (verb + 1..(verb + 7).min(view.len())).any(|i| {
        view.tokens[i].is_any(&[
            "chronology",
            "chronologies",
            "genogram",
            "ecomap",
            "eco-map",
            "casenotes",
        ]) || (view.word(i) == "case"
            && matches!(
                view.word(i + 1),
                "notes" | "note" | "record" | "records" | "file"
            ))
            || (view.word(i) == "visit" && view.word(i + 1) == "records")
    });
    (authors && record).then_some(((m, end), m))
}

/// The subject that ends just before token `end`: a practitioner (with its determiner,
/// modifiers and coordinated practitioners), or a pronoun that refers to one. Returns the
/// subject and the token where the clause starts.
fn subject_ending_at(
    view: &View,
    previous: Previous<'_, '_>,
    end: usize,
) -> Option<((usize, usize), usize)> {
    if end == 0 {
        return None;
    }
    if let Some((role_start, _)) = view.role_ending_at(end) {
        if !practitioner(view, role_start, end) {
            return None;
        }
        let mut m = role_start;
        loop {
            // Not a month: "In October the SW…" is a time, then the subject.
            while m > 0 && is_role_modifier(view, m - 1) && !english::is_date_word(view.word(m - 1))
            {
                m -= 1;
            }
            // "The Assessment and Intervention Team": a team's name holds an "and".
            let capitalised = |i: usize| {
                view.tokens[i].is_word()
                    && view.tokens[i].is_capitalised(view.text)
                    && !view.tokens[i].is_any(english::FUNCTION_WORDS)
            };
            if m >= 2 && view.tokens[m - 1].is("and") && capitalised(m - 2) && capitalised(m) {
                m -= 2;
                continue;
            }
            // "The missing children team", "the leaving care service": one or two nouns
            // naming what a team does, between its determiner and the role.
            if let Some(start) = determined_noun_compound(view, m) {
                m = start;
                continue;
            }
            // "The SW and the ATM", "the TM or ATM".
            if m >= 2
                && view.tokens[m - 1].is_any(&["and", "or", "nor"])
                && view.role_ending_at(m - 1).is_some()
            {
                m = view.role_ending_at(m - 1).map_or(m, |(s, _)| s);
                continue;
            }
            break;
        }
        m = quantifier_before(view, m);
        if m > 0 && !opens_clause(view, m - 1) && !after_fronted_phrase(view, m) {
            return None;
        }
        return Some(((m, end), m));
    }
    // A person named with their role in brackets: "Ms Begum (SW) omitted to invite…".
    if end >= 4 && view.tokens[end - 1].is_punct(&[')']) {
        let open = (end.saturating_sub(5)..end - 1)
            .rev()
            .find(|&p| view.tokens[p].is_punct(&['(']));
        if let Some(open) = open {
            let role = (open + 1..end - 1).find_map(|p| view.role_at(p));
            if role.is_some_and(|(rs, re)| {
                (open + 1..rs).all(|i| is_role_modifier(view, i) || view.is_verbish(i))
                    && re == end - 1
                    && practitioner(view, rs, re)
            }) {
                let mut m = open;
                while m > 0
                    && open - m < 3
                    && view.tokens[m - 1].is_word()
                    && view.tokens[m - 1].is_capitalised(view.text)
                {
                    m -= 1;
                }
                if m < open && (m == 0 || opens_clause(view, m - 1)) {
                    return Some(((m, end), m));
                }
            }
        }
    }
    // A role with the worker's name or initials in brackets: "The SW (JM) hasn't updated
    // the assessment".
    if end >= 4 && view.tokens[end - 1].is_punct(&[')']) {
        let open = (end.saturating_sub(6)..end - 1)
            .rev()
            .find(|&p| view.tokens[p].is_punct(&['(']));
        if let Some(open) = open {
            let named = open + 1 < end - 1
                && (open + 1..end - 1).all(|i| {
                    (view.tokens[i].is_word() && view.tokens[i].is_capitalised(view.text))
                        || view.tokens[i].is_punct(&['.'])
                });
            if named && view.role_ending_at(open).is_some() {
                if let Some(found) = subject_ending_at(view, previous, open) {
                    return Some(((found.0 .0, end), found.1));
                }
            }
        }
    }
    // A role with the worker's name set off by commas: "the team manager, Mr Daniel
    // Achterberg, did not record a rationale".
    if end >= 4 && view.tokens[end - 1].is_punct(&[',']) {
        let open = (end.saturating_sub(6)..end - 1)
            .rev()
            .find(|&p| view.tokens[p].is_punct(&[',', ';', ':', '(', ')']))
            .filter(|&p| view.tokens[p].is_punct(&[',']));
        if let Some(open) = open {
            let named = open + 1 < end - 1
                && (open + 1..end - 1).all(|i| {
                    view.tokens[i].is_word()
                        && (view.tokens[i].is_capitalised(view.text)
                            || view.tokens[i].is_any(crate::lexicon::smart::TITLES))
                });
            if named && view.role_ending_at(open).is_some() {
                if let Some(found) = subject_ending_at(view, previous, open) {
                    return Some(((found.0 .0, end), found.1));
                }
            }
        }
    }
    // A worker by initials alone: "KM did not share the final assessment", "AT neglected
    // to write up her home visit"; by title and name on casework, or named after their
    // role ("As IRO, Ms Okafor did not raise …").
    if let Some(m) = initials_subject(view, end)
        .or_else(|| titled_subject(view, end))
        .or_else(|| named_after_role(view, end))
    {
        return Some(((m, end), m));
    }
    // A name the sentence before introduced as a practitioner: "Harpreet is the allocated
    // worker for Nathan. Harpreet failed to convene …".
    if let Some((m, _)) = name_before(view, end) {
        if (m == 0 || opens_clause(view, m - 1)) && known_as_practitioner(view, previous, end) {
            return Some(((m, end), m));
        }
    }
    // Agencies named bare and capitalised: "Health did not attend", "Early Help have not".
    for agency in AGENCY_SUBJECTS {
        let words: Vec<&str> = agency.split(' ').collect();
        let Some(m) = end.checked_sub(words.len()) else {
            continue;
        };
        let matches = words
            .iter()
            .enumerate()
            .all(|(n, w)| view.word(m + n) == *w)
            && view.tokens[m].is_capitalised(view.text)
            && (m == 0 || (opens_clause(view, m - 1) && !view.tokens[m - 1].is_possessive()));
        if matches {
            return Some(((m, end), m));
        }
    }
    // "Professionals did not share …", "partner agencies have not …".
    let last = &view.tokens[end - 1];
    if last.is_any(COLLECTIVE_PRACTITIONERS) {
        let mut m = end - 1;
        while m > 0 && is_role_modifier(view, m - 1) {
            m -= 1;
        }
        if m == 0 || opens_clause(view, m - 1) || after_fronted_phrase(view, m) {
            return Some(((m, end), m));
        }
        return None;
    }
    let pronoun = end - 1;
    if view.tokens[pronoun].is_any(&["she", "he", "they"])
        && (pronoun == 0 || opens_clause(view, pronoun - 1))
        && tone::antecedent(view, pronoun, previous) == tone::Target::Role
        && !family_mentioned_before(view, pronoun)
    {
        return Some(((pronoun, end), pronoun));
    }
    None
}

/// Where a subject of initials alone ("KM", "AT") starts, ending just before `end`, when
/// what follows is a practitioner's task: a verb of casework ([`CASEWORK_VERBS`]) on a
/// piece of casework ([`CASEWORK_NOUNS`]) within a few words. Initials may as well be a
/// child's or a parent's ("JB did not attend the review"), so nothing else counts.
fn initials_subject(view: &View, end: usize) -> Option<usize> {
    let m = end.checked_sub(1)?;
    let token = view.tokens.get(m)?;
    let written = view.text.get(token.start..token.end)?;
    let initials = (2..=3).contains(&written.len())
        && written.bytes().all(|b| b.is_ascii_uppercase())
        && view.role_at(m).is_none()
        && !crate::lexicon::roles::role_abbreviations().contains(&written)
        && !NOT_INITIALS.contains(&written);
    if !initials || (m > 0 && !opens_clause(view, m - 1)) {
        return None;
    }
    let verb = (end..(end + 5).min(view.len())).find(|&i| {
        let lemma = lemma_of(view.word(i), Form::Past);
        CASEWORK_VERBS.contains(&view.word(i)) || CASEWORK_VERBS.contains(&lemma.as_str())
    })?;
    (verb + 1..(verb + 9).min(view.len()))
        .any(|i| CASEWORK_NOUNS.contains(&view.word(i)))
        .then_some(m)
}

/// Whether the name ending just before `end` was introduced as a practitioner in the
/// sentence before ([`View::introduced_as_role`]).
fn known_as_practitioner(view: &View, previous: Previous<'_, '_>, end: usize) -> bool {
    let Some(before) = previous.get() else {
        return false;
    };
    let name = view.word(end - 1);
    (0..before.len())
        .any(|p| before.word(p) == name && before.is_name(p) && before.introduced_as_role(p))
}

/// Titles that open a person's name ("Ms Okafor").
const TITLES: &[&str] = &["ms", "mr", "mrs", "miss", "mx", "dr"];

/// Where a name ending just before `end` starts: one or two capitalised words, after a
/// title when there is one ("Ms Okafor", "Dr Jane Lee", "Gemma"); with whether it has a
/// title.
fn name_before(view: &View, end: usize) -> Option<(usize, bool)> {
    let capitalised = |i: usize| {
        view.tokens[i].is_word()
            && view.tokens[i].is_capitalised(view.text)
            && !view.tokens[i].is_any(english::FUNCTION_WORDS)
            && view.role_at(i).is_none()
    };
    let mut m = end;
    while m > 0 && end - m < 2 && capitalised(m - 1) && !view.tokens[m - 1].is_any(TITLES) {
        m -= 1;
    }
    if m == end {
        return None;
    }
    if m > 0 && view.tokens[m - 1].is_any(TITLES) {
        return Some((m - 1, true));
    }
    Some((m, false))
}

/// Where a subject of title and name ("Ms Okafor") starts, ending just before `end`, when
/// what follows is a practitioner's task (as for [`initials_subject`]). A parent is named
/// so too ("Ms Hart did not complete the parenting assessment"), so completing counts for
/// neither.
fn titled_subject(view: &View, end: usize) -> Option<usize> {
    let (m, titled) = name_before(view, end)?;
    if !titled || (m > 0 && !opens_clause(view, m - 1)) {
        return None;
    }
    let verb = (end..(end + 5).min(view.len())).find(|&i| {
        let lemma = lemma_of(view.word(i), Form::Past);
        let lemma = if CASEWORK_VERBS.contains(&view.word(i)) {
            view.word(i).to_owned()
        } else {
            lemma
        };
        CASEWORK_VERBS.contains(&lemma.as_str()) && lemma != "complete"
    })?;
    (verb + 1..(verb + 9).min(view.len()))
        .any(|i| CASEWORK_NOUNS.contains(&view.word(i)))
        .then_some(m)
}

/// Where a person's name starts that follows their role, fronted ("As IRO, Ms Okafor did
/// not raise …", "As the allocated worker, Gemma did not …"), ending just before `end`.
fn named_after_role(view: &View, end: usize) -> Option<usize> {
    let (m, _) = name_before(view, end)?;
    let comma = m.checked_sub(1)?;
    if !view.tokens[comma].is_punct(&[',']) {
        return None;
    }
    let (role_start, _) = view.role_ending_at(comma)?;
    if !practitioner(view, role_start, comma) {
        return None;
    }
    let mut a = role_start;
    while a > 0
        && (is_role_modifier(view, a - 1) || view.tokens[a - 1].is_any(english::DETERMINERS))
    {
        a -= 1;
    }
    let as_at = a.checked_sub(1)?;
    (view.tokens[as_at].is("as") && (as_at == 0 || opens_clause(view, as_at - 1))).then_some(m)
}

/// A worker named by initials or by title and name as the agent from token `at` ("…were
/// not convened by Ms Adeyemi", "…wasn't started by JB"), when what was not done is a
/// piece of casework (`object`, the passive's subject): the name's token range.
fn named_agent(view: &View, at: usize, object: (usize, usize)) -> Option<(usize, usize)> {
    let token = view.tokens.get(at)?;
    let written = view.text.get(token.start..token.end)?;
    let end = if (2..=3).contains(&written.len())
        && written.bytes().all(|b| b.is_ascii_uppercase())
        && !NOT_INITIALS.contains(&written)
    {
        at + 1
    } else if token.is_any(TITLES)
        && view
            .tokens
            .get(at + 1)
            .is_some_and(|t| t.is_word() && t.is_capitalised(view.text))
    {
        at + 2
    } else {
        return None;
    };
    let casework = (object.0..object.1).any(|i| {
        CASEWORK_NOUNS.contains(&view.word(i))
            || matches!(
                view.word(i),
                "work" | "meetings" | "meeting" | "sessions" | "letter"
            )
    });
    casework.then_some((at, end))
}

/// Tasks of practice that "was unable to" says were not done ("was unable to see Callum
/// alone"), for a practitioner subject.
const UNABLE_VERBS: &[&str] = &[
    "see", "visit", "complete", "contact", "meet", "arrange", "convene", "hold", "share", "locate",
    "find", "record", "update", "obtain", "gather", "speak", "engage", "allocate",
];

/// Capitals that name a plan, a process or a place, not a person.
const NOT_INITIALS: &[&str] = &[
    "CP", "CIN", "LAC", "CLA", "DA", "CSE", "CCE", "ICPC", "RCPC", "EHCP", "PEP", "EH", "SGO",
    "ICO", "EPO", "PLO", "RHI", "NFA", "MFH", "UK", "NHS", "TAF", "CAF", "FGM", "PWP",
];

/// Verbs of a practitioner's casework, for a subject of initials (see [`initials_subject`]).
const CASEWORK_VERBS: &[&str] = &[
    "write",
    "record",
    "share",
    "complete",
    "update",
    "upload",
    "send",
    "convene",
    "chair",
    "refer",
    "escalate",
    "allocate",
    "circulate",
    "draft",
    "file",
    "notify",
    "invite",
];

/// Pieces of casework, for a subject of initials (see [`initials_subject`]).
const CASEWORK_NOUNS: &[&str] = &[
    "assessment",
    "assessments",
    "plan",
    "plans",
    "report",
    "reports",
    "minutes",
    "referral",
    "referrals",
    "chronology",
    "notes",
    "visit",
    "visits",
    "strategy",
    "conference",
    "review",
    "core",
    "recording",
    "genogram",
    "case",
    "supervision",
    "agreement",
    "enquiry",
    "enquiries",
];

/// Where a quantifier over practitioners starts, ending just before `m` ("A small number
/// of team managers", "Some of the social workers", "Too many of the IROs"); `m` itself
/// where there is none.
fn quantifier_before(view: &View, m: usize) -> usize {
    const QUANTIFIERS: &[&[&str]] = &[
        &["a", "small", "number"],
        &["a", "large", "number"],
        &["a", "significant", "number"],
        &["a", "number"],
        &["a", "minority"],
        &["a", "majority"],
        &["the", "majority"],
        &["a", "few"],
        &["a", "handful"],
        &["too", "many"],
        &["some"],
        &["many"],
        &["most"],
        &["several"],
        &["few"],
        &["half"],
        &["one"],
    ];
    if m < 2 || view.word(m - 1) != "of" {
        return m;
    }
    let of = m - 1;
    QUANTIFIERS
        .iter()
        .find(|q| {
            of >= q.len()
                && q.iter()
                    .enumerate()
                    .all(|(n, w)| view.word(of - q.len() + n) == *w)
        })
        .map_or(m, |q| of - q.len())
}

/// A practitioner subject followed by a phrase of place ending just before `end`: "Social
/// workers in the assessment service do not consistently check …", "the manager at the
/// time did not …". The phrase holds up to six words, none a verb, a pronoun or a
/// conjunction; the subject takes it in.
fn subject_before_phrase(
    view: &View,
    previous: Previous<'_, '_>,
    end: usize,
) -> Option<((usize, usize), usize)> {
    const PLACE: &[&str] = &["in", "within", "at", "across", "from", "on", "for"];
    let first = end.saturating_sub(7).max(1);
    for p in (first..end.saturating_sub(1)).rev() {
        let t = &view.tokens[p];
        if !t.is_word() || view.is_verbish(p) || t.is_any(english::AUXILIARIES) {
            return None;
        }
        if t.is_any(english::COORDINATORS) || t.is_any(&["she", "he", "they", "who", "which"]) {
            return None;
        }
        if t.is_any(PLACE) {
            let ((m, _), start) = subject_ending_at(view, previous, p)?;
            return Some(((m, end), start));
        }
    }
    None
}

/// The practitioner subject a coordinated verb shares with the clause before ("The YOT
/// worker wasn't at the meeting and didn't send a report"), with the rewrite starting at
/// `j`, after the coordinator.
fn elided_subject(
    view: &View,
    previous: Previous<'_, '_>,
    j: usize,
) -> Option<((usize, usize), usize)> {
    if j < 2 || !view.tokens[j - 1].is_any(&["and", "but"]) {
        return None;
    }
    // "visited in July and again in September but did not …": a verbless phrase of time
    // or manner joined on belongs to the clause before it.
    let mut at = j - 1;
    for _ in 0..3 {
        const AGAIN: &[&str] = &["again", "once", "then", "later", "also"];
        let start = tone::clause_start(view, at);
        // "and again in September": the adverb after the "and" is a boundary of its own.
        let mut open = start;
        while open > 0
            && (view.tokens[open - 1].is_any(english::SENTENCE_ADVERBS)
                || view.tokens[open - 1].is_any(AGAIN))
        {
            open -= 1;
        }
        let joined = open >= 2
            && open < at
            && view.tokens[open - 1].is_any(&["and", "or"])
            && (english::is_adverb(view.word(open))
                || view.tokens[open].is_any(AGAIN)
                || english::is_pure_preposition(view.word(open)))
            && (open..at)
                .all(|i| !view.is_verbish(i) && !view.tokens[i].is_any(english::AUXILIARIES));
        if !joined {
            break;
        }
        at = open - 1;
    }
    let (s, e) = tone::clause_subject(view, at);
    if s >= e || e > at {
        return None;
    }
    let (subject, start) = subject_ending_at(view, previous, e)?;
    (start == s).then_some((subject, j))
}

/// Whether a child or family member is named earlier in the sentence: then a pronoun
/// could be theirs ("TM to allocate a worker to Ellie, so that she does not …").
fn family_mentioned_before(view: &View, at: usize) -> bool {
    (at.saturating_sub(tone::LOOK_BACK)..at).any(|i| {
        let w = view.word(i).trim_end_str("'s");
        (FAMILY_WORDS.contains(&w) && !matches!(w, "young" | "person" | "people"))
            || view.is_name(i)
    })
}

/// Whether the practitioner mention `[start, end)` can be the subject of practice (not the
/// auditor, not "the family network").
fn practitioner(view: &View, start: usize, end: usize) -> bool {
    let words: Vec<&str> = (start..end).map(|i| view.word(i)).collect();
    if words == ["auditor"] {
        return false;
    }
    // A family word names the team's work when a participle qualifies it: "the missing
    // children team", "the disabled children service", "the looked after children nurse".
    let qualified = start >= 2 && {
        let w = view.word(start - 2);
        w.ends_with("ing") || w.ends_with("ed") || w == "after"
    };
    start == 0
        || !FAMILY_WORDS.contains(&view.word(start - 1))
        || view.tokens[start - 1].is_possessive()
        || qualified
}

fn is_role_modifier(view: &View, i: usize) -> bool {
    let t = &view.tokens[i];
    // "the assessing worker", "the 0-19 service": a participle or an age band between a
    // determiner and the role.
    let after_determiner = i > 0 && view.tokens[i - 1].is_any(english::DETERMINERS);
    let participle_or_band = t.is_word()
        && (t.lower.ends_with("ing")
            || t.lower.ends_with("ed")
            || t.lower.starts_with(|c: char| c.is_ascii_digit()));
    // "that" before a subject is nearly always "… noted that the SW …".
    (t.is_any(english::DETERMINERS) && !t.is("that"))
        || (after_determiner && participle_or_band)
        || t.is_any(ROLE_MODIFIERS)
        || t.is_possessive()
        || (t.is_word()
            && t.is_capitalised(view.text)
            && i > 0
            && !t.is_any(english::FUNCTION_WORDS)
            && !view.is_verbish(i))
}

/// Whether "know" or "understand" at `verb` is about the practitioner's own practice:
/// how or where to do something, or a practice noun ("social workers did not know where to
/// look for records", "do not always understand the threshold for enquiries"). Not
/// knowing a fact about a family ("the TM did not know about the incident") is no deficit.
fn knowing_practice(view: &View, lemma: &str, verb: usize) -> bool {
    if !matches!(lemma, "know" | "understand") {
        return false;
    }
    let next = view.word(verb + 1);
    let how_to =
        matches!(next, "how" | "where" | "what" | "when" | "whom") && view.word(verb + 2) == "to";
    let object = (verb + 1..(verb + 4).min(view.len()))
        .find(|&i| !view.tokens[i].is_any(english::DETERMINERS) && !view.tokens[i].is_possessive());
    how_to
        || object.is_some_and(|i| {
            matches!(
                view.word(i),
                "threshold"
                    | "thresholds"
                    | "procedure"
                    | "procedures"
                    | "process"
                    | "processes"
                    | "guidance"
                    | "policy"
                    | "policies"
                    | "role"
                    | "roles"
                    | "responsibilities"
                    | "responsibility"
                    | "duties"
                    | "duty"
                    | "criteria"
                    | "legislation"
                    | "law"
                    | "framework"
                    | "protocol"
                    | "protocols"
                    | "pathway"
            )
        })
}

/// Where a role's name starts when one or two plain nouns stand between it and its
/// determiner ("The missing children team", "the leaving care service"): the
/// determiner's index, or `None` when `m` is not preceded by such nouns.
fn determined_noun_compound(view: &View, m: usize) -> Option<usize> {
    // Only from the role's own first word: "In the summer the duty team" has its
    // determiner already.
    if view.tokens[m].is_any(english::DETERMINERS) || is_role_modifier(view, m) {
        return None;
    }
    let plain_noun = |i: usize| {
        let t = &view.tokens[i];
        t.is_word()
            && !t.is_capitalised(view.text)
            && !t.is_possessive()
            && !t.is_any(english::FUNCTION_WORDS)
            && !t.is_any(english::DETERMINERS)
            && !english::is_date_word(&t.lower)
            && !view.is_verbish(i)
    };
    let mut n = m;
    while n > 0 && m - n < 2 && plain_noun(n - 1) {
        n -= 1;
    }
    if n == m {
        return None;
    }
    // "the looked after children nurse": "after" belongs to "looked".
    let looked_after = |i: usize| i >= 1 && view.word(i) == "after" && view.word(i - 1) == "looked";
    while n > 0
        && (is_role_modifier(view, n - 1) || looked_after(n - 1))
        && !view.tokens[n - 1].is_any(english::DETERMINERS)
    {
        n -= 1;
    }
    let determiner = n.checked_sub(1)?;
    let t = &view.tokens[determiner];
    (t.is_any(english::DETERMINERS) && !t.is("that")).then_some(determiner)
}

/// Whether token `i` can stand just before a subject: punctuation, a conjunction, a
/// clause opener, or a sentence adverb.
fn opens_clause(view: &View, i: usize) -> bool {
    let t = &view.tokens[i];
    if english::is_pure_preposition(&t.lower) {
        return false;
    }
    t.kind == english::Kind::Punct
        || t.is_any(english::COORDINATORS)
        || t.is_any(english::SUBORDINATORS)
        || t.is_any(english::SENTENCE_ADVERBS)
        || t.is_any(REPORTING_VERBS)
        || t.is_any(QUESTION_WORDS)
}

/// Words that open an embedded question ("discuss in supervision why the social worker did
/// not complete …"): the clause after one has its own subject.
const QUESTION_WORDS: &[&str] = &["why", "how"];

/// Whether token `m` follows a fronted time or place phrase with no comma ("On 28 October
/// the SW…", "At the supervision of 11.09.26 the team manager…"): the phrase opens its
/// clause with a preposition and holds no verb.
fn after_fronted_phrase(view: &View, m: usize) -> bool {
    let start = (0..m)
        .rev()
        .find(|&i| view.tokens[i].is_punct(&[',', ';', ':', '.']))
        .map_or(0, |i| i + 1);
    start + 1 < m
        && view.tokens[start].is_any(&[
            "on",
            "in",
            "at",
            "during",
            "since",
            "after",
            "before",
            "following",
            "between",
            "over",
            "from",
            "within",
            "throughout",
            "by",
            "until",
            "when",
        ])
        && !view.tokens[start].is_any(&["when"])
        && (start + 1..m).all(|i| {
            !view.is_verbish(i)
                && !view.tokens[i].is_any(english::AUXILIARIES)
                && !view.tokens[i].is_any(english::COORDINATORS)
        })
}

/// Verbs that report a clause without "that": "notes show the ATM didn't review …".
const REPORTING_VERBS: &[&str] = &[
    "said",
    "reported",
    "noted",
    "show",
    "shows",
    "showed",
    "suggest",
    "suggests",
    "suggested",
    "indicate",
    "indicates",
    "indicated",
    "confirm",
    "confirms",
    "confirmed",
    "means",
];

/// "There was evidence that the SW had not …": already the reflective frame. "… so that
/// the worker does not have to …": a purpose, not something not done.
fn reflective_frame(view: &View, start: usize) -> bool {
    start >= 2
        && view.word(start - 1) == "that"
        && matches!(
            view.word(start - 2),
            "evidence" | "so" | "ensure" | "ensures" | "ensuring" | "order"
        )
}

/// The verb after `negation`, its object and the rest of the clause.
fn verb_phrase(
    view: &View,
    negation: Negation,
    subject: (usize, usize),
    start: usize,
    subordinate: bool,
) -> Option<Deficit> {
    let mut v = negation.end;
    let mut before_been = Vec::new();
    let mut after_been = Vec::new();
    if let Some(adverb) = negation.before_been {
        before_been.push(adverb.to_owned());
    }
    if let Some(adverb) = negation.after_been {
        after_been.push(adverb.to_owned());
    }
    while v < view.len() && english::is_adverb(view.word(v)) && !view.word(v).is_empty() {
        let w = view.word(v).to_owned();
        if matches!(
            w.as_str(),
            "always"
                | "yet"
                | "ever"
                | "consistently"
                | "routinely"
                | "regularly"
                | "still"
                | "once"
        ) {
            if w != "once" {
                before_been.push(w);
            }
        } else if w.ends_with("ly") {
            after_been.push(w);
        }
        v += 1;
    }
    let mut form = negation.form;
    // "has not been visiting": progressive; "has not been able", "was not informed": not a
    // deficit of the subject's action.
    if form == Form::Participle && view.word(v) == "been" {
        v += 1;
        form = Form::Gerund;
    }
    let token = view.tok(v)?;
    if !token.is_word() || token.is_any(english::AUXILIARIES) {
        return None;
    }
    let word = token.lower.clone();
    let valid = match form {
        Form::Base => {
            !english::PREPOSITIONS.contains(&word.as_str())
                && (!word.ends_with("ing") || verbs::is_ing_base(&word))
        }
        Form::Participle => verbs::is_participle(&word),
        Form::Past => verbs::is_past_form(&word),
        Form::Gerund => word.ends_with("ing") && word.len() > 4 && !verbs::is_ing_base(&word),
    };
    if !valid {
        return None;
    }
    let mut lemma = lemma_of(&word, form);
    let mut verb = v;
    // "did not try to contact father": the second verb.
    if LIGHT_VERBS.contains(&lemma.as_str()) && view.word(v + 1) == "to" {
        let next = view.tok(v + 2)?;
        if !next.is_word() {
            return None;
        }
        verb = v + 2;
        form = Form::Base;
        lemma = next.lower.to_string();
    }
    // "never got round to reviewing the plan": the gerund is the verb.
    if lemma == "get"
        && matches!(view.word(v + 1), "round" | "around")
        && view.word(v + 2) == "to"
        && view.word(v + 3).ends_with("ing")
        && view.word(v + 3).len() > 4
    {
        verb = v + 3;
        form = Form::Gerund;
        lemma = lemma_of(view.word(verb), form);
    }
    if is_praise(view, &lemma, verb)
        || (NON_PRACTICE_VERBS.contains(&lemma.as_str()) && !knowing_practice(view, &lemma, verb))
    {
        return None;
    }
    if is_finding(view, &lemma, verb) {
        return None;
    }
    let verb_word = view.word(verb).to_owned();
    let mut participle = match form {
        Form::Base => verbs::past_participle(&verb_word),
        Form::Participle => verb_word.clone(),
        Form::Past => verbs::participle_from_past(&verb_word),
        Form::Gerund => verbs::participle_from_gerund(&verb_word),
    };
    let clause_end = clause_end(view, verb + 1);
    let mut i = verb + 1;
    let mut particle = None;
    if i < clause_end {
        let w = view.word(i);
        let pair = PREPOSITIONAL_VERBS.contains(&(lemma.as_str(), w));
        if PARTICLES.contains(&w)
            && (pair || matches!(w, "up" | "off" | "out" | "back"))
            && !english::PREPOSITIONS.contains(&w)
            || (pair && matches!(w, "up" | "off" | "out" | "back" | "through" | "over"))
        {
            particle = Some(w.to_owned());
            i += 1;
        }
    }
    let mut preposition = None;
    if i < clause_end {
        let w = view.word(i);
        let pair = PREPOSITIONAL_VERBS.contains(&(lemma.as_str(), w))
            || (particle.is_some() && matches!(w, "on" | "with"));
        if pair
            && english::PREPOSITIONS.contains(&w)
            && parse_object(view, i + 1, clause_end, &lemma).is_some()
        {
            preposition = Some(w.to_owned());
            i += 1;
        }
    }
    for extra in [&particle, &preposition].into_iter().flatten() {
        participle.push(' ');
        participle.push_str(extra);
    }
    let verb_end = i;
    let complement = matches!(
        view.word(i),
        "that" | "whether" | "if" | "why" | "how" | "what" | "when" | "where" | "who"
    ) || (view.word(i) == "to"
        && view
            .tok(i + 1)
            .is_some_and(|t| verbs::is_known_base(&t.lower)));
    let object = if complement {
        None
    } else {
        parse_object(view, i, clause_end, &lemma)
    };
    // Coordinated verbs after the object.
    let after = object.map_or(verb_end, |(_, e)| e);
    let mut gerunds = Vec::new();
    let mut subject_before = None;
    let mut c = after;
    while c + 1 < clause_end {
        if view.tokens[c].is_any(&["and", "or", "nor"]) {
            let n = c + 1;
            let next = view.word(n);
            let same_base = form == Form::Base
                && verbs::is_known_base(next)
                && !english::DETERMINERS.contains(&next);
            if same_base {
                gerunds.push(n);
            } else if view.is_verbish(n) && !english::DETERMINERS.contains(&next) {
                subject_before = Some(n);
                break;
            }
        }
        c += 1;
    }
    let action = if complement
        && gerunds.is_empty()
        && ACCOUNTING_VERBS.contains(&lemma.as_str())
        && view.word(verb_end) != "to"
    {
        Action::Accounted {
            that: view.word(verb_end) == "that",
        }
    } else if !gerunds.is_empty() || complement {
        Action::Gerund {
            gerund: with_particle(&verbs::gerund(&lemma), particle.as_deref()),
        }
    } else if let Some(object) = object {
        Action::Passive {
            object,
            participle,
            negator: negation.negator,
            before_been: before_been.join(" "),
            after_been: after_been.join(" "),
            indefinite: false,
        }
    } else {
        let key = with_particle(&lemma, particle.as_deref());
        // "visiting weekly": an adverb reads better after a gerund than a noun.
        let adverb_next = verb_end < clause_end
            && (english::is_adverb(view.word(verb_end))
                || OBJECT_ENDERS.contains(&view.word(verb_end)));
        match NOMINALS
            .iter()
            .find(|(verb, _)| *verb == key && !adverb_next)
        {
            Some((_, noun)) => Action::Nominal {
                noun: (*noun).to_owned(),
            },
            None => Action::Gerund {
                gerund: with_particle(&verbs::gerund(&lemma), particle.as_deref()),
            },
        }
    };
    let replace_end = match &action {
        Action::Passive { object, .. } => object.1,
        Action::Nominal { .. }
        | Action::Gerund { .. }
        | Action::Accounted { .. }
        | Action::Absence { .. } => {
            if preposition.is_some() {
                verb_end - 1
            } else {
                verb_end
            }
        }
    };
    Some(Deficit {
        subject,
        start,
        verb_end: verb + 1,
        replace_end,
        clause_end: clause_end.max(replace_end),
        subordinate,
        action,
        gerunds,
        subject_before,
        fronted: None,
    })
}

fn with_particle(word: &str, particle: Option<&str>) -> String {
    match particle {
        Some(p) => format!("{word} {p}"),
        None => word.to_owned(),
    }
}

/// The base form of a verb in `form`.
fn lemma_of(word: &str, form: Form) -> String {
    match form {
        Form::Base => word.to_owned(),
        Form::Participle | Form::Past => verbs::base_from_participle(word)
            .or_else(|| verbs::base_from_past(word))
            .or_else(|| listed_base(word))
            .unwrap_or_else(|| guess_base(word)),
        Form::Gerund => verbs::base_from_gerund(word).unwrap_or_else(|| word.to_owned()),
    }
}

/// The base of a regular "-ed" form when it is one of the verbs this rule lists ("failed"
/// → "fail", "excluded" → "exclude").
fn listed_base(word: &str) -> Option<String> {
    let stem = word.strip_suffix("ed")?;
    let mut candidates = vec![stem.to_owned(), format!("{stem}e")];
    if let Some(s) = stem.strip_suffix('i') {
        candidates.push(format!("{s}y"));
    }
    if stem.chars().count() > 2 {
        // Without its last letter, which may be more than one byte ("zééed").
        let mut shorter = stem.to_owned();
        shorter.pop();
        candidates.push(shorter);
    }
    candidates.into_iter().find(|c| {
        let c = c.as_str();
        PRAISE_VERBS.contains(&c)
            || NON_PRACTICE_VERBS.contains(&c)
            || LIGHT_VERBS.contains(&c)
            || FINDING_VERBS.contains(&c)
            || TELLING_VERBS.contains(&c)
            || NOMINALS.iter().any(|(v, _)| *v == c)
            || PREPOSITIONAL_VERBS.iter().any(|(v, _)| *v == c)
    })
}

/// The base of an unknown regular "-ed" form: "excluded" → "exclude", "liaised" →
/// "liaise", "visited" → "visit", "planned" → "plan".
fn guess_base(word: &str) -> String {
    let Some(stem) = word.strip_suffix("ed") else {
        return word.to_owned();
    };
    if let Some(s) = stem.strip_suffix('i') {
        return format!("{s}y");
    }
    let chars: Vec<char> = stem.chars().collect();
    let n = chars.len();
    if n > 2 && chars[n - 1] == chars[n - 2] && !matches!(chars[n - 1], 'l' | 's' | 'f' | 'z') {
        return chars[..n - 1].iter().collect();
    }
    const E_ENDINGS: &[&str] = &[
        "at", "is", "iz", "ur", "ud", "id", "ov", "as", "ang", "enc", "anc", "ut", "ot", "ir",
        "or", "ar", "iv", "ag", "ac", "uc", "rg", "dg", "bl", "pl", "tl", "cl", "gl", "ys", "ib",
        "ob", "ok", "ak", "ik", "ap", "ip", "op", "os", "us", "ng",
    ];
    if E_ENDINGS.iter().any(|e| stem.ends_with(e)) && !stem.ends_with("ing") {
        return format!("{stem}e");
    }
    stem.to_owned()
}

/// Negated, these verbs are praise: "did not hesitate", "never missed", "did not give
/// up", "did not let the plan drift", "did not stop visiting".
fn is_praise(view: &View, lemma: &str, verb: usize) -> bool {
    if PRAISE_VERBS.contains(&lemma) {
        return match lemma {
            "stop" => view.word(verb + 1).ends_with("ing"),
            _ => true,
        };
    }
    // "did not sign off the plan until the health information had been added": approval
    // held back until a condition was met is oversight, not delay ("until three weeks
    // later" names a time, not a condition, and stays a deficit).
    if matches!(
        lemma,
        "sign" | "approve" | "authorise" | "authorize" | "endorse" | "agree" | "close"
    ) {
        let until = (verb + 1..(verb + 10).min(view.len())).find(|&i| view.word(i) == "until");
        // "until six weeks after it was submitted": a time, however it ends.
        let time = |u: usize| {
            (u + 1..(u + 4).min(view.len())).any(|i| {
                view.tokens[i].is_any(&[
                    "after", "later", "days", "weeks", "months", "day", "week", "month",
                ])
            })
        };
        if until.is_some_and(|u| {
            !time(u)
                && (u + 2..(u + 10).min(view.len())).any(|i| {
                    view.tokens[i].is_any(&["had", "has", "have", "was", "were", "is", "are"])
                })
        }) {
            return true;
        }
    }
    let next = view.word(verb + 1);
    if matches!(lemma, "give" | "hold" | "back" | "let") && PRAISE_PARTICLES.contains(&next) {
        return true;
    }
    // "did not let that stop her voice being heard": an obstacle not allowed to win.
    if lemma == "let"
        && (verb + 2..(verb + 5).min(view.len())).any(|i| {
            matches!(
                view.word(i),
                "stop" | "prevent" | "deter" | "derail" | "distract" | "delay" | "get" | "put"
            )
        })
    {
        return true;
    }
    // "do not carry excessive caseloads", "did not cause any undue delay": not doing
    // something undesirable is no deficit.
    let object = if view
        .tokens
        .get(verb + 1)
        .is_some_and(|t| t.is_any(&["any", "a", "an", "the"]))
    {
        verb + 2
    } else {
        verb + 1
    };
    if view
        .tokens
        .get(object)
        .is_some_and(|t| t.is_any(UNDESIRABLE))
    {
        return true;
    }
    // "does not place children in unregistered homes", "does not use bed and breakfast
    // accommodation": where children are not put is the undesirable part.
    if matches!(
        lemma,
        "place" | "use" | "put" | "accommodate" | "house" | "send"
    ) {
        let end = clause_end(view, verb + 1).min(verb + 8);
        let unsuitable = (verb + 1..end).any(|i| {
            view.tokens[i].is_any(UNDESIRABLE)
                || (view.word(i) == "bed"
                    && view.word(i + 1) == "and"
                    && view.word(i + 2) == "breakfast")
        });
        if unsuitable {
            return true;
        }
    }
    // "did not rely on mother's account alone", "did not take his explanation at face
    // value": professional curiosity.
    if matches!(lemma, "rely" | "depend" | "accept" | "take") {
        let end = clause_end(view, verb + 1).min(verb + 10);
        // "did not take either parent's side": neutrality, not an omission.
        let curious = (verb + 1..end).any(|i| {
            view.tokens[i].is_any(&["alone", "solely"])
                || (view.word(i) == "face" && view.word(i + 1) == "value")
                || (lemma == "take" && view.tokens[i].is_any(&["side", "sides"]))
        });
        if curious {
            return true;
        }
    }
    // "does not speak Polish": a language the worker does not have, not a visit missed.
    if lemma == "speak"
        && view
            .tok(verb + 1)
            .is_some_and(|t| t.is_word() && t.is_capitalised(view.text) && !t.is_possessive())
    {
        return true;
    }
    // "did not share the carers' address with birth father": keeping a placement safe.
    if lemma == "share" {
        let end = clause_end(view, verb + 1).min(verb + 12);
        let address = (verb + 1..end).any(|i| view.tokens[i].is_any(&["address", "location"]));
        let with_family = (verb + 1..end).any(|i| {
            view.word(i) == "with" && (i + 1..end).any(|j| FAMILY_WORDS.contains(&view.word(j)))
        });
        if address && with_family {
            return true;
        }
    }
    matches!(lemma, "let" | "allow" | "leave" | "permit")
        && (verb + 1..clause_end(view, verb + 1).min(verb + 12)).any(|i| {
            view.tokens[i].is_any(&[
                "still",
                "drift",
                "slip",
                "lapse",
                "wait",
                "delay",
                "stall",
                "down",
                "unseen",
                "without",
                "unchallenged",
                "unanswered",
                "unaddressed",
                "rush",
                "derail",
                "distract",
                "divert",
                "deflect",
                "overshadow",
                "override",
                "cloud",
                "interrupt",
                "disrupt",
                "undermine",
                "affect",
                "prevent",
            ])
        })
}

/// Words that make what follows something undesirable to do ("excessive caseloads",
/// "unnecessary moves"), for [`is_praise`].
const UNDESIRABLE: &[&str] = &[
    "excessive",
    "excessively",
    "unnecessary",
    "unnecessarily",
    "unmanageable",
    "unreasonable",
    "undue",
    "unduly",
    "inappropriate",
    "avoidable",
    "needless",
    "jargon",
    "acronyms",
    "unregistered",
    "unregulated",
    "unsuitable",
    "b&b",
];

/// "did not identify any concerns", "did not notice anything": a finding, not a deficit
/// (but "did not see any of the children alone" is one). "did not consider it
/// necessary": a decision.
fn is_finding(view: &View, lemma: &str, verb: usize) -> bool {
    if matches!(lemma, "consider" | "deem" | "judge" | "assess") && view.word(verb + 1) == "it" {
        return true;
    }
    if !FINDING_VERBS.contains(&lemma) {
        return false;
    }
    let next = view.word(verb + 1);
    if matches!(next, "anything" | "nothing") {
        return true;
    }
    let window = (verb + 1..(verb + 5).min(view.len())).collect::<Vec<_>>();
    // "has not recorded any management oversight": practice not done, not a finding.
    // "did not record any rationale": the reasoning practice owes, not a finding.
    let practice = window.iter().any(|&i| {
        PRACTICE_NOUNS.contains(&view.word(i))
            || view.tokens[i].is_any(&[
                "rationale",
                "rationales",
                "reasoning",
                "reasons",
                "justification",
                "explanation",
                "views",
                "wishes",
            ])
    });
    (next == "any" && view.word(verb + 2) != "of" && !practice)
        || (window
            .iter()
            .any(|&i| view.tokens[i].is_any(&["any", "no"]))
            && window
                .iter()
                .any(|&i| FINDING_NOUNS.contains(&view.word(i))))
}

/// The token after the clause that begins at or before `from`: the next clause
/// punctuation or conjunction that opens a new clause.
fn clause_end(view: &View, from: usize) -> usize {
    let mut i = from;
    while i < view.len() {
        let t = &view.tokens[i];
        if t.is_punct(&[',', ';', ':', '(', ')', '\u{2013}', '\u{2014}', '!', '?']) {
            return i;
        }
        if t.is_punct(&['.']) && i + 1 == view.len() {
            return i;
        }
        if t.is_any(&[
            "so", "which", "because", "although", "though", "whereas", "while", "whilst",
            "despite", "meaning",
        ]) {
            return i;
        }
        i += 1;
    }
    // Trailing punctuation is not part of the clause.
    let mut end = view.len();
    while end > from && view.tokens[end - 1].kind == english::Kind::Punct {
        end -= 1;
    }
    end
}

/// The object noun phrase that starts at `i`: `(start, end)` token range.
fn parse_object(view: &View, i: usize, limit: usize, verb: &str) -> Option<(usize, usize)> {
    if i >= limit {
        return None;
    }
    let first = view.tok(i)?;
    if !(first.is_word() || first.kind == english::Kind::Number) {
        return None;
    }
    let w = first.lower.as_str();
    if english::PREPOSITIONS.contains(&w)
        || english::COORDINATORS.contains(&w)
        || english::SUBORDINATORS.contains(&w)
        || english::AUXILIARIES.contains(&w)
        || OBJECT_ENDERS.contains(&w)
        || (english::is_adverb(w) && !english::DETERMINERS.contains(&w))
        || w == "to"
        || w == "not"
    {
        return None;
    }
    // A pronoun object: "her" is a pronoun unless a noun follows.
    if matches!(w, "him" | "them" | "me" | "us" | "it" | "her") {
        let next = view.tok(i + 1);
        let possessive = w == "her"
            && next.is_some_and(|n| {
                n.is_word()
                    && !english::PREPOSITIONS.contains(&n.lower.as_str())
                    && !english::COORDINATORS.contains(&n.lower.as_str())
                    && !english::SUBORDINATORS.contains(&n.lower.as_str())
                    && !OBJECT_ENDERS.contains(&n.lower.as_str())
                    && !english::is_adverb(&n.lower)
                    && n.start < view.tokens.get(limit).map_or(usize::MAX, |l| l.start)
            });
        if !possessive {
            return Some((i, i + 1));
        }
    }
    let person_head = |end: usize| {
        let head = end - 1;
        FAMILY_WORDS.contains(&view.word(head))
            || view.is_name(head)
            || view.role_at(head).is_some()
    };
    let mut end = i + 1;
    let mut in_gerund = false;
    while end < limit {
        let t = &view.tokens[end];
        let w = t.lower.as_str();
        let head = view.word(end - 1);
        if t.kind == english::Kind::Punct {
            // "the carers' approval": a possessive apostrophe.
            if t.is_punct(&['\'', '\u{2019}'])
                && head.ends_with('s')
                && view
                    .tok(end + 1)
                    .is_some_and(|n| n.is_word() && n.start == t.end + 1)
            {
                end += 1;
                continue;
            }
            break;
        }
        if english::PREPOSITIONS.contains(&w) {
            let next = view.word(end + 1);
            let next_is_date = view
                .tok(end + 1)
                .is_some_and(|n| n.kind == english::Kind::Number)
                || english::is_date_word(next);
            let attach = match w {
                "of" => !person_head(end),
                "for" => {
                    let duration = DURATION_WORDS.contains(&next)
                        || view
                            .tok(end + 1)
                            .is_some_and(|n| n.kind == english::Kind::Number)
                        || english::is_date_word(next);
                    next.ends_with("ing") || (!duration && !person_head(end))
                }
                "with" => WITH_NOUNS.contains(&head) || in_gerund,
                "to" => TO_NOUNS.contains(&head) || in_gerund,
                "on" | "from" | "dated" => {
                    EVENT_NOUNS.contains(&head) && next_is_date || (in_gerund && w == "from")
                }
                "in" | "about" | "regarding" | "around" | "between" => {
                    !person_head(end)
                        && !next_is_date
                        && !OCCASION_WORDS.contains(&next)
                        && !english::DETERMINERS.contains(&next)
                        && w != "between"
                        || (w == "about" || w == "regarding" || w == "around") && !person_head(end)
                }
                _ => false,
            };
            if !attach {
                break;
            }
            if w == "for" && next.ends_with("ing") {
                in_gerund = true;
            }
            end += 1;
            continue;
        }
        if english::COORDINATORS.contains(&w) {
            if !matches!(w, "and" | "or") {
                break;
            }
            // "mother and father" goes on; "and sent no report", "and the plan has
            // remained" start a new clause.
            let mut look = end + 1;
            let mut new_clause = false;
            while look < limit && look < end + 6 {
                let lt = &view.tokens[look];
                if lt.kind == english::Kind::Punct || lt.is_any(english::PREPOSITIONS) {
                    break;
                }
                if view.is_verbish(look)
                    || (look == end + 1
                        && verbs::is_known_base(&lt.lower)
                        && !english::DETERMINERS.contains(&lt.lower.as_str())
                        && !FAMILY_WORDS.contains(&lt.lower.as_str()))
                {
                    new_clause = true;
                    break;
                }
                look += 1;
            }
            if new_clause {
                break;
            }
            end += 1;
            continue;
        }
        // "give mother a copy": a determiner after a noun starts a second object.
        // But "a rationale for closing the case": the gerund's own object goes on.
        if english::DETERMINERS.contains(&w)
            && !english::DETERMINERS.contains(&head)
            && !english::PREPOSITIONS.contains(&head)
            && !matches!(w, "that" | "all" | "both" | "each")
            && (!in_gerund || !head.ends_with("ing"))
        {
            break;
        }
        if matches!(w, "that" | "which" | "who") {
            let relative = !TELLING_VERBS.contains(&verb) && view.is_verbish(end + 1)
                || view
                    .tok(end + 1)
                    .is_some_and(|n| n.is_any(english::AUXILIARIES));
            if !relative {
                break;
            }
            return Some((i, limit));
        }
        if english::SUBORDINATORS.contains(&w)
            || english::AUXILIARIES.contains(&w)
            || OBJECT_ENDERS.contains(&w)
            || w == "not"
            || (english::is_adverb(w) && !w.ends_with("ing"))
        {
            break;
        }
        // A reduced relative: "the referral made on 6 June", "the plan agreed at core
        // group", "the days set out in the plan".
        if verbs::is_participle(w)
            && end > i
            && !in_gerund
            && !english::DETERMINERS.contains(&head)
            && !view.tokens[end - 1].is_possessive()
        {
            let mut r = end + 1;
            if PARTICLES.contains(&view.word(r)) && !english::PREPOSITIONS.contains(&view.word(r)) {
                r += 1;
            }
            if view.word(r) == "out" {
                r += 1;
            }
            // Its phrases: a preposition and what follows, up to the next preposition
            // that starts an adverbial of the main verb.
            let mut phrases = 0;
            while r < limit && phrases < 3 {
                let pw = view.word(r);
                if !english::PREPOSITIONS.contains(&pw)
                    || matches!(
                        pw,
                        "for" | "since" | "until" | "within" | "without" | "despite"
                    ) && phrases > 0
                {
                    break;
                }
                if phrases > 0 && !matches!(pw, "on" | "in" | "at" | "of" | "from" | "dated") {
                    break;
                }
                r += 1;
                while r < limit
                    && view.tokens[r].kind != english::Kind::Punct
                    && !english::PREPOSITIONS.contains(&view.word(r))
                    && !english::COORDINATORS.contains(&view.word(r))
                    && !english::SUBORDINATORS.contains(&view.word(r))
                    && !english::AUXILIARIES.contains(&view.word(r))
                {
                    r += 1;
                }
                phrases += 1;
            }
            end = r;
            break;
        }
        if view.is_verbish(end)
            && !w.ends_with("ing")
            && !view.tokens[end - 1].is_any(english::DETERMINERS)
        {
            break;
        }
        if w.ends_with("ing") && view.word(end - 1) == "for" {
            in_gerund = true;
        }
        end += 1;
    }
    Some((i, end))
}

/// Subject-case pronoun for an object pronoun.
fn nominative(object: &str) -> String {
    match object.to_lowercase().as_str() {
        "him" => "he".to_owned(),
        "her" => "she".to_owned(),
        "them" => "they".to_owned(),
        "me" => "I".to_owned(),
        "us" => "we".to_owned(),
        _ => object.to_owned(),
    }
}

/// "Neither the SW nor the ATM updated the safety plan"; "the SW neither visited nor
/// phoned Leah".
fn neither_nor(view: &View, k: usize) -> Option<Deficit> {
    if view.word(k) != "neither" {
        return None;
    }
    // A practitioner who neither did one thing nor another.
    if let Some((s, e)) = k.checked_sub(1).and_then(|r| view.role_at(r)) {
        let nor = (k + 2..(k + 6).min(view.len())).find(|&j| view.word(j) == "nor");
        if e == k && verbs::is_past_form(view.word(k + 1)) && nor.is_some() {
            let negation = Negation::plain(k + 1, Form::Past);
            let subordinate = s > 0 && view.tokens[s - 1].is_any(english::SUBORDINATORS);
            let mut d = verb_phrase(view, negation, (s, e), s, subordinate)?;
            d.subject = (s, e);
            return Some(d);
        }
    }
    if k > 0 && !opens_clause(view, k - 1) {
        return None;
    }
    let role_after = |from: usize| -> Option<usize> {
        let mut i = from;
        while i < view.len() && is_role_modifier(view, i) && view.role_at(i).is_none() {
            i += 1;
        }
        let (s, e) = view.role_at(i)?;
        (s == i).then_some(e)
    };
    let first = role_after(k + 1)?;
    if view.word(first) != "nor" {
        return None;
    }
    let second = role_after(first + 1)?;
    let negation = if matches!(view.word(second), "has" | "have" | "had") {
        Negation::plain(second + 1, Form::Participle)
    } else {
        Negation::plain(second, Form::Past)
    };
    let subordinate = k > 0 && view.tokens[k - 1].is_any(english::SUBORDINATORS);
    verb_phrase(view, negation, (k, second), k, subordinate)
}

/// "No attempt was made by the worker to obtain Amir's views".
fn no_attempt(view: &View, k: usize) -> Option<Deficit> {
    // "There was no attempt by the IRO to …": after an existential "there was".
    let existential =
        k >= 2 && matches!(view.word(k - 1), "was" | "is" | "were") && view.word(k - 2) == "there";
    if view.word(k) != "no" || (k > 0 && !existential && !opens_clause(view, k - 1)) {
        return None;
    }
    let attempt = matches!(
        view.word(k + 1),
        "attempt" | "attempts" | "effort" | "efforts" | "action" | "steps"
    );
    if attempt && view.word(k + 2) == "by" {
        let role = practitioner_from(view, k + 3)?;
        return attempt_to(view, k, k + 3, role);
    }
    // "No concerns were raised by school" is a finding, not a deficit; "No assumptions
    // were made by the worker" is praise.
    if !view.tokens.get(k + 1).is_some_and(|t| t.is_word())
        || view.is_verbish(k + 1)
        || FINDING_NOUNS.contains(&view.word(k + 1))
        || NO_OBJECT_IDIOMS.contains(&view.word(k + 1))
    {
        return None;
    }
    // The object may run to three words ("no home visits were made by …").
    let mut i = if attempt {
        k + 2
    } else {
        // or name what it was for ("no referral to speech and language therapy was …").
        (k + 2..(k + 10).min(view.len()))
            .take_while(|&j| view.tokens[j].is_word())
            .find(|&j| {
                matches!(
                    view.word(j),
                    "has" | "have" | "had" | "was" | "were" | "is" | "are"
                )
            })
            .filter(|&j| (k + 1..j).all(|m| !view.is_verbish(m)))
            .unwrap_or(k + 2)
    };
    let object_end = i;
    if matches!(view.word(i), "has" | "have" | "had") && view.word(i + 1) == "been" {
        i += 2;
    } else if matches!(view.word(i), "was" | "were" | "is" | "are") {
        i += 1;
    } else {
        return None;
    }
    let participle_at = i;
    if !verbs::is_participle(view.word(i)) || view.word(i + 1) != "by" {
        return None;
    }
    if attempt && !matches!(view.word(i), "made" | "undertaken" | "taken") {
        return None;
    }
    let (role_start, role_end) = practitioner_from(view, i + 2)?;
    if !attempt {
        // "No referral was made by the DSL" → "a referral had not been made".
        let lemma = lemma_of(view.word(participle_at), Form::Participle);
        if is_praise(view, &lemma, participle_at) {
            return None;
        }
        let action = Action::Passive {
            object: (k + 1, object_end),
            participle: view.word(participle_at).to_owned(),
            negator: "not",
            before_been: String::new(),
            after_been: String::new(),
            indefinite: true,
        };
        let clause_end = clause_end(view, role_end).max(role_end);
        return Some(agent_deficit(
            view,
            k,
            (role_start, role_end),
            clause_end,
            action,
        ));
    }
    attempt_to(view, k, i + 2, (role_start, role_end))
}

/// The rest of "no attempt … by the worker to obtain …" from the practitioner, named from
/// `by_end` (after "by") to `role_end`: the verb after "to".
fn attempt_to(
    view: &View,
    k: usize,
    by_end: usize,
    (role_start, role_end): (usize, usize),
) -> Option<Deficit> {
    if view.word(role_end) != "to" {
        return None;
    }
    let negation = Negation::plain(role_end + 1, Form::Base);
    let subordinate = k > 0 && view.tokens[k - 1].is_any(english::SUBORDINATORS);
    let mut d = verb_phrase(view, negation, (by_end, role_end), k, subordinate)?;
    d.subject = (role_start, role_end);
    Some(d)
}

/// "The S47 was not completed by the social worker".
/// The practitioner named from token `r` on, after any determiners and modifiers ("the
/// allocated social worker"): its role's token range.
fn practitioner_from(view: &View, mut r: usize) -> Option<(usize, usize)> {
    let first = r;
    while r < view.len() && is_role_modifier(view, r) && view.role_at(r).is_none() {
        r += 1;
    }
    // "by professionals", "by partner agencies" (not "by her partners": someone's own).
    let owned = (first..r).any(|i| {
        view.tokens[i].is_possessive() || view.tokens[i].is_any(&["her", "his", "their", "my"])
    });
    // "by the commissioned service", "by the out-of-hours team": a service, as an agent.
    let service = r > first
        && view.tokens[first].is("the")
        && view
            .tokens
            .get(r)
            .is_some_and(|t| t.is_any(&["service", "services", "team", "teams"]));
    if !owned
        && view.role_at(r).is_none()
        && (service
            || view
                .tokens
                .get(r)
                .is_some_and(|t| t.is_any(COLLECTIVE_PRACTITIONERS)))
    {
        return Some((first, r + 1));
    }
    let (role_start, role_end) = view.role_at(r)?;
    (role_start == r && practitioner(view, role_start, role_end)).then_some((role_start, role_end))
}

/// "Not all managers record their oversight", "too few social workers complete
/// chronologies": a quantifier that denies the practice of some of the practitioners.
fn quantified(view: &View, k: usize) -> Option<Deficit> {
    if !matches!(
        (view.word(k), view.word(k + 1)),
        ("not", "all") | ("too", "few")
    ) || !(k == 0 || opens_clause(view, k - 1))
    {
        return None;
    }
    let (_, role_end) = practitioner_from(view, k + 2)?;
    let verb = view.word(role_end);
    // "Not all social workers have rebuilt …": the perfect, its participle after "have".
    let perfect = matches!(verb, "have" | "has" | "had")
        && verbs::is_participle(view.word(role_end + 1))
        && !matches!(view.word(role_end + 1), "been" | "got" | "had");
    let subject_end = role_end;
    let (role_end, form) = if perfect {
        (role_end + 1, Some(Form::Participle))
    } else {
        (role_end, None)
    };
    let form = if let Some(form) = form {
        form
    } else if verbs::is_past_form(verb) {
        Form::Past
    } else if verbs::is_known_base(verb) && !view.tokens[role_end].is_any(english::AUXILIARIES) {
        Form::Base
    } else {
        return None;
    };
    let negation = Negation {
        end: role_end,
        form,
        negator: "not",
        before_been: Some("always"),
        after_been: None,
    };
    let subordinate = k > 0 && view.tokens[k - 1].is_any(english::SUBORDINATORS);
    verb_phrase(view, negation, (k, subject_end), k, subordinate)
}

/// "At no point did the social worker speak to Zain alone": the negation fronted, the
/// auxiliary before the subject.
fn inverted(view: &View, k: usize) -> Option<Deficit> {
    if !(view.word(k) == "at"
        && view.word(k + 1) == "no"
        && matches!(view.word(k + 2), "point" | "time" | "stage")
        && (k == 0 || opens_clause(view, k - 1)))
    {
        return None;
    }
    let aux = k + 3;
    let form = match view.word(aux) {
        "did" | "does" | "do" => Form::Base,
        "has" | "have" | "had" => Form::Participle,
        _ => return None,
    };
    let (_, role_end) = practitioner_from(view, aux + 1)?;
    let negation = Negation {
        end: role_end,
        form,
        negator: "not",
        before_been: None,
        after_been: None,
    };
    let subordinate = k > 0 && view.tokens[k - 1].is_any(english::SUBORDINATORS);
    verb_phrase(view, negation, (aux + 1, role_end), k, subordinate)
}

fn passive_with_agent(view: &View, k: usize) -> Option<Deficit> {
    let w = view.word(k);
    let mut i = match w {
        "was" | "were" | "is" | "are"
            if matches!(view.word(k + 1), "not" | "never" | "rarely" | "seldom") =>
        {
            k + 2
        }
        "wasn't" | "weren't" | "isn't" | "aren't" => k + 1,
        "has" | "have" | "had"
            if matches!(view.word(k + 1), "not" | "never" | "rarely" | "seldom")
                && view.word(k + 2) == "been" =>
        {
            k + 3
        }
        "hasn't" | "haven't" | "hadn't" if view.word(k + 1) == "been" => k + 2,
        // "Chances to intervene were missed by social workers": a failure without "not".
        "was" | "were" | "is" | "are" if failure_passive(view.word(k + 1)).is_some() => k + 1,
        "has" | "have" | "had"
            if view.word(k + 1) == "been" && failure_passive(view.word(k + 2)).is_some() =>
        {
            k + 2
        }
        _ => return None,
    };
    let negator = negator(view.word(k + 1));
    let mut before_been = Vec::new();
    // "not well understood": a degree word, like "sufficiently", between the two.
    while (english::is_adverb(view.word(i)) || view.word(i) == "well") && !view.word(i).is_empty() {
        if matches!(
            view.word(i),
            "always" | "yet" | "ever" | "consistently" | "routinely"
        ) {
            before_been.push(view.word(i).to_owned());
        }
        i += 1;
    }
    let participle_at = i;
    let failure = failure_passive(view.word(participle_at));
    if !verbs::is_participle(view.word(participle_at)) && failure.is_none() {
        return None;
    }
    // A failure is rewritten as what had not been done ("missed" → "had not been taken").
    let mut participle = failure.unwrap_or(view.word(participle_at)).to_owned();
    let lemma = lemma_of(view.word(participle_at), Form::Participle);
    let mut b = participle_at + 1;
    // "signed off by", "seen alone by", and a prepositional verb's own preposition:
    // "spoken to (alone) by", "responded to by", "dealt with by".
    while b < participle_at + 3
        && (PARTICLES.contains(&view.word(b))
            || OBJECT_ENDERS.contains(&view.word(b))
            || english::is_adverb(view.word(b))
            || (b == participle_at + 1
                && PREPOSITIONAL_VERBS.contains(&(lemma.as_str(), view.word(b)))))
        && view.word(b) != "by"
    {
        participle.push(' ');
        participle.push_str(view.word(b));
        b += 1;
    }
    // "not completed within timescales by the worker", "not updated after the incident
    // by the SW": a short phrase of when comes between the verb and its agent, and stays
    // with the verb in the rewrite.
    // (A particle read above may be the phrase's first word: "completed on time by".)
    let when = (participle_at + 1..=b).find(|&i| WHEN_PREPOSITIONS.contains(&view.word(i)));
    if let (Some(w), false) = (when, view.word(b) == "by") {
        let by = (w + 1..(w + 5).min(view.len())).find(|&j| view.word(j) == "by");
        let plain =
            by.is_some_and(|j| (w + 1..j).all(|i| view.tokens[i].is_word() && !view.is_verbish(i)));
        if let (Some(j), true) = (by, plain) {
            // As written: "to Callum", "after 3 March".
            participle.push(' ');
            participle.push_str(view.span_text(b, j));
            b = j;
        }
    }
    if view.word(b) != "by" {
        return None;
    }
    let start = tone::clause_start(view, k);
    let (role_start, role_end) =
        practitioner_from(view, b + 1).or_else(|| named_agent(view, b + 1, (start, k)))?;
    if start >= k || view.in_quotes(k) || reflective_frame(view, start) {
        return None;
    }
    // "No statutory visit was missed by the worker": a failure denied of every case is
    // praise, as "never missed a visit" is.
    let unnegated = !matches!(view.word(k + 1), "not" | "never" | "rarely" | "seldom")
        && !view.word(k).ends_with("n't");
    if unnegated && view.tokens[start].is_any(&["no", "none", "neither", "not"]) {
        return None;
    }
    let lemma = lemma_of(&participle, Form::Participle);
    if is_praise(view, &lemma, participle_at) {
        return None;
    }
    let subordinate = start > 0 && view.tokens[start - 1].is_any(english::SUBORDINATORS);
    Some(Deficit {
        subject: (role_start, role_end),
        start,
        verb_end: role_end,
        replace_end: role_end,
        clause_end: clause_end(view, role_end).max(role_end),
        subordinate,
        action: Action::Passive {
            object: (start, k),
            participle,
            negator,
            before_been: before_been.join(" "),
            after_been: String::new(),
            indefinite: false,
        },
        gerunds: Vec::new(),
        subject_before: None,
        fronted: None,
    })
}

/// A failure said by its verb, with a practitioner as subject: "The manager overlooked the
/// repeated referrals", "the worker had missed the significance of the bruise". Rewritten
/// as what had not been done ("the repeated referrals had not been noticed"). Said of
/// anything but a known object of "missed" it stays silent ("Jo missed the opportunity"
/// has no practitioner; "missed the bus" no known object).
fn active_failure(view: &View, previous: Previous<'_, '_>, k: usize) -> Option<Deficit> {
    let word = view.word(k);
    let participle = match word {
        "overlooked" | "ignored" | "disregarded" => failure_passive(word)?,
        // "omitted the growth concerns from her report" ("omitted to" is read elsewhere).
        "omitted" if !view.tokens.get(k + 1).is_some_and(|t| t.is("to")) => failure_passive(word)?,
        "missed" => missed_as(view, k + 1)?,
        _ => return None,
    };
    let mut j = k;
    if j > 0 && view.tokens[j - 1].is_any(&["has", "have", "had"]) {
        j -= 1;
    }
    // "never missed", "has not ignored", "rarely overlooked": praise, read elsewhere.
    if j > 0
        && (view.tokens[j - 1].is_any(&["not", "never", "rarely", "seldom"])
            || view.word(j - 1).ends_with("n't")
            || view.word(j - 1).ends_with("n\u{2019}t"))
    {
        return None;
    }
    let (subject, start) = subject_ending_at(view, previous, j)?;
    if reflective_frame(view, start) || tone::reported_by_family(view, start, previous) {
        return None;
    }
    let end = clause_end(view, k + 1);
    let object = parse_object(view, k + 1, end, word)?;
    let subordinate = start > 0
        && (view.tokens[start - 1].is_any(english::SUBORDINATORS)
            || view.tokens[start - 1].is_any(REPORTING_VERBS));
    Some(Deficit {
        subject,
        start,
        verb_end: k + 1,
        replace_end: object.1,
        clause_end: end.max(object.1),
        subordinate,
        action: Action::Passive {
            object,
            participle: participle.to_owned(),
            negator: "not",
            before_been: String::new(),
            after_been: String::new(),
            indefinite: false,
        },
        gerunds: Vec::new(),
        subject_before: None,
        fronted: None,
    })
}

/// What "missed" means, read from the first nouns of its object (up to three words, before
/// any preposition): an opportunity not taken, a sign not recognised, a deadline not met,
/// a visit not carried out, a meeting not attended.
fn missed_as(view: &View, object: usize) -> Option<&'static str> {
    (object..object + 3)
        .map(|i| view.word(i))
        .take_while(|w| !english::PREPOSITIONS.contains(w) && !w.is_empty())
        .find_map(|w| match w {
            "opportunity" | "opportunities" | "chance" | "chances" => Some("taken"),
            "significance" | "signs" | "sign" | "indicators" | "indicator" | "cues" | "risk"
            | "risks" | "pattern" | "patterns" | "link" | "links" | "impact" | "warning" => {
                Some("recognised")
            }
            "deadline" | "deadlines" | "timescale" | "timescales" => Some("met"),
            "visit" | "visits" => Some("carried out"),
            "meeting" | "meetings" | "appointment" | "appointments" | "review" | "reviews"
            | "conference" | "conferences" | "session" | "sessions" => Some("attended"),
            _ => None,
        })
}

/// `text` with its first word lower-cased when it is a common noun the lexicon knows,
/// capitalised only because it began the sentence ("Reports", "Children"), so that it
/// reads right inside the rewrite ("There was evidence that reports had not…"). Names
/// and acronyms are not in those lists and keep their capitals.
fn common_noun_lowercased(text: String) -> String {
    let first = text.split_whitespace().next().unwrap_or("");
    let lower = first.to_lowercase();
    let title_case = first.chars().next().is_some_and(char::is_uppercase)
        && first.chars().skip(1).all(|c| !c.is_uppercase());
    let known = PRACTICE_NOUNS.contains(&lower.as_str())
        || crate::lexicon::evidence::CHILD_WORDS.contains(&lower.as_str());
    if title_case && known {
        let mut chars = text.chars();
        chars
            .next()
            .map(|c| c.to_lowercase().chain(chars).collect())
            .unwrap_or_default()
    } else {
        text
    }
}

/// Participles that say a failure without "not", with what the rewrite says had not been
/// done: "opportunities were missed by the team" → "had not been taken".
const FAILURE_PASSIVES: &[(&str, &str)] = &[
    ("missed", "taken"),
    ("ignored", "acted on"),
    ("overlooked", "noticed"),
    ("disregarded", "taken into account"),
    ("omitted", "included"),
];

fn failure_passive(word: &str) -> Option<&'static str> {
    FAILURE_PASSIVES
        .iter()
        .find(|(failure, _)| *failure == word)
        .map(|&(_, done)| done)
}

/// The text of the clause after the rewritten part, with coordinated verbs as gerunds.
fn rest_text(view: &View, d: &Deficit, upto: usize) -> String {
    if upto <= d.replace_end || d.replace_end == 0 {
        return String::new();
    }
    let from = view.tokens[d.replace_end - 1].end;
    let to = view.tokens[upto - 1].end;
    let mut out = String::new();
    let mut pos = from;
    for &g in &d.gerunds {
        let t = &view.tokens[g];
        if t.start < from || t.end > to {
            continue;
        }
        out.push_str(view.text.get(pos..t.start).unwrap_or(""));
        out.push_str(&verbs::gerund(&t.lower));
        pos = t.end;
    }
    out.push_str(view.text.get(pos..to).unwrap_or(""));
    out
}

/// Where the "what now needs to happen" sentence stops: before adverbials of past time.
fn next_step_end(view: &View, d: &Deficit) -> usize {
    let end = (d.replace_end..d.clause_end)
        .find(|&i| {
            let w = view.word(i);
            let next = view.word(i + 1);
            matches!(
                w,
                "since"
                    | "before"
                    | "after"
                    | "during"
                    | "between"
                    | "until"
                    | "on"
                    | "at"
                    | "from"
                    | "when"
                    | "while"
                    | "whilst"
                    | "following"
                    | "by"
                    | "for"
                    | "ago"
                    | "last"
                    | "and"
                    | "or"
                    | "nor"
                    | "despite"
                    | "even"
                    | "over"
            ) || (w == "in"
                && (english::is_date_word(next)
                    || view
                        .tok(i + 1)
                        .is_some_and(|t| t.kind == english::Kind::Number)
                    || matches!(next, "the" | "that" | "this")
                        && (english::is_date_word(view.word(i + 2))
                            || matches!(
                                view.word(i + 2),
                                "summer"
                                    | "spring"
                                    | "autumn"
                                    | "winter"
                                    | "last"
                                    | "past"
                                    | "previous"
                                    | "period"
                            ))))
        })
        .unwrap_or(d.clause_end);
    let end = d
        .subject_before
        .map_or(end, |at| end.min(at.saturating_sub(1)));
    // Not a participle left hanging: "the assessment completed [in September]".
    if end > d.replace_end + 1 && end < d.clause_end && verbs::is_participle(view.word(end - 1)) {
        return end - 1;
    }
    end.max(d.replace_end)
}

/// The rewritten head of the clause, the open question and the next step.
struct Rewrite {
    head: String,
    question: String,
    next_step: String,
}

fn rewrite(view: &View, d: &Deficit) -> Rewrite {
    let question_end = d
        .subject_before
        .map_or(d.clause_end, |at| at.saturating_sub(1).max(d.replace_end));
    let rest = rest_text(view, d, question_end);
    let rest = rest.trim_end_matches([',', ';', ':', '.', ' ']);
    let next_rest = rest_text(view, d, next_step_end(view, d));
    let next_rest = next_rest.trim_end_matches([',', ';', ':', '.', ' ']);
    let at_sentence_start = d.start == 0;
    let frame = |s: &str| {
        if at_sentence_start {
            english::capitalise(s)
        } else {
            s.to_owned()
        }
    };
    match &d.action {
        Action::Passive {
            object,
            participle,
            negator,
            before_been,
            after_been,
            indefinite,
        } => {
            let object_text =
                common_noun_lowercased(english::decapitalise(view.span_text(object.0, object.1)));
            let object_text = if *indefinite && !object_text.ends_with('s') {
                format!("{} {object_text}", tone::article_for(&object_text))
            } else {
                object_text
            };
            let single = object.1 == object.0 + 1;
            let subject_case = if single {
                nominative(&object_text)
            } else {
                object_text.clone()
            };
            // "did not see any of the children" → "none of the children had been seen".
            let (subject_case, neg) = match subject_case.strip_prefix("any ") {
                Some(rest) if rest.starts_with("of ") => (format!("none {rest}"), ""),
                Some(rest) => (format!("no {rest}"), ""),
                // "made no contact" → "no contact had been made".
                None if subject_case.starts_with("no ") => (subject_case, ""),
                None => (subject_case, *negator),
            };
            // The question and the next step name what was not done, without "no" or "any"
            // ("an attempt", "contact with father").
            let object_text = object_text
                .strip_prefix("no ")
                .or_else(|| {
                    object_text
                        .strip_prefix("any ")
                        .filter(|rest| !rest.starts_with("of "))
                })
                .map_or(object_text.clone(), |rest| {
                    let head = rest.split(' ').next().unwrap_or("");
                    if COUNTABLE_OBJECTS.contains(&head) {
                        format!("{} {rest}", tone::article_for(rest))
                    } else {
                        rest.to_owned()
                    }
                });
            let mut group = if neg.is_empty() {
                "had".to_owned()
            } else {
                format!("had {neg}")
            };
            if !before_been.is_empty() {
                group = format!("{group} {before_been}");
            }
            group.push_str(" been ");
            if !after_been.is_empty() {
                group = format!("{group}{after_been} ");
            }
            let clause = format!("{subject_case} {group}{participle}");
            let head = if d.subordinate {
                frame(&clause)
            } else {
                frame(&format!("there was evidence that {clause}"))
            };
            Rewrite {
                head,
                question: format!(
                    "What helped or hindered {object_text} being {participle}{rest}?"
                ),
                next_step: format!(
                    "The next step is for {object_text} to be {participle}{next_rest}."
                ),
            }
        }
        Action::Nominal { noun } => Rewrite {
            head: frame(&format!("there was no evidence of {noun}")),
            question: format!("What helped or hindered {noun} taking place{rest}?"),
            next_step: format!("The next step is for {noun} to take place{next_rest}."),
        },
        Action::Absence {
            phrase,
            event,
            next,
        } => Rewrite {
            head: frame(phrase),
            question: format!("What helped or hindered {event}{rest}?"),
            next_step: format!("The next step is for {next}{next_rest}."),
        },
        Action::Accounted { that } => Rewrite {
            head: frame(if *that {
                "there was no evidence"
            } else {
                "there was no record of"
            }),
            question: format!("What would help the file show{rest}?"),
            next_step: format!("The next step is for the file to show{next_rest}."),
        },
        Action::Gerund { gerund } => Rewrite {
            head: frame(&format!("there was no evidence of {gerund}")),
            question: format!("What helped or hindered {gerund}{rest}?"),
            next_step: format!("The next step is {gerund}{next_rest}."),
        },
    }
}

fn diagnostic(ctx: &Context, view: &View, d: &Deficit) -> Diagnostic {
    // A subject shared with the clause before is quoted apart from the verb.
    let said = if d.start > d.subject.1 {
        format!(
            "{} \u{2026} {}",
            view.span_text(d.subject.0, d.subject.1),
            view.span_text(d.start, d.verb_end.max(d.start + 1))
        )
    } else if d.start < d.subject.0 {
        // "At no point did the social worker speak", "No referral was made by the DSL",
        // "a lack of visits by the worker": from the fronted negation.
        view.span_text(d.start, d.verb_end.max(d.subject.1))
            .to_owned()
    } else {
        view.span_text(d.subject.0, d.verb_end.max(d.subject.1))
            .to_owned()
    };
    let subject = view
        .span_text(d.subject.0, d.subject.1)
        .trim_end_str("'s")
        .trim_end_matches('\u{2019}')
        .trim_end_str("\u{2019}s");
    let range = view.span(d.start, d.clause_end);
    let mut diagnostic = ctx.diagnostic(
        &RULE,
        range,
        format!(
            "\u{201c}{said}\u{201d} makes {} the subject of what was not done: audits are reflective \
learning, not fault-finding. Say what the file shows and what now needs to happen.",
            english::decapitalise(subject)
        ),
    );
    let mut rewrite = rewrite(view, d);
    match d.fronted {
        Some(Fronted::Aside(from, to)) => {
            let aside = view.span_text(from, to);
            let aside = if d.start == 0 {
                english::capitalise(aside)
            } else {
                aside.to_owned()
            };
            rewrite.head = format!("{aside}, {}", english::decapitalise(&rewrite.head));
        }
        Some(Fronted::Relative((s, e), (from, to))) => {
            rewrite.head = format!(
                "{} {}; {}",
                view.span_text(s, e),
                view.span_text(from, to),
                english::decapitalise(&rewrite.head)
            );
        }
        None => {}
    }
    let mut edits = vec![Edit::replace(
        view.span(d.start, d.replace_end),
        rewrite.head.clone(),
    )];
    for &g in &d.gerunds {
        if let Some(t) = view.tok(g) {
            edits.push(Edit::replace(
                TextRange::new(t.start, t.end),
                verbs::gerund(&t.lower),
            ));
        }
    }
    if let Some(at) = d.subject_before {
        if let Some(t) = view.tok(at) {
            let who = english::decapitalise(subject);
            edits.push(Edit::insert(t.start, format!("{who} ")));
        }
    }
    let sentence_end = view.range.end();
    let ends_with_stop = view
        .range
        .slice(view.text)
        .trim_end_matches(['"', '\u{201d}', '\u{2019}', ')', '*', '_'])
        .ends_with(['.', '!', '?']);
    let follow = |sentence: &str| {
        let mut with = edits.clone();
        let text = if ends_with_stop {
            format!(" {sentence}")
        } else {
            format!(". {sentence}")
        };
        with.push(Edit::insert(sentence_end, text));
        with
    };
    let preview = shorten(&rewrite.head);
    diagnostic.fixes = vec![
        Fix::rewrite(
            format!("Rewrite reflectively: \u{201c}{preview}\u{201d}"),
            edits.clone(),
        ),
        Fix::rewrite(
            format!(
                "Rewrite reflectively and add the open question \u{201c}{}\u{201d}",
                rewrite.question
            ),
            follow(&rewrite.question),
        ),
        Fix::rewrite(
            format!(
                "Rewrite reflectively and add what now needs to happen: \u{201c}{}\u{201d}",
                rewrite.next_step
            ),
            follow(&rewrite.next_step),
        ),
    ];
    diagnostic
}

/// At most about 80 characters, cut at a word.
fn shorten(text: &str) -> String {
    if text.chars().count() <= 80 {
        return text.to_owned();
    }
    let mut out = String::new();
    for word in text.split_whitespace() {
        if out.chars().count() + word.chars().count() > 76 {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.push('\u{2026}');
    out
}

#[cfg(test)]
mod tests;
