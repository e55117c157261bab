//! `caselint check`.

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use caselint_core::{Config, Diagnostic, Document, Severity};
use clap::{Args, ValueEnum};
use rayon::prelude::*;

use crate::discovery::{audit_files, ConfigFinder};
use crate::output::locate::Locator;
use crate::output::summary::{self, Summarised};
use crate::output::{concise, github, human, json, sarif, FileReport};

#[derive(Args)]
pub(crate) struct CheckArgs {
    /// Files or directories to lint; `-` reads standard input. Default: the current directory.
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Exit with status 1 when anything at or above this severity is found.
    #[arg(long, value_enum, default_value_t = FailOn::Warning)]
    pub fail_on: FailOn,
    /// Use this configuration file instead of looking for caselint.toml.
    #[arg(long, value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// When to use colour in human output.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    pub color: Color,
    /// Print the moderator's summary of each audit (grades, evidence, impact, SMART actions,
    /// escalations and a verdict) instead of the diagnostics; with --format human or json.
    #[arg(long)]
    pub summary: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    Human,
    Json,
    /// SARIF 2.1.0, for code scanning and QA dashboards.
    Sarif,
    /// GitHub Actions workflow annotations.
    Github,
    /// One line per diagnostic: path:line:col: severity[CODE] message.
    Concise,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum FailOn {
    Error,
    Warning,
    Info,
    Never,
}

impl FailOn {
    fn threshold(self) -> Option<Severity> {
        match self {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Info => Some(Severity::Info),
            FailOn::Never => None,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Color {
    Auto,
    Always,
    Never,
}

enum Input {
    File(PathBuf),
    Stdin,
}

pub(crate) fn run(args: &CheckArgs) -> ExitCode {
    if args.summary && !matches!(args.format, Format::Human | Format::Json) {
        eprintln!("caselint: error: --summary is printed as human text or JSON: use --format human or --format json");
        return ExitCode::from(2);
    }
    if args.format == Format::Json && !args.summary {
        return match stream_json(
            &args.paths,
            args.config.as_deref(),
            args.fail_on.threshold(),
        ) {
            Ok((errors, failed)) => exit_code(&errors, failed),
            Err(code) => code,
        };
    }
    let (reports, errors) = match lint_paths(&args.paths, args.config.as_deref()) {
        Ok(found) => found,
        Err(code) => return code,
    };
    let color = match args.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    };
    let output = if args.summary {
        let summaries: Vec<Summarised> = reports
            .iter()
            .map(|r| Summarised {
                path: r.path.clone(),
                unit: if r.form.is_some() {
                    "paragraph"
                } else {
                    "line"
                },
                summary: {
                    let locator = Locator::new(r);
                    let locate = |offset: usize| locator.line_col(offset);
                    caselint_core::summary::summarise_at(
                        &Document::parse(&r.text),
                        &r.config,
                        &r.diagnostics,
                        &|code| r.config.is_enabled(code),
                        r.form.is_some().then_some(&locate as &dyn Fn(usize) -> _),
                    )
                },
            })
            .collect();
        match args.format {
            Format::Json => summary::json(&summaries),
            _ => summary::human(&summaries),
        }
    } else {
        match args.format {
            Format::Human => human::human(&reports, color, errors.len()),
            Format::Json => json::json(&reports),
            Format::Sarif => sarif::render(&reports, &errors),
            Format::Github => github::github(&reports),
            Format::Concise => concise::concise(&reports),
        }
    };
    let mut stdout = std::io::stdout().lock();
    // A closed pipe (`caselint check | head`) is not an error worth a panic.
    let _ = stdout
        .write_all(output.as_bytes())
        .and_then(|()| stdout.flush());
    let failed = args.fail_on.threshold().is_some_and(|threshold| {
        reports
            .iter()
            .flat_map(|r| &r.diagnostics)
            .any(|d| d.severity >= threshold)
    });
    exit_code(&errors, failed)
}

/// Print the run's errors; 2 when there were any, else 1 when something reached the
/// `--fail-on` severity.
fn exit_code(errors: &[String], failed: bool) -> ExitCode {
    for e in errors {
        eprintln!("caselint: error: {e}");
    }
    if !errors.is_empty() {
        ExitCode::from(2)
    } else if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Find, read and lint the audits at `paths` (folders searched, `-` for standard input),
/// each with the configuration found from its folder (or `config`). Returns the reports in
/// the order given and the errors of what could not be read or checked; `Err` when the
/// configuration named on the command line is itself unusable (the message is printed).
pub(crate) fn lint_paths(
    paths: &[PathBuf],
    config: Option<&Path>,
) -> Result<(Vec<FileReport>, Vec<String>), ExitCode> {
    let Plan {
        jobs,
        mut errors,
        spread,
        one,
    } = plan(paths, config)?;
    let results: Vec<Result<FileReport, String>> = jobs
        .into_par_iter()
        .map(|(input, config)| lint_job(input, config, spread, one))
        .collect();
    let mut reports = Vec::new();
    for result in results {
        match result {
            Ok(report) => reports.push(report),
            Err(e) => errors.push(e),
        }
    }
    Ok((reports, errors))
}

/// The files a run lints, each with its configuration, in the order given.
struct Plan {
    jobs: Vec<(Input, Arc<Config>)>,
    /// What could not be found or configured.
    errors: Vec<String>,
    /// Fewer files than cores: a file's areas are linted side by side, so no core sits
    /// idle while another loads the phrase matchers.
    spread: bool,
    /// A check of one document rebuilds only the parts of the phrase sets it can match.
    one: bool,
}

/// Find the audits at `paths` (folders searched, `-` for standard input) and the
/// configuration of each (or `config`); `Err` when the configuration named on the command
/// line is itself unusable (the message is printed).
fn plan(paths: &[PathBuf], config: Option<&Path>) -> Result<Plan, ExitCode> {
    quiet_panics();
    let mut errors: Vec<String> = Vec::new();
    let mut finder = match ConfigFinder::new(config) {
        Ok(finder) => finder,
        Err(e) => {
            eprintln!("caselint: error: {e}");
            return Err(ExitCode::from(2));
        }
    };
    let paths = if paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        paths.to_vec()
    };
    let mut inputs = Vec::new();
    for path in &paths {
        if path.as_os_str() == "-" {
            inputs.push(Input::Stdin);
        } else if path.is_dir() {
            match audit_files(path) {
                Ok(found) if found.is_empty() => errors.push(format!(
                    "{}: no audit files found (caselint looks for *.audit.md, *.audit.txt and *.audit; name a file to lint it whatever its name)",
                    path.display()
                )),
                Ok(found) => inputs.extend(found.into_iter().map(Input::File)),
                Err(e) => errors.push(format!("{}: cannot search the directory: {e}", path.display())),
            }
        } else {
            inputs.push(Input::File(path.clone()));
        }
    }
    // Configurations are looked up in order (they are cached per folder); reading and
    // linting then run on every core, and the reports keep the order of the inputs.
    let mut jobs: Vec<(Input, Arc<Config>)> = Vec::new();
    for input in inputs {
        let dir = match &input {
            Input::Stdin => PathBuf::from("."),
            Input::File(path) => path
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."))
                .to_path_buf(),
        };
        match finder.for_dir(&dir) {
            Ok(config) => jobs.push((input, config)),
            Err(e) => {
                if !errors.contains(&e) {
                    errors.push(e);
                }
            }
        }
    }
    let spread = jobs.len() < rayon::current_num_threads();
    let one = jobs.len() == 1;
    Ok(Plan {
        jobs,
        errors,
        spread,
        one,
    })
}

/// Read and lint one file of a [`Plan`].
fn lint_job(
    input: Input,
    config: Arc<Config>,
    spread: bool,
    one: bool,
) -> Result<FileReport, String> {
    let (path, bytes) = match input {
        Input::Stdin => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| format!("-: cannot read standard input: {e}"))?;
            ("-".to_owned(), bytes)
        }
        Input::File(path) => (path.display().to_string(), read_bytes(&path)?),
    };
    let (text, form) = match word_form(&path, &bytes, &config)? {
        Some(form) => (form.text.clone(), Some(Arc::new(form))),
        None => (decode(&path, bytes)?, None),
    };
    if one {
        caselint_core::lexicon::prebuilt::focus(&text);
    }
    let diagnostics = check_guarded(&path, &text, &config, spread)?;
    Ok(FileReport {
        path,
        text,
        diagnostics,
        config,
        form,
    })
}

/// The JSON report written as the files are linted, a batch at a time: each file's part
/// is made on the core that linted it and the report is dropped, so memory holds one
/// batch rather than every file's diagnostics and the whole report (a folder's report is
/// many times the size of its audits). The text is byte for byte [`json::json`]'s.
/// Returns the errors and whether anything reached `threshold`.
fn stream_json(
    paths: &[PathBuf],
    config: Option<&Path>,
    threshold: Option<Severity>,
) -> Result<(Vec<String>, bool), ExitCode> {
    let Plan {
        jobs,
        mut errors,
        spread,
        one,
    } = plan(paths, config)?;
    // Enough files per batch to keep every core busy to the end of it.
    let batch = 32 * rayon::current_num_threads();
    let mut stdout = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let mut failed = false;
    let mut written = 0usize;
    let mut closed = false;
    let mut jobs = jobs.into_iter().peekable();
    let _ = stdout.write_all(json::HEAD.as_bytes());
    while jobs.peek().is_some() {
        let chunk: Vec<(Input, Arc<Config>)> = jobs.by_ref().take(batch).collect();
        let parts: Vec<Result<(String, bool), String>> = chunk
            .into_par_iter()
            .map(|(input, config)| {
                let report = lint_job(input, config, spread, one)?;
                let reached =
                    threshold.is_some_and(|t| report.diagnostics.iter().any(|d| d.severity >= t));
                Ok((json::file_part(&report), reached))
            })
            .collect();
        for part in parts {
            match part {
                Ok((text, reached)) => {
                    failed |= reached;
                    if !closed {
                        let sep = if written == 0 { "\n    " } else { ",\n    " };
                        // A closed pipe (`caselint check | head`) is not an error worth a
                        // panic; the rest is still linted for the exit status.
                        closed = stdout
                            .write_all(sep.as_bytes())
                            .and_then(|()| stdout.write_all(text.as_bytes()))
                            .is_err();
                    }
                    written += 1;
                }
                Err(e) => errors.push(e),
            }
        }
    }
    let tail = if written == 0 {
        json::EMPTY_TAIL
    } else {
        json::TAIL
    };
    if !closed {
        let _ = stdout
            .write_all(tail.as_bytes())
            .and_then(|()| stdout.flush());
    }
    Ok((errors, failed))
}

pub(crate) fn read_bytes(path: &Path) -> Result<Vec<u8>, String> {
    let shown = path.display();
    std::fs::read(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => format!("{shown}: no such file or directory"),
        std::io::ErrorKind::PermissionDenied => format!("{shown}: permission denied"),
        _ => format!("{shown}: cannot read the file: {e}"),
    })
}

/// What the Word reader needs of the configuration: the area names.
pub(crate) fn read_options(config: &Config) -> caselint_docx::ReadOptions {
    let areas = if config.areas.is_empty() {
        caselint_core::config::DEFAULT_AREAS
            .iter()
            .map(|a| (*a).to_owned())
            .collect()
    } else {
        config.areas.clone()
    };
    caselint_docx::ReadOptions { areas }
}

/// A Word form read as an audit; `None` when the bytes are not Word's (a zip that is not a
/// form falls through to the plain "not a text audit" messages).
pub(crate) fn word_form(
    name: &str,
    bytes: &[u8],
    config: &Config,
) -> Result<Option<caselint_docx::Form>, String> {
    if !caselint_docx::looks_like_word(bytes) {
        return Ok(None);
    }
    match caselint_docx::read(bytes, &read_options(config), &Default::default()) {
        Ok(form) => Ok(Some(form)),
        // A zip that is no Word document: named .docx, say so; otherwise the plain "not a
        // text audit" message names what it is.
        Err(caselint_docx::DocxError::NotDocx(_))
            if bytes.starts_with(b"PK") && !name.to_lowercase().ends_with(".docx") =>
        {
            Ok(None)
        }
        Err(e) => Err(format!("{name}: {e}")),
    }
}

/// Lint one file under its own panic guard: an internal error in one file is reported for
/// that file, and the others are still checked. The panic's message is not shown (it could
/// quote the audit); the default hook is silenced for the whole run by [`quiet_panics`].
fn check_guarded(
    path: &str,
    text: &str,
    config: &Config,
    spread: bool,
) -> Result<Vec<Diagnostic>, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        // Debug builds only: lets the tests make an internal error happen in one file.
        #[cfg(debug_assertions)]
        if let Some(marker) = std::env::var_os("CASELINT_DEBUG_PANIC_ON") {
            if text.contains(&*marker.to_string_lossy()) {
                panic!("CASELINT_DEBUG_PANIC_ON");
            }
        }
        if spread {
            caselint_core::check_spread(text, config)
        } else {
            caselint_core::check(text, config)
        }
    }))
    .map_err(|_| {
        format!(
            "{path}: caselint hit an internal error while checking this file, so it was not checked (the other files were); please report it, without the audit"
        )
    })
}

/// Silence the default panic message (it could quote document text); [`check_guarded`]
/// reports which file failed instead.
pub(crate) fn quiet_panics() {
    std::panic::set_hook(Box::new(|info| {
        let at = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!("caselint: internal error{at}");
    }));
}

/// Word, PDF and other formats that are not text, told by their first bytes.
fn not_text(name: &str, bytes: &[u8]) -> Option<String> {
    let kind = if bytes.starts_with(b"PK\x03\x04") {
        let lower = name.to_lowercase();
        if lower.ends_with(".odt") {
            "an OpenDocument text file (.odt)"
        } else {
            "a zip archive"
        }
    } else if bytes.starts_with(b"%PDF") {
        "a PDF"
    } else if bytes.starts_with(b"{\\rtf") {
        "a rich-text document (.rtf)"
    } else {
        return None;
    };
    Some(format!(
        "{name}: this is {kind}, not a text audit; save it as plain text (in Word: File, Save As, Plain Text) and check that file"
    ))
}

/// UTF-16 text with a byte-order mark (Notepad's "Unicode"), as UTF-8. Positions in the
/// report then count in the UTF-8 text.
fn from_utf16(name: &str, bytes: &[u8]) -> Option<Result<String, String>> {
    let little = match bytes {
        [0xFF, 0xFE, ..] => true,
        [0xFE, 0xFF, ..] => false,
        _ => return None,
    };
    let units: Vec<u16> = bytes[2..]
        .chunks(2)
        .map(|pair| match (pair, little) {
            ([a, b], true) => u16::from_le_bytes([*a, *b]),
            ([a, b], false) => u16::from_be_bytes([*a, *b]),
            _ => 0xFFFD,
        })
        .collect();
    Some(String::from_utf16(&units).map_err(|_| {
        format!("{name}: not valid UTF-16 text (it starts like UTF-16 but has a broken character); save the audit as UTF-8")
    }))
}

fn decode(name: &str, bytes: Vec<u8>) -> Result<String, String> {
    if let Some(message) = not_text(name, &bytes) {
        return Err(message);
    }
    if let Some(text) = from_utf16(name, &bytes) {
        return text;
    }
    if bytes.iter().take(8192).any(|&b| b == 0) {
        return Err(format!(
            "{name}: this looks like a binary file, not a text audit; caselint reads Markdown or plain text"
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        format!("{name}: not valid UTF-8 text (invalid byte at offset {at}, line {line}); save the audit as UTF-8")
    })
}
