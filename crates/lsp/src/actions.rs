//! Code actions: the fixes of the lint a diagnostic's `data` points into, and "Disable CODE on this
//! line". All are plain workspace edits (no client-side commands), so every editor can
//! apply them.

use std::collections::HashMap;

use ropey::Rope;
use tower_lsp_server::ls_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, Diagnostic, DocumentChanges, OneOf,
    OptionalVersionedTextDocumentIdentifier, Range, TextDocumentEdit, TextEdit, Uri, WorkspaceEdit,
};

use crate::lint::{self, DiagnosticData};
use crate::position::{self, Encoding};

/// What a code action request works on.
pub(crate) struct Target<'a> {
    pub uri: &'a Uri,
    pub rope: &'a Rope,
    pub version: i32,
    pub encoding: Encoding,
    /// Where the front matter ends, if the document has one.
    pub front_matter_end: Option<usize>,
    /// Whether the client takes versioned `documentChanges`.
    pub versioned_edits: bool,
    /// The latest lint of this version, whose fixes the diagnostics' `data` point into.
    pub linted: Option<&'a lint::Linted>,
}

/// The code actions for the caselint diagnostics the client sent.
pub(crate) fn code_actions(
    target: &Target,
    diagnostics: &[Diagnostic],
) -> Vec<CodeActionOrCommand> {
    let mut actions = Vec::new();
    let mut disabled: Vec<(String, u32)> = Vec::new();
    for diagnostic in diagnostics {
        let Some(code) = lint::code(diagnostic) else {
            continue;
        };
        let data = diagnostic
            .data
            .clone()
            .and_then(|d| serde_json::from_value::<DiagnosticData>(d).ok());
        // Diagnostics of an older version point at text that has moved: the fresh ones
        // are on their way, and their actions will be offered then.
        if data.as_ref().is_some_and(|d| d.version != target.version) {
            continue;
        }
        for (i, fix) in data
            .and_then(|d| fixes_of(target, &d, code))
            .into_iter()
            .flatten()
            .enumerate()
        {
            let edits = fix
                .edits
                .iter()
                .map(|e| {
                    let at = |offset| position::position(target.rope, offset, target.encoding);
                    TextEdit::new(
                        Range::new(at(e.range.start()), at(e.range.end())),
                        e.new_text.clone(),
                    )
                })
                .collect();
            let edit = workspace_edit(target, edits);
            // The same fix offered for several diagnostics (one SMART rewrite for A002, A003,
            // A004 and A005 on one action) is one code action that resolves them all.
            let same = actions.iter_mut().find_map(|a| match a {
                CodeActionOrCommand::CodeAction(a)
                    if a.title == fix.title && a.edit.as_ref() == Some(&edit) =>
                {
                    Some(a)
                }
                _ => None,
            });
            if let Some(same) = same {
                same.diagnostics
                    .get_or_insert_with(Vec::new)
                    .push(diagnostic.clone());
                continue;
            }
            actions.push(CodeActionOrCommand::CodeAction(CodeAction {
                title: fix.title.clone(),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![diagnostic.clone()]),
                edit: Some(edit),
                is_preferred: Some(i == 0),
                ..CodeAction::default()
            }));
        }
        let line = diagnostic.range.start.line;
        if disabled.iter().any(|(c, l)| c == code && *l == line) {
            continue;
        }
        if let Some(edit) = disable_edit(target, code, line) {
            disabled.push((code.to_owned(), line));
            actions.push(CodeActionOrCommand::CodeAction(CodeAction {
                title: format!("Disable {code} on this line"),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![diagnostic.clone()]),
                edit: Some(workspace_edit(target, vec![edit])),
                is_preferred: Some(false),
                ..CodeAction::default()
            }));
        }
    }
    actions
}

/// The fixes `data` points to: those of diagnostic `data.index` of the target's lint, when
/// that lint is of the same version and its diagnostic there has the same code.
fn fixes_of<'a>(
    target: &Target<'a>,
    data: &DiagnosticData,
    code: &str,
) -> Option<&'a [caselint_core::Fix]> {
    let linted = target.linted.filter(|l| l.version == data.version)?;
    let published = linted.diagnostics.get(data.index)?;
    (lint::code(published) == Some(code)).then_some(())?;
    linted.fixes.get(data.index).map(Vec::as_slice)
}

/// `<!-- caselint-disable-next-line CODE -->` on its own line above `line`, indented as it
/// is. None inside the front matter, where a comment would break the block.
fn disable_edit(target: &Target, code: &str, line: u32) -> Option<TextEdit> {
    let rope = target.rope;
    let line_idx = line as usize;
    if line_idx >= rope.len_lines() {
        return None;
    }
    let start = rope.line_to_byte(line_idx);
    if target.front_matter_end.is_some_and(|end| start < end) {
        return None;
    }
    let indent: String = rope
        .line(line_idx)
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect();
    let at = position::position(rope, start, target.encoding);
    Some(TextEdit::new(
        Range::new(at, at),
        format!(
            "{indent}<!-- caselint-disable-next-line {code} -->{}",
            line_break(rope)
        ),
    ))
}

/// The line break the document uses: that of its first line, else "\n".
pub(crate) fn line_break(rope: &Rope) -> &'static str {
    if rope.len_lines() < 2 {
        return "\n";
    }
    let first = rope.line(0);
    let n = first.len_chars();
    match (n.checked_sub(2).map(|i| first.char(i)), first.char(n - 1)) {
        (Some('\r'), '\n') => "\r\n",
        (_, '\r') => "\r",
        _ => "\n",
    }
}

fn workspace_edit(target: &Target, edits: Vec<TextEdit>) -> WorkspaceEdit {
    if target.versioned_edits {
        WorkspaceEdit {
            document_changes: Some(DocumentChanges::Edits(vec![TextDocumentEdit {
                text_document: OptionalVersionedTextDocumentIdentifier {
                    uri: target.uri.clone(),
                    version: Some(target.version),
                },
                edits: edits.into_iter().map(OneOf::Left).collect(),
            }])),
            ..WorkspaceEdit::default()
        }
    } else {
        WorkspaceEdit {
            changes: Some(HashMap::from([(target.uri.clone(), edits)])),
            ..WorkspaceEdit::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_breaks_follow_the_first_line() {
        assert_eq!(line_break(&Rope::from_str("a\r\nb\n")), "\r\n");
        assert_eq!(line_break(&Rope::from_str("a\nb\r\n")), "\n");
        assert_eq!(line_break(&Rope::from_str("a\rb")), "\r");
        assert_eq!(line_break(&Rope::from_str("one line")), "\n");
        assert_eq!(line_break(&Rope::from_str("")), "\n");
    }
}
