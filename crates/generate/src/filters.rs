//! Scalar filters (`IntFilter`, `StringNullableFilter`, `NestedIntWithAggregatesFilter`, …)
//! and update operations (`IntFieldUpdateOperationsInput`, …), per scalar kind.

use crate::registry::{Decl, Field, FilterSpec, Registry, Req};
use crate::scalar::Kind;

const M: &str = "<$PrismaModel>";

/// The nested filter for an aggregate of a field (`_count` is an Int, `_avg` a Float or
/// Decimal, the others keep the field's kind).
fn nested(reg: &mut Registry<'_>, kind: Kind, nullable: bool) -> String {
    let name = reg.r(Req::Filter(FilterSpec {
        kind,
        nullable,
        nested: true,
        aggregates: false,
    }));
    format!("{name}{M}")
}

pub fn filter(reg: &mut Registry<'_>, spec: FilterSpec) -> Decl {
    let schema = reg.schema;
    let kind = spec.kind;
    let null = if spec.nullable { " | null" } else { "" };
    let mut fields = if kind == Kind::Json {
        json_filter_fields()
    } else {
        let v = kind.input(schema);
        let r = format!("{}FieldRefInput{M}", kind.ref_name(schema));
        let mut fields = vec![Field::opt("equals", format!("{v} | {r}{null}"))];
        if kind.has_in() {
            let list = kind.input_list(schema);
            fields.push(Field::opt("in", format!("{list}{null}")));
            fields.push(Field::opt("notIn", format!("{list}{null}")));
        }
        if kind.is_ordered() {
            for op in ["lt", "lte", "gt", "gte"] {
                fields.push(Field::opt(op, format!("{v} | {r}")));
            }
        }
        if kind == Kind::String {
            for op in ["contains", "startsWith", "endsWith"] {
                fields.push(Field::opt(op, format!("string | StringFieldRefInput{M}")));
            }
        }
        let this = reg.r(Req::Filter(FilterSpec {
            nested: true,
            ..spec
        }));
        fields.push(Field::opt("not", format!("{this}{M} | {v}{null}")));
        fields
    };
    if spec.aggregates {
        fields.push(Field::opt("_count", nested(reg, Kind::Int, spec.nullable)));
        if kind.is_numeric() {
            let avg = if kind == Kind::Decimal {
                Kind::Decimal
            } else {
                Kind::Float
            };
            fields.push(Field::opt("_avg", nested(reg, avg, spec.nullable)));
            fields.push(Field::opt("_sum", nested(reg, kind, spec.nullable)));
        }
        fields.push(Field::opt("_min", nested(reg, kind, spec.nullable)));
        fields.push(Field::opt("_max", nested(reg, kind, spec.nullable)));
    }
    Decl {
        generic: true,
        fields,
        at_least: None,
    }
}

/// Json filters on SQLite (Prisma wraps these fields in a union that requires `path` to
/// come with a path operation; here they are one plain object).
fn json_filter_fields() -> Vec<Field> {
    let json = format!("InputJsonValue | JsonFieldRefInput{M}");
    let string = format!("string | StringFieldRefInput{M}");
    vec![
        Field::opt("equals", format!("{json} | JsonNullValueFilter")),
        Field::opt("path", "string"),
        Field::opt("mode", format!("QueryMode | EnumQueryModeFieldRefInput{M}")),
        Field::opt("string_contains", string.clone()),
        Field::opt("string_starts_with", string.clone()),
        Field::opt("string_ends_with", string),
        Field::opt("array_starts_with", format!("{json} | null")),
        Field::opt("array_ends_with", format!("{json} | null")),
        Field::opt("not", format!("{json} | JsonNullValueFilter")),
    ]
}

pub fn update_ops(reg: &mut Registry<'_>, kind: Kind, nullable: bool) -> Decl {
    let v = kind.input(reg.schema);
    let null = if nullable { " | null" } else { "" };
    let mut fields = vec![Field::opt("set", format!("{v}{null}"))];
    if kind.is_numeric() {
        for op in ["increment", "decrement", "multiply", "divide"] {
            fields.push(Field::opt(op, v.clone()));
        }
    }
    Decl {
        fields,
        ..Decl::default()
    }
}
