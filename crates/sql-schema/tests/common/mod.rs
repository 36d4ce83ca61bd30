//! Helpers shared by the data-driven suites: fixture paths, expectation files that
//! `UPDATE_EXPECT=1` rewrites, and in-memory databases.

#![allow(dead_code)] // Each suite uses a different subset.

use seedbed_db::{Db, SqliteDb};
use std::path::{Path, PathBuf};

pub fn fixtures(dir: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(dir)
}

/// Files of `dir` ending in `suffix`, sorted, as (stem, path).
pub fn cases(dir: &str, suffix: &str) -> Vec<(String, PathBuf)> {
    let mut out: Vec<(String, PathBuf)> = std::fs::read_dir(fixtures(dir))
        .expect("fixture dir")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter_map(|p| {
            let name = p.file_name()?.to_str()?.to_owned();
            let stem = name.strip_suffix(suffix)?.to_owned();
            Some((stem, p))
        })
        .collect();
    out.sort();
    out
}

pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Compares `actual` with the file at `path`; `UPDATE_EXPECT=1` rewrites the file instead.
/// Returns a failure description rather than panicking so a suite can report every case.
pub fn expect_file(path: &Path, actual: &str) -> Result<(), String> {
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(path, actual).expect("write expectation");
        return Ok(());
    }
    let expected = std::fs::read_to_string(path).unwrap_or_default();
    if expected == actual {
        Ok(())
    } else {
        Err(format!(
            "{} differs (UPDATE_EXPECT=1 to accept)\n--- expected\n{expected}\n--- actual\n{actual}",
            path.display()
        ))
    }
}

pub fn db_with(sql: &str) -> SqliteDb {
    let mut db = SqliteDb::open_in_memory().expect("in-memory db");
    db.execute_batch(sql)
        .unwrap_or_else(|e| panic!("setup SQL failed: {e}\n{sql}"));
    db
}

/// Panics with every failure at once, so one run shows the whole picture.
pub fn report(failures: Vec<String>, total: usize) {
    if !failures.is_empty() {
        panic!(
            "{} of {total} cases failed:\n\n{}",
            failures.len(),
            failures.join("\n\n")
        );
    }
}
