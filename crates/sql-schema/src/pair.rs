//! A before/after pair, the shape of every comparison the differ makes.

use crate::schema::SqlSchema;
use crate::walkers::Walker;
use serde::{Deserialize, Serialize};

/// The previous and the next version of something.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
pub struct Pair<T> {
    pub previous: T,
    pub next: T,
}

impl<T> Pair<T> {
    pub fn new(previous: T, next: T) -> Self {
        Pair { previous, next }
    }

    pub fn map<U>(self, mut f: impl FnMut(T) -> U) -> Pair<U> {
        Pair {
            previous: f(self.previous),
            next: f(self.next),
        }
    }

    pub fn as_ref(&self) -> Pair<&T> {
        Pair {
            previous: &self.previous,
            next: &self.next,
        }
    }

    pub fn zip<U>(self, other: Pair<U>) -> Pair<(T, U)> {
        Pair {
            previous: (self.previous, other.previous),
            next: (self.next, other.next),
        }
    }
}

impl<T> Pair<Option<T>> {
    /// Both present, or nothing.
    pub fn transpose(self) -> Option<Pair<T>> {
        match (self.previous, self.next) {
            (Some(previous), Some(next)) => Some(Pair { previous, next }),
            _ => None,
        }
    }
}

impl<'a> Pair<&'a SqlSchema> {
    /// Walks a pair of ids, each in its own schema.
    pub fn walk<I>(self, ids: Pair<I>) -> Pair<Walker<'a, I>> {
        Pair {
            previous: self.previous.walk(ids.previous),
            next: self.next.walk(ids.next),
        }
    }
}
