use super::{Context, Rule, Scope};
use crate::action::{self, Missing, RESULT_PLACEHOLDER};
use crate::diagnostic::{Diagnostic, Edit, Fix, Severity};

pub(crate) static RULE: Rule = Rule {
    code: "A005",
    name: "action-not-measurable",
    default_severity: Severity::Info,
    scope: Scope::Structure,
    summary: "An action has no observable result or evidence of completion.",
    doc: "## What it does\n\
Flags an action whose main verb leaves nothing to see once it is done (\u{201c}speak to\u{201d}, \
\u{201c}discuss\u{201d}, \u{201c}liaise with\u{201d}, \u{201c}support\u{201d}, \u{201c}follow up\u{201d}, \
\u{201c}contact\u{201d}, or a vague verb) and that names no observable result or evidence of \
completion: no \u{201c}so that\u{2026}\u{201d}, \u{201c}evidenced by\u{2026}\u{201d}, \u{201c}recorded on the \
file\u{201d}, count (\u{201c}three sessions\u{201d}), document (\u{201c}agree a written safety \
plan\u{201d}) or meeting (\u{201c}at the next core group\u{201d}).\n\n\
## Why\n\
The practice standard: actions are SMART \u{2014} \u{201c}measurable (an observable result)\u{201d}. A \
moderator asks whether the audit sets out what happens next; a result says what will have \
changed for the child.\n\n\
## Example\n\
```markdown\n### Actions\n- SW to speak to mother about the school's concerns by 4 December 2026.\n```\n\n\
## Reflective rewrite\n\
```markdown\n### Actions\n- SW to speak to mother about the school's concerns by 4 December 2026, \
so that she knows what must change before the RCPC, with the conversation recorded on file.\n```\n",
    check,
};

fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    for (action, reading) in action::actions(ctx) {
        if !Missing::of(reading).result {
            continue;
        }
        let mut d = ctx.diagnostic(
            &RULE,
            action.range,
            "This action has no observable result or evidence of completion: say what will show \
             it is done (\u{201c}so that \u{2026}\u{201d}, \u{201c}evidenced by \u{2026}\u{201d}, \u{201c}recorded \
             on the file\u{201d}).",
        );
        let title = format!("Add the result (\u{201c}so that {RESULT_PLACEHOLDER}\u{201d})");
        action::push_smart_fixes(&mut d, ctx, action, reading, Missing::RESULT, title);
        let at = action.range.start() + reading.body_end;
        d.fixes.push(Fix::rewrite(
            "Add evidence of completion (\u{201c}evidenced by \u{2026}\u{201d})",
            vec![Edit::insert(at, ", evidenced by [record on the file]")],
        ));
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
    fn fires_without_a_result() {
        for action in [
            "Team managers to challenge delay in pre-proceedings more firmly by the end of March 2027.",
            "SW to undertake direct work with Sam about her identity, w/c 11 January 2027.",
            // What is to be improved or stressed is not a result: "quality of recording".
            "TM to improve the quality of recording on Sam's file by 31 December 2026.",
            "TM to remind the SW of the importance of recording Sam's wishes by 11/12/2026.",
            "PA to build a better relationship with Sam over the next three months.",
            "Team manager to take a firmer grip on the direction of Sam's case by 4 January 2027.",
            "Social worker to give more weight to Sam's wish to see her brother within 6 weeks of this audit.",
            // Going over something with the child leaves nothing anyone can see.
            "PA to go through her spending with Sam before 31 January 2027.",
            "SW to spend some time getting to know Sam before Christmas.",
            "PA to offer Sam more support with budgeting from 1 December 2026.",
            // "Decision-making" is not a decision.
            "The Front Door to tighten up its threshold decision-making within 3 months.",
            "SW to speak to father about the missed appointments by 04/12/2026.",
            "TM to discuss the drift with the social worker by 11 December 2026.",
            "IRO to follow up with the foster carers within two weeks.",
            "SW to support mother with her debts by 31/12/2026.",
            "FSW to help father with bedtime routines before Christmas.",
            "SW to liaise with the GP about Sam's medication by 2026-12-11.",
            "SW to check in with the childminder by 18 December 2026.",
            // An understanding gained leaves nothing to see.
            "SW to develop a better understanding of Sam's needs by 15 January 2027.",
            "TM to gain an understanding of father's views before the review.",
            "IRO to build awareness of the plan among the carers by 31/01/2027.",
            "SW to encourage mother to engage with the housing officer.",
            "SW to contact the school nurse by 04/12/2026.",
            "SW to build a relationship with Sam by the end of February 2027.",
            // Six words of description between the verb and its object.
            "SW to build a more open and trusting working relationship with father by 31 January 2027.",
            "SW and TM to look again at the contact plan by 15/01/2027.",
            "SW to talk to Sam about her worries within 10 working days.",
            // A disposition is not a result.
            "SW to be more curious about father's role by March 2027.",
            "TM to reflect on the learning from this audit by 31/01/2027.",
            "SW to visit Sam at her grandmother's home by 19/02/2027.",
            "FSW to go with father to the housing office by 26/01/2027.",
        ] {
            fires("A005", &doc(action));
        }
    }

    #[test]
    fn silent_with_a_result_or_a_concrete_verb() {
        for action in [
            "TM to audit the quality of recording and share the findings with the team by 12/12/2026.",
            "SW to speak to father by 04/12/2026, so that he understands what must change.",
            "SW to develop a better understanding of Sam's needs by 15/01/2027, evidenced by an updated assessment.",
            "SW to build Sam's knowledge of his life story through three life story sessions by 31/01/2027.",
            "TM to discuss the case with the SW by 11/12/2026, evidenced by a management decision on file.",
            "SW to complete four direct work sessions with Sam by the end of January 2027.",
            "IRO to follow up with the foster carers within two weeks, with the outcome recorded.",
            "SW to help mother submit a housing application by 31/12/2026.",
            "SW to update Sam's PEP with the school by 15/01/2027.",
            "FSW to agree a written routine plan with father before Christmas.",
            "SW to attend the attendance panel meeting on 11/12/2026.",
            "SW to visit the grandparents twice before 18 December 2026.",
            "SW to visit Sam at home by 19/02/2027 and record her views in the plan.",
            "FSW to accompany father to the housing office by 26/01/2027 so that the tenancy is signed.",
            "IRO to contact the carers by 04/12/2026 and confirm in writing the date of the review.",
            "SW to discuss the plan with mother at the next core group.",
            "TM to discuss the case with the SW in supervision by 11/12/2026.",
            "SW to complete the chronology by 31/12/2026.",
            "SW to chase the referral by 4/12/2026 and share the appointment date with the IRO.",
            // What is sent is the evidence.
            "Nursery to email Sam's weekly attendance to the social worker every Friday until 29/01/2027.",
        ] {
            silent("A005", &doc(action));
        }
    }

    #[test]
    fn fixes_add_a_result() {
        let text = doc("SW to speak to father about the missed appointments by 04/12/2026.");
        assert_fix(
            &text,
            "A005",
            0,
            &doc("SW to speak to father about the missed appointments by 04/12/2026, so that [what will have changed for the child]."),
        );
        assert_fix(
            &text,
            "A005",
            1,
            &doc("SW to speak to father about the missed appointments by 04/12/2026, evidenced by [record on the file]."),
        );
        let text = doc("SW to speak to father about the missed appointments.");
        assert_fix(
            &text,
            "A005",
            1,
            &doc("SW to speak to father about the missed appointments, so that [what will have changed for the child]."),
        );
    }
}
