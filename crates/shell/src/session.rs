//! One terminal line, run: the launcher (`npx prisma …`), the few shell built-ins, and the
//! dispatch to the command modules.

use crate::cli::{self, Invocation, Parsed};
use crate::files::{ProjectFiles, SCHEMA_PATH, clean_path};
use crate::reply::Reply;
use crate::{database, migrations, schema_commands, words};
use seedbed_db::Db;
use seedbed_migrate::{Answers, Env};

/// What the terminal needs from its host besides the project and the database.
pub trait Host {
    /// A millisecond clock for the durations Prisma prints.
    fn now_ms(&mut self) -> f64;
}

/// Everything one line works on.
pub struct Session<'a> {
    pub files: &'a mut ProjectFiles,
    pub db: &'a mut dyn Db,
    pub env: &'a mut dyn Env,
    pub host: &'a mut dyn Host,
    pub answers: &'a Answers,
}

/// The words a learner may put before `prisma`, as in a Node project's shell.
fn strip_launcher(words: &[String]) -> &[String] {
    let w: Vec<&str> = words.iter().map(String::as_str).collect();
    let skip = match w.as_slice() {
        ["npx", "--yes" | "-y", ..] => 2,
        ["npx", ..] | ["yarn", ..] | ["bunx", ..] => 1,
        ["pnpm", "exec" | "dlx", ..] | ["bun", "x", ..] => 2,
        ["pnpm", ..] => 1,
        _ => 0,
    };
    &words[skip..]
}

/// The terminal's own help (`help`), listing what it runs.
const TERMINAL_HELP: &str = "This terminal runs Prisma's commands on the playground's project, as in a shell:\n\n  npx prisma migrate dev --name init\n  npx prisma db push\n  npx prisma db pull\n  npx prisma generate\n  npx prisma db seed\n  npx prisma migrate reset\n  npx prisma migrate status\n  npx prisma migrate diff --from-empty --to-schema-datamodel prisma/schema.prisma --script\n  npx prisma format\n  npx prisma validate\n\nAlso: `prisma --help`, `<command> --help`, `ls [folder]`, `cat <file>`, `clear`.\nTab completes commands and flags; ↑ and ↓ walk the history.";

/// Runs one line typed in the terminal. Never panics; every failure is text and an exit code.
pub fn run_line(line: &str, session: &mut Session<'_>) -> Reply {
    let words = match words::split(line) {
        Ok(words) => words,
        Err(e) => {
            return Reply::default().fail(2, format!("bash: {e}"));
        }
    };
    let rest = strip_launcher(&words);
    match rest.first().map(String::as_str) {
        None => Reply::default(),
        Some("prisma") => run_prisma(&rest[1..], session),
        Some("clear") => Reply {
            clear: true,
            ..Reply::default()
        },
        Some("help") => {
            let mut reply = Reply::default();
            reply.out(TERMINAL_HELP);
            reply
        }
        Some("ls") => list(session.files, rest.get(1).map_or("", String::as_str)),
        Some("cat") => cat(session.files, &rest[1..]),
        Some(other) => {
            let mut reply = Reply::default().fail(127, format!("bash: {other}: command not found"));
            reply.out("Type `help` to see the commands this terminal runs.");
            reply
        }
    }
}

/// `ls`: the files and folders directly under a folder of the project.
fn list(files: &ProjectFiles, folder: &str) -> Reply {
    let Some(folder) = clean_path(folder) else {
        return Reply::default().fail(
            2,
            format!("ls: cannot access '{folder}': No such file or directory"),
        );
    };
    let prefix = if folder.is_empty() {
        String::new()
    } else {
        format!("{folder}/")
    };
    if files.read(&folder).is_some() {
        let mut reply = Reply::default();
        reply.out(folder);
        return reply;
    }
    if !files.is_dir(&folder) {
        return Reply::default().fail(
            2,
            format!("ls: cannot access '{folder}': No such file or directory"),
        );
    }
    let mut entries: Vec<String> = files
        .files
        .keys()
        .filter_map(|path| path.strip_prefix(&prefix))
        .map(|rest| match rest.split_once('/') {
            Some((dir, _)) => format!("{dir}/"),
            None => rest.to_owned(),
        })
        .collect();
    entries.dedup();
    let mut reply = Reply::default();
    reply.out(entries.join("\n"));
    reply
}

/// `cat FILE…`.
fn cat(files: &ProjectFiles, paths: &[String]) -> Reply {
    let mut reply = Reply::default();
    for path in paths {
        match files.read(path) {
            Some(text) => reply.out(text.strip_suffix('\n').unwrap_or(text)),
            None => {
                reply.err(format!("cat: {path}: No such file or directory"));
                reply.exit_code = 1;
            }
        }
    }
    reply
}

fn run_prisma(words: &[String], session: &mut Session<'_>) -> Reply {
    match cli::parse(words) {
        Parsed::Help(text) => {
            let mut reply = Reply::default();
            reply.out(text.strip_suffix('\n').unwrap_or(text));
            reply
        }
        Parsed::Error(text) => Reply::default().fail(1, text.strip_suffix('\n').unwrap_or(&text)),
        Parsed::Version => version(),
        Parsed::Run(invocation) => {
            if let Some(config) = invocation.value("config") {
                return Reply::default().fail(
                    1,
                    format!("Error: Could not load config file `{config}`: the playground's project has no Prisma config file (it reads prisma/schema.prisma and package.json, as Prisma 6 does without one)."),
                );
            }
            dispatch(&invocation, session)
        }
    }
}

fn dispatch(inv: &Invocation, s: &mut Session<'_>) -> Reply {
    match inv.path {
        "validate" => schema_commands::validate(inv, s),
        "format" => schema_commands::format(inv, s),
        "generate" => schema_commands::generate(inv, s),
        "db pull" => database::pull(inv, s),
        "db seed" => database::seed(inv, s),
        _ => migrations::run(inv, s),
    }
}

/// `prisma -v`: the versions Seedbed reproduces (its engines are its own, compiled to wasm).
fn version() -> Reply {
    let v = seedbed_generate::PRISMA_VERSION;
    let mut reply = Reply::default();
    reply.out(format!(
        "prisma                  : {v}\n@prisma/client          : {v}\nComputed binaryTarget   : wasm32 (Seedbed's engines, in this page)\nOperating System        : browser\nArchitecture            : wasm32\nQuery Engine            : Seedbed (Prisma {v} behaviour)\nPSL                     : Seedbed (Prisma {v} behaviour)\nSchema Engine           : Seedbed (Prisma {v} behaviour)"
    ));
    reply
}

/// The schema file a command reads: `--schema` or Prisma's default locations.
pub(crate) struct SchemaFile {
    /// The path as Prisma prints it.
    pub shown: String,
    pub path: String,
    pub text: String,
}

/// Finds the schema as Prisma does, or returns Prisma's error.
pub(crate) fn schema_file(
    inv: &Invocation,
    files: &ProjectFiles,
) -> Result<SchemaFile, Box<Reply>> {
    if let Some(given) = inv.value("schema") {
        let found = clean_path(given).and_then(|p| files.read(&p).map(|t| (p, t.to_owned())));
        return match found {
            Some((path, text)) => Ok(SchemaFile {
                shown: path.clone(),
                path,
                text,
            }),
            None => Err(Box::new(Reply::default().fail(
                1,
                format!("Error: Could not load `--schema` from provided path `{given}`: file or directory not found"),
            ))),
        };
    }
    for path in [SCHEMA_PATH, "schema.prisma"] {
        if let Some(text) = files.read(path) {
            return Ok(SchemaFile {
                shown: path.to_owned(),
                path: path.to_owned(),
                text: text.to_owned(),
            });
        }
    }
    Err(Box::new(Reply::default().fail(1, "Error: Could not find Prisma Schema that is required for this command.\nYou can either provide it with `--schema` argument,\nset it in your Prisma Config file (e.g., `prisma.config.ts`),\nset it as `prisma.schema` in your package.json,\nor put it into the default location (`./prisma/schema.prisma`, or `./schema.prisma`.\nChecked following paths:\n\nschema.prisma: file not found\nprisma/schema.prisma: file not found\n\nSee also https://pris.ly/d/prisma-schema-location")))
}

/// The folder holding the schema file (`prisma`), where migrations and relative paths live.
pub(crate) fn schema_dir(path: &str) -> &str {
    path.rsplit_once('/').map_or("", |(dir, _)| dir)
}

/// `dir/rel`, normalised.
pub(crate) fn join(dir: &str, rel: &str) -> String {
    if dir.is_empty() {
        rel.to_owned()
    } else {
        format!("{dir}/{rel}")
    }
}
