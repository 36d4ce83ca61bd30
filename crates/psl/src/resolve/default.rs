//! `@default(...)`: which values and functions fit which field types.

use super::Ctx;
use super::visitor::{Args, coerce_string, expr_to_string};
use crate::ast::{self, Expression};
use crate::diagnostics::codes;
use crate::model::*;

/// Validates the default of a scalar field and returns it when acceptable.
pub(super) fn visit_default(
    ctx: &mut Ctx<'_>,
    id: FieldId,
    ast_field: &ast::Field,
    ty: &ScalarType,
    args: &mut Args<'_>,
) -> Option<DefaultValue> {
    let value = match args.default_arg("value") {
        Ok(v) => v,
        Err(e) => {
            ctx.diags.push(e);
            return None;
        }
    };
    let map = match args
        .optional("map")
        .and_then(|e| coerce_string(e, ctx.diags))
    {
        Some("") => {
            let d = args.error(
                codes::DEFAULT_VALUE,
                "The `map` argument cannot be an empty string.",
            );
            ctx.diags.push(d);
            None
        }
        other => other.map(str::to_owned),
    };
    let span = args.attr.span;
    let make = |kind| {
        Some(DefaultValue {
            kind,
            map: map.clone(),
            span,
        })
    };
    let is_list = ast_field.arity == ast::FieldArity::List;

    if let Expression::Function(name, fargs, _) = value
        && name == "dbgenerated"
    {
        return match fargs.arguments.first().map(|a| &a.value) {
            None => make(DefaultKind::DbGenerated(None)),
            Some(Expression::String(s, _)) if s.is_empty() => {
                let d = args.error(
                    codes::DEFAULT_VALUE,
                    "dbgenerated() takes either no argument, or a single nonempty string argument.",
                );
                ctx.diags.push(d);
                None
            }
            Some(Expression::String(s, _)) => make(DefaultKind::DbGenerated(Some(s.clone()))),
            Some(_) => {
                let d = args.error(
                    codes::DEFAULT_VALUE,
                    "`dbgenerated()` takes a single String argument",
                );
                ctx.diags.push(d);
                None
            }
        };
    }

    let mut err = |ctx: &mut Ctx<'_>, msg: String| {
        let d = args.error(codes::DEFAULT_VALUE, &msg);
        ctx.diags.push(d);
        None
    };

    match ty {
        ScalarType::Unsupported(_) => err(
            ctx,
            "Only @default(dbgenerated(\"...\")) can be used for Unsupported types.".into(),
        ),
        ScalarType::Enum(eid) => {
            let values: Vec<String> = ctx
                .db
                .enums
                .get(eid.0 as usize)
                .map(|e| e.values.iter().map(|v| v.name.clone()).collect())
                .unwrap_or_default();
            let check = |e: &Expression| -> Result<String, String> {
                match e {
                    Expression::Constant(c, _) if values.contains(c) => Ok(c.clone()),
                    Expression::Constant(c, _) => Err(format!(
                        "The defined default value `{c}` is not a valid value of the enum specified for the field."
                    )),
                    other => Err(format!(
                        "Expected an enum value, but found `{}`.",
                        expr_to_string(other)
                    )),
                }
            };
            if is_list {
                match value {
                    Expression::Array(items, _) => {
                        let mut out = Vec::new();
                        for item in items {
                            match check(item) {
                                Ok(v) => out.push(Literal::String(v)),
                                Err(m) => return err(ctx, m),
                            }
                        }
                        make(DefaultKind::Value(Literal::List(out)))
                    }
                    other => err(
                        ctx,
                        format!(
                            "Expected an enum value, but found `{}`.",
                            expr_to_string(other)
                        ),
                    ),
                }
            } else {
                match check(value) {
                    Ok(v) => make(DefaultKind::EnumValue(v)),
                    Err(m) => err(ctx, m),
                }
            }
        }
        builtin => {
            if let Expression::Function(name, fargs, fspan) = value {
                return function_default(
                    ctx,
                    id,
                    builtin,
                    name,
                    fargs,
                    *fspan,
                    map.is_some(),
                    &mut err,
                )
                .and_then(make);
            }
            if is_list {
                return match value {
                    Expression::Array(items, _) => {
                        let mut out = Vec::new();
                        for item in items {
                            match literal(builtin, item) {
                                Ok(l) => out.push(l),
                                Err(m) => return err(ctx, m),
                            }
                        }
                        make(DefaultKind::Value(Literal::List(out)))
                    }
                    _ => err(
                        ctx,
                        "The default value of a list field must be a list.".into(),
                    ),
                };
            }
            if let Expression::Array(..) = value {
                return err(
                    ctx,
                    "The default value of a non-list field cannot be a list.".into(),
                );
            }
            match literal(builtin, value) {
                Ok(l) => make(DefaultKind::Value(l)),
                Err(m) => err(ctx, m),
            }
        }
    }
}

/// A literal that fits the scalar type, or Prisma's error text.
fn literal(ty: &ScalarType, value: &Expression) -> Result<Literal, String> {
    match (ty, value) {
        (
            ScalarType::String
            | ScalarType::Json
            | ScalarType::Bytes
            | ScalarType::DateTime
            | ScalarType::Decimal,
            Expression::String(s, _),
        ) => Ok(Literal::String(s.clone())),
        (
            ScalarType::Int | ScalarType::BigInt | ScalarType::Float | ScalarType::Decimal,
            Expression::Numeric(n, _),
        ) => Ok(Literal::Number(n.clone())),
        (ScalarType::Boolean, Expression::Constant(c, _)) => match c.as_str() {
            "true" => Ok(Literal::Boolean(true)),
            "false" => Ok(Literal::Boolean(false)),
            _ => Err("A boolean literal must be `true` or `false`.".into()),
        },
        (ty, v) => Err(format!(
            "Expected a {} value, but found `{}`.",
            ty.name(),
            expr_to_string(v)
        )),
    }
}

#[allow(clippy::too_many_arguments)]
fn function_default(
    ctx: &mut Ctx<'_>,
    id: FieldId,
    ty: &ScalarType,
    name: &str,
    fargs: &ast::ArgumentsList,
    span: crate::span::Span,
    has_map: bool,
    err: &mut dyn FnMut(&mut Ctx<'_>, String) -> Option<DefaultValue>,
) -> Option<DefaultKind> {
    let args: Vec<&Expression> = fargs.arguments.iter().map(|a| &a.value).collect();
    let no_args = |ctx: &mut Ctx<'_>,
                   err: &mut dyn FnMut(&mut Ctx<'_>, String) -> Option<DefaultValue>,
                   kind: DefaultKind| {
        if args.is_empty() {
            Some(kind)
        } else {
            err(
                ctx,
                format!(
                    "The `{name}` function does not take any argument. Consider changing this default to `{name}()`."
                ),
            );
            None
        }
    };
    let is_int = matches!(ty, ScalarType::Int | ScalarType::BigInt);
    match name {
        "autoincrement" if has_map => {
            err(
                ctx,
                "Naming an autoincrement default value is not allowed.".into(),
            );
            None
        }
        "autoincrement" if is_int => no_args(ctx, err, DefaultKind::Autoincrement),
        "ulid" if *ty == ScalarType::String => no_args(ctx, err, DefaultKind::Ulid),
        "now" if *ty == ScalarType::DateTime => no_args(ctx, err, DefaultKind::Now),
        "cuid" | "uuid" if *ty == ScalarType::String => {
            let valid: &[u8] = if name == "cuid" { &[1, 2] } else { &[4, 7] };
            if args.len() > 1 {
                err(ctx, format!("`{name}()` takes a single Int argument."));
            }
            match args.first() {
                None => Some(if name == "cuid" {
                    DefaultKind::Cuid(1)
                } else {
                    DefaultKind::Uuid(4)
                }),
                Some(Expression::Numeric(n, _)) => match n.parse::<u8>() {
                    Ok(v) if valid.contains(&v) => Some(if name == "cuid" {
                        DefaultKind::Cuid(v)
                    } else {
                        DefaultKind::Uuid(v)
                    }),
                    _ => {
                        err(
                            ctx,
                            format!(
                                "`{name}()` takes either no argument, or a single integer argument which is either {} or {}.",
                                valid[0], valid[1]
                            ),
                        );
                        None
                    }
                },
                Some(_) => {
                    err(ctx, format!("`{name}()` takes a single Int argument."));
                    None
                }
            }
        }
        "nanoid" if *ty == ScalarType::String => {
            if args.len() > 1 {
                err(ctx, "`nanoid()` takes a single Int argument.".into());
            }
            match args.first() {
                None => Some(DefaultKind::Nanoid(None)),
                Some(Expression::Numeric(n, _)) => match n.parse::<u8>() {
                    Ok(v) if v >= 2 => Some(DefaultKind::Nanoid(Some(v))),
                    _ => {
                        err(ctx, "`nanoid()` takes either no argument, or a single integer argument between 2 and 255.".into());
                        None
                    }
                },
                Some(_) => {
                    err(ctx, "`nanoid()` takes a single Int argument.".into());
                    None
                }
            }
        }
        "auto" => {
            // MongoDB only: reported by the connector check during validation.
            ctx.db
                .unknown_function_defaults
                .push((id, name.to_owned(), span));
            None
        }
        "autoincrement" | "ulid" | "now" | "cuid" | "uuid" | "nanoid" => {
            err(
                ctx,
                format!(
                    "The function `{name}()` cannot be used on fields of type `{}`.",
                    ty.name()
                ),
            );
            None
        }
        _ => {
            ctx.db
                .unknown_function_defaults
                .push((id, name.to_owned(), span));
            None
        }
    }
}
