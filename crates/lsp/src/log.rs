//! A minimal stderr logger. The level comes from `CASELINT_LOG` (`off`, `error`, `warn`,
//! `info`, `debug`, `trace`; default `warn`).
//!
//! Privacy: callers log document URIs only as [`doc_id`] hashes, and lengths, versions and
//! counts; never document text, nor diagnostic messages (which quote it). The JSON-RPC
//! library's own `tracing` output, which at trace level holds whole messages, is never
//! installed.

use std::hash::{Hash, Hasher};
use std::io::Write;
use std::sync::OnceLock;

use tower_lsp_server::ls_types::Uri;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Off,
    Error,
    Warn,
    Info,
    Debug,
    Trace,
}

impl Level {
    pub fn parse(value: &str) -> Option<Level> {
        match value.trim().to_ascii_lowercase().as_str() {
            "off" | "none" => Some(Level::Off),
            "error" => Some(Level::Error),
            "warn" | "warning" => Some(Level::Warn),
            "info" => Some(Level::Info),
            "debug" => Some(Level::Debug),
            "trace" => Some(Level::Trace),
            _ => None,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Level::Off => "off",
            Level::Error => "error",
            Level::Warn => "warn",
            Level::Info => "info",
            Level::Debug => "debug",
            Level::Trace => "trace",
        }
    }
}

static LEVEL: OnceLock<Level> = OnceLock::new();

/// Set the level from `CASELINT_LOG` (once; later calls change nothing).
pub fn init_from_env() {
    let level = std::env::var("CASELINT_LOG")
        .ok()
        .and_then(|v| Level::parse(&v))
        .unwrap_or(Level::Warn);
    let _ = LEVEL.set(level);
}

pub fn enabled(level: Level) -> bool {
    level != Level::Off && level <= *LEVEL.get().unwrap_or(&Level::Warn)
}

pub fn write(level: Level, args: std::fmt::Arguments) {
    // A closed stderr must not bring the server down.
    let _ = writeln!(
        std::io::stderr().lock(),
        "caselint {}: {args}",
        level.name()
    );
}

/// A stable, short stand-in for a document URI in logs: file names can name a child.
pub fn doc_id(uri: &Uri) -> String {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    uri.as_str().hash(&mut hasher);
    format!("doc#{:08x}", hasher.finish() as u32)
}

macro_rules! log {
    ($level:ident, $($arg:tt)*) => {
        if $crate::log::enabled($crate::log::Level::$level) {
            $crate::log::write($crate::log::Level::$level, format_args!($($arg)*));
        }
    };
}
pub(crate) use log;
