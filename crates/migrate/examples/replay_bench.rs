//! Prints how long replaying a 50-migration history into the in-memory shadow database
//! takes (what `migrate dev` does before anything else). Run with
//! `cargo run --release -p seedbed-migrate --example replay_bench`.

use seedbed_migrate::diagnose::schema_from_migrations;
use seedbed_sql_schema::{SqlSchema, calculate, diff};
use std::time::Instant;

fn main() {
    // 50 migrations: 25 tables created one by one, then a column added to each.
    let mut models: Vec<String> = Vec::new();
    let mut previous = SqlSchema::default();
    let mut history: Vec<(String, String)> = Vec::new();
    for i in 0..50 {
        if i < 25 {
            models.push(format!(
                "model T{i} {{\n  id Int @id @default(autoincrement())\n  name String\n  at DateTime @default(now())\n}}\n"
            ));
        } else {
            let t = i - 25;
            models[t] = models[t].replace(
                "}\n",
                "  extra Int?\n  email String @unique @default(\"\")\n}\n",
            );
        }
        let text = format!(
            "datasource db {{\n  provider = \"sqlite\"\n  url = \"file:./dev.db\"\n}}\n{}",
            models.concat()
        );
        let next = calculate(&seedbed_psl::parse_and_validate(&text));
        let script = diff(&previous, &next).migration_file();
        history.push((format!("{:014}_m{i}", 20250101000000u64 + i as u64), script));
        previous = next;
    }
    let list: Vec<(&str, &str)> = history
        .iter()
        .map(|(n, s)| (n.as_str(), s.as_str()))
        .collect();
    let runs = 10;
    let start = Instant::now();
    for _ in 0..runs {
        match schema_from_migrations(&list) {
            Ok(schema) => assert_eq!(schema.tables.len(), 25),
            Err(err) => panic!("{}", err.render()),
        }
    }
    let per = start.elapsed() / runs;
    let statements: usize = history.iter().map(|(_, s)| s.matches(';').count()).sum();
    println!(
        "replayed {} migrations ({statements} statements) into the shadow database and described it: {per:?} per run (mean of {runs})",
        history.len()
    );
}
