//! Conversion between caselint's UTF-8 byte offsets and LSP positions, done only here at the
//! edge, from the document's rope (O(log n) per conversion, never a rescan from the start).
//!
//! The rope is built with `cr_lines` only, so its lines break exactly where LSP's do: at
//! `\n`, `\r\n` and a lone `\r`. Positions that fall outside the document, past the end of a
//! line, inside a line break or inside a character (a surrogate pair, or a multi-byte UTF-8
//! sequence) are clamped to the nearest valid place before them; nothing here panics.

use caselint_core::TextRange;
use ropey::Rope;
use tower_lsp_server::ls_types::{Position, PositionEncodingKind, Range};

/// The negotiated position encoding.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Encoding {
    /// Columns in UTF-8 code units (bytes).
    Utf8,
    /// Columns in UTF-16 code units: the LSP default.
    #[default]
    Utf16,
    /// Columns in Unicode scalar values (chars). Never negotiated; for tools and tests.
    Utf32,
}

impl Encoding {
    /// UTF-8 when the client offers it, else UTF-16 (which every client must support).
    pub fn negotiate(offered: Option<&[PositionEncodingKind]>) -> Encoding {
        match offered {
            Some(kinds) if kinds.contains(&PositionEncodingKind::UTF8) => Encoding::Utf8,
            _ => Encoding::Utf16,
        }
    }

    pub fn kind(self) -> PositionEncodingKind {
        match self {
            Encoding::Utf8 => PositionEncodingKind::UTF8,
            Encoding::Utf16 => PositionEncodingKind::UTF16,
            Encoding::Utf32 => PositionEncodingKind::UTF32,
        }
    }
}

/// The number of chars of `line` before its line break.
fn content_chars(rope: &Rope, line: usize) -> usize {
    let slice = rope.line(line);
    let n = slice.len_chars();
    match n.checked_sub(1).map(|last| slice.char(last)) {
        Some('\n') if n >= 2 && slice.char(n - 2) == '\r' => n - 2,
        Some('\n' | '\r') => n - 1,
        _ => n,
    }
}

/// The LSP position of byte `offset`. An offset past the end clamps to the end; one inside a
/// character counts as that character's start; one inside a line break as the line's end.
pub(crate) fn position(rope: &Rope, offset: usize, encoding: Encoding) -> Position {
    let offset = offset.min(rope.len_bytes());
    let char_idx = rope.byte_to_char(offset);
    let line = rope.char_to_line(char_idx);
    let line_start = rope.line_to_char(line);
    let char_idx = char_idx.min(line_start + content_chars(rope, line));
    let column = match encoding {
        Encoding::Utf8 => rope.char_to_byte(char_idx) - rope.char_to_byte(line_start),
        Encoding::Utf16 => rope.char_to_utf16_cu(char_idx) - rope.char_to_utf16_cu(line_start),
        Encoding::Utf32 => char_idx - line_start,
    };
    Position::new(saturate(line), saturate(column))
}

/// The LSP range of a byte range.
pub(crate) fn range(rope: &Rope, range: TextRange, encoding: Encoding) -> Range {
    Range::new(
        position(rope, range.start(), encoding),
        position(rope, range.end(), encoding),
    )
}

/// The char index of an LSP position, clamped as described in the module documentation.
pub(crate) fn char_index(rope: &Rope, position: Position, encoding: Encoding) -> usize {
    let line = position.line as usize;
    if line >= rope.len_lines() {
        return rope.len_chars();
    }
    let line_start = rope.line_to_char(line);
    let line_end = line_start + content_chars(rope, line);
    let column = position.character as usize;
    match encoding {
        Encoding::Utf8 => {
            let start = rope.char_to_byte(line_start);
            let end = rope.char_to_byte(line_end);
            rope.byte_to_char(start.saturating_add(column).min(end))
        }
        Encoding::Utf16 => {
            let start = rope.char_to_utf16_cu(line_start);
            let end = rope.char_to_utf16_cu(line_end);
            rope.utf16_cu_to_char(start.saturating_add(column).min(end))
        }
        Encoding::Utf32 => line_start.saturating_add(column).min(line_end),
    }
}

/// The byte offset of an LSP position, clamped to a character boundary inside the document.
pub(crate) fn offset(rope: &Rope, position: Position, encoding: Encoding) -> usize {
    rope.char_to_byte(char_index(rope, position, encoding))
}

/// The char range of an LSP range, with its ends in order.
pub(crate) fn char_range(rope: &Rope, range: Range, encoding: Encoding) -> std::ops::Range<usize> {
    let start = char_index(rope, range.start, encoding);
    let end = char_index(rope, range.end, encoding);
    start.min(end)..start.max(end)
}

/// Byte offsets to positions for many offsets of one text: the lines are found once (where
/// the rope breaks them: `\n`, `\r\n`, a lone `\r`), then each offset costs a binary search
/// and a count along its own line. Gives what [`position`] gives on a rope of the same text.
pub(crate) struct Positions<'a> {
    text: &'a str,
    /// The start of each line.
    starts: Vec<usize>,
}

impl<'a> Positions<'a> {
    pub(crate) fn new(text: &'a str) -> Positions<'a> {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            // The CR of a CRLF is not a break of its own.
            if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                continue;
            }
            starts.push(i + 1);
        }
        Positions { text, starts }
    }

    /// The LSP position of byte `offset`, clamped as [`position`] clamps.
    pub(crate) fn position(&self, offset: usize, encoding: Encoding) -> Position {
        let text = self.text;
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        // The end of the line's content: before its line break.
        let end = match self.starts.get(line + 1) {
            Some(&next) if text.as_bytes()[..next].ends_with(b"\r\n") => next - 2,
            Some(&next) => next - 1,
            None => text.len(),
        };
        let content = &text[start..offset.min(end)];
        let column = match encoding {
            Encoding::Utf8 => content.len(),
            Encoding::Utf16 => content.chars().map(char::len_utf16).sum(),
            Encoding::Utf32 => content.chars().count(),
        };
        Position::new(saturate(line), saturate(column))
    }

    /// The LSP range of a byte range.
    pub(crate) fn range(&self, range: TextRange, encoding: Encoding) -> Range {
        Range::new(
            self.position(range.start(), encoding),
            self.position(range.end(), encoding),
        )
    }
}

fn saturate(value: usize) -> u32 {
    u32::try_from(value).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pos(line: u32, character: u32) -> Position {
        Position::new(line, character)
    }

    #[test]
    fn utf16_counts_surrogate_pairs_and_utf8_counts_bytes() {
        let text = "a😀b\r\nçx\rend\n";
        let rope = Rope::from_str(text);
        let b = text.find('b').unwrap();
        assert_eq!(position(&rope, b, Encoding::Utf16), pos(0, 3));
        assert_eq!(position(&rope, b, Encoding::Utf8), pos(0, 5));
        let x = text.find('x').unwrap();
        assert_eq!(position(&rope, x, Encoding::Utf16), pos(1, 1));
        assert_eq!(position(&rope, x, Encoding::Utf8), pos(1, 2));
        // A lone CR is a line break for LSP.
        let end = text.find("end").unwrap();
        assert_eq!(position(&rope, end, Encoding::Utf16), pos(2, 0));
        assert_eq!(position(&rope, text.len(), Encoding::Utf16), pos(3, 0));
        for encoding in [Encoding::Utf8, Encoding::Utf16] {
            for offset in [0, b, x, end, text.len()] {
                let p = position(&rope, offset, encoding);
                assert_eq!(
                    super::offset(&rope, p, encoding),
                    offset,
                    "{encoding:?} {p:?}"
                );
            }
        }
    }

    #[test]
    fn positions_are_clamped() {
        let text = "a😀b\r\nçx\n";
        let rope = Rope::from_str(text);
        let crlf = text.find('\r').unwrap();
        // Inside the surrogate pair: the emoji's start.
        assert_eq!(offset(&rope, pos(0, 2), Encoding::Utf16), 1);
        // Inside the emoji's UTF-8 bytes: its start.
        assert_eq!(offset(&rope, pos(0, 3), Encoding::Utf8), 1);
        // Past the end of a line: the line's end, before its break.
        assert_eq!(offset(&rope, pos(0, 99), Encoding::Utf16), crlf);
        // Past the last line: the end of the document.
        assert_eq!(offset(&rope, pos(42, 0), Encoding::Utf16), text.len());
        assert_eq!(
            offset(&rope, pos(u32::MAX, u32::MAX), Encoding::Utf8),
            text.len()
        );
        // Offsets inside a line break or a character, or past the end.
        assert_eq!(position(&rope, crlf + 1, Encoding::Utf16), pos(0, 4));
        assert_eq!(position(&rope, 2, Encoding::Utf16), pos(0, 1));
        assert_eq!(position(&rope, 10_000, Encoding::Utf16), pos(2, 0));
        let r = char_range(&rope, Range::new(pos(1, 1), pos(0, 0)), Encoding::Utf16);
        assert_eq!(r, 0..6);
    }

    #[test]
    fn negotiation_prefers_utf8_when_offered() {
        let both = [PositionEncodingKind::UTF16, PositionEncodingKind::UTF8];
        assert_eq!(Encoding::negotiate(Some(&both)), Encoding::Utf8);
        assert_eq!(
            Encoding::negotiate(Some(&[PositionEncodingKind::UTF32])),
            Encoding::Utf16
        );
        assert_eq!(Encoding::negotiate(None), Encoding::Utf16);
    }
}
