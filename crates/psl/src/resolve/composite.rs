//! Attributes of composite types (`type X { … }`), which exist for MongoDB only. Prisma
//! still resolves their attributes before it rejects the type on SQLite, and when one of
//! them is wrong it reports that instead (validation, which says "Composite types are not
//! supported", never runs then). So do we: the same messages, on the same spans.

use super::{Ctx, TopRef};
use crate::ast::{self, Expression, Top};
use crate::diagnostics::{Diagnostic, codes};
use crate::model::ScalarType;
use crate::resolve::visitor::expr_to_string;

pub(super) fn check_composite_types(ctx: &mut Ctx<'_>) {
    for top in &ctx.ast.tops {
        let Top::Model(m) = top else { continue };
        if m.kind == ast::ModelKind::CompositeType {
            for field in &m.fields {
                field_attributes(ctx, field);
            }
            for attr in &m.attributes {
                let what = match attr.name.name.as_str() {
                    "unique" => "A unique constraint",
                    "index" => "An index",
                    _ => continue,
                };
                ctx.diags.push(Diagnostic::error(
                    codes::INDEX,
                    format!("Error validating: {what} should be defined in the model containing the embed."),
                    attr.span,
                ));
            }
        } else {
            // A model field whose type is a composite type cannot have a default.
            for field in &m.fields {
                let ast::FieldType::Supported(ty) = &field.field_type else {
                    continue;
                };
                if !matches!(ctx.names.get(&ty.name), Some(TopRef::Composite(_))) {
                    continue;
                }
                if let Some(attr) = field.attributes.iter().find(|a| a.name.name == "default") {
                    ctx.diags.push(Diagnostic::error(
                        codes::DEFAULT_VALUE,
                        format!("Error validating field `{}` in composite type `{}`: Defaults on fields of type composite are not supported. Please remove the `@default` attribute.", field.name.name, ty.name),
                        attr.span,
                    ));
                }
            }
        }
    }
}

fn field_attributes(ctx: &mut Ctx<'_>, field: &ast::Field) {
    for attr in &field.attributes {
        match attr.name.name.as_str() {
            "id" => {
                ctx.diags.push(Diagnostic::error(
                    codes::ID,
                    "Error validating: Defining `@id` attribute for a field in a composite type is not allowed.",
                    crate::span::through_line_end(&ctx.ast.source, attr.span),
                ));
                ctx.diags.push(Diagnostic::error(
                    codes::UNKNOWN_ATTRIBUTE,
                    "Attribute not known: \"@id\".",
                    attr.span,
                ));
            }
            "default" => {
                if let Some(message) = default_problem(ctx, field, attr) {
                    ctx.diags.push(message);
                }
            }
            _ => {}
        }
    }
}

/// What is wrong with a composite field's `@default`, if anything.
fn default_problem(ctx: &Ctx<'_>, field: &ast::Field, attr: &ast::Attribute) -> Option<Diagnostic> {
    let error = |msg: String| {
        Some(Diagnostic::error(
            codes::DEFAULT_VALUE,
            format!("Error parsing attribute \"@default\": {msg}"),
            attr.span,
        ))
    };
    let args = &attr.arguments.arguments;
    if args
        .iter()
        .any(|a| a.name.as_ref().is_some_and(|n| n.name == "map"))
    {
        return error("The `map` argument is not allowed on a composite type field.".into());
    }
    let value = args
        .iter()
        .find(|a| a.name.as_ref().is_none_or(|n| n.name == "value"))
        .map(|a| &a.value)?;
    let type_name = match &field.field_type {
        ast::FieldType::Unsupported(..) => {
            return error(
                "Composite field of type `Unsupported` cannot have default values.".into(),
            );
        }
        ast::FieldType::Supported(id) => id.name.as_str(),
    };
    let scalar = ScalarType::from_builtin(type_name);
    let enum_values: Option<Vec<&str>> = match ctx.names.get(type_name) {
        Some(TopRef::Enum(id)) => ctx
            .db
            .enums
            .get(id.0 as usize)
            .map(|e| e.values.iter().map(|v| v.name.as_str()).collect()),
        _ => None,
    };
    match value {
        Expression::Function(name, _, span) => {
            let known_for_scalar = matches!(
                name.as_str(),
                "cuid"
                    | "uuid"
                    | "ulid"
                    | "nanoid"
                    | "now"
                    | "auto"
                    | "autoincrement"
                    | "dbgenerated"
                    | "sequence"
            );
            match name.as_str() {
                "autoincrement" => error(
                    "The function `autoincrement()` is not supported on composite fields.".into(),
                ),
                "dbgenerated" => error(
                    "Fields of composite types cannot have `dbgenerated()` as default.".into(),
                ),
                _ if enum_values.is_some() => error(format!(
                    "Expected an enum value, but found `{}`.",
                    expr_to_string(value)
                )),
                "now" if scalar != Some(ScalarType::DateTime) => error(format!(
                    "The function `now()` cannot be used on fields of type `{type_name}`."
                )),
                _ if !known_for_scalar => Some(Diagnostic::error(
                    codes::UNKNOWN_FUNCTION,
                    format!(
                        "Unknown function in @default(): `{name}` is not known. You can read about the available functions here: https://pris.ly/d/attribute-functions"
                    ),
                    *span,
                )),
                _ => None,
            }
        }
        Expression::Constant(c, _) if enum_values.is_some() => {
            if enum_values.is_some_and(|values| values.contains(&c.as_str())) {
                None
            } else {
                error(format!(
                    "The defined default value `{c}` is not a valid value of the enum specified for the field."
                ))
            }
        }
        _ if enum_values.is_some() => error(format!(
            "Expected an enum value, but found `{}`.",
            expr_to_string(value)
        )),
        _ => {
            let scalar = scalar?;
            let fits = match (&scalar, value) {
                (ScalarType::Boolean, Expression::Constant(c, _)) => {
                    if c != "true" && c != "false" {
                        return error("A boolean literal must be `true` or `false`.".into());
                    }
                    true
                }
                (
                    ScalarType::String
                    | ScalarType::Json
                    | ScalarType::Bytes
                    | ScalarType::DateTime
                    | ScalarType::Decimal,
                    Expression::String(..),
                ) => true,
                (
                    ScalarType::Int | ScalarType::BigInt | ScalarType::Float | ScalarType::Decimal,
                    Expression::Numeric(..),
                ) => true,
                _ => false,
            };
            if fits {
                None
            } else {
                error(format!(
                    "Expected a {} value, but found `{}`.",
                    scalar.name(),
                    expr_to_string(value)
                ))
            }
        }
    }
}
