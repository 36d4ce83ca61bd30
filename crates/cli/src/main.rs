//! `seedbed`: a Prisma 6.19.3-compatible command line for SQLite schemas.
//! One module per command; add new subcommands to [`Command`].

mod format;
mod schema_path;
mod validate;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// Prisma 6.19.3-compatible tooling for SQLite schemas.
#[derive(Parser)]
#[command(name = "seedbed", version = concat!(env!("CARGO_PKG_VERSION"), " (Prisma 6.19.3 compatible)"))]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Validate a Prisma schema, like `prisma validate`.
    Validate(validate::Args),
    /// Format a Prisma schema, like `prisma format`.
    Format(format::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let code = match cli.command {
        Command::Validate(args) => validate::run(&args),
        Command::Format(args) => format::run(&args),
    };
    ExitCode::from(code)
}
