//! Failures leave the database as it was: infeasible counts are refused before any write,
//! a constraint violation rolls back the purge and every insert, and so does cancelling.

mod common;

use common::*;
use seedbed_db::{Db, Value};
use seedbed_seed::{SeedError, SeedOptions, seed};

const DATASOURCE: &str = "datasource db {\n  provider = \"sqlite\"\n  url = \"file:dev.db\"\n}\n";

fn schema(models: &str) -> seedbed_psl::ValidatedSchema {
    let schema = seedbed_psl::parse_and_validate(&format!("{DATASOURCE}{models}"));
    let errors: Vec<_> = schema.errors().map(|d| d.message.clone()).collect();
    assert!(errors.is_empty(), "{errors:?}");
    schema
}

fn refused(models: &str, options: SeedOptions) -> String {
    let schema = schema(models);
    let mut db = fresh(&schema);
    let before = dump(&mut db);
    let err = seed(&mut db, &schema, &options, |_| true).unwrap_err();
    assert!(matches!(err, SeedError::Plan(_)), "{err:?}");
    assert_eq!(before, dump(&mut db));
    err.to_string()
}

#[test]
fn a_unique_boolean_cannot_hold_ten_rows() {
    let message = refused(
        "model Flag {\n  id Int @id @default(autoincrement())\n  on Boolean @unique\n}\n",
        SeedOptions::default().count("Flag", 10),
    );
    assert!(
        message.contains("Flag.on") && message.contains("only 2 possible values"),
        "{message}"
    );
    // Two rows fit.
    let schema =
        schema("model Flag {\n  id Int @id @default(autoincrement())\n  on Boolean @unique\n}\n");
    let mut db = fresh(&schema);
    seed(
        &mut db,
        &schema,
        &SeedOptions::default().count("Flag", 2),
        |_| true,
    )
    .unwrap();
    assert_eq!(
        scalar(&mut db, "SELECT count(DISTINCT \"on\") FROM Flag").as_i64(),
        Some(2)
    );
}

#[test]
fn a_required_one_to_one_needs_enough_partners() {
    let models = "model User {\n  id Int @id @default(autoincrement())\n  profile Profile?\n}\n\
                  model Profile {\n  id Int @id @default(autoincrement())\n  userId Int @unique\n  user User @relation(fields: [userId], references: [id])\n}\n";
    let message = refused(
        models,
        SeedOptions::default().count("User", 5).count("Profile", 6),
    );
    assert!(
        message.contains("Profile.user") && message.contains("only 5"),
        "{message}"
    );
}

#[test]
fn an_enum_only_unique_needs_enough_values() {
    let models = "enum Kind {\n  A\n  B\n  C\n}\nmodel Thing {\n  id Int @id @default(autoincrement())\n  kind Kind @unique\n}\n";
    let message = refused(models, SeedOptions::default().count("Thing", 4));
    assert!(
        message.contains("Thing.kind") && message.contains("only 3"),
        "{message}"
    );
    let compound = "enum Kind {\n  A\n  B\n  C\n}\nmodel Thing {\n  id Int @id @default(autoincrement())\n  kind Kind\n  on Boolean\n  @@unique([kind, on])\n}\n";
    let message = refused(compound, SeedOptions::default().count("Thing", 7));
    assert!(message.contains("only 6"), "{message}");
}

#[test]
fn a_required_relation_to_an_empty_model_is_refused() {
    let models = "model User {\n  id Int @id @default(autoincrement())\n  posts Post[]\n}\n\
                  model Post {\n  id Int @id @default(autoincrement())\n  authorId Int\n  author User @relation(fields: [authorId], references: [id])\n}\n";
    let message = refused(models, SeedOptions::default().count("User", 0));
    assert!(message.contains("no rows"), "{message}");
    let message = refused(models, SeedOptions::default().count("Nobody", 1));
    assert!(message.contains("Nobody"), "{message}");
    let message = refused(
        models,
        SeedOptions::default().set(
            "Post",
            "author",
            seedbed_seed::Override::Pattern("x".into()),
        ),
    );
    assert!(message.contains("Post.author"), "{message}");
    let message = refused(
        models,
        SeedOptions::default().set(
            "Post",
            "authorId",
            seedbed_seed::Override::IntRange { min: 1, max: 2 },
        ),
    );
    assert!(message.contains("relation column"), "{message}");
    // A unique enum with a default still gets every value once.
    let enums = "enum Kind {\n  A\n  B\n}\nmodel Thing {\n  id Int @id @default(autoincrement())\n  kind Kind @unique @default(A)\n}\n";
    let message = refused(enums, SeedOptions::default().count("Thing", 3));
    assert!(message.contains("only 2"), "{message}");
}

#[test]
fn a_constraint_violation_rolls_back_everything_and_names_the_culprit() {
    let (_, schema) = load("blog");
    let mut db = fresh(&schema);
    // Data from before the seed, and a constraint the schema does not know about.
    db.execute_batch(
        "INSERT INTO users (email, name, role, created_at, updatedAt) VALUES ('keep@example.com', 'Keep', 'USER', 1, 1);
         INSERT INTO Post (title, slug, published, views, author_id) VALUES ('Kept', 'kept', 1, 0, 1);
         CREATE UNIQUE INDEX extra ON Post (published);",
    )
    .unwrap();
    let before = dump(&mut db);
    let err = seed(&mut db, &schema, &SeedOptions::with_seed(1), |_| true).unwrap_err();
    let SeedError::Insert {
        model,
        field,
        value,
        ..
    } = &err
    else {
        panic!("{err:?}")
    };
    assert_eq!(model, "Post");
    assert_eq!(field.as_deref(), Some("published"));
    assert!(matches!(value, Some(Value::Integer(0 | 1))), "{value:?}");
    let message = err.to_string();
    assert!(
        message.contains("Post") && message.contains("`published`"),
        "{message}"
    );
    assert_eq!(before, dump(&mut db), "the pre-seed data must be intact");
}

#[test]
fn cancelling_rolls_back() {
    let (_, schema) = load("blog");
    let mut db = fresh(&schema);
    seed(&mut db, &schema, &SeedOptions::with_seed(1), |_| true).unwrap();
    let before = dump(&mut db);
    let options = SeedOptions::with_seed(2).count("Post", 20_000);
    let mut calls = Vec::new();
    let err = seed(&mut db, &schema, &options, |p| {
        calls.push((p.done, p.total));
        p.done < 8000
    })
    .unwrap_err();
    assert_eq!(err, SeedError::Cancelled);
    assert_eq!(before, dump(&mut db));
    assert!(
        calls.len() >= 2 && calls.windows(2).all(|w| w[0].0 < w[1].0),
        "{calls:?}"
    );
    assert!(calls.iter().all(|c| c.1 == calls[0].1));
}

#[test]
fn progress_reaches_the_total() {
    let (_, schema) = load("blog");
    let mut db = fresh(&schema);
    let mut last = (0, 1);
    let summary = seed(&mut db, &schema, &SeedOptions::with_seed(4), |p| {
        last = (p.done, p.total);
        true
    })
    .unwrap();
    assert_eq!(last.0, last.1);
    assert_eq!(summary.total_rows, last.1);
    assert_eq!(
        summary.tables.iter().map(|t| t.rows).sum::<u64>(),
        summary.total_rows
    );
}

#[test]
fn broken_and_odd_schemas_never_panic() {
    for source in [
        "",
        "model {",
        "datasource db {\n  provider = \"sqlite\"\n  url = \"file:x\"\n}\nmodel A {\n  id Int @id\n  b B\n}\n",
        "datasource db {\n  provider = \"sqlite\"\n  url = \"file:x\"\n}\nmodel A {\n  id Int @id\n  x Unsupported(\"circle\")\n}\n",
        "datasource db {\n  provider = \"sqlite\"\n  url = \"file:x\"\n}\nmodel A {\n  id Int @id\n  x Unsupported(\"circle\")?\n}\nview V {\n  id Int @unique\n}\n",
    ] {
        let schema = seedbed_psl::parse_and_validate(source);
        let _ = seedbed_seed::plan(&schema, &SeedOptions::default());
        let _ = seedbed_seed::plan(&schema, &SeedOptions::default().count("A", 0));
    }
}

#[test]
fn a_foreign_key_failing_at_commit_rolls_back_too() {
    // The Team ↔ Player cycle needs deferred keys; a trigger removes a team that players
    // will point at, so the COMMIT itself fails.
    let (_, schema) = load("cycle");
    let mut db = fresh(&schema);
    seed(&mut db, &schema, &SeedOptions::with_seed(1), |_| true).unwrap();
    db.execute_batch(
        "CREATE TRIGGER sabotage AFTER INSERT ON Team WHEN NEW.rowid = 3 \
         BEGIN DELETE FROM Team WHERE rowid = 3; END;",
    )
    .unwrap();
    let before = dump(&mut db);
    let err = seed(&mut db, &schema, &SeedOptions::with_seed(2), |_| true).unwrap_err();
    assert!(err.to_string().contains("FOREIGN KEY"), "{err}");
    assert_eq!(before, dump(&mut db));
    // The connection is usable: no transaction was left open.
    db.execute_batch("BEGIN; ROLLBACK;").unwrap();
}

#[test]
fn seeding_inside_a_callers_transaction_leaves_it_alone() {
    let (_, schema) = load("blog");
    let mut db = fresh(&schema);
    db.execute_batch("BEGIN; INSERT INTO Category (name) VALUES ('mine');")
        .unwrap();
    let err = seed(&mut db, &schema, &SeedOptions::default(), |_| true).unwrap_err();
    assert!(matches!(err, SeedError::Database(_)), "{err:?}");
    // The caller's transaction and its row are still there.
    assert_eq!(count(&mut db, "Category"), 1);
    db.execute_batch("ROLLBACK").unwrap();
    assert_eq!(count(&mut db, "Category"), 0);
}

#[test]
fn cancelling_during_a_join_table_rolls_back() {
    let (_, schema) = load("blog");
    let mut db = fresh(&schema);
    let before = dump(&mut db);
    let options = SeedOptions::with_seed(3)
        .count("Post", 6000)
        .count("Tag", 50);
    let mut seen_links = false;
    let err = seed(&mut db, &schema, &options, |p| {
        seen_links |= p.model == "PostTags";
        p.model != "PostTags"
    })
    .unwrap_err();
    assert!(seen_links);
    assert_eq!(err, SeedError::Cancelled);
    assert_eq!(before, dump(&mut db));
}

#[test]
fn extreme_options_do_not_panic() {
    let (source, schema) = load("scalars");
    for reference_ms in [i64::MIN, -1, i64::MAX] {
        let options = SeedOptions {
            reference_ms,
            ..options(&source, u64::MAX)
        }
        .set(
            "Everything",
            "int",
            seedbed_seed::Override::IntRange {
                min: i64::MIN,
                max: i64::MAX,
            },
        )
        .set(
            "Everything",
            "at",
            seedbed_seed::Override::DateRange {
                min_ms: 5,
                max_ms: -5,
            },
        )
        .set(
            "Everything",
            "text",
            seedbed_seed::Override::Pattern("{".into()),
        );
        let _ = seedbed_seed::plan(&schema, &options);
        let mut db = fresh(&schema);
        let _ = seed(&mut db, &schema, &options, |_| true);
    }
}

#[test]
fn absurd_counts_are_refused() {
    let (_, schema) = load("blog");
    let options = SeedOptions::default().count("User", u64::MAX);
    let err = seedbed_seed::plan(&schema, &options).unwrap_err();
    assert!(err.to_string().contains("more than"), "{err}");
}
