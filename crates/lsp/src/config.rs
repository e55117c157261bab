//! Where a document's configuration comes from: `caselint.toml` or `.caselint.toml` found
//! from the document's folder upwards, overridden key by key by the client's settings.
//!
//! Each source is checked on its own, so an error names the file (or "client settings")
//! and the key at fault. A source that turns invalid keeps its last good contents in force.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use caselint_core::config::RawConfig;
use caselint_core::{Config, ConfigError};

pub(crate) use caselint_core::config::{is_config_file, CONFIG_NAMES};

/// The name client settings go by in messages.
pub(crate) const CLIENT_SETTINGS: &str = "client settings";

/// Read client settings: `{"caselint": {…}}` or the settings object itself, in the same
/// kebab-case keys as the TOML file. `null` (or nothing) means no client settings.
pub(crate) fn parse_client_settings(
    value: &serde_json::Value,
) -> Result<Option<RawConfig>, ConfigError> {
    let settings = match value {
        serde_json::Value::Object(map) if map.contains_key("caselint") => &map["caselint"],
        other => other,
    };
    // `null`, and the `[]` an empty Lua table becomes, mean "no settings".
    if settings.is_null() || settings.as_array().is_some_and(Vec::is_empty) {
        return Ok(None);
    }
    let mut settings = settings.clone();
    if let serde_json::Value::Object(map) = &mut settings {
        // vscode-languageclient's own setting, which is not ours to check.
        map.remove("trace");
    }
    let raw: RawConfig = serde_path_to_error::deserialize(settings).map_err(|e| {
        let key = e.path().to_string();
        let key = (key != ".").then_some(key);
        let inner = caselint_core::config::with_suggestion(&e.into_inner().to_string());
        let message = match &key {
            Some(key) => format!("`{key}`: {inner}"),
            None => inner,
        };
        ConfigError {
            source_name: CLIENT_SETTINGS.to_owned(),
            key,
            message,
        }
    })?;
    Config::from_raw(raw.clone(), CLIENT_SETTINGS)?;
    Ok(Some(raw))
}

/// Client settings override the file key by key; severities merge rule by rule.
fn merge(file: Option<&RawConfig>, client: Option<&RawConfig>) -> RawConfig {
    let mut out = file.cloned().unwrap_or_default();
    let Some(client) = client else {
        return out;
    };
    let client = client.clone();
    macro_rules! take {
        ($($field:ident),*) => {
            $(if client.$field.is_some() {
                out.$field = client.$field;
            })*
        };
    }
    if let Some(severity) = client.severity {
        out.severity
            .get_or_insert_with(HashMap::new)
            .extend(severity);
    }
    take!(
        select,
        ignore,
        scale,
        areas,
        lookback_months,
        max_evidence_words,
        max_sentence_words,
        escalation,
        lexicon
    );
    out
}

/// The configuration sources seen so far and the checked configurations built from them.
#[derive(Default)]
pub(crate) struct ConfigStore {
    /// The last good client settings.
    client: Option<RawConfig>,
    /// The last good contents of each configuration file read (`None`: never valid).
    files: HashMap<PathBuf, Option<RawConfig>>,
    /// Checked configurations by the file they come from (`None`: no file).
    built: HashMap<Option<PathBuf>, Arc<Config>>,
}

impl ConfigStore {
    /// Replace the client settings. On error the previous settings stay in force.
    pub(crate) fn set_client_settings(
        &mut self,
        value: &serde_json::Value,
    ) -> Result<(), ConfigError> {
        self.client = parse_client_settings(value)?;
        self.built.clear();
        Ok(())
    }

    /// Read the configuration file at `path` (again). A file that is gone no longer applies;
    /// one that cannot be read or is invalid keeps its last good contents in force.
    pub(crate) fn reload_file(&mut self, path: &Path) -> Result<(), ConfigError> {
        self.built.clear();
        let name = path.display().to_string();
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                self.files.remove(path);
                return Ok(());
            }
            Err(e) => {
                self.files.entry(path.to_path_buf()).or_insert(None);
                return Err(ConfigError {
                    source_name: name,
                    key: None,
                    message: format!("cannot be read: {e}"),
                });
            }
        };
        let checked = Config::from_toml(&text, &name).and_then(|_| {
            toml::from_str::<RawConfig>(&text).map_err(|e| ConfigError {
                source_name: name.clone(),
                key: None,
                message: e.message().to_owned(),
            })
        });
        match checked {
            Ok(raw) => {
                self.files.insert(path.to_path_buf(), Some(raw));
                Ok(())
            }
            Err(e) => {
                self.files.entry(path.to_path_buf()).or_insert(None);
                Err(e)
            }
        }
    }

    /// The configuration file that applies to the document at `doc_path`, read if it has not
    /// been read yet (or always, with `reread`).
    pub(crate) fn file_for(
        &mut self,
        doc_path: Option<&Path>,
        reread: bool,
    ) -> (Option<PathBuf>, Option<ConfigError>) {
        let Some(file) = doc_path
            .and_then(Path::parent)
            .and_then(|dir| caselint_core::config::find_config_file(dir, Path::is_file))
        else {
            return (None, None);
        };
        let error = if reread || !self.files.contains_key(&file) {
            self.reload_file(&file).err()
        } else {
            None
        };
        (Some(file), error)
    }

    /// The checked configuration from `file` (if any) and the client settings.
    pub(crate) fn config(&mut self, file: Option<&Path>) -> Arc<Config> {
        let key = file.map(Path::to_path_buf);
        if let Some(config) = self.built.get(&key) {
            return Arc::clone(config);
        }
        let file_raw = file
            .and_then(|f| self.files.get(f))
            .and_then(Option::as_ref);
        let raw = merge(file_raw, self.client.as_ref());
        let source = match file {
            Some(f) => f.display().to_string(),
            None => CLIENT_SETTINGS.to_owned(),
        };
        // Each source was checked on its own, so the merge is valid too; should it not be,
        // the defaults are safer than a half-applied configuration.
        let config = Arc::new(Config::from_raw(raw, &source).unwrap_or_default());
        self.built.insert(key, Arc::clone(&config));
        config
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use caselint_core::Severity;
    use serde_json::json;

    #[test]
    fn client_settings_are_read_in_kebab_case_with_or_without_the_section() {
        let nested = json!({"caselint": {"max-sentence-words": 12, "trace": {"server": "off"}}});
        let raw = parse_client_settings(&nested).unwrap().unwrap();
        assert_eq!(raw.max_sentence_words, Some(12));
        let direct = json!({"severity": {"W001": "error"}});
        let raw = parse_client_settings(&direct).unwrap().unwrap();
        assert_eq!(raw.severity.unwrap()["W001"], "error");
        assert!(parse_client_settings(&serde_json::Value::Null)
            .unwrap()
            .is_none());
        assert!(parse_client_settings(&json!({"caselint": null}))
            .unwrap()
            .is_none());
        assert!(parse_client_settings(&json!({"caselint": []}))
            .unwrap()
            .is_none());
        assert!(parse_client_settings(&json!({"caselint": {}}))
            .unwrap()
            .is_some());
        assert!(parse_client_settings(&json!([1])).is_err());
    }

    #[test]
    fn client_settings_errors_name_the_key() {
        let cases = [
            (json!({"lookback-month": 3}), "lookback-month"),
            (json!({"lookback-months": "six"}), "lookback-months"),
            (json!({"lookback-months": 0}), "lookback-months"),
            (json!({"severity": {"W001": "loud"}}), "severity.W001"),
            (
                json!({"escalation": {"contacts": [1]}}),
                "escalation.contacts",
            ),
        ];
        for (value, key) in cases {
            let e = parse_client_settings(&value).unwrap_err();
            let shown = e.to_string();
            assert!(shown.starts_with("client settings: "), "{shown}");
            assert!(shown.contains(key), "{value}: {shown}");
        }
    }

    #[test]
    fn client_settings_override_the_file_and_bad_files_keep_the_last_good() {
        let temp = tempfile::tempdir().unwrap();
        let dir = temp.path();
        let sub = dir.join("audits");
        std::fs::create_dir_all(&sub).unwrap();
        let file = dir.join("caselint.toml");
        std::fs::write(
            &file,
            "max-sentence-words = 20\n[severity]\nW001 = \"warning\"\nM001 = \"error\"\n",
        )
        .unwrap();
        let doc = sub.join("jo.audit.md");
        let mut store = ConfigStore::default();
        let (found, error) = store.file_for(Some(&doc), false);
        assert_eq!(found.as_deref(), Some(file.as_path()));
        assert!(error.is_none());
        let config = store.config(found.as_deref());
        assert_eq!(config.max_sentence_words, 20);
        assert_eq!(config.severity("W001"), Some(Severity::Warning));

        store
            .set_client_settings(
                &json!({"caselint": {"max-sentence-words": 30, "severity": {"W001": "error"}}}),
            )
            .unwrap();
        let config = store.config(found.as_deref());
        assert_eq!(config.max_sentence_words, 30);
        assert_eq!(config.severity("W001"), Some(Severity::Error));
        assert_eq!(config.severity("M001"), Some(Severity::Error));

        // An invalid file is reported by key, and the last good contents stay in force.
        std::fs::write(&file, "max-sentence-words = 0\n").unwrap();
        let (_, error) = store.file_for(Some(&doc), true);
        let error = error.unwrap();
        assert_eq!(error.key.as_deref(), Some("max-sentence-words"));
        assert_eq!(
            store.config(found.as_deref()).severity("M001"),
            Some(Severity::Error)
        );

        // Invalid client settings leave the previous ones in force.
        assert!(store
            .set_client_settings(&json!({"max-sentence-words": -1}))
            .is_err());
        assert_eq!(store.config(found.as_deref()).max_sentence_words, 30);

        // A removed file no longer applies.
        std::fs::remove_file(&file).unwrap();
        store.reload_file(&file).unwrap();
        let (found, _) = store.file_for(Some(&doc), false);
        assert!(found.is_none());
        assert_eq!(store.config(None).severity("M001"), Some(Severity::Info));
    }
}
