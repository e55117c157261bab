use std::sync::LazyLock;

use regex::Regex;

use super::{Context, Rule, Scope};
use crate::analysis::{subject_at, Head};
use crate::date::find_dates;
use crate::diagnostic::{Diagnostic, Edit, Fix, Severity};
use crate::document::Sentence;
use crate::lexicon::evidence::ADULT_FAMILY;
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
    let notes: Vec<Option<usize>> = doc
        .sentences
        .iter()
        .filter(|s| is_note(matcher, doc.slice(s.range)))
        .map(|s| s.area)
        .collect();
    for (i, sentence) in doc.sentences.iter().enumerate() {
        let text = doc.slice(sentence.range);
        if notes.contains(&sentence.area) || is_note(matcher, text) {
            continue;
        }
        let neighbour = |j: Option<usize>| {
            let other = doc.sentences.get(j?)?;
            same_paragraph(ctx, sentence, other).then(|| doc.slice(other.range))
        };
        let previous = neighbour(i.checked_sub(1));
        let next = neighbour(i.checked_add(1));
        let Some(indicator) = trigger(matcher, text, previous, next) else {
            continue;
        };
        let contacts = join(&ctx.config.escalation_contacts);
        let mut d = ctx.diagnostic(
            &RULE,
            sentence.range,
            format!(
                "Escalate now: this shows a child may be at risk of immediate harm or not known to be safe ({}). Escalate to {contacts} today; do not wait until the audit is complete.",
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
    !matcher.not_current_before.is_match(before) && !matcher.not_current_after.is_match(after)
}

fn about_fits(about: About, text: &str, start: usize, end: usize) -> bool {
    let head = subject_at(text, start);
    // "The whereabouts of father", "has not seen mother since": about an adult.
    if about != About::Any && adult_named(text.get(start..end).unwrap_or("")) {
        return false;
    }
    match about {
        About::Any => true,
        About::Child => !matches!(head, Some(Head::Adult | Head::Practice)),
        About::Practitioner => !matches!(head, Some(Head::Adult | Head::Child)),
    }
}

/// Whether `text` names an adult of the family as a whole word.
fn adult_named(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|w| ADULT_FAMILY.contains(&w.to_lowercase().as_str()))
}

/// What `text` shows that needs escalating, if anything. `previous` and `next` are the
/// sentences around it in the same paragraph.
fn trigger(
    matcher: &EscalationMatcher,
    text: &str,
    previous: Option<&str>,
    next: Option<&str>,
) -> Option<Indicator> {
    let candidates = triggers(matcher, text, previous);
    if candidates.is_empty() {
        return None;
    }
    // Resolutions said in this sentence, affirmed (not "no strategy discussion was held").
    let affirmed = |regex: &Regex, t: &str| -> Vec<(usize, usize)> {
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
    let resolutions = affirmed(&matcher.resolved, text);
    let returns = affirmed(&matcher.returned, text);
    // The next sentence resolves what this one says when it follows on from it.
    let next_resolves = |returned: bool| {
        next.is_some_and(|n| {
            matcher.follows_on.is_match(n)
                && (!affirmed(&matcher.resolved, n).is_empty()
                    || (returned && !affirmed(&matcher.returned, n).is_empty()))
        })
    };
    candidates.into_iter().find_map(|(indicator, at)| {
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
            start >= at || !CONTRAST.is_match(text.get(end.min(at)..at).unwrap_or(""))
        };
        let resolved = resolutions.iter().any(resolves)
            || (returned && returns.iter().any(resolves))
            || next_resolves(returned);
        (!resolved).then_some(indicator)
    })
}

static CONTRAST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:but|however|yet|although|though|despite|whereas|since then|still)\b")
        .expect("contrast pattern is valid")
});

/// Words that point back to the sentence before ("The carer did not report this").
static ANAPHOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:this|it|that|these|them|the (?:disclosure|allegation|allegations|concern|concerns|incident|injury|injuries|bruising|marks?))\b")
        .expect("anaphor pattern is valid")
});

/// Every trigger in `text`, with where it starts.
fn triggers(
    matcher: &EscalationMatcher,
    text: &str,
    previous: Option<&str>,
) -> Vec<(Indicator, usize)> {
    let mut out = Vec::new();
    for (regex, indicator, about) in &matcher.triggers {
        for found in regex.find_iter(text) {
            let qualified = *indicator == Indicator::NotSeen
                && matcher
                    .seen_qualifier
                    .is_match(text.get(found.end()..).unwrap_or(""));
            if !qualified
                && current(matcher, text, found.start(), found.end())
                && about_fits(*about, text, found.start(), found.end())
            {
                out.push((*indicator, found.start()));
            }
        }
    }
    for (regex, needs, indicator) in &matcher.paired {
        for found in regex.find_iter(text) {
            if !current(matcher, text, found.start(), found.end()) {
                continue;
            }
            // The second cue must be affirmed on its own terms: the trigger's own "no"
            // ("no safety plan despite…") does not negate it.
            let paired = needs.find_iter(text).any(|n| {
                let before = if n.start() >= found.end() {
                    text.get(found.end()..n.start())
                } else if n.end() <= found.start() {
                    text.get(..n.start())
                } else {
                    None
                };
                before.is_some_and(|b| !matcher.not_current_before.is_match(b))
            });
            if paired {
                out.push((*indicator, found.start()));
            }
        }
    }
    // A disclosure, allegation or injury, and no action on it: in this sentence, or in the
    // one before when this one follows on from it ("No action was taken.").
    if let Some(at) = first_not_acted(matcher, text) {
        let harm_here = current_match(matcher, &matcher.harm_event, text);
        let harm_before = (matcher.follows_on.is_match(text) || ANAPHOR.is_match(text))
            && previous.is_some_and(|p| current_match(matcher, &matcher.harm_event, p));
        if harm_here || harm_before {
            out.push((Indicator::NotActedOn, at));
        }
    }
    if let Some(configured) = &matcher.configured {
        for found in configured.find_iter(text) {
            if current(matcher, text, found.start(), found.end()) {
                out.push((Indicator::Configured, found.start()));
            }
        }
    }
    out.sort_by_key(|&(_, at)| at);
    out
}

fn current_match(matcher: &EscalationMatcher, regex: &regex::Regex, text: &str) -> bool {
    regex.find_iter(text).any(|m| {
        let before = text.get(..m.start()).unwrap_or("");
        !matcher.not_current_before.is_match(before)
    })
}

/// Where "no action was taken" (or the like) starts. It is itself a negation, so only a
/// hypothetical before it ("if no action is taken") makes it not count.
fn first_not_acted(matcher: &EscalationMatcher, text: &str) -> Option<usize> {
    matcher
        .not_acted
        .find_iter(text)
        .find(|m| {
            let before = text.get(..m.start()).unwrap_or("");
            let trimmed = before.trim_end().to_lowercase();
            !(trimmed.ends_with(" if")
                || trimmed.ends_with(" unless")
                || trimmed.ends_with(" whether"))
        })
        .map(|m| m.start())
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
        ] {
            fires("S001", text);
        }
    }

    #[test]
    fn silent_on_risks_acted_on_negated_or_about_others() {
        for text in [
            "Priya was missing overnight but returned the next morning, and a return interview was completed.",
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

    #[test]
    fn configured_phrases_and_contacts() {
        let config = Config::from_toml(
            "[escalation]\ncontacts = [\"the duty manager\"]\n[lexicon]\nextend-escalation-phrases = [\"sleeping in a car\"]\n",
            "caselint.toml",
        )
        .unwrap();
        let found = crate::check("Sam and mother are sleeping in a car.", &config);
        let d = found.iter().find(|d| d.code == "S001").expect("S001 fires");
        assert!(
            d.message.contains("Escalate to the duty manager today"),
            "{}",
            d.message
        );
        let none = crate::check("Sam is no longer sleeping in a car.", &config);
        assert!(none.iter().all(|d| d.code != "S001"));
    }
}
