//! Phrase knowledge: the data tables the language rules read, extended by `[lexicon]`.
//!
//! Matchers are built once per configuration (the default configuration's once per
//! process) and shared through an `Arc`; each table is compiled the first time it is
//! used, in the cheap Latin form when the text allows (see [`lazy`]).

use std::sync::LazyLock;

use serde::Deserialize;

use lazy::LazyRegex;

pub mod data;
mod engine;
pub mod evidence;
mod factor;
pub mod lazy;
pub mod prebuilt;
pub mod risk;
pub mod roles;
mod select;
pub mod smart;
pub mod tone;
mod word_starts;

/// `[lexicon]`: extra phrases for the built-in tables (typos' `extend-*` keys).
#[derive(Clone, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct LexiconExtend {
    /// Practitioner roles, teams and agencies ("family hub worker").
    #[serde(default)]
    pub extend_roles: Vec<String>,
    /// Vague, unmeasurable action verbs ("keep under review").
    #[serde(default)]
    pub extend_vague_verbs: Vec<String>,
    /// Judgemental wording about practice ("shoddy").
    #[serde(default)]
    pub extend_blame_phrases: Vec<String>,
    /// Deficit labels for children and families ("resistant").
    #[serde(default)]
    pub extend_labels: Vec<String>,
    /// Indicators that a child may be at risk of immediate harm.
    #[serde(default)]
    pub extend_escalation_phrases: Vec<String>,
    /// Markers of a consequence for the child ("which leaves").
    #[serde(default)]
    pub extend_consequence_markers: Vec<String>,
}

impl LexiconExtend {
    /// Each list with its configuration key.
    pub fn entries(&self) -> impl Iterator<Item = (&'static str, &Vec<String>)> {
        [
            ("extend-roles", &self.extend_roles),
            ("extend-vague-verbs", &self.extend_vague_verbs),
            ("extend-blame-phrases", &self.extend_blame_phrases),
            ("extend-labels", &self.extend_labels),
            ("extend-escalation-phrases", &self.extend_escalation_phrases),
            (
                "extend-consequence-markers",
                &self.extend_consequence_markers,
            ),
        ]
        .into_iter()
    }
}

/// A table built the first time a rule asks for it, on that rule's thread: making the
/// lexicon costs nothing, and a run builds only the tables its text needs.
pub type Lazy<T> = LazyLock<T, Box<dyn FnOnce() -> T + Send>>;

fn lazy<T>(make: impl FnOnce() -> T + Send + 'static) -> Lazy<T> {
    LazyLock::new(Box::new(make))
}

/// The compiled phrase tables of one configuration.
#[derive(Debug)]
pub struct Lexicon {
    /// The configured extensions, lower-cased.
    pub extend: LexiconExtend,
    /// Any practitioner role, team, service or agency (built-in and `extend-roles`), as a
    /// whole word or phrase; "the"/"a"/"our" in front is not part of the match.
    pub roles: Lazy<LazyRegex>,
    /// Vague action verbs (built-in and `extend-vague-verbs`), longest first, each anchored
    /// at the start of the text it is tried on and matching any inflection of its first word.
    pub vague_verbs: Lazy<smart::VagueVerbs>,
    /// Markers of a consequence for the child (built-in and `extend-consequence-markers`).
    pub consequence: Lazy<LazyRegex>,
    /// Blame phrases about practice (T002): the built-in table and `extend-blame-phrases`.
    pub blame: Lazy<PhraseMatcher>,
    /// Deficit labels for children and families (T003): the built-in table and
    /// `extend-labels`.
    pub labels: Lazy<PhraseMatcher>,
    /// Escalation triggers for S001 (built-in and `extend-escalation-phrases`).
    pub escalation: Lazy<risk::EscalationMatcher>,
}

impl Lexicon {
    pub fn new(extend: &LexiconExtend) -> Lexicon {
        let lower = |list: &Vec<String>| list.iter().map(|p| p.trim().to_lowercase()).collect();
        let (roles, vague_verbs, consequence) = (
            extend.extend_roles.clone(),
            extend.extend_vague_verbs.clone(),
            extend.extend_consequence_markers.clone(),
        );
        let (blame, labels, escalation) = (
            extend.extend_blame_phrases.clone(),
            extend.extend_labels.clone(),
            extend.extend_escalation_phrases.clone(),
        );
        Lexicon {
            extend: LexiconExtend {
                extend_roles: lower(&extend.extend_roles),
                extend_vague_verbs: lower(&extend.extend_vague_verbs),
                extend_blame_phrases: lower(&extend.extend_blame_phrases),
                extend_labels: lower(&extend.extend_labels),
                extend_escalation_phrases: lower(&extend.extend_escalation_phrases),
                extend_consequence_markers: lower(&extend.extend_consequence_markers),
            },
            roles: lazy(move || role_matcher(&roles)),
            vague_verbs: lazy(move || smart::vague_verb_matchers(&vague_verbs)),
            consequence: lazy(move || smart::consequence_matcher(&consequence)),
            blame: lazy(move || PhraseMatcher::new(tone::BLAME.iter().map(|e| e.pattern), &blame)),
            labels: lazy(move || {
                PhraseMatcher::new(tone::LABELS.iter().map(|e| e.pattern), &labels)
            }),
            escalation: lazy(move || risk::EscalationMatcher::new(&escalation)),
        }
    }
}

/// One compiled matcher over a table of phrase patterns and the configured extra phrases,
/// which reports which table entry matched.
#[derive(Debug)]
pub struct PhraseMatcher {
    /// A group named `x` around the extra phrases, and one named `e<i>` around table entry
    /// `i`: the name of the group that took part in a match says what matched.
    regex: LazyRegex,
}

/// A phrase found by a [`PhraseMatcher`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PhraseMatch {
    pub start: usize,
    pub end: usize,
    /// The index of the table entry, or `None` for a configured extra phrase.
    pub entry: Option<usize>,
}

impl PhraseMatcher {
    /// Built-in `patterns` (regular expression fragments) and `extra` literal phrases. The
    /// extra phrases come first, so a configured "sloppy recording" wins over "sloppy".
    fn new<'a>(patterns: impl Iterator<Item = &'a str>, extra: &[String]) -> PhraseMatcher {
        let mut branches = Vec::new();
        let extra = alternatives(extra.iter().map(String::as_str));
        if !extra.is_empty() {
            branches.push(format!("(?P<x>{extra})"));
        }
        for (i, pattern) in patterns.enumerate() {
            branches.push(format!("(?P<e{i}>{pattern})"));
        }
        let regex = LazyRegex::new(format!(r"(?i)\b(?:{})\b", branches.join("|")));
        PhraseMatcher { regex }
    }

    /// Every phrase in `text`, left to right, without overlaps.
    pub fn find_iter<'t>(&'t self, text: &'t str) -> impl Iterator<Item = PhraseMatch> + 't {
        self.regex.captures_iter(text).filter_map(move |caps| {
            let whole = caps.get(0)?;
            // The first named group that took part: an entry's own groups are unnamed.
            let entry = caps
                .iter()
                .enumerate()
                .skip(1)
                .filter(|(_, m)| m.is_some())
                .find_map(|(i, _)| match caps.group_name(i)? {
                    "x" => Some(None),
                    name => name.strip_prefix('e')?.parse().ok().map(Some),
                })
                .flatten();
            Some(PhraseMatch {
                start: whole.start(),
                end: whole.end(),
                entry,
            })
        })
    }
}

/// Escaped alternatives, longest first, so the longest phrase wins at each position.
pub(crate) fn alternatives<'a>(phrases: impl IntoIterator<Item = &'a str>) -> String {
    let mut list: Vec<String> = phrases
        .into_iter()
        .map(|p| {
            regex::escape(p.trim())
                .replace(r"\ ", r"\s+")
                .replace(' ', r"\s+")
        })
        .filter(|p| !p.is_empty())
        .collect();
    list.sort_by_key(|p| std::cmp::Reverse(p.len()));
    list.dedup();
    list.join("|")
}

fn role_matcher(extra: &[String]) -> LazyRegex {
    let words = alternatives(
        roles::roles()
            .iter()
            .copied()
            .chain(extra.iter().map(String::as_str)),
    );
    let abbreviations = alternatives(roles::role_abbreviations().iter().copied());
    // A plural "s" is part of the mention ("social workers", "health visitors"). Escaped
    // phrases always compile; one that did not would match nothing rather than panic.
    LazyRegex::new(format!(r"(?:\b(?i:{words})s?\b|\b(?:{abbreviations})s?\b)"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Part;

    #[test]
    fn leaders_councils_agencies_and_boards_are_roles() {
        let lexicon = Lexicon::new(&LexiconExtend::default());
        let found = |t: &str| lexicon.roles.find(t).map(|m| m.as_str().to_owned());
        for (text, role) in [
            ("Senior leaders have not acted", "Senior leaders"),
            ("The borough council will publish", "borough council"),
            ("Partner agencies did not attend", "Partner agencies"),
            ("The LSCB to commission a review", "LSCB"),
            ("Business support to scan the letters", "Business support"),
            ("Police officers did not attend", "Police officers"),
        ] {
            assert_eq!(found(text).as_deref(), Some(role), "{text}");
        }
        // A family member is not a role.
        assert_eq!(found("Mother's partner has not provided it"), None);
    }

    #[test]
    fn roles_match_words_and_abbreviations() {
        let lexicon = Lexicon::new(&LexiconExtend {
            extend_roles: vec!["family hub navigator".into()],
            ..LexiconExtend::default()
        });
        let found = |t: &str| lexicon.roles.find(t).map(|m| m.as_str().to_owned());
        assert_eq!(
            found("The allocated social worker did not visit").as_deref(),
            Some("allocated social worker")
        );
        assert_eq!(found("SW hasn't completed").as_deref(), Some("SW"));
        assert_eq!(
            found("the Family Hub Navigator will").as_deref(),
            Some("Family Hub Navigator")
        );
        assert_eq!(found("sw is not a role in lower case"), None);
        assert_eq!(found("Swimming lessons"), None);
        assert_eq!(found("Mother did not attend"), None);
        assert_eq!(
            found("Health visitors did not attend").as_deref(),
            Some("Health visitors")
        );
    }

    #[test]
    fn phrase_matchers_report_their_entry() {
        let lexicon = Lexicon::new(&LexiconExtend {
            extend_blame_phrases: vec!["Sloppy recording".into()],
            extend_labels: vec!["work-shy".into()],
            ..LexiconExtend::default()
        });
        let found: Vec<_> = lexicon
            .blame
            .find_iter("This is SLOPPY RECORDING and sloppy.")
            .collect();
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].entry, None);
        assert!(found[1].entry.is_some());
        let labels: Vec<_> = lexicon
            .labels
            .find_iter("Dad is work-shy and manipulative.")
            .collect();
        assert_eq!(labels.len(), 2);
        assert_eq!(labels[0].entry, None);
        let manipulative = labels[1].entry.unwrap();
        assert_eq!(tone::LABELS[manipulative].pattern, "manipulative");
    }

    #[test]
    fn tables_compile_at_first_use_and_have_a_latin_form() {
        let lexicon = Lexicon::new(&LexiconExtend::default());
        let tables: Vec<&LazyRegex> = vec![
            &lexicon.roles,
            &lexicon.vague_verbs.regex,
            &lexicon.consequence,
            &lexicon.blame.regex,
            &lexicon.labels.regex,
        ];
        assert_eq!(lexicon.vague_verbs.matchers.len(), smart::VAGUE_VERBS.len());
        for table in tables {
            assert!(table.is_valid(), "{}", table.pattern());
            assert!(table.has_latin_form(), "{}", table.pattern());
        }
    }

    /// Each phrase found is put down to the table entry (or the configured phrase) whose
    /// group took part in the match, as `regex` numbers and names the groups.
    #[test]
    fn phrase_matcher_groups_are_those_of_the_compiled_pattern() {
        let lexicon = Lexicon::new(&LexiconExtend {
            extend_blame_phrases: vec!["slapdash (again)".into(), "slapdash recording".into()],
            extend_labels: vec!["work-shy".into()],
            ..LexiconExtend::default()
        });
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
        let mut text = std::fs::read_to_string(format!("{root}/examples/jo.audit.md")).unwrap();
        text.push_str(
            "The social worker was slapdash recording, and the report calls Jo work-shy, \
             manipulative and attention seeking; the worker failed to visit and the \
             assessment was poor, sloppy and careless, a shocking failure.",
        );
        let mut found = 0;
        for matcher in [&lexicon.blame, &lexicon.labels] {
            let compiled = regex::Regex::new(matcher.regex.pattern()).unwrap();
            let groups: Vec<Option<Option<usize>>> = compiled
                .capture_names()
                .map(|name| match name {
                    Some("x") => Some(None),
                    Some(n) => n.strip_prefix('e').and_then(|i| i.parse().ok()).map(Some),
                    None => None,
                })
                .collect();
            let expected: Vec<PhraseMatch> = compiled
                .captures_iter(&text)
                .map(|caps| {
                    let whole = caps.get(0).unwrap();
                    let entry = (1..caps.len())
                        .find_map(|i| caps.get(i).and(groups[i]))
                        .flatten();
                    PhraseMatch {
                        start: whole.start(),
                        end: whole.end(),
                        entry,
                    }
                })
                .collect();
            assert_eq!(matcher.find_iter(&text).collect::<Vec<_>>(), expected);
            assert!(expected.iter().any(|m| m.entry.is_none()));
            assert!(expected.iter().any(|m| m.entry.is_some()));
            found += expected.len();
        }
        assert!(found >= 6, "only {found} phrases found");
    }

    /// Text with a Greek or Cyrillic word is searched with the tables as written (full
    /// Unicode classes); they find the same phrases as in the same text with a Latin name.
    #[test]
    fn non_latin_names_find_the_same_phrases() {
        let lexicon = Lexicon::new(&LexiconExtend {
            extend_roles: vec!["family hub navigator".into()],
            extend_blame_phrases: vec!["slapdash recording".into()],
            extend_consequence_markers: vec!["so it follows".into()],
            ..LexiconExtend::default()
        });
        let text = |name: &str| {
            format!(
                "{name}'s social worker wrote that {name} was manipulative, the Family Hub \
                 Navigators said {name}'s SW should have visited, and slapdash recording \
                 means {name} may not be safe, so it follows that {name} waits."
            )
        };
        let spans = |t: &str, name: &str| -> Vec<(String, Option<usize>)> {
            let mut out: Vec<(String, Option<usize>)> = lexicon
                .roles
                .find_iter(t)
                .chain(lexicon.consequence.find_iter(t))
                .map(|m| (m.as_str().to_owned(), None))
                .collect();
            for matcher in [&lexicon.blame, &lexicon.labels] {
                out.extend(
                    matcher
                        .find_iter(t)
                        .map(|m| (t.part(m.start..m.end).to_owned(), m.entry)),
                );
            }
            out.iter()
                .map(|(s, e)| (s.replace(name, "NAME"), *e))
                .collect()
        };
        let latin = text("Zoë");
        let expected = spans(&latin, "Zoë");
        assert!(lazy::latin_text(&latin));
        assert!(expected.len() >= 7, "{expected:?}");
        for name in ["Ζωή", "Олена"] {
            let other = text(name);
            assert!(!lazy::latin_text(&other));
            assert_eq!(spans(&other, name), expected, "{name}");
        }
        let verb = |t: &str| {
            lexicon
                .vague_verbs
                .at_start(t)
                .map(|(v, m)| (v.phrase.clone(), t.part(m).chars().count()))
        };
        assert_eq!(
            verb("Keep Ζωή’s plan under review"),
            verb("Keep Zoë’s plan under review")
        );
        assert!(verb("Considering Олена's wishes").is_some());
    }

    #[test]
    fn configured_phrases_never_panic() {
        let odd = vec![
            "(unclosed".to_owned(),
            "a|b*".to_owned(),
            "[x".to_owned(),
            "\\p{Greek".to_owned(),
            "Ζωή ... keep".to_owned(),
            " ".to_owned(),
        ];
        let lexicon = Lexicon::new(&LexiconExtend {
            extend_roles: odd.clone(),
            extend_vague_verbs: odd.clone(),
            extend_blame_phrases: odd.clone(),
            extend_labels: odd.clone(),
            extend_escalation_phrases: odd.clone(),
            extend_consequence_markers: odd,
        });
        // Configured phrases are literal words: metacharacters match themselves.
        let text = "The key worker said (unclosed and a|b*c, [x, Ζωή ... keep.";
        assert_eq!(
            lexicon.roles.find(text).map(|m| m.as_str()),
            Some("key worker")
        );
        assert!(lexicon.consequence.is_match("and a|b*c"));
        assert!(!lexicon.consequence.is_match("and ab c"));
        let blame: Vec<_> = lexicon.blame.find_iter(text).collect();
        let found: Vec<&str> = blame.iter().map(|m| text.part(m.start..m.end)).collect();
        assert_eq!(found, ["a|b*", "Ζωή ... keep"]);
        assert_eq!(lexicon.labels.find_iter("a b c [ x").count(), 0);
    }
}
