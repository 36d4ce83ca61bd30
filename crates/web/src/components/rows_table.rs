//! A result set as an HTML table. Values are rendered as text, never as markup.

use seedbed_db::{Rows, Value};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RowsTableProps {
    pub rows: Rows,
}

fn cell(value: &Value) -> Html {
    match value {
        Value::Null => html! { <td class="null">{ "NULL" }</td> },
        Value::Integer(i) => html! { <td class="num">{ i }</td> },
        Value::Real(f) => html! { <td class="num">{ f }</td> },
        Value::Text(s) => html! { <td>{ s }</td> },
        Value::Blob(b) => html! { <td class="blob">{ format!("<{} bytes>", b.len()) }</td> },
    }
}

#[function_component]
pub fn RowsTable(props: &RowsTableProps) -> Html {
    let lang = crate::i18n::use_lang();
    if props.rows.columns.is_empty() {
        return html! { <p class="muted">{ lang.t("db.no_columns") }</p> };
    }
    html! {
        <div class="table-scroll" tabindex="0">
            <table class="rows">
                <thead><tr>{ for props.rows.columns.iter().map(|c| html! { <th>{ c }</th> }) }</tr></thead>
                <tbody>
                    { for props.rows.rows.iter().map(|row| html! { <tr>{ for row.iter().map(cell) }</tr> }) }
                </tbody>
            </table>
            if props.rows.rows.is_empty() { <p class="muted">{ lang.t("db.no_rows") }</p> }
        </div>
    }
}
