//! The "Add row" form: a field per column. A field left empty is left out of the insert,
//! so the column takes its default (an autoincrement id, `now()`, NULL).

use seedbed_protocol::ColumnInfo;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The values to insert: the fields filled in, by column.
pub fn filled(columns: &[ColumnInfo], texts: &[String]) -> Vec<(String, Option<String>)> {
    columns
        .iter()
        .zip(texts)
        .filter(|(_, text)| !text.is_empty())
        .map(|(c, text)| (c.name.clone(), Some(text.clone())))
        .collect()
}

#[derive(Properties, PartialEq)]
pub struct RowEditorProps {
    pub columns: Vec<ColumnInfo>,
    pub error: Option<String>,
    pub on_submit: Callback<Vec<(String, Option<String>)>>,
    pub on_cancel: Callback<()>,
}

#[function_component]
pub fn RowEditor(props: &RowEditorProps) -> Html {
    let lang = crate::i18n::use_lang();
    let texts = use_state(|| vec![String::new(); props.columns.len()]);
    let submit = {
        let (on_submit, columns, texts) = (
            props.on_submit.clone(),
            props.columns.clone(),
            texts.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_submit.emit(filled(&columns, &texts));
        })
    };
    let fields = props.columns.iter().enumerate().map(|(i, c)| {
        let texts2 = texts.clone();
        let oninput = Callback::from(move |e: InputEvent| {
            let mut next = (*texts2).clone();
            // The table may have gained columns since the form opened.
            if next.len() <= i {
                next.resize(i + 1, String::new());
            }
            if let Some(slot) = next.get_mut(i) {
                *slot = e.target_unchecked_into::<HtmlInputElement>().value();
            }
            texts2.set(next);
        });
        let hint = if c.auto_number {
            lang.t("db.add_auto")
        } else if let Some(default) = &c.default {
            lang.tw("db.add_default", &[("default", default.clone())])
        } else if !c.not_null {
            "NULL".to_owned()
        } else {
            String::new()
        };
        html! {
            <label class="add-field">
                <span>{ &c.name }<span class="muted">{ format!(" {}", c.declared_type) }</span></span>
                <input data-column={c.name.clone()} placeholder={hint}
                    value={texts.get(i).cloned().unwrap_or_default()} {oninput} />
            </label>
        }
    });
    let cancel = props.on_cancel.reform(|_: MouseEvent| ());
    html! {
        <form class="row-editor" onsubmit={submit} aria-label={lang.t("db.add_row")}>
            <p class="muted">{ lang.t("db.add_hint") }</p>
            <div class="add-fields">{ for fields }</div>
            if let Some(error) = &props.error { <p class="error" role="alert">{ error }</p> }
            <div class="actions">
                <button id="row-add-save" type="submit">{ lang.t("db.add_save") }</button>
                <button type="button" onclick={cancel}>{ lang.t("db.cancel") }</button>
            </div>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_fields_are_left_to_their_defaults() {
        let column = |name: &str| ColumnInfo {
            name: name.into(),
            declared_type: "TEXT".into(),
            not_null: false,
            default: None,
            primary_key: false,
            auto_number: false,
        };
        let columns = [column("id"), column("email"), column("name")];
        let texts = ["".to_owned(), "a@x.io".to_owned(), " ".to_owned()];
        assert_eq!(
            filled(&columns, &texts),
            [
                ("email".to_owned(), Some("a@x.io".to_owned())),
                ("name".to_owned(), Some(" ".to_owned()))
            ]
        );
    }
}
