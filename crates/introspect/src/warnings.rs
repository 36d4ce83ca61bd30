//! Introspection warnings and their text, as Prisma's `schema-connector/src/warnings.rs`
//! prints them (same section order, same item formats).

use std::collections::BTreeSet;
use std::fmt::{self, Write};

/// A model (or view) and one of its fields.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct ModelField {
    pub model: String,
    pub field: String,
}

/// An unsupported field with its database type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelFieldType {
    pub model: String,
    pub field: String,
    pub tpe: String,
}

/// Every warning `db pull` can print for SQLite, grouped as Prisma groups them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Warnings {
    pub fields_with_empty_names_in_model: Vec<ModelField>,
    pub fields_with_empty_names_in_view: Vec<ModelField>,
    pub remapped_fields_in_model: Vec<ModelField>,
    pub remapped_fields_in_view: Vec<ModelField>,
    pub models_without_identifiers: Vec<String>,
    pub reintrospected_id_names_in_model: Vec<String>,
    pub unsupported_types_in_model: Vec<ModelFieldType>,
    pub unsupported_types_in_view: Vec<ModelFieldType>,
    pub remapped_models: Vec<String>,
    pub remapped_views: Vec<String>,
    pub reintrospected_relations: Vec<String>,
    /// `(type, name)`: `("model", "User")`.
    pub duplicate_names: Vec<(String, String)>,
}

impl Warnings {
    pub fn is_empty(&self) -> bool {
        *self == Warnings::default()
    }
}

fn list<T>(
    f: &mut fmt::Formatter<'_>,
    msg: &str,
    items: &[T],
    item: impl Fn(&T) -> String,
) -> fmt::Result {
    if items.is_empty() {
        return Ok(());
    }
    writeln!(f)?;
    writeln!(f, "{msg}")?;
    for i in items {
        writeln!(f, "  - {}", item(i))?;
    }
    Ok(())
}

/// `  - Model: "m", field(s): ["a", "b"]`, sorted and grouped by model.
fn grouped(
    f: &mut fmt::Formatter<'_>,
    msg: &str,
    group: &str,
    items: &[ModelField],
) -> fmt::Result {
    if items.is_empty() {
        return Ok(());
    }
    writeln!(f)?;
    writeln!(f, "{msg}")?;
    let sorted: BTreeSet<&ModelField> = items.iter().collect();
    let mut current: Option<&str> = None;
    let mut line = String::new();
    for item in sorted {
        if current != Some(item.model.as_str()) {
            if current.is_some() {
                writeln!(f, "{line}]")?;
                line.clear();
            }
            let _ = write!(line, "  - {group}: \"{}\", field(s): [", item.model);
            current = Some(&item.model);
        } else {
            line.push_str(", ");
        }
        let _ = write!(line, "\"{}\"", item.field);
    }
    if current.is_some() {
        writeln!(f, "{line}]")?;
    }
    Ok(())
}

const EMPTY_NAMES: &str = "These fields were commented out because their names are currently not supported by Prisma. Please provide valid ones that match [a-zA-Z][a-zA-Z0-9_]* using the `@map` attribute:";
const REMAPPED_FIELDS: &str =
    "These fields were enriched with `@map` information taken from the previous Prisma schema:";
const UNSUPPORTED: &str = "These fields are not supported by Prisma Client, because Prisma currently does not support their types:";

impl fmt::Display for Warnings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("*** WARNING ***\n")?;
        let model_field =
            |m: &ModelField| format!("Model: \"{}\", field: \"{}\"", m.model, m.field);
        let view_field = |m: &ModelField| format!("View: \"{}\", field: \"{}\"", m.model, m.field);
        let quoted = |s: &String| format!("\"{s}\"");
        grouped(
            f,
            EMPTY_NAMES,
            "Model",
            &self.fields_with_empty_names_in_model,
        )?;
        grouped(
            f,
            EMPTY_NAMES,
            "View",
            &self.fields_with_empty_names_in_view,
        )?;
        list(
            f,
            REMAPPED_FIELDS,
            &self.remapped_fields_in_model,
            model_field,
        )?;
        list(
            f,
            REMAPPED_FIELDS,
            &self.remapped_fields_in_view,
            view_field,
        )?;
        list(
            f,
            "The following models were ignored as they do not have a valid unique identifier or id. This is currently not supported by Prisma Client:",
            &self.models_without_identifiers,
            quoted,
        )?;
        list(
            f,
            "These models were enriched with custom compound id names taken from the previous Prisma schema:",
            &self.reintrospected_id_names_in_model,
            quoted,
        )?;
        list(f, UNSUPPORTED, &self.unsupported_types_in_model, |m| {
            format!(
                "Model: \"{}\", field: \"{}\", original data type: \"{}\"",
                m.model, m.field, m.tpe
            )
        })?;
        list(f, UNSUPPORTED, &self.unsupported_types_in_view, |m| {
            format!(
                "View: \"{}\", field: \"{}\", original data type: \"{}\"",
                m.model, m.field, m.tpe
            )
        })?;
        list(
            f,
            "These models were enriched with `@@map` information taken from the previous Prisma schema:",
            &self.remapped_models,
            quoted,
        )?;
        list(
            f,
            "These views were enriched with `@@map` information taken from the previous Prisma schema:",
            &self.remapped_views,
            quoted,
        )?;
        list(
            f,
            "Relations were copied from the previous data model due to not using foreign keys in the database. If any of the relation columns changed in the database, the relations might not be correct anymore:",
            &self.reintrospected_relations,
            quoted,
        )?;
        list(
            f,
            "These items were renamed due to their names being duplicates in the Prisma schema:",
            &self.duplicate_names,
            |(t, n)| format!("Type: \"{t}\", name: \"{n}\""),
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_sections_in_prisma_order() {
        let w = Warnings {
            models_without_identifiers: vec!["tags".into()],
            unsupported_types_in_model: vec![ModelFieldType {
                model: "u".into(),
                field: "meta".into(),
                tpe: "json".into(),
            }],
            fields_with_empty_names_in_model: vec![
                ModelField {
                    model: "b".into(),
                    field: "$".into(),
                },
                ModelField {
                    model: "a".into(),
                    field: "!".into(),
                },
                ModelField {
                    model: "a".into(),
                    field: "#".into(),
                },
            ],
            ..Warnings::default()
        };
        let text = w.to_string();
        assert!(text.starts_with("*** WARNING ***\n\nThese fields were commented out"));
        assert!(text.contains(
            "  - Model: \"a\", field(s): [\"!\", \"#\"]\n  - Model: \"b\", field(s): [\"$\"]\n"
        ));
        assert!(
            text.ends_with("  - Model: \"u\", field: \"meta\", original data type: \"json\"\n")
        );
    }
}
