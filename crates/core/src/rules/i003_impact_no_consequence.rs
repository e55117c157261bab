use crate::text::TrimEndStr;
use std::sync::LazyLock;

use crate::lexicon::lazy::LazyRegex;

use super::{Context, Rule, Scope};
use crate::diagnostic::{Diagnostic, Edit, Fix, Severity};
use crate::document::SectionKind;

pub(crate) static RULE: Rule = Rule {
    code: "I003",
    name: "impact-no-consequence",
    default_severity: Severity::Warning,
    scope: Scope::Structure,
    summary: "The impact statement says nothing about what follows for the child.",
    doc: "## What it does\n\
Flags an impact statement that describes what happened, or grades it, but says nothing about \
what follows for the child: no \u{201c}which means\u{2026}\u{201d}, \u{201c}is likely to\u{2026}\u{201d}, \
\u{201c}increases the risk\u{2026}\u{201d}, \u{201c}as a result\u{2026}\u{201d}, \u{201c}so that\u{2026}\u{201d}, \
\u{201c}leaves her\u{2026}\u{201d}, \u{201c}may\u{2026}\u{201d} or another way of saying what it leads \
to. Extend the markers with `[lexicon] extend-consequence-markers`.\n\n\
## Why\n\
The practice standard: impact \u{201c}says what the evidence means for the child *and* the \
consequence: \u{2018}For Jo the impact of mother's lack of involvement in the assessment process is \
that she is likely to have limited buy in to the planned work, which increases the risk of the plan \
failing and the likelihood for Jo to experience further harm.\u{2019}\u{201d} If impact cannot be \
identified, good is elusive.\n\n\
## Example\n\
```markdown\n### Impact\nFor Jo, mother was not included in the assessment process.\n```\n\n\
## Reflective rewrite\n\
```markdown\n### Impact\nFor Jo, mother was not included in the assessment process, which means \
she is likely to have little buy-in to the plan and increases the risk of it failing.\n```\n",
    check,
};

fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    for area in &ctx.doc.areas {
        let Some(content) = area.content(SectionKind::Impact) else {
            continue;
        };
        let text = ctx.doc.slice(content);
        let children = ctx.doc.children();
        let markers = &ctx.config.lexicon.consequence;
        let for_child =
            markers.is_match(text) && markers.is_match(&without_process(text, children));
        if for_child || affects_child(text, children) || follows_for_child(text, children) {
            continue;
        }
        let child = ctx.child().unwrap_or("the child");
        let mut d = ctx.diagnostic(
            &RULE,
            content,
            format!(
                "The impact statement does not say what follows for {child}: add the \
                 consequence (\u{201c}which means \u{2026}\u{201d}, \u{201c}is likely to \u{2026}\u{201d}, \
                 \u{201c}increases the risk of \u{2026}\u{201d})."
            ),
        );
        // Before the final full stop, so the scaffold continues the last sentence.
        let body = text.trim_end();
        let at = content.start() + body.strip_suffix(['.', '!']).map_or(body.len(), str::len);
        d.fixes = vec![
            Fix::rewrite(
                "Add \u{201c}which means that \u{2026}\u{201d}",
                vec![Edit::insert(
                    at,
                    format!(", which means that [what follows for {child}]"),
                )],
            ),
            Fix::rewrite(
                "Add \u{201c}which is likely to \u{2026}\u{201d}",
                vec![Edit::insert(
                    at,
                    format!(", which is likely to [consequence for {child}]"),
                )],
            ),
        ];
        out.push(d);
    }
}

/// Verbs that follow the subject of a consequence's clause.
const AUXILIARIES: &[&str] = &[
    "is", "was", "are", "were", "has", "have", "had", "could", "can", "will", "would", "may",
    "might", "should", "does", "did", "remains", "stays",
];

/// What services do and hold, which a consequence can be about instead of the child.
const PROCESS: &[&str] = &[
    "plan",
    "plans",
    "assessment",
    "assessments",
    "review",
    "reviews",
    "report",
    "reports",
    "referral",
    "referrals",
    "case",
    "file",
    "record",
    "records",
    "recording",
    "meeting",
    "meetings",
    "conference",
    "minutes",
    "chronology",
    "paperwork",
    "allocation",
    "transfer",
    "supervision",
    "form",
    "forms",
    "letter",
    "letters",
    "application",
    "timescale",
    "timescales",
    "deadline",
    "documentation",
    "audit",
    "service",
    "services",
    "office",
];

/// `text` with the marker of each consequence about a process ([`about_process`]) blanked
/// out: what is left says what follows for the child if a marker is still in it. The markers are found by their words ("means", "so that", "as a
/// result", "likely", "could"…) rather than by the marker set's own matches, whose places
/// would take a second, larger automaton to find.
fn without_process(text: &str, children: &[String]) -> String {
    let mut out = text.to_owned();
    let lower = text.to_ascii_lowercase();
    let mut at = 0;
    for word in lower.split(|c: char| !c.is_ascii_alphanumeric()) {
        let start = at;
        at += word.len() + 1;
        let end = start + word.len();
        let marker_end = match word {
            "means" | "meant" | "meaning" | "mean" | "likely" | "may" | "might" | "could"
            | "will" | "would" => end,
            "so" if lower.get(end..).is_some_and(|r| r.starts_with(" that")) => end + 5,
            "result" | "consequence" => end,
            "led" | "leads" | "lead" | "leading"
                if lower.get(end..).is_some_and(|r| r.starts_with(" to ")) =>
            {
                end + 3
            }
            "resulted" | "results" if lower.get(end..).is_some_and(|r| r.starts_with(" in ")) => {
                end + 3
            }
            _ => continue,
        };
        if about_process(text, start, marker_end, children) {
            // The marker's own words, blanked byte for byte (ASCII), so that another
            // marker in the clause ("which means the plan may not reflect what he needs")
            // is still read.
            out.replace_range(start..marker_end, &" ".repeat(marker_end - start));
        }
    }
    out
}

/// Whether the consequence a marker at `start..end` of `text` introduces is about a
/// process, not the child: "which means the plan is now overdue", "so that the
/// paediatrician's report could be included", "the health assessment is likely to be
/// completed in December", or a cause ("as a result of the reassessment"). When what
/// follows names the child ("which means she…", "as a result, the plan reflects her
/// wishes") or neither ("so the actions no longer fit the risks"), it is the child's.
fn about_process(text: &str, start: usize, end: usize, children: &[String]) -> bool {
    let words = |t: &str| -> Vec<String> {
        t.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '\u{2019}'))
            .filter(|w| !w.is_empty())
            .map(|w| {
                w.trim_end_str("'s")
                    .trim_end_str("\u{2019}s")
                    .to_lowercase()
            })
            .collect()
    };
    let child = |w: &str| {
        matches!(
            w,
            "she" | "he" | "her" | "him" | "his" | "child" | "baby" | "children"
        ) || names_child(w, children)
    };
    let marker = text.get(start..end).unwrap_or("").to_lowercase();
    // The clause after the marker, to its end.
    let rest = text.get(end..).unwrap_or("");
    let clause = rest.split(['.', ';', '!', '?']).next().unwrap_or("");
    let after = words(clause);
    // "as a result of the reassessment": a cause, not what follows, unless it opens the
    // sentence ("As a result of the drift, Sam has waited five months"), when the clause
    // after it is what follows.
    let opens = text
        .get(..start)
        .unwrap_or("")
        .rsplit(['.', '!', '?'])
        .next()
        .is_some_and(|b| {
            let b = b.trim().to_ascii_lowercase();
            b.is_empty() || b == "as a" || b == "in" || b.ends_with(", as a")
        });
    if !opens
        && (marker.ends_with("result") || marker.ends_with("consequence"))
        && after.first().is_some_and(|w| w == "of")
        && !after
            .get(1)
            .is_some_and(|w| matches!(w.as_str(), "this" | "that" | "these"))
    {
        return true;
    }
    let determiner = |w: &str| {
        matches!(
            w,
            "that" | "the" | "a" | "an" | "this" | "these" | "those" | "its" | "their"
        )
    };
    let from = after.iter().take_while(|w| determiner(w)).count();
    // "the strategy discussion led to a section 47 enquiry, which was completed within 15
    // working days": what followed is a step of the process, and nothing after it names
    // the child ("led to a plan that targets her needs" does).
    let leads_to = [
        "led to",
        "leads to",
        "lead to",
        "leading to",
        "resulted in",
        "results in",
    ];
    if leads_to.contains(&marker.as_str()) {
        let object: Vec<&String> = after
            .iter()
            .skip(from)
            .take_while(|w| !matches!(w.as_str(), "which" | "that" | "and" | "who" | "so" | "but"))
            .take(5)
            .collect();
        return object.iter().any(|w| {
            PROCESS.contains(&w.as_str())
                || matches!(
                    w.as_str(),
                    "enquiry"
                        | "enquiries"
                        | "discussion"
                        | "investigation"
                        | "medical"
                        | "hearing"
                )
        }) && !after.iter().any(|w| child(w));
    }
    // "which means the plan is now overdue", "so that the report could be included": the
    // consequence's subject, a noun phrase of up to four words before its verb, is a
    // process ("led to a plan that targets…" has no verb after its noun: the plan is
    // what followed, not a subject).
    let verb =
        (from..(from + 5).min(after.len())).find(|&i| AUXILIARIES.contains(&after[i].as_str()));
    if let Some(v) = verb.filter(|&v| v > from) {
        let subject = &after[from..v];
        if !subject.iter().any(|w| child(w))
            && subject
                .last()
                .is_some_and(|w| PROCESS.contains(&w.as_str()))
        {
            return true;
        }
    }
    // "the review health assessment is likely to be completed in December": a modal
    // consequence that is a step of a process ("be completed", "be held"), said of a
    // process.
    let modal = ["likely", "may", "might", "could", "will", "would"]
        .iter()
        .any(|m| marker.split_whitespace().any(|w| w == *m));
    // The words from the marker on: "likely to be completed", "could be included".
    let seq: Vec<String> = words(&marker)
        .into_iter()
        .chain(after.iter().cloned())
        .collect();
    let be = seq.iter().take(5).position(|w| w == "be");
    let passive = be.and_then(|b| seq.get(b + 1)).is_some_and(|w| {
        w.ends_with("ed")
            || matches!(
                w.as_str(),
                "done" | "held" | "sent" | "made" | "written" | "given" | "taken" | "seen"
            )
    });
    // "the transfer meeting is likely to take place in February": a step of a process
    // said to happen.
    let happens = seq.iter().take(5).any(|w| {
        matches!(
            w.as_str(),
            "happen" | "proceed" | "start" | "begin" | "conclude" | "resume" | "move" | "close"
        )
    }) || seq.windows(2).take(5).any(|p| {
        matches!(
            (p[0].as_str(), p[1].as_str()),
            ("take", "place") | ("go", "ahead")
        )
    });
    if modal && (passive || happens) {
        let before = words(text.get(..start).unwrap_or(""));
        let subject = before
            .iter()
            .rev()
            .find(|w| !AUXILIARIES.contains(&w.as_str()));
        return subject.is_some_and(|w| PROCESS.contains(&w.as_str()));
    }
    false
}

/// "…has disrupted Jo's education", "…has helped Jo": a verb of effect on the child by name.
fn affects_child(text: &str, children: &[String]) -> bool {
    static EFFECT: LazyLock<LazyRegex> = LazyLock::new(|| {
        LazyRegex::builtin(
            r"(?i)\b(?:disrupt|damag|harm|undermin|compromis|jeopardis|jeopardiz|hinder|limit|restrict|delay|affect|shap|strengthen|improv|boost|increas|reduc|weaken|erod|destabilis|unsettl|reassur|help|enabl|allow|prevent|protect|expos|leav|left|put|plac|keep|kept|stopp?|deni|deny|depriv|isolat|support|benefit)(?:e|es|ed|ing|s|ies|ied)?\s+(?P<name>[\w-]+)(?:'s|’s)?\b"
                .to_owned(),
        )
    });
    EFFECT.captures_iter(text).any(|caps| {
        caps.name("name")
            .is_some_and(|n| names_child(n.as_str(), children))
    })
}

/// Whether `word` is one of the names of the audit's children.
fn names_child(word: &str, children: &[String]) -> bool {
    children
        .iter()
        .flat_map(|c| c.split_whitespace())
        .any(|c| c.eq_ignore_ascii_case(word))
}

/// "Because Jo's views are not in the plan, decisions are made without her": a sentence
/// that opens with its cause says what follows from it, when what follows is about the
/// child (by name or as "she", "her", "he", "him"). "Because of the snow, visits were
/// virtual" says nothing of the child.
fn follows_for_child(text: &str, children: &[String]) -> bool {
    static CAUSE_FIRST: LazyLock<LazyRegex> = LazyLock::new(|| {
        LazyRegex::builtin(
            r"(?i)(?:^|[.!?]\s+)(?:for\s+[\w'’-]+,\s+)?because\s[^.!?]{3,200}?,(?P<then>[^.!?]+)"
                .to_owned(),
        )
    });
    let about_child = |word: &str| {
        ["she", "her", "he", "him", "his"]
            .iter()
            .any(|p| word.eq_ignore_ascii_case(p))
            || names_child(word, children)
    };
    CAUSE_FIRST.captures_iter(text).any(|caps| {
        caps.name("then").is_some_and(|then| {
            then.as_str()
                .split(|c: char| !(c.is_alphanumeric() || c == '-'))
                .any(about_child)
        })
    })
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{assert_fix, fires, silent};

    fn doc(impact: &str) -> String {
        format!("---\nchild: Sam\n---\n## Health\nJudgement: Good\n### Impact\n{impact}\n")
    }

    #[test]
    fn a_consequence_for_a_process_is_not_one_for_the_child() {
        for impact in [
            "For Sam, the plan was last updated in June, which means the plan is now overdue for review.",
            "For Sam, the manager extended the assessment so that the school's report could be included.",
            "For Sam, the review health assessment is likely to be completed in December.",
            "Sam's case moved to the disability team as a result of the reassessment.",
            "Sam's case is held by the YJS, and the transfer meeting is likely to take place in February.",
            "Sam lives at the YMCA; the leaving care service may move to a new office in January.",
            "For Sam, the strategy discussion led to a section 47 enquiry, which was completed within 15 working days.",
            "Sam's disclosure resulted in a strategy discussion the same day.",
            // A change in an adult, not in the child.
            "Sam's dad now goes to the dads' group at the family hub on Thursdays.",
        ] {
            fires("I003", &doc(impact));
        }
        for impact in [
            // What followed names the child, or is a change in her.
            "For Sam, the assessment has led to a plan that targets her needs.",
            "For Sam, the move led to a calmer routine, and she now sleeps through the night.",
            "For Sam, the delay led to a second winter in a cold flat.",
            "For Sam, the delay means the plan does not yet protect her at weekends.",
            "Sam is likely to be moved again if the carers give notice.",
            "Sam is increasingly isolated from her classmates.",
            "As a result of the drift in planning, Sam has waited five months for a decision.",
            "Sam now tells her carers there is no point in unpacking.",
            "For Sam, her mother's calmer responses have cut her panics, and she is sleeping better.",
            "Every month Sam waits, her attachment to her carers deepens, and the move will be harder for her.",
        ] {
            silent("I003", &doc(impact));
        }
    }

    #[test]
    fn fires_without_a_consequence() {
        for impact in [
            "Since June, Sam has lived with her grandmother.",
            "Because of the snow, visits were virtual in January.",
            "Because the worker left, the review was held in March.",
            "Sam lives with her aunt because, as mother says, the flat is too small.",
            "For Sam, father was not invited to the review.",
            "Sam has had three workers since May 2026.",
            "For Sam, the impact of the delay has been considerable.",
            "For Sam, this is a worry.",
            "For Sam, the impact is that there is no up-to-date chronology on her file.",
            "For Sam, the impact is that her father has not been spoken to about the plan.",
            // A cause with no effect, and a record restated.
            "Sam has been affected by the delays in his assessment.",
            "For Sam, the impact is that his views have not been captured in the assessment.",
            // What the plan holds is a fact about the document, not what follows for Sam.
            "For Sam, the impact is that her plan does not include her school.",
            "Sam enjoys football and drawing. She is in Year 4.",
            "For Sam, the quality of the direct work has been good.",
            "For Sam, mother could not attend the conference.",
            "Sam's health assessment was completed in June and she left school early that day.",
            "For Sam, the impact is unclear from the file.",
            "For Sam, the worker visits regularly, which is positive.",
            // Taking part in a process is no consequence for the child.
            "For Sam, the school and the nurse have each contributed to the review of his plan.",
            "For Sam, the risk assessment has not been updated since the move.",
            "For Sam, the assessment was delayed due to staff sickness.",
            "For Sam, mother has improved her routines.",
            "For Sam, mother was not able to attend the conference.",
            "For Sam, there is cause for concern about her weight.",
            "For Sam, risks to her are well managed by the network.",
            "For Sam, mother gave her a phone for her birthday.",
            "Sam is more than a year behind in reading.",
            "Sam could start the new school in January.",
            "Sam faces up to what happened with the help of her therapist.",
            "For Sam, her face lit up when her brother visited.",
        ] {
            fires("I003", &doc(impact));
        }
    }

    #[test]
    fn silent_with_a_consequence() {
        for impact in [
            "Young carers are not always offered an assessment, so many children take on tasks beyond their age.",
            "Because the plan drifted, Sam has waited eight months longer for a home.",
            "Because Sam's views are not in the plan, decisions are being made without her.",
            "For Sam, because the referral was not passed on, she went another month without help.",
            "Sam has lived with her grandparents since March, which has given her stability.",
            "For Sam, the move to her grandparents has brought stability: she now calls their house home.",
            "Sam looks after her brothers most evenings, at a cost to her homework and her friendships.",
            "The delay has affected her confidence.",
            "Sam's carer reads with her nightly, and this has paid off: she now asks for books.",
            "For Sam, the gap in planning could see her moving placement again if the carers give notice.",
            "Sam now has the same worker as her brother, giving her someone to talk to.",
            "Sam has moved school twice this year and has lost friendships each time.",
            "For Sam, the changes of worker have made it harder to trust adults.",
            "Sam now knows who to call if she feels unsafe.",
            "Sam is less anxious since contact became regular.",
            "Due to the delay, Sam is still waiting for speech therapy.",
            "Sam has been seen every two weeks, which shows she is known well by her worker.",
            "Without a clear plan Sam could drift in care into adulthood.",
            "For Sam, the delay means she is still waiting for help.",
            "Sam's plan has not been updated, so the actions no longer fit the risks.",
            "For Sam, the move has left her unsure who to trust.",
            "Sam's attendance has fallen, leaving her behind in maths.",
            "For Sam and her brothers, checks on the new partner were never completed, leaving both children at home with an adult nobody has assessed.",
            "For Sam, the referral sat unread for a week, leaving the siblings without any plan for the holidays.",
            "For Sam, the missing plan puts her at risk of an unplanned move.",
            "For Sam, the drift increases the likelihood that she stays in limbo.",
            "Sam's views are recorded; as a result, the plan reflects her wishes.",
            "For Sam, weekly sessions have enabled her to name her worries.",
            "For Sam, this may affect her trust in adults.",
            "Sam is seen alone, so that she can say how things are at home.",
            "For Sam, the impact is that she does not know where she will live.",
            "For Sam, the impact is that her needs are not being met at school.",
            "For Sam, the late assessment delayed the plan by two months, during which she continued to witness arguments at home.",
            "For Sam, the impact is that Sam has waited longer for a stable home.",
            "For Sam, without a plan she will not be able to return home.",
            "Sam's health needs are unknown. Consequently, concerns could go unnoticed.",
            "For Sam, the therapy has helped her to understand her story.",
            "For Sam, the neglect has resulted in tooth decay.",
            "For Sam, repeated moves have disrupted Sam's schooling.",
            "For Sam, there is a danger that she is moved again.",
            "For Sam, the direct work has had a positive impact on her confidence.",
            "For Sam, the drift undermines her sense of security.",
            "Sam has had three workers this year, and unless this changes she could stop telling anyone when she is unsafe.",
            "Sam could end up in hospital again.",
            "For Sam, he could again be left in a home where his basic needs are not met.",
            "Without a tenancy agreed before she turns 18, Sam faces a move into a hostel.",
            "Sam is facing losing her place on the college course.",
        ] {
            silent("I003", &doc(impact));
        }
    }

    #[test]
    fn extended_markers_count() {
        let config = crate::Config::from_toml(
            "[lexicon]\nextend-consequence-markers = [\"with the upshot\"]\n",
            "test",
        )
        .expect("valid config");
        let text = doc("For Sam, visits stopped, with the upshot that she is alone.");
        assert!(crate::check(&text, &config)
            .iter()
            .all(|d| d.code != "I003"));
        fires("I003", &text);
    }

    #[test]
    fn fix_appends_a_consequence_scaffold() {
        assert_fix(
            &doc("For Sam, father was not invited to the review."),
            "I003",
            0,
            &doc("For Sam, father was not invited to the review, which means that [what follows for Sam]."),
        );
        assert_fix(
            &doc("For Sam, father was not invited"),
            "I003",
            1,
            &doc("For Sam, father was not invited, which is likely to [consequence for Sam]"),
        );
    }
}
