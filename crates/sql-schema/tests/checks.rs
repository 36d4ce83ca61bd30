//! Destructive-change checks on calculated migrations, with and without data:
//! `checks/<case>.txt` holds `-- previous` (a Prisma schema), `-- data` (SQL run after
//! migrating from empty) and `-- next`; `<case>.expected.txt` the pure and counted
//! diagnostics (ours, checked against Prisma's message templates; `UPDATE_EXPECT=1`).

mod common;

use seedbed_db::{Db, SqliteDb};
use seedbed_sql_schema::{SqlSchema, calculate, diff};

fn section<'a>(text: &'a str, name: &str) -> &'a str {
    let start = text.find(&format!("-- {name}\n")).expect("section") + name.len() + 4;
    let end = text[start..]
        .find("\n-- ")
        .map_or(text.len(), |e| start + e + 1);
    &text[start..end]
}

fn calc(source: &str) -> SqlSchema {
    let validated = seedbed_psl::parse_and_validate(source);
    assert!(!validated.has_errors(), "{:#?}", validated.diagnostics);
    calculate(&validated)
}

#[test]
fn check_cases() {
    let cases: Vec<_> = common::cases("checks", ".txt")
        .into_iter()
        .filter(|(stem, _)| !stem.contains('.'))
        .collect();
    let mut failures = Vec::new();
    for (stem, path) in &cases {
        let text = common::read(path);
        let previous = calc(section(&text, "previous"));
        let next = calc(section(&text, "next"));
        let mut db = SqliteDb::open_in_memory().unwrap();
        db.execute_batch(&diff(&SqlSchema::default(), &previous).script())
            .unwrap();
        db.execute_batch(section(&text, "data")).unwrap();
        let migration = diff(&previous, &next);
        let mut out = String::from("-- pure\n");
        let pure = migration.pure_check();
        for d in pure.warnings.iter().chain(&pure.unexecutable) {
            out.push_str(&format!(
                "[{}] step {}: {}\n",
                d.code, d.step_index, d.description
            ));
        }
        out.push_str("-- counted\n");
        let counted = migration.check(&mut db).unwrap();
        for d in counted.warnings.iter().chain(&counted.unexecutable) {
            out.push_str(&format!(
                "[{}] step {}: {}\n",
                d.code, d.step_index, d.description
            ));
        }
        out.push_str("-- script\n");
        out.push_str(&migration.script());
        let expected = path.with_file_name(format!("{stem}.expected.txt"));
        if let Err(e) = common::expect_file(&expected, &out) {
            failures.push(e);
        }
    }
    common::report(failures, cases.len());
}
