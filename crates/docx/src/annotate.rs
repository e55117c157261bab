//! A copy of a form with a Word comment on the words of each finding and, when asked, its
//! rewrite as a tracked change (`w:del` + `w:ins`) the auditor accepts or rejects in Word.

use std::collections::{BTreeMap, BTreeSet};

use crate::form::{self, Para, ReadOptions};
use crate::package::{rels_of, Limits, Package};
use crate::xml::{NodeId, Tree};
use crate::{DocxError, Form};

const W_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const COMMENTS_TYPE: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
const COMMENTS_CONTENT: &str =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";
const RELS_NS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";

/// One finding to put on the form.
#[derive(Clone, Debug)]
pub struct Note {
    /// The flagged words: a byte range of [`Form::text`].
    pub start: usize,
    pub end: usize,
    /// The comment, a paragraph per item.
    pub comment: Vec<String>,
    /// A rewrite to offer as a tracked change.
    pub change: Option<Change>,
}

/// Replace `start..end` of [`Form::text`] (empty: insert at `start`) with `text`, as a
/// tracked change. Offered only within one paragraph.
#[derive(Clone, Debug)]
pub struct Change {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// The annotated copy and what went into it.
#[derive(Clone, Debug)]
pub struct Annotated {
    pub bytes: Vec<u8>,
    pub comments: usize,
    pub changes: usize,
}

/// Who and when the comments and changes are from.
#[derive(Clone, Debug)]
pub struct Author<'a> {
    pub name: &'a str,
    pub initials: &'a str,
    /// ISO 8601 (`2026-12-04T09:30:00Z`), or none.
    pub date: Option<&'a str>,
}

/// A copy of the form at `bytes` with `notes` on it.
pub fn annotate(
    bytes: &[u8],
    options: &ReadOptions,
    limits: &Limits,
    notes: &[Note],
    author: &Author<'_>,
) -> Result<Annotated, DocxError> {
    let mut package = Package::open(bytes, limits)?;
    let (mut tree, styles, comment_parts) = package.document_parts()?;
    let paras = form::paragraphs(&tree, &styles);
    let (text, lines) = form::audit_text(&paras, options);
    let form = Form::new(text, lines, &paras);
    let w = prefix(&tree);

    // Where each note starts and ends in the form, and which rewrites can be tracked.
    struct Placed<'n> {
        note: &'n Note,
        start: (usize, usize),
        end: (usize, usize),
        /// The change's paragraph, start and end in it.
        change: Option<(usize, usize, usize)>,
    }
    let mut placed = Vec::new();
    let mut changed: BTreeMap<usize, Vec<(usize, usize)>> = BTreeMap::new();
    for note in notes {
        let (Some(start), Some(end)) = (
            form.locate(note.start, false),
            form.locate(note.end.max(note.start), true),
        ) else {
            continue;
        };
        let start = (start.0, snap(&paras[start.0].text, start.1));
        let mut end = (end.0, snap(&paras[end.0].text, end.1));
        if end < start {
            end = start;
        }
        if paras[start.0].atoms.is_empty() || paras[end.0].atoms.is_empty() {
            continue;
        }
        let change = note.change.as_ref().and_then(|c| {
            if c.text.contains(['\n', '\r']) || !form.is_literal(c.start) || !form.is_literal(c.end)
            {
                return None;
            }
            let from = form.locate(c.start, false)?;
            let to = form.locate(c.end.max(c.start), c.end > c.start)?;
            let (para, a) = (from.0, snap(&paras[from.0].text, from.1));
            let b = if c.end > c.start {
                snap(&paras[to.0].text, to.1)
            } else {
                a
            };
            if to.0 != para || b < a || paras[para].atoms.is_empty() {
                return None;
            }
            let taken = changed.entry(para).or_default();
            if taken.iter().any(|&(x, y)| a <= y && x <= b) {
                return None;
            }
            taken.push((a, b));
            Some((para, a, b))
        });
        placed.push(Placed {
            note,
            start,
            end,
            change,
        });
    }

    // Split runs so that every start and end falls between runs.
    let mut cuts: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
    for p in &placed {
        cuts.entry(p.start.0).or_default().insert(p.start.1);
        cuts.entry(p.end.0).or_default().insert(p.end.1);
        if let Some((para, a, b)) = p.change {
            cuts.entry(para).or_default().extend([a, b]);
        }
    }
    for (&para, offsets) in &cuts {
        for &offset in offsets.iter().rev() {
            split(&mut tree, &paras[para], offset);
        }
    }
    let paras = form::paragraphs(&tree, &styles);

    let mut next_id = max_id(&tree) + 1;
    let mut comments_tree = match comment_parts.first() {
        Some(part) => package.tree(part)?,
        None => None,
    };
    if let Some(c) = &comments_tree {
        next_id = next_id.max(max_id(c) + 1);
    }
    let mut made: Vec<(usize, &Note)> = Vec::new();
    let mut changes = 0;
    for p in &placed {
        let Some(first) = atom_at(&paras[p.start.0], p.start.1) else {
            continue;
        };
        // An empty span (a finding on a label caselint wrote) covers the run after it, so
        // the comment's end never comes before its start.
        let last = if p.end > p.start {
            atom_ending(&paras[p.end.0], p.end.1).unwrap_or(first)
        } else {
            first
        };
        let id = next_id.to_string();
        next_id += 1;
        let start = tree.new_element(
            &format!("{w}:commentRangeStart"),
            &[(&format!("{w}:id"), &id)],
        );
        tree.insert_at(first, start, false);
        let reference = tree.new_element(&format!("{w}:r"), &[]);
        let r = tree.new_element(
            &format!("{w}:commentReference"),
            &[(&format!("{w}:id"), &id)],
        );
        tree.append(reference, r);
        tree.insert_at(last, reference, true);
        let end = tree.new_element(
            &format!("{w}:commentRangeEnd"),
            &[(&format!("{w}:id"), &id)],
        );
        tree.insert_at(last, end, true);
        made.push((next_id - 1, p.note));
        if let (Some((para, a, b)), Some(change)) = (p.change, &p.note.change) {
            let para = &paras[para];
            let done = if a < b {
                runs_between(&tree, para, a, b).map(|runs| {
                    track_change(&mut tree, &w, &runs, &change.text, author, &mut next_id);
                })
            } else {
                let anchor = match atom_at(para, a) {
                    Some(run) => Some((run, false)),
                    None => para.atoms.last().map(|atom| (atom.run, true)),
                };
                anchor.map(|(run, after)| {
                    let ins = insertion(&mut tree, &w, run, &change.text, author, &mut next_id);
                    tree.insert_at(run, ins, after);
                })
            };
            if done.is_some() {
                changes += 1;
            }
        }
    }

    // The comments part: the form's own, with ours added, or a new one.
    let comments_part = comment_parts
        .first()
        .cloned()
        .unwrap_or_else(|| "word/comments.xml".to_owned());
    let new_part = comments_tree.is_none();
    let comments = comments_tree.get_or_insert_with(|| {
        Tree::parse(
            format!(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="{W_NS}"></w:comments>"#)
                .as_bytes(),
        )
        .unwrap_or_else(|_| unreachable_tree())
    });
    let cw = prefix(comments);
    for (id, note) in &made {
        let id = id.to_string();
        let mut attrs = vec![
            (format!("{cw}:id"), id),
            (format!("{cw}:author"), author.name.to_owned()),
            (format!("{cw}:initials"), author.initials.to_owned()),
        ];
        if let Some(date) = author.date {
            attrs.push((format!("{cw}:date"), date.to_owned()));
        }
        let attrs: Vec<(&str, &str)> = attrs
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let comment = comments.new_element(&format!("{cw}:comment"), &attrs);
        for (i, line) in note.comment.iter().enumerate() {
            let p = comments.new_element(&format!("{cw}:p"), &[]);
            if i == 0 {
                let r = comments.new_element(&format!("{cw}:r"), &[]);
                let a = comments.new_element(&format!("{cw}:annotationRef"), &[]);
                comments.append(r, a);
                comments.append(p, r);
            }
            let r = comments.new_element(&format!("{cw}:r"), &[]);
            let t = comments.new_element(&format!("{cw}:t"), &[("xml:space", "preserve")]);
            let text = comments.new_text(line);
            comments.append(t, text);
            comments.append(r, t);
            comments.append(p, r);
            comments.append(comment, p);
        }
        let root = comments.root;
        comments.append(root, comment);
    }

    let mut replaced = vec![
        (package.document.clone(), tree.write().into_bytes()),
        (comments_part.clone(), comments.write().into_bytes()),
    ];
    if new_part && !made.is_empty() {
        let rels = rels_of(&package.document);
        let mut rels_tree = package.tree(&rels)?.unwrap_or_else(|| {
            Tree::parse(
                format!(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{RELS_NS}"></Relationships>"#)
                    .as_bytes(),
            )
            .unwrap_or_else(|_| unreachable_tree())
        });
        let taken: BTreeSet<String> = rels_tree
            .descendants(rels_tree.root, "Relationship")
            .into_iter()
            .filter_map(|r| rels_tree.attr(r, "Id").map(str::to_owned))
            .collect();
        let mut n = 1;
        while taken.contains(&format!("rIdCaselint{n}")) {
            n += 1;
        }
        let target = comments_part
            .strip_prefix(crate::package::dir_of(&package.document))
            .map(str::to_owned)
            .unwrap_or_else(|| format!("/{comments_part}"));
        let rel = rels_tree.new_element(
            "Relationship",
            &[
                ("Id", &format!("rIdCaselint{n}")),
                ("Type", COMMENTS_TYPE),
                ("Target", &target),
            ],
        );
        let root = rels_tree.root;
        rels_tree.append(root, rel);
        replaced.push((rels, rels_tree.write().into_bytes()));

        let mut types = package
            .tree("[Content_Types].xml")?
            .ok_or_else(|| DocxError::Corrupt("its part [Content_Types].xml is missing".into()))?;
        let part_name = format!("/{comments_part}");
        let present = types
            .descendants(types.root, "Override")
            .into_iter()
            .any(|o| types.attr(o, "PartName") == Some(part_name.as_str()));
        if !present {
            let o = types.new_element(
                "Override",
                &[("PartName", &part_name), ("ContentType", COMMENTS_CONTENT)],
            );
            let root = types.root;
            types.append(root, o);
        }
        replaced.push(("[Content_Types].xml".to_owned(), types.write().into_bytes()));
    } else if made.is_empty() && new_part {
        replaced.pop();
    }
    let comments_made = made.len();
    let bytes = package.rewrite(&replaced)?;
    Ok(Annotated {
        bytes,
        comments: comments_made,
        changes,
    })
}

/// A tree that cannot fail to parse; used only behind parses of caselint's own constants.
fn unreachable_tree() -> Tree {
    match Tree::parse(b"<w:x xmlns:w=\"urn:x\"/>") {
        Ok(tree) => tree,
        Err(_) => unreachable!("a constant parses"),
    }
}

/// The WordprocessingML prefix the part uses (Word's is `w`).
fn prefix(tree: &Tree) -> String {
    let root = tree.name(tree.root);
    match root.split_once(':') {
        Some((p, _)) => p.to_owned(),
        None => "w".to_owned(),
    }
}

/// The largest numeric `w:id` in a part (comments and revisions share no ids with ours).
fn max_id(tree: &Tree) -> usize {
    let mut max = 0;
    for node in &tree.nodes {
        if let crate::xml::Kind::Element { attrs, .. } = &node.kind {
            for (k, v) in attrs {
                if k == "w:id" || k.ends_with(":id") {
                    if let Ok(n) = v.parse::<usize>() {
                        max = max.max(n.min(1 << 40));
                    }
                }
            }
        }
    }
    max
}

fn snap(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Split the run holding `offset` so that the offset falls between runs.
fn split(tree: &mut Tree, para: &Para, offset: usize) {
    let Some(atom) = para
        .atoms
        .iter()
        .find(|a| a.start <= offset && offset < a.start + a.len)
    else {
        return; // the paragraph's end: already between runs
    };
    let run = atom.run;
    let children = tree.children(run).to_vec();
    let Some(index) = children.iter().position(|&c| c == atom.node) else {
        return;
    };
    let within = offset - atom.start;
    // Nothing of the run's text before the offset: it already starts a run.
    let first_content = children
        .iter()
        .position(|&c| tree.local(c) != "rPr")
        .unwrap_or(0);
    if within == 0 && index <= first_content {
        return;
    }
    let mut moved: Vec<NodeId> = children[index + usize::from(within > 0)..].to_vec();
    if within > 0 {
        if !atom.splittable {
            return;
        }
        let text = tree.text(atom.node);
        if !text.is_char_boundary(within) || within >= text.len() {
            return;
        }
        let right = tree.deep_copy(atom.node);
        set_only_text(tree, atom.node, &text[..within]);
        set_only_text(tree, right, &text[within..]);
        tree.set_attr(atom.node, "xml:space", "preserve");
        tree.set_attr(right, "xml:space", "preserve");
        moved.insert(0, right);
    }
    let name = tree.name(run).to_owned();
    let new_run = tree.new_element(&name, &[]);
    if let Some(rpr) = tree.child(run, "rPr") {
        let copy = tree.deep_copy(rpr);
        tree.append(new_run, copy);
    }
    for node in moved {
        tree.detach(node);
        tree.append(new_run, node);
    }
    tree.insert_at(run, new_run, true);
}

fn set_only_text(tree: &mut Tree, element: NodeId, text: &str) {
    let children = tree.children(element).to_vec();
    for c in &children {
        tree.detach(*c);
    }
    let t = tree.new_text(text);
    tree.append(element, t);
}

/// The run whose text starts at `offset` (after splitting, one does).
fn atom_at(para: &Para, offset: usize) -> Option<NodeId> {
    para.atoms.iter().find(|a| a.start >= offset).map(|a| a.run)
}

/// The last run whose text ends at or before `offset`.
fn atom_ending(para: &Para, offset: usize) -> Option<NodeId> {
    para.atoms
        .iter()
        .rev()
        .find(|a| a.start + a.len <= offset && a.len > 0)
        .map(|a| a.run)
}

/// The runs covering `start..end`, when they are side by side under one parent and hold
/// only text (a tracked change of anything else is left to the comment).
fn runs_between(tree: &Tree, para: &Para, start: usize, end: usize) -> Option<Vec<NodeId>> {
    let mut runs: Vec<NodeId> = Vec::new();
    for a in &para.atoms {
        if a.start >= start && a.start + a.len <= end {
            if runs.last() != Some(&a.run) {
                runs.push(a.run);
            }
        } else if a.start < end && a.start + a.len > start {
            return None; // a run straddles the range
        }
    }
    let first = *runs.first()?;
    let parent = tree.parent(first)?;
    if !matches!(
        tree.local(parent),
        "p" | "hyperlink" | "smartTag" | "sdtContent" | "customXml"
    ) {
        return None;
    }
    let siblings = tree.children(parent);
    let from = siblings.iter().position(|&c| c == first)?;
    if siblings.get(from..from + runs.len())? != runs.as_slice() {
        return None;
    }
    let text_only = runs.iter().all(|&r| {
        tree.children(r).iter().all(|&c| {
            matches!(
                tree.local(c),
                "rPr" | "t" | "tab" | "br" | "noBreakHyphen" | "lastRenderedPageBreak"
            )
        })
    });
    text_only.then_some(runs)
}

/// A revision mark (`w:del`, `w:ins`) with the next id, the author and the date.
fn revision(tree: &mut Tree, name: &str, author: &Author<'_>, next_id: &mut usize) -> NodeId {
    let id = next_id.to_string();
    *next_id += 1;
    let prefix = name.split_once(':').map_or("w", |(p, _)| p);
    let (id_key, author_key, date_key) = (
        format!("{prefix}:id"),
        format!("{prefix}:author"),
        format!("{prefix}:date"),
    );
    let mut attrs: Vec<(&str, &str)> = vec![(&id_key, &id), (&author_key, author.name)];
    if let Some(date) = author.date {
        attrs.push((&date_key, date));
    }
    tree.new_element(name, &attrs)
}

/// A tracked insertion of `text`, formatted like `like` (a run), not yet placed.
fn insertion(
    tree: &mut Tree,
    w: &str,
    like: NodeId,
    text: &str,
    author: &Author<'_>,
    next_id: &mut usize,
) -> NodeId {
    let ins = revision(tree, &format!("{w}:ins"), author, next_id);
    let run = tree.new_element(&format!("{w}:r"), &[]);
    if let Some(rpr) = tree.child(like, "rPr") {
        let copy = tree.deep_copy(rpr);
        tree.append(run, copy);
    }
    let t = tree.new_element(&format!("{w}:t"), &[("xml:space", "preserve")]);
    let node = tree.new_text(text);
    tree.append(t, node);
    tree.append(run, t);
    tree.append(ins, run);
    ins
}

/// Mark `runs` deleted and put `replacement` after them as an insertion.
fn track_change(
    tree: &mut Tree,
    w: &str,
    runs: &[NodeId],
    replacement: &str,
    author: &Author<'_>,
    next_id: &mut usize,
) {
    let del = revision(tree, &format!("{w}:del"), author, next_id);
    tree.insert_at(runs[0], del, false);
    for &run in runs {
        tree.detach(run);
        tree.append(del, run);
        for c in tree.children(run).to_vec() {
            if tree.local(c) == "t" {
                tree.rename(c, &format!("{w}:delText"));
            }
        }
    }
    if !replacement.is_empty() {
        let ins = insertion(tree, w, runs[0], replacement, author, next_id);
        tree.insert_at(del, ins, true);
    }
}
