//! The `caselint` command: `check`, `annotate`, `report`, `new`, `rules`, `explain`, `server`.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod annotate;
mod check;
mod discovery;
mod explain;
mod new;
mod output;
mod report;
mod server;
mod tunables;

/// A writing-quality linter for case-file audit narratives in children's social care.
#[derive(Parser)]
#[command(name = "caselint", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Lint audit files and Word forms (directories are searched for *.audit.md,
    /// *.audit.txt, *.audit and *.audit.docx).
    Check(check::CheckArgs),
    /// Write a copy of a Word form (.docx) with a comment on the words of each finding and,
    /// with --suggest, each first rewrite as a tracked change.
    Annotate(annotate::AnnotateArgs),
    /// Start a new audit: front matter and every configured area with empty sections and
    /// prompts from the practice standard.
    New(new::NewArgs),
    /// Print the rule catalogue.
    Rules,
    /// Print a rule's documentation: what it checks, why, an example and a reflective rewrite.
    Explain {
        /// A rule code (T001) or name (deficit-phrasing).
        rule: String,
        /// Print the documentation as Markdown (the default when the output is not a
        /// terminal).
        #[arg(long)]
        markdown: bool,
    },
    /// Run the language server over standard input and output.
    Server(server::ServerArgs),
    /// What a round of audits says about the service: an HTML page with charts, JSON or CSV.
    Report(report::ReportArgs),
}

fn main() -> ExitCode {
    tunables::reexec_if_worthwhile();
    let cli = Cli::parse();
    match cli.command {
        Command::Check(args) => check::run(&args),
        Command::Annotate(args) => annotate::run(&args),
        Command::Server(args) => server::run(&args),
        Command::Report(args) => report::run(&args),
        Command::New(args) => new::run(&args),
        Command::Rules => {
            print!("{}", explain::rules_table());
            ExitCode::SUCCESS
        }
        Command::Explain { rule, markdown } => {
            match caselint_core::rules::find(&rule) {
                Some(rule) => {
                    use std::io::IsTerminal;
                    if markdown || !std::io::stdout().is_terminal() {
                        print!("{}", explain::explain(rule));
                    } else {
                        let color = std::env::var_os("NO_COLOR").is_none();
                        print!("{}", explain::explain_terminal(rule, color, 88));
                    }
                    ExitCode::SUCCESS
                }
                None => {
                    eprintln!("caselint: error: no rule has the code or name `{rule}` (see `caselint rules`)");
                    ExitCode::from(2)
                }
            }
        }
    }
}
