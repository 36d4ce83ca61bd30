//! Diagnostics as plain data: severity, a stable code of ours, Prisma's exact
//! message and a byte span. Rendering lives in [`crate::pretty`].

use crate::span::Span;

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Severity {
    /// Makes the schema invalid (`prisma validate` fails).
    Error,
    /// Reported, but the schema stays valid.
    Warning,
}

/// One problem found in a schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// A stable code of ours (see [`codes`]); Prisma itself has none.
    pub code: &'static str,
    /// The message, exactly as Prisma 6.19.3 words it.
    pub message: String,
    /// Where in the source the problem is.
    pub span: Span,
}

impl Diagnostic {
    /// An error.
    pub fn error(code: &'static str, message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            code,
            message: message.into(),
            span,
        }
    }

    /// A warning.
    pub fn warning(code: &'static str, message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            code,
            message: message.into(),
            span,
        }
    }

    /// True for errors.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Stable diagnostic codes. Grouped by the stage that emits them:
/// `E00xx` syntax, `E01xx` names and types, `E02xx` attributes,
/// `E03xx` relations, `E04xx` configuration, `E05xx` connector rules, `W0xxx` warnings.
pub mod codes {
    /// A top-level line that starts no known block.
    pub const INVALID_LINE: &str = "E0001";
    /// A `name {` block without a known keyword.
    pub const INVALID_BLOCK: &str = "E0002";
    /// A line inside a block that is not a field/attribute/value/property.
    pub const INVALID_BLOCK_LINE: &str = "E0003";
    /// Legacy syntax (`Type!`, `[Type]`, `Type[]?`, `name: Type`).
    pub const LEGACY_SYNTAX: &str = "E0004";
    /// A field with a name but no type.
    pub const FIELD_MISSING_TYPE: &str = "E0005";
    /// `type X = Y` aliases.
    pub const TYPE_ALIAS: &str = "E0006";
    /// A string with an unknown escape sequence.
    pub const BAD_ESCAPE: &str = "E0007";
    /// Duplicate top-level names.
    pub const DUPLICATE_TOP: &str = "E0101";
    /// A reserved name (`String`, …) used for a model/enum.
    pub const RESERVED_NAME: &str = "E0102";
    /// Duplicate field in a model.
    pub const DUPLICATE_FIELD: &str = "E0103";
    /// Duplicate enum value.
    pub const DUPLICATE_ENUM_VALUE: &str = "E0104";
    /// Unknown field type.
    pub const TYPE_NOT_FOUND: &str = "E0105";
    /// Duplicate key in a config block.
    pub const DUPLICATE_CONFIG_KEY: &str = "E0106";
    /// Database name clash between models/enums.
    pub const DATABASE_NAME_CLASH: &str = "E0107";
    /// An attribute name that is not known.
    pub const UNKNOWN_ATTRIBUTE: &str = "E0201";
    /// Attribute arguments are wrong (missing, unknown, wrong type).
    pub const ATTRIBUTE_ARGUMENT: &str = "E0202";
    /// An attribute used twice.
    pub const DUPLICATE_ATTRIBUTE: &str = "E0203";
    /// A bad `@default`.
    pub const DEFAULT_VALUE: &str = "E0204";
    /// Unknown function in `@default`.
    pub const UNKNOWN_FUNCTION: &str = "E0205";
    /// `@updatedAt` on a non-DateTime field.
    pub const UPDATED_AT: &str = "E0206";
    /// Problems with `@id`/`@@id`.
    pub const ID: &str = "E0207";
    /// Problems with `@unique`/`@@unique`/`@@index`.
    pub const INDEX: &str = "E0208";
    /// A model without a unique criterion.
    pub const NO_UNIQUE_CRITERIA: &str = "E0209";
    /// Constraint name clash.
    pub const CONSTRAINT_NAME: &str = "E0210";
    /// `autoincrement()` misuse.
    pub const AUTOINCREMENT: &str = "E0211";
    /// Missing opposite relation field.
    pub const MISSING_OPPOSITE: &str = "E0301";
    /// Ambiguous relation.
    pub const AMBIGUOUS_RELATION: &str = "E0302";
    /// Bad `@relation` arguments (fields/references).
    pub const RELATION_ARGUMENTS: &str = "E0303";
    /// Bad relation arity.
    pub const RELATION_ARITY: &str = "E0304";
    /// Referential action problems.
    pub const REFERENTIAL_ACTION: &str = "E0305";
    /// Many-to-many relation problems.
    pub const MANY_TO_MANY: &str = "E0306";
    /// Datasource problems.
    pub const DATASOURCE: &str = "E0401";
    /// Generator problems.
    pub const GENERATOR: &str = "E0402";
    /// Unknown environment variable.
    pub const ENV_VAR: &str = "E0403";
    /// Preview-feature problems.
    pub const PREVIEW_FEATURE: &str = "E0404";
    /// Feature unsupported by the SQLite connector.
    pub const CONNECTOR: &str = "E0501";
    /// Native types (`@db.*`) are unsupported on SQLite.
    pub const NATIVE_TYPE: &str = "E0502";
    /// Scalar lists are unsupported on SQLite.
    pub const SCALAR_LIST: &str = "E0503";
    /// Generic warning.
    pub const WARNING: &str = "W0001";
}
