//! `prisma migrate dev`: check the history against a shadow database, refuse (exit 130)
//! when Prisma 6.19 would need a reset, apply pending migrations, then create and apply a
//! migration for the schema changes, asking about data loss and the name.

use super::{Ctx, announce_created, confirm, load, tree};
use crate::apply::apply_migration;
use crate::diagnose::{CodedError, Diagnosis, diagnose, list_migrations, schema_from_migrations};
use crate::env::{migration_timestamp, parse_migration_timestamp};
use crate::outcome::{FileOp, Question};
use crate::project::{LOCK_FILE, slugify};
use seedbed_sql_schema::{calculate, diff};

const NON_INTERACTIVE: &str = "Error: Prisma Migrate has detected that the environment is non-interactive, which is not supported.\n\n`prisma migrate dev` is an interactive command designed to create new migrations and evolve the database in development.\nTo apply existing migrations in deployments, use prisma migrate deploy.\nSee https://www.prisma.io/docs/reference/api-reference/command-reference#migrate-deploy";

pub(super) fn run(
    ctx: &mut Ctx<'_>,
    name: Option<&str>,
    create_only: bool,
    skip_generate: bool,
    skip_seed: bool,
) {
    let Some(loaded) = load(ctx) else { return };
    let created = announce_created(ctx, &loaded);
    let project = ctx.project;
    let local = match list_migrations(project) {
        Ok(local) => local,
        Err(err) => return ctx.fail(1, err.render()),
    };
    let diagnosis = match diagnose(ctx.db, &local, true) {
        Ok(d) => d,
        Err(err) => return ctx.fail(1, err.render()),
    };
    if let Some(reason) = reset_reason(&diagnosis) {
        ctx.out.plain(reason);
        ctx.blank();
        ctx.out.plain(format!(
            "We need to reset the SQLite database \"{}\" at \"{}\"",
            loaded.db_name, loaded.url
        ));
        ctx.blank();
        ctx.out.plain(
            "You may use prisma migrate reset to drop the development database.\nAll data will be lost.",
        );
        ctx.out.exit_code = 130;
        return;
    }

    if let Err(err) = crate::history::ensure(ctx.db) {
        return ctx.fail(1, CodedError::db(&err).render());
    }
    // Pending migrations first, so the data-loss check sees the database they build.
    let mut applied = Vec::new();
    for name in &diagnosis.unapplied {
        let Some((_, sql)) = local.iter().find(|(n, _)| n == name) else {
            continue;
        };
        ctx.note(format!("Applying migration `{name}`"));
        match apply_migration(ctx.db, ctx.env, name, sql) {
            Ok(Ok(())) => applied.push(name.clone()),
            Ok(Err(text)) => return ctx.fail(1, format!("Error: P3018\n\n{text}")),
            Err(err) => return ctx.fail(1, CodedError::db(&err).render()),
        }
    }
    if !applied.is_empty() {
        ctx.blank();
        ctx.out
            .plain("The following migration(s) have been applied:");
        ctx.blank();
        ctx.out.plain(tree("migrations", &applied));
    }

    let target = calculate(&loaded.schema);
    let from = match schema_from_migrations(&local) {
        Ok(s) => s,
        Err(err) => return ctx.fail(1, err.render()),
    };
    let migration = diff(&from, &target);
    let checks = match migration.check(ctx.db) {
        Ok(c) => c,
        Err(err) => return ctx.fail(1, CodedError::db(&err).render()),
    };
    if !checks.unexecutable.is_empty() {
        // `handleUnexecutableSteps`: an empty line on stdout, then the list; with
        // `--create-only` it goes to stderr and creation goes on, otherwise it is the error.
        let mut text = String::from("\n⚠️ We found changes that cannot be executed:\n");
        for d in &checks.unexecutable {
            text.push_str(&format!("\n  • Step {} {}", d.step_index, d.description));
        }
        ctx.blank();
        if create_only {
            ctx.out.error(format!("{text}\n"));
        } else {
            text.push_str("\n\nYou can use prisma migrate dev --create-only to create the migration file, and manually modify it to address the underlying issue(s).\nThen run prisma migrate dev to apply it and verify it works.\n");
            return ctx.fail(1, format!("Error: {text}"));
        }
    }
    if !checks.warnings.is_empty() {
        let mut text = String::from("\n⚠️  Warnings for the current datasource:\n\n");
        for d in &checks.warnings {
            text.push_str(&format!("  • {}\n", d.description));
        }
        ctx.out.say(crate::outcome::Style::Yellow, text);
        let prompt = if create_only {
            "Are you sure you want to create this migration?"
        } else {
            "Are you sure you want to create and apply this migration?"
        };
        if !confirm(ctx, prompt, NON_INTERACTIVE, "Migration cancelled.") {
            return;
        }
    }

    if migration.is_empty() && !create_only {
        if !applied.is_empty() {
            ctx.blank();
        }
        if applied.is_empty() {
            ctx.out
                .plain("Already in sync, no schema change or pending migration was found.");
        } else {
            ctx.out
                .plain("Your database is now in sync with your schema.");
        }
        finish(ctx, created, skip_generate, skip_seed);
        return;
    }

    let raw_name = match (name, &ctx.answers.name) {
        (Some(n), _) => n.to_owned(),
        (None, Some(n)) => n.clone(),
        (None, None) if ctx.answers.interactive => {
            ctx.out.question = Some(Question::MigrationName {
                prompt: "Enter a name for the new migration:".into(),
            });
            return;
        }
        (None, None) => String::new(),
    };
    let slug = slugify(&raw_name);
    // Deliberate improvement: Prisma stamps the current second, so two migrations created
    // within one second (scripts, the browser) could sort before their predecessor. We
    // move the stamp one second past the newest existing migration instead.
    let newest = local
        .iter()
        .filter_map(|(n, _)| parse_migration_timestamp(n))
        .max();
    let now = ctx.env.now_millis();
    let stamp = migration_timestamp(newest.map_or(now, |n| now.max(n + 1000)));
    let dir = if slug.is_empty() {
        stamp
    } else {
        format!("{stamp}_{slug}")
    };
    let script = if migration.is_empty() {
        "-- This is an empty migration.".to_owned()
    } else {
        migration.migration_file()
    };
    ctx.out.files.push(FileOp::Write {
        path: format!("migrations/{dir}/migration.sql"),
        contents: script.clone(),
    });
    ctx.out.files.push(FileOp::Write {
        path: "migrations/migration_lock.toml".into(),
        contents: LOCK_FILE.into(),
    });
    if create_only {
        ctx.out.plain(format!(
            "Prisma Migrate created the following migration without applying it {dir}\n\nYou can now edit it and apply it by running prisma migrate dev."
        ));
        return;
    }
    ctx.note(format!("Applying migration `{dir}`"));
    match apply_migration(ctx.db, ctx.env, &dir, &script) {
        Ok(Ok(())) => {}
        Ok(Err(text)) => return ctx.fail(1, format!("Error: P3018\n\n{text}")),
        Err(err) => return ctx.fail(1, CodedError::db(&err).render()),
    }
    if !applied.is_empty() {
        ctx.blank();
    }
    ctx.blank();
    ctx.out
        .plain("The following migration(s) have been created and applied from new schema changes:");
    ctx.blank();
    ctx.out.plain(tree(&project.migrations_path, &[dir]));
    ctx.blank();
    ctx.out
        .plain("Your database is now in sync with your schema.");
    finish(ctx, created, skip_generate, skip_seed);
}

fn finish(ctx: &mut Ctx<'_>, created: bool, skip_generate: bool, skip_seed: bool) {
    ctx.out.run_generate = !skip_generate;
    ctx.out.run_seed = created && !skip_seed;
}

/// Why the development database would need a reset, in Prisma's words, if it would.
fn reset_reason(d: &Diagnosis) -> Option<String> {
    let mut reasons = Vec::new();
    for failed in &d.failed {
        reasons.push(format!("The migration `{}` failed.", failed.migration_name));
    }
    for name in &d.edited {
        reasons.push(format!(
            "The migration `{name}` was modified after it was applied."
        ));
    }
    if let Some(common) = &d.last_common {
        reasons.push(format!(
            "The migrations recorded in the database diverge from the local migrations directory. Last common migration: `{common}`. Migrations applied to the database but absent from the migrations directory are: {}",
            d.missing_locally.join(", ")
        ));
    } else if !d.missing_locally.is_empty() {
        reasons.push(format!(
            "The following migration(s) are applied to the database but missing from the local migrations directory: {}",
            d.missing_locally.join(", ")
        ));
    }
    if reasons.is_empty()
        && let Some((expected, actual)) = &d.drift
    {
        let summary = diff(expected, actual).summary();
        let mut text = String::from(
            "Drift detected: Your database schema is not in sync with your migration history.\n\nThe following is a summary of the differences between the expected database schema given your migrations files, and the actual schema of the database.\n\nIt should be understood as the set of changes to get from the expected schema to the actual schema.\n",
        );
        if !d.has_table {
            text.push_str("\nIf you are running this the first time on an existing database, please make sure to read this documentation page:\nhttps://www.prisma.io/docs/guides/database/developing-with-prisma-migrate/troubleshooting-development\n");
        }
        text.push('\n');
        text.push_str(summary.trim_matches('\n'));
        reasons.push(text);
    }
    match reasons.len() {
        0 => None,
        1 => reasons.pop(),
        _ => Some(
            reasons
                .iter()
                .map(|r| format!("- {r}"))
                .collect::<Vec<_>>()
                .join("\n"),
        ),
    }
}
