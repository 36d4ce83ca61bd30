//! Walks every lesson end to end without a browser: the lesson's starting project and an
//! in-memory database, each step's solution run through the real terminal
//! (`seedbed_shell::run_line`), and the step's check evaluated on the resulting state, in
//! every language. Before the solution (and after a step's `wrong` actions) the check must
//! fail with the step's hint, so no check passes vacuously.
//!
//! The stand-ins: a seed script (JavaScript, run by the page in its sandbox) is replaced by
//! the lesson's `nativeSeedSql` file, and a mutation in the partial-refresh lab by the
//! action's `nativeSql` file. `LESSON_TRANSCRIPT=1` prints what the terminal
//! printed, to write lesson texts from.

use seedbed_db::{Db, SqliteDb, Value};
use seedbed_lessons::{
    Action, LESSON_LANGUAGES, Lesson, Verdict, World, WorldCommand, WorldMigration, WorldTable,
    evaluate,
};
use seedbed_migrate::{Answers, FixedEnv};
use seedbed_shell::{Host, ProjectFiles, Session, run_line};

struct Clock;

impl Host for Clock {
    fn now_ms(&mut self) -> f64 {
        0.0
    }
}

struct Playground {
    files: ProjectFiles,
    db: SqliteDb,
    env: FixedEnv,
    client: Option<String>,
    history: Vec<WorldCommand>,
    transcript: String,
}

impl Playground {
    fn new(lesson: &Lesson) -> Self {
        Playground {
            files: ProjectFiles {
                files: lesson.project.clone(),
                database_exists: false,
            },
            db: SqliteDb::open_in_memory().expect("sqlite"),
            env: FixedEnv::new(),
            client: None,
            history: Vec::new(),
            transcript: String::new(),
        }
    }

    fn run(&mut self, lesson: &Lesson, line: &str, answer: Option<&str>) {
        let mut answers = Answers {
            interactive: true,
            ..Answers::default()
        };
        let mut reply = self.run_once(line, &answers);
        if reply.question.is_some()
            && let Some(answer) = answer
        {
            self.transcript.push_str(&format!("? {answer}\n"));
            answers.confirm = Some(answer == "yes");
            answers.name = Some(answer.to_owned());
            reply = self.run_once(line, &answers);
        }
        if let Some(client) = &reply.generated {
            self.client = Some(client.schema.clone());
        }
        if reply.seed.is_some() {
            let script = self.files.read("prisma/seed.ts").unwrap_or_default();
            let sql = lesson
                .native_seed_sql
                .iter()
                .find(|(js, _)| lesson.files.get(*js).is_some_and(|t| t == script))
                .and_then(|(_, sql)| lesson.files.get(sql))
                .unwrap_or_else(|| panic!("{}: a seed ran but no nativeSeedSql for it", lesson.id));
            self.db
                .execute_batch(sql)
                .expect("the native seed SQL runs");
            self.transcript.push_str("[seed script run natively]\n");
        }
        self.history.push(WorldCommand {
            line: line.to_owned(),
            exit_code: reply.exit_code,
        });
    }

    fn run_once(&mut self, line: &str, answers: &Answers) -> seedbed_shell::Reply {
        let mut clock = Clock;
        let mut session = Session {
            files: &mut self.files,
            db: &mut self.db,
            env: &mut self.env,
            host: &mut clock,
            answers,
        };
        let reply = run_line(line, &mut session);
        self.transcript
            .push_str(&format!("$ {line}\n{}", reply.text()));
        if reply.exit_code != 0 {
            self.transcript
                .push_str(&format!("[exit {}]\n", reply.exit_code));
        }
        if let Some(q) = &reply.question {
            self.transcript.push_str(&format!("[question {q:?}]\n"));
        }
        reply
    }

    fn act(&mut self, lesson: &Lesson, action: &Action) {
        if let Some(path) = &action.write {
            let path = &Lesson::resolve_line(path, self.files.files.keys());
            let text = lesson.action_text(action).expect("checked by load");
            self.transcript.push_str(&format!("--- write {path}\n"));
            assert!(self.files.write(path, text));
        }
        if action.lab.is_some() {
            let sql = action
                .native_sql
                .as_ref()
                .and_then(|f| lesson.files.get(f))
                .expect("checked by load");
            self.db
                .execute_batch(sql)
                .expect("the lab's stand-in SQL runs");
            self.transcript
                .push_str(&format!("[lab {:?}]\n", action.lab));
        }
        if let Some(line) = &action.run {
            let line = Lesson::resolve_line(line, self.files.files.keys());
            self.run(lesson, &line, action.answer.as_deref());
        }
    }

    fn world(&mut self) -> World {
        let names = self
            .db
            .query(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
                &[],
            )
            .expect("tables");
        let mut tables = Vec::new();
        for row in names.rows {
            let Some(Value::Text(name)) = row.into_iter().next() else {
                continue;
            };
            let count = self
                .db
                .query(&format!("SELECT count(*) FROM \"{name}\""), &[])
                .expect("count");
            let row_count = count
                .rows
                .first()
                .and_then(|r| r.first())
                .and_then(Value::as_i64)
                .unwrap_or(0);
            tables.push(WorldTable { name, row_count });
        }
        let migrations = seedbed_shell::overview::overview(&self.files, &mut self.db)
            .migrations
            .into_iter()
            .map(|m| WorldMigration {
                name: m.name,
                status: serde_json::to_value(m.status)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default(),
            })
            .collect();
        World {
            schema_text: self.files.schema().to_owned(),
            schema: seedbed_lessons::SchemaFacts::of(self.files.schema()),
            files: self.files.files.clone(),
            terminal_history: self.history.clone(),
            tables,
            migrations,
            client_generated_schema: self.client.clone(),
        }
    }
}

fn walk(lesson: &Lesson, language: &str) -> Result<String, String> {
    let mut p = Playground::new(lesson);
    for (i, step) in lesson.steps.iter().enumerate() {
        let n = i + 1;
        p.history.clear();
        p.transcript.push_str(&format!("=== step {n}\n"));
        let before = p.world();
        let fails = |world: &World, when: &str| -> Result<(), String> {
            match evaluate(&step.check, &step.hint, world, language) {
                Verdict::Fail { hint } if hint == step.hint.get(language) && !hint.is_empty() => {
                    Ok(())
                }
                other => Err(format!(
                    "{} step {n} ({language}): the check should fail {when}, got {other:?}",
                    lesson.id
                )),
            }
        };
        fails(&before, "before the step is done")?;
        for action in &step.wrong {
            p.act(lesson, action);
        }
        if !step.wrong.is_empty() {
            let after_wrong = p.world();
            fails(&after_wrong, "after the wrong action")?;
            p.history.clear();
        }
        if step.solution.is_empty() {
            return Err(format!("{} step {n}: no solution", lesson.id));
        }
        for action in &step.solution {
            p.act(lesson, action);
        }
        let after = p.world();
        if !evaluate(&step.check, &step.hint, &after, language).passed() {
            return Err(format!(
                "{} step {n} ({language}): the check fails after the solution\n{}\nworld: tables {:?}, migrations {:?}, history {:?}",
                lesson.id, p.transcript, after.tables, after.migrations, after.terminal_history
            ));
        }
    }
    Ok(p.transcript)
}

fn all_lessons() -> Vec<Lesson> {
    seedbed_lessons::EMBEDDED
        .iter()
        .map(|(folder, files)| {
            seedbed_lessons::load(folder, files).unwrap_or_else(|e| panic!("{e}"))
        })
        .collect()
}

#[test]
fn every_lesson_walks_end_to_end_in_every_language() {
    let lessons = all_lessons();
    let mut failures = Vec::new();
    for lesson in &lessons {
        for language in LESSON_LANGUAGES {
            match walk(lesson, language) {
                Ok(transcript) => {
                    if std::env::var_os("LESSON_TRANSCRIPT").is_some() && *language == "en" {
                        println!("##### {}\n{transcript}", lesson.id);
                    }
                }
                Err(e) => failures.push(e),
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    assert!(lessons.len() >= 7, "lessons found: {}", lessons.len());
}

#[test]
fn every_text_exists_in_every_language() {
    let mut missing = Vec::new();
    for lesson in all_lessons() {
        for (label, text) in lesson.texts() {
            for language in LESSON_LANGUAGES {
                if !text.has(language) {
                    missing.push(format!("{} {label}: no {language}", lesson.id));
                }
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn lesson_ids_are_ordered_and_unique() {
    let lessons = all_lessons();
    let mut ids: Vec<&str> = lessons.iter().map(|l| l.id.as_str()).collect();
    ids.dedup();
    assert_eq!(ids.len(), lessons.len());
    for lesson in &lessons {
        let number = lesson.id.split('-').next().unwrap_or_default();
        assert!(
            number.len() == 2 && number.chars().all(|c| c.is_ascii_digit()),
            "{}: folders are NN-slug",
            lesson.id
        );
        assert!(!lesson.steps.is_empty(), "{}: no steps", lesson.id);
        assert!(
            lesson.project.contains_key("prisma/schema.prisma"),
            "{}: the starting project needs prisma/schema.prisma",
            lesson.id
        );
    }
}
