//! Shows an [`AppState`](crate::state::AppState) notice in the interface's language.
//!
//! The reducer is pure and knows no language: it keeps a [`Notice`] (a key and its values,
//! or a text already translated). Rendering one (`{ notice }` in `html!`) yields a small
//! component that reads the [`Lang`](crate::i18n::Lang) context, so a notice follows the
//! language picker while it is shown.

use crate::state::Notice;
use yew::prelude::*;

impl Notice {
    /// The notice's text in `lang`.
    pub fn text(&self, lang: &crate::i18n::Lang) -> String {
        match self {
            Notice::Text(text) => text.clone(),
            Notice::Key { key, values } => lang.tw(key, values),
        }
    }
}

#[derive(Properties, PartialEq)]
struct NoticeTextProps {
    notice: Notice,
}

#[function_component]
fn NoticeText(props: &NoticeTextProps) -> Html {
    let lang = crate::i18n::use_lang();
    html! { <>{ props.notice.text(&lang) }</> }
}

impl From<&Notice> for Html {
    fn from(notice: &Notice) -> Html {
        html! { <NoticeText notice={notice.clone()} /> }
    }
}

impl From<Notice> for Html {
    fn from(notice: Notice) -> Html {
        html! { <NoticeText notice={notice} /> }
    }
}

impl yew::html::IntoPropValue<Html> for &Notice {
    fn into_prop_value(self) -> Html {
        self.into()
    }
}

impl yew::html::IntoPropValue<Html> for Notice {
    fn into_prop_value(self) -> Html {
        self.into()
    }
}
