//! Properties over real databases, for every `roundtrip/<case>.sql` (versions separated by
//! `-- ===` lines, data optional):
//!
//! - the diff of a described schema with itself is empty;
//! - applying the rendered diff A→B to a database built from A and describing it again
//!   gives B: diffing the result against B, either way, is empty.
//!
//! `<case>.expected.sql` keeps every rendered transition and its summary.

mod common;

use seedbed_db::Db;
use seedbed_sql_schema::{describe, diff};

#[test]
fn roundtrip() {
    let cases: Vec<_> = common::cases("roundtrip", ".sql")
        .into_iter()
        .filter(|(stem, _)| !stem.contains('.'))
        .collect();
    let mut failures = Vec::new();
    for (stem, path) in &cases {
        let text = common::read(path);
        let versions: Vec<&str> = text.split("\n-- ===\n").collect();
        let mut db = common::db_with(versions[0]);
        let mut transcript = String::new();
        for (i, next_sql) in versions.iter().enumerate().skip(1) {
            let current = describe(&mut db).expect("describe current");
            if !diff(&current, &current).is_empty() {
                failures.push(format!("{stem} v{}: self-diff is not empty", i - 1));
            }
            let target = describe(&mut common::db_with(next_sql)).expect("describe target");
            let migration = diff(&current, &target);
            let script = migration.script();
            transcript.push_str(&format!(
                "-- v{} → v{i}\n{script}\n/* summary\n{}*/\n/* pure check\n{:#?}\n*/\n\n",
                i - 1,
                migration.summary(),
                migration.pure_check()
            ));
            if let Err(e) = db.execute_batch(&script) {
                failures.push(format!(
                    "{stem} v{i}: the script does not apply: {e}\n{script}"
                ));
                break;
            }
            let after = describe(&mut db).expect("describe after");
            let forward = diff(&after, &target);
            let backward = diff(&target, &after);
            if !forward.is_empty() || !backward.is_empty() {
                failures.push(format!(
                    "{stem} v{i}: applied ≠ target\nforward:\n{}\nbackward:\n{}",
                    forward.script(),
                    backward.script()
                ));
            }
        }
        let expected = path.with_file_name(format!("{stem}.expected.sql"));
        if let Err(e) = common::expect_file(&expected, &transcript) {
            failures.push(e);
        }
    }
    common::report(failures, cases.len());
}
