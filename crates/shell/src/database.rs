//! `db pull` on the project's database, and `db seed`: the seed command from
//! `package.json`, resolved to a script file of the project that the host runs.

use crate::cli::Invocation;
use crate::files::PACKAGE_JSON;
use crate::reply::{Reply, SeedRun};
use crate::seed_config::{Seed, seed_from};
use crate::session::{Session, schema_file};
use seedbed_db::Db;
use seedbed_introspect::{PullOptions, db_pull_with};

/// Whether the database has anything in it (a database file a learner filled through the
/// SQL console exists even if no Prisma command created it).
fn has_tables(db: &mut dyn Db) -> bool {
    db.query(
        "SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') LIMIT 1",
        &[],
    )
    .is_ok_and(|rows| !rows.rows.is_empty())
}

pub fn pull(inv: &Invocation, s: &mut Session<'_>) -> Reply {
    let file = match schema_file(inv, s.files) {
        Ok(f) => f,
        Err(reply) => return *reply,
    };
    let print = inv.has("print");
    if !s.files.database_exists && !has_tables(s.db) {
        let mut reply = Reply::default();
        if !print {
            reply.out(format!("Prisma schema loaded from {}", file.shown));
        }
        let name = datasource_file(&file.text).unwrap_or_else(|| "dev.db".into());
        return reply.fail(
            1,
            format!("Error: P1003\n\nThe introspected database does not exist:\n\nDatabase `{name}` does not exist"),
        );
    }
    // The clock of the "Introspected … in Xms" line: the pull options take a plain fn, and
    // the host's clock is read around the call instead.
    let started = s.host.now_ms();
    let options = PullOptions {
        schema_path: file.shown.clone(),
        force: inv.has("force"),
        print,
        ..PullOptions::default()
    };
    let outcome = db_pull_with(s.db, Some(&file.text), &options);
    let elapsed = (s.host.now_ms() - started).max(0.0) as u64;
    let mut reply = Reply::default();
    let stdout = outcome
        .stdout
        .replace(" in 0ms", &format!(" in {elapsed}ms"));
    reply.chunks(
        [(false, stdout), (true, outcome.stderr.clone())]
            .into_iter()
            .filter(|(_, t)| !t.is_empty()),
    );
    reply.exit_code = outcome.exit_code;
    if outcome.exit_code == 0
        && !print
        && let Some(text) = &outcome.schema_text
    {
        s.files.write(&file.path, text);
        reply.files_changed = true;
    }
    reply
}

/// The file name of the datasource's `file:` URL, for Prisma's "does not exist" message.
fn datasource_file(schema: &str) -> Option<String> {
    let validated = seedbed_psl::parse_and_validate(schema);
    let url = match validated.datasource?.url? {
        seedbed_psl::model::ConfigValue::Literal(u) => u,
        seedbed_psl::model::ConfigValue::Env(_) => return None,
    };
    let path = url.strip_prefix("file:")?;
    let path = path.split('?').next().unwrap_or(path);
    Some(path.rsplit('/').next().unwrap_or(path).to_owned())
}

/// Prisma 6's warning whenever package.json carries a `prisma` key.
const DEPRECATION: &str = "warn The configuration property `package.json#prisma` is deprecated and will be removed in Prisma 7. Please migrate to a Prisma config file (e.g., `prisma.config.ts`).\nFor more information, see: https://pris.ly/prisma-config\n";

pub fn seed(inv: &Invocation, s: &mut Session<'_>) -> Reply {
    let mut reply = Reply::default();
    let package = s.files.read(PACKAGE_JSON).map(str::to_owned);
    if package
        .as_deref()
        .is_some_and(crate::seed_config::has_prisma_key)
    {
        reply.push(
            seedbed_migrate::Style::Yellow,
            seedbed_migrate::Stream::Stderr,
            DEPRECATION,
        );
    }
    let seed = package
        .as_deref()
        .map_or(Seed::None, |text| seed_from(text, PACKAGE_JSON));
    match seed {
        Seed::None => {
            reply.out("");
            reply
        }
        Seed::Invalid(message) => reply.fail(1, format!("Error: {message}")),
        Seed::Command(command) => {
            let full = if inv.positional.is_empty() {
                command
            } else {
                format!("{command} {}", inv.positional.join(" "))
            };
            start_seed(&full, s, &mut reply);
            reply
        }
    }
}

/// The seed step of `migrate reset` and of a `migrate dev` that created the database.
pub fn seed_after_migrate(s: &mut Session<'_>, reply: &mut Reply) {
    let package = s.files.read(PACKAGE_JSON).map(str::to_owned);
    match package
        .as_deref()
        .map_or(Seed::None, |t| seed_from(t, PACKAGE_JSON))
    {
        Seed::None => {}
        Seed::Invalid(message) => {
            reply.err(format!("Error: {message}"));
            reply.exit_code = 1;
        }
        Seed::Command(command) => {
            reply.out("");
            start_seed(&command, s, reply);
        }
    }
}

/// Prints Prisma's "Running seed command" line and hands the script to the host, or fails
/// the way Prisma does when the command cannot start. The playground runs JavaScript and
/// TypeScript seed files of the project (`node`, `tsx`, `ts-node` and the like): the
/// command's first argument that is a script of the project is the one run.
fn start_seed(command: &str, s: &mut Session<'_>, reply: &mut Reply) {
    reply.out(format!("Running seed command `{command}` ..."));
    let tokens = crate::seed_config::parse_command(command);
    let script = tokens.iter().enumerate().skip(1).find_map(|(i, token)| {
        let is_script = [".ts", ".js", ".mjs", ".cjs", ".mts", ".cts"]
            .iter()
            .any(|ext| token.ends_with(ext));
        let text = s.files.read(token)?;
        is_script.then(|| (i, token.clone(), text.to_owned()))
    });
    match script {
        Some((i, path, text)) => {
            reply.seed = Some(SeedRun {
                command: command.to_owned(),
                script_path: path,
                script: text,
                args: tokens[i + 1..].to_vec(),
            });
        }
        None => {
            let program = tokens.first().cloned().unwrap_or_default();
            reply.err(format!(
                "\nAn error occurred while running the seed command:\nError: Command failed with ENOENT: {}\nspawn {program} ENOENT\n(The playground runs seed scripts of the project, such as `tsx prisma/seed.ts`: the command names none that exists.)",
                tokens.join(" ")
            ));
            reply.exit_code = 1;
        }
    }
}
