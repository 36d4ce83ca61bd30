//! Times and statement counts: `findMany` with a two-level include over 10,000 rows, and
//! 1,000 single-row `create` calls. Run with
//! `cargo run --release -p seedbed-client --example bench`.

use seedbed_client::{Ctx, execute};
use seedbed_db::{Db, SqliteDb, Value};
use serde_json::json;
use std::time::Instant;

const SCHEMA: &str = include_str!("../tests/fixtures/blog.prisma");

fn main() {
    let schema = seedbed_psl::parse_and_validate(SCHEMA);
    let sql = seedbed_sql_schema::calculate(&schema);
    let script = seedbed_sql_schema::diff(&Default::default(), &sql).script();
    let mut db = SqliteDb::open_in_memory().expect("open");
    db.execute_batch(&script).expect("migrate");
    // 1,000 users × 10 posts = 10,000 posts, each post with one comment.
    db.execute_batch("BEGIN").expect("begin");
    for u in 1..=1000i64 {
        db.execute(
            "INSERT INTO \"User\" (id, email, createdAt) VALUES (?, ?, 0)",
            &[Value::Integer(u), Value::Text(format!("u{u}@x.io"))],
        )
        .expect("user");
        for p in 0..10i64 {
            let id = u * 10 + p;
            db.execute("INSERT INTO \"Post\" (id, title, authorId, createdAt, updatedAt) VALUES (?, ?, ?, 0, 0)", &[Value::Integer(id), Value::Text(format!("t{id}")), Value::Integer(u)]).expect("post");
            db.execute(
                "INSERT INTO \"Comment\" (id, text, postId, authorId) VALUES (?, 'c', ?, ?)",
                &[
                    Value::Text(format!("c{id}")),
                    Value::Integer(id),
                    Value::Integer(u),
                ],
            )
            .expect("comment");
        }
    }
    db.execute_batch("COMMIT").expect("commit");

    let mut ctx = Ctx::new(1_704_067_200_000, 1);
    let start = Instant::now();
    let result = execute(
        &mut db,
        &schema,
        "Post",
        "findMany",
        json!({ "include": { "author": { "include": { "profile": true } }, "comments": true } }),
        &mut ctx,
    )
    .expect("findMany");
    let rows = result.as_array().map_or(0, Vec::len);
    println!(
        "findMany, 2-level include: {rows} posts in {:?}, {} statements",
        start.elapsed(),
        ctx.log.statements.len()
    );

    let mut ctx = Ctx::new(1_704_067_200_000, 2);
    let start = Instant::now();
    for i in 0..1000 {
        execute(
            &mut db,
            &schema,
            "Tag",
            "create",
            json!({ "data": { "name": format!("tag{i}") } }),
            &mut ctx,
        )
        .expect("create");
    }
    println!(
        "1,000 creates in {:?}, {} statements",
        start.elapsed(),
        ctx.log.statements.len()
    );
}
