//! Configuration: `caselint.toml`, `.caselint.toml`, or the language client's settings.
//!
//! Every key is checked: an unknown key or a bad value is an error that names the key and
//! where it came from, never a silent default. The core reads no files; callers pass the
//! text and a name for it (a path, or "client settings").

use std::collections::HashMap;
use std::sync::{Arc, LazyLock};

use serde::Deserialize;

use crate::diagnostic::Severity;
use crate::lexicon::{Lexicon, LexiconExtend};
use crate::rules::{self, Rule};
use crate::text::Part;

/// The configuration as written (TOML or JSON settings), before it is checked.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawConfig {
    /// Rules to run, by code or name; `"ALL"` (the default) selects every rule.
    pub select: Option<Vec<String>>,
    /// Rules not to run, by code or name.
    pub ignore: Option<Vec<String>>,
    /// Severity per rule (code or name): "error", "warning", "info" or "off".
    pub severity: Option<HashMap<String, String>>,
    /// The grade scale, best first. The last grade is the one below "good".
    pub scale: Option<Vec<String>>,
    /// Area names used by `caselint new`, completion and the outline.
    pub areas: Option<Vec<String>>,
    pub lookback_months: Option<i64>,
    pub max_evidence_words: Option<i64>,
    pub max_sentence_words: Option<i64>,
    pub escalation: Option<RawEscalation>,
    pub lexicon: Option<LexiconExtend>,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawEscalation {
    pub contacts: Option<Vec<String>>,
}

/// A configuration error, naming the source and the key at fault.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{source_name}: {message}")]
pub struct ConfigError {
    /// The file path or "client settings".
    pub source_name: String,
    /// The key at fault, when one can be named.
    pub key: Option<String>,
    pub message: String,
}

pub const DEFAULT_SCALE: [&str; 3] = ["Outstanding", "Good", "Requires improvement"];

pub const DEFAULT_AREAS: [&str; 12] = [
    "Early help and the front door",
    "Assessment",
    "The child's voice and direct work",
    "Identity, diversity and lived experience",
    "Working with parents, carers and the family network",
    "Planning",
    "Multi-agency working",
    "Reviews and progress of the plan",
    "Management oversight and supervision",
    "Recording and chronology",
    "Permanence, legal planning and court",
    "Outcomes and impact for the child",
];

pub const DEFAULT_CONTACTS: [&str; 5] = [
    "the Principal Social Worker",
    "the Assistant Director for QA",
    "the Team Manager",
    "the Assistant Team Manager",
    "the social worker",
];

/// A checked configuration.
#[derive(Clone, Debug)]
pub struct Config {
    /// Per rule code: `None` = off, else its severity.
    severities: HashMap<&'static str, Option<Severity>>,
    pub scale: Vec<String>,
    pub areas: Vec<String>,
    pub lookback_months: u32,
    pub max_evidence_words: usize,
    pub max_sentence_words: usize,
    pub escalation_contacts: Vec<String>,
    pub lexicon: Arc<Lexicon>,
}

static DEFAULT_LEXICON: LazyLock<Arc<Lexicon>> =
    LazyLock::new(|| Arc::new(Lexicon::new(&LexiconExtend::default())));

impl Default for Config {
    fn default() -> Self {
        Config {
            severities: rules::RULES
                .iter()
                .map(|r| (r.code, Some(r.default_severity)))
                .collect(),
            scale: DEFAULT_SCALE.iter().map(|s| (*s).to_owned()).collect(),
            areas: DEFAULT_AREAS.iter().map(|s| (*s).to_owned()).collect(),
            lookback_months: 6,
            max_evidence_words: 300,
            max_sentence_words: 40,
            escalation_contacts: DEFAULT_CONTACTS.iter().map(|s| (*s).to_owned()).collect(),
            lexicon: Arc::clone(&DEFAULT_LEXICON),
        }
    }
}

/// serde's "unknown field `selct`, expected one of `select`, `ignore`, …" with the nearest
/// known key suggested first: "unknown key `selct`: did you mean `select`? (…)".
pub fn with_suggestion(message: &str) -> String {
    let Some(rest) = message.strip_prefix("unknown field `") else {
        return message.to_owned();
    };
    let Some((unknown, expected)) = rest.split_once('`') else {
        return message.to_owned();
    };
    let known: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    let nearest = known
        .iter()
        .map(|k| (strsim::damerau_levenshtein(unknown, k), *k))
        .filter(|&(distance, k)| distance <= 2.max(k.len() / 3))
        .min();
    let choices = known.join(", ");
    match nearest {
        Some((_, key)) => {
            format!("unknown key `{unknown}`: did you mean `{key}`? (the keys here are {choices})")
        }
        None => format!("unknown key `{unknown}` (the keys here are {choices})"),
    }
}

/// A TOML error as a [`ConfigError`] naming the key at fault (where deserialising stopped,
/// or the unknown field) and the line.
fn toml_error(
    e: serde_path_to_error::Error<toml::de::Error>,
    text: &str,
    source_name: &str,
) -> ConfigError {
    let path = e.path().to_string();
    toml_error_at(path, e.into_inner(), text, source_name)
}

/// A TOML error at `path` (`.` for the document itself) as a [`ConfigError`].
fn toml_error_at(path: String, e: toml::de::Error, text: &str, source_name: &str) -> ConfigError {
    let message = e.message().to_owned();
    let key = message
        .split('`')
        .nth(1)
        .filter(|_| message.starts_with("unknown field"))
        .map(str::to_owned)
        .or((path != ".").then_some(path));
    let message = match &key {
        Some(key) if !message.contains(&format!("`{key}`")) => format!("`{key}`: {message}"),
        _ => with_suggestion(&message),
    };
    let location = e
        .span()
        .map(|span| {
            let line = text
                .part(..span.start.min(text.len()))
                .matches('\n')
                .count()
                + 1;
            format!(" (line {line})")
        })
        .unwrap_or_default();
    ConfigError {
        source_name: source_name.to_owned(),
        key,
        message: format!("{message}{location}"),
    }
}

/// File names of a configuration file, in the order they are looked for in each folder.
pub const CONFIG_NAMES: [&str; 2] = ["caselint.toml", ".caselint.toml"];

/// Whether `path` names a configuration file.
pub fn is_config_file(path: &std::path::Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| CONFIG_NAMES.contains(&n))
}

/// The configuration file that applies to an audit in `dir`: the first of
/// [`CONFIG_NAMES`] in `dir`, else in the nearest folder above it that has one. The one
/// rule the CLI and the language server both resolve by; `is_file` is how the caller
/// looks (the core does no IO).
pub fn find_config_file(
    dir: &std::path::Path,
    is_file: impl Fn(&std::path::Path) -> bool,
) -> Option<std::path::PathBuf> {
    dir.ancestors()
        .flat_map(|d| CONFIG_NAMES.iter().map(move |n| d.join(n)))
        .find(|p| is_file(p))
}

impl Config {
    /// Parse and check a TOML configuration. `source_name` names it in errors.
    pub fn from_toml(text: &str, source_name: &str) -> Result<Config, ConfigError> {
        let document = toml::Deserializer::parse(text)
            .map_err(|e| toml_error_at(".".to_owned(), e, text, source_name))?;
        let raw: RawConfig = serde_path_to_error::deserialize(document)
            .map_err(|e| toml_error(e, text, source_name))?;
        Config::from_raw(raw, source_name)
    }

    /// Check a configuration that has already been deserialised (TOML or JSON settings).
    pub fn from_raw(raw: RawConfig, source_name: &str) -> Result<Config, ConfigError> {
        let err = |key: &str, message: String| ConfigError {
            source_name: source_name.to_owned(),
            key: Some(key.to_owned()),
            message: format!("`{key}`: {message}"),
        };
        let mut config = Config::default();
        let lookup = |key: &str, value: &str| -> Result<Option<&'static Rule>, ConfigError> {
            if value.eq_ignore_ascii_case("all") {
                return Ok(None);
            }
            rules::find(value).map(Some).ok_or_else(|| {
                err(
                    key,
                    format!("unknown rule `{value}` (see `caselint rules`)"),
                )
            })
        };
        if let Some(select) = &raw.select {
            let mut selected = Vec::new();
            let mut all = false;
            for value in select {
                match lookup("select", value)? {
                    None => all = true,
                    Some(rule) => selected.push(rule.code),
                }
            }
            if !all {
                for (code, severity) in config.severities.iter_mut() {
                    if !selected.contains(code) {
                        *severity = None;
                    }
                }
            }
        }
        if let Some(ignore) = &raw.ignore {
            for value in ignore {
                match lookup("ignore", value)? {
                    None => config.severities.values_mut().for_each(|s| *s = None),
                    Some(rule) => {
                        config.severities.insert(rule.code, None);
                    }
                }
            }
        }
        if let Some(severity) = &raw.severity {
            let mut entries: Vec<_> = severity.iter().collect();
            entries.sort();
            for (rule, value) in entries {
                let key = format!("severity.{rule}");
                let Some(found) = rules::find(rule) else {
                    return Err(err(
                        &key,
                        format!("unknown rule `{rule}` (see `caselint rules`)"),
                    ));
                };
                let level = if value.eq_ignore_ascii_case("off") {
                    None
                } else {
                    Some(Severity::parse(value).ok_or_else(|| {
                        err(&key, format!("`{value}` is not a severity: use \"error\", \"warning\", \"info\" or \"off\""))
                    })?)
                };
                // A severity for a rule left out by `select` turns it back on only when
                // it is set explicitly: that is what the author asked for.
                config.severities.insert(found.code, level);
            }
        }
        if let Some(scale) = raw.scale {
            let scale: Vec<String> = scale.into_iter().map(|s| s.trim().to_owned()).collect();
            if scale.len() < 2 || scale.iter().any(String::is_empty) {
                return Err(err(
                    "scale",
                    "needs at least two non-empty grades, best first".to_owned(),
                ));
            }
            if scale.iter().any(|s| s.eq_ignore_ascii_case("inadequate")) {
                return Err(err(
                    "scale",
                    "the practice standard's scale has no \"Inadequate\" grade (\"inadequate stops people\")".to_owned(),
                ));
            }
            config.scale = scale;
        }
        if let Some(areas) = raw.areas {
            if areas.iter().any(|a| a.trim().is_empty()) {
                return Err(err("areas", "area names must not be empty".to_owned()));
            }
            config.areas = areas;
        }
        let positive =
            |key: &str, value: Option<i64>, max: i64| -> Result<Option<i64>, ConfigError> {
                match value {
                    Some(v) if v < 1 || v > max => Err(err(
                        key,
                        format!("must be a whole number from 1 to {max}, not {v}"),
                    )),
                    other => Ok(other),
                }
            };
        if let Some(v) = positive("lookback-months", raw.lookback_months, 120)? {
            config.lookback_months = v as u32;
        }
        if let Some(v) = positive("max-evidence-words", raw.max_evidence_words, 100_000)? {
            config.max_evidence_words = v as usize;
        }
        if let Some(v) = positive("max-sentence-words", raw.max_sentence_words, 10_000)? {
            config.max_sentence_words = v as usize;
        }
        if let Some(contacts) = raw.escalation.and_then(|e| e.contacts) {
            if contacts.is_empty() || contacts.iter().any(|c| c.trim().is_empty()) {
                return Err(err(
                    "escalation.contacts",
                    "needs at least one non-empty contact".to_owned(),
                ));
            }
            config.escalation_contacts = contacts;
        }
        if let Some(extend) = raw.lexicon {
            if let Some((key, _)) = extend
                .entries()
                .find(|(_, list)| list.iter().any(|p| p.trim().is_empty()))
            {
                return Err(err(
                    &format!("lexicon.{key}"),
                    "phrases must not be empty".to_owned(),
                ));
            }
            config.lexicon = Arc::new(Lexicon::new(&extend));
        }
        Ok(config)
    }

    /// The severity of a rule, or `None` when it is off.
    pub fn severity(&self, code: &str) -> Option<Severity> {
        self.severities.get(code).copied().flatten()
    }

    pub fn is_enabled(&self, code: &str) -> bool {
        self.severity(code).is_some()
    }

    /// Where a judgement value sits on the scale.
    pub fn classify_grade(&self, value: &str) -> Grade {
        let v = value.trim().trim_end_matches('.').trim();
        let lower = v.to_lowercase();
        let lower = lower.split_whitespace().collect::<Vec<_>>().join(" ");
        if lower.is_empty() {
            return Grade::Empty;
        }
        // A grade followed by commentary ("Good - the plan is clear") still counts.
        let matches = |grade: &str| -> bool {
            let g = grade.to_lowercase();
            lower.strip_prefix(&g).is_some_and(|rest| {
                rest.is_empty()
                    || rest
                        .trim_start()
                        .starts_with([',', ';', ':', '-', '–', '—', '(', '.'])
            })
        };
        // "Requires improvement to be good" is the same grade as "Requires improvement".
        let normalised = lower
            .strip_suffix(" to be good")
            .unwrap_or(&lower)
            .to_owned();
        // Longest grade first so "Requires improvement" wins over any shorter prefix.
        let mut order: Vec<usize> = (0..self.scale.len()).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(self.scale[i].len()));
        for i in order {
            if normalised == self.scale[i].to_lowercase() || matches(&self.scale[i]) {
                return Grade::Scale(i);
            }
        }
        // Initials of a grade of two words or more: "RI", "R.I.", "R/I".
        let initials: String = lower.chars().filter(|c| c.is_alphanumeric()).collect();
        if (2..=4).contains(&initials.len()) && !lower.contains(' ') {
            for (i, grade) in self.scale.iter().enumerate() {
                let words: Vec<&str> = grade.split_whitespace().collect();
                let of_grade: String = words
                    .iter()
                    .filter_map(|w| w.chars().next())
                    .flat_map(char::to_lowercase)
                    .collect();
                if words.len() >= 2 && of_grade == initials {
                    return Grade::Scale(i);
                }
            }
        }
        if lower == "inadequate" || matches("inadequate") {
            return Grade::Inadequate;
        }
        Grade::Unknown
    }

    /// Whether grade `index` on the scale is a positive grade (any grade but the last).
    pub fn is_positive(&self, index: usize) -> bool {
        index + 1 < self.scale.len()
    }
}

/// A judgement value classified against the scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grade {
    /// The index of the grade on the scale (0 = best).
    Scale(usize),
    Inadequate,
    Unknown,
    Empty,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nearest_configuration_file_applies() {
        use std::path::{Path, PathBuf};
        let files = [
            "/srv/audits/caselint.toml",
            "/srv/audits/team-a/.caselint.toml",
            "/srv/audits/team-a/caselint.toml",
        ];
        let find = |dir: &str| {
            find_config_file(Path::new(dir), |p| files.iter().any(|f| Path::new(f) == p))
        };
        // In a folder, `caselint.toml` before `.caselint.toml`; else the nearest above.
        let team_a = Some(PathBuf::from("/srv/audits/team-a/caselint.toml"));
        assert_eq!(find("/srv/audits/team-a"), team_a);
        assert_eq!(find("/srv/audits/team-a/2026/nov"), team_a);
        let top = Some(PathBuf::from("/srv/audits/caselint.toml"));
        assert_eq!(find("/srv/audits/team-b"), top);
        assert_eq!(find("/srv"), None);
        assert!(is_config_file(Path::new("x/.caselint.toml")));
        assert!(!is_config_file(Path::new("x/caselint.toml.bak")));
    }

    #[test]
    fn an_unknown_key_suggests_the_nearest() {
        let e = Config::from_toml("selct = [\"ALL\"]\n", "caselint.toml").unwrap_err();
        assert_eq!(e.key.as_deref(), Some("selct"));
        assert!(
            e.message
                .contains("unknown key `selct`: did you mean `select`?"),
            "{}",
            e.message
        );
        let e = Config::from_toml("[lexicon]\nextend-rolez = []\n", "caselint.toml").unwrap_err();
        assert!(
            e.message.contains("did you mean `extend-roles`?"),
            "{}",
            e.message
        );
        // Nothing near: the keys are listed, nothing is guessed.
        let e = Config::from_toml("colour = \"red\"\n", "caselint.toml").unwrap_err();
        assert!(!e.message.contains("did you mean"), "{}", e.message);
        assert!(e.message.contains("unknown key `colour`"), "{}", e.message);
    }

    #[test]
    fn grades() {
        let c = Config::default();
        assert_eq!(c.classify_grade("good."), Grade::Scale(1));
        assert_eq!(c.classify_grade("OUTSTANDING"), Grade::Scale(0));
        assert_eq!(
            c.classify_grade("Requires Improvement To Be Good"),
            Grade::Scale(2)
        );
        assert_eq!(c.classify_grade("requires  improvement."), Grade::Scale(2));
        assert_eq!(
            c.classify_grade("Good - the plan is clear"),
            Grade::Scale(1)
        );
        assert_eq!(c.classify_grade("Good enough"), Grade::Unknown);
        assert_eq!(c.classify_grade("RI"), Grade::Scale(2));
        assert_eq!(c.classify_grade("R.I."), Grade::Scale(2));
        assert_eq!(c.classify_grade("ri"), Grade::Scale(2));
        assert_eq!(c.classify_grade("OG"), Grade::Unknown);
        assert_eq!(c.classify_grade("INADEQUATE."), Grade::Inadequate);
        assert_eq!(c.classify_grade("Satisfactory"), Grade::Unknown);
        assert_eq!(c.classify_grade("  "), Grade::Empty);
        assert!(c.is_positive(1) && !c.is_positive(2));
    }

    #[test]
    fn full_config_is_read() {
        let c = Config::from_toml(
            r#"
select = ["ALL"]
ignore = ["long-sentence"]
scale = ["Strong", "Good", "Needs work"]
lookback-months = 12
max-evidence-words = 250
max-sentence-words = 35
[severity]
M001 = "error"
J002 = "off"
[escalation]
contacts = ["Duty manager"]
[lexicon]
extend-roles = ["family hub worker"]
"#,
            "caselint.toml",
        )
        .unwrap();
        assert!(!c.is_enabled("W001"));
        assert!(!c.is_enabled("J002"));
        assert_eq!(c.severity("M001"), Some(Severity::Error));
        assert_eq!(c.severity("J001"), Some(Severity::Error));
        assert_eq!(c.lookback_months, 12);
        assert_eq!(c.classify_grade("needs work"), Grade::Scale(2));
        assert_eq!(c.escalation_contacts, ["Duty manager"]);
    }

    #[test]
    fn select_limits_rules() {
        let c = Config::from_toml("select = [\"J001\", \"long-sentence\"]", "x").unwrap();
        assert!(c.is_enabled("J001") && c.is_enabled("W001") && !c.is_enabled("J002"));
    }

    #[test]
    fn errors_name_the_key_and_source() {
        let cases = [
            ("lookback-month = 3", "lookback-month"),
            ("lookback-months = 0", "lookback-months"),
            (
                "lookback-months = \"six\"",
                "`lookback-months`: invalid type",
            ),
            ("[severity]\nW001 = 3", "`severity.W001`: invalid type"),
            ("[severity]\nW001 = \"loud\"", "severity.W001"),
            ("[severity]\nX999 = \"info\"", "severity.X999"),
            ("select = [\"nope\"]", "select"),
            ("scale = [\"Good\", \"Inadequate\"]", "scale"),
            ("[escalation]\ncontacts = []", "escalation.contacts"),
            ("[lexicon]\nextend-roles = [\"\"]", "lexicon.extend-roles"),
            ("[lexicon]\nextend-nonsense = [\"x\"]", "extend-nonsense"),
            ("this is not toml", ""),
        ];
        for (text, key) in cases {
            let e = Config::from_toml(text, "dir/caselint.toml").unwrap_err();
            let shown = e.to_string();
            assert!(shown.starts_with("dir/caselint.toml: "), "{shown}");
            assert!(shown.contains(key), "{text}: {shown}");
        }
    }
}
