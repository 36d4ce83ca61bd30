//! Cases ported from Prisma's engine tests (see `upstream/README.md`): the expected SQLite
//! script byte for byte, then "pushing twice gives no steps": after applying the script the
//! database describes exactly as the target.

mod common;

use seedbed_db::{Db, SqliteDb};
use seedbed_sql_schema::{SqlSchema, calculate, describe, diff};

/// The lines after `-- {name}` up to the next section line, if the section exists.
fn section(text: &str, name: &str) -> Option<String> {
    const SECTIONS: &[&str] = &["-- from", "-- from-sql", "-- to", "-- expected"];
    let mut lines = text
        .lines()
        .skip_while(|l| *l != format!("-- {name}"))
        .skip(1)
        .peekable();
    lines.peek()?;
    Some(
        lines
            .take_while(|l| !SECTIONS.contains(l))
            .map(|l| format!("{l}\n"))
            .collect(),
    )
}

fn calc(source: &str) -> SqlSchema {
    let validated = seedbed_psl::parse_and_validate(source);
    assert!(!validated.has_errors(), "{:#?}", validated.diagnostics);
    calculate(&validated)
}

#[test]
fn upstream_cases() {
    let cases: Vec<_> = common::cases("upstream", ".txt");
    let mut failures = Vec::new();
    for (stem, path) in &cases {
        let text = common::read(path);
        let mut db = SqliteDb::open_in_memory().unwrap();
        let previous = match (section(&text, "from"), section(&text, "from-sql")) {
            (_, Some(sql)) => {
                db.execute_batch(&sql).unwrap();
                describe(&mut db).unwrap()
            }
            (Some(from), None) if !from.trim().is_empty() => {
                let schema = calc(&from);
                db.execute_batch(&diff(&SqlSchema::default(), &schema).script())
                    .unwrap();
                schema
            }
            _ => SqlSchema::default(),
        };
        let next = calc(&section(&text, "to").expect("to"));
        let expected = section(&text, "expected").expect("expected");
        let script = diff(&previous, &next).script();
        if script.trim_end() != expected.trim_end() {
            failures.push(format!(
                "{stem}: script\n--- expected\n{expected}\n--- actual\n{script}"
            ));
            continue;
        }
        db.execute_batch(&script).unwrap();
        let described = describe(&mut db).unwrap();
        let again = diff(&described, &next);
        if !again.is_empty() {
            failures.push(format!(
                "{stem}: pushing twice gives steps:\n{}",
                again.script()
            ));
        }
    }
    common::report(failures, cases.len());
}

/// `evaluate_data_loss_tests.rs::evaluate_data_loss_maps_warnings_to_the_right_steps`
/// (sqlite expectations: the drop warning and the unexecutable step both on step 1, the
/// RedefineTables after Hyena's CreateTable).
#[test]
fn evaluate_data_loss_maps_warnings_to_the_right_steps() {
    let ds = "datasource db {\n  provider = \"sqlite\"\n  url = \"file:./dev.db\"\n}\n";
    let dm1 = format!(
        "{ds}model Cat {{\n  id Int @id\n  name String\n}}\nmodel Dog {{\n  id Int @id\n  name String\n}}\n"
    );
    let dm2 = format!(
        "{ds}model Hyena {{\n  id Int @id\n  name String\n}}\nmodel Cat {{\n  id Int @id\n}}\n\
         model Dog {{\n  id Int @id\n  name String\n  isGoodDog BetterBoolean\n}}\nenum BetterBoolean {{\n  YES\n}}\n"
    );
    let (previous, next) = (calc(&dm1), calc(&dm2));
    let mut db = SqliteDb::open_in_memory().unwrap();
    db.execute_batch(&diff(&SqlSchema::default(), &previous).script())
        .unwrap();
    db.execute_batch(
        "INSERT INTO \"Cat\" VALUES (1, 'Felix'); INSERT INTO \"Dog\" VALUES (1, 'Norbert');",
    )
    .unwrap();
    let checked = diff(&previous, &next).check(&mut db).unwrap();
    let warnings: Vec<_> = checked
        .warnings
        .iter()
        .map(|d| (d.description.as_str(), d.step_index))
        .collect();
    let unexecutable: Vec<_> = checked
        .unexecutable
        .iter()
        .map(|d| (d.description.as_str(), d.step_index))
        .collect();
    assert_eq!(
        warnings,
        [(
            "You are about to drop the column `name` on the `Cat` table, which still contains 1 non-null values.",
            1
        )]
    );
    assert_eq!(
        unexecutable,
        [(
            "Added the required column `isGoodDog` to the `Dog` table without a default value. There are 1 rows in this table, it is not possible to execute this step.",
            1
        )]
    );
}

/// Pushes `steps` schemas one after the other on one database, as the upstream
/// `schema_push_w_datasource(…).send().assert_green()` chains do, checking after each push
/// that a second push would find nothing. Returns the database and each push's diagnostics.
fn push_all(steps: &[&str]) -> (SqliteDb, Vec<seedbed_sql_schema::Diagnostics>) {
    let mut db = SqliteDb::open_in_memory().unwrap();
    let mut all = Vec::new();
    for dm in steps {
        let source = format!(
            "datasource db {{\n  provider = \"sqlite\"\n  url = \"file:./dev.db\"\n}}\n{dm}"
        );
        let next = calc(&source);
        let current = describe(&mut db).unwrap();
        let migration = diff(&current, &next);
        all.push(migration.check(&mut db).unwrap());
        db.execute_batch(&migration.script())
            .unwrap_or_else(|e| panic!("{e}\n{}", migration.script()));
        let described = describe(&mut db).unwrap();
        let again = diff(&described, &next);
        assert!(
            again.is_empty(),
            "pushing twice gives steps:\n{}",
            again.script()
        );
    }
    (db, all)
}

/// `schema_push/mod.rs::sqlite_reserved_name_space_can_be_used`: index names starting with
/// `sqlite_` go through `writable_schema`.
#[test]
fn sqlite_reserved_name_space_can_be_used() {
    let (mut db, _) = push_all(&[r#"
        model A {
          name         String @unique(map: "sqlite_unique")
          lastName     String

          @@unique([name, lastName], map: "sqlite_compound_unique")
          @@index([lastName], map: "sqlite_index")
        }
    "#]);
    let schema = describe(&mut db).unwrap();
    let mut names: Vec<(&str, bool)> = schema
        .walk_tables()
        .flat_map(|t| t.indexes())
        .map(|i| (i.name(), i.is_unique()))
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            ("sqlite_compound_unique", true),
            ("sqlite_index", false),
            ("sqlite_unique", true)
        ]
    );
}

/// `migrations/relations.rs::adding_mutual_references_on_existing_tables_works`: on SQLite
/// both tables are redefined, so the new unique indexes raise no warning.
#[test]
fn adding_mutual_references_on_existing_tables_works() {
    let (_, diagnostics) = push_all(&[
        "model A {\n  id Int @id\n}\nmodel B {\n  id Int @id\n}\n",
        r#"
        model A {
            id Int
            name String @unique
            b_email String
            brel B @relation("AtoB", fields: [b_email], references: [email], onDelete: NoAction, onUpdate: NoAction)
            b    B[] @relation("BtoA")
        }

        model B {
            id Int
            email String @unique
            a_name String
            arel A @relation("BtoA", fields: [a_name], references: [name], onDelete: NoAction, onUpdate: NoAction)
            a    A[] @relation("AtoB")
        }
    "#,
    ]);
    assert!(diagnostics[1].warnings.is_empty(), "{:?}", diagnostics[1]);
}

/// `migrations/sqlite.rs::creating_a_model_with_a_non_autoincrement_id_column_is_idempotent`.
#[test]
fn non_autoincrement_int_id_is_idempotent() {
    push_all(&[
        "model Cat {\n  id Int @id\n}\n",
        "model Cat {\n  id Int @id\n}\n",
    ]);
}

/// Pushes `dm` onto `db`, returning the counted diagnostics; applies the script when there
/// are no unexecutable steps (a forced push).
fn push(db: &mut SqliteDb, dm: &str) -> seedbed_sql_schema::Diagnostics {
    let source =
        format!("datasource db {{\n  provider = \"sqlite\"\n  url = \"file:./dev.db\"\n}}\n{dm}");
    let next = calc(&source);
    let current = describe(db).unwrap();
    let migration = diff(&current, &next);
    let diagnostics = migration.check(db).unwrap();
    if diagnostics.unexecutable.is_empty() {
        db.execute_batch(&migration.script()).unwrap();
    }
    diagnostics
}

fn texts(diagnostics: &[seedbed_sql_schema::Diagnostic]) -> Vec<&str> {
    diagnostics.iter().map(|d| d.description.as_str()).collect()
}

fn column_values(db: &mut SqliteDb, sql: &str) -> Vec<seedbed_db::Value> {
    db.query(sql, &[])
        .unwrap()
        .rows
        .into_iter()
        .map(|mut r| r.remove(0))
        .collect()
}

/// `existing_data/sqlite_existing_data_tests.rs::changing_a_column_from_optional_to_required_with_a_default_is_safe`:
/// the NULL becomes the default through `coalesce`.
#[test]
fn optional_to_required_with_a_default_keeps_data() {
    let mut db = SqliteDb::open_in_memory().unwrap();
    push(
        &mut db,
        "model Test {\n  id String @id @default(cuid())\n  age Int?\n}\n",
    );
    db.execute_batch("INSERT INTO \"Test\" (id, age) VALUES ('a', 12), ('b', 22), ('c', NULL)")
        .unwrap();
    push(
        &mut db,
        "model Test {\n  id String @id @default(cuid())\n  age Int @default(30)\n}\n",
    );
    use seedbed_db::Value::Integer;
    assert_eq!(
        column_values(&mut db, "SELECT age FROM \"Test\" ORDER BY id"),
        [Integer(12), Integer(22), Integer(30)]
    );
}

/// `made_optional_field_required.rs::making_an_optional_field_required_with_data_without_a_default_is_unexecutable`.
#[test]
fn optional_to_required_without_default_is_unexecutable() {
    let mut db = SqliteDb::open_in_memory().unwrap();
    push(
        &mut db,
        "model Test {\n  id String @id\n  name String\n  age Int?\n}\n",
    );
    db.execute_batch("INSERT INTO \"Test\" (id, name) VALUES ('abc', 'george')")
        .unwrap();
    let d = push(
        &mut db,
        "model Test {\n  id String @id\n  name String\n  age Int\n}\n",
    );
    assert!(d.warnings.is_empty(), "{d:?}");
    assert_eq!(
        texts(&d.unexecutable),
        ["Made the column `age` on table `Test` required, but there are 1 existing NULL values."]
    );
}

/// `type_migration_tests.rs::string_to_int_conversions_are_risky` (sqlite branch): the
/// warning, then SQLite's affinity turns '20' into 20.
#[test]
fn string_to_int_conversions_are_risky() {
    let mut db = SqliteDb::open_in_memory().unwrap();
    push(
        &mut db,
        "model Cat {\n  id Int @id @default(autoincrement())\n  tag String\n}\n",
    );
    db.execute_batch("INSERT INTO \"Cat\" (tag) VALUES ('20')")
        .unwrap();
    let d = push(
        &mut db,
        "model Cat {\n  id Int @id @default(autoincrement())\n  tag Int\n}\n",
    );
    assert_eq!(
        texts(&d.warnings),
        [
            "You are about to alter the column `tag` on the `Cat` table, which contains 1 non-null values. The data in that column will be cast from `String` to `Int`."
        ]
    );
    assert_eq!(
        column_values(&mut db, "SELECT tag FROM \"Cat\""),
        [seedbed_db::Value::Integer(20)]
    );
}
