//! Steps → the migration script Prisma writes (`apply_migration.rs::render_script` and the
//! SQLite renderer): `-- StepName` comments, `;\n` after every statement, one blank line
//! between steps, none at the end, and an optional warnings header.

pub mod ddl;
mod summary;

pub use summary::drift_summary;

use crate::checks::Diagnostics;
use crate::pair::Pair;
use crate::schema::SqlSchema;
use crate::steps::{Migration, RedefineTable, Step, TableChange};
use ddl::{
    quote, render_column, render_create_index, render_create_table, render_default,
    render_drop_index,
};

/// The text of an empty migration.
pub const EMPTY_MIGRATION: &str = "-- This is an empty migration.";

/// The script of a migration. `diagnostics` adds the `/* Warnings: … */` header that
/// `migrate dev` puts at the top of a migration file; `migrate diff --script` has none.
pub fn render_script(migration: &Migration<'_>, diagnostics: Option<&Diagnostics>) -> String {
    if migration.steps.is_empty() {
        return EMPTY_MIGRATION.to_owned();
    }
    let mut script = String::new();
    if let Some(diagnostics) = diagnostics {
        script.push_str(&render_warnings_header(diagnostics));
    }
    let mut first = true;
    for step in &migration.steps {
        let statements = render_step(step, migration.schemas);
        if statements.is_empty() {
            continue;
        }
        if !first {
            script.push('\n');
        }
        first = false;
        script.push_str("-- ");
        script.push_str(step.description());
        script.push('\n');
        for statement in statements {
            script.push_str(&statement);
            script.push_str(";\n");
        }
    }
    script
}

/// `/*\n  Warnings:\n\n  - …\n\n*/\n`, or nothing when there is nothing to say.
pub fn render_warnings_header(diagnostics: &Diagnostics) -> String {
    if diagnostics.is_empty() {
        return String::new();
    }
    let mut out = String::from("/*\n  Warnings:\n\n");
    for d in diagnostics.warnings.iter().chain(&diagnostics.unexecutable) {
        out.push_str("  - ");
        out.push_str(&d.description);
        out.push('\n');
    }
    out.push_str("\n*/\n");
    out
}

/// The statements of one step, without their `;`.
pub fn render_step(step: &Step, schemas: Pair<&SqlSchema>) -> Vec<String> {
    match step {
        Step::DropIndex { index } => vec![render_drop_index(schemas.previous.walk(*index))],
        Step::AlterTable(alter) => {
            let table = schemas.previous.walk(alter.tables.previous);
            alter
                .changes
                .iter()
                .map(|TableChange::AddColumn { column, .. }| {
                    format!(
                        "ALTER TABLE {} ADD COLUMN {}",
                        quote(table.name()),
                        render_column(schemas.next.walk(*column))
                    )
                })
                .collect()
        }
        Step::DropTable { table } => {
            // foreign_keys=off lets tables go in any order despite references between them.
            let name = schemas.previous.walk(*table).name();
            vec![
                "PRAGMA foreign_keys=off".to_owned(),
                format!("DROP TABLE {}", quote(name)),
                "PRAGMA foreign_keys=on".to_owned(),
            ]
        }
        Step::CreateTable { table } => {
            let table = schemas.next.walk(*table);
            vec![render_create_table(table, table.name())]
        }
        Step::RedefineTables(tables) => render_redefine_tables(tables, schemas),
        Step::CreateIndex { index, .. } => vec![render_create_index(schemas.next.walk(*index))],
        Step::RedefineIndex { index } => vec![
            render_drop_index(schemas.previous.walk(index.previous)),
            render_create_index(schemas.next.walk(index.next)),
        ],
    }
}

/// SQLite's "other kinds of table schema changes" recipe, with the D1-friendly pragma pair
/// Prisma has used since engines 5.15.
fn render_redefine_tables(tables: &[RedefineTable], schemas: Pair<&SqlSchema>) -> Vec<String> {
    let mut out = vec![
        "PRAGMA defer_foreign_keys=ON".to_owned(),
        "PRAGMA foreign_keys=OFF".to_owned(),
    ];
    for redefine in tables {
        let walkers = schemas.walk(redefine.tables);
        let temporary = format!("new_{}", walkers.next.name());
        out.push(render_create_table(walkers.next, &temporary));
        if let Some(insert) = render_copy(redefine, schemas, &temporary) {
            out.push(insert);
        }
        out.push(format!("DROP TABLE {}", quote(walkers.previous.name())));
        out.push(format!(
            "ALTER TABLE {} RENAME TO {}",
            quote(&temporary),
            quote(walkers.next.name())
        ));
        out.extend(walkers.next.indexes().map(render_create_index));
    }
    out.push("PRAGMA foreign_keys=ON".to_owned());
    out.push("PRAGMA defer_foreign_keys=OFF".to_owned());
    out
}

/// `INSERT INTO "new_T" (…) SELECT … FROM "T"` over the columns kept, a column that became
/// required with a default being `coalesce`d with it (SQLite has no `DEFAULT` keyword there).
fn render_copy(
    redefine: &RedefineTable,
    schemas: Pair<&SqlSchema>,
    temporary: &str,
) -> Option<String> {
    if redefine.column_pairs.is_empty() {
        return None;
    }
    let mut destination = Vec::new();
    let mut source = Vec::new();
    for (ids, changes) in &redefine.column_pairs {
        let cols = schemas.walk(*ids);
        destination.push(quote(cols.next.name()));
        let became_required_with_default =
            changes.arity && cols.next.arity().is_required() && cols.next.default().is_some();
        let default = cols.next.default().and_then(render_default);
        match default {
            Some(default) if became_required_with_default => {
                let name = quote(cols.previous.name());
                source.push(format!("coalesce({name}, {default}) AS {name}"));
            }
            _ => source.push(quote(cols.previous.name())),
        }
    }
    let previous = schemas.previous.walk(redefine.tables.previous);
    Some(format!(
        "INSERT INTO {} ({}) SELECT {} FROM {}",
        quote(temporary),
        destination.join(", "),
        source.join(", "),
        quote(previous.name())
    ))
}
