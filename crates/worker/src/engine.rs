//! Requests in, responses out: the worker's logic without any browser in sight.

use crate::{browse, client, schema, seeding, terminal};
use seedbed_db::{Db, DbResult, SqliteDb, Value};
use seedbed_protocol::{ClientCallSpec, Event, Request, Response, TableSummary};

/// The state of one project in the worker: its files and its database.
pub struct Engine {
    db: SqliteDb,
    /// The project folder (schema, migrations, package.json, seed script).
    pub project: seedbed_shell::ProjectFiles,
    /// The client `Generate` produced (the client query console's calls use its schema).
    client: Option<client::Generated>,
    /// Whether `DebugPanic` is honoured (pages opened with `?debug`).
    pub debug: bool,
    /// Where events raised while a request runs go (seed progress); the browser shell
    /// posts them to the page at once, even while the request is still running.
    pub on_event: Option<Box<dyn FnMut(Event)>>,
    /// The schema of the project closed by the last switch. The page may still send an
    /// analysis of that text (queued while the switch was on its way); it must not
    /// overwrite the newly opened project's schema. Cleared by the first other text.
    pub closed_schema: Option<String>,
}

/// What handling a request did, so the shell knows whether to save.
pub struct Handled {
    pub response: Response,
    /// The database may have changed and should be persisted.
    pub dirty: bool,
    /// The project's files changed and should be persisted.
    pub files_dirty: bool,
}

impl Engine {
    pub fn new(db: SqliteDb) -> Self {
        Engine {
            db,
            project: terminal::starter_project(),
            client: None,
            debug: false,
            on_event: None,
            closed_schema: None,
        }
    }

    /// Restores the generated client saved by an earlier session (ignored if no longer valid).
    pub fn restore_client(&mut self, schema: &str) {
        client::generate(schema, &mut self.client);
    }

    /// Opens another project in place of this one (see `browser.rs`: the previous one was
    /// saved first). `client_schema`: its saved generated client, if any.
    pub fn open(
        &mut self,
        db: SqliteDb,
        project: seedbed_shell::ProjectFiles,
        client_schema: Option<&str>,
    ) {
        let closed = std::mem::replace(&mut self.project, project);
        self.closed_schema =
            Some(closed.schema().to_owned()).filter(|s| s.as_str() != self.project.schema());
        self.db = db;
        self.client = None;
        if let Some(schema) = client_schema {
            self.restore_client(schema);
        }
    }

    /// The generated client's schema text, saved with the project.
    pub fn client_schema(&self) -> Option<String> {
        self.client.as_ref().map(|c| c.describe().schema)
    }

    pub fn db(&mut self) -> &mut SqliteDb {
        &mut self.db
    }

    /// Handles one request. Errors become [`Response::Error`]; nothing here panics on bad
    /// input (the only panic is the deliberate `DebugPanic`).
    pub fn handle(&mut self, request: Request) -> Handled {
        let before = self.total_changes();
        let files_before = self.project.clone();
        let mut replaced_database = false;
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
            Request::AnalyzeSchema { text } => {
                // The editor's text is the schema file, as an editor with autosave.
                let analysis = schema::analyze(&text);
                // A late analysis of the project just closed is not this project's text.
                if self.closed_schema.as_deref() != Some(text.as_str()) {
                    self.closed_schema = None;
                    self.project.set_schema(&text);
                }
                Ok(analysis)
            }
            Request::FormatSchema { text } => Ok(schema::format(&text)),
            Request::Generate { schema } => Ok(client::generate(&schema, &mut self.client)),
            Request::ClientInfo => Ok(client::info(&self.client)),
            Request::ClientCall {
                model,
                operation,
                args_json,
            } => Ok(client::run(
                &mut self.db,
                self.client.as_ref(),
                &[ClientCallSpec {
                    model,
                    operation,
                    args_json,
                }],
                false,
            )),
            Request::ClientTransaction { calls } => Ok(client::run(
                &mut self.db,
                self.client.as_ref(),
                &calls,
                true,
            )),
            Request::Seed {
                schema,
                rows_per_model,
                seed,
                locale,
                settings,
            } => {
                let request = seeding::SeedRequest {
                    schema: &schema,
                    rows_per_model,
                    seed,
                    locale: &locale,
                    settings: &settings,
                };
                let mut ignore = |_: Event| {};
                let emit: &mut dyn FnMut(Event) = match self.on_event.as_mut() {
                    Some(sink) => sink.as_mut(),
                    None => &mut ignore,
                };
                seeding::run(&mut self.db, &request, emit)
                    .or_else(|message| Ok(Response::Error { message }))
            }
            Request::Terminal {
                line,
                schema,
                answers,
            } => Ok(terminal::run(
                &mut self.project,
                &mut self.db,
                &mut self.client,
                &line,
                schema,
                &answers,
            )),
            Request::Complete { line } => {
                let (suffix, candidates) = seedbed_shell::complete(&line);
                Ok(Response::Completions { suffix, candidates })
            }
            Request::ProjectFiles => Ok(Response::Files {
                files: terminal::snapshot(&self.project),
            }),
            Request::WriteFile { path, contents } => Ok(self.write_file(&path, contents)),
            Request::ReplaceProject { files, database } => {
                replaced_database = true;
                self.replace_project(files, database)
            }
            Request::ClientDeclarations => Ok(match self.client.as_mut() {
                Some(generated) => Response::Text {
                    text: generated.declarations().to_owned(),
                },
                None => Response::Error {
                    message: "Prisma Client has not been generated yet: run `npx prisma generate`."
                        .into(),
                },
            }),
            Request::NewProject => {
                replaced_database = true;
                SqliteDb::open_in_memory().map(|db| {
                    self.db = db;
                    self.project = terminal::starter_project();
                    self.client = None;
                    Response::Files {
                        files: terminal::snapshot(&self.project),
                    }
                })
            }
            Request::MigrationsOverview => Ok(terminal::overview(&self.project, &mut self.db)),
            Request::Diagram { schema } => Ok(Response::Diagram {
                diagram: seedbed_erd::diagram(&schema),
            }),
            Request::SchemaFacts { schema } => Ok(Response::SchemaFacts {
                facts: seedbed_lessons::SchemaFacts::of(&schema),
            }),
            // The database pane's table browser: writes go through the client when it is
            // current (generated from the schema file as it is now).
            Request::BrowseTable { query } => {
                let client = current_client(&self.client, &self.project);
                browse::browse(&mut self.db, &query, client).map(|page| Response::Browsed { page })
            }
            Request::RowReferences { table, row } => browse::references(&mut self.db, &table, &row)
                .map(|references| Response::References { references }),
            Request::UpdateRow { table, key, values } => {
                let client = current_client(&self.client, &self.project);
                browse::update_row(&mut self.db, client, &table, &key, &values)
            }
            Request::InsertRow { table, values } => {
                let client = current_client(&self.client, &self.project);
                browse::insert_row(&mut self.db, client, &table, &values)
            }
            Request::RunSql { sql } => Ok(browse::script::run(&mut self.db, &sql)),
            Request::DeleteRows { table, keys } => {
                let client = current_client(&self.client, &self.project);
                browse::delete_rows(&mut self.db, client, &table, &keys)
            }
            // The shell that stores projects (browser.rs) answers these before the engine.
            Request::Projects
            | Request::CreateProject { .. }
            | Request::SwitchProject { .. }
            | Request::RenameProject { .. }
            | Request::DeleteProject { .. }
            | Request::ExportProject
            | Request::SetPanes { .. } => Ok(Response::Error {
                message: "projects are handled by the worker's storage shell".into(),
            }),
            Request::DebugPanic if self.debug => panic!("deliberate panic requested with ?debug"),
            Request::DebugPanic => Ok(Response::Error {
                message: "DebugPanic is only available when the page is opened with ?debug".into(),
            }),
        };
        let wrote = self.total_changes() != before || replaced_database;
        let files_dirty = self.project != files_before;
        match result {
            Ok(response) => {
                let replaced = matches!(response, Response::Done { .. });
                Handled {
                    response,
                    dirty: wrote || replaced,
                    files_dirty,
                }
            }
            Err(err) => Handled {
                response: Response::Error {
                    message: err.message,
                },
                dirty: wrote,
                files_dirty,
            },
        }
    }

    fn write_file(&mut self, path: &str, contents: Option<String>) -> Response {
        let ok = match contents {
            Some(text) => self.project.write(path, &text),
            None => self.project.remove(path) > 0,
        };
        if ok {
            Response::Files {
                files: terminal::snapshot(&self.project),
            }
        } else {
            Response::Error {
                message: format!("`{path}` is not a file of the project."),
            }
        }
    }

    /// A new project from files and a database file; the current one stays untouched
    /// when the database bytes are not a SQLite database.
    fn replace_project(
        &mut self,
        files: seedbed_protocol::ProjectSnapshot,
        database: Option<Vec<u8>>,
    ) -> DbResult<Response> {
        let mut db = SqliteDb::open_in_memory()?;
        if let Some(bytes) = database {
            db.import_bytes(&bytes)?;
            // A file that deserialises can still be garbage past its header: read it.
            db.query("SELECT count(*) FROM sqlite_master", &[])?;
        }
        self.db = db;
        self.project = terminal::from_snapshot(files);
        self.client = None;
        Ok(Response::Files {
            files: terminal::snapshot(&self.project),
        })
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

/// The generated client, unless the schema file changed since it was generated (a stale
/// client would refuse the new columns, so the browser writes with SQL then).
fn current_client<'a>(
    client: &'a Option<client::Generated>,
    project: &seedbed_shell::ProjectFiles,
) -> Option<&'a client::Generated> {
    client.as_ref().filter(|c| c.text() == project.schema())
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

    const BLOG: &str = "datasource db {\n  provider = \"sqlite\"\n  url      = \"file:./dev.db\"\n}\n\ngenerator client {\n  provider = \"prisma-client-js\"\n}\n\nmodel User {\n  id    Int    @id @default(autoincrement())\n  email String @unique\n}\n";
    const TABLES: &str = "CREATE TABLE \"User\" (\"id\" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \"email\" TEXT NOT NULL, \"name\" TEXT); CREATE UNIQUE INDEX \"User_email_key\" ON \"User\"(\"email\");";

    fn call(e: &mut Engine, model: &str, operation: &str, args: &str) -> Response {
        e.handle(Request::ClientCall {
            model: model.into(),
            operation: operation.into(),
            args_json: args.into(),
        })
        .response
    }

    fn error_of(response: &Response) -> (String, Option<String>, String) {
        let Response::ClientResult {
            error: Some(error), ..
        } = response
        else {
            panic!("expected a client error: {response:?}")
        };
        (
            error.name.clone(),
            error.code.clone(),
            error.message.clone(),
        )
    }

    #[test]
    fn calls_before_generate_fail_like_an_ungenerated_client() {
        let mut e = engine();
        let (_, _, message) = error_of(&call(&mut e, "user", "findMany", "{}"));
        assert!(message.contains("did not initialize yet"), "{message}");
        let Response::Generated { client, .. } = e.handle(Request::ClientInfo).response else {
            panic!()
        };
        assert_eq!(client, None);
    }

    #[test]
    fn generate_prints_prisma_text_and_calls_run_with_the_generated_schema() {
        let mut e = engine();
        e.handle(Request::Execute { sql: TABLES.into() });
        let Response::Generated { ok, output, client } = e
            .handle(Request::Generate {
                schema: BLOG.into(),
            })
            .response
        else {
            panic!()
        };
        assert!(ok);
        let lines: Vec<&str> = output.lines().collect();
        assert_eq!(lines[0], "Prisma schema loaded from prisma/schema.prisma");
        assert!(
            lines[2].starts_with(
                "✔ Generated Prisma Client (v6.19.3) to ./node_modules/@prisma/client in "
            ),
            "{output}"
        );
        assert!(output.contains("Start by importing your Prisma Client"));
        let client = client.expect("a generated client");
        assert_eq!(client.models, vec!["user"]);
        assert_eq!(client.schema, BLOG);

        let h = e.handle(Request::ClientCall {
            model: "user".into(),
            operation: "create".into(),
            args_json: r#"{"data":{"email":"a@x.io"}}"#.into(),
        });
        assert!(h.dirty, "a write is saved");
        let Response::ClientResult {
            result_json,
            statements,
            wrote,
            error: None,
        } = h.response
        else {
            panic!("{:?}", h.response)
        };
        assert_eq!(result_json.as_deref(), Some(r#"{"id":1,"email":"a@x.io"}"#));
        assert!(wrote);
        assert!(
            statements[0].sql.starts_with("INSERT INTO"),
            "{statements:?}"
        );
        assert_eq!(statements[0].params, vec![Value::Text("a@x.io".into())]);

        // The same email again: Prisma's unique-constraint error, nothing written.
        let (name, code, message) = error_of(&call(
            &mut e,
            "user",
            "create",
            r#"{"data":{"email":"a@x.io"}}"#,
        ));
        assert_eq!(name, "PrismaClientKnownRequestError");
        assert_eq!(code.as_deref(), Some("P2002"));
        assert!(message.contains("Unique constraint failed"), "{message}");
    }

    #[test]
    fn a_stale_client_does_not_know_new_fields_until_generated_again() {
        let mut e = engine();
        e.handle(Request::Execute { sql: TABLES.into() });
        e.handle(Request::Generate {
            schema: BLOG.into(),
        });
        let (name, _, message) = error_of(&call(
            &mut e,
            "user",
            "create",
            r#"{"data":{"email":"b@x.io","name":"Bo"}}"#,
        ));
        assert_eq!(name, "PrismaClientValidationError");
        assert!(message.contains("Unknown argument `name`"), "{message}");
        let (_, _, message) = error_of(&call(
            &mut e,
            "user",
            "findMany",
            r#"{"select":{"name":true}}"#,
        ));
        assert!(message.contains("Unknown field `name`"), "{message}");

        // A model added since the last generate is `undefined` on the client.
        let (name, _, message) = error_of(&call(&mut e, "post", "findMany", ""));
        assert_eq!(
            (name.as_str(), message.as_str()),
            (
                "TypeError",
                "Cannot read properties of undefined (reading 'findMany')"
            )
        );
        let (name, _, message) = error_of(&call(&mut e, "user", "findAll", ""));
        assert_eq!(name, "TypeError");
        assert_eq!(message, "prisma.user.findAll is not a function");

        // An invalid schema does not replace the generated client.
        let Response::Generated { ok, output, client } = e
            .handle(Request::Generate {
                schema: BLOG.replace("String @unique", "Strin @unique"),
            })
            .response
        else {
            panic!()
        };
        assert!(!ok);
        assert!(output.contains("P1012"), "{output}");
        assert_eq!(client.map(|c| c.schema).as_deref(), Some(BLOG));

        let with_name = BLOG.replace("String @unique\n", "String @unique\n  name  String?\n");
        e.handle(Request::Generate { schema: with_name });
        let response = call(
            &mut e,
            "user",
            "create",
            r#"{"data":{"email":"b@x.io","name":"Bo"}}"#,
        );
        assert!(
            matches!(&response, Response::ClientResult { error: None, result_json: Some(json), .. } if json.contains(r#""name":"Bo""#)),
            "{response:?}"
        );
    }

    #[test]
    fn a_saved_client_is_restored_and_an_invalid_one_ignored() {
        let mut e = engine();
        e.restore_client(BLOG);
        let Response::Generated { client, output, .. } = e.handle(Request::ClientInfo).response
        else {
            panic!()
        };
        assert_eq!(output, "");
        assert_eq!(client.map(|c| c.models), Some(vec!["user".to_owned()]));
        let mut other = engine();
        other.restore_client("model {");
        let Response::Generated { client, .. } = other.handle(Request::ClientInfo).response else {
            panic!()
        };
        assert_eq!(client, None);
    }

    #[test]
    fn transactions_are_all_or_nothing() {
        let mut e = engine();
        e.handle(Request::Execute { sql: TABLES.into() });
        e.handle(Request::Generate {
            schema: BLOG.into(),
        });
        let create = |email: &str| ClientCallSpec {
            model: "user".into(),
            operation: "create".into(),
            args_json: format!(r#"{{"data":{{"email":"{email}"}}}}"#),
        };
        let h = e.handle(Request::ClientTransaction {
            calls: vec![create("a@x.io"), create("b@x.io")],
        });
        assert!(
            matches!(&h.response, Response::ClientResult { result_json: Some(json), .. } if json.starts_with(r#"[{"id":1"#)),
            "{:?}",
            h.response
        );
        let h = e.handle(Request::ClientTransaction {
            calls: vec![create("c@x.io"), create("a@x.io")],
        });
        assert_eq!(error_of(&h.response).1.as_deref(), Some("P2002"));
        let count = call(&mut e, "user", "count", "");
        assert!(
            matches!(&count, Response::ClientResult { result_json: Some(json), .. } if json == "2"),
            "{count:?}"
        );
        let (_, _, message) = error_of(&call(&mut e, "user", "findMany", "{not json"));
        assert!(message.contains("not JSON"), "{message}");
    }

    #[test]
    fn a_late_analysis_of_the_closed_project_does_not_overwrite_the_opened_one() {
        let mut e = engine();
        let analyze = |e: &mut Engine, text: &str| {
            e.handle(Request::AnalyzeSchema { text: text.into() });
        };
        analyze(&mut e, "model Old { id Int @id }");
        let mut next = seedbed_shell::ProjectFiles::new("model New { id Int @id }");
        next.database_exists = false;
        e.open(SqliteDb::open_in_memory().unwrap(), next, None);
        analyze(&mut e, "model Old { id Int @id }");
        assert_eq!(e.project.schema(), "model New { id Int @id }");
        // The learner's own edits are written, and from then on any text is.
        analyze(&mut e, "model New2 { id Int @id }");
        analyze(&mut e, "model Old { id Int @id }");
        assert_eq!(e.project.schema(), "model Old { id Int @id }");
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
