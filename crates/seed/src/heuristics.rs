//! Picking a generator from a field's name and type: `email` gets emails, `price` gets
//! prices, `createdAt` a date in the past. Names are compared lower-cased without `_`, so
//! `created_at`, `createdAt` and `CreatedAt` behave the same.

use crate::generate::Gen;
use crate::options::Override;
use seedbed_db::Value;
use seedbed_psl::{DefaultKind, Literal, ScalarField, ScalarType, ValidatedSchema};

const DAY_MS: i64 = 86_400_000;
pub(crate) const YEAR_MS: i64 = 365 * DAY_MS;

/// Models whose `name` is a person's name rather than a thing's.
const PEOPLE: &[&str] = &[
    "user", "users", "person", "people", "author", "customer", "employee", "member", "profile",
    "contact", "student", "teacher", "account", "client", "owner", "player", "patient",
];

fn has(name: &str, parts: &[&str]) -> bool {
    parts.iter().any(|p| name.contains(p))
}

/// The generator for a scalar field, before uniqueness is considered.
pub(crate) fn choose(
    schema: &ValidatedSchema,
    model: &str,
    field: &str,
    scalar: &ScalarField,
    over: Option<&Override>,
    reference_ms: i64,
    is_single_int_id: bool,
) -> Gen {
    if let Some(over) = over {
        return from_override(over, &scalar.scalar_type);
    }
    let default = scalar.default.as_ref().map(|d| &d.kind);
    match default {
        Some(DefaultKind::Autoincrement) if is_single_int_id => return Gen::AutoIncrement,
        Some(DefaultKind::Autoincrement) => return Gen::Counter,
        Some(DefaultKind::Uuid(v)) => return Gen::Uuid(*v),
        Some(DefaultKind::Cuid(v)) => return Gen::Cuid(*v),
        Some(DefaultKind::Nanoid(len)) => return Gen::Nanoid(len.unwrap_or(21)),
        Some(DefaultKind::Ulid) => return Gen::Ulid,
        Some(DefaultKind::DbGenerated(Some(_))) => return Gen::DbDefault,
        _ => {}
    }
    if is_single_int_id {
        return Gen::Counter;
    }
    let by_name = by_name(
        schema,
        model,
        field,
        &scalar.scalar_type,
        reference_ms,
        scalar.is_updated_at,
        matches!(default, Some(DefaultKind::Now)),
    );
    let literal = match default {
        Some(DefaultKind::Value(lit)) => literal_value(lit, &scalar.scalar_type),
        Some(DefaultKind::EnumValue(name)) => enum_value(schema, &scalar.scalar_type, name),
        _ => None,
    };
    match literal {
        // Most rows keep the default, as most rows written by an app would.
        Some(default) => Gen::WithDefault {
            default,
            permille: 600,
            other: Box::new(by_name),
        },
        None => by_name,
    }
}

fn from_override(over: &Override, tpe: &ScalarType) -> Gen {
    match over {
        Override::Values(values) => Gen::OneOf(values.clone()),
        Override::IntRange { min, max } => match tpe {
            ScalarType::Float | ScalarType::Decimal => Gen::Real {
                min: *min,
                max: *max,
                scale: 0,
            },
            _ => Gen::Int {
                min: *min,
                max: *max,
                skewed: false,
                bounded: true,
            },
        },
        Override::DateRange { min_ms, max_ms } => Gen::Date {
            min_ms: *min_ms,
            max_ms: *max_ms,
            bounded: true,
        },
        Override::Pattern(p) => Gen::Pattern(p.clone()),
    }
}

fn literal_value(lit: &Literal, tpe: &ScalarType) -> Option<Value> {
    match (lit, tpe) {
        (Literal::Number(n), ScalarType::Int | ScalarType::BigInt) => {
            n.parse::<i64>().ok().map(Value::Integer)
        }
        (Literal::Number(n), ScalarType::Float | ScalarType::Decimal) => {
            n.parse::<f64>().ok().map(Value::Real)
        }
        (Literal::Boolean(b), ScalarType::Boolean) => Some(Value::Integer(i64::from(*b))),
        (Literal::String(s), ScalarType::String | ScalarType::Json) => Some(Value::Text(s.clone())),
        _ => None,
    }
}

fn enum_value(schema: &ValidatedSchema, tpe: &ScalarType, name: &str) -> Option<Value> {
    let ScalarType::Enum(id) = tpe else {
        return None;
    };
    let value = schema.r#enum(*id)?.values.iter().find(|v| v.name == name)?;
    Some(Value::Text(value.database_name.clone()))
}

fn by_name(
    schema: &ValidatedSchema,
    model: &str,
    field: &str,
    tpe: &ScalarType,
    now: i64,
    updated_at: bool,
    created: bool,
) -> Gen {
    let n: String = field
        .chars()
        .filter(|c| *c != '_')
        .flat_map(char::to_lowercase)
        .collect();
    let n = n.as_str();
    let person = PEOPLE.contains(&model.to_lowercase().as_str());
    match tpe {
        ScalarType::String => string_gen(n, &model.to_lowercase(), person),
        ScalarType::Int | ScalarType::BigInt => int_gen(n, matches!(tpe, ScalarType::BigInt)),
        ScalarType::Float | ScalarType::Decimal => real_gen(n),
        ScalarType::Boolean => Gen::Bool {
            true_permille: bool_share(n),
        },
        ScalarType::DateTime => date_gen(n, now, updated_at, created),
        ScalarType::Json => Gen::Json,
        ScalarType::Bytes => Gen::Bytes,
        ScalarType::Enum(id) => Gen::OneOf(
            schema
                .r#enum(*id)
                .map(|e| {
                    e.values
                        .iter()
                        .map(|v| Value::Text(v.database_name.clone()))
                        .collect()
                })
                .unwrap_or_default(),
        ),
        ScalarType::Unsupported(_) => Gen::Null,
    }
}

fn string_gen(n: &str, model: &str, person: bool) -> Gen {
    let is = |names: &[&str]| names.contains(&n);
    if n.contains("email") {
        Gen::Email
    } else if is(&["firstname", "givenname", "forename"]) {
        Gen::FirstName
    } else if is(&["lastname", "surname", "familyname"]) {
        Gen::LastName
    } else if is(&["username", "login", "handle", "nickname", "nick"]) {
        Gen::Username
    } else if is(&[
        "fullname",
        "displayname",
        "author",
        "authorname",
        "customername",
    ]) || (n == "name" && person)
    {
        Gen::FullName
    } else if has(
        n,
        &[
            "company",
            "organization",
            "organisation",
            "employer",
            "brand",
        ],
    ) {
        Gen::Company
    } else if has(
        n,
        &["avatar", "image", "photo", "picture", "thumbnail", "logo"],
    ) {
        Gen::ImageUrl
    } else if has(n, &["url", "website", "link", "homepage", "href"]) {
        Gen::Url
    } else if has(n, &["phone", "mobile"]) || is(&["tel", "telephone", "fax"]) {
        Gen::Phone
    } else if is(&["city", "town"]) {
        Gen::City
    } else if n.contains("country") {
        Gen::Country
    } else if has(n, &["street", "address"]) {
        Gen::Street
    } else if has(n, &["zip", "postal", "postcode"]) {
        Gen::ZipCode
    } else if n.contains("slug") {
        Gen::Slug
    } else if has(n, &["color", "colour"]) {
        Gen::Color
    } else if has(
        n,
        &["password", "hash", "token", "secret", "apikey", "salt"],
    ) {
        Gen::Token
    } else if is(&["sku", "code", "reference", "ref", "isbn"]) {
        Gen::Code
    } else if n == "name" && model == "country" {
        Gen::Country
    } else if n == "name" && matches!(model, "city" | "town") {
        Gen::City
    } else if n == "name" && matches!(model, "company" | "organization" | "organisation" | "brand")
    {
        Gen::Company
    } else if has(n, &["title", "subject", "headline", "label"]) || n == "name" {
        Gen::Title
    } else if has(
        n,
        &[
            "content",
            "body",
            "text",
            "description",
            "bio",
            "summary",
            "comment",
            "message",
            "note",
            "about",
            "excerpt",
            "details",
            "review",
        ],
    ) {
        Gen::Paragraph
    } else if is(&["currency"]) {
        one_of(&["USD", "EUR", "GBP", "MXN", "ARS", "JPY"])
    } else if is(&["lang", "language", "locale"]) {
        one_of(&["en", "es", "fr", "de", "pt"])
    } else if is(&["status", "state"]) {
        one_of(&["active", "pending", "archived"])
    } else {
        Gen::Words
    }
}

fn one_of(items: &[&str]) -> Gen {
    Gen::OneOf(items.iter().map(|s| Value::Text((*s).to_owned())).collect())
}

fn int_gen(n: &str, big: bool) -> Gen {
    let int = |min, max, skewed| Gen::Int {
        min,
        max,
        skewed,
        bounded: false,
    };
    if n == "age" {
        int(18, 90, false)
    } else if n.contains("year") {
        int(1950, 2025, false)
    } else if has(
        n,
        &[
            "price", "amount", "cost", "total", "salary", "balance", "cents",
        ],
    ) {
        int(100, 99_999, false)
    } else if has(
        n,
        &[
            "quantity", "qty", "stock", "count", "views", "likes", "votes", "visits",
        ],
    ) {
        int(0, 500, true)
    } else if has(n, &["rating", "stars", "score"]) {
        int(1, 5, false)
    } else if has(
        n,
        &["position", "order", "rank", "index", "sort", "priority"],
    ) {
        int(0, 100, false)
    } else if has(n, &["duration", "minutes", "length"]) {
        int(1, 180, false)
    } else if big {
        int(0, 1_000_000_000_000, true)
    } else {
        int(0, 1000, false)
    }
}

fn real_gen(n: &str) -> Gen {
    if has(
        n,
        &[
            "price", "amount", "cost", "total", "salary", "balance", "fee",
        ],
    ) {
        Gen::Real {
            min: 100,
            max: 99_999,
            scale: 2,
        }
    } else if n.starts_with("lat") {
        Gen::Real {
            min: -90_000_000,
            max: 90_000_000,
            scale: 6,
        }
    } else if n.starts_with("lng") || n.starts_with("lon") {
        Gen::Real {
            min: -180_000_000,
            max: 180_000_000,
            scale: 6,
        }
    } else if has(n, &["rating", "stars", "score"]) {
        Gen::Real {
            min: 10,
            max: 50,
            scale: 1,
        }
    } else if has(n, &["percent", "ratio", "rate", "discount"]) {
        Gen::Real {
            min: 0,
            max: 100,
            scale: 2,
        }
    } else {
        Gen::Real {
            min: 0,
            max: 100_000,
            scale: 2,
        }
    }
}

fn bool_share(n: &str) -> u32 {
    if has(
        n,
        &[
            "deleted", "archived", "banned", "blocked", "locked", "spam", "admin", "private",
            "hidden", "flagged",
        ],
    ) {
        100
    } else if has(
        n,
        &[
            "published",
            "active",
            "verified",
            "enabled",
            "visible",
            "available",
            "confirmed",
            "approved",
        ],
    ) {
        750
    } else {
        500
    }
}

fn date_gen(n: &str, now: i64, updated_at: bool, created: bool) -> Gen {
    let range = |min_ms, max_ms| Gen::Date {
        min_ms,
        max_ms,
        bounded: false,
    };
    if has(n, &["birth", "dob"]) {
        // 1950-01-01 .. 2006-12-31
        range(-631_152_000_000, 1_167_523_200_000)
    } else if updated_at || n.contains("updated") {
        Gen::Updated
    } else if created || n.contains("created") {
        Gen::Created
    } else if has(
        n,
        &[
            "expire",
            "due",
            "until",
            "deadline",
            "end",
            "scheduled",
            "start",
        ],
    ) {
        range(now, now.saturating_add(YEAR_MS))
    } else {
        range(now.saturating_sub(3 * YEAR_MS), now)
    }
}
