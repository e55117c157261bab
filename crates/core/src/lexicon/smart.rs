//! Phrase knowledge for impact statements (I002, I003) and SMART actions (A002–A006).
//!
//! Plain data: the grammar that reads it lives in `crate::action` and in the rules. Vague
//! verbs and consequence markers can be extended with `[lexicon] extend-vague-verbs` and
//! `extend-consequence-markers`; owners are extended through `extend-roles`.

use std::ops::Range;
use std::sync::LazyLock;

use serde::Deserialize;

use super::alternatives;
use super::data::{self, leak, leak_all};
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

/// One entry of `data/vague-verbs.toml`, as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct VagueEntry {
    phrase: String,
    #[serde(default)]
    instead: Vec<String>,
    #[serde(default)]
    unless_purpose: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VagueFile {
    verb: Vec<VagueEntry>,
}

/// Vague main verbs of an action, from `data/vague-verbs.toml`. Longer phrases are tried
/// first; "…" stands for up to five words ("keep the plan under review").
pub static VAGUE_VERBS: LazyLock<Vec<VagueVerb>> = LazyLock::new(|| {
    let file: VagueFile = data::parse(data::VAGUE_VERBS);
    file.verb
        .into_iter()
        .map(|v| VagueVerb {
            phrase: leak(v.phrase),
            instead: leak_all(v.instead),
            unless_purpose: v.unless_purpose,
        })
        .collect()
});

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
    "build … relationship",
    "develop … relationship",
    "get to know",
    "spend … time",
    // An understanding, awareness or insight gained is nothing anyone can see.
    "build … understanding",
    "develop … understanding",
    "gain … understanding",
    "deepen … understanding",
    "increase … understanding",
    "build … awareness",
    "develop … awareness",
    "increase … awareness",
    "gain … insight",
    "develop … insight",
    "build … knowledge",
    "develop … knowledge",
    "gain … knowledge",
    "build relationships",
    "build rapport",
    "build trust",
    "develop a relationship",
    "look again",
    // Contesting something leaves nothing to see unless a result is named: "challenge
    // drift more robustly".
    "challenge",
    "look at",
    "look into",
    // Going over something with the child: "go through his spending with him".
    "go through",
    "go over",
    "talk through",
    "run through",
    "look through",
    "chase",
    // Showing someone how, or an outing or activity arranged or shared with the child:
    // what it is for is the result ("model a bedtime routine with mum", "cook a family
    // recipe with Caleb", "arrange for Caleb to go to church with his grandmother").
    "model",
    "role model",
    "role-model",
    "demonstrate",
    "arrange for",
    "cook",
    "bake",
    "play",
    // A visit or an accompanied trip is an activity: what it is for is the result.
    "visit",
    "go with",
    "accompany",
    "take … to visit",
    "take … to see",
    "take … to meet",
    // Telling someone something: what they then know or do is the result.
    "tell",
    "inform",
    "explain",
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
    "offer … support",
    "provide … support",
    "undertake direct work",
    "do direct work",
    "carry out direct work",
    "tighten",
    "tighten up",
    "offer advice",
    "offer help",
    "provide support",
    "provide advice",
    "give support",
    "give advice",
    // A disposition to adopt is not a result: "be more curious", "be proactive".
    "be more",
    "become more",
    "be curious",
    "be proactive",
    "reflect on",
    "have oversight",
    "maintain oversight",
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

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MarkerFile {
    marker: Vec<Marker>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Marker {
    pattern: String,
    /// What the pattern catches and what it must not: for the reader of the file.
    #[serde(default)]
    #[allow(dead_code)]
    note: Option<String>,
}

/// How an impact statement says what follows for the child, from
/// `data/consequence-markers.toml`: grammar patterns (regular expressions, matched without
/// regard to case unless they say otherwise).
pub static CONSEQUENCE_PATTERNS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let file: MarkerFile = data::parse(data::CONSEQUENCE_MARKERS);
    file.marker.into_iter().map(|m| leak(m.pattern)).collect()
});

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

pub(crate) fn phrase_pattern(phrase: &str) -> Option<String> {
    let mut words = phrase.split_whitespace();
    let first = words.next()?;
    let first = crate::english::verbs::forms(first)
        .iter()
        .map(|f| regex::escape(f))
        .collect::<Vec<_>>()
        .join("|");
    // "…" stands for up to six words: "keep … under review", "build a more open and
    // trusting working relationship".
    let rest: String = words
        .map(|w| match w {
            "…" | "..." => r"(?:\s+[\w'’-]+){0,6}?".to_owned(),
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

#[cfg(test)]
mod data_tests {
    use super::*;

    #[test]
    fn the_vague_verb_and_consequence_files_parse_and_list_each_entry_once() {
        let mut seen = std::collections::HashSet::new();
        for verb in VAGUE_VERBS.iter() {
            assert_eq!(
                verb.phrase,
                verb.phrase.trim().to_lowercase(),
                "{}",
                verb.phrase
            );
            assert!(seen.insert(verb.phrase), "{} is listed twice", verb.phrase);
        }
        assert!(VAGUE_VERBS.iter().any(|v| v.phrase == "ensure"));
        assert!(VAGUE_VERBS.iter().any(|v| v.unless_purpose));
        let mut seen = std::collections::HashSet::new();
        for pattern in CONSEQUENCE_PATTERNS.iter() {
            assert!(seen.insert(*pattern), "{pattern} is listed twice");
            assert!(
                regex::Regex::new(&format!("(?i:{pattern})")).is_ok(),
                "{pattern} does not compile"
            );
        }
        assert!(CONSEQUENCE_PATTERNS.len() > 40);
    }
}
