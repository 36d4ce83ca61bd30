//! Prisma's flags (clap) and turning them into a ready [`Job`]: the command, the project
//! folder and the opened database; `--from-*`/`--to-*` diff sources are resolved here.

use super::{Folder, load_folder, read_migrations, sqlite_path};
use crate::commands::{Command, DiffSource};
use crate::project::Project;
use clap::{Args, Parser, Subcommand};
use seedbed_db::{Db, SqliteDb};
use std::path::{Path, PathBuf};

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

/// Parses Prisma's flags and prepares the job. `Err(None)`: help or version was printed;
/// `Err(Some(text))`: the error to print.
pub(super) fn parse(args: &[String], cwd: &Path) -> Result<Job, Option<String>> {
    let cli = match Cli::try_parse_from(args) {
        Ok(c) => c,
        Err(e) => {
            if e.use_stderr() {
                return Err(Some(e.render().to_string()));
            }
            let _ = e.print();
            return Err(None);
        }
    };
    prepare(cli.command, cwd).map_err(Some)
}

/// A command ready to run: where, on what, and where the diff output goes.
pub(super) struct Job {
    pub(super) command: Command,
    pub(super) folder: Folder,
    pub(super) db: Box<dyn Db>,
    pub(super) output: Option<PathBuf>,
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
