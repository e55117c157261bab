use super::{area_grade, Context, Rule, Scope};
use crate::analysis::shortfalls;
use crate::config::Grade;
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::SectionKind;

pub(crate) static RULE: Rule = Rule {
    code: "A001",
    name: "missing-actions",
    default_severity: Severity::Warning,
    scope: Scope::Structure,
    summary: "An area graded below Good, or whose evidence records shortcomings, has no actions.",
    doc: "## What it does\n\
Flags an area with no actions when it is graded below Good or when its evidence records \
shortcomings.\n\n\
## Why\n\
The practice standard: focus \u{201c}on what now needs to happen, not on what was not done\u{201d}. \
Actions are \u{201c}big ticket\u{201d} items that can be lifted unamended into the case plan; a \
moderator asks whether the audit sets out what happens next.\n\n\
## Example\n\
```markdown\n## Health\n\nJudgement: Requires improvement\n\n### Evidence\nThe CAMHS referral recommended in July has not been made.\n```\n\n\
## Reflective rewrite\n\
```markdown\n### Actions\n- Social worker to make the CAMHS referral by 4 December 2026, so that Maya is offered help with her low mood before the review.\n```\n",
    check,
};

pub(crate) const SCAFFOLD: &str =
    "- <!-- Who will do what, by when, so that what changes for the child? -->";

fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    for area in &ctx.doc.areas {
        if !area.actions.is_empty() {
            continue;
        }
        let below_good = match area_grade(ctx, area) {
            Some(Grade::Scale(i)) => !ctx.config.is_positive(i),
            Some(Grade::Inadequate) => true,
            _ => false,
        };
        let evidence_shortfalls = area
            .content(SectionKind::Evidence)
            .map_or(0, |e| shortfalls(ctx.doc.slice(e)).len());
        if !below_good && evidence_shortfalls == 0 {
            continue;
        }
        let reason = if below_good {
            "is graded below Good"
        } else {
            "records shortcomings in its evidence"
        };
        let range = area
            .section(SectionKind::Actions)
            .map_or(area.heading, |s| s.label);
        let range = if range.is_empty() {
            area.sections[0].label
        } else {
            range
        };
        let mut d = ctx.diagnostic(
            &RULE,
            range,
            format!(
                "{} {reason} but has no actions: set out what now needs to happen, who will do it and by when.",
                ctx.area_title(area)
            ),
        );
        let fix = ctx.insert_section_fix(area, SectionKind::Actions, SCAFFOLD);
        d.fixes = vec![fix];
        out.push(d);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{assert_fix, fires, silent};

    #[test]
    fn fires_below_good_without_actions() {
        let text = "## A\n\nJudgement: Requires improvement to be good\n\n### Evidence\nSeen.\n\n### Impact\nFor Jo, x.\n";
        fires("A001", text);
        assert_fix(
            text,
            "A001",
            0,
            &format!("## A\n\nJudgement: Requires improvement to be good\n\n### Evidence\nSeen.\n\n### Impact\nFor Jo, x.\n\n### Actions\n{}\n", super::SCAFFOLD),
        );
        assert_fix(
            "Area: A\nJudgement: requires improvement\nActions:\n",
            "A001",
            0,
            &format!(
                "Area: A\nJudgement: requires improvement\nActions:\n{}\n",
                super::SCAFFOLD
            ),
        );
    }

    #[test]
    fn fires_on_good_with_shortcomings() {
        fires("A001", "## A\nJudgement: Good\nEvidence: The plan has not been updated since July and the review is overdue.\n");
    }

    #[test]
    fn silent_with_actions_or_when_good_and_clean() {
        silent(
            "A001",
            "## A\nJudgement: Requires improvement\nActions:\n- SW to visit by 1/12/2026.\n",
        );
        silent("A001", "## A\nJudgement: Good\nEvidence: Visits are regular and Jo is seen alone, which is positive.\n");
        silent("A001", "## A\nJudgement: Good\nEvidence: The SW did not hesitate to convene a strategy discussion, and there has been no drift.\n");
    }
}
