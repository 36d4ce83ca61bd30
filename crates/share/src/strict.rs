//! Two tightenings of serde's derived deserializers for untrusted links.
//!
//! * [`MapOnly`]: a derived struct also accepts a JSON *array* of its fields in order
//!   (`["model A {}", []]` would be a `ShareDoc`). Links are made by [`crate::encode`],
//!   which always writes objects, so anything else is a hand-made or damaged link; refusing
//!   it keeps one spelling per document.
//! * [`bounded`]: a list is collected only up to its limit plus one; the rest is skipped
//!   without allocating. Two megabytes of `"",` would otherwise become about 700,000
//!   `String`s (tens of megabytes in a browser tab) before validation could count them.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

/// A `T` that was written as a JSON object.
pub(crate) struct MapOnly<T>(pub(crate) T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for MapOnly<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ObjectVisitor<T>(PhantomData<T>);

        impl<'de, T: Deserialize<'de>> Visitor<'de> for ObjectVisitor<T> {
            type Value = MapOnly<T>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                // The derived visitor reads the entries, so unknown and duplicate fields are
                // still refused by it.
                T::deserialize(de::value::MapAccessDeserializer::new(map)).map(MapOnly)
            }
        }

        // `deserialize_map`, not `deserialize_struct`: serde_json then refuses `[` itself.
        deserializer.deserialize_map(ObjectVisitor(PhantomData))
    }
}

/// `Option<T>` where a present `T` must be a JSON object (`null` reads as `None`).
pub(crate) fn optional_object<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Ok(Option::<MapOnly<T>>::deserialize(deserializer)?.map(|m| m.0))
}

/// A list of at most `MAX + 1` items: one over is enough for validation to refuse it.
fn bounded<'de, D, T, const MAX: usize>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct BoundedVisitor<T, const MAX: usize>(PhantomData<T>);

    impl<'de, T: Deserialize<'de>, const MAX: usize> Visitor<'de> for BoundedVisitor<T, MAX> {
        type Value = Vec<T>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a JSON array")
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            let mut items = Vec::new();
            while items.len() <= MAX {
                match seq.next_element()? {
                    Some(item) => items.push(item),
                    None => return Ok(items),
                }
            }
            // Over the limit: read (and so still syntax-check) the rest without keeping it.
            while seq.next_element::<IgnoredAny>()?.is_some() {}
            Ok(items)
        }
    }

    deserializer.deserialize_seq(BoundedVisitor::<T, MAX>(PhantomData))
}

pub(crate) fn migrations<'de, D>(deserializer: D) -> Result<Vec<crate::SharedMigration>, D::Error>
where
    D: Deserializer<'de>,
{
    let items: Vec<MapOnly<crate::SharedMigration>> =
        bounded::<D, _, { crate::MAX_MIGRATIONS }>(deserializer)?;
    Ok(items.into_iter().map(|m| m.0).collect())
}

pub(crate) fn commands<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Vec<String>, D::Error> {
    bounded::<D, String, { crate::MAX_COMMANDS }>(deserializer)
}

pub(crate) fn panes<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<String>, D::Error> {
    bounded::<D, String, { crate::PANES.len() }>(deserializer)
}
