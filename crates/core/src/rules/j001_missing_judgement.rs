use super::{Context, Rule, Scope};
use crate::diagnostic::{Diagnostic, Edit, Fix, Severity};
use crate::document::SectionKind;
use crate::text::Part;

pub(crate) static RULE: Rule = Rule {
    code: "J001",
    name: "missing-judgement",
    default_severity: Severity::Error,
    scope: Scope::Structure,
    summary: "An area has sections but no judgement, or an empty one.",
    doc: "## What it does\n\
Flags an area that has Evidence, Impact or Actions but no judgement, or a judgement label with \
nothing after it.\n\n\
## Why\n\
The practice standard: \u{201c}The judgement box is filled in first.\u{201d} The judgement is what \
the evidence, the impact and the actions are weighed against; a moderator cannot ask whether \
the narrative matches the judgement when there is none.\n\n\
## Example\n\
```markdown\n## Assessment\n\n### Evidence\nBoth assessments were completed within timescales...\n```\n\n\
## Reflective rewrite\n\
```markdown\n## Assessment\n\nJudgement: Good\n\n### Evidence\nBoth assessments were completed within timescales...\n```\n",
    check,
};

fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let nl = ctx.doc.line_break();
    for area in &ctx.doc.areas {
        if area.judgement_value.is_some() {
            continue;
        }
        let (range, fixes) = match area.section(SectionKind::Judgement) {
            Some(section) => {
                let at = section.label.end();
                let fixes = ctx
                    .config
                    .scale
                    .iter()
                    .map(|grade| {
                        let new_text = if section.heading_level.is_some() {
                            format!("{nl}{nl}{grade}")
                        } else if ctx.text().part(..at).ends_with([' ', '\t']) {
                            grade.clone()
                        } else {
                            format!(" {grade}")
                        };
                        Fix::safe(
                            format!("Set the judgement to \u{201c}{grade}\u{201d}"),
                            vec![Edit::insert(at, new_text)],
                        )
                    })
                    .collect();
                (section.label, fixes)
            }
            None => {
                let range = if area.heading.is_empty() {
                    area.sections.first().map_or(area.heading, |s| s.label)
                } else {
                    area.heading
                };
                let fixes = ctx
                    .config
                    .scale
                    .iter()
                    .map(|grade| {
                        let mut fix = ctx.insert_section_fix(area, SectionKind::Judgement, grade);
                        fix.title = format!("Add the judgement \u{201c}{grade}\u{201d}");
                        fix
                    })
                    .collect();
                (range, fixes)
            }
        };
        let mut d = ctx.diagnostic(
            &RULE,
            range,
            format!(
                "{} has no judgement: fill in the judgement first ({}).",
                ctx.area_title(area),
                ctx.scale_list()
            ),
        );
        d.fixes = fixes;
        out.push(d);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{assert_fix, codes, fires, silent};

    #[test]
    fn fires_without_a_judgement() {
        let d = fires("J001", "## Assessment\n\n### Evidence\nText.\n");
        assert_eq!(d.fixes.len(), 3);
        assert_fix(
            "## Assessment\n\n### Evidence\nText.\n",
            "J001",
            1,
            "## Assessment\n\nJudgement: Good\n\n### Evidence\nText.\n",
        );
    }

    #[test]
    fn fires_on_an_empty_judgement() {
        fires("J001", "## A\nJudgement:\nEvidence: Text.\n");
        assert_fix(
            "## A\nJudgement: \nEvidence: Text.\n",
            "J001",
            0,
            "## A\nJudgement: Outstanding\nEvidence: Text.\n",
        );
        assert_fix(
            "## A\n### Judgement\n\n### Evidence\nText.\n",
            "J001",
            2,
            "## A\n### Judgement\n\nRequires improvement\n\n### Evidence\nText.\n",
        );
    }

    #[test]
    fn silent_with_any_judgement_value() {
        silent("J001", "## A\nJudgement: Good\nEvidence: Text.\n");
        silent(
            "J001",
            "## A\n### Grade\n\nSatisfactory\n### Evidence\nText.\n",
        );
        silent("J001", "The social worker did not visit.");
        assert!(!codes("# Title\n\nJust a heading and text.\n").contains(&"J001"));
    }
}
