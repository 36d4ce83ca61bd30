//! Seeding throughput, natively: `cargo run --release -p seedbed-seed --example bench`.
//! Prints rows/second for 100,000 rows across related models and 1,000,000 rows in one
//! table (in-memory SQLite, purge included).

use seedbed_db::{Db, SqliteDb};
use seedbed_seed::{SeedOptions, seed};
use std::time::Instant;

const RELATED: &str = r#"
datasource db {
  provider = "sqlite"
  url      = "file:./dev.db"
}

model User {
  id        Int       @id @default(autoincrement())
  email     String    @unique
  name      String
  createdAt DateTime  @default(now())
  posts     Post[]
  comments  Comment[]
}

model Post {
  id        Int       @id @default(autoincrement())
  title     String
  content   String?
  published Boolean   @default(false)
  authorId  Int
  author    User      @relation(fields: [authorId], references: [id])
  comments  Comment[]
  tags      Tag[]
}

model Comment {
  id       Int    @id @default(autoincrement())
  body     String
  postId   Int
  post     Post   @relation(fields: [postId], references: [id])
  authorId Int
  author   User   @relation(fields: [authorId], references: [id])
}

model Tag {
  id    Int    @id @default(autoincrement())
  name  String @unique
  posts Post[]
}
"#;

const ONE_TABLE: &str = r#"
datasource db {
  provider = "sqlite"
  url      = "file:./dev.db"
}

model Event {
  id        Int      @id @default(autoincrement())
  email     String   @unique
  kind      String
  quantity  Int
  price     Float
  active    Boolean
  createdAt DateTime @default(now())
}
"#;

/// CPU seconds used by this process so far (Linux), so figures taken on a busy shared
/// machine can be told apart from waiting for a core.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let after = stat.rsplit(')').next()?;
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

fn run(label: &str, source: &str, options: &SeedOptions) {
    let schema = seedbed_psl::parse_and_validate(source);
    let sql = seedbed_sql_schema::calculate(&schema);
    let script = seedbed_sql_schema::diff(&Default::default(), &sql).script();
    let mut db = SqliteDb::open_in_memory().expect("memory database");
    db.execute_batch("PRAGMA foreign_keys = ON")
        .expect("pragma");
    db.execute_batch(&script).expect("migration");
    let cpu_start = cpu_seconds();
    let start = Instant::now();
    let summary = seed(&mut db, &schema, options, |_| true).expect("seed");
    let secs = start.elapsed().as_secs_f64();
    let cpu = cpu_start.zip(cpu_seconds()).map(|(a, b)| b - a);
    let rows = summary.total_rows;
    let per: Vec<String> = summary
        .tables
        .iter()
        .map(|t| format!("{} {}", t.model, t.rows))
        .collect();
    println!(
        "{label}: {rows} rows in {secs:.2} s wall = {:.0} rows/s; CPU {} ({}); database {:.1} MB",
        rows as f64 / secs,
        cpu.map_or("n/a".into(), |c| format!(
            "{c:.2} s = {:.0} rows/s",
            rows as f64 / c.max(0.01)
        )),
        per.join(", "),
        db.export_bytes().map(|b| b.len()).unwrap_or(0) as f64 / 1e6
    );
}

fn main() {
    let related = SeedOptions::with_seed(1)
        .count("User", 10_000)
        .count("Post", 40_000)
        .count("Comment", 45_000)
        .count("Tag", 200);
    run("related models", RELATED, &related);
    run(
        "one table",
        ONE_TABLE,
        &SeedOptions::with_seed(1).count("Event", 1_000_000),
    );
}
