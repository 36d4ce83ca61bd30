//! The wasm-bindgen surface the Node benchmark calls (`wasm-bindgen --target nodejs`).
//! Strings in, strings or numbers out; errors become JavaScript exceptions.

use wasm_bindgen::prelude::*;

/// Number of errors of `prisma validate`'s checks on `schema`.
#[wasm_bindgen]
pub fn validate(schema: &str) -> u32 {
    crate::validate(schema) as u32
}

/// The formatted schema; throws when the formatted schema is invalid.
#[wasm_bindgen]
pub fn format(schema: &str) -> Result<String, JsError> {
    crate::format(schema)
        .map_err(|errors| JsError::new(&format!("the formatted schema has {errors} error(s)")))
}

/// `migrate diff --from-empty --to-schema-datamodel <to> --script`.
#[wasm_bindgen]
pub fn diff_from_empty(to: &str) -> Result<String, JsError> {
    crate::diff_script(None, to).map_err(|e| JsError::new(&e))
}

/// `migrate diff --from-schema-datamodel <from> --to-schema-datamodel <to> --script`.
#[wasm_bindgen]
pub fn diff_schemas(from: &str, to: &str) -> Result<String, JsError> {
    crate::diff_script(Some(from), to).map_err(|e| JsError::new(&e))
}

/// The generated benchmark schema with `models` models (see `inputs`).
#[wasm_bindgen]
pub fn schema(models: u32) -> String {
    crate::inputs::schema(models as usize)
}

/// The same schema with `changed` of its tables altered (see `inputs`).
#[wasm_bindgen]
pub fn changed_schema(models: u32, changed: u32) -> String {
    crate::inputs::changed_schema(models as usize, changed as usize)
}

/// Statements in a migration script.
#[wasm_bindgen]
pub fn statement_count(script: &str) -> u32 {
    crate::statement_count(script) as u32
}
