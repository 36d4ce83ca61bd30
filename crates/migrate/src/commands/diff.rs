//! `prisma migrate diff`: compare two sources (empty, a schema file, a migrations folder
//! replayed into a shadow database, a live database) and print the summary or the script.

use super::Ctx;
use crate::diagnose::{CodedError, schema_from_migrations};
use crate::project::MigrationDir;
use seedbed_sql_schema::{SqlSchema, calculate, describe, diff};

/// One side of a diff. Live databases other than the project's are described by the shell
/// (it owns opening URLs) and passed as [`DiffSource::Described`].
#[derive(Debug, Clone)]
pub enum DiffSource {
    Empty,
    /// Schema text (`--from-schema-datamodel`), with its path for error messages.
    SchemaDatamodel {
        path: String,
        text: String,
    },
    /// A migrations folder's directories (`--from-migrations`).
    Migrations(Vec<MigrationDir>),
    /// The project's database (`--from-schema-datasource`, or `--from-url` of the same file).
    Database,
    /// Another database, already described.
    Described(Box<SqlSchema>),
}

fn resolve(ctx: &mut Ctx<'_>, source: &DiffSource) -> Result<SqlSchema, String> {
    match source {
        DiffSource::Empty => Ok(SqlSchema::default()),
        DiffSource::SchemaDatamodel { path, text } => {
            let schema = seedbed_psl::parse_and_validate(text);
            if schema.has_errors() {
                let errors: Vec<_> = schema.errors().collect();
                return Err(seedbed_psl::pretty::render_cli_errors(
                    &errors,
                    path,
                    text,
                    seedbed_psl::pretty::CliContext::GetConfig,
                ));
            }
            Ok(calculate(&schema))
        }
        DiffSource::Migrations(dirs) => {
            let mut sorted: Vec<&MigrationDir> = dirs.iter().collect();
            sorted.sort_by(|a, b| a.name.cmp(&b.name));
            let mut list = Vec::new();
            for dir in sorted {
                let Some(sql) = &dir.sql else {
                    return Err(CodedError::new("P3015", format!("Could not find the migration file at migrations/{}/migration.sql. Please delete the directory or restore the migration file.", dir.name)).render());
                };
                list.push((dir.name.as_str(), sql.as_str()));
            }
            schema_from_migrations(&list).map_err(|e| e.render())
        }
        DiffSource::Database => describe(ctx.db).map_err(|e| CodedError::db(&e).render()),
        DiffSource::Described(schema) => Ok((**schema).clone()),
    }
}

pub(super) fn run(
    ctx: &mut Ctx<'_>,
    from: &DiffSource,
    to: &DiffSource,
    script: bool,
    exit_code: bool,
) {
    let from = match resolve(ctx, from) {
        Ok(s) => s,
        Err(text) => return ctx.fail(1, text),
    };
    let to = match resolve(ctx, to) {
        Ok(s) => s,
        Err(text) => return ctx.fail(1, text),
    };
    let migration = diff(&from, &to);
    // Prisma prints the engine's text with its last line ended, and `console.log` adds one
    // more newline (checked against the recorded corpus in tests/conformance/migrate).
    let mut text = if script {
        migration.script()
    } else {
        migration.summary()
    };
    if !text.ends_with('\n') {
        text.push('\n');
    }
    ctx.out.plain(text);
    if exit_code && !migration.is_empty() {
        ctx.out.exit_code = 2;
    }
}
