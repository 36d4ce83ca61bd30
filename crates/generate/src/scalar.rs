//! Scalar kinds as Prisma Client's TypeScript sees them: the names used in filter and
//! update-operation type names, the accepted input types and the output types.

use seedbed_psl::{EnumId, ScalarType, ValidatedSchema};

/// A scalar type Prisma Client exposes (`Unsupported` fields are not exposed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    String,
    Int,
    BigInt,
    Float,
    Decimal,
    Bool,
    DateTime,
    Json,
    Bytes,
    Enum(EnumId),
}

impl Kind {
    /// The kind of a scalar type; `None` for `Unsupported`.
    pub fn of(t: &ScalarType) -> Option<Kind> {
        Some(match t {
            ScalarType::String => Kind::String,
            ScalarType::Int => Kind::Int,
            ScalarType::BigInt => Kind::BigInt,
            ScalarType::Float => Kind::Float,
            ScalarType::Decimal => Kind::Decimal,
            ScalarType::Boolean => Kind::Bool,
            ScalarType::DateTime => Kind::DateTime,
            ScalarType::Json => Kind::Json,
            ScalarType::Bytes => Kind::Bytes,
            ScalarType::Enum(id) => Kind::Enum(*id),
            ScalarType::Unsupported(_) => return None,
        })
    }

    /// The enum's name, or `"?"` when the id does not resolve (broken schemas only).
    fn enum_name(id: EnumId, schema: &ValidatedSchema) -> &str {
        schema
            .enums
            .get(id.0 as usize)
            .map_or("?", |e| e.name.as_str())
    }

    /// The name inside filter and update-operation type names: `Int`, `Bool`, `EnumRole`.
    pub fn type_name(self, schema: &ValidatedSchema) -> String {
        match self {
            Kind::Bool => "Bool".to_owned(),
            Kind::Enum(id) => format!("Enum{}", Self::enum_name(id, schema)),
            other => other.prisma_name().to_owned(),
        }
    }

    /// The name inside field-reference type names: `Int`, `Boolean`, `EnumRole`.
    pub fn ref_name(self, schema: &ValidatedSchema) -> String {
        match self {
            Kind::Bool => "Boolean".to_owned(),
            other => other.type_name(schema),
        }
    }

    /// `String`, `Int`, …, `Boolean` (enums: `Enum`).
    fn prisma_name(self) -> &'static str {
        match self {
            Kind::String => "String",
            Kind::Int => "Int",
            Kind::BigInt => "BigInt",
            Kind::Float => "Float",
            Kind::Decimal => "Decimal",
            Kind::Bool => "Boolean",
            Kind::DateTime => "DateTime",
            Kind::Json => "Json",
            Kind::Bytes => "Bytes",
            Kind::Enum(_) => "Enum",
        }
    }

    /// The TypeScript types an input of this kind accepts, in Prisma's order
    /// (`bigint | number`, `Date | string`, `Decimal | DecimalJsLike | number | string`).
    pub fn inputs(self, schema: &ValidatedSchema) -> Vec<String> {
        let v: &[&str] = match self {
            Kind::String => &["string"],
            Kind::Int | Kind::Float => &["number"],
            Kind::BigInt => &["bigint", "number"],
            Kind::Decimal => &["Decimal", "DecimalJsLike", "number", "string"],
            Kind::Bool => &["boolean"],
            Kind::DateTime => &["Date", "string"],
            Kind::Json => &["InputJsonValue"],
            Kind::Bytes => &["Bytes"],
            Kind::Enum(id) => return vec![format!("$Enums.{}", Self::enum_name(id, schema))],
        };
        v.iter().map(|s| (*s).to_owned()).collect()
    }

    /// The accepted input types joined: `bigint | number`.
    pub fn input(self, schema: &ValidatedSchema) -> String {
        self.inputs(schema).join(" | ")
    }

    /// The accepted list input types: `bigint[] | number[]`.
    pub fn input_list(self, schema: &ValidatedSchema) -> String {
        self.inputs(schema)
            .iter()
            .map(|t| format!("{t}[]"))
            .collect::<Vec<_>>()
            .join(" | ")
    }

    /// The type of a value read back. `qualified` prefixes Prisma's own types with
    /// `Prisma.` (needed outside the `Prisma` namespace, as in the model types).
    pub fn output(self, schema: &ValidatedSchema, qualified: bool) -> String {
        let q = if qualified { "Prisma." } else { "" };
        match self {
            Kind::String => "string".to_owned(),
            Kind::Int | Kind::Float => "number".to_owned(),
            Kind::BigInt => "bigint".to_owned(),
            Kind::Decimal => format!("{q}Decimal"),
            Kind::Bool => "boolean".to_owned(),
            Kind::DateTime => "Date".to_owned(),
            Kind::Json => format!("{q}JsonValue"),
            Kind::Bytes => format!("{q}Bytes"),
            Kind::Enum(id) => format!("$Enums.{}", Self::enum_name(id, schema)),
        }
    }

    /// Numbers: `_avg`/`_sum` and `increment`/`decrement`/`multiply`/`divide` apply.
    pub fn is_numeric(self) -> bool {
        matches!(self, Kind::Int | Kind::BigInt | Kind::Float | Kind::Decimal)
    }

    /// `lt`/`lte`/`gt`/`gte` apply.
    pub fn is_ordered(self) -> bool {
        self.is_numeric() || matches!(self, Kind::String | Kind::DateTime)
    }

    /// `in`/`notIn` apply.
    pub fn has_in(self) -> bool {
        !matches!(self, Kind::Bool | Kind::Json)
    }

    /// `_min`/`_max` apply (everything but Json).
    pub fn is_comparable(self) -> bool {
        self != Kind::Json
    }

    /// The output type of `_avg`: Decimal stays Decimal, other numbers become floats.
    pub fn avg_output(self) -> &'static str {
        if self == Kind::Decimal {
            "Decimal"
        } else {
            "number"
        }
    }
}
