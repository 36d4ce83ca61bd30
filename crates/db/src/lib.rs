//! The one door to SQLite.
//!
//! Every stage that touches a database (describer, migration commands, seeding, the query
//! engine) goes through the [`Db`] trait, so the core crates stay free of IO decisions and
//! the same code runs natively and inside the browser worker. [`SqliteDb`] implements it
//! over `rusqlite`; in the browser the connection lives in memory and is persisted by
//! exporting its bytes (see `ARCHITECTURE.md`, "Persistence").

#[cfg(feature = "sqlite")]
mod sqlite;
mod value;

#[cfg(feature = "sqlite")]
pub use sqlite::SqliteDb;
pub use value::{Rows, Value};

use std::fmt;

/// An error from SQLite, with the message SQLite gave.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DbError {
    /// SQLite's extended result code when there is one (e.g. 2067 for a UNIQUE violation).
    pub code: Option<i32>,
    pub message: String,
}

impl DbError {
    pub fn new(message: impl Into<String>) -> Self {
        DbError {
            code: None,
            message: message.into(),
        }
    }
}

impl fmt::Display for DbError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for DbError {}

pub type DbResult<T> = Result<T, DbError>;

/// The narrow interface the engine needs from a database.
///
/// Statements are plain SQL with `?` placeholders. Transactions are expressed with
/// `execute_batch("BEGIN")` and friends, or with [`Db::transaction`].
pub trait Db {
    /// Runs one or more statements separated by `;`, without parameters or results.
    fn execute_batch(&mut self, sql: &str) -> DbResult<()>;
    /// Runs one statement and returns the number of rows it changed.
    fn execute(&mut self, sql: &str, params: &[Value]) -> DbResult<usize>;
    /// Runs one statement and returns every row it produced.
    fn query(&mut self, sql: &str, params: &[Value]) -> DbResult<Rows>;
    /// The rowid of the last successful INSERT.
    fn last_insert_rowid(&mut self) -> i64;

    /// Runs `work` inside `BEGIN IMMEDIATE … COMMIT`, rolling back when it fails, so a
    /// failing step leaves the database as it was.
    fn transaction<T>(&mut self, work: impl FnOnce(&mut Self) -> DbResult<T>) -> DbResult<T>
    where
        Self: Sized,
    {
        self.execute_batch("BEGIN IMMEDIATE")?;
        match work(self) {
            Ok(value) => {
                self.execute_batch("COMMIT")?;
                Ok(value)
            }
            Err(err) => {
                // The rollback error, if any, is less useful than the original one.
                let _ = self.execute_batch("ROLLBACK");
                Err(err)
            }
        }
    }
}
