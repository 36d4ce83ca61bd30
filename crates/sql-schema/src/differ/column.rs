//! What counts as a column change (Prisma's `sql_schema_differ/column.rs` with SQLite's
//! flavour): type family, arity and default. Autoincrement is never a change on SQLite.

use crate::decimal::decimal_texts_equal;
use crate::pair::Pair;
use crate::schema::{ColumnTypeFamily, DefaultLiteral, DefaultValue};
use crate::steps::{ColumnChanges, ColumnTypeChange};
use crate::walkers::ColumnWalker;

pub fn all_changes(cols: Pair<ColumnWalker<'_>>) -> ColumnChanges {
    ColumnChanges {
        arity: cols.previous.arity() != cols.next.arity(),
        default: !defaults_match(cols.previous.default(), cols.next.default()),
        type_change: type_change(cols.previous.family(), cols.next.family()),
    }
}

fn type_change(previous: &ColumnTypeFamily, next: &ColumnTypeFamily) -> Option<ColumnTypeChange> {
    match (previous, next) {
        (a, b) if a == b => None,
        (_, ColumnTypeFamily::String) => Some(ColumnTypeChange::SafeCast),
        _ => Some(ColumnTypeChange::RiskyCast),
    }
}

/// The arms and their order follow Prisma's `defaults_match`; some outcomes are surprising
/// (date defaults always match, an unparsable JSON default matches anything) and are kept.
pub fn defaults_match(previous: Option<&DefaultValue>, next: Option<&DefaultValue>) -> bool {
    use DefaultLiteral as L;
    use DefaultValue as D;
    match (previous, next) {
        (Some(D::Value(L::Json(p) | L::String(p))), Some(D::Value(L::Json(n))))
        | (Some(D::Value(L::Json(p))), Some(D::Value(L::String(n)))) => json_defaults_match(p, n),
        (Some(D::Value(L::DateTime(_))), Some(_)) | (Some(_), Some(D::Value(L::DateTime(_)))) => {
            true
        }
        (Some(D::Value(L::Int(i))), Some(D::Value(L::BigInt(j))))
        | (Some(D::Value(L::BigInt(i))), Some(D::Value(L::Int(j)))) => i == j,
        (Some(D::Value(L::Enum(p) | L::String(p))), Some(D::Value(L::String(n) | L::Enum(n)))) => {
            p == n
        }
        (Some(D::Value(L::Float(p))), Some(D::Value(L::Float(n)))) => decimal_texts_equal(p, n),
        (Some(D::Value(p)), Some(D::Value(n))) => p == n,
        (Some(D::Value(_)), Some(D::Now) | None) => false,
        (Some(D::Now), Some(D::Now)) => true,
        (Some(D::Now), None | Some(D::Value(_))) => false,
        (Some(D::DbGenerated(_)), Some(D::Value(_) | D::Now) | None) => false,
        (_, Some(D::DbGenerated(None))) => true,
        (Some(D::Sequence(_)), None) => true,
        (Some(D::Sequence(_)), Some(D::Value(_) | D::Now)) => false,
        (None, None) => true,
        (None, Some(D::Value(_) | D::Now)) => false,
        (Some(D::DbGenerated(Some(p))), Some(D::DbGenerated(Some(n)))) => p.eq_ignore_ascii_case(n),
        (_, Some(D::DbGenerated(_))) => false,
        (_, Some(D::Sequence(_))) => true,
    }
}

/// Compares JSON texts structurally; when either does not parse, Prisma says they match.
fn json_defaults_match(previous: &str, next: &str) -> bool {
    match (
        serde_json::from_str::<serde_json::Value>(previous),
        serde_json::from_str::<serde_json::Value>(next),
    ) {
        (Ok(p), Ok(n)) => p == n,
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use DefaultLiteral as L;
    use DefaultValue as D;

    #[test]
    fn default_quirks() {
        let v = |l| Some(D::Value(l));
        assert!(defaults_match(
            v(L::Float("1.50".into())).as_ref(),
            v(L::Float("1.5".into())).as_ref()
        ));
        assert!(defaults_match(
            v(L::Enum("A".into())).as_ref(),
            v(L::String("A".into())).as_ref()
        ));
        assert!(defaults_match(
            v(L::String("'{}'".into())).as_ref(),
            v(L::Json("{}".into())).as_ref()
        ));
        assert!(defaults_match(
            Some(&D::DbGenerated(Some("'x'".into()))),
            v(L::DateTime("2024".into())).as_ref()
        ));
        assert!(!defaults_match(None, Some(&D::Now)));
        assert!(defaults_match(Some(&D::Now), Some(&D::DbGenerated(None))));
        assert!(!defaults_match(
            Some(&D::DbGenerated(Some("1".into()))),
            None
        ));
        assert!(defaults_match(
            Some(&D::DbGenerated(Some("(A)".into()))),
            Some(&D::DbGenerated(Some("(a)".into())))
        ));
    }
}
