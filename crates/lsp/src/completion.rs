//! Completion: grades after `Judgement:` (and its aliases), section labels at the start of
//! a line, area names in headings, and owner roles at the start of an action.

use std::sync::LazyLock;

use caselint_core::document::SectionKind;
use caselint_core::lexicon::roles::roles as known_roles;
use caselint_core::{Config, Document};
use regex::Regex;
use ropey::Rope;
use tower_lsp_server::ls_types::{
    CompletionItem, CompletionItemKind, CompletionTextEdit, Position, Range, TextEdit,
};

use crate::position::{self, Encoding};

/// `Judgement:` and its aliases, optionally bold, then what has been typed of the grade.
static AFTER_JUDGEMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^[ \t]{0,3}(?:\*\*|__|\*|_)?[ \t]*(?:judgement|judgment|grade|rating)[ \t]*(?:(?:\*\*|__|\*|_)[ \t]*:|:[ \t]*(?:\*\*|__|\*|_)?)[ \t]*(?P<typed>[^:*_]*)$",
    )
    .expect("judgement pattern is valid")
});

/// A heading that labels the judgement section.
static JUDGEMENT_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[ \t]{0,3}#{1,6}[ \t]+(?:judgement|judgment|grade|rating)[ \t]*:?[ \t#]*$")
        .expect("judgement heading pattern is valid")
});

/// A heading being typed, or an `Area:` line.
static HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[ \t]{0,3}(?:(?P<hashes>#{1,6})[ \t]+|area[ \t]*:[ \t]*)(?P<typed>[^#]*)$")
        .expect("heading pattern is valid")
});

/// The first words of a list item (or of a plain line) being typed.
static ACTION_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[ \t]*(?:(?:[-*+•]|\d{1,3}[.)])[ \t]+)?(?P<typed>[\p{L}'’-]*(?: [\p{L}'’-]*){0,2})$",
    )
    .expect("action pattern is valid")
});

/// A word or two at the start of a line, possibly bold.
static LINE_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[ \t]{0,3}(?:\*\*|__)?(?P<typed>\p{L}*(?: \p{L}*)?)$")
        .expect("line start pattern is valid")
});

/// What a completion request works on.
pub(crate) struct Request<'a> {
    pub rope: &'a Rope,
    pub position: Position,
    pub encoding: Encoding,
    pub config: &'a Config,
}

/// The completions at the request's position. `parse` gives the document's structure, and
/// is called only when the answer depends on it.
pub(crate) fn complete(request: &Request, parse: impl FnOnce() -> Document) -> Vec<CompletionItem> {
    let rope = request.rope;
    let line = request.position.line as usize;
    if line >= rope.len_lines() {
        return Vec::new();
    }
    let cursor = position::char_index(rope, request.position, request.encoding);
    let line_start = rope.line_to_char(line);
    let prefix = rope.slice(line_start..cursor).to_string();
    // The edit replaces what has been typed of the word, from `typed_start` to the cursor.
    let replace = |typed_start: usize| -> Range {
        let start = rope.char_to_byte(line_start + prefix[..typed_start].chars().count());
        Range::new(
            position::position(rope, start, request.encoding),
            position::position(rope, rope.char_to_byte(cursor), request.encoding),
        )
    };

    if let Some(typed) = AFTER_JUDGEMENT
        .captures(&prefix)
        .and_then(|c| c.name("typed"))
    {
        return grades(request.config, replace(typed.start()));
    }
    if let Some(captures) = HEADING.captures(&prefix) {
        let Some(typed) = captures.name("typed") else {
            return Vec::new();
        };
        let range = replace(typed.start());
        let mut items = areas(request.config, range);
        if captures.name("hashes").is_some() {
            items.extend(section_labels(range, false));
        }
        return items;
    }
    let mut items = Vec::new();
    if let Some(typed) = LINE_START.captures(&prefix).and_then(|c| c.name("typed")) {
        let range = replace(typed.start());
        if previous_line_is_judgement_heading(rope, line) {
            return grades(request.config, range);
        }
        items.extend(section_labels(range, true));
    }
    if let Some(typed) = ACTION_START.captures(&prefix).and_then(|c| c.name("typed")) {
        let doc = parse();
        let offset = rope.char_to_byte(cursor);
        if in_actions_section(&doc, offset) {
            let range = replace(typed.start());
            // An action line takes owners, not section labels.
            items.retain(|_| false);
            items.extend(roles(request.config, range));
        }
    }
    items
}

fn previous_line_is_judgement_heading(rope: &Rope, line: usize) -> bool {
    (0..line)
        .rev()
        .map(|l| rope.line(l).to_string())
        .find(|text| !text.trim().is_empty())
        .is_some_and(|text| JUDGEMENT_HEADING.is_match(text.trim_end_matches(['\r', '\n'])))
}

fn in_actions_section(doc: &Document, offset: usize) -> bool {
    doc.areas
        .iter()
        .filter(|area| area.range.start() <= offset && offset <= area.range.end())
        .flat_map(|area| area.sections.iter())
        .filter(|section| section.label.end() <= offset)
        .max_by_key(|section| section.label.start)
        .is_some_and(|section| section.kind == SectionKind::Actions)
}

fn item(
    label: &str,
    kind: CompletionItemKind,
    detail: &str,
    sort: usize,
    range: Range,
    new_text: String,
) -> CompletionItem {
    CompletionItem {
        label: label.to_owned(),
        kind: Some(kind),
        detail: Some(detail.to_owned()),
        sort_text: Some(format!("{sort:04}")),
        filter_text: Some(label.to_owned()),
        text_edit: Some(CompletionTextEdit::Edit(TextEdit::new(range, new_text))),
        ..CompletionItem::default()
    }
}

fn grades(config: &Config, range: Range) -> Vec<CompletionItem> {
    config
        .scale
        .iter()
        .enumerate()
        .map(|(i, grade)| {
            item(
                grade,
                CompletionItemKind::ENUM_MEMBER,
                "Grade",
                i,
                range,
                grade.clone(),
            )
        })
        .collect()
}

fn areas(config: &Config, range: Range) -> Vec<CompletionItem> {
    config
        .areas
        .iter()
        .enumerate()
        .map(|(i, area)| {
            item(
                area,
                CompletionItemKind::MODULE,
                "Area",
                i,
                range,
                area.clone(),
            )
        })
        .collect()
}

fn section_labels(range: Range, with_colon: bool) -> Vec<CompletionItem> {
    SectionKind::ALL
        .iter()
        .enumerate()
        .map(|(i, kind)| {
            let label = kind.label();
            let new_text = if with_colon {
                format!("{label}: ")
            } else {
                label.to_owned()
            };
            item(
                label,
                CompletionItemKind::KEYWORD,
                "Section",
                100 + i,
                range,
                new_text,
            )
        })
        .collect()
}

fn roles(config: &Config, range: Range) -> Vec<CompletionItem> {
    let mut seen: Vec<String> = Vec::new();
    let mut items = Vec::new();
    let extended = config
        .lexicon
        .extend
        .extend_roles
        .iter()
        .map(String::as_str);
    for role in known_roles().iter().copied().chain(extended) {
        let role = role.trim();
        // "the team" reads as a sentence, not as an owner to fill in.
        if role.is_empty() || role.starts_with("the ") || seen.iter().any(|s| s == role) {
            continue;
        }
        seen.push(role.to_owned());
        let mut chars = role.chars();
        let owner: String = chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default();
        let sort = items.len();
        items.push(item(
            &owner,
            CompletionItemKind::VALUE,
            "Owner",
            sort,
            range,
            format!("{owner} to "),
        ));
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels_at(text: &str, line: u32, character: u32, config: &Config) -> Vec<String> {
        let rope = Rope::from_str(text);
        let request = Request {
            rope: &rope,
            position: Position::new(line, character),
            encoding: Encoding::Utf16,
            config,
        };
        complete(&request, || Document::parse(text))
            .into_iter()
            .map(|i| i.label)
            .collect()
    }

    const AUDIT: &str = "## Assessment\n\nJudgement: Go\n\n### Evidence\nSeen.\n\n### Actions\n- Soc\n\n## \n\nGrade:\n";

    #[test]
    fn grades_after_a_judgement_label() {
        let config = Config::default();
        assert_eq!(
            labels_at(AUDIT, 2, 13, &config),
            ["Outstanding", "Good", "Requires improvement"]
        );
        assert_eq!(labels_at(AUDIT, 12, 6, &config).len(), 3);
        let text = "## Planning\n\n### Judgement\nReq";
        assert_eq!(labels_at(text, 3, 3, &config).len(), 3);
    }

    #[test]
    fn the_text_edit_replaces_what_was_typed() {
        let config = Config::default();
        let rope = Rope::from_str("**Judgement:** 😀Go");
        let request = Request {
            rope: &rope,
            position: Position::new(0, 19),
            encoding: Encoding::Utf16,
            config: &config,
        };
        let items = complete(&request, || Document::parse(""));
        let Some(CompletionTextEdit::Edit(edit)) = &items[1].text_edit else {
            panic!("a text edit expected");
        };
        assert_eq!(
            edit.range,
            Range::new(Position::new(0, 15), Position::new(0, 19))
        );
        assert_eq!(edit.new_text, "Good");
    }

    #[test]
    fn areas_in_headings_and_roles_in_actions() {
        let config = Config::default();
        let in_heading = labels_at(AUDIT, 10, 3, &config);
        assert!(in_heading.contains(&"Early help and the front door".to_owned()));
        assert!(in_heading.contains(&"Evidence".to_owned()));
        let owners = labels_at(AUDIT, 8, 5, &config);
        assert!(owners.contains(&"Social worker".to_owned()), "{owners:?}");
        assert!(!owners.contains(&"Evidence".to_owned()));
        // Outside an Actions section, the start of a line offers section labels.
        let labels = labels_at(AUDIT, 5, 0, &config);
        assert_eq!(labels, ["Judgement", "Evidence", "Impact", "Actions"]);
        // In the middle of prose, nothing.
        assert!(labels_at(AUDIT, 5, 5, &config).is_empty());
        assert!(labels_at(AUDIT, 99, 0, &config).is_empty());
    }
}
