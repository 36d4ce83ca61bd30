//! A small SQL highlighter for `migration.sql` files: keywords, quoted identifiers, string
//! literals, numbers and comments. Pure (tested natively); the pane turns the tokens into
//! `<span>` text nodes, never HTML.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Keyword,
    Identifier,
    String,
    Number,
    Comment,
    Other,
}

impl Kind {
    pub fn class(self) -> &'static str {
        match self {
            Kind::Keyword => "sql-kw",
            Kind::Identifier => "sql-id",
            Kind::String => "sql-str",
            Kind::Number => "sql-num",
            Kind::Comment => "sql-cm",
            Kind::Other => "",
        }
    }
}

const KEYWORDS: &[&str] = &[
    "ADD",
    "ALTER",
    "AND",
    "AS",
    "ASC",
    "AUTOINCREMENT",
    "BEGIN",
    "BY",
    "CASCADE",
    "CHECK",
    "COLUMN",
    "COMMIT",
    "CONSTRAINT",
    "CREATE",
    "DEFAULT",
    "DELETE",
    "DESC",
    "DROP",
    "EXISTS",
    "FOREIGN",
    "FROM",
    "IF",
    "INDEX",
    "INSERT",
    "INTEGER",
    "INTO",
    "KEY",
    "NOT",
    "NULL",
    "ON",
    "OFF",
    "PRAGMA",
    "PRIMARY",
    "REAL",
    "REFERENCES",
    "RENAME",
    "RESTRICT",
    "SELECT",
    "SET",
    "TABLE",
    "TEXT",
    "TO",
    "UNIQUE",
    "UPDATE",
    "VALUES",
    "VIEW",
    "WHERE",
    "WITHOUT",
    "ROWID",
    "BLOB",
    "DATETIME",
    "BOOLEAN",
    "DECIMAL",
    "BIGINT",
    "JSONB",
    "TRANSACTION",
    "CURRENT_TIMESTAMP",
    "NO",
    "ACTION",
];

/// The text split into tokens; concatenating them gives the text back.
pub fn sql_tokens(text: &str) -> Vec<(Kind, &str)> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::new();
    let mut i = 0;
    let mut other_start = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let (kind, end) = if c == b'-' && bytes.get(i + 1) == Some(&b'-') {
            let end = text[i..].find('\n').map_or(text.len(), |n| i + n);
            (Kind::Comment, end)
        } else if c == b'"' || c == b'\'' || c == b'`' {
            let close = text[i + 1..]
                .find(c as char)
                .map_or(text.len(), |n| i + 1 + n + 1);
            (
                if c == b'\'' {
                    Kind::String
                } else {
                    Kind::Identifier
                },
                close,
            )
        } else if c.is_ascii_digit() && (i == 0 || !is_word(bytes[i - 1])) {
            let end = text[i..]
                .find(|ch: char| !ch.is_ascii_digit() && ch != '.')
                .map_or(text.len(), |n| i + n);
            (Kind::Number, end)
        } else if is_word(c) && (i == 0 || !is_word(bytes[i - 1])) {
            let end = text[i..]
                .find(|ch: char| !ch.is_ascii() || !is_word(ch as u8))
                .map_or(text.len(), |n| i + n);
            let word = &text[i..end];
            if KEYWORDS.iter().any(|k| k.eq_ignore_ascii_case(word)) {
                (Kind::Keyword, end)
            } else {
                i = end;
                continue;
            }
        } else {
            i += text[i..].chars().next().map_or(1, char::len_utf8);
            continue;
        };
        if other_start < i {
            tokens.push((Kind::Other, &text[other_start..i]));
        }
        tokens.push((kind, &text[i..end]));
        i = end;
        other_start = end;
    }
    if other_start < text.len() {
        tokens.push((Kind::Other, &text[other_start..]));
    }
    tokens
}

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_cover_the_text() {
        let sql = "-- CreateTable\nCREATE TABLE \"User\" (\n    \"id\" INTEGER NOT NULL DEFAULT 'x''y' + 12, é\n);";
        let tokens = sql_tokens(sql);
        assert_eq!(tokens.iter().map(|t| t.1).collect::<String>(), sql);
        assert_eq!(tokens[0], (Kind::Comment, "-- CreateTable"));
        assert!(tokens.contains(&(Kind::Keyword, "CREATE")));
        assert!(tokens.contains(&(Kind::Identifier, "\"User\"")));
        assert!(tokens.contains(&(Kind::Number, "12")));
        assert_eq!(sql_tokens("\"unclosed").last().unwrap().0, Kind::Identifier);
    }
}
