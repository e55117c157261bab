use super::{Context, Rule, Scope};
use crate::action::{self, add_days, format_like};
use crate::date::{find_day_months, FoundDate};
use crate::diagnostic::{Diagnostic, Edit, Fix, Severity};
use crate::text::{Part, TextRange};

pub(crate) static RULE: Rule = Rule {
    code: "A006",
    name: "action-past-due",
    default_severity: Severity::Warning,
    scope: Scope::Structure,
    summary: "An action's date falls on or before the audit date.",
    doc: "## What it does\n\
Flags a date by (or on) which an action is due when it falls on or before the audit date in \
the front matter (`audit-date`). Dates the action only mentions (\u{201c}the plan agreed on \
14/10/2026\u{201d}) and start dates (\u{201c}from 01/12/2026\u{201d}) do not count. Without an audit \
date the rule stays silent.\n\n\
## Why\n\
The practice standard: actions are \u{201c}big ticket\u{201d} items that can be lifted unamended into \
the case plan, and are time-bound. An action already due when the audit is written cannot be \
lifted into the plan: it needs a date the plan can still meet.\n\n\
## Example\n\
```markdown\n---\naudit-date: 2026-11-20\n---\n### Actions\n- SW to complete the updated assessment by 15/11/2026.\n```\n\n\
## Reflective rewrite\n\
```markdown\n### Actions\n- SW to complete the updated assessment by 18/12/2026, so that the plan \
reflects the current risks.\n```\n",
    check,
};

/// How the placeholder this rule's fix writes begins ("[date after 20 November 2026]").
const PLACEHOLDER: &str = "[date after ";

fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let Some(audit) = ctx.doc.audit_date() else {
        return;
    };
    for (action, reading) in action::actions(ctx) {
        let text = ctx.doc.slice(action.range);
        // "by Tuesday 3rd Nov": a deadline without a year, read as the nearest such day
        // (one a few weeks gone is past due, see `DayMonth::due_near`).
        // Only where no full date is the deadline already, and a day is written in figures.
        let may_have = reading.deadlines.is_empty() && text.bytes().any(|b| b.is_ascii_digit());
        let day_months = if may_have {
            find_day_months(text)
        } else {
            Vec::new()
        };
        let yearless = day_months.into_iter().filter_map(|day| {
            if !action::says_deadline(text, day.range.start()) {
                return None;
            }
            Some(FoundDate {
                range: day.range,
                date: day.due_near(audit)?,
            })
        });
        let deadlines: Vec<FoundDate> = reading.deadlines.iter().copied().chain(yearless).collect();
        for due in &deadlines {
            let range = TextRange::new(
                action.range.start() + due.range.start(),
                action.range.start() + due.range.end(),
            );
            let written = due.range.slice(text);
            // This rule's own placeholder, not yet filled in: the date inside it is an audit
            // date, not a due date (whatever the audit date is now). Say so, and offer no
            // rewrite that would only put it back.
            let before = text.part(..due.range.start());
            if let Some(opening) = before.strip_suffix(PLACEHOLDER) {
                let closing = usize::from(text.part(due.range.end()..).starts_with(']'));
                let start = action.range.start() + opening.len();
                let end = range.end() + closing;
                let placeholder = text.part(opening.len()..due.range.end() + closing);
                out.push(ctx.diagnostic(
                    &RULE,
                    TextRange::new(start, end),
                    format!(
                        "This action still says \u{201c}{placeholder}\u{201d}: put in the date \
                         by which it will be done."
                    ),
                ));
                continue;
            }
            if due.date.latest_day_number() > audit.day_number() {
                continue;
            }
            let mut d = ctx.diagnostic(
                &RULE,
                range,
                format!(
                    "This action is due on {}, on or before the audit date ({audit}): it is \
                     already past due; set a date the plan can still meet.",
                    due.date
                ),
            );
            d.fixes.push(Fix::rewrite(
                format!("Replace with a date after {audit}"),
                vec![Edit::replace(range, format!("{PLACEHOLDER}{audit}]"))],
            ));
            if let Some(later) = add_days(audit, 28) {
                let new_text = format_like(written, later);
                d.fixes.push(Fix::rewrite(
                    format!("Move to {new_text} (four weeks after the audit)"),
                    vec![Edit::replace(range, new_text)],
                ));
            }
            out.push(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{assert_fix, fires, silent};

    fn doc(audit: &str, action: &str) -> String {
        format!("---\nchild: Sam\naudit-date: {audit}\n---\n## Health\nJudgement: Good\n### Actions\n- {action}\n")
    }

    #[test]
    fn its_own_unfilled_placeholder_is_named_not_read_as_a_due_date() {
        let text = "---\naudit-date: 2026-11-20\n---\n## Health\nJudgement: Good\n### Actions\n\
- SW to complete the assessment by [date after 20 November 2026].\n";
        let found = crate::check(text, &crate::Config::default());
        let d = found.iter().find(|d| d.code == "A006").expect("A006 fires");
        assert!(
            d.message
                .contains("still says \u{201c}[date after 20 November 2026]\u{201d}"),
            "{}",
            d.message
        );
        assert_eq!(
            &text[d.range.start()..d.range.end()],
            "[date after 20 November 2026]"
        );
        assert!(d.fixes.is_empty());
        // Still named when the audit date has since moved earlier than the date inside.
        let earlier = text.replace("2026-11-20", "2026-11-02");
        let found = crate::check(&earlier, &crate::Config::default());
        assert!(found
            .iter()
            .any(|d| d.code == "A006" && d.message.contains("still says")));
    }

    #[test]
    fn fires_on_a_date_on_or_before_the_audit() {
        for (audit, action) in [
            ("2026-11-20", "SW to complete the assessment by 15/11/2026."),
            ("2026-11-20", "TM to convene a meeting by 20 November 2026."),
            ("20/11/2026", "IRO to review the plan by 2026-10-31."),
            (
                "20 November 2026",
                "SW to complete three sessions by 1st November 2026.",
            ),
            (
                "2027-01-10",
                "SW to update the chronology by 31 December 2026.",
            ),
            (
                "2026-11-20",
                "SW to visit Sam on 12/11/2026 and record her views.",
            ),
            ("2026-11-20", "SW to arrange the FGC by October 2026."),
        ] {
            fires("A006", &doc(audit, action));
        }
    }

    #[test]
    fn silent_otherwise() {
        for (audit, action) in [
            ("2026-11-20", "SW to complete the assessment by 21/11/2026."),
            (
                "2026-11-20",
                "SW to review the plan within 20 working days.",
            ),
            ("2026-03-12", "SW to complete the assessment by 2026-04-09."),
            (
                "2026-11-20",
                "SW to visit fortnightly until the final hearing on 03/02/2027.",
            ),
            (
                "2026-11-20",
                "IRO to audit the plan agreed at the review on 14/10/2026 by 4/12/2026.",
            ),
            (
                "2026-11-20",
                "SW to visit weekly from 01/11/2026 until 01/03/2027.",
            ),
            ("2026-11-20", "SW to arrange the FGC by November 2026."),
        ] {
            silent("A006", &doc(audit, action));
        }
        silent(
            "A006",
            "---\nchild: Sam\n---\n## Health\nJudgement: Good\n### Actions\n- SW to visit by 15/11/2026.\n",
        );
    }

    #[test]
    fn a_deadline_without_a_year_is_read_as_the_nearest_such_day() {
        // A few weeks before the audit: already past due.
        for action in [
            "SW to share her views with the IRO by Tuesday 3rd Nov, so that they are heard.",
            "TM to chair the strategy review no later than 20 November.",
            "SW to send the minutes by 14/11, so that the family has them.",
            "IRO to check the plan before September 1st, so that it is current.",
        ] {
            fires("A006", &doc("2026-11-20", action));
        }
        for action in [
            // Next year's: further back than a few weeks, or after the audit.
            "SW to complete the life story book by 15 January, so that Sam has it.",
            "SW to complete the life story book by 21 November, so that Sam has it.",
            "SW to update the plan by 1 June, so that the review can read it.",
            // A date the action is about, not when it is due.
            "SW to discuss the incident of 3 November with Sam by 4 December 2026.",
        ] {
            silent("A006", &doc("2026-11-20", action));
        }
        // Across the turn of the year: 20 December is last year's for a January audit.
        fires(
            "A006",
            &doc(
                "2027-01-10",
                "SW to visit by 20 December, so that Sam is seen.",
            ),
        );
    }

    #[test]
    fn fixes_replace_the_date() {
        let text = doc("2026-11-20", "SW to complete the assessment by 15/11/2026.");
        assert_fix(
            &text,
            "A006",
            0,
            &doc(
                "2026-11-20",
                "SW to complete the assessment by [date after 20 November 2026].",
            ),
        );
        assert_fix(
            &text,
            "A006",
            1,
            &doc("2026-11-20", "SW to complete the assessment by 18/12/2026."),
        );
        let text = doc(
            "2026-11-20",
            "SW to complete the assessment by 1st November 2026.",
        );
        assert_fix(
            &text,
            "A006",
            1,
            &doc(
                "2026-11-20",
                "SW to complete the assessment by 18 December 2026.",
            ),
        );
    }

    #[test]
    fn an_event_named_with_its_date_is_not_the_deadline() {
        silent(
            "A006",
            &doc("2026-11-20", "Social worker to update the chronology to include the incident at school on 12 October 2026 by 4th December 2026."),
        );
        // Dates joined to the event's date are the events' too.
        silent(
            "A006",
            &doc("2026-11-20", "TM to add the incidents of 3 September and 10 November 2026 to the chronology by 4 December 2026."),
        );
        fires(
            "A006",
            &doc(
                "2026-11-20",
                "SW to visit on 3 November 2026 and report by 10 December 2026.",
            ),
        );
    }
}
