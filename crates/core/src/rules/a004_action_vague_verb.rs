use super::{Context, Rule, Scope};
use crate::action::{self, Missing};
use crate::diagnostic::{Diagnostic, Edit, Fix, Severity};
use crate::text::{Part, TextRange};

pub(crate) static RULE: Rule = Rule {
    code: "A004",
    name: "action-vague-verb",
    default_severity: Severity::Warning,
    scope: Scope::Structure,
    summary: "An action's main verb is vague and unmeasurable.",
    doc: "## What it does\n\
Flags an action whose main verb cannot be seen to be done: \u{201c}consider\u{201d}, \
\u{201c}ensure\u{201d}, \u{201c}continue to\u{201d}, \u{201c}monitor\u{201d}, \u{201c}explore\u{201d}, \u{201c}look \
into\u{201d}, \u{201c}think about\u{201d}, \u{201c}be mindful of\u{201d}, \u{201c}support\u{201d} (without a \
purpose) and the like. Only the main verb counts: \u{201c}SW to complete the referral so that the \
panel can consider funding\u{201d} is specific. Add verbs with `[lexicon] extend-vague-verbs`.\n\n\
## Why\n\
The practice standard: actions are SMART \u{2014} \u{201c}specific (who does what), measurable (an \
observable result)\u{201d} \u{2014} and can be lifted unamended into the case plan. Nobody can tell \
when \u{201c}consider\u{201d} or \u{201c}monitor\u{201d} has been done.\n\n\
## Example\n\
```markdown\n### Actions\n- SW to consider a referral to CAMHS.\n```\n\n\
## Reflective rewrite\n\
```markdown\n### Actions\n- SW to make a referral to CAMHS by 15 January 2027, evidenced by the \
referral on file, so that Jo is offered help with her low mood.\n```\n",
    check,
};

fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    for (action, reading) in action::actions(ctx) {
        let Some(vague) = &reading.vague else {
            continue;
        };
        let text = ctx.doc.slice(action.range);
        let written = vague.range.slice(text);
        let range = TextRange::new(
            action.range.start() + vague.range.start(),
            action.range.start() + vague.range.end(),
        );
        let mut d = ctx.diagnostic(
            &RULE,
            range,
            format!(
                "\u{201c}{written}\u{201d} is vague: it does not say what will actually be done, or \
                 how anyone will know it has been."
            ),
        );
        let title = format!("Replace \u{201c}{written}\u{201d} with a specific action");
        action::push_smart_fixes(&mut d, ctx, action, reading, Missing::VERB, title);
        // The first concrete wording is in the fixes above; the others are choices of
        // their own.
        for instead in vague.instead.iter().skip(1) {
            let (edit_range, new_text, title) = if instead.is_empty() {
                let rest = text.part(vague.range.end()..);
                let space = rest.len() - rest.trim_start().len();
                (
                    TextRange::new(range.start(), range.end() + space),
                    String::new(),
                    format!("Drop \u{201c}{written}\u{201d}"),
                )
            } else {
                (
                    range,
                    match_case(written, instead),
                    format!("Replace \u{201c}{written}\u{201d} with \u{201c}{instead}\u{201d}"),
                )
            };
            d.fixes.push(Fix::rewrite(
                title,
                vec![Edit::replace(edit_range, new_text)],
            ));
        }
        // A fix must never produce what this rule flags: one whose action still reads as
        // vague is not offered.
        let whole = ctx.text();
        d.fixes.retain(|fix| {
            let fixed = fix.apply(whole);
            let end = (action.range.end() + fixed.len()).saturating_sub(whole.len());
            let rewritten = fixed.get(action.range.start()..end).unwrap_or("");
            action::read(rewritten, &ctx.config.lexicon, ctx.doc.children())
                .vague
                .is_none()
        });
        out.push(d);
    }
}

fn match_case(original: &str, replacement: &str) -> String {
    let mut chars = replacement.chars();
    match (original.chars().next(), chars.next()) {
        (Some(o), Some(r)) if o.is_uppercase() => r.to_uppercase().chain(chars).collect(),
        _ => replacement.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{assert_fix, fires, silent};

    fn doc(action: &str) -> String {
        format!("---\nchild: Sam\naudit-date: 2026-11-20\n---\n## Health\nJudgement: Good\n### Actions\n- {action}\n")
    }

    #[test]
    fn fires_on_a_vague_main_verb() {
        for action in [
            "Aisha (SW) to reflect in supervision on how father's voice could be captured, w/c 7 December 2026.",
            "SW to consider a referral to the paediatrician by 15/01/2027.",
            "TM to ensure that the plan is updated after each core group.",
            "Social worker to continue to visit Sam weekly until the review.",
            "Social worker to continue working with mother on routines.",
            "IRO will monitor progress against the plan at each review.",
            "SW will explore with father whether his sister could help by 31/12/2026.",
            "TM to look into why the referral was delayed by 4/12/2026.",
            "SW to think about how Sam's wishes can be gathered.",
            "All professionals to be mindful of the risk of exploitation.",
            "PA to carry on meeting Sam fortnightly until her 18th birthday.",
            "School nurse to remain alert to changes in Sam's presentation before the review.",
            "Foster carers to stay alert to contact from unknown adults until the next LAC review.",
            "All agencies to remain vigilant at every contact before the conference.",
            "Ensure that the PEP is reviewed before the end of term.",
            "Monitor attendance weekly until the CIN review on 12/02/2027.",
            "SW should consider whether a legal planning meeting is needed.",
            "SW to complete the assessment by 15/01/2027 and ensure Sam is seen alone.",
            "School attendance to be monitored weekly by the DSL.",
            "SW to support mother with the home conditions.",
            "Consideration to be given to a referral to the family hub.",
            "SW to keep the plan under review.",
            "SW to be mindful that Sam may be anxious.",
            "It should be ensured that Sam is seen alone.",
            "Monitoring of Sam's attendance to continue weekly.",
            "SW to seek to engage father in the assessment.",
        ] {
            fires("A004", &doc(action));
        }
    }

    #[test]
    fn working_with_someone_or_addressing_concerns_names_no_step() {
        for action in [
            "Family support worker to work with mother around home conditions until the review on 28/01/2027.",
            "Early help practitioner to address the concerns raised by school by 18/12/2026.",
            "SW to address the outstanding issues with the carers by 18/12/2026.",
        ] {
            fires("A004", &doc(action));
        }
        for action in [
            // A purpose names the step.
            "Family support worker to work with mother to draw up a cleaning rota by 28/01/2027.",
            "SW to address the missed health assessment with the carers by 18/12/2026.",
        ] {
            silent("A004", &doc(action));
        }
    }

    #[test]
    fn silent_on_a_specific_main_verb() {
        for action in [
            "SW to reflect Sam's views on contact in the plan by 15/12/2026.",
            "SW to complete a CAMHS referral by 15/01/2027.",
            "SW to make a referral to the panel so that it can consider funding.",
            "IRO to chair the review on 14/01/2027, which will consider the care plan.",
            "Health visitor to weigh Sam weekly so that her weight gain can be monitored.",
            "SW to record the outcome of the exploratory meeting on file.",
            "DSL to complete the attendance monitoring form each Friday.",
            "Social worker to write to father setting out what he needs to do to ensure contact can resume.",
            "Leaving care PA to support Sam to register with a GP by 31/01/2027.",
            "Support worker to complete the sleep log with mother.",
            "IRO to review the care plan at the review on 14/01/2027.",
            "TM to agree the permanence options in supervision by 18/12/2026.",
            "SW to explain to mother how the plan will be monitored.",
            "SW to arrange an exploratory meeting with the school.",
            "TM to convene a meeting by 11/12/2026 to consider the threshold.",
        ] {
            silent("A004", &doc(action));
        }
    }

    #[test]
    fn extended_vague_verbs_count() {
        let config = crate::Config::from_toml(
            "[lexicon]\nextend-vague-verbs = [\"keep abreast of\"]\n",
            "test",
        )
        .expect("valid config");
        let text = doc("SW to keep abreast of the school's concerns by 4/12/2026.");
        assert!(crate::check(&text, &config)
            .iter()
            .any(|d| d.code == "A004"));
        silent("A004", &text);
    }

    #[test]
    fn fixes_replace_the_vague_verb() {
        let text = doc("SW to consider a referral to the paediatrician by 15/01/2027, evidenced by the referral on file.");
        assert_fix(
            &text,
            "A004",
            0,
            &doc("SW to decide on a referral to the paediatrician by 15/01/2027, evidenced by the referral on file."),
        );
        let text = doc("Social worker to continue to visit Sam fortnightly until the RCPC on 20/01/2027, recording her views.");
        assert_fix(
            &text,
            "A004",
            0,
            &doc("Social worker to visit Sam fortnightly until the RCPC on 20/01/2027, recording her views."),
        );
        // No owner, no date, no result: the scaffold fills every part.
        let text = doc("Monitor Sam's attendance.");
        assert_fix(
            &text,
            "A004",
            0,
            &doc("[owner] to record Sam's attendance by [date], so that [what will have changed for the child]."),
        );
        assert_fix(&text, "A004", 1, &doc("Record Sam's attendance."));
        assert_fix(&text, "A004", 2, &doc("Check and record Sam's attendance."));
        let text =
            doc("Sam's attendance to be monitored weekly, with the figures recorded on file.");
        assert_fix(
            &text,
            "A004",
            0,
            &doc("[owner] to record Sam's attendance weekly, with the figures recorded on file."),
        );
        let text = doc("SW to support mother with the home conditions by 4/12/2026.");
        assert_fix(
            &text,
            "A004",
            0,
            &doc("SW to [specific action] mother with the home conditions by 4/12/2026, so that [what will have changed for the child]."),
        );
    }

    #[test]
    fn no_fix_leaves_a_vague_verb() {
        for action in [
            "Continue to monitor.",
            "SW to continue to monitor attendance by 1 March 2027.",
            "Continue to consider a referral to the family hub.",
        ] {
            let text = doc(action);
            let d = fires("A004", &text);
            assert!(!d.fixes.is_empty(), "{action}: no fix at all");
            for fix in &d.fixes {
                let fixed = fix.apply(&text);
                assert!(
                    crate::check(&fixed, &crate::Config::default())
                        .iter()
                        .all(|d| d.code != "A004"),
                    "{action}: \"{}\" leaves a vague verb:\n{fixed}",
                    fix.title
                );
            }
        }
    }
}
