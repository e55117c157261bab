//! A Word form as an audit: its paragraphs (in body, tables and text boxes) read as the
//! text Word shows after accepting tracked changes, then written out as the Markdown audit
//! the rest of caselint reads, with a map from every byte of that text back to the form.

use std::collections::HashMap;

use caselint_core::document::SectionKind;

use crate::xml::{NodeId, Tree};

/// Where a paragraph sits in the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Container {
    Body,
    /// Table, row and cell, each counted from 1 in document order.
    Cell {
        table: usize,
        row: usize,
        cell: usize,
    },
    TextBox,
}

/// A piece of a paragraph's text and the run it came from.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Atom {
    /// The `w:r` the text is in.
    pub run: NodeId,
    /// The `w:t` (or `w:tab`, `w:br`…) it came from.
    pub node: NodeId,
    /// Byte offset in the paragraph's text.
    pub start: usize,
    pub len: usize,
    /// A `w:t`, which can be split; other atoms are one character.
    pub splittable: bool,
}

#[derive(Clone, Debug)]
pub(crate) struct Para {
    pub text: String,
    pub atoms: Vec<Atom>,
    pub heading: Option<u8>,
    pub list: bool,
    pub container: Container,
}

/// How the paragraphs of a part are found: styles tell headings and lists.
#[derive(Default)]
pub(crate) struct Styles {
    by_id: HashMap<String, Style>,
}

#[derive(Default, Clone)]
struct Style {
    name: String,
    based_on: Option<String>,
    outline: Option<u8>,
    numbered: bool,
}

impl Styles {
    pub(crate) fn parse(tree: &Tree) -> Styles {
        let mut by_id = HashMap::new();
        for s in tree.descendants(tree.root, "style") {
            let Some(id) = tree.attr(s, "styleId") else {
                continue;
            };
            let name = tree
                .child(s, "name")
                .and_then(|n| tree.attr(n, "val"))
                .unwrap_or("")
                .to_lowercase();
            let based_on = tree
                .child(s, "basedOn")
                .and_then(|n| tree.attr(n, "val"))
                .map(str::to_owned);
            let ppr = tree.child(s, "pPr");
            let outline = ppr
                .and_then(|p| tree.child(p, "outlineLvl"))
                .and_then(|o| tree.attr(o, "val"))
                .and_then(|v| v.parse::<u8>().ok());
            let numbered = ppr.and_then(|p| tree.child(p, "numPr")).is_some();
            by_id.insert(
                id.to_owned(),
                Style {
                    name,
                    based_on,
                    outline,
                    numbered,
                },
            );
        }
        Styles { by_id }
    }

    /// The style and the styles it is based on, nearest first.
    fn chain(&self, id: &str) -> Vec<&Style> {
        let mut out = Vec::new();
        let mut next = Some(id.to_owned());
        while let Some(id) = next.take() {
            if out.len() >= 10 {
                break;
            }
            if let Some(style) = self.by_id.get(&id) {
                out.push(style);
                next.clone_from(&style.based_on);
            }
        }
        out
    }

    fn heading(&self, id: &str) -> Option<u8> {
        for style in self.chain(id) {
            if style.name == "title" {
                return Some(1);
            }
            if let Some(n) = style.name.strip_prefix("heading ") {
                if let Ok(n) = n.trim().parse::<u8>() {
                    return Some(n.clamp(1, 6));
                }
            }
            if let Some(level) = style.outline {
                if level < 9 {
                    return Some((level + 1).min(6));
                }
            }
        }
        // Without styles.xml: Word's English style ids.
        let lower = id.to_lowercase();
        if lower == "title" {
            return Some(1);
        }
        lower
            .strip_prefix("heading")
            .and_then(|n| n.parse::<u8>().ok())
            .map(|n| n.clamp(1, 6))
    }

    fn list(&self, id: &str) -> bool {
        let chain = self.chain(id);
        chain
            .iter()
            .any(|s| s.numbered || s.name.contains("list") || s.name.contains("bullet"))
            || (chain.is_empty() && id.to_lowercase().contains("list"))
    }
}

/// The answer in a legacy form field (Word 97's, kept when a .doc form is saved as
/// .docx): a drop-down's chosen entry, or a check box as a ballot box (☒ ticked, ☐ not).
/// A text field's answer is the field's result, read as ordinary runs.
fn legacy_field(tree: &Tree, fld_char: NodeId) -> Option<String> {
    let data = tree.child(fld_char, "ffData")?;
    let number = |node: Option<NodeId>| {
        node.and_then(|n| tree.attr(n, "val"))
            .and_then(|v| v.parse::<usize>().ok())
    };
    if let Some(list) = tree.child(data, "ddList") {
        let chosen = number(tree.child(list, "result"))
            .or_else(|| number(tree.child(list, "default")))
            .unwrap_or(0);
        let entries: Vec<NodeId> = tree
            .children(list)
            .iter()
            .copied()
            .filter(|&c| tree.local(c) == "listEntry")
            .collect();
        return entries
            .get(chosen)
            .and_then(|&e| tree.attr(e, "val"))
            .map(str::to_owned);
    }
    let check = tree.child(data, "checkBox")?;
    let on = |node: Option<NodeId>| {
        node.map(|n| !matches!(tree.attr(n, "val"), Some("0" | "false" | "off")))
    };
    let ticked = on(tree.child(check, "checked"))
        .or_else(|| on(tree.child(check, "default")))
        .unwrap_or(false);
    Some(if ticked { "\u{2612}" } else { "\u{2610}" }.to_owned())
}

/// Walks a document part and collects its paragraphs in reading order.
struct Walker<'a> {
    tree: &'a Tree,
    styles: &'a Styles,
    paras: Vec<Para>,
    tables: usize,
}

pub(crate) fn paragraphs(tree: &Tree, styles: &Styles) -> Vec<Para> {
    let mut walker = Walker {
        tree,
        styles,
        paras: Vec::new(),
        tables: 0,
    };
    let body = tree.child(tree.root, "body").unwrap_or(tree.root);
    walker.blocks(body, Container::Body);
    walker.paras
}

/// A content control showing its placeholder ("Choose an item.") holds no answer.
fn placeholder(tree: &Tree, sdt: NodeId) -> bool {
    tree.child(sdt, "sdtPr")
        .and_then(|pr| tree.child(pr, "showingPlcHdr"))
        .is_some_and(|p| !matches!(tree.attr(p, "val"), Some("0" | "false" | "off")))
}

impl Walker<'_> {
    fn blocks(&mut self, id: NodeId, container: Container) {
        let tree = self.tree;
        for &child in tree.children(id) {
            match tree.local(child) {
                "p" => self.paragraph(child, container),
                "tbl" => self.table(child),
                "sdt" if !placeholder(tree, child) => {
                    if let Some(content) = tree.child(child, "sdtContent") {
                        self.blocks(content, container);
                    }
                }
                "AlternateContent" => {
                    if let Some(choice) = tree.child(child, "Choice") {
                        self.blocks(choice, container);
                    }
                }
                "customXml" | "ins" | "moveTo" | "smartTag" | "txbxContent" => {
                    self.blocks(child, container)
                }
                _ => {}
            }
        }
    }

    fn table(&mut self, tbl: NodeId) {
        self.tables += 1;
        let table = self.tables;
        let rows = self.wrapped(tbl, "tr");
        for (r, tr) in rows.into_iter().enumerate() {
            let cells = self.wrapped(tr, "tc");
            for (c, tc) in cells.into_iter().enumerate() {
                self.blocks(
                    tc,
                    Container::Cell {
                        table,
                        row: r + 1,
                        cell: c + 1,
                    },
                );
            }
        }
    }

    /// Children named `local`, also through content controls and custom XML around them.
    fn wrapped(&self, id: NodeId, local: &str) -> Vec<NodeId> {
        let tree = self.tree;
        let mut out = Vec::new();
        for &child in tree.children(id) {
            match tree.local(child) {
                l if l == local => out.push(child),
                "sdt" => {
                    if let Some(content) = tree.child(child, "sdtContent") {
                        out.extend(self.wrapped(content, local));
                    }
                }
                "customXml" | "ins" => out.extend(self.wrapped(child, local)),
                _ => {}
            }
        }
        out
    }

    fn paragraph(&mut self, p: NodeId, container: Container) {
        let tree = self.tree;
        let mut para = Para {
            text: String::new(),
            atoms: Vec::new(),
            heading: None,
            list: false,
            container,
        };
        if let Some(ppr) = tree.child(p, "pPr") {
            let style = tree
                .child(ppr, "pStyle")
                .and_then(|s| tree.attr(s, "val"))
                .unwrap_or("");
            if !style.is_empty() {
                para.heading = self.styles.heading(style);
                para.list = self.styles.list(style);
            }
            if let Some(level) = tree
                .child(ppr, "outlineLvl")
                .and_then(|o| tree.attr(o, "val"))
                .and_then(|v| v.parse::<u8>().ok())
                .filter(|&l| l < 9)
            {
                para.heading = Some((level + 1).min(6));
            }
            if let Some(num) = tree.child(ppr, "numPr") {
                let id = tree
                    .child(num, "numId")
                    .and_then(|n| tree.attr(n, "val"))
                    .unwrap_or("1");
                para.list = id != "0";
            }
        }
        let mut boxes = Vec::new();
        self.inline(p, None, &mut para, &mut boxes);
        let container_for_boxes = Container::TextBox;
        self.paras.push(para);
        for b in boxes {
            self.blocks(b, container_for_boxes);
        }
    }

    fn atom(para: &mut Para, run: NodeId, node: NodeId, text: &str, splittable: bool) {
        if text.is_empty() {
            return;
        }
        let start = para.text.len();
        // Line breaks inside a run's text are spaces to Word; one byte each, as before.
        para.text.extend(
            text.chars()
                .map(|c| if c.is_ascii_control() { ' ' } else { c }),
        );
        para.atoms.push(Atom {
            run,
            node,
            start,
            len: para.text.len() - start,
            splittable,
        });
    }

    fn inline(
        &mut self,
        id: NodeId,
        run: Option<NodeId>,
        para: &mut Para,
        boxes: &mut Vec<NodeId>,
    ) {
        let tree = self.tree;
        for &child in tree.children(id) {
            match (tree.local(child), run) {
                ("r", _) => self.inline(child, Some(child), para, boxes),
                ("t", Some(r)) => {
                    let text = tree.text(child);
                    Self::atom(para, r, child, &text, true);
                }
                ("tab" | "ptab" | "br" | "cr", Some(r)) => Self::atom(para, r, child, " ", false),
                ("noBreakHyphen", Some(r)) => Self::atom(para, r, child, "-", false),
                ("fldChar", Some(r)) => {
                    if let Some(value) = legacy_field(tree, child) {
                        Self::atom(para, r, child, &value, false);
                    }
                }
                (
                    "pPr" | "rPr" | "del" | "moveFrom" | "delText" | "instrText" | "delInstrText"
                    | "commentReference" | "footnoteReference" | "endnoteReference" | "sym"
                    | "Fallback" | "fldChar",
                    _,
                ) => {}
                ("drawing" | "pict" | "object", _) => {
                    self.text_boxes(child, boxes);
                }
                ("sdt", _) if !placeholder(tree, child) => {
                    if let Some(content) = tree.child(child, "sdtContent") {
                        self.inline(content, run, para, boxes);
                    }
                }
                ("sdt", _) => {}
                ("AlternateContent", _) => {
                    if let Some(choice) = tree.child(child, "Choice") {
                        self.inline(choice, run, para, boxes);
                    }
                }
                ("p" | "tbl" | "txbxContent", _) => {}
                _ => self.inline(child, run, para, boxes),
            }
        }
    }

    /// The text boxes in a drawing (the first choice of alternate content only: Word writes
    /// each box twice, once for older readers).
    fn text_boxes(&self, id: NodeId, boxes: &mut Vec<NodeId>) {
        let tree = self.tree;
        for &child in tree.children(id) {
            match tree.local(child) {
                "txbxContent" => boxes.push(child),
                "Fallback" => {}
                "AlternateContent" => {
                    if let Some(choice) = tree.child(child, "Choice") {
                        self.text_boxes(choice, boxes);
                    }
                }
                _ => self.text_boxes(child, boxes),
            }
        }
    }
}

/// One line of the audit text and the paragraph text it shows.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Line {
    /// Start and end in the audit text.
    pub start: usize,
    pub end: usize,
    pub para: usize,
    /// Where in the paragraph's text the line starts.
    pub at: usize,
    /// Whether the line's bytes are the paragraph's own (not a label caselint wrote).
    pub literal: bool,
}

/// What the reader needs to know of the configuration.
#[derive(Clone, Debug, Default)]
pub struct ReadOptions {
    /// Area names (a paragraph naming one, in any style, starts an area).
    pub areas: Vec<String>,
}

/// Front-matter keys as forms write them.
const FRONT_MATTER: &[(&str, &[&str])] = &[
    (
        "child",
        &[
            "child",
            "child's name",
            "childs name",
            "name of child",
            "child name",
            "young person",
            "children",
            "child(ren)",
        ],
    ),
    (
        "audit-date",
        &[
            "audit date",
            "date of audit",
            "date audited",
            "date of the audit",
            "audit-date",
        ],
    ),
    (
        "auditor",
        &[
            "auditor",
            "auditor name",
            "audited by",
            "name of auditor",
            "completed by",
        ],
    ),
];

fn normalise(text: &str) -> String {
    let lower = text.trim().to_lowercase().replace('\u{2019}', "'");
    lower.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Leading numbering: "1.", "2)", "(a)", "Area 3:", "Section 2 -".
fn strip_numbering(text: &str) -> &str {
    const SEPARATORS: [char; 7] = ['.', ')', ':', '-', '\u{2013}', ' ', '\t'];
    let t = text.trim_start();
    for word in ["area ", "section ", "part "] {
        if t.get(..word.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(word))
        {
            let after = t[word.len()..].trim_start();
            let rest = after.trim_start_matches(|c: char| c.is_ascii_digit());
            if rest.len() < after.len() {
                return rest.trim_start_matches(SEPARATORS);
            }
            return t;
        }
    }
    let r = t.strip_prefix('(').unwrap_or(t);
    let rest = r.trim_start_matches(|c: char| c.is_ascii_digit());
    // One or two digits: a year ("2026 review") is not numbering.
    if (1..=2).contains(&(r.len() - rest.len())) && rest.starts_with(SEPARATORS) {
        return rest.trim_start_matches(SEPARATORS);
    }
    let mut chars = r.chars();
    if let (Some(c), Some(')' | '.'), Some(' ')) = (chars.next(), chars.next(), chars.next()) {
        if c.is_ascii_alphabetic() {
            return r[2..].trim_start_matches(SEPARATORS);
        }
    }
    t
}

/// The section a whole paragraph or cell names: "Evidence", "Impact on the child:",
/// "2. Judgement (please choose)".
pub(crate) fn section_label(text: &str) -> Option<SectionKind> {
    let mut t = strip_numbering(text).trim();
    if let Some(open) = t.find('(') {
        if t.trim_end().ends_with(')') || t.trim_end().ends_with("):") {
            t = &t[..open];
        }
    }
    let t = t.trim().trim_end_matches([':', '?', '*']).trim();
    if t.is_empty() || t.len() > 40 {
        return None;
    }
    SectionKind::from_name(&normalise(t))
}

/// The label, when a paragraph starts with one followed by a colon ("Evidence: …").
fn starts_with_label(text: &str) -> bool {
    text.split_once(':')
        .is_some_and(|(head, _)| head.len() <= 40 && section_label(head).is_some())
}

fn front_matter_key(label: &str) -> Option<&'static str> {
    let label = normalise(label.trim().trim_end_matches(':'));
    FRONT_MATTER
        .iter()
        .find(|(_, names)| names.contains(&label.as_str()))
        .map(|(key, _)| *key)
}

/// Builds the audit text.
struct Writer<'a> {
    paras: &'a [Para],
    options: &'a ReadOptions,
    text: String,
    lines: Vec<Line>,
}

impl Writer<'_> {
    /// A line showing `para`'s text from `at` to `end`, after `prefix`.
    fn literal(&mut self, prefix: &str, para: usize, at: usize, end: usize) {
        self.synthetic(prefix, para, at);
        let start = self.text.len();
        self.text.push_str(&self.paras[para].text[at..end]);
        self.lines.push(Line {
            start,
            end: self.text.len(),
            para,
            at,
            literal: true,
        });
        self.text.push_str("\n\n");
    }

    /// Text caselint writes (a label, a list marker) standing for a place in `para`.
    fn synthetic(&mut self, text: &str, para: usize, at: usize) {
        if text.is_empty() {
            return;
        }
        let start = self.text.len();
        self.text.push_str(text);
        self.lines.push(Line {
            start,
            end: self.text.len(),
            para,
            at,
            literal: false,
        });
    }

    fn end_line(&mut self) {
        self.text.push_str("\n\n");
    }

    /// The paragraph's text, trimmed: (start, end) in its text.
    fn trimmed(&self, para: usize) -> (usize, usize) {
        let text = &self.paras[para].text;
        let start = text.len() - text.trim_start().len();
        let end = text.trim_end().len().max(start);
        (start, end)
    }

    /// Where a heading's text starts after its numbering ("2. Assessment" names the area
    /// "Assessment"); the start itself when the heading is only a number.
    fn unnumbered(&self, para: usize, start: usize, end: usize) -> usize {
        let text = &self.paras[para].text[start..end];
        let rest = strip_numbering(text);
        if rest.trim().is_empty() {
            start
        } else {
            end - rest.len()
        }
    }

    fn is_area(&self, text: &str) -> bool {
        let name = normalise(strip_numbering(text).trim_end_matches(':'));
        !name.is_empty()
            && self
                .options
                .areas
                .iter()
                .any(|a| normalise(a) == name || normalise(&a.replace('&', "and")) == name)
    }

    /// One paragraph outside a labelled table row.
    fn paragraph(&mut self, i: usize) {
        let (start, end) = self.trimmed(i);
        if start == end {
            return;
        }
        let para = &self.paras[i];
        let text = &para.text[start..end];
        if let Some(level) = para.heading {
            let prefix = format!("{} ", "#".repeat(level as usize));
            return self.literal(&prefix, i, self.unnumbered(i, start, end), end);
        }
        if starts_with_label(text) || text.to_lowercase().starts_with("area:") {
            let head = text.split_once(':').map_or("", |(h, _)| h);
            if section_label(head) == Some(SectionKind::Judgement) {
                self.synthetic("Judgement:", i, start);
                self.end_line();
                if self.tick_boxes(&[vec![i]]) {
                    return;
                }
                let value = start + head.len() + 1;
                let lead = text[head.len() + 1..].len() - text[head.len() + 1..].trim_start().len();
                if value + lead < end {
                    self.literal("", i, value + lead, end);
                }
                return;
            }
            return self.literal("", i, start, end);
        }
        if let Some(kind) = section_label(text) {
            self.synthetic(&format!("{}:", kind.label()), i, start);
            return self.end_line();
        }
        if self.is_area(text) {
            return self.literal("## ", i, self.unnumbered(i, start, end), end);
        }
        if para.list {
            return self.literal("- ", i, start, end);
        }
        self.literal("", i, start, end);
    }

    /// The non-empty paragraphs of each cell of the row starting at `first`.
    fn row(&self, first: usize) -> (Vec<Vec<usize>>, usize) {
        let key = |p: &Para| match p.container {
            Container::Cell { table, row, .. } => Some((table, row)),
            _ => None,
        };
        let row = key(&self.paras[first]);
        let mut cells: Vec<Vec<usize>> = Vec::new();
        let mut last_cell = 0;
        let mut i = first;
        while i < self.paras.len() && key(&self.paras[i]) == row {
            if let Container::Cell { cell, .. } = self.paras[i].container {
                if cell != last_cell {
                    cells.push(Vec::new());
                    last_cell = cell;
                }
            }
            let (s, e) = self.trimmed(i);
            if s < e {
                if let Some(c) = cells.last_mut() {
                    c.push(i);
                }
            }
            i += 1;
        }
        (cells, i)
    }

    fn cell_text(&self, cell: &[usize]) -> String {
        cell.iter()
            .map(|&i| self.paras[i].text.trim())
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// A table row: `Label | content`, a banner naming an area, or a row of column labels
    /// (`Judgement | Evidence | Impact | Actions`) whose cells below are those sections.
    fn table_row(&mut self, cells: &[Vec<usize>], columns: &mut Vec<Option<SectionKind>>) {
        let texts: Vec<String> = cells.iter().map(|c| self.cell_text(c)).collect();
        let labels: Vec<Option<SectionKind>> = texts.iter().map(|t| section_label(t)).collect();
        let filled = texts.iter().filter(|t| !t.is_empty()).count();
        // A header row of section names.
        if filled >= 2
            && texts
                .iter()
                .zip(&labels)
                .all(|(t, l)| t.is_empty() || l.is_some())
        {
            *columns = labels;
            return;
        }
        if cells.len() >= 2 && labels[0].is_some() && !cells[0].is_empty() {
            let kind = labels[0].unwrap_or(SectionKind::Evidence);
            self.synthetic(&format!("{}:", kind.label()), cells[0][0], 0);
            self.end_line();
            if kind == SectionKind::Judgement && self.tick_boxes(&cells[1..]) {
                return;
            }
            for cell in &cells[1..] {
                for &p in cell {
                    self.content(p);
                }
            }
            return;
        }
        if cells.len() >= 2 && !cells[0].is_empty() {
            let head = normalise(texts[0].trim_end_matches(':'));
            if matches!(head.as_str(), "area" | "area of practice" | "practice area")
                && !cells[1].is_empty()
            {
                let p = cells[1][0];
                let (s, e) = self.trimmed(p);
                return self.literal("Area: ", p, s, e);
            }
        }
        // Cells under a header row of section names.
        if columns.iter().any(Option::is_some) && cells.len() == columns.len() {
            for (cell, kind) in cells.iter().zip(columns.clone()) {
                if let (Some(kind), Some(&first)) = (kind, cell.first()) {
                    self.synthetic(&format!("{}:", kind.label()), first, 0);
                    self.end_line();
                }
                for &p in cell {
                    self.content(p);
                }
            }
            return;
        }
        // A banner: one cell across the table with a short title names an area.
        if filled == 1 && cells.len() == 1 && cells[0].len() == 1 {
            let p = cells[0][0];
            let text = &texts[0];
            let words = text.split_whitespace().count();
            if section_label(text).is_none()
                && self.paras[p].heading.is_none()
                && !starts_with_label(text)
                && words <= 12
                && !text.ends_with(['.', '?', '!'])
                && !text.contains(':')
            {
                let (s, e) = self.trimmed(p);
                return self.literal("## ", p, self.unnumbered(p, s, e), e);
            }
        }
        for cell in cells {
            for &p in cell {
                self.paragraph(p);
            }
        }
    }

    /// A grade chosen with tick boxes ("☐ Outstanding ☒ Good ☐ Requires improvement", one
    /// per paragraph or cell, or all in one): the ticked grade's words, or nothing when no
    /// box is ticked. False when there are no boxes.
    fn tick_boxes(&mut self, cells: &[Vec<usize>]) -> bool {
        let paras: Vec<usize> = cells.iter().flatten().copied().collect();
        let mut any_box = false;
        let mut chosen = None;
        for &p in &paras {
            let text = &self.paras[p].text;
            for (at, c) in text.char_indices() {
                let checked = match c {
                    '\u{2612}' | '\u{2611}' | '\u{2713}' | '\u{2714}' | '\u{22A0}' | '\u{25A0}' => {
                        true
                    }
                    '\u{2610}' | '\u{25A1}' | '\u{274F}' => false,
                    _ => continue,
                };
                any_box = true;
                if checked && chosen.is_none() {
                    let start = at + c.len_utf8();
                    let rest = &text[start..];
                    let end = rest
                        .find([
                            '\u{2610}', '\u{25A1}', '\u{274F}', '\u{2612}', '\u{2611}', '\u{2713}',
                            '\u{2714}', '\u{22A0}', '\u{25A0}',
                        ])
                        .unwrap_or(rest.len());
                    let label = &rest[..end];
                    let lead = label.len() - label.trim_start().len();
                    let words = label.trim();
                    if !words.is_empty() {
                        chosen = Some((p, start + lead, start + lead + words.len()));
                    }
                }
            }
        }
        if !any_box {
            return false;
        }
        if let Some((p, s, e)) = chosen {
            self.literal("", p, s, e);
        }
        true
    }

    /// A paragraph of a section's content: a list item or text.
    fn content(&mut self, p: usize) {
        let (s, e) = self.trimmed(p);
        if s == e {
            return;
        }
        let prefix = if self.paras[p].list { "- " } else { "" };
        self.literal(prefix, p, s, e);
    }
}

/// The audit text of a form's paragraphs and the map back.
pub(crate) fn audit_text(paras: &[Para], options: &ReadOptions) -> (String, Vec<Line>) {
    let mut w = Writer {
        paras,
        options,
        text: String::new(),
        lines: Vec::new(),
    };
    // Front matter: "Child: Jo" paragraphs and `Child | Jo` rows before the first section.
    let mut used = vec![false; paras.len()];
    let mut facts: Vec<(&'static str, usize, usize, usize)> = Vec::new();
    let mut i = 0;
    while i < paras.len() {
        let (s, e) = w.trimmed(i);
        let text = &paras[i].text[s..e];
        if section_label(text).is_some() || starts_with_label(text) {
            break;
        }
        if let Container::Cell { .. } = paras[i].container {
            let (cells, next) = w.row(i);
            if cells.len() >= 2 && !cells[0].is_empty() && !cells[1].is_empty() {
                if let Some(key) = front_matter_key(&w.cell_text(&cells[0])) {
                    if facts.iter().all(|f| f.0 != key) {
                        let p = cells[1][0];
                        let (vs, ve) = w.trimmed(p);
                        facts.push((key, p, vs, ve));
                        for c in cells.iter().take(2) {
                            for &p in c {
                                used[p] = true;
                            }
                        }
                    }
                }
            }
            if cells.iter().flatten().any(|&p| {
                let (s, e) = w.trimmed(p);
                section_label(&paras[p].text[s..e]).is_some()
            }) {
                break;
            }
            i = next.max(i + 1);
            continue;
        }
        if let Some((head, value)) = text.split_once(':') {
            if let Some(key) = front_matter_key(head) {
                let value_at = s + head.len() + 1;
                let lead = value.len() - value.trim_start().len();
                if !value.trim().is_empty() && facts.iter().all(|f| f.0 != key) {
                    facts.push((key, i, value_at + lead, e));
                    used[i] = true;
                }
            }
        }
        i += 1;
    }
    if !facts.is_empty() {
        w.text.push_str("---\n");
        for (key, p, s, e) in facts {
            w.text.push_str(key);
            w.text.push_str(": ");
            let start = w.text.len();
            w.text.push_str(&paras[p].text[s..e]);
            w.lines.push(Line {
                start,
                end: w.text.len(),
                para: p,
                at: s,
                literal: true,
            });
            w.text.push('\n');
        }
        w.text.push_str("---\n\n");
    }
    let mut columns: Vec<Option<SectionKind>> = Vec::new();
    let mut table = 0;
    let mut i = 0;
    while i < paras.len() {
        if used[i] {
            i += 1;
            continue;
        }
        match paras[i].container {
            Container::Cell { table: t, .. } => {
                if t != table {
                    columns.clear();
                    table = t;
                }
                let (mut cells, next) = w.row(i);
                for c in &mut cells {
                    c.retain(|&p| !used[p]);
                }
                w.table_row(&cells, &mut columns);
                i = next.max(i + 1);
            }
            _ => {
                w.paragraph(i);
                i += 1;
            }
        }
    }
    (w.text, w.lines)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_found_with_numbers_colons_and_notes() {
        for (text, kind) in [
            ("Evidence", Some(SectionKind::Evidence)),
            (
                "2. Judgement (please choose):",
                Some(SectionKind::Judgement),
            ),
            ("Impact on the child:", Some(SectionKind::Impact)),
            ("a) Actions", Some(SectionKind::Actions)),
            ("Evidence of the plan being reviewed", None),
            ("Jo", None),
        ] {
            assert_eq!(section_label(text), kind, "{text}");
        }
        assert_eq!(strip_numbering("Area 2: Assessment"), "Assessment");
        assert_eq!(strip_numbering("3. Planning"), "Planning");
        assert_eq!(strip_numbering("Assessment"), "Assessment");
        assert_eq!(strip_numbering("(b) Planning"), "Planning");
        assert_eq!(strip_numbering("2026 review"), "2026 review");
        assert_eq!(strip_numbering("Areas of concern"), "Areas of concern");
    }
}
