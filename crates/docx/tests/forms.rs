//! The fixture forms (tests/fixtures/docx, made by LibreOffice and python-docx) read as audits.

use std::path::PathBuf;

use caselint_docx::{read, Container, Form, Limits, ReadOptions};

fn fixture(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/docx")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn options() -> ReadOptions {
    ReadOptions {
        areas: caselint_core::config::DEFAULT_AREAS
            .iter()
            .map(|a| (*a).to_owned())
            .collect(),
    }
}

fn form(name: &str) -> Form {
    read(&fixture(name), &options(), &Limits::default()).unwrap()
}

fn offset(form: &Form, words: &str) -> usize {
    form.text
        .find(words)
        .unwrap_or_else(|| panic!("{words:?} not in:\n{}", form.text))
}

#[test]
fn tables_drop_downs_and_text_boxes_become_areas_sections_and_lines() {
    let form = form("tables-dropdowns.audit.docx");
    let text = &form.text;
    // Facts from the header table become front matter.
    assert!(
        text.starts_with("---\nchild: Jo\naudit-date: 20/11/2026\nauditor: A. Auditor\n---\n"),
        "{text}"
    );
    // A banner row names the area, without its number; label cells become labels.
    assert!(
        text.contains("\n## Assessment\n\nJudgement:\n\nGood\n\nEvidence:\n"),
        "{text}"
    );
    assert!(text.contains("Impact:\n\nFor Jo, the impact"), "{text}");
    // The list paragraph is an action.
    assert!(
        text.contains("Actions:\n\n- Social worker to complete"),
        "{text}"
    );
    // The drop-down left on its placeholder is no grade.
    assert!(!text.contains("Choose an item"), "{text}");
    assert!(
        text.contains("## Planning\n\nJudgement:\n\nEvidence:"),
        "{text}"
    );
    // The text box is read once (Word writes it twice, once for older readers).
    assert_eq!(text.matches("nobody knows where she is staying").count(), 1);

    let place = form.place(offset(&form, "the social worker did not engage"));
    assert_eq!(
        place.container,
        Container::Cell {
            table: 2,
            row: 3,
            cell: 2
        }
    );
    assert_eq!(place.column, "However, ".len() + 1);
    assert_eq!(
        form.paragraph_text(offset(&form, "did not engage")).len(),
        place_len(&form)
    );
    let boxed = form.place(offset(&form, "nobody knows"));
    assert_eq!(boxed.container, Container::TextBox);
}

fn place_len(form: &Form) -> usize {
    form.paragraph_text(offset(form, "did not engage"))
        .trim()
        .len()
}

#[test]
fn headings_name_areas_and_sections() {
    let form = form("headings.audit.docx");
    let text = &form.text;
    assert!(
        text.starts_with("---\nchild: Sam\naudit-date: 3 November 2026\n---\n"),
        "{text}"
    );
    assert!(
        text.contains("## Assessment\n\n### Judgement\n\nRequires improvement\n\n### Evidence\n"),
        "{text}"
    );
    assert!(text.contains("- Review the assessment."), "{text}");
    assert!(
        !text.contains("Child: Sam"),
        "facts are not also text: {text}"
    );
    let place = form.place(offset(&form, "Requires improvement"));
    assert_eq!(place.container, Container::Body);
    assert_eq!(place.column, 1);
}

#[test]
fn tracked_changes_read_as_accepted_and_comments_are_ignored() {
    let form = form("tracked-changes.audit.docx");
    let text = &form.text;
    assert!(
        text.contains("analytical. Amira was seen twice, alone"),
        "{text}"
    );
    assert!(
        !text.contains("failed to see Amira"),
        "deleted text is gone: {text}"
    );
    assert!(
        !text.contains("Good to see her words used"),
        "comments are not the audit: {text}"
    );
}

#[test]
fn a_libreoffice_form_reads_the_same_way() {
    let form = form("libreoffice.audit.docx");
    let text = &form.text;
    assert!(
        text.starts_with("---\nchild: Leo\naudit-date: 20 November 2026\n---\n"),
        "{text}"
    );
    assert!(
        text.contains("## Management oversight and supervision\n\nJudgement:\n\nOutstanding"),
        "{text}"
    );
    assert!(text.contains("- Improve supervision."), "{text}");
}

#[test]
fn the_template_reads_back_with_every_area_and_no_prompt_as_text() {
    let areas = options().areas;
    let bytes = caselint_docx::template(&caselint_docx::TemplateOptions {
        title: "Case file audit".into(),
        child: "Jo".into(),
        audit_date: "20/11/2026".into(),
        areas: areas.clone(),
        grades: vec![
            "Outstanding".into(),
            "Good".into(),
            "Requires improvement".into(),
        ],
        guidance: vec!["Escalate straight away if in doubt.".into()],
        judgement_prompt: "Choose a grade".into(),
        evidence_prompt: "Evidence prompt".into(),
        impact_prompt: "Impact prompt".into(),
        actions_prompt: "Actions prompt".into(),
    });
    let form = read(&bytes, &options(), &Limits::default()).unwrap();
    for area in &areas {
        assert!(
            form.text.contains(&format!("## {area}\n")),
            "{area}: {}",
            form.text
        );
    }
    for prompt in ["Choose a grade", "prompt", "Escalate"] {
        assert!(!form.text.contains(prompt), "{prompt}: {}", form.text);
    }
    assert!(form
        .text
        .starts_with("---\nchild: Jo\naudit-date: 20/11/2026\n---\n"));
}

#[test]
fn a_ticked_box_is_the_grade_and_no_tick_is_no_grade() {
    let form = form("checkboxes.audit.docx");
    let text = &form.text;
    assert!(
        text.contains("## Assessment\n\nJudgement:\n\nGood\n\nEvidence:"),
        "{text}"
    );
    assert!(
        text.contains("## Planning\n\nJudgement:\n\nEvidence:"),
        "{text}"
    );
    assert!(
        text.contains("## Multi-agency working\n\nJudgement:\n\nRequires improvement\n\n"),
        "{text}"
    );
    assert!(
        !text.contains('\u{2610}') && !text.contains("Outstanding"),
        "{text}"
    );
    // The grade's place is its words in the form.
    let place = form.place(offset(&form, "Requires improvement"));
    assert_eq!(
        place.column,
        "Judgement: \u{2610} Outstanding \u{2610} Good \u{2612} "
            .chars()
            .count()
            + 1
    );
}

#[test]
fn word_97_form_fields_give_their_answers() {
    let form = form("legacy-fields.audit.docx");
    let text = &form.text;
    // The drop-down's chosen entry, the ticked check box, the text field's words.
    assert!(text.contains("## Assessment\n\nJudgement:\n\nRequires improvement\n\nEvidence:\n\nThe social worker did not visit Leo"), "{text}");
    assert!(
        text.contains("## Planning\n\nJudgement:\n\nGood\n\nEvidence:"),
        "{text}"
    );
    assert!(
        !text.contains("FORMTEXT") && !text.contains("Outstanding"),
        "{text}"
    );
}
