//! Schema facts the engine needs: models by client name, selectable scalar fields, the
//! primary key, unique criteria (for `WhereUniqueInput`) and how a relation field joins.

use crate::error::ClientError;
use seedbed_psl::{
    Arity, FieldId, FieldWalker, ModelWalker, RelationKind, ScalarType, ValidatedSchema,
};

/// `User` → `user` (the property on the client).
pub fn client_name(model: &str) -> String {
    let mut c = model.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

pub fn find_model<'a>(s: &'a ValidatedSchema, name: &str) -> Result<ModelWalker<'a>, ClientError> {
    s.walk_models()
        .find(|m| !m.is_ignored && (m.name == name || client_name(&m.name) == name))
        .ok_or_else(|| {
            ClientError::validation(format!("Unknown model `{name}`: it is not in the schema."))
        })
}

/// Scalar fields the client can read (not ignored, not `Unsupported`).
pub fn scalars<'a>(m: ModelWalker<'a>) -> Vec<FieldWalker<'a>> {
    m.scalar_fields()
        .filter(|f| {
            !f.is_ignored
                && f.scalar()
                    .is_some_and(|s| !matches!(s.scalar_type, ScalarType::Unsupported(_)))
        })
        .collect()
}

/// Relation fields the client knows.
pub fn relations<'a>(m: ModelWalker<'a>) -> Vec<FieldWalker<'a>> {
    m.relation_fields()
        .filter(|f| !f.is_ignored && f.relation().is_some())
        .collect()
}

pub fn scalar_type<'a>(f: &FieldWalker<'a>) -> &'a ScalarType {
    static STRING: ScalarType = ScalarType::String;
    f.scalar().map_or(&STRING, |s| &s.scalar_type)
}

/// A unique criterion: the id, a `@unique` field or a compound unique.
#[derive(Debug, Clone)]
pub struct Unique {
    /// The argument name (`email`, `id`, `title_authorId`).
    pub name: String,
    pub fields: Vec<FieldId>,
}

pub fn uniques(m: ModelWalker<'_>) -> Vec<Unique> {
    let s = m.schema;
    let name_of = |fields: &[FieldId], explicit: &Option<String>| {
        explicit.clone().unwrap_or_else(|| {
            fields
                .iter()
                .filter_map(|f| s.field(*f).map(|f| f.name.clone()))
                .collect::<Vec<_>>()
                .join("_")
        })
    };
    let mut out = Vec::new();
    if let Some(pk) = m.primary_key() {
        let fields: Vec<FieldId> = pk.fields.iter().map(|f| f.field).collect();
        out.push(Unique {
            name: name_of(&fields, &pk.name),
            fields,
        });
    }
    for idx in m.indexes() {
        if idx.kind == seedbed_psl::IndexKind::Unique {
            let fields: Vec<FieldId> = idx.fields.iter().map(|f| f.field).collect();
            let name = name_of(&fields, &idx.name);
            if !out.iter().any(|u: &Unique| u.name == name) {
                out.push(Unique { name, fields });
            }
        }
    }
    out
}

/// The fields identifying a row: the primary key, else the first unique.
pub fn identity(m: ModelWalker<'_>) -> Vec<FieldId> {
    uniques(m)
        .into_iter()
        .next()
        .map(|u| u.fields)
        .unwrap_or_default()
}

/// How a relation field connects its model (the parent) to the related model (the child).
#[derive(Clone)]
pub struct Link<'a> {
    pub field: FieldWalker<'a>,
    pub child: ModelWalker<'a>,
    /// Pairs (parent field, child field) whose values are equal for related rows; for m:n,
    /// (parent id, child id) matched through the join table.
    pub pairs: Vec<(FieldId, FieldId)>,
    /// m:n join table and its (parent column, child column).
    pub join: Option<(String, &'static str, &'static str)>,
    /// The parent row holds the foreign key (to-one, forward side).
    pub parent_holds_fk: bool,
    pub many: bool,
    pub relation_name: String,
    pub kind: RelationKind,
}

pub fn link<'a>(field: FieldWalker<'a>) -> Option<Link<'a>> {
    let rel = field.relation()?;
    let child = field.related_model()?;
    let parent = field.model()?;
    let many = field.arity == Arity::List;
    if rel.kind == RelationKind::ImplicitManyToMany {
        let p = *identity(parent).first()?;
        let c = *identity(child).first()?;
        let (pc, cc) = if rel.field_a == Some(field.id) {
            ("A", "B")
        } else {
            ("B", "A")
        };
        return Some(Link {
            field,
            child,
            pairs: vec![(p, c)],
            join: Some((rel.join_table()?, pc, cc)),
            parent_holds_fk: false,
            many: true,
            relation_name: rel.name.clone(),
            kind: rel.kind,
        });
    }
    let forward = rel.forward_field()?;
    let (fields, refs) = rel.foreign_key()?;
    let parent_holds_fk = forward.id == field.id;
    let pairs: Vec<(FieldId, FieldId)> = if parent_holds_fk {
        fields.iter().copied().zip(refs.iter().copied()).collect()
    } else {
        refs.iter().copied().zip(fields.iter().copied()).collect()
    };
    if pairs.is_empty() {
        return None;
    }
    Some(Link {
        field,
        child,
        pairs,
        join: None,
        parent_holds_fk,
        many,
        relation_name: rel.name.clone(),
        kind: rel.kind,
    })
}

impl Link<'_> {
    /// `one-to-many`, `one-to-one`, `many-to-many` as the engine's messages say.
    pub fn kind_text(&self) -> &'static str {
        match self.kind {
            RelationKind::OneToOne => "one-to-one",
            RelationKind::OneToMany => "one-to-many",
            RelationKind::ImplicitManyToMany => "many-to-many",
        }
    }
}

/// Column name of a field.
pub fn col(s: &ValidatedSchema, id: FieldId) -> String {
    s.walk_field(id)
        .map(|f| f.database_name().to_owned())
        .unwrap_or_default()
}

/// Position of a field among [`scalars`] (the columns of a fetched row).
pub fn scalar_pos(m: ModelWalker<'_>, id: FieldId) -> Option<usize> {
    scalars(m).iter().position(|f| f.id == id)
}
