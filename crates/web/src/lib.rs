//! The playground's user interface.
//!
//! A Yew app that renders the panes and forwards every database request to the engine
//! worker through [`bridge::Bridge`]. Nothing in here runs SQLite or blocks the page.
//! State lives in one reducer ([`state::AppState`]) so it can be tested natively.

pub mod bridge;
pub mod components;
pub mod download;
pub mod editor;
pub mod embed;
pub mod highlight;
pub mod i18n;
mod lab;
pub mod notice;
pub mod panic;
pub mod sandbox;
pub mod share;
pub mod share_refusal;
pub mod shortcuts;
pub mod state;
pub mod transcript;

use wasm_bindgen::prelude::*;

/// Entry point, called by `index.html` once the module is instantiated.
#[wasm_bindgen]
pub fn start_app() {
    panic::install_hook();
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
    else {
        web_sys::console::error_1(&"index.html has no #app element".into());
        return;
    };
    embed::apply_page_options();
    yew::Renderer::<components::App>::with_root(root).render();
}
