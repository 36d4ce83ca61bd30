//! `seedbed db pull [--schema FILE] [--force] [--print]`, like `prisma db pull`.
//!
//! The shell: it finds the project, opens the SQLite file named by the datasource (never
//! creating or modifying it), runs the introspection core, prints what Prisma prints and
//! writes the schema back unless `--print`.

use crate::project;
use seedbed_db::SqliteDb;
use seedbed_introspect::{PullOptions, db_pull_with};
use std::io::Write;
use std::path::PathBuf;
use std::time::{SystemTime, UNIX_EPOCH};

#[derive(clap::Args)]
pub struct Args {
    /// Custom path to your Prisma schema.
    #[arg(long)]
    schema: Option<PathBuf>,
    /// Ignore current Prisma schema file.
    #[arg(long)]
    force: bool,
    /// Print the introspected Prisma schema to stdout.
    #[arg(long)]
    print: bool,
}

fn wall_clock_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis().try_into().unwrap_or(u64::MAX))
}

pub fn run(args: &Args) -> u8 {
    pull(args).unwrap_or_else(|code| code)
}

fn pull(args: &Args) -> Result<u8, u8> {
    let folder = project::load(args.schema.as_deref())?;
    let project = &folder.project;
    let Some(path) = folder.database.clone() else {
        eprintln!(
            "Error: P1012 The datasource of {} has no SQLite `url` starting with `file:`.",
            project.schema_path
        );
        return Err(1);
    };
    if !args.print {
        println!("Prisma schema loaded from {}", project.schema_path);
    }
    if !path.is_file() {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        eprintln!(
            "Error: P1003\n\nThe introspected database does not exist:\n\nDatabase `{name}` does not exist"
        );
        return Err(1);
    }
    let mut db = project::opened(SqliteDb::open_file_read_only(&path))?;
    let options = PullOptions {
        schema_path: project.schema_path.clone(),
        force: args.force,
        print: args.print,
        clock: wall_clock_ms,
    };
    let outcome = db_pull_with(&mut db, Some(&project.schema), &options);
    let _ = std::io::stdout().write_all(outcome.stdout.as_bytes());
    let _ = std::io::stderr().write_all(outcome.stderr.as_bytes());
    if outcome.exit_code == 0
        && !args.print
        && let Some(text) = &outcome.schema_text
    {
        let file = folder.schema_dir.join(
            PathBuf::from(&project.schema_path)
                .file_name()
                .unwrap_or_else(|| "schema.prisma".as_ref()),
        );
        if let Err(err) = std::fs::write(&file, text) {
            eprintln!("Error: could not write {}: {err}", file.display());
            return Err(1);
        }
    }
    Ok(u8::try_from(outcome.exit_code).unwrap_or(1))
}
