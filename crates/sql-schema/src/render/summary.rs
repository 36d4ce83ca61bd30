//! The human summary of a migration (`migrate diff` without `--script`, and the drift text
//! of `migrate dev`), as Prisma's `SqlMigration::drift_summary` writes it.

use crate::steps::{Migration, Step, TableChange};
use std::collections::BTreeSet;
use std::fmt::Write as _;

/// Sections, in the order they are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[allow(clippy::enum_variant_names)] // Prisma's DriftType names, kept for grep-ability.
enum Section {
    AddedTable,
    RemovedTable,
    RedefinedTable,
    ChangedTable,
}

/// `No difference detected.` or the sections, each starting with a blank line.
pub fn drift_summary(migration: &Migration<'_>) -> String {
    if migration.steps.is_empty() {
        return "No difference detected.".to_owned();
    }
    let schemas = migration.schemas;
    // (section, table name or "" for list sections, step index)
    let mut items: BTreeSet<(Section, &str, usize)> = BTreeSet::new();
    for (idx, step) in migration.steps.iter().enumerate() {
        match step {
            Step::DropIndex { index } => {
                items.insert((
                    Section::ChangedTable,
                    schemas.previous.walk(*index).table().name(),
                    idx,
                ));
            }
            Step::AlterTable(alter) => {
                items.insert((
                    Section::ChangedTable,
                    schemas.previous.walk(alter.tables.previous).name(),
                    idx,
                ));
            }
            Step::DropTable { .. } => {
                items.insert((Section::RemovedTable, "", idx));
            }
            Step::CreateTable { .. } => {
                items.insert((Section::AddedTable, "", idx));
            }
            Step::RedefineTables(tables) => {
                for t in tables {
                    items.insert((
                        Section::RedefinedTable,
                        schemas.previous.walk(t.tables.previous).name(),
                        idx,
                    ));
                }
            }
            Step::CreateIndex { index, .. } => {
                items.insert((
                    Section::ChangedTable,
                    schemas.next.walk(*index).table().name(),
                    idx,
                ));
            }
            Step::RedefineIndex { index } => {
                items.insert((
                    Section::ChangedTable,
                    schemas.previous.walk(index.previous).table().name(),
                    idx,
                ));
            }
        }
    }

    let mut out = String::new();
    let mut state: Option<(Section, &str)> = None;
    for (section, name, idx) in items {
        if state != Some((section, name)) {
            match section {
                Section::AddedTable => out.push_str("\n[+] Added tables\n"),
                Section::RemovedTable => out.push_str("\n[-] Removed tables\n"),
                Section::RedefinedTable => {
                    let _ = writeln!(out, "\n[*] Redefined table `{name}`");
                }
                Section::ChangedTable => {
                    let _ = writeln!(out, "\n[*] Changed the `{name}` table");
                }
            }
        }
        state = Some((section, name));
        render_item(&mut out, migration, &migration.steps[idx]);
    }
    out
}

fn render_item(out: &mut String, migration: &Migration<'_>, step: &Step) {
    let schemas = migration.schemas;
    match step {
        Step::DropIndex { index } => {
            let index = schemas.previous.walk(*index);
            let unique = if index.is_unique() { "unique " } else { "" };
            let cols: Vec<&str> = index.column_names().collect();
            let _ = writeln!(
                out,
                "  [-] Removed {unique}index on columns ({})",
                cols.join(", ")
            );
        }
        Step::AlterTable(alter) => {
            for TableChange::AddColumn { column, .. } in &alter.changes {
                let _ = writeln!(
                    out,
                    "  [+] Added column `{}`",
                    schemas.next.walk(*column).name()
                );
            }
        }
        Step::DropTable { table } => {
            let _ = writeln!(out, "  - {}", schemas.previous.walk(*table).name());
        }
        Step::CreateTable { table } => {
            let _ = writeln!(out, "  - {}", schemas.next.walk(*table).name());
        }
        Step::RedefineTables(_) => {}
        Step::CreateIndex { index, .. } => {
            let index = schemas.next.walk(*index);
            let unique = if index.is_unique() { "unique " } else { "" };
            let cols: Vec<&str> = index.column_names().collect();
            let _ = writeln!(
                out,
                "  [+] Added {unique}index on columns ({})",
                cols.join(", ")
            );
        }
        Step::RedefineIndex { index } => {
            let _ = writeln!(
                out,
                "  [*] Redefined index `{}`",
                schemas.previous.walk(index.previous).name()
            );
        }
    }
}
