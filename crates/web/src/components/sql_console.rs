//! The SQL console: run a script against the project's database, statement by statement
//! as `db execute` does, and see every query's rows and every write's changes. After a
//! run the table list and the table being viewed reload.

use super::Ctx;
use super::RowsTable;
use crate::state::{Action, AppState, ConsoleEntry, ConsoleOutcome};
use seedbed_protocol::{Request, Response, SqlOutcome};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// The console entry for the worker's reply to a script.
pub fn outcome_of(response: Response) -> ConsoleOutcome {
    match response {
        Response::SqlResults { results, error } => ConsoleOutcome::Script { results, error },
        Response::Error { message } => ConsoleOutcome::Failed(message),
        other => ConsoleOutcome::Failed(format!("unexpected reply: {other:?}")),
    }
}

#[derive(Properties, PartialEq)]
pub struct SqlConsoleProps {
    pub ctx: Ctx,
    pub state: UseReducerHandle<AppState>,
}

fn statement(lang: &crate::i18n::Lang, result: &SqlOutcome, show_sql: bool) -> Html {
    let body = match &result.rows {
        Some(rows) => html! { <RowsTable rows={rows.clone()} /> },
        None => {
            html! { <p class="ok">{ lang.tn("db.sql.changed", usize::try_from(result.changes).unwrap_or(usize::MAX), &[]) }</p> }
        }
    };
    html! {
        <div class="statement">
            if show_sql { <pre class="sql statement-sql">{ &result.sql }</pre> }
            { body }
        </div>
    }
}

#[function_component]
pub fn SqlConsole(props: &SqlConsoleProps) -> Html {
    let lang = crate::i18n::use_lang();
    let input = use_state(String::new);
    let run = {
        let ctx = props.ctx.clone();
        let state = props.state.clone();
        let input = input.clone();
        Callback::from(move |_: ()| {
            let sql = input.trim().to_owned();
            if sql.is_empty() {
                return;
            }
            let ctx2 = ctx.clone();
            let view = state.view.clone();
            ctx.bridge
                .request(Request::RunSql { sql: sql.clone() }, move |response| {
                    let outcome = outcome_of(response);
                    ctx2.dispatch
                        .dispatch(Action::Console(ConsoleEntry { sql, outcome }));
                    ctx2.refresh(view.as_ref());
                });
        })
    };
    let oninput = {
        let input = input.clone();
        Callback::from(move |e: InputEvent| {
            input.set(e.target_unchecked_into::<HtmlTextAreaElement>().value())
        })
    };
    let onkeydown = {
        let run = run.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" && (e.ctrl_key() || e.meta_key()) {
                e.prevent_default();
                run.emit(());
            }
        })
    };
    let entries = props.state.console.iter().rev().map(|entry| {
        let body = match &entry.outcome {
            ConsoleOutcome::Rows(rows) => html! { <RowsTable rows={rows.clone()} /> },
            ConsoleOutcome::Changed(n) => {
                html! { <p class="ok">{ lang.tn("db.sql.changed", usize::try_from(*n).unwrap_or(usize::MAX), &[]) }</p> }
            }
            ConsoleOutcome::Failed(message) => html! { <p class="error">{ message }</p> },
            ConsoleOutcome::Script { results, error } => {
                // The statements' own texts only when there are several.
                let several = results.len() + usize::from(error.is_some()) > 1;
                html! {
                    <>
                        { for results.iter().map(|r| statement(&lang, r, several)) }
                        if let Some(message) = error { <p class="error">{ message }</p> }
                        if results.is_empty() && error.is_none() { <p class="muted">{ lang.t("db.sql.nothing") }</p> }
                    </>
                }
            }
        };
        html! { <div class="console-entry"><pre class="sql">{ &entry.sql }</pre>{ body }</div> }
    });
    html! {
        <div class="sql-console">
            <label for="sql-input">{ lang.t("db.sql.label") }</label>
            <textarea id="sql-input" class="code" rows="4" spellcheck="false"
                placeholder={lang.t("db.sql.placeholder")}
                value={(*input).clone()} {oninput} {onkeydown} />
            <button id="sql-run" onclick={run.reform(|_| ())}>{ lang.t("db.sql.run") }</button>
            <div class="console-output" aria-live="polite">{ for entries }</div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replies_become_console_outcomes() {
        let results = vec![SqlOutcome {
            sql: "DELETE FROM t".into(),
            rows: None,
            changes: 2,
        }];
        assert_eq!(
            outcome_of(Response::SqlResults {
                results: results.clone(),
                error: None
            }),
            ConsoleOutcome::Script {
                results,
                error: None
            }
        );
        assert_eq!(
            outcome_of(Response::Error {
                message: "no".into()
            }),
            ConsoleOutcome::Failed("no".into())
        );
    }
}
