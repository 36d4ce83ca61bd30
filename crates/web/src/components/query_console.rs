//! The client query console: a script using `prisma.*` runs in a sandboxed worker
//! ([`crate::sandbox`]), its calls run in the engine worker with the *generated* client, and
//! the output lists each `console.log`, each call's result (pretty JSON) with the SQL it ran,
//! and errors with Prisma's code. Generate makes the current schema the client's; a badge
//! says when the schema has changed since.

use super::Ctx;
use super::console_output::{Line, Output, OutputAction, render_line};
use crate::i18n::Lang;
use crate::sandbox::{SandboxCall, SandboxEvent, SandboxRun};
use crate::state::{AppState, WorkerStatus};
use seedbed_protocol::{GeneratedClient, Request, Response};
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// The time limit a run gets unless the learner changes it.
pub const DEFAULT_LIMIT_SECONDS: f64 = 5.0;

/// The model names of a schema, in order (`model User {` → `User`), for the example.
pub fn model_names(schema: &str) -> Vec<String> {
    schema
        .lines()
        .filter_map(|line| {
            let rest = line.trim_start().strip_prefix("model")?;
            let name: String = rest
                .trim_start()
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            (rest.starts_with(char::is_whitespace) && !name.is_empty()).then_some(name)
        })
        .collect()
}

/// A first script for the schema: list the first model's rows (its comments in the
/// interface's language).
pub fn example_for(schema: &str, lang: &Lang) -> String {
    let Some(model) = model_names(schema).into_iter().next() else {
        return format!(
            "// {}\n// const users = await prisma.user.findMany()\n",
            lang.t("client.example_empty")
        );
    };
    let mut chars = model.chars();
    let property: String = chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default();
    format!(
        "// {}\nconst rows = await prisma.{property}.findMany({{ take: 10 }})\nconsole.log(rows)\nconsole.log(await prisma.{property}.count())\n",
        lang.t("client.example_intro")
    )
}

/// What the console prints when the time limit stops a script.
pub fn stopped_message(seconds: f64, lang: &Lang) -> String {
    lang.tw("client.stopped", &[("seconds", seconds.to_string())])
}

fn call_label(call: &SandboxCall) -> String {
    format!("prisma.{}.{}()", call.model, call.operation)
}

/// Forwards the sandbox's calls to the engine and shows what happens.
fn on_sandbox_event(
    ctx: &Ctx,
    state: &UseReducerHandle<AppState>,
    output: &UseReducerDispatcher<Output>,
    run: &Rc<RefCell<Option<Rc<SandboxRun>>>>,
    lang: &Lang,
    event: SandboxEvent,
) {
    match event {
        SandboxEvent::Log { level, text } => {
            output.dispatch(OutputAction::Push(Line::Log { level, text }))
        }
        SandboxEvent::Call { id, batch, calls } => {
            let Some(current) = run.borrow().clone() else {
                return;
            };
            let label = if batch {
                format!(
                    "prisma.$transaction([{}])",
                    calls.iter().map(call_label).collect::<Vec<_>>().join(", ")
                )
            } else {
                calls.first().map(call_label).unwrap_or_default()
            };
            let request = crate::sandbox::request_for(batch, calls);
            let (ctx2, view, output) = (ctx.clone(), state.view.clone(), output.clone());
            ctx.bridge.request(request, move |response| {
                let crate::sandbox::CallResult {
                    result_json,
                    error,
                    statements,
                    wrote,
                } = crate::sandbox::CallResult::from_response(response);
                current.reply(id, result_json.as_deref(), error.as_ref());
                if !current.is_finished() {
                    output.dispatch(OutputAction::Push(Line::Call {
                        label,
                        result_json,
                        error,
                        statements,
                    }));
                }
                if wrote {
                    // The database pane shows the rows the script wrote.
                    ctx2.refresh(view.as_ref());
                }
            });
        }
        SandboxEvent::Done => output.dispatch(OutputAction::Finish(Line::Done)),
        SandboxEvent::Failed {
            name,
            code,
            message,
        } => output.dispatch(OutputAction::Finish(Line::Failed {
            name,
            code,
            message,
        })),
        SandboxEvent::Stopped { seconds } => output.dispatch(OutputAction::Finish(Line::Stopped(
            stopped_message(seconds, lang),
        ))),
    }
}

#[derive(Properties, PartialEq)]
pub struct QueryConsoleProps {
    pub ctx: Ctx,
    pub state: UseReducerHandle<AppState>,
}

#[function_component]
pub fn QueryConsole(props: &QueryConsoleProps) -> Html {
    let lang = crate::i18n::use_lang();
    let code = use_state(|| None::<String>);
    let limit = use_state(|| DEFAULT_LIMIT_SECONDS);
    let client = use_state(|| None::<GeneratedClient>);
    let output = use_reducer(Output::default);
    let run = use_mut_ref(|| None::<Rc<SandboxRun>>);
    let schema = props.state.schema_text.clone().unwrap_or_default();

    {
        // Which client the worker has (it restores the saved one after a reload or a restart).
        let (ctx, client) = (props.ctx.clone(), client.clone());
        let ready = matches!(props.state.worker, WorkerStatus::Ready { .. });
        // Again whenever the terminal generated a client.
        use_effect_with((ready, props.state.client_rev), move |(ready, _)| {
            if *ready {
                ctx.bridge.request(Request::ClientInfo, move |response| {
                    if let Response::Generated { client: c, .. } = response {
                        client.set(c);
                    }
                });
            }
        });
    }

    let text = (*code)
        .clone()
        .unwrap_or_else(|| example_for(&schema, &lang));
    let start = {
        let (ctx, state, output, run, client, limit, text, lang) = (
            props.ctx.clone(),
            props.state.clone(),
            output.dispatcher(),
            run.clone(),
            client.clone(),
            *limit,
            text.clone(),
            lang.clone(),
        );
        Callback::from(move |_: ()| {
            if let Some(previous) = run.borrow_mut().take() {
                previous.stop();
            }
            output.dispatch(OutputAction::Start);
            let on_event = {
                let (ctx, state, output, run, lang) = (
                    ctx.clone(),
                    state.clone(),
                    output.clone(),
                    run.clone(),
                    lang.clone(),
                );
                Callback::from(move |event| {
                    on_sandbox_event(&ctx, &state, &output, &run, &lang, event)
                })
            };
            let models = client.as_ref().map(|c| c.models.as_slice());
            match SandboxRun::start(&text, models, limit, on_event) {
                Ok(started) => *run.borrow_mut() = Some(started),
                Err(message) => output.dispatch(OutputAction::Finish(Line::Failed {
                    name: "Error".into(),
                    code: None,
                    message,
                })),
            }
        })
    };
    let generate = {
        let (ctx, client, output, schema) = (
            props.ctx.clone(),
            client.clone(),
            output.dispatcher(),
            schema.clone(),
        );
        let dispatch = props.state.dispatcher();
        Callback::from(move |_| {
            let (client, output, dispatch) = (client.clone(), output.clone(), dispatch.clone());
            ctx.bridge.request(
                Request::Generate {
                    schema: schema.clone(),
                },
                move |response| match response {
                    Response::Generated {
                        ok,
                        output: text,
                        client: c,
                    } => {
                        client.set(c);
                        output.dispatch(OutputAction::Push(Line::Generate { ok, text }));
                        if ok {
                            dispatch.dispatch(crate::state::Action::ClientGenerated);
                        }
                    }
                    Response::Error { message } => {
                        output.dispatch(OutputAction::Push(Line::Generate {
                            ok: false,
                            text: message,
                        }))
                    }
                    _ => {}
                },
            );
        })
    };
    let stop = {
        let (run, output, lang) = (run.clone(), output.dispatcher(), lang.clone());
        Callback::from(move |_| {
            if let Some(current) = run.borrow_mut().take()
                && !current.is_finished()
            {
                current.stop();
                output.dispatch(OutputAction::Finish(Line::Failed {
                    name: "Stopped".into(),
                    code: None,
                    message: lang.t("client.run_stopped"),
                }));
            }
        })
    };
    let oninput = {
        let code = code.clone();
        Callback::from(move |e: InputEvent| {
            code.set(Some(
                e.target_unchecked_into::<HtmlTextAreaElement>().value(),
            ))
        })
    };
    let onkeydown = {
        let start = start.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" && (e.ctrl_key() || e.meta_key()) {
                e.prevent_default();
                start.emit(());
            }
        })
    };
    let on_limit = {
        let limit = limit.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<HtmlInputElement>()
                .value_as_number();
            if value.is_finite() && value > 0.0 {
                limit.set(value);
            }
        })
    };
    let badge = match &*client {
        None => Some((lang.t("client.not_generated"), "client-badge stale")),
        Some(c) if c.schema != schema => Some((lang.t("client.stale"), "client-badge stale")),
        Some(_) => None,
    };
    html! {
        <section class="pane query-console" aria-labelledby="query-console-title">
            <div class="pane-head">
                <h2 id="query-console-title">{ lang.t("client.console_title") }</h2>
                if let Some((text, class)) = badge {
                    <span id="client-status" class={class} role="status">{ text }</span>
                } else {
                    <span id="client-status" class="client-badge ok" role="status">{ lang.t("client.up_to_date") }</span>
                }
            </div>
            <textarea id="client-code" class="code" rows="10" spellcheck="false" aria-label={lang.t("client.script_label")}
                value={text} {oninput} {onkeydown} />
            <div class="console-actions">
                <button id="client-generate" onclick={generate}>{ lang.t("client.generate") }</button>
                <button id="client-run" title={lang.t("client.run_title")} onclick={start.reform(|_| ())} disabled={output.running}>{ lang.t("client.run") }</button>
                if output.running { <button id="client-stop" onclick={stop}>{ lang.t("client.stop") }</button> }
                <label>{ lang.t("client.time_limit") }{ " " }
                    <input id="client-time-limit" type="number" min="0.1" step="0.5" value={limit.to_string()} onchange={on_limit} />
                </label>
            </div>
            <div id="client-output" class="console-output" aria-live="polite" aria-busy={output.running.to_string()}>
                { for output.lines.iter().map(|line| render_line(line, &lang)) }
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_queries_the_first_model() {
        let schema = "datasource db {\n provider = \"sqlite\"\n}\nmodel BlogPost {\n id Int @id\n}\nmodel User {\n id Int @id\n}\n// model Hidden {\nmodelling\n";
        assert_eq!(model_names(schema), vec!["BlogPost", "User"]);
        let english = Lang::new("en", Callback::noop());
        assert!(example_for(schema, &english).contains("prisma.blogPost.findMany({ take: 10 })"));
        assert!(example_for("", &english).starts_with("// Add a model"));
        let spanish = Lang::new("es", Callback::noop());
        assert!(example_for("", &spanish).starts_with("// Añade un modelo"));
    }

    #[test]
    fn the_stop_message_names_the_limit() {
        let english = Lang::new("en", Callback::noop());
        assert_eq!(
            stopped_message(5.0, &english),
            "Stopped after 5 s: the script did not finish (an infinite loop?)"
        );
        assert_eq!(
            stopped_message(0.5, &english),
            "Stopped after 0.5 s: the script did not finish (an infinite loop?)"
        );
    }
}
