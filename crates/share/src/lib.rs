//! Seedbed share links: a playground (schema, migrations, seed, terminal commands, open
//! panes, lesson position) packed into the `#fragment` of a URL.
//!
//! Format `v1` (frozen): `v1.` + base64url, no padding, of the deflate-raw compressed JSON
//! of a [`ShareDoc`]. The fragment never reaches a server, so the link is the whole
//! storage; deflate-raw is what a browser's `CompressionStream("deflate-raw")` also reads,
//! so JavaScript tooling can open links too.
//!
//! Links are untrusted input. [`decode`] never panics, refuses oversize input before doing
//! any work, stops inflating at [`MAX_INFLATED_BYTES`], and validates every field (see
//! [`validate`]); each refusal is a [`ShareError`] whose message a learner can act on.
//! The crate does no IO and has only pure-Rust dependencies, so it builds for
//! `wasm32-unknown-unknown` and natively alike.
//!
//! ```
//! use seedbed_share::{ShareDoc, decode, encode};
//!
//! let doc = ShareDoc { schema: "model User { id Int @id }".into(), ..ShareDoc::default() };
//! let link = encode(&doc);
//! assert!(link.starts_with("v1."));
//! assert_eq!(decode(&format!("#{link}\n")).unwrap(), doc);
//! ```

mod error;
mod strict;
mod validate;

use base64::Engine as _;
use base64::alphabet;
use base64::engine::DecodePaddingMode;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig, URL_SAFE_NO_PAD};
use miniz_oxide::inflate::TINFLStatus;
use miniz_oxide::inflate::core::{DecompressorOxide, decompress, inflate_flags};
use serde::{Deserialize, Serialize};

pub use error::{Field, Listed, ShareError, grouped, kib, shown, shown_char};
pub use validate::{is_prisma_command, is_valid_migration_name, validate};

/// The prefix of every link this build writes. Format `v1` is frozen: links made with it
/// must open forever (see `tests/fixtures/compat`); a change of the document's meaning
/// needs `v2.`, with `v1` still decoded.
pub const FORMAT_PREFIX: &str = "v1.";

/// Longest input [`decode`] looks at, in bytes (all real links are ASCII, so characters).
/// Far above any link a browser or chat keeps usable, and small enough that refusing
/// costs nothing. It caps the compressed data at about 150 KB.
pub const MAX_LINK_CHARS: usize = 200_000;
/// Most bytes the compressed data may unpack to; enforced while inflating, so a
/// decompression bomb stops after this much output.
pub const MAX_INFLATED_BYTES: usize = 2 * 1024 * 1024;
/// Limit on the schema text, in bytes.
pub const MAX_SCHEMA_BYTES: usize = 512 * 1024;
/// Most migrations a link may carry.
pub const MAX_MIGRATIONS: usize = 200;
/// Limit on a migration name, in bytes (a folder name's limit on common file systems).
pub const MAX_MIGRATION_NAME_BYTES: usize = 255;
/// Limit on one migration's SQL, in bytes.
pub const MAX_SQL_BYTES: usize = 512 * 1024;
/// Limit on the seed script, in bytes.
pub const MAX_SEED_SCRIPT_BYTES: usize = 256 * 1024;
/// Most terminal commands a link may replay.
pub const MAX_COMMANDS: usize = 50;
/// Limit on one command, in characters.
pub const MAX_COMMAND_CHARS: usize = 2_000;
/// Most rows per model the seeder settings may ask for.
pub const MAX_ROWS_PER_MODEL: u32 = 100_000;
/// Limit on the title, in characters.
pub const MAX_TITLE_CHARS: usize = 200;
/// Limit on a lesson id, in characters.
pub const MAX_LESSON_ID_CHARS: usize = 200;

/// The panes a link may open, by name. A fixed list so a link cannot name something the UI
/// would have to guess about; adding a pane here is a compatible change, removing one is not.
pub const PANES: &[&str] = &[
    "schema",
    "terminal",
    "migrations",
    "database",
    "client",
    "seed",
    "diagram",
    "lab",
    "lessons",
];

/// Everything a share link carries. Field names are spelled out: after deflate they cost a
/// few bytes per link, and the JSON stays readable when debugging a link.
///
/// Empty lists and absent options are left out of the JSON, so a link only pays for what it
/// uses. Unknown fields are refused: a `v1` link with a field this build ignores would open
/// as something other than what its author shared.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShareDoc {
    /// `prisma/schema.prisma`.
    pub schema: String,
    /// `prisma/migrations/<name>/migration.sql`, in the order given (Prisma applies them
    /// in name order; the UI sorts if it needs to).
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "strict::migrations"
    )]
    pub migrations: Vec<SharedMigration>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "strict::optional_object"
    )]
    pub seed: Option<SharedSeed>,
    /// Terminal commands to replay, in order, e.g. `npx prisma migrate dev --name init`.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "strict::commands"
    )]
    pub commands: Vec<String>,
    /// Open panes, each one of [`PANES`].
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "strict::panes"
    )]
    pub panes: Vec<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "strict::optional_object"
    )]
    pub lesson: Option<SharedLesson>,
    /// Shown as the playground's name; one line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

/// One migration folder.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SharedMigration {
    /// The folder name, e.g. `20240101120000_init` (see [`is_valid_migration_name`]).
    pub name: String,
    /// `migration.sql`.
    pub sql: String,
}

/// How the playground seeds: a seed script, the automatic seeder's settings, or both (the
/// learner chooses which to run). At least one must be present.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SharedSeed {
    /// `prisma/seed.ts` (JavaScript or TypeScript text). Untrusted: the UI must not run it
    /// on opening a link, only when the learner asks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub script: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "strict::optional_object"
    )]
    pub settings: Option<SeederSettings>,
}

/// The automatic seeder's settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeederSettings {
    /// At most [`MAX_ROWS_PER_MODEL`].
    pub rows_per_model: u32,
    /// The random seed. Written as a JSON number: exact in Rust; JavaScript reading a link
    /// itself would round values above 2^53.
    pub seed: u64,
    pub locale: SeedLocale,
}

/// The seeder's language for names, words and places.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SeedLocale {
    #[serde(rename = "en")]
    En,
    #[serde(rename = "es")]
    Es,
}

/// A position in a lesson.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SharedLesson {
    /// The lesson's id; one line, not empty.
    pub id: String,
    /// The step the learner was on.
    pub step: u32,
}

/// The fragment payload for `doc`: `v1.` + base64url(deflate-raw(JSON)), without `#`.
///
/// It does not validate: use [`encode_checked`] to learn whether the link will open.
pub fn encode(doc: &ShareDoc) -> String {
    // Serialising strings, numbers, lists and options cannot fail; were it ever to, an
    // empty body gives a link that `decode` refuses, which beats a panic in the page.
    let json = serde_json::to_vec(doc).unwrap_or_default();
    // Level 10 is miniz's best ("uber") compression: links are written rarely and short
    // links survive chat apps, so the extra milliseconds are well spent.
    let packed = miniz_oxide::deflate::compress_to_vec(&json, 10);
    let mut link = String::with_capacity(FORMAT_PREFIX.len() + packed.len().div_ceil(3) * 4);
    link.push_str(FORMAT_PREFIX);
    URL_SAFE_NO_PAD.encode_string(&packed, &mut link);
    link
}

/// [`encode`] with the leading `#`, ready to set as `location.hash`.
pub fn encode_fragment(doc: &ShareDoc) -> String {
    format!("#{}", encode(doc))
}

/// [`encode`], but only for a document that [`decode`] will accept back: it validates
/// `doc` and refuses a link longer than [`MAX_LINK_CHARS`].
pub fn encode_checked(doc: &ShareDoc) -> Result<String, ShareError> {
    validate(doc)?;
    let link = encode(doc);
    if link.len() > MAX_LINK_CHARS {
        return Err(ShareError::TooLong { length: link.len() });
    }
    Ok(link)
}

/// Characters `doc` adds to a URL: the length of [`encode_fragment`], `#` included.
/// Links over about 2,000 characters are cut by some chat apps and forums.
pub fn link_length(doc: &ShareDoc) -> usize {
    encode(doc).len() + 1
}

/// Open a link. Accepts the payload with or without its leading `#`, or a whole URL
/// (everything up to the first `#` is dropped), with surrounding whitespace. Base64 may be
/// base64url or standard (`+`, `/`, `=` padding), since chat apps and hand edits mix them.
///
/// The checks run in order, cheapest and most telling first: length, version prefix,
/// base64, inflating (bounded), UTF-8, JSON into [`ShareDoc`] (unknown fields refused),
/// then [`validate`].
pub fn decode(fragment: &str) -> Result<ShareDoc, ShareError> {
    // Before anything else, even trimming: the cost of refusing must not grow with input.
    if fragment.len() > MAX_LINK_CHARS {
        return Err(ShareError::TooLong {
            length: fragment.len(),
        });
    }
    let trimmed = fragment.trim();
    let data = match trimmed.find('#') {
        Some(hash) => trimmed.get(hash + 1..).unwrap_or(""),
        None => trimmed,
    };
    if data.is_empty() {
        return Err(ShareError::Empty);
    }
    let Some(payload) = data.strip_prefix(FORMAT_PREFIX) else {
        return Err(version_error(data));
    };
    let packed = base64_bytes(payload)?;
    let json = inflate(&packed)?;
    let text = std::str::from_utf8(&json).map_err(|_| ShareError::NotText)?;
    let doc = parse(text)?;
    validate(&doc)?;
    Ok(doc)
}

/// Why `data` does not start with `v1.`.
fn version_error(data: &str) -> ShareError {
    // `v` or `v1`: the start of a real link, cut right there.
    if FORMAT_PREFIX.starts_with(data) {
        return ShareError::Truncated;
    }
    let Some(rest) = data.strip_prefix('v') else {
        return ShareError::NotSeedbed;
    };
    let digits_end = rest.bytes().take_while(u8::is_ascii_digit).count();
    let digits = &rest[..digits_end];
    let canonical = !digits.is_empty() && !digits.starts_with('0') && digits.len() <= 12;
    if canonical && rest[digits_end..].starts_with('.') && digits != "1" {
        return ShareError::NewerVersion {
            version: digits.to_string(),
        };
    }
    ShareError::NotSeedbed
}

/// base64url or standard base64, padding optional, to bytes.
fn base64_bytes(payload: &str) -> Result<Vec<u8>, ShareError> {
    // Trailing bits are allowed: a link cut inside a base64 group leaves a last character
    // with stray bits, and the learner should hear "cut off" (from inflating) rather than
    // "bad character".
    const LENIENT: GeneralPurpose = GeneralPurpose::new(
        &alphabet::URL_SAFE,
        GeneralPurposeConfig::new()
            .with_encode_padding(false)
            .with_decode_allow_trailing_bits(true)
            .with_decode_padding_mode(DecodePaddingMode::RequireNone),
    );

    let body = payload.trim_end_matches('=');
    if payload.len() - body.len() > 2 {
        return Err(bad_character(payload, body.len() + 2));
    }
    let mut normalized = Vec::with_capacity(body.len());
    for (offset, byte) in body.bytes().enumerate() {
        normalized.push(match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' => byte,
            b'+' => b'-',
            b'/' => b'_',
            _ => return Err(bad_character(payload, offset)),
        });
    }
    if normalized.is_empty() || normalized.len() % 4 == 1 {
        // Nothing after `v1.`, or one character short of a byte: the link was cut.
        return Err(ShareError::Truncated);
    }
    LENIENT.decode(&normalized).map_err(|_| ShareError::Corrupt)
}

/// The error for the character starting at byte `offset` of `payload`.
fn bad_character(payload: &str, offset: usize) -> ShareError {
    // `offset` may sit inside a multi-byte character; step back to its start.
    let mut start = offset.min(payload.len());
    while !payload.is_char_boundary(start) {
        start -= 1;
    }
    let character = payload[start..].chars().next().unwrap_or('=');
    let position = FORMAT_PREFIX.len() + payload[..start].chars().count() + 1;
    ShareError::BadCharacter {
        character,
        position,
    }
}

/// Inflate deflate-raw `packed`, refusing output beyond [`MAX_INFLATED_BYTES`] as soon as
/// it is reached, and refusing bytes after the end of the stream.
fn inflate(packed: &[u8]) -> Result<Vec<u8>, ShareError> {
    // One contiguous output buffer (matches may reach back into it), grown by doubling from
    // a guess and never beyond the limit: a bomb costs at most 2 MiB, allocated in steps.
    let flags = inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;
    let mut out = vec![
        0u8;
        packed
            .len()
            .saturating_mul(4)
            .clamp(1024, MAX_INFLATED_BYTES)
    ];
    // The decompressor's state is ~11 KB: keep it off the (small, in wasm) stack.
    let mut state = Box::<DecompressorOxide>::default();
    let mut read = 0;
    let mut written = 0;
    loop {
        let input = packed.get(read..).unwrap_or(&[]);
        let (status, consumed, produced) = decompress(&mut state, input, &mut out, written, flags);
        read += consumed;
        written += produced;
        match status {
            TINFLStatus::Done => {
                if read != packed.len() {
                    return Err(ShareError::TrailingData);
                }
                out.truncate(written);
                return Ok(out);
            }
            TINFLStatus::HasMoreOutput => {
                if out.len() >= MAX_INFLATED_BYTES {
                    return Err(ShareError::InflatesTooLarge);
                }
                let grown = out.len().saturating_mul(2).min(MAX_INFLATED_BYTES);
                out.resize(grown, 0);
            }
            // The input ran out before the final block ended.
            TINFLStatus::FailedCannotMakeProgress | TINFLStatus::NeedsMoreInput => {
                return Err(ShareError::Truncated);
            }
            _ => return Err(ShareError::Corrupt),
        }
    }
}

/// JSON text to a document, objects required where structs are (see `strict`).
fn parse(text: &str) -> Result<ShareDoc, ShareError> {
    let mut de = serde_json::Deserializer::from_str(text);
    let doc = strict::MapOnly::<ShareDoc>::deserialize(&mut de)
        .and_then(|doc| de.end().map(|()| doc.0))
        .map_err(|err| {
            let detail = error::json_detail(&err);
            if err.is_data() {
                ShareError::WrongShape { detail }
            } else {
                ShareError::NotJson { detail }
            }
        })?;
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn packed(bytes: &[u8]) -> String {
        format!(
            "v1.{}",
            URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(bytes, 10))
        )
    }

    #[test]
    fn round_trip_minimal() {
        let doc = ShareDoc::default();
        assert_eq!(encode(&doc), packed(br#"{"schema":""}"#));
        assert_eq!(decode(&encode(&doc)), Ok(doc));
    }

    #[test]
    fn version_prefixes() {
        assert_eq!(version_error("v"), ShareError::Truncated);
        assert_eq!(version_error("v1"), ShareError::Truncated);
        assert_eq!(
            version_error("v2."),
            ShareError::NewerVersion {
                version: "2".into()
            }
        );
        assert_eq!(
            version_error("v10.x"),
            ShareError::NewerVersion {
                version: "10".into()
            }
        );
        for other in [
            "v0.",
            "v01.",
            "V1.",
            "v1x",
            "v2",
            "x",
            "v.",
            "v9999999999999.",
        ] {
            assert_eq!(version_error(other), ShareError::NotSeedbed, "{other}");
        }
    }

    #[test]
    fn standard_base64_and_padding_accepted() {
        let doc = ShareDoc {
            title: Some("?>?>?>".repeat(7)),
            ..ShareDoc::default()
        };
        let link = encode(&doc);
        let standard = link.replace('-', "+").replace('_', "/");
        let padding = "=".repeat((4 - (link.len() - 3) % 4) % 4);
        assert_eq!(
            decode(&format!("  #{standard}{padding}\r\n")),
            Ok(doc.clone())
        );
        assert_eq!(
            decode(&format!("https://seedbed.example/?embed=1#{link}")),
            Ok(doc)
        );
    }

    #[test]
    fn trailing_bytes_after_the_stream_are_refused() {
        let mut bytes = miniz_oxide::deflate::compress_to_vec(br#"{"schema":""}"#, 10);
        bytes.push(0);
        let link = format!("v1.{}", URL_SAFE_NO_PAD.encode(&bytes));
        assert_eq!(decode(&link), Err(ShareError::TrailingData));
    }

    #[test]
    fn nested_arrays_are_refused_as_objects() {
        let err = decode(&packed(br#"{"schema":"","migrations":[["a","b"]]}"#)).unwrap_err();
        assert!(matches!(err, ShareError::WrongShape { .. }), "{err}");
        let err = decode(&packed(br#"{"schema":"","lesson":["a",1]}"#)).unwrap_err();
        assert!(matches!(err, ShareError::WrongShape { .. }), "{err}");
    }

    #[test]
    fn encode_checked_refuses_invalid() {
        let doc = ShareDoc {
            panes: vec!["nope".into()],
            ..ShareDoc::default()
        };
        assert!(matches!(
            encode_checked(&doc),
            Err(ShareError::UnknownPane { .. })
        ));
        assert!(encode_checked(&ShareDoc::default()).is_ok());
        // Valid, but 400 KB of noise does not compress into 200,000 characters.
        let mut state = 1u32;
        let noise: String = (0..400_000)
            .map(|_| {
                state = state.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
                char::from(b'!' + (state >> 25) as u8 % 90)
            })
            .collect();
        let doc = ShareDoc {
            schema: noise,
            ..ShareDoc::default()
        };
        assert_eq!(validate(&doc), Ok(()));
        assert!(matches!(
            encode_checked(&doc),
            Err(ShareError::TooLong { .. })
        ));
        assert!(matches!(
            decode(&encode(&doc)),
            Err(ShareError::TooLong { .. })
        ));
    }
}
