//! The project's seed script, `prisma/seed.ts`: what `npx prisma db seed` runs (and
//! `migrate reset`, and a `migrate dev` that created the database), as `package.json`'s
//! `prisma.seed` says. Written with the client (`await prisma.user.createMany(…)`), run in
//! the client console's sandbox by the terminal.

use super::Ctx;
use crate::state::{Action, AppState, WorkerStatus};
use seedbed_protocol::{Request, Response};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

const SEED_PATH: &str = "prisma/seed.ts";

#[derive(Properties, PartialEq)]
pub struct SeedScriptProps {
    pub ctx: Ctx,
    pub state: UseReducerHandle<AppState>,
}

#[function_component]
pub fn SeedScript(props: &SeedScriptProps) -> Html {
    let lang = crate::i18n::use_lang();
    let text = use_state(String::new);
    // (`data-state` for scripts and tests: `dirty`, `saved` or `failed`; the text shown)
    let status = use_state(|| ("", String::new()));
    {
        let (ctx, text) = (props.ctx.clone(), text.clone());
        let ready = matches!(props.state.worker, WorkerStatus::Ready { .. });
        use_effect_with((ready, props.state.files_rev), move |(ready, _)| {
            if *ready {
                ctx.bridge.request(Request::ProjectFiles, move |response| {
                    if let Response::Files { files } = response {
                        text.set(files.files.get(SEED_PATH).cloned().unwrap_or_default());
                    }
                });
            }
        });
    }
    let oninput = {
        let (text, status, not_saved) =
            (text.clone(), status.clone(), lang.t("db.script.not_saved"));
        Callback::from(move |e: InputEvent| {
            text.set(e.target_unchecked_into::<HtmlTextAreaElement>().value());
            status.set(("dirty", not_saved.clone()));
        })
    };
    let save = {
        let (ctx, text, status, saved) = (
            props.ctx.clone(),
            text.clone(),
            status.clone(),
            lang.t("db.script.saved"),
        );
        Callback::from(move |_| {
            let (status, saved) = (status.clone(), saved.clone());
            let request = Request::WriteFile {
                path: SEED_PATH.into(),
                contents: Some((*text).clone()),
            };
            ctx.bridge.request(request, move |response| match response {
                Response::Files { .. } => status.set(("saved", saved)),
                Response::Error { message } => status.set(("failed", message)),
                _ => {}
            });
        })
    };
    let run = {
        let dispatch = props.state.dispatcher();
        let save = save.clone();
        Callback::from(move |e: MouseEvent| {
            save.emit(e);
            dispatch.dispatch(Action::RunInTerminal("npx prisma db seed".into()));
        })
    };
    html! {
        <div class="seed-script">
            <h3>{ "prisma/seed.ts" }</h3>
            <p class="muted">{ lang.t("db.script.intro") }</p>
            <textarea id="seed-script" class="code" rows="10" spellcheck="false" aria-label={lang.t("db.script.label")}
                value={(*text).clone()} {oninput} />
            <div class="actions">
                <button id="seed-script-save" onclick={save}>{ lang.t("db.script.save") }</button>
                <button id="seed-script-run" onclick={run}>{ lang.t("db.script.run") }</button>
                <span id="seed-script-status" class="muted" role="status" data-state={status.0}>{ status.1.clone() }</span>
            </div>
        </div>
    }
}
