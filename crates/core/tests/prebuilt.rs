//! The phrase sets' automata stored in the binary (`data/automata.bin`) are exactly those
//! the phrase tables compile to now.
//!
//! The table is made by linting the bundled audits, and audits made of the held-out cases'
//! sentences, with every rule and recording each set compiled on the way (in a process of
//! its own: a set already compiled is not compiled again). Every built-in matcher made on
//! the way is recorded in each Latin form, searched or not; the held-out sentences reach
//! the matchers that only a finding the bundled audits lack would make. After a phrase
//! table or a set's patterns change, write it again with
//!
//! ```text
//! CASELINT_UPDATE_AUTOMATA=1 cargo test -p caselint-core --test prebuilt
//! ```

use std::path::{Path, PathBuf};

use caselint_core::lexicon::prebuilt;
use caselint_core::Config;

include!("support/bundled.rs");

/// An audit for each held-out case (`tests/data/heldout`): its own document, or its texts
/// in every section of one area, so that each rule reads them.
fn heldout_audits() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/heldout");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("held-out cases are readable")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("held-out cases are UTF-8");
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let case: serde_json::Value = serde_json::from_str(line).expect("a JSON case");
            if let Some(doc) = case["doc"].as_str() {
                out.push(doc.to_owned());
                continue;
            }
            let mut texts = Vec::new();
            for key in ["evidence", "impact", "actions"] {
                match &case[key] {
                    serde_json::Value::String(s) => texts.push(s.clone()),
                    serde_json::Value::Array(list) => {
                        texts.extend(list.iter().filter_map(|a| a.as_str().map(str::to_owned)))
                    }
                    _ => {}
                }
            }
            let text = texts.join(" ");
            let judgement = case["judgement"].as_str().unwrap_or("Good");
            out.push(format!(
                "---\nchild: Jo\naudit-date: 2026-11-20\n---\n\n# Case file audit\n\n\
                 ## Assessment\n\nJudgement: {judgement}\n\n### Evidence\n{text}\n\n\
                 ### Impact\n{text}\n\n### Actions\n- {text}\n"
            ));
        }
    }
    out
}

#[test]
fn the_stored_automata_are_those_the_phrase_tables_make() {
    let audits = bundled_audits();
    assert!(audits.len() >= 5, "bundled audits missing: {audits:?}");
    let made = prebuilt::generate(|| {
        let config = Config::default();
        for path in &audits {
            let text = std::fs::read_to_string(path).expect("bundled audit is UTF-8");
            caselint_core::check(&text, &config);
        }
        for audit in heldout_audits() {
            caselint_core::check(&audit, &config);
        }
    });
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/automata.bin");
    if std::env::var_os("CASELINT_UPDATE_AUTOMATA").is_some() {
        std::fs::write(&path, &made).expect("table written");
        return;
    }
    let stored = std::fs::read(&path).expect("table readable");
    assert!(
        made == stored,
        "data/automata.bin is out of date ({} bytes stored, {} made now): write it again with \
         CASELINT_UPDATE_AUTOMATA=1 cargo test -p caselint-core --test prebuilt",
        stored.len(),
        made.len()
    );
    let (sets, latin) = prebuilt::table_sets();
    assert!(
        sets >= 10 && latin >= 10,
        "{sets} sets stored, {latin} Latin"
    );
}
