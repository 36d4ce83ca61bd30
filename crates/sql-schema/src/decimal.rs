//! Just enough decimal arithmetic to compare default values numerically, as Prisma does with
//! `BigDecimal` (`1.50` equals `1.5`, `0` equals `0.0`).

/// A decimal number normalised to `sign × digits × 10^exponent`, with no leading or
/// trailing zeros in `digits` (zero is the empty digit string).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decimal {
    negative: bool,
    digits: String,
    exponent: i64,
}

impl Decimal {
    /// Parses `[+-]digits[.digits][e[+-]digits]` (either side of the point may be empty, not
    /// both), which is what `BigDecimal::from_str` accepts for our purposes.
    pub fn parse(text: &str) -> Option<Decimal> {
        let (negative, rest) = match text.as_bytes().first()? {
            b'-' => (true, &text[1..]),
            b'+' => (false, &text[1..]),
            _ => (false, text),
        };
        let (mantissa, exp_text) = match rest.find(['e', 'E']) {
            Some(pos) => (&rest[..pos], Some(&rest[pos + 1..])),
            None => (rest, None),
        };
        let mut exponent: i64 = match exp_text {
            Some(e) => {
                let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
                if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                    return None;
                }
                e.parse().ok()?
            }
            None => 0,
        };
        let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
        if int_part.is_empty() && frac_part.is_empty() {
            return None;
        }
        if !int_part
            .bytes()
            .chain(frac_part.bytes())
            .all(|b| b.is_ascii_digit())
        {
            return None;
        }
        exponent = exponent.checked_sub(frac_part.len() as i64)?;
        let all: String = format!("{int_part}{frac_part}");
        let trimmed_leading = all.trim_start_matches('0');
        let trimmed = trimmed_leading.trim_end_matches('0');
        exponent = exponent.checked_add((trimmed_leading.len() - trimmed.len()) as i64)?;
        if trimmed.is_empty() {
            return Some(Decimal {
                negative: false,
                digits: String::new(),
                exponent: 0,
            });
        }
        Some(Decimal {
            negative,
            digits: trimmed.to_owned(),
            exponent,
        })
    }
}

/// Whether two number texts denote the same value; unparsable texts compare verbatim.
pub fn decimal_texts_equal(a: &str, b: &str) -> bool {
    match (Decimal::parse(a), Decimal::parse(b)) {
        (Some(a), Some(b)) => a == b,
        _ => a == b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compares_numerically() {
        assert!(decimal_texts_equal("1.5", "1.50"));
        assert!(decimal_texts_equal("0", "0.0"));
        assert!(decimal_texts_equal("-0", "0"));
        assert!(decimal_texts_equal("100", "1e2"));
        assert!(decimal_texts_equal(".5", "0.5"));
        assert!(!decimal_texts_equal("1.5", "1.05"));
        assert!(Decimal::parse("abc").is_none());
        assert!(Decimal::parse(".").is_none());
        assert!(Decimal::parse("1e").is_none());
        assert!(Decimal::parse("").is_none());
    }
}
