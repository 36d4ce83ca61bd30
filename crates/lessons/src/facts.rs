//! What the checks know about a schema: whether it is valid, its models and their fields.
//!
//! Computed where the schema language lives (the engine worker, the native tests) by
//! [`SchemaFacts::of`], behind the `from-schema` feature, and carried in the [`World`] as
//! data: the page, which evaluates checks, then needs no schema parser of its own.
//!
//! [`World`]: crate::World

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SchemaFacts {
    /// The schema has no errors.
    pub valid: bool,
    /// The models (views included), with whatever could be resolved when the schema has
    /// errors elsewhere, as while the learner is typing.
    pub models: Vec<ModelFacts>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ModelFacts {
    pub name: String,
    pub fields: Vec<FieldFacts>,
}

/// A field as the checks see it: name, type name as written (without `?`/`[]`), arity.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FieldFacts {
    pub name: String,
    pub type_name: String,
    pub optional: bool,
    pub list: bool,
}

impl SchemaFacts {
    /// The model named `name`.
    pub fn model(&self, name: &str) -> Option<&ModelFacts> {
        self.models.iter().find(|m| m.name == name)
    }
}

#[cfg(feature = "from-schema")]
impl SchemaFacts {
    /// Parses and validates `schema_text`. Never fails: a broken schema gives what could be
    /// resolved, with `valid: false`.
    pub fn of(schema_text: &str) -> SchemaFacts {
        let schema = seedbed_psl::parse_and_validate(schema_text);
        let models = schema
            .models
            .iter()
            .map(|m| ModelFacts {
                name: m.name.clone(),
                fields: m
                    .fields
                    .iter()
                    .map(|f| FieldFacts {
                        name: f.name.clone(),
                        type_name: type_name(&schema, &f.kind),
                        optional: f.arity == seedbed_psl::Arity::Optional,
                        list: f.arity == seedbed_psl::Arity::List,
                    })
                    .collect(),
            })
            .collect();
        SchemaFacts {
            valid: !schema.has_errors(),
            models,
        }
    }
}

#[cfg(feature = "from-schema")]
fn type_name(schema: &seedbed_psl::ValidatedSchema, kind: &seedbed_psl::FieldKind) -> String {
    use seedbed_psl::ScalarType as S;
    match kind {
        seedbed_psl::FieldKind::Scalar(s) => match &s.scalar_type {
            S::String => "String".into(),
            S::Int => "Int".into(),
            S::BigInt => "BigInt".into(),
            S::Float => "Float".into(),
            S::Decimal => "Decimal".into(),
            S::Boolean => "Boolean".into(),
            S::DateTime => "DateTime".into(),
            S::Json => "Json".into(),
            S::Bytes => "Bytes".into(),
            S::Enum(id) => schema
                .enums
                .get(id.0 as usize)
                .map(|e| e.name.clone())
                .unwrap_or_default(),
            S::Unsupported(_) => "Unsupported".into(),
        },
        seedbed_psl::FieldKind::Relation(r) => schema
            .models
            .get(r.related_model.0 as usize)
            .map(|m| m.name.clone())
            .unwrap_or_default(),
        seedbed_psl::FieldKind::Unresolved(t) => t.clone(),
    }
}
