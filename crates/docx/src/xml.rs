//! A Word part as a small editable tree: quick-xml reads it, [`Tree::write`] writes it back.
//!
//! Elements keep their qualified names and attributes as written, so namespaces, unknown
//! markup and anything caselint does not understand survive an edit unchanged. A document
//! type declaration is refused: its entities are never expanded.

use std::fmt::Write as _;

use quick_xml::escape::{escape, partial_escape, resolve_predefined_entity};
use quick_xml::events::Event;
use quick_xml::Reader;

/// Why a part is not XML caselint reads.
#[derive(Debug, thiserror::Error)]
pub(crate) enum XmlError {
    #[error("it declares a document type (with entities), which caselint never expands")]
    DocType,
    #[error("{0}")]
    Malformed(String),
    #[error("it is nested more than {0} elements deep")]
    TooDeep(usize),
}

/// Deeper than this is not a Word document but an attack on the reader's stack.
const MAX_DEPTH: usize = 512;

pub(crate) type NodeId = usize;

#[derive(Clone, Debug)]
pub(crate) enum Kind {
    Element {
        name: String,
        attrs: Vec<(String, String)>,
        children: Vec<NodeId>,
    },
    /// Text, unescaped.
    Text(String),
    /// A comment, CDATA section or processing instruction, kept as written.
    Raw(String),
}

#[derive(Clone, Debug)]
pub(crate) struct Node {
    pub kind: Kind,
    pub parent: Option<NodeId>,
}

#[derive(Clone, Debug)]
pub(crate) struct Tree {
    pub nodes: Vec<Node>,
    /// The XML declaration, as written (without `<?` and `?>`).
    decl: Option<String>,
    pub root: NodeId,
}

fn malformed(e: impl std::fmt::Display) -> XmlError {
    XmlError::Malformed(e.to_string())
}

impl Tree {
    pub(crate) fn parse(bytes: &[u8]) -> Result<Tree, XmlError> {
        let text = std::str::from_utf8(bytes).map_err(|_| malformed("it is not UTF-8"))?;
        let mut reader = Reader::from_str(text);
        reader.config_mut().check_end_names = true;
        let mut nodes: Vec<Node> = Vec::new();
        let mut decl = None;
        let mut stack: Vec<NodeId> = Vec::new();
        let mut root = None;
        loop {
            let event = reader.read_event().map_err(|e| {
                malformed(format!(
                    "broken XML near byte {}: {e}",
                    reader.error_position()
                ))
            })?;
            match event {
                Event::Eof => break,
                Event::DocType(_) => return Err(XmlError::DocType),
                Event::Decl(d) => decl = Some((*d).to_owned()),
                Event::Start(_) | Event::Empty(_) if stack.len() >= MAX_DEPTH => {
                    return Err(XmlError::TooDeep(MAX_DEPTH));
                }
                Event::Start(ref start) | Event::Empty(ref start) => {
                    let name = start.name().as_ref().to_owned();
                    let mut attrs = Vec::new();
                    for attr in start.attributes() {
                        let attr = attr.map_err(malformed)?;
                        let key = attr.key.as_ref().to_owned();
                        let value = attr
                            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                            .map_err(malformed)?
                            .into_owned();
                        attrs.push((key, value));
                    }
                    let id = nodes.len();
                    let parent = stack.last().copied();
                    nodes.push(Node {
                        kind: Kind::Element {
                            name,
                            attrs,
                            children: Vec::new(),
                        },
                        parent,
                    });
                    match parent {
                        Some(p) => push_child(&mut nodes, p, id),
                        None if root.is_none() => root = Some(id),
                        None => return Err(malformed("it has more than one root element")),
                    }
                    if matches!(event, Event::Start(_)) {
                        stack.push(id);
                    }
                }
                Event::End(_) => {
                    stack.pop();
                }
                Event::Text(t) => {
                    let content = t.xml10_content();
                    add_text(&mut nodes, &stack, &content);
                }
                Event::GeneralRef(r) => {
                    let resolved = match r.resolve_char_ref().map_err(malformed)? {
                        Some(c) => c.to_string(),
                        None => {
                            let name = r.xml10_content();
                            resolve_predefined_entity(&name)
                                .ok_or_else(|| {
                                    malformed(format!("it uses an undeclared entity &{name};"))
                                })?
                                .to_owned()
                        }
                    };
                    add_text(&mut nodes, &stack, &resolved);
                }
                Event::CData(c) => {
                    // CDATA is text; kept as text it is re-escaped on writing.
                    let content = (*c).to_owned();
                    add_text(&mut nodes, &stack, &content);
                }
                Event::Comment(c) => {
                    add_raw(&mut nodes, &stack, format!("<!--{}-->", c.xml10_content()));
                }
                Event::PI(pi) => {
                    add_raw(&mut nodes, &stack, format!("<?{}?>", &*pi));
                }
            }
        }
        if !stack.is_empty() {
            return Err(malformed("it ends before its elements are closed"));
        }
        let root = root.ok_or_else(|| malformed("it has no root element"))?;
        Ok(Tree { nodes, decl, root })
    }

    /// The element's qualified name, or "" for text.
    pub(crate) fn name(&self, id: NodeId) -> &str {
        match &self.nodes[id].kind {
            Kind::Element { name, .. } => name,
            _ => "",
        }
    }

    /// The element's name without its prefix.
    pub(crate) fn local(&self, id: NodeId) -> &str {
        let name = self.name(id);
        name.rsplit(':').next().unwrap_or(name)
    }

    pub(crate) fn children(&self, id: NodeId) -> &[NodeId] {
        match &self.nodes[id].kind {
            Kind::Element { children, .. } => children,
            _ => &[],
        }
    }

    pub(crate) fn attr(&self, id: NodeId, key: &str) -> Option<&str> {
        match &self.nodes[id].kind {
            Kind::Element { attrs, .. } => attrs
                .iter()
                .find(|(k, _)| k == key || k.rsplit(':').next() == Some(key))
                .map(|(_, v)| v.as_str()),
            _ => None,
        }
    }

    /// The first child element with this local name.
    pub(crate) fn child(&self, id: NodeId, local: &str) -> Option<NodeId> {
        self.children(id)
            .iter()
            .copied()
            .find(|&c| self.local(c) == local)
    }

    /// The text directly inside an element (its text children joined).
    pub(crate) fn text(&self, id: NodeId) -> String {
        let mut out = String::new();
        for &c in self.children(id) {
            if let Kind::Text(t) = &self.nodes[c].kind {
                out.push_str(t);
            }
        }
        out
    }

    pub(crate) fn parent(&self, id: NodeId) -> Option<NodeId> {
        self.nodes[id].parent
    }

    /// Every element under `id` (itself included) with this local name, in document order.
    pub(crate) fn descendants(&self, id: NodeId, local: &str) -> Vec<NodeId> {
        let mut out = Vec::new();
        let mut stack = vec![id];
        while let Some(n) = stack.pop() {
            if self.local(n) == local {
                out.push(n);
            }
            stack.extend(self.children(n).iter().rev().copied());
        }
        out
    }

    /// A new element, not yet placed in the tree.
    pub(crate) fn new_element(&mut self, name: &str, attrs: &[(&str, &str)]) -> NodeId {
        self.nodes.push(Node {
            kind: Kind::Element {
                name: name.to_owned(),
                attrs: attrs
                    .iter()
                    .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                    .collect(),
                children: Vec::new(),
            },
            parent: None,
        });
        self.nodes.len() - 1
    }

    pub(crate) fn new_text(&mut self, text: &str) -> NodeId {
        self.nodes.push(Node {
            kind: Kind::Text(text.to_owned()),
            parent: None,
        });
        self.nodes.len() - 1
    }

    /// Append `child` (a node not in the tree) to `parent`'s children.
    pub(crate) fn append(&mut self, parent: NodeId, child: NodeId) {
        push_child(&mut self.nodes, parent, child);
    }

    /// Place `node` just before `sibling` under `sibling`'s parent (or after it).
    pub(crate) fn insert_at(&mut self, sibling: NodeId, node: NodeId, after: bool) {
        let Some(parent) = self.nodes[sibling].parent else {
            return;
        };
        self.nodes[node].parent = Some(parent);
        if let Kind::Element { children, .. } = &mut self.nodes[parent].kind {
            let at = children.iter().position(|&c| c == sibling).unwrap_or(0);
            children.insert(if after { at + 1 } else { at }, node);
        }
    }

    /// Take `node` out of its parent's children.
    pub(crate) fn detach(&mut self, node: NodeId) {
        if let Some(parent) = self.nodes[node].parent.take() {
            if let Kind::Element { children, .. } = &mut self.nodes[parent].kind {
                children.retain(|&c| c != node);
            }
        }
    }

    /// A deep copy of `id`, not yet placed in the tree.
    pub(crate) fn deep_copy(&mut self, id: NodeId) -> NodeId {
        let kind = self.nodes[id].kind.clone();
        let copy = self.nodes.len();
        self.nodes.push(Node { kind, parent: None });
        if let Kind::Element { children, .. } = &mut self.nodes[copy].kind {
            let old = std::mem::take(children);
            for c in old {
                let child = self.deep_copy(c);
                push_child(&mut self.nodes, copy, child);
            }
        }
        copy
    }

    pub(crate) fn rename(&mut self, id: NodeId, new_name: &str) {
        if let Kind::Element { name, .. } = &mut self.nodes[id].kind {
            *name = new_name.to_owned();
        }
    }

    /// Set (or add) an attribute.
    pub(crate) fn set_attr(&mut self, id: NodeId, key: &str, value: &str) {
        if let Kind::Element { attrs, .. } = &mut self.nodes[id].kind {
            match attrs.iter_mut().find(|(k, _)| k == key) {
                Some((_, v)) => *v = value.to_owned(),
                None => attrs.push((key.to_owned(), value.to_owned())),
            }
        }
    }

    /// The part as XML text.
    pub(crate) fn write(&self) -> String {
        let mut out = String::new();
        match &self.decl {
            Some(decl) => {
                let _ = write!(out, "<?{decl}?>");
            }
            None => out.push_str(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#),
        }
        out.push('\n');
        self.write_node(self.root, &mut out);
        out
    }

    fn write_node(&self, id: NodeId, out: &mut String) {
        // An explicit stack: a deep document must not overflow the writer's stack either.
        enum Step {
            Open(NodeId),
            Close(NodeId),
        }
        let mut stack = vec![Step::Open(id)];
        while let Some(step) = stack.pop() {
            match step {
                Step::Open(n) => match &self.nodes[n].kind {
                    Kind::Text(t) => out.push_str(&partial_escape(t.as_str())),
                    Kind::Raw(r) => out.push_str(r),
                    Kind::Element {
                        name,
                        attrs,
                        children,
                    } => {
                        out.push('<');
                        out.push_str(name);
                        for (k, v) in attrs {
                            let _ = write!(out, " {k}=\"{}\"", escape(v.as_str()));
                        }
                        if children.is_empty() {
                            out.push_str("/>");
                        } else {
                            out.push('>');
                            stack.push(Step::Close(n));
                            stack.extend(children.iter().rev().map(|&c| Step::Open(c)));
                        }
                    }
                },
                Step::Close(n) => {
                    let _ = write!(out, "</{}>", self.name(n));
                }
            }
        }
    }
}

fn push_child(nodes: &mut [Node], parent: NodeId, child: NodeId) {
    nodes[child].parent = Some(parent);
    if let Kind::Element { children, .. } = &mut nodes[parent].kind {
        children.push(child);
    }
}

fn add_text(nodes: &mut Vec<Node>, stack: &[NodeId], text: &str) {
    let Some(&parent) = stack.last() else {
        return; // whitespace outside the root
    };
    // Text split by a reference continues the text before it.
    if let Some(&last) = match &nodes[parent].kind {
        Kind::Element { children, .. } => children.last(),
        _ => None,
    } {
        if let Kind::Text(t) = &mut nodes[last].kind {
            t.push_str(text);
            return;
        }
    }
    let id = nodes.len();
    nodes.push(Node {
        kind: Kind::Text(text.to_owned()),
        parent: None,
    });
    push_child(nodes, parent, id);
}

fn add_raw(nodes: &mut Vec<Node>, stack: &[NodeId], raw: String) {
    let Some(&parent) = stack.last() else {
        return;
    };
    let id = nodes.len();
    nodes.push(Node {
        kind: Kind::Raw(raw),
        parent: None,
    });
    push_child(nodes, parent, id);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_part_reads_and_writes_back_with_its_text_escaped() {
        let xml = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="urn:w"><w:body><w:p><w:r><w:t xml:space="preserve">Mum &amp; dad said &lt;no&gt; &#8212; &quot;ok&quot;</w:t></w:r></w:p></w:body></w:document>"#;
        let tree = Tree::parse(xml.as_bytes()).unwrap();
        let t = tree.descendants(tree.root, "t")[0];
        assert_eq!(tree.text(t), "Mum & dad said <no> \u{2014} \"ok\"");
        assert_eq!(tree.attr(t, "space"), Some("preserve"));
        let again = Tree::parse(tree.write().as_bytes()).unwrap();
        let t = again.descendants(again.root, "t")[0];
        assert_eq!(again.text(t), "Mum & dad said <no> \u{2014} \"ok\"");
    }

    #[test]
    fn entity_declarations_are_refused_never_expanded() {
        let bomb = r#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><w:document xmlns:w="urn:w">&lol2;</w:document>"#;
        assert!(matches!(
            Tree::parse(bomb.as_bytes()),
            Err(XmlError::DocType)
        ));
        let undeclared = r#"<w:document xmlns:w="urn:w">&lol;</w:document>"#;
        let err = Tree::parse(undeclared.as_bytes()).unwrap_err().to_string();
        assert!(err.contains("undeclared entity"), "{err}");
    }

    #[test]
    fn broken_and_deep_xml_are_errors_not_panics() {
        for bad in ["<a><b></a>", "<a>", "", "<a/><b/>", "<a x='1' x='2'/>"] {
            assert!(Tree::parse(bad.as_bytes()).is_err(), "{bad}");
        }
        let deep = "<a>".repeat(10_000) + &"</a>".repeat(10_000);
        assert!(matches!(
            Tree::parse(deep.as_bytes()),
            Err(XmlError::TooDeep(_))
        ));
    }
}
