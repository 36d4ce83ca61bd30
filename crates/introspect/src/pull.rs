//! The `db pull` command as a function: describe, validate the current schema, introspect,
//! and produce Prisma's console text (CLI `packages/migrate/src/commands/DbPull.ts`).
//! No IO: the caller writes `schema_text` (and view files) and prints the lines.

use crate::{Introspection, introspect_validated};
use seedbed_db::Db;

/// How the command was invoked.
#[derive(Debug, Clone)]
pub struct PullOptions {
    /// The schema path as printed ("prisma/schema.prisma").
    pub schema_path: String,
    /// `--force`: ignore the current schema (no re-introspection, no validation).
    pub force: bool,
    /// `--print`: the schema goes to stdout, warnings as `//` comments to stderr.
    pub print: bool,
    /// A millisecond clock for the "… in Xms" of the success message. The core has no
    /// clock of its own (wasm has none in std); the shell passes one, tests a fixed one.
    pub clock: fn() -> u64,
}

/// The clock of [`PullOptions::default`]: always 0, so outputs are reproducible.
pub fn no_clock() -> u64 {
    0
}

impl Default for PullOptions {
    fn default() -> Self {
        PullOptions {
            schema_path: "prisma/schema.prisma".into(),
            force: false,
            print: false,
            clock: no_clock,
        }
    }
}

/// What the command did.
#[derive(Debug, Clone, PartialEq)]
pub struct PullOutcome {
    /// The new schema file, when introspection succeeded (write it unless `--print`).
    pub schema_text: Option<String>,
    /// Standard output text.
    pub stdout: String,
    /// Standard error text.
    pub stderr: String,
    /// The warnings block (`*** WARNING ***…`), if any.
    pub warnings: Option<String>,
    /// Process exit code (0 or 1).
    pub exit_code: i32,
    /// The full introspection result, when it ran.
    pub introspection: Option<Introspection>,
}

impl PullOutcome {
    /// Console lines (stdout then stderr), for shells that print line by line.
    pub fn console_lines(&self) -> Vec<String> {
        self.stdout
            .lines()
            .chain(self.stderr.lines())
            .map(str::to_owned)
            .collect()
    }

    fn error(stdout: String, stderr: String) -> PullOutcome {
        PullOutcome {
            schema_text: None,
            stdout,
            stderr,
            warnings: None,
            exit_code: 1,
            introspection: None,
        }
    }
}

const P4001: &str = "Error: \nP4001 The introspected database was empty:\n\nprisma db pull could not create any models in your schema.prisma file and you will not be able to generate Prisma Client with the prisma generate command.\n\nTo fix this, you have two options:\n\n- manually create a table in your database.\n- make sure the database connection URL inside the datasource block in schema.prisma points to a database that is not empty (it must contain at least one table).\n\nThen you can run prisma db pull again. \n\n";

/// What Prisma prints when its describer's own SQL fails on the database.
const DESCRIBE_ERROR: &str =
    "Error: Error describing the database.\nError querying the database: Error code 1\n\n";

/// Databases Prisma's SQLite describer fails on, although ours reads them: it splices table
/// names into `PRAGMA` statements unescaped (a `"` in a name breaks them), and it describes
/// every view, so a view over a missing table (no columns for us) is an error. Checked with
/// the real CLI.
fn prisma_cannot_describe(sql: &seedbed_sql_schema::SqlSchema) -> bool {
    sql.tables.iter().any(|t| t.name.contains('"'))
        || sql
            .views
            .iter()
            .any(|v| v.columns.is_empty() || v.name.contains('"'))
}

/// `prisma db pull` with the default schema path (`prisma/schema.prisma`).
pub fn db_pull(
    db: &mut (impl Db + ?Sized),
    existing_schema: Option<&str>,
    force: bool,
    print: bool,
) -> PullOutcome {
    let options = PullOptions {
        force,
        print,
        ..PullOptions::default()
    };
    db_pull_with(db, existing_schema, &options)
}

/// `prisma db pull` with explicit options.
pub fn db_pull_with(
    db: &mut (impl Db + ?Sized),
    existing_schema: Option<&str>,
    options: &PullOptions,
) -> PullOutcome {
    let started = (options.clock)();
    let path = &options.schema_path;
    let spinner = format!("- Introspecting based on datasource defined in {path}\n");
    // --force ignores the current schema entirely, except its configuration blocks, which
    // the CLI keeps; we re-read them from a schema reduced to its configuration.
    let previous = existing_schema.map(seedbed_psl::parse_and_validate);
    let previous = match previous {
        Some(p) if p.has_errors() && !options.force => {
            let errors: Vec<&seedbed_psl::Diagnostic> = p.errors().collect();
            let mut message = String::new();
            let lines = seedbed_psl::pretty::SourceLines::new(p.source());
            for d in &errors {
                message.push_str(&seedbed_psl::pretty::render_with(d, path, &lines, false));
            }
            // The engine's P1012 error (its message is the rendered diagnostics), then the
            // CLI's explanation (DbPull.ts).
            let stderr = format!(
                "Error: P1012\n\n{message}\n\nIntrospection failed as your current Prisma schema file is invalid\n\nPlease fix your current schema manually (using either prisma validate or the Prisma VS Code extension to understand what's broken and confirm you fixed it), and then run this command again.\nOr run this command with the --force flag to ignore your current schema and overwrite it. All local modifications will be lost.\n\n"
            );
            return PullOutcome::error(failed_stdout(options, &spinner, true), stderr);
        }
        Some(p) if options.force => Some(config_only(&p)),
        other => other,
    };
    let sql = match seedbed_sql_schema::describe(db) {
        Ok(s) => s,
        Err(e) => {
            let stdout = failed_stdout(options, &spinner, true);
            return PullOutcome::error(stdout, format!("Error: {}\n\n", e.message));
        }
    };
    if prisma_cannot_describe(&sql) {
        let stdout = failed_stdout(options, &spinner, true);
        return PullOutcome::error(stdout, DESCRIBE_ERROR.to_owned());
    }
    let result = introspect_validated(&sql, previous.as_ref());
    if result.is_empty() {
        let stdout = failed_stdout(options, &spinner, false);
        return PullOutcome::error(stdout, P4001.to_owned());
    }
    let warnings = result.warnings_text();
    let (stdout, stderr) = if options.print {
        let stderr = warnings
            .as_ref()
            .map(|w| format!("\n{w}").replace('\n', "\n// ") + "\n")
            .unwrap_or_default();
        // printIntrospectedSchema adds a blank line after the file, console.log one more.
        (format!("{}\n\n", result.schema), stderr)
    } else {
        let n = result.models;
        let what = if n > 1 {
            format!("{n} models and wrote them")
        } else {
            format!("{n} model and wrote it")
        };
        let warning_block = warnings
            .as_ref()
            .map(|w| format!("\n{w}"))
            .unwrap_or_default();
        let stdout = format!(
            "{spinner}✔ Introspected {what} into {path} in {}\n      {warning_block}\nRun prisma generate to generate Prisma Client.\n\n",
            format_ms((options.clock)().saturating_sub(started))
        );
        (stdout, String::new())
    };
    PullOutcome {
        schema_text: Some(result.schema.clone()),
        stdout,
        stderr,
        warnings,
        exit_code: 0,
        introspection: Some(result),
    }
}

/// Standard output of a failed pull: the spinner's start and failure lines (not with
/// `--print`), then the empty line the CLI writes before rethrowing most errors (not P4001).
fn failed_stdout(options: &PullOptions, spinner: &str, blank: bool) -> String {
    let mut out = String::new();
    if !options.print {
        out.push_str(spinner);
        out.push_str(&format!(
            "✖ Introspecting based on datasource defined in {}\n",
            options.schema_path
        ));
    }
    if blank {
        out.push('\n');
    }
    out
}

/// `formatms`: milliseconds below a second, else seconds with two decimals.
fn format_ms(ms: u64) -> String {
    if ms < 1000 {
        format!("{ms}ms")
    } else {
        format!("{:.2}s", ms as f64 / 1000.0)
    }
}

/// The previous schema without its models, views and enums: what `--force` keeps.
fn config_only(schema: &seedbed_psl::ValidatedSchema) -> seedbed_psl::ValidatedSchema {
    let mut kept = schema.clone();
    kept.models.clear();
    kept.enums.clear();
    kept.relations.clear();
    kept
}
