//! `caselint check --summary`: the moderator's view of each audit, as text or JSON.
//! The summary itself is computed in the core (`caselint_core::summary`).

use std::fmt::Write as _;

use caselint_core::summary::{
    ActionsSummary, AreaSummary, AuditSummary, EvidenceSummary, GradeStatus, ImpactSummary,
};
use serde::Serialize;

use super::JsonReport;

/// One audit's path and summary.
pub(crate) struct Summarised {
    pub path: String,
    pub summary: AuditSummary,
    /// What a position's first number counts: "line", or "paragraph" in a Word form.
    pub unit: &'static str,
}

#[derive(Serialize)]
struct JsonFile<'a> {
    path: &'a str,
    #[serde(flatten)]
    summary: &'a AuditSummary,
}

/// `{"version": 1, "files": [{"path": …, "children": …, "areas": […], "verdict": …}]}`.
pub(crate) fn json(files: &[Summarised]) -> String {
    let report = JsonReport {
        version: 1,
        files: files
            .iter()
            .map(|f| JsonFile {
                path: &f.path,
                summary: &f.summary,
            })
            .collect(),
    };
    let mut out = serde_json::to_string_pretty(&report).unwrap_or_default();
    out.push('\n');
    out
}

/// The summary as text, one block per audit.
pub(crate) fn human(files: &[Summarised]) -> String {
    let mut out = String::new();
    for (i, file) in files.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        audit(&mut out, file);
    }
    if files.len() > 1 {
        let ready = files.iter().filter(|f| f.summary.verdict.ready).count();
        let _ = writeln!(
            out,
            "\n{ready} of {} audits ready for moderation.",
            files.len()
        );
    }
    out
}

fn audit(out: &mut String, file: &Summarised) {
    let s = &file.summary;
    let unit = file.unit;
    let _ = writeln!(out, "{}", file.path);
    let child = if s.children.is_empty() {
        "not named".to_owned()
    } else {
        s.children.join(", ")
    };
    let date = match (&s.audit_date, &s.audit_date_written) {
        (Some(date), _) => date.clone(),
        (None, Some(written)) if !written.trim().is_empty() => {
            format!("\u{201c}{written}\u{201d} (not a date caselint can read)")
        }
        _ => "not given".to_owned(),
    };
    let _ = writeln!(out, "  Child: {child} \u{b7} audit date: {date}");
    if s.areas.is_empty() {
        let _ = writeln!(
            out,
            "  No areas: free text, so only the tone, safety and writing rules ran."
        );
    }
    for area in &s.areas {
        area_block(out, area, s.children.is_empty(), unit);
    }
    if !s.areas.is_empty() {
        out.push('\n');
    }
    if s.escalations.is_empty() {
        if !s
            .not_checked
            .contains(&caselint_core::summary::ESCALATE_NOW)
        {
            let _ = writeln!(out, "  Escalations: none");
        }
    } else {
        let _ = writeln!(
            out,
            "  Escalations: {} \u{2014} escalate now, do not wait for the audit to be complete",
            s.escalations.len()
        );
        for e in &s.escalations {
            let _ = writeln!(out, "    {unit} {}: {}", e.start.line, e.message);
        }
    }
    for suppressed in &s.escalation_suppressions {
        match &suppressed.reason {
            Some(reason) => {
                let _ = writeln!(
                    out,
                    "  Escalation suppressed at {unit} {}: {reason}",
                    suppressed.start.line
                );
            }
            None => {
                let _ = writeln!(
                    out,
                    "  Escalation suppression at {unit} {} has no reason, so it suppresses nothing (write `S001: why`)",
                    suppressed.start.line
                );
            }
        }
    }
    if !s.not_checked.is_empty() {
        let _ = writeln!(
            out,
            "  Not checked: {} (not run, so the readings that depend on them are left open)",
            s.not_checked.join(", ")
        );
    }
    let _ = writeln!(out, "  Verdict: {}", s.verdict.text);
}

fn area_block(out: &mut String, area: &AreaSummary, no_child: bool, unit: &str) {
    let name = if area.name.is_empty() {
        "(sections before any area heading)"
    } else {
        area.name.as_str()
    };
    let written = area.grade.written.as_deref().unwrap_or("");
    let grade = match area.grade.status {
        GradeStatus::Graded => area.grade.grade.clone().unwrap_or_default(),
        GradeStatus::NotOnScale => format!("\u{201c}{written}\u{201d} (not on the scale)"),
        GradeStatus::Inadequate => {
            format!("\u{201c}{written}\u{201d} (the scale has no Inadequate grade)")
        }
        GradeStatus::Missing => "no judgement".to_owned(),
    };
    let _ = writeln!(out, "\n  {name} \u{2014} {grade}");
    let _ = writeln!(out, "    Evidence: {}", evidence(&area.evidence, unit));
    let _ = writeln!(out, "    Impact:   {}", impact(&area.impact, no_child));
    let _ = writeln!(out, "    Actions:  {}", actions(&area.actions, unit));
    if area.escalations > 0 {
        let _ = writeln!(out, "    Escalations: {}", area.escalations);
    }
}

fn evidence(e: &EvidenceSummary, unit: &str) -> String {
    if !e.present {
        return "missing".to_owned();
    }
    let evaluative = match e.evaluative {
        Some(true) => "evaluative",
        Some(false) => "not evaluative (facts only)",
        None => "analysis not checked",
    };
    let shortfalls = match e.shortfalls.len() {
        0 => "no shortfalls recorded".to_owned(),
        n => {
            let listed: Vec<String> = e
                .shortfalls
                .iter()
                .map(|s| format!("\u{201c}{}\u{201d} ({unit} {})", s.text, s.start.line))
                .collect();
            let word = if n == 1 { "shortfall" } else { "shortfalls" };
            format!("{n} {word}: {}", listed.join(", "))
        }
    };
    format!("{evaluative}; {shortfalls}")
}

fn impact(i: &ImpactSummary, no_child: bool) -> String {
    if !i.present {
        return "missing".to_owned();
    }
    let child_first = match i.child_first {
        Some(true) => "child-first",
        Some(false) => "does not start with the child",
        None if no_child => "child-first not checked (the audit does not name the child)",
        None => "child-first not checked",
    };
    let consequence = match i.consequence {
        Some(true) => "with a consequence",
        Some(false) => "no consequence for the child",
        None => "consequence not checked",
    };
    format!("{child_first}; {consequence}")
}

fn actions(a: &ActionsSummary, unit: &str) -> String {
    if a.total == 0 {
        return "none".to_owned();
    }
    let Some(smart) = a.smart else {
        let word = if a.total == 1 { "action" } else { "actions" };
        return format!("{} {word} (SMART not checked)", a.total);
    };
    let mut text = format!("{smart} of {} SMART", a.total);
    let not_smart: Vec<String> = a
        .items
        .iter()
        .filter(|item| item.smart == Some(false))
        .map(|item| format!("{unit} {}: {}", item.start.line, item.problems.join(", ")))
        .collect();
    if !not_smart.is_empty() {
        let _ = write!(text, " ({})", not_smart.join("; "));
    }
    text
}

#[cfg(test)]
mod tests {
    use caselint_core::summary::summarise_with;
    use caselint_core::{Config, Diagnostic, Document, Severity, TextRange};

    use super::*;

    const AUDIT: &str = "---\nchild: Jo\naudit-date: 2026-11-20\n---\n\n## Assessment\n\n\
Judgement: Good\n\n### Evidence\nThe plan has not been updated.\n\n### Impact\n\
The plan is old.\n\n### Actions\n- Consider a referral.\n- Social worker to visit by 1/12/2026, so that Jo is seen.\n\n\
## Planning\n\nJudgement: Requires improvement\n\n### Evidence\nWe do not know where Jo is.\n";

    fn diag(code: &'static str, needle: &str, severity: Severity) -> Diagnostic {
        let start = AUDIT.find(needle).expect("needle is in the audit");
        Diagnostic {
            code,
            name: "test",
            severity,
            message: format!("{code} says so."),
            range: TextRange::new(start, start + needle.len()),
            fixes: Vec::new(),
        }
    }

    fn rendered(ran: &dyn Fn(&str) -> bool) -> String {
        let doc = Document::parse(AUDIT);
        let diagnostics = [
            diag("E003", "We do not know", Severity::Warning),
            diag("I002", "The plan is old.", Severity::Warning),
            diag("I003", "The plan is old.", Severity::Warning),
            diag("A002", "Consider a referral.", Severity::Warning),
            diag("A004", "Consider", Severity::Warning),
            diag("S001", "We do not know where Jo is.", Severity::Error),
        ];
        let summary = summarise_with(&doc, &Config::default(), &diagnostics, ran);
        human(&[Summarised {
            path: "jo.audit.md".to_owned(),
            summary,
            unit: "line",
        }])
    }

    #[test]
    fn every_reading_is_rendered() {
        let out = rendered(&|_| true);
        let want = "jo.audit.md
  Child: Jo \u{b7} audit date: 2026-11-20

  Assessment \u{2014} Good
    Evidence: evaluative; 1 shortfall: \u{201c}has not been updated\u{201d} (line 11)
    Impact:   does not start with the child; no consequence for the child
    Actions:  1 of 2 SMART (line 17: A002, A004)

  Planning \u{2014} Requires improvement
    Evidence: not evaluative (facts only); no shortfalls recorded
    Impact:   missing
    Actions:  none
    Escalations: 1

  Escalations: 1 \u{2014} escalate now, do not wait for the audit to be complete
    line 25: S001 says so.
  Verdict: not yet: 1 error, 5 warnings
";
        assert_eq!(out, want);
    }

    #[test]
    fn open_readings_say_not_checked() {
        let out = rendered(&|_| false);
        assert!(
            out.contains("    Evidence: analysis not checked; 1 shortfall"),
            "{out}"
        );
        assert!(
            out.contains("    Impact:   child-first not checked; consequence not checked\n"),
            "{out}"
        );
        assert!(
            out.contains("    Actions:  2 actions (SMART not checked)\n"),
            "{out}"
        );
        assert!(
            out.contains("  Not checked: A002, A003, A004, A005, E003, I002, I003, S001"),
            "{out}"
        );
    }

    #[test]
    fn json_has_the_path_and_the_summary_fields() {
        let doc = Document::parse(AUDIT);
        let summary = summarise_with(&doc, &Config::default(), &[], &|_| true);
        let value: serde_json::Value = serde_json::from_str(&json(&[Summarised {
            path: "jo.audit.md".to_owned(),
            summary,
            unit: "line",
        }]))
        .unwrap();
        let file = &value["files"][0];
        assert_eq!(file["path"], "jo.audit.md");
        assert_eq!(file["verdict"]["text"], "ready for moderation");
        assert_eq!(file["areas"][1]["grade"]["grade"], "Requires improvement");
        assert_eq!(file["areas"][0]["actions"]["smart"], 2);
    }
}
