//! The project's file actions: open a `.sqlite` file as the project's database (then `db
//! pull` writes its models), download the database, and start over from the starter project.
//! An opened file is read into memory: nothing ever writes to it.

use super::Ctx;
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

const PACKAGE_JSON: &str = "{\n  \"name\": \"playground\",\n  \"private\": true,\n  \"prisma\": {\n    \"seed\": \"tsx prisma/seed.ts\"\n  }\n}\n";

#[derive(Properties, PartialEq)]
pub struct ProjectBarProps {
    pub ctx: Ctx,
}

fn notice(ctx: &Ctx, text: String) {
    ctx.dispatch.dispatch(Action::Notice(text));
}

/// Reads the chosen file and replaces the project with it.
fn open_file(ctx: Ctx, file: web_sys::File) {
    let name = file.name();
    if file.size() > MAX_OPEN_BYTES {
        notice(
            &ctx,
            format!(
                "{name} is {:.0} MB: files over 64 MB are not opened (the database is kept in memory).",
                file.size() / 1_048_576.0
            ),
        );
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let buffer = match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
            Ok(b) => b,
            Err(_) => {
                notice(&ctx, format!("{name} could not be read."));
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
                ctx2.dispatch.dispatch(Action::RunInTerminal("npx prisma db pull".into()));
            }
            Response::Error { message } => notice(
                &ctx2,
                format!("{name} was not opened: it is not a SQLite database this engine can read ({message}). Your project is unchanged."),
            ),
            _ => {}
        });
    });
}

#[function_component]
pub fn ProjectBar(props: &ProjectBarProps) -> Html {
    let onchange = {
        let ctx = props.ctx.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|list| list.get(0)) {
                open_file(ctx.clone(), file);
            }
            input.set_value("");
        })
    };
    let download = {
        let ctx = props.ctx.clone();
        Callback::from(move |_| {
            let ctx2 = ctx.clone();
            ctx.bridge
                .request(Request::Export, move |response| match response {
                    Response::Bytes { bytes }
                        if crate::download::bytes(&bytes, "dev.db", "application/vnd.sqlite3")
                            .is_err() =>
                    {
                        notice(&ctx2, "The download could not start.".into());
                    }
                    Response::Error { message } => notice(&ctx2, message),
                    _ => {}
                });
        })
    };
    let reset = {
        let ctx = props.ctx.clone();
        Callback::from(move |_| {
            let confirmed = web_sys::window()
                .and_then(|w| w.confirm_with_message("Start over? The schema, the migrations and the database of this project are deleted.").ok())
                .unwrap_or(false);
            if !confirmed {
                return;
            }
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
    html! {
        <div class="project-bar" role="toolbar" aria-label="Project">
            <label class="file-button" title="Open a SQLite database file as this project's database, then db pull">
                { "Open .sqlite…" }
                <input id="open-sqlite" type="file" accept=".sqlite,.sqlite3,.db,application/vnd.sqlite3,application/octet-stream" {onchange} />
            </label>
            <button id="download-sqlite" onclick={download}>{ "Download .sqlite" }</button>
            <button id="new-project" onclick={reset}>{ "Start over" }</button>
        </div>
    }
}
