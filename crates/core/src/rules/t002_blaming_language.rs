use super::tone::{self, Previous, Target, View};
use super::{Context, Rule, Scope};
use crate::diagnostic::{Diagnostic, Edit, Fix, Severity};
use crate::english::{self, verbs};
use crate::lexicon::tone::{BlameEntry, BlameKind, BLAME, DONE_TO_CHILDREN};
use crate::text::TextRange;

pub(crate) static RULE: Rule = Rule {
    code: "T002",
    name: "blaming-language",
    default_severity: Severity::Warning,
    scope: Scope::Prose,
    summary: "Judgemental or retrospective-blame wording about practice.",
    doc: "## What it does\n\
Flags judgemental or hindsight-blame wording about practice: \u{201c}poor practice\u{201d}, \
\u{201c}unacceptable\u{201d}, \u{201c}sloppy\u{201d}, \u{201c}negligent\u{201d}, \u{201c}should have\u{201d}, \u{201c}ought to \
have\u{201d}, \u{201c}no excuse\u{201d}, \u{201c}failure of\u{201d}\u{2026} It reads what the words describe, so the same \
words about the child's circumstances stay silent (\u{201c}Jo's attendance has been poor\u{201d}, \
\u{201c}inadequate housing\u{201d}, \u{201c}Jo should have contact with her brother\u{201d}), as do someone else's \
words the auditor reports (\u{201c}school said his behaviour was unacceptable\u{201d}). Extend the list \
with `[lexicon] extend-blame-phrases`.\n\n\
## Why\n\
The practice standard: \u{201c}Audits are reflective learning, not fault-finding. Avoid language \
that knocks the worker's confidence\u{2026} Focus on what now needs to happen, not on what was not \
done.\u{201d} Blame in hindsight closes the reflective conversation that moderation asks for: \
\u{201c}Is the writing helpful for learning?\u{201d}\n\n\
## Example\n\
```markdown\nThe SW should have visited within five working days of the referral. This was poor \
practice.\n```\n\n\
## Reflective rewrite\n\
```markdown\nIt would have helped if the SW had visited within five working days of the \
referral. This was practice that needs strengthening.\n```\n\
Then say what the gap meant for the child and what now needs to happen.\n",
    check,
};

fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    tone::for_each_phrase(ctx, &ctx.config.lexicon.blame, |found| {
        if found.view.in_quotes(found.first) {
            return;
        }
        let phrase = Phrase {
            first: found.first,
            last: found.last,
            entry: found.entry.and_then(|i| BLAME.get(i)),
        };
        if let Some(d) = judge(ctx, found.view, found.previous, &phrase) {
            out.push(d);
        }
    });
}

/// A blame phrase found in a sentence: tokens `[first, last)`.
struct Phrase {
    first: usize,
    last: usize,
    /// `None` for a configured extra phrase.
    entry: Option<&'static BlameEntry>,
}

fn judge(ctx: &Context, view: &View, previous: Previous<'_, '_>, p: &Phrase) -> Option<Diagnostic> {
    let kind = p.entry.map_or(BlameKind::Judgement, |e| e.kind);
    let words = view.span_text(p.first, p.last);
    let lower = words.to_lowercase();
    if kind == BlameKind::Hindsight {
        return hindsight(ctx, view, previous, p);
    }
    if tone::reported_before(view, p.first) {
        return None;
    }
    let target = if lower.starts_with("failure") && !lower.ends_with(" to") {
        // "failure of practice", "failure by the team": what failed decides.
        let from = p.last;
        let to = (from..view.len())
            .find(|&i| view.tokens[i].kind == english::Kind::Punct || view.is_verbish(i))
            .unwrap_or(view.len());
        match tone::classify(view, from, to, previous) {
            t if t.is_practice() => Target::Practice,
            _ => return None,
        }
    } else if lower.contains("practice") {
        // "good and poor practice", "strong or weak practice": the scale, not a judgement.
        let scale = p.first >= 2
            && view.tokens[p.first - 1].is_any(&["and", "or"])
            && view.tokens[p.first - 2].is_any(&[
                "good",
                "better",
                "best",
                "strong",
                "effective",
                "excellent",
                "outstanding",
            ]);
        if scale {
            return None;
        }
        Target::Practice
    } else {
        target_of(view, previous, p)
    };
    let fire = match kind {
        BlameKind::Judgement => !target.is_family(),
        BlameKind::PracticeOnly => target.is_practice(),
        BlameKind::LetDown => {
            // "let down by …": whoever let them down.
            if view.word(p.last) != "by" {
                return None;
            }
            let to = (p.last + 1..view.len())
                .find(|&i| view.tokens[i].kind == english::Kind::Punct || view.is_verbish(i))
                .unwrap_or(view.len());
            !tone::classify(view, p.last + 1, to, previous).is_family()
        }
        BlameKind::FailureTo => {
            let next = view.word(p.last);
            let possessor = p.first.checked_sub(1).and_then(|i| {
                let i = if view.tokens[i].is_any(&["the", "a", "this", "that"]) {
                    i.checked_sub(1)?
                } else {
                    i
                };
                view.tokens[i].is_possessive().then_some(i)
            });
            let family =
                possessor.is_some_and(|i| tone::classify(view, i, i + 1, previous).is_family());
            !family && !matches!(next, "thrive" | "progress" | "grow" | "gain")
        }
        BlameKind::Hindsight => false,
    };
    if !fire {
        return None;
    }
    let range = view.span(p.first, p.last);
    let mut d = ctx.diagnostic(
        &RULE,
        range,
        format!(
            "\u{201c}{words}\u{201d} is judgemental language about practice: audits are reflective \
learning, not fault-finding. Describe the gap neutrally, what it meant for the child and what \
now needs to happen."
        ),
    );
    let Some(entry) = p.entry else {
        return Some(d);
    };
    let attributive = noun_follows(view, p.last);
    let list = if attributive && !entry.before_noun.is_empty() {
        entry.before_noun
    } else {
        entry.alternatives
    };
    let after_determiner = p.first > 0
        && view.tokens[p.first - 1].is_any(&["the", "this", "that", "such", "a", "an", "its"]);
    for alternative in list {
        if after_determiner
            && ["a ", "an ", "not "]
                .iter()
                .any(|prefix| alternative.starts_with(prefix))
        {
            continue;
        }
        let new_text = match_case(words, alternative);
        if alternative.is_empty() {
            // Remove the word and one space beside it.
            let before = view.text.get(..range.start()).unwrap_or("");
            let start = if before.ends_with(' ') {
                range.start() - 1
            } else {
                range.start()
            };
            d.fixes.push(Fix::rewrite(
                format!("Remove \u{201c}{words}\u{201d}"),
                vec![Edit::replace(TextRange::new(start, range.end()), "")],
            ));
            continue;
        }
        d.fixes.push(Fix::rewrite(
            format!("Replace with \u{201c}{new_text}\u{201d}"),
            vec![tone::replace_fixing_article(view, range, &new_text)],
        ));
    }
    Some(d)
}

/// What a blame word describes: the noun after it, the clause after "It is … that", or
/// the subject of its clause.
fn target_of(view: &View, previous: Previous<'_, '_>, p: &Phrase) -> Target {
    // "Practice is of a poor standard": the standard is the subject's.
    let of_a_standard = p.first >= 2
        && view.tokens[p.first - 1].is_any(&["a", "an"])
        && view.word(p.first - 2) == "of"
        && view
            .tokens
            .get(p.last)
            .is_some_and(|t| t.is_any(&["standard", "quality", "level"]));
    // "did not bother to attend": a phrase that ends in "to" is followed by a verb.
    let infinitive = p.last > 0 && view.word(p.last - 1) == "to";
    if noun_follows(view, p.last) && !of_a_standard && !infinitive {
        let end = noun_phrase_end(view, p.last);
        // "a dreadful start for Jo": a "for"/"of" phrase after the noun counts too.
        let end = if view
            .tokens
            .get(end)
            .is_some_and(|t| t.is_any(&["for", "of"]))
        {
            // (Past a determiner: "of the children".)
            let from = if view
                .tokens
                .get(end + 1)
                .is_some_and(|t| t.is_any(english::DETERMINERS) || t.is_possessive())
            {
                end + 2
            } else {
                end + 1
            };
            noun_phrase_end(view, from.min(view.len()))
                .max(end + 2)
                .min(view.len())
        } else {
            end
        };
        // "poor communication between mother and father" is about the family.
        if view
            .tokens
            .get(end)
            .is_some_and(|t| t.is_any(&["between", "among", "amongst"]))
        {
            let people = (end + 1..(end + 6).min(view.len()))
                .map(|i| tone::classify(view, i, i + 1, previous));
            let people: Vec<Target> = people.collect();
            if people.iter().any(|t| t.is_family()) && !people.iter().any(|t| t.is_practice()) {
                return Target::Person;
            }
        }
        // "poor attendance by social workers", "a slow response from the team": whose
        // it was decides.
        if view
            .tokens
            .get(end)
            .is_some_and(|t| t.is_any(&["by", "from"]))
        {
            let to = (end + 1..view.len())
                .find(|&i| view.tokens[i].kind == english::Kind::Punct || view.is_verbish(i))
                .unwrap_or(view.len());
            let agent = tone::classify(view, end + 1, to, previous);
            if agent.is_practice() {
                return Target::Practice;
            }
            // "poor supervision of the children by their parents".
            if agent.is_family() {
                return Target::Person;
            }
        }
        // "a poor bus service", "poor mobile coverage": the services a family lives
        // with, not practice.
        if (p.last..end).any(|i| view.tokens[i].is_any(PUBLIC_UTILITIES)) {
            return Target::Circumstance;
        }
        // "exposed to neglect and inadequate supervision at home": what a child lived
        // with at home, not what a service did.
        let at_home = (view.word(end) == "at" && view.word(end + 1) == "home")
            || (view.word(end) == "in"
                && view.word(end + 1) == "the"
                && matches!(view.word(end + 2), "home" | "household"));
        let lived_with = (p.first.saturating_sub(6)..p.first).any(|i| {
            matches!(
                view.word(i),
                "exposed" | "subjected" | "experienced" | "experiencing" | "endured"
            )
        });
        if at_home || lived_with {
            return Target::Circumstance;
        }
        let mut t = tone::classify(view, p.last, end, previous);
        if matches!(t, Target::Thing | Target::Unknown) {
            t = (p.last..end)
                .find_map(|i| {
                    let one = tone::classify(view, i, i + 1, previous);
                    (one != Target::Thing && one != Target::Unknown).then_some(one)
                })
                .unwrap_or(t);
        }
        return t;
    }
    // "This was a catastrophic error of judgement by the manager": whose it was decides.
    if view.word(p.last) == "by" {
        let to = (p.last + 1..view.len())
            .find(|&i| view.tokens[i].kind == english::Kind::Punct || view.is_verbish(i))
            .unwrap_or(view.len());
        if tone::classify(view, p.last + 1, to, previous).is_practice() {
            return Target::Practice;
        }
    }
    // "Sending the report to both parents was careless": the subject is an act (a gerund
    // and its object) with clauses of its own inside, and the main verb is the copula just
    // before the word; what the act is decides.
    if let Some(copula) = act_copula(view, p.first) {
        return tone::classify(view, 0, copula, previous);
    }
    // "The enquiry found the conditions at the flat unacceptable": a verb of judging
    // says what its object is; the object, not the subject, is what the word is about.
    if let Some(object) = judged_object(view, p.first) {
        let t = tone::classify(view, object.0, object.1, previous);
        if t != Target::Unknown && t != Target::Thing {
            return t;
        }
    }
    // "It is unacceptable that the chronology …", "It was negligent to close …".
    let (s, e) = tone::clause_subject(view, p.first);
    if e == s + 1 && view.tokens[s].is_any(&["it", "this", "that"]) {
        let mut i = p.last;
        while i < view.len()
            && (view.tokens[i].is_any(&["for", "that"])
                || view.tokens[i].kind == english::Kind::Punct)
        {
            i += 1;
        }
        if view.word(p.last) == "to" || i >= view.len() {
            return Target::Unknown;
        }
        // "This is unacceptable for a young person whose placement had just broken down":
        // whom it is unacceptable for, not who did it (that takes an infinitive: "for
        // mother to leave them alone"). What "this" is decides, as in a bare "This is
        // unacceptable".
        if view.word(p.last) == "for" {
            let clause_end = (p.last + 1..view.len())
                .find(|&j| view.tokens[j].kind == english::Kind::Punct)
                .unwrap_or(view.len());
            if !(p.last + 1..clause_end).any(|j| view.word(j) == "to") {
                return Target::Unknown;
            }
        }
        let (_, sub_end) = tone::clause_subject(view, (i + 1).min(view.len()));
        let sub_end = (i..view.len())
            .find(|&j| view.is_verbish(j) || view.word(j) == "to")
            .unwrap_or(sub_end)
            .max(i + 1);
        // "It is unacceptable that children were left without …": what services do to
        // children (left, placed, seen, told …), said in the passive, is practice's doing.
        let passive = matches!(view.word(sub_end), "was" | "were" | "is" | "are" | "been")
            && (sub_end + 1..(sub_end + 3).min(view.len()))
                .find(|&j| !view.tokens[j].is_any(&["not", "never", "still", "been"]))
                .is_some_and(|j| view.tokens[j].is_any(DONE_TO_CHILDREN));
        // "It is inexcusable that Hamza has had no communication passport": a word that
        // can only blame, said of someone going without, blames whoever should have
        // provided it.
        let inherent = view.tokens[p.first].is_any(&[
            "inexcusable",
            "unforgivable",
            "indefensible",
            "unjustifiable",
            "scandalous",
            "disgraceful",
        ]);
        if passive
            || negated_passive(view, sub_end)
            || (inherent
                && (sub_end..(sub_end + 12).min(view.len())).any(|j| went_without(view, j)))
        {
            return Target::Practice;
        }
        return tone::classify(view, i, sub_end, previous);
    }
    if s == e {
        return Target::Unknown;
    }
    let target = tone::classify(view, s, e, previous);
    if target == Target::Circumstance && professional_attendance(view, s, e) {
        return Target::Practice;
    }
    target
}

/// Where the copula is whose complement, at `first`, judges an act said as the
/// sentence's subject ("Allowing the plan to lapse while … was close to negligent"): the
/// sentence opens with a gerund and its object, and only degree words come between the
/// copula and the judgement.
fn act_copula(view: &View, first: usize) -> Option<usize> {
    let opener = view.tokens.first()?;
    let object = view.tokens.get(1)?;
    if !(opener.is_word()
        && opener.lower.len() > 4
        && opener.lower.ends_with("ing")
        && !crate::lexicon::tone::CIRCUMSTANCE_NOUNS.contains(&opener.lower.as_str())
        && !crate::lexicon::tone::PRACTICE_NOUNS.contains(&opener.lower.as_str())
        && (object.is_any(english::DETERMINERS) || object.is_possessive()))
    {
        return None;
    }
    let mut i = first;
    while i > 2
        && view.tokens[i - 1].is_any(&[
            "close",
            "to",
            "nearly",
            "almost",
            "little",
            "short",
            "of",
            "bordering",
            "on",
            "quite",
            "rather",
            "very",
            "simply",
            "frankly",
            "nothing",
            "verging",
        ])
    {
        i -= 1;
    }
    let copula = i.checked_sub(1)?;
    (copula > 2 && view.tokens[copula].is_any(&["was", "is", "were", "are", "seems", "seemed"]))
        .then_some(copula)
}

/// Transport and utilities, whose "service" is not social care's.
const PUBLIC_UTILITIES: &[&str] = &[
    "bus",
    "train",
    "rail",
    "transport",
    "phone",
    "mobile",
    "broadband",
    "internet",
    "postal",
    "wifi",
    "wi-fi",
    "signal",
];

/// The object of a verb of judging that the word at `first` completes ("found the
/// conditions at father's flat unacceptable", "judged the home conditions wholly
/// unacceptable"): its tokens, when the verb is within eight words in the same clause and
/// an object stands between.
fn judged_object(view: &View, first: usize) -> Option<(usize, usize)> {
    const JUDGING: &[&str] = &[
        "found",
        "find",
        "finds",
        "judged",
        "judge",
        "judges",
        "considered",
        "considers",
        "consider",
        "deemed",
        "deem",
        "deems",
        "thought",
        "rated",
        "assessed",
    ];
    const DEGREE: &[&str] = &[
        "so",
        "very",
        "wholly",
        "totally",
        "entirely",
        "completely",
        "quite",
        "clearly",
        "plainly",
        "simply",
        "frankly",
        "to",
        "be",
    ];
    let mut end = first;
    while end > 0 && view.tokens[end - 1].is_any(DEGREE) {
        end -= 1;
    }
    let verb = (end.saturating_sub(8)..end)
        .rev()
        .take_while(|&i| view.tokens[i].kind != english::Kind::Punct)
        .find(|&i| view.tokens[i].is_any(JUDGING))?;
    let object = verb + 1;
    (object < end && !view.tokens[object].is_any(&["that", "it", "this"])).then_some((object, end))
}

/// Whether the verb group from `at` tells of someone going without ("has had no", "had
/// no", "has not had", "has been without", "went without").
fn went_without(view: &View, at: usize) -> bool {
    let w = |i: usize| view.word(at + i);
    matches!(
        (w(0), w(1), w(2)),
        ("has" | "have" | "had", "had", "no")
            | ("had", "no", _)
            | ("has" | "have" | "had", "not", "had")
            | ("hasn't" | "haven't" | "hadn't", "had", _)
            | ("has" | "have" | "had", "been", "without")
            | ("went" | "goes" | "go", "without", _)
            | ("has" | "have", "gone", "without")
            | ("was" | "were", "left", "without")
    )
}

/// "… that his views have not been gathered", "… that Noah was not seen": a negated
/// passive, from the auxiliary at `at`, says what was not done to or for someone, which is
/// practice's omission whoever the subject is ("that mother has not been honest" has no
/// participle).
fn negated_passive(view: &View, at: usize) -> bool {
    let mut i = at;
    let mut negated = false;
    let mut passive = false;
    while i < view.len() && i < at + 5 {
        match view.word(i) {
            "has" | "have" | "had" | "still" | "yet" | "ever" => {}
            "not" | "never" => negated = true,
            "hasn't" | "haven't" | "hadn't" => negated = true,
            "wasn't" | "weren't" | "isn't" | "aren't" => {
                negated = true;
                passive = true;
            }
            "been" | "was" | "were" | "is" | "are" => passive = true,
            _ => break,
        }
        i += 1;
    }
    negated && passive && i < view.len() && verbs::is_participle(view.word(i))
}

/// "Attendance at core groups by health has been poor": the attendance of professionals
/// at meetings, not the child's at school.
fn professional_attendance(view: &View, s: usize, e: usize) -> bool {
    // "School attendance", "attendance at nursery": the child's.
    if (s..e).any(|i| view.tokens[i].is_any(&["school", "nursery", "college", "class", "lessons"]))
    {
        return false;
    }
    (s..e).any(|i| {
        let w = view.word(i);
        (w == "at"
            && (i + 1..(i + 4).min(e)).any(|j| {
                view.tokens[j].is_any(&[
                    "meeting",
                    "meetings",
                    "conference",
                    "conferences",
                    "review",
                    "reviews",
                    "group",
                    "groups",
                    "strategy",
                    "discussions",
                    "panel",
                    "panels",
                ])
            }))
            || (matches!(w, "by" | "from") && view.role_at(i + 1).is_some())
            || view.tokens[i].is_any(&["professional", "professionals", "agency", "agencies"])
    })
}

/// Whether a noun phrase starts at token `i` (the phrase is an adjective before a noun).
fn noun_follows(view: &View, i: usize) -> bool {
    let Some(t) = view.tok(i) else {
        return false;
    };
    t.is_word()
        && !t.is_any(english::PREPOSITIONS)
        && !t.is_any(english::COORDINATORS)
        && !t.is_any(english::SUBORDINATORS)
        && !t.is_any(english::AUXILIARIES)
        && !t.is_any(english::DETERMINERS)
        && !t.is_any(&[
            "to",
            "not",
            "and",
            "throughout",
            "overall",
            "too",
            "enough",
            "now",
            "here",
            "there",
        ])
        && !english::is_adverb(&t.lower)
        // "woefully out of date": a particle, not a noun.
        && !t.is_any(crate::lexicon::tone::PARTICLES)
        && !view.is_verbish(i)
}

/// The end of the run of nouns and adjectives that starts at `i`.
fn noun_phrase_end(view: &View, i: usize) -> usize {
    let mut end = i;
    while end < view.len() && end < i + 4 && noun_follows(view, end) {
        end += 1;
    }
    end.max((i + 1).min(view.len()))
}

/// "should have visited": blame in hindsight. "Jo should have contact" is not.
/// "Inspectors saw no cases where children should have been looked after": the hindsight
/// is denied of every case, not said of one.
fn denied_of_every_case(view: &View, at: usize) -> bool {
    (at.saturating_sub(8)..at).any(|i| {
        view.tokens[i].is_any(&["no", "none"])
            && (i + 1..(i + 4).min(at)).any(|j| view.tokens[j].is_any(&["where", "which"]))
    })
}

fn hindsight(
    ctx: &Context,
    view: &View,
    previous: Previous<'_, '_>,
    p: &Phrase,
) -> Option<Diagnostic> {
    let mut v = p.last;
    while english::is_adverb(view.word(v)) && !view.word(v).is_empty() {
        v += 1;
    }
    let passive = view.word(v) == "been";
    let participle_at = if passive { v + 1 } else { v };
    let participle = view.word(participle_at).to_owned();
    if !passive && !verbs::is_participle(&participle) {
        return None;
    }
    if tone::reported_before(view, p.first) || denied_of_every_case(view, p.first) {
        return None;
    }
    let (s, e) = tone::clause_subject(view, p.first);
    let subject = (s < e).then_some((s, e));
    if !passive {
        // "Mother should have protected Jo" is about the family, not practice.
        if let Some((s, e)) = subject {
            if tone::classify(view, s, e, previous).is_family() {
                return None;
            }
        }
    } else if !verbs::is_participle(&participle)
        && !matches!(participle.as_str(), "more" | "clearer" | "better")
    {
        // "Jo should have been at school": about the child's day, not practice.
        if let Some((s, e)) = subject {
            if tone::classify(view, s, e, previous).is_family() {
                return None;
            }
        }
    }
    let words = view.span_text(p.first, p.last);
    let negated = words.to_lowercase().contains("not")
        || words.to_lowercase().contains("n't")
        || words.to_lowercase().contains("never");
    let mut d = ctx.diagnostic(
        &RULE,
        view.span(p.first, p.last),
        format!(
            "\u{201c}{words}\u{201d} blames in hindsight: audits are reflective learning, not \
fault-finding. Say what would have helped, or what now needs to happen."
        ),
    );
    let Some((s, e)) = subject else {
        return Some(d);
    };
    let at_start = s == 0;
    let frame = |text: String| {
        if at_start {
            english::capitalise(&text)
        } else {
            text
        }
    };
    let subject_text = english::decapitalise(view.span_text(s, e));
    // "The worker shouldn't have shared the address": "It would have been better not to
    // share the address". Keeping the worker as the subject ("… if the worker had not
    // shared") is what T001 flags: a practitioner made the subject of what was not done.
    let base = verbs::base_from_participle(&participle);
    let (helped, replaced) = match (negated, passive, &base) {
        (true, false, Some(base)) => (
            format!("it would have been better not to {base}"),
            view.span(s, participle_at + 1),
        ),
        (true, ..) => (
            format!("it would have been better if {subject_text} had not"),
            view.span(s, p.last),
        ),
        (false, ..) => (
            format!("it would have helped if {subject_text} had"),
            view.span(s, p.last),
        ),
    };
    d.fixes.push(Fix::rewrite(
        format!(
            "Rewrite as \u{201c}{}\u{201d}",
            english::capitalise(&helped)
        ),
        vec![Edit::replace(replaced, frame(helped))],
    ));
    // "An opportunity to visit … was missed".
    if !negated {
        let clause_end = (participle_at + 1..view.len())
            .find(|&i| {
                view.tokens[i].is_punct(&[',', ';', ':', '(', ')', '\u{2013}', '\u{2014}'])
                    || (view.tokens[i].is_punct(&['.', '!', '?']) && i + 1 == view.len())
                    || view.tokens[i].is_any(&["so", "which", "because", "as", "although", "but"])
            })
            .unwrap_or(view.len());
        if let (Some(base), true) = (base, participle_at < clause_end) {
            let rest = if participle_at + 1 < clause_end {
                format!(" {}", view.span_text(participle_at + 1, clause_end))
            } else {
                String::new()
            };
            let what = if passive {
                format!("{base} {subject_text}{rest}")
            } else {
                format!("{base}{rest}")
            };
            let text = frame(format!("an opportunity to {what} was missed"));
            d.fixes.push(Fix::rewrite(
                format!("Rewrite as \u{201c}{}\u{201d}", english::capitalise(&text)),
                vec![Edit::replace(view.span(s, clause_end), text)],
            ));
        }
    }
    Some(d)
}

/// `alternative` with the first letter in the case of `original`'s.
fn match_case(original: &str, alternative: &str) -> String {
    if original.chars().next().is_some_and(char::is_uppercase) {
        english::capitalise(alternative)
    } else {
        alternative.to_owned()
    }
}

#[cfg(test)]
mod tests;
