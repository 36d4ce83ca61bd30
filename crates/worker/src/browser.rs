//! The worker's shell in the browser: `postMessage` in and out, IndexedDB persistence, and
//! a panic hook that tells the page before the instance dies.

use crate::Engine;
use crate::idb::ByteStore;
use crate::shelf::Shelf;
use crate::switching::{self, Projects};
use futures_channel::mpsc;
use futures_util::StreamExt;
use seedbed_db::SqliteDb;
use seedbed_protocol::mailbox::{self, SharedSlot};
use seedbed_protocol::projects::{INDEX_KEY, ProjectIndex, client_key, database_key, files_key};
use seedbed_protocol::{Envelope, Event, FromWorker, Request, Response, Storage, decode, encode};
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// The IndexedDB database. Projects are kept under keys made from their ids
/// (`seedbed_protocol::projects`), beside the index of projects.
const IDB_NAME: &str = "seedbed";

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

fn post(message: &FromWorker) {
    post_bytes(&encode(message));
}

fn post_bytes(bytes: &[u8]) {
    // The bytes' buffer is transferred, not copied, to the page.
    let bytes = js_sys::Uint8Array::from(bytes);
    let _ = scope().post_message_with_transfer(&bytes, &js_sys::Array::of1(&bytes.buffer()));
}

thread_local! {
    /// The page's in-frame reply slot, when the page is cross-origin isolated
    /// (`seedbed_protocol::mailbox`).
    static MAILBOX: RefCell<Option<SharedSlot>> = const { RefCell::new(None) };
}

/// Replies to request `id` by `postMessage`, which always arrives, and, when the page wants
/// it `in_frame` (`Request::reply_in_frame`), into the shared slot too, where the page can
/// read it in its next animation frame.
fn reply(id: u32, body: Response, in_frame: bool) {
    let bytes = encode(&FromWorker::Reply(Envelope { id, body }));
    if in_frame {
        MAILBOX.with(|slot| {
            if let Ok(slot) = slot.try_borrow()
                && let Some(slot) = slot.as_ref()
            {
                mailbox::offer(slot, id, &bytes);
            }
        });
    }
    post_bytes(&bytes);
}

/// Why an embed saves nothing.
const EMBED_REASON: &str = "embedded in another page: nothing is saved";

/// Entry point, called by `worker.js` once the wasm module is instantiated. `embed`: the
/// page is embedded in another site's page; IndexedDB is never opened, so an embed neither
/// reads nor writes the learner's saved projects. `mailbox`: the page's in-frame reply
/// slot, a `SharedArrayBuffer`, or null where the page is not cross-origin isolated.
#[wasm_bindgen]
pub fn worker_main(debug: bool, embed: bool, mailbox: JsValue) {
    MAILBOX.with(|slot| *slot.borrow_mut() = SharedSlot::over(&mailbox));
    std::panic::set_hook(Box::new(|info| {
        // The page restarts the worker when it hears this; the database it reloads is the
        // last one saved, which is the state before the request that panicked.
        post(&FromWorker::Event(Event::Panicked {
            message: info.to_string(),
        }));
    }));
    let (sender, receiver) = mpsc::unbounded::<Vec<u8>>();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        if let Some(bytes) = event.data().dyn_ref::<js_sys::Uint8Array>() {
            let _ = sender.unbounded_send(bytes.to_vec());
        }
    });
    scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    wasm_bindgen_futures::spawn_local(serve(receiver, debug, embed));
}

/// Opens the storage, loads the open project (or the starter) and answers requests in order.
async fn serve(mut requests: mpsc::UnboundedReceiver<Vec<u8>>, debug: bool, embed: bool) {
    let (mut shelf, mut storage_problem) = if embed {
        (Shelf::memory(), Some(EMBED_REASON.to_owned()))
    } else {
        match ByteStore::open(IDB_NAME).await {
            Ok(store) => (Shelf::Saved(store), None),
            Err(reason) => (Shelf::memory(), Some(reason)),
        }
    };
    let now = js_sys::Date::now();
    // No index yet: a new browser, or one from before there were several projects, whose
    // single project's keys are those of `ProjectIndex::first`.
    let stored_index = match shelf.get(INDEX_KEY).await {
        Ok(bytes) => bytes.as_deref().and_then(ProjectIndex::parse),
        Err(reason) => {
            shelf = Shelf::memory();
            storage_problem = Some(reason);
            None
        }
    };
    let mut index = match stored_index {
        Some(index) => index,
        None => {
            let index = ProjectIndex::first(now);
            // Written again by the first change if this fails.
            let _ = shelf.put(INDEX_KEY, &index.to_bytes()).await;
            index
        }
    };
    let mut engine = match SqliteDb::open_in_memory() {
        Ok(db) => Engine::new(db),
        Err(err) => {
            post(&FromWorker::Event(Event::Panicked {
                message: format!("SQLite failed to start: {err}"),
            }));
            return;
        }
    };
    engine.debug = debug;
    // Progress of a long request (a seed) reaches the page while the request runs.
    engine.on_event = Some(Box::new(|event| post(&FromWorker::Event(event))));
    let mut restored_bytes = 0;
    match shelf.load(&index.current).await {
        Ok(loaded) => {
            restored_bytes = loaded.restored_bytes;
            engine.open(loaded.db, loaded.files, loaded.client.as_deref());
            // Nothing was closed: the starter the engine began with was never shown.
            engine.closed_schema = None;
        }
        Err(reason) => {
            shelf = Shelf::memory();
            storage_problem = Some(reason);
        }
    }
    let storage = match (shelf.persistent(), storage_problem) {
        (true, _) => Storage::Persistent { restored_bytes },
        (false, reason) => Storage::MemoryOnly {
            reason: reason.unwrap_or_else(|| "storage is unavailable".into()),
        },
    };
    post(&FromWorker::Event(Event::Ready {
        sqlite_version: SqliteDb::sqlite_version().into(),
        storage,
    }));

    while let Some(bytes) = requests.next().await {
        let envelope = match decode::<Envelope<Request>>(&bytes) {
            Ok(envelope) => envelope,
            Err(err) => {
                let what = format!("ignored a request of {} bytes: {err}", bytes.len());
                web_sys::console::warn_1(&what.into());
                continue;
            }
        };
        let reply_id = envelope.id;
        let in_frame = envelope.body.reply_in_frame();
        let response = if switching::is_project_request(&envelope.body) {
            let mut projects = Projects {
                shelf: &mut shelf,
                index: &mut index,
                engine: &mut engine,
            };
            let (response, lost) = projects.handle(envelope.body, js_sys::Date::now()).await;
            if let Some(reason) = lost {
                storage_lost(&mut shelf, reason);
            }
            Some(response)
        } else {
            handle_and_save(
                &mut shelf,
                &index.current,
                &mut engine,
                envelope.body,
                reply_id,
            )
            .await
        };
        if let Some(response) = response {
            reply(reply_id, response, in_frame);
        }
    }
}

/// Saving failed: the page is told, and the worker goes on in memory.
fn storage_lost(shelf: &mut Shelf, reason: String) {
    if shelf.persistent() {
        *shelf = Shelf::memory();
        post(&FromWorker::Event(Event::StorageLost { reason }));
    }
}

/// Runs an ordinary request on the open project (`id`) and saves what it changed before
/// the reply, so a reply means "durable"; the reply to return, or `None` when it was
/// already posted. In memory, the project is saved only when another one is opened.
///
/// The exception: an analysis only saves the editor's text as the schema file, so its
/// diagnostics are posted before that save and typing waits for no storage. The file is
/// still saved before the next request runs (requests are handled one at a time).
async fn handle_and_save(
    shelf: &mut Shelf,
    id: &str,
    engine: &mut Engine,
    request: Request,
    reply_id: u32,
) -> Option<Response> {
    let is_reset = matches!(request, Request::Reset);
    let is_generate = matches!(request, Request::Generate { .. });
    let reply_before_saving = matches!(request, Request::AnalyzeSchema { .. });
    let handled = engine.handle(request);
    let mut response = handled.response;
    if !shelf.persistent() {
        return Some(response);
    }
    if reply_before_saving && !handled.dirty {
        reply(reply_id, response, true);
        if handled.files_dirty {
            save_files(shelf, id, engine).await;
        }
        return None;
    }
    if is_generate
        && let Response::Generated {
            ok: true,
            client: Some(client),
            ..
        } = &response
    {
        // A client that is not saved is only lost on reload; the reply still stands.
        let _ = shelf.put(&client_key(id), client.schema.as_bytes()).await;
    }
    if handled.files_dirty && !save_files(shelf, id, engine).await {
        return Some(response);
    }
    if handled.dirty {
        let outcome = if is_reset {
            shelf.delete(&database_key(id)).await
        } else {
            match engine.db().export_bytes() {
                Ok(bytes) => shelf.put(&database_key(id), &bytes).await,
                Err(err) => Err(err.message),
            }
        };
        match outcome {
            Ok(()) => mark_saved(&mut response),
            Err(reason) => storage_lost(shelf, reason),
        }
    }
    Some(response)
}

/// Saves the project's files; false (and the page told) when storage failed.
async fn save_files(shelf: &mut Shelf, id: &str, engine: &Engine) -> bool {
    let json = serde_json::to_vec(&crate::terminal::snapshot(&engine.project));
    let outcome = match json {
        Ok(bytes) => shelf.put(&files_key(id), &bytes).await,
        Err(err) => Err(err.to_string()),
    };
    match outcome {
        Ok(()) => true,
        Err(reason) => {
            storage_lost(shelf, reason);
            false
        }
    }
}

fn mark_saved(response: &mut Response) {
    match response {
        Response::Executed { saved, .. } | Response::Done { saved } => *saved = true,
        _ => {}
    }
}
