//! Held-out audit cases (`tests/data/heldout/*.jsonl`): written from SPEC.md alone by
//! engineers who had read neither the rules' code nor the shared evaluation corpus, to
//! measure how the rules generalise to text nobody tuned them on. Each line is one case in
//! the shared corpus's format (`rule`, `label`, and the fields of the audit template that
//! `../shared/eval/eval.py` fills). Every case must come out as labelled: the rule under
//! test fires on a case labelled 1 and stays silent on one labelled 0.

use std::fmt::Write as _;
use std::path::Path;

use caselint_core::Config;
use serde_json::Value;

/// The template's defaults (as in `eval.py`): a clean area about "Jo".
const EVIDENCE: &str =
    "Both assessments were completed within the timescales set in the plan and were \
shared with mother, which is positive. Jo's views are recorded in Jo's own words, and the plan \
reflects what Jo said needs to change.";
const IMPACT: &str = "Jo's views are shaping the plan, which means Jo is more likely to trust the \
adults working with the family and to tell them when things are not going well.";
const ACTION: &str =
    "Social worker to complete three direct work sessions with Jo on Jo's wishes and \
feelings by 15 January 2027, so that Jo's views are recorded for the review.";

/// The audit document for one case, as `eval.py`'s `render` makes it.
fn render(case: &Value) -> String {
    if let Some(doc) = case.get("doc").and_then(Value::as_str) {
        return doc.to_owned();
    }
    // A field absent takes the default; a field set to null leaves its part out.
    let field = |key: &str, default: Value| case.get(key).cloned().unwrap_or(default);
    let child = field("child", "Jo".into());
    let name = child
        .as_str()
        .unwrap_or("Jo")
        .split(',')
        .next()
        .unwrap_or("Jo")
        .trim()
        .to_owned();
    // The clean defaults speak of the case's child, not of "Jo".
    let default_text = |key: &str, text: &str| -> Value {
        if case.get(key).is_none() && name != "Jo" {
            text.replace("Jo", &name).into()
        } else {
            text.into()
        }
    };
    let evidence = field("evidence", default_text("evidence", EVIDENCE));
    let impact = field("impact", default_text("impact", IMPACT));
    let actions = field(
        "actions",
        Value::Array(vec![default_text("actions", ACTION)]),
    );
    let audit_date = field("audit_date", "2026-11-20".into());
    let area = field("area", "Assessment".into());
    let judgement = field("judgement", "Good".into());

    let mut out = String::from("---\n");
    if let Some(child) = child.as_str() {
        let _ = writeln!(out, "child: {child}");
    }
    if let Some(date) = audit_date.as_str() {
        let _ = writeln!(out, "audit-date: {date}");
    }
    let _ = write!(
        out,
        "---\n\n# Case file audit\n\n## {}\n\n",
        area.as_str().unwrap_or("Assessment")
    );
    if let Some(judgement) = judgement.as_str() {
        let _ = write!(out, "Judgement: {judgement}\n\n");
    }
    if let Some(evidence) = evidence.as_str() {
        let _ = write!(out, "### Evidence\n{evidence}\n\n");
    }
    if let Some(impact) = impact.as_str() {
        let _ = write!(out, "### Impact\n{impact}\n\n");
    }
    let actions: Option<Vec<String>> = match &actions {
        Value::Array(items) => Some(
            items
                .iter()
                .map(|a| a.as_str().unwrap_or_default().to_owned())
                .collect(),
        ),
        Value::String(one) => Some(vec![one.clone()]),
        _ => None,
    };
    if let Some(actions) = actions {
        out.push_str("### Actions\n");
        for action in actions {
            let _ = writeln!(out, "- {action}");
        }
        out.push('\n');
    }
    // `eval.py` joins its lines with "\n" and ends without one.
    out.pop();
    out
}

#[test]
fn every_held_out_case_comes_out_as_labelled() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/heldout");
    let mut files: Vec<_> = std::fs::read_dir(&folder)
        .expect("tests/data/heldout is readable")
        .map(|entry| entry.expect("a folder entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    files.sort();
    assert!(files.len() >= 5, "held-out files missing: {files:?}");
    let config = Config::default();
    let (mut cases, mut positives, mut wrong) = (0, 0, Vec::new());
    for file in &files {
        let text = std::fs::read_to_string(file).expect("a held-out file is readable");
        for (n, line) in text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
        {
            let case: Value = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("{}:{}: {e}", file.display(), n + 1));
            let rule = case["rule"].as_str().expect("a case names its rule");
            let label = case["label"].as_i64().expect("a case has a label");
            let fired = caselint_core::check(&render(&case), &config)
                .iter()
                .any(|d| d.code == rule);
            cases += 1;
            positives += usize::from(label == 1);
            if fired != (label == 1) {
                wrong.push(format!(
                    "{} ({rule}, label {label}, {}): {line}",
                    case["id"].as_str().unwrap_or("?"),
                    if fired { "fired" } else { "silent" }
                ));
            }
        }
    }
    assert!(
        cases >= 600 && positives >= 280,
        "{cases} cases, {positives} positive"
    );
    assert!(
        wrong.is_empty(),
        "{} of {cases} held-out cases wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

/// Held-out cases the rules do not all get right yet (`tests/data/measured/`): messy,
/// realistic narratives. Their score may only go up: precision and recall over all of
/// them stay at or above the floor (0.825 each when the file was added; 0.922 and 0.887
/// once S001 read risk as practice does; 0.935 and 0.900 after the sixteenth session), and
/// the escalation rule's at or above 0.90 each (0.958 and 0.920 then).
#[test]
fn hard_held_out_cases_score_no_worse() {
    let (all, s001) = measured("heldout-6.jsonl");
    let score = |[tp, fp, fn_]: [u32; 3]| {
        (
            f64::from(tp) / f64::from(tp + fp),
            f64::from(tp) / f64::from(tp + fn_),
        )
    };
    assert!(all[0] + all[2] >= 80, "{} positive cases", all[0] + all[2]);
    let (precision, recall) = score(all);
    assert!(
        precision >= 0.93 && recall >= 0.90,
        "precision {precision:.3}, recall {recall:.3} ({all:?})"
    );
    let (precision, recall) = score(s001);
    assert!(
        precision >= 0.90 && recall >= 0.90,
        "S001: precision {precision:.3}, recall {recall:.3} ({s001:?})"
    );
}

/// Escalation told indirectly (`tests/data/measured/s001-nineteenth.jsonl`), written blind
/// and scored without reading its misses, so that it stays a measure of unseen writing: it
/// may only go up from its first run (precision 0.733, recall 0.458), from the 0.750 /
/// 0.500 it scored in the twentieth session, the 0.765 / 0.542 of the twenty-second and
/// the 0.778 / 0.583 of the twenty-third, its misses still unread.
#[test]
fn indirect_escalation_cases_score_no_worse() {
    escalation_scores_at_least("s001-nineteenth.jsonl", 0.77, 0.58);
}

/// Escalation in four registers (auditors' evidence, inspection letters, practice reviews,
/// terse case notes), told indirectly (`tests/data/measured/s001-twentieth.jsonl`): written
/// blind after the twentieth session's changes and scored without reading its misses. Its
/// first run (precision 0.867, recall 0.542; the session's starting build scored 0.857 /
/// 0.500) was the floor; the twenty-first session, its misses still unread, raised it to
/// the 0.933 / 0.583 it then scored.
#[test]
fn escalation_in_four_registers_scores_no_worse() {
    escalation_scores_at_least("s001-twentieth.jsonl", 0.93, 0.58);
}

/// Escalation in five registers (evidence, impact, quoted case notes, an IRO's comment,
/// practice-review prose; `tests/data/measured/s001-twenty-first.jsonl`): written blind
/// near the end of the twenty-first session and scored without reading its misses. Its
/// first run was precision 0.867, recall 0.542 (the session's starting build 0.857 /
/// 0.500); the twenty-third session raised it to 0.875 / 0.583, the floor now.
#[test]
fn escalation_in_five_registers_scores_no_worse() {
    escalation_scores_at_least("s001-twenty-first.jsonl", 0.87, 0.58);
}

/// Escalation in five registers (terse case notes, management oversight, an IRO's
/// midway review, health and school records quoted, the auditor's summary;
/// `tests/data/measured/s001-twenty-second.jsonl`): written blind at the start of the
/// twenty-second session and scored without reading its misses. Its first run, with the
/// session's starting build, was precision 0.909, recall 0.833: that is the floor.
#[test]
fn escalation_in_five_more_registers_scores_no_worse() {
    escalation_scores_at_least("s001-twenty-second.jsonl", 0.90, 0.83);
}

/// Escalation in six registers (evidence, impact, actions, whole documents, chronology
/// extracts, a manager's note; `tests/data/measured/s001-twenty-third.jsonl`): written
/// blind late in the twenty-second session, after its escalation changes, and scored
/// without reading its misses. Its first run was precision 0.800, recall 0.833 (the
/// session's starting build 0.792 / 0.792); the twenty-third session raised it to 0.808 /
/// 0.875, the floor now.
#[test]
fn escalation_in_six_registers_scores_no_worse() {
    escalation_scores_at_least("s001-twenty-third.jsonl", 0.80, 0.87);
}

/// Escalation in six more registers (an inspection paragraph, a QA auditor's note, a
/// supervision record, an IRO's midway review, a multi-agency audit, terse abbreviated
/// notes; `tests/data/measured/s001-twenty-fourth.jsonl`): written blind at the start of
/// the twenty-third session and scored without reading its misses. Its first run, with the
/// session's starting build, was precision 0.913, recall 0.875: that is the floor.
#[test]
fn escalation_in_six_more_registers_scores_no_worse() {
    escalation_scores_at_least("s001-twenty-fourth.jsonl", 0.91, 0.87);
}

/// Escalation said in evidence, impact statements, actions and whole documents
/// (`tests/data/measured/s001-twenty-fifth.jsonl`): written blind mid-way through the
/// twenty-third session and scored without reading its misses. Its first run was
/// precision 0.957, recall 0.917 (the session's starting build 0.955 / 0.875); the
/// session's later changes raised it to 1.000 / 0.917, the floor now.
#[test]
fn escalation_in_every_section_scores_no_worse() {
    escalation_scores_at_least("s001-twenty-fifth.jsonl", 0.99, 0.91);
}

/// Escalation across eight kinds of danger, six cases each
/// (`tests/data/measured/s001-twenty-sixth.jsonl`): written blind late in the
/// twenty-third session and scored without reading its misses. Its first run (precision
/// 1.000, recall 0.667; the session's starting build 1.000 / 0.625) was raised to 1.000 /
/// 0.708 by the session's last changes: that is the floor.
#[test]
fn escalation_across_eight_dangers_scores_no_worse() {
    escalation_scores_at_least("s001-twenty-sixth.jsonl", 0.99, 0.70);
}

/// Escalation in six voices (a newly qualified worker, formal QA prose, a health visitor's
/// notes, a school's referral, a police notification, a carer's log;
/// `tests/data/measured/s001-twenty-seventh.jsonl`): written blind at the end of the
/// twenty-third session and scored without reading its misses. Its first run (precision
/// 0.950, recall 0.792) was raised to 0.952 / 0.833 by the session's last changes: that
/// is the floor.
#[test]
fn escalation_in_six_voices_scores_no_worse() {
    escalation_scores_at_least("s001-twenty-seventh.jsonl", 0.95, 0.83);
}

/// Escalation in paragraphs about three to six months of work, with dates
/// (`tests/data/measured/s001-twenty-eighth.jsonl`): written blind at the end of the
/// twenty-third session and scored without reading its misses. Its first run (precision
/// 0.773, recall 0.708; the session's starting build 0.708 / 0.708) is the floor.
#[test]
fn escalation_in_paragraphs_about_a_period_scores_no_worse() {
    escalation_scores_at_least("s001-twenty-eighth.jsonl", 0.77, 0.70);
}

/// Escalation in paragraphs about a period of work across many dangers and settings
/// (`tests/data/measured/s001-twenty-ninth.jsonl`): written blind in the twenty-fourth
/// session and scored without reading its misses. Its first run (precision 0.905, recall
/// 0.792) was raised to 0.909 / 0.833 by the session's changes: that is the floor.
#[test]
fn escalation_across_settings_scores_no_worse() {
    escalation_scores_at_least("s001-twenty-ninth.jsonl", 0.90, 0.83);
}

/// Escalation in hurried auditors' terse notes (`tests/data/measured/s001-thirtieth.jsonl`):
/// written blind in the twenty-fourth session and scored without reading its misses. Its
/// first run (precision 0.833, recall 0.833) is the floor.
#[test]
fn escalation_in_terse_notes_scores_no_worse() {
    escalation_scores_at_least("s001-thirtieth.jsonl", 0.83, 0.83);
}

/// Escalation in whole documents, the danger in one area among others
/// (`tests/data/measured/s001-thirty-first.jsonl`): written blind in the twenty-fourth
/// session and scored without reading its misses. Its first run (precision 0.852, recall
/// 0.958) is the floor.
#[test]
fn escalation_in_whole_documents_scores_no_worse() {
    escalation_scores_at_least("s001-thirty-first.jsonl", 0.85, 0.95);
}

/// Escalation in evaluative evidence about a wider period of work, the danger one part of
/// the account (`tests/data/measured/s001-thirty-second.jsonl`): written blind in the
/// twenty-fifth session and scored without reading its misses. Its first run (precision
/// 0.846, recall 0.917) is the floor.
#[test]
fn escalation_within_a_wider_account_scores_no_worse() {
    escalation_scores_at_least("s001-thirty-second.jsonl", 0.84, 0.91);
}

/// Escalation in evidence written as an audit tool's questions and answers
/// (`tests/data/measured/s001-thirty-third.jsonl`): written blind in the twenty-fifth
/// session and scored without reading its misses. Its first run (precision 0.767, recall
/// 0.958) is the floor.
#[test]
fn escalation_in_an_audit_tools_answers_scores_no_worse() {
    escalation_scores_at_least("s001-thirty-third.jsonl", 0.76, 0.95);
}

/// Escalation with the danger told in the evidence, the impact or an action
/// (`tests/data/measured/s001-thirty-fourth.jsonl`): written blind in the twenty-fifth
/// session and scored without reading its misses. Its first run (precision 0.846, recall
/// 0.917) is the floor.
#[test]
fn escalation_anywhere_in_an_area_scores_no_worse() {
    escalation_scores_at_least("s001-thirty-fourth.jsonl", 0.84, 0.91);
}

/// Deficit and blaming phrasing in the voices of auditors, managers and moderators
/// (`tests/data/measured/tone-first.jsonl`, 24 cases each for T001 and T002): written
/// blind in the twenty-fifth session and scored without reading its misses. Its first run
/// (precision 1.000, recall 0.917) is the floor.
#[test]
fn tone_in_practitioners_voices_scores_no_worse() {
    scores_at_least("tone-first.jsonl", 0.99, 0.91);
}

/// Judgements against their evidence, in narrative and in an audit tool's answers
/// (`tests/data/measured/j004-first.jsonl`, 48 J004 cases): written blind in the
/// twenty-fifth session and scored without reading its misses. Its first run with the
/// session's starting build was 0.842 / 0.667; with the build current when it arrived
/// 0.900 / 0.750, which is the floor.
#[test]
fn judgements_against_evidence_score_no_worse() {
    scores_at_least("j004-first.jsonl", 0.90, 0.75);
}

/// Escalation in every form an audit can take (`tests/data/measured/s001-thirty-fifth.jsonl`):
/// evidence, impact and actions, narrative and an audit tool's answers, terse notes and
/// formal prose, with near-misses in the same words. Written blind in the twenty-sixth
/// session and scored without reading its misses; its first run (precision 0.857, recall
/// 0.900, the same with the session's starting build) is the floor.
#[test]
fn escalation_in_every_form_scores_no_worse() {
    escalation_scores_at_least("s001-thirty-fifth.jsonl", 0.85, 0.90);
}

/// E002, E003, I003, A004, A005 and T003 on practice prose, eight cases each
/// (`tests/data/measured/mixed-first.jsonl`): written blind in the twenty-sixth session and
/// scored without reading its misses. Its first run (precision 0.960, recall 1.000) is the
/// floor.
#[test]
fn six_rules_on_practice_prose_score_no_worse() {
    scores_at_least("mixed-first.jsonl", 0.95, 0.99);
}

/// Judgements against their evidence across J004's three branches
/// (`tests/data/measured/j004-second.jsonl`, 40 cases): written blind in the twenty-sixth
/// session and scored without reading its misses. First run 0.882 / 0.750 (the session's
/// starting build the same); 0.889 / 0.800 after the session's reading of dates, which is
/// the floor.
#[test]
fn judgements_against_evidence_in_three_branches_score_no_worse() {
    scores_at_least("j004-second.jsonl", 0.88, 0.80);
}

/// I002 and I003 on impact statements as auditors write them
/// (`tests/data/measured/impact-first.jsonl`, 20 cases each): written blind in the
/// twenty-sixth session and scored without reading its misses. Its first run (precision
/// 1.000, recall 0.900, the same with the session's starting build) is the floor.
#[test]
fn impact_statements_score_no_worse() {
    scores_at_least("impact-first.jsonl", 0.99, 0.90);
}

/// A002–A006 on actions as audit tools and improvement plans write them
/// (`tests/data/measured/actions-first.jsonl`, eight cases each): written blind in the
/// twenty-sixth session and scored without reading its misses. Its first run (precision
/// and recall 1.000) is the floor.
#[test]
fn actions_score_no_worse() {
    scores_at_least("actions-first.jsonl", 0.99, 0.99);
}

/// Judgements against evidence whose shortcomings are shown mainly through facts and dates
/// (`tests/data/measured/j004-third.jsonl`, 40 J004 cases): written blind in the
/// twenty-sixth session and scored without reading its misses. 0.800 / 0.400 with the
/// session's starting build, 0.750 / 0.450 on its first run; 0.900 / 0.450 after the
/// session's reading of stated intervals, which is the floor.
#[test]
fn judgements_told_through_dates_score_no_worse() {
    scores_at_least("j004-third.jsonl", 0.90, 0.45);
}

/// Escalation in formal prose, audit-tool answers and terse notes, across evidence,
/// impact and actions (`tests/data/measured/s001-thirty-sixth.jsonl`): written blind in the
/// twenty-sixth session and scored without reading its misses. Its first run (precision
/// 0.952, recall 1.000, the same with the session's starting build) is the floor.
#[test]
fn escalation_in_three_registers_scores_no_worse() {
    escalation_scores_at_least("s001-thirty-sixth.jsonl", 0.95, 0.99);
}

/// T001, T002 and T003 on real audit prose (`tests/data/measured/tone-second.jsonl`,
/// fourteen cases each): written blind in the twenty-sixth session and scored without
/// reading its misses. Its first run (precision and recall 1.000) is the floor.
#[test]
fn tone_on_audit_prose_scores_no_worse() {
    scores_at_least("tone-second.jsonl", 0.99, 0.99);
}

/// Escalation across missing children, disclosures, dangerous adults, injuries, self-harm,
/// exploitation and intoxicated carers (`tests/data/measured/s001-thirty-seventh.jsonl`):
/// written blind in the twenty-seventh session and scored without reading its misses. Its
/// first run (precision 0.905, recall 0.950, the same with the session's starting build)
/// is the floor.
#[test]
fn escalation_across_the_kinds_of_danger_scores_no_worse() {
    escalation_scores_at_least("s001-thirty-seventh.jsonl", 0.90, 0.95);
}

/// J004's three branches in varied audit prose (`tests/data/measured/j004-fourth.jsonl`,
/// 40 cases): written blind in the twenty-seventh session and scored without reading its
/// misses. Its first run (precision 0.941, recall 0.800, the same with the session's
/// starting build) is the floor.
#[test]
fn judgements_in_varied_prose_score_no_worse() {
    scores_at_least("j004-fourth.jsonl", 0.94, 0.80);
}

/// T001, T002, T003, E003, I003 and A004 in audits of a leaving-care service, a disability
/// team and a front door (`tests/data/measured/mixed-second.jsonl`, eight cases each):
/// written blind in the twenty-seventh session and scored without reading its misses. Its
/// first run (precision 0.960, recall 1.000, the same with the session's starting build) is
/// the floor.
#[test]
fn six_rules_in_three_services_score_no_worse() {
    scores_at_least("mixed-second.jsonl", 0.96, 0.99);
}

/// Escalation for babies and under-fives and for adolescents
/// (`tests/data/measured/s001-thirty-eighth.jsonl`): written blind in the twenty-seventh
/// session and scored without reading its misses. Its first run (precision 0.864, recall
/// 0.950, the same with the session's starting build) is the floor.
#[test]
fn escalation_for_babies_and_adolescents_scores_no_worse() {
    escalation_scores_at_least("s001-thirty-eighth.jsonl", 0.86, 0.95);
}

/// J004, E002, E003 and T002 in child protection and child in need audits
/// (`tests/data/measured/mixed-third.jsonl`, twelve cases each): written blind in the
/// twenty-seventh session and scored without reading its misses. Its first run (precision
/// 0.955, recall 0.875, the same with the session's starting build) is the floor.
#[test]
fn four_rules_in_child_protection_audits_score_no_worse() {
    scores_at_least("mixed-third.jsonl", 0.95, 0.87);
}

/// J004 told through facts, dates, intervals and audit-tool fields
/// (`tests/data/measured/j004-fifth.jsonl`, 40 cases): written blind in the twenty-seventh
/// session and scored without reading its misses. Its first run (precision 0.778, recall
/// 0.350, the same with the session's starting build) is the floor: the weakest measure
/// of the rule.
#[test]
fn judgements_told_through_fields_and_dates_score_no_worse() {
    scores_at_least("j004-fifth.jsonl", 0.77, 0.35);
}

/// T001–T003, E003, I003 and A004 in team managers' and IROs' audit comments
/// (`tests/data/measured/mixed-fourth.jsonl`, twelve cases each): written blind in the
/// twenty-eighth session and scored without reading its misses. Its first run (precision
/// 1.000, recall 0.972, the same with the session's starting build) is the floor.
#[test]
fn six_rules_in_managers_audit_comments_score_no_worse() {
    scores_at_least("mixed-fourth.jsonl", 1.0, 0.97);
}

/// Escalation for children in care, care leavers and disabled children
/// (`tests/data/measured/s001-thirty-ninth.jsonl`): written blind in the twenty-eighth
/// session and scored without reading its misses. Its first run (precision 0.947, recall
/// 0.720, the same with the session's starting build) is the floor.
#[test]
fn escalation_for_children_in_care_scores_no_worse() {
    escalation_scores_at_least("s001-thirty-ninth.jsonl", 0.94, 0.72);
}

/// J004 for children in care, care leavers and children on child protection plans
/// (`tests/data/measured/j004-sixth.jsonl`, all three branches): written blind in the
/// twenty-eighth session and scored without reading its misses. Its first run (precision
/// 1.000, recall 0.680, the same with the session's starting build) is the floor.
#[test]
fn judgements_for_children_in_care_score_no_worse() {
    scores_at_least("j004-sixth.jsonl", 1.0, 0.68);
}

/// J004 told in an audit tool's short fields and answers
/// (`tests/data/measured/j004-seventh.jsonl`, 40 cases): written blind in the twenty-eighth
/// session and scored without reading its misses. Its first run, with the session's final
/// readings of fields (precision 0.615, recall 0.400; 0.545 / 0.300 with the session's
/// starting build), is the floor.
#[test]
fn judgements_told_in_short_fields_score_no_worse() {
    scores_at_least("j004-seventh.jsonl", 0.61, 0.40);
}

/// Escalation for children at home on child in need or child protection plans and in early
/// help (`tests/data/measured/s001-fortieth.jsonl`): written blind in the twenty-ninth
/// session and scored without reading its misses. Its first run (precision 0.960, recall
/// 0.960, with the session's starting build) is the floor.
#[test]
fn escalation_for_children_at_home_scores_no_worse() {
    escalation_scores_at_least("s001-fortieth.jsonl", 0.96, 0.96);
}

/// J004 in early help, child in need, disabled children and private fostering
/// (`tests/data/measured/j004-eighth.jsonl`, all four grades): written blind in the
/// twenty-ninth session and scored without reading its misses. Its first run (precision
/// 1.000, recall 0.720) is the floor.
#[test]
fn judgements_in_early_help_and_child_in_need_score_no_worse() {
    scores_at_least("j004-eighth.jsonl", 1.0, 0.72);
}

/// J004 lapses told through dates across sentences
/// (`tests/data/measured/j004-ninth.jsonl`): written blind in the twenty-ninth session, the
/// focus of its date readings, and scored without reading its misses. First run 1.000 /
/// 0.080 with the starting build; 0.714 / 0.200 after the session's date readings, which is
/// the floor.
#[test]
fn lapses_told_through_dates_score_no_worse() {
    scores_at_least("j004-ninth.jsonl", 0.71, 0.20);
}

/// T001 and T002 in audits of children in care, care leavers and youth justice
/// (`tests/data/measured/tone-twenty-ninth.jsonl`): written blind in the twenty-ninth
/// session and scored without reading its misses. Its first run (precision 0.963, recall
/// 0.867) is the floor.
#[test]
fn tone_in_care_and_youth_justice_audits_scores_no_worse() {
    scores_at_least("tone-twenty-ninth.jsonl", 0.96, 0.86);
}

/// Escalation for teenagers at risk outside the home: exploitation, going missing, online
/// harm, self-harm (`tests/data/measured/s001-forty-first.jsonl`): written blind in the
/// thirtieth session and scored without reading its misses. Its first run (precision
/// 0.857, recall 0.960) is the floor.
#[test]
fn escalation_for_teenagers_at_risk_outside_the_home_scores_no_worse() {
    escalation_scores_at_least("s001-forty-first.jsonl", 0.85, 0.96);
}

/// J004 with shortcomings told cautiously by QA officers, through the file and through
/// what partners and children said (`tests/data/measured/j004-tenth.jsonl`): written blind
/// in the thirtieth session and scored without reading its misses. First run 0.889 / 0.640
/// with the starting build; 0.895 / 0.680 after the session's readings of gaps in the
/// record, which is the floor.
#[test]
fn judgements_with_cautious_shortcomings_score_no_worse() {
    scores_at_least("j004-tenth.jsonl", 0.89, 0.68);
}

/// T001 and T002 as auditors under pressure write them in child protection, care and
/// early help (`tests/data/measured/tone-thirtieth.jsonl`): written blind in the thirtieth
/// session and scored without reading its misses. Its first run (precision 1.000, recall
/// 1.000) is the floor.
#[test]
fn tone_written_under_pressure_scores_no_worse() {
    scores_at_least("tone-thirtieth.jsonl", 1.0, 1.0);
}

/// Twelve rules (T001–T003, I002, I003, A002–A005, E002, E003, J004) in realistic complete
/// audit areas from any service (`tests/data/measured/mixed-fifth.jsonl`): written blind in
/// the thirtieth session and scored without reading its misses. Its first run (precision
/// 1.000, recall 0.867) is the floor.
#[test]
fn twelve_rules_in_complete_audit_areas_score_no_worse() {
    scores_at_least("mixed-fifth.jsonl", 1.0, 0.86);
}

/// Escalation told by partner agencies in letters, emails, case notes and minutes, with
/// what the service did next in the sentences after or not at all
/// (`tests/data/measured/s001-forty-second.jsonl`): written blind in the thirtieth session
/// and scored without reading its misses. Its first run (precision 0.960, recall 0.960) is
/// the floor.
#[test]
fn escalation_told_by_partner_agencies_scores_no_worse() {
    escalation_scores_at_least("s001-forty-second.jsonl", 0.96, 0.96);
}

/// J004 in every grade and register across early help, child protection, care and care
/// leavers (`tests/data/measured/j004-eleventh.jsonl`): written blind at the end of the
/// thirtieth session and scored without reading its misses. Its first run (precision
/// 0.857, recall 0.480, the same with the session's starting build) is the floor.
#[test]
fn judgements_in_every_grade_and_register_score_no_worse() {
    scores_at_least("j004-eleventh.jsonl", 0.85, 0.48);
}

/// E002, E005 and A006 in tables pasted as text, bullets and long paragraphs
/// (`tests/data/measured/dates-first.jsonl`): written blind in the thirtieth session and
/// scored without reading its misses. First run 1.000 / 0.933 with the starting build,
/// 1.000 / 0.967 after the session's reading of yearless due dates, which is the floor.
#[test]
fn dates_in_tables_bullets_and_paragraphs_score_no_worse() {
    scores_at_least("dates-first.jsonl", 1.0, 0.96);
}

/// A measured file with at least 20 positives scores at least `precision` and `recall`
/// over all its cases.
fn scores_at_least(name: &str, min_precision: f64, min_recall: f64) {
    let (all, _) = measured(name);
    assert_scores(name, all, min_precision, min_recall);
}

/// (tp, fp, fn) `counts` of `name`, with at least 20 positives, reach `min_precision` and
/// `min_recall`.
fn assert_scores(name: &str, counts: [u32; 3], min_precision: f64, min_recall: f64) {
    let [tp, fp, fn_] = counts;
    assert!(tp + fn_ >= 20, "{} positive cases", tp + fn_);
    let precision = f64::from(tp) / f64::from(tp + fp);
    let recall = f64::from(tp) / f64::from(tp + fn_);
    assert!(
        precision >= min_precision && recall >= min_recall,
        "{name}: precision {precision:.3}, recall {recall:.3} ({counts:?})"
    );
}

/// A measured file of S001 cases only, with at least 20 positives, scores at least
/// `precision` and `recall`.
fn escalation_scores_at_least(name: &str, min_precision: f64, min_recall: f64) {
    let (all, s001) = measured(name);
    assert_eq!(all, s001, "every case is S001's");
    assert_scores(name, s001, min_precision, min_recall);
}

/// (tp, fp, fn) over all the cases of `tests/data/measured/{name}`, and over S001's.
fn measured(name: &str) -> ([u32; 3], [u32; 3]) {
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/measured")
        .join(name);
    let text = std::fs::read_to_string(&file).expect("the measured file is readable");
    let config = Config::default();
    // (tp, fp, fn) over all cases, and over S001's.
    let (mut all, mut s001) = ([0u32; 3], [0u32; 3]);
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let case: Value = serde_json::from_str(line).expect("a case is JSON");
        let rule = case["rule"].as_str().expect("a case names its rule");
        let fired = caselint_core::check(&render(&case), &config)
            .iter()
            .any(|d| d.code == rule);
        let label = case["label"].as_i64().expect("a case's label is 0 or 1");
        assert!(label == 0 || label == 1, "{name}: label {label}");
        let slot = match (label == 1, fired) {
            (true, true) => 0,
            (false, true) => 1,
            (true, false) => 2,
            (false, false) => continue,
        };
        all[slot] += 1;
        if rule == "S001" {
            s001[slot] += 1;
        }
    }
    (all, s001)
}

#[test]
fn the_template_matches_the_eval_script() {
    let case = serde_json::json!({"child": "Amir", "judgement": null, "actions": ["TM to review by 1 May 2027."]});
    let doc = render(&case);
    assert!(doc.starts_with("---\nchild: Amir\naudit-date: 2026-11-20\n---\n\n# Case file audit\n\n## Assessment\n\n### Evidence\n"));
    assert!(!doc.contains("Judgement:"));
    assert!(doc.contains("Amir's views are recorded in Amir's own words"));
    assert!(doc.ends_with("### Actions\n- TM to review by 1 May 2027.\n"));
}

/// J004 by experienced QA auditors writing at length in children in need, child protection,
/// care, disabled children and youth justice (`tests/data/measured/j004-twelfth.jsonl`):
/// written blind in the thirty-first session and its misses never read. First run 0.833 /
/// 0.600 with the starting build; 0.941 / 0.640 at the end. Its aggregate score was looked
/// at while choosing between two forms of one reading, so it is not a clean first run of
/// the final build.
#[test]
fn judgements_written_at_length_score_no_worse() {
    scores_at_least("j004-twelfth.jsonl", 0.94, 0.64);
}

/// J004 by team managers, IROs and QA staff in two to five sentences
/// (`tests/data/measured/j004-thirteenth.jsonl`): written blind in the thirty-first session
/// and scored without reading its misses. First run 0.700 / 0.280 with the starting build,
/// 0.714 / 0.400 with the build current when it was written, 0.733 / 0.440 with the final
/// build, which is the floor.
#[test]
fn judgements_in_short_evidence_score_no_worse() {
    scores_at_least("j004-thirteenth.jsonl", 0.73, 0.44);
}

/// Escalation for children of every age and setting, in the words auditors use when the
/// file alarms them (`tests/data/measured/s001-forty-third.jsonl`): written blind in the
/// thirty-first session and scored without reading its misses. Its first run (precision
/// 0.880, recall 0.880) is the floor.
#[test]
fn escalation_in_the_words_of_alarmed_auditors_scores_no_worse() {
    escalation_scores_at_least("s001-forty-third.jsonl", 0.88, 0.88);
}

/// Escalation told indirectly: a chronology entry, a manager's decision, a record, a
/// child's words, an unseen period worked out from dates
/// (`tests/data/measured/s001-forty-fourth.jsonl`): written blind in the thirty-first
/// session and scored without reading its misses. Its first run (precision 0.950, recall
/// 0.760) is the floor.
#[test]
fn escalation_told_indirectly_scores_no_worse() {
    escalation_scores_at_least("s001-forty-fourth.jsonl", 0.95, 0.76);
}

/// E003, I003, A004, A005 and T001 in complete areas from a range of services
/// (`tests/data/measured/mixed-sixth.jsonl`): written blind in the thirty-first session and
/// scored without reading its misses. Its first run (precision 1.000, recall 0.920) is the
/// floor.
#[test]
fn five_rules_in_complete_areas_score_no_worse() {
    scores_at_least("mixed-sixth.jsonl", 1.0, 0.92);
}

/// Escalation in sentences from practice reviews and inspection letters, the danger told
/// through what was not done, known or checked (`tests/data/measured/s001-forty-fifth.jsonl`):
/// written blind in the thirty-second session, in the register of published documents, and
/// scored without reading its misses. Its first run (precision 0.870, recall 0.800) is the
/// floor.
#[test]
fn escalation_in_practice_reviews_scores_no_worse() {
    escalation_scores_at_least("s001-forty-fifth.jsonl", 0.869, 0.80);
}

/// Escalation as ILACS inspection reports and practice reviews write it, about groups of
/// children and single children (`tests/data/measured/s001-forty-sixth.jsonl`): written blind
/// in the thirty-second session and scored without reading its misses. Its first run
/// (precision 0.840, recall 0.840) is the floor.
#[test]
fn escalation_in_inspection_reports_scores_no_worse() {
    escalation_scores_at_least("s001-forty-sixth.jsonl", 0.84, 0.84);
}

/// T001, T002, T003, I003 and E003 as single sentences of inspection reports and monitoring
/// visits, some mixing a strength and a weakness (`tests/data/measured/mixed-seventh.jsonl`):
/// written blind in the thirty-second session and scored without reading its misses. Its
/// first run (precision 0.935, recall 0.967) is the floor.
#[test]
fn five_rules_in_inspection_sentences_score_no_worse() {
    scores_at_least("mixed-seventh.jsonl", 0.93, 0.96);
}

/// J004 in every grade and setting, by every kind of auditor, the shortcomings told in every
/// way (`tests/data/measured/j004-fourteenth.jsonl`): written blind in the thirty-third
/// session and scored without reading its misses. First run 0.929 / 0.520 with the
/// session's starting build, the same with the build after its J004 readings (the floor).
#[test]
fn judgements_told_every_way_score_no_worse() {
    scores_at_least("j004-fourteenth.jsonl", 0.928, 0.519);
}

/// Escalation for every kind of child and danger, as inspection reports, monitoring letters
/// and practice reviews write about one child or about groups of children still at risk
/// (`tests/data/measured/s001-forty-seventh.jsonl`): written blind in the thirty-third
/// session and scored without reading its misses. First run 0.905 / 0.760 with the
/// session's starting build, the same with its final build (the floor).
#[test]
fn escalation_for_every_child_and_danger_scores_no_worse() {
    escalation_scores_at_least("s001-forty-seventh.jsonl", 0.904, 0.759);
}

/// J004 in every grade and setting, from pre-birth work to care leavers and youth justice,
/// the shortcomings told in every way (`tests/data/measured/j004-fifteenth.jsonl`): written
/// blind in the thirty-fifth session and scored without reading its misses. First run
/// 0.857 / 0.480 with the session's starting build, the same with its final build (the
/// floor).
#[test]
fn judgements_in_every_setting_score_no_worse() {
    scores_at_least("j004-fifteenth.jsonl", 0.857, 0.48);
}

/// Escalation across every kind of danger and record, about children of every age and
/// setting (`tests/data/measured/s001-forty-eighth.jsonl`): written blind in the
/// thirty-fifth session and scored without reading its misses. First run 0.846 / 0.880
/// with the session's starting build, the same with its final build (the floor).
#[test]
fn escalation_across_dangers_and_records_scores_no_worse() {
    escalation_scores_at_least("s001-forty-eighth.jsonl", 0.846, 0.88);
}

/// J004 in every grade and style: full reflective paragraphs, short answers to audit-tool
/// questions, bullet-like notes and practice-review prose
/// (`tests/data/measured/j004-sixteenth.jsonl`): written blind in the thirty-sixth session
/// and scored without reading its misses. First run 0.952 / 0.800 with the session's
/// starting build (the floor), 1.000 / 0.800 with its final build.
#[test]
fn judgements_in_every_style_score_no_worse() {
    scores_at_least("j004-sixteenth.jsonl", 0.952, 0.8);
}

/// J004 in the voice of experienced auditors in early help, child protection, children in
/// care, care leavers, disabled children, youth justice and fostering
/// (`tests/data/measured/j004-seventeenth.jsonl`): written blind in the thirty-sixth session
/// and scored without reading its misses. First run 0.957 / 0.880 with the session's
/// starting build, the same with its final build (the floor).
#[test]
fn judgements_in_every_service_score_no_worse() {
    scores_at_least("j004-seventeenth.jsonl", 0.956, 0.88);
}

/// Escalation in evidence, impact statements, actions, quoted case notes and whole
/// documents, with near misses (`tests/data/measured/s001-forty-ninth.jsonl`): written blind
/// in the thirty-sixth session and scored without reading its misses. First run 0.920 /
/// 0.920 with the session's starting build, the same with its final build (the floor).
#[test]
fn escalation_wherever_it_is_written_scores_no_worse() {
    escalation_scores_at_least("s001-forty-ninth.jsonl", 0.92, 0.92);
}

/// J004 across the grades and areas of the child's journey, in full paragraphs, answers to
/// audit-tool questions, notes and practice-review prose
/// (`tests/data/measured/j004-eighteenth.jsonl`): written blind in the thirty-seventh
/// session and scored without reading its misses. First run 0.955 / 0.840 with the
/// session's starting build (the floor).
#[test]
fn judgements_across_the_journey_score_no_worse() {
    scores_at_least("j004-eighteenth.jsonl", 0.954, 0.84);
}

/// Escalation across ages and kinds of harm, wherever an audit writes it, with near misses
/// (`tests/data/measured/s001-fiftieth.jsonl`): written blind in the thirty-seventh session
/// and scored without reading its misses. First run 0.862 / 1.000 with the session's
/// starting build (the floor).
#[test]
fn escalation_across_ages_and_harms_scores_no_worse() {
    escalation_scores_at_least("s001-fiftieth.jsonl", 0.862, 1.0);
}

/// A005, E002, E003, T002 and T003 in realistic audit prose with near misses
/// (`tests/data/measured/mixed-eighth.jsonl`): written blind in the thirty-seventh session
/// and scored without reading its misses. First run 0.960 / 0.960 with the session's
/// starting build (the floor).
#[test]
fn five_writing_rules_in_audit_prose_score_no_worse() {
    scores_at_least("mixed-eighth.jsonl", 0.96, 0.96);
}

/// J004 where the evidence mixes narrative with numbers, dates and timescales, some
/// showing standards met and some missed (`tests/data/measured/j004-nineteenth.jsonl`):
/// written blind in the thirty-seventh session, after its first readings of numbers, and
/// scored without reading its misses. First run 0.833 / 0.800 with the session's starting
/// build (the floor), 0.840 / 0.840 with the build of its first readings.
#[test]
fn judgements_told_in_numbers_score_no_worse() {
    scores_at_least("j004-nineteenth.jsonl", 0.833, 0.8);
}

/// Escalation with events dated before the audit, recent or long past, with near misses
/// about adults, past events, resolved risks and prevention plans
/// (`tests/data/measured/s001-fifty-first.jsonl`): written blind in the thirty-seventh
/// session and scored without reading its misses. First run 0.846 / 0.880 with the
/// session's starting build (the floor).
#[test]
fn escalation_dated_before_the_audit_scores_no_worse() {
    escalation_scores_at_least("s001-fifty-first.jsonl", 0.846, 0.88);
}

/// J004 in a balanced mix of grades and styles (reflective paragraphs, audit-tool answers,
/// notes, practice-review prose, hedged or blunt wording) across the child's journey
/// (`tests/data/measured/j004-twentieth.jsonl`): written blind in the thirty-eighth
/// session and scored without reading its misses. First run 0.950 / 0.760 with the
/// session's starting build (the floor).
#[test]
fn judgements_in_every_style_and_grade_score_no_worse() {
    scores_at_least("j004-twentieth.jsonl", 0.95, 0.76);
}

/// Escalation in every place and style it shows up in audits, across ages and kinds of
/// risk, with near misses that share its vocabulary
/// (`tests/data/measured/s001-fifty-second.jsonl`): written blind in the thirty-eighth
/// session and scored without reading its misses. First run 0.962 / 1.000 with the
/// session's starting build (the floor).
#[test]
fn escalation_in_every_place_scores_no_worse() {
    escalation_scores_at_least("s001-fifty-second.jsonl", 0.961, 1.0);
}

/// J004 in varied styles and grades (`tests/data/measured/j004-twenty-first.jsonl`):
/// written blind in the thirty-eighth session, after its first readings of softened
/// wording, and scored without reading its misses. First run 0.917 / 0.880 with the
/// session's starting build (the floor), the same with the build of those readings.
#[test]
fn judgements_written_after_the_softened_readings_score_no_worse() {
    scores_at_least("j004-twenty-first.jsonl", 0.916, 0.879);
}

/// Escalation reaching the service through many channels, told in evidence, impact,
/// actions or whole documents (`tests/data/measured/s001-fifty-third.jsonl`): written
/// blind in the thirty-eighth session and scored without reading its misses. First run
/// 0.889 / 0.960 with the session's starting build (the floor).
#[test]
fn escalation_through_every_channel_scores_no_worse() {
    escalation_scores_at_least("s001-fifty-third.jsonl", 0.888, 0.959);
}

/// T001, T002, T003, E003, I003 and A005, ten cases each
/// (`tests/data/measured/mixed-ninth.jsonl`): written blind in the thirty-eighth session
/// and scored without reading its misses. First run 1.000 / 0.967 with the session's
/// starting build (the floor).
#[test]
fn tone_evidence_impact_and_actions_ninth_score_no_worse() {
    scores_at_least("mixed-ninth.jsonl", 1.0, 0.966);
}

/// J004 in varied styles and grades (`tests/data/measured/j004-twenty-second.jsonl`):
/// written blind in the thirty-ninth session and scored without reading its misses. First
/// run 0.957 / 0.880 with the session's starting build (the floor).
#[test]
fn judgements_of_the_thirty_ninth_session_score_no_worse() {
    scores_at_least("j004-twenty-second.jsonl", 0.956, 0.879);
}

/// J004 in varied styles and grades (`tests/data/measured/j004-twenty-third.jsonl`):
/// written blind in the thirty-ninth session, after its first readings of whose
/// shortcoming it is, and scored without reading its misses. First run 0.850 / 0.680 with
/// the session's starting build (the floor), the same with the build of those readings.
#[test]
fn judgements_written_after_the_readings_of_whose_shortcoming_score_no_worse() {
    scores_at_least("j004-twenty-third.jsonl", 0.85, 0.68);
}

/// J004 graded Good, with three or more shortcomings spread through positive prose or one
/// significant one, and near misses with one or two lapses, others' delays or lapses put
/// right (`tests/data/measured/j004-twenty-fourth.jsonl`): written blind in the
/// thirty-ninth session after its first readings, and scored without reading it. First
/// run 0.913 / 0.840 with the session's starting build (the floor), the same with its
/// final build.
#[test]
fn good_judgements_with_many_or_one_significant_shortcoming_score_no_worse() {
    scores_at_least("j004-twenty-fourth.jsonl", 0.913, 0.84);
}

/// Escalation in every place and style, across ages and kinds of risk
/// (`tests/data/measured/s001-fifty-fourth.jsonl`): written blind in the thirty-ninth
/// session and scored without reading its misses. First run 0.923 / 0.960 with the
/// session's starting build (the floor).
#[test]
fn escalation_of_the_thirty_ninth_session_scores_no_worse() {
    escalation_scores_at_least("s001-fifty-fourth.jsonl", 0.923, 0.959);
}

/// Escalation in every place and style, across ages and kinds of risk
/// (`tests/data/measured/s001-fifty-fifth.jsonl`): written blind in the thirty-ninth
/// session after its first readings, and scored without reading it. First run 0.828 /
/// 0.960 with the session's starting build (the floor), the same with its final build.
#[test]
fn escalation_written_after_the_thirty_ninth_readings_scores_no_worse() {
    escalation_scores_at_least("s001-fifty-fifth.jsonl", 0.827, 0.959);
}

/// T001, I003, A003, E003, J004 and S001, ten cases each
/// (`tests/data/measured/mixed-tenth.jsonl`): written blind in the thirty-ninth session
/// and scored without reading its misses. First run 0.966 / 0.933 with the session's
/// starting build (the floor).
#[test]
fn six_rules_tenth_score_no_worse() {
    scores_at_least("mixed-tenth.jsonl", 0.965, 0.933);
}

/// The structure and metadata rules (J001–J003, E001, E004, I001, A001, M001, M002, W001)
/// in whole documents, from tidy to messy layouts (`tests/data/measured/structure-first.jsonl`):
/// written blind in the thirty-fifth session and scored without reading its misses. First
/// run 1.000 / 0.967 with the session's starting build, the same with its final build (the
/// floor).
#[test]
fn structure_in_whole_documents_scores_no_worse() {
    scores_at_least("structure-first.jsonl", 1.0, 0.966);
}

/// J004 across all three grades in whole audit areas, shortcomings of practice beside
/// difficulties that are the family's, the child's, the court's or other agencies'
/// (`tests/data/measured/j004-twenty-fifth.jsonl`): written blind in the fortieth session
/// and scored without reading it. First run 0.708 / 0.680 with the session's starting
/// build (the floor).
#[test]
fn judgements_of_the_fortieth_session_score_no_worse() {
    scores_at_least("j004-twenty-fifth.jsonl", 0.70, 0.68);
}

/// Escalation in whole audit areas and documents, the risk told among other facts
/// (`tests/data/measured/s001-fifty-sixth.jsonl`): written blind in the fortieth session
/// and scored without reading it. First run 0.960 / 0.960 with the session's starting
/// build (the floor).
#[test]
fn escalation_of_the_fortieth_session_scores_no_worse() {
    escalation_scores_at_least("s001-fifty-sixth.jsonl", 0.959, 0.959);
}

/// J004 for Good and Outstanding about oversight, supervision, recording, reviews and
/// multi-agency work, some shortcomings other agencies' (`tests/data/measured/
/// j004-twenty-sixth.jsonl`): written blind in the forty-first session and scored without
/// reading it. First run 0.944 / 0.680 with the session's starting build (the floor).
#[test]
fn judgements_of_the_forty_first_session_score_no_worse() {
    scores_at_least("j004-twenty-sixth.jsonl", 0.94, 0.68);
}

/// Escalation in evidence, impact statements, actions and short whole documents, with
/// risk words where the child is safe now (`tests/data/measured/s001-fifty-seventh.jsonl`):
/// written blind in the forty-first session and scored without reading it. First run
/// 1.000 / 0.800 with the session's starting build (the floor).
#[test]
fn escalation_of_the_forty_first_session_scores_no_worse() {
    escalation_scores_at_least("s001-fifty-seventh.jsonl", 0.99, 0.80);
}

/// Escalation across ages and kinds of risk in evidence, impact and actions, with near
/// misses that are historic, answered, planned, hypothetical, policy or about adults
/// (`tests/data/measured/s001-fifty-eighth.jsonl`): written blind in the forty-first
/// session after its first readings and scored without reading it. First run 0.880 /
/// 0.880 with the session's starting build (the floor).
#[test]
fn escalation_of_the_forty_first_session_second_set_scores_no_worse() {
    escalation_scores_at_least("s001-fifty-eighth.jsonl", 0.879, 0.879);
}

/// J004 across all grades in whole audit areas of every default area, with many near
/// misses (`tests/data/measured/j004-twenty-seventh.jsonl`): written blind in the
/// forty-first session after its first readings and scored without reading it. First run
/// 1.000 / 0.800 with the session's starting build (the floor).
#[test]
fn judgements_of_the_forty_first_session_second_set_score_no_worse() {
    scores_at_least("j004-twenty-seventh.jsonl", 0.99, 0.80);
}
