//! A table in the database pane, as a small Prisma Studio: sort by a header, filter, page,
//! follow foreign keys both ways, edit a cell, add and delete rows. The worker sends the
//! writes through the generated client when the table is one of its models (so Prisma's
//! errors show beside the row), else through SQL; every write is saved before its reply,
//! and then the table list and this page reload.

use super::data_grid::{DataGrid, Editing, next_sort, value_text};
use super::{Ctx, RowEditor, TableFilters};
use crate::state::{PAGE_SIZE, TableView};
use seedbed_db::Value;
use seedbed_protocol::{
    BrowseQuery, ClientFailure, ColumnFilter, FilterOp, ForeignKeyInfo, ReferenceCount, Request,
    Response,
};
use yew::prelude::*;

/// A failed write as one line: `PrismaClientKnownRequestError (P2002): Unique constraint…`.
pub fn failure_text(failure: &ClientFailure) -> String {
    match &failure.code {
        Some(code) => format!("{} ({code}): {}", failure.name, failure.message),
        None => format!("{}: {}", failure.name, failure.message),
    }
}

/// A write's reply: what ran, or the error to show.
pub fn write_outcome(response: Response) -> Result<String, String> {
    match response {
        Response::RowsWritten {
            error: None, ran, ..
        } => Ok(ran),
        Response::RowsWritten {
            error: Some(error), ..
        } => Err(failure_text(&error)),
        Response::Error { message } => Err(message),
        other => Err(format!("unexpected reply: {other:?}")),
    }
}

/// The first page of `table` where `columns` equal `values` (following a foreign key).
pub fn rows_where(table: &str, columns: &[String], values: &[Value]) -> BrowseQuery {
    BrowseQuery {
        table: table.to_owned(),
        limit: PAGE_SIZE,
        offset: 0,
        sort: None,
        filters: columns
            .iter()
            .zip(values)
            .map(|(column, value)| ColumnFilter {
                column: column.clone(),
                op: if value.is_null() {
                    FilterOp::IsNull
                } else {
                    FilterOp::Equals
                },
                value: value_text(value),
            })
            .collect(),
    }
}

/// `1–50 of 500`'s numbers: the first and last row shown (0 and 0 when none).
pub fn shown_range(offset: u32, shown: usize, total: i64) -> (i64, i64, i64) {
    let to = i64::from(offset) + shown as i64;
    (
        if shown == 0 { 0 } else { i64::from(offset) + 1 },
        to,
        total,
    )
}

fn column_values(view: &TableView, index: usize, columns: &[String]) -> Vec<Value> {
    let row = view.page.rows.rows.get(index);
    columns
        .iter()
        .map(|c| {
            view.page
                .rows
                .column(c)
                .and_then(|i| row.and_then(|r| r.get(i)))
                .cloned()
                .unwrap_or(Value::Null)
        })
        .collect()
}

fn key_pairs(view: &TableView, key: &[Value]) -> Vec<(String, Value)> {
    view.page
        .key_columns
        .iter()
        .cloned()
        .zip(key.iter().cloned())
        .collect()
}

#[derive(Properties, PartialEq)]
pub struct TableBrowserProps {
    pub ctx: Ctx,
    pub view: TableView,
}

#[function_component]
pub fn TableBrowser(props: &TableBrowserProps) -> Html {
    let lang = crate::i18n::use_lang();
    let view = &props.view;
    let selected = use_state(Vec::<Vec<Value>>::new);
    let editing = use_state(|| None::<Editing>);
    let row_error = use_state(|| None::<(Vec<Value>, String)>);
    let last_write = use_state(|| None::<String>);
    let confirm_delete = use_state(|| false);
    let delete_error = use_state(|| None::<String>);
    let adding = use_state(|| false);
    let add_error = use_state(|| None::<String>);
    let references = use_state(|| None::<(Vec<Value>, Vec<ReferenceCount>)>);
    {
        // Another table, page, sort or filter: nothing selected (a hidden row must not be
        // deleted unseen), edited or open any more. A reload of the same query keeps them.
        let handles = (
            selected.clone(),
            editing.clone(),
            row_error.clone(),
            references.clone(),
            confirm_delete.clone(),
            delete_error.clone(),
        );
        use_effect_with(view.query.clone(), move |_| {
            handles.0.set(Vec::new());
            handles.1.set(None);
            handles.2.set(None);
            handles.3.set(None);
            handles.4.set(false);
            handles.5.set(None);
        });
    }

    let browse = {
        let (ctx, query) = (props.ctx.clone(), view.query.clone());
        move |change: &dyn Fn(&mut BrowseQuery)| {
            let mut next = query.clone();
            change(&mut next);
            ctx.browse(next);
        }
    };
    let on_sort = {
        let browse = browse.clone();
        let sort = view.query.sort.clone();
        Callback::from(move |column: String| {
            let sort = Some(next_sort(sort.as_ref(), &column));
            browse(&|q| {
                q.sort = sort.clone();
                q.offset = 0;
            })
        })
    };
    let on_filters = {
        let browse = browse.clone();
        Callback::from(move |filters: Vec<ColumnFilter>| {
            browse(&|q| {
                q.filters = filters.clone();
                q.offset = 0;
            })
        })
    };
    let on_select = {
        let selected = selected.clone();
        Callback::from(move |(key, on): (Vec<Value>, bool)| {
            let mut next: Vec<Vec<Value>> =
                selected.iter().filter(|k| **k != key).cloned().collect();
            if on {
                next.push(key);
            }
            selected.set(next);
        })
    };
    let on_edit = {
        let (editing, row_error) = (editing.clone(), row_error.clone());
        Callback::from(move |edit: Option<Editing>| {
            if edit.is_none() {
                row_error.set(None);
            }
            editing.set(edit);
        })
    };
    let on_save = {
        let (ctx, view, editing, row_error, last_write) = (
            props.ctx.clone(),
            view.clone(),
            editing.clone(),
            row_error.clone(),
            last_write.clone(),
        );
        Callback::from(move |text: Option<String>| {
            let Some(edit) = (*editing).clone() else {
                return;
            };
            let request = Request::UpdateRow {
                table: view.query.table.clone(),
                key: key_pairs(&view, &edit.key),
                values: vec![(edit.column.clone(), text)],
            };
            let (ctx2, view, editing, row_error, last_write) = (
                ctx.clone(),
                view.clone(),
                editing.clone(),
                row_error.clone(),
                last_write.clone(),
            );
            ctx.bridge
                .request(request, move |response| match write_outcome(response) {
                    Ok(ran) => {
                        editing.set(None);
                        row_error.set(None);
                        last_write.set(Some(ran));
                        ctx2.refresh(Some(&view));
                    }
                    Err(message) => row_error.set(Some((edit.key.clone(), message))),
                });
        })
    };
    let on_follow = {
        let (ctx, view) = (props.ctx.clone(), view.clone());
        Callback::from(move |(fk, index): (ForeignKeyInfo, usize)| {
            let values = column_values(&view, index, &fk.columns);
            ctx.browse(rows_where(&fk.to_table, &fk.to_columns, &values));
        })
    };
    let on_references = {
        let (ctx, view, references) = (props.ctx.clone(), view.clone(), references.clone());
        Callback::from(move |index: usize| {
            let Some(row) = view.page.rows.rows.get(index) else {
                return;
            };
            let key = view.page.keys.get(index).cloned().unwrap_or_default();
            let request = Request::RowReferences {
                table: view.query.table.clone(),
                row: view
                    .page
                    .rows
                    .columns
                    .iter()
                    .cloned()
                    .zip(row.iter().cloned())
                    .collect(),
            };
            let references = references.clone();
            ctx.bridge.request(request, move |response| {
                if let Response::References { references: found } = response {
                    references.set(Some((key.clone(), found)));
                }
            });
        })
    };
    let delete = {
        let (ctx, view, selected, confirm_delete, delete_error, last_write) = (
            props.ctx.clone(),
            view.clone(),
            selected.clone(),
            confirm_delete.clone(),
            delete_error.clone(),
            last_write.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let request = Request::DeleteRows {
                table: view.query.table.clone(),
                keys: selected.iter().map(|k| key_pairs(&view, k)).collect(),
            };
            let (ctx2, view, selected, confirm_delete, delete_error, last_write) = (
                ctx.clone(),
                view.clone(),
                selected.clone(),
                confirm_delete.clone(),
                delete_error.clone(),
                last_write.clone(),
            );
            ctx.bridge.request(request, move |response| {
                confirm_delete.set(false);
                match write_outcome(response) {
                    Ok(ran) => {
                        selected.set(Vec::new());
                        delete_error.set(None);
                        last_write.set(Some(ran));
                        ctx2.refresh(Some(&view));
                    }
                    Err(message) => delete_error.set(Some(message)),
                }
            });
        })
    };
    let insert = {
        let (ctx, view, adding, add_error, last_write) = (
            props.ctx.clone(),
            view.clone(),
            adding.clone(),
            add_error.clone(),
            last_write.clone(),
        );
        Callback::from(move |values: Vec<(String, Option<String>)>| {
            let request = Request::InsertRow {
                table: view.query.table.clone(),
                values,
            };
            let (ctx2, view, adding, add_error, last_write) = (
                ctx.clone(),
                view.clone(),
                adding.clone(),
                add_error.clone(),
                last_write.clone(),
            );
            ctx.bridge
                .request(request, move |response| match write_outcome(response) {
                    Ok(ran) => {
                        adding.set(false);
                        add_error.set(None);
                        last_write.set(Some(ran));
                        ctx2.refresh(Some(&view));
                    }
                    Err(message) => add_error.set(Some(message)),
                });
        })
    };

    let pager = |offset: u32, label: String, id: &'static str, enabled: bool| {
        let browse = browse.clone();
        html! {
            <button {id} disabled={!enabled} onclick={Callback::from(move |_| browse(&|q| q.offset = offset))}>{ label }</button>
        }
    };
    let (from, to, total) = shown_range(
        view.query.offset,
        view.page.rows.rows.len(),
        view.page.total,
    );
    let mode = match &view.page.client_model {
        Some(model) => lang.tw("db.writes_client", &[("model", model.clone())]),
        None => lang.t("db.writes_sql"),
    };
    let reference_panel = (*references).as_ref().map(|(key, found)| {
        let ctx = props.ctx.clone();
        let links = found.iter().map(|r| {
            let (ctx, fk, values) = (ctx.clone(), r.foreign_key.clone(), r.values.clone());
            let label = lang.tn(
                "db.reference_count",
                usize::try_from(r.count).unwrap_or(usize::MAX),
                &[
                    ("table", fk.from_table.clone()),
                    ("columns", fk.columns.join(", ")),
                ],
            );
            html! {
                <li><button class="ref-link" data-table={fk.from_table.clone()}
                    onclick={Callback::from(move |_| ctx.browse(rows_where(&fk.from_table, &fk.columns, &values)))}>{ label }</button></li>
            }
        });
        let close = {
            let references = references.clone();
            Callback::from(move |_| references.set(None))
        };
        let row: Vec<String> = key.iter().map(value_text).collect();
        html! {
            <div class="references" role="region" aria-label={lang.t("db.referenced_by")}>
                <strong>{ lang.tw("db.referenced_by_title", &[("row", row.join(", "))]) }</strong>
                <ul>{ for links }</ul>
                <button onclick={close}>{ lang.t("db.close") }</button>
            </div>
        }
    });
    let count = selected.len();
    html! {
        <div class="table-view">
            <h3>{ &view.query.table }</h3>
            <p class="muted write-mode">{ mode }</p>
            <TableFilters columns={view.page.columns.clone()} filters={view.query.filters.clone()} on_change={on_filters} />
            <DataGrid page={view.page.clone()} sort={view.query.sort.clone()} selected={(*selected).clone()}
                editing={(*editing).clone()} row_error={(*row_error).clone()}
                {on_sort} {on_select} {on_edit} {on_save} {on_follow} {on_references} />
            <div class="pager" role="navigation" aria-label={lang.t("db.pages")}>
                { pager(view.query.offset.saturating_sub(PAGE_SIZE), lang.t("db.previous"), "page-previous", view.query.offset > 0) }
                <span id="page-range">{ lang.tw("db.range", &[("from", from.to_string()), ("to", to.to_string()), ("total", total.to_string())]) }</span>
                { pager(view.query.offset.saturating_add(PAGE_SIZE), lang.t("db.next"), "page-next", to < total) }
            </div>
            { for reference_panel }
            <div class="row-actions-bar">
                <button id="row-add" onclick={{ let adding = adding.clone(); Callback::from(move |_| adding.set(!*adding)) }}>{ lang.t("db.add_row") }</button>
                <button id="rows-delete" disabled={count == 0}
                    onclick={{ let c = confirm_delete.clone(); Callback::from(move |_| c.set(true)) }}>
                    { lang.tw("db.delete_selected", &[("n", count.to_string())]) }
                </button>
            </div>
            if *confirm_delete && count > 0 {
                <div class="confirm" role="alertdialog" aria-label={lang.t("db.delete_confirm_title")}>
                    <span>{ lang.tn("db.delete_confirm", count, &[]) }</span>
                    <button id="rows-delete-confirm" class="danger" onclick={delete}>{ lang.t("db.delete") }</button>
                    <button id="rows-delete-cancel" onclick={{ let c = confirm_delete.clone(); Callback::from(move |_| c.set(false)) }}>{ lang.t("db.cancel") }</button>
                </div>
            }
            if let Some(error) = &*delete_error { <p class="error" role="alert" id="delete-error">{ error }</p> }
            if *adding {
                <RowEditor key={view.query.table.clone()} columns={view.page.columns.clone()} error={(*add_error).clone()}
                    on_submit={insert} on_cancel={{ let adding = adding.clone(); Callback::from(move |_| adding.set(false)) }} />
            }
            if let Some(ran) = &*last_write {
                <p class="last-write" role="status">{ lang.t("db.saved_with") }<code>{ ran }</code></p>
            }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn following_a_key_filters_the_other_table() {
        let q = rows_where("User", &["id".into()], &[Value::Integer(3)]);
        assert_eq!((q.table.as_str(), q.offset), ("User", 0));
        assert_eq!(
            q.filters,
            [ColumnFilter {
                column: "id".into(),
                op: FilterOp::Equals,
                value: "3".into()
            }]
        );
        let q = rows_where(
            "T",
            &["a".into(), "b".into()],
            &[Value::Text("x".into()), Value::Null],
        );
        assert_eq!(q.filters[1].op, FilterOp::IsNull);
    }

    #[test]
    fn ranges_and_write_outcomes_read_plainly() {
        assert_eq!(shown_range(0, 50, 500), (1, 50, 500));
        assert_eq!(shown_range(450, 50, 500), (451, 500, 500));
        assert_eq!(shown_range(0, 0, 0), (0, 0, 0));
        let failure = ClientFailure {
            name: "PrismaClientKnownRequestError".into(),
            code: Some("P2002".into()),
            message: "Unique constraint failed".into(),
        };
        assert_eq!(
            write_outcome(Response::RowsWritten {
                changes: 0,
                ran: String::new(),
                error: Some(failure)
            }),
            Err("PrismaClientKnownRequestError (P2002): Unique constraint failed".into())
        );
        assert_eq!(
            write_outcome(Response::RowsWritten {
                changes: 1,
                ran: "UPDATE".into(),
                error: None
            }),
            Ok("UPDATE".into())
        );
        assert_eq!(
            write_outcome(Response::Error {
                message: "no".into()
            }),
            Err("no".into())
        );
    }
}
