//! The schema pane: the project's `schema.prisma`, its diagnostics as you type, and Format.
//!
//! Analysis runs in the engine worker; every keystroke sends the text, and replies to
//! anything but the latest text are dropped, so a slow answer never shows stale problems.
//! The text is the project's `prisma/schema.prisma`, kept by the worker (each analysed text
//! is saved as the file); it is loaded when the worker is ready and replaced when a command
//! rewrites the file (`format`, `db pull`).

use super::Ctx;
use seedbed_protocol::{Request, Response, SchemaDiagnostic};
use std::cell::Cell;
use std::rc::Rc;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// Asks the worker for diagnostics of `text`, keeping only the answer to the latest ask.
fn analyze(
    ctx: &Ctx,
    latest: &Rc<Cell<u32>>,
    text: String,
    problems: UseStateHandle<Vec<SchemaDiagnostic>>,
) {
    ctx.dispatch
        .dispatch(crate::state::Action::SchemaText(text.clone()));
    let ticket = latest.get().wrapping_add(1);
    latest.set(ticket);
    let latest = latest.clone();
    ctx.bridge
        .request(Request::AnalyzeSchema { text }, move |response| {
            if let Response::Analysis { diagnostics } = response
                && latest.get() == ticket
            {
                problems.set(diagnostics);
            }
        });
}

#[derive(Properties, PartialEq)]
pub struct SchemaPaneProps {
    pub ctx: Ctx,
    pub state: UseReducerHandle<crate::state::AppState>,
}

#[function_component]
pub fn SchemaPane(props: &SchemaPaneProps) -> Html {
    let text = use_state(String::new);
    let problems = use_state(Vec::<SchemaDiagnostic>::new);
    let refusal = use_state(|| None::<String>);
    let latest = use_memo((), |_| Rc::new(Cell::new(0u32)));

    {
        // The file changed outside the editor (loaded, formatted, pulled): show it.
        let (ctx, latest, problems, text) = (
            props.ctx.clone(),
            (*latest).clone(),
            problems.clone(),
            text.clone(),
        );
        let external = props
            .state
            .schema_text
            .clone()
            .filter(|_| props.state.schema_rev > 0);
        use_effect_with(props.state.schema_rev, move |_| {
            if let Some(value) = external {
                text.set(value.clone());
                analyze(&ctx, &latest, value, problems);
            }
        });
    }

    let oninput = {
        let (ctx, latest, problems, text, refusal) = (
            props.ctx.clone(),
            (*latest).clone(),
            problems.clone(),
            text.clone(),
            refusal.clone(),
        );
        Callback::from(move |e: InputEvent| {
            let value = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            analyze(&ctx, &latest, value.clone(), problems.clone());
            refusal.set(None);
            text.set(value);
        })
    };
    let format = {
        let (ctx, latest, problems, text, refusal) = (
            props.ctx.clone(),
            (*latest).clone(),
            problems.clone(),
            text.clone(),
            refusal.clone(),
        );
        Callback::from(move |_: ()| {
            let (ctx2, latest, problems, text, refusal) = (
                ctx.clone(),
                latest.clone(),
                problems.clone(),
                text.clone(),
                refusal.clone(),
            );
            ctx.bridge.request(
                Request::FormatSchema {
                    text: (*text).clone(),
                },
                move |response| match response {
                    Response::Formatted {
                        text: Some(formatted),
                        ..
                    } => {
                        analyze(&ctx2, &latest, formatted.clone(), problems);
                        refusal.set(None);
                        text.set(formatted);
                    }
                    Response::Formatted {
                        refusal: Some(message),
                        ..
                    }
                    | Response::Error { message } => refusal.set(Some(message)),
                    _ => {}
                },
            );
        })
    };
    let onkeydown = {
        let format = format.clone();
        Callback::from(move |e: KeyboardEvent| {
            // Shift+Alt+F, as in VS Code.
            if e.shift_key() && e.alt_key() && e.key().eq_ignore_ascii_case("f") {
                e.prevent_default();
                format.emit(());
            }
        })
    };

    let errors = problems.iter().filter(|d| d.error).count();
    let warnings = problems.len() - errors;
    let summary = match (errors, warnings) {
        (0, 0) => "No problems".to_owned(),
        (e, w) => format!("{e} error(s), {w} warning(s)"),
    };
    let items = problems.iter().map(|d| {
        html! {
            <li class={classes!("problem", if d.error { "error" } else { "warning" })} data-code={d.code.clone()}>
                <span class="where">{ format!("{}:{}", d.start_line + 1, d.start_column + 1) }</span>
                <span class="message">{ &d.message }</span>
            </li>
        }
    });
    html! {
        <section class="pane schema-pane" aria-labelledby="schema-title">
            <div class="pane-head">
                <h2 id="schema-title">{ "prisma/schema.prisma" }</h2>
                <button id="format-schema" title="Format (Shift+Alt+F)" onclick={format.reform(|_| ())}>{ "Format" }</button>
            </div>
            <textarea id="schema" class="code" spellcheck="false" aria-label="Prisma schema"
                value={(*text).clone()} {oninput} {onkeydown} />
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
