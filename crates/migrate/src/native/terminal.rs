//! Running a [`Job`] on a terminal: colours, questions answered on stdin (a re-run per
//! answer), files written back, and the generate/seed hooks.

use super::args::Job;
use super::{Hooks, SystemEnv, write_files};
use crate::commands::{Command, run};
use crate::outcome::{Answers, Question, Stream, Style};
use std::io::{BufRead, IsTerminal, Write};

fn paint(style: Style, text: &str, colour: bool) -> String {
    if !colour {
        return text.to_owned();
    }
    let code = match style {
        Style::Plain => return text.to_owned(),
        Style::Dim => "2",
        Style::Bold => "1",
        Style::Green => "32",
        Style::Red => "31",
        Style::Yellow => "33",
    };
    format!("\x1b[{code}m{text}\x1b[0m")
}

/// Runs the job, answering questions on the terminal, printing only lines not yet printed
/// (a re-run repeats the preamble).
pub(super) fn execute(mut job: Job, hooks: &mut dyn Hooks) -> i32 {
    let interactive = std::io::stdin().is_terminal() && std::env::var_os("CI").is_none();
    let colour = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let mut answers = Answers {
        interactive,
        ..Answers::default()
    };
    let mut env = SystemEnv;
    let mut printed: Vec<crate::outcome::Line> = Vec::new();
    loop {
        let outcome = run(
            &job.command,
            &job.folder.project,
            job.db.as_mut(),
            &mut env,
            &answers,
        );
        // A re-run after an answer repeats what was already shown (the preamble, the
        // warnings); print only what follows the part both runs share.
        let same = printed
            .iter()
            .zip(&outcome.lines)
            .take_while(|(a, b)| a == b)
            .count();
        for line in outcome.lines.iter().skip(same) {
            let text = paint(line.style, &line.text, colour);
            match line.stream {
                Stream::Stdout => {
                    if let (Some(out), Command::MigrateDiff { .. }) = (&job.output, &job.command) {
                        let _ = std::fs::write(
                            job.folder.schema_dir.join(out),
                            format!("{}\n", line.text),
                        );
                    } else {
                        println!("{text}");
                    }
                }
                Stream::Stderr => eprintln!("{text}"),
            }
        }
        printed = outcome.lines.clone();
        if let Err(e) = write_files(&job.folder.schema_dir, &outcome) {
            eprintln!("Error: {e}");
            return 1;
        }
        match &outcome.question {
            None if outcome.exit_code != 0 => return outcome.exit_code,
            None => {
                let dir = job.folder.schema_dir.clone();
                if outcome.run_generate {
                    let code = hooks.generate(&dir);
                    if code != 0 {
                        return code;
                    }
                }
                return if outcome.run_seed {
                    hooks.seed(&dir)
                } else {
                    0
                };
            }
            Some(Question::Confirm { prompt }) => {
                print!("✔ {prompt} (y/N) ");
                let _ = std::io::stdout().flush();
                let line = read_line();
                answers.confirm = Some(matches!(line.trim(), "y" | "Y" | "yes"));
            }
            Some(Question::MigrationName { prompt }) => {
                print!("✔ {prompt} ");
                let _ = std::io::stdout().flush();
                answers.name = Some(read_line().trim().to_owned());
            }
        }
    }
}

fn read_line() -> String {
    let mut line = String::new();
    let _ = std::io::stdin().lock().read_line(&mut line);
    line
}
