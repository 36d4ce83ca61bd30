//! The automatic seeder: purge every table, then fill each model with realistic fake data,
//! deterministic from a seed number, with a progress bar and a Cancel button. Cancelling
//! replaces the worker (see `Bridge::cancel`), so the database is exactly as before.

use super::Ctx;
use crate::state::{Action, AppState, SeedProgress};
use seedbed_protocol::{Request, Response};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The most rows per model the panel accepts (the seeder itself goes far higher; a tab's
/// memory does not).
const MAX_ROWS_PER_MODEL: u64 = 1_000_000;
/// What the rows field holds, or the interface text key saying why it cannot be used
/// (`{max}` is [`MAX_ROWS_PER_MODEL`]).
pub fn parse_rows(text: &str) -> Result<u64, &'static str> {
    match text.trim().parse::<u64>() {
        Ok(n) if n <= MAX_ROWS_PER_MODEL => Ok(n),
        Ok(_) => Err("db.seed.rows_too_many"),
        Err(_) => Err("db.seed.rows_not_number"),
    }
}

/// `12345` → `12,345`.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[derive(Properties, PartialEq)]
pub struct SeedPanelProps {
    pub ctx: Ctx,
    pub state: UseReducerHandle<AppState>,
}

#[function_component]
pub fn SeedPanel(props: &SeedPanelProps) -> Html {
    let lang = crate::i18n::use_lang();
    let rows = use_state(|| "20".to_owned());
    let seed_number = use_state(|| "0".to_owned());
    let locale = use_state(|| "en".to_owned());
    let settings = use_state(String::new);
    let on_settings = {
        let settings = settings.clone();
        Callback::from(move |e: InputEvent| {
            settings.set(
                e.target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                    .value(),
            )
        })
    };
    let result = use_state(|| None::<Result<String, String>>);
    let running = props.state.seeding.clone();

    let start = {
        let (ctx, state, settings, lang) = (
            props.ctx.clone(),
            props.state.clone(),
            settings.clone(),
            lang.clone(),
        );
        let (rows, seed_number, locale, result) = (
            rows.clone(),
            seed_number.clone(),
            locale.clone(),
            result.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let Some(schema) = super::live_schema_text().or_else(|| state.schema_text.clone())
            else {
                result.set(Some(Err(lang.t("db.seed.no_schema"))));
                return;
            };
            let rows_per_model = match parse_rows(&rows) {
                Ok(n) => n,
                Err(key) => {
                    return result.set(Some(Err(
                        lang.tw(key, &[("max", MAX_ROWS_PER_MODEL.to_string())])
                    )));
                }
            };
            let Ok(seed) = seed_number.trim().parse::<u64>() else {
                return result.set(Some(Err(lang.t("db.seed.seed_not_number"))));
            };
            ctx.dispatch.dispatch(Action::Seeding(Some(SeedProgress {
                model: String::new(),
                done: 0,
                total: 0,
            })));
            result.set(None);
            let started = js_sys::Date::now();
            let (ctx2, view, result, lang) = (
                ctx.clone(),
                state.view.clone(),
                result.clone(),
                lang.clone(),
            );
            let request = Request::Seed {
                schema,
                rows_per_model,
                seed,
                locale: (*locale).clone(),
                settings: (*settings).clone(),
            };
            ctx.bridge.request(request, move |response| {
                ctx2.dispatch.dispatch(Action::Seeding(None));
                let seconds = (js_sys::Date::now() - started) / 1000.0;
                result.set(Some(match response {
                    Response::Seeded { tables, total_rows } => {
                        let per: Vec<String> = tables
                            .iter()
                            .map(|t| format!("{} {}", t.model, thousands(t.rows)))
                            .collect();
                        Ok(lang.tn(
                            "db.seed.done",
                            usize::try_from(total_rows).unwrap_or(usize::MAX),
                            &[
                                ("n", thousands(total_rows)),
                                ("seconds", format!("{seconds:.2}")),
                                ("per", per.join(", ")),
                            ],
                        ))
                    }
                    Response::Error { message } => Err(message),
                    other => Err(format!("unexpected reply: {other:?}")),
                }));
                ctx2.refresh(view.as_ref());
            });
        })
    };
    let cancel = {
        let (ctx, cancelled) = (props.ctx.clone(), lang.t("db.seed.cancelled"));
        Callback::from(move |_: MouseEvent| ctx.bridge.cancel(&cancelled))
    };
    let on_rows = {
        let rows = rows.clone();
        Callback::from(move |e: InputEvent| {
            rows.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let on_seed = {
        let seed_number = seed_number.clone();
        Callback::from(move |e: InputEvent| {
            seed_number.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let on_locale = {
        let locale = locale.clone();
        Callback::from(move |e: Event| {
            locale.set(e.target_unchecked_into::<HtmlSelectElement>().value())
        })
    };
    let progress = running.as_ref().map(|p| {
        let label = if p.total == 0 {
            lang.t("db.seed.purging")
        } else {
            lang.tw(
                "db.seed.progress",
                &[("model", p.model.clone()), ("done", thousands(p.done)), ("total", thousands(p.total))],
            )
        };
        html! {
            <div class="seed-progress" role="status">
                <progress max={p.total.max(1).to_string()} value={p.done.to_string()} aria-label={lang.t("db.seed.progress_label")}></progress>
                <span id="seed-progress-text">{ label }</span>
                <button id="seed-cancel" onclick={cancel}>{ lang.t("db.cancel") }</button>
            </div>
        }
    });
    let outcome = (*result).clone().map(|r| match r {
        Ok(text) => html! { <p id="seed-result" class="seed-ok" role="status">{ text }</p> },
        Err(text) => html! { <p id="seed-result" class="seed-error" role="alert">{ text }</p> },
    });
    html! {
        <section class="seed-panel" aria-labelledby="seed-title">
            <h3 id="seed-title">{ lang.t("db.seed.title") }</h3>
            <p class="muted">{ lang.t("db.seed.intro") }</p>
            <div class="seed-form">
                <label>{ lang.t("db.seed.rows") }{ " " }
                    <input id="seed-rows" type="number" min="0" max={MAX_ROWS_PER_MODEL.to_string()} value={(*rows).clone()} oninput={on_rows} />
                </label>
                <label>{ lang.t("db.seed.number") }{ " " }
                    <input id="seed-number" type="number" min="0" value={(*seed_number).clone()} oninput={on_seed} />
                </label>
                <label>{ lang.t("db.seed.language") }{ " " }
                    <select id="seed-locale" onchange={on_locale}>
                        <option value="en" selected={*locale == "en"}>{ "English" }</option>
                        <option value="es" selected={*locale == "es"}>{ "Español" }</option>
                    </select>
                </label>
                <button id="seed-run" onclick={start} disabled={running.is_some()}>{ lang.t("db.seed.run") }</button>
            </div>
            <details class="seed-settings">
                <summary>{ lang.t("db.seed.settings") }</summary>
                <textarea id="seed-settings" class="code" rows="5" spellcheck="false" aria-label={lang.t("db.seed.settings_label")}
                    placeholder={"User: 500\nUser.email: pattern user{n}@example.com\nPost.views: range 0..1000\nUser.role: values ADMIN, USER\nPost.createdAt: dates 2024-01-01..2024-12-31"}
                    value={(*settings).clone()} oninput={on_settings} />
            </details>
            { for progress }
            { for outcome }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_checked_and_counts_are_readable() {
        assert_eq!(parse_rows(" 25 "), Ok(25));
        assert!(parse_rows("1e3").is_err());
        assert!(parse_rows("-1").is_err());
        assert_eq!(parse_rows("2000000"), Err("db.seed.rows_too_many"));
        assert_eq!(parse_rows("x"), Err("db.seed.rows_not_number"));
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(1234567), "1,234,567");
    }
}
