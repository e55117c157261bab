//! The repository's own documents and manifests stay true: ARCHITECTURE.md's code map
//! names every module of every crate, so a newcomer finds each file there, and every
//! dependency a manifest declares is used.

use std::path::Path;

/// The `.rs` files under `dir`, relative to `root`, with `/` separators.
fn sources(root: &Path, dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            sources(root, &path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let rel = path.strip_prefix(root).unwrap_or(&path);
            out.push(rel.to_string_lossy().replace('\\', "/"));
        }
    }
}

#[test]
fn the_architecture_code_map_names_every_module() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let map = std::fs::read_to_string(root.join("ARCHITECTURE.md")).expect("ARCHITECTURE.md");
    let mut files = Vec::new();
    for dir in [
        "src",
        "crates/core/src",
        "crates/lsp/src",
        "crates/docx/src",
    ] {
        sources(root, &root.join(dir), &mut files);
    }
    assert!(files.len() > 40, "found only {files:?}");
    let missing: Vec<&String> = files
        .iter()
        .filter(|f| {
            let path = Path::new(f.as_str());
            let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
            // A directory's own module (`mod.rs`, `lib.rs`, `main.rs`) is named by its
            // directory; a rule's file by its code (`t001_deficit_phrasing.rs` → T001);
            // a rule's own tests by the rule.
            let name = match stem {
                "mod" | "lib" | "main" | "tests" => path
                    .parent()
                    .and_then(|p| p.file_name())
                    .and_then(|n| n.to_str())
                    .unwrap_or("")
                    .to_owned(),
                _ => format!("{stem}.rs"),
            };
            let rule = name
                .split('_')
                .next()
                .filter(|c| c.len() == 4 && c.chars().skip(1).all(|d| d.is_ascii_digit()))
                .map(str::to_uppercase);
            let named = match rule {
                // Named by the convention the code map states.
                Some(_) => map.contains("one file per rule, named by its code and name"),
                None => {
                    map.contains(&format!("`{name}`"))
                        || map.contains(&format!("`{name}/`"))
                        || map.contains(&format!("/{name}`"))
                        || map.contains(&format!("{name}`"))
                }
            };
            !named
        })
        .collect();
    assert!(
        missing.is_empty(),
        "ARCHITECTURE.md does not name: {missing:?}"
    );
}

/// The dependency names declared in a manifest's `[dependencies]`, `[dev-dependencies]`
/// and `[build-dependencies]` tables (`name = …` or `name.workspace = true`).
fn declared(manifest: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_deps = false;
    for line in manifest.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_deps = matches!(
                line,
                "[dependencies]" | "[dev-dependencies]" | "[build-dependencies]"
            );
        } else if in_deps && !line.is_empty() && !line.starts_with('#') {
            if let Some(name) = line.split(['=', '.']).next() {
                out.push(name.trim().to_owned());
            }
        }
    }
    out
}

#[test]
fn every_declared_dependency_is_used() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut unused = Vec::new();
    for (dir, code) in [
        (".", &["src", "tests", "benches", "examples"][..]),
        ("crates/core", &["src", "tests", "benches", "examples"][..]),
        ("crates/lsp", &["src", "tests", "benches", "examples"][..]),
        ("crates/docx", &["src", "tests", "benches", "examples"][..]),
    ] {
        let manifest = std::fs::read_to_string(root.join(dir).join("Cargo.toml")).unwrap();
        let mut files = Vec::new();
        for sub in code {
            sources(root, &root.join(dir).join(sub), &mut files);
        }
        let text: String = files
            .iter()
            .filter_map(|f| std::fs::read_to_string(root.join(f)).ok())
            .collect();
        let names = declared(&manifest);
        assert!(!names.is_empty(), "{dir}/Cargo.toml declares no dependency");
        for name in names {
            let ident = name.replace('-', "_");
            let used = text.match_indices(&ident).any(|(at, _)| {
                let before = text[..at].chars().next_back();
                let after = text[at + ident.len()..].chars().next();
                !before.is_some_and(|c| c.is_alphanumeric() || c == '_')
                    && after.is_some_and(|c| c == ':' || c == ';' || c == '!')
            });
            if !used {
                unused.push(format!("{dir}: {name}"));
            }
        }
    }
    assert!(unused.is_empty(), "declared but not used: {unused:?}");
}

/// The VS Code extension keeps the default areas for the template it falls back on when
/// `caselint new` cannot run: a copy, so it must stay the core's list.
#[test]
fn the_editor_fallback_template_has_the_core_default_areas() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let ts = std::fs::read_to_string(root.join("editors/vscode/src/template.ts")).unwrap();
    let start = ts
        .find("DEFAULT_AREAS")
        .expect("template.ts declares DEFAULT_AREAS");
    let list = &ts[start..];
    let list = &list[..list.find("];").expect("the list ends")];
    let areas: Vec<&str> = list.split('"').skip(1).step_by(2).collect();
    assert_eq!(areas, caselint_core::config::DEFAULT_AREAS);
}
