//! The rules a decoded document must keep before the playground may use it.
//!
//! A link is written by anyone and opened by a learner, so everything in it is checked
//! here, once, and the rest of Seedbed can treat a `ShareDoc` from [`crate::decode`] as
//! sane: bounded sizes, safe folder names, only Prisma commands, known panes, no invisible
//! control characters. HTML is *not* refused: `<script>` is legitimate text in a schema
//! comment or a title, and the UI escapes all text it shows.

use std::collections::BTreeSet;

use crate::error::{Field, Listed, ShareError};
use crate::{
    MAX_COMMAND_CHARS, MAX_COMMANDS, MAX_LESSON_ID_CHARS, MAX_MIGRATION_NAME_BYTES, MAX_MIGRATIONS,
    MAX_ROWS_PER_MODEL, MAX_SCHEMA_BYTES, MAX_SEED_SCRIPT_BYTES, MAX_SQL_BYTES, MAX_TITLE_CHARS,
    PANES, ShareDoc,
};

/// Check every rule; the first broken one is the error.
pub fn validate(doc: &ShareDoc) -> Result<(), ShareError> {
    size(Field::Schema, &doc.schema, MAX_SCHEMA_BYTES)?;
    text(Field::Schema, &doc.schema, Lines::Many)?;

    if doc.migrations.len() > MAX_MIGRATIONS {
        return Err(ShareError::TooMany {
            what: Listed::Migrations,
            limit: MAX_MIGRATIONS,
        });
    }
    let mut seen = BTreeSet::new();
    for migration in &doc.migrations {
        if !is_valid_migration_name(&migration.name) {
            return Err(ShareError::BadMigrationName {
                name: migration.name.clone(),
            });
        }
        // Folders named `Init` and `init` are one folder on macOS and Windows.
        if !seen.insert(migration.name.to_ascii_lowercase()) {
            return Err(ShareError::DuplicateMigration {
                name: migration.name.clone(),
            });
        }
        let field = || Field::MigrationSql {
            name: migration.name.clone(),
        };
        size(field(), &migration.sql, MAX_SQL_BYTES)?;
        text(field(), &migration.sql, Lines::Many)?;
    }

    if let Some(seed) = &doc.seed {
        if seed.script.is_none() && seed.settings.is_none() {
            return Err(ShareError::EmptySeed);
        }
        if let Some(script) = &seed.script {
            size(Field::SeedScript, script, MAX_SEED_SCRIPT_BYTES)?;
            text(Field::SeedScript, script, Lines::Many)?;
        }
        if let Some(settings) = &seed.settings
            && settings.rows_per_model > MAX_ROWS_PER_MODEL
        {
            return Err(ShareError::TooManyRows {
                rows: settings.rows_per_model,
            });
        }
    }

    if doc.commands.len() > MAX_COMMANDS {
        return Err(ShareError::TooMany {
            what: Listed::Commands,
            limit: MAX_COMMANDS,
        });
    }
    for (i, command) in doc.commands.iter().enumerate() {
        let field = || Field::Command { number: i + 1 };
        chars(field(), command, MAX_COMMAND_CHARS)?;
        // Characters first: a command with a line break must be refused as such even when
        // its first line is a Prisma command (the second line could be anything).
        text(field(), command, Lines::One)?;
        if !is_prisma_command(command) {
            return Err(ShareError::BadCommand {
                command: command.clone(),
            });
        }
    }

    let mut open = BTreeSet::new();
    for pane in &doc.panes {
        if !PANES.contains(&pane.as_str()) {
            return Err(ShareError::UnknownPane { pane: pane.clone() });
        }
        if !open.insert(pane.as_str()) {
            return Err(ShareError::DuplicatePane { pane: pane.clone() });
        }
    }

    if let Some(lesson) = &doc.lesson {
        if lesson.id.is_empty() {
            return Err(ShareError::EmptyText {
                field: Field::LessonId,
            });
        }
        chars(Field::LessonId, &lesson.id, MAX_LESSON_ID_CHARS)?;
        text(Field::LessonId, &lesson.id, Lines::One)?;
    }

    if let Some(title) = &doc.title {
        chars(Field::Title, title, MAX_TITLE_CHARS)?;
        text(Field::Title, title, Lines::One)?;
    }
    Ok(())
}

/// A migration name that is safe as a folder name everywhere the playground or the CLI may
/// write it: only `[A-Za-z0-9_-]` (so no `/`, `\`, `..`, spaces or control characters), not
/// starting with `-` (it would read as an option to command-line tools), at most 255
/// bytes (a folder name's limit on common file systems), and not a name Windows reserves.
/// Prisma's own names (`20240101120000_init`) are a subset.
pub fn is_valid_migration_name(name: &str) -> bool {
    let allowed = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b == b'-';
    !name.is_empty()
        && name.len() <= MAX_MIGRATION_NAME_BYTES
        && !name.starts_with('-')
        && name.bytes().all(allowed)
        && !is_windows_reserved(name)
}

fn is_windows_reserved(name: &str) -> bool {
    let upper = name.to_ascii_uppercase();
    matches!(upper.as_str(), "CON" | "PRN" | "AUX" | "NUL")
        || ((upper.starts_with("COM") || upper.starts_with("LPT"))
            && upper.len() == 4
            && upper.as_bytes()[3].is_ascii_digit())
}

/// A command the terminal pane may replay: Prisma's CLI and nothing else. The terminal is
/// Seedbed's own emulation, not a shell, but refusing other programs here means a link can
/// never even *show* a learner `curl … | sh` as something to run.
pub fn is_prisma_command(command: &str) -> bool {
    command == "prisma"
        || command == "npx prisma"
        || command.starts_with("prisma ")
        || command.starts_with("npx prisma ")
}

/// The bidirectional embedding, override and isolate controls: invisible, and able to make
/// text display in a different order from the one it runs in ("Trojan Source").
pub(crate) fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

#[derive(Clone, Copy, PartialEq)]
enum Lines {
    One,
    Many,
}

/// Refuse control characters (all of Unicode's `Cc`: C0, DEL, C1) except tab, and line
/// breaks only in multi-line fields; refuse the bidirectional controls everywhere.
fn text(field: Field, value: &str, lines: Lines) -> Result<(), ShareError> {
    for c in value.chars() {
        let ok = match c {
            '\t' => true,
            '\n' | '\r' => lines == Lines::Many,
            c => !c.is_control() && !is_bidi_control(c),
        };
        if !ok {
            return Err(ShareError::ForbiddenCharacter {
                field,
                code: c as u32,
            });
        }
    }
    Ok(())
}

fn size(field: Field, value: &str, limit: usize) -> Result<(), ShareError> {
    if value.len() > limit {
        return Err(ShareError::TooLarge {
            field,
            bytes: value.len(),
            limit,
        });
    }
    Ok(())
}

fn chars(field: Field, value: &str, limit: usize) -> Result<(), ShareError> {
    // Bytes bound chars from above: skip the count for the usual short text.
    if value.len() > limit {
        let count = value.chars().count();
        if count > limit {
            return Err(ShareError::TooLongText {
                field,
                chars: count,
                limit,
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migration_names() {
        for good in [
            "20240101120000_init",
            "20240101120000_",
            "init",
            "My-Change_2",
            "_x",
        ] {
            assert!(is_valid_migration_name(good), "{good}");
        }
        let long = "a".repeat(256);
        for bad in [
            "", "../x", "a/b", "a\\b", "a\0b", "..", ".", "a b", "-rf", "nul", "COM1", "lpt9", "é",
            &long,
        ] {
            assert!(!is_valid_migration_name(bad), "{bad:?}");
        }
        assert!(is_valid_migration_name(&"a".repeat(255)));
        assert!(is_valid_migration_name("COM"));
        assert!(is_valid_migration_name("console"));
    }

    #[test]
    fn prisma_commands() {
        for good in [
            "npx prisma migrate dev --name init",
            "prisma db push",
            "npx prisma",
        ] {
            assert!(is_prisma_command(good), "{good}");
        }
        for bad in [
            "",
            "npx prismax",
            " prisma db push",
            "rm -rf /",
            "npm run prisma",
            "prismadb",
        ] {
            assert!(!is_prisma_command(bad), "{bad}");
        }
    }
}
