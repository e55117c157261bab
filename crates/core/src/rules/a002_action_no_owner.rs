use super::{Context, Rule, Scope};
use crate::action::{self, Missing, Shape};
use crate::diagnostic::{Diagnostic, Severity};
use crate::text::Part;

pub(crate) static RULE: Rule = Rule {
    code: "A002",
    name: "action-no-owner",
    default_severity: Severity::Warning,
    scope: Scope::Structure,
    summary: "An action names no one responsible.",
    doc: "## What it does\n\
Flags an action that does not say who will do it: an instruction (\u{201c}Complete the \
chronology\u{2026}\u{201d}), a passive with no agent (\u{201c}Chronology to be updated\u{2026}\u{201d}) \
or a noun phrase (\u{201c}Referral to CAMHS by\u{2026}\u{201d}). An owner can be a role or its \
abbreviation (\u{201c}Social worker to\u{2026}\u{201d}, \u{201c}TM will\u{2026}\u{201d}, \u{201c}IRO \
to\u{2026}\u{201d}), a team or agency, a named person (\u{201c}Sarah Jones to\u{2026}\u{201d}), a family \
member, a passive's agent (\u{201c}\u{2026} to be completed by the SW\u{201d}) or a label \
(\u{201c}Owner: TM\u{201d}, \u{201c}(SW)\u{201d}). Add roles with `[lexicon] extend-roles`.\n\n\
## Why\n\
The practice standard: actions are \u{201c}big ticket\u{201d} items that can be lifted unamended into \
the case plan, and are SMART \u{2014} \u{201c}specific (who does what)\u{201d}. An action nobody owns \
is an action nobody does.\n\n\
## Example\n\
```markdown\n### Actions\n- Chronology to be updated by 31 December 2026.\n```\n\n\
## Reflective rewrite\n\
```markdown\n### Actions\n- Social worker to update the chronology by 31 December 2026, so that the \
pattern of missed health appointments is visible at the review.\n```\n",
    check,
};

fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    for (action, reading) in action::actions(ctx) {
        if reading.owner.is_some() {
            continue;
        }
        // The SMART rewrite's own placeholder, not yet filled in: say so, and offer no
        // rewrite that would only put the placeholder back.
        if ctx.doc.slice(action.range).contains(action::OWNER) {
            out.push(ctx.diagnostic(
                &RULE,
                action.range,
                "This action still says \u{201c}[owner]\u{201d}: put in who will do it (a role, \
                 team or named person)."
                    .to_owned(),
            ));
            continue;
        }
        let message = match (reading.shape, reading.participle_end, reading.verb) {
            (Shape::Passive, Some(end), Some(verb)) => format!(
                "This action is passive (\u{201c}to be {}\u{201d}) and names no one responsible: say \
                 who will do it (a role, team or named person).",
                ctx.doc.slice(action.range).part(verb.start()..end)
            ),
            _ => "This action names no one responsible: say who will do it (a role, team or \
                  named person, as in \u{201c}Social worker to \u{2026}\u{201d})."
                .to_owned(),
        };
        let mut d = ctx.diagnostic(&RULE, action.range, message);
        let title = "Name who is responsible".to_owned();
        action::push_smart_fixes(&mut d, ctx, action, reading, Missing::OWNER, title);
        out.push(d);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{assert_fix, fires, silent};

    fn doc(action: &str) -> String {
        format!("---\nchild: Sam\naudit-date: 2026-11-20\n---\n## Health\nJudgement: Good\n### Actions\n- {action}\n")
    }

    #[test]
    fn an_unfilled_placeholder_is_named_and_not_rewritten_again() {
        let text = doc("[owner] to update the chronology by 12 December 2026.");
        let found = crate::check(&text, &crate::Config::default());
        let d = found.iter().find(|d| d.code == "A002").expect("A002 fires");
        assert!(
            d.message.contains("still says \u{201c}[owner]\u{201d}"),
            "{}",
            d.message
        );
        assert!(d.fixes.is_empty());
    }

    #[test]
    fn fires_without_an_owner() {
        for action in [
            "Complete the updated assessment by 15/01/2027, so that the plan reflects the new risks.",
            "Plan to be reviewed by 31 December 2026 and shared with both parents.",
            "Direct work with Sam to be completed by 2027-01-15, evidenced by session notes.",
            "Referral to the paediatrician to be made by 04/12/2026.",
            "To request police checks within 10 working days, with the outcome recorded.",
            "Visit Sam alone every four weeks until the review, recording her views.",
            "Make sure the PEP is reviewed before half term, with targets recorded.",
            "Case to be discussed in supervision by 15/12/2026.",
            "A legal planning meeting to be held within 2 weeks, with minutes on file.",
            "There needs to be a review of the contact plan by 18/12/2026.",
            "Need to confirm the school placement by 18/12/2026.",
            "It is recommended that a strategy discussion is held within 48 hours.",
            "The plan should be updated by 4/12/2026 to include a contingency.",
            "Clarify with father who collects Sam from school by 4/12/2026.",
            // The agent of the result is not the action's owner.
            "Referral to CAMHS to be made by 4 December 2026, so that Sam's low mood is assessed by a specialist.",
        ] {
            fires("A002", &doc(action));
        }
    }

    #[test]
    fn silent_with_an_owner() {
        for action in [
            // A passive's agent after a phrase of where the thing goes.
            "A referral is to be made to Early Help by the Front Door within 2 working days.",
            "Social worker to complete the assessment by 15/01/2027.",
            "SW to update the chronology by 31 December 2026.",
            "The allocated worker will complete three sessions with Sam by 2027-01-15.",
            "By 15/12/2026, the team manager will chair a legal planning meeting.",
            "By 4 December 2026 the allocated social worker will convene a strategy meeting.",
            "The chronology to be updated by the allocated SW by 31/12/2026.",
            "School DSL to share weekly attendance figures with the SW.",
            "Family support worker and SW to agree a routine plan with mother.",
            "Independent visitor to be identified by the fostering team by 31/03/2027.",
            "Priya Shah to arrange the FGC by 29/01/2027.",
            "Mr Khan to attend the parenting course.",
            "Mother to attend the drug service appointment on 3/12/2026.",
            "Update the chronology by 31/12/2026 (SW).",
            "Update the chronology by 31/12/2026 \u{2013} TM",
            "Leaving care PA to support Sam to register with a GP.",
            "Youth offending team will offer Sam a mentor.",
            "Sam's SW should book an interpreter for each visit.",
            "SW \u{2013} complete the chronology by 31/12/2026.",
            "SW: complete the chronology by 31/12/2026.",
            "**Social worker** to complete the assessment by 15/01/2027.",
            "Maria Lopez, the allocated worker, to visit Sam by 4/12/2026.",
            "Children's social care to convene an FGC by 29/01/2027.",
            "NSPCC to start the therapeutic programme by January 2027.",
            "Team manager has agreed to chair a legal planning meeting by 18/12/2026.",
            "The chronology is to be completed by the SW by 31/12/2026.",
            "The plan needs updating by the SW before the review.",
        ] {
            silent("A002", &doc(action));
        }
    }

    #[test]
    fn fix_adds_an_owner_placeholder() {
        assert_fix(
            &doc("Complete the updated assessment by 15/01/2027, so that the plan reflects the risks."),
            "A002",
            0,
            &doc("[owner] to complete the updated assessment by 15/01/2027, so that the plan reflects the risks."),
        );
        assert_fix(
            &doc("Chronology to be updated by 31 December 2026, evidenced by the chronology on file."),
            "A002",
            0,
            &doc("Chronology to be updated by [owner] by 31 December 2026, evidenced by the chronology on file."),
        );
        assert_fix(
            &doc("To request police checks within 10 working days, with the outcome recorded."),
            "A002",
            0,
            &doc("[owner] to request police checks within 10 working days, with the outcome recorded."),
        );
        assert_fix(
            &doc("Life story work to start with Sam by March 2027, evidenced by a life story book."),
            "A002",
            0,
            &doc("[owner]: Life story work to start with Sam by March 2027, evidenced by a life story book."),
        );
        assert_fix(
            &doc("Consideration to be given to a referral to the family hub."),
            "A002",
            1,
            &doc("[owner]: Consideration to be given to a referral to the family hub."),
        );
        assert_fix(
            &doc("Consideration to be given to a referral to the family hub."),
            "A002",
            0,
            &doc("[owner] to decide on a referral to the family hub by [date], so that [what will have changed for the child]."),
        );
        // Several parts missing: the SMART scaffold fills them all, and a second fix only
        // the owner.
        assert_fix(
            &doc("Speak to mother about the school's concerns."),
            "A002",
            0,
            &doc("[owner] to speak to mother about the school's concerns by [date], so that [what will have changed for the child]."),
        );
        assert_fix(
            &doc("Speak to mother about the school's concerns."),
            "A002",
            1,
            &doc("[owner] to speak to mother about the school's concerns."),
        );
    }

    #[test]
    fn organisations_and_boards_own_actions() {
        for action in [
            "The safeguarding partnership to publish the learning review by 31 March 2027.",
            "Business support to scan the missing consent forms onto the file by 15/01/2027.",
            "The council will agree a sufficiency plan for supported lodgings by the end of January 2027.",
            "LSCP to audit strategy discussions held out of hours by 28/02/2027.",
        ] {
            silent("A002", &doc(action));
        }
    }

    #[test]
    fn the_children_with_disabilities_team_owns_an_action() {
        silent(
            "A002",
            &doc("Children with Disabilities team to allocate a named worker to Sam within 5 working days."),
        );
    }
}
