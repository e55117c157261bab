//! Configuration parsing of arbitrary text: an error or a configuration, never a panic.
#![no_main]

use caselint_core::Config;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        match Config::from_toml(text, "fuzz.toml") {
            Ok(config) => {
                let _ = config.classify_grade("Good");
                let _ = caselint_core::check("## A\nJudgement: Good\nEvidence: x.\n", &config);
            }
            Err(e) => assert!(e.to_string().starts_with("fuzz.toml: ")),
        }
    }
});
