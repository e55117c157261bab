//! The bad-input matrix: every way the CLI and the language server can be fed broken,
//! wrong or extreme input, each answered with a clear error or a documented, sensible
//! behaviour, and never a panic. Every run and every wait has a deadline: a child still
//! running then is killed and the test fails, so nothing here can hang CI.
//!
//! The big inputs (25 MB, a 5 MB line, deep nesting) are written once per run into a
//! temporary folder that all the tests share.

mod common;

use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::OnceLock;

use common::{
    assert_no_panic, capabilities, caselint, codes, find, pos, range, stderr, stdout, Client, MIXED,
};
use serde_json::{json, Value};
use tempfile::TempDir;

// ---------------------------------------------------------------------------------------
// Inputs

/// An area whose judgement is not on the scale (J002), which repeated makes a big audit.
const AREA: &str = "## Assessment\n\nJudgement: Satisfactory\n\n### Evidence\nThe assessment was completed on time and shared with mother, which is positive.\n\n";

/// Prose that no rule flags, for big inputs that are not all diagnostics.
const PROSE: &str = "The family were visited at home and the children spoke about school.\n";

/// 25 MB of clean free text, with one unknown judgement on its very last line.
fn big_text() -> String {
    let mut text = String::with_capacity(25 * 1024 * 1024 + 64);
    while text.len() < 25 * 1024 * 1024 {
        text.push_str(PROSE);
    }
    text.push_str("\n## Assessment\n\nJudgement: Satisfactory\n");
    text
}

struct Inputs {
    dir: TempDir,
}

impl Inputs {
    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
}

/// A 25 MB document for the language server: 1 MB of prose, 24 MB of it again in a fenced
/// code block (carried, indexed and converted like any text, but not linted as prose: the
/// debug build lints 25 MB of prose in about 15 s, which the command-line test spends
/// once), and one unknown judgement on its very last line.
fn big_document() -> String {
    let prose = PROSE.repeat(1024 * 1024 / PROSE.len());
    let code = PROSE.repeat(24 * 1024 * 1024 / PROSE.len());
    format!("{prose}\n```\n{code}```\n\n## Assessment\n\nJudgement: Satisfactory\n")
}

/// The big inputs, made once.
fn inputs() -> &'static Inputs {
    static INPUTS: OnceLock<Inputs> = OnceLock::new();
    INPUTS.get_or_init(|| {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let write = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
        write("big.audit.md", &big_text());
        // One 5 MB line: words without a full stop, and one unbroken "word".
        write(
            "line-words.audit.md",
            &"and then ".repeat(5 * 1024 * 1024 / 9),
        );
        write("line-word.audit.md", &"x".repeat(5 * 1024 * 1024));
        // 100,000 levels of block quote, list, link bracket and emphasis nesting, each
        // before an area.
        let deep = |open: &str| format!("{}{AREA}", open.repeat(100_000));
        write("deep-quote.audit.md", &deep(">"));
        write("deep-list.audit.md", &deep("- "));
        write("deep-brackets.audit.md", &deep("["));
        write("deep-emphasis.audit.md", &deep("*"));
        // A staircase of quotes, one level deeper on each of 2,000 lines.
        let stairs: String = (1..=2_000)
            .map(|i| format!("{} Judgement: Weak\n", ">".repeat(i)))
            .collect();
        write("deep-stairs.audit.md", &(stairs + AREA));
        // One sentence of 1 MB, thick with phrases and clauses that point back to the one
        // before ("… which go is weak and remain poor …"): once a recursion without end and
        // work for each phrase that grew with the sentence.
        let run_on = format!(
            "{AREA}The plan{}.\n",
            " which go is weak and remain poor".repeat(30_000)
        );
        write("run-on.audit.md", &run_on);
        Inputs { dir }
    })
}

// ---------------------------------------------------------------------------------------
// The command line

fn check(args: &[&str]) -> Output {
    let mut all = vec!["check"];
    all.extend_from_slice(args);
    let o = caselint(&all);
    assert_no_panic(&stderr(&o));
    o
}

/// A JSON report's diagnostics codes, for its only file.
fn json_codes(o: &Output) -> Vec<String> {
    let report: Value = serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", stderr(o)));
    report["files"][0]["diagnostics"]
        .as_array()
        .expect("a diagnostics list")
        .iter()
        .map(|d| d["code"].as_str().unwrap_or("").to_owned())
        .collect()
}

/// Status 2 and one `caselint: error:` line that holds `want`.
fn assert_one_error(o: &Output, want: &str) {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(2), "{want}: {err}");
    assert!(err.contains(want), "want `{want}` in: {err}");
    assert_eq!(err.lines().count(), 1, "one message: {err}");
    assert!(err.starts_with("caselint: error: "), "{err}");
}

#[test]
fn bad_files_get_one_clear_message_and_others_are_still_checked() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(
        d.join("bad-utf8.audit.md"),
        b"## A\nJudgement: Good\n\xff\xfe oops\n",
    )
    .unwrap();
    std::fs::write(d.join("binary.audit"), b"\x7fELF\x00\x00\x01binary").unwrap();
    std::fs::write(d.join("nul.audit.md"), b"## A\nJudgement: Good\x00\n").unwrap();
    std::fs::write(d.join("empty.audit.md"), b"").unwrap();
    std::fs::create_dir(d.join("nothing-here")).unwrap();
    let cases: [(&str, &str); 5] = [
        (
            "missing.audit.md",
            "missing.audit.md: no such file or directory",
        ),
        (
            "bad-utf8.audit.md",
            "bad-utf8.audit.md: not valid UTF-8 text (invalid byte at offset 21, line 3)",
        ),
        (
            "binary.audit",
            "binary.audit: this looks like a binary file, not a text audit",
        ),
        (
            "nul.audit.md",
            "nul.audit.md: this looks like a binary file, not a text audit",
        ),
        ("nothing-here", "nothing-here: no audit files found"),
    ];
    for (name, want) in cases {
        let path = d.join(name);
        let o = check(&[path.to_str().unwrap(), MIXED]);
        assert_one_error(&o, want);
        // The other file was still checked.
        assert!(stdout(&o).contains("J002"), "{name}");
    }
    // A path through a regular file.
    let through = d.join("empty.audit.md").join("child.audit.md");
    assert_one_error(&check(&[through.to_str().unwrap()]), "child.audit.md");
    let o = check(&[d.join("empty.audit.md").to_str().unwrap()]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "an empty file is fine: {}",
        stderr(&o)
    );
}

#[test]
fn a_nul_byte_past_the_first_8_kib_is_text() {
    // Binary files are told by a NUL byte in their first 8 KiB (as git tells them); a
    // stray NUL further on is linted as text, and ranges after it stay exact.
    let mut text = PROSE.repeat(8192 / PROSE.len() + 1).into_bytes();
    text.extend_from_slice(b"\x00\n## Assessment\n\nJudgement: Satisfactory\n");
    let o = common::caselint_stdin(&["check", "--format", "json", "-"], &text);
    assert_no_panic(&stderr(&o));
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let report: Value = serde_json::from_slice(&o.stdout).unwrap();
    let j002 = find(
        report["files"][0]["diagnostics"].as_array().unwrap(),
        "J002",
    );
    let start = j002["byte_range"][0].as_u64().unwrap() as usize;
    assert_eq!(&text[start..start + 12], b"Satisfactory");
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_is_reported_as_permission_denied() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("locked.audit.md");
    std::fs::write(&path, "## A\nJudgement: Good\n").unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    let unreadable = if std::fs::read(&path).is_err() {
        Some(path)
    } else {
        // Running as root, where file modes do not stop reads. A write-only kernel
        // setting refuses root too, where /proc is mounted.
        let setting = PathBuf::from("/proc/sys/vm/drop_caches");
        match std::fs::read(&setting) {
            Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => Some(setting),
            _ => None,
        }
    };
    let Some(unreadable) = unreadable else {
        eprintln!(
            "skipped only the permission-denied case: running as root, where mode 000 does \
             not stop reads, and /proc/sys/vm/drop_caches is not there to refuse them"
        );
        return;
    };
    let o = check(&[unreadable.to_str().unwrap(), MIXED]);
    assert_one_error(&o, &format!("{}: permission denied", unreadable.display()));
    assert!(stdout(&o).contains("J002"), "the other file was checked");
}

#[test]
fn a_directory_as_the_config_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let o = check(&["--config", dir.path().to_str().unwrap(), MIXED]);
    assert_one_error(&o, &format!("{}: ", dir.path().display()));
    assert!(
        stderr(&o).contains("is a directory, not a configuration file"),
        "{}",
        stderr(&o)
    );
    assert!(
        stdout(&o).is_empty(),
        "nothing is checked without its config"
    );
}

#[test]
fn malformed_configs_name_the_file_and_the_key() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("caselint.toml"), "lookback-months = 0\n").unwrap();
    std::fs::write(dir.path().join("a.audit.md"), "## A\nJudgement: Weak\n").unwrap();
    let o = check(&[dir.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("caselint.toml") && err.contains("lookback-months"),
        "{err}"
    );

    let cfg = dir.path().join("other.toml");
    let config = |text: &[u8]| -> Output {
        std::fs::write(&cfg, text).unwrap();
        check(&["--config", cfg.to_str().unwrap(), MIXED])
    };
    let cases: [(&[u8], &str); 8] = [
        (
            b"[severity]\nJ002 = \"loud\"\n",
            "other.toml: `severity.J002`",
        ),
        // Not TOML at all: the line is named.
        (b"[severity\nJ002 = \"off\"\n", "other.toml: "),
        (
            b"lookback-months = \"six\"\n",
            "other.toml: `lookback-months`: invalid type",
        ),
        (
            b"[severity]\nJ002 = 5\n",
            "other.toml: `severity.J002`: invalid type",
        ),
        (b"max-sentence-word = 3\n", "max-sentence-word"),
        (b"[severity]\nX999 = \"off\"\n", "X999"),
        (b"lookback-months = 6\x00\n", "other.toml: "),
        (b"lookback-months = 6 # \xff\xfe\n", "other.toml: "),
    ];
    for (text, want) in cases {
        let o = config(text);
        let err = stderr(&o);
        // TOML's errors end with the line; its syntax errors take two lines (what is wrong,
        // then what was expected), still under one `caselint: error:`.
        if err.contains("(line ") {
            assert_eq!(o.status.code(), Some(2), "{err}");
            assert_eq!(err.matches("caselint: error: ").count(), 1, "{err}");
            assert!(err.contains(want), "{err}");
        } else {
            assert_one_error(&o, want);
        }
    }
    let o = config(b"[severity\nJ002 = \"off\"\n");
    assert!(stderr(&o).contains("(line 1)"), "{}", stderr(&o));

    // An empty configuration is the default one.
    assert_eq!(config(b"").status.code(), Some(1));

    let o = check(&["--config", "no-such-config.toml", MIXED]);
    assert_one_error(&o, "no-such-config.toml");
}

#[test]
fn malformed_front_matter_leaves_the_body_linted() {
    let body = "\n## Assessment\n\nJudgement: Satisfactory\n\n### Impact\nFor Jo, this means she is safer at home.\n";
    let cases: [(&str, String); 9] = [
        ("never closed", format!("---\nchild: Jo\n{body}")),
        (
            "a line without a colon",
            format!("---\nchild Jo\n---\n{body}"),
        ),
        ("an empty value", format!("---\nchild:\n---\n{body}")),
        (
            "a repeated key",
            format!("---\nchild: Jo\nchild: Sam\n---\n{body}"),
        ),
        (
            "an unreadable date",
            format!("---\nchild: Jo\naudit-date: 31/02/20x6\n---\n{body}"),
        ),
        ("closed with dots", format!("---\nchild: Jo\n...\n{body}")),
        (
            "a byte order mark",
            format!("\u{feff}---\nchild: Jo\n---\n{body}"),
        ),
        ("only the opening line", "---".to_owned()),
        (
            "100,000 lines of keys",
            format!(
                "---\nchild: Jo\n{}---\n{body}",
                "key: value\n".repeat(100_000)
            ),
        ),
    ];
    for (what, text) in cases {
        let o = common::caselint_stdin(&["check", "--format", "json", "-"], text.as_bytes());
        assert_no_panic(&stderr(&o));
        let found = json_codes(&o);
        if what == "only the opening line" {
            assert_eq!(o.status.code(), Some(0), "{what}: {found:?}");
            continue;
        }
        assert_eq!(o.status.code(), Some(1), "{what}: {}", stderr(&o));
        assert!(found.contains(&"J002".to_owned()), "{what}: {found:?}");
        // Where the front matter cannot be read, the child is not known.
        let child_known = !matches!(
            what,
            "never closed" | "a line without a colon" | "an empty value"
        );
        assert_eq!(
            !found.contains(&"M001".to_owned()),
            child_known,
            "{what}: {found:?}"
        );
        if what == "an unreadable date" {
            assert!(found.contains(&"M002".to_owned()), "{found:?}");
        }
    }
}

#[test]
fn a_25_mb_file_is_linted_whole() {
    let path = inputs().path("big.audit.md");
    let o = check(&["--format", "concise", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    let lines = big_text().lines().count();
    assert!(
        out.contains(&format!("big.audit.md:{lines}:12: error[J002]")),
        "the last line is reached: {out}"
    );
}

#[test]
fn a_5_mb_line_is_linted() {
    // Words without a full stop: one sentence far over the limit (W001, an info finding).
    let o = check(&[
        "--format",
        "json",
        inputs().path("line-words.audit.md").to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(json_codes(&o), ["W001"]);
    // One unbroken 5 MB "word": nothing to say.
    let o = check(&[
        "--format",
        "json",
        inputs().path("line-word.audit.md").to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(json_codes(&o).is_empty());
}

#[test]
fn deeply_nested_markdown_is_linted() {
    for name in [
        "deep-quote.audit.md",
        "deep-list.audit.md",
        "deep-brackets.audit.md",
        "deep-emphasis.audit.md",
        "deep-stairs.audit.md",
    ] {
        let path = inputs().path(name);
        let o = check(&["--format", "json", path.to_str().unwrap()]);
        assert!(!stderr(&o).contains("overflow"), "{name}: {}", stderr(&o));
        // The judgement after the nesting is still read.
        assert_eq!(o.status.code(), Some(1), "{name}: {}", stderr(&o));
        let found = json_codes(&o);
        assert!(found.contains(&"J002".to_owned()), "{name}: {found:?}");
    }
}

#[test]
fn a_run_on_sentence_thick_with_phrases_is_linted() {
    let path = inputs().path("run-on.audit.md");
    let o = check(&["--format", "json", path.to_str().unwrap()]);
    assert!(!stderr(&o).contains("overflow"), "{}", stderr(&o));
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let found = json_codes(&o);
    assert!(found.contains(&"J002".to_owned()), "{found:?}");
    assert!(found.contains(&"W001".to_owned()), "{found:?}");
}

// ---------------------------------------------------------------------------------------
// The language server

/// One area whose judgement is not on the scale, on line 2 from character 11 to 23.
const SMALL: &str = "## Assessment\n\nJudgement: Satisfactory\n";

/// A server with `SMALL` open at `uri` (version 1), and its diagnostics.
fn opened(uri: &str) -> (Client, Vec<Value>) {
    let mut client = Client::start("warn");
    client.initialize(capabilities(), Value::Null);
    client.open(uri, 1, SMALL);
    let diagnostics = client.diagnostics(uri, 1);
    (client, diagnostics)
}

/// Shut down cleanly, and no panic in the log.
fn finish(mut client: Client) {
    assert!(client.shutdown_and_exit().success());
    assert_no_panic(&client.log());
}

#[test]
fn malformed_messages_are_answered_and_the_server_carries_on() {
    let uri = "file:///audits/bad.audit.md";
    let (mut client, _) = opened(uri);

    // Malformed JSON gets a parse error; the server keeps going.
    client.send_raw(b"{\"jsonrpc\": \"2.0\", \"id\": 99, \"method\": ");
    let error = client.response(Value::Null);
    assert_eq!(error["error"]["code"], -32700, "{error}");
    // Not UTF-8 at all: a parse error too.
    client.send_raw(b"\xff\xfe{}");
    let error = client.response(Value::Null);
    assert_eq!(error["error"]["code"], -32700, "{error}");
    // JSON that is not a JSON-RPC message gets an invalid-request error with its id.
    client.send_raw(br#"{"jsonrpc": "2.0", "id": 98, "method": 7}"#);
    let error = client.response(json!(98));
    assert_eq!(error["error"]["code"], -32600, "{error}");
    // Frames without a (readable) Content-Length are skipped.
    client.send_bytes(b"Content-Type: nonsense\r\n\r\n");
    client.send_bytes(b"Content-Length: twelve\r\n\r\n");
    // Bad parameters and unknown documents get errors.
    let bad = client.request("textDocument/hover", json!({"nonsense": true}));
    assert_eq!(bad["error"]["code"], -32602, "{bad}");
    let unknown = client.symbols("file:///audits/never-opened.audit.md");
    assert_eq!(unknown["error"]["code"], -32602, "{unknown}");
    let unknown_method = client.request("caselint/nothing", json!({}));
    assert_eq!(unknown_method["error"]["code"], -32601, "{unknown_method}");
    // An unknown notification is no error at all.
    client.notify("caselint/nothing", json!({}));

    // The document is untouched and still answered for.
    let symbols = client.symbols(uri);
    assert_eq!(symbols["result"][0]["detail"], "Satisfactory", "{symbols}");
    finish(client);
}

#[test]
fn a_wrong_content_length_costs_one_message_at_most() {
    let mut client = Client::start("warn");
    client.initialize(capabilities(), Value::Null);
    // Too short: the body is cut, and its rest runs into the next frame's header.
    let hover = json!({"jsonrpc": "2.0", "id": 50, "method": "caselint/nothing"}).to_string();
    client.send_bytes(format!("Content-Length: 10\r\n\r\n{hover}").as_bytes());
    let cut = client.response(Value::Null);
    assert_eq!(cut["error"]["code"], -32700, "{cut}");
    let next = client.request("caselint/nothing", json!({}));
    assert_eq!(next["error"]["code"], -32601, "{next}");
    // Too long while more frames follow: the next frame's first bytes are taken into the
    // body, and that frame is lost.
    let long = json!({"jsonrpc": "2.0", "id": 60, "method": "caselint/nothing"}).to_string();
    client.send_bytes(format!("Content-Length: {}\r\n\r\n{long}", long.len() + 30).as_bytes());
    client.notify("caselint/lost", json!({}));
    let long = client.response(Value::Null);
    assert_eq!(long["error"]["code"], -32700, "{long}");
    let after = client.request("caselint/nothing", json!({}));
    assert_eq!(after["error"]["code"], -32601, "{after}");
    finish(client);
}

#[test]
fn a_content_length_past_the_end_of_the_input_ends_the_server() {
    let mut client = Client::start("warn");
    client.initialize(capabilities(), Value::Null);
    client.send_bytes(b"Content-Length: 1000\r\n\r\n{\"jsonrpc\": \"2.0\"");
    client.close_input();
    // No shutdown came first: status 1, as LSP asks.
    assert_eq!(client.wait_for_exit().code(), Some(1));
    assert_no_panic(&client.log());

    // A length beyond any real message is refused without reading it.
    let mut client = Client::start("warn");
    client.initialize(capabilities(), Value::Null);
    client.send_bytes(b"Content-Length: 99999999999\r\n\r\n{}");
    assert_eq!(client.wait_for_exit().code(), Some(1));
    let log = client.log();
    assert!(log.contains("too large"), "{log}");
    assert_no_panic(&log);
}

#[test]
fn requests_before_initialize_get_server_not_initialized() {
    let uri = "file:///audits/early.audit.md";
    let mut client = Client::start("warn");
    let early = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": pos(0, 0)}),
    );
    assert_eq!(early["error"]["code"], -32002, "{early}");
    let early = client.request("shutdown", Value::Null);
    assert_eq!(early["error"]["code"], -32002, "{early}");
    // A notification before initialize is dropped.
    client.open(uri, 1, SMALL);
    let init = client.initialize(capabilities(), Value::Null);
    assert!(init["result"]["capabilities"].is_object(), "{init}");
    let unopened = client.symbols(uri);
    assert_eq!(unopened["error"]["code"], -32602, "{unopened}");
    // A second initialize is refused; the session goes on.
    let again = client.request(
        "initialize",
        json!({"processId": null, "rootUri": null, "capabilities": {}}),
    );
    assert!(again["error"]["code"].is_i64(), "{again}");
    client.open(uri, 1, SMALL);
    assert!(codes(&client.diagnostics(uri, 1)).contains(&"J002"));
    finish(client);
}

#[test]
fn edits_to_unopened_documents_and_old_versions_are_ignored() {
    let uri = "file:///audits/versions.audit.md";
    let (mut client, _) = opened(uri);
    client.change(
        uri,
        3,
        json!([{"range": range((2, 11), (2, 23)), "text": "Good"}]),
    );
    let diagnostics = client.diagnostics(uri, 3);
    assert!(!codes(&diagnostics).contains(&"J002"), "{diagnostics:?}");
    // A version that goes backwards, or stays, is ignored.
    for version in [2, 3, -5] {
        client.change(
            uri,
            version,
            json!([{"range": range((2, 11), (2, 15)), "text": "Satisfactory"}]),
        );
    }
    // A change to a document that is not open is ignored, and does not open it.
    let never = "file:///audits/never-opened.audit.md";
    client.change(never, 5, json!([{"text": "## A\n\nJudgement: Weak\n"}]));
    let unknown = client.symbols(never);
    assert_eq!(unknown["error"]["code"], -32602, "{unknown}");
    // The document is still at version 3: "Good".
    let symbols = client.symbols(uri);
    assert_eq!(symbols["result"][0]["detail"], "Good", "{symbols}");
    // No diagnostics were published for the ignored versions, nor for the unopened one.
    let published: Vec<&Value> = client
        .notifications
        .iter()
        .filter(|m| m["method"] == "textDocument/publishDiagnostics")
        .collect();
    assert!(published.is_empty(), "{published:?}");
    finish(client);
}

#[test]
fn out_of_range_positions_are_clamped_or_answered() {
    let uri = "file:///audits/far.audit.md";
    let max = u32::MAX;
    let (mut client, diagnostics) = opened(uri);
    let j002 = find(&diagnostics, "J002").clone();

    let far = pos(max, max);
    let hover = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": far}),
    );
    assert_eq!(hover["result"], Value::Null, "{hover}");
    let completion = client.request(
        "textDocument/completion",
        json!({"textDocument": {"uri": uri}, "position": far}),
    );
    assert!(completion.get("error").is_none(), "{completion}");
    let actions = client.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": range((max, max), (0, 0)),
               "context": {"diagnostics": [j002]}}),
    );
    assert!(actions.get("error").is_none(), "{actions}");
    // Positions that are not u32 numbers are invalid parameters.
    for bad in [
        json!({"line": -1, "character": 0}),
        json!({"line": 1u64 << 40, "character": 0}),
    ] {
        let answer = client.request(
            "textDocument/hover",
            json!({"textDocument": {"uri": uri}, "position": bad}),
        );
        assert_eq!(answer["error"]["code"], -32602, "{answer}");
    }
    // An edit far outside the document is clamped to its end; a reversed range and a
    // column past the end of a line are clamped too.
    client.change(
        uri,
        2,
        json!([{"range": range((max, max), (max, max)), "text": "\nEvidence: Seen."}]),
    );
    let diagnostics = client.diagnostics(uri, 2);
    assert!(!codes(&diagnostics).contains(&"E001"), "{diagnostics:?}");
    client.change(
        uri,
        3,
        json!([{"range": range((2, max), (2, 11)), "text": "Good"}]),
    );
    let diagnostics = client.diagnostics(uri, 3);
    assert!(!codes(&diagnostics).contains(&"J002"), "{diagnostics:?}");
    // A change with an invalid range is dropped whole: the version stays 3.
    client.change(
        uri,
        4,
        json!([{"range": {"start": {"line": -1, "character": 0}, "end": pos(0, 0)}, "text": "x"}]),
    );
    let symbols = client.symbols(uri);
    assert_eq!(symbols["result"][0]["name"], "Assessment", "{symbols}");
    assert_eq!(symbols["result"][0]["detail"], "Good", "{symbols}");
    finish(client);
}

#[test]
fn a_25_mb_document_is_opened_edited_and_answered_for() {
    let uri = "file:///audits/big.audit.md";
    let text = big_document();
    assert!(text.len() > 25 * 1024 * 1024 - 100);
    let last = (text.lines().count() - 1) as u32;
    let mut client = Client::start("warn");
    client.initialize(capabilities(), Value::Null);
    client.open(uri, 1, &text);
    let j002 = find(&client.diagnostics(uri, 1), "J002").clone();
    assert_eq!(j002["range"], range((last, 11), (last, 23)));
    client.change(
        uri,
        2,
        json!([{"range": range((last, 11), (last, 23)), "text": "Good"}]),
    );
    let diagnostics = client.diagnostics(uri, 2);
    assert!(!codes(&diagnostics).contains(&"J002"), "{diagnostics:?}");
    let hover = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": pos(last, 12)}),
    );
    assert!(hover.get("error").is_none(), "{hover}");
    finish(client);
}

#[test]
fn exit_without_shutdown_ends_the_server_with_status_1() {
    let mut client = Client::start("warn");
    client.initialize(capabilities(), Value::Null);
    client.notify("exit", Value::Null);
    assert_eq!(client.wait_for_exit().code(), Some(1));
    assert_no_panic(&client.log());
    // `exit` is the one notification not dropped before `initialize`.
    let mut client = Client::start("warn");
    client.notify("exit", Value::Null);
    assert_eq!(client.wait_for_exit().code(), Some(1));
}

#[test]
fn closing_the_input_without_exit_ends_the_server() {
    // Without shutdown: status 1.
    let mut client = Client::start("warn");
    client.initialize(capabilities(), Value::Null);
    client.open("file:///audits/a.audit.md", 1, "## A\n\nJudgement: Weak\n");
    client.close_input();
    assert_eq!(client.wait_for_exit().code(), Some(1));
    assert_no_panic(&client.log());
    // After shutdown: status 0.
    let mut client = Client::start("warn");
    client.initialize(capabilities(), Value::Null);
    let response = client.request("shutdown", Value::Null);
    assert_eq!(response["result"], Value::Null);
    client.close_input();
    assert_eq!(client.wait_for_exit().code(), Some(0));
    // Before initialize: status 1 too.
    let mut client = Client::start("warn");
    client.close_input();
    assert_eq!(client.wait_for_exit().code(), Some(1));
}

// ---------------------------------------------------------------------------------------
// Log privacy

const LEVELS: [&str; 6] = ["off", "error", "warn", "info", "debug", "trace"];

#[test]
fn the_log_never_holds_document_text_at_any_level() {
    let secret = "Zephyrine Quillfeather";
    let sentence = "Zephyrine told her teacher about the bruise on Tuesday";
    let text = format!(
        "---\nchild: {secret}\n---\n\n## Assessment\n\nJudgement: {secret}\n\nEvidence: {sentence}. The social worker failed to visit.\n"
    );
    for level in LEVELS.into_iter().chain(["verbose"]) {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("zephyrine-quillfeather");
        std::fs::create_dir(&folder).unwrap();
        let uri = format!(
            "file://{}",
            folder.join("zephyrine-quillfeather.audit.md").display()
        );
        let mut client = Client::start_in(dir.path(), level);
        client.initialize(
            capabilities(),
            json!({"caselint": {"max-sentence-words": 3}}),
        );
        client.open(&uri, 1, &text);
        let diagnostics = client.diagnostics(&uri, 1);
        let j002 = find(&diagnostics, "J002").clone();
        assert!(j002["message"].as_str().unwrap().contains(secret));
        client.change(
            &uri,
            2,
            json!([{"range": range((8, 0), (8, 0)), "text": format!("{secret} again. ")}]),
        );
        let diagnostics = client.diagnostics(&uri, 2);
        client.request(
            "textDocument/hover",
            json!({"textDocument": {"uri": uri}, "position": pos(6, 12)}),
        );
        for d in diagnostics.iter().take(4) {
            client.request(
                "textDocument/codeAction",
                json!({"textDocument": {"uri": uri}, "range": d["range"],
                       "context": {"diagnostics": [d]}}),
            );
        }
        client.request(
            "textDocument/completion",
            json!({"textDocument": {"uri": uri}, "position": pos(6, 11)}),
        );
        client.symbols(&uri);
        // What goes wrong must not quote it either: a broken message, an edit to an
        // unopened document, a request about one, settings that name it, a stale version.
        client.send_raw(format!("{{\"broken\": \"{secret}").as_bytes());
        client.response(Value::Null);
        let elsewhere = uri.replace(".audit.md", "-2.audit.md");
        client.change(&elsewhere, 9, json!([{"text": secret}]));
        client.request(
            "textDocument/hover",
            json!({"textDocument": {"uri": elsewhere}, "position": pos(0, 0)}),
        );
        client.notify(
            "workspace/didChangeConfiguration",
            json!({"settings": {"caselint": {"areas": [secret], "Zephyrine": 1}}}),
        );
        client.notification(|m| m["method"] == "window/showMessage");
        client.change(&uri, 1, json!([{"text": secret}]));
        client.notify(
            "textDocument/didClose",
            json!({"textDocument": {"uri": uri}}),
        );
        assert!(client.shutdown_and_exit().success(), "{level}");
        check_log(&client.log(), level, secret);
        // Nor does the server leave a log file (or anything else) behind in its working,
        // home or temporary folders, which are all `dir`.
        let left: Vec<PathBuf> = walk(dir.path());
        assert_eq!(
            left,
            std::slice::from_ref(&folder),
            "{level}: files left behind"
        );
    }
}

/// The log of a server started at `level`: no panic, no trace of `secret`, and only lines
/// of that level or a more severe one.
fn check_log(log: &str, level: &str, secret: &str) {
    assert_no_panic(log);
    for word in secret
        .split(' ')
        .chain(["zephyrine", "quillfeather", "bruise"])
    {
        assert!(
            !log.to_lowercase().contains(&word.to_lowercase()),
            "{level}: `{word}` leaked into the log:\n{log}"
        );
    }
    let allowed = LEVELS
        .iter()
        .position(|l| *l == level)
        .unwrap_or(LEVELS.iter().position(|l| *l == "warn").unwrap());
    for (i, name) in LEVELS.iter().enumerate().skip(1) {
        let present = log.contains(&format!("caselint {name}: "));
        if i > allowed {
            assert!(!present, "{level}: a {name} line:\n{log}");
        }
    }
    match level {
        "off" => assert!(log.is_empty(), "off: {log}"),
        // The most verbose level says much, all of it without the text.
        "trace" => {
            for name in ["warn", "info", "debug", "trace"] {
                assert!(
                    log.contains(&format!("caselint {name}: ")),
                    "{name}:\n{log}"
                );
            }
        }
        _ => {}
    }
}

/// Every path under `dir`, sorted.
fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        found.push(path.clone());
        if path.is_dir() {
            found.extend(walk(&path));
        }
    }
    found.sort();
    found
}

#[test]
fn word_pdf_and_utf16_files_get_plain_answers() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(
        d.join("form.docx"),
        b"PK\x03\x04\x14\x00\x06\x00word/document.xml",
    )
    .unwrap();
    std::fs::write(d.join("old.doc"), b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest").unwrap();
    std::fs::write(d.join("notes.pdf"), b"%PDF-1.7\n%binary").unwrap();
    for (name, want) in [
        // A truncated .docx: caselint reads Word forms, and says this one is damaged.
        ("form.docx", "form.docx: this Word document is damaged"),
        (
            "old.doc",
            "old.doc: this is an old-format Word document (.doc)",
        ),
        ("notes.pdf", "notes.pdf: this is a PDF"),
    ] {
        let o = check(&[d.join(name).to_str().unwrap()]);
        assert_one_error(&o, want);
        assert!(!stderr(&o).contains("NUL"), "{name}: {}", stderr(&o));
        // Nothing was checked, so nothing claims "no problems".
        assert!(
            !stdout(&o).contains("No problems"),
            "{name}: {}",
            stdout(&o)
        );
    }
    // Notepad's "Unicode" (UTF-16 with a byte-order mark) is read as text.
    let text = "## Planning\nJudgement: Satisfactory\n";
    for (name, bom, little) in [
        ("le.audit.txt", [0xFF, 0xFE], true),
        ("be.audit.txt", [0xFE, 0xFF], false),
    ] {
        let mut bytes = bom.to_vec();
        for unit in text.encode_utf16() {
            bytes.extend(if little {
                unit.to_le_bytes()
            } else {
                unit.to_be_bytes()
            });
        }
        std::fs::write(d.join(name), bytes).unwrap();
        let o = check(&[d.join(name).to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(1), "{name}: {}", stderr(&o));
        assert!(stdout(&o).contains("J002"), "{name}: {}", stdout(&o));
    }
}

#[test]
fn an_unreadable_file_is_counted_in_the_closing_line() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.audit.md");
    std::fs::write(&good, "Some notes with nothing to flag.\n").unwrap();
    let missing = dir.path().join("missing.audit.md");
    let o = check(&[good.to_str().unwrap(), missing.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stdout(&o).contains("No problems found in 1 file; 1 file could not be checked"),
        "{}",
        stdout(&o)
    );
    let o = check(&[missing.to_str().unwrap()]);
    assert_eq!(stdout(&o), "", "nothing was checked");
}

#[test]
fn an_internal_error_in_one_file_leaves_the_others_checked() {
    // Debug builds panic on purpose in a file holding CASELINT_DEBUG_PANIC_ON's text.
    let dir = tempfile::tempdir().unwrap();
    let boom = dir.path().join("boom.audit.md");
    std::fs::write(
        &boom,
        "## Planning\nJudgement: Good\nEvidence: trigger-the-internal-error\n",
    )
    .unwrap();
    let fine = dir.path().join("fine.audit.md");
    std::fs::write(&fine, "## Planning\nJudgement: Satisfactory\n").unwrap();
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_caselint"))
        .args(["check", boom.to_str().unwrap(), fine.to_str().unwrap()])
        .env("CASELINT_DEBUG_PANIC_ON", "trigger-the-internal-error")
        .env("NO_COLOR", "1")
        .output()
        .expect("caselint runs");
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("boom.audit.md: caselint hit an internal error while checking this file"),
        "{err}"
    );
    // The other file was still checked and reported.
    assert!(
        stdout(&o).contains("fine.audit.md") && stdout(&o).contains("J002"),
        "{}",
        stdout(&o)
    );
    assert!(
        stdout(&o).contains("1 file could not be checked"),
        "{}",
        stdout(&o)
    );
    // The panic's own message (which could quote the audit) is not shown.
    assert!(!err.contains("trigger-the-internal-error"), "{err}");
}
