//! Markdown-lite for lesson texts: paragraphs separated by blank lines, `- ` list items,
//! fenced blocks (```` ``` ````) kept verbatim, and `code` spans inside paragraphs and items.
//! The page renders the result as text nodes, so a lesson can never inject HTML.

/// A piece of a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    Code(String),
}

/// A block of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Paragraph(Vec<Inline>),
    List(Vec<Vec<Inline>>),
    /// A fenced block, verbatim.
    Pre(String),
}

/// Splits `text` into `Text` and `Code` pieces; an unclosed backtick is text.
pub fn inlines(text: &str) -> Vec<Inline> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('`') {
        let after = &rest[start + 1..];
        let Some(len) = after.find('`') else { break };
        if start > 0 {
            out.push(Inline::Text(rest[..start].to_owned()));
        }
        out.push(Inline::Code(after[..len].to_owned()));
        rest = &after[len + 1..];
    }
    if !rest.is_empty() {
        out.push(Inline::Text(rest.to_owned()));
    }
    out
}

/// Parses a lesson text into blocks.
pub fn blocks(text: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut paragraph: Vec<&str> = Vec::new();
    let mut items: Vec<String> = Vec::new();
    let mut fence: Option<Vec<&str>> = None;
    let flush = |paragraph: &mut Vec<&str>, items: &mut Vec<String>, out: &mut Vec<Block>| {
        if !paragraph.is_empty() {
            out.push(Block::Paragraph(inlines(&paragraph.join(" "))));
            paragraph.clear();
        }
        if !items.is_empty() {
            out.push(Block::List(items.iter().map(|i| inlines(i)).collect()));
            items.clear();
        }
    };
    for line in text.lines() {
        if let Some(lines) = fence.as_mut() {
            if line.trim_start().starts_with("```") {
                out.push(Block::Pre(lines.join("\n")));
                fence = None;
            } else {
                lines.push(line);
            }
            continue;
        }
        let trimmed = line.trim();
        if trimmed.starts_with("```") {
            flush(&mut paragraph, &mut items, &mut out);
            fence = Some(Vec::new());
        } else if trimmed.is_empty() {
            flush(&mut paragraph, &mut items, &mut out);
        } else if let Some(item) = trimmed.strip_prefix("- ") {
            if !paragraph.is_empty() {
                let p = std::mem::take(&mut paragraph);
                out.push(Block::Paragraph(inlines(&p.join(" "))));
            }
            items.push(item.to_owned());
        } else if !items.is_empty() && line.starts_with("  ") {
            // A continuation of the last item.
            if let Some(last) = items.last_mut() {
                last.push(' ');
                last.push_str(trimmed);
            }
        } else {
            if !items.is_empty() {
                out.push(Block::List(items.iter().map(|i| inlines(i)).collect()));
                items.clear();
            }
            paragraph.push(trimmed);
        }
    }
    if let Some(lines) = fence {
        out.push(Block::Pre(lines.join("\n")));
    }
    flush(&mut paragraph, &mut items, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_lists_code_and_fences() {
        let b = blocks(
            "Run `migrate dev`\nnow.\n\n- one `a`\n- two\n\n```\nmodel A {\n  id Int\n}\n```\nEnd",
        );
        assert_eq!(
            b[0],
            Block::Paragraph(vec![
                Inline::Text("Run ".into()),
                Inline::Code("migrate dev".into()),
                Inline::Text(" now.".into()),
            ])
        );
        assert!(matches!(&b[1], Block::List(items) if items.len() == 2));
        assert_eq!(b[2], Block::Pre("model A {\n  id Int\n}".into()));
        assert_eq!(b[3], Block::Paragraph(vec![Inline::Text("End".into())]));
    }

    #[test]
    fn odd_input_is_text() {
        assert_eq!(inlines("a ` b"), vec![Inline::Text("a ` b".into())]);
        assert_eq!(inlines("``"), vec![Inline::Code(String::new())]);
        assert_eq!(blocks("```\nunclosed"), vec![Block::Pre("unclosed".into())]);
        assert!(blocks("").is_empty());
    }
}
