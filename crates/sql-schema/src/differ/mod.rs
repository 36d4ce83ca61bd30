//! Two schemas → the steps that turn the first into the second, with SQLite's rules
//! (Prisma's `sql_schema_differ.rs` and `flavour/sqlite/schema_differ.rs`).
//!
//! Tables match by name, columns by name within a table, indexes by columns and kind (a
//! name change alone is a RedefineIndex). Anything beyond adding an optional column or
//! touching indexes redefines the table.

pub mod column;
mod database;

pub use database::DifferDatabase;

use crate::pair::Pair;
use crate::schema::SqlSchema;
use crate::steps::{AlterTable, Migration, RedefineTable, Step, TableChange};
use std::collections::BTreeSet;

/// The steps from `previous` to `next`, sorted in emission order.
pub fn diff<'a>(previous: &'a SqlSchema, next: &'a SqlSchema) -> Migration<'a> {
    let schemas = Pair::new(previous, next);
    let db = DifferDatabase::new(schemas);
    let mut steps = Vec::new();
    push_created_tables(&mut steps, &db);
    push_dropped_tables(&mut steps, &db);
    push_dropped_indexes(&mut steps, &db);
    push_created_indexes(&mut steps, &db);
    push_altered_tables(&mut steps, &db);
    push_redefined_tables(&mut steps, &db);
    steps.sort();
    Migration { schemas, steps }
}

fn push_created_tables(steps: &mut Vec<Step>, db: &DifferDatabase<'_>) {
    for table in db.created_tables() {
        steps.push(Step::CreateTable { table });
        for index in db.schemas.next.walk(table).indexes() {
            steps.push(Step::CreateIndex {
                table: (None, table),
                index: index.id,
            });
        }
    }
}

fn push_dropped_tables(steps: &mut Vec<Step>, db: &DifferDatabase<'_>) {
    steps.extend(db.dropped_tables().map(|table| Step::DropTable { table }));
}

fn push_dropped_indexes(steps: &mut Vec<Step>, db: &DifferDatabase<'_>) {
    let mut dropped = BTreeSet::new();
    for tables in db.non_redefined_table_pairs() {
        dropped.extend(db.dropped_indexes(tables));
    }
    // Prisma's quirk: when some table is redefined, the indexes of dropped tables are
    // dropped explicitly too (the recipe re-creates indexes, and names must be free).
    if !db.tables_to_redefine.is_empty() {
        for table in db.dropped_tables() {
            dropped.extend(db.schemas.previous.walk(table).indexes().map(|i| i.id));
        }
    }
    steps.extend(dropped.into_iter().map(|index| Step::DropIndex { index }));
}

fn push_created_indexes(steps: &mut Vec<Step>, db: &DifferDatabase<'_>) {
    for tables in db.non_redefined_table_pairs() {
        for index in db.created_indexes(tables) {
            steps.push(Step::CreateIndex {
                table: (Some(tables.previous), tables.next),
                index,
            });
        }
    }
}

fn push_altered_tables(steps: &mut Vec<Step>, db: &DifferDatabase<'_>) {
    for tables in db.non_redefined_table_pairs() {
        for index in db.index_pairs(tables) {
            if index.previous.name() != index.next.name() {
                steps.push(Step::RedefineIndex {
                    index: index.map(|i| i.id),
                });
            }
        }
        // Everything else would have made the table a redefined one.
        let changes: Vec<TableChange> = db
            .added_columns(tables)
            .map(|column| TableChange::AddColumn {
                column,
                has_virtual_default: has_virtual_default(db.schemas.next, column),
            })
            .collect();
        if !changes.is_empty() {
            steps.push(Step::AlterTable(AlterTable { tables, changes }));
        }
    }
}

fn has_virtual_default(schema: &SqlSchema, column: crate::schema::ColumnId) -> bool {
    schema.prisma_level_defaults.binary_search(&column).is_ok()
}

fn push_redefined_tables(steps: &mut Vec<Step>, db: &DifferDatabase<'_>) {
    if db.tables_to_redefine.is_empty() {
        return;
    }
    let redefines = db
        .table_pairs()
        .filter(|t| db.tables_to_redefine.contains(t))
        .map(|tables| {
            let added_columns: Vec<_> = db.added_columns(tables).collect();
            RedefineTable {
                tables,
                added_columns_with_virtual_defaults: added_columns
                    .iter()
                    .copied()
                    .filter(|c| has_virtual_default(db.schemas.next, *c))
                    .collect(),
                added_columns,
                dropped_columns: db.dropped_columns(tables).collect(),
                dropped_primary_key: db.dropped_primary_key(tables)
                    || db.primary_key_changed(tables),
                column_pairs: db
                    .column_pairs(tables)
                    .map(|cols| (cols, db.column_changes(cols)))
                    .collect(),
            }
        })
        .collect();
    steps.push(Step::RedefineTables(redefines));
}
