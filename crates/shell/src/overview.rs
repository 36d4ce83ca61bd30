//! What the migrations pane shows: each migration folder with its status against the
//! database's `_prisma_migrations` (applied, pending, failed, edited after it was applied,
//! rolled back), the rows of that table, and the SQL the next `migrate dev` would create.

use crate::files::{MIGRATIONS_DIR, ProjectFiles};
use seedbed_db::{Db, Rows};
use seedbed_migrate::checksum::script_matches;
use seedbed_migrate::history::{self, Applied};
use seedbed_migrate::{Answers, Command, DiffSource, FixedEnv, Project};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Status {
    /// In the folder, not in the database.
    Pending,
    Applied,
    /// Started and never finished (Prisma's P3009 until resolved).
    Failed,
    /// Applied, but `migration.sql` changed since (the checksum no longer matches).
    Edited,
    RolledBack,
    /// In the database's history but not in the folder.
    MissingLocally,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MigrationInfo {
    pub name: String,
    pub sql: Option<String>,
    pub status: Status,
    pub finished_at: Option<String>,
    pub logs: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Overview {
    pub migrations: Vec<MigrationInfo>,
    /// `_prisma_migrations` as stored (empty when the table does not exist).
    pub history: Rows,
    /// The next migration's SQL, or why it cannot be computed.
    pub next: Result<String, String>,
}

/// Reads the project and the database; changes neither.
pub fn overview(files: &ProjectFiles, db: &mut dyn Db) -> Overview {
    let (dirs, _) = files.migrations_in(MIGRATIONS_DIR);
    let applied: Vec<Applied> = match history::exists(db) {
        Ok(true) => history::read(db).unwrap_or_default(),
        _ => Vec::new(),
    };
    let mut migrations: Vec<MigrationInfo> = dirs
        .iter()
        .map(|dir| {
            // The latest row for this name decides (a rolled-back migration can be re-applied).
            let row = applied.iter().rev().find(|a| a.migration_name == dir.name);
            let status = match row {
                None => Status::Pending,
                Some(r) if r.rolled_back_at.is_some() => Status::RolledBack,
                Some(r) if r.is_failed() => Status::Failed,
                Some(r)
                    if dir
                        .sql
                        .as_deref()
                        .is_some_and(|sql| !script_matches(&r.checksum, sql)) =>
                {
                    Status::Edited
                }
                Some(_) => Status::Applied,
            };
            MigrationInfo {
                name: dir.name.clone(),
                sql: dir.sql.clone(),
                status,
                finished_at: row.and_then(|r| r.finished_at.clone()),
                logs: row.and_then(|r| r.logs.clone()),
            }
        })
        .collect();
    for row in &applied {
        if row.is_live()
            && !dirs.iter().any(|d| d.name == row.migration_name)
            && !migrations.iter().any(|m| m.name == row.migration_name)
        {
            migrations.push(MigrationInfo {
                name: row.migration_name.clone(),
                sql: None,
                status: Status::MissingLocally,
                finished_at: row.finished_at.clone(),
                logs: row.logs.clone(),
            });
        }
    }
    let history = db
        .query(
            "SELECT * FROM \"_prisma_migrations\" ORDER BY \"started_at\"",
            &[],
        )
        .unwrap_or(Rows {
            columns: Vec::new(),
            rows: Vec::new(),
        });
    Overview {
        migrations,
        history,
        next: next_migration(files, db),
    }
}

/// `migrate diff --from-migrations prisma/migrations --to-schema-datamodel prisma/schema.prisma
/// --script`: what `migrate dev` would put in its next migration.
fn next_migration(files: &ProjectFiles, db: &mut dyn Db) -> Result<String, String> {
    let (dirs, _) = files.migrations_in(MIGRATIONS_DIR);
    let command = Command::MigrateDiff {
        from: DiffSource::Migrations(dirs),
        to: DiffSource::SchemaDatamodel {
            path: crate::files::SCHEMA_PATH.into(),
            text: files.schema().to_owned(),
        },
        script: true,
        exit_code: false,
    };
    let outcome = seedbed_migrate::run(
        &command,
        &Project::default(),
        db,
        &mut FixedEnv::new(),
        &Answers::default(),
    );
    if outcome.exit_code == 0 {
        Ok(outcome.text())
    } else {
        Err(outcome.text())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use seedbed_db::SqliteDb;

    #[test]
    fn statuses_follow_the_history() {
        let mut files = ProjectFiles::new(
            "datasource db {\n  provider = \"sqlite\"\n  url = \"file:./dev.db\"\n}\n\nmodel A {\n  id Int @id\n}\n",
        );
        files.write(
            "prisma/migrations/1_a/migration.sql",
            "CREATE TABLE \"A\" (\"id\" INTEGER NOT NULL PRIMARY KEY);\n",
        );
        files.write(
            "prisma/migrations/2_b/migration.sql",
            "CREATE TABLE \"B\" (\"id\" INTEGER);\n",
        );
        let mut db = SqliteDb::open_in_memory().unwrap();
        let o = overview(&files, &mut db);
        assert!(o.migrations.iter().all(|m| m.status == Status::Pending));
        assert!(
            o.next.as_deref().unwrap().contains("DROP TABLE \"B\""),
            "{:?}",
            o.next
        );
        // Apply the first one, then edit it.
        history::ensure(&mut db).unwrap();
        let sql = files
            .read("prisma/migrations/1_a/migration.sql")
            .unwrap()
            .to_owned();
        let id = history::start(
            &mut db,
            &mut FixedEnv::new(),
            "1_a",
            &seedbed_migrate::checksum::checksum(&sql),
        )
        .unwrap();
        history::finish(&mut db, &mut FixedEnv::new(), &id).unwrap();
        let o = overview(&files, &mut db);
        assert_eq!(o.migrations[0].status, Status::Applied);
        assert_eq!(o.migrations[1].status, Status::Pending);
        assert_eq!(o.history.rows.len(), 1);
        files.write("prisma/migrations/1_a/migration.sql", "-- edited\n");
        assert_eq!(
            overview(&files, &mut db).migrations[0].status,
            Status::Edited
        );
        files.remove("prisma/migrations/1_a");
        let o = overview(&files, &mut db);
        assert!(
            o.migrations
                .iter()
                .any(|m| m.name == "1_a" && m.status == Status::MissingLocally)
        );
    }
}
