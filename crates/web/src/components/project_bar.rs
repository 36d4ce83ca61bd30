//! The project bar: the project switcher (several named projects, see
//! `project_switcher.rs`), then the open project's file actions: open a `.sqlite` file as
//! its database (then `db pull` writes its models), download the database, and reset it to
//! the starter project. An opened file is read into memory: nothing ever writes to it.

use super::Ctx;
use super::dialog::Dialog;
use super::project_switcher::ProjectSwitcher;
use crate::i18n::{Lang, use_lang};
use crate::state::Action;
use seedbed_protocol::{ProjectSnapshot, Request, Response};
use std::collections::BTreeMap;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Larger files are refused before they are read (the database lives in memory).
const MAX_OPEN_BYTES: f64 = 64.0 * 1024.0 * 1024.0;

/// The schema of a project made from an opened database: the datasource and the client,
/// waiting for `db pull` to write the models.
const PULL_SCHEMA: &str = "datasource db {\n  provider = \"sqlite\"\n  url      = \"file:./dev.db\"\n}\n\ngenerator client {\n  provider = \"prisma-client-js\"\n}\n";

const PACKAGE_JSON: &str = seedbed_protocol::starter::PACKAGE_JSON;

#[derive(Properties, PartialEq)]
pub struct ProjectBarProps {
    pub ctx: Ctx,
    /// The worker is ready (the project list is fetched then).
    pub ready: bool,
}

fn notice(ctx: &Ctx, text: String) {
    ctx.dispatch.dispatch(Action::Notice(text));
}

/// Reads the chosen file and replaces the project with it.
fn open_file(ctx: Ctx, lang: Lang, file: web_sys::File) {
    let name = file.name();
    if file.size() > MAX_OPEN_BYTES {
        let size = format!("{:.0}", file.size() / 1_048_576.0);
        notice(
            &ctx,
            lang.tw("projects.bar.too_large", &[("name", name), ("size", size)]),
        );
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let buffer = match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
            Ok(b) => b,
            Err(_) => {
                notice(&ctx, lang.tw("projects.read_failed", &[("file", name)]));
                return;
            }
        };
        let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
        let mut files = BTreeMap::new();
        files.insert("prisma/schema.prisma".to_owned(), PULL_SCHEMA.to_owned());
        files.insert("package.json".to_owned(), PACKAGE_JSON.to_owned());
        let request = Request::ReplaceProject {
            files: ProjectSnapshot {
                files,
                database_exists: true,
            },
            database: Some(bytes),
        };
        let ctx2 = ctx.clone();
        ctx.bridge.request(request, move |response| match response {
            Response::Files { .. } => {
                ctx2.load_project();
                ctx2.refresh(None);
                ctx2.dispatch.dispatch(Action::ClientGenerated);
                ctx2.dispatch
                    .dispatch(Action::RunInTerminal("npx prisma db pull".into()));
            }
            Response::Error { message } => notice(
                &ctx2,
                lang.tw(
                    "projects.bar.not_sqlite",
                    &[("name", name), ("message", message)],
                ),
            ),
            _ => {}
        });
    });
}

#[function_component]
pub fn ProjectBar(props: &ProjectBarProps) -> Html {
    let lang = use_lang();
    let confirming = use_state(|| false);
    let onchange = {
        let (ctx, lang) = (props.ctx.clone(), lang.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|list| list.get(0)) {
                open_file(ctx.clone(), lang.clone(), file);
            }
            input.set_value("");
        })
    };
    let download = {
        let (ctx, lang) = (props.ctx.clone(), lang.clone());
        Callback::from(move |_| {
            let (ctx2, lang) = (ctx.clone(), lang.clone());
            ctx.bridge
                .request(Request::Export, move |response| match response {
                    Response::Bytes { bytes }
                        if crate::download::bytes(&bytes, "dev.db", "application/vnd.sqlite3")
                            .is_err() =>
                    {
                        notice(&ctx2, lang.t("projects.bar.download_failed"));
                    }
                    Response::Error { message } => notice(&ctx2, message),
                    _ => {}
                });
        })
    };
    let ask_reset = {
        let confirming = confirming.clone();
        Callback::from(move |_| confirming.set(true))
    };
    let cancel_reset = {
        let confirming = confirming.clone();
        Callback::from(move |()| confirming.set(false))
    };
    let reset = {
        let (ctx, confirming) = (props.ctx.clone(), confirming.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            confirming.set(false);
            let ctx2 = ctx.clone();
            ctx.bridge.request(Request::NewProject, move |response| {
                if let Response::Files { .. } = response {
                    ctx2.load_project();
                    ctx2.refresh(None);
                    ctx2.dispatch.dispatch(Action::ClientGenerated);
                }
            });
        })
    };
    let cancel = cancel_reset.clone();
    html! {
        <div class="project-bar" role="toolbar" aria-label={lang.t("projects.bar_label")}>
            <ProjectSwitcher ctx={props.ctx.clone()} ready={props.ready} />
            <span class="project-bar-gap" aria-hidden="true"></span>
            <label class="file-button" title={lang.t("projects.bar.open_sqlite_title")}>
                { lang.t("projects.bar.open_sqlite") }
                <input id="open-sqlite" type="file" accept=".sqlite,.sqlite3,.db,application/vnd.sqlite3,application/octet-stream" {onchange} />
            </label>
            <button id="download-sqlite" onclick={download}>{ lang.t("projects.bar.download") }</button>
            <button id="new-project" title={lang.t("projects.bar.reset_title")} onclick={ask_reset}>
                { lang.t("projects.bar.reset") }
            </button>
            if *confirming {
                <Dialog id="reset-dialog" title={lang.t("projects.bar.reset_title")} on_cancel={cancel_reset}>
                    <form onsubmit={reset}>
                        <p>{ lang.t("projects.bar.reset_confirm") }</p>
                        <div class="modal-buttons">
                            <button type="button" onclick={move |_| cancel.emit(())}>{ lang.t("projects.cancel") }</button>
                            <button type="submit" id="reset-confirm" class="primary">{ lang.t("projects.bar.reset") }</button>
                        </div>
                    </form>
                </Dialog>
            }
        </div>
    }
}
