//! Where a finding is, for every output format: line and column in a text audit; paragraph,
//! character, table cell, area and section in a Word form.

use std::cell::OnceCell;

use caselint_core::document::SectionKind;
use caselint_core::{Document, LineCol, LineIndex, TextRange};
use caselint_docx::{Container, Form};
use serde::Serialize;

use super::FileReport;

pub(crate) struct Locator<'a> {
    text: &'a str,
    index: LineIndex,
    form: Option<&'a Form>,
    doc: OnceCell<Document>,
}

/// A finding's place in a Word form.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct WordPlace {
    /// Counted from 1 over the form's paragraphs with text, in reading order.
    pub paragraph: usize,
    /// The character in the paragraph, from 1.
    pub column: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub table: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub row: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cell: Option<usize>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub text_box: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub area: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub section: Option<&'static str>,
    /// The flagged words (at most 80 characters, on one line).
    pub quote: String,
}

impl WordPlace {
    /// "Assessment › Evidence, table 2, row 3, cell 2, paragraph 7".
    pub(crate) fn describe(&self) -> String {
        let mut parts = Vec::new();
        match (&self.area, self.section) {
            (Some(area), Some(section)) if !area.is_empty() => {
                parts.push(format!("{area} \u{203a} {section}"))
            }
            (Some(area), None) if !area.is_empty() => parts.push(area.clone()),
            (_, Some(section)) => parts.push(section.to_owned()),
            _ => {}
        }
        if let (Some(t), Some(r), Some(c)) = (self.table, self.row, self.cell) {
            parts.push(format!("table {t}, row {r}, cell {c}"));
        }
        if self.text_box {
            parts.push("text box".to_owned());
        }
        parts.push(format!("paragraph {}", self.paragraph));
        parts.join(", ")
    }
}

/// At most `max` characters of `text` on one line, with an ellipsis when cut.
fn quote(text: &str, max: usize) -> String {
    let one_line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= max {
        return one_line;
    }
    let cut: String = one_line.chars().take(max - 1).collect();
    format!("{}\u{2026}", cut.trim_end())
}

impl<'a> Locator<'a> {
    pub(crate) fn new(report: &'a FileReport) -> Locator<'a> {
        Locator {
            text: &report.text,
            index: LineIndex::new(&report.text),
            form: report.form.as_deref(),
            doc: OnceCell::new(),
        }
    }

    /// Line and column; in a Word form, paragraph and character.
    pub(crate) fn line_col(&self, offset: usize) -> LineCol {
        match self.form {
            Some(form) => {
                let place = form.place(offset);
                LineCol {
                    line: u32::try_from(place.paragraph).unwrap_or(u32::MAX),
                    column: u32::try_from(place.column).unwrap_or(u32::MAX),
                }
            }
            None => self.index.line_col(offset, self.text),
        }
    }

    pub(crate) fn is_word(&self) -> bool {
        self.form.is_some()
    }

    /// The place in the Word form, for a form.
    pub(crate) fn word(&self, range: TextRange) -> Option<WordPlace> {
        let form = self.form?;
        let place = form.place(range.start());
        let (table, row, cell) = match place.container {
            Container::Cell { table, row, cell } => (Some(table), Some(row), Some(cell)),
            _ => (None, None, None),
        };
        let doc = self.doc.get_or_init(|| Document::parse(self.text));
        let area = doc
            .areas
            .iter()
            .rev()
            .find(|a| a.range.start() <= range.start() && range.start() <= a.range.end());
        let section = area.and_then(|a| {
            a.sections
                .iter()
                .rev()
                .find(|s| s.label.start() <= range.start())
                .map(|s| s.kind)
        });
        let end = range.end().min(self.text.len());
        let start = range.start().min(end);
        Some(WordPlace {
            paragraph: place.paragraph,
            column: place.column,
            table,
            row,
            cell,
            text_box: place.container == Container::TextBox,
            area: area.map(|a| a.name.clone()).filter(|n| !n.is_empty()),
            section: section.map(SectionKind::label),
            quote: quote(self.text.get(start..end).unwrap_or(""), 80),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_are_one_line_and_cut_with_an_ellipsis() {
        assert_eq!(quote("did not\n  engage", 80), "did not engage");
        assert_eq!(quote("abcdef ghij", 8), "abcdef\u{2026}");
    }

    #[test]
    fn a_place_describes_area_section_cell_and_paragraph() {
        let place = WordPlace {
            paragraph: 7,
            column: 3,
            table: Some(2),
            row: Some(3),
            cell: Some(2),
            text_box: false,
            area: Some("Assessment".into()),
            section: Some("Evidence"),
            quote: String::new(),
        };
        assert_eq!(
            place.describe(),
            "Assessment \u{203a} Evidence, table 2, row 3, cell 2, paragraph 7"
        );
    }
}
