//! Schema-language requests: diagnostics positioned for the editor, and formatting.

use seedbed_protocol::{Response, SchemaDiagnostic, TOO_MANY_PROBLEMS};
use seedbed_psl::{LineIndex, parse_and_validate};

/// The file name Prisma prints in its messages, as in a real project.
const SCHEMA_FILE: &str = "prisma/schema.prisma";

/// The most diagnostics one analysis returns. A pasted file of junk can have hundreds of
/// thousands (one per line): listing them all froze the page for over a minute, and nobody
/// reads past the first screens. The rest are counted in one last diagnostic.
pub const MAX_DIAGNOSTICS: usize = 200;

/// The diagnostics of `text` (the first [`MAX_DIAGNOSTICS`], then one that counts the
/// others), with UTF-16 line/column ranges (what browsers count in).
pub fn analyze(text: &str) -> Response {
    let schema = parse_and_validate(text);
    let index = LineIndex::new(text);
    let total = schema.diagnostics.len();
    let mut shown: Vec<SchemaDiagnostic> = schema
        .diagnostics
        .iter()
        .take(MAX_DIAGNOSTICS)
        .map(|d| {
            let start = index.line_col_utf16(d.span.start);
            let end = index.line_col_utf16(d.span.end);
            SchemaDiagnostic {
                error: d.is_error(),
                code: d.code.to_owned(),
                message: d.message.clone(),
                start_line: start.line,
                start_column: start.col,
                end_line: end.line,
                end_column: end.col,
            }
        })
        .collect();
    if total > MAX_DIAGNOSTICS
        && let Some(last) = schema.diagnostics.get(MAX_DIAGNOSTICS)
    {
        let at = index.line_col_utf16(last.span.start);
        shown.push(SchemaDiagnostic {
            error: true,
            code: TOO_MANY_PROBLEMS.into(),
            message: format!(
                "…and {} more problems, not listed (only the first {MAX_DIAGNOSTICS} are). Fix these first, or undo the paste.",
                total - MAX_DIAGNOSTICS
            ),
            start_line: at.line,
            start_column: at.col,
            end_line: at.line,
            end_column: at.col,
        });
    }
    Response::Analysis {
        diagnostics: shown,
        not_listed: total.saturating_sub(MAX_DIAGNOSTICS),
    }
}

/// `prisma format`: the formatted text, or the refusal Prisma prints when the completed
/// schema is still invalid.
pub fn format(text: &str) -> Response {
    match seedbed_psl::format::format_checked(text) {
        Ok(formatted) => Response::Formatted {
            text: Some(formatted),
            refusal: None,
        },
        Err((formatted, errors)) => Response::Formatted {
            text: None,
            refusal: Some(seedbed_psl::pretty::render_format_refusal(
                SCHEMA_FILE,
                &formatted,
                &errors,
            )),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flood_of_problems_is_cut_to_a_readable_list_that_counts_the_rest() {
        // (lines of junk, diagnostics returned, the count in the last message)
        let cases: &[(usize, usize, Option<usize>)] = &[
            (3, 3, None),
            (MAX_DIAGNOSTICS, MAX_DIAGNOSTICS, None),
            (MAX_DIAGNOSTICS + 1, MAX_DIAGNOSTICS + 1, Some(1)),
            (5_000, MAX_DIAGNOSTICS + 1, Some(5_000 - MAX_DIAGNOSTICS)),
        ];
        for (lines, returned, more) in cases {
            let text = "junk line\n".repeat(*lines);
            let total = parse_and_validate(&text).diagnostics.len();
            assert_eq!(total, *lines, "one problem per junk line");
            let Response::Analysis {
                diagnostics,
                not_listed,
            } = analyze(&text)
            else {
                panic!("not an analysis")
            };
            assert_eq!(diagnostics.len(), *returned, "{lines} lines");
            assert_eq!(not_listed, more.unwrap_or(0), "{lines} lines");
            let last = diagnostics
                .last()
                .map(|d| d.message.clone())
                .unwrap_or_default();
            match more {
                Some(n) => assert!(
                    last.starts_with(&format!("…and {n} more problems")),
                    "{last}"
                ),
                None => assert!(!last.contains("more problems"), "{last}"),
            }
        }
    }

    #[test]
    fn positions_diagnostics_by_line_and_utf16_column() {
        let text = "model Ünïcode {\n  id Int @id\n  bad Strin\n}\n";
        let Response::Analysis { diagnostics, .. } = analyze(text) else {
            panic!("not an analysis")
        };
        let bad = diagnostics
            .iter()
            .find(|d| d.message.contains("Strin"))
            .expect("an unknown type error");
        assert!(bad.error);
        assert_eq!(bad.start_line, 2);
        assert_eq!(bad.start_column, 6);
    }

    #[test]
    fn formats_or_refuses() {
        let Response::Formatted {
            text: Some(text), ..
        } = format("model A {\n id Int @id\n  name String\n}\n")
        else {
            panic!("a valid schema formats")
        };
        assert_eq!(text, "model A {\n  id   Int    @id\n  name String\n}\n");
        let Response::Formatted {
            text: None,
            refusal: Some(refusal),
        } = format("model A {\n  id Strin @id\n}\n")
        else {
            panic!("an invalid schema is refused")
        };
        assert!(refusal.contains("Strin"), "{refusal}");
    }
}
