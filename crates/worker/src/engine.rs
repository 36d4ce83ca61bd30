//! Requests in, responses out: the worker's logic without any browser in sight.

use crate::schema;
use seedbed_db::{Db, DbResult, SqliteDb, Value};
use seedbed_protocol::{Request, Response, TableSummary};

/// The state of one project in the worker: its database.
pub struct Engine {
    db: SqliteDb,
    /// Whether `DebugPanic` is honoured (pages opened with `?debug`).
    pub debug: bool,
}

/// What handling a request did, so the shell knows whether to save.
pub struct Handled {
    pub response: Response,
    /// The database may have changed and should be persisted.
    pub dirty: bool,
}

impl Engine {
    pub fn new(db: SqliteDb) -> Self {
        Engine { db, debug: false }
    }

    pub fn db(&mut self) -> &mut SqliteDb {
        &mut self.db
    }

    /// Handles one request. Errors become [`Response::Error`]; nothing here panics on bad
    /// input (the only panic is the deliberate `DebugPanic`).
    pub fn handle(&mut self, request: Request) -> Handled {
        let before = self.total_changes();
        let result = match request {
            Request::Execute { sql } => self.execute(&sql),
            Request::Query { sql } => self.db.query(&sql, &[]).map(|rows| Response::Rows { rows }),
            Request::ListTables => self.list_tables().map(|tables| Response::Tables { tables }),
            Request::TableRows {
                table,
                limit,
                offset,
            } => self.table_rows(&table, limit, offset),
            Request::Export => self
                .db
                .export_bytes()
                .map(|bytes| Response::Bytes { bytes }),
            Request::Import { bytes } => self
                .db
                .import_bytes(&bytes)
                .map(|()| Response::Done { saved: false }),
            Request::Reset => SqliteDb::open_in_memory().map(|db| {
                self.db = db;
                Response::Done { saved: false }
            }),
            Request::AnalyzeSchema { text } => Ok(Response::Analysis {
                diagnostics: schema::analyze(&text),
            }),
            Request::FormatSchema { text } => Ok(schema::format(&text)),
            Request::DebugPanic if self.debug => panic!("deliberate panic requested with ?debug"),
            Request::DebugPanic => Ok(Response::Error {
                message: "DebugPanic is only available when the page is opened with ?debug".into(),
            }),
        };
        let wrote = self.total_changes() != before;
        match result {
            Ok(response) => {
                let replaced = matches!(response, Response::Done { .. });
                Handled {
                    response,
                    dirty: wrote || replaced,
                }
            }
            Err(err) => Handled {
                response: Response::Error {
                    message: err.message,
                },
                dirty: wrote,
            },
        }
    }

    fn execute(&mut self, sql: &str) -> DbResult<Response> {
        let before = self.total_changes();
        self.db.execute_batch(sql)?;
        let changes = self.total_changes().saturating_sub(before);
        Ok(Response::Executed {
            changes,
            saved: false,
        })
    }

    fn list_tables(&mut self) -> DbResult<Vec<TableSummary>> {
        let names = self.db.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
            &[],
        )?;
        let mut tables = Vec::with_capacity(names.rows.len());
        for row in names.rows {
            let Some(Value::Text(name)) = row.into_iter().next() else {
                continue;
            };
            let count = self
                .db
                .query(&format!("SELECT count(*) FROM {}", quote(&name)), &[])?;
            let row_count = count
                .rows
                .first()
                .and_then(|r| r.first())
                .and_then(Value::as_i64)
                .unwrap_or(0);
            tables.push(TableSummary { name, row_count });
        }
        Ok(tables)
    }

    fn table_rows(&mut self, table: &str, limit: u32, offset: u32) -> DbResult<Response> {
        let sql = format!("SELECT * FROM {} LIMIT ? OFFSET ?", quote(table));
        let rows = self.db.query(
            &sql,
            &[Value::Integer(limit.into()), Value::Integer(offset.into())],
        )?;
        Ok(Response::Rows { rows })
    }

    fn total_changes(&mut self) -> u64 {
        self.db.connection().total_changes()
    }
}

/// Quotes an identifier for SQLite, doubling embedded quotes.
fn quote(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn engine() -> Engine {
        Engine::new(SqliteDb::open_in_memory().unwrap())
    }

    #[test]
    fn executes_and_lists_tables_with_counts() {
        let mut e = engine();
        let h = e.handle(Request::Execute {
            sql: "CREATE TABLE \"odd \"\"name\" (x); INSERT INTO \"odd \"\"name\" VALUES (1), (2);"
                .into(),
        });
        assert_eq!(
            h.response,
            Response::Executed {
                changes: 2,
                saved: false
            }
        );
        assert!(h.dirty);
        let h = e.handle(Request::ListTables);
        assert_eq!(
            h.response,
            Response::Tables {
                tables: vec![TableSummary {
                    name: "odd \"name".into(),
                    row_count: 2
                }]
            }
        );
        assert!(!h.dirty);
    }

    #[test]
    fn pages_through_rows() {
        let mut e = engine();
        e.handle(Request::Execute {
            sql: "CREATE TABLE t (x); INSERT INTO t VALUES (1),(2),(3);".into(),
        });
        let h = e.handle(Request::TableRows {
            table: "t".into(),
            limit: 2,
            offset: 1,
        });
        let Response::Rows { rows } = h.response else {
            panic!("{:?}", h.response)
        };
        assert_eq!(
            rows.rows,
            vec![vec![Value::Integer(2)], vec![Value::Integer(3)]]
        );
    }

    #[test]
    fn sql_errors_are_responses() {
        let mut e = engine();
        let h = e.handle(Request::Query {
            sql: "SELEC nonsense".into(),
        });
        assert!(
            matches!(h.response, Response::Error { ref message } if message.contains("syntax error"))
        );
        let h = e.handle(Request::Import {
            bytes: vec![1, 2, 3],
        });
        assert!(matches!(h.response, Response::Error { .. }));
        let h = e.handle(Request::DebugPanic);
        assert!(
            matches!(h.response, Response::Error { .. }),
            "debug panic refused without ?debug"
        );
    }

    #[test]
    fn export_then_import_restores_rows() {
        let mut e = engine();
        e.handle(Request::Execute {
            sql: "CREATE TABLE t (x); INSERT INTO t VALUES ('kept');".into(),
        });
        let Response::Bytes { bytes } = e.handle(Request::Export).response else {
            panic!()
        };
        let mut other = engine();
        assert!(other.handle(Request::Import { bytes }).dirty);
        let Response::Rows { rows } = other
            .handle(Request::Query {
                sql: "SELECT x FROM t".into(),
            })
            .response
        else {
            panic!()
        };
        assert_eq!(rows.rows, vec![vec![Value::Text("kept".into())]]);
    }
}
