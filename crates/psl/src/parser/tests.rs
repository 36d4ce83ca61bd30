//! Unit tests for the parser: shapes, recovery and robustness.

use super::parse;
use crate::ast::*;

#[test]
fn parses_a_model_with_attributes() {
    let src = "/// Users\nmodel User {\n  id Int @id @default(autoincrement())\n  /// mail\n  email String? @unique // trailing\n  tags String[] @db.VarChar(255)\n  @@map(\"users\")\n}\n";
    let (ast, diags) = parse(src);
    assert!(diags.is_empty(), "{diags:?}");
    let Some(Top::Model(m)) = ast.tops.first() else {
        panic!("no model")
    };
    assert_eq!(m.name.name, "User");
    assert_eq!(m.documentation.as_deref(), Some("Users"));
    assert_eq!(m.fields.len(), 3);
    assert_eq!(m.fields[1].arity, FieldArity::Optional);
    assert_eq!(m.fields[1].documentation.as_deref(), Some("mail"));
    assert_eq!(m.fields[2].arity, FieldArity::List);
    assert_eq!(m.fields[2].attributes[0].name.name, "db.VarChar");
    assert_eq!(m.attributes[0].name.name, "map");
    assert_eq!(m.span.slice(src).chars().last(), Some('}'));
}

#[test]
fn invalid_lines_are_reported_per_line() {
    let (_, diags) = parse("modle Post {\n  id Int @id\n}");
    assert_eq!(diags.len(), 3);
    assert!(diags[0].message.contains("This line is invalid"));
}

#[test]
fn legacy_forms_are_rejected() {
    let (_, diags) = parse("model A {\n  a Int!\n  b [Int]\n  c Int[]?\n  d: Int\n}\n");
    let msgs: Vec<_> = diags.iter().map(|d| d.message.as_str()).collect();
    assert_eq!(msgs.len(), 4, "{msgs:?}");
}

#[test]
fn strings_and_expressions() {
    let src = "datasource db {\n  provider = \"sq\\\"l\\u00e9\"\n  url = env(\"X\")\n  arr = [1, -2.5, [a.b]]\n  e =\n}\n";
    let (ast, diags) = parse(src);
    assert!(diags.is_empty(), "{diags:?}");
    let Some(Top::Config(c)) = ast.tops.first() else {
        panic!()
    };
    assert_eq!(
        c.properties[0].value.as_ref().and_then(|v| v.as_str()),
        Some("sq\"lé")
    );
    assert!(c.properties[3].value.is_none());
}

#[test]
fn never_panics_on_junk() {
    let inputs = [
        "\u{0}\u{1}\u{ff}{{{}}}",
        "model",
        "model A {",
        "model A {\n  a String @default(\"unterminated\n}",
        "\"",
        "@@@",
        "enum E {\n A @map(\n}",
        "/* unterminated",
        "type A = B @x",
        "foo {\n bar\n}",
        "model A {\n a Int @default([[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]])\n}\n",
        "\r\n\r model B {\r\n id Int @id\r\n}\r\n",
        "😀 model ü {\n ü Ü\n}",
    ];
    for input in inputs {
        let _ = parse(input);
    }
    let deep = "[".repeat(100_000);
    let _ = parse(&format!("model A {{\n a Int @default({deep})\n}}\n"));
}

#[test]
fn big_unclosed_input_is_linear() {
    let src = "model A {\n".repeat(200_000);
    let start = std::time::Instant::now();
    let (_, diags) = parse(&src);
    assert_eq!(diags.len(), 200_000);
    assert!(start.elapsed().as_secs() < 20);
}
