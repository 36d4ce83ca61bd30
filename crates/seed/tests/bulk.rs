//! Large tables are bulk-loaded (their indexes dropped and rebuilt inside the seeding
//! transaction): the indexes come back exactly, constraints still hold, and an index that
//! cannot be rebuilt fails the seed like any other violation, leaving the database as it was.

mod common;

use common::*;
use seedbed_db::{Db, SqliteDb, Value};
use seedbed_seed::{SeedError, SeedOptions, seed};

fn indexes(db: &mut SqliteDb) -> Vec<(String, String)> {
    let mut list: Vec<(String, String)> = db
        .query(
            "SELECT name, coalesce(sql, '') FROM sqlite_master WHERE type = 'index'",
            &[],
        )
        .unwrap()
        .rows
        .into_iter()
        .map(|r| {
            (
                r[0].as_str().unwrap().to_owned(),
                r[1].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    list.sort();
    list
}

fn count(db: &mut SqliteDb, sql: &str) -> i64 {
    match db.query(sql, &[]).unwrap().rows[0][0] {
        Value::Integer(n) => n,
        ref other => panic!("{other:?}"),
    }
}

#[test]
fn a_bulk_loaded_table_gets_its_indexes_back_and_keeps_its_constraints() {
    let (_, schema) = load("blog");
    let mut db = fresh(&schema);
    let before = indexes(&mut db);
    let options = SeedOptions::with_seed(3).count("Post", 25_000);
    seed(&mut db, &schema, &options, |_| true).unwrap();
    assert_eq!(before, indexes(&mut db));
    assert_eq!(count(&mut db, "SELECT count(*) FROM Post"), 25_000);
    assert_eq!(
        count(&mut db, "SELECT count(DISTINCT slug) FROM Post"),
        25_000
    );
    assert!(
        db.query("PRAGMA foreign_key_check", &[])
            .unwrap()
            .rows
            .is_empty()
    );
    let integrity = db.query("PRAGMA integrity_check", &[]).unwrap();
    assert_eq!(integrity.rows, vec![vec![Value::Text("ok".into())]]);
}

#[test]
fn an_index_that_cannot_be_rebuilt_rolls_back_and_names_the_field() {
    let (_, schema) = load("blog");
    let mut db = fresh(&schema);
    seed(&mut db, &schema, &SeedOptions::with_seed(1), |_| true).unwrap();
    // A trigger the schema does not know about copies a slug while the index is gone.
    db.execute_batch(
        "CREATE TRIGGER dup AFTER INSERT ON Post WHEN NEW.id = 5
         BEGIN UPDATE Post SET slug = (SELECT slug FROM Post WHERE id = 1) WHERE id = 5; END;",
    )
    .unwrap();
    let before = dump(&mut db);
    let options = SeedOptions::with_seed(2).count("Post", 25_000);
    let err = seed(&mut db, &schema, &options, |_| true).unwrap_err();
    let SeedError::Insert { model, field, .. } = &err else {
        panic!("{err:?}")
    };
    assert_eq!((model.as_str(), field.as_deref()), ("Post", Some("slug")));
    assert!(err.to_string().contains("Post_slug_key"), "{err}");
    assert_eq!(before, dump(&mut db));
}
