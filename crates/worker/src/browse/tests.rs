//! The browser against an in-memory database, through the engine's requests.

use crate::Engine;
use seedbed_db::{SqliteDb, Value};
use seedbed_protocol::{
    BrowseQuery, ColumnFilter, FilterOp, Request, Response, SortKey, TablePage,
};

const TABLES: &str = r#"
CREATE TABLE "User" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "email" TEXT NOT NULL, "name" TEXT, "age" INTEGER);
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE TABLE "Post" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "title" TEXT NOT NULL, "authorId" INTEGER NOT NULL,
  CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE);
CREATE TABLE note (body TEXT);
INSERT INTO "User" (email, name, age) VALUES ('ann@x.io', 'Ann', 9), ('bob@x.io', 'Bob', 10), ('cy@x.io', NULL, 100), ('d%_@x.io', 'D''); DROP TABLE "User"; --', 25);
INSERT INTO "Post" (title, authorId) VALUES ('Hello', 1), ('Again', 1), ('Bob''s', 2);
INSERT INTO note VALUES ('first'), ('second');
"#;

const SCHEMA: &str = "datasource db {\n  provider = \"sqlite\"\n  url      = \"file:./dev.db\"\n}\n\ngenerator client {\n  provider = \"prisma-client-js\"\n}\n\nmodel User {\n  id    Int     @id @default(autoincrement())\n  email String  @unique\n  name  String?\n  age   Int?\n  posts Post[]\n}\n\nmodel Post {\n  id       Int    @id @default(autoincrement())\n  title    String\n  authorId Int\n  author   User   @relation(fields: [authorId], references: [id])\n}\n";

fn engine() -> Engine {
    let mut e = Engine::new(SqliteDb::open_in_memory().unwrap());
    e.db()
        .connection()
        .execute_batch("PRAGMA foreign_keys = ON")
        .unwrap();
    let h = e.handle(Request::Execute { sql: TABLES.into() });
    assert!(
        matches!(h.response, Response::Executed { .. }),
        "{:?}",
        h.response
    );
    e
}

/// An engine whose generated client is current (the schema file is the generated schema).
fn engine_with_client() -> Engine {
    let mut e = engine();
    e.project.set_schema(SCHEMA);
    let h = e.handle(Request::Generate {
        schema: SCHEMA.into(),
    });
    assert!(
        matches!(h.response, Response::Generated { ok: true, .. }),
        "{:?}",
        h.response
    );
    e
}

fn query(table: &str) -> BrowseQuery {
    BrowseQuery {
        table: table.into(),
        limit: 50,
        offset: 0,
        sort: None,
        filters: Vec::new(),
    }
}

fn filter(column: &str, op: FilterOp, value: &str) -> ColumnFilter {
    ColumnFilter {
        column: column.into(),
        op,
        value: value.into(),
    }
}

fn browse(e: &mut Engine, query: BrowseQuery) -> Result<TablePage, String> {
    match e.handle(Request::BrowseTable { query }).response {
        Response::Browsed { page } => Ok(page),
        Response::Error { message } => Err(message),
        other => panic!("unexpected {other:?}"),
    }
}

fn column(page: &TablePage, name: &str) -> Vec<Value> {
    let i = page.rows.column(name).unwrap();
    page.rows.rows.iter().map(|r| r[i].clone()).collect()
}

fn texts(page: &TablePage, name: &str) -> Vec<String> {
    column(page, name)
        .into_iter()
        .map(|v| match v {
            Value::Text(s) => s,
            Value::Integer(n) => n.to_string(),
            Value::Null => "NULL".into(),
            other => format!("{other:?}"),
        })
        .collect()
}

/// (sort column and descending, filters, expected names in order, expected total)
type Case = (
    Option<(&'static str, bool)>,
    Vec<ColumnFilter>,
    Vec<&'static str>,
    i64,
);

#[test]
fn sorts_and_filters_with_counts_for_the_pager() {
    let mut e = engine();
    // (sort, filters, expected names in order, expected total)
    let cases: Vec<Case> = vec![
        (
            None,
            vec![],
            vec!["Ann", "Bob", "NULL", "D'); DROP TABLE \"User\"; --"],
            4,
        ),
        // Numbers compare as numbers: 9 < 10 < 25 < 100, not as text.
        (
            Some(("age", false)),
            vec![],
            vec!["Ann", "Bob", "D'); DROP TABLE \"User\"; --", "NULL"],
            4,
        ),
        (
            Some(("age", true)),
            vec![],
            vec!["NULL", "D'); DROP TABLE \"User\"; --", "Bob", "Ann"],
            4,
        ),
        (
            None,
            vec![filter("age", FilterOp::Greater, "9")],
            vec!["Bob", "NULL", "D'); DROP TABLE \"User\"; --"],
            3,
        ),
        (
            None,
            vec![filter("age", FilterOp::Less, " 25 ")],
            vec!["Ann", "Bob"],
            2,
        ),
        (
            None,
            vec![filter("age", FilterOp::Equals, "10")],
            vec!["Bob"],
            1,
        ),
        (
            None,
            vec![filter("name", FilterOp::IsNull, "")],
            vec!["NULL"],
            1,
        ),
        (
            None,
            vec![filter("name", FilterOp::NotNull, "")],
            vec!["Ann", "Bob", "D'); DROP TABLE \"User\"; --"],
            3,
        ),
        // Contains: case-insensitive, with LIKE's wildcards taken literally.
        (
            None,
            vec![filter("email", FilterOp::Contains, "B@X")],
            vec!["Bob"],
            1,
        ),
        (
            None,
            vec![filter("email", FilterOp::Contains, "%_")],
            vec!["D'); DROP TABLE \"User\"; --"],
            1,
        ),
        (
            None,
            vec![filter("email", FilterOp::Contains, "_")],
            vec!["D'); DROP TABLE \"User\"; --"],
            1,
        ),
        // Hostile text is a value, never SQL.
        (
            None,
            vec![filter(
                "name",
                FilterOp::Equals,
                "'); DROP TABLE \"User\"; --",
            )],
            vec![],
            0,
        ),
        (
            None,
            vec![filter("name", FilterOp::Contains, "'); DROP TABLE")],
            vec!["D'); DROP TABLE \"User\"; --"],
            1,
        ),
        (
            Some(("name", false)),
            vec![
                filter("age", FilterOp::NotNull, ""),
                filter("email", FilterOp::Contains, "@"),
            ],
            vec!["NULL", "Ann", "Bob", "D'); DROP TABLE \"User\"; --"],
            4,
        ),
    ];
    for (sort, filters, names, total) in cases {
        let page = browse(
            &mut e,
            BrowseQuery {
                sort: sort.map(|(c, d)| SortKey {
                    column: c.into(),
                    descending: d,
                }),
                filters: filters.clone(),
                ..query("User")
            },
        )
        .unwrap();
        assert_eq!(texts(&page, "name"), names, "{sort:?} {filters:?}");
        assert_eq!(page.total, total, "{sort:?} {filters:?}");
    }
    let page = browse(&mut e, query("User")).unwrap();
    assert_eq!(page.total, 4, "the table survived every hostile filter");
}

#[test]
fn pages_keep_the_sort_and_count_every_match() {
    let mut e = engine();
    let page = |e: &mut Engine, offset| {
        browse(
            e,
            BrowseQuery {
                limit: 2,
                offset,
                sort: Some(SortKey {
                    column: "age".into(),
                    descending: true,
                }),
                ..query("User")
            },
        )
        .unwrap()
    };
    let first = page(&mut e, 0);
    let second = page(&mut e, 2);
    assert_eq!(texts(&first, "age"), ["100", "25"]);
    assert_eq!(texts(&second, "age"), ["10", "9"]);
    assert_eq!((first.total, second.total), (4, 4));
    assert_eq!(first.key_columns, ["id"]);
    assert_eq!(
        first.keys,
        vec![vec![Value::Integer(3)], vec![Value::Integer(4)]]
    );
}

#[test]
fn unknown_tables_and_columns_are_messages() {
    let mut e = engine();
    let cases = [
        (query("Nope"), "There is no table `Nope`."),
        (
            BrowseQuery {
                sort: Some(SortKey {
                    column: "\"; DROP TABLE x".into(),
                    descending: false,
                }),
                ..query("User")
            },
            "Table `User` has no column `\"; DROP TABLE x`.",
        ),
        (
            BrowseQuery {
                filters: vec![filter("emial", FilterOp::Equals, "x")],
                ..query("User")
            },
            "Table `User` has no column `emial`.",
        ),
    ];
    for (q, message) in cases {
        assert_eq!(browse(&mut e, q).unwrap_err(), message);
    }
}

#[test]
fn tables_without_a_primary_key_are_keyed_by_rowid() {
    let mut e = engine();
    let page = browse(&mut e, query("note")).unwrap();
    assert_eq!(page.key_columns, ["rowid"]);
    assert_eq!(
        page.rows.columns,
        ["body"],
        "the rowid is not shown as a column"
    );
    assert_eq!(
        page.keys,
        vec![vec![Value::Integer(1)], vec![Value::Integer(2)]]
    );
    let h = e.handle(Request::UpdateRow {
        table: "note".into(),
        key: vec![("rowid".into(), Value::Integer(2))],
        values: vec![("body".into(), Some("changed".into()))],
    });
    assert!(
        matches!(
            h.response,
            Response::RowsWritten {
                changes: 1,
                error: None,
                ..
            }
        ),
        "{:?}",
        h.response
    );
    assert!(h.dirty);
    assert_eq!(
        texts(&browse(&mut e, query("note")).unwrap(), "body"),
        ["first", "changed"]
    );
}

#[test]
fn foreign_keys_both_ways_and_reference_counts() {
    let mut e = engine();
    let post = browse(&mut e, query("Post")).unwrap();
    assert_eq!(post.foreign_keys.len(), 1);
    let fk = &post.foreign_keys[0];
    assert_eq!(
        (
            fk.from_table.as_str(),
            fk.columns.as_slice(),
            fk.to_table.as_str(),
            fk.to_columns.as_slice()
        ),
        (
            "Post",
            ["authorId".to_owned()].as_slice(),
            "User",
            ["id".to_owned()].as_slice()
        )
    );
    let user = browse(&mut e, query("User")).unwrap();
    assert!(user.foreign_keys.is_empty());
    assert_eq!(user.referenced_by, post.foreign_keys);

    // Following the link: Post filtered to the author's posts.
    let posts_of_ann = browse(
        &mut e,
        BrowseQuery {
            filters: vec![filter("authorId", FilterOp::Equals, "1")],
            ..query("Post")
        },
    )
    .unwrap();
    assert_eq!(texts(&posts_of_ann, "title"), ["Hello", "Again"]);

    for (id, count) in [(1, 2), (2, 1), (3, 0)] {
        let Response::References { references } = e
            .handle(Request::RowReferences {
                table: "User".into(),
                row: vec![
                    ("id".into(), Value::Integer(id)),
                    ("email".into(), Value::Text("x".into())),
                ],
            })
            .response
        else {
            panic!()
        };
        assert_eq!(references.len(), 1);
        assert_eq!(references[0].count, count, "user {id}");
        assert_eq!(references[0].values, [Value::Integer(id)]);
    }
}

/// A write's error: class name, code, message.
type Failure = (String, Option<String>, String);

fn written(response: &Response) -> (u64, String, Option<Failure>) {
    let Response::RowsWritten {
        changes,
        ran,
        error,
    } = response
    else {
        panic!("expected a row write: {response:?}")
    };
    (
        *changes,
        ran.clone(),
        error
            .as_ref()
            .map(|e| (e.name.clone(), e.code.clone(), e.message.clone())),
    )
}

fn update(e: &mut Engine, table: &str, id: i64, column: &str, value: Option<&str>) -> Response {
    e.handle(Request::UpdateRow {
        table: table.into(),
        key: vec![("id".into(), Value::Integer(id))],
        values: vec![(column.into(), value.map(str::to_owned))],
    })
    .response
}

#[test]
fn edits_without_a_client_run_as_sql_with_bound_values() {
    let mut e = engine();
    let hostile = "x'); DROP TABLE \"User\"; --";
    let (changes, ran, error) = written(&update(&mut e, "User", 2, "name", Some(hostile)));
    assert_eq!((changes, error), (1, None));
    assert_eq!(ran, "UPDATE \"User\" SET \"name\" = ? WHERE \"id\" = ?");
    let (_, _, error) = written(&update(&mut e, "User", 2, "age", None));
    assert_eq!(error, None);
    let bob = browse(
        &mut e,
        BrowseQuery {
            filters: vec![filter("id", FilterOp::Equals, "2")],
            ..query("User")
        },
    )
    .unwrap();
    assert_eq!(texts(&bob, "name"), [hostile]);
    assert_eq!(texts(&bob, "age"), ["NULL"]);
    // Typed numbers are stored as numbers.
    written(&update(&mut e, "User", 2, "age", Some(" 42 ")));
    let bob = browse(
        &mut e,
        BrowseQuery {
            filters: vec![filter("id", FilterOp::Equals, "2")],
            ..query("User")
        },
    )
    .unwrap();
    assert_eq!(column(&bob, "age"), [Value::Integer(42)]);

    // SQLite's refusals are the write's error.
    let (changes, _, error) = written(&update(&mut e, "User", 2, "email", Some("ann@x.io")));
    let (name, code, message) = error.unwrap();
    assert_eq!((changes, name.as_str(), code), (0, "SQLite", None));
    assert!(
        message.contains("UNIQUE constraint failed: User.email"),
        "{message}"
    );
    let (_, _, error) = written(&update(&mut e, "Post", 1, "authorId", Some("99")));
    assert!(error.unwrap().2.contains("FOREIGN KEY constraint failed"));
    let (_, _, error) = written(&update(&mut e, "User", 99, "name", Some("ghost")));
    assert!(error.unwrap().2.contains("No row has these key values"));
    let h = e.handle(Request::UpdateRow {
        table: "User".into(),
        key: vec![("id".into(), Value::Integer(1))],
        values: vec![("nmae".into(), Some("x".into()))],
    });
    assert_eq!(
        h.response,
        Response::Error {
            message: "Table `User` has no column `nmae`.".into()
        }
    );
    // A key must be the table's key: a write never reaches several rows.
    for (key, message) in [
        (
            vec![("email".to_owned(), Value::Text("bob@x.io".into()))],
            "A row of `User` is found by id; `id` is missing.",
        ),
        (
            vec![
                ("id".to_owned(), Value::Integer(1)),
                ("name".to_owned(), Value::Null),
            ],
            "`name` is not part of the key of `User` (id).",
        ),
    ] {
        let h = e.handle(Request::DeleteRows {
            table: "User".into(),
            keys: vec![key],
        });
        assert_eq!(
            h.response,
            Response::Error {
                message: message.into()
            }
        );
    }

    // Insert with defaults, then delete all-or-nothing.
    let h = e.handle(Request::InsertRow {
        table: "User".into(),
        values: vec![("email".into(), Some("new@x.io".into()))],
    });
    assert_eq!(written(&h.response).0, 1);
    assert!(h.dirty);
    let new = browse(
        &mut e,
        BrowseQuery {
            filters: vec![filter("email", FilterOp::Equals, "new@x.io")],
            ..query("User")
        },
    )
    .unwrap();
    assert_eq!(new.keys, vec![vec![Value::Integer(5)]]);
    let delete = |ids: &[i64]| Request::DeleteRows {
        table: "User".into(),
        keys: ids
            .iter()
            .map(|id| vec![("id".to_owned(), Value::Integer(*id))])
            .collect(),
    };
    // User 1 has posts (RESTRICT): nothing is deleted, user 5 included.
    let (changes, _, error) = written(&e.handle(delete(&[5, 1])).response);
    assert_eq!(changes, 0);
    assert!(error.unwrap().2.contains("FOREIGN KEY constraint failed"));
    assert_eq!(browse(&mut e, query("User")).unwrap().total, 5);
    let (changes, _, error) = written(&e.handle(delete(&[5, 3])).response);
    assert_eq!((changes, error), (2, None));
    assert_eq!(browse(&mut e, query("User")).unwrap().total, 3);
}

#[test]
fn edits_of_a_model_go_through_the_generated_client() {
    let mut e = engine_with_client();
    let page = browse(&mut e, query("User")).unwrap();
    assert_eq!(page.client_model.as_deref(), Some("User"));
    assert_eq!(browse(&mut e, query("note")).unwrap().client_model, None);

    let (changes, ran, error) = written(&update(&mut e, "User", 2, "name", Some("Robert")));
    assert_eq!((changes, error), (1, None));
    assert_eq!(
        ran,
        r#"prisma.user.update({"where":{"id":2},"data":{"name":"Robert"}})"#
    );

    // Prisma's errors: unique, foreign key, wrong type.
    let (_, _, error) = written(&update(&mut e, "User", 2, "email", Some("ann@x.io")));
    let (name, code, message) = error.unwrap();
    assert_eq!(
        (name.as_str(), code.as_deref()),
        ("PrismaClientKnownRequestError", Some("P2002"))
    );
    assert!(message.contains("Unique constraint failed"), "{message}");
    let (_, _, error) = written(&update(&mut e, "Post", 1, "authorId", Some("99")));
    assert_eq!(error.unwrap().1.as_deref(), Some("P2003"));
    let (_, _, error) = written(&update(&mut e, "User", 2, "age", Some("old")));
    let (name, _, message) = error.unwrap();
    assert_eq!(name, "PrismaClientValidationError");
    assert!(message.contains("age"), "{message}");
    let (_, _, error) = written(&update(&mut e, "User", 99, "name", Some("ghost")));
    assert_eq!(error.unwrap().1.as_deref(), Some("P2025"));

    let h = e.handle(Request::InsertRow {
        table: "Post".into(),
        values: vec![
            ("title".into(), Some("New".into())),
            ("authorId".into(), Some("2".into())),
        ],
    });
    let (changes, ran, error) = written(&h.response);
    assert_eq!((changes, error), (1, None));
    assert!(ran.starts_with("prisma.post.create("), "{ran}");
    let (changes, ran, error) = written(
        &e.handle(Request::DeleteRows {
            table: "Post".into(),
            keys: vec![
                vec![("id".into(), Value::Integer(4))],
                vec![("id".into(), Value::Integer(3))],
            ],
        })
        .response,
    );
    assert_eq!((changes, error), (2, None));
    assert!(ran.starts_with("prisma.$transaction(["), "{ran}");
    assert_eq!(browse(&mut e, query("Post")).unwrap().total, 2);

    // Once the schema file moves on, the client is stale: SQL writes again.
    e.project
        .set_schema(&SCHEMA.replace("age   Int?", "age   Int?\n  bio   String?"));
    assert_eq!(browse(&mut e, query("User")).unwrap().client_model, None);
    let (_, ran, _) = written(&update(&mut e, "User", 2, "name", Some("Bob")));
    assert!(ran.starts_with("UPDATE"), "{ran}");
}

#[test]
fn dates_typed_as_iso_are_stored_and_compared_as_prisma_stores_them() {
    let mut e = engine();
    e.handle(Request::Execute {
        sql: "CREATE TABLE \"Event\" (\"id\" INTEGER NOT NULL PRIMARY KEY, \"at\" DATETIME, \"done\" BOOLEAN NOT NULL DEFAULT false); INSERT INTO \"Event\" (id) VALUES (1), (2);".into(),
    });
    let set = |e: &mut Engine, id: i64, at: &str| {
        written(&update(e, "Event", id, "at", Some(at)));
    };
    set(&mut e, 1, "2024-01-01T00:00:00.000Z");
    set(&mut e, 2, "1704153600000");
    let page = browse(&mut e, query("Event")).unwrap();
    assert_eq!(
        column(&page, "at"),
        [
            Value::Integer(1_704_067_200_000),
            Value::Integer(1_704_153_600_000)
        ]
    );
    let after = |e: &mut Engine, op, value: &str| {
        let page = browse(
            e,
            BrowseQuery {
                filters: vec![filter("at", op, value)],
                ..query("Event")
            },
        )
        .unwrap();
        texts(&page, "id")
    };
    assert_eq!(after(&mut e, FilterOp::Equals, "2024-01-01"), ["1"]);
    assert_eq!(
        after(&mut e, FilterOp::Greater, "2024-01-01T12:00:00Z"),
        ["2"]
    );
    written(&update(&mut e, "Event", 2, "done", Some("true")));
    let page = browse(
        &mut e,
        BrowseQuery {
            filters: vec![filter("done", FilterOp::Equals, "true")],
            ..query("Event")
        },
    )
    .unwrap();
    assert_eq!(column(&page, "done"), [Value::Integer(1)]);
}
