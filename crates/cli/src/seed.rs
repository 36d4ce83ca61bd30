//! `seedbed seed [--rows N] [--seed N] [--locale en|es] [--schema FILE]`: the automatic
//! seeder on the project's database: purge, then realistic related rows, in one transaction.
//! (Seedbed's own command; `seedbed db seed` runs the project's configured seed script.)

use seedbed_db::SqliteDb;
use seedbed_migrate::native::load_folder;
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
}

pub fn run(args: &Args) -> u8 {
    let cwd = std::env::current_dir().unwrap_or_else(|_| ".".into());
    let folder = match load_folder(&cwd, args.schema.as_deref()) {
        Ok(folder) => folder,
        Err(message) => {
            eprintln!("{message}");
            return 1;
        }
    };
    let locale = match args.locale.as_str() {
        "en" => Locale::English,
        "es" => Locale::Spanish,
        other => {
            eprintln!("Error: unknown locale `{other}` (use `en` or `es`)");
            return 1;
        }
    };
    println!("Prisma schema loaded from {}", folder.project.schema_path);
    let schema = seedbed_psl::parse_and_validate(&folder.project.schema);
    if schema.has_errors() {
        eprintln!("Error: the schema is invalid; run `seedbed validate` to see why.");
        return 1;
    }
    let Some(path) = folder.database.filter(|p| p.is_file()) else {
        eprintln!(
            "Error: the database does not exist yet; create it with `seedbed migrate dev` or `seedbed db push`."
        );
        return 1;
    };
    let mut db = match SqliteDb::open_file(&path) {
        Ok(db) => db,
        Err(err) => {
            eprintln!("Error: {err}");
            return 1;
        }
    };
    let options = SeedOptions {
        seed: args.seed,
        default_count: args.rows,
        locale,
        ..SeedOptions::default()
    };
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
            0
        }
        Err(err) => {
            eprintln!("Error: {err}\nThe database was left as it was before the seed.");
            1
        }
    }
}
