//! Conformance with the real Prisma 6.19.3 over the recorded schema corpus
//! (`tests/conformance/schema/cases/<name>.prisma`, recorded by `tests/oracle/record.mjs`;
//! record formats in `tests/conformance/README.md`). Three figures, as issue #3 defines them:
//! the valid/invalid verdict of `prisma validate`, its whole console text, and `prisma format`
//! (the formatted file, or the refusal text). It prints them and the differences.
//!
//! Issue #3's targets are 100% verdicts, at least 97% messages and 100% format. Until they
//! are met the test is a ratchet: it fails when agreement falls below today's figures, and
//! each fix raises the floor (`FLOOR_*` are counts of agreeing cases).

use seedbed_psl::format::format_checked;
use seedbed_psl::pretty::{render_format_refusal, render_validate};
use std::path::{Path, PathBuf};

const VERDICT_TARGET: f64 = 100.0;
const MESSAGE_TARGET: f64 = 97.0;
const FORMAT_TARGET: f64 = 100.0;
/// Agreeing cases measured on 2026-11-24 (of 1060 validate and 1060 format records).
const FLOOR_VERDICTS: usize = 1059;
const FLOOR_MESSAGES: usize = 1059;
const FLOOR_FORMATS: usize = 1059;

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/conformance/schema/cases")
}

/// A streams record: `exit: N`, `--- stdout`, the text, `--- stderr`, the text.
fn streams(exit: i32, stdout: &str, stderr: &str) -> String {
    format!("exit: {exit}\n--- stdout\n{stdout}--- stderr\n{stderr}")
}

/// What `prisma format` leaves as a record: the file after a success, the streams otherwise.
fn format_record(file: &str, source: &str) -> String {
    match format_checked(source) {
        Ok(formatted) => format!("exit: 0\n{formatted}"),
        Err((formatted, errors)) => {
            let text = render_format_refusal(file, &formatted, &errors);
            let (loaded, rest) = text.split_once('\n').unwrap_or((&text, ""));
            streams(1, &format!("{loaded}\n"), rest)
        }
    }
}

fn percent(agree: usize, total: usize) -> f64 {
    if total == 0 {
        100.0
    } else {
        agree as f64 * 100.0 / total as f64
    }
}

#[test]
fn validate_and_format_agree_with_prisma() {
    let mut cases: Vec<PathBuf> = std::fs::read_dir(corpus())
        .expect("the schema corpus exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "prisma"))
        .collect();
    cases.sort();
    let (mut verdicts, mut messages, mut validated) = (0, 0, 0);
    let (mut formats, mut formatted) = (0, 0);
    let mut differences = Vec::new();
    let known = known_differences();
    let mut known_seen = Vec::new();
    for case in &cases {
        let file = case
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let Ok(source) = std::fs::read_to_string(case) else {
            continue;
        };
        if let Ok(expected) = std::fs::read_to_string(case.with_extension("validate.txt")) {
            validated += 1;
            // The oracle ran without DATABASE_URL or any other variable set.
            let out = render_validate(&file, &source, &|_| None);
            let actual = streams(out.exit_code, &out.stdout, &out.stderr);
            let stem = file.trim_end_matches(".prisma");
            if known.contains(&(stem.to_owned(), "validate")) {
                known_seen.push((stem.to_owned(), "validate", expected == actual));
                validated -= 1;
            } else {
                if expected.lines().next() == actual.lines().next() {
                    verdicts += 1;
                }
                if expected == actual {
                    messages += 1;
                } else {
                    differences.push(format!(
                        "{file} (validate)\n--- prisma\n{expected}\n--- seedbed\n{actual}"
                    ));
                }
            }
        }
        if let Ok(expected) = std::fs::read_to_string(case.with_extension("format.txt")) {
            formatted += 1;
            let actual = format_record(&file, &source);
            let stem = file.trim_end_matches(".prisma");
            if known.contains(&(stem.to_owned(), "format")) {
                known_seen.push((stem.to_owned(), "format", expected == actual));
                formatted -= 1;
            } else if expected == actual {
                formats += 1;
            } else {
                differences.push(format!(
                    "{file} (format)\n--- prisma\n{expected}\n--- seedbed\n{actual}"
                ));
            }
        }
    }
    for (case, kind, agrees) in &known_seen {
        eprintln!("known difference (excluded, see KNOWN_DIFFERENCES.md): {case} ({kind})");
        assert!(
            !agrees,
            "{case} ({kind}) now agrees with Prisma: remove it from KNOWN_DIFFERENCES.md"
        );
    }
    assert_eq!(
        known_seen.len(),
        known.len(),
        "KNOWN_DIFFERENCES.md lists records that do not exist"
    );
    let (verdict, message, format) = (
        percent(verdicts, validated),
        percent(messages, validated),
        percent(formats, formatted),
    );
    eprintln!(
        "schema conformance over {} schemas: verdicts {verdicts}/{validated} ({verdict:.1}%), \
         validate output {messages}/{validated} ({message:.1}%), format {formats}/{formatted} ({format:.1}%)",
        cases.len()
    );
    // `CONFORMANCE_SHOW=N` prints more of the differences (default 15).
    let show = std::env::var("CONFORMANCE_SHOW")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(15);
    for d in differences.iter().take(show) {
        eprintln!("{d}");
    }
    assert!(
        cases.len() >= 400,
        "the corpus has {} schemas, fewer than 400",
        cases.len()
    );
    eprintln!(
        "targets: verdicts {VERDICT_TARGET}%, messages {MESSAGE_TARGET}%, format {FORMAT_TARGET}% (met: {})",
        verdict >= VERDICT_TARGET && message >= MESSAGE_TARGET && format >= FORMAT_TARGET
    );
    assert!(
        verdicts >= FLOOR_VERDICTS,
        "verdicts fell to {verdicts} from {FLOOR_VERDICTS}"
    );
    assert!(
        messages >= FLOOR_MESSAGES,
        "validate output fell to {messages} from {FLOOR_MESSAGES}"
    );
    assert!(
        formats >= FLOOR_FORMATS,
        "format fell to {formats} from {FLOOR_FORMATS}"
    );
    // Met, so held (over the records not listed as known differences).
    assert!(
        verdict >= VERDICT_TARGET && message >= MESSAGE_TARGET && format >= FORMAT_TARGET,
        "below target: verdicts {verdict:.1}%, validate output {message:.1}%, format {format:.1}%"
    );
}

/// `(case, "validate" | "format")` pairs listed in `KNOWN_DIFFERENCES.md`.
fn known_differences() -> Vec<(String, &'static str)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/conformance/schema/KNOWN_DIFFERENCES.md");
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    text.lines()
        .filter_map(|line| {
            let rest = line.strip_prefix("- `")?;
            let (case, after) = rest.split_once('`')?;
            let kind = if after.trim_start().starts_with("(format)") {
                "format"
            } else if after.trim_start().starts_with("(validate)") {
                "validate"
            } else {
                return None;
            };
            Some((case.to_owned(), kind))
        })
        .collect()
}
