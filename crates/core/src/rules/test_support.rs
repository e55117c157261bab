//! One `check(input)` helper for every rule's unit tests.

use crate::config::Config;
use crate::diagnostic::Diagnostic;

pub(crate) fn check(text: &str) -> Vec<Diagnostic> {
    crate::check(text, &Config::default())
}

pub(crate) fn codes(text: &str) -> Vec<&'static str> {
    check(text).iter().map(|d| d.code).collect()
}

/// The first diagnostic of `code`; fails when the rule stays silent.
#[track_caller]
pub(crate) fn fires(code: &str, text: &str) -> Diagnostic {
    let all = check(text);
    match all.iter().find(|d| d.code == code) {
        Some(d) => d.clone(),
        None => panic!(
            "{code} should fire on {text:?}; got {:?}",
            all.iter().map(|d| d.code).collect::<Vec<_>>()
        ),
    }
}

#[track_caller]
pub(crate) fn silent(code: &str, text: &str) {
    let all = check(text);
    if let Some(d) = all.iter().find(|d| d.code == code) {
        panic!("{code} should be silent on {text:?}; fired: {}", d.message);
    }
}

/// Applying fix number `index` of the first `code` diagnostic turns `text` into `want`.
#[track_caller]
pub(crate) fn assert_fix(text: &str, code: &str, index: usize, want: &str) {
    let d = fires(code, text);
    let fix = d
        .fixes
        .get(index)
        .unwrap_or_else(|| panic!("{code} has no fix {index}: {:?}", d.fixes));
    assert_eq!(fix.apply(text), want, "fix {:?}", fix.title);
}
