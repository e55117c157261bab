//! Word forms end to end: `check` reads .docx in every format, `annotate` writes a commented
//! copy (and tracked-change rewrites) that LibreOffice opens, `new --docx` writes the form,
//! and bad Word files are clear errors with nothing written.

mod common;

use std::io::{Cursor, Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{assert_no_panic, caselint, stderr, stdout};
use serde_json::Value;

const TABLES: &str = "tests/fixtures/docx/tables-dropdowns.audit.docx";
const HEADINGS: &str = "tests/fixtures/docx/headings.audit.docx";
const TRACKED: &str = "tests/fixtures/docx/tracked-changes.audit.docx";
const LIBREOFFICE: &str = "tests/fixtures/docx/libreoffice.audit.docx";

fn json(args: &[&str]) -> Value {
    let o = caselint(args);
    assert!(
        o.status.code() == Some(0) || o.status.code() == Some(1),
        "{}",
        stderr(&o)
    );
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", stdout(&o)))
}

fn diagnostics(path: &str) -> Vec<Value> {
    let report = json(&["check", "--format", "json", path]);
    report["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .clone()
}

fn codes(diagnostics: &[Value]) -> Vec<String> {
    diagnostics
        .iter()
        .map(|d| d["code"].as_str().unwrap().to_owned())
        .collect()
}

fn find<'a>(diagnostics: &'a [Value], code: &str, quote: &str) -> &'a Value {
    diagnostics
        .iter()
        .find(|d| d["code"] == code && d["word"]["quote"].as_str().unwrap_or("").contains(quote))
        .unwrap_or_else(|| panic!("no {code} quoting {quote:?} in {diagnostics:#?}"))
}

/// The parts of a .docx file.
fn part(path: &Path, name: &str) -> String {
    let bytes = std::fs::read(path).unwrap();
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut text = String::new();
    zip.by_name(name)
        .unwrap_or_else(|e| panic!("{name}: {e}"))
        .read_to_string(&mut text)
        .unwrap();
    text
}

#[test]
fn check_reads_a_form_and_says_where_each_finding_is() {
    let d = diagnostics(TABLES);
    let t001 = find(&d, "T001", "the social worker did not engage");
    let word = &t001["word"];
    assert_eq!(word["table"], 2);
    assert_eq!(word["row"], 3);
    assert_eq!(word["cell"], 2);
    assert_eq!(word["area"], "Assessment");
    assert_eq!(word["section"], "Evidence");
    // In a form, line and column are paragraph and character.
    assert_eq!(t001["start"]["line"], word["paragraph"]);
    assert_eq!(t001["start"]["column"], 10);
    // The grade drop-down left on its placeholder is a missing judgement; the chosen one is not.
    let j001: Vec<&Value> = d.iter().filter(|d| d["code"] == "J001").collect();
    assert_eq!(j001.len(), 1, "{j001:#?}");
    assert_eq!(j001[0]["word"]["area"], "Planning");
    // The text box is read.
    let s001 = find(&d, "S001", "");
    assert_eq!(s001["word"]["text_box"], true);
    // A text audit has no Word place.
    let text = json(&["check", "--format", "json", "examples/jo.audit.md"]);
    assert!(text["files"][0]["diagnostics"][0].get("word").is_none());
}

#[test]
fn every_output_format_reads_forms() {
    let human = caselint(&["check", "--color", "never", TABLES]);
    assert_eq!(human.status.code(), Some(1), "{}", stderr(&human));
    let out = stdout(&human);
    assert!(
        out.contains(
            "--> in Word: Assessment \u{203a} Evidence, table 2, row 3, cell 2, paragraph"
        ),
        "{out}"
    );
    let concise = stdout(&caselint(&["check", "--format", "concise", HEADINGS]));
    assert!(concise.contains("headings.audit.docx:"), "{concise}");
    assert!(concise.contains("[T002]"), "{concise}");
    let github = stdout(&caselint(&["check", "--format", "github", HEADINGS]));
    assert!(
        github.contains("file=tests/fixtures/docx/headings.audit.docx,line="),
        "{github}"
    );
    let sarif: Value =
        serde_json::from_slice(&caselint(&["check", "--format", "sarif", TABLES]).stdout).unwrap();
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert!(!results.is_empty());
    // A form's fixes edit the audit read from it, not the file: none is offered as a file change.
    assert!(results
        .iter()
        .all(|r| r["fixes"].as_array().is_none_or(|f| f.is_empty())));
    // Positions in the moderator's summary are the form's paragraphs, and say so.
    let summary = stdout(&caselint(&["check", "--summary", TABLES]));
    assert!(
        summary.contains("\u{201c}did not engage\u{201d} (paragraph 13)"),
        "{summary}"
    );
    assert!(
        summary.contains("\n    paragraph 27: This shows a child"),
        "{summary}"
    );
    assert!(!summary.contains("line "), "{summary}");
    let summary = caselint(&["check", "--summary", LIBREOFFICE]);
    let text = stdout(&summary);
    assert!(
        text.contains("Management oversight and supervision"),
        "{text}"
    );
    let summary = json(&["check", "--summary", "--format", "json", TRACKED]);
    let area = &summary["files"][0]["areas"][0];
    assert_eq!(area["name"], "Assessment");
    // Positions in the summary are the form's paragraphs too (the area's heading is the
    // third paragraph with text, after the two facts).
    assert_eq!(area["start"]["line"], 3, "{area:#}");
}

#[test]
fn tracked_changes_are_read_accepted() {
    let d = diagnostics(TRACKED);
    // The deleted sentence ("failed to see Amira … poor practice") is not read.
    assert!(!codes(&d).contains(&"T002".to_owned()), "{d:#?}");
    assert!(d.iter().all(|d| !d["word"]["quote"]
        .as_str()
        .unwrap()
        .contains("failed to see")));
}

#[test]
fn directories_include_audit_forms_but_not_word_lock_files() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(HEADINGS, dir.path().join("sam.audit.docx")).unwrap();
    std::fs::write(dir.path().join("~$sam.audit.docx"), b"\x10owner").unwrap();
    std::fs::copy(TABLES, dir.path().join("notes.docx")).unwrap();
    let report = json(&["check", "--format", "json", dir.path().to_str().unwrap()]);
    let files = report["files"].as_array().unwrap();
    assert_eq!(files.len(), 1, "{report:#?}");
    assert!(files[0]["path"]
        .as_str()
        .unwrap()
        .ends_with("sam.audit.docx"));
}

fn annotate(form: &str, out: &Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["annotate", form, "-o", out.to_str().unwrap()];
    args.extend_from_slice(extra);
    caselint(&args)
}

#[test]
fn annotate_writes_a_copy_with_a_comment_on_each_finding() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("annotated.docx");
    let before = std::fs::read(TABLES).unwrap();
    let findings = diagnostics(TABLES);
    let o = annotate(TABLES, &out, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let n = findings.len();
    assert!(
        stdout(&o).contains(&format!("{n} comments for {n} findings")),
        "{}",
        stdout(&o)
    );
    assert_eq!(
        std::fs::read(TABLES).unwrap(),
        before,
        "the form itself is never written"
    );

    let comments = part(&out, "word/comments.xml");
    assert_eq!(comments.matches("<w:comment ").count(), n);
    assert_eq!(comments.matches("w:author=\"caselint\"").count(), n);
    assert!(comments.contains("T001 deficit-phrasing:"));
    assert!(comments.contains("Why: "));
    assert!(comments.contains("Suggestion: Rewrite reflectively"));
    let document = part(&out, "word/document.xml");
    for marker in [
        "<w:commentRangeStart ",
        "<w:commentRangeEnd ",
        "<w:commentReference ",
    ] {
        assert_eq!(document.matches(marker).count(), n, "{marker}");
    }
    assert!(
        !document.contains("<w:del "),
        "no tracked change without --suggest"
    );
    assert!(part(&out, "[Content_Types].xml").contains("/word/comments.xml"));
    assert!(part(&out, "word/_rels/document.xml.rels").contains("comments.xml"));

    // The copy reads exactly as the form did: the comments and split runs change no words.
    let again = diagnostics(out.to_str().unwrap());
    let key = |d: &Value| {
        (
            d["code"].clone(),
            d["word"]["quote"].clone(),
            d["start"].clone(),
        )
    };
    assert_eq!(
        again.iter().map(key).collect::<Vec<_>>(),
        findings.iter().map(key).collect::<Vec<_>>()
    );
}

#[test]
fn annotate_suggest_puts_rewrites_in_as_tracked_changes() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("suggested.docx");
    let o = annotate(TABLES, &out, &["--suggest"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("tracked change"), "{}", stdout(&o));
    let document = part(&out, "word/document.xml");
    assert!(document.contains(
        "<w:delText xml:space=\"preserve\">the social worker did not engage mother</w:delText>"
    ));
    assert!(document.contains("there was evidence that mother had not been engaged"));
    assert_eq!(
        document.matches("<w:del ").count(),
        document.matches("w:author=\"caselint\"").count() - document.matches("<w:ins ").count()
    );
    // Read back, the copy is the form with every rewrite accepted: the blaming phrasing is gone.
    let before = diagnostics(TABLES);
    let after = diagnostics(out.to_str().unwrap());
    let t00x = |d: &[Value]| {
        d.iter()
            .filter(|d| matches!(d["code"].as_str(), Some("T001" | "T002")))
            .count()
    };
    assert!(t00x(&after) < t00x(&before), "{after:#?}");
    assert!(after.iter().all(|d| !d["word"]["quote"]
        .as_str()
        .unwrap()
        .contains("did not engage")));
}

#[test]
fn annotate_never_writes_over_the_form_or_an_existing_file() {
    let dir = tempfile::tempdir().unwrap();
    let form = dir.path().join("jo.audit.docx");
    std::fs::copy(TABLES, &form).unwrap();
    let original = std::fs::read(&form).unwrap();
    let form = form.to_str().unwrap();
    for extra in [&[][..], &["--force"][..]] {
        let o = annotate(form, Path::new(form), extra);
        assert_eq!(o.status.code(), Some(2));
        assert!(
            stderr(&o).contains("never writes over the form"),
            "{}",
            stderr(&o)
        );
    }
    assert_eq!(std::fs::read(form).unwrap(), original);

    let existing = dir.path().join("taken.docx");
    std::fs::write(&existing, b"mine").unwrap();
    let o = annotate(form, &existing, &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("already exists"), "{}", stderr(&o));
    assert_eq!(std::fs::read(&existing).unwrap(), b"mine");
    let o = annotate(form, &existing, &["--force"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(part(&existing, "word/comments.xml").contains("caselint"));

    let out = dir.path().join("text.docx");
    let o = annotate("examples/jo.audit.md", &out, &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("for a text audit use `caselint check`"),
        "{}",
        stderr(&o)
    );
    assert!(!out.exists());
}

#[test]
fn new_docx_writes_a_form_that_reads_back_with_one_missing_judgement_per_area() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("form.docx");
    let o = caselint(&[
        "new",
        "--docx",
        "--child",
        "Jo",
        "--audit-date",
        "2026-11-20",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let d = diagnostics(out.to_str().unwrap());
    assert_eq!(codes(&d), vec!["J001".to_owned(); 12], "{d:#?}");
    let areas: Vec<&str> = d
        .iter()
        .map(|d| d["word"]["area"].as_str().unwrap())
        .collect();
    assert_eq!(areas[1], "Assessment");
    let document = part(&out, "word/document.xml");
    assert!(document.contains("<w:dropDownList>"));
    assert!(document.contains("w:displayText=\"Requires improvement\""));
    // Never over an existing file.
    let o = caselint(&["new", "--docx", "-o", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
}

/// A .docx made of `parts` (name, content).
fn docx(parts: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    for (name, content) in parts {
        zip.start_file(*name, options).unwrap();
        zip.write_all(content).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

const TYPES: &[u8] = br#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;

fn bad_inputs(dir: &Path) -> Vec<(PathBuf, &'static str)> {
    let mut cases = Vec::new();
    let mut add = |name: &str, bytes: Vec<u8>, expected: &'static str| {
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        cases.push((path, expected));
    };
    let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    ole.resize(4096, 0);
    add("old.doc", ole.clone(), "old-format Word document (.doc)");
    let mut encrypted = ole.clone();
    encrypted.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
    add("locked.docx", encrypted, "password-protected");
    let mut corrupt = b"PK\x03\x04".to_vec();
    corrupt.extend(std::iter::repeat_n(0x5A, 5000));
    add("corrupt.docx", corrupt, "damaged");
    // 70 MB of spaces, deflated to a few kilobytes: a zip bomb for a reader without a cap.
    let bomb = vec![b' '; 70 * 1024 * 1024];
    add(
        "bomb.docx",
        docx(&[("[Content_Types].xml", TYPES), ("word/document.xml", &bomb)]),
        "too large",
    );
    let entities = br#"<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>"#;
    add(
        "entities.docx",
        docx(&[
            ("[Content_Types].xml", TYPES),
            ("word/document.xml", entities),
        ]),
        "declares a document type",
    );
    let mut huge = b"PK\x03\x04".to_vec();
    huge.resize(50 * 1000 * 1000, 0);
    add("huge.docx", huge, "too large for caselint");
    add(
        "spreadsheet.docx",
        docx(&[
            ("[Content_Types].xml", TYPES),
            ("xl/workbook.xml", b"<workbook/>"),
        ]),
        "not a Word document (.docx): it is a zip without a Word document part",
    );
    cases
}

#[test]
fn bad_word_files_are_clear_errors_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    for (path, expected) in bad_inputs(dir.path()) {
        let shown = path.to_str().unwrap();
        let o = caselint(&["check", shown]);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{shown}: {err}");
        assert!(err.contains(&format!("{shown}: ")), "{shown}: {err}");
        assert!(
            err.contains(expected),
            "{shown}: expected {expected:?} in {err}"
        );
        assert_no_panic(&err);
        let out = dir.path().join("out.docx");
        let o = annotate(shown, &out, &[]);
        assert_eq!(o.status.code(), Some(2), "{shown}: {}", stderr(&o));
        assert!(
            !out.exists(),
            "{shown}: annotate wrote a copy of a bad form"
        );
    }
}

/// LibreOffice's `soffice`, or `None` (and a note that `test` did not run) where it is not
/// installed; CI installs it and must not skip, so there its absence fails the test.
fn soffice(test: &str) -> Option<&'static str> {
    let found = ["soffice", "libreoffice"].into_iter().find(|b| {
        Command::new(b)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    });
    if found.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "LibreOffice is not installed, and CI must run {test} (.ci/run installs it)"
        );
        eprintln!("LibreOffice is not installed: {test} did not run");
    }
    found
}

/// Convert `file` with headless LibreOffice (its own profile, so tests can run side by
/// side), reading it with `filter` when given.
fn convert(soffice: &str, file: &Path, to: &str, filter: Option<&str>, dir: &Path) -> PathBuf {
    let profile = dir.join("profile");
    let mut command = Command::new(soffice);
    command.arg(format!(
        "-env:UserInstallation=file://{}",
        profile.display()
    ));
    command.arg("--headless");
    if let Some(filter) = filter {
        command.arg(format!("--infilter={filter}"));
    }
    let o = command
        .args(["--convert-to", to, "--outdir"])
        .arg(dir)
        .arg(file)
        .output()
        .expect("soffice runs");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    // "docx:MS Word 2007 XML" names the filter after the extension.
    let extension = to.split(':').next().unwrap_or(to);
    let out = dir.join(file.with_extension(extension).file_name().unwrap());
    assert!(
        out.exists(),
        "soffice wrote no {to}: {}",
        String::from_utf8_lossy(&o.stdout)
    );
    out
}

#[test]
fn libreoffice_opens_the_annotated_copy_with_its_comments_and_changes() {
    let Some(soffice) = soffice("the round-trip test") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("annotated.docx");
    let o = annotate(TABLES, &out, &["--suggest"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let comments = part(&out, "word/comments.xml")
        .matches("<w:comment ")
        .count();
    let changes = part(&out, "word/document.xml").matches("<w:del ").count();
    assert!(comments > 5 && changes > 0);

    let odt = convert(soffice, &out, "odt", None, dir.path());
    let content = {
        let mut zip = zip::ZipArchive::new(Cursor::new(std::fs::read(&odt).unwrap())).unwrap();
        let mut text = String::new();
        zip.by_name("content.xml")
            .unwrap()
            .read_to_string(&mut text)
            .unwrap();
        text
    };
    assert_eq!(
        content.matches("<office:annotation ").count(),
        comments,
        "every comment survives"
    );
    assert!(content.contains("<dc:creator>caselint</dc:creator>"));
    assert!(content.contains("T001 deficit-phrasing"));
    assert!(
        content.matches("<text:changed-region").count() >= changes,
        "the tracked changes survive"
    );
    let pdf = convert(soffice, &out, "pdf", None, dir.path());
    assert!(std::fs::metadata(pdf).unwrap().len() > 10_000);
}

#[test]
fn the_readme_shows_check_and_annotate_on_the_bundled_form_as_they_are() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let block = readme
        .split("$ caselint check examples/jo-form.docx\n")
        .nth(1)
        .and_then(|rest| rest.split("\n...\n").next())
        .expect("the README shows check on examples/jo-form.docx");
    let o = caselint(&["check", "--color", "never", "examples/jo-form.docx"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.starts_with(block),
        "update the README's Word example:\n{out}"
    );

    let said = readme
        .split("$ caselint annotate examples/jo-form.docx --suggest -o jo-reviewed.docx\n")
        .nth(1)
        .and_then(|rest| rest.lines().next())
        .expect("the README shows annotate on examples/jo-form.docx");
    let dir = tempfile::tempdir().unwrap();
    let o = common::run(
        dir.path(),
        &[
            "annotate",
            concat!(env!("CARGO_MANIFEST_DIR"), "/examples/jo-form.docx"),
            "--suggest",
            "-o",
            "jo-reviewed.docx",
        ],
        None,
        common::COMMAND_TIMEOUT,
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let counts = |line: &str| {
        line.split(": ")
            .nth(1)
            .and_then(|s| s.split(';').next())
            .map(str::to_owned)
    };
    assert_eq!(
        counts(&stdout(&o)),
        counts(said),
        "update the README's annotate example"
    );
}

/// An audit in Markdown as HTML for LibreOffice: the front matter as "Child: Jo" lines.
fn audit_html(markdown: &str) -> String {
    let mut facts = String::new();
    let mut body = markdown;
    if let Some(rest) = markdown.strip_prefix("---\n") {
        if let Some((front, after)) = rest.split_once("\n---\n") {
            for line in front.lines() {
                if let Some((key, value)) = line.split_once(':') {
                    let label = match key.trim() {
                        "child" => "Child",
                        "audit-date" => "Audit date",
                        "auditor" => "Auditor",
                        _ => continue,
                    };
                    facts.push_str(&format!("<p>{label}: {}</p>\n", value.trim()));
                }
            }
            body = after;
        }
    }
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new(body));
    format!("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>\n{facts}{html}</body></html>\n")
}

/// What a check found, as (code, the first words flagged), in order.
fn findings(path: &Path, text: Option<&str>) -> Vec<(String, String)> {
    let report = json(&["check", "--format", "json", path.to_str().unwrap()]);
    let words = |s: &str| s.split_whitespace().take(6).collect::<Vec<_>>().join(" ");
    let mut out: Vec<(String, String)> = report["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let quote = match text {
                Some(text) => {
                    let [a, b] = [0, 1].map(|i| d["byte_range"][i].as_u64().unwrap() as usize);
                    words(&text[a..b])
                }
                None => words(d["word"]["quote"].as_str().unwrap()),
            };
            (d["code"].as_str().unwrap().to_owned(), quote)
        })
        .collect();
    out.sort();
    out
}

#[test]
fn the_example_audits_saved_as_word_forms_give_the_same_findings() {
    let Some(soffice) = soffice("the Word-form equivalence test") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let mut audits: Vec<PathBuf> = vec![PathBuf::from("examples/jo.audit.md")];
    let mut round: Vec<PathBuf> = std::fs::read_dir("examples/round")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".audit.md"))
        .collect();
    round.sort();
    audits.extend(round);
    assert!(audits.len() >= 5);
    for audit in &audits {
        let markdown = std::fs::read_to_string(audit).unwrap();
        let name = audit
            .file_name()
            .unwrap()
            .to_string_lossy()
            .replace(".audit.md", "");
        let html = dir.path().join(format!("{name}.html"));
        std::fs::write(&html, audit_html(&markdown)).unwrap();
        let form = convert(
            soffice,
            &html,
            "docx:MS Word 2007 XML",
            Some("HTML (StarWriter)"),
            dir.path(),
        );
        let from_text = findings(audit, Some(&markdown));
        let from_form = findings(&form, None);
        assert!(
            !from_text.is_empty() || name == "sam",
            "{name}: no findings to compare"
        );
        assert_eq!(
            from_form, from_text,
            "{name}: the Word form and the Markdown audit differ"
        );
    }
}
