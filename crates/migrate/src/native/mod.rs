//! The native shell: load a [`Project`] from a Prisma project folder, open its SQLite file,
//! write an [`Outcome`]'s files back, and [`run_cli`], the `seedbed migrate …` / `seedbed db
//! push|execute` entry point taking Prisma's flags (`args`), run on a terminal (`terminal`).

mod args;
mod terminal;

use crate::env::Env;
use crate::outcome::{FileOp, Outcome};
use crate::project::{MigrationDir, Project};
use seedbed_psl::model::ConfigValue;
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

pub use crate::project::parse_dotenv;

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
    match args::parse(args, cwd) {
        Ok(job) => terminal::execute(job, hooks),
        Err(None) => 0,
        Err(Some(text)) => {
            eprintln!("{text}");
            1
        }
    }
}
