//! The top bar: the name, the Prisma version Seedbed follows, the engine and storage status.

use crate::i18n::{self, use_lang};
use crate::state::WorkerStatus;
use seedbed_protocol::{PRISMA_VERSION, Storage};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub worker: WorkerStatus,
    pub storage: Option<Storage>,
    /// Opens the keyboard shortcuts' dialog.
    pub on_help: Callback<()>,
}

#[function_component]
pub fn Header(props: &HeaderProps) -> Html {
    let lang = use_lang();
    let engine = match &props.worker {
        WorkerStatus::Starting => {
            html! { <span class="status starting">{ lang.t("shell.status.starting") }</span> }
        }
        WorkerStatus::Ready { sqlite_version } => {
            html! { <span class="status ready" id="sqlite-version">{ format!("SQLite {sqlite_version}") }</span> }
        }
        WorkerStatus::Restarting { .. } => {
            html! { <span class="status restarting">{ lang.t("shell.status.restarting") }</span> }
        }
    };
    let storage = match &props.storage {
        None => html! {},
        Some(Storage::Persistent { .. }) => {
            html! { <span class="status saved" id="storage-status" title={lang.t("shell.status.saved_title")}>{ lang.t("shell.status.saved") }</span> }
        }
        Some(Storage::MemoryOnly { reason }) => html! {
            <span class="status unsaved" id="storage-status" role="status" title={reason.clone()}>
                { lang.t("shell.status.unsaved") }
            </span>
        },
    };
    let on_language = {
        let set = lang.set.clone();
        Callback::from(move |e: Event| {
            set.emit(e.target_unchecked_into::<HtmlSelectElement>().value())
        })
    };
    let language_picker = html! {
        <label class="language-picker">
            <span class="visually-hidden">{ lang.t("language.label") }</span>
            <select id="language" aria-label={lang.t("language.label")} onchange={on_language}>
                { for i18n::languages().into_iter().map(|(code, name)| html! {
                    <option value={code.clone()} selected={code == lang.code()}>{ name }</option>
                }) }
            </select>
        </label>
    };
    html! {
        <header class="topbar">
            <h1 class="brand">{ "Seedbed" }</h1>
            <span class="badge" title={lang.t("shell.badge_title")}>{ format!("Prisma {PRISMA_VERSION}") }</span>
            <span class="spacer"></span>
            { engine }
            { storage }
            { language_picker }
            <button id="shortcuts-button" class="shortcuts-button" aria-keyshortcuts="?"
                onclick={props.on_help.reform(|_: MouseEvent| ())}>
                { lang.t("shortcuts.button") }
            </button>
        </header>
    }
}
