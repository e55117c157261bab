//! The phrase sets' automata stored in the binary (`data/automata.bin`) are exactly those
//! the phrase tables compile to now.
//!
//! The table is made by linting the bundled audits with every rule and recording each set
//! compiled on the way (in a process of its own: a set already compiled is not compiled
//! again). After a phrase table or a set's patterns change, write it again with
//!
//! ```text
//! CASELINT_UPDATE_AUTOMATA=1 cargo test -p caselint-core --test prebuilt
//! ```

use std::path::{Path, PathBuf};

use caselint_core::lexicon::prebuilt;
use caselint_core::Config;

/// The bundled audits: the example, the round of examples, and the test fixtures.
fn audits() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut out = Vec::new();
    for dir in [
        "examples",
        "examples/round",
        "tests/fixtures/clean",
        "tests/fixtures/structure",
        "tests/fixtures/summary",
    ] {
        let entries = std::fs::read_dir(root.join(dir)).expect("bundled audits are readable");
        let mut files: Vec<PathBuf> = entries
            .map(|e| e.expect("directory entry").path())
            .filter(|p| p.to_string_lossy().ends_with(".audit.md"))
            .collect();
        files.sort();
        out.extend(files);
    }
    out
}

#[test]
fn the_stored_automata_are_those_the_phrase_tables_make() {
    let audits = audits();
    assert!(audits.len() >= 5, "bundled audits missing: {audits:?}");
    let made = prebuilt::generate(|| {
        let config = Config::default();
        for path in &audits {
            let text = std::fs::read_to_string(path).expect("bundled audit is UTF-8");
            caselint_core::check(&text, &config);
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
