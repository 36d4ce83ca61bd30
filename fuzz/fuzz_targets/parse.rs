//! Any bytes: the parser returns a tree and diagnostics, never panics, keeps the source
//! whole, and every span it hands out lies inside the input on character boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (ast, diagnostics) = seedbed_psl::parser::parse(&text);
    assert_eq!(ast.source, text, "the tree must keep every character");
    let mut last_end = 0;
    for top in &ast.tops {
        let span = top.span();
        assert!(span.start <= span.end && span.end <= text.len(), "{span:?}");
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        assert!(span.start >= last_end, "tops overlap or go backwards: {span:?}");
        last_end = span.end;
    }
    for d in &diagnostics {
        assert!(d.span.start <= d.span.end && d.span.end <= text.len(), "{:?}", d.span);
        assert!(text.is_char_boundary(d.span.start) && text.is_char_boundary(d.span.end));
    }
});
