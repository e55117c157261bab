//! The .docx container: a zip of XML parts, read within caps and written back as a copy.

use std::borrow::Cow;
use std::io::{Cursor, Read, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

use crate::form::Styles;
use crate::xml::{Tree, XmlError};
use crate::DocxError;

/// How much of a file caselint reads before it calls the file too large.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// The .docx file itself.
    pub file_bytes: u64,
    /// Entries in the zip.
    pub entries: usize,
    /// One XML part, uncompressed (the document, its styles): a zip bomb stops here.
    pub part_bytes: u64,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            file_bytes: 32 * 1024 * 1024,
            entries: 5_000,
            part_bytes: 64 * 1024 * 1024,
        }
    }
}

const MB: u64 = 1024 * 1024;

pub(crate) struct Package<'a> {
    zip: ZipArchive<Cursor<&'a [u8]>>,
    limits: Limits,
    /// The main document part ("word/document.xml").
    pub document: String,
}

/// An old binary Office file (the OLE container) is a .doc, unless it holds an encrypted
/// package (how Office saves a password-protected .docx).
fn ole(bytes: &[u8]) -> DocxError {
    let name: Vec<u8> = "EncryptedPackage"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    if bytes.windows(name.len()).any(|w| w == name.as_slice()) {
        DocxError::Encrypted
    } else {
        DocxError::OldWord
    }
}

fn xml_error(part: &str, e: XmlError) -> DocxError {
    DocxError::Corrupt(format!("its part {part} is not XML caselint reads: {e}"))
}

/// The directory of a part ("word/" for "word/document.xml").
pub(crate) fn dir_of(part: &str) -> &str {
    part.rfind('/').map(|i| &part[..=i]).unwrap_or("")
}

/// The rels part of a part ("word/_rels/document.xml.rels").
pub(crate) fn rels_of(part: &str) -> String {
    let dir = dir_of(part);
    format!("{dir}_rels/{}.rels", &part[dir.len()..])
}

/// A relationship's target, resolved against the source part's directory.
fn resolve(dir: &str, target: &str) -> String {
    if let Some(absolute) = target.strip_prefix('/') {
        return absolute.to_owned();
    }
    let mut parts: Vec<&str> = dir.split('/').filter(|s| !s.is_empty()).collect();
    for seg in target.split('/') {
        match seg {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            s => parts.push(s),
        }
    }
    parts.join("/")
}

impl<'a> Package<'a> {
    pub(crate) fn open(bytes: &'a [u8], limits: &Limits) -> Result<Package<'a>, DocxError> {
        if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
            return Err(ole(bytes));
        }
        if bytes.len() as u64 > limits.file_bytes {
            return Err(DocxError::TooLarge(format!(
                "it is {} MB, and caselint reads forms up to {} MB (is it full of pictures? a copy without them can be checked)",
                bytes.len() as u64 / MB,
                limits.file_bytes / MB
            )));
        }
        if !bytes.starts_with(b"PK") {
            return Err(DocxError::NotDocx(
                "it is not a zip package, as every .docx is".into(),
            ));
        }
        let zip = ZipArchive::new(Cursor::new(bytes))
            .map_err(|e| DocxError::Corrupt(format!("its zip container cannot be read ({e})")))?;
        if zip.len() > limits.entries {
            return Err(DocxError::TooLarge(format!(
                "its zip holds {} entries, more than the {} caselint reads",
                zip.len(),
                limits.entries
            )));
        }
        let mut package = Package {
            zip,
            limits: *limits,
            document: String::new(),
        };
        package.document = package.main_part()?;
        Ok(package)
    }

    fn has(&self, name: &str) -> bool {
        self.zip.index_for_name(name).is_some()
    }

    /// A part's bytes, within the part cap.
    pub(crate) fn part(&mut self, name: &str) -> Result<Option<Vec<u8>>, DocxError> {
        let cap = self.limits.part_bytes;
        let file = match self.zip.by_name(name) {
            Ok(file) => file,
            Err(zip::result::ZipError::FileNotFound) => return Ok(None),
            Err(e) => {
                return Err(DocxError::Corrupt(format!(
                    "its part {name} cannot be read ({e})"
                )))
            }
        };
        if file.encrypted() {
            return Err(DocxError::Encrypted);
        }
        let too_large = || {
            DocxError::TooLarge(format!(
                "its part {name} is over {} MB uncompressed (caselint stops there: a form's text is far smaller)",
                cap / MB
            ))
        };
        if file.size() > cap {
            return Err(too_large());
        }
        let mut out = Vec::new();
        file.take(cap + 1)
            .read_to_end(&mut out)
            .map_err(|e| DocxError::Corrupt(format!("its part {name} cannot be unpacked ({e})")))?;
        if out.len() as u64 > cap {
            return Err(too_large());
        }
        Ok(Some(out))
    }

    pub(crate) fn tree(&mut self, name: &str) -> Result<Option<Tree>, DocxError> {
        match self.part(name)? {
            Some(bytes) => Tree::parse(&bytes)
                .map(Some)
                .map_err(|e| xml_error(name, e)),
            None => Ok(None),
        }
    }

    /// The targets of a part's relationships of a type (the type's last word: "styles").
    pub(crate) fn related(&mut self, part: &str, kind: &str) -> Result<Vec<String>, DocxError> {
        let rels = rels_of(part);
        let Some(tree) = self.tree(&rels)? else {
            return Ok(Vec::new());
        };
        let dir = dir_of(part).to_owned();
        Ok(tree
            .descendants(tree.root, "Relationship")
            .into_iter()
            .filter(|&r| {
                tree.attr(r, "Type")
                    .is_some_and(|t| t.rsplit('/').next() == Some(kind))
                    && tree.attr(r, "TargetMode") != Some("External")
            })
            .filter_map(|r| tree.attr(r, "Target").map(|t| resolve(&dir, t)))
            .collect())
    }

    fn main_part(&mut self) -> Result<String, DocxError> {
        let from_rels = self.related("", "officeDocument")?;
        let part = from_rels
            .into_iter()
            .next()
            .unwrap_or_else(|| "word/document.xml".to_owned());
        if self.has(&part) {
            Ok(part)
        } else if self.has("content.xml") {
            Err(DocxError::NotDocx(
                "it is an OpenDocument file (.odt); save it as .docx (Word Document) to check it"
                    .into(),
            ))
        } else {
            Err(DocxError::NotDocx(
                "it is a zip without a Word document part (word/document.xml)".into(),
            ))
        }
    }

    /// The main document and its styles.
    pub(crate) fn document(mut self) -> Result<(Tree, Styles), DocxError> {
        let (tree, styles, _) = self.document_parts()?;
        Ok((tree, styles))
    }

    pub(crate) fn document_parts(&mut self) -> Result<(Tree, Styles, Vec<String>), DocxError> {
        let name = self.document.clone();
        let tree = self
            .tree(&name)?
            .ok_or_else(|| DocxError::Corrupt(format!("its part {name} is missing")))?;
        let style_parts = self.related(&name, "styles")?;
        let styles = match style_parts.first() {
            Some(part) => match self.tree(part)? {
                Some(tree) => Styles::parse(&tree),
                None => Styles::default(),
            },
            None => Styles::default(),
        };
        let comments = self.related(&name, "comments")?;
        Ok((tree, styles, comments))
    }

    /// A copy of the package with some parts replaced or added; every other entry is copied
    /// as it was stored (pictures are never unpacked).
    pub(crate) fn rewrite(mut self, replaced: &[(String, Vec<u8>)]) -> Result<Vec<u8>, DocxError> {
        let write_err = |e: zip::result::ZipError| DocxError::Write(e.to_string());
        let mut out = ZipWriter::new(Cursor::new(Vec::new()));
        let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
        let mut done = vec![false; replaced.len()];
        for i in 0..self.zip.len() {
            let entry = self.zip.by_index_raw(i).map_err(|e| {
                DocxError::Corrupt(format!("its zip entry {i} cannot be read ({e})"))
            })?;
            let name: Cow<'_, str> = entry.name().map_err(|e| {
                DocxError::Corrupt(format!("a zip entry's name cannot be read ({e})"))
            })?;
            if let Some(j) = replaced.iter().position(|(n, _)| *n == *name) {
                drop(entry);
                out.start_file(replaced[j].0.as_str(), options)
                    .map_err(write_err)?;
                out.write_all(&replaced[j].1)
                    .map_err(|e| DocxError::Write(e.to_string()))?;
                done[j] = true;
            } else {
                out.raw_copy_file(entry).map_err(write_err)?;
            }
        }
        for (j, (name, bytes)) in replaced.iter().enumerate() {
            if !done[j] {
                out.start_file(name.as_str(), options).map_err(write_err)?;
                out.write_all(bytes)
                    .map_err(|e| DocxError::Write(e.to_string()))?;
            }
        }
        Ok(out.finish().map_err(write_err)?.into_inner())
    }
}

/// A new package from parts, in order (the content types first, as Office writes them).
pub(crate) fn build(parts: &[(&str, String)]) -> Vec<u8> {
    let mut out = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    for (name, text) in parts {
        // Writing to memory cannot fail but for a bug: an empty package then shows it.
        if out.start_file(*name, options).is_err() || out.write_all(text.as_bytes()).is_err() {
            return Vec::new();
        }
    }
    out.finish().map(Cursor::into_inner).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relationship_targets_resolve_against_the_source_directory() {
        assert_eq!(resolve("word/", "styles.xml"), "word/styles.xml");
        assert_eq!(resolve("", "word/document.xml"), "word/document.xml");
        assert_eq!(resolve("word/", "/word/styles.xml"), "word/styles.xml");
        assert_eq!(
            resolve("word/", "../customXml/item1.xml"),
            "customXml/item1.xml"
        );
        assert_eq!(rels_of("word/document.xml"), "word/_rels/document.xml.rels");
        assert_eq!(rels_of(""), "_rels/.rels");
    }
}
