//! The handle between the two columns of panes: drag it (pointer events, captured so a fast
//! drag does not lose it), or focus it and use the arrow keys, Home and End; a double click
//! puts it back in the middle. The left column's width is a percentage of the panes' area,
//! kept in local storage; whatever is stored there, a bad value falls back to the middle.
//! In the one-column layout (narrow windows) the handle is hidden by the style sheet.

use crate::i18n::use_lang;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent, PointerEvent};
use yew::prelude::*;

pub const DEFAULT_SPLIT: f64 = 50.0;
pub const MIN_SPLIT: f64 = 20.0;
pub const MAX_SPLIT: f64 = 80.0;
const STORAGE_KEY: &str = "seedbed:split";

/// A width within the limits, rounded to a tenth; anything that is not a finite number is the
/// default.
pub fn clamp_split(value: f64) -> f64 {
    if value.is_finite() {
        (value.clamp(MIN_SPLIT, MAX_SPLIT) * 10.0).round() / 10.0
    } else {
        DEFAULT_SPLIT
    }
}

/// The stored width (the text local storage gave back, if any).
pub fn parse_split(stored: Option<&str>) -> f64 {
    stored
        .and_then(|s| s.trim().parse::<f64>().ok())
        .map_or(DEFAULT_SPLIT, clamp_split)
}

/// The width after a key press on the handle, or `None` for a key it does not use.
pub fn split_after_key(value: f64, key: &str, shift: bool) -> Option<f64> {
    let step = if shift { 10.0 } else { 2.0 };
    let next = match key {
        "ArrowLeft" | "ArrowDown" => value - step,
        "ArrowRight" | "ArrowUp" => value + step,
        "PageDown" => value - 10.0,
        "PageUp" => value + 10.0,
        "Home" => MIN_SPLIT,
        "End" => MAX_SPLIT,
        _ => return None,
    };
    Some(clamp_split(next))
}

/// The width for a pointer at `x` over an area from `left` that is `width` wide.
pub fn split_at(x: f64, left: f64, width: f64) -> Option<f64> {
    (width > 0.0).then(|| clamp_split((x - left) / width * 100.0))
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// The saved width, or the middle.
pub fn load_split() -> f64 {
    let stored = local_storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten());
    parse_split(stored.as_deref())
}

/// Remembers the width (storage may be full or blocked: then it lasts until the reload).
pub fn save_split(value: f64) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(STORAGE_KEY, &value.to_string());
    }
}

#[derive(Properties, PartialEq)]
pub struct SplitterProps {
    /// The left column's width, in percent.
    pub value: f64,
    pub on_change: Callback<f64>,
}

#[function_component]
pub fn Splitter(props: &SplitterProps) -> Html {
    let lang = use_lang();
    let dragging = use_state(|| false);

    let set = {
        let on_change = props.on_change.clone();
        move |value: f64| {
            save_split(value);
            on_change.emit(value);
        }
    };
    let onpointerdown = {
        let dragging = dragging.clone();
        Callback::from(move |e: PointerEvent| {
            if e.button() != 0 {
                return;
            }
            if let Some(handle) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) {
                let _ = handle.set_pointer_capture(e.pointer_id());
                if let Ok(handle) = handle.dyn_into::<HtmlElement>() {
                    let _ = handle.focus();
                }
            }
            e.prevent_default();
            dragging.set(true);
        })
    };
    let onpointermove = {
        let (dragging, set) = (dragging.clone(), set.clone());
        Callback::from(move |e: PointerEvent| {
            if !*dragging {
                return;
            }
            let area = e
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|handle| handle.parent_element());
            if let Some(area) = area {
                let rect = area.get_bounding_client_rect();
                if let Some(value) = split_at(f64::from(e.client_x()), rect.left(), rect.width()) {
                    set(value);
                }
            }
        })
    };
    let stop = {
        let dragging = dragging.clone();
        Callback::from(move |_: PointerEvent| dragging.set(false))
    };
    let onkeydown = {
        let (value, set) = (props.value, set.clone());
        Callback::from(move |e: KeyboardEvent| {
            if let Some(next) = split_after_key(value, &e.key(), e.shift_key()) {
                e.prevent_default();
                set(next);
            }
        })
    };
    let ondblclick = Callback::from(move |_: MouseEvent| set(DEFAULT_SPLIT));

    let value = clamp_split(props.value);
    html! {
        <div class={classes!("splitter", dragging.then_some("dragging"))} id="pane-splitter"
            role="separator" tabindex="0" aria-orientation="vertical"
            aria-label={lang.t("splitter.label")} title={lang.t("splitter.hint")}
            aria-valuemin={MIN_SPLIT.to_string()} aria-valuemax={MAX_SPLIT.to_string()}
            aria-valuenow={value.to_string()}
            aria-valuetext={lang.tw("splitter.value", &[("n", value.round().to_string())])}
            {onpointerdown} {onpointermove} onpointerup={stop.clone()} onpointercancel={stop}
            {onkeydown} {ondblclick}>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_values_never_escape_the_limits() {
        let cases: &[(Option<&str>, f64)] = &[
            (None, 50.0),
            (Some(""), 50.0),
            (Some("35"), 35.0),
            (Some(" 62.44 "), 62.4),
            (Some("5"), 20.0),
            (Some("95"), 80.0),
            (Some("-1e308"), 20.0),
            (Some("NaN"), 50.0),
            (Some("inf"), 50.0),
            (Some("abc"), 50.0),
            (Some("50%"), 50.0),
        ];
        for (stored, expected) in cases {
            assert_eq!(parse_split(*stored), *expected, "{stored:?}");
        }
    }

    #[test]
    fn keys_move_the_handle_in_steps() {
        let cases: &[(f64, &str, bool, Option<f64>)] = &[
            (50.0, "ArrowLeft", false, Some(48.0)),
            (50.0, "ArrowRight", false, Some(52.0)),
            (50.0, "ArrowRight", true, Some(60.0)),
            (50.0, "ArrowDown", false, Some(48.0)),
            (50.0, "PageUp", false, Some(60.0)),
            (79.0, "ArrowRight", false, Some(80.0)),
            (21.0, "ArrowLeft", true, Some(20.0)),
            (50.0, "Home", false, Some(20.0)),
            (50.0, "End", false, Some(80.0)),
            (50.0, "Enter", false, None),
            (50.0, "a", false, None),
        ];
        for (value, key, shift, expected) in cases {
            assert_eq!(
                split_after_key(*value, key, *shift),
                *expected,
                "{key} from {value}"
            );
        }
    }

    #[test]
    fn the_pointer_sets_the_width_within_the_area() {
        let cases: &[(f64, f64, f64, Option<f64>)] = &[
            (500.0, 0.0, 1000.0, Some(50.0)),
            (400.0, 100.0, 1000.0, Some(30.0)),
            (0.0, 100.0, 1000.0, Some(20.0)),
            (5000.0, 0.0, 1000.0, Some(80.0)),
            (10.0, 0.0, 0.0, None),
            (10.0, 0.0, -3.0, None),
        ];
        for (x, left, width, expected) in cases {
            assert_eq!(
                split_at(*x, *left, *width),
                *expected,
                "{x} in {left}+{width}"
            );
        }
    }
}
