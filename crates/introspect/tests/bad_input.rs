//! Hostile and large inputs: a file that is not SQLite, a truncated database, a thousand
//! tables, an invalid previous schema (refused unless `--force`), garbage schema text.
//! Nothing panics; errors are values with messages.

mod common;

use common::*;
use seedbed_db::SqliteDb;
use seedbed_introspect::{PullOptions, db_pull, db_pull_with, introspect};

#[test]
fn not_a_database_is_an_error() {
    let mut db = SqliteDb::open_in_memory().unwrap();
    // Importing garbage either fails up front or leaves a database that fails to describe.
    if db
        .import_bytes(b"this is not an SQLite file at all, just text")
        .is_ok()
    {
        let outcome = db_pull(&mut db, None, false, false);
        assert_eq!(outcome.exit_code, 1);
        assert!(outcome.stderr.starts_with("Error: "), "{}", outcome.stderr);
    }
}

#[test]
fn truncated_database_is_an_error_or_partial() {
    let mut db = db_from_sql(
        &(0..50)
            .map(|i| format!("CREATE TABLE t{i} (id INTEGER PRIMARY KEY, v TEXT);"))
            .collect::<String>(),
    );
    let bytes = db.export_bytes().unwrap();
    for cut in [100, 512, 4096, bytes.len() / 2, bytes.len() - 1] {
        let mut broken = SqliteDb::open_in_memory().unwrap();
        if broken.import_bytes(&bytes[..cut.min(bytes.len())]).is_err() {
            continue;
        }
        let outcome = db_pull(&mut broken, None, false, true);
        assert!(outcome.exit_code == 0 || outcome.stderr.starts_with("Error: "));
    }
}

#[test]
fn a_thousand_tables() {
    let mut sql = String::new();
    for i in 0..1000 {
        sql.push_str(&format!(
            "CREATE TABLE \"t {i}\" (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, prev INTEGER REFERENCES \"t {}\"(id));\n",
            if i == 0 { 999 } else { i - 1 }
        ));
    }
    let mut db = db_from_sql(&sql);
    let outcome = db_pull(&mut db, None, false, true);
    assert_eq!(outcome.exit_code, 0);
    let result = outcome.introspection.unwrap();
    assert_eq!(result.models, 1000);
    assert!(result.schema.contains("model t_999 {"));
    assert!(result.schema.contains("@@map(\"t 999\")"));
    assert!(!seedbed_psl::parse_and_validate(&result.schema).has_errors());
}

#[test]
fn invalid_previous_schema_is_refused_unless_forced() {
    let mut db = db_from_sql("CREATE TABLE a (id INTEGER PRIMARY KEY);");
    let broken = "datasource db {\n  provider = \"sqlite\"\n  url      = \"file:./dev.db\"\n}\n\nmodel A {\n  id Int @id\n  b  Nope\n}\n";
    let refused = db_pull(&mut db, Some(broken), false, false);
    assert_eq!(refused.exit_code, 1);
    assert!(refused.schema_text.is_none());
    assert!(
        refused
            .stderr
            .contains("Introspection failed as your current Prisma schema file is invalid")
    );
    assert!(refused.stderr.contains("--force"));
    let forced = db_pull(&mut db, Some(broken), true, false);
    assert_eq!(forced.exit_code, 0, "{}", forced.stderr);
    let text = forced.schema_text.unwrap();
    assert!(text.contains("model a {"), "{text}");
    assert!(!text.contains("model A"), "{text}");
    assert!(text.contains("url      = \"file:./dev.db\""));
}

#[test]
fn garbage_previous_schema_never_panics() {
    let mut db = db_from_sql(
        "CREATE TABLE a (id INTEGER PRIMARY KEY, b_id INTEGER REFERENCES b(id));\nCREATE TABLE b (id INTEGER PRIMARY KEY);",
    );
    let sql = seedbed_sql_schema::describe(&mut db).unwrap();
    for previous in [
        "",
        "model",
        "model a { id Int @id @map(\"id\") b b @relation(fields: [nope], references: [id]) }",
        "model a {\n id Int @id\n b_id Int\n x b @relation(fields: [b_id], references: [id])\n}\nmodel b { id Int @id\n a a[] }\nmodel a { dup Int }",
        "datasource db { provider = \"sqlite\" url = \"file:x\" relationMode = \"prisma\" }\nmodel a { id Int @id\n rel b @relation(fields: [id], references: [missing]) }",
        "\u{0}\u{1}\u{2}{{{{}}}}",
    ] {
        let _ = introspect(&sql, Some(previous));
        let options = PullOptions {
            force: true,
            ..PullOptions::default()
        };
        let _ = db_pull_with(&mut db, Some(previous), &options);
    }
}

#[test]
fn hand_built_schemas_with_dangling_ids_never_panic() {
    use seedbed_sql_schema::*;
    let mut schema = SqlSchema::default();
    let t = schema.push_table("t");
    let c = schema.push_column(Column {
        table: t,
        name: "a".into(),
        tpe: ColumnType {
            family: ColumnTypeFamily::Int,
            full_data_type: "integer".into(),
            arity: ColumnArity::Required,
        },
        default: None,
        auto_increment: false,
    });
    // A foreign key to a table that does not exist, and an empty one.
    schema.push_foreign_key(ForeignKey {
        table: t,
        constraint_name: None,
        referenced_table: TableId(42),
        columns: vec![c],
        referenced_columns: vec![c],
        on_delete: ForeignKeyAction::NoAction,
        on_update: ForeignKeyAction::NoAction,
    });
    schema.push_foreign_key(ForeignKey {
        table: t,
        constraint_name: None,
        referenced_table: t,
        columns: vec![],
        referenced_columns: vec![],
        on_delete: ForeignKeyAction::NoAction,
        on_update: ForeignKeyAction::NoAction,
    });
    let result = introspect(&schema, None);
    assert!(result.schema.contains("model t {"));
}

/// Console text outside `--print`, checked with the real CLI (its "Prisma schema loaded
/// from…" and "Datasource…" header lines are the shell's).
#[test]
fn console_text_without_print() {
    let options = PullOptions {
        schema_path: "schema.prisma".into(),
        ..PullOptions::default()
    };
    let mut empty = SqliteDb::open_in_memory().unwrap();
    let outcome = db_pull_with(&mut empty, None, &options);
    assert_eq!(
        outcome.stdout,
        "- Introspecting based on datasource defined in schema.prisma\n✖ Introspecting based on datasource defined in schema.prisma\n"
    );
    assert!(outcome.stderr.starts_with("Error: \nP4001 "));
    let invalid = "datasource db {\n  provider = \"sqlite\"\n  url      = \"file:./dev.db\"\n}\n\nmodel User {\n  id Int @id\n  x  Strin\n}\n";
    let mut db = db_from_sql("CREATE TABLE a (id INTEGER PRIMARY KEY);");
    let outcome = db_pull_with(&mut db, Some(invalid), &options);
    assert_eq!(
        outcome.stdout,
        "- Introspecting based on datasource defined in schema.prisma\n✖ Introspecting based on datasource defined in schema.prisma\n\n"
    );
    let expected_stderr = "Error: P1012\n\nerror: Type \"Strin\" is neither a built-in type, nor refers to another model, composite type, or enum.\n  -->  schema.prisma:8\n   | \n 7 |   id Int @id\n 8 |   x  Strin\n   | \n\n\nIntrospection failed as your current Prisma schema file is invalid\n\nPlease fix your current schema manually (using either prisma validate or the Prisma VS Code extension to understand what's broken and confirm you fixed it), and then run this command again.\nOr run this command with the --force flag to ignore your current schema and overwrite it. All local modifications will be lost.\n\n";
    assert_eq!(
        outcome.stderr,
        expected_stderr,
        "\n{}",
        diff(expected_stderr, &outcome.stderr)
    );
}
