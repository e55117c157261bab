//! Diagnostics and fixes.

use serde::{Deserialize, Serialize};

use crate::text::{Part, TextRange};

/// How serious a diagnostic is. Ordered: `Info < Warning < Error`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    pub fn parse(value: &str) -> Option<Severity> {
        match value.to_ascii_lowercase().as_str() {
            "info" | "information" | "hint" => Some(Severity::Info),
            "warning" | "warn" => Some(Severity::Warning),
            "error" => Some(Severity::Error),
            _ => None,
        }
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One text replacement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Edit {
    pub range: TextRange,
    pub new_text: String,
}

impl Edit {
    pub fn replace(range: TextRange, new_text: impl Into<String>) -> Edit {
        Edit {
            range,
            new_text: new_text.into(),
        }
    }

    pub fn insert(at: usize, new_text: impl Into<String>) -> Edit {
        Edit::replace(TextRange::new(at, at), new_text)
    }
}

/// Whether a fix keeps the author's meaning. A reflective rewrite changes wording and
/// meaning, so no fix is ever applied without the user choosing it; this only ranks them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Applicability {
    /// Structure only (a scaffold, a grade from the scale).
    Safe,
    /// Rewrites the author's words: review before accepting.
    Unsafe,
}

/// A titled list of sorted, non-overlapping edits.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Fix {
    pub title: String,
    pub edits: Vec<Edit>,
    pub applicability: Applicability,
}

impl Fix {
    pub fn safe(title: impl Into<String>, edits: Vec<Edit>) -> Fix {
        Fix::new(title, edits, Applicability::Safe)
    }

    pub fn rewrite(title: impl Into<String>, edits: Vec<Edit>) -> Fix {
        Fix::new(title, edits, Applicability::Unsafe)
    }

    fn new(title: impl Into<String>, mut edits: Vec<Edit>, applicability: Applicability) -> Fix {
        edits.sort_by_key(|e| e.range);
        Fix {
            title: one_line(title.into()),
            edits,
            applicability,
        }
    }

    /// Apply this fix to `text`. Edits that do not fit the text are skipped.
    pub fn apply(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut pos = 0;
        for edit in &self.edits {
            let (start, end) = (edit.range.start(), edit.range.end());
            if start < pos
                || end > text.len()
                || !text.is_char_boundary(start)
                || !text.is_char_boundary(end)
            {
                continue;
            }
            out.push_str(text.part(pos..start));
            out.push_str(&edit.new_text);
            pos = end;
        }
        out.push_str(text.part(pos..));
        out
    }
}

/// A problem found by a rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub code: &'static str,
    pub name: &'static str,
    pub severity: Severity,
    pub message: String,
    pub range: TextRange,
    pub fixes: Vec<Fix>,
}

/// A title on one line: a quoted, hard-wrapped sentence keeps its words, not its line
/// breaks (an editor shows a title in a one-line menu).
fn one_line(title: String) -> String {
    if !title.contains(['\n', '\r', '\t']) {
        return title;
    }
    title.split_whitespace().collect::<Vec<_>>().join(" ")
}
