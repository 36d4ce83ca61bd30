//! A minimal async key → bytes store over IndexedDB.
//!
//! Why IndexedDB and not OPFS: see `ARCHITECTURE.md` ("Persistence"). In short, it works on
//! any thread and in partitioned third-party iframes, needs no COOP/COEP headers, and our
//! databases are small enough to save whole after each change.

use js_sys::{Promise, Uint8Array};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{EventTarget, IdbDatabase, IdbRequest, IdbTransactionMode};

const STORE: &str = "databases";

/// An open IndexedDB database holding one object store of byte arrays.
pub struct ByteStore {
    db: IdbDatabase,
}

/// Waits until `target` fires `ok` (resolves) or `fail` (rejects).
async fn wait(target: &EventTarget, ok: &str, fail: &str) -> Result<(), JsValue> {
    let promise = Promise::new(&mut |resolve, reject| {
        let _ = target.add_event_listener_with_callback(ok, &resolve);
        let _ = target.add_event_listener_with_callback(fail, &reject);
    });
    JsFuture::from(promise).await.map(|_| ())
}

/// A readable reason from whatever IndexedDB threw or fired.
fn reason(err: &JsValue, what: &str) -> String {
    if let Some(exc) = err.dyn_ref::<web_sys::DomException>() {
        return format!("{what}: {} ({})", exc.message(), exc.name());
    }
    if let Some(req) = err
        .dyn_ref::<web_sys::Event>()
        .and_then(|e| e.target())
        .and_then(|t| t.dyn_into::<IdbRequest>().ok())
        && let Ok(Some(exc)) = req.error()
    {
        return format!("{what}: {} ({})", exc.message(), exc.name());
    }
    format!(
        "{what}: {}",
        err.as_string().unwrap_or_else(|| format!("{err:?}"))
    )
}

impl ByteStore {
    /// Opens (creating on first use) the IndexedDB database `name`.
    pub async fn open(name: &str) -> Result<ByteStore, String> {
        let global: web_sys::WorkerGlobalScope = js_sys::global().unchecked_into();
        let factory = global
            .indexed_db()
            .map_err(|e| reason(&e, "IndexedDB is not available"))?
            .ok_or_else(|| "IndexedDB is not available in this context".to_owned())?;
        let request = factory
            .open_with_u32(name, 1)
            .map_err(|e| reason(&e, "IndexedDB refused to open"))?;
        let upgrade = Closure::<dyn FnMut(web_sys::IdbVersionChangeEvent)>::new(
            move |event: web_sys::IdbVersionChangeEvent| {
                let Some(db) = event
                    .target()
                    .and_then(|t| t.dyn_into::<IdbRequest>().ok())
                    .and_then(|r| r.result().ok())
                    .and_then(|r| r.dyn_into::<IdbDatabase>().ok())
                else {
                    return;
                };
                if !db.object_store_names().contains(STORE) {
                    let _ = db.create_object_store(STORE);
                }
            },
        );
        request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
        let opened = wait(&request, "success", "error").await;
        request.set_onupgradeneeded(None);
        drop(upgrade);
        opened.map_err(|e| reason(&e, "IndexedDB could not be opened"))?;
        let db = request
            .result()
            .map_err(|e| reason(&e, "IndexedDB could not be opened"))?
            .dyn_into::<IdbDatabase>()
            .map_err(|_| "IndexedDB returned something that is not a database".to_owned())?;
        Ok(ByteStore { db })
    }

    /// The bytes saved under `key`, if any.
    pub async fn get(&self, key: &str) -> Result<Option<Vec<u8>>, String> {
        let tx = self
            .db
            .transaction_with_str(STORE)
            .map_err(|e| reason(&e, "reading the saved database failed"))?;
        let store = tx
            .object_store(STORE)
            .map_err(|e| reason(&e, "reading failed"))?;
        let request = store
            .get(&JsValue::from_str(key))
            .map_err(|e| reason(&e, "reading failed"))?;
        wait(&request, "success", "error")
            .await
            .map_err(|e| reason(&e, "reading failed"))?;
        let value = request.result().map_err(|e| reason(&e, "reading failed"))?;
        if value.is_undefined() || value.is_null() {
            return Ok(None);
        }
        let array = value
            .dyn_into::<Uint8Array>()
            .map_err(|_| "the saved database has an unexpected shape".to_owned())?;
        Ok(Some(array.to_vec()))
    }

    /// Saves `bytes` under `key`, resolving once the transaction is durable.
    pub async fn put(&self, key: &str, bytes: &[u8]) -> Result<(), String> {
        let tx = self
            .db
            .transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)
            .map_err(|e| reason(&e, "saving failed"))?;
        let store = tx
            .object_store(STORE)
            .map_err(|e| reason(&e, "saving failed"))?;
        let array = Uint8Array::from(bytes);
        store
            .put_with_key(&array, &JsValue::from_str(key))
            .map_err(|e| reason(&e, "saving failed"))?;
        wait(&tx, "complete", "abort")
            .await
            .map_err(|e| reason(&e, "saving failed"))
    }

    /// Forgets what was saved under `key`.
    pub async fn delete(&self, key: &str) -> Result<(), String> {
        let tx = self
            .db
            .transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)
            .map_err(|e| reason(&e, "deleting failed"))?;
        let store = tx
            .object_store(STORE)
            .map_err(|e| reason(&e, "deleting failed"))?;
        store
            .delete(&JsValue::from_str(key))
            .map_err(|e| reason(&e, "deleting failed"))?;
        wait(&tx, "complete", "abort")
            .await
            .map_err(|e| reason(&e, "deleting failed"))
    }
}
