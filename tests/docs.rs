//! The repository's own documents stay true: ARCHITECTURE.md's code map names every module
//! of every crate, so a newcomer finds each file there.

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
