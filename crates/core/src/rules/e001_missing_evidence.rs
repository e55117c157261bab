use super::{Context, Rule, Scope};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::SectionKind;

pub(crate) static RULE: Rule = Rule {
    code: "E001",
    name: "missing-evidence",
    default_severity: Severity::Error,
    scope: Scope::Structure,
    summary: "An area has a judgement but no evidence.",
    doc: "## What it does\n\
Flags an area that has a judgement but no Evidence text (no Evidence section, or an empty one).\n\n\
## Why\n\
The practice standard: evidence is \u{201c}facts that relate to the judgement, the auditor's \
professional analysis, and how the judgement was reached\u{201d}. A moderator's first question is \
whether the narrative contains evidence that matches the judgement.\n\n\
## Example\n\
```markdown\n## Assessment\n\nJudgement: Good\n\n### Impact\nFor Jo, ...\n```\n\n\
## Reflective rewrite\n\
```markdown\n## Assessment\n\nJudgement: Good\n\n### Evidence\nBoth assessments were completed within timescales and shared with mother, which is positive...\n\n### Impact\nFor Jo, ...\n```\n",
    check,
};

pub(crate) const SCAFFOLD: &str =
    "<!-- The facts that relate to the judgement, your analysis of them, and how they led to the judgement. -->";

fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    for area in &ctx.doc.areas {
        if area.judgement_value.is_none() || area.content(SectionKind::Evidence).is_some() {
            continue;
        }
        let range = area
            .section(SectionKind::Evidence)
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
                "{} has a judgement but no evidence: add the facts that relate to it, your analysis, and how you reached the judgement.",
                ctx.area_title(area)
            ),
        );
        d.fixes = vec![ctx.insert_section_fix(area, SectionKind::Evidence, SCAFFOLD)];
        out.push(d);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{assert_fix, fires, silent};

    #[test]
    fn fires_without_evidence() {
        fires(
            "E001",
            "## A\n\nJudgement: Good\n\n### Impact\nFor Jo, x.\n",
        );
        fires(
            "E001",
            "## A\n\nJudgement: Good\n\n### Evidence\n\n### Impact\nFor Jo, x.\n",
        );
        fires("E001", "## A\n\nJudgement: Good\n\n### Evidence\n<!-- a prompt -->\n\n### Impact\nFor Jo, x.\n");
        assert_fix(
            "## A\n\nJudgement: Good\n\n### Impact\nFor Jo, x.\n",
            "E001",
            0,
            &format!(
                "## A\n\nJudgement: Good\n\n### Evidence\n{}\n\n### Impact\nFor Jo, x.\n",
                super::SCAFFOLD
            ),
        );
        assert_fix(
            "Area: A\nJudgement: Good\nImpact: For Jo, x.\n",
            "E001",
            0,
            &format!(
                "Area: A\nJudgement: Good\n\nEvidence: {}\nImpact: For Jo, x.\n",
                super::SCAFFOLD
            ),
        );
    }

    #[test]
    fn silent_with_evidence_or_without_judgement() {
        silent("E001", "## A\nJudgement: Good\nFindings: Seen.\n");
        silent("E001", "## A\n### Impact\nFor Jo, x.\n");
    }
}
