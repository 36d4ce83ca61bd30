//! The list of projects saved in a browser: names, ids, which one is open, and the panes
//! each shows. Pure data and rules (names checked, ids made unique, the last project never
//! vanishes); the worker stores it in IndexedDB under [`INDEX_KEY`] and keeps each
//! project's database, files and generated client under keys built from its id.

use serde::{Deserialize, Serialize};

/// Where the index is stored.
pub const INDEX_KEY: &str = "projects";
/// The id of the project browsers had before there were several: its keys
/// (`project:default`, `files:default`, `client:default`) are the ones older versions
/// wrote, so an existing playground becomes the first project without copying anything.
pub const DEFAULT_ID: &str = "default";
/// The name of the first project (and of the fresh one left when the last is deleted).
pub const DEFAULT_NAME: &str = "My project";
/// A name longer than this is refused (it must fit a menu).
pub const MAX_NAME_CHARS: usize = 60;

/// The storage key of a project's database bytes.
pub fn database_key(id: &str) -> String {
    format!("project:{id}")
}

/// The storage key of a project's files (JSON of a `ProjectSnapshot`).
pub fn files_key(id: &str) -> String {
    format!("files:{id}")
}

/// The storage key of a project's generated client (its schema text).
pub fn client_key(id: &str) -> String {
    format!("client:{id}")
}

/// One saved project.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProjectInfo {
    pub id: String,
    pub name: String,
    /// When it was last opened (ms since the epoch).
    pub last_opened: f64,
    /// The panes shown (names as in `?panes=`); empty: all.
    #[serde(default)]
    pub panes: Vec<String>,
}

/// The projects in creation order, and the id of the open one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProjectIndex {
    pub projects: Vec<ProjectInfo>,
    pub current: String,
}

/// Why a request about projects (a name, an imported file) was refused: a stable code the
/// page turns into a translated message, and a detail (the offending value, in English).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Refusal {
    pub code: String,
    pub detail: String,
}

impl Refusal {
    pub fn new(code: &str, detail: impl Into<String>) -> Refusal {
        Refusal {
            code: code.to_owned(),
            detail: detail.into(),
        }
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.code, self.detail)
    }
}

/// A project name as typed, trimmed; refused when empty, too long, with control characters
/// or already used by another project (`except`: the project being renamed). Names are
/// compared without regard to case, so "Blog" and "blog" cannot both exist.
pub fn check_name(
    name: &str,
    index: &ProjectIndex,
    except: Option<&str>,
) -> Result<String, Refusal> {
    let name = name.trim();
    if name.is_empty() {
        return Err(Refusal::new("name_empty", ""));
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(Refusal::new("name_too_long", MAX_NAME_CHARS.to_string()));
    }
    if name.chars().any(char::is_control) {
        return Err(Refusal::new("name_invalid", name));
    }
    let taken = index
        .projects
        .iter()
        .any(|p| Some(p.id.as_str()) != except && p.name.to_lowercase() == name.to_lowercase());
    if taken {
        return Err(Refusal::new("name_taken", name));
    }
    Ok(name.to_owned())
}

impl ProjectIndex {
    /// A browser's first index: one project with the id older versions used.
    pub fn first(now: f64) -> ProjectIndex {
        ProjectIndex {
            projects: vec![ProjectInfo {
                id: DEFAULT_ID.to_owned(),
                name: DEFAULT_NAME.to_owned(),
                last_opened: now,
                panes: Vec::new(),
            }],
            current: DEFAULT_ID.to_owned(),
        }
    }

    /// A stored index, or `None` when it is missing or damaged (the caller starts again
    /// with [`ProjectIndex::first`], which finds the oldest project's data again).
    pub fn parse(bytes: &[u8]) -> Option<ProjectIndex> {
        let mut index: ProjectIndex = serde_json::from_slice(bytes).ok()?;
        index.projects.retain(|p| !p.id.is_empty());
        if index.projects.is_empty() {
            return None;
        }
        if index.get(&index.current).is_none() {
            index.current = index.most_recent(None)?.to_owned();
        }
        Some(index)
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        serde_json::to_vec(self).unwrap_or_default()
    }

    pub fn get(&self, id: &str) -> Option<&ProjectInfo> {
        self.projects.iter().find(|p| p.id == id)
    }

    fn get_mut(&mut self, id: &str) -> Option<&mut ProjectInfo> {
        self.projects.iter_mut().find(|p| p.id == id)
    }

    /// The open project.
    pub fn current(&self) -> Option<&ProjectInfo> {
        self.get(&self.current)
    }

    /// The id of the project opened most recently, other than `except`.
    fn most_recent(&self, except: Option<&str>) -> Option<&str> {
        self.projects
            .iter()
            .filter(|p| Some(p.id.as_str()) != except)
            .max_by(|a, b| a.last_opened.total_cmp(&b.last_opened))
            .map(|p| p.id.as_str())
    }

    /// An id no project has: the time in base 36, with a counter when the clock repeats.
    pub fn new_id(&self, now: f64) -> String {
        let stem = format!("p{}", base36(now.max(0.0) as u64));
        let mut id = stem.clone();
        let mut n = 1;
        while self.get(&id).is_some() {
            n += 1;
            id = format!("{stem}-{n}");
        }
        id
    }

    /// `wanted`, or `wanted (2)`, `(3)`… when taken (an imported file never replaces a
    /// project with the same name).
    pub fn unique_name(&self, wanted: &str) -> String {
        let wanted: String = wanted.trim().chars().take(MAX_NAME_CHARS - 5).collect();
        let wanted = if wanted.is_empty() {
            DEFAULT_NAME.to_owned()
        } else {
            wanted
        };
        let mut name = wanted.clone();
        let mut n = 1;
        while check_name(&name, self, None).is_err() {
            n += 1;
            name = format!("{wanted} ({n})");
        }
        name
    }

    /// Adds a project and makes it the open one.
    pub fn add(&mut self, id: &str, name: &str, now: f64, panes: Vec<String>) {
        self.projects.push(ProjectInfo {
            id: id.to_owned(),
            name: name.to_owned(),
            last_opened: now,
            panes,
        });
        self.current = id.to_owned();
    }

    /// Makes `id` the open project; false when there is no such project.
    pub fn open(&mut self, id: &str, now: f64) -> bool {
        let Some(project) = self.get_mut(id) else {
            return false;
        };
        project.last_opened = now;
        self.current = id.to_owned();
        true
    }

    /// Renames a project, with the checks of [`check_name`].
    pub fn rename(&mut self, id: &str, name: &str) -> Result<(), Refusal> {
        let name = check_name(name, self, Some(id))?;
        let project = self
            .get_mut(id)
            .ok_or_else(|| Refusal::new("unknown_project", id))?;
        project.name = name;
        Ok(())
    }

    /// Removes a project. When it was the open one, the most recently opened other one is
    /// opened; when it was the only one, a fresh project (`fresh_id`) takes its place, so
    /// there is always a project. Returns what the caller must load, if the open project
    /// changed.
    pub fn remove(&mut self, id: &str, fresh_id: &str, now: f64) -> Result<Removed, Refusal> {
        if self.get(id).is_none() {
            return Err(Refusal::new("unknown_project", id));
        }
        let was_current = self.current == id;
        self.projects.retain(|p| p.id != id);
        if self.projects.is_empty() {
            self.add(fresh_id, DEFAULT_NAME, now, Vec::new());
            return Ok(Removed::OpenFresh(fresh_id.to_owned()));
        }
        if !was_current {
            return Ok(Removed::CurrentKept);
        }
        let next = self.most_recent(None).unwrap_or(DEFAULT_ID).to_owned();
        self.open(&next, now);
        Ok(Removed::Open(next))
    }

    /// Remembers the panes the open project shows.
    pub fn set_panes(&mut self, panes: Vec<String>) {
        let current = self.current.clone();
        if let Some(project) = self.get_mut(&current) {
            project.panes = panes;
        }
    }
}

/// What removing a project means for the open one.
#[derive(Debug, Clone, PartialEq)]
pub enum Removed {
    /// Another project was removed; the open one stays.
    CurrentKept,
    /// The open project was removed: this saved one opens.
    Open(String),
    /// The last project was removed: this new, empty one opens.
    OpenFresh(String),
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(names: &[&str]) -> ProjectIndex {
        let mut index = ProjectIndex::first(1.0);
        index.projects.clear();
        for (i, name) in names.iter().enumerate() {
            index.add(&format!("id{i}"), name, i as f64, Vec::new());
        }
        index
    }

    #[test]
    fn names_are_checked() {
        let idx = index(&["Blog", "Shop"]);
        let long = "x".repeat(MAX_NAME_CHARS + 1);
        let cases: &[(&str, Option<&str>, Result<&str, &str>)] = &[
            ("  Notes ", None, Ok("Notes")),
            ("", None, Err("name_empty")),
            ("   ", None, Err("name_empty")),
            (&long, None, Err("name_too_long")),
            ("a\u{7}b", None, Err("name_invalid")),
            ("blog", None, Err("name_taken")),
            ("BLOG", Some("id0"), Ok("BLOG")),
            ("Shop", Some("id0"), Err("name_taken")),
        ];
        for (name, except, expected) in cases {
            let got = check_name(name, &idx, *except);
            match expected {
                Ok(ok) => assert_eq!(got.as_deref(), Ok(*ok), "{name:?}"),
                Err(code) => assert_eq!(got.unwrap_err().code, *code, "{name:?}"),
            }
        }
    }

    #[test]
    fn unique_names_and_ids() {
        let mut idx = index(&["Blog", "Blog (2)"]);
        assert_eq!(idx.unique_name("Blog"), "Blog (3)");
        assert_eq!(idx.unique_name(" "), DEFAULT_NAME);
        let a = idx.new_id(1000.0);
        idx.add(&a, "A", 1000.0, Vec::new());
        let b = idx.new_id(1000.0);
        assert_ne!(a, b);
        assert_eq!(a, "prs");
    }

    #[test]
    fn removing_keeps_a_project_open() {
        let mut idx = index(&["A", "B", "C"]);
        idx.open("id0", 10.0);
        // Not the open one: nothing to load.
        assert_eq!(idx.remove("id1", "x", 11.0), Ok(Removed::CurrentKept));
        // The open one: the most recently opened other one opens.
        assert_eq!(
            idx.remove("id0", "x", 12.0),
            Ok(Removed::Open("id2".into()))
        );
        assert_eq!(idx.current, "id2");
        // The last one: a fresh project takes its place.
        assert_eq!(
            idx.remove("id2", "fresh", 13.0),
            Ok(Removed::OpenFresh("fresh".into()))
        );
        assert_eq!(idx.projects.len(), 1);
        assert_eq!(idx.current().map(|p| p.name.as_str()), Some(DEFAULT_NAME));
        assert_eq!(
            idx.remove("nope", "x", 14.0).unwrap_err().code,
            "unknown_project"
        );
    }

    #[test]
    fn rename_and_panes() {
        let mut idx = index(&["A", "B"]);
        assert_eq!(idx.rename("id0", "B").unwrap_err().code, "name_taken");
        idx.rename("id0", " Z ").unwrap();
        assert_eq!(idx.get("id0").unwrap().name, "Z");
        idx.set_panes(vec!["schema".into()]);
        assert_eq!(idx.current().unwrap().panes, ["schema"]);
    }

    #[test]
    fn stored_index_round_trips_and_damage_is_survived() {
        let mut idx = index(&["A", "B"]);
        idx.open("id0", 5.0);
        assert_eq!(ProjectIndex::parse(&idx.to_bytes()), Some(idx.clone()));
        assert_eq!(ProjectIndex::parse(b"{nope"), None);
        assert_eq!(
            ProjectIndex::parse(br#"{"projects":[],"current":"x"}"#),
            None
        );
        // A current id that is gone: the most recent project is opened instead.
        idx.current = "gone".into();
        assert_eq!(ProjectIndex::parse(&idx.to_bytes()).unwrap().current, "id0");
    }

    #[test]
    fn the_first_project_keeps_the_old_keys() {
        let idx = ProjectIndex::first(0.0);
        let id = &idx.current().unwrap().id;
        assert_eq!(database_key(id), "project:default");
        assert_eq!(files_key(id), "files:default");
        assert_eq!(client_key(id), "client:default");
    }
}
