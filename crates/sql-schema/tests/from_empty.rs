//! Captured Prisma SQL → SQLite → describe → diff from empty → render.
//!
//! Each `from_empty/<case>.sql` is real Prisma output (copied, never rewritten); applying it
//! and diffing the described database from an empty one should give it back, except where
//! a described database legitimately says more or less than a Prisma schema (see
//! `from_empty/README.md`). `<case>.described.sql` holds our output.

mod common;

use seedbed_db::{Db, SqliteDb};
use seedbed_sql_schema::{SqlSchema, describe, diff};

/// The script inside a captured CLI output: no config banner, no surrounding blank lines.
pub fn captured_script(text: &str) -> String {
    let text = text
        .strip_prefix("Loaded Prisma config from prisma.config.ts.\n")
        .unwrap_or(text);
    text.trim_matches('\n').to_owned()
}

#[test]
fn from_empty() {
    let cases: Vec<_> = common::cases("from_empty", ".sql")
        .into_iter()
        .filter(|(stem, _)| !stem.contains('.'))
        .collect();
    let mut failures = Vec::new();
    for (stem, path) in &cases {
        let captured = captured_script(&common::read(path));
        let actual = describe_and_render(&captured);
        let expected_path = path.with_file_name(format!("{stem}.described.sql"));
        if let Err(e) = common::expect_file(&expected_path, &actual) {
            failures.push(e);
        }
    }
    common::report(failures, cases.len());
}

fn describe_and_render(script: &str) -> String {
    let mut db = SqliteDb::open_in_memory().expect("db");
    // Some Prisma output is not valid SQLite (`DEFAULT {}` for Json): record that.
    if let Err(e) = db.execute_batch(script) {
        return format!("/* SQLite rejects this script: {e} */\n");
    }
    let described = describe(&mut db).expect("describe");
    let empty = SqlSchema::default();
    let migration = diff(&empty, &described);
    let mut out = migration.script();
    out.push_str("\n/* summary\n");
    out.push_str(&migration.summary());
    out.push_str("*/\n");
    out
}
