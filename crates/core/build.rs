//! Converts the phrase data under `data/` from TOML, the form a practice lead reviews and
//! extends, to JSON, which the program reads at run time.
//!
//! The TOML files stay the one source of the data. Parsing them was 5 % of a one-audit
//! `caselint check` (4.9 M instructions for 66 KB); the same values read as JSON take a
//! fraction of it. A file that does not parse stops the build, naming the file and the
//! error.

use std::path::Path;

/// The data files, by name under `data/`.
const FILES: &[&str] = &[
    "blame-phrases",
    "consequence-markers",
    "labels",
    "risk-indicators",
    "roles",
    "vague-verbs",
];

fn main() {
    let out = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    for name in FILES {
        let source = Path::new("data").join(format!("{name}.toml"));
        println!("cargo:rerun-if-changed={}", source.display());
        let text = std::fs::read_to_string(&source)
            .unwrap_or_else(|e| panic!("{} cannot be read: {e}", source.display()));
        let value: toml::Value = toml::from_str(&text)
            .unwrap_or_else(|e| panic!("{} does not parse: {e}", source.display()));
        let json = serde_json::to_string(&value)
            .unwrap_or_else(|e| panic!("{} has no JSON form: {e}", source.display()));
        std::fs::write(Path::new(&out).join(format!("{name}.json")), json)
            .unwrap_or_else(|e| panic!("the JSON of {} cannot be written: {e}", source.display()));
    }
    println!("cargo:rerun-if-changed=build.rs");
}
