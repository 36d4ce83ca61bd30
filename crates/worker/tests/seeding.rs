//! `Request::Seed` through the engine, natively: rows land, progress events arrive in
//! order and reach the total, and bad requests are messages that change nothing.

#![cfg(not(target_arch = "wasm32"))]
use seedbed_db::{Db, SqliteDb, Value};
use seedbed_protocol::{Event, Request, Response};
use seedbed_worker::Engine;
use std::cell::RefCell;
use std::rc::Rc;

const SCHEMA: &str = r#"datasource db {
  provider = "sqlite"
  url      = "file:./dev.db"
}

model User {
  id    Int    @id @default(autoincrement())
  email String @unique
  posts Post[]
}

model Post {
  id       Int    @id @default(autoincrement())
  title    String
  authorId Int
  author   User   @relation(fields: [authorId], references: [id])
}
"#;

const TABLES: &str = r#"CREATE TABLE "User" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "email" TEXT NOT NULL);
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE TABLE "Post" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "title" TEXT NOT NULL, "authorId" INTEGER NOT NULL,
  CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE);"#;

fn seed_request(rows: u64, locale: &str) -> Request {
    Request::Seed {
        schema: SCHEMA.into(),
        rows_per_model: rows,
        seed: 7,
        locale: locale.into(),
        settings: String::new(),
    }
}

fn count(engine: &mut Engine, table: &str) -> i64 {
    let rows = engine
        .db()
        .query(&format!("SELECT count(*) FROM \"{table}\""), &[])
        .unwrap();
    match rows.rows[0][0] {
        Value::Integer(n) => n,
        ref other => panic!("{other:?}"),
    }
}

#[test]
fn seeding_fills_every_model_and_reports_progress() {
    let mut engine = Engine::new(SqliteDb::open_in_memory().unwrap());
    engine.db().execute_batch(TABLES).unwrap();
    let events = Rc::new(RefCell::new(Vec::new()));
    let sink = events.clone();
    engine.on_event = Some(Box::new(move |e| sink.borrow_mut().push(e)));
    let handled = engine.handle(seed_request(12_000, "es"));
    let Response::Seeded { tables, total_rows } = handled.response else {
        panic!("{:?}", handled.response)
    };
    assert!(handled.dirty);
    assert_eq!(total_rows, 24_000);
    assert_eq!(
        tables
            .iter()
            .map(|t| (t.model.as_str(), t.rows))
            .collect::<Vec<_>>(),
        [("User", 12_000), ("Post", 12_000)]
    );
    assert_eq!(
        (count(&mut engine, "User"), count(&mut engine, "Post")),
        (12_000, 12_000)
    );
    let progress: Vec<(u64, u64)> = events
        .borrow()
        .iter()
        .map(|e| match e {
            Event::SeedProgress { done, total, .. } => (*done, *total),
            other => panic!("{other:?}"),
        })
        .collect();
    assert!(progress.len() >= 2, "{progress:?}");
    assert!(progress.windows(2).all(|w| w[0].0 < w[1].0), "{progress:?}");
    assert_eq!(progress.last(), Some(&(24_000, 24_000)));
}

#[test]
fn bad_seed_requests_are_messages_and_change_nothing() {
    let mut engine = Engine::new(SqliteDb::open_in_memory().unwrap());
    let cases = [
        (seed_request(5, "fr"), "Unknown locale"),
        (seed_request(5, "en"), "migrate dev"),
        (
            Request::Seed {
                schema: "model {".into(),
                rows_per_model: 5,
                seed: 1,
                locale: "en".into(),
                settings: String::new(),
            },
            "schema has errors",
        ),
        (seed_request(u64::MAX, "en"), "limit"),
    ];
    for (request, expected) in cases {
        let handled = engine.handle(request);
        let Response::Error { message } = &handled.response else {
            panic!("{:?}", handled.response)
        };
        assert!(message.contains(expected), "{message}");
        assert!(!handled.dirty, "{message}");
    }
}

#[test]
fn settings_set_counts_and_overrides_and_mistakes_write_nothing() {
    let mut engine = Engine::new(SqliteDb::open_in_memory().unwrap());
    engine.handle(Request::Execute { sql: TABLES.into() });
    let request = |settings: &str| Request::Seed {
        schema: SCHEMA.into(),
        rows_per_model: 5,
        seed: 7,
        locale: "en".into(),
        settings: settings.into(),
    };
    let h = engine.handle(request(
        "User: 12\nUser.email: pattern person{n}@seedbed.dev\nPost: 30",
    ));
    assert!(
        matches!(h.response, Response::Seeded { total_rows: 42, .. }),
        "{:?}",
        h.response
    );
    assert_eq!(count(&mut engine, "User"), 12);
    let emails = engine
        .db()
        .query("SELECT email FROM \"User\" ORDER BY id LIMIT 2", &[])
        .unwrap();
    assert_eq!(
        emails.rows[0][0],
        seedbed_db::Value::Text("person1@seedbed.dev".into())
    );
    let h = engine.handle(request("User: 3\nUser.nope: range 1..2"));
    let Response::Error { message } = h.response else {
        panic!("{:?}", h.response)
    };
    assert!(
        message.contains("line 2: model `User` has no field `nope`"),
        "{message}"
    );
    assert_eq!(count(&mut engine, "User"), 12, "nothing was written");
}
