//! The real `prisma migrate diff` outputs of 6.19.3 (`prisma/migrate_diff`, copied from the
//! captures, never rewritten): calculate `base.prisma` and `<case>.prisma`, diff, render,
//! and compare byte for byte with `<case>.sql` (the `--script` output) and
//! `<case>.summary.txt`. `defaults` and `mn2` are diffed from empty against
//! `<case>_from_empty.sql`.

mod common;

use seedbed_sql_schema::{SqlSchema, calculate, diff};
use std::path::Path;

/// The text the CLI printed around the engine's output: an optional config banner, then
/// a blank line, the output, and a final newline.
fn cli_output(text: &str) -> &str {
    let text = text
        .strip_prefix("Loaded Prisma config from prisma.config.ts.\n")
        .unwrap_or(text);
    let text = text.strip_prefix('\n').unwrap_or(text);
    text.strip_suffix('\n').unwrap_or(text)
}

fn calculate_file(path: &Path) -> SqlSchema {
    let validated = seedbed_psl::parse_and_validate(&common::read(path));
    assert!(
        !validated.has_errors(),
        "{}: {:#?}",
        path.display(),
        validated.diagnostics
    );
    calculate(&validated)
}

#[test]
fn migrate_diff_cases() {
    let dir = common::fixtures("prisma/migrate_diff");
    let base = calculate_file(&dir.join("base.prisma"));
    let empty = SqlSchema::default();
    let mut failures = Vec::new();
    let mut compared = 0;
    for (stem, path) in common::cases("prisma/migrate_diff", ".prisma") {
        if stem == "base" {
            continue;
        }
        let next = calculate_file(&path);
        let (previous, sql_path) = match dir.join(format!("{stem}.sql")) {
            p if p.exists() => (&base, p),
            _ => (&empty, dir.join(format!("{stem}_from_empty.sql"))),
        };
        let migration = diff(previous, &next);
        if sql_path.exists() {
            compared += 1;
            let expected = common::read(&sql_path);
            let expected = cli_output(&expected);
            // The CLI ends the empty-migration line with a newline of its own.
            let actual = migration.script();
            if expected != actual && expected != format!("{actual}\n") {
                failures.push(format!(
                    "{stem}.sql\n--- expected\n{expected}\n--- actual\n{actual}"
                ));
            }
        }
        let summary_path = dir.join(format!("{stem}.summary.txt"));
        if summary_path.exists() {
            compared += 1;
            let expected = common::read(&summary_path);
            let actual = migration.summary();
            if cli_output(&expected) != actual {
                failures.push(format!(
                    "{stem}.summary.txt\n--- expected\n{expected}\n--- actual\n{actual}"
                ));
            }
        }
    }
    eprintln!(
        "migrate diff: {} of {compared} captured outputs match",
        compared - failures.len()
    );
    common::report(failures, compared);
}

/// Prisma's own single-migration test for SQLite (`single_migration_tests/sqlite/
/// constraint_names_basic.prisma`): the schema, then the expected script as `// ` lines.
#[test]
fn single_migration_test() {
    let text = common::read(&common::fixtures(
        "prisma/sqlite__constraint_names_basic.prisma",
    ));
    let (schema, expected) = text.split_once("// Expected Migration:\n").expect("marker");
    let expected: String = expected
        .lines()
        .map(|l| {
            l.strip_prefix("// ")
                .or_else(|| l.strip_prefix("//"))
                .unwrap_or(l)
        })
        .map(|l| format!("{l}\n"))
        .collect();
    let validated = seedbed_psl::parse_and_validate(schema);
    assert!(!validated.has_errors(), "{:#?}", validated.diagnostics);
    let next = calculate(&validated);
    let empty = SqlSchema::default();
    assert_eq!(diff(&empty, &next).script(), expected);
}
