//! Scalar values between Prisma's JSON, SQLite storage and Prisma Client's JSON output.
//!
//! Storage follows Prisma's native SQLite connector (quaint): DateTime as INTEGER unix
//! milliseconds, Boolean as 0/1, Decimal as REAL, BigInt as INTEGER, Json as TEXT, enums as
//! the value's database name. Reading is lenient (text dates written by `CURRENT_TIMESTAMP`
//! or ISO strings also parse) because seeds and raw SQL may have written them.

use crate::error::ClientError;
use seedbed_db::Value;
use seedbed_psl::{ScalarType, ValidatedSchema};
use serde_json::{Value as Json, json};

/// Converts a JSON argument to the value stored for a field of type `ty`.
pub fn to_db(
    schema: &ValidatedSchema,
    ty: &ScalarType,
    arg: &str,
    v: &Json,
) -> Result<Value, ClientError> {
    if v.is_null() {
        return Ok(Value::Null);
    }
    let bad = |expected: &str| {
        ClientError::validation(format!(
            "Argument `{arg}`: Invalid value provided. Expected {expected}, provided {}.",
            js_type(v)
        ))
    };
    Ok(match ty {
        ScalarType::String => Value::Text(v.as_str().ok_or_else(|| bad("String"))?.to_owned()),
        ScalarType::Int => {
            let i = v
                .as_i64()
                .or_else(|| v.as_f64().filter(|f| f.fract() == 0.0).map(|f| f as i64))
                .ok_or_else(|| bad("Int"))?;
            Value::Integer(i)
        }
        ScalarType::BigInt => match v {
            Json::Number(n) => Value::Integer(n.as_i64().ok_or_else(|| bad("BigInt"))?),
            Json::String(s) => Value::Integer(s.trim().parse().map_err(|_| bad("BigInt"))?),
            _ => return Err(bad("BigInt")),
        },
        ScalarType::Float => Value::Real(v.as_f64().ok_or_else(|| bad("Float"))?),
        ScalarType::Decimal => match v {
            Json::Number(n) => Value::Real(n.as_f64().ok_or_else(|| bad("Decimal"))?),
            Json::String(s) => Value::Real(s.trim().parse().map_err(|_| bad("Decimal"))?),
            _ => return Err(bad("Decimal")),
        },
        ScalarType::Boolean => {
            Value::Integer(i64::from(v.as_bool().ok_or_else(|| bad("Boolean"))?))
        }
        ScalarType::DateTime => {
            let s = v.as_str().ok_or_else(|| bad("DateTime"))?;
            Value::Integer(parse_iso(s).ok_or_else(|| {
                ClientError::validation(format!(
                    "Invalid value for argument `{arg}`: input contains invalid characters. Expected ISO-8601 DateTime."
                ))
            })?)
        }
        ScalarType::Json => Value::Text(v.to_string()),
        ScalarType::Bytes => Value::Blob(bytes_from_json(v).ok_or_else(|| bad("Bytes"))?),
        ScalarType::Enum(id) => {
            let s = v.as_str().ok_or_else(|| bad("enum value"))?;
            let e = schema
                .r#enum(*id)
                .ok_or_else(|| ClientError::unknown("unresolved enum"))?;
            let value = e.values.iter().find(|x| x.name == s).ok_or_else(|| {
                ClientError::validation(format!(
                    "Invalid value for argument `{arg}`. Expected {}.",
                    e.name
                ))
            })?;
            Value::Text(value.database_name.clone())
        }
        ScalarType::Unsupported(_) => return Err(bad("a supported type")),
    })
}

/// Converts a stored value to what `JSON.stringify` prints for Prisma Client's result.
pub fn to_json(schema: &ValidatedSchema, ty: &ScalarType, v: &Value) -> Json {
    match (ty, v) {
        (_, Value::Null) => Json::Null,
        (ScalarType::DateTime, v) => match read_datetime(v) {
            Some(ms) => json!(format_iso(ms)),
            None => Json::Null,
        },
        (ScalarType::Boolean, Value::Integer(i)) => json!(*i != 0),
        (ScalarType::Boolean, Value::Text(t)) => json!(t == "true" || t == "1"),
        (ScalarType::Float, v) => number(as_f64(v)),
        (ScalarType::Int, Value::Integer(i)) => json!(i),
        (ScalarType::Int, v) => number(as_f64(v)),
        // JSON.stringify cannot print a JS bigint; the console shows it as a string.
        (ScalarType::BigInt, Value::Integer(i)) => json!(i.to_string()),
        (ScalarType::BigInt, Value::Real(f)) => json!(format!("{}", *f as i64)),
        // Decimal.js serialises as its string form.
        (ScalarType::Decimal, Value::Integer(i)) => json!(i.to_string()),
        (ScalarType::Decimal, Value::Real(f)) => json!(decimal_string(*f)),
        (ScalarType::Json, Value::Text(t)) => serde_json::from_str(t).unwrap_or(json!(t)),
        // Prisma 6 returns Uint8Array; JSON.stringify prints it as an index-keyed object.
        (ScalarType::Bytes, Value::Blob(b)) => {
            let mut o = serde_json::Map::new();
            for (i, byte) in b.iter().enumerate() {
                o.insert(i.to_string(), json!(byte));
            }
            Json::Object(o)
        }
        (ScalarType::Enum(id), Value::Text(t)) => {
            let name = schema
                .r#enum(*id)
                .and_then(|e| e.values.iter().find(|x| &x.database_name == t))
                .map_or(t.as_str(), |x| x.name.as_str());
            json!(name)
        }
        (_, Value::Integer(i)) => json!(i),
        (_, Value::Real(f)) => number(*f),
        (_, Value::Text(t)) => json!(t),
        (_, Value::Blob(b)) => json!(b),
    }
}

/// A JS number: integral values print without a fraction, as JavaScript does.
pub fn number(f: f64) -> Json {
    if f.fract() == 0.0 && f.abs() < 9.0e15 {
        json!(f as i64)
    } else {
        serde_json::Number::from_f64(f).map_or(Json::Null, Json::Number)
    }
}

pub fn as_f64(v: &Value) -> f64 {
    match v {
        Value::Integer(i) => *i as f64,
        Value::Real(f) => *f,
        Value::Text(t) => t.parse().unwrap_or(0.0),
        _ => 0.0,
    }
}

/// Decimal.js-like string: shortest round-trip digits, no trailing `.0`.
pub fn decimal_string(f: f64) -> String {
    let s = format!("{f}");
    s.strip_suffix(".0").map(str::to_owned).unwrap_or(s)
}

fn js_type(v: &Json) -> &'static str {
    match v {
        Json::Null => "null",
        Json::Bool(_) => "Boolean",
        Json::Number(n) if n.is_i64() || n.is_u64() => "Int",
        Json::Number(_) => "Float",
        Json::String(_) => "String",
        Json::Array(_) => "List",
        Json::Object(_) => "Object",
    }
}

fn bytes_from_json(v: &Json) -> Option<Vec<u8>> {
    match v {
        Json::Array(items) => items
            .iter()
            .map(|x| x.as_u64().and_then(|n| u8::try_from(n).ok()))
            .collect(),
        // The shape JSON.stringify gives a Uint8Array: {"0": 1, "1": 2}.
        Json::Object(o) => (0..o.len())
            .map(|i| {
                o.get(&i.to_string())
                    .and_then(Json::as_u64)
                    .and_then(|n| u8::try_from(n).ok())
            })
            .collect(),
        _ => None,
    }
}

/// Reads a stored DateTime: unix ms (what Prisma writes), or text in ISO / SQLite format.
pub fn read_datetime(v: &Value) -> Option<i64> {
    match v {
        Value::Integer(i) => Some(*i),
        Value::Real(f) => Some(*f as i64),
        Value::Text(t) => parse_iso(t).or_else(|| parse_lenient(t)),
        _ => None,
    }
}

/// Formats unix milliseconds as `2024-01-01T00:00:00.000Z` (JavaScript's `toISOString`).
pub fn format_iso(ms: i64) -> String {
    let days = ms.div_euclid(86_400_000);
    let rem = ms.rem_euclid(86_400_000);
    let (y, m, d) = civil_from_days(days);
    let (h, mi, s, milli) = (
        rem / 3_600_000,
        rem / 60_000 % 60,
        rem / 1000 % 60,
        rem % 1000,
    );
    if (0..=9999).contains(&y) {
        format!("{y:04}-{m:02}-{d:02}T{h:02}:{mi:02}:{s:02}.{milli:03}Z")
    } else {
        let sign = if y < 0 { '-' } else { '+' };
        format!(
            "{sign}{:06}-{m:02}-{d:02}T{h:02}:{mi:02}:{s:02}.{milli:03}Z",
            y.abs()
        )
    }
}

/// Parses an RFC 3339 date-time (`2024-01-01T10:00:00Z`, `…00.123+02:00`), as Prisma
/// Client requires for DateTime arguments.
pub fn parse_iso(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    if b.len() < 20 || b[10] != b'T' && b[10] != b't' {
        return None;
    }
    let (date_ms, rest) = parse_date_time(s)?;
    let offset_ms = match rest {
        "Z" | "z" => 0,
        r if r.len() == 6 && (r.starts_with('+') || r.starts_with('-')) => {
            let sign = if r.starts_with('-') { -1 } else { 1 };
            let h: i64 = digits(r.get(1..3)?)?;
            let m: i64 = digits(r.get(4..6)?)?;
            if r.get(3..4)? != ":" {
                return None;
            }
            sign * (h * 3_600_000 + m * 60_000)
        }
        _ => return None,
    };
    Some(date_ms - offset_ms)
}

/// `YYYY-MM-DD HH:MM:SS[.fff]` (SQLite's CURRENT_TIMESTAMP) or `YYYY-MM-DD`, as UTC.
fn parse_lenient(s: &str) -> Option<i64> {
    if s.len() == 10 {
        return parse_date_time(&format!("{s}T00:00:00")).map(|(ms, _)| ms);
    }
    let (ms, rest) = parse_date_time(s)?;
    rest.is_empty().then_some(ms)
}

/// Date and time up to the fractional seconds; returns the rest (the offset).
fn parse_date_time(s: &str) -> Option<(i64, &str)> {
    if s.len() < 19 || !s.is_char_boundary(19) {
        return None;
    }
    let b = s.as_bytes();
    if b[4] != b'-' || b[7] != b'-' || b[13] != b':' || b[16] != b':' {
        return None;
    }
    let y: i64 = digits(s.get(0..4)?)?;
    let mo: i64 = digits(s.get(5..7)?)?;
    let d: i64 = digits(s.get(8..10)?)?;
    let h: i64 = digits(s.get(11..13)?)?;
    let mi: i64 = digits(s.get(14..16)?)?;
    let sec: i64 = digits(s.get(17..19)?)?;
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || sec > 60 {
        return None;
    }
    let mut rest = &s[19..];
    let mut milli = 0;
    if let Some(frac) = rest.strip_prefix('.') {
        let n = frac.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 {
            return None;
        }
        let padded = format!("{:0<3}", &frac[..n.min(3)]);
        milli = digits(&padded)?;
        rest = &frac[n..];
    }
    let days = days_from_civil(y, mo, d);
    Some((
        days * 86_400_000 + h * 3_600_000 + mi * 60_000 + sec * 1000 + milli,
        rest,
    ))
}

fn digits(s: &str) -> Option<i64> {
    if s.is_empty() || !s.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

// Howard Hinnant's algorithms: proleptic Gregorian calendar <-> days since 1970-01-01.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_round_trip() {
        let ms = parse_iso("2024-02-29T13:45:06.789Z").unwrap();
        assert_eq!(format_iso(ms), "2024-02-29T13:45:06.789Z");
        assert_eq!(parse_iso("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(parse_iso("1970-01-01T02:00:00+02:00"), Some(0));
        assert_eq!(format_iso(-1), "1969-12-31T23:59:59.999Z");
        assert_eq!(parse_iso("2024-01-01"), None);
        assert_eq!(
            read_datetime(&Value::Text("2024-01-01 10:00:00".into())),
            parse_iso("2024-01-01T10:00:00Z")
        );
        assert_eq!(parse_iso("2024-13-01T00:00:00Z"), None);
        assert_eq!(parse_iso("2024-01-01T00:00:00é"), None);
    }

    #[test]
    fn numbers_print_like_javascript() {
        assert_eq!(number(2.0), json!(2));
        assert_eq!(number(2.5), json!(2.5));
        assert_eq!(decimal_string(10.0), "10");
        assert_eq!(decimal_string(0.1), "0.1");
    }
}
