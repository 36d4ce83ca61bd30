//! A byte cursor over the schema text with the small lexical helpers the
//! grammar needs (whitespace, identifiers, line ends). Never panics: all
//! reads are bounds-checked.

/// Position in the source plus the source itself.
pub(crate) struct Cursor<'a> {
    pub src: &'a str,
    pub pos: usize,
}

impl<'a> Cursor<'a> {
    pub fn new(src: &'a str) -> Cursor<'a> {
        Cursor { src, pos: 0 }
    }

    pub fn at_end(&self) -> bool {
        self.pos >= self.src.len()
    }

    pub fn peek(&self) -> Option<char> {
        self.src.get(self.pos..).and_then(|s| s.chars().next())
    }

    pub fn peek_byte(&self) -> Option<u8> {
        self.src.as_bytes().get(self.pos).copied()
    }

    pub fn peek_byte_at(&self, offset: usize) -> Option<u8> {
        self.src.as_bytes().get(self.pos + offset).copied()
    }

    pub fn starts_with(&self, s: &str) -> bool {
        self.src
            .get(self.pos..)
            .is_some_and(|rest| rest.starts_with(s))
    }

    pub fn eat(&mut self, s: &str) -> bool {
        if self.starts_with(s) {
            self.pos += s.len();
            true
        } else {
            false
        }
    }

    /// Skips Prisma's WHITESPACE (space separators and tabs, never newlines).
    pub fn skip_ws(&mut self) {
        while let Some(c) = self.peek() {
            if is_inline_ws(c) {
                self.pos += c.len_utf8();
            } else {
                break;
            }
        }
    }

    /// Length of the newline at the cursor (`\r\n`, `\n` or `\r`), or 0.
    pub fn newline_len(&self) -> usize {
        match (self.peek_byte(), self.peek_byte_at(1)) {
            (Some(b'\r'), Some(b'\n')) => 2,
            (Some(b'\n'), _) | (Some(b'\r'), _) => 1,
            _ => 0,
        }
    }

    pub fn eat_newline(&mut self) -> bool {
        let n = self.newline_len();
        self.pos += n;
        n > 0
    }

    /// Offset of the end of the current line (before its newline).
    pub fn line_end(&self) -> usize {
        line_end_from(self.src, self.pos)
    }

    /// Reads `(LETTER | DIGIT) ("_" | "-" | LETTER | DIGIT)*`.
    pub fn ident(&mut self) -> Option<(usize, usize)> {
        let start = self.pos;
        match self.peek() {
            Some(c) if is_alnum(c) => self.pos += c.len_utf8(),
            _ => return None,
        }
        while let Some(c) = self.peek() {
            if is_alnum(c) || c == '_' || c == '-' {
                self.pos += c.len_utf8();
            } else {
                break;
            }
        }
        Some((start, self.pos))
    }

    /// Reads `identifier ("." identifier?)*`, as used by attribute names and constants.
    pub fn path(&mut self) -> Option<(usize, usize)> {
        let (start, _) = self.ident()?;
        while self.peek_byte() == Some(b'.') {
            self.pos += 1;
            let _ = self.ident();
        }
        Some((start, self.pos))
    }
}

/// Offset of the first `\n`/`\r` at or after `pos`, or the text length.
pub(crate) fn line_end_from(src: &str, pos: usize) -> usize {
    let bytes = src.as_bytes();
    let mut i = pos.min(bytes.len());
    while i < bytes.len() && bytes[i] != b'\n' && bytes[i] != b'\r' {
        i += 1;
    }
    i
}

pub(crate) fn is_inline_ws(c: char) -> bool {
    c == ' '
        || c == '\t'
        || c == '\u{a0}'
        || c == '\u{1680}'
        || ('\u{2000}'..='\u{200a}').contains(&c)
        || c == '\u{202f}'
        || c == '\u{205f}'
        || c == '\u{3000}'
}

pub(crate) fn is_alnum(c: char) -> bool {
    c.is_ascii_digit() || c.is_alphabetic()
}
