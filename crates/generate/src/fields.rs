//! Which fields Prisma Client exposes and in what order: scalars first (schema order), then
//! relations (schema order), as in every generated input and output type; plus the facts
//! the inputs depend on (foreign-key fields, autoincrement, unique criteria).

use crate::scalar::Kind;
use seedbed_psl::{
    Arity, DefaultKind, FieldId, FieldWalker, IndexKind, ModelId, ModelWalker, ScalarField,
    ValidatedSchema,
};

/// Models the client exposes (not `@@ignore`d), in schema order.
pub fn client_models(schema: &ValidatedSchema) -> Vec<ModelId> {
    schema
        .walk_models()
        .filter(|m| !m.is_ignored)
        .map(|m| m.id)
        .collect()
}

/// A scalar field as the client sees it.
#[derive(Clone, Copy)]
pub struct Scalar<'a> {
    pub field: FieldWalker<'a>,
    pub data: &'a ScalarField,
    pub kind: Kind,
}

impl<'a> Scalar<'a> {
    pub fn name(&self) -> &'a str {
        &self.field.data().name
    }

    pub fn nullable(&self) -> bool {
        self.field.arity == Arity::Optional
    }

    /// May be left out of a create: optional, defaulted or `@updatedAt`.
    pub fn optional_in_create(&self) -> bool {
        self.nullable() || self.data.default.is_some() || self.data.is_updated_at
    }

    pub fn is_autoincrement(&self) -> bool {
        self.data
            .default
            .as_ref()
            .is_some_and(|d| d.kind == DefaultKind::Autoincrement)
    }
}

/// The exposed scalar fields of a model, in schema order.
pub fn scalars(model: ModelWalker<'_>) -> Vec<Scalar<'_>> {
    model
        .fields()
        .filter(|f| !f.is_ignored)
        .filter_map(|field| {
            let data = field.scalar()?;
            let kind = Kind::of(&data.scalar_type)?;
            Some(Scalar { field, data, kind })
        })
        .collect()
}

/// The exposed relation fields of a model, in schema order (those whose other side is
/// missing or ignored are left out, as the client cannot use them).
pub fn relations(model: ModelWalker<'_>) -> Vec<FieldWalker<'_>> {
    model
        .relation_fields()
        .filter(|f| !f.is_ignored)
        .filter(|f| f.related_model().is_some_and(|m| !m.is_ignored))
        .filter(|f| opposite(*f).is_some())
        .collect()
}

/// The field on the other side of a relation field.
pub fn opposite(field: FieldWalker<'_>) -> Option<FieldWalker<'_>> {
    let rel = field.relation()?;
    let other = if rel.field_a == Some(field.id) {
        rel.field_b?
    } else {
        rel.field_a?
    };
    field.schema.walk_field(other)
}

/// The scalar fields a relation field holds (`fields: [...]`); empty on the back side.
pub fn fk_of(field: FieldWalker<'_>) -> Vec<FieldId> {
    field
        .relation_field()
        .and_then(|r| r.fields.clone())
        .unwrap_or_default()
}

/// True for a relation field that holds foreign-key fields.
pub fn is_forward(field: FieldWalker<'_>) -> bool {
    !fk_of(field).is_empty()
}

/// The scalar fields used as foreign keys by any relation of the model.
pub fn all_fks(model: ModelWalker<'_>) -> Vec<FieldId> {
    relations(model).into_iter().flat_map(fk_of).collect()
}

pub fn is_list(field: FieldWalker<'_>) -> bool {
    field.arity == Arity::List
}

/// `author` → `Author` (the `Without…` part of nested input names).
pub fn capitalize(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `User` → `user` (the client property and the `ExtArgs["result"]` key).
pub fn lower_first(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A way to find one record: the primary key, then each unique constraint, in order.
pub struct Criterion<'a> {
    /// The key in `WhereUniqueInput`: the field name, `name:` or the fields joined by `_`.
    pub key: String,
    pub fields: Vec<Scalar<'a>>,
}

impl Criterion<'_> {
    pub fn is_compound(&self) -> bool {
        self.fields.len() > 1
    }
}

/// The unique criteria of a model, primary key first (Prisma's order), without duplicates.
pub fn unique_criteria(model: ModelWalker<'_>) -> Vec<Criterion<'_>> {
    let exposed = scalars(model);
    let find = |id: FieldId| exposed.iter().find(|s| s.field.id == id).copied();
    let mut lists: Vec<(Option<&str>, Vec<FieldId>)> = Vec::new();
    if let Some(pk) = model.primary_key() {
        lists.push((
            pk.name.as_deref(),
            pk.fields.iter().map(|f| f.field).collect(),
        ));
    }
    for idx in model
        .indexes()
        .iter()
        .filter(|i| i.kind == IndexKind::Unique)
    {
        lists.push((
            idx.name.as_deref(),
            idx.fields.iter().map(|f| f.field).collect(),
        ));
    }
    let mut out: Vec<Criterion<'_>> = Vec::new();
    for (name, ids) in lists {
        let Some(fields) = ids.iter().map(|id| find(*id)).collect::<Option<Vec<_>>>() else {
            continue;
        };
        if fields.is_empty() {
            continue;
        }
        let key = match name {
            Some(n) if fields.len() > 1 => n.to_owned(),
            _ => fields
                .iter()
                .map(|s| s.name())
                .collect::<Vec<_>>()
                .join("_"),
        };
        if out.iter().any(|c| c.key == key) {
            continue;
        }
        out.push(Criterion { key, fields });
    }
    out
}

/// `orgId_userId` → `OrgIdUserId`, `grantKey` → `GrantKey` (compound input names).
pub fn pascal(key: &str) -> String {
    key.split('_').map(capitalize).collect()
}
