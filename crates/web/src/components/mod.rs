//! The app's components. [`App`] owns the state and the worker bridge; the panes are small
//! components that receive what they show and callbacks for what they do.

mod client_types;
mod console_output;
mod data_grid;
mod database_pane;
// A reusable modal dialog (project_switcher.rs, project_bar.rs).
pub mod dialog;
mod er_diagram;
mod header;
mod lessons;
mod migrations_pane;
mod pane_menu;
mod project_bar;
mod project_switcher;
mod query_console;
mod refresh_lab;
mod row_editor;
mod rows_table;
mod schema_pane;
mod seed_panel;
mod seed_script;
mod shortcuts;
mod splitter;
mod sql_console;
mod table_browser;
mod table_filters;
mod terminal;

use crate::bridge::{Bridge, BridgeEvent};
use crate::state::{Action, AppState, PAGE_SIZE, SeedProgress, TableView, WorkerStatus};
use seedbed_protocol::{Event, Request, Response};
use yew::prelude::*;

pub use client_types::ClientTypes;
pub use database_pane::DatabasePane;
pub use er_diagram::ErDiagram;
pub use header::Header;
pub use lessons::Lessons;
pub use migrations_pane::MigrationsPane;
pub use project_bar::ProjectBar;
pub use query_console::QueryConsole;
pub use refresh_lab::RefreshLab;
pub use row_editor::RowEditor;
pub use rows_table::RowsTable;
pub use schema_pane::{SchemaPane, live_schema_text};
pub use seed_panel::SeedPanel;
pub use seed_script::SeedScript;
pub use sql_console::SqlConsole;
pub use table_browser::TableBrowser;
pub use table_filters::TableFilters;
pub use terminal::Terminal;

/// Handles passed to the panes: the worker and the state's dispatcher.
#[derive(Clone, PartialEq)]
pub struct Ctx {
    pub bridge: Bridge,
    pub dispatch: UseReducerDispatcher<AppState>,
}

impl Ctx {
    /// Reloads the table list, and the rows of the table being viewed.
    pub fn refresh(&self, view: Option<&TableView>) {
        let dispatch = self.dispatch.clone();
        self.bridge.request(Request::ListTables, move |response| {
            if let Response::Tables { tables } = response {
                dispatch.dispatch(Action::Tables(tables));
            }
        });
        if let Some(view) = view {
            self.browse(view.query.clone());
        }
    }

    /// Loads the project's schema file into the editor.
    pub fn load_project(&self) {
        let dispatch = self.dispatch.clone();
        self.bridge.request(Request::ProjectFiles, move |response| {
            if let Response::Files { files } = response {
                let schema = files
                    .files
                    .get("prisma/schema.prisma")
                    .cloned()
                    .unwrap_or_default();
                dispatch.dispatch(Action::SchemaFromProject(schema));
                dispatch.dispatch(Action::FilesChanged);
            }
        });
    }

    /// Opens a table at `offset`, unsorted and unfiltered.
    pub fn show_table(&self, table: String, offset: u32) {
        self.browse(seedbed_protocol::BrowseQuery {
            table,
            limit: PAGE_SIZE,
            offset,
            sort: None,
            filters: Vec::new(),
        });
    }

    /// Loads a page of a table, sorted and filtered as `query` says, into the table view.
    pub fn browse(&self, query: seedbed_protocol::BrowseQuery) {
        let (ctx, dispatch) = (self.clone(), self.dispatch.clone());
        let request = Request::BrowseTable {
            query: query.clone(),
        };
        self.bridge
            .request(request, move |response| match response {
                Response::Browsed { page } => {
                    dispatch.dispatch(Action::ShowRows(Box::new(TableView { query, page })))
                }
                // A migration dropped the column a filter or the sort named: the table
                // as it is now, unfiltered.
                Response::Error { .. } if query.sort.is_some() || !query.filters.is_empty() => {
                    ctx.show_table(query.table, 0)
                }
                Response::Error { message } => dispatch.dispatch(Action::Notice(message)),
                _ => {}
            });
    }
}

fn page_has_flag(flag: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok())
        .is_some_and(|params| params.has(flag))
}

/// A notice in the page's current language, with the worker's (English) reason.
fn translated_notice(key: &str, reason: &str) -> String {
    crate::i18n::t_with(
        &crate::i18n::current(),
        key,
        &[("reason", reason.to_owned())],
    )
}

#[function_component]
pub fn App() -> Html {
    let state = use_reducer(AppState::default);
    let debug = *use_memo((), |_| page_has_flag("debug"));
    let bridge = {
        let dispatch = state.dispatcher();
        use_memo((), move |_| {
            let on_event = Callback::from(move |event: BridgeEvent| match event {
                BridgeEvent::Worker(Event::Ready {
                    sqlite_version,
                    storage,
                }) => dispatch.dispatch(Action::WorkerReady {
                    sqlite_version,
                    storage,
                }),
                // The reducer's notices are English; these replace them in the page's
                // language (the saved choice: this callback outlives language changes).
                BridgeEvent::Worker(Event::Panicked { message })
                | BridgeEvent::Crashed(message) => {
                    let notice = translated_notice("shell.notice.crashed", &message);
                    dispatch.dispatch(Action::WorkerCrashed { reason: message });
                    dispatch.dispatch(Action::Notice(notice));
                }
                BridgeEvent::Worker(Event::StorageLost { reason }) => {
                    let notice = translated_notice("shell.notice.storage_lost", &reason);
                    dispatch.dispatch(Action::StorageLost { reason });
                    dispatch.dispatch(Action::Notice(notice));
                }
                BridgeEvent::Worker(Event::SeedProgress { model, done, total }) => {
                    dispatch.dispatch(Action::SeedProgressed(SeedProgress { model, done, total }))
                }
            });
            Bridge::start(on_event, debug)
        })
    };
    let ctx = Ctx {
        bridge: (*bridge).clone(),
        dispatch: state.dispatcher(),
    };

    {
        let ctx = ctx.clone();
        let ready = matches!(state.worker, WorkerStatus::Ready { .. });
        use_effect_with(ready, move |ready| {
            if *ready {
                ctx.refresh(None);
                ctx.load_project();
            }
        });
    }

    // Panes hidden by `?panes=` or a share link, and `readonly` (embed.rs).
    use_effect(crate::embed::after_render);

    let language = use_state(crate::i18n::current);
    use_effect_with((*language).clone(), |code| crate::i18n::mark_document(code));
    let lang = {
        let (code, language) = ((*language).clone(), language.clone());
        crate::i18n::Lang::new(
            &code,
            Callback::from(move |code: String| {
                crate::i18n::save(&code);
                language.set(code);
            }),
        )
    };

    // The keyboard shortcuts' dialog (components/shortcuts.rs) and the columns' splitter.
    let help_open = use_state(|| false);
    let show_help = {
        let help_open = help_open.setter();
        Callback::from(move |()| help_open.set(true))
    };
    let hide_help = {
        let help_open = help_open.setter();
        Callback::from(move |()| help_open.set(false))
    };
    shortcuts::use_global_shortcuts(show_help.clone());
    let split = use_state(splitter::load_split);
    let on_split = {
        let split = split.setter();
        Callback::from(move |value: f64| split.set(value))
    };
    let dismiss_label = lang.t("shell.dismiss");
    let diagram_label = lang.t("shell.diagram");

    let dismiss = {
        let dispatch = state.dispatcher();
        Callback::from(move |_| dispatch.dispatch(Action::DismissNotice))
    };
    html! {
        <ContextProvider<crate::i18n::Lang> context={lang}>
        <div class="app">
            <Header worker={state.worker.clone()} storage={state.storage.clone()} on_help={show_help} />
            <shortcuts::ShortcutsDialog open={*help_open} on_close={hide_help} />
            <ProjectBar ctx={ctx.clone()} ready={matches!(state.worker, WorkerStatus::Ready { .. })} />
            <crate::share::Share ctx={ctx.clone()} state={state.clone()} />
            <crate::embed::EmbedHost ctx={ctx.clone()} state={state.clone()} />
            if let Some(notice) = &state.notice {
                <div class="notice" role="alert">
                    <span>{ notice }</span>
                    <button onclick={dismiss} aria-label={dismiss_label}>{ "×" }</button>
                </div>
            }
            <main class="panes">
                // The working panes in two columns the splitter resizes (it scrolls with
                // them); the wider tools below take the whole width.
                <div class="pane-columns" style={format!("--split: {}%", splitter::clamp_split(*split))}>
                    <Lessons ctx={ctx.clone()} state={state.clone()} />
                    <SchemaPane ctx={ctx.clone()} state={state.clone()} />
                    <Terminal ctx={ctx.clone()} state={state.clone()} />
                    <MigrationsPane ctx={ctx.clone()} state={state.clone()} />
                    <splitter::Splitter value={*split} on_change={on_split} />
                </div>
                <DatabasePane ctx={ctx.clone()} state={state.clone()} debug={debug} />
                <QueryConsole ctx={ctx.clone()} state={state.clone()} />
                <ClientTypes ctx={ctx.clone()} state={state.clone()} />
                <RefreshLab ctx={ctx.clone()} />
                <section class="pane diagram-pane" aria-label={diagram_label}>
                    <ErDiagram ctx={ctx.clone()} schema={state.schema_text.clone().unwrap_or_default()} />
                </section>
            </main>
        </div>
        </ContextProvider<crate::i18n::Lang>>
    }
}
