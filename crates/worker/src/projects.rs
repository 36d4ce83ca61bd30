//! New projects and exported ones, without IO: a project made from the starter, an example
//! or a `.seedbed.json` file (validated, its database opened and read before anything
//! changes), and the open project written as such a file. `browser.rs` stores them.

use crate::{Engine, terminal};
use seedbed_db::{Db, SqliteDb};
use seedbed_protocol::ProjectSource;
use seedbed_protocol::project_file::{self, ProjectDocument};
use seedbed_protocol::projects::Refusal;
use seedbed_shell::ProjectFiles;

/// (example name, [(path inside the example, text)]) for each example "New from example"
/// offers, embedded by `build.rs`.
pub const EXAMPLES: &[(&str, &[(&str, &str)])] = include!(concat!(env!("OUT_DIR"), "/examples.rs"));

/// A project ready to open: its files, its database, and the panes it shows.
pub struct Prepared {
    /// The name a file carried (a new project from the starter or an example is named by
    /// the learner).
    pub name: Option<String>,
    pub files: ProjectFiles,
    pub db: SqliteDb,
    pub panes: Vec<String>,
}

fn empty_db() -> Result<SqliteDb, Refusal> {
    SqliteDb::open_in_memory().map_err(|e| Refusal::new("engine", e.message))
}

/// Builds a new project from `source`; a refusal leaves everything as it was.
pub fn prepare(source: ProjectSource) -> Result<Prepared, Refusal> {
    match source {
        ProjectSource::Starter => Ok(Prepared {
            name: None,
            files: terminal::starter_project(),
            db: empty_db()?,
            panes: Vec::new(),
        }),
        ProjectSource::Example { example } => Ok(Prepared {
            name: None,
            files: example_project(&example)?,
            db: empty_db()?,
            panes: Vec::new(),
        }),
        ProjectSource::File { text } => from_document(project_file::parse(&text)?),
    }
}

/// An example's files over the starter's `package.json` and seed script.
pub fn example_project(name: &str) -> Result<ProjectFiles, Refusal> {
    let (_, files) = EXAMPLES
        .iter()
        .find(|(n, _)| *n == name)
        .ok_or_else(|| Refusal::new("unknown_example", name))?;
    let mut project = terminal::starter_project();
    for (path, text) in *files {
        project.write(path, text);
    }
    Ok(project)
}

fn from_document(doc: ProjectDocument) -> Result<Prepared, Refusal> {
    let mut db = empty_db()?;
    if let Some(bytes) = &doc.database {
        // A file that deserialises can still be garbage past its header: read it.
        db.import_bytes(bytes)
            .and_then(|()| {
                db.query("SELECT count(*) FROM sqlite_master", &[])
                    .map(|_| ())
            })
            .map_err(|e| Refusal::new("not_sqlite", e.message))?;
    }
    let files = terminal::from_snapshot(seedbed_protocol::ProjectSnapshot {
        files: doc.files,
        database_exists: doc.database_exists,
    });
    Ok(Prepared {
        name: Some(doc.name),
        files,
        db,
        panes: doc.panes,
    })
}

/// The open project as a `.seedbed.json` document.
pub fn export(engine: &mut Engine, name: &str, panes: &[String]) -> Result<String, String> {
    let bytes = engine.db().export_bytes().map_err(|e| e.message)?;
    let doc = ProjectDocument {
        name: name.to_owned(),
        files: engine.project.files.clone(),
        database_exists: engine.project.database_exists,
        database: Some(bytes),
        panes: panes.to_vec(),
    };
    Ok(project_file::to_json(&doc))
}

#[cfg(test)]
mod tests {
    use super::*;
    use seedbed_protocol::{Request, Response, TerminalAnswers};

    fn terminal(engine: &mut Engine, line: &str) -> i32 {
        let handled = engine.handle(Request::Terminal {
            line: line.into(),
            schema: None,
            answers: TerminalAnswers::default(),
        });
        match handled.response {
            Response::Terminal { exit_code, .. } => exit_code,
            other => panic!("{other:?}"),
        }
    }

    fn open(prepared: Prepared) -> Engine {
        let mut engine = Engine::new(SqliteDb::open_in_memory().unwrap());
        engine.open(prepared.db, prepared.files, None);
        engine
    }

    #[test]
    fn every_example_is_offered_and_migrates() {
        let names: Vec<&str> = EXAMPLES.iter().map(|(n, _)| *n).collect();
        assert_eq!(names, ["quickstart", "blog"]);
        for name in names {
            let prepared = prepare(ProjectSource::Example {
                example: name.into(),
            })
            .unwrap();
            assert!(prepared.files.schema().contains("model "), "{name}");
            assert!(prepared.files.read("package.json").is_some(), "{name}");
            let mut engine = open(prepared);
            assert_eq!(
                terminal(&mut engine, "npx prisma migrate dev --name init"),
                0,
                "{name}"
            );
        }
        assert_eq!(
            example_project("lessons").unwrap_err().code,
            "unknown_example"
        );
    }

    #[test]
    fn export_then_import_gives_the_same_project() {
        let mut engine = open(
            prepare(ProjectSource::Example {
                example: "blog".into(),
            })
            .unwrap(),
        );
        assert_eq!(
            terminal(&mut engine, "npx prisma migrate dev --name init"),
            0
        );
        let text = export(&mut engine, "Blog", &["schema".into()]).unwrap();
        let prepared = prepare(ProjectSource::File { text }).unwrap();
        assert_eq!(prepared.name.as_deref(), Some("Blog"));
        assert_eq!(prepared.panes, ["schema"]);
        assert_eq!(prepared.files, engine.project);
        let mut copy = open(prepared);
        let tables = |e: &mut Engine| match e.handle(Request::ListTables).response {
            Response::Tables { tables } => tables,
            other => panic!("{other:?}"),
        };
        assert_eq!(tables(&mut copy), tables(&mut engine));
        assert!(
            tables(&mut copy)
                .iter()
                .any(|t| t.name == "_prisma_migrations")
        );
    }

    #[test]
    fn a_file_whose_database_is_damaged_past_its_header_is_refused() {
        let mut bytes = project_file::SQLITE_HEADER.to_vec();
        bytes.extend(std::iter::repeat_n(0xAB, 600));
        let doc = ProjectDocument {
            name: "x".into(),
            files: [(project_file::SCHEMA_PATH.to_owned(), String::new())].into(),
            database_exists: true,
            database: Some(bytes),
            panes: vec![],
        };
        let refusal = prepare(ProjectSource::File {
            text: project_file::to_json(&doc),
        })
        .err()
        .unwrap();
        assert_eq!(refusal.code, "not_sqlite");
    }
}
