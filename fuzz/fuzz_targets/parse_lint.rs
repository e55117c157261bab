//! Parse and lint arbitrary bytes (as UTF-8, lossily): no panic, and every range and fix
//! stays inside the text on character boundaries.
#![no_main]

use caselint_core::{check, Config, LineIndex};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let config = Config::default();
    let diagnostics = check(&text, &config);
    let index = LineIndex::new(&text);
    for d in &diagnostics {
        assert!(d.range.start <= d.range.end && d.range.end() <= text.len());
        assert!(text.is_char_boundary(d.range.start()) && text.is_char_boundary(d.range.end()));
        let _ = index.line_col(d.range.start(), &text);
        for fix in &d.fixes {
            for edit in &fix.edits {
                assert!(edit.range.end() <= text.len());
                assert!(text.is_char_boundary(edit.range.start()) && text.is_char_boundary(edit.range.end()));
            }
            let _ = fix.apply(&text);
        }
    }
});
