//! The partial-refresh lab (issue 10): a simulated Next.js route over the learner's data, a
//! route handler's mutation, and what the page does afterwards: nothing, a full reload, or
//! `router.refresh()`.
//!
//! The logic is in [`crate::lab`]; this file renders the simulated page with Yew so that
//! Yew's own reconciler does the merge: on a refresh the same component tree gets new props
//! (list items keyed by id), so only changed DOM nodes are touched; a full reload changes the
//! `key` of the page's root, which re-mounts everything and loses the Client Component's
//! state; the stale mode renders nothing. A `MutationObserver` on the page records the DOM
//! mutations of each commit (what it leaves out is explained in [`crate::lab::counts`]), and
//! the changed nodes flash.

use super::Ctx;
use crate::i18n::Lang;
use crate::lab::Mode;
use crate::lab::counts::{Counts, FLASH_CLASS, FLASH_MS, META_CLASS, is_flash_toggle};
use crate::lab::payload::Node;
use crate::lab::presets::{OPERATIONS, Preset};
use crate::lab::session::{After, Call, CallOutcome, Session};
use crate::lab::timeline::{self, Entry};
use seedbed_protocol::{Request, Response};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{
    Element, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement, MutationObserver,
    MutationObserverInit, MutationRecord,
};
use yew::functional::UseForceUpdateHandle;
use yew::prelude::*;
use yew::virtual_dom::{Key, VNode, VTag, VText};

/// What the observer saw while a commit was being recorded.
#[derive(Default)]
struct Tally {
    recording: bool,
    counts: Counts,
    /// Elements to flash: the inserted ones and the parents of changed text.
    flash: Vec<Element>,
    /// Every node inserted, in order. Yew mounts a new subtree top-down into the live DOM
    /// (the element first, then each child into it), so one new list item is several
    /// insertions; [`Tally::finish`] counts only those not inside another one.
    inserted: Vec<web_sys::Node>,
}

impl Tally {
    /// Counts the inserted subtrees: a node inserted inside a node inserted in the same
    /// commit is part of that subtree, not a mutation of its own.
    fn finish(&mut self) -> Counts {
        let inserted = std::mem::take(&mut self.inserted);
        let set = js_sys::Set::new(&JsValue::UNDEFINED);
        for node in &inserted {
            set.add(node);
        }
        for node in &inserted {
            let mut ancestor = node.parent_node();
            let mut nested = false;
            while let Some(a) = ancestor {
                if set.has(&a) {
                    nested = true;
                    break;
                }
                ancestor = a.parent_node();
            }
            if !nested {
                self.counts.added += 1;
                self.counts.added_nodes += subtree_size(node);
            }
        }
        self.recording = false;
        self.counts
    }
}

/// The observer on the simulated page, and the callback it holds.
struct Recorder {
    observer: MutationObserver,
    _callback: Closure<dyn FnMut(js_sys::Array, MutationObserver)>,
    tally: Rc<RefCell<Tally>>,
}

impl Drop for Recorder {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// How many nodes a subtree holds, its root included.
fn subtree_size(node: &web_sys::Node) -> usize {
    let children = node.child_nodes();
    1 + (0..children.length())
        .filter_map(|i| children.item(i))
        .map(|c| subtree_size(&c))
        .sum::<usize>()
}

/// The element a record is about: the node itself, or a text node's parent.
fn element_of(node: &web_sys::Node) -> Option<Element> {
    node.dyn_ref::<Element>()
        .cloned()
        .or_else(|| node.parent_element())
}

fn in_meta(element: &Element) -> bool {
    element
        .closest(&format!(".{META_CLASS}"))
        .ok()
        .flatten()
        .is_some()
}

/// Adds one record to the tally, unless it is the lab's own doing (see `lab::counts`).
fn tally_record(record: &MutationRecord, tally: &mut Tally) {
    let Some(target) = record.target() else {
        return;
    };
    let target_element = element_of(&target);
    if target_element.as_ref().is_some_and(in_meta) {
        return;
    }
    match record.type_().as_str() {
        "childList" => {
            let added = record.added_nodes();
            for node in (0..added.length()).filter_map(|i| added.item(i)) {
                if let Some(e) = element_of(&node) {
                    tally.flash.push(e);
                }
                tally.inserted.push(node);
            }
            let removed = record.removed_nodes();
            for node in (0..removed.length()).filter_map(|i| removed.item(i)) {
                tally.counts.removed += 1;
                tally.counts.removed_nodes += subtree_size(&node);
            }
        }
        "characterData" => {
            tally.counts.text += 1;
            tally.flash.extend(target_element);
        }
        "attributes" => {
            let name = record.attribute_name().unwrap_or_default();
            if let Some(element) = target_element {
                let now = element.get_attribute(&name);
                if name == "class" && is_flash_toggle(record.old_value().as_deref(), now.as_deref())
                {
                    return;
                }
                tally.counts.attributes += 1;
                tally.flash.push(element);
            }
        }
        _ => {}
    }
}

fn tally_all(records: &js_sys::Array, tally: &mut Tally) {
    for record in records.iter() {
        if let Ok(record) = record.dyn_into::<MutationRecord>() {
            tally_record(&record, tally);
        }
    }
}

fn start_recorder(page: &Element) -> Option<Recorder> {
    let tally = Rc::new(RefCell::new(Tally::default()));
    let callback = {
        let tally = tally.clone();
        Closure::<dyn FnMut(js_sys::Array, MutationObserver)>::new(
            move |records: js_sys::Array, _: MutationObserver| {
                let mut tally = tally.borrow_mut();
                if tally.recording {
                    tally_all(&records, &mut tally);
                }
            },
        )
    };
    let observer = MutationObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    let init = MutationObserverInit::new();
    init.set_child_list(true);
    init.set_subtree(true);
    init.set_character_data(true);
    init.set_attributes(true);
    init.set_attribute_old_value(true);
    observer.observe_with_options(page, &init).ok()?;
    Some(Recorder {
        observer,
        _callback: callback,
        tally,
    })
}

fn set_timeout(ms: i32, f: impl FnOnce() + 'static) {
    let f = Closure::once_into_js(f);
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(f.unchecked_ref(), ms);
    }
}

fn flash(mut elements: Vec<Element>) {
    // An element can be both inserted and the parent of inserted text: flash it once.
    let seen = js_sys::Set::new(&JsValue::UNDEFINED);
    elements.retain(|e| {
        let new = !seen.has(e);
        seen.add(e);
        new
    });
    for e in &elements {
        let _ = e.class_list().add_1(FLASH_CLASS);
    }
    set_timeout(FLASH_MS, move || {
        for e in &elements {
            let _ = e.class_list().remove_1(FLASH_CLASS);
        }
    });
}

/// A client call's reply as the lab shows it.
fn outcome(response: Response) -> CallOutcome {
    match response {
        Response::ClientResult {
            result_json,
            error,
            statements,
            ..
        } => CallOutcome {
            result_json,
            error: error.map(|e| match e.code {
                Some(code) => format!("{} ({code}): {}", e.name, e.message),
                None => format!("{}: {}", e.name, e.message),
            }),
            sql: statements.into_iter().map(|s| s.sql).collect(),
        },
        Response::Error { message } => CallOutcome {
            error: Some(message),
            ..CallOutcome::default()
        },
        other => CallOutcome {
            error: Some(format!("unexpected reply: {other:?}")),
            ..CallOutcome::default()
        },
    }
}

fn client_call(call: Call) -> Request {
    Request::ClientCall {
        model: call.model,
        operation: call.operation,
        args_json: call.args_json,
    }
}

/// The handles every action needs.
#[derive(Clone)]
struct Lab {
    ctx: Ctx,
    session: Rc<RefCell<Session>>,
    update: UseForceUpdateHandle,
    recorder: Rc<RefCell<Option<Recorder>>>,
    commit_pending: Rc<RefCell<bool>>,
}

impl Lab {
    fn redraw(&self) {
        self.update.force_update();
    }

    /// Reads the generated client and renders the route for the first time.
    fn load(&self) {
        let lab = self.clone();
        self.ctx
            .bridge
            .request(Request::ClientInfo, move |response| {
                let loaded = match &response {
                    Response::Generated { client, .. } => lab.session.borrow_mut().load(
                        client
                            .as_ref()
                            .map(|c| (c.schema.as_str(), c.models.as_slice())),
                    ),
                    Response::Error { message } => {
                        lab.session.borrow_mut().failed(message.clone());
                        false
                    }
                    _ => false,
                };
                if loaded {
                    lab.session.borrow_mut().start_first_render();
                    lab.fetch();
                } else {
                    lab.redraw();
                }
            });
    }

    /// Runs the route handler's mutation, then reacts in the chosen mode.
    fn run(&self) {
        let call = {
            let mut session = self.session.borrow_mut();
            let mode = session.mode();
            session.start_run(mode)
        };
        self.redraw();
        let Some(call) = call else {
            return;
        };
        let lab = self.clone();
        self.ctx.bridge.request(client_call(call), move |response| {
            let after = lab.session.borrow_mut().mutation_done(outcome(response));
            match after {
                After::Stop => lab.redraw(),
                After::Record => lab.commit(),
                After::Fetch => lab.fetch(),
            }
        });
    }

    /// The page's own refresh or reload, without a mutation.
    fn refresh(&self, mode: Mode) {
        if self.session.borrow_mut().start_refresh(mode) {
            self.fetch();
        }
        self.redraw();
    }

    /// Runs every Server Component's query; when all have answered, commits the new payload.
    fn fetch(&self) {
        let calls = self.session.borrow().queries();
        let expected = calls.len();
        if expected == 0 {
            self.begin_recording();
            self.session.borrow_mut().queries_done(Vec::new());
            self.commit();
            return;
        }
        let results = Rc::new(RefCell::new(Vec::with_capacity(expected)));
        for (index, call) in calls {
            let (lab, results) = (self.clone(), results.clone());
            self.ctx.bridge.request(client_call(call), move |response| {
                let done = {
                    let mut results = results.borrow_mut();
                    results.push((index, outcome(response)));
                    results.len() == expected
                };
                if done {
                    let mut results = results.take();
                    results.sort_by_key(|(i, _)| *i);
                    lab.begin_recording();
                    lab.session.borrow_mut().queries_done(results);
                    lab.commit();
                }
            });
        }
    }

    /// Starts counting mutations; what happened before (typing in the Client Component…)
    /// is dropped.
    fn begin_recording(&self) {
        if let Some(recorder) = self.recorder.borrow().as_ref() {
            let _ = recorder.observer.take_records();
            let mut tally = recorder.tally.borrow_mut();
            *tally = Tally::default();
            tally.recording = true;
        }
    }

    /// Renders the session; the effect after the render finishes the recording.
    fn commit(&self) {
        self.begin_recording_if_idle();
        *self.commit_pending.borrow_mut() = true;
        self.redraw();
    }

    fn begin_recording_if_idle(&self) {
        let recording = self
            .recorder
            .borrow()
            .as_ref()
            .is_some_and(|r| r.tally.borrow().recording);
        if !recording {
            self.begin_recording();
        }
    }

    /// Collects the commit's records and flashes what changed.
    fn finish(&self) {
        let (counts, changed) = match self.recorder.borrow().as_ref() {
            Some(recorder) => {
                let pending = recorder.observer.take_records();
                let mut tally = recorder.tally.borrow_mut();
                tally_all(&pending, &mut tally);
                (tally.finish(), std::mem::take(&mut tally.flash))
            }
            None => (Counts::default(), Vec::new()),
        };
        flash(changed);
        self.session.borrow_mut().committed(counts);
        self.redraw();
    }
}

/// Builds the DOM of a payload node, keys included, for Yew to reconcile.
fn render_node(node: &Node) -> Html {
    match node {
        Node::Text(text) => VNode::VText(VText::new(text.clone())),
        Node::Element {
            tag,
            key,
            props,
            children,
        } => {
            let mut element = VTag::new(*tag);
            for (name, value) in props {
                element.add_attribute(name, value.clone());
            }
            element.add_children(children.iter().map(render_node));
            element.key = key.as_deref().map(Key::from);
            VNode::from(element)
        }
    }
}

/// Counts the renders of the component it is called in.
#[hook]
fn use_render_count() -> u32 {
    let count = use_mut_ref(|| 0u32);
    *count.borrow_mut() += 1;
    *count.borrow()
}

fn render_badge(n: u32, lang: &Lang) -> Html {
    html! { <span class={classes!(META_CLASS, "lab-renders")} title={lang.t("lab.renders_title")}>{ lang.tw("lab.renders", &[("n", n.to_string())]) }</span> }
}

/// A run's label in the comparison table.
fn run_label(label: &str, lang: &Lang) -> String {
    Preset::ALL
        .iter()
        .find(|p| p.label() == label)
        .map(|p| lang.t(&format!("lab.preset.{}", p.id())))
        .or_else(|| (label == "Custom mutation").then(|| lang.t("lab.custom_mutation")))
        .or_else(|| (label == "No mutation").then(|| lang.t("lab.no_mutation")))
        .unwrap_or_else(|| label.to_owned())
}

fn mode_label(mode: Mode, lang: &Lang) -> String {
    lang.t(&format!("lab.mode.{}", mode.id()))
}

#[derive(Properties, PartialEq)]
struct ServerBoxProps {
    name: AttrValue,
    payload: Option<Rc<Node>>,
    error: Option<AttrValue>,
}

/// A Server Component's output on the page. Its props are the payload, so Yew re-renders it
/// only when the payload changed.
#[function_component]
fn ServerBox(props: &ServerBoxProps) -> Html {
    let lang = crate::i18n::use_lang();
    let renders = use_render_count();
    html! {
        <section class="lab-server" data-component={props.name.clone()}>
            <header class="lab-component-head">
                <code>{ format!("<{} />", props.name) }</code>
                <span class={classes!(META_CLASS, "lab-kind")}>{ "Server Component" }</span>
                { render_badge(renders, &lang) }
            </header>
            if let Some(node) = &props.payload {
                { render_node(node) }
            } else if let Some(error) = &props.error {
                <p class="lab-query-error">{ error.clone() }</p>
            }
        </section>
    }
}

/// The Client Component: state that lives only in the browser.
#[function_component]
fn ClientNotes() -> Html {
    let lang = crate::i18n::use_lang();
    let renders = use_render_count();
    let note = use_state(String::new);
    let clicks = use_state(|| 0u32);
    let open = use_state(|| false);
    let oninput = {
        let note = note.clone();
        Callback::from(move |e: InputEvent| {
            note.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let click = {
        let clicks = clicks.clone();
        Callback::from(move |_| clicks.set(*clicks + 1))
    };
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    html! {
        <aside class="lab-client" data-component="ClientNotes">
            <header class="lab-component-head">
                <code>{ "<ClientNotes />" }</code>
                <span class={classes!(META_CLASS, "lab-kind")}>{ lang.t("lab.client_component") }</span>
                { render_badge(renders, &lang) }
            </header>
            <input id="lab-note" type="text" placeholder={lang.t("lab.note_placeholder")} aria-label={lang.t("lab.note_label")}
                value={(*note).clone()} {oninput} />
            <div class="lab-client-actions">
                <button id="lab-counter" onclick={click}>{ lang.tn("lab.clicked", usize::try_from(*clicks).unwrap_or(usize::MAX), &[]) }</button>
                <button id="lab-toggle" onclick={toggle} aria-expanded={open.to_string()}>
                    { if *open { lang.t("lab.hide_details") } else { lang.t("lab.show_details") } }
                </button>
            </div>
            if *open {
                <p id="lab-details" class="lab-details">{ lang.t("lab.details") }</p>
            }
        </aside>
    }
}

fn quote_html(q: timeline::Quote) -> Html {
    html! {
        <blockquote class="lab-quote" cite={q.source}>
            <p>{ format!("“{}”", q.text) }</p>
            <footer><a href={q.source} target="_blank" rel="noopener noreferrer">{ q.source }</a></footer>
        </blockquote>
    }
}

fn entry_html(e: &Entry, lang: &Lang) -> Html {
    html! {
        <li class={classes!("lab-step", format!("lab-step-{}", e.step.id()))} data-step={e.step.id()}>
            <strong>{ lang.t(&format!("lab.step.{}", e.step.id())) }</strong>
            <span class="lab-step-summary">{ e.summary.in_language(lang.code()) }</span>
            <p class="lab-step-why">{ lang.t(e.explanation_key) }</p>
            if !e.sql.is_empty() {
                <details class="lab-sql">
                    <summary>{ lang.tn("lab.sql_statements", e.sql.len(), &[]) }</summary>
                    <ol>{ for e.sql.iter().map(|s| html! { <li><code>{ s.clone() }</code></li> }) }</ol>
                </details>
            }
            if let Some(q) = e.quote { { quote_html(q) } }
        </li>
    }
}

fn counts_cells(c: &Counts, lang: &Lang) -> Html {
    html! {
        <>
            <td>{ c.added }{ " " }<span class="muted">{ lang.tn("lab.nodes", c.added_nodes, &[]) }</span></td>
            <td>{ c.removed }{ " " }<span class="muted">{ lang.tn("lab.nodes", c.removed_nodes, &[]) }</span></td>
            <td>{ c.text }</td>
            <td>{ c.attributes }</td>
            <td><strong>{ c.total() }</strong></td>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct RefreshLabProps {
    pub ctx: Ctx,
}

#[function_component]
pub fn RefreshLab(props: &RefreshLabProps) -> Html {
    let lang = crate::i18n::use_lang();
    let session = use_mut_ref(Session::default);
    let update = use_force_update();
    let page_ref = use_node_ref();
    let recorder = use_mut_ref(|| None::<Recorder>);
    let commit_pending = use_mut_ref(|| false);
    let lab = Lab {
        ctx: props.ctx.clone(),
        session: session.clone(),
        update,
        recorder: recorder.clone(),
        commit_pending: commit_pending.clone(),
    };

    {
        // Watch the simulated page for as long as the lab is shown; load the route.
        let (lab, page_ref) = (lab.clone(), page_ref.clone());
        use_effect_with((), move |_| {
            if let Some(page) = page_ref.cast::<Element>() {
                *lab.recorder.borrow_mut() = start_recorder(&page);
            }
            lab.load();
            let recorder = lab.recorder.clone();
            move || drop(recorder.borrow_mut().take())
        });
    }
    {
        // After a commit rendered, let Yew finish its queue, then read the records.
        let lab = lab.clone();
        use_effect(move || {
            if std::mem::take(&mut *lab.commit_pending.borrow_mut()) {
                set_timeout(0, move || lab.finish());
            }
        });
    }

    let s = session.borrow();
    let mode = s.mode();
    let busy = s.busy;

    let on_load = {
        let lab = lab.clone();
        Callback::from(move |_| lab.load())
    };
    let on_run = {
        let lab = lab.clone();
        Callback::from(move |_| lab.run())
    };
    let on_refresh = {
        let lab = lab.clone();
        Callback::from(move |_| lab.refresh(Mode::RouterRefresh))
    };
    let on_reload = {
        let lab = lab.clone();
        Callback::from(move |_| lab.refresh(Mode::FullReload))
    };
    let on_mode = {
        let lab = lab.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            lab.session.borrow_mut().mode = Mode::from_id(&value);
            lab.redraw();
        })
    };
    let on_op = {
        let lab = lab.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            lab.session.borrow_mut().edit_mutation(Some(value), None);
            lab.redraw();
        })
    };
    let on_args = {
        let lab = lab.clone();
        Callback::from(move |e: InputEvent| {
            let value = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            lab.session.borrow_mut().edit_mutation(None, Some(value));
            lab.redraw();
        })
    };
    let on_take = {
        let lab = lab.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<HtmlInputElement>()
                .value_as_number();
            if value.is_finite() && value >= 1.0 {
                if let Some(route) = &mut lab.session.borrow_mut().route {
                    route.set_take(value.min(10_000.0) as u32);
                }
                lab.redraw();
            }
        })
    };
    let preset = |p: Preset| {
        let lab = lab.clone();
        Callback::from(move |_| {
            lab.session.borrow_mut().apply_preset(p);
            lab.redraw();
        })
    };
    let toggle = |i: usize| {
        let lab = lab.clone();
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            if let Some(c) = lab
                .session
                .borrow_mut()
                .route
                .as_mut()
                .and_then(|r| r.components.get_mut(i))
            {
                c.enabled = on;
            }
            lab.redraw();
        })
    };
    let edit_query = |i: usize| {
        let lab = lab.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            if let Some(c) = lab
                .session
                .borrow_mut()
                .route
                .as_mut()
                .and_then(|r| r.components.get_mut(i))
            {
                c.args_json = value;
            }
            lab.redraw();
        })
    };

    let route = s.route.as_ref();
    let take = route
        .and_then(|r| r.components.first())
        .and_then(|c| serde_json::from_str::<serde_json::Value>(&c.args_json).ok())
        .and_then(|v| v.get("take").and_then(serde_json::Value::as_u64))
        .unwrap_or(crate::lab::route::DEFAULT_TAKE as u64);
    let last = s.last_counts;

    let controls = route.map(|route| {
        let mutation = s.mutation.clone();
        html! {
            <div class="lab-controls">
                <h3>{ lang.tw("lab.route", &[("path", format!("app/{}s/page.tsx", route.model.property))]) }</h3>
                <ul class="lab-queries">
                    { for route.components.iter().enumerate().map(|(i, c)| html! {
                        <li>
                            <label>
                                <input type="checkbox" id={format!("lab-use-{i}")} checked={c.enabled} onchange={toggle(i)} />
                                <code>{ format!("<{} />", c.name) }</code>
                            </label>
                            <span class="muted">{ format!(" prisma.{}.{}", route.model.property, c.operation) }</span>
                            <input class="lab-args" id={format!("lab-args-{i}")} value={c.args_json.clone()} onchange={edit_query(i)}
                                aria-label={lang.tw("lab.query_args", &[("name", c.name.clone())])} title={route.call_text(c)} />
                            <span class="lab-ran" id={format!("lab-ran-{i}")}>{ lang.tw("lab.ran", &[("n", s.query_runs.get(i).copied().unwrap_or(0).to_string())]) }</span>
                        </li>
                    }) }
                </ul>
                <label class="lab-take">{ lang.t("lab.rows") }{ " " }
                    <input id="lab-take" type="number" min="1" max="10000" value={take.to_string()} onchange={on_take} />
                </label>
                <p class="muted lab-hint">{ lang.t("lab.query_hint") }</p>
                <h3>{ lang.t("lab.handler") }</h3>
                if let Some(m) = mutation {
                    <div class="lab-handler">
                        <code>{ format!("{} {}", m.method(), route.api_path()) }</code>
                        <span class="muted">{ format!(" → await prisma.{}.", route.model.property) }</span>
                        <select id="lab-op" onchange={on_op} aria-label={lang.t("lab.operation")}>
                            { for OPERATIONS.iter().map(|op| html! { <option value={*op} selected={m.operation == *op}>{ *op }</option> }) }
                        </select>
                    </div>
                    <textarea id="lab-mutation" class="code" rows="3" spellcheck="false" aria-label={lang.t("lab.mutation_args")}
                        value={m.args_json.clone()} oninput={on_args} />
                    <p class="muted lab-note">{ m.note.in_language(lang.code()) }</p>
                }
                <div class="lab-presets" role="group" aria-label={lang.t("lab.presets")}>
                    { for Preset::ALL.iter().map(|p| html! {
                        <button id={format!("lab-preset-{}", p.id())} onclick={preset(*p)}
                            class={classes!((s.preset == Some(*p)).then_some("active"))}>{ lang.t(&format!("lab.preset.{}", p.id())) }</button>
                    }) }
                </div>
                <div class="lab-run">
                    <label>{ lang.t("lab.after") }{ " " }
                        <select id="lab-mode" onchange={on_mode}>
                            { for Mode::ALL.iter().map(|m| html! { <option value={m.id()} selected={*m == mode}>{ mode_label(*m, &lang) }</option> }) }
                        </select>
                    </label>
                    <button id="lab-run" onclick={on_run} disabled={busy}>{ lang.t("lab.run") }</button>
                </div>
                <div class="lab-run">
                    <span class="muted">{ lang.t("lab.own_buttons") }{ " " }</span>
                    <button id="lab-refresh" onclick={on_refresh} disabled={busy}>{ "router.refresh()" }</button>
                    <button id="lab-reload" onclick={on_reload} disabled={busy}>{ lang.t("lab.reload") }</button>
                </div>
            </div>
        }
    });

    let page = route.map(|route| {
        html! {
            <div class="lab-route" key={format!("generation-{}", s.generation)}>
                { for route.components.iter().enumerate().filter_map(|(i, c)| {
                    let payload = s.payload.get(i).cloned().flatten();
                    let error = s.errors.get(i).cloned().flatten().map(AttrValue::from);
                    (payload.is_some() || error.is_some()).then(|| html! {
                        <ServerBox key={c.name.clone()} name={AttrValue::from(c.name.clone())} {payload} {error} />
                    })
                }) }
                <ClientNotes key="client" />
            </div>
        }
    });

    html! {
        <section class="pane refresh-lab" aria-labelledby="refresh-lab-title">
            <div class="pane-head">
                <h2 id="refresh-lab-title">{ lang.t("lab.title") }</h2>
                <button id="lab-load" onclick={on_load}>{ lang.t("lab.load") }</button>
            </div>
            <p class="lab-intro">{ lang.t("lab.intro") }</p>
            { quote_html(timeline::ROUTER_REFRESH) }
            if let Some(message) = &s.message {
                <p id="lab-message" class="lab-message" role="alert">{ message.in_language(lang.code()) }</p>
            }
            <div class="lab-grid">
                { controls.unwrap_or_default() }
                <div class="lab-browser">
                    <div class="lab-address">{ route.map(|r| format!("localhost:3000/{}s", r.model.property)).unwrap_or_default() }</div>
                    <div class="lab-page" id="lab-page" ref={page_ref}>
                        { page.unwrap_or_default() }
                    </div>
                </div>
            </div>
            <output id="lab-last-commit" class="lab-last"
                data-commits={s.commits.to_string()}
                data-added={last.map(|c| c.added).unwrap_or_default().to_string()}
                data-added-nodes={last.map(|c| c.added_nodes).unwrap_or_default().to_string()}
                data-removed={last.map(|c| c.removed).unwrap_or_default().to_string()}
                data-removed-nodes={last.map(|c| c.removed_nodes).unwrap_or_default().to_string()}
                data-text={last.map(|c| c.text).unwrap_or_default().to_string()}
                data-attributes={last.map(|c| c.attributes).unwrap_or_default().to_string()}>
                { last.map(|c| lang.tw("lab.last_commit", &[("n", c.total().to_string())])).unwrap_or_default() }
            </output>
            if !s.timeline.is_empty() {
                <h3>{ lang.tw("lab.timeline", &[("mode", mode_label(mode, &lang))]) }</h3>
                <ol id="lab-timeline" class="lab-timeline">{ for s.timeline.iter().map(|e| entry_html(e, &lang)) }</ol>
            }
            <h3>{ lang.t("lab.compared") }</h3>
            <table id="lab-compare" class="lab-compare">
                <thead><tr>
                    <th>{ lang.t("lab.col.mode") }</th><th>{ lang.t("lab.col.run") }</th><th>{ lang.t("lab.col.queries") }</th><th>{ lang.t("lab.col.payload") }</th>
                    <th>{ lang.t("lab.col.inserted") }</th><th>{ lang.t("lab.col.removed") }</th><th>{ lang.t("lab.col.text") }</th><th>{ lang.t("lab.col.attributes") }</th><th>{ lang.t("lab.col.mutations") }</th>
                </tr></thead>
                <tbody>
                    { for Mode::ALL.iter().map(|m| html! {
                        <tr data-mode={m.id()}>
                            <th scope="row">{ mode_label(*m, &lang) }</th>
                            if let Some(run) = &s.runs[m.index()] {
                                <td>{ run_label(&run.label, &lang) }</td>
                                <td>{ run.queries }</td>
                                <td>{ format!("{} B", run.payload_bytes) }</td>
                                { counts_cells(&run.counts, &lang) }
                            } else {
                                <td colspan="8" class="muted">{ lang.t("lab.not_run") }</td>
                            }
                        </tr>
                    }) }
                </tbody>
            </table>
        </section>
    }
}
