//! End-to-end tests of `caselint check`, `rules` and `explain`, run as a user runs them.

mod common;

use std::path::Path;

use common::{caselint, caselint_stdin, stderr, stdout, CLEAN, MIXED};

#[test]
fn human_output_snapshot() {
    let o = caselint(&["check", MIXED]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    insta::assert_snapshot!(stdout(&o));
}

#[test]
fn json_output_snapshot_and_shape() {
    let o = caselint(&["check", "--format", "json", MIXED]);
    assert_eq!(o.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).expect("valid JSON");
    assert_eq!(json["version"], 1);
    let file = &json["files"][0];
    assert_eq!(file["path"], MIXED);
    let text = std::fs::read_to_string(MIXED).unwrap();
    for d in file["diagnostics"].as_array().unwrap() {
        for key in [
            "code",
            "name",
            "severity",
            "message",
            "byte_range",
            "start",
            "end",
            "fixes",
        ] {
            assert!(d.get(key).is_some(), "missing {key} in {d}");
        }
        // byte_range and start agree: the line of the start offset is `start.line`.
        let start = d["byte_range"][0].as_u64().unwrap() as usize;
        let line = text[..start].matches('\n').count() + 1;
        assert_eq!(d["start"]["line"].as_u64().unwrap() as usize, line);
    }
    insta::assert_snapshot!(stdout(&o));
}

#[test]
fn json_columns_count_scalar_values() {
    let input = "---\nchild: Zoë\n---\n## Ärea 😀\nJudgement: Grand\nEvidence: x.\n";
    let o = caselint_stdin(&["check", "--format", "json", "-"], input.as_bytes());
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let all = json["files"][0]["diagnostics"].as_array().unwrap();
    let d = all
        .iter()
        .find(|d| d["code"] == "J002")
        .expect("J002 fires");
    assert_eq!(d["start"]["line"], 5);
    assert_eq!(d["start"]["column"], 12);
    let [start, end] = [0, 1].map(|i| d["byte_range"][i].as_u64().unwrap() as usize);
    assert_eq!(&input[start..end], "Grand");
    assert_eq!(json["files"][0]["path"], "-");
}

#[test]
fn clean_file_exits_zero() {
    let o = caselint(&["check", CLEAN]);
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
    assert!(stdout(&o).contains("No problems found in 1 file."));
}

#[test]
fn fail_on_threshold() {
    // The mixed fixture has errors: --fail-on error still fails.
    assert_eq!(
        caselint(&["check", "--fail-on", "error", MIXED])
            .status
            .code(),
        Some(1)
    );
    assert_eq!(
        caselint(&["check", "--fail-on", "never", MIXED])
            .status
            .code(),
        Some(0)
    );
    // Only an info-level finding: fails with --fail-on info, passes by default.
    let info_only = "---\nchild: Jo\n---\nThis sentence goes on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on.";
    let default = caselint_stdin(&["check", "-"], info_only.as_bytes());
    assert!(stdout(&default).contains("W001"), "{}", stdout(&default));
    assert_eq!(default.status.code(), Some(0));
    assert_eq!(
        caselint_stdin(&["check", "--fail-on", "info", "-"], info_only.as_bytes())
            .status
            .code(),
        Some(1)
    );
}

#[test]
fn directories_are_searched_for_audits() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.audit.md"), "## A\nJudgement: Weak\n").unwrap();
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    std::fs::write(
        dir.path().join("sub/b.audit.txt"),
        "Area: B\nRating: Amber\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("sub/c.audit"),
        "Area: C\nGrade: Good\nEvidence: Fine, which is positive.\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("notes.md"), "## X\nJudgement: Weak\n").unwrap();
    let o = caselint(&["check", "--format", "json", dir.path().to_str().unwrap()]);
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let paths: Vec<&str> = json["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths.len(), 3, "{paths:?}");
    assert!(paths.iter().all(|p| !p.ends_with("notes.md")));
    // A file named explicitly is linted whatever its name.
    let o = caselint(&["check", dir.path().join("notes.md").to_str().unwrap()]);
    assert!(stdout(&o).contains("J002"));
}

/// A folder's JSON report is written a batch of files at a time (`src/check.rs`,
/// `stream_json`): across the batches it is still one document, in the order of the
/// files, each file's part what a check of that file alone gives; a file that cannot be
/// read is an error that leaves the others in place; and `--fail-on` sees a finding in
/// the last batch.
#[test]
fn a_folder_report_is_whole_across_batches() {
    let dir = tempfile::tempdir().unwrap();
    let jo = std::fs::read_to_string("examples/jo.audit.md").unwrap();
    let clean = std::fs::read_to_string(CLEAN).unwrap();
    // More files than a batch holds on any machine that runs the tests (32 per core).
    let n = 32 * std::thread::available_parallelism().map_or(2, |n| n.get()) * 2 + 5;
    let mut names = Vec::new();
    for i in 0..n {
        let name = format!("a{i:04}.audit.md");
        let text = if i == n - 1 { &jo } else { &clean };
        std::fs::write(dir.path().join(&name), text).unwrap();
        names.push(name);
    }
    // Not UTF-8, in the middle of the second batch.
    std::fs::write(dir.path().join(&names[40]), b"## A\nJudgement: Good \xff\n").unwrap();
    let folder = dir.path().to_str().unwrap();
    let o = caselint(&["check", "--format", "json", "--fail-on", "warning", folder]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains(&names[40]), "{}", stderr(&o));
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).expect("one JSON document");
    let files = json["files"].as_array().unwrap();
    let paths: Vec<String> = files
        .iter()
        .map(|f| {
            f["path"]
                .as_str()
                .unwrap()
                .rsplit('/')
                .next()
                .unwrap()
                .to_owned()
        })
        .collect();
    let expected: Vec<String> = names
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != 40)
        .map(|(_, n)| n.clone())
        .collect();
    assert_eq!(paths, expected);
    // The last file's part is what checking it alone gives.
    let last = dir.path().join(&names[n - 1]);
    let alone = caselint(&["check", "--format", "json", last.to_str().unwrap()]);
    let alone: serde_json::Value = serde_json::from_slice(&alone.stdout).unwrap();
    assert_eq!(files.last().unwrap(), &alone["files"][0]);
    // The clean files have no warning: the exit status below is the last file's.
    for file in &files[..files.len() - 1] {
        for d in file["diagnostics"].as_array().unwrap() {
            assert_eq!(d["severity"], "info", "{d}");
        }
    }
    // Without the unreadable file, the last file's warnings alone make the exit status 1.
    std::fs::remove_file(dir.path().join(&names[40])).unwrap();
    let o = caselint(&["check", "--format", "json", "--fail-on", "warning", folder]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let o = caselint(&["check", "--format", "json", "--fail-on", "error", folder]);
    let codes = stdout(&o);
    let expected = if codes.contains("\"severity\": \"error\"") {
        1
    } else {
        0
    };
    assert_eq!(o.status.code(), Some(expected), "{}", stderr(&o));
}

#[test]
fn config_is_found_from_the_file_upwards() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join(".caselint.toml"),
        "[severity]\nJ002 = \"off\"\n",
    )
    .unwrap();
    std::fs::create_dir_all(dir.path().join("a/b")).unwrap();
    let file = dir.path().join("a/b/x.audit.md");
    std::fs::write(&file, "## A\nJudgement: Weak\n").unwrap();
    let o = caselint(&["check", file.to_str().unwrap()]);
    assert!(!stdout(&o).contains("J002"), "{}", stdout(&o));
}

#[test]
fn suppression_comments_work_end_to_end() {
    let input = "## A\n<!-- caselint-disable-next-line J002 -->\nJudgement: Weak\nEvidence: x.\n";
    let o = caselint_stdin(&["check", "-"], input.as_bytes());
    assert!(!stdout(&o).contains("J002"), "{}", stdout(&o));
}

#[test]
fn rules_and_explain() {
    let o = caselint(&["rules"]);
    assert_eq!(o.status.code(), Some(0));
    let table = stdout(&o);
    for code in ["J001", "J002", "E001", "W001", "M002"] {
        assert!(table.contains(code), "{code}");
    }
    for key in ["J003", "inadequate-judgement", "INADEQUATE-JUDGEMENT"] {
        let o = caselint(&["explain", key]);
        assert_eq!(o.status.code(), Some(0));
        let doc = stdout(&o);
        assert!(doc.starts_with("# J003 inadequate-judgement"), "{doc}");
        for heading in [
            "## What it does",
            "## Why",
            "## Example",
            "## Reflective rewrite",
        ] {
            assert!(doc.contains(heading));
        }
    }
    let o = caselint(&["explain", "X999"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("X999"));
}

#[test]
fn the_bundled_example_is_linted() {
    assert!(Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/jo.audit.md")
        .is_file());
    let o = caselint(&["check", "examples/jo.audit.md"]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    for code in ["J001", "J002", "J003", "I001"] {
        assert!(out.contains(code), "{code} in {out}");
    }
}

#[test]
fn usage_errors_exit_two() {
    let o = caselint(&["check", "--format", "yaml", MIXED]);
    assert_eq!(o.status.code(), Some(2));
    let o = caselint(&["frobnicate"]);
    assert_eq!(o.status.code(), Some(2));
}

/// The command is linked position-dependent on Linux (see `build.rs`): the dynamic loader
/// patches nothing at start-up. ELF type 2 is an executable at a fixed address; a
/// position-independent one is type 3.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[test]
fn the_command_is_linked_position_dependent() {
    if std::env::var_os("CASELINT_PIE").is_some_and(|v| v != "0") {
        return;
    }
    let bytes = std::fs::read(env!("CARGO_BIN_EXE_caselint")).expect("the binary is readable");
    assert_eq!(&bytes[..4], b"\x7fELF");
    let elf_type = u16::from_le_bytes([bytes[16], bytes[17]]);
    assert_eq!(
        elf_type, 2,
        "ELF type {elf_type}: linked position-independent"
    );
}

/// `check` starts again with `glibc`'s heap tunables (`src/tunables.rs`): the second
/// start's environment holds them, it reads the standard input the first was given, and
/// its findings and exit status are those of a start without them.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[test]
fn check_starts_again_with_the_heap_tunables() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    use std::time::{Duration, Instant};

    let audit = std::fs::read(MIXED).expect("the fixture is readable");
    let mut child = Command::new(env!("CARGO_BIN_EXE_caselint"))
        .args(["check", "--format", "json", "-"])
        .env_remove("GLIBC_TUNABLES")
        .env_remove("LD_PRELOAD")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the caselint binary starts");
    // The process waits on its standard input: read its environment meanwhile.
    let environ = format!("/proc/{}/environ", child.id());
    let deadline = Instant::now() + common::TIMEOUT;
    let tunables = loop {
        let env = std::fs::read(&environ).unwrap_or_default();
        if let Some(var) = env
            .split(|b| *b == 0)
            .find(|var| var.starts_with(b"GLIBC_TUNABLES="))
        {
            break Some(String::from_utf8_lossy(var).into_owned());
        }
        if Instant::now() >= deadline {
            break None;
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let mut stdin = child.stdin.take().expect("stdin is piped");
    stdin.write_all(&audit).expect("the audit is written");
    drop(stdin);
    let again = child.wait_with_output().expect("the check ends");
    let tunables = tunables.expect("the check started again with GLIBC_TUNABLES set");
    // `glibc` parses the variable in place, so only its first tunable may still read whole.
    assert!(
        tunables.starts_with("GLIBC_TUNABLES=glibc.malloc."),
        "{tunables}"
    );

    // Turned off by an empty GLIBC_TUNABLES: the same findings and exit status.
    let mut once = Command::new(env!("CARGO_BIN_EXE_caselint"));
    once.args(["check", "--format", "json", "-"])
        .env("GLIBC_TUNABLES", "")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped());
    let mut once = once.spawn().expect("the caselint binary starts");
    let mut stdin = once.stdin.take().expect("stdin is piped");
    stdin.write_all(&audit).expect("the audit is written");
    drop(stdin);
    let once = once.wait_with_output().expect("the check ends");
    assert_eq!(again.status.code(), once.status.code());
    assert_eq!(again.status.code(), Some(1), "the fixture has errors");
    assert_eq!(stdout(&again), stdout(&once));
    assert!(stdout(&again).contains("\"code\""), "{}", stdout(&again));
}
