//! Value generators: what one cell holds, as a pure function of its generator, its row
//! and its seeded cell generator. Unique values are made unique by construction (a row
//! counter in an unambiguous position), never by retrying.

use crate::ids;
use crate::rng::Rng;
use crate::words::{DOMAINS, Words, ascii_fold};
use seedbed_db::Value;

/// How one scalar column is filled.
#[derive(Debug, Clone, PartialEq)]
pub enum Gen {
    /// Left to the database's `AUTOINCREMENT`: the key of row `i` is `i + 1` because the
    /// purge resets `sqlite_sequence` in the same transaction.
    AutoIncrement,
    /// Left to a `dbgenerated(…)` default.
    DbDefault,
    /// Always NULL (optional `Unsupported` columns: Prisma Client cannot write them either).
    Null,
    /// `row + 1`: ids Prisma Client expects the caller to give, and `BigInt` autoincrement.
    Counter,
    /// A literal `@default` for most rows, something else for the others.
    WithDefault {
        default: Value,
        permille: u32,
        other: Box<Gen>,
    },
    FirstName,
    LastName,
    FullName,
    Username,
    Email,
    Company,
    Title,
    Words,
    Paragraph,
    Url,
    ImageUrl,
    Phone,
    City,
    Country,
    Street,
    ZipCode,
    Slug,
    Color,
    Token,
    Code,
    /// An integer in `min..=max`; `bounded` when a user's range must hold even for unique
    /// fields (then the range's size is the capacity).
    Int {
        min: i64,
        max: i64,
        skewed: bool,
        bounded: bool,
    },
    /// A real with `scale` decimals, drawn as an integer of hundredths/millionths so that
    /// the value is the same on every platform.
    Real {
        min: i64,
        max: i64,
        scale: u32,
    },
    Bool {
        true_permille: u32,
    },
    /// Milliseconds since the epoch, stored as Prisma's SQLite connector stores DateTime:
    /// an INTEGER.
    Date {
        min_ms: i64,
        max_ms: i64,
        bounded: bool,
    },
    /// The row's creation date (`createdAt`, `now()` defaults): shared by the row, within
    /// the three years before the reference time.
    Created,
    /// A date between the row's creation date and the reference time (`@updatedAt`).
    Updated,
    /// One of these (enum database names, or an override's list).
    OneOf(Vec<Value>),
    Json,
    Bytes,
    Uuid(u8),
    Cuid(u8),
    Nanoid(u8),
    Ulid,
    Pattern(String),
}

impl Gen {
    /// How many distinct values this generator can give a unique column, when limited.
    pub fn capacity(&self) -> Option<u64> {
        match self {
            Gen::Bool { .. } => Some(2),
            Gen::OneOf(values) => Some(values.len() as u64),
            Gen::Int {
                min,
                max,
                bounded: true,
                ..
            } => Some(span(*min, *max)),
            Gen::Date {
                min_ms,
                max_ms,
                bounded: true,
            } => Some(span(*min_ms, *max_ms)),
            Gen::Null | Gen::DbDefault => Some(0),
            // A default can be used once at most in a unique column: the other values count.
            Gen::WithDefault { other, .. } => other.capacity(),
            _ => None,
        }
    }

    /// Whether values are distinct per row without any help (ids).
    pub fn is_intrinsically_unique(&self) -> bool {
        matches!(
            self,
            Gen::AutoIncrement
                | Gen::Counter
                | Gen::Uuid(_)
                | Gen::Cuid(_)
                | Gen::Nanoid(_)
                | Gen::Ulid
        )
    }

    /// The `k`-th value of a limited generator (unique columns and compound-unique tuples).
    pub fn nth(&self, k: u64) -> Value {
        match self {
            Gen::Bool { .. } => Value::Integer((k % 2) as i64),
            Gen::OneOf(values) if !values.is_empty() => {
                values[(k % values.len() as u64) as usize].clone()
            }
            Gen::Int { min, .. } => Value::Integer(min.saturating_add(k as i64)),
            Gen::Date { min_ms, .. } => Value::Integer(min_ms.saturating_add(k as i64)),
            Gen::WithDefault { other, .. } => other.nth(k),
            _ => Value::Null,
        }
    }

    /// A short description for plans shown to the user.
    pub fn describe(&self) -> String {
        let text = format!("{self:?}");
        text.split([' ', '(', '{'])
            .next()
            .unwrap_or_default()
            .to_owned()
    }
}

fn span(min: i64, max: i64) -> u64 {
    if max < min {
        0
    } else {
        (max as i128 - min as i128 + 1).min(u64::MAX as i128) as u64
    }
}

/// Everything a generator needs besides its own parameters.
pub(crate) struct Ctx<'a> {
    pub words: &'a Words,
    pub reference_ms: i64,
    /// The row's person: one seed shared by every name-like column of the row, so that
    /// `name`, `firstName`, `email` and `username` describe the same person.
    pub person: u64,
    /// The row's creation date, shared by its `Created` and `Updated` columns so that
    /// `updatedAt >= createdAt` holds on every row.
    pub created: i64,
}

impl Ctx<'_> {
    fn first_name(&self) -> &'static str {
        let list = self.words.first_names;
        list.get((self.person % list.len().max(1) as u64) as usize)
            .copied()
            .unwrap_or("x")
    }

    fn last_name(&self) -> &'static str {
        let list = self.words.last_names;
        let k = (self.person >> 32) % list.len().max(1) as u64;
        list.get(k as usize).copied().unwrap_or("x")
    }
}

fn pick(rng: &mut Rng, list: &[&'static str]) -> &'static str {
    rng.pick(list).copied().unwrap_or("x")
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn words(rng: &mut Rng, ctx: &Ctx<'_>, n: u64) -> Vec<&'static str> {
    (0..n).map(|_| pick(rng, ctx.words.words)).collect()
}

fn sentence(rng: &mut Rng, ctx: &Ctx<'_>) -> String {
    let n = 5 + rng.below(8);
    let mut s = capitalised(&words(rng, ctx, n).join(" "));
    s.push('.');
    s
}

/// Text with the row number appended after `sep` when the column is unique. The word
/// lists contain no digits, so the trailing number identifies the row: distinct rows give
/// distinct strings.
fn with_counter(mut text: String, unique: bool, row: u64, sep: &str) -> Value {
    if unique {
        text.push_str(sep);
        text.push_str(&(row + 1).to_string());
    }
    Value::Text(text)
}

fn real(units: i64, scale: u32) -> Value {
    // Division of two exactly representable integers is correctly rounded by IEEE 754
    // everywhere, so the stored REAL is the same natively and in wasm.
    Value::Real(units as f64 / 10f64.powi(scale as i32))
}

impl Gen {
    /// The value of row `row`. `unique` asks for a value no other row of this column has.
    pub(crate) fn value(&self, rng: &mut Rng, ctx: &Ctx<'_>, row: u64, unique: bool) -> Value {
        let w = ctx.words;
        if unique && self.capacity().is_some() {
            // A limited domain: its values in order (the plan checked there are enough).
            return self.nth(row);
        }
        match self {
            Gen::AutoIncrement | Gen::Counter => Value::Integer(row as i64 + 1),
            Gen::DbDefault | Gen::Null => Value::Null,
            Gen::WithDefault {
                default,
                permille,
                other,
            } => {
                if !unique && rng.chance(*permille) {
                    default.clone()
                } else {
                    other.value(rng, ctx, row, unique)
                }
            }
            Gen::FirstName => with_counter(ctx.first_name().to_owned(), unique, row, " "),
            Gen::LastName => with_counter(ctx.last_name().to_owned(), unique, row, " "),
            Gen::FullName => {
                let text = format!("{} {}", ctx.first_name(), ctx.last_name());
                with_counter(text, unique, row, " ")
            }
            Gen::Username => {
                let first = ascii_fold(ctx.first_name());
                let last = ascii_fold(ctx.last_name());
                let n = rng.below(100);
                // Unique: the row number replaces the random suffix.
                let suffix = if unique { row + 1 } else { n };
                Value::Text(format!("{first}.{last}{suffix}"))
            }
            Gen::Email => {
                let first = ascii_fold(ctx.first_name());
                let last = ascii_fold(ctx.last_name());
                let domain = pick(rng, DOMAINS);
                let n = rng.below(1000);
                let local = if unique {
                    format!("{first}.{last}{}", row + 1)
                } else {
                    format!("{first}.{last}{n}")
                };
                Value::Text(format!("{local}@{domain}"))
            }
            Gen::Company => {
                let text = format!(
                    "{} {}",
                    pick(rng, w.last_names),
                    pick(rng, w.company_suffixes)
                );
                with_counter(text, unique, row, " #")
            }
            Gen::Title => {
                let n = 2 + rng.below(4);
                let text = words(rng, ctx, n)
                    .iter()
                    .map(|s| capitalised(s))
                    .collect::<Vec<_>>()
                    .join(" ");
                with_counter(text, unique, row, " ")
            }
            Gen::Words => {
                let n = 1 + rng.below(3);
                with_counter(words(rng, ctx, n).join(" "), unique, row, " ")
            }
            Gen::Paragraph => {
                let n = 2 + rng.below(4);
                let text = (0..n)
                    .map(|_| sentence(rng, ctx))
                    .collect::<Vec<_>>()
                    .join(" ");
                with_counter(text, unique, row, " ")
            }
            Gen::Url => {
                let slug = ascii_fold_join(&words(rng, ctx, 2));
                let domain = pick(rng, DOMAINS);
                with_counter(format!("https://{domain}/{slug}"), unique, row, "-")
            }
            Gen::ImageUrl => {
                let id = rng.below(1000);
                let tail = if unique { row + 1 } else { id };
                Value::Text(format!("https://picsum.photos/seed/{tail}/640/480"))
            }
            Gen::Phone => {
                let number = if unique { row } else { rng.below(10_000_000) };
                Value::Text(format!(
                    "+1 555 {:03} {:04}",
                    number / 10_000,
                    number % 10_000
                ))
            }
            Gen::City => with_counter(pick(rng, w.cities).to_owned(), unique, row, " "),
            Gen::Country => with_counter(pick(rng, w.countries).to_owned(), unique, row, " "),
            Gen::Street => {
                let text = format!("{} {}", 1 + rng.below(300), pick(rng, w.streets));
                with_counter(text, unique, row, ", unit ")
            }
            Gen::ZipCode => {
                let zip = if unique { row } else { rng.below(100_000) };
                Value::Text(format!("{zip:05}"))
            }
            Gen::Slug => with_counter(ascii_fold_join(&words(rng, ctx, 3)), unique, row, "-"),
            Gen::Color => with_counter(pick(rng, w.colors).to_owned(), unique, row, "-"),
            Gen::Token => {
                let text = format!("{:016x}{:016x}", rng.next_u64(), rng.next_u64());
                with_counter(text, unique, row, "-")
            }
            Gen::Code => {
                let letters: String = (0..3)
                    .map(|_| (b'A' + rng.below(26) as u8) as char)
                    .collect();
                let n = if unique { row + 1 } else { rng.below(10_000) };
                Value::Text(format!("{letters}-{n:04}"))
            }
            Gen::Int {
                min, max, skewed, ..
            } => {
                if unique {
                    Value::Integer(min.saturating_add(row as i64))
                } else if *skewed {
                    Value::Integer(min.saturating_add(rng.skewed(span(*min, *max)) as i64))
                } else {
                    Value::Integer(rng.range(*min, *max))
                }
            }
            Gen::Real { min, max, scale } => {
                if unique {
                    // A distinct integer part per row, a random fraction below one unit.
                    let unit = 10i64.pow(*scale);
                    let base = min.saturating_add((row as i64).saturating_mul(unit));
                    real(base.saturating_add(rng.below(unit as u64) as i64), *scale)
                } else {
                    real(rng.range(*min, *max), *scale)
                }
            }
            Gen::Created | Gen::Updated if unique => Gen::Date {
                min_ms: ctx
                    .reference_ms
                    .saturating_sub(crate::heuristics::YEAR_MS * 3),
                max_ms: ctx.reference_ms,
                bounded: false,
            }
            .value(rng, ctx, row, true),
            Gen::Created => Value::Integer(ctx.created),
            Gen::Updated => {
                let age = (i128::from(ctx.reference_ms) - i128::from(ctx.created)).max(0) as u64;
                Value::Integer(
                    ctx.created
                        .saturating_add(rng.below(age.saturating_add(1)) as i64),
                )
            }
            Gen::Bool { true_permille } => Value::Integer(i64::from(rng.chance(*true_permille))),
            Gen::Date { min_ms, max_ms, .. } => {
                if unique {
                    // One second per row, a random millisecond inside it.
                    let base = min_ms.saturating_add((row as i64).saturating_mul(1000));
                    Value::Integer(base.saturating_add(rng.below(1000) as i64))
                } else {
                    Value::Integer(rng.range(*min_ms, *max_ms))
                }
            }
            Gen::OneOf(values) => {
                if unique {
                    self.nth(row)
                } else {
                    rng.pick(values).cloned().unwrap_or(Value::Null)
                }
            }
            Gen::Json => {
                let mut object = serde_json::Map::new();
                if unique {
                    object.insert("n".into(), (row + 1).into());
                }
                object.insert("color".into(), pick(rng, w.colors).into());
                object.insert("score".into(), rng.below(100).into());
                let count = 1 + rng.below(3);
                let tags: Vec<serde_json::Value> =
                    words(rng, ctx, count).into_iter().map(Into::into).collect();
                object.insert("tags".into(), tags.into());
                Value::Text(serde_json::Value::Object(object).to_string())
            }
            Gen::Bytes => {
                let mut bytes = Vec::with_capacity(16);
                if unique {
                    bytes.extend_from_slice(&row.to_be_bytes());
                } else {
                    bytes.extend_from_slice(&rng.next_u64().to_be_bytes());
                }
                bytes.extend_from_slice(&rng.next_u64().to_be_bytes());
                Value::Blob(bytes)
            }
            Gen::Uuid(version) => {
                let t = ctx.reference_ms.saturating_add(row as i64);
                Value::Text(ids::uuid(rng, *version, t))
            }
            Gen::Cuid(2) => Value::Text(ids::cuid2(rng)),
            Gen::Cuid(_) => Value::Text(ids::cuid(
                rng,
                ctx.reference_ms.saturating_add(row as i64),
                row,
            )),
            Gen::Nanoid(len) => Value::Text(ids::nanoid(rng, *len)),
            Gen::Ulid => Value::Text(ids::ulid(rng, ctx.reference_ms.saturating_add(row as i64))),
            Gen::Pattern(pattern) => {
                let text = expand(pattern, rng, w, row);
                if unique && !pattern.contains("{n}") {
                    with_counter(text, true, row, "-")
                } else {
                    Value::Text(text)
                }
            }
        }
    }
}

fn ascii_fold_join(parts: &[&str]) -> String {
    parts
        .iter()
        .map(|p| ascii_fold(p))
        .collect::<Vec<_>>()
        .join("-")
}

/// Expands `{n}`, `{first}`, `{last}`, `{word}`, `{city}` in a pattern; other text is
/// kept as written (an unknown `{x}` too, so a typo shows in the data).
fn expand(pattern: &str, rng: &mut Rng, w: &Words, row: u64) -> String {
    let mut out = String::with_capacity(pattern.len() + 8);
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open..];
        let Some(close) = after.find('}') else {
            break;
        };
        match &after[1..close] {
            "n" => out.push_str(&(row + 1).to_string()),
            "first" => out.push_str(pick(rng, w.first_names)),
            "last" => out.push_str(pick(rng, w.last_names)),
            "word" => out.push_str(pick(rng, w.words)),
            "city" => out.push_str(pick(rng, w.cities)),
            _ => out.push_str(&after[..=close]),
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::{Locale, words as lists};

    #[test]
    fn patterns_expand_and_unique_values_differ() {
        let ctx = Ctx {
            words: lists(Locale::Spanish),
            reference_ms: 0,
            person: 7,
            created: 0,
        };
        let mut rng = Rng::cell(1, 1, 1);
        assert_eq!(
            Gen::Pattern("user-{n}@example.com".into()).value(&mut rng, &ctx, 41, true),
            Value::Text("user-42@example.com".into())
        );
        assert_eq!(expand("{oops", &mut rng, ctx.words, 0), "{oops");
        let emails: std::collections::BTreeSet<String> = (0..2000)
            .map(|row| {
                let mut rng = Rng::cell(1, 2, row);
                match Gen::Email.value(&mut rng, &ctx, row, true) {
                    Value::Text(s) => s,
                    _ => String::new(),
                }
            })
            .collect();
        assert_eq!(emails.len(), 2000);
    }
}
