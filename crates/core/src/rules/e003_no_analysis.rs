use super::{Context, Rule, Scope};
use crate::diagnostic::{Diagnostic, Edit, Fix, Severity};
use crate::document::SectionKind;
use crate::text::Part;

pub(crate) static RULE: Rule = Rule {
    code: "E003",
    name: "no-analysis",
    default_severity: Severity::Warning,
    scope: Scope::Structure,
    summary: "Evidence states facts only, with no analysis of what they show.",
    doc: "## What it does\n\
Flags evidence that has no evaluative statement at all: it lists facts but says nothing about \
their quality (\u{201c}timely\u{201d}, \u{201c}limited\u{201d}, \u{201c}a strength\u{201d}), their \
meaning (\u{201c}this shows\u{201d}, \u{201c}which means\u{201d}, \u{201c}because\u{201d}) or how \
they led to the judgement (\u{201c}this supports the judgement\u{201d}). A sentence that still \
holds a scaffold comment does not count as analysis until it is written.\n\n\
## Why\n\
The practice standard: evidence is \u{201c}succinct and evaluative\u{201d}: facts that relate \
to the judgement, the auditor's professional analysis (\u{201c}\u{2026}which is positive. \
However, the benefit is diminished as\u{2026}\u{201d}), and how the judgement was reached.\n\n\
## Example\n\
```markdown\n### Evidence\nThe assessment was completed on 3 October 2026. Mother and Maya \
were seen together. The plan was agreed at the core group on 10 October.\n```\n\n\
## Reflective rewrite\n\
```markdown\n### Evidence\nThe assessment was completed on 3 October 2026 and was shared \
with mother, which is positive. However, the benefit is diminished as Maya was seen only \
with mother, so her own view of home is not yet known.\n```\n",
    check,
};

fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    for (index, area) in ctx.doc.areas.iter().enumerate() {
        let Some(section) = area
            .sections
            .iter()
            .find(|s| s.kind == SectionKind::Evidence && !s.content.is_empty())
        else {
            continue;
        };
        let content = section.content;
        if ctx.evidence_reading(index).is_some_and(|r| r.evaluates) {
            continue;
        }
        let child = ctx.child().unwrap_or("the child");
        let grade = area
            .judgement_value
            .map(|v| ctx.doc.slice(v).trim().trim_end_matches('.').to_owned())
            .filter(|g| !g.is_empty());
        let mut d = ctx.diagnostic(
            &RULE,
            content,
            "This evidence states facts only: add your analysis of what they show about the quality of practice, what they mean for the child, and how they led to the judgement.",
        );
        let at = content.end();
        let space = |s: String| {
            if ctx.text().part(..at).ends_with(char::is_whitespace) {
                s
            } else {
                format!(" {s}")
            }
        };
        d.fixes.push(Fix::rewrite(
            "Add a strengths-and-limits analysis",
            vec![Edit::insert(
                at,
                space(format!(
                    "This is positive because <!-- what the facts show about practice -->. However, the benefit is diminished as <!-- what limits it for {child} -->."
                )),
            )],
        ));
        let supports = match grade {
            Some(grade) => format!("supports the judgement of {grade}"),
            None => "supports the judgement".to_owned(),
        };
        d.fixes.push(Fix::rewrite(
            "Add a sentence on what the facts show",
            vec![Edit::insert(
                at,
                space(format!(
                    "This shows that <!-- what the facts mean for {child} -->, which {supports}."
                )),
            )],
        ));
        out.push(d);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{assert_fix, fires, silent};

    const FACTS: &str = "---\nchild: Maya\n---\n## Assessment\nJudgement: Good\n\n### Evidence\nThe assessment was completed on 3 October 2026. Mother and Maya were seen together at home.\n";

    #[test]
    fn fires_on_facts_only_with_scaffolds() {
        let d = fires("E003", FACTS);
        assert!(d.range.slice(FACTS).starts_with("The assessment"));
        assert_fix(
            FACTS,
            "E003",
            0,
            &FACTS.replace(
                "at home.",
                "at home. This is positive because <!-- what the facts show about practice -->. However, the benefit is diminished as <!-- what limits it for Maya -->.",
            ),
        );
        assert_fix(
            FACTS,
            "E003",
            1,
            &FACTS.replace(
                "at home.",
                "at home. This shows that <!-- what the facts mean for Maya -->, which supports the judgement of Good.",
            ),
        );
    }

    #[test]
    fn test_results_and_tasks_outstanding_are_facts() {
        for facts in [
            "Father's urine screen on 2 October was negative for opiates; mother's was positive for cannabis.",
            "The supervision record lists four actions outstanding and the dates they are due.",
            "Mother tested positive for cocaine in September.",
            "Maya's school was judged Good by Ofsted in its last inspection.",
            "At the review three actions were recorded as outstanding.",
            "Maya wrote that she is clear she does not want to move school.",
        ] {
            fires("E003", &FACTS.replace("at home.", &format!("at home. {facts}")));
        }
        // Positive said of practice is still analysis.
        silent(
            "E003",
            &FACTS.replace("at home.", "at home. The visit was positive for Maya."),
        );
    }

    #[test]
    fn an_unfilled_scaffold_is_not_analysis() {
        fires(
            "E003",
            &FACTS.replace(
                "at home.",
                "at home. This shows that <!-- what the facts mean for Maya -->.",
            ),
        );
    }

    #[test]
    fn an_audit_tools_question_of_quality_answered_evaluates() {
        let doc = |evidence: &str| {
            format!(
                "---\nchild: Maya\n---\n## Planning\nJudgement: Good\n\n### Evidence\n{evidence}\n"
            )
        };
        silent(
            "E003",
            &doc("Is there a current plan? Yes – from 10 July. Is the plan SMART? No – most actions have no dates."),
        );
        fires(
            "E003",
            &doc("Is there a current plan? Yes – from 10 July. Have core groups taken place? Yes – four since July."),
        );
    }

    #[test]
    fn silent_when_the_evidence_evaluates() {
        for analysis in [
            "This is a strength.",
            "The plan is working.",
            "Since then attendance has risen to 88%, so the joint actions appear to be working.",
            "The plan lists every appointment but stops short of saying what they add up to for Maya.",
            "Father's attendance has not translated into change at home.",
            "Unsurprisingly, father did not attend the next meeting.",
            "The late invitation probably explains some of mother's distrust of the service.",
            "However, father was not included.",
            "The visits were purposeful.",
            "This shows that Maya's wishes shaped the plan.",
            "Maya's views are recorded in her own words, showing a worker who knows her well.",
            "Supervision has not driven the plan forward.",
            "Visits have been regular.",
            "It is unclear whether school was consulted.",
            "The review expected a trusted adult at school by October. That expectation has not been met.",
            "The judgement of Good reflects the timely assessment.",
            "The chronology is a useful working tool rather than a list.",
            "The genogram helped the family see who could support them.",
            // Praise or criticism of how the work was done, said with a manner word.
            "The social worker worked diligently with the school to arrange the visits.",
            "Referrals are handled efficiently by the front door team.",
            "Leaders are relentless in following up missed health assessments.",
            "A shared calendar would enhance how visits are planned.",
            // A quality said after the verb.
            "The chronology was used well to identify patterns of neglect.",
            "Maya's wishes were captured well in her own words.",
            // A relationship made is a result of the practice.
            "The worker has built a trusting relationship with mother, who now shares her worries.",
            "The SW has developed a good rapport with Maya.",
            // Judgement in an adverb, a predicate, or what a reader would take from it.
            "The school's referral was rightly stepped up to a strategy discussion.",
            "The analysis of father's role is thin.",
            // A short verdict on the facts.
            "That is real progress.",
            "This is what drives the grade.",
            "Her health needs have been well attended to.",
            "The plan reads more like a list of services than a route to change.",
            "The chronology would let a new worker grasp Maya's history quickly.",
        ] {
            silent(
                "E003",
                &FACTS.replace("at home.", &format!("at home. {analysis}")),
            );
        }
        silent("E003", "## Assessment\nJudgement: Good\n");
    }

    /// (fires, evidence)
    const CASES: &[(bool, &str)] = &[
        (true, "Noah was seen at home on 4 November with his mother. A core group took place on 11 November. The CIN plan was reviewed at the meeting."),
        (true, "The assessment started on 1 September and was completed on 14 October. Father and mother both contributed to it."),
        (true, "School attendance is 91%. Noah attends a homework club on Tuesdays. He sees his father every other weekend."),
        (true, "Three visits took place in October. Noah was seen alone on two of them. The IRO chaired the review on 2 November."),
        (true, "The SW completed a genogram with Noah and recorded his wishes. A referral was made to the young carers service."),
        (true, "Mother attended the parenting course for six weeks. She missed two sessions. The course ended in September."),
        (true, "Mother was supported by the family support worker with a weekly session as well."),
        (true, "Health assessment completed 03/10/2026. Dental check completed. Immunisations up to date."),
        (true, "The plan has eight actions. Four are for mother, two for school and two for the SW."),
        (true, "Mother has been in a relationship with Mr Reid since May. They live in his flat."),
        (true, "The case remains open to the team. The worker visits monthly."),
        (true, "Noah moved to his current placement in March. He changed school in April. His carers are Mr and Mrs Reid."),
        (true, "A strategy discussion was held on 2 October with police and health. A S47 enquiry followed and an ICPC was held on 20 October."),
        (false, "Noah was seen at home on 4 November, which is in line with the plan. However, he was not seen alone, so his own account of home life is missing."),
        (false, "The assessment was completed on time and gives a balanced picture of both parents."),
        (false, "School attendance has risen to 91%, a significant improvement that reflects the support from the family hub."),
        (false, "Three visits took place in October, and Noah's words are quoted throughout; this is good practice."),
        (false, "The genogram work helped Noah name the adults he trusts, and this has shaped the safety plan."),
        (false, "Mother attended the parenting course, and the SW's observations suggest she is now calmer at bedtime."),
        (false, "The plan is clear about who does what, but it has no dates, so progress is hard to measure."),
        (false, "Supervision records show the TM challenging the pace of the work, which has kept the kinship assessment on track."),
        (false, "The chronology is thorough and up to date, and it helped the new SW understand the history quickly."),
        (false, "Noah's move to his current placement was well planned and he has settled well, as his carers and school confirm."),
        (false, "Visits have been frequent enough to notice changes in Noah's mood, and the SW acted on them."),
        (false, "The review was held on time. Noah chose not to attend but his views were shared by his advocate, so his voice was still heard."),
        (true, "Noah attends Oakfield Primary. He lives with his mother and two sisters. His father lives in Leeds."),
        (true, "The CIN plan was agreed on 4 October. Noah was visited on 11 October and 25 October. A CIN review took place on 8 November."),
        (true, "Referral received from school on 01/09/2026. Single assessment opened. Visits on 05/09, 19/09 and 03/10. Assessment authorised 10/10/2026."),
        (true, "Mother has a diagnosis of depression and takes medication. She sees her GP monthly. Noah is a young carer."),
        (true, "The SW met Noah at school and used the three houses tool. Noah drew his family. The SW spoke to his teacher afterwards."),
        (true, "Father was invited to the core group by letter. He did not reply. The SW phoned him twice."),
        (true, "Noah's PEP meeting was held on 2 October with the designated teacher, his carer and the SW."),
        (true, "The TM recorded a supervision note on 14 October. It lists four actions for the SW."),
        (false, "Noah attends Oakfield Primary, where he is doing well; this stability is a real protective factor."),
        (false, "The CIN plan was agreed on 4 October and visits since have been purposeful, but the review on 8 November did not test whether the actions had made a difference."),
        (false, "The assessment was authorised within timescales and analyses mother's depression sensitively, which gives the plan a sound footing."),
        (false, "Father did not reply to the invitation; the SW's two follow-up calls show persistence, and it would now help to try a home visit."),
        (false, "The supervision note lists four actions but none has a date, so it is hard to see how progress will be tracked."),
        (false, "The three houses tool gave Noah a voice in the assessment, and his drawing is quoted in the plan, which is good practice."),
        (false, "Noah's PEP is up to date and ambitious, with targets that match what he says he wants to achieve."),
        (false, "There is limited evidence that Noah's young carer role has been assessed."),
        (false, "Unfortunately the core group was cancelled twice, and momentum has been lost."),
        (false, "In my view the plan is too adult-focused and does not capture Noah's daily experience."),
    ];

    #[test]
    fn varied_evidence() {
        for (should_fire, evidence) in CASES {
            let text = format!("---\nchild: Noah\naudit-date: 2026-11-20\n---\n## Planning\nJudgement: Good\n\n### Evidence\n{evidence}\n");
            if *should_fire {
                fires("E003", &text);
            } else {
                silent("E003", &text);
            }
        }
    }
}
