//! Times `db pull` natively on a generated 300-table database (describe + introspect).
//! `cargo run --release -p seedbed-introspect --bin introspect-bench [tables]`

use seedbed_db::{Db, SqliteDb};
use std::time::Instant;

fn main() {
    let tables: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(300);
    let mut db = match SqliteDb::open_in_memory() {
        Ok(db) => db,
        Err(e) => {
            eprintln!("cannot open SQLite: {e}");
            std::process::exit(1);
        }
    };
    let mut sql = String::new();
    for i in 0..tables {
        sql.push_str(&format!(
            "CREATE TABLE t{i} (id INTEGER PRIMARY KEY, name TEXT NOT NULL, score REAL, created DATETIME DEFAULT CURRENT_TIMESTAMP, flag BOOLEAN NOT NULL DEFAULT 0, note VARCHAR(255)"
        ));
        if i > 0 {
            sql.push_str(&format!(
                ", parent_id INTEGER REFERENCES t{}(id) ON DELETE CASCADE",
                i - 1
            ));
        }
        sql.push_str(");\n");
        sql.push_str(&format!(
            "CREATE UNIQUE INDEX t{i}_name_key ON t{i}(name);\n"
        ));
        sql.push_str(&format!(
            "CREATE INDEX t{i}_score_idx ON t{i}(score, created);\n"
        ));
    }
    if let Err(e) = db.execute_batch(&sql) {
        eprintln!("cannot create the tables: {e}");
        std::process::exit(1);
    }
    let start = Instant::now();
    let described = match seedbed_sql_schema::describe(&mut db) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("describe failed: {e}");
            std::process::exit(1);
        }
    };
    let described_at = start.elapsed();
    let result = seedbed_introspect::introspect(&described, None);
    let total = start.elapsed();
    println!(
        "{tables} tables: describe {:.1} ms, introspect {:.1} ms, total {:.1} ms ({} models, {} bytes)",
        described_at.as_secs_f64() * 1000.0,
        (total - described_at).as_secs_f64() * 1000.0,
        total.as_secs_f64() * 1000.0,
        result.models,
        result.schema.len()
    );
}
