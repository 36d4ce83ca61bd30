//! Walkers: small copyable handles (schema + id) for navigating the model.
//! Each walker dereferences to its plain data (`Model`, `Field`, `Relation`).

use crate::ValidatedSchema;
use crate::model::*;
use std::ops::Deref;

/// A model (or view) in a schema.
#[derive(Clone, Copy)]
pub struct ModelWalker<'a> {
    /// The schema.
    pub schema: &'a ValidatedSchema,
    /// The model's id.
    pub id: ModelId,
    data: &'a Model,
}

/// A field of a model.
#[derive(Clone, Copy)]
pub struct FieldWalker<'a> {
    /// The schema.
    pub schema: &'a ValidatedSchema,
    /// The field's id.
    pub id: FieldId,
    data: &'a Field,
}

/// A resolved relation.
#[derive(Clone, Copy)]
pub struct RelationWalker<'a> {
    /// The schema.
    pub schema: &'a ValidatedSchema,
    /// The relation's id.
    pub id: RelationId,
    data: &'a Relation,
}

impl<'a> Deref for ModelWalker<'a> {
    type Target = Model;
    fn deref(&self) -> &Model {
        self.data
    }
}

impl<'a> Deref for FieldWalker<'a> {
    type Target = Field;
    fn deref(&self) -> &Field {
        self.data
    }
}

impl<'a> Deref for RelationWalker<'a> {
    type Target = Relation;
    fn deref(&self) -> &Relation {
        self.data
    }
}

impl ValidatedSchema {
    /// Walks all models and views in source order.
    pub fn walk_models(&self) -> impl Iterator<Item = ModelWalker<'_>> {
        (0..self.models.len()).filter_map(move |i| self.walk_model(ModelId(i as u32)))
    }

    /// A walker for one model.
    pub fn walk_model(&self, id: ModelId) -> Option<ModelWalker<'_>> {
        self.models.get(id.0 as usize).map(|data| ModelWalker {
            schema: self,
            id,
            data,
        })
    }

    /// A model or view by name.
    pub fn find_model(&self, name: &str) -> Option<ModelWalker<'_>> {
        self.walk_models().find(|m| m.name == name)
    }

    /// A walker for one field.
    pub fn walk_field(&self, id: FieldId) -> Option<FieldWalker<'_>> {
        self.field(id).map(|data| FieldWalker {
            schema: self,
            id,
            data,
        })
    }

    /// Walks all relations.
    pub fn walk_relations(&self) -> impl Iterator<Item = RelationWalker<'_>> {
        (0..self.relations.len()).filter_map(move |i| self.walk_relation(RelationId(i as u32)))
    }

    /// A walker for one relation.
    pub fn walk_relation(&self, id: RelationId) -> Option<RelationWalker<'_>> {
        self.relations
            .get(id.0 as usize)
            .map(|data| RelationWalker {
                schema: self,
                id,
                data,
            })
    }
}

impl<'a> ModelWalker<'a> {
    /// The plain data.
    pub fn data(&self) -> &'a Model {
        self.data
    }

    /// All fields in order.
    pub fn fields(&self) -> impl Iterator<Item = FieldWalker<'a>> + 'a {
        let (schema, id) = (self.schema, self.id);
        (0..self.data.fields.len()).filter_map(move |i| {
            schema.walk_field(FieldId {
                model: id,
                index: i as u32,
            })
        })
    }

    /// A field by name.
    pub fn field(&self, name: &str) -> Option<FieldWalker<'a>> {
        self.fields().find(|f| f.name == name)
    }

    /// Scalar fields in order.
    pub fn scalar_fields(&self) -> impl Iterator<Item = FieldWalker<'a>> + 'a {
        self.fields().filter(|f| f.scalar().is_some())
    }

    /// Relation fields in order.
    pub fn relation_fields(&self) -> impl Iterator<Item = FieldWalker<'a>> + 'a {
        self.fields().filter(|f| f.relation_field().is_some())
    }

    /// The primary key.
    pub fn primary_key(&self) -> Option<&'a PrimaryKey> {
        self.data.primary_key.as_ref()
    }

    /// Unique constraints and indexes.
    pub fn indexes(&self) -> &'a [Index] {
        &self.data.indexes
    }

    /// Relations where this model is A or B.
    pub fn relations(&self) -> impl Iterator<Item = RelationWalker<'a>> + 'a {
        let id = self.id;
        self.schema
            .walk_relations()
            .filter(move |r| r.model_a == id || r.model_b == id)
    }
}

impl<'a> FieldWalker<'a> {
    /// The plain data.
    pub fn data(&self) -> &'a Field {
        self.data
    }

    /// The model holding this field.
    pub fn model(&self) -> Option<ModelWalker<'a>> {
        self.schema.walk_model(self.id.model)
    }

    /// Scalar data, for scalar fields.
    pub fn scalar(&self) -> Option<&'a ScalarField> {
        match &self.data.kind {
            FieldKind::Scalar(s) => Some(s),
            _ => None,
        }
    }

    /// Relation data, for relation fields.
    pub fn relation_field(&self) -> Option<&'a RelationField> {
        match &self.data.kind {
            FieldKind::Relation(r) => Some(r),
            _ => None,
        }
    }

    /// The column name (scalar fields) or the field name.
    pub fn database_name(&self) -> &'a str {
        match &self.data.kind {
            FieldKind::Scalar(s) => &s.database_name,
            _ => &self.data.name,
        }
    }

    /// The resolved relation of a relation field.
    pub fn relation(&self) -> Option<RelationWalker<'a>> {
        self.schema.walk_relation(self.relation_field()?.relation?)
    }

    /// The related model of a relation field.
    pub fn related_model(&self) -> Option<ModelWalker<'a>> {
        self.schema.walk_model(self.relation_field()?.related_model)
    }
}

impl<'a> RelationWalker<'a> {
    /// The plain data.
    pub fn data(&self) -> &'a Relation {
        self.data
    }

    /// Model A.
    pub fn model_a(&self) -> Option<ModelWalker<'a>> {
        self.schema.walk_model(self.data.model_a)
    }

    /// Model B.
    pub fn model_b(&self) -> Option<ModelWalker<'a>> {
        self.schema.walk_model(self.data.model_b)
    }

    /// The field on model A, if written.
    pub fn field_a(&self) -> Option<FieldWalker<'a>> {
        self.schema.walk_field(self.data.field_a?)
    }

    /// The field on model B, if written.
    pub fn field_b(&self) -> Option<FieldWalker<'a>> {
        self.schema.walk_field(self.data.field_b?)
    }

    /// For 1:1 and 1:n: the relation field holding `fields`/`references`.
    pub fn forward_field(&self) -> Option<FieldWalker<'a>> {
        [self.field_a(), self.field_b()]
            .into_iter()
            .flatten()
            .find(|f| f.relation_field().is_some_and(|r| r.fields.is_some()))
    }

    /// The foreign-key columns (model A's fields) and referenced fields (model B), for 1:1 and 1:n.
    pub fn foreign_key(&self) -> Option<(&'a [FieldId], &'a [FieldId])> {
        let rf = self.forward_field()?.relation_field()?;
        Some((rf.fields.as_deref()?, rf.references.as_deref()?))
    }

    /// The default foreign key constraint name, `{table}_{columns}_fkey` from
    /// database names (`Post_authorId_fkey`), for 1:1 and 1:n relations.
    pub fn foreign_key_name(&self) -> Option<String> {
        let forward = self.forward_field()?;
        let model = forward.model()?;
        let columns: Vec<&str> = forward
            .relation_field()?
            .fields
            .iter()
            .flatten()
            .filter_map(|f| self.schema.walk_field(*f))
            .map(|f| f.database_name())
            .collect();
        Some(crate::constraint_names::constraint_name(
            &model.database_name,
            &columns,
            "fkey",
        ))
    }

    /// The join table name of an implicit m:n relation (`_CategoryToPost`).
    pub fn join_table(&self) -> Option<String> {
        (self.data.kind == RelationKind::ImplicitManyToMany).then(|| self.data.join_table_name())
    }

    /// The effective ON DELETE action: as written, else Prisma's default
    /// (SetNull when any FK column is optional, else Restrict; Cascade for m:n).
    pub fn on_delete(&self) -> ReferentialAction {
        if self.data.kind == RelationKind::ImplicitManyToMany {
            return ReferentialAction::Cascade;
        }
        let Some(f) = self.forward_field() else {
            return ReferentialAction::Restrict;
        };
        let Some(rf) = f.relation_field() else {
            return ReferentialAction::Restrict;
        };
        rf.on_delete.unwrap_or_else(|| {
            let optional = rf.fields.iter().flatten().any(|id| {
                self.schema
                    .field(*id)
                    .is_some_and(|f| f.arity == Arity::Optional)
            });
            if optional {
                ReferentialAction::SetNull
            } else {
                ReferentialAction::Restrict
            }
        })
    }

    /// The effective ON UPDATE action: as written, else Cascade.
    pub fn on_update(&self) -> ReferentialAction {
        self.forward_field()
            .and_then(|f| f.relation_field())
            .and_then(|rf| rf.on_update)
            .unwrap_or(ReferentialAction::Cascade)
    }
}
