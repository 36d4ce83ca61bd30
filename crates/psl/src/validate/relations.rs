//! Relation validations (1:1, 1:n, implicit m:n) in Prisma's order.

use super::Ctx;
use super::models::unique_criterias;
use crate::diagnostics::codes;
use crate::model::*;

fn relation_error(msg: &str) -> String {
    format!("Error parsing attribute \"@relation\": {msg}")
}

const FORMAT_HINT: &str = "You can run `prisma format` to fix this automatically.";

fn rf<'a>(ctx: &Ctx<'a>, id: Option<FieldId>) -> Option<(FieldId, &'a Field, &'a RelationField)> {
    let id = id?;
    let f = ctx.field(id)?;
    match &f.kind {
        FieldKind::Relation(r) => Some((id, f, r)),
        _ => None,
    }
}

fn nonempty(v: &Option<Vec<FieldId>>) -> bool {
    v.as_ref().is_some_and(|v| !v.is_empty())
}

pub(super) fn validate_relations(ctx: &mut Ctx<'_>) {
    super::cycles::cycles(ctx);
    for relation in &ctx.schema.relations {
        match relation.kind {
            RelationKind::ImplicitManyToMany => many_to_many(ctx, relation),
            RelationKind::OneToOne | RelationKind::OneToMany => inline(ctx, relation),
        }
    }
}

fn inline(ctx: &mut Ctx<'_>, relation: &Relation) {
    let forward = rf(ctx, relation.field_a);
    let back = rf(ctx, relation.field_b);
    if let Some((fid, f, r)) = forward {
        let span = f.span;
        let fields: Vec<FieldId> = r.fields.clone().unwrap_or_default();
        let references: Vec<FieldId> = r.references.clone().unwrap_or_default();
        // references must point at a unique criterion
        if !references.is_empty()
            && let Some(target) = ctx.model(relation.model_b)
        {
            let mut refs: Vec<&str> = references.iter().map(|f| ctx.field_name(*f)).collect();
            refs.sort_unstable();
            let unique = unique_criterias(target).iter().any(|c| {
                let mut names: Vec<&str> = c.iter().map(|f| ctx.field_name(*f)).collect();
                names.sort_unstable();
                names == refs
            });
            if !unique {
                let names: Vec<&str> = references.iter().map(|f| ctx.field_name(*f)).collect();
                let msg = if names.len() == 1 {
                    format!(
                        "The argument `references` must refer to a unique criterion in the related model. Consider adding an `@unique` attribute to the field `{}` in the model `{}`.",
                        names.join(", "),
                        target.name
                    )
                } else {
                    format!(
                        "The argument `references` must refer to a unique criterion in the related model. Consider adding an `@@unique([{}])` attribute to the model `{}`.",
                        names.join(", "),
                        target.name
                    )
                };
                ctx.push(codes::RELATION_ARGUMENTS, relation_error(&msg), span);
            }
        }
        if r.fields.is_some() && r.references.is_some() && fields.len() != references.len() {
            let attr_span = ctx
                .extra
                .raw_relations
                .get(&fid)
                .and_then(|x| x.attribute)
                .unwrap_or(span);
            ctx.push(codes::RELATION_ARGUMENTS, "Error validating: You must specify the same number of fields in `fields` and `references`.".into(), attr_span);
        }
        // field arity
        if f.arity == Arity::Required
            && !fields.is_empty()
            && fields
                .iter()
                .any(|x| ctx.field(*x).is_some_and(|x| x.arity == Arity::Optional))
        {
            let names: Vec<&str> = fields.iter().map(|x| ctx.field_name(*x)).collect();
            ctx.push(codes::RELATION_ARITY, format!("Error validating: The relation field `{}` uses the scalar fields {}. At least one of those fields is optional. Hence the relation field must be optional as well.", f.name, names.join(", ")), span);
        }
        // types must match
        for (a, b) in fields.iter().zip(&references) {
            let ta = scalar_type(ctx, *a);
            let tb = scalar_type(ctx, *b);
            if ta.is_some() && tb.is_some() && ta != tb {
                ctx.push(codes::RELATION_ARGUMENTS, relation_error(&format!("The type of the field `{}` in the model `{}` is not matching the type of the referenced field `{}` in model `{}`.", ctx.field_name(*a), ctx.model_name(a.model), ctx.field_name(*b), ctx.model_name(b.model))), span);
            }
        }
        // SetNull on required fields
        if fields
            .iter()
            .any(|x| ctx.field(*x).is_some_and(|x| x.arity == Arity::Required))
        {
            for (name, action) in [("onDelete", r.on_delete), ("onUpdate", r.on_update)] {
                if action == Some(ReferentialAction::SetNull) {
                    ctx.push(codes::REFERENTIAL_ACTION, relation_error(&format!("The `{name}` referential action of a relation must not be set to `SetNull` when a referenced field is required.\nEither choose another referential action, or make the referenced fields optional.\n")), span);
                }
            }
        }
    }
    if relation.kind == RelationKind::OneToOne {
        one_to_one(ctx, forward, back);
    } else {
        one_to_many(ctx, forward, back);
    }
}

fn scalar_type(ctx: &Ctx<'_>, id: FieldId) -> Option<ScalarType> {
    match &ctx.field(id)?.kind {
        FieldKind::Scalar(s) => Some(s.scalar_type.clone()),
        _ => None,
    }
}

type Side<'a> = Option<(FieldId, &'a Field, &'a RelationField)>;

fn missing_opposite(ctx: &mut Ctx<'_>, (fid, f, r): (FieldId, &Field, &RelationField)) {
    let container = ctx.container(fid.model);
    let model = ctx.model_name(fid.model);
    let related = ctx.model_name(r.related_model);
    ctx.push(codes::MISSING_OPPOSITE, format!("Error validating field `{}` in {container} `{model}`: The relation field `{}` on {container} `{model}` is missing an opposite relation field on the model `{related}`. Either run `prisma format` or add it manually.", f.name, f.name), f.span);
}

fn one_to_many(ctx: &mut Ctx<'_>, forward: Side<'_>, back: Side<'_>) {
    match (forward, back) {
        (Some(f), None) => return missing_opposite(ctx, f),
        (None, Some(b)) => return missing_opposite(ctx, b),
        (None, None) => return,
        _ => {}
    }
    let (Some((ffid, ff, fr)), Some((bfid, bf, br))) = (forward, back) else {
        return;
    };
    let (fmodel, bmodel) = (ctx.model_name(ffid.model), ctx.model_name(bfid.model));
    if !nonempty(&fr.fields) {
        ctx.push(codes::RELATION_ARGUMENTS, relation_error(&format!("The relation field `{}` on Model `{fmodel}` must specify the `fields` argument in the @relation attribute. {FORMAT_HINT}", ff.name)), ff.span);
    }
    if !nonempty(&fr.references) {
        ctx.push(codes::RELATION_ARGUMENTS, relation_error(&format!("The relation field `{}` on Model `{fmodel}` must specify the `references` argument in the @relation attribute.", ff.name)), ff.span);
    }
    if nonempty(&br.fields) || nonempty(&br.references) {
        ctx.push(codes::RELATION_ARGUMENTS, relation_error(&format!("The relation field `{}` on Model `{bmodel}` must not specify the `fields` or `references` argument in the @relation attribute. You must only specify it on the opposite field `{}` on model `{fmodel}`.", bf.name, ff.name)), bf.span);
    }
    if br.on_delete.is_some() || br.on_update.is_some() {
        ctx.push(codes::REFERENTIAL_ACTION, relation_error(&format!("The relation field `{}` on Model `{bmodel}` must not specify the `onDelete` or `onUpdate` argument in the @relation attribute. You must only specify it on the opposite field `{}` on model `{fmodel}`, or in case of a many to many relation, in an explicit join table.", bf.name, ff.name)), bf.span);
    }
}

fn one_to_one(ctx: &mut Ctx<'_>, forward: Side<'_>, back: Side<'_>) {
    let Some((ffid, ff, fr)) = forward else {
        return;
    };
    let fmodel = ctx.model_name(ffid.model);
    let Some((bfid, bf, br)) = back else {
        missing_opposite(ctx, (ffid, ff, fr));
        unique_fields(ctx, ffid, ff, fr);
        return;
    };
    let bmodel = ctx.model_name(bfid.model);
    let pair = |a: &Field, am: &str, b: &Field, bm: &str, what: &str, verb: &str| {
        format!(
            "The relation fields `{}` on Model `{am}` and `{}` on Model `{bm}` {verb} the `{what}` argument in the @relation attribute. You have to provide it {}",
            a.name,
            b.name,
            if verb == "do not provide" {
                "on one of the two fields."
            } else {
                "only on one of the two fields."
            }
        )
    };
    if !nonempty(&fr.fields) && !nonempty(&br.fields) {
        ctx.push(
            codes::RELATION_ARGUMENTS,
            relation_error(&pair(ff, fmodel, bf, bmodel, "fields", "do not provide")),
            ff.span,
        );
        ctx.push(
            codes::RELATION_ARGUMENTS,
            relation_error(&pair(bf, bmodel, ff, fmodel, "fields", "do not provide")),
            bf.span,
        );
    }
    if !nonempty(&fr.references) && !nonempty(&br.references) {
        ctx.push(
            codes::RELATION_ARGUMENTS,
            relation_error(&pair(
                ff,
                fmodel,
                bf,
                bmodel,
                "references",
                "do not provide",
            )),
            ff.span,
        );
        ctx.push(
            codes::RELATION_ARGUMENTS,
            relation_error(&pair(
                bf,
                bmodel,
                ff,
                fmodel,
                "references",
                "do not provide",
            )),
            bf.span,
        );
    }
    if nonempty(&fr.references) && nonempty(&br.references) {
        let m = relation_error(&pair(ff, fmodel, bf, bmodel, "references", "both provide"));
        ctx.push(codes::RELATION_ARGUMENTS, m.clone(), ff.span);
        ctx.push(codes::RELATION_ARGUMENTS, m, bf.span);
    }
    if nonempty(&fr.fields) && nonempty(&br.fields) {
        let m = relation_error(&pair(ff, fmodel, bf, bmodel, "fields", "both provide"));
        ctx.push(codes::RELATION_ARGUMENTS, m.clone(), ff.span);
        ctx.push(codes::RELATION_ARGUMENTS, m, bf.span);
    }
    let f_actions = fr.on_delete.is_some() || fr.on_update.is_some();
    let b_actions = br.on_delete.is_some() || br.on_update.is_some();
    if f_actions && b_actions {
        let m1 = format!(
            "The relation fields `{}` on Model `{bmodel}` and `{}` on Model `{fmodel}` both provide the `onDelete` or `onUpdate` argument in the @relation attribute. You have to provide it only on one of the two fields.",
            bf.name, ff.name
        );
        let m2 = format!(
            "The relation fields `{}` on Model `{fmodel}` and `{}` on Model `{bmodel}` both provide the `onDelete` or `onUpdate` argument in the @relation attribute. You have to provide it only on one of the two fields.",
            ff.name, bf.name
        );
        ctx.push(codes::REFERENTIAL_ACTION, relation_error(&m1), bf.span);
        ctx.push(codes::REFERENTIAL_ACTION, relation_error(&m2), ff.span);
    } else if b_actions {
        ctx.push(codes::REFERENTIAL_ACTION, relation_error(&format!("The relation field `{}` on Model `{bmodel}` must not specify the `onDelete` or `onUpdate` argument in the @relation attribute. You must only specify it on the opposite field `{}` on model `{fmodel}`.", bf.name, ff.name)), bf.span);
    }
    unique_fields(ctx, ffid, ff, fr);
    if ctx.has_errors() {
        return;
    }
    if nonempty(&fr.fields) && nonempty(&br.references) {
        let m = relation_error(&format!(
            "The relation field `{}` on Model `{fmodel}` provides the `fields` argument in the @relation attribute. And the related field `{}` on Model `{bmodel}` provides the `references` argument. You must provide both arguments on the same side.",
            ff.name, bf.name
        ));
        ctx.push(codes::RELATION_ARGUMENTS, m.clone(), ff.span);
        ctx.push(codes::RELATION_ARGUMENTS, m, bf.span);
    }
    if nonempty(&fr.references) && nonempty(&br.fields) {
        let m = relation_error(&format!(
            "The relation field `{}` on Model `{fmodel}` provides the `references` argument in the @relation attribute. And the related field `{}` on Model `{bmodel}` provides the `fields` argument. You must provide both arguments on the same side.",
            ff.name, bf.name
        ));
        ctx.push(codes::RELATION_ARGUMENTS, m, ff.span);
    }
    if ctx.has_errors() {
        return;
    }
    if bf.arity == Arity::Required {
        ctx.push(codes::RELATION_ARITY, relation_error(&format!("The relation field `{}` on Model `{bmodel}` is required. This is not valid because it's not possible to enforce this constraint on the database level. Please change the field type from `{fmodel}` to `{fmodel}?` to fix this.", bf.name)), bf.span);
    }
    if ctx.has_errors() {
        return;
    }
    if ff.arity == Arity::Required && (br.fields.is_some() || br.references.is_some()) {
        ctx.push(codes::RELATION_ARGUMENTS, relation_error(&format!("The relation field `{bmodel}.{}` defines the `fields` and/or `references` argument. You must set them on the required side of the relation (`{fmodel}.{}`) in order for the constraints to be enforced. Alternatively, you can change this field to be required and the opposite optional, or make both sides of the relation optional.", bf.name, ff.name)), bf.span);
    }
}

fn unique_fields(ctx: &mut Ctx<'_>, ffid: FieldId, ff: &Field, fr: &RelationField) {
    let Some(fields) = &fr.fields else { return };
    let Some(model) = ctx.model(ffid.model) else {
        return;
    };
    let mut wanted: Vec<FieldId> = fields.clone();
    wanted.sort();
    let unique = unique_criterias(model).iter().any(|c| {
        let mut c = c.clone();
        c.sort();
        c == wanted
    });
    if unique {
        return;
    }
    let names: Vec<&str> = fields.iter().map(|f| ctx.field_name(*f)).collect();
    let msg = if names.len() == 1 {
        format!(
            "A one-to-one relation must use unique fields on the defining side. Either add an `@unique` attribute to the field `{}`, or change the relation to one-to-many.",
            names.join(", ")
        )
    } else {
        format!(
            "A one-to-one relation must use unique fields on the defining side. Either add an `@@unique([{}])` attribute to the model, or change the relation to one-to-many.",
            names.join(", ")
        )
    };
    ctx.push(codes::RELATION_ARGUMENTS, relation_error(&msg), ff.span);
}

fn many_to_many(ctx: &mut Ctx<'_>, relation: &Relation) {
    // Two list fields where either names `fields:` form a MongoDB-style embedded m:n, which
    // Prisma rejects on both fields and validates no further.
    let sides = [relation.field_a, relation.field_b];
    let embedded = sides.iter().any(|side| {
        rf(ctx, *side).is_some_and(|(fid, _, _)| {
            ctx.extra
                .raw_relations
                .get(&fid)
                .is_some_and(|x| x.fields.is_some())
        })
    });
    if embedded {
        for side in sides {
            if let Some((_, f, _)) = rf(ctx, side) {
                ctx.push(codes::MANY_TO_MANY, "Error validating: Embedded many-to-many relations are not supported on sqlite. Please use the syntax defined in https://pris.ly/d/relational-database-many-to-many".into(), f.span);
            }
        }
        return;
    }
    for side in [relation.field_a, relation.field_b] {
        let Some((fid, f, r)) = rf(ctx, side) else {
            continue;
        };
        let related = ctx.model(r.related_model);
        let single_id = related
            .and_then(|m| m.primary_key.as_ref())
            .is_some_and(|pk| pk.fields.len() == 1);
        if !single_id {
            let container = ctx.container(fid.model);
            let model = ctx.model_name(fid.model);
            ctx.push(codes::MANY_TO_MANY, format!("Error validating field `{0}` in {container} `{model}`: The relation field `{0}` on {container} `{model}` references `{1}` which does not have an `@id` field. Models without `@id` cannot be part of a many to many relation. Use an explicit intermediate Model to represent this relationship.", f.name, ctx.model_name(r.related_model)), f.span);
        }
    }
    // One error per action given; Prisma's implicit relation lists the side whose model
    // name sorts first as its field A.
    let mut sides = [relation.field_a, relation.field_b];
    sides.sort_by_key(|side| {
        rf(ctx, *side).map(|(fid, f, _)| (ctx.model_name(fid.model), f.name.as_str()))
    });
    for side in sides {
        let Some((fid, f, r)) = rf(ctx, side) else {
            continue;
        };
        let actions = usize::from(r.on_delete.is_some()) + usize::from(r.on_update.is_some());
        for _ in 0..actions {
            let span = ctx
                .extra
                .raw_relations
                .get(&fid)
                .and_then(|x| x.attribute)
                .unwrap_or(f.span);
            ctx.push(
                codes::MANY_TO_MANY,
                "Error validating: Referential actions on implicit many-to-many relations are not supported".into(),
                span,
            );
        }
    }
    for side in [relation.field_a, relation.field_b] {
        let Some((fid, f, _)) = rf(ctx, side) else {
            continue;
        };
        let has_references = ctx
            .extra
            .raw_relations
            .get(&fid)
            .is_some_and(|x| x.references.is_some());
        if has_references {
            ctx.push(codes::MANY_TO_MANY, relation_error("Implicit many-to-many relation should not have references argument defined. Either remove it, or change the relation to one-to-many."), f.span);
        }
    }
}
