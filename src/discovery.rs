//! Finding audit files and the configuration that applies to each.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use caselint_core::config::find_config_file;
use caselint_core::Config;

/// File names that hold audits when a directory is searched.
pub(crate) fn is_audit_file(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let lower = name.to_ascii_lowercase();
    // Word keeps "~$name.docx" beside a form while it is open: a lock file, not a form.
    lower.ends_with(".audit.md")
        || lower.ends_with(".audit.txt")
        || lower.ends_with(".audit")
        || (lower.ends_with(".audit.docx") && !lower.starts_with("~$"))
}

/// Every audit file under `dir`, sorted, skipping hidden directories and `target`/`node_modules`.
pub(crate) fn audit_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut files = Vec::new();
    let walker = walkdir::WalkDir::new(dir)
        .follow_links(true)
        .into_iter()
        .filter_entry(|e| {
            let name = e.file_name().to_str().unwrap_or("");
            e.depth() == 0
                || !(e.file_type().is_dir()
                    && (name.starts_with('.') || name == "target" || name == "node_modules"))
        });
    for entry in walker {
        let entry = entry.map_err(|e| e.to_string())?;
        if entry.file_type().is_file() && is_audit_file(entry.path()) {
            files.push(entry.into_path());
        }
    }
    files.sort();
    Ok(files)
}

/// Configurations found from each file's folder upwards (by the rule the language server
/// uses too, `caselint_core::config::find_config_file`), each file read once.
pub(crate) struct ConfigFinder {
    explicit: Option<Arc<Config>>,
    /// The configuration file that applies in each folder seen.
    file_by_dir: HashMap<PathBuf, Option<PathBuf>>,
    /// Each configuration file read, checked.
    by_file: HashMap<PathBuf, Result<Arc<Config>, String>>,
    default: Arc<Config>,
}

impl ConfigFinder {
    /// With `--config PATH`, that file applies to every audit.
    pub(crate) fn new(explicit: Option<&Path>) -> Result<ConfigFinder, String> {
        let explicit = match explicit {
            Some(path) => Some(Arc::new(load(path)?)),
            None => None,
        };
        Ok(ConfigFinder {
            explicit,
            file_by_dir: HashMap::new(),
            by_file: HashMap::new(),
            default: Arc::new(Config::default()),
        })
    }

    /// The configuration for a file in `dir`, or the error of the file that applies.
    pub(crate) fn for_dir(&mut self, dir: &Path) -> Result<Arc<Config>, String> {
        if let Some(config) = &self.explicit {
            return Ok(Arc::clone(config));
        }
        let dir = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
        let file = self
            .file_by_dir
            .entry(dir)
            .or_insert_with_key(|dir| find_config_file(dir, Path::is_file));
        match file {
            Some(path) => self
                .by_file
                .entry(path.clone())
                .or_insert_with_key(|path| load(path).map(Arc::new))
                .clone(),
            None => Ok(Arc::clone(&self.default)),
        }
    }
}

fn load(path: &Path) -> Result<Config, String> {
    if path.is_dir() {
        return Err(format!(
            "{}: is a directory, not a configuration file",
            path.display()
        ));
    }
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{}: cannot read the configuration: {e}", path.display()))?;
    Config::from_toml(&text, &path.display().to_string()).map_err(|e| e.to_string())
}
