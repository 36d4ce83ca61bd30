//! The browser's single wasm module. The page's entry point (`seedbed_web::start_app`) and
//! the worker's (`seedbed_worker::worker_main`) are `#[wasm_bindgen]` exports of the crates
//! linked here, so both are exports of this module. The page compiles it, instantiates it
//! and posts the compiled module to the worker, which instantiates it too and calls its own
//! entry point (`index.html`, `www/worker.js`). The code both halves use (the protocol,
//! serde, the allocator, the standard library) ships once: linked together, the wasm is
//! about 190 KB of gzip smaller than the page's and the worker's modules were apart.

#[cfg(target_arch = "wasm32")]
pub use seedbed_web::start_app;
#[cfg(target_arch = "wasm32")]
use seedbed_worker as _;
