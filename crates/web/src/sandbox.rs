//! The page's side of the client query console's sandbox (`www/client-sandbox.js`).
//!
//! Each run starts a fresh dedicated Worker with the learner's script, relays its `prisma`
//! calls (the console forwards them to the engine worker and answers with [`SandboxRun::reply`])
//! and ends it: when the script finishes, fails, or exceeds its time limit, the worker is
//! terminated. The engine worker and the project are never exposed to the script: the only
//! thing it can do is post calls, which the engine validates like any other request.

use seedbed_protocol::ClientFailure;
use serde::Deserialize;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{ErrorEvent, MessageEvent, Worker};
use yew::Callback;

const SANDBOX_URL: &str = "./client-sandbox.js";

/// One `prisma.<model>.<operation>(args)` the script made.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SandboxCall {
    pub model: String,
    pub operation: String,
    pub args_json: String,
}

/// What a run reports to the console.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum SandboxEvent {
    /// `console.log` (or `info`, `warn`, `error`) with its arguments formatted.
    Log { level: String, text: String },
    /// Calls to run; `batch` for `$transaction([...])`. Answer with [`SandboxRun::reply`].
    Call {
        id: u32,
        batch: bool,
        calls: Vec<SandboxCall>,
    },
    /// The script finished.
    Done,
    /// The script threw (or could not be compiled).
    Failed {
        name: String,
        code: Option<String>,
        message: String,
    },
    /// The time limit passed; the worker was terminated.
    #[serde(skip)]
    Stopped { seconds: f64 },
}

type Listener = Closure<dyn FnMut(web_sys::Event)>;

/// A running script; dropping it does not stop it, [`SandboxRun::stop`] does.
pub struct SandboxRun {
    worker: Worker,
    finished: Cell<bool>,
    timer: Cell<Option<i32>>,
    // Kept alive while the worker runs.
    closures: RefCell<Vec<Listener>>,
    timeout: RefCell<Option<Closure<dyn FnMut()>>>,
}

impl SandboxRun {
    /// Starts `code` with the generated client's `models` (`None`: no client generated),
    /// stopping it after `limit_seconds`.
    pub fn start(
        code: &str,
        models: Option<&[String]>,
        limit_seconds: f64,
        on_event: Callback<SandboxEvent>,
    ) -> Result<Rc<SandboxRun>, String> {
        let worker =
            Worker::new(SANDBOX_URL).map_err(|e| format!("the sandbox could not start: {e:?}"))?;
        let run = Rc::new(SandboxRun {
            worker,
            finished: Cell::new(false),
            timer: Cell::new(None),
            closures: RefCell::new(Vec::new()),
            timeout: RefCell::new(None),
        });
        let weak = Rc::downgrade(&run);
        let events = on_event.clone();
        let on_message = Listener::new(move |event: web_sys::Event| {
            let Some(run) = weak.upgrade().filter(|r| !r.finished.get()) else {
                return;
            };
            let Some(text) = event
                .dyn_ref::<MessageEvent>()
                .and_then(|m| m.data().as_string())
            else {
                return;
            };
            // A message the sandbox did not write (the script cannot post, but be strict).
            let Ok(message) = serde_json::from_str::<SandboxEvent>(&text) else {
                return;
            };
            if matches!(message, SandboxEvent::Done | SandboxEvent::Failed { .. }) {
                run.stop();
            }
            events.emit(message);
        });
        let weak = Rc::downgrade(&run);
        let events = on_event.clone();
        let on_error = Listener::new(move |event: web_sys::Event| {
            event.prevent_default();
            let Some(run) = weak.upgrade().filter(|r| !r.finished.get()) else {
                return;
            };
            run.stop();
            let message = event
                .dyn_ref::<ErrorEvent>()
                .map(|e| e.message())
                .unwrap_or_else(|| "the sandbox stopped unexpectedly".into());
            events.emit(SandboxEvent::Failed {
                name: "Error".into(),
                code: None,
                message,
            });
        });
        run.worker
            .set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        run.worker
            .set_onerror(Some(on_error.as_ref().unchecked_ref()));
        *run.closures.borrow_mut() = vec![on_message, on_error];

        let weak = Rc::downgrade(&run);
        let timeout = Closure::<dyn FnMut()>::new(move || {
            if let Some(run) = weak.upgrade().filter(|r| !r.finished.get()) {
                run.stop();
                on_event.emit(SandboxEvent::Stopped {
                    seconds: limit_seconds,
                });
            }
        });
        if let Some(window) = web_sys::window() {
            let millis = (limit_seconds * 1000.0).clamp(0.0, f64::from(i32::MAX)) as i32;
            run.timer.set(
                window
                    .set_timeout_with_callback_and_timeout_and_arguments_0(
                        timeout.as_ref().unchecked_ref(),
                        millis,
                    )
                    .ok(),
            );
        }
        *run.timeout.borrow_mut() = Some(timeout);

        let start = serde_json::json!({ "type": "run", "code": code, "models": models });
        run.worker
            .post_message(&JsValue::from_str(&start.to_string()))
            .map_err(|e| format!("the sandbox could not start: {e:?}"))?;
        Ok(run)
    }

    /// Answers call `id` with the engine's result JSON or error.
    pub fn reply(&self, id: u32, result_json: Option<&str>, error: Option<&ClientFailure>) {
        if self.finished.get() {
            return;
        }
        let error = error
            .map(|e| serde_json::json!({ "name": e.name, "code": e.code, "message": e.message }));
        let message = serde_json::json!({
            "type": "reply", "id": id, "resultJson": result_json, "error": error,
        });
        let _ = self
            .worker
            .post_message(&JsValue::from_str(&message.to_string()));
    }

    /// Terminates the worker (idempotent).
    pub fn stop(&self) {
        if self.finished.replace(true) {
            return;
        }
        self.worker.terminate();
        if let (Some(window), Some(timer)) = (web_sys::window(), self.timer.take()) {
            window.clear_timeout_with_handle(timer);
        }
    }

    pub fn is_finished(&self) -> bool {
        self.finished.get()
    }
}

/// The engine request for calls the script made: one call alone, or `$transaction`.
pub fn request_for(batch: bool, calls: Vec<SandboxCall>) -> seedbed_protocol::Request {
    let mut specs: Vec<seedbed_protocol::ClientCallSpec> = calls
        .into_iter()
        .map(|c| seedbed_protocol::ClientCallSpec {
            model: c.model,
            operation: c.operation,
            args_json: c.args_json,
        })
        .collect();
    match (batch, specs.len()) {
        (false, 1) => {
            let c = specs.remove(0);
            seedbed_protocol::Request::ClientCall {
                model: c.model,
                operation: c.operation,
                args_json: c.args_json,
            }
        }
        _ => seedbed_protocol::Request::ClientTransaction { calls: specs },
    }
}

/// What the engine answered to a call, as the sandbox and the console need it.
pub struct CallResult {
    pub result_json: Option<String>,
    pub error: Option<ClientFailure>,
    pub statements: Vec<seedbed_protocol::ClientStatement>,
    pub wrote: bool,
}

impl CallResult {
    pub fn from_response(response: seedbed_protocol::Response) -> CallResult {
        let failure = |message: String| CallResult {
            result_json: None,
            error: Some(ClientFailure {
                name: "Error".into(),
                code: None,
                message,
            }),
            statements: Vec::new(),
            wrote: false,
        };
        match response {
            seedbed_protocol::Response::ClientResult {
                result_json,
                error,
                statements,
                wrote,
            } => CallResult {
                result_json,
                error,
                statements,
                wrote,
            },
            seedbed_protocol::Response::Error { message } => failure(message),
            other => failure(format!("unexpected reply: {other:?}")),
        }
    }
}
