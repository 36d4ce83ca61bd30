//! `prisma db push` (diff the live database against the schema and apply, with Prisma's
//! data-loss texts) and `prisma db execute` (run a script, nothing recorded).

use super::{Ctx, confirm, load_for_push};
use crate::apply::{failure_logs, reset as empty_database, run_script};
use crate::diagnose::CodedError;
use crate::outcome::Style;
use seedbed_sql_schema::{calculate, describe, diff};

pub(super) fn push(
    ctx: &mut Ctx<'_>,
    accept_data_loss: bool,
    force_reset: bool,
    skip_generate: bool,
) {
    // Layout and blank lines follow `DbPush.ts` (6.19) and the captured transcript.
    let Some(loaded) = load_for_push(ctx) else {
        return;
    };
    if !ctx.project.database_exists {
        ctx.blank();
        ctx.out.plain(format!(
            "SQLite database {} created at {}",
            loaded.db_name, loaded.url
        ));
    }
    if force_reset {
        ctx.blank();
        if let Err(err) = empty_database(ctx.db) {
            return ctx.fail(1, CodedError::db(&err).render());
        }
        ctx.out.plain(format!(
            "The SQLite database \"{}\" at \"{}\" was successfully reset.",
            loaded.db_name, loaded.url
        ));
    }
    let started = ctx.env.now_millis();
    let target = calculate(&loaded.schema);
    let current = match describe(ctx.db) {
        Ok(s) => s,
        Err(err) => return ctx.fail(1, CodedError::db(&err).render()),
    };
    let migration = diff(&current, &target);
    let checks = match migration.check(ctx.db) {
        Ok(c) => c,
        Err(err) => return ctx.fail(1, CodedError::db(&err).render()),
    };
    if !checks.unexecutable.is_empty() {
        let mut text = String::from("Error: \n⚠️ We found changes that cannot be executed:\n");
        for d in &checks.unexecutable {
            text.push_str(&format!("\n  • {}", d.description));
        }
        text.push_str("\n\nYou may use the --force-reset flag to drop the database before push like prisma db push --force-reset\nAll data will be lost.\n      ");
        ctx.blank();
        return ctx.fail(1, text);
    }
    if !checks.warnings.is_empty() {
        ctx.out.say(
            Style::Yellow,
            "\n⚠️  There might be data loss when applying the changes:\n",
        );
        for d in &checks.warnings {
            ctx.out.plain(format!("  • {}\n", d.description));
        }
        ctx.blank();
        if !accept_data_loss {
            if ctx.answers.confirm.is_none() && !ctx.answers.interactive {
                return ctx.fail(1, "Error: Use the --accept-data-loss flag to ignore the data loss warnings like prisma db push --accept-data-loss");
            }
            ctx.blank();
            if !confirm(
                ctx,
                "Do you want to ignore the warning(s)?",
                "",
                "Push cancelled.",
            ) {
                return;
            }
        }
    }
    if migration.is_empty() && !force_reset {
        ctx.blank();
        ctx.out
            .plain("The database is already in sync with the Prisma schema.");
        ctx.blank();
        ctx.out.run_generate = !skip_generate;
        return;
    }
    if let Err(err) = run_script(ctx.db, &migration.script()) {
        // The engine's text is SQLite's result-code name and message (then a span trace of
        // engine internals, which we do not have): `Error: SQLITE_ERROR: unrecognized token: "{"`.
        return ctx.fail(1, format!("Error: {}", failure_logs(&err)));
    }
    let took = ctx.env.now_millis() - started;
    ctx.blank();
    ctx.out.say(
        Style::Green,
        format!("🚀  Your database is now in sync with your Prisma schema. Done in {took}ms"),
    );
    ctx.blank();
    ctx.out.run_generate = !skip_generate;
}

pub(super) fn execute(ctx: &mut Ctx<'_>, script: &str) {
    // Prisma sends the whole script as one command, in autocommit mode: what ran before a
    // failing statement stays, exactly as with the real CLI.
    match ctx.db.execute_batch(script) {
        Ok(()) => ctx.out.plain("Script executed successfully."),
        Err(err) => ctx.fail(1, format!("Error: {}", err.message)),
    }
}
