//! Transcript fixtures: each `transcripts/<case>.txt` is a script of steps (schema text,
//! raw SQL, file edits, commands with answers); the console output, exit codes, written
//! files and the final database are checked against `<case>.expected.txt`.
//! `UPDATE_EXPECT=1` rewrites the expectations (ours, reviewed by reading the diff).

use seedbed_db::{Db, SqliteDb, Value};
use seedbed_migrate::{Answers, Command, DiffSource, FileOp, FixedEnv, MigrationDir, Project, run};
use std::path::Path;

/// One `>>> directive args` block and its body.
fn blocks(text: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        if let Some(d) = line.strip_prefix(">>> ") {
            out.push((d.to_owned(), String::new()));
        } else if let Some((_, body)) = out.last_mut() {
            body.push_str(line);
            body.push('\n');
        }
    }
    out
}

struct State {
    project: Project,
    db: SqliteDb,
    env: FixedEnv,
}

fn command(state: &State, args: &[&str]) -> Command {
    let has = |f: &str| args.contains(&f);
    let value = |f: &str| {
        args.iter()
            .position(|a| *a == f)
            .and_then(|i| args.get(i + 1))
            .map(|s| s.to_string())
    };
    let source = |side: &str| {
        if has(&format!("--{side}-empty")) {
            DiffSource::Empty
        } else if has(&format!("--{side}-schema-datamodel")) {
            DiffSource::SchemaDatamodel {
                path: "prisma/schema.prisma".into(),
                text: state.project.schema.clone(),
            }
        } else if has(&format!("--{side}-migrations")) {
            DiffSource::Migrations(state.project.migrations.clone())
        } else {
            DiffSource::Database
        }
    };
    match (args[0], args[1]) {
        ("migrate", "dev") => Command::MigrateDev {
            name: value("--name"),
            create_only: has("--create-only"),
            skip_generate: false,
            skip_seed: false,
        },
        ("migrate", "deploy") => Command::MigrateDeploy,
        ("migrate", "reset") => Command::MigrateReset {
            force: has("--force"),
            skip_generate: false,
            skip_seed: false,
        },
        ("migrate", "status") => Command::MigrateStatus,
        ("migrate", "resolve") => Command::MigrateResolve {
            applied: value("--applied"),
            rolled_back: value("--rolled-back"),
        },
        ("migrate", "diff") => Command::MigrateDiff {
            from: source("from"),
            to: source("to"),
            script: has("--script"),
            exit_code: has("--exit-code"),
        },
        ("db", "push") => Command::DbPush {
            accept_data_loss: has("--accept-data-loss"),
            force_reset: has("--force-reset"),
            skip_generate: false,
        },
        _ => panic!("unknown command {args:?}"),
    }
}

fn apply_files(project: &mut Project, files: &[FileOp]) {
    for FileOp::Write { path, contents } in files {
        let rest = path.strip_prefix("migrations/").unwrap_or(path);
        if rest == "migration_lock.toml" {
            project.lock_file = Some(contents.clone());
        } else if let Some(name) = rest.strip_suffix("/migration.sql") {
            project.migrations.retain(|m| m.name != name);
            project.migrations.push(MigrationDir {
                name: name.to_owned(),
                sql: Some(contents.clone()),
            });
        }
    }
}

/// A migrations folder as data (the native shell has its own; this suite runs without it).
fn read_folder(dir: &Path) -> (Vec<MigrationDir>, Option<String>) {
    let mut dirs = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        if entry.path().is_dir() {
            dirs.push(MigrationDir {
                name: entry.file_name().to_string_lossy().into_owned(),
                sql: std::fs::read_to_string(entry.path().join("migration.sql")).ok(),
            });
        }
    }
    let lock = std::fs::read_to_string(dir.join("migration_lock.toml")).ok();
    (dirs, lock)
}

fn dump(db: &mut SqliteDb) -> String {
    let mut out = String::from("## database\n");
    let rows = db
        .query(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name <> '_prisma_migrations' ORDER BY type DESC, name",
            &[],
        )
        .unwrap();
    for r in rows.rows {
        if let Some(Value::Text(s)) = r.first() {
            out.push_str(s);
            out.push_str(";\n");
        }
    }
    out.push_str("## _prisma_migrations\n");
    for row in seedbed_migrate::history::read(db).unwrap() {
        out.push_str(&format!(
            "{} {} checksum={} finished={} rolled_back={} steps={} logs={:?}\n",
            row.id,
            row.migration_name,
            &row.checksum[..row.checksum.len().min(12)],
            row.finished_at.as_deref().unwrap_or("-"),
            row.rolled_back_at.as_deref().unwrap_or("-"),
            row.applied_steps_count,
            row.logs
                .as_deref()
                .map(|l| l.lines().take(8).collect::<Vec<_>>().join("|")),
        ));
    }
    out
}

fn run_case(text: &str) -> String {
    let mut state = State {
        project: Project::new(""),
        db: SqliteDb::open_in_memory().unwrap(),
        env: FixedEnv::new(),
    };
    let mut out = String::new();
    for (directive, body) in blocks(text) {
        let words: Vec<&str> = directive.split_whitespace().collect();
        match words[0] {
            "schema" => state.project.schema = body,
            "sql" => {
                if let Err(e) = state.db.execute_batch(&body) {
                    out.push_str(&format!("[sql error: {}]\n", e.message));
                }
            }
            "lock" => state.project.lock_file = Some(body),
            "nolock" => state.project.lock_file = None,
            "remove" => state.project.migrations.retain(|m| m.name != words[1]),
            "write" => {
                let name = words[1];
                state.project.migrations.retain(|m| m.name != name);
                state.project.migrations.push(MigrationDir {
                    name: name.to_owned(),
                    sql: (words.get(2) != Some(&"nosql")).then_some(body),
                });
            }
            "fixture" => {
                let dir = Path::new(words[1]);
                let (dirs, lock) = read_folder(&dir.join("prisma/migrations"));
                state.project.migrations = dirs;
                state.project.lock_file = lock;
                state.project.schema =
                    std::fs::read_to_string(dir.join("prisma/schema.prisma")).unwrap();
            }
            "run" => {
                let args: Vec<&str> = words[1..]
                    .iter()
                    .copied()
                    .filter(|w| !w.starts_with("+"))
                    .collect();
                let mut answers = Answers {
                    interactive: !words.contains(&"+ci"),
                    ..Answers::default()
                };
                if words.contains(&"+yes") {
                    answers.confirm = Some(true);
                }
                if words.contains(&"+no") {
                    answers.confirm = Some(false);
                }
                if let Some(n) = words.iter().find_map(|w| w.strip_prefix("+name=")) {
                    answers.name = Some(n.to_owned());
                }
                let cmd = command(&state, &args);
                let outcome = run(
                    &cmd,
                    &state.project,
                    &mut state.db,
                    &mut state.env,
                    &answers,
                );
                out.push_str(&format!("$ {directive}\n{}", outcome.text()));
                if let Some(q) = &outcome.question {
                    out.push_str(&format!("[question {q:?}]\n"));
                }
                out.push_str(&format!("[exit {}]\n", outcome.exit_code));
                for FileOp::Write { path, contents } in &outcome.files {
                    out.push_str(&format!("[write {path}]\n{contents}\n[end]\n"));
                }
                apply_files(&mut state.project, &outcome.files);
                out.push('\n');
            }
            other => panic!("unknown directive {other}"),
        }
    }
    out.push_str(&dump(&mut state.db));
    out
}

#[test]
fn check() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/transcripts");
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut failures = Vec::new();
    let mut cases: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "txt")
                && !p.to_string_lossy().ends_with(".expected.txt")
        })
        .collect();
    cases.sort();
    for case in cases {
        let text = std::fs::read_to_string(&case).unwrap();
        let actual = run_case(&text);
        let expected_path = case.with_extension("expected.txt");
        if update {
            std::fs::write(&expected_path, &actual).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if expected != actual {
            failures.push(format!("{}:\n{actual}", case.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
