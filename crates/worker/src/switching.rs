//! The project requests in the browser worker: list, create (starter, example, imported
//! file), switch, rename, delete, export, panes. They run between two ordinary requests,
//! and a switch saves the open project before it loads the next, so nothing is lost; a
//! refused request changes nothing.

use crate::Engine;
use crate::projects::{export, prepare};
use crate::shelf::Shelf;
use seedbed_protocol::projects::{
    DEFAULT_NAME, INDEX_KEY, ProjectIndex, Refusal, Removed, check_name,
};
use seedbed_protocol::{ProjectSource, Request, Response};

/// Whether `request` is one of the project requests [`handle`] answers.
pub fn is_project_request(request: &Request) -> bool {
    matches!(
        request,
        Request::Projects
            | Request::CreateProject { .. }
            | Request::SwitchProject { .. }
            | Request::RenameProject { .. }
            | Request::DeleteProject { .. }
            | Request::ExportProject
            | Request::SetPanes { .. }
    )
}

/// The worker's projects: where they are kept, their index, and the engine holding the
/// open one.
pub struct Projects<'a> {
    pub shelf: &'a mut Shelf,
    pub index: &'a mut ProjectIndex,
    pub engine: &'a mut Engine,
}

/// A reply, and the reason storage failed if it did (the caller tells the page and goes on
/// in memory).
pub type Outcome = (Response, Option<String>);

fn refused(refusal: Refusal) -> Outcome {
    (Response::Refused { refusal }, None)
}

impl Projects<'_> {
    fn listed(&self) -> Response {
        Response::Projects {
            index: self.index.clone(),
        }
    }

    async fn save_index(&mut self) -> Result<(), String> {
        self.shelf.put(INDEX_KEY, &self.index.to_bytes()).await
    }

    /// Saves the open project; refuses to go on (nothing changed) if that fails.
    async fn save_open(&mut self) -> Result<(), Outcome> {
        let id = self.index.current.clone();
        self.shelf.save(&id, self.engine).await.map_err(|reason| {
            (
                Response::Error {
                    message: format!(
                        "The open project could not be saved, so it stays open: {reason}"
                    ),
                },
                None,
            )
        })
    }

    /// Saves the newly opened project and the index; a failure is storage lost.
    async fn persist_opened(&mut self) -> Option<String> {
        let id = self.index.current.clone();
        let saved = match self.shelf.save(&id, self.engine).await {
            Ok(()) => self.save_index().await,
            Err(reason) => Err(reason),
        };
        saved.err()
    }

    /// The editor's text is the open project's schema file (an editor saves before the
    /// project closes), even when its last analysis has not reached the worker yet.
    fn take_editor_schema(&mut self, text: Option<String>) {
        if let Some(text) = text {
            self.engine.project.set_schema(&text);
        }
    }

    pub async fn handle(&mut self, request: Request, now: f64) -> Outcome {
        match request {
            Request::Projects => (self.listed(), None),
            Request::CreateProject {
                name,
                from,
                editor_schema,
            } => {
                self.take_editor_schema(editor_schema);
                self.create(name, from, now).await
            }
            Request::SwitchProject { id, editor_schema } => {
                if self.index.current != id {
                    self.take_editor_schema(editor_schema);
                }
                self.switch(&id, now).await
            }
            Request::RenameProject { id, name } => match self.index.rename(&id, &name) {
                Ok(()) => {
                    let lost = self.save_index().await.err();
                    (self.listed(), lost)
                }
                Err(refusal) => refused(refusal),
            },
            Request::DeleteProject { id } => self.delete(&id, now).await,
            Request::ExportProject => {
                let (name, panes) = self
                    .index
                    .current()
                    .map(|p| (p.name.clone(), p.panes.clone()))
                    .unwrap_or_else(|| (DEFAULT_NAME.to_owned(), Vec::new()));
                match export(self.engine, &name, &panes) {
                    Ok(text) => (Response::Text { text }, None),
                    Err(message) => (Response::Error { message }, None),
                }
            }
            Request::SetPanes { panes } => {
                self.index.set_panes(panes);
                let lost = self.save_index().await.err();
                let saved = lost.is_none() && self.shelf.persistent();
                (Response::Done { saved }, lost)
            }
            other => (
                Response::Error {
                    message: format!("not a project request: {other:?}"),
                },
                None,
            ),
        }
    }

    async fn create(&mut self, name: Option<String>, from: ProjectSource, now: f64) -> Outcome {
        let is_file = matches!(from, ProjectSource::File { .. });
        let checked = match name {
            Some(name) => match check_name(&name, self.index, None) {
                Ok(name) => Some(name),
                Err(refusal) => return refused(refusal),
            },
            None if is_file => None,
            None => return refused(Refusal::new("name_empty", "")),
        };
        let prepared = match prepare(from) {
            Ok(prepared) => prepared,
            Err(refusal) => return refused(refusal),
        };
        let name = checked.unwrap_or_else(|| {
            self.index
                .unique_name(prepared.name.as_deref().unwrap_or(DEFAULT_NAME))
        });
        if let Err(outcome) = self.save_open().await {
            return outcome;
        }
        let id = self.index.new_id(now);
        self.index.add(&id, &name, now, prepared.panes);
        self.engine.open(prepared.db, prepared.files, None);
        let lost = self.persist_opened().await;
        (self.listed(), lost)
    }

    async fn switch(&mut self, id: &str, now: f64) -> Outcome {
        if self.index.get(id).is_none() {
            return refused(Refusal::new("unknown_project", id));
        }
        if self.index.current == id {
            return (self.listed(), None);
        }
        if let Err(outcome) = self.save_open().await {
            return outcome;
        }
        let loaded = match self.shelf.load(id).await {
            Ok(loaded) => loaded,
            Err(message) => return (Response::Error { message }, None),
        };
        self.engine
            .open(loaded.db, loaded.files, loaded.client.as_deref());
        self.index.open(id, now);
        let lost = self.save_index().await.err();
        (self.listed(), lost)
    }

    async fn delete(&mut self, id: &str, now: f64) -> Outcome {
        let fresh_id = self.index.new_id(now);
        let removed = match self.index.remove(id, &fresh_id, now) {
            Ok(removed) => removed,
            Err(refusal) => return refused(refusal),
        };
        let mut lost = None;
        match removed {
            Removed::CurrentKept => {}
            Removed::Open(next) => match self.shelf.load(&next).await {
                Ok(loaded) => self
                    .engine
                    .open(loaded.db, loaded.files, loaded.client.as_deref()),
                Err(reason) => lost = lost.or(Some(reason)),
            },
            Removed::OpenFresh(_) => match prepare(ProjectSource::Starter) {
                Ok(fresh) => {
                    self.engine.open(fresh.db, fresh.files, None);
                    lost = lost.or(self.persist_opened().await);
                }
                Err(refusal) => return refused(refusal),
            },
        }
        if let Err(reason) = self.save_index().await {
            lost = lost.or(Some(reason));
        }
        // Last, so an interruption never leaves the index naming a project without data.
        if let Err(reason) = self.shelf.forget(id).await {
            lost = lost.or(Some(reason));
        }
        (self.listed(), lost)
    }
}
