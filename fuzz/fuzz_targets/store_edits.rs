//! An edit script applied to the server's document store and to a plain `String` model with
//! the same clamping semantics: the texts must stay equal, and position conversion must agree
//! with the model, in UTF-8, UTF-16 and UTF-32. Positions go out of range, past line ends,
//! inside surrogate pairs, multi-byte sequences and CRLF; inserted text is full of them.
#![no_main]

use caselint_lsp::store::{model, Position, Range};
use caselint_lsp::{Encoding, TextStore};
use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;

const PIECES: &[&str] = &[
    "a",
    "b",
    " ",
    "\n",
    "\r",
    "\r\n",
    "é",
    "😀",
    "中",
    "\u{200d}",
    "👩‍👧",
    "#",
    "Judgement: ",
    "Good",
    "- ",
    "> ",
    ".",
    "\t",
];

fn text(u: &mut Unstructured) -> Result<String> {
    let n = u.int_in_range(0..=24)?;
    let mut s = String::new();
    for _ in 0..n {
        s.push_str(u.choose(PIECES)?);
    }
    Ok(s)
}

fn position(u: &mut Unstructured) -> Result<Position> {
    // Mostly small numbers, sometimes huge ones.
    let line = if u.ratio(1, 16)? {
        u.arbitrary()?
    } else {
        u.int_in_range(0..=8)?
    };
    let character = if u.ratio(1, 16)? {
        u.arbitrary()?
    } else {
        u.int_in_range(0..=12)?
    };
    Ok(Position::new(line, character))
}

fn run(u: &mut Unstructured) -> Result<()> {
    let encoding = *u.choose(&[Encoding::Utf8, Encoding::Utf16, Encoding::Utf32])?;
    let initial = text(u)?;
    let mut store = TextStore::new(&initial);
    let mut expected = initial;
    let mut steps = 0;
    while !u.is_empty() && steps < 64 {
        steps += 1;
        let range = if u.ratio(1, 20)? {
            None
        } else {
            Some(Range::new(position(u)?, position(u)?))
        };
        let new_text = text(u)?;
        store.apply_change(range, &new_text, encoding);
        model::apply_change(&mut expected, range, &new_text, encoding);
        assert_eq!(
            store.text(),
            expected,
            "after {range:?} {new_text:?} in {encoding:?}"
        );
        // Conversions agree with the model, and round-trip at character boundaries.
        let p = position(u)?;
        let offset = store.offset(p, encoding);
        assert_eq!(offset, model::offset(&expected, p, encoding), "{p:?}");
        let at = u.int_in_range(0..=expected.len() + 2)?;
        let q = store.position(at, encoding);
        assert_eq!(q, model::position(&expected, at, encoding), "byte {at}");
        let back = store.offset(q, encoding);
        if expected.is_char_boundary(at) && !inside_line_break(&expected, at) {
            assert_eq!(back, at, "byte {at} -> {q:?}");
        }
    }
    Ok(())
}

/// Whether `at` is after the first byte of a line break (or right after a `\r\n`'s `\r`).
fn inside_line_break(text: &str, at: usize) -> bool {
    at > 0
        && at <= text.len()
        && text.as_bytes()[at - 1] == b'\r'
        && text.as_bytes().get(at) == Some(&b'\n')
}

fuzz_target!(|data: &[u8]| {
    let _ = run(&mut Unstructured::new(data));
});
