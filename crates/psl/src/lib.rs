//! Seedbed's implementation of Prisma 6.19.3's schema language (PSL) for SQLite.
//!
//! Entry point: [`parse_and_validate`] turns schema text into a
//! [`ValidatedSchema`]: the syntax tree, the resolved model (typed ids in flat
//! arenas, see [`model`]), and every diagnostic with Prisma's exact message.
//! It never fails and never panics; check [`ValidatedSchema::has_errors`].
//!
//! ```
//! let schema = seedbed_psl::parse_and_validate(r#"
//! datasource db {
//!   provider = "sqlite"
//!   url      = "file:./dev.db"
//! }
//!
//! model User {
//!   id    Int    @id @default(autoincrement())
//!   email String @unique
//!   posts Post[]
//! }
//!
//! model Post {
//!   id       Int  @id
//!   authorId Int
//!   author   User @relation(fields: [authorId], references: [id])
//! }
//! "#);
//! assert!(!schema.has_errors());
//! let user = schema.find_model("User").unwrap();
//! assert_eq!(user.indexes()[0].constraint_name, "User_email_key");
//! let post = schema.find_model("Post").unwrap();
//! let author = post.field("author").unwrap();
//! let relation = author.relation().unwrap();
//! assert_eq!(relation.name, "PostToUser");
//! ```
//!
//! Other entry points: [`parser::parse`] (syntax only), [`pretty`] (Prisma's
//! diagnostic rendering and `prisma validate` output), [`format`] (`prisma format`).

pub mod ast;
mod config;
pub mod constraint_names;
pub mod diagnostics;
pub mod format;
pub mod model;
pub mod parser;
pub mod pretty;
mod resolve;
pub mod span;
mod validate;
pub mod walkers;

pub use diagnostics::{Diagnostic, Severity};
pub use model::*;
pub use span::{LineCol, LineIndex, Span};
pub use walkers::{FieldWalker, ModelWalker, RelationWalker};

/// A parsed and validated schema. Always produced, even for broken input:
/// whatever could be resolved is present, and `diagnostics` says what is wrong.
#[derive(Debug, Clone)]
pub struct ValidatedSchema {
    /// The syntax tree (includes the source text).
    pub ast: ast::SchemaAst,
    /// Errors and warnings in Prisma's order.
    pub diagnostics: Vec<Diagnostic>,
    /// The datasource, when one was declared and loaded.
    pub datasource: Option<Datasource>,
    /// The generators.
    pub generators: Vec<Generator>,
    /// Models and views, indexed by [`ModelId`].
    pub models: Vec<Model>,
    /// Enums, indexed by [`EnumId`].
    pub enums: Vec<Enum>,
    /// Relations, indexed by [`RelationId`].
    pub relations: Vec<Relation>,
    /// `ModelId` → index in `ast.tops`.
    model_tops: Vec<usize>,
}

impl ValidatedSchema {
    /// The schema source text.
    pub fn source(&self) -> &str {
        &self.ast.source
    }

    /// True when any diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// Errors only, in order.
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| d.is_error())
    }

    /// Warnings only, in order.
    pub fn warnings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| !d.is_error())
    }

    /// The relation mode (foreign keys unless the datasource says `prisma`).
    pub fn relation_mode(&self) -> RelationMode {
        self.datasource
            .as_ref()
            .map(|d| d.relation_mode)
            .unwrap_or_default()
    }

    /// The preview features of all generators.
    pub fn preview_features(&self) -> impl Iterator<Item = &str> {
        self.generators
            .iter()
            .flat_map(|g| g.preview_features.iter().map(String::as_str))
    }

    /// Raw data of a model.
    pub fn model(&self, id: ModelId) -> Option<&Model> {
        self.models.get(id.0 as usize)
    }

    /// Raw data of a field.
    pub fn field(&self, id: FieldId) -> Option<&Field> {
        self.model(id.model)?.fields.get(id.index as usize)
    }

    /// Raw data of an enum.
    pub fn r#enum(&self, id: EnumId) -> Option<&Enum> {
        self.enums.get(id.0 as usize)
    }

    /// Raw data of a relation.
    pub fn relation(&self, id: RelationId) -> Option<&Relation> {
        self.relations.get(id.0 as usize)
    }

    /// An enum by name.
    pub fn find_enum(&self, name: &str) -> Option<(EnumId, &Enum)> {
        self.enums
            .iter()
            .enumerate()
            .find(|(_, e)| e.name == name)
            .map(|(i, e)| (EnumId(i as u32), e))
    }
}

/// Whether a model, view or enum name is reserved by the generated client (JavaScript
/// keywords and `PrismaClient`): validation rejects it, introspection renames it.
pub fn is_reserved_type_name(name: &str) -> bool {
    resolve::names::RESERVED_NAMES.contains(&name)
}

/// Parses and validates a schema with the SQLite connector's rules.
/// Never fails, never panics.
pub fn parse_and_validate(source: &str) -> ValidatedSchema {
    analyze(source).0
}

/// Like [`parse_and_validate`], and also reports whether the syntax and
/// name-resolution stages (before configuration and connector checks) had
/// errors: the formatter only completes relations when they had none.
pub(crate) fn analyze(source: &str) -> (ValidatedSchema, bool) {
    let (ast, mut diagnostics) = parser::parse(source);
    let db = resolve::resolve(&ast, &mut diagnostics);
    let db_errors = diagnostics.iter().any(Diagnostic::is_error);
    let (datasource, generators) = config::load(&ast, &mut diagnostics);
    let mut schema = ValidatedSchema {
        ast,
        diagnostics: Vec::new(),
        datasource,
        generators,
        models: db.models,
        enums: db.enums,
        relations: db.relations,
        model_tops: db.model_tops.clone(),
    };
    constraint_names::fill_defaults(&mut schema);
    let extra = validate::Extra {
        raw_relations: db.raw_relations,
        unknown_function_defaults: db.unknown_function_defaults,
        composite_tops: db.composite_tops,
        model_tops: db.model_tops,
    };
    validate::validate(&schema, &extra, &mut diagnostics);
    schema.diagnostics = diagnostics;
    (schema, db_errors)
}

impl ValidatedSchema {
    /// The syntax node of a model (for spans and attributes).
    pub fn ast_model(&self, id: ModelId) -> Option<&ast::Model> {
        match self.ast.tops.get(*self.model_tops.get(id.0 as usize)?) {
            Some(ast::Top::Model(m)) => Some(m),
            _ => None,
        }
    }

    /// The syntax node of a field.
    pub fn ast_field(&self, id: FieldId) -> Option<&ast::Field> {
        self.ast_model(id.model)?.fields.get(id.index as usize)
    }
}

/// Renders `s` as a schema string literal the way Prisma's `string_literal` does (JSON-like
/// escapes), as its messages and `db pull` print string values.
pub fn render_string_literal(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '"' => out.push_str("\\\""),
            '\r' => out.push_str("\\r"),
            '\\' => out.push_str("\\\\"),
            c if c.is_ascii_control() => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
