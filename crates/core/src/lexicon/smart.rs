//! Phrase knowledge for impact statements (I002, I003) and SMART actions (A002–A006).
//!
//! Plain data: the grammar that reads it lives in `crate::action` and in the rules. Vague
//! verbs and consequence markers can be extended with `[lexicon] extend-vague-verbs` and
//! `extend-consequence-markers`; owners are extended through `extend-roles`.

use std::ops::Range;

use super::alternatives;
use super::lazy::LazyRegex;

/// A vague, unmeasurable action verb (base form; the first word is inflected when
/// matched) and concrete wordings that could replace it. An empty replacement means the
/// verb can simply be dropped ("continue to visit" → "visit").
#[derive(Clone, Copy, Debug)]
pub struct VagueVerb {
    pub phrase: &'static str,
    pub instead: &'static [&'static str],
    /// Not vague when a purpose infinitive follows ("support Aisha to register with a GP").
    pub unless_purpose: bool,
}

const fn vague(phrase: &'static str, instead: &'static [&'static str]) -> VagueVerb {
    VagueVerb {
        phrase,
        instead,
        unless_purpose: false,
    }
}

/// Vague main verbs of an action. Longer phrases are tried first; "…" stands for up to five
/// words ("keep the plan under review").
pub const VAGUE_VERBS: &[VagueVerb] = &[
    vague("consider whether", &["decide whether"]),
    vague("consider if", &["decide whether"]),
    vague("consider how", &["decide how"]),
    vague("consider", &["decide on"]),
    vague("give consideration to", &["decide on"]),
    vague(
        "ensure that",
        &["check and record that", "confirm in writing that"],
    ),
    vague(
        "ensure",
        &["check and record that", "confirm in writing that"],
    ),
    vague("make sure that", &["check and record that"]),
    vague("make sure", &["check and record that"]),
    vague("continue to", &[""]),
    vague("continue with", &[]),
    vague("continue", &[]),
    vague("monitor", &["record", "check and record"]),
    vague("keep under review", &[]),
    vague("keep … under review", &[]),
    vague("have oversight of", &[]),
    vague("maintain oversight of", &[]),
    vague("keep an eye on", &["record"]),
    vague("review progress", &["record progress"]),
    vague("review the situation", &[]),
    vague("explore", &["assess"]),
    vague("look into", &["identify", "find out"]),
    vague("look again at", &["assess"]),
    vague("look at", &["assess"]),
    vague("think about", &["decide"]),
    vague("reflect on", &["record"]),
    vague("be mindful of", &["agree how to respond to"]),
    vague("be aware of", &["agree how to respond to"]),
    vague("be alert to", &["agree how to respond to"]),
    vague("be mindful", &[]),
    vague("be aware", &[]),
    vague("be alert", &[]),
    vague("bear in mind", &[]),
    vague("keep in mind", &[]),
    vague("bear … in mind", &[]),
    vague("keep … in mind", &[]),
    VagueVerb {
        phrase: "support",
        instead: &[],
        unless_purpose: true,
    },
    VagueVerb {
        phrase: "encourage",
        instead: &[],
        unless_purpose: false,
    },
    vague("promote", &[]),
    VagueVerb {
        phrase: "liaise with",
        instead: &[],
        unless_purpose: true,
    },
    VagueVerb {
        phrase: "liaise",
        instead: &[],
        unless_purpose: true,
    },
    vague("oversee", &[]),
    vague("try to", &[""]),
    vague("seek to", &[""]),
    vague("aim to", &[""]),
    vague("endeavour to", &[""]),
    vague("attempt to", &[""]),
    vague("strive to", &[""]),
    vague("work towards", &[]),
];

/// Nominal forms that make an action vague from its first words ("Consideration to be
/// given to…", "Continued monitoring of…"), with a concrete verb that could replace them
/// ("" = none to suggest).
pub const VAGUE_NOUN_PHRASES: &[(&str, &str)] = &[
    ("consideration to be given to", "decide on"),
    ("consideration should be given to", "decide on"),
    ("consideration will be given to", "decide on"),
    ("consideration of", "decide on"),
    ("continued monitoring of", "record"),
    ("ongoing monitoring of", "record"),
    ("monitoring of", "record"),
    ("exploration of", "assess"),
    ("continued support", ""),
    ("ongoing support", ""),
];

/// Irregular past forms of verbs that begin vague phrases or passive participles.
pub const IRREGULAR_PAST: &[(&str, &[&str])] = &[
    ("think", &["thought"]),
    ("keep", &["kept"]),
    ("bear", &["bore", "borne"]),
    ("make", &["made"]),
    ("seek", &["sought"]),
    ("be", &["is", "are", "was", "were", "been", "being"]),
    ("give", &["gave", "given"]),
    ("strive", &["strove", "striven"]),
];

/// Verbs whose action, on its own, leaves nothing observable behind: talking, helping,
/// keeping in touch (A005). Vague verbs count too.
pub const PROCESS_VERBS: &[&str] = &[
    "speak",
    "talk",
    "discuss",
    "liaise",
    "work with",
    "work on",
    "work alongside",
    "work together",
    "work towards",
    "support",
    "help",
    "encourage",
    "contact",
    "follow up",
    "check in",
    "check on",
    "build a relationship",
    "build relationships",
    "build rapport",
    "build trust",
    "develop a relationship",
    "look again",
    "look at",
    "look into",
    "chase",
    "ask",
    "remind",
    "advise",
    "reassure",
    "signpost",
    "motivate",
    "empower",
    "improve",
    "strengthen",
    "engage",
    "spend time",
    "keep in touch",
    "stay in touch",
    "be in touch",
    "touch base",
    "reach out",
    "address",
    "tackle",
    "focus on",
    "raise",
    "explain",
    "consult",
    "call",
    "phone",
    "ring",
    "email",
    "e-mail",
    "text",
    "meet with",
    "catch up",
    "offer support",
    "offer advice",
    "offer help",
    "provide support",
    "provide advice",
    "give support",
    "give advice",
];

/// Verbs an action commonly starts with when it is written as an instruction ("Complete
/// the chronology…"): tells an imperative from a noun phrase ("Chronology to be…").
pub const ACTION_VERBS: &[&str] = &[
    "add",
    "address",
    "agree",
    "allocate",
    "amend",
    "apply",
    "arrange",
    "ascertain",
    "ask",
    "assess",
    "attach",
    "attend",
    "be",
    "book",
    "build",
    "call",
    "capture",
    "carry",
    "challenge",
    "chase",
    "check",
    "circulate",
    "clarify",
    "close",
    "co-produce",
    "collect",
    "commence",
    "commission",
    "complete",
    "conduct",
    "confirm",
    "consider",
    "consult",
    "contact",
    "continue",
    "convene",
    "coproduce",
    "create",
    "decide",
    "deliver",
    "design",
    "determine",
    "develop",
    "devise",
    "discuss",
    "distribute",
    "do",
    "document",
    "draft",
    "email",
    "embed",
    "empower",
    "enable",
    "encourage",
    "engage",
    "ensure",
    "escalate",
    "establish",
    "evidence",
    "expedite",
    "explain",
    "explore",
    "file",
    "finalise",
    "finalize",
    "find",
    "follow",
    "fund",
    "gather",
    "get",
    "give",
    "help",
    "hold",
    "identify",
    "implement",
    "improve",
    "include",
    "inform",
    "introduce",
    "invite",
    "involve",
    "issue",
    "keep",
    "liaise",
    "locate",
    "log",
    "look",
    "maintain",
    "make",
    "measure",
    "meet",
    "monitor",
    "motivate",
    "notify",
    "observe",
    "obtain",
    "offer",
    "organise",
    "organize",
    "perform",
    "phone",
    "plan",
    "prepare",
    "present",
    "prioritise",
    "prioritize",
    "produce",
    "progress",
    "promote",
    "provide",
    "put",
    "raise",
    "reassess",
    "reassure",
    "reconvene",
    "record",
    "refer",
    "reflect",
    "register",
    "reinstate",
    "remind",
    "request",
    "restart",
    "resume",
    "review",
    "revise",
    "ring",
    "schedule",
    "screen",
    "secure",
    "see",
    "seek",
    "send",
    "set",
    "share",
    "sign",
    "signpost",
    "source",
    "speak",
    "spend",
    "start",
    "strengthen",
    "submit",
    "support",
    "tackle",
    "take",
    "talk",
    "tell",
    "test",
    "text",
    "think",
    "track",
    "transfer",
    "undertake",
    "update",
    "upload",
    "use",
    "visit",
    "weigh",
    "work",
    "write",
];

/// Head nouns of someone who can own an action, besides the role lexicon: agent nouns,
/// teams and bodies. Matched in the singular and plural.
pub const AGENT_NOUNS: &[&str] = &[
    "worker",
    "officer",
    "coordinator",
    "co-ordinator",
    "manager",
    "lead",
    "chair",
    "nurse",
    "doctor",
    "therapist",
    "psychologist",
    "psychiatrist",
    "clinician",
    "counsellor",
    "mentor",
    "advocate",
    "visitor",
    "carer",
    "consultant",
    "adviser",
    "advisor",
    "practitioner",
    "professional",
    "team",
    "service",
    "panel",
    "hub",
    "unit",
    "board",
    "partnership",
    "agency",
    "agencies",
    "provider",
    "department",
    "school",
    "college",
    "nursery",
    "academy",
    "police",
    "solicitor",
    "guardian",
    "cafcass",
    "court",
    "navigator",
    "specialist",
    "assistant",
    "supervisor",
    "administrator",
    "head",
    "headteacher",
    "teacher",
    "director",
    "midwife",
    "paediatrician",
    "dentist",
    "auditor",
    "reviewer",
    "colleague",
    "staff",
    "network",
    "partner",
];

/// Family members and the child, who can also own an action ("Mother to attend…").
pub const FAMILY_OWNERS: &[&str] = &[
    "mother",
    "father",
    "mum",
    "dad",
    "parent",
    "parents",
    "stepmother",
    "stepfather",
    "step-mother",
    "step-father",
    "grandmother",
    "grandfather",
    "grandparent",
    "grandma",
    "grandad",
    "nan",
    "aunt",
    "uncle",
    "sibling",
    "brother",
    "sister",
    "family",
    "young person",
    "everyone",
    "i",
];

/// Titles that start a person's name ("Ms Patel to…").
pub const TITLES: &[&str] = &["mr", "mrs", "ms", "miss", "mx", "dr", "cllr", "prof"];

/// Nouns that often start an action as its subject but own nothing ("Plan to include…").
pub const NON_OWNER_NOUNS: &[&str] = &[
    "owner",
    "need",
    "needs",
    "please",
    "recommendation",
    "recommend",
    "responsible",
    "who",
    "task",
    "note",
    "plan",
    "contact",
    "case",
    "work",
    "review",
    "meeting",
    "visit",
    "visits",
    "referral",
    "chronology",
    "minutes",
    "letter",
    "report",
    "file",
    "decision",
    "support",
    "progress",
    "action",
    "actions",
    "update",
    "updates",
    "checks",
    "evidence",
    "record",
    "records",
    "training",
    "therapy",
    "counselling",
    "respite",
    "placement",
    "funding",
    "advice",
    "discussion",
    "conference",
    "session",
    "sessions",
    "programme",
    "genogram",
    "ecomap",
    "timeline",
    "safety",
    "risk",
    "child",
    "children",
    "direct",
    "life",
    "story",
    "health",
    "education",
    "housing",
    "consent",
    "all",
    "this",
    "it",
    "we",
    "they",
    "he",
    "she",
    "there",
    "these",
    "those",
    "any",
    "each",
    "every",
    "nothing",
    "something",
    "everything",
];

/// Prepositions that end the head of a subject noun phrase ("Referral to CAMHS").
pub const PREPOSITIONS: &[&str] = &[
    "of",
    "to",
    "with",
    "for",
    "on",
    "about",
    "in",
    "at",
    "from",
    "regarding",
    "into",
    "around",
    "between",
    "by",
    "re",
    "towards",
    "under",
    "over",
    "through",
    "against",
    "within",
    "across",
];

/// Scheduled events an action can be timed against ("before the next review").
pub const EVENTS: &[&str] = &[
    "review",
    "reviews",
    "conference",
    "icpc",
    "rcpc",
    "cpc",
    "core group",
    "core groups",
    "meeting",
    "meetings",
    "hearing",
    "irh",
    "strategy discussion",
    "strategy meeting",
    "supervision",
    "visit",
    "session",
    "tac",
    "taf",
    "fgc",
    "pep",
    "moderation",
    "audit",
    "appointment",
    "consultation",
    "deadline",
    "transition",
    "move",
    "discharge",
    "birthday",
    "exams",
    "proceedings",
    "filing",
    "assessment",
];

/// Scheduled meetings that fix a time when an action is tied to them ("at the RCPC", "at
/// her CLA review").
pub const SCHEDULED_EVENTS: &[&str] = &[
    "review",
    "conference",
    "icpc",
    "rcpc",
    "cpc",
    "core group",
    "core group meeting",
    "hearing",
    "irh",
    "strategy discussion",
    "strategy meeting",
    "tac",
    "taf",
    "fgc",
    "family group conference",
    "pep meeting",
    "meeting",
    "panel",
];

/// Words for a point or stretch of time ("by the end of term", "by close of business").
pub const TIME_NOUNS: &[&str] = &[
    "end",
    "start",
    "beginning",
    "middle",
    "close",
    "week",
    "weekend",
    "month",
    "fortnight",
    "term",
    "half term",
    "half-term",
    "year",
    "quarter",
    "spring",
    "summer",
    "autumn",
    "winter",
    "christmas",
    "easter",
    "holidays",
    "holiday",
    "new year",
    "xmas",
    "cob",
    "eod",
    "time",
];

/// Timings that sound like a time bound but set none (A003 names them in its message).
pub const VAGUE_TIMES: &[&str] = &[
    "as soon as possible",
    "as soon as practicable",
    "asap",
    "a.s.a.p.",
    "a.s.a.p",
    "in due course",
    "when possible",
    "where possible",
    "whenever possible",
    "on an ongoing basis",
    "ongoing",
    "as and when",
    "at the earliest opportunity",
    "in a timely manner",
    "in a timely way",
    "in the near future",
    "in the future",
    "at some point",
    "going forward",
    "moving forward",
    "when appropriate",
    "as appropriate",
    "as required",
    "as needed",
    "when needed",
    "urgently",
    "soon",
    "regularly",
    "periodically",
    "when capacity allows",
    "tbc",
    "to be confirmed",
];

/// Documents whose existence shows an action was done ("a signed plan", "the referral").
pub const DOCUMENTS: &[&str] = &[
    "plan",
    "assessment",
    "report",
    "chronology",
    "pep",
    "ehcp",
    "referral",
    "application",
    "letter",
    "minutes",
    "record",
    "log",
    "genogram",
    "ecomap",
    "eco-map",
    "agreement",
    "form",
    "book",
    "timeline",
    "profile",
    "statement",
    "summary",
    "checks",
    "certificate",
    "register",
    "notes",
    "contract",
    "mapping",
    "rationale",
    "decision",
    "request",
    "review",
    "analysis",
];

/// Meetings whose record shows an action was done ("at the next core group").
pub const MEETINGS: &[&str] = &[
    "meeting",
    "conference",
    "icpc",
    "rcpc",
    "core group",
    "review",
    "hearing",
    "panel",
    "strategy discussion",
    "supervision",
    "session",
    "sessions",
    "tac",
    "taf",
    "fgc",
    "family group conference",
    "consultation",
];

/// Verbs that produce a document or hold a meeting ("complete the assessment").
pub const PRODUCING_VERBS: &[&str] = &[
    "attend",
    "chair",
    "convene",
    "hold",
    "arrange",
    "book",
    "organise",
    "organize",
    "complete",
    "update",
    "write",
    "produce",
    "submit",
    "draft",
    "prepare",
    "agree",
    "make",
    "send",
    "share",
    "issue",
    "file",
    "sign",
    "present",
    "circulate",
    "distribute",
    "add",
    "upload",
    "request",
    "apply",
    "refer",
    "undertake",
    "deliver",
    "provide",
    "develop",
    "create",
    "devise",
    "finalise",
    "finalize",
    "amend",
    "revise",
    "put",
    "set",
    "obtain",
    "record",
    "co-produce",
    "coproduce",
    "implement",
    "commission",
    "secure",
    "register",
];

/// How an impact statement says what follows for the child: grammar patterns (regular
/// expressions, matched without regard to case unless they say otherwise).
pub const CONSEQUENCE_PATTERNS: &[&str] = &[
    // "which means", "this meant", "meaning that", "the routines mean she…"
    r"\b(?:means|meant|meaning|mean)\b",
    r"\b(?:as\s+a|in)\s+(?:direct\s+)?(?:result|consequence)\b",
    r"\b(?:consequently|therefore|thus|hence|thereby|accordingly)\b",
    r"\bin\s+turn\b",
    r"\b(?:because|as\s+a\s+result)\s+of\s+(?:this|that|these)\b",
    r"\bdue\s+to\s+(?:this|that)\b",
    r"\bresult(?:s|ed|ing)?\s+in\b",
    r"\b(?:lead|leads|led|leading)\s+to\b",
    r"\bcontribut(?:e|es|ed|ing)\s+to\b",
    // "causes her distress", not "cause for concern".
    r"\b(?:causes|caused|causing)\b|\b(?:could|may|might|will|would|to|can)\s+cause\b",
    r"\bso\s+that\b",
    r"(?:[,;:]|\band|\bwhich)\s*so\s+(?:he|she|they|it|the|his|her|their|this|there|any|(?-i:[A-Z])[\w'’-]*)\b",
    r"\b(?:un)?likely\b",
    r"\blikelihood\b",
    r"\bat\s+(?:\w+\s+)?risk\b",
    r"\brisks?\s+(?:of|that|being)\b",
    r"\brisk(?:s|ed|ing)?\s+\w+ing\b",
    r"\b(?:increas|reduc|rais|heighten|lessen|lower|minimis|minimiz|maximis|maximiz|improv|diminish|limit)(?:e|es|ed|ing|s)?\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+|any\s+)?(?:\w+\s+)?(?:risk|risks|chance|chances|likelihood|possibility|prospects?|opportunit(?:y|ies)|stability|safety)\b",
    r"\bchances?\s+of\b",
    // "less able to settle"; not "mother was unable to attend", a fact about someone else.
    r"\b(?:less|more|better)\s+able\s+to\b",
    r"\bimpact(?:s|ed|ing)\s+(?:on|upon)\b",
    r"\b(?:affect|affects|affected|affecting)\b",
    // "…during which he continued to witness arguments": harm that went on for the child.
    r"\b(?:she|he|they|(?-i:[A-Z])[\w'’-]*)\s+(?:has\s+|have\s+|had\s+)?(?:continued|continues|remained|remains)\s+(?:to\s+(?:witness|experience|live|be|suffer|miss|wait|feel|hear|see|care)|exposed|at\s+risk|in\s+limbo)\b",
    // "the impact is that she…", "…is that Sam is…", "…is that her needs…": the clause
    // after "that" is about the child; not "the impact is that there is no chronology".
    r"\b(?:effect|impact|result|consequence|outcome|danger|concern|worry|implication|risk)s?\b[^.;]{0,80}?\b(?:is|was|are|has\s+been|will\s+be)\s+that\s+(?:she|he|they|(?-i:[A-Z])[\w'’-]*\s+(?:is|was|has|have|had|will|may|might|could|would|can|cannot|does|did|do|remains?|continues?|feels?|felt|still|now|needs?|misses|missed|loses|lost|goes|went|waits?|waited|lives?|lived|stays?|stayed|does|doesn't|isn't|wasn't|hasn't|won't)|(?:his|her|their|(?-i:[A-Z])[\w-]*['’]s)\s+(?:\w+\s+)?(?:needs?|safety|wellbeing|well-being|education|schooling|health|development|views?|wishes|feelings|life|lives|future|placement|home|relationships?|confidence|progress|experiences?|identity|attendance|sense|trust|world|voice|story|care|stability|routines?|plan|emotional|mental|physical|behaviour|learning|friendships?|sleep|weight|needs))\b",
    r"\b(?:enabl|allow|help|prevent|stopp?|protect|expos|benefit|permitt?)(?:e|es|ed|ing|s)?\s+(?:him|her|them|(?-i:[A-Z])[\w'’-]*)\b",
    r"\bbenefit(?:s|ed|ing)?\s+(?:from|for)\b",
    r"\b(?:put|puts|putting|place|places|placed|placing|leave|leaves|left|leaving|keep|keeps|kept|keeping|make|makes|made|making)\s+(?:him|her|them|(?-i:[A-Z])[\w'’-]*)\s+(?:at|in|with|without|feel|feeling|unable|less|more|vulnerable|exposed|anxious|confused|unsure|uncertain|isolated|unsafe|safe|safer|open|behind|waiting|alone|unprotected)\b",
    r"\b(?:leave|leaves|left|leaving)\s+(?:him|her|them|(?-i:[A-Z])[\w'’-]*)\b",
    // "…, leaving some children in situations of unassessed risk".
    r"\b(?:leave|leaves|left|leaving)\s+(?:(?:some|many|the|these|those|both|all|most|several|other|a\s+number\s+of)\s+)?(?:[\w'’-]+\s+)?(?:children|child|young\s+(?:people|person)|babies|baby|siblings|families|family|care\s+leavers)\s+(?:at|in|with|without|feeling|unable|less|more|vulnerable|exposed|isolated|unsafe|open|behind|waiting|alone|unprotected|to)\b",
    r"\bwill\s+(?:not\s+|no\s+longer\s+|continue\s+to\s+|still\s+)?(?:be\s+(?:able|unable|less|more|at|left|exposed)|have|feel|struggle|miss|lose|remain|experience|benefit|need|know|understand|grow|fall|suffer|become|continue|go)\b",
    r"\bwon['’]t\b",
    r"(?-i:\bmay\b)",
    r"\bmight\b",
    r"\bcould\s+(?:be|have|lead|mean|result|affect|leave|make|cause|increase|reduce|put|become|feel|struggle|lose|miss|go|remain|experience|escalate|worsen|deteriorate|break|slip|impact|undermine|delay|harm|also|well|then|potentially|easily|quickly)\b",
    r"\bwould\s+(?:not\s+)?(?:be|have|feel|mean|help|enable|allow|make|leave|struggle|lose|miss)\b",
    r"\bin\s+order\s+(?:to|that)\b",
    r"\bgo(?:es)?\s+(?:unnoticed|unmet|unaddressed|unidentified|unrecognised|unheard)\b",
    r"\b(?:having|had|has|have|with)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:impact|effect|bearing)\s+(?:on|upon)\b",
    r"\b(?:detrimental|harmful|damaging|beneficial)\s+(?:to|for)\b|\bto\s+the\s+detriment\s+of\b",
    r"\b(?:compromis|undermin|jeopardis|jeopardiz)(?:e|es|ed|ing)\b",
    r"\bwith\s+the\s+(?:result|effect|consequence)\b",
    r"\bas\s+such\b",
    r"\b(?:danger|fear|worry|concern)\s+(?:is\s+)?(?:that|of)\b",
    r"\bmak(?:e|es|ing)\s+it\s+(?:harder|easier|difficult|more|less|unlikely|likely|impossible|hard)\b",
    r"\b(?:he|she|they|(?-i:[A-Z][a-z])[\w'’-]*)\s+will\b|\bthere\s+will\s+be\b",
    r"\b(?:giv|provid)(?:e|es|ing)\s+(?:him|her|them)\b",
];

/// One vague verb phrase.
#[derive(Debug)]
pub struct VagueVerbMatcher {
    /// The phrase in its base form ("look into").
    pub phrase: String,
    /// Concrete wordings that could replace it ("" = drop it).
    pub instead: Vec<String>,
    /// Not vague when a purpose infinitive follows.
    pub unless_purpose: bool,
}

/// The vague verb phrases (built-in and `extend-vague-verbs`), longest first, compiled as
/// one matcher: a regular expression apiece would cost some 20 KB each once compiled.
#[derive(Debug)]
pub struct VagueVerbs {
    pub matchers: Vec<VagueVerbMatcher>,
    /// `^(?:(p0)|(p1)|…)`, where `pN` is [`phrase_pattern`] of `matchers[N]` (group N + 1):
    /// matched leftmost-first, the alternative that wins is the first phrase in `matchers`
    /// that matches at the start, with the span it would match on its own.
    pub(crate) regex: LazyRegex,
}

impl VagueVerbs {
    /// The first phrase that matches at the start of `text` (any inflection of its first
    /// word, case-insensitive, whole words), and the span it matches.
    pub fn at_start(&self, text: &str) -> Option<(&VagueVerbMatcher, Range<usize>)> {
        let caps = self.regex.captures(text)?;
        let (group, m) = caps
            .iter()
            .enumerate()
            .skip(1)
            .find_map(|(i, m)| Some((i, m?)))?;
        Some((self.matchers.get(group - 1)?, m.range()))
    }
}

/// Every inflection of a verb: "consider" → considers, considered, considering.
pub(crate) fn inflections(verb: &str) -> Vec<String> {
    let verb = verb.to_lowercase();
    let mut forms = vec![verb.clone()];
    if let Some((_, irregular)) = IRREGULAR_PAST.iter().find(|(v, _)| *v == verb) {
        forms.extend(irregular.iter().map(|f| (*f).to_owned()));
    }
    let stem_e = verb.strip_suffix('e');
    let stem_y = verb
        .strip_suffix('y')
        .filter(|s| !s.ends_with(['a', 'e', 'i', 'o', 'u']));
    if let Some(stem) = stem_y {
        forms.push(format!("{stem}ies"));
        forms.push(format!("{stem}ied"));
    } else if verb.ends_with(['s', 'x', 'z']) || verb.ends_with("ch") || verb.ends_with("sh") {
        forms.push(format!("{verb}es"));
    } else {
        forms.push(format!("{verb}s"));
    }
    match stem_e {
        Some(stem) if !verb.ends_with("ee") => {
            forms.push(format!("{verb}d"));
            forms.push(format!("{stem}ing"));
        }
        _ => {
            if stem_y.is_none() {
                forms.push(format!("{verb}ed"));
            }
            forms.push(format!("{verb}ing"));
        }
    }
    forms.sort();
    forms.dedup();
    forms
}

pub(crate) fn phrase_pattern(phrase: &str) -> Option<String> {
    let mut words = phrase.split_whitespace();
    let first = words.next()?;
    let first = inflections(first)
        .iter()
        .map(|f| regex::escape(f))
        .collect::<Vec<_>>()
        .join("|");
    // "…" stands for up to five words: "keep … under review".
    let rest: String = words
        .map(|w| match w {
            "…" | "..." => r"(?:\s+[\w'’-]+){0,5}?".to_owned(),
            _ => format!(r"\s+{}", regex::escape(w)),
        })
        .collect();
    Some(format!(r"^(?i:(?:{first}){rest})\b"))
}

pub(crate) fn vague_verb_matchers(extra: &[String]) -> VagueVerbs {
    let mut out: Vec<(VagueVerbMatcher, String)> = VAGUE_VERBS
        .iter()
        .map(|v| {
            (
                v.phrase.to_owned(),
                v.instead.iter().map(|s| (*s).to_owned()).collect(),
                v.unless_purpose,
            )
        })
        .chain(
            extra
                .iter()
                .map(|p| (p.trim().to_lowercase(), Vec::new(), false)),
        )
        .filter_map(|(phrase, instead, unless_purpose)| {
            let pattern = phrase_pattern(&phrase)?;
            let matcher = VagueVerbMatcher {
                phrase,
                instead,
                unless_purpose,
            };
            Some((matcher, pattern))
        })
        .collect();
    let mut seen = std::collections::HashSet::new();
    out.retain(|(m, _)| seen.insert(m.phrase.clone()));
    out.sort_by_key(|(m, _)| std::cmp::Reverse(m.phrase.len()));
    // Phrases are escaped, so the pattern compiles (one that did not would match nothing).
    let alternatives: Vec<String> = out.iter().map(|(_, p)| format!("({p})")).collect();
    VagueVerbs {
        regex: LazyRegex::new(format!("(?:{})", alternatives.join("|"))),
        matchers: out.into_iter().map(|(m, _)| m).collect(),
    }
}

pub(crate) fn consequence_matcher(extra: &[String]) -> LazyRegex {
    let mut patterns: Vec<String> = CONSEQUENCE_PATTERNS
        .iter()
        .map(|p| (*p).to_owned())
        .collect();
    let extra = alternatives(extra.iter().map(String::as_str));
    if !extra.is_empty() {
        patterns.push(format!(r"\b(?:{extra})\b"));
    }
    // A configured marker that made the pattern invalid would leave a matcher that matches
    // nothing, not a panic (markers are escaped, so none does).
    LazyRegex::new(format!("(?i:{})", patterns.join("|")))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Texts to try the phrase tables on: every inflection style, case, gaps, apostrophes,
    /// and names beyond the Latin range (searched with the full Unicode pattern).
    pub(crate) fn texts() -> Vec<String> {
        let mut out = Vec::new();
        for start in [
            "consider whether to refer",
            "Considered how best to",
            "KEEP the plan under review",
            "keeps Zoë’s plan under review",
            "keeps Ζωή’s plan under close review",
            "keep Олена informed",
            "monitoring progress",
            "monitorings",
            "look again at the plan",
            "looked into it",
            "ensure that",
            "ensuring",
            "liaise with school",
            "liaised",
            "work with mother",
            "working alongside the school",
            "talk",
            "talks to Ζωή",
            "helpful",
            "support-worker",
            "mull over the referral",
            "mulls it over",
            "keep Ζωή in view",
            "visit weekly",
            "",
            "…",
            "consider\u{301} it",
        ] {
            out.push(start.to_owned());
            out.push(format!("{start}."));
        }
        out
    }

    #[test]
    fn vague_verbs_as_one_matcher_find_what_each_phrase_finds() {
        let extra = ["Keep … in view".to_owned(), "mull over".to_owned()];
        let verbs = vague_verb_matchers(&extra);
        let each: Vec<regex::Regex> = verbs
            .matchers
            .iter()
            .map(|m| regex::Regex::new(&phrase_pattern(&m.phrase).unwrap()).unwrap())
            .collect();
        for text in texts() {
            let expected = verbs
                .matchers
                .iter()
                .zip(&each)
                .find_map(|(m, r)| r.find(&text).map(|f| (m.phrase.as_str(), f.range())));
            let found = verbs.at_start(&text).map(|(m, r)| (m.phrase.as_str(), r));
            assert_eq!(found, expected, "{text:?}");
        }
        assert!(verbs.at_start("keep Ζωή in view").is_some());
        assert!(verbs.at_start("considering whether").is_some());
    }
}
