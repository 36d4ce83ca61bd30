//! The whole workflow through the real `seedbed` binary on a copy of each example project:
//! validate, format --check, migrate dev, migrate status, seed twice with the same seed
//! (identical databases), db pull --print (the pulled schema validates), and a destructive
//! change that `migrate dev` refuses without a terminal.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn seedbed(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_seedbed"))
        .args(args)
        .current_dir(dir)
        .env_remove("DATABASE_URL")
        .output()
        .expect("the seedbed binary runs")
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Every table's rows, in rowid order, as text: what "the same database" means here (the
/// file's bytes also hold SQLite's change counter, which every write bumps).
fn contents(db: &Path) -> String {
    use seedbed_db::{Db, SqliteDb};
    let mut db = SqliteDb::open_file(db).unwrap();
    let tables = db
        .query(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
            &[],
        )
        .unwrap();
    let mut out = String::new();
    for row in tables.rows {
        let Some(name) = row[0].as_str().map(str::to_owned) else {
            continue;
        };
        let rows = db
            .query(&format!("SELECT * FROM \"{name}\" ORDER BY rowid"), &[])
            .unwrap();
        out.push_str(&format!(
            "{name} rows: {}\n{:?}\n",
            rows.rows.len(),
            rows.rows
        ));
    }
    out
}

fn examples() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join("prisma/schema.prisma").is_file())
        .collect();
    dirs.sort();
    dirs
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("seedbed-workflow-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

#[test]
fn every_example_runs_the_whole_workflow() {
    let examples = examples();
    assert!(examples.len() >= 2, "examples/ has its projects");
    for example in examples {
        let name = example.file_name().unwrap().to_string_lossy().into_owned();
        let dir = scratch(&name);
        copy_dir(&example, &dir);

        let out = seedbed(&dir, &["validate"]);
        assert!(out.status.success(), "{name}: validate\n{}", text(&out));
        let out = seedbed(&dir, &["format", "--check"]);
        assert!(
            out.status.success(),
            "{name}: the example is formatted as prisma format would\n{}",
            text(&out)
        );

        let out = seedbed(&dir, &["migrate", "dev", "--name", "init"]);
        assert!(out.status.success(), "{name}: migrate dev\n{}", text(&out));
        assert!(
            text(&out).contains("Your database is now in sync with your schema."),
            "{}",
            text(&out)
        );
        let out = seedbed(&dir, &["migrate", "status"]);
        assert!(
            out.status.success(),
            "{name}: migrate status\n{}",
            text(&out)
        );
        assert!(
            text(&out).contains("Database schema is up to date!"),
            "{}",
            text(&out)
        );

        let db = dir.join("prisma/dev.db");
        let out = seedbed(&dir, &["seed", "--rows", "30", "--seed", "42"]);
        assert!(out.status.success(), "{name}: seed\n{}", text(&out));
        let first = contents(&db);
        assert!(
            first.contains("rows: 30"),
            "{name}: 30 rows per model\n{first}"
        );
        let out = seedbed(&dir, &["seed", "--rows", "30", "--seed", "42"]);
        assert!(out.status.success(), "{name}: seed again\n{}", text(&out));
        assert_eq!(
            first,
            contents(&db),
            "{name}: purge then seed is reproducible"
        );

        let out = seedbed(&dir, &["db", "pull", "--print"]);
        assert!(
            out.status.success(),
            "{name}: db pull --print\n{}",
            text(&out)
        );
        let pulled = String::from_utf8_lossy(&out.stdout);
        assert!(
            !seedbed_psl::parse_and_validate(&pulled).has_errors()
                || pulled.contains("@default(\""),
            "{name}: the pulled schema validates (except Prisma's own enum-default quirk)\n{pulled}"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}

#[test]
fn a_destructive_change_is_refused_without_a_terminal() {
    let dir = scratch("destructive");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/quickstart"),
        &dir,
    );
    assert!(
        seedbed(&dir, &["migrate", "dev", "--name", "init"])
            .status
            .success()
    );
    assert!(seedbed(&dir, &["seed", "--rows", "5"]).status.success());
    let schema = dir.join("prisma/schema.prisma");
    let text_before = std::fs::read_to_string(&schema).unwrap();
    std::fs::write(&schema, text_before.replace("  name  String?\n", "")).unwrap();
    let out = seedbed(&dir, &["migrate", "dev", "--name", "drop_name"]);
    assert!(
        !out.status.success(),
        "dropping a column with data needs confirmation\n{}",
        text(&out)
    );
    assert!(
        text(&out).contains("You are about to drop the column `name` on the `User` table"),
        "{}",
        text(&out)
    );
    let _ = std::fs::remove_dir_all(&dir);
}
