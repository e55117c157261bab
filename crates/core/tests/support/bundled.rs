// Included by the unit tests (`src/lib.rs`) and by `tests/prebuilt.rs`: one list of the
// bundled audits for both.

/// The bundled audits, sorted by folder and name: the example, the round of examples, and
/// the test fixtures.
pub(crate) fn bundled_audits() -> Vec<std::path::PathBuf> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut out = Vec::new();
    for dir in [
        "examples",
        "examples/round",
        "tests/fixtures/clean",
        "tests/fixtures/structure",
        "tests/fixtures/summary",
    ] {
        let entries = std::fs::read_dir(root.join(dir)).expect("bundled audits are readable");
        let mut files: Vec<std::path::PathBuf> = entries
            .map(|e| e.expect("directory entry").path())
            .filter(|p| p.to_string_lossy().ends_with(".audit.md"))
            .collect();
        files.sort();
        out.extend(files);
    }
    out
}
