//! Bulk loading: a large table's secondary indexes are dropped before its rows go in and
//! created again after, inside the seeding transaction. SQLite builds an index from
//! sorted keys far faster than it maintains one under random inserts (a unique email
//! column made 1,000,000 rows ~4x slower, with most time in B-tree moves and journal
//! writes). Uniqueness is still enforced: `CREATE UNIQUE INDEX` fails on a duplicate, and
//! the transaction rolls back.

use crate::purge::quote;
use seedbed_db::{Db, DbError, Value};
use seedbed_sql_schema::SqlSchema;

/// Below this many rows the per-row error reports of ordinary inserts are worth more than
/// the time saved.
pub(crate) const BULK_ROWS: u64 = 20_000;

/// An index set aside: its name and the SQL that recreates it, as `sqlite_master` has it.
pub(crate) struct SetAside {
    pub name: String,
    sql: String,
}

/// Drops the indexes of `table` that can be rebuilt (those with SQL; constraint indexes
/// such as `sqlite_autoindex_*` cannot be dropped) and that no foreign key looks up: a
/// key referencing them would fail with "foreign key mismatch" while they are gone.
pub(crate) fn set_aside(
    db: &mut impl Db,
    schema: &SqlSchema,
    table: &str,
) -> Result<Vec<SetAside>, DbError> {
    let rows = db.query(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY rowid",
        &[Value::Text(table.to_owned())],
    )?;
    let mut dropped = Vec::new();
    for row in rows.rows {
        let (Some(Value::Text(name)), Some(Value::Text(sql))) = (row.first(), row.get(1)) else {
            continue;
        };
        if referenced_by_foreign_key(schema, table, name) {
            continue;
        }
        db.execute_batch(&format!("DROP INDEX {}", quote(name)))?;
        dropped.push(SetAside {
            name: name.clone(),
            sql: sql.clone(),
        });
    }
    Ok(dropped)
}

/// Recreates what [`set_aside`] dropped, in the original order. On failure, the name of
/// the index that could not be built.
pub(crate) fn rebuild(db: &mut impl Db, indexes: &[SetAside]) -> Result<(), (String, DbError)> {
    for index in indexes {
        db.execute_batch(&index.sql)
            .map_err(|e| (index.name.clone(), e))?;
    }
    Ok(())
}

/// Whether some foreign key references exactly the columns of the index `name` on
/// `table` (SQLite then uses that index for the lookup). Unknown indexes count as
/// referenced, to stay on the safe side.
fn referenced_by_foreign_key(schema: &SqlSchema, table: &str, name: &str) -> bool {
    let Some(table_id) = schema.tables.iter().position(|t| t.name == table) else {
        return true;
    };
    let Some(index) = schema
        .indexes
        .iter()
        .find(|i| i.table.0 as usize == table_id && i.name == name)
    else {
        return true;
    };
    let mut indexed: Vec<u32> = index.columns.iter().map(|c| c.column.0).collect();
    indexed.sort_unstable();
    schema
        .foreign_keys
        .iter()
        .filter(|fk| fk.referenced_table.0 as usize == table_id)
        .any(|fk| {
            let mut referenced: Vec<u32> = fk.referenced_columns.iter().map(|c| c.0).collect();
            referenced.sort_unstable();
            referenced == indexed
        })
}
