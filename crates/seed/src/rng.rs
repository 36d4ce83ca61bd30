//! A counter-based random source: every cell's randomness is a pure function of
//! (seed, table, column, row).
//!
//! Why not a streaming RNG such as ChaCha: a child row must be able to compute the key of
//! any parent row (a uuid, a unique email) without the parent's rows being kept in memory,
//! and changing one model's count must not shift the data of the others. A stateless mix of
//! the coordinates gives both. SplitMix64 is used because its output sequence is fixed by a
//! six-line published algorithm: no crate upgrade can change the seeded data, and it only
//! does integer arithmetic, so native and wasm32 produce the same bits.

/// SplitMix64's finaliser: a bijective 64-bit mix.
pub(crate) fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// FNV-1a over a name: a stable salt for a table or column (never `HashMap`'s random one).
pub(crate) fn salt(name: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in name.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// A small generator positioned at one cell.
#[derive(Debug, Clone)]
pub(crate) struct Rng {
    state: u64,
}

impl Rng {
    /// The generator of one cell: `seed` is the user's seed number, `slot` a salt naming
    /// the table and column, `row` the row index.
    pub(crate) fn cell(seed: u64, slot: u64, row: u64) -> Rng {
        Rng {
            state: mix(mix(seed ^ slot).wrapping_add(row)),
        }
    }

    pub(crate) fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        mix(self.state)
    }

    /// Uniform in `0..n` (0 when `n` is 0), by widening multiply: no modulo bias worth
    /// noticing and no loop, so the number of draws per cell is fixed.
    pub(crate) fn below(&mut self, n: u64) -> u64 {
        ((u128::from(self.next_u64()) * u128::from(n)) >> 64) as u64
    }

    /// Uniform in `lo..=hi` (`lo` when the range is empty).
    pub(crate) fn range(&mut self, lo: i64, hi: i64) -> i64 {
        if hi <= lo {
            return lo;
        }
        let span = (hi as i128 - lo as i128 + 1) as u128;
        let pick = (u128::from(self.next_u64()) * span) >> 64;
        (lo as i128 + pick as i128) as i64
    }

    /// True with probability `permille / 1000`.
    pub(crate) fn chance(&mut self, permille: u32) -> bool {
        self.below(1000) < u64::from(permille)
    }

    /// One element of a non-empty slice (the first when it is empty is impossible: callers
    /// pass constant lists).
    pub(crate) fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        items.get(self.below(items.len() as u64) as usize)
    }

    /// An index in `0..n` skewed towards small values (density ~ 1/sqrt): a few parents get
    /// many children, most get a few, like real data.
    pub(crate) fn skewed(&mut self, n: u64) -> u64 {
        let u = u128::from(self.next_u64());
        let squared = (u * u) >> 64; // u² in the same fixed-point scale
        ((squared * u128::from(n)) >> 64) as u64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_pure_and_independent() {
        let a = Rng::cell(1, salt("User.email"), 7).next_u64();
        assert_eq!(a, Rng::cell(1, salt("User.email"), 7).next_u64());
        assert_ne!(a, Rng::cell(2, salt("User.email"), 7).next_u64());
        assert_ne!(a, Rng::cell(1, salt("User.email"), 8).next_u64());
    }

    #[test]
    fn ranges_stay_inside() {
        let mut r = Rng::cell(3, 4, 5);
        for _ in 0..10_000 {
            let v = r.range(-3, 3);
            assert!((-3..=3).contains(&v));
            assert!(r.below(10) < 10);
            assert!(r.skewed(10) < 10);
        }
        // The full i64 range must not overflow.
        let _ = r.range(i64::MIN, i64::MAX);
        assert_eq!(r.below(0), 0);
    }
}
