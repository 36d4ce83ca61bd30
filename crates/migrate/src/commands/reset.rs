//! `migrate deploy`, `migrate reset` and `migrate resolve`: the commands that apply or
//! record history without a shadow database.

use super::{Ctx, announce_created, confirm, load, tree};
use crate::apply::{apply_migration, reset as empty_database};
use crate::checksum::checksum;
use crate::diagnose::{CodedError, list_migrations};
use crate::history;
use crate::outcome::Style;
use seedbed_db::{Db, DbResult};

/// Applies every local migration not recorded as applied, stopping at the first failure.
/// Returns the applied names, or the failure already written to the outcome.
fn apply_pending(ctx: &mut Ctx<'_>, local: &[(&str, &str)]) -> Option<Vec<String>> {
    let rows = match history::ensure(ctx.db).and_then(|()| history::read(ctx.db)) {
        Ok(rows) => rows,
        Err(err) => {
            ctx.fail(1, CodedError::db(&err).render());
            return None;
        }
    };
    let failed: Vec<_> = rows.iter().filter(|r| r.is_failed()).collect();
    if !failed.is_empty() {
        let mut text = String::from(
            "migrate found failed migrations in the target database, new migrations will not be applied. Read more about how to resolve migration issues in a production database: https://pris.ly/d/migrate-resolve\n",
        );
        for row in failed {
            text.push_str(&format!(
                "The `{}` migration started at {} failed\n",
                row.migration_name,
                display_time(&row.started_at)
            ));
            // 6.19.3 prints no logs here even when the row has some (checked with the
            // real CLI), although the engine's template has a place for them.
        }
        ctx.fail(1, CodedError::new("P3009", text).render());
        return None;
    }
    let mut applied = Vec::new();
    for (name, sql) in local {
        if rows
            .iter()
            .any(|r| r.is_live() && r.migration_name == *name)
        {
            continue;
        }
        ctx.note(format!("Applying migration `{name}`"));
        match apply_migration(ctx.db, ctx.env, name, sql) {
            Ok(Ok(())) => applied.push((*name).to_owned()),
            Ok(Err(text)) => {
                ctx.fail(1, CodedError::new("P3018", text).render());
                return None;
            }
            Err(err) => {
                ctx.fail(1, CodedError::db(&err).render());
                return None;
            }
        }
    }
    Some(applied)
}

/// `2026-11-24T06:04:32.105+00:00` → `2026-11-24 06:04:32.105 UTC` (chrono's Display, which
/// the engine uses in P3009).
fn display_time(stored: &str) -> String {
    let trimmed = stored.strip_suffix("+00:00").unwrap_or(stored);
    format!("{} UTC", trimmed.replacen('T', " ", 1))
}

/// Whether the database holds user tables (P3005 when deploying onto one without history).
fn has_user_tables(db: &mut dyn Db) -> DbResult<bool> {
    let rows = db.query(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'",
        &[],
    )?;
    Ok(!rows.rows.is_empty())
}

pub(super) fn deploy(ctx: &mut Ctx<'_>) {
    let Some(loaded) = load(ctx) else { return };
    announce_created(ctx, &loaded);
    let local = match list_migrations(ctx.project) {
        Ok(l) => l,
        Err(err) => return ctx.fail(1, err.render()),
    };
    let path = ctx.project.migrations_path.clone();
    match local.len() {
        0 => ctx.out.plain(format!("No migration found in {path}")),
        1 => ctx.out.plain(format!("1 migration found in {path}")),
        n => ctx.out.plain(format!("{n} migrations found in {path}")),
    }
    let baseline_needed =
        match history::exists(ctx.db).and_then(|exists| Ok(!exists && has_user_tables(ctx.db)?)) {
            Ok(b) => b,
            Err(err) => return ctx.fail(1, CodedError::db(&err).render()),
        };
    if baseline_needed {
        return ctx.fail(
            1,
            CodedError::new("P3005", "The database schema is not empty. Read more about how to baseline an existing production database: https://pris.ly/d/migrate-baseline").render(),
        );
    }
    ctx.blank();
    let Some(applied) = apply_pending(ctx, &local) else {
        return;
    };
    ctx.blank();
    if applied.is_empty() {
        ctx.out.say(Style::Green, "No pending migrations to apply.");
    } else {
        ctx.out
            .plain("The following migration(s) have been applied:");
        ctx.blank();
        ctx.out.plain(tree("migrations", &applied));
        ctx.out.plain("      ");
        ctx.out
            .plain("All migrations have been successfully applied.");
    }
}

const RESET_NON_INTERACTIVE: &str = "Error: Prisma Migrate has detected that the environment is non-interactive. It is recommended to run this command in an interactive environment.\n\nUse --force to run this command without user interaction.\nSee https://www.prisma.io/docs/reference/api-reference/command-reference#migrate-reset";

pub(super) fn reset(ctx: &mut Ctx<'_>, force: bool, skip_generate: bool, skip_seed: bool) {
    let Some(loaded) = load(ctx) else { return };
    announce_created(ctx, &loaded);
    let local = match list_migrations(ctx.project) {
        Ok(l) => l,
        Err(err) => return ctx.fail(1, err.render()),
    };
    if !force {
        // `MigrateReset.ts` prints an empty line once the prompt is answered.
        if ctx.answers.confirm.is_some() {
            ctx.blank();
        }
        if !confirm(
            ctx,
            "Are you sure you want to reset your database? All data will be lost.",
            RESET_NON_INTERACTIVE,
            "Reset cancelled.",
        ) {
            return;
        }
    }
    if let Err(err) = empty_database(ctx.db) {
        return ctx.fail(1, CodedError::db(&err).render());
    }
    let Some(applied) = apply_pending(ctx, &local) else {
        return;
    };
    if applied.is_empty() {
        ctx.out.say(Style::Green, "Database reset successful");
        ctx.blank();
    } else {
        ctx.blank();
        ctx.out.say(Style::Green, "Database reset successful");
        ctx.blank();
        ctx.out
            .plain("The following migration(s) have been applied:");
        ctx.blank();
        ctx.out.plain(tree("migrations", &applied));
    }
    ctx.out.run_generate = !skip_generate;
    ctx.out.run_seed = !skip_seed;
}

const EXAMPLE: &str = "(example: \"20201207184859_initial_migration\")";

pub(super) fn resolve(ctx: &mut Ctx<'_>, applied: Option<&str>, rolled_back: Option<&str>) {
    let Some(_) = load(ctx) else { return };
    let local = match list_migrations(ctx.project) {
        Ok(l) => l,
        Err(err) => return ctx.fail(1, err.render()),
    };
    let result = match (applied, rolled_back) {
        (None, None) => {
            return ctx.fail(1, "Error: --applied or --rolled-back must be part of the command like:\nprisma migrate resolve --applied 20201231000000_example\nprisma migrate resolve --rolled-back 20201231000000_example");
        }
        (Some(_), Some(_)) => {
            return ctx.fail(
                1,
                "Error: Pass either --applied or --rolled-back, not both.",
            );
        }
        (Some(name), None) => resolve_applied(ctx, &local, name),
        (None, Some(name)) => resolve_rolled_back(ctx, name),
    };
    match result {
        Ok(text) => {
            ctx.out.plain("");
            ctx.out.say(Style::Green, text);
        }
        Err(err) => ctx.fail(1, err.render()),
    }
}

fn resolve_applied(
    ctx: &mut Ctx<'_>,
    local: &[(&str, &str)],
    name: &str,
) -> Result<String, CodedError> {
    let Some((_, sql)) = local.iter().find(|(n, _)| *n == name) else {
        return Err(CodedError::new(
            "P3017",
            format!(
                "The migration {name} could not be found. Please make sure that the migration exists, and that you included the whole name of the directory. {EXAMPLE}"
            ),
        ));
    };
    history::ensure(ctx.db)?;
    let rows = history::read(ctx.db)?;
    let mine: Vec<_> = rows.iter().filter(|r| r.migration_name == name).collect();
    if mine.iter().any(|r| r.is_live() && !r.is_failed()) {
        return Err(CodedError::new(
            "P3008",
            format!("The migration `{name}` is already recorded as applied in the database."),
        ));
    }
    // A failed attempt is closed (rolled back) before the applied row is written, as the
    // engine's markMigrationApplied does.
    history::mark_rolled_back(ctx.db, ctx.env, name)?;
    history::mark_applied(ctx.db, ctx.env, name, &checksum(sql))?;
    Ok(format!("Migration {name} marked as applied."))
}

fn resolve_rolled_back(ctx: &mut Ctx<'_>, name: &str) -> Result<String, CodedError> {
    let rows = history::read(ctx.db)?;
    let mine: Vec<_> = rows.iter().filter(|r| r.migration_name == name).collect();
    if mine.is_empty() {
        return Err(CodedError::new(
            "P3011",
            format!(
                "Migration `{name}` cannot be rolled back because it was never applied to the database. Hint: did you pass in the whole migration name? {EXAMPLE}"
            ),
        ));
    }
    if !mine.iter().any(|r| r.is_failed()) {
        return Err(CodedError::new(
            "P3012",
            format!(
                "Migration `{name}` cannot be rolled back because it is not in a failed state."
            ),
        ));
    }
    history::mark_rolled_back(ctx.db, ctx.env, name)?;
    Ok(format!("Migration {name} marked as rolled back."))
}
