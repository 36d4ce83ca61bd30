//! The destructive-change checks against data, compared with the real `prisma db push`
//! transcript (`prisma/db_push_transcript.txt`, captured from 6.19.3): the counted
//! unexecutable steps of step 2, the counted warning of steps 3/4, and the `sqlite_master`
//! text SQLite keeps after step 4's `ADD COLUMN`.

mod common;

use seedbed_db::{Db, Value};
use seedbed_sql_schema::{describe, diff};

/// The `  • …` lines of the transcript section whose title starts with `## {number})`.
fn bullets(transcript: &str, number: &str) -> Vec<String> {
    let start = format!("## {number})");
    transcript
        .split("\n## ")
        .map(|s| format!("## {s}"))
        .find(|s| s.starts_with(&start))
        .expect("section")
        .lines()
        .filter_map(|l| l.strip_prefix("  • ").map(str::to_owned))
        .collect()
}

#[test]
fn counted_checks_match_the_transcript() {
    let transcript = common::read(&common::fixtures("prisma/db_push_transcript.txt"));
    let text = common::read(&common::fixtures("db_push/schemas.sql"));
    let sections: Vec<&str> = text.split("\n-- ===\n").collect();
    let mut db = common::db_with(sections[0]);
    let current = describe(&mut db).unwrap();

    // Step 2: both steps are unexecutable on this data (and the drop warns too).
    let target = describe(&mut common::db_with(sections[1])).unwrap();
    let migration = diff(&current, &target);
    let checked = migration.check(&mut db).unwrap();
    let unexecutable: Vec<String> = checked
        .unexecutable
        .iter()
        .map(|d| d.description.clone())
        .collect();
    assert_eq!(unexecutable, bullets(&transcript, "2"));

    // Steps 3 and 4: only the data-loss warning remains.
    let target = describe(&mut common::db_with(sections[2])).unwrap();
    let migration = diff(&current, &target);
    let checked = migration.check(&mut db).unwrap();
    assert!(checked.unexecutable.is_empty(), "{checked:?}");
    let warnings: Vec<String> = checked
        .warnings
        .iter()
        .map(|d| d.description.clone())
        .collect();
    assert_eq!(warnings, bullets(&transcript, "3"));
    assert_eq!(warnings, bullets(&transcript, "4"));

    // Pushing with --accept-data-loss: the table text SQLite keeps after ADD COLUMN.
    db.execute_batch(&migration.script()).unwrap();
    let rows = db
        .query(
            "SELECT sql FROM sqlite_master WHERE name = ?1",
            &[Value::from("User")],
        )
        .unwrap();
    let stored = rows.rows[0][0].as_str().unwrap().to_owned();
    let captured = transcript
        .split("after ADD COLUMN")
        .nth(1)
        .and_then(|s| s.split_once('\n'))
        .map(|(_, rest)| rest.trim_end().to_owned())
        .unwrap();
    // The captured run went through libsql, which stores `IF NOT EXISTS`.
    assert_eq!(stored + ";", captured.replace("IF NOT EXISTS ", ""));
}

#[test]
fn pure_checks_use_the_hypothetical_texts() {
    let text = common::read(&common::fixtures("db_push/schemas.sql"));
    let sections: Vec<&str> = text.split("\n-- ===\n").collect();
    let current = describe(&mut common::db_with(sections[0])).unwrap();
    let target = describe(&mut common::db_with(sections[1])).unwrap();
    let migration = diff(&current, &target);
    let pure = migration.pure_check();
    let header = seedbed_sql_schema::render::render_warnings_header(&pure);
    assert_eq!(
        header,
        "/*\n  Warnings:\n\n  - You are about to drop the `Post` table. If the table is not empty, all the data it contains will be lost.\n  - Added the required column `age` to the `User` table without a default value. This is not possible if the table is not empty.\n  - Made the column `name` on table `User` required. This step will fail if there are existing NULL values in that column.\n\n*/\n"
    );
}

/// The worker may hold its database as a trait object.
#[test]
fn works_through_dyn_db() {
    let mut db = common::db_with("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)");
    let db: &mut dyn Db = &mut db;
    let schema = describe(db).unwrap();
    assert_eq!(schema.tables.len(), 1);
    let empty = seedbed_sql_schema::SqlSchema::default();
    let checked = diff(&schema, &empty).check(db).unwrap();
    assert!(
        checked.is_empty(),
        "an empty table drops without warning: {checked:?}"
    );
}

/// `migrate dev` writes the pure-check warnings above the script (the 2020 fixture's form).
#[test]
fn migration_file_has_the_warnings_header() {
    let text = common::read(&common::fixtures("db_push/schemas.sql"));
    let sections: Vec<&str> = text.split("\n-- ===\n").collect();
    let current = describe(&mut common::db_with(sections[0])).unwrap();
    let target = describe(&mut common::db_with(sections[2])).unwrap();
    let file = diff(&current, &target).migration_file();
    assert_eq!(
        file,
        "/*\n  Warnings:\n\n  - You are about to drop the `Post` table. If the table is not empty, all the data it contains will be lost.\n\n*/\n-- AlterTable\nALTER TABLE \"User\" ADD COLUMN \"age\" INTEGER;\n\n-- DropTable\nPRAGMA foreign_keys=off;\nDROP TABLE \"Post\";\nPRAGMA foreign_keys=on;\n"
    );
}
