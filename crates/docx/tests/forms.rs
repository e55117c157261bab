//! The fixture forms (tests/fixtures/docx, made by LibreOffice and python-docx) read as audits.

use std::path::PathBuf;

use caselint_docx::{read, Container, Limits, ReadOptions};

fn fixture(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/docx")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn options() -> ReadOptions {
    ReadOptions {
        areas: caselint_core::config::DEFAULT_AREAS
            .iter()
            .map(|a| (*a).to_owned())
            .collect(),
    }
}

#[test]
fn dump() {
    for name in [
        "tables-dropdowns.audit.docx",
        "headings.audit.docx",
        "tracked-changes.audit.docx",
        "libreoffice.audit.docx",
    ] {
        let form = read(&fixture(name), &options(), &Limits::default()).unwrap();
        println!("===== {name}\n{}", form.text);
    }
}
