//! Properties of calculated schemas on real databases, recorded per case in
//! `prisma_roundtrip.expected.txt` (rewritten by `UPDATE_EXPECT=1`, so a change of outcome
//! shows up in review):
//!
//! - the diff of a calculated schema with itself is empty;
//! - after applying `diff(empty, X)`, describing the database and diffing it against X
//!   finds nothing (no false drift);
//! - for every captured `migrate diff` case C: a database built from `base.prisma`, migrated
//!   with the rendered `diff(base, C)`, describes as C, and back again.
//!
//! Where SQLite or Prisma's own output gets in the way, the expectation file says how.

mod common;

use seedbed_db::{Db, SqliteDb};
use seedbed_sql_schema::differ::DifferDatabase;
use seedbed_sql_schema::{Pair, SqlSchema, calculate, describe, diff};
use std::fmt::Write as _;
use std::path::PathBuf;

fn calculate_file(path: &std::path::Path) -> SqlSchema {
    let validated = seedbed_psl::parse_and_validate(&common::read(path));
    assert!(
        !validated.has_errors(),
        "{}: {:#?}",
        path.display(),
        validated.diagnostics
    );
    calculate(&validated)
}

/// Migrates `db` from `from` to `to`, then says whether the result describes as `to`.
fn migrate_and_compare(db: &mut SqliteDb, from: &SqlSchema, to: &SqlSchema) -> String {
    let script = diff(from, to).script();
    if let Err(e) = db.execute_batch(&script) {
        let first_line = e.message.lines().next().unwrap_or_default();
        return format!("SQLite rejects the script: {first_line}");
    }
    let described = match describe(db) {
        Ok(s) => s,
        Err(e) => return format!("describe failed: {e}"),
    };
    let drift = diff(&described, to);
    if drift.is_empty() {
        "ok".to_owned()
    } else {
        format!(
            "drift:{}    because {}",
            drift.summary().replace('\n', "\n    "),
            changed_columns(&described, to)
        )
    }
}

#[test]
fn prisma_roundtrip() {
    let mut schemas: Vec<(String, PathBuf)> = common::cases("prisma/migrate_diff", ".prisma");
    schemas.extend(common::cases("schemas", ".prisma"));
    let empty = SqlSchema::default();
    let mut out = String::new();
    for (name, path) in &schemas {
        let schema = calculate_file(path);
        let self_diff = if diff(&schema, &schema).is_empty() {
            "empty"
        } else {
            "NOT EMPTY"
        };
        let mut db = SqliteDb::open_in_memory().unwrap();
        let outcome = migrate_and_compare(&mut db, &empty, &schema);
        let _ = writeln!(out, "{name}: self-diff {self_diff}; from empty: {outcome}");
    }
    let dir = common::fixtures("prisma/migrate_diff");
    let base = calculate_file(&dir.join("base.prisma"));
    for (name, path) in common::cases("prisma/migrate_diff", ".prisma") {
        if name == "base" || !dir.join(format!("{name}.sql")).exists() {
            continue;
        }
        let case = calculate_file(&path);
        let mut db = SqliteDb::open_in_memory().unwrap();
        db.execute_batch(&diff(&empty, &base).script()).unwrap();
        let forward = migrate_and_compare(&mut db, &base, &case);
        let back = migrate_and_compare(&mut db, &case, &base);
        let _ = writeln!(out, "base → {name}: {forward}; back: {back}");
    }
    common::report(
        common::expect_file(&common::fixtures("prisma_roundtrip.expected.txt"), &out)
            .err()
            .into_iter()
            .collect(),
        1,
    );
}

/// The column pairs that differ, with how, to explain a drift.
fn changed_columns(previous: &SqlSchema, next: &SqlSchema) -> String {
    let db = DifferDatabase::new(Pair::new(previous, next));
    let mut out = Vec::new();
    for tables in db.table_pairs() {
        for cols in db.column_pairs(tables) {
            let changes = db.column_changes(cols);
            if changes.differs_in_something() {
                let walkers = Pair::new(previous, next).walk(cols);
                out.push(format!(
                    "{}.{}: {:?} → {:?} ({changes:?})",
                    walkers.previous.table().name(),
                    walkers.previous.name(),
                    (walkers.previous.family(), walkers.previous.default()),
                    (walkers.next.family(), walkers.next.default()),
                ));
            }
        }
    }
    out.join("; ")
}
