//! Every schema of `tests/schemas/`: seeded databases keep every foreign key and unique
//! constraint, have the asked counts, are byte-for-byte reproducible from the seed, and
//! purge back to a freshly migrated database.

mod common;

use common::*;
use seedbed_db::{Db, SqliteDb};
use seedbed_seed::{SeedPlan, purge, seed};

const SCHEMAS: &[&str] = &[
    "blog",
    "scalars",
    "self",
    "compound",
    "cycle",
    "prisma_mode",
];

fn seeded(name: &str, seed_number: u64) -> (SqliteDb, SeedPlan) {
    let (source, schema) = load(name);
    let options = options(&source, seed_number);
    let plan = seedbed_seed::plan(&schema, &options).unwrap_or_else(|e| panic!("{name}: {e}"));
    let mut db = fresh(&schema);
    seed(&mut db, &schema, &options, |_| true).unwrap_or_else(|e| panic!("{name}: {e}"));
    (db, plan)
}

fn check_constraints(name: &str, db: &mut SqliteDb, plan: &SeedPlan) {
    let fk = db.query("PRAGMA foreign_key_check", &[]).unwrap();
    assert!(
        fk.rows.is_empty(),
        "{name}: foreign key violations {:?}",
        fk.rows
    );
    for table in &plan.tables {
        assert_eq!(
            count(db, &table.table) as u64,
            table.rows,
            "{name}: {}",
            table.table
        );
    }
    // Every relation, including those without a foreign key (relationMode = "prisma").
    let (_, schema) = load(name);
    for relation in schema.walk_relations() {
        let Some(forward) = relation.forward_field() else {
            continue;
        };
        let (Some((fields, references)), Some(child), Some(parent)) = (
            relation.foreign_key(),
            forward.model(),
            forward.related_model(),
        ) else {
            continue;
        };
        let col =
            |f: &seedbed_psl::FieldId| schema.walk_field(*f).unwrap().database_name().to_owned();
        let joins: Vec<String> = fields
            .iter()
            .zip(references)
            .map(|(f, r)| format!("p.\"{}\" = c.\"{}\"", col(r), col(f)))
            .collect();
        let dangling = scalar(
            db,
            &format!(
                "SELECT count(*) FROM \"{}\" c WHERE c.\"{}\" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM \"{}\" p WHERE {})",
                child.database_name,
                col(&fields[0]),
                parent.database_name,
                joins.join(" AND ")
            ),
        );
        assert_eq!(
            dangling.as_i64(),
            Some(0),
            "{name}: {} has dangling references",
            relation.name
        );
    }
    // Every unique index and primary key: distinct tuples = rows (NULLs never collide).
    let sql = seedbed_sql_schema::calculate(&schema);
    let mut sets: Vec<(String, Vec<String>)> = Vec::new();
    for t in sql.walk_tables() {
        if let Some(pk) = &t.get().primary_key {
            sets.push((
                t.name().to_owned(),
                pk.columns
                    .iter()
                    .map(|c| sql.column(c.column).name.clone())
                    .collect(),
            ));
        }
    }
    for index in sql
        .indexes
        .iter()
        .filter(|i| i.kind == seedbed_sql_schema::IndexKind::Unique)
    {
        let cols = index
            .columns
            .iter()
            .map(|c| sql.column(c.column).name.clone())
            .collect();
        sets.push((sql.table(index.table).name.clone(), cols));
    }
    assert!(!sets.is_empty());
    for (table, cols) in sets {
        let quoted: Vec<String> = cols.iter().map(|c| format!("\"{c}\"")).collect();
        let not_null = quoted
            .iter()
            .map(|c| format!("{c} IS NOT NULL"))
            .collect::<Vec<_>>()
            .join(" AND ");
        let all = scalar(
            db,
            &format!("SELECT count(*) FROM \"{table}\" WHERE {not_null}"),
        );
        let distinct = scalar(
            db,
            &format!(
                "SELECT count(*) FROM (SELECT DISTINCT {} FROM \"{table}\" WHERE {not_null})",
                quoted.join(", ")
            ),
        );
        assert_eq!(all, distinct, "{name}: {table}({cols:?}) has duplicates");
    }
}

#[test]
fn seeded_databases_keep_every_constraint() {
    for name in SCHEMAS {
        let (mut db, plan) = seeded(name, 1);
        check_constraints(name, &mut db, &plan);
        assert_eq!(
            scalar(&mut db, "SELECT count(*) FROM _prisma_migrations").as_i64(),
            Some(1)
        );
    }
}

#[test]
fn same_seed_same_bytes_and_other_seed_other_data() {
    for name in SCHEMAS {
        let (mut a, _) = seeded(name, 42);
        let (mut b, _) = seeded(name, 42);
        assert!(
            a.export_bytes().unwrap() == b.export_bytes().unwrap(),
            "{name}: not reproducible"
        );
        let (mut c, _) = seeded(name, 43);
        assert_ne!(
            dump(&mut a),
            dump(&mut c),
            "{name}: the seed changes nothing"
        );
    }
}

#[test]
fn reseeding_gives_the_same_database_and_purging_gives_a_fresh_one() {
    for name in SCHEMAS {
        let (source, schema) = load(name);
        let options = options(&source, 5);
        let (mut db, _) = seeded(name, 5);
        let first = dump(&mut db);
        seed(&mut db, &schema, &options, |_| true).unwrap();
        assert_eq!(first, dump(&mut db), "{name}: reseeding differs");
        seed(&mut db, &schema, &options, |_| true).unwrap();
        assert_eq!(first, dump(&mut db), "{name}: third seeding differs");

        let sql = seedbed_sql_schema::calculate(&schema);
        db.transaction(|db| purge(db, &sql)).unwrap();
        let mut fresh_db = fresh(&schema);
        assert_eq!(
            dump(&mut fresh_db),
            dump(&mut db),
            "{name}: purge is not a fresh database"
        );
    }
}

#[test]
fn values_are_stored_as_prisma_stores_them() {
    let (mut db, _) = seeded("scalars", 3);
    let types = db
        .query(
            "SELECT typeof(at), typeof(flag), typeof(price), typeof(big), typeof(json), typeof(bytes), typeof(size), \
             typeof(computed) FROM Everything LIMIT 1",
            &[],
        )
        .unwrap();
    let got: Vec<&str> = types.rows[0].iter().map(|v| v.as_str().unwrap()).collect();
    // DateTime as integer milliseconds, Boolean 0/1, Decimal as REAL (quaint's conversion).
    assert_eq!(
        got,
        [
            "integer", "integer", "real", "integer", "text", "blob", "text", "integer"
        ]
    );
    let flags = scalar(
        &mut db,
        "SELECT count(*) FROM Everything WHERE flag NOT IN (0, 1)",
    );
    assert_eq!(flags.as_i64(), Some(0));
    let dates = scalar(
        &mut db,
        "SELECT count(*) FROM Everything WHERE at < 1600000000000 OR at > 1800000000000",
    );
    assert_eq!(dates.as_i64(), Some(0), "dates in a sensible range");
    let json = scalar(
        &mut db,
        "SELECT count(*) FROM Everything WHERE json_valid(json) = 0",
    );
    assert_eq!(json.as_i64(), Some(0));
    let ids = scalar(
        &mut db,
        "SELECT count(*) FROM Everything WHERE length(id) = 36 AND substr(id, 15, 1) = '4' \
         AND length(cuid1) = 25 AND length(cuid2) = 24 AND length(nano) = 21 AND length(nano8) = 8 AND length(ulid) = 26",
    );
    assert_eq!(ids.as_i64(), Some(20));
    // The dbgenerated default applied; a literal default is common but not universal.
    assert_eq!(
        scalar(
            &mut db,
            "SELECT min(computed) = 2 AND max(computed) = 2 FROM Everything"
        )
        .as_i64(),
        Some(1)
    );
    let answers = scalar(&mut db, "SELECT count(*) FROM Everything WHERE answer = 42")
        .as_i64()
        .unwrap();
    assert!((5..20).contains(&answers), "{answers}");
    // Optional columns get some NULLs, required ones none.
    let nulls = scalar(
        &mut db,
        "SELECT count(*) FROM Everything WHERE textOpt IS NULL",
    )
    .as_i64()
    .unwrap();
    assert!(nulls < 20);
}

#[test]
fn relations_are_spread_realistically() {
    let (source, schema) = load("blog");
    let options = options(&source, 9).count("User", 200).count("Post", 2000);
    let mut db = fresh(&schema);
    seed(&mut db, &schema, &options, |_| true).unwrap();
    let posts_per_user = db
        .query(
            "SELECT count(*) FROM Post GROUP BY author_id ORDER BY count(*) DESC",
            &[],
        )
        .unwrap();
    let busiest = posts_per_user.rows[0][0].as_i64().unwrap();
    // Skewed: the busiest author has far more than the average of 10.
    assert!(busiest > 30, "{busiest}");
    // 1:1: every profile has its own user.
    let profiles = scalar(&mut db, "SELECT count(DISTINCT userId) FROM Profile").as_i64();
    assert_eq!(profiles, Some(20));
    let links = scalar(&mut db, "SELECT count(*) FROM _PostTags")
        .as_i64()
        .unwrap();
    assert!(links > 1000, "{links}");
    assert_eq!(
        scalar(
            &mut db,
            "SELECT count(*) FROM users WHERE email NOT LIKE '%@%.%'"
        )
        .as_i64(),
        Some(0)
    );
    // Dates agree within a row.
    let backwards = scalar(
        &mut db,
        "SELECT count(*) FROM users WHERE updatedAt < created_at",
    );
    assert_eq!(backwards.as_i64(), Some(0));
    // One person per row: the email is made from the row's name.
    let mismatched = scalar(
        &mut db,
        "SELECT count(*) FROM users WHERE email NOT LIKE lower(replace(name, ' ', '.')) || '%'",
    );
    assert_eq!(mismatched.as_i64(), Some(0));
}

#[test]
fn spanish_locale_and_overrides() {
    let (_, schema) = load("blog");
    let options = seedbed_seed::SeedOptions {
        locale: seedbed_seed::Locale::Spanish,
        ..seedbed_seed::SeedOptions::with_seed(2)
    }
    .set(
        "User",
        "email",
        seedbed_seed::Override::Pattern("user-{n}@example.com".into()),
    )
    .set(
        "User",
        "age",
        seedbed_seed::Override::IntRange { min: 30, max: 31 },
    )
    .set(
        "Category",
        "name",
        seedbed_seed::Override::Values(vec![
            "Noticias".into(),
            "Deportes".into(),
            "Cultura".into(),
        ]),
    )
    .count("Category", 3);
    let mut db = fresh(&schema);
    seed(&mut db, &schema, &options, |_| true).unwrap();
    assert_eq!(
        scalar(&mut db, "SELECT email FROM users WHERE id = 3").as_str(),
        Some("user-3@example.com")
    );
    assert_eq!(
        scalar(
            &mut db,
            "SELECT count(*) FROM users WHERE age NOT IN (30, 31)"
        )
        .as_i64(),
        Some(0)
    );
    assert_eq!(
        scalar(
            &mut db,
            "SELECT group_concat(name, ',') FROM (SELECT name FROM Category ORDER BY name)"
        )
        .as_str(),
        Some("Cultura,Deportes,Noticias")
    );
}

#[test]
fn the_plan_says_what_will_happen() {
    let (source, schema) = load("blog");
    let plan = seedbed_seed::plan(&schema, &options(&source, 1)).unwrap();
    let order: Vec<&str> = plan.tables.iter().map(|t| t.model.as_str()).collect();
    let at = |m: &str| order.iter().position(|o| *o == m).unwrap();
    // Parents first, join tables last.
    assert!(at("User") < at("Post") && at("User") < at("Profile") && at("Post") < at("Comment"));
    assert_eq!(&order[order.len() - 2..], ["PostTags", "CategoryToPost"]);
    assert!(!plan.defers_foreign_keys);
    let users = &plan.tables[at("User")];
    assert_eq!(users.table, "users");
    let source_of = |field: &str| {
        users
            .columns
            .iter()
            .find(|c| c.field == field)
            .unwrap()
            .source
            .clone()
    };
    assert_eq!(source_of("email"), "Email");
    assert_eq!(source_of("id"), "AutoIncrement");
    assert!(!users.columns[0].inserted);
    let post = &plan.tables[at("Post")];
    let author = post.columns.iter().find(|c| c.name == "author_id").unwrap();
    assert_eq!(
        (author.field.as_str(), author.source.as_str()),
        ("authorId", "relation → User")
    );
    // Cycles need deferred foreign keys.
    let (source, schema) = load("cycle");
    assert!(
        seedbed_seed::plan(&schema, &options(&source, 1))
            .unwrap()
            .defers_foreign_keys
    );
}
