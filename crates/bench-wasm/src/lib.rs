//! The operations `cargo xtask bench` times, and the inputs it times them on.
//!
//! The same functions run natively (`examples/native.rs`) and, through the thin
//! `bindings` module, as wasm in Node beside Prisma 6.19.3's own wasm
//! (`tests/bench/bench.mjs`). Both sides get their inputs from [`inputs`], so every run
//! measures byte-identical schemas.

pub mod inputs;

#[cfg(target_arch = "wasm32")]
mod bindings;

use seedbed_sql_schema::{SqlSchema, calculate, diff};

/// What `prisma validate` checks: parse, resolve and validate. Returns the number of
/// errors (warnings are computed too, but do not count).
pub fn validate(schema: &str) -> usize {
    seedbed_psl::parse_and_validate(schema).errors().count()
}

/// What `prisma format` does: format, then validate the result (the CLI refuses to write
/// an invalid one). `Err` carries the number of errors of the formatted text.
pub fn format(schema: &str) -> Result<String, usize> {
    seedbed_psl::format::format_checked(schema)
        .map_err(|(_, diagnostics)| diagnostics.iter().filter(|d| d.is_error()).count())
}

/// `migrate diff --from-schema-datamodel <from> --to-schema-datamodel <to> --script`, or
/// `--from-empty` when `from` is `None`. `Err` says which side is invalid.
pub fn diff_script(from: Option<&str>, to: &str) -> Result<String, String> {
    let previous = match from {
        Some(text) => calculated(text, "from")?,
        None => SqlSchema::default(),
    };
    let next = calculated(to, "to")?;
    Ok(diff(&previous, &next).script())
}

fn calculated(text: &str, side: &str) -> Result<SqlSchema, String> {
    let schema = seedbed_psl::parse_and_validate(text);
    let errors = schema.errors().count();
    if errors > 0 {
        return Err(format!("the `{side}` schema has {errors} error(s)"));
    }
    Ok(calculate(&schema))
}

/// The number of SQL statements in a script (each ends with `;` at the end of a line),
/// to compare the size of two diffs at a glance.
pub fn statement_count(script: &str) -> usize {
    script
        .lines()
        .filter(|l| l.trim_end().ends_with(';'))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_schemas_are_valid_and_stable() {
        for models in [1, 2, 7, 50, 300] {
            let text = inputs::schema(models);
            assert_eq!(validate(&text), 0, "{models} models:\n{text}");
            assert_eq!(
                text,
                inputs::schema(models),
                "the generator is deterministic"
            );
        }
        let changed = inputs::changed_schema(300, 50);
        assert_eq!(validate(&changed), 0);
    }

    #[test]
    fn the_change_touches_the_requested_tables() {
        let script = diff_script(Some(&inputs::schema(300)), &inputs::changed_schema(300, 50))
            .expect("both sides are valid");
        // A table is touched when a statement alters it, indexes it or redefines it.
        let touched: Vec<String> = (0..300)
            .map(inputs::table_name)
            .filter(|t| {
                [
                    format!("ALTER TABLE \"{t}\" "),
                    format!(" ON \"{t}\"("),
                    format!("RENAME TO \"{t}\";"),
                ]
                .iter()
                .any(|pattern| script.contains(pattern.as_str()))
            })
            .collect();
        assert_eq!(touched, inputs::changed_tables(300, 50), "{script}");
        assert_eq!(touched.len(), 50);
    }

    #[test]
    fn diff_from_empty_creates_every_table() {
        let script = diff_script(None, &inputs::schema(20)).expect("valid");
        assert!(statement_count(&script) >= 20, "{script}");
        assert!(diff_script(None, "model {").is_err());
    }

    #[test]
    fn format_is_idempotent_on_the_inputs() {
        let once = format(&inputs::schema(30)).expect("valid");
        assert_eq!(format(&once), Ok(once.clone()));
    }
}
