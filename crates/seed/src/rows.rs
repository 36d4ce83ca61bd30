//! Evaluating a plan: the values of one row, and of any single cell (a parent's key for a
//! child). Everything here is a pure function of the plan and the row index.

use crate::generate::Ctx;
use crate::plan::{Join, Part, Pick, Reference, SeedPlan, Slot};
use crate::rng::{Rng, salt};
use crate::words::words;
use seedbed_db::Value;

/// Key chains deeper than this (a key that is a reference to a key that is a reference…)
/// are cut: a schema cannot need more, and a cyclic one must not loop forever.
const MAX_DEPTH: u32 = 16;

/// Salt of the per-row person seed (see `Ctx::person`).
const PERSON: u64 = 0x7065_7273_6f6e;

impl SeedPlan {
    fn ctx(&self, table: usize, row: u64) -> Ctx<'static> {
        let salt = self.tables.get(table).map_or(0, |t| t.salt) ^ PERSON;
        Ctx {
            words: words(self.locale),
            reference_ms: self.reference_ms,
            person: Rng::cell(self.seed, salt, row).next_u64(),
            created: self.reference_ms.saturating_sub(
                Rng::cell(self.seed, salt ^ 1, row).below(3 * crate::heuristics::YEAR_MS as u64)
                    as i64,
            ),
        }
    }

    fn rng(&self, table: usize, col: usize, row: u64) -> Rng {
        let salt = self
            .tables
            .get(table)
            .map_or(0, |t| t.salt ^ (col as u64).wrapping_mul(0x9e37_79b9));
        Rng::cell(self.seed, salt, row)
    }

    /// Fills `out` with the inserted columns of row `row` of table `table`, in column order.
    pub(crate) fn row(&self, table: usize, row: u64, all: &mut Vec<Value>, out: &mut Vec<Value>) {
        let Some(t) = self.tables.get(table) else {
            return;
        };
        all.clear();
        all.resize(t.columns.len(), Value::Null);
        for slot in 0..t.slots.len() {
            self.fill_slot(table, slot, row, 0, all);
        }
        out.extend(
            t.columns
                .iter()
                .zip(all.drain(..))
                .filter(|(c, _)| c.inserted)
                .map(|(_, v)| v),
        );
    }

    /// The value of one cell, computing only the slot that fills it.
    pub(crate) fn cell(&self, table: usize, col: usize, row: u64, depth: u32) -> Value {
        let Some(t) = self.tables.get(table) else {
            return Value::Null;
        };
        if depth > MAX_DEPTH {
            return Value::Null;
        }
        if let Some(join) = &t.join {
            return self.join_cell(join, col, row);
        }
        let Some(&slot) = t.slot_of.get(col) else {
            return Value::Null;
        };
        let mut all = vec![Value::Null; t.columns.len()];
        self.fill_slot(table, slot, row, depth, &mut all);
        all.swap_remove(col)
    }

    fn fill_slot(&self, table: usize, slot: usize, row: u64, depth: u32, all: &mut [Value]) {
        let t = &self.tables[table];
        let ctx = self.ctx(table, row);
        match &t.slots[slot] {
            Slot::Value {
                col,
                generator,
                null_permille,
                unique,
            } => {
                // Skip slots replaced by a reference or tuple.
                if t.slot_of[*col] != slot {
                    return;
                }
                let mut rng = self.rng(table, *col, row);
                let null = *null_permille > 0 && rng.chance(*null_permille);
                all[*col] = if null {
                    Value::Null
                } else {
                    generator.value(&mut rng, &ctx, row, *unique)
                };
            }
            Slot::Reference(r) => {
                if r.cols.iter().any(|&c| t.slot_of[c] != slot) {
                    return;
                }
                let mut rng = self.rng(table, r.cols[0] + 10_000, row);
                let parent = self.parent(r, &mut rng, row, t.rows);
                self.put_reference(r, parent, depth, all);
            }
            Slot::Tuple {
                parts,
                capacity,
                mult,
            } => {
                let scrambled =
                    ((u128::from(row) * u128::from(*mult)) % u128::from((*capacity).max(1))) as u64;
                let mut rest = scrambled;
                for part in parts {
                    match part {
                        Part::Value {
                            col,
                            generator,
                            size,
                        } => {
                            all[*col] = generator.nth(rest % size.max(&1));
                            rest /= size.max(&1);
                        }
                        Part::Reference { reference, size } => {
                            let k = rest % size.max(&1);
                            rest /= size.max(&1);
                            self.put_reference(reference, Some(k), depth, all);
                        }
                    }
                }
            }
        }
    }

    fn put_reference(&self, r: &Reference, parent: Option<u64>, depth: u32, all: &mut [Value]) {
        for (&col, &target_col) in r.cols.iter().zip(&r.target_cols) {
            all[col] = match parent {
                Some(p) => self.cell(r.target, target_col, p, depth + 1),
                None => Value::Null,
            };
        }
    }

    /// Which parent row a row points at, or None for NULL.
    fn parent(&self, r: &Reference, rng: &mut Rng, row: u64, rows: u64) -> Option<u64> {
        let nullable = r.null_permille > 0;
        if nullable && rng.chance(r.null_permille) {
            return None;
        }
        let n = r.parents;
        match r.pick {
            _ if n == 0 => None,
            Pick::Skewed { mult } => {
                Some(((u128::from(rng.skewed(n)) * u128::from(mult)) % u128::from(n)) as u64)
            }
            Pick::Injective { mult } => {
                (row < n).then(|| ((u128::from(row) * u128::from(mult)) % u128::from(n)) as u64)
            }
            Pick::Earlier => match row {
                0 if nullable => None,
                0 => Some(0),
                _ => Some(rng.skewed(row)),
            },
            Pick::Previous => match row {
                0 if nullable => None,
                // A required chain closes into a ring: row 0 points at the last row.
                0 => Some(rows.saturating_sub(1)),
                _ => Some(row - 1),
            },
        }
    }

    fn join_cell(&self, join: &Join, col: usize, row: u64) -> Value {
        // Join rows are streamed, not addressed; nothing references a join table.
        let _ = (join, col, row);
        Value::Null
    }

    /// Calls `each(a_key, b_key)` for every link of a join table, A rows in order.
    pub(crate) fn join_rows(&self, table: usize, mut each: impl FnMut(Value, Value) -> bool) {
        let Some(t) = self.tables.get(table) else {
            return;
        };
        let Some(join) = &t.join else { return };
        for a in 0..join.a_rows {
            let links = join.links(self.seed, t.salt, a);
            if links == 0 {
                continue;
            }
            let mut rng = Rng::cell(self.seed, t.salt ^ 0x5151, a);
            let start = rng.below(join.b_rows);
            let a_key = self.cell(join.a, join.a_col, a, 0);
            for s in 0..links {
                // Consecutive B rows from a random start: distinct while links ≤ B rows.
                let b = (start + s) % join.b_rows;
                if !each(a_key.clone(), self.cell(join.b, join.b_col, b, 0)) {
                    return;
                }
            }
        }
    }
}

impl Join {
    /// How many B rows A row `a` links to.
    pub(crate) fn links(&self, seed: u64, table_salt: u64, a: u64) -> u64 {
        let most = self.max_links.min(self.b_rows);
        Rng::cell(seed, table_salt ^ salt("links"), a).below(most + 1)
    }
}
