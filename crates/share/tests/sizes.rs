//! Link length figures, and the target they are held to: a typical lesson fits in the
//! ~2,000 characters that chat apps and forums keep intact.

mod support;

use seedbed_share::{decode, encode_fragment, link_length, validate};

#[test]
fn typical_lesson_fits_a_chat_message() {
    let doc = support::typical_lesson();
    assert!(
        (600..=800).contains(&doc.schema.len()),
        "schema is {} chars",
        doc.schema.len()
    );
    assert_eq!(doc.migrations.len(), 2);
    assert_eq!(doc.commands.len(), 3);
    let length = link_length(&doc);
    eprintln!("typical lesson link: {length} characters");
    assert!(length < 2_000, "typical lesson link is {length} characters");
}

#[test]
fn size_corpus_is_valid_and_measured() {
    for (name, doc) in support::size_corpus() {
        assert_eq!(validate(&doc), Ok(()), "{name}");
        let fragment = encode_fragment(&doc);
        assert_eq!(link_length(&doc), fragment.len());
        assert_eq!(decode(&fragment).as_ref(), Ok(&doc), "{name}");
        let json = serde_json::to_string(&doc).unwrap().len();
        eprintln!("{name}: JSON {json}, link {}", fragment.len());
    }
}
