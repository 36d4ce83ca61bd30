//! The workloads. Inputs are generated here, deterministically, so both runners time the
//! same thing.

use crate::{Figure, median_of};
use seedbed_client::{Ctx, execute};
use seedbed_db::{Db, SqliteDb, Value};
use seedbed_seed::{SeedOptions, seed};
use seedbed_sql_schema::{SqlSchema, calculate, diff};
use serde_json::json;

/// A named workload: builds its input, times the operation, checks the result.
pub struct Workload {
    pub name: &'static str,
    pub run: fn(&dyn Fn() -> f64) -> Result<Figure, String>,
}

pub const WORKLOADS: &[Workload] = &[
    Workload {
        name: "migrate.replay-50-migrations",
        run: replay_history,
    },
    Workload {
        name: "pull.300-tables",
        run: pull_300_tables,
    },
    Workload {
        name: "client.findMany-2-level-include-10k",
        run: find_many_include,
    },
    Workload {
        name: "client.create-1000-single",
        run: create_1000,
    },
    Workload {
        name: "seed.100k-related-rows",
        run: seed_related,
    },
    Workload {
        name: "seed.1m-rows-one-table",
        run: seed_one_table,
    },
];

const DATASOURCE: &str =
    "datasource db {\n  provider = \"sqlite\"\n  url      = \"file:./dev.db\"\n}\n";

fn err(e: impl std::fmt::Display) -> String {
    e.to_string()
}

fn migrated(schema_text: &str) -> Result<(SqliteDb, seedbed_psl::ValidatedSchema), String> {
    let schema = seedbed_psl::parse_and_validate(schema_text);
    if schema.has_errors() {
        return Err("the workload's schema does not validate".into());
    }
    let script = diff(&SqlSchema::default(), &calculate(&schema)).script();
    let mut db = SqliteDb::open_in_memory().map_err(err)?;
    db.execute_batch("PRAGMA foreign_keys = ON").map_err(err)?;
    db.execute_batch(&script).map_err(err)?;
    Ok((db, schema))
}

/// `migrate dev`'s first step: replay a 50-migration history (25 tables created one by
/// one, then a column and a unique index added to each) into an in-memory shadow database
/// and describe it.
fn replay_history(clock: &dyn Fn() -> f64) -> Result<Figure, String> {
    let mut models: Vec<String> = Vec::new();
    let mut previous = SqlSchema::default();
    let mut history: Vec<(String, String)> = Vec::new();
    for i in 0..50 {
        if i < 25 {
            models.push(format!(
                "model T{i} {{\n  id Int @id @default(autoincrement())\n  name String\n  at DateTime @default(now())\n}}\n"
            ));
        } else {
            let t = i - 25;
            models[t] = models[t].replace(
                "}\n",
                "  extra Int?\n  email String @unique @default(\"\")\n}\n",
            );
        }
        let next = calculate(&seedbed_psl::parse_and_validate(&format!(
            "{DATASOURCE}{}",
            models.concat()
        )));
        history.push((
            format!("{:014}_m{i}", 20250101000000u64 + i as u64),
            diff(&previous, &next).migration_file(),
        ));
        previous = next;
    }
    let list: Vec<(&str, &str)> = history
        .iter()
        .map(|(n, s)| (n.as_str(), s.as_str()))
        .collect();
    let millis = median_of(7, clock, || {
        let schema =
            seedbed_migrate::diagnose::schema_from_migrations(&list).map_err(|e| e.render())?;
        if schema.tables.len() != 25 {
            return Err(format!(
                "{} tables after replay, not 25",
                schema.tables.len()
            ));
        }
        Ok(())
    })?;
    let statements: usize = history.iter().map(|(_, s)| s.matches(';').count()).sum();
    Ok(Figure {
        name: "migrate.replay-50-migrations",
        millis,
        detail: format!("50 migrations, {statements} statements, describe included; median of 7"),
    })
}

/// `db pull` on a 300-table database: describe + introspect (the schema text Prisma writes).
fn pull_300_tables(clock: &dyn Fn() -> f64) -> Result<Figure, String> {
    let tables = 300;
    let mut sql = String::new();
    for i in 0..tables {
        sql.push_str(&format!(
            "CREATE TABLE t{i} (id INTEGER PRIMARY KEY, name TEXT NOT NULL, score REAL, created DATETIME DEFAULT CURRENT_TIMESTAMP, flag BOOLEAN NOT NULL DEFAULT 0, note VARCHAR(255)"
        ));
        if i > 0 {
            sql.push_str(&format!(
                ", parent_id INTEGER REFERENCES t{}(id) ON DELETE CASCADE",
                i - 1
            ));
        }
        sql.push_str(");\n");
        sql.push_str(&format!(
            "CREATE UNIQUE INDEX t{i}_name_key ON t{i}(name);\n"
        ));
        sql.push_str(&format!(
            "CREATE INDEX t{i}_score_idx ON t{i}(score, created);\n"
        ));
    }
    let mut db = SqliteDb::open_in_memory().map_err(err)?;
    db.execute_batch(&sql).map_err(err)?;
    let mut bytes = 0;
    let millis = median_of(5, clock, || {
        let described = seedbed_sql_schema::describe(&mut db).map_err(err)?;
        let result = seedbed_introspect::introspect(&described, None);
        if result.models != tables {
            return Err(format!("{} models, not {tables}", result.models));
        }
        bytes = result.schema.len();
        Ok(())
    })?;
    Ok(Figure {
        name: "pull.300-tables",
        millis,
        detail: format!(
            "{tables} tables, 600 indexes, 299 foreign keys -> {bytes} bytes of schema; median of 5"
        ),
    })
}

const BLOG: &str = include_str!("../../client/tests/fixtures/blog.prisma");

/// 1,000 users × 10 posts, one comment per post, inserted directly.
fn blog_with_posts() -> Result<(SqliteDb, seedbed_psl::ValidatedSchema), String> {
    let (mut db, schema) = migrated(BLOG)?;
    db.execute_batch("BEGIN").map_err(err)?;
    for u in 1..=1000i64 {
        db.execute(
            "INSERT INTO \"User\" (id, email, createdAt) VALUES (?, ?, 0)",
            &[Value::Integer(u), Value::Text(format!("u{u}@x.io"))],
        )
        .map_err(err)?;
        for p in 0..10i64 {
            let id = u * 10 + p;
            db.execute(
                "INSERT INTO \"Post\" (id, title, authorId, createdAt, updatedAt) VALUES (?, ?, ?, 0, 0)",
                &[Value::Integer(id), Value::Text(format!("t{id}")), Value::Integer(u)],
            )
            .map_err(err)?;
            db.execute(
                "INSERT INTO \"Comment\" (id, text, postId, authorId) VALUES (?, 'c', ?, ?)",
                &[
                    Value::Text(format!("c{id}")),
                    Value::Integer(id),
                    Value::Integer(u),
                ],
            )
            .map_err(err)?;
        }
    }
    db.execute_batch("COMMIT").map_err(err)?;
    Ok((db, schema))
}

/// `prisma.post.findMany({ include: { author: { include: { profile: true } }, comments: true } })`
/// over 10,000 posts.
fn find_many_include(clock: &dyn Fn() -> f64) -> Result<Figure, String> {
    let (mut db, schema) = blog_with_posts()?;
    let mut statements = 0;
    let millis = median_of(5, clock, || {
        let mut ctx = Ctx::new(1_704_067_200_000, 1);
        let result = execute(
            &mut db,
            &schema,
            "Post",
            "findMany",
            json!({ "include": { "author": { "include": { "profile": true } }, "comments": true } }),
            &mut ctx,
        )
        .map_err(|e| format!("{e:?}"))?;
        let posts = result.as_array().map_or(0, Vec::len);
        if posts != 10_000 {
            return Err(format!("{posts} posts, not 10000"));
        }
        statements = ctx.log.statements.len();
        Ok(())
    })?;
    Ok(Figure {
        name: "client.findMany-2-level-include-10k",
        millis,
        detail: format!(
            "10000 posts with author+profile and comments, {statements} SQL statements; median of 5"
        ),
    })
}

/// 1,000 `prisma.tag.create({ data: { name } })` calls, one after the other.
fn create_1000(clock: &dyn Fn() -> f64) -> Result<Figure, String> {
    let (mut db, schema) = migrated(BLOG)?;
    let mut ctx = Ctx::new(1_704_067_200_000, 2);
    let start = clock();
    for i in 0..1000 {
        execute(
            &mut db,
            &schema,
            "Tag",
            "create",
            json!({ "data": { "name": format!("tag{i}") } }),
            &mut ctx,
        )
        .map_err(|e| format!("{e:?}"))?;
    }
    let millis = clock() - start;
    let rows = db.query("SELECT count(*) FROM \"Tag\"", &[]).map_err(err)?;
    if rows.rows.first().and_then(|r| r.first()) != Some(&Value::Integer(1000)) {
        return Err("the Tag table does not hold 1000 rows".into());
    }
    Ok(Figure {
        name: "client.create-1000-single",
        millis,
        detail: format!("1000 rows, {} SQL statements", ctx.log.statements.len()),
    })
}

const RELATED: &str = r#"
model User {
  id        Int       @id @default(autoincrement())
  email     String    @unique
  name      String
  createdAt DateTime  @default(now())
  posts     Post[]
  comments  Comment[]
}

model Post {
  id        Int       @id @default(autoincrement())
  title     String
  content   String?
  published Boolean   @default(false)
  authorId  Int
  author    User      @relation(fields: [authorId], references: [id])
  comments  Comment[]
  tags      Tag[]
}

model Comment {
  id       Int    @id @default(autoincrement())
  body     String
  postId   Int
  post     Post   @relation(fields: [postId], references: [id])
  authorId Int
  author   User   @relation(fields: [authorId], references: [id])
}

model Tag {
  id    Int    @id @default(autoincrement())
  name  String @unique
  posts Post[]
}
"#;

const ONE_TABLE: &str = r#"
model Event {
  id        Int      @id @default(autoincrement())
  email     String   @unique
  kind      String
  quantity  Int
  price     Float
  active    Boolean
  createdAt DateTime @default(now())
}
"#;

fn seed_figure(
    name: &'static str,
    models: &str,
    options: &SeedOptions,
    clock: &dyn Fn() -> f64,
) -> Result<Figure, String> {
    let (mut db, schema) = migrated(&format!("{DATASOURCE}{models}"))?;
    let start = clock();
    let summary = seed(&mut db, &schema, options, |_| true).map_err(|e| format!("{e:?}"))?;
    let millis = clock() - start;
    let violations = db.query("PRAGMA foreign_key_check", &[]).map_err(err)?;
    if !violations.rows.is_empty() {
        return Err(format!("{} foreign key violations", violations.rows.len()));
    }
    let rows = summary.total_rows;
    Ok(Figure {
        name,
        millis,
        detail: format!(
            "{rows} rows = {:.0} rows/s (purge included)",
            rows as f64 / (millis / 1000.0).max(1e-9)
        ),
    })
}

fn seed_related(clock: &dyn Fn() -> f64) -> Result<Figure, String> {
    let options = SeedOptions::with_seed(1)
        .count("User", 10_000)
        .count("Post", 40_000)
        .count("Comment", 45_000)
        .count("Tag", 200);
    seed_figure("seed.100k-related-rows", RELATED, &options, clock)
}

fn seed_one_table(clock: &dyn Fn() -> f64) -> Result<Figure, String> {
    let options = SeedOptions::with_seed(1).count("Event", 1_000_000);
    seed_figure("seed.1m-rows-one-table", ONE_TABLE, &options, clock)
}
