//! A large schema end to end (60 tables × 12 columns, an index and a foreign key each),
//! timing every phase; run with `--nocapture` to see the figures. The bound only catches
//! accidental quadratic blow-ups. (SQLite's own time to run a redefine of every table
//! dominates: it re-reads the schema after each DDL statement.)

use seedbed_db::{Db, SqliteDb};
use seedbed_sql_schema::*;
use std::time::Instant;

fn big_schema(tables: usize, columns: usize) -> SqlSchema {
    let mut schema = SqlSchema::default();
    for t in 0..tables {
        let table = schema.push_table(format!("Table{t}"));
        let mut ids = Vec::new();
        for c in 0..columns {
            let family = [
                ColumnTypeFamily::Int,
                ColumnTypeFamily::String,
                ColumnTypeFamily::DateTime,
            ][c % 3]
                .clone();
            let arity = if c == 0 {
                ColumnArity::Required
            } else {
                ColumnArity::Nullable
            };
            ids.push(schema.push_column(Column {
                table,
                name: format!("col{c}"),
                tpe: ColumnType {
                    family,
                    full_data_type: String::new(),
                    arity,
                },
                default: None,
                auto_increment: c == 0,
            }));
        }
        schema.table_mut(table).primary_key = Some(PrimaryKey {
            columns: vec![IndexColumn {
                column: ids[0],
                sort_order: None,
            }],
        });
        schema.push_index(Index {
            table,
            name: format!("Table{t}_col1_key"),
            kind: IndexKind::Unique,
            columns: vec![IndexColumn {
                column: ids[1],
                sort_order: None,
            }],
        });
        if t > 0 {
            let referenced_table = TableId(t as u32 - 1);
            let referenced = schema
                .walk(referenced_table)
                .primary_key_columns()
                .next()
                .unwrap()
                .id;
            schema.push_foreign_key(ForeignKey {
                table,
                constraint_name: Some(format!("Table{t}_col3_fkey")),
                referenced_table,
                columns: vec![ids[3]],
                referenced_columns: vec![referenced],
                on_delete: ForeignKeyAction::SetNull,
                on_update: ForeignKeyAction::Cascade,
            });
        }
    }
    schema
}

#[test]
fn large_schema_end_to_end() {
    let started = Instant::now();
    let schema = big_schema(60, 12);
    let empty = SqlSchema::default();

    let t = Instant::now();
    let migration = diff(&empty, &schema);
    let script = migration.script();
    let render_time = t.elapsed();

    let mut db = SqliteDb::open_in_memory().unwrap();
    let t = Instant::now();
    db.execute_batch(&script).unwrap();
    let apply_time = t.elapsed();

    let t = Instant::now();
    let described = describe(&mut db).unwrap();
    let describe_time = t.elapsed();

    let t = Instant::now();
    let drift = diff(&described, &schema);
    let diff_time = t.elapsed();
    assert!(drift.is_empty(), "{}", drift.script());

    // Change every table's column 5 type: one RedefineTables over every table.
    let mut changed = schema.clone();
    for c in changed.columns.iter_mut().filter(|c| c.name == "col5") {
        c.tpe.family = ColumnTypeFamily::Float;
    }
    let t = Instant::now();
    let redefine = diff(&schema, &changed);
    let redefine_script = redefine.script();
    let redefine_time = t.elapsed();
    let t = Instant::now();
    db.execute_batch(&redefine_script).unwrap();
    let redefine_apply_time = t.elapsed();

    eprintln!(
        "60 tables × 12 columns: diff+render from empty {render_time:?} ({} bytes), apply {apply_time:?}, \
         describe {describe_time:?}, diff described vs calculated {diff_time:?}, \
         redefine all diff+render {redefine_time:?} ({} bytes), SQLite runs it in {redefine_apply_time:?}",
        script.len(),
        redefine_script.len()
    );
    assert!(
        started.elapsed().as_secs() < 20,
        "took {:?}",
        started.elapsed()
    );
}
