//! Guided lessons: the format, the texts and the checks. Pure, no IO.
//!
//! A lesson is a folder `examples/lessons/NN-slug/` holding `lesson.json` ([`Lesson`]), its
//! starting project under `project/` (every file there, by its path from the project root)
//! and any other files its steps refer to (`solutions/…`). The build embeds every folder,
//! so a new lesson needs no code.
//!
//! Each step explains (text per language, Markdown-lite: see [`markup`]), asks for an
//! action, and has a [`Check`]: data evaluated against a [`World`], the snapshot of the
//! playground the page assembles (schema, files, the commands run since the step opened,
//! tables, migrations, the generated client). [`evaluate`] says pass, or gives the step's
//! hint in the learner's language. Every text exists in English and Spanish (a test says
//! so); a language without a text falls back to English.
//!
//! A step's `solution` is what a learner would do, as data ([`Action`]): the tests replay
//! it natively through `seedbed-shell` and in the browser, and it can be shown as help.

pub mod check;
pub mod facts;
pub mod markup;

pub use check::{Check, Verdict, World, WorldCommand, WorldMigration, WorldTable, evaluate};
pub use facts::{FieldFacts, ModelFacts, SchemaFacts};

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The default language, and the one every text must have.
pub const DEFAULT_LANGUAGE: &str = "en";

/// The languages every lesson text is written in (a test checks them all).
pub const LESSON_LANGUAGES: &[&str] = &["en", "es"];

/// A text in several languages: language code → text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Text(pub BTreeMap<String, String>);

impl Text {
    /// The text in `language`, else in English, else empty.
    pub fn get(&self, language: &str) -> &str {
        self.0
            .get(language)
            .or_else(|| self.0.get(DEFAULT_LANGUAGE))
            .map_or("", String::as_str)
    }

    /// Whether the text exists, non-empty, in `language`.
    pub fn has(&self, language: &str) -> bool {
        self.0.get(language).is_some_and(|t| !t.trim().is_empty())
    }
}

/// One lesson, as `lesson.json` says.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Lesson {
    /// Stable id, used in links (`?lesson=<id>`) and saved progress: the folder's name.
    pub id: String,
    pub title: Text,
    /// One or two sentences shown in the lesson list.
    pub summary: Text,
    pub steps: Vec<Step>,
    /// Stand-ins for seed scripts when the tests run natively (no JavaScript there): a seed
    /// script of this lesson (`project/prisma/seed.ts`, `solutions/…`) → a file of this
    /// lesson with SQL doing what the script does.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub native_seed_sql: BTreeMap<String, String>,
    /// The starting project (`project/…` files, by path from the project root); filled
    /// when the lesson is loaded, not written in `lesson.json`.
    #[serde(skip)]
    pub project: BTreeMap<String, String>,
    /// Every file of the lesson folder by its path in the folder (solutions, SQL).
    #[serde(skip)]
    pub files: BTreeMap<String, String>,
}

/// One step: what to read, what to do, how it is checked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Step {
    pub title: Text,
    /// The explanation (Markdown-lite).
    pub text: Text,
    /// What the learner is asked to do (Markdown-lite).
    pub task: Text,
    pub check: Check,
    /// Shown when the check fails (Markdown-lite).
    pub hint: Text,
    /// What a learner would do to pass the check.
    #[serde(default)]
    pub solution: Vec<Action>,
    /// Something a learner might do instead that must leave the check failing (tests).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub wrong: Vec<Action>,
}

/// Something a learner does.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Action {
    /// A terminal line to run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub run: Option<String>,
    /// The answer to the question the line asks (`yes`, `no`, or a migration name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<String>,
    /// A project file to write (in the editor for `prisma/schema.prisma`)…
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub write: Option<String>,
    /// …with the contents of this file of the lesson folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// A mutation run in the partial-refresh lab: the preset's id (`add`, `edit`, …)…
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lab: Option<String>,
    /// …and what the page does afterwards (`stale`, `reload`, `refresh`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<String>,
    /// For the native tests, which have no lab: a file of this lesson with SQL doing what
    /// the lab's mutation does to the database.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub native_sql: Option<String>,
}

/// Why a lesson folder could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    pub folder: String,
    pub message: String,
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "lesson {}: {}", self.folder, self.message)
    }
}

/// The lesson folders embedded at build time: (folder name, [(path in folder, text)]).
pub const EMBEDDED: &[(&str, &[(&str, &str)])] = include!(concat!(env!("OUT_DIR"), "/lessons.rs"));

/// Reads one lesson folder given as (path in folder, text) pairs.
pub fn load(folder: &str, files: &[(&str, &str)]) -> Result<Lesson, LoadError> {
    let fail = |message: String| LoadError {
        folder: folder.to_owned(),
        message,
    };
    let json = files
        .iter()
        .find(|(p, _)| *p == "lesson.json")
        .map(|(_, t)| *t)
        .ok_or_else(|| fail("no lesson.json".into()))?;
    let mut lesson: Lesson = serde_json::from_str(json).map_err(|e| fail(e.to_string()))?;
    if lesson.id != folder {
        return Err(fail(format!(
            "id {:?} differs from the folder's name",
            lesson.id
        )));
    }
    for (path, text) in files {
        lesson.files.insert((*path).to_owned(), (*text).to_owned());
        if let Some(rel) = path.strip_prefix("project/") {
            lesson.project.insert(rel.to_owned(), (*text).to_owned());
        }
    }
    for (i, step) in lesson.steps.iter().enumerate() {
        for action in step.solution.iter().chain(&step.wrong) {
            if let Some(from) = &action.from
                && !lesson.files.contains_key(from)
            {
                return Err(fail(format!("step {}: no file {from}", i + 1)));
            }
            if action.lab.is_some() && action.native_sql.is_none() {
                return Err(fail(format!(
                    "step {}: a `lab` action needs `nativeSql`",
                    i + 1
                )));
            }
            if let Some(file) = &action.native_sql
                && !lesson.files.contains_key(file)
            {
                return Err(fail(format!("step {}: no file {file}", i + 1)));
            }
            if action.write.is_some() != action.from.is_some() {
                return Err(fail(format!(
                    "step {}: `write` and `from` go together",
                    i + 1
                )));
            }
        }
    }
    Ok(lesson)
}

/// Every embedded lesson, in folder order; folders that fail to load are left out (the
/// tests load them all strictly).
pub fn lessons() -> Vec<Lesson> {
    EMBEDDED
        .iter()
        .filter_map(|(folder, files)| load(folder, files).ok())
        .collect()
}

impl Lesson {
    /// The text a solution action writes.
    pub fn action_text(&self, action: &Action) -> Option<&str> {
        action
            .from
            .as_ref()
            .and_then(|f| self.files.get(f))
            .map(String::as_str)
    }

    /// A solution's terminal line with its placeholders filled from the project's paths:
    /// `{migration:_init}` becomes the name of the migration folder ending in `_init`
    /// (its timestamp depends on when the learner ran `migrate dev`).
    pub fn resolve_line<'a>(line: &str, paths: impl Iterator<Item = &'a String> + Clone) -> String {
        let mut out = String::new();
        let mut rest = line;
        while let Some(start) = rest.find("{migration:") {
            out.push_str(&rest[..start]);
            let after = &rest[start + "{migration:".len()..];
            let Some(end) = after.find('}') else {
                rest = &rest[start..];
                break;
            };
            let suffix = &after[..end];
            let found = paths.clone().find_map(|p| {
                let dir = p.strip_prefix("prisma/migrations/")?.split('/').next()?;
                (dir.ends_with(suffix) && p.contains(&format!("{dir}/"))).then_some(dir)
            });
            out.push_str(found.unwrap_or(suffix));
            rest = &after[end + 1..];
        }
        out.push_str(rest);
        out
    }

    /// Every text of the lesson, with a label for messages (tests).
    pub fn texts(&self) -> Vec<(String, &Text)> {
        let mut out = vec![
            ("title".to_owned(), &self.title),
            ("summary".to_owned(), &self.summary),
        ];
        for (i, step) in self.steps.iter().enumerate() {
            let n = i + 1;
            out.push((format!("step {n} title"), &step.title));
            out.push((format!("step {n} text"), &step.text));
            out.push((format!("step {n} task"), &step.task));
            out.push((format!("step {n} hint"), &step.hint));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_falls_back_to_english() {
        let mut t = Text::default();
        t.0.insert("en".into(), "Hello".into());
        t.0.insert("es".into(), "Hola".into());
        assert_eq!(t.get("es"), "Hola");
        assert_eq!(t.get("fr"), "Hello");
        assert!(!t.has("fr"));
        assert_eq!(Text::default().get("es"), "");
    }

    #[test]
    fn placeholders_name_migration_folders() {
        let paths = [
            "prisma/migrations/20250101000000_init/migration.sql".to_owned(),
            "prisma/migrations/migration_lock.toml".to_owned(),
        ];
        assert_eq!(
            Lesson::resolve_line(
                "cat prisma/migrations/{migration:_init}/migration.sql",
                paths.iter()
            ),
            "cat prisma/migrations/20250101000000_init/migration.sql"
        );
        assert_eq!(
            Lesson::resolve_line("a {migration:x", paths.iter()),
            "a {migration:x"
        );
    }

    #[test]
    fn a_folder_must_match_its_id() {
        let json = r#"{"id":"x","title":{"en":"T"},"summary":{"en":"S"},"steps":[]}"#;
        assert!(load("y", &[("lesson.json", json)]).is_err());
        let lesson = load("x", &[("lesson.json", json), ("project/a.txt", "A")]).unwrap();
        assert_eq!(lesson.project.get("a.txt").map(String::as_str), Some("A"));
        assert!(load("x", &[]).is_err());
        assert!(load("x", &[("lesson.json", "{")]).is_err());
    }
}
