//! Privacy: audit text describes children. caselint makes no network connection, so its
//! dependency tree must hold no HTTP client, TLS stack or telemetry crate.

use std::process::Command;

const BANNED: &[&str] = &[
    "reqwest",
    "hyper",
    "hyper-util",
    "h2",
    "h3",
    "ureq",
    "curl",
    "curl-sys",
    "isahc",
    "surf",
    "attohttpc",
    "minreq",
    "ehttp",
    "rustls",
    "native-tls",
    "openssl",
    "openssl-sys",
    "sentry",
    "opentelemetry",
    "opentelemetry-otlp",
    "tracing-opentelemetry",
    "posthog-rs",
    "segment",
    "tonic",
    "websocket",
    "tungstenite",
    "tokio-tungstenite",
];

#[test]
fn no_network_or_telemetry_crate_is_a_dependency() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = Command::new(cargo)
        .args([
            "tree",
            "--workspace",
            "--edges",
            "normal,build",
            "--prefix",
            "none",
            "--format",
            "{p}",
            "--offline",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo tree runs");
    assert!(
        output.status.success(),
        "cargo tree failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let tree = String::from_utf8_lossy(&output.stdout);
    let packages: Vec<&str> = tree
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert!(
        packages.contains(&"caselint-core"),
        "the tree lists our crates: {tree}"
    );
    let found: Vec<&&str> = packages.iter().filter(|p| BANNED.contains(p)).collect();
    assert!(
        found.is_empty(),
        "network or telemetry crates in the dependency tree: {found:?}"
    );
}
