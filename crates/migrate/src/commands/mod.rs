//! The commands: each takes the project, the database and the environment and returns an
//! [`Outcome`]. Shared here: the preamble every command prints and the schema loading.

mod dev;
mod diff;
mod push;
mod reset;
mod status;

pub use diff::DiffSource;

use crate::env::Env;
use crate::outcome::{Answers, Outcome, Style};
use crate::project::Project;
use seedbed_db::Db;
use seedbed_psl::ValidatedSchema;
use seedbed_psl::model::ConfigValue;

/// A command line, parsed.
#[derive(Debug, Clone)]
pub enum Command {
    MigrateDev {
        name: Option<String>,
        create_only: bool,
        skip_generate: bool,
        skip_seed: bool,
    },
    MigrateDeploy,
    MigrateReset {
        force: bool,
        skip_generate: bool,
        skip_seed: bool,
    },
    MigrateStatus,
    MigrateDiff {
        from: DiffSource,
        to: DiffSource,
        script: bool,
        exit_code: bool,
    },
    MigrateResolve {
        applied: Option<String>,
        rolled_back: Option<String>,
    },
    DbPush {
        accept_data_loss: bool,
        force_reset: bool,
        skip_generate: bool,
    },
    DbExecute {
        script: String,
    },
}

/// Runs one command. `db` is the project's database (the datasource URL, already opened by
/// the shell). Never panics; every failure is an exit code with Prisma's text.
pub fn run(
    command: &Command,
    project: &Project,
    db: &mut dyn Db,
    env: &mut dyn Env,
    answers: &Answers,
) -> Outcome {
    let mut ctx = Ctx {
        project,
        db,
        env,
        answers,
        out: Outcome::default(),
    };
    match command {
        Command::MigrateDev {
            name,
            create_only,
            skip_generate,
            skip_seed,
        } => dev::run(
            &mut ctx,
            name.as_deref(),
            *create_only,
            *skip_generate,
            *skip_seed,
        ),
        Command::MigrateDeploy => reset::deploy(&mut ctx),
        Command::MigrateReset {
            force,
            skip_generate,
            skip_seed,
        } => reset::reset(&mut ctx, *force, *skip_generate, *skip_seed),
        Command::MigrateStatus => status::run(&mut ctx),
        Command::MigrateDiff {
            from,
            to,
            script,
            exit_code,
        } => diff::run(&mut ctx, from, to, *script, *exit_code),
        Command::MigrateResolve {
            applied,
            rolled_back,
        } => reset::resolve(&mut ctx, applied.as_deref(), rolled_back.as_deref()),
        Command::DbPush {
            accept_data_loss,
            force_reset,
            skip_generate,
        } => push::push(&mut ctx, *accept_data_loss, *force_reset, *skip_generate),
        Command::DbExecute { script } => push::execute(&mut ctx, script),
    }
    ctx.out
}

/// What a command works with.
pub(crate) struct Ctx<'a> {
    pub project: &'a Project,
    pub db: &'a mut dyn Db,
    pub env: &'a mut dyn Env,
    pub answers: &'a Answers,
    pub out: Outcome,
}

impl Ctx<'_> {
    pub fn fail(&mut self, code: i32, text: impl Into<String>) {
        self.out.error(text);
        self.out.exit_code = code;
    }

    /// A progress note on stderr (the engine's "Applying migration" lines).
    pub fn note(&mut self, text: impl Into<String>) {
        self.out.lines.push(crate::outcome::Line {
            style: crate::outcome::Style::Dim,
            stream: crate::outcome::Stream::Stderr,
            text: text.into(),
        });
    }

    pub fn blank(&mut self) {
        self.out.plain("");
    }
}

/// The validated schema and the datasource facts the preamble prints.
pub(crate) struct Loaded {
    pub schema: ValidatedSchema,
    /// `file:./dev.db` as written.
    pub url: String,
    /// `dev.db`.
    pub db_name: String,
}

/// Prints the preamble (`.env`, schema path, datasource, then an empty line) and validates
/// the schema. `None` means the command already failed (exit code and error set).
pub(crate) fn load(ctx: &mut Ctx<'_>) -> Option<Loaded> {
    let loaded = load_quiet(ctx)?;
    ctx.blank();
    Some(loaded)
}

/// [`load`] without the empty line after the datasource.
fn load_quiet(ctx: &mut Ctx<'_>) -> Option<Loaded> {
    load_with(ctx, false)
}

/// What `db push` loads: no empty line after the datasource, and only the configuration
/// checked before it is printed. Prisma's CLI checks the configuration first (`getConfig`:
/// syntax, datasource, generators) and prints the datasource line; the schema engine then
/// validates the models and fails with its own P1012 (`Error: P1012`, the diagnostics, no
/// wrapper), as recorded in `tests/conformance/migrate/cases/id_sort_desc/push.txt`.
pub(crate) fn load_for_push(ctx: &mut Ctx<'_>) -> Option<Loaded> {
    load_with(ctx, true)
}

/// Whether the CLI's `getConfig` step reports a diagnostic (it parses the whole file and
/// validates only the configuration blocks), as opposed to the engine's model validation.
fn checked_by_get_config(d: &seedbed_psl::Diagnostic) -> bool {
    use seedbed_psl::diagnostics::codes;
    d.code.starts_with("E00") || d.code.starts_with("E04") || d.code == codes::DUPLICATE_CONFIG_KEY
}

fn load_with(ctx: &mut Ctx<'_>, engine_validates_models: bool) -> Option<Loaded> {
    let project = ctx.project;
    if let Some(file) = &project.env_file {
        ctx.out
            .plain(format!("Environment variables loaded from {file}"));
    }
    ctx.out.say(
        Style::Dim,
        format!("Prisma schema loaded from {}", project.schema_path),
    );
    let schema = seedbed_psl::parse_and_validate(&project.schema);
    let errors: Vec<_> = schema
        .errors()
        .filter(|d| !engine_validates_models || checked_by_get_config(d))
        .collect();
    if !errors.is_empty() {
        let text = seedbed_psl::pretty::render_cli_errors(
            &errors,
            &project.schema_path,
            &project.schema,
            seedbed_psl::pretty::CliContext::GetConfig,
        );
        ctx.fail(1, text);
        return None;
    }
    let Some(ds) = schema.datasource.clone() else {
        ctx.fail(
            1,
            "Error: Couldn't find a datasource in the schema. Please add a datasource block with provider = \"sqlite\".",
        );
        return None;
    };
    let url = match &ds.url {
        Some(ConfigValue::Literal(url)) => url.clone(),
        Some(ConfigValue::Env(var)) => match project.env.get(var) {
            Some(url) => url.clone(),
            None => {
                ctx.fail(
                    1,
                    format!(
                        "Error: Prisma schema validation - (get-config wasm)\nError code: P1012\nerror: Environment variable not found: {var}.\n  -->  {}\n\nValidation Error Count: 1\n[Context: getConfig]\n\nPrisma CLI Version : 6.19.3",
                        project.schema_path
                    ),
                );
                return None;
            }
        },
        _ => String::new(),
    };
    let db_name = db_file_name(&url);
    ctx.out.plain(format!(
        "Datasource \"{}\": SQLite database \"{db_name}\" at \"{url}\"",
        ds.name
    ));
    if schema.has_errors() {
        // Only when the engine validates the models (`db push`): the rest failed above.
        let mut text = String::from("Error: P1012\n\n");
        for d in schema.errors() {
            text.push_str(&seedbed_psl::pretty::render_diagnostic(
                d,
                &project.schema_path,
                &project.schema,
                false,
            ));
        }
        text.push('\n');
        ctx.fail(1, text);
        return None;
    }
    Some(Loaded {
        schema,
        url,
        db_name,
    })
}

/// `file:./prisma/dev.db?x=y` → `dev.db`.
pub fn db_file_name(url: &str) -> String {
    let path = url.strip_prefix("file:").unwrap_or(url);
    let path = path.split('?').next().unwrap_or(path);
    path.rsplit(['/', '\\']).next().unwrap_or(path).to_owned()
}

/// Prints the creation notice when the shell just created the SQLite file.
pub(crate) fn announce_created(ctx: &mut Ctx<'_>, loaded: &Loaded) -> bool {
    if ctx.project.database_exists {
        return false;
    }
    ctx.out.plain(format!(
        "SQLite database {} created at {}",
        loaded.db_name, loaded.url
    ));
    ctx.blank();
    true
}

/// The tree Prisma prints for a list of migration directories.
pub(crate) fn tree(root: &str, names: &[String]) -> String {
    let mut out = format!("{root}/");
    for name in names {
        out.push_str(&format!("\n  └─ {name}/\n    └─ migration.sql"));
    }
    out
}

/// `prisma migrate dev`-style yes/no question handling: `Ok(true)` to go on, `Ok(false)`
/// when the question was asked or refused (the outcome already says so).
pub(crate) fn confirm(
    ctx: &mut Ctx<'_>,
    prompt: &str,
    non_interactive_error: &str,
    cancelled: &str,
) -> bool {
    match ctx.answers.confirm {
        Some(true) => true,
        Some(false) => {
            ctx.out.plain(cancelled);
            ctx.out.exit_code = 130;
            false
        }
        None if ctx.answers.interactive => {
            ctx.out.question = Some(crate::outcome::Question::Confirm {
                prompt: prompt.to_owned(),
            });
            false
        }
        None => {
            ctx.fail(1, non_interactive_error);
            false
        }
    }
}
