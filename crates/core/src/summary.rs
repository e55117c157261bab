//! The moderator's view of an audit: for each area its grade, whether the evidence is
//! evaluative and which shortfalls it records, whether the impact statement is child-first
//! with a consequence, how many actions are SMART, the escalations, and a verdict.
//!
//! The summary is read from the document model and from the diagnostics, by code, so it
//! works with whichever rules exist and are enabled: a reading whose rule did not run is
//! `None` ("not checked"), never a guess. Pure: no IO.

use serde::Serialize;

use crate::analysis::shortfalls;
use crate::config::{Config, Grade};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::{Area, Document, Section, SectionKind};
use crate::text::{LineCol, TextRange};

/// The rule that tells evidence with no evaluative statement (no analysis).
pub const EVIDENCE_NOT_EVALUATIVE: &str = "E003";
/// The rule that tells an impact statement that does not start with the child.
pub const IMPACT_NOT_CHILD_FIRST: &str = "I002";
/// The rule that tells an impact statement with no consequence for the child.
pub const IMPACT_NO_CONSEQUENCE: &str = "I003";
/// The rules whose silence on an action makes it SMART: owner, timescale, verb, measure.
pub const SMART_RULES: [&str; 4] = ["A002", "A003", "A004", "A005"];
/// The rule that tells a child who may be at risk of immediate harm.
pub const ESCALATE_NOW: &str = "S001";

/// The summary of one audit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AuditSummary {
    /// The children named in the front matter.
    pub children: Vec<String>,
    /// The audit date in ISO form, when the front matter gives a readable one.
    pub audit_date: Option<String>,
    /// The `audit-date` value as written, readable or not.
    pub audit_date_written: Option<String>,
    pub areas: Vec<AreaSummary>,
    /// Every escalation (S001) in the audit, in or out of an area.
    pub escalations: Vec<Escalation>,
    /// Every suppression comment that names S001, with the reason it gives (a suppression
    /// of S001 without a reason suppresses nothing, and is listed with `reason: None`).
    pub escalation_suppressions: Vec<EscalationSuppression>,
    /// Codes this summary reads that did not run (not yet a rule, or turned off): the
    /// readings that depend on them are `None`.
    pub not_checked: Vec<&'static str>,
    /// Diagnostics by severity, the whole audit.
    pub counts: Counts,
    pub verdict: Verdict,
}

/// Diagnostics by severity.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub errors: usize,
    pub warnings: usize,
    pub info: usize,
}

impl Counts {
    fn add(&mut self, severity: Severity) {
        match severity {
            Severity::Error => self.errors += 1,
            Severity::Warning => self.warnings += 1,
            Severity::Info => self.info += 1,
        }
    }
}

/// Ready for moderation when nothing at warning or above is left.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Verdict {
    pub ready: bool,
    pub errors: usize,
    pub warnings: usize,
    /// "ready for moderation" or "not yet: N errors, M warnings".
    pub text: String,
}

impl Verdict {
    fn from_counts(counts: Counts) -> Verdict {
        let ready = counts.errors == 0 && counts.warnings == 0;
        let text = if ready {
            "ready for moderation".to_owned()
        } else {
            format!(
                "not yet: {}, {}",
                plural(counts.errors, "error"),
                plural(counts.warnings, "warning")
            )
        };
        Verdict {
            ready,
            errors: counts.errors,
            warnings: counts.warnings,
            text,
        }
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// One area of the audit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AreaSummary {
    /// The area's name as written (empty for sections before any area heading).
    pub name: String,
    pub range: TextRange,
    pub start: LineCol,
    pub grade: GradeSummary,
    pub evidence: EvidenceSummary,
    pub impact: ImpactSummary,
    pub actions: ActionsSummary,
    /// Escalations (S001) inside this area.
    pub escalations: usize,
    /// Diagnostics inside this area, by severity.
    pub counts: Counts,
}

/// Where the area's judgement sits on the scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum GradeStatus {
    /// A grade on the configured scale.
    Graded,
    /// "Inadequate": the scale has none.
    Inadequate,
    /// Something that is not a grade on the scale.
    NotOnScale,
    /// No judgement, or an empty one.
    Missing,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct GradeSummary {
    pub status: GradeStatus,
    /// The grade as the scale spells it, when it is on the scale.
    pub grade: Option<String>,
    /// The judgement as written.
    pub written: Option<String>,
    /// Whether the grade is a positive one (Good or Outstanding on the default scale).
    pub positive: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EvidenceSummary {
    /// Whether the area has evidence text.
    pub present: bool,
    /// Whether the evidence evaluates (no E003 in it); `None` when there is no evidence or
    /// E003 did not run.
    pub evaluative: Option<bool>,
    /// The shortfalls the evidence records.
    pub shortfalls: Vec<Shortfall>,
}

/// A shortcoming recorded in the evidence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Shortfall {
    /// The words that record it ("has not been updated").
    pub text: String,
    pub range: TextRange,
    pub start: LineCol,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ImpactSummary {
    /// Whether the area has an impact statement.
    pub present: bool,
    /// Whether it starts with the child (no I002); `None` when there is no statement, no
    /// child in the front matter, or I002 did not run.
    pub child_first: Option<bool>,
    /// Whether it says what follows for the child (no I003); `None` when there is no
    /// statement or I003 did not run.
    pub consequence: Option<bool>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ActionsSummary {
    pub total: usize,
    /// Actions on which none of A002–A005 fired; `None` when none of them ran.
    pub smart: Option<usize>,
    pub items: Vec<ActionSummary>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ActionSummary {
    pub range: TextRange,
    pub start: LineCol,
    /// `None` when none of A002–A005 ran.
    pub smart: Option<bool>,
    /// The codes of A002–A005 that fired on this action.
    pub problems: Vec<&'static str>,
}

/// An S001 diagnostic.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Escalation {
    pub message: String,
    pub range: TextRange,
    pub start: LineCol,
    /// The name of the area it is in, when it is in one.
    pub area: Option<String>,
}

/// A suppression of S001: where it is and why (never the text around it).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EscalationSuppression {
    pub start: LineCol,
    pub reason: Option<String>,
}

/// Summarise `doc` from its `diagnostics` (as returned by [`crate::check_document`] with
/// `config`). A reading whose rule is not enabled in `config` is `None`.
pub fn summarise(doc: &Document, config: &Config, diagnostics: &[Diagnostic]) -> AuditSummary {
    summarise_with(doc, config, diagnostics, &|code| config.is_enabled(code))
}

/// [`summarise`] with the question "did rule `code` run?" answered by `ran`.
pub fn summarise_with(
    doc: &Document,
    config: &Config,
    diagnostics: &[Diagnostic],
    ran: &dyn Fn(&str) -> bool,
) -> AuditSummary {
    summarise_at(doc, config, diagnostics, ran, None)
}

/// [`summarise_with`] with positions from `locate` (a Word form's paragraph and character)
/// instead of the text's lines and columns.
pub fn summarise_at(
    doc: &Document,
    config: &Config,
    diagnostics: &[Diagnostic],
    ran: &dyn Fn(&str) -> bool,
    locate: Option<&dyn Fn(usize) -> LineCol>,
) -> AuditSummary {
    // Diagnostics by where they start, so each area, section and action finds its own
    // with a binary search: linear in the document, not areas × diagnostics.
    let mut by_start: Vec<&Diagnostic> = diagnostics.iter().collect();
    by_start.sort_by_key(|d| d.range.start());
    let reader = Reader {
        doc,
        config,
        by_start,
        ran,
        locate,
    };
    let mut counts = Counts::default();
    for d in diagnostics {
        counts.add(d.severity);
    }
    let areas = doc.areas.iter().map(|area| reader.area(area)).collect();
    let escalations = diagnostics
        .iter()
        .filter(|d| d.code == ESCALATE_NOW)
        .map(|d| Escalation {
            message: d.message.clone(),
            range: d.range,
            start: reader.line_col(d.range.start()),
            area: area_of(&doc.areas, d.range).map(|a| a.name.clone()),
        })
        .collect();
    let escalation_suppressions = doc
        .suppressions
        .iter()
        .filter(|s| {
            s.codes.iter().any(|c| {
                c.eq_ignore_ascii_case(ESCALATE_NOW) || c.eq_ignore_ascii_case("escalate-now")
            })
        })
        .map(|s| EscalationSuppression {
            start: reader.line_col(s.range.start()),
            reason: s.reason.clone(),
        })
        .collect();
    let mut not_checked: Vec<&'static str> = [
        EVIDENCE_NOT_EVALUATIVE,
        IMPACT_NOT_CHILD_FIRST,
        IMPACT_NO_CONSEQUENCE,
    ]
    .into_iter()
    .chain(SMART_RULES)
    .chain([ESCALATE_NOW])
    .filter(|code| !ran(code))
    .collect();
    not_checked.sort_unstable();
    AuditSummary {
        children: doc.children().to_vec(),
        audit_date: doc.audit_date().and_then(|d| {
            d.day
                .map(|day| format!("{:04}-{:02}-{:02}", d.year, d.month, day))
        }),
        audit_date_written: doc
            .front_matter
            .as_ref()
            .and_then(|fm| fm.audit_date_value)
            .map(|v| doc.slice(v).to_owned()),
        areas,
        escalations,
        escalation_suppressions,
        not_checked,
        counts,
        verdict: Verdict::from_counts(counts),
    }
}

struct Reader<'a> {
    doc: &'a Document,
    config: &'a Config,
    /// The diagnostics, sorted by their start.
    by_start: Vec<&'a Diagnostic>,
    ran: &'a dyn Fn(&str) -> bool,
    locate: Option<&'a dyn Fn(usize) -> LineCol>,
}

/// The area that holds a diagnostic at `d` (areas are in document order).
fn area_of(areas: &[Area], d: TextRange) -> Option<&Area> {
    let after = areas.partition_point(|a| a.range.start() <= d.start());
    areas[..after].iter().rev().find(|a| in_range(a.range, d))
}

/// Whether a diagnostic at `d` falls inside `range` (an empty range holds its own start).
fn in_range(range: TextRange, d: TextRange) -> bool {
    range.start() <= d.start() && (d.start() < range.end() || d.start() == range.start())
}

/// From a section's label to the end of its content.
fn section_span(section: &Section) -> TextRange {
    TextRange::new(
        section.label.start(),
        section.content.end().max(section.label.end()),
    )
}

impl Reader<'_> {
    fn line_col(&self, offset: usize) -> LineCol {
        if let Some(locate) = self.locate {
            return locate(offset);
        }
        self.doc.line_index.line_col(offset, &self.doc.text)
    }

    /// The diagnostics inside `range` (by [`in_range`]), found by binary search.
    fn within(&self, range: TextRange) -> impl Iterator<Item = &'_ Diagnostic> + '_ {
        let first = self
            .by_start
            .partition_point(|d| d.range.start() < range.start());
        self.by_start[first..]
            .iter()
            .copied()
            .take_while(move |d| in_range(range, d.range))
    }

    /// Whether `code` fired inside `range`; `None` when `code` did not run.
    fn fired_in(&self, code: &str, range: TextRange) -> Option<bool> {
        (self.ran)(code).then(|| self.within(range).any(|d| d.code == code))
    }

    fn area(&self, area: &Area) -> AreaSummary {
        let mut counts = Counts::default();
        let mut escalations = 0;
        for d in self.within(area.range) {
            counts.add(d.severity);
            if d.code == ESCALATE_NOW {
                escalations += 1;
            }
        }
        AreaSummary {
            name: area.name.clone(),
            range: area.range,
            start: self.line_col(area.range.start()),
            grade: self.grade(area),
            evidence: self.evidence(area),
            impact: self.impact(area),
            actions: self.actions(area),
            escalations,
            counts,
        }
    }

    fn grade(&self, area: &Area) -> GradeSummary {
        let written = area
            .judgement_value
            .map(|v| self.doc.slice(v).to_owned())
            .filter(|v| !v.trim().is_empty());
        let grade = written
            .as_deref()
            .map_or(Grade::Empty, |v| self.config.classify_grade(v));
        let (status, grade, positive) = match grade {
            Grade::Scale(i) => (
                GradeStatus::Graded,
                self.config.scale.get(i).cloned(),
                self.config.is_positive(i),
            ),
            Grade::Inadequate => (GradeStatus::Inadequate, None, false),
            Grade::Unknown => (GradeStatus::NotOnScale, None, false),
            Grade::Empty => (GradeStatus::Missing, None, false),
        };
        GradeSummary {
            status,
            grade,
            written,
            positive,
        }
    }

    fn evidence(&self, area: &Area) -> EvidenceSummary {
        let Some(content) = area.content(SectionKind::Evidence) else {
            return EvidenceSummary {
                present: false,
                evaluative: None,
                shortfalls: Vec::new(),
            };
        };
        // The section that holds the content: E003 may point at its label or its text.
        let span = area
            .sections
            .iter()
            .find(|s| s.kind == SectionKind::Evidence && s.content == content)
            .map_or(content, section_span);
        let shortfalls = shortfalls(self.doc.slice(content))
            .into_iter()
            .map(|r| {
                let range = content.sub(r.start(), r.end());
                Shortfall {
                    text: self.doc.slice(range).to_owned(),
                    range,
                    start: self.line_col(range.start()),
                }
            })
            .collect();
        EvidenceSummary {
            present: true,
            evaluative: self
                .fired_in(EVIDENCE_NOT_EVALUATIVE, span)
                .map(|fired| !fired),
            shortfalls,
        }
    }

    fn impact(&self, area: &Area) -> ImpactSummary {
        let Some(content) = area.content(SectionKind::Impact) else {
            return ImpactSummary {
                present: false,
                child_first: None,
                consequence: None,
            };
        };
        let span = area
            .sections
            .iter()
            .find(|s| s.kind == SectionKind::Impact && s.content == content)
            .map_or(content, section_span);
        // I002 stays silent without a child's name, so its silence then proves nothing.
        let child_first = if self.doc.children().is_empty() {
            None
        } else {
            self.fired_in(IMPACT_NOT_CHILD_FIRST, span)
                .map(|fired| !fired)
        };
        ImpactSummary {
            present: true,
            child_first,
            consequence: self
                .fired_in(IMPACT_NO_CONSEQUENCE, span)
                .map(|fired| !fired),
        }
    }

    fn actions(&self, area: &Area) -> ActionsSummary {
        let any_ran = SMART_RULES.iter().any(|code| (self.ran)(code));
        let items: Vec<ActionSummary> = area
            .actions
            .iter()
            .map(|action| {
                let mut problems: Vec<&'static str> = self
                    .within(action.range)
                    .filter(|d| SMART_RULES.contains(&d.code))
                    .map(|d| d.code)
                    .collect();
                problems.sort_unstable();
                problems.dedup();
                ActionSummary {
                    range: action.range,
                    start: self.line_col(action.range.start()),
                    smart: any_ran.then_some(problems.is_empty()),
                    problems,
                }
            })
            .collect();
        ActionsSummary {
            total: items.len(),
            smart: any_ran.then(|| items.iter().filter(|a| a.smart == Some(true)).count()),
            items,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const AUDIT: &str = "---
child: Jo
audit-date: 20/11/2026
---

## Assessment

Judgement: Good

### Evidence
The assessment was completed on time, which is positive. The plan has not been updated since July.

### Impact
For Jo, this means her needs are understood, which is likely to keep her safe.

### Actions
- Social worker to update the plan by 15/12/2026, so that it reflects the assessment.
- Consider a referral.

## Planning

Judgement: Satisfactory

### Evidence
Visits happened on 1 July, 8 July and 15 July.
";

    fn diag(doc: &Document, code: &'static str, needle: &str, severity: Severity) -> Diagnostic {
        let start = doc.text.find(needle).expect("needle is in the audit");
        Diagnostic {
            code,
            name: "test",
            severity,
            message: format!("{code} message"),
            range: TextRange::new(start, start + needle.len()),
            fixes: Vec::new(),
        }
    }

    #[test]
    fn reads_grades_shortfalls_and_actions_from_the_model() {
        let doc = Document::parse(AUDIT);
        let config = Config::default();
        let diagnostics = crate::check_document(&doc, &config);
        let summary = summarise(&doc, &config, &diagnostics);
        assert_eq!(summary.children, ["Jo"]);
        assert_eq!(summary.audit_date.as_deref(), Some("2026-11-20"));
        assert_eq!(summary.audit_date_written.as_deref(), Some("20/11/2026"));
        assert_eq!(summary.areas.len(), 2);
        let assessment = &summary.areas[0];
        assert_eq!(assessment.name, "Assessment");
        assert_eq!(assessment.grade.status, GradeStatus::Graded);
        assert_eq!(assessment.grade.grade.as_deref(), Some("Good"));
        assert!(assessment.grade.positive);
        assert!(assessment.evidence.present);
        assert_eq!(assessment.evidence.shortfalls.len(), 1);
        assert_eq!(
            assessment.evidence.shortfalls[0].text,
            "has not been updated"
        );
        assert_eq!(assessment.evidence.shortfalls[0].start.line, 11);
        assert!(assessment.impact.present);
        assert_eq!(assessment.actions.total, 2);
        let planning = &summary.areas[1];
        assert_eq!(planning.grade.status, GradeStatus::NotOnScale);
        assert_eq!(planning.grade.written.as_deref(), Some("Satisfactory"));
        assert!(!planning.impact.present);
        assert_eq!(planning.impact.child_first, None);
        // J002 (Satisfactory) and I001 (no impact) are errors: not ready.
        assert!(!summary.verdict.ready);
        assert!(summary.counts.errors >= 2);
        assert!(summary.verdict.text.starts_with("not yet: "));
        assert_eq!(
            summary.verdict.text,
            format!(
                "not yet: {}, {}",
                plural(summary.counts.errors, "error"),
                plural(summary.counts.warnings, "warning")
            )
        );
    }

    #[test]
    fn readings_come_from_the_diagnostics_by_code() {
        let doc = Document::parse(AUDIT);
        let config = Config::default();
        let diagnostics = vec![
            diag(&doc, "A004", "Consider a referral.", Severity::Warning),
            diag(&doc, "A002", "Consider a referral.", Severity::Warning),
            diag(&doc, "E003", "Visits happened on 1 July", Severity::Warning),
            diag(&doc, "I003", "For Jo, this means", Severity::Warning),
            diag(&doc, "S001", "has not been updated", Severity::Error),
        ];
        let summary = summarise_with(&doc, &config, &diagnostics, &|_| true);
        assert!(summary.not_checked.is_empty());
        let assessment = &summary.areas[0];
        assert_eq!(assessment.evidence.evaluative, Some(true));
        assert_eq!(assessment.impact.child_first, Some(true));
        assert_eq!(assessment.impact.consequence, Some(false));
        assert_eq!(assessment.actions.smart, Some(1));
        assert_eq!(assessment.actions.items[0].smart, Some(true));
        assert_eq!(assessment.actions.items[1].smart, Some(false));
        assert_eq!(assessment.actions.items[1].problems, ["A002", "A004"]);
        assert_eq!(assessment.escalations, 1);
        assert_eq!(assessment.counts.warnings, 3);
        assert_eq!(assessment.counts.errors, 1);
        let planning = &summary.areas[1];
        assert_eq!(planning.evidence.evaluative, Some(false));
        assert_eq!(planning.escalations, 0);
        assert_eq!(summary.escalations.len(), 1);
        assert_eq!(summary.escalations[0].area.as_deref(), Some("Assessment"));
        assert_eq!(summary.escalations[0].message, "S001 message");
        assert_eq!(
            summary.verdict,
            Verdict {
                ready: false,
                errors: 1,
                warnings: 4,
                text: "not yet: 1 error, 4 warnings".to_owned()
            }
        );
    }

    #[test]
    fn a_rule_that_did_not_run_is_not_checked_rather_than_passed() {
        let doc = Document::parse(AUDIT);
        let config = Config::default();
        let summary = summarise_with(&doc, &config, &[], &|code| code == "A003");
        assert_eq!(
            summary.not_checked,
            ["A002", "A004", "A005", "E003", "I002", "I003", "S001"]
        );
        let assessment = &summary.areas[0];
        assert_eq!(assessment.evidence.evaluative, None);
        assert_eq!(assessment.impact.child_first, None);
        assert_eq!(assessment.impact.consequence, None);
        // A003 ran and found nothing: both actions count as SMART as far as it can tell.
        assert_eq!(assessment.actions.smart, Some(2));
        let none_ran = summarise_with(&doc, &config, &[], &|_| false);
        assert_eq!(none_ran.areas[0].actions.smart, None);
        assert_eq!(none_ran.areas[0].actions.items[0].smart, None);
        assert!(none_ran.verdict.ready);
        assert_eq!(none_ran.verdict.text, "ready for moderation");
    }

    #[test]
    fn without_a_child_child_first_is_not_claimed() {
        let text = AUDIT.replace("child: Jo\n", "");
        let doc = Document::parse(&text);
        let summary = summarise_with(&doc, &Config::default(), &[], &|_| true);
        assert!(summary.children.is_empty());
        assert_eq!(summary.areas[0].impact.child_first, None);
        assert_eq!(summary.areas[0].impact.consequence, Some(true));
    }

    #[test]
    fn free_text_and_empty_documents_summarise_without_panic() {
        for text in ["", "Just some notes.", "---\n---\n", "## A\nJudgement:\n"] {
            let doc = Document::parse(text);
            let config = Config::default();
            let diagnostics = crate::check_document(&doc, &config);
            let summary = summarise(&doc, &config, &diagnostics);
            assert_eq!(summary.areas.len(), doc.areas.len());
            assert!(serde_json::to_string(&summary).is_ok());
        }
    }
}
