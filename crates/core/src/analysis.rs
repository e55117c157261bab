//! Shared reading of evidence: the shortcomings it records.
//!
//! Used by A001 (an area whose evidence records shortcomings needs actions) and J004
//! (judgement and evidence must match).

use std::sync::LazyLock;

use regex::Regex;

use crate::text::TextRange;

/// Shortcoming patterns: negated practice events, delay, drift, out-of-date or missing
/// documents. Praise in negated form ("did not hesitate", "no drift") is excluded below.
static SHORTFALL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)
        \b(?:has|have|had|was|were|is|are)\s+(?:not|n't)\s+(?:yet\s+|been\s+|always\s+)*(?:\w+ed|seen|sought|made|done|held|met|taken|given|shared|written|begun|started|undertaken|completed|agreed|reviewed|updated|actioned|followed|revisited|arranged|considered|recorded|progressed|addressed|tested|explored|informed|included)\b
      | \b(?:hasn't|haven't|hadn't|wasn't|weren't|isn't|aren't)\b
      | \b(?:did|does|do)\s+not\b | \b(?:didn't|doesn't|don't)\b
      | \bnot\s+(?:yet\s+)?(?:been\s+)?(?:seen|completed|updated|reviewed|recorded|started|agreed|actioned|made|followed\s+up|revisited|circulated|sought|considered|in\s+place)\b
      | \b(?:no|without\s+a?n?)\s+(?:recorded\s+|clear\s+|up-to-date\s+|agreed\s+|named\s+)?(?:plan|assessment|rationale|evidence|record|contingency|owner|timescales?|management\s+oversight|supervision|chronology|direct\s+work|safety\s+plan|visits?)\b
      | \b(?:overdue|out\s+of\s+date|out-of-date|outstanding|delay(?:ed|s)?|drift(?:ed|ing)?|lapsed|missed|late|over\s+timescale|outside\s+(?:of\s+)?timescales?|unclear|unaddressed|not\s+known|unknown|gaps?\b|limited|brief|generic|absent|lack\s+of|lacks|lacking)\b
      | \bstill\s+(?:not|waiting|outstanding|awaited)\b
        ",
    )
    .expect("shortfall pattern is valid")
});

static PRAISE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)
        \b(?:did|does|do|has|have|had)\s*(?:not|n't)\s+(?:hesitate|miss(?:ed)?|fail(?:ed)?|waver(?:ed)?|delay(?:ed)?|stop(?:ped)?|give\s+up|lose|lost)\b
      | \bnever\s+(?:missed|failed|delayed)\b
      | \bno\s+(?:drift|delay|gaps?)\b
      | \bwithout\s+(?:delay|drift)\b
      | \bnot\s+a\s+single\b
        ",
    )
    .expect("praise pattern is valid")
});

/// The shortcomings `text` records, one range per sentence-level match.
pub fn shortfalls(text: &str) -> Vec<TextRange> {
    let praise: Vec<TextRange> = PRAISE
        .find_iter(text)
        .map(|m| TextRange::new(m.start(), m.end()))
        .collect();
    SHORTFALL
        .find_iter(text)
        .map(|m| TextRange::new(m.start(), m.end()))
        .filter(|r| {
            !praise.iter().any(|p| {
                p.start() <= r.start() && r.start() < p.end() + 12 && r.end() + 12 > p.start()
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_shortcomings() {
        for text in [
            "The plan has not been updated since July.",
            "The review health assessment is two months overdue.",
            "Father's views were not sought.",
            "There is no contingency plan.",
            "The kinship assessment has drifted.",
        ] {
            assert!(!shortfalls(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn praise_is_not_a_shortcoming() {
        for text in [
            "The SW did not hesitate to convene a strategy discussion.",
            "There has been no drift in the plan.",
            "Visits are regular and Jo is seen alone, which is positive.",
        ] {
            assert!(
                shortfalls(text).is_empty(),
                "{text}: {:?}",
                shortfalls(text)
            );
        }
    }
}
