//! Conformance with the real Prisma 6.19.3 over the recorded migrate corpus
//! (`tests/conformance/migrate/cases/<case>/`, recorded by `tests/oracle/record.mjs`):
//! for each case, calculate `from.prisma` (or nothing) and `to.prisma`, diff, and compare
//! the script with `expected.sql` and the summary with `expected.summary.txt`, byte for
//! byte. It prints the agreement and fails below the targets (issue #4: SQL text at least
//! 97%). Known differences, with their reasons, are listed in `crates/sql-schema/README.md`
//! (the one today: identifiers containing `"` are escaped, where Prisma writes invalid SQL).

use seedbed_sql_schema::{SqlSchema, calculate, diff};
use std::path::{Path, PathBuf};

const SQL_TARGET: f64 = 97.0;
const SUMMARY_TARGET: f64 = 97.0;

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/conformance/migrate/cases")
}

fn calculate_file(path: &Path) -> Option<SqlSchema> {
    let text = std::fs::read_to_string(path).ok()?;
    let validated = seedbed_psl::parse_and_validate(&text);
    (!validated.has_errors()).then(|| calculate(&validated))
}

/// What the CLI prints for an engine output: the text, its line ended, then the newline
/// `console.log` adds.
fn as_printed(mut text: String) -> String {
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text.push('\n');
    text
}

fn percent(agree: usize, total: usize) -> f64 {
    if total == 0 {
        100.0
    } else {
        agree as f64 * 100.0 / total as f64
    }
}

#[test]
fn migrate_diff_agrees_with_prisma() {
    let mut cases: Vec<PathBuf> = std::fs::read_dir(corpus())
        .expect("the migrate corpus exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join("expected.sql").is_file())
        .collect();
    cases.sort();
    let (mut sql_agree, mut summary_agree, mut summary_total) = (0, 0, 0);
    let mut differences = Vec::new();
    for case in &cases {
        let name = case
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let from = match case.join("from.prisma") {
            p if p.is_file() => calculate_file(&p),
            _ => Some(SqlSchema::default()),
        };
        let (Some(from), Some(to)) = (from, calculate_file(&case.join("to.prisma"))) else {
            differences.push(format!("{name}: Seedbed rejects a schema Prisma diffed"));
            continue;
        };
        let migration = diff(&from, &to);
        let expected = std::fs::read_to_string(case.join("expected.sql")).unwrap_or_default();
        let actual = as_printed(migration.script());
        if expected == actual {
            sql_agree += 1;
        } else {
            differences.push(format!(
                "{name}/expected.sql\n--- prisma\n{expected}--- seedbed\n{actual}"
            ));
        }
        if let Ok(expected) = std::fs::read_to_string(case.join("expected.summary.txt")) {
            summary_total += 1;
            let actual = as_printed(migration.summary());
            if expected == actual {
                summary_agree += 1;
            } else {
                differences.push(format!(
                    "{name}/expected.summary.txt\n--- prisma\n{expected}--- seedbed\n{actual}"
                ));
            }
        }
    }
    let sql = percent(sql_agree, cases.len());
    let summary = percent(summary_agree, summary_total);
    eprintln!(
        "migrate diff conformance: SQL {sql_agree}/{} ({sql:.1}%), summary {summary_agree}/{summary_total} ({summary:.1}%)",
        cases.len()
    );
    for d in differences.iter().take(20) {
        eprintln!("{d}");
    }
    assert!(
        cases.len() >= 200,
        "the corpus has {} cases, fewer than 200",
        cases.len()
    );
    assert!(
        sql >= SQL_TARGET,
        "SQL agreement {sql:.1}% is below {SQL_TARGET}%"
    );
    assert!(
        summary >= SUMMARY_TARGET,
        "summary agreement {summary:.1}% is below {SUMMARY_TARGET}%"
    );
}
