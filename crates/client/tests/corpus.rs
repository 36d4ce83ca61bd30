//! The data-driven corpus: every `tests/cases/*.json` file is a list of cases
//! `{name, schema, model, operation, args}` (or `{name, schema, transaction: [[model, op, args], …]}`)
//! with the expected `result` or `error` beside them, run against a fresh, seeded in-memory
//! database. `UPDATE_EXPECT=1 cargo test -p seedbed-client` rewrites the expectations;
//! review the diff by hand: the expectations are our claims about Prisma's behaviour.

use seedbed_client::{Ctx, execute, transaction};
use seedbed_db::{Db, SqliteDb};
use serde_json::{Value as Json, json};
use std::path::Path;

/// 2024-01-01T00:00:00.000Z, the clock every case sees.
const NOW: i64 = 1_704_067_200_000;

fn open(schema_name: &str) -> (SqliteDb, seedbed_psl::ValidatedSchema) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let text = std::fs::read_to_string(dir.join(format!("{schema_name}.prisma"))).unwrap();
    let schema = seedbed_psl::parse_and_validate(&text);
    assert!(
        !schema.has_errors(),
        "{:?}",
        schema.errors().collect::<Vec<_>>()
    );
    let calculated = seedbed_sql_schema::calculate(&schema);
    let empty = seedbed_sql_schema::SqlSchema::default();
    let script = seedbed_sql_schema::diff(&empty, &calculated).script();
    let mut db = SqliteDb::open_in_memory().unwrap();
    db.execute_batch(&script).unwrap();
    let seed = std::fs::read_to_string(dir.join(format!("{schema_name}.sql"))).unwrap();
    db.execute_batch(&seed).unwrap();
    (db, schema)
}

fn run_case(case: &Json) -> Json {
    let schema_name = case["schema"].as_str().unwrap_or("blog");
    let (mut db, schema) = open(schema_name);
    let mut ctx = Ctx::new(NOW, 42);
    let outcome = if let Some(ops) = case.get("transaction").and_then(Json::as_array) {
        let ops: Vec<(String, String, Json)> = ops
            .iter()
            .map(|o| {
                (
                    o[0].as_str().unwrap_or("").to_owned(),
                    o[1].as_str().unwrap_or("").to_owned(),
                    o[2].clone(),
                )
            })
            .collect();
        transaction(&mut db, &schema, &ops, &mut ctx).map(Json::from)
    } else {
        execute(
            &mut db,
            &schema,
            case["model"].as_str().unwrap_or(""),
            case["operation"].as_str().unwrap_or(""),
            case["args"].clone(),
            &mut ctx,
        )
    };
    let mut out = match outcome {
        Ok(v) => json!({ "result": v }),
        Err(e) => json!({ "error": e.to_json() }),
    };
    // Writes: what the table holds afterwards, to show that effects (and rollbacks) happened.
    if let Some(after) = case.get("after") {
        let model = after["model"].as_str().unwrap_or("");
        let mut ctx = Ctx::new(NOW, 1);
        let state = execute(
            &mut db,
            &schema,
            model,
            "findMany",
            after["args"].clone(),
            &mut ctx,
        );
        out["after_result"] = state.unwrap_or_else(|e| e.to_json());
    }
    out
}

/// JSON text with keys in order (`Json`'s equality ignores key order).
fn as_text(v: &Json) -> String {
    serde_json::to_string(v).unwrap_or_default()
}

#[test]
fn corpus() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let update = std::env::var("UPDATE_EXPECT").is_ok_and(|v| v == "1");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    let mut failures = Vec::new();
    let mut total = 0;
    for file in files
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
    {
        let text = std::fs::read_to_string(file).unwrap();
        let mut cases: Vec<Json> =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        for case in cases.iter_mut() {
            total += 1;
            let got = run_case(case);
            let mut expected = json!({});
            for k in ["result", "error", "after_result"] {
                if let Some(v) = case.get(k) {
                    expected[k] = v.clone();
                }
            }
            // Compared as text: key order is part of Prisma's result shape (Map equality
            // ignores it).
            if as_text(&got) != as_text(&expected) {
                if update {
                    let o = case.as_object_mut().unwrap();
                    for k in ["result", "error", "after_result"] {
                        o.remove(k);
                    }
                    for (k, v) in got.as_object().unwrap() {
                        o.insert(k.clone(), v.clone());
                    }
                } else {
                    failures.push(format!(
                        "{} / {}:\n  expected {}\n  got      {}",
                        file.file_name().unwrap().to_string_lossy(),
                        case["name"],
                        expected,
                        got
                    ));
                }
            }
        }
        if update {
            std::fs::write(file, serde_json::to_string_pretty(&cases).unwrap() + "\n").unwrap();
        }
    }
    assert!(total > 0);
    eprintln!("{total} corpus cases");
    assert!(
        failures.is_empty(),
        "{} of {total} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
