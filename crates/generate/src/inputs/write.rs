//! Write inputs: `CreateInput`, `UpdateInput` (checked and unchecked, and their
//! `…Without{O}` forms used inside nested writes), `CreateManyInput`,
//! `UpdateManyMutationInput`, `UncheckedUpdateManyInput`.
//!
//! Checked inputs take relation fields and leave out foreign-key scalars and
//! autoincrement fields; unchecked inputs take every scalar and only the relations that do
//! not hold a foreign key. A `…Without{O}` input also leaves out `O` and, when `O` holds the
//! foreign key, the scalars it sets.

use crate::fields::{Scalar, all_fks, fk_of, is_forward, opposite, relations, scalars};
use crate::registry::{Check, Decl, Field, Registry, Req};
use crate::scalar::Kind;
use seedbed_psl::{Arity, FieldId, ModelId};

/// A scalar's type in a create: its input types, `| null` when nullable. Json takes the
/// `JsonNull` markers instead of `null`.
fn create_ty(reg: &Registry<'_>, s: &Scalar<'_>) -> String {
    if s.kind == Kind::Json {
        let markers = if s.nullable() {
            "NullableJsonNullValueInput"
        } else {
            "JsonNullValueInput"
        };
        return format!("{markers} | InputJsonValue");
    }
    let null = if s.nullable() { " | null" } else { "" };
    format!("{}{null}", s.kind.input(reg.schema))
}

/// A scalar's type in an update: its operations object or a value.
fn update_ty(reg: &mut Registry<'_>, s: &Scalar<'_>) -> String {
    if s.kind == Kind::Json {
        return create_ty(reg, s);
    }
    let ops = reg.r(Req::UpdateOps(s.kind, s.nullable()));
    let null = if s.nullable() { " | null" } else { "" };
    format!("{ops} | {}{null}", s.kind.input(reg.schema))
}

/// The scalars an input leaves out.
fn excluded_scalars(
    reg: &Registry<'_>,
    m: ModelId,
    check: Check,
    without: Option<FieldId>,
) -> Vec<FieldId> {
    let mut out = Vec::new();
    if let (Check::Checked, Some(model)) = (check, reg.schema.walk_model(m)) {
        out.extend(all_fks(model));
    }
    if let Some(o) = without.and_then(|o| reg.schema.walk_field(o)) {
        out.extend(fk_of(o));
    }
    out
}

/// The scalars of an input, in order, with the relation fields it takes.
fn shape<'a>(
    reg: &Registry<'a>,
    m: ModelId,
    check: Check,
    without: Option<FieldId>,
) -> (Vec<Scalar<'a>>, Vec<seedbed_psl::FieldWalker<'a>>) {
    let Some(model) = reg.schema.walk_model(m) else {
        return (Vec::new(), Vec::new());
    };
    let excluded = excluded_scalars(reg, m, check, without);
    let scalars = scalars(model)
        .into_iter()
        .filter(|s| !excluded.contains(&s.field.id))
        .filter(|s| check == Check::Unchecked || !s.is_autoincrement())
        .collect();
    let rels = relations(model)
        .into_iter()
        .filter(|f| Some(f.id) != without)
        .filter(|f| check == Check::Checked || !is_forward(*f))
        .collect();
    (scalars, rels)
}

pub fn create(reg: &mut Registry<'_>, m: ModelId, check: Check, without: Option<FieldId>) -> Decl {
    let (scalars, rels) = shape(reg, m, check, without);
    let mut fields: Vec<Field> = scalars
        .iter()
        .map(|s| Field {
            name: s.name().to_owned(),
            optional: s.optional_in_create(),
            ty: create_ty(reg, s),
        })
        .collect();
    for f in rels {
        let Some(o) = opposite(f) else { continue };
        let ty = reg.r(Req::CreateNested(o.id, check));
        fields.push(Field {
            name: f.name.clone(),
            optional: f.arity != Arity::Required,
            ty,
        });
    }
    Decl {
        fields,
        ..Decl::default()
    }
}

pub fn update(reg: &mut Registry<'_>, m: ModelId, check: Check, without: Option<FieldId>) -> Decl {
    let (scalars, rels) = shape(reg, m, check, without);
    let mut fields = Vec::new();
    for s in &scalars {
        let ty = update_ty(reg, s);
        fields.push(Field::opt(s.name(), ty));
    }
    for f in rels {
        let Some(o) = opposite(f) else { continue };
        let ty = reg.r(Req::UpdateNested(o.id, check));
        fields.push(Field::opt(f.name.clone(), ty));
    }
    Decl {
        fields,
        ..Decl::default()
    }
}

pub fn create_many(reg: &mut Registry<'_>, m: ModelId, without: Option<FieldId>) -> Decl {
    let (scalars, _) = shape(reg, m, Check::Unchecked, without);
    let fields = scalars
        .iter()
        .map(|s| Field {
            name: s.name().to_owned(),
            optional: s.optional_in_create(),
            ty: create_ty(reg, s),
        })
        .collect();
    Decl {
        fields,
        ..Decl::default()
    }
}

fn scalar_updates(reg: &mut Registry<'_>, scalars: &[Scalar<'_>]) -> Decl {
    let mut fields = Vec::new();
    for s in scalars {
        let ty = update_ty(reg, s);
        fields.push(Field::opt(s.name(), ty));
    }
    Decl {
        fields,
        ..Decl::default()
    }
}

pub fn update_many_mutation(reg: &mut Registry<'_>, m: ModelId) -> Decl {
    let (scalars, _) = shape(reg, m, Check::Checked, None);
    scalar_updates(reg, &scalars)
}

pub fn unchecked_update_many(reg: &mut Registry<'_>, m: ModelId, without: Option<FieldId>) -> Decl {
    let (scalars, _) = shape(reg, m, Check::Unchecked, without);
    scalar_updates(reg, &scalars)
}
