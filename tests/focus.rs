//! A `check` of one file rebuilds only the parts of the phrase sets its document can match
//! (`lexicon/select.rs`, `prebuilt::focus`); a check of several files loads them whole.
//! What is found must be the same either way: each audit is checked alone and among all
//! the others, and the findings compared. The audits are the bundled ones and audits made
//! of the held-out cases, whose writing reaches every rule's phrases.

mod common;

use std::fmt::Write as _;
use std::path::Path;

use common::{run, stderr, COMMAND_TIMEOUT};
use serde_json::Value;

/// Every `STRIDE`th held-out case is taken, and `PER_AUDIT` of them make one audit.
const STRIDE: usize = 9;
const PER_AUDIT: usize = 12;

/// Audits made of held-out cases: each case an area of its own.
fn heldout_audits() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/heldout");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("held-out cases")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    let mut cases = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("readable");
        cases.extend(
            text.lines()
                .filter(|l| !l.trim().is_empty())
                .map(|l| serde_json::from_str::<Value>(l).expect("a case"))
                .step_by(STRIDE),
        );
    }
    let mut audits = Vec::new();
    let mut areas = String::new();
    let mut count = 0;
    for case in &cases {
        if let Some(doc) = case.get("doc").and_then(Value::as_str) {
            audits.push(doc.to_owned());
            continue;
        }
        let text = |key: &str| case.get(key).and_then(Value::as_str).unwrap_or("");
        let area = case
            .get("area")
            .and_then(Value::as_str)
            .unwrap_or("Assessment");
        let judgement = case
            .get("judgement")
            .and_then(Value::as_str)
            .unwrap_or("Good");
        let _ = write!(
            areas,
            "## {area}\n\nJudgement: {judgement}\n\n### Evidence\n{}\n\n### Impact\n{}\n\n### Actions\n",
            text("evidence"),
            text("impact"),
        );
        for action in case
            .get("actions")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
        {
            let _ = writeln!(areas, "- {action}");
        }
        areas.push('\n');
        count += 1;
        if count == PER_AUDIT {
            audits.push(audit(&std::mem::take(&mut areas)));
            count = 0;
        }
    }
    if !areas.is_empty() {
        audits.push(audit(&areas));
    }
    audits
}

fn audit(areas: &str) -> String {
    format!("---\nchild: Jo\naudit-date: 2026-11-20\n---\n\n# Case file audit\n\n{areas}")
}

/// The findings of each file of a JSON report, by path.
fn findings(report: &[u8]) -> Vec<(String, Value)> {
    let json: Value = serde_json::from_slice(report).expect("a JSON report");
    json["files"]
        .as_array()
        .expect("files")
        .iter()
        .map(|f| {
            (
                f["path"].as_str().expect("path").to_owned(),
                f["diagnostics"].clone(),
            )
        })
        .collect()
}

#[test]
fn a_file_checked_alone_has_the_findings_it_has_among_others() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut texts: Vec<String> = ["examples/jo.audit.md", "tests/fixtures/clean/amir.audit.md"]
        .iter()
        .map(|p| std::fs::read_to_string(root.join(p)).expect("bundled audit"))
        .collect();
    texts.extend(heldout_audits());
    assert!(texts.len() > 40, "only {} audits", texts.len());
    let names: Vec<String> = (0..texts.len())
        .map(|i| format!("a{i:03}.audit.md"))
        .collect();
    for (name, text) in names.iter().zip(&texts) {
        std::fs::write(dir.path().join(name), text).expect("written");
    }
    let check = |files: &[&str]| {
        let mut args = vec!["check", "--format", "json", "--fail-on", "never"];
        args.extend(files);
        let out = run(dir.path(), &args, None, COMMAND_TIMEOUT);
        assert!(out.status.success(), "{}", stderr(&out));
        findings(&out.stdout)
    };
    let all: Vec<&str> = names.iter().map(String::as_str).collect();
    let together = check(&all);
    assert_eq!(together.len(), names.len());
    let mut found = 0;
    for (name, (path, diagnostics)) in names.iter().zip(&together) {
        assert_eq!(path, name);
        found += diagnostics.as_array().map_or(0, Vec::len);
        let alone = check(&[name]);
        assert_eq!(
            alone,
            vec![(name.clone(), diagnostics.clone())],
            "{name} checked alone finds otherwise than among the others"
        );
    }
    // The audits reach the rules: most of the held-out cases set one off.
    assert!(found > texts.len() * 3, "only {found} findings");
}
