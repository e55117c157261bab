use super::{word_count, words_at_most, Context, Rule, Scope};
use crate::diagnostic::{Diagnostic, Severity};

pub(crate) static RULE: Rule = Rule {
    code: "W001",
    name: "long-sentence",
    default_severity: Severity::Info,
    scope: Scope::Prose,
    summary: "A sentence is longer than `max-sentence-words` (default 40).",
    doc: "## What it does\n\
Flags a sentence of more than `max-sentence-words` words (40 by default), anywhere in the audit.\n\n\
## Why\n\
The practice standard asks for evidence and impact that are \u{201c}succinct and evaluative\u{201d}, and \
actions that can be lifted unamended into the case plan. Long sentences bury the finding and \
are hard for families, workers and moderators to read.\n\n\
## Example\n\
\u{201c}Although the social worker has visited regularly and the family have engaged with the plan, \
the evidence on the file does not yet show how the concerns raised by school about Jo's weight \
and hygiene have been discussed with mother or reflected in the revised plan that was agreed at \
the last core group meeting.\u{201d}\n\n\
## Reflective rewrite\n\
\u{201c}Visits are regular and the family have engaged with the plan. The file does not yet show how \
school's concerns about Jo's weight and hygiene have been discussed with mother or reflected in \
the revised plan.\u{201d}\n",
    check,
};

fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let max = ctx.config.max_sentence_words;
    for sentence in &ctx.doc.sentences {
        let text = ctx.doc.slice(sentence.range);
        if words_at_most(text) <= max {
            continue;
        }
        let words = word_count(text);
        if words > max {
            out.push(ctx.diagnostic(
                &RULE,
                sentence.range,
                format!("This sentence is {words} words (the limit is {max}): split it so each finding stands on its own."),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{fires, silent};

    #[test]
    fn fires_on_long_sentences_anywhere() {
        let long = "word ".repeat(41);
        let d = fires("W001", &format!("{long}. Short one."));
        assert!(d.message.contains("41 words"));
        fires(
            "W001",
            &format!("## A\nJudgement: Good\nActions:\n- {long}\n"),
        );
    }

    #[test]
    fn silent_on_short_sentences_and_labels() {
        let forty = "Word ".to_owned() + &"word ".repeat(39);
        silent("W001", &format!("{forty}. {forty}."));
        silent("W001", "## A\nJudgement: Good\n");
    }
}
