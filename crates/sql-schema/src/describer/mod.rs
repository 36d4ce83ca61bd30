//! Live SQLite database → [`SqlSchema`], reading what Prisma's SQLite describer reads:
//! `sqlite_master`, then per table `table_xinfo`, `index_list` + `index_xinfo` and
//! `foreign_key_list` (through the table-valued pragma functions, so names need no quoting).
//!
//! The describer never panics on odd databases: unknown actions, foreign keys to missing
//! tables, expression indexes and generated columns are skipped or mapped, not unwrapped.

pub mod types;

use crate::schema::*;
use seedbed_db::{Db, DbResult, Rows, Value};
use std::collections::BTreeMap;

/// Tables Prisma never shows: SQLite's own, Cloudflare D1's, and the migrations table.
pub fn is_ignored_table(name: &str) -> bool {
    const IGNORED: &[&str] = &["_prisma_migrations", "d1_migrations"];
    IGNORED.contains(&name) || name.starts_with("sqlite_") || is_cloudflare_table(name)
}

/// `^_cf_[A-Z]+`, D1's internal tables.
fn is_cloudflare_table(name: &str) -> bool {
    name.strip_prefix("_cf_")
        .is_some_and(|rest| rest.bytes().next().is_some_and(|b| b.is_ascii_uppercase()))
}

/// Describes every table and view of the `main` database.
pub fn describe(db: &mut (impl Db + ?Sized)) -> DbResult<SqlSchema> {
    let mut schema = SqlSchema::default();
    let master = db.query(
        "SELECT name, type, sql FROM sqlite_master WHERE type='table' OR type='view' ORDER BY name ASC",
        &[],
    )?;
    let mut views = Vec::new();
    for row in &master.rows {
        let column = |i: usize| row.get(i).and_then(text);
        let (Some(name), Some(kind)) = (column(0), column(1)) else {
            continue;
        };
        if is_ignored_table(name) {
            continue;
        }
        match kind {
            "table" => {
                let id = schema.push_table(name);
                push_columns(db, &mut schema, id)?;
            }
            _ => views.push((name.to_owned(), column(2).map(str::to_owned))),
        }
    }
    for table in schema.table_ids().collect::<Vec<_>>() {
        push_indexes(db, &mut schema, table)?;
    }
    for table in schema.table_ids().collect::<Vec<_>>() {
        push_foreign_keys(db, &mut schema, table)?;
    }
    for (name, definition) in views {
        // A view over a dropped table fails to describe; it still exists, with no columns.
        let columns = view_columns(db, &name).unwrap_or_default();
        schema.push_view(View {
            name,
            definition,
            columns,
        });
    }
    Ok(schema)
}

fn text(v: &Value) -> Option<&str> {
    v.as_str()
}

fn int(v: &Value) -> i64 {
    match v {
        Value::Integer(i) => *i,
        Value::Text(t) => t.parse().unwrap_or(0),
        _ => 0,
    }
}

/// The cell `name` of `row`, or NULL when the pragma did not return that column.
fn cell<'r>(rows: &Rows, row: &'r [Value], name: &str) -> &'r Value {
    const NULL: &Value = &Value::Null;
    rows.column(name).and_then(|i| row.get(i)).unwrap_or(NULL)
}

fn column_type(declared: &str, arity: ColumnArity) -> ColumnType {
    let lower = declared.to_ascii_lowercase();
    ColumnType {
        family: types::family_for_declared_type(&lower),
        full_data_type: lower,
        arity,
    }
}

fn push_columns(
    db: &mut (impl Db + ?Sized),
    schema: &mut SqlSchema,
    table: TableId,
) -> DbResult<()> {
    let name = schema.table(table).name.clone();
    let rows = db.query(
        "SELECT * FROM pragma_table_xinfo(?1)",
        &[Value::from(name.as_str())],
    )?;
    let mut pk_columns: BTreeMap<i64, ColumnId> = BTreeMap::new();
    for row in &rows.rows {
        // Generated and hidden columns are invisible to Prisma (it reads `table_info`).
        if int(cell(&rows, row, "hidden")) != 0 {
            continue;
        }
        let Some(col_name) = text(cell(&rows, row, "name")) else {
            continue;
        };
        let arity = if int(cell(&rows, row, "notnull")) != 0 {
            ColumnArity::Required
        } else {
            ColumnArity::Nullable
        };
        let tpe = column_type(text(cell(&rows, row, "type")).unwrap_or(""), arity);
        let default =
            text(cell(&rows, row, "dflt_value")).and_then(|d| types::parse_default(d, &tpe.family));
        let id = schema.push_column(Column {
            table,
            name: col_name.to_owned(),
            tpe,
            default,
            auto_increment: false,
        });
        let pk = int(cell(&rows, row, "pk"));
        if pk > 0 {
            pk_columns.insert(pk, id);
        }
    }
    if pk_columns.is_empty() {
        return Ok(());
    }
    if let (1, Some(&id)) = (pk_columns.len(), pk_columns.values().next()) {
        let column = schema.column_mut(id);
        // An INTEGER primary key is the rowid: always assigned, so required and
        // autoincrementing as far as Prisma is concerned.
        if column.tpe.full_data_type.eq_ignore_ascii_case("integer") {
            column.auto_increment = true;
            column.tpe.arity = ColumnArity::Required;
        }
    }
    let columns = pk_columns
        .into_values()
        .map(|column| IndexColumn {
            column,
            sort_order: None,
        })
        .collect();
    schema.table_mut(table).primary_key = Some(PrimaryKey { columns });
    Ok(())
}

fn push_indexes(
    db: &mut (impl Db + ?Sized),
    schema: &mut SqlSchema,
    table: TableId,
) -> DbResult<()> {
    let table_name = schema.table(table).name.clone();
    let list = db.query(
        "SELECT * FROM pragma_index_list(?1)",
        &[Value::from(table_name.as_str())],
    )?;
    for row in &list.rows {
        // Primary keys are read from table_info; partial indexes are not modelled by Prisma.
        if text(cell(&list, row, "origin")) == Some("pk") || int(cell(&list, row, "partial")) != 0 {
            continue;
        }
        let Some(index_name) = text(cell(&list, row, "name")) else {
            continue;
        };
        let unique = int(cell(&list, row, "unique")) != 0;
        let info = db.query(
            "SELECT * FROM pragma_index_xinfo(?1)",
            &[Value::from(index_name)],
        )?;
        let mut key_columns: Vec<(i64, IndexColumn)> = Vec::new();
        let mut valid = true;
        for info_row in &info.rows {
            if int(cell(&info, info_row, "key")) == 0 {
                continue;
            }
            // Expression and rowid index columns have no name: Prisma drops the whole index.
            let column =
                text(cell(&info, info_row, "name")).and_then(|n| schema.find_column(table, n));
            let Some(column) = column else {
                valid = false;
                continue;
            };
            let sort = if int(cell(&info, info_row, "desc")) != 0 {
                SortOrder::Desc
            } else {
                SortOrder::Asc
            };
            let seqno = int(cell(&info, info_row, "seqno"));
            key_columns.push((
                seqno,
                IndexColumn {
                    column,
                    sort_order: Some(sort),
                },
            ));
        }
        if !valid || key_columns.is_empty() {
            continue;
        }
        key_columns.sort_by_key(|(seq, _)| *seq);
        schema.push_index(Index {
            table,
            name: index_name.to_owned(),
            kind: if unique {
                IndexKind::Unique
            } else {
                IndexKind::Normal
            },
            columns: key_columns.into_iter().map(|(_, c)| c).collect(),
        });
    }
    Ok(())
}

fn action(text: Option<&str>) -> ForeignKeyAction {
    match text.unwrap_or("").to_ascii_lowercase().as_str() {
        "restrict" => ForeignKeyAction::Restrict,
        "set null" => ForeignKeyAction::SetNull,
        "set default" => ForeignKeyAction::SetDefault,
        "cascade" => ForeignKeyAction::Cascade,
        _ => ForeignKeyAction::NoAction,
    }
}

/// One `foreign_key_list` group being assembled: (seq, from, to) rows plus actions.
struct PendingFk {
    id: i64,
    referenced_table: TableId,
    rows: Vec<(i64, ColumnId, Option<ColumnId>)>,
    on_delete: ForeignKeyAction,
    on_update: ForeignKeyAction,
}

fn push_foreign_keys(
    db: &mut (impl Db + ?Sized),
    schema: &mut SqlSchema,
    table: TableId,
) -> DbResult<()> {
    let table_name = schema.table(table).name.clone();
    let rows = db.query(
        "SELECT * FROM pragma_foreign_key_list(?1)",
        &[Value::from(table_name.as_str())],
    )?;
    let mut current: Option<PendingFk> = None;
    for row in &rows.rows {
        let id = int(cell(&rows, row, "id"));
        let from = text(cell(&rows, row, "from")).and_then(|n| schema.find_column(table, n));
        let referenced = text(cell(&rows, row, "table")).and_then(|n| schema.find_table(n));
        // Keys to missing tables or from missing columns are skipped, as Prisma does.
        let (Some(from), Some(referenced)) = (from, referenced) else {
            continue;
        };
        let to = text(cell(&rows, row, "to")).and_then(|n| schema.find_column(referenced, n));
        if current.as_ref().is_some_and(|fk| fk.id != id) {
            flush_foreign_key(schema, table, current.take());
        }
        let fk = current.get_or_insert_with(|| PendingFk {
            id,
            referenced_table: referenced,
            rows: Vec::new(),
            on_delete: action(text(cell(&rows, row, "on_delete"))),
            on_update: action(text(cell(&rows, row, "on_update"))),
        });
        fk.rows.push((int(cell(&rows, row, "seq")), from, to));
    }
    flush_foreign_key(schema, table, current);
    Ok(())
}

fn flush_foreign_key(schema: &mut SqlSchema, table: TableId, fk: Option<PendingFk>) {
    let Some(mut fk) = fk else { return };
    fk.rows.sort_by_key(|(seq, _, _)| *seq);
    let columns: Vec<ColumnId> = fk.rows.iter().map(|(_, from, _)| *from).collect();
    // `REFERENCES t` without columns means t's primary key.
    let referenced_columns: Vec<ColumnId> = if fk.rows.iter().all(|(_, _, to)| to.is_some()) {
        fk.rows.iter().filter_map(|(_, _, to)| *to).collect()
    } else {
        schema
            .walk(fk.referenced_table)
            .primary_key_columns()
            .map(|c| c.id)
            .collect()
    };
    if referenced_columns.len() != columns.len() || columns.is_empty() {
        return;
    }
    schema.push_foreign_key(ForeignKey {
        table,
        constraint_name: None,
        referenced_table: fk.referenced_table,
        columns,
        referenced_columns,
        on_delete: fk.on_delete,
        on_update: fk.on_update,
    });
}

fn view_columns(db: &mut (impl Db + ?Sized), view: &str) -> DbResult<Vec<ViewColumn>> {
    let rows = db.query("SELECT * FROM pragma_table_info(?1)", &[Value::from(view)])?;
    Ok(rows
        .rows
        .iter()
        .filter_map(|row| {
            let name = text(cell(&rows, row, "name"))?.to_owned();
            let arity = if int(cell(&rows, row, "notnull")) != 0 {
                ColumnArity::Required
            } else {
                ColumnArity::Nullable
            };
            let tpe = column_type(text(cell(&rows, row, "type")).unwrap_or(""), arity);
            Some(ViewColumn { name, tpe })
        })
        .collect())
}
