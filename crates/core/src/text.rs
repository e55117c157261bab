//! Byte ranges and the line index.
//!
//! Everything inside caselint speaks in UTF-8 byte offsets (`u32`). Lines and columns are
//! computed only at the edge (CLI output, JSON, the language server) from a [`LineIndex`].

use serde::Serialize;

/// A half-open range of UTF-8 byte offsets into a document.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct TextRange {
    pub start: u32,
    pub end: u32,
}

impl TextRange {
    pub fn new(start: usize, end: usize) -> Self {
        let start = u32::try_from(start).unwrap_or(u32::MAX);
        let end = u32::try_from(end).unwrap_or(u32::MAX).max(start);
        TextRange { start, end }
    }

    pub fn start(self) -> usize {
        self.start as usize
    }

    pub fn end(self) -> usize {
        self.end as usize
    }

    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    pub fn contains(self, offset: usize) -> bool {
        self.start() <= offset && offset < self.end()
    }

    /// The slice of `text` this range covers, or "" when it does not fit `text`.
    pub fn slice(self, text: &str) -> &str {
        text.get(self.start()..self.end()).unwrap_or("")
    }

    /// A sub-range given relative offsets inside this range.
    pub fn sub(self, start: usize, end: usize) -> TextRange {
        TextRange::new(self.start() + start, self.start() + end)
    }

    /// This range with leading and trailing whitespace of `text` removed.
    pub fn trim(self, text: &str) -> TextRange {
        let s = self.slice(text);
        let lead = s.len() - s.trim_start().len();
        let trail = s.trim_end().len();
        if trail <= lead {
            return TextRange::new(self.start() + lead, self.start() + lead);
        }
        self.sub(lead, trail)
    }
}

/// A 1-based line and a 1-based column counted in Unicode scalar values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct LineCol {
    pub line: u32,
    pub column: u32,
}

/// Line starts of one document version.
#[derive(Clone, Debug)]
pub struct LineIndex {
    line_starts: Vec<u32>,
    len: u32,
    /// Which lines hold only ASCII, where a column is a byte count (`None`: every line
    /// does). Counting characters from the line start for each position would make the
    /// positions of many findings on one long line quadratic.
    ascii_lines: Option<Vec<bool>>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut line_starts = vec![0u32];
        line_starts.extend(
            memchr::memchr_iter(b'\n', text.as_bytes())
                .map(|i| u32::try_from(i + 1).unwrap_or(u32::MAX)),
        );
        let ascii_lines = (!text.is_ascii()).then(|| {
            let bytes = text.as_bytes();
            let ends = line_starts
                .iter()
                .skip(1)
                .map(|&s| s as usize)
                .chain([bytes.len()]);
            line_starts
                .iter()
                .zip(ends)
                .map(|(&start, end)| bytes.get(start as usize..end).is_some_and(<[u8]>::is_ascii))
                .collect()
        });
        LineIndex {
            line_starts,
            len: u32::try_from(text.len()).unwrap_or(u32::MAX),
            ascii_lines,
        }
    }

    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// The 0-based line that holds `offset` (offsets past the end clamp to the last line).
    pub fn line_of(&self, offset: usize) -> usize {
        let offset = u32::try_from(offset).unwrap_or(u32::MAX).min(self.len);
        match self.line_starts.binary_search(&offset) {
            Ok(line) => line,
            Err(next) => next - 1,
        }
    }

    /// The byte range of 0-based `line`, without its line break.
    pub fn line_range(&self, line: usize, text: &str) -> TextRange {
        let Some(&start) = self.line_starts.get(line) else {
            return TextRange::new(text.len(), text.len());
        };
        let end = self
            .line_starts
            .get(line + 1)
            .map_or(text.len(), |&next| next as usize - 1);
        let mut end = end.max(start as usize);
        if end > start as usize && text.as_bytes().get(end - 1) == Some(&b'\r') {
            end -= 1;
        }
        TextRange::new(start as usize, end)
    }

    /// The start offset of 0-based `line`, if the document has that line.
    pub fn line_start(&self, line: usize) -> Option<usize> {
        self.line_starts.get(line).map(|&s| s as usize)
    }

    /// 1-based line and column (in Unicode scalar values) of `offset`.
    /// An offset inside a multi-byte character counts as that character.
    pub fn line_col(&self, offset: usize, text: &str) -> LineCol {
        let offset = offset.min(text.len());
        let line = self.line_of(offset);
        let start = self.line_starts[line] as usize;
        let ascii = self
            .ascii_lines
            .as_ref()
            .is_none_or(|lines| lines.get(line).copied().unwrap_or(false));
        let column = if ascii {
            offset.saturating_sub(start)
        } else {
            text.get(start..)
                .map(|rest| {
                    rest.char_indices()
                        .take_while(|(i, _)| start + i < offset)
                        .count()
                })
                .unwrap_or(0)
        };
        LineCol {
            line: u32::try_from(line + 1).unwrap_or(u32::MAX),
            column: u32::try_from(column + 1).unwrap_or(u32::MAX),
        }
    }
}

/// Where the first byte of `bytes` for which `pred` holds is, looked for 32 bytes at a
/// time: testing a whole block vectorises, where stopping at each byte does not.
pub(crate) fn find_byte(bytes: &[u8], pred: impl Fn(u8) -> bool + Copy) -> Option<usize> {
    let mut offset = 0;
    for block in bytes.chunks(32) {
        if block.iter().fold(false, |any, &b| any | pred(b)) {
            return block.iter().position(|&b| pred(b)).map(|i| offset + i);
        }
        offset += block.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_scalar_values() {
        let text = "ab\nç😀x\r\nend";
        let index = LineIndex::new(text);
        assert_eq!(index.line_col(0, text), LineCol { line: 1, column: 1 });
        assert_eq!(index.line_col(3, text), LineCol { line: 2, column: 1 });
        let x = text.find('x').unwrap();
        assert_eq!(index.line_col(x, text), LineCol { line: 2, column: 3 });
        let end = text.find("end").unwrap();
        assert_eq!(index.line_col(end, text), LineCol { line: 3, column: 1 });
        assert_eq!(index.line_range(1, text).slice(text), "ç😀x");
        assert_eq!(index.line_col(10_000, text).line, 3);
    }

    #[test]
    fn trim_and_slice_never_panic() {
        let text = "  a b  ";
        assert_eq!(TextRange::new(0, 7).trim(text).slice(text), "a b");
        assert_eq!(TextRange::new(0, 2).trim(text).slice(text), "");
        assert_eq!(TextRange::new(5, 100).slice(text), "");
        assert_eq!(TextRange::new(9, 3), TextRange::new(9, 9));
    }

    #[test]
    fn find_byte_finds_the_first_match_in_any_block() {
        let bytes: Vec<u8> = (0..200u8).map(|i| b'a' + i % 26).collect();
        for at in [0, 1, 31, 32, 33, 63, 64, 150, 199] {
            let mut with = bytes.clone();
            with[at] = b'.';
            assert_eq!(find_byte(&with, |b| b == b'.'), Some(at));
            with[at + 1..].iter_mut().step_by(7).for_each(|b| *b = b'.');
            assert_eq!(find_byte(&with, |b| b == b'.'), Some(at));
        }
        assert_eq!(find_byte(&bytes, |b| b == b'.'), None);
        assert_eq!(find_byte(&[], |_| true), None);
    }
}

/// Slicing that cannot panic: `text.part(range)` is `&text[range]`, or `""` when the range
/// is out of bounds or would split a character. The core slices text only this way
/// (`clippy::string_slice` is denied there): a wrong offset gives a missed finding, never a
/// crash on a document.
pub(crate) trait Part {
    fn part<R: std::slice::SliceIndex<str, Output = str>>(&self, range: R) -> &str;
}

/// `trim_end_matches` for a string suffix without building a substring searcher on each
/// call (`str::trim_end_matches(&str)` does; the possessive trims run on every word of some
/// rules): every trailing `suffix` removed.
pub(crate) trait TrimEndStr {
    fn trim_end_str(&self, suffix: &str) -> &str;
}

impl TrimEndStr for str {
    #[inline]
    fn trim_end_str(&self, suffix: &str) -> &str {
        let mut s = self;
        if suffix.is_empty() {
            return s;
        }
        while let Some(rest) = s.strip_suffix(suffix) {
            s = rest;
        }
        s
    }
}

impl Part for str {
    #[inline]
    fn part<R: std::slice::SliceIndex<str, Output = str>>(&self, range: R) -> &str {
        self.get(range).unwrap_or("")
    }
}
