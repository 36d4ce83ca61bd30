//! Every schema Prisma's validator was shown (`prisma/broken`: the captured `prisma
//! validate` inputs and Prisma's own validation fixtures, most of them invalid) goes through
//! calculate → diff from empty and back → render → checks without panicking, and whatever
//! the calculator produced from a schema with errors still applies to SQLite when the
//! schema itself validated.

mod common;

use seedbed_db::{Db, SqliteDb};
use seedbed_sql_schema::{SqlSchema, calculate, diff};

#[test]
fn broken_schemas_never_panic() {
    let cases = common::cases("prisma/broken", ".prisma");
    let mut failures = Vec::new();
    let empty = SqlSchema::default();
    for (stem, path) in &cases {
        let validated = seedbed_psl::parse_and_validate(&common::read(path));
        let schema = calculate(&validated);
        let forward = diff(&empty, &schema);
        let back = diff(&schema, &empty);
        let _ = (
            forward.summary(),
            forward.pure_check(),
            back.script(),
            back.summary(),
        );
        let script = forward.script();
        if !validated.has_errors() {
            let mut db = SqliteDb::open_in_memory().unwrap();
            if let Err(e) = db.execute_batch(&script) {
                failures.push(format!(
                    "{stem}: a valid schema's script fails: {e}\n{script}"
                ));
            }
        }
    }
    common::report(failures, cases.len());
}
