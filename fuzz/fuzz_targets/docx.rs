//! Read arbitrary bytes as a Word form, and annotate what reads: no panic; every byte of
//! the audit text has a place in the form; an annotated copy reads as the same audit.
//! Seeds: the fixture forms (tests/fixtures/docx), copied into fuzz/seeds/docx.
#![no_main]

use caselint_docx::{annotate, read, Author, Change, Limits, Note, ReadOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let options = ReadOptions {
        areas: vec!["Assessment".into(), "Planning".into()],
    };
    let limits = Limits::default();
    let Ok(form) = read(data, &options, &limits) else {
        return;
    };
    for (offset, _) in form.text.char_indices().step_by(7) {
        let place = form.place(offset);
        assert!(place.paragraph >= 1 && place.column >= 1);
    }
    let len = form.text.len();
    let notes = vec![
        Note {
            start: 0,
            end: len,
            comment: vec!["whole".into()],
            change: None,
        },
        Note {
            start: len / 3,
            end: len / 2,
            comment: vec!["middle".into()],
            change: Some(Change {
                start: len / 3,
                end: len / 2,
                text: "rewritten".into(),
            }),
        },
    ];
    let author = Author {
        name: "caselint",
        initials: "CL",
        date: None,
    };
    if let Ok(out) = annotate(data, &options, &limits, &notes, &author) {
        assert!(read(&out.bytes, &options, &limits).is_ok());
    }
});
