//! `seedbed generate [--schema FILE] [--no-hints]`: writes Prisma Client's TypeScript
//! declarations for the schema (`seedbed_generate`) where `prisma generate` puts them,
//! `node_modules/.prisma/client/index.d.ts` in the current folder (or the `output` of the
//! `prisma-client-js` generator, relative to the schema), and prints Prisma's text.
//! Also the generate step of `migrate dev`/`migrate reset` ([`after_migrate`]).

use crate::{db_seed, schema_path};
use seedbed_generate::console;
use seedbed_psl::{ConfigValue, ValidatedSchema, diagnostics::codes, pretty};
use std::path::{Component, Path, PathBuf};
use std::time::Instant;

/// Options of `generate`.
#[derive(clap::Args)]
pub struct Args {
    /// Custom path to your Prisma schema.
    #[arg(long)]
    pub schema: Option<PathBuf>,
    /// Hides the hint messages but still outputs errors and warnings.
    #[arg(long)]
    pub no_hints: bool,
}

/// Where the client went.
struct Written {
    /// As Prisma shows it: `./node_modules/@prisma/client`.
    shown: String,
    elapsed_ms: u64,
}

enum Outcome {
    Written(Written),
    NoGenerator,
}

/// `a/./b/../c` → `a/c`, without touching the file system.
fn normalise(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            other => out.push(other),
        }
    }
    out
}

/// The errors Prisma reports while loading the configuration (syntax and
/// datasource/generator problems), or else all errors, which it reports from the DMMF step.
fn error_text(schema: &ValidatedSchema, shown: &str, source: &str) -> String {
    let config_error = |code: &str| {
        code.starts_with("E00") || code.starts_with("E04") || code == codes::DUPLICATE_CONFIG_KEY
    };
    let errors: Vec<_> = schema.errors().collect();
    let early: Vec<_> = errors
        .iter()
        .copied()
        .filter(|d| config_error(d.code))
        .collect();
    if !early.is_empty() {
        return pretty::render_cli_errors(&early, shown, source, pretty::CliContext::GetConfig);
    }
    pretty::render_cli_errors(&errors, shown, source, pretty::CliContext::Validate)
        .replace("(validate wasm)", "(get-dmmf wasm)")
        .replace("[Context: validate]", "[Context: getDmmf]")
}

/// Validates the schema and writes `index.d.ts`; `Err` is the text for stderr.
fn generate_at(schema_file: &Path, cwd: &Path) -> Result<Outcome, String> {
    let shown = schema_path::display(schema_file);
    let source = schema_path::read(schema_file)?;
    let start = Instant::now();
    let schema = seedbed_psl::parse_and_validate(&source);
    if schema.has_errors() {
        return Err(error_text(&schema, &shown, &source));
    }
    if schema.generators.is_empty() {
        return Ok(Outcome::NoGenerator);
    }
    let provider = |g: &seedbed_psl::Generator| match &g.provider {
        Some(ConfigValue::Literal(p)) => p.clone(),
        Some(ConfigValue::Env(var)) => std::env::var(var).unwrap_or_default(),
        None => String::new(),
    };
    let Some(generator) = schema
        .generators
        .iter()
        .find(|g| provider(g) == "prisma-client-js")
    else {
        let names: Vec<String> = schema.generators.iter().map(provider).collect();
        return Err(format!(
            "Error: Seedbed generates only `prisma-client-js` clients; this schema uses: {}\n",
            names.join(", ")
        ));
    };
    let schema_dir = cwd.join(schema_file.parent().unwrap_or(Path::new("")));
    let (dir, shown_dir) = match &generator.output {
        Some(output) => {
            let value = match output {
                ConfigValue::Literal(v) => v.clone(),
                ConfigValue::Env(var) => std::env::var(var)
                    .map_err(|_| format!("Error: Environment variable not found: {var}.\n"))?,
            };
            let dir = normalise(&schema_dir.join(value));
            let relative = dir.strip_prefix(normalise(cwd)).map_or_else(
                |_| dir.display().to_string(),
                |r| format!("./{}", r.display()),
            );
            (dir, relative)
        }
        None => (
            cwd.join("node_modules/.prisma/client"),
            "./node_modules/@prisma/client".to_owned(),
        ),
    };
    let dts = seedbed_generate::generate(&schema);
    std::fs::create_dir_all(&dir)
        .and_then(|()| std::fs::write(dir.join("index.d.ts"), dts))
        .map_err(|e| format!("Error: could not write {}: {e}\n", dir.display()))?;
    Ok(Outcome::Written(Written {
        shown: shown_dir,
        elapsed_ms: u64::try_from(start.elapsed().as_millis()).unwrap_or(u64::MAX),
    }))
}

/// A tip index: Prisma picks one at random; the clock is random enough here.
fn tip() -> usize {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos() as usize / 1000)
}

pub fn run(args: &Args) -> u8 {
    let cwd = std::env::current_dir().unwrap_or_else(|_| ".".into());
    db_seed::warn_if_package_json_config(&cwd);
    let path = match schema_path::resolve(args.schema.as_deref()) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("Error: {e}");
            return 1;
        }
    };
    let shown = schema_path::display(&path);
    match generate_at(&path, &cwd) {
        Ok(Outcome::NoGenerator) => {
            for line in console::no_generator_lines(&shown) {
                println!("{line}");
            }
            0
        }
        Ok(Outcome::Written(w)) => {
            let hint = (!args.no_hints).then(tip);
            let lines = console::generated_lines(
                &shown,
                seedbed_generate::PRISMA_VERSION,
                &w.shown,
                w.elapsed_ms,
                hint,
            );
            for line in lines {
                println!("{line}");
            }
            0
        }
        Err(text) => {
            println!("{}", console::schema_loaded(&shown));
            eprint!("{text}");
            1
        }
    }
}

/// The generate step of `migrate dev`/`migrate reset` (Prisma's `tryToRunGenerate`): an
/// empty line, then the `✔ Generated …` line (nothing more when there is no generator).
pub fn after_migrate(schema_file: &Path, cwd: &Path) -> i32 {
    println!();
    match generate_at(schema_file, cwd) {
        Ok(Outcome::NoGenerator) => 0,
        Ok(Outcome::Written(w)) => {
            let version = seedbed_generate::PRISMA_VERSION;
            println!(
                "{}",
                console::generated_line(version, &w.shown, w.elapsed_ms)
            );
            0
        }
        Err(text) => {
            eprint!("{text}");
            1
        }
    }
}

/// Runs generate and the seed when `migrate dev`/`migrate reset`/`db push` say Prisma would.
pub struct MigrateHooks {
    /// `--schema` as given to the command, if any.
    schema: Option<PathBuf>,
    /// `migrate dev` prints an empty line after generating.
    blank_after_generate: bool,
}

impl MigrateHooks {
    /// Hooks for `group args…` (e.g. `migrate`, `["dev", "--schema", "s.prisma"]`).
    pub fn new(group: &str, args: &[String]) -> MigrateHooks {
        let mut schema = None;
        let mut it = args.iter();
        while let Some(a) = it.next() {
            if a == "--schema" {
                schema = it.next().map(PathBuf::from);
            } else if let Some(v) = a.strip_prefix("--schema=") {
                schema = Some(PathBuf::from(v));
            }
        }
        MigrateHooks {
            schema,
            blank_after_generate: group == "migrate" && args.first().is_some_and(|a| a == "dev"),
        }
    }
}

impl seedbed_migrate::native::Hooks for MigrateHooks {
    fn generate(&mut self, schema_dir: &Path) -> i32 {
        let cwd = std::env::current_dir().unwrap_or_else(|_| ".".into());
        let file = self
            .schema
            .clone()
            .unwrap_or_else(|| schema_dir.join("schema.prisma"));
        let code = after_migrate(&file, &cwd);
        if code == 0 && self.blank_after_generate {
            println!();
        }
        code
    }

    fn seed(&mut self, _schema_dir: &Path) -> i32 {
        let cwd = std::env::current_dir().unwrap_or_else(|_| ".".into());
        db_seed::after_migrate(&cwd)
    }
}
