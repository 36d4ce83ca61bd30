//! Migration steps: what changed, as ids into the two schemas, with no SQL in them.
//!
//! The variant order of [`Step`] is the emission order (the steps are sorted), copied from
//! Prisma's `SqlMigrationStep` with the variants SQLite never produces left out
//! (DropForeignKey, AlterPrimaryKey, enums, AddForeignKey, RenameIndex, …). Within a variant
//! the derived order compares ids, so steps follow schema order.

use crate::pair::Pair;
use crate::schema::{ColumnId, IndexId, SqlSchema, TableId};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum Step {
    /// An index of the previous schema goes away.
    DropIndex {
        index: IndexId,
    },
    /// Changes SQLite can make in place: only adding optional columns.
    AlterTable(AlterTable),
    DropTable {
        table: TableId,
    },
    CreateTable {
        table: TableId,
    },
    /// One step for every table rebuilt with the copy-and-rename recipe.
    RedefineTables(Vec<RedefineTable>),
    /// `table.0` is the previous table when the table already existed, `None` when it is
    /// created in this migration (so those indexes sort first, as in Prisma).
    CreateIndex {
        table: (Option<TableId>, TableId),
        index: IndexId,
    },
    /// An index renamed: SQLite cannot rename, so it is dropped and created again.
    RedefineIndex {
        index: Pair<IndexId>,
    },
}

impl Step {
    /// The `-- Name` comment Prisma writes above the step.
    pub fn description(&self) -> &'static str {
        match self {
            Step::DropIndex { .. } => "DropIndex",
            Step::AlterTable(_) => "AlterTable",
            Step::DropTable { .. } => "DropTable",
            Step::CreateTable { .. } => "CreateTable",
            Step::RedefineTables(_) => "RedefineTables",
            Step::CreateIndex { .. } => "CreateIndex",
            Step::RedefineIndex { .. } => "RedefineIndex",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct AlterTable {
    pub tables: Pair<TableId>,
    pub changes: Vec<TableChange>,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum TableChange {
    /// `has_virtual_default`: the column's default lives in Prisma Client (`uuid()`), not
    /// in the database.
    AddColumn {
        column: ColumnId,
        has_virtual_default: bool,
    },
}

/// One table rebuilt: create `new_T`, copy, drop `T`, rename, re-create indexes.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct RedefineTable {
    pub tables: Pair<TableId>,
    pub added_columns: Vec<ColumnId>,
    pub added_columns_with_virtual_defaults: Vec<ColumnId>,
    pub dropped_columns: Vec<ColumnId>,
    pub dropped_primary_key: bool,
    /// Columns in both versions, sorted by name (which is why Prisma's INSERT column lists
    /// are alphabetical).
    pub column_pairs: Vec<(Pair<ColumnId>, ColumnChanges)>,
}

/// How a column present in both schemas changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct ColumnChanges {
    pub arity: bool,
    pub default: bool,
    pub type_change: Option<ColumnTypeChange>,
}

impl ColumnChanges {
    pub fn differs_in_something(&self) -> bool {
        self.arity || self.default || self.type_change.is_some()
    }

    pub fn type_changed(&self) -> bool {
        self.type_change.is_some()
    }
}

/// SQLite: a change to a String column is safe, any other change of family is risky.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum ColumnTypeChange {
    RiskyCast,
    SafeCast,
}

/// A computed migration: the two schemas and the steps between them.
#[derive(Debug, Clone)]
pub struct Migration<'a> {
    pub schemas: Pair<&'a SqlSchema>,
    pub steps: Vec<Step>,
}

impl Migration<'_> {
    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }
}
