//! The native shell: load a [`Project`] from a Prisma project folder, open its SQLite file,
//! write an [`Outcome`]'s files back, and [`run_cli`], the `seedbed migrate …` / `seedbed db
//! push|execute` entry point taking Prisma's flags.

use crate::commands::{Command, DiffSource, run};
use crate::env::Env;
use crate::outcome::{Answers, FileOp, Outcome, Question, Stream, Style};
use crate::project::{MigrationDir, Project};
use clap::{Args, Parser, Subcommand};
use seedbed_db::{Db, SqliteDb};
use seedbed_psl::model::ConfigValue;
use std::collections::BTreeMap;
use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};

/// The real clock and the OS's randomness.
pub struct SystemEnv;

impl Env for SystemEnv {
    fn now_millis(&mut self) -> i64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_millis() as i64)
            .unwrap_or(0)
    }

    fn random_bytes(&mut self) -> [u8; 16] {
        let mut bytes = [0u8; 16];
        // /dev/urandom where there is one; otherwise hash the clock and a counter.
        if let Ok(mut f) = std::fs::File::open("/dev/urandom")
            && std::io::Read::read_exact(&mut f, &mut bytes).is_ok()
        {
            return bytes;
        }
        let seed = format!("{}-{:p}", self.now_millis(), &bytes);
        let digest = crate::checksum::sha256(seed.as_bytes());
        bytes.copy_from_slice(&digest[..16]);
        bytes
    }
}

/// A loaded project folder: the project data and where things are on disk.
pub struct Folder {
    pub project: Project,
    /// The folder holding `schema.prisma` (migrations and relative SQLite paths live there).
    pub schema_dir: PathBuf,
    /// The SQLite file named by the datasource URL, if it could be resolved.
    pub database: Option<PathBuf>,
}

/// Parses a `.env` file: `KEY=value` lines, optional quotes, `#` comments.
pub fn parse_dotenv(text: &str) -> BTreeMap<String, String> {
    let mut vars = BTreeMap::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let line = line.strip_prefix("export ").unwrap_or(line);
        if let Some((k, v)) = line.split_once('=') {
            let v = v.trim();
            let v = v
                .strip_prefix('"')
                .and_then(|v| v.strip_suffix('"'))
                .or_else(|| v.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
                .unwrap_or(v);
            vars.insert(k.trim().to_owned(), v.to_owned());
        }
    }
    vars
}

/// Reads the migrations folder: every directory is a migration (a missing `migration.sql`
/// is kept as `None` so the commands can report P3015); files are ignored but the lock file.
pub fn read_migrations(dir: &Path) -> (Vec<MigrationDir>, Option<String>) {
    let mut migrations = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return (migrations, None);
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let sql = std::fs::read_to_string(path.join("migration.sql")).ok();
            migrations.push(MigrationDir { name, sql });
        }
    }
    let lock = std::fs::read_to_string(dir.join("migration_lock.toml")).ok();
    (migrations, lock)
}

/// Loads the project at `cwd` (or the schema given by `--schema`), as Prisma lays it out.
pub fn load_folder(cwd: &Path, schema: Option<&Path>) -> Result<Folder, String> {
    let schema_path = match schema {
        Some(p) => cwd.join(p),
        None => {
            let candidates = [cwd.join("prisma/schema.prisma"), cwd.join("schema.prisma")];
            candidates
                .iter()
                .find(|p| p.is_file())
                .cloned()
                .ok_or_else(|| "Error: Could not find Prisma Schema that is required for this command.\nYou can either provide it with `--schema` argument, set it as `prisma.schema` in your package.json or put it into the default location.\nChecked following paths:\n\nschema.prisma: file not found\nprisma/schema.prisma: file not found".to_owned())?
        }
    };
    let text = std::fs::read_to_string(&schema_path)
        .map_err(|e| format!("Error: Could not read {}: {e}", schema_path.display()))?;
    let schema_dir = schema_path
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| cwd.to_path_buf());
    let display = |p: &Path| {
        p.strip_prefix(cwd)
            .unwrap_or(p)
            .to_string_lossy()
            .replace('\\', "/")
    };
    let mut project = Project::new(text);
    project.schema_path = display(&schema_path);
    project.migrations_path = display(&schema_dir.join("migrations"));
    let (migrations, lock) = read_migrations(&schema_dir.join("migrations"));
    project.migrations = migrations;
    project.lock_file = lock;
    if let Ok(dotenv) = std::fs::read_to_string(cwd.join(".env")) {
        project.env = parse_dotenv(&dotenv);
        project.env_file = Some(".env".into());
    }
    // Real environment variables win over `.env`, as with dotenv.
    for (k, v) in std::env::vars() {
        project.env.insert(k, v);
    }
    let validated = seedbed_psl::parse_and_validate(&project.schema);
    let url = match validated.datasource.and_then(|d| d.url) {
        Some(ConfigValue::Literal(u)) => Some(u),
        Some(ConfigValue::Env(var)) => project.env.get(&var).cloned(),
        None => None,
    };
    let database = url.as_deref().and_then(|u| sqlite_path(&schema_dir, u));
    project.database_exists = database.as_deref().is_some_and(Path::exists);
    Ok(Folder {
        project,
        schema_dir,
        database,
    })
}

/// The file a `file:` URL names, relative to the schema's folder as in Prisma.
pub fn sqlite_path(schema_dir: &Path, url: &str) -> Option<PathBuf> {
    let path = url.strip_prefix("file:")?;
    let path = path.split('?').next().unwrap_or(path);
    Some(schema_dir.join(path))
}

/// Writes the outcome's files under the schema's folder.
pub fn write_files(schema_dir: &Path, outcome: &Outcome) -> std::io::Result<()> {
    for op in &outcome.files {
        let FileOp::Write { path, contents } = op;
        let target = schema_dir.join(path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(target, contents)?;
    }
    Ok(())
}

/// Prisma's flags for the commands this crate implements.
#[derive(Parser, Debug)]
#[command(name = "seedbed", no_binary_name = true)]
struct Cli {
    #[command(subcommand)]
    command: Top,
}

#[derive(Subcommand, Debug)]
enum Top {
    #[command(subcommand)]
    Migrate(MigrateCmd),
    #[command(subcommand)]
    Db(DbCmd),
}

#[derive(Args, Debug)]
struct Common {
    #[arg(long)]
    schema: Option<PathBuf>,
}

#[derive(Subcommand, Debug)]
enum MigrateCmd {
    Dev {
        #[arg(short, long)]
        name: Option<String>,
        #[arg(long)]
        create_only: bool,
        #[arg(long)]
        skip_generate: bool,
        #[arg(long)]
        skip_seed: bool,
        #[command(flatten)]
        common: Common,
    },
    Deploy {
        #[command(flatten)]
        common: Common,
    },
    Reset {
        #[arg(short, long)]
        force: bool,
        #[arg(long)]
        skip_generate: bool,
        #[arg(long)]
        skip_seed: bool,
        #[command(flatten)]
        common: Common,
    },
    Status {
        #[command(flatten)]
        common: Common,
    },
    Resolve {
        #[arg(long)]
        applied: Option<String>,
        #[arg(long)]
        rolled_back: Option<String>,
        #[command(flatten)]
        common: Common,
    },
    Diff(DiffArgs),
}

#[derive(Args, Debug)]
struct DiffArgs {
    #[arg(long)]
    from_empty: bool,
    #[arg(long)]
    to_empty: bool,
    #[arg(long)]
    from_schema_datamodel: Option<PathBuf>,
    #[arg(long)]
    to_schema_datamodel: Option<PathBuf>,
    #[arg(long)]
    from_schema_datasource: Option<PathBuf>,
    #[arg(long)]
    to_schema_datasource: Option<PathBuf>,
    #[arg(long)]
    from_migrations: Option<PathBuf>,
    #[arg(long)]
    to_migrations: Option<PathBuf>,
    #[arg(long)]
    from_url: Option<String>,
    #[arg(long)]
    to_url: Option<String>,
    #[arg(long)]
    shadow_database_url: Option<String>,
    #[arg(long)]
    script: bool,
    #[arg(long)]
    exit_code: bool,
    #[arg(short, long)]
    output: Option<PathBuf>,
}

#[derive(Subcommand, Debug)]
enum DbCmd {
    Push {
        #[arg(long)]
        accept_data_loss: bool,
        #[arg(long)]
        force_reset: bool,
        #[arg(long)]
        skip_generate: bool,
        #[command(flatten)]
        common: Common,
    },
    Execute {
        #[arg(long)]
        file: Option<PathBuf>,
        #[arg(long)]
        stdin: bool,
        #[arg(long)]
        url: Option<String>,
        #[command(flatten)]
        common: Common,
    },
}

/// What runs after a command when Prisma would run `generate` or the seed. Both belong to
/// other crates; the CLI passes its own implementation to [`run_cli_with`].
pub trait Hooks {
    /// `prisma generate` after `migrate dev/reset` and `db push`; returns an exit code.
    fn generate(&mut self, _schema_dir: &Path) -> i32 {
        0
    }
    /// The seed after `migrate reset`, and after `migrate dev` when it created the database.
    fn seed(&mut self, _schema_dir: &Path) -> i32 {
        0
    }
}

/// Hooks that do nothing.
pub struct NoHooks;

impl Hooks for NoHooks {}

/// Runs `args` (e.g. `["migrate", "dev", "--name", "init"]`) in `cwd`, printing to the
/// terminal and asking questions on it; returns the exit code. Generate and seed are not run.
pub fn run_cli(args: &[String], cwd: &Path) -> i32 {
    run_cli_with(args, cwd, &mut NoHooks)
}

/// [`run_cli`] with the caller's generate and seed.
pub fn run_cli_with(args: &[String], cwd: &Path, hooks: &mut dyn Hooks) -> i32 {
    let cli = match Cli::try_parse_from(args) {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { 1 } else { 0 };
        }
    };
    match prepare(cli.command, cwd) {
        Ok(job) => execute(job, hooks),
        Err(text) => {
            eprintln!("{text}");
            1
        }
    }
}

/// A command ready to run: where, on what, and where the diff output goes.
struct Job {
    command: Command,
    folder: Folder,
    db: Box<dyn Db>,
    output: Option<PathBuf>,
}

fn open(path: Option<&Path>) -> Result<Box<dyn Db>, String> {
    match path {
        Some(p) => SqliteDb::open_file(p)
            .map(|db| Box::new(db) as Box<dyn Db>)
            .map_err(|e| format!("Error: P1003\n\n{e}")),
        None => SqliteDb::open_in_memory()
            .map(|db| Box::new(db) as Box<dyn Db>)
            .map_err(|e| e.message),
    }
}

fn prepare(top: Top, cwd: &Path) -> Result<Job, String> {
    let (command, schema, output, url_override) = match top {
        Top::Migrate(m) => match m {
            MigrateCmd::Dev {
                name,
                create_only,
                skip_generate,
                skip_seed,
                common,
            } => (
                Command::MigrateDev {
                    name,
                    create_only,
                    skip_generate,
                    skip_seed,
                },
                common.schema,
                None,
                None,
            ),
            MigrateCmd::Deploy { common } => (Command::MigrateDeploy, common.schema, None, None),
            MigrateCmd::Reset {
                force,
                skip_generate,
                skip_seed,
                common,
            } => (
                Command::MigrateReset {
                    force,
                    skip_generate,
                    skip_seed,
                },
                common.schema,
                None,
                None,
            ),
            MigrateCmd::Status { common } => (Command::MigrateStatus, common.schema, None, None),
            MigrateCmd::Resolve {
                applied,
                rolled_back,
                common,
            } => (
                Command::MigrateResolve {
                    applied,
                    rolled_back,
                },
                common.schema,
                None,
                None,
            ),
            MigrateCmd::Diff(d) => {
                let (from, from_schema) = diff_source(
                    cwd,
                    "from",
                    d.from_empty,
                    d.from_schema_datamodel,
                    d.from_schema_datasource,
                    d.from_migrations,
                    d.from_url,
                )?;
                let (to, to_schema) = diff_source(
                    cwd,
                    "to",
                    d.to_empty,
                    d.to_schema_datamodel,
                    d.to_schema_datasource,
                    d.to_migrations,
                    d.to_url,
                )?;
                let _ = d.shadow_database_url;
                (
                    Command::MigrateDiff {
                        from,
                        to,
                        script: d.script,
                        exit_code: d.exit_code,
                    },
                    from_schema.or(to_schema),
                    d.output,
                    None,
                )
            }
        },
        Top::Db(DbCmd::Push {
            accept_data_loss,
            force_reset,
            skip_generate,
            common,
        }) => (
            Command::DbPush {
                accept_data_loss,
                force_reset,
                skip_generate,
            },
            common.schema,
            None,
            None,
        ),
        Top::Db(DbCmd::Execute {
            file,
            stdin,
            url,
            common,
        }) => {
            let script = match (file, stdin) {
                (Some(f), false) => std::fs::read_to_string(cwd.join(&f))
                    .map_err(|e| format!("Error: Could not read {}: {e}", f.display()))?,
                (None, true) => {
                    let mut s = String::new();
                    std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)
                        .map_err(|e| e.to_string())?;
                    s
                }
                _ => return Err("Error: Either --stdin or --file must be provided.".into()),
            };
            (Command::DbExecute { script }, common.schema, None, url)
        }
    };
    let needs_project = !matches!(command, Command::MigrateDiff { .. }) || schema.is_some();
    let folder = if needs_project {
        load_folder(cwd, schema.as_deref())?
    } else {
        Folder {
            project: Project::default(),
            schema_dir: cwd.to_path_buf(),
            database: None,
        }
    };
    let db_path = match url_override {
        Some(u) => sqlite_path(cwd, &u),
        None => folder.database.clone(),
    };
    let db = open(db_path.as_deref())?;
    Ok(Job {
        command,
        folder,
        db,
        output,
    })
}

/// One `--from-*`/`--to-*` group: exactly one source must be given.
fn diff_source(
    cwd: &Path,
    side: &str,
    empty: bool,
    datamodel: Option<PathBuf>,
    datasource: Option<PathBuf>,
    migrations: Option<PathBuf>,
    url: Option<String>,
) -> Result<(DiffSource, Option<PathBuf>), String> {
    let given = usize::from(empty)
        + usize::from(datamodel.is_some())
        + usize::from(datasource.is_some())
        + usize::from(migrations.is_some())
        + usize::from(url.is_some());
    if given != 1 {
        return Err(format!(
            "Error: exactly one --{side}-... parameter must be provided. Found {given}."
        ));
    }
    if empty {
        return Ok((DiffSource::Empty, None));
    }
    if let Some(p) = datamodel {
        let text = std::fs::read_to_string(cwd.join(&p))
            .map_err(|e| format!("Error: Could not read {}: {e}", p.display()))?;
        return Ok((
            DiffSource::SchemaDatamodel {
                path: p.to_string_lossy().into_owned(),
                text,
            },
            None,
        ));
    }
    if let Some(p) = migrations {
        let (dirs, _) = read_migrations(&cwd.join(p));
        return Ok((DiffSource::Migrations(dirs), None));
    }
    if let Some(p) = datasource {
        let folder = load_folder(cwd, Some(&p))?;
        let mut db = open(folder.database.as_deref())?;
        let schema = seedbed_sql_schema::describe(db.as_mut()).map_err(|e| e.message)?;
        return Ok((DiffSource::Described(Box::new(schema)), None));
    }
    let url = url.unwrap_or_default();
    let path = sqlite_path(cwd, &url).ok_or_else(|| format!("Error: P1013\n\nThe provided database string is invalid. `{url}` is not a SQLite `file:` URL."))?;
    let mut db = open(Some(&path))?;
    let schema = seedbed_sql_schema::describe(db.as_mut()).map_err(|e| e.message)?;
    Ok((DiffSource::Described(Box::new(schema)), None))
}

fn paint(style: Style, text: &str, colour: bool) -> String {
    if !colour {
        return text.to_owned();
    }
    let code = match style {
        Style::Plain => return text.to_owned(),
        Style::Dim => "2",
        Style::Bold => "1",
        Style::Green => "32",
        Style::Red => "31",
        Style::Yellow => "33",
    };
    format!("\x1b[{code}m{text}\x1b[0m")
}

/// Runs the job, answering questions on the terminal, printing only lines not yet printed
/// (a re-run repeats the preamble).
fn execute(mut job: Job, hooks: &mut dyn Hooks) -> i32 {
    let interactive = std::io::stdin().is_terminal() && std::env::var_os("CI").is_none();
    let colour = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let mut answers = Answers {
        interactive,
        ..Answers::default()
    };
    let mut env = SystemEnv;
    let mut printed = 0;
    loop {
        let outcome = run(
            &job.command,
            &job.folder.project,
            job.db.as_mut(),
            &mut env,
            &answers,
        );
        for line in outcome.lines.iter().skip(printed) {
            let text = paint(line.style, &line.text, colour);
            match line.stream {
                Stream::Stdout => {
                    if let (Some(out), Command::MigrateDiff { .. }) = (&job.output, &job.command) {
                        let _ = std::fs::write(
                            job.folder.schema_dir.join(out),
                            format!("{}\n", line.text),
                        );
                    } else {
                        println!("{text}");
                    }
                }
                Stream::Stderr => eprintln!("{text}"),
            }
        }
        printed = outcome.lines.len();
        if let Err(e) = write_files(&job.folder.schema_dir, &outcome) {
            eprintln!("Error: {e}");
            return 1;
        }
        match &outcome.question {
            None if outcome.exit_code != 0 => return outcome.exit_code,
            None => {
                let dir = job.folder.schema_dir.clone();
                if outcome.run_generate {
                    let code = hooks.generate(&dir);
                    if code != 0 {
                        return code;
                    }
                }
                return if outcome.run_seed {
                    hooks.seed(&dir)
                } else {
                    0
                };
            }
            Some(Question::Confirm { prompt }) => {
                print!("✔ {prompt} (y/N) ");
                let _ = std::io::stdout().flush();
                let line = read_line();
                answers.confirm = Some(matches!(line.trim(), "y" | "Y" | "yes"));
            }
            Some(Question::MigrationName { prompt }) => {
                print!("✔ {prompt} ");
                let _ = std::io::stdout().flush();
                answers.name = Some(read_line().trim().to_owned());
            }
        }
    }
}

fn read_line() -> String {
    let mut line = String::new();
    let _ = std::io::stdin().lock().read_line(&mut line);
    line
}
