use super::{Context, Rule, Scope};
use crate::action::{self, Missing};
use crate::diagnostic::{Diagnostic, Severity};

pub(crate) static RULE: Rule = Rule {
    code: "A003",
    name: "action-no-timescale",
    default_severity: Severity::Warning,
    scope: Scope::Structure,
    summary: "An action has no time bound.",
    doc: "## What it does\n\
Flags an action that does not say by when it will be done. A time bound can be a date \
(\u{201c}by 15/01/2027\u{201d}), a duration (\u{201c}within 10 working days\u{201d}), an event \
(\u{201c}before the next review\u{201d}, \u{201c}at the next core group\u{201d}, \u{201c}by the \
RCPC\u{201d}), a period (\u{201c}week commencing 7 December\u{201d}, \u{201c}by the end of Q1 \
2027\u{201d}) or a frequency (\u{201c}weekly until\u{2026}\u{201d}). \u{201c}As soon as possible\u{201d}, \
\u{201c}ongoing\u{201d}, \u{201c}in due course\u{201d} and \u{201c}when possible\u{201d} set no bound, and \
a date the action only mentions (\u{201c}the plan agreed on 14/10/2026\u{201d}) is not one.\n\n\
## Why\n\
The practice standard: actions are SMART \u{2014} \u{201c}time-bound (by when)\u{201d} \u{2014} so they can \
be lifted unamended into the case plan and a moderator can see what happens next.\n\n\
## Example\n\
```markdown\n### Actions\n- Social worker to complete a CAMHS referral for Jo as soon as possible.\n```\n\n\
## Reflective rewrite\n\
```markdown\n### Actions\n- Social worker to complete a CAMHS referral for Jo by 4 December 2026, \
evidenced by the referral on file.\n```\n",
    check,
};

fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    for (action, reading) in action::actions(ctx) {
        if reading.time_bound {
            continue;
        }
        let text = ctx.doc.slice(action.range);
        // The SMART rewrite's own placeholder, not yet filled in: say so, and offer no
        // rewrite that would only put the placeholder back.
        if text.contains(action::DATE) {
            out.push(ctx.diagnostic(
                &RULE,
                action.range,
                "This action still says \u{201c}[date]\u{201d}: put in the date by which it will be done."
                    .to_owned(),
            ));
            continue;
        }
        let message = match reading.vague_time {
            Some(v) => format!(
                "\u{201c}{}\u{201d} sets no time bound: say by when this action will be done (a \
                 date, \u{201c}within 10 working days\u{201d}, \u{201c}before the next review\u{201d}).",
                v.slice(text)
            ),
            None => "This action has no time bound: say by when it will be done (a date, \
                     \u{201c}within 10 working days\u{201d}, \u{201c}before the next review\u{201d})."
                .to_owned(),
        };
        let mut d = ctx.diagnostic(&RULE, action.range, message);
        let title = "Add a time bound (\u{201c}by [date]\u{201d})".to_owned();
        action::push_smart_fixes(&mut d, ctx, action, reading, Missing::TIME, title);
        out.push(d);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{assert_fix, fires, silent};

    fn doc(action: &str) -> String {
        format!("---\nchild: Sam\naudit-date: 2026-11-20\n---\n## Health\nJudgement: Good\n### Actions\n- {action}\n")
    }

    #[test]
    fn an_unfilled_placeholder_is_named_and_not_rewritten_again() {
        let text = doc("Social worker to update the chronology by [date].");
        let found = crate::check(&text, &crate::Config::default());
        let d = found.iter().find(|d| d.code == "A003").expect("A003 fires");
        assert!(
            d.message.contains("still says \u{201c}[date]\u{201d}"),
            "{}",
            d.message
        );
        assert!(d.fixes.is_empty());
    }

    #[test]
    fn fires_without_a_time_bound() {
        for action in [
            "Drawing on the lessons of the March 2026 learning review, the QA team to audit six more plans.",
            "Social worker to complete the parenting assessment, so that the plan reflects risk.",
            "TM to arrange a legal planning meeting, evidenced by minutes on the file.",
            "SW to complete the referral as soon as possible.",
            "SW to undertake life story work on an ongoing basis.",
            "SW to complete the viability assessment in due course.",
            "SW to see Sam alone when possible and record her views.",
            "TM to review the weekly contact arrangements with the SW in supervision.",
            "IRO to audit the plan agreed at the review on 14/10/2026 and feed back in writing.",
            "SW to update the chronology to include events since March 2026.",
            "SW to visit Sam, who was last seen at school on 2 October, and record her views.",
            "SW to keep the genogram up to date.",
            "SW to complete the parenting assessment, evidenced by the assessment report.",
            "FSW to complete six sessions with mother, evidenced by session notes.",
            "Plan to be signed off by the panel.",
            "SW to make the referral without delay.",
            "SW to complete the assessment once father has returned.",
            "SW to update the plan as required.",
            "SW to review the plan agreed at the core group on 3/10/2026.",
        ] {
            fires("A003", &doc(action));
        }
    }

    #[test]
    fn silent_with_a_time_bound() {
        for action in [
            "IRO to ask at every CLA review whether Sam's contact plan still fits, with the answer in the minutes.",
            "SW to complete the assessment by 15/01/2027.",
            "SW to complete the assessment within 35 working days.",
            "SW to share the plan with father within 48 hours of the core group.",
            "SW to agree a safety plan at the next core group.",
            "SW to meet Sam before her next review.",
            "SW to visit fortnightly until the review child protection conference.",
            "IRO to consult Sam no later than 10 days before the review.",
            "SW to visit Sam fortnightly until the final hearing.",
            "SW to complete the mapping during the week commencing 7 December 2026.",
            "SW to arrange the course by the end of Q1 2027.",
            "TM to allocate a worker by the end of the month.",
            "SW to update the plan by the RCPC.",
            "FSW to support mother twice weekly until the RCPC.",
            "TM to chair a meeting prior to the start of the spring term.",
            "SW to ring the school each Friday.",
            "Foster carer to keep a sleep diary for four weeks.",
            "SW to visit the home by Friday 11 December 2026.",
            "SW to complete the work in time for her move in March 2027.",
            "SW to escalate to the TM immediately.",
            "SW to update the plan by the review meeting.",
            "SW to visit Sam in the first week of January.",
            "SW to present the case at her six-month review.",
            "IRO to raise the drift at the RCPC.",
            "SW to complete the referral by 4th Dec.",
            "SW to complete the plan within 4/52.",
            "TM to review the case in four weeks' time.",
            "SW to visit by w/e 11/12/2026.",
            "SW to complete direct work with Sam over the Christmas holidays.",
            "SW to arrange respite during half term.",
            "SW to share the report before the conference, so that mother can read it.",
            "SW to complete the referral as soon as possible and by 4 December 2026 at the latest.",
        ] {
            silent("A003", &doc(action));
        }
    }

    #[test]
    fn fix_adds_a_date_placeholder() {
        assert_fix(
            &doc("SW to complete the parenting assessment, so that the plan reflects risk."),
            "A003",
            0,
            &doc("SW to complete the parenting assessment by [date], so that the plan reflects risk."),
        );
        assert_fix(
            &doc("SW to complete the referral as soon as possible, evidenced by the referral on file."),
            "A003",
            0,
            &doc("SW to complete the referral by [date], evidenced by the referral on file."),
        );
        assert_fix(
            &doc("TM to arrange a legal planning meeting"),
            "A003",
            0,
            &doc("TM to arrange a legal planning meeting by [date]"),
        );
    }
}
