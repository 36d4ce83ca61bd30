//! Data-driven tests: each `tests/fixtures/NAME.prisma` has its expected diagram beside
//! it as `NAME.txt` (the summary: boxes, rows, edges and positions) and `NAME.svg` (light
//! theme). `UPDATE_EXPECT=1 cargo test -p seedbed-erd` rewrites them.

#[path = "support/gen.rs"]
mod r#gen;

use seedbed_erd::{Diagram, EdgeKind, Theme, diagram, summary, to_svg};
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// Compares `actual` with the file, or rewrites it under `UPDATE_EXPECT=1`.
fn expect_file(path: &Path, actual: &str) {
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(path).unwrap_or_default();
    if expected != actual {
        panic!(
            "{} differs (run with UPDATE_EXPECT=1 to accept):\n--- actual ---\n{actual}",
            path.display()
        );
    }
}

/// Boxes never overlap, and every edge starts and ends on its boxes' sides.
fn assert_sound(name: &str, d: &Diagram) {
    for (i, a) in d.nodes.iter().enumerate() {
        assert!(
            a.width > 0.0 && a.height > 0.0,
            "{name}: {} has no size",
            a.name
        );
        assert!(
            a.x + a.width <= d.width && a.y + a.height <= d.height,
            "{name}: {} outside",
            a.name
        );
        for b in &d.nodes[i + 1..] {
            let apart = a.x + a.width <= b.x
                || b.x + b.width <= a.x
                || a.y + a.height <= b.y
                || b.y + b.height <= a.y;
            assert!(apart, "{name}: {} overlaps {}", a.name, b.name);
        }
    }
    for e in &d.edges {
        assert!(
            e.points.len() >= 2,
            "{name}: edge {}->{} has no route",
            e.from,
            e.to
        );
        let on_side = |n: usize, p: (f64, f64)| {
            let n = &d.nodes[n];
            (p.0 == n.x || p.0 == n.x + n.width) && p.1 >= n.y && p.1 <= n.y + n.height
        };
        assert!(
            on_side(e.from_node, e.points[0]),
            "{name}: {}->{} start",
            e.from,
            e.to
        );
        assert!(
            on_side(e.to_node, *e.points.last().unwrap()),
            "{name}: {}->{} end",
            e.from,
            e.to
        );
        for w in e.points.windows(2) {
            assert!(
                w[0].0 == w[1].0 || w[0].1 == w[1].1,
                "{name}: diagonal segment"
            );
        }
    }
}

fn check(name: &str) {
    let dir = fixtures();
    let text = std::fs::read_to_string(dir.join(format!("{name}.prisma"))).unwrap();
    let d = diagram(&text);
    assert_sound(name, &d);
    assert_eq!(d, diagram(&text), "{name}: not deterministic");
    expect_file(&dir.join(format!("{name}.txt")), &summary(&d));
    expect_file(&dir.join(format!("{name}.svg")), &to_svg(&d, Theme::Light));
}

#[test]
fn one_to_one() {
    check("one_to_one");
}

#[test]
fn one_to_many() {
    check("one_to_many");
}

#[test]
fn implicit_many_to_many() {
    check("implicit_many_to_many");
}

#[test]
fn explicit_many_to_many() {
    check("explicit_many_to_many");
}

#[test]
fn self_relations() {
    check("self_relations");
}

#[test]
fn two_relations() {
    check("two_relations");
}

#[test]
fn enums() {
    check("enums");
}

#[test]
fn sqlite_mapped() {
    check("sqlite_mapped");
}

#[test]
fn with_errors() {
    check("with_errors");
}

#[test]
fn only_errors() {
    check("only_errors");
}

#[test]
fn empty() {
    check("empty");
}

#[test]
fn every_fixture_is_checked() {
    let mut names: Vec<String> = std::fs::read_dir(fixtures())
        .unwrap()
        .filter_map(|e| {
            let p = e.ok()?.path();
            (p.extension()? == "prisma").then(|| p.file_stem()?.to_str().map(str::to_owned))?
        })
        .collect();
    names.sort();
    let tested = [
        "empty",
        "enums",
        "explicit_many_to_many",
        "implicit_many_to_many",
        "one_to_many",
        "one_to_one",
        "only_errors",
        "self_relations",
        "sqlite_mapped",
        "two_relations",
        "with_errors",
    ];
    assert_eq!(names, tested);
}

#[test]
fn generated_schemas_have_no_overlaps() {
    for n in [1, 2, 10, 100, 200] {
        let text = r#gen::generated_schema(n);
        let d = diagram(&text);
        assert!(d.note.is_none(), "{n} models: {:?}", d.note);
        assert_eq!(d.nodes.len(), n + 3);
        let relations = d
            .edges
            .iter()
            .filter(|e| e.kind == EdgeKind::Relation)
            .count();
        assert!(relations >= n.saturating_sub(1));
        assert_sound(&format!("generated {n}"), &d);
    }
}

#[test]
fn hostile_text_is_escaped() {
    // Names Prisma would reject still reach the diagram through `Unsupported("…")` types,
    // documentation-free errors and notes: none may break the document.
    let text = r#"
model A {
  id Int @id
  x  Unsupported("<b>&'\"</b>")
}
model <img src=x onerror=alert(1)> { id Int @id }
"#;
    let d = diagram(text);
    let svg = to_svg(&d, Theme::Dark);
    assert!(
        svg.contains("Unsupported(&quot;&lt;b&gt;&amp;&apos;"),
        "{svg}"
    );
    for bad in ["<b>", "<img", "onerror=alert(1)>"] {
        assert!(!svg.contains(bad), "{bad} in {svg}");
    }
    // The document is well formed as far as tags go: every `<` starts a tag we wrote.
    let mut depth = 0i32;
    for part in svg.split('<').skip(1) {
        let tag = part.split(['>', ' ']).next().unwrap_or("");
        if tag.starts_with('/') {
            depth -= 1;
        } else if !part.split('>').next().unwrap_or("").ends_with('/') {
            depth += 1;
        }
        assert!(
            [
                "svg", "/svg", "title", "/title", "desc", "/desc", "style", "/style", "rect", "g",
                "/g", "text", "/text", "path", "/path", "circle"
            ]
            .contains(&tag),
            "unexpected tag {tag:?}"
        );
    }
    assert_eq!(depth, 0, "{svg}");
}

#[test]
fn garbage_never_panics() {
    let mut inputs: Vec<String> = vec![
        "model".into(),
        "model {".into(),
        "model A { b B }".into(),
        "model A { id Int @id\n a A @relation(fields: [id], references: [id]) }".into(),
        "model A { id Int @id b B[] }\nmodel B { id Int @id a A[] }\nmodel B { }".into(),
        "\u{0}\u{1}<&>".into(),
        "enum E { }".into(),
        "type T { a T }".into(),
    ];
    // Every prefix of a valid schema.
    let full = r#gen::generated_schema(12);
    let mut cut = 0;
    while cut < full.len() {
        inputs.push(full[..cut].to_owned());
        cut += 37;
    }
    for text in inputs {
        let d = diagram(&text);
        assert_sound(&text, &d);
        let svg = to_svg(&d, Theme::Light);
        assert!(svg.ends_with("</svg>\n"));
    }
}
