//! `describe/<case>.sql` → SQLite → describe → a compact dump in `<case>.expected.txt`.
//! The cases are databases Prisma did not make; the describer must survive them.

mod common;

use seedbed_sql_schema::{SqlSchema, describe};
use std::fmt::Write as _;

#[test]
fn describe_cases() {
    let cases = common::cases("describe", ".sql");
    let mut failures = Vec::new();
    for (stem, path) in &cases {
        let mut db = common::db_with(&common::read(path));
        let schema = describe(&mut db).expect("describe");
        // The schema crosses the worker boundary as JSON.
        let json = serde_json::to_string(&schema).expect("serialise");
        let back: SqlSchema = serde_json::from_str(&json).expect("deserialise");
        assert_eq!(back, schema, "{stem}: JSON round trip");
        let expected = path.with_file_name(format!("{stem}.expected.txt"));
        if let Err(e) = common::expect_file(&expected, &dump(&schema)) {
            failures.push(e);
        }
    }
    common::report(failures, cases.len());
}

/// One line per object, enough to review by eye.
fn dump(schema: &SqlSchema) -> String {
    let mut out = String::new();
    for table in schema.walk_tables() {
        let _ = writeln!(out, "table {:?}", table.name());
        for col in table.columns() {
            let c = col.get();
            let _ = writeln!(
                out,
                "  column {:?} {:?} {:?} ({:?}){}{}",
                c.name,
                c.tpe.family,
                c.tpe.arity,
                c.tpe.full_data_type,
                c.default
                    .as_ref()
                    .map(|d| format!(" default {d:?}"))
                    .unwrap_or_default(),
                if c.auto_increment {
                    " autoincrement"
                } else {
                    ""
                },
            );
        }
        if let Some(pk) = table.primary_key() {
            let cols: Vec<_> = pk
                .columns
                .iter()
                .map(|c| schema.column(c.column).name.as_str())
                .collect();
            let _ = writeln!(out, "  primary key {cols:?}");
        }
        for index in table.indexes() {
            let cols: Vec<_> = index
                .columns()
                .map(|(c, s)| format!("{} {s:?}", c.name()))
                .collect();
            let _ = writeln!(
                out,
                "  index {:?} {:?} {cols:?}",
                index.name(),
                index.get().kind
            );
        }
        for fk in table.foreign_keys() {
            let from: Vec<_> = fk.constrained_columns().map(|c| c.name()).collect();
            let to: Vec<_> = fk.referenced_columns().map(|c| c.name()).collect();
            let f = fk.get();
            let _ = writeln!(
                out,
                "  foreign key {from:?} → {:?} {to:?} on delete {:?} on update {:?}",
                fk.referenced_table().name(),
                f.on_delete,
                f.on_update
            );
        }
    }
    for view in &schema.views {
        let cols: Vec<_> = view
            .columns
            .iter()
            .map(|c| format!("{} {:?}", c.name, c.tpe.family))
            .collect();
        let _ = writeln!(
            out,
            "view {:?} {cols:?}\n  {:?}",
            view.name, view.definition
        );
    }
    out
}
