//! The page's keyboard shortcuts: the global key handler ([`use_global_shortcuts`]) and the
//! "Keyboard shortcuts" dialog, both driven by the table in `crate::shortcuts`.
//!
//! The dialog is a native `<dialog>` opened with `showModal()`, so the rest of the page is
//! inert while it is open and Escape closes it; Tab is also kept inside by hand (a modal
//! dialog lets Tab reach the browser's own toolbar), and the focus goes back where it was.

use crate::i18n::use_lang;
use crate::shortcuts::{Area, Command, Pane, Press, SHORTCUTS, command_for};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use web_sys::{Element, HtmlDialogElement, HtmlElement, KeyboardEvent};
use yew::prelude::*;

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// Whether plain keys type where the focus is (so `?` must not open the dialog).
fn focus_in_text_field() -> bool {
    let Some(active) = document().and_then(|d| d.active_element()) else {
        return false;
    };
    let tag = active.tag_name().to_ascii_lowercase();
    let editable = active
        .dyn_ref::<HtmlElement>()
        .is_some_and(|e| e.is_content_editable());
    let typing_input = tag == "input"
        && !matches!(
            active.get_attribute("type").as_deref(),
            Some("button" | "checkbox" | "radio" | "submit" | "reset" | "file" | "range")
        );
    editable || typing_input || tag == "textarea" || tag == "select"
}

/// Whether an element is laid out (a pane hidden by `?panes=` or the narrow layout is not).
fn visible(element: &Element) -> bool {
    element.get_client_rects().length() > 0
}

fn focus_pane(pane: Pane) {
    let Some(doc) = document() else { return };
    let target = pane.targets().iter().find_map(|selector| {
        doc.query_selector(selector)
            .ok()
            .flatten()
            .filter(visible)
            .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    });
    if let Some(target) = target {
        let _ = target.focus();
        target.scroll_into_view_with_bool(false);
    }
}

/// Presses the terminal's `migrate dev` button, as a click would (it is disabled while a
/// command runs, and then nothing happens).
fn migrate_dev() {
    let Some(buttons) = document().and_then(|d| {
        d.query_selector_all(".terminal-pane .quick-commands button")
            .ok()
    }) else {
        return;
    };
    for i in 0..buttons.length() {
        let Some(button) = buttons
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::HtmlButtonElement>().ok())
        else {
            continue;
        };
        if button.text_content().as_deref() == Some("migrate dev") && !button.disabled() {
            button.click();
            return;
        }
    }
}

fn press_of(e: &KeyboardEvent) -> Press {
    Press {
        key: e.key(),
        code: e.code(),
        ctrl: e.ctrl_key(),
        meta: e.meta_key(),
        alt: e.alt_key(),
        shift: e.shift_key(),
    }
}

/// Listens to the page's keys for the global shortcuts; `show_help` opens the dialog.
#[hook]
pub fn use_global_shortcuts(show_help: Callback<()>) {
    use_effect_with((), move |_| {
        let handler = Closure::<dyn Fn(KeyboardEvent)>::new(move |e: KeyboardEvent| {
            if e.default_prevented() || e.is_composing() {
                return;
            }
            let help_open = document()
                .and_then(|d| d.query_selector("#shortcuts-dialog[open]").ok().flatten())
                .is_some();
            if help_open {
                return;
            }
            let Some(command) = command_for(&press_of(&e), focus_in_text_field()) else {
                return;
            };
            e.prevent_default();
            match command {
                Command::ShowHelp => show_help.emit(()),
                Command::MigrateDev => migrate_dev(),
                Command::Focus(pane) => focus_pane(pane),
            }
        });
        let target = document();
        if let Some(doc) = &target {
            let _ =
                doc.add_event_listener_with_callback("keydown", handler.as_ref().unchecked_ref());
        }
        move || {
            if let Some(doc) = &target {
                let _ = doc.remove_event_listener_with_callback(
                    "keydown",
                    handler.as_ref().unchecked_ref(),
                );
            }
        }
    });
}

/// Whether to show the Mac's key names (⌘, ⌥, ⇧).
fn on_mac() -> bool {
    web_sys::window()
        .and_then(|w| w.navigator().platform().ok())
        .is_some_and(|p| p.starts_with("Mac") || p.starts_with("iP"))
}

#[derive(Properties, PartialEq)]
pub struct ShortcutsDialogProps {
    pub open: bool,
    pub on_close: Callback<()>,
}

#[function_component]
pub fn ShortcutsDialog(props: &ShortcutsDialogProps) -> Html {
    let lang = use_lang();
    let dialog = use_node_ref();
    let close_button = use_node_ref();
    // The element that had the focus before the dialog opened, to give it back.
    let opener = use_mut_ref(|| None::<HtmlElement>);
    let mac = *use_memo((), |_| on_mac());

    {
        let (dialog, close_button, opener) = (dialog.clone(), close_button.clone(), opener.clone());
        use_effect_with(props.open, move |open| {
            let Some(element) = dialog.cast::<HtmlDialogElement>() else {
                return;
            };
            if *open && !element.open() {
                *opener.borrow_mut() = document()
                    .and_then(|d| d.active_element())
                    .and_then(|e| e.dyn_into::<HtmlElement>().ok());
                if element.show_modal().is_err() {
                    element.set_open(true);
                }
                if let Some(button) = close_button.cast::<HtmlElement>() {
                    let _ = button.focus();
                }
            } else if !*open {
                if element.open() {
                    element.close();
                }
                if let Some(previous) = opener.borrow_mut().take() {
                    let _ = previous.focus();
                }
            }
        });
    }

    // Escape (the dialog's own `cancel`) and the close button both end here.
    let on_dialog_close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: Event| on_close.emit(()))
    };
    let on_close_click = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| on_close.emit(()))
    };
    let on_backdrop = {
        let on_close = props.on_close.clone();
        let dialog = dialog.clone();
        Callback::from(move |e: MouseEvent| {
            // A click on the dialog element itself (not its content) is on the backdrop.
            let on_dialog = e
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .zip(dialog.cast::<Element>())
                .is_some_and(|(target, dialog)| target == dialog);
            if on_dialog {
                on_close.emit(());
            }
        })
    };
    let trap_tab = {
        let dialog = dialog.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Tab" {
                keep_tab_inside(&dialog, &e);
            }
        })
    };

    let groups = Area::ALL.iter().map(|area| {
        let rows = SHORTCUTS.iter().filter(|s| s.area == *area).map(|s| {
            let chords = s.chords.iter().enumerate().map(|(i, chord)| {
                html! {
                    <>
                        if i > 0 { <span class="shortcut-or">{ lang.t("shortcuts.or") }</span> }
                        <span class="shortcut-chord">
                            { for chord.caps(mac).into_iter().map(|cap| html! { <kbd>{ cap }</kbd> }) }
                        </span>
                    </>
                }
            });
            html! {
                <tr>
                    <td class="shortcut-keys">{ for chords }</td>
                    <td>{ lang.t(s.text) }</td>
                </tr>
            }
        });
        html! {
            <section class="shortcut-group">
                <h3>{ lang.t(area.title()) }</h3>
                <table class="shortcut-table">
                    <thead class="visually-hidden">
                        <tr><th scope="col">{ lang.t("shortcuts.keys") }</th><th scope="col">{ lang.t("shortcuts.action") }</th></tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </section>
        }
    });

    html! {
        <dialog ref={dialog} id="shortcuts-dialog" class="shortcuts-dialog"
            aria-labelledby="shortcuts-title" onclose={on_dialog_close}
            onclick={on_backdrop} onkeydown={trap_tab}>
            <div class="shortcuts-head">
                <h2 id="shortcuts-title">{ lang.t("shortcuts.title") }</h2>
                <button ref={close_button} id="shortcuts-close" onclick={on_close_click}>
                    { lang.t("shortcuts.close") }
                </button>
            </div>
            if props.open {
                <div class="shortcut-groups">{ for groups }</div>
            }
        </dialog>
    }
}

/// Moves the focus from the last focusable element to the first (and back with Shift).
fn keep_tab_inside(dialog: &NodeRef, e: &KeyboardEvent) {
    let Some(dialog) = dialog.cast::<Element>() else {
        return;
    };
    let Ok(list) = dialog.query_selector_all(
        "button:not(:disabled), [href], input:not(:disabled), select, textarea, [tabindex]:not([tabindex='-1'])",
    ) else {
        return;
    };
    let focusable: Vec<HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
        .collect();
    let (Some(first), Some(last)) = (focusable.first(), focusable.last()) else {
        e.prevent_default();
        return;
    };
    let active = document().and_then(|d| d.active_element());
    let is = |el: &HtmlElement| {
        active
            .as_ref()
            .is_some_and(|a| a == el.unchecked_ref::<Element>())
    };
    let inside = active.as_ref().is_some_and(|a| dialog.contains(Some(a)));
    if e.shift_key() && (is(first) || !inside) {
        e.prevent_default();
        let _ = last.focus();
    } else if !e.shift_key() && (is(last) || !inside) {
        e.prevent_default();
        let _ = first.focus();
    }
}
