//! Literal default values that must parse: Json, Bytes (base64), DateTime
//! (RFC 3339), Int/BigInt (i64) and Decimal, with Prisma's error details.

use super::Ctx;
use crate::ast::Expression;
use crate::diagnostics::codes;
use crate::model::*;

/// Checks the `@default` literal of one scalar field.
pub(super) fn validate_default_literal(ctx: &mut Ctx<'_>, fid: FieldId, ty: &ScalarType) {
    let Some(ast_field) = ctx.ast_field(fid) else {
        return;
    };
    let Some(attr) = ast_field
        .attributes
        .iter()
        .find(|a| a.name.name == "default")
    else {
        return;
    };
    let Some(value) = attr
        .arguments
        .arguments
        .iter()
        .find(|a| a.name.as_ref().is_none_or(|n| n.name == "value"))
        .map(|a| &a.value)
    else {
        return;
    };
    check(ctx, ty, value);
}

fn check(ctx: &mut Ctx<'_>, ty: &ScalarType, value: &Expression) {
    if let Expression::Array(items, _) = value {
        for item in items {
            check(ctx, ty, item);
        }
        return;
    }
    let (attr, message) = match (ty, value) {
        (ScalarType::Json, Expression::String(v, _)) => {
            match serde_json::from_str::<serde_json::Value>(v) {
                Ok(_) => return,
                Err(e) => (
                    "@default",
                    format!("Parse error: \"{v}\" is not a valid JSON string. ({e})"),
                ),
            }
        }
        (ScalarType::Bytes, Expression::String(v, _)) => {
            if is_base64(v) {
                return;
            }
            (
                "@default",
                format!(
                    "Parse error: \"{v}\" is not a valid base64 string. (Could not convert from `base64 encoded bytes` to `PrismaValue::Bytes`)"
                ),
            )
        }
        (ScalarType::DateTime, Expression::String(v, _)) => match rfc3339_error(v) {
            None => return,
            Some(e) => (
                "@default",
                format!("Parse error: \"{v}\" is not a valid rfc3339 datetime string. ({e})"),
            ),
        },
        (ScalarType::Int | ScalarType::BigInt, Expression::Numeric(v, _)) => match v.parse::<i64>()
        {
            Ok(_) => return,
            Err(e) => (
                "@default",
                format!("Parse error: \"{v}\" is not a valid integer. ({e})"),
            ),
        },
        // Prisma names the attribute without `@` in this one message.
        (ScalarType::Decimal, Expression::String(v, _)) => match decimal_error(v) {
            None => return,
            Some(e) => (
                "default",
                format!("Parse error: \"{v}\" is not a valid decimal. ({e})"),
            ),
        },
        _ => return,
    };
    ctx.push(
        codes::DEFAULT_VALUE,
        format!("Error parsing attribute \"{attr}\": {message}"),
        value.span(),
    );
}

/// Standard base64 with optional padding, as Prisma's byte decoder accepts.
fn is_base64(s: &str) -> bool {
    let body = s.trim_end_matches('=');
    let padding = s.len() - body.len();
    padding <= 2
        && body
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/')
        && (s.len().is_multiple_of(4) || padding == 0)
        && body.len() % 4 != 1
}

/// A decimal number: optional sign, digits with one optional point, optional exponent.
fn decimal_error(s: &str) -> Option<&'static str> {
    let t = s.strip_prefix(['-', '+']).unwrap_or(s);
    if t.is_empty() {
        return Some("cannot parse decimal from empty string");
    }
    let (mantissa, exponent) = match t.find(['e', 'E']) {
        Some(i) => (&t[..i], Some(&t[i + 1..])),
        None => (t, None),
    };
    let mut points = 0;
    for c in mantissa.chars() {
        match c {
            '.' => points += 1,
            c if c.is_ascii_digit() => {}
            _ => return Some("invalid digit found in string"),
        }
    }
    if points > 1 || mantissa == "." || mantissa.is_empty() {
        return Some("invalid digit found in string");
    }
    if let Some(e) = exponent
        && e.strip_prefix(['-', '+'])
            .unwrap_or(e)
            .parse::<i64>()
            .is_err()
    {
        return Some("invalid digit found in string");
    }
    None
}

/// The RFC 3339 check of chrono's `parse_from_rfc3339`, returning its error text.
fn rfc3339_error(s: &str) -> Option<&'static str> {
    const INVALID: &str = "input contains invalid characters";
    const SHORT: &str = "premature end of input";
    const LONG: &str = "trailing input";
    const RANGE: &str = "input is out of range";
    let b = s.as_bytes();
    let mut i = 0;
    let num = |i: &mut usize, n: usize| -> Result<u32, &'static str> {
        let mut v = 0u32;
        for _ in 0..n {
            match b.get(*i) {
                None => return Err(SHORT),
                Some(c) if c.is_ascii_digit() => v = v * 10 + u32::from(c - b'0'),
                Some(_) => return Err(INVALID),
            }
            *i += 1;
        }
        Ok(v)
    };
    let expect = |i: &mut usize, chars: &[u8]| -> Result<(), &'static str> {
        match b.get(*i) {
            None => Err(SHORT),
            Some(c) if chars.contains(c) => {
                *i += 1;
                Ok(())
            }
            Some(_) => Err(INVALID),
        }
    };
    let parsed = (|| -> Result<(u32, u32, u32, u32, u32, u32), &'static str> {
        let year = num(&mut i, 4)?;
        expect(&mut i, b"-")?;
        let month = num(&mut i, 2)?;
        expect(&mut i, b"-")?;
        let day = num(&mut i, 2)?;
        expect(&mut i, b"Tt ")?;
        let hour = num(&mut i, 2)?;
        expect(&mut i, b":")?;
        let minute = num(&mut i, 2)?;
        expect(&mut i, b":")?;
        let second = num(&mut i, 2)?;
        if b.get(i) == Some(&b'.') {
            i += 1;
            let start = i;
            while b.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            if i == start {
                return Err(if i >= b.len() { SHORT } else { INVALID });
            }
        }
        match b.get(i) {
            None => return Err(SHORT),
            Some(b'Z' | b'z') => i += 1,
            Some(b'+' | b'-') => {
                i += 1;
                let oh = num(&mut i, 2)?;
                expect(&mut i, b":")?;
                let om = num(&mut i, 2)?;
                if oh > 23 || om > 59 {
                    return Err(RANGE);
                }
            }
            Some(_) => return Err(INVALID),
        }
        if i < b.len() {
            return Err(LONG);
        }
        Ok((year, month, day, hour, minute, second))
    })();
    match parsed {
        Err(e) => Some(e),
        Ok((year, month, day, hour, minute, second)) => {
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
            let days = match month {
                1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
                4 | 6 | 9 | 11 => 30,
                2 if leap => 29,
                2 => 28,
                _ => return Some(RANGE),
            };
            if day == 0 || day > 31 || hour > 23 || minute > 59 || second > 60 {
                Some(RANGE)
            } else if day > days {
                Some("no possible date and time matching input")
            } else {
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc3339() {
        assert_eq!(rfc3339_error("2024-01-01T00:00:00Z"), None);
        assert_eq!(rfc3339_error("2024-01-01T00:00:00.123+02:00"), None);
        assert_eq!(
            rfc3339_error("Hugo"),
            Some("input contains invalid characters")
        );
        assert_eq!(rfc3339_error("2024-01-01"), Some("premature end of input"));
        assert_eq!(
            rfc3339_error("2024-13-01T00:00:00Z"),
            Some("input is out of range")
        );
        assert_eq!(
            rfc3339_error("2024-01-01T00:00:00Zx"),
            Some("trailing input")
        );
    }

    #[test]
    fn base64_and_decimal() {
        assert!(is_base64("aGVsbG8="));
        assert!(is_base64(""));
        assert!(!is_base64("not base64"));
        assert_eq!(decimal_error("1.23"), None);
        assert_eq!(decimal_error("abc"), Some("invalid digit found in string"));
    }
}
