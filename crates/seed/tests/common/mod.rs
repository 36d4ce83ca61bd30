//! Helpers shared by the seed tests: create a database from a schema as `migrate` would,
//! dump its whole content for comparisons.

#![allow(dead_code)]

use seedbed_db::{Db, SqliteDb, Value};
use seedbed_psl::ValidatedSchema;
use seedbed_seed::SeedOptions;

/// Prisma's `_prisma_migrations` table, so tests see it kept by the purge.
const MIGRATIONS_TABLE: &str = r#"CREATE TABLE "_prisma_migrations" (
    "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME,
    "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME,
    "started_at" DATETIME NOT NULL DEFAULT current_timestamp, "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0);
INSERT INTO "_prisma_migrations" VALUES ('m1', 'abc', 1, '0_init', NULL, NULL, 1, 1);"#;

pub fn load(name: &str) -> (String, ValidatedSchema) {
    let path = format!("{}/tests/schemas/{name}.prisma", env!("CARGO_MANIFEST_DIR"));
    let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let schema = seedbed_psl::parse_and_validate(&source);
    let errors: Vec<_> = schema.errors().map(|d| d.message.clone()).collect();
    assert!(errors.is_empty(), "{name}: {errors:?}");
    (source, schema)
}

/// Options from the schema's `// counts: A=1 B=2` header line.
pub fn options(source: &str, seed: u64) -> SeedOptions {
    let mut options = SeedOptions::with_seed(seed);
    for line in source.lines().filter_map(|l| l.strip_prefix("// counts:")) {
        for pair in line.split_whitespace() {
            if let Some((model, n)) = pair.split_once('=') {
                options = options.count(model, n.parse().unwrap());
            }
        }
    }
    options
}

/// A freshly migrated database: the rendered migration from empty, foreign keys on as
/// Prisma's connections have them.
pub fn fresh(schema: &ValidatedSchema) -> SqliteDb {
    let sql = seedbed_sql_schema::calculate(schema);
    let script = seedbed_sql_schema::diff(&Default::default(), &sql).script();
    let mut db = SqliteDb::open_in_memory().unwrap();
    db.execute_batch("PRAGMA foreign_keys = ON").unwrap();
    db.execute_batch(MIGRATIONS_TABLE).unwrap();
    db.execute_batch(&script)
        .unwrap_or_else(|e| panic!("{e}\n{script}"));
    db
}

pub fn tables(db: &mut SqliteDb) -> Vec<String> {
    db.query(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
        &[],
    )
    .unwrap()
    .rows
    .into_iter()
    .map(|r| r[0].as_str().unwrap().to_owned())
    .collect()
}

/// Everything a user could observe: the schema text, every table's rows in rowid order,
/// `sqlite_sequence`.
pub fn dump(db: &mut SqliteDb) -> String {
    let mut out = String::new();
    for row in db
        .query(
            "SELECT type, name, sql FROM sqlite_master ORDER BY type, name",
            &[],
        )
        .unwrap()
        .rows
    {
        out.push_str(&format!("{row:?}\n"));
    }
    for table in tables(db) {
        let rows = db.query(&format!("SELECT * FROM \"{table}\" ORDER BY rowid"), &[]);
        // WITHOUT ROWID tables have no rowid; none here, but order by all columns then.
        let rows = rows
            .or_else(|_| db.query(&format!("SELECT * FROM \"{table}\" ORDER BY 1, 2"), &[]))
            .unwrap();
        out.push_str(&format!("== {table} {:?}\n", rows.columns));
        for r in rows.rows {
            out.push_str(&format!("{r:?}\n"));
        }
    }
    out
}

pub fn count(db: &mut SqliteDb, table: &str) -> i64 {
    db.query(&format!("SELECT count(*) FROM \"{table}\""), &[])
        .unwrap()
        .rows[0][0]
        .as_i64()
        .unwrap()
}

pub fn scalar(db: &mut SqliteDb, sql: &str) -> Value {
    db.query(sql, &[]).unwrap().rows.remove(0).remove(0)
}
