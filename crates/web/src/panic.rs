//! Turns a panic in the page's wasm into a visible message.
//!
//! After a panic the Yew app is dead (the instance aborts), so the message is written into
//! the DOM directly, outside the app's root, where a learner sees it and can reload.

use wasm_bindgen::JsCast;

pub fn install_hook() {
    // Through Yew, because its renderer replaces a plain `std::panic::set_hook` with its own.
    yew::set_custom_panic_hook(Box::new(|info| {
        let message = info.to_string();
        web_sys::console::error_1(&format!("seedbed: {message}").into());
        show_fatal(&format!(
            "Seedbed hit a bug and stopped. Your saved work is safe: reload the page to continue.\n\n{message}"
        ));
    }));
}

/// Shows a fatal error banner; used by the panic hook and when the page cannot start.
pub fn show_fatal(text: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else { return };
    let banner = match document.get_element_by_id("fatal") {
        Some(existing) => existing,
        None => {
            let Ok(el) = document.create_element("pre") else {
                return;
            };
            el.set_id("fatal");
            el.set_attribute("role", "alert").ok();
            let _ = body.prepend_with_node_1(&el);
            el
        }
    };
    // text_content never interprets markup, so nothing in the message can inject HTML.
    banner.set_text_content(Some(text));
    if let Ok(el) = banner.dyn_into::<web_sys::HtmlElement>() {
        el.set_hidden(false);
    }
}
