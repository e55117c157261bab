//! `caselint annotate FORM.docx -o OUT.docx`: a copy of a Word form with a comment on the
//! words of each finding (what, why, and the reflective rewrite or open question) and, with
//! `--suggest`, each first rewrite as a tracked change to accept or reject in Word.
//!
//! The original is never written: OUT must be another file, and one that does not exist
//! unless `--force`.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use caselint_core::Diagnostic;
use caselint_docx::{Author, Change, Note};
use clap::Args;

use crate::check::{lint_paths, read_options};
use crate::output::FileReport;

#[derive(Args)]
pub(crate) struct AnnotateArgs {
    /// The Word form (.docx) to check.
    pub form: PathBuf,
    /// Where to write the annotated copy (.docx).
    #[arg(short, long, value_name = "OUT")]
    pub output: PathBuf,
    /// Also put each finding's first rewrite into the copy as a tracked change.
    #[arg(long)]
    pub suggest: bool,
    /// Overwrite OUT when it exists (never the form itself).
    #[arg(long)]
    pub force: bool,
    /// Use this configuration file instead of looking for caselint.toml.
    #[arg(long, value_name = "PATH")]
    pub config: Option<PathBuf>,
}

fn fail(message: &str) -> ExitCode {
    eprintln!("caselint: error: {message}");
    ExitCode::from(2)
}

/// The first paragraph under `heading` in a rule's documentation.
fn doc_section<'a>(doc: &'a str, heading: &str) -> Option<&'a str> {
    let start = doc.find(heading)? + heading.len();
    let body = doc[start..].trim_start();
    if body.starts_with("## ") {
        return None;
    }
    let end = body.find("\n\n").unwrap_or(body.len());
    let end = body[..end].find("\n## ").unwrap_or(end);
    Some(body[..end].trim()).filter(|s| !s.is_empty())
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The comment on one finding: what, why, and up to two suggestions.
fn comment(d: &Diagnostic) -> Vec<String> {
    let mut out = vec![format!("{} {}: {}", d.code, d.name, d.message)];
    if let Some(why) = caselint_core::rules::find(d.code).and_then(|r| doc_section(r.doc, "## Why"))
    {
        out.push(format!("Why: {}", one_line(why)));
    }
    for fix in d.fixes.iter().take(2) {
        out.push(format!("Suggestion: {}", one_line(&fix.title)));
    }
    out
}

/// The first fix, when it is one edit: as a tracked change it is reviewed in Word whether
/// it only adds structure or rewrites the auditor's words.
fn change(d: &Diagnostic) -> Option<Change> {
    let fix = d.fixes.first()?;
    match fix.edits.as_slice() {
        // A Markdown comment is a prompt to the text audit's author, not words for a form.
        [edit] if edit.new_text.contains("<!--") => None,
        [edit] => Some(Change {
            start: edit.range.start(),
            end: edit.range.end(),
            text: edit.new_text.clone(),
        }),
        _ => None,
    }
}

/// Now, in UTC, as Word dates its comments: `2026-12-04T09:30:00Z`.
fn now() -> String {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let date = crate::new::today();
    let of_day = seconds % 86_400;
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        date.year,
        date.month,
        date.day.unwrap_or(1),
        of_day / 3600,
        of_day % 3600 / 60,
        of_day % 60
    )
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

pub(crate) fn run(args: &AnnotateArgs) -> ExitCode {
    let out = &args.output;
    if same_file(&args.form, out) {
        return fail(&format!(
            "{}: the annotated copy must be a new file: caselint never writes over the form (give another -o)",
            out.display()
        ));
    }
    if out.exists() && !args.force {
        return fail(&format!(
            "{}: already exists; give another name, or --force to replace it",
            out.display()
        ));
    }
    let (mut reports, errors) =
        match lint_paths(std::slice::from_ref(&args.form), args.config.as_deref()) {
            Ok(found) => found,
            Err(code) => return code,
        };
    if let Some(e) = errors.first() {
        return fail(e);
    }
    let Some(report) = reports.pop() else {
        return fail(&format!("{}: nothing was read", args.form.display()));
    };
    if report.form.is_none() {
        return fail(&format!(
            "{}: annotate writes comments into a Word form (.docx); for a text audit use `caselint check` (or the language server's code actions)",
            args.form.display()
        ));
    }
    match annotate(&report, args) {
        Ok(message) => {
            println!("{message}");
            ExitCode::SUCCESS
        }
        Err(message) => fail(&message),
    }
}

fn annotate(report: &FileReport, args: &AnnotateArgs) -> Result<String, String> {
    let name = args.form.display();
    let bytes = crate::check::read_bytes(&args.form)?;
    let notes: Vec<Note> = report
        .diagnostics
        .iter()
        .map(|d| Note {
            start: d.range.start(),
            end: d.range.end(),
            comment: comment(d),
            change: if args.suggest { change(d) } else { None },
        })
        .collect();
    let date = now();
    let annotated = caselint_docx::annotate(
        &bytes,
        &read_options(&report.config),
        &Default::default(),
        &notes,
        &Author {
            name: "caselint",
            initials: "CL",
            date: Some(&date),
        },
    )
    .map_err(|e| format!("{name}: {e}"))?;
    write(&args.output, &annotated.bytes, args.force)?;
    let findings = report.diagnostics.len();
    let mut message = format!(
        "wrote {}: {} comment{} for {findings} finding{}",
        args.output.display(),
        annotated.comments,
        if annotated.comments == 1 { "" } else { "s" },
        if findings == 1 { "" } else { "s" },
    );
    if args.suggest {
        message.push_str(&format!(
            ", {} tracked change{}",
            annotated.changes,
            if annotated.changes == 1 { "" } else { "s" }
        ));
    }
    message.push_str(&format!("; {name} is unchanged"));
    Ok(message)
}

/// Write `bytes` to `path`: a new file (never replacing one) unless `force`, and then by a
/// rename, so a failed write leaves no half-written form.
fn write(path: &Path, bytes: &[u8], force: bool) -> Result<(), String> {
    let shown = path.display();
    let error = |e: std::io::Error| format!("{shown}: cannot write the annotated copy: {e}");
    if !force {
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(path)
            .map_err(|e| match e.kind() {
                std::io::ErrorKind::AlreadyExists => {
                    format!("{shown}: already exists; give another name, or --force to replace it")
                }
                _ => error(e),
            })?;
        if let Err(e) = file.write_all(bytes).and_then(|()| file.sync_all()) {
            drop(file);
            let _ = std::fs::remove_file(path);
            return Err(error(e));
        }
        return Ok(());
    }
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let temp = dir.join(format!(
        ".{}.caselint-{}",
        path.file_name().and_then(|n| n.to_str()).unwrap_or("out"),
        std::process::id()
    ));
    std::fs::write(&temp, bytes)
        .and_then(|()| std::fs::rename(&temp, path))
        .map_err(|e| {
            let _ = std::fs::remove_file(&temp);
            error(e)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_why_is_the_first_paragraph_of_its_section() {
        let doc = "## What it does\nA.\n\n## Why\nBecause\nof this.\n\nMore.\n\n## Example\nX";
        assert_eq!(doc_section(doc, "## Why"), Some("Because\nof this."));
        assert_eq!(doc_section("## Why\n## Example\n", "## Why"), None);
    }
}
