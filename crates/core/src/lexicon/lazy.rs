//! Regular expressions compiled at first use.
//!
//! Compiling the phrase tables is most of what a one-file `caselint check` costs: many
//! matchers are only ever tried once a cheaper test has passed (a trigger of S001 once the
//! trigger set says it can match), so a short audit needs few of them. A [`LazyRegex`]
//! keeps its pattern and compiles it the first time it is read; it dereferences to a
//! [`Regex`], so code that reads it is the same as for a compiled one.

use std::fmt;
use std::ops::Deref;
use std::sync::OnceLock;

use regex::Regex;

/// A regular expression compiled the first time it is used.
pub struct LazyRegex {
    pattern: String,
    compiled: OnceLock<Regex>,
}

impl LazyRegex {
    /// `pattern`, to be compiled at first use. A pattern that does not compile (only a
    /// configured phrase could make one) becomes a matcher that matches nothing.
    pub fn new(pattern: String) -> LazyRegex {
        LazyRegex {
            pattern,
            compiled: OnceLock::new(),
        }
    }

    /// The pattern as written.
    pub fn pattern(&self) -> &str {
        &self.pattern
    }

    /// Whether the pattern compiles (tests of the built-in tables).
    pub fn is_valid(&self) -> bool {
        Regex::new(&self.pattern).is_ok()
    }
}

/// A regular expression that matches nothing.
pub fn never() -> Regex {
    Regex::new(r"[^\s\S]").expect("empty matcher is valid")
}

impl Deref for LazyRegex {
    type Target = Regex;

    fn deref(&self) -> &Regex {
        self.compiled
            .get_or_init(|| Regex::new(&self.pattern).unwrap_or_else(|_| never()))
    }
}

impl fmt::Debug for LazyRegex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("LazyRegex").field(&self.pattern).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compiles_at_first_use() {
        let regex = LazyRegex::new(r"(?i)\bseen\b".to_owned());
        assert!(regex.compiled.get().is_none());
        assert!(regex.is_match("Not SEEN since May"));
        assert!(regex.compiled.get().is_some());
        assert_eq!(regex.find("was seen").map(|m| m.start()), Some(4));
    }

    #[test]
    fn an_invalid_pattern_matches_nothing() {
        let regex = LazyRegex::new("(unclosed".to_owned());
        assert!(!regex.is_valid());
        assert!(!regex.is_match("(unclosed"));
        assert!(!regex.is_match(""));
    }
}
