//! The validated schema model: flat arenas of plain data addressed by typed
//! ids. Everything is resolved (types, defaults, relations, constraint names),
//! so consumers (migrations, seeding, query engine) never look at the syntax.
//!
//! Navigation helpers live in [`crate::walkers`].

use crate::span::Span;

/// Index of a model (or view) in [`crate::ValidatedSchema::models`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ModelId(pub u32);

/// Index of an enum in [`crate::ValidatedSchema::enums`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EnumId(pub u32);

/// A field: its model and its position among that model's fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FieldId {
    /// The model holding the field.
    pub model: ModelId,
    /// Position in [`Model::fields`].
    pub index: u32,
}

/// Index of a relation in [`crate::ValidatedSchema::relations`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RelationId(pub u32);

/// The `datasource` block.
#[derive(Debug, Clone, PartialEq)]
pub struct Datasource {
    /// Block name (`db`).
    pub name: String,
    /// `provider` as written (`"sqlite"`).
    pub provider: String,
    /// `url`, when given.
    pub url: Option<ConfigValue>,
    /// `shadowDatabaseUrl`, when given.
    pub shadow_database_url: Option<ConfigValue>,
    /// `directUrl`, when given.
    pub direct_url: Option<ConfigValue>,
    /// `relationMode` (or the deprecated `referentialIntegrity`); defaults to foreign keys.
    pub relation_mode: RelationMode,
    /// Doc comment.
    pub documentation: Option<String>,
    /// Whole block.
    pub span: Span,
}

/// A configuration value that is either a literal or read from the environment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigValue {
    /// `"file:./dev.db"`
    Literal(String),
    /// `env("DATABASE_URL")`: the variable name.
    Env(String),
}

/// How relations are enforced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RelationMode {
    /// Real foreign keys (the default).
    #[default]
    ForeignKeys,
    /// Emulated by Prisma Client; no foreign keys are created.
    Prisma,
}

/// A `generator` block.
#[derive(Debug, Clone, PartialEq)]
pub struct Generator {
    /// Block name (`client`).
    pub name: String,
    /// `provider`, when given.
    pub provider: Option<ConfigValue>,
    /// `output`, when given.
    pub output: Option<ConfigValue>,
    /// `previewFeatures` as written.
    pub preview_features: Vec<String>,
    /// Every other `key = value` (binaryTargets, custom keys), value as source text.
    pub config: Vec<(String, String)>,
    /// Doc comment.
    pub documentation: Option<String>,
    /// Whole block.
    pub span: Span,
}

/// A model or a view.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    /// Name in the schema.
    pub name: String,
    /// Table name: `@@map` value or the name.
    pub database_name: String,
    /// `@@map` value, when given.
    pub mapped_name: Option<String>,
    /// Doc comment.
    pub documentation: Option<String>,
    /// True for `view` blocks.
    pub is_view: bool,
    /// `@@ignore`.
    pub is_ignored: bool,
    /// Fields in source order (scalar and relation).
    pub fields: Vec<Field>,
    /// `@id` or `@@id`, when present.
    pub primary_key: Option<PrimaryKey>,
    /// `@unique`, `@@unique`, `@@index` and `@@fulltext`, in source order (field-level first per field).
    pub indexes: Vec<Index>,
    /// Whole block.
    pub span: Span,
    /// Span of the model name.
    pub name_span: Span,
}

/// A field of a model.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// Name in the schema.
    pub name: String,
    /// Arity as written.
    pub arity: Arity,
    /// Scalar or relation data.
    pub kind: FieldKind,
    /// Doc comment.
    pub documentation: Option<String>,
    /// `@ignore`.
    pub is_ignored: bool,
    /// Whole field line.
    pub span: Span,
}

/// Required, optional or list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arity {
    /// `T`
    Required,
    /// `T?`
    Optional,
    /// `T[]`
    List,
}

/// What a field holds.
#[derive(Debug, Clone, PartialEq)]
pub enum FieldKind {
    /// A column.
    Scalar(ScalarField),
    /// A relation to another model.
    Relation(RelationField),
    /// A field whose type could not be resolved (the schema has errors).
    Unresolved(String),
}

/// Column data of a scalar field.
#[derive(Debug, Clone, PartialEq)]
pub struct ScalarField {
    /// Column name: `@map` value or the field name.
    pub database_name: String,
    /// `@map` value, when given.
    pub mapped_name: Option<String>,
    /// Type.
    pub scalar_type: ScalarType,
    /// `@default`, when given.
    pub default: Option<DefaultValue>,
    /// `@updatedAt`.
    pub is_updated_at: bool,
    /// `@db.X(args)` as written (always an error on SQLite).
    pub native_type: Option<(String, Vec<String>)>,
}

/// A scalar type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScalarType {
    /// `String` → TEXT
    String,
    /// `Int` → INTEGER
    Int,
    /// `BigInt` → BIGINT
    BigInt,
    /// `Float` → REAL
    Float,
    /// `Decimal` → DECIMAL
    Decimal,
    /// `Boolean` → BOOLEAN
    Boolean,
    /// `DateTime` → DATETIME
    DateTime,
    /// `Json` → JSONB
    Json,
    /// `Bytes` → BLOB
    Bytes,
    /// An enum (TEXT on SQLite).
    Enum(EnumId),
    /// `Unsupported("…")`: the database type, verbatim.
    Unsupported(String),
}

impl ScalarType {
    /// Parses a built-in scalar type name.
    pub fn from_builtin(name: &str) -> Option<ScalarType> {
        Some(match name {
            "String" => ScalarType::String,
            "Int" => ScalarType::Int,
            "BigInt" => ScalarType::BigInt,
            "Float" => ScalarType::Float,
            "Decimal" => ScalarType::Decimal,
            "Boolean" => ScalarType::Boolean,
            "DateTime" => ScalarType::DateTime,
            "Json" => ScalarType::Json,
            "Bytes" => ScalarType::Bytes,
            _ => return None,
        })
    }

    /// The Prisma name of a built-in type (`"Enum"`/`"Unsupported"` for the others).
    pub fn name(&self) -> &'static str {
        match self {
            ScalarType::String => "String",
            ScalarType::Int => "Int",
            ScalarType::BigInt => "BigInt",
            ScalarType::Float => "Float",
            ScalarType::Decimal => "Decimal",
            ScalarType::Boolean => "Boolean",
            ScalarType::DateTime => "DateTime",
            ScalarType::Json => "Json",
            ScalarType::Bytes => "Bytes",
            ScalarType::Enum(_) => "Enum",
            ScalarType::Unsupported(_) => "Unsupported",
        }
    }
}

/// `@default(…)`.
#[derive(Debug, Clone, PartialEq)]
pub struct DefaultValue {
    /// What the default is.
    pub kind: DefaultKind,
    /// `map:` argument (SQL Server only; kept for completeness).
    pub map: Option<String>,
    /// Span of the `@default` attribute.
    pub span: Span,
}

/// The kinds of default values.
#[derive(Debug, Clone, PartialEq)]
pub enum DefaultKind {
    /// A literal.
    Value(Literal),
    /// `autoincrement()`
    Autoincrement,
    /// `now()`
    Now,
    /// `uuid()` (4) or `uuid(7)`.
    Uuid(u8),
    /// `cuid()` (1) or `cuid(2)`.
    Cuid(u8),
    /// `nanoid()` or `nanoid(len)`.
    Nanoid(Option<u8>),
    /// `ulid()`
    Ulid,
    /// `dbgenerated("expr")` or `dbgenerated()`.
    DbGenerated(Option<String>),
    /// An enum value name.
    EnumValue(String),
}

/// A literal default value.
#[derive(Debug, Clone, PartialEq)]
pub enum Literal {
    /// A string (already unescaped).
    String(String),
    /// A number as written (`1`, `-2.5`).
    Number(String),
    /// `true` / `false`.
    Boolean(bool),
    /// `[…]`
    List(Vec<Literal>),
}

/// Relation data of a relation field.
#[derive(Debug, Clone, PartialEq)]
pub struct RelationField {
    /// The other model.
    pub related_model: ModelId,
    /// The relation name given in `@relation("Name")` / `name:`.
    pub relation_name: Option<String>,
    /// `fields: [...]` as written, resolved to field ids (unresolved names are dropped).
    pub fields: Option<Vec<FieldId>>,
    /// `references: [...]`, resolved in the related model.
    pub references: Option<Vec<FieldId>>,
    /// `onDelete` as written.
    pub on_delete: Option<ReferentialAction>,
    /// `onUpdate` as written.
    pub on_update: Option<ReferentialAction>,
    /// `map:` (rejected on SQLite).
    pub map: Option<String>,
    /// The resolved relation, when the schema allowed resolving it.
    pub relation: Option<RelationId>,
}

/// Referential actions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReferentialAction {
    /// `Cascade`
    Cascade,
    /// `Restrict`
    Restrict,
    /// `NoAction`
    NoAction,
    /// `SetNull`
    SetNull,
    /// `SetDefault`
    SetDefault,
}

impl ReferentialAction {
    /// Parses the name used in the schema.
    pub fn from_name(s: &str) -> Option<ReferentialAction> {
        Some(match s {
            "Cascade" => ReferentialAction::Cascade,
            "Restrict" => ReferentialAction::Restrict,
            "NoAction" => ReferentialAction::NoAction,
            "SetNull" => ReferentialAction::SetNull,
            "SetDefault" => ReferentialAction::SetDefault,
            _ => return None,
        })
    }

    /// The name used in the schema.
    pub fn as_str(self) -> &'static str {
        match self {
            ReferentialAction::Cascade => "Cascade",
            ReferentialAction::Restrict => "Restrict",
            ReferentialAction::NoAction => "NoAction",
            ReferentialAction::SetNull => "SetNull",
            ReferentialAction::SetDefault => "SetDefault",
        }
    }

    /// The SQL form (`SET NULL`, …).
    pub fn as_sql(self) -> &'static str {
        match self {
            ReferentialAction::Cascade => "CASCADE",
            ReferentialAction::Restrict => "RESTRICT",
            ReferentialAction::NoAction => "NO ACTION",
            ReferentialAction::SetNull => "SET NULL",
            ReferentialAction::SetDefault => "SET DEFAULT",
        }
    }
}

/// A relation between two models, resolved from one or two relation fields.
///
/// For 1:1 and 1:n relations, model A holds the foreign key (`fields`) and
/// model B is referenced. For implicit m:n relations, A and B are ordered by
/// model name (and by field name for self-relations), which decides the
/// join-table columns `A` and `B`.
#[derive(Debug, Clone, PartialEq)]
pub struct Relation {
    /// The relation name: explicit, or generated `{A}To{B}` (model names sorted).
    pub name: String,
    /// True when the name was given explicitly.
    pub is_named: bool,
    /// 1:1, 1:n or implicit m:n.
    pub kind: RelationKind,
    /// Model A (see the type doc).
    pub model_a: ModelId,
    /// Model B.
    pub model_b: ModelId,
    /// The relation field on model A, if written.
    pub field_a: Option<FieldId>,
    /// The relation field on model B, if written.
    pub field_b: Option<FieldId>,
}

/// The shape of a relation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RelationKind {
    /// One-to-one.
    OneToOne,
    /// One-to-many (model A holds many-side FK).
    OneToMany,
    /// Implicit many-to-many through a join table.
    ImplicitManyToMany,
}

impl Relation {
    /// True for self-relations.
    pub fn is_self_relation(&self) -> bool {
        self.model_a == self.model_b
    }

    /// Join table name of an implicit m:n relation: `_` + relation name
    /// (`_CategoryToPost` or `_MyName`).
    pub fn join_table_name(&self) -> String {
        format!("_{}", self.name)
    }
}

/// Sort order in an index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortOrder {
    /// `Asc`
    Asc,
    /// `Desc`
    Desc,
}

/// One field in an index or primary key.
#[derive(Debug, Clone, PartialEq)]
pub struct IndexField {
    /// The scalar field.
    pub field: FieldId,
    /// `sort:` when given.
    pub sort: Option<SortOrder>,
    /// `length:` when given (rejected on SQLite).
    pub length: Option<u32>,
}

/// `@id` / `@@id`.
#[derive(Debug, Clone, PartialEq)]
pub struct PrimaryKey {
    /// Fields in order.
    pub fields: Vec<IndexField>,
    /// `name:` (client name of a compound id).
    pub name: Option<String>,
    /// `map:` (rejected on SQLite).
    pub map: Option<String>,
    /// The database constraint name: `map` or `{table}_pkey` (unused on SQLite).
    pub constraint_name: String,
    /// True for `@id` on a field.
    pub is_field_level: bool,
    /// Span of the attribute.
    pub span: Span,
}

/// What kind of index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IndexKind {
    /// `@unique` / `@@unique`
    Unique,
    /// `@@index`
    Normal,
    /// `@@fulltext` (rejected on SQLite)
    Fulltext,
}

/// An index or unique constraint.
#[derive(Debug, Clone, PartialEq)]
pub struct Index {
    /// Unique, normal or fulltext.
    pub kind: IndexKind,
    /// Fields in order.
    pub fields: Vec<IndexField>,
    /// `name:` (client name of a compound unique).
    pub name: Option<String>,
    /// `map:` when given.
    pub map: Option<String>,
    /// Database name: `map` or the default (`User_email_key`, `Post_authorId_idx`).
    pub constraint_name: String,
    /// `type:` of an `@@index` (`BTree`, `Hash`, …); only `BTree` is valid on SQLite.
    pub algorithm: Option<String>,
    /// True for `@unique` on a field.
    pub is_field_level: bool,
    /// Span of the attribute.
    pub span: Span,
}

/// An enum.
#[derive(Debug, Clone, PartialEq)]
pub struct Enum {
    /// Name in the schema.
    pub name: String,
    /// `@@map` value or the name.
    pub database_name: String,
    /// `@@map` value.
    pub mapped_name: Option<String>,
    /// Values in order.
    pub values: Vec<EnumValue>,
    /// Doc comment.
    pub documentation: Option<String>,
    /// Whole block.
    pub span: Span,
}

/// One enum value.
#[derive(Debug, Clone, PartialEq)]
pub struct EnumValue {
    /// Name in the schema.
    pub name: String,
    /// `@map` value or the name (stored in the database).
    pub database_name: String,
    /// Doc comment.
    pub documentation: Option<String>,
    /// Span of the value line.
    pub span: Span,
}
