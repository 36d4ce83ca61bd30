//! What `prisma generate` 6.19.3 prints (without colours), as lines, so the CLI and the
//! browser print the same text. The host supplies what is not pure: the elapsed time and
//! which tip to show (Prisma picks one of three at random).

/// Prisma's tips, one of which follows a successful generation (unless `--no-hints`).
pub const TIPS: [&str; 3] = [
    "Tip: Need your database queries to be 1000x faster? Accelerate offers you that and more: https://pris.ly/tip-2-accelerate",
    "Tip: Interested in query caching in just a few lines of code? Try Accelerate today! https://pris.ly/tip-3-accelerate",
    "Tip: Want to turn off tips and other hints? https://pris.ly/tip-4-nohints",
];

/// The first line of every command that reads the schema.
pub fn schema_loaded(schema_path: &str) -> String {
    format!("Prisma schema loaded from {schema_path}")
}

/// Prisma's duration format: `55ms` below a second, else seconds with two decimals (`1.25s`).
pub fn duration(ms: u64) -> String {
    if ms < 1000 {
        format!("{ms}ms")
    } else {
        let hundredths = (ms + 5) / 10;
        format!("{}.{:02}s", hundredths / 100, hundredths % 100)
    }
}

/// `✔ Generated Prisma Client (v6.19.3) to ./node_modules/@prisma/client in 55ms`: the line
/// `generate` prints, and all that `migrate dev`/`migrate reset`/`db push` print of it.
pub fn generated_line(version: &str, output: &str, elapsed_ms: u64) -> String {
    format!(
        "✔ Generated Prisma Client (v{version}) to {output} in {}",
        duration(elapsed_ms)
    )
}

/// The output after generating Prisma Client to `output` (as Prisma shows it:
/// `./node_modules/@prisma/client`, relative to the current folder). `tip` is an index into
/// [`TIPS`] (taken modulo 3), or `None` for `--no-hints`. The last line is empty.
pub fn generated_lines(
    schema_path: &str,
    version: &str,
    output: &str,
    elapsed_ms: u64,
    tip: Option<usize>,
) -> Vec<String> {
    let mut lines = vec![
        schema_loaded(schema_path),
        String::new(),
        generated_line(version, output, elapsed_ms),
        String::new(),
    ];
    if let Some(i) = tip {
        lines.push(
            "Start by importing your Prisma Client (See: https://pris.ly/d/importing-client)"
                .to_owned(),
        );
        lines.push(String::new());
        lines.push(TIPS[i % TIPS.len()].to_owned());
        lines.push(String::new());
    }
    lines
}

/// The output when the schema has no `generator` block (exit code 0).
pub fn no_generator_lines(schema_path: &str) -> Vec<String> {
    [
        schema_loaded(schema_path).as_str(),
        "",
        "",
        "info You don't have any generators defined in your schema.prisma, so nothing will be generated.",
        "You can define them like this:",
        "",
        "generator client {",
        "  provider = \"prisma-client-js\"",
        "}",
        "",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_like_prisma() {
        assert_eq!(duration(55), "55ms");
        assert_eq!(duration(999), "999ms");
        assert_eq!(duration(1000), "1.00s");
        assert_eq!(duration(1254), "1.25s");
        assert_eq!(duration(2999), "3.00s");
    }
}
