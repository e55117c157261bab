//! Phrase data kept in files under `crates/core/data/`, compiled into the binary.
//!
//! A practice lead reviews and extends these files without reading Rust; each entry
//! carries a note on why it is there. The files are parsed once, the first time a table is
//! needed. They are part of the program, not input: a test parses every one, so a parse
//! failure can only reach a developer's build, never a user.

use serde::de::DeserializeOwned;

/// Who can be the subject of practice and own an action.
pub const ROLES: &str = include_str!("../../data/roles.toml");

/// T002's blame phrases.
pub const BLAME_PHRASES: &str = include_str!("../../data/blame-phrases.toml");

/// T003's deficit labels.
pub const LABELS: &str = include_str!("../../data/labels.toml");

/// A004's vague verbs.
pub const VAGUE_VERBS: &str = include_str!("../../data/vague-verbs.toml");

/// I003's consequence markers.
pub const CONSEQUENCE_MARKERS: &str = include_str!("../../data/consequence-markers.toml");

/// S001's risk-indicator taxonomy.
pub const RISK_INDICATORS: &str = include_str!("../../data/risk-indicators.toml");

/// Parse the built-in data file `name` with contents `text`.
///
/// # Panics
/// When a built-in file does not parse: a developer's error that the tests catch.
pub fn parse<T: DeserializeOwned>(name: &str, text: &str) -> T {
    match toml::from_str(text) {
        Ok(data) => data,
        Err(e) => panic!("built-in phrase data {name} does not parse: {e}"),
    }
}

/// A string of a built-in table, kept for the life of the program as the constants the
/// tables replaced were.
pub fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

/// A list of a built-in table, kept for the life of the program.
pub fn leak_all(list: Vec<String>) -> &'static [&'static str] {
    Box::leak(
        list.into_iter()
            .map(leak)
            .collect::<Vec<_>>()
            .into_boxed_slice(),
    )
}
