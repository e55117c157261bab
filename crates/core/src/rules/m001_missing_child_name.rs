use super::{Context, Rule, Scope};
use crate::diagnostic::{Diagnostic, Edit, Fix, Severity};
use crate::document::SectionKind;
use crate::text::TextRange;

pub(crate) static RULE: Rule = Rule {
    code: "M001",
    name: "missing-child-name",
    default_severity: Severity::Info,
    scope: Scope::Structure,
    summary: "An audit with impact statements does not name the child at the top.",
    doc: "## What it does\n\
Flags an audit that has impact statements but does not name the child in its header (the `child:` line at the top).\n\n\
## Why\n\
The practice standard: impact \u{201c}starts with the child's name\u{201d} and \u{201c}brings the child to \
life\u{201d}. caselint needs the name to check that each impact statement does (I002).\n\n\
## Example\n\
```markdown\n---\naudit-date: 2026-11-20\n---\n```\n\n\
## Reflective rewrite\n\
```markdown\n---\nchild: Jo\naudit-date: 2026-11-20\n---\n```\n",
    check,
};

fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let has_impact = ctx
        .doc
        .areas
        .iter()
        .any(|a| a.section(SectionKind::Impact).is_some());
    if !has_impact || !ctx.doc.children().is_empty() {
        return;
    }
    let nl = ctx.doc.line_break();
    let (range, fix) = match &ctx.doc.front_matter {
        Some(fm) => {
            let first_line_end = ctx.doc.line_index.line_range(0, ctx.text()).end();
            let insert = Edit::insert(first_line_end, format!("{nl}child: "));
            let existing = fm
                .entries
                .iter()
                .any(|(k, _)| k == "child" || k == "children");
            if existing {
                // `child:` is there but empty (as the fix below leaves it): point at that
                // line, and offer no second `child:` line.
                let line = ctx
                    .text()
                    .lines()
                    .position(|l| l.trim_start().to_lowercase().starts_with("child"))
                    .unwrap_or(0);
                out.push(ctx.diagnostic(
                    &RULE,
                    ctx.doc.line_index.line_range(line, ctx.text()),
                    "The \u{201c}child:\u{201d} line is empty: type the child's name after it, so \
                     impact statements can be checked for starting with the child's name."
                        .to_owned(),
                ));
                return;
            }
            let range = ctx.doc.line_index.line_range(0, ctx.text());
            (
                range,
                Fix::safe(
                    "Name the child at the top of the audit (child:)",
                    vec![insert],
                ),
            )
        }
        None => {
            let first = ctx.doc.line_index.line_range(0, ctx.text());
            let range = if first.is_empty() {
                TextRange::new(0, 0)
            } else {
                first
            };
            (
                range,
                Fix::safe(
                    "Add a header naming the child (child:)",
                    vec![Edit::insert(0, format!("---{nl}child: {nl}---{nl}{nl}"))],
                ),
            )
        }
    };
    let mut d = ctx.diagnostic(
        &RULE,
        range,
        "The audit does not name the child: add a line \u{201c}child: <name>\u{201d} in the header at the top, so impact statements can be checked for starting with the child's name.",
    );
    d.fixes = vec![fix];
    out.push(d);
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{assert_fix, fires, silent};

    #[test]
    fn an_empty_child_line_is_named_with_no_second_line_offered() {
        let text = "---\nchild: \naudit-date: 2026-11-20\n---\n## A\nImpact: x.\n";
        let found = crate::check(text, &crate::Config::default());
        let d = found.iter().find(|d| d.code == "M001").expect("M001 fires");
        assert!(d.message.contains("line is empty"), "{}", d.message);
        assert!(d.fixes.is_empty());
    }

    #[test]
    fn fires_without_child() {
        fires(
            "M001",
            "---\nchild:\n---\n## A\nImpact: For the child, x.\n",
        );
        assert_fix(
            "---\naudit-date: 2026-11-20\n---\n## A\nImpact: x.\n",
            "M001",
            0,
            "---\nchild: \naudit-date: 2026-11-20\n---\n## A\nImpact: x.\n",
        );
        assert_fix(
            "## A\nImpact: x.\n",
            "M001",
            0,
            "---\nchild: \n---\n\n## A\nImpact: x.\n",
        );
    }

    #[test]
    fn silent_with_child_or_without_impact() {
        silent(
            "M001",
            "---\nchild: Amir\n---\n## A\nImpact: For Amir, x.\n",
        );
        silent(
            "M001",
            "---\naudit-date: 2026-11-20\n---\n## A\nJudgement: Good\nEvidence: x.\n",
        );
    }
}
