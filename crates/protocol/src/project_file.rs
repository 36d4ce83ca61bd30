//! A whole project as one file (`<name>.seedbed.json`): a versioned JSON document with the
//! project's name, files, database (base64) and panes. Writing is plain serialisation;
//! reading treats the file as untrusted input: every check below answers a [`Refusal`] with
//! a stable code (the page words it), and nothing is created unless all of them pass.
//!
//! ```json
//! { "format": "seedbed-project", "version": 1, "name": "Blog",
//!   "files": { "prisma/schema.prisma": "…" }, "databaseExists": true,
//!   "database": "U1FMaXRlIGZvcm1hdCAzAA…", "panes": ["schema", "terminal"] }
//! ```

use crate::projects::{MAX_NAME_CHARS, Refusal};
use base64::Engine as _;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// The document's `format`.
pub const FORMAT: &str = "seedbed-project";
/// The only `version` this code reads and writes.
pub const VERSION: u64 = 1;
/// The file name's ending.
pub const EXTENSION: &str = ".seedbed.json";
/// Larger files are refused before they are read.
pub const MAX_BYTES: usize = 64 * 1024 * 1024;
/// A project has a handful of files and migrations; more is not a project of ours.
pub const MAX_FILES: usize = 2000;
pub const MAX_PATH_CHARS: usize = 200;
const MAX_PANES: usize = 20;
/// The first bytes of every SQLite database file.
pub const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";
/// The file every project has.
pub const SCHEMA_PATH: &str = "prisma/schema.prisma";

const FIELDS: &[&str] = &[
    "format",
    "version",
    "name",
    "files",
    "databaseExists",
    "database",
    "panes",
];

/// A project as exported or imported.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectDocument {
    pub name: String,
    pub files: BTreeMap<String, String>,
    /// Whether the project's SQLite file exists yet (before the first `migrate dev` it
    /// does not, as in a real project folder).
    pub database_exists: bool,
    /// The database file's bytes; `None` for an empty database.
    pub database: Option<Vec<u8>>,
    pub panes: Vec<String>,
}

/// The document as JSON text (indented, so it reads and diffs well).
pub fn to_json(doc: &ProjectDocument) -> String {
    let mut object = Map::new();
    object.insert("format".into(), FORMAT.into());
    object.insert("version".into(), VERSION.into());
    object.insert("name".into(), doc.name.clone().into());
    let files: Map<String, Value> = doc
        .files
        .iter()
        .map(|(path, text)| (path.clone(), Value::String(text.clone())))
        .collect();
    object.insert("files".into(), Value::Object(files));
    object.insert("databaseExists".into(), doc.database_exists.into());
    let database = doc
        .database
        .as_ref()
        .filter(|bytes| !bytes.is_empty())
        .map(|bytes| base64::engine::general_purpose::STANDARD.encode(bytes));
    object.insert(
        "database".into(),
        database.map_or(Value::Null, Value::String),
    );
    object.insert(
        "panes".into(),
        Value::Array(doc.panes.iter().cloned().map(Value::String).collect()),
    );
    serde_json::to_string_pretty(&Value::Object(object)).unwrap_or_default()
}

/// Reads a document, refusing anything that is not exactly a version-1 project.
pub fn parse(text: &str) -> Result<ProjectDocument, Refusal> {
    if text.len() > MAX_BYTES {
        return Err(Refusal::new(
            "too_large",
            (MAX_BYTES / 1_048_576).to_string(),
        ));
    }
    let value: Value =
        serde_json::from_str(text).map_err(|e| Refusal::new("not_json", e.to_string()))?;
    let Value::Object(object) = value else {
        return Err(Refusal::new("not_json", "not a JSON object"));
    };
    match object.get("format") {
        Some(Value::String(f)) if f == FORMAT => {}
        other => return Err(Refusal::new("wrong_format", shown(other))),
    }
    match object.get("version") {
        Some(Value::Number(n)) if n.as_u64() == Some(VERSION) => {}
        other => return Err(Refusal::new("wrong_version", shown(other))),
    }
    if let Some(extra) = object.keys().find(|k| !FIELDS.contains(&k.as_str())) {
        return Err(Refusal::new("unknown_field", extra.clone()));
    }
    if let Some(missing) = FIELDS.iter().find(|f| !object.contains_key(**f)) {
        return Err(Refusal::new("missing_field", *missing));
    }
    let name = parse_name(&object["name"])?;
    let files = parse_files(&object["files"])?;
    let database_exists = object["databaseExists"]
        .as_bool()
        .ok_or_else(|| Refusal::new("bad_field", "databaseExists: expected true or false"))?;
    let database = parse_database(&object["database"])?;
    let panes = parse_panes(&object["panes"])?;
    Ok(ProjectDocument {
        name,
        files,
        database_exists,
        database,
        panes,
    })
}

/// A value as it appears in the file, shortened, for a message.
fn shown(value: Option<&Value>) -> String {
    let text = value.map_or_else(|| "nothing".to_owned(), Value::to_string);
    text.chars().take(40).collect()
}

fn parse_name(value: &Value) -> Result<String, Refusal> {
    let name = value
        .as_str()
        .ok_or_else(|| Refusal::new("bad_field", "name: expected text"))?
        .trim();
    if name.is_empty()
        || name.chars().count() > MAX_NAME_CHARS
        || name.chars().any(char::is_control)
    {
        return Err(Refusal::new(
            "bad_field",
            "name: empty, too long or with control characters",
        ));
    }
    Ok(name.to_owned())
}

fn parse_files(value: &Value) -> Result<BTreeMap<String, String>, Refusal> {
    let object = value
        .as_object()
        .ok_or_else(|| Refusal::new("bad_field", "files: expected an object of path → text"))?;
    if object.len() > MAX_FILES {
        return Err(Refusal::new(
            "bad_field",
            format!("files: more than {MAX_FILES}"),
        ));
    }
    let mut files = BTreeMap::new();
    for (path, text) in object {
        check_path(path)?;
        let text = text
            .as_str()
            .ok_or_else(|| Refusal::new("bad_field", format!("files: {path}: expected text")))?;
        files.insert(path.clone(), text.to_owned());
    }
    if !files.contains_key(SCHEMA_PATH) {
        return Err(Refusal::new("missing_schema", SCHEMA_PATH));
    }
    Ok(files)
}

/// A path inside the project: relative, `/`-separated, no `.` or `..` step, no drive or
/// scheme (`C:`, `file:`), no backslash, no control character.
pub fn check_path(path: &str) -> Result<(), Refusal> {
    let bad = path.is_empty()
        || path.chars().count() > MAX_PATH_CHARS
        || path.starts_with('/')
        || path.contains(['\\', ':'])
        || path.chars().any(char::is_control)
        || path
            .split('/')
            .any(|step| step.is_empty() || step == "." || step == "..");
    if bad {
        let shown: String = path.chars().take(60).collect();
        return Err(Refusal::new("bad_path", shown));
    }
    Ok(())
}

fn parse_database(value: &Value) -> Result<Option<Vec<u8>>, Refusal> {
    let text = match value {
        Value::Null => return Ok(None),
        Value::String(text) => text,
        _ => {
            return Err(Refusal::new(
                "bad_field",
                "database: expected base64 text or null",
            ));
        }
    };
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(text.trim())
        .map_err(|e| Refusal::new("bad_base64", e.to_string()))?;
    if bytes.is_empty() {
        return Ok(None);
    }
    if !bytes.starts_with(SQLITE_HEADER) {
        return Err(Refusal::new("not_sqlite", "the header is not SQLite's"));
    }
    Ok(Some(bytes))
}

fn parse_panes(value: &Value) -> Result<Vec<String>, Refusal> {
    let refusal = || Refusal::new("bad_field", "panes: expected a list of pane names");
    let list = value.as_array().ok_or_else(refusal)?;
    if list.len() > MAX_PANES {
        return Err(refusal());
    }
    list.iter()
        .map(|pane| match pane.as_str() {
            Some(name)
                if !name.is_empty()
                    && name.len() <= 20
                    && name.chars().all(|c| c.is_ascii_lowercase()) =>
            {
                Ok(name.to_owned())
            }
            _ => Err(refusal()),
        })
        .collect()
}

/// A file name for the export: the project's name with only safe characters.
pub fn file_name(project_name: &str) -> String {
    let stem: String = project_name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    let stem = stem.trim_matches('-');
    format!(
        "{}{EXTENSION}",
        if stem.is_empty() { "project" } else { stem }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> ProjectDocument {
        let mut files = BTreeMap::new();
        files.insert(
            SCHEMA_PATH.to_owned(),
            "model A { id Int @id }\n".to_owned(),
        );
        files.insert(
            "prisma/migrations/1_init/migration.sql".to_owned(),
            "CREATE TABLE \"A\" (\"id\" INTEGER);\n".to_owned(),
        );
        let mut database = SQLITE_HEADER.to_vec();
        database.extend([0, 1, 2, 255]);
        ProjectDocument {
            name: "Blog ü".into(),
            files,
            database_exists: true,
            database: Some(database),
            panes: vec!["schema".into(), "terminal".into()],
        }
    }

    #[test]
    fn round_trips() {
        let d = doc();
        assert_eq!(parse(&to_json(&d)), Ok(d.clone()));
        let empty = ProjectDocument {
            database: None,
            database_exists: false,
            panes: vec![],
            ..d
        };
        let text = to_json(&empty);
        assert!(text.contains("\"database\": null"), "{text}");
        assert_eq!(parse(&text), Ok(empty));
    }

    #[test]
    fn too_large_is_refused_before_parsing() {
        let text = " ".repeat(MAX_BYTES + 1);
        assert_eq!(parse(&text).unwrap_err().code, "too_large");
    }

    #[test]
    fn paths_must_stay_inside_the_project() {
        for ok in ["prisma/schema.prisma", "package.json", "a/b c/d.sql"] {
            assert!(check_path(ok).is_ok(), "{ok}");
        }
        for bad in [
            "",
            "/etc/passwd",
            "../x",
            "prisma/../../x",
            "a//b",
            "./a",
            "C:\\x",
            "c:/x",
            "a\\b",
            "file:///x",
            "a/\u{0}",
            "a/",
        ] {
            assert_eq!(check_path(bad).unwrap_err().code, "bad_path", "{bad:?}");
        }
    }

    #[test]
    fn file_names_are_safe() {
        assert_eq!(file_name("My project"), "My-project.seedbed.json");
        assert_eq!(file_name("../x"), "x.seedbed.json");
        assert_eq!(file_name("///"), "project.seedbed.json");
    }
}
