//! The real Prisma 6.19.3 `db pull` captures (`tests/prisma/`, copied from
//! `prisma-samples/captured_cli_6.19.3/db_pull`): first introspection and re-introspection
//! with a renamed model and field and the views preview feature. Byte-for-byte.

mod common;

use common::*;
use seedbed_introspect::{PullOptions, db_pull_with, introspect};

fn sample_db() -> seedbed_db::SqliteDb {
    let sql =
        std::fs::read_to_string(crate_dir().join("tests/prisma/intro_db_schema.sql")).unwrap();
    // `sqlite_sequence` is SQLite's own table (created by AUTOINCREMENT); it cannot be created.
    let sql: String = sql
        .lines()
        .filter(|l| !l.starts_with("CREATE TABLE sqlite_sequence"))
        .map(|l| format!("{l}\n"))
        .collect();
    db_from_sql(&sql)
}

const MINIMAL: &str =
    "datasource db {\n  provider = \"sqlite\"\n  url      = \"file:./intro.db\"\n}\n";

#[test]
fn first_introspection_matches_prisma() {
    let mut db = sample_db();
    let sql = seedbed_sql_schema::describe(&mut db).unwrap();
    let result = introspect(&sql, Some(MINIMAL));
    let expected =
        std::fs::read_to_string(crate_dir().join("tests/prisma/first_introspection.prisma"))
            .unwrap();
    assert_eq!(
        result.schema,
        expected,
        "\n{}",
        diff(&expected, &result.schema)
    );
    assert_eq!(result.models, 5);
}

#[test]
fn first_introspection_console_matches_prisma() {
    let mut db = sample_db();
    let options = PullOptions {
        schema_path: "prisma/intro.prisma".into(),
        clock: clock_195ms_per_call,
        ..PullOptions::default()
    };
    let outcome = db_pull_with(&mut db, Some(MINIMAL), &options);
    let expected = "- Introspecting based on datasource defined in prisma/intro.prisma
✔ Introspected 5 models and wrote them into prisma/intro.prisma in 195ms
      
*** WARNING ***

The following models were ignored as they do not have a valid unique identifier or id. This is currently not supported by Prisma Client:
  - \"tags\"

These fields are not supported by Prisma Client, because Prisma currently does not support their types:
  - Model: \"user_accounts\", field: \"meta\", original data type: \"json\"
  - Model: \"user_accounts\", field: \"weird\", original data type: \"geometry\"

Run prisma generate to generate Prisma Client.

";
    assert_eq!(
        outcome.stdout,
        expected,
        "\n{}",
        diff(expected, &outcome.stdout)
    );
    assert_eq!(outcome.exit_code, 0);
}

#[test]
fn reintrospection_keeps_renames_and_adds_views() {
    let mut db = sample_db();
    let sql = seedbed_sql_schema::describe(&mut db).unwrap();
    let input = std::fs::read_to_string(crate_dir().join("tests/prisma/reintrospect_input.prisma"))
        .unwrap();
    let result = introspect(&sql, Some(&input));
    let expected =
        std::fs::read_to_string(crate_dir().join("tests/prisma/reintrospected_with_views.prisma"))
            .unwrap();
    assert_eq!(
        result.schema,
        expected,
        "\n{}",
        diff(&expected, &result.schema)
    );
    let warnings = result.warnings_text().unwrap();
    assert!(warnings.contains("These fields were enriched with `@map` information taken from the previous Prisma schema:\n  - Model: \"UserAccount\", field: \"firstName\""), "{warnings}");
    assert!(warnings.contains("These models were enriched with `@@map` information taken from the previous Prisma schema:\n  - \"bad_name\"\n  - \"UserAccount\"\n"), "{warnings}");
    assert_eq!(result.view_definitions.len(), 1);
}

/// A clock that advances 195 ms per reading, so one pull reports "in 195ms" as captured.
fn clock_195ms_per_call() -> u64 {
    thread_local!(static NOW: std::cell::Cell<u64> = const { std::cell::Cell::new(0) });
    NOW.with(|now| {
        let t = now.get();
        now.set(t + 195);
        t
    })
}
