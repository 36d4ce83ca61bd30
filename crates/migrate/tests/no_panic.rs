//! Hostile inputs never panic: every command over broken schemas, junk migrations, bad lock
//! files and odd databases (including a `_prisma_migrations` of the wrong shape) returns an
//! outcome.

use seedbed_db::{Db, SqliteDb};
use seedbed_migrate::{Answers, Command, DiffSource, FixedEnv, MigrationDir, Project, run};

const GOOD: &str = "datasource db {\n  provider = \"sqlite\"\n  url = \"file:./dev.db\"\n}\nmodel A {\n  id Int @id\n  b String\n}\n";

fn schemas() -> Vec<String> {
    vec![
        GOOD.into(),
        String::new(),
        "model A { id Int @id }".into(),
        "datasource db {\n  provider = \"sqlite\"\n  url = env(\"MISSING\")\n}\n".into(),
        "datasource db {\n  provider = \"sqlite\"\n}\nmodel A {\n  id Int @id\n}\n".into(),
        "}{ garbage \u{0} ∑".into(),
    ]
}

fn histories() -> Vec<Vec<MigrationDir>> {
    let dir = |name: &str, sql: Option<&str>| MigrationDir {
        name: name.into(),
        sql: sql.map(str::to_owned),
    };
    vec![
        vec![],
        vec![dir(
            "20240101000000_a",
            Some("CREATE TABLE \"A\" (id INTEGER PRIMARY KEY, b TEXT NOT NULL);"),
        )],
        vec![dir("x", Some("")), dir("", Some(";;;"))],
        vec![dir("20240101000000_bad", Some("CREATE BROKEN"))],
        vec![dir("20240101000000_none", None)],
        vec![dir(
            "ünïcødé ../..",
            Some("SELECT 1; PRAGMA foreign_keys=ON; BEGIN;"),
        )],
        vec![dir("20240101000000_tx", Some("COMMIT; ROLLBACK;"))],
    ]
}

fn databases() -> Vec<&'static str> {
    vec![
        "",
        "CREATE TABLE junk (x);",
        "CREATE TABLE _prisma_migrations (nope TEXT);",
        "CREATE TABLE _prisma_migrations (id TEXT, checksum TEXT, finished_at TEXT, migration_name TEXT, logs TEXT, rolled_back_at TEXT, started_at TEXT, applied_steps_count TEXT); INSERT INTO _prisma_migrations VALUES (NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'x');",
        "CREATE VIEW v AS SELECT 1; CREATE TABLE \"A\" (id INTEGER PRIMARY KEY REFERENCES missing(id));",
    ]
}

fn commands() -> Vec<Command> {
    vec![
        Command::MigrateDev {
            name: Some("n".into()),
            create_only: false,
            skip_generate: true,
            skip_seed: true,
        },
        Command::MigrateDev {
            name: None,
            create_only: true,
            skip_generate: true,
            skip_seed: true,
        },
        Command::MigrateDeploy,
        Command::MigrateReset {
            force: true,
            skip_generate: true,
            skip_seed: true,
        },
        Command::MigrateStatus,
        Command::MigrateResolve {
            applied: Some("20240101000000_a".into()),
            rolled_back: None,
        },
        Command::MigrateResolve {
            applied: None,
            rolled_back: Some("20240101000000_bad".into()),
        },
        Command::MigrateDiff {
            from: DiffSource::Migrations(histories().concat()),
            to: DiffSource::Database,
            script: true,
            exit_code: true,
        },
        Command::MigrateDiff {
            from: DiffSource::SchemaDatamodel {
                path: "s".into(),
                text: "}{".into(),
            },
            to: DiffSource::Empty,
            script: false,
            exit_code: false,
        },
        Command::DbPush {
            accept_data_loss: true,
            force_reset: false,
            skip_generate: true,
        },
        Command::DbExecute {
            script: "garbage;".into(),
        },
    ]
}

#[test]
fn hostile_inputs_return_outcomes() {
    let mut runs = 0;
    for schema in schemas() {
        for history in histories() {
            for lock in [None, Some("provider = \"mysql\""), Some("\u{feff}???")] {
                for setup in databases() {
                    for command in commands() {
                        let mut db = SqliteDb::open_in_memory().unwrap();
                        let _ = db.execute_batch(setup);
                        let mut project = Project::new(schema.clone());
                        project.migrations = history.clone();
                        project.lock_file = lock.map(str::to_owned);
                        for interactive in [false, true] {
                            let answers = Answers {
                                interactive,
                                ..Answers::default()
                            };
                            let out =
                                run(&command, &project, &mut db, &mut FixedEnv::new(), &answers);
                            assert!(out.question.is_some() || out.exit_code >= 0);
                            runs += 1;
                        }
                    }
                }
            }
        }
    }
    assert!(runs > 2000);
}
