//! didChange → publishDiagnostics latency on a 10,000-word audit, in process, through the
//! real JSON-RPC framing (in-memory pipes, the same `serve` as `caselint server`).
//!
//! Run: `cargo bench -p caselint-lsp --bench latency` (CASELINT_BENCH_EDITS sets the count,
//! CASELINT_BENCH_WORDS the audit's length, CASELINT_BENCH_CURLY=1 writes its apostrophes
//! as curly ones).

use std::time::{Duration, Instant};

use serde_json::{json, Value};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};

/// The default areas, as `caselint new` writes them.
const AREAS: [&str; 12] = caselint_core::config::DEFAULT_AREAS;

const GRADES: [&str; 4] = [
    "Good",
    "Requires improvement",
    "Outstanding",
    "Satisfactory",
];

/// A realistic area: judgement, evaluative evidence, an impact statement and SMART actions.
fn area(i: usize) -> String {
    let name = AREAS[i % AREAS.len()];
    let grade = GRADES[i % GRADES.len()];
    format!(
        "## {name} (review {n})\n\n\
Judgement: {grade}\n\n\
### Evidence\n\
The assessment was completed within timescales and shared with mother, which is positive. \
Jo's views are recorded in her own words and the analysis explains how father's drinking affects \
her day to day, although the impact of the new partner moving in was not explored. The social \
worker visited every four weeks and saw Jo alone on three occasions, which shows a good \
understanding of her lived experience. However, the benefit is diminished as the health visitor's \
report was not requested and the school's concerns about attendance were recorded without any \
analysis of what they mean for her safety. Supervision on 16/09/2026 set clear directions, but \
the record does not say whether they were completed, so drift cannot be ruled out. The core group \
met twice and agreed actions, and the minutes show that mother and father contributed to the plan. \
Overall the work is purposeful and the child is at its centre, but the gaps in multi-agency \
information sharing weaken the analysis of risk and need attention before the next review.\n\n\
### Impact\n\
For Jo, the impact of the missing health information is that her developmental needs may not be \
fully understood, which increases the risk that support arrives late and she falls further \
behind at school. Her wish to see her father more often is clear, and it is not yet reflected in \
the plan.\n\n\
### Actions\n\
- Social worker to request the health visitor's report by 15 January 2027, so that the \
assessment of Jo's needs is updated and recorded on the file.\n\
- Team manager to review supervision directions within 4 weeks, evidenced by a dated case note \
confirming each direction was completed.\n\n",
        n = i / AREAS.len() + 1
    )
}

fn audit(target_words: usize) -> String {
    let mut text = String::from(
        "---\nchild: Jo\naudit-date: 2026-11-20\nauditor: A. Auditor\n---\n\n# Case file audit\n\n",
    );
    let mut i = 0;
    while text.split_whitespace().count() < target_words {
        text.push_str(&area(i));
        i += 1;
    }
    text
}

struct Client<R, W> {
    reader: BufReader<R>,
    writer: W,
}

impl<R: tokio::io::AsyncRead + Unpin, W: tokio::io::AsyncWrite + Unpin> Client<R, W> {
    async fn send(&mut self, message: Value) {
        let body = message.to_string();
        let frame = format!("Content-Length: {}\r\n\r\n{body}", body.len());
        self.writer.write_all(frame.as_bytes()).await.unwrap();
        self.writer.flush().await.unwrap();
    }

    async fn receive(&mut self) -> Value {
        let mut length = 0;
        loop {
            let mut line = String::new();
            self.reader.read_line(&mut line).await.unwrap();
            let line = line.trim();
            if line.is_empty() {
                break;
            }
            if let Some(v) = line.strip_prefix("Content-Length:") {
                length = v.trim().parse().unwrap();
            }
        }
        let mut body = vec![0; length];
        self.reader.read_exact(&mut body).await.unwrap();
        serde_json::from_slice(&body).unwrap()
    }

    /// Wait for the diagnostics of `version`; returns how many there were.
    async fn diagnostics(&mut self, version: i64) -> usize {
        loop {
            let message = self.receive().await;
            if message["method"] == "textDocument/publishDiagnostics"
                && message["params"]["version"] == version
            {
                return message["params"]["diagnostics"]
                    .as_array()
                    .map_or(0, Vec::len);
            }
        }
    }
}

/// CPU time used by this process so far (all threads), from /proc on Linux: unlike wall
/// time, it does not grow when other processes compete for the cores.
fn cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    // utime and stime, in clock ticks (USER_HZ, 100 on Linux).
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    Some(Duration::from_millis(ticks * 10))
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn main() {
    // `cargo test --benches` runs this too: keep that short.
    let edits: usize = std::env::var("CASELINT_BENCH_EDITS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if std::env::args().any(|a| a == "--bench") {
            500
        } else {
            20
        });
    caselint_lsp::log::init_from_env();
    // CASELINT_BENCH_WORDS sets the audit's length (10,000 words unless told).
    let target_words: usize = std::env::var("CASELINT_BENCH_WORDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let mut text = audit(target_words);
    // CASELINT_BENCH_CURLY=1 writes every apostrophe as a curly one, as Word does.
    if std::env::var_os("CASELINT_BENCH_CURLY").is_some() {
        text = text.replace('\'', "\u{2019}");
    }
    // CASELINT_BENCH_DUMP=FILE writes the audit out, to profile it with other tools.
    if let Some(path) = std::env::var_os("CASELINT_BENCH_DUMP") {
        if let Err(e) = std::fs::write(&path, &text) {
            eprintln!(
                "cannot write {}: {e}",
                std::path::Path::new(&path).display()
            );
        }
    }
    let words = text.split_whitespace().count();
    let lines = text.lines().count() as u32;

    // The share of the latency that is linting itself (parse + every rule), measured apart.
    let config = caselint_core::Config::default();
    let lint_cpu_start = cpu_time();
    let mut lint_samples: Vec<Duration> = (0..edits.clamp(20, 200))
        .map(|_| {
            let started = Instant::now();
            std::hint::black_box(caselint_core::check(&text, &config));
            started.elapsed()
        })
        .collect();
    let lint_cpu = lint_cpu_start
        .zip(cpu_time())
        .map(|(a, b)| b.saturating_sub(a) / lint_samples.len() as u32);
    lint_samples.sort();
    let mut parse_samples: Vec<Duration> = (0..edits.clamp(20, 200))
        .map(|_| {
            let started = Instant::now();
            std::hint::black_box(caselint_core::Document::parse(&text));
            started.elapsed()
        })
        .collect();
    parse_samples.sort();

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async move {
        let (client_end, server_end) = tokio::io::duplex(1 << 16);
        let (server_read, server_write) = tokio::io::split(server_end);
        let server = tokio::spawn(caselint_lsp::serve(server_read, server_write));
        let (read, write) = tokio::io::split(client_end);
        let mut client = Client {
            reader: BufReader::new(read),
            writer: write,
        };
        let uri = "file:///bench/jo.audit.md";
        client
            .send(json!({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                "params": {"capabilities": {"general": {"positionEncodings": ["utf-16"]}}}}))
            .await;
        client.receive().await;
        client
            .send(json!({"jsonrpc": "2.0", "method": "initialized", "params": {}}))
            .await;
        client
            .send(json!({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {
                "textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}}}))
            .await;
        let count = client.diagnostics(1).await;

        // Type into an evidence line in the middle of the audit: insert a word, then delete
        // it again, one edit at a time, each waiting for its diagnostics.
        let evidence_line = (0..lines)
            .filter(|l| text.lines().nth(*l as usize).is_some_and(|t| t.starts_with("The assessment")))
            .nth(20)
            .unwrap_or(lines / 2);
        let mut samples = Vec::with_capacity(edits);
        let mut cpu_start = None;
        for step in 0..edits + 20 {
            let version = step as i64 + 2;
            let change = if step % 2 == 0 {
                json!({"range": {"start": {"line": evidence_line, "character": 3},
                                 "end": {"line": evidence_line, "character": 3}}, "text": " new"})
            } else {
                json!({"range": {"start": {"line": evidence_line, "character": 3},
                                 "end": {"line": evidence_line, "character": 7}}, "text": ""})
            };
            if step == 20 {
                cpu_start = cpu_time();
            }
            let started = Instant::now();
            client
                .send(json!({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
                    "textDocument": {"uri": uri, "version": version}, "contentChanges": [change]}}))
                .await;
            client.diagnostics(version).await;
            // The first edits warm up caches and the allocator.
            if step >= 20 {
                samples.push(started.elapsed());
            }
        }
        let cpu = cpu_start.zip(cpu_time()).map(|(a, b)| b.saturating_sub(a));
        samples.sort();
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        println!(
            "didChange -> publishDiagnostics on a {words}-word audit ({} bytes, {count} diagnostics), {} edits:",
            text.len(),
            samples.len()
        );
        println!(
            "  p50 {:.2} ms   p90 {:.2} ms   p99 {:.2} ms   max {:.2} ms",
            ms(percentile(&samples, 0.50)),
            ms(percentile(&samples, 0.90)),
            ms(percentile(&samples, 0.99)),
            ms(samples[samples.len() - 1]),
        );
        if let Some(cpu) = cpu {
            println!(
                "  CPU time per edit, server and client together: {:.2} ms (mean)",
                ms(cpu) / samples.len() as f64
            );
        }
        println!(
            "  of which linting alone (caselint_core::check, same text): p50 {:.2} ms   p99 {:.2} ms",
            ms(percentile(&lint_samples, 0.50)),
            ms(percentile(&lint_samples, 0.99)),
        );
        if let Some(cpu) = lint_cpu {
            println!("  linting alone, CPU time: {:.2} ms (mean)", ms(cpu));
        }
        println!(
            "  of which parsing (caselint_core::Document::parse): p50 {:.2} ms   p99 {:.2} ms",
            ms(percentile(&parse_samples, 0.50)),
            ms(percentile(&parse_samples, 0.99)),
        );
        client
            .send(json!({"jsonrpc": "2.0", "id": 2, "method": "shutdown"}))
            .await;
        client.receive().await;
        client
            .send(json!({"jsonrpc": "2.0", "method": "exit"}))
            .await;
        assert!(server.await.unwrap(), "the server saw shutdown before exit");
    });
}
