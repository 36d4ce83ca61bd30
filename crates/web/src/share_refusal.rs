//! Why a share link was refused, in the learner's language.
//!
//! `seedbed-share` describes a refusal as data ([`ShareError`], with [`Field`] and
//! [`Listed`] for the parts of the playground) and its `Display` is the English sentence the
//! CLI and the fixtures use. The page says the same sentences through the interface texts
//! (`share.error.*`, `share.field.*`, `share.listed.*` in `www/i18n/`); in English they are
//! word for word the `Display` text, which the tests check on every refused fixture link.
//! Text that came from the link is quoted with `seedbed_share::shown` in both.

use crate::i18n::t_with;
use seedbed_share::{
    Field, Listed, MAX_INFLATED_BYTES, MAX_LINK_CHARS, MAX_ROWS_PER_MODEL, ShareError, kib, shown,
    shown_char,
};

/// The sentence saying why the link was refused, in `language`.
pub fn refusal(language: &str, error: &ShareError) -> String {
    let say = |key: &str, values: &[(&str, String)]| {
        t_with(language, &format!("share.error.{key}"), values)
    };
    let number = |n: usize| grouped(language, n);
    match error {
        ShareError::Empty => say("empty", &[]),
        ShareError::TooLong { length } => say(
            "too_long",
            &[("length", number(*length)), ("max", number(MAX_LINK_CHARS))],
        ),
        ShareError::NotSeedbed => say("not_seedbed", &[]),
        ShareError::NewerVersion { version } => {
            say("newer_version", &[("version", version.clone())])
        }
        ShareError::Truncated => say("truncated", &[]),
        ShareError::BadCharacter {
            character,
            position,
        } if character.is_whitespace() => say("split", &[("position", position.to_string())]),
        ShareError::BadCharacter {
            character,
            position,
        } => say(
            "bad_character",
            &[
                ("character", shown_char(*character)),
                ("position", position.to_string()),
            ],
        ),
        ShareError::Corrupt => say("corrupt", &[]),
        ShareError::TrailingData => say("trailing_data", &[]),
        ShareError::InflatesTooLarge => say(
            "inflates_too_large",
            &[("mib", (MAX_INFLATED_BYTES / (1024 * 1024)).to_string())],
        ),
        ShareError::NotText => say("not_text", &[]),
        ShareError::NotJson { detail } => say("not_json", &[("detail", detail.clone())]),
        ShareError::WrongShape { detail } => say("wrong_shape", &[("detail", detail.clone())]),
        ShareError::TooLarge {
            field,
            bytes,
            limit,
        } => say(
            "too_large",
            &[
                ("field", field_name(language, field)),
                ("bytes", number(*bytes)),
                ("limit", limit_in_kib(language, *limit)),
            ],
        ),
        ShareError::TooLongText {
            field,
            chars,
            limit,
        } => say(
            "too_long_text",
            &[
                ("field", field_name(language, field)),
                ("chars", number(*chars)),
                ("limit", number(*limit)),
            ],
        ),
        ShareError::TooMany { what, limit } => say(
            "too_many",
            &[("what", listed(language, *what)), ("limit", number(*limit))],
        ),
        ShareError::EmptyText { field } => {
            say("empty_text", &[("field", field_name(language, field))])
        }
        ShareError::ForbiddenCharacter { field, code } => {
            let key = match code {
                0 => "nul",
                0x0A | 0x0D => "line_break",
                0x202A..=0x202E | 0x2066..=0x2069 => "bidi",
                _ => "control",
            };
            say(
                key,
                &[
                    ("field", field_name(language, field)),
                    ("code", format!("{code:04X}")),
                ],
            )
        }
        ShareError::BadMigrationName { name } => {
            say("bad_migration_name", &[("name", shown(name))])
        }
        ShareError::DuplicateMigration { name } => {
            say("duplicate_migration", &[("name", shown(name))])
        }
        ShareError::BadCommand { command } => say("bad_command", &[("command", shown(command))]),
        ShareError::UnknownPane { pane } => say("unknown_pane", &[("pane", shown(pane))]),
        ShareError::DuplicatePane { pane } => say("duplicate_pane", &[("pane", shown(pane))]),
        ShareError::EmptySeed => say("empty_seed", &[]),
        ShareError::TooManyRows { rows } => say(
            "too_many_rows",
            &[
                ("rows", number(*rows as usize)),
                ("limit", number(MAX_ROWS_PER_MODEL as usize)),
            ],
        ),
        // A refusal added to `seedbed-share` before the page knows its words: its English.
        other => other.to_string(),
    }
}

fn field_name(language: &str, field: &Field) -> String {
    match field {
        Field::Schema => t_with(language, "share.field.schema", &[]),
        Field::MigrationSql { name } => t_with(
            language,
            "share.field.migration_sql",
            &[("name", shown(name))],
        ),
        Field::SeedScript => t_with(language, "share.field.seed_script", &[]),
        Field::Command { number } => t_with(
            language,
            "share.field.command",
            &[("number", number.to_string())],
        ),
        Field::LessonId => t_with(language, "share.field.lesson_id", &[]),
        Field::Title => t_with(language, "share.field.title", &[]),
    }
}

fn listed(language: &str, what: Listed) -> String {
    let key = match what {
        Listed::Migrations => "share.listed.migrations",
        Listed::Commands => "share.listed.commands",
    };
    t_with(language, key, &[])
}

/// `1234567` grouped as the language writes it: `1,234,567`, `1.234.567`.
fn grouped(language: &str, n: usize) -> String {
    in_language_digits(language, seedbed_share::grouped(n))
}

/// A size limit: whole KiB when it is one (`seedbed_share::kib`), in the language's digits.
fn limit_in_kib(language: &str, bytes: usize) -> String {
    in_language_digits(language, kib(bytes))
}

/// `english`, a text with numbers grouped by commas, with the language's group separator.
fn in_language_digits(language: &str, english: String) -> String {
    if language == "en" {
        english
    } else {
        english.replace(',', ".")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    /// Every refused link of `seedbed-share`'s fixtures, with its refusal.
    fn refused_fixture_links() -> Vec<(PathBuf, ShareError)> {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../share/tests/fixtures/bad");
        let mut links: Vec<PathBuf> = std::fs::read_dir(&dir)
            .expect("the share crate's fixtures")
            .map(|e| e.expect("a fixture").path())
            .filter(|p| p.extension().is_some_and(|e| e == "link"))
            .collect();
        links.sort();
        links
            .into_iter()
            .map(|path| {
                let link = std::fs::read_to_string(&path).expect("fixture links are UTF-8");
                let error = seedbed_share::decode(&link).expect_err("a bad link is refused");
                (path, error)
            })
            .collect()
    }

    /// A `{name}` left unfilled (escaped link text such as `\u{200b}` is not one).
    fn has_placeholder(text: &str) -> bool {
        text.split('{').skip(1).any(|after| {
            after.split_once('}').is_some_and(|(name, _)| {
                !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_')
            })
        })
    }

    #[test]
    fn in_english_the_page_says_exactly_what_the_share_crate_says() {
        let refused = refused_fixture_links();
        assert!(refused.len() > 40, "only {} fixture links", refused.len());
        for (path, error) in refused {
            assert_eq!(
                refusal("en", &error),
                error.to_string(),
                "{}",
                path.display()
            );
        }
    }

    #[test]
    fn in_spanish_every_refusal_is_translated_and_complete() {
        for (path, error) in refused_fixture_links() {
            let spanish = refusal("es", &error);
            assert_ne!(spanish, error.to_string(), "{}", path.display());
            assert!(!has_placeholder(&spanish), "{}: {spanish}", path.display());
        }
    }

    #[test]
    fn refusals_the_fixtures_miss_are_translated_too() {
        let field = Field::MigrationSql {
            name: "20240101_init".into(),
        };
        let errors = [
            ShareError::TooLarge {
                field: field.clone(),
                bytes: 300_000,
                limit: 256 * 1024,
            },
            ShareError::TooLongText {
                field: Field::Title,
                chars: 1_000,
                limit: 200,
            },
            ShareError::TooMany {
                what: Listed::Migrations,
                limit: 200,
            },
            ShareError::EmptyText {
                field: Field::LessonId,
            },
            ShareError::ForbiddenCharacter {
                field: Field::Command { number: 2 },
                code: 0x1B,
            },
            ShareError::ForbiddenCharacter {
                field: Field::SeedScript,
                code: 0,
            },
            ShareError::TooManyRows { rows: 2_000_000 },
            ShareError::EmptySeed,
            ShareError::DuplicatePane {
                pane: "schema".into(),
            },
        ];
        for error in errors {
            assert_eq!(refusal("en", &error), error.to_string());
            let spanish = refusal("es", &error);
            assert_ne!(spanish, error.to_string());
            assert!(!has_placeholder(&spanish), "{spanish}");
        }
        let spanish = refusal(
            "es",
            &ShareError::TooLarge {
                field,
                bytes: 300_000,
                limit: 256 * 1024,
            },
        );
        assert!(spanish.contains("300.000"), "{spanish}");
    }
}
