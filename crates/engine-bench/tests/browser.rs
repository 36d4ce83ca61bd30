//! The same workloads as the native binary, in a dedicated Web Worker of headless Chromium
//! (where the playground's engine runs). Not part of `cargo xtask test`: `cargo xtask bench
//! engine` runs it with `--nocapture` and reads the `BENCH` lines. A workload that produces
//! a wrong result fails the run.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_dedicated_worker);

/// `performance.now()` of the worker's global scope.
fn now_ms() -> f64 {
    let global = js_sys::global();
    let performance = js_sys::Reflect::get(&global, &"performance".into()).unwrap_or_default();
    let now = js_sys::Reflect::get(&performance, &"now".into()).unwrap_or_default();
    let now: js_sys::Function = now.into();
    now.call0(&performance)
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or_else(js_sys::Date::now)
}

#[wasm_bindgen_test]
fn engine_workloads_in_the_browser() {
    match seedbed_engine_bench::run_all("", &now_ms) {
        Ok(figures) => {
            for figure in figures {
                console_log!("{}", figure.line());
            }
        }
        Err(e) => panic!("{e}"),
    }
}
