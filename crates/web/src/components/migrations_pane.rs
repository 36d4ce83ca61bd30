//! The migrations pane: `prisma/migrations` as a tree with each migration's status against
//! `_prisma_migrations` (applied, pending, failed, edited after it was applied, rolled back,
//! missing locally), each `migration.sql` highlighted and editable (to see what a changed
//! checksum does), the `_prisma_migrations` rows, and the SQL the next `migrate dev` would
//! create, recomputed as the schema changes.

use super::{Ctx, RowsTable};
use crate::highlight::sql_tokens;
use crate::state::{Action, AppState, WorkerStatus};
use gloo_timers::callback::Timeout;
use seedbed_db::Rows;
use seedbed_protocol::{MigrationEntry, Request, Response};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// How long the schema must be still before the next migration is recomputed.
const DEBOUNCE_MS: u32 = 300;

#[derive(Debug, Clone, PartialEq, Default)]
struct Data {
    migrations: Vec<MigrationEntry>,
    history: Rows,
    next_sql: Option<String>,
    next_error: Option<String>,
}

/// The keys of a status's badge and of its explanation (`migrations.status.*`).
fn status_keys(status: &str) -> Option<(String, String)> {
    let known = [
        "applied",
        "pending",
        "failed",
        "edited",
        "rolledBack",
        "missingLocally",
    ];
    known.contains(&status).then(|| {
        (
            format!("migrations.status.{status}"),
            format!("migrations.status.{status}.title"),
        )
    })
}

pub fn highlighted(sql: &str) -> Html {
    html! {
        <pre class="sql-code">{ for sql_tokens(sql).into_iter().map(|(kind, text)| html! {
            <span class={kind.class()}>{ text }</span>
        }) }</pre>
    }
}

#[derive(Properties, PartialEq)]
pub struct MigrationsPaneProps {
    pub ctx: Ctx,
    pub state: UseReducerHandle<AppState>,
}

#[function_component]
pub fn MigrationsPane(props: &MigrationsPaneProps) -> Html {
    let lang = crate::i18n::use_lang();
    let data = use_state(Data::default);
    let open = use_state(|| None::<String>);
    let editing = use_state(|| None::<(String, String)>);
    let timer = use_mut_ref(|| None::<Timeout>);
    let ready = matches!(props.state.worker, WorkerStatus::Ready { .. });
    let tables: Vec<(String, i64)> = props
        .state
        .tables
        .iter()
        .map(|t| (t.name.clone(), t.row_count))
        .collect();

    {
        let (ctx, data, timer) = (props.ctx.clone(), data.clone(), timer.clone());
        let key = (
            ready,
            props.state.files_rev,
            props.state.schema_text.clone(),
            tables,
        );
        use_effect_with(key, move |(ready, ..)| {
            if *ready {
                let ctx = ctx.clone();
                // Each change restarts the wait; dropping the old timeout cancels it.
                *timer.borrow_mut() = Some(Timeout::new(DEBOUNCE_MS, move || {
                    ctx.bridge
                        .request(Request::MigrationsOverview, move |response| {
                            if let Response::Migrations {
                                migrations,
                                history,
                                next_sql,
                                next_error,
                            } = response
                            {
                                data.set(Data {
                                    migrations,
                                    history,
                                    next_sql,
                                    next_error,
                                });
                            }
                        });
                }));
            }
        });
    }

    let save = {
        let (ctx, editing) = (props.ctx.clone(), editing.clone());
        let dispatch = props.state.dispatcher();
        Callback::from(move |_| {
            let Some((name, text)) = (*editing).clone() else {
                return;
            };
            let dispatch = dispatch.clone();
            let path = format!("prisma/migrations/{name}/migration.sql");
            ctx.bridge.request(
                Request::WriteFile {
                    path,
                    contents: Some(text),
                },
                move |response| {
                    if let Response::Files { .. } = response {
                        dispatch.dispatch(Action::FilesChanged);
                    }
                },
            );
            editing.set(None);
        })
    };

    let items = data.migrations.iter().map(|m| {
        let (label, title) = status_keys(&m.status)
            .map(|(label, title)| (lang.t(&label), lang.t(&title)))
            .unwrap_or_else(|| ("?".to_owned(), String::new()));
        let is_open = open.as_deref() == Some(m.name.as_str());
        let toggle = {
            let (open, name) = (open.clone(), m.name.clone());
            Callback::from(move |_| open.set(if is_open { None } else { Some(name.clone()) }))
        };
        let body = if !is_open {
            html! {}
        } else if let Some((_, text)) = editing.as_ref().filter(|(n, _)| *n == m.name) {
            let editing2 = editing.clone();
            let name = m.name.clone();
            html! {
                <div class="migration-edit">
                    <textarea class="code" aria-label={lang.tw("migrations.edit_label", &[("name", m.name.clone())])} value={text.clone()}
                        oninput={Callback::from(move |e: InputEvent| {
                            let v = e.target_unchecked_into::<HtmlTextAreaElement>().value();
                            editing2.set(Some((name.clone(), v)));
                        })} />
                    <button class="save-migration" onclick={save.clone()}>{ lang.t("migrations.save") }</button>
                    <button onclick={{ let e = editing.clone(); Callback::from(move |_| e.set(None)) }}>{ lang.t("migrations.cancel") }</button>
                </div>
            }
        } else {
            let start_edit = {
                let (editing, name, sql) = (editing.clone(), m.name.clone(), m.sql.clone().unwrap_or_default());
                Callback::from(move |_| editing.set(Some((name.clone(), sql.clone()))))
            };
            html! {
                <div class="migration-body">
                    if let Some(sql) = &m.sql { { highlighted(sql) } } else {
                        <p class="muted">{ lang.t("migrations.no_sql") }</p>
                    }
                    if let Some(logs) = &m.logs { <pre class="error">{ logs }</pre> }
                    if m.sql.is_some() { <button class="edit-migration" onclick={start_edit}>{ lang.t("migrations.edit") }</button> }
                </div>
            }
        };
        html! {
            <li class={classes!("migration", m.status.clone())} key={m.name.clone()} data-name={m.name.clone()} data-status={m.status.clone()}>
                <button class="migration-name" aria-expanded={is_open.to_string()} onclick={toggle}>
                    { format!("{}/", m.name) }
                    <span class={classes!("status-badge", m.status.clone())} title={title}>{ label }</span>
                </button>
                { body }
            </li>
        }
    });
    let next = match (&data.next_sql, &data.next_error) {
        (Some(sql), _) if sql.trim() == "-- This is an empty migration." => html! {
            <p class="muted" id="next-migration-empty">{ lang.t("migrations.next_empty") }</p>
        },
        (Some(sql), _) => html! { <div id="next-migration">{ highlighted(sql) }</div> },
        (None, Some(error)) => {
            html! { <pre class="error" id="next-migration-error">{ error }</pre> }
        }
        (None, None) => html! {},
    };
    html! {
        <section class="pane migrations-pane" aria-labelledby="migrations-title">
            <div class="pane-head"><h2 id="migrations-title">{ "prisma/migrations" }</h2></div>
            if data.migrations.is_empty() {
                <p class="muted">{ lang.t("migrations.none") }</p>
            }
            <ul class="migration-tree" id="migration-tree">{ for items }</ul>
            <h3>{ lang.t("migrations.next_title") }</h3>
            { next }
            <h3>{ "_prisma_migrations" }</h3>
            if data.history.columns.is_empty() {
                <p class="muted">{ lang.t("migrations.no_table") }</p>
            } else {
                <div class="table-scroll" id="prisma-migrations-rows" tabindex="0"><RowsTable rows={data.history.clone()} /></div>
            }
        </section>
    }
}
