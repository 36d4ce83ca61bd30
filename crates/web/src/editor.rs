//! The schema editor: CodeMirror 6 (`www/editor/editor.js`), driven from Rust.
//!
//! The editor is JavaScript bundled by `cargo xtask build` (esbuild) into the site's
//! `editor.js`. `#[wasm_bindgen(module = …)]` cannot point at that bundle (it exists only in
//! the build output), so `index.html` imports it beside the app and publishes
//! `window.SeedbedEditorReady`: a promise of the module, or of `null` when it failed to load
//! (then `window.SeedbedEditorError` says why). [`load`] awaits that promise and the calls go
//! through `js_sys::Reflect`, so a missing or broken bundle is an `Err` (the schema pane then
//! keeps its plain text box), never a panic.

use js_sys::{Array, Function, Object, Promise, Reflect};
use seedbed_protocol::SchemaDiagnostic;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// Waits for the editor module that `index.html` loads, and returns it.
pub async fn load() -> Result<JsValue, String> {
    let window = web_sys::window().ok_or("no window")?;
    let ready = Reflect::get(&window, &"SeedbedEditorReady".into())
        .ok()
        .and_then(|p| p.dyn_into::<Promise>().ok())
        .ok_or("the page did not load the editor script")?;
    let module = wasm_bindgen_futures::JsFuture::from(ready)
        .await
        .map_err(describe)?;
    if module.is_null() || module.is_undefined() {
        let reason = Reflect::get(&window, &"SeedbedEditorError".into())
            .ok()
            .and_then(|e| e.as_string())
            .unwrap_or_else(|| "the editor script did not load".to_owned());
        return Err(reason);
    }
    Ok(module)
}

/// CodeMirror's own interface phrases (search panel, lint panel, completion) and the key of
/// each one's translation in `www/i18n/<code>/editor.json`.
pub const PHRASES: &[(&str, &str)] = &[
    ("Find", "editor.phrase.find"),
    ("Replace", "editor.phrase.replace"),
    ("next", "editor.phrase.next"),
    ("previous", "editor.phrase.previous"),
    ("all", "editor.phrase.all"),
    ("match case", "editor.phrase.match_case"),
    ("by word", "editor.phrase.by_word"),
    ("regexp", "editor.phrase.regexp"),
    ("replace", "editor.phrase.replace_one"),
    ("replace all", "editor.phrase.replace_all"),
    ("close", "editor.phrase.close"),
    ("Go to line", "editor.phrase.go_to_line"),
    ("go", "editor.phrase.go"),
    ("current match", "editor.phrase.current_match"),
    ("on line", "editor.phrase.on_line"),
    ("replaced match on line $", "editor.phrase.replaced_match"),
    ("replaced $ matches", "editor.phrase.replaced_matches"),
    ("Diagnostics", "editor.phrase.diagnostics"),
    ("No diagnostics", "editor.phrase.no_diagnostics"),
    ("Completions", "editor.phrase.completions"),
    ("Control character", "editor.phrase.control_character"),
    ("Selection deleted", "editor.phrase.selection_deleted"),
];

/// The editor's texts in one language: its accessible name and CodeMirror's phrases.
#[derive(Debug, Clone, PartialEq)]
pub struct EditorTexts {
    pub label: String,
    /// (CodeMirror's English phrase, its translation).
    pub phrases: Vec<(String, String)>,
}

impl EditorTexts {
    pub fn of(lang: &crate::i18n::Lang) -> Self {
        EditorTexts {
            label: lang.t("editor.label"),
            phrases: PHRASES
                .iter()
                .map(|(phrase, key)| ((*phrase).to_owned(), lang.t(key)))
                .collect(),
        }
    }

    fn to_js(&self) -> Object {
        let phrases = Object::new();
        for (phrase, text) in &self.phrases {
            set(&phrases, phrase, &text.as_str().into());
        }
        phrases
    }
}

/// One CodeMirror editor in the page. Dropping it removes the editor from the page.
pub struct Editor {
    handle: JsValue,
    _on_change: Closure<dyn Fn(JsValue)>,
    _on_format: Closure<dyn Fn(JsValue)>,
}

impl Editor {
    /// Creates an editor inside `parent` showing `doc`. `on_change` gets the text after each
    /// edit made in the editor (not after [`Editor::set_doc`]); `on_format` gets the text when
    /// the learner presses Shift+Alt+F.
    pub fn create(
        module: &JsValue,
        parent: &web_sys::Element,
        doc: &str,
        texts: &EditorTexts,
        on_change: impl Fn(String) + 'static,
        on_format: impl Fn(String) + 'static,
    ) -> Result<Editor, String> {
        let create = function(module, "createEditor")?;
        let on_change = Closure::<dyn Fn(JsValue)>::new(move |text: JsValue| {
            on_change(text.as_string().unwrap_or_default())
        });
        let on_format = Closure::<dyn Fn(JsValue)>::new(move |text: JsValue| {
            on_format(text.as_string().unwrap_or_default())
        });
        let options = Object::new();
        set(&options, "doc", &doc.into());
        set(&options, "label", &texts.label.as_str().into());
        set(&options, "phrases", &texts.to_js());
        set(&options, "onChange", on_change.as_ref());
        set(&options, "onFormat", on_format.as_ref());
        let handle = create
            .call2(&JsValue::NULL, parent, &options)
            .map_err(describe)?;
        if !handle.is_object() {
            return Err("createEditor returned no editor".into());
        }
        Ok(Editor {
            handle,
            _on_change: on_change,
            _on_format: on_format,
        })
    }

    /// Replaces the text (the smallest change, so the cursor stays), without `on_change`.
    pub fn set_doc(&self, text: &str) {
        self.call("setDoc", &[text.into()]);
    }

    /// Underlines the diagnostics (lines and UTF-16 columns, as the worker gives them); each
    /// shows its message on hover.
    pub fn set_diagnostics(&self, diagnostics: &[SchemaDiagnostic]) {
        let list = Array::new();
        for d in diagnostics {
            let item = Object::new();
            set(&item, "line", &d.start_line.into());
            set(&item, "column", &d.start_column.into());
            set(&item, "endLine", &d.end_line.into());
            set(&item, "endColumn", &d.end_column.into());
            let severity = if d.error { "error" } else { "warning" };
            set(&item, "severity", &severity.into());
            set(&item, "message", &d.message.as_str().into());
            set(&item, "code", &d.code.as_str().into());
            list.push(&item);
        }
        self.call("setDiagnostics", &[list.into()]);
    }

    /// Switches the editor's texts to another language.
    pub fn set_texts(&self, texts: &EditorTexts) {
        self.call(
            "setTexts",
            &[texts.label.as_str().into(), texts.to_js().into()],
        );
    }

    pub fn focus(&self) {
        self.call("focus", &[]);
    }

    /// Calls a method of the editor object; a failure is logged, never raised.
    fn call(&self, method: &str, args: &[JsValue]) {
        let result = function(&self.handle, method).and_then(|f| {
            f.apply(&self.handle, &args.iter().collect::<Array>())
                .map_err(describe)
        });
        if let Err(message) = result {
            web_sys::console::error_1(&format!("schema editor: {method}: {message}").into());
        }
    }
}

impl Drop for Editor {
    fn drop(&mut self) {
        // Before the closures go: a destroyed editor calls nothing back.
        self.call("destroy", &[]);
    }
}

fn function(object: &JsValue, name: &str) -> Result<Function, String> {
    Reflect::get(object, &name.into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
        .ok_or_else(|| format!("the editor module has no function `{name}`"))
}

fn set(object: &Object, key: &str, value: &JsValue) {
    let _ = Reflect::set(object, &key.into(), value);
}

fn describe(error: JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| format!("{error:?}"))
}
