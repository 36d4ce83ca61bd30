//! Default constraint names, computed from database names as Prisma does
//! (`psl-core/src/datamodel_connector/constraint_names.rs`): `{table}_{cols}_{suffix}`.

use crate::ValidatedSchema;
use crate::model::{FieldKind, IndexKind};

/// SQLite's identifier length limit as Prisma declares it.
const MAX_IDENTIFIER_LENGTH: usize = 10_000;

/// Joins `{table}_{col1}_{col2}` and appends the suffix (`key`, `idx`, `fkey`,
/// `pkey`), truncating like Prisma. Use database names (after `@map`/`@@map`).
pub fn constraint_name(table: &str, columns: &[&str], suffix: &str) -> String {
    let mut base = format!("{table}_{}", columns.join("_"));
    let limit = MAX_IDENTIFIER_LENGTH.saturating_sub(suffix.len() + 1);
    if base.len() >= limit {
        let mut cut = limit;
        while cut > 0 && !base.is_char_boundary(cut) {
            cut -= 1;
        }
        base.truncate(cut);
    }
    format!("{base}_{suffix}")
}

/// Fills `constraint_name` of primary keys and indexes that have no `map:`.
pub(crate) fn fill_defaults(schema: &mut ValidatedSchema) {
    for m in 0..schema.models.len() {
        let model = &schema.models[m];
        let column = |i: u32| match model.fields.get(i as usize).map(|f| &f.kind) {
            Some(FieldKind::Scalar(s)) => s.database_name.clone(),
            _ => model
                .fields
                .get(i as usize)
                .map(|f| f.name.clone())
                .unwrap_or_default(),
        };
        let table = model.database_name.clone();
        let pk_name = model
            .primary_key
            .as_ref()
            .map(|pk| pk.map.clone().unwrap_or_else(|| format!("{table}_pkey")));
        let idx_names: Vec<String> = model
            .indexes
            .iter()
            .map(|idx| {
                idx.map.clone().unwrap_or_else(|| {
                    let cols: Vec<String> =
                        idx.fields.iter().map(|f| column(f.field.index)).collect();
                    let refs: Vec<&str> = cols.iter().map(String::as_str).collect();
                    let suffix = if idx.kind == IndexKind::Unique {
                        "key"
                    } else {
                        "idx"
                    };
                    constraint_name(&table, &refs, suffix)
                })
            })
            .collect();
        let model = &mut schema.models[m];
        if let (Some(pk), Some(name)) = (model.primary_key.as_mut(), pk_name) {
            pk.constraint_name = name;
        }
        for (idx, name) in model.indexes.iter_mut().zip(idx_names) {
            idx.constraint_name = name;
        }
    }
}
