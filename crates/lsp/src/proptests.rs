//! Property tests of the server's document path: random incremental edits (multi-byte
//! characters, CRLF and lone CR, positions inside surrogate pairs, past line ends and past
//! the end) applied as `didChange` applies them give the text a plain `String` model gives,
//! and linting the edited document equals linting that text fresh; positions and byte
//! offsets round-trip in UTF-8, UTF-16 and UTF-32.

use std::str::FromStr;
use std::sync::Arc;

use caselint_core::Config;
use proptest::prelude::*;
use ropey::Rope;
use tower_lsp_server::ls_types::{Position, Range, TextDocumentContentChangeEvent, Uri};

use crate::lint::{lint, Snapshot};
use crate::position::{self, Encoding};
use crate::server::apply_changes;
use crate::store::model;

const PIECES: &[&str] = &[
    "a",
    "Jo",
    " ",
    "\n",
    "\r",
    "\r\n",
    "é",
    "😀",
    "中",
    "👩‍👧",
    "## Assessment\n",
    "Judgement: ",
    "Good",
    "Satisfactory",
    "\nEvidence: ",
    "was seen",
    ", which is positive. ",
    "- ",
    "> ",
    "---\n",
    ".",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..16).prop_map(|p| p.concat())
}

fn position() -> impl Strategy<Value = Position> {
    let line = prop_oneof![8 => 0u32..10, 1 => any::<u32>()];
    let character = prop_oneof![8 => 0u32..16, 1 => any::<u32>()];
    (line, character).prop_map(|(l, c)| Position::new(l, c))
}

fn change() -> impl Strategy<Value = TextDocumentContentChangeEvent> {
    let range = prop_oneof![
        19 => (position(), position()).prop_map(|(a, b)| Some(Range::new(a, b))),
        1 => Just(None),
    ];
    (range, text()).prop_map(|(range, text)| TextDocumentContentChangeEvent {
        range,
        range_length: None,
        text,
    })
}

fn encoding() -> impl Strategy<Value = Encoding> {
    prop::sample::select(vec![Encoding::Utf8, Encoding::Utf16, Encoding::Utf32])
}

fn snapshot(rope: Rope, encoding: Encoding) -> Snapshot {
    Snapshot {
        uri: Uri::from_str("file:///audits/prop.audit.md").unwrap(),
        version: 1,
        rope,
        config: Arc::new(Config::default()),
        encoding,
        cache: Arc::default(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn incremental_edits_match_a_string_model_and_a_fresh_lint(
        initial in text(),
        batches in prop::collection::vec(prop::collection::vec(change(), 1..4), 1..8),
        encoding in encoding(),
    ) {
        let mut rope = Rope::from_str(&initial);
        let mut expected = initial;
        // One snapshot's cache carried from lint to lint, as the server keeps one per
        // document: after every batch, the cached lint equals a fresh one.
        let cache = snapshot(rope.clone(), encoding).cache;
        lint(&Snapshot { cache: Arc::clone(&cache), ..snapshot(rope.clone(), encoding) });
        for batch in batches {
            for change in &batch {
                model::apply_change(&mut expected, change.range, &change.text, encoding);
            }
            apply_changes(&mut rope, batch, encoding);
            prop_assert_eq!(rope.to_string(), expected.as_str());
            let edited = lint(&Snapshot { cache: Arc::clone(&cache), ..snapshot(rope.clone(), encoding) });
            let fresh = lint(&snapshot(Rope::from_str(&expected), encoding));
            prop_assert_eq!(edited.diagnostics, fresh.diagnostics);
            prop_assert_eq!(edited.front_matter_end, fresh.front_matter_end);
        }
    }

    #[test]
    fn offsets_and_positions_round_trip(text in text(), at in 0usize..200, p in position(), encoding in encoding()) {
        let rope = Rope::from_str(&text);
        // Every char boundary outside a CRLF maps to a position and back to itself.
        let at = at.min(text.len());
        let q = position::position(&rope, at, encoding);
        prop_assert_eq!(q, model::position(&text, at, encoding));
        // The line table used to publish diagnostics agrees with the rope, everywhere.
        let positions = position::Positions::new(&text);
        for any in 0..=text.len() + 2 {
            prop_assert_eq!(positions.position(any, encoding), position::position(&rope, any, encoding));
        }
        let crlf_middle = at > 0 && text.as_bytes()[at - 1] == b'\r' && text.as_bytes().get(at) == Some(&b'\n');
        if text.is_char_boundary(at) && !crlf_middle {
            prop_assert_eq!(position::offset(&rope, q, encoding), at);
        }
        // Any position maps to a char boundary, as in the model, and that position is fixed.
        let offset = position::offset(&rope, p, encoding);
        prop_assert!(text.is_char_boundary(offset));
        prop_assert_eq!(offset, model::offset(&text, p, encoding));
        let canonical = position::position(&rope, offset, encoding);
        prop_assert_eq!(position::offset(&rope, canonical, encoding), offset);
    }
}
