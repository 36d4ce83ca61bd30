//! Small read-only views over a [`SqlSchema`], so code reads `table.columns()` instead of
//! filtering the flat vectors by hand.

use crate::schema::*;

/// Something in a schema, addressed by its id.
#[derive(Debug, Clone, Copy)]
pub struct Walker<'a, I> {
    pub schema: &'a SqlSchema,
    pub id: I,
}

pub type TableWalker<'a> = Walker<'a, TableId>;
pub type ColumnWalker<'a> = Walker<'a, ColumnId>;
pub type IndexWalker<'a> = Walker<'a, IndexId>;
pub type ForeignKeyWalker<'a> = Walker<'a, ForeignKeyId>;

impl SqlSchema {
    pub fn walk<I>(&self, id: I) -> Walker<'_, I> {
        Walker { schema: self, id }
    }

    pub fn walk_tables(&self) -> impl Iterator<Item = TableWalker<'_>> + '_ {
        self.table_ids().map(move |id| self.walk(id))
    }
}

impl<'a> TableWalker<'a> {
    pub fn get(self) -> &'a Table {
        self.schema.table(self.id)
    }

    pub fn name(self) -> &'a str {
        &self.get().name
    }

    pub fn columns(self) -> impl Iterator<Item = ColumnWalker<'a>> + 'a {
        let schema = self.schema;
        let table = self.id;
        schema
            .columns
            .iter()
            .enumerate()
            .filter(move |(_, c)| c.table == table)
            .map(move |(i, _)| schema.walk(ColumnId(i as u32)))
    }

    pub fn column(self, name: &str) -> Option<ColumnWalker<'a>> {
        self.columns().find(|c| c.name() == name)
    }

    /// Secondary indexes, in schema order.
    pub fn indexes(self) -> impl Iterator<Item = IndexWalker<'a>> + 'a {
        let schema = self.schema;
        let table = self.id;
        schema
            .indexes
            .iter()
            .enumerate()
            .filter(move |(_, i)| i.table == table)
            .map(move |(i, _)| schema.walk(IndexId(i as u32)))
    }

    pub fn foreign_keys(self) -> impl Iterator<Item = ForeignKeyWalker<'a>> + 'a {
        let schema = self.schema;
        let table = self.id;
        schema
            .foreign_keys
            .iter()
            .enumerate()
            .filter(move |(_, fk)| fk.table == table)
            .map(move |(i, _)| schema.walk(ForeignKeyId(i as u32)))
    }

    pub fn primary_key(self) -> Option<&'a PrimaryKey> {
        self.get().primary_key.as_ref()
    }

    pub fn primary_key_columns(self) -> impl Iterator<Item = ColumnWalker<'a>> + 'a {
        let schema = self.schema;
        self.primary_key()
            .into_iter()
            .flat_map(|pk| pk.columns.iter())
            .map(move |c| schema.walk(c.column))
    }
}

impl<'a> ColumnWalker<'a> {
    pub fn get(self) -> &'a Column {
        self.schema.column(self.id)
    }

    pub fn name(self) -> &'a str {
        &self.get().name
    }

    pub fn table(self) -> TableWalker<'a> {
        self.schema.walk(self.get().table)
    }

    pub fn family(self) -> &'a ColumnTypeFamily {
        &self.get().tpe.family
    }

    pub fn arity(self) -> ColumnArity {
        self.get().tpe.arity
    }

    pub fn default(self) -> Option<&'a DefaultValue> {
        self.get().default.as_ref()
    }

    /// The table's primary key is exactly this one column.
    pub fn is_single_primary_key(self) -> bool {
        self.table()
            .primary_key()
            .is_some_and(|pk| pk.columns.len() == 1 && pk.columns[0].column == self.id)
    }

    pub fn is_part_of_primary_key(self) -> bool {
        self.table()
            .primary_key()
            .is_some_and(|pk| pk.columns.iter().any(|c| c.column == self.id))
    }
}

impl<'a> IndexWalker<'a> {
    pub fn get(self) -> &'a Index {
        self.schema.index_at(self.id)
    }

    pub fn name(self) -> &'a str {
        &self.get().name
    }

    pub fn table(self) -> TableWalker<'a> {
        self.schema.walk(self.get().table)
    }

    pub fn is_unique(self) -> bool {
        self.get().kind == IndexKind::Unique
    }

    pub fn columns(self) -> impl Iterator<Item = (ColumnWalker<'a>, Option<SortOrder>)> + 'a {
        let schema = self.schema;
        self.get()
            .columns
            .iter()
            .map(move |c| (schema.walk(c.column), c.sort_order))
    }

    pub fn column_names(self) -> impl Iterator<Item = &'a str> + 'a {
        self.columns().map(|(c, _)| c.name())
    }
}

impl<'a> ForeignKeyWalker<'a> {
    pub fn get(self) -> &'a ForeignKey {
        self.schema.foreign_key(self.id)
    }

    pub fn table(self) -> TableWalker<'a> {
        self.schema.walk(self.get().table)
    }

    pub fn referenced_table(self) -> TableWalker<'a> {
        self.schema.walk(self.get().referenced_table)
    }

    pub fn constrained_columns(self) -> impl ExactSizeIterator<Item = ColumnWalker<'a>> + 'a {
        let schema = self.schema;
        self.get().columns.iter().map(move |c| schema.walk(*c))
    }

    pub fn referenced_columns(self) -> impl ExactSizeIterator<Item = ColumnWalker<'a>> + 'a {
        let schema = self.schema;
        self.get()
            .referenced_columns
            .iter()
            .map(move |c| schema.walk(*c))
    }
}
