//! Byte spans and the line index that turns them into line/column positions.
//!
//! The core works only with byte offsets; line and column (including UTF-16
//! columns for editors) are computed at the edge by [`LineIndex`].

/// A half-open byte range `start..end` into the schema source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// Builds a span; `end` is clamped so that it is never before `start`.
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start,
            end: end.max(start),
        }
    }

    /// An empty span at `offset`.
    pub fn empty(offset: usize) -> Span {
        Span::new(offset, offset)
    }

    /// The text covered by this span, or `""` when the span does not fit `source`.
    pub fn slice(self, source: &str) -> &str {
        source.get(self.start..self.end).unwrap_or("")
    }

    /// True when `offset` lies inside the span (end inclusive, for cursors).
    pub fn contains(self, offset: usize) -> bool {
        self.start <= offset && offset <= self.end
    }
}

/// A zero-based line and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineCol {
    /// Zero-based line number.
    pub line: u32,
    /// Zero-based column, in bytes or UTF-16 code units depending on the call.
    pub col: u32,
}

/// Precomputed line starts of a text, for offset → line/column conversion.
#[derive(Debug, Clone)]
pub struct LineIndex {
    line_starts: Vec<usize>,
    text: String,
}

impl LineIndex {
    /// Indexes `text`. Lines end at `\n`; a `\r` before it belongs to the line.
    pub fn new(text: &str) -> LineIndex {
        let mut line_starts = vec![0];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i + 1);
            }
        }
        LineIndex {
            line_starts,
            text: text.to_owned(),
        }
    }

    /// Number of lines (a text without newline has one line).
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// Line and byte column of `offset` (clamped to the text length).
    pub fn line_col(&self, offset: usize) -> LineCol {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts.get(line).copied().unwrap_or(0);
        LineCol {
            line: line as u32,
            col: (offset - start) as u32,
        }
    }

    /// Line and UTF-16 column of `offset`, as editors (LSP, Monaco) expect.
    pub fn line_col_utf16(&self, offset: usize) -> LineCol {
        let lc = self.line_col(offset);
        let start = self.line_starts.get(lc.line as usize).copied().unwrap_or(0);
        let end = start + lc.col as usize;
        // The offset may fall inside a multi-byte character: count whole characters before it.
        let col = self
            .text
            .get(start..)
            .unwrap_or("")
            .char_indices()
            .take_while(|(i, _)| start + i < end)
            .map(|(_, c)| c.len_utf16() as u32)
            .sum();
        LineCol { line: lc.line, col }
    }

    /// Byte offset of a zero-based line and byte column, clamped to the text.
    pub fn offset(&self, pos: LineCol) -> usize {
        let start = self
            .line_starts
            .get(pos.line as usize)
            .copied()
            .unwrap_or(self.text.len());
        (start + pos.col as usize).min(self.text.len())
    }
}

/// `span` stretched to the end of its last line, newline included: how Prisma's parser
/// spans an argument-less attribute at the end of a line (its excerpt then shows the
/// next line too).
pub(crate) fn through_line_end(source: &str, span: Span) -> Span {
    let end = source
        .get(span.end..)
        .and_then(|rest| rest.find('\n'))
        .map_or(span.end, |n| span.end + n + 1);
    Span::new(span.start, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_and_utf16() {
        let idx = LineIndex::new("ab\nü😀x\n");
        assert_eq!(idx.line_col(0), LineCol { line: 0, col: 0 });
        assert_eq!(idx.line_col(3), LineCol { line: 1, col: 0 });
        // ü is 2 bytes, 😀 is 4 bytes / 2 UTF-16 units.
        assert_eq!(idx.line_col(9), LineCol { line: 1, col: 6 });
        assert_eq!(idx.line_col_utf16(9), LineCol { line: 1, col: 3 });
        assert_eq!(idx.line_col(1000), LineCol { line: 2, col: 0 });
        assert_eq!(idx.offset(LineCol { line: 1, col: 2 }), 5);
        assert_eq!(idx.line_count(), 3);
    }
}
