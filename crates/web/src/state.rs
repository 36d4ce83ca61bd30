//! The app's state and the pure function that changes it.
//!
//! Every change goes through [`AppState::apply`] with an [`Action`], so the whole behaviour
//! of the UI state is testable natively without a browser.

use seedbed_db::Rows;
use seedbed_protocol::{BrowseQuery, Storage, TablePage, TableSummary};
use std::rc::Rc;
use yew::Reducible;

/// Whether the engine worker can take requests.
#[derive(Debug, Clone, PartialEq)]
pub enum WorkerStatus {
    Starting,
    Ready { sqlite_version: String },
    Restarting { reason: String },
}

/// One entry of the SQL console's history.
#[derive(Debug, Clone, PartialEq)]
pub struct ConsoleEntry {
    pub sql: String,
    pub outcome: ConsoleOutcome,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ConsoleOutcome {
    Rows(Rows),
    Changed(u64),
    Failed(String),
    /// A script run statement by statement: each one's rows or changes, and the error that
    /// stopped it.
    Script {
        results: Vec<seedbed_protocol::SqlOutcome>,
        error: Option<String>,
    },
}

/// The rows shown for the selected table: the query (page, sort, filters) and its answer.
#[derive(Debug, Clone, PartialEq)]
pub struct TableView {
    pub query: BrowseQuery,
    pub page: TablePage,
}

impl TableView {
    pub fn table(&self) -> &str {
        &self.query.table
    }
}

/// A terminal line that finished: its entry's number on the screen, the line and its exit
/// code.
#[derive(Debug, Clone, PartialEq)]
pub struct LoggedCommand {
    pub entry: u32,
    pub line: String,
    pub exit_code: i32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub worker: WorkerStatus,
    pub storage: Option<Storage>,
    /// A problem the learner should know about (a crash, storage lost), until dismissed.
    pub notice: Option<Notice>,
    pub tables: Vec<TableSummary>,
    pub view: Option<TableView>,
    pub console: Vec<ConsoleEntry>,
    /// The schema text as edited (the client query console compares it with the generated
    /// client's to say when `generate` should run again).
    pub schema_text: Option<String>,
    /// A seed running in the worker, for the progress bar.
    pub seeding: Option<SeedProgress>,
    /// Bumped when the schema file changed outside the editor (loaded from the project,
    /// rewritten by `format` or `db pull`): the editor takes `schema_text` then.
    pub schema_rev: u32,
    /// Bumped when the project's files changed (the migrations pane reloads).
    pub files_rev: u32,
    /// Bumped when the terminal generated a client (the client console reloads it).
    pub client_rev: u32,
    /// A command for the terminal to run (from a button elsewhere, an opened file, an
    /// embed's `run=`), with a number so the same command can be queued twice.
    pub queued_command: Option<(u32, String)>,
    /// Bumped when another project was opened (the terminal clears its screen).
    pub project_rev: u32,
    /// Every terminal line that finished, oldest first (the lessons check what was run
    /// since a step opened). After a reload it starts with the restored transcript.
    pub terminal_log: Vec<LoggedCommand>,
    // -- Lessons: where the learner is (share links carry it), and a lesson a link asks
    // -- the lessons pane to open.
    /// The open lesson and its step (from 0), as the lessons pane reports it.
    pub lesson: Option<(String, usize)>,
    /// A lesson to open at a step (from 0), with a number so the same one can be asked twice.
    pub lesson_request: Option<(u32, String, usize)>,
}

/// A notice for the learner. The reducer stays pure: it keeps the text's key and values,
/// and the text is said in the interface's language when it is shown (`notice.rs`).
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// A text already in the interface's language (an opened file refused, …).
    Text(String),
    /// `key` in `www/i18n/<code>/notices.json`, with its `{placeholders}` filled.
    Key {
        key: &'static str,
        values: Vec<(&'static str, String)>,
    },
}

/// Where a running seed is: the model being filled, rows done of the total.
#[derive(Debug, Clone, PartialEq)]
pub struct SeedProgress {
    pub model: String,
    pub done: u64,
    pub total: u64,
}

impl Default for AppState {
    fn default() -> Self {
        AppState {
            worker: WorkerStatus::Starting,
            storage: None,
            notice: None,
            tables: Vec::new(),
            view: None,
            console: Vec::new(),
            schema_text: None,
            seeding: None,
            schema_rev: 0,
            files_rev: 0,
            client_rev: 0,
            queued_command: None,
            project_rev: 0,
            terminal_log: Vec::new(),
            lesson: None,
            lesson_request: None,
        }
    }
}

/// How many console entries are kept; older ones scroll away.
pub const CONSOLE_LIMIT: usize = 50;
/// Rows per page in the table view.
pub const PAGE_SIZE: u32 = 50;

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    WorkerReady {
        sqlite_version: String,
        storage: Storage,
    },
    WorkerCrashed {
        reason: String,
    },
    StorageLost {
        reason: String,
    },
    DismissNotice,
    Tables(Vec<TableSummary>),
    /// A table's page arrived (boxed: it is by far the largest action).
    ShowRows(Box<TableView>),
    Console(ConsoleEntry),
    SchemaText(String),
    /// A seed was sent (`Some`, with the first figures) or ended (`None`).
    Seeding(Option<SeedProgress>),
    /// Progress reported by the worker; ignored unless a seed is running.
    SeedProgressed(SeedProgress),
    /// The schema file changed outside the editor.
    SchemaFromProject(String),
    /// Project files changed.
    FilesChanged,
    /// The terminal generated Prisma Client.
    ClientGenerated,
    /// Something the learner should read (an opened file was refused, …).
    Notice(String),
    /// Runs a line in the terminal.
    RunInTerminal(String),
    /// A terminal line finished with this exit code.
    TerminalRan {
        entry: u32,
        line: String,
        exit_code: i32,
    },
    /// The lessons pane shows this lesson at this step (from 0), or the list.
    LessonAt(Option<(String, usize)>),
    /// Asks the lessons pane to open a lesson at a step (from 0) on the current project.
    OpenLesson(String, usize),
    /// Another project was opened (components/project_switcher.rs): what was shown of the
    /// previous one goes; its files and client are reloaded.
    ProjectOpened,
}

impl AppState {
    pub fn apply(mut self, action: Action) -> AppState {
        match action {
            Action::WorkerReady {
                sqlite_version,
                storage,
            } => {
                self.worker = WorkerStatus::Ready { sqlite_version };
                self.storage = Some(storage);
            }
            Action::SchemaFromProject(text) => {
                self.schema_text = Some(text);
                self.schema_rev = self.schema_rev.wrapping_add(1);
            }
            Action::FilesChanged => self.files_rev = self.files_rev.wrapping_add(1),
            Action::ClientGenerated => self.client_rev = self.client_rev.wrapping_add(1),
            Action::Notice(text) => self.notice = Some(Notice::Text(text)),
            Action::TerminalRan {
                entry,
                line,
                exit_code,
            } => self.terminal_log.push(LoggedCommand {
                entry,
                line,
                exit_code,
            }),
            Action::LessonAt(at) => self.lesson = at,
            Action::OpenLesson(id, step) => {
                let n = self
                    .lesson_request
                    .as_ref()
                    .map_or(0, |(n, ..)| n.wrapping_add(1));
                self.lesson_request = Some((n, id, step));
            }
            Action::RunInTerminal(line) => {
                let n = self
                    .queued_command
                    .as_ref()
                    .map_or(0, |(n, _)| n.wrapping_add(1));
                self.queued_command = Some((n, line));
            }
            Action::WorkerCrashed { reason } => {
                self.notice = Some(Notice::Key {
                    key: "notice.worker_crashed",
                    values: vec![("reason", reason.clone())],
                });
                self.worker = WorkerStatus::Restarting { reason };
            }
            Action::StorageLost { reason } => {
                self.notice = Some(Notice::Key {
                    key: "notice.storage_lost",
                    values: vec![("reason", reason.clone())],
                });
                self.storage = Some(Storage::MemoryOnly { reason });
            }
            Action::DismissNotice => self.notice = None,
            Action::ProjectOpened => {
                self.project_rev = self.project_rev.wrapping_add(1);
                self.view = None;
                self.console.clear();
                self.seeding = None;
                self.files_rev = self.files_rev.wrapping_add(1);
                self.client_rev = self.client_rev.wrapping_add(1);
            }
            Action::Tables(tables) => {
                if let Some(view) = &self.view
                    && !tables.iter().any(|t| t.name == view.table())
                {
                    self.view = None;
                }
                self.tables = tables;
            }
            Action::ShowRows(view) => self.view = Some(*view),
            Action::Console(entry) => {
                self.console.push(entry);
                let excess = self.console.len().saturating_sub(CONSOLE_LIMIT);
                self.console.drain(..excess);
            }
            Action::SchemaText(text) => self.schema_text = Some(text),
            Action::Seeding(progress) => self.seeding = progress,
            Action::SeedProgressed(progress) => {
                if self.seeding.is_some() {
                    self.seeding = Some(progress);
                }
            }
        }
        self
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new((*self).clone().apply(action))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crash_then_ready_keeps_the_notice_until_dismissed() {
        let s = AppState::default().apply(Action::WorkerCrashed {
            reason: "boom".into(),
        });
        assert!(matches!(s.worker, WorkerStatus::Restarting { .. }));
        let s = s.apply(Action::WorkerReady {
            sqlite_version: "3.50.0".into(),
            storage: Storage::Persistent { restored_bytes: 0 },
        });
        assert!(matches!(
            &s.notice,
            Some(Notice::Key { key: "notice.worker_crashed", values }) if values == &[("reason", "boom".to_owned())]
        ));
        assert!(s.apply(Action::DismissNotice).notice.is_none());
    }

    #[test]
    fn seed_progress_counts_only_while_a_seed_runs() {
        let at = |done| SeedProgress {
            model: "User".into(),
            done,
            total: 10,
        };
        let s = AppState::default().apply(Action::SeedProgressed(at(3)));
        assert!(s.seeding.is_none(), "a late event after the end is ignored");
        let s = s
            .apply(Action::Seeding(Some(at(0))))
            .apply(Action::SeedProgressed(at(4)));
        assert_eq!(s.seeding, Some(at(4)));
        assert!(s.apply(Action::Seeding(None)).seeding.is_none());
    }

    /// An empty first page of `table`, as the database pane shows it.
    fn first_page_of(table: &str) -> TableView {
        TableView {
            query: BrowseQuery {
                table: table.into(),
                limit: PAGE_SIZE,
                offset: 0,
                sort: None,
                filters: Vec::new(),
            },
            page: TablePage::default(),
        }
    }

    #[test]
    fn opening_another_project_forgets_what_was_shown() {
        let s = AppState::default()
            .apply(Action::ShowRows(Box::new(first_page_of("t"))))
            .apply(Action::Console(ConsoleEntry {
                sql: "SELECT 1".into(),
                outcome: ConsoleOutcome::Changed(0),
            }))
            .apply(Action::ProjectOpened);
        assert!(s.view.is_none() && s.console.is_empty());
        assert_eq!((s.files_rev, s.client_rev, s.project_rev), (1, 1, 1));
    }

    #[test]
    fn dropping_the_viewed_table_closes_the_view() {
        let s = AppState::default()
            .apply(Action::ShowRows(Box::new(first_page_of("t"))))
            .apply(Action::Tables(vec![]));
        assert!(s.view.is_none());
    }

    #[test]
    fn finished_terminal_lines_are_logged_in_order() {
        let ran = |entry, line: &str, exit_code| Action::TerminalRan {
            entry,
            line: line.into(),
            exit_code,
        };
        let s = AppState::default()
            .apply(ran(4, "npx prisma validate", 0))
            .apply(ran(5, "npx prisma migrate status", 1));
        let logged: Vec<(u32, &str, i32)> = s
            .terminal_log
            .iter()
            .map(|c| (c.entry, c.line.as_str(), c.exit_code))
            .collect();
        assert_eq!(
            logged,
            [
                (4, "npx prisma validate", 0),
                (5, "npx prisma migrate status", 1)
            ]
        );
    }

    #[test]
    fn asking_for_the_same_lesson_twice_is_two_requests() {
        let s = AppState::default().apply(Action::OpenLesson("01-first-model".into(), 2));
        let first = s.lesson_request.clone();
        let s = s.apply(Action::OpenLesson("01-first-model".into(), 2));
        assert_ne!(s.lesson_request, first);
        assert_eq!(
            s.lesson_request.clone().map(|(_, id, step)| (id, step)),
            Some(("01-first-model".to_owned(), 2))
        );
        let s = s.apply(Action::LessonAt(Some(("01-first-model".into(), 3))));
        assert_eq!(s.lesson, Some(("01-first-model".to_owned(), 3)));
    }

    #[test]
    fn console_keeps_the_latest_entries() {
        let mut s = AppState::default();
        for i in 0..(CONSOLE_LIMIT + 5) {
            s = s.apply(Action::Console(ConsoleEntry {
                sql: i.to_string(),
                outcome: ConsoleOutcome::Changed(0),
            }));
        }
        assert_eq!(s.console.len(), CONSOLE_LIMIT);
        assert_eq!(s.console[0].sql, "5");
    }
}
