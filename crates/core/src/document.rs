//! The audit document model (SPEC §2): front matter, areas, sections, judgement values,
//! actions, sentences and suppression comments, each with its byte range.
//!
//! Parsing never fails. Whatever could not be understood is listed in
//! [`Document::problems`], and the rest of the document is still modelled.

use std::sync::LazyLock;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use crate::comment::SuppressionKind;
use crate::date::{parse_date, Date};
use crate::lexicon::lazy::LazyRegex;
use crate::text::{LineIndex, Part, TextRange};

/// The four kinds of section an area holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SectionKind {
    Judgement,
    Evidence,
    Impact,
    Actions,
}

impl SectionKind {
    pub const ALL: [SectionKind; 4] = [
        SectionKind::Judgement,
        SectionKind::Evidence,
        SectionKind::Impact,
        SectionKind::Actions,
    ];

    /// The label caselint writes when it inserts this section.
    pub fn label(self) -> &'static str {
        match self {
            SectionKind::Judgement => "Judgement",
            SectionKind::Evidence => "Evidence",
            SectionKind::Impact => "Impact",
            SectionKind::Actions => "Actions",
        }
    }

    /// Every name (lower case) that labels this section.
    pub fn names(self) -> &'static [&'static str] {
        match self {
            SectionKind::Judgement => &["judgement", "judgment", "grade", "rating"],
            SectionKind::Evidence => &["evidence and analysis", "evidence", "findings", "analysis"],
            SectionKind::Impact => &[
                "impact on the child",
                "impact for the child",
                "impact statement",
                "impact",
            ],
            SectionKind::Actions => &[
                "actions required",
                "next steps",
                "recommendations",
                "actions",
                "action",
            ],
        }
    }

    /// The kind a label names (`Evidence and analysis` is Evidence), ignoring case and spacing.
    pub fn from_name(name: &str) -> Option<SectionKind> {
        if name.is_ascii() {
            // Word by word, ignoring case, with no string built (a label is looked up on
            // every line that looks like one).
            return SectionKind::ALL.into_iter().find(|kind| {
                kind.names().iter().any(|n| {
                    let mut written = name.split_ascii_whitespace();
                    n.split(' ')
                        .all(|w| written.next().is_some_and(|x| x.eq_ignore_ascii_case(w)))
                        && written.next().is_none()
                })
            });
        }
        let name = name.trim().to_lowercase();
        let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
        SectionKind::ALL
            .into_iter()
            .find(|kind| kind.names().contains(&name.as_str()))
    }
}

/// One section of an area: its label and its content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    pub kind: SectionKind,
    /// The label itself: a whole heading line, or `Label:` up to and including the colon
    /// (and any closing emphasis).
    pub label: TextRange,
    /// The section's text after the label, trimmed; empty (at the label's end) when the
    /// section has no text.
    pub content: TextRange,
    /// Whether the label is a Markdown heading (so an inserted sibling should be one too).
    pub heading_level: Option<u8>,
}

/// One action: a list item or a line of an Actions section, without its list marker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Action {
    pub range: TextRange,
}

/// An area of the child's journey.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Area {
    /// The area's name as written (empty for sections that come before any area heading).
    pub name: String,
    /// The heading or `Area:` line that names the area (empty at the first label when the
    /// area has no heading).
    pub heading: TextRange,
    /// The heading level (1 for `Area:` lines and for an area without a heading).
    pub level: u8,
    /// From the heading to the start of the next area or structural heading.
    pub range: TextRange,
    pub sections: Vec<Section>,
    /// The judgement value (the grade as written, trimmed of emphasis), when there is one.
    pub judgement_value: Option<TextRange>,
    /// The actions of the first Actions section.
    pub actions: Vec<Action>,
}

impl Area {
    /// The first section of `kind`.
    pub fn section(&self, kind: SectionKind) -> Option<&Section> {
        self.sections.iter().find(|s| s.kind == kind)
    }

    /// The first section of `kind` with non-empty content.
    pub fn content(&self, kind: SectionKind) -> Option<TextRange> {
        self.sections
            .iter()
            .filter(|s| s.kind == kind)
            .map(|s| s.content)
            .find(|c| !c.is_empty())
    }
}

/// The front matter block.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FrontMatter {
    /// The whole block, from the opening `---` to the end of the closing line.
    pub range: TextRange,
    /// Children named by `child`/`children`, in order.
    pub children: Vec<String>,
    /// The `audit-date` value as written and where it is.
    pub audit_date_value: Option<TextRange>,
    /// The audit date, when `audit-date` could be read.
    pub audit_date: Option<Date>,
    pub auditor: Option<String>,
    /// Every `key: value` entry (keys lower case, `_` and spaces as `-`), including the above.
    pub entries: Vec<(String, String)>,
}

/// A sentence of prose, with the area and section it belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub range: TextRange,
    pub area: Option<usize>,
    pub section: Option<SectionKind>,
}

/// A suppression comment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suppression {
    /// Codes or names (upper-cased codes, lower-case names); empty = every rule.
    pub codes: Vec<String>,
    /// 0-based lines, inclusive, on which diagnostics are suppressed.
    pub first_line: usize,
    pub last_line: usize,
    /// The reason after a colon (`<!-- caselint-disable-next-line S001: seen by duty SW
    /// 21/11 -->`), if one is given.
    pub reason: Option<String>,
    /// The comment itself.
    pub range: TextRange,
}

/// The escalation rule: a suppression of it must say why.
const ESCALATION: (&str, &str) = ("S001", "escalate-now");

impl Suppression {
    pub fn covers(&self, line: usize, code: &str, name: &str) -> bool {
        // A child who may be at risk is never hidden silently: S001 is suppressed only by a
        // comment that gives its reason.
        self.names(line, code, name) && !self.lacks_reason_for(line, code, name)
    }

    /// Whether this comment names the rule for `line` but cannot hide it, because it gives
    /// no reason for hiding an escalation.
    pub fn lacks_reason_for(&self, line: usize, code: &str, name: &str) -> bool {
        (code, name) == ESCALATION && self.reason.is_none() && self.names(line, code, name)
    }

    /// Whether the comment applies to `line` and names the rule (or names none).
    fn names(&self, line: usize, code: &str, name: &str) -> bool {
        (self.first_line..=self.last_line).contains(&line)
            && (self.codes.is_empty()
                || self
                    .codes
                    .iter()
                    .any(|c| c.eq_ignore_ascii_case(code) || c.eq_ignore_ascii_case(name)))
    }
}

/// Something the parser could not make sense of.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub range: TextRange,
    pub message: String,
}

/// A parsed audit.
#[derive(Clone, Debug)]
pub struct Document {
    pub text: String,
    pub line_index: LineIndex,
    pub front_matter: Option<FrontMatter>,
    pub areas: Vec<Area>,
    /// Prose blocks: text that is not front matter, a heading, a label, a comment or code.
    pub prose: Vec<Sentence>,
    pub sentences: Vec<Sentence>,
    pub suppressions: Vec<Suppression>,
    pub problems: Vec<Problem>,
    /// Parsed for its outline only: `prose` and `sentences` are empty.
    outline: bool,
}

impl Document {
    /// Parse `text`. Never fails and never panics.
    pub fn parse(text: &str) -> Document {
        Parser2::new(text).run(true)
    }

    /// Parse `text` for its outline only: front matter, areas, sections and suppressions,
    /// with no actions, prose or sentences. Enough to lint in chunks (each chunk is then
    /// parsed in full, and [`crate::check_document`] parses an outline with no areas again
    /// in full); the language server uses it so a keystroke does not split every sentence
    /// of a long audit twice.
    pub fn parse_outline(text: &str) -> Document {
        Parser2::new(text).run(false)
    }

    /// Whether this is an outline from [`Document::parse_outline`] (no prose or sentences).
    pub fn is_outline(&self) -> bool {
        self.outline
    }

    /// Free text: no area structure, so only the tone, safety and writing rules apply.
    pub fn is_free_text(&self) -> bool {
        self.areas.is_empty()
    }

    pub fn slice(&self, range: TextRange) -> &str {
        range.slice(&self.text)
    }

    /// The children named in the front matter.
    pub fn children(&self) -> &[String] {
        self.front_matter
            .as_ref()
            .map_or(&[][..], |fm| fm.children.as_slice())
    }

    pub fn audit_date(&self) -> Option<Date> {
        self.front_matter.as_ref().and_then(|fm| fm.audit_date)
    }

    /// Sentences inside `range`.
    pub fn sentences_in(&self, range: TextRange) -> impl Iterator<Item = &Sentence> + '_ {
        let start = self
            .sentences
            .partition_point(|s| s.range.start < range.start);
        self.sentences[start..]
            .iter()
            .take_while(move |s| s.range.end <= range.end)
    }

    /// The line break the document uses ("\r\n" when its first line break is one).
    pub fn line_break(&self) -> &'static str {
        match self.text.find('\n') {
            Some(i) if i > 0 && self.text.as_bytes()[i - 1] == b'\r' => "\r\n",
            _ => "\n",
        }
    }
}

static LABEL_LINE: LazyLock<LazyRegex> = LazyLock::new(|| {
    let mut names: Vec<&str> = SectionKind::ALL
        .iter()
        .flat_map(|k| k.names().iter().copied())
        .collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    let names = names
        .iter()
        .map(|n| n.replace(' ', r"\s+"))
        .collect::<Vec<_>>()
        .join("|");
    // `Label:`, `**Label:**`, `**Label**:`, `__Label__:`; any case.
    LazyRegex::builtin(format!(
        r"(?i)^[ \t]{{0,3}}(?:\*\*|__|\*|_)?[ \t]*(?P<name>{names})[ \t]*(?:(?:\*\*|__|\*|_)[ \t]*:|:[ \t]*(?:\*\*|__|\*|_)?)"
    ))
});

/// "Judgement - Requires improvement": a judgement label with a dash for its colon (only
/// the judgement: "Evidence - …" could as well be a sentence).
static JUDGEMENT_DASH: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(r"(?i)^[ \t]{0,3}(?:\*\*|__)?[ \t]*(?:judgement|judgment|grade|rating)[ \t]*(?:\*\*|__)?[ \t]+[-–—][ \t]+".to_owned())
});

static AREA_LINE: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(r"(?i)^[ \t]{0,3}(?:\*\*|__)?[ \t]*area[ \t]*(?:(?:\*\*|__)[ \t]*:|:[ \t]*(?:\*\*|__)?)[ \t]*(?P<name>\S.*?)[ \t]*$".to_owned())
});

/// The label a heading is made of alone ("### Evidence", "## **Impact:**"): its text
/// without emphasis markers, a trailing colon or spaces, when what is left has no colon,
/// `*` or `_` (the pattern `^\s*(\*\*|__|\*|_)?\s*([^:*_]+?)\s*(\*\*|__|\*|_)?\s*:?\s*$`
/// with spaces and tabs for `\s`, written out because headings are many and a capturing
/// search is slow).
fn heading_only_label(heading: &str) -> Option<&str> {
    const EMPHASIS: [&str; 4] = ["**", "__", "*", "_"];
    let blank = [' ', '\t'];
    let mut name = heading.trim_start_matches(blank);
    if let Some(rest) = EMPHASIS.iter().find_map(|e| name.strip_prefix(e)) {
        name = rest;
    }
    name = name.trim_matches(blank);
    if let Some(rest) = name.strip_suffix(':') {
        name = rest.trim_end_matches(blank);
    }
    if let Some(rest) = EMPHASIS.iter().find_map(|e| name.strip_suffix(e)) {
        name = rest.trim_end_matches(blank);
    }
    (!name.is_empty() && !name.contains([':', '*', '_'])).then_some(name)
}

static LIST_MARKER: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(r"^[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?".to_owned())
});

/// A structural marker found by the line scan.
#[derive(Clone, Debug)]
enum Marker {
    /// A heading or `Area:` line that may name an area.
    Heading {
        range: TextRange,
        name: TextRange,
        level: u8,
        area_line: bool,
    },
    Label {
        kind: SectionKind,
        range: TextRange,
        /// Where the section's content starts (after the colon or the heading).
        content_start: usize,
        heading_level: Option<u8>,
    },
}

impl Marker {
    fn start(&self) -> usize {
        match self {
            Marker::Heading { range, .. } | Marker::Label { range, .. } => range.start(),
        }
    }
}

/// Whether `next`, the marker after a heading of `level` deeper than the area it is in,
/// makes that heading an area of its own: a section heading deeper still ("Multi-agency
/// working" as a level-2 heading, then "### Judgement", after an area at level 1), or a
/// judgement line. A sub-heading in a section's text, followed by the area's next section
/// at a shallower level ("#### Visits" before "### Impact"), stays part of the text.
fn heads_sections(next: Option<&Marker>, level: u8) -> bool {
    match next {
        Some(Marker::Label {
            heading_level: Some(l),
            ..
        }) => *l > level,
        Some(Marker::Label {
            kind: SectionKind::Judgement,
            heading_level: None,
            ..
        }) => true,
        _ => false,
    }
}

struct Parser2<'a> {
    text: &'a str,
    line_index: LineIndex,
    problems: Vec<Problem>,
}

struct MarkdownFacts {
    /// Headings: whole range, content range, level.
    headings: Vec<(TextRange, TextRange, u8)>,
    /// Top-level list items.
    items: Vec<TextRange>,
    /// Code blocks, which hold no prose.
    code: Vec<TextRange>,
}

impl<'a> Parser2<'a> {
    fn new(text: &'a str) -> Self {
        Parser2 {
            text,
            line_index: LineIndex::new(text),
            problems: Vec::new(),
        }
    }

    fn run(mut self, full: bool) -> Document {
        let (front_matter, body_start) = self.front_matter();
        let facts = self.markdown(body_start);
        let markers = self.markers(body_start, &facts);
        let areas = self.areas(&markers, &facts, full);
        let comments: Vec<TextRange> = crate::comment::comments(self.text)
            .map(|(start, end)| TextRange::new(start, end))
            .collect();
        let (prose, sentences) = if full {
            let prose = self.prose(body_start, &markers, &areas, &facts, &comments);
            let sentences = self.sentences(&prose);
            (prose, sentences)
        } else {
            (Vec::new(), Vec::new())
        };
        let suppressions = self.suppressions();
        Document {
            text: self.text.to_owned(),
            line_index: self.line_index,
            front_matter,
            areas,
            prose,
            sentences,
            suppressions,
            problems: self.problems,
            outline: !full,
        }
    }

    fn front_matter(&mut self) -> (Option<FrontMatter>, usize) {
        let text = self.text;
        let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
        let first = self.line_index.line_range(0, text);
        if first.slice(text).trim_start_matches('\u{feff}').trim_end() != "---" {
            return (None, bom);
        }
        let mut fm = FrontMatter::default();
        let mut line = 1;
        let mut closed = None;
        while line < self.line_index.line_count() {
            let range = self.line_index.line_range(line, text);
            let content = range.slice(text);
            if matches!(content.trim_end(), "---" | "...") {
                closed = Some(line);
                break;
            }
            line += 1;
        }
        let Some(close) = closed else {
            self.problems.push(Problem {
                range: first,
                message: "the front matter opened with `---` is never closed with a `---` line"
                    .to_owned(),
            });
            return (None, bom);
        };
        for line in 1..close {
            let range = self.line_index.line_range(line, text);
            let content = range.slice(text);
            if content.trim().is_empty() || content.trim_start().starts_with('#') {
                continue;
            }
            let Some((key, _)) = content.split_once(':') else {
                self.problems.push(Problem {
                    range,
                    message: "a front matter line is not `key: value`".to_owned(),
                });
                continue;
            };
            let key_norm = key.trim().to_lowercase().replace(['_', ' '], "-");
            let value_offset = range.start() + key.len() + 1;
            let value_range = TextRange::new(value_offset, range.end()).trim(text);
            let value = unquote(value_range.slice(text));
            match key_norm.as_str() {
                "child" | "children" | "child-name" | "child-names" => {
                    fm.children = split_names(value);
                }
                "audit-date" | "date" | "date-of-audit" => {
                    fm.audit_date_value = Some(value_range);
                    fm.audit_date = parse_date(value);
                }
                "auditor" => fm.auditor = Some(value.to_owned()).filter(|v| !v.is_empty()),
                _ => {}
            }
            fm.entries.push((key_norm, value.to_owned()));
        }
        let close_range = self.line_index.line_range(close, text);
        let body_start = self.line_index.line_start(close + 1).unwrap_or(text.len());
        fm.range = TextRange::new(0, close_range.end());
        (Some(fm), body_start)
    }

    fn markdown(&self, body_start: usize) -> MarkdownFacts {
        let body = self.text.part(body_start..);
        let mut facts = MarkdownFacts {
            headings: Vec::new(),
            items: Vec::new(),
            code: Vec::new(),
        };
        let shift =
            |r: std::ops::Range<usize>| TextRange::new(r.start + body_start, r.end + body_start);
        let mut heading: Option<(TextRange, u8, Option<TextRange>)> = None;
        let mut list_depth = 0usize;
        for (event, range) in Parser::new_ext(body, Options::empty()).into_offset_iter() {
            match event {
                Event::Start(Tag::Heading { level, .. }) => {
                    heading = Some((shift(range), level as u8, None));
                }
                Event::End(TagEnd::Heading(_)) => {
                    if let Some((whole, level, content)) = heading.take() {
                        // The heading without its line break.
                        let whole = TextRange::new(
                            whole.start(),
                            whole.start() + whole.slice(self.text).trim_end().len(),
                        );
                        let content = content.unwrap_or(TextRange::new(whole.end(), whole.end()));
                        facts.headings.push((whole, content, level));
                    }
                }
                Event::Start(Tag::List(_)) => list_depth += 1,
                Event::End(TagEnd::List(_)) => list_depth = list_depth.saturating_sub(1),
                Event::Start(Tag::Item) if list_depth == 1 => facts.items.push(shift(range)),
                Event::Start(Tag::CodeBlock(_)) => facts.code.push(shift(range)),
                _ => {
                    if let Some((_, _, content)) = heading.as_mut() {
                        let r = shift(range);
                        *content = Some(match *content {
                            None => r,
                            Some(c) => {
                                TextRange::new(c.start().min(r.start()), c.end().max(r.end()))
                            }
                        });
                    }
                }
            }
        }
        facts
    }

    fn markers(&self, body_start: usize, facts: &MarkdownFacts) -> Vec<Marker> {
        let text = self.text;
        let mut markers = Vec::new();
        let mut headings = facts.headings.iter().peekable();
        let mut code = facts.code.iter().peekable();
        let first_line = self.line_index.line_of(body_start);
        let mut line = first_line;
        while line < self.line_index.line_count() {
            let range = self.line_index.line_range(line, text);
            line += 1;
            if range.start() < body_start {
                continue;
            }
            while code.peek().is_some_and(|c| c.end() <= range.start()) {
                code.next();
            }
            if code.peek().is_some_and(|c| c.contains(range.start())) {
                continue;
            }
            while headings.peek().is_some_and(|h| h.0.end() <= range.start()) {
                headings.next();
            }
            if let Some(&&(whole, content, level)) = headings.peek() {
                if whole.contains(range.start()) || whole.start() == range.start() {
                    headings.next();
                    markers.push(self.heading_marker(whole, content, level));
                    // Skip the rest of the heading (a setext underline).
                    line = self.line_index.line_of(whole.end().saturating_sub(1)) + 1;
                    continue;
                }
            }
            let content = range.slice(text);
            // Most lines are prose: a cheap look at the first character, then a fast
            // `is_match`, before the slower capturing search.
            let first = content.trim_start().chars().next();
            if !first.is_some_and(|c| c.is_alphabetic() || c == '*' || c == '_') {
                continue;
            }
            // Both kinds of line need a colon, but for "Judgement - Good".
            let dashed = JUDGEMENT_DASH.captures(content);
            if dashed.is_none()
                && (!content.contains(':')
                    || !LABEL_LINE.is_match(content) && !AREA_LINE.is_match(content))
            {
                continue;
            }
            if let Some(caps) = dashed {
                let end = caps.get(0).map_or(0, |m| m.end());
                markers.push(Marker::Label {
                    kind: SectionKind::Judgement,
                    range: range.sub(content.len() - content.trim_start().len(), end),
                    content_start: range.start() + end,
                    heading_level: None,
                });
            } else if let Some(caps) = AREA_LINE.captures(content) {
                let name = caps
                    .name("name")
                    .map_or(range, |m| range.sub(m.start(), m.end()));
                markers.push(Marker::Heading {
                    range,
                    name: strip_emphasis(name, text),
                    level: 1,
                    area_line: true,
                });
            } else if let Some(caps) = LABEL_LINE.captures(content) {
                let Some(kind) = caps
                    .name("name")
                    .and_then(|n| SectionKind::from_name(n.as_str()))
                else {
                    continue;
                };
                let end = caps.get(0).map_or(0, |m| m.end());
                markers.push(Marker::Label {
                    kind,
                    range: range.sub(content.len() - content.trim_start().len(), end),
                    content_start: range.start() + end,
                    heading_level: None,
                });
            }
        }
        markers
    }

    fn heading_marker(&self, whole: TextRange, content: TextRange, level: u8) -> Marker {
        let text = self.text;
        let heading_text = content.slice(text);
        // `Area:` and `Label:` headings have a colon; most headings have none, and a
        // capturing search costs far more than a look for one byte.
        let colon = heading_text.contains(':');
        if let Some(caps) = colon.then(|| AREA_LINE.captures(heading_text)).flatten() {
            let name = caps
                .name("name")
                .map_or(content, |m| content.sub(m.start(), m.end()));
            return Marker::Heading {
                range: whole,
                name: strip_emphasis(name, text),
                level,
                area_line: false,
            };
        }
        if let Some(caps) = colon.then(|| LABEL_LINE.captures(heading_text)).flatten() {
            if let Some(kind) = caps
                .name("name")
                .and_then(|n| SectionKind::from_name(n.as_str()))
            {
                let end = caps.get(0).map_or(0, |m| m.end());
                let rest = content.sub(end, heading_text.len()).trim(text);
                // "### Judgement: Good" carries its content in the heading.
                let content_start = if rest.is_empty() {
                    whole.end()
                } else {
                    rest.start()
                };
                return Marker::Label {
                    kind,
                    range: if rest.is_empty() {
                        whole
                    } else {
                        TextRange::new(whole.start(), rest.start())
                    },
                    content_start,
                    heading_level: Some(level),
                };
            }
        }
        if let Some(kind) = heading_only_label(heading_text).and_then(SectionKind::from_name) {
            return Marker::Label {
                kind,
                range: whole,
                content_start: whole.end(),
                heading_level: Some(level),
            };
        }
        Marker::Heading {
            range: whole,
            name: strip_emphasis(content, text),
            level,
            area_line: false,
        }
    }

    fn areas(&mut self, markers: &[Marker], facts: &MarkdownFacts, full: bool) -> Vec<Area> {
        let text = self.text;
        let mut areas: Vec<Area> = Vec::new();
        // Headings that are structural (they end a section); deeper headings inside an
        // area are part of its content.
        let mut current_level: Option<u8> = None;
        let mut pending: Option<(TextRange, TextRange, u8)> = None;
        let mut structural_ends: Vec<usize> = Vec::new();
        for (i, marker) in markers.iter().enumerate() {
            match marker {
                Marker::Heading {
                    range,
                    name,
                    level,
                    area_line,
                } => {
                    if let Some(cur) = current_level {
                        if !area_line && *level > cur && !heads_sections(markers.get(i + 1), *level)
                        {
                            continue;
                        }
                    }
                    current_level = None;
                    structural_ends.push(range.start());
                    pending = Some((*range, *name, *level));
                }
                Marker::Label {
                    kind,
                    range,
                    content_start,
                    heading_level,
                } => {
                    if let Some((heading, name, level)) = pending.take() {
                        areas.push(Area {
                            name: name.slice(text).to_owned(),
                            heading,
                            level,
                            range: TextRange::new(heading.start(), text.len()),
                            sections: Vec::new(),
                            judgement_value: None,
                            actions: Vec::new(),
                        });
                        current_level = Some(level);
                    } else if areas.is_empty() {
                        areas.push(Area {
                            name: String::new(),
                            heading: TextRange::new(range.start(), range.start()),
                            level: 1,
                            range: TextRange::new(range.start(), text.len()),
                            sections: Vec::new(),
                            judgement_value: None,
                            actions: Vec::new(),
                        });
                        current_level = Some(1);
                    }
                    if let Some(area) = areas.last_mut() {
                        area.sections.push(Section {
                            kind: *kind,
                            label: *range,
                            content: TextRange::new(*content_start, *content_start),
                            heading_level: *heading_level,
                        });
                    }
                }
            }
        }
        // Close areas and sections at the next structural marker.
        let label_starts: Vec<usize> = markers
            .iter()
            .filter(|m| matches!(m, Marker::Label { .. }))
            .map(Marker::start)
            .collect();
        let mut boundaries: Vec<usize> = structural_ends
            .iter()
            .copied()
            .chain(label_starts)
            .collect();
        boundaries.sort_unstable();
        let next_boundary = |after: usize| -> usize {
            let i = boundaries.partition_point(|&b| b <= after);
            boundaries.get(i).copied().unwrap_or(text.len())
        };
        for area in &mut areas {
            let start = area.range.start();
            // Headings are found in order, so the next structural heading is a binary
            // search away (linear time overall, even with thousands of areas).
            let after = start.max(area.heading.end().saturating_sub(1));
            let i = structural_ends.partition_point(|&s| s <= after);
            let end = structural_ends.get(i).copied().unwrap_or(text.len());
            area.range = TextRange::new(start, end);
            for section in &mut area.sections {
                let content_start = section.content.start();
                let end = next_boundary(section.label.start())
                    .min(end)
                    .max(content_start);
                section.content = TextRange::new(content_start, end).trim(text);
                // A section holding only comments (prompts) is empty.
                if only_comments(section.content.slice(text)) {
                    section.content = TextRange::new(content_start, content_start);
                }
            }
            area.judgement_value = judgement_value(area, text);
            // An outline is linted area by area, each parsed in full: it needs no actions.
            if full {
                area.actions = actions(area, text, &facts.items);
            }
        }
        areas
    }

    fn prose(
        &self,
        body_start: usize,
        markers: &[Marker],
        areas: &[Area],
        facts: &MarkdownFacts,
        comments: &[TextRange],
    ) -> Vec<Sentence> {
        let text = self.text;
        // Cut points: every marker is removed from the prose.
        let mut holes: Vec<TextRange> = markers
            .iter()
            .map(|m| match m {
                Marker::Label {
                    range,
                    content_start,
                    ..
                } => TextRange::new(range.start(), (*content_start).max(range.end())),
                Marker::Heading { range, .. } => *range,
            })
            .collect();
        holes.extend(facts.code.iter().copied());
        holes.extend(comments.iter().copied());
        holes.extend(facts.headings.iter().map(|h| h.0));
        holes.sort_unstable();
        let mut blocks = Vec::new();
        let mut pos = body_start;
        for hole in holes
            .iter()
            .chain(std::iter::once(&TextRange::new(text.len(), text.len())))
        {
            if hole.start() > pos {
                let range = TextRange::new(pos, hole.start()).trim(text);
                if !range.is_empty() {
                    blocks.push(range);
                }
            }
            pos = pos.max(hole.end());
        }
        // Judgement sections hold a grade, not prose.
        blocks
            .into_iter()
            .flat_map(|block| split_at_areas(block, areas))
            .filter_map(|block| {
                let i = areas.partition_point(|a| a.range.start() <= block.start());
                let area = i
                    .checked_sub(1)
                    .filter(|&i| areas[i].range.contains(block.start()));
                let section = area.and_then(|i| {
                    areas[i]
                        .sections
                        .iter()
                        .rfind(|s| s.label.start() <= block.start())
                        .filter(|s| block.start() <= s.content.end().max(s.label.end()))
                        .map(|s| s.kind)
                });
                (section != Some(SectionKind::Judgement)).then_some(Sentence {
                    range: block,
                    area,
                    section,
                })
            })
            .collect()
    }

    fn sentences(&self, prose: &[Sentence]) -> Vec<Sentence> {
        let text = self.text;
        let mut out = Vec::new();
        for block in prose {
            let block_text = unwrap_lines(block.range.slice(text));
            for (offset, sentence) in split_sentences(&block_text) {
                let mut range = block.range.sub(offset, offset + sentence.len()).trim(text);
                let starts_like_marker = range.slice(text).starts_with(|c: char| {
                    c.is_ascii_digit() || matches!(c, '-' | '*' | '+' | '•')
                });
                if let Some(m) = LIST_MARKER
                    .find(range.slice(text))
                    .filter(|_| starts_like_marker)
                {
                    range = TextRange::new(range.start() + m.end(), range.end());
                }
                if range.slice(text).chars().any(char::is_alphanumeric) {
                    out.push(Sentence {
                        range,
                        area: block.area,
                        section: block.section,
                    });
                }
            }
        }
        out
    }

    fn suppressions(&self) -> Vec<Suppression> {
        let mut out = Vec::new();
        let mut open: Vec<(Vec<String>, usize, Option<String>, TextRange)> = Vec::new();
        let last_line = self.line_index.line_count().saturating_sub(1);
        for found in crate::comment::suppressions(self.text) {
            let range = TextRange::new(found.start, found.end);
            let written = found.codes;
            // "S001: seen by duty SW 21/11": codes, then the reason after a colon.
            let (written, reason) = match written.split_once(':') {
                Some((codes, reason)) if !reason.trim().is_empty() => {
                    (codes, Some(reason.trim().to_owned()))
                }
                Some((codes, _)) => (codes, None),
                None => (written, None),
            };
            let codes: Vec<String> = Some(written)
                .map(|c| {
                    c.split(|ch: char| ch == ',' || ch.is_whitespace())
                        .filter(|s| !s.is_empty())
                        .map(str::to_owned)
                        .collect()
                })
                .unwrap_or_default();
            let start_line = self.line_index.line_of(found.start);
            let end_line = self.line_index.line_of(found.end.saturating_sub(1));
            match found.kind {
                SuppressionKind::DisableNextLine => out.push(Suppression {
                    codes,
                    first_line: end_line + 1,
                    last_line: end_line + 1,
                    reason,
                    range,
                }),
                SuppressionKind::Disable => open.push((codes, start_line, reason, range)),
                SuppressionKind::Enable => {
                    // `caselint-enable` closes every open region, or those of its codes.
                    let (closing, keep): (Vec<_>, Vec<_>) = open.drain(..).partition(|(c, ..)| {
                        codes.is_empty()
                            || c.iter()
                                .any(|x| codes.iter().any(|y| x.eq_ignore_ascii_case(y)))
                    });
                    open = keep;
                    for (codes, first, reason, range) in closing {
                        out.push(Suppression {
                            codes,
                            first_line: first,
                            last_line: end_line,
                            reason,
                            range,
                        });
                    }
                }
            }
        }
        for (codes, first, reason, range) in open {
            out.push(Suppression {
                codes,
                first_line: first,
                last_line,
                reason,
                range,
            });
        }
        out
    }
}

fn split_at_areas(block: TextRange, areas: &[Area]) -> Vec<TextRange> {
    let mut out = Vec::new();
    let mut start = block.start();
    let first = areas.partition_point(|a| a.range.start() <= start);
    for area in &areas[first..] {
        if area.range.start() >= block.end() {
            break;
        }
        if area.range.start() > start {
            out.push(TextRange::new(start, area.range.start()));
            start = area.range.start();
        }
    }
    out.push(TextRange::new(start, block.end()));
    out
}

fn judgement_value(area: &Area, text: &str) -> Option<TextRange> {
    let section = area.section(SectionKind::Judgement)?;
    let content = section.content;
    let first_line = content.slice(text).lines().find(|l| !l.trim().is_empty())?;
    let offset = first_line.as_ptr() as usize - content.slice(text).as_ptr() as usize;
    let range = content.sub(offset, offset + first_line.len());
    let range = strip_emphasis(range, text);
    (!range.is_empty()).then_some(range)
}

/// Whether `text` is nothing but comments and white space.
fn only_comments(text: &str) -> bool {
    let mut last = 0;
    for (start, end) in crate::comment::comments(text) {
        if !text.part(last..start).trim().is_empty() {
            return false;
        }
        last = end;
    }
    text.part(last..).trim().is_empty()
}

fn actions(area: &Area, text: &str, items: &[TextRange]) -> Vec<Action> {
    let Some(section) = area.section(SectionKind::Actions) else {
        return Vec::new();
    };
    let content = section.content;
    if content.is_empty() {
        return Vec::new();
    }
    let strip_marker = |range: TextRange| -> TextRange {
        let s = range.slice(text);
        let cut = LIST_MARKER.find(s).map_or(0, |m| m.end());
        range.sub(cut, s.len()).trim(text)
    };
    let in_section: Vec<Action> = items
        .iter()
        .filter(|item| content.start() <= item.start() && item.start() < content.end())
        .map(|item| Action {
            range: strip_marker(TextRange::new(item.start(), item.end().min(content.end()))),
        })
        .filter(|a| !only_comments(a.range.slice(text)))
        .collect();
    if !in_section.is_empty() {
        return in_section;
    }
    let mut out = Vec::new();
    let mut offset = 0;
    let body = content.slice(text);
    for line in body.split_inclusive('\n') {
        let range = strip_marker(content.sub(offset, offset + line.len()));
        offset += line.len();
        if !only_comments(range.slice(text)) {
            out.push(Action { range });
        }
    }
    out
}

/// Words that end with a full stop without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "mx", "dr", "st", "prof", "e.g", "i.e", "eg", "ie", "vs", "approx", "cf",
    "no", "nos", "ref", "tel", "dept", "incl", "est", "etc.,",
];

/// Whether `split_sentences` looks closer at byte `b`: a line break, `.`, `!`, `?` and
/// the first byte of "…".
fn sentence_stop(b: u8) -> bool {
    matches!(b, b'\n' | b'.' | b'!' | b'?' | 0xE2)
}

/// Split prose into sentences: after `.`, `!`, `?` or `…` (with any closing quotes or
/// brackets) followed by white space and a character that can start a sentence, and at
/// every line break left by `unwrap_lines`. Abbreviations ("e.g.", "Dr.") and initials
/// ("A. Auditor") do not end a sentence. Written for audit prose and measured: it is an
/// order of magnitude faster than general UAX #29 sentence segmentation.
pub(crate) fn split_sentences<'a>(text: &'a str) -> Vec<(usize, &'a str)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    let push = |from: usize, to: usize, out: &mut Vec<(usize, &'a str)>| {
        if to > from {
            out.push((from, text.part(from..to)));
        }
    };
    while i < bytes.len() {
        // Skip to the next byte that can end a sentence.
        match crate::text::find_byte(&bytes[i..], sentence_stop) {
            Some(skip) => i += skip,
            None => break,
        }
        let b = bytes[i];
        if b == b'\n' {
            push(start, i, &mut out);
            start = i + 1;
            i += 1;
            continue;
        }
        // "…" is the only terminator that is not ASCII; its first byte is 0xE2.
        let ellipsis = b == 0xE2 && bytes[i..].starts_with("…".as_bytes());
        if b != b'.' && b != b'!' && b != b'?' && !ellipsis {
            i += 1;
            continue;
        }
        let stop = i;
        // The run of terminators and closing punctuation.
        let mut end = i;
        for c in text.part(i..).chars() {
            if matches!(
                c,
                '.' | '!' | '?' | '…' | '"' | '\'' | '”' | '’' | ')' | ']'
            ) {
                end += c.len_utf8();
            } else {
                break;
            }
        }
        i = end;
        let rest = text.part(end..);
        let after_space = rest.trim_start_matches([' ', '\t', '\r']);
        if after_space.len() == rest.len() && !rest.is_empty() && !rest.starts_with('\n') {
            continue; // "94.5", "S.47": no space, no boundary.
        }
        let next = after_space.chars().next();
        let starts_sentence = next.is_none_or(|c| {
            c.is_uppercase()
                || c.is_numeric()
                || matches!(c, '"' | '\'' | '“' | '‘' | '(' | '[' | '-' | '*' | '\n')
        });
        if !starts_sentence || bytes[stop] == b'.' && is_abbreviation(text.part(start..stop), next)
        {
            continue;
        }
        push(start, end, &mut out);
        start = end;
    }
    push(start, text.len(), &mut out);
    out
}

/// Whether the word before a full stop is an abbreviation or an initial, given the
/// character that follows. "No." numbers only before a number: "No. 5 Court", but a reply
/// in "Is there a genogram? No. Is there a chronology?".
fn is_abbreviation(before: &str, next: Option<char>) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("");
    let lower = word.to_lowercase();
    if matches!(lower.as_str(), "no" | "nos") && !next.is_some_and(char::is_numeric) {
        return false;
    }
    let mut chars = word.chars();
    let initial = matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
    initial || ABBREVIATIONS.contains(&lower.as_str())
}

/// `text` with the line breaks inside paragraphs turned into spaces (same length, so
/// offsets still hold): a hard-wrapped sentence is one sentence. Breaks before a blank
/// line or a list item stay.
pub(crate) fn unwrap_lines(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('\n') {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut lines = text.split_inclusive('\n').peekable();
    while let Some(line) = lines.next() {
        let next_starts_block = lines
            .peek()
            .is_none_or(|next| next.trim().is_empty() || LIST_MARKER.is_match(next));
        if line.trim().is_empty() || next_starts_block {
            out.push_str(line);
        } else {
            let body = line.trim_end_matches(['\r', '\n']);
            out.push_str(body);
            out.extend(std::iter::repeat_n(' ', line.len() - body.len()));
        }
    }
    std::borrow::Cow::Owned(out)
}

/// `range` without surrounding `**`, `__`, `*` or `_` emphasis and whitespace.
fn strip_emphasis(range: TextRange, text: &str) -> TextRange {
    let mut range = range.trim(text);
    loop {
        let s = range.slice(text);
        let lead = s.len() - s.trim_start_matches(['*', '_']).len();
        let trail = s.len() - s.trim_end_matches(['*', '_']).len();
        if lead == 0 && trail == 0 || lead + trail >= s.len() {
            return range;
        }
        range = range.sub(lead, s.len() - trail).trim(text);
    }
}

fn unquote(value: &str) -> &str {
    let v = value.trim();
    for q in ['"', '\''] {
        if let Some(inner) = v.strip_prefix(q).and_then(|r| r.strip_suffix(q)) {
            return inner.trim();
        }
    }
    v
}

fn split_names(value: &str) -> Vec<String> {
    let value = value.trim().trim_start_matches('[').trim_end_matches(']');
    value
        .split([',', '&', ';'])
        .flat_map(|part| part.split(" and "))
        .map(|name| unquote(name).trim().to_owned())
        .filter(|name| !name.is_empty())
        .collect()
}

#[cfg(test)]
mod tests;
