use crate::text::TrimEndStr;
use std::sync::LazyLock;

use super::{Context, Rule, Scope};
use crate::analysis::{subject_at, subject_in_clause, Head};
use crate::date::{find_cited_dates, find_dates, Date};
use crate::diagnostic::{Diagnostic, Edit, Fix, Severity};
use crate::document::Sentence;
use crate::lexicon::evidence::{ADULT_FAMILY, CHILD_WORDS};
use crate::lexicon::lazy::LazyRegex;
use crate::lexicon::risk::{About, EscalationMatcher, Indicator};

pub(crate) static RULE: Rule = Rule {
    code: "S001",
    name: "escalate-now",
    default_severity: Severity::Error,
    scope: Scope::Prose,
    summary: "The text shows a child at risk of immediate harm, or that it is not known whether the child is safe.",
    doc: "## What it does\n\
Flags any sentence, anywhere in the audit (free text included), that shows a child may be at \
risk of immediate harm or that it is not known whether the child is safe: the child not seen \
for a period, whereabouts not known, missing from home or care, \u{201c}we do not know if Jo is \
safe\u{201d}, a disclosure or allegation with no action taken, a child left alone, an injury \
not explained, no safety plan while the risk continues, or a current risk such as a \
perpetrator back in the home. It stays silent when the sentence shows the risk was acted on \
or has ended (\u{201c}…but returned, and a return interview was completed\u{201d}, \u{201c}…was \
reported to the police the same day and a strategy discussion held\u{201d}), and on negated or \
hypothetical mentions (\u{201c}there have been no missing episodes\u{201d}, \u{201c}the risk of \
going missing\u{201d}).\n\n\
The message names who to escalate to: the `[escalation] contacts` of the configuration \
(by default the Principal Social Worker, the Assistant Director for QA, the Team Manager, \
the Assistant Team Manager and the social worker). Add your own triggers with `[lexicon] \
extend-escalation-phrases`.\n\n\
Once you have escalated, record it in the audit with a dated note, \u{201c}Escalated to … on \
20 November 2026.\u{201d} (the code action inserts one): the rule then stays silent for that \
area.\n\n\
## Why\n\
The practice standard: \u{201c}If the file shows a child at risk of immediate harm, or it is \
not known whether the child is safe, the auditor escalates **immediately** (Principal Social \
Worker, Assistant Director for QA, Team Manager, Assistant Team Manager and the social \
worker) and does not wait until the audit is complete.\u{201d}\n\n\
## Example\n\
```markdown\n### Evidence\nMaya has not been seen since 2 September and her whereabouts \
are unknown.\n```\n\n\
## Reflective rewrite\n\
Escalate first, then record it:\n\
```markdown\n### Evidence\nMaya has not been seen since 2 September and her whereabouts \
are unknown. Escalated to the Team Manager and the Principal Social Worker on 20 November \
2026.\n```\n",
    check,
};

fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let matcher = &ctx.config.lexicon.escalation;
    let doc = ctx.doc;
    let note: Vec<bool> = doc
        .sentences
        .iter()
        .map(|s| is_note(matcher, doc.slice(s.range)))
        .collect();
    let noted_areas: Vec<Option<usize>> = doc
        .sentences
        .iter()
        .zip(&note)
        .filter(|(_, &n)| n)
        .map(|(s, _)| s.area)
        .collect();
    let audit = doc.audit_date();
    // The latest recent sighting of the child in each area ("seen alone on 14 November",
    // "his social worker sees him weekly"): a gap in sight that came before it has ended.
    let sightings: Vec<(Option<usize>, Sighting)> = doc
        .sentences
        .iter()
        .filter_map(|s| Some((s.area, recent_sighting(matcher, doc.slice(s.range), audit)?)))
        .collect();
    // Every sentence's text, and where the paragraph each is in starts.
    let texts: Vec<&str> = doc.sentences.iter().map(|s| doc.slice(s.range)).collect();
    let mut paragraph_start = Vec::with_capacity(doc.sentences.len());
    for (i, sentence) in doc.sentences.iter().enumerate() {
        let start = match i.checked_sub(1) {
            Some(before) if same_paragraph(ctx, &doc.sentences[before], sentence) => {
                paragraph_start[before]
            }
            _ => i,
        };
        paragraph_start.push(start);
    }
    for (i, sentence) in doc.sentences.iter().enumerate() {
        let text = texts[i];
        if note[i] || noted_areas.contains(&sentence.area) {
            continue;
        }
        let in_area = || sightings.iter().filter(|(area, _)| *area == sentence.area);
        let seen_since = Seen {
            any: in_area().map(|(_, s)| s.day).max(),
            not_last: in_area().filter(|(_, s)| !s.last).map(|(_, s)| s.day).max(),
        };
        // The sentence at `j`, when it is in one paragraph with the one at `of`.
        let neighbour_of = |of: usize, j: Option<usize>| {
            let other = doc.sentences.get(j?)?;
            same_paragraph(ctx, doc.sentences.get(of)?, other).then(|| doc.slice(other.range))
        };
        let neighbour = |j: Option<usize>| neighbour_of(i, j);
        let previous = neighbour(i.checked_sub(1)).map(|text| Previous {
            text,
            earlier: texts
                .get(paragraph_start[i]..i.saturating_sub(1))
                .unwrap_or(&[]),
            children: doc.children(),
        });
        // The sentences after it in its paragraph, as far as a response may come.
        let following_end = (i + 1..texts.len().min(i + 1 + LATER_REACH))
            .find(|&j| paragraph_start[j] != paragraph_start[i])
            .unwrap_or(texts.len().min(i + 1 + LATER_REACH));
        let following = texts.get(i + 1..following_end).unwrap_or(&[]);
        let Some(indicator) = trigger(
            matcher,
            text,
            previous,
            (following, doc.children()),
            audit,
            seen_since,
        ) else {
            continue;
        };
        let contacts = join(&ctx.config.escalation_contacts);
        let mut d = ctx.diagnostic(
            &RULE,
            sentence.range,
            format!(
                "This shows a child who may be at risk of immediate harm or not known to be safe ({}): escalate now to {contacts}, and do not wait until the audit is complete.",
                indicator.describe()
            ),
        );
        let date = doc
            .audit_date()
            .map_or_else(|| "[date]".to_owned(), |d| d.to_string());
        d.fixes.push(Fix::rewrite(
            "Record that the concern has been escalated",
            vec![Edit::insert(
                sentence.range.end(),
                format!(" Escalated to {contacts} on {date}."),
            )],
        ));
        out.push(d);
    }
}

/// Whether two sentences are in one paragraph of one section.
fn same_paragraph(ctx: &Context, a: &Sentence, b: &Sentence) -> bool {
    if a.area != b.area || a.section != b.section {
        return false;
    }
    let (first, second) = if a.range.start() <= b.range.start() {
        (a, b)
    } else {
        (b, a)
    };
    let between = ctx
        .text()
        .get(first.range.end()..second.range.start())
        .unwrap_or("\n\n");
    between.trim().is_empty() && between.matches('\n').count() < 2
}

/// "A, B and C".
fn join(items: &[String]) -> String {
    match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => items.join(", "),
    }
}

/// A dated note that the auditor has escalated.
fn is_note(matcher: &EscalationMatcher, text: &str) -> bool {
    matcher.note.is_match(text) && !find_dates(text).is_empty()
}

/// Whether the match at `start..end` of `text` is about now: not negated, hypothetical or
/// historical, and not about something harmless ("seen alone", "missing from the file").
fn current(matcher: &EscalationMatcher, text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).unwrap_or("");
    let after = text.get(end..).unwrap_or("");
    // "…is not living at home and no one knows where he is": a trigger that opens its own
    // clause with its own negative subject is not denied by a negation in the clause before.
    let own_clause = NO_SUBJECT.is_match(text.get(start..end).unwrap_or(""))
        && before
            .trim_end()
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .is_some_and(|w| w.is_empty() || w == "and" || w == "but");
    // "Children at risk of exploitation have not been seen": the risk names who the
    // subject is, so the words before it decide whether the trigger is denied.
    let scope = RISK_IN_SUBJECT
        .find(before)
        .and_then(|m| before.get(..m.start()))
        .unwrap_or(before);
    let negated = if own_clause {
        false
    } else {
        (negation_reaches(matcher, scope) && !FACTIVE_NEGATION.is_match(scope))
            || spent_in_the_past(before)
    };
    // "… had not come back when this file was read": a time clause, not a document.
    let about_a_document = matcher.not_current_after.is_match(after) && !WHEN_AFTER.is_match(after);
    if negated || about_a_document || matcher.hypothetical.is_match(before) {
        return false;
    }
    // The clause the trigger is in: a negative quantifier there denies the risk of every
    // child ("No children were found to be at immediate risk").
    let clause_start = matcher
        .clause_break
        .find_iter(before)
        .last()
        .map_or(0, |m| m.end());
    let clause = before.get(clause_start..).unwrap_or("");
    !matcher.no_children.is_match(clause) && !generic_class(matcher, before, text.get(start..end))
}

/// A sentence that opens with who responded ("The DSL rang the front door within the
/// hour…", "A strategy discussion was held…", "The response since has been robust"): a
/// resolution in it answers the sentence before. Not a sign that a sentence points back
/// otherwise ("The hospital's advice has not been shared" after another child's harm).
static RESPONDER_FIRST: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)^\W*(?:(?:before|after|following|within|on|later|that|the same|the next|the following) (?:[a-z0-9/'’-]+ ){0,3}?(?:,\s*)?)?(?:(?:the |his |her |their |[a-z-]+['’]s )?(?:dsl|school|hospital|front door|mash|gp|health visitor|iro|paediatrician|police|officers|emergency duty team|edt|yw|youth worker|tm|atm|team manager|ssw|pa|personal adviser|fsw|family support worker|camhs|yot|yos|hv|school nurse|key ?worker|probation|(?:class |form |head ?)?teacher|nursery|(?:the )?nurse)|(?:a|the) strategy (?:discussion|meeting)|the response|strat(?:egy)?(?: discussion| meeting| disc)? \d{1,2}[/.]\d{1,2}|(?:a|an|the) (?:joint |same-day |unannounced )?(?:welfare|home|safe and well) (?:visit|check)|(?:a|an) (?:joint |same-day |unannounced |urgent )?visit (?:was|has been|had been) (?:made|carried out|completed|undertaken)|the auditor|(?:(?:a|an|the) )?(?:s47|section 47)(?: enquiry| enquiries)?|(?:a|the) (?:child protection |cp )?medical|(?:a|the) contextual safeguarding meeting|(?:(?:a|the|his|her|their) )?(?:duty |allocated )?(?:social worker|sw)|(?:a|the) police officer|the (?:[a-z'’-]+ ){0,3}?(?:team|service|crisis team)|on \d{1,2}(?:st|nd|rd|th)? [a-z]+,? (?:the |a )?(?:social worker|sw|worker|police|officers|tm|team manager|duty|health visitor)|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\s*[-\u{2013}\u{2014}:]?\s*(?:the )?(?:tm|team manager|manager|sw|social worker|worker|police|duty|edt|dsl))\b",
    ))
});

/// A time clause right after the trigger ("when this file was read", "at the time of the
/// audit"): the words after it are not what the trigger is about.
static WHEN_AFTER: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)^\W*(?:when|while|whilst|by the time|at the time|as of|since)\b",
    ))
});

/// A negation of knowing that ends just before the trigger's clause ("Leaders were not aware
/// that 40 children had not been visited", "nobody realised that Jo was missing"): what is
/// not known is true, so the negation does not deny the trigger.
/// Whether the words before a trigger deny it, hypothesise it or put it in the past, read
/// only within the trigger's clause: a negation before "and" with a subject of its own
/// ("section 47 enquiries do not start and the risks to these children remain
/// unassessed") does not reach the clause after it.
fn negation_reaches(matcher: &EscalationMatcher, scope: &str) -> bool {
    let Some(m) = matcher.not_current_before.find(scope) else {
        return false;
    };
    match NEW_CLAUSE.find_iter(m.as_str()).last() {
        Some(clause) => scope
            .get(m.start() + clause.end()..)
            .is_some_and(|rest| matcher.not_current_before.is_match(rest)),
        None => true,
    }
}

/// "and" or "but" opening a clause with a subject of its own.
static NEW_CLAUSE: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)\b(?:and|but)\s+(?:the|there|these|those|her|his|their|she|he|they|this|its)\s",
    ))
});

/// "at risk of" in a subject, with the subject's verb before a trigger ("children at risk
/// of criminal exploitation have [not been seen]").
static RISK_IN_SUBJECT: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)\bat (?:[a-z]+ )?risk of (?:[\w'’-]+\s+){1,3}?(?:have|has|had|are|were|is|was)(?:\s+(?:still|also|yet|ever))?\s*$",
    ))
});

static FACTIVE_NEGATION: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)\b(?:not|n['’]t|never|nobody|no one)\s+(?:[\w'’-]+\s+){0,2}?(?:aware|know|knew|realise|realised|realize|realized|recognise|recognised|recognize|recognized|notice|noticed|understand|understood|appreciate|appreciated)\s+(?:that|how many)\b(?:[^\w;:,.!?]+[A-Za-z0-9_'’-]+){0,10}[^\w;:,.!?]*$",
    ))
});

/// Whether `before` ends in a stretch of time spent in the past ("spent some weeks
/// sofa-surfing", "after a period of sofa surfing"), not one that runs to now ("has spent
/// three nights missing").
fn spent_in_the_past(before: &str) -> bool {
    SPENT.captures(before).is_some_and(|caps| {
        !caps.get(1).is_some_and(|w| {
            ["has", "have", "had", "'s"].contains(&w.as_str().to_lowercase().as_str())
        })
    })
}

static SPENT: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)(?:^|\b([\w'’]+)\s+)(?:spent\s+(?:some|several|a few|a couple of|two|three|four|\d+|many)\s+(?:days|weeks|months|nights)|(?:after|following)\s+an?\s+(?:[a-z]+\s+)?(?:period|spell|stretch|time)\s+of)\b(?:[^\w;:,.!?]+[A-Za-z0-9_'’-]+){0,4}[^\w;:,.!?]*$",
    ))
});

/// Whether the trigger sits in a relative clause about children as a class, in the
/// present or with a modal ("Children who go missing are offered…").
fn generic_class(matcher: &EscalationMatcher, before: &str, matched: Option<&str>) -> bool {
    let Some(caps) = matcher.generic_class.captures(before) else {
        return false;
    };
    let Some(between) = caps.get(1).map(|m| m.as_str()) else {
        // "Children's missing episodes…": the class itself.
        return true;
    };
    let verb = if between.trim().is_empty() {
        matched.unwrap_or("")
    } else {
        between
    };
    matcher.generic_verb.is_match(verb.trim_start())
}

fn about_fits(about: About, text: &str, start: usize, end: usize) -> bool {
    let matched = text.get(start..end).unwrap_or("");
    // "it is unclear who is responsible for several of them": the actions', not the
    // child's.
    if responsible_for_a_task(matched, text.get(end..).unwrap_or("")) {
        return false;
    }
    if about == About::Companion {
        let last_words: Vec<&str> = matched.split_whitespace().rev().take(2).collect();
        return !adult_named(&last_words.join(" "));
    }
    // "The whereabouts of father", "has not seen mother since": about an adult, unless
    // the child is named too ("the whereabouts of Ruby and her mother").
    if !matches!(about, About::Any | About::NotChild)
        && adult_named(matched)
        && !person_named(matched)
    {
        return false;
    }
    // "We do not know whether father is safe": not knowing about an adult.
    if about_an_adult_next(text, start, end) {
        return false;
    }
    // "No visits since…" is its own subject; only a subject in the same clause counts
    // ("father has had no contact since").
    let head = if NO_SUBJECT.is_match(matched) {
        subject_in_clause(text, start)
    } else {
        subject_at(text, start)
    };
    // "She has had no contact with him since": the child's contact with an adult kept
    // away, not the child unseen ("there has been no contact with him since" is).
    let lower = matched.to_ascii_lowercase();
    let contact_at = lower
        .find("contact ")
        .or_else(|| lower.ends_with("contact").then(|| matched.len() - 7));
    if about == About::Child
        && contact_at.is_some_and(|at| {
            contact_with_an_adult(
                text.get(start + at + 7..).unwrap_or(""),
                head == Some(Head::Child),
            )
        })
    {
        return false;
    }
    match about {
        About::Any | About::Companion => true,
        // "23 children subject to child protection plans had not been visited": the
        // children head a subject that a service or plan only modifies.
        About::Child if head == Some(Head::Practice) => children_head_clause(text, start),
        About::Child => !matches!(head, Some(Head::Adult | Head::Practice)),
        About::Practitioner => !matches!(head, Some(Head::Adult | Head::Child)),
        About::NotChild => !matches!(head, Some(Head::Child)),
    }
}

/// Whether `matched` ends in "responsible for" (or "responsibility for", "in charge of")
/// and `after`, the words after it, name a task or a share of some, not a child: "who is
/// responsible for several of them", "who is responsible for the actions".
fn responsible_for_a_task(matched: &str, after: &str) -> bool {
    let lower = matched.to_ascii_lowercase();
    if !["responsible for", "responsibility for", "in charge of"]
        .iter()
        .any(|w| lower.ends_with(w))
    {
        return false;
    }
    let after = after.to_ascii_lowercase();
    let mut words = after
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty());
    let first = words.next().unwrap_or("");
    let task = |w: &str| {
        matches!(
            w,
            "plan"
                | "plans"
                | "action"
                | "actions"
                | "task"
                | "tasks"
                | "meeting"
                | "meetings"
                | "review"
                | "case"
                | "work"
                | "referral"
                | "assessment"
                | "recommendations"
                | "decision"
                | "decisions"
                | "budget"
                | "outcomes"
        )
    };
    match first {
        "the" | "each" | "this" | "these" | "those" => words.next().is_some_and(task),
        "several" | "some" | "many" | "most" | "all" | "any" | "it" | "which" | "what" | "that" => {
            true
        }
        w => task(w) || w.ends_with("ing"),
    }
}

/// Whether `after`, the words after "came home" or "came back", tell what the child
/// brought ("with expensive trainers he could not explain", "with £50"): a sign of harm,
/// not a return from being missing.
fn brought_something(after: &str) -> bool {
    let lower = after.to_lowercase();
    let mut words = lower
        .split(|c: char| !c.is_alphanumeric() && c != '£')
        .filter(|w| !w.is_empty());
    words.next() == Some("with")
        && words.take(3).any(|w| {
            w.starts_with('£')
                || matches!(
                    w,
                    "money"
                        | "cash"
                        | "trainers"
                        | "clothes"
                        | "phone"
                        | "phones"
                        | "gifts"
                        | "presents"
                        | "items"
                        | "jewellery"
                        | "bruises"
                        | "bruising"
                        | "injuries"
                        | "marks"
                        | "cuts"
                        | "drugs"
                        | "cannabis"
                        | "alcohol"
                        | "expensive"
                        | "new"
                        | "unexplained"
                        | "designer"
                        | "vapes"
                )
        })
}

/// Whether `after`, the words after "no contact", say it is contact with an adult of the
/// family or someone else ("with her father", "with the man", or "with him" when the
/// child is the one with no contact), not with a practitioner ("with her social worker").
fn contact_with_an_adult(after: &str, child_subject: bool) -> bool {
    let lower = after.to_lowercase();
    let mut words = lower
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty());
    if words.next() != Some("with") {
        return false;
    }
    let first = words.next().unwrap_or("");
    let second = words.next().unwrap_or("");
    let adult = |w: &str| {
        crate::lexicon::evidence::ADULT_FAMILY.contains(&w)
            || matches!(
                w,
                "man"
                    | "men"
                    | "abuser"
                    | "perpetrator"
                    | "offender"
                    | "uncle"
                    | "mr"
                    | "ms"
                    | "mrs"
                    | "birth"
                    | "parents"
                    | "family"
            )
    };
    match first {
        // A pronoun is someone other than the child only when the child has no contact.
        "him" | "them" => child_subject,
        "her" => {
            child_subject
                && !matches!(
                    second,
                    "social"
                        | "sw"
                        | "worker"
                        | "allocated"
                        | "pa"
                        | "personal"
                        | "iro"
                        | "key"
                        | "keyworker"
                        | "lead"
                        | "case"
                        | "new"
                        | "practitioner"
                        | "independent"
                )
        }
        "his" | "their" | "the" => adult(second) || child_subject && relative(second),
        w => adult(w) || child_subject && relative(w),
    }
}

/// Whether `word` names the child's siblings, wider family or friends: the child's own
/// contact with them ("Jordan has not had contact with his brothers since September") is
/// family time, not a child unseen.
fn relative(word: &str) -> bool {
    matches!(
        word,
        "brother"
            | "brothers"
            | "sister"
            | "sisters"
            | "sibling"
            | "siblings"
            | "half-brother"
            | "half-sister"
            | "half-siblings"
            | "cousin"
            | "cousins"
            | "relatives"
            | "friend"
            | "friends"
            | "grandchildren"
    )
}

/// Whether what is not known, after the trigger `start..end`, is about an adult of the
/// family ("We do not know whether father is safe", "it is unclear if Mr Okafor is"):
/// every "whether" or "if" within reach is about one, so "It is unclear whether father has
/// returned to the home and whether Leah is living with him" is about the child.
fn about_an_adult_next(text: &str, start: usize, end: usize) -> bool {
    // The "whether" may be in the match or follow it.
    let tail = text.get(start..).unwrap_or("").to_lowercase();
    let reach = (end - start + 12).min(tail.len());
    let mut asks: Vec<usize> = [" whether ", " if "]
        .iter()
        .flat_map(|w| {
            tail.match_indices(w)
                .filter(|&(i, _)| i < reach)
                .map(move |(i, _)| i + w.len())
        })
        .collect();
    asks.sort_unstable();
    !asks.is_empty()
        && asks.iter().all(|&at| {
            let rest = tail.get(at..).unwrap_or("");
            let mut words = rest
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .filter(|w| !w.is_empty());
            let mut first = words.next().unwrap_or("");
            if matches!(first, "the" | "her" | "his" | "their") {
                first = words.next().unwrap_or("");
            }
            let adult = ADULT_FAMILY.contains(&first)
                || matches!(first, "mr" | "ms" | "mrs" | "miss" | "mx" | "dr");
            adult
                && words.next().is_some_and(|w| {
                    matches!(w, "is" | "was" | "has" | "had" | "will" | "can" | "could")
                })
        })
}

/// Whether the words of the clause before `at` start with children, or a child, as its
/// subject ("A small number of children open to the disabled children's team…", "A boy
/// known to children's services…").
fn children_head_clause(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("");
    let clause_start = before.rfind([',', ';', ':']).map_or(0, |i| i + 1);
    // A clause opened by "that" ("Leaders were unaware that 40 children on plans…").
    let clause_start = before
        .match_indices(" that ")
        .last()
        .map_or(clause_start, |(i, m)| clause_start.max(i + m.len()));
    CHILDREN_FIRST.is_match(before.get(clause_start..).unwrap_or(""))
}

static CHILDREN_FIRST: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)^\s*(?:(?:a|an|the|some|many|several|most|all|\d+|a (?:small |large )?number of|[a-z]+-?[a-z]*)\s+){0,4}(?:children|young people|babies|siblings|twins|care leavers|pupils|child|young person|baby|boy|girl|teenager|toddler|infant|sibling|brother|sister|son|daughter)\s+(?:subject to|open to|on|in|at|with|known to|placed|awaiting|allocated|looked after|supported by|referred to)\b",
    ))
});

static NO_SUBJECT: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)^(?:no|nobody|nothing|none)\b",
    ))
});

/// Whether `text` opens with "He" or "She" and the sentence before opens with an adult of
/// the family the pronoun fits ("Father's mental health…" / "He has had no contact…").
fn adult_pronoun_subject(text: &str, previous: Option<Previous>) -> bool {
    let Some(previous) = previous else {
        return false;
    };
    pronoun_for(&first_word(text), &subject_head(previous.text))
}

/// The head of the subject `t` opens with, lower case: its first word, or after a
/// possessive, the adult it names within three words ("Grace's birth father", "her
/// maternal grandmother").
fn subject_head(t: &str) -> String {
    let mut words = t
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'' && c != '\u{2019}')
        .filter(|w| !w.is_empty());
    let Some(first) = words.next() else {
        return String::new();
    };
    let possessive = first.ends_with("'s")
        || first.ends_with("\u{2019}s")
        || matches!(first, "His" | "Her" | "Their" | "his" | "her" | "their");
    if possessive {
        let adult = words
            .take(3)
            .map(str::to_lowercase)
            .find(|w| pronoun_for("he", w) || pronoun_for("she", w));
        if let Some(adult) = adult {
            return adult;
        }
    }
    first_word(t)
}

/// The first word of `t`, lower case, without a possessive "'s".
fn first_word(t: &str) -> String {
    t.split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'' && c != '\u{2019}')
        .find(|w| !w.is_empty())
        .map(|w| {
            w.trim_end_str("'s")
                .trim_end_str("\u{2019}s")
                .to_lowercase()
        })
        .unwrap_or_default()
}

/// Whether `pronoun` ("he", "she") can stand for the adult `adult` ("father", "Ms").
fn pronoun_for(pronoun: &str, adult: &str) -> bool {
    let male = matches!(
        adult,
        "father"
            | "dad"
            | "stepfather"
            | "step-father"
            | "grandfather"
            | "uncle"
            | "partner"
            | "mr"
    );
    let female = matches!(
        adult,
        "mother"
            | "mum"
            | "stepmother"
            | "step-mother"
            | "grandmother"
            | "aunt"
            | "partner"
            | "ms"
            | "mrs"
    );
    match pronoun {
        "he" => male,
        "she" => female,
        _ => false,
    }
}

/// Whether the clause a trigger at `at` is in opens, after a semicolon or "and", with a
/// pronoun for an adult the words before name with no child named ("The whereabouts of
/// Maisie's birth father are not known; he has had no contact since 2021", "His father has
/// had no contact for four years and his whereabouts are not known").
fn adult_pronoun_opens_clause(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("");
    let Some((earlier, clause)) = [";", " and ", " but "]
        .iter()
        .filter_map(|b| before.rfind(b).map(|i| (i, b.len())))
        .max()
        .and_then(|(i, len)| Some((before.get(..i)?, before.get(i + len..)?)))
    else {
        return false;
    };
    let pronoun = match first_word(clause).as_str() {
        "he" | "his" => "he",
        "she" | "her" => "she",
        _ => return false,
    };
    // A name as the first word may be the child's ("Noah moved to his father's and his
    // address is not known"), which `person_named` does not count.
    let first = first_word(earlier);
    let opens_with_name = earlier.trim_start().starts_with(char::is_uppercase)
        && !ADULT_FAMILY.contains(&first.as_str())
        && !matches!(
            first.as_str(),
            "the" | "a" | "an" | "his" | "her" | "their" | "this" | "that" | "there" | "it"
        );
    // "Mother left the refuge in October and her whereabouts…": a month is no one.
    let without_months: String = earlier
        .split_inclusive(|c: char| !c.is_alphanumeric())
        .map(|w| {
            let word = w.trim_end_matches(|c: char| !c.is_alphanumeric());
            if crate::english::is_date_word(word.to_lowercase().as_str()) {
                w.to_lowercase()
            } else {
                w.to_owned()
            }
        })
        .collect();
    !opens_with_name
        && !person_named(&without_months)
        && earlier
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .any(|w| pronoun_for(pronoun, &w.to_lowercase()))
}

/// The sentence before, in the same paragraph.
#[derive(Clone, Copy)]
struct Previous<'t> {
    text: &'t str,
    /// The sentences before it in the same paragraph, in order.
    earlier: &'t [&'t str],
    /// The children of the front matter, who may be named anywhere in either ("Megan took
    /// two overdoses").
    children: &'t [String],
}

/// Whether `text` names one of `children` as a whole word.
fn names_child(text: &str, children: &[String]) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().enumerate().any(|(i, w)| {
        children.iter().any(|c| {
            let first = c.split_whitespace().next();
            // Case notes write the child by initial: "A told TA …", "F disclosed …".
            let initial = w.len() == 1
                && first.is_some_and(|f| f.get(..1) == Some(*w))
                && words.get(i + 1).is_some_and(|n| INITIAL_VERBS.contains(n));
            first == Some(*w) || initial
        })
    })
}

/// Verbs after a child's initial in a case note ("F disclosed", "A told").
const INITIAL_VERBS: &[&str] = &[
    "told",
    "said",
    "says",
    "disclosed",
    "discloses",
    "reported",
    "showed",
    "stated",
    "was",
    "is",
    "has",
    "had",
    "went",
    "ran",
];

/// Whether `text` names the child: a child word, or a capitalised name after its first word.
fn person_named(text: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'' && c != '\u{2019}')
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().enumerate().any(|(i, w)| {
        let bare = w.trim_end_str("'s").trim_end_str("\u{2019}s");
        let lower = bare.to_lowercase();
        // "Maisie's birth father": a name that only says whose the adult is.
        let possessor_of_adult = bare.len() < w.len()
            && words
                .get(i + 1..(i + 3).min(words.len()))
                .is_some_and(|next| {
                    next.iter()
                        .any(|n| ADULT_FAMILY.contains(&n.to_lowercase().as_str()))
                });
        // "Zac told his teacher …": a name opening a sentence, telling.
        let names_teller = i == 0
            && w.starts_with(|c: char| c.is_uppercase())
            && !w.chars().all(|c| c.is_uppercase())
            && words.get(1).is_some_and(|n| {
                matches!(
                    *n,
                    "told" | "said" | "says" | "disclosed" | "discloses" | "stated"
                )
            })
            && !ADULT_FAMILY.contains(&lower.as_str())
            && !TELLING_BODIES.contains(&lower.as_str());
        names_teller
            || CHILD_WORDS.contains(&lower.as_str())
            || (i > 0
                && !possessor_of_adult
                && w.starts_with(|c: char| c.is_uppercase())
                && !w.chars().all(|c| c.is_uppercase())
                && !ADULT_FAMILY.contains(&lower.as_str()))
    })
}

/// Who, besides a person, opens a sentence telling something ("Police said …").
const TELLING_BODIES: &[&str] = &[
    "police", "school", "nursery", "college", "health", "hospital", "camhs", "she", "he", "they",
    "it", "this", "that", "there", "who", "which", "staff", "officers",
];

/// The last `n` words of `text`, joined by spaces.
fn last_words(text: &str, n: usize) -> String {
    let mut words: Vec<&str> = text.split_whitespace().rev().take(n).collect();
    words.reverse();
    words.join(" ")
}

/// Whether `text` names an adult of the family as a whole word.
fn adult_named(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|w| ADULT_FAMILY.contains(&w.to_lowercase().as_str()))
}

/// A recent sighting of the child.
struct Sighting {
    day: i64,
    /// Told as when the child was last seen ("last seen in Southend on 12 November"): the
    /// start of an absence, which ends a gap in visits but not a missing episode.
    last: bool,
}

/// The latest recent sightings of the child in an area, as the day numbers of the audit
/// calendar.
#[derive(Clone, Copy, Default)]
struct Seen {
    any: Option<i64>,
    /// Not told as when the child was last seen.
    not_last: Option<i64>,
}

/// A recent sighting of the child that `text` records: the child seen or visited (not an
/// adult, not negated) within four weeks of the audit date, or seen on a regular pattern
/// ("weekly", "every fortnight", counted as the audit date).
fn recent_sighting(
    matcher: &EscalationMatcher,
    text: &str,
    audit: Option<Date>,
) -> Option<Sighting> {
    let affirmed = |start: usize, end: usize| {
        let before = text.get(..start).unwrap_or("");
        // "The SW saw Jo alone": in the active the subject is who saw the child, and a
        // practitioner is who should; in the passive it is who was seen.
        let active = text
            .get(start..end)
            .and_then(|m| m.split_whitespace().next())
            .is_some_and(|verb| {
                [
                    "saw", "sees", "see", "visited", "visits", "met", "has", "have", "had",
                ]
                .iter()
                .any(|v| verb.eq_ignore_ascii_case(v))
            });
        let subject = subject_at(text, start);
        let wrong_subject = if active {
            matches!(subject, Some(Head::Adult))
        } else {
            matches!(subject, Some(Head::Adult | Head::Practice))
        };
        // "Nobody has seen Priya since…": no one saw the child.
        let nobody = last_words(before, 3)
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .any(|w| {
                ["nobody", "noone", "no-one", "none", "neither"]
                    .iter()
                    .any(|n| w.eq_ignore_ascii_case(n))
            })
            || last_words(before, 2).eq_ignore_ascii_case("no one");
        !matcher.not_current_before.is_match(before)
            && !nobody
            && !wrong_subject
            && !adult_named(text.get(start..end).unwrap_or(""))
            // "Her mother was seen…": the words just before name an adult.
            && !adult_named(&last_words(before, 3))
    };
    let seen = matcher
        .sighting
        .find_iter(text)
        .any(|m| affirmed(m.start(), m.end()));
    if !seen {
        return None;
    }
    let audit_day = audit?.day_number();
    if matcher.regular.is_match(text) {
        return Some(Sighting {
            day: audit_day,
            last: false,
        });
    }
    // "Last seen on…" reports a gap that runs to today: it must be short (a fortnight, the
    // tightest visiting timescale); any other sighting within four weeks.
    let last = LAST.is_match(text);
    let window = if last { 14 } else { 28 };
    find_cited_dates(text, audit?)
        .iter()
        .map(|d| d.date.day_number())
        .filter(|&day| day <= audit_day && audit_day - day <= window)
        .max()
        .map(|day| Sighting { day, last })
}

/// Where `text` dates the child's last sighting, when that is longer ago than the longest
/// visiting timescale (six weeks, as J004 reads it) before the audit date, and no later
/// sighting in the area (`seen`) or date in the sentence says otherwise; not a sighting by
/// a clinician ("last seen by the paediatrician") nor of an adult ("mother was last seen").
fn stale_last_sighting(text: &str, audit: Option<Date>, seen: Seen) -> Option<(usize, usize)> {
    use super::j004_judgement_evidence_mismatch::{HEALTH_SIGHTING, UNSEEN_DAYS};
    if !text.to_ascii_lowercase().contains("last") {
        return None;
    }
    let found = LAST_SEEN_ON.find(text)?;
    if HEALTH_SIGHTING.is_match(text)
        || matches!(subject_at(text, found.start()), Some(Head::Adult))
        || adult_named(&last_words(text.get(..found.start()).unwrap_or(""), 3))
    {
        return None;
    }
    let audit = audit?;
    // The date of the sighting: told just after it ("… was on 30 July").
    let latest = find_cited_dates(text, audit)
        .iter()
        .filter(|d| d.range.start() >= found.end() && d.range.start() - found.end() <= 40)
        .map(|d| d.date.latest_day_number())
        .max()?;
    let since = audit.day_number() - latest;
    let seen_later = seen.any.is_some_and(|day| day > latest);
    (since >= UNSEEN_DAYS && !seen_later).then_some((found.start(), found.end()))
}

/// The child's last sighting, told to be dated next: "the last home visit on file was
/// on", "was last seen on".
static LAST_SEEN_ON: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)\blast\s+(?:recorded\s+|home\s+|statutory\s+|face-to-face\s+|social\s+work\s+)*(?:visit|sighting)\b[^.;]{0,30}?\b(?:was|took\s+place|happened)\b|\b(?:was|were)\s+last\s+(?:seen|visited|sighted)\b",
    ))
});

static LAST: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(r"(?i)\blast\b"))
});

/// Whether a sighting on `day` came after everything `text` dates: the gap it reports
/// (not seen, whereabouts or safety unknown, missing) has ended since, unless the
/// sentence says the gap is still open ("is now missing", "remains unknown").
fn seen_since(matcher: &EscalationMatcher, text: &str, audit: Option<Date>, day: i64) -> bool {
    if matcher.still_open.is_match(text) {
        return false;
    }
    let Some(audit) = audit else {
        return false;
    };
    find_cited_dates(text, audit)
        .iter()
        .all(|d| d.date.day_number() <= day)
}

/// What `text` shows that needs escalating, if anything. `previous` and `next` are the
/// sentences around it in the same paragraph; `seen` the day of the latest recent
/// sighting of the child in its area.
fn trigger(
    matcher: &EscalationMatcher,
    text: &str,
    previous: Option<Previous>,
    (following, children): (&[&str], &[String]),
    audit: Option<Date>,
    seen: Seen,
) -> Option<Indicator> {
    // An audit tool's question about a danger answered "No" or "None" ("Any missing
    // episodes? None."), or a prompt so answered, records no danger.
    if crate::analysis::answers::denied(text, following.first().copied()) {
        return None;
    }
    let mut candidates = triggers(matcher, text, previous, audit);
    // "Is the child safe? No.": the audit tool's own question, answered.
    if candidates.is_empty()
        && crate::analysis::answers::safety_not_known(text, following.first().copied())
    {
        candidates.push((Indicator::SafetyUnknown, 0, text.len()));
    }
    // "In 2025 Harry had an unexplained bruise": told wholly in a past half a year gone,
    // the risk is history. A failure to act is still one.
    // "…in the five weeks before she died": a review's learning about a child who died.
    if !candidates.is_empty() && BEFORE_DEATH.is_match(text) {
        return None;
    }
    if !candidates.is_empty() && dated_past(text, audit) {
        candidates.retain(|(indicator, ..)| {
            matches!(indicator, Indicator::NotActedOn | Indicator::Configured)
        });
    }
    // "The last home visit on file was on 30 July": a child last seen longer ago than the
    // longest visiting timescale, with no sighting since in the area.
    if candidates.is_empty() {
        if let Some(range) = stale_last_sighting(text, audit, seen) {
            candidates.push((Indicator::NotSeen, range.0, range.1));
        }
    }
    if candidates.is_empty() {
        return None;
    }
    // Resolutions said in this sentence, affirmed (not "no strategy discussion was held").
    let affirmed = |regex: &LazyRegex, t: &str| -> Vec<(usize, usize)> {
        regex
            .find_iter(t)
            .filter(|m| {
                !matcher
                    .not_current_before
                    .is_match(t.get(..m.start()).unwrap_or(""))
            })
            .map(|m| (m.start(), m.end()))
            .collect()
    };
    // "Father had been taken to hospital, leaving the children alone": a parent taken
    // away, not the child taken to safety.
    let resolutions: Vec<(usize, usize)> = affirmed(&matcher.resolved, text)
        .into_iter()
        .filter(|&(start, end)| !adult_taken_away(text, start, end))
        .collect();
    // A child who keeps going missing is not made safe by coming back once.
    let returns = if matcher.repeated.is_match(text) {
        Vec::new()
    } else {
        affirmed(&matcher.returned, text)
    };
    // The next sentence resolves what this one says when it follows on from it.
    // A child found again, said by pronoun ("Police found her…"), follows on by itself.
    // A response told next is undone by an omission told after it in the paragraph ("The
    // school passed this to the duty team that afternoon. The file holds no strategy
    // discussion and no visit"), not by an ending told with its reason ("The health
    // visitor had no concerns, and the contact was closed with advice").
    let omitted_after = following.iter().skip(1).take(LATER_REACH).any(|f| {
        first_not_acted(matcher, f).is_some() && affirmed(&matcher.resolved, f).is_empty()
    });
    let next_resolves = |returned: bool| {
        !omitted_after
            && following.first().is_some_and(|n| {
                // A step the file records as done, unless a later entry tells that the steps
                // after it failed ("Skeletal survey: not attended", "Home visit: no answer").
                let responds =
                    response_entry(n) && !following.iter().skip(1).any(|f| failed_entry(f));
                let n = entry_body(n);
                responds
                    || (follows_on(matcher, n, children)
                        && !instruction(n)
                        && (!affirmed(&matcher.resolved, n).is_empty()
                            || (returned
                                && affirmed(&matcher.returned, n).iter().any(|&(_, end)| {
                                    !brought_something(n.get(end..).unwrap_or(""))
                                }))))
                    || (returned && !affirmed(&matcher.found_again, n).is_empty())
            })
    };
    candidates
        .into_iter()
        .find_map(|(indicator, at, trigger_end)| {
            let returned = matches!(
                indicator,
                Indicator::Missing
                    | Indicator::Whereabouts
                    | Indicator::NotSeen
                    | Indicator::SafetyUnknown
            );
            // A resolution after the trigger resolves it ("went missing but returned"); one
            // before it does only when no contrast intervenes ("a strategy discussion agreed a
            // S47, but none has started" is not resolved).
            let resolves = |&(start, end): &(usize, usize)| {
                // The trigger's own words resolve nothing ("cannot be assured that they are
                // safe and well").
                if start < trigger_end && end > at {
                    return false;
                }
                start >= at || !CONTRAST.is_match(text.get(end.min(at)..at).unwrap_or(""))
            };
            // A resolution that starts in the trigger's own words hides one after it ("was
            // reported missing was screened the same day"): read the rest on its own.
            let resolved_after = || {
                text.get(trigger_end..)
                    .is_some_and(|rest| !affirmed(&matcher.resolved, rest).is_empty())
            };
            let resolved = resolutions.iter().any(resolves)
                || (returned && returns.iter().any(resolves))
                || (resolutions
                    .iter()
                    .any(|&(start, _)| start < trigger_end && start >= at)
                    && resolved_after())
                || next_resolves(returned)
                || later_resolves(matcher, (following, children), returned)
                || (returned && {
                    // Where a missing child was last seen starts the episode; it ends a
                    // gap in visits only.
                    let seen = if matches!(indicator, Indicator::Missing | Indicator::Whereabouts) {
                        seen.not_last
                    } else {
                        seen.any
                    };
                    seen.is_some_and(|day| seen_since(matcher, text, audit, day))
                });
            (!resolved).then_some(indicator)
        })
}

static CONTRAST: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)\b(?:but|however|yet|although|though|despite|whereas|since then|still)\b",
    ))
});

/// An absence in the past that lasted a stated time ("remained without a protection plan
/// for six weeks"): it has ended.
fn bounded_past(text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).unwrap_or("");
    let after = text.get(end..).unwrap_or("");
    // The duration may be the trigger's own words ("was not seen for five weeks").
    let from_start = text.get(start..).unwrap_or("");
    let trigger = text.get(start..end).unwrap_or("");
    // "… for eight days the children's whereabouts were unknown": a past verb in the
    // trigger's own words, with the stretch told before it.
    let past_in = PAST_IN.is_match(trigger) && !PRESENT_IN.is_match(trigger);
    // "left on their own … for the past two nights": a stretch that runs to now.
    let to_now = FOR_THE_PAST.is_match(after) || FOR_THE_PAST.is_match(from_start);
    ((PAST_BEFORE.is_match(before) || PAST_START.is_match(trigger))
        && (((DURATION_AFTER.is_match(after) || DURATION_AFTER.is_match(from_start)) && !to_now)
            || SEASON_AFTER.is_match(after)
            || SEASON_AFTER.is_match(from_start)))
        || (past_in && DURATION_BEFORE.is_match(before))
}

/// A stretch told as running to now ("for the past two nights", "for the last week").
static FOR_THE_PAST: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)^[\w\s'’-]{0,40}?\bfor\s+the\s+(?:past|last)\b",
    ))
});

/// A past verb within a trigger ("whereabouts were unknown", "did not know where").
static PAST_IN: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)\b(?:was|were|did|went|had been)\b",
    ))
});

/// A verb within a trigger that runs to now ("has not known", "are unknown").
static PRESENT_IN: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)\b(?:is|are|has|have|does|do|still|now)\b",
    ))
});

/// A stretch of time told just before a trigger, in its clause ("and for two days nobody
/// knew where they were").
static DURATION_BEFORE: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)\bfor\s+(?:[\w-]+\s+){0,4}?(?:hours|days|nights|weeks)\b[^.;:]{0,80}$",
    ))
});

/// What carries a harm to the service: a referral, a notification, an email.
static CARRIER: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)\b(?:referral|notification|email|e-mail|letter|report|contact|call|message|disclosure)s?\b",
    ))
});

/// A trigger that opens with someone's not knowing ("does not know where …").
static KNOWER_START: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)^(?:do|does|did)(?:\s+not|n['’]t)\s+know\b",
    ))
});

/// An order or arrangement that keeps an adult from the child.
static PROTECTION: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)\b(?:non-molestation|injunction|restraining order|occupation order|prohibited steps|refuge|fled|confidential|withheld|kept from)\b",
    ))
});

/// A possessive just before a trigger ("his going missing", "Jo's running away").
static POSSESSIVE_BEFORE: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)\b(?:his|her|their|[a-z][\w-]*['’]s)\s+$",
    ))
});

/// A trigger that opens with a gerund of leaving ("going missing", "running away").
static GERUND_START: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)^(?:going|running|absconding|staying out)\b",
    ))
});

/// A past season or part of the year just after a trigger ("was sofa surfing in the
/// spring", "went missing last summer"): a stretch that is over.
static SEASON_AFTER: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)^[\w\s'’,-]{0,60}?\b(?:(?:in|over|during|through) the (?:spring|summer|autumn|winter)|last (?:spring|summer|autumn|winter|year)|earlier (?:this|in the) year|when (?:the|this) (?:case|referral|file) was (?:first )?(?:opened|allocated|received|made)|as a (?:teenager|child|young person|girl|boy|baby)|in (?:her|his|their) (?:teens|childhood))\b",
    ))
});

/// A trigger that opens with its own past verb ("was not seen", "went missing").
static PAST_START: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)^(?:remained|was|were|had been|went|stayed|lived)\b",
    ))
});

static PAST_BEFORE: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)\b(?:remained|was|were|had been|went|stayed|lived)\s+(?:[a-z]+ly\s+)?$",
    ))
});

static DURATION_AFTER: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)^[\w\s'’-]{0,40}?\bfor\s+(?:[\w-]+\s+){0,4}?(?:hours|days|nights|weeks|months|years)\b",
    ))
});

/// Whether `text` tells only of a past half a year or more before the audit date: every
/// date it cites is that old, and nothing in it runs to now ("has", "still", "since",
/// "last seen", "never returned").
fn dated_past(text: &str, audit: Option<Date>) -> bool {
    let Some(audit) = audit else {
        return false;
    };
    let dates = find_cited_dates(text, audit);
    !dates.is_empty()
        && dates
            .iter()
            .all(|d| audit.day_number() - d.date.latest_day_number() >= 183)
        && !RUNS_TO_NOW.find_iter(text).any(|m| {
            // "a fracture in 2023 that was never explained": "never" told in the past
            // stays there.
            let never_then = m.as_str().eq_ignore_ascii_case("never")
                && ends_with_any(
                    text.get(..m.start()).unwrap_or(""),
                    &["was ", "were ", "had "],
                );
            // "when he (now 15) was linked to older young people": an age, not the time
            // the risk is told in.
            let age_now = m.as_str().eq_ignore_ascii_case("now")
                && text.get(m.end()..).is_some_and(|after| {
                    let after = after.trim_start();
                    let after = after.strip_prefix("aged ").unwrap_or(after);
                    after.starts_with(|c: char| c.is_ascii_digit())
                });
            !(never_then || age_now)
        })
}

/// Whether `text` ends with one of `endings`, ignoring case.
fn ends_with_any(text: &str, endings: &[&str]) -> bool {
    endings.iter().any(|e| {
        text.len() >= e.len()
            && text
                .get(text.len() - e.len()..)
                .is_some_and(|tail| tail.eq_ignore_ascii_case(e))
    })
}

static BEFORE_DEATH: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)\b(?:before|prior to|until|when|the (?:day|week|weeks|month|months) before) (?:she|he|they|the (?:child|baby|infant)|(?-i:[A-Z][\w'’-]*(?: [A-Z])?)) died\b|\b(?:before|prior to|up to|until|leading up to|at the time of) (?:her|his|their|the (?:child|baby|infant)['’]s) death\b",
    ))
});

static RUNS_TO_NOW: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)\b(?:has|have|hasn['’]t|haven['’]t|is|are|isn['’]t|aren['’]t|am|do|does|don['’]t|doesn['’]t|will|won['’]t|can|cannot|can['’]t|remains?|still|since|continues?|continuing|ongoing|current(?:ly)?|now|today|tonight|yet|to date|last|never|unknown|(?:he|she|it|they|we|there)['’](?:s|re|ve))\b",
    ))
});

/// Whether `text` names a date four weeks or more before the audit date: longer than any
/// visiting timescale.
fn has_old_date(text: &str, audit: Option<Date>) -> bool {
    let Some(audit) = audit else {
        return false;
    };
    find_cited_dates(text, audit)
        .iter()
        .any(|d| audit.day_number() - d.date.latest_day_number() >= 28)
}

/// "Seen" with its object, then only "alone" ("has not seen Jo alone since August"): the
/// active form of "not seen alone", where the child is seen, only not alone.
static SEEN_OBJECT_ALONE: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)\b(?:seen|visited|sighted)\s+(?:[\w'’-]+\s+){1,3}?(?:alone|on\s+(?:her|his|their)\s+own)\b|\bcontact\s+with\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:family|families|victims?|ex-partner|mother|mum|partner)\b",
    ))
});

/// The people a child is kept from, after "no contact" ("with adults met online", "with
/// the men").
static HARMFUL_COMPANY: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)^\s*(?:with\s+)?(?:the\s+|any\s+|those\s+|these\s+|older\s+)?(?:adults?|men|man|males?|perpetrators?|abusers?|offenders?|groomers?|gang|exploiters?)\b",
    ))
});

/// Contact with the police or youth justice ("has had no police contact for 20 months"): a
/// child out of trouble, not a child no one has seen.
static OFFENDING_CONTACT: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)\b(?:police|criminal|offending|youth justice|yot|yos)\s+(?:contact|involvement)\b",
    ))
});

/// A place or thing just before "has not been seen" ("his bedroom has not been seen"):
/// what was not seen is not the child.
static PLACE_BEFORE: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)\b(?:bedrooms?|rooms?|beds?|cots?|home|house|flat|accommodation|sleeping arrangements|living conditions|garden|kitchen|property|bathroom)(?:\s+(?:has|have|had|is|are|was|were))?\s*$",
    ))
});

/// Words that point back to the sentence before ("The carer did not report this").
static ANAPHOR: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)\b(?:this|it|that|these|them|the (?:disclosure|allegation|allegations|concern|concerns|incident|injury|injuries|bruising|marks?|contact|notification|information|call|intelligence))\b",
    ))
});

/// Every trigger in `text`, with where it starts.
fn triggers(
    matcher: &EscalationMatcher,
    text: &str,
    previous: Option<Previous>,
    audit: Option<Date>,
) -> Vec<(Indicator, usize, usize)> {
    let mut out = Vec::new();
    // Most sentences match no trigger (see `matches_any`).
    let possible = matcher.any_trigger.matches_any(text);
    let possible = |i: usize| possible.as_ref().is_some_and(|p| p.matched(i));
    let count = matcher.triggers.len();
    let adult_pronoun = adult_pronoun_subject(text, previous);
    for (i, (regex, indicator, about)) in matcher.triggers.iter().enumerate() {
        if !possible(i) {
            continue;
        }
        for found in regex.find_iter(text) {
            // "Father was detained in October. He has had no contact with Jasmine for two
            // years.": the pronoun is the adult, not the child.
            let before = text.get(..found.start()).unwrap_or("");
            if *about == About::Child
                && ((adult_pronoun && !before.contains([',', ';']))
                    || adult_pronoun_opens_clause(text, found.start()))
            {
                continue;
            }
            let after = text.get(found.end()..).unwrap_or("");
            let qualified = match indicator {
                // "his bedroom has not been seen": a place, not the child.
                Indicator::NotSeen => {
                    matcher.seen_qualifier.is_match(after)
                        || OFFENDING_CONTACT.is_match(found.as_str())
                        // "no further contact with adults met online": kept from harm.
                        || (found.as_str().to_ascii_lowercase().contains("contact")
                            && HARMFUL_COMPANY.is_match(after))
                        || SEEN_OBJECT_ALONE.is_match(found.as_str())
                        || PLACE_BEFORE.is_match(text.get(..found.start()).unwrap_or(""))
                }
                // "his going missing is about wanting to see his mum": the behaviour
                // named as a topic, not an episode.
                Indicator::Missing => {
                    matcher.missing_object.is_match(after)
                        // "What is missing is an updated assessment": what the file lacks.
                        || WHAT_BEFORE.is_match(before)
                        // "contact records from May and June are missing".
                        || RECORD_BEFORE.is_match(before)
                        || (POSSESSIVE_BEFORE.is_match(before)
                            && GERUND_START.is_match(found.as_str()))
                }
                // "father does not know the new address and a non-molestation order is in
                // place": a parent kept from the child's address is a protection, not a
                // child lost to view ("Mother does not know where he is" still is).
                Indicator::Whereabouts => {
                    KNOWER_START.is_match(found.as_str())
                        && PROTECTION.is_match(text)
                        && matches!(subject_at(text, found.start()), Some(Head::Adult))
                }
                _ => false,
            };
            if !qualified
                && current(matcher, text, found.start(), found.end())
                && about_fits(*about, text, found.start(), found.end())
                // "went missing for two days in October": a past stretch that ended. (A
                // stretch unseen ends only with a recent sighting: see `seen_since`.)
                && (*indicator == Indicator::NotSeen
                    || !bounded_past(text, found.start(), found.end()))
            {
                out.push((*indicator, found.start(), found.end()));
            }
        }
    }
    for (i, (regex, needs, indicator, about)) in matcher.paired.iter().enumerate() {
        if !possible(count + i) {
            continue;
        }
        for found in regex.find_iter(text) {
            let after = text.get(found.end()..).unwrap_or("");
            if !current(matcher, text, found.start(), found.end())
                || !about_fits(*about, text, found.start(), found.end())
                || (*indicator == Indicator::NotSeen && matcher.seen_qualifier.is_match(after))
            {
                continue;
            }
            // The second cue must be affirmed on its own terms: the trigger's own "no"
            // ("no safety plan despite…") does not negate it.
            let paired = needs.find_iter(text).any(|n| {
                let before = if n.start() > found.start() {
                    // After the trigger's first word, or after the trigger.
                    text.get(found.end().min(n.start())..n.start())
                } else if n.end() <= found.start() {
                    text.get(..n.start())
                } else {
                    None
                };
                // "a perpetrator programme", "offender services": a service, not a person.
                let service = text
                    .get(n.end()..)
                    .is_some_and(|after| SERVICE.is_match(after));
                !service && before.is_some_and(|b| !matcher.negated_before.is_match(b))
            });
            // "Last seen on 2 September": the date itself says how long ago.
            let paired = paired || (*indicator == Indicator::NotSeen && has_old_date(text, audit));
            if paired && !bounded_past(text, found.start(), found.end()) {
                out.push((*indicator, found.start(), found.end()));
            }
        }
    }
    // A disclosure, allegation or injury, and no action on it: in this sentence, or in the
    // one before it in the same paragraph. An auditor's next sentence says what came of
    // the harm ("Her mother could not be reached and the file holds no record of a safety
    // plan") without pointing back to it.
    if let Some((at, not_acted_end)) = first_not_acted(matcher, text) {
        let harm_here = current_harm(matcher, text) || harm_as_object(matcher, text, not_acted_end);
        // Without a word pointing back, the harm before must be someone's: a sentence that
        // names a person ("Freya self-harmed …"), not practice in general ("Leaders have
        // improved the response to allegations").
        let points_back = matcher.follows_on.is_match(text) || ANAPHOR.is_match(text);
        let harm_before = previous.is_some_and(|p| {
            (current_harm(matcher, p.text)
                && (points_back
                    || person_named(p.text)
                    || names_child(p.text, p.children)))
                // Two sentences back, when the one between resolves nothing ("Zara told the
                // nurse she is being taken abroad to marry. The DSL rang her parents. There is
                // no strategy discussion…").
                || p.earlier.last().is_some_and(|e| {
                    current_harm(matcher, e)
                        && (person_named(e)
                            || names_child(e, p.children)
                            || personal_pronoun(e)
                            // "Referral received 28/02. It has not been opened.": the
                            // sentence between names what carried the harm.
                            || (points_back && CARRIER.is_match(p.text)))
                        // A child who "has come back twice with love bites" has not been
                        // answered: only a response resolves a harm, and a referral passed
                        // on is none when the omission names the step after it ("The
                        // school referred the same day. There is no strategy discussion").
                        && !answers(matcher, text, p.text)
                })
                // Further back in the paragraph, when the harm names who it happened to and
                // nothing told since resolves it: an auditor tells the harm, then what came
                // in and what was done, and ends with what was not ("Nursery saw burns on
                // Kyle's arm. The photographs reached the worker that day. Her note says she
                // will raise it at supervision. There has been no strategy discussion.").
                || harm_further_back(matcher, text, p)
        });
        if harm_here || harm_before {
            out.push((Indicator::NotActedOn, at, not_acted_end));
        }
    }
    if let Some(configured) = &matcher.configured {
        for found in configured.find_iter(text) {
            if current(matcher, text, found.start(), found.end()) {
                out.push((Indicator::Configured, found.start(), found.end()));
            }
        }
    }
    out.sort_by_key(|&(_, at, _)| at);
    out
}

/// The words of a dated entry quoted from a chronology or the case notes, after its date
/// and label ("'03/10 – Case note: …", "14.11.26 - Police log: …"), read as a sentence of
/// their own; `text` itself when it is no such entry.
fn entry_body(text: &str) -> &str {
    CHRONOLOGY_ENTRY
        .find(text)
        .map_or(text, |m| text.get(m.end()..).unwrap_or(""))
}

/// Whether `text` is a chronology entry whose label is itself a protective step
/// ("'19/08 – Strategy discussion: NRM referral made …", "'03/10 – Home visit (duty SW):
/// …").
fn response_entry(text: &str) -> bool {
    CHRONOLOGY_ENTRY.find(text).is_some_and(|m| {
        let body = text.get(m.end()..).unwrap_or("");
        // "Return home interview: not completed", "Home visit: the occupant did not know
        // where she was", "Strategy discussion: to be booked once she is found".
        !FAILED_STEP.is_match(body)
            && (RESPONSE_LABEL.is_match(m.as_str()) || RESPONSE_START.is_match(body))
    })
}

/// A step that did not happen ("no answer", "cancelled").
static FAILED_STEP: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)\b(?:no answer|no reply|no response|no access|cancell?ed|not|n['’]t|never|refused|declined|missed|unable|failed|rearranged|postponed|deferred|to be (?:booked|arranged|held|convened|completed|scheduled|considered)|pending|awaiting|once|next week|moved on|closed|nfa)\b",
    ))
});

/// An entry's words that open with a protective step taken ("home visit at 09:30; Jayden
/// seen"), not one that failed ("home visit – no answer").
static RESPONSE_START: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)^\W*(?:(?:a|an|the) )?(?:(?:home|joint|unannounced|welfare) visit|welfare check|safe and well check|strategy (?:discussion|meeting)|s47|section 47|(?:cp|child protection) medical)\s+(?:at|on|by|with|held|completed|undertaken|made|convened|agreed)\b",
    ))
});

/// Whether `text` is a chronology entry of a protective step that did not happen
/// ("'06/11 – Skeletal survey: not attended", "'10/11 – Home visit: no answer").
fn failed_entry(text: &str) -> bool {
    CHRONOLOGY_ENTRY.find(text).is_some_and(|m| {
        let body = text.get(m.end()..).unwrap_or("");
        let clause = body.split([';', '.']).next().unwrap_or(body);
        FAILED_STEP.is_match(clause)
            && (RESPONSE_LABEL.is_match(m.as_str())
                || RESPONSE_START.is_match(body)
                || STEP_LABEL.is_match(m.as_str()))
    })
}

/// The label of a chronology entry that names a step of an enquiry ("Skeletal survey:").
static STEP_LABEL: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)[-\u{2013}\u{2014}:]\s*(?:skeletal survey|(?:cp |child protection )?medical|paediatric (?:review|assessment)|(?:home|joint|unannounced|welfare) visit|visit|appointment)\b",
    ))
});

/// The label of a chronology entry that names a protective step.
static RESPONSE_LABEL: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)[-\u{2013}\u{2014}:]\s*(?:strategy (?:discussion|meeting)|strat(?: disc)?|s47(?: enquiry)?|section 47(?: enquiry)?|icpc|initial child protection conference|(?:cp|child protection) medical|(?:home|joint|unannounced|welfare) visit|welfare check|safe and well check|marac|mace|(?:complex|contextual) safeguarding (?:panel|meeting|review)|exploitation panel|return (?:home )?interview|rhi|police protection|emergency protection order|epo)\b",
    ))
});

static CHRONOLOGY_ENTRY: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(
        r"^\W*\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\s*[-\u{2013}\u{2014}:]\s*(?:[A-Za-z0-9'\u{2019}&()/ -]{1,40}?:\s*)?"
            .to_owned(),
    )
});

/// How many sentences after a trigger, in its paragraph, a response to it is read.
const LATER_REACH: usize = 3;

/// Whether a sentence after the next one in the paragraph (see [`LATER_REACH`]) tells, as
/// its own subject or following on, of a response ("Phoebe took an overdose … The hospital
/// social worker rang the next morning … Before discharge a safety plan was drawn up …"),
/// with no omission told before it.
fn later_resolves(
    matcher: &EscalationMatcher,
    (following, children): (&[&str], &[String]),
    returned: bool,
) -> bool {
    for (n, later) in following.iter().enumerate() {
        if first_not_acted(matcher, later).is_some() {
            return false;
        }
        if n == 0 {
            continue;
        }
        if response_entry(later) {
            return true;
        }
        let later = entry_body(later);
        let follows = follows_on(matcher, later, children);
        let affirmed_in = |regex: &LazyRegex| {
            regex.find_iter(later).any(|m| {
                !matcher
                    .not_current_before
                    .is_match(later.get(..m.start()).unwrap_or(""))
            })
        };
        // A child missing or unseen is answered by being found or seen again ("… and
        // Lily was seen alone and found to be well").
        let affirmed = affirmed_in(&matcher.resolved)
            || (returned && (affirmed_in(&matcher.returned) || affirmed_in(&matcher.found_again)));
        if follows && affirmed {
            return true;
        }
    }
    false
}

/// Whether a later sentence `text` follows on from a danger told before it: it points
/// back ("This was…", "She was…"), opens with whoever answers ("Police attended…"), or
/// opens with the child the audit is about ("Alfie was taken to A&E that night",
/// "Alfie's safety plan…").
fn follows_on(matcher: &EscalationMatcher, text: &str, children: &[String]) -> bool {
    if matcher.follows_on.is_match(text) || RESPONDER_FIRST.is_match(text) {
        return true;
    }
    let opens_with_child = |clause: &str| {
        let first = clause
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .next()
            .unwrap_or("");
        !first.is_empty()
            && children
                .iter()
                .any(|c| c.split_whitespace().next() == Some(first))
    };
    // The child may open a later clause: "A plan was agreed with school in advance, and
    // Tyrone was seen at home the day after they returned".
    opens_with_child(text)
        || [", and ", "; "].iter().any(|joint| {
            text.match_indices(joint)
                .any(|(at, _)| opens_with_child(text.get(at + joint.len()..).unwrap_or("")))
        })
}

/// How many sentences back in a paragraph a harm can be that a later "no strategy
/// discussion" answers.
const HARM_REACH: usize = 6;

/// Whether a sentence before the two just before `p`'s own, in the paragraph and within
/// [`HARM_REACH`], tells of a current harm to someone named, with nothing between it and
/// the omission resolving it (the harm's own sentence included).
/// A list item ("2. Father's history …") is a point of its own: the harm must be in the
/// omission's item.
fn harm_further_back(matcher: &EscalationMatcher, text: &str, p: Previous) -> bool {
    let Some((two_back, further)) = p.earlier.split_last() else {
        return false;
    };
    let answers = |t: &str| answers(matcher, text, t);
    if [text, p.text, *two_back].iter().any(|t| opens_item(t))
        || answers(p.text)
        || answers(two_back)
    {
        return false;
    }
    for e in further.iter().rev().take(HARM_REACH.saturating_sub(3)) {
        if answers(e) {
            return false;
        }
        if current_harm(matcher, e)
            && (person_named(e) || names_child(e, p.children) || personal_pronoun(e))
        {
            return true;
        }
        if opens_item(e) {
            return false;
        }
    }
    false
}

/// Whether `t`, told between a harm and the omission `omission`, answers the harm: a
/// response it affirms. A referral passed on is no response when what the omission names
/// is the step that follows one ("no strategy discussion", "the police have not been told").
fn answers(matcher: &EscalationMatcher, omission: &str, t: &str) -> bool {
    let next_step = NEXT_STEP.is_match(omission);
    matcher.resolved.find_iter(t).any(|m| {
        let routing = next_step && ROUTING.is_match(m.as_str());
        !routing && !denied_with_omission(matcher, t, m.start())
    })
}

/// Whether the response that starts at `at` in `text` is one an omission before it denies
/// too, joined by "or" or "nor" ("There is no record that her parents have been told or
/// that a strategy discussion took place"), or one a negation just before it denies.
fn denied_with_omission(matcher: &EscalationMatcher, text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("");
    if matcher.not_current_before.is_match(before) {
        return true;
    }
    matcher.not_acted.find_iter(before).any(|m| {
        let gap = before.get(m.end()..).unwrap_or("");
        OR_NOR.is_match(gap) && !CONTRAST.is_match(gap)
    })
}

/// An "or" or "nor" that joins a second thing to what an omission denies.
static OR_NOR: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)\b(?:or|nor)\b",
    ))
});

/// Whether `text` is an instruction, not a record of what was done: who is to act, then
/// "to" ("TM to be told the same day", "SW to visit today").
fn instruction(text: &str) -> bool {
    let words: Vec<String> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}'))
        .filter(|w| !w.is_empty())
        .take(5)
        .map(str::to_lowercase)
        .collect();
    let Some(k) = words.iter().position(|w| w == "to") else {
        return false;
    };
    let done = |w: &String| {
        w.ends_with("ed")
            || matches!(
                w.as_str(),
                "was"
                    | "were"
                    | "is"
                    | "are"
                    | "has"
                    | "had"
                    | "have"
                    | "rang"
                    | "saw"
                    | "went"
                    | "came"
                    | "told"
                    | "spoke"
                    | "made"
                    | "took"
                    | "got"
                    | "ran"
                    | "sent"
            )
    };
    k > 0 && !words[..k].iter().any(done)
}

/// Whether `text` speaks of someone by a personal pronoun ("In them he tells her …"): a
/// harm to a person, not practice in general.
fn personal_pronoun(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric()).any(|w| {
        matches!(
            w,
            "she" | "he" | "her" | "him" | "She" | "He" | "Her" | "Him"
        )
    })
}

/// Whether `text` opens with a list marker ("2.", "b)", "-", "•").
fn opens_item(text: &str) -> bool {
    let t = text.trim_start();
    let marker = t.split_whitespace().next().unwrap_or("");
    let numbered = marker.strip_suffix(['.', ')']).is_some_and(|n| {
        !n.is_empty() && n.len() <= 3 && n.chars().all(|c| c.is_ascii_alphanumeric())
    });
    numbered || matches!(marker, "-" | "*" | "•" | "–")
}

/// "What is missing …", "what is still missing …": a pseudo-cleft about what the file
/// lacks.
static WHAT_BEFORE: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)\bwhat\s+(?:is\s+|was\s+|remains\s+)?(?:still\s+)?$",
    ))
});

/// A record as the subject just before "is missing" ("contact records from May and June are
/// missing", "the signature is missing").
static RECORD_BEFORE: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)\b(?:records?|recordings?|notes?|minutes|documents?|forms?|pages?|reports?|plans?|chronology|chronologies|assessments?|signatures?|dates?|entries|entry|details|copies|copy|letters?|emails?|paperwork|files?|sections?|fields?|summaries|summary|logs?|agendas?)\b(?:\s+(?:from|for|of|on|in|about|dated|since|between|the|a|an|this|that|these|those|his|her|their|its|all|both|last|previous|recent|january|february|march|april|may|june|july|august|september|october|november|december|and|\d[\w/.-]*|[\w-]+['’]s)){0,6}?\s*$",
    ))
});

/// A resolution that only passes a concern on ("referred to the front door that day").
static ROUTING: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)^(?:reported|referred|shared|passed|sent|raised|called|logged|notified|informed|contacted|alerted|made (?:a |an |the )?(?:[\w-]+ )?referral)\b",
    ))
});

/// The protective steps that follow a referral, named in an omission.
static NEXT_STEP: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)\b(?:strategy (?:discussion|meeting)|s47|section 47|police|lado|forced marriage unit|fmu|(?:cp |child protection )?medical|(?:home )?visit|safety plan(?:ning)?)\b",
    ))
});

/// Whether `text` tells of a disclosure, allegation or injury that is not negated,
/// hypothetical or past.
fn current_harm(matcher: &EscalationMatcher, text: &str) -> bool {
    harm_events(matcher, text).any(|m| {
        let before = text.get(..m.start()).unwrap_or("");
        !matcher.not_current_before.is_match(before)
    })
}

/// The harm events of `text`, without those that name a service ("the domestic abuse
/// service", "a self-harm worker"): a service is not an event.
fn harm_events<'t>(
    matcher: &'t EscalationMatcher,
    text: &'t str,
) -> impl Iterator<Item = crate::lexicon::lazy::Match<'t>> + 't {
    matcher.harm_event.find_iter(text).filter(move |m| {
        let after = text.get(m.end()..).unwrap_or("");
        // "told her worker that if she ever feels scared she would ring her nan": a plan
        // or a wish told, not a disclosure.
        let told = m.as_str().get(..4).is_some_and(|w| {
            ["told", "info", "conf"]
                .iter()
                .any(|t| w.eq_ignore_ascii_case(t))
        });
        let plan_told = told && TOLD_NOT_HARM.is_match(after);
        !SERVICE.is_match(after) && !plan_told
    })
}

/// What follows "told her worker" when what was told is no harm: a condition, a wish or a
/// plan ("…that if she ever feels scared", "…what she wants from contact").
static TOLD_NOT_HARM: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)^[ \t]*,?[ \t]*(?:that[ \t]+)?(?:if|when|whether|what|how|(?:she|he|they|i)[ \t]+(?:wants?|wanted|likes?|liked|hopes?|hoped|enjoys?|enjoyed|is looking forward|was looking forward)|about[ \t]+(?:her|his|their)[ \t]+(?:plans?|wishes|hopes|hobbies|day|school|friends|football|favourite))\b",
    ))
});

/// What follows a harm word when it names a service, not an event.
static SERVICE: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)^[ \t]+(?:services?|workers?|teams?|support|practitioners?|advocates?|advis[eo]rs?|programmes?|courses?|charit(?:y|ies)|agenc(?:y|ies)|units?|officers?|co-?ordinators?|hubs?|champions?|specialists?|refuges?|helplines?|perpetrator programmes?|awareness|training|polic(?:y|ies)|procedures?|forums?|partnerships?)\b",
    ))
});

/// Whether what was not acted on is a harm event named right after the cue, as its object
/// ("the police did not share the domestic abuse notification"): the cue's own "not" is
/// not a negation of the event, as it is in "did not disclose abuse". Only a definite or
/// possessive object counts: "did not report any injuries" says there were none.
fn harm_as_object(matcher: &EscalationMatcher, text: &str, not_acted_end: usize) -> bool {
    let Some(rest) = text.get(not_acted_end..) else {
        return false;
    };
    harm_events(matcher, rest).next().is_some_and(|m| {
        rest.get(..m.start())
            .is_some_and(|gap| OBJECT.is_match(gap))
    })
}

/// A definite or possessive article and up to two words: what comes between a "did not
/// share" and the harm event that is its object.
static OBJECT: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)^\s+(?:the|this|that|these|those|her|his|their)\s+(?:[A-Za-z0-9_'’-]+\s+){0,2}$",
    ))
});

/// An enquiry or assessment as the subject just before a cue: what it closes "with no
/// further action" was itself the action.
static ENQUIRY_BEFORE: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)\b(?:enquiry|enquiries|investigation|s47|section 47|assessment|strategy discussion|strategy meeting|medical)\s+(?:was\s+|were\s+|has\s+been\s+|had\s+been\s+)?$",
    ))
});

/// What follows "no referral" when none was needed ("no referral was needed", "no
/// further action was felt necessary").
static NOT_NEEDED_AFTER: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)^\s+(?:was|is|were|are|has\s+been|had\s+been)\s+(?:deemed\s+|felt\s+|considered\s+|judged\s+|thought\s+)?(?:needed|necessary|required|warranted|indicated|appropriate)\b|^\s+(?:cause|causes|reason|reasons|explanation|condition|conditions|history|problems?|issues?|concerns?)\b|^[^.;]{0,40}?,?\s+(?:as|because|since)\s+(?:none|one|it|this|that)\s+(?:was|were|is|had\s+been|has\s+been)\s+(?:not\s+)?(?:advised|needed|required|indicated|necessary|warranted|recommended)\b",
    ))
});

/// The subject just before a cue when it is no harm but a part of a child's life or an
/// assessment ("Dad's role has not been considered", "the wider family network has not
/// been explored", "her views were not sought"): a gap in the work, not a harm left.
/// What follows "not told" or "not informed" when it is an outcome someone was not given:
/// "the referrer was not told the outcome", "not informed of the decision".
static FEEDBACK_AFTER: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)^\s+(?:of\s+|about\s+)?(?:the\s+)?(?:outcome|decision|result)s?\b",
    ))
});

static NOT_HARM_SUBJECT: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)\b(?:role|roles|views?|wishes|feelings|network|networks|options?|identity|culture|cultural needs|heritage|religion|faith|interests|hobbies|strengths|aspirations|education|learning needs|health needs)\s+(?:(?:has|have|had|was|were|is|are)\s+)?$|\b(?:hostility|attitude|relationship|working relationship|engagement|communication)\s+(?:with|towards|toward|to)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:(?:has|have|had|was|were|is|are)\s+)?$",
    ))
});

/// What follows a cue when it says there has been nothing more ("has not reported any
/// further threats", "did not share any new concerns").
static NONE_SINCE_AFTER: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)^\s+(?:any\s+)?(?:further|more|new|other|fresh)\s+(?:threats?|incidents?|concerns?|worries|episodes?|problems?|difficulties|issues?)\b",
    ))
});

/// What follows a cue when what was not done was done later ("did not reach the file until
/// 30 October").
static DONE_LATER_AFTER: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)^(?:\s+[\w'’-]+){0,5}?\s+until\s+(?:\d|the\s+(?:following|next)\b|later\b|(?:january|february|march|april|may|june|july|august|september|october|november|december)\b)|^\s+(?:as\s+)?(?:promptly|quickly|swiftly|in\s+time|straight\s+away|immediately|without\s+delay|within\s+(?:the\s+)?(?:statutory\s+)?timescales?)\b",
    ))
});

/// A response named in what came next on the file ("The next entry is the strategy
/// discussion of 3 November").
static NEXT_RESPONSE: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)\b(?:strategy|s47|section 47|visit|visited|police|medical|safety plan|seen|lado|welfare check|protection|placed|moved|escalat\w*|referral)\b",
    ))
});

/// Where "no action was taken" (or the like) starts. It is itself a negation, so only a
/// hypothetical before it ("if no action is taken") makes it not count.
fn first_not_acted(matcher: &EscalationMatcher, text: &str) -> Option<(usize, usize)> {
    matcher
        .not_acted
        .find_iter(text)
        .find(|m| {
            let before = text.get(..m.start()).unwrap_or("");
            let trimmed = before.trim_end().to_lowercase();
            // "Had the nursery not shared its concerns, …": what would have happened.
            let upto = text.get(..m.end()).unwrap_or("");
            !(trimmed.ends_with(" if")
                || matcher.hypothetical.is_match(upto)
                || trimmed.ends_with(" unless")
                || trimmed.ends_with(" whether")
                // "The enquiry closed with no further action": the enquiry was the action.
                || (m.as_str().get(..6).is_some_and(|w| w.eq_ignore_ascii_case("closed"))
                    && ENQUIRY_BEFORE.is_match(before))
                // "No referral was needed": a decision that none was, not a failure.
                || NOT_NEEDED_AFTER.is_match(text.get(m.end()..).unwrap_or(""))
                // "… agreed the bruise needed no referral": the same decision.
                || needed_before(before)
                // "Dad's role has not been considered": what was left undone is not a harm.
                || NOT_HARM_SUBJECT.is_match(before)
                // "The minutes did not reach the file until 30 October": done, but late.
                || DONE_LATER_AFTER.is_match(text.get(m.end()..).unwrap_or(""))
                // "has not reported any further threats": none since, not one ignored.
                || NONE_SINCE_AFTER.is_match(text.get(m.end()..).unwrap_or(""))
                // "the referrer was not told the outcome": feedback, not a protective step.
                || FEEDBACK_AFTER.is_match(text.get(m.end()..).unwrap_or(""))
                // "The next entry is the strategy discussion": what came next was a response.
                || (m.as_str().get(..8).is_some_and(|w| w.eq_ignore_ascii_case("the next"))
                    && NEXT_RESPONSE.is_match(text.get(m.start()..).unwrap_or(""))))
        })
        .map(|m| (m.start(), m.end()))
}

/// Whether `before` ends with a verb of need ("needed no referral", "warranted no further
/// action"): a decision that none was needed.
fn needed_before(before: &str) -> bool {
    let last = before
        .trim_end()
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    matches!(
        last.as_str(),
        "needed"
            | "needs"
            | "need"
            | "required"
            | "requires"
            | "warranted"
            | "warrants"
            | "merited"
            | "merits"
            | "needing"
            | "requiring"
    )
}

/// Whether the resolution at `start..end` of `text` is an adult of the family taken away
/// ("father had been taken to hospital"), which makes no child safe.
fn adult_taken_away(text: &str, start: usize, end: usize) -> bool {
    let found = text.get(start..end).unwrap_or("").to_lowercase();
    if !["taken ", "brought ", "removed "]
        .iter()
        .any(|w| found.starts_with(w))
    {
        return false;
    }
    // The subject: the first word before it that is not an auxiliary or an adverb.
    let subject = text
        .get(..start)
        .unwrap_or("")
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .rev()
        .map(str::to_lowercase)
        .find(|w| {
            !matches!(
                w.as_str(),
                "been"
                    | "had"
                    | "has"
                    | "have"
                    | "was"
                    | "were"
                    | "is"
                    | "are"
                    | "being"
                    | "then"
                    | "later"
                    | "also"
                    | "since"
                    | "just"
                    | "recently"
                    | "himself"
                    | "herself"
            )
        });
    subject.is_some_and(|w| crate::lexicon::evidence::ADULT_FAMILY.contains(&w.as_str()))
}

#[cfg(test)]
mod tests {
    use crate::config::Config;
    use crate::rules::test_support::{assert_fix, fires, silent};

    const CONTACTS: &str = "the Principal Social Worker, the Assistant Director for QA, the Team Manager, the Assistant Team Manager and the social worker";

    #[test]
    fn fires_anywhere_with_contacts_and_a_fix() {
        let text = "Sam has not been seen for five weeks. Other text.";
        let d = fires("S001", text);
        assert_eq!(d.range.slice(text), "Sam has not been seen for five weeks.");
        assert!(d.message.contains(CONTACTS), "{}", d.message);
        assert!(d.message.contains("do not wait"), "{}", d.message);
        assert_fix(
            text,
            "S001",
            0,
            &format!("Sam has not been seen for five weeks. Escalated to {CONTACTS} on [date]. Other text."),
        );
        let audit = "---\naudit-date: 2026-11-20\n---\n## Planning\nJudgement: Good\nEvidence: Nobody knows where Sam is living.\n";
        assert_fix(
            audit,
            "S001",
            0,
            &audit.replace(
                "living.",
                &format!("living. Escalated to {CONTACTS} on 20 November 2026."),
            ),
        );
    }

    #[test]
    fn every_kind_in_the_taxonomy_fires_on_its_examples() {
        for (kind, data) in &crate::lexicon::risk::TAXONOMY.kinds {
            for example in &data.examples {
                let d = fires("S001", example);
                assert!(
                    d.message.contains(kind.describe()),
                    "{example}: {}",
                    d.message
                );
            }
        }
    }

    #[test]
    fn risk_denied_of_every_child_or_said_of_children_as_a_class_is_silent() {
        for text in [
            "No young people were judged to be at immediate risk of harm during the visit.",
            "The review did not find any child who was left at immediate risk.",
            "Across the sample there were none where babies were left at risk of harm.",
            "Young people who go missing from care are offered an independent return interview.",
            "The service ensures that children who are missing from education are tracked daily.",
            "The panel asked what would happen if the twins were ever to go missing from school.",
            "The mentoring scheme helps care leavers rebuild links with relatives they have lost contact with, and with old friends.",
        ] {
            silent("S001", text);
        }
        for text in [
            // The quantifier is in another clause, or the children are this case's.
            "No professionals attended the meeting, but Leon has not been seen for five weeks.",
            "The children who went missing last weekend have not returned to the placement.",
            // An institution that cannot say a child is safe.
            "Managers cannot be confident that the three children on the waiting list are safe.",
            "The agency is not assured that the baby is being cared for safely at night.",
            "From what is on file it cannot be said where Leon is staying or who is with him.",
            "Nothing on the health visiting record shows that anyone has seen the baby since October.",
        ] {
            fires("S001", text);
        }
    }

    #[test]
    fn new_indicators_in_the_taxonomy() {
        for text in [
            "Leon was reported missing on Monday and has not been recovered.",
            "Since his father's arrest Leon has been coping in the house by himself.",
            "With both carers in custody there is no adult identified to look after him.",
            "Her aunt has booked flights for the summer and Nadia is at high risk of FGM.",
            "Nadia told the school nurse about the planned cutting. The referral is still sitting in the duty inbox.",
            "Leon's disclosure to the mentor has not reached his social worker.",
        ] {
            fires("S001", text);
        }
    }

    #[test]
    fn subjects_headed_by_children_and_more_shapes_of_not_seen() {
        for text in [
            "Four children open to the leaving care team have not been visited since the spring.",
            "Two weeks on, nobody has made contact with the carers or seen the boy.",
            "It is not known where the eldest boy is staying this week.",
            "An account of the burns to the toddler's hand has not been given by the carers.",
        ] {
            fires("S001", text);
        }
        for text in [
            "Young people's missing episodes are reviewed at a weekly panel.",
            "The disabled children's team has not been visited by the inspectors since 2019.",
        ] {
            silent("S001", text);
        }
    }

    /// The active and the passive say the same: a visit late against a deadline is not a
    /// child unseen, and "seen … alone" is "seen alone" in either voice.
    #[test]
    fn late_visits_and_seen_not_alone_read_alike_in_both_voices() {
        for text in [
            "Kai had not been visited within the 10 working days set out in his plan.",
            "The social worker did not visit Kai within the 10 working days set out in his plan.",
            "Mia was not seen within statutory timescales after the conference.",
            "Mia has not been seen alone by the social worker since August.",
            "The social worker has not seen Mia alone since August.",
            "The brothers were not visited often enough over the summer.",
        ] {
            silent("S001", text);
        }
        for text in [
            "Kai has not been seen within the last six weeks.",
            "The social worker has not seen Mia since August.",
            "Mia has not been seen since August.",
        ] {
            fires("S001", text);
        }
    }

    #[test]
    fn the_trigger_s_own_words_do_not_resolve_it() {
        fires(
            "S001",
            "The team cannot be sure that Leon is safe and well at his father's flat.",
        );
    }

    fn dated_area(evidence: &str) -> String {
        format!("---\naudit-date: 2026-11-20\n---\n## Planning\nJudgement: Good\nEvidence: {evidence}\n")
    }

    #[test]
    fn a_recent_sighting_in_the_area_ends_an_earlier_gap() {
        silent(
            "S001",
            &dated_area("Ola was not seen for six weeks over the summer holidays. Her social worker saw her alone on 12 November 2026."),
        );
        silent(
            "S001",
            &dated_area(
                "Ola went missing twice in August. She is seen weekly by her youth worker.",
            ),
        );
        // The sighting is too long ago, "last seen" leaves a gap open, or the gap is open now.
        fires(
            "S001",
            &dated_area("Ola was not seen for six weeks over the summer holidays. Her social worker saw her on 2 October 2026."),
        );
        fires(
            "S001",
            &dated_area("Ola was not seen for six weeks over the summer. She was last seen by the nurse on 1 November 2026."),
        );
        fires(
            "S001",
            &dated_area(
                "Ola's whereabouts are now unknown. She was seen at school on 16 November 2026.",
            ),
        );
        // An adult seen is no sighting of the child.
        fires(
            "S001",
            &dated_area("Ola was not seen for six weeks over the summer holidays. Her mother was seen on 12 November 2026."),
        );
    }

    #[test]
    fn clipped_notes_and_multi_agency_forms() {
        for text in [
            "Tia (9 wks) not seen by any professional since 30/10.",
            "06/11 M reports Kai (14) MFH.",
            "No one currently knows where Reuben is.",
            "It is not known whether the baby has been born.",
            "Neither the YOT worker nor the SW has had contact with him since his release.",
            "Current safety of both children unknown.",
            "Neighbour reports children aged 4 and 6 alone in flat.",
            "Ibrahim is still being messaged every night by the man who groomed him online.",
            "There is no pre-birth plan and the baby is likely to go home with a father convicted of seriously injuring a previous infant.",
            "TM to convene a strategy discussion about Ava's disclosure of sexual abuse, on which nothing has yet been done.",
            // The harm two sentences back, and nothing between resolves it.
            "Zara told the school nurse that she is being taken to Pakistan next week to be married. The DSL rang her parents to discuss it. There is no strategy discussion and no police involvement recorded.",
            "Aaliyah came into school with a burn to her hand. Contact logged against the closed record. Not allocated.",
        ] {
            fires("S001", text);
        }
        for text in [
            "The MFH protocol was followed.",
            "MFH 08/11: Kayden reported missing by carers at 22:00. Found by police 09/11 at a friend's address, safe and well.",
            "Neither mother nor father has had contact with Noah since he came into care.",
            "Neither the SW nor the IRO has seen the updated plan.",
            "The safety plan is unclear about who collects Noah from school.",
            "Noah spends time alone at home after school, which is agreed in his plan as he is 16.",
            "The pre-birth plan was agreed at the ICPC.",
            "Nothing has yet been done to redecorate Noah's bedroom.",
            "Noah disclosed in March that father hit him. A strategy discussion was held the same day. No further action was needed after the S47.",
            // A pronoun that is the adult named before.
            "Father was detained under the Mental Health Act in October. He has had no contact with Noah for two years.",
            // The consequence of a condition.
            "If the placement were to break down he might fall back into the pattern of going missing.",
        ] {
            silent("S001", text);
        }
    }

    #[test]
    fn a_risk_buried_in_a_paragraph_and_left_in_a_tray() {
        for text in [
            "A GP letter is on the file: mother told the GP she has been hearing a voice saying Esme is not really hers. Mother cares for Esme on her own during the day. The letter has been filed without comment.",
            "The police report states that a man in his thirties has been messaging Freya and has suggested meeting this weekend. Her parents have not been told.",
            "HV note from yesterday: dad nodding off while Harvey (2) played on the floor. Dad is sole carer. Note emailed to SW and TM, no response on file.",
            "On 13 November Kai told his IRO that one of the night staff comes into his room at night. There is no LADO referral.",
            "The incident form records a round burn on Ethan's forearm. The form was emailed to the duty inbox. There is nothing to show anyone has looked at it since.",
            "Mother said Kayden has been stopping at a friend's since the weekend. There is no record of anyone speaking to Kayden since then.",
            "A passer-by found Lily-Mae, aged two, barefoot by the roundabout at 7 a.m.",
            "Letters to the old address have come back marked 'gone away'.",
            "The police log records that Maisie rang 999 saying her mum's boyfriend was hurting mummy. The log notes that he still has a key. There is nothing to show anyone from the service has spoken to mum or Maisie today.",
        ] {
            fires("S001", text);
        }
        for text in [
            "After Niamh took an overdose she was admitted to the paediatric ward and assessed by CAMHS before discharge.",
            "The survey on 3 November found no working heating and very little food in the house. The worker arranged a food parcel, an emergency heater and a bed through a local charity within 48 hours.",
            "Two visits were unsuccessful because nobody answered the door. Harper was seen the same afternoon, weighed by the health visitor and found to be well cared for.",
        ] {
            silent("S001", text);
        }
    }

    #[test]
    fn service_findings_in_the_style_of_an_inspection() {
        for text in [
            "Nobody is checking on them, and managers accept that they have no idea how these children are.",
            "The whereabouts of four children subject to care orders are currently unknown.",
            "Managers could not account for where 17 young people aged 16 and 17 placed in supported accommodation are sleeping at night.",
            // Someone else's death is no history of the child's risk.
            "Jo has not been seen since before mother died.",
            "One family has not answered the door on five consecutive visits and no further action has been taken.",
        ] {
            fires("S001", text);
        }
        for text in [
            // A review's learning about a child who has died.
            "Baby L was not seen by any professional in the five weeks before she died.",
            "Baby L was not seen by any professional in the five weeks before Baby L died.",
            "Child J's disclosure was not acted on for several weeks. She was subsequently moved to the care of her grandparents, where she has lived safely for two years.",
        ] {
            silent("S001", text);
        }
    }

    #[test]
    fn what_no_one_knew_is_still_so() {
        // Not knowing that a child is unseen or missing does not deny it.
        fires(
            "S001",
            "Leaders were not aware that 40 children on child protection plans had not been visited for over three months.",
        );
        fires("S001", "Nobody realised that Jo had gone missing.");
        fires(
            "S001",
            "The local authority does not know where 12 care leavers are living.",
        );
        silent("S001", "There is no evidence that Jo has gone missing.");
        silent(
            "S001",
            "The local authority knows where all its care leavers are living.",
        );
        silent(
            "S001",
            "Managers did not know that Jo was missing until the police called; she was found the same night.",
        );
    }

    #[test]
    fn a_risk_told_wholly_in_a_past_half_a_year_gone_is_history() {
        silent(
            "S001",
            &dated_area("In 2025 Harry had an unexplained bruise on his cheek."),
        );
        silent(
            "S001",
            &dated_area("Back in January 2024 Kian was found wandering alone at night."),
        );
        // Within half a year, or told as running to now, or never acted on: current.
        fires(
            "S001",
            &dated_area("In October 2026 Kian was found wandering alone at night."),
        );
        fires("S001", &dated_area("Kian was last seen in March 2025."));
        fires(
            "S001",
            &dated_area("Kian went missing in May 2025 and never returned."),
        );
        fires(
            "S001",
            &dated_area(
                "In 2025 Harry had an unexplained bruise, and no action has ever been taken.",
            ),
        );
        // Without an audit date there is no measure of how long ago.
        fires(
            "S001",
            "## Planning\nJudgement: Good\nEvidence: In 2025 Harry had an unexplained bruise on his cheek.\n",
        );
    }

    #[test]
    fn a_dated_escalation_note_silences_the_area() {
        silent(
            "S001",
            &format!("## Planning\nJudgement: Good\nEvidence: Nobody knows where Sam is living. Escalated to {CONTACTS} on 20 November 2026.\n"),
        );
        // The placeholder is not a record of escalation.
        fires(
            "S001",
            &format!("Nobody knows where Sam is living. Escalated to {CONTACTS} on [date]."),
        );
    }

    #[test]
    fn fires_on_each_kind_of_trigger() {
        for text in [
            "The children haven't been seen by any professional since the family moved in August.",
            "No visit has taken place since 14 September.",
            "The SW has not seen Sam since the strategy meeting.",
            "Sam's whereabouts are currently not known.",
            "Priya went missing from her foster placement on Friday.",
            "Priya has been reported missing twice this month.",
            "We don't know whether Priya is safe at home.",
            "It is not known who is looking after the baby.",
            "Sam disclosed that his stepfather hit him, but no action was taken.",
            "Sam told his teacher that dad had hurt him. This was not passed on to children's services.",
            "The allegation against the mother's partner was not followed up.",
            "The twins were left home alone overnight.",
            "A bruise on the baby's cheek has not been explained.",
            "There is no safety plan while father remains in the home.",
            "The alleged perpetrator has returned to the family home despite bail conditions.",
            "The family have not been seen since they moved.",
            "Sam, who is four, has not been seen since the family moved in August.",
            "Sam told her teacher on 9 November that her stepfather had hit her. There is no record of a strategy discussion or a visit since.",
            "It is not clear that anyone has seen Sam in the last four weeks.",
            "The file does not show that anyone has checked on Sam since 28 September.",
            "Sam is staying with adults linked to county lines, but where he sleeps on any given night is unknown.",
            "Sam told the worker that mum's boyfriend comes into her room at night. The record shows no referral to police and no further visit.",
        ] {
            fires("S001", text);
        }
    }

    #[test]
    fn a_later_sentence_about_the_child_answers_and_an_ended_pattern_is_history() {
        let about_jade = |evidence: &str| {
            format!("---\nchild: Jade Morris\naudit-date: 2026-11-20\n---\n## Planning\nJudgement: Good\nEvidence: {evidence}\n")
        };
        // A response told of the child by name follows on from the danger.
        silent(
            "S001",
            &about_jade("The residential staff found Jade with a ligature on 2 November 2026. Jade was assessed by CAMHS the next day."),
        );
        // The same response told of someone else does not.
        fires(
            "S001",
            &about_jade("The residential staff found Jade with a ligature on 2 November 2026. Her brother was assessed by CAMHS the next day."),
        );
        // No harm since is an answer in itself.
        silent(
            "S001",
            &dated_area("Holly took an overdose in August 2026. She has not self-harmed since, and she has not self-harmed since September according to her keyworker."),
        );
        // Steps said to be needed, and none of them on file.
        fires(
            "S001",
            &dated_area("Dad said mum had shaken him the night before. A medical and a strategy discussion are needed, and neither is on file."),
        );
        silent(
            "S001",
            &dated_area("Dad said mum had shaken him the night before. A medical was needed, and one was arranged that day."),
        );
        // A pattern the work has ended.
        silent(
            "S001",
            &dated_area("The move to a new home has ended her missing episodes."),
        );
        fires(
            "S001",
            &dated_area("Since the move to a new home she has had three missing episodes."),
        );
    }

    #[test]
    fn silent_on_risks_acted_on_negated_or_about_others() {
        for text in [
            "Priya was missing overnight but returned the next morning, and a return interview was completed.",
            "Priya was missing from home for one night in June. A return home interview was completed the next day.",
            "Priya was missing overnight on 2 August. Police found her at a friend's house the next morning.",
            "There is nothing on the file to suggest Sam is at risk of immediate harm.",
            "Sam has been seen alone at every visit, although his bedroom has not been seen since September.",
            "Sam could not be reached for an afternoon; his carers knew where he was throughout and he was home by his agreed time.",
            "Sam's grandfather, who was convicted of offences against children, has not been seen in the area since his release.",
            "Sam's disclosure was reported to the police the same day and a strategy discussion was held.",
            "There have been no missing episodes since the placement began.",
            "The plan sets out what to do if Priya goes missing.",
            "Sam has not been seen alone at home, although he talks openly at school.",
            "Mother has not been seen by the health visitor since the birth.",
            "The chronology is missing from the file.",
            "Sam has not seen his father since the summer.",
            "Sam is never left alone with his stepfather.",
            "A safety plan is in place and was reviewed at the core group.",
            "Sam's views were not recorded in the plan.",
            "The bruise on Sam's arm was consistent with his account of a fall at football.",
            "Visits have been regular and Sam is seen alone each time.",
        ] {
            silent("S001", text);
        }
    }

    /// TRIGGERS: sentences that must be escalated, in many shapes.
    const TRIGGERS: &[&str] = &[
        "His teacher saw raised red lines across his legs. He said his dad does it with the belt. No referral was made.",
        "Her mother’s diary shows Jo out until after 2am most nights last week. No referral was made.",
        "The epilepsy nurse reports that Sami's anti-epileptics have gone uncollected since September.",
        "School emailed the duty team about a burn on Sami's hand. Nothing shows that the email was read.",
        "Mia told her form tutor that she is afraid of her stepfather. Another missing episode followed that weekend.",
        "Jo has not been seen by anyone since 3 October.",
        "There has been no home visit for seven weeks.",
        "No professional has had sight of the baby since the family moved.",
        "Jo was last seen on 12 October and has not been seen since.",
        "The family moved out of the area and their new address is not known.",
        "Mother has refused access to the home and Jo has not been seen for a month.",
        "The last statutory visit was on 2 September; no visits have taken place since.",
        "Jo's current whereabouts are unknown.",
        "We do not know where Jo is staying at night.",
        "Jo has been missing from her children's home since Sunday.",
        "Jo went missing again on 15 November and has not returned to placement.",
        "Jo is frequently missing overnight and no return home interviews have been offered.",
        "It is unclear whether Jo is safe at home with father.",
        "Nobody can say whether Jo is being cared for safely.",
        "The team cannot confirm that Jo is safe.",
        "Jo disclosed to school that her stepfather hits her; there is no record of any action.",
        "Jo made an allegation of sexual abuse against her cousin in October. Nothing has been done.",
        "The allegation made by Jo about her mother's partner has not been investigated.",
        "School reported bruising to Jo's face on 3 November, but this has not been followed up.",
        "Jo, aged 6, was left alone in the flat overnight.",
        "Jo and her brother are regularly left unsupervised while mother works nights.",
        "Jo had a burn on her hand that mother could not explain.",
        "The baby presented with an unexplained bruise and no child protection medical has taken place.",
        "There is no safety plan even though father has returned to live at the home.",
        "Father, who is subject to a non-molestation order, is living back in the home.",
        "Jo disclosed suicidal thoughts last week and no safety plan has been put in place.",
        "Jo is being criminally exploited and continues to go missing.",
        "Jo told the SW that she does not feel safe at home.",
        "Jo remains in the care of mother, who is misusing alcohol and was found intoxicated while caring for her last week.",
        "Mother's new partner, a registered sex offender, has moved in.",
        "Repeated no-access visits mean Jo has not been seen since the summer.",
        "The police notification of domestic abuse on 10 November has not been acted on.",
        "Jo's school has not seen her since half term and the family are not answering calls.",
        "Jo has not attended school for four weeks and has not been seen by any agency.",
        "The strategy discussion agreed a S47, but no S47 has been started and Jo remains at home with the alleged perpetrator.",
        "It is not known whether Jo is still living with her grandmother.",
        "Jo has been sofa surfing and her whereabouts are often unknown.",
        "Jo said her dad hit her with a belt. No action was taken by the school or the SW.",
        "The SW was unable to gain access to the property on three occasions.",
        "Jo's safety at home has not been established since the incident.",
        "Since the ICPC nobody from the team has visited the home.",
        "The SW has been unable to make contact with the family for three weeks and the phone is disconnected.",
        "Sam's location is not known to any agency.",
        "Sam was reported as a missing person on 14 November and remains missing.",
        "Sam has run away from his placement three times this month.",
        "Sam did not come home on Saturday night and his carers do not know where he stayed.",
        "There is no way of knowing whether Sam is safe.",
        "Sam's safety cannot be assured while he is living with his uncle.",
        "Sam disclosed physical abuse by his father during a school session; the disclosure was not passed on.",
        "An anonymous referral alleging that Sam is being hit was closed with no further enquiry.",
        "Sam told his foster carer that an older boy touched him. The carer did not report this.",
        "Sam is often left to look after his two younger siblings overnight.",
        "Sam, who is three, was found wandering in the street at 11pm.",
        "The baby has a fractured arm and the explanation given by parents is inconsistent.",
        "Bruising to Sam's back was noted at nursery but has not been explained.",
        "There is no safety plan despite mother's partner having been arrested for assault.",
        "Father continues to visit the home in breach of the written agreement.",
        "Sam is at immediate risk of harm from his stepfather.",
        "Sam has self-harmed twice this week and there is no plan to keep him safe.",
        "Sam has made threats to kill himself and has not been seen by CAMHS.",
        "Mother was intoxicated when the SW visited and was the sole carer for the baby.",
        "Sam has been staying with adults unknown to the service.",
        "It has not been possible to confirm who Sam is living with.",
        "We cannot be certain that Sam is safe at home.",
        "The school has raised concerns that Sam has not been in school or seen since 3 November.",
        "Sam has gone missing four times since October, with no return interviews.",
        "The allegation against the stepfather from September has still not been investigated.",
        "Mother disclosed that her partner has been violent towards Sam, but nothing was done.",
        "Sam has unexplained marks on his neck.",
        "Sam has been left in the care of an unassessed adult.",
        "At the time of the audit Lily had not been seen for 38 days.",
        "Lily has not had a statutory visit since 1 October.",
        "The last recorded contact with Lily was on 2 October, over seven weeks ago.",
        "Lily was reported missing by her carers on 18/11 and has not yet been found.",
        "Lily is currently missing from care.",
        "Lily absconded from the unit on Monday and police are looking for her.",
        "Lily's mother has taken her out of the country and their current location is unknown.",
        "It is not clear who Lily is living with at present.",
        "Professionals are unsure whether Lily is safe.",
        "There is no evidence on file that Lily's safety has been checked since the DA incident.",
        "Lily told a teaching assistant that mum's boyfriend hurts her; there is no record of this being shared with children's services.",
        "A disclosure of sexual harm made by Lily in September was not responded to.",
        "The allegation of physical chastisement has not been progressed.",
        "The DA notification received on 12 November has not been screened or acted on.",
        "Lily, aged four, was left at home alone while mother went to the shop.",
        "Lily was found alone in the park late at night by police.",
        "Lily was seen at nursery with a bruise to her ear and no explanation has been sought.",
        "Lily's injuries were described as non-accidental by the paediatrician, and she remains at home.",
        "There is still no safety plan and father continues to visit.",
        "Lily lives with her mother's partner, who is on bail for assaulting her.",
        "Lily has said she is scared of her stepfather and does not want to go home.",
        "Lily disclosed she has been taking overdoses and no referral to CAMHS has been made.",
        "Lily is believed to be involved in county lines activity and was last seen a week ago.",
        "Lily has been missing education since September and has not been seen by any professional.",
        "Nobody knows where Lily is sleeping.",
        "The SW has made no visits to Lily since the case transferred in August.",
        "The home conditions were described as squalid, with no food in the house for the children.",
        "Lily has been exposed to further domestic abuse this month and there is no up-to-date safety plan.",
        "Lily's whereabouts have not been confirmed since 5 November.",
        "Lily is staying with a friend's family that has not been assessed, and her whereabouts were unknown for two nights.",
        "No SW visit recorded for 9 weeks; Mia is subject to a CP plan.",
        "Mia (2) not seen since the ICPC on 1 September.",
        "The family have disengaged and Mia hasn't been seen by anyone since early October.",
        "Mia's location has been unknown since she left her aunt's house on 12 November.",
        "Mia's whereabouts unknown since Friday.",
        "Mia has been missing for three days.",
        "Mia was reported missing on 17 November and police are still searching.",
        "Mia is believed to be staying with older males in another town, and no one knows the address.",
        "The allocated SW told me she does not know if Mia is safe.",
        "Mia told a friend that her dad touches her at night; the school did not refer this on.",
        "The disclosure on 4 November has not yet been discussed with police or the LADO.",
        "Mia's mother reported that her partner had strangled her in front of Mia, but no safety planning took place.",
        "Mia arrived at nursery with a black eye; no explanation was given and no one followed it up.",
        "Mia's younger brother has a spiral fracture that the parents cannot account for.",
        "Mia is being left in the care of her 11-year-old sister overnight.",
        "Mother left Mia alone in the house while she went out drinking.",
        "The contact plan says father must not have unsupervised contact, yet he has been collecting Mia from school.",
        "Father was released from prison last week and is back living with Mia and mother; there is no safety plan.",
        "The CP plan says father must not have unsupervised contact, but he is collecting Mia from school most days.",
        "Mia said she wants to die and has a plan; no risk assessment or safety plan is recorded.",
        "Mia was found by police in a known drug house on 15 November.",
        "Mia has an older boyfriend aged 24 and is staying out overnight.",
        "Since the referral was closed, the police have attended the home twice for domestic incidents and no action has been taken by children's services.",
        "No professional has been able to see Mia since mother withdrew consent.",
        "Nothing is known about Mia's current living arrangements.",
        "Mia's safety has not been checked since the police call-out on 10 November.",
        "Visits were regular until August, but since the worker went on leave no one has visited Zara, who is on a CP plan for neglect.",
        "Zara's nursery has not seen her for a fortnight and mother is not answering the door.",
        "Zara has been out of education since May and has not been seen by anyone outside the family.",
        "When police attempted a welfare check on 14 November there was no reply, and the family have not been heard from since.",
        "Zara has been missing on four occasions this month, most recently overnight on 16 November.",
        "Zara left the placement on 18 November and has not come back.",
        "Carers report that Zara is regularly picked up by unknown men in cars.",
        "Zara's mother has moved to an unknown address with Zara and the baby.",
        "It is unknown who has parental responsibility for Zara's care at the moment, as both parents are in custody.",
        "Zara confided in her youth worker that she is being made to carry drugs; there is no record that this was shared.",
        "A neighbour's referral about Zara being hit was logged by the front door but no one has visited.",
        "The strategy discussion on 2 October was never convened, despite Zara's allegation against her stepbrother.",
        "Zara was sent home from school with a lump on her head, and the explanation offered by her father does not fit the injury.",
        "Marks consistent with a belt were seen on Zara's legs by the PE teacher on 12 November; nothing has happened since.",
        "The 4-year-old was discovered alone at home by police at 2am.",
        "Mother says she leaves Zara, aged 7, to put herself to bed while she works evening shifts.",
        "Father, who has a history of serious violence, has moved back in and the safety plan has lapsed.",
        "Zara has told staff she is frightened to go home because of her uncle.",
        "Zara is self-harming daily and has a ligature history, yet she is not open to CAMHS and there is no safety plan.",
        "Zara is being sexually exploited by a group of older men, and the NRM referral has not been made.",
        "The home was found to be without heating or food when the SW visited on 10 November, and no further visit has been made.",
        "Mother was under the influence of drugs while in sole charge of Zara on two recent visits.",
        "Zara's contact with her father, who poses a risk of sexual harm, is not being supervised.",
        "Zara remains in the household with her brother, who is alleged to have sexually abused her, and no safety plan has been agreed.",
        "Since the transfer in August, Kai has had no visits and his CP plan has not been reviewed.",
        "There is no evidence that anyone has seen Kai since his mother withdrew him from nursery.",
        "Kai and his sister have not been sighted by any agency in over a month.",
        "The police have been unable to locate the family after they left the refuge.",
        "Kai has been going missing from his residential home most weekends, and there are no return interviews on file.",
        "Kai has not returned to his foster home since absconding on Tuesday.",
        "Kai's carers do not know where he goes when he leaves the house at night.",
        "We cannot say whether Kai is safe because no one has been able to see him.",
        "There is no current information about who is looking after Kai.",
        "Kai told his mentor that his father beats him when he drinks; this was not reported.",
        "The school reported that Kai had a handprint on his face on 9 November; there is no record of a response.",
        "The allegation against Kai's foster carer has not been referred to the LADO.",
        "Kai was left unattended in a car outside a pub for over an hour.",
        "Kai, aged 5, is frequently left home alone after school.",
        "Kai's baby brother has a torn frenulum, and no medical or strategy discussion has followed.",
        "Kai's bruises were not seen by a doctor, and the parents' explanations keep changing.",
        "Father has been released on bail and is living in the family home; the safety plan has not been updated.",
        "Mother's partner, who has convictions for violence against children, now lives with Kai.",
        "Kai reports that his stepfather has threatened to hurt him if he tells anyone.",
        "Kai is taking cannabis daily and is associating with a gang; he was stabbed in October.",
        "Kai said he has thoughts of ending his life and the referral to CAMHS has not been made.",
        "Kai is living in a tent with his father.",
        "The baby is sleeping in a drawer and mother is misusing heroin.",
        "Kai's mother has been sectioned and it is not clear who is caring for him.",
        "Kai is being looked after by a 15-year-old neighbour overnight.",
        "Ruby hasn't been seen for six weeks.",
        "It's now eight weeks since anyone saw Ruby.",
        "Ruby was not seen at either of the last two statutory visits, and the last time she was seen was 4 September.",
        "There have been no visits to Ruby since the ICPC.",
        "No home visit has been completed since 12/09/2026.",
        "Ruby's whereabouts are not currently known.",
        "The whereabouts of Ruby and her mother are unknown.",
        "Ruby is missing from care and has been since Thursday.",
        "Ruby was reported missing from home by her father on 16 November.",
        "Ruby keeps going missing and has been found in other towns.",
        "We don't know if Ruby is safe.",
        "Professionals do not know whether Ruby is safe at home.",
        "It is not known if Ruby is being fed.",
        "Ruby disclosed that her stepdad hit her, and no action was taken.",
        "Ruby disclosed sexual abuse in October; no strategy meeting has taken place.",
        "The disclosure made by Ruby at school was not passed to children's services.",
        "Ruby made allegations against her mother's boyfriend that have not been followed up.",
        "The allegation has never been investigated.",
        "Ruby is regularly left alone overnight.",
        "Ruby (aged 3) was left alone while mother went to the shops.",
        "Ruby's injury has never been explained.",
        "The injuries to Ruby's arms remain unexplained.",
        "Ruby had bruising to both cheeks that was not explained.",
        "There is no safety plan although father still visits the home.",
        "There is no safety plan in place while Ruby continues to self-harm.",
        "No safety plan has been agreed, even though mother's ex-partner knows the new address.",
        "The concerns raised by Ruby's school about sexual abuse were not followed up.",
        "Ruby's school referral about neglect in September has not been responded to.",
        "No one has checked on Ruby's welfare since the police call-out.",
        "Ruby is at risk of immediate harm.",
    ];

    /// NOT_TRIGGERS: risks acted on, negated, hypothetical, historical or about someone else.
    const NOT_TRIGGERS: &[&str] = &[
        "Jo was admitted for tests and no medical cause was found.",
        "The unexplained bruise was taken seriously and Jo is cared for by her aunt under a safety plan.",
        "Jo's father took her from school in breach of the order. Police were called within minutes and returned Jo to her mother that evening.",
        "For Jo, this means she is protected from the immediate risk while police investigate.",
        // A danger as the subject of a modal verb is a possibility; responses told by
        // their timing ("that morning", "took place the same afternoon").
        "Without the summary, school may not spot early signs that a further missing episode could be starting.",
        "Mia told her form tutor that she is afraid of her stepfather. The school referred that morning.",
        "Mia told her form tutor that her stepfather hits her. A joint home visit with police took place the same afternoon.",
        "Jo was missing for one night in September, returned the next day and a return home interview was completed.",
        "Jo's disclosure was shared with the police immediately and a strategy discussion took place the next day.",
        "There have been no missing episodes since Jo moved to the placement.",
        "The plan sets out what carers will do if Jo goes missing.",
        "Jo has not been seen alone by the SW, which is a gap in practice.",
        "Jo's father has not been seen since 2022 and has no contact.",
        "Mother's whereabouts are unknown and Jo lives with her grandmother, where she is safe and settled.",
        "The chronology is missing key events.",
        "Jo has not seen her mother since contact was suspended.",
        "Jo is never left alone with father, as agreed in the safety plan.",
        "A safety plan is in place and is reviewed at every core group.",
        "Jo's views were not recorded in the CIN plan.",
        "The bruise on Jo's knee was consistent with her account of falling in the playground.",
        "Jo was seen on 18 November, alone, and said she feels safe at home.",
        "The risk of Jo going missing is addressed in the plan.",
        "There is no evidence that Jo has been left alone.",
        "Jo has a history of going missing, but there have been no episodes in the last year.",
        "Jo made an allegation against a teacher in August; the LADO was informed the same day and the allegation was investigated.",
        "The SW has not visited Jo's father in prison.",
        "Jo's PEP is missing from the file.",
        "The health visitor has not seen Jo since the 12-month check, which is within timescales.",
        "Jo has not been seen by the dentist this year.",
        "The injury was explained by a fall and a paediatrician found it accidental.",
        "Father has returned to the family home, which was agreed after a risk assessment.",
        "It is unclear whether father's views were sought.",
        "No one has yet completed the chronology.",
        "Jo was previously left alone when she lived with her mother, before she came into care in 2023.",
        "The safety plan was updated after father's release, and mother is following it.",
        "Jo has no contact with her birth family, which she says she prefers.",
        "Jo knows where to go if she feels unsafe.",
        "Sam went missing for a few hours in October; the police found him the same evening and a return interview followed.",
        "The allegation was referred to the LADO the same day.",
        "Sam has not had any missing episodes since he moved to his aunt's.",
        "The plan includes a missing-from-home protocol.",
        "Sam's social worker has not seen his mother since she moved to Leeds.",
        "Sam's uncle's whereabouts are unknown, but he has no contact with the family.",
        "Sam's views on the move are not known.",
        "The SW sees Sam every two weeks, which is more often than the plan requires.",
        "Sam is safe and well in his foster placement.",
        "The minutes of the core group are missing.",
        "Sam's cut knee was explained as a fall from his bike and the school saw it happen.",
        "Sam says he feels safe with his carers.",
        "A safety plan was agreed on the day of the disclosure.",
        "Historic allegations were investigated in 2023 and no further action was taken.",
        "There is no indication that Sam has been exploited.",
        "Sam has not been left alone since the safety plan was agreed.",
        "It is not known whether the GP was informed of the change of address.",
        "Sam has not missed a single visit.",
        "Sam's father is a registered sex offender and has no contact with Sam, which is enforced by the court order.",
        "No one has seen the updated care plan.",
        "Sam stays with his grandparents at weekends, which he enjoys.",
        "Sam lives with his mother, and father has not been seen by the service for two years.",
        "The risk of Sam being exploited was discussed at the strategy meeting and a safety plan is in place.",
        "Sam ran away once in 2023 but has been settled since.",
        "Sam was previously known to the youth offending team.",
        "Lily was last visited on 14 November, in line with the CP plan.",
        "Lily goes missing less often since the safety plan was agreed, and she has not been missing since August.",
        "Lily's allegation was investigated under S47 and a strategy discussion took place within 24 hours.",
        "Lily was found the same night and a return home interview was completed within 72 hours.",
        "The team know where Lily is and she is seen weekly.",
        "Lily's father's address is unknown, but he is not part of the plan.",
        "The plan does not say who will chair the core group.",
        "Lily's bruise was explained by her carer and seen by the GP, who found it consistent with a fall.",
        "Lily told her teacher she was happy at home.",
        "The injury was investigated through a child protection medical, which was completed the same day.",
        "There were no concerns about Lily being left alone.",
        "If Lily is not seen for ten days, the manager is informed.",
        "The IRO has not seen the latest PEP.",
        "Mother has not been seen since she left the home in 2024; Lily lives with her father.",
        "The risk of exploitation is well understood by the network.",
        "No incidents of missing have been reported this year.",
        "Lily has not been left unsupervised with her brother since the plan changed.",
        "No disclosures have been made.",
        "A safety plan has been in place since the ICPC and is working.",
        "Lily is not at immediate risk; the strategy discussion agreed a single assessment.",
        "Lily has been visited every ten working days, which is timely.",
        "Lily used to run away from her previous placement but is now settled.",
        "Lily is now in a safe foster placement after the police protection in June.",
        "Lily's views on contact were not sought.",
        "Lily spoke about missing her nan.",
        "Mia was seen at home on 17 November and appeared well cared for.",
        "Mia went missing in July and returned the same evening; there have been no further episodes.",
        "No disclosures of harm have been made by Mia.",
        "Mia's previous SW left in October; the new SW visited within a week.",
        "The plan sets out who to call if Mia is missing for more than two hours.",
        "Mother's partner was arrested in 2022; he has not lived in the home since.",
        "Mia is not left alone, and her grandmother collects her from school.",
        "Mia fell and bruised her knee at school; staff saw it happen and told mother.",
        "Mia's father lives in Spain and his address is not known; he has no role in her care.",
        "Mia is safe and well, and was seen alone on 14 November.",
        "A strategy discussion was held the same day as the disclosure, and the S47 concluded that Mia was safe.",
        "Mia's views are missing from the review minutes.",
        "Mia talks about missing her old school friends.",
        "The social worker should not have cancelled the life story work without telling Mia, however.",
        "Mia's mother has not been seen by the SW since she moved out.",
        "The risk assessment notes that Mia could be at risk if she goes missing again.",
        "Zara was seen alone on 15 November and told the SW she feels safe with her mum.",
        "Zara went missing once in August; she was found by police within hours and a return interview took place the next day.",
        "Zara has not been missing since the move to her new carers.",
        "There has been no further bruising since the parenting work started.",
        "The allegation Zara made in September was investigated and unsubstantiated, and she was spoken to alone.",
        "Zara's father has had no contact with her since 2023, in line with the court order.",
        "Zara's mother was intoxicated at one visit in June, and the safety plan was updated the same day; there have been no concerns since.",
        "The plan records that Zara must not be left alone with her uncle, and carers confirm this is followed.",
        "Zara's stepfather, who was convicted of assault in 2019, completed a risk assessment and was approved to live in the home.",
        "Zara sometimes misses her gran, whom she sees monthly.",
        "Zara's attendance is 96% and school have no safeguarding concerns.",
        "It is not known whether Zara's father will attend the next review.",
        "No injuries have been seen by school or the GP.",
        "The worker has not been able to meet Zara's father, who lives abroad.",
        "Zara talks openly about times in the past when she was left alone, before she came into care.",
        "Kai has been seen every ten working days, always alone, and the visits are well recorded.",
        "The CP plan was reviewed at the RCPC on 2 November and the core group meets monthly.",
        "Kai's mother has engaged well with the drug and alcohol service and tests are negative.",
        "Kai says he likes his foster carers and wants to stay.",
        "The assessment does not consider father's history, which is a gap.",
        "Kai's views are not recorded in the plan, and the SW has not completed direct work with him.",
        "Supervision has not taken place since July, and the plan has drifted.",
        "The PEP is out of date and Kai's attendance has dropped to 85%.",
        "Father's whereabouts are not known, but he has no parental responsibility and has not been in Kai's life since birth.",
        "Kai was missing for six hours in June; he was found by police and the return interview identified no exploitation concerns.",
        "The social worker did not visit within ten days of the ICPC.",
        "Mother did not attend the core group.",
        "The health visitor has not seen the baby since the new birth visit, which is the standard offer.",
        "Kai had a bruise on his shin from football, which school saw happen.",
        "The family moved house in October and the new address is recorded on the file.",
        "Kai's sister was left with her grandmother while mother attended hospital, which was agreed with the SW.",
        "The safety plan is reviewed at each core group and mother can describe it.",
        "Kai has no contact with his father, who is in prison.",
        "Kai is not allowed to have a phone in his room, which his carers manage well.",
        "The referral to CAMHS was made on 3 November and an appointment is booked.",
        "No allegations have been made about the foster carers.",
        "The chronology does not show when the case was last reviewed.",
        "It is not clear from the file whether father was invited to the review.",
        "Kai's school have not reported any concerns this term.",
        "Kai occasionally stays with his aunt at weekends, which has been assessed as safe.",
        "The strategy discussion was held on the day of the referral and a S47 was completed within 15 days.",
        "Kai's mother has not yet completed the parenting programme.",
        "The IRO has not been able to attend the last two core groups.",
        "There has been drift in the permanence plan since the court hearing in July.",
        "Kai left his placement for a few hours without permission in October, but told carers where he was and came back on time.",
        "Ruby has been seen regularly and was last seen on 17 November.",
        "Ruby was seen on 3 November; the next visit is due on 17 November.",
        "There have been no missing episodes since the summer.",
        "Ruby's whereabouts have been known throughout.",
        "Ruby's mother knows where she is at all times, and Ruby uses a tracking app agreed in the plan.",
        "We know Ruby is safe because she was seen alone on 18 November.",
        "Ruby disclosed that her stepdad hit her, and the SW reported it to police the same day.",
        "The disclosure was passed to children's services within the hour and a strategy meeting followed.",
        "The allegation was investigated, and no further action was taken.",
        "Ruby is not left alone; the plan is clear about this.",
        "Ruby's injury was explained and is consistent with a fall.",
        "There is a safety plan, and mother follows it.",
        "Ruby's safety plan was updated after father's release and he does not visit.",
        "The school's concerns about attendance were followed up with a meeting.",
        "Ruby does not want to go to the youth club any more.",
        "Ruby has not seen her dad since he moved away, which she is sad about.",
        "Ruby feels safe at home and at school.",
        "The audit found no concerns about Ruby's immediate safety.",
        "Ruby has not missed any appointments.",
        "There is no need for a safety plan as the risk has been removed.",
    ];

    #[test]
    fn fires_on_varied_triggers() {
        for text in TRIGGERS {
            fires("S001", text);
        }
    }

    #[test]
    fn silent_on_varied_non_triggers() {
        for text in NOT_TRIGGERS {
            silent("S001", text);
        }
    }

    #[test]
    fn a_last_sighting_long_before_the_audit_date() {
        let audit = |date: &str| {
            format!("---\naudit-date: {date}\n---\nThe last time any professional saw Zara was at the ICPC on 3 September.\n")
        };
        fires("S001", &audit("2026-11-20"));
        silent("S001", &audit("2026-09-10"));
        silent(
            "S001",
            "The last time any professional saw Zara was at the ICPC on 3 September.",
        );
    }

    #[test]
    fn configured_phrases_and_contacts() {
        let config = Config::from_toml(
            "[escalation]\ncontacts = [\"the duty manager\"]\n[lexicon]\nextend-escalation-phrases = [\"spending nights at the bus station\"]\n",
            "caselint.toml",
        )
        .unwrap();
        let text = "Sam has been Spending  nights at the bus station.";
        let found = crate::check(text, &config);
        let d = found.iter().find(|d| d.code == "S001").expect("S001 fires");
        assert!(
            d.message.contains(
                "(it names a configured escalation trigger): escalate now to the duty manager,"
            ),
            "{}",
            d.message
        );
        assert!(crate::check(text, &Config::default())
            .iter()
            .all(|d| d.code != "S001"));
        let none = crate::check(
            "Sam is no longer spending nights at the bus station.",
            &config,
        );
        assert!(none.iter().all(|d| d.code != "S001"));
    }

    /// A harm event that is the object of the cue ("did not share the notification") is
    /// not negated by the cue's own "not", as the passive already read it; "any" still
    /// says there was none.
    #[test]
    fn a_harm_event_not_passed_on_fires_in_either_voice() {
        fires(
            "S001",
            "The police did not share the domestic abuse notification with children's services.",
        );
        fires(
            "S001",
            "The domestic abuse notification was not shared with children's services.",
        );
        fires(
            "S001",
            "The school has not shared the allegation with the LADO.",
        );
        silent("S001", "Mother did not report any injuries.");
        silent("S001", "Jo did not disclose abuse to her teacher.");
    }

    /// Thirty-sixth session: a child not brought back, where a child is now unknown, a
    /// plan to overdose with no contact recorded; a rule for any child and a plan told to
    /// a worker are no escalation.
    #[test]
    fn a_child_kept_a_child_unaccounted_for_and_an_overdose_planned_fire() {
        fires(
            "S001",
            "Father collected Amy for weekend contact on Friday and has not returned her.",
        );
        fires(
            "S001",
            "Where Kyle is now, and who he is with, is not known to anyone working with him.",
        );
        fires(
            "S001",
            "Jess told her tutor she has been stockpiling paracetamol. There is no record of contact with CAMHS or her parents.",
        );
        silent(
            "S001",
            "Mother has not returned her calls since the review.",
        );
        silent(
            "S001",
            "The manager reminded the team that where a child's whereabouts are unknown, the head of service is told the same day.",
        );
        silent(
            "S001",
            "Mia told her worker that if she ever feels unsafe she would go to her aunt's. She has not raised any worries since the summer.",
        );
        silent(
            "S001",
            "After his one missing episode in June, a return interview was completed within 72 hours.",
        );
        fires(
            "S001",
            "She arrived at nursery with a swollen eye. Nothing has yet been done to follow this up.",
        );
        silent(
            "S001",
            "Carers to complete a return interview within 72 hours of any future missing episode.",
        );
        silent(
            "S001",
            "Her two missing episodes last year each led to a return interview, and the learning is in the plan.",
        );
    }

    /// A service named after a harm ("the domestic abuse service") is not an event.
    #[test]
    fn a_service_named_for_a_harm_is_not_a_harm_event() {
        silent(
            "S001",
            "The worker did not share the plan with the domestic abuse service.",
        );
        silent(
            "S001",
            "The referral to the self-harm team was not followed up.",
        );
        fires(
            "S001",
            "Jo disclosed that her stepfather hit her. The domestic abuse worker did not share this.",
        );
        // "Leads to" is a consequence, not a lead practitioner.
        fires(
            "S001",
            "Jo's self-harm leads to hospital visits, and this has not been shared with CAMHS.",
        );
    }

    /// An injury with no record of a medical, a family whose new address has not been
    /// traced; and children not seen together, which says nothing of whether each was seen.
    #[test]
    fn no_medical_an_untraced_address_and_children_not_seen_together() {
        fires(
            "S001",
            "A bruise was seen on the baby's ear, and there is no record of a child protection medical.",
        );
        silent(
            "S001",
            "There is no record of a medical needs assessment for Jo's asthma.",
        );
        fires(
            "S001",
            "The family left the hostel in October and no new address has been traced.",
        );
        fires(
            "S001",
            "The family left the hostel in October; their current address has not been traced.",
        );
        silent(
            "S001",
            "No address has been found for the father, who has no contact with the children.",
        );
        silent(
            "S001",
            "The siblings were not seen together at the last visit because Kai was at football.",
        );
        fires(
            "S001",
            "The siblings have not been seen since the family moved in August.",
        );
    }

    #[test]
    fn an_offender_moved_in_and_a_fractured_limb_not_acted_on() {
        fires(
            "S001",
            "Mother's new partner, a registered sex offender, has moved in.",
        );
        fires(
            "S001",
            "The father, a schedule 1 offender, moved into the family home last week.",
        );
        silent(
            "S001",
            "The perpetrator moved into a hostel in another town and has no contact with the children.",
        );
        fires(
            "S001",
            "The GP letter reporting a fractured arm in a six-week-old baby has not been acted on.",
        );
        silent(
            "S001",
            "The fractured relationship between the parents has not been addressed in the plan.",
        );
    }

    #[test]
    fn no_record_of_where_and_no_visit_after_an_injury() {
        fires(
            "S001",
            "On reading the file I could not find any record of where Kai is living now.",
        );
        fires(
            "S001",
            "There is no record of where the children have been staying since the eviction.",
        );
        silent(
            "S001",
            "There is no record of who attended the core group in October.",
        );
        fires(
            "S001",
            "Ella arrived at school with a black eye on Tuesday; there has been no visit or strategy discussion.",
        );
        silent(
            "S001",
            "There was no visit in August because Jo was on holiday with her father, which was agreed.",
        );
    }

    #[test]
    fn more_ways_of_telling_harm_going_missing_and_a_return_against_an_agreement() {
        for text in [
            "Leah's mother told the health visitor that her partner had grabbed the baby by the arm; there is nothing on file to show this was shared with children's services.",
            "Nobody has set eyes on Maisie since the end of September.",
            "Kian's foster carer reported him missing on Saturday night and he has still not returned.",
            "Ellie, who is 14, is staying with a 24-year-old man she met online.",
            "The paediatrician found a spiral fracture to Noah's arm, and the parents have given no account of how it happened.",
            "Dad has moved back into the family home, despite the written agreement that he would have no contact with the children.",
        ] {
            fires("S001", text);
        }
        for text in [
            "Historically, Kian went missing several times in 2023, but there have been no episodes since he moved to his current carers.",
            "Mother disclosed domestic abuse in 2022; MARAC was held and the perpetrator has had no contact since.",
            "Mother was given no explanation for the delay in the assessment.",
            "Ellie is staying with her older sister while mother is in hospital.",
        ] {
            silent("S001", text);
        }
    }

    #[test]
    fn a_referral_closed_with_no_further_action_and_a_clause_with_its_own_subject() {
        for text in [
            "Amy said her dad hits her; the referral was closed with no further action.",
            "There is no record on file that Tyler's allegation against his stepfather was shared with the police.",
            "It is not known where Noah and his mother are living.",
            "Mo is not living at home and no one knows where he is staying.",
        ] {
            fires("S001", text);
        }
        for text in [
            "Amy's disclosure led to a strategy discussion the same day; the S47 was closed with no further action after Amy was seen.",
            "It is known where Noah and his mother are living.",
            "There is nothing to suggest that no one knows where he is.",
            "Missing episodes have reduced from weekly to none in the last three months.",
        ] {
            silent("S001", text);
        }
    }

    #[test]
    fn harm_told_in_one_sentence_and_not_acted_on_in_the_next() {
        for text in [
            "Freya self-harmed with a razor in the school toilets yesterday and told staff she plans to end her life tonight. Her mother could not be reached and the file holds no record of a safety plan or CAMHS crisis referral.",
            "On Monday Amira told her youth worker that she had taken a large number of paracetamol tablets. The contact was logged but there is no record of medical attention being sought.",
            "Jayden said his mum's boyfriend burned his hand on the cooker. The referral was closed at the front door with no visit.",
            "The police notification describes father strangling mother while holding the baby. It has not been screened and no MARAC referral has been made.",
            "Neither the school nor the allocated worker has been able to establish where Leo and his baby brother are living.",
            "Aisha, 13, has been picked up from school by different older men in cars over the past week.",
            "Mother's new partner is a Schedule 1 offender.",
            "A Schedule 1 offender is staying at the flat.",
            "Both parents were seen injecting heroin in the living room, with Noah, 18 months, crawling near used needles.",
        ] {
            fires("S001", text);
        }
        for text in [
            "The school reported a bruise on Sam's arm. No strategy discussion was needed, as the bruise was explained by a fall that staff saw.",
            "The inspection found that, across the service, some children who go missing do not always receive a timely return home interview.",
            "Father was prosecuted in 2021 and he has had no contact with the family since his release.",
            // An offender who lives elsewhere, or a former partner, with no contact.
            "Father, a Schedule 1 offender, lives in Leeds and has no contact with Noah.",
            "Mother's former partner, a Schedule 1 offender, left the household in 2025 and has had no contact with the family since.",
            "The worker has been able to establish where Leo is living.",
            "Leaders have improved the response to allegations. Some referrals have not been progressed quickly enough.",
        ] {
            silent("S001", text);
        }
    }

    #[test]
    fn danger_met_with_no_reply_or_told_as_risk_now_fires() {
        for text in [
            // A worry passed on by a partner, with no reply recorded.
            "Daniel, 9, told a teaching assistant his father hits him with his belt. He showed her marks on his legs. The email asks the social worker to call, and nothing on the file shows a reply.",
            "Mother has said the baby is 'possessed' and needs to be 'cleansed'. There is no note of any reply to the nurse who wrote.",
            // Signs of exploitation, and a plan left as it was.
            "After the last three visits Jayden came back with between £40 and £80 in cash and a second phone. The next visit is this Saturday and the plan remains unchanged.",
            // Not knowing, or the risk stated as now.
            "Nobody yet knows whether Chloe is safe in that flat.",
            "His disclosure places Tom at serious risk of harm now.",
        ] {
            fires("S001", text);
        }
        for text in [
            // Contact with an adult kept away, not the child unseen.
            "He was convicted and is serving a custodial sentence, and Megan has had no contact with him since.",
            // A decision that no referral was needed, a past stretch, a child protected.
            "The health visitor discussed the bruise with her safeguarding lead, and they agreed it fitted Isla's mobility and needed no referral.",
            "A year ago, aged 16, he was sofa-surfing after his placement ended.",
            "He came into care at three months after unexplained fractures, and the court made a special guardianship order in the spring.",
        ] {
            silent("S001", text);
        }
        // The child is the one nobody has had contact with.
        fires(
            "S001",
            "Kyle messaged at 2am saying he was in a trap house and too scared to leave, and there has been no contact with him since.",
        );
    }

    #[test]
    fn missing_told_as_over_as_a_figure_or_as_a_fear_is_not_current() {
        for text in [
            "For Jordan, a stable home with his uncle has ended a period of going missing, which means he is safer.",
            "The quarterly report shows that 87 per cent of children reported missing were offered a return home interview within 72 hours.",
            "The file shows this was his only missing episode.",
            "For Harvey, a consistent approach to lateness is likely to stop it escalating into missing episodes.",
            "There has been no period in which Ava has not been seen for more than ten working days.",
            // A risk a plan names to watch for.
            "The pre-birth plan named mother's alcohol use and unsafe sleeping as the main risks to watch for after Oscar's birth.",
        ] {
            silent("S001", text);
        }
        fires(
            "S001",
            "On 11 November mother arrived smelling of alcohol and drove away with Poppy in the car. Nothing further is recorded.",
        );
        // Coming home with unexplained things is no return from going missing.
        fires(
            "S001",
            "Since half term Leo, 13, has stayed out overnight on most weekends, and his mother does not know where he goes. He recently came home with expensive trainers he could not explain.",
        );
        silent(
            "S001",
            "Last Saturday Leo, 13, stayed out overnight and his mother did not know where he was. He came home the next morning and a return home interview was completed the same day.",
        );
    }

    #[test]
    fn harm_before_names_the_child_of_the_front_matter_as_its_first_word() {
        let area = |child: &str, evidence: &str| {
            format!(
                "---\nchild: {child}\n---\n## Planning\nJudgement: Good\nEvidence: {evidence}\n"
            )
        };
        let text =
            "Megan took two overdoses this month. The hospital's advice has not been shared.";
        fires("S001", &area("Megan", text));
        fires(
            "S001",
            &area(
                "Megan",
                "Megan took two overdoses this month. Nobody has been told.",
            ),
        );
        // Someone else named first is not the child, and practice in general harms no one.
        silent("S001", &area("Ruby", text));
        silent(
            "S001",
            &area("Megan", "Leaders have improved the response to allegations. Some referrals have not been progressed quickly enough."),
        );
    }

    #[test]
    fn a_missing_child_last_seen_recently_is_still_missing() {
        // Where a missing child was last seen starts the episode; it does not end it.
        fires(
            "S001",
            &dated_area("Kai has been missing from his placement since 14 November 2026 and was last seen at a bus station with older males."),
        );
        // A "last seen" date does end a gap in visits, when recent.
        silent(
            "S001",
            &dated_area("Kai was not visited for five weeks over the summer. He was last seen by his social worker on 16 November 2026."),
        );
    }

    #[test]
    fn more_harms_and_more_ways_of_leaving_them_unacted_on() {
        for text in [
            // Forced marriage, grooming, an adult "boyfriend", unsafe sleep, an incapacitated
            // carer, an injury with no mechanism.
            "Sana (15) says she is being sent to Bangladesh in the holidays to marry a cousin. There has been no contact with the police.",
            "An older man has been messaging Tia and asking her to meet him at the park. Nobody has checked whether she went.",
            "Mason (13) spends weekends with a 22-year-old boyfriend. There is no exploitation screening on file.",
            "Mother often falls asleep on the settee with the baby after drinking. The record shows nothing further.",
            "Father was passed out in the hallway when the worker called. No referral was made.",
            "The 4-month-old was brought in with a fractured wrist and the parents gave no mechanism.",
            "Lola disclosed that her stepfather hit her. The GP has not been contacted.",
            "Eli showed his teacher a knife he keeps in his bag. There is no Prevent referral.",
            "Kyle accused his foster carer of hitting him with a slipper. The LADO has not been informed.",
            "Jax (2) was discharged home with bruising to both ears before the skeletal survey had been reported.",
            // No one has seen the child.
            "No professional has had eyes on Amelia since September, and four home visits were 'no access'.",
            "The residential home cannot say where he has slept for the past three nights.",
        ] {
            fires("S001", text);
        }
        for text in [
            "Three years ago Kian was groomed online. He has done well since and the case closed in May.",
            "The report that Jo had been left alone was checked by the duty team within the hour and an adult was present.",
            "Checks on the report that Jo was left alone found he is 16, and police and school had no concerns.",
            "He is now 17 and has had no police contact for a year.",
            "Mother hopes to get married next year.",
            "Jo was accused of stealing at school. Mother has not been told.",
            "Jo said her brother pushed her in an argument. No referral was needed, as the school dealt with it.",
            // A parent's drug use with no referral to a service is not immediate harm.
            "Father is under the influence of cannabis most evenings. No referral to the substance misuse service has been made yet.",
        ] {
            silent("S001", text);
        }
    }

    #[test]
    fn paragraphs_that_bury_the_risk_and_paragraphs_that_resolve_it() {
        for text in [
            "Visits are regular and the plan is clear. Ruby (3) swallowed her mother's methadone last week and was treated in hospital. No one from the team has been to the home since.",
            "The assessment is thorough. On 14/11/2026 the HV saw a bruise on Kit's ear that neither parent could explain, and nothing on file shows a strategy discussion.",
            "Father told his CPN he hears voices telling him his son is possessed. Nothing on the file shows a visit since.",
            "Jude (14) has been absent from his placement since 15/11/2026 and is recorded as a high-risk missing child.",
            "The safety plan agreed in June is a strength. Police attended on 12/11/2026 after father strangled mother in front of Lio; the safety plan has not been revisited.",
            "Sami, 5 months, has a fractured rib and was discharged home with both parents that evening before a skeletal survey had taken place.",
            "Megan took two overdoses this month and the hospital's advice has not been passed on to her carers.",
            // Only a closure is the enquiry's own action; an assessment not shared is not.
            "Leo disclosed that his uncle hurt him, but the assessment was not shared with police.",
            "Her placement ended this morning and no bed has been found for her for tonight.",
            // Time spent that runs to now.
            "Jo has spent two nights sofa-surfing with men she met online.",
            "There is no record of who is looking after Ellis while his mother is in hospital.",
        ] {
            fires("S001", text);
        }
        for text in [
            "The team understands the difference between a child who is missing and one who is absent.",
            "Kayla spent several weeks sofa-surfing in the summer; she has lived in supported accommodation since September.",
            "Jo spent three nights missing in March and has been home since.",
            "Rafi had a bruise in 2024 which led to a S47 enquiry. The paediatrician found the mark consistent with the parents' account and the enquiry closed with no further action.",
            "The missing from home protocol is referenced in the plan.",
            "Nadia had two missing episodes in May, each followed by a RHI that informed her plan.",
        ] {
            silent("S001", text);
        }
    }

    #[test]
    fn unknowing_deferral_unallocated_and_overdue_visits() {
        for text in [
            // Nobody knows where the child is, said without "whereabouts".
            "Neither the school nor the police know where Kai is currently staying.",
            "The family's current address is unclear and the phone number no longer connects.",
            "The file cannot tell us where Ben is living or who is looking after him.",
            "Ada has been absent from her residential placement for nine days.",
            // A harm whose response is put off, closed or left unanswered.
            "Mia told her teacher that her stepfather hits her. The plan is to discuss it with mother at the next visit.",
            "Indecent images were found on stepfather's phone and he still lives at home with Lily. The note reads 'await the police outcome before next steps'.",
            "School reported bruising to Jay's arms. The referral was NFA'd at the front door.",
            "Leo (15) described a plan to end his life. The contact remains in a queue awaiting screening.",
            "An older man keeps calling at Sam's flat at night; neither call to the duty team has been followed up.",
            "Ella has a plan to take her own life. There is no reply, safety plan or contact with her on file.",
            // Children under a plan with nobody responsible for them; visits overdue.
            "Twelve children subject to child protection plans are without an allocated social worker.",
            "CP plan (neglect). Statutory visits overdue x 6.",
        ] {
            fires("S001", text);
        }
        for text in [
            "A girl was reported missing by her carer. The duty team worked with the police to locate her within two hours.",
            "Action 3: a weekly report will list every child whose statutory visit is overdue.",
            "The village is hard to reach, and the address is on the file.",
            "Ada was absent from school for two days with a cold.",
            "Mother's drinking was discussed at the last visit and she has been abstinent since March.",
        ] {
            silent("S001", text);
        }
    }

    #[test]
    fn a_young_person_gone_and_a_plea_left_unanswered() {
        for text in [
            "Jo went out on Friday evening and had not come back when the file was read.",
            "Jo left the children's home without permission on Sunday night.",
            "Jo left her flat on 2 November and her phone has been switched off ever since.",
            "Jo texted her worker that she wanted it all to be over. There was nothing further on file.",
            "A man in his forties has been collecting Jo from college. There is no sign that this went to the police.",
            "Jo has talked about meeting someone from snapchat. Nothing on the file shows that police were informed.",
            "Jo ran away from her placement on Tuesday and no return interview was offered.",
        ] {
            fires("S001", text);
        }
        for text in [
            "The plan has not been shared with the school when it was agreed.",
            "Jo's phone was switched off on the day of the visit, so it was rearranged for Monday.",
            "Jo left the meeting without permission but was seen by her worker the same day.",
        ] {
            silent("S001", text);
        }
    }

    #[test]
    fn lost_track_unconfirmed_and_nothing_heard_since() {
        for text in [
            "Staff have heard nothing from her since she left on Friday.",
            "Health have lost track of Tia and her mother.",
            "Her safety is therefore unconfirmed.",
            "The home has recorded her as absent since Sunday and her phone goes straight to voicemail.",
            "Mother was found unconscious in the flat with Reggie, aged 2. There were no checks in place when he went back the next day.",
            "Jo said she had taken \"the whole box\" of tablets. There is nothing from the hospital, police or family after that.",
            "Nursery reported a round burn on Esme's hand; mother's explanation was not tested.",
        ] {
            fires("S001", text);
        }
        for text in [
            "Jo's phone goes straight to voicemail, so visits are arranged through her carer.",
            "The SW lost track of the paperwork during the move.",
        ] {
            silent("S001", text);
        }
    }

    #[test]
    fn an_adult_after_a_semicolon_a_briefing_and_a_child_placed_straight_away() {
        for text in [
            "The whereabouts of Maisie's birth father are not known; he has had no contact since 2021.",

            "The workshop on children who go missing is in January.",
            "When Grace was found alone in June, police used their powers of protection straight away and she was placed with her maternal aunt that night.",
        ] {
            silent("S001", text);
        }
        for text in [
            "Noah went to his mother's; he has had no contact with school since October.",
            "The father is in prison; she has not been seen since October.",
            "The whereabouts of Maisie and her birth father are not known.",
        ] {
            fires("S001", text);
        }
    }

    #[test]
    fn whose_pronoun_a_reporter_and_a_response_in_the_next_sentence() {
        for text in [
            "Staff reported him missing on Saturday.",
            "Noah left his residential placement on Saturday night and has not returned.",
            "Noah moved to his father's and his address is not known.",
            "Her brother has not been seen since Friday.",
        ] {
            fires("S001", text);
        }
        for text in [
            "His father has had no contact for four years and his whereabouts are not known.",
            "Her mother has had no contact for four years.",
            "Noah was not visited between 13 October and 3 November because he was in hospital.",
            "Amira told her teacher that her stepfather had hit her. The DSL rang the front door within the hour, and a strategy discussion with police and health was held the same day.",
            "Poppy was seen getting into cars with older males in June. The response since has been robust.",
        ] {
            silent("S001", text);
        }
    }

    #[test]
    fn a_name_that_only_says_whose_the_adult_is_names_no_child() {
        use super::person_named;
        assert!(!person_named("the whereabouts of Maisie's birth father"));
        // At the very end of the text too.
        assert!(!person_named("the whereabouts of Maisie's father"));
        assert!(person_named("the whereabouts of Maisie and her father"));
        assert!(person_named("the whereabouts of Maisie's brother"));
    }

    #[test]
    fn information_left_unshared_and_harm_talked_of() {
        for text in [
            "Jo said a man touched her. Nothing else has happened.",
            "The CSE screening rates Jo as high risk. It was filed without being shared with MASH.",
            "Jo was made to hold a knife for older boys. Nothing was shared with the police.",
            "The health visitor noted a torn frenulum in four-month-old Jo. Nothing on the file shows that a referral was made.",
            "Father has been talking about harming his children. This was not shared with children's services.",
            "Father leaves used needles within reach of the twins. No visit has followed.",
            "Jo said a man touched her. The worker's note ends 'to discuss at supervision'.",
        ] {
            fires("S001", text);
        }
        for text in [
            "Jo said a man touched her. A strategy discussion was held the same day and a section 47 enquiry began.",
            "Father spoke about harming his children. A strategy discussion was held that day and he left the home under a safety plan.",
            "The information was filed without being shared, as it was not about a child.",
            "Jo's views on contact will be discussed at supervision.",
        ] {
            silent("S001", text);
        }
    }

    #[test]
    fn a_past_stretch_a_topic_a_service_and_a_gap_in_the_work() {
        // A sighting told in the active, by the practitioner who saw the child.
        silent(
            "S001",
            &dated_area("Jo was not seen for five weeks in September and October, as the family travelled abroad. The SW saw Jo alone at school on 5 November."),
        );
        fires(
            "S001",
            &dated_area("Jo was not seen for five weeks in September and October. Mother saw Jo at school on 5 November."),
        );
        // A child minding a baby while the parents are out; not a child helping at bath time.
        fires(
            "S001",
            &dated_area("Jo, aged eleven, says he looks after his baby sister most Saturday nights while their parents go to the pub."),
        );
        silent(
            "S001",
            &dated_area(
                "Jo, aged eleven, loves to look after his baby sister at bath time with his mum.",
            ),
        );
        // Life-sustaining medication not given, told as still so; not what a letter once
        // said.
        for text in [
            "Jo has epilepsy. Her sodium valproate has not been collected from the pharmacy for three weeks.",
            "Jo has cystic fibrosis, and the consultant says his enzymes are not being given.",
            "Jo's oxygen concentrator had been unplugged to save the credit.",
        ] {
            fires("S001", &dated_area(text));
        }
        silent(
            "S001",
            &dated_area("The GP's letter of 28 August noted that Jo's inhaler had not been collected for two months."),
        );
        // A child weighed at clinic was seen; police asked to check at once responded.
        silent(
            "S001",
            &dated_area("Jo had not been seen for three weeks while the family were abroad. Jo was weighed at clinic on 16 November and is following her centile."),
        );
        silent(
            "S001",
            &dated_area("When the review found that Jo had not been seen for ten weeks, the team manager asked police for a welfare check that afternoon."),
        );
        // Long ago, said after the danger.
        silent(
            "S001",
            &dated_area("Jo was found by police walking alone near a main road at night eighteen months ago."),
        );
        fires(
            "S001",
            &dated_area(
                "Jo was found by police walking alone near a main road at night two weeks ago.",
            ),
        );
        // In the perfect, on a regular pattern since.
        silent(
            "S001",
            &dated_area("In June Jo was not seen by any professional for three weeks. Since July the social worker has seen him at home every fortnight."),
        );
        for since in [
            "no professional has seen him",
            "nobody has seen him",
            "no one has seen Jo",
        ] {
            fires(
                "S001",
                &dated_area(&format!("In June Jo was not seen by any professional for three weeks. Since July {since} at home.")),
            );
        }
        for text in [
            "Jo went missing for two days in October.",
            "Jo was sofa surfing in the spring after her placement ended.",
            "Before his move in June Jo was going missing from his home most weekends.",
            "For Jo, his going missing is about wanting to see his mum.",
            "Jo is less likely to go missing again.",
            "A placement that meets his needs has broken the pattern of running away.",
            "The assessment considered his completion of a perpetrator programme and recommended unsupervised contact.",
            "Jo told her worker nan 'comes straight over'. Dad's role has not been considered and the wider family network has not been explored.",
            "Jo had suicidal thoughts in 2023 and has been well supported by CAMHS since.",
            "Father does not know the new address and a non-molestation order is in place.",
            "Mother was frequently missing from her children's home and was exploited as a teenager.",
            "The police notification after Jo was reported missing was screened the same day and passed to the MASH.",
            "A quick response made it less likely that going missing would become a pattern.",
        ] {
            silent("S001", text);
        }
        for text in [
            "Jo has not been seen for five weeks.",
            "Jo went missing last summer and has not been seen since.",
            "Jo is going missing every weekend.",
            "Father, a perpetrator of domestic abuse, has unsupervised contact.",
            "Jo told her teacher that mum's partner hit her. This has not been explored.",
            "Her aunt said he had not been home for four nights; nothing since shows he has come back, so it is not known at present whether Jo is safe.",
            "We do not know where she now lives.",
            "Jo told his teacher that mum's partner hit him with a belt. There is no record of it being screened.",
            "Jo said his older cousin 'does rude things' to him when he stays there. It was not discussed with the TM.",
            "Nobody currently knows whether Jo is safe.",
            "Nothing on the file since then shows that any professional has laid eyes on Jo.",
            "The attendance officer's home visits to Jo have gone unanswered.",
            "The case note records Jo saying that he has worked out how he would kill himself and that he has been saving up his mum's tablets.",
            "Jo said he would kill himself. There is no record since then of a discussion with a manager or a safety plan.",
            "Jo's mother does not know where he is.",
        ] {
            fires("S001", text);
        }
    }

    #[test]
    fn terse_case_notes() {
        for text in [
            "No one, from any agency, has seen Jo since the eviction.",
            "No agency can say where Jo is living.",
            "Nothing on file shows Jo (7) or her brother (3) have been seen since.",
            "Referral about an injury to Jo received in the inbox 28/02. At the date of this audit it has not been opened.",
            "DSL email: Jo showed a mark on her leg. MASH screening: Info only - pass to allocated SW.",
            "Jo disclosed that her stepdad comes into her room at night. To discuss at MDT.",
        ] {
            fires("S001", text);
        }
        for text in [
            "MFH x1 07/09 - 6 hrs, found at nan's.",
            "Jo had not been seen for seven weeks over the summer. This was rectified: a new SW saw her alone on 24/09.",
        ] {
            silent("S001", text);
        }
    }

    #[test]
    fn a_response_in_proceedings_or_notes_and_risks_still_open() {
        for text in [
            "After father was found asleep and intoxicated while caring for Jo, the local authority issued proceedings.",
            "Jo was stabbed in a park; a contextual safeguarding meeting was held three days later.",
            "A bruise to the ear of Jo, a non-mobile baby, was noticed by the HV 10/12. Strategy 10/12, CP medical 11/12.",
        ] {
            silent("S001", text);
        }
        for text in [
            "Neither Jo nor her brother has been seen by any professional since they went home.",
            "The local authority does not know where its looked-after child is living.",
            "We do not know who this adult is, and the children remain at home with him.",
        ] {
            fires("S001", text);
        }
        // A sighting told as "has since been seen" ends an earlier gap.
        silent(
            "S001",
            &dated_area("The health visitor said Jo had not been seen for five weeks. Jo has since been seen at home on 6 November 2026 and at clinic on 11 November 2026."),
        );
    }

    #[test]
    fn a_harm_further_back_in_the_paragraph_that_nothing_since_resolves() {
        // The auditor tells the harm, then what came in, then what was not done.
        let text = "Nursery staff saw three round burns on Kyle's forearm on 24 November. \
The photographs reached the allocated worker the same week. Her case note says she will raise it at supervision. \
The team manager's entry reads 'noted'. There has been no strategy discussion.";
        fires("S001", text);
        // A response told between them resolves it.
        silent(
            "S001",
            "Nursery staff saw three round burns on Kyle's forearm on 24 November. \
A strategy discussion was held the same day. Her case note says she will raise it at supervision. \
The team manager's entry reads 'noted'. No safety plan has been written.",
        );
        // A harm in another point of a list is that point's.
        silent(
            "S001",
            "1. Professionals did not recognise that Child F's absences were a sign of neglect.\n\
Schools now share attendance data monthly.\n2.\nFather's history was known to police but not shared with the health visitor.",
        );
    }

    #[test]
    fn a_harm_told_by_pronoun_two_sentences_back() {
        fires(
            "S001",
            "Mother sent the social worker screenshots of messages from a youth worker. In them he asks her to delete the chats. \
The social worker said she would mention it to his manager. There is no record that the LADO has been informed.",
        );
    }

    #[test]
    fn a_past_never_stays_in_a_dated_past() {
        let dated = |evidence: &str| {
            format!("---\nchild: Amara\naudit-date: 2027-04-06\n---\n# Audit\n## Area\nJudgement: Good\n### Evidence\n{evidence}\n")
        };
        silent(
            "S001",
            &dated("Mother's first child was adopted in 2023 after a skull fracture that was never explained."),
        );
        fires(
            "S001",
            &dated("The bruise Amara had on 1 April 2027 has never been explained."),
        );
    }

    #[test]
    fn grooming_drink_driving_and_men_collecting_a_child_are_harms() {
        for harm in [
            "Father arrived to collect Ruby smelling strongly of alcohol and drove off with her in the car.",
            "A man she met on a gaming platform has told Ruby she must not tell her mum about him.",
            "An adult she chats to online has asked Ruby for pictures of herself.",
            "Ruby is being picked up at the end of the day by different men in different cars.",
        ] {
            fires("S001", &format!("{harm} The police have not been told."));
        }
        silent(
            "S001",
            "Father used to drink heavily but has been abstinent for a year. The police have not been told about his new job.",
        );
    }

    #[test]
    fn a_response_a_few_sentences_after_the_harm_resolves_it() {
        silent(
            "S001",
            "Phoebe took an overdose of her mother's tablets on 4 October. The hospital social worker rang the allocated worker the next morning. \
A strategy discussion was held that afternoon and a safety plan was agreed. What is missing is an updated assessment.",
        );
        // An omission told before the response leaves the harm open.
        fires(
            "S001",
            "Phoebe took an overdose of her mother's tablets on 4 October. No strategy discussion was held. \
The plan was reviewed on time. A safety plan was drawn up in November.",
        );
        // Arrested and remanded is a response.
        silent(
            "S001",
            "Police found father at the flat in breach of his bail conditions, with Mia asleep in the next room. He was arrested at the scene and remanded in custody.",
        );
    }

    #[test]
    fn what_the_file_is_missing_is_no_missing_child() {
        silent("S001", "What is missing is an updated assessment.");
        silent("S001", "Father's remand is missing from the front sheet.");
        fires("S001", "Jo is missing from her placement.");
    }

    #[test]
    fn a_referral_passed_on_is_no_answer_to_a_missing_strategy_discussion() {
        let harm = "Zara told the school nurse that her family have arranged for her to marry a cousin abroad. ";
        fires(
            "S001",
            &format!("{harm}The nurse referred to the front door that day. The contact was passed to the worker. The worker visited the family home. There has been no strategy discussion."),
        );
        // A strategy discussion held between them is.
        silent(
            "S001",
            &format!("{harm}A strategy discussion was held that day. The contact was passed to the worker. The worker visited the family home. The chronology has not been updated."),
        );
        // An adult going back to work is no child coming home.
        fires(
            "S001",
            "Destiny told her advocate that a night worker had come into her room and touched her. The advocate phoned the social worker. \
The manager suspended the night worker for a week. He returned to work on 13 October. No LADO referral is recorded.",
        );
    }

    #[test]
    fn records_that_are_missing_are_no_missing_child() {
        silent("S001", "Contact records from May and June are missing.");
        silent("S001", "The case notes for Jo's visits are missing.");
        fires(
            "S001",
            "Jo's records are missing and Jo is missing from home.",
        );
    }

    #[test]
    fn harms_told_in_other_words() {
        for text in [
            "Officers recovered a shotgun and ammunition from the bedroom Ashton shares with his brother. No strategy discussion has been held.",
            "Her uncle is taking Samira to Bangladesh 'to get engaged' in the holidays. Nobody has informed the police.",
            "Father arrived drunk at the contact centre and then drove away with Ollie in the back seat. No referral has been made.",
            "Ruby, 7, is regularly outside on her own after 11pm near the flats. No one has been out to the house.",
            "Kacper has not been to school since the October half term, and the family's mobile numbers are disconnected. No home visit has been recorded.",
            "Jade is living with a couple who are not her relatives and nobody has checked the arrangement. No visit has been recorded.",
        ] {
            fires("S001", text);
        }
    }

    #[test]
    fn omissions_told_in_other_words() {
        let harm = "Amelia told her learning mentor that her stepfather hits her with a belt. ";
        for omission in [
            "The worker's note says she plans to discuss it at the next planned home visit.",
            "The mentor's email is on the file but there is no note that anyone has spoken to Amelia.",
            "The duty record stops there.",
            "The case notes hold no entry about the disclosure.",
            "The next step on her plan is the core group in February.",
            "Strategy discussion not held.",
            "There have been no entries since.",
            "There is nothing recorded after it.",
            "The manager's decision was to keep it under review.",
            "No police contact, medical or strategy discussion is recorded.",
            "The next entry, a fortnight later, concerns a school transport form.",
            "The contact is still sitting with the duty team without a decision.",
            "The TM's direction is that the worker will explore this at her next supervision.",
        ] {
            fires("S001", &format!("{harm}{omission}"));
        }
        // Two sentences on, with one between that resolves nothing.
        fires(
            "S001",
            &format!("{harm}The mentor emailed the allocated worker. There is no record that mother has been told or that a strategy discussion took place."),
        );
        // A response between them answers it.
        silent(
            "S001",
            &format!("{harm}A strategy discussion took place that afternoon. The next entry, a fortnight later, concerns a school transport form."),
        );
    }

    #[test]
    fn responses_told_in_other_words() {
        for text in [
            "Carers and school follow the safety plan agreed after Mae's overdose in the summer, and there have been no incidents since August.",
            "Worries that Tyler was being exploited by older boys were discussed at the MACE panel, and a child abduction warning notice was served.",
            "The concerns raised at referral, head lice and unsafe sleeping, were addressed through the child in need plan within a fortnight.",
            "Staff knew where Leah was throughout, and the evening was recorded as an absence rather than a missing episode.",
        ] {
            silent("S001", text);
        }
    }

    #[test]
    fn a_pronoun_for_the_childs_parent_is_no_child_unseen() {
        silent(
            "S001",
            "Jo's birth father moved to Ireland two years ago. He has had no contact with Jo since.",
        );
        silent(
            "S001",
            "Her paternal grandmother lives in Leeds. She has not seen Jo for six weeks.",
        );
        fires(
            "S001",
            "Jo's birth father moved to Ireland two years ago. Jo has had no contact with any professional since September.",
        );
    }

    #[test]
    fn more_harms_and_omissions_told_indirectly() {
        for text in [
            // The email unopened; no record of anyone calling.
            "Zac's father told the GP he is hearing voices telling him to hurt his son. The email is still unopened in the worker's inbox.",
            "Zac's father told the GP he is hearing voices telling him to hurt his son. There is no record of anyone contacting the family since.",
            // Left for a meeting weeks away, or until the worker is back.
            "Used syringes were found on the kitchen floor within Zac's reach. The worker has noted 'to be discussed at core group'.",
            "Zac, 15, has been sharing material from a proscribed organisation. The note reads 'will pick this up on return from leave'.",
            // Filed, with nothing else.
            "The consultant's letter describes a suspicion of fabricated or induced illness. The letter was filed in the documents tab.",
            // Nobody rang back.
            "A man online has been asking Zac for photos and arranging to meet him. Nobody has rung mother back.",
            // Nobody can say where the child is.
            "Zac was left overnight with a neighbour after police found his mother unconscious. The file does not say where Zac is now.",
            // Visits that found no one, a threat to snatch a child.
            "Three unannounced visits have found no one at home, and the baby was last seen at the conference.",
            "Father has threatened to come and take him from the placement. There is no police reference or safety plan on the file.",
            "Zac told his teacher that his carer pushes his head under the water. The visit record for 12 November is about his uniform.",
        ] {
            fires("S001", text);
        }
    }

    #[test]
    fn more_responses_told_indirectly() {
        for text in [
            // A response the next sentence opens with a time for.
            "Health found Zac alone in the flat. The same afternoon a strategy discussion was held and Zac went to his grandmother.",
            // A chronology entry by a responder, and the child seen well.
            "10/10 no access visit. 14/10 TM directed a welfare check; police gained entry that day and Zac was seen, well.",
            // Seen later in the paragraph and found to be well.
            "Zac had not been seen for 18 working days in October. The worker escalated this to her manager. A joint welfare visit took place on 21 October and Zac was found to be well.",
            // Protection given the same evening.
            "After threats were made against Zac online, police served an Osman warning that evening.",
            // A stretch in a past season; nothing further since; records missing from the file.
            "Zac was found by police last winter alone with his mother, and has lived with his aunt since.",
            "Zac has been seen weekly by his worker and has not reported any further threats.",
            "The chronology has not been updated, so several events are missing from it.",
        ] {
            silent("S001", text);
        }
    }

    #[test]
    fn a_response_inferred_missing_from_what_the_file_shows_next() {
        let harm = "On 4 November nursery saw a burn on Jo's arm, and Jo said her stepdad did it. ";
        for next in [
            "The next case note is dated 18 November and is about contact arrangements.",
            "The next document on the file is a closure summary.",
            "The next ten days of notes are about her sister's school place.",
            "Jo's name does not appear again.",
            "Nothing on the case file after the call suggests a visit or a strategy discussion.",
        ] {
            fires("S001", &format!("{harm}{next}"));
        }
        // What came next was the response.
        silent(
            "S001",
            &format!("{harm}The next entry is the strategy discussion held that afternoon."),
        );
        for text in [
            // An adult back in the home against the agreement; a neighbour who has not seen
            // the baby; nobody has spoken with the child; a child sleeping in the park.
            "Father has moved back into the family home, against the written agreement.",
            "The neighbour hasn't seen the baby for a fortnight. No one has visited.",
            "Nobody from any agency has spoken with Jo since the incident.",
            "Jo, 14, has been sleeping in the park some nights. No referral has been made.",
            "Jo described cutting herself every night. No referral has been made.",
        ] {
            fires("S001", text);
        }
        for text in [
            // Responses opened by "Section 47", "Once", "When this …".
            "Respite staff reported unexplained bruising on Jo. Section 47 enquiries started the next day and the LADO was notified the same day.",
            "The risk of exploitation was known in October but not shared. Once it was shared, a strategy meeting was held the next day.",
            "Mother's partner was living at the home over the summer in breach of the safety plan. When this came to light, a strategy discussion was held the same day.",
            "Father's link to an unexplained injury to another child was not known at first. That information was acted on in October and a child protection conference was held.",
        ] {
            silent("S001", text);
        }
    }

    #[test]
    fn dangers_told_by_their_signs() {
        for text in [
            "The baby was asleep face down on the settee next to his mother, who smelled of drink. Nothing shows that anyone has since checked who is caring for him at night.",
            "Jo, 9, told her teacher that her uncle plays 'the quiet game' with her. The contact was closed with advice to school.",
            "Officers found Jo hiding under her bed after the latest call-out. Every notification has been logged as 'for information'.",
            "---\naudit-date: 2026-11-20\n---\n## Planning\nJudgement: Good\nEvidence: The last time anyone from the service saw Jo was at the review on 2 July.\n",
            "Used needles were found in the kitchen within two-year-old Jo's reach. The case note says 'advice given re storage' and the next visit is booked for four weeks' time.",
            "Mother was assessed after threatening to jump from a bridge holding the baby. Nobody has checked on Jo.",
            "Mother's new partner has a conviction for grievous bodily harm to a child. Nobody has discussed it with mother.",
            "Jo has been talking online with a man believed to be a recruiter. There is no record of a strategy discussion.",
            "Father took the twins abroad in September. Nobody here has seen the children since.",
            "Jo told her teacher that the man is back in the house. Nothing on the file suggests the report has been looked into.",
        ] {
            fires("S001", text);
        }
        for text in [
            // Done, but late.
            "Jo disclosed abuse in September. The minutes did not reach the file until 30 October.",
            // A concern that is resolved, said later in the paragraph.
            "Unsafe sleep was the worry at the spring assessment. The family moved in August. The concern is resolved and Jo sleeps in her own cot.",
        ] {
            silent("S001", text);
        }
    }

    #[test]
    fn near_misses_answered_in_other_words() {
        for text in [
            "A caller said Jo, 2, was left alone in the flat. A duty social worker and a police officer visited within three hours and found Jo with her grandmother.",
            "Two visits were missed because nobody answered the door. On 29 September the social worker went back and saw Jo at home.",
            "Before moving to her aunt's in May, Jo went missing nine times. Since the move there has not been a single missing episode.",
            "Jo's brother was stabbed in July, so the family were moved to emergency accommodation in another borough within 24 hours.",
            "The plan names the risks to Jo plainly: exploitation by older boys and staying out overnight.",
            // Someone using cannabis, with a referral still to make, is no immediate harm.
            "Father is under the influence of cannabis most evenings. No referral to the substance misuse service has been made yet.",
        ] {
            silent("S001", text);
        }
        for text in [
            "Police found mother too intoxicated to stand with the baby in the flat. The notification has been put in the queue to be screened.",
            "Father has texted saying he will 'take Jo from school'. There is no record that police, school or the IRO have been told.",
            "A neighbour heard Jo crying alone in the flat all evening. None of the calls has led to a visit.",
        ] {
            fires("S001", text);
        }
    }

    #[test]
    fn a_referral_passed_on_is_not_the_protection_that_should_follow() {
        for text in [
            // The school's referral, then nothing from children's social care.
            "Jo, 13, told her form tutor on 16 November that her stepfather hits her with a cable. The school referred the same day. The file has the referral, but no strategy discussion, no Section 47 enquiry and no visit.",
            "On 15 November Jo said her uncle touches her when he babysits. Her teacher made a referral that morning. Beyond that there is no strategy discussion and no safety plan.",
            // Omissions told in other words.
            "Mother told the midwife that voices say the baby must be punished. The contact was uploaded and is not followed by a visit or any call to the family.",
            "The hospital wrote that Jo, 11 months, came in with a burn to her palm. No contact with mother, the GP or the health visitor has followed.",
            // Nobody has said who is caring for the children, if anyone.
            "Mother left for Spain on Friday with her partner. There is nothing to show who, if anyone, is looking after Jo and her brother tonight.",
        ] {
            fires("S001", text);
        }
        // An omission given its reason, and a routing step with a response after it.
        silent(
            "S001",
            "Jo said that father slapped her. Police were informed within the hour. There is no record of a CP medical, as none was advised.",
        );
    }

    #[test]
    fn episodes_that_ended_and_people_who_are_not_the_child() {
        for text in [
            // A stretch of not knowing that was bounded, told before or after.
            "Mother fled with Jo on 11 September after an assault, and for three days nobody in the service knew where they were. Both were placed in a refuge and Jo was seen there on 15 September.",
            "On one night in March, for between two and four hours, her whereabouts were unknown.",
            // An adult named by title, then by role.
            "Mr Ellis, the children's grandfather, has been reported missing by his wife.",
            // A child kept from harmful adults.
            "Since the safety plan Jo has had no further contact with the men from the park.",
            // A child found by name; back at placement.
            "Jo did not return to her placement on Friday. Police located Jo in Luton on Saturday morning.",
            "Jo went missing from her foster home overnight. She is back with her carers and a return interview is booked.",
            // A response the next morning, and a team that opens the sentence with one.
            "A neighbour reported that Jo, 3, had been left alone in the flat. The duty worker visited unannounced the next morning and Jo was with her grandmother.",
            "Jo took an overdose of paracetamol and was admitted to the children's ward overnight. The liaison team assessed her and a safety plan was agreed with her mother.",
            // A strategy discussion with a modifier before its verb.
            "Jo was reported missing at 9pm, and a strategy discussion under the exploitation protocol was held the next morning.",
        ] {
            silent("S001", text);
        }
        // A carer who has relapsed, caring alone for a baby, with nothing done.
        fires(
            "S001",
            "The recovery worker wrote that mother has relapsed and is the sole carer for Jo, aged 10 months. Nobody has contacted the family.",
        );
    }

    #[test]
    fn chronology_entries_tell_the_response() {
        for text in [
            // The next entry is the protective step, by its label or its first words.
            "'04/11 – School email: Jo, 9, has a burn on her hand and says dad did it.' '04/11 – Strategy discussion: S47 agreed; Jo to stay with her aunt tonight.'",
            "'12/11 – Police log: Jo, 4, found in the street alone at 06:40.' '12/11 – Case note (duty SW): home visit at 10:15; Jo seen with grandmother, no injuries.'",
            // A missing child located by police in the next entry.
            "'02/10 – EDT log: carers report Jo missing since 18:00; police informed.' '03/10 – Case note: Jo located by police at a friend's house and returned to placement.'",
            // A well-managed risk, and an area the child has kept away from.
            "Jo was threatened at knifepoint in the park last month. The immediate risk was well managed.",
            "'16/10 – Review: threat assessed as reduced; Jo settled and has not been back to the estate.'",
        ] {
            silent("S001", text);
        }
        for text in [
            // The next entry is a step that failed, then nothing.
            "'04/11 – School email: Jo, 9, has a burn on her hand and says dad did it.' '05/11 – Case note: home visit at 16:00, no answer.' Nothing has happened since.",
            // A child caring for younger children while the parent is away.
            "'17/11 – School email: Jo, 12, says mum went to Leeds on Friday and he is looking after his sisters.' No visit has been made.",
            // Nobody knows whether the child is safe.
            "The family left for Poland in July and the case was closed without anyone knowing whether Jo is safe.",
        ] {
            fires("S001", text);
        }
    }

    #[test]
    fn a_step_that_failed_answers_nothing() {
        for text in [
            // The response entry itself did not happen, or was put off.
            "01/11 – Police: Jo (14) reported missing from home at 23:00.\n05/11 – Return home interview: not completed, Jo not yet returned.\n11/11 – Strategy discussion: to be booked once Jo is found.",
            // A strategy discussion, then every step after it failed.
            "02/11 – A&E: Jo (4 months) has a spiral fracture of the femur with no explanation.\n03/11 – Strategy discussion: held; Section 47 agreed.\n06/11 – Skeletal survey: not attended.\n10/11 – Home visit: no answer.",
            // A check put off to next week.
            "Jo, 6, told her teacher that dad hit her with a belt. The SW is to check on her next week.",
        ] {
            fires("S001", text);
        }
        // A step done, then the child found by name.
        silent(
            "S001",
            "'02/10 – EDT log: carers report Jo missing since 18:00; police informed.' '03/10 – Case note: Jo located by police at her aunt's and returned to placement.'",
        );
    }

    #[test]
    fn terse_notes_without_verbs_or_apostrophes() {
        for text in [
            "Kai (14) missing since last night, not returned.",
            "Kai not been home since – mum doesnt know where he is.",
            "Dad punched mum while she was holding the baby. The notification was marked info only at MASH.",
            "Police intel: mum and partner using heroin, baby (6 wks) in the home. No response recorded, no visit.",
            "Probation say an RSO has moved in with mum and the children. Email not responded to.",
            "Dad told the SW he'll 'take the kids and go'. Nothing done.",
            // An instruction is not a response: "TM to be told the same day".
            "Mum's phone is disconnected and nobody knows where Kai is staying. TM to be told the same day.",
        ] {
            fires("S001", text);
        }
        // A sighting told tersely ends the gap; a response by a worker named by
        // abbreviation answers the harm.
        silent(
            "S001",
            &dated_area(
                "Kai had not been seen for 5 wks in Oct. Seen weekly since, last 17/11 seen alone at school.",
            ),
        );
        silent(
            "S001",
            "Kai told his youth worker he had a plan to end his life, stockpiling tablets. YW rang SW, SW and CAMHS crisis team saw him same eve, safety plan agreed.",
        );
        silent("S001", "The consent form has been missing since May.");
    }

    #[test]
    fn an_audit_tools_question_about_a_danger_answered_no() {
        silent("S001", "Any missing episodes since the last review? None.");
        silent("S001", "Missing episodes: none.");
        silent("S001", "Has Kai gone missing since the last visit? No.");
        // A "Yes" tells of the danger, and the reply is then read as the file's words.
        fires(
            "S001",
            "Any missing episodes? Yes – two this month, and his whereabouts are still unknown.",
        );
    }

    #[test]
    fn a_danger_named_as_what_was_responded_to() {
        silent(
            "S001",
            "For Kai, the quick response to his missing episodes meant adults learned where he went.",
        );
        fires(
            "S001",
            "There has been no response to his missing episodes, and he is missing again tonight.",
        );
    }

    #[test]
    fn an_offender_now_living_in_the_home_and_threats_posted_online() {
        fires(
            "S001",
            "Mother's partner is a registered sex offender who is now living in the home, and nothing has been done.",
        );
        fires(
            "S001",
            "Mother posted on Facebook that she would 'take the kids with her', and there has been no contact with the family since.",
        );
        // The offender out of the children's lives; the child now living with family.
        silent(
            "S001",
            "Mother's former partner, a Schedule 1 offender, left in 2025 and has had no contact with the family since.",
        );
        silent(
            "S001",
            "Kai went missing on Friday; he is now living with his grandmother and is settled.",
        );
    }

    #[test]
    fn a_sibling_who_is_an_adult_by_age() {
        silent(
            "S001",
            "Lucy's brother Ryan, who is 20, has been missing since early October.",
        );
        fires(
            "S001",
            "Lucy's brother Ryan, who is 14, has been missing since early October.",
        );
    }

    #[test]
    fn responses_after_a_fronted_time_or_that_night() {
        silent(
            "S001",
            "Rafi was discharged with two rib fractures his parents could not explain. Before discharge a strategy discussion agreed a Section 47 enquiry.",
        );
        silent(
            "S001",
            "Staff saw the father outside the refuge; the family were moved to another refuge that night.",
        );
        fires(
            "S001",
            "Rafi was discharged with two rib fractures his parents could not explain. Before discharge nobody spoke to the police.",
        );
    }

    #[test]
    fn an_adult_gone_from_a_care_home_a_month_and_a_missing_child_at_a_younger_age() {
        for text in [
            "Maternal grandmother has gone missing from her care home; police are searching for her.",
            "Mother left the refuge in October and her whereabouts are currently unknown.",
            "Theo was reported missing from home twice when he was twelve; both episodes were short.",
        ] {
            silent("S001", text);
        }
        for text in [
            "Theo has gone missing from the ward and has not been found.",
            "Theo left the unit in October and his whereabouts are unknown.",
            "Theo was reported missing from home on Friday and has not been found.",
        ] {
            fires("S001", text);
        }
    }

    #[test]
    fn an_adult_not_known_to_be_safe_or_gone_after_a_clause_without_an_auxiliary() {
        for text in [
            "We do not know whether father is safe: he sent a text saying he could not go on.",
            "Mother went home and has not been seen since.",
            "Mia's brother, who is 19, has been missing from home since 9 November.",
        ] {
            silent("S001", text);
        }
        for text in [
            "We do not know whether Mia is safe.",
            "We do not know whether the baby is safe with father.",
            "Mia went home and has not been seen since.",
            "Mia has been missing from home since 9 November.",
        ] {
            fires("S001", text);
        }
    }

    #[test]
    fn a_missing_episode_made_less_likely_or_behind_the_child() {
        for text in [
            "For Zara, the disruption plan keeps her in college, which makes a further missing episode less likely.",
            "For Rohan, what led to him going missing is understood, which makes a repeat less likely.",
            "For Callum, the nights he spent missing from home in the summer are now behind him.",
        ] {
            silent("S001", text);
        }
        for text in [
            "Zara has a further missing episode this week and is still not home.",
            "Rohan is going missing most weekends and no one knows where he goes.",
        ] {
            fires("S001", text);
        }
    }

    #[test]
    fn whose_whereabouts_and_a_clause_going_on_with_a_relative_clause() {
        for text in [
            "Social worker to ask police for an update on father, whose whereabouts have been unknown since early November, by 4 December 2026.",
            "Ayo's sister, who is 22 and lives independently, has not been seen by her family since October.",
        ] {
            silent("S001", text);
        }
        for text in [
            "Police have no update on Ayo, whose whereabouts have been unknown since Friday.",
            "Ayo, who is 14 and lives with his nan, has not been seen since October.",
        ] {
            fires("S001", text);
        }
    }

    #[test]
    fn a_child_found_safe() {
        for text in [
            "Precious was reported missing from her home on the evening of 3 October. Staff informed police within the hour and she was found safe the following morning.",
        ] {
            silent("S001", text);
        }
        for text in [
            "Precious was reported missing from her home on the evening of 3 October. Staff informed police, and she has not been found.",
        ] {
            fires("S001", text);
        }
    }

    #[test]
    fn an_action_to_report_any_episode_and_checks_listed_before_anyone() {
        silent(
            "S001",
            "Residential staff to notify the police of any missing episode within one hour, recorded on the log.",
        );
        fires(
            "S001",
            "At 1am Jo messaged her youth worker that she had swallowed all her tablets. There is no record of an ambulance, the police or anyone checking on her.",
        );
        fires("S001", "Is Jo safe? Not known.");
    }

    #[test]
    fn a_parents_overdose_is_the_childs_danger_only_when_the_child_was_with_them() {
        silent(
            "S001",
            "Father took an overdose on 16 November and is on the ward. Jo was at her nan's and has stayed there since.",
        );
        fires(
            "S001",
            "Mother took an overdose on 16 November while Jo was at home with her.",
        );
        fires("S001", "Jo took an overdose on 16 November.");
    }

    #[test]
    fn a_danger_answered_by_a_professional_or_handled_well_is_acted_on() {
        silent(
            "S001",
            "On 2 November Kian, 15, told his teacher he had been storing up his medication to take all at once. His teacher removed the tablets from his bag straight away and rang the duty social worker.",
        );
        silent(
            "S001",
            "Kian went missing overnight in October 2026, and the episode was handled promptly by his carers and the police.",
        );
        fires(
            "S001",
            "On 2 November Kian, 15, told his teacher he had been storing up his medication to take all at once. Nobody passed this on.",
        );
        // Passing it on is not yet acting on it.
        fires(
            "S001",
            "On 2 November Kian, 15, told his teacher he had been storing up his medication to take all at once. The teacher emailed the duty social worker that afternoon. There has been no reply and no visit.",
        );
    }

    #[test]
    fn an_action_to_talk_about_the_night_a_sibling_was_missing_is_not_a_danger_now() {
        silent(
            "S001",
            "Family support worker to talk with Kian about the night his brother went missing by 9 January 2027, so that his worries are recorded.",
        );
        fires(
            "S001",
            "Kian's brother Ty, 14, went missing last night and has not been found.",
        );
    }

    #[test]
    fn a_young_person_with_nowhere_to_sleep_tonight_with_words_between() {
        fires(
            "S001",
            "At noon on 19 November Callum, 17, rang his personal adviser to say he has nowhere to stay since his hostel place ended and expects to sleep in the park tonight.",
        );
        fires(
            "S001",
            "Callum, 17, told his personal adviser that he will be sleeping at the coach station tonight.",
        );
        silent(
            "S001",
            "In the spring Callum had nowhere to stay for a week; he now has a tenancy and is settled.",
        );
    }

    #[test]
    fn harm_by_staff_with_no_notification_to_the_lado() {
        fires(
            "S001",
            "On 17 November Callum, 12, said a residential worker pinned him face-down on the floor, and his lip was split. There has been no notification to the LADO, and the worker remains on the rota.",
        );
        fires(
            "S001",
            "On 17 November Callum, 12, told his teacher that his foster carer slaps him when he is late home. The school passed this to the front door that afternoon. There has been no strategy discussion and no visit to Callum since.",
        );
        silent(
            "S001",
            "On 17 November Callum, 12, told his teacher that his foster carer slaps him when he is late home. The school passed this to the front door that afternoon. A strategy discussion was held the next morning and Callum was moved to another carer that day.",
        );
    }

    #[test]
    fn children_left_at_risk_and_risk_nobody_has_assessed() {
        for text in [
            "Referrals from the police wait weeks for a decision, which leaves some babies at continued risk of harm.",
            "A small number of young people are still living in households where neglect is unassessed and unmanaged.",
            "Several families remain in circumstances of serious risk at home, despite three referrals from the nursery.",
            "Toby told a lunchtime supervisor that his stepfather burned him with a lighter, but no formal enquiry followed.",
            "Young people at risk of sexual exploitation have not been visited since their worker left in the summer.",
            "A girl known to the youth justice service is still going missing most weekends.",
        ] {
            fires("S001", text);
        }
        for text in [
            "Delays in the front door did not lead to any baby being left at risk of harm.",
            "No young people at risk of exploitation have gone without a visit this year.",
            "Toby is at risk of going missing when his contact with his mother is cancelled.",
            "The worker left the house once the carer returned, and Toby was safe.",
        ] {
            silent("S001", text);
        }
    }

    #[test]
    fn risks_unassessed_unknown_causes_and_offenders_in_the_home() {
        for text in [
            "Leo's whereabouts have not been known since he left his aunt's flat on Sunday.",
            "Four children on plans have not been visited since their plans began in the summer.",
            "Referrals wait in the hub and the risks to the children in them are not assessed.",
            "Two brothers are staying with an uncle charged with sexual assault of a child last month.",
            "The cause of the bruising to the baby’s ear remains unknown.",
            "It is not known whether the risk from her stepfather continues now he has been released.",
            "Checks are not completed and the risks to these children remain unassessed.",
        ] {
            fires("S001", text);
        }
        for text in [
            "Had the health visitor not raised it that day, the baby could have stayed at home with an unexplained bruise.",
            "Return interviews help managers understand why children go missing.",
            "The cause of the bruise was found to be a fall from a scooter, which Leo and his school both described.",
        ] {
            silent("S001", text);
        }
    }

    #[test]
    fn missing_episodes_ended_reviewed_or_asked_about_and_a_child_seen_days_later() {
        for text in [
            "Maya's missing episodes ceased once she moved to her aunt's.",
            "Missing episodes are routinely reviewed at the monthly exploitation meeting.",
            "The return interview after Maya's missing episode in October found she had been at a party.",
            "Maya was not seen at the planned visit because she was ill; she was seen three days later.",
        ] {
            silent("S001", text);
        }
        for text in [
            "Maya has gone missing four times this month and her episodes are not reported to the police.",
            "Maya was not seen at the planned visit and has not been seen since.",
        ] {
            fires("S001", text);
        }
    }

    #[test]
    fn a_protective_step_asked_for_today_a_child_left_and_nobody_known_to_care() {
        for text in [
            "Team manager to hold a strategy discussion with police today, so that Leah is protected.",
            "Social worker to find out today where Ellie is living and to see her within 24 hours.",
            "Social worker and police to agree by the end of today where Mia will sleep tonight.",
            "Mother was arrested on Friday, leaving the two children alone at home.",
            "There is no record of who is caring for the twins now.",
            "Father had been taken to hospital after an overdose, leaving the three children alone at home.",
            "The midwife's referral about a newborn going home to a mother with active heroin use has not been screened.",
        ] {
            fires("S001", text);
        }
        for text in [
            // A practice review's finding about the period it reviewed.
            "The practice review found that police notifications in 2020 had not reached children's social care.",
            // Admitted to a unit after an overdose, and discharged with a safety plan.
            "Liam took an overdose in August and told A&E staff he would try again. He was admitted to an adolescent unit and discharged with a safety plan shared with school.",
            // The child taken to safety.
            "Mia was found alone at home and was taken to hospital by the police.",
            "Left alone overnight by her mother, Mia was taken into care the next morning.",
            // A response that happened, told in the past.
            "A strategy discussion was held within 24 hours and police are investigating.",
            // An ordinary action with a date, not today.
            "Social worker to see Leah alone at school by 23 November 2026, with her views recorded.",
            // A quoted note, followed through.
            "The oversight note says the worker is to visit today; the visit took place and Amira was seen.",
        ] {
            silent("S001", text);
        }
    }

    /// The thirty-seventh session's readings: a stretch "for the past two nights" runs to
    /// now; no agency knowing where a newborn is; no one from the service having met the
    /// child; and, not current, a likelihood reduced, a harm that has ended, and a year
    /// long gone with the child's age now told beside it.
    #[test]
    fn runs_to_now_unknown_to_every_agency_and_harms_ended() {
        for text in [
            "A neighbour said that Paige (8), Rhys (5) and Tommy (3) had been left on their own in the flat for the past two nights.",
            "The call is recorded, but there has been no action since and no agency knows where the newborn is.",
            "No one from the service has met Adebayo or knows anything about the home he is living in.",
        ] {
            fires("S001", &dated_area(text));
        }
        for text in [
            "Paige was left alone in the flat for two nights in March; a safety plan followed and she is seen weekly.",
            "For Chloe, a safety plan she helped shape means she feels heard, which makes it less likely she will go missing again.",
            "The domestic abuse that brought the family to the service has stopped.",
            "Frankie had several missing episodes in 2024, when he (now 15) was linked to older young people involved in county lines.",
        ] {
            silent("S001", &dated_area(text));
        }
        // "now" that is not an age still runs to now.
        fires(
            "S001",
            &dated_area("Frankie had several missing episodes in 2024 and is now missing again."),
        );
    }

    /// Whereabouts and care not established, a concern nobody has picked up, a phone off
    /// since a child went, visits that found no one, and secrecy asked of a child online.
    #[test]
    fn whereabouts_not_established_and_concerns_nobody_picked_up() {
        for text in [
            "Mother discharged herself from the ward with the baby overnight. Where they went has not been established.",
            "The placement provider stopped answering calls in October, and the file does not confirm that Kez is still at the flat or that anybody is caring for her.",
            "Maya told her form tutor that her stepdad hit her with a belt. Nobody has picked it up since.",
            "Callum left the unit on Friday night and Callum's phone has been switched off since.",
            "The health visitor recorded no access on six days running, and the last time anyone saw Leo was the day he went home.",
            "The messages ask him to keep their chats secret. The DSL passed them on, but nothing has been shared with the police.",
        ] {
            fires("S001", &dated_area(text));
        }
        for text in [
            "Where father is living has not been established; the children are with their mother and seen weekly.",
            "The file does not confirm that mother is still living at the refuge; the children are with their grandparents and were seen on Monday.",
            "Mother's phone has been switched off since Sunday; Kez is settled with her foster carers.",
            "Mia's aunt asked her to keep the surprise party a secret.",
        ] {
            silent("S001", &dated_area(text));
        }
    }

    /// A file that cannot say whether the child is safe or where they live, and police
    /// asked to attend straight away (a response).
    #[test]
    fn nobody_can_say_where_or_whether_safe_and_police_asked_to_attend() {
        for text in [
            "Skye sent four texts asking for help. Nothing on the file shows whether Skye is safe today.",
            "The house has looked empty for weeks and nobody involved with Tomasz can say where he is living.",
        ] {
            fires("S001", &dated_area(text));
        }
        silent(
            "S001",
            &dated_area("A neighbour rang to say Darcy (5) had been left alone in the flat. The duty worker asked police to attend straight away, and Darcy stayed with her aunt that night."),
        );
    }

    /// A parent who "left the home … and has had no contact since" is the adult kept
    /// away, not the child unseen; a child removed from a parent's care, or proceedings
    /// that ended with a care order, is a response.
    #[test]
    fn responsibilities_relatives_promptness_and_episodes_answered() {
        for text in [
            "Many actions are not specific and it is unclear who is responsible for several of them.",
            "Jordan has not had contact with his brothers since September because the transport arrangements broke down.",
            "Earlier in the family's history, concerns about neglect were not progressed promptly. Ioana has been seen weekly since June.",
            "Return home interviews are offered after every missing episode, although take-up across the cohort is low.",
            "Callum was offered, and completed, an interview within 72 hours of each of his three missing episodes in September.",
            "Dylan had not been seen for nineteen days in October because his father would not let the SW in. The TM escalated this on 20 October and a police-assisted visit the next day saw Dylan alone. However, father's hostility towards the SW has not yet been addressed in the plan.",
        ] {
            silent("S001", &dated_area(text));
        }
        for text in [
            "It is unclear who is responsible for her while mother is in hospital.",
            "He has since left home again; his phone is off and nobody has heard from him for four days.",
            "It is unclear whether father has returned and whether Leah is living with him.",
            "Jakub has twice arrived at school with marks to his arms, and since then no professional has been into the home or asked Jakub about the marks.",
            "The disclosure was not acted on, and Ioana remains at home.",
        ] {
            fires("S001", &dated_area(text));
        }
        // The child seen again, in a later clause of the next sentence.
        let named = |evidence: &str| {
            format!("---\nchild: Tyrone\naudit-date: 2026-11-20\n---\n## Planning\nJudgement: Good\nEvidence: {evidence}\n")
        };
        silent("S001", &named("The family could not be contacted for two weeks in August while visiting relatives. A plan was agreed with school in advance, and Tyrone was seen at home the day after they returned."));
        fires("S001", &named("The family could not be contacted for two weeks in August while visiting relatives. A plan was agreed with school in advance, and Tyrone's mother was pleased."));
    }

    #[test]
    fn lessons_missed_episodes_over_and_a_response_told_after() {
        for text in [
            "Jayden's attendance is 89% this term, and he is missing most Thursday afternoon lessons because of a clash with his mentoring sessions.",
            "For Jayden, missing maths each week means he is falling behind.",
            "Grace has settled well with her foster carers, and the missing episodes that led to her coming into care have not recurred.",
            "The plan recognises Kian's two missing episodes in July and the links to older peers, which is positive.",
            "It became clear at the audit that Sofia had not been seen for five weeks. The auditor escalated to the team manager and the principal social worker that day. A visit was made the same afternoon: Sofia was seen alone and said she was happy.",
            "Neighbours reported that Layla had not been seen outside the flat for several weeks. The referral was screened within 24 hours and a visit was made the next day: Layla was seen at home. However, the referrer was not told the outcome.",
        ] {
            silent("S001", &dated_area(text));
        }
        for text in [
            "Jayden is missing from home and his phone is switched off.",
            "Grace went missing again last night and the missing episodes have not been discussed with her.",
            "Grandmother has not been to the house for weeks, so the twins are being cared for by father without supervision, contrary to the plan.",
            "Neighbours reported that Layla had not been seen outside the flat for several weeks. The referral was screened within 24 hours. However, no visit was made.",
        ] {
            fires("S001", &dated_area(text));
        }
    }

    #[test]
    fn an_adult_gone_with_no_contact_and_a_child_removed_from_care() {
        for text in [
            "Father left the home after that incident and has had no contact since.",
            "Father left the home after that incident, has had no contact since and now lives in another county.",
            "Leo was removed from his birth parents' care in 2024 after he was found to have rib fractures that were never explained.",
            "Rib fractures were never explained, and the proceedings ended with a care order.",
            "For Evie, living with her mother, who has ended the relationship, lowers the risk of harm to her.",
            "For Evie, living with a mother who understands the impact of domestic abuse means a calmer home.",
            "Were her father ever to return to the home, the picture would change quickly.",
        ] {
            silent("S001", &dated_area(text));
        }
        for text in [
            "Ellie moved out of her placement last week and has had no contact since.",
            "Leo has rib fractures that were never explained.",
            "Leo was removed from his father's care last week, but his brother has not been seen since.",
            "Mother's partner, who poses a risk of harm to children, is living with Evie again.",
            "Evie is now living with her mother's new partner, who is on bail for assaulting a child.",
            "Mother's partner, known to pose a risk of sexual harm to girls, is now living under the same roof as Tia.",
            "The out-of-hours log records Sofia ringing to say 'if I go home he'll kill me'; nobody has spoken to her since.",
        ] {
            fires("S001", &dated_area(text));
        }
    }

    /// A stretch told as "after a period of" is over; a risk "dealt with the same day" was
    /// responded to.
    #[test]
    fn a_period_behind_the_child_and_a_risk_dealt_with_that_day() {
        for text in [
            "Dylan moved into his supported flat last month after a period of sofa surfing.",
            "The immediate risk identified at referral was dealt with the same day through a safety plan.",
        ] {
            silent("S001", &dated_area(text));
        }
        for text in [
            "Dylan has been sofa surfing since his placement ended, and no one knows where he sleeps.",
            "The immediate risk identified at referral has not been dealt with.",
        ] {
            fires("S001", &dated_area(text));
        }
    }

    /// A last sighting dated longer ago than the longest visiting timescale, with no
    /// sighting since, is a child not known to be safe; a recent one, a clinician's, or
    /// one seen since is not. An escalation note that gives its reason first
    /// ("because …, I escalated … on 10 November 2026") still records the escalation.
    #[test]
    fn a_last_sighting_long_ago_is_a_child_not_seen() {
        fires(
            "S001",
            &dated_area("The last home visit on file was on 30 July 2026, and mother has cancelled four visits since."),
        );
        for text in [
            "The last home visit on file was on 10 November 2026.",
            "Jo was last seen by the paediatrician on 2 June 2026.",
            "The last home visit on file was on 30 July 2026. The social worker saw Jo alone at school on 12 November 2026.",
        ] {
            silent("S001", &dated_area(text));
        }
        silent(
            "S001",
            &dated_area("The last recorded visit on the file was 2 October. Escalation note: because the file did not evidence a visit after 2 October, I escalated by phone on 10 November 2026 to the team manager."),
        );
    }
}
