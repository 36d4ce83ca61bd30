//! A validated Prisma schema → the [`SqlSchema`] Prisma would create on SQLite
//! (`sql_schema_calculator.rs` with the SQLite flavour).
//!
//! Order matters, because ids decide the order of steps and of clauses: model tables in
//! declaration order (views get none, `@@ignore`d models do), each with its columns, then
//! its indexes (field-level `@unique`s, then `@@index`es, then `@@unique`s, as Prisma's
//! parser database collects them); then the foreign keys of inline relations; then the
//! implicit many-to-many join tables.

mod defaults;

pub use defaults::render_datetime;

use crate::schema::*;
use defaults::ColumnDefault;
use seedbed_psl::model::{
    self as psl, Arity, FieldId, FieldKind, ModelId, ReferentialAction, RelationKind, RelationMode,
    ScalarType,
};
use std::collections::HashMap;

/// The parts of a validated schema the calculator reads.
pub struct Datamodel<'a> {
    pub models: &'a [psl::Model],
    pub enums: &'a [psl::Enum],
    pub relations: &'a [psl::Relation],
    pub relation_mode: RelationMode,
}

/// The SQL schema Prisma computes for a validated schema. Never panics: references that do
/// not resolve (a schema with errors) are skipped.
pub fn calculate(schema: &seedbed_psl::ValidatedSchema) -> SqlSchema {
    calculate_datamodel(&Datamodel {
        models: &schema.models,
        enums: &schema.enums,
        relations: &schema.relations,
        relation_mode: schema.relation_mode(),
    })
}

/// [`calculate`] over the parts of a datamodel.
pub fn calculate_datamodel(dm: &Datamodel<'_>) -> SqlSchema {
    let mut schema = SqlSchema::default();
    let mut tables: HashMap<ModelId, TableId> = HashMap::new();
    for (i, model) in dm.models.iter().enumerate() {
        if model.is_view {
            continue;
        }
        let id = ModelId(i as u32);
        let table = schema.push_table(model.database_name.clone());
        tables.insert(id, table);
        push_columns(&mut schema, dm, model, table);
        push_primary_key(&mut schema, dm, id, table);
        push_indexes(&mut schema, dm, id, table);
    }
    if dm.relation_mode == RelationMode::ForeignKeys {
        for relation in dm
            .relations
            .iter()
            .filter(|r| r.kind != RelationKind::ImplicitManyToMany)
        {
            push_inline_relation(&mut schema, dm, relation, &tables);
        }
    }
    for relation in dm
        .relations
        .iter()
        .filter(|r| r.kind == RelationKind::ImplicitManyToMany)
    {
        push_join_table(&mut schema, dm, relation, &tables);
    }
    schema.prisma_level_defaults.sort();
    schema
}

fn field<'a>(dm: &Datamodel<'a>, id: FieldId) -> Option<&'a psl::Field> {
    dm.models
        .get(id.model.0 as usize)?
        .fields
        .get(id.index as usize)
}

fn scalar<'a>(dm: &Datamodel<'a>, id: FieldId) -> Option<&'a psl::ScalarField> {
    match &field(dm, id)?.kind {
        FieldKind::Scalar(s) => Some(s),
        _ => None,
    }
}

fn column_of(
    schema: &SqlSchema,
    dm: &Datamodel<'_>,
    table: TableId,
    id: FieldId,
) -> Option<ColumnId> {
    schema.find_column(table, &scalar(dm, id)?.database_name)
}

fn family(tpe: &ScalarType) -> ColumnTypeFamily {
    match tpe {
        ScalarType::String | ScalarType::Enum(_) => ColumnTypeFamily::String,
        ScalarType::Int => ColumnTypeFamily::Int,
        ScalarType::BigInt => ColumnTypeFamily::BigInt,
        ScalarType::Float => ColumnTypeFamily::Float,
        ScalarType::Decimal => ColumnTypeFamily::Decimal,
        ScalarType::Boolean => ColumnTypeFamily::Boolean,
        ScalarType::DateTime => ColumnTypeFamily::DateTime,
        ScalarType::Json => ColumnTypeFamily::Json,
        ScalarType::Bytes => ColumnTypeFamily::Binary,
        ScalarType::Unsupported(t) => ColumnTypeFamily::Unsupported(t.clone()),
    }
}

fn push_columns(schema: &mut SqlSchema, dm: &Datamodel<'_>, model: &psl::Model, table: TableId) {
    // The single-field id, if any: an Int one is the rowid and autoincrements.
    let single_id = model
        .primary_key
        .as_ref()
        .filter(|pk| pk.fields.len() == 1)
        .map(|pk| pk.fields[0].field.index);
    for (index, f) in model.fields.iter().enumerate() {
        let FieldKind::Scalar(s) = &f.kind else {
            continue;
        };
        let arity = match f.arity {
            Arity::Required => ColumnArity::Required,
            Arity::Optional | Arity::List => ColumnArity::Nullable,
        };
        let default = s.default.as_ref().map(|d| match &s.scalar_type {
            // Only dbgenerated() is valid on Unsupported fields.
            ScalarType::Unsupported(_) => match &d.kind {
                psl::DefaultKind::DbGenerated(expr) => {
                    ColumnDefault::Available(DefaultValue::DbGenerated(expr.clone()))
                }
                _ => ColumnDefault::None,
            },
            tpe => defaults::column_default(d, tpe, dm.enums),
        });
        let is_autoincrement_default = s
            .default
            .as_ref()
            .is_some_and(|d| d.kind == psl::DefaultKind::Autoincrement);
        let implicit_rowid = single_id == Some(index as u32) && s.scalar_type == ScalarType::Int;
        let id = schema.push_column(Column {
            table,
            name: s.database_name.clone(),
            tpe: ColumnType {
                family: family(&s.scalar_type),
                full_data_type: String::new(),
                arity,
            },
            default: match &default {
                Some(ColumnDefault::Available(d)) => Some(d.clone()),
                _ => None,
            },
            auto_increment: is_autoincrement_default || implicit_rowid,
        });
        if matches!(default, Some(ColumnDefault::PrismaLevel)) {
            schema.prisma_level_defaults.push(id);
        }
    }
}

fn sort_order(sort: Option<psl::SortOrder>) -> Option<SortOrder> {
    sort.map(|s| match s {
        psl::SortOrder::Asc => SortOrder::Asc,
        psl::SortOrder::Desc => SortOrder::Desc,
    })
}

fn index_columns(
    schema: &SqlSchema,
    dm: &Datamodel<'_>,
    table: TableId,
    fields: &[psl::IndexField],
) -> Option<Vec<IndexColumn>> {
    fields
        .iter()
        .map(|f| {
            Some(IndexColumn {
                column: column_of(schema, dm, table, f.field)?,
                sort_order: sort_order(f.sort),
            })
        })
        .collect()
}

fn push_primary_key(schema: &mut SqlSchema, dm: &Datamodel<'_>, model: ModelId, table: TableId) {
    let Some(pk) = &dm.models[model.0 as usize].primary_key else {
        return;
    };
    if let Some(columns) = index_columns(schema, dm, table, &pk.fields) {
        schema.table_mut(table).primary_key = Some(PrimaryKey { columns });
    }
}

fn push_indexes(schema: &mut SqlSchema, dm: &Datamodel<'_>, model: ModelId, table: TableId) {
    let mut indexes: Vec<&psl::Index> = dm.models[model.0 as usize].indexes.iter().collect();
    // Prisma's parser database collects field-level @unique first, then @@index, then
    // @@unique (`resolve_model_attributes`); the sort is stable within each group.
    indexes.sort_by_key(|i| match (i.is_field_level, i.kind) {
        (true, _) => 0,
        (false, psl::IndexKind::Normal) => 1,
        (false, psl::IndexKind::Unique) => 2,
        (false, psl::IndexKind::Fulltext) => 3,
    });
    for index in indexes {
        let Some(columns) = index_columns(schema, dm, table, &index.fields) else {
            continue;
        };
        let kind = match index.kind {
            psl::IndexKind::Unique => IndexKind::Unique,
            psl::IndexKind::Normal | psl::IndexKind::Fulltext => IndexKind::Normal,
        };
        schema.push_index(Index {
            table,
            name: index.constraint_name.clone(),
            kind,
            columns,
        });
    }
}

fn action(a: ReferentialAction) -> ForeignKeyAction {
    match a {
        ReferentialAction::Cascade => ForeignKeyAction::Cascade,
        ReferentialAction::Restrict => ForeignKeyAction::Restrict,
        ReferentialAction::NoAction => ForeignKeyAction::NoAction,
        ReferentialAction::SetNull => ForeignKeyAction::SetNull,
        ReferentialAction::SetDefault => ForeignKeyAction::SetDefault,
    }
}

/// A 1:1 or 1:n relation: a foreign key on the model holding `fields`, named
/// `{table}_{columns}_fkey`.
fn push_inline_relation(
    schema: &mut SqlSchema,
    dm: &Datamodel<'_>,
    relation: &psl::Relation,
    tables: &HashMap<ModelId, TableId>,
) {
    // The forward field is the one with `fields:`; it normally is field A.
    let forward = [relation.field_a, relation.field_b]
        .into_iter()
        .flatten()
        .find_map(|id| match &field(dm, id)?.kind {
            FieldKind::Relation(r) if r.fields.as_ref().is_some_and(|f| !f.is_empty()) => {
                Some((id, r))
            }
            _ => None,
        });
    let Some((forward_id, rf)) = forward else {
        return;
    };
    let (Some(&table), Some(&referenced_table)) =
        (tables.get(&forward_id.model), tables.get(&rf.related_model))
    else {
        return;
    };
    let fields = rf.fields.as_deref().unwrap_or_default();
    let references = rf.references.as_deref().unwrap_or_default();
    let columns: Option<Vec<ColumnId>> = fields
        .iter()
        .map(|f| column_of(schema, dm, table, *f))
        .collect();
    let referenced: Option<Vec<ColumnId>> = references
        .iter()
        .map(|f| column_of(schema, dm, referenced_table, *f))
        .collect();
    let (Some(columns), Some(referenced_columns)) = (columns, referenced) else {
        return;
    };
    if columns.len() != referenced_columns.len() {
        return;
    }
    // Required if any referencing field is required (`referential_arity`).
    let required = fields
        .iter()
        .any(|f| field(dm, *f).is_some_and(|f| f.arity == Arity::Required))
        || field(dm, forward_id).is_some_and(|f| f.arity == Arity::Required);
    let on_delete = rf.on_delete.map(action).unwrap_or(if required {
        ForeignKeyAction::Restrict
    } else {
        ForeignKeyAction::SetNull
    });
    let on_update = rf
        .on_update
        .map(action)
        .unwrap_or(ForeignKeyAction::Cascade);
    let names: Vec<&str> = columns
        .iter()
        .map(|c| schema.column(*c).name.as_str())
        .collect();
    let constraint_name = format!("{}_{}_fkey", schema.table(table).name, names.join("_"));
    schema.push_foreign_key(ForeignKey {
        table,
        constraint_name: Some(constraint_name),
        referenced_table,
        columns,
        referenced_columns,
        on_delete,
        on_update,
    });
}

/// An implicit m:n relation: `_{name}` with `A`/`B` typed like the two ids, a unique index
/// on (A, B), an index on B, and cascading foreign keys (unless `relationMode = "prisma"`).
fn push_join_table(
    schema: &mut SqlSchema,
    dm: &Datamodel<'_>,
    relation: &psl::Relation,
    tables: &HashMap<ModelId, TableId>,
) {
    let (Some(&table_a), Some(&table_b)) =
        (tables.get(&relation.model_a), tables.get(&relation.model_b))
    else {
        return;
    };
    let id_column = |t: TableId| -> Option<ColumnId> {
        let pk = schema.table(t).primary_key.as_ref()?;
        Some(pk.columns.first()?.column)
    };
    let (Some(id_a), Some(id_b)) = (id_column(table_a), id_column(table_b)) else {
        return;
    };
    let name = relation.join_table_name();
    let table = schema.push_table(name.clone());
    let column = |schema: &mut SqlSchema, column_name: &str, like: ColumnId| {
        let mut tpe = schema.column(like).tpe.clone();
        tpe.arity = ColumnArity::Required;
        schema.push_column(Column {
            table,
            name: column_name.to_owned(),
            tpe,
            default: None,
            auto_increment: false,
        })
    };
    let a = column(schema, "A", id_a);
    let b = column(schema, "B", id_b);
    let plain = |column| IndexColumn {
        column,
        sort_order: None,
    };
    schema.push_index(Index {
        table,
        name: format!("{name}_AB_unique"),
        kind: IndexKind::Unique,
        columns: vec![plain(a), plain(b)],
    });
    schema.push_index(Index {
        table,
        name: format!("{name}_B_index"),
        kind: IndexKind::Normal,
        columns: vec![plain(b)],
    });
    if dm.relation_mode != RelationMode::ForeignKeys {
        return;
    }
    for (column, referenced_table, referenced, letter) in
        [(a, table_a, id_a, "A"), (b, table_b, id_b, "B")]
    {
        schema.push_foreign_key(ForeignKey {
            table,
            constraint_name: Some(format!("{name}_{letter}_fkey")),
            referenced_table,
            columns: vec![column],
            referenced_columns: vec![referenced],
            on_delete: ForeignKeyAction::Cascade,
            on_update: ForeignKeyAction::Cascade,
        });
    }
}
