//! Linear time on hostile pastes: parse + validate (and format) of inputs a learner might
//! paste by accident, timed in release. `cargo run --release -p seedbed-psl --example stress`
//! prints one line per input; figures, not assertions.

use std::time::Instant;

fn junk(len: usize) -> String {
    // A fixed xorshift stream of bytes, made text the way the editor would (lossy UTF-8).
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let bytes: Vec<u8> = (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state as u8
        })
        .collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

fn main() {
    // Copies of a small model, renamed, up to `bytes`: a paste of many models.
    let paste = |bytes: usize| -> String {
        let model = "model M {\n  id    Int    @id @default(autoincrement())\n  email String @unique\n  name  String?\n}\n\n";
        (0..)
            .map(|i| model.replace("model M ", &format!("model M{i} ")))
            .scan(0usize, |len, m| {
                *len += m.len();
                (*len <= bytes).then_some(m)
            })
            .collect()
    };
    let inputs = [
        ("1 MB paste of models", paste(1_000_000)),
        ("10 MB paste of models", paste(10_000_000)),
        (
            "100,000 nested [ and (",
            format!(
                "model A {{\n  id Int @default({})\n}}\n",
                "[(".repeat(50_000)
            ),
        ),
        (
            "unterminated string at the start of 1 MB",
            format!(
                "model A {{\n  s String @default(\"{}",
                "x".repeat(1_000_000)
            ),
        ),
        ("1 MB of binary junk", junk(1_000_000)),
    ];
    for (label, text) in &inputs {
        let start = Instant::now();
        let schema = seedbed_psl::parse_and_validate(text);
        let validated = start.elapsed();
        let formatted = seedbed_psl::format::format(text);
        let total = start.elapsed();
        println!(
            "{label}: {:.1} MB, parse+validate {:.1} ms, format {:.1} ms, {} diagnostics, {} bytes formatted",
            text.len() as f64 / 1e6,
            validated.as_secs_f64() * 1000.0,
            (total - validated).as_secs_f64() * 1000.0,
            schema.diagnostics.len(),
            formatted.len()
        );
    }
}
