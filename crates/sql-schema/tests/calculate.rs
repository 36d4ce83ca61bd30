//! `schemas/<case>.prisma` → calculate → diff from empty → `<case>.expected.sql` (ours,
//! reviewed by eye against Prisma's rules; `UPDATE_EXPECT=1` rewrites). The captured Prisma
//! outputs are checked byte for byte in `migrate_diff.rs`.

mod common;

use seedbed_sql_schema::{SqlSchema, calculate, diff};

#[test]
fn calculate_cases() {
    let cases = common::cases("schemas", ".prisma");
    let mut failures = Vec::new();
    for (stem, path) in &cases {
        let validated = seedbed_psl::parse_and_validate(&common::read(path));
        let mut actual = String::new();
        for d in validated.errors() {
            actual.push_str(&format!("// schema error: {}\n", d.message));
        }
        let empty = SqlSchema::default();
        let schema = calculate(&validated);
        let migration = diff(&empty, &schema);
        actual.push_str(&migration.script());
        actual.push_str("\n/* summary\n");
        actual.push_str(&migration.summary());
        actual.push_str("*/\n");
        if let Err(e) = common::expect_file(
            &path.with_file_name(format!("{stem}.expected.sql")),
            &actual,
        ) {
            failures.push(e);
        }
    }
    common::report(failures, cases.len());
}
