use crate::config::Config;
use crate::rules::test_support::{assert_fix, fires, silent};

#[test]
fn fires_on_judgements_about_practice() {
    for text in [
        "Inadequate supervision of the duty workers meant decisions went unchecked.",
        "The delay was a clear failure on the part of the duty team.",
        "Recording has been poor since the transfer.",
        // Whose it was decides: a practitioner as the agent.
        "Poor attendance by social workers at core groups has delayed the plan.",
        "Poor communication from the team manager left the carers unsure.",
        "The quality of the assessment was poor.",
        "The analysis in the assessment is inadequate.",
        "Visits were poorly recorded during the summer.",
        "This was poor practice.",
        "It is unacceptable that the plan has not been reviewed.",
        "The gap in visits is unacceptable.",
        "Case notes are sloppy and often late.",
        "Recording was careless.",
        "It was negligent to close the case without seeing Sam.",
        "The response to the disclosure was shoddy.",
        "This was a shocking delay.",
        "The eight-week wait for a strategy discussion is inexcusable.",
        "There is no excuse for the minutes not being shared.",
        "The failure of the team to act left Sam at risk.",
        "There was a failure by the service to share information.",
        "The failure to visit meant Sam was not seen for six weeks.",
        "Sam was let down by professionals.",
        "Supervision has been unacceptably infrequent.",
        "The SW's recording is unprofessional.",
        "Information sharing has been poor.",
        "Communication between agencies was poor.",
        "The standard of recording is poor.",
        "Attendance at core groups by health has been poor.",
        "It is not acceptable that the plan was not shared.",
        "Not sharing the plan with father was careless.",
        "Recording was very poor.",
        "There was poor management oversight.",
        "Poor recording meant that Sam's views were lost.",
        "It is disappointing that the plan was not reviewed.",
        "It was a serious failing not to hold a strategy discussion.",
        "There is poor communication between the SW and school.",
        // A predicate after a coordinator shares its subject.
        "The quality of plans is inconsistent and too often poor.",
        "Supervision was irregular and poor.",
        // Fault-finding about a decision.
        "Closing the case was a serious error of judgement.",
        "The decision to step the case down was a significant mistake.",
        "The plan is woefully out of date.",
        "The handover between teams was badly managed.",
        "It is unacceptable that some children in care were left without a social worker.",
        // Verdicts on practice.
        "The decision to close the case was indefensible.",
        "The quality of supervision is deficient.",
        "The response from the front door was shambolic.",
        "This was a dereliction of duty by the worker.",
        "The duty team is to blame for the delay.",
        "The decision to close the case was reckless.",
        "The decision to close the case was a catastrophic error.",
        "This was a catastrophic error of judgement by the manager.",
    ] {
        fires("T002", text);
    }
}

#[test]
fn fires_on_hindsight_in_every_form() {
    for text in [
        "The SW should have visited within five days.",
        "The worker should really have pushed for monthly core groups.",
        // A fronted clause that reports, over at its comma.
        "When nursery reported a second bruise, a strategy discussion should have been held.",
        "A home visit could easily have been arranged that week.",
        "The team dropped the ball when the placement began to wobble.",
        "There can be no justification for the chronology being a year out of date.",
        "The delay in allocating the case was avoidable.",
        // Curly apostrophes, as word processors type them.
        "The IRO should\u{2019}ve escalated the drift.",
        "The worker shouldn\u{2019}t have shared the address with father.",
        "The TM should've escalated the case.",
        "The IRO shouldn't have agreed the plan.",
        "The worker should not have cancelled the session.",
        "The team should never have closed the case.",
        "MASH ought to have recognised the pattern.",
        "The IRO ought not to have agreed the plan without a contingency.",
        "The chronology should have been updated before the review.",
        "Sam should have been seen alone.",
        "With hindsight, the team should have known about the move.",
    ] {
        fires("T002", text);
    }
}

#[test]
fn silent_on_the_childs_circumstances_and_reported_words() {
    for text in [
        "For two years the twins were subjected to poor supervision and frequent moves.",
        "Sam's school reports inadequate supervision at home after dark.",
        "Sam's attendance has been poor this term.",
        // Others' view, reported with a plural subject.
        "Teachers describe Sam's behaviour at lunchtime as unacceptable.",
        "Sam's fall from the climbing frame was avoidable, the school accepts.",
        "Sam's reckless driving put him at risk.",
        "Sam has been reckless with money.",
        "Poor attendance by mother at contact has upset Sam.",
        // The scale from good to poor, not a judgement.
        "Managers can tell strong and weak practice apart in supervision.",
        "The training uses examples of good and poor practice.",
        "Sam lives in inadequate housing.",
        "The living conditions were poor when the SW visited.",
        "Sam has poor dental health.",
        "Sam's sleep is poor and he is often tired at school.",
        "Sam's diet was poor before he came into care.",
        "The flat was in poor repair.",
        "Mother's parenting has been inadequate at times.",
        "Sam's progress in reading has been poor.",
        "The family's finances are poor and the SW has referred them to the food bank.",
        "Sam should have contact with his sister every week.",
        "Sam should have his health assessment in January.",
        "Father should have protected Sam from his partner.",
        "Sam should have been at school on the day of the incident.",
        "Mother said that the way the school treated Sam was unacceptable.",
        "Sam told his SW that the bullying was unacceptable.",
        "His behaviour at school was described as unacceptable by his teacher.",
        "Sam's mother felt let down by her own family.",
        "Sam's failure to thrive was identified by the health visitor.",
        "Mother's failure to protect Sam is the main concern.",
        "The boiler failure left the family without heating.",
        "The SW has built a good relationship with Sam, which is good practice.",
        "The plan is clear and the recording is up to date.",
        "Sam described the food at the unit as \u{201c}disgraceful\u{201d}.",
        "The water-resistant coat was bought by the carers.",
        "Mother's engagement has been poor.",
        "Poor Sam has had three moves this year.",
        "Sam has had a poor start in life.",
        "Sam's behaviour is not acceptable to the school.",
        "Sam should have been safe at home.",
        "Sam knows that hitting is unacceptable.",
        "There is poor communication between mother and father.",
        "Sam was disappointed that contact was cancelled.",
        "Sam's attendance is patchy and too often poor.",
        "Sam made a serious error of judgement when he got into the car.",
        "Mother's decision to return to her partner was a serious mistake.",
        "Sam was badly hurt in the fall.",
        "Mother acknowledged that leaving the children alone had been unacceptable.",
        "The referral was about poor supervision of the children by their parents.",
        "It is unacceptable that Sam was hit by his father.",
        "Sam's injuries were shockingly severe.",
    ] {
        silent("T002", text);
    }
}

#[test]
fn neutral_alternatives_replace_the_phrase() {
    assert_fix(
        "This was poor practice.",
        "T002",
        0,
        "This was practice that needs strengthening.",
    );
    assert_fix(
        "This was poor practice.",
        "T002",
        1,
        "This was an area for development.",
    );
    assert_fix(
        "For Sam, the poor practice around contact means he waits.",
        "T002",
        0,
        "For Sam, the practice that needs strengthening around contact means he waits.",
    );
    assert_fix(
        "It is unacceptable that the plan has not been reviewed.",
        "T002",
        0,
        "It is a concern that the plan has not been reviewed.",
    );
    assert_fix(
        "Supervision has been unacceptably infrequent.",
        "T002",
        0,
        "Supervision has been infrequent.",
    );
    assert_fix(
        "Recording is sloppy.",
        "T002",
        0,
        "Recording is inconsistent.",
    );
    assert_fix(
        "This was a shocking delay.",
        "T002",
        0,
        "This was a significant delay.",
    );
    assert_fix(
        "There is no excuse for the minutes not being shared.",
        "T002",
        0,
        "There is no recorded reason for the minutes not being shared.",
    );
    assert_fix(
        "The failure of the team to act left Sam at risk.",
        "T002",
        0,
        "The missed opportunity for the team to act left Sam at risk.",
    );
    assert_fix(
        "Sam was let down by professionals.",
        "T002",
        0,
        "Sam was not well served by professionals.",
    );
    assert_fix(
        "Recording has been poor.",
        "T002",
        0,
        "Recording has been limited.",
    );
    // The article follows the new word.
    assert_fix(
        "There was a careless delay in recording.",
        "T002",
        0,
        "There was an inconsistent delay in recording.",
    );
}

#[test]
fn hindsight_becomes_what_would_have_helped() {
    assert_fix(
        "The SW should have visited within five working days.",
        "T002",
        0,
        "It would have helped if the SW had visited within five working days.",
    );
    assert_fix(
        "The SW should have visited within five working days.",
        "T002",
        1,
        "An opportunity to visit within five working days was missed.",
    );
    assert_fix(
        "The chronology should have been updated before the review.",
        "T002",
        1,
        "An opportunity to update the chronology before the review was missed.",
    );
    assert_fix(
        "Visits were regular, but the TM should've escalated the drift.",
        "T002",
        0,
        "Visits were regular, but it would have helped if the TM had escalated the drift.",
    );
    assert_fix(
        "The worker shouldn't have shared the address with father.",
        "T002",
        0,
        "It would have been better not to share the address with father.",
    );
    // Passive: the subject is who it happened to, and stays.
    assert_fix(
        "Jo shouldn't have been moved again in May.",
        "T002",
        0,
        "It would have been better if Jo had not been moved again in May.",
    );
    let d = fires("T002", "The SW should have visited.");
    assert!(d.message.contains("hindsight"), "{}", d.message);
    assert_eq!(d.fixes.len(), 2);
}

#[test]
fn extra_phrases_from_configuration() {
    let config = Config::from_toml(
        "[lexicon]\nextend-blame-phrases = [\"half-hearted\"]\n",
        "caselint.toml",
    )
    .unwrap();
    let found = crate::check("The assessment was half-hearted.", &config);
    assert!(found.iter().any(|d| d.code == "T002"));
    let found = crate::check("The assessment was half-hearted.", &Config::default());
    assert!(!found.iter().any(|d| d.code == "T002"));
}

#[test]
fn hindsight_denied_of_every_case_is_not_blame() {
    use crate::rules::test_support::{fires, silent};
    silent(
        "T002",
        "The review found no cases where a strategy discussion should have been held sooner.",
    );
    fires(
        "T002",
        "A strategy discussion should have been held sooner.",
    );
}

#[test]
fn weak_and_chaotic_practice_a_poor_standard_and_a_subject_with_a_relative_clause() {
    for text in [
        "The quality of assessments is weak and too variable.",
        "Record keeping in the assessment team is chaotic.",
        "Practice in the disabled children's team is of a poor standard.",
        "The response to children who go missing is inadequate.",
        "The worker who visits the family is poor at recording.",
    ] {
        fires("T002", text);
    }
    for text in [
        "The family's home conditions are chaotic.",
        "Children who live in poor housing are helped quickly.",
        "Sam's reading is weak for his age.",
        "Jo's diet is deficient in iron.",
        "Jo's bedroom was in a shambolic state.",
        "Jo blames herself for the arguments at home.",
        "The housing that the family were given is of a poor standard.",
        "Mother's weak grip on the baby worried the health visitor.",
    ] {
        silent("T002", text);
    }
}

#[test]
fn contempt_for_effort_and_what_was_not_done_for_a_child() {
    for text in [
        "It is unacceptable that his views have not been gathered.",
        "It is unacceptable that Jo has not been seen.",
        "If the worker had bothered to read the police log, the incidents would have been linked.",
        "The worker did not bother to read the log.",
        "The worker was negligent.",
        "Jo's LADO referral was handled negligently.",
        // What was reported ends at the semicolon; the auditor's hindsight follows.
        "Jo told her tutor that her stepfather had hit her; a strategy discussion ought to have been convened that same afternoon.",
    ] {
        fires("T002", text);
    }
    for text in [
        "It is unacceptable that mother has not been honest.",
        "Mother did not bother to attend.",
        "Jo could not be bothered to get up for school.",
        "Jo was struck by a negligent driver outside school.",
        "The landlord was negligent.",
        "Mother drove carelessly.",
        "Mother said the plan was unacceptable; she has since agreed to it.",
    ] {
        silent("T002", text);
    }
}

#[test]
fn between_one_team_and_another_is_one_subject() {
    // The "and" of "between … and …" joins two nouns: the subject is the handover.
    fires(
        "T002",
        "The handover between the assessment team and the child in need team was sloppy, with the chronology left behind.",
    );
}

#[test]
fn damp_and_mould_are_circumstances() {
    silent(
        "T002",
        "The damp and mould in Safa's bedroom are appalling and are making her asthma worse.",
    );
    fires("T002", "The handover of Safa's case was appalling.");
}

#[test]
fn falling_short_a_lapse_and_a_childs_attendance() {
    fires(
        "T002",
        "Practice here fell well short of what Amelia needed.",
    );
    fires(
        "T002",
        "Closing the contact was a serious lapse by the duty team.",
    );
    silent(
        "T002",
        "School attendance remains poor at 71% for the autumn term.",
    );
    fires("T002", "Recording remains poor.");
}

#[test]
fn a_verb_of_judging_says_what_the_word_is_about() {
    // The object of "found" is the home, not practice.
    silent(
        "T002",
        "The social worker found the state of the kitchen unacceptable for a baby.",
    );
    // The object is practice.
    fires(
        "T002",
        "The IRO found the delay in holding the review unacceptable.",
    );
}

#[test]
fn what_someone_must_have_known() {
    fires(
        "T002",
        "The allocated worker must have known about the new partner by the October visit.",
    );
    silent(
        "T002",
        "Mother must have known about the new partner by the October visit.",
    );
}

#[test]
fn a_word_that_can_only_blame_about_a_child_going_without() {
    fires(
        "T002",
        "It is inexcusable that Jo has had no interpreter at any of her reviews.",
    );
    fires(
        "T002",
        "It is inexcusable that Jo, who is deaf, has had no interpreter at her reviews.",
    );
    // A plain judgement about the same child's circumstances stays silent.
    silent(
        "T002",
        "It is unacceptable that Jo has had no breakfast on most school days.",
    );
}

#[test]
fn an_unacceptable_harm_or_risk_is_the_childs_circumstance() {
    silent(
        "T002",
        "The assessment concludes that separating the twins would cause unacceptable harm.",
    );
    silent("T002", "The risk of harm to Jo at home is unacceptable.");
    fires("T002", "The response to the risk was unacceptable.");
}

#[test]
fn a_child_in_need_plan_is_practice() {
    fires(
        "T002",
        "It is unacceptable that Kai's child in need plan has gone five months without a review.",
    );
    fires("T002", "The children in care team's recording is sloppy.");
    silent(
        "T002",
        "It is unacceptable that Kai has to share a bed with his two brothers.",
    );
}

#[test]
fn unacceptable_for_someone_is_said_of_what_went_before() {
    fires(
        "T002",
        "Nobody has visited since the move in June. That is unacceptable for a nine-year-old who has just changed school.",
    );
    // With an infinitive, the one it is unacceptable for is the one who acts.
    silent(
        "T002",
        "It is unacceptable for father to shout at Jo in front of her friends, and she told him so.",
    );
}

#[test]
fn partners_named_by_their_sector_are_practice() {
    fires(
        "T002",
        "Education partners should have shared the exclusion notice the same day.",
    );
}

#[test]
fn a_poor_bus_service_is_the_familys_circumstance() {
    silent(
        "T002",
        "The family live on an estate with a poor bus service and no shop.",
    );
    fires(
        "T002",
        "The family have had a poor service from the duty team.",
    );
}

#[test]
fn an_act_as_subject_comparison_with_a_competent_worker_and_a_parents_practice() {
    // The subject is an act of practice with clauses of its own.
    fires(
        "T002",
        "Closing the referral while the stepfather was still living at home was negligent.",
    );
    // "report" after a determiner is a noun, not reported speech.
    fires("T002", "Sending the report to both parents was careless.");
    fires(
        "T002",
        "Any competent social worker would have asked about the bruise.",
    );
    fires(
        "T002",
        "It was an oversight that even a newly qualified worker would have avoided.",
    );
    fires("T002", "This is hardly an acceptable plan.");
    // A parent's own practice is the family's, not social work's.
    silent(
        "T002",
        "At the first visit father's bottle-feeding practice was poor, and the health visitor showed him how to sterilise.",
    );
    silent(
        "T002",
        "Mother's supervision of the twins at the park was poor.",
    );
}

#[test]
fn the_name_of_a_driving_offence_is_no_judgement() {
    silent(
        "T002",
        "Father has an old conviction for careless driving, which has no bearing on his care of Theo.",
    );
    fires("T002", "The worker's recording of the visit was careless.");
}
