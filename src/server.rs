//! `caselint server`: the language server over standard input and output.

use std::process::ExitCode;

use clap::Args;

#[derive(Args)]
pub(crate) struct ServerArgs {
    /// Accepted for editors that pass it; standard input/output is the only transport.
    #[arg(long)]
    pub stdio: bool,
}

pub(crate) fn run(args: &ServerArgs) -> ExitCode {
    let _ = args.stdio;
    caselint_lsp::run_stdio()
}
