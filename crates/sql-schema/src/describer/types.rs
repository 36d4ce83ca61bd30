//! How Prisma reads a declared column type and a `dflt_value` text (from
//! `sql-schema-describer/src/sqlite.rs`: `get_column_type`, the default parsing in
//! `push_columns`, and the regex-based parsers it uses).

use crate::schema::{ColumnTypeFamily, DefaultLiteral, DefaultValue};

/// The type family for a declared type, matched on the lower-cased text.
pub fn family_for_declared_type(lowercase: &str) -> ColumnTypeFamily {
    use ColumnTypeFamily::*;
    match lowercase {
        "int" | "integer" | "serial" | "int[]" | "integer[]" => Int,
        "bigint" => BigInt,
        "real" | "float" | "double" | "double[]" | "float[]" => Float,
        "boolean" | "boolean[]" => Boolean,
        "text" | "text[]" => String,
        s if s.contains("char") => String,
        s if s.contains("numeric") || s.contains("decimal") => Decimal,
        "date" | "datetime" | "timestamp" | "date[]" | "datetime[]" | "timestamp[]" => DateTime,
        "binary" | "blob" | "binary[]" => Binary,
        "jsonb" => Json,
        other => Unsupported(other.to_owned()),
    }
}

/// Interprets a `dflt_value` as Prisma does for a column of this family. `None` means no
/// default (absent, or the literal `NULL`).
pub fn parse_default(text: &str, family: &ColumnTypeFamily) -> Option<DefaultValue> {
    if text.eq_ignore_ascii_case("null") {
        return None;
    }
    let generated = || DefaultValue::DbGenerated(Some(text.to_owned()));
    let value = |v| DefaultValue::Value(v);
    Some(match family {
        ColumnTypeFamily::Int => {
            parse_int(text).map_or_else(generated, |i| value(DefaultLiteral::Int(i)))
        }
        ColumnTypeFamily::BigInt => {
            parse_int(text).map_or_else(generated, |i| value(DefaultLiteral::BigInt(i)))
        }
        ColumnTypeFamily::Float | ColumnTypeFamily::Decimal => {
            parse_float(text).map_or_else(generated, |f| value(DefaultLiteral::Float(f)))
        }
        ColumnTypeFamily::Boolean => match parse_int(text) {
            Some(1) => value(DefaultLiteral::Boolean(true)),
            Some(0) => value(DefaultLiteral::Boolean(false)),
            _ => match text.to_ascii_lowercase().as_str() {
                "true" => value(DefaultLiteral::Boolean(true)),
                "false" => value(DefaultLiteral::Boolean(false)),
                _ => generated(),
            },
        },
        ColumnTypeFamily::String => value(DefaultLiteral::String(unquote_string_default(text))),
        ColumnTypeFamily::DateTime => match text.to_ascii_lowercase().as_str() {
            "current_timestamp" | "datetime('now')" | "datetime('now', 'localtime')" => {
                DefaultValue::Now
            }
            _ => generated(),
        },
        // Prisma keeps the raw text (quotes included) as a string value here.
        ColumnTypeFamily::Json => value(DefaultLiteral::String(text.to_owned())),
        ColumnTypeFamily::Binary | ColumnTypeFamily::Unsupported(_) => generated(),
    })
}

/// `^'?(-?\d+)'?$` then an i64.
fn parse_int(text: &str) -> Option<i64> {
    let inner = strip_optional_quotes(text);
    let digits = inner.strip_prefix('-').unwrap_or(inner);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    inner.parse().ok()
}

/// `^'?([^']+)'?$` then a decimal number; returns the number text without quotes.
fn parse_float(text: &str) -> Option<String> {
    let inner = strip_optional_quotes(text);
    if inner.is_empty() || inner.contains('\'') {
        return None;
    }
    crate::decimal::Decimal::parse(inner).map(|_| inner.to_owned())
}

/// Removes one optional leading and one optional trailing `'`, like the `'?…'?` regexes.
fn strip_optional_quotes(text: &str) -> &str {
    let text = text.strip_prefix('\'').unwrap_or(text);
    text.strip_suffix('\'').unwrap_or(text)
}

/// `^'(.*)'$|^"(.*)"$` → the inside, then `''` → `'`. Unquoted text is kept as is (so
/// `DEFAULT CURRENT_TIMESTAMP` on a TEXT column becomes that string, as in Prisma).
fn unquote_string_default(text: &str) -> String {
    let inner = if text.len() >= 2
        && ((text.starts_with('\'') && text.ends_with('\''))
            || (text.starts_with('"') && text.ends_with('"')))
    {
        &text[1..text.len() - 1]
    } else {
        text
    };
    inner.replace("''", "'")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_declared_types_like_prisma() {
        assert_eq!(
            family_for_declared_type("varchar(50)"),
            ColumnTypeFamily::String
        );
        assert_eq!(
            family_for_declared_type("decimal(10,2)"),
            ColumnTypeFamily::Decimal
        );
        assert_eq!(family_for_declared_type("int"), ColumnTypeFamily::Int);
        assert_eq!(
            family_for_declared_type("json"),
            ColumnTypeFamily::Unsupported("json".into())
        );
        assert_eq!(
            family_for_declared_type(""),
            ColumnTypeFamily::Unsupported(String::new())
        );
    }

    #[test]
    fn parses_defaults_like_prisma() {
        use DefaultLiteral as L;
        let v = |t: &str, f: ColumnTypeFamily| parse_default(t, &f);
        assert_eq!(
            v("'42'", ColumnTypeFamily::Int),
            Some(DefaultValue::Value(L::Int(42)))
        );
        assert_eq!(
            v("(1 + 1)", ColumnTypeFamily::Int),
            Some(DefaultValue::DbGenerated(Some("(1 + 1)".into())))
        );
        assert_eq!(
            v("1", ColumnTypeFamily::Boolean),
            Some(DefaultValue::Value(L::Boolean(true)))
        );
        assert_eq!(
            v("false", ColumnTypeFamily::Boolean),
            Some(DefaultValue::Value(L::Boolean(false)))
        );
        assert_eq!(
            v("'it''s'", ColumnTypeFamily::String),
            Some(DefaultValue::Value(L::String("it's".into())))
        );
        assert_eq!(
            v("CURRENT_TIMESTAMP", ColumnTypeFamily::DateTime),
            Some(DefaultValue::Now)
        );
        assert_eq!(
            v("9.99", ColumnTypeFamily::Decimal),
            Some(DefaultValue::Value(L::Float("9.99".into())))
        );
        assert_eq!(v("NULL", ColumnTypeFamily::String), None);
        assert_eq!(
            v("'", ColumnTypeFamily::Int),
            Some(DefaultValue::DbGenerated(Some("'".into())))
        );
        assert_eq!(
            v("'", ColumnTypeFamily::String),
            Some(DefaultValue::Value(L::String("'".into())))
        );
    }
}
