//! `@@id`, `@@unique`, `@@index` and `@@fulltext`: resolving their field
//! lists and arguments.

use super::Ctx;
use super::attributes::{clustered_arg, model_error, optional_name};
use super::visitor::{Args, coerce_array, coerce_constant, coerce_integer};
use crate::ast::{self, Expression};
use crate::diagnostics::codes;
use crate::model::*;
use crate::span::Span;

enum FieldsProblem {
    Unknown(Vec<String>),
    Relation(Vec<String>),
}

/// Resolves `[a, b(sort: Desc)]` against the model's fields.
fn resolve_index_fields(
    ctx: &mut Ctx<'_>,
    model: ModelId,
    fields: &Expression,
) -> Result<Vec<IndexField>, FieldsProblem> {
    let mut out = Vec::new();
    let mut unknown = Vec::new();
    let mut relation = Vec::new();
    for item in coerce_array(fields) {
        let (name, args) = match item {
            Expression::Constant(n, _) => (n.as_str(), None),
            Expression::Function(n, a, _) => (n.as_str(), Some(a)),
            other => {
                ctx.diags
                    .push(super::visitor::type_mismatch("constant literal", other));
                continue;
            }
        };
        let (mut sort, mut length) = (None, None);
        for a in args.map(|a| a.arguments.as_slice()).unwrap_or(&[]) {
            match a.name.as_ref().map(|n| n.name.as_str()) {
                Some("sort") => {
                    sort = match a.value.as_constant() {
                        Some("Asc") => Some(SortOrder::Asc),
                        Some("Desc") => Some(SortOrder::Desc),
                        _ => None,
                    }
                }
                Some("length") => {
                    length = coerce_integer(&a.value, ctx.diags).map(|v| v.max(0) as u32)
                }
                _ => {}
            }
        }
        match ctx.find_field(model, name) {
            // Prisma counts every non-scalar field (also unresolved ones) as a relation field.
            Some(fid)
                if matches!(
                    ctx.field(fid).map(|f| &f.kind),
                    Some(FieldKind::Relation(_) | FieldKind::Unresolved(_))
                ) =>
            {
                relation.push(name.to_owned())
            }
            Some(fid) => out.push(IndexField {
                field: fid,
                sort,
                length,
            }),
            None => unknown.push(name.to_owned()),
        }
    }
    if !unknown.is_empty() {
        Err(FieldsProblem::Unknown(unknown))
    } else if !relation.is_empty() {
        Err(FieldsProblem::Relation(relation))
    } else {
        Ok(out)
    }
}

fn backtick_list(names: &[String]) -> String {
    let plural = if names.len() > 1 { "s" } else { "" };
    format!(
        "field{plural} {}",
        names
            .iter()
            .map(|n| format!("`{n}`"))
            .collect::<Vec<_>>()
            .join(", ")
    )
}

pub(super) fn model_id_attribute(
    ctx: &mut Ctx<'_>,
    model: ModelId,
    ast_model: &ast::Model,
    args: &mut Args<'_>,
    pk: &mut Option<PrimaryKey>,
    is_ignored: bool,
) {
    let fields_expr = match args.default_arg("fields") {
        Ok(e) => e,
        Err(e) => {
            ctx.diags.push(e);
            return;
        }
    };
    let fields = match resolve_index_fields(ctx, model, fields_expr) {
        Ok(f) => f,
        Err(FieldsProblem::Unknown(u)) => {
            let msg = format!(
                "The multi field id declaration refers to the unknown {}.",
                backtick_list(&u)
            );
            model_error(ctx, model, &msg, fields_expr.span());
            return;
        }
        Err(FieldsProblem::Relation(r)) => {
            let msg = format!(
                "The id definition refers to the relation {}. ID definitions must reference only scalar fields.",
                backtick_list(&r)
            );
            model_error(ctx, model, &msg, args.attr.span);
            return;
        }
    };
    let optional: Vec<String> = fields
        .iter()
        .filter_map(|f| ast_model.fields.get(f.field.index as usize))
        .filter(|f| f.arity != ast::FieldArity::Required)
        .map(|f| f.name.name.clone())
        .collect();
    if !optional.is_empty() && !is_ignored {
        let msg = format!(
            "The id definition refers to the optional {}. ID definitions must reference only required fields.",
            backtick_list(&optional)
        );
        model_error(ctx, model, &msg, args.attr.span);
    }
    if pk.is_some() {
        model_error(
            ctx,
            model,
            "Each model must have at most one id criteria. You can't have `@id` and `@@id` at the same time.",
            ast_model.span,
        );
    }
    let map = optional_name(args, "map", ctx.diags);
    let name = optional_name(args, "name", ctx.diags);
    if let Some(n) = &name {
        validate_client_name(ctx, model, n, "@@id", args.attr.span);
    }
    let _ = clustered_arg(args, ctx.diags);
    *pk = Some(PrimaryKey {
        fields,
        name,
        constraint_name: map.clone().unwrap_or_default(),
        map,
        is_field_level: false,
        span: args.attr.span,
    });
}

fn validate_client_name(
    ctx: &mut Ctx<'_>,
    model: ModelId,
    name: &str,
    attribute: &str,
    span: Span,
) {
    if !name.chars().all(|c| c == '_' || c.is_ascii_alphanumeric()) {
        let msg = format!(
            "The `name` property within the `{attribute}` attribute only allows for the following characters: `_a-zA-Z0-9`."
        );
        model_error(ctx, model, &msg, span);
    }
}

pub(super) fn model_index(
    ctx: &mut Ctx<'_>,
    model: ModelId,
    _ast_model: &ast::Model,
    args: &mut Args<'_>,
    kind: IndexKind,
) -> Option<Index> {
    let fields_expr = match args.default_arg("fields") {
        Ok(e) => Some(e),
        Err(e) => {
            ctx.diags.push(e);
            None
        }
    };
    let mut algorithm = None;
    let prefix = if kind == IndexKind::Unique {
        "unique "
    } else {
        ""
    };
    let mut fields = Vec::new();
    if let Some(fe) = fields_expr {
        match resolve_index_fields(ctx, model, fe) {
            Ok(f) => fields = f,
            Err(FieldsProblem::Unknown(u)) => {
                let msg = format!(
                    "The {prefix}index definition refers to the unknown fields: {}.",
                    u.join(", ")
                );
                model_error(ctx, model, &msg, args.attr.span);
            }
            Err(FieldsProblem::Relation(r)) => {
                let mut suggested = Vec::new();
                for n in &r {
                    if let Some(fid) = ctx.find_field(model, n)
                        && let Some(FieldKind::Relation(rf)) = ctx.field(fid).map(|f| &f.kind)
                    {
                        for u in rf.fields.iter().flatten() {
                            if let Some(f) = ctx.field(*u) {
                                suggested.push(f.name.clone());
                            }
                        }
                    }
                }
                let suggestion = if suggested.is_empty() {
                    String::new()
                } else {
                    format!(
                        " Did you mean `@@{}([{}])`?",
                        if kind == IndexKind::Unique {
                            "unique"
                        } else {
                            "index"
                        },
                        suggested.join(", ")
                    )
                };
                let msg = format!(
                    "The {prefix}index definition refers to the relation fields {}. Index definitions must reference only scalar fields.{suggestion}",
                    r.join(", ")
                );
                model_error(ctx, model, &msg, args.attr.span);
            }
        }
    }
    let (name, map) = match kind {
        IndexKind::Unique => {
            let name = optional_name(args, "name", ctx.diags);
            let map = optional_name(args, "map", ctx.diags);
            if let Some(n) = &name {
                validate_client_name(ctx, model, n, "@@unique", args.attr.span);
            }
            (name, map)
        }
        IndexKind::Normal => {
            let name = optional_name(args, "name", ctx.diags);
            let map = optional_name(args, "map", ctx.diags);
            let map = match (name, map) {
                (Some(_), Some(_)) => {
                    let d = args.error(codes::INDEX, "The `@@index` attribute accepts the `name` argument as an alias for the `map` argument for legacy reasons. It does not accept both though. Please use the `map` argument to specify the database name of the index.");
                    ctx.diags.push(d);
                    None
                }
                (Some(n), None) => Some(n),
                (None, m) => m,
            };
            if let Some(e) = args.optional("type")
                && let Some(c) = coerce_constant(e, ctx.diags)
            {
                if ["BTree", "Hash", "Gist", "Gin", "SpGist", "Brin"].contains(&c) {
                    algorithm = Some(c.to_owned());
                } else {
                    let d = args.error(codes::INDEX, &format!("Unknown index type: {c}."));
                    ctx.diags.push(d);
                }
            }
            (None, map)
        }
        IndexKind::Fulltext => (None, optional_name(args, "map", ctx.diags)),
    };
    let _ = clustered_arg(args, ctx.diags);
    Some(Index {
        kind,
        fields,
        name,
        constraint_name: map.clone().unwrap_or_default(),
        map,
        algorithm,
        is_field_level: false,
        span: args.attr.span,
    })
}
