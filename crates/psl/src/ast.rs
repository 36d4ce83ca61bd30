//! The syntax tree produced by [`crate::parser`].
//!
//! Every node carries its byte [`Span`]; together with the source text (kept by
//! [`SchemaAst::source`]) and the per-block [`BlockLine`] lists, which record
//! comments, blank lines and invalid lines in order, no character is lost, so the
//! formatter and editor features work from this one parse.

use crate::span::Span;

/// A name as written, with its span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identifier {
    /// The text of the name (for attributes, the whole dotted path such as `db.VarChar`).
    pub name: String,
    /// Where it is.
    pub span: Span,
}

/// A parsed schema file.
#[derive(Debug, Clone, Default)]
pub struct SchemaAst {
    /// The full source text.
    pub source: String,
    /// Top-level items in source order.
    pub tops: Vec<Top>,
    /// Top-level lines in order (for the formatter).
    pub lines: Vec<TopLine>,
}

/// One top-level item.
#[derive(Debug, Clone)]
pub enum Top {
    /// `model`, `view` or `type` block.
    Model(Model),
    /// `enum` block.
    Enum(Enum),
    /// `datasource` or `generator` block.
    Config(ConfigBlock),
}

impl Top {
    /// The span of the whole item.
    pub fn span(&self) -> Span {
        match self {
            Top::Model(m) => m.span,
            Top::Enum(e) => e.span,
            Top::Config(c) => c.span,
        }
    }

    /// The name of the item.
    pub fn name(&self) -> &Identifier {
        match self {
            Top::Model(m) => &m.name,
            Top::Enum(e) => &e.name,
            Top::Config(c) => &c.name,
        }
    }
}

/// What a top-level region of the source is, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TopLine {
    /// Index into [`SchemaAst::tops`].
    Top(usize),
    /// A comment (`//`, `///` or `/* */`), raw text span.
    Comment(Span),
    /// An empty line.
    Blank,
    /// Text that is not valid at top level, kept verbatim (an invalid line
    /// includes its newline; a rejected block or type alias does not).
    Invalid(Span),
}

/// Which keyword opened a model-like block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModelKind {
    /// `model`
    Model,
    /// `view`
    View,
    /// `type` (composite type)
    CompositeType,
}

/// A line inside a block, in order.
#[derive(Debug, Clone)]
pub enum BlockLine {
    /// Index into the block's fields / enum values / properties.
    Item(usize),
    /// Index into the block's `@@` attributes.
    Attribute(usize),
    /// A comment line (raw span, without the newline).
    Comment(Span),
    /// An empty line.
    Blank,
    /// An invalid line, kept verbatim (span without the newline).
    Invalid(Span),
    /// A field Prisma parses but rejects (legacy `Type!`, `[Type]`, `Type[]?`,
    /// `name: Type`, or a missing type), with its type as the formatter prints it.
    Rejected(Box<Field>, String),
}

/// A `model`, `view` or composite `type` block.
#[derive(Debug, Clone)]
pub struct Model {
    /// Which keyword.
    pub kind: ModelKind,
    /// Block name.
    pub name: Identifier,
    /// Fields in order.
    pub fields: Vec<Field>,
    /// `@@` attributes in order.
    pub attributes: Vec<Attribute>,
    /// Doc comment (`///` lines directly above).
    pub documentation: Option<String>,
    /// Lines of the body, in order.
    pub lines: Vec<BlockLine>,
    /// From the keyword to the closing `}` inclusive.
    pub span: Span,
    /// Text after `{` on the opening line (usually empty or a comment).
    pub header_trailing: Span,
}

/// The arity written on a field type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldArity {
    /// `T`
    Required,
    /// `T?`
    Optional,
    /// `T[]`
    List,
}

/// The type written on a field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldType {
    /// A named type (built-in scalar, model, enum or composite type).
    Supported(Identifier),
    /// `Unsupported("…")`, with the decoded string.
    Unsupported(String, Span),
}

impl FieldType {
    /// The span of the type name.
    pub fn span(&self) -> Span {
        match self {
            FieldType::Supported(id) => id.span,
            FieldType::Unsupported(_, span) => *span,
        }
    }
}

/// A field of a model, view or composite type.
#[derive(Debug, Clone)]
pub struct Field {
    /// Field name.
    pub name: Identifier,
    /// Field type.
    pub field_type: FieldType,
    /// Arity.
    pub arity: FieldArity,
    /// Span of the type including its arity markers (`Int[]`, `String?`).
    pub type_span: Span,
    /// `@` attributes in order.
    pub attributes: Vec<Attribute>,
    /// Documentation (`///` above, `///` trailing).
    pub documentation: Option<String>,
    /// A trailing comment on the same line, raw.
    pub trailing_comment: Option<Span>,
    /// The whole line including its newline (Prisma's span for field errors).
    pub span: Span,
}

/// An enum block.
#[derive(Debug, Clone)]
pub struct Enum {
    /// Enum name.
    pub name: Identifier,
    /// Values in order.
    pub values: Vec<EnumValue>,
    /// `@@` attributes.
    pub attributes: Vec<Attribute>,
    /// Doc comment.
    pub documentation: Option<String>,
    /// Lines of the body.
    pub lines: Vec<BlockLine>,
    /// Whole block.
    pub span: Span,
    /// Text after `{` on the opening line.
    pub header_trailing: Span,
}

/// One enum value.
#[derive(Debug, Clone)]
pub struct EnumValue {
    /// Value name.
    pub name: Identifier,
    /// `@map` etc.
    pub attributes: Vec<Attribute>,
    /// Doc comment.
    pub documentation: Option<String>,
    /// Trailing comment, raw.
    pub trailing_comment: Option<Span>,
    /// Whole line including newline.
    pub span: Span,
}

/// Which keyword opened a configuration block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConfigKind {
    /// `datasource`
    Datasource,
    /// `generator`
    Generator,
}

/// A `datasource` or `generator` block.
#[derive(Debug, Clone)]
pub struct ConfigBlock {
    /// Which keyword.
    pub kind: ConfigKind,
    /// Block name.
    pub name: Identifier,
    /// `key = value` lines in order.
    pub properties: Vec<ConfigProperty>,
    /// Doc comment.
    pub documentation: Option<String>,
    /// Lines of the body.
    pub lines: Vec<BlockLine>,
    /// Whole block.
    pub span: Span,
    /// Text after `{` on the opening line.
    pub header_trailing: Span,
}

/// `key = value` in a configuration block.
#[derive(Debug, Clone)]
pub struct ConfigProperty {
    /// Key.
    pub name: Identifier,
    /// Value (absent when written `key =`).
    pub value: Option<Expression>,
    /// Trailing comment, raw.
    pub trailing_comment: Option<Span>,
    /// `key = value` without trailing comment and newline.
    pub span: Span,
}

/// `@name(args)` or `@@name(args)`.
#[derive(Debug, Clone)]
pub struct Attribute {
    /// Dotted name without the `@`/`@@`, e.g. `relation`, `db.VarChar`.
    pub name: Identifier,
    /// Arguments.
    pub arguments: ArgumentsList,
    /// From the first `@` to the end of the argument list.
    pub span: Span,
}

/// A parenthesised argument list.
#[derive(Debug, Clone, Default)]
pub struct ArgumentsList {
    /// Arguments with values, in order.
    pub arguments: Vec<Argument>,
    /// `name:` without a value (kept for autocompletion).
    pub empty_arguments: Vec<Identifier>,
    /// Span of a trailing comma.
    pub trailing_comma: Option<Span>,
    /// Span of `(…)`, when present.
    pub span: Option<Span>,
}

/// One argument: positional or `name: value`.
#[derive(Debug, Clone)]
pub struct Argument {
    /// Name for named arguments.
    pub name: Option<Identifier>,
    /// Value.
    pub value: Expression,
    /// Whole argument.
    pub span: Span,
}

/// A value expression.
#[derive(Debug, Clone)]
pub enum Expression {
    /// A number as written (`1`, `-2.5`).
    Numeric(String, Span),
    /// A string, with escapes decoded.
    String(String, Span),
    /// A bare path (`Cascade`, `true`, `db.Text`).
    Constant(String, Span),
    /// `name(args)`.
    Function(String, ArgumentsList, Span),
    /// `[a, b]`.
    Array(Vec<Expression>, Span),
}

impl Expression {
    /// The span of the expression.
    pub fn span(&self) -> Span {
        match self {
            Expression::Numeric(_, s)
            | Expression::String(_, s)
            | Expression::Constant(_, s)
            | Expression::Function(_, _, s)
            | Expression::Array(_, s) => *s,
        }
    }

    /// The string value, if this is a string literal.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Expression::String(s, _) => Some(s),
            _ => None,
        }
    }

    /// The constant name, if this is a bare path.
    pub fn as_constant(&self) -> Option<&str> {
        match self {
            Expression::Constant(s, _) => Some(s),
            _ => None,
        }
    }

    /// A short description of the kind, as Prisma names it in errors.
    pub fn describe(&self) -> &'static str {
        match self {
            Expression::Numeric(..) => "numeric",
            Expression::String(..) => "string",
            Expression::Constant(..) => "literal",
            Expression::Function(..) => "functional",
            Expression::Array(..) => "array",
        }
    }
}

impl Model {
    /// True for `view` blocks.
    pub fn is_view(&self) -> bool {
        self.kind == ModelKind::View
    }
}
