//! The top bar: the name, the Prisma version Seedbed follows, the engine and storage status.

use crate::state::WorkerStatus;
use seedbed_protocol::{PRISMA_VERSION, Storage};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub worker: WorkerStatus,
    pub storage: Option<Storage>,
}

#[function_component]
pub fn Header(props: &HeaderProps) -> Html {
    let engine = match &props.worker {
        WorkerStatus::Starting => {
            html! { <span class="status starting">{ "Starting engine…" }</span> }
        }
        WorkerStatus::Ready { sqlite_version } => {
            html! { <span class="status ready" id="sqlite-version">{ format!("SQLite {sqlite_version}") }</span> }
        }
        WorkerStatus::Restarting { .. } => {
            html! { <span class="status restarting">{ "Restarting engine…" }</span> }
        }
    };
    let storage = match &props.storage {
        None => html! {},
        Some(Storage::Persistent { .. }) => {
            html! { <span class="status saved" id="storage-status" title="Saved in this browser after every change">{ "Saved in this browser" }</span> }
        }
        Some(Storage::MemoryOnly { reason }) => html! {
            <span class="status unsaved" id="storage-status" title={reason.clone()}>
                { "Not saved: this browser's storage is unavailable, work stays in memory" }
            </span>
        },
    };
    html! {
        <header class="topbar">
            <h1 class="brand">{ "Seedbed" }</h1>
            <span class="badge" title="Seedbed reproduces this version's behaviour">{ format!("Prisma {PRISMA_VERSION}") }</span>
            <span class="spacer"></span>
            { engine }
            { storage }
        </header>
    }
}
