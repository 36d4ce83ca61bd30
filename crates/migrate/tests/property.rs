//! Property: migrating step by step through a sequence of schemas ends in the same
//! database schema as migrating from empty to the last schema at once.

use seedbed_db::SqliteDb;
use seedbed_migrate::{Answers, Command, FileOp, FixedEnv, MigrationDir, Project, run};
use seedbed_sql_schema::{describe, diff};

const HEAD: &str = "datasource db {\n  provider = \"sqlite\"\n  url      = \"file:./dev.db\"\n}\n";

/// Schema number `i` of a deterministic sequence: tables appear, gain columns, lose some.
fn schema(i: usize) -> String {
    let mut s = HEAD.to_owned();
    for t in 0..=(i / 2) {
        s.push_str(&format!(
            "model T{t} {{\n  id Int @id @default(autoincrement())\n"
        ));
        for c in 0..((i + t) % 4) {
            let ty = ["String", "Int?", "Float", "DateTime?"][c % 4];
            s.push_str(&format!("  c{c} {ty}\n"));
        }
        if t > 0 && i.is_multiple_of(3) {
            s.push_str(
                "  parentId Int?\n  parent T0? @relation(fields: [parentId], references: [id])\n",
            );
        }
        s.push_str("}\n");
    }
    if (0..=(i / 2)).any(|t| t > 0) && i.is_multiple_of(3) {
        let children: Vec<String> = (1..=(i / 2))
            .map(|t| format!("  kids{t} T{t}[]\n"))
            .collect();
        s = s.replacen(
            "model T0 {\n  id Int @id @default(autoincrement())\n",
            &format!(
                "model T0 {{\n  id Int @id @default(autoincrement())\n{}",
                children.concat()
            ),
            1,
        );
    }
    s
}

fn dev(project: &mut Project, db: &mut SqliteDb, env: &mut FixedEnv, name: &str) {
    let cmd = Command::MigrateDev {
        name: Some(name.into()),
        create_only: false,
        skip_generate: true,
        skip_seed: true,
    };
    let out = run(
        &cmd,
        project,
        db,
        env,
        &Answers {
            confirm: Some(true),
            ..Answers::default()
        },
    );
    assert_eq!(out.exit_code, 0, "{}", out.text());
    for FileOp::Write { path, contents } in out.files {
        if let Some(n) = path
            .strip_prefix("migrations/")
            .and_then(|p| p.strip_suffix("/migration.sql"))
        {
            project.migrations.push(MigrationDir {
                name: n.into(),
                sql: Some(contents),
            });
        }
    }
}

#[test]
fn step_by_step_equals_all_at_once() {
    let last = 9;
    let mut env = FixedEnv::new();
    let mut stepwise = SqliteDb::open_in_memory().unwrap();
    let mut project = Project::new("");
    for i in 0..=last {
        project.schema = schema(i);
        dev(&mut project, &mut stepwise, &mut env, &format!("s{i}"));
    }
    let mut direct = SqliteDb::open_in_memory().unwrap();
    let mut fresh = Project::new(schema(last));
    dev(&mut fresh, &mut direct, &mut env, "all");
    let a = describe(&mut stepwise).unwrap();
    let b = describe(&mut direct).unwrap();
    assert!(diff(&a, &b).is_empty(), "{}", diff(&a, &b).summary());
    assert_eq!(project.migrations.len(), last + 1);
}
