use std::sync::LazyLock;

use super::{Context, Rule, Scope};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::SectionKind;
use crate::lexicon::lazy::LazyRegex;
use crate::text::{Part, TextRange};

pub(crate) static RULE: Rule = Rule {
    code: "E005",
    name: "lookback-exceeded",
    default_severity: Severity::Info,
    scope: Scope::Structure,
    summary: "Evidence cites a date more than `lookback-months` (default 6) before the audit date.",
    doc: "## What it does\n\
Flags each date in the evidence that falls more than `lookback-months` months (6 by default) \
before the audit date in the front matter. Dates are read in every common UK form \
(\u{201c}02/09/2026\u{201d}, \u{201c}2 Sept 2026\u{201d}, \u{201c}2026-09-02\u{201d}); a date \
without a year (\u{201c}3 March\u{201d}) is the latest one on or before the audit date; a month \
or season (\u{201c}March 2026\u{201d}, \u{201c}summer 2025\u{201d}) counts by its last day, and a \
year (\u{201c}in 2024\u{201d}) by 31 December. Dates of birth are not counted. Without an \
`audit-date` the rule stays silent.\n\n\
## Why\n\
The practice standard: evidence is \u{201c}succinct and evaluative\u{201d}, and the auditor should \
\u{201c}look back only 6 months unless there is a pressing need.\u{201d} Older events belong in \
the chronology; the audit is about practice now.\n\n\
## Example\n\
```markdown\n---\naudit-date: 2026-11-20\n---\n## Assessment\nJudgement: Good\n\n### Evidence\n\
The first assessment was completed in January 2026, and a further assessment on 3 October \
2026 is thorough and child-centred.\n```\n\n\
## Reflective rewrite\n\
Keep the evidence to the last six months (\u{201c}The assessment completed on 3 October 2026 \
is thorough and child-centred…\u{201d}), or say why the older event matters now: \
\u{201c}The pattern of neglect recorded since January 2026 is the pressing reason to look \
further back.\u{201d} Where an older date is needed, suppress this rule for that line with \
`<!-- caselint-disable-next-line E005 -->`.\n",
    check,
};

/// A date of birth is not an event the evidence looks back at.
static BIRTH: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(crate::lexicon::evidence::ascii_boundaries(
        r"(?i)\b(?:born|birth|dob|d\.o\.b\.?|aged?)\b[\s:(]*(?:on|in)?[\s:]*$",
    ))
});

fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let Some(audit) = ctx.doc.audit_date() else {
        return;
    };
    let months = ctx.config.lookback_months;
    let cutoff = audit.months_before(months);
    for area in &ctx.doc.areas {
        for section in area
            .sections
            .iter()
            .filter(|s| s.kind == SectionKind::Evidence)
        {
            let content = ctx.doc.slice(section.content);
            for found in ctx.cited_dates(section.content, audit).iter() {
                if found.date.latest_day_number() >= cutoff.day_number() {
                    continue;
                }
                let before = content.get(..found.range.start()).unwrap_or("");
                let lead = before
                    .char_indices()
                    .rev()
                    .nth(24)
                    .map_or(before, |(i, _)| before.part(i..));
                if BIRTH.is_match(lead) {
                    continue;
                }
                let range = TextRange::new(
                    section.content.start() + found.range.start(),
                    section.content.start() + found.range.end(),
                );
                out.push(ctx.diagnostic(
                    &RULE,
                    range,
                    format!(
                        "This evidence cites \u{201c}{}\u{201d}, more than {months} months before the audit date ({audit}): look back only {months} months unless there is a pressing need, and if there is one, say what it is.",
                        found.range.slice(content)
                    ),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{check, fires, silent};

    fn audit(date: &str, evidence: &str) -> String {
        format!(
            "---\naudit-date: {date}\n---\n## Assessment\nJudgement: Good\nEvidence: {evidence}\n"
        )
    }

    #[test]
    fn fires_on_each_old_date() {
        let text = audit(
            "2026-11-20",
            "The first assessment was completed on 14/03/2026 and reviewed in April 2026; a kinship assessment followed on 2 October 2026.",
        );
        let d = fires("E005", &text);
        assert_eq!(d.range.slice(&text), "14/03/2026");
        assert!(d.message.contains("6 months"), "{}", d.message);
        let ranges: Vec<_> = check(&text)
            .into_iter()
            .filter(|d| d.code == "E005")
            .map(|d| d.range.slice(&text).to_owned())
            .collect();
        assert_eq!(ranges, ["14/03/2026", "April 2026"]);
        fires(
            "E005",
            &audit("20 November 2026", "Concerns were first raised in 2024."),
        );
        fires(
            "E005",
            &audit("2026-11-20", "A strategy discussion was held on 3 March."),
        );
        fires(
            "E005",
            &audit("2026-11-20", "Visits lapsed over summer 2025."),
        );
    }

    #[test]
    fn a_month_counts_by_its_last_day() {
        // 20 May 2026 is the cut-off: May 2026 ends after it.
        silent("E005", &audit("2026-11-20", "Visits resumed in May 2026."));
        fires(
            "E005",
            &audit("2026-11-20", "Visits resumed in April 2026."),
        );
        silent("E005", &audit("2026-11-20", "Seen on 20/05/2026."));
        fires("E005", &audit("2026-11-20", "Seen on 19/05/2026."));
    }

    #[test]
    fn silent_without_an_audit_date_or_for_births_and_recent_dates() {
        silent(
            "E005",
            "## Assessment\nJudgement: Good\nEvidence: The assessment was completed on 14/03/2025.\n",
        );
        silent(
            "E005",
            &audit(
                "2026-11-20",
                "Sam (born 3 May 2015) was seen on 2 October 2026.",
            ),
        );
        silent(
            "E005",
            &audit("2026-11-20", "Seen on 12/10/2026 and on 1 November."),
        );
        silent(
            "E005",
            &audit("2026-11-20", "We may 3 more visits in the plan."),
        );
    }

    /// (fires, evidence)
    const CASES: &[(bool, &str)] = &[
        (
            true,
            "The first referral was received in February 2026 and the assessment concluded later.",
        ),
        (true, "The child protection plan started on 12/01/2026."),
        (
            true,
            "Concerns about neglect date back to 2023, when the family first moved into the area.",
        ),
        (
            true,
            "Noah was accommodated under section 20 on the 3rd of April 2026.",
        ),
        (
            true,
            "The case was opened on 2026-03-01 following a police notification.",
        ),
        (
            true,
            "The IRO raised concerns at the review on 14 Apr 2026.",
        ),
        (
            false,
            "The assessment was completed on 14 October 2026 and the plan reviewed on 2 November.",
        ),
        (false, "Noah (DOB 04/05/2015) was seen on 10/11/2026."),
        (
            false,
            "The plan has been in place since June 2026 and was reviewed in October.",
        ),
        (
            false,
            "Visits have been regular since the ICPC in September.",
        ),
        (
            false,
            "Noah was born on 12 March 2014 and lives with his mother.",
        ),
        (false, "The next review is due by 15 January 2027."),
    ];

    #[test]
    fn varied_evidence() {
        for (should_fire, evidence) in CASES {
            let text = audit("2026-11-20", evidence);
            if *should_fire {
                fires("E005", &text);
            } else {
                silent("E005", &text);
            }
        }
    }
}
