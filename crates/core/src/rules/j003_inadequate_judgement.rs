use super::{area_grade, Context, Rule, Scope};
use crate::config::Grade;
use crate::diagnostic::{Diagnostic, Severity};

pub(crate) static RULE: Rule = Rule {
    code: "J003",
    name: "inadequate-judgement",
    default_severity: Severity::Error,
    scope: Scope::Structure,
    summary: "The judgement is \u{201c}Inadequate\u{201d}, which the scale deliberately leaves out.",
    doc: "## What it does\n\
Flags a judgement of \u{201c}Inadequate\u{201d}.\n\n\
## Why\n\
The practice standard's scale deliberately has no \u{201c}inadequate\u{201d}: \u{201c}inadequate stops \
people\u{201d}. Audits are reflective learning, not fault-finding. Grade the work \u{201c}Requires \
improvement\u{201d} and say what would make it good.\n\n\
## Example\n\
```markdown\nJudgement: Inadequate\n```\n\n\
## Reflective rewrite\n\
```markdown\nJudgement: Requires improvement\n```\n\
Then, in the actions, set out what now needs to happen for the practice to be good.\n",
    check,
};

fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    for area in &ctx.doc.areas {
        let (Some(value), Some(Grade::Inadequate)) = (area.judgement_value, area_grade(ctx, area))
        else {
            continue;
        };
        let lowest = ctx.config.scale.last().cloned().unwrap_or_default();
        let mut d = ctx.diagnostic(
            &RULE,
            value,
            format!(
                "The scale has no \u{201c}Inadequate\u{201d} (\u{201c}inadequate stops people\u{201d}): grade it \u{201c}{lowest}\u{201d} and say what would make it good."
            ),
        );
        // Only the lowest grade: it is what the standard asks for, and a file judged
        // inadequate is never one step from Outstanding.
        d.fixes = ctx.grade_fixes(value).pop().into_iter().collect();
        out.push(d);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{assert_fix, fires, silent};

    #[test]
    fn fires_on_inadequate_in_any_case() {
        for grade in ["Inadequate", "inadequate", "INADEQUATE."] {
            fires("J003", &format!("## A\nJudgement: {grade}\nEvidence: x.\n"));
        }
        assert_fix(
            "## A\nJudgement: Inadequate\n",
            "J003",
            0,
            "## A\nJudgement: Requires improvement\n",
        );
    }

    #[test]
    fn silent_otherwise() {
        silent(
            "J003",
            "## A\nJudgement: Good\nEvidence: Housing is inadequate.\n",
        );
        silent("J003", "## A\nJudgement: Satisfactory\n");
    }

    #[test]
    fn offers_only_the_lowest_grade() {
        let d = fires("J003", "## A\nJudgement: Inadequate\nEvidence: x.\n");
        let titles: Vec<&str> = d.fixes.iter().map(|f| f.title.as_str()).collect();
        assert_eq!(
            titles,
            ["Replace with \u{201c}Requires improvement\u{201d}"]
        );
    }
}
