//! Helpers shared by the end-to-end tests: the `caselint` binary run with a hard timeout,
//! and a minimal language client for `caselint server` over stdio with real Content-Length
//! framing. Every wait has a deadline and a child still running then is killed, so a test
//! fails rather than hangs.

// Each test crate uses a part of these helpers.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Output, Stdio};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

/// How long a language client waits for any one answer or for the server to exit.
pub(crate) const TIMEOUT: Duration = Duration::from_secs(20);

/// How long one `caselint` command may run.
pub(crate) const COMMAND_TIMEOUT: Duration = Duration::from_secs(60);

pub(crate) const MIXED: &str = "tests/fixtures/structure/mixed.audit.md";
pub(crate) const CLEAN: &str = "tests/fixtures/clean/amir.audit.md";

/// Read all of `pipe` on a thread of its own.
fn collect(mut pipe: impl Read + Send + 'static) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = pipe.read_to_end(&mut bytes);
        bytes
    })
}

/// Wait for `child` until `deadline`; kill it and return `None` past that.
pub(crate) fn wait_until(child: &mut Child, deadline: Instant) -> Option<ExitStatus> {
    loop {
        if let Some(status) = child.try_wait().expect("the child can be waited for") {
            return Some(status);
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        thread::sleep(Duration::from_millis(5));
    }
}

/// Run `caselint ARGS` in `dir` with `input` on standard input (closed once written; none
/// at all without it) and `NO_COLOR` set; fail the test if it runs past `timeout`.
pub(crate) fn run(dir: &Path, args: &[&str], input: Option<&[u8]>, timeout: Duration) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_caselint"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the caselint binary starts");
    let writer = child.stdin.take().map(|mut stdin| {
        let input = input.unwrap_or_default().to_vec();
        // The child may stop reading early (and be killed): a failed write is no matter.
        thread::spawn(move || {
            let _ = stdin.write_all(&input);
        })
    });
    let stdout = collect(child.stdout.take().expect("stdout is piped"));
    let stderr = collect(child.stderr.take().expect("stderr is piped"));
    let status = wait_until(&mut child, Instant::now() + timeout);
    let stderr = stderr.join().unwrap_or_default();
    let Some(status) = status else {
        panic!(
            "`caselint {}` ran past {timeout:?} and was killed; stderr:\n{}",
            args.join(" "),
            String::from_utf8_lossy(&stderr)
        );
    };
    if let Some(writer) = writer {
        let _ = writer.join();
    }
    let stdout = stdout.join().unwrap_or_default();
    Output {
        status,
        stdout,
        stderr,
    }
}

/// `caselint ARGS` in the repository's root.
pub(crate) fn caselint(args: &[&str]) -> Output {
    run(
        Path::new(env!("CARGO_MANIFEST_DIR")),
        args,
        None,
        COMMAND_TIMEOUT,
    )
}

/// `caselint ARGS` in the repository's root, with `input` on standard input.
pub(crate) fn caselint_stdin(args: &[&str], input: &[u8]) -> Output {
    run(
        Path::new(env!("CARGO_MANIFEST_DIR")),
        args,
        Some(input),
        COMMAND_TIMEOUT,
    )
}

pub(crate) fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub(crate) fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Neither Rust's panic message nor the server's own panic hook's line is in `log`.
pub(crate) fn assert_no_panic(log: &str) {
    assert!(
        !log.contains("panicked") && !log.contains("panic at"),
        "a panic:\n{log}"
    );
}

// ---------------------------------------------------------------------------------------
// The language client

/// A minimal language client.
pub(crate) struct Client {
    pub child: Child,
    /// Bytes for the server's standard input, written on a thread of their own so that a
    /// server that stops reading cannot block the test; `None` once the input is closed.
    input: Option<Sender<Vec<u8>>>,
    messages: Receiver<Value>,
    /// Notifications received but not yet asked for, in order.
    pub notifications: Vec<Value>,
    /// Requests the server sent us (answered with `null`).
    pub server_requests: Vec<Value>,
    stderr: Arc<Mutex<String>>,
    /// Says when the server's standard error has been read to its end.
    stderr_done: Receiver<()>,
    next_id: i64,
}

fn read_frame(reader: &mut impl BufRead) -> Option<Value> {
    let mut length = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(value) = line.strip_prefix("Content-Length:") {
            length = value.trim().parse::<usize>().ok();
        }
    }
    let mut body = vec![0; length?];
    reader.read_exact(&mut body).ok()?;
    serde_json::from_slice(&body).ok()
}

impl Client {
    /// `caselint server --stdio` with `CASELINT_LOG=log_level`.
    pub(crate) fn start(log_level: &str) -> Client {
        Client::start_with_env(log_level, &[])
    }

    /// The same, with the environment variables `env` set for the server.
    pub(crate) fn start_with_env(log_level: &str, env: &[(&str, &str)]) -> Client {
        let mut command = Command::new(env!("CARGO_BIN_EXE_caselint"));
        command.current_dir(env!("CARGO_MANIFEST_DIR"));
        command.envs(env.iter().copied());
        Client::spawn(command, log_level)
    }

    /// The same, with `dir` as its working, home, temporary, cache, state, data and
    /// configuration folder: whatever files the server writes end up there.
    pub(crate) fn start_in(dir: &Path, log_level: &str) -> Client {
        let mut command = Command::new(env!("CARGO_BIN_EXE_caselint"));
        command.current_dir(dir);
        for variable in [
            "HOME",
            "TMPDIR",
            "XDG_CACHE_HOME",
            "XDG_STATE_HOME",
            "XDG_DATA_HOME",
            "XDG_CONFIG_HOME",
            "XDG_RUNTIME_DIR",
        ] {
            command.env(variable, dir);
        }
        Client::spawn(command, log_level)
    }

    fn spawn(mut command: Command, log_level: &str) -> Client {
        let mut child = command
            .args(["server", "--stdio"])
            .env("CASELINT_LOG", log_level)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the caselint binary starts");
        let stdout = child.stdout.take().expect("stdout is piped");
        let mut stderr_pipe = child.stderr.take().expect("stderr is piped");
        let mut stdin = child.stdin.take().expect("stdin is piped");
        let (input, chunks) = mpsc::channel::<Vec<u8>>();
        thread::spawn(move || {
            for chunk in chunks {
                if stdin
                    .write_all(&chunk)
                    .and_then(|()| stdin.flush())
                    .is_err()
                {
                    break;
                }
            }
            // Dropping `stdin` here closes the server's input.
        });
        let (sender, messages) = mpsc::channel();
        thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            while let Some(message) = read_frame(&mut reader) {
                if sender.send(message).is_err() {
                    break;
                }
            }
        });
        let stderr = Arc::new(Mutex::new(String::new()));
        let sink = Arc::clone(&stderr);
        let (done, stderr_done) = mpsc::channel();
        thread::spawn(move || {
            let mut buffer = [0u8; 4096];
            while let Ok(n) = stderr_pipe.read(&mut buffer) {
                if n == 0 {
                    break;
                }
                sink.lock()
                    .unwrap()
                    .push_str(&String::from_utf8_lossy(&buffer[..n]));
            }
            let _ = done.send(());
        });
        Client {
            child,
            input: Some(input),
            messages,
            notifications: Vec::new(),
            server_requests: Vec::new(),
            stderr,
            stderr_done,
            next_id: 1,
        }
    }

    /// Bytes as they are, without framing.
    pub(crate) fn send_bytes(&mut self, bytes: &[u8]) {
        let input = self.input.as_ref().expect("the input is open");
        input
            .send(bytes.to_vec())
            .expect("the input writer is running");
    }

    /// One frame with a correct Content-Length.
    pub(crate) fn send_raw(&mut self, body: &[u8]) {
        let mut frame = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
        frame.extend_from_slice(body);
        self.send_bytes(&frame);
    }

    pub(crate) fn send(&mut self, message: Value) {
        self.send_raw(message.to_string().as_bytes());
    }

    /// Close the server's standard input (once what was sent is written).
    pub(crate) fn close_input(&mut self) {
        self.input = None;
    }

    pub(crate) fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// The next message from the server; server requests are answered on the way.
    pub(crate) fn receive(&mut self, deadline: Instant) -> Value {
        let left = deadline.saturating_duration_since(Instant::now());
        let message = match self.messages.recv_timeout(left) {
            Ok(message) => message,
            Err(_) => panic!("no message from the server in time; log:\n{}", self.log()),
        };
        if message.get("method").is_some() && message.get("id").is_some() && self.input.is_some() {
            let id = message["id"].clone();
            self.server_requests.push(message.clone());
            self.send(json!({"jsonrpc": "2.0", "id": id, "result": null}));
        }
        message
    }

    /// Send a request and wait for its response (the whole message).
    pub(crate) fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        self.response(json!(id))
    }

    pub(crate) fn response(&mut self, id: Value) -> Value {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let message = self.receive(deadline);
            if message.get("method").is_none() && message["id"] == id {
                return message;
            }
            if message.get("id").is_none() {
                self.notifications.push(message);
            }
        }
    }

    /// The first notification (received or to come) that `matches`, removed from the queue.
    pub(crate) fn notification(&mut self, matches: impl Fn(&Value) -> bool) -> Value {
        if let Some(i) = self.notifications.iter().position(&matches) {
            return self.notifications.remove(i);
        }
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let message = self.receive(deadline);
            if message.get("id").is_some() {
                continue;
            }
            if matches(&message) {
                return message;
            }
            self.notifications.push(message);
        }
    }

    /// The diagnostics published for `uri` at `version`.
    pub(crate) fn diagnostics(&mut self, uri: &str, version: i64) -> Vec<Value> {
        let message = self.notification(|m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == uri
                && m["params"]["version"] == version
        });
        message["params"]["diagnostics"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    }

    pub(crate) fn initialize(&mut self, capabilities: Value, options: Value) -> Value {
        let response = self.request(
            "initialize",
            json!({"processId": null, "rootUri": null, "capabilities": capabilities,
                   "initializationOptions": options}),
        );
        self.notify("initialized", json!({}));
        response
    }

    pub(crate) fn open(&mut self, uri: &str, version: i64, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "markdown", "version": version, "text": text}}),
        );
    }

    pub(crate) fn change(&mut self, uri: &str, version: i64, changes: Value) {
        self.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": changes}),
        );
    }

    /// The response to `textDocument/documentSymbol` for `uri`: the outline, or an error.
    pub(crate) fn symbols(&mut self, uri: &str) -> Value {
        self.request(
            "textDocument/documentSymbol",
            json!({"textDocument": {"uri": uri}}),
        )
    }

    /// `shutdown` then `exit`, keeping standard input open: the server must end anyway.
    pub(crate) fn shutdown_and_exit(&mut self) -> ExitStatus {
        let response = self.request("shutdown", Value::Null);
        assert_eq!(response["result"], Value::Null, "{response}");
        self.notify("exit", Value::Null);
        self.wait_for_exit()
    }

    /// The server's exit status; the test fails (and the server is killed) if it has not
    /// exited within [`TIMEOUT`].
    pub(crate) fn wait_for_exit(&mut self) -> ExitStatus {
        match wait_until(&mut self.child, Instant::now() + TIMEOUT) {
            Some(status) => {
                // The process has gone, but what it wrote last may still be in the pipe:
                // read standard error to its end, so that `log` holds all of it.
                let _ = self.stderr_done.recv_timeout(TIMEOUT);
                status
            }
            None => panic!("the server did not exit; log:\n{}", self.log()),
        }
    }

    /// Everything the server wrote to standard error so far.
    pub(crate) fn log(&self) -> String {
        self.stderr.lock().unwrap().clone()
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub(crate) fn codes(diagnostics: &[Value]) -> Vec<&str> {
    diagnostics
        .iter()
        .map(|d| d["code"].as_str().unwrap_or(""))
        .collect()
}

pub(crate) fn find<'a>(diagnostics: &'a [Value], code: &str) -> &'a Value {
    diagnostics
        .iter()
        .find(|d| d["code"] == code)
        .unwrap_or_else(|| panic!("no {code} in {diagnostics:?}"))
}

pub(crate) fn pos(line: u32, character: u32) -> Value {
    json!({"line": line, "character": character})
}

pub(crate) fn range(start: (u32, u32), end: (u32, u32)) -> Value {
    json!({"start": pos(start.0, start.1), "end": pos(end.0, end.1)})
}

const CAPABILITIES: &str = r#"{
    "general": {"positionEncodings": ["utf-16"]},
    "workspace": {"didChangeWatchedFiles": {"dynamicRegistration": true}},
    "textDocument": {"documentSymbol": {"hierarchicalDocumentSymbolSupport": true}}
}"#;

pub(crate) fn capabilities() -> Value {
    serde_json::from_str(CAPABILITIES).unwrap()
}
