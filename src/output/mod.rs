//! Reports of `caselint check`, one module per `--format`: [`human`], [`json`], [`sarif`],
//! [`github`], [`concise`], and the moderator's [`summary`]. Each takes the
//! [`FileReport`]s of a run; [`locate`] turns byte offsets into the places each format
//! names (line and column, or paragraph and table cell in a Word form).

use std::sync::Arc;

use caselint_core::{Config, Diagnostic};

pub(crate) mod concise;
pub(crate) mod github;
pub(crate) mod human;
pub(crate) mod json;
pub(crate) mod locate;
pub(crate) mod sarif;
pub(crate) mod summary;

/// One linted file.
pub(crate) struct FileReport {
    /// The path as the user gave it or as found under a directory; `-` for standard input.
    pub path: String,
    pub text: String,
    pub diagnostics: Vec<Diagnostic>,
    /// The configuration that applied to this file.
    pub config: Arc<Config>,
    /// A Word form: `text` is the audit read from it, and this maps it back to the form.
    pub form: Option<Arc<caselint_docx::Form>>,
}

/// The envelope of the JSON reports (`--format json`, and with `--summary`):
/// `{"version": 1, "files": […]}`, each file as the format writes it.
#[derive(serde::Serialize)]
pub(crate) struct JsonReport<F> {
    pub(crate) version: u32,
    pub(crate) files: Vec<F>,
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// `text` linted with the default configuration, as a report of `path`.
    pub(crate) fn report(path: &str, text: &str) -> FileReport {
        let config = Arc::new(caselint_core::Config::default());
        FileReport {
            path: path.to_owned(),
            text: text.to_owned(),
            diagnostics: caselint_core::check(text, &config),
            config,
            form: None,
        }
    }
}
