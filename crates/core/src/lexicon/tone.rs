//! Phrase knowledge for the tone rules: deficit phrasing about practice (T001), blaming
//! language (T002) and deficit labels for children and families (T003).
//!
//! Blame phrases and labels are extended by `[lexicon] extend-blame-phrases` and
//! `extend-labels`; practitioner subjects come from the role table (`extend-roles`).

/// How a blame phrase is read in context (T002).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlameKind {
    /// A judgement on its own ("sloppy", "unacceptable"): fires unless it describes the
    /// child's or family's circumstances or someone else's words are being reported.
    Judgement,
    /// A word that is only blame about practice ("poor", "inadequate"): fires only when
    /// what it describes is practice ("poor recording", "practice has been poor").
    PracticeOnly,
    /// Retrospective blame: "should have" / "ought to have" with a past participle.
    Hindsight,
    /// "let down by …": fires unless the agent is family.
    LetDown,
    /// "failure to …": fires unless the failure is the family's or a medical term.
    FailureTo,
}

/// A blame phrase: a regular expression fragment (matched without regard to case, as
/// whole words) and its neutral alternatives.
#[derive(Clone, Copy, Debug)]
pub struct BlameEntry {
    pub pattern: &'static str,
    pub kind: BlameKind,
    /// Replacements for the phrase where it stands as a predicate or a noun phrase.
    pub alternatives: &'static [&'static str],
    /// Replacements where the phrase is an adjective before a noun ("a shocking delay").
    pub before_noun: &'static [&'static str],
}

const fn blame(
    pattern: &'static str,
    kind: BlameKind,
    alternatives: &'static [&'static str],
    before_noun: &'static [&'static str],
) -> BlameEntry {
    BlameEntry {
        pattern,
        kind,
        alternatives,
        before_noun,
    }
}

use BlameKind::{FailureTo, Hindsight, Judgement, LetDown, PracticeOnly};

/// Built-in blame phrases. Earlier entries win where two match at the same place, so
/// longer phrases come first.
pub const BLAME: &[BlameEntry] = &[
    blame(
        r"(?:poor|bad|weak|unsafe|dangerous|sloppy|careless|shoddy|slapdash|lax|sub-?standard|inadequate|negligent|neglectful|unprofessional|unacceptable|lazy|incompetent)\s+(?:social\s+work\s+)?practice",
        Judgement,
        &[
            "practice that needs strengthening",
            "an area for development",
            "not in line with expected practice",
        ],
        &[],
    ),
    blame(
        r"should(?:\s+not|n['’]t|\s+never)?\s+have|should['’]ve|shouldn['’]t['’]ve|ought(?:\s+not|n['’]t)?\s+to\s+have",
        Hindsight,
        &[],
        &[],
    ),
    blame(
        r"no\s+excuse",
        Judgement,
        &["no recorded reason", "no explanation on file"],
        &[],
    ),
    blame(r"let\s+down", LetDown, &["not well served"], &[]),
    blame(
        r"failures?\s+(?:of|by)",
        Judgement,
        &["missed opportunity for"],
        &[],
    ),
    blame(r"failures?\s+in", Judgement, &["gaps in"], &[]),
    blame(r"failure\s+to", FailureTo, &["missed opportunity to"], &[]),
    blame(
        r"practice\s+failures?|failings|(?:serious|significant|clear|major|systemic)\s+failings?",
        Judgement,
        &["gaps in practice"],
        &[],
    ),
    blame(
        r"not\s+good\s+enough",
        Judgement,
        &["not yet at the expected standard"],
        &[],
    ),
    blame(
        r"unacceptable",
        Judgement,
        &["a concern", "not in line with expected practice"],
        &["concerning"],
    ),
    blame(r"unacceptably", Judgement, &["", "significantly"], &[]),
    blame(
        r"not\s+acceptable",
        Judgement,
        &["a concern", "not in line with expected practice"],
        &[],
    ),
    blame(
        r"inexcusable|unforgivable",
        Judgement,
        &["a significant concern"],
        &["significant"],
    ),
    blame(r"disappointing", Judgement, &["a concern"], &["concerning"]),
    blame(r"inexcusably", Judgement, &["", "significantly"], &[]),
    blame(
        r"sloppy|shoddy|slapdash|lax|sub-?standard",
        Judgement,
        &["inconsistent", "below the expected standard"],
        &["inconsistent"],
    ),
    blame(
        r"careless",
        Judgement,
        &["inconsistent", "less thorough than expected"],
        &["inconsistent"],
    ),
    blame(r"carelessly|sloppily", Judgement, &["inconsistently"], &[]),
    blame(
        r"unprofessional",
        Judgement,
        &["not in line with expected practice"],
        &[],
    ),
    blame(
        r"negligent|irresponsible",
        Judgement,
        &[
            "a significant gap in practice",
            "not in line with expected practice",
        ],
        &[],
    ),
    blame(
        r"negligence",
        Judgement,
        &["a significant gap in practice"],
        &[],
    ),
    blame(
        r"incompetent|lazy",
        Judgement,
        &["in need of support to develop"],
        &[],
    ),
    blame(
        r"incompetence",
        Judgement,
        &["a gap in skills or support"],
        &[],
    ),
    blame(
        r"appalling|disgraceful|shocking|woeful|dreadful|abysmal|atrocious|deplorable|scandalous",
        Judgement,
        &["of significant concern"],
        &["significant"],
    ),
    blame(
        r"at\s+fault|culpable|blameworthy",
        Judgement,
        &["involved"],
        &[],
    ),
    blame(
        r"poor(?:\s+quality)?",
        PracticeOnly,
        &["limited", "in need of strengthening"],
        &["limited"],
    ),
    blame(
        r"poorly",
        PracticeOnly,
        &["inconsistently", "not fully"],
        &[],
    ),
    blame(
        r"inadequate|unsatisfactory",
        PracticeOnly,
        &["limited", "in need of strengthening"],
        &["limited"],
    ),
    blame(r"inadequately", PracticeOnly, &["not fully"], &[]),
    blame(r"bad", PracticeOnly, &["limited"], &["limited"]),
];

/// How a label is read in context (T003).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelKind {
    /// A label for a person whatever the sentence ("manipulative", "refused to engage"):
    /// fires unless it describes a practitioner or a thing.
    Person,
    /// A word that is a label only when it describes a child, parent or family ("difficult",
    /// "hard to reach", "resistant"): fires only then, as a predicate ("Mother is
    /// resistant") or before the noun ("a resistant father").
    PersonOnly,
    /// Like `PersonOnly`, but a single past event ("was aggressive towards the SW at the
    /// visit") is a description, not a label: fires before a noun or in a present or habitual
    /// predicate ("is aggressive", "can be hostile").
    Trait,
}

/// A deficit label: a regular expression fragment and its neutral alternatives.
#[derive(Clone, Copy, Debug)]
pub struct LabelEntry {
    pub pattern: &'static str,
    pub kind: LabelKind,
    /// Replacements for the label as a predicate. `{v}` stands for the label's last word
    /// ("refused to {v}" keeps "engage" or "co-operate").
    pub alternatives: &'static [&'static str],
    /// Replacements for the label and the noun after it, `{noun}` standing for the noun
    /// ("{noun}" alone drops the label).
    pub before_noun: &'static [&'static str],
}

const fn label(
    pattern: &'static str,
    kind: LabelKind,
    alternatives: &'static [&'static str],
    before_noun: &'static [&'static str],
) -> LabelEntry {
    LabelEntry {
        pattern,
        kind,
        alternatives,
        before_noun,
    }
}

use LabelKind::{Person, PersonOnly, Trait};

/// Built-in labels. Earlier entries win where two match at the same place.
pub const LABELS: &[LabelEntry] = &[
    label(
        r"non[-\s]?compliant\s+with",
        PersonOnly,
        &["struggling to follow", "finding it hard to work with"],
        &[],
    ),
    label(
        r"non[-\s]?compliant",
        PersonOnly,
        &[
            "struggling to follow what was agreed",
            "finding it hard to follow what is expected",
        ],
        &["{noun}"],
    ),
    label(
        r"non[-\s]?compliance\s+with",
        Person,
        &["difficulty in following"],
        &[],
    ),
    label(
        r"non[-\s]?compliance",
        Person,
        &["difficulty in following what was agreed"],
        &[],
    ),
    label(
        r"disguised\s+compliance",
        Person,
        &["agreement that has not yet led to change"],
        &[],
    ),
    label(
        const_format_engage::REFUSED,
        Person,
        &["did not take up the offer to {v}", "was not able to {v}"],
        &[],
    ),
    label(
        const_format_engage::REFUSES,
        Person,
        &["does not take up the offer to {v}", "is not able to {v}"],
        &[],
    ),
    label(
        const_format_engage::REFUSING,
        Person,
        &["not taking up the offer to {v}", "not able to {v}"],
        &[],
    ),
    label(
        const_format_engage::REFUSE,
        Person,
        &["decline the offer to {v}", "find it hard to {v}"],
        &[],
    ),
    label(
        const_format_engage::REFUSAL,
        Person,
        &[
            "decision not to take up the offer to {v}",
            "difficulty in taking up the offer to {v}",
        ],
        &[],
    ),
    label(
        const_format_engage::UNWILLING,
        Person,
        &["not yet ready to {v}", "not able to {v}"],
        &[],
    ),
    label(
        const_format_engage::FAILED,
        Person,
        &["did not take up the offer to {v}", "was not able to {v}"],
        &[],
    ),
    label(
        const_format_engage::FAIL,
        Person,
        &["do not take up the offer to {v}", "find it hard to {v}"],
        &[],
    ),
    label(
        r"hard[-\s]to[-\s]reach",
        PersonOnly,
        &[
            "difficult for services to reach",
            "not yet reached by services",
        ],
        &["{noun} not yet reached by services", "{noun}"],
    ),
    label(
        r"difficult\s+to\s+engage",
        PersonOnly,
        &["not yet engaged by services", "finding it hard to engage"],
        &[],
    ),
    label(
        r"un-?co-?operative|non-?co-?operative",
        PersonOnly,
        &[
            "wary of professionals",
            "finding it hard to work with professionals",
        ],
        &["{noun}", "wary {noun}"],
    ),
    label(
        r"manipulative",
        Person,
        &[
            "seeking to feel in control",
            "finding indirect ways to get needs met",
        ],
        &["{noun}"],
    ),
    label(
        r"(?:attention|approval)[-\s]seeking",
        Person,
        &["connection-seeking", "attachment-seeking"],
        &["connection-seeking {noun}", "attachment-seeking {noun}"],
    ),
    label(
        r"resistant\s+to",
        PersonOnly,
        &["wary of", "not yet ready for"],
        &[],
    ),
    label(
        r"resistant",
        PersonOnly,
        &["wary", "not yet ready"],
        &["{noun}", "wary {noun}"],
    ),
    label(
        r"resistance\s+to",
        PersonOnly,
        &["worries about", "wariness of"],
        &[],
    ),
    label(
        r"in\s+denial\s+(?:about|of|over)",
        Person,
        &["struggling to accept", "not yet able to accept"],
        &[],
    ),
    label(
        r"in\s+denial",
        Person,
        &[
            "struggling to accept the concerns",
            "not yet able to accept the concerns",
        ],
        &[],
    ),
    label(
        r"difficult\s+to\s+work\s+with",
        Trait,
        &["finding it hard to work with professionals"],
        &[],
    ),
    label(
        r"difficult",
        Trait,
        &["finding things hard"],
        &["{noun}", "struggling {noun}"],
    ),
    label(
        r"aggressive",
        Trait,
        &["angry at times", "distressed"],
        &["{noun}"],
    ),
    label(
        r"hostile",
        Trait,
        &["guarded", "angry at times"],
        &["{noun}"],
    ),
    label(
        r"chaotic",
        PersonOnly,
        &["unpredictable", "under pressure"],
        &["unpredictable {noun}", "{noun}"],
    ),
    label(r"feckless", Person, &["struggling"], &["{noun}"]),
    label(
        r"non[-\s]?engag(?:ing|ed)|disengaged",
        PersonOnly,
        &["not yet engaged"],
        &["{noun}"],
    ),
    label(r"non[-\s]?engagement", Person, &["limited engagement"], &[]),
    label(
        r"lacks\s+insight",
        Person,
        &["is not yet able to recognise the concerns"],
        &[],
    ),
    label(
        r"lack\s+of\s+insight",
        Person,
        &["difficulty in recognising the concerns"],
        &[],
    ),
    label(
        r"defiant|oppositional",
        Trait,
        &["finding it hard to accept adult direction"],
        &["{noun}"],
    ),
    label(r"naughty", Trait, &["struggling"], &["{noun}"]),
    label(
        r"unmotivated",
        Person,
        &["not yet ready to make changes"],
        &["{noun}"],
    ),
    label(
        r"neglectful",
        PersonOnly,
        &["not yet meeting the children's needs"],
        &["{noun}"],
    ),
    label(
        r"promiscuous",
        Person,
        &["at risk of sexual exploitation"],
        &["{noun}"],
    ),
    label(
        r"(?:putting|placing)\s+(?:her|him|them)sel(?:f|ves)\s+at\s+risk",
        Person,
        &["being placed at risk"],
        &[],
    ),
    label(
        r"streetwise",
        Person,
        &["exposed to risk outside the home"],
        &["{noun}"],
    ),
    label(r"absconded", Person, &["went missing"], &[]),
    label(r"absconds", Person, &["goes missing"], &[]),
    label(r"absconding", Person, &["going missing"], &[]),
    label(r"abscond", Person, &["go missing"], &[]),
    label(
        r"toxic\s+trio",
        Person,
        &["combination of domestic abuse, parental mental ill health and substance misuse"],
        &[],
    ),
    label(
        r"problem\s+family",
        Person,
        &["family needing support"],
        &[],
    ),
    label(
        r"problem\s+families",
        Person,
        &["families needing support"],
        &[],
    ),
];

/// The "refuse to engage" family of labels, one pattern per verb form.
mod const_format_engage {
    // `ENGAGE` spelled out in each, as `concat!` takes literals only.
    pub const REFUSED: &str = r"refused\s+to\s+(?:engage|co-?operate|work|comply|participate)";
    pub const REFUSES: &str = r"refuses\s+to\s+(?:engage|co-?operate|work|comply|participate)";
    pub const REFUSING: &str = r"refusing\s+to\s+(?:engage|co-?operate|work|comply|participate)";
    pub const REFUSE: &str = r"refuse\s+to\s+(?:engage|co-?operate|work|comply|participate)";
    pub const REFUSAL: &str = r"refusal\s+to\s+(?:engage|co-?operate|work|comply|participate)";
    pub const UNWILLING: &str = r"unwilling\s+to\s+(?:engage|co-?operate|work|comply|participate)";
    pub const FAILED: &str = r"(?:failed|fails|failing)\s+to\s+(?:engage|co-?operate|comply)";
    pub const FAIL: &str = r"fail\s+to\s+(?:engage|co-?operate|comply)";
}

/// Children, parents, carers and family (lower case). "Mother did not attend" is about
/// the family, not practice.
#[rustfmt::skip]
pub const FAMILY_WORDS: &[&str] = &[
    "mother", "mum", "mummy", "mom", "father", "dad", "daddy", "parent", "parents",
    "stepfather", "stepmother", "step-father", "step-mother", "stepdad", "stepmum", "step-dad",
    "step-mum", "partner", "ex-partner", "boyfriend", "girlfriend", "carer", "carers", "foster",
    "grandmother", "grandfather", "grandparent", "grandparents", "nan", "nana", "nanna", "gran",
    "granny", "grandma", "grandad", "granddad", "grandpa", "aunt", "auntie", "aunty", "uncle",
    "cousin", "cousins", "sibling", "siblings", "brother", "brothers", "sister", "sisters",
    "half-brother", "half-sister", "stepbrother", "stepsister", "baby", "babies", "child",
    "children", "young", "person", "people", "teenager", "teenagers", "adolescent", "son",
    "sons", "daughter", "daughters", "family", "families", "household", "households", "boy",
    "boys", "girl", "girls", "man", "woman", "men", "women", "couple", "guardian", "guardians",
    "kinship", "relative", "relatives", "toddler", "infant", "pupil", "student", "youngster",
    "youngsters", "twins", "leaver", "leavers", "care-leavers", "pupils", "students", "mothers",
    "fathers", "mums", "dads", "stepfathers", "stepmothers", "grandmothers", "grandfathers",
    "aunts", "uncles", "boyfriends", "partners",
];

/// Nouns for where and how a family lives, which a label can describe ("a chaotic
/// household", "a chaotic lifestyle").
#[rustfmt::skip]
pub const LIFE_NOUNS: &[&str] = &[
    "household", "home", "lifestyle", "lifestyles", "life", "lives", "upbringing", "parenting",
    "presentation", "relationship", "relationships", "behaviour", "behaviours", "behavior",
    "manner", "attitude", "attitudes",
];

/// Practice: what workers and services do and record. Blame about these is blame about
/// practice (T002).
#[rustfmt::skip]
pub const PRACTICE_NOUNS: &[&str] = &[
    "practice", "recording", "recordings", "record", "records", "casework", "case",
    "assessment", "assessments", "plan", "plans", "planning", "visit", "visits", "visiting",
    "oversight", "supervision", "management", "communication", "response", "responses",
    "decision", "decisions", "decision-making", "chronology", "genogram", "analysis", "work",
    "sharing", "liaison", "follow-up", "timeliness", "report", "reports", "minutes", "referral",
    "referrals", "enquiry", "enquiries", "investigation", "s47", "review", "reviews",
    "handover", "transfer", "closure", "step-down", "intervention", "interventions", "service",
    "services", "professionals", "agencies", "system", "paperwork", "documentation", "notes",
    "delay", "delays", "drift", "wait", "gap", "gaps", "escalation", "safeguarding", "pathway",
    "pep", "ehcp", "strategy", "conference", "meeting", "meetings", "threshold", "triage",
    "input", "social", "chasing", "timescales", "performance", "omission", "omissions",
    "approach", "handling", "tracking", "monitoring",
];

/// The child's and family's circumstances: "poor" about these describes the child's life,
/// not practice ("Jo's attendance has been poor", "inadequate housing").
#[rustfmt::skip]
pub const CIRCUMSTANCE_NOUNS: &[&str] = &[
    "attendance", "punctuality", "behaviour", "behavior", "sleep", "sleeping", "diet",
    "appetite", "eating", "hygiene", "health", "dental", "teeth", "weight", "growth",
    "development", "speech", "language", "progress", "attainment", "concentration", "mood",
    "self-esteem", "confidence", "wellbeing", "well-being", "presentation", "clothing",
    "housing", "accommodation", "flat", "house", "home", "conditions", "condition", "repair",
    "state", "heating", "damp", "relationship", "relationships", "friendships", "sight",
    "eyesight", "hearing", "memory", "grades", "results", "reading", "writing", "literacy",
    "numeracy", "maths", "engagement", "environment", "neighbourhood", "area", "finances",
    "income", "routines", "routine", "boundaries", "parenting", "nutrition", "lessons", "exams",
    "coursework", "skills", "name-calling", "bullying", "treatment", "lifestyle", "experience",
    "experiences", "childhood", "start", "life", "weather", "transport", "signal", "kitchen",
    "bedroom", "garden", "furniture", "bed",
];

/// Verbs whose negation is praise: "did not hesitate", "never missed a visit".
#[rustfmt::skip]
pub const PRAISE_VERBS: &[&str] = &[
    "hesitate", "miss", "fail", "waver", "delay", "lose", "forget", "cancel", "stop", "wait",
    "shy", "flinch", "falter", "neglect", "overlook", "ignore", "drop", "lapse", "shirk",
    "rush", "drift", "slip", "abandon", "postpone", "relent", "tire", "quit", "waste",
    "exclude", "suspend", "interrupt", "disrupt", "disregard", "dismiss", "underestimate",
];

/// Agencies that can be the subject of practice when named bare and capitalised ("Health
/// did not attend the strategy meeting").
#[rustfmt::skip]
pub const AGENCY_SUBJECTS: &[&str] = &[
    "children's social care", "social care", "early help", "health", "education", "housing",
    "adult services", "adult social care", "csc",
];

/// Collective nouns for practitioners that can be the subject of practice
/// ("Professionals did not share the concerns").
#[rustfmt::skip]
pub const COLLECTIVE_PRACTITIONERS: &[&str] = &[
    "professionals", "agencies", "practitioners", "partners", "colleagues", "staff",
];

/// Verbs after "give", "hold", "let" or "leave" that make the negation praise ("did not
/// give up", "did not hold back", "never let Jo down").
#[rustfmt::skip]
pub const PRAISE_PARTICLES: &[&str] = &["up", "back", "down", "off", "away", "in"];

/// Verbs that are not actions of practice: being, having, knowing, feeling, thinking,
/// receiving. "The SW did not agree", "the TM did not know" are not deficit phrasing.
#[rustfmt::skip]
pub const NON_PRACTICE_VERBS: &[&str] = &[
    "be", "have", "need", "know", "feel", "think", "believe", "agree", "disagree", "want",
    "wish", "expect", "like", "mind", "seem", "appear", "become", "receive", "get", "hear",
    "mean", "intend", "require", "deem", "accept", "doubt", "suspect", "recall", "remember",
    "realise", "realize", "understand", "object", "oppose", "locate", "trace", "experience",
];

/// Verbs of a finding: negated with "any concerns" they report that nothing was wrong
/// ("the HV did not identify any concerns").
#[rustfmt::skip]
pub const FINDING_VERBS: &[&str] = &[
    "find", "identify", "observe", "note", "see", "notice", "detect", "raise", "report",
    "record", "have", "hold", "express", "share", "witness", "hear",
];

/// Nouns of findings ("concerns", "injuries"), for [`FINDING_VERBS`].
#[rustfmt::skip]
pub const FINDING_NOUNS: &[&str] = &[
    "concern", "concerns", "injury", "injuries", "mark", "marks", "bruise", "bruises",
    "bruising", "sign", "signs", "evidence", "indicator", "indicators", "issue", "issues",
    "worry", "worries", "problem", "problems", "harm", "risk", "risks", "reason", "reasons",
    "need", "cause",
];

/// Verbs that hand on to a second verb: "did not try to contact father" is about
/// contacting.
#[rustfmt::skip]
pub const LIGHT_VERBS: &[&str] = &["manage", "try", "attempt", "seek", "endeavour", "bother"];

/// Particles of phrasal verbs ("sign off", "follow up").
#[rustfmt::skip]
pub const PARTICLES: &[&str] = &["up", "off", "out", "down", "back", "through", "on", "over"];

/// Verbs whose object comes after a preposition or particle: "act on the concerns" → "the
/// concerns had not been acted on".
#[rustfmt::skip]
pub const PREPOSITIONAL_VERBS: &[(&str, &str)] = &[
    ("act", "on"), ("act", "upon"), ("respond", "to"), ("reply", "to"), ("speak", "to"),
    ("speak", "with"), ("talk", "to"), ("talk", "with"), ("listen", "to"), ("write", "to"),
    ("attend", "to"), ("look", "at"), ("look", "into"), ("deal", "with"), ("engage", "with"),
    ("meet", "with"), ("consult", "with"), ("liaise", "with"), ("check", "with"),
    ("work", "with"), ("follow", "up"), ("follow", "through"), ("reach", "out"),
    ("sign", "off"), ("pick", "up"), ("chase", "up"), ("feed", "back"), ("pass", "on"),
    ("hand", "over"), ("write", "up"), ("set", "up"), ("draw", "up"), ("carry", "out"),
    ("put", "in"), ("put", "forward"), ("plan", "for"), ("advocate", "for"), ("ask", "for"),
    ("call", "for"), ("apply", "for"), ("refer", "to"),
];

/// Verbs whose object is followed by a clause of what was said ("did not tell mother that
/// …", "did not inform school why …").
#[rustfmt::skip]
pub const TELLING_VERBS: &[&str] = &[
    "tell", "inform", "advise", "remind", "notify", "reassure", "warn", "show", "assure",
    "update", "ask",
];

/// Nouns for verbs used without an object: "the SW did not visit" → "There was no
/// evidence of a visit".
pub const NOMINALS: &[(&str, &str)] = &[
    ("visit", "a visit"),
    ("attend", "attendance"),
    ("respond", "a response"),
    ("reply", "a reply"),
    ("act", "action"),
    ("intervene", "intervention"),
    ("escalate", "escalation"),
    ("engage", "engagement"),
    ("liaise", "liaison"),
    ("communicate", "communication"),
    ("review", "a review"),
    ("challenge", "challenge"),
    ("consult", "consultation"),
    ("participate", "participation"),
    ("contribute", "a contribution"),
    ("report", "a report"),
    ("record", "a record"),
    ("plan", "planning"),
    ("assess", "an assessment"),
    ("supervise", "supervision"),
    ("prepare", "preparation"),
    ("call", "a call"),
    ("check", "a check"),
    ("follow up", "follow-up"),
    ("feed back", "feedback"),
    ("reflect", "reflection"),
    ("investigate", "an investigation"),
    ("refer", "a referral"),
    ("explain", "an explanation"),
    ("analyse", "analysis"),
    ("decide", "a decision"),
];

/// Verbs that report someone's words or view: what follows is theirs, not the auditor's
/// ("Ellie told her SW that the name-calling was unacceptable").
#[rustfmt::skip]
pub const SPEECH_VERBS: &[&str] = &[
    "said", "says", "say", "saying", "told", "tells", "tell", "telling", "reported", "reports",
    "described", "describes", "describe", "describing", "explained", "explains", "stated",
    "states", "felt", "feels", "feel", "commented", "comments", "complained", "complains",
    "disclosed", "discloses", "alleged", "alleges", "claimed", "claims", "thinks", "thought",
    "believes", "believed", "called", "calls", "considers", "considered", "shared", "expressed",
    "expresses", "wrote", "writes", "asked", "asks", "agreed", "according",
];

/// Words that show the auditor is discussing someone's label, not using it ("the school's
/// description of Jo as 'manipulative' is a label that …").
#[rustfmt::skip]
pub const META_LABEL_WORDS: &[&str] = &[
    "label", "labels", "labelled", "labelling", "labeled", "labeling", "language", "term",
    "terms", "phrase", "phrases", "word", "words", "wording", "description", "descriptions",
    "described", "describes", "describing", "called", "calls", "referred",
];

/// Copulas and verbs of seeming before a predicate ("is", "has been", "remains").
#[rustfmt::skip]
pub const COPULAS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "am", "isn't", "aren't", "wasn't",
    "weren't", "remains", "remained", "remain", "seems", "seemed", "seem", "appears",
    "appeared", "appear", "became", "becomes", "become", "presents", "presented", "present",
    "as", "'s", "can", "could", "get", "gets", "got", "getting", "sound", "sounds",
    "considered", "deemed", "found",
];

/// Words that qualify a predicate adjective ("very difficult", "increasingly hostile").
#[rustfmt::skip]
pub const DEGREE_WORDS: &[&str] = &[
    "very", "quite", "so", "too", "extremely", "really", "particularly", "often", "sometimes",
    "always", "increasingly", "more", "most", "rather", "fairly", "highly", "incredibly",
    "generally", "usually", "frequently", "still", "also", "a", "an", "bit", "little",
    "somewhat", "at", "times", "then", "now", "again", "consistently", "persistently",
    "largely", "entirely", "completely", "wholly", "totally", "clearly", "perceived", "seen",
];

/// Words that can stand before a practitioner in a subject ("the allocated SW", "the
/// previous social worker", "the duty team").
#[rustfmt::skip]
pub const ROLE_MODIFIERS: &[&str] = &[
    "allocated", "previous", "former", "current", "new", "named", "duty", "locality",
    "relevant", "assigned", "responsible", "original", "outgoing", "incoming", "locum",
    "agency", "temporary", "covering", "acting", "same", "other", "second", "first", "then",
    "visiting", "receiving", "referring", "lead", "designated", "consultant", "community",
    "specialist", "senior", "attending", "case-holding", "qualified", "experienced",
    "respective", "children's", "family's", "child's", "local", "area", "out-of-hours",
    "emergency", "initial", "independent", "safeguarding", "health", "education", "both",
    "neither", "either", "each", "various", "several", "two", "three", "too", "many", "some",
    "most", "few",
];

/// Nouns of activities that keep a "with" phrase ("direct work with Maya", "supervision
/// with the worker").
#[rustfmt::skip]
pub const WITH_NOUNS: &[&str] = &[
    "work", "session", "sessions", "contact", "meeting", "meetings", "discussion",
    "discussions", "conversation", "conversations", "visit", "visits", "relationship", "time",
    "consultation", "liaison", "supervision", "planning", "safety", "agreement",
];

/// Nouns that keep a "to" phrase ("a referral to MASH", "a visit to the home").
#[rustfmt::skip]
pub const TO_NOUNS: &[&str] = &[
    "referral", "referrals", "visit", "visits", "response", "access", "transfer", "move",
    "step-down", "escalation", "return", "invitation", "invitations", "challenge", "route",
    "introduction", "application", "request", "requests", "reply", "letter", "letters",
];

/// Nouns of events that keep a date ("the ICPC on 21 July", "the notification from
/// 14/09/2026").
#[rustfmt::skip]
pub const EVENT_NOUNS: &[&str] = &[
    "visit", "visits", "meeting", "meetings", "review", "reviews", "conference", "icpc", "rcpc",
    "discussion", "discussions", "referral", "referrals", "call", "calls", "contact", "session",
    "sessions", "assessment", "notification", "notifications", "disclosure", "incident",
    "report", "letter", "email", "e-mail", "strategy", "group", "hearing", "appointment",
    "appointments", "interview", "move", "transfer", "request", "plan",
];

/// Words after "in" that make it an adverbial of time or occasion ("in July", "in
/// supervision"), not part of the object ("the drift in planning").
#[rustfmt::skip]
pub const OCCASION_WORDS: &[&str] = &[
    "supervision", "review", "reviews", "meeting", "meetings", "conference", "time",
    "timescale", "timescales", "line", "person", "writing", "advance", "full", "summer",
    "spring", "autumn", "winter", "term", "school", "court", "practice", "place", "total",
    "turn", "response", "relation", "respect", "order", "particular", "good", "time",
    "hospital", "custody", "care", "the", "a", "an", "that", "this", "his", "her", "their",
    "its",
];

/// Nouns of time that make a "for" phrase a duration ("for four months").
#[rustfmt::skip]
pub const DURATION_WORDS: &[&str] = &[
    "day", "days", "week", "weeks", "month", "months", "year", "years", "period", "time",
    "hours", "hour", "fortnight", "fortnights", "while", "over", "more", "less", "nearly",
    "almost", "about", "around", "several", "some", "many", "most", "the", "a", "an", "at",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "fifteen", "twenty", "thirty", "a", "few",
    "up", "another", "much", "long", "longer",
];

/// Words after an object that end it: adverbs of time, place and manner.
#[rustfmt::skip]
pub const OBJECT_ENDERS: &[&str] = &[
    "alone", "together", "beforehand", "afterwards", "again", "yet", "too", "either", "anymore",
    "ago", "today", "yesterday", "then", "first", "instead", "already", "since", "enough",
    "further", "sooner", "earlier", "later", "soon", "early", "late", "promptly", "regularly",
    "weekly", "monthly", "fortnightly", "daily", "either", "there", "here", "whatsoever",
    "directly", "immediately", "at", "all", "once", "twice", "jointly", "separately",
    "independently", "personally", "properly", "fully", "face-to-face", "anywhere",
];
