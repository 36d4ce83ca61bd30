//! `relationMode = "prisma"` emulates referential actions, so Prisma rejects
//! cascading cycles and actions it cannot emulate (`psl-core` `relations.rs::cycles`,
//! `relation_fields.rs::referential_actions`). With foreign keys SQLite needs neither.

use super::Ctx;
use crate::diagnostics::codes;
use crate::model::*;
use std::collections::HashSet;

/// Actions Prisma can emulate on SQLite, in Prisma's display order.
const EMULATED: [ReferentialAction; 3] = [
    ReferentialAction::Cascade,
    ReferentialAction::Restrict,
    ReferentialAction::SetNull,
];

fn triggers(a: ReferentialAction) -> bool {
    !matches!(a, ReferentialAction::NoAction | ReferentialAction::Restrict)
}

/// Rejects actions that cannot be emulated, per relation field.
pub(super) fn referential_actions(ctx: &mut Ctx<'_>, fid: FieldId, rf: &RelationField) {
    if ctx.schema.relation_mode() != RelationMode::Prisma {
        return;
    }
    let allowed: Vec<String> = EMULATED
        .iter()
        .map(|a| format!("`{}`", a.as_str()))
        .collect();
    for (arg, action) in [("onDelete", rf.on_delete), ("onUpdate", rf.on_update)] {
        let Some(action) = action else { continue };
        if !EMULATED.contains(&action) {
            // Prisma points at the argument's value.
            let span = ctx
                .ast_field(fid)
                .and_then(|f| f.attributes.iter().find(|a| a.name.name == "relation"))
                .and_then(|a| {
                    a.arguments
                        .arguments
                        .iter()
                        .find(|x| x.name.as_ref().is_some_and(|n| n.name == arg))
                })
                .map(|x| x.value.span())
                .unwrap_or_else(|| ctx.field_span(fid));
            ctx.push(
                codes::REFERENTIAL_ACTION,
                format!(
                    "Error validating: Invalid referential action: `{}`. Allowed values: ({}){}",
                    action.as_str(),
                    allowed.join(", "),
                    // Prisma adds a hint for the one action people expect to work.
                    if action == ReferentialAction::NoAction {
                        ". `NoAction` is not implemented for sqlite when using `relationMode = \"prisma\"`, you could try using `Restrict` instead. Learn more at https://pris.ly/d/relation-mode"
                    } else {
                        ""
                    }
                ),
                span,
            );
        }
    }
}

/// A complete inline relation: its referencing field and data.
#[derive(Clone, Copy)]
struct Edge<'a> {
    relation: &'a Relation,
    field: FieldId,
    rf: &'a RelationField,
}

fn complete_edges<'a>(ctx: &Ctx<'a>) -> Vec<Edge<'a>> {
    ctx.schema
        .relations
        .iter()
        .filter(|r| {
            r.kind != RelationKind::ImplicitManyToMany && r.field_a.is_some() && r.field_b.is_some()
        })
        .filter_map(|r| {
            let field = r.field_a?;
            match &ctx.field(field)?.kind {
                FieldKind::Relation(rf) => Some(Edge {
                    relation: r,
                    field,
                    rf,
                }),
                _ => None,
            }
        })
        .collect()
}

fn effective_on_delete(ctx: &Ctx<'_>, e: &Edge<'_>) -> ReferentialAction {
    e.rf.on_delete.unwrap_or_else(|| {
        let optional =
            e.rf.fields
                .iter()
                .flatten()
                .any(|f| ctx.field(*f).is_some_and(|f| f.arity == Arity::Optional));
        if optional {
            ReferentialAction::SetNull
        } else {
            ReferentialAction::Restrict
        }
    })
}

fn effective_on_update(e: &Edge<'_>) -> ReferentialAction {
    e.rf.on_update.unwrap_or(ReferentialAction::Cascade)
}

/// Detects cascading cycles starting from each complete relation.
pub(super) fn cycles(ctx: &mut Ctx<'_>) {
    if ctx.schema.relation_mode() != RelationMode::Prisma {
        return;
    }
    let edges = complete_edges(ctx);
    for start in &edges {
        let parent = start.relation.model_a;
        let mut visited: HashSet<FieldId> = HashSet::new();
        let mut stack: Vec<(Edge<'_>, Vec<FieldId>)> = vec![(*start, vec![start.field])];
        while let Some((edge, path)) = stack.pop() {
            visited.insert(edge.field);
            let related = edge.relation.model_b;
            if !(triggers(effective_on_update(&edge)) || triggers(effective_on_delete(ctx, &edge)))
            {
                continue;
            }
            let message = if edge.relation.model_a == related {
                Some("A self-relation must have `onDelete` and `onUpdate` referential actions set to `NoAction` in one of the @relation attributes.".to_owned())
            } else if related == parent {
                let hops: Vec<String> = path
                    .iter()
                    .map(|f| format!("{}.{}", ctx.model_name(f.model), ctx.field_name(*f)))
                    .collect();
                Some(format!(
                    "Reference causes a cycle. One of the @relation attributes in this cycle must have `onDelete` and `onUpdate` referential actions set to `NoAction`. Cycle path: {}.",
                    hops.join(" → ")
                ))
            } else {
                None
            };
            if let Some(message) = message {
                let full = with_implicit_defaults(ctx, start, &message);
                let span = ctx.field_span(start.field);
                ctx.push(
                    codes::REFERENTIAL_ACTION,
                    format!("Error validating: {full}"),
                    span,
                );
                break;
            }
            for next in edges
                .iter()
                .filter(|e| e.relation.model_a == related && !visited.contains(&e.field))
            {
                let mut p = path.clone();
                p.push(next.field);
                stack.push((*next, p));
            }
        }
    }
}

/// Appends the implicit default actions of the starting relation, as Prisma does.
fn with_implicit_defaults(ctx: &Ctx<'_>, e: &Edge<'_>, message: &str) -> String {
    let on_delete = (e.rf.on_delete.is_none() && triggers(effective_on_delete(ctx, e)))
        .then(|| effective_on_delete(ctx, e));
    let on_update = (e.rf.on_update.is_none() && triggers(effective_on_update(e)))
        .then(|| effective_on_update(e));
    let mut out = match (on_delete, on_update) {
        (Some(d), Some(u)) => format!(
            "{message} (Implicit default `onDelete`: `{}`, and `onUpdate`: `{}`)",
            d.as_str(),
            u.as_str()
        ),
        (Some(d), None) => format!("{message} (Implicit default `onDelete`: `{}`)", d.as_str()),
        (None, Some(u)) => format!("{message} (Implicit default `onUpdate`: `{}`)", u.as_str()),
        (None, None) => message.to_owned(),
    };
    out.push_str(" Read more at https://pris.ly/d/cyclic-referential-actions");
    out
}
