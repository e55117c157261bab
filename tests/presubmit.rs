//! End-to-end tests of the pre-submission tools: `check --format sarif|github|concise`,
//! `check --summary`, `caselint new` and the pre-commit hook, run as a user runs them.

mod common;

use std::path::Path;
use std::process::Output;

use common::{caselint, caselint_stdin, stderr, stdout, CLEAN, COMMAND_TIMEOUT, MIXED};
use serde_json::Value;

fn caselint_in(dir: &Path, args: &[&str]) -> Output {
    common::run(dir, args, None, COMMAND_TIMEOUT)
}

fn json(o: &Output) -> Value {
    serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}{}", stdout(o), stderr(o)))
}

const EXAMPLE: &str = "examples/jo.audit.md";

/// Non-ASCII before and inside spans, so that columns in code points are tested.
const UNICODE: &str = "---\nchild: Zoë\n---\n## Ärea 😀\nJudgement: 😀 Grand\nEvidence: x.\n";

// ---------------------------------------------------------------------------------------
// SARIF

fn sarif_validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string("tests/data/sarif-schema-2.1.0.json").expect("schema is there"),
    )
    .expect("the schema is JSON");
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the schema compiles")
}

#[track_caller]
fn assert_valid_sarif(log: &Value) {
    let validator = sarif_validator();
    let errors: Vec<String> = validator
        .iter_errors(log)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "invalid SARIF: {errors:#?}");
}

#[test]
fn the_schema_check_can_fail() {
    // Guard against a validator that accepts anything.
    let validator = sarif_validator();
    assert!(!validator.is_valid(&serde_json::json!({"version": "2.1.0"})));
    assert!(!validator.is_valid(&serde_json::json!({
        "version": "2.1.0",
        "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {"text": "m"}, "level": "info"}]}]
    })));
}

#[test]
fn sarif_is_valid_and_agrees_with_the_json_report() {
    let o = caselint(&["check", "--format", "sarif", MIXED, EXAMPLE, CLEAN]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let log = json(&o);
    assert_valid_sarif(&log);
    assert_eq!(log["version"], "2.1.0");
    let run = &log["runs"][0];
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    assert_eq!(run["invocations"][0]["executionSuccessful"], true);
    let driver = &run["tool"]["driver"];
    assert_eq!(driver["name"], "caselint");
    assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));

    // The whole catalogue, in code order, with documentation as help.
    let rules = driver["rules"].as_array().unwrap();
    let catalogue = stdout(&caselint(&["rules"]));
    assert_eq!(rules.len(), catalogue.lines().count() - 1);
    let ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    let mut sorted = ids.clone();
    sorted.sort_unstable();
    assert_eq!(ids, sorted);
    for rule in rules {
        for key in ["name", "shortDescription", "fullDescription", "help"] {
            assert!(rule.get(key).is_some(), "{key} missing in {rule}");
        }
        let markdown = rule["help"]["markdown"].as_str().unwrap();
        assert!(markdown.contains("## Why"), "{markdown}");
        assert!(!rule["fullDescription"]["text"]
            .as_str()
            .unwrap()
            .contains("##"));
        assert!(["error", "warning", "note"]
            .contains(&rule["defaultConfiguration"]["level"].as_str().unwrap()));
    }

    // Every diagnostic of the JSON report is a result, at the same place.
    let report = json(&caselint(&[
        "check", "--format", "json", MIXED, EXAMPLE, CLEAN,
    ]));
    let results = run["results"].as_array().unwrap();
    let diagnostics: Vec<(&str, &Value)> = report["files"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| {
            let path = f["path"].as_str().unwrap();
            f["diagnostics"]
                .as_array()
                .unwrap()
                .iter()
                .map(move |d| (path, d))
        })
        .collect();
    assert_eq!(results.len(), diagnostics.len());
    assert!(!results.is_empty());
    let mut with_fixes = 0;
    for (result, (path, d)) in results.iter().zip(&diagnostics) {
        assert_eq!(result["ruleId"], d["code"]);
        let index = result["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], d["code"]);
        let level = match d["severity"].as_str().unwrap() {
            "info" => "note",
            other => other,
        };
        assert_eq!(result["level"], level);
        assert_eq!(result["message"]["text"], d["message"]);
        let location = &result["locations"][0]["physicalLocation"];
        assert_eq!(location["artifactLocation"]["uri"], *path);
        let region = &location["region"];
        assert_eq!(region["startLine"], d["start"]["line"]);
        assert_eq!(region["startColumn"], d["start"]["column"]);
        assert_eq!(region["endLine"], d["end"]["line"]);
        assert_eq!(region["endColumn"], d["end"]["column"]);
        let fixes = d["fixes"].as_array().unwrap();
        let sarif_fixes = result.get("fixes").and_then(Value::as_array);
        assert_eq!(sarif_fixes.map_or(0, Vec::len), fixes.len());
        if let Some(sarif_fixes) = sarif_fixes {
            with_fixes += 1;
            for (fix, want) in sarif_fixes.iter().zip(fixes) {
                assert_eq!(fix["description"]["text"], want["title"]);
                let replacements = fix["artifactChanges"][0]["replacements"]
                    .as_array()
                    .unwrap();
                assert_eq!(replacements.len(), want["edits"].as_array().unwrap().len());
            }
        }
    }
    assert!(with_fixes > 0, "some results carry fixes");
}

/// The byte offset of a 1-based line and 1-based code-point column.
fn offset(text: &str, line: u64, column: u64) -> usize {
    let line_start = text
        .split_inclusive('\n')
        .take(line as usize - 1)
        .map(str::len)
        .sum::<usize>();
    let rest = &text[line_start..];
    rest.char_indices()
        .nth(column as usize - 1)
        .map_or(text.len(), |(i, _)| line_start + i)
}

#[test]
fn sarif_columns_are_code_points_and_fixes_apply() {
    let o = caselint_stdin(&["check", "--format", "sarif", "-"], UNICODE.as_bytes());
    let log = json(&o);
    assert_valid_sarif(&log);
    let report = json(&caselint_stdin(
        &["check", "--format", "json", "-"],
        UNICODE.as_bytes(),
    ));
    let results = log["runs"][0]["results"].as_array().unwrap();
    let j002 = results
        .iter()
        .find(|r| r["ruleId"] == "J002")
        .expect("J002");
    let region = &j002["locations"][0]["physicalLocation"]["region"];
    let start = offset(
        UNICODE,
        region["startLine"].as_u64().unwrap(),
        region["startColumn"].as_u64().unwrap(),
    );
    let end = offset(
        UNICODE,
        region["endLine"].as_u64().unwrap(),
        region["endColumn"].as_u64().unwrap(),
    );
    assert_eq!(&UNICODE[start..end], "😀 Grand");
    assert_eq!(region["startColumn"], 12);
    assert_eq!(region["endColumn"], 19);
    assert_eq!(
        j002["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "-"
    );

    // Applying the first fix's replacements gives what the JSON report's byte edits give.
    let d = report["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "J002")
        .unwrap();
    let fix = &j002["fixes"][0];
    let replacement = &fix["artifactChanges"][0]["replacements"][0];
    let deleted = &replacement["deletedRegion"];
    let from = offset(
        UNICODE,
        deleted["startLine"].as_u64().unwrap(),
        deleted["startColumn"].as_u64().unwrap(),
    );
    let to = offset(
        UNICODE,
        deleted["endLine"].as_u64().unwrap(),
        deleted["endColumn"].as_u64().unwrap(),
    );
    let edit = &d["fixes"][0]["edits"][0];
    assert_eq!(from as u64, edit["byte_range"][0].as_u64().unwrap());
    assert_eq!(to as u64, edit["byte_range"][1].as_u64().unwrap());
    assert_eq!(replacement["insertedContent"]["text"], edit["new_text"]);
    let fixed = format!(
        "{}{}{}",
        &UNICODE[..from],
        replacement["insertedContent"]["text"].as_str().unwrap(),
        &UNICODE[to..]
    );
    assert!(fixed.contains("Judgement: Outstanding\n"), "{fixed}");
}

#[test]
fn sarif_reports_unreadable_files_as_notifications() {
    let o = caselint(&["check", "--format", "sarif", "no/such.audit.md", CLEAN]);
    assert_eq!(o.status.code(), Some(2));
    let log = json(&o);
    assert_valid_sarif(&log);
    let invocation = &log["runs"][0]["invocations"][0];
    assert_eq!(invocation["executionSuccessful"], false);
    let text = invocation["toolExecutionNotifications"][0]["message"]["text"]
        .as_str()
        .unwrap();
    assert!(text.contains("no/such.audit.md"), "{text}");
}

#[test]
fn sarif_uris_are_encoded() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("QA team, Jo #1.audit.md"),
        "## A\nJudgement: Weak\n",
    )
    .unwrap();
    let o = caselint_in(
        dir.path(),
        &["check", "--format", "sarif", "QA team, Jo #1.audit.md"],
    );
    let log = json(&o);
    assert_valid_sarif(&log);
    assert_eq!(
        log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "QA%20team%2C%20Jo%20%231.audit.md"
    );
}

// ---------------------------------------------------------------------------------------
// GitHub annotations and concise lines

#[test]
fn github_annotations() {
    let o = caselint_stdin(&["check", "--format", "github", "-"], UNICODE.as_bytes());
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(
        out.lines().any(|l| l
            == "::error file=-,line=5,col=12,endLine=5,endColumn=19,title=J002 unknown-judgement::\u{201c}😀 Grand\u{201d} is not a grade on the scale: use Outstanding, Good or Requires improvement."),
        "{out}"
    );
    let report = json(&caselint_stdin(
        &["check", "--format", "json", "-"],
        UNICODE.as_bytes(),
    ));
    let count = report["files"][0]["diagnostics"].as_array().unwrap().len();
    assert_eq!(out.lines().count(), count);
    let line = regex::Regex::new(
        r"^::(error|warning|notice) file=[^,:]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[A-Z]\d{3} [a-z-]+::[^\r\n]+$",
    )
    .unwrap();
    for l in out.lines() {
        assert!(line.is_match(l), "{l}");
    }
}

#[test]
fn github_properties_are_escaped() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a,b:c%.audit.md"),
        "## A\nJudgement: Weak\n",
    )
    .unwrap();
    let o = caselint_in(
        dir.path(),
        &["check", "--format", "github", "a,b:c%.audit.md"],
    );
    let out = stdout(&o);
    assert!(
        out.lines().any(|l| l.starts_with("::error file=a%2Cb%3Ac%25.audit.md,line=2,col=12,endLine=2,endColumn=16,title=J002 unknown-judgement::")),
        "{out}"
    );
}

#[test]
fn concise_lines() {
    let o = caselint(&["check", "--format", "concise", MIXED]);
    assert_eq!(o.status.code(), Some(1));
    insta::assert_snapshot!(stdout(&o));
    let line =
        regex::Regex::new(r"^[^:]+:\d+:\d+: (error|warning|info)\[[A-Z]\d{3}\] \S.*$").unwrap();
    for l in stdout(&o).lines() {
        assert!(line.is_match(l), "{l}");
    }
    let o = caselint(&["check", "--format", "concise", CLEAN]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o), "");
}

#[test]
fn github_snapshot() {
    let o = caselint(&["check", "--format", "github", MIXED]);
    insta::assert_snapshot!(stdout(&o));
}

// ---------------------------------------------------------------------------------------
// caselint new

fn codes(report: &Value) -> Vec<String> {
    report["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn new_audit_parses_into_the_default_areas_each_missing_its_judgement() {
    let o = caselint(&["new", "--child", "Jo", "--audit-date", "20/11/2026"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(
        text.starts_with("---\nchild: Jo\naudit-date: 2026-11-20\nauditor:\n---\n"),
        "{text}"
    );
    assert!(text.contains("start with Jo's name; say what this means for Jo and what follows"));
    let headings: Vec<&str> = text.lines().filter_map(|l| l.strip_prefix("## ")).collect();
    assert_eq!(headings, caselint_core::config::DEFAULT_AREAS);

    // Every rule runs on the template: only J001, once per area.
    let report = json(&caselint_stdin(
        &["check", "--format", "json", "-"],
        text.as_bytes(),
    ));
    let diagnostics = report["files"][0]["diagnostics"].as_array().unwrap();
    assert_eq!(codes(&report), vec!["J001"; 12], "{report:#}");
    for (d, area) in diagnostics.iter().zip(caselint_core::config::DEFAULT_AREAS) {
        assert!(d["message"].as_str().unwrap().contains(area), "{d}");
    }
    // The core agrees: twelve areas, every section empty, no sentence from the prompts.
    let doc = caselint_core::Document::parse(&text);
    assert_eq!(doc.areas.len(), 12);
    for area in &doc.areas {
        assert_eq!(area.sections.len(), 4);
        assert!(area.sections.iter().all(|s| s.content.is_empty()));
        assert!(area.judgement_value.is_none() && area.actions.is_empty());
    }
    assert!(doc.sentences.is_empty(), "{:?}", doc.sentences);

    // A grade typed on the label line, or on the line under it, is the judgement: the
    // prompt above the label is never read as one.
    for filled in [
        text.replacen("Judgement:\n", "Judgement: Good\n", 1),
        text.replacen("Judgement:\n", "Judgement:\nRequires improvement\n", 1),
    ] {
        let doc = caselint_core::Document::parse(&filled);
        let value = doc.areas[0].judgement_value.expect("a judgement");
        assert!(!doc.slice(value).contains("<!--"));
        let report = json(&caselint_stdin(
            &["check", "--format", "json", "-"],
            filled.as_bytes(),
        ));
        let found = codes(&report);
        assert_eq!(
            found.iter().filter(|c| *c == "J001").count(),
            11,
            "{found:?}"
        );
        assert!(!found.iter().any(|c| c == "J002"), "{found:?}");
    }
}

#[test]
fn new_audit_without_a_child_also_asks_for_the_name() {
    let text = stdout(&caselint(&["new"]));
    let report = json(&caselint_stdin(
        &["check", "--format", "json", "-"],
        text.as_bytes(),
    ));
    let mut found = codes(&report);
    found.sort();
    let mut want = vec!["J001".to_owned(); 12];
    want.insert(12, "M001".to_owned());
    assert_eq!(found, want);
}

/// Today's UTC date as caselint new writes it.
fn today() -> String {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
        / 86_400;
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[test]
fn new_audit_date_defaults_to_today_and_is_validated() {
    let before = today();
    let text = stdout(&caselint(&["new"]));
    let after = today();
    let line = text
        .lines()
        .find(|l| l.starts_with("audit-date: "))
        .unwrap();
    let date = &line["audit-date: ".len()..];
    assert!(
        date == before || date == after,
        "{date} is not today ({before})"
    );
    for bad in ["31/02/2026", "tomorrow", "2026-13-01", ""] {
        let o = caselint(&["new", "--audit-date", bad]);
        assert_eq!(o.status.code(), Some(2), "{bad}");
        assert!(stderr(&o).contains("--audit-date"), "{}", stderr(&o));
        assert!(o.stdout.is_empty());
    }
    let o = caselint(&["new", "--audit-date", "Friday 20 November 2026"]);
    assert!(stdout(&o).contains("audit-date: 2026-11-20\n"));
    let o = caselint(&["new", "--child", "Jo\nauditor: x"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn new_audit_writes_a_file_but_never_over_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("jo.audit.md");
    let path_str = path.to_str().unwrap();
    let o = caselint(&["new", "--child", "Jo", "-o", path_str]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(o.stdout.is_empty());
    let written = std::fs::read_to_string(&path).unwrap();
    assert!(written.contains("child: Jo\n"));

    std::fs::write(&path, "my audit, half written").unwrap();
    let o = caselint(&["new", "--child", "Sam", "-o", path_str]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("already exists"), "{}", stderr(&o));
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "my audit, half written"
    );

    let o = caselint(&["new", "--child", "Sam", "-o", path_str, "--force"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(std::fs::read_to_string(&path)
        .unwrap()
        .contains("child: Sam\n"));

    // --force without -o is a usage error.
    assert_eq!(caselint(&["new", "--force"]).status.code(), Some(2));
}

#[test]
fn new_audit_uses_the_configured_areas() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("caselint.toml"),
        "areas = [\"Assessment\", \"Planning\"]\nlookback-months = 3\n",
    )
    .unwrap();
    std::fs::create_dir(dir.path().join("audits")).unwrap();
    // From the current folder upwards.
    let o = caselint_in(&dir.path().join("audits"), &["new"]);
    let text = stdout(&o);
    let headings: Vec<&str> = text.lines().filter(|l| l.starts_with("## ")).collect();
    assert_eq!(headings, ["## Assessment", "## Planning"]);
    assert!(text.contains("look back 3 months"));
    // From the output file's folder upwards.
    let out = dir.path().join("audits/sam.audit.md");
    let o = caselint(&["new", "-o", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = std::fs::read_to_string(&out).unwrap();
    assert_eq!(text.matches("\n## ").count(), 2);
    // A broken configuration is an error naming the file.
    std::fs::write(dir.path().join("caselint.toml"), "areas = [\"\"]\n").unwrap();
    let o = caselint_in(dir.path(), &["new"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("caselint.toml"), "{}", stderr(&o));
}

// ---------------------------------------------------------------------------------------
// check --summary

fn area<'a>(file: &'a Value, name: &str) -> &'a Value {
    file["areas"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["name"] == name)
        .unwrap_or_else(|| panic!("no area {name}"))
}

#[test]
fn summary_json_on_the_example() {
    let o = caselint(&["check", "--summary", "--format", "json", EXAMPLE, CLEAN]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let summary = json(&o);
    assert_eq!(summary["version"], 1);
    let jo = &summary["files"][0];
    assert_eq!(jo["path"], EXAMPLE);
    assert_eq!(jo["children"], serde_json::json!(["Jo"]));
    assert_eq!(jo["audit_date"], "2026-11-20");
    let names: Vec<&str> = jo["areas"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "Assessment",
            "Planning",
            "Management oversight and supervision",
            "Multi-agency working"
        ]
    );
    let assessment = area(jo, "Assessment");
    assert_eq!(assessment["grade"]["status"], "graded");
    assert_eq!(assessment["grade"]["grade"], "Good");
    assert_eq!(assessment["grade"]["positive"], true);
    let shortfalls = assessment["evidence"]["shortfalls"].as_array().unwrap();
    assert!(!shortfalls.is_empty());
    let text = std::fs::read_to_string(EXAMPLE).unwrap();
    for s in shortfalls {
        let [from, to] = [0, 1].map(|i| s["range"][["start", "end"][i]].as_u64().unwrap() as usize);
        assert_eq!(&text[from..to], s["text"].as_str().unwrap());
    }
    assert_eq!(assessment["impact"]["present"], true);
    assert_eq!(assessment["actions"]["total"], 1);
    let planning = area(jo, "Planning");
    assert_eq!(planning["grade"]["status"], "not-on-scale");
    assert_eq!(planning["grade"]["written"], "Satisfactory");
    assert_eq!(planning["actions"]["total"], 2);
    let oversight = area(jo, "Management oversight and supervision");
    assert_eq!(oversight["grade"]["status"], "inadequate");
    assert_eq!(oversight["impact"]["present"], false);
    assert_eq!(oversight["actions"]["total"], 0);
    assert_eq!(
        area(jo, "Multi-agency working")["grade"]["status"],
        "missing"
    );

    // The verdict counts what `check` finds.
    let report = json(&caselint(&["check", "--format", "json", EXAMPLE]));
    let severities: Vec<&str> = report["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["severity"].as_str().unwrap())
        .collect();
    let errors = severities.iter().filter(|s| **s == "error").count();
    let warnings = severities.iter().filter(|s| **s == "warning").count();
    assert_eq!(jo["verdict"]["ready"], false);
    assert_eq!(jo["verdict"]["errors"], errors);
    assert_eq!(jo["verdict"]["warnings"], warnings);
    assert!(jo["verdict"]["text"]
        .as_str()
        .unwrap()
        .starts_with(&format!("not yet: {errors} error")));

    // The clean audit is ready, and nothing is missing from it.
    let amir = &summary["files"][1];
    assert_eq!(amir["verdict"]["ready"], true);
    assert_eq!(amir["verdict"]["text"], "ready for moderation");
    let assessment = area(amir, "Assessment");
    assert_eq!(assessment["evidence"]["present"], true);
    assert_eq!(assessment["impact"]["present"], true);
    assert_eq!(assessment["actions"]["total"], 1);
    assert_eq!(amir["escalations"], serde_json::json!([]));
}

#[test]
fn summary_readings_are_open_exactly_when_their_rule_did_not_run() {
    let catalogue = stdout(&caselint(&["rules"]));
    let registered = |code: &str| catalogue.lines().any(|l| l.starts_with(code));
    let summary = json(&caselint(&[
        "check",
        "--summary",
        "--format",
        "json",
        EXAMPLE,
    ]));
    let jo = &summary["files"][0];
    let not_checked: Vec<&str> = jo["not_checked"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    for code in [
        "E003", "I002", "I003", "A002", "A003", "A004", "A005", "S001",
    ] {
        assert_eq!(not_checked.contains(&code), !registered(code), "{code}");
    }
    for area in jo["areas"].as_array().unwrap() {
        let evidence = &area["evidence"];
        assert_eq!(
            evidence["evaluative"].is_null(),
            evidence["present"] == false || not_checked.contains(&"E003"),
            "{area}"
        );
        let impact = &area["impact"];
        assert_eq!(
            impact["consequence"].is_null(),
            impact["present"] == false || not_checked.contains(&"I003"),
            "{area}"
        );
        let any_smart_rule = ["A002", "A003", "A004", "A005"]
            .iter()
            .any(|c| !not_checked.contains(c));
        assert_eq!(
            area["actions"]["smart"].is_null(),
            !any_smart_rule,
            "{area}"
        );
    }
    // With the language rules turned off by configuration, every such reading is open.
    let structure = json(&caselint(&[
        "check",
        "--summary",
        "--format",
        "json",
        MIXED,
    ]));
    assert_eq!(
        structure["files"][0]["not_checked"],
        serde_json::json!(["A002", "A003", "A004", "A005", "E003", "I002", "I003", "S001"])
    );
}

#[test]
fn summary_human_snapshot() {
    // The structure fixtures select only the structure rules, so this output is stable.
    let o = caselint(&[
        "check",
        "--summary",
        MIXED,
        "tests/fixtures/summary/sam.audit.md",
    ]);
    assert_eq!(o.status.code(), Some(1));
    insta::assert_snapshot!(stdout(&o));
}

#[test]
fn summary_human_on_the_example() {
    let o = caselint(&["check", "--summary", EXAMPLE]);
    let out = stdout(&o);
    assert!(
        out.starts_with("examples/jo.audit.md\n  Child: Jo \u{b7} audit date: 2026-11-20\n"),
        "{out}"
    );
    assert!(out.contains("\n  Assessment \u{2014} Good\n"), "{out}");
    assert!(
        out.contains("\n  Planning \u{2014} \u{201c}Satisfactory\u{201d} (not on the scale)\n"),
        "{out}"
    );
    assert!(out.contains("    Impact:   missing\n"), "{out}");
    assert!(out.contains("  Verdict: not yet: "), "{out}");
    let clean = stdout(&caselint(&["check", "--summary", CLEAN]));
    assert!(
        clean.ends_with("  Verdict: ready for moderation\n"),
        "{clean}"
    );
}

#[test]
fn summary_needs_human_or_json() {
    for format in ["sarif", "github", "concise"] {
        let o = caselint(&["check", "--summary", "--format", format, CLEAN]);
        assert_eq!(o.status.code(), Some(2), "{format}");
        assert!(stderr(&o).contains("--summary"));
    }
}

// ---------------------------------------------------------------------------------------
// pre-commit

#[test]
fn pre_commit_hook_selects_audit_files_and_runs_caselint_check() {
    let hooks = std::fs::read_to_string(".pre-commit-hooks.yaml").unwrap();
    let value = |key: &str| -> Vec<String> {
        hooks
            .lines()
            .filter_map(|l| {
                l.trim_start()
                    .trim_start_matches("- ")
                    .strip_prefix(&format!("{key}: "))
            })
            .map(|v| v.trim().trim_matches('\'').to_owned())
            .collect()
    };
    assert_eq!(value("id"), ["caselint", "caselint-system"]);
    assert!(value("entry").iter().all(|e| e == "caselint check"));
    let files = value("files");
    assert!(!files.is_empty());
    for pattern in files {
        let re = regex::Regex::new(&pattern).unwrap();
        for name in ["jo.audit.md", "audits/team a/sam.audit.txt", "x.audit"] {
            assert!(re.is_match(name), "{pattern} should match {name}");
        }
        for name in [
            "README.md",
            "jo.audit.md.orig",
            "audit.md",
            "notes.txt",
            "x.audits",
        ] {
            assert!(!re.is_match(name), "{pattern} should not match {name}");
        }
    }
    // pre-commit runs the entry with the staged file names appended.
    let o = caselint(&["check", CLEAN, EXAMPLE]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(caselint(&["check", CLEAN]).status.code(), Some(0));
}

#[test]
fn the_readme_summary_example_is_what_caselint_prints() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let marker = "For example (what each line can say depends on the rules that ran):\n\n```text\n";
    let start = readme
        .find(marker)
        .expect("the README has the summary example")
        + marker.len();
    let example = &readme[start..start + readme[start..].find("```\n").unwrap()];
    let o = common::caselint(&["check", "--summary", "examples/jo.audit.md"]);
    assert_eq!(
        common::stdout(&o),
        example,
        "update the README's --summary example"
    );
}
