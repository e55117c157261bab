use super::{Context, Rule, Scope};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::SectionKind;
use crate::text::TextRange;

pub(crate) static RULE: Rule = Rule {
    code: "E004",
    name: "evidence-too-long",
    default_severity: Severity::Info,
    scope: Scope::Structure,
    summary: "Evidence is longer than `max-evidence-words` (default 300).",
    doc: "## What it does\n\
Flags evidence longer than `max-evidence-words` words (300 by default) and marks the text past \
the limit.\n\n\
## Why\n\
The practice standard: evidence \u{201c}is succinct and evaluative\u{201d} and \u{201c}does not describe \
every event\u{201d}. Long evidence usually retells the file; the moderator needs the facts that \
relate to the judgement and your analysis of them.\n\n\
## Example\n\
A 450-word account of every visit, meeting and phone call since the case was allocated.\n\n\
## Reflective rewrite\n\
Keep the facts that bear on the judgement, say what they show (\u{201c}…which is positive. However, \
the benefit is diminished as…\u{201d}), and how they led to the grade.\n",
    check,
};

fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let max = ctx.config.max_evidence_words;
    for area in &ctx.doc.areas {
        for section in area
            .sections
            .iter()
            .filter(|s| s.kind == SectionKind::Evidence)
        {
            let text = ctx.doc.slice(section.content);
            if super::words_at_most(text) <= max {
                continue;
            }
            let mut words = 0;
            let mut over_at = None;
            for offset in super::word_starts(text) {
                words += 1;
                if words == max + 1 {
                    over_at = Some(offset);
                }
            }
            let Some(offset) = over_at else { continue };
            let range = TextRange::new(section.content.start() + offset, section.content.end());
            out.push(ctx.diagnostic(
                &RULE,
                range,
                format!(
                    "The evidence is {words} words, over the {max}-word limit: keep the facts that relate to the judgement and your analysis of them."
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{fires, silent};

    #[test]
    fn fires_over_the_limit_and_marks_the_excess() {
        let evidence = "word ".repeat(301);
        let text = format!("## A\nJudgement: Good\nEvidence: {evidence}\n");
        let d = fires("E004", &text);
        assert!(d.message.contains("301 words"));
        assert_eq!(d.range.slice(&text).trim(), "word");
    }

    #[test]
    fn silent_at_the_limit() {
        let evidence = "word ".repeat(300) + "- — .";
        silent(
            "E004",
            &format!("## A\nJudgement: Good\nEvidence: {evidence}\n"),
        );
        silent("E004", &"word ".repeat(400));
    }
}
