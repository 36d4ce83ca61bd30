//! The checks and their messages, word for word from Prisma's `warning_check.rs` and
//! `unexecutable_step_check.rs`. A check evaluated with counts that prove the step safe
//! says nothing; without counts it says what could happen.

use std::collections::HashMap;

/// A check and the data it needs: a table's row count, a column's non-null count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Check {
    NonEmptyTableDrop {
        table: String,
    },
    NonEmptyColumnDrop {
        table: String,
        column: String,
    },
    RiskyCast {
        table: String,
        column: String,
        previous: String,
        next: String,
    },
    PrimaryKeyChange {
        table: String,
    },
    UniqueConstraintAddition {
        table: String,
        columns: Vec<String>,
    },
    AddedRequiredField {
        table: String,
        column: String,
    },
    AddedRequiredFieldWithPrismaLevelDefault {
        table: String,
        column: String,
    },
    MadeOptionalFieldRequired {
        table: String,
        column: String,
    },
}

/// What was learnt from the database; empty for the pure check.
#[derive(Debug, Default)]
pub(super) struct Counts {
    pub rows: HashMap<String, i64>,
    pub non_null: HashMap<(String, String), i64>,
}

impl Check {
    pub fn code(&self) -> &'static str {
        match self {
            Check::NonEmptyTableDrop { .. } => "non-empty-table-drop",
            Check::NonEmptyColumnDrop { .. } => "non-empty-column-drop",
            Check::RiskyCast { .. } => "risky-cast",
            Check::PrimaryKeyChange { .. } => "primary-key-change",
            Check::UniqueConstraintAddition { .. } => "unique-constraint-addition",
            Check::AddedRequiredField { .. } => "added-required-field",
            Check::AddedRequiredFieldWithPrismaLevelDefault { .. } => {
                "added-required-field-prisma-default"
            }
            Check::MadeOptionalFieldRequired { .. } => "made-optional-field-required",
        }
    }

    pub(super) fn needed_row_count(&self) -> Option<&str> {
        match self {
            Check::NonEmptyTableDrop { table }
            | Check::PrimaryKeyChange { table }
            | Check::AddedRequiredField { table, .. }
            | Check::AddedRequiredFieldWithPrismaLevelDefault { table, .. }
            | Check::MadeOptionalFieldRequired { table, .. } => Some(table),
            _ => None,
        }
    }

    pub(super) fn needed_value_count(&self) -> Option<(&str, &str)> {
        match self {
            Check::NonEmptyColumnDrop { table, column }
            | Check::RiskyCast { table, column, .. }
            | Check::MadeOptionalFieldRequired { table, column } => Some((table, column)),
            _ => None,
        }
    }

    /// The message, or `None` when the counts prove the step safe.
    pub(super) fn evaluate(&self, counts: &Counts) -> Option<String> {
        let rows = |t: &str| counts.rows.get(t).copied();
        let values = |t: &str, c: &str| counts.non_null.get(&(t.to_owned(), c.to_owned())).copied();
        match self {
            Check::NonEmptyTableDrop { table } => match rows(table) {
                Some(0) => None,
                Some(n) => Some(format!(
                    "You are about to drop the `{table}` table, which is not empty ({n} rows)."
                )),
                None => Some(format!(
                    "You are about to drop the `{table}` table. If the table is not empty, all the data it contains will be lost."
                )),
            },
            Check::NonEmptyColumnDrop { table, column } => {
                match (rows(table), values(table, column)) {
                    (Some(0), _) | (_, Some(0)) => None,
                    (_, Some(n)) => Some(format!(
                        "You are about to drop the column `{column}` on the `{table}` table, which still contains {n} non-null values."
                    )),
                    _ => Some(format!(
                        "You are about to drop the column `{column}` on the `{table}` table. All the data in the column will be lost."
                    )),
                }
            }
            Check::RiskyCast {
                table,
                column,
                previous,
                next,
            } => match (rows(table), values(table, column)) {
                (Some(0), _) | (_, Some(0)) => None,
                (_, Some(n)) => Some(format!(
                    "You are about to alter the column `{column}` on the `{table}` table, which contains {n} non-null values. The data in that column will be cast from `{previous}` to `{next}`."
                )),
                _ => Some(format!(
                    "You are about to alter the column `{column}` on the `{table}` table. The data in that column could be lost. The data in that column will be cast from `{previous}` to `{next}`."
                )),
            },
            Check::PrimaryKeyChange { table } => match rows(table) {
                Some(0) => None,
                _ => Some(format!(
                    "The primary key for the `{table}` table will be changed. If it partially fails, the table could be left without primary key constraint."
                )),
            },
            Check::UniqueConstraintAddition { table, columns } => Some(format!(
                "A unique constraint covering the columns `[{}]` on the table `{table}` will be added. If there are existing duplicate values, this will fail.",
                columns.join(",")
            )),
            Check::AddedRequiredField { table, column } => {
                let details = match rows(table) {
                    Some(0) => return None,
                    Some(n) => format!(
                        "There are {n} rows in this table, it is not possible to execute this step."
                    ),
                    None => "This is not possible if the table is not empty.".to_owned(),
                };
                Some(format!(
                    "Added the required column `{column}` to the `{table}` table without a default value. {details}"
                ))
            }
            Check::AddedRequiredFieldWithPrismaLevelDefault { table, column } => {
                let details = match rows(table) {
                    Some(0) => return None,
                    Some(n) => format!(
                        "There are {n} rows in this table, it is not possible to execute this step."
                    ),
                    None => "This is not possible if the table is not empty.".to_owned(),
                };
                Some(format!(
                    "The required column `{column}` was added to the `{table}` table with a prisma-level default value. {details} Please add this column as optional, then populate it before making it required."
                ))
            }
            Check::MadeOptionalFieldRequired { table, column } => {
                match (rows(table), values(table, column)) {
                    (Some(0), _) => None,
                    (Some(rows), Some(values)) => {
                        let nulls = rows - values;
                        (nulls != 0).then(|| {
                        format!("Made the column `{column}` on table `{table}` required, but there are {nulls} existing NULL values.")
                    })
                    }
                    _ => Some(format!(
                        "Made the column `{column}` on table `{table}` required. This step will fail if there are existing NULL values in that column."
                    )),
                }
            }
        }
    }
}
