//! The project folder as data: every file by its path from the project root, plus whether
//! the SQLite file the datasource names exists yet. The worker persists it beside the
//! database; a share link or an export carries it whole.
//!
//! Paths use `/`, never start with `/`, and have no `.` or `..` parts ([`clean_path`]), so a
//! path from a command line or a link can never point outside the project.

use seedbed_migrate::{MigrationDir, Project};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub const SCHEMA_PATH: &str = "prisma/schema.prisma";
pub const MIGRATIONS_DIR: &str = "prisma/migrations";
pub const LOCK_PATH: &str = "prisma/migrations/migration_lock.toml";
pub const PACKAGE_JSON: &str = "package.json";
pub const SEED_PATH: &str = "prisma/seed.ts";

/// What a new project's `package.json` says: the seed command Prisma 6 reads.
pub const DEFAULT_PACKAGE_JSON: &str = "{\n  \"name\": \"playground\",\n  \"private\": true,\n  \"prisma\": {\n    \"seed\": \"tsx prisma/seed.ts\"\n  }\n}\n";

/// The project: files and the database file's existence.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProjectFiles {
    pub files: BTreeMap<String, String>,
    /// Whether the datasource's SQLite file exists (Prisma prints that it created it, and
    /// `migrate dev` seeds, when it did not).
    #[serde(default)]
    pub database_exists: bool,
}

impl ProjectFiles {
    /// A project with `schema` and the default `package.json` (seed: `prisma/seed.ts`).
    pub fn new(schema: &str) -> Self {
        let mut files = BTreeMap::new();
        files.insert(SCHEMA_PATH.to_owned(), schema.to_owned());
        files.insert(PACKAGE_JSON.to_owned(), DEFAULT_PACKAGE_JSON.to_owned());
        ProjectFiles {
            files,
            database_exists: false,
        }
    }

    pub fn schema(&self) -> &str {
        self.files.get(SCHEMA_PATH).map_or("", String::as_str)
    }

    pub fn set_schema(&mut self, text: &str) {
        self.files.insert(SCHEMA_PATH.to_owned(), text.to_owned());
    }

    pub fn read(&self, path: &str) -> Option<&str> {
        self.files.get(&clean_path(path)?).map(String::as_str)
    }

    /// Writes a file; refused (false) for a path that leaves the project.
    pub fn write(&mut self, path: &str, contents: &str) -> bool {
        match clean_path(path) {
            Some(p) if !p.is_empty() => {
                self.files.insert(p, contents.to_owned());
                true
            }
            _ => false,
        }
    }

    /// Removes a file, or every file under a folder.
    pub fn remove(&mut self, path: &str) -> usize {
        let Some(p) = clean_path(path) else { return 0 };
        let folder = format!("{p}/");
        let before = self.files.len();
        self.files.retain(|k, _| *k != p && !k.starts_with(&folder));
        before - self.files.len()
    }

    /// Whether any file lives under `folder`.
    pub fn is_dir(&self, folder: &str) -> bool {
        let Some(p) = clean_path(folder) else {
            return false;
        };
        let prefix = format!("{p}/");
        p.is_empty() || self.files.keys().any(|k| k.starts_with(&prefix))
    }

    /// The migration directories under `folder` (each subfolder is one; a folder without a
    /// `migration.sql` is kept with `sql: None`, Prisma's P3015) and its lock file.
    pub fn migrations_in(&self, folder: &str) -> (Vec<MigrationDir>, Option<String>) {
        let Some(folder) = clean_path(folder) else {
            return (Vec::new(), None);
        };
        let prefix = format!("{folder}/");
        let mut dirs: BTreeMap<String, Option<String>> = BTreeMap::new();
        for (path, contents) in &self.files {
            let Some(rest) = path.strip_prefix(&prefix) else {
                continue;
            };
            if let Some((dir, file)) = rest.split_once('/') {
                let entry = dirs.entry(dir.to_owned()).or_default();
                if file == "migration.sql" {
                    *entry = Some(contents.clone());
                }
            }
        }
        let lock = self
            .files
            .get(&format!("{prefix}migration_lock.toml"))
            .cloned();
        let dirs = dirs
            .into_iter()
            .map(|(name, sql)| MigrationDir { name, sql })
            .collect();
        (dirs, lock)
    }

    /// The project as the migration commands read it.
    pub fn to_project(&self) -> Project {
        let mut project = Project::new(self.schema());
        let (migrations, lock) = self.migrations_in(MIGRATIONS_DIR);
        project.migrations = migrations;
        project.lock_file = lock;
        if let Some(dotenv) = self.files.get(".env") {
            project.env = parse_dotenv(dotenv);
            project.env_file = Some(".env".into());
        }
        project.database_exists = self.database_exists;
        project
    }
}

/// `path` normalised to `a/b/c`: backslashes become slashes, `.` and empty parts go, a
/// leading `./` or `/` is dropped. `None` when a `..` part would leave the project.
pub fn clean_path(path: &str) -> Option<String> {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split(['/', '\\']) {
        match part {
            "" | "." => {}
            ".." => return None,
            p => parts.push(p),
        }
    }
    Some(parts.join("/"))
}

pub use seedbed_migrate::project::parse_dotenv;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_stay_inside() {
        assert_eq!(
            clean_path("./prisma//schema.prisma").as_deref(),
            Some("prisma/schema.prisma")
        );
        assert_eq!(clean_path("/etc/passwd").as_deref(), Some("etc/passwd"));
        assert_eq!(
            clean_path("prisma\\migrations").as_deref(),
            Some("prisma/migrations")
        );
        assert_eq!(clean_path("../x"), None);
        assert_eq!(clean_path("a/../../x"), None);
    }

    #[test]
    fn migrations_are_folders() {
        let mut p = ProjectFiles::new("");
        p.write("prisma/migrations/2_b/migration.sql", "B");
        p.write("prisma/migrations/1_a/migration.sql", "A");
        p.write("prisma/migrations/3_empty/README", "x");
        p.write(LOCK_PATH, "provider = \"sqlite\"");
        let (dirs, lock) = p.migrations_in(MIGRATIONS_DIR);
        let names: Vec<_> = dirs
            .iter()
            .map(|d| (d.name.as_str(), d.sql.as_deref()))
            .collect();
        assert_eq!(
            names,
            [("1_a", Some("A")), ("2_b", Some("B")), ("3_empty", None)]
        );
        assert!(lock.is_some());
        assert_eq!(p.remove("prisma/migrations/1_a"), 1);
        assert!(!p.write("../evil", "x"));
    }
}
