//! The minimum Rust version we state is true: no dependency in the lock file needs a newer
//! one, and the README says the same number as `Cargo.toml`. (Other toolchains cannot be
//! downloaded where CI runs, so the check reads each dependency's declared `rust-version`
//! from `cargo metadata` instead of building with the old compiler.)

use std::process::Command;

use serde_json::Value;

fn version(text: &str) -> Vec<u32> {
    text.split('.').map(|p| p.parse().unwrap_or(0)).collect()
}

#[test]
fn the_stated_minimum_rust_version_is_true() {
    let root = env!("CARGO_MANIFEST_DIR");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let out = Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--locked", "--offline"])
        .current_dir(root)
        .output()
        .expect("cargo metadata runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let meta: Value = serde_json::from_slice(&out.stdout).expect("cargo metadata is JSON");
    let members: Vec<&str> = meta["workspace_members"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let resolved: Vec<&str> = meta["resolve"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|n| n["id"].as_str())
        .collect();
    let stated = meta["packages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "caselint")
        .and_then(|p| p["rust_version"].as_str())
        .expect("the caselint package states a rust-version")
        .to_owned();
    let too_new: Vec<String> = meta["packages"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| {
            let id = p["id"].as_str().unwrap_or("");
            resolved.contains(&id) && !members.contains(&id)
        })
        .filter_map(|p| {
            let needs = p["rust_version"].as_str()?;
            (version(needs) > version(&stated))
                .then(|| format!("{} {} needs {needs}", p["name"], p["version"]))
        })
        .collect();
    assert!(
        too_new.is_empty(),
        "rust-version is {stated} but: {too_new:?}"
    );
    let readme = std::fs::read_to_string(format!("{root}/README.md")).unwrap();
    let short = stated.trim_end_matches(".0");
    assert!(
        readme.contains(&format!("Rust {short} or later")),
        "the README should say \"Rust {short} or later\""
    );
}
