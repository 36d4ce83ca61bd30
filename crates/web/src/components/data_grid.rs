//! A browsed table's rows as an editable grid: headers that sort (with `aria-sort`),
//! foreign-key cells with a link to the row they point to, cells edited in place
//! (double-click, or Enter on a focused cell; Enter saves, Escape cancels), a checkbox to
//! select rows and a button for the rows pointing to a row. Values are text nodes only.

use seedbed_db::Value;
use seedbed_protocol::{ColumnInfo, ForeignKeyInfo, SortKey, TablePage};
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// A cell being edited: the row's key, the column, the text typed so far.
#[derive(Debug, Clone, PartialEq)]
pub struct Editing {
    pub key: Vec<Value>,
    pub column: String,
    pub text: String,
}

/// A value as the learner reads and edits it.
pub fn value_text(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::Integer(i) => i.to_string(),
        Value::Real(f) => f.to_string(),
        Value::Text(s) => s.clone(),
        Value::Blob(b) => format!("<{} bytes>", b.len()),
    }
}

/// Whether a column holds dates (Prisma's `DateTime` is a `DATETIME` column of epoch
/// milliseconds); the worker reads ISO text typed into such a column back as milliseconds.
fn is_date_column(declared_type: &str) -> bool {
    let t = declared_type.to_ascii_uppercase();
    t.contains("DATE") || t.contains("TIME")
}

/// Epoch milliseconds as `2024-01-01T00:00:00.000Z`, for years 0 to 9999.
pub fn iso_from_millis(ms: i64) -> Option<String> {
    let days = ms.div_euclid(86_400_000);
    let rem = ms.rem_euclid(86_400_000);
    // Howard Hinnant's civil_from_days.
    let z = days.checked_add(719_468)?;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (0..=9999).contains(&y).then(|| {
        format!(
            "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{:03}Z",
            rem / 3_600_000,
            rem / 60_000 % 60,
            rem / 1000 % 60,
            rem % 1000
        )
    })
}

/// A cell's text: dates in milliseconds read as ISO dates, the rest as [`value_text`].
pub fn cell_text(value: &Value, declared_type: &str) -> String {
    match value {
        Value::Integer(ms) if is_date_column(declared_type) => {
            iso_from_millis(*ms).unwrap_or_else(|| ms.to_string())
        }
        other => value_text(other),
    }
}

/// The header's `aria-sort` for a column.
pub fn aria_sort(sort: Option<&SortKey>, column: &str) -> &'static str {
    match sort {
        Some(s) if s.column == column && s.descending => "descending",
        Some(s) if s.column == column => "ascending",
        _ => "none",
    }
}

/// The sort after clicking a column's header: ascending first, then it flips.
pub fn next_sort(sort: Option<&SortKey>, column: &str) -> SortKey {
    SortKey {
        column: column.to_owned(),
        descending: sort.is_some_and(|s| s.column == column && !s.descending),
    }
}

#[derive(Properties, PartialEq)]
pub struct DataGridProps {
    pub page: TablePage,
    pub sort: Option<SortKey>,
    pub selected: Vec<Vec<Value>>,
    pub editing: Option<Editing>,
    /// A write's error, shown under the row it belongs to.
    pub row_error: Option<(Vec<Value>, String)>,
    pub on_sort: Callback<String>,
    pub on_select: Callback<(Vec<Value>, bool)>,
    pub on_edit: Callback<Option<Editing>>,
    /// Saves the edit: `Some(text)`, or `None` for NULL.
    pub on_save: Callback<Option<String>>,
    /// Follows a foreign key of a row (by the row's index on this page).
    pub on_follow: Callback<(ForeignKeyInfo, usize)>,
    pub on_references: Callback<usize>,
}

#[function_component]
pub fn DataGrid(props: &DataGridProps) -> Html {
    let lang = crate::i18n::use_lang();
    let input = use_node_ref();
    let body = use_node_ref();
    // The cell last edited, so the keyboard comes back to it when its editor closes.
    let last_edited = use_mut_ref(|| None::<(usize, String)>);
    let active = use_state_eq(|| (0usize, 0usize));
    {
        let (input, body, last_edited) = (input.clone(), body.clone(), last_edited.clone());
        let editing = props.editing.as_ref().map(|e| {
            let row = props.page.keys.iter().position(|k| *k == e.key);
            (row, e.column.clone())
        });
        use_effect_with(editing, move |editing| match editing {
            Some((row, column)) => {
                if let Some(input) = input.cast::<HtmlInputElement>() {
                    let _ = input.focus();
                }
                *last_edited.borrow_mut() = row.map(|r| (r, column.clone()));
            }
            None => {
                if let Some((row, column)) = last_edited.borrow_mut().take() {
                    focus_cell(&body, row, &column);
                }
            }
        });
    }
    let page = &props.page;
    if page.columns.is_empty() {
        return html! { <p class="muted">{ lang.t("db.no_columns") }</p> };
    }
    let width = page.columns.len() + 1;
    let handles = {
        let in_range =
            |(row, col): (usize, usize)| row < page.rows.rows.len() && col < page.columns.len();
        let set_active = active.clone();
        GridHandles {
            input: input.clone(),
            body: body.clone(),
            // After a page change the old cell may be gone: the first one takes the tab stop.
            active: Some(*active).filter(|a| in_range(*a)).unwrap_or((0, 0)),
            set_active: Callback::from(move |at| set_active.set(at)),
        }
    };
    let headers = page.columns.iter().map(|c| {
        let on_sort = props.on_sort.clone();
        let name = c.name.clone();
        let state = aria_sort(props.sort.as_ref(), &c.name);
        let arrow = match state {
            "ascending" => " ▲",
            "descending" => " ▼",
            _ => "",
        };
        let target = page
            .foreign_keys
            .iter()
            .find(|fk| fk.columns.contains(&c.name))
            .map(|fk| html! { <span class="col-ref">{ format!("→ {}", fk.to_table) }</span> });
        html! {
            <th aria-sort={state} scope="col">
                <button class="sort-button" data-column={c.name.clone()}
                    title={lang.tw("db.sort_by", &[("column", c.name.clone())])}
                    onclick={Callback::from(move |_| on_sort.emit(name.clone()))}>
                    { &c.name }{ arrow }
                </button>
                { for target }
            </th>
        }
    });
    let rows = page.rows.rows.iter().enumerate().map(|(index, row)| {
        let key = page.keys.get(index).cloned().unwrap_or_default();
        let selected = props.selected.contains(&key);
        let on_select = {
            let (on_select, key) = (props.on_select.clone(), key.clone());
            Callback::from(move |e: Event| {
                on_select.emit((key.clone(), e.target_unchecked_into::<HtmlInputElement>().checked()))
            })
        };
        let references = (!page.referenced_by.is_empty()).then(|| {
            let on_references = props.on_references.clone();
            html! {
                <button class="refs-button" aria-label={lang.t("db.referenced_by_row")} title={lang.t("db.referenced_by_row")}
                    onclick={Callback::from(move |_| on_references.emit(index))}>{ "↩" }</button>
            }
        });
        let cells = page.columns.iter().zip(row).enumerate().map(|(col, (column, value))| {
            cell(props, &lang, &handles, (index, col), &key, column, value)
        });
        let error = props.row_error.as_ref().filter(|(k, _)| *k == key).map(|(_, message)| html! {
            <tr class="row-error"><td colspan={width.to_string()} role="alert">{ message }</td></tr>
        });
        html! {
            <>
                <tr class={classes!(selected.then_some("selected"))} data-row={index.to_string()}>
                    <td class="row-actions">
                        if !key.is_empty() {
                            <input type="checkbox" class="row-select" checked={selected}
                                aria-label={lang.t("db.select_row")} onchange={on_select} />
                        }
                        { for references }
                    </td>
                    { for cells }
                </tr>
                { for error }
            </>
        }
    });
    html! {
        <div class="table-scroll">
            <table class="rows data-grid">
                <thead><tr><th scope="col"><span class="visually-hidden">{ lang.t("db.row_actions") }</span></th>{ for headers }</tr></thead>
                <tbody ref={body}>{ for rows }</tbody>
            </table>
            if page.rows.rows.is_empty() { <p class="muted">{ lang.t("db.no_rows") }</p> }
        </div>
    }
}

/// Focuses the cell of `column` in the `row`th row of the grid's body (comparing the
/// attributes read back, so no column name goes into a CSS selector).
fn focus_cell(body: &NodeRef, row: usize, column: &str) {
    let Some(body) = body.cast::<web_sys::Element>() else {
        return;
    };
    let Ok(cells) = body.query_selector_all(&format!("tr[data-row=\"{row}\"] > td")) else {
        return;
    };
    for i in 0..cells.length() {
        if let Some(cell) = cells
            .item(i)
            .and_then(|node| node.dyn_into::<web_sys::HtmlElement>().ok())
            && cell.get_attribute("data-column").as_deref() == Some(column)
        {
            let _ = cell.focus();
            return;
        }
    }
}

/// What every cell of the grid shares: the editor's input, the body (to move the focus),
/// and the one cell in the tab order (arrow keys move between cells, as in a grid).
struct GridHandles {
    input: NodeRef,
    body: NodeRef,
    active: (usize, usize),
    set_active: Callback<(usize, usize)>,
}

/// One cell: its value (a link beside a foreign key), or the editor when it is edited.
fn cell(
    props: &DataGridProps,
    lang: &crate::i18n::Lang,
    handles: &GridHandles,
    (index, col): (usize, usize),
    key: &[Value],
    info: &ColumnInfo,
    value: &Value,
) -> Html {
    let (column, nullable) = (info.name.as_str(), !info.not_null);
    let input = &handles.input;
    let editing = props
        .editing
        .as_ref()
        .filter(|e| e.key == key && e.column == column);
    if let Some(editing) = editing {
        let on_input = {
            let (on_edit, editing) = (props.on_edit.clone(), editing.clone());
            Callback::from(move |e: InputEvent| {
                on_edit.emit(Some(Editing {
                    text: e.target_unchecked_into::<HtmlInputElement>().value(),
                    ..editing.clone()
                }))
            })
        };
        let on_key = {
            let (on_edit, on_save, text) = (
                props.on_edit.clone(),
                props.on_save.clone(),
                editing.text.clone(),
            );
            Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
                "Enter" => {
                    e.prevent_default();
                    on_save.emit(Some(text.clone()));
                }
                "Escape" => {
                    e.prevent_default();
                    on_edit.emit(None);
                }
                _ => {}
            })
        };
        let set_null = {
            let on_save = props.on_save.clone();
            Callback::from(move |_| on_save.emit(None))
        };
        return html! {
            <td class="editing">
                <input ref={input.clone()} class="cell-input" value={editing.text.clone()}
                    aria-label={lang.tw("db.edit_cell", &[("column", column.to_owned())])}
                    oninput={on_input} onkeydown={on_key} />
                if nullable { <button class="cell-null" onclick={set_null}>{ "NULL" }</button> }
            </td>
        };
    }
    let start = {
        let (on_edit, key, column, text) = (
            props.on_edit.clone(),
            key.to_vec(),
            column.to_owned(),
            cell_text(value, &info.declared_type),
        );
        move || {
            on_edit.emit(Some(Editing {
                key: key.clone(),
                column: column.clone(),
                text: text.clone(),
            }))
        }
    };
    let editable = !key.is_empty() && !matches!(value, Value::Blob(_));
    let ondblclick = {
        let start = start.clone();
        Callback::from(move |_: MouseEvent| {
            if editable {
                start()
            }
        })
    };
    let onkeydown = {
        let (body, page) = (handles.body.clone(), props.page.clone());
        Callback::from(move |e: KeyboardEvent| {
            // Keys on the cell itself, not on the link inside it. (Yew delegates events,
            // so `current_target` is the app's root, not this cell.)
            let on_cell = e
                .target_dyn_into::<web_sys::Element>()
                .is_some_and(|target| target.tag_name().eq_ignore_ascii_case("td"));
            if !on_cell {
                return;
            }
            let rows = page.rows.rows.len();
            let target = match e.key().as_str() {
                "Enter" if editable => {
                    e.prevent_default();
                    start();
                    return;
                }
                "ArrowUp" => (index.checked_sub(1), Some(col)),
                "ArrowDown" => (Some(index + 1).filter(|r| *r < rows), Some(col)),
                "ArrowLeft" => (Some(index), col.checked_sub(1)),
                "ArrowRight" => (
                    Some(index),
                    Some(col + 1).filter(|c| *c < page.columns.len()),
                ),
                _ => return,
            };
            e.prevent_default();
            if let (Some(row), Some(c)) = target
                && let Some(column) = page.columns.get(c)
            {
                focus_cell(&body, row, &column.name);
            }
        })
    };
    let onfocus = {
        let set_active = handles.set_active.clone();
        Callback::from(move |_: FocusEvent| set_active.emit((index, col)))
    };
    let tabindex = if handles.active == (index, col) {
        "0"
    } else {
        "-1"
    };
    let link = (!value.is_null())
        .then(|| {
            props
                .page
                .foreign_keys
                .iter()
                .find(|fk| fk.columns.iter().any(|c| c == column))
        })
        .flatten()
        .map(|fk| {
            let (on_follow, fk) = (props.on_follow.clone(), fk.clone());
            let label = lang.tw("db.follow", &[("table", fk.to_table.clone())]);
            html! {
                <button class="fk-link" aria-label={label.clone()} title={label}
                    onclick={Callback::from(move |_| on_follow.emit((fk.clone(), index)))}>{ "→" }</button>
            }
        });
    let class = match value {
        Value::Null => "null",
        Value::Integer(_) | Value::Real(_) => "num",
        Value::Blob(_) => "blob",
        Value::Text(_) => "",
    };
    let shown = if value.is_null() {
        "NULL".to_owned()
    } else {
        cell_text(value, &info.declared_type)
    };
    html! {
        <td class={classes!(class)} {tabindex} data-column={column.to_owned()} {ondblclick} {onkeydown} {onfocus}>
            { shown }{ for link }
        </td>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_sort_ascending_then_flip() {
        let asc = |c: &str| SortKey {
            column: c.into(),
            descending: false,
        };
        let desc = |c: &str| SortKey {
            column: c.into(),
            descending: true,
        };
        let cases = [
            (None, "a", asc("a"), "none"),
            (Some(asc("a")), "a", desc("a"), "ascending"),
            (Some(desc("a")), "a", asc("a"), "descending"),
            (Some(desc("a")), "b", asc("b"), "none"),
        ];
        for (current, column, next, state) in cases {
            assert_eq!(next_sort(current.as_ref(), column), next);
            assert_eq!(aria_sort(current.as_ref(), column), state);
        }
    }

    #[test]
    fn values_read_as_text() {
        assert_eq!(value_text(&Value::Null), "");
        assert_eq!(value_text(&Value::Integer(-3)), "-3");
        assert_eq!(value_text(&Value::Real(1.5)), "1.5");
        assert_eq!(value_text(&Value::Text("<b>".into())), "<b>");
        assert_eq!(value_text(&Value::Blob(vec![1, 2])), "<2 bytes>");
        let cases = [
            (
                Value::Integer(1_704_067_200_000),
                "DATETIME",
                "2024-01-01T00:00:00.000Z",
            ),
            (
                Value::Integer(951_782_400_123),
                "DATETIME",
                "2000-02-29T00:00:00.123Z",
            ),
            (Value::Integer(-1), "DATETIME", "1969-12-31T23:59:59.999Z"),
            (Value::Integer(i64::MAX), "DATETIME", "9223372036854775807"),
            (Value::Integer(i64::MIN), "DATETIME", "-9223372036854775808"),
            (
                Value::Integer(1_704_067_200_000),
                "INTEGER",
                "1704067200000",
            ),
            (
                Value::Text("2024-01-01 10:00:00".into()),
                "DATETIME",
                "2024-01-01 10:00:00",
            ),
        ];
        for (value, declared, text) in cases {
            assert_eq!(cell_text(&value, declared), text, "{value:?} {declared}");
        }
    }
}
