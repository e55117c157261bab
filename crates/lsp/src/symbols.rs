//! The document outline: areas (with their grade as detail) and their sections.

use caselint_core::document::Area;
use caselint_core::{Document, TextRange};
use ropey::Rope;
use tower_lsp_server::ls_types::{
    DocumentSymbol, DocumentSymbolResponse, Location, Range, SymbolInformation, SymbolKind, Uri,
};

use crate::position::{self, Encoding};

/// The outline, hierarchical, or flat (with container names) for clients that want that.
pub(crate) fn document_symbols(
    doc: &Document,
    rope: &Rope,
    encoding: Encoding,
    uri: &Uri,
    hierarchical: bool,
) -> DocumentSymbolResponse {
    let symbols: Vec<DocumentSymbol> = doc
        .areas
        .iter()
        .map(|area| area_symbol(doc, area, rope, encoding))
        .collect();
    if hierarchical {
        return DocumentSymbolResponse::Nested(symbols);
    }
    let mut flat = Vec::new();
    for area in symbols {
        let container = area.name.clone();
        let children = area.children.clone().unwrap_or_default();
        flat.push(information(area, None, uri));
        for child in children {
            flat.push(information(child, Some(container.clone()), uri));
        }
    }
    DocumentSymbolResponse::Flat(flat)
}

#[allow(deprecated)] // `deprecated` must be named to build the struct.
fn information(symbol: DocumentSymbol, container: Option<String>, uri: &Uri) -> SymbolInformation {
    SymbolInformation {
        name: symbol.name,
        kind: symbol.kind,
        tags: None,
        deprecated: None,
        location: Location::new(uri.clone(), symbol.range),
        container_name: container,
    }
}

#[allow(deprecated)] // `deprecated` must be named to build the struct.
fn symbol(
    name: String,
    detail: Option<String>,
    kind: SymbolKind,
    range: Range,
    selection: Range,
    children: Option<Vec<DocumentSymbol>>,
) -> DocumentSymbol {
    // The selection must lie inside the range.
    let key = |p: tower_lsp_server::ls_types::Position| (p.line, p.character);
    let selection =
        if key(selection.start) >= key(range.start) && key(selection.end) <= key(range.end) {
            selection
        } else {
            Range::new(range.start, range.start)
        };
    DocumentSymbol {
        name,
        detail,
        kind,
        tags: None,
        deprecated: None,
        range,
        selection_range: selection,
        children,
    }
}

fn area_symbol(doc: &Document, area: &Area, rope: &Rope, encoding: Encoding) -> DocumentSymbol {
    let to_range = |r: TextRange| position::range(rope, r, encoding);
    let grade = area
        .judgement_value
        .map(|v| doc.slice(v).trim().to_owned())
        .filter(|g| !g.is_empty());
    let sections = area
        .sections
        .iter()
        .map(|section| {
            let end = section.content.end().max(section.label.end());
            let detail = (section.kind == caselint_core::document::SectionKind::Judgement)
                .then(|| grade.clone())
                .flatten();
            symbol(
                section.kind.label().to_owned(),
                detail,
                SymbolKind::KEY,
                to_range(TextRange::new(section.label.start(), end)),
                to_range(section.label),
                None,
            )
        })
        .collect();
    let name = if area.name.trim().is_empty() {
        "(untitled area)".to_owned()
    } else {
        area.name.trim().to_owned()
    };
    let selection = if area.heading.is_empty() {
        TextRange::new(area.range.start(), area.range.start())
    } else {
        area.heading
    };
    symbol(
        name,
        grade,
        SymbolKind::NAMESPACE,
        to_range(area.range.trim(&doc.text)),
        to_range(selection),
        Some(sections),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn areas_hold_their_sections_and_grade() {
        let text = "# Audit\n\n## Assessment\n\nJudgement: Good\n\nEvidence: Seen.\n\n## Planning\n\n### Judgement\nRequires improvement\n\n### Impact\nFor Jo…\n";
        let doc = Document::parse(text);
        let rope = Rope::from_str(text);
        let uri: Uri = "file:///a/jo.audit.md".parse().unwrap();
        let DocumentSymbolResponse::Nested(areas) =
            document_symbols(&doc, &rope, Encoding::Utf16, &uri, true)
        else {
            panic!("nested symbols expected");
        };
        let names: Vec<_> = areas
            .iter()
            .map(|a| (a.name.as_str(), a.detail.as_deref()))
            .collect();
        assert_eq!(
            names,
            [
                ("Assessment", Some("Good")),
                ("Planning", Some("Requires improvement"))
            ]
        );
        let sections: Vec<_> = areas[1]
            .children
            .as_ref()
            .unwrap()
            .iter()
            .map(|s| s.name.as_str())
            .collect();
        assert_eq!(sections, ["Judgement", "Impact"]);
        assert_eq!(areas[0].selection_range.start.line, 2);

        let DocumentSymbolResponse::Flat(flat) =
            document_symbols(&doc, &rope, Encoding::Utf16, &uri, false)
        else {
            panic!("flat symbols expected");
        };
        assert_eq!(flat.len(), 2 + 2 + 2);
        assert_eq!(flat[1].container_name.as_deref(), Some("Assessment"));
    }
}
