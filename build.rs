//! Links the `caselint` command as a position-dependent executable on Linux (set
//! `CASELINT_PIE=1` to keep the position-independent default).
//!
//! A position-independent executable is relocated by the dynamic loader at every start:
//! 28,500 pointers in its read-only data (panic locations, vtables, static tables) are
//! patched, and every page they are on is copied. For a command a pre-commit hook or an
//! editor starts on one small file, that was a fifth of an empty run (3.0 -> 2.3 ms) and
//! 1.4 ms of a one-audit `check` (BENCHMARKS.md, issue #17, thirteenth session). A
//! position-dependent executable is loaded where it was linked, and nothing is patched.
//!
//! The cost is address-space layout randomisation of the executable itself (its libraries,
//! heap and stack are still randomised): caselint reads local files and talks to a local
//! editor, and opens no network connection.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=CASELINT_PIE");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    let pie = std::env::var_os("CASELINT_PIE").is_some_and(|v| v != "0");
    if os == "linux" && env == "gnu" && !pie {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
