//! `prisma migrate status`: read-only, no shadow database; the cases and texts of
//! `MigrateStatus.ts`, every one but "up to date" exiting 1.

use super::{Ctx, load};
use crate::diagnose::{diagnose, list_migrations};

pub(super) fn run(ctx: &mut Ctx<'_>) {
    let Some(_) = load(ctx) else { return };
    let local = match list_migrations(ctx.project) {
        Ok(l) => l,
        Err(err) => return ctx.fail(1, err.render()),
    };
    let d = match diagnose(ctx.db, &local, false) {
        Ok(d) => d,
        Err(err) => return ctx.fail(1, err.render()),
    };
    let path = ctx.project.migrations_path.clone();
    let plural = |n: usize| if n > 1 { "s" } else { "" };
    if local.is_empty() {
        ctx.out.plain(format!("No migration found in {path}"));
    } else {
        ctx.out.plain(format!(
            "{} migration{} found in {path}",
            local.len(),
            plural(local.len())
        ));
    }
    let diverge = !d.missing_locally.is_empty() && !d.unapplied.is_empty();
    if !d.unapplied.is_empty() && !diverge {
        ctx.out.plain(format!(
            "Following migration{} have not yet been applied:\n{}\n\nTo apply migrations in development run prisma migrate dev.\nTo apply migrations in production run prisma migrate deploy.",
            plural(d.unapplied.len()),
            d.unapplied.join("\n")
        ));
        ctx.out.exit_code = 1;
        return;
    }
    if diverge {
        let text = format!(
            "Your local migration history and the migrations table from your database are different:\n\nThe last common migration is: {}\n\nThe migration{} have not yet been applied:\n{}\n\nThe migration{} from the database are not found locally in {path}:\n{}",
            d.last_common.as_deref().unwrap_or("null"),
            plural(d.unapplied.len()),
            d.unapplied.join("\n"),
            plural(d.missing_locally.len()),
            d.missing_locally.join("\n"),
        );
        return ctx.fail(1, text);
    }
    if !d.has_table {
        let text = match local.first() {
            None => "The current database is not managed by Prisma Migrate.\n        \nRead more about how to baseline an existing production database:\nhttps://pris.ly/d/migrate-baseline".to_owned(),
            Some((first, _)) => format!("The current database is not managed by Prisma Migrate.\n\nIf you want to keep the current database structure and data and create new migrations, baseline this database with the migration \"{first}\":\nprisma migrate resolve --applied \"{first}\"\n\nRead more about how to baseline an existing production database:\nhttps://pris.ly/d/migrate-baseline"),
        };
        return ctx.fail(1, text);
    }
    if !d.failed.is_empty() {
        let names: Vec<&str> = d.failed.iter().map(|r| r.migration_name.as_str()).collect();
        let first = names[0];
        ctx.out.error(format!(
            "Following migration{} have failed:\n{}\n\nDuring development if the failed migration(s) have not been deployed to a production database you can then fix the migration(s) and run prisma migrate dev.\n",
            plural(names.len()),
            names.join("\n")
        ));
        return ctx.fail(1, format!("The failed migration(s) can be marked as rolled back or applied:\n      \n- If you rolled back the migration(s) manually:\nprisma migrate resolve --rolled-back \"{first}\"\n\n- If you fixed the database manually (hotfix):\nprisma migrate resolve --applied \"{first}\"\n\nRead more about how to resolve migration issues in a production database:\nhttps://pris.ly/d/migrate-resolve"));
    }
    // Edited migrations and migrations missing locally are only `migrate dev`'s concern;
    // status, like Prisma's, reports the schema as up to date.
    ctx.blank();
    ctx.out.plain("Database schema is up to date!");
}
