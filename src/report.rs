//! `caselint report`: what a round of audits says about the service. One self-contained
//! HTML page (inline CSS and SVG, nothing from the network), or the same figures as JSON,
//! or one CSV row per area of each audit.
//!
//! Private by default: file names and area names only, never narrative text or a child's
//! name; `--with-names` adds the children's names for an internal copy and says so.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use caselint_core::summary::{summarise, AuditSummary, GradeStatus};
use caselint_core::text::TextRange;
use caselint_core::Document;
use clap::{Args, ValueEnum};
use maud::{html, Markup, PreEscaped, DOCTYPE};
use serde::Serialize;

use crate::check::lint_paths;
use crate::output::FileReport;

#[derive(Args)]
pub(crate) struct ReportArgs {
    /// Audit files or folders (searched for *.audit.md, *.audit.txt, *.audit).
    pub paths: Vec<PathBuf>,
    /// Write the report to this file instead of standard output.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// html (a page with charts), json (the same figures) or csv (one row per area).
    #[arg(long, value_enum, default_value_t = ReportFormat::Html)]
    pub format: ReportFormat,
    /// Add the children's names (for an internal copy only).
    #[arg(long)]
    pub with_names: bool,
    /// Use this configuration file instead of looking for caselint.toml.
    #[arg(long)]
    pub config: Option<PathBuf>,
}

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum ReportFormat {
    Html,
    Json,
    Csv,
}

/// A count out of a total.
#[derive(Clone, Copy, Debug, Default, Serialize, PartialEq, Eq)]
pub(crate) struct Share {
    pub yes: usize,
    pub of: usize,
}

impl Share {
    fn add(&mut self, yes: Option<bool>) {
        if let Some(yes) = yes {
            self.of += 1;
            self.yes += usize::from(yes);
        }
    }

    fn percent(self) -> Option<f64> {
        (self.of > 0).then(|| 100.0 * self.yes as f64 / self.of as f64)
    }
}

/// The grades given to one area across the round.
#[derive(Debug, Serialize)]
pub(crate) struct AreaTally {
    pub area: String,
    /// Per grade of the scale, best first.
    pub grades: Vec<usize>,
    /// No judgement, "Inadequate", or a grade not on the scale.
    pub not_graded: usize,
}

#[derive(Debug, Serialize)]
pub(crate) struct Finding {
    pub code: &'static str,
    pub name: &'static str,
    pub why: &'static str,
    pub count: usize,
}

#[derive(Debug, Serialize, PartialEq, Eq)]
pub(crate) struct EscalationRow {
    pub file: String,
    pub area: Option<String>,
}

#[derive(Debug, Serialize)]
pub(crate) struct MonthRow {
    /// "2026-11".
    pub month: String,
    pub audits: usize,
    pub areas: usize,
    /// Areas graded positively (Good or better on the default scale).
    pub positive: usize,
}

/// One area of one audit: a CSV row.
#[derive(Debug, Serialize)]
pub(crate) struct AreaRow {
    pub file: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub child: Option<String>,
    pub audit_date: Option<String>,
    pub area: String,
    pub grade: String,
    pub evidence_evaluative: Option<bool>,
    pub shortfalls: usize,
    pub impact_child_first: Option<bool>,
    pub consequence: Option<bool>,
    pub actions: usize,
    pub smart_actions: Option<usize>,
    pub escalations: usize,
    /// The codes found in the area, space-separated, each once.
    pub findings: String,
}

/// The whole round.
#[derive(Debug, Serialize)]
pub(crate) struct Round {
    pub version: u32,
    pub audits: usize,
    /// Files that could not be read or checked (listed, not fatal).
    pub not_read: Vec<String>,
    pub date_from: Option<String>,
    pub date_to: Option<String>,
    pub scale: Vec<String>,
    pub areas: Vec<AreaTally>,
    pub impact_child_first: Share,
    pub impact_consequence: Share,
    pub smart_actions: Share,
    pub findings: Vec<Finding>,
    pub escalations: Vec<EscalationRow>,
    pub ready: usize,
    pub not_ready: usize,
    pub months: Vec<MonthRow>,
    pub with_names: bool,
    pub rows: Vec<AreaRow>,
}

pub(crate) fn run(args: &ReportArgs) -> ExitCode {
    crate::check::quiet_panics();
    let (reports, errors) = match lint_paths(&args.paths, args.config.as_deref()) {
        Ok(found) => found,
        Err(code) => return code,
    };
    let round = build(&reports, errors, args.with_names);
    let text = match args.format {
        ReportFormat::Html => html_page(&round).into_string(),
        ReportFormat::Json => {
            let mut json = serde_json::to_string_pretty(&round).unwrap_or_default();
            json.push('\n');
            json
        }
        ReportFormat::Csv => csv_rows(&round),
    };
    let written = match &args.output {
        Some(path) => std::fs::write(path, &text)
            .map_err(|e| format!("{}: cannot write the report: {e}", path.display())),
        None => {
            let mut out = std::io::stdout().lock();
            // A closed pipe is not worth an error.
            let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
            Ok(())
        }
    };
    for e in &round.not_read {
        eprintln!("caselint: error: {e}");
    }
    if let Err(e) = written {
        eprintln!("caselint: error: {e}");
        return ExitCode::from(2);
    }
    if round.audits == 0 {
        eprintln!("caselint: error: no audit could be read, so the report is empty");
        return ExitCode::from(2);
    }
    ExitCode::SUCCESS
}

/// Whether a diagnostic at `d` is inside `range` (the summary's rule).
fn inside(range: TextRange, d: TextRange) -> bool {
    range.start() <= d.start() && (d.start() < range.end() || d.start() == range.start())
}

/// The round's figures from each audit's diagnostics and summary.
pub(crate) fn build(reports: &[FileReport], not_read: Vec<String>, with_names: bool) -> Round {
    let scale: Vec<String> = reports
        .first()
        .map(|r| r.config.scale.clone())
        .unwrap_or_else(|| caselint_core::Config::default().scale);
    let mut areas: Vec<AreaTally> = Vec::new();
    let mut area_index: BTreeMap<String, usize> = BTreeMap::new();
    let (mut child_first, mut consequence, mut smart) =
        (Share::default(), Share::default(), Share::default());
    let mut findings: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut escalations = Vec::new();
    let (mut ready, mut not_ready) = (0, 0);
    let mut months: BTreeMap<String, MonthRow> = BTreeMap::new();
    let mut dates: Vec<String> = Vec::new();
    let mut rows = Vec::new();
    for report in reports {
        let doc = Document::parse(&report.text);
        let summary: AuditSummary = summarise(&doc, &report.config, &report.diagnostics);
        for d in &report.diagnostics {
            *findings.entry(d.code).or_default() += 1;
        }
        if summary.verdict.ready {
            ready += 1;
        } else {
            not_ready += 1;
        }
        // One row per area that needs escalating, however many sentences show it.
        for e in &summary.escalations {
            let row = EscalationRow {
                file: report.path.clone(),
                area: e.area.clone(),
            };
            if !escalations.contains(&row) {
                escalations.push(row);
            }
        }
        let month = summary
            .audit_date
            .as_ref()
            .map(|d| d[..7.min(d.len())].to_owned());
        if let Some(date) = &summary.audit_date {
            dates.push(date.clone());
        }
        if let Some(month) = &month {
            let row = months.entry(month.clone()).or_insert_with(|| MonthRow {
                month: month.clone(),
                audits: 0,
                areas: 0,
                positive: 0,
            });
            row.audits += 1;
        }
        let child = with_names.then(|| summary.children.join(", "));
        for area in summary.areas.iter().filter(|a| !a.name.is_empty()) {
            let key = area.name.trim().to_lowercase();
            let index = *area_index.entry(key).or_insert_with(|| {
                areas.push(AreaTally {
                    area: area.name.trim().to_owned(),
                    grades: vec![0; scale.len()],
                    not_graded: 0,
                });
                areas.len() - 1
            });
            let grade_at = area
                .grade
                .grade
                .as_ref()
                .and_then(|g| scale.iter().position(|s| s == g));
            match (area.grade.status, grade_at) {
                (GradeStatus::Graded, Some(i)) => areas[index].grades[i] += 1,
                _ => areas[index].not_graded += 1,
            }
            if let Some(month) = &month {
                if let Some(row) = months.get_mut(month) {
                    row.areas += 1;
                    row.positive += usize::from(area.grade.positive);
                }
            }
            child_first.add(area.impact.child_first);
            consequence.add(area.impact.consequence);
            if let Some(n) = area.actions.smart {
                smart.yes += n;
                smart.of += area.actions.total;
            }
            let mut codes: Vec<&str> = report
                .diagnostics
                .iter()
                .filter(|d| inside(area.range, d.range))
                .map(|d| d.code)
                .collect();
            codes.sort_unstable();
            codes.dedup();
            rows.push(AreaRow {
                file: report.path.clone(),
                child: child.clone(),
                audit_date: summary.audit_date.clone(),
                area: area.name.trim().to_owned(),
                grade: match area.grade.status {
                    GradeStatus::Graded => area.grade.grade.clone().unwrap_or_default(),
                    GradeStatus::Inadequate => "Inadequate (not on the scale)".to_owned(),
                    GradeStatus::NotOnScale => "not on the scale".to_owned(),
                    GradeStatus::Missing => "no judgement".to_owned(),
                },
                evidence_evaluative: area.evidence.evaluative,
                shortfalls: area.evidence.shortfalls.len(),
                impact_child_first: area.impact.child_first,
                consequence: area.impact.consequence,
                actions: area.actions.total,
                smart_actions: area.actions.smart,
                escalations: area.escalations,
                findings: codes.join(" "),
            });
        }
    }
    dates.sort();
    let mut findings: Vec<Finding> = findings
        .into_iter()
        .filter_map(|(code, count)| {
            let rule = caselint_core::rules::find(code)?;
            Some(Finding {
                code: rule.code,
                name: rule.name,
                why: rule.summary,
                count,
            })
        })
        .collect();
    findings.sort_by(|a, b| b.count.cmp(&a.count).then(a.code.cmp(b.code)));
    Round {
        version: 1,
        audits: reports.len(),
        not_read,
        date_from: dates.first().cloned(),
        date_to: dates.last().cloned(),
        scale,
        areas,
        impact_child_first: child_first,
        impact_consequence: consequence,
        smart_actions: smart,
        findings,
        escalations,
        ready,
        not_ready,
        months: months.into_values().collect(),
        with_names,
        rows,
    }
}

/// One row per area of each audit, with a header; RFC 4180 quoting, and a UTF-8 byte-order
/// mark so that Excel reads names with accents right.
pub(crate) fn csv_rows(round: &Round) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let yes_no = |v: Option<bool>| match v {
        Some(true) => "yes".to_owned(),
        Some(false) => "no".to_owned(),
        None => String::new(),
    };
    let mut header = vec!["file"];
    if round.with_names {
        header.push("child");
    }
    header.extend([
        "audit date",
        "area",
        "grade",
        "evidence evaluative",
        "shortfalls",
        "impact child-first",
        "consequence",
        "actions",
        "SMART actions",
        "escalations",
        "findings",
    ]);
    let _ = writer.write_record(&header);
    for row in &round.rows {
        let mut record = vec![row.file.clone()];
        if round.with_names {
            record.push(row.child.clone().unwrap_or_default());
        }
        record.extend([
            row.audit_date.clone().unwrap_or_default(),
            row.area.clone(),
            row.grade.clone(),
            yes_no(row.evidence_evaluative),
            row.shortfalls.to_string(),
            yes_no(row.impact_child_first),
            yes_no(row.consequence),
            row.actions.to_string(),
            row.smart_actions.map(|n| n.to_string()).unwrap_or_default(),
            row.escalations.to_string(),
            row.findings.clone(),
        ]);
        let _ = writer.write_record(&record);
    }
    let bytes = writer.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8_lossy(&bytes))
}

const STYLE: &str = "
body { font: 15px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #1c1c1c; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ccc; }
.lead { color: #444; } .figures { display: flex; gap: 1rem; flex-wrap: wrap; }
.figure { border: 1px solid #ccc; border-radius: 6px; padding: .6rem 1rem; min-width: 10rem; }
.figure b { display: block; font-size: 1.5rem; }
figure { margin: 1rem 0; display: flex; gap: 1.5rem; flex-wrap: wrap; align-items: flex-start; }
figcaption { font-weight: 600; width: 100%; }
table { border-collapse: collapse; font-size: .9rem; } th, td { border: 1px solid #ccc; padding: .25rem .5rem; text-align: left; }
td.n { text-align: right; } .legend span { display: inline-block; margin-right: 1rem; }
.swatch { display: inline-block; width: .8rem; height: .8rem; margin-right: .3rem; vertical-align: middle; }
footer { margin-top: 2rem; font-size: .85rem; color: #555; }
@page { size: A4; margin: 15mm; } @media print { body { margin: 0; max-width: none; } figure, table { break-inside: avoid; } }
";

/// Colours for the grades, best first, then "not graded" (grey): distinguishable in print.
const GRADE_COLOURS: [&str; 5] = ["#1b7837", "#5aae61", "#f1a340", "#d95f02", "#7570b3"];
const NOT_GRADED_COLOUR: &str = "#9e9e9e";

fn pct(share: Share) -> String {
    share
        .percent()
        .map_or_else(|| "—".to_owned(), |p| format!("{p:.0}%"))
}

/// A horizontal bar for a share, with its own text alternative.
fn share_bar(title: &str, share: Share) -> Markup {
    let width = share.percent().unwrap_or(0.0) * 3.0;
    let alt = format!("{title}: {} of {} ({})", share.yes, share.of, pct(share));
    html! {
        svg width="320" height="24" role="img" aria-label=(alt) {
            title { (alt) }
            rect x="0" y="4" width="300" height="16" fill="#e6e6e6" {}
            rect class="bar" x="0" y="4" width=(format!("{width:.1}")) height="16" fill="#1b7837" {}
        }
    }
}

/// Grades per area as stacked bars, in the scale's order.
fn grade_chart(round: &Round) -> Markup {
    let row_height = 26;
    let label_width = 260.0;
    let bar_width = 360.0;
    let height = round.areas.len() * row_height + 10;
    let alt = format!(
        "Grades by area, stacked in the scale's order ({}); the table beside gives the numbers.",
        round.scale.join(", ")
    );
    let colour = |i: usize| GRADE_COLOURS.get(i).copied().unwrap_or("#555");
    html! {
        svg width=(label_width + bar_width + 20.0) height=(height) role="img" aria-label=(alt)
            {
            title { (alt) }
            @for (n, area) in round.areas.iter().enumerate() {
                @let y = n * row_height + 5;
                @let total = (area.grades.iter().sum::<usize>() + area.not_graded).max(1);
                text x="0" y=(y + 15) font-size="12" { (truncate(&area.area, 40)) }
                @let mut x = label_width;
                @for (i, count) in area.grades.iter().chain(std::iter::once(&area.not_graded)).enumerate() {
                    @let w = bar_width * *count as f64 / total as f64;
                    @let fill = if i < area.grades.len() { colour(i) } else { NOT_GRADED_COLOUR };
                    @if *count > 0 {
                        rect class="bar" x=(format!("{x:.1}")) y=(y) width=(format!("{w:.1}")) height="18" fill=(fill) {
                            title { (format!("{}: {count}", round.scale.get(i).map_or("not graded", String::as_str))) }
                        }
                    }
                    ({ x += w; PreEscaped("") })
                }
            }
        }
    }
}

/// Areas graded positively by month.
fn month_chart(round: &Round) -> Markup {
    let alt = "Share of areas graded Good or better, by month of the audit date; the table beside gives the numbers.";
    let width = 60 * round.months.len() + 20;
    html! {
        svg width=(width) height="160" role="img" aria-label=(alt) {
            title { (alt) }
            @for (n, m) in round.months.iter().enumerate() {
                @let share = if m.areas == 0 { 0.0 } else { m.positive as f64 / m.areas as f64 };
                @let h = 120.0 * share;
                rect class="bar" x=(n * 60 + 15) y=(format!("{:.1}", 130.0 - h)) width="36" height=(format!("{h:.1}")) fill="#1b7837" {}
                text x=(n * 60 + 10) y="150" font-size="11" { (m.month) }
            }
        }
    }
}

fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut out: String = text.chars().take(max - 1).collect();
    out.push('…');
    out
}

/// The page.
pub(crate) fn html_page(round: &Round) -> Markup {
    let dates = match (&round.date_from, &round.date_to) {
        (Some(from), Some(to)) if from != to => format!("audit dates {from} to {to}"),
        (Some(date), _) => format!("audit date {date}"),
        _ => "no readable audit dates".to_owned(),
    };
    html! {
        (DOCTYPE)
        html lang="en-GB" {
            head {
                meta charset="utf-8";
                // Nothing may load from anywhere: styles and charts are inline.
                meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { "Case file audits: service report" }
                style { (PreEscaped(STYLE)) }
            }
            body {
                h1 { "Case file audits: what this round says about the service" }
                p.lead { (round.audits) " audits, " (dates) "." }
                div.figures {
                    div.figure { b { (round.ready) } "ready for moderation" }
                    div.figure { b { (round.not_ready) } "not yet ready" }
                    div.figure { b { (round.escalations.len()) } "escalations" }
                    div.figure { b { (pct(round.smart_actions)) } "of actions SMART" }
                }
                h2 { "Grades by area" }
                figure {
                    figcaption { "Grades given to each area, in the scale's order" }
                    (grade_chart(round))
                    table {
                        caption.legend {
                            @for (i, grade) in round.scale.iter().enumerate() {
                                span { span.swatch style=(format!("background:{}", GRADE_COLOURS.get(i).copied().unwrap_or("#555"))) {} (grade) }
                            }
                            span { span.swatch style=(format!("background:{NOT_GRADED_COLOUR}")) {} "not graded" }
                        }
                        thead { tr { th { "Area" } @for grade in &round.scale { th { (grade) } } th { "Not graded" } } }
                        tbody {
                            @for area in &round.areas {
                                tr { td { (area.area) } @for n in &area.grades { td.n { (n) } } td.n { (area.not_graded) } }
                            }
                        }
                    }
                }
                h2 { "Impact statements and actions" }
                figure {
                    figcaption { "How impact statements and actions meet the practice standard" }
                    table {
                        thead { tr { th { "Measure" } th { "Share" } th { "Count" } th { "Chart" } } }
                        tbody {
                            @for (label, share) in [
                                ("Impact starts with the child", round.impact_child_first),
                                ("Impact says what follows for the child", round.impact_consequence),
                                ("Actions that are SMART", round.smart_actions),
                            ] {
                                tr { td { (label) } td.n { (pct(share)) } td.n { (share.yes) " of " (share.of) } td { (share_bar(label, share)) } }
                            }
                        }
                    }
                }
                h2 { "Most frequent findings" }
                @if round.findings.is_empty() {
                    p { "No findings." }
                } @else {
                    table {
                        thead { tr { th { "Rule" } th { "Findings" } th { "Why it matters" } } }
                        tbody {
                            @for f in round.findings.iter().take(12) {
                                tr { td { (f.code) " " (f.name) } td.n { (f.count) } td { (f.why) } }
                            }
                        }
                    }
                }
                h2 { "Escalations" }
                @if round.escalations.is_empty() {
                    p { "No audit in this round shows a child who may be at risk of immediate harm." }
                } @else {
                    p { "Each of these was to be escalated at once, not at the end of the audit." }
                    table {
                        thead { tr { th { "File" } th { "Area" } } }
                        tbody {
                            @for e in &round.escalations {
                                tr { td { (e.file) } td { (e.area.as_deref().unwrap_or("(outside any area)")) } }
                            }
                        }
                    }
                }
                @if round.months.len() > 1 {
                    h2 { "Trend by month" }
                    figure {
                        figcaption { "Areas graded Good or better, by month of the audit date" }
                        (month_chart(round))
                        table {
                            thead { tr { th { "Month" } th { "Audits" } th { "Areas" } th { "Good or better" } } }
                            tbody {
                                @for m in &round.months {
                                    tr { td { (m.month) } td.n { (m.audits) } td.n { (m.areas) } td.n { (m.positive) } }
                                }
                            }
                        }
                    }
                }
                @if !round.not_read.is_empty() {
                    h2 { "Files not read" }
                    ul { @for e in &round.not_read { li { (e) } } }
                }
                footer {
                    @if round.with_names {
                        p { strong { "Internal copy: this report names children (--with-names). Do not share it outside the service." } }
                    } @else {
                        p { "This report holds file and area names only: no narrative text and no child's name." }
                    }
                    p { "Made by caselint from the audits' own text, on this computer; nothing was sent anywhere." }
                }
            }
        }
    }
}
