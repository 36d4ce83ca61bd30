//! Per-table lookups over a [`SqlSchema`] built once, so introspecting a thousand tables
//! stays linear (the schema's own walkers scan the flat vectors on every call).

use seedbed_sql_schema::{
    ColumnArity, ColumnId, ColumnTypeFamily, ForeignKeyId, IndexId, IndexKind, SqlSchema, TableId,
};

/// Columns, indexes and foreign keys of each table, in schema order.
pub struct Tables<'a> {
    pub sql: &'a SqlSchema,
    pub columns: Vec<Vec<ColumnId>>,
    pub indexes: Vec<Vec<IndexId>>,
    pub foreign_keys: Vec<Vec<ForeignKeyId>>,
}

impl<'a> Tables<'a> {
    pub fn new(sql: &'a SqlSchema) -> Tables<'a> {
        let n = sql.tables.len();
        let mut columns = vec![Vec::new(); n];
        let mut indexes = vec![Vec::new(); n];
        let mut foreign_keys = vec![Vec::new(); n];
        for (i, c) in sql.columns.iter().enumerate() {
            if let Some(list) = columns.get_mut(c.table.0 as usize) {
                list.push(ColumnId(i as u32));
            }
        }
        for (i, idx) in sql.indexes.iter().enumerate() {
            if let Some(list) = indexes.get_mut(idx.table.0 as usize) {
                list.push(IndexId(i as u32));
            }
        }
        for (i, fk) in sql.foreign_keys.iter().enumerate() {
            // A key whose referenced table is out of range cannot be walked; skip it.
            if (fk.referenced_table.0 as usize) < n
                && let Some(list) = foreign_keys.get_mut(fk.table.0 as usize)
            {
                list.push(ForeignKeyId(i as u32));
            }
        }
        Tables {
            sql,
            columns,
            indexes,
            foreign_keys,
        }
    }

    pub fn name(&self, t: TableId) -> &'a str {
        &self.sql.table(t).name
    }

    pub fn columns(&self, t: TableId) -> &[ColumnId] {
        self.columns.get(t.0 as usize).map_or(&[], |v| v.as_slice())
    }

    pub fn indexes(&self, t: TableId) -> &[IndexId] {
        self.indexes.get(t.0 as usize).map_or(&[], |v| v.as_slice())
    }

    pub fn foreign_keys(&self, t: TableId) -> &[ForeignKeyId] {
        self.foreign_keys
            .get(t.0 as usize)
            .map_or(&[], |v| v.as_slice())
    }

    pub fn column_name(&self, c: ColumnId) -> &'a str {
        &self.sql.column(c).name
    }

    /// Primary-key columns, in key order.
    pub fn pk_columns(&self, t: TableId) -> Vec<ColumnId> {
        self.sql
            .table(t)
            .primary_key
            .as_ref()
            .map(|pk| pk.columns.iter().map(|c| c.column).collect())
            .unwrap_or_default()
    }

    fn usable_key_column(&self, c: ColumnId) -> bool {
        let col = self.sql.column(c);
        !matches!(col.tpe.family, ColumnTypeFamily::Unsupported(_))
            && col.tpe.arity == ColumnArity::Required
    }

    /// A primary key or unique index whose columns are all required and supported
    /// (Prisma's `has_usable_identifier`).
    pub fn has_usable_identifier(&self, t: TableId) -> bool {
        let pk = self.pk_columns(t);
        if !pk.is_empty() && pk.iter().all(|c| self.usable_key_column(*c)) {
            return true;
        }
        self.indexes(t).iter().any(|i| {
            let idx = self.sql.index_at(*i);
            idx.kind == IndexKind::Unique
                && idx.columns.iter().all(|c| self.usable_key_column(c.column))
        })
    }

    /// Whether the constrained columns of `fk` cover a primary key or unique index of their
    /// table (then the back relation is `T?` instead of `T[]`).
    pub fn fk_is_unique(&self, fk: ForeignKeyId) -> bool {
        let key = self.sql.foreign_key(fk);
        let covers =
            |cols: &[ColumnId]| !cols.is_empty() && cols.iter().all(|c| key.columns.contains(c));
        let pk = self.pk_columns(key.table);
        if covers(&pk) {
            return true;
        }
        self.indexes(key.table).iter().any(|i| {
            let idx = self.sql.index_at(*i);
            let cols: Vec<ColumnId> = idx.columns.iter().map(|c| c.column).collect();
            idx.kind == IndexKind::Unique && covers(&cols)
        })
    }
}
