//! The worker's shell in the browser: `postMessage` in and out, IndexedDB persistence, and
//! a panic hook that tells the page before the instance dies.

use crate::Engine;
use crate::idb::ByteStore;
use futures_channel::mpsc;
use futures_util::StreamExt;
use seedbed_db::SqliteDb;
use seedbed_protocol::{Envelope, Event, FromWorker, Request, Response, Storage, decode, encode};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// The IndexedDB database and the key the project's SQLite bytes are kept under.
const IDB_NAME: &str = "seedbed";
const PROJECT_KEY: &str = "project:default";
/// The schema text of the generated client (the client query console's), kept like the
/// database so a reload does not make the learner generate again.
const CLIENT_KEY: &str = "client:default";
/// The project's files (schema, migrations, package.json, seed), as JSON.
const FILES_KEY: &str = "files:default";

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

fn post(message: &FromWorker) {
    let _ = scope().post_message(&JsValue::from_str(&encode(message)));
}

/// Why an embed saves nothing.
const EMBED_REASON: &str = "embedded in another page: nothing is saved";

/// Entry point, called by `worker.js` once the wasm module is instantiated. `embed`: the
/// page is embedded in another site's page; IndexedDB is never opened, so an embed neither
/// reads nor writes the learner's saved projects.
#[wasm_bindgen]
pub fn worker_main(debug: bool, embed: bool) {
    std::panic::set_hook(Box::new(|info| {
        // The page restarts the worker when it hears this; the database it reloads is the
        // last one saved, which is the state before the request that panicked.
        post(&FromWorker::Event(Event::Panicked {
            message: info.to_string(),
        }));
    }));
    let (sender, receiver) = mpsc::unbounded::<String>();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        if let Some(text) = event.data().as_string() {
            let _ = sender.unbounded_send(text);
        }
    });
    scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    wasm_bindgen_futures::spawn_local(serve(receiver, debug, embed));
}

/// Loads the saved database (or starts empty) and answers requests in order.
async fn serve(mut requests: mpsc::UnboundedReceiver<String>, debug: bool, embed: bool) {
    let (mut store, restored, storage_problem) = if embed {
        (None, None, Some(EMBED_REASON.to_owned()))
    } else {
        match ByteStore::open(IDB_NAME).await {
            Ok(store) => match store.get(PROJECT_KEY).await {
                Ok(bytes) => (Some(store), bytes, None),
                Err(reason) => (None, None, Some(reason)),
            },
            Err(reason) => (None, None, Some(reason)),
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
    if let Some(bytes) = restored {
        restored_bytes = bytes.len() as u64;
        if let Err(err) = engine.db().import_bytes(&bytes) {
            // A damaged save is kept in IndexedDB untouched until the next write, and the
            // page is told, rather than crashing on every load.
            web_sys::console::warn_1(&format!("saved database ignored: {err}").into());
            restored_bytes = 0;
        }
    }
    if let Some(active) = &store
        && let Ok(Some(bytes)) = active.get(CLIENT_KEY).await
    {
        engine.restore_client(&String::from_utf8_lossy(&bytes));
    }
    if let Some(active) = &store
        && let Ok(Some(bytes)) = active.get(FILES_KEY).await
    {
        match serde_json::from_slice::<seedbed_protocol::ProjectSnapshot>(&bytes) {
            Ok(snapshot) => engine.project = crate::terminal::from_snapshot(snapshot),
            Err(err) => {
                web_sys::console::warn_1(&format!("saved project files ignored: {err}").into());
            }
        }
    }
    let storage = match (&store, storage_problem) {
        (Some(_), _) => Storage::Persistent { restored_bytes },
        (None, reason) => Storage::MemoryOnly {
            reason: reason.unwrap_or_else(|| "storage is unavailable".into()),
        },
    };
    post(&FromWorker::Event(Event::Ready {
        sqlite_version: SqliteDb::sqlite_version().into(),
        storage,
    }));

    while let Some(text) = requests.next().await {
        let Ok(envelope) = decode::<Envelope<Request>>(&text) else {
            web_sys::console::warn_1(&format!("ignored malformed request: {text:.200}").into());
            continue;
        };
        let is_reset = matches!(envelope.body, Request::Reset);
        let is_generate = matches!(envelope.body, Request::Generate { .. });
        // An analysis only saves the editor's text as the schema file: its diagnostics are
        // sent before that save, so typing waits for no storage. The file is still saved
        // before the next request runs (requests are handled one at a time).
        let reply_before_saving = matches!(envelope.body, Request::AnalyzeSchema { .. });
        let handled = engine.handle(envelope.body);
        let mut response = handled.response;
        let mut id = Some(envelope.id);
        if reply_before_saving && !handled.dirty {
            post(&FromWorker::Reply(Envelope {
                id: envelope.id,
                body: std::mem::replace(&mut response, Response::Done { saved: false }),
            }));
            id = None;
        }
        if is_generate
            && let (
                Some(active),
                Response::Generated {
                    ok: true,
                    client: Some(client),
                    ..
                },
            ) = (&store, &response)
        {
            // A client that is not saved is only lost on reload; the reply still stands.
            let _ = active.put(CLIENT_KEY, client.schema.as_bytes()).await;
        }
        if handled.files_dirty
            && let Some(active) = &store
        {
            let json = serde_json::to_vec(&crate::terminal::snapshot(&engine.project));
            let outcome = match json {
                Ok(bytes) => active.put(FILES_KEY, &bytes).await,
                Err(err) => Err(err.to_string()),
            };
            if let Err(reason) = outcome {
                store = None;
                post(&FromWorker::Event(Event::StorageLost { reason }));
            }
        }
        if handled.dirty
            && let Some(active) = &store
        {
            let outcome = if is_reset {
                active.delete(PROJECT_KEY).await
            } else {
                match engine.db().export_bytes() {
                    Ok(bytes) => active.put(PROJECT_KEY, &bytes).await,
                    Err(err) => Err(err.message),
                }
            };
            match outcome {
                Ok(()) => mark_saved(&mut response),
                Err(reason) => {
                    store = None;
                    post(&FromWorker::Event(Event::StorageLost { reason }));
                }
            }
        }
        if let Some(id) = id {
            post(&FromWorker::Reply(Envelope { id, body: response }));
        }
    }
}

fn mark_saved(response: &mut Response) {
    match response {
        Response::Executed { saved, .. } | Response::Done { saved } => *saved = true,
        _ => {}
    }
}
