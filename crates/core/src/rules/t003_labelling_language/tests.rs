use crate::config::Config;
use crate::rules::test_support::{assert_fix, fires, silent};

#[test]
fn fires_on_labels_for_children_and_families() {
    for text in [
        "Sam is manipulative and lies to his carers.",
        "Mother remains resistant to the plan.",
        "Sam can be aggressive when he is tired.",
        "Father is an aggressive man.",
        "The aggressive father refused entry.",
        "Mother has been in denial about the risk for months.",
        "The family are chaotic and miss appointments.",
        "Sam's chaotic lifestyle puts him at risk.",
        "Father showed disguised compliance throughout the assessment.",
        "There is evidence of disguised compliance.",
        "Mother is difficult to work with.",
        "Sam is a difficult child.",
        "The parents were hostile at every visit and remain uncooperative.",
        "Dad refuses to engage with the programme.",
        "Mother's refusal to engage with the assessment delayed the plan.",
        "Sam absconded from his placement twice in October.",
        "Sam is putting herself at risk by going out at night.",
        "Sam keeps trying to put himself at risk online.",
        "Both girls placed themselves at risk at the weekend.",
        "Father is unwilling to engage with the domestic abuse service.",
        "The uncooperative parents did not attend.",
        "Mother failed to engage with the parenting course.",
        "Mum is non-compliant.",
        "Father has been noncompliant with the written agreement.",
        "Grandmother refused to co-operate with the assessment.",
        "This hard-to-reach family has moved again.",
        "Her behaviour is attention seeking.",
        "Sam's attention-seeking behaviour is escalating.",
        "Kacper is a difficult boy.",
        "They are a hard to reach family who have moved four times.",
        "This is a resistant, anti-professional family known to the service for years.",
        "Father is anti-professional and hard to engage.",
        "The young person is manipulative.",
        "There has been non-compliance with medication.",
        "Mother presents as hostile and resistant.",
        "Sam is a very manipulative young man.",
        "The family is known to be hard to reach.",
        "Mother was non-engaging throughout.",
        "Mother lacks insight into the impact of her drinking.",
        "Sam is defiant at school and at home.",
        // An agentless passive leaves the label as the audit's own.
        "Father has been described as uncooperative throughout the assessment.",
        "Mother is often seen as manipulative.",
        "The family are regarded as hard to reach.",
        "The family are known to be hard to engage.",
        "Dad has been obstructive throughout the assessment.",
        "Mother is evasive when asked about her new partner.",
        "Mother is volatile and unpredictable.",
        "Sam is an attention seeker.",
        "He has been called a persistent absconder.",
        "Mr Khan remains non-compliant with the written agreement.",
        "Sara remains resistant to the plan.",
        "Sam is needy with staff.",
        "Sam was drawn into child prostitution at fourteen.",
    ] {
        fires("T003", text);
    }
}

#[test]
fn silent_on_places_things_practitioners_and_quoted_labels() {
    for text in [
        "The community centre is hard to reach by bus.",
        // Denied, or someone else's record the auditor reframes.
        "There is nothing on file to suggest that Sam's parents are uncooperative.",
        "A previous worker recorded that Sam was 'manipulative'; the assessment rightly reframes this.",
        "The family's village is hard to reach by public transport.",
        "They live on a farm outside Bampton that is hard to reach without a car.",
        "The family home is hard to reach without a car.",
        "Father was aggressive towards the SW at the visit on 3 May.",
        "The parents found it difficult to work with professionals at first.",
        "Mother is finding it hard to engage with the course because of her shifts.",
        "The worker was obstructive to the plan.",
        "The situation at home is volatile following father's release.",
        "It was a difficult conversation for mother.",
        "The social worker was resistant to changing the plan.",
        "The team's practice was difficult to follow.",
        "The housing office was uncooperative.",
        "School describe Sam as 'attention-seeking'; this label does not reflect what he has told us.",
        "The term \u{201c}hard to reach\u{201d} should not be used about this family.",
        "Mother is no longer resistant to support.",
        "Sam is not manipulative; he is trying to stay safe.",
        "The infection was resistant to antibiotics.",
        "Sam has a treatment-resistant condition.",
        "The chaotic traffic made the visit late.",
        "Father declined the course because of his shifts.",
        "Mother has not attended the last two appointments.",
        "The hard to reach areas of the estate were visited by the outreach team.",
        "Sam finds it hard to talk about home.",
        "Sam seeks reassurance from adults when he is anxious.",
        "Mother engaged well with the family support worker.",
        "The SW refused to close the case while the risks remained.",
        "Father has a history of aggressive behaviour.",
        "Mother has had a difficult childhood.",
        "The family are in a difficult family situation.",
        "The dog was hostile at the visit.",
        "Mother worries that professionals see her as manipulative.",
        "Father is described by the school as uncooperative, which he disputes.",
        "Sam finds maths difficult.",
        "It was difficult for mother to talk about the past.",
        "Father was aggressive and threatening during the visit.",
    ] {
        silent("T003", text);
    }
}

#[test]
fn neutral_alternatives() {
    assert_fix(
        "Father refused to engage with the parenting assessment.",
        "T003",
        0,
        "Father did not take up the offer to engage with the parenting assessment.",
    );
    assert_fix(
        "Father refused to engage with the parenting assessment.",
        "T003",
        1,
        "Father was not able to engage with the parenting assessment.",
    );
    assert_fix(
        "Mother is refusing to cooperate with the plan.",
        "T003",
        0,
        "Mother is not taking up the offer to cooperate with the plan.",
    );
    assert_fix(
        "This is a hard to reach family.",
        "T003",
        0,
        "This is a family not yet reached by services.",
    );
    assert_fix(
        "The family has been hard-to-reach for years.",
        "T003",
        0,
        "The family has been hard for services to reach for years.",
    );
    assert_fix(
        "Her behaviour is attention-seeking.",
        "T003",
        0,
        "Her behaviour is connection-seeking.",
    );
    assert_fix(
        "Sam's non-compliant mother missed the appointment.",
        "T003",
        0,
        "Sam's mother missed the appointment.",
    );
    assert_fix(
        "Mother has been non-compliant with the safety plan.",
        "T003",
        0,
        "Mother has been struggling to follow the safety plan.",
    );
    assert_fix(
        "Mother is in denial about the risk.",
        "T003",
        0,
        "Mother is struggling to accept the risk.",
    );
    // The article follows the new word.
    assert_fix(
        "It is a chaotic household.",
        "T003",
        0,
        "It is an unpredictable household.",
    );
    let d = fires("T003", "Sam is manipulative.");
    assert!(d.message.contains("label"), "{}", d.message);
    assert_eq!(
        d.fixes[0].title,
        "Replace with \u{201c}seeking to feel in control\u{201d}"
    );
}

#[test]
fn extra_labels_from_configuration() {
    let config = Config::from_toml(
        "[lexicon]\nextend-labels = [\"work-shy\"]\n",
        "caselint.toml",
    )
    .unwrap();
    let found = crate::check("Father is work-shy.", &config);
    assert!(found.iter().any(|d| d.code == "T003"));
    let found = crate::check("The SW is work-shy.", &config);
    assert!(!found.iter().any(|d| d.code == "T003"));
}

#[test]
fn labels_in_relative_clauses_and_every_form_of_fail_to_engage() {
    use crate::rules::test_support::{fires, silent};
    for text in [
        "Grandparents who fail to engage are not offered a second assessment.",
        "Three care leavers were refusing to co-operate with their pathway plans.",
        "When fathers fail to comply with the written agreement, nothing happens.",
    ] {
        fires("T003", text);
    }
    // A label about staff is not a family label.
    silent(
        "T003",
        "Staff who fail to comply with supervision policy are offered coaching.",
    );
    silent(
        "T003",
        "Team managers who refused to engage with the audit were challenged.",
    );
}

#[test]
fn a_number_standing_for_the_people_is_not_a_thing() {
    crate::rules::test_support::fires(
        "T003",
        "Most families engaged well, but two were refusing to engage by the end of the year.",
    );
}

#[test]
fn dependency_named_as_who_a_parent_is() {
    for text in [
        "Father is an alcoholic.",
        "Sam lives with an alcoholic father.",
        "Mother is a heroin addict.",
        "The drug addicts at the flat are a risk to Sam.",
        // A plural label, then its verb and object: the label is the subject.
        "Drug addicts visit the flat most evenings.",
        // A family judged whole, a child named by a behaviour.
        "The family is dysfunctional.",
        "Sam is a bully.",
        "Father is a known troublemaker.",
        "Ryan is a persistent liar.",
        "Jo is a problem child.",
        "Mother's friends are addicts.",
        "Father has been described as a drunkard.",
    ] {
        fires("T003", text);
    }
    for text in [
        "Sam was given an alcoholic drink by older boys.",
        "Sam was bullied at school.",
        "The school has an anti-bullying policy.",
        "Rather than calling Harvey manipulative, the plan describes how he kept himself safe.",
        "Nobody knew the drinks were alcoholic.",
        "Mother is addicted to cannabis.",
        "Father has an addiction to alcohol.",
        "Father is dependent on alcohol and drinks daily.",
    ] {
        silent("T003", text);
    }
    assert_fix(
        "Sam lives with an alcoholic father.",
        "T003",
        0,
        "Sam lives with a father who is dependent on alcohol.",
    );
    assert_fix(
        "Father is an alcoholic.",
        "T003",
        0,
        "Father is a person who is dependent on alcohol.",
    );
}

#[test]
fn names_in_ly_demanding_and_puts_herself_at_risk() {
    for text in [
        "Lily is promiscuous.",
        "Molly is manipulative and lies to staff.",
        "Callum is a very demanding child.",
        "Mother is demanding and hostile towards staff.",
        "Sam puts himself at risk by going out at night.",
    ] {
        fires("T003", text);
    }
    for text in [
        "Caring for three children under five is demanding for mother.",
        "The social worker has a demanding caseload.",
        "Older boys are putting Sam at risk.",
    ] {
        silent("T003", text);
    }
    assert_fix(
        "Sam puts himself at risk by going out at night.",
        "T003",
        0,
        "Sam is being placed at risk by going out at night.",
    );
}

#[test]
fn a_school_term_an_aside_and_what_a_child_did() {
    for text in [
        "Skye can be manipulative with staff, and she has had two fixed-term exclusions this term.",
        "Ms Taylor has, at times, been quite uncooperative with health professionals.",
        "Mother is, on occasion, hostile to the worker.",
        "The overdose appears to have been attention-seeking rather than a serious attempt.",
        "The disclosure was manipulative.",
        "In terms of her behaviour, she can be manipulative.",
    ] {
        fires("T003", text);
    }
    for text in [
        "The term manipulative is used about Skye, and she has had two exclusions.",
        "The family's farmhouse outside Hexham is hard to reach without a car.",
        "The flats are hard to reach by bus.",
        "The overdose was a serious attempt.",
        "For Jo, the car seat the family was using was non-compliant with current safety standards.",
    ] {
        silent("T003", text);
    }
}

#[test]
fn a_fronted_phrase_a_time_after_the_subject_and_a_possessive_owner() {
    // "Throughout the period" is fronted without a comma: the subject is mother.
    fires(
        "T003",
        "Throughout the period mother has been uncooperative with both the health visitor and the school.",
    );
    // "since the summer" is a time inside the subject, not a clause.
    fires(
        "T003",
        "Jade's self-harm since the summer appears largely attention-seeking.",
    );
    // A label owned by a possessive is its owner's, whoever the clause's subject is.
    fires(
        "T003",
        "Social worker to address Dad's non-compliance with the written agreement by 12 December 2026.",
    );
    silent(
        "T003",
        "With mother's agreement the school has been supportive.",
    );
}

#[test]
fn a_response_is_its_owners_and_a_quoted_label_challenged_is_not_applied() {
    fires(
        "T003",
        "His response to the parenting assessment remains hostile and uncooperative.",
    );
    fires("T003", "Mum is a known non-engager.");
    silent(
        "T003",
        "School's view that Maya's self-harm was 'just attention-seeking' was rightly challenged by the social worker.",
    );
}

#[test]
fn a_label_after_a_relative_clause_about_the_child() {
    fires(
        "T003",
        "Kai, who is 15 and has been open to the exploitation team since May, is uncooperative with most professionals.",
    );
    silent(
        "T003",
        "The duty team, which has had three managers this year, was described by Kai as uncooperative.",
    );
}

#[test]
fn a_label_word_for_a_treatment_a_strength_or_a_name() {
    silent(
        "T003",
        "Mother is having aggressive chemotherapy for breast cancer.",
    );
    silent(
        "T003",
        "Kai has been resistant to pressure from older boys to carry drugs.",
    );
    silent(
        "T003",
        "The meeting was held under the 'Resistant and Hard to Engage Families' protocol.",
    );
    fires("T003", "Mum has been resistant to the plan.");
}

#[test]
fn a_label_for_an_event_of_the_childs_life_labels_no_one() {
    silent(
        "T003",
        "Kai's move from the assessment team to the disabled children's team in March was chaotic.",
    );
    silent(
        "T003",
        "The transition to secondary school was chaotic for Kai.",
    );
    fires(
        "T003",
        "Kai's mother is chaotic and struggles with routines.",
    );
    fires("T003", "Kai's home life is chaotic.");
}

#[test]
fn a_label_after_an_appositive_naming_the_subject() {
    fires(
        "T003",
        "Kai, aged seventeen, has been largely non-compliant with his pathway plan.",
    );
    fires(
        "T003",
        "Kai's stepmother, Mrs Selin Aydin, remained uncooperative throughout the enquiry.",
    );
    silent("T003", "The housing office, in Leeds, was uncooperative.");
    // An age alone names the child again.
    fires(
        "T003",
        "Keira, 14, has been uncooperative about her health assessment.",
    );
    silent("T003", "The clinic, 15 miles away, is hard to reach.");
}

#[test]
fn a_label_in_a_relative_clause_and_reach_in_its_plain_sense() {
    fires(
        "T003",
        "Jo's father, who has been uncooperative with the school, now attends every meeting.",
    );
    fires(
        "T003",
        "Both episodes were attention-seeking, according to the school.",
    );
    silent(
        "T003",
        "Until the new kitchen was fitted, the taps were hard to reach from her wheelchair.",
    );
    fires("T003", "The family are hard to reach for the school.");
    fires(
        "T003",
        "The nursery's note says that Jo is attention-seeking at lunchtimes.",
    );
}

#[test]
fn a_family_named_by_how_often_it_is_referred() {
    fires("T003", "The family are frequent flyers at the front door.");
    fires(
        "T003",
        "Mum is a frequent flier with the out-of-hours team.",
    );
    silent(
        "T003",
        "The family have been referred seven times in two years, mostly by school.",
    );
}
