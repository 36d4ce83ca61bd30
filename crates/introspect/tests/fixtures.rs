//! Our own fixtures: `tests/cases/<name>.sql` (optionally `<name>.previous.prisma` for
//! re-introspection, and a `-- preview_features=views` first line) → `db pull --print`
//! stdout and stderr in `<name>.expected.txt`. These expectations are ours (reviewed, not
//! recorded from Prisma): `UPDATE_EXPECT=1` rewrites them.

mod common;

use common::*;
use seedbed_introspect::{PullOptions, db_pull_with};

fn minimal(sql: &str) -> String {
    let views = sql
        .lines()
        .next()
        .is_some_and(|l| l.contains("preview_features=views"));
    let generator = if views {
        "generator client {\n  provider        = \"prisma-client-js\"\n  previewFeatures = [\"views\"]\n}\n\n"
    } else {
        ""
    };
    format!(
        "{generator}datasource db {{\n  provider = \"sqlite\"\n  url      = \"file:./dev.db\"\n}}\n"
    )
}

/// Runs one fixture and returns the text compared with `<name>.expected.txt`.
fn run(name: &str) -> String {
    let dir = crate_dir().join("tests/cases");
    let sql = std::fs::read_to_string(dir.join(format!("{name}.sql"))).unwrap();
    let mut db = db_from_sql(&sql);
    let previous = std::fs::read_to_string(dir.join(format!("{name}.previous.prisma")))
        .unwrap_or_else(|_| minimal(&sql));
    let options = PullOptions {
        schema_path: "schema.prisma".into(),
        print: true,
        ..PullOptions::default()
    };
    let outcome = db_pull_with(&mut db, Some(&previous), &options);
    let mut text = format!(
        "exit: {}\n--- stdout\n{}--- stderr\n{}",
        outcome.exit_code, outcome.stdout, outcome.stderr
    );
    if let Some(result) = &outcome.introspection {
        // Whatever we print must be a valid schema (re-introspection depends on it).
        let validated = seedbed_psl::parse_and_validate(&result.schema);
        let errors: Vec<String> = validated.errors().map(|d| d.message.clone()).collect();
        if !errors.is_empty() {
            text.push_str(&format!("--- validation errors\n{}\n", errors.join("\n")));
        }
        for (view, definition) in &result.view_definitions {
            text.push_str(&format!("--- views/main/{view}.sql\n{definition}\n"));
        }
    }
    text
}

#[test]
fn fixtures() {
    let dir = crate_dir().join("tests/cases");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            e.file_name()
                .to_string_lossy()
                .strip_suffix(".sql")
                .map(str::to_owned)
        })
        .collect();
    names.sort();
    assert!(!names.is_empty());
    let failures: Vec<String> = names
        .iter()
        .filter_map(|n| check_file(&dir.join(format!("{n}.expected.txt")), &run(n)).err())
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
