//! End-to-end tests of `caselint server`: the real binary driven over stdio with
//! Content-Length framed JSON-RPC, as an editor drives it. Every wait has a timeout, so a
//! test fails rather than hangs.

mod common;

use common::{capabilities, codes, find, pos, range, Client};
use serde_json::{json, Value};

const AUDIT: &str = "---\nchild: Jo\naudit-date: 2026-11-20\n---\n\n# Case file audit\n\n## Assessment\n\nJudgement: Satisfactory\n\n### Evidence\nBoth assessments were completed on time and shared with mother, which is positive.\n\n### Impact\nFor Jo, the impact is that she is likely to feel heard, which makes the plan more likely to work.\n\n### Actions\n- Social worker to visit mother by 15 January 2027, so that her views are recorded.\n";

#[test]
fn a_whole_editing_session() {
    let uri = "file:///audits/jo.audit.md";
    let mut client = Client::start("info");
    let init = client.initialize(capabilities(), Value::Null);
    let caps = &init["result"]["capabilities"];
    assert_eq!(caps["positionEncoding"], "utf-16");
    assert_eq!(caps["textDocumentSync"]["change"], 2, "incremental sync");
    assert_eq!(caps["hoverProvider"], true);
    assert_eq!(caps["documentSymbolProvider"], true);

    client.open(uri, 1, AUDIT);
    let diagnostics = client.diagnostics(uri, 1);
    let j002 = find(&diagnostics, "J002");
    assert_eq!(j002["source"], "caselint");
    assert_eq!(j002["severity"], 1);
    assert_eq!(j002["range"], range((9, 11), (9, 23)));
    assert!(j002["message"].as_str().unwrap().contains("Satisfactory"));
    assert_eq!(j002["data"]["version"], 1);
    // `data` says where the fixes are kept on the server, not the fixes themselves.
    assert!(j002["data"]["index"].is_u64(), "{j002}");
    assert!(j002["data"].get("fixes").is_none(), "{j002}");

    // The client registered the configuration file watcher on `initialized`.
    let registration = client
        .server_requests
        .iter()
        .find(|r| r["method"] == "client/registerCapability")
        .expect("a watcher registration")
        .clone();
    let watchers = &registration["params"]["registrations"][0]["registerOptions"]["watchers"];
    assert_eq!(watchers[0]["globPattern"], "**/caselint.toml");
    assert_eq!(watchers[1]["globPattern"], "**/.caselint.toml");

    // Incremental change: "Satisfactory" becomes "Inadequate".
    client.change(
        uri,
        2,
        json!([{"range": range((9, 11), (9, 23)), "text": "Inadequate"}]),
    );
    let diagnostics = client.diagnostics(uri, 2);
    assert!(!codes(&diagnostics).contains(&"J002"), "{diagnostics:?}");
    let j003 = find(&diagnostics, "J003").clone();
    assert_eq!(j003["range"], range((9, 11), (9, 21)));

    // Code actions: one per fix (the first preferred), then "Disable J003 on this line".
    let response = client.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": j003["range"],
               "context": {"diagnostics": [j003]}}),
    );
    let actions = response["result"].as_array().unwrap();
    let titles: Vec<&str> = actions
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    // J003 offers only the lowest grade, never "Outstanding".
    assert_eq!(titles.len(), 2, "{titles:?}");
    assert!(titles[0].contains("Requires improvement"), "{titles:?}");
    assert_eq!(titles[1], "Disable J003 on this line");
    assert_eq!(actions[0]["isPreferred"], true);
    assert_eq!(actions[1]["isPreferred"], false);
    assert!(actions
        .iter()
        .all(|a| a["command"].is_null() && a["kind"] == "quickfix"));
    let fix = &actions[0]["edit"]["changes"][uri][0];
    assert_eq!(fix["range"], range((9, 11), (9, 21)));
    assert_eq!(fix["newText"], "Requires improvement");
    let disable = &actions[1]["edit"]["changes"][uri][0];
    assert_eq!(disable["range"], range((9, 0), (9, 0)));
    assert_eq!(
        disable["newText"],
        "<!-- caselint-disable-next-line J003 -->\n"
    );

    // A diagnostic whose `data` points at no fix of this lint (another index, or another
    // rule's diagnostic there) offers only the disable action.
    for index in [9999, 0] {
        let mut changed = j003.clone();
        changed["data"]["index"] = json!(index);
        if index == 0 {
            changed["code"] = json!("T001");
        }
        let response = client.request(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": uri}, "range": j003["range"],
                   "context": {"diagnostics": [changed]}}),
        );
        let titles: Vec<&str> = response["result"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["title"].as_str().unwrap())
            .collect();
        assert!(
            titles.iter().all(|t| t.starts_with("Disable")),
            "{titles:?}"
        );
    }

    // Hover over the diagnostic shows the rule's documentation.
    let hover = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": pos(9, 14)}),
    );
    let contents = &hover["result"]["contents"];
    assert_eq!(contents["kind"], "markdown");
    let text = contents["value"].as_str().unwrap();
    assert!(text.contains("J003 inadequate-judgement"), "{text}");
    assert!(text.contains("## Why") && text.contains("## Reflective rewrite"));
    let nothing = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": pos(5, 2)}),
    );
    assert_eq!(nothing["result"], Value::Null);

    // Applying the preferred fix clears the diagnostic.
    client.change(
        uri,
        3,
        json!([{"range": fix["range"], "text": fix["newText"]}]),
    );
    let diagnostics = client.diagnostics(uri, 3);
    assert!(!codes(&diagnostics).contains(&"J003"), "{diagnostics:?}");

    // The outline: the area with its grade, and its sections.
    let symbols = client.symbols(uri);
    let areas = symbols["result"].as_array().unwrap();
    assert_eq!(areas.len(), 1, "{areas:?}");
    assert_eq!(areas[0]["name"], "Assessment");
    assert_eq!(areas[0]["detail"], "Requires improvement");
    let sections: Vec<&str> = areas[0]["children"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(sections, ["Judgement", "Evidence", "Impact", "Actions"]);

    // Completion of grades after `Judgement:`.
    let completion = client.request(
        "textDocument/completion",
        json!({"textDocument": {"uri": uri}, "position": pos(9, 11)}),
    );
    let labels: Vec<&str> = completion["result"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["label"].as_str().unwrap())
        .collect();
    assert_eq!(labels, ["Outstanding", "Good", "Requires improvement"]);

    let status = client.shutdown_and_exit();
    assert!(status.success(), "{status:?}");
}

#[test]
fn positions_after_an_emoji_are_placed_exactly() {
    let text = "## Assessment\r\n\r\nJudgement: Satisfactory 😀\r\n\r\nEvidence: Seen at home, which is positive.\r\n";
    for (encoding, end) in [("utf-16", 26), ("utf-8", 28)] {
        let uri = "file:///audits/emoji.audit.md";
        let mut client = Client::start("warn");
        let init = client.initialize(
            json!({"general": {"positionEncodings": [encoding]}}),
            Value::Null,
        );
        assert_eq!(init["result"]["capabilities"]["positionEncoding"], encoding);
        client.open(uri, 1, text);
        let diagnostics = client.diagnostics(uri, 1);
        assert_eq!(
            find(&diagnostics, "J002")["range"],
            range((2, 11), (2, end)),
            "{encoding}"
        );
        // An insertion just after the emoji lands there, not inside it.
        client.change(
            uri,
            2,
            json!([{"range": range((2, end), (2, end)), "text": "!"}]),
        );
        let diagnostics = client.diagnostics(uri, 2);
        let j002 = find(&diagnostics, "J002");
        assert_eq!(j002["range"], range((2, 11), (2, end + 1)), "{encoding}");
        assert!(
            j002["message"]
                .as_str()
                .unwrap()
                .contains("Satisfactory 😀!"),
            "{j002}"
        );
        // A position inside the surrogate pair (or the UTF-8 sequence) is clamped to the
        // emoji's start, not a panic.
        client.change(
            uri,
            3,
            json!([{"range": range((2, end - 1), (2, end - 1)), "text": "#"}]),
        );
        let diagnostics = client.diagnostics(uri, 3);
        assert!(find(&diagnostics, "J002")["message"]
            .as_str()
            .unwrap()
            .contains("Satisfactory #😀!"));
        assert!(client.shutdown_and_exit().success());
    }
}

/// One typed edit: the text now expected on the heading and judgement lines.
struct Model {
    heading: Vec<char>,
    judgement: Vec<char>,
}

fn utf16_len(chars: &[char]) -> u32 {
    chars.iter().map(|c| c.len_utf16() as u32).sum()
}

#[test]
fn two_hundred_rapid_edits_arrive_in_order() {
    let uri = "file:///audits/rapid.audit.md";
    let start = "## \n\nJudgement: \n\nEvidence: Seen at home, which is positive.\n";
    let mut client = Client::start("warn");
    client.initialize(capabilities(), Value::Null);
    client.open(uri, 1, start);

    // Type into the heading and the judgement in turn, with an emoji now and then and a
    // backspace every seventh edit, without waiting for anything in between.
    let typed_heading: Vec<char> = "Planning 😀 for permanence and stability".chars().collect();
    let typed_grade: Vec<char> = "Requires improvement".chars().collect();
    let mut model = Model {
        heading: Vec::new(),
        judgement: Vec::new(),
    };
    let (mut h, mut g) = (0, 0);
    for version in 2..=201 {
        let step = version - 2;
        let on_heading = step % 2 == 0;
        let (line, prefix, chars, source, next) = if on_heading {
            (0, 3, &mut model.heading, &typed_heading, &mut h)
        } else {
            (2, 11, &mut model.judgement, &typed_grade, &mut g)
        };
        let end = prefix + utf16_len(chars);
        let change = if step % 7 == 6 && !chars.is_empty() {
            let last = chars.pop().unwrap();
            json!({"range": range((line, end - last.len_utf16() as u32), (line, end)), "text": ""})
        } else {
            let c = source[*next % source.len()];
            *next += 1;
            chars.push(c);
            json!({"range": range((line, end), (line, end)), "text": c.to_string()})
        };
        client.change(uri, version as i64, json!([change]));
    }
    let heading: String = model.heading.iter().collect();
    let grade: String = model.judgement.iter().collect();

    let final_diagnostics = client.diagnostics(uri, 201);
    // Published versions never went backwards.
    let versions: Vec<i64> = client
        .notifications
        .iter()
        .filter(|m| m["method"] == "textDocument/publishDiagnostics")
        .filter_map(|m| m["params"]["version"].as_i64())
        .collect();
    assert!(versions.windows(2).all(|w| w[0] < w[1]), "{versions:?}");
    assert!(versions.iter().all(|v| *v < 201), "{versions:?}");

    // The text is exactly what was typed: the outline shows it.
    let symbols = client.symbols(uri);
    assert_eq!(symbols["result"][0]["name"], heading.trim());
    assert_eq!(symbols["result"][0]["detail"], grade.trim());

    // And its diagnostics are those of the same text opened afresh.
    let expected = format!(
        "## {heading}\n\nJudgement: {grade}\n\nEvidence: Seen at home, which is positive.\n"
    );
    client.open("file:///audits/reference.audit.md", 1, &expected);
    let reference = client.diagnostics("file:///audits/reference.audit.md", 1);
    let strip = |ds: &[Value]| -> Vec<Value> {
        ds.iter()
            .map(|d| json!([d["code"], d["range"], d["message"]]))
            .collect()
    };
    assert_eq!(strip(&final_diagnostics), strip(&reference));
    assert!(client.shutdown_and_exit().success());
}

#[test]
fn configuration_from_file_and_client_with_errors_shown() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("audits");
    std::fs::create_dir_all(&folder).unwrap();
    let config_path = dir.path().join("caselint.toml");
    std::fs::write(&config_path, "[severity]\nJ002 = \"warning\"\n").unwrap();
    let doc_path = folder.join("jo.audit.md");
    let uri = format!("file://{}", doc_path.display());
    let config_uri = format!("file://{}", config_path.display());
    let text =
        "## Assessment\n\nJudgement: Satisfactory\n\nEvidence: Seen at home, which is positive.\n";

    let mut client = Client::start("warn");
    client.initialize(capabilities(), Value::Null);
    client.open(&uri, 1, text);
    let diagnostics = client.diagnostics(&uri, 1);
    assert_eq!(find(&diagnostics, "J002")["severity"], 2);

    // The file changes: the watcher's notification makes it apply.
    std::fs::write(&config_path, "[severity]\nJ002 = \"off\"\n").unwrap();
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": config_uri, "type": 2}]}),
    );
    let diagnostics = client.diagnostics(&uri, 1);
    assert!(!codes(&diagnostics).contains(&"J002"), "{diagnostics:?}");

    // An invalid file is shown, naming the key; the last good configuration stays.
    std::fs::write(&config_path, "lookback-months = 0\n").unwrap();
    client.notify(
        "textDocument/didSave",
        json!({"textDocument": {"uri": config_uri}}),
    );
    let shown = client.notification(|m| m["method"] == "window/showMessage");
    assert_eq!(shown["params"]["type"], 1);
    let message = shown["params"]["message"].as_str().unwrap();
    assert!(message.contains("lookback-months"), "{message}");
    assert!(message.contains("caselint.toml"), "{message}");
    client.change(&uri, 2, json!([{"text": text}]));
    let diagnostics = client.diagnostics(&uri, 2);
    assert!(!codes(&diagnostics).contains(&"J002"), "{diagnostics:?}");

    // Client settings override the file.
    client.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"caselint": {"severity": {"J002": "info"}}}}),
    );
    let diagnostics = client.diagnostics(&uri, 2);
    assert_eq!(find(&diagnostics, "J002")["severity"], 3);

    // Invalid client settings are shown, naming the key; the previous ones stay.
    client.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"max-sentence-word": 3}}),
    );
    let shown = client.notification(|m| m["method"] == "window/showMessage");
    assert_eq!(shown["params"]["type"], 1);
    let message = shown["params"]["message"].as_str().unwrap();
    assert!(message.contains("max-sentence-word"), "{message}");
    assert!(message.contains("client settings"), "{message}");
    client.change(&uri, 3, json!([{"text": text}]));
    let diagnostics = client.diagnostics(&uri, 3);
    assert_eq!(find(&diagnostics, "J002")["severity"], 3);
    assert!(client.shutdown_and_exit().success());
}

#[test]
fn the_same_fix_for_several_diagnostics_is_one_code_action() {
    let uri = "file:///audits/sam.audit.md";
    let text = "---\nchild: Sam\naudit-date: 2026-11-20\n---\n\n## Planning\n\nJudgement: Good\n\n### Actions\n- Continue to monitor.\n";
    let mut client = Client::start("info");
    client.initialize(capabilities(), Value::Null);
    client.open(uri, 1, text);
    let diagnostics = client.diagnostics(uri, 1);
    let on_action: Vec<Value> = diagnostics
        .iter()
        .filter(|d| d["range"]["start"]["line"] == 10)
        .cloned()
        .collect();
    assert!(on_action.len() >= 2, "{diagnostics:?}");
    let response = client.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": range((10, 0), (10, 22)),
               "context": {"diagnostics": on_action}}),
    );
    let actions = response["result"].as_array().unwrap();
    let mut titles: Vec<&str> = actions
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    let count = titles.len();
    titles.sort_unstable();
    titles.dedup();
    assert_eq!(titles.len(), count, "duplicate titles: {actions:?}");
    // The SMART rewrite is offered once, for every diagnostic it resolves.
    let smart = actions
        .iter()
        .find(|a| {
            a["title"]
                .as_str()
                .unwrap()
                .starts_with("Rewrite as a SMART action")
        })
        .expect("a SMART rewrite");
    assert!(
        smart["diagnostics"].as_array().unwrap().len() >= 2,
        "{smart}"
    );
}
