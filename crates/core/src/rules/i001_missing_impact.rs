use super::{Context, Rule, Scope};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::SectionKind;

pub(crate) static RULE: Rule = Rule {
    code: "I001",
    name: "missing-impact",
    default_severity: Severity::Error,
    scope: Scope::Structure,
    summary: "An area has a judgement but no impact statement.",
    doc: "## What it does\n\
Flags an area that has a judgement but no Impact text.\n\n\
## Why\n\
The practice standard: impact \u{201c}brings the child to life, and starts with the child's name\u{201d}; \
it says what the evidence means for the child and the consequence. \u{201c}If impact cannot be \
identified, good is elusive.\u{201d}\n\n\
## Example\n\
```markdown\n## Health\n\nJudgement: Requires improvement\n\n### Evidence\n...\n\n### Actions\n- ...\n```\n\n\
## Reflective rewrite\n\
```markdown\n### Impact\nFor Jo, the delay in the CAMHS referral means she is still waiting for help with her low mood, which is likely to affect how she settles in her placement.\n```\n",
    check,
};

fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    for area in &ctx.doc.areas {
        if area.judgement_value.is_none() || area.content(SectionKind::Impact).is_some() {
            continue;
        }
        let range = area
            .section(SectionKind::Impact)
            .map_or(area.heading, |s| s.label);
        let range = if range.is_empty() {
            area.sections[0].label
        } else {
            range
        };
        let child = ctx.child().unwrap_or("the child");
        let scaffold = format!(
            "For {child}, <!-- what the evidence means for {child}, and what follows from it -->"
        );
        let mut d = ctx.diagnostic(
            &RULE,
            range,
            format!(
                "{} has a judgement but no impact statement: say what this means for {child} and what follows.",
                ctx.area_title(area)
            ),
        );
        d.fixes = vec![ctx.insert_section_fix(area, SectionKind::Impact, &scaffold)];
        out.push(d);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{assert_fix, fires, silent};

    #[test]
    fn fires_without_impact() {
        let text = "---\nchild: Jo\n---\n## A\n\nJudgement: Good\n\n### Evidence\nSeen.\n\n### Actions\n- SW to visit.\n";
        let d = fires("I001", text);
        assert!(d.message.contains("for Jo"));
        assert_fix(
            text,
            "I001",
            0,
            "---\nchild: Jo\n---\n## A\n\nJudgement: Good\n\n### Evidence\nSeen.\n\n### Impact\nFor Jo, <!-- what the evidence means for Jo, and what follows from it -->\n\n### Actions\n- SW to visit.\n",
        );
    }

    #[test]
    fn silent_with_impact() {
        silent(
            "I001",
            "## A\nJudgement: Good\nImpact statement: For Jo, x.\n",
        );
        silent("I001", "## A\nEvidence: x.\n");
    }
}
