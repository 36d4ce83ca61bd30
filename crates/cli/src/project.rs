//! Steps shared by the commands that work on a project folder: finding it, and opening its
//! database, each printing Prisma-style errors and giving the exit code when they fail.

use seedbed_db::{DbResult, SqliteDb};
use seedbed_migrate::native::{Folder, load_folder};
use std::path::Path;

/// The project around the current folder (or around `--schema`).
pub fn load(schema: Option<&Path>) -> Result<Folder, u8> {
    let cwd = std::env::current_dir().unwrap_or_else(|_| ".".into());
    load_folder(&cwd, schema).map_err(|message| {
        eprintln!("{message}");
        1
    })
}

/// The database a command opened, or its error printed.
pub fn opened(db: DbResult<SqliteDb>) -> Result<SqliteDb, u8> {
    db.map_err(|err| {
        eprintln!("Error: {err}");
        1
    })
}
