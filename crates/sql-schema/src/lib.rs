//! Prisma's SQL side for SQLite: one schema model ([`SqlSchema`]) for both sides of a diff,
//! a calculator (validated Prisma schema → schema), a describer (live database → schema), a differ (schemas → [`Step`]s), a renderer (steps →
//! the exact SQL and summary Prisma 6.19.3 prints) and destructive-change checks.
//!
//! The crate does no IO of its own: whatever reads a database takes a [`seedbed_db::Db`].
//! See `README.md` for the module map and invariants.

pub mod calculator;
pub mod checks;
pub mod decimal;
pub mod describer;
pub mod differ;
pub mod pair;
pub mod render;
pub mod schema;
pub mod steps;
pub mod walkers;

pub use calculator::calculate;
pub use checks::{CheckPlan, Diagnostic, Diagnostics};
pub use describer::describe;
pub use differ::diff;
pub use pair::Pair;
pub use render::{drift_summary, render_script};
pub use schema::*;
pub use steps::{Migration, Step};
pub use walkers::Walker;

impl Migration<'_> {
    /// The migration script, as `migrate diff --script` prints it.
    pub fn script(&self) -> String {
        render_script(self, None)
    }

    /// The human summary, as `migrate diff` prints it.
    pub fn summary(&self) -> String {
        drift_summary(self)
    }

    /// The `migration.sql` that `migrate dev` writes: the script under the header of
    /// pure-check warnings.
    pub fn migration_file(&self) -> String {
        render_script(self, Some(&self.pure_check()))
    }

    /// Warnings and unexecutable steps without looking at data (migration file headers).
    pub fn pure_check(&self) -> Diagnostics {
        checks::plan(self).pure()
    }

    /// Warnings and unexecutable steps qualified by the data in `db` (`db push`).
    pub fn check(
        &self,
        db: &mut (impl seedbed_db::Db + ?Sized),
    ) -> seedbed_db::DbResult<Diagnostics> {
        checks::plan(self).inspect(db)
    }
}
