//! Robustness and efficiency checks beside the corpus: user-typed arguments never panic,
//! relation loading is one statement per level, and storage formats are Prisma's.

use seedbed_client::{Ctx, execute};
use seedbed_db::{Db, SqliteDb, Value};
use serde_json::{Value as Json, json};
use std::path::Path;

fn open() -> (SqliteDb, seedbed_psl::ValidatedSchema) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let text = std::fs::read_to_string(dir.join("blog.prisma")).unwrap();
    let schema = seedbed_psl::parse_and_validate(&text);
    let calculated = seedbed_sql_schema::calculate(&schema);
    let script = seedbed_sql_schema::diff(&Default::default(), &calculated).script();
    let mut db = SqliteDb::open_in_memory().unwrap();
    db.execute_batch(&script).unwrap();
    db.execute_batch(&std::fs::read_to_string(dir.join("blog.sql")).unwrap())
        .unwrap();
    (db, schema)
}

/// Every value position of `v`, replaced in turn by each of `junk`.
fn mutations(v: &Json, junk: &[Json], out: &mut Vec<Json>) {
    fn walk(root: &Json, path: &mut Vec<Json>, node: &Json, junk: &[Json], out: &mut Vec<Json>) {
        for j in junk {
            let mut copy = root.clone();
            let mut slot = &mut copy;
            for step in path.iter() {
                slot = match step {
                    Json::String(k) => &mut slot[k.as_str()],
                    Json::Number(n) => &mut slot[n.as_u64().unwrap_or(0) as usize],
                    _ => unreachable!(),
                };
            }
            *slot = j.clone();
            out.push(copy);
        }
        match node {
            Json::Object(o) => {
                for (k, child) in o {
                    path.push(json!(k));
                    walk(root, path, child, junk, out);
                    path.pop();
                }
            }
            Json::Array(a) => {
                for (i, child) in a.iter().enumerate() {
                    path.push(json!(i));
                    walk(root, path, child, junk, out);
                    path.pop();
                }
            }
            _ => {}
        }
    }
    walk(v, &mut Vec::new(), v, junk, out);
}

#[test]
fn arbitrary_arguments_never_panic() {
    let junk = [
        json!(null),
        json!(true),
        json!(-1),
        json!(1.5),
        json!(1e300),
        json!(i64::MIN),
        json!(u64::MAX),
        json!("é€😀"),
        json!("2024-01-01T00:00:00é"),
        json!([]),
        json!({}),
        json!({ "equals": {} }),
        json!({ "some": 1 }),
        json!([{ "id": "x" }]),
    ];
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let (mut db, schema) = open();
    let mut runs = 0;
    for file in std::fs::read_dir(dir).unwrap().flatten() {
        if file.path().extension().is_none_or(|e| e != "json") {
            continue;
        }
        let cases: Vec<Json> =
            serde_json::from_str(&std::fs::read_to_string(file.path()).unwrap()).unwrap();
        for case in cases
            .iter()
            .filter(|c| c["schema"] == "blog" && c.get("args").is_some())
        {
            let mut variants = Vec::new();
            mutations(&case["args"], &junk, &mut variants);
            for args in variants {
                let model = case["model"].as_str().unwrap_or("");
                let op = case["operation"].as_str().unwrap_or("");
                let mut ctx = Ctx::new(0, 1);
                let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    let _ = execute(&mut db, &schema, model, op, args.clone(), &mut ctx);
                }));
                assert!(outcome.is_ok(), "panic on {model}.{op}({args})");
                runs += 1;
            }
        }
    }
    eprintln!("{runs} mutated calls without a panic");
    assert!(runs > 1000);
}

#[test]
fn include_is_one_statement_per_level() {
    let (mut db, schema) = open();
    let mut ctx = Ctx::new(0, 1);
    let args = json!({ "include": { "posts": { "include": { "tags": true, "comments": { "include": { "replies": true } } } }, "profile": true, "_count": true } });
    execute(&mut db, &schema, "User", "findMany", args, &mut ctx).unwrap();
    let sql: Vec<&str> = ctx.log.statements.iter().map(|s| s.sql.as_str()).collect();
    // users, posts, tags, comments, replies, profile, and one grouped count per list
    // field of User (posts, comments).
    assert_eq!(sql.len(), 8, "{sql:#?}");
    assert!(sql[1].contains("\"authorId\" IN (?,?,?,?)"), "{}", sql[1]);
}

#[test]
fn single_create_is_one_statement() {
    let (mut db, schema) = open();
    let mut ctx = Ctx::new(0, 1);
    execute(
        &mut db,
        &schema,
        "Tag",
        "create",
        json!({ "data": { "name": "x" } }),
        &mut ctx,
    )
    .unwrap();
    assert_eq!(ctx.log.statements.len(), 1, "{:#?}", ctx.log.statements);
    // Nested writes get a savepoint so a failure undoes them all.
    let mut ctx = Ctx::new(0, 1);
    let args = json!({ "data": { "email": "n@x.io", "posts": { "create": { "title": "p" } } } });
    execute(&mut db, &schema, "User", "create", args, &mut ctx).unwrap();
    assert!(ctx.log.statements[0].sql.starts_with("SAVEPOINT"));
}

#[test]
fn storage_formats_match_prisma() {
    let (mut db, schema) = open();
    let mut ctx = Ctx::new(1_704_067_200_123, 1);
    let args = json!({ "data": { "email": "s@x.io", "balance": "1.25", "views": "42" } });
    execute(&mut db, &schema, "User", "create", args, &mut ctx).unwrap();
    let rows = db
        .query(
            "SELECT createdAt, balance, views, role FROM \"User\" WHERE email = 's@x.io'",
            &[],
        )
        .unwrap();
    assert_eq!(
        rows.rows[0],
        vec![
            Value::Integer(1_704_067_200_123),
            Value::Real(1.25),
            Value::Integer(42),
            Value::Text("USER".into())
        ]
    );
    let args = json!({ "data": { "title": "f", "authorId": 1, "published": true, "meta": { "a": 1 }, "cover": [1, 2] } });
    execute(&mut db, &schema, "Post", "create", args, &mut ctx).unwrap();
    let rows = db
        .query(
            "SELECT published, meta, cover, updatedAt FROM \"Post\" WHERE title = 'f'",
            &[],
        )
        .unwrap();
    assert_eq!(
        rows.rows[0],
        vec![
            Value::Integer(1),
            Value::Text("{\"a\":1}".into()),
            Value::Blob(vec![1, 2]),
            Value::Integer(1_704_067_200_123)
        ]
    );
    // Text dates written by CURRENT_TIMESTAMP or ISO strings read back too.
    db.execute_batch("UPDATE \"User\" SET createdAt = '2024-03-04 05:06:07' WHERE id = 1; UPDATE \"User\" SET createdAt = '2024-03-04T05:06:07.5+01:00' WHERE id = 2").unwrap();
    let got = execute(
        &mut db,
        &schema,
        "User",
        "findMany",
        json!({ "where": { "id": { "in": [1, 2] } }, "select": { "createdAt": true } }),
        &mut ctx,
    )
    .unwrap();
    assert_eq!(
        got,
        json!([{ "createdAt": "2024-03-04T05:06:07.000Z" }, { "createdAt": "2024-03-04T04:06:07.500Z" }])
    );
}

#[test]
fn transaction_rehearsal_leaves_no_trace() {
    // The same create alone and inside a two-operation batch gets the same uuid and the
    // batch logs only its real statements.
    let ops = vec![
        (
            "Comment".to_owned(),
            "create".to_owned(),
            json!({ "data": { "text": "t", "postId": 1, "authorId": 1 } }),
        ),
        ("User".to_owned(), "count".to_owned(), json!({})),
    ];
    let (mut db, schema) = open();
    let mut ctx = Ctx::new(0, 9);
    let batch = seedbed_client::transaction(&mut db, &schema, &ops, &mut ctx).unwrap();
    let statements = ctx.log.statements.len();
    let (mut db, schema) = open();
    let mut ctx = Ctx::new(0, 9);
    let single = execute(
        &mut db,
        &schema,
        "Comment",
        "create",
        ops[0].2.clone(),
        &mut ctx,
    )
    .unwrap();
    assert_eq!(batch[0]["id"], single["id"]);
    // BEGIN, INSERT, SELECT count, COMMIT
    assert_eq!(statements, 4);
}
