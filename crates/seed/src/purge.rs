//! Purge: delete every row of every table the schema owns, leaving a database that is
//! indistinguishable from a freshly migrated one (same `sqlite_master`, empty tables, no
//! `sqlite_sequence` rows for them). `_prisma_migrations` and unknown tables are kept.
//!
//! `PRAGMA defer_foreign_keys` is not enough on its own: Prisma's default for required
//! relations is `ON DELETE RESTRICT`, which SQLite enforces immediately even when foreign
//! keys are deferred. So children are deleted before parents, and references inside a
//! cycle (including self-relations) are first cut: nullable ones set to NULL, required
//! ones in a self-relation by pointing each row at itself.

use seedbed_db::{Db, DbResult, Value};
use seedbed_sql_schema::{SqlSchema, TableId};

/// Quotes an identifier for SQLite.
pub(crate) fn quote(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// Deletes all rows of the schema's tables and resets their `sqlite_sequence` entries.
/// Run it inside a transaction: it leaves foreign keys deferred until COMMIT.
pub fn purge(db: &mut impl Db, sql: &SqlSchema) -> DbResult<()> {
    db.execute_batch("PRAGMA defer_foreign_keys = ON")?;
    let existing: Vec<String> = db
        .query("SELECT name FROM sqlite_master WHERE type = 'table'", &[])?
        .rows
        .into_iter()
        .filter_map(|r| {
            r.into_iter()
                .next()
                .and_then(|v| v.as_str().map(str::to_owned))
        })
        .collect();
    let tables: Vec<TableId> = sql
        .table_ids()
        .filter(|t| existing.iter().any(|e| *e == sql.table(*t).name))
        .collect();
    // Cut nullable references first, so cycles through them no longer hold anything.
    for fk in &sql.foreign_keys {
        if !tables.contains(&fk.table) {
            continue;
        }
        let nullable = fk
            .columns
            .iter()
            .all(|&c| sql.column(c).tpe.arity.is_nullable());
        if nullable && in_cycle(sql, fk.table, fk.referenced_table) {
            let sets: Vec<String> = fk
                .columns
                .iter()
                .map(|&c| format!("{} = NULL", quote(&sql.column(c).name)))
                .collect();
            db.execute(
                &format!(
                    "UPDATE {} SET {}",
                    quote(&sql.table(fk.table).name),
                    sets.join(", ")
                ),
                &[],
            )?;
        }
    }
    for t in delete_order(sql, &tables) {
        delete_all(db, sql, t)?;
    }
    if existing.iter().any(|e| e == "sqlite_sequence") {
        for t in &tables {
            db.execute(
                "DELETE FROM sqlite_sequence WHERE name = ?",
                &[Value::Text(sql.table(*t).name.clone())],
            )?;
        }
    }
    Ok(())
}

/// Whether `to` reaches back to `from` through foreign keys (or is `from`).
fn in_cycle(sql: &SqlSchema, from: TableId, to: TableId) -> bool {
    let mut seen = vec![to];
    let mut i = 0;
    while let Some(&t) = seen.get(i) {
        if t == from {
            return true;
        }
        for fk in sql.foreign_keys.iter().filter(|fk| fk.table == t) {
            if !seen.contains(&fk.referenced_table) {
                seen.push(fk.referenced_table);
            }
        }
        i += 1;
    }
    false
}

/// Children before parents: repeatedly take a table no remaining table references
/// (self-references aside); on a cycle, take the first remaining one.
fn delete_order(sql: &SqlSchema, tables: &[TableId]) -> Vec<TableId> {
    let mut remaining = tables.to_vec();
    let mut order = Vec::new();
    while !remaining.is_empty() {
        let free = remaining.iter().position(|&t| {
            !sql.foreign_keys.iter().any(|fk| {
                fk.referenced_table == t && fk.table != t && remaining.contains(&fk.table)
            })
        });
        order.push(remaining.remove(free.unwrap_or(0)));
    }
    order
}

fn delete_all(db: &mut impl Db, sql: &SqlSchema, t: TableId) -> DbResult<()> {
    let table = quote(&sql.table(t).name);
    let delete = format!("DELETE FROM {table}");
    // A failed statement is undone on its own, so trying is harmless.
    let Err(first_error) = db.execute(&delete, &[]) else {
        return Ok(());
    };
    // Required self-references under RESTRICT: point every row at itself (an UPDATE of
    // the child columns never triggers the parent's RESTRICT), so no row is deleted while
    // another row still points at it. Nullable ones were set to NULL already.
    let mut self_keys = sql
        .foreign_keys
        .iter()
        .filter(|fk| fk.table == t && fk.referenced_table == t)
        .peekable();
    if self_keys.peek().is_none() {
        return Err(first_error);
    }
    for fk in self_keys {
        let sets: Vec<String> = fk
            .columns
            .iter()
            .zip(&fk.referenced_columns)
            .map(|(&c, &r)| {
                format!(
                    "{} = {}",
                    quote(&sql.column(c).name),
                    quote(&sql.column(r).name)
                )
            })
            .collect();
        db.execute(&format!("UPDATE {table} SET {}", sets.join(", ")), &[])?;
    }
    db.execute(&delete, &[])?;
    Ok(())
}
