//! The `_prisma_migrations` table: Prisma's exact DDL and the row lifecycle of
//! `sql_migration_persistence.rs` (insert started, count the step, mark finished; or keep
//! the error in `logs`; `resolve` marks applied or rolled back).

use crate::env::{Env, rfc3339, uuid_v4};
use seedbed_db::{Db, DbResult, Value};

/// Byte for byte the statement the engine runs (`flavour/sqlite.rs`).
pub const CREATE_TABLE: &str = r#"CREATE TABLE "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
);"#;

/// One row of `_prisma_migrations`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    pub id: String,
    pub checksum: String,
    pub finished_at: Option<String>,
    pub migration_name: String,
    pub logs: Option<String>,
    pub rolled_back_at: Option<String>,
    pub started_at: String,
    pub applied_steps_count: i64,
}

impl Applied {
    /// Failed: started, never finished, not rolled back.
    pub fn is_failed(&self) -> bool {
        self.finished_at.is_none() && self.rolled_back_at.is_none()
    }

    /// Counts as applied history (rolled-back rows are ignored, as in Prisma).
    pub fn is_live(&self) -> bool {
        self.rolled_back_at.is_none()
    }
}

/// Whether the table exists.
pub fn exists(db: &mut dyn Db) -> DbResult<bool> {
    let rows = db.query(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='_prisma_migrations'",
        &[],
    )?;
    Ok(!rows.rows.is_empty())
}

/// Creates the table when missing.
pub fn ensure(db: &mut dyn Db) -> DbResult<()> {
    if !exists(db)? {
        db.execute_batch(CREATE_TABLE)?;
    }
    Ok(())
}

/// Every row, in the order Prisma reads them (`ORDER BY started_at ASC`), or none when the
/// table does not exist.
pub fn read(db: &mut dyn Db) -> DbResult<Vec<Applied>> {
    if !exists(db)? {
        return Ok(Vec::new());
    }
    let rows = db.query(
        "SELECT id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count \
         FROM _prisma_migrations ORDER BY started_at ASC, rowid ASC",
        &[],
    )?;
    let text = |v: &Value| match v {
        Value::Text(s) => Some(s.clone()),
        Value::Integer(i) => Some(i.to_string()),
        Value::Real(r) => Some(r.to_string()),
        _ => None,
    };
    Ok(rows
        .rows
        .iter()
        .map(|r| {
            let get = |i: usize| r.get(i).and_then(text);
            Applied {
                id: get(0).unwrap_or_default(),
                checksum: get(1).unwrap_or_default(),
                finished_at: get(2),
                migration_name: get(3).unwrap_or_default(),
                logs: get(4),
                rolled_back_at: get(5),
                started_at: get(6).unwrap_or_default(),
                applied_steps_count: r.get(7).and_then(Value::as_i64).unwrap_or(0),
            }
        })
        .collect())
}

/// Records the start of a migration; returns the row id.
pub fn start(db: &mut dyn Db, env: &mut dyn Env, name: &str, checksum: &str) -> DbResult<String> {
    let id = uuid_v4(env.random_bytes());
    let now = rfc3339(env.now_millis());
    db.execute(
        "INSERT INTO _prisma_migrations (id, checksum, started_at, finished_at, migration_name, applied_steps_count) \
         VALUES (?, ?, ?, NULL, ?, 0)",
        &[id.as_str().into(), checksum.into(), now.into(), name.into()],
    )?;
    Ok(id)
}

/// Records success: one more applied step, then the finish time.
pub fn finish(db: &mut dyn Db, env: &mut dyn Env, id: &str) -> DbResult<()> {
    db.execute(
        "UPDATE _prisma_migrations SET applied_steps_count = applied_steps_count + 1 WHERE id = ?",
        &[id.into()],
    )?;
    let now = rfc3339(env.now_millis());
    db.execute(
        "UPDATE _prisma_migrations SET finished_at = ? WHERE id = ?",
        &[now.into(), id.into()],
    )?;
    Ok(())
}

/// Records a failure: the error text in `logs`, `finished_at` left NULL.
pub fn record_failure(db: &mut dyn Db, id: &str, logs: &str) -> DbResult<()> {
    db.execute(
        "UPDATE _prisma_migrations SET logs = ? WHERE id = ?",
        &[logs.into(), id.into()],
    )?;
    Ok(())
}

/// `resolve --applied`: a finished row with empty logs, started and finished now.
pub fn mark_applied(
    db: &mut dyn Db,
    env: &mut dyn Env,
    name: &str,
    checksum: &str,
) -> DbResult<()> {
    let id = uuid_v4(env.random_bytes());
    let now = rfc3339(env.now_millis());
    db.execute(
        "INSERT INTO _prisma_migrations (id, checksum, started_at, finished_at, migration_name, logs, applied_steps_count) \
         VALUES (?, ?, ?, ?, ?, '', 0)",
        &[
            id.into(),
            checksum.into(),
            now.as_str().into(),
            now.as_str().into(),
            name.into(),
        ],
    )?;
    Ok(())
}

/// `resolve --rolled-back`: sets `rolled_back_at` on every failed row of that migration.
pub fn mark_rolled_back(db: &mut dyn Db, env: &mut dyn Env, name: &str) -> DbResult<()> {
    let now = rfc3339(env.now_millis());
    db.execute(
        "UPDATE _prisma_migrations SET rolled_back_at = ? \
         WHERE migration_name = ? AND finished_at IS NULL AND rolled_back_at IS NULL",
        &[now.into(), name.into()],
    )?;
    Ok(())
}
