//! The SQL console: run statements against the project's database and see the results.

use super::{Ctx, RowsTable};
use crate::state::{Action, AppState, ConsoleEntry, ConsoleOutcome};
use seedbed_protocol::{Request, Response};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// Whether a statement returns rows, so it is sent as a query rather than a batch.
pub fn returns_rows(sql: &str) -> bool {
    let first = sql
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with("--"))
        .unwrap_or("");
    let word: String = first
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect();
    matches!(
        word.to_ascii_uppercase().as_str(),
        "SELECT" | "PRAGMA" | "WITH" | "EXPLAIN" | "VALUES"
    )
}

#[derive(Properties, PartialEq)]
pub struct SqlConsoleProps {
    pub ctx: Ctx,
    pub state: UseReducerHandle<AppState>,
}

#[function_component]
pub fn SqlConsole(props: &SqlConsoleProps) -> Html {
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
            let request = if returns_rows(&sql) {
                Request::Query { sql: sql.clone() }
            } else {
                Request::Execute { sql: sql.clone() }
            };
            let ctx2 = ctx.clone();
            let view = state.view.clone();
            ctx.bridge.request(request, move |response| {
                let outcome = match response {
                    Response::Rows { rows } => ConsoleOutcome::Rows(rows),
                    Response::Executed { changes, .. } => ConsoleOutcome::Changed(changes),
                    Response::Error { message } => ConsoleOutcome::Failed(message),
                    other => ConsoleOutcome::Failed(format!("unexpected reply: {other:?}")),
                };
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
                html! { <p class="ok">{ format!("OK, {n} row(s) changed.") }</p> }
            }
            ConsoleOutcome::Failed(message) => html! { <p class="error">{ message }</p> },
        };
        html! { <div class="console-entry"><pre class="sql">{ &entry.sql }</pre>{ body }</div> }
    });
    html! {
        <div class="sql-console">
            <label for="sql-input">{ "SQL" }</label>
            <textarea id="sql-input" class="code" rows="4" spellcheck="false"
                placeholder="SELECT sqlite_version();  (Ctrl+Enter runs)"
                value={(*input).clone()} {oninput} {onkeydown} />
            <button id="sql-run" onclick={run.reform(|_| ())}>{ "Run" }</button>
            <div class="console-output" aria-live="polite">{ for entries }</div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::returns_rows;

    #[test]
    fn recognises_statements_that_return_rows() {
        assert!(returns_rows("select 1"));
        assert!(returns_rows("-- comment\n  PRAGMA table_info(t)"));
        assert!(returns_rows("WITH x AS (SELECT 1) SELECT * FROM x"));
        assert!(!returns_rows("INSERT INTO t VALUES (1)"));
        assert!(!returns_rows("CREATE TABLE t (x); SELECT 1"));
        assert!(!returns_rows(""));
    }
}
