//! The engine worker.
//!
//! It owns the project's SQLite database and answers the page's [`Request`]s one at a time.
//! [`Engine`] is the part that does the work and is plain Rust, tested natively; the
//! `browser` module wires it to `postMessage` and to IndexedDB persistence inside a
//! dedicated Web Worker, so SQLite never blocks the page.
//!
//! [`Request`]: seedbed_protocol::Request

mod browse;
mod client;
mod engine;
pub mod projects;
mod schema;
mod seeding;
pub mod terminal;
pub use engine::Engine;

#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
pub mod idb;
#[cfg(target_arch = "wasm32")]
mod shelf;
#[cfg(target_arch = "wasm32")]
mod switching;
