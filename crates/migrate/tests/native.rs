//! The native shell on real folders: a project laid out as Prisma's, the `.env` URL, files
//! written back, junk in the migrations folder, and Prisma's own fixture folders.

#![cfg(feature = "native")]

use seedbed_migrate::native::{load_folder, run_cli};
use std::path::{Path, PathBuf};

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("seedbed-migrate-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("prisma")).unwrap();
    dir
}

fn cli(dir: &Path, args: &str) -> i32 {
    let args: Vec<String> = args.split_whitespace().map(str::to_owned).collect();
    run_cli(&args, dir)
}

const SCHEMA: &str = "datasource db {\n  provider = \"sqlite\"\n  url      = env(\"DATABASE_URL\")\n}\n\nmodel User {\n  id    Int    @id @default(autoincrement())\n  email String @unique\n}\n";

#[test]
fn project_folder_round_trip() {
    let dir = temp("roundtrip");
    std::fs::write(dir.join("prisma/schema.prisma"), SCHEMA).unwrap();
    std::fs::write(dir.join(".env"), "DATABASE_URL=\"file:./dev.db\"\n").unwrap();
    let loaded = load_folder(&dir, None).unwrap();
    assert!(!loaded.project.database_exists);
    assert_eq!(loaded.database, Some(dir.join("prisma/./dev.db")));

    assert_eq!(cli(&dir, "migrate dev --name Init"), 0);
    assert!(dir.join("prisma/dev.db").exists());
    let migrations = dir.join("prisma/migrations");
    let lock = std::fs::read_to_string(migrations.join("migration_lock.toml")).unwrap();
    assert_eq!(lock, seedbed_migrate::LOCK_FILE);
    let names: Vec<String> = std::fs::read_dir(&migrations)
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 1);
    assert!(
        names[0].ends_with("_init") && names[0].len() == 19,
        "{names:?}"
    );
    assert_eq!(cli(&dir, "migrate status"), 0);
    assert_eq!(cli(&dir, "migrate dev"), 0);

    // Junk: a stray file is ignored, a directory without migration.sql is P3015.
    std::fs::write(migrations.join("README.md"), "notes").unwrap();
    assert_eq!(cli(&dir, "migrate status"), 0);
    std::fs::create_dir_all(migrations.join("20990101000000_empty")).unwrap();
    assert_eq!(cli(&dir, "migrate status"), 1);
    std::fs::remove_dir_all(migrations.join("20990101000000_empty")).unwrap();

    assert_eq!(
        cli(
            &dir,
            "migrate diff --from-empty --to-schema-datamodel prisma/schema.prisma --exit-code"
        ),
        2
    );
    assert_eq!(
        cli(
            &dir,
            "migrate diff --from-migrations prisma/migrations --to-schema-datasource prisma/schema.prisma --exit-code"
        ),
        0
    );
    assert_eq!(
        cli(
            &dir,
            "migrate diff --from-url file:prisma/dev.db --to-migrations prisma/migrations --exit-code"
        ),
        0
    );
    std::fs::write(
        dir.join("x.sql"),
        "INSERT INTO \"User\" (email) VALUES ('a');",
    )
    .unwrap();
    assert_eq!(
        cli(
            &dir,
            "db execute --file x.sql --schema prisma/schema.prisma"
        ),
        0
    );
    assert_eq!(cli(&dir, "migrate reset --force"), 0);
    assert_eq!(cli(&dir, "migrate resolve"), 1);
    assert_eq!(cli(&dir, "db push"), 0);
    let _ = std::fs::remove_dir_all(&dir);
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

#[test]
fn prisma_written_folders_are_accepted() {
    let fixtures = Path::new("/work/shared/prisma-samples/migrate_fixtures");
    if !fixtures.exists() {
        return;
    }
    let dir = temp("fixtures");
    copy_dir(
        &fixtures.join("existing-db-1-draft-1-change"),
        &dir.join("ok"),
    );
    assert_eq!(cli(&dir.join("ok"), "migrate deploy"), 0);
    assert_eq!(cli(&dir.join("ok"), "migrate status"), 0);
    copy_dir(&fixtures.join("broken-migration"), &dir.join("broken"));
    assert_eq!(cli(&dir.join("broken"), "migrate deploy"), 1);
    assert_eq!(cli(&dir.join("broken"), "migrate status"), 1);
    assert_eq!(
        cli(
            &dir.join("broken"),
            "migrate resolve --rolled-back 20201117152717_draft"
        ),
        0
    );
    let _ = std::fs::remove_dir_all(&dir);
}
