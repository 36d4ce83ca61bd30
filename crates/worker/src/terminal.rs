//! The terminal and the project folder in the worker: lines run through `seedbed-shell` on
//! the project's files and database; the generated client it reports is installed for the
//! client console. The browser shell persists [`Engine::project`] beside the database.

use crate::client::{self, Generated};
use seedbed_db::SqliteDb;
use seedbed_migrate::{Answers, Env, Question, Stream, Style};
use seedbed_protocol::{
    ProjectSnapshot, Response, SeedScript, TerminalAnswers, TerminalLine, TerminalQuestion,
};
use seedbed_shell::files::SCHEMA_PATH;
use seedbed_shell::{Host, ProjectFiles, Session};

/// The project a new playground starts with (`seedbed_protocol::starter`).
pub const STARTER_SCHEMA: &str = seedbed_protocol::starter::SCHEMA;

/// The seed script a new project starts with.
pub const STARTER_SEED: &str = seedbed_protocol::starter::SEED;

/// A new project: the starter schema, `package.json` with its seed command, the seed.
pub fn starter_project() -> ProjectFiles {
    let mut project = ProjectFiles::new(STARTER_SCHEMA);
    project.write(seedbed_shell::files::SEED_PATH, STARTER_SEED);
    project
}

/// The host's clock, and ids for migrations (the time and a counter, mixed: migration ids
/// need to be unique, not secret).
pub struct HostEnv {
    counter: u64,
}

impl HostEnv {
    pub fn new() -> Self {
        HostEnv { counter: 0 }
    }
}

impl Default for HostEnv {
    fn default() -> Self {
        Self::new()
    }
}

impl Env for HostEnv {
    fn now_millis(&mut self) -> i64 {
        client::now_ms() as i64
    }

    fn random_bytes(&mut self) -> [u8; 16] {
        self.counter += 1;
        let mut x = (client::now_ms() as u64) ^ self.counter.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let mut bytes = [0u8; 16];
        for b in &mut bytes {
            // xorshift64*
            x ^= x >> 12;
            x ^= x << 25;
            x ^= x >> 27;
            *b = (x.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 56) as u8;
        }
        bytes
    }
}

struct Clock;

impl Host for Clock {
    fn now_ms(&mut self) -> f64 {
        client::now_ms()
    }
}

fn style_name(style: Style) -> &'static str {
    match style {
        Style::Plain => "plain",
        Style::Dim => "dim",
        Style::Bold => "bold",
        Style::Green => "green",
        Style::Red => "red",
        Style::Yellow => "yellow",
    }
}

/// Runs a line; installs the client the line generated.
pub fn run(
    project: &mut ProjectFiles,
    db: &mut SqliteDb,
    current: &mut Option<Generated>,
    line: &str,
    schema: Option<String>,
    answers: &TerminalAnswers,
) -> Response {
    if let Some(text) = schema {
        project.set_schema(&text);
    }
    let before = project.schema().to_owned();
    let answers = Answers {
        confirm: answers.confirm,
        name: answers.name.clone(),
        interactive: true,
    };
    let mut env = HostEnv::new();
    let mut clock = Clock;
    let mut session = Session {
        files: project,
        db,
        env: &mut env,
        host: &mut clock,
        answers: &answers,
    };
    let reply = seedbed_shell::run_line(line, &mut session);
    if let Some(generated) = &reply.generated
        && let Some(client) =
            Generated::installed(generated.schema.clone(), generated.declarations.clone())
    {
        *current = Some(client);
    }
    let after = project.schema();
    Response::Terminal {
        lines: reply
            .lines
            .iter()
            .map(|l| TerminalLine {
                style: style_name(l.style).into(),
                stderr: l.stream == Stream::Stderr,
                text: l.text.clone(),
            })
            .collect(),
        exit_code: reply.exit_code,
        question: reply.question.map(|q| match q {
            Question::Confirm { prompt } => TerminalQuestion::Confirm { prompt },
            Question::MigrationName { prompt } => TerminalQuestion::MigrationName { prompt },
        }),
        seed: reply.seed.map(|s| SeedScript {
            command: s.command,
            script_path: s.script_path,
            script: s.script,
            args: s.args,
        }),
        schema: (after != before).then(|| after.to_owned()),
        files_changed: reply.files_changed,
        database_changed: reply.database_changed,
        clear: reply.clear,
        client: reply
            .generated
            .is_some()
            .then(|| current.as_ref().map(Generated::describe))
            .flatten(),
    }
}

pub fn snapshot(project: &ProjectFiles) -> ProjectSnapshot {
    ProjectSnapshot {
        files: project.files.clone(),
        database_exists: project.database_exists,
    }
}

pub fn from_snapshot(snapshot: ProjectSnapshot) -> ProjectFiles {
    ProjectFiles {
        files: snapshot.files,
        database_exists: snapshot.database_exists,
    }
}

/// The schema path, for callers that only want the editor's file.
pub fn schema_of(project: &ProjectFiles) -> Option<&str> {
    project.read(SCHEMA_PATH)
}

/// The migrations pane's data.
/// The most characters of the "next migration" error the migrations pane gets. A 5 MB schema
/// of junk makes an error text of tens of megabytes (every problem with its excerpt), which
/// froze the page when shown; the terminal's `validate` still prints it whole.
const MAX_NEXT_ERROR: usize = 20_000;

/// `text` cut after at most `max` bytes, at a line's end, with a line saying how much is left.
fn shorten(text: String, max: usize) -> String {
    if text.len() <= max {
        return text;
    }
    let mut cut = max;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let cut = text[..cut].rfind('\n').map_or(cut, |newline| newline + 1);
    let rest_lines = text[cut..].lines().count();
    format!(
        "{}… {rest_lines} more lines not shown: run `npx prisma validate` in the terminal for all of them.\n",
        &text[..cut]
    )
}

pub fn overview(project: &ProjectFiles, db: &mut SqliteDb) -> Response {
    let o = seedbed_shell::overview::overview(project, db);
    let (next_sql, next_error) = match o.next {
        Ok(sql) => (Some(sql), None),
        Err(e) => (None, Some(shorten(e, MAX_NEXT_ERROR))),
    };
    Response::Migrations {
        migrations: o
            .migrations
            .into_iter()
            .map(|m| seedbed_protocol::MigrationEntry {
                name: m.name,
                sql: m.sql,
                // The status's serde name (`pending`, `editedAfterApply`, …).
                status: serde_json::to_value(m.status)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default(),
                finished_at: m.finished_at,
                logs: m.logs,
            })
            .collect(),
        history: o.history,
        next_sql,
        next_error,
    }
}

#[cfg(test)]
mod tests {
    use super::shorten;

    #[test]
    fn the_starter_package_json_is_the_one_the_shell_writes() {
        assert_eq!(
            seedbed_protocol::starter::PACKAGE_JSON,
            seedbed_shell::files::DEFAULT_PACKAGE_JSON
        );
        let project = super::starter_project();
        assert_eq!(
            project.read("package.json"),
            Some(seedbed_protocol::starter::PACKAGE_JSON)
        );
    }

    #[test]
    fn long_errors_are_cut_at_a_line_end_and_say_how_much_is_left() {
        // (text, limit, expected)
        let cases: &[(&str, usize, &str)] = &[
            ("short\n", 100, "short\n"),
            ("exactly", 7, "exactly"),
            (
                "one\ntwo\nthree\n",
                9,
                "one\ntwo\n… 1 more lines not shown: run `npx prisma validate` in the terminal for all of them.\n",
            ),
            (
                "ééé\nabc\n",
                3,
                "é… 2 more lines not shown: run `npx prisma validate` in the terminal for all of them.\n",
            ),
        ];
        for (text, max, expected) in cases {
            assert_eq!(
                shorten((*text).to_owned(), *max),
                *expected,
                "{text:?} to {max}"
            );
        }
    }
}
