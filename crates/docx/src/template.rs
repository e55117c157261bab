//! The audit template as a Word form: the front-matter facts, then each area as a heading
//! and a table with a grade drop-down and a box for each section, the practice standard's
//! prompts shown as the boxes' placeholder text (which the reader never takes as the
//! auditor's words).

use std::fmt::Write as _;

use quick_xml::escape::escape;

use crate::package::build;

/// What goes into the form.
#[derive(Clone, Debug, Default)]
pub struct TemplateOptions {
    pub title: String,
    /// The child's name(s), or empty for a box to fill in.
    pub child: String,
    /// The audit date as it should show ("20/11/2026").
    pub audit_date: String,
    pub areas: Vec<String>,
    /// The grade scale, best first: the drop-down's items.
    pub grades: Vec<String>,
    /// Paragraphs above the first area (reflective learning, escalation).
    pub guidance: Vec<String>,
    /// The placeholder of each section's box.
    pub judgement_prompt: String,
    pub evidence_prompt: String,
    pub impact_prompt: String,
    pub actions_prompt: String,
}

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

fn esc(text: &str) -> String {
    escape(text).into_owned()
}

fn para(style: Option<&str>, text: &str) -> String {
    let ppr = style
        .map(|s| format!(r#"<w:pPr><w:pStyle w:val="{s}"/></w:pPr>"#))
        .unwrap_or_default();
    if text.is_empty() {
        return format!("<w:p>{ppr}</w:p>");
    }
    format!(
        r#"<w:p>{ppr}<w:r><w:t xml:space="preserve">{}</w:t></w:r></w:p>"#,
        esc(text)
    )
}

/// A cell of `width` twentieths of a point holding `content` (paragraphs).
fn cell(width: u32, shaded: bool, content: &str) -> String {
    let shade = if shaded {
        r#"<w:shd w:val="clear" w:color="auto" w:fill="E7EEF7"/>"#
    } else {
        ""
    };
    format!(r#"<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shade}</w:tcPr>{content}</w:tc>"#)
}

/// A label cell in bold.
fn label(text: &str) -> String {
    cell(
        2200,
        true,
        &format!(
            r#"<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>{}</w:t></w:r></w:p>"#,
            esc(text)
        ),
    )
}

/// A box to type in: a content control showing `prompt` until it has text.
fn text_box(id: u32, tag: &str, prompt: &str, block: bool) -> String {
    let pr = format!(
        r#"<w:sdtPr><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="{id}"/><w:showingPlcHdr/>{}</w:sdtPr>"#,
        if block { "" } else { "<w:text/>" }
    );
    let run = format!(
        r#"<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr><w:t xml:space="preserve">{}</w:t></w:r>"#,
        esc(prompt)
    );
    if block {
        format!("<w:sdt>{pr}<w:sdtContent><w:p>{run}</w:p></w:sdtContent></w:sdt>")
    } else {
        format!("<w:p><w:sdt>{pr}<w:sdtContent>{run}</w:sdtContent></w:sdt></w:p>")
    }
}

fn dropdown(id: u32, tag: &str, prompt: &str, items: &[String]) -> String {
    let mut list = String::new();
    for item in items {
        let item = esc(item);
        let _ = write!(
            list,
            r#"<w:listItem w:displayText="{item}" w:value="{item}"/>"#
        );
    }
    format!(
        r#"<w:p><w:sdt><w:sdtPr><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="{id}"/><w:showingPlcHdr/><w:dropDownList><w:listItem w:displayText="{prompt}" w:value=""/>{list}</w:dropDownList></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t xml:space="preserve">{prompt}</w:t></w:r></w:sdtContent></w:sdt></w:p>"#,
        prompt = esc(prompt)
    )
}

fn table(rows: &[String]) -> String {
    format!(
        r#"<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9000" w:type="dxa"/><w:tblBorders><w:top w:val="single" w:sz="4" w:color="8EA9C8"/><w:left w:val="single" w:sz="4" w:color="8EA9C8"/><w:bottom w:val="single" w:sz="4" w:color="8EA9C8"/><w:right w:val="single" w:sz="4" w:color="8EA9C8"/><w:insideH w:val="single" w:sz="4" w:color="8EA9C8"/><w:insideV w:val="single" w:sz="4" w:color="8EA9C8"/></w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid><w:gridCol w:w="2200"/><w:gridCol w:w="6800"/></w:tblGrid>{}</w:tbl>"#,
        rows.concat()
    )
}

fn row(cells: &[String]) -> String {
    format!("<w:tr>{}</w:tr>", cells.concat())
}

/// The form, as the bytes of a .docx file.
pub fn template(t: &TemplateOptions) -> Vec<u8> {
    let mut id = 100;
    let mut next = || {
        id += 1;
        id
    };
    let mut body = String::new();
    body.push_str(&para(Some("Title"), &t.title));
    let fact = |value: &str, id: u32, tag: &str, prompt: &str| {
        if value.is_empty() {
            cell(6800, false, &text_box(id, tag, prompt, false))
        } else {
            cell(6800, false, &para(None, value))
        }
    };
    body.push_str(&table(&[
        row(&[
            label("Child"),
            fact(&t.child, next(), "child", "The child's name"),
        ]),
        row(&[
            label("Audit date"),
            fact(&t.audit_date, next(), "audit-date", "DD/MM/YYYY"),
        ]),
        row(&[
            label("Auditor"),
            fact("", next(), "auditor", "Your name and role"),
        ]),
    ]));
    // Guidance is a locked box showing placeholder text: Word and LibreOffice show it, and
    // the reader leaves it out, as the Markdown template's prompts are comments.
    for g in &t.guidance {
        body.push_str(&format!(
            r#"<w:sdt><w:sdtPr><w:lock w:val="sdtContentLocked"/><w:id w:val="{}"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent>{}</w:sdtContent></w:sdt>"#,
            next(),
            para(Some("Guidance"), g)
        ));
    }
    for (n, area) in t.areas.iter().enumerate() {
        body.push_str(&para(Some("Heading2"), &format!("{}. {area}", n + 1)));
        body.push_str(&table(&[
            row(&[
                label("Judgement"),
                cell(
                    6800,
                    false,
                    &dropdown(next(), "judgement", &t.judgement_prompt, &t.grades),
                ),
            ]),
            row(&[
                label("Evidence"),
                cell(
                    6800,
                    false,
                    &text_box(next(), "evidence", &t.evidence_prompt, true),
                ),
            ]),
            row(&[
                label("Impact"),
                cell(
                    6800,
                    false,
                    &text_box(next(), "impact", &t.impact_prompt, true),
                ),
            ]),
            row(&[
                label("Actions"),
                cell(
                    6800,
                    false,
                    &text_box(next(), "actions", &t.actions_prompt, true),
                ),
            ]),
        ]));
        body.push_str(&para(None, ""));
    }
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="{W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr></w:body></w:document>"#
    );
    build(&[
        ("[Content_Types].xml", CONTENT_TYPES.to_owned()),
        ("_rels/.rels", ROOT_RELS.to_owned()),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS.to_owned()),
        ("word/styles.xml", styles()),
    ])
}

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>"#;

const ROOT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;

const DOCUMENT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#;

fn styles() -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:sz w:val="36"/><w:color w:val="1F3864"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/><w:color w:val="1F3864"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Guidance"><w:name w:val="Guidance"/><w:basedOn w:val="Normal"/><w:rPr><w:i/><w:color w:val="595959"/></w:rPr></w:style><w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/><w:rPr><w:color w:val="808080"/></w:rPr></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style></w:styles>"#
    )
}
