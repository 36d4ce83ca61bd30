//! Never-panic property: parsing, validation, formatting and rendering survive
//! thousands of deterministic random mutations of every fixture.

use std::fs;
use std::path::{Path, PathBuf};

/// A small xorshift generator: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

fn fixture_texts() -> Vec<String> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for e in fs::read_dir(dir).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "prisma") {
                out.push(p);
            }
        }
    }
    let mut paths = Vec::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests"),
        &mut paths,
    );
    paths.sort();
    paths
        .iter()
        .filter_map(|p| fs::read_to_string(p).ok())
        .collect()
}

const PIECES: &[&str] = &[
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    "\"",
    "\\",
    "@",
    "@@",
    ":",
    ",",
    "\n",
    "\r\n",
    "\t",
    " ",
    "//",
    "///",
    "/*",
    "*/",
    "?",
    "!",
    "=",
    "é",
    "😀",
    "\u{0}",
    "model",
    "enum",
    "@relation(",
    "fields: [",
    "references: [",
    "@default(",
    "@id",
    "Int",
    "String",
    "[]",
    "-1.5",
    "env(",
];

fn mutate(text: &str, rng: &mut Rng) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for _ in 0..1 + rng.below(6) {
        let pos = rng.below(chars.len() + 1);
        match rng.below(4) {
            0 if !chars.is_empty() => {
                let end = (pos + rng.below(20)).min(chars.len());
                chars.drain(pos.min(end)..end);
            }
            1 => {
                let piece = PIECES[rng.below(PIECES.len())];
                for (i, c) in piece.chars().enumerate() {
                    chars.insert((pos + i).min(chars.len()), c);
                }
            }
            2 if !chars.is_empty() => {
                let start = rng.below(chars.len());
                let end = (start + rng.below(40)).min(chars.len());
                let copy: Vec<char> = chars[start..end].to_vec();
                for (i, c) in copy.into_iter().enumerate() {
                    chars.insert((pos + i).min(chars.len()), c);
                }
            }
            _ => {
                if let Some(c) = chars.get_mut(pos) {
                    *c = char::from_u32(rng.below(0x3000) as u32).unwrap_or('x');
                }
            }
        }
    }
    chars.into_iter().collect()
}

fn exercise(text: &str) {
    let schema = seedbed_psl::parse_and_validate(text);
    let _ =
        seedbed_psl::pretty::render_diagnostics(&schema.diagnostics, "schema.prisma", text, true);
    let _ = seedbed_psl::pretty::render_validate("schema.prisma", text, &|_| None);
    let formatted = seedbed_psl::format::format(text);
    let _ = seedbed_psl::parse_and_validate(&formatted);
    let index = seedbed_psl::LineIndex::new(text);
    for d in &schema.diagnostics {
        let _ = index.line_col_utf16(d.span.start);
        let _ = index.line_col_utf16(d.span.end);
    }
}

#[test]
fn mutated_fixtures_never_panic() {
    let texts = fixture_texts();
    assert!(!texts.is_empty());
    let mut rng = Rng(0x5eed_bed5_eed0_0001);
    for round in 0..6 {
        for text in &texts {
            let input = mutate(text, &mut rng);
            let result = std::panic::catch_unwind(|| exercise(&input));
            assert!(
                result.is_ok(),
                "panic in round {round} on input:\n{input:?}"
            );
        }
    }
}

#[test]
fn hostile_inputs_never_panic() {
    let big = "model A {\n  id Int @id\n}\n".repeat(20_000);
    let inputs = [
        String::new(),
        "\u{feff}".to_owned(),
        "{".repeat(50_000),
        "}".repeat(50_000),
        "\"".repeat(50_000),
        "model A {\n".to_owned() + &"  a Int @default([".repeat(5_000),
        big,
        (0u8..=255).map(char::from).collect(),
    ];
    for input in &inputs {
        exercise(input);
    }
}
