//! Lint a file repeatedly and print the median time per lint (a profiling aid).
//!
//!     cargo run --release -p caselint-core --example lintloop -- FILE [RUNS]
//!
//! With `LINTLOOP_EDITS_ONLY` set, only the edit loop runs many times (for `perf record`).
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: lintloop FILE [RUNS]");
        std::process::exit(2);
    };
    let runs: usize = args
        .next()
        .and_then(|r| r.parse().ok())
        .unwrap_or(20)
        .max(1);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    };
    let config = caselint_core::Config::default();
    let first = Instant::now();
    let count = caselint_core::check(&text, &config).len();
    let first = first.elapsed();
    let full_runs = if std::env::var_os("LINTLOOP_EDITS_ONLY").is_some() {
        1
    } else {
        runs
    };
    let cpu_before = process_cpu_ms();
    let mut times: Vec<_> = (0..full_runs)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(caselint_core::check(&text, &config));
            start.elapsed()
        })
        .collect();
    let cpu = process_cpu_ms()
        .zip(cpu_before)
        .map(|(after, before)| (after - before) as f64 / full_runs as f64);
    times.sort();
    // Typing: insert a word in the middle of the document and delete it again, re-parsing
    // and re-linting with a cache, as the language server does on each edit.
    let config = std::sync::Arc::new(config);
    let mut cache = caselint_core::LintCache::new();
    caselint_core::check_cached(&caselint_core::Document::parse(&text), &config, &mut cache);
    let at = text[text.len() / 2..]
        .find(". ")
        .map_or(text.len(), |i| text.len() / 2 + i + 2);
    let mut edited: Vec<_> = (0..runs)
        .map(|i| {
            let mut now = text.clone();
            if i % 2 == 0 {
                now.insert_str(at, "really ");
            }
            let start = Instant::now();
            let doc = caselint_core::Document::parse_outline(&now);
            std::hint::black_box(caselint_core::check_cached(&doc, &config, &mut cache));
            start.elapsed()
        })
        .collect();
    edited.sort();
    println!(
        "edit + parse + cached lint: min {:.2?} median {:.2?} max {:.2?} (last: {} chunks linted, {} reused)",
        edited[0],
        edited[runs / 2],
        edited[runs - 1],
        cache.misses,
        cache.hits
    );
    println!(
        "{count} diagnostics; first lint {first:.1?}; over {full_runs} more: min {:.2?} median {:.2?} max {:.2?}",
        times[0],
        times[full_runs / 2],
        times[full_runs - 1]
    );
    if let Some(cpu) = cpu {
        // The process is single-threaded: its CPU time is the lints'. Ticks are 10 ms, so
        // give it a few hundred runs.
        println!("CPU time per full lint: {cpu:.2} ms (mean over {full_runs}, from /proc)");
    }
}

/// The CPU time this process has used (user and system), in milliseconds, read from
/// `/proc/self/stat` (Linux; `None` elsewhere).
fn process_cpu_ms() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let mut after_name = stat.rsplit_once(')')?.1.split_whitespace();
    // Fields 14 and 15 of stat(5), utime and stime, in clock ticks of 10 ms.
    let utime: u64 = after_name.nth(11)?.parse().ok()?;
    let stime: u64 = after_name.next()?.parse().ok()?;
    Some((utime + stime) * 10)
}
