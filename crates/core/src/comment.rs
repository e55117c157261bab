//! HTML comments in an audit, and the suppression comments among them
//! (`<!-- caselint-disable S001: reason -->`, see the SPEC).
//!
//! Both are found by a literal scan for `<!--` and `-->`. They were `regex` patterns, but
//! a document is parsed before any rule runs, and compiling those two patterns at the start
//! of every `caselint check` cost more than the rest of the parse of a small audit: `regex`
//! sets aside 400 KB for its UTF-8 compiler each time, which a fresh process pays for in
//! page faults. The scan matches exactly what the patterns
//! `(?s)<!--.*?-->` and
//! `<!--\s*caselint-(disable-next-line|disable|enable)\b([^>]*?)-->`
//! matched (held to them by the property tests below).

use memchr::memmem;

/// What a suppression comment does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SuppressionKind {
    DisableNextLine,
    Disable,
    Enable,
}

/// A suppression comment: where it is, its kind, and what follows the kind up to `-->`
/// (the codes and the reason, as written).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct SuppressionComment<'t> {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) kind: SuppressionKind,
    pub(crate) codes: &'t str,
}

const OPEN: &str = "<!--";
const CLOSE: &str = "-->";

/// The comments of `text`, in order: each from a `<!--` to the first `-->` after it (an
/// unclosed `<!--` starts none), as byte ranges.
pub(crate) fn comments(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        let start = at + memmem::find(text.as_bytes().get(at..)?, OPEN.as_bytes())?;
        let body = start + OPEN.len();
        let close = body + memmem::find(text.as_bytes().get(body..)?, CLOSE.as_bytes())?;
        at = close + CLOSE.len();
        Some((start, at))
    })
}

/// The suppression comments of `text`, in order. A `<!--` inside a comment that is not a
/// suppression may start one.
pub(crate) fn suppressions(text: &str) -> impl Iterator<Item = SuppressionComment<'_>> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || loop {
        let start = at + memmem::find(text.as_bytes().get(at..)?, OPEN.as_bytes())?;
        if let Some(found) = suppression_at(text, start) {
            at = found.end;
            return Some(found);
        }
        at = start + 1;
    })
}

/// The suppression comment that starts at `start` (where `<!--` is), if one does.
fn suppression_at(text: &str, start: usize) -> Option<SuppressionComment<'_>> {
    let rest = text.get(start + OPEN.len()..)?;
    let rest = rest.trim_start_matches(char::is_whitespace);
    let rest = rest.strip_prefix("caselint-")?;
    // The first of the kinds, in this order, that a word boundary follows.
    let (kind, after) = [
        ("disable-next-line", SuppressionKind::DisableNextLine),
        ("disable", SuppressionKind::Disable),
        ("enable", SuppressionKind::Enable),
    ]
    .into_iter()
    .find_map(|(word, kind)| {
        let after = rest.strip_prefix(word)?;
        let boundary = after
            .chars()
            .next()
            .is_none_or(|c| !regex_syntax::is_word_character(c));
        boundary.then_some((kind, after))
    })?;
    // The codes run to the first `-->`, and hold no `>`.
    let close = memmem::find(after.as_bytes(), CLOSE.as_bytes())?;
    let codes = after.get(..close)?;
    if codes.contains('>') {
        return None;
    }
    let codes_start = text.len() - after.len();
    Some(SuppressionComment {
        start,
        end: codes_start + close + CLOSE.len(),
        kind,
        codes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    static COMMENT: std::sync::LazyLock<regex::Regex> =
        std::sync::LazyLock::new(|| regex::Regex::new(r"(?s)<!--.*?-->").unwrap());
    static SUPPRESSION: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"<!--\s*caselint-(?P<kind>disable-next-line|disable|enable)\b(?P<codes>[^>]*?)-->",
        )
        .unwrap()
    });

    fn by_regex(text: &str) -> (Vec<(usize, usize)>, Vec<(usize, usize, String, String)>) {
        let comments = COMMENT
            .find_iter(text)
            .map(|m| (m.start(), m.end()))
            .collect();
        let suppressions = SUPPRESSION
            .captures_iter(text)
            .map(|c| {
                let whole = c.get(0).unwrap();
                (
                    whole.start(),
                    whole.end(),
                    c["kind"].to_owned(),
                    c["codes"].to_owned(),
                )
            })
            .collect();
        (comments, suppressions)
    }

    fn by_scan(text: &str) -> (Vec<(usize, usize)>, Vec<(usize, usize, String, String)>) {
        let suppressions = suppressions(text)
            .map(|s| {
                let kind = match s.kind {
                    SuppressionKind::DisableNextLine => "disable-next-line",
                    SuppressionKind::Disable => "disable",
                    SuppressionKind::Enable => "enable",
                };
                (s.start, s.end, kind.to_owned(), s.codes.to_owned())
            })
            .collect();
        (comments(text).collect(), suppressions)
    }

    #[test]
    fn comments_and_suppressions_are_found_as_the_patterns_find_them() {
        for text in [
            "",
            "<!-- caselint-disable S001: seen by duty SW 21/11 -->",
            "a <!-- note --> b <!-- caselint-enable --> c",
            "<!--caselint-disable-next-line T001-->",
            "<!-- caselint-disable-next-linex -->",
            "<!-- caselint-disablex -->",
            "<!-- caselint-disable_ -->",
            "<!-- caselint-disable-é -->",
            "<!-- caselint-disableé -->",
            "<!-- caselint-disable a > b -->",
            "<!-- caselint-disable a -- > b --> -->",
            "<!-- x <!-- caselint-disable S001 -->",
            "<!-- unclosed caselint-disable",
            "<!--->",
            "<!---->",
            "<!-- caselint-enable-->",
            "<!--\u{a0}\u{2003}caselint-enable S001-->",
            "<!-- Caselint-disable -->",
            "<!-- caselint-disable S001 --><!-- caselint-enable S001 -->",
        ] {
            assert_eq!(by_scan(text), by_regex(text), "{text:?}");
        }
    }

    proptest::proptest! {
        /// On text made of the comments' own pieces, the scan finds what the patterns do.
        #[test]
        fn the_scan_matches_the_patterns(
            text in "(?:<!--|-->|<!-|->|-|>|<| |\u{a0}|\n|caselint-|disable|-next-line|enable|S001|, |: reason|x|_|é|’){0,24}"
        ) {
            proptest::prop_assert_eq!(by_scan(&text), by_regex(&text));
        }
    }
}
