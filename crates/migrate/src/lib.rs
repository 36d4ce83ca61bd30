//! Prisma 6.19.3's migration workflow for SQLite (`migrate dev/deploy/reset/status/diff/
//! resolve`, `db push`, `db execute`) as a core without IO: commands take a [`Project`]
//! (schema text and the migrations folder as data), a database behind [`seedbed_db::Db`]
//! and an [`Env`] (clock and ids), and return an [`Outcome`] (styled console lines, files to
//! write, exit code, or a question to answer by running again).
//!
//! The `native` feature adds the shell: loading a project folder, writing outcomes back,
//! and [`native::run_cli`]. See `README.md` for modules, invariants and differences.

pub mod apply;
pub mod checksum;
pub mod commands;
pub mod diagnose;
pub mod env;
pub mod history;
#[cfg(feature = "native")]
pub mod native;
pub mod outcome;
pub mod project;

pub use commands::{Command, DiffSource, run};
pub use env::{Env, FixedEnv};
pub use outcome::{Answers, FileOp, Line, Outcome, Question, Stream, Style};
pub use project::{LOCK_FILE, MigrationDir, Project};
