//! `seedbed`: a Prisma 6.19.3-compatible command line for SQLite schemas.
//! One module per command; add new subcommands to [`Command`].

mod db_seed;
mod format;
mod generate;
mod project;
mod pull;
mod schema_path;
mod seed;
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
    /// Migrations: `migrate dev | deploy | reset | status | diff | resolve`, like `prisma migrate`.
    #[command(disable_help_flag = true)]
    Migrate(Passthrough),
    /// Generate Prisma Client's TypeScript declarations, like `prisma generate`.
    Generate(generate::Args),
    /// Purge the database, then fill it with realistic related test data (Seedbed's seeder).
    Seed(seed::Args),
    /// The database without migrations: `db push | pull | execute | seed`, like `prisma db`.
    #[command(disable_help_flag = true)]
    Db(Passthrough),
}

/// `db pull`'s own parser, so its `--help` and errors read as Prisma's subcommand.
#[derive(Parser)]
#[command(
    name = "db pull",
    about = "Pull the state from the database to the Prisma schema using introspection"
)]
struct PullCli {
    #[command(flatten)]
    args: pull::Args,
}

/// The arguments of a command group whose parsing (and `--help`) lives in its engine crate.
#[derive(clap::Args)]
struct Passthrough {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    args: Vec<String>,
}

/// Hands `group args…` to the migration engine's own command line, in the current folder.
/// `db pull` is the introspection engine's and has its own module.
fn migration_engine(group: &str, rest: Passthrough) -> u8 {
    if group == "db" && rest.args.first().map(String::as_str) == Some("pull") {
        let argv = std::iter::once("db pull".to_owned()).chain(rest.args.into_iter().skip(1));
        return match <PullCli as clap::Parser>::try_parse_from(argv) {
            Ok(cli) => pull::run(&cli.args),
            Err(err) => {
                let _ = err.print();
                u8::from(err.use_stderr())
            }
        };
    }
    if group == "db" && rest.args.first().map(String::as_str) == Some("seed") {
        return db_seed::run(&rest.args[1..]);
    }
    let mut hooks = generate::MigrateHooks::new(group, &rest.args);
    let mut args = vec![group.to_owned()];
    args.extend(rest.args);
    let cwd = std::env::current_dir().unwrap_or_else(|_| ".".into());
    let code = seedbed_migrate::native::run_cli_with(&args, &cwd, &mut hooks);
    u8::try_from(code).unwrap_or(1)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let code = match cli.command {
        Command::Validate(args) => validate::run(&args),
        Command::Format(args) => format::run(&args),
        Command::Generate(args) => generate::run(&args),
        Command::Seed(args) => seed::run(&args),
        Command::Migrate(rest) => migration_engine("migrate", rest),
        Command::Db(rest) => migration_engine("db", rest),
    };
    ExitCode::from(code)
}
