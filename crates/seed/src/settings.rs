//! The seeder's settings as text, one line each, so the browser's seed panel and the CLI
//! (`seedbed seed --set …`) share one syntax, checked against the schema:
//!
//! ```text
//! # rows per model
//! User: 500
//! # field overrides
//! User.email: pattern user{n}@example.com
//! Post.views: range 0..1000
//! User.role: values ADMIN, USER
//! Post.createdAt: dates 2024-01-01..2024-12-31
//! ```

use crate::options::{Override, SeedOptions};
use seedbed_db::Value;
use seedbed_psl::ValidatedSchema;
use seedbed_psl::model::ScalarType;

/// Applies `text` to `options`; every line that cannot be applied is reported with its
/// number, and nothing is applied when any line is wrong.
pub fn apply(
    text: &str,
    schema: &ValidatedSchema,
    options: &mut SeedOptions,
) -> Result<(), Vec<String>> {
    let mut next = options.clone();
    let mut errors = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Err(e) = apply_line(line, schema, &mut next) {
            errors.push(format!("line {}: {e}", i + 1));
        }
    }
    if errors.is_empty() {
        *options = next;
        Ok(())
    } else {
        Err(errors)
    }
}

fn apply_line(
    line: &str,
    schema: &ValidatedSchema,
    options: &mut SeedOptions,
) -> Result<(), String> {
    let (target, setting) = line.split_once(':').ok_or_else(|| {
        format!("`{line}` has no `:` (write `Model: 100` or `Model.field: range 1..9`)")
    })?;
    let (target, setting) = (target.trim(), setting.trim());
    let (model_name, field_name) = match target.split_once('.') {
        Some((m, f)) => (m.trim(), Some(f.trim())),
        None => (target, None),
    };
    let model = schema
        .walk_models()
        .find(|m| m.name == model_name)
        .ok_or_else(|| format!("there is no model `{model_name}` in the schema"))?;
    let Some(field_name) = field_name else {
        let count: u64 = setting
            .parse()
            .map_err(|_| format!("`{setting}` is not a row count for `{model_name}`"))?;
        if count > crate::MAX_ROWS {
            return Err(format!(
                "{count} rows is more than the seeder's limit ({})",
                crate::MAX_ROWS
            ));
        }
        options.counts.insert(model_name.to_owned(), count);
        return Ok(());
    };
    let field = model
        .field(field_name)
        .ok_or_else(|| format!("model `{model_name}` has no field `{field_name}`"))?;
    let scalar = field.scalar().ok_or_else(|| {
        format!("`{model_name}.{field_name}` is a relation: set the related model's count instead")
    })?;
    let (kind, rest) = setting
        .split_once(char::is_whitespace)
        .unwrap_or((setting, ""));
    let rest = rest.trim();
    let value = match kind {
        "values" => Override::Values(parse_values(rest, &scalar.scalar_type)?),
        "range" => {
            let (min, max) = parse_range(rest, |s| s.parse::<i64>().ok())?;
            match scalar.scalar_type {
                ScalarType::Int | ScalarType::BigInt | ScalarType::Float | ScalarType::Decimal => {}
                _ => {
                    return Err(format!(
                        "`range` needs a number field; `{field_name}` is not one"
                    ));
                }
            }
            Override::IntRange { min, max }
        }
        "dates" => {
            if scalar.scalar_type != ScalarType::DateTime {
                return Err(format!(
                    "`dates` needs a DateTime field; `{field_name}` is not one"
                ));
            }
            let (min_ms, max_ms) = parse_range(rest, date_ms)?;
            Override::DateRange { min_ms, max_ms }
        }
        "pattern" => {
            if !matches!(scalar.scalar_type, ScalarType::String) {
                return Err(format!(
                    "`pattern` needs a String field; `{field_name}` is not one"
                ));
            }
            if rest.is_empty() {
                return Err("`pattern` needs a text, e.g. `pattern user{n}@example.com`".into());
            }
            Override::Pattern(rest.to_owned())
        }
        other => {
            return Err(format!(
                "unknown setting `{other}`: use values, range, dates or pattern"
            ));
        }
    };
    options
        .overrides
        .insert((model_name.to_owned(), field_name.to_owned()), value);
    Ok(())
}

fn parse_range<T: PartialOrd + Copy>(
    text: &str,
    parse: impl Fn(&str) -> Option<T>,
) -> Result<(T, T), String> {
    let (a, b) = text
        .split_once("..")
        .ok_or_else(|| format!("`{text}` is not a range like `1..100`"))?;
    let (min, max) = (
        parse(a.trim()).ok_or_else(|| format!("`{}` cannot start a range", a.trim()))?,
        parse(b.trim()).ok_or_else(|| format!("`{}` cannot end a range", b.trim()))?,
    );
    if min > max {
        return Err(format!("the range `{text}` ends before it starts"));
    }
    Ok((min, max))
}

/// `YYYY-MM-DD` as milliseconds since the epoch (UTC midnight).
fn date_ms(text: &str) -> Option<i64> {
    let mut parts = text.split('-');
    let y: i64 = parts.next()?.parse().ok()?;
    let m: i64 = parts.next()?.parse().ok()?;
    let d: i64 = parts.next()?.parse().ok()?;
    if parts.next().is_some() || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some((era * 146_097 + doe - 719_468) * 86_400_000)
}

fn parse_values(text: &str, tpe: &ScalarType) -> Result<Vec<Value>, String> {
    let items: Vec<&str> = text
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    if items.is_empty() {
        return Err("`values` needs a list, e.g. `values red, green, blue`".into());
    }
    items
        .iter()
        .map(|item| match tpe {
            ScalarType::Int | ScalarType::BigInt => item
                .parse::<i64>()
                .map(Value::Integer)
                .map_err(|_| format!("`{item}` is not an integer")),
            ScalarType::Float | ScalarType::Decimal => item
                .parse::<f64>()
                .map(Value::Real)
                .map_err(|_| format!("`{item}` is not a number")),
            ScalarType::Boolean => match *item {
                "true" => Ok(Value::Integer(1)),
                "false" => Ok(Value::Integer(0)),
                _ => Err(format!("`{item}` is not true or false")),
            },
            ScalarType::String | ScalarType::Enum(_) => Ok(Value::Text((*item).to_owned())),
            _ => Err("`values` works on String, enum, number and Boolean fields".into()),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCHEMA: &str = "datasource db {\n provider = \"sqlite\"\n url = \"file:./dev.db\"\n}\nenum Role {\n ADMIN\n USER\n}\nmodel User {\n id Int @id @default(autoincrement())\n email String @unique\n role Role\n age Int\n born DateTime\n posts Post[]\n}\nmodel Post {\n id Int @id\n author User @relation(fields: [authorId], references: [id])\n authorId Int\n}\n";

    #[test]
    fn lines_become_counts_and_overrides() {
        let schema = seedbed_psl::parse_and_validate(SCHEMA);
        assert!(!schema.has_errors());
        let mut o = SeedOptions::default();
        apply("# comment\nUser: 50\nUser.email: pattern u{n}@x.io\nUser.age: range 18..65\nUser.role: values ADMIN, USER\nUser.born: dates 1990-01-01..2000-12-31\n", &schema, &mut o).unwrap();
        assert_eq!(o.counts.get("User"), Some(&50));
        assert_eq!(o.overrides.len(), 4);
        assert_eq!(
            o.overrides[&("User".into(), "born".into())],
            Override::DateRange {
                min_ms: 631_152_000_000,
                max_ms: 978_220_800_000
            }
        );
    }

    #[test]
    fn mistakes_name_the_line_and_change_nothing() {
        let schema = seedbed_psl::parse_and_validate(SCHEMA);
        let mut o = SeedOptions::default();
        let errors = apply("User: 5\nNope: 3\nUser.age: range 9..1\nUser.posts: values a\nUser.email: colour red\nUser", &schema, &mut o).unwrap_err();
        assert_eq!(
            errors,
            vec![
                "line 2: there is no model `Nope` in the schema",
                "line 3: the range `9..1` ends before it starts",
                "line 4: `User.posts` is a relation: set the related model's count instead",
                "line 5: unknown setting `colour`: use values, range, dates or pattern",
                "line 6: `User` has no `:` (write `Model: 100` or `Model.field: range 1..9`)",
            ]
        );
        assert!(o.counts.is_empty());
    }
}
