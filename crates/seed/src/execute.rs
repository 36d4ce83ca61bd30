//! Running a plan: purge and insert in one transaction, rows generated in batches and
//! sent through reused prepared statements, progress reported with a cancellation check.
//! Any failure rolls back everything, purge included.

use crate::bulk;
use crate::plan::{SeedPlan, TablePlan};
use crate::purge::{purge, quote};
use seedbed_db::{Db, DbError, Value};
use seedbed_sql_schema::SqlSchema;
use std::fmt;

/// Rows per multi-row INSERT: amortises SQLite's per-statement cost while keeping the
/// parameter count far below SQLite's limit (32,766).
const BATCH: usize = 64;
/// Progress is reported about this often (rows).
const REPORT_EVERY: u64 = 4096;

/// Where seeding is, for a progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress<'a> {
    /// The table being filled.
    pub model: &'a str,
    pub done: u64,
    pub total: u64,
}

/// Rows written, per model, in insertion order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SeedSummary {
    pub tables: Vec<TableSummary>,
    pub total_rows: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableSummary {
    pub model: String,
    pub table: String,
    pub rows: u64,
}

/// Why seeding stopped. The database is as it was before in every case.
#[derive(Debug, Clone, PartialEq)]
pub enum SeedError {
    /// The options cannot be satisfied; nothing was written.
    Plan(crate::PlanError),
    /// The progress callback asked to stop.
    Cancelled,
    /// A statement failed while filling a model: the row's values name the culprit.
    Insert {
        model: String,
        field: Option<String>,
        value: Option<Value>,
        error: DbError,
    },
    /// The purge or the transaction itself failed.
    Database(DbError),
}

impl fmt::Display for SeedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SeedError::Plan(e) => write!(f, "cannot seed: {e}"),
            SeedError::Cancelled => f.write_str("seeding was cancelled; nothing was changed"),
            SeedError::Insert {
                model,
                field,
                value,
                error,
            } => {
                write!(f, "seeding {model} failed")?;
                if let Some(field) = field {
                    write!(f, " on field `{field}`")?;
                }
                if let Some(value) = value {
                    write!(f, " with value {}", show(value))?;
                }
                write!(f, ": {error}; nothing was changed")
            }
            SeedError::Database(e) => write!(f, "seeding failed: {e}; nothing was changed"),
        }
    }
}

impl std::error::Error for SeedError {}

fn show(value: &Value) -> String {
    match value {
        Value::Null => "NULL".into(),
        Value::Integer(i) => i.to_string(),
        Value::Real(r) => r.to_string(),
        Value::Text(t) => format!("{t:?}"),
        Value::Blob(b) => format!("<{} bytes>", b.len()),
    }
}

/// Why the work inside the transaction stopped.
enum Stop {
    Cancelled,
    Failed(SeedError),
}

/// Purges the schema's tables and inserts the plan's rows, in one transaction.
/// `progress` is called now and then; returning `false` cancels (and rolls back).
pub fn run(
    db: &mut impl Db,
    sql: &SqlSchema,
    plan: &SeedPlan,
    mut progress: impl FnMut(Progress<'_>) -> bool,
) -> Result<SeedSummary, SeedError> {
    let total: u64 = plan.tables.iter().map(|t| t.rows).sum();
    // Our own BEGIN/COMMIT rather than `Db::transaction`: a COMMIT refused by a deferred
    // foreign key leaves the transaction open and must be rolled back here, while a
    // failed BEGIN (the caller is inside a transaction) must not roll back the caller's.
    db.execute_batch("BEGIN IMMEDIATE")
        .map_err(SeedError::Database)?;
    let outcome = fill(db, sql, plan, total, &mut progress).and_then(|()| {
        db.execute_batch("COMMIT")
            .map_err(|e| Stop::Failed(SeedError::Database(e)))
    });
    match outcome {
        Ok(()) => Ok(SeedSummary {
            tables: plan
                .tables
                .iter()
                .map(|t| TableSummary {
                    model: t.model.clone(),
                    table: t.table.clone(),
                    rows: t.rows,
                })
                .collect(),
            total_rows: total,
        }),
        Err(stop) => {
            // The rollback's own error, if any, is less useful than the original one.
            let _ = db.execute_batch("ROLLBACK");
            Err(match stop {
                Stop::Cancelled => SeedError::Cancelled,
                Stop::Failed(e) => e,
            })
        }
    }
}

/// The work inside the transaction: purge, then every table in plan order.
fn fill(
    db: &mut impl Db,
    sql: &SqlSchema,
    plan: &SeedPlan,
    total: u64,
    progress: &mut impl FnMut(Progress<'_>) -> bool,
) -> Result<(), Stop> {
    let database = |e| Stop::Failed(SeedError::Database(e));
    purge(db, sql).map_err(database)?;
    // The purge deferred foreign keys; keep them deferred only when some row points at a
    // row inserted later, so that other failures are reported on their row.
    if !plan.defers_foreign_keys {
        db.execute_batch("PRAGMA defer_foreign_keys = OFF")
            .map_err(database)?;
    }
    let mut done = 0u64;
    for (i, table) in plan.tables.iter().enumerate() {
        let set_aside = if table.rows >= bulk::BULK_ROWS {
            bulk::set_aside(db, sql, &table.table).map_err(database)?
        } else {
            Vec::new()
        };
        if table.join.is_some() {
            insert_join(db, plan, i, &mut done, total, progress)?;
        } else {
            insert_table(db, plan, i, &mut done, total, progress)?;
        }
        bulk::rebuild(db, &set_aside).map_err(|(index, error)| {
            Stop::Failed(SeedError::Insert {
                model: table.model.clone(),
                field: field_named_in(table, &error.message),
                value: None,
                error: DbError::new(format!("rebuilding index `{index}`: {}", error.message)),
            })
        })?;
    }
    Ok(())
}

/// The field whose column SQLite names in an error (`UNIQUE constraint failed: T.c`).
fn field_named_in(table: &TablePlan, message: &str) -> Option<String> {
    table
        .columns
        .iter()
        .find(|c| message.contains(&format!("{}.{}", table.table, c.name)))
        .map(|c| c.field.clone())
}

fn insert_sql(table: &TablePlan, rows: usize) -> String {
    let cols: Vec<String> = table
        .columns
        .iter()
        .filter(|c| c.inserted)
        .map(|c| quote(&c.name))
        .collect();
    if cols.is_empty() {
        return format!("INSERT INTO {} DEFAULT VALUES", quote(&table.table));
    }
    let one = format!("({})", vec!["?"; cols.len()].join(", "));
    format!(
        "INSERT INTO {} ({}) VALUES {}",
        quote(&table.table),
        cols.join(", "),
        vec![one; rows].join(", ")
    )
}

fn insert_table(
    db: &mut impl Db,
    plan: &SeedPlan,
    index: usize,
    done: &mut u64,
    total: u64,
    progress: &mut impl FnMut(Progress<'_>) -> bool,
) -> Result<(), Stop> {
    let table = &plan.tables[index];
    let width = table.columns.iter().filter(|c| c.inserted).count();
    // `DEFAULT VALUES` takes one row per statement.
    let batch = 32_000usize
        .checked_div(width)
        .map_or(1, |fit| BATCH.min(fit).max(1));
    let full_sql = insert_sql(table, batch);
    let mut all = Vec::with_capacity(table.columns.len());
    let mut params: Vec<Value> = Vec::with_capacity(batch * width);
    let mut first = 0u64;
    while first < table.rows {
        let n = (table.rows - first).min(batch as u64) as usize;
        params.clear();
        for row in first..first + n as u64 {
            plan.row(index, row, &mut all, &mut params);
        }
        let sql = if n == batch {
            full_sql.clone()
        } else {
            insert_sql(table, n)
        };
        if let Err(error) = db.execute(&sql, &params) {
            return Err(Stop::Failed(explain(db, plan, index, first, n, error)));
        }
        first += n as u64;
        *done += n as u64;
        let report = first % REPORT_EVERY < n as u64 || first == table.rows;
        if report
            && !progress(Progress {
                model: &table.model,
                done: *done,
                total,
            })
        {
            return Err(Stop::Cancelled);
        }
    }
    // Autoincrement keys were predicted as row + 1; check the database agrees, so a
    // sequence that was not reset cannot silently point children at the wrong rows.
    if table.rows > 0
        && table
            .columns
            .iter()
            .any(|c| !c.inserted && c.source == "AutoIncrement")
    {
        let last = db.last_insert_rowid();
        if last != table.rows as i64 {
            return Err(Stop::Failed(SeedError::Insert {
                model: table.model.clone(),
                field: None,
                value: Some(Value::Integer(last)),
                error: DbError::new("the autoincrement sequence did not start at 1"),
            }));
        }
    }
    Ok(())
}

/// A batch failed (and SQLite undid that one statement): replay it row by row to find
/// the row, then name the field from SQLite's message (`UNIQUE constraint failed: T.c`).
fn explain(
    db: &mut impl Db,
    plan: &SeedPlan,
    index: usize,
    first: u64,
    n: usize,
    error: DbError,
) -> SeedError {
    let table = &plan.tables[index];
    let one = insert_sql(table, 1);
    let mut all = Vec::new();
    let mut params = Vec::new();
    for row in first..first + n as u64 {
        params.clear();
        plan.row(index, row, &mut all, &mut params);
        if let Err(error) = db.execute(&one, &params) {
            let inserted: Vec<_> = table.columns.iter().filter(|c| c.inserted).collect();
            let named = inserted.iter().position(|c| {
                error
                    .message
                    .contains(&format!("{}.{}", table.table, c.name))
            });
            return SeedError::Insert {
                model: table.model.clone(),
                field: named.map(|i| inserted[i].field.clone()),
                value: named.and_then(|i| params.get(i).cloned()),
                error,
            };
        }
    }
    SeedError::Insert {
        model: table.model.clone(),
        field: None,
        value: None,
        error,
    }
}

fn insert_join(
    db: &mut impl Db,
    plan: &SeedPlan,
    index: usize,
    done: &mut u64,
    total: u64,
    progress: &mut impl FnMut(Progress<'_>) -> bool,
) -> Result<(), Stop> {
    let table = &plan.tables[index];
    let statement = |links: usize| {
        format!(
            "INSERT INTO {} (\"A\", \"B\") VALUES {}",
            quote(&table.table),
            vec!["(?, ?)"; links].join(", ")
        )
    };
    let full = statement(BATCH);
    let mut params: Vec<Value> = Vec::with_capacity(2 * BATCH);
    let mut stop = None;
    let mut flushed = 0u64;
    let mut flush = |params: &mut Vec<Value>, done: &mut u64| -> Result<(), Stop> {
        let links = params.len() / 2;
        if links == 0 {
            return Ok(());
        }
        let sql = if links == BATCH {
            full.clone()
        } else {
            statement(links)
        };
        db.execute(&sql, params).map_err(|error| {
            Stop::Failed(SeedError::Insert {
                model: table.model.clone(),
                field: Some("A".into()),
                value: params.first().cloned(),
                error,
            })
        })?;
        params.clear();
        *done += links as u64;
        Ok(())
    };
    plan.join_rows(index, |a, b| {
        params.push(a);
        params.push(b);
        if params.len() < 2 * BATCH {
            return true;
        }
        let result = flush(&mut params, done).and_then(|()| {
            flushed += 1;
            // Every REPORT_EVERY links of this table (BATCH divides it).
            let report = (flushed * BATCH as u64).is_multiple_of(REPORT_EVERY);
            if report
                && !progress(Progress {
                    model: &table.model,
                    done: *done,
                    total,
                })
            {
                return Err(Stop::Cancelled);
            }
            Ok(())
        });
        match result {
            Ok(()) => true,
            Err(s) => {
                stop = Some(s);
                false
            }
        }
    });
    if let Some(s) = stop {
        return Err(s);
    }
    flush(&mut params, done)?;
    if progress(Progress {
        model: &table.model,
        done: *done,
        total,
    }) {
        Ok(())
    } else {
        Err(Stop::Cancelled)
    }
}
