//! Phrase knowledge for the tone rules: deficit phrasing about practice (T001), blaming
//! language (T002) and deficit labels for children and families (T003).
//!
//! Blame phrases and labels are extended by `[lexicon] extend-blame-phrases` and
//! `extend-labels`; practitioner subjects come from the role table (`extend-roles`). The
//! built-in blame phrases and labels are data (`data/blame-phrases.toml`,
//! `data/labels.toml`), for a practice lead to review without reading Rust.

use std::sync::LazyLock;

use serde::Deserialize;

use super::data::{self, leak, leak_all};

/// How a blame phrase is read in context (T002).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
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

/// One entry of a phrase data file, as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Entry<K> {
    pattern: String,
    kind: K,
    #[serde(default)]
    alternatives: Vec<String>,
    #[serde(default)]
    before_noun: Vec<String>,
    /// Why the entry is there, or its source: for the reader of the file.
    #[serde(default)]
    #[allow(dead_code)]
    note: Option<String>,
}

/// A phrase data file: `[[phrase]]` (blame) or `[[label]]` entries.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PhraseFile<K> {
    #[serde(alias = "phrase", alias = "label")]
    entries: Vec<Entry<K>>,
}

/// The entries of the built-in file `name`, each made into a table entry by `make`
/// (pattern, kind, alternatives, before-noun wordings).
fn load<K: serde::de::DeserializeOwned, T>(
    file: data::DataFile,
    make: impl Fn(&'static str, K, &'static [&'static str], &'static [&'static str]) -> T,
) -> Vec<T> {
    let file: PhraseFile<K> = data::parse(file);
    file.entries
        .into_iter()
        .map(|e| {
            make(
                leak(e.pattern),
                e.kind,
                leak_all(e.alternatives),
                leak_all(e.before_noun),
            )
        })
        .collect()
}

/// Built-in blame phrases, from `data/blame-phrases.toml`. Earlier entries win where two
/// match at the same place, so longer phrases come first.
pub static BLAME: LazyLock<Vec<BlameEntry>> = LazyLock::new(|| {
    load(
        data::BLAME_PHRASES,
        |pattern, kind, alternatives, before_noun| BlameEntry {
            pattern,
            kind,
            alternatives,
            before_noun,
        },
    )
});

/// How a label is read in context (T003).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
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

/// Built-in labels, from `data/labels.toml`. Earlier entries win where two match at the
/// same place.
pub static LABELS: LazyLock<Vec<LabelEntry>> = LazyLock::new(|| {
    load(data::LABELS, |pattern, kind, alternatives, before_noun| {
        LabelEntry {
            pattern,
            kind,
            alternatives,
            before_noun,
        }
    })
});

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

/// People outside the family and outside practice, who are part of a child's circumstances:
/// "struck by a negligent driver", "an unscrupulous landlord". Blame about them is not
/// blame about practice.
#[rustfmt::skip]
pub const LAY_PEOPLE: &[&str] = &[
    "driver", "drivers", "motorist", "motorists", "landlord", "landlords", "landlady",
    "neighbour", "neighbours", "neighbor", "neighbors", "stranger", "strangers", "passer-by",
    "employer", "employers", "tenant", "tenants", "lodger", "lodgers", "shopkeeper",
    "motorcyclist", "cyclist", "builder", "builders", "contractor", "contractors",
];

/// Nouns for where and how a family lives, which a label can describe ("a chaotic
/// household", "a chaotic lifestyle").
#[rustfmt::skip]
pub const LIFE_NOUNS: &[&str] = &[
    "household", "home", "lifestyle", "lifestyles", "life", "lives", "upbringing", "parenting",
    "presentation", "relationship", "relationships", "behaviour", "behaviours", "behavior",
    "manner", "attitude", "attitudes",
    // What a child did, which a label can be pinned on ("the overdose was attention-seeking").
    "overdose", "overdoses", "self-harm", "self-harming", "disclosure", "disclosures",
    "allegation", "allegations", "outburst", "outbursts", "tantrum", "tantrums",
    "incident", "incidents", "episode", "episodes",
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
    "state", "heating", "damp", "mould", "mold", "condensation", "infestation", "vermin",
    "disrepair", "leaks", "relationship", "relationships", "friendships", "sight",
    "eyesight", "hearing", "memory", "grades", "results", "reading", "writing", "literacy",
    "numeracy", "maths", "engagement", "environment", "neighbourhood", "area", "finances",
    "income", "routines", "routine", "boundaries", "parenting", "nutrition", "lessons", "exams",
    "coursework", "skills", "name-calling", "bullying", "treatment", "lifestyle", "experience",
    "experiences", "childhood", "start", "life", "weather", "transport", "signal", "kitchen",
    "bedroom", "garden", "furniture", "bed", "drink", "drinks", "beverage", "beverages",
    // What the child faces: "unacceptable harm", "the risk to Jo is unacceptable".
    "harm", "risk", "risks", "danger", "dangers",
    // Events of a child's life: "Isla's move to the new team was chaotic".
    "move", "moves", "transition", "transitions",
];

/// Verbs whose negation is praise: "did not hesitate", "never missed a visit".
#[rustfmt::skip]
pub const PRAISE_VERBS: &[&str] = &[
    "hesitate", "miss", "fail", "waver", "delay", "lose", "forget", "cancel", "stop", "wait",
    "shy", "flinch", "falter", "neglect", "overlook", "ignore", "drop", "lapse", "shirk",
    "rush", "drift", "slip", "abandon", "postpone", "relent", "tire", "quit", "waste",
    "exclude", "suspend", "interrupt", "disrupt", "disregard", "dismiss", "underestimate",
    "tolerate", "condone",
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

/// Participles of what services do to children ("were left without a social worker",
/// "was not seen"): in "It is unacceptable that children were left …", T002 reads the
/// passive as practice's doing.
#[rustfmt::skip]
pub const DONE_TO_CHILDREN: &[&str] = &[
    "left", "placed", "moved", "kept", "seen", "visited", "offered", "given", "allocated",
    "assessed", "supported", "referred", "told", "informed", "consulted", "asked", "heard",
    "involved", "included", "denied", "transferred", "passed", "returned", "discharged",
];

/// Prepositions that open a short phrase of when or to whom ("within timescales", "after
/// the incident", "on time", "to Callum").
#[rustfmt::skip]
pub const WHEN_PREPOSITIONS: &[&str] = &[
    "within", "after", "before", "on", "in", "during", "until", "since", "at", "for", "to",
    "with",
];

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
    "commissioned",
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

#[cfg(test)]
mod data_tests {
    use super::*;

    #[test]
    fn the_blame_and_label_files_parse_compile_and_list_each_pattern_once() {
        for (name, patterns) in [
            (
                "blame-phrases.toml",
                BLAME.iter().map(|e| e.pattern).collect::<Vec<_>>(),
            ),
            (
                "labels.toml",
                LABELS.iter().map(|e| e.pattern).collect::<Vec<_>>(),
            ),
        ] {
            assert!(patterns.len() > 20, "{name}");
            let mut seen = std::collections::HashSet::new();
            for pattern in patterns {
                assert!(seen.insert(pattern), "{name}: {pattern} is listed twice");
                assert!(
                    regex::Regex::new(&format!(r"(?i)\b(?:{pattern})\b")).is_ok(),
                    "{name}: {pattern} does not compile"
                );
            }
        }
        // Judgements offer a neutral wording; hindsight is rewritten by the rule itself.
        for entry in BLAME.iter().filter(|e| e.kind == BlameKind::Judgement) {
            assert!(
                !entry.alternatives.is_empty(),
                "{} has no alternative",
                entry.pattern
            );
        }
        assert!(BLAME.iter().any(|e| e.kind == BlameKind::Hindsight));
        assert!(LABELS.iter().any(|e| e.pattern == "manipulative"));
    }
}

#[cfg(test)]
mod alternative_tests {
    use super::*;

    /// A fix must never write what its own rule flags: no neutral wording offered for a
    /// blame phrase or a label is itself flagged by T002 or T003.
    #[test]
    fn no_offered_wording_is_itself_flagged() {
        let config = crate::Config::default();
        let wordings = BLAME
            .iter()
            .flat_map(|e| e.alternatives.iter().chain(e.before_noun))
            .chain(
                LABELS
                    .iter()
                    .flat_map(|e| e.alternatives.iter().chain(e.before_noun)),
            );
        for wording in wordings {
            let wording = wording.replace("{v}", "engage").replace("{noun}", "mother");
            for sentence in [
                format!("Mother is {wording}."),
                format!("The practice was {wording}."),
            ] {
                let flagged: Vec<_> = crate::check(&sentence, &config)
                    .into_iter()
                    .filter(|d| matches!(d.code, "T002" | "T003"))
                    .map(|d| d.code)
                    .collect();
                assert!(flagged.is_empty(), "{sentence:?} is flagged: {flagged:?}");
            }
        }
    }
}
