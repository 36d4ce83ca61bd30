//! The database pane: the tables with their row counts, a table's rows, and the SQL console.

use super::{Ctx, RowsTable, SeedPanel, SeedScript, SqlConsole};
use crate::state::{AppState, PAGE_SIZE};
use seedbed_protocol::{Request, Response};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DatabasePaneProps {
    pub ctx: Ctx,
    pub state: UseReducerHandle<AppState>,
    pub debug: bool,
}

#[function_component]
pub fn DatabasePane(props: &DatabasePaneProps) -> Html {
    let state = &props.state;
    let tables = state.tables.iter().map(|t| {
        let ctx = props.ctx.clone();
        let name = t.name.clone();
        let selected = state.view.as_ref().is_some_and(|v| v.table == t.name);
        html! {
            <li>
                <button class={classes!("table-link", selected.then_some("selected"))}
                    data-table={t.name.clone()}
                    onclick={Callback::from(move |_| ctx.show_table(name.clone(), 0))}>
                    { &t.name }<span class="count">{ t.row_count }</span>
                </button>
            </li>
        }
    });
    let view = state.view.as_ref().map(|view| {
        let total = state.tables.iter().find(|t| t.name == view.table).map_or(0, |t| t.row_count);
        let pager = |offset: u32, label: &str, enabled: bool| {
            let ctx = props.ctx.clone();
            let table = view.table.clone();
            html! { <button disabled={!enabled} onclick={Callback::from(move |_| ctx.show_table(table.clone(), offset))}>{ label }</button> }
        };
        let shown_to = i64::from(view.offset) + view.rows.rows.len() as i64;
        html! {
            <div class="table-view">
                <h3>{ &view.table }</h3>
                <RowsTable rows={view.rows.clone()} />
                <div class="pager">
                    { pager(view.offset.saturating_sub(PAGE_SIZE), "Previous", view.offset > 0) }
                    <span>{ format!("{}–{} of {}", if shown_to == 0 { 0 } else { view.offset + 1 }, shown_to, total) }</span>
                    { pager(view.offset + PAGE_SIZE, "Next", shown_to < total) }
                </div>
            </div>
        }
    });
    let debug_tools = props.debug.then(|| {
        let ctx = props.ctx.clone();
        let crash_worker = Callback::from(move |_| ctx.bridge.request(Request::DebugPanic, |_: Response| {}));
        let crash_page = Callback::from(|_| panic!("deliberate panic in the page requested with ?debug"));
        html! {
            <div class="debug-tools">
                <button id="debug-crash-worker" onclick={crash_worker}>{ "Crash the worker" }</button>
                <button id="debug-crash-page" onclick={crash_page}>{ "Crash the page" }</button>
            </div>
        }
    });
    html! {
        <section class="pane database-pane" aria-labelledby="db-title">
            <h2 id="db-title">{ "Database" }</h2>
            <ul class="tables" aria-label="Tables">{ for tables }</ul>
            if state.tables.is_empty() { <p class="muted">{ "No tables yet." }</p> }
            { for view }
            <SqlConsole ctx={props.ctx.clone()} state={state.clone()} />
            <SeedPanel ctx={props.ctx.clone()} state={state.clone()} />
            <SeedScript ctx={props.ctx.clone()} state={state.clone()} />
            { for debug_tools }
        </section>
    }
}
