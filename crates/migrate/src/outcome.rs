//! What a command returns instead of doing IO: console lines with a style, files to write
//! or delete, an exit code, and possibly a question the caller must answer by running the
//! command again.

use serde::Serialize;

/// How a console line should look. The CLI maps these to ANSI colours, the browser to CSS.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Style {
    Plain,
    Dim,
    Bold,
    Green,
    Red,
    Yellow,
}

/// Which stream Prisma writes a line to (errors and some notices go to stderr).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Stream {
    Stdout,
    Stderr,
}

/// One console line (it may contain newlines: Prisma prints multi-line blocks at once).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Line {
    pub style: Style,
    pub stream: Stream,
    pub text: String,
}

/// A change to the project folder, with paths relative to the migrations folder's parent
/// (the folder holding `schema.prisma`), e.g. `migrations/20250101000000_init/migration.sql`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum FileOp {
    Write { path: String, contents: String },
}

/// What Prisma would ask interactively.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Question {
    /// A yes/no prompt (data loss in `migrate dev`, `db push`, `migrate reset`).
    Confirm { prompt: String },
    /// `Enter a name for the new migration:`.
    MigrationName { prompt: String },
}

/// Answers to the questions a previous run of the same command asked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers {
    pub confirm: Option<bool>,
    pub name: Option<String>,
    /// When false, a question Prisma would ask becomes Prisma's non-interactive error (or,
    /// for the migration name, the empty name), as in CI.
    pub interactive: bool,
}

/// Everything a command produced.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Outcome {
    pub lines: Vec<Line>,
    pub files: Vec<FileOp>,
    /// Prisma's exit code; meaningless while `question` is set.
    pub exit_code: i32,
    /// When set, nothing was changed after the question point: run the command again with
    /// the answer in [`Answers`].
    pub question: Option<Question>,
    /// Whether Prisma would run `prisma generate` now (the caller owns generate).
    pub run_generate: bool,
    /// Whether Prisma would run the seed command now (the caller owns seeding).
    pub run_seed: bool,
}

impl Outcome {
    pub fn say(&mut self, style: Style, text: impl Into<String>) {
        self.lines.push(Line {
            style,
            stream: Stream::Stdout,
            text: text.into(),
        });
    }

    pub fn plain(&mut self, text: impl Into<String>) {
        self.say(Style::Plain, text);
    }

    /// An error line on stderr; Prisma prints errors in red after `Error: `.
    pub fn error(&mut self, text: impl Into<String>) {
        self.lines.push(Line {
            style: Style::Red,
            stream: Stream::Stderr,
            text: text.into(),
        });
    }

    /// Ends the command with a failure.
    pub fn fail(mut self, code: i32, text: impl Into<String>) -> Self {
        self.error(text);
        self.exit_code = code;
        self
    }

    pub fn ask(mut self, question: Question) -> Self {
        self.question = Some(question);
        self
    }

    /// The console text as one string, lines joined with `\n` (tests and plain shells).
    pub fn text(&self) -> String {
        let mut out = String::new();
        for line in &self.lines {
            out.push_str(&line.text);
            out.push('\n');
        }
        out
    }
}
