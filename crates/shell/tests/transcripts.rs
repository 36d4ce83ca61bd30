//! Terminal transcripts: each `tests/transcripts/*.session` file is a learner's session
//! (files written, commands typed, questions answered) with the terminal's output under
//! each command. One `check` function replays every file on a fresh project and an
//! in-memory database, with a fixed clock, and compares the whole transcript;
//! `UPDATE_EXPECT=1` rewrites the files with what the terminal printed.
//!
//! Input lines: `$ command`, `? yes` / `? no` / `? name` (answer to the question the
//! previous command asked), and `--- write PATH` … `--- end` (a file's new contents).
//! Everything else is output and is regenerated. Output lines that would look like input
//! are written with a leading `\`.

use seedbed_db::SqliteDb;
use seedbed_migrate::{Answers, FixedEnv, Question};
use seedbed_shell::{Host, ProjectFiles, Reply, Session, run_line};
use std::path::Path;

struct FixedClock;

impl Host for FixedClock {
    fn now_ms(&mut self) -> f64 {
        0.0
    }
}

enum Step {
    Command(String),
    Answer(String),
    Write(String, String),
}

fn steps(text: &str) -> Vec<Step> {
    let mut steps = Vec::new();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        if let Some(cmd) = line.strip_prefix("$ ") {
            steps.push(Step::Command(cmd.to_owned()));
        } else if let Some(answer) = line.strip_prefix("? ") {
            steps.push(Step::Answer(answer.to_owned()));
        } else if let Some(path) = line.strip_prefix("--- write ") {
            let mut contents = String::new();
            for body in lines.by_ref() {
                if body == "--- end" {
                    break;
                }
                contents.push_str(body);
                contents.push('\n');
            }
            steps.push(Step::Write(path.to_owned(), contents));
        }
    }
    steps
}

fn escape(line: &str) -> String {
    if line.starts_with("$ ")
        || line.starts_with("? ")
        || line.starts_with("--- ")
        || line.starts_with('\\')
    {
        format!("\\{line}")
    } else {
        line.to_owned()
    }
}

fn describe(reply: &Reply, out: &mut String) {
    for line in &reply.lines {
        let mark = if line.stream == seedbed_migrate::Stream::Stderr {
            "!"
        } else {
            ""
        };
        for text in line.text.split('\n') {
            out.push_str(&escape(&format!("{mark}{text}")));
            out.push('\n');
        }
    }
    if reply.exit_code != 0 {
        out.push_str(&format!("[exit {}]\n", reply.exit_code));
    }
    match &reply.question {
        Some(Question::Confirm { prompt }) => out.push_str(&format!("[confirm: {prompt}]\n")),
        Some(Question::MigrationName { prompt }) => out.push_str(&format!("[name: {prompt}]\n")),
        None => {}
    }
    if let Some(client) = &reply.generated {
        out.push_str(&format!(
            "[client generated: {} lines of declarations]\n",
            client.declarations.lines().count()
        ));
    }
    if let Some(seed) = &reply.seed {
        out.push_str(&format!(
            "[seed script {} args {:?}]\n",
            seed.script_path, seed.args
        ));
    }
}

fn replay(text: &str) -> String {
    let mut files = ProjectFiles::default();
    let mut db = SqliteDb::open_in_memory().expect("sqlite");
    let mut env = FixedEnv::new();
    let mut clock = FixedClock;
    let mut out = String::new();
    let mut last: Option<String> = None;
    for step in steps(text) {
        match step {
            Step::Write(path, contents) => {
                out.push_str(&format!("--- write {path}\n{contents}--- end\n"));
                files.write(&path, &contents);
            }
            Step::Command(line) => {
                out.push_str(&format!("$ {line}\n"));
                let answers = Answers {
                    interactive: true,
                    ..Answers::default()
                };
                let mut session = Session {
                    files: &mut files,
                    db: &mut db,
                    env: &mut env,
                    host: &mut clock,
                    answers: &answers,
                };
                let reply = run_line(&line, &mut session);
                describe(&reply, &mut out);
                last = Some(line);
            }
            Step::Answer(answer) => {
                out.push_str(&format!("? {answer}\n"));
                let Some(line) = &last else { continue };
                let answers = Answers {
                    interactive: true,
                    confirm: Some(answer == "yes"),
                    name: Some(answer.clone()),
                };
                let mut session = Session {
                    files: &mut files,
                    db: &mut db,
                    env: &mut env,
                    host: &mut clock,
                    answers: &answers,
                };
                let reply = run_line(line, &mut session);
                describe(&reply, &mut out);
            }
        }
    }
    out.push_str("--- files\n");
    for path in files.files.keys() {
        out.push_str(&format!("{path}\n"));
    }
    out
}

fn check(path: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    // The file list at the end is output too.
    let input = text.split("--- files\n").next().unwrap_or(&text);
    let actual = replay(input);
    if actual == text {
        return Ok(());
    }
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(path, &actual).map_err(|e| e.to_string())?;
        return Ok(());
    }
    let first = text
        .lines()
        .zip(actual.lines())
        .position(|(a, b)| a != b)
        .unwrap_or(0);
    Err(format!(
        "{}: transcript differs from line {} (UPDATE_EXPECT=1 rewrites it)\nexpected: {:?}\nactual:   {:?}",
        path.display(),
        first + 1,
        text.lines().nth(first),
        actual.lines().nth(first)
    ))
}

#[test]
fn transcripts() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/transcripts");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "session"))
        .collect();
    paths.sort();
    assert!(
        paths.len() >= 5,
        "expected transcripts in {}",
        dir.display()
    );
    let failures: Vec<String> = paths.iter().filter_map(|p| check(p).err()).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
