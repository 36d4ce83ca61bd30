//! Turning SQL identifiers into PSL names (Prisma's `sanitize_datamodel_names.rs` and
//! `introspection_names.rs`): invalid characters become `_`, leading non-letters are dropped,
//! reserved type names get a `Renamed` prefix. The original name is kept for `@map`/`@@map`.

pub use seedbed_psl::is_reserved_type_name;

fn is_ident_char(c: char) -> bool {
    c == '_' || c.is_ascii_alphanumeric()
}

/// `^[^a-zA-Z]+` or `[^_a-zA-Z0-9]` matches.
pub fn needs_sanitation(s: &str) -> bool {
    match s.chars().next() {
        None => false,
        Some(first) => !first.is_ascii_alphabetic() || !s.chars().all(is_ident_char),
    }
}

/// Drops the leading run of non-letters, then replaces every other invalid character by `_`
/// (per character, so a multi-byte character becomes one `_`, like the regex).
pub fn sanitize(s: &str) -> String {
    if !needs_sanitation(s) {
        return s.to_owned();
    }
    s.trim_start_matches(|c: char| !c.is_ascii_alphabetic())
        .chars()
        .map(|c| if is_ident_char(c) { c } else { '_' })
        .collect()
}

/// A PSL name and the database name it maps to when they differ.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    /// The name written in the schema.
    pub name: String,
    /// The `@map`/`@@map` argument, if any.
    pub mapped: Option<String>,
}

impl Name {
    /// A name taken from the previous schema (kept verbatim, with its `@map`).
    pub fn from_psl(name: &str, mapped: Option<&str>) -> Name {
        Name {
            name: name.to_owned(),
            mapped: mapped.map(str::to_owned),
        }
    }

    /// A model or view name from a table name (`ModelName::new_from_sql`; SQLite has no
    /// namespaces, so duplicates are never renamed).
    pub fn model_from_sql(table: &str) -> Name {
        if is_reserved_type_name(table) {
            Name {
                name: format!("Renamed{table}"),
                mapped: Some(table.to_owned()),
            }
        } else {
            Name::field_from_sql(table)
        }
    }

    /// A field name from a column name. The name may come out empty (`"!!!"`), which the
    /// renderer turns into a commented-out field.
    pub fn field_from_sql(column: &str) -> Name {
        if needs_sanitation(column) {
            Name {
                name: sanitize(column),
                mapped: Some(column.to_owned()),
            }
        } else {
            Name {
                name: column.to_owned(),
                mapped: None,
            }
        }
    }
}

pub use seedbed_psl::render_string_literal as string_literal;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitizes_like_prisma() {
        assert_eq!(sanitize("1bad name"), "bad_name");
        assert_eq!(sanitize("first-name"), "first_name");
        assert_eq!(sanitize("ok_name1"), "ok_name1");
        assert_eq!(sanitize("_x"), "x");
        assert_eq!(sanitize("!!!"), "");
        assert_eq!(sanitize("naïve"), "na_ve");
        assert!(!needs_sanitation(""));
        assert_eq!(Name::model_from_sql("class").name, "Renamedclass");
    }

    #[test]
    fn escapes_literals() {
        assert_eq!(string_literal("a\"b\\c\nd"), r#""a\"b\\c\nd""#);
    }
}
