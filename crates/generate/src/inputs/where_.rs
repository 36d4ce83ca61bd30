//! Read inputs: `WhereInput`, `ScalarWhereInput`, `WhereUniqueInput` (with compound keys),
//! the `orderBy` inputs and the relation filters.

use crate::fields::{Scalar, is_list, relations, scalars, unique_criteria};
use crate::registry::{Agg, Decl, Field, FilterSpec, Registry, Req};
use crate::scalar::Kind;
use seedbed_psl::{Arity, ModelId};

/// `AND`/`OR`/`NOT` over `name`.
fn logic(name: &str) -> Vec<Field> {
    vec![
        Field::opt("AND", format!("{name} | {name}[]")),
        Field::opt("OR", format!("{name}[]")),
        Field::opt("NOT", format!("{name} | {name}[]")),
    ]
}

/// A scalar's filter in a `where`: `IntFilter<"User"> | number`, nullable with `| null`;
/// Json takes only its filter object.
pub fn where_scalar(
    reg: &mut Registry<'_>,
    s: &Scalar<'_>,
    model: &str,
    aggregates: bool,
) -> String {
    let filter = reg.r(Req::Filter(FilterSpec {
        kind: s.kind,
        nullable: s.nullable(),
        nested: false,
        aggregates,
    }));
    if s.kind == Kind::Json {
        return format!("{filter}<\"{model}\">");
    }
    let null = if s.nullable() { " | null" } else { "" };
    format!("{filter}<\"{model}\"> | {}{null}", s.kind.input(reg.schema))
}

pub fn where_input(reg: &mut Registry<'_>, m: ModelId, scalar_only: bool) -> Decl {
    let Some(model) = reg.schema.walk_model(m) else {
        return Decl::default();
    };
    let self_name = reg.r(if scalar_only {
        Req::ScalarWhere(m)
    } else {
        Req::Where(m)
    });
    let mut fields = logic(&self_name);
    for s in scalars(model) {
        let ty = where_scalar(reg, &s, &model.name, false);
        fields.push(Field::opt(s.name(), ty));
    }
    if !scalar_only {
        fields.extend(relation_filters(reg, m));
    }
    Decl {
        fields,
        ..Decl::default()
    }
}

/// The relation fields of a `where`: list filters, and to-one filters or a plain `where`.
fn relation_filters(reg: &mut Registry<'_>, m: ModelId) -> Vec<Field> {
    let Some(model) = reg.schema.walk_model(m) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for f in relations(model) {
        let Some(r) = f.related_model() else { continue };
        let ty = if is_list(f) {
            reg.r(Req::ListRelationFilter(r.id))
        } else {
            let nullable = f.arity != Arity::Required;
            let filter = reg.r(Req::ScalarRelationFilter(r.id, nullable));
            let w = reg.r(Req::Where(r.id));
            let null = if nullable { " | null" } else { "" };
            format!("XOR<{filter}, {w}>{null}")
        };
        out.push(Field::opt(f.name.clone(), ty));
    }
    out
}

pub fn where_unique(reg: &mut Registry<'_>, m: ModelId) -> Decl {
    let Some(model) = reg.schema.walk_model(m) else {
        return Decl::default();
    };
    let criteria = unique_criteria(model);
    let mut fields = Vec::new();
    let mut single = Vec::new();
    for (i, c) in criteria.iter().enumerate() {
        let ty = if c.is_compound() {
            reg.r(Req::CompoundUnique(m, i))
        } else {
            single.push(c.fields[0].field.id);
            c.fields[0].kind.input(reg.schema)
        };
        fields.push(Field::opt(c.key.clone(), ty));
    }
    let w = reg.r(Req::Where(m));
    fields.extend(logic(&w));
    for s in scalars(model) {
        if single.contains(&s.field.id) {
            continue;
        }
        let ty = where_scalar(reg, &s, &model.name, false);
        fields.push(Field::opt(s.name(), ty));
    }
    fields.extend(relation_filters(reg, m));
    Decl {
        fields,
        at_least: Some(criteria.into_iter().map(|c| c.key).collect()),
        ..Decl::default()
    }
}

pub fn compound_unique(reg: &mut Registry<'_>, m: ModelId, i: usize) -> Decl {
    let Some(model) = reg.schema.walk_model(m) else {
        return Decl::default();
    };
    let fields = unique_criteria(model)
        .into_iter()
        .nth(i)
        .map(|c| {
            c.fields
                .iter()
                .map(|s| Field::req(s.name(), s.kind.input(reg.schema)))
                .collect()
        })
        .unwrap_or_default();
    Decl {
        fields,
        ..Decl::default()
    }
}

/// `SortOrder`, or `SortOrderInput | SortOrder` for nullable fields (where `nulls` applies).
fn sort(reg: &mut Registry<'_>, s: &Scalar<'_>) -> String {
    if s.nullable() {
        format!("{} | SortOrder", reg.r(Req::SortOrderInput))
    } else {
        "SortOrder".to_owned()
    }
}

pub fn order_by_relation(reg: &mut Registry<'_>, m: ModelId) -> Decl {
    let Some(model) = reg.schema.walk_model(m) else {
        return Decl::default();
    };
    let mut fields = Vec::new();
    for s in scalars(model) {
        let ty = sort(reg, &s);
        fields.push(Field::opt(s.name(), ty));
    }
    for f in relations(model) {
        let Some(r) = f.related_model() else { continue };
        let ty = if is_list(f) {
            reg.r(Req::OrderByRelationAggregate(r.id))
        } else {
            reg.r(Req::OrderByRelation(r.id))
        };
        fields.push(Field::opt(f.name.clone(), ty));
    }
    Decl {
        fields,
        ..Decl::default()
    }
}

/// The aggregates a model has: `_avg`/`_sum` only with a numeric field.
pub fn model_aggs(reg: &Registry<'_>, m: ModelId) -> Vec<Agg> {
    let numeric = reg
        .schema
        .walk_model(m)
        .is_some_and(|model| scalars(model).iter().any(|s| s.kind.is_numeric()));
    if numeric {
        vec![Agg::Count, Agg::Avg, Agg::Max, Agg::Min, Agg::Sum]
    } else {
        vec![Agg::Count, Agg::Max, Agg::Min]
    }
}

pub fn order_by_aggregation(reg: &mut Registry<'_>, m: ModelId) -> Decl {
    let Some(model) = reg.schema.walk_model(m) else {
        return Decl::default();
    };
    let mut fields = Vec::new();
    for s in scalars(model) {
        let ty = sort(reg, &s);
        fields.push(Field::opt(s.name(), ty));
    }
    for agg in model_aggs(reg, m) {
        let ty = reg.r(Req::AggOrderBy(m, agg));
        fields.push(Field::opt(format!("_{}", agg.name().to_lowercase()), ty));
    }
    Decl {
        fields,
        ..Decl::default()
    }
}

pub fn agg_order_by(reg: &mut Registry<'_>, m: ModelId, agg: Agg) -> Decl {
    let Some(model) = reg.schema.walk_model(m) else {
        return Decl::default();
    };
    let fields = scalars(model)
        .into_iter()
        .filter(|s| match agg {
            Agg::Count => true,
            Agg::Avg | Agg::Sum => s.kind.is_numeric(),
            Agg::Min | Agg::Max => s.kind.is_comparable(),
        })
        .map(|s| Field::opt(s.name(), "SortOrder"))
        .collect();
    Decl {
        fields,
        ..Decl::default()
    }
}

pub fn scalar_where_aggregates(reg: &mut Registry<'_>, m: ModelId) -> Decl {
    let Some(model) = reg.schema.walk_model(m) else {
        return Decl::default();
    };
    let name = reg.r(Req::ScalarWhereAggregates(m));
    let mut fields = logic(&name);
    for s in scalars(model) {
        let ty = where_scalar(reg, &s, &model.name, true);
        fields.push(Field::opt(s.name(), ty));
    }
    Decl {
        fields,
        ..Decl::default()
    }
}

pub fn list_relation_filter(reg: &mut Registry<'_>, m: ModelId) -> Decl {
    let w = reg.r(Req::Where(m));
    Decl {
        fields: ["every", "some", "none"]
            .into_iter()
            .map(|k| Field::opt(k, w.clone()))
            .collect(),
        ..Decl::default()
    }
}

pub fn scalar_relation_filter(reg: &mut Registry<'_>, m: ModelId, nullable: bool) -> Decl {
    let w = reg.r(Req::Where(m));
    let ty = if nullable { format!("{w} | null") } else { w };
    Decl {
        fields: vec![Field::opt("is", ty.clone()), Field::opt("isNot", ty)],
        ..Decl::default()
    }
}
