//! Parse, lint and position conversion on generated audits of about 1k, 10k and 100k words.
//!
//! The audits are built from the shared corpus texts (`../shared/corpus/dev.jsonl`, when it
//! is beside the repository) or else from the bundled example, area after area.
//!
//!     cargo bench -p caselint-core --bench lint

use std::hint::black_box;

use caselint_core::{check, check_document, Config, Document, LineIndex};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

fn corpus_areas() -> Vec<String> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../");
    let mut areas = Vec::new();
    if let Ok(text) = std::fs::read_to_string(format!("{root}../shared/corpus/dev.jsonl")) {
        for (i, line) in text.lines().enumerate() {
            let Ok(case) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            let Some(evidence) = case.get("evidence").and_then(|e| e.as_str()) else {
                continue;
            };
            let impact = case.get("impact").and_then(|e| e.as_str()).unwrap_or(
                "For Jo, this means the plan is more likely to reflect what she needs, which reduces the risk of drift.",
            );
            let grade = ["Good", "Requires improvement", "Outstanding"][i % 3];
            areas.push(format!(
                "## Area {i}\n\nJudgement: {grade}\n\n### Evidence\n{evidence}\n\n### Impact\n{impact}\n\n### Actions\n- Social worker to complete a direct work session with Jo by 15 January 2027, so that her views are recorded.\n- Ensure the plan is updated.\n\n"
            ));
        }
    }
    if areas.is_empty() {
        let example =
            std::fs::read_to_string(format!("{root}examples/jo.audit.md")).unwrap_or_default();
        let body = example
            .splitn(3, "---\n")
            .nth(2)
            .unwrap_or(&example)
            .to_owned();
        areas.push(body);
    }
    areas
}

/// An audit of at least `words` words.
pub fn audit_of(words: usize, areas: &[String]) -> String {
    let mut text =
        String::from("---\nchild: Jo\naudit-date: 2026-11-20\n---\n\n# Case file audit\n\n");
    let mut count = 0;
    for area in areas.iter().cycle() {
        if count >= words {
            break;
        }
        count += area.split_whitespace().count();
        text.push_str(area);
    }
    text
}

fn bench(c: &mut Criterion) {
    let areas = corpus_areas();
    let config = Config::default();
    let mut group = c.benchmark_group("core");
    group.sample_size(20);
    for words in [1_000usize, 10_000, 100_000] {
        let text = audit_of(words, &areas);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("parse", words), &text, |b, t| {
            b.iter(|| Document::parse(black_box(t)))
        });
        let doc = Document::parse(&text);
        group.bench_with_input(BenchmarkId::new("rules", words), &doc, |b, d| {
            b.iter(|| check_document(black_box(d), &config))
        });
        group.bench_with_input(BenchmarkId::new("parse+lint", words), &text, |b, t| {
            b.iter(|| check(black_box(t), &config))
        });
        let diagnostics = check(&text, &config);
        group.bench_with_input(BenchmarkId::new("positions", words), &text, |b, t| {
            b.iter(|| {
                let index = LineIndex::new(t);
                diagnostics
                    .iter()
                    .map(|d| index.line_col(d.range.start(), t).column)
                    .sum::<u32>()
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
