//! The schema pane: the project's `schema.prisma` in a code editor, its diagnostics as you
//! type, and Format.
//!
//! The editor is CodeMirror 6 (`crate::editor`, `www/editor/editor.js`): highlighting, line
//! numbers, diagnostics underlined with the message on hover, completion, undo, search,
//! Shift+Alt+F to format. If its script cannot load, the pane says so and the plain
//! `<textarea id="schema">` is the editor. When CodeMirror runs, that textarea stays as a
//! hidden mirror of the text, kept in sync both ways (an `input` event on it replaces the
//! editor's text), so scripts and tests can read and set the schema as plain text; it is
//! `aria-hidden` and out of the tab order, so people meet only the editor. The mirror gets
//! the editor's text when typing pauses ([`PUBLISH_MS`]), not on every key: writing 14 KB
//! into a textarea and laying it out cost about 3.5 ms a keystroke on a 50-model schema.
//!
//! A keystroke re-renders nothing in Yew: the text lives in [`Shared`], and the pane renders
//! again only when the diagnostics arrive (keystroke to diagnostics is measured by
//! `tests/bench/ui.mjs`).
//!
//! Analysis runs in the engine worker. At most one analysis is in flight: a change made
//! while one runs waits, and only the latest such text is sent when it returns (a burst of
//! changes, a fast typist or a multi-line `input` storm, costs two analyses, not a queue of
//! them in the worker); replies to anything but the latest text are dropped, so a slow answer
//! never shows stale problems. The text is
//! the project's `prisma/schema.prisma`, kept by the worker (each analysed text is saved as
//! the file); it is loaded when the worker is ready and replaced when a command rewrites the
//! file (`format`, `db pull`). Text put into the editor from outside never comes back as an
//! edit, so there is no loop.
//!
//! The other panes read the text from the app state (`AppState::schema_text`), which follows
//! the editor [`PUBLISH_MS`] after typing pauses: a keystroke re-renders this pane only, and
//! the rest of the page (the diagram, the migrations pane, the lab…) once per pause. What
//! sends the schema somewhere at the moment of an action (a terminal command, a seed, a
//! lesson check) reads [`live_schema_text`], which is never behind.

use super::Ctx;
use crate::editor::Editor;
use seedbed_protocol::{Request, Response, SchemaDiagnostic, TOO_MANY_PROBLEMS};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// How long an analysis may run before the next text is sent anyway (a lost reply must not
/// stop the diagnostics).
const STUCK_MS: f64 = 2000.0;

/// How long typing must pause before the app state (and so the other panes) gets the text.
const PUBLISH_MS: u32 = 150;

thread_local! {
    /// The editor's text as of the last change (see [`live_schema_text`]).
    static LIVE_TEXT: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// The schema text in the editor right now, if the pane has one; the app state's
/// `schema_text` may trail it by [`PUBLISH_MS`].
pub fn live_schema_text() -> Option<String> {
    LIVE_TEXT.with(|live| live.try_borrow().ok().and_then(|t| t.clone()))
}

/// What the pane keeps outside Yew's state: shared by the editor's callbacks.
#[derive(Default)]
struct Shared {
    /// The ticket of the latest analysis asked for.
    latest: Cell<u32>,
    /// When the analysis in flight was sent (ms since the epoch), if one is.
    in_flight: Cell<Option<f64>>,
    /// The text to analyse when the one in flight returns.
    queued: RefCell<Option<String>>,
    /// The current text (the editor's, or the textarea's).
    doc: RefCell<String>,
    /// The diagnostics of the current text, for an editor mounted after they arrived.
    diagnostics: RefCell<Vec<SchemaDiagnostic>>,
    editor: RefCell<Option<Editor>>,
    /// The pending hand-over of the text to the app state (replacing it cancels it).
    publish: RefCell<Option<gloo_timers::callback::Timeout>>,
    /// The textarea (the editor's mirror, or the editor itself when CodeMirror failed).
    mirror: NodeRef,
    /// Whether a refusal to format is shown (so an edit clears it without a render when not).
    refusal_shown: Cell<bool>,
    /// The interface's language as of the last render (replies are translated with it).
    lang: RefCell<Option<crate::i18n::Lang>>,
    /// False once the pane is gone, so a late-loading editor is not mounted.
    alive: Cell<bool>,
}

impl Shared {
    fn with_editor(&self, f: impl FnOnce(&Editor)) {
        if let Ok(editor) = self.editor.try_borrow()
            && let Some(editor) = editor.as_ref()
        {
            f(editor);
        }
    }
}

#[derive(Clone, PartialEq)]
enum EditorStatus {
    Loading,
    Ready,
    Failed(String),
}

/// Handles to the pane's state, cloned into every callback.
#[derive(Clone)]
struct Pane {
    shared: Rc<Shared>,
    /// The latest context (the callbacks outlive the render that made them).
    ctx: Rc<RefCell<Ctx>>,
    problems: UseStateHandle<Vec<SchemaDiagnostic>>,
    refusal: UseStateHandle<Option<String>>,
}

impl Pane {
    fn ctx(&self) -> Option<Ctx> {
        self.ctx.try_borrow().ok().map(|c| c.clone())
    }

    fn set_text(&self, text: &str) {
        if let Ok(mut doc) = self.shared.doc.try_borrow_mut() {
            text.clone_into(&mut doc);
        }
    }

    /// Writes `text` into the textarea, unless it already holds it.
    fn set_mirror(shared: &Shared, text: &str) {
        if let Some(area) = shared.mirror.cast::<HtmlTextAreaElement>()
            && area.value() != text
        {
            area.set_value(text);
        }
    }

    fn clear_refusal(&self) {
        if self.shared.refusal_shown.replace(false) {
            self.refusal.set(None);
        }
    }

    fn show_refusal(&self, message: String) {
        self.shared.refusal_shown.set(true);
        self.refusal.set(Some(message));
    }

    /// Asks the worker for diagnostics of `text`, keeping only the answer to the latest ask.
    fn analyze(&self, text: String) {
        let Some(ctx) = self.ctx() else { return };
        self.publish_later(&ctx, text.clone());
        // An analysis still running (and not lost: a crashed worker's requests are failed,
        // but give up waiting after a while anyway) answers an older text: wait for it.
        if let Some(since) = self.shared.in_flight.get()
            && js_sys::Date::now() - since < STUCK_MS
        {
            if let Ok(mut queued) = self.shared.queued.try_borrow_mut() {
                *queued = Some(text);
            }
            return;
        }
        self.send(&ctx, text);
    }

    /// Makes `text` the live text now, and the app state's after a pause in typing.
    fn publish_later(&self, ctx: &Ctx, text: String) {
        LIVE_TEXT.with(|live| {
            if let Ok(mut live) = live.try_borrow_mut() {
                *live = Some(text.clone());
            }
        });
        let dispatch = ctx.dispatch.clone();
        let shared = self.shared.clone();
        let timer = gloo_timers::callback::Timeout::new(PUBLISH_MS, move || {
            Self::set_mirror(&shared, &text);
            dispatch.dispatch(crate::state::Action::SchemaText(text));
        });
        if let Ok(mut slot) = self.shared.publish.try_borrow_mut() {
            *slot = Some(timer);
        }
    }

    fn send(&self, ctx: &Ctx, text: String) {
        let ticket = self.shared.latest.get().wrapping_add(1);
        self.shared.latest.set(ticket);
        self.shared.in_flight.set(Some(js_sys::Date::now()));
        let pane = self.clone();
        ctx.bridge
            .request(Request::AnalyzeSchema { text }, move |response| {
                let shared = &pane.shared;
                if shared.latest.get() != ticket {
                    return;
                }
                shared.in_flight.set(None);
                let next = shared
                    .queued
                    .try_borrow_mut()
                    .ok()
                    .and_then(|mut q| q.take());
                if let Some(next) = next {
                    if let Some(ctx) = pane.ctx() {
                        pane.send(&ctx, next);
                    }
                    return;
                }
                if let Response::Analysis {
                    mut diagnostics,
                    not_listed,
                } = response
                {
                    pane.translate_not_listed(&mut diagnostics, not_listed);
                    shared.with_editor(|e| e.set_diagnostics(&diagnostics));
                    if let Ok(mut kept) = shared.diagnostics.try_borrow_mut() {
                        kept.clone_from(&diagnostics);
                    }
                    pane.problems.set(diagnostics);
                }
            });
    }

    /// The worker's count of the problems it did not list, in the interface's language.
    fn translate_not_listed(&self, diagnostics: &mut [SchemaDiagnostic], not_listed: usize) {
        let Some(lang) = self.shared.lang.try_borrow().ok().and_then(|l| l.clone()) else {
            return;
        };
        let listed = diagnostics.len().saturating_sub(1);
        if let Some(d) = diagnostics.iter_mut().find(|d| d.code == TOO_MANY_PROBLEMS) {
            d.message = lang.tn(
                "editor.not_listed",
                not_listed,
                &[("max", listed.to_string())],
            );
        }
    }

    /// The learner edited the text (in the editor or in the textarea).
    fn edited(&self, text: String) {
        self.set_text(&text);
        self.clear_refusal();
        self.analyze(text);
    }

    /// The text changed outside the editor (loaded, formatted, pulled, the mirror textarea).
    fn replace(&self, text: String) {
        self.shared.with_editor(|e| e.set_doc(&text));
        Self::set_mirror(&self.shared, &text);
        self.set_text(&text);
        self.analyze(text);
    }

    fn format(&self, source: String) {
        let Some(ctx) = self.ctx() else { return };
        let pane = self.clone();
        ctx.bridge.request(
            Request::FormatSchema { text: source },
            move |response| match response {
                Response::Formatted {
                    text: Some(formatted),
                    ..
                } => {
                    pane.clear_refusal();
                    pane.replace(formatted);
                }
                Response::Formatted {
                    refusal: Some(message),
                    ..
                }
                | Response::Error { message } => pane.show_refusal(message),
                _ => {}
            },
        );
    }

    fn current(&self) -> String {
        self.shared
            .doc
            .try_borrow()
            .map(|d| d.clone())
            .unwrap_or_default()
    }
}

#[derive(Properties, PartialEq)]
pub struct SchemaPaneProps {
    pub ctx: Ctx,
    pub state: UseReducerHandle<crate::state::AppState>,
}

#[function_component]
pub fn SchemaPane(props: &SchemaPaneProps) -> Html {
    let lang = crate::i18n::use_lang();
    let problems = use_state(Vec::<SchemaDiagnostic>::new);
    let refusal = use_state(|| None::<String>);
    let status = use_state(|| EditorStatus::Loading);
    let shared = use_memo((), |_| {
        Rc::new(Shared {
            alive: Cell::new(true),
            ..Shared::default()
        })
    });
    let ctx = use_mut_ref(|| props.ctx.clone());
    if let Ok(mut current) = ctx.try_borrow_mut()
        && *current != props.ctx
    {
        *current = props.ctx.clone();
    }
    let host = use_node_ref();
    if let Ok(mut current) = shared.lang.try_borrow_mut()
        && current.as_ref().map(|l| l.code()) != Some(lang.code())
    {
        *current = Some(lang.clone());
    }
    let pane = Pane {
        shared: (*shared).clone(),
        ctx,
        problems: problems.clone(),
        refusal: refusal.clone(),
    };

    {
        // The file changed outside the editor (loaded, formatted, pulled): show it.
        let pane = pane.clone();
        let external = props
            .state
            .schema_text
            .clone()
            .filter(|_| props.state.schema_rev > 0);
        use_effect_with(props.state.schema_rev, move |_| {
            if let Some(value) = external {
                pane.replace(value);
            }
        });
    }
    {
        // Mount CodeMirror once its script has loaded; keep the textarea if it cannot.
        let (pane, host, status) = (pane.clone(), host.clone(), status.clone());
        let texts = crate::editor::EditorTexts::of(&lang);
        use_effect_with((), move |_| {
            let shared = pane.shared.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let module = crate::editor::load().await;
                if !pane.shared.alive.get() {
                    return;
                }
                let mounted = module.and_then(|module| {
                    let parent = host
                        .cast::<web_sys::Element>()
                        .ok_or("the editor's place is gone")?;
                    let (on_change, on_format) = (pane.clone(), pane.clone());
                    Editor::create(
                        &module,
                        &parent,
                        &pane.current(),
                        &texts,
                        move |text| on_change.edited(text),
                        move |text| on_format.format(text),
                    )
                });
                match mounted {
                    Ok(editor) => {
                        if let Ok(diagnostics) = pane.shared.diagnostics.try_borrow() {
                            editor.set_diagnostics(&diagnostics);
                        }
                        if let Ok(mut slot) = pane.shared.editor.try_borrow_mut() {
                            *slot = Some(editor);
                        }
                        status.set(EditorStatus::Ready);
                    }
                    Err(reason) => {
                        web_sys::console::warn_1(
                            &format!("schema editor: falling back to a text box: {reason}").into(),
                        );
                        status.set(EditorStatus::Failed(reason));
                    }
                }
            });
            move || {
                shared.alive.set(false);
                let editor = shared
                    .editor
                    .try_borrow_mut()
                    .ok()
                    .and_then(|mut e| e.take());
                drop(editor);
            }
        });
    }

    let oninput = {
        let pane = pane.clone();
        Callback::from(move |e: InputEvent| {
            let value = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            // Analysis first: the editor's update may have to lay out a huge text.
            pane.edited(value.clone());
            pane.shared.with_editor(|editor| editor.set_doc(&value));
        })
    };
    {
        // The editor's own texts (search panel, tooltips) follow the interface's language.
        let shared = pane.shared.clone();
        let ready = *status == EditorStatus::Ready;
        let texts = crate::editor::EditorTexts::of(&lang);
        use_effect_with((lang.code().to_owned(), ready), move |_| {
            shared.with_editor(|e| e.set_texts(&texts));
        });
    }
    let format = {
        let pane = pane.clone();
        Callback::from(move |_: ()| pane.format(pane.current()))
    };
    let onkeydown = {
        let format = format.clone();
        Callback::from(move |e: KeyboardEvent| {
            // Shift+Alt+F, as in VS Code (the editor has the same key).
            if e.shift_key() && e.alt_key() && e.key().eq_ignore_ascii_case("f") {
                e.prevent_default();
                format.emit(());
            }
        })
    };

    let errors = problems.iter().filter(|d| d.error).count();
    let warnings = problems.len() - errors;
    let summary = match (errors, warnings) {
        (0, 0) => lang.t("editor.no_problems"),
        (e, w) => lang.tw(
            "editor.problems",
            &[
                ("errors", lang.tn("editor.errors", e, &[])),
                ("warnings", lang.tn("editor.warnings", w, &[])),
            ],
        ),
    };
    let items = problems.iter().map(|d| {
        html! {
            <li class={classes!("problem", if d.error { "error" } else { "warning" })} data-code={d.code.clone()}>
                <span class="where">{ format!("{}:{}", d.start_line + 1, d.start_column + 1) }</span>
                <span class="message">{ &d.message }</span>
            </li>
        }
    });
    let failed = match &*status {
        EditorStatus::Failed(reason) => Some(reason.clone()),
        _ => None,
    };
    // While the editor loads or runs, the textarea is its hidden mirror.
    let mirror = failed.is_none();
    html! {
        <section class="pane schema-pane" aria-labelledby="schema-title">
            <div class="pane-head">
                <h2 id="schema-title">{ "prisma/schema.prisma" }</h2>
                <button id="format-schema" title={lang.t("editor.format_title")} onclick={format.reform(|_| ())}>{ lang.t("editor.format") }</button>
            </div>
            if let Some(reason) = &failed {
                <p class="editor-fallback" id="editor-fallback" role="status">
                    { lang.tw("editor.fallback", &[("reason", reason.clone())]) }
                </p>
            }
            <div ref={host} class="schema-editor" id="schema-editor" hidden={failed.is_some()}
                data-rev={props.state.schema_rev.to_string()}
                data-state={match &*status { EditorStatus::Loading => "loading", EditorStatus::Ready => "ready", EditorStatus::Failed(_) => "failed" }} />
            // No `value` here: the pane writes the text itself (`Pane::set_mirror`), so a
            // keystroke in the editor does not re-render and re-lay out 14 KB of text.
            <textarea ref={pane.shared.mirror.clone()} id="schema" class={classes!("code", mirror.then_some("schema-mirror"))} spellcheck="false"
                aria-label={lang.t("editor.label")} aria-hidden={mirror.then_some("true")} tabindex={mirror.then_some("-1")}
                {oninput} {onkeydown} />
            if let Some(message) = &*refusal {
                <pre class="error" id="format-refusal">{ message }</pre>
            }
            <div class="problems" aria-live="polite">
                <h3 id="problems-summary">{ summary }</h3>
                <ul id="problems">{ for items }</ul>
            </div>
        </section>
    }
}
