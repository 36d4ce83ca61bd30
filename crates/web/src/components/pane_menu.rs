//! Which panes are shown: a checkbox per pane (names as in `?panes=` and share links).
//! The choice goes through `embed::set_panes`, so the open project remembers it.

use crate::i18n::use_lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PaneMenuProps {
    /// The panes shown; empty: all.
    pub shown: Vec<String>,
}

/// The panes shown after `name` is turned on or off: in the page's order, empty when all
/// are shown; never none (unticking the last one is ignored).
pub fn toggled(all: &[&str], shown: &[String], name: &str, on: bool) -> Vec<String> {
    let is_shown = |pane: &str| {
        if pane == name {
            on
        } else {
            shown.is_empty() || shown.iter().any(|s| s == pane)
        }
    };
    let next: Vec<String> = all
        .iter()
        .filter(|pane| is_shown(pane))
        .map(|pane| (*pane).to_owned())
        .collect();
    if next.is_empty() {
        return shown.to_vec();
    }
    if next.len() == all.len() {
        return Vec::new();
    }
    next
}

fn pane_names() -> Vec<&'static str> {
    crate::embed::PANE_SELECTORS
        .iter()
        .map(|(name, _)| *name)
        .collect()
}

#[function_component]
pub fn PaneMenu(props: &PaneMenuProps) -> Html {
    let lang = use_lang();
    let all = pane_names();
    html! {
        <details class="pane-menu">
            <summary id="pane-menu">{ lang.t("projects.panes") }</summary>
            <fieldset>
                <legend class="visually-hidden">{ lang.t("projects.panes") }</legend>
                { for all.iter().map(|name| {
                    let checked = props.shown.is_empty() || props.shown.iter().any(|s| s == name);
                    let shown = props.shown.clone();
                    let name_owned = (*name).to_owned();
                    let onchange = Callback::from(move |e: Event| {
                        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                        let next = toggled(&pane_names(), &shown, &name_owned, input.checked());
                        // The last pane cannot be hidden: show the box ticked again.
                        input.set_checked(next.is_empty() || next.contains(&name_owned));
                        crate::embed::set_panes(&next);
                    });
                    html! {
                        <label>
                            <input type="checkbox" id={format!("pane-toggle-{name}")} {checked} {onchange} />
                            { lang.t(&format!("projects.pane.{name}")) }
                        </label>
                    }
                }) }
            </fieldset>
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::toggled;

    #[test]
    fn toggling_panes() {
        let all = ["a", "b", "c"];
        let s = |v: &[&str]| v.iter().map(|x| (*x).to_owned()).collect::<Vec<_>>();
        let cases: &[(&[&str], &str, bool, &[&str])] = &[
            (&[], "b", false, &["a", "c"]),
            (&["a", "c"], "b", true, &[]),
            (&["a"], "a", false, &["a"]),
            (&["c"], "a", true, &["a", "c"]),
        ];
        for (shown, name, on, expected) in cases {
            assert_eq!(
                toggled(&all, &s(shown), name, *on),
                s(expected),
                "{shown:?} {name} {on}"
            );
        }
    }
}
