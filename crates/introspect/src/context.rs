//! Everything introspection decides before rendering: which tables are models and which are
//! implicit many-to-many join tables, what the previous schema says about each table, column
//! and foreign key (re-introspection), and the names of models, fields and relations.
//! Follows Prisma's `datamodel_calculator/context.rs`, `introspection_map.rs` and
//! `introspection_map/relation_names.rs`.

use crate::names::{self, Name};
use crate::tables::Tables;
use seedbed_psl::{FieldId, FieldKind, ModelId, RelationId, RelationKind, ValidatedSchema};
use seedbed_sql_schema::{ColumnId, ForeignKeyId, IndexKind, SqlSchema, TableId, ViewId};
use std::collections::{HashMap, HashSet};

/// Which side of a relation a field is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// The side holding the foreign key (or model A of a join table).
    Forward,
    /// The other side.
    Back,
}

/// `[relation name, forward field name, back field name]`.
pub type RelationNames = [String; 3];

pub struct Ctx<'a> {
    pub t: Tables<'a>,
    pub prev: Option<&'a ValidatedSchema>,
    pub views_enabled: bool,
    /// False with `relationMode = "prisma"`: relations then come from the previous schema.
    pub foreign_keys_enabled: bool,
    /// Tables rendered as models, in schema order.
    pub model_tables: Vec<TableId>,
    pub m2m_tables: Vec<TableId>,
    pub existing_model: HashMap<TableId, ModelId>,
    pub existing_view: HashMap<ViewId, ModelId>,
    pub missing_models: HashSet<ModelId>,
    pub existing_field: HashMap<ColumnId, FieldId>,
    pub existing_view_field: HashMap<(ViewId, usize), FieldId>,
    pub existing_inline: HashMap<ForeignKeyId, RelationId>,
    pub existing_m2m: HashMap<TableId, RelationId>,
    pub inline_names: HashMap<ForeignKeyId, RelationNames>,
    pub m2m_names: HashMap<TableId, RelationNames>,
    pub inline_positions: Vec<(TableId, ForeignKeyId, Direction)>,
    pub m2m_positions: Vec<(TableId, ForeignKeyId, Direction)>,
    pub top_level_names: HashMap<String, usize>,
}

impl<'a> Ctx<'a> {
    pub fn new(sql: &'a SqlSchema, prev: Option<&'a ValidatedSchema>) -> Ctx<'a> {
        let t = Tables::new(sql);
        let views_enabled = prev.is_some_and(|p| p.preview_features().any(|f| f == "views"));
        let foreign_keys_enabled = prev.is_none_or(|p| {
            p.datasource
                .as_ref()
                .is_none_or(|d| d.relation_mode == seedbed_psl::RelationMode::ForeignKeys)
        });
        let mut ctx = Ctx {
            t,
            prev,
            views_enabled,
            foreign_keys_enabled,
            model_tables: Vec::new(),
            m2m_tables: Vec::new(),
            existing_model: HashMap::new(),
            existing_view: HashMap::new(),
            missing_models: HashSet::new(),
            existing_field: HashMap::new(),
            existing_view_field: HashMap::new(),
            existing_inline: HashMap::new(),
            existing_m2m: HashMap::new(),
            inline_names: HashMap::new(),
            m2m_names: HashMap::new(),
            inline_positions: Vec::new(),
            m2m_positions: Vec::new(),
            top_level_names: HashMap::new(),
        };
        for table in sql.table_ids() {
            if ctx.is_m2m_table(table) {
                ctx.m2m_tables.push(table);
            } else if !ctx.is_hidden_table(table) {
                ctx.model_tables.push(table);
            }
        }
        ctx.match_previous();
        ctx.compute_relation_names();
        ctx.compute_positions();
        ctx.count_top_level_names();
        ctx
    }

    pub fn sql(&self) -> &'a SqlSchema {
        self.t.sql
    }

    /// Prisma's migration tables and Prisma 1's relay table never become models.
    fn is_hidden_table(&self, table: TableId) -> bool {
        let name = self.t.name(table);
        let has = |c: &str| {
            self.t
                .columns(table)
                .iter()
                .any(|id| self.t.column_name(*id) == c)
        };
        let has_ci = |c: &str| {
            self.t
                .columns(table)
                .iter()
                .any(|id| self.t.column_name(*id).eq_ignore_ascii_case(c))
        };
        match name {
            "_Migration" => [
                "revision",
                "name",
                "datamodel",
                "status",
                "applied",
                "rolled_back",
                "datamodel_steps",
                "database_migration",
                "errors",
                "started_at",
                "finished_at",
            ]
            .iter()
            .all(|c| has(c)),
            "_prisma_migrations" => [
                "id",
                "checksum",
                "finished_at",
                "migration_name",
                "logs",
                "rolled_back_at",
                "started_at",
                "applied_steps_count",
            ]
            .iter()
            .all(|c| has(c)),
            "_RelayId" => has("id") && has_ci("stablemodelidentifier"),
            _ => false,
        }
    }

    /// Prisma's implicit m:n join table: `_Name`, a unique index on (A, B), a normal index
    /// on B, exactly two foreign keys, and A pointing at the lexicographically lower table.
    pub fn is_m2m_table(&self, table: TableId) -> bool {
        let sql = self.sql();
        if !self.t.name(table).starts_with('_') {
            return false;
        }
        let col = |c: ColumnId| self.t.column_name(c);
        let is_a = |c: ColumnId| col(c).eq_ignore_ascii_case("a");
        let is_b = |c: ColumnId| col(c).eq_ignore_ascii_case("b");
        let indexes = self.t.indexes(table);
        let unique_ab = indexes.iter().any(|i| {
            let idx = sql.index_at(*i);
            idx.kind == IndexKind::Unique
                && idx.columns.len() == 2
                && is_a(idx.columns[0].column)
                && is_b(idx.columns[1].column)
        });
        let index_b = indexes.iter().any(|i| {
            let idx = sql.index_at(*i);
            idx.kind == IndexKind::Normal && idx.columns.len() == 1 && is_b(idx.columns[0].column)
        });
        let fks = self.t.foreign_keys(table);
        if !unique_ab || !index_b || fks.len() != 2 {
            return false;
        }
        let (first, second) = (sql.foreign_key(fks[0]), sql.foreign_key(fks[1]));
        let (Some(&c1), Some(&c2)) = (first.columns.first(), second.columns.first()) else {
            return false;
        };
        let (t1, t2) = (
            self.t.name(first.referenced_table),
            self.t.name(second.referenced_table),
        );
        (t1 <= t2 && is_a(c1) && is_b(c2)) || (t2 <= t1 && is_b(c1) && is_a(c2))
    }

    // ---------------------------------------------------------------- previous schema

    fn match_previous(&mut self) {
        let Some(prev) = self.prev else { return };
        let sql = self.sql();
        for (i, model) in prev.models.iter().enumerate() {
            let id = ModelId(i as u32);
            if model.is_view {
                match sql.views.iter().position(|v| v.name == model.database_name) {
                    Some(v) => {
                        self.existing_view.insert(ViewId(v as u32), id);
                    }
                    None => {
                        self.missing_models.insert(id);
                    }
                }
            } else {
                match sql.find_table(&model.database_name) {
                    Some(t) => {
                        self.existing_model.insert(t, id);
                    }
                    None => {
                        self.missing_models.insert(id);
                    }
                }
            }
        }
        for (&table, &model) in &self.existing_model {
            for &c in self.t.columns(table) {
                if let Some(f) = find_scalar_field(prev, model, self.t.column_name(c)) {
                    self.existing_field.insert(c, f);
                }
            }
        }
        for (&view, &model) in &self.existing_view {
            for (i, column) in sql.view(view).columns.iter().enumerate() {
                if let Some(f) = find_scalar_field(prev, model, &column.name) {
                    self.existing_view_field.insert((view, i), f);
                }
            }
        }
        // Inline relations: the previous relation whose `fields` are the key's columns.
        for (i, fk) in sql.foreign_keys.iter().enumerate() {
            let Some(&model) = self.existing_model.get(&fk.table) else {
                continue;
            };
            let Some(m) = prev.model(model) else { continue };
            let columns: Vec<&str> = fk.columns.iter().map(|c| self.t.column_name(*c)).collect();
            let found = m.fields.iter().find_map(|f| {
                let FieldKind::Relation(rf) = &f.kind else {
                    return None;
                };
                let fields = rf.fields.as_ref()?;
                let rel = rf.relation?;
                let same = fields.len() == columns.len()
                    && fields
                        .iter()
                        .zip(&columns)
                        .all(|(fid, col)| scalar_db_name(prev, *fid).is_some_and(|n| n == *col));
                let inline = prev
                    .relation(rel)
                    .is_some_and(|r| r.kind != RelationKind::ImplicitManyToMany);
                (same && inline).then_some(rel)
            });
            if let Some(rel) = found {
                self.existing_inline.insert(ForeignKeyId(i as u32), rel);
            }
        }
        for &table in &self.m2m_tables {
            let name = self.t.name(table).get(1..).unwrap_or("");
            let found = prev.relations.iter().position(|r| {
                r.kind == RelationKind::ImplicitManyToMany
                    && r.name == name
                    && r.field_a.is_some()
                    && r.field_b.is_some()
            });
            if let Some(r) = found {
                self.existing_m2m.insert(table, RelationId(r as u32));
            }
        }
    }

    /// The previous model for a table, if re-introspecting and it still exists.
    pub fn previous_model(&self, table: TableId) -> Option<(ModelId, &'a seedbed_psl::Model)> {
        let id = *self.existing_model.get(&table)?;
        Some((id, self.prev?.model(id)?))
    }

    pub fn previous_view(&self, view: ViewId) -> Option<(ModelId, &'a seedbed_psl::Model)> {
        let id = *self.existing_view.get(&view)?;
        Some((id, self.prev?.model(id)?))
    }

    pub fn previous_field(&self, id: FieldId) -> Option<&'a seedbed_psl::Field> {
        self.prev?.field(id)
    }

    // ---------------------------------------------------------------- names

    pub fn table_name(&self, table: TableId) -> Name {
        match self.previous_model(table) {
            Some((_, m)) => Name::from_psl(&m.name, m.mapped_name.as_deref()),
            None => Name::model_from_sql(self.t.name(table)),
        }
    }

    pub fn view_name(&self, view: ViewId) -> Name {
        match self.previous_view(view) {
            Some((_, m)) => Name::from_psl(&m.name, m.mapped_name.as_deref()),
            None => Name::model_from_sql(&self.sql().view(view).name),
        }
    }

    pub fn column_name(&self, column: ColumnId) -> Name {
        match self
            .existing_field
            .get(&column)
            .and_then(|f| self.previous_field(*f))
        {
            Some(f) => Name::from_psl(&f.name, scalar_mapped(f)),
            None => Name::field_from_sql(self.t.column_name(column)),
        }
    }

    pub fn view_column_name(&self, view: ViewId, index: usize) -> Name {
        let existing = self
            .existing_view_field
            .get(&(view, index))
            .and_then(|f| self.previous_field(*f));
        match existing {
            Some(f) => Name::from_psl(&f.name, scalar_mapped(f)),
            None => Name::field_from_sql(
                self.sql()
                    .view(view)
                    .columns
                    .get(index)
                    .map_or("", |c| c.name.as_str()),
            ),
        }
    }

    /// The PSL name a field is written with: an empty sanitised name falls back to the
    /// column name (the field is then commented out).
    pub fn field_display_name(name: &Name, raw: &str) -> String {
        if name.name.is_empty() {
            raw.to_owned()
        } else {
            name.name.clone()
        }
    }

    /// `name_is_unique`: at most one top-level item sanitises to this name.
    pub fn name_is_unique(&self, raw: &str) -> bool {
        self.top_level_names
            .get(&names::sanitize(raw))
            .is_none_or(|n| *n <= 1)
    }

    fn count_top_level_names(&mut self) {
        let mut counts: HashMap<String, usize> = HashMap::new();
        for &t in &self.model_tables {
            let name = match self.previous_model(t) {
                Some((_, m)) => m.name.clone(),
                None => names::sanitize(self.t.name(t)),
            };
            *counts.entry(name).or_default() += 1;
        }
        if self.views_enabled {
            for v in 0..self.sql().views.len() {
                let view = ViewId(v as u32);
                let name = match self.previous_view(view) {
                    Some((_, m)) => m.name.clone(),
                    None => names::sanitize(&self.sql().view(view).name),
                };
                *counts.entry(name).or_default() += 1;
            }
        }
        self.top_level_names = counts;
    }

    // ---------------------------------------------------------------- relations

    fn sorted_pair(a: TableId, b: TableId) -> [TableId; 2] {
        if a <= b { [a, b] } else { [b, a] }
    }

    fn m2m_table_ids(&self, table: TableId) -> [TableId; 2] {
        let fks = self.t.foreign_keys(table);
        let r = |i: usize| {
            fks.get(i)
                .map_or(table, |fk| self.sql().foreign_key(*fk).referenced_table)
        };
        Self::sorted_pair(r(0), r(1))
    }

    fn fks_distinct(&self, a: ForeignKeyId, b: ForeignKeyId) -> bool {
        a != b && self.sql().foreign_key(a).columns != self.sql().foreign_key(b).columns
    }

    fn find_ambiguous_relations(&self) -> HashSet<[TableId; 2]> {
        let sql = self.sql();
        let mut ambiguous = HashSet::new();
        for table in sql.table_ids() {
            if self.m2m_tables.contains(&table) {
                let tables = self.m2m_table_ids(table);
                if ambiguous.contains(&tables) {
                    continue;
                }
                for model_table in tables {
                    for fk in self.t.foreign_keys(model_table) {
                        let fk = sql.foreign_key(*fk);
                        if Self::sorted_pair(model_table, fk.referenced_table) == tables {
                            ambiguous.insert(tables);
                        }
                    }
                }
                for &other in &self.m2m_tables {
                    if other != table && self.m2m_table_ids(other) == tables {
                        ambiguous.insert(tables);
                    }
                }
            } else {
                for &fk_id in self.t.foreign_keys(table) {
                    let fk = sql.foreign_key(fk_id);
                    let tables = Self::sorted_pair(fk.table, fk.referenced_table);
                    if ambiguous.contains(&tables) {
                        continue;
                    }
                    let others = self
                        .t
                        .foreign_keys(fk.table)
                        .iter()
                        .chain(self.t.foreign_keys(fk.referenced_table));
                    let clash = others.clone().any(|&o| {
                        self.fks_distinct(fk_id, o) && {
                            let of = sql.foreign_key(o);
                            Self::sorted_pair(of.table, of.referenced_table) == tables
                        }
                    });
                    if clash {
                        ambiguous.insert(tables);
                        continue;
                    }
                    // The forward field would clash with one of the key's own columns.
                    let default_field = self.table_name(fk.referenced_table).name;
                    if fk
                        .columns
                        .iter()
                        .any(|c| self.column_name(*c).name == default_field)
                    {
                        ambiguous.insert(tables);
                    }
                }
            }
        }
        ambiguous
    }

    fn compute_relation_names(&mut self) {
        let ambiguous = self.find_ambiguous_relations();
        let sql = self.sql();
        for table in sql.table_ids() {
            if self.m2m_tables.contains(&table) {
                let names = self.m2m_relation_names(table, &ambiguous);
                self.m2m_names.insert(table, names);
            } else {
                let fks = self.t.foreign_keys(table).to_vec();
                for (i, &fk_id) in fks.iter().enumerate() {
                    // A key repeating an earlier one (same columns both sides) is skipped.
                    let fk = sql.foreign_key(fk_id);
                    let duplicate = fks[..i].iter().any(|&o| {
                        let of = sql.foreign_key(o);
                        of.columns == fk.columns && of.referenced_columns == fk.referenced_columns
                    });
                    if !duplicate {
                        let names = self.inline_relation_names(fk_id, &ambiguous);
                        self.inline_names.insert(fk_id, names);
                    }
                }
            }
        }
    }

    fn m2m_relation_names(
        &self,
        table: TableId,
        ambiguous: &HashSet<[TableId; 2]>,
    ) -> RelationNames {
        let ids = self.m2m_table_ids(table);
        let is_self = ids[0] == ids[1];
        let table_name = self.t.name(table);
        let found = table_name.get(1..).unwrap_or("");
        let (relation, suffix) = if ambiguous.contains(&ids) {
            (found.to_owned(), table_name.to_owned())
        } else {
            let default = format!(
                "{}To{}",
                self.table_name(ids[0]).name,
                self.table_name(ids[1]).name
            );
            let relation = if found == default && !is_self {
                String::new()
            } else {
                found.to_owned()
            };
            (relation, String::new())
        };
        let (sa, sb) = if is_self { ("_A", "_B") } else { ("", "") };
        [
            relation,
            format!("{}{suffix}{sa}", self.table_name(ids[1]).name),
            format!("{}{suffix}{sb}", self.table_name(ids[0]).name),
        ]
    }

    fn inline_relation_names(
        &self,
        fk_id: ForeignKeyId,
        ambiguous: &HashSet<[TableId; 2]>,
    ) -> RelationNames {
        let fk = self.sql().foreign_key(fk_id);
        let is_self = fk.table == fk.referenced_table;
        let referencing = self.table_name(fk.table).name;
        let referenced = self.table_name(fk.referenced_table).name;
        let prefix = if is_self { "other_" } else { "" };
        if !ambiguous.contains(&Self::sorted_pair(fk.table, fk.referenced_table)) {
            let relation = if is_self {
                format!("{referencing}To{referenced}")
            } else {
                String::new()
            };
            return [relation, referenced, format!("{prefix}{referencing}")];
        }
        let cols: Vec<String> = fk
            .columns
            .iter()
            .map(|c| self.column_name(*c).name)
            .collect();
        let relation = format!("{referencing}_{}To{referenced}", cols.join("_"));
        [
            relation.clone(),
            format!("{referenced}_{relation}"),
            format!("{prefix}{referencing}_{relation}"),
        ]
    }

    fn compute_positions(&mut self) {
        let sql = self.sql();
        for &table in &self.model_tables {
            for &fk in self.t.foreign_keys(table) {
                let key = sql.foreign_key(fk);
                // Keys into join tables or hidden tables have no model on the other side.
                if !self.model_tables.contains(&key.referenced_table) {
                    continue;
                }
                self.inline_positions
                    .push((key.table, fk, Direction::Forward));
                self.inline_positions
                    .push((key.referenced_table, fk, Direction::Back));
            }
        }
        for &table in &self.m2m_tables {
            let fks = self.t.foreign_keys(table);
            let (Some(&first), Some(&second)) = (fks.first(), fks.get(1)) else {
                continue;
            };
            let first_is_a = sql
                .foreign_key(first)
                .columns
                .first()
                .is_some_and(|c| self.t.column_name(*c).eq_ignore_ascii_case("a"));
            let (a, b) = if first_is_a {
                (first, second)
            } else {
                (second, first)
            };
            self.m2m_positions
                .push((sql.foreign_key(a).referenced_table, b, Direction::Forward));
            self.m2m_positions
                .push((sql.foreign_key(b).referenced_table, a, Direction::Back));
        }
    }

    /// The previous relation for a key, when both of its fields were written.
    pub fn complete_inline(
        &self,
        fk: ForeignKeyId,
    ) -> Option<(&'a seedbed_psl::Relation, FieldId, FieldId)> {
        let prev = self.prev?;
        let rel = prev.relation(*self.existing_inline.get(&fk)?)?;
        let (a, b) = (rel.field_a?, rel.field_b?);
        // The referencing field is the one with `fields:`.
        let has_fields = |f: FieldId| {
            prev.field(f)
                .is_some_and(|f| matches!(&f.kind, FieldKind::Relation(r) if r.fields.is_some()))
        };
        if has_fields(a) {
            Some((rel, a, b))
        } else {
            Some((rel, b, a))
        }
    }
}

fn find_scalar_field(prev: &ValidatedSchema, model: ModelId, column: &str) -> Option<FieldId> {
    let m = prev.model(model)?;
    m.fields
        .iter()
        .enumerate()
        .find_map(|(i, f)| match &f.kind {
            FieldKind::Scalar(s) if s.database_name == column => Some(FieldId {
                model,
                index: i as u32,
            }),
            _ => None,
        })
}

fn scalar_db_name(prev: &ValidatedSchema, f: FieldId) -> Option<&str> {
    match &prev.field(f)?.kind {
        FieldKind::Scalar(s) => Some(&s.database_name),
        _ => None,
    }
}

fn scalar_mapped(f: &seedbed_psl::Field) -> Option<&str> {
    match &f.kind {
        FieldKind::Scalar(s) => s.mapped_name.as_deref(),
        _ => None,
    }
}
