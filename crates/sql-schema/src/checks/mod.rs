//! Destructive-change checks, apart from the differ and the renderer (Prisma's
//! `sql_destructive_change_checker`): which steps may lose data (warnings) and which cannot
//! run on a non-empty table (unexecutable steps).
//!
//! Planning looks only at the steps. Evaluation then either assumes nothing about the data
//! ([`CheckPlan::pure`], the "could be lost" texts of migration file headers) or counts rows
//! and non-null values through [`Db`] ([`CheckPlan::inspect`], what `db push` and
//! `migrate dev` print). A check whose count shows the step is safe says nothing.

mod messages;

pub use messages::Check;

use crate::render::ddl::quote;
use crate::schema::ColumnArity;
use crate::steps::{ColumnTypeChange, Migration, Step, TableChange};
use crate::walkers::ColumnWalker;
use messages::Counts;
use seedbed_db::{Db, DbResult};
use serde::Serialize;
use std::collections::hash_map::Entry;

/// One message about one step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// A stable identifier of the kind of check (e.g. `non-empty-table-drop`).
    pub code: &'static str,
    pub description: String,
    /// Index into the migration's steps.
    pub step_index: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Diagnostics {
    pub warnings: Vec<Diagnostic>,
    pub unexecutable: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn is_empty(&self) -> bool {
        self.warnings.is_empty() && self.unexecutable.is_empty()
    }
}

/// The checks a migration calls for, each with its step index.
#[derive(Debug, Clone, Default)]
pub struct CheckPlan {
    pub warnings: Vec<(Check, usize)>,
    pub unexecutable: Vec<(Check, usize)>,
}

/// Plans the checks for a migration, in Prisma's order.
pub fn plan(migration: &Migration<'_>) -> CheckPlan {
    let mut plan = CheckPlan::default();
    let schemas = migration.schemas;
    for (idx, step) in migration.steps.iter().enumerate() {
        match step {
            Step::AlterTable(alter) => {
                for TableChange::AddColumn {
                    column,
                    has_virtual_default,
                } in &alter.changes
                {
                    check_add_column(
                        &mut plan,
                        schemas.next.walk(*column),
                        *has_virtual_default,
                        idx,
                    );
                }
            }
            Step::RedefineTables(tables) => {
                for t in tables {
                    let previous = schemas.previous.walk(t.tables.previous);
                    if t.dropped_primary_key {
                        plan.warnings.push((
                            Check::PrimaryKeyChange {
                                table: previous.name().to_owned(),
                            },
                            idx,
                        ));
                    }
                    for column in &t.added_columns {
                        let virtual_default =
                            t.added_columns_with_virtual_defaults.contains(column);
                        check_add_column(
                            &mut plan,
                            schemas.next.walk(*column),
                            virtual_default,
                            idx,
                        );
                    }
                    for column in &t.dropped_columns {
                        let column = schemas.previous.walk(*column);
                        plan.warnings.push((
                            Check::NonEmptyColumnDrop {
                                table: previous.name().to_owned(),
                                column: column.name().to_owned(),
                            },
                            idx,
                        ));
                    }
                    for (ids, changes) in &t.column_pairs {
                        let cols = schemas.walk(*ids);
                        let became_required = cols.previous.arity() == ColumnArity::Nullable
                            && cols.next.arity() == ColumnArity::Required;
                        if !changes.type_changed() && !became_required {
                            continue;
                        }
                        let table = previous.name().to_owned();
                        let column = cols.previous.name().to_owned();
                        if changes.arity
                            && cols.next.arity().is_required()
                            && cols.next.default().is_none()
                        {
                            plan.unexecutable.push((
                                Check::MadeOptionalFieldRequired {
                                    table: table.clone(),
                                    column: column.clone(),
                                },
                                idx,
                            ));
                        }
                        if changes.type_change == Some(ColumnTypeChange::RiskyCast) {
                            let previous = format!("{:?}", cols.previous.family());
                            let next = format!("{:?}", cols.next.family());
                            plan.warnings.push((
                                Check::RiskyCast {
                                    table,
                                    column,
                                    previous,
                                    next,
                                },
                                idx,
                            ));
                        }
                    }
                }
            }
            Step::DropTable { table } => {
                let table = schemas.previous.walk(*table).name().to_owned();
                plan.warnings
                    .push((Check::NonEmptyTableDrop { table }, idx));
            }
            // Only indexes on tables that already exist (and are not rebuilt) can meet
            // duplicates.
            Step::CreateIndex {
                table: (Some(_), _),
                index,
            } => {
                let index = schemas.next.walk(*index);
                if index.is_unique() {
                    plan.warnings.push((
                        Check::UniqueConstraintAddition {
                            table: index.table().name().to_owned(),
                            columns: index.column_names().map(str::to_owned).collect(),
                        },
                        idx,
                    ));
                }
            }
            _ => {}
        }
    }
    plan
}

/// A required column without a database default cannot be added to a table with rows.
fn check_add_column(
    plan: &mut CheckPlan,
    column: ColumnWalker<'_>,
    has_virtual_default: bool,
    idx: usize,
) {
    if !column.arity().is_required() || column.default().is_some() {
        return;
    }
    let table = column.table().name().to_owned();
    let column = column.name().to_owned();
    let check = if has_virtual_default {
        Check::AddedRequiredFieldWithPrismaLevelDefault { table, column }
    } else {
        Check::AddedRequiredField { table, column }
    };
    plan.unexecutable.push((check, idx));
}

impl CheckPlan {
    /// Messages without looking at any data: the header of a migration file.
    pub fn pure(&self) -> Diagnostics {
        self.evaluate(&Counts::default())
    }

    /// Messages qualified by row and NULL counts from the database the steps would run on.
    pub fn inspect(&self, db: &mut (impl Db + ?Sized)) -> DbResult<Diagnostics> {
        let mut counts = Counts::default();
        for (check, _) in self.unexecutable.iter().chain(&self.warnings) {
            if let Some(table) = check.needed_row_count()
                && !counts.rows.contains_key(table)
            {
                let sql = format!("SELECT COUNT(*) FROM {}", quote(table));
                counts.rows.insert(table.to_owned(), count(db, &sql)?);
            }
            if let Some((table, column)) = check.needed_value_count() {
                let key = (table.to_owned(), column.to_owned());
                if let Entry::Vacant(entry) = counts.non_null.entry(key) {
                    let sql = format!(
                        "SELECT COUNT(*) FROM {} WHERE {} IS NOT NULL",
                        quote(table),
                        quote(column)
                    );
                    entry.insert(count(db, &sql)?);
                }
            }
        }
        Ok(self.evaluate(&counts))
    }

    fn evaluate(&self, counts: &Counts) -> Diagnostics {
        let run = |checks: &[(Check, usize)]| {
            checks
                .iter()
                .filter_map(|(check, idx)| {
                    check.evaluate(counts).map(|description| Diagnostic {
                        code: check.code(),
                        description,
                        step_index: *idx,
                    })
                })
                .collect()
        };
        Diagnostics {
            warnings: run(&self.warnings),
            unexecutable: run(&self.unexecutable),
        }
    }
}

fn count(db: &mut (impl Db + ?Sized), sql: &str) -> DbResult<i64> {
    let rows = db.query(sql, &[])?;
    Ok(rows
        .rows
        .first()
        .and_then(|r| r.first())
        .and_then(|v| v.as_i64())
        .unwrap_or(0))
}
