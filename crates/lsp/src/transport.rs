//! Framing guard between the client's byte streams and the JSON-RPC server.
//!
//! tower-lsp's reader stops for good at the first message it cannot decode (its framed
//! stream ends after an error), so one malformed message would end the session. Here each
//! incoming frame is read and checked first: well-formed messages pass through untouched;
//! a body that is not JSON is answered with a parse error (-32700), and JSON that is not a
//! JSON-RPC message with an invalid-request error (-32600), as JSON-RPC asks; a frame
//! without a readable `Content-Length` is skipped. The answers are put between the
//! server's own frames on the way out, never inside one.

use serde::Deserialize;
use serde_json::{json, Value};
use tokio::io::{
    AsyncBufRead, AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt,
};
use tokio::sync::mpsc;
use tower_lsp_server::jsonrpc::{Request, Response};

use crate::log::log;

/// Frames larger than this are not read (nothing real comes near it).
const MAX_FRAME: u64 = 512 * 1024 * 1024;

/// The size of the in-memory pipes between the guard and the server.
const PIPE: usize = 1 << 16;

/// One frame read from a stream.
#[derive(Debug, PartialEq)]
pub(crate) enum Frame {
    Body(Vec<u8>),
    /// Headers without a usable `Content-Length`: the frame is skipped.
    BadHeader,
}

/// Read the next frame; `None` at the end of the stream (or of what can be read).
pub(crate) async fn read_frame<R: AsyncBufRead + Unpin>(reader: &mut R) -> Option<Frame> {
    let mut length: Option<u64> = None;
    let mut bad = false;
    let mut saw_header = false;
    let mut line = Vec::new();
    loop {
        line.clear();
        let n = reader.read_until(b'\n', &mut line).await.ok()?;
        if n == 0 {
            return None;
        }
        let text = String::from_utf8_lossy(&line);
        let text = text.trim();
        if text.is_empty() {
            if saw_header {
                break;
            }
            // Stray blank lines between frames.
            continue;
        }
        saw_header = true;
        // After a wrong Content-Length the rest of a body runs into the next header on the
        // same line: read the header from where it starts, so the stream comes back in step.
        let header = text
            .to_ascii_lowercase()
            .find("content-length:")
            .map_or(text, |at| &text[at..]);
        if let Some((name, value)) = header.split_once(':') {
            if name.trim().eq_ignore_ascii_case("content-length") {
                match value.trim().parse::<u64>() {
                    Ok(len) => length = Some(len),
                    Err(_) => bad = true,
                }
            }
        }
    }
    let length = match length {
        Some(len) if !bad => len,
        _ => return Some(Frame::BadHeader),
    };
    if length > MAX_FRAME {
        log!(
            Error,
            "a message of {length} bytes is too large; closing the input"
        );
        return None;
    }
    let mut body = Vec::new();
    reader.take(length).read_to_end(&mut body).await.ok()?;
    if (body.len() as u64) < length {
        return None;
    }
    Some(Frame::Body(body))
}

async fn write_frame<W: AsyncWrite + Unpin>(writer: &mut W, body: &[u8]) -> std::io::Result<()> {
    writer
        .write_all(format!("Content-Length: {}\r\n\r\n", body.len()).as_bytes())
        .await?;
    writer.write_all(body).await?;
    writer.flush().await
}

#[derive(Deserialize)]
#[serde(untagged)]
#[allow(dead_code)] // Only whether it deserialises matters.
enum Message {
    Response(Response),
    Request(Request),
}

/// The error response a malformed body gets, or `None` when the body is a message.
pub(crate) fn check(body: &[u8]) -> Option<Value> {
    if body.is_empty() {
        return Some(error(Value::Null, -32700, "Parse error: empty message"));
    }
    if serde_json::from_slice::<Message>(body).is_ok() {
        return None;
    }
    match serde_json::from_slice::<Value>(body) {
        Err(_) => Some(error(Value::Null, -32700, "Parse error")),
        Ok(value) => {
            let id = match value.get("id") {
                Some(id @ (Value::Number(_) | Value::String(_))) => id.clone(),
                _ => Value::Null,
            };
            Some(error(id, -32600, "Invalid request"))
        }
    }
}

fn error(id: Value, code: i64, message: &str) -> Value {
    json!({"jsonrpc": "2.0", "error": {"code": code, "message": message}, "id": id})
}

/// Copy well-formed frames from `input` to `server`; answer the others through `answers`.
async fn guard_input<I, S>(input: I, mut server: S, answers: mpsc::UnboundedSender<Value>)
where
    I: AsyncRead + Unpin,
    S: AsyncWrite + Unpin,
{
    let mut input = tokio::io::BufReader::new(input);
    while let Some(frame) = read_frame(&mut input).await {
        match frame {
            Frame::Body(body) => match check(&body) {
                None => {
                    if write_frame(&mut server, &body).await.is_err() {
                        return;
                    }
                }
                Some(answer) => {
                    log!(
                        Warn,
                        "malformed message ({} bytes) answered with an error",
                        body.len()
                    );
                    let _ = answers.send(answer);
                }
            },
            Frame::BadHeader => log!(Warn, "message without a valid Content-Length skipped"),
        }
    }
    log!(Info, "input closed");
}

/// Copy the server's frames to `output`, with the guard's answers between them. Ends when
/// the server's output ends.
async fn merge_output<S, O>(server: S, mut answers: mpsc::UnboundedReceiver<Value>, output: O)
where
    S: AsyncRead + Unpin,
    O: AsyncWrite,
{
    let mut server = tokio::io::BufReader::new(server);
    let mut output = std::pin::pin!(output);
    loop {
        // Reading a frame is not cancel-safe, so the read goes on across answers.
        let read = read_frame(&mut server);
        tokio::pin!(read);
        let frame = loop {
            tokio::select! {
                biased;
                frame = &mut read => break frame,
                Some(answer) = answers.recv() => {
                    if write_frame(&mut output, answer.to_string().as_bytes()).await.is_err() {
                        return;
                    }
                }
            }
        };
        match frame {
            Some(Frame::Body(body)) => {
                if write_frame(&mut output, &body).await.is_err() {
                    return;
                }
            }
            Some(Frame::BadHeader) => {}
            None => break,
        }
    }
    while let Ok(answer) = answers.try_recv() {
        let _ = write_frame(&mut output, answer.to_string().as_bytes()).await;
    }
}

/// Run `server` (which takes the in-memory ends) between `input` and `output`.
pub(crate) async fn guarded<I, O, F, Fut, T>(input: I, output: O, server: F) -> T
where
    I: AsyncRead + Unpin + Send + 'static,
    O: AsyncWrite,
    F: FnOnce(tokio::io::DuplexStream, tokio::io::DuplexStream) -> Fut,
    Fut: std::future::Future<Output = T>,
{
    let (to_server, server_input) = tokio::io::duplex(PIPE);
    let (server_output, from_server) = tokio::io::duplex(PIPE);
    let (answers, answers_out) = mpsc::unbounded_channel();
    // The input may never close (a client need not close it after `exit`), so its task is
    // left to the runtime rather than waited for.
    let input_task = tokio::spawn(guard_input(input, to_server, answers));
    let (result, ()) = tokio::join!(
        server(server_input, server_output),
        merge_output(from_server, answers_out, output)
    );
    input_task.abort();
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn malformed_bodies_get_json_rpc_errors() {
        assert!(check(br#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#).is_none());
        assert!(check(br#"{"jsonrpc":"2.0","id":1,"result":null}"#).is_none());
        assert_eq!(check(b"{not json").unwrap()["error"]["code"], -32700);
        assert_eq!(check(b"").unwrap()["error"]["code"], -32700);
        let invalid = check(br#"{"jsonrpc":"2.0","id":7,"method":42}"#).unwrap();
        assert_eq!(invalid["error"]["code"], -32600);
        assert_eq!(invalid["id"], 7);
        assert_eq!(check(b"[1, 2]").unwrap()["id"], Value::Null);
        assert_eq!(
            check(br#"{"jsonrpc":"1.0","id":"a","method":"x"}"#).unwrap()["id"],
            "a"
        );
    }

    #[tokio::test]
    async fn frames_are_read_and_bad_headers_skipped() {
        let input: &[u8] = b"Content-Length: 2\r\n\r\n{}\r\nContent-Type: x\r\n\r\nContent-Length: 3\r\ncontent-type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n[1]Content-Length: 10\r\n\r\nshort";
        let mut reader = tokio::io::BufReader::new(input);
        assert_eq!(
            read_frame(&mut reader).await,
            Some(Frame::Body(b"{}".to_vec()))
        );
        assert_eq!(read_frame(&mut reader).await, Some(Frame::BadHeader));
        assert_eq!(
            read_frame(&mut reader).await,
            Some(Frame::Body(b"[1]".to_vec()))
        );
        assert_eq!(read_frame(&mut reader).await, None);
    }

    #[tokio::test]
    async fn the_stream_comes_back_in_step_after_a_wrong_length() {
        // The first length is 4 short: the body's tail runs into the next header.
        let input: &[u8] = b"Content-Length: 4\r\n\r\n[1, 2]Content-Length: 2\r\n\r\n{}";
        let mut reader = tokio::io::BufReader::new(input);
        assert_eq!(
            read_frame(&mut reader).await,
            Some(Frame::Body(b"[1, ".to_vec()))
        );
        assert_eq!(
            read_frame(&mut reader).await,
            Some(Frame::Body(b"{}".to_vec()))
        );
        assert_eq!(read_frame(&mut reader).await, None);
    }
}
