//! Fourth pass: pairs relation fields into relations (1:1, 1:n, implicit m:n),
//! choosing model A/B exactly as Prisma does so join tables and foreign keys
//! get the same names.

use super::Ctx;
use crate::model::*;

struct Rf {
    id: FieldId,
    arity: Arity,
    related: ModelId,
    name: Option<String>,
    has_fields: bool,
    fields: Option<Vec<FieldId>>,
}

fn relation_fields(ctx: &Ctx<'_>) -> Vec<Rf> {
    let mut out = Vec::new();
    for (mi, m) in ctx.db.models.iter().enumerate() {
        for (fi, f) in m.fields.iter().enumerate() {
            if let FieldKind::Relation(rf) = &f.kind {
                out.push(Rf {
                    id: FieldId {
                        model: ModelId(mi as u32),
                        index: fi as u32,
                    },
                    arity: f.arity,
                    related: rf.related_model,
                    name: rf.relation_name.clone(),
                    has_fields: rf.fields.is_some(),
                    fields: rf.fields.clone(),
                });
            }
        }
    }
    out
}

pub(super) fn infer_relations(ctx: &mut Ctx<'_>) {
    let rfs = relation_fields(ctx);
    // Relation fields by (their model, related model), so finding opposites stays linear.
    let mut by_pair: std::collections::HashMap<(ModelId, ModelId), Vec<usize>> =
        std::collections::HashMap::new();
    for (i, rf) in rfs.iter().enumerate() {
        by_pair
            .entry((rf.id.model, rf.related))
            .or_default()
            .push(i);
    }
    let model_name = |ctx: &Ctx<'_>, m: ModelId| {
        ctx.db
            .models
            .get(m.0 as usize)
            .map(|m| m.name.clone())
            .unwrap_or_default()
    };
    let field_name =
        |ctx: &Ctx<'_>, f: FieldId| ctx.field(f).map(|f| f.name.clone()).unwrap_or_default();
    for rf in &rfs {
        let is_self = rf.id.model == rf.related;
        let opposite = by_pair
            .get(&(rf.related, rf.id.model))
            .into_iter()
            .flatten()
            .map(|&i| &rfs[i])
            .find(|o| (!is_self || o.id != rf.id) && o.name == rf.name);
        let here = (model_name(ctx, rf.id.model), field_name(ctx, rf.id));
        let there = opposite.map(|o| (model_name(ctx, o.id.model), field_name(ctx, o.id)));
        let (kind, field_a, field_b, forward) = match (rf.arity, opposite) {
            (Arity::List, Some(o)) if o.arity == Arity::List => {
                let (om, of) = there.clone().unwrap_or_default();
                if here.0 > om || (is_self && here.1 > of) {
                    continue;
                }
                (
                    RelationKind::ImplicitManyToMany,
                    Some(rf.id),
                    Some(o.id),
                    true,
                )
            }
            (Arity::Required, Some(o)) if o.arity == Arity::Optional => {
                (RelationKind::OneToOne, Some(rf.id), Some(o.id), true)
            }
            (Arity::Required, Some(o)) if o.arity == Arity::Required => {
                if Some(&here) > there.as_ref() {
                    continue;
                }
                (RelationKind::OneToOne, Some(rf.id), Some(o.id), true)
            }
            (Arity::Optional, Some(o)) if o.arity == Arity::Required => continue,
            (Arity::Optional, Some(o)) if o.arity == Arity::Optional => {
                if rf.has_fields {
                    (RelationKind::OneToOne, Some(rf.id), Some(o.id), true)
                } else if !o.has_fields {
                    if Some(&here) > there.as_ref() {
                        continue;
                    }
                    (RelationKind::OneToOne, Some(rf.id), Some(o.id), true)
                } else {
                    continue;
                }
            }
            (Arity::List, Some(_)) => continue,
            (Arity::List, None) => (RelationKind::OneToMany, None, Some(rf.id), false),
            (_, Some(o)) => (RelationKind::OneToMany, Some(rf.id), Some(o.id), true),
            (_, None) => {
                let unique = rf.fields.as_ref().is_some_and(|fields| {
                    ctx.db.models.get(rf.id.model.0 as usize).is_some_and(|m| {
                        m.indexes.iter().any(|idx| {
                            idx.kind == IndexKind::Unique
                                && idx.fields.len() == fields.len()
                                && idx.fields.iter().zip(fields).all(|(a, b)| a.field == *b)
                        })
                    })
                });
                let kind = if unique {
                    RelationKind::OneToOne
                } else {
                    RelationKind::OneToMany
                };
                (kind, Some(rf.id), None, true)
            }
        };
        let (model_a, model_b) = if forward {
            (rf.id.model, rf.related)
        } else {
            (rf.related, rf.id.model)
        };
        let (name, is_named) = match &rf.name {
            Some(n) => (n.clone(), true),
            None => {
                let (a, b) = (model_name(ctx, model_a), model_name(ctx, model_b));
                let (x, y) = if a < b { (a, b) } else { (b, a) };
                (format!("{x}To{y}"), false)
            }
        };
        let rid = RelationId(ctx.db.relations.len() as u32);
        ctx.db.relations.push(Relation {
            name,
            is_named,
            kind,
            model_a,
            model_b,
            field_a,
            field_b,
        });
        for f in [field_a, field_b].into_iter().flatten() {
            if let Some(Field {
                kind: FieldKind::Relation(r),
                ..
            }) = ctx.field_mut(f)
            {
                r.relation = Some(rid);
            }
        }
    }
}
