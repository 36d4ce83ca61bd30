//! Where the worker keeps projects between switches: IndexedDB, or a map in memory when
//! nothing may be saved (an embed, private mode, storage lost). In memory, switching
//! projects still works for the life of the worker.

use crate::Engine;
use crate::idb::ByteStore;
use seedbed_db::SqliteDb;
use seedbed_protocol::ProjectSnapshot;
use seedbed_protocol::projects::{client_key, database_key, files_key};
use seedbed_shell::ProjectFiles;
use std::collections::HashMap;

pub enum Shelf {
    Saved(ByteStore),
    Memory(HashMap<String, Vec<u8>>),
}

/// A project read from the shelf.
pub struct Loaded {
    pub db: SqliteDb,
    pub files: ProjectFiles,
    pub client: Option<String>,
    /// Bytes of database restored (0: none, or a damaged save that was ignored).
    pub restored_bytes: u64,
}

impl Shelf {
    pub fn memory() -> Shelf {
        Shelf::Memory(HashMap::new())
    }

    /// Whether what is put here survives a reload.
    pub fn persistent(&self) -> bool {
        matches!(self, Shelf::Saved(_))
    }

    pub async fn get(&self, key: &str) -> Result<Option<Vec<u8>>, String> {
        match self {
            Shelf::Saved(store) => store.get(key).await,
            Shelf::Memory(map) => Ok(map.get(key).cloned()),
        }
    }

    pub async fn put(&mut self, key: &str, bytes: &[u8]) -> Result<(), String> {
        match self {
            Shelf::Saved(store) => store.put(key, bytes).await,
            Shelf::Memory(map) => {
                map.insert(key.to_owned(), bytes.to_vec());
                Ok(())
            }
        }
    }

    pub async fn delete(&mut self, key: &str) -> Result<(), String> {
        match self {
            Shelf::Saved(store) => store.delete(key).await,
            Shelf::Memory(map) => {
                map.remove(key);
                Ok(())
            }
        }
    }

    /// Reads project `id`; what was never saved starts as the starter project. A damaged
    /// save is ignored (and kept untouched until the next write) rather than failing.
    pub async fn load(&self, id: &str) -> Result<Loaded, String> {
        let mut db = SqliteDb::open_in_memory().map_err(|e| e.message)?;
        let mut restored_bytes = 0;
        if let Some(bytes) = self.get(&database_key(id)).await? {
            match db.import_bytes(&bytes) {
                Ok(()) => restored_bytes = bytes.len() as u64,
                Err(err) => warn(&format!("saved database ignored: {}", err.message)),
            }
        }
        let files = match self.get(&files_key(id)).await? {
            Some(bytes) => match serde_json::from_slice::<ProjectSnapshot>(&bytes) {
                Ok(snapshot) => crate::terminal::from_snapshot(snapshot),
                Err(err) => {
                    warn(&format!("saved project files ignored: {err}"));
                    crate::terminal::starter_project()
                }
            },
            None => crate::terminal::starter_project(),
        };
        let client = self
            .get(&client_key(id))
            .await?
            .map(|bytes| String::from_utf8_lossy(&bytes).into_owned());
        Ok(Loaded {
            db,
            files,
            client,
            restored_bytes,
        })
    }

    /// Writes the engine's project (database, files, generated client) as project `id`.
    pub async fn save(&mut self, id: &str, engine: &mut Engine) -> Result<(), String> {
        let bytes = engine.db().export_bytes().map_err(|e| e.message)?;
        self.put(&database_key(id), &bytes).await?;
        let files = serde_json::to_vec(&crate::terminal::snapshot(&engine.project))
            .map_err(|e| e.to_string())?;
        self.put(&files_key(id), &files).await?;
        match engine.client_schema() {
            Some(schema) => self.put(&client_key(id), schema.as_bytes()).await,
            None => self.delete(&client_key(id)).await,
        }
    }

    /// Forgets project `id`'s data.
    pub async fn forget(&mut self, id: &str) -> Result<(), String> {
        self.delete(&database_key(id)).await?;
        self.delete(&files_key(id)).await?;
        self.delete(&client_key(id)).await
    }
}

fn warn(text: &str) {
    web_sys::console::warn_1(&text.into());
}
