//! What the user can choose: the seed number, row counts, locale and field overrides.
//! Plain data with `BTreeMap`s, so iteration order (and so the data) never depends on
//! hashing.

use crate::words::Locale;
use seedbed_db::Value;
use std::collections::BTreeMap;

/// The default number of rows per model: enough to page through, small enough to read.
pub const DEFAULT_COUNT: u64 = 20;

/// 2025-01-01T00:00:00Z in milliseconds: dates are generated relative to this fixed
/// instant, never to the clock, so a seed gives the same dates every day.
pub const DEFAULT_REFERENCE_MS: i64 = 1_735_689_600_000;

/// Options of one seeding run.
#[derive(Debug, Clone)]
pub struct SeedOptions {
    /// The seed number: same schema + options + seed → same rows.
    pub seed: u64,
    /// Rows per model when `counts` does not name it.
    pub default_count: u64,
    /// Rows per model, by model name.
    pub counts: BTreeMap<String, u64>,
    /// Largest number of partners per row in implicit many-to-many relations (each row
    /// gets 0..=this many, capped by the partner count).
    pub max_links: u64,
    /// Language of names and text.
    pub locale: Locale,
    /// "Now" for generated dates (milliseconds since the epoch).
    pub reference_ms: i64,
    /// Field overrides, by (model name, field name).
    pub overrides: BTreeMap<(String, String), Override>,
}

impl Default for SeedOptions {
    fn default() -> Self {
        SeedOptions {
            seed: 0,
            default_count: DEFAULT_COUNT,
            counts: BTreeMap::new(),
            max_links: 3,
            locale: Locale::English,
            reference_ms: DEFAULT_REFERENCE_MS,
            overrides: BTreeMap::new(),
        }
    }
}

impl SeedOptions {
    /// Options with a seed number and everything else default.
    pub fn with_seed(seed: u64) -> Self {
        SeedOptions {
            seed,
            ..SeedOptions::default()
        }
    }

    /// Sets the row count of one model.
    pub fn count(mut self, model: &str, rows: u64) -> Self {
        self.counts.insert(model.to_owned(), rows);
        self
    }

    /// Overrides the values of one field.
    pub fn set(mut self, model: &str, field: &str, value: Override) -> Self {
        self.overrides
            .insert((model.to_owned(), field.to_owned()), value);
        self
    }

    pub(crate) fn count_of(&self, model: &str) -> u64 {
        self.counts
            .get(model)
            .copied()
            .unwrap_or(self.default_count)
    }
}

/// A user's choice for one field's values.
#[derive(Debug, Clone, PartialEq)]
pub enum Override {
    /// One of these values (cycled in order when the field is unique).
    Values(Vec<Value>),
    /// An integer in `min..=max` (Int, BigInt, Float, Decimal).
    IntRange { min: i64, max: i64 },
    /// A date in `min_ms..=max_ms`, milliseconds since the epoch.
    DateRange { min_ms: i64, max_ms: i64 },
    /// A text pattern: `{n}` is the row number (1-based, so the pattern is unique when it
    /// contains it), `{first}`, `{last}`, `{word}`, `{city}` draw from the word lists.
    Pattern(String),
}
