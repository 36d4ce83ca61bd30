//! The recorded corpus: `tests/conformance/introspect/cases/<name>.sql` run through the real
//! Prisma 6.19.3 `db pull --print` (`<name>.pulled.prisma`, `<name>.pull.txt`, recorded by
//! `tests/oracle/record.mjs`). Each case is replayed through [`db_pull_with`] and compared
//! byte for byte (stdout and stderr).
//!
//! The corpus is Prisma's output and is never rewritten here. Cases we do not match yet are
//! listed in `conformance.known.txt` (ours, `UPDATE_EXPECT=1` rewrites it): the test fails on
//! a regression (a case outside the list that differs) and reports the agreement.

mod common;

use common::*;
use seedbed_db::{Db, SqliteDb};
use seedbed_introspect::{PullOptions, db_pull_with};
use std::collections::BTreeSet;
use std::path::PathBuf;

fn cases_dir() -> PathBuf {
    crate_dir().join("../../tests/conformance/introspect/cases")
}

/// The schema the recorder writes before pulling (`MIN_SCHEMA` in record.mjs).
fn minimal_schema(sql: &str) -> String {
    let preview: Vec<String> = sql
        .lines()
        .find_map(|l| {
            let rest = l.trim().strip_prefix("--")?.trim();
            let value = rest
                .strip_prefix("preview_features")?
                .trim()
                .strip_prefix('=')?;
            Some(
                value
                    .split(',')
                    .map(|s| s.trim().to_owned())
                    .filter(|s| !s.is_empty())
                    .collect(),
            )
        })
        .unwrap_or_default();
    let mut out = String::new();
    if !preview.is_empty() {
        let list: Vec<String> = preview.iter().map(|p| format!("\"{p}\"")).collect();
        out.push_str(&format!(
            "generator client {{\n  provider        = \"prisma-client-js\"\n  previewFeatures = [{}]\n}}\n\n",
            list.join(", ")
        ));
    }
    out.push_str("datasource db {\n  provider = \"sqlite\"\n  url      = \"file:./dev.db\"\n}\n");
    out
}

/// Runs one case; `Ok(None)` when it has no recording yet.
fn run_case(name: &str) -> Result<Option<()>, String> {
    let dir = cases_dir();
    let Some(txt) = recorded_txt(name) else {
        return Ok(None);
    };
    if txt.starts_with("# setup") {
        return Ok(None);
    }
    let sql = std::fs::read_to_string(dir.join(format!("{name}.sql"))).unwrap_or_default();
    let mut db = SqliteDb::open_in_memory().map_err(|e| e.to_string())?;
    db.execute_batch(&sql)
        .map_err(|e| format!("{name}: setup failed: {e}"))?;
    let input = std::fs::read_to_string(dir.join(format!("{name}.input.prisma")))
        .unwrap_or_else(|_| minimal_schema(&sql));
    let options = PullOptions {
        schema_path: "schema.prisma".into(),
        print: true,
        ..PullOptions::default()
    };
    let outcome = db_pull_with(&mut db, Some(&input), &options);
    let mut problems = String::new();
    if let Some(pulled) = recorded_pulled(name) {
        if outcome.stdout != pulled {
            problems.push_str(&format!("stdout:\n{}", diff(&pulled, &outcome.stdout)));
        }
        let stderr = txt.split_once("--- stderr\n").map_or("", |(_, s)| s);
        if outcome.exit_code != 0 || outcome.stderr != stderr {
            problems.push_str(&format!(
                "stderr (exit {}):\n{}",
                outcome.exit_code,
                diff(stderr, &outcome.stderr)
            ));
        }
    } else {
        let mine = format!(
            "exit: {}\n--- stdout\n{}--- stderr\n{}",
            outcome.exit_code, outcome.stdout, outcome.stderr
        );
        if mine.trim_end() != txt.trim_end() {
            problems.push_str(&format!("console:\n{}", diff(&txt, &mine)));
        }
    }
    if problems.is_empty() {
        Ok(Some(()))
    } else {
        Err(format!("=== {name}\n{problems}"))
    }
}

/// `SEEDBED_INTROSPECT_ORACLE=<dir>`: compare with `<dir>/<name>.stdout` and
/// `<dir>/<name>.stderr` (`exit: N` then stderr) from a private oracle run instead of the
/// committed records, to measure agreement before the records land. Report only.
fn oracle_dir() -> Option<PathBuf> {
    std::env::var_os("SEEDBED_INTROSPECT_ORACLE").map(PathBuf::from)
}

fn recorded_txt(name: &str) -> Option<String> {
    match oracle_dir() {
        Some(dir) => {
            let err = std::fs::read_to_string(dir.join(format!("{name}.stderr"))).ok()?;
            let (exit, stderr) = err.split_once('\n').unwrap_or((&err, ""));
            let out =
                std::fs::read_to_string(dir.join(format!("{name}.stdout"))).unwrap_or_default();
            Some(if exit == "exit: 0" {
                format!("exit: 0\n--- stderr\n{stderr}")
            } else {
                format!("{exit}\n--- stdout\n{out}--- stderr\n{stderr}")
            })
        }
        None => std::fs::read_to_string(cases_dir().join(format!("{name}.pull.txt"))).ok(),
    }
}

fn recorded_pulled(name: &str) -> Option<String> {
    match oracle_dir() {
        Some(dir) => {
            let err = std::fs::read_to_string(dir.join(format!("{name}.stderr"))).ok()?;
            if !err.starts_with("exit: 0") {
                return None;
            }
            std::fs::read_to_string(dir.join(format!("{name}.stdout"))).ok()
        }
        None => std::fs::read_to_string(cases_dir().join(format!("{name}.pulled.prisma"))).ok(),
    }
}

#[test]
fn recorded_corpus() {
    let dir = cases_dir();
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("no corpus at {}", dir.display());
        return;
    };
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let n = e.file_name().to_string_lossy().into_owned();
            n.strip_suffix(".sql").map(str::to_owned)
        })
        .collect();
    names.sort();
    let known_path = crate_dir().join("tests/conformance.known.txt");
    let known: BTreeSet<String> = std::fs::read_to_string(&known_path)
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(str::to_owned)
        .collect();
    let (mut matched, mut recorded) = (0, 0);
    let mut failing = BTreeSet::new();
    let mut report = String::new();
    for name in &names {
        match run_case(name) {
            Ok(None) => {}
            Ok(Some(())) => {
                recorded += 1;
                matched += 1;
            }
            Err(e) => {
                recorded += 1;
                failing.insert(name.clone());
                report.push_str(&e);
            }
        }
    }
    eprintln!("{report}");
    eprintln!("introspection corpus: {matched} of {recorded} recorded cases match Prisma 6.19.3");
    if oracle_dir().is_some() {
        return;
    }
    if updating() {
        let mut text = String::from(
            "# Corpus cases whose output differs from Prisma's (see README \"Known differences\").\n",
        );
        for f in &failing {
            text.push_str(f);
            text.push('\n');
        }
        std::fs::write(&known_path, text).unwrap();
        return;
    }
    let regressions: Vec<&String> = failing.difference(&known).collect();
    assert!(
        regressions.is_empty(),
        "cases that no longer match: {regressions:?}"
    );
}
