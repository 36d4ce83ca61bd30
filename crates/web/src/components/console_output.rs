//! The client query console's output: what a run printed, and how each item is shown.
//! Values are text nodes only; result JSON is indented by the browser's `JSON`, which keeps
//! the engine's key order.

use seedbed_db::Value;
use seedbed_protocol::{ClientFailure, ClientStatement};
use std::rc::Rc;
use wasm_bindgen::JsValue;
use yew::prelude::*;

/// One item of the output.
#[derive(Debug, Clone, PartialEq)]
pub enum Line {
    Generate {
        ok: bool,
        text: String,
    },
    Log {
        level: String,
        text: String,
    },
    Call {
        label: String,
        result_json: Option<String>,
        error: Option<ClientFailure>,
        statements: Vec<ClientStatement>,
    },
    Failed {
        name: String,
        code: Option<String>,
        message: String,
    },
    Stopped(String),
    Done,
}

/// The latest run's output, and whether it is still running.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Output {
    pub lines: Vec<Line>,
    pub running: bool,
}

/// `Start` clears the output; `Finish` adds the last item and ends the run.
pub enum OutputAction {
    Start,
    Push(Line),
    Finish(Line),
}

impl Reducible for Output {
    type Action = OutputAction;

    fn reduce(self: Rc<Self>, action: OutputAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            OutputAction::Start => {
                next.lines.clear();
                next.running = true;
            }
            OutputAction::Push(line) => next.lines.push(line),
            OutputAction::Finish(line) => {
                next.lines.push(line);
                next.running = false;
            }
        }
        Rc::new(next)
    }
}

fn param_text(value: &Value) -> String {
    match value {
        Value::Null => "NULL".into(),
        Value::Integer(i) => i.to_string(),
        Value::Real(f) => f.to_string(),
        Value::Text(s) => format!("{s:?}"),
        Value::Blob(b) => format!("<{} bytes>", b.len()),
    }
}

/// The result JSON indented, keys in the engine's order (JavaScript keeps insertion order).
fn pretty(json: &str) -> String {
    js_sys::JSON::parse(json)
        .and_then(|v| {
            js_sys::JSON::stringify_with_replacer_and_space(&v, &JsValue::NULL, &2.into())
        })
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| json.to_owned())
}

fn error_text(name: &str, code: Option<&str>, message: &str) -> String {
    match code {
        Some(code) => format!("{name} [{code}]: {message}"),
        None => format!("{name}: {message}"),
    }
}

pub fn render_line(line: &Line, lang: &crate::i18n::Lang) -> Html {
    match line {
        Line::Generate { ok, text } => {
            html! { <pre class={classes!("generate-output", (!ok).then_some("error"))}>{ text }</pre> }
        }
        Line::Log { level, text } => html! {
            <pre class={classes!("console-log", (level == "error" || level == "warn").then_some("error"))}>{ text }</pre>
        },
        Line::Call {
            label,
            result_json,
            error,
            statements,
        } => {
            let body = match (result_json, error) {
                (_, Some(e)) => html! {
                    <pre class="error" data-code={e.code.clone().unwrap_or_default()}>{ error_text(&e.name, e.code.as_deref(), &e.message) }</pre>
                },
                (Some(json), None) => html! { <pre class="json">{ pretty(json) }</pre> },
                (None, None) => html! {},
            };
            let sql = statements.iter().map(|s| {
                let params = s.params.iter().map(param_text).collect::<Vec<_>>().join(", ");
                html! { <li><code class="sql">{ &s.sql }</code>if !s.params.is_empty() { <span class="params">{ format!(" [{params}]") }</span> }</li> }
            });
            html! {
                <div class="client-call">
                    <div class="call-label"><code>{ label }</code></div>
                    { body }
                    <details class="statements">
                        <summary>{ lang.tn("client.statements", statements.len(), &[]) }</summary>
                        <ol>{ for sql }</ol>
                    </details>
                </div>
            }
        }
        Line::Failed {
            name,
            code,
            message,
        } => html! {
            <pre class="error script-error" role="alert">{ error_text(name, code.as_deref(), message) }</pre>
        },
        Line::Stopped(message) => html! { <p class="error stopped" role="alert">{ message }</p> },
        Line::Done => html! { <p class="muted run-done">{ lang.t("client.done") }</p> },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_clears_the_previous_output_and_ends_with_its_last_line() {
        let apply = |o: Rc<Output>, a| o.reduce(a);
        let o = Rc::new(Output::default());
        let o = apply(o, OutputAction::Push(Line::Done));
        let o = apply(o, OutputAction::Start);
        assert!(o.running && o.lines.is_empty());
        let o = apply(
            o,
            OutputAction::Push(Line::Log {
                level: "log".into(),
                text: "1".into(),
            }),
        );
        let o = apply(o, OutputAction::Finish(Line::Stopped("stopped".into())));
        assert!(!o.running);
        assert_eq!(o.lines.len(), 2);
    }
}
