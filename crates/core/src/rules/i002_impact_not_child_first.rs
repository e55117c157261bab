use super::{Context, Rule, Scope};
use crate::action::keeps_capital;
use crate::diagnostic::{Diagnostic, Edit, Fix, Severity};
use crate::document::SectionKind;
use crate::text::Part;
use crate::text::TextRange;

pub(crate) static RULE: Rule = Rule {
    code: "I002",
    name: "impact-not-child-first",
    default_severity: Severity::Warning,
    scope: Scope::Structure,
    summary: "The impact statement's first sentence does not start with the child's name.",
    doc: "## What it does\n\
Flags an impact statement whose first sentence does not open with the child's name: \
\u{201c}Jo\u{2026}\u{201d}, \u{201c}Jo's\u{2026}\u{201d}, \u{201c}For Jo, \u{2026}\u{201d} (or any of \
the children named in `child`, as in \u{201c}For Jo and Sam, \u{2026}\u{201d}). It reads the \
child's name from the front matter and stays silent when there is none.\n\n\
## Why\n\
The practice standard: impact \u{201c}is succinct and evaluative, brings the child to life, and \
starts with the child's name\u{201d}. Opening with the child keeps the statement about what \
the evidence means for them, not about the service.\n\n\
## Example\n\
```markdown\n---\nchild: Jo\n---\n### Impact\nThe delay in the CAMHS referral means she is still \
waiting for help with her low mood.\n```\n\n\
## Reflective rewrite\n\
```markdown\n### Impact\nFor Jo, the delay in the CAMHS referral means she is still waiting for \
help with her low mood, which is likely to affect how she settles at school.\n```\n",
    check,
};

fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let children = ctx.doc.children();
    if children.is_empty() {
        return;
    }
    for area in &ctx.doc.areas {
        let Some(content) = area.content(SectionKind::Impact) else {
            continue;
        };
        let Some(first) = ctx.doc.sentences_in(content).next() else {
            continue;
        };
        let sentence = ctx.doc.slice(first.range);
        if starts_with_child(sentence, children) {
            continue;
        }
        let names = name_list(children);
        let mut d = ctx.diagnostic(
            &RULE,
            first.range,
            format!(
                "The impact statement does not start with {names}: open with the child \
                 (\u{201c}For {names}, \u{2026}\u{201d}) so it says what this means for them."
            ),
        );
        d.fixes = vec![start_with_child(ctx, first.range, &names)];
        out.push(d);
    }
}

/// "Jo and Sam", "Jo, Sam and Ali".
fn name_list(children: &[String]) -> String {
    match children.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        Some((last, _)) => last.clone(),
        None => String::new(),
    }
}

/// Whether `sentence` opens with a child's name: "Jo", "Jo's", "Jo’s", "For Jo,",
/// "For Jo and Sam,", "Both Jo and Sam", "For both Jo and Sam".
fn starts_with_child(sentence: &str, children: &[String]) -> bool {
    let opening = sentence.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '*' | '_' | '"' | '\'' | '\u{201c}' | '\u{2018}' | '(')
    });
    let lower = opening.to_lowercase();
    let mut rest = lower.as_str();
    for prefix in ["for ", "both "] {
        if let Some(r) = rest.strip_prefix(prefix) {
            rest = r.trim_start();
        }
    }
    children.iter().any(|child| {
        let child = child.to_lowercase();
        let first_name = child.split_whitespace().next().unwrap_or("").to_owned();
        [child, first_name].iter().any(|name| {
            if name.is_empty() {
                return false;
            }
            let Some(after) = rest.strip_prefix(name.as_str()) else {
                return false;
            };
            let mut chars = after.chars();
            match chars.next() {
                None => true,
                Some('-') => !chars.next().is_some_and(char::is_alphanumeric),
                Some(c) => !c.is_alphanumeric(),
            }
        })
    })
}

/// Put "For {names}, " in front of the sentence, lower-casing its first word unless that
/// word is a name, an acronym or "I".
fn start_with_child(ctx: &Context, sentence: TextRange, names: &str) -> Fix {
    let text = ctx.doc.slice(sentence);
    let offset = text
        .char_indices()
        .find(|(_, c)| c.is_alphanumeric())
        .map_or(0, |(i, _)| i);
    let at = sentence.start() + offset;
    let word: &str = text
        .part(offset..)
        .split(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '\u{2019}' | '-')))
        .next()
        .unwrap_or("");
    let first_char_len = word.chars().next().map_or(0, char::len_utf8);
    let replacement = if keeps_capital(word, ctx.proper_nouns(), ctx.doc.children()) {
        word.chars().next().map(String::from).unwrap_or_default()
    } else {
        word.chars()
            .next()
            .map_or(String::new(), |c| c.to_lowercase().collect())
    };
    Fix::rewrite(
        format!("Start with \u{201c}For {names}, \u{2026}\u{201d}"),
        vec![Edit::replace(
            TextRange::new(at, at + first_char_len),
            format!("For {names}, {replacement}"),
        )],
    )
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{assert_fix, fires, silent};

    fn doc(child: &str, impact: &str) -> String {
        format!("---\nchild: {child}\n---\n## Health\nJudgement: Good\n### Impact\n{impact}\n")
    }

    #[test]
    fn fires_when_the_child_is_not_first() {
        for impact in [
            "The delay in the referral means Sam waits longer for help.",
            "Her voice is missing from the plan, so she may feel unheard.",
            "In terms of impact, Sam is likely to stay anxious.",
            "Overall, Sam is safer at home, which means she can settle.",
            "For the family, the move means Sam has changed school.",
            "Samuel is a different child, which means nothing here.",
            "Both parents attend, which means Sam is more settled.",
            "In Sam's case, the plan means stability.",
            "As Sam's plan is clear, she knows what will happen.",
        ] {
            fires("I002", &doc("Sam", impact));
        }
        fires(
            "I002",
            &doc(
                "Ali, Bea",
                "The children have seen repeated arguments, which is likely to frighten them.",
            ),
        );
    }

    #[test]
    fn silent_when_the_child_comes_first() {
        for (child, impact) in [
            (
                "Sam",
                "Sam's views shape the plan, which means she trusts it.",
            ),
            (
                "Sam",
                "Sam\u{2019}s views shape the plan, which means she trusts it.",
            ),
            ("Sam", "For Sam, the delay means a longer wait for help."),
            ("Sam", "For Sam the delay means a longer wait."),
            (
                "Sam",
                "Sam, who is 6, has not been seen alone, so her views are unknown.",
            ),
            (
                "Sam",
                "Sam (aged 9) has moved school twice, so her learning has suffered.",
            ),
            ("Sam", "**For Sam**, the plan means stability."),
            (
                "Mary-Jane",
                "Mary-Jane's attendance has fallen, which means she misses lessons.",
            ),
            (
                "Ali, Bea",
                "Bea is settled, which means she can focus on school.",
            ),
            (
                "Ali, Bea",
                "For Ali and Bea, weekly contact keeps their bond alive.",
            ),
            (
                "Ali, Bea",
                "Both Ali and Bea are settled, so they can focus on school.",
            ),
            (
                "Sam Smith",
                "Sam is settled, which means she can focus on school.",
            ),
        ] {
            silent("I002", &doc(child, impact));
        }
    }

    #[test]
    fn silent_without_a_child_name_or_impact() {
        silent(
            "I002",
            "## Health\nJudgement: Good\n### Impact\nThe delay means a longer wait.\n",
        );
        silent(
            "I002",
            "---\nchild: Sam\n---\n## Health\nJudgement: Good\n### Impact\n",
        );
    }

    #[test]
    fn fix_puts_the_child_first() {
        assert_fix(
            &doc("Sam", "The delay means a longer wait."),
            "I002",
            0,
            &doc("Sam", "For Sam, the delay means a longer wait."),
        );
        assert_fix(
            &doc("Ali, Bea", "Weekly contact keeps their bond alive."),
            "I002",
            0,
            &doc(
                "Ali, Bea",
                "For Ali and Bea, weekly contact keeps their bond alive.",
            ),
        );
        // An acronym and a name used mid-sentence elsewhere keep their capitals.
        assert_fix(
            &doc("Sam", "CAMHS have not seen her, which means she waits."),
            "I002",
            0,
            &doc(
                "Sam",
                "For Sam, CAMHS have not seen her, which means she waits.",
            ),
        );
        let text = "---\nchild: Sam\n---\n## Health\nJudgement: Good\n### Evidence\nThe worker, Priya, visits.\n### Impact\nPriya's visits mean Sam feels safe.\n";
        assert_fix(
            text,
            "I002",
            0,
            &text.replace("Priya's visits mean", "For Sam, Priya's visits mean"),
        );
    }
}
