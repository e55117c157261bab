//! Practitioners, teams, services and agencies: who can be the subject of practice
//! (T001) and who can own an action (A002). The words live in `data/roles.toml`, each group
//! with a note, for a practice lead to review without reading Rust.

use std::sync::LazyLock;

use serde::Deserialize;

use super::data;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RolesFile {
    group: Vec<Group>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Group {
    #[allow(dead_code)] // read by the data tests: every group says why it is there
    note: String,
    #[serde(default)]
    words: Vec<String>,
    #[serde(default)]
    abbreviations: Vec<String>,
}

struct Roles {
    words: Vec<&'static str>,
    abbreviations: Vec<&'static str>,
}

static ROLES_DATA: LazyLock<Roles> = LazyLock::new(|| {
    let file: RolesFile = data::parse(data::ROLES);
    let (mut words, mut abbreviations) = (Vec::new(), Vec::new());
    for group in file.group {
        words.extend(group.words.into_iter().map(data::leak));
        abbreviations.extend(group.abbreviations.into_iter().map(data::leak));
    }
    Roles {
        words,
        abbreviations,
    }
});

/// Roles written out, matched without regard to case. Longest first is not needed: the
/// matcher prefers the longest alternative at each position.
pub fn roles() -> &'static [&'static str] {
    &ROLES_DATA.words
}

/// Abbreviations and names matched with their case ("SW", not "sw" inside a word).
pub fn role_abbreviations() -> &'static [&'static str] {
    &ROLES_DATA.abbreviations
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_roles_file_parses_with_a_note_for_every_group() {
        let file: RolesFile = data::parse(data::ROLES);
        assert!(file.group.len() >= 2);
        for group in &file.group {
            assert!(group.note.len() > 20, "a group without a note");
            assert!(!group.words.is_empty() || !group.abbreviations.is_empty());
        }
    }

    #[test]
    fn words_are_lower_case_and_listed_once() {
        let mut seen = std::collections::HashSet::new();
        for word in roles() {
            assert_eq!(
                *word,
                word.to_lowercase(),
                "{word}: words are matched without case"
            );
            assert_eq!(*word, word.trim(), "{word:?}");
            assert!(seen.insert(*word), "{word} is listed twice");
        }
        for abbreviation in role_abbreviations() {
            assert!(!abbreviation.trim().is_empty());
            assert!(seen.insert(*abbreviation), "{abbreviation} is listed twice");
        }
        for expected in ["social worker", "independent reviewing officer", "police"] {
            assert!(roles().contains(&expected), "{expected}");
        }
        for expected in ["SW", "IRO", "CAMHS"] {
            assert!(role_abbreviations().contains(&expected), "{expected}");
        }
    }
}
