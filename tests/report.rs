//! `caselint report`: the service-level report over a round of audits, as a user runs it,
//! and the HTML page rendered in a real browser (headless Chromium).

mod common;

use std::path::Path;
use std::process::Command;

use common::{caselint, stderr, stdout};
use serde_json::Value;

/// `examples/` holds one audit at the top and a round of four in `examples/round/`.
fn json_report(args: &[&str]) -> Value {
    let mut all = vec!["report", "--format", "json"];
    all.extend_from_slice(args);
    let o = caselint(&all);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    serde_json::from_str(&stdout(&o)).expect("the report is JSON")
}

#[test]
fn the_figures_of_a_round() {
    let round = json_report(&["examples"]);
    assert_eq!(round["audits"], 5);
    assert_eq!(round["date_from"], "2026-09-18");
    assert_eq!(round["date_to"], "2026-11-20");
    assert_eq!(
        round["scale"],
        serde_json::json!(["Outstanding", "Good", "Requires improvement"])
    );
    // Grades per area in the scale's order: Assessment was graded Good twice (Jo, Sam)
    // and Requires improvement once (Amira).
    let areas = round["areas"].as_array().unwrap();
    let assessment = areas.iter().find(|a| a["area"] == "Assessment").unwrap();
    assert_eq!(assessment["grades"], serde_json::json!([0, 2, 1]));
    // Every area of every audit is a row; the tallies add up to them.
    let rows = round["rows"].as_array().unwrap();
    let tallied: u64 = areas
        .iter()
        .map(|a| {
            a["grades"]
                .as_array()
                .unwrap()
                .iter()
                .map(|n| n.as_u64().unwrap())
                .sum::<u64>()
                + a["not_graded"].as_u64().unwrap()
        })
        .sum();
    assert_eq!(tallied, rows.len() as u64);
    // Maya's area is escalated once, however many sentences show it.
    let escalations = round["escalations"].as_array().unwrap();
    assert_eq!(escalations.len(), 1, "{escalations:?}");
    assert_eq!(escalations[0]["area"], "Multi-agency working");
    assert!(escalations[0]["file"]
        .as_str()
        .unwrap()
        .ends_with("maya.audit.md"));
    assert_eq!(
        round["ready"].as_u64().unwrap() + round["not_ready"].as_u64().unwrap(),
        5
    );
    // Months: September, October and November 2026.
    let months: Vec<&str> = round["months"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["month"].as_str().unwrap())
        .collect();
    assert_eq!(months, ["2026-09", "2026-10", "2026-11"]);
    // The most frequent finding comes first, with its rule's one-line why.
    let findings = round["findings"].as_array().unwrap();
    assert!(findings
        .windows(2)
        .all(|w| w[0]["count"].as_u64() >= w[1]["count"].as_u64()));
    assert!(!findings[0]["why"].as_str().unwrap().is_empty());
}

#[test]
fn private_by_default_names_only_on_request() {
    let html = stdout(&caselint(&["report", "examples"]));
    let names = ["Jo", "Sam", "Amira", "Leo", "Maya"];
    // No child's name and no narrative text in the page.
    for name in names {
        assert!(
            !html.contains(&format!(">{name}<")) && !html.contains(&format!(" {name} ")),
            "{name} in the page"
        );
    }
    assert!(!html.contains("whereabouts"), "narrative text in the page");
    assert!(html.contains("no narrative text and no child"));
    let csv = stdout(&caselint(&["report", "examples", "--format", "csv"]));
    assert!(!csv.contains("Amira"));
    let named = stdout(&caselint(&[
        "report",
        "examples",
        "--format",
        "csv",
        "--with-names",
    ]));
    assert!(named.contains(",Amira,"), "{named}");
    let html = stdout(&caselint(&["report", "examples", "--with-names"]));
    assert!(html.contains("Internal copy: this report names children"));
}

#[test]
fn csv_has_a_header_and_one_row_per_area() {
    let csv = stdout(&caselint(&["report", "examples", "--format", "csv"]));
    assert!(csv.starts_with('\u{feff}'), "a byte-order mark for Excel");
    let mut reader = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    let header = reader.headers().unwrap().clone();
    assert_eq!(&header[0], "file");
    assert!(header.iter().any(|h| h == "SMART actions"));
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let round = json_report(&["examples"]);
    assert_eq!(rows.len(), round["rows"].as_array().unwrap().len());
    assert!(rows.iter().all(|r| r.len() == header.len()));
}

#[test]
fn bad_input_is_listed_not_fatal() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let o = caselint(&["report", empty.to_str().unwrap(), "--format", "json"]);
    assert_eq!(o.status.code(), Some(2), "nothing to report on");
    assert!(
        stderr(&o).contains("no audit files found"),
        "{}",
        stderr(&o)
    );
    // An unreadable file is listed in the report; the others are still reported.
    let bad = dir.path().join("bad.audit.md");
    std::fs::write(&bad, b"## A\n\xc3\x28 not UTF-8\n").unwrap();
    let o = caselint(&[
        "report",
        "examples/round",
        bad.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let round: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(round["audits"], 4);
    assert!(round["not_read"][0]
        .as_str()
        .unwrap()
        .contains("bad.audit.md"));
    // The output file is written where asked.
    let out = dir.path().join("report.html");
    let o = caselint(&["report", "examples", "-o", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(std::fs::read_to_string(&out).unwrap().contains("<svg"));
}

/// Chromium from Debian ("chromium") or elsewhere; CI installs it and must not skip.
fn chromium() -> Option<String> {
    ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|b| {
            Command::new(b)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        })
        .map(str::to_owned)
}

#[test]
fn the_page_renders_in_a_real_browser_with_no_network() {
    let Some(browser) = chromium() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "chromium is not installed, and CI must run this test (.ci/run installs it)"
        );
        eprintln!("chromium is not installed: the browser test did not run");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("report.html");
    let o = caselint(&["report", "examples", "-o", page.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let html = std::fs::read_to_string(&page).unwrap();
    // Nothing to fetch: no URL at all, and a policy that would block any load.
    assert!(!html.contains("http://") && !html.contains("https://"));
    assert!(html.contains("default-src 'none'"));
    let url = format!("file://{}", page.display());
    let run = |extra: &[&str]| {
        let mut args = vec![
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--window-size=1100,1600",
        ];
        args.extend_from_slice(extra);
        args.push(&url);
        let o = Command::new(&browser)
            .args(&args)
            .current_dir(dir.path())
            .output()
            .expect("chromium runs");
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        o
    };
    // The charts are in the DOM the browser built.
    let dom = String::from_utf8_lossy(&run(&["--dump-dom"]).stdout).into_owned();
    assert!(dom.contains("<svg"), "no chart in the rendered DOM");
    assert!(dom.matches("class=\"bar\"").count() >= 10, "too few bars");
    assert!(dom.contains("role=\"img\"") && dom.contains("aria-label="));
    for tag in ["<script", "<link", "<img", "<iframe"] {
        assert!(!dom.contains(tag), "{tag} in the rendered page");
    }
    // The screenshot is not blank: many pixels are neither white nor near it.
    let shot = dir.path().join("shot.png");
    run(&[&format!("--screenshot={}", shot.display())]);
    let decoder = png::Decoder::new(std::io::BufReader::new(
        std::fs::File::open(&shot).expect("a screenshot was written"),
    ));
    let mut reader = decoder.read_info().unwrap();
    let mut buffer = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buffer).unwrap();
    let channels = info.color_type.samples();
    let pixels = &buffer[..info.buffer_size()];
    let inked = pixels
        .chunks(channels)
        .filter(|p| p.iter().take(3).any(|&c| c < 200))
        .count();
    let total = pixels.len() / channels;
    assert!(
        inked * 100 > total * 3,
        "the screenshot is nearly blank ({inked} of {total} pixels inked)"
    );
    assert!(Path::new(&shot).exists());
}
