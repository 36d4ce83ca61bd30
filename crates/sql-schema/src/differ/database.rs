//! The differ's index of both schemas: tables matched by name, columns matched by name
//! within a table pair, the changes of every column pair, and the tables SQLite must
//! redefine.

use super::column;
use crate::pair::Pair;
use crate::schema::{ColumnId, ForeignKeyId, IndexId, SqlSchema, TableId};
use crate::steps::ColumnChanges;
use crate::walkers::{ForeignKeyWalker, IndexWalker, TableWalker};
use std::collections::{BTreeMap, BTreeSet, HashMap};

pub struct DifferDatabase<'a> {
    pub schemas: Pair<&'a SqlSchema>,
    /// Previous tables in previous order, then tables only in next, in next order.
    tables: Vec<Pair<Option<TableId>>>,
    /// Keyed by name: iteration gives every table's columns sorted by name.
    columns: BTreeMap<(Pair<TableId>, &'a str), Pair<Option<ColumnId>>>,
    column_changes: HashMap<Pair<ColumnId>, ColumnChanges>,
    pub tables_to_redefine: BTreeSet<Pair<TableId>>,
}

/// The migrations table is never diffed, wherever a schema came from.
fn table_is_ignored(name: &str) -> bool {
    name == "_prisma_migrations"
}

impl<'a> DifferDatabase<'a> {
    pub fn new(schemas: Pair<&'a SqlSchema>) -> Self {
        let mut by_name: HashMap<&'a str, usize> = HashMap::new();
        let mut tables: Vec<Pair<Option<TableId>>> = Vec::new();
        for table in schemas
            .previous
            .walk_tables()
            .filter(|t| !table_is_ignored(t.name()))
        {
            match by_name.get(table.name()) {
                Some(&pos) => tables[pos].previous = Some(table.id),
                None => {
                    by_name.insert(table.name(), tables.len());
                    tables.push(Pair::new(Some(table.id), None));
                }
            }
        }
        for table in schemas
            .next
            .walk_tables()
            .filter(|t| !table_is_ignored(t.name()))
        {
            match by_name.get(table.name()) {
                Some(&pos) => tables[pos].next = Some(table.id),
                None => {
                    by_name.insert(table.name(), tables.len());
                    tables.push(Pair::new(None, Some(table.id)));
                }
            }
        }

        let mut db = DifferDatabase {
            schemas,
            tables,
            columns: BTreeMap::new(),
            column_changes: HashMap::new(),
            tables_to_redefine: BTreeSet::new(),
        };
        for pair in db.tables.iter().filter_map(|p| p.transpose()) {
            let walkers = schemas.walk(pair);
            for col in walkers.previous.columns() {
                db.columns.entry((pair, col.name())).or_default().previous = Some(col.id);
            }
            for col in walkers.next.columns() {
                db.columns.entry((pair, col.name())).or_default().next = Some(col.id);
            }
        }
        for ids in db.columns.values().filter_map(|c| c.transpose()) {
            db.column_changes
                .insert(ids, column::all_changes(schemas.walk(ids)));
        }
        db.tables_to_redefine = db
            .table_pairs()
            .filter(|&tables| db.must_redefine(tables))
            .collect();
        db
    }

    /// SQLite's `set_tables_to_redefine`: anything but adding optional columns and
    /// touching indexes needs the copy-and-rename recipe.
    fn must_redefine(&self, tables: Pair<TableId>) -> bool {
        self.created_primary_key(tables)
            || self.dropped_primary_key(tables)
            || self.primary_key_changed(tables)
            || self.dropped_columns(tables).next().is_some()
            || self
                .added_columns(tables)
                .any(|c| self.schemas.next.walk(c).arity().is_required())
            || self
                .column_pairs(tables)
                .any(|c| self.column_changes(c).differs_in_something())
            || self.created_foreign_keys(tables).next().is_some()
            || self.dropped_foreign_keys(tables).next().is_some()
    }

    pub fn created_tables(&self) -> impl Iterator<Item = TableId> + '_ {
        self.tables
            .iter()
            .filter(|p| p.previous.is_none())
            .filter_map(|p| p.next)
    }

    pub fn dropped_tables(&self) -> impl Iterator<Item = TableId> + '_ {
        self.tables
            .iter()
            .filter(|p| p.next.is_none())
            .filter_map(|p| p.previous)
    }

    /// Tables present on both sides, in previous-schema order.
    pub fn table_pairs(&self) -> impl Iterator<Item = Pair<TableId>> + '_ {
        self.tables.iter().filter_map(|p| p.transpose())
    }

    pub fn non_redefined_table_pairs(&self) -> impl Iterator<Item = Pair<TableId>> + '_ {
        self.table_pairs()
            .filter(|t| !self.tables_to_redefine.contains(t))
    }

    fn range_columns(
        &self,
        tables: Pair<TableId>,
    ) -> impl Iterator<Item = &Pair<Option<ColumnId>>> + '_ {
        self.columns
            .range((tables, "")..)
            .take_while(move |((t, _), _)| *t == tables)
            .map(|(_, v)| v)
    }

    /// Columns present in both versions of the table, sorted by name.
    pub fn column_pairs(&self, tables: Pair<TableId>) -> impl Iterator<Item = Pair<ColumnId>> + '_ {
        self.range_columns(tables).filter_map(|c| c.transpose())
    }

    pub fn added_columns(&self, tables: Pair<TableId>) -> impl Iterator<Item = ColumnId> + '_ {
        self.range_columns(tables)
            .filter(|c| c.previous.is_none())
            .filter_map(|c| c.next)
    }

    pub fn dropped_columns(&self, tables: Pair<TableId>) -> impl Iterator<Item = ColumnId> + '_ {
        self.range_columns(tables)
            .filter(|c| c.next.is_none())
            .filter_map(|c| c.previous)
    }

    pub fn column_changes(&self, columns: Pair<ColumnId>) -> ColumnChanges {
        self.column_changes
            .get(&columns)
            .copied()
            .unwrap_or_default()
    }

    fn walk_tables(&self, tables: Pair<TableId>) -> Pair<TableWalker<'a>> {
        self.schemas.walk(tables)
    }

    pub fn created_primary_key(&self, tables: Pair<TableId>) -> bool {
        let t = self.walk_tables(tables);
        t.previous.primary_key().is_none() && t.next.primary_key().is_some()
    }

    pub fn dropped_primary_key(&self, tables: Pair<TableId>) -> bool {
        let t = self.walk_tables(tables);
        t.previous.primary_key().is_some() && t.next.primary_key().is_none()
    }

    /// Both have a primary key and it differs in columns, sort order, or the type of one of
    /// its columns.
    pub fn primary_key_changed(&self, tables: Pair<TableId>) -> bool {
        let t = self.walk_tables(tables);
        let (Some(prev), Some(next)) = (t.previous.primary_key(), t.next.primary_key()) else {
            return false;
        };
        if prev.columns.len() != next.columns.len() {
            return true;
        }
        let renamed_or_resorted = prev.columns.iter().zip(&next.columns).any(|(a, b)| {
            t.previous.schema.column(a.column).name != t.next.schema.column(b.column).name
                || a.sort_order.unwrap_or_default() != b.sort_order.unwrap_or_default()
        });
        renamed_or_resorted
            || self.column_pairs(tables).any(|cols| {
                prev.columns.iter().any(|pk| {
                    t.previous.schema.column(pk.column).name
                        == t.previous.schema.column(cols.previous).name
                }) && self.column_changes(cols).type_changed()
            })
    }

    fn foreign_keys_match(&self, fks: Pair<ForeignKeyWalker<'_>>) -> bool {
        let (p, n) = (fks.previous, fks.next);
        let same_table = p.referenced_table().name() == n.referenced_table().name();
        let same_counts = p.referenced_columns().len() == n.referenced_columns().len()
            && p.constrained_columns().len() == n.constrained_columns().len();
        let same_constrained =
            p.constrained_columns()
                .zip(n.constrained_columns())
                .all(|(a, b)| {
                    // SQLite copes with a foreign key column becoming required, so arity is ignored.
                    a.name() == b.name()
                        && !self.column_changes(Pair::new(a.id, b.id)).type_changed()
                });
        let same_referenced = p
            .referenced_columns()
            .zip(n.referenced_columns())
            .all(|(a, b)| a.name() == b.name());
        same_table
            && same_counts
            && same_constrained
            && same_referenced
            && p.get().on_delete == n.get().on_delete
            && p.get().on_update == n.get().on_update
    }

    pub fn created_foreign_keys(
        &self,
        tables: Pair<TableId>,
    ) -> impl Iterator<Item = ForeignKeyId> + '_ {
        let t = self.walk_tables(tables);
        t.next
            .foreign_keys()
            .filter(move |next| {
                !t.previous
                    .foreign_keys()
                    .any(|prev| self.foreign_keys_match(Pair::new(prev, *next)))
            })
            .map(|fk| fk.id)
    }

    pub fn dropped_foreign_keys(
        &self,
        tables: Pair<TableId>,
    ) -> impl Iterator<Item = ForeignKeyId> + '_ {
        let t = self.walk_tables(tables);
        t.previous
            .foreign_keys()
            .filter(move |prev| {
                !t.next
                    .foreign_keys()
                    .any(|next| self.foreign_keys_match(Pair::new(*prev, next)))
            })
            .map(|fk| fk.id)
    }

    pub fn created_indexes(&self, tables: Pair<TableId>) -> impl Iterator<Item = IndexId> + '_ {
        let t = self.walk_tables(tables);
        t.next
            .indexes()
            .filter(move |next| !t.previous.indexes().any(|prev| indexes_match(prev, *next)))
            .map(|i| i.id)
    }

    pub fn dropped_indexes(&self, tables: Pair<TableId>) -> impl Iterator<Item = IndexId> + '_ {
        let t = self.walk_tables(tables);
        t.previous
            .indexes()
            .filter(move |prev| !t.next.indexes().any(|next| indexes_match(*prev, next)))
            .map(|i| i.id)
    }

    /// Indexes matched across versions (same columns, order and kind). Previous indexes
    /// with an identical twin are left out: renaming those would be guesswork.
    pub fn index_pairs(
        &self,
        tables: Pair<TableId>,
    ) -> impl Iterator<Item = Pair<IndexWalker<'a>>> + '_ {
        let t = self.walk_tables(tables);
        t.previous
            .indexes()
            .filter(move |left| {
                t.previous
                    .indexes()
                    .filter(|right| {
                        left.column_names().eq(right.column_names())
                            && left.is_unique() == right.is_unique()
                    })
                    .count()
                    == 1
            })
            .filter_map(move |prev| {
                t.next
                    .indexes()
                    .find(|next| indexes_match(prev, *next))
                    .map(|next| Pair::new(prev, next))
            })
    }
}

/// Two indexes are the same up to their name: same columns, sort orders and kind.
fn indexes_match(a: IndexWalker<'_>, b: IndexWalker<'_>) -> bool {
    a.get().columns.len() == b.get().columns.len()
        && a.columns().zip(b.columns()).all(|((ca, sa), (cb, sb))| {
            ca.name() == cb.name() && sa.unwrap_or_default() == sb.unwrap_or_default()
        })
        && a.is_unique() == b.is_unique()
}
