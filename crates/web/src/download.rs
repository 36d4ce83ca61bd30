//! Offering a file to the learner: a Blob, an object URL, a click on a hidden link, and the
//! URL revoked a little later (revoking at once can cancel the download in some browsers).

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// Offers `text` as a file named `filename` of type `mime`.
pub fn text(text: &str, filename: &str, mime: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    offer(&parts, filename, mime)
}

/// Offers bytes (a `.sqlite` file) as a download.
pub fn bytes(bytes: &[u8], filename: &str, mime: &str) -> Result<(), JsValue> {
    let array = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array);
    offer(&parts, filename, mime)
}

fn offer(parts: &js_sys::Array, filename: &str, mime: &str) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link: web_sys::HtmlElement = document.create_element("a")?.dyn_into()?;
    link.set_attribute("href", &url)?;
    link.set_attribute("download", filename)?;
    link.set_attribute("hidden", "")?;
    let body = document.body().ok_or("no body")?;
    body.append_child(&link)?;
    link.click();
    link.remove();
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    window.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000)?;
    Ok(())
}
