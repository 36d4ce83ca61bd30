//! Third pass: field, model and enum attributes, each in Prisma's visiting
//! order (relation fields first, then each model's scalar fields, then the
//! model's block attributes, then enums).

use super::Ctx;
use super::default::visit_default;
use super::indexes::{model_id_attribute, model_index};
use super::relation_attrs::relation_field_attributes;
use super::visitor::{Args, Attrs, coerce_bool, coerce_constant, coerce_integer, coerce_string};
use crate::ast::{self, Top};
use crate::diagnostics::{Diagnostic, codes};
use crate::model::*;
use crate::span::Span;

pub(super) fn resolve_attributes(ctx: &mut Ctx<'_>) {
    for m in 0..ctx.db.models.len() {
        let model = ModelId(m as u32);
        for i in 0..ctx.db.models[m].fields.len() {
            let id = FieldId {
                model,
                index: i as u32,
            };
            if matches!(ctx.field(id).map(|f| &f.kind), Some(FieldKind::Relation(_))) {
                relation_field_attributes(ctx, id);
            }
        }
    }
    let ast = ctx.ast;
    // Ids are handed out in top order, so counting keeps this loop linear.
    let (mut next_model, mut next_enum) = (0u32, 0usize);
    for top in &ast.tops {
        match top {
            Top::Model(m) if m.kind != ast::ModelKind::CompositeType => {
                model_attributes(ctx, ModelId(next_model), m);
                next_model += 1;
            }
            Top::Enum(e) => {
                enum_attributes(ctx, next_enum, e);
                next_enum += 1;
            }
            _ => {}
        }
    }
}

pub(super) fn model_error(ctx: &mut Ctx<'_>, model: ModelId, msg: &str, span: Span) {
    let (kind, name) = ctx
        .db
        .models
        .get(model.0 as usize)
        .map(|m| (if m.is_view { "view" } else { "model" }, m.name.clone()))
        .unwrap_or(("model", String::new()));
    ctx.diags.push(Diagnostic::error(
        codes::ID,
        format!("Error validating {kind} \"{name}\": {msg}"),
        span,
    ));
}

pub(super) fn optional_name(
    args: &mut Args<'_>,
    arg: &str,
    diags: &mut Vec<Diagnostic>,
) -> Option<String> {
    let e = args.optional(arg)?;
    match coerce_string(e, diags) {
        Some("") => {
            diags.push(args.error(
                codes::ATTRIBUTE_ARGUMENT,
                &format!("The `{arg}` argument cannot be an empty string."),
            ));
            None
        }
        Some(s) => Some(s.to_owned()),
        None => None,
    }
}

fn sort_arg(args: &mut Args<'_>, diags: &mut Vec<Diagnostic>) -> Option<SortOrder> {
    let e = args.optional("sort")?;
    match coerce_constant(e, diags)? {
        "Asc" => Some(SortOrder::Asc),
        "Desc" => Some(SortOrder::Desc),
        other => {
            diags.push(args.error(
                codes::ATTRIBUTE_ARGUMENT,
                &format!("The `sort` argument can only be `Asc` or `Desc` you provided: {other}."),
            ));
            None
        }
    }
}

fn length_arg(args: &mut Args<'_>, diags: &mut Vec<Diagnostic>) -> Option<u32> {
    args.optional("length")
        .and_then(|e| coerce_integer(e, diags))
        .map(|v| v.max(0) as u32)
}

/// Clustering is never supported on SQLite; the value is checked later by the validator.
pub(super) fn clustered_arg(args: &mut Args<'_>, diags: &mut Vec<Diagnostic>) -> Option<bool> {
    args.optional("clustered")
        .and_then(|e| coerce_bool(e, diags))
}

fn model_attributes(ctx: &mut Ctx<'_>, model: ModelId, ast_model: &ast::Model) {
    let mut pk: Option<PrimaryKey> = None;
    let mut pk_source_field: Option<usize> = None;
    let mut indexes: Vec<Index> = Vec::new();
    for (i, f) in ast_model.fields.iter().enumerate() {
        let id = FieldId {
            model,
            index: i as u32,
        };
        if matches!(ctx.field(id).map(|f| &f.kind), Some(FieldKind::Scalar(_))) {
            scalar_field_attributes(
                ctx,
                id,
                f,
                ast_model,
                &mut pk,
                &mut pk_source_field,
                &mut indexes,
            );
        }
    }
    let mut attrs = Attrs::new(&ast_model.attributes, true);
    let mut is_ignored = false;
    if let Some(args) = attrs.single("ignore", ctx.diags) {
        is_ignored = true;
        args.finish(ctx.diags);
    }
    if let Some(mut args) = attrs.single("id", ctx.diags) {
        model_id_attribute(ctx, model, ast_model, &mut args, &mut pk, is_ignored);
        args.finish(ctx.diags);
    }
    let mut mapped = None;
    if let Some(mut args) = attrs.single("map", ctx.diags) {
        match args.default_arg("name") {
            Ok(e) => mapped = coerce_string(e, ctx.diags).map(str::to_owned),
            Err(e) => ctx.diags.push(e),
        }
        args.finish(ctx.diags);
    }
    if let Some(mut args) = attrs.single("schema", ctx.diags) {
        let _ = args.default_arg("name");
        args.finish(ctx.diags);
    }
    for (name, kind) in [
        ("index", IndexKind::Normal),
        ("unique", IndexKind::Unique),
        ("fulltext", IndexKind::Fulltext),
    ] {
        for mut args in attrs.repeated(name, ctx.diags) {
            if let Some(idx) = model_index(ctx, model, ast_model, &mut args, kind) {
                indexes.push(idx);
            }
            args.finish(ctx.diags);
        }
    }
    if let Some(mut args) = attrs.single("shardKey", ctx.diags) {
        let _ = args.default_arg("fields");
        args.finish(ctx.diags);
    }
    if !is_ignored
        && let (Some(pk), Some(src)) = (&pk, pk_source_field)
        && ast_model
            .fields
            .get(src)
            .is_some_and(|f| f.arity != ast::FieldArity::Required)
    {
        ctx.diags.push(Diagnostic::error(
            codes::ID,
            "Error parsing attribute \"@id\": Fields that are marked as id must be required.",
            pk.span,
        ));
    }
    attrs.finish(ctx.diags);
    if let Some(m) = ctx.db.models.get_mut(model.0 as usize) {
        m.is_ignored = is_ignored;
        if let Some(name) = mapped {
            m.database_name = name.clone();
            m.mapped_name = Some(name);
        }
        m.primary_key = pk;
        m.indexes = indexes;
    }
}

#[allow(clippy::too_many_arguments)]
fn scalar_field_attributes(
    ctx: &mut Ctx<'_>,
    id: FieldId,
    ast_field: &ast::Field,
    ast_model: &ast::Model,
    pk: &mut Option<PrimaryKey>,
    pk_source_field: &mut Option<usize>,
    indexes: &mut Vec<Index>,
) {
    let mut attrs = Attrs::new(&ast_field.attributes, false);
    let Some(FieldKind::Scalar(mut sf)) = ctx.field(id).map(|f| f.kind.clone()) else {
        return;
    };
    sf.database_name = ast_field.name.name.clone();
    let mut is_ignored = false;
    if let Some(mut args) = attrs.single("map", ctx.diags) {
        match args.default_arg("name") {
            Ok(e) => {
                if let Some(s) = coerce_string(e, ctx.diags) {
                    sf.database_name = s.to_owned();
                    sf.mapped_name = Some(s.to_owned());
                    mapped_name_clashes(ctx, id, ast_field, ast_model, s);
                }
            }
            Err(e) => ctx.diags.push(e),
        }
        args.finish(ctx.diags);
    }
    if let Some(args) = attrs.single("ignore", ctx.diags) {
        if matches!(sf.scalar_type, ScalarType::Unsupported(_)) {
            let d = args.error(codes::ATTRIBUTE_ARGUMENT, "Fields of type `Unsupported` cannot take an `@ignore` attribute. They are already treated as ignored by the client due to their type.");
            ctx.diags.push(d);
        } else {
            is_ignored = true;
        }
        args.finish(ctx.diags);
    }
    if let Some(args) = attrs.single("relation", ctx.diags) {
        let d = args.error(
            codes::RELATION_ARGUMENTS,
            "Invalid field type, not a relation.",
        );
        ctx.diags.push(d);
        args.finish(ctx.diags);
    }
    if let Some(mut args) = attrs.single("id", ctx.diags) {
        if pk.is_some() {
            model_error(
                ctx,
                id.model,
                "At most one field must be marked as the id field with the `@id` attribute.",
                ast_model.span,
            );
        } else {
            let map = optional_name(&mut args, "map", ctx.diags);
            let length = length_arg(&mut args, ctx.diags);
            let sort = sort_arg(&mut args, ctx.diags);
            let _ = clustered_arg(&mut args, ctx.diags);
            *pk = Some(PrimaryKey {
                fields: vec![IndexField {
                    field: id,
                    sort,
                    length,
                }],
                name: None,
                constraint_name: map.clone().unwrap_or_default(),
                map,
                is_field_level: true,
                span: args.attr.span,
            });
            *pk_source_field = Some(id.index as usize);
        }
        args.finish(ctx.diags);
    }
    if let Some(args) = attrs.single("updatedAt", ctx.diags) {
        if sf.scalar_type != ScalarType::DateTime {
            let d = args.error(
                codes::UPDATED_AT,
                "Fields that are marked with @updatedAt must be of type DateTime.",
            );
            ctx.diags.push(d);
        }
        if ast_field.arity == ast::FieldArity::List {
            let d = args.error(
                codes::UPDATED_AT,
                "Fields that are marked with @updatedAt cannot be lists.",
            );
            ctx.diags.push(d);
        }
        sf.is_updated_at = true;
        args.finish(ctx.diags);
    }
    if let Some(mut args) = attrs.single("default", ctx.diags) {
        sf.default = visit_default(ctx, id, ast_field, &sf.scalar_type, &mut args);
        args.finish(ctx.diags);
    }
    if !matches!(
        sf.scalar_type,
        ScalarType::Unsupported(_) | ScalarType::Enum(_)
    ) && let Some(native) = attrs.native(ctx.diags)
    {
        let name = native
            .name
            .name
            .split_once('.')
            .map(|(_, n)| n.to_owned())
            .unwrap_or_default();
        let args = native
            .arguments
            .arguments
            .iter()
            .map(|a| super::visitor::expr_to_string(&a.value))
            .collect();
        sf.native_type = Some((name, args));
    }
    if let Some(mut args) = attrs.single("unique", ctx.diags) {
        let map = optional_name(&mut args, "map", ctx.diags);
        let length = length_arg(&mut args, ctx.diags);
        let sort = sort_arg(&mut args, ctx.diags);
        let _ = clustered_arg(&mut args, ctx.diags);
        indexes.push(Index {
            kind: IndexKind::Unique,
            fields: vec![IndexField {
                field: id,
                sort,
                length,
            }],
            name: None,
            constraint_name: map.clone().unwrap_or_default(),
            map,
            algorithm: None,
            is_field_level: true,
            span: args.attr.span,
        });
        args.finish(ctx.diags);
    }
    if let Some(args) = attrs.single("shardKey", ctx.diags) {
        args.finish(ctx.diags);
    }
    attrs.finish(ctx.diags);
    if let Some(f) = ctx.field_mut(id) {
        f.is_ignored = is_ignored;
        f.kind = FieldKind::Scalar(sf);
    }
}

fn enum_attributes(ctx: &mut Ctx<'_>, enum_index: usize, ast_enum: &ast::Enum) {
    for (vi, v) in ast_enum.values.iter().enumerate() {
        let mut attrs = Attrs::new(&v.attributes, false);
        if let Some(mut args) = attrs.single("map", ctx.diags) {
            match args.default_arg("name") {
                Ok(e) => {
                    if let Some(s) = coerce_string(e, ctx.diags)
                        && let Some(val) = ctx
                            .db
                            .enums
                            .get_mut(enum_index)
                            .and_then(|en| en.values.get_mut(vi))
                    {
                        val.database_name = s.to_owned();
                    }
                }
                Err(e) => ctx.diags.push(e),
            }
            args.finish(ctx.diags);
        }
        attrs.finish(ctx.diags);
    }
    let mut attrs = Attrs::new(&ast_enum.attributes, true);
    if let Some(mut args) = attrs.single("map", ctx.diags) {
        match args.default_arg("name") {
            Ok(e) => {
                if let Some(s) = coerce_string(e, ctx.diags)
                    && let Some(en) = ctx.db.enums.get_mut(enum_index)
                {
                    en.database_name = s.to_owned();
                    en.mapped_name = Some(s.to_owned());
                }
            }
            Err(e) => ctx.diags.push(e),
        }
        args.finish(ctx.diags);
    }
    if let Some(mut args) = attrs.single("schema", ctx.diags) {
        let _ = args.default_arg("name");
        args.finish(ctx.diags);
    }
    attrs.finish(ctx.diags);
}

/// `@map("x")` must not repeat another field's mapped name, nor the name of an
/// unmapped scalar field (Prisma reports both as a duplicate field).
fn mapped_name_clashes(
    ctx: &mut Ctx<'_>,
    id: FieldId,
    ast_field: &ast::Field,
    ast_model: &ast::Model,
    mapped: &str,
) {
    let Some(model) = ctx.db.models.get(id.model.0 as usize) else {
        return;
    };
    let mapped_of = |f: &Field| match &f.kind {
        FieldKind::Scalar(s) => Some(s.mapped_name.clone()),
        _ => None,
    };
    let earlier_same = model.fields[..(id.index as usize).min(model.fields.len())]
        .iter()
        .any(|f| matches!(mapped_of(f), Some(Some(m)) if m == mapped));
    let named_same = model.fields.iter().enumerate().any(|(i, f)| {
        i != id.index as usize
            && f.name == mapped
            && match mapped_of(f) {
                None => false,
                Some(Some(m)) => m == mapped,
                Some(None) => true,
            }
    });
    let container = if ast_model.is_view() { "view" } else { "model" };
    let message = format!(
        "Field \"{}\" is already defined on {container} \"{}\".",
        ast_field.name.name, ast_model.name.name
    );
    for clash in [earlier_same, named_same] {
        if clash {
            ctx.diags.push(Diagnostic::error(
                codes::DUPLICATE_FIELD,
                message.clone(),
                ast_field.span,
            ));
        }
    }
}
