//! Round trip: schema → calculate → migration from empty → SQLite → `db pull` → the pulled
//! schema validates and calculates to what the database describes as (an empty diff), both
//! freshly and when re-introspecting with the original schema. Schemas: `tests/roundtrip/`
//! and every valid schema of `crates/sql-schema/tests/`. Outcomes per schema are recorded
//! in `roundtrip.expected.txt` (ours; `UPDATE_EXPECT=1`), so a known drift stays visible.

mod common;

use common::*;
use seedbed_db::{Db, SqliteDb};
use seedbed_sql_schema::{SqlSchema, calculate, describe, diff};
use std::path::PathBuf;

fn schemas() -> Vec<PathBuf> {
    let root = crate_dir();
    let mut out = Vec::new();
    for dir in [
        root.join("tests/roundtrip"),
        root.join("../sql-schema/tests/schemas"),
        root.join("../sql-schema/tests/prisma/migrate_diff"),
        root.join("../sql-schema/tests/prisma"),
    ] {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut files: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "prisma"))
            .collect();
        files.sort();
        out.extend(files);
    }
    out
}

fn outcome(source: &str) -> Option<String> {
    let validated = seedbed_psl::parse_and_validate(source);
    if validated.has_errors() {
        return None;
    }
    let calculated = calculate(&validated);
    let mut db = SqliteDb::open_in_memory().unwrap();
    let script = diff(&SqlSchema::default(), &calculated).script();
    if let Err(e) = db.execute_batch(&script) {
        return Some(format!(
            "setup rejected: {}",
            e.message.lines().next().unwrap_or("")
        ));
    }
    let described = describe(&mut db).unwrap();
    let mut notes = Vec::new();
    for (label, previous) in [("fresh", None), ("re-introspected", Some(source))] {
        let pulled = seedbed_introspect::introspect(&described, previous);
        if pulled.is_empty() {
            notes.push(format!("{label}: empty"));
            continue;
        }
        let again = seedbed_psl::parse_and_validate(&pulled.schema);
        if again.has_errors() {
            let first = again
                .errors()
                .next()
                .map(|d| d.message.clone())
                .unwrap_or_default();
            notes.push(format!(
                "{label}: pulled schema invalid: {}",
                first.lines().next().unwrap_or("")
            ));
            continue;
        }
        let recalculated = calculate(&again);
        let steps = diff(&described, &recalculated);
        if steps.is_empty() {
            notes.push(format!("{label}: ok"));
        } else {
            notes.push(format!("{label}: drift\n{}", steps.summary().trim_end()));
        }
        // Pulling the pulled schema again changes nothing (a fixed point).
        let second = seedbed_introspect::introspect(&described, Some(&pulled.schema));
        if second.schema != pulled.schema {
            notes.push(format!(
                "{label}: second pull differs\n{}",
                diff_text(&pulled.schema, &second.schema)
            ));
        }
    }
    Some(notes.join("\n"))
}

fn diff_text(a: &str, b: &str) -> String {
    common::diff(a, b)
}

#[test]
fn roundtrip() {
    let mut report = String::new();
    let root = crate_dir();
    for path in schemas() {
        let source = std::fs::read_to_string(&path).unwrap();
        let Some(result) = outcome(&source) else {
            continue;
        };
        let shown = path
            .strip_prefix(&root)
            .unwrap_or(&path)
            .display()
            .to_string();
        report.push_str(&format!("## {shown}\n{result}\n"));
    }
    if let Err(e) = check_file(&crate_dir().join("tests/roundtrip.expected.txt"), &report) {
        panic!("{e}");
    }
}
