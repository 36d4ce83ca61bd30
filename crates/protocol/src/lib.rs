//! The messages the page and the engine worker exchange.
//!
//! The page never touches SQLite itself: it sends a [`Request`] in an [`Envelope`] and gets
//! back exactly one [`Response`] with the same id. Besides replies, the worker sends
//! unsolicited [`Event`]s (ready, panicked, seed progress). Native tests drive the same
//! [`Request`]s without a browser.
//!
//! Messages travel through `postMessage` as bytes in postcard's compact binary form
//! ([`encode`], [`decode`]), not as JSON text. The page and the worker are one wasm module
//! (`crates/browser`), so both ends are always the same build of these types and a field can
//! never be missing. Decoding JSON needs code per type that looks fields up by name, skips
//! whitespace and unknown keys; postcard reads fields in order. Dropping JSON here saved
//! about 54 KB of gzip. The price: devtools show the messages as bytes, not text.

use seedbed_db::Rows;
use serde::{Deserialize, Serialize};

// The in-frame lane for replies, beside `postMessage`.
pub mod mailbox;
// Several named projects in one browser, and a project as one file.
pub mod project_file;
pub mod projects;
pub mod starter;

/// The code of the diagnostic that counts those an analysis did not list.
pub const TOO_MANY_PROBLEMS: &str = "seedbed::too-many-problems";

/// The Prisma version whose behaviour Seedbed reproduces, shown in the UI and the CLI.
pub const PRISMA_VERSION: &str = "6.19.3";

/// A request or a reply, tagged with the id that pairs them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Envelope<T> {
    pub id: u32,
    pub body: T,
}

/// What the page asks of the worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Request {
    /// Runs statements that return no rows (DDL, INSERT, …), possibly several.
    Execute {
        sql: String,
    },
    /// Runs one statement and returns its rows.
    Query {
        sql: String,
    },
    /// The user tables, in name order.
    ListTables,
    /// A page of a table's rows.
    TableRows {
        table: String,
        limit: u32,
        offset: u32,
    },
    /// The whole database as `.sqlite` bytes.
    Export,
    /// Replaces the database with `.sqlite` bytes (validated first).
    Import {
        bytes: Vec<u8>,
    },
    /// Empties the database and forgets what was saved.
    Reset,
    /// Parses and validates a schema; answered with [`Response::Analysis`].
    AnalyzeSchema {
        text: String,
    },
    /// Formats a schema as `prisma format` does; answered with [`Response::Formatted`].
    FormatSchema {
        text: String,
    },
    /// Makes the worker panic, so the page's crash handling can be tested. Only honoured
    /// when the page was opened with `?debug`.
    DebugPanic,

    // The client query console: `prisma generate` and the generated client's calls.
    /// Validates the schema and, when valid, makes it the generated client's schema;
    /// answered with [`Response::Generated`].
    Generate {
        schema: String,
    },
    /// The generated client, if any; answered with [`Response::Generated`] without output.
    ClientInfo,
    /// One `prisma.<model>.<operation>(args)` call; answered with [`Response::ClientResult`].
    ClientCall {
        model: String,
        operation: String,
        args_json: String,
    },
    /// `prisma.$transaction([...])`: all calls or none; the result is a JSON array.
    ClientTransaction {
        calls: Vec<ClientCallSpec>,
    },

    // The automatic seeder.
    /// Purges the database and fills every model of `schema` with `rows_per_model` rows of
    /// fake data (`locale`: `en` or `es`), deterministically from `seed`, in one
    /// transaction. Progress arrives as [`Event::SeedProgress`]; answered with
    /// [`Response::Seeded`]. To cancel, the page terminates the worker (see `seedbed-worker`).
    Seed {
        schema: String,
        rows_per_model: u64,
        seed: u64,
        locale: String,
        /// Counts per model and field overrides, one per line (`User: 500`,
        /// `User.email: pattern user{n}@example.com`; see `seedbed_seed::settings`).
        settings: String,
    },

    // The terminal and the project folder (`seedbed-shell`).
    /// Runs a terminal line on the project. `schema`, when given, is the editor's text,
    /// saved to `prisma/schema.prisma` first (as an editor saves before a command runs).
    /// `answers` answer the question a previous run of the same line asked.
    Terminal {
        line: String,
        schema: Option<String>,
        answers: TerminalAnswers,
    },
    /// Completions of a partly typed terminal line.
    Complete {
        line: String,
    },
    /// The project's files.
    ProjectFiles,
    /// Writes (or, with `contents: None`, deletes) a project file or folder.
    WriteFile {
        path: String,
        contents: Option<String>,
    },
    /// Replaces the whole project: its files, and the database with `database` (bytes of
    /// a SQLite file; `None` empties it). Opening a `.sqlite` file or a shared link.
    ReplaceProject {
        files: ProjectSnapshot,
        database: Option<Vec<u8>>,
    },
    /// The generated client's TypeScript declarations (`index.d.ts`).
    ClientDeclarations,
    /// Starts over: the starter project and an empty database.
    NewProject,
    /// The migrations pane: each migration's status, `_prisma_migrations`, and the SQL the
    /// next `migrate dev` would create from the schema file.
    MigrationsOverview,

    // Schema reading for the page, which links no schema parser (it would double the
    // parser's size in what a visitor downloads): the worker reads, the page draws.
    /// The ER diagram of `schema`, laid out; answered with [`Response::Diagram`].
    Diagram {
        schema: String,
    },
    /// What the lesson checks need to know of `schema`; answered with
    /// [`Response::SchemaFacts`].
    SchemaFacts {
        schema: String,
    },

    // The database pane's table browser (`seedbed-worker`'s `browse.rs`).
    /// A page of a table's rows, sorted and filtered, with its columns, foreign keys and
    /// the count of matching rows; answered with [`Response::Browsed`].
    BrowseTable {
        query: BrowseQuery,
    },
    /// How many rows of other tables point to one row (`row`: its column values by name);
    /// answered with [`Response::References`].
    RowReferences {
        table: String,
        row: Vec<(String, seedbed_db::Value)>,
    },
    /// Sets columns of the row found by `key` (column → value); `values` are typed text,
    /// `None` for NULL. Through the generated client when the table is one of its models
    /// and it is not stale, else SQL. Answered with [`Response::RowsWritten`].
    UpdateRow {
        table: String,
        key: Vec<(String, seedbed_db::Value)>,
        values: Vec<(String, Option<String>)>,
    },
    /// Adds a row; columns left out take their defaults.
    InsertRow {
        table: String,
        values: Vec<(String, Option<String>)>,
    },
    /// Deletes the rows found by `keys`, all or none.
    DeleteRows {
        table: String,
        keys: Vec<Vec<(String, seedbed_db::Value)>>,
    },
    /// The SQL console: runs each statement of a script in turn (as `db execute` does),
    /// keeping every statement's rows or changes, and stops at the first error (the
    /// statements before it stay applied, as in `sqlite3`); answered with
    /// [`Response::SqlResults`].
    RunSql {
        sql: String,
    },

    // Several named projects (see `projects.rs`). The worker saves the open project before
    // it opens another, between two requests, so no change is lost in a switch.
    /// The saved projects; answered with [`Response::Projects`].
    Projects,
    /// Creates a project and opens it; answered with [`Response::Projects`], or
    /// [`Response::Refused`] (a bad name or file: nothing changed).
    CreateProject {
        /// The name; for an imported file, `None` takes the file's (made unique).
        name: Option<String>,
        from: ProjectSource,
        /// The editor's latest text, saved as the open project's schema before it closes.
        editor_schema: Option<String>,
    },
    /// Saves the open project (with the editor's latest text), then opens `id`.
    SwitchProject {
        id: String,
        editor_schema: Option<String>,
    },
    RenameProject {
        id: String,
        name: String,
    },
    /// Deletes a project; deleting the last one leaves a fresh starter project.
    DeleteProject {
        id: String,
    },
    /// The open project as a `.seedbed.json` document; answered with [`Response::Text`].
    ExportProject,
    /// Remembers the panes the open project shows (names as in `?panes=`; empty: all).
    SetPanes {
        panes: Vec<String>,
    },
}

impl Request {
    /// Whether the page wants the reply in the next frame it paints: the schema's diagnostics
    /// while the learner types. Only these replies are written into the shared reply slot
    /// ([`mailbox`]), so an unrelated reply never replaces one the page is looking for; with
    /// at most one analysis in flight, the slot holds the one the page awaits.
    pub fn reply_in_frame(&self) -> bool {
        matches!(self, Request::AnalyzeSchema { .. })
    }
}

/// One statement the SQL console ran: its text, and its rows (a query) or changes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SqlOutcome {
    pub sql: String,
    pub rows: Option<Rows>,
    pub changes: u64,
}

/// Which page of a table the database pane shows, sorted and filtered how.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BrowseQuery {
    pub table: String,
    pub limit: u32,
    pub offset: u32,
    pub sort: Option<SortKey>,
    pub filters: Vec<ColumnFilter>,
}

/// A column to sort by.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SortKey {
    pub column: String,
    pub descending: bool,
}

/// One condition on a column; `value` is the learner's text (unused by the null tests).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ColumnFilter {
    pub column: String,
    pub op: FilterOp,
    pub value: String,
}

/// How a filter compares. Numbers typed for a numeric column compare as numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum FilterOp {
    Contains,
    Equals,
    Greater,
    Less,
    IsNull,
    NotNull,
}

/// A column of a browsed table, from `pragma_table_info`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ColumnInfo {
    pub name: String,
    pub declared_type: String,
    pub not_null: bool,
    /// The SQL default expression, if any.
    pub default: Option<String>,
    pub primary_key: bool,
    /// An `INTEGER PRIMARY KEY` (SQLite numbers it when left out).
    pub auto_number: bool,
}

/// A foreign key: `columns` of `from_table` point to `to_columns` of `to_table`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ForeignKeyInfo {
    pub from_table: String,
    pub columns: Vec<String>,
    pub to_table: String,
    pub to_columns: Vec<String>,
}

/// A page of a browsed table.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TablePage {
    pub columns: Vec<ColumnInfo>,
    pub rows: Rows,
    /// What identifies each row (the primary key's columns, else `rowid`), and each row's
    /// values of them, in the order of `rows`.
    pub key_columns: Vec<String>,
    pub keys: Vec<Vec<seedbed_db::Value>>,
    /// Rows matching the filters (all pages).
    pub total: i64,
    /// This table's foreign keys, and those of other tables pointing to it.
    pub foreign_keys: Vec<ForeignKeyInfo>,
    pub referenced_by: Vec<ForeignKeyInfo>,
    /// The generated client's model for this table, when writes go through it.
    pub client_model: Option<String>,
}

/// How many rows of `foreign_key.from_table` point to a row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReferenceCount {
    pub foreign_key: ForeignKeyInfo,
    /// The referencing columns' values that select those rows (the row's referenced values).
    pub values: Vec<seedbed_db::Value>,
    pub count: i64,
}

/// What a new project starts from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ProjectSource {
    /// The starter schema and seed.
    Starter,
    /// One of `examples/` (`blog`, `quickstart`), embedded in the worker.
    Example { example: String },
    /// A `.seedbed.json` file's text, validated by `project_file::parse`.
    File { text: String },
}

/// One migration folder (or history row without a folder) and its status: `pending`,
/// `applied`, `failed`, `edited`, `rolledBack`, `missingLocally`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MigrationEntry {
    pub name: String,
    pub sql: Option<String>,
    pub status: String,
    pub finished_at: Option<String>,
    pub logs: Option<String>,
}

/// Answers to a terminal question.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TerminalAnswers {
    pub confirm: Option<bool>,
    pub name: Option<String>,
}

/// The project's files by path, and whether its SQLite file exists.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProjectSnapshot {
    pub files: std::collections::BTreeMap<String, String>,
    pub database_exists: bool,
}

/// One line of terminal output. `style`: `plain`, `dim`, `bold`, `green`, `red`, `yellow`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TerminalLine {
    pub style: String,
    pub stderr: bool,
    pub text: String,
}

/// A question the terminal's command asks (the page shows a dialog and runs the line again).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum TerminalQuestion {
    Confirm { prompt: String },
    MigrationName { prompt: String },
}

/// A seed script the page must run in the client sandbox, then print Prisma's closing line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SeedScript {
    pub command: String,
    pub script_path: String,
    pub script: String,
    pub args: Vec<String>,
}

/// Rows written to one model by [`Request::Seed`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SeededTable {
    pub model: String,
    pub rows: u64,
}

/// One call of a `$transaction` batch.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ClientCallSpec {
    pub model: String,
    pub operation: String,
    pub args_json: String,
}

/// The client the worker generated: the schema it was generated from and the model
/// properties it has (`user` for `model User`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GeneratedClient {
    pub schema: String,
    pub models: Vec<String>,
}

/// A statement the client ran, with its parameters.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClientStatement {
    pub sql: String,
    pub params: Vec<seedbed_db::Value>,
}

/// A Prisma Client error: its class name, code (`P2002`, …) and message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClientFailure {
    pub name: String,
    pub code: Option<String>,
    pub message: String,
}

/// One diagnostic of a schema, positioned for an editor (lines and UTF-16 columns from 0).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SchemaDiagnostic {
    pub error: bool,
    pub code: String,
    pub message: String,
    pub start_line: u32,
    pub start_column: u32,
    pub end_line: u32,
    pub end_column: u32,
}

/// The worker's answer to one [`Request`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Response {
    /// Statements ran; `changes` rows were changed in total.
    Executed {
        changes: u64,
        saved: bool,
    },
    Rows {
        rows: Rows,
    },
    Tables {
        tables: Vec<TableSummary>,
    },
    Bytes {
        bytes: Vec<u8>,
    },
    Done {
        saved: bool,
    },
    /// At most a few hundred diagnostics; when there were more, the last one (code
    /// [`TOO_MANY_PROBLEMS`]) stands for the `not_listed` others.
    Analysis {
        diagnostics: Vec<SchemaDiagnostic>,
        not_listed: usize,
    },
    /// The formatted schema, or why `prisma format` refuses (the validation errors as the
    /// CLI prints them).
    Formatted {
        text: Option<String>,
        refusal: Option<String>,
    },
    Error {
        message: String,
    },

    // The client query console.
    /// What `prisma generate` printed (empty for [`Request::ClientInfo`]), whether it
    /// succeeded, and the generated client now in place (a failed generate keeps the old one).
    Generated {
        ok: bool,
        output: String,
        client: Option<GeneratedClient>,
    },
    /// A client call's result as JSON text, or its error; the statements ran either way,
    /// and `wrote` says whether the database changed.
    ClientResult {
        result_json: Option<String>,
        error: Option<ClientFailure>,
        statements: Vec<ClientStatement>,
        wrote: bool,
    },

    // The automatic seeder.
    /// A seed finished: rows per model in insertion order.
    Seeded {
        tables: Vec<SeededTable>,
        total_rows: u64,
    },

    // The terminal.
    /// What a terminal line printed and did. `schema` is the schema file's text when the
    /// command changed it (format, db pull), for the editor.
    Terminal {
        lines: Vec<TerminalLine>,
        exit_code: i32,
        question: Option<TerminalQuestion>,
        seed: Option<SeedScript>,
        schema: Option<String>,
        files_changed: bool,
        database_changed: bool,
        clear: bool,
        client: Option<GeneratedClient>,
    },
    Completions {
        suffix: String,
        candidates: Vec<String>,
    },
    Files {
        files: ProjectSnapshot,
    },
    /// Text (the client's declarations).
    Text {
        text: String,
    },
    Migrations {
        migrations: Vec<MigrationEntry>,
        history: Rows,
        /// The next migration's SQL (`Ok`), or why it cannot be computed.
        next_sql: Option<String>,
        next_error: Option<String>,
    },
    Diagram {
        diagram: seedbed_erd::Diagram,
    },
    SchemaFacts {
        facts: seedbed_lessons::SchemaFacts,
    },
    // The database pane's table browser.
    Browsed {
        page: TablePage,
    },
    References {
        references: Vec<ReferenceCount>,
    },
    /// A row write: rows changed, what ran (the client call or the SQL), and Prisma's or
    /// SQLite's error (nothing was written then).
    RowsWritten {
        changes: u64,
        ran: String,
        error: Option<ClientFailure>,
    },
    /// The SQL console's statements, in order, and the error that stopped the script.
    SqlResults {
        results: Vec<SqlOutcome>,
        error: Option<String>,
    },
    // Several named projects.
    /// The saved projects and the open one.
    Projects {
        index: projects::ProjectIndex,
    },
    /// A project request refused (see `projects::Refusal`: a code the page words).
    Refused {
        refusal: projects::Refusal,
    },
}

/// A table and how many rows it holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TableSummary {
    pub name: String,
    pub row_count: i64,
}

/// Messages the worker sends on its own.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Event {
    /// The worker has loaded the database and takes requests.
    Ready {
        sqlite_version: String,
        storage: Storage,
    },
    /// The worker hit a bug; it will be restarted.
    Panicked { message: String },
    /// Saving failed after the worker was ready (quota exceeded, storage revoked).
    StorageLost { reason: String },
    /// A seed in progress: `done` of `total` rows, currently filling `model`.
    SeedProgress {
        model: String,
        done: u64,
        total: u64,
    },
}

/// Where the database lives between page loads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Storage {
    /// Saved in the browser's IndexedDB after every change.
    Persistent { restored_bytes: u64 },
    /// Kept in memory only; the reason says why (private mode, blocked storage, …).
    MemoryOnly { reason: String },
}

/// Everything the worker can post to the page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum FromWorker {
    Reply(Envelope<Response>),
    Event(Event),
}

/// Encodes a message for `postMessage`.
pub fn encode<T: Serialize>(message: &T) -> Vec<u8> {
    // Postcard fails only on serde features it lacks (sequences of unknown length, `flatten`,
    // skipped fields), which these types do not use (tested below). Should one slip in, the
    // other side still hears why instead of waiting forever.
    postcard::to_allocvec(message).unwrap_or_else(|e| {
        let fallback = FromWorker::Event(Event::Panicked {
            message: format!("encode failed: {e}"),
        });
        postcard::to_allocvec(&fallback).unwrap_or_default()
    })
}

/// Decodes a message from `postMessage`, with a readable error for anything malformed.
pub fn decode<'a, T: Deserialize<'a>>(bytes: &'a [u8]) -> Result<T, String> {
    postcard::from_bytes(bytes).map_err(|e| format!("malformed message: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_analyses_are_wanted_in_frame() {
        let analysis = Request::AnalyzeSchema {
            text: "model A {}".into(),
        };
        assert!(analysis.reply_in_frame());
        for other in [
            Request::ListTables,
            Request::Export,
            Request::FormatSchema {
                text: String::new(),
            },
        ] {
            assert!(!other.reply_in_frame(), "{other:?}");
        }
    }

    #[test]
    fn requests_round_trip() {
        let req = Envelope {
            id: 7,
            body: Request::TableRows {
                table: "User".into(),
                limit: 50,
                offset: 0,
            },
        };
        assert_eq!(decode::<Envelope<Request>>(&encode(&req)).unwrap(), req);
        let update = Request::UpdateRow {
            table: "User".into(),
            key: vec![("id".into(), seedbed_db::Value::Integer(1))],
            values: vec![("name".into(), None)],
        };
        assert_eq!(decode::<Request>(&encode(&update)).unwrap(), update);
        let browse = Request::BrowseTable {
            query: BrowseQuery {
                table: "User".into(),
                limit: 50,
                offset: 0,
                sort: None,
                filters: vec![ColumnFilter {
                    column: "age".into(),
                    op: FilterOp::NotNull,
                    value: String::new(),
                }],
            },
        };
        assert_eq!(decode::<Request>(&encode(&browse)).unwrap(), browse);
    }

    #[test]
    fn replies_and_events_round_trip() {
        let rows = FromWorker::Reply(Envelope {
            id: 3,
            body: Response::Rows {
                rows: Rows {
                    columns: vec!["id".into(), "score".into(), "photo".into(), "note".into()],
                    rows: vec![vec![
                        seedbed_db::Value::Integer(-1),
                        seedbed_db::Value::Real(2.5),
                        seedbed_db::Value::Blob(vec![0, 255]),
                        seedbed_db::Value::Null,
                    ]],
                },
            },
        });
        assert_eq!(decode::<FromWorker>(&encode(&rows)).unwrap(), rows);
        let ready = FromWorker::Event(Event::Ready {
            sqlite_version: "3.50.4".into(),
            storage: Storage::MemoryOnly {
                reason: "private mode".into(),
            },
        });
        assert_eq!(decode::<FromWorker>(&encode(&ready)).unwrap(), ready);
    }

    #[test]
    fn what_postcard_cannot_encode_becomes_a_panicked_event() {
        /// A sequence of unknown length: one of the serde forms postcard refuses.
        struct Unsized;
        impl Serialize for Unsized {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                use serde::ser::SerializeSeq;
                s.serialize_seq(None)?.end()
            }
        }
        let Ok(FromWorker::Event(Event::Panicked { message })) =
            decode::<FromWorker>(&encode(&Unsized))
        else {
            panic!("not a panicked event")
        };
        assert!(message.starts_with("encode failed: "), "{message}");
    }

    #[test]
    fn the_start_up_script_reports_a_load_failure_as_text() {
        // `www/worker.js` runs before the module does, so it cannot encode a message; the
        // page takes any text message for that failure (crates/web/src/bridge.rs).
        let script = include_str!("../../../www/worker.js");
        assert!(
            script.contains("self.postMessage('The engine failed to load: ' + err)"),
            "{script}"
        );
    }

    #[test]
    fn malformed_messages_are_errors_not_panics() {
        assert!(decode::<Envelope<Request>>(b"").is_err());
        assert!(decode::<Envelope<Request>>(&[1, 250, 250, 250, 250, 250]).is_err());
        let mut truncated = encode(&Envelope {
            id: 1,
            body: Request::TableRows {
                table: "User".into(),
                limit: 50,
                offset: 0,
            },
        });
        truncated.pop();
        assert!(decode::<Envelope<Request>>(&truncated).is_err());
    }
}
