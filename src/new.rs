//! `caselint new`: a new audit with the front matter and the configured areas, each with
//! empty Judgement, Evidence, Impact and Actions sections.
//!
//! The one-line prompts from the practice standard are HTML comments: the parser treats a
//! section that holds only comments as empty and leaves comments out of sentences, so no
//! rule mistakes a prompt for the auditor's words.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use caselint_core::config::DEFAULT_AREAS;
use caselint_core::date::{parse_date, Date};
use caselint_core::Config;
use clap::Args;

use crate::discovery::ConfigFinder;

#[derive(Args)]
pub(crate) struct NewArgs {
    /// The child's name (several children: "Jo, Sam").
    #[arg(long, value_name = "NAME")]
    pub child: Option<String>,
    /// The audit date (default: today), such as 2026-11-20, 20/11/2026 or "20 November 2026";
    /// written in ISO form.
    #[arg(long, value_name = "DATE")]
    pub audit_date: Option<String>,
    /// Write the audit to FILE instead of standard output (never over an existing file,
    /// unless --force).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Overwrite FILE when it exists.
    #[arg(long, requires = "output")]
    pub force: bool,
    /// Write the audit as a Word form (.docx): the areas in tables, a grade drop-down per
    /// area, the prompts as placeholder text. Needs --output.
    #[arg(long, requires = "output")]
    pub docx: bool,
    /// Use this configuration file instead of looking for caselint.toml (from FILE's folder,
    /// or the current folder, upwards).
    #[arg(long, value_name = "PATH")]
    pub config: Option<PathBuf>,
}

/// What goes into a new audit.
pub(crate) struct Template<'a> {
    pub children: Vec<String>,
    pub audit_date: Date,
    pub config: &'a Config,
}

fn iso(date: Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.year,
        date.month,
        date.day.unwrap_or(1)
    )
}

/// Today's date in UTC, from the system clock.
pub(crate) fn today() -> Date {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    civil_from_days(i64::try_from(seconds / 86_400).unwrap_or(0))
}

/// The calendar date `days` days after 1970-01-01 (Howard Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> Date {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    Date::ymd(year, month, day).unwrap_or(Date {
        year: 1970,
        month: 1,
        day: Some(1),
    })
}

/// "Outstanding, Good or Requires improvement".
fn either(items: &[String], last_word: &str) -> String {
    match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            format!("{} {last_word} {last}", rest.join(", "))
        }
        _ => items.join(", "),
    }
}

/// A prompt is a comment on a line of its own. `--` cannot appear inside an HTML comment.
fn prompt(text: &str) -> String {
    format!("<!-- {} -->", text.replace("--", "\u{2013}"))
}

/// The practice standard's prompts, in plain words (the Markdown template puts them in
/// comments, the Word form in placeholder text).
pub(crate) struct Prompts {
    /// The child's name(s) as written ("Jo, Sam"), or empty.
    pub name: String,
    /// Above the first area: reflective learning, and escalation.
    pub guidance: Vec<String>,
    pub judgement: String,
    pub evidence: String,
    pub impact: String,
    pub actions: String,
}

fn areas(config: &Config) -> Vec<String> {
    if config.areas.is_empty() {
        DEFAULT_AREAS.iter().map(|a| (*a).to_owned()).collect()
    } else {
        config.areas.clone()
    }
}

pub(crate) fn prompts(t: &Template) -> Prompts {
    let config = t.config;
    let (name, whose, for_whom) = match t.children.as_slice() {
        [one] => (one.clone(), format!("{one}'s name"), one.clone()),
        [] => (
            String::new(),
            "the child's name".to_owned(),
            "the child".to_owned(),
        ),
        many => (
            many.join(", "),
            format!("the child's name ({})", either(many, "or")),
            "the child".to_owned(),
        ),
    };
    // Prompts avoid the very phrases the rules look for (consequence markers, escalation
    // triggers, evaluative phrases), so that a prompt left in place cannot satisfy or trip
    // a rule that reads a section's raw text rather than its sentences.
    let guidance = vec![
        "This audit is reflective learning, not fault-finding: write about what now needs to \
         happen, and ask open questions that invite reflection."
            .to_owned(),
        format!(
            "Escalate straight away, before the audit is complete, if the file gives any doubt \
             about the child's safety: {}.",
            either(&config.escalation_contacts, "and")
        ),
    ];
    let months = config.lookback_months;
    Prompts {
        name,
        guidance,
        judgement: format!(
            "Judgement first: {}. The evidence below must support it.",
            either(&config.scale, "or")
        ),
        evidence: format!(
            "Evidence \u{2014} succinct and evaluative: the facts that relate to the judgement, \
             your professional analysis of them and how you reached the judgement. Not every \
             event; look back {months} month{} unless there is a pressing need.",
            if months == 1 { "" } else { "s" }
        ),
        impact: format!(
            "Impact \u{2014} start with {whose}; say what this means for {for_whom} and what \
             follows."
        ),
        actions: format!(
            "Actions \u{2014} big-ticket SMART actions that can be lifted into the case plan: who \
             does what, by when, and the result for {for_whom}."
        ),
    }
}

/// The text of a new audit.
pub(crate) fn template(t: &Template) -> String {
    let p = prompts(t);
    let name = &p.name;
    let mut out = String::new();
    out.push_str("---\n");
    if name.is_empty() {
        out.push_str("child:\n");
    } else {
        out.push_str(&format!("child: {name}\n"));
    }
    out.push_str(&format!("audit-date: {}\n", iso(t.audit_date)));
    out.push_str("auditor:\n---\n\n");
    if name.is_empty() {
        out.push_str("# Case file audit\n\n");
    } else {
        out.push_str(&format!("# Case file audit \u{2014} {name}\n\n"));
    }
    for g in &p.guidance {
        out.push_str(&prompt(g));
        out.push('\n');
    }
    let (judgement, evidence, impact, actions) = (
        prompt(&p.judgement),
        prompt(&p.evidence),
        prompt(&p.impact),
        prompt(&p.actions),
    );
    // The judgement prompt goes above its label: a grade typed on the label line or under
    // it is then the judgement's first line, never the prompt.
    for area in &areas(t.config) {
        out.push_str(&format!(
            "\n## {area}\n\n{judgement}\nJudgement:\n\n### Evidence\n{evidence}\n\n\
             ### Impact\n{impact}\n\n### Actions\n{actions}\n"
        ));
    }
    out
}

/// The new audit as a Word form: the same areas and prompts, a grade drop-down per area.
pub(crate) fn template_docx(t: &Template) -> Vec<u8> {
    let p = prompts(t);
    let date = t.audit_date;
    caselint_docx::template(&caselint_docx::TemplateOptions {
        title: if p.name.is_empty() {
            "Case file audit".to_owned()
        } else {
            format!("Case file audit \u{2014} {}", p.name)
        },
        child: p.name.clone(),
        audit_date: format!(
            "{:02}/{:02}/{:04}",
            date.day.unwrap_or(1),
            date.month,
            date.year
        ),
        areas: areas(t.config),
        grades: t.config.scale.clone(),
        guidance: p.guidance,
        judgement_prompt: "Choose a grade".to_owned(),
        evidence_prompt: p.evidence,
        impact_prompt: p.impact,
        actions_prompt: p.actions,
    })
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("caselint: error: {message}");
    ExitCode::from(2)
}

pub(crate) fn run(args: &NewArgs) -> ExitCode {
    let children = match &args.child {
        None => Vec::new(),
        Some(value) if value.contains(['\n', '\r']) => {
            return usage_error("--child: a name cannot contain a line break")
        }
        Some(value) => {
            let names: Vec<String> = value
                .split([',', ';'])
                .map(str::trim)
                .filter(|n| !n.is_empty())
                .map(str::to_owned)
                .collect();
            if names.is_empty() {
                return usage_error("--child needs a name");
            }
            names
        }
    };
    let audit_date = match &args.audit_date {
        None => today(),
        Some(value) => match parse_date(value) {
            Some(date) => date,
            None => {
                return usage_error(&format!(
                    "--audit-date: `{value}` is not a date (use 2026-11-20, 20/11/2026 or 20 November 2026)"
                ))
            }
        },
    };
    let mut finder = match ConfigFinder::new(args.config.as_deref()) {
        Ok(finder) => finder,
        Err(e) => return usage_error(&e),
    };
    let dir = args
        .output
        .as_deref()
        .and_then(Path::parent)
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let config = match finder.for_dir(dir) {
        Ok(config) => config,
        Err(e) => return usage_error(&e),
    };
    let t = Template {
        children,
        audit_date,
        config: &config,
    };
    if args.docx {
        if let Some(path) = &args.output {
            return write(path, &template_docx(&t), args.force);
        }
    }
    let text = template(&t);
    match &args.output {
        None => {
            let mut stdout = std::io::stdout().lock();
            let _ = stdout
                .write_all(text.as_bytes())
                .and_then(|()| stdout.flush());
            ExitCode::SUCCESS
        }
        Some(path) => write(path, text.as_bytes(), args.force),
    }
}

fn write(path: &Path, bytes: &[u8], force: bool) -> ExitCode {
    let shown = path.display();
    let mut options = std::fs::OpenOptions::new();
    options.write(true);
    if force {
        options.create(true).truncate(true);
    } else {
        // Refuse atomically: an audit someone is writing is never overwritten by accident.
        options.create_new(true);
    }
    let result = options
        .open(path)
        .and_then(|mut file| file.write_all(bytes));
    match result {
        Ok(()) => {
            eprintln!("caselint: wrote a new audit to {shown}");
            ExitCode::SUCCESS
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => usage_error(&format!(
            "{shown} already exists; caselint new does not overwrite it (use --force to replace it)"
        )),
        Err(e) => usage_error(&format!("{shown}: cannot write the audit: {e}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(children: &[&str]) -> String {
        template(&Template {
            children: children.iter().map(|c| (*c).to_owned()).collect(),
            audit_date: Date::ymd(2026, 11, 5).unwrap(),
            config: &Config::default(),
        })
    }

    #[test]
    fn civil_dates() {
        assert_eq!(civil_from_days(0), Date::ymd(1970, 1, 1).unwrap());
        assert_eq!(civil_from_days(-1), Date::ymd(1969, 12, 31).unwrap());
        assert_eq!(civil_from_days(11_016), Date::ymd(2000, 2, 29).unwrap());
        assert_eq!(civil_from_days(20_779), Date::ymd(2026, 11, 22).unwrap());
        assert_eq!(
            Date::ymd(2026, 11, 22).unwrap().day_number()
                - Date::ymd(1970, 1, 1).unwrap().day_number(),
            20_779
        );
    }

    #[test]
    fn front_matter_and_prompts_name_the_child() {
        let text = doc(&["Jo"]);
        assert!(text.starts_with("---\nchild: Jo\naudit-date: 2026-11-05\nauditor:\n---\n"));
        assert!(text.contains("start with Jo's name; say what this means for Jo and what follows"));
        let text = doc(&[]);
        assert!(text.starts_with("---\nchild:\naudit-date: 2026-11-05\n"));
        assert!(text.contains("start with the child's name"));
        let text = doc(&["Jo", "Sam"]);
        assert!(text.contains("child: Jo, Sam\n"));
        assert!(text.contains("the child's name (Jo or Sam)"));
    }

    #[test]
    fn every_area_has_the_four_sections_and_no_trailing_space() {
        let text = doc(&["Jo"]);
        let headings: Vec<&str> = text.lines().filter(|l| l.starts_with("## ")).collect();
        assert_eq!(headings.len(), 12);
        assert_eq!(headings[0], "## Early help and the front door");
        for label in ["Judgement:", "### Evidence", "### Impact", "### Actions"] {
            assert_eq!(text.lines().filter(|l| *l == label).count(), 12, "{label}");
        }
        assert!(text.lines().all(|l| l == l.trim_end()));
        // Prompts are whole-line comments, and no comment holds `--`.
        for line in text.lines().filter(|l| l.contains("<!--")) {
            assert!(
                line.starts_with("<!-- ") && line.ends_with(" -->"),
                "{line}"
            );
            assert!(!line[4..line.len() - 3].contains("--"), "{line}");
        }
    }

    #[test]
    fn configured_areas_scale_and_contacts_are_used() {
        let config = Config::from_toml(
            "areas = [\"Assessment\", \"Planning\"]\nscale = [\"Strong\", \"Needs work\"]\nlookback-months = 1\n\
             [escalation]\ncontacts = [\"the duty manager\"]\n",
            "caselint.toml",
        )
        .unwrap();
        let text = template(&Template {
            children: vec![],
            audit_date: Date::ymd(2026, 1, 2).unwrap(),
            config: &config,
        });
        let headings: Vec<&str> = text.lines().filter(|l| l.starts_with("## ")).collect();
        assert_eq!(headings, ["## Assessment", "## Planning"]);
        assert!(text.contains("Judgement first: Strong or Needs work."));
        assert!(text.contains("look back 1 month unless"));
        assert!(text.contains("doubt about the child's safety: the duty manager."));
    }
}
