use std::sync::LazyLock;

use super::{Context, Rule, Scope};
use crate::analysis::{evaluates, split_sentences};
use crate::date::{find_dates, Date, FoundDate};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::SectionKind;
use crate::lexicon::evidence::{ascii_boundaries, SEQUENCE_MARKERS};
use crate::lexicon::lazy::LazyRegex;
use crate::text::{Part, TextRange};

pub(crate) static RULE: Rule = Rule {
    code: "E002",
    name: "chronological-narration",
    default_severity: Severity::Info,
    scope: Scope::Structure,
    summary: "Evidence narrates events one by one instead of evaluating them.",
    doc: "## What it does\n\
Counts the events the evidence narrates: clauses that carry a date (\u{201c}On 3 October \
2026…\u{201d}, \u{201c}in March\u{201d}) or open with a marker of sequence (\u{201c}Then…\u{201d}, \
\u{201c}After that…\u{201d}, \u{201c}The following week…\u{201d}, \u{201c}Two days later…\u{201d}). \
Four or more is a narration, and the rule marks it — unless most of those events sit in \
sentences that evaluate them (\u{201c}…on 3 May, which was timely\u{201d}).\n\n\
## Why\n\
The practice standard: evidence \u{201c}is succinct and evaluative\u{201d} and \u{201c}does not \
describe every event.\u{201d} A retelling of the file in date order leaves the moderator to \
do the analysis; the chronology already holds the events.\n\n\
## Example\n\
```markdown\n### Evidence\nOn 2 September the referral was received. On 4 September the \
social worker visited. The following week a strategy discussion was held. Then an ICPC \
took place on 30 September.\n```\n\n\
## Reflective rewrite\n\
```markdown\n### Evidence\nThe response to the referral was timely: Maya was seen within two \
days and the strategy discussion and ICPC were held within timescales, which is positive. \
However, the plan agreed at conference does not yet say how school will share concerns.\n```\n",
    check,
};

/// A clause that opens with a marker of sequence, after at most a pronoun subject ("He
/// then came into the office"), or with "most recently", "initially".
static SEQUENCE: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(ascii_boundaries(&format!(
        r"(?i)^\W*(?:and\s+|but\s+)?(?:(?:she|he|they|we|i)\s+)?(?:{SEQUENCE_MARKERS}|most recently|initially|at first)\b"
    )))
});

/// Where one narrated event ends and the next begins inside a sentence.
static CLAUSE: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)[;,\u{2013}\u{2014}]|\s-\s|\band\s+then\b|\bthen\b",
    ))
});

/// A span between two dates.
static RANGE: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)\b(?:between|from)\b|\s(?:-|–|to|until|till)\s",
    ))
});

/// Events narrated in `text`: the ranges (relative to `text`) of clauses that carry a date
/// or open with a marker of sequence.
fn events(text: &str, dates: &[FoundDate]) -> Vec<TextRange> {
    let dates: Vec<TextRange> = dates.iter().map(|d| d.range).collect();
    let mut starts = vec![0];
    for m in CLAUSE.find_iter(text) {
        let at = if m.as_str().chars().any(char::is_alphabetic) {
            m.start()
        } else {
            m.end()
        };
        starts.push(at);
    }
    // Sentence bounds are clause bounds too.
    for (offset, _) in split_sentences(text) {
        starts.push(offset);
    }
    starts.sort_unstable();
    starts.dedup();
    let mut out = Vec::new();
    for (i, &start) in starts.iter().enumerate() {
        let end = starts.get(i + 1).copied().unwrap_or(text.len());
        let clause = text.part(start..end);
        if !clause.chars().any(char::is_alphanumeric) {
            continue;
        }
        // Each date is an event, but "between 3 May and 10 June" is one.
        let dated = dates
            .iter()
            .filter(|d| start <= d.start() && d.start() < end)
            .count();
        let dated = if dated > 1 && RANGE.is_match(clause) {
            dated - 1
        } else {
            dated
        };
        let range = TextRange::new(start, end).trim(text);
        if dated > 0 {
            out.extend(std::iter::repeat_n(range, dated));
        } else if SEQUENCE.is_match(clause) {
            out.push(range);
        }
    }
    out
}

/// Whether more than half the events are told in sentences that do not evaluate: dates that
/// each carry a judgement ("…on 3 May, which was timely") are evidence, not narration.
fn mostly_narrated(text: &str, events: &[TextRange]) -> bool {
    let sentences = split_sentences(text);
    let narrated = events
        .iter()
        .filter(|event| {
            let sentence = sentences
                .iter()
                .rev()
                .find(|(offset, _)| *offset <= event.start())
                .map_or("", |(_, s)| s.as_str());
            !evaluates(sentence)
        })
        .count();
    narrated * 2 > events.len()
}

fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    // Without an audit date, a date with no year still marks an event; its year does not
    // matter here.
    let reference = ctx.doc.audit_date().or_else(|| Date::ymd(9999, 12, 31));
    for area in &ctx.doc.areas {
        for section in area
            .sections
            .iter()
            .filter(|s| s.kind == SectionKind::Evidence && !s.content.is_empty())
        {
            let text = ctx.doc.slice(section.content);
            let dates = match reference {
                // The dates E005 reads too.
                Some(reference) => ctx.cited_dates(section.content, reference),
                None => std::sync::Arc::new(find_dates(text)),
            };
            let found = events(text, &dates);
            if found.len() < 4 || !mostly_narrated(text, &found) {
                continue;
            }
            let (Some(first), Some(last)) = (found.first(), found.last()) else {
                continue;
            };
            let range = TextRange::new(
                section.content.start() + first.start(),
                section.content.start() + last.end(),
            );
            out.push(ctx.diagnostic(
                &RULE,
                range,
                format!(
                    "This evidence narrates {} events one by one: keep the facts that bear on the judgement and say what they show, rather than retelling the file in order.",
                    found.len()
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{fires, silent};

    fn audit(evidence: &str) -> String {
        format!("---\naudit-date: 2026-11-20\n---\n## Assessment\nJudgement: Good\n\n### Evidence\n{evidence}\n")
    }

    #[test]
    fn fires_on_dated_and_sequenced_narration() {
        let text = audit(
            "On 2 October the referral came in. On 4 October the SW visited. The following week a strategy discussion took place. Then mother was seen at the office.",
        );
        let d = fires("E002", &text);
        assert!(d.message.contains("4 events"), "{}", d.message);
        assert!(d.range.slice(&text).starts_with("On 2 October"));
        assert!(d.range.slice(&text).ends_with("office."));
        fires(
            "E002",
            &audit("Sam was seen on 03/09/2026, 17/09/2026, 01/10/2026 and 15/10/2026."),
        );
        fires(
            "E002",
            &audit("Sam went to his gran's on 3 October. After that he came home. Two days later he went back, and then he stayed with a friend."),
        );
        // A pronoun before the marker, and "most recently".
        let text = audit("Dad was contacted by letter on 2 October. He then came into the office. He subsequently attended the core group. Most recently he has asked for contact on Saturdays.");
        let d = fires("E002", &text);
        assert!(d.message.contains("4 events"), "{}", d.message);
    }

    #[test]
    fn fires_on_a_week_told_day_by_day() {
        fires(
            "E002",
            &audit("On the Monday the police shared a notification. On the Tuesday the SW saw mother alone. On the Wednesday a MARAC referral went in. The following Monday father was bailed."),
        );
    }

    #[test]
    fn half_the_dates_cited_in_evaluation_is_not_mostly_narration() {
        silent(
            "E002",
            &audit("Core groups have met every four weeks, most recently on 2 October and 30 October 2026, which is a strength. Sam was seen alone on 16 October and again on 6 November 2026."),
        );
        fires(
            "E002",
            &audit("Core groups met on 2 October and 30 October 2026, which is a strength. Sam was seen on 16 October, on 23 October and again on 6 November 2026."),
        );
    }

    #[test]
    fn silent_on_evaluation_with_few_events() {
        silent(
            "E002",
            &audit("Both assessments, completed on 3 May 2026 and 20 June 2026, were timely, which is positive. Then the plan was reviewed, but it does not yet say who will do what."),
        );
        silent(
            "E002",
            &audit("Visits have been regular and purposeful, and Sam is seen alone every time."),
        );
        // Each dated event carries a judgement: evidence, not narration.
        silent(
            "E002",
            &audit("The assessments of 3 May 2026 and 20 June 2026 were timely, which is positive. The reviews on 4 August 2026 and 2 October 2026, however, did not test the contingency plan."),
        );
        silent(
            "E002",
            &audit("The plan was reviewed between May and October 2026, and the next review is due in December."),
        );
    }

    /// (fires, evidence)
    const CASES: &[(bool, &str)] = &[
        (true, "The referral came in on 02/09/2026. The SW visited on 04/09/2026. A strategy discussion took place on 05/09/2026. The ICPC was held on 25/09/2026."),
        (true, "On Monday the SW rang mother. On Wednesday she visited. On Friday a core group was held, and the following Monday the plan was sent out."),
        (true, "In July the case was allocated. In August the assessment began. In September father was interviewed, and in October the assessment was signed off."),
        (true, "First, the SW met mother at the office. Then she visited Noah at school. Afterwards she called the health visitor. Finally, she wrote up the assessment."),
        (true, "Noah was seen on 3 October. He was seen again on 17 October, then on 31 October and on 14 November, when he talked about school."),
        (true, "After the ICPC the core group met. Two weeks later the plan was reviewed. The next month a family group conference took place. Subsequently the case was stepped down."),
        (false, "Since September Noah has been seen every two weeks, always alone, which is positive and in line with the plan."),
        (false, "The assessment (completed 14/10/2026) is thorough. However, the plan written after it does not yet say how father will be involved."),
        (false, "Between August and October three core groups were held, each well attended, but none reviewed the contingency plan."),
        (false, "Visits on 3 and 17 October were purposeful. The review on 2 November was chaired well and Noah's views were heard."),
        (false, "The plan is clear and SMART, and progress is reviewed at each core group, which is good practice."),
        (false, "Noah was seen on 03/10/2026 and 17/10/2026, and the review took place on 02/11/2026; all within timescales."),
    ];

    #[test]
    fn varied_evidence() {
        for (should_fire, evidence) in CASES {
            let text = audit(evidence);
            if *should_fire {
                fires("E002", &text);
            } else {
                silent("E002", &text);
            }
        }
    }

    #[test]
    fn weeks_of_a_plan_mark_a_sequence() {
        fires(
            "E002",
            &audit("In the first week the core group was set up. In week three the core group met. By week five dad had been referred. At week eight the second core group met."),
        );
        silent(
            "E002",
            &audit("The plan is reviewed every week and the core group meets monthly, which is in line with expectations."),
        );
    }
}
