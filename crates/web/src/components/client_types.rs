//! What `prisma generate` produced: the TypeScript declarations of the generated client
//! (`node_modules/.prisma/client/index.d.ts`), readable in the app, reloaded whenever the
//! terminal or the client console generates again.

use super::Ctx;
use crate::state::{AppState, WorkerStatus};
use seedbed_protocol::{Request, Response};
use yew::prelude::*;

/// Lines shown before "Show all" (the declarations of a 50-model schema run to tens of
/// thousands of lines).
const PREVIEW_LINES: usize = 400;

#[derive(Properties, PartialEq)]
pub struct ClientTypesProps {
    pub ctx: Ctx,
    pub state: UseReducerHandle<AppState>,
}

#[function_component]
pub fn ClientTypes(props: &ClientTypesProps) -> Html {
    let lang = crate::i18n::use_lang();
    let text = use_state(|| None::<Result<String, String>>);
    let all = use_state(|| false);
    let filter = use_state(String::new);
    {
        let (ctx, text) = (props.ctx.clone(), text.clone());
        let ready = matches!(props.state.worker, WorkerStatus::Ready { .. });
        use_effect_with((ready, props.state.client_rev), move |(ready, _)| {
            if *ready {
                ctx.bridge.request(
                    Request::ClientDeclarations,
                    move |response| match response {
                        Response::Text { text: t } => text.set(Some(Ok(t))),
                        Response::Error { message } => text.set(Some(Err(message))),
                        _ => {}
                    },
                );
            }
        });
    }
    let body = match &*text {
        None => html! { <p class="muted">{ lang.t("client.loading") }</p> },
        Some(Err(message)) => {
            // The worker's usual refusal, said in the interface's language; anything else
            // (a failed worker) as it came.
            let text = if message.contains("has not been generated") {
                lang.t("client.types_missing")
            } else {
                message.clone()
            };
            html! { <p class="muted" id="client-types-missing">{ text }</p> }
        }
        Some(Ok(declarations)) => {
            let needle = filter.trim().to_lowercase();
            let lines: Vec<&str> = declarations
                .lines()
                .filter(|l| needle.is_empty() || l.to_lowercase().contains(&needle))
                .collect();
            let total = lines.len();
            let shown = if *all {
                total
            } else {
                total.min(PREVIEW_LINES)
            };
            let show_all = {
                let all = all.clone();
                Callback::from(move |_| all.set(true))
            };
            html! {
                <>
                    <p class="muted" id="client-types-size">{ lang.tw("client.types_size", &[("lines", declarations.lines().count().to_string()), ("kb", (declarations.len() / 1024).to_string())]) }</p>
                    <pre class="sql-code" id="client-types">{ lines[..shown].join("\n") }</pre>
                    if shown < total {
                        <button onclick={show_all}>{ lang.tw("client.show_all", &[("n", total.to_string())]) }</button>
                    }
                </>
            }
        }
    };
    let on_filter = {
        let filter = filter.clone();
        Callback::from(move |e: InputEvent| {
            filter.set(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value(),
            )
        })
    };
    html! {
        <section class="pane client-types-pane" aria-labelledby="client-types-title">
            <div class="pane-head">
                <h2 id="client-types-title">{ lang.t("client.types_title") }</h2>
                <input type="search" placeholder={lang.t("client.filter_placeholder")} aria-label={lang.t("client.filter_label")} value={(*filter).clone()} oninput={on_filter} />
            </div>
            { body }
        </section>
    }
}
