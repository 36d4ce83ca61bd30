//! A modal dialog any pane can use: a labelled `role="dialog"` box over the page. It
//! focuses its first field when it opens, closes on Escape, and gives the focus back to
//! what had it before.

use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DialogProps {
    /// The dialog's id; its title gets `<id>-title`.
    pub id: AttrValue,
    pub title: String,
    /// Escape (and the caller's Cancel button) closes it.
    pub on_cancel: Callback<()>,
    #[prop_or_default]
    pub children: Html,
}

fn focus_first_field(dialog: &web_sys::Element) {
    let field = dialog
        .query_selector("input:not([type=hidden]), select, textarea, button")
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(field) = field {
        let _ = field.focus();
    }
}

#[function_component]
pub fn Dialog(props: &DialogProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with((), move |_| {
            let previous = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.active_element())
                .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(dialog) = node.cast::<web_sys::Element>() {
                focus_first_field(&dialog);
            }
            move || {
                if let Some(previous) = previous {
                    let _ = previous.focus();
                }
            }
        });
    }
    let onkeydown = {
        let cancel = props.on_cancel.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                cancel.emit(());
            }
        })
    };
    let title_id = format!("{}-title", props.id);
    html! {
        <div class="modal-backdrop">
            <div class="modal" id={props.id.clone()} role="dialog" aria-modal="true"
                aria-labelledby={title_id.clone()} ref={node} {onkeydown}>
                <h2 id={title_id}>{ &props.title }</h2>
                { props.children.clone() }
            </div>
        </div>
    }
}
