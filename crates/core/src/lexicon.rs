//! Phrase knowledge: the data tables the language rules read, extended by `[lexicon]`.
//!
//! Matchers are compiled once per configuration (the default configuration's once per
//! process) and shared through an `Arc`.

use serde::Deserialize;

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

/// The compiled phrase tables of one configuration.
#[derive(Debug)]
pub struct Lexicon {
    /// The configured extensions, lower-cased.
    pub extend: LexiconExtend,
}

impl Lexicon {
    pub fn new(extend: &LexiconExtend) -> Lexicon {
        let lower = |list: &Vec<String>| list.iter().map(|p| p.trim().to_lowercase()).collect();
        Lexicon {
            extend: LexiconExtend {
                extend_roles: lower(&extend.extend_roles),
                extend_vague_verbs: lower(&extend.extend_vague_verbs),
                extend_blame_phrases: lower(&extend.extend_blame_phrases),
                extend_labels: lower(&extend.extend_labels),
                extend_escalation_phrases: lower(&extend.extend_escalation_phrases),
                extend_consequence_markers: lower(&extend.extend_consequence_markers),
            },
        }
    }
}
