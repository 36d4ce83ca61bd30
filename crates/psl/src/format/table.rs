//! The column layout used by `prisma format`: rows of cells padded to the
//! widest cell of each column (byte widths, like Prisma), plus free text.

/// One output row.
enum Row {
    /// Cells, and a suffix (comments) that does not influence the layout.
    Regular(Vec<String>, String),
    /// Verbatim text (an invalid line) that does not influence the layout.
    Interleaved(String),
}

/// A table being filled; [`Table::render`] writes and empties it.
#[derive(Default)]
pub(super) struct Table {
    rows: Vec<Row>,
}

/// The output text with the current indentation.
pub(super) struct Out {
    pub text: String,
    pub indent: usize,
}

impl Out {
    /// Writes `s`, indenting first when at the start of a line.
    pub fn write(&mut self, s: &str) {
        if self.text.is_empty() || self.text.ends_with('\n') {
            for _ in 0..self.indent * 2 {
                self.text.push(' ');
            }
        }
        self.text.push_str(s);
    }

    pub fn end_line(&mut self) {
        self.text.push('\n');
    }
}

impl Table {
    pub fn new_row(&mut self) {
        self.rows.push(Row::Regular(Vec::new(), String::new()));
    }

    /// Appends to cell `index` of the current row (creating empty cells before it).
    pub fn cell(&mut self, index: usize, text: &str) {
        if !matches!(self.rows.last(), Some(Row::Regular(..))) {
            self.new_row();
        }
        if let Some(Row::Regular(cells, _)) = self.rows.last_mut() {
            if cells.len() <= index {
                cells.resize(index + 1, String::new());
            }
            if let Some(cell) = cells.get_mut(index) {
                cell.push_str(text);
            }
        }
    }

    /// Appends to the current row's suffix.
    pub fn suffix(&mut self, text: &str) {
        if !matches!(self.rows.last(), Some(Row::Regular(..))) {
            self.new_row();
        }
        if let Some(Row::Regular(_, suffix)) = self.rows.last_mut() {
            suffix.push_str(text);
        }
    }

    pub fn interleave(&mut self, text: &str) {
        self.rows.push(Row::Interleaved(text.to_owned()));
    }

    pub fn render(&mut self, out: &mut Out) {
        let mut widths: Vec<usize> = Vec::new();
        for row in &mut self.rows {
            if let Row::Regular(cells, _) = row {
                while cells.last().is_some_and(String::is_empty) {
                    cells.pop();
                }
                for (i, c) in cells.iter().enumerate() {
                    if widths.len() <= i {
                        widths.push(0);
                    }
                    widths[i] = widths[i].max(c.len());
                }
            }
        }
        for row in std::mem::take(&mut self.rows) {
            match row {
                Row::Regular(cells, suffix) => {
                    let n = cells.len();
                    for (i, c) in cells.iter().enumerate() {
                        out.write(c);
                        if i + 1 < n {
                            let pad =
                                widths.get(i).copied().unwrap_or(0).saturating_sub(c.len()) + 1;
                            out.write(&" ".repeat(pad));
                        }
                    }
                    if !suffix.is_empty() {
                        if n > 0 {
                            out.write(" ");
                        }
                        out.write(&suffix);
                    }
                }
                Row::Interleaved(text) => out.write(&text),
            }
            out.end_line();
        }
    }
}
