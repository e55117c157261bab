//! The text of one open document, and the edits the client sends to it: the part of the
//! server that the fuzzer and the property tests drive directly, without LSP I/O.
//!
//! Ranges are clamped as [`crate::position`] describes (outside the document, past a line's
//! end, inside a line break or a character: the nearest valid place before); a reversed
//! range is put in order. Nothing here panics.

use ropey::Rope;
pub use tower_lsp_server::ls_types::{Position, Range};

use crate::position::{self, Encoding};

/// A document's text as the server holds it.
#[derive(Clone, Debug, Default)]
pub struct TextStore {
    rope: Rope,
}

impl TextStore {
    pub fn new(text: &str) -> TextStore {
        TextStore {
            rope: Rope::from_str(text),
        }
    }

    /// Apply one content change: the whole text when `range` is `None`. Returns whether the
    /// range had to be clamped (a line past the end, or its ends reversed).
    pub fn apply_change(&mut self, range: Option<Range>, text: &str, encoding: Encoding) -> bool {
        apply_change(&mut self.rope, range, text, encoding)
    }

    pub fn text(&self) -> String {
        self.rope.to_string()
    }

    pub fn len_bytes(&self) -> usize {
        self.rope.len_bytes()
    }

    pub fn rope(&self) -> &Rope {
        &self.rope
    }

    /// The byte offset of `position`, clamped.
    pub fn offset(&self, position: Position, encoding: Encoding) -> usize {
        position::offset(&self.rope, position, encoding)
    }

    /// The position of byte `offset`, clamped.
    pub fn position(&self, offset: usize, encoding: Encoding) -> Position {
        position::position(&self.rope, offset, encoding)
    }
}

/// See [`TextStore::apply_change`].
pub(crate) fn apply_change(
    rope: &mut Rope,
    range: Option<Range>,
    text: &str,
    encoding: Encoding,
) -> bool {
    let Some(range) = range else {
        *rope = Rope::from_str(text);
        return false;
    };
    let lines = rope.len_lines() as u32;
    let clamped = range.start.line >= lines || range.end.line >= lines || range.start > range.end;
    let chars = position::char_range(rope, range, encoding);
    let start = chars.start;
    rope.remove(chars);
    rope.insert(start, text);
    clamped
}

/// A plain-`String` reference implementation of the same semantics, written independently
/// of the rope (a line table and char walks). The fuzzer and the property tests check the
/// store against it.
pub mod model {
    use super::{Encoding, Position, Range};

    /// Each line's start and the end of its content (before its line break), in bytes.
    /// Lines break at `\n`, `\r\n` and a lone `\r`, as in LSP.
    pub fn lines(text: &str) -> Vec<(usize, usize)> {
        let bytes = text.as_bytes();
        let mut lines = Vec::new();
        let mut start = 0;
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\r' if bytes.get(i + 1) == Some(&b'\n') => {
                    lines.push((start, i));
                    i += 2;
                    start = i;
                }
                b'\r' | b'\n' => {
                    lines.push((start, i));
                    i += 1;
                    start = i;
                }
                _ => i += 1,
            }
        }
        lines.push((start, bytes.len()));
        lines
    }

    fn width(c: char, encoding: Encoding) -> usize {
        match encoding {
            Encoding::Utf8 => c.len_utf8(),
            Encoding::Utf16 => c.len_utf16(),
            Encoding::Utf32 => 1,
        }
    }

    /// The byte offset of `position`: past the last line, the end; past a line's content,
    /// its end; inside a character, its start.
    pub fn offset(text: &str, position: Position, encoding: Encoding) -> usize {
        let lines = lines(text);
        let Some(&(start, end)) = lines.get(position.line as usize) else {
            return text.len();
        };
        let column = position.character as usize;
        let mut units = 0;
        let mut at = start;
        for c in text[start..end].chars() {
            units += width(c, encoding);
            if units > column {
                break;
            }
            at += c.len_utf8();
        }
        at
    }

    /// The position of byte `offset`: past the end, the end; inside a character, its start;
    /// inside a line break, the end of the line's content.
    pub fn position(text: &str, offset: usize, encoding: Encoding) -> Position {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let lines = lines(text);
        let line = lines
            .iter()
            .rposition(|&(start, _)| start <= offset)
            .unwrap_or(0);
        let (start, end) = lines[line];
        let column: usize = text[start..offset.min(end)]
            .chars()
            .map(|c| width(c, encoding))
            .sum();
        Position::new(line as u32, column as u32)
    }

    /// Apply one content change to `text`, as [`super::TextStore::apply_change`] does.
    pub fn apply_change(
        text: &mut String,
        range: Option<Range>,
        new_text: &str,
        encoding: Encoding,
    ) {
        let Some(range) = range else {
            *text = new_text.to_owned();
            return;
        };
        let a = offset(text, range.start, encoding);
        let b = offset(text, range.end, encoding);
        text.replace_range(a.min(b)..a.max(b), new_text);
    }
}
