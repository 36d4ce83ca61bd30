//! Any text: validation never panics, every diagnostic span lies inside the input on
//! character boundaries, and the editor's UTF-16 positions and the CLI's rendering of every
//! diagnostic work.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let schema = seedbed_psl::parse_and_validate(&text);
    let index = seedbed_psl::LineIndex::new(&text);
    for d in &schema.diagnostics {
        assert!(d.span.start <= d.span.end && d.span.end <= text.len(), "{:?}", d.span);
        assert!(text.is_char_boundary(d.span.start) && text.is_char_boundary(d.span.end));
        let _ = index.line_col_utf16(d.span.start);
        let _ = index.line_col_utf16(d.span.end);
    }
    let _ = seedbed_psl::pretty::render_validate("schema.prisma", &text, &|_| None);
});
