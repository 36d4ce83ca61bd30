//! `db push` conformance with the real Prisma 6.19.3 over the recorded migrate corpus
//! (`tests/conformance/migrate/cases/<case>/`, recorded by `tests/oracle/record.mjs`; record
//! formats in `tests/conformance/README.md`).
//!
//! Each case is replayed as the recorder ran it, on an in-memory SQLite: `db push` of
//! `from.prisma` (if any), then `data.sql` as one script, then `db push` of `to.prisma` —
//! `--skip-generate`, no `--accept-data-loss`, no terminal (non-interactive). Two figures:
//!
//! - **schema**: the database's `sqlite_master` dumped as `push.schema.sql` was (same query,
//!   same layout; no normalisation), byte for byte. Target 100%.
//! - **output**: the `push.txt` streams record (exit code, stdout, stderr, setup lines),
//!   byte for byte after the normalisations in [`normalise`]. Target 97%.
//!
//! The suite is a ratchet: it fails below `FLOOR_*` (counts of agreeing cases) and below the
//! targets. Every remaining difference is listed, with its reason, in
//! `tests/conformance/migrate/KNOWN_DIFFERENCES.md`; a difference that is not listed fails,
//! and so does a listed case that starts agreeing (remove it from the list).
//! `cargo test -p seedbed-migrate --test push_conformance -- --nocapture` prints the figures
//! and every difference.

use seedbed_db::{Db, SqliteDb};
use seedbed_migrate::apply::failure_logs;
use seedbed_migrate::{Answers, Command, FixedEnv, Outcome, Project, Stream, run};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

const SCHEMA_TARGET: f64 = 100.0;
const OUTPUT_TARGET: f64 = 97.0;
/// Agreeing cases (of 295) measured on 2026-11-24. The output target is met and asserted;
/// the schema target is not (3 listed differences), so its floor ratchets.
const FLOOR_SCHEMAS: usize = 292;
const FLOOR_OUTPUTS: usize = 295;

fn conformance_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/conformance/migrate")
}

/// A streams record: `exit: N`, `--- stdout`, the text, `--- stderr`, the text.
fn streams(outcome: &Outcome) -> String {
    let (mut stdout, mut stderr) = (String::new(), String::new());
    for line in &outcome.lines {
        // The native shell prints every line with `println!`/`eprintln!`.
        let stream = match line.stream {
            Stream::Stdout => &mut stdout,
            Stream::Stderr => &mut stderr,
        };
        stream.push_str(&line.text);
        stream.push('\n');
    }
    format!(
        "exit: {}\n--- stdout\n{stdout}--- stderr\n{stderr}",
        outcome.exit_code
    )
}

/// `db push --schema schema.prisma --skip-generate` as the recorder ran it: CI, no TTY.
fn push(db: &mut SqliteDb, schema: String) -> Outcome {
    let project = Project {
        schema_path: "schema.prisma".into(),
        // The oracle connects through the libsql adapter, which creates the file silently:
        // Prisma never prints "SQLite database dev.db created at …" there.
        database_exists: true,
        ..Project::new(schema)
    };
    let command = Command::DbPush {
        accept_data_loss: false,
        force_reset: false,
        skip_generate: true,
    };
    let answers = Answers {
        interactive: false,
        ..Answers::default()
    };
    run(&command, &project, db, &mut FixedEnv::new(), &answers)
}

/// `SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid`, laid out as
/// `dumpSqliteMaster` in `record.mjs` lays it out.
fn dump_sqlite_master(db: &mut SqliteDb) -> String {
    let rows = match db.query(
        "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid",
        &[],
    ) {
        Ok(rows) => rows,
        Err(err) => return format!("-- dump failed: {err}\n"),
    };
    let mut out = String::new();
    for row in &rows.rows {
        let text = |i: usize| {
            row.get(i)
                .and_then(|v| v.as_str())
                .unwrap_or_default()
                .to_owned()
        };
        match row.get(3).and_then(|v| v.as_str()) {
            Some(sql) => out.push_str(&format!("{sql};\n")),
            None => out.push_str(&format!(
                "-- {} {} on {} (no SQL)\n",
                text(0),
                text(1),
                text(2)
            )),
        }
    }
    out
}

/// Replays one case: the `push.txt` record and the `push.schema.sql` dump Seedbed gives.
fn replay(case: &Path) -> (String, String) {
    let mut db = SqliteDb::open_in_memory().expect("an in-memory database");
    let mut record = String::new();
    if let Ok(from) = std::fs::read_to_string(case.join("from.prisma")) {
        let setup = push(&mut db, from);
        if setup.exit_code != 0 {
            record.push_str("# setup: db push of from.prisma failed\n");
            record.push_str(&streams(&setup));
        }
    }
    if let Ok(data) = std::fs::read_to_string(case.join("data.sql"))
        && let Err(err) = db.execute_batch(&data)
    {
        // libsql's message: SQLite's result-code name, then SQLite's text.
        record.push_str(&format!(
            "# setup: data.sql failed: {}\n",
            failure_logs(&err)
        ));
    }
    let to = std::fs::read_to_string(case.join("to.prisma")).unwrap_or_default();
    record.push_str(&streams(&push(&mut db, to)));
    (record, dump_sqlite_master(&mut db))
}

/// The rewrites applied to both records before comparing, for what Seedbed cannot
/// reproduce. Everything else is compared as printed.
///
/// - **Datasource line** (README N4): the oracle connected through a driver adapter and
///   printed `… SQLite database "dev.db" using driver adapter "@prisma/adapter-libsql"`;
///   a project without one (Seedbed) prints `… SQLite database "dev.db" at "file:./dev.db"`.
///   Both become `… SQLite database "dev.db" <location>`.
/// - **Timings** (README N3): `Done in <n>ms` becomes `Done in XXms` (the record already
///   has it; Seedbed's clock is fixed).
/// - **Engine backtrace**: after `Error: SQLITE_…` the wasm engine prints its span trace
///   (`   0: sql_schema_connector::…`, `with step=…`, `at schema-engine/…`), engine
///   internals that Seedbed has no equivalent of. Those lines are dropped.
fn normalise(record: &str) -> String {
    let mut out = String::new();
    for line in record.split_inclusive('\n') {
        if is_backtrace(line) {
            continue;
        }
        if line.starts_with("Datasource \"")
            && let Some(at) = line
                .find(" using driver adapter ")
                .or_else(|| line.find(" at \""))
        {
            out.push_str(&line[..at]);
            out.push_str(" <location>\n");
            continue;
        }
        match line.split_once("Done in ") {
            Some((head, rest)) => {
                let unit = rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == 'X');
                out.push_str(&format!("{head}Done in XX{unit}"));
            }
            None => out.push_str(line),
        }
    }
    out
}

fn is_backtrace(line: &str) -> bool {
    let trimmed = line.trim_start();
    if trimmed.len() == line.len() {
        return false;
    }
    let numbered = trimmed
        .split_once(": ")
        .is_some_and(|(n, rest)| n.parse::<u32>().is_ok() && rest.contains("::"));
    numbered || trimmed.starts_with("with step=") || trimmed.starts_with("at schema-engine/")
}

/// `- \`case\` (schema|output): reason` lines of `KNOWN_DIFFERENCES.md`, as
/// `(case, aspect)` pairs; other aspects (`migrate diff SQL`) are not this suite's.
fn known_differences() -> BTreeSet<(String, String)> {
    let text =
        std::fs::read_to_string(conformance_dir().join("KNOWN_DIFFERENCES.md")).unwrap_or_default();
    let mut out = BTreeSet::new();
    for line in text.lines() {
        let Some(rest) = line.strip_prefix("- `") else {
            continue;
        };
        let Some((name, rest)) = rest.split_once("` (") else {
            continue;
        };
        let Some((aspects, _)) = rest.split_once(')') else {
            continue;
        };
        for aspect in aspects.split(',').map(str::trim) {
            if aspect == "schema" || aspect == "output" {
                out.insert((name.to_owned(), aspect.to_owned()));
            }
        }
    }
    out
}

fn percent(agree: usize, total: usize) -> f64 {
    if total == 0 {
        100.0
    } else {
        agree as f64 * 100.0 / total as f64
    }
}

#[test]
fn db_push_agrees_with_prisma() {
    let mut cases: Vec<PathBuf> = std::fs::read_dir(conformance_dir().join("cases"))
        .expect("the migrate corpus exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join("push.txt").is_file() && p.join("push.schema.sql").is_file())
        .collect();
    cases.sort();
    let (mut schemas, mut outputs) = (0, 0);
    let mut differing = BTreeSet::new();
    let mut report = Vec::new();
    for case in &cases {
        let name = case
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let (record, schema) = replay(case);
        let expected_schema =
            std::fs::read_to_string(case.join("push.schema.sql")).unwrap_or_default();
        if schema == expected_schema {
            schemas += 1;
        } else {
            differing.insert((name.clone(), "schema".to_owned()));
            report.push(format!(
                "{name}/push.schema.sql\n--- prisma\n{expected_schema}--- seedbed\n{schema}"
            ));
        }
        let expected =
            normalise(&std::fs::read_to_string(case.join("push.txt")).unwrap_or_default());
        let actual = normalise(&record);
        if actual == expected {
            outputs += 1;
        } else {
            differing.insert((name.clone(), "output".to_owned()));
            report.push(format!(
                "{name}/push.txt\n--- prisma\n{expected}--- seedbed\n{actual}"
            ));
        }
    }
    let total = cases.len();
    let (schema_pct, output_pct) = (percent(schemas, total), percent(outputs, total));
    eprintln!(
        "db push conformance over {total} cases: schema {schemas}/{total} ({schema_pct:.1}%), \
         output {outputs}/{total} ({output_pct:.1}%)"
    );
    for difference in &report {
        eprintln!("{difference}");
    }
    let known = known_differences();
    let unlisted: Vec<_> = differing.difference(&known).collect();
    let now_agreeing: Vec<_> = known.difference(&differing).collect();
    eprintln!(
        "targets: schema {SCHEMA_TARGET}%, output {OUTPUT_TARGET}% (met: {})",
        schema_pct >= SCHEMA_TARGET && output_pct >= OUTPUT_TARGET
    );
    assert!(total >= 290, "the corpus has {total} cases, fewer than 290");
    assert!(
        schemas >= FLOOR_SCHEMAS,
        "schemas fell to {schemas} from {FLOOR_SCHEMAS}"
    );
    assert!(
        outputs >= FLOOR_OUTPUTS,
        "outputs fell to {outputs} from {FLOOR_OUTPUTS}"
    );
    assert!(
        output_pct >= OUTPUT_TARGET,
        "output agreement {output_pct:.1}% is below the target {OUTPUT_TARGET}%"
    );
    assert!(
        unlisted.is_empty(),
        "differences not in KNOWN_DIFFERENCES.md: {unlisted:?}"
    );
    assert!(
        now_agreeing.is_empty(),
        "listed in KNOWN_DIFFERENCES.md but agreeing now (remove them): {now_agreeing:?}"
    );
}
