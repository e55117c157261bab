//! Fresh memory for a one-shot lint: the batch commands run again at once with `glibc`'s
//! `malloc` told to grow its heap in large steps on transparent huge pages.
//!
//! A check of one audit touches some 2,400 pages of fresh heap (the phrase NFAs decoded at
//! start-up and the lazy DFAs' caches), and on Linux each first touch is a page fault of
//! about 1.8 µs: a third of the process's CPU. `glibc` reads two tunables that turn those
//! faults into a handful: `glibc.malloc.top_pad` grows the heap 16 MiB at a time instead of
//! 128 KiB, and `glibc.malloc.hugetlb=1` asks the kernel to back it with 2 MiB pages. They
//! are read from the environment before `main`, and setting them from inside the program
//! takes `mallopt`, an `unsafe` call the workspace forbids. So `check`, `report` and
//! `annotate` replace themselves, once, with the same program, the same arguments and the
//! tunables set (`exec` keeps the process, its standard streams and its exit status). The
//! second start costs about half a millisecond; the tunables save two to three
//! (BENCHMARKS.md, twentieth session).
//!
//! Left alone: the language server (it lives for hours, and 16 MiB steps would cost its
//! memory target), quick commands (`rules`, `explain`, `--version`), a `GLIBC_TUNABLES`
//! the user set (even empty: that is how to turn this off), a process run under
//! `LD_PRELOAD` (a profiler or valgrind would lose sight of the second start), and every
//! platform but Linux with `glibc`. If `exec` fails (no `/proc`), the first start goes on
//! with the defaults: the result is the same, a little slower.

// Elsewhere than Linux with glibc only the tests read these.
#![cfg_attr(not(all(target_os = "linux", target_env = "gnu")), allow(dead_code))]

use std::ffi::{OsStr, OsString};

/// The variable `glibc` reads its tunables from.
const VAR: &str = "GLIBC_TUNABLES";

/// 16 MiB heap steps backed by transparent huge pages (`glibc` 2.35 and later; an older
/// `glibc` ignores tunables it does not know).
const VALUE: &str = "glibc.malloc.hugetlb=1:glibc.malloc.top_pad=16777216";

/// [`VALUE`] for a run of a few files, with room for 16,384 freed blocks of each size in
/// each thread's cache (`tcache`, 7 by default). Rebuilding the phrase NFAs allocates and
/// frees some 90,000 small blocks in a batch; with the default, most of them miss the
/// cache and take `malloc`'s slower paths: 97.0 M → 88.6 M instructions for a check of
/// `jo.audit.md`. Over thousands of files the larger cache keeps more memory and is no
/// faster (2,000 dense audits: 8.7 → 8.5 MB/s, 133 → 163 MiB), so it is for a few files
/// only (BENCHMARKS.md, twenty-eighth session).
const VALUE_FEW: &str =
    "glibc.malloc.hugetlb=1:glibc.malloc.top_pad=16777216:glibc.malloc.tcache_count=16384";

/// The most files a run may name and still be "a few" (see [`VALUE_FEW`]).
const FEW: usize = 4;

/// The tunables for a run with `args` (without the program name): [`VALUE_FEW`] when
/// they name no folder and at most [`FEW`] files (as `is_file` and `is_dir` tell), else
/// [`VALUE`]. Options and their values are neither, and are not counted.
fn value(
    args: &[OsString],
    is_file: impl Fn(&OsStr) -> bool,
    is_dir: impl Fn(&OsStr) -> bool,
) -> &'static str {
    let mut files = 0;
    for arg in args.iter().skip(1) {
        if is_dir(arg) {
            return VALUE;
        }
        files += usize::from(is_file(arg));
    }
    if files <= FEW {
        VALUE_FEW
    } else {
        VALUE
    }
}

/// The subcommands that lint once and exit.
const BATCH: [&str; 3] = ["check", "report", "annotate"];

/// Whether a process started with `args` (without the program name) should start again
/// with the tunables; `env` reads the environment.
fn worthwhile(args: &[OsString], env: impl Fn(&str) -> Option<OsString>) -> bool {
    let batch = args
        .first()
        .is_some_and(|command| BATCH.iter().any(|b| command.as_os_str() == OsStr::new(b)));
    batch && env(VAR).is_none() && env("LD_PRELOAD").is_none()
}

/// Start again with the tunables where that is worthwhile; return only if it is not, or if
/// the program cannot be started again.
pub(crate) fn reexec_if_worthwhile() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        use std::os::unix::process::CommandExt;
        let mut args = std::env::args_os();
        let program = args.next();
        let args: Vec<OsString> = args.collect();
        if !worthwhile(&args, |name| std::env::var_os(name)) {
            return;
        }
        let mut again = std::process::Command::new("/proc/self/exe");
        if let Some(program) = program {
            again.arg0(program);
        }
        // `exec` returns only on failure; then this start goes on as it is.
        let value = value(
            &args,
            |arg| std::path::Path::new(arg).is_file(),
            |arg| std::path::Path::new(arg).is_dir(),
        );
        let _failed = again.args(args).env(VAR, value).exec();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    fn none(_: &str) -> Option<OsString> {
        None
    }

    #[test]
    fn the_batch_commands_start_again() {
        for command in ["check", "report", "annotate"] {
            assert!(
                worthwhile(&args(&[command, "x.audit.md"]), none),
                "{command}"
            );
        }
    }

    #[test]
    fn the_server_and_quick_commands_do_not() {
        for list in [
            &["server"][..],
            &["rules"],
            &["explain", "T001"],
            &["--version"],
            &[],
        ] {
            assert!(!worthwhile(&args(list), none), "{list:?}");
        }
        // A file named like a command is an argument, not the command.
        assert!(!worthwhile(&args(&["new", "check"]), none));
    }

    #[test]
    fn a_few_files_get_the_larger_cache_and_a_folder_or_many_do_not() {
        let file = |arg: &OsStr| arg.to_str().is_some_and(|a| a.ends_with(".md"));
        let dir = |arg: &OsStr| arg.to_str().is_some_and(|a| a.ends_with('/'));
        let value = |list: &[&str]| value(&args(list), file, dir);
        assert_eq!(value(&["check", "jo.audit.md"]), VALUE_FEW);
        assert_eq!(
            value(&["check", "--fail-on", "never", "a.md", "b.md"]),
            VALUE_FEW
        );
        assert_eq!(value(&["check", "-"]), VALUE_FEW);
        assert_eq!(value(&["check", "audits/"]), VALUE);
        assert_eq!(value(&["check", "a.md", "audits/"]), VALUE);
        assert_eq!(
            value(&["check", "1.md", "2.md", "3.md", "4.md", "5.md"]),
            VALUE
        );
        // Both keep the heap's large steps on huge pages.
        assert!(VALUE_FEW.starts_with(VALUE));
    }

    #[test]
    fn a_tunable_the_user_set_or_a_preload_is_left_alone() {
        let set = |name: &str| (name == VAR).then(OsString::new);
        assert!(!worthwhile(&args(&["check", "x"]), set));
        let preload = |name: &str| (name == "LD_PRELOAD").then(|| OsString::from("vgpreload.so"));
        assert!(!worthwhile(&args(&["check", "x"]), preload));
    }
}
