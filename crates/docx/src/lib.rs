//! Word audit forms (.docx) for caselint.
//!
//! - [`read`] turns a form into the Markdown audit every rule reads, and keeps a map from
//!   each byte of it back to the form ([`Form::place`]: paragraph, table cell, character).
//! - [`annotate`] writes a copy of the form with a Word comment per finding and, when asked,
//!   each first rewrite as a tracked change.
//! - [`template`] writes the audit template as a form.
//!
//! The zip container is read with `zip` and the XML with `quick-xml`; both are capped (file
//! size, entries, uncompressed size) and a document type declaration is refused, so a zip
//! bomb or an entity bomb is an error, never a hang.

mod annotate;
mod form;
mod package;
mod template;
mod xml;

pub use annotate::{annotate, Annotated, Author, Change, Note};
pub use form::{Container, ReadOptions};
pub use package::Limits;
pub use template::{template, TemplateOptions};

use form::{Line, Para};

/// Why a file is not a form caselint can read or annotate. The message names no document
/// text (it may be printed or logged).
#[derive(Debug, thiserror::Error)]
pub enum DocxError {
    #[error("this is an old-format Word document (.doc); open it in Word or LibreOffice and save it as .docx (Word Document) to check it")]
    OldWord,
    #[error("this Word document is password-protected (encrypted); remove the password in Word (File, Info, Protect Document) and check the copy")]
    Encrypted,
    #[error("this is not a Word document (.docx): {0}")]
    NotDocx(String),
    #[error("this Word document is damaged: {0}")]
    Corrupt(String),
    #[error("this Word document is too large for caselint: {0}")]
    TooLarge(String),
    #[error("cannot write the annotated copy: {0}")]
    Write(String),
}

/// A form read as an audit.
#[derive(Clone, Debug)]
pub struct Form {
    /// The audit text every rule reads: front matter from the form's facts, areas, section
    /// labels, one line per paragraph.
    pub text: String,
    lines: Vec<Line>,
    paras: Vec<ParaPlace>,
}

#[derive(Clone, Debug)]
struct ParaPlace {
    text: String,
    container: Container,
    /// Counted from 1 over the form's non-empty paragraphs.
    number: usize,
}

/// Where a byte of [`Form::text`] is in the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    /// The paragraph, counted from 1 over the form's non-empty paragraphs in reading order
    /// (body, tables, text boxes).
    pub paragraph: usize,
    /// The character in that paragraph, from 1.
    pub column: usize,
    pub container: Container,
}

impl Form {
    fn new(text: String, lines: Vec<Line>, paras: &[Para]) -> Form {
        let mut number = 0;
        let paras = paras
            .iter()
            .map(|p| {
                if !p.text.trim().is_empty() {
                    number += 1;
                }
                ParaPlace {
                    text: p.text.clone(),
                    container: p.container,
                    number: number.max(1),
                }
            })
            .collect();
        Form { text, lines, paras }
    }

    /// The paragraph (index) and byte offset in its text of `offset` in the audit text; an
    /// `end` offset at a line's end stays on that line.
    fn locate(&self, offset: usize, end: bool) -> Option<(usize, usize)> {
        if self.lines.is_empty() {
            return None;
        }
        let probe = if end && offset > 0 {
            offset - 1
        } else {
            offset
        };
        let i = self
            .lines
            .partition_point(|l| l.start <= probe)
            .saturating_sub(1);
        let line = self.lines[i];
        let within = offset.clamp(line.start, line.end) - line.start;
        let at = if line.literal {
            line.at + within
        } else {
            line.at
        };
        Some((line.para, at.min(self.paras[line.para].text.len())))
    }

    /// Whether `offset` is in (or at the end of) the form's own words, not in a label or
    /// marker caselint wrote: only there can a rewrite become a tracked change.
    pub fn is_literal(&self, offset: usize) -> bool {
        let i = self.lines.partition_point(|l| l.start <= offset);
        i > 0 && {
            let line = self.lines[i - 1];
            line.literal && offset <= line.end
        }
    }

    /// Where `offset` (a byte of [`Form::text`]) is in the form.
    pub fn place(&self, offset: usize) -> Place {
        match self.locate(offset, false) {
            Some((para, at)) => {
                let p = &self.paras[para];
                let at = floor_char(&p.text, at);
                Place {
                    paragraph: p.number,
                    column: p.text[..at].chars().count() + 1,
                    container: p.container,
                }
            }
            None => Place {
                paragraph: 1,
                column: 1,
                container: Container::Body,
            },
        }
    }

    /// The paragraph's text that `offset` falls in, for showing the finding in context.
    pub fn paragraph_text(&self, offset: usize) -> &str {
        self.locate(offset, false)
            .map(|(p, _)| self.paras[p].text.as_str())
            .unwrap_or("")
    }

    /// How many paragraphs with text the form has.
    pub fn paragraphs(&self) -> usize {
        self.paras.last().map(|p| p.number).unwrap_or(0)
    }
}

fn floor_char(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Read a form (the bytes of a .docx file) as an audit.
pub fn read(bytes: &[u8], options: &ReadOptions, limits: &Limits) -> Result<Form, DocxError> {
    let package = package::Package::open(bytes, limits)?;
    let (tree, styles) = package.document()?;
    let paras = form::paragraphs(&tree, &styles);
    let (text, lines) = form::audit_text(&paras, options);
    Ok(Form::new(text, lines, &paras))
}

/// Whether these bytes start like a Word file (a zip or an OLE container).
pub fn looks_like_word(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0])
}
