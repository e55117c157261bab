//! Every fix of every finding, applied to arbitrary text: its edits are in bounds, on
//! character boundaries, sorted and not overlapping, and the rewritten text lints again
//! without a panic (a fix never makes text caselint cannot read).
#![no_main]

use caselint_core::{check, Config};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let config = Config::default();
    for d in check(&text, &config) {
        for fix in &d.fixes {
            let mut last_end = 0;
            for edit in &fix.edits {
                let (start, end) = (edit.range.start(), edit.range.end());
                assert!(start <= end && end <= text.len(), "{}: edit out of bounds", d.code);
                assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
                assert!(start >= last_end, "{}: edits overlap or are out of order", d.code);
                last_end = end;
            }
            let fixed = fix.apply(&text);
            let _ = check(&fixed, &config);
        }
    }
});
