//! Why a link was refused, in words a learner can act on.
//!
//! Every message is one sentence that says what is wrong with the link and, where there is
//! one, what to do about it. Text that came from the link (a migration name, a command) is
//! shown quoted, escaped and shortened, so a hostile link cannot make the message itself
//! huge or invisible.

use std::fmt;

use crate::{MAX_INFLATED_BYTES, MAX_LINK_CHARS, MAX_ROWS_PER_MODEL};

/// A link that cannot be opened, and why.
///
/// `Display` (and [`ShareError::message`]) gives the sentence to show; the variants let the
/// UI react differently (for example offer "update Seedbed" on [`ShareError::NewerVersion`]).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ShareError {
    /// Nothing after the `#`.
    Empty,
    /// Longer than [`MAX_LINK_CHARS`]; refused before any decoding work.
    TooLong { length: usize },
    /// Does not start with a Seedbed format prefix.
    NotSeedbed,
    /// `vN.` with N > 1: a format this build does not know yet. `version` is the digits.
    NewerVersion { version: String },
    /// The data stops early (base64 cut mid-group, or the compressed stream ends early).
    Truncated,
    /// A character that is not part of base64 (`position` counts characters from the
    /// start of the link data, 1 = the `v`).
    BadCharacter { character: char, position: usize },
    /// The compressed stream is invalid.
    Corrupt,
    /// Bytes follow the end of the compressed stream.
    TrailingData,
    /// The data unpacks to more than [`MAX_INFLATED_BYTES`].
    InflatesTooLarge,
    /// The unpacked data is not UTF-8.
    NotText,
    /// The unpacked text is not JSON.
    NotJson { detail: String },
    /// JSON, but not a share document (missing or unknown field, wrong type, …).
    WrongShape { detail: String },
    /// A text field is over its size limit in bytes.
    TooLarge {
        field: Field,
        bytes: usize,
        limit: usize,
    },
    /// A one-line text field is over its limit in characters.
    TooLongText {
        field: Field,
        chars: usize,
        limit: usize,
    },
    /// A list has more entries than allowed.
    TooMany { what: Listed, limit: usize },
    /// A text field that must say something is empty.
    EmptyText { field: Field },
    /// A character Seedbed never accepts in that field (`code` is its Unicode scalar).
    ForbiddenCharacter { field: Field, code: u32 },
    /// A migration name that is not a safe folder name.
    BadMigrationName { name: String },
    /// Two migrations with the same name (compared ignoring ASCII case, as the folders
    /// would collide on macOS and Windows).
    DuplicateMigration { name: String },
    /// A command that is not a Prisma command.
    BadCommand { command: String },
    /// A pane name outside [`crate::PANES`].
    UnknownPane { pane: String },
    /// The same pane listed twice.
    DuplicatePane { pane: String },
    /// `seed` present but with neither a script nor settings.
    EmptySeed,
    /// Seeder settings asking for more than [`MAX_ROWS_PER_MODEL`] rows per model.
    TooManyRows { rows: u32 },
}

/// The part of a shared playground a refusal is about. Data, not words, so the page can say
/// it in the learner's language; `Display` is the English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Field {
    Schema,
    /// The SQL of the migration of that name (as the link spelt it).
    MigrationSql {
        name: String,
    },
    SeedScript,
    /// A command to replay, counted from 1.
    Command {
        number: usize,
    },
    LessonId,
    Title,
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Field::Schema => f.write_str("schema"),
            Field::MigrationSql { name } => write!(f, "migration {} SQL", shown(name)),
            Field::SeedScript => f.write_str("seed script"),
            Field::Command { number } => write!(f, "command {number}"),
            Field::LessonId => f.write_str("lesson id"),
            Field::Title => f.write_str("title"),
        }
    }
}

/// A list in a shared playground that has a maximum length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Listed {
    Migrations,
    Commands,
}

impl fmt::Display for Listed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Listed::Migrations => "migrations",
            Listed::Commands => "commands",
        })
    }
}

impl ShareError {
    /// The sentence to show the learner (same as `to_string()`).
    pub fn message(&self) -> String {
        self.to_string()
    }
}

impl std::error::Error for ShareError {}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareError::Empty => {
                write!(
                    f,
                    "The link carries no playground: there is nothing after the `#`."
                )
            }
            ShareError::TooLong { length } => write!(
                f,
                "The link is too long ({} characters; a Seedbed link has at most {}), so it was not opened.",
                grouped(*length),
                grouped(MAX_LINK_CHARS)
            ),
            ShareError::NotSeedbed => write!(
                f,
                "This is not a Seedbed share link: its data should start with `v1.`."
            ),
            ShareError::NewerVersion { version } => write!(
                f,
                "This link was made by a newer version of Seedbed (format v{version}); open it in the latest Seedbed."
            ),
            ShareError::Truncated => write!(
                f,
                "The link is cut off: its data ends in the middle (was it truncated by a chat app?)."
            ),
            ShareError::BadCharacter {
                character,
                position,
            } if character.is_whitespace() => {
                write!(
                    f,
                    "The link is broken by a space or line break at character {position} (was it split across lines?); copy it again in one piece."
                )
            }
            ShareError::BadCharacter {
                character,
                position,
            } => write!(
                f,
                "The link contains a character that does not belong in it ({} at character {position}); copy the whole link again.",
                shown_char(*character)
            ),
            ShareError::Corrupt => write!(
                f,
                "The link is damaged: its data could not be unpacked (was part of it changed or lost?)."
            ),
            ShareError::TrailingData => write!(
                f,
                "The link is damaged: extra data follows the end of the playground (was something added to it?)."
            ),
            ShareError::InflatesTooLarge => write!(
                f,
                "The link unpacks to more than {} MiB, more than any playground Seedbed shares, so it was not opened.",
                MAX_INFLATED_BYTES / (1024 * 1024)
            ),
            ShareError::NotText => write!(
                f,
                "The link is damaged: its unpacked data is not text (UTF-8)."
            ),
            ShareError::NotJson { detail } => write!(
                f,
                "The link is damaged: its unpacked data is not valid JSON ({detail})."
            ),
            ShareError::WrongShape { detail } => write!(
                f,
                "The link's playground data is not in Seedbed's format: {detail}."
            ),
            ShareError::TooLarge {
                field,
                bytes,
                limit,
            } => write!(
                f,
                "The link's {field} is too large ({} bytes; the limit is {}).",
                grouped(*bytes),
                kib(*limit)
            ),
            ShareError::TooLongText {
                field,
                chars,
                limit,
            } => write!(
                f,
                "The link's {field} is too long ({} characters; the limit is {}).",
                grouped(*chars),
                grouped(*limit)
            ),
            ShareError::TooMany { what, limit } => write!(
                f,
                "The link has too many {what} (the limit is {}).",
                grouped(*limit)
            ),
            ShareError::EmptyText { field } => write!(f, "The link's {field} is empty."),
            ShareError::ForbiddenCharacter { field, code } => match code {
                0 => write!(
                    f,
                    "The link's {field} contains a NUL character (U+0000), which Seedbed refuses."
                ),
                0x0A | 0x0D => write!(
                    f,
                    "The link's {field} contains a line break, but it must be a single line."
                ),
                0x202A..=0x202E | 0x2066..=0x2069 => write!(
                    f,
                    "The link's {field} contains U+{code:04X}, an invisible character that reverses the direction of text and can disguise what it does, so Seedbed refuses it."
                ),
                _ => write!(
                    f,
                    "The link's {field} contains the invisible control character U+{code:04X}, which Seedbed refuses."
                ),
            },
            ShareError::BadMigrationName { name } => write!(
                f,
                "The link has a migration named {}, which is not a valid migration folder name (use letters, digits, `_` and `-`, not starting with `-`).",
                shown(name)
            ),
            ShareError::DuplicateMigration { name } => {
                write!(f, "The link lists the migration {} twice.", shown(name))
            }
            ShareError::BadCommand { command } => write!(
                f,
                "The link's command {} is not a Prisma command (commands must start with `npx prisma ` or `prisma `).",
                shown(command)
            ),
            ShareError::UnknownPane { pane } => write!(
                f,
                "The link opens a pane named {}, which Seedbed does not have.",
                shown(pane)
            ),
            ShareError::DuplicatePane { pane } => {
                write!(f, "The link lists the pane {} twice.", shown(pane))
            }
            ShareError::EmptySeed => write!(
                f,
                "The link's seed section has neither a seed script nor seeder settings."
            ),
            ShareError::TooManyRows { rows } => write!(
                f,
                "The link asks the seeder for {} rows per model; the limit is {}.",
                grouped(*rows as usize),
                grouped(MAX_ROWS_PER_MODEL as usize)
            ),
        }
    }
}

/// How many characters of link-supplied text a message quotes: enough to recognise it,
/// short enough that a megabyte-long name cannot flood the page.
const SHOWN_CHARS: usize = 60;

/// Quote link-supplied text for a message: shortened, then escaped (`{:?}` turns control,
/// direction-override and other invisible characters into `\u{…}` so what is shown is what
/// is there).
pub fn shown(text: &str) -> String {
    let mut short: String = text.chars().take(SHOWN_CHARS).collect();
    if short.len() < text.len() {
        short.push('…');
    }
    format!("{short:?}")
}

pub fn shown_char(c: char) -> String {
    if c.is_control() || !c.is_ascii() {
        format!("{c:?} (U+{:04X})", c as u32)
    } else {
        format!("{c:?}")
    }
}

/// `1234567` → `1,234,567`: limits read more easily grouped.
pub fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d);
    }
    out
}

pub fn kib(bytes: usize) -> String {
    if bytes.is_multiple_of(1024) {
        format!("{} KiB", grouped(bytes / 1024))
    } else {
        format!("{} bytes", grouped(bytes))
    }
}

/// Shorten and clean a serde_json error text for a message: drop the "at line 1 column N"
/// suffix (the learner never sees the JSON), escape anything invisible (an unknown field
/// name comes from the link) and cap the length.
pub(crate) fn json_detail(err: &serde_json::Error) -> String {
    let full = err.to_string();
    let suffix = format!(" at line {} column {}", err.line(), err.column());
    let text = full.strip_suffix(&suffix).unwrap_or(&full);
    let mut out = String::new();
    for (count, c) in text.chars().enumerate() {
        if count >= 200 {
            out.push('…');
            break;
        }
        if c.is_control() || crate::validate::is_bidi_control(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1000), "1,000");
        assert_eq!(grouped(200_000), "200,000");
        assert_eq!(grouped(1_234_567), "1,234,567");
    }

    #[test]
    fn shown_escapes_and_shortens() {
        assert_eq!(shown("a\u{0}b"), "\"a\\0b\"");
        assert_eq!(shown("x\u{202e}y"), "\"x\\u{202e}y\"");
        let long = "é".repeat(100);
        let s = shown(&long);
        assert_eq!(s.chars().filter(|&c| c == 'é').count(), SHOWN_CHARS);
        assert!(s.ends_with("…\""));
    }
}
