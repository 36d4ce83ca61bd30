//! The interface's translations: flat `key → text` files, `www/i18n/<code>/<area>.json`,
//! embedded at build time (`build.rs` lists the folders, so a new language is a new folder
//! and no code; see `www/i18n/README.md`). A language's areas are merged into one table; a
//! key missing from a language falls back to English, then to the key itself; nothing here
//! panics.
//!
//! Components read the language from the [`Lang`] context (`use_lang()`), which the app
//! provides and the header's picker changes.

use std::collections::BTreeMap;
use std::rc::Rc;
use yew::prelude::*;

/// (language code, [(area, JSON text)]) for every folder of `www/i18n/`, in code order.
pub const TRANSLATION_FILES: &[(&str, &[(&str, &str)])] =
    include!(concat!(env!("OUT_DIR"), "/i18n_files.rs"));

/// The language used when nothing else fits, and the reference for the keys.
pub const FALLBACK: &str = "en";

/// Where the learner's choice is kept.
const STORAGE_KEY: &str = "seedbed:language";

fn parse(json: &str) -> BTreeMap<String, String> {
    serde_json::from_str(json).unwrap_or_default()
}

/// A language's areas merged into one table.
fn merged(areas: &[(&str, &str)]) -> BTreeMap<String, String> {
    areas.iter().flat_map(|(_, json)| parse(json)).collect()
}

thread_local! {
    static TABLES: Vec<(String, BTreeMap<String, String>)> = TRANSLATION_FILES
        .iter()
        .map(|(code, areas)| ((*code).to_owned(), merged(areas)))
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

/// `t` with `{name}` placeholders filled, in one pass: a value is never searched for
/// placeholders itself (a name from a share link may well contain `{limit}`).
pub fn t_with(language: &str, key: &str, values: &[(&str, String)]) -> String {
    fill(&t(language, key), values)
}

fn fill(template: &str, values: &[(&str, String)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            let (_, value) = values.iter().find(|(n, _)| *n == name)?;
            Some((value, close))
        });
        match value {
            Some((value, close)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The key of `key`'s form for the count `n`: `<key>.one` for one, `<key>.other` for any
/// other count. English and Spanish need no more forms than these; a language that does
/// (Polish, Arabic…) would add its rule here.
pub fn plural_key(key: &str, n: usize) -> String {
    let form = if n == 1 { "one" } else { "other" };
    format!("{key}.{form}")
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

/// The page's language: `?lang=<code>` (an embed's), else saved, else from
/// `navigator.language`.
pub fn current() -> String {
    let asked = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok())
        .and_then(|params| params.get("lang"));
    let saved = local_storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten());
    let browser = web_sys::window().and_then(|w| w.navigator().language());
    choose(
        asked
            .as_deref()
            .filter(|code| is_available(code))
            .or(saved.as_deref()),
        browser.as_deref(),
    )
}

/// Whether `code` has translations.
pub fn is_available(code: &str) -> bool {
    TRANSLATION_FILES.iter().any(|(c, _)| *c == code)
}

/// Remembers the learner's choice.
pub fn save(language: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(STORAGE_KEY, language);
    }
}

/// The interface language, provided to every component by the app.
#[derive(Clone, PartialEq)]
pub struct Lang {
    code: Rc<str>,
    /// Switches the whole interface (and remembers the choice).
    pub set: Callback<String>,
}

impl Lang {
    pub fn new(code: &str, set: Callback<String>) -> Self {
        Self {
            code: code.into(),
            set,
        }
    }

    pub fn code(&self) -> &str {
        &self.code
    }

    /// The text of `key` in this language.
    pub fn t(&self, key: &str) -> String {
        t(&self.code, key)
    }

    /// The text of `key` with `{name}` placeholders filled.
    pub fn tw(&self, key: &str, values: &[(&str, String)]) -> String {
        t_with(&self.code, key, values)
    }

    /// The form of `key` for the count `n` ([`plural_key`]), with `{n}` and `values` filled.
    pub fn tn(&self, key: &str, n: usize, values: &[(&str, String)]) -> String {
        // `values` first: a caller may give `{n}` its own formatting (thousands separators).
        let mut all = values.to_vec();
        all.push(("n", n.to_string()));
        t_with(&self.code, &plural_key(key, n), &all)
    }
}

/// The interface language; outside the app's provider (a component tested alone), the
/// browser's.
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_else(|| Lang::new(&current(), Callback::noop()))
}

/// Marks the document's language, for screen readers and hyphenation.
pub fn mark_document(code: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", code);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn areas_of(code: &str) -> &'static [(&'static str, &'static str)] {
        TRANSLATION_FILES
            .iter()
            .find(|(c, _)| *c == code)
            .map(|(_, a)| *a)
            .unwrap_or_default()
    }

    #[test]
    fn placeholders_are_filled_once_and_unknown_ones_kept() {
        let values = [("a", "{b}".to_owned()), ("b", "2".to_owned())];
        assert_eq!(fill("{a} and {b}, {c} {", &values), "{b} and 2, {c} {");
        assert_eq!(fill("é{a}ü", &[("a", "x".to_owned())]), "éxü");
    }

    #[test]
    fn every_language_has_exactly_the_english_areas_and_keys() {
        assert!(TRANSLATION_FILES.len() >= 2, "English and Spanish at least");
        let english = areas_of(FALLBACK);
        assert!(!english.is_empty(), "www/i18n/en/ is missing or empty");
        for (code, areas) in TRANSLATION_FILES {
            let names =
                |a: &[(&str, &str)]| a.iter().map(|(n, _)| n.to_string()).collect::<Vec<_>>();
            assert_eq!(
                names(areas),
                names(english),
                "{code}/ must have the files of en/"
            );
            let mut seen = BTreeMap::new();
            for ((area, json), (_, english_json)) in areas.iter().zip(english) {
                let map: BTreeMap<String, String> = serde_json::from_str(json)
                    .unwrap_or_else(|e| panic!("{code}/{area}.json: {e}"));
                let english_map = parse(english_json);
                assert_eq!(
                    map.keys().collect::<Vec<_>>(),
                    english_map.keys().collect::<Vec<_>>(),
                    "{code}/{area}.json must have exactly the keys of en/{area}.json"
                );
                for (key, text) in &map {
                    assert!(
                        !text.trim().is_empty(),
                        "{code}/{area}.json: {key} is empty"
                    );
                    if let Some(other) = seen.insert(key.clone(), *area) {
                        panic!("{code}: {key} is in both {other}.json and {area}.json");
                    }
                    // A placeholder the English text fills must be filled in every language.
                    for placeholder in placeholders(&english_map[key]) {
                        assert!(
                            text.contains(&placeholder),
                            "{code}/{area}.json: {key} lacks {placeholder}"
                        );
                    }
                }
            }
        }
    }

    fn placeholders(text: &str) -> Vec<String> {
        text.split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}'))
            .map(|(name, _)| format!("{{{name}}}"))
            .filter(|p| {
                p[1..p.len() - 1]
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_')
            })
            .collect()
    }

    /// Every `.rs` file of this crate's `src/`, with its path.
    fn sources() -> Vec<(String, String)> {
        fn walk(dir: &std::path::Path, out: &mut Vec<(String, String)>) {
            for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    walk(&path, out);
                } else if path.extension().is_some_and(|e| e == "rs")
                    && let Ok(text) = std::fs::read_to_string(&path)
                {
                    out.push((path.display().to_string(), text));
                }
            }
        }
        let mut out = Vec::new();
        walk(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut out,
        );
        assert!(out.len() > 20, "the sources were not found");
        out
    }

    /// The string literals that follow each of `openers` in `text` (each opener ends with the
    /// literal's opening quote; line breaks and spaces before that quote are allowed, as
    /// rustfmt puts them in a long call).
    fn literals_after<'a>(text: &'a str, openers: &[&str]) -> Vec<&'a str> {
        let mut found = Vec::new();
        for opener in openers {
            let head = opener.trim_end_matches('"');
            for (at, _) in text.match_indices(head) {
                let Some(rest) = text[at + head.len()..].trim_start().strip_prefix('"') else {
                    continue;
                };
                if let Some(end) = rest.find('"') {
                    found.push(&rest[..end]);
                }
            }
        }
        found
    }

    #[test]
    fn every_key_the_code_names_has_an_english_text() {
        let english = merged(areas_of(FALLBACK));
        let mut missing = Vec::new();
        for (path, text) in sources() {
            let openers = [
                ".t(\"",
                ".tw(\"",
                "t(&lang, \"",
                "t_with(&lang, \"",
                "t(\"en\", \"",
                "Text::new(\"",
                "Text::with(\"",
                "key: \"",
            ];
            for key in literals_after(&text, &openers) {
                if !english.contains_key(key) {
                    missing.push(format!("{path}: {key}"));
                }
            }
            for key in literals_after(&text, &[".tn(\""]) {
                for n in [1, 2] {
                    let form = plural_key(key, n);
                    if !english.contains_key(&form) {
                        missing.push(format!("{path}: {form}"));
                    }
                }
            }
        }
        // Keys made from an id at run time.
        let mut made: Vec<String> = Vec::new();
        made.extend(crate::editor::PHRASES.iter().map(|(_, k)| (*k).to_owned()));
        made.extend(
            crate::lab::presets::Preset::ALL
                .iter()
                .map(|p| format!("lab.preset.{}", p.id())),
        );
        made.extend(
            crate::lab::Mode::ALL
                .iter()
                .map(|m| format!("lab.mode.{}", m.id())),
        );
        for kind in ["model", "view", "enum", "type"] {
            made.push(plural_key(&format!("erd.label.{kind}"), 1));
            made.push(plural_key(&format!("erd.label.{kind}"), 2));
        }

        for key in made {
            if !english.contains_key(&key) {
                missing.push(key);
            }
        }
        assert!(missing.is_empty(), "keys without a text: {missing:#?}");
    }

    /// Texts written straight into `html!` (`{ "Some words" }`) bypass the translations.
    /// Those that are the same in every language (names, symbols, file names) are listed.
    #[test]
    fn no_interface_text_is_written_into_html() {
        const SAME_IN_EVERY_LANGUAGE: &[&str] = &[
            "prisma/schema.prisma",
            "prisma/migrations",
            "_prisma_migrations",
            "seedbed-project.json",
            "seedbed-project.txt",
            "Server Component",
            "<ClientNotes />",
            "router.refresh()",
            "100%",
            "prisma/seed.ts",
            "SQL",
            "Seedbed",
            "NULL",
            "English",
            "Español",
        ];
        let mut found = Vec::new();
        for (path, text) in sources() {
            for (at, _) in text.match_indices("{ \"") {
                let rest = &text[at + 3..];
                let Some(end) = rest.find('"') else { continue };
                let literal = &rest[..end];
                // A child of an element: right after a tag, or right before one (not a
                // Rust block such as `if error { "error" } else …`).
                let after_tag = text[..at].trim_end().ends_with('>');
                let before_tag = rest[end + 1..]
                    .trim_start()
                    .strip_prefix('}')
                    .is_some_and(|r| r.trim_start().starts_with('<'));
                let has_letter = literal.chars().any(char::is_alphabetic);
                if (after_tag || before_tag)
                    && has_letter
                    && !SAME_IN_EVERY_LANGUAGE.contains(&literal)
                {
                    found.push(format!("{path}: {literal:?}"));
                }
            }
        }
        assert!(found.is_empty(), "untranslated texts in html!: {found:#?}");
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
