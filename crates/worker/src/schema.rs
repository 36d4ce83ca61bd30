//! Schema-language requests: diagnostics positioned for the editor, and formatting.

use seedbed_protocol::{Response, SchemaDiagnostic};
use seedbed_psl::{LineIndex, parse_and_validate};

/// The file name Prisma prints in its messages, as in a real project.
const SCHEMA_FILE: &str = "prisma/schema.prisma";

/// Every diagnostic of `text`, with UTF-16 line/column ranges (what browsers count in).
pub fn analyze(text: &str) -> Vec<SchemaDiagnostic> {
    let schema = parse_and_validate(text);
    let index = LineIndex::new(text);
    schema
        .diagnostics
        .iter()
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
        .collect()
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
    fn positions_diagnostics_by_line_and_utf16_column() {
        let text = "model Ünïcode {\n  id Int @id\n  bad Strin\n}\n";
        let diagnostics = analyze(text);
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
