//! The interface's translations: flat `key → text` files, `www/i18n/<code>.json`, embedded
//! at build time (`build.rs` lists the folder, so a new language is a new file and no code;
//! see `www/i18n/README.md`). A key missing from a language falls back to English, then to
//! the key itself; nothing here panics.

use std::collections::BTreeMap;

/// (language code, JSON text) for every file of `www/i18n/`, in code order.
pub const TRANSLATION_FILES: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/i18n_files.rs"));

/// The language used when nothing else fits, and the reference for the keys.
pub const FALLBACK: &str = "en";

/// Where the learner's choice is kept.
const STORAGE_KEY: &str = "seedbed:language";

fn parse(json: &str) -> BTreeMap<String, String> {
    serde_json::from_str(json).unwrap_or_default()
}

thread_local! {
    static TABLES: Vec<(String, BTreeMap<String, String>)> = TRANSLATION_FILES
        .iter()
        .map(|(code, json)| ((*code).to_owned(), parse(json)))
        .collect();
}

/// The text of `key` in `language` (English, then the key, when missing).
pub fn t(language: &str, key: &str) -> String {
    TABLES.with(|tables| {
        let find = |code: &str| {
            tables
                .iter()
                .find(|(c, _)| c == code)
                .and_then(|(_, map)| map.get(key))
                .cloned()
        };
        find(language)
            .or_else(|| find(FALLBACK))
            .unwrap_or_else(|| key.to_owned())
    })
}

/// `t` with `{name}` placeholders filled.
pub fn t_with(language: &str, key: &str, values: &[(&str, String)]) -> String {
    let mut text = t(language, key);
    for (name, value) in values {
        text = text.replace(&format!("{{{name}}}"), value);
    }
    text
}

/// The available languages: (code, name in that language).
pub fn languages() -> Vec<(String, String)> {
    TRANSLATION_FILES
        .iter()
        .map(|(code, _)| ((*code).to_owned(), t(code, "language.name")))
        .collect()
}

/// The language to use: a saved choice if it is available, else the first available one
/// whose code starts the browser's language (`es-AR` → `es`), else English.
pub fn choose(saved: Option<&str>, browser: Option<&str>) -> String {
    let available = |code: &str| TRANSLATION_FILES.iter().any(|(c, _)| *c == code);
    if let Some(saved) = saved.filter(|s| available(s)) {
        return saved.to_owned();
    }
    let browser = browser.unwrap_or_default().to_ascii_lowercase();
    TRANSLATION_FILES
        .iter()
        .map(|(c, _)| *c)
        .find(|c| {
            browser == *c
                || browser
                    .strip_prefix(c)
                    .is_some_and(|rest| rest.starts_with(['-', '_']))
        })
        .unwrap_or(FALLBACK)
        .to_owned()
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// The page's language: saved, else from `navigator.language`.
pub fn current() -> String {
    let saved = local_storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten());
    let browser = web_sys::window().and_then(|w| w.navigator().language());
    choose(saved.as_deref(), browser.as_deref())
}

/// Remembers the learner's choice.
pub fn save(language: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(STORAGE_KEY, language);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_exactly_the_english_keys() {
        let english: Vec<String> = parse(
            TRANSLATION_FILES
                .iter()
                .find(|(c, _)| *c == FALLBACK)
                .map(|(_, j)| *j)
                .unwrap_or_default(),
        )
        .into_keys()
        .collect();
        assert!(!english.is_empty(), "www/i18n/en.json is missing or empty");
        assert!(TRANSLATION_FILES.len() >= 2, "English and Spanish at least");
        for (code, json) in TRANSLATION_FILES {
            let map: BTreeMap<String, String> =
                serde_json::from_str(json).unwrap_or_else(|e| panic!("{code}.json: {e}"));
            let keys: Vec<&String> = map.keys().collect();
            assert_eq!(
                keys,
                english.iter().collect::<Vec<_>>(),
                "{code}.json must have exactly the keys of en.json"
            );
            assert!(
                map.values().all(|v| !v.trim().is_empty()),
                "{code}.json has an empty text"
            );
        }
    }

    #[test]
    fn lookups_fall_back() {
        assert_eq!(t("es", "lessons.check"), "Comprobar");
        assert_eq!(t("xx", "lessons.check"), "Check");
        assert_eq!(t("es", "no.such.key"), "no.such.key");
        assert_eq!(
            t_with(
                "en",
                "lessons.step_of",
                &[("n", "2".into()), ("total", "5".into())]
            ),
            "Step 2 of 5"
        );
    }

    #[test]
    fn the_browser_language_picks_spanish_or_english() {
        assert_eq!(choose(None, Some("es-AR")), "es");
        assert_eq!(choose(None, Some("es")), "es");
        assert_eq!(choose(None, Some("fr-FR")), "en");
        assert_eq!(choose(None, Some("estonian")), "en");
        assert_eq!(choose(None, None), "en");
        assert_eq!(choose(Some("en"), Some("es-ES")), "en");
        assert_eq!(choose(Some("zz"), Some("es-ES")), "es");
        let names: Vec<String> = languages().into_iter().map(|(_, n)| n).collect();
        assert!(names.contains(&"Español".to_owned()));
    }
}
