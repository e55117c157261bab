//! caselint-lsp: the language server. The only crate of caselint that knows LSP, JSON-RPC
//! and UTF-16.
//!
//! [`run_stdio`] serves over standard input and output; [`serve`] over any pair of byte
//! streams (the tests and the latency benchmark use in-memory pipes).

use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use tokio::io::{AsyncRead, AsyncWrite};
use tower_lsp_server::{LspService, Server};

mod actions;
mod completion;
mod config;
mod guard;
mod lint;
pub mod log;
mod position;
#[cfg(test)]
mod proptests;
mod server;
pub mod store;
mod symbols;
mod transport;

pub use guard::CatchPanic;
pub use position::Encoding;
pub use server::Backend;
pub use store::TextStore;

/// Serve one client over `input`/`output` until it sends `exit` or closes `input`.
/// Returns whether the client asked for `shutdown` first.
pub async fn serve<I, O>(input: I, output: O) -> bool
where
    I: AsyncRead + Unpin + Send + 'static,
    O: AsyncWrite,
{
    let shutdown_requested = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&shutdown_requested);
    let (service, socket) = LspService::new(move |client| Backend::new(client, flag));
    transport::guarded(input, output, |input, output| {
        Server::new(input, output, socket).serve(CatchPanic(service))
    })
    .await;
    shutdown_requested.load(Ordering::SeqCst)
}

/// `caselint server`: serve over standard input and output. The exit status is 0 when the
/// client sent `shutdown` before `exit` (or before closing the input), else 1.
pub fn run_stdio() -> ExitCode {
    log::init_from_env();
    // The default hook prints the panic message, which can quote document text (a slicing
    // error does); say only where it happened.
    std::panic::set_hook(Box::new(|info| {
        let location = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_default();
        log::log!(Error, "panic at {location}");
    }));
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            log::log!(Error, "cannot start the async runtime: {e}");
            return ExitCode::from(2);
        }
    };
    log::log!(
        Info,
        "caselint {} language server on stdio",
        env!("CARGO_PKG_VERSION")
    );
    let shut_down =
        runtime.block_on(async { serve(tokio::io::stdin(), tokio::io::stdout()).await });
    // Standard input is read on a blocking thread that a client may keep waiting forever
    // (it need not close the pipe after `exit`): do not wait for it.
    runtime.shutdown_background();
    log::log!(Info, "exit");
    if shut_down {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
