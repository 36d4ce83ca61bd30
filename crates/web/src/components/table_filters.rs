//! The filters of a browsed table: pick a column, a test and a value, add it; the active
//! filters are listed with a button each to remove them. The worker binds the value as a
//! parameter and compares numbers as numbers.

use seedbed_protocol::{ColumnFilter, ColumnInfo, FilterOp};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The tests offered, with their form value and interface text key.
const OPS: &[(FilterOp, &str, &str)] = &[
    (FilterOp::Contains, "contains", "db.op.contains"),
    (FilterOp::Equals, "equals", "db.op.equals"),
    (FilterOp::Greater, "greater", "db.op.greater"),
    (FilterOp::Less, "less", "db.op.less"),
    (FilterOp::IsNull, "isNull", "db.op.is_null"),
    (FilterOp::NotNull, "notNull", "db.op.not_null"),
];

fn op_from(value: &str) -> FilterOp {
    OPS.iter()
        .find(|(_, v, _)| *v == value)
        .map_or(FilterOp::Contains, |(op, _, _)| *op)
}

fn needs_value(op: FilterOp) -> bool {
    !matches!(op, FilterOp::IsNull | FilterOp::NotNull)
}

/// How an active filter reads: `email contains "ann"`, `age > "3"`, `name is null`, with
/// `words` the interface's words for the tests that have no symbol.
pub fn describe(filter: &ColumnFilter, words: impl Fn(&str) -> String) -> String {
    let test = match filter.op {
        FilterOp::Equals => "=".to_owned(),
        FilterOp::Greater => ">".to_owned(),
        FilterOp::Less => "<".to_owned(),
        op => OPS
            .iter()
            .find(|(o, _, _)| *o == op)
            .map_or_else(String::new, |(_, _, key)| words(key)),
    };
    if needs_value(filter.op) {
        format!("{} {test} {:?}", filter.column, filter.value)
    } else {
        format!("{} {test}", filter.column)
    }
}

#[derive(Properties, PartialEq)]
pub struct TableFiltersProps {
    pub columns: Vec<ColumnInfo>,
    pub filters: Vec<ColumnFilter>,
    pub on_change: Callback<Vec<ColumnFilter>>,
}

#[function_component]
pub fn TableFilters(props: &TableFiltersProps) -> Html {
    let lang = crate::i18n::use_lang();
    let column = use_state(String::new);
    let op = use_state(|| FilterOp::Contains);
    let value = use_state(String::new);
    let chosen = props
        .columns
        .iter()
        .find(|c| c.name == *column)
        .or_else(|| props.columns.first())
        .map(|c| c.name.clone())
        .unwrap_or_default();
    let add = {
        let (on_change, filters, chosen, op, value) = (
            props.on_change.clone(),
            props.filters.clone(),
            chosen.clone(),
            op.clone(),
            value.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if chosen.is_empty() {
                return;
            }
            let mut next = filters.clone();
            next.push(ColumnFilter {
                column: chosen.clone(),
                op: *op,
                value: if needs_value(*op) {
                    (*value).clone()
                } else {
                    String::new()
                },
            });
            value.set(String::new());
            on_change.emit(next);
        })
    };
    let on_column = {
        let column = column.clone();
        Callback::from(move |e: Event| {
            column.set(e.target_unchecked_into::<HtmlSelectElement>().value())
        })
    };
    let on_op = {
        let op = op.clone();
        Callback::from(move |e: Event| {
            op.set(op_from(
                &e.target_unchecked_into::<HtmlSelectElement>().value(),
            ))
        })
    };
    let on_value = {
        let value = value.clone();
        Callback::from(move |e: InputEvent| {
            value.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let active = props.filters.iter().enumerate().map(|(i, f)| {
        let (on_change, filters) = (props.on_change.clone(), props.filters.clone());
        let remove = Callback::from(move |_| {
            let mut next = filters.clone();
            if i < next.len() {
                next.remove(i);
            }
            on_change.emit(next);
        });
        let text = describe(f, |key| lang.t(key));
        html! {
            <li class="filter-chip">
                <span>{ text.clone() }</span>
                <button aria-label={lang.tw("db.remove_filter", &[("filter", text)])} onclick={remove}>{ "×" }</button>
            </li>
        }
    });
    let clear = {
        let on_change = props.on_change.clone();
        Callback::from(move |_| on_change.emit(Vec::new()))
    };
    html! {
        <div class="table-filters">
            <form class="filter-form" onsubmit={add} aria-label={lang.t("db.filter")}>
                <label>{ lang.t("db.filter_column") }
                    <select id="filter-column" onchange={on_column}>
                        { for props.columns.iter().map(|c| html! {
                            <option value={c.name.clone()} selected={c.name == chosen}>{ &c.name }</option>
                        }) }
                    </select>
                </label>
                <label>{ lang.t("db.filter_test") }
                    <select id="filter-op" onchange={on_op}>
                        { for OPS.iter().map(|(o, v, key)| html! {
                            <option value={*v} selected={*o == *op}>{ lang.t(key) }</option>
                        }) }
                    </select>
                </label>
                if needs_value(*op) {
                    <label>{ lang.t("db.filter_value") }
                        <input id="filter-value" value={(*value).clone()} oninput={on_value} />
                    </label>
                }
                <button id="filter-add" type="submit">{ lang.t("db.filter_add") }</button>
            </form>
            if !props.filters.is_empty() {
                <ul class="filter-chips" aria-label={lang.t("db.active_filters")}>
                    { for active }
                    <li><button id="filter-clear" onclick={clear}>{ lang.t("db.filter_clear") }</button></li>
                </ul>
            }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_read_plainly_and_ops_round_trip() {
        let f = |op, value: &str| ColumnFilter {
            column: "age".into(),
            op,
            value: value.into(),
        };
        let words = |key: &str| key.trim_start_matches("db.op.").replace('_', " ");
        assert_eq!(describe(&f(FilterOp::Greater, "3"), words), "age > \"3\"");
        assert_eq!(
            describe(&f(FilterOp::Contains, "a\"b"), words),
            "age contains \"a\\\"b\""
        );
        assert_eq!(
            describe(&f(FilterOp::IsNull, "ignored"), words),
            "age is null"
        );
        for (op, value, _) in OPS {
            assert_eq!(op_from(value), *op);
        }
        assert_eq!(op_from("bogus"), FilterOp::Contains);
    }
}
