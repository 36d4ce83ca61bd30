//! The page's side of the worker conversation.
//!
//! [`Bridge`] starts the engine worker, pairs each request with its reply by id, queues
//! requests until the worker says it is ready, and restarts the worker when it crashes
//! (failing the requests that were in flight with a clear message). It is the only code in
//! the page that calls `postMessage`.
//!
//! Where the page is cross-origin isolated it also shares a reply slot with the worker
//! (`seedbed_protocol::mailbox`): replies the page wants in frame
//! (`Request::reply_in_frame`, the schema's analyses) are looked for there in
//! animation-frame callbacks, so they reach the page before the frame
//! that paints the key press, not after it.

use seedbed_protocol::mailbox::{self, SharedSlot};
use seedbed_protocol::{Envelope, Event, FromWorker, Request, Response, decode, encode};
use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};
use std::rc::{Rc, Weak};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{ErrorEvent, MessageEvent, Worker, WorkerOptions, WorkerType};
use yew::Callback;

type ReplyHandler = Box<dyn FnOnce(Response)>;
type Listener = Closure<dyn FnMut(web_sys::Event)>;
type FrameCallback = Closure<dyn FnMut(f64)>;

/// What the bridge tells the app about the worker's life.
#[derive(Debug, Clone, PartialEq)]
pub enum BridgeEvent {
    /// An event the worker sent (ready, panicked, storage lost).
    Worker(Event),
    /// The worker died without a word (a crash in its start-up script, out of memory…).
    Crashed(String),
}

struct Inner {
    worker: RefCell<Option<Worker>>,
    // Kept alive as long as the worker they are attached to.
    listeners: RefCell<Vec<Listener>>,
    next_id: Cell<u32>,
    pending: RefCell<HashMap<u32, ReplyHandler>>,
    ready: Cell<bool>,
    /// Counts workers started; events from an older, terminated worker are ignored.
    generation: Cell<u32>,
    queued: RefCell<Vec<Vec<u8>>>,
    on_event: Callback<BridgeEvent>,
    worker_url: String,
    /// The current worker's reply slot, when the page is cross-origin isolated.
    mailbox: RefCell<Option<SharedSlot>>,
    /// Requests whose replies are looked for in the slot at each animation frame.
    watched: RefCell<HashSet<u32>>,
    frame_scheduled: Cell<bool>,
    frame_poll: RefCell<Option<FrameCallback>>,
}

/// A handle on the engine worker; cheap to clone.
#[derive(Clone)]
pub struct Bridge {
    inner: Rc<Inner>,
}

impl PartialEq for Bridge {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.inner, &other.inner)
    }
}

impl Bridge {
    /// Starts the worker. `debug` is passed on so the worker honours debug requests.
    pub fn start(on_event: Callback<BridgeEvent>, debug: bool) -> Bridge {
        // An embed's worker keeps everything in memory (see embed.rs).
        let worker_url = match (debug, crate::embed::is_embed()) {
            (true, true) => "./worker.js?debug&embed",
            (true, false) => "./worker.js?debug",
            (false, true) => "./worker.js?embed",
            (false, false) => "./worker.js",
        }
        .to_owned();
        let inner = Rc::new(Inner {
            worker: RefCell::new(None),
            listeners: RefCell::new(Vec::new()),
            next_id: Cell::new(1),
            pending: RefCell::new(HashMap::new()),
            ready: Cell::new(false),
            generation: Cell::new(0),
            queued: RefCell::new(Vec::new()),
            on_event,
            worker_url,
            mailbox: RefCell::new(None),
            watched: RefCell::new(HashSet::new()),
            frame_scheduled: Cell::new(false),
            frame_poll: RefCell::new(None),
        });
        let weak = Rc::downgrade(&inner);
        *inner.frame_poll.borrow_mut() = Some(Closure::new(move |_: f64| {
            if let Some(inner) = weak.upgrade() {
                poll_frame(&inner);
            }
        }));
        spawn(&inner);
        Bridge { inner }
    }

    /// Sends `request`; `on_reply` runs with the worker's response (or an error response if
    /// the worker crashes first). A reply wanted in frame (`Request::reply_in_frame`) is also
    /// looked for in the shared slot, if there is one, at each animation frame until it has
    /// come one way or the other.
    pub fn request(&self, request: Request, on_reply: impl FnOnce(Response) + 'static) {
        let in_frame = request.reply_in_frame();
        let id = self.inner.next_id.get();
        self.inner.next_id.set(id.wrapping_add(1));
        self.inner
            .pending
            .borrow_mut()
            .insert(id, Box::new(on_reply));
        let bytes = encode(&Envelope { id, body: request });
        if self.inner.ready.get() {
            post(&self.inner, &bytes);
        } else {
            self.inner.queued.borrow_mut().push(bytes);
        }
        if in_frame && self.inner.mailbox.borrow().is_some() {
            self.inner.watched.borrow_mut().insert(id);
            schedule_frame(&self.inner);
        }
    }

    /// Stops whatever the worker is doing (a long seed) by replacing it with a fresh one,
    /// which reloads the last saved database: the work in progress, never saved, is gone.
    /// Requests in flight fail with `message`.
    pub fn cancel(&self, message: &str) {
        restart(&self.inner, message.to_owned());
    }
}

fn post(inner: &Inner, bytes: &[u8]) {
    if let Some(worker) = inner.worker.borrow().as_ref() {
        // The copy's buffer is transferred to the worker, not copied again.
        let array = js_sys::Uint8Array::from(bytes);
        let _ = worker.post_message_with_transfer(&array, &js_sys::Array::of1(&array.buffer()));
    }
}

fn schedule_frame(inner: &Inner) {
    if inner.frame_scheduled.get() {
        return;
    }
    if let (Some(window), Some(poll)) = (web_sys::window(), inner.frame_poll.borrow().as_ref()) {
        let scheduled = window.request_animation_frame(poll.as_ref().unchecked_ref());
        inner.frame_scheduled.set(scheduled.is_ok());
    }
}

/// An animation frame: takes a watched reply from the slot, if the worker has written one,
/// and handles it now, before the frame is painted. Its `postMessage` copy, arriving later,
/// then finds no one waiting.
fn poll_frame(inner: &Rc<Inner>) {
    inner.frame_scheduled.set(false);
    {
        // Those answered by `postMessage` first, or failed by a restart, are no longer awaited.
        let pending = inner.pending.borrow();
        inner
            .watched
            .borrow_mut()
            .retain(|id| pending.contains_key(id));
    }
    let taken = inner
        .mailbox
        .borrow()
        .as_ref()
        .and_then(|slot| mailbox::take(slot, |id| inner.watched.borrow().contains(&id)));
    if let Some((id, bytes)) = taken {
        inner.watched.borrow_mut().remove(&id);
        receive(inner, decode::<FromWorker>(&bytes));
    }
    if !inner.watched.borrow().is_empty() {
        schedule_frame(inner);
    }
}

fn spawn(inner: &Rc<Inner>) {
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    let worker = match Worker::new_with_options(&inner.worker_url, &options) {
        Ok(worker) => worker,
        Err(err) => {
            inner.on_event.emit(BridgeEvent::Crashed(format!(
                "the engine worker could not start: {err:?}"
            )));
            return;
        }
    };
    let generation = inner.generation.get().wrapping_add(1);
    inner.generation.set(generation);
    let weak = Rc::downgrade(inner);
    let on_message = Listener::new(move |event: web_sys::Event| {
        let Some(inner) = weak.upgrade().filter(|i| i.generation.get() == generation) else {
            return;
        };
        let Some(data) = event.dyn_ref::<MessageEvent>().map(MessageEvent::data) else {
            return;
        };
        if let Some(bytes) = data.dyn_ref::<js_sys::Uint8Array>() {
            receive(&inner, decode::<FromWorker>(&bytes.to_vec()));
        } else if let Some(text) = data.as_string() {
            // Only `worker.js` posts text: the module failed to load before Rust ran.
            receive(
                &inner,
                Ok(FromWorker::Event(Event::Panicked { message: text })),
            );
        }
    });
    let weak = Rc::downgrade(inner);
    let on_error = Listener::new(move |event: web_sys::Event| {
        event.prevent_default();
        let Some(inner) = weak.upgrade().filter(|i| i.generation.get() == generation) else {
            return;
        };
        let detail = event
            .dyn_ref::<ErrorEvent>()
            .map(|e| e.message())
            .unwrap_or_default();
        crashed(&inner, &format!("the engine worker stopped: {detail}"));
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    // `worker.js` waits for this first message: the wasm module the page already compiled
    // (`index.html` keeps it on `window.SeedbedWasm`), so the worker instantiates it without
    // compiling it again (`null` makes it fetch and compile the module itself), and a new
    // reply slot, if the page may share memory.
    let buffer = SharedSlot::create();
    *inner.mailbox.borrow_mut() = buffer.as_ref().and_then(|b| SharedSlot::over(b));
    let first = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&first, &"module".into(), &compiled_module());
    let mailbox = buffer.map_or(JsValue::NULL, JsValue::from);
    let _ = js_sys::Reflect::set(&first, &"mailbox".into(), &mailbox);
    let _ = worker.post_message(&first);
    *inner.listeners.borrow_mut() = vec![on_message, on_error];
    *inner.worker.borrow_mut() = Some(worker);
}

/// The page's compiled `WebAssembly.Module` (page and worker run the same module), or null.
fn compiled_module() -> JsValue {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &JsValue::from_str("SeedbedWasm")).ok())
        .filter(|m| m.is_instance_of::<js_sys::WebAssembly::Module>())
        .unwrap_or(JsValue::NULL)
}

fn receive(inner: &Rc<Inner>, message: Result<FromWorker, String>) {
    match message {
        Ok(FromWorker::Reply(Envelope { id, body })) => {
            let handler = inner.pending.borrow_mut().remove(&id);
            if let Some(handler) = handler {
                handler(body);
            }
        }
        Ok(FromWorker::Event(Event::Panicked { message })) => {
            inner.on_event.emit(BridgeEvent::Worker(Event::Panicked {
                message: message.clone(),
            }));
            restart(inner, crash_message(&message));
        }
        Ok(FromWorker::Event(event)) => {
            if matches!(event, Event::Ready { .. }) {
                inner.ready.set(true);
                let queued: Vec<Vec<u8>> = inner.queued.borrow_mut().drain(..).collect();
                for bytes in queued {
                    post(inner, &bytes);
                }
            }
            inner.on_event.emit(BridgeEvent::Worker(event));
        }
        Err(err) => web_sys::console::warn_1(&format!("seedbed: {err}").into()),
    }
}

fn crashed(inner: &Rc<Inner>, message: &str) {
    inner
        .on_event
        .emit(BridgeEvent::Crashed(message.to_owned()));
    restart(inner, crash_message(message));
}

fn crash_message(why: &str) -> String {
    format!(
        "The engine worker crashed while handling this ({why}). It was restarted from the last saved state."
    )
}

/// Replaces a dead (or cancelled) worker with a fresh one, which reloads the last saved
/// database. Requests in flight fail with `message`: they may or may not have run, and the
/// learner is told so.
fn restart(inner: &Rc<Inner>, message: String) {
    if let Some(worker) = inner.worker.borrow_mut().take() {
        worker.terminate();
    }
    inner.ready.set(false);
    // Silences the old worker's listeners until the new one is spawned.
    inner.generation.set(inner.generation.get().wrapping_add(1));
    let pending: Vec<ReplyHandler> = inner.pending.borrow_mut().drain().map(|(_, h)| h).collect();
    for handler in pending {
        handler(Response::Error {
            message: message.clone(),
        });
    }
    let weak: Weak<Inner> = Rc::downgrade(inner);
    // Restart on the next turn of the event loop, outside the handler that saw the crash.
    let restart = Closure::once_into_js(move || {
        if let Some(inner) = weak.upgrade() {
            spawn(&inner);
        }
    });
    if let Some(window) = web_sys::window() {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(restart.unchecked_ref(), 0);
    }
}
