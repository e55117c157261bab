//! The language server backend.
//!
//! Mutations in order, analysis on snapshots. tower-lsp runs handlers concurrently, and a
//! change that waits behind an `.await` can be overtaken by a later one; so every change
//! is applied synchronously, under one `std::sync::Mutex` held only briefly and never
//! across an `.await`, before the handler awaits anything. Versions that go backwards are
//! ignored. Linting works on an immutable snapshot (rope + version) in its own task, and
//! its result is published only if that version is still the document's current one;
//! publishing happens under an async lock, so published versions never go backwards.

use std::collections::HashMap;
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use caselint_core::{Config, Document};
use ropey::Rope;
use tower_lsp_server::jsonrpc::{Error, Result};
use tower_lsp_server::ls_types::{
    CodeActionKind, CodeActionOptions, CodeActionParams, CodeActionProviderCapability,
    CodeActionResponse, CompletionOptions, CompletionParams, CompletionResponse,
    DidChangeConfigurationParams, DidChangeTextDocumentParams, DidChangeWatchedFilesParams,
    DidChangeWatchedFilesRegistrationOptions, DidCloseTextDocumentParams,
    DidOpenTextDocumentParams, DidSaveTextDocumentParams, DocumentSymbolParams,
    DocumentSymbolResponse, FileSystemWatcher, GlobPattern, Hover, HoverContents, HoverParams,
    HoverProviderCapability, InitializeParams, InitializeResult, InitializedParams, MarkupContent,
    MarkupKind, MessageType, OneOf, Registration, SaveOptions, ServerCapabilities, ServerInfo,
    TextDocumentContentChangeEvent, TextDocumentSyncCapability, TextDocumentSyncKind,
    TextDocumentSyncOptions, TextDocumentSyncSaveOptions, Uri,
};
use tower_lsp_server::{Client, LanguageServer};

use crate::actions::{self, Target};
use crate::completion;
use crate::config::{self, ConfigStore};
use crate::lint::{self, Linted, Snapshot};
use crate::log::{doc_id, log};
use crate::position::Encoding;
use crate::symbols;

/// One open document.
struct OpenDocument {
    rope: Rope,
    version: i32,
    config: Arc<Config>,
    /// The latest lint result published for this document.
    linted: Option<Arc<Linted>>,
    /// The findings of each chunk at the last lint, so an edit re-lints only its own area.
    cache: Arc<std::sync::Mutex<caselint_core::LintCache>>,
}

/// What the client said it can do.
#[derive(Default)]
struct ClientFeatures {
    versioned_edits: bool,
    hierarchical_symbols: bool,
    watch_registration: bool,
}

#[derive(Default)]
struct State {
    encoding: Encoding,
    client: ClientFeatures,
    docs: HashMap<Uri, OpenDocument>,
    configs: ConfigStore,
    /// Messages found before the client can be told (during `initialize`).
    deferred_messages: Vec<String>,
}

/// CPU work for the lint thread: a lint, or the parse behind a hover or the outline.
type Job = Box<dyn FnOnce() + Send>;

/// Start the thread that runs every lint, and the other CPU work of requests, one at a
/// time. On its own thread it never holds up the async workers that answer requests, and
/// the matchers' per-thread search caches exist once, not once per worker (about 12 MiB
/// less with 20 audits open). A job that panics is dropped (whoever waits for its answer
/// gets none). The thread ends when the server drops its sender.
fn start_lint_thread() -> std::sync::mpsc::Sender<Job> {
    let (sender, jobs) = std::sync::mpsc::channel::<Job>();
    let spawned = std::thread::Builder::new()
        .name("caselint-lint".to_owned())
        .spawn(move || {
            for job in jobs {
                let _ = std::panic::catch_unwind(AssertUnwindSafe(job));
            }
        });
    if let Err(e) = spawned {
        log!(Error, "cannot start the lint thread: {e}");
    }
    sender
}

struct Shared {
    state: Mutex<State>,
    /// Jobs for the lint thread.
    lints: Mutex<std::sync::mpsc::Sender<Job>>,
    /// Held while a lint result is checked for staleness and published.
    publish: tokio::sync::Mutex<()>,
    shutdown_requested: Arc<AtomicBool>,
}

impl Shared {
    /// The state, even after a panic elsewhere poisoned the lock: every mutation is a
    /// single step, so what is there is consistent.
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Run `work` on the lint thread and wait for its answer; `None` if it panicked or the
    /// thread has stopped.
    async fn on_lint_thread<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> Option<T> {
        let (reply, answer) = tokio::sync::oneshot::channel();
        let job: Job = Box::new(move || {
            let _ = reply.send(work());
        });
        self.lints.lock().ok()?.send(job).ok()?;
        answer.await.ok()
    }

    fn is_current(&self, uri: &Uri, version: i32) -> bool {
        self.lock()
            .docs
            .get(uri)
            .is_some_and(|doc| doc.version == version)
    }
}

/// The caselint language server.
pub struct Backend {
    client: Client,
    shared: Arc<Shared>,
}

impl Backend {
    /// `shutdown_requested` is set when the client sends `shutdown`.
    pub fn new(client: Client, shutdown_requested: Arc<AtomicBool>) -> Backend {
        Backend {
            client,
            shared: Arc::new(Shared {
                state: Mutex::new(State::default()),
                lints: Mutex::new(start_lint_thread()),
                publish: tokio::sync::Mutex::new(()),
                shutdown_requested,
            }),
        }
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.shared.lock()
    }

    /// Lint `snapshot` in its own task and publish the result if it is still current.
    fn schedule_lint(&self, snapshot: Snapshot) {
        let shared = Arc::clone(&self.shared);
        let client = self.client.clone();
        tokio::spawn(async move {
            let uri = snapshot.uri.clone();
            let version = snapshot.version;
            // A newer version has arrived: its own task will lint it.
            if !shared.is_current(&uri, version) {
                return;
            }
            let started = std::time::Instant::now();
            // Still current when its turn comes? A newer version has its own job.
            let wanted = {
                let (shared, uri) = (Arc::clone(&shared), uri.clone());
                move || shared.is_current(&uri, version)
            };
            let result = shared
                .on_lint_thread(move || wanted().then(|| lint::lint(&snapshot)))
                .await;
            let linted = match result {
                Some(Some(linted)) => linted,
                Some(None) if !shared.is_current(&uri, version) => return,
                _ => {
                    log!(
                        Error,
                        "internal error while linting {} v{version}",
                        doc_id(&uri)
                    );
                    return;
                }
            };
            let diagnostics = linted.diagnostics.clone();
            let chunks = (linted.chunks_linted, linted.chunks_reused);
            let _in_order = shared.publish.lock().await;
            {
                let mut state = shared.lock();
                match state.docs.get_mut(&uri) {
                    Some(doc) if doc.version == version => doc.linted = Some(Arc::new(linted)),
                    _ => {
                        log!(
                            Debug,
                            "dropped stale diagnostics of {} v{version}",
                            doc_id(&uri)
                        );
                        return;
                    }
                }
            }
            log!(
                Debug,
                "{} v{version}: {} diagnostics in {:?} ({} chunks linted, {} reused)",
                doc_id(&uri),
                diagnostics.len(),
                started.elapsed(),
                chunks.0,
                chunks.1
            );
            client
                .publish_diagnostics(uri, diagnostics, Some(version))
                .await;
        });
    }

    async fn show_errors(&self, errors: Vec<String>) {
        for error in errors {
            log!(Warn, "configuration error shown to the user");
            self.client
                .show_message(
                    MessageType::ERROR,
                    format!("caselint: {error} (the last good configuration stays in force)"),
                )
                .await;
        }
    }

    /// Re-resolve every open document's configuration and re-lint the documents.
    fn reconfigure_all(&self) {
        let snapshots: Vec<Snapshot> = {
            let mut state = self.lock();
            let State {
                docs,
                configs,
                encoding,
                ..
            } = &mut *state;
            docs.iter_mut()
                .map(|(uri, doc)| {
                    let path = file_path(uri);
                    let (file, _) = configs.file_for(path.as_deref(), false);
                    doc.config = configs.config(file.as_deref());
                    snapshot(uri, doc, *encoding)
                })
                .collect()
        };
        for snapshot in snapshots {
            self.schedule_lint(snapshot);
        }
    }

    /// Read configuration files again after they changed; returns errors to show.
    fn reload_config_files<'a>(&self, paths: impl Iterator<Item = &'a Path>) -> Vec<String> {
        let mut state = self.lock();
        paths
            .filter_map(|path| state.configs.reload_file(path).err())
            .map(|e| e.to_string())
            .collect()
    }

    /// A snapshot of an open document, or an error for an unknown one.
    fn snapshot_of(&self, uri: &Uri) -> Result<(Snapshot, Option<Arc<Linted>>, bool)> {
        let state = self.lock();
        let Some(doc) = state.docs.get(uri) else {
            log!(Warn, "request for {}, which is not open", doc_id(uri));
            return Err(Error::invalid_params("caselint: the document is not open"));
        };
        Ok((
            snapshot(uri, doc, state.encoding),
            doc.linted.clone(),
            state.client.hierarchical_symbols,
        ))
    }
}

fn snapshot(uri: &Uri, doc: &OpenDocument, encoding: Encoding) -> Snapshot {
    Snapshot {
        uri: uri.clone(),
        version: doc.version,
        rope: doc.rope.clone(),
        config: Arc::clone(&doc.config),
        encoding,
        cache: Arc::clone(&doc.cache),
    }
}

fn file_path(uri: &Uri) -> Option<PathBuf> {
    if !uri.scheme().as_str().eq_ignore_ascii_case("file") {
        return None;
    }
    uri.to_file_path().map(|p| p.into_owned())
}

fn is_config_uri(uri: &Uri) -> bool {
    file_path(uri).is_some_and(|p| config::is_config_file(&p))
}

/// Apply content changes in order. Returns how many ranges fell outside the document and
/// were clamped.
pub(crate) fn apply_changes(
    rope: &mut Rope,
    changes: Vec<TextDocumentContentChangeEvent>,
    encoding: Encoding,
) -> usize {
    changes
        .into_iter()
        .filter(|change| crate::store::apply_change(rope, change.range, &change.text, encoding))
        .count()
}

/// Run `work`, turning a panic into an internal error response.
fn guarded<T>(what: &str, work: impl FnOnce() -> T) -> Result<T> {
    std::panic::catch_unwind(AssertUnwindSafe(work)).map_err(|_| {
        log!(Error, "internal error in {what}; the server carries on");
        Error::internal_error()
    })
}

impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let capabilities = &params.capabilities;
        let encoding = Encoding::negotiate(
            capabilities
                .general
                .as_ref()
                .and_then(|g| g.position_encodings.as_deref()),
        );
        let workspace = capabilities.workspace.as_ref();
        let features = ClientFeatures {
            versioned_edits: workspace
                .and_then(|w| w.workspace_edit.as_ref())
                .and_then(|e| e.document_changes)
                .unwrap_or(false),
            hierarchical_symbols: capabilities
                .text_document
                .as_ref()
                .and_then(|t| t.document_symbol.as_ref())
                .and_then(|s| s.hierarchical_document_symbol_support)
                .unwrap_or(false),
            watch_registration: workspace
                .and_then(|w| w.did_change_watched_files.as_ref())
                .and_then(|w| w.dynamic_registration)
                .unwrap_or(false),
        };
        {
            let mut state = self.lock();
            state.encoding = encoding;
            state.client = features;
            if let Some(options) = &params.initialization_options {
                if let Err(e) = state.configs.set_client_settings(options) {
                    state.deferred_messages.push(e.to_string());
                }
            }
        }
        log!(Info, "initialized; position encoding {encoding:?}");
        Ok(InitializeResult {
            capabilities: ServerCapabilities {
                position_encoding: Some(encoding.kind()),
                text_document_sync: Some(TextDocumentSyncCapability::Options(
                    TextDocumentSyncOptions {
                        open_close: Some(true),
                        change: Some(TextDocumentSyncKind::INCREMENTAL),
                        save: Some(TextDocumentSyncSaveOptions::SaveOptions(SaveOptions {
                            include_text: Some(false),
                        })),
                        ..TextDocumentSyncOptions::default()
                    },
                )),
                hover_provider: Some(HoverProviderCapability::Simple(true)),
                code_action_provider: Some(CodeActionProviderCapability::Options(
                    CodeActionOptions {
                        code_action_kinds: Some(vec![CodeActionKind::QUICKFIX]),
                        ..CodeActionOptions::default()
                    },
                )),
                document_symbol_provider: Some(OneOf::Left(true)),
                completion_provider: Some(CompletionOptions {
                    trigger_characters: Some(vec![":".into(), " ".into(), "#".into()]),
                    ..CompletionOptions::default()
                }),
                ..ServerCapabilities::default()
            },
            server_info: Some(ServerInfo {
                name: "caselint".to_owned(),
                version: Some(env!("CARGO_PKG_VERSION").to_owned()),
            }),
            offset_encoding: None,
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        let (messages, watch, config) = {
            let mut state = self.lock();
            (
                std::mem::take(&mut state.deferred_messages),
                state.client.watch_registration,
                state.configs.config(None),
            )
        };
        // The editor opens a document next: have the lint thread load the phrase matchers
        // a typical audit needs now, so the first diagnostics do not wait for them. On the
        // lint thread, which searches them from then on and so owns their caches; a lint
        // sent meanwhile runs after it.
        if let Ok(lints) = self.shared.lints.lock() {
            let _ = lints.send(Box::new(move || caselint_core::warm_up_server(&config)));
        }
        if watch {
            // Registration waits for the client's answer; it must not hold up anything else.
            let client = self.client.clone();
            tokio::spawn(async move {
                let watchers = config::CONFIG_NAMES
                    .iter()
                    .map(|name| FileSystemWatcher {
                        glob_pattern: GlobPattern::String(format!("**/{name}")),
                        kind: None,
                    })
                    .collect();
                let options = DidChangeWatchedFilesRegistrationOptions { watchers };
                let registration = Registration {
                    id: "caselint-config-files".to_owned(),
                    method: "workspace/didChangeWatchedFiles".to_owned(),
                    register_options: serde_json::to_value(options).ok(),
                };
                if client
                    .register_capability(vec![registration])
                    .await
                    .is_err()
                {
                    log!(
                        Warn,
                        "the client did not register the configuration file watcher"
                    );
                }
            });
        }
        self.show_errors(messages).await;
    }

    async fn shutdown(&self) -> Result<()> {
        log!(Info, "shutdown requested");
        self.shared.shutdown_requested.store(true, Ordering::SeqCst);
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        let document = params.text_document;
        let uri = document.uri;
        log!(
            Debug,
            "open {} v{} ({} bytes)",
            doc_id(&uri),
            document.version,
            document.text.len()
        );
        if is_config_uri(&uri) {
            let path = file_path(&uri);
            let errors = self.reload_config_files(path.as_deref().into_iter());
            self.reconfigure_all();
            self.show_errors(errors).await;
            return;
        }
        let (snapshot, errors) = {
            let mut state = self.lock();
            let path = file_path(&uri);
            // Opening a document reads its configuration file afresh.
            let (file, error) = state.configs.file_for(path.as_deref(), true);
            let config = state.configs.config(file.as_deref());
            let doc = OpenDocument {
                rope: Rope::from_str(&document.text),
                version: document.version,
                config,
                linted: None,
                cache: Arc::default(),
            };
            let snapshot = snapshot(&uri, &doc, state.encoding);
            state.docs.insert(uri, doc);
            (snapshot, error.map(|e| e.to_string()).into_iter().collect())
        };
        self.schedule_lint(snapshot);
        self.show_errors(errors).await;
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        let uri = params.text_document.uri;
        let version = params.text_document.version;
        let snapshot = {
            let mut state = self.lock();
            let encoding = state.encoding;
            let Some(doc) = state.docs.get_mut(&uri) else {
                log!(
                    Warn,
                    "change to {}, which is not open: ignored",
                    doc_id(&uri)
                );
                return;
            };
            if version <= doc.version {
                log!(
                    Warn,
                    "change to {} v{version} after v{}: ignored",
                    doc_id(&uri),
                    doc.version
                );
                return;
            }
            let count = params.content_changes.len();
            let clamped = apply_changes(&mut doc.rope, params.content_changes, encoding);
            if clamped > 0 {
                log!(
                    Warn,
                    "{} v{version}: {clamped} edit range(s) outside the document, clamped",
                    doc_id(&uri)
                );
            }
            doc.version = version;
            log!(
                Trace,
                "change {} v{version}: {count} change(s), now {} bytes",
                doc_id(&uri),
                doc.rope.len_bytes()
            );
            snapshot(&uri, doc, encoding)
        };
        self.schedule_lint(snapshot);
    }

    async fn did_save(&self, params: DidSaveTextDocumentParams) {
        let uri = params.text_document.uri;
        if !is_config_uri(&uri) {
            return;
        }
        let path = file_path(&uri);
        let errors = self.reload_config_files(path.as_deref().into_iter());
        self.reconfigure_all();
        self.show_errors(errors).await;
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        let uri = params.text_document.uri;
        log!(Debug, "close {}", doc_id(&uri));
        if self.lock().docs.remove(&uri).is_none() {
            return;
        }
        let _in_order = self.shared.publish.lock().await;
        self.client.publish_diagnostics(uri, Vec::new(), None).await;
    }

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        let result = self.lock().configs.set_client_settings(&params.settings);
        match result {
            Ok(()) => {
                log!(Info, "client settings changed");
                self.reconfigure_all();
            }
            Err(e) => self.show_errors(vec![e.to_string()]).await,
        }
    }

    async fn did_change_watched_files(&self, params: DidChangeWatchedFilesParams) {
        let paths: Vec<PathBuf> = params
            .changes
            .iter()
            .filter_map(|change| file_path(&change.uri))
            .filter(|path| config::is_config_file(path))
            .collect();
        if paths.is_empty() {
            return;
        }
        log!(Info, "{} configuration file(s) changed", paths.len());
        let errors = self.reload_config_files(paths.iter().map(PathBuf::as_path));
        self.reconfigure_all();
        self.show_errors(errors).await;
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        let uri = params.text_document.uri;
        if let Some(only) = &params.context.only {
            if !only
                .iter()
                .any(|kind| CodeActionKind::QUICKFIX.as_str().starts_with(kind.as_str()))
            {
                return Ok(Some(Vec::new()));
            }
        }
        let (snapshot, linted, _) = self.snapshot_of(&uri)?;
        let versioned_edits = self.lock().client.versioned_edits;
        guarded("codeAction", || {
            let linted = linted.filter(|l| l.version == snapshot.version);
            let front_matter_end = match &linted {
                Some(linted) => linted.front_matter_end,
                None => Document::parse(&snapshot.rope.to_string())
                    .front_matter
                    .map(|fm| fm.range.end()),
            };
            let target = Target {
                uri: &uri,
                rope: &snapshot.rope,
                version: snapshot.version,
                encoding: snapshot.encoding,
                front_matter_end,
                versioned_edits,
                linted: linted.as_deref(),
            };
            Some(actions::code_actions(&target, &params.context.diagnostics))
        })
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        let position = params.text_document_position_params.position;
        let uri = params.text_document_position_params.text_document.uri;
        let (snapshot, linted, _) = self.snapshot_of(&uri)?;
        // The last lint, or (while the newest version waits for its turn) a lint of this
        // version on the lint thread: CPU work stays off the async workers.
        let linted = match linted.filter(|l| l.version == snapshot.version) {
            Some(linted) => linted,
            None => match self
                .shared
                .on_lint_thread(move || lint::lint(&snapshot))
                .await
            {
                Some(linted) => Arc::new(linted),
                None => {
                    log!(Error, "internal error in hover; the server carries on");
                    return Err(Error::internal_error());
                }
            },
        };
        guarded("hover", || {
            let mut codes: Vec<&str> = Vec::new();
            let mut range = None;
            for diagnostic in &linted.diagnostics {
                if !lint::contains(diagnostic.range, position) {
                    continue;
                }
                if let Some(code) = lint::code(diagnostic) {
                    if !codes.contains(&code) {
                        codes.push(code);
                        range.get_or_insert(diagnostic.range);
                    }
                }
            }
            let docs: Vec<String> = codes
                .iter()
                .filter_map(|code| caselint_core::rules::find(code))
                .map(hover_doc)
                .collect();
            if docs.is_empty() {
                return None;
            }
            Some(Hover {
                contents: HoverContents::Markup(MarkupContent {
                    kind: MarkupKind::Markdown,
                    value: docs.join("\n\n---\n\n"),
                }),
                range,
            })
        })
    }

    async fn document_symbol(
        &self,
        params: DocumentSymbolParams,
    ) -> Result<Option<DocumentSymbolResponse>> {
        let uri = params.text_document.uri;
        let (snapshot, _, hierarchical) = self.snapshot_of(&uri)?;
        // Parsing is CPU work: on the lint thread, off the async workers.
        let outline = self
            .shared
            .on_lint_thread(move || {
                let doc = Document::parse(&snapshot.rope.to_string());
                symbols::document_symbols(
                    &doc,
                    &snapshot.rope,
                    snapshot.encoding,
                    &uri,
                    hierarchical,
                )
            })
            .await;
        match outline {
            Some(outline) => Ok(Some(outline)),
            None => {
                log!(
                    Error,
                    "internal error in documentSymbol; the server carries on"
                );
                Err(Error::internal_error())
            }
        }
    }

    async fn completion(&self, params: CompletionParams) -> Result<Option<CompletionResponse>> {
        let position = params.text_document_position.position;
        let uri = params.text_document_position.text_document.uri;
        let (snapshot, _, _) = self.snapshot_of(&uri)?;
        guarded("completion", || {
            let request = completion::Request {
                rope: &snapshot.rope,
                position,
                encoding: snapshot.encoding,
                config: &snapshot.config,
            };
            let items =
                completion::complete(&request, || Document::parse(&snapshot.rope.to_string()));
            Some(CompletionResponse::Array(items))
        })
    }
}

/// A rule's documentation under its own heading in a hover: the doc's headings one level
/// below the rule's, so the outline reads in order.
fn hover_doc(rule: &caselint_core::Rule) -> String {
    let doc: Vec<String> = rule
        .doc
        .trim()
        .lines()
        .map(|line| match line.strip_prefix("## ") {
            Some(title) => format!("#### {title}"),
            None => line.to_owned(),
        })
        .collect();
    format!("### {} {}\n\n{}", rule.code, rule.name, doc.join("\n"))
}

#[cfg(test)]
mod hover_tests {
    #[test]
    fn hover_headings_nest_under_the_rule() {
        let rule = caselint_core::rules::find("T001").unwrap();
        let text = super::hover_doc(rule);
        assert!(
            text.starts_with("### T001 deficit-phrasing\n\n#### What it does\n"),
            "{text}"
        );
        let levels: Vec<usize> = text
            .lines()
            .filter(|l| l.starts_with('#'))
            .map(|l| l.chars().take_while(|&c| c == '#').count())
            .collect();
        assert_eq!(levels[0], 3);
        assert!(levels[1..].iter().all(|&l| l == 4), "{levels:?}");
    }
}
