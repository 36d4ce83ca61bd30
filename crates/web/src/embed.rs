//! Embed mode: the playground inside another page's `<iframe>` (see `docs/EMBED.md`).
//!
//! The page's query says how: `?embed` (compact, memory-only: the worker never opens
//! IndexedDB, so an embed cannot write the learner's saved projects), `readonly` (the schema
//! editor and the terminal input cannot be typed into), `theme=light|dark|auto`,
//! `panes=schema,terminal,…` (the others are hidden), `run=<command>` (a Prisma command run
//! once the example is loaded), `origin=<parent origin>` (who may talk to the embed),
//! `lesson=<id>[&step=n]` (one guided lesson: its project is loaded and the step opened by
//! the lessons pane; the panes default to the lesson, the schema and the terminal) and
//! `lang=<code>` (the interface's language, read by `i18n.rs`).
//!
//! The embed posts `{type:"seedbed:ready"}` and `{type:"seedbed:height", height}` to its
//! parent, and accepts `{type:"seedbed:setSchema", schema}` only from the parent's origin.
//! Pane visibility is also set by share links (`share.rs`), so it lives here for both.

use crate::components::Ctx;
use crate::state::{Action, AppState, WorkerStatus};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

/// Each pane name a link or `?panes=` may use, and the elements that make it up.
pub const PANE_SELECTORS: &[(&str, &str)] = &[
    ("schema", ".schema-pane"),
    ("terminal", ".terminal-pane"),
    ("migrations", ".migrations-pane"),
    ("database", ".database-pane"),
    ("client", ".query-console, .client-types-pane"),
    ("seed", ".seed-panel"),
    ("diagram", ".diagram-pane"),
    ("lab", ".refresh-lab"),
    ("lessons", ".lessons-pane"),
];

/// The embed's options, read once from the page's query.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EmbedOptions {
    pub embed: bool,
    pub readonly: bool,
    /// `light` or `dark`; `None` follows the system (`auto`, or nothing given).
    pub theme: Option<String>,
    /// The panes to show; `None` shows all.
    pub panes: Option<Vec<String>>,
    /// A Prisma command to run once the example is loaded.
    pub run: Option<String>,
    /// The origin allowed to send messages and to receive them.
    pub origin: Option<String>,
    /// The lesson shown (`lesson=<id>`), whose project the lessons pane loads.
    pub lesson: Option<String>,
}

/// The panes a lesson embed shows unless `panes=` says otherwise: the lesson, and where
/// its steps are done.
pub const LESSON_PANES: &[&str] = &["lessons", "schema", "terminal"];

/// The panes to show: `panes=` when it names any, else the lesson's when one is embedded.
pub fn panes_for(panes: Option<&str>, lesson: bool) -> Option<Vec<String>> {
    panes
        .map(parse_panes)
        .filter(|p| !p.is_empty())
        .or_else(|| lesson.then(|| LESSON_PANES.iter().map(|p| (*p).to_owned()).collect()))
}

/// Reads `lesson=`: an id as lesson folders are named (letters, digits, `-`, `_`).
pub fn parse_lesson(value: &str) -> Option<String> {
    let id = value.trim();
    (!id.is_empty()
        && id.len() <= 100
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_')))
    .then(|| id.to_owned())
}

/// Reads `theme=`: only `light` and `dark` change anything.
pub fn parse_theme(value: &str) -> Option<String> {
    matches!(value, "light" | "dark").then(|| value.to_owned())
}

/// Reads `panes=schema,terminal`: known names only, each once, in the order given.
pub fn parse_panes(value: &str) -> Vec<String> {
    let mut panes: Vec<String> = Vec::new();
    for name in value.split(',').map(str::trim) {
        if seedbed_share::PANES.contains(&name) && !panes.iter().any(|p| p == name) {
            panes.push(name.to_owned());
        }
    }
    panes
}

/// Reads `run=`: a single Prisma command line, as share links allow.
pub fn parse_run(value: &str) -> Option<String> {
    let line = value.trim();
    (!line.is_empty()
        && line.chars().count() <= seedbed_share::MAX_COMMAND_CHARS
        && !line.chars().any(char::is_control)
        && seedbed_share::is_prisma_command(line))
    .then(|| line.to_owned())
}

/// Reads `origin=`: a bare `scheme://host[:port]`, nothing else.
pub fn parse_origin(value: &str) -> Option<String> {
    let rest = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"))?;
    let ok = !rest.is_empty()
        && rest
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'));
    ok.then(|| value.to_owned())
}

thread_local! {
    static OPTIONS: EmbedOptions = read_options();
    /// The panes shown: from `?panes=`, replaced by an opened link's `panes`.
    static VISIBLE: RefCell<Option<Vec<String>>> = RefCell::new(OPTIONS.with(|o| o.panes.clone()));
}

fn read_options() -> EmbedOptions {
    let Some(params) = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok())
    else {
        return EmbedOptions::default();
    };
    let get = |name: &str| params.get(name);
    let embed = params.has("embed");
    // Outside an embed, `?lesson=` only opens the lesson (lessons.rs), with every pane.
    let lesson = get("lesson")
        .as_deref()
        .and_then(parse_lesson)
        .filter(|_| embed);
    EmbedOptions {
        embed,
        readonly: params.has("readonly"),
        theme: get("theme").as_deref().and_then(parse_theme),
        panes: panes_for(get("panes").as_deref(), lesson.is_some()),
        run: get("run").as_deref().and_then(parse_run),
        origin: get("origin").as_deref().and_then(parse_origin),
        lesson,
    }
}

/// The options of this page.
pub fn options() -> EmbedOptions {
    OPTIONS.with(Clone::clone)
}

/// Whether the page runs embedded (`?embed`).
pub fn is_embed() -> bool {
    OPTIONS.with(|o| o.embed)
}

/// Shows only `panes` (all when empty) from now on.
pub fn set_panes(panes: &[String]) {
    VISIBLE.with(|v| *v.borrow_mut() = (!panes.is_empty()).then(|| panes.to_vec()));
    after_render();
    // The open project remembers its panes (components/project_switcher.rs).
    let hook = PANES_HOOK.with(|h| h.borrow().clone());
    if let Some(hook) = hook {
        hook.emit(visible_panes());
    }
}

thread_local! {
    /// Told whenever the panes shown change.
    static PANES_HOOK: RefCell<Option<Callback<Vec<String>>>> = const { RefCell::new(None) };
}

/// Sets the one listener told when the panes shown change (the project switcher).
pub fn on_panes_changed(hook: Option<Callback<Vec<String>>>) {
    PANES_HOOK.with(|h| *h.borrow_mut() = hook);
}

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// Marks `<html>` with `data-theme` and `data-embed`; called before the app renders.
pub fn apply_page_options() {
    let Some(root) = document().and_then(|d| d.document_element()) else {
        return;
    };
    let options = options();
    match &options.theme {
        Some(theme) => {
            let _ = root.set_attribute("data-theme", theme);
        }
        None => {
            let _ = root.remove_attribute("data-theme");
        }
    }
    if options.embed {
        let _ = root.set_attribute("data-embed", "");
    }
}

/// The panes shown now, by name, for a share link; empty when all are shown.
pub fn visible_panes() -> Vec<String> {
    VISIBLE.with(|v| v.borrow().clone()).unwrap_or_default()
}

/// Applies pane visibility and `readonly` to what Yew rendered. The App calls it after
/// every render (attributes Yew does not manage survive re-renders, but new elements
/// need them).
pub fn after_render() {
    let Some(doc) = document() else { return };
    let visible = VISIBLE.with(|v| v.borrow().clone());
    for (name, selector) in PANE_SELECTORS {
        let Ok(list) = doc.query_selector_all(selector) else {
            continue;
        };
        let show = visible
            .as_ref()
            .is_none_or(|panes| panes.iter().any(|p| p == name));
        for i in 0..list.length() {
            if let Some(el) = list
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                let _ = if show {
                    el.remove_attribute("hidden")
                } else {
                    el.set_attribute("hidden", "")
                };
            }
        }
    }
    if OPTIONS.with(|o| o.readonly) {
        for id in ["schema", "terminal-input"] {
            if let Some(el) = doc.get_element_by_id(id) {
                let _ = el.set_attribute("readonly", "");
            }
        }
        if let Some(el) = doc.get_element_by_id("format-schema") {
            let _ = el.set_attribute("hidden", "");
        }
    }
}

/// Posts `{type, …}` to the parent page (only non-sensitive messages go this way).
fn post_to_parent(kind: &str, height: Option<f64>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &kind.into());
    if let Some(height) = height {
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
    }
    let target = OPTIONS.with(|o| o.origin.clone());
    let _ = parent.post_message(&message, target.as_deref().unwrap_or("*"));
}

/// The origin whose messages are accepted: `?origin=`, else the referrer's.
fn trusted_origin() -> Option<String> {
    if let Some(origin) = OPTIONS.with(|o| o.origin.clone()) {
        return Some(origin);
    }
    let referrer = document()?.referrer();
    let url = web_sys::Url::new(&referrer).ok()?;
    let origin = url.origin();
    (origin != "null" && !origin.is_empty()).then_some(origin)
}

/// Types `line` into the terminal and presses Enter, so it runs and shows as if typed.
fn run_in_terminal(line: &str) {
    let Some(input) = document()
        .and_then(|d| d.get_element_by_id("terminal-input"))
        .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return;
    };
    input.set_value(line);
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("Enter");
    init.set_bubbles(true);
    if let Ok(event) = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init) {
        let _ = input.dispatch_event(&event);
    }
}

/// Runs `f` after `ms` milliseconds.
pub fn later(ms: i32, f: impl FnOnce() + 'static) {
    let callback = Closure::once_into_js(f);
    if let Some(window) = web_sys::window() {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), ms);
    }
}

#[derive(Properties, PartialEq)]
pub struct EmbedHostProps {
    pub ctx: Ctx,
    pub state: UseReducerHandle<AppState>,
}

/// In embed mode: talks with the parent page (ready, height, setSchema) and runs `run=`.
/// Renders nothing; outside embed mode it does nothing.
#[function_component]
pub fn EmbedHost(props: &EmbedHostProps) -> Html {
    let ran = use_mut_ref(|| false);
    let announced = use_mut_ref(|| false);
    let listening = use_mut_ref(|| None::<Closure<dyn FnMut(web_sys::MessageEvent)>>);
    let observer = use_mut_ref(|| None::<(web_sys::ResizeObserver, Closure<dyn FnMut()>)>);
    let schema_set = use_memo((), |_| Rc::new(Cell::new(false)));
    let options = options();

    // Sizes: the parent sizes the iframe to the app's height.
    {
        let observer = observer.clone();
        use_effect_with(options.embed, move |embed| {
            if *embed && observer.borrow().is_none() {
                let report = Closure::<dyn FnMut()>::new(report_height);
                if let (Ok(ro), Some(app)) = (
                    web_sys::ResizeObserver::new(report.as_ref().unchecked_ref()),
                    document().and_then(|d| d.query_selector(".app").ok().flatten()),
                ) {
                    ro.observe(&app);
                    *observer.borrow_mut() = Some((ro, report));
                }
                // Chrome pauses ResizeObserver in cross-origin frames outside the viewport
                // (a docs page's lower examples); timers still run, so check each second.
                let poll = Closure::<dyn FnMut()>::new(report_height);
                if let Some(window) = web_sys::window() {
                    let _ = window.set_interval_with_callback_and_timeout_and_arguments_0(
                        poll.as_ref().unchecked_ref(),
                        1000,
                    );
                }
                // Runs as long as the page.
                poll.forget();
            }
        });
    }

    let loaded =
        matches!(props.state.worker, WorkerStatus::Ready { .. }) && props.state.schema_rev > 0;

    // Messages from the parent: only setSchema, only from the trusted origin and window.
    {
        let bridge = props.ctx.bridge.clone();
        let (listening, dispatch, schema_set, ran) = (
            listening.clone(),
            props.ctx.dispatch.clone(),
            (*schema_set).clone(),
            ran.clone(),
        );
        use_effect_with((options.embed, loaded), move |(embed, loaded)| {
            if *embed && *loaded && listening.borrow().is_none() {
                let trusted = trusted_origin();
                let handler = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(
                    move |event: web_sys::MessageEvent| {
                        let Some(trusted) = &trusted else { return };
                        if &event.origin() != trusted || !from_parent(&event) {
                            return;
                        }
                        let data = event.data();
                        let kind = js_sys::Reflect::get(&data, &"type".into())
                            .ok()
                            .and_then(|v| v.as_string());
                        let schema = js_sys::Reflect::get(&data, &"schema".into())
                            .ok()
                            .and_then(|v| v.as_string());
                        if kind.as_deref() != Some("seedbed:setSchema") {
                            return;
                        }
                        let Some(schema) =
                            schema.filter(|s| s.len() <= seedbed_share::MAX_SCHEMA_BYTES)
                        else {
                            return;
                        };
                        if !schema_set.get() {
                            // The example is its schema: the starter's seed script (which
                            // fills `User`) would fail after `migrate dev` on another schema.
                            for path in ["prisma/seed.ts", "package.json"] {
                                bridge.request(
                                    seedbed_protocol::Request::WriteFile {
                                        path: path.to_owned(),
                                        contents: None,
                                    },
                                    |_| {},
                                );
                            }
                        }
                        dispatch.dispatch(Action::SchemaFromProject(schema));
                        later(200, report_height);
                        if !schema_set.replace(true) {
                            run_once(&ran);
                        }
                    },
                );
                if let Some(window) = web_sys::window() {
                    let _ = window.add_event_listener_with_callback(
                        "message",
                        handler.as_ref().unchecked_ref(),
                    );
                }
                *listening.borrow_mut() = Some(handler);
            }
        });
    }

    // Ready: once the project is loaded, so a schema set now is not overwritten by it.
    {
        let (announced, ran) = (announced.clone(), ran.clone());
        let waits_for_schema = options.origin.is_some();
        use_effect_with((options.embed, loaded), move |(embed, loaded)| {
            if *embed && *loaded && !announced.replace(true) {
                post_to_parent("seedbed:ready", None);
                // Chrome delivers no ResizeObserver notes to a cross-origin frame outside
                // the viewport, so the first height is sent without waiting for one.
                report_height();
                if !waits_for_schema {
                    run_once(&ran);
                }
            }
        });
    }
    html! {}
}

thread_local! {
    /// The height last reported, so equal heights are not sent again.
    static LAST_HEIGHT: Cell<f64> = const { Cell::new(-1.0) };
}

/// Posts the app's height to the parent when it changed.
fn report_height() {
    let height = document()
        .and_then(|d| d.query_selector(".app").ok().flatten())
        .map(|el| f64::from(el.scroll_height()))
        .unwrap_or(0.0)
        .ceil();
    if height > 0.0 && (height - LAST_HEIGHT.with(Cell::get)).abs() >= 1.0 {
        LAST_HEIGHT.with(|l| l.set(height));
        post_to_parent("seedbed:height", Some(height));
    }
}

/// Whether a message came from this window's parent.
fn from_parent(event: &web_sys::MessageEvent) -> bool {
    let parent = web_sys::window().and_then(|w| w.parent().ok().flatten());
    match (event.source(), parent) {
        (Some(source), Some(parent)) => {
            let parent: &JsValue = parent.as_ref();
            let source: &JsValue = source.as_ref();
            js_sys::Object::is(source, parent)
        }
        _ => false,
    }
}

/// Runs `run=` the first time it is called, after the schema reached the terminal's props.
fn run_once(ran: &Rc<RefCell<bool>>) {
    if ran.replace(true) {
        return;
    }
    if let Some(line) = OPTIONS.with(|o| o.run.clone()) {
        // Let Yew render the new schema first: the terminal sends the editor's text.
        later(300, move || run_in_terminal(&line));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panes_keep_known_names_once() {
        assert_eq!(
            parse_panes("schema, terminal,nope,schema,<b>"),
            vec!["schema".to_owned(), "terminal".to_owned()]
        );
        assert!(parse_panes("").is_empty());
    }

    #[test]
    fn a_lesson_embed_shows_the_lesson_schema_and_terminal_unless_told() {
        let names = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(
            panes_for(None, true),
            Some(names(&["lessons", "schema", "terminal"]))
        );
        assert_eq!(
            panes_for(Some("lessons,migrations"), true),
            Some(names(&["lessons", "migrations"]))
        );
        assert_eq!(
            panes_for(Some("nope"), true),
            Some(names(&["lessons", "schema", "terminal"]))
        );
        assert_eq!(panes_for(None, false), None);
        assert_eq!(
            parse_lesson(" 01-first-model ").as_deref(),
            Some("01-first-model")
        );
        assert_eq!(parse_lesson("../x"), None);
        assert_eq!(parse_lesson(""), None);
    }

    #[test]
    fn theme_run_and_origin_are_strict() {
        assert_eq!(parse_theme("dark").as_deref(), Some("dark"));
        assert_eq!(parse_theme("auto"), None);
        assert_eq!(parse_theme("red"), None);
        assert_eq!(
            parse_run(" npx prisma migrate dev --name init ").as_deref(),
            Some("npx prisma migrate dev --name init")
        );
        assert_eq!(parse_run("rm -rf /"), None);
        assert_eq!(parse_run("npx prisma validate\nrm"), None);
        assert_eq!(
            parse_origin("http://127.0.0.1:8080").as_deref(),
            Some("http://127.0.0.1:8080")
        );
        assert_eq!(parse_origin("http://a.example/path"), None);
        assert_eq!(parse_origin("javascript:alert(1)"), None);
        assert_eq!(parse_origin("*"), None);
    }
}
