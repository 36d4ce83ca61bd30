//! The database pane: the tables with their row counts, the selected table as a small
//! Prisma Studio (`table_browser.rs`), the SQL console and the seeders.

use super::{Ctx, SeedPanel, SeedScript, SqlConsole, TableBrowser};
use crate::state::AppState;
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
    let lang = crate::i18n::use_lang();
    let state = &props.state;
    let tables = state.tables.iter().map(|t| {
        let ctx = props.ctx.clone();
        let name = t.name.clone();
        let selected = state.view.as_ref().is_some_and(|v| v.table() == t.name);
        html! {
            <li>
                <button class={classes!("table-link", selected.then_some("selected"))}
                    data-table={t.name.clone()} aria-current={selected.then_some("true")}
                    onclick={Callback::from(move |_| ctx.show_table(name.clone(), 0))}>
                    { &t.name }<span class="count">{ t.row_count }</span>
                </button>
            </li>
        }
    });
    let view = state.view.as_ref().map(|view| {
        html! { <TableBrowser ctx={props.ctx.clone()} view={view.clone()} /> }
    });
    let debug_tools = props.debug.then(|| {
        let ctx = props.ctx.clone();
        let crash_worker = Callback::from(move |_| ctx.bridge.request(Request::DebugPanic, |_: Response| {}));
        let crash_page = Callback::from(|_| panic!("deliberate panic in the page requested with ?debug"));
        html! {
            <div class="debug-tools">
                <button id="debug-crash-worker" onclick={crash_worker}>{ lang.t("db.debug_crash_worker") }</button>
                <button id="debug-crash-page" onclick={crash_page}>{ lang.t("db.debug_crash_page") }</button>
            </div>
        }
    });
    html! {
        <section class="pane database-pane" aria-labelledby="db-title">
            <h2 id="db-title">{ lang.t("db.title") }</h2>
            <ul class="tables" aria-label={lang.t("db.tables")}>{ for tables }</ul>
            if state.tables.is_empty() { <p class="muted">{ lang.t("db.no_tables") }</p> }
            { for view }
            <SqlConsole ctx={props.ctx.clone()} state={state.clone()} />
            <SeedPanel ctx={props.ctx.clone()} state={state.clone()} />
            <SeedScript ctx={props.ctx.clone()} state={state.clone()} />
            { for debug_tools }
        </section>
    }
}
