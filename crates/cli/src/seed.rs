//! `seedbed seed [--rows N] [--seed N] [--locale en|es] [--schema FILE]`: the automatic
//! seeder on the project's database: purge, then realistic related rows, in one transaction.
//! (Seedbed's own command; `seedbed db seed` runs the project's configured seed script.)

use crate::project;
use seedbed_db::SqliteDb;
use seedbed_seed::{Locale, SeedOptions, seed};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::time::Instant;

#[derive(clap::Args)]
pub struct Args {
    /// Custom path to your Prisma schema.
    #[arg(long)]
    schema: Option<PathBuf>,
    /// Rows per model.
    #[arg(long, default_value_t = seedbed_seed::DEFAULT_COUNT)]
    rows: u64,
    /// The seed number: the same schema, rows and seed give the same data.
    #[arg(long, default_value_t = 0)]
    seed: u64,
    /// Language of the fake data: `en` or `es`.
    #[arg(long, default_value = "en")]
    locale: String,
    /// A row count or a field override, e.g. `User: 500`, `User.email: pattern
    /// user{n}@example.com`, `Post.views: range 0..1000`, `User.role: values ADMIN, USER`,
    /// `Post.createdAt: dates 2024-01-01..2024-12-31` (repeatable).
    #[arg(long = "set", value_name = "SETTING")]
    set: Vec<String>,
}

pub fn run(args: &Args) -> u8 {
    fill(args).unwrap_or_else(|code| code)
}

fn fill(args: &Args) -> Result<u8, u8> {
    let folder = project::load(args.schema.as_deref())?;
    let locale = match args.locale.as_str() {
        "en" => Locale::English,
        "es" => Locale::Spanish,
        other => {
            eprintln!("Error: unknown locale `{other}` (use `en` or `es`)");
            return Err(1);
        }
    };
    println!("Prisma schema loaded from {}", folder.project.schema_path);
    let schema = seedbed_psl::parse_and_validate(&folder.project.schema);
    if schema.has_errors() {
        eprintln!("Error: the schema is invalid; run `seedbed validate` to see why.");
        return Err(1);
    }
    let Some(path) = folder.database.filter(|p| p.is_file()) else {
        eprintln!(
            "Error: the database does not exist yet; create it with `seedbed migrate dev` or `seedbed db push`."
        );
        return Err(1);
    };
    let mut db = project::opened(SqliteDb::open_file(&path))?;
    let mut options = SeedOptions {
        seed: args.seed,
        default_count: args.rows,
        locale,
        ..SeedOptions::default()
    };
    if let Err(errors) = seedbed_seed::settings::apply(&args.set.join("\n"), &schema, &mut options)
    {
        for e in errors {
            eprintln!("Error: --set {e}");
        }
        return Err(1);
    }
    let started = Instant::now();
    let live = std::io::stderr().is_terminal();
    let mut last_shown = Instant::now();
    let result = seed(&mut db, &schema, &options, |p| {
        // A progress line on a terminal, redrawn at most ten times a second.
        if live && (last_shown.elapsed().as_millis() >= 100 || p.done == p.total) {
            last_shown = Instant::now();
            eprint!("\r\x1b[2KSeeding {}: {}/{} rows", p.model, p.done, p.total);
            let _ = std::io::stderr().flush();
        }
        true
    });
    if live {
        eprint!("\r\x1b[2K");
    }
    match result {
        Ok(summary) => {
            for table in &summary.tables {
                println!("  {:<24} {:>9} rows", table.model, table.rows);
            }
            let seconds = started.elapsed().as_secs_f64();
            println!(
                "🌱  Seeded {} rows in {:.0}ms (seed {}). The database was purged first.",
                summary.total_rows,
                seconds * 1000.0,
                args.seed
            );
            Ok(0)
        }
        Err(err) => {
            eprintln!("Error: {err}\nThe database was left as it was before the seed.");
            Err(1)
        }
    }
}
