//! The SQL console's scripts: statement after statement, as `prisma db execute` and the
//! `sqlite3` shell run them, so `CREATE TABLE t …; INSERT INTO t …; SELECT * FROM t;` works
//! in one go and every query's rows are shown. SQLite itself splits the text
//! (`rusqlite::Batch`), so semicolons inside strings and comments are no trouble.

use rusqlite::fallible_iterator::FallibleIterator;
use seedbed_db::{Rows, SqliteDb, Value};
use seedbed_protocol::{Response, SqlOutcome};

fn value(v: rusqlite::types::ValueRef<'_>) -> Value {
    use rusqlite::types::ValueRef;
    match v {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(i) => Value::Integer(i),
        ValueRef::Real(f) => Value::Real(f),
        ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Blob(b) => Value::Blob(b.to_vec()),
    }
}

fn rows_of(stmt: &mut rusqlite::Statement<'_>) -> rusqlite::Result<Rows> {
    let columns: Vec<String> = stmt.column_names().map(str::to_owned).collect();
    let width = columns.len();
    let mut out = Vec::new();
    let mut rows = stmt.raw_query();
    while let Some(row) = rows.next()? {
        let mut values = Vec::with_capacity(width);
        for i in 0..width {
            values.push(value(row.get_ref(i)?));
        }
        out.push(values);
    }
    Ok(Rows { columns, rows: out })
}

/// Runs every statement of `sql` in order; stops at the first error.
pub fn run(db: &mut SqliteDb, sql: &str) -> Response {
    let conn: &rusqlite::Connection = db.connection();
    let mut results = Vec::new();
    let mut batch = rusqlite::Batch::new(conn, sql);
    let error = loop {
        let mut stmt = match batch.next() {
            Ok(Some(stmt)) => stmt,
            Ok(None) => break None,
            Err(e) => break Some(e.to_string()),
        };
        let text = stmt.expanded_sql().unwrap_or_default().trim().to_owned();
        let outcome = if stmt.column_count() > 0 {
            rows_of(&mut stmt).map(|rows| SqlOutcome {
                sql: text,
                rows: Some(rows),
                changes: 0,
            })
        } else {
            stmt.raw_execute().map(|_| SqlOutcome {
                sql: text,
                rows: None,
                changes: conn.changes(),
            })
        };
        match outcome {
            Ok(outcome) => results.push(outcome),
            Err(e) => break Some(e.to_string()),
        }
    };
    Response::SqlResults { results, error }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_sql(db: &mut SqliteDb, sql: &str) -> (Vec<SqlOutcome>, Option<String>) {
        match run(db, sql) {
            Response::SqlResults { results, error } => (results, error),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn scripts_run_statement_by_statement() {
        let mut db = SqliteDb::open_in_memory().unwrap();
        let (results, error) = run_sql(
            &mut db,
            "CREATE TABLE t (x TEXT); -- a comment; with a semicolon\nINSERT INTO t VALUES ('a;b'), ('c');\nSELECT x FROM t ORDER BY x; SELECT count(*) AS n FROM t;",
        );
        assert_eq!(error, None);
        let summary: Vec<(u64, Option<usize>)> = results
            .iter()
            .map(|r| (r.changes, r.rows.as_ref().map(|rows| rows.rows.len())))
            .collect();
        assert_eq!(summary, [(0, None), (2, None), (0, Some(2)), (0, Some(1))]);
        assert_eq!(
            results[2].rows.as_ref().unwrap().rows[0],
            [Value::Text("a;b".into())]
        );
        assert!(
            results[1]
                .sql
                .ends_with("INSERT INTO t VALUES ('a;b'), ('c');"),
            "{:?}",
            results[1].sql
        );
    }

    #[test]
    fn an_error_stops_the_script_and_keeps_what_ran() {
        let mut db = SqliteDb::open_in_memory().unwrap();
        let (results, error) = run_sql(
            &mut db,
            "CREATE TABLE t (x); INSERT INTO nope VALUES (1); INSERT INTO t VALUES (1);",
        );
        assert_eq!(results.len(), 1);
        assert!(error.unwrap().contains("no such table: nope"));
        let (results, error) = run_sql(&mut db, "SELECT count(*) FROM t; SELEC 1");
        assert_eq!(
            results[0].rows.as_ref().unwrap().rows,
            [[Value::Integer(0)]]
        );
        assert!(error.unwrap().contains("syntax error"));
        let (results, error) = run_sql(&mut db, "  -- nothing\n ");
        assert_eq!((results.len(), error), (0, None));
    }
}
