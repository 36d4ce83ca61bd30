//! Third pass: field, model and enum attributes, each in Prisma's visiting
//! order (relation fields first, then each model's scalar fields, then the
//! model's block attributes, then enums).

use super::default::visit_default;
use super::visitor::{
    Args, Attrs, coerce_array, coerce_bool, coerce_constant, coerce_integer, coerce_string,
};
use super::{Ctx, RawRelation};
use crate::ast::{self, Expression, Top};
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
    for (i, top) in ast.tops.iter().enumerate() {
        match top {
            Top::Model(m) if m.kind != ast::ModelKind::CompositeType => {
                if let Some(pos) = ctx.db.model_tops.iter().position(|&t| t == i) {
                    model_attributes(ctx, ModelId(pos as u32), m);
                }
            }
            Top::Enum(e) => {
                if let Some(pos) = ctx.db.enum_tops.iter().position(|&t| t == i) {
                    enum_attributes(ctx, pos, e);
                }
            }
            _ => {}
        }
    }
}

fn model_error(ctx: &mut Ctx<'_>, model: ModelId, msg: &str, span: Span) {
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

fn optional_name(args: &mut Args<'_>, arg: &str, diags: &mut Vec<Diagnostic>) -> Option<String> {
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
fn clustered_arg(args: &mut Args<'_>, diags: &mut Vec<Diagnostic>) -> Option<bool> {
    args.optional("clustered")
        .and_then(|e| coerce_bool(e, diags))
}

fn relation_field_attributes(ctx: &mut Ctx<'_>, id: FieldId) {
    let Some(ast_field) = ctx.ast_field(id) else {
        return;
    };
    let mut attrs = Attrs::new(&ast_field.attributes, false);
    let mut raw = RawRelation::default();
    if let Some(mut args) = attrs.single("relation", ctx.diags) {
        raw.attribute = Some(args.attr.span);
        visit_relation(ctx, id, &mut args, &mut raw);
        args.finish(ctx.diags);
    }
    ctx.db.raw_relations.insert(id, raw);
    if let Some(args) = attrs.single("id", ctx.diags) {
        let d = args.error(codes::ID, &format!("The field `{}` is a relation field and cannot be marked with `@id`. Only scalar fields can be declared as id.", ast_field.name.name));
        ctx.diags.push(d);
    }
    if let Some(args) = attrs.single("ignore", ctx.diags) {
        if let Some(f) = ctx.field_mut(id) {
            f.is_ignored = true;
        }
        args.finish(ctx.diags);
    }
    if let Some(args) = attrs.single("default", ctx.diags) {
        let d = args.error(
            codes::DEFAULT_VALUE,
            "Cannot set a default value on a relation field.",
        );
        ctx.diags.push(d);
    }
    if let Some(mut args) = attrs.single("map", ctx.diags) {
        let d = args.error(
            codes::ATTRIBUTE_ARGUMENT,
            "The attribute `@map` cannot be used on relation fields.",
        );
        ctx.diags.push(d);
        if let Err(e) = args.default_arg("name") {
            ctx.diags.push(e);
        }
    }
    if let Some(args) = attrs.single("unique", ctx.diags) {
        let underlying: Vec<String> = match ctx.field(id).map(|f| &f.kind) {
            Some(FieldKind::Relation(rf)) => rf
                .fields
                .iter()
                .flatten()
                .filter_map(|f| ctx.field(*f).map(|f| f.name.clone()))
                .collect(),
            _ => Vec::new(),
        };
        let suggestion = match underlying.as_slice() {
            [] => String::new(),
            [one] => format!(" Did you mean to put it on `{one}`?"),
            many => format!(
                " Did you mean to provide `@@unique([{}])`?",
                many.join(", ")
            ),
        };
        let d = args.error(codes::INDEX, &format!("The field `{}` is a relation field and cannot be marked with `unique`. Only scalar fields can be made unique.{suggestion}", ast_field.name.name));
        ctx.diags.push(d);
    }
    attrs.finish(ctx.diags);
}

fn field_names(e: &Expression) -> Vec<String> {
    coerce_array(e)
        .into_iter()
        .map(|x| match x {
            Expression::Constant(s, _) | Expression::Function(s, _, _) => s.clone(),
            other => super::visitor::expr_to_string(other),
        })
        .collect()
}

fn visit_relation(ctx: &mut Ctx<'_>, id: FieldId, args: &mut Args<'_>, raw: &mut RawRelation) {
    let Some(FieldKind::Relation(rf)) = ctx.field(id).map(|f| f.kind.clone()) else {
        return;
    };
    let mut rf = rf;
    if let Some(fields) = args.optional("fields") {
        let names = field_names(fields);
        raw.fields = Some(names.clone());
        let mut resolved = Vec::new();
        let mut unknown = Vec::new();
        let mut relation = Vec::new();
        for n in &names {
            match ctx.find_field(id.model, n) {
                Some(fid)
                    if matches!(
                        ctx.field(fid).map(|f| &f.kind),
                        Some(FieldKind::Relation(_))
                    ) =>
                {
                    relation.push(n.clone())
                }
                Some(fid) => resolved.push(fid),
                None => unknown.push(n.clone()),
            }
        }
        if !unknown.is_empty() {
            ctx.diags.push(Diagnostic::error(codes::RELATION_ARGUMENTS, format!("Error validating: The argument fields must refer only to existing fields. The following fields do not exist in this model: {}", unknown.join(", ")), fields.span()));
        } else if !relation.is_empty() {
            ctx.diags.push(Diagnostic::error(codes::RELATION_ARGUMENTS, format!("Error validating: The argument fields must refer only to scalar fields. But it is referencing the following relation fields: {}", relation.join(", ")), fields.span()));
        } else {
            rf.fields = Some(resolved);
        }
    }
    if let Some(references) = args.optional("references") {
        let names = field_names(references);
        raw.references = Some(names.clone());
        let target = rf.related_model;
        let target_name = ctx
            .db
            .models
            .get(target.0 as usize)
            .map(|m| m.name.clone())
            .unwrap_or_default();
        let mut resolved = Vec::new();
        let mut unknown = Vec::new();
        let mut relation = Vec::new();
        for n in &names {
            match ctx.find_field(target, n) {
                Some(fid)
                    if matches!(
                        ctx.field(fid).map(|f| &f.kind),
                        Some(FieldKind::Relation(_))
                    ) =>
                {
                    relation.push(n.clone())
                }
                Some(fid) => resolved.push(fid),
                None => unknown.push(n.clone()),
            }
        }
        if !unknown.is_empty() {
            ctx.diags.push(Diagnostic::error(codes::RELATION_ARGUMENTS, format!("Error validating: The argument `references` must refer only to existing fields in the related model `{target_name}`. The following fields do not exist in the related model: {}", unknown.join(", ")), args.attr.span));
        } else if !relation.is_empty() {
            ctx.diags.push(Diagnostic::error(codes::RELATION_ARGUMENTS, format!("Error validating: The argument `references` must refer only to scalar fields in the related model `{target_name}`. But it is referencing the following relation fields: {}", relation.join(", ")), args.attr.span));
        } else {
            rf.references = Some(resolved);
        }
    }
    match args.default_arg("name") {
        Ok(e) => match coerce_string(e, ctx.diags) {
            Some("") => {
                let d = args.error(
                    codes::RELATION_ARGUMENTS,
                    "A relation cannot have an empty name.",
                );
                ctx.diags.push(d);
            }
            Some(s) => rf.relation_name = Some(s.to_owned()),
            None => {}
        },
        Err(e) if e.message.contains("already specified") => ctx.diags.push(e),
        Err(_) => {}
    }
    for (arg, slot) in [
        ("onDelete", &mut rf.on_delete),
        ("onUpdate", &mut rf.on_update),
    ] {
        if let Some(e) = args.optional(arg)
            && let Some(c) = coerce_constant(e, ctx.diags)
        {
            match ReferentialAction::from_name(c) {
                Some(a) => *slot = Some(a),
                None => {
                    let d = args.error(
                        codes::REFERENTIAL_ACTION,
                        &format!("Invalid referential action: `{c}`"),
                    );
                    ctx.diags.push(d);
                }
            }
        }
    }
    rf.map = optional_name(args, "map", ctx.diags);
    if let Some(f) = ctx.field_mut(id) {
        f.kind = FieldKind::Relation(rf);
    }
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
            Some(fid)
                if matches!(
                    ctx.field(fid).map(|f| &f.kind),
                    Some(FieldKind::Relation(_))
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

fn model_id_attribute(
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

fn model_index(
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
