//! A little English grammar for the language rules: words with their byte ranges, word
//! classes, quotation spans, and verb forms ([`verbs`]).
//!
//! This is not a parser. It is what the tone rules need to find the subject of a clause,
//! the verb after a negation and the object after the verb, in the plain, formal English of
//! case-file audits.

pub(crate) mod verbs;

use smol_str::{SmolStr, StrExt};

use crate::text::Part;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters (and digits, apostrophes and hyphens inside): "SW", "didn't", "re-offer",
    /// "Jo's", "S47".
    Word,
    /// Starts with a digit: "10", "19/09/2026", "2026-10-14", "94%".
    Number,
    /// Any other character that is not white space, one at a time.
    Punct,
}

/// A word, number or punctuation mark with its byte range in the document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    pub start: usize,
    pub end: usize,
    /// Lower case, with typographic apostrophes as `'`.
    pub lower: SmolStr,
    pub kind: Kind,
}

impl Token {
    pub(crate) fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    pub(crate) fn is(&self, word: &str) -> bool {
        self.lower == word
    }

    pub(crate) fn is_any(&self, words: &[&str]) -> bool {
        words.contains(&self.lower.as_str())
    }

    pub(crate) fn is_punct(&self, chars: &[char]) -> bool {
        self.kind == Kind::Punct
            && self
                .lower
                .chars()
                .next()
                .is_some_and(|c| chars.contains(&c))
    }

    /// "Jo's", "the team's", "parents'" (the trailing apostrophe is its own token).
    pub(crate) fn is_possessive(&self) -> bool {
        self.is_word() && (self.lower.ends_with("'s") && self.lower.len() > 2)
    }

    /// The word as written in `text`.
    pub(crate) fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// Whether the word as written starts with a capital letter.
    pub(crate) fn is_capitalised(&self, text: &str) -> bool {
        self.text(text)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    }

    /// Whether the word as written is all capitals and at least two letters ("ICPC", "CIN").
    pub(crate) fn is_acronym(&self, text: &str) -> bool {
        let t = self.text(text);
        t.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && t.chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
    }
}

/// The tokens of `text[range]`, with offsets into `text`.
pub(crate) fn tokenize(text: &str, start: usize, end: usize) -> Vec<Token> {
    let Some(slice) = text.get(start..end) else {
        return Vec::new();
    };
    let mut out = Vec::with_capacity(slice.len() / 5 + 1);
    let mut pos = 0;
    while let Some(c) = char_at(slice, pos) {
        let offset = pos;
        pos += c.len_utf8();
        if c.is_whitespace() {
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Token {
                start: start + offset,
                end: start + pos,
                lower: SmolStr::new(c.encode_utf8(&mut [0; 4])),
                kind: Kind::Punct,
            });
            continue;
        }
        let kind = if c.is_ascii_digit() {
            Kind::Number
        } else {
            Kind::Word
        };
        while let Some(ch) = char_at(slice, pos) {
            // Letters and digits join; a joining mark only before one.
            let joins = ch.is_alphanumeric() || {
                let after = char_at(slice, pos + ch.len_utf8());
                (matches!(ch, '\'' | '\u{2019}' | '-' | '\u{2011}')
                    && after.is_some_and(char::is_alphanumeric))
                    || (kind == Kind::Number
                        && matches!(ch, '/' | '.' | ',' | ':')
                        && after.is_some_and(|n| n.is_ascii_digit()))
                    || (kind == Kind::Number && ch == '%')
            };
            if !joins {
                break;
            }
            pos += ch.len_utf8();
        }
        out.push(Token {
            start: start + offset,
            end: start + pos,
            lower: lower_word(slice.part(offset..pos)),
            kind,
        });
    }
    out
}

/// The character at byte `at` of `text` (a character boundary, or the end), read
/// directly when it is ASCII.
#[inline]
fn char_at(text: &str, at: usize) -> Option<char> {
    match text.as_bytes().get(at) {
        None => None,
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => text.get(at..).and_then(|rest| rest.chars().next()),
    }
}

/// `word` in lower case, with typographic apostrophes as `'`.
fn lower_word(word: &str) -> SmolStr {
    if word.is_ascii() {
        if word.bytes().any(|b| b.is_ascii_uppercase()) {
            word.to_ascii_lowercase_smolstr()
        } else {
            SmolStr::new(word)
        }
    } else {
        let lower = word.to_lowercase_smolstr();
        if lower.contains('\u{2019}') {
            SmolStr::new(lower.replace('\u{2019}', "'"))
        } else {
            lower
        }
    }
}

/// Byte ranges (into `text`) of the quoted stretches of `text[start..end]`: “…”, "…",
/// ‘…’ and '…' (an apostrophe inside a word does not open or close a quotation).
pub(crate) fn quotations(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let Some(slice) = text.get(start..end) else {
        return Vec::new();
    };
    // Most sentences hold no quotation mark that could open one: a straight apostrophe
    // after a letter or digit ("Jo's", "didn't") opens nothing.
    let bytes = slice.as_bytes();
    if memchr::memchr(b'"', bytes).is_none()
        && !slice.contains(['\u{201c}', '\u{2018}'])
        && memchr::memchr_iter(b'\'', bytes).all(|i| i > 0 && bytes[i - 1].is_ascii_alphanumeric())
    {
        return Vec::new();
    }
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (i, &(offset, c)) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|p| chars[p].1);
        let after = chars.get(i + 1).map(|(_, n)| *n);
        let letter_before = before.is_some_and(char::is_alphanumeric);
        let letter_after = after.is_some_and(char::is_alphanumeric);
        match (open, c) {
            (None, '\u{201c}') | (None, '"') => open = Some((offset, c)),
            (None, '\u{2018}') | (None, '\'') if !letter_before && letter_after => {
                open = Some((offset, c));
            }
            (Some((o, '\u{201c}')), '\u{201d}')
            | (Some((o, '"')), '"')
            | (Some((o, '\u{2018}')), '\u{2019}')
            | (Some((o, '\'')), '\'')
                if !(letter_before && letter_after) =>
            {
                out.push((start + o, start + offset + c.len_utf8()));
                open = None;
            }
            _ => {}
        }
    }
    out
}

pub(crate) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "our", "his", "her", "their", "its", "my",
    "your", "each", "every", "any", "some", "all", "both", "either", "another", "such",
];

pub(crate) const PREPOSITIONS: &[&str] = &[
    "about",
    "above",
    "across",
    "after",
    "against",
    "along",
    "alongside",
    "amid",
    "among",
    "around",
    "as",
    "at",
    "before",
    "behind",
    "below",
    "beneath",
    "beside",
    "besides",
    "between",
    "beyond",
    "by",
    "concerning",
    "despite",
    "during",
    "except",
    "following",
    "for",
    "from",
    "in",
    "including",
    "inside",
    "into",
    "like",
    "near",
    "of",
    "off",
    "on",
    "onto",
    "outside",
    "over",
    "past",
    "per",
    "regarding",
    "since",
    "than",
    "through",
    "throughout",
    "till",
    "to",
    "toward",
    "towards",
    "under",
    "until",
    "upon",
    "via",
    "with",
    "within",
    "without",
];

/// Prepositions that also join clauses ("after", "before", "since", "until", "as"…).
const CLAUSE_PREPOSITIONS: &[&str] = &[
    "after",
    "as",
    "before",
    "besides",
    "following",
    "past",
    "since",
    "till",
    "until",
];

/// Whether `word` (lower case) is a preposition that never begins a clause.
pub(crate) fn is_pure_preposition(word: &str) -> bool {
    PREPOSITIONS.contains(&word) && !CLAUSE_PREPOSITIONS.contains(&word)
}

pub(crate) const AUXILIARIES: &[&str] = &[
    "am",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "having",
    "do",
    "does",
    "did",
    "will",
    "would",
    "shall",
    "should",
    "can",
    "could",
    "may",
    "might",
    "must",
    "ought",
    "isn't",
    "aren't",
    "wasn't",
    "weren't",
    "hasn't",
    "haven't",
    "hadn't",
    "don't",
    "doesn't",
    "didn't",
    "won't",
    "wouldn't",
    "shouldn't",
    "can't",
    "couldn't",
    "mustn't",
    "it's",
    "there's",
    "that's",
];

pub(crate) const COORDINATORS: &[&str] = &["and", "or", "but", "nor", "yet", "so"];

/// Words that open a subordinate or relative clause.
pub(crate) const SUBORDINATORS: &[&str] = &[
    "because", "although", "though", "while", "whilst", "whereas", "when", "whenever", "once",
    "unless", "if", "that", "which", "who", "whom", "whose", "where", "since", "after", "before",
    "until", "till", "as", "so",
];

/// Sentence adverbs that can stand before a subject ("However, the team…").
pub(crate) const SENTENCE_ADVERBS: &[&str] = &[
    "however",
    "therefore",
    "also",
    "then",
    "additionally",
    "furthermore",
    "moreover",
    "unfortunately",
    "sadly",
    "consequently",
    "subsequently",
    "again",
    "meanwhile",
    "similarly",
    "likewise",
    "overall",
    "equally",
    "notably",
    "importantly",
    "initially",
    "later",
    "previously",
    "first",
    "firstly",
    "secondly",
    "finally",
    "further",
    "still",
    "though",
    "regrettably",
    "crucially",
    "significantly",
    "separately",
    "otherwise",
];

/// Adverbs that can stand inside a verb group ("did not always", "has not yet").
pub(crate) const VERB_ADVERBS: &[&str] = &[
    "always",
    "yet",
    "ever",
    "once",
    "even",
    "also",
    "still",
    "then",
    "again",
    "really",
    "actually",
    "subsequently",
    "initially",
    "consistently",
    "routinely",
    "regularly",
    "sufficiently",
    "properly",
    "fully",
    "clearly",
    "promptly",
    "immediately",
    "directly",
    "personally",
    "formally",
    "explicitly",
    "effectively",
    "adequately",
    "appropriately",
    "meaningfully",
    "robustly",
    "independently",
    "physically",
    "previously",
    "at",
    "all",
    "however",
    "further",
    "therefore",
    "so",
    "far",
    "thereafter",
    "later",
    "apparently",
    "obviously",
    "evidently",
    "currently",
    "now",
    "seemingly",
    "specifically",
];

/// The months, in full and abbreviated (see [`is_date_word`] for months and weekdays).
pub(crate) const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// The days of the week.
pub(crate) const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Whether `word` (lower case) names a month or a day of the week: a date's word, not a
/// name or a noun.
pub(crate) fn is_date_word(word: &str) -> bool {
    MONTHS.contains(&word) || WEEKDAYS.contains(&word)
}

/// Function words that start a sentence with a capital but name no one.
pub(crate) const FUNCTION_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "there",
    "it",
    "its",
    "their",
    "his",
    "her",
    "our",
    "however",
    "although",
    "though",
    "when",
    "while",
    "whilst",
    "since",
    "after",
    "before",
    "as",
    "because",
    "if",
    "in",
    "on",
    "at",
    "for",
    "from",
    "with",
    "during",
    "by",
    "of",
    "to",
    "no",
    "not",
    "too",
    "all",
    "both",
    "each",
    "every",
    "any",
    "some",
    "what",
    "why",
    "how",
    "who",
    "which",
    "where",
    "whether",
    "overall",
    "also",
    "then",
    "further",
    "furthermore",
    "moreover",
    "additionally",
    "despite",
    "given",
    "following",
    "until",
    "once",
    "so",
    "but",
    "and",
    "or",
    "nor",
    "neither",
    "either",
    "i",
    "we",
    "you",
    "he",
    "she",
    "they",
    "my",
    "your",
    "yes",
    "recent",
    "previous",
    "current",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "that said",
    "under",
    "within",
    "between",
    "without",
];

/// Whether `word` (lower case) ends in a typical adverb suffix or is a known verb adverb.
pub(crate) fn is_adverb(word: &str) -> bool {
    VERB_ADVERBS.contains(&word)
        || (word.len() > 4
            && word.ends_with("ly")
            && !matches!(
                word,
                "family"
                    | "early"
                    | "only"
                    | "reply"
                    | "supply"
                    | "apply"
                    | "rely"
                    | "fly"
                    | "july"
                    | "italy"
                    | "daily"
                    | "weekly"
                    | "monthly"
                    | "holy"
                    | "ugly"
                    | "likely"
                    | "lonely"
                    | "friendly"
                    | "elderly"
                    | "assembly"
                    | "anomaly"
                    | "belly"
                    | "bully"
                    | "ally"
                    | "multiply"
                    | "comply"
                    | "imply"
                    | "orderly"
                    | "poorly"
                    | "unlikely"
            )
            && !NAMES_IN_LY.contains(&word))
}

/// First names that end in "ly", which is otherwise read as the mark of an adverb.
pub(crate) const NAMES_IN_LY: &[&str] = &[
    "lily", "lilly", "emily", "molly", "sally", "holly", "kelly", "polly", "billy", "olly",
    "carly", "kimberly", "beverly", "shelly", "milly", "tilly", "dolly", "ally", "charly", "hayly",
    "kiely",
];

/// Upper-case the first letter of `s`.
pub(crate) fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Lower-case the first word of `s` when it is a function word ("The SW" → "the SW"),
/// leaving names and acronyms ("Jo", "MASH") alone.
pub(crate) fn decapitalise(s: &str) -> String {
    let first = s.split_whitespace().next().unwrap_or("");
    let is_function = FUNCTION_WORDS.contains(&first.to_lowercase().as_str())
        && first.chars().skip(1).all(char::is_lowercase);
    if !is_function {
        return s.to_owned();
    }
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        tokenize(text, 0, text.len())
            .into_iter()
            .map(|t| t.lower.to_string())
            .collect()
    }

    #[test]
    fn tokens() {
        assert_eq!(
            words("The SW didn\u{2019}t re-offer Jo's S47 on 19/09/2026, at 94%."),
            [
                "the",
                "sw",
                "didn't",
                "re-offer",
                "jo's",
                "s47",
                "on",
                "19/09/2026",
                ",",
                "at",
                "94%",
                "."
            ]
        );
        assert_eq!(words("“hard to reach”"), ["“", "hard", "to", "reach", "”"]);
        assert!(tokenize("abc", 5, 9).is_empty());
    }

    #[test]
    fn quotes() {
        let text = "School call her \u{201c}attention-seeking\u{201d} and 'difficult'; Jo's view.";
        let q = quotations(text, 0, text.len());
        assert_eq!(q.len(), 2);
        assert_eq!(
            text.part(q[0].0..q[0].1),
            "\u{201c}attention-seeking\u{201d}"
        );
        assert_eq!(text.part(q[1].0..q[1].1), "'difficult'");
        // Apostrophes inside words open nothing; one after a space or at the start does.
        assert!(quotations("Jo's mum didn't come; it's 5 o'clock.", 0, 37).is_empty());
        for text in [
            "'hard to reach' he said",
            "He said 'no' twice",
            "x ‘no’ y",
            "“ok”",
            "\"ok\"",
        ] {
            assert_eq!(quotations(text, 0, text.len()).len(), 1, "{text}");
        }
    }

    #[test]
    fn capitals() {
        assert_eq!(decapitalise("The SW"), "the SW");
        assert_eq!(decapitalise("Jo"), "Jo");
        assert_eq!(decapitalise("MASH"), "MASH");
        assert_eq!(capitalise("there was"), "There was");
    }
}

/// A count written in figures (up to 400) or in words ("six", "twice", "a"), as audits
/// write how many times or how long: "3 of 6 visits", "once in eleven months", "twelve
/// days after".
pub(crate) fn number_word(word: &str) -> Option<u32> {
    let w = word.to_ascii_lowercase();
    Some(match w.as_str() {
        "zero" | "none" => 0,
        "a" | "an" | "one" | "once" => 1,
        "two" | "twice" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "forty-five" => 45,
        "sixty" => 60,
        _ => return w.parse().ok().filter(|n| *n <= 400),
    })
}
