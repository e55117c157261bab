use super::{area_grade, Context, Rule, Scope};
use crate::config::Grade;
use crate::diagnostic::{Diagnostic, Severity};

pub(crate) static RULE: Rule = Rule {
    code: "J002",
    name: "unknown-judgement",
    default_severity: Severity::Error,
    scope: Scope::Structure,
    summary: "The judgement is not a grade on the scale.",
    doc: "## What it does\n\
Flags a judgement that is not on the grade scale (by default Outstanding, Good, Requires \
improvement; \u{201c}Requires improvement to be good\u{201d} is the same grade). Case and a trailing \
full stop do not matter.\n\n\
## Why\n\
Audits are compared and moderated on one scale. A grade such as \u{201c}Satisfactory\u{201d} or \
\u{201c}Amber\u{201d} cannot be moderated or counted, and hides what the auditor actually concluded.\n\n\
## Example\n\
```markdown\nJudgement: Satisfactory\n```\n\n\
## Reflective rewrite\n\
```markdown\nJudgement: Requires improvement\n```\n\
Choose the grade the evidence supports, then make sure the evidence says how you reached it.\n",
    check,
};

fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    for area in &ctx.doc.areas {
        let (Some(value), Some(Grade::Unknown)) = (area.judgement_value, area_grade(ctx, area))
        else {
            continue;
        };
        let mut d = ctx.diagnostic(
            &RULE,
            value,
            format!(
                "\u{201c}{}\u{201d} is not a grade on the scale: use {}.",
                ctx.doc.slice(value),
                ctx.scale_list()
            ),
        );
        d.fixes = ctx.grade_fixes(value);
        out.push(d);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{assert_fix, fires, silent};

    #[test]
    fn fires_off_the_scale() {
        for grade in ["Satisfactory", "Amber", "Excellent", "Weak"] {
            let d = fires("J002", &format!("## A\nJudgement: {grade}\nEvidence: x.\n"));
            assert!(d.message.contains(grade));
        }
        assert_fix(
            "## A\n**Rating:** Fair\n",
            "J002",
            1,
            "## A\n**Rating:** Good\n",
        );
    }

    #[test]
    fn silent_on_the_scale_and_on_inadequate() {
        for grade in [
            "good.",
            "OUTSTANDING",
            "Requires Improvement To Be Good",
            "requires improvement.",
            "Inadequate",
            "**Good**",
        ] {
            silent("J002", &format!("## A\nJudgement: {grade}\nEvidence: x.\n"));
        }
    }
}
