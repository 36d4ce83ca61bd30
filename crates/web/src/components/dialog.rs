//! A modal dialog any pane can use: a labelled `role="dialog"` box over the page. It
//! focuses its first field when it opens, keeps Tab and Shift+Tab inside, closes on
//! Escape, and gives the focus back to what had it before.

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

const FOCUSABLE: &str = "input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])";

/// The dialog's focusable elements, in document order.
fn focusable(dialog: &web_sys::Element) -> Vec<web_sys::HtmlElement> {
    let Ok(list) = dialog.query_selector_all(FOCUSABLE) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<web_sys::HtmlElement>().ok())
        .collect()
}

/// Tab from the last element goes to the first, Shift+Tab from the first to the last.
fn keep_focus_inside(dialog: &web_sys::Element, e: &KeyboardEvent) {
    let elements = focusable(dialog);
    let (Some(first), Some(last)) = (elements.first(), elements.last()) else {
        return;
    };
    let active = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element());
    let is = |el: &web_sys::HtmlElement| {
        active
            .as_ref()
            .is_some_and(|a| a.is_same_node(Some(el.as_ref())))
    };
    let target = if e.shift_key() && is(first) {
        last
    } else if !e.shift_key() && is(last) {
        first
    } else {
        return;
    };
    e.prevent_default();
    let _ = target.focus();
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
        let (cancel, node) = (props.on_cancel.clone(), node.clone());
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "Escape" => {
                e.prevent_default();
                cancel.emit(());
            }
            "Tab" => {
                if let Some(dialog) = node.cast::<web_sys::Element>() {
                    keep_focus_inside(&dialog, &e);
                }
            }
            _ => {}
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
