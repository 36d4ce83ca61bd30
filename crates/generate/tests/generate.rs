//! Fixture suite: every `tests/generate/<name>.prisma` generates exactly `<name>.d.ts`
//! beside it. `UPDATE_EXPECT=1 cargo test -p seedbed-generate --test generate` rewrites the
//! expectations (review the diff).

use std::path::{Path, PathBuf};

fn fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/generate");
    let mut out: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/generate exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "prisma"))
        .collect();
    out.sort();
    out
}

/// Generates one fixture; returns a failure message, or `None` when it matches.
fn check(schema_path: &Path) -> Option<String> {
    let source = std::fs::read_to_string(schema_path).expect("fixture readable");
    let schema = seedbed_psl::parse_and_validate(&source);
    if schema.has_errors() {
        return Some(format!("{}: schema has errors", schema_path.display()));
    }
    let actual = seedbed_generate::generate(&schema);
    let expected_path = schema_path.with_extension("d.ts");
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(&expected_path, &actual).expect("write expectation");
        return None;
    }
    let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
    if expected == actual {
        return None;
    }
    let line = expected
        .lines()
        .zip(actual.lines())
        .position(|(a, b)| a != b)
        .unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
    Some(format!(
        "{}: differs from {} at line {}:\n  expected: {:?}\n  actual:   {:?}",
        schema_path.display(),
        expected_path.display(),
        line + 1,
        expected.lines().nth(line).unwrap_or("<end>"),
        actual.lines().nth(line).unwrap_or("<end>"),
    ))
}

#[test]
fn fixtures_generate_their_declarations() {
    let all = fixtures();
    assert!(all.len() >= 10, "fixtures missing");
    let failures: Vec<String> = all.iter().filter_map(|p| check(p)).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn examples_generate_without_panicking_and_name_every_model() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let mut seen = 0;
    for entry in std::fs::read_dir(root).expect("examples").flatten() {
        let schema = entry.path().join("prisma/schema.prisma");
        let Ok(source) = std::fs::read_to_string(&schema) else {
            continue;
        };
        let validated = seedbed_psl::parse_and_validate(&source);
        let dts = seedbed_generate::generate(&validated);
        for model in validated.walk_models() {
            let delegate = format!("export interface {}Delegate {{", model.name);
            assert!(
                dts.contains(&delegate),
                "{}: no {delegate}",
                schema.display()
            );
        }
        seen += 1;
    }
    assert!(seen >= 2, "expected the example projects");
}
