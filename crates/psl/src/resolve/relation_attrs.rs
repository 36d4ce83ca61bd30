//! `@relation` and the other attributes of relation fields (Prisma visits
//! these before any scalar field attributes).

use super::attributes::optional_name;
use super::visitor::{Args, Attrs, coerce_array, coerce_constant, coerce_string};
use super::{Ctx, RawRelation};
use crate::ast::Expression;
use crate::diagnostics::{Diagnostic, codes};
use crate::model::*;

pub(super) fn relation_field_attributes(ctx: &mut Ctx<'_>, id: FieldId) {
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
