//! Damaged forms: whatever the bytes, reading and annotating return a result (a form or a
//! clear error) and never panic.

use std::path::PathBuf;

use caselint_docx::{annotate, read, Author, Change, Limits, Note, ReadOptions};
use proptest::prelude::*;

fn fixture(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/docx")
        .join(name);
    std::fs::read(path).unwrap()
}

fn document_xml(docx: &[u8]) -> String {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut text = String::new();
    zip.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

const AUTHOR: Author<'static> = Author {
    name: "caselint",
    initials: "CL",
    date: None,
};

fn options() -> ReadOptions {
    ReadOptions {
        areas: vec!["Assessment".into(), "Planning".into()],
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Bytes flipped anywhere in a real form (the zip's headers, its compressed parts).
    #[test]
    fn a_damaged_form_is_an_error_or_a_form_never_a_panic(
        flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
        truncate in any::<prop::sample::Index>(),
    ) {
        let mut bytes = fixture("tables-dropdowns.audit.docx");
        for (at, value) in flips {
            let i = at.index(bytes.len());
            bytes[i] = value;
        }
        let _ = read(&bytes, &options(), &Limits::default());
        let cut = truncate.index(bytes.len());
        let _ = read(&bytes[..cut], &options(), &Limits::default());
    }

    /// Notes anywhere in the audit text, even out of range or reversed, annotate or fail
    /// cleanly, and the copy reads back as the same audit.
    #[test]
    fn notes_anywhere_give_a_copy_that_reads_the_same(
        spans in proptest::collection::vec((0usize..3000, 0usize..3000, any::<bool>()), 0..12),
    ) {
        let bytes = fixture("headings.audit.docx");
        let form = read(&bytes, &options(), &Limits::default()).unwrap();
        let notes: Vec<Note> = spans
            .iter()
            .map(|&(a, b, change)| Note {
                start: a,
                end: b,
                comment: vec!["A note.".into()],
                change: change.then(|| Change { start: a.min(b), end: a.min(b), text: String::new() }),
            })
            .collect();
        let out = annotate(&bytes, &options(), &Limits::default(), &notes, &AUTHOR).unwrap();
        let again = read(&out.bytes, &options(), &Limits::default()).unwrap();
        prop_assert_eq!(again.text, form.text);
        // Every comment's range opens before it closes.
        let document = document_xml(&out.bytes);
        for id in 0..out.comments + 1000 {
            let start = document.find(&format!("<w:commentRangeStart w:id=\"{id}\"/>"));
            let end = document.find(&format!("<w:commentRangeEnd w:id=\"{id}\"/>"));
            prop_assert_eq!(start.is_some(), end.is_some());
            if let (Some(start), Some(end)) = (start, end) {
                prop_assert!(start < end, "comment {} ends before it starts", id);
            }
        }
    }
}
