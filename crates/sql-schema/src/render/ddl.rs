//! SQLite DDL text for single schema objects, byte for byte as Prisma's `sql-ddl` crate and
//! `flavour/sqlite/renderer.rs` write it.

use crate::schema::{ColumnTypeFamily, DefaultLiteral, DefaultValue};
use crate::walkers::{ColumnWalker, IndexWalker, TableWalker};
use std::fmt::Write as _;

pub const INDENT: &str = "    ";

/// `"name"`. Prisma does not escape embedded quotes; we double them, which only changes
/// output that would otherwise be invalid SQL.
pub fn quote(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// `'text'` with `'` doubled.
pub fn quote_string(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

pub fn column_type(family: &ColumnTypeFamily) -> &str {
    match family {
        ColumnTypeFamily::Boolean => "BOOLEAN",
        ColumnTypeFamily::DateTime => "DATETIME",
        ColumnTypeFamily::Float => "REAL",
        ColumnTypeFamily::Decimal => "DECIMAL",
        ColumnTypeFamily::Int => "INTEGER",
        ColumnTypeFamily::BigInt => "BIGINT",
        ColumnTypeFamily::String => "TEXT",
        ColumnTypeFamily::Binary => "BLOB",
        ColumnTypeFamily::Json => "JSONB",
        ColumnTypeFamily::Unsupported(declared) => declared,
    }
}

/// The SQL of a default, or `None` when it renders nothing (`dbgenerated()`, sequences).
pub fn render_default(default: &DefaultValue) -> Option<String> {
    Some(match default {
        DefaultValue::DbGenerated(Some(expr)) => expr.clone(),
        DefaultValue::DbGenerated(None) | DefaultValue::Sequence(_) => return None,
        DefaultValue::Now => "CURRENT_TIMESTAMP".to_owned(),
        DefaultValue::Value(literal) => match literal {
            DefaultLiteral::String(s) | DefaultLiteral::Enum(s) => quote_string(s),
            DefaultLiteral::DateTime(s) => quote_string(s),
            // Bytes become a hex *text* literal, not a blob literal (Prisma's quirk).
            DefaultLiteral::Bytes(bytes) => {
                let mut hex = String::with_capacity(bytes.len() * 2 + 2);
                hex.push('\'');
                for b in bytes {
                    let _ = write!(hex, "{b:02x}");
                }
                hex.push('\'');
                hex
            }
            DefaultLiteral::Int(i) | DefaultLiteral::BigInt(i) => i.to_string(),
            DefaultLiteral::Float(f) => f.clone(),
            DefaultLiteral::Boolean(b) => b.to_string(),
            // JSON is written unquoted (Prisma's quirk: `DEFAULT {}`).
            DefaultLiteral::Json(j) => j.clone(),
        },
    })
}

/// `"name" TYPE[ NOT NULL][ PRIMARY KEY][ AUTOINCREMENT][ DEFAULT …]`.
pub fn render_column(column: ColumnWalker<'_>) -> String {
    let single_pk = column.is_single_primary_key();
    let mut out = format!("{} {}", quote(column.name()), column_type(column.family()));
    if column.arity().is_required() {
        out.push_str(" NOT NULL");
    }
    if single_pk {
        out.push_str(" PRIMARY KEY");
        // Every single-column integer id autoincrements, declared or not.
        if column.family().is_int() {
            out.push_str(" AUTOINCREMENT");
        }
    }
    if let Some(default) = column.default().and_then(render_default) {
        out.push_str(" DEFAULT ");
        out.push_str(&default);
    }
    out
}

/// `CREATE TABLE "name" (…)`, with `name` possibly the temporary `new_T` of a redefine.
pub fn render_create_table(table: TableWalker<'_>, name: &str) -> String {
    let mut out = format!("CREATE TABLE {} (\n", quote(name));
    let columns: Vec<String> = table
        .columns()
        .map(|c| format!("{INDENT}{}", render_column(c)))
        .collect();
    out.push_str(&columns.join(",\n"));
    if table.primary_key().is_some() && !table.columns().any(|c| c.is_single_primary_key()) {
        let pk: Vec<String> = table
            .primary_key_columns()
            .map(|c| quote(c.name()))
            .collect();
        let _ = write!(out, ",\n\n{INDENT}PRIMARY KEY ({})", pk.join(", "));
    }
    for fk in table.foreign_keys() {
        out.push_str(",\n");
        out.push_str(INDENT);
        if let Some(name) = &fk.get().constraint_name {
            let _ = write!(out, "CONSTRAINT {} ", quote(name));
        }
        let from: Vec<String> = fk.constrained_columns().map(|c| quote(c.name())).collect();
        let to: Vec<String> = fk.referenced_columns().map(|c| quote(c.name())).collect();
        let _ = write!(
            out,
            "FOREIGN KEY ({}) REFERENCES {} ({}) ON DELETE {} ON UPDATE {}",
            from.join(", "),
            quote(fk.referenced_table().name()),
            to.join(", "),
            fk.get().on_delete.as_sql(),
            fk.get().on_update.as_sql(),
        );
    }
    out.push_str("\n)");
    out
}

/// `CREATE [UNIQUE ]INDEX "n" ON "T"("a", "b" DESC)`; names starting with `sqlite_` need
/// `writable_schema`, as SQLite reserves them.
pub fn render_create_index(index: IndexWalker<'_>) -> String {
    let columns: Vec<String> = index
        .columns()
        .map(|(c, sort)| match sort {
            Some(sort) => format!("{} {}", quote(c.name()), sort.as_sql()),
            None => quote(c.name()),
        })
        .collect();
    let create = format!(
        "CREATE {}INDEX {} ON {}({})",
        if index.is_unique() { "UNIQUE " } else { "" },
        quote(index.name()),
        quote(index.table().name()),
        columns.join(", ")
    );
    if index.name().starts_with("sqlite_") {
        format!("Pragma writable_schema=1;\n{create};\nPragma writable_schema=0")
    } else {
        create
    }
}

pub fn render_drop_index(index: IndexWalker<'_>) -> String {
    format!("DROP INDEX {}", quote(index.name()))
}
