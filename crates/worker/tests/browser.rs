//! Tests that run inside a dedicated Web Worker in headless Chromium: SQLite compiled to
//! wasm, and the IndexedDB store the worker persists the database in.
#![cfg(target_arch = "wasm32")]

use seedbed_db::{Db, SqliteDb, Value};
use seedbed_protocol::{Request, Response};
use seedbed_worker::Engine;
use seedbed_worker::idb::ByteStore;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_dedicated_worker);

#[wasm_bindgen_test]
fn sqlite_runs_in_the_browser() {
    let mut db = SqliteDb::open_in_memory().unwrap();
    db.execute_batch("CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('wasm');")
        .unwrap();
    let rows = db.query("SELECT x, sqlite_version() FROM t", &[]).unwrap();
    assert_eq!(rows.rows[0][0], Value::Text("wasm".into()));
    assert_eq!(
        rows.rows[0][1],
        Value::Text(SqliteDb::sqlite_version().into())
    );
}

#[wasm_bindgen_test]
fn the_engine_exports_and_imports_in_wasm() {
    let mut engine = Engine::new(SqliteDb::open_in_memory().unwrap());
    engine.handle(Request::Execute {
        sql: "CREATE TABLE t (x); INSERT INTO t VALUES (1), (2);".into(),
    });
    let Response::Bytes { bytes } = engine.handle(Request::Export).response else {
        panic!("no bytes")
    };
    let mut copy = Engine::new(SqliteDb::open_in_memory().unwrap());
    copy.handle(Request::Import { bytes });
    let Response::Rows { rows } = copy
        .handle(Request::Query {
            sql: "SELECT count(*) FROM t".into(),
        })
        .response
    else {
        panic!("no rows")
    };
    assert_eq!(rows.rows[0][0], Value::Integer(2));
}

#[wasm_bindgen_test]
async fn indexeddb_keeps_bytes_until_deleted() {
    let store = ByteStore::open("seedbed-test")
        .await
        .expect("IndexedDB opens in a worker");
    assert_eq!(store.get("missing").await.unwrap(), None);
    store.put("k", &[1, 2, 3]).await.unwrap();
    assert_eq!(store.get("k").await.unwrap(), Some(vec![1, 2, 3]));
    // A second connection sees what the first one committed.
    let again = ByteStore::open("seedbed-test").await.unwrap();
    assert_eq!(again.get("k").await.unwrap(), Some(vec![1, 2, 3]));
    store.delete("k").await.unwrap();
    assert_eq!(again.get("k").await.unwrap(), None);
}
