//! Phrase data kept in files under `crates/core/data/`, compiled into the binary.
//!
//! A practice lead reviews and extends these files without reading Rust; each entry
//! carries a note on why it is there. The files are parsed once, the first time a table is
//! needed. They are part of the program, not input: a test parses every one, so a parse
//! failure can only reach a developer's build, never a user.

use serde::de::DeserializeOwned;

/// A data file: its name under `crates/core/data/`, its TOML (the source a practice lead
/// edits) and its JSON (the same values, which `build.rs` writes and the program reads:
/// parsing the TOML was 5 % of a one-audit check).
#[derive(Clone, Copy, Debug)]
pub struct DataFile {
    pub name: &'static str,
    pub toml: &'static str,
    pub json: &'static str,
}

macro_rules! data_file {
    ($name:literal) => {
        DataFile {
            name: concat!($name, ".toml"),
            toml: include_str!(concat!("../../data/", $name, ".toml")),
            json: include_str!(concat!(env!("OUT_DIR"), "/", $name, ".json")),
        }
    };
}

/// Who can be the subject of practice and own an action.
pub const ROLES: DataFile = data_file!("roles");

/// T002's blame phrases.
pub const BLAME_PHRASES: DataFile = data_file!("blame-phrases");

/// T003's deficit labels.
pub const LABELS: DataFile = data_file!("labels");

/// A004's vague verbs.
pub const VAGUE_VERBS: DataFile = data_file!("vague-verbs");

/// I003's consequence markers.
pub const CONSEQUENCE_MARKERS: DataFile = data_file!("consequence-markers");

/// S001's risk-indicator taxonomy.
pub const RISK_INDICATORS: DataFile = data_file!("risk-indicators");

/// Every data file.
pub const ALL: [DataFile; 6] = [
    ROLES,
    BLAME_PHRASES,
    LABELS,
    VAGUE_VERBS,
    CONSEQUENCE_MARKERS,
    RISK_INDICATORS,
];

/// Parse the built-in data file `file` (its JSON form).
///
/// # Panics
/// When a built-in file does not parse: a developer's error that the tests catch.
pub fn parse<T: DeserializeOwned>(file: DataFile) -> T {
    match serde_json::from_str(file.json) {
        Ok(data) => data,
        Err(e) => panic!("built-in phrase data {} does not parse: {e}", file.name),
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The JSON the program reads holds the values of the TOML a practice lead edits.
    #[test]
    fn each_file_is_read_as_its_toml_says() {
        for file in ALL {
            let toml: toml::Value = toml::from_str(file.toml).expect("the TOML parses");
            let from_toml = serde_json::to_value(&toml).expect("a JSON value");
            let json: serde_json::Value = serde_json::from_str(file.json).expect("JSON");
            assert_eq!(json, from_toml, "{}", file.name);
            assert!(file.toml.len() > 1000, "{} is empty", file.name);
        }
    }
}
