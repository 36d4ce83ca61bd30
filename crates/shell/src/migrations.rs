//! The migration engine's commands (`migrate …`, `db push`, `db execute`) on the project:
//! flags become a [`Command`], the project files become a [`Project`], the outcome's files
//! are written back under the schema's folder, and generate and the seed follow as Prisma
//! runs them.

use crate::cli::Invocation;
use crate::database::seed_after_migrate;
use crate::files::clean_path;
use crate::reply::Reply;
use crate::schema_commands::after_migrate;
use crate::session::{Session, join, schema_dir, schema_file};
use seedbed_migrate::{Command, DiffSource, FileOp};

pub fn run(inv: &Invocation, s: &mut Session<'_>) -> Reply {
    let command = match command(inv, s) {
        Ok(c) => c,
        Err(reply) => return *reply,
    };
    // `migrate diff` reads no project unless a flag names one.
    let is_diff = matches!(command, Command::MigrateDiff { .. });
    let file = match schema_file(inv, s.files) {
        Ok(f) => Some(f),
        Err(_) if is_diff => None,
        Err(reply) => return *reply,
    };
    let mut project = s.files.to_project();
    let dir = file
        .as_ref()
        .map_or("prisma", |f| schema_dir(&f.path))
        .to_owned();
    if let Some(f) = &file {
        project.schema = f.text.clone();
        project.schema_path = f.shown.clone();
        let (migrations, lock) = s.files.migrations_in(&join(&dir, "migrations"));
        project.migrations = migrations;
        project.lock_file = lock;
        project.migrations_path = join(&dir, "migrations");
    }
    project.database_exists = s.files.database_exists;
    let outcome = seedbed_migrate::run(&command, &project, s.db, s.env, s.answers);
    let mut reply = Reply {
        lines: outcome.lines.clone(),
        exit_code: outcome.exit_code,
        question: outcome.question.clone(),
        ..Reply::default()
    };
    if outcome.question.is_some() {
        return reply;
    }
    for op in &outcome.files {
        let FileOp::Write { path, contents } = op;
        s.files.write(&join(&dir, path), contents);
        reply.files_changed = true;
    }
    if let Command::MigrateDiff { .. } = command
        && let Some(output) = inv.value("output")
    {
        // `--output` takes what would have been printed on stdout.
        let Some(target) = clean_path(output) else {
            return Reply::default().fail(
                1,
                format!("Error: cannot write outside the project: {output}"),
            );
        };
        let (stdout, rest): (Vec<_>, Vec<_>) = reply
            .lines
            .into_iter()
            .partition(|l| l.stream == seedbed_migrate::Stream::Stdout);
        let mut text: String = stdout.iter().map(|l| format!("{}\n", l.text)).collect();
        if text.is_empty() {
            text.push('\n');
        }
        s.files.write(&target, &text);
        reply.lines = rest;
        reply.files_changed = true;
    }
    reply.database_changed = !matches!(
        command,
        Command::MigrateDiff { .. } | Command::MigrateStatus
    );
    if creates_database(&command) {
        s.files.database_exists = true;
        reply.files_changed = true;
    }
    if outcome.exit_code != 0 {
        return reply;
    }
    if outcome.run_generate
        && let Some(f) = &file
    {
        let blank_after = matches!(command, Command::MigrateDev { .. });
        if !after_migrate(&f.text, &f.shown, blank_after, s, &mut reply) {
            return reply;
        }
    }
    if outcome.run_seed {
        seed_after_migrate(s, &mut reply);
    }
    reply
}

/// Commands after which the SQLite file exists (Prisma's SQLite connector creates it when it
/// connects).
fn creates_database(command: &Command) -> bool {
    matches!(
        command,
        Command::MigrateDev {
            create_only: false,
            ..
        } | Command::MigrateReset { .. }
            | Command::MigrateDeploy
            | Command::DbPush { .. }
            | Command::DbExecute { .. }
    )
}

fn command(inv: &Invocation, s: &Session<'_>) -> Result<Command, Box<Reply>> {
    Ok(match inv.path {
        "migrate dev" => Command::MigrateDev {
            name: inv.value("name").map(str::to_owned),
            create_only: inv.has("create-only"),
            skip_generate: inv.has("skip-generate"),
            skip_seed: inv.has("skip-seed"),
        },
        "migrate reset" => Command::MigrateReset {
            force: inv.has("force"),
            skip_generate: inv.has("skip-generate"),
            skip_seed: inv.has("skip-seed"),
        },
        "migrate deploy" => Command::MigrateDeploy,
        "migrate status" => Command::MigrateStatus,
        "migrate resolve" => Command::MigrateResolve {
            applied: inv.value("applied").map(str::to_owned),
            rolled_back: inv.value("rolled-back").map(str::to_owned),
        },
        "migrate diff" => Command::MigrateDiff {
            from: diff_source(inv, s, "from")?,
            to: diff_source(inv, s, "to")?,
            script: inv.has("script"),
            exit_code: inv.has("exit-code"),
        },
        "db push" => Command::DbPush {
            accept_data_loss: inv.has("accept-data-loss"),
            force_reset: inv.has("force-reset"),
            skip_generate: inv.has("skip-generate"),
        },
        "db execute" => Command::DbExecute {
            script: execute_script(inv, s)?,
        },
        other => {
            return Err(refuse(format!(
                "Error: `prisma {other}` is not available here."
            )));
        }
    })
}

fn execute_script(inv: &Invocation, s: &Session<'_>) -> Result<String, Box<Reply>> {
    match (inv.value("file"), inv.has("stdin")) {
        (Some(path), false) => s
            .files
            .read(path)
            .map(str::to_owned)
            .ok_or_else(|| refuse(format!("Error: Provided --file at {path} doesn't exist."))),
        (None, true) => Err(refuse(
            "Error: --stdin has nothing to read in the playground: write the script to a file (it is kept with the project) and pass --file.",
        )),
        (Some(_), true) => Err(refuse(
            "Error: --stdin and --file cannot be used at the same time. Only 1 must be provided. \nSee `prisma db execute -h`",
        )),
        (None, false) => Err(refuse(
            "Error: Either --stdin or --file must be provided.\nSee `prisma db execute -h`",
        )),
    }
}

/// One side of `migrate diff`. The playground has one database: every `file:` URL and
/// every `--…-schema-datasource` means it.
fn diff_source(inv: &Invocation, s: &Session<'_>, side: &str) -> Result<DiffSource, Box<Reply>> {
    let flag = |name: &str| format!("{side}-{name}");
    let kinds = [
        "empty",
        "schema-datamodel",
        "schema-datasource",
        "migrations",
        "url",
        "local-d1",
    ];
    let given = kinds.iter().filter(|k| inv.has(&flag(k))).count();
    if given != 1 {
        return Err(refuse(format!(
            "Error: \n{given} `--{side}-...` parameter(s) provided. 1 must be provided."
        )));
    }
    if inv.has(&flag("empty")) {
        return Ok(DiffSource::Empty);
    }
    if inv.has(&flag("local-d1")) {
        return Err(refuse(
            "Error: Cloudflare D1 is not available in the playground.",
        ));
    }
    if let Some(path) = inv.value(&flag("schema-datamodel")) {
        let text = s.files.read(path).ok_or_else(|| {
            refuse(format!("Error: Could not load `--{side}-schema-datamodel` from provided path `{path}`: file or directory not found"))
        })?;
        return Ok(DiffSource::SchemaDatamodel {
            path: path.to_owned(),
            text: text.to_owned(),
        });
    }
    if let Some(path) = inv.value(&flag("migrations")) {
        if !s.files.is_dir(path) {
            return Err(refuse(format!(
                "Error: P3017\n\nThe migration {path} could not be found. Please make sure that the migration exists, and that you included the whole name of the directory. (example: \"20201207184859_initial_migration\")"
            )));
        }
        return Ok(DiffSource::Migrations(s.files.migrations_in(path).0));
    }
    if let Some(path) = inv.value(&flag("schema-datasource")) {
        if s.files.read(path).is_none() {
            return Err(refuse(format!(
                "Error: Could not load `--{side}-schema-datasource` from provided path `{path}`: file or directory not found"
            )));
        }
        return Ok(DiffSource::Database);
    }
    let url = inv.value(&flag("url")).unwrap_or_default();
    if url.starts_with("file:") {
        Ok(DiffSource::Database)
    } else {
        Err(refuse(format!(
            "Error: P1013\n\nThe provided database string is invalid. `{url}` is not a SQLite `file:` URL: the playground's database is SQLite."
        )))
    }
}

/// A command refused before it ran: Prisma's error text, exit code 1.
fn refuse(text: impl Into<String>) -> Box<Reply> {
    Box::new(Reply::default().fail(1, text))
}
