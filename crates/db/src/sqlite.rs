//! [`Db`] over a `rusqlite` connection.

use crate::{Db, DbError, DbResult, Rows, Value};
use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::{Connection, MAIN_DB, ToSql};

/// A SQLite connection: a file natively, memory in the browser (persisted as bytes).
pub struct SqliteDb {
    conn: Connection,
}

impl SqliteDb {
    /// A fresh in-memory database.
    pub fn open_in_memory() -> DbResult<Self> {
        let conn = Connection::open_in_memory().map_err(convert)?;
        Ok(SqliteDb { conn })
    }

    /// Opens (or creates) a database file.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn open_file(path: &std::path::Path) -> DbResult<Self> {
        let conn = Connection::open(path).map_err(convert)?;
        Ok(SqliteDb { conn })
    }

    /// Opens an existing database file read-only (`db pull` must never modify it).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn open_file_read_only(path: &std::path::Path) -> DbResult<Self> {
        use rusqlite::OpenFlags;
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_URI;
        let conn = Connection::open_with_flags(path, flags).map_err(convert)?;
        Ok(SqliteDb { conn })
    }

    /// The SQLite library version, e.g. `3.46.0`.
    pub fn sqlite_version() -> &'static str {
        rusqlite::version()
    }

    /// The whole database as the bytes of a `.sqlite` file.
    pub fn export_bytes(&mut self) -> DbResult<Vec<u8>> {
        let data = self.conn.serialize(MAIN_DB).map_err(convert)?;
        Ok(data.to_vec())
    }

    /// Replaces the database with the bytes of a `.sqlite` file, after checking that they
    /// are one: a file that is not a database leaves the current one untouched.
    pub fn import_bytes(&mut self, bytes: &[u8]) -> DbResult<()> {
        const MAGIC: &[u8] = b"SQLite format 3\0";
        if bytes.len() < 100 || &bytes[..16] != MAGIC {
            return Err(DbError::new(
                "The file is not a SQLite database (its header is not \"SQLite format 3\").",
            ));
        }
        let mut candidate = Connection::open_in_memory().map_err(convert)?;
        candidate
            .deserialize_read_exact(MAIN_DB, bytes, bytes.len(), false)
            .map_err(convert)?;
        // Reading the schema forces SQLite to parse every page header we depend on.
        candidate
            .query_row("SELECT count(*) FROM sqlite_master", [], |r| {
                r.get::<_, i64>(0)
            })
            .map_err(convert)?;
        let check: String = candidate
            .query_row("PRAGMA quick_check", [], |r| r.get(0))
            .map_err(convert)?;
        if check != "ok" {
            return Err(DbError::new(format!(
                "The database file is damaged: {check}"
            )));
        }
        self.conn = candidate;
        Ok(())
    }

    /// Direct access for code that needs rusqlite features the trait does not offer.
    pub fn connection(&mut self) -> &mut Connection {
        &mut self.conn
    }
}

impl Db for SqliteDb {
    fn execute_batch(&mut self, sql: &str) -> DbResult<()> {
        self.conn.execute_batch(sql).map_err(convert)
    }

    fn execute(&mut self, sql: &str, params: &[Value]) -> DbResult<usize> {
        let mut stmt = self.conn.prepare_cached(sql).map_err(convert)?;
        stmt.execute(rusqlite::params_from_iter(params.iter()))
            .map_err(convert)
    }

    fn query(&mut self, sql: &str, params: &[Value]) -> DbResult<Rows> {
        let mut stmt = self.conn.prepare_cached(sql).map_err(convert)?;
        let columns: Vec<String> = stmt.column_names().map(str::to_owned).collect();
        let width = columns.len();
        let mut out = Vec::new();
        let mut rows = stmt
            .query(rusqlite::params_from_iter(params.iter()))
            .map_err(convert)?;
        while let Some(row) = rows.next().map_err(convert)? {
            let mut values = Vec::with_capacity(width);
            for i in 0..width {
                values.push(from_ref(row.get_ref(i).map_err(convert)?));
            }
            out.push(values);
        }
        Ok(Rows { columns, rows: out })
    }

    fn last_insert_rowid(&mut self) -> i64 {
        self.conn.last_insert_rowid()
    }
}

impl ToSql for Value {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(match self {
            Value::Null => ToSqlOutput::Borrowed(ValueRef::Null),
            Value::Integer(i) => ToSqlOutput::Borrowed(ValueRef::Integer(*i)),
            Value::Real(f) => ToSqlOutput::Borrowed(ValueRef::Real(*f)),
            Value::Text(s) => ToSqlOutput::Borrowed(ValueRef::Text(s.as_bytes())),
            Value::Blob(b) => ToSqlOutput::Borrowed(ValueRef::Blob(b)),
        })
    }
}

fn from_ref(v: ValueRef<'_>) -> Value {
    match v {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(i) => Value::Integer(i),
        ValueRef::Real(f) => Value::Real(f),
        ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Blob(b) => Value::Blob(b.to_vec()),
    }
}

fn convert(err: rusqlite::Error) -> DbError {
    let code = match &err {
        rusqlite::Error::SqliteFailure(e, _) => Some(e.extended_code),
        _ => None,
    };
    let message = match &err {
        rusqlite::Error::SqliteFailure(_, Some(msg)) => msg.clone(),
        other => other.to_string(),
    };
    DbError { code, message }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_bytes() {
        let mut db = SqliteDb::open_in_memory().unwrap();
        db.execute_batch("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (42);")
            .unwrap();
        let bytes = db.export_bytes().unwrap();
        let mut other = SqliteDb::open_in_memory().unwrap();
        other.import_bytes(&bytes).unwrap();
        let rows = other.query("SELECT x FROM t", &[]).unwrap();
        assert_eq!(rows.rows, vec![vec![Value::Integer(42)]]);
    }

    #[test]
    fn refuses_bytes_that_are_not_a_database() {
        let mut db = SqliteDb::open_in_memory().unwrap();
        db.execute_batch("CREATE TABLE kept (x)").unwrap();
        let err = db.import_bytes(b"definitely not sqlite").unwrap_err();
        assert!(err.message.contains("not a SQLite database"), "{err}");
        let mut junk = b"SQLite format 3\0".to_vec();
        junk.extend(std::iter::repeat_n(0xAB, 4096));
        assert!(db.import_bytes(&junk).is_err());
        // The current database survived both attempts.
        assert_eq!(
            db.query("SELECT * FROM kept", &[]).unwrap().columns,
            vec!["x"]
        );
    }

    #[test]
    fn transaction_rolls_back_on_error() {
        let mut db = SqliteDb::open_in_memory().unwrap();
        db.execute_batch("CREATE TABLE t (x INTEGER UNIQUE)")
            .unwrap();
        let result = db.transaction(|db| {
            db.execute("INSERT INTO t VALUES (?)", &[Value::Integer(1)])?;
            db.execute("INSERT INTO t VALUES (?)", &[Value::Integer(1)])
        });
        let err = result.unwrap_err();
        assert_eq!(err.code, Some(2067), "{err:?}");
        assert!(db.query("SELECT * FROM t", &[]).unwrap().rows.is_empty());
    }
}
