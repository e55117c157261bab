//! Linting an immutable snapshot of a document and turning the results into LSP terms.

use std::sync::{Arc, Mutex};

use caselint_core::{Config, Document, Fix, LintCache, Severity};
use ropey::Rope;
use serde::{Deserialize, Serialize};
use tower_lsp_server::ls_types::{Diagnostic, DiagnosticSeverity, NumberOrString, Range, Uri};

use crate::position::{self, Encoding};

/// The `source` of every diagnostic caselint publishes.
pub(crate) const SOURCE: &str = "caselint";

/// What is linted: one version of a document, frozen.
#[derive(Clone)]
pub(crate) struct Snapshot {
    pub uri: Uri,
    pub version: i32,
    /// A rope clone is cheap: it shares its nodes with the live document.
    pub rope: Rope,
    pub config: Arc<Config>,
    pub encoding: Encoding,
    /// The document's chunk cache, shared by its snapshots.
    pub cache: Arc<Mutex<LintCache>>,
}

/// The diagnostics of one version of a document.
#[derive(Debug)]
pub(crate) struct Linted {
    pub version: i32,
    pub diagnostics: Vec<Diagnostic>,
    /// The fixes of each diagnostic (same order), in byte offsets of this version's text:
    /// turned into LSP edits only when a code action asks for them.
    pub fixes: Vec<Vec<Fix>>,
    /// Where the front matter ends (a suppression comment cannot go inside it).
    pub front_matter_end: Option<usize>,
    /// Chunks linted afresh and chunks whose findings came from the cache.
    pub chunks_linted: usize,
    pub chunks_reused: usize,
}

/// What a published diagnostic carries in `data`: which lint it came from and where its
/// fixes are kept, so a code action needs no re-lint and a keystroke does not serialise
/// every fix of the document.
#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct DiagnosticData {
    /// The document version the diagnostic (and its fixes) belong to.
    pub version: i32,
    /// Its index in [`Linted::diagnostics`] and [`Linted::fixes`].
    pub index: usize,
}

/// Lint the snapshot. Pure: no IO, no shared state.
pub(crate) fn lint(snapshot: &Snapshot) -> Linted {
    let text = snapshot.rope.to_string();
    // The outline is enough here: each chunk of it is parsed in full when it is linted.
    let doc = Document::parse_outline(&text);
    // Take the cache for this lint; a concurrent lint of the same document (an older
    // version still running) finds it empty and lints in full, which is slower but the same.
    let mut cache = snapshot
        .cache
        .lock()
        .map(|mut cache| std::mem::take(&mut *cache))
        .unwrap_or_default();
    let found = caselint_core::check_cached(&doc, &snapshot.config, &mut cache);
    let (chunks_linted, chunks_reused) = (cache.misses, cache.hits);
    if let Ok(mut shared) = snapshot.cache.lock() {
        *shared = cache;
    }
    let positions = position::Positions::new(&text);
    let encoding = snapshot.encoding;
    let range = |r| positions.range(r, encoding);
    let mut fixes = Vec::with_capacity(found.len());
    let diagnostics = found
        .into_iter()
        .enumerate()
        .map(|(index, d)| {
            fixes.push(d.fixes);
            let data = serde_json::Map::from_iter([
                ("version".to_owned(), snapshot.version.into()),
                ("index".to_owned(), index.into()),
            ]);
            Diagnostic {
                range: range(d.range),
                severity: Some(severity(d.severity)),
                code: Some(NumberOrString::String(d.code.to_owned())),
                source: Some(SOURCE.to_owned()),
                message: d.message,
                data: Some(serde_json::Value::Object(data)),
                ..Diagnostic::default()
            }
        })
        .collect();
    Linted {
        version: snapshot.version,
        diagnostics,
        fixes,
        front_matter_end: doc.front_matter.as_ref().map(|fm| fm.range.end()),
        chunks_linted,
        chunks_reused,
    }
}

pub(crate) fn severity(severity: Severity) -> DiagnosticSeverity {
    match severity {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Info => DiagnosticSeverity::INFORMATION,
    }
}

/// The rule code of a caselint diagnostic.
pub(crate) fn code(diagnostic: &Diagnostic) -> Option<&str> {
    if diagnostic.source.as_deref() != Some(SOURCE) {
        return None;
    }
    match &diagnostic.code {
        Some(NumberOrString::String(code)) => Some(code),
        _ => None,
    }
}

/// Whether `range` holds `pos` (ends included, so a cursor just after a word still counts).
pub(crate) fn contains(range: Range, pos: tower_lsp_server::ls_types::Position) -> bool {
    let key = |p: tower_lsp_server::ls_types::Position| (p.line, p.character);
    key(range.start) <= key(pos) && key(pos) <= key(range.end)
}
