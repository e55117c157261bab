use crate::rules::test_support::{assert_fix, check, fires, silent};
use crate::text::Part;

/// The text after applying fix `index` of the only T001 diagnostic.
#[track_caller]
fn fixed(text: &str, index: usize) -> String {
    let d = fires("T001", text);
    d.fixes[index].apply(text)
}

#[test]
fn seed_example_rewrite_question_and_next_step() {
    let text = "The social worker did not engage mother in the assessment.";
    assert_fix(
        text,
        "T001",
        0,
        "There was evidence that mother had not been engaged in the assessment.",
    );
    assert_fix(
        text,
        "T001",
        1,
        "There was evidence that mother had not been engaged in the assessment. What helped or \
hindered mother being engaged in the assessment?",
    );
    assert_fix(
        text,
        "T001",
        2,
        "There was evidence that mother had not been engaged in the assessment. The next step is \
for mother to be engaged in the assessment.",
    );
    let d = fires("T001", text);
    assert_eq!(
        text.part(d.range.start()..d.range.end()),
        "The social worker did not engage mother in the assessment"
    );
    assert!(
        d.message.contains("The social worker did not engage")
            || d.message
                .contains("\u{201c}The social worker did not engage")
    );
    assert!(d.fixes[1]
        .title
        .contains("What helped or hindered mother being engaged"));
    assert!(d.fixes[0].title.starts_with("Rewrite reflectively"));
}

#[test]
fn fires_on_many_shapes() {
    for text in [
        "Not all social workers have rebuilt children's chronologies since the move.",
        "A small number of team managers have not held supervision for three months.",
        "Some of the social workers did not record visits.",
        "The GP practice did not send a report to the conference.",
        "The fostering service had not completed the annual review.",
        "Social workers in the assessment service do not consistently check the history.",
        "The manager at the time did not review the plan.",
        // "never" with a present verb; a degree word inside a passive.
        "Social workers never use chronologies to understand neglect.",
        "Risks to disabled children are not well understood by practitioners.",
        // Not placing or using what was needed.
        "The SW did not place Sam with his aunt as agreed.",
        "The worker did not use an interpreter at the visit.",
        "The worker did not let mother know the outcome of the conference.",
        // Contractions, tenses and abbreviations.
        "The allocated worker hasn't updated the chronology since June.",
        "SW didn't visit the family home during August.",
        "The TM had not reviewed the plan.",
        "The IRO has never met Sam.",
        "The practitioner has not yet completed the direct work.",
        "The ATM has yet to sign off the assessment.",
        "Sam's key worker never wrote up the session notes.",
        "The health visitor hasn't been visiting weekly as agreed.",
        "The duty team failed to complete a return interview.",
        "The IRO neglected to invite father to the review.",
        // Coordinated subjects, teams and services.
        "Neither the SW nor the TM recorded the decision.",
        "The SW and the TM did not discuss the case in supervision.",
        "The children's services team failed to notify the IRO of the move.",
        "CAMHS hasn't offered an appointment.",
        "MASH did not pass the contact to the locality team.",
        "Police did not attend the strategy discussion.",
        // Positions in the sentence.
        "Visits are regular. However, the social worker did not see Sam's bedroom.",
        "Sam's views were missed because the IRO did not speak to him beforehand.",
        "The plan is clear, but the TM hasn't signed it off.",
        // Pronouns whose antecedent is the worker.
        "The social worker was allocated in May. She did not visit until July.",
        // Agentive passives and "no attempt".
        "The plan has not been reviewed by the team manager since June.",
        "Sam was not seen alone by the social worker at the last two visits.",
        // "failing to" in the perfect.
        "The social worker has been failing to record visits since June.",
        "Managers have been neglecting to review the plans.",
        // A prepositional verb's passive keeps its preposition.
        "Sam was not spoken to alone by the social worker during the assessment.",
        "Mother's concerns were not responded to by the team manager.",
        "Father has never been listened to by the social worker.",
        "No attempt was made by the SW to contact father.",
        "No effort has been made by the team to find the maternal grandparents.",
        "The TM has still not recorded a rationale.",
        "Health visitors did not share information with the school.",
        "Professionals did not share their concerns with each other.",
        "It is noted that the SW did not attend the core group.",
        "Despite the school's concerns, the allocated social worker did not convene a strategy discussion.",
        "Management oversight was absent: the TM didn't review the plan at any point.",
        // The object carries the negation.
        "The social worker made no contact with father during the assessment.",
        "The TM took no action on the referral from school.",
        "The TM has not recorded any management oversight since July.",
        // A person named with their role in brackets.
        "Ms Begum (SW) omitted to invite father to the initial child protection conference.",
        // A time or place phrase before the subject, without a comma.
        "On 28 October the SW did not visit Sam.",
        "In October the SW did not visit Sam.",
        "At the supervision of 11.09.26 the team manager omitted to set a timescale.",
        // The negation fronted.
        "At no point did the social worker speak to Sam alone during the assessment.",
        "At no time has the TM recorded a rationale for the decision.",
        // A subject shared with the clause before.
        "The YOT worker wasn't at the meeting and didn't send a report.",
        "The SW visited Sam on 3 October but did not see him alone.",
        // A clause reported without "that".
        "Supervision notes show the ATM didn't review the case between July and October.",
        "The file indicates the SW had not updated the plan.",
        "Early Help did not complete an assessment.",
        "Health did not attend the strategy meeting.",
        "SWs did not see Sam alone.",
        "The allocated worker went on leave in June. She had not completed the assessment.",
        "No referral was made by the DSL.",
        "The SW had not been visiting regularly.",
        // British spelling.
        "The SW did not prioritise the referral.",
        "The social worker didn't recognise the cumulative neglect.",
    ] {
        fires("T001", text);
    }
}

#[test]
fn stays_silent_on_family_praise_and_reflective_phrasing() {
    for text in [
        "A small number of parents have not attended.",
        "Not all managers have been trained.",
        "Mother in the presence of the SW did not engage.",
        "Parents in contact with the SW did not attend.",
        // The family as subject.
        "Mother did not attend the core group.",
        "Mother made no contact with the service in October.",
        "Mother attended the meeting and didn't bring the letters.",
        "At no point did mother engage with the plan.",
        "On 3 October mother did not attend the core group.",
        "The plan was reviewed by the TM and hasn't changed since.",
        "Sam was spoken to alone by the social worker at every visit.",
        "Father was not spoken to by mother about the plan.",
        "Mother has been failing to take Sam to school.",
        "The social worker has been trying to record every visit.",
        "The SW spoke to Sam and he didn't want to talk about home.",
        // Findings and idioms, not practice left undone.
        "The SW recorded no concerns at the visit.",
        "The SW made no assumptions about mother's capacity.",
        "The SW made no secret of her worries about the plan.",
        "Dad didn't engage with the SW.",
        "The carers did not take Sam to the dentist.",
        "Neither mother nor father attended the review.",
        "Sam told the social worker she did not want to go home.",
        "The SW visited and mother did not answer the door.",
        "The SW explained the plan, but father did not accept it.",
        "The family network did not meet again.",
        "The school reported that Sam did not attend on Monday.",
        // Praise.
        "The social worker did not hesitate to contact the police.",
        "The worker never gave up on Sam.",
        "The TM did not let the plan drift.",
        "The worker did not allow the pressure of the court timetable to rush Ayo's story.",
        "The IRO did not let the dispute between the parents overshadow the review.",
        "The worker did not let the change of placement interrupt the direct work with Sophie.",
        "Managers do not tolerate drift and track every plan weekly.",
        "Mother never uses the car seat.",
        "Social workers never give up on children.",
        "Managers never sign off assessments without checking the child's views are recorded.",
        "The local authority does not place children in unregistered children's homes.",
        "The council does not use bed and breakfast accommodation for 16- and 17-year-olds.",
        "The SW did not miss any visits.",
        "The IRO has not missed a single review.",
        "The SW didn't delay in making the referral.",
        "The social worker did not lose sight of Sam's wishes.",
        "The SW did not wait for the review before acting.",
        "The duty worker did not leave Sam without a safety plan.",
        "The social worker has not stopped visiting despite the hostility.",
        "The social worker never once cancelled a visit.",
        // Reflective phrasing already.
        "There was evidence that the social worker had not visited since July.",
        "There was evidence that the chronology had not been updated.",
        "What helped or hindered the plan being reviewed?",
        // Not a deficit of the subject's practice.
        "The referral to CAMHS did not include the school's report.",
        "The letter from the social worker did not arrive.",
        "The SW was not able to visit during the floods.",
        "The IRO was not invited to the meeting by mother.",
        "The team manager was not told about the move by the carers.",
        "The health visitor did not identify any concerns about Sam's development.",
        "School did not report any concerns.",
        "The TM did not agree with the step-down.",
        "The social worker did not need to escalate.",
        "The SW did not receive the referral until March.",
        "The worker is not a qualified social worker.",
        "The SW did not have access to the file.",
        "The SW didn't consider it proportionate to convene a strategy discussion.",
        "I did not find evidence of management oversight.",
        "The auditor did not see a chronology on file.",
        "School have not excluded Sam this term.",
        "The nursery did not notice any changes in Sam's presentation.",
        "The worker never failed to visit weekly.",
        "CAMHS did not accept the referral as it did not meet threshold.",
        "TM to allocate a permanent worker to Sam, so that he does not experience another change.",
        "The social worker did not feel it was safe to visit alone.",
        "Sam says he feels that professionals are not listening to him.",
        "Mother told the IRO that the social worker never visited.",
        "Sam's health did not improve over the summer.",
        "No concerns were raised by school.",
        "No injuries were found by the health visitor.",
        // Quoted words.
        "Mother said \u{201c}the social worker never visited\u{201d} and she felt let down.",
    ] {
        silent("T001", text);
    }
}

#[test]
fn a_negated_object_is_named_without_no_or_any_in_the_question_and_next_step() {
    assert_fix(
        "The social worker made no attempt to contact father.",
        "T001",
        1,
        "There was evidence that no attempt had been made to contact father. What helped or \
hindered an attempt being made to contact father?",
    );
    assert_fix(
        "The TM has not recorded any management oversight since July.",
        "T001",
        2,
        "There was evidence that no management oversight had been recorded since July. The next \
step is for management oversight to be recorded.",
    );
}

#[test]
fn rewrites_carry_the_object_and_the_participle() {
    let cases = [
        (
            "The SW did not visit Sam within ten working days.",
            "There was evidence that Sam had not been visited within ten working days.",
        ),
        (
            "The SW visited Sam on 3 October but did not see him alone.",
            "The SW visited Sam on 3 October but there was evidence that he had not been seen alone.",
        ),
        (
            "On 28 October the SW did not visit Sam.",
            "On 28 October there was evidence that Sam had not been visited.",
        ),
        (
            "At no point did the social worker speak to Sam alone during the assessment.",
            "There was evidence that Sam had not been spoken to alone during the assessment.",
        ),
        (
            "The social worker made no attempt to contact father.",
            "There was evidence that no attempt had been made to contact father.",
        ),
        (
            "The TM did not give a rationale for closing the case.",
            "There was evidence that a rationale for closing the case had not been given.",
        ),
        (
            "Supervision notes show the ATM didn't review the case in October.",
            "Supervision notes show the case had not been reviewed in October.",
        ),
        (
            "The IRO did not challenge the drift in permanency planning at the review.",
            "There was evidence that the drift in permanency planning had not been challenged at the review.",
        ),
        (
            "SW hasn't completed the chronology since the transfer.",
            "There was evidence that the chronology had not been completed since the transfer.",
        ),
        (
            "The TM has not signed off the updated care plan, so the actions are not agreed.",
            "There was evidence that the updated care plan had not been signed off, so the actions are not agreed.",
        ),
        (
            "The worker didn't give mother a copy of the plan.",
            "There was evidence that mother had not been given a copy of the plan.",
        ),
        (
            "The social worker never wrote the letter.",
            "There was evidence that the letter had never been written.",
        ),
        (
            "The SW did not take Sam's views into account.",
            "There was evidence that Sam's views had not been taken into account.",
        ),
        (
            "The team did not hold a strategy discussion.",
            "There was evidence that a strategy discussion had not been held.",
        ),
        (
            "The SW didn't meet father before the conference.",
            "There was evidence that father had not been met before the conference.",
        ),
        (
            "The SW did not share the assessment with father.",
            "There was evidence that the assessment had not been shared with father.",
        ),
        (
            "The worker did not plan the next visit.",
            "There was evidence that the next visit had not been planned.",
        ),
        (
            "The school did not refer Sam to the nurse.",
            "There was evidence that Sam had not been referred to the nurse.",
        ),
        (
            "The SW did not copy the minutes to the GP.",
            "There was evidence that the minutes had not been copied to the GP.",
        ),
        (
            "The SW didn't seek father's views.",
            "There was evidence that father's views had not been sought.",
        ),
        (
            "The team failed to act on the school's concerns.",
            "There was evidence that the school's concerns had not been acted on.",
        ),
        (
            "CAMHS failed to respond to the referral for two months.",
            "There was evidence that the referral had not been responded to for two months.",
        ),
        (
            "The IRO did not speak to him before the review.",
            "There was evidence that he had not been spoken to before the review.",
        ),
        (
            "The SW did not always see Sam alone.",
            "There was evidence that Sam had not always been seen alone.",
        ),
        (
            "The TM has yet to sign off the assessment.",
            "There was evidence that the assessment had not yet been signed off.",
        ),
        (
            "The social worker didn't properly record the visit.",
            "There was evidence that the visit had not been properly recorded.",
        ),
        (
            "The S47 was not completed by the social worker within 15 working days.",
            "There was evidence that the S47 had not been completed within 15 working days.",
        ),
        (
            "Reports are not routinely updated by social workers.",
            "There was evidence that reports had not routinely been updated.",
        ),
        (
            "Children were not spoken to alone by social workers.",
            "There was evidence that children had not been spoken to alone.",
        ),
        (
            "No attempt was made by the worker to obtain Sam's views before the review.",
            "There was evidence that Sam's views had not been obtained before the review.",
        ),
        (
            "Neither the SW nor the ATM updated the safety plan after the incident.",
            "There was evidence that the safety plan had not been updated after the incident.",
        ),
        (
            "The school did not inform children's services that Sam had been absent.",
            "There was evidence that children's services had not been informed that Sam had been absent.",
        ),
        (
            "The SW did not see any of the children alone.",
            "There was evidence that none of the children had been seen alone.",
        ),
        (
            "The TM did not provide any management oversight.",
            "There was evidence that no management oversight had been provided.",
        ),
        (
            "No visits were completed by the SW in August.",
            "There was evidence that visits had not been completed in August.",
        ),
        (
            "No referral was made by the DSL.",
            "There was evidence that a referral had not been made.",
        ),
        (
            "It is noted that the SW did not attend the core group.",
            "It is noted that the core group had not been attended.",
        ),
        (
            "The DSL did not make a referral to MASH when Sam disclosed.",
            "There was evidence that a referral to MASH had not been made when Sam disclosed.",
        ),
        (
            "The SW has not completed the life story work with Sam that was agreed at the review.",
            "There was evidence that the life story work with Sam that was agreed at the review had not been completed.",
        ),
    ];
    for (text, want) in cases {
        assert_eq!(fixed(text, 0), want, "{text}");
    }
}

#[test]
fn rewrites_without_an_object() {
    assert_fix(
        "The SW did not visit.",
        "T001",
        0,
        "There was no evidence of a visit.",
    );
    assert_fix(
        "The social worker did not respond.",
        "T001",
        1,
        "There was no evidence of a response. What helped or hindered a response taking place?",
    );
    assert_fix(
        "The duty worker did not check whether Sam was safe.",
        "T001",
        0,
        "There was no evidence of checking whether Sam was safe.",
    );
    assert_fix(
        "The SW didn't attend the PEP meeting or send a report.",
        "T001",
        0,
        "There was no evidence of attending the PEP meeting or sending a report.",
    );
}

#[test]
fn rewrites_keep_the_rest_of_the_sentence() {
    // Mid-sentence: lower-case frame, the opening words kept.
    assert_fix(
        "The plan was shared, which is positive. However, the team failed to include father's partner, although she lives there.",
        "T001",
        0,
        "The plan was shared, which is positive. However, there was evidence that father's partner had not been included, although she lives there.",
    );
    // A subordinate clause takes the plain passive.
    assert_fix(
        "Sam's views were missed because the IRO did not speak to him beforehand, which matters.",
        "T001",
        0,
        "Sam's views were missed because he had not been spoken to beforehand, which matters.",
    );
    // A second verb keeps its subject.
    assert_fix(
        "The health visitor did not attend the ICPC and sent no report.",
        "T001",
        0,
        "There was evidence that the ICPC had not been attended and the health visitor sent no report.",
    );
    // No full stop: the question is still a sentence of its own.
    assert_fix(
        "The SW did not update the plan",
        "T001",
        1,
        "There was evidence that the plan had not been updated. What helped or hindered the plan being updated?",
    );
    // The next step leaves out past dates.
    assert_fix(
        "The TM did not review the case in supervision in July 2026.",
        "T001",
        2,
        "There was evidence that the case had not been reviewed in supervision in July 2026. The next step is for the case to be reviewed in supervision.",
    );
}

#[test]
fn fires_in_free_text_and_every_section() {
    fires(
        "T001",
        "Notes from the discussion.\n\nThe social worker did not update the genogram.\n",
    );
    let doc = "---\nchild: Sam\n---\n## Planning\nJudgement: Good\n### Evidence\nVisits are regular.\n### Impact\nFor Sam, the plan was late because the TM did not sign it off, which means he waited.\n";
    let d = fires("T001", doc);
    assert_eq!(
        doc.part(d.range.start()..d.range.end()),
        "the TM did not sign it off"
    );
}

#[test]
fn one_diagnostic_per_clause() {
    let all = check("The SW did not visit Sam and did not call mother. The TM did not review it.");
    assert_eq!(all.iter().filter(|d| d.code == "T001").count(), 2);
}

mod cheap_test {
    use proptest::prelude::*;

    use crate::config::Config;
    use crate::document::Document;
    use crate::rules::{tone, Context};

    /// Words deficits are phrased with, in several cases and spellings, and words around them.
    const VOCABULARY: &[&str] = &[
        "The",
        "SW",
        "social",
        "worker",
        "TM",
        "team",
        "she",
        "they",
        "did",
        "DID",
        "not",
        "NOT",
        "Not",
        "didn't",
        "DIDN’T",
        "hasn’t",
        "wasn't",
        "has",
        "had",
        "is",
        "was",
        "never",
        "Never",
        "yet",
        "Yet",
        "to",
        "failed",
        "Fails",
        "neglected",
        "omitted",
        "Neither",
        "nor",
        "No",
        "no",
        "attempt",
        "effort",
        "were",
        "been",
        "made",
        "by",
        "completed",
        "visit",
        "see",
        "engage",
        "Sam",
        "mother",
        "still",
        "also",
        "properly",
        "the",
        "assessment",
        "plan",
        ",",
        ".",
        "not-yet",
        "_not_",
        "knot",
        "note",
        "now",
        "é",
        "’",
        "'",
    ];

    /// Deficits `find` reads in every sentence of `text`.
    fn deficits(text: &str) -> Vec<(String, usize)> {
        let doc = Document::parse(text);
        let config = Config::default();
        let ctx = Context::new(&doc, &config);
        let mut out = Vec::new();
        for (index, sentence) in doc.sentences.iter().enumerate() {
            let Some(view) = tone::view(&ctx, index) else {
                continue;
            };
            let found = super::super::find(view, tone::Previous::of(&ctx, index));
            if !found.is_empty() {
                out.push((doc.slice(sentence.range).to_owned(), found.len()));
            }
        }
        out
    }

    #[test]
    fn sentences_with_a_deficit_pass_the_cheap_test() {
        for text in [
            "The SW did not visit Sam.",
            "THE SW DIDN’T VISIT SAM.",
            "The TM has yet to review the plan.",
            "The team failed to include father.",
            "No attempt was made by the SW to see Sam.",
            "Neither the SW nor the TM has visited.",
            "The plan was not completed by the SW.",
            "The SW has never visited Sam.",
        ] {
            assert!(!deficits(text).is_empty(), "{text}");
            assert!(super::super::may_deny(text), "{text}");
        }
        for text in [
            "The SW visited Sam twice, and knows her well.",
            "Note the plan now.",
            "A knotted cord.",
        ] {
            assert!(!super::super::may_deny(text), "{text}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]

        #[test]
        fn a_sentence_that_fails_the_cheap_test_has_no_deficit(
            words in proptest::collection::vec(0..VOCABULARY.len(), 1..16)
        ) {
            let text = words.iter().map(|&i| VOCABULARY[i]).collect::<Vec<_>>().join(" ");
            for (sentence, _) in deficits(&text) {
                prop_assert!(super::super::may_deny(&sentence), "{sentence:?}");
            }
        }
    }
}

#[test]
fn leaders_councils_and_partner_agencies_are_practice_subjects() {
    for text in [
        "Senior leaders did not review the waiting list.",
        "The county council has not published its sufficiency strategy.",
        "Partner agencies did not attend the strategy discussion.",
        "Police officers did not share the incident log with the school.",
    ] {
        crate::rules::test_support::fires("T001", text);
    }
    crate::rules::test_support::silent("T001", "Mother's partner has not provided his details.");
}

#[test]
fn refusals_failures_in_progress_and_failure_passives() {
    use crate::rules::test_support::{fires, silent};
    for text in [
        "The duty manager refused to convene a strategy meeting.",
        "The council as a whole has failed to act on the audit findings.",
        "Managers were failing to record their rationale for closing cases.",
        "Warning signs were overlooked by the health visitor.",
        "Too many workers are not recording direct work.",
    ] {
        fires("T001", text);
    }
    // A family member's refusal, and a failure with no practitioner agent.
    silent("T001", "Father refused to let the worker into the flat.");
    silent("T001", "Several appointments were missed by mother.");
}

#[test]
fn a_failure_passive_is_rewritten_as_what_had_not_been_done() {
    let text = "Jo's wishes were ignored by the IRO.";
    let d = crate::rules::test_support::fires("T001", text);
    let title = &d.fixes[0].title;
    assert!(title.contains("had not been acted on"), "{title}");
    assert!(!title.contains("not been ignored"), "{title}");
}

#[test]
fn fix_titles_of_a_hard_wrapped_sentence_are_one_line() {
    let text =
        "The allocated social worker did not\nvisit Jo at home during\nthe summer holidays.\n";
    let d = crate::rules::test_support::fires("T001", text);
    assert!(!d.fixes.is_empty());
    for fix in &d.fixes {
        assert!(!fix.title.contains('\n'), "{:?}", fix.title);
        assert!(!fix.title.contains("  "), "{:?}", fix.title);
    }
}

/// Verb forms whose last letters are not ASCII ("zééed") are read without splitting a
/// character (a fuzzer's kind of word; it once panicked in the base-form guess).
#[test]
fn verbs_ending_in_non_ascii_letters_do_not_split_a_character() {
    for word in [
        "zééed",
        "visiééed",
        "zééing",
        "caféed",
        "naïïed",
        "ééé",
        "éed",
    ] {
        let text = format!(
            "## A\n\nJudgement: Good\n\n### Evidence\nThe social worker {word} the plan. \
             The social worker did not {word} the plan. Mother was not {word}.\n\n\
             ### Actions\n- {word} the plan.\n- The plan to be {word}.\n"
        );
        let _ = crate::check(&text, &crate::Config::default());
    }
    assert_eq!(super::guess_base("zééed"), "zé");
}

/// "Forgot to" is a failure like "failed to"; "our team" and "our service" are the
/// service; "did not just …" and "not only …" deny nothing.
#[test]
fn forgot_our_team_and_not_just() {
    fires(
        "T001",
        "The duty worker forgot to check the police records.",
    );
    fires("T001", "Our team failed to convene a strategy discussion.");
    fires("T001", "Our service did not offer Ruby an advocate.");
    silent("T001", "Mum forgot to bring the medication to contact.");
    silent("T001", "Our foster carers did not want Ruby to move.");
    silent(
        "T001",
        "The worker did not just visit; she took Ruby to the park to talk.",
    );
    silent(
        "T001",
        "Our team did not only complete the assessment on time; it involved Ruby throughout.",
    );
}

#[test]
fn a_phrase_of_when_between_the_passive_and_its_agent() {
    for (text, want) in [
        (
            "Visits were not completed within timescales by the allocated worker.",
            "There was evidence that visits had not been completed within timescales",
        ),
        (
            "Visits were not completed on time by the allocated worker.",
            "There was evidence that visits had not been completed on time",
        ),
        (
            "The assessment was not updated after the incident by the social worker.",
            "There was evidence that the assessment had not been updated after the incident",
        ),
    ] {
        assert!(
            fixed(text, 0).starts_with(want),
            "{text}: {}",
            fixed(text, 0)
        );
    }
    // A collective agent.
    fires(
        "T001",
        "The voice of the child was not heard by professionals.",
    );
    fires("T001", "The plan was not shared by partner agencies.");
    silent("T001", "The plan was not shared by her partners.");
    fires(
        "T001",
        "Between March and June, no home visits were made by the allocated worker.",
    );
    fires(
        "T001",
        "Return home interviews were not offered to Callum by the commissioned service.",
    );
    assert!(
        fixed(
            "The plan was not shared with Ms Khan by the social worker.",
            0
        )
        .contains("shared with Ms Khan"),
        "a name keeps its capitals"
    );
    silent(
        "T001",
        "The SW did not rely on mother's account alone and spoke to Sam at school.",
    );
    silent(
        "T001",
        "The SW did not take father's explanation at face value.",
    );
    silent(
        "T001",
        "Social workers do not use jargon in their letters to children.",
    );
    // Not doing something undesirable is no deficit.
    silent(
        "T001",
        "Most social workers do not carry excessive caseloads.",
    );
    silent(
        "T001",
        "The SW did not make any unnecessary changes to the plan.",
    );
    fires(
        "T001",
        "The SW did not make the necessary changes to the plan.",
    );
    // The agent decides: a parent, or a deadline, is not a practitioner.
    silent(
        "T001",
        "The plan was not agreed within timescales by the parents.",
    );
    silent(
        "T001",
        "The form was not returned on time by the end of the month.",
    );
}

#[test]
fn rarely_and_seldom_are_deficits_kept_in_the_rewrite() {
    assert_fix(
        "Social workers rarely use chronologies to inform assessments.",
        "T001",
        0,
        "There was evidence that chronologies had rarely been used to inform assessments.",
    );
    assert_fix(
        "The IRO has seldom challenged drift.",
        "T001",
        0,
        "There was evidence that drift had seldom been challenged.",
    );
    fires(
        "T001",
        "Chronologies are rarely completed by social workers.",
    );
    // About the family, or praise, or not about anyone: silent.
    silent("T001", "Jo rarely attends school.");
    silent("T001", "The social worker rarely missed a visit.");
    silent("T001", "It is rarely the case that workers are late.");
}

#[test]
fn not_accounting_for_practice_is_a_deficit_and_an_obstacle_is_not() {
    assert_fix(
        "The service could not evidence that children were seen alone.",
        "T001",
        0,
        "There was no evidence that children were seen alone.",
    );
    assert_fix(
        "Managers were unable to explain why the plan had drifted.",
        "T001",
        2,
        "There was no record of why the plan had drifted. The next step is for the file to show \
why the plan had drifted.",
    );
    fires(
        "T001",
        "The SW cannot show how Jo's views informed the plan.",
    );
    silent(
        "T001",
        "The social worker could not gain entry to the home.",
    );
    silent("T001", "Mother could not explain the injury.");
}

#[test]
fn a_quantifier_that_denies_some_practitioners_their_practice() {
    assert_fix(
        "Too few social workers complete chronologies.",
        "T001",
        0,
        "There was evidence that chronologies had not always been completed.",
    );
    let d = fires("T001", "Not all managers record their oversight.");
    assert!(
        d.message.contains("Not all managers record"),
        "{}",
        d.message
    );
    // About children, or not a practitioner: silent.
    silent("T001", "Not all children are seen alone.");
    silent("T001", "Too few foster carers live locally.");
}

#[test]
fn a_delay_in_practice_is_rewritten_as_not_done_promptly() {
    assert_fix(
        "Managers have been slow to address drift in children's plans.",
        "T001",
        0,
        "There was evidence that drift in children's plans had not been promptly addressed.",
    );
    fires("T001", "The team was too slow to respond to the referral.");
    // Slow of the family or the child is not practice.
    silent(
        "T001",
        "Mother was slow to engage with the parenting course.",
    );
    silent("T001", "Jo was slow to settle at nursery.");
    silent("T001", "The social worker was not slow to act.");
}

#[test]
fn a_failure_said_by_its_verb() {
    assert_fix(
        "The manager overlooked the repeated referrals.",
        "T001",
        0,
        "There was evidence that the repeated referrals had not been noticed.",
    );
    assert_fix(
        "The worker missed the significance of the bruise.",
        "T001",
        0,
        "There was evidence that the significance of the bruise had not been recognised.",
    );
    assert_fix(
        "The team missed several opportunities to intervene.",
        "T001",
        0,
        "There was evidence that several opportunities had not been taken to intervene.",
    );
    fires(
        "T001",
        "The social worker had ignored the school's concerns.",
    );
    // Praise, the family, the child, an event, or reported by the family: silent.
    silent("T001", "The social worker never missed a visit.");
    silent("T001", "The IRO has not ignored the drift.");
    silent("T001", "Mother ignored the advice of the health visitor.");
    silent("T001", "Jo missed the opportunity to attend the review.");
    assert_fix(
        "The worker missed a statutory visit in August.",
        "T001",
        0,
        "There was evidence that a statutory visit had not been carried out in August.",
    );
    silent("T001", "The worker missed the start of the meeting.");
}

#[test]
fn an_aside_after_the_auxiliary_and_a_named_author_of_the_record() {
    for text in [
        "The worker has, perhaps understandably, still not seen Jo on her own.",
        "The social worker has, in fairness, not visited since May.",
        "Since the case transferred in June, Ms Adeyemi hasn't updated the chronology.",
        "Mr Shah did not record the visit in the case notes.",
        "The force did not send the notification to the MASH until eleven days later.",
        // A participle between the determiner and the role.
        "The assessing worker omitted to seek the views of his grandparents.",
    ] {
        fires("T001", text);
    }
    for text in [
        "Mother has, at times, not attended.",
        "The worker has, with the manager, agreed a plan.",
        // A named parent, or a record read rather than written.
        "Ms Adeyemi has not read the chronology.",
        "Ms Adeyemi (mother) has not attended the meeting.",
        "The worsening situation did not improve.",
    ] {
        silent("T001", text);
    }
}

#[test]
fn not_doing_what_a_practitioner_should_not_do() {
    for text in [
        "The social worker did not take either parent's side.",
        "The IRO did not let the plan stand still.",
        "The social worker does not speak Polish, so an interpreter was booked.",
        "The SW did not share the carers' address with birth father.",
    ] {
        silent("T001", text);
    }
    for text in [
        "The SW did not speak to Jo alone.",
        "The SW did not share the referral with the police.",
        "The worker did not take the concerns seriously.",
    ] {
        fires("T001", text);
    }
}

#[test]
fn an_aside_between_the_practitioner_and_the_verb() {
    // A circumstance opens the rewrite.
    assert_fix(
        "The social worker, despite two reminders from the IRO, did not update the plan.",
        "T001",
        0,
        "Despite two reminders from the IRO, there was evidence that the plan had not been updated.",
    );
    // A relative clause becomes a clause of its own.
    assert_fix(
        "The IRO, who had chaired both reviews, did not challenge the drift.",
        "T001",
        0,
        "The IRO had chaired both reviews; there was evidence that the drift had not been challenged.",
    );
    // A name, or a worker's initials, before the role.
    fires(
        "T001",
        "Ms Kaur, the allocated social worker, did not visit Jo for eight weeks.",
    );
    fires(
        "T001",
        "RK, the allocated social worker, omitted to convene it.",
    );
    // Family members are not practitioners, asides or not.
    silent("T001", "Mum, the main carer, did not attend the review.");
    silent(
        "T001",
        "Jo's mother, despite support from the family worker, did not attend.",
    );
}

#[test]
fn never_got_round_to_and_services_named_by_age_band() {
    assert_fix(
        "The team manager never got round to reviewing the plan.",
        "T001",
        0,
        "There was evidence that the plan had never been reviewed.",
    );
    fires(
        "T001",
        "The 0-19 service did not follow up the missed appointment.",
    );
}

#[test]
fn a_verb_after_a_joined_phrase_of_time_shares_the_subject() {
    fires(
        "T001",
        "The supervising social worker visited in July and again in September but did not discuss the wetting with the carers.",
    );
    silent(
        "T001",
        "The mother attended in July and again in September but did not discuss the wetting.",
    );
}

#[test]
fn teams_by_name_roles_in_brackets_and_a_name_after_the_role() {
    fires(
        "T001",
        "The Assessment and Intervention Team failed to convene a strategy discussion.",
    );
    fires(
        "T001",
        "KD (allocated SW) has not recorded any of the direct work sessions.",
    );
    fires(
        "T001",
        "The school nurse, Mrs Patel, didn't follow up the enuresis referral.",
    );
    silent(
        "T001",
        "Jo told the social worker, Mrs Patel, that she did not want to go home.",
    );
}

#[test]
fn an_approved_omission_and_an_embedded_question() {
    silent(
        "T001",
        "The social worker appropriately did not disclose the carers' address to father.",
    );
    silent("T001", "The IRO rightly did not agree the plan.");
    let d = fires(
        "T001",
        "Team manager to discuss in supervision why the social worker did not complete a return home interview.",
    );
    // After "why" the rewrite is a clause, with no "There was evidence that".
    assert!(
        d.fixes[0]
            .title
            .contains("a return home interview had not been completed"),
        "{}",
        d.fixes[0].title
    );
    assert!(
        !d.fixes[0].title.contains("evidence"),
        "{}",
        d.fixes[0].title
    );
}

#[test]
fn a_practitioners_failure_as_a_noun_phrase() {
    assert_fix(
        "The social worker's failure to visit during the summer holidays means there is no record of who cared for Jo.",
        "T001",
        0,
        "The absence of a visit during the summer holidays means there is no record of who cared for Jo.",
    );
    assert_fix(
        "The IRO's failure to challenge the drift meant Jo waited.",
        "T001",
        0,
        "The drift not being challenged meant Jo waited.",
    );
    let d = fires(
        "T001",
        "The SW's failure to complete the assessment is a concern.",
    );
    assert!(
        d.message.contains("makes the SW the subject"),
        "{}",
        d.message
    );
    silent(
        "T001",
        "Mother's failure to attend meant the review was postponed.",
    );
    silent(
        "T001",
        "Jo's failure to thrive was noted by the health visitor.",
    );
    // The practitioner named after the failure.
    assert_fix(
        "The failure of the family-finding team to share the report meant the adopters read it at panel.",
        "T001",
        0,
        "The report not being shared meant the adopters read it at panel.",
    );
    let d = fires(
        "T001",
        "The failure by the social worker to visit meant Jo was unseen.",
    );
    assert!(
        d.message.contains("makes the social worker the subject"),
        "{}",
        d.message
    );
    silent(
        "T001",
        "The failure of the boiler to work meant the house was cold.",
    );
    silent(
        "T001",
        "The failure of mother to attend meant the review was postponed.",
    );
}

#[test]
fn a_locum_and_the_duty_team_are_practitioners() {
    fires(
        "T001",
        "The locum never visited Jo at her short-break placement.",
    );
    fires(
        "T001",
        "Duty did not record the threshold decision until four days after the contact.",
    );
    silent("T001", "Duty of care was not discussed with the carers.");
}

#[test]
fn a_negated_gerund_and_made_no_attempt() {
    assert_fix(
        "The impact of the social worker not seeing Jo alone is that her worries are unheard.",
        "T001",
        0,
        "The impact of Jo not being seen alone is that her worries are unheard.",
    );
    silent(
        "T001",
        "The impact of mother not attending is that Jo waited.",
    );
    assert_fix(
        "SW has made no attempt to find out what Jo thinks about contact.",
        "T001",
        0,
        "There was no evidence of an attempt to find out what Jo thinks about contact.",
    );
    silent("T001", "Mother has made no attempt to contact the school.");
}

#[test]
fn a_lack_with_a_practitioner_as_its_agent() {
    assert_fix(
        "There was a lack of visits by the allocated social worker over the summer.",
        "T001",
        0,
        "There was a lack of visits over the summer.",
    );
    let d = fires(
        "T001",
        "The absence of challenge from the IRO meant the plan drifted.",
    );
    assert!(
        d.message.contains("absence of challenge from the IRO"),
        "{}",
        d.message
    );
    // The family's, a child's own, or a lack of something else.
    silent("T001", "There was a lack of engagement from mother.");
    silent(
        "T001",
        "Jo's lack of trust in the social worker is understandable.",
    );
    silent(
        "T001",
        "Despite a lack of support from her family, Jo has done well.",
    );
}

#[test]
fn an_agent_after_a_fronted_no_is_quoted_whole() {
    let d = fires("T001", "No referral was made by the DSL.");
    assert!(
        d.message
            .contains("\u{201c}No referral was made by the DSL\u{201d}"),
        "{}",
        d.message
    );
}

#[test]
fn a_worker_by_initials_on_a_task_of_casework() {
    fires("T001", "RB did not send the referral to CAMHS until March.");
    fires("T001", "DW has still not updated the chronology.");
    fires(
        "T001",
        "No referral to the speech and language therapy service was made by the worker.",
    );
    // Initials doing what a child or parent does, or capitals that name a process.
    silent("T001", "JB did not attend the review.");
    silent("T001", "LM did not complete her homework.");
    silent("T001", "CP did not complete the plan on time.");
}

#[test]
fn unable_to_do_a_task_of_practice() {
    fires(
        "T001",
        "The SW was unable to see Jo alone on any of the four visits.",
    );
    // A cause given outside practice, or a parent unable.
    silent(
        "T001",
        "The SW was unable to see Jo alone because the family refused access.",
    );
    silent("T001", "Mother was unable to attend the meeting.");
}

#[test]
fn a_worker_named_in_brackets_by_title_or_after_their_role() {
    fires(
        "T001",
        "The allocated worker (RT) has not shared the plan with school.",
    );
    fires(
        "T001",
        "Mr Adebayo did not send the minutes of the strategy discussion to the GP.",
    );
    fires(
        "T001",
        "As team manager, Ms Lowe did not challenge the drift.",
    );
    // A parent named by title, or not named after a role of practice.
    silent("T001", "Ms Hart did not complete the parenting assessment.");
    silent(
        "T001",
        "Mrs Khan did not share the hospital letter with school.",
    );
    silent("T001", "As her mother, Ms Hart did not attend.");
}

#[test]
fn an_aside_an_agent_by_name_and_a_fronted_report() {
    fires(
        "T001",
        "The social worker did not, at any point over the summer, visit Jo at home.",
    );
    fires(
        "T001",
        "The chronology was not updated by Ms Reid after the move.",
    );
    fires("T001", "Direct work wasn't started by KL.");
    fires(
        "T001",
        "When Jo told her teacher that she was scared, the duty team did not convene a strategy discussion.",
    );
    // A parent by name as the agent of something not practice's; a child's words reported.
    silent("T001", "The consent form was not signed by Ms Hart.");
    silent(
        "T001",
        "Jo said that the social worker did not listen to her.",
    );
    silent(
        "T001",
        "Mother did not, at any point, attend the core group.",
    );
}

#[test]
fn a_pronoun_or_name_after_a_worker_introduced_by_name() {
    // The sentence before names the worker with their role, and the child.
    fires(
        "T001",
        "Mrs Patel, the allocated social worker, saw Kai at school in June. She did not speak to him alone.",
    );
    fires(
        "T001",
        "Mr Obi (SSW) took over the case for Kai in May. He has not updated the plan since.",
    );
    fires(
        "T001",
        "Robin, a newly qualified social worker, met Kai and his nan in March. They didn't record his wishes.",
    );
    fires(
        "T001",
        "Priya is the allocated worker for Kai and his sister. Priya failed to convene the core group.",
    );
    // The pronoun's gender is not the worker's title: the parent is meant.
    silent(
        "T001",
        "Ms Lowe (SW) met Mr Dunn at the flat in May. He did not attend the review that followed.",
    );
    // The name is the child's, or a parent's introduced as a parent.
    silent(
        "T001",
        "Kai, the eldest of three, saw the social worker in June. He did not attend school that week.",
    );
    silent(
        "T001",
        "Priya is the mother of Kai and his sister. Priya failed to attend the core group.",
    );
}

#[test]
fn omitting_something_from_a_record() {
    fires(
        "T001",
        "The health visitor omitted the growth concerns from her report to the conference.",
    );
    // A parent's omission; "omitted to" is read as before.
    silent("T001", "Mum omitted her new partner's name from the form.");
    fires("T001", "The social worker omitted to invite the father.");
}

#[test]
fn a_name_in_apposition_after_a_role() {
    fires(
        "T001",
        "The allocated social worker, Priya Desai, met Kai twice at school. However, Priya did not speak with father.",
    );
    fires(
        "T001",
        "The team manager, Mr Adeyemi, signed off the plan in May. Mr Adeyemi has not reviewed it since.",
    );
    // The name after a role is the role's; the one after a parent is the parent's.
    silent(
        "T001",
        "Kai's mother, Priya Desai, met the social worker twice. However, Priya did not attend the core group.",
    );
}

#[test]
fn a_role_named_between_commas_and_any_rationale_not_recorded() {
    fires(
        "T001",
        "However, the team manager, Mr Daniel Achterberg, did not record any rationale for stepping Kai's case down.",
    );
    fires(
        "T001",
        "The social worker did not record any views of Kai's father.",
    );
    // A finding, and a parent named between commas.
    silent(
        "T001",
        "The health visitor did not record any concerns at the visit.",
    );
    silent(
        "T001",
        "Kai's mother, Ms Walsh, did not attend the core group.",
    );
}

#[test]
fn a_base_form_ending_in_ing_and_partners_named_by_their_sector() {
    fires(
        "T001",
        "The SW did not bring the updated chronology to conference.",
    );
    fires(
        "T001",
        "Health partners failed to share the discharge summary.",
    );
    silent("T001", "Mother did not bring Jo to the appointment.");
}

#[test]
fn no_attempt_by_a_practitioner_after_there_was() {
    fires(
        "T001",
        "There was no attempt by the allocated worker to meet father before the review.",
    );
    silent(
        "T001",
        "There was no attempt by mother to contact the school.",
    );
    fires(
        "T001",
        "The YOT case manager failed to complete the AssetPlus review.",
    );
    fires(
        "T001",
        "After the strategy meeting the SW neither visited nor rang the family.",
    );
    silent(
        "T001",
        "After the strategy meeting father neither visited nor rang the children.",
    );
}

#[test]
fn a_failure_denied_of_every_case_and_approval_held_until_a_condition_are_not_deficits() {
    silent(
        "T001",
        "No review was missed by the IRO during the year, and each was held on time.",
    );
    silent(
        "T001",
        "The manager did not approve the plan until the contingency arrangements had been added.",
    );
    // A time after "until" is a delay, however the clause ends.
    fires(
        "T001",
        "The manager did not approve the plan until five weeks after it was written.",
    );
    fires("T001", "Two visits were missed by the worker in August.");
}

#[test]
fn a_team_named_in_lower_case_by_what_it_does() {
    for text in [
        "The early intervention team does not routinely record the outcome of its visits.",
        "The disabled children service has not reviewed Sam's short breaks since April.",
        "In some cases the family time team did not record why contact was cancelled.",
    ] {
        fires("T001", text);
    }
    for text in [
        "Sam's mother told the school nurse that she did not want help.",
        "The children did not attend the club run by the youth service.",
    ] {
        silent("T001", text);
    }
}

#[test]
fn not_knowing_how_to_practise_and_counterfactuals() {
    for text in [
        "Some social workers did not know how to request a legal planning meeting.",
        "Managers do not always understand the criteria for stepping a case down.",
        "Practice supervisors do not routinely record the reasons for their decisions.",
    ] {
        fires("T001", text);
    }
    for text in [
        "The social worker did not know about the new partner until the school said so.",
        "If the IRO had not challenged the plan, Sam would have moved again.",
    ] {
        silent("T001", text);
    }
}

#[test]
fn no_assumptions_made_by_the_worker_is_praise() {
    for text in [
        "No assumptions were made by the worker about Zainab's faith or culture.",
        "No judgements were made by the social worker about mother's home.",
    ] {
        silent("T001", text);
    }
    fires("T001", "No referral was made by the social worker.");
}
