//! Shared helpers for the introspection tests: build a database from SQL, compare texts
//! with `UPDATE_EXPECT=1` support for our own expectation files.
#![allow(dead_code)]

use seedbed_db::{Db, SqliteDb};
use std::path::{Path, PathBuf};

pub fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn db_from_sql(sql: &str) -> SqliteDb {
    let mut db = SqliteDb::open_in_memory().expect("in-memory SQLite");
    db.execute_batch(sql)
        .unwrap_or_else(|e| panic!("setup SQL failed: {e}\n{sql}"));
    db
}

pub fn updating() -> bool {
    std::env::var_os("UPDATE_EXPECT").is_some()
}

/// Compares `actual` with the file at `path`; rewrites it under `UPDATE_EXPECT=1`.
/// Returns a description of the difference instead of panicking, so a suite can report
/// every case at once.
pub fn check_file(path: &Path, actual: &str) -> Result<(), String> {
    let expected = std::fs::read_to_string(path).unwrap_or_default();
    if expected == actual {
        return Ok(());
    }
    if updating() {
        std::fs::write(path, actual).expect("write expectation");
        return Ok(());
    }
    Err(format!("{}\n{}", path.display(), diff(&expected, actual)))
}

/// A small line diff (`-` expected, `+` actual) good enough for schema files.
pub fn diff(expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    let mut out = String::new();
    let n = e.len().max(a.len());
    for i in 0..n {
        match (e.get(i), a.get(i)) {
            (Some(x), Some(y)) if x == y => {}
            (x, y) => {
                if let Some(x) = x {
                    out.push_str(&format!("-{x}\n"));
                }
                if let Some(y) = y {
                    out.push_str(&format!("+{y}\n"));
                }
            }
        }
    }
    if out.is_empty() {
        out = format!("(whitespace differs: {:?} vs {:?})\n", expected, actual);
    }
    out
}
