//! What running one terminal line gives back to the shell that hosts the terminal.

pub use seedbed_migrate::{Line, Question, Stream, Style};
use serde::Serialize;

/// Prisma Client, generated: the schema it came from and its TypeScript declarations.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GeneratedClient {
    pub schema: String,
    pub declarations: String,
}

/// The project's seed script, which the host runs (in the browser: the client sandbox),
/// printing its output and then Prisma's closing line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SeedRun {
    /// The command as configured (`tsx prisma/seed.ts`) with any extra arguments.
    pub command: String,
    /// The script file the command names, and its text.
    pub script_path: String,
    pub script: String,
    /// Arguments after the script path (`process.argv.slice(2)` in the script).
    pub args: Vec<String>,
}

/// The result of one line.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Reply {
    pub lines: Vec<Line>,
    pub exit_code: i32,
    /// Prisma would ask this; nothing changed after the question point. Run the same line
    /// again with the answer.
    pub question: Option<Question>,
    /// A new Prisma Client (the host installs it for the client console).
    pub generated: Option<GeneratedClient>,
    /// The seed script to run now (after `db seed`, `migrate reset`, or a `migrate dev`
    /// that created the database).
    pub seed: Option<SeedRun>,
    /// Some project file changed (the host saves the project and refreshes its views).
    pub files_changed: bool,
    /// The database may have changed.
    pub database_changed: bool,
    /// `clear`: the terminal empties its screen.
    pub clear: bool,
}

impl Reply {
    pub fn out(&mut self, text: impl Into<String>) {
        self.push(Style::Plain, Stream::Stdout, text);
    }

    pub fn err(&mut self, text: impl Into<String>) {
        self.push(Style::Red, Stream::Stderr, text);
    }

    pub fn push(&mut self, style: Style, stream: Stream, text: impl Into<String>) {
        self.lines.push(Line {
            style,
            stream,
            text: text.into(),
        });
    }

    /// Ends with an error on stderr.
    pub fn fail(mut self, code: i32, text: impl Into<String>) -> Self {
        self.err(text);
        self.exit_code = code;
        self
    }

    /// Chunks of text on stdout (`false`) or stderr (`true`), as a CLI prints them; a
    /// trailing newline is dropped since every line ends with one.
    pub fn chunks(&mut self, chunks: impl IntoIterator<Item = (bool, String)>) {
        for (to_stderr, text) in chunks {
            let text = text.strip_suffix('\n').unwrap_or(&text).to_owned();
            if to_stderr {
                self.err(text);
            } else {
                self.out(text);
            }
        }
    }

    /// The terminal's text, one line per entry (tests).
    pub fn text(&self) -> String {
        let mut s = String::new();
        for line in &self.lines {
            s.push_str(&line.text);
            s.push('\n');
        }
        s
    }
}
