//! Any text: formatting never panics; what `prisma format` would write (output that
//! validates) reaches a fixed point by the second pass (see below); a valid schema stays valid and
//! keeps its meaning (the same models, fields, types, attributes, enums and relations,
//! compared on the validated model with source positions left out).
#![no_main]

use libfuzzer_sys::fuzz_target;

/// The validated model's `Debug` text without byte positions, which formatting moves, and
/// with doc comments reduced to their words: the formatter canonicalises a `/* */` comment
/// into `/** */` as Prisma's does, which changes the comment's layout, not what it says.
fn meaning(schema: &seedbed_psl::ValidatedSchema) -> String {
    let words = |doc: &Option<String>| {
        doc.as_ref().map(|d| {
            d.chars()
                .filter(|c| !c.is_whitespace() && *c != '*')
                .collect::<String>()
        })
    };
    let mut models = schema.models.clone();
    for model in &mut models {
        model.documentation = words(&model.documentation);
        for field in &mut model.fields {
            field.documentation = words(&field.documentation);
        }
    }
    let mut enums = schema.enums.clone();
    for e in &mut enums {
        e.documentation = words(&e.documentation);
    }
    let mut datasource = schema.datasource.clone();
    if let Some(ds) = &mut datasource {
        ds.documentation = words(&ds.documentation);
    }
    let mut generators = schema.generators.clone();
    for g in &mut generators {
        g.documentation = words(&g.documentation);
    }
    let text = format!(
        "{:?}|{:?}|{:?}|{:?}|{:?}",
        models, enums, schema.relations, datasource, generators
    );
    strip_spans(&text)
}

/// Removes every `Span { start: N, end: M }` (and doc comments' exact whitespace stays).
fn strip_spans(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("Span { start: ") {
        out.push_str(&rest[..i]);
        let after = &rest[i..];
        match after.find('}') {
            Some(j) => rest = &after[j + 1..],
            None => {
                rest = after;
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    // What `prisma format` writes: only output that validates (otherwise it refuses and
    // the file is left alone, and Prisma's own layout of a broken block such as `key =`
    // is not stable either: Seedbed reproduces that layout, byte for byte).
    let Ok(once) = seedbed_psl::format::format_checked(&text) else {
        return;
    };
    // Prisma 6.19.3 itself moves a comment written after a closing `}` to the next line
    // and, on a second run, puts a blank line before it (`hw_lay_comments_everywhere` and
    // `up_rs_base_comments_accept_a_comment_at_the_end` record both): Seedbed reproduces
    // that byte for byte, so the property is that the second pass is a fixed point.
    let twice = seedbed_psl::format::format(&once);
    let thrice = seedbed_psl::format::format(&twice);
    assert_eq!(twice, thrice, "formatting must reach a fixed point by the second pass");
    let before = seedbed_psl::parse_and_validate(&text);
    if !before.has_errors() {
        let after = seedbed_psl::parse_and_validate(&once);
        assert!(!after.has_errors(), "a valid schema became invalid:\n{once}");
        assert_eq!(meaning(&before), meaning(&after), "formatting changed the meaning:\n{once}");
    }
});
