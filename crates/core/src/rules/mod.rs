//! The rule registry: one static table of every rule, each in its own module.

use crate::config::Config;
use crate::diagnostic::{Diagnostic, Edit, Fix, Severity};
use crate::document::{Area, Document, SectionKind};
use crate::text::Part;
use crate::text::TextRange;

mod a001_missing_actions;
mod a002_action_no_owner;
mod a003_action_no_timescale;
mod a004_action_vague_verb;
mod a005_action_not_measurable;
mod a006_action_past_due;
mod e001_missing_evidence;
mod e002_chronological_narration;
mod e003_no_analysis;
mod e004_evidence_too_long;
mod e005_lookback_exceeded;
mod i001_missing_impact;
mod i002_impact_not_child_first;
mod i003_impact_no_consequence;
mod j001_missing_judgement;
mod j002_unknown_judgement;
mod j003_inadequate_judgement;
mod j004_judgement_evidence_mismatch;
mod m001_missing_child_name;
mod m002_invalid_audit_date;
mod m003_unknown_suppression;
mod s001_escalate_now;
mod t001_deficit_phrasing;
mod t002_blaming_language;
mod t003_labelling_language;
mod tone;
mod w001_long_sentence;

/// Which part of the document a rule needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Runs on area structure; silent on free text.
    Structure,
    /// Runs on any prose, free text included.
    Prose,
}

/// A lint rule: its public identity, its documentation and its check.
pub struct Rule {
    /// Stable public code, such as `T001`.
    pub code: &'static str,
    /// Stable kebab-case name, such as `deficit-phrasing`.
    pub name: &'static str,
    pub default_severity: Severity,
    pub scope: Scope,
    /// One line for `caselint rules`.
    pub summary: &'static str,
    /// Markdown with the headings `## What it does`, `## Why`, `## Example` and
    /// `## Reflective rewrite`.
    pub doc: &'static str,
    pub check: fn(&Context, &mut Vec<Diagnostic>),
}

impl std::fmt::Debug for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.code, self.name)
    }
}

/// Every rule, in code order.
pub static RULES: &[&Rule] = &[
    &a001_missing_actions::RULE,
    &a002_action_no_owner::RULE,
    &a003_action_no_timescale::RULE,
    &a004_action_vague_verb::RULE,
    &a005_action_not_measurable::RULE,
    &a006_action_past_due::RULE,
    &e001_missing_evidence::RULE,
    &e002_chronological_narration::RULE,
    &e003_no_analysis::RULE,
    &e004_evidence_too_long::RULE,
    &e005_lookback_exceeded::RULE,
    &i001_missing_impact::RULE,
    &i002_impact_not_child_first::RULE,
    &i003_impact_no_consequence::RULE,
    &j001_missing_judgement::RULE,
    &j002_unknown_judgement::RULE,
    &j003_inadequate_judgement::RULE,
    &j004_judgement_evidence_mismatch::RULE,
    &m001_missing_child_name::RULE,
    &m002_invalid_audit_date::RULE,
    &m003_unknown_suppression::RULE,
    &s001_escalate_now::RULE,
    &t001_deficit_phrasing::RULE,
    &t002_blaming_language::RULE,
    &t003_labelling_language::RULE,
    &w001_long_sentence::RULE,
    // Keep this table sorted by code (a meta-test checks): add new rules in place.
];

/// The rule with this code or name (any case).
pub fn find(code_or_name: &str) -> Option<&'static Rule> {
    let key = code_or_name.trim();
    RULES
        .iter()
        .copied()
        .find(|r| r.code.eq_ignore_ascii_case(key) || r.name.eq_ignore_ascii_case(key))
}

/// Dates found in a text, by its range and the date they were read against.
type CitedDates = std::collections::HashMap<
    (usize, usize, crate::date::Date),
    std::sync::Arc<Vec<crate::date::FoundDate>>,
>;

/// What a rule's check reads.
pub struct Context<'a> {
    pub doc: &'a Document,
    pub config: &'a Config,
    /// Readings shared by several rules, computed once per lint.
    pub(crate) action_readings: std::sync::OnceLock<Vec<crate::action::ActionReading>>,
    /// The tone rules' view of each sentence, built when first asked for, once per lint.
    pub(crate) tone_views: std::sync::OnceLock<Vec<std::sync::OnceLock<tone::View<'a>>>>,
    /// The SMART rewrite of each action that needs one, by the action's range: the action
    /// rules offer the same rewrite.
    pub(crate) smart_fixes:
        std::sync::Mutex<std::collections::HashMap<(usize, usize), crate::diagnostic::Fix>>,
    /// The dates each Evidence section cites (E002, E005), by its range and the date they
    /// are read against.
    cited_dates: std::sync::Mutex<CitedDates>,
    /// The words the document capitalises mid-sentence, found once per lint.
    proper_nouns: std::sync::OnceLock<crate::action::ProperNouns<'a>>,
    /// Each area's reading of its Evidence (E003, J004), once per lint.
    evidence_readings: std::sync::OnceLock<Vec<Option<crate::analysis::EvidenceReading>>>,
}

impl<'a> Context<'a> {
    pub fn new(doc: &'a Document, config: &'a Config) -> Context<'a> {
        Context {
            doc,
            config,
            action_readings: std::sync::OnceLock::new(),
            tone_views: std::sync::OnceLock::new(),
            smart_fixes: std::sync::Mutex::default(),
            cited_dates: std::sync::Mutex::default(),
            proper_nouns: std::sync::OnceLock::new(),
            evidence_readings: std::sync::OnceLock::new(),
        }
    }

    /// The reading of area `index`'s Evidence (its first non-empty Evidence section),
    /// `None` when it has none.
    pub(crate) fn evidence_reading(
        &self,
        index: usize,
    ) -> Option<&crate::analysis::EvidenceReading> {
        self.evidence_readings
            .get_or_init(|| {
                self.doc
                    .areas
                    .iter()
                    .map(|area| {
                        area.content(crate::document::SectionKind::Evidence)
                            .map(|range| crate::analysis::read_evidence(self.doc.slice(range)))
                    })
                    .collect()
            })
            .get(index)?
            .as_ref()
    }

    /// The dates the text at `range` cites, read against `reference` (see
    /// [`crate::date::find_cited_dates`]), found once per lint.
    pub(crate) fn cited_dates(
        &self,
        range: TextRange,
        reference: crate::date::Date,
    ) -> std::sync::Arc<Vec<crate::date::FoundDate>> {
        let key = (range.start(), range.end(), reference);
        let cited = |dates: &mut CitedDates| {
            std::sync::Arc::clone(dates.entry(key).or_insert_with(|| {
                std::sync::Arc::new(crate::date::find_cited_dates(
                    self.doc.slice(range),
                    reference,
                ))
            }))
        };
        match self.cited_dates.lock() {
            Ok(mut dates) => cited(&mut dates),
            Err(poisoned) => cited(&mut poisoned.into_inner()),
        }
    }

    /// The words the document capitalises mid-sentence (proper nouns a rewrite keeps).
    pub(crate) fn proper_nouns(&self) -> &crate::action::ProperNouns<'a> {
        self.proper_nouns
            .get_or_init(|| crate::action::ProperNouns::of(&self.doc.text))
    }
}

impl Context<'_> {
    /// A diagnostic of `rule` (its severity is set from the configuration later).
    pub fn diagnostic(
        &self,
        rule: &Rule,
        range: TextRange,
        message: impl Into<String>,
    ) -> Diagnostic {
        Diagnostic {
            code: rule.code,
            name: rule.name,
            severity: rule.default_severity,
            message: message.into(),
            range,
            fixes: Vec::new(),
        }
    }

    pub fn text(&self) -> &str {
        &self.doc.text
    }

    /// How an area is named in messages.
    pub fn area_title(&self, area: &Area) -> String {
        if area.name.is_empty() {
            "This area".to_owned()
        } else {
            format!("The area \u{201c}{}\u{201d}", area.name)
        }
    }

    /// The first child's name, if the front matter gives one.
    pub fn child(&self) -> Option<&str> {
        self.doc.children().first().map(String::as_str)
    }

    /// The grade list for messages: "Outstanding, Good or Requires improvement".
    pub fn scale_list(&self) -> String {
        let scale = &self.config.scale;
        match scale.split_last() {
            Some((last, rest)) if !rest.is_empty() => format!("{} or {}", rest.join(", "), last),
            _ => scale.join(", "),
        }
    }

    /// One fix per grade on the scale, each replacing `range` with the grade.
    pub fn grade_fixes(&self, range: TextRange) -> Vec<Fix> {
        self.config
            .scale
            .iter()
            .map(|grade| {
                Fix::safe(
                    format!("Replace with \u{201c}{grade}\u{201d}"),
                    vec![Edit::replace(range, grade.clone())],
                )
            })
            .collect()
    }

    /// A fix that inserts a missing (or fills an empty) section of `area` with a scaffold.
    pub fn insert_section_fix(&self, area: &Area, kind: SectionKind, scaffold: &str) -> Fix {
        let text = self.text();
        let nl = self.doc.line_break();
        let article = if kind.label().starts_with(['A', 'E', 'I']) {
            "an"
        } else {
            "a"
        };
        let title = format!("Add {article} {} section", kind.label());
        if let Some(section) = area.section(kind) {
            // The label is there but the section is empty: fill it.
            let at = section.label.end();
            // A list item goes on its own line, as does anything under a heading.
            let new_text = if section.heading_level.is_some() || kind == SectionKind::Actions {
                format!("{nl}{scaffold}")
            } else if text.part(..at).ends_with([' ', '\t']) {
                scaffold.to_owned()
            } else {
                format!(" {scaffold}")
            };
            return Fix::safe(title, vec![Edit::insert(at, new_text)]);
        }
        // Insert after the last section that comes before this one in the usual order,
        // or after the area's heading, in the style of the area's other labels.
        let order = |k: SectionKind| SectionKind::ALL.iter().position(|x| *x == k).unwrap_or(0);
        let before = area
            .sections
            .iter()
            .filter(|s| order(s.kind) < order(kind))
            .map(|s| s.content.end().max(s.label.end()))
            .max();
        let heading_level = area
            .sections
            .iter()
            .find_map(|s| s.heading_level)
            .filter(|_| kind != SectionKind::Judgement);
        let label = match heading_level {
            Some(level) => format!(
                "{} {}{nl}{scaffold}",
                "#".repeat(level as usize),
                kind.label()
            ),
            None if kind == SectionKind::Actions => format!("{}:{nl}{scaffold}", kind.label()),
            None => format!("{}: {scaffold}", kind.label()),
        };
        let (at, new_text) = match before {
            Some(end) => (end, format!("{nl}{nl}{label}")),
            None if area.heading.is_empty() => (area.range.start(), format!("{label}{nl}{nl}")),
            None => (area.heading.end(), format!("{nl}{nl}{label}")),
        };
        Fix::safe(title, vec![Edit::insert(at, new_text)])
    }
}

/// The grade of an area: `None` when it has no judgement value.
pub(crate) fn area_grade(ctx: &Context, area: &Area) -> Option<crate::config::Grade> {
    area.judgement_value
        .map(|v| ctx.config.classify_grade(ctx.doc.slice(v)))
}

/// Words in `text`: runs of non-space characters that hold a letter or a digit.
pub(crate) fn word_count(text: &str) -> usize {
    word_starts(text).count()
}

/// Where each word of `text` starts (see [`word_count`]).
pub(crate) fn word_starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .map(move |w| w.as_ptr() as usize - text.as_ptr() as usize)
}

/// A cheap bound on [`word_count`]: one more than the spaces (each word after the first
/// follows one), counting every byte of a non-ASCII character and every ASCII control
/// character as one. Most sentences and sections are well within a word limit, and this
/// tells so without splitting them.
pub(crate) fn words_at_most(text: &str) -> usize {
    text.bytes().filter(|&b| b <= b' ' || b >= 0x80).count() + 1
}

#[cfg(test)]
mod word_tests {
    use proptest::prelude::*;

    /// The definition: pieces between spaces that hold a letter or a digit.
    fn by_definition(text: &str) -> Vec<usize> {
        text.split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .map(|w| w.as_ptr() as usize - text.as_ptr() as usize)
            .collect()
    }

    #[test]
    fn words_are_pieces_between_spaces_with_a_letter_or_digit() {
        for text in [
            "",
            "   ",
            "One two, three.",
            " - — – 42 ",
            "Zoë’s\u{2009}plan\u{A0}was\u{85}agreed\u{3000}今日",
            "a\x0Bb\x0Cc\rd\te\n",
            "“ ” ‘’ ... Ζωή",
        ] {
            let ours: Vec<usize> = super::word_starts(text).collect();
            assert_eq!(ours, by_definition(text), "{text:?}");
            assert_eq!(super::word_count(text), ours.len());
            assert!(super::words_at_most(text) >= ours.len(), "{text:?}");
        }
        assert_eq!(super::word_count("Jo was seen — twice."), 4);
        assert_eq!(super::words_at_most("Jo was seen twice."), 4);
    }

    proptest! {
        #[test]
        fn word_starts_agree_with_the_definition(text in "[a-zé1 \t\n\x0B.,’—\u{2009}\u{A0}Ζ]{0,40}") {
            let ours: Vec<usize> = super::word_starts(&text).collect();
            prop_assert!(super::words_at_most(&text) >= ours.len());
            prop_assert_eq!(ours, by_definition(&text));
        }
    }
}

#[cfg(test)]
mod meta_tests;
#[cfg(test)]
pub(crate) mod test_support;
