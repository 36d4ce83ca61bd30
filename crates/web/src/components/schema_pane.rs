//! The schema pane: the project's `schema.prisma`, kept in the browser's local storage.
//!
//! The full editor (highlighting, live diagnostics, completion) replaces this textarea when
//! the schema language lands in the worker; the text is already the project's.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

const STORAGE_KEY: &str = "seedbed:schema";

const STARTER_SCHEMA: &str = r#"datasource db {
  provider = "sqlite"
  url      = "file:./dev.db"
}

generator client {
  provider = "prisma-client-js"
}

model User {
  id    Int     @id @default(autoincrement())
  email String  @unique
  name  String?
}
"#;

fn local_storage() -> Option<web_sys::Storage> {
    // Access can throw (storage blocked in a third-party iframe): treat it as absent.
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

fn load_schema() -> String {
    local_storage()
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
        .unwrap_or_else(|| STARTER_SCHEMA.to_owned())
}

#[function_component]
pub fn SchemaPane() -> Html {
    let text = use_state(load_schema);
    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            let value = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            if let Some(storage) = local_storage() {
                let _ = storage.set_item(STORAGE_KEY, &value);
            }
            text.set(value);
        })
    };
    html! {
        <section class="pane schema-pane" aria-labelledby="schema-title">
            <h2 id="schema-title">{ "prisma/schema.prisma" }</h2>
            <textarea id="schema" class="code" spellcheck="false" aria-label="Prisma schema"
                value={(*text).clone()} {oninput} />
        </section>
    }
}
