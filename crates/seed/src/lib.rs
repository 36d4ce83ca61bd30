//! Seeding: purge a Prisma schema's SQLite database, then fill it with realistic, related
//! fake data, deterministically from a seed number.
//!
//! ```
//! use seedbed_db::{Db, SqliteDb};
//! let schema = seedbed_psl::parse_and_validate(r#"
//! datasource db {
//!   provider = "sqlite"
//!   url      = "file:dev.db"
//! }
//! model User {
//!   id    Int    @id @default(autoincrement())
//!   email String @unique
//!   posts Post[]
//! }
//! model Post {
//!   id       Int    @id @default(autoincrement())
//!   title    String
//!   authorId Int
//!   author   User   @relation(fields: [authorId], references: [id])
//! }
//! "#);
//! let sql = seedbed_sql_schema::calculate(&schema);
//! let script = seedbed_sql_schema::diff(&Default::default(), &sql).script();
//! let mut db = SqliteDb::open_in_memory().unwrap();
//! db.execute_batch(&script).unwrap();
//! let options = seedbed_seed::SeedOptions::with_seed(7).count("Post", 50);
//! let summary = seedbed_seed::seed(&mut db, &schema, &options, |_| true).unwrap();
//! assert_eq!(summary.total_rows, 70);
//! ```
//!
//! Stages: [`plan()`] (pure: generators, order, feasibility), [`run`] (one transaction:
//! [`purge()`] then batched inserts), [`seed`] (both). See `README.md`.

mod bulk;
mod execute;
mod generate;
mod heuristics;
mod ids;
mod options;
mod plan;
mod purge;
mod relations;
mod rng;
mod rows;
mod uniques;
mod words;

pub use execute::{Progress, SeedError, SeedSummary, TableSummary, run};
pub use generate::Gen;
pub use options::{DEFAULT_COUNT, DEFAULT_REFERENCE_MS, Override, SeedOptions};
pub use plan::{ColumnPlan, MAX_ROWS, PlanError, SeedPlan, TablePlan, plan};
pub use purge::purge;
pub mod settings;
pub use words::Locale;

use seedbed_db::Db;

/// Plans, then purges and seeds in one transaction. Infeasible options are refused
/// before anything is written; any failure or a cancellation leaves the database as it was.
pub fn seed(
    db: &mut impl Db,
    schema: &seedbed_psl::ValidatedSchema,
    options: &SeedOptions,
    progress: impl FnMut(Progress<'_>) -> bool,
) -> Result<SeedSummary, SeedError> {
    let plan = plan::plan(schema, options).map_err(SeedError::Plan)?;
    let sql = seedbed_sql_schema::calculate(schema);
    run(db, &sql, &plan, progress)
}
