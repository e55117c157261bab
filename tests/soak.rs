//! The language server held against its own CLI over long use.
//!
//! - Thousands of rapid incremental edits (inserts and deletions anywhere, with accents,
//!   emoji and line breaks), with hover, code actions, the outline and completion asked
//!   between them: afterwards the server's diagnostics are exactly `caselint check`'s on
//!   the same text.
//! - Opening and closing many 10,000-word audits, then many edits: the server's resident
//!   memory stays within 10 % of its level after the first 20 audits.
//!
//! CI runs a short version. `scripts/soak.sh` runs the full one (5,000 edits, 200 audits,
//! 20,000 edits) and prints the figures: `CASELINT_SOAK_EDITS`, `CASELINT_SOAK_AUDITS`,
//! `CASELINT_SOAK_MEMORY_EDITS` and `CASELINT_SOAK_BURST` (edits sent before waiting for
//! the server) set the sizes; `CASELINT_SOAK_REPORT_ONLY` prints the memory figures
//! without holding them to the bound (RELIABILITY.md says why glibc's own heap retention
//! is measured apart from leaks).

mod common;

use common::{capabilities, stderr, Client};
use serde_json::{json, Value};

fn size(variable: &str, default: usize) -> usize {
    std::env::var(variable)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// A small deterministic generator (xorshift), so a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// The LSP position (line, UTF-16 column) of byte `offset` in `text`.
fn position(text: &str, offset: usize) -> (u32, u32) {
    let before = &text[..offset];
    let line = before.matches('\n').count();
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    let column: usize = before[start..].chars().map(char::len_utf16).sum();
    (line as u32, column as u32)
}

fn lsp_range(text: &str, start: usize, end: usize) -> Value {
    let (a, b) = (position(text, start), position(text, end));
    json!({"start": {"line": a.0, "character": a.1}, "end": {"line": b.0, "character": b.1}})
}

/// A character boundary at or before `offset`.
fn floor(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

const SNIPPETS: &[&str] = &[
    "a",
    " ",
    "e",
    "The social worker did not visit. ",
    "which is poor practice",
    "\n",
    "\n## Planning\n\nJudgement: Good\n\n",
    "### Impact\nFor Jo, the impact is that she waits, which means harm.\n",
    "- Ensure the plan is updated.\n",
    "Zoë",
    "😀",
    "Siân’s",
    "不",
    "\u{301}",
    "Jo has not been seen for six weeks. ",
    "Actions:\n- Social worker to visit by 12 December 2026.\n",
];

const START: &str = include_str!("../examples/jo.audit.md");

#[test]
fn after_thousands_of_edits_the_server_agrees_with_the_cli() {
    let edits = size("CASELINT_SOAK_EDITS", 600);
    let uri = "file:///soak/jo.audit.md";
    let mut client = Client::start("warn");
    client.initialize(capabilities(), Value::Null);
    let mut text = START.to_owned();
    client.open(uri, 1, &text);
    let mut rng = Rng(0x5EED_CA5E);
    let mut version = 1;
    for step in 0..edits {
        version += 1;
        let at = floor(&text, rng.below(text.len() + 1));
        let change = if rng.below(3) == 0 && !text.is_empty() {
            let end = floor(&text, (at + 1 + rng.below(20)).min(text.len()));
            let change = json!({"range": lsp_range(&text, at, end), "text": ""});
            text.replace_range(at..end, "");
            change
        } else {
            let snippet = SNIPPETS[rng.below(SNIPPETS.len())];
            let change = json!({"range": lsp_range(&text, at, at), "text": snippet});
            text.insert_str(at, snippet);
            change
        };
        client.change(uri, version, json!([change]));
        if step % 25 == 24 {
            let at = floor(&text, rng.below(text.len() + 1));
            let (line, character) = position(&text, at);
            let here = json!({"line": line, "character": character});
            let doc = json!({"uri": uri});
            let response = match (step / 25) % 4 {
                0 => client.request(
                    "textDocument/hover",
                    json!({"textDocument": doc, "position": here}),
                ),
                1 => client.request(
                    "textDocument/codeAction",
                    json!({"textDocument": doc, "range": {"start": here, "end": here},
                           "context": {"diagnostics": []}}),
                ),
                2 => client.symbols(uri),
                _ => client.request(
                    "textDocument/completion",
                    json!({"textDocument": doc, "position": here}),
                ),
            };
            assert!(response.get("error").is_none(), "step {step}: {response}");
        }
    }
    let published = client.diagnostics(uri, version);

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("soak.audit.md");
    std::fs::write(&file, &text).unwrap();
    let o = common::caselint(&["check", "--format", "json", file.to_str().unwrap()]);
    assert!(matches!(o.status.code(), Some(0 | 1)), "{}", stderr(&o));
    let report: Value = serde_json::from_slice(&o.stdout).unwrap();
    let expected: Vec<Value> = report["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let [start, end] = [0, 1].map(|i| d["byte_range"][i].as_u64().unwrap() as usize);
            json!([d["code"], lsp_range(&text, start, end), d["message"]])
        })
        .collect();
    let got: Vec<Value> = published
        .iter()
        .map(|d| json!([d["code"], d["range"], d["message"]]))
        .collect();
    assert_eq!(got.len(), expected.len(), "after {edits} edits");
    assert_eq!(got, expected, "after {edits} edits");
    eprintln!(
        "soak: {edits} edits, {} requests; {} diagnostics, the same as the CLI's",
        edits / 25,
        got.len()
    );
    assert!(client.shutdown_and_exit().success());
}

/// The server's resident memory in kB (Linux), or `None` where /proc is not there.
fn rss_kb(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

/// A 10,000-word audit: the example's areas again and again, each under a name of its own.
fn big_audit(n: usize) -> String {
    let body = START.split_once("\n## ").map_or(START, |(_, rest)| rest);
    let mut out = String::from(START);
    let mut i = 0;
    while out.split_whitespace().count() < 10_000 {
        i += 1;
        out.push_str(&format!("\n## Area {n}-{i} "));
        out.push_str(body);
    }
    out
}

#[test]
fn memory_stays_flat_over_many_audits_and_edits() {
    let audits = size("CASELINT_SOAK_AUDITS", 60).max(21);
    let memory_edits = size("CASELINT_SOAK_MEMORY_EDITS", 1_000);
    let burst = size("CASELINT_SOAK_BURST", 100).max(1);
    // Growth left once glibc gives freed heap back is a leak; with its default settings it
    // keeps freed pages, and RSS creeps by up to about 11 % over many edits from run to run
    // (RELIABILITY.md; `scripts/soak.sh` reports both). Unless the run asks for the default
    // figures, the server gives free heap back, so the test measures leaks, not retention.
    let trim: &[(&str, &str)] = if std::env::var_os("CASELINT_SOAK_REPORT_ONLY").is_some() {
        &[]
    } else {
        &[("MALLOC_TRIM_THRESHOLD_", "65536")]
    };
    let mut client = Client::start_with_env("warn", trim);
    client.initialize(capabilities(), Value::Null);
    let pid = client.child.id();
    if rss_kb(pid).is_none() {
        if cfg!(target_os = "linux") {
            panic!("/proc/{pid}/status has no VmRSS on Linux");
        }
        eprintln!("no /proc here: the memory soak did not run");
        return;
    }
    let mut after_20 = 0;
    for n in 1..=audits {
        let uri = format!("file:///soak/big-{n}.audit.md");
        client.open(&uri, 1, &big_audit(n));
        let _ = client.diagnostics(&uri, 1);
        client.notify(
            "textDocument/didClose",
            json!({"textDocument": {"uri": uri}}),
        );
        if n == 20 {
            // Answered, so everything before it has been handled.
            let _ = client.symbols("file:///soak/none.audit.md");
            after_20 = rss_kb(pid).unwrap();
        }
    }
    let _ = client.symbols("file:///soak/none.audit.md");
    let after_audits = rss_kb(pid).unwrap();

    // Then many edits to one open audit: type a sentence, delete it, again and again.
    let uri = "file:///soak/edited.audit.md";
    let text = big_audit(0);
    client.open(uri, 1, &text);
    let at = position(&text, text.find("### Impact").unwrap());
    let sentence = "The social worker did not visit, which is poor practice. ";
    let mut version = 1;
    // The first edits of new text fill the matchers' search caches (each grows only as far
    // as the text needs, and no further), and RSS then moves within a band of a few per cent
    // as the threads that lint take turns with the heap. So the edits' level is the highest
    // RSS sampled between 30 % and 50 % of them, and their end is the highest sampled over
    // the last 20 %: a leak rises from one to the other, the band does not. (A debug build,
    // 2,000 edits, three runs: 30.9–31.9 MB after 100 edits, 32.7–34.6 MB from edit 300 on,
    // 34.2–34.6 MB after 2,000; a CI run once sampled 30.6 MB at edit 200 and 34.0 MB at
    // the end, which the old single sample after 20 % read as growth.)
    let mut samples: Vec<(usize, u64)> = Vec::new();
    for i in 0..memory_edits {
        version += 1;
        let start = json!({"line": at.0, "character": at.1});
        let change = if i % 2 == 0 {
            json!({"range": {"start": start, "end": start}, "text": sentence})
        } else {
            let end = json!({"line": at.0, "character": at.1 + sentence.len() as u32});
            json!({"range": {"start": start, "end": end}, "text": ""})
        };
        client.change(uri, version, json!([change]));
        // Typing comes in bursts: every so often the edits wait for the server to catch up.
        if i % burst == burst - 1 || i + 1 == memory_edits {
            let _ = client.diagnostics(uri, version);
            samples.push((i + 1, rss_kb(pid).unwrap()));
        }
    }
    let (level_at, after_warm_up, after_edits) = edit_levels(&samples, memory_edits);
    eprintln!(
        "soak: RSS {after_20} kB after 20 audits, {after_audits} kB after {audits}; \
         {after_warm_up} kB at most up to {level_at} edits, {after_edits} kB at most over the \
         last fifth of {memory_edits}"
    );
    if std::env::var_os("CASELINT_SOAK_REPORT_ONLY").is_some() {
        return;
    }
    let within = |base: u64, now: u64| now <= base + base / 10;
    assert!(
        within(after_20, after_audits),
        "RSS grew from {after_20} kB after 20 audits to {after_audits} kB after {audits}"
    );
    assert!(
        within(after_warm_up, after_edits),
        "RSS grew from at most {after_warm_up} kB up to {level_at} edits to {after_edits} kB \
         over the last fifth of {memory_edits}"
    );
    assert!(client.shutdown_and_exit().success());
}

/// The edits' level and end from RSS samples `(edits so far, kB)`, taken in order with the
/// last at `total`: the highest sample between 30 % and 50 % of the edits (or the first one
/// after 30 % if none falls there), the edit count it reaches to, and the highest sample
/// over the last 20 %.
fn edit_levels(samples: &[(usize, u64)], total: usize) -> (usize, u64, u64) {
    let from = total * 3 / 10;
    let to = total / 2;
    let window: Vec<_> = samples
        .iter()
        .filter(|(n, _)| *n > from && *n <= to)
        .collect();
    let (level_at, level) = match window.last() {
        Some((n, _)) => (*n, window.iter().map(|(_, kb)| *kb).max().unwrap_or(0)),
        None => samples
            .iter()
            .find(|(n, _)| *n > from)
            .copied()
            .unwrap_or((total, 0)),
    };
    let end = samples
        .iter()
        .filter(|(n, _)| *n > total - total / 5 || *n == total)
        .map(|(_, kb)| *kb)
        .max()
        .unwrap_or(0);
    (level_at, level, end)
}

#[test]
fn edit_levels_read_the_band_not_one_sample() {
    let flat: Vec<_> = (1..=10)
        .map(|i| (i * 100, if i % 2 == 0 { 34_000 } else { 33_000 }))
        .collect();
    assert_eq!(edit_levels(&flat, 1_000), (500, 34_000, 34_000));
    let leak: Vec<_> = (1..=10)
        .map(|i| (i * 100, 30_000 + i as u64 * 1_000))
        .collect();
    let (_, level, end) = edit_levels(&leak, 1_000);
    assert!(
        end > level + level / 10,
        "a steady rise reads as growth: {level} → {end}"
    );
    // Bursts wider than the window: the first sample after 30 % is the level.
    assert_eq!(edit_levels(&[(400, 1), (1_000, 2)], 1_000), (400, 1, 2));
}
