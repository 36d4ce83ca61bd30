//! The seed plan: from a validated schema and options, what to insert, in which order,
//! with which generator per column. Pure (no IO); refuses counts that cannot be
//! satisfied before anything is written.
//!
//! Structure comes from the [`SqlSchema`] Prisma would create (tables, foreign keys,
//! unique indexes, join tables), meaning from the Prisma model (field names, enums,
//! defaults, `@updatedAt`). Every cell is a pure function of (seed, table, column, row),
//! so a child computes its parent's key for any row without keeping parents in memory.

use crate::generate::Gen;
use crate::heuristics;
use crate::options::SeedOptions;
use crate::relations::{Key, add_join_tables, fill_references, relation_keys};
use crate::rng::salt;
use crate::uniques::enforce_uniques;
use crate::words::Locale;
use seedbed_psl::{Arity, FieldKind, ValidatedSchema};
use seedbed_sql_schema::{ColumnTypeFamily, IndexKind, SqlSchema, TableId};
use std::collections::BTreeSet;
use std::fmt;

/// Share of NULLs in optional scalar columns and optional relations, per mille.
/// The most rows one model can get: far beyond what a playground needs, and small enough
/// that no counter, key or capacity computation comes near overflowing.
pub const MAX_ROWS: u64 = 100_000_000;

pub(crate) const NULL_PERMILLE: u32 = 150;
pub(crate) const NULL_RELATION_PERMILLE: u32 = 100;

/// Everything needed to seed, in insertion order.
#[derive(Debug, Clone)]
pub struct SeedPlan {
    /// Tables in the order rows are inserted (parents first; join tables last).
    pub tables: Vec<TablePlan>,
    /// True when some row references a row inserted later (a cycle between models, a
    /// required self-relation): foreign keys are then checked at COMMIT.
    pub defers_foreign_keys: bool,
    pub(crate) seed: u64,
    pub(crate) locale: Locale,
    pub(crate) reference_ms: i64,
}

/// One table of the plan.
#[derive(Debug, Clone)]
pub struct TablePlan {
    /// The model name, or the relation name for an implicit many-to-many join table.
    pub model: String,
    /// The table name in the database.
    pub table: String,
    /// Rows to insert.
    pub rows: u64,
    /// Every column of the table, in table order.
    pub columns: Vec<ColumnPlan>,
    pub(crate) slots: Vec<Slot>,
    /// For each column, the slot that fills it.
    pub(crate) slot_of: Vec<usize>,
    pub(crate) join: Option<Join>,
    pub(crate) salt: u64,
}

/// One column of a table plan.
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnPlan {
    pub name: String,
    /// The Prisma field name (the column name for join tables).
    pub field: String,
    /// False when the database fills it (autoincrement, `dbgenerated`).
    pub inserted: bool,
    /// What fills it, for display: a generator name, `relation → Model`, `unique tuple`.
    pub source: String,
}

/// How a group of columns is filled.
#[derive(Debug, Clone)]
pub(crate) enum Slot {
    Value {
        col: usize,
        generator: Gen,
        null_permille: u32,
        unique: bool,
    },
    Reference(Reference),
    /// A compound unique over limited domains: row `r` is scrambled by a bijection of
    /// `0..capacity` and split into one digit per part (mixed radix), so no two rows share
    /// a tuple.
    Tuple {
        parts: Vec<Part>,
        capacity: u64,
        mult: u64,
    },
}

#[derive(Debug, Clone)]
pub(crate) enum Part {
    Value {
        col: usize,
        generator: Gen,
        size: u64,
    },
    Reference {
        reference: Reference,
        size: u64,
    },
}

/// A foreign key: which parent row each row points at.
#[derive(Debug, Clone)]
pub(crate) struct Reference {
    pub cols: Vec<usize>,
    /// Index of the parent table in [`SeedPlan::tables`].
    pub target: usize,
    pub target_cols: Vec<usize>,
    pub pick: Pick,
    pub null_permille: u32,
    pub parents: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pick {
    /// Many rows per parent, skewed, then spread by a bijection so the busy parents are
    /// not all at the start.
    Skewed { mult: u64 },
    /// 1:1: row `i` gets parent `perm(i)`; rows past the parent count get NULL.
    Injective { mult: u64 },
    /// Self 1:n: a parent among the earlier rows (row 0: NULL or itself).
    Earlier,
    /// Self 1:1: the previous row (row 0: NULL or the last row).
    Previous,
}

/// An implicit many-to-many join table: for each A row, up to `max_links` distinct B rows.
#[derive(Debug, Clone)]
pub(crate) struct Join {
    pub a: usize,
    pub a_col: usize,
    pub b: usize,
    pub b_col: usize,
    pub a_rows: u64,
    pub b_rows: u64,
    pub max_links: u64,
}

/// Why a plan was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanError {
    pub model: Option<String>,
    pub field: Option<String>,
    pub message: String,
}

impl fmt::Display for PlanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.model, &self.field) {
            (Some(m), Some(fl)) => write!(f, "{m}.{fl}: {}", self.message),
            (Some(m), None) => write!(f, "{m}: {}", self.message),
            _ => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for PlanError {}

pub(crate) fn refuse(model: &str, field: Option<&str>, message: String) -> PlanError {
    PlanError {
        model: Some(model.to_owned()),
        field: field.map(str::to_owned),
        message,
    }
}

/// The smallest multiplier ≥ n·0.618 that is coprime with `n`: `i ↦ i·mult mod n` is then a
/// bijection of `0..n` that scatters neighbours (golden-ratio stepping).
pub(crate) fn scatter(n: u64) -> u64 {
    if n <= 2 {
        return 1;
    }
    let mut m = ((u128::from(n) * 618) / 1000) as u64 | 1;
    while gcd(m, n) != 1 {
        m += 1;
    }
    m
}

fn gcd(mut a: u64, mut b: u64) -> u64 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

/// Builds the plan, or says why the options cannot be satisfied.
pub fn plan(schema: &ValidatedSchema, options: &SeedOptions) -> Result<SeedPlan, PlanError> {
    if schema.has_errors() {
        return Err(PlanError {
            model: None,
            field: None,
            message: "the schema has errors; fix them before seeding".into(),
        });
    }
    let sql = seedbed_sql_schema::calculate(schema);
    check_overrides(schema, options)?;
    let models: Vec<Option<usize>> = sql
        .tables
        .iter()
        .map(|t| {
            schema
                .models
                .iter()
                .position(|m| !m.is_view && m.database_name == t.name)
        })
        .collect();
    // Model tables in dependency order, join tables after them.
    let model_tables: Vec<TableId> = sql
        .table_ids()
        .filter(|t| models[t.0 as usize].is_some())
        .collect();
    let keys = relation_keys(schema, &sql);
    let (order, defers) = topological(&keys, &model_tables);
    let mut position = vec![usize::MAX; sql.tables.len()];
    for (i, t) in order.iter().enumerate() {
        position[t.0 as usize] = i;
    }
    let mut tables = Vec::new();
    for &t in &order {
        let model = &schema.models[models[t.0 as usize].unwrap_or_default()];
        tables.push(model_table(schema, &sql, t, model, options, &position)?);
    }
    let mut plan = SeedPlan {
        tables,
        defers_foreign_keys: defers,
        seed: options.seed,
        locale: options.locale,
        reference_ms: options.reference_ms,
    };
    fill_references(&mut plan, &sql, &keys, &order, &position)?;
    for (i, &t) in order.iter().enumerate() {
        enforce_uniques(&mut plan, &sql, t, i)?;
    }
    add_join_tables(&mut plan, schema, &sql, &position, options)?;
    Ok(plan)
}

fn check_overrides(schema: &ValidatedSchema, options: &SeedOptions) -> Result<(), PlanError> {
    for (model, field) in options.overrides.keys() {
        let found = schema
            .find_model(model)
            .and_then(|m| m.field(field))
            .is_some_and(|f| f.scalar().is_some());
        if !found {
            return Err(refuse(
                model,
                Some(field),
                "an override names no scalar field of this model".into(),
            ));
        }
        let is_key = schema.find_model(model).is_some_and(|m| {
            m.relation_fields().any(|rf| {
                let own = m.field(field).map(|f| f.id);
                rf.relation_field()
                    .and_then(|r| r.fields.as_ref())
                    .is_some_and(|fields| own.is_some_and(|id| fields.contains(&id)))
            })
        });
        if is_key {
            return Err(refuse(
                model,
                Some(field),
                "is a relation column: its values come from the related rows and cannot be overridden".into(),
            ));
        }
    }
    for (model, &rows) in &options.counts {
        if rows > MAX_ROWS {
            return Err(refuse(
                model,
                None,
                format!("{rows} rows is more than the {MAX_ROWS} a model can be seeded with"),
            ));
        }
    }
    if options.default_count > MAX_ROWS {
        return Err(PlanError {
            model: None,
            field: None,
            message: format!("the default count is more than {MAX_ROWS} rows"),
        });
    }
    for model in options.counts.keys() {
        if schema.find_model(model).is_none() {
            return Err(refuse(
                model,
                None,
                "a row count names a model the schema does not have".into(),
            ));
        }
    }
    Ok(())
}

/// Kahn's algorithm over model tables, ties broken by schema order. A cycle is broken at
/// the first remaining table in schema order; its references to later tables are then
/// checked at COMMIT (deferred), which the returned flag records.
fn topological(keys: &[Key], tables: &[TableId]) -> (Vec<TableId>, bool) {
    let deps = |t: TableId| -> BTreeSet<TableId> {
        keys.iter()
            .filter(|fk| {
                fk.table == t && fk.referenced_table != t && tables.contains(&fk.referenced_table)
            })
            .map(|fk| fk.referenced_table)
            .collect()
    };
    let mut remaining: Vec<TableId> = tables.to_vec();
    let mut order = Vec::new();
    let mut defers = false;
    while !remaining.is_empty() {
        let ready = remaining
            .iter()
            .position(|&t| deps(t).iter().all(|d| order.contains(d)));
        let next = match ready {
            Some(i) => i,
            None => {
                defers = true;
                0
            }
        };
        order.push(remaining.remove(next));
    }
    (order, defers)
}

fn model_table(
    schema: &ValidatedSchema,
    sql: &SqlSchema,
    t: TableId,
    model: &seedbed_psl::Model,
    options: &SeedOptions,
    _position: &[usize],
) -> Result<TablePlan, PlanError> {
    let table = sql.walk(t);
    let rows = options.count_of(&model.name);
    let pk: Vec<_> = table.primary_key_columns().map(|c| c.id).collect();
    let mut columns = Vec::new();
    let mut slots = Vec::new();
    for (i, column) in table.columns().enumerate() {
        let field = model.fields.iter().find(|f| match &f.kind {
            FieldKind::Scalar(s) => s.database_name == column.name(),
            _ => false,
        });
        let (field_name, generator, optional) = match field.map(|f| (f, &f.kind)) {
            Some((f, FieldKind::Scalar(s))) => {
                let single_int_id = pk.len() == 1
                    && pk[0] == column.id
                    && *column.family() == ColumnTypeFamily::Int;
                let over = options.overrides.get(&(model.name.clone(), f.name.clone()));
                let generator = heuristics::choose(
                    schema,
                    &model.name,
                    &f.name,
                    s,
                    over,
                    options.reference_ms,
                    single_int_id,
                );
                (f.name.clone(), generator, f.arity != Arity::Required)
            }
            _ => (
                column.name().to_owned(),
                Gen::Null,
                column.arity().is_nullable(),
            ),
        };
        if matches!(generator, Gen::Null) && !optional && rows > 0 {
            return Err(refuse(
                &model.name,
                Some(&field_name),
                "a required column of an unsupported type cannot be generated; give it a default or make it optional".into(),
            ));
        }
        if generator.capacity() == Some(0)
            && !optional
            && rows > 0
            && !matches!(generator, Gen::DbDefault)
        {
            return Err(refuse(
                &model.name,
                Some(&field_name),
                "an override gives no values".into(),
            ));
        }
        let inserted = !matches!(generator, Gen::AutoIncrement | Gen::DbDefault);
        columns.push(ColumnPlan {
            name: column.name().to_owned(),
            field: field_name,
            inserted,
            source: generator.describe(),
        });
        let null_permille = if optional && !matches!(generator, Gen::Null) {
            NULL_PERMILLE
        } else {
            0
        };
        slots.push(Slot::Value {
            col: i,
            generator,
            null_permille,
            unique: false,
        });
    }
    let slot_of = (0..columns.len()).collect();
    Ok(TablePlan {
        model: model.name.clone(),
        table: model.database_name.clone(),
        rows,
        columns,
        slots,
        slot_of,
        join: None,
        salt: salt(&model.database_name),
    })
}

pub(crate) fn column_index(sql: &SqlSchema, t: TableId, c: seedbed_sql_schema::ColumnId) -> usize {
    sql.walk(t)
        .columns()
        .position(|col| col.id == c)
        .unwrap_or_default()
}

/// Unique column sets of a table: the primary key and unique indexes.
pub(crate) fn unique_sets(sql: &SqlSchema, t: TableId) -> Vec<Vec<usize>> {
    let mut sets = Vec::new();
    if let Some(pk) = &sql.table(t).primary_key {
        sets.push(
            pk.columns
                .iter()
                .map(|c| column_index(sql, t, c.column))
                .collect(),
        );
    }
    for index in sql
        .indexes
        .iter()
        .filter(|i| i.table == t && i.kind == IndexKind::Unique)
    {
        sets.push(
            index
                .columns
                .iter()
                .map(|c| column_index(sql, t, c.column))
                .collect(),
        );
    }
    sets
}
