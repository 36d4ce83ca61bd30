//! Reading the migration history against the database: the shadow-database replay and
//! Prisma's `diagnoseMigrationHistory` (failed, edited, missing and diverging migrations,
//! drift between what the history builds and what the database holds).

use crate::apply::run_script;
use crate::checksum::script_matches;
use crate::history::{self, Applied};
use crate::project::{MigrationDir, Project, lock_provider};
use seedbed_db::{Db, DbError, SqliteDb};
use seedbed_sql_schema::{SqlSchema, describe};

/// A failure Prisma reports with an error code, e.g. `P3006`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodedError {
    pub code: &'static str,
    pub message: String,
}

impl CodedError {
    pub fn new(code: &'static str, message: impl Into<String>) -> Self {
        CodedError {
            code,
            message: message.into(),
        }
    }

    /// How the CLI prints it: `Error: P3006\n\n<message>`.
    pub fn render(&self) -> String {
        format!("Error: {}\n\n{}", self.code, self.message)
    }

    pub fn db(err: &DbError) -> Self {
        CodedError::new("P1017", err.message.clone())
    }
}

impl From<DbError> for CodedError {
    fn from(err: DbError) -> Self {
        CodedError::db(&err)
    }
}

/// The migrations folder, checked as the engine's `list_migrations` and
/// `error_on_changed_provider` check it: provider switch (P3019), a directory without
/// `migration.sql` (P3015). Stray files are ignored, as in Prisma.
pub fn list_migrations(project: &Project) -> Result<Vec<(&str, &str)>, CodedError> {
    if let Some(provider) = project.lock_file.as_deref().and_then(lock_provider)
        && provider != "sqlite"
    {
        return Err(CodedError::new(
            "P3019",
            format!(
                "The datasource provider `sqlite` specified in your schema does not match the one specified in the migration_lock.toml, `{provider}`. Please remove your current migration directory and start a new migration history with prisma migrate dev. Read more: https://pris.ly/d/migrate-provider-switch"
            ),
        ));
    }
    let mut out = Vec::new();
    for dir in project.sorted_migrations() {
        let MigrationDir { name, sql } = dir;
        let Some(sql) = sql else {
            return Err(CodedError::new(
                "P3015",
                format!(
                    "Could not find the migration file at {}/{name}/migration.sql. Please delete the directory or restore the migration file.",
                    project.migrations_path
                ),
            ));
        };
        out.push((name.as_str(), sql.as_str()));
    }
    Ok(out)
}

/// P3006: a migration that does not apply to the shadow database.
pub fn p3006(name: &str, err: &DbError) -> CodedError {
    CodedError::new(
        "P3006",
        format!(
            "Migration `{name}` failed to apply cleanly to the shadow database. \nError:\n{}",
            crate::apply::clean_message(err)
        ),
    )
}

/// Replays migrations into `shadow` in order; P3006 on the first that fails.
pub fn replay(shadow: &mut dyn Db, migrations: &[(&str, &str)]) -> Result<(), CodedError> {
    for (name, sql) in migrations {
        run_script(shadow, sql).map_err(|e| p3006(name, &e))?;
    }
    Ok(())
}

/// The schema a list of migrations builds, replayed into a fresh in-memory database (the
/// SQLite shadow database is always in memory in Prisma too).
pub fn schema_from_migrations(migrations: &[(&str, &str)]) -> Result<SqlSchema, CodedError> {
    let mut shadow = SqliteDb::open_in_memory()?;
    replay(&mut shadow, migrations)?;
    Ok(describe(&mut shadow)?)
}

/// Where the history and the database stand.
#[derive(Debug, Default)]
pub struct Diagnosis {
    /// Whether `_prisma_migrations` exists.
    pub has_table: bool,
    pub rows: Vec<Applied>,
    /// Local migrations not applied, in order.
    pub unapplied: Vec<String>,
    /// Applied migrations missing locally (with `last_common` when histories diverge).
    pub missing_locally: Vec<String>,
    pub last_common: Option<String>,
    pub failed: Vec<Applied>,
    pub edited: Vec<String>,
    /// With the shadow database: the schema the applied migrations build, and the
    /// database's own schema, when they differ.
    pub drift: Option<(SqlSchema, SqlSchema)>,
}

/// Prisma's diagnosis. With `shadow`, also replays the applied migrations to detect drift
/// (P3006 when one does not apply) and then the unapplied ones on top.
pub fn diagnose(
    db: &mut dyn Db,
    local: &[(&str, &str)],
    shadow: bool,
) -> Result<Diagnosis, CodedError> {
    let mut d = Diagnosis {
        has_table: history::exists(db)?,
        rows: history::read(db)?,
        ..Diagnosis::default()
    };
    let live: Vec<&Applied> = d.rows.iter().filter(|r| r.is_live()).collect();
    d.failed = live
        .iter()
        .filter(|r| r.is_failed())
        .map(|r| (*r).clone())
        .collect();
    for row in &live {
        if row.is_failed() {
            continue;
        }
        if let Some((_, sql)) = local.iter().find(|(n, _)| *n == row.migration_name)
            && !script_matches(&row.checksum, sql)
            && !d.edited.contains(&row.migration_name)
        {
            d.edited.push(row.migration_name.clone());
        }
    }
    // Walk both histories in order: the first position where names differ is where they
    // diverge.
    let applied_names: Vec<&str> = live.iter().map(|r| r.migration_name.as_str()).collect();
    let mut common = 0;
    while common < local.len()
        && common < applied_names.len()
        && local[common].0 == applied_names[common]
    {
        common += 1;
    }
    d.unapplied = local[common..]
        .iter()
        .filter(|(n, _)| !applied_names.contains(n))
        .map(|(n, _)| n.to_string())
        .collect();
    d.missing_locally = applied_names[common..]
        .iter()
        .filter(|n| !local.iter().any(|(l, _)| l == *n))
        .map(|n| n.to_string())
        .collect();
    if !d.missing_locally.is_empty() && !d.unapplied.is_empty() && common > 0 {
        d.last_common = Some(local[common - 1].0.to_owned());
    }
    if shadow {
        let applied: Vec<(&str, &str)> = local
            .iter()
            .filter(|(n, _)| applied_names.contains(n))
            .copied()
            .collect();
        let mut shadow_db = SqliteDb::open_in_memory()?;
        replay(&mut shadow_db, &applied)?;
        let expected = describe(&mut shadow_db)?;
        let actual = describe(db)?;
        if !seedbed_sql_schema::diff(&expected, &actual).is_empty() {
            d.drift = Some((expected, actual));
        }
        let unapplied: Vec<(&str, &str)> = local
            .iter()
            .filter(|(n, _)| !applied_names.contains(n))
            .copied()
            .collect();
        replay(&mut shadow_db, &unapplied)?;
    }
    Ok(d)
}
