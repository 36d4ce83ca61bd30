//! Native timings of the benchmark's operations, for comparison with the wasm figures
//! `tests/bench/bench.mjs` prints. Run in release (`cargo xtask bench` does):
//!
//! ```text
//! cargo run --release -p seedbed-bench-wasm --example native -- [schema|migrate|all] [--json FILE] [--inputs DIR]
//! ```
//!
//! `--json` writes the medians (milliseconds, keyed like the Node benchmark's cases) for
//! the Node benchmark to print beside its own; `--inputs` writes the generated schemas.

use seedbed_bench_wasm::{diff_script, format, inputs, statement_count, validate};
use std::hint::black_box;
use std::time::{Duration, Instant};

/// Runs after the warm-up, at least this many and for at least [`MIN_TIME`].
const MIN_RUNS: usize = 15;
const MAX_RUNS: usize = 500;
const WARM_UP: usize = 3;
const MIN_TIME: Duration = Duration::from_millis(2000);

/// The median of repeated runs of `op`, in milliseconds.
fn median_ms(mut op: impl FnMut()) -> f64 {
    for _ in 0..WARM_UP {
        op();
    }
    let mut samples = Vec::new();
    let start = Instant::now();
    while samples.len() < MAX_RUNS && (samples.len() < MIN_RUNS || start.elapsed() < MIN_TIME) {
        let t = Instant::now();
        op();
        samples.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

struct Row {
    key: &'static str,
    operation: &'static str,
    input: String,
    median: f64,
}

fn size(text: &str) -> String {
    format!("{:.0} KB", text.len() as f64 / 1024.0)
}

fn schema_rows(rows: &mut Vec<Row>) {
    let big = inputs::schema(500);
    let small = inputs::schema(50);
    assert_eq!(validate(&big), 0, "the generated schema must be valid");
    rows.push(Row {
        key: "validate-500",
        operation: "parse+validate",
        input: format!("500 models, {}", size(&big)),
        median: median_ms(|| {
            black_box(validate(black_box(&big)));
        }),
    });
    rows.push(Row {
        key: "format-500",
        operation: "format",
        input: format!("500 models, {}", size(&big)),
        median: median_ms(|| {
            black_box(format(black_box(&big)).ok());
        }),
    });
    // Where format's time goes, since it costs several validates.
    let parse = median_ms(|| {
        black_box(seedbed_psl::parser::parse(black_box(&big)));
    });
    let layout = median_ms(|| {
        black_box(seedbed_psl::format::layout(black_box(&big)));
    });
    let unchecked = median_ms(|| {
        black_box(seedbed_psl::format::format(black_box(&big)));
    });
    println!(
        "format of 500 models, step by step: parse alone {parse:.1} ms, layout alone (parse + print) {layout:.1} ms, \
         format without re-validating {unchecked:.1} ms"
    );
    rows.push(Row {
        key: "validate-50",
        operation: "re-validate (keystroke)",
        input: format!("50 models, {}", size(&small)),
        median: median_ms(|| {
            black_box(validate(black_box(&small)));
        }),
    });
}

fn migrate_rows(rows: &mut Vec<Row>) {
    let from = inputs::schema(300);
    let to = inputs::changed_schema(300, 50);
    let create = diff_script(None, &from).unwrap_or_else(|e| panic!("{e}"));
    let change = diff_script(Some(&from), &to).unwrap_or_else(|e| panic!("{e}"));
    println!(
        "diff statements: empty → 300 models: {}; 50 tables changed: {}",
        statement_count(&create),
        statement_count(&change)
    );
    rows.push(Row {
        key: "diff-empty-300",
        operation: "migrate diff (empty → schema)",
        input: format!("300 models, {}", size(&from)),
        median: median_ms(|| {
            black_box(diff_script(None, black_box(&from)).ok());
        }),
    });
    rows.push(Row {
        key: "diff-change-300",
        operation: "migrate diff (A → B)",
        input: "300 models, 50 tables changed".to_owned(),
        median: median_ms(|| {
            black_box(diff_script(Some(black_box(&from)), black_box(&to)).ok());
        }),
    });
}

fn write_inputs(dir: &str) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for (file, text) in [
        ("schema-500.prisma", inputs::schema(500)),
        ("schema-50.prisma", inputs::schema(50)),
        ("schema-300.prisma", inputs::schema(300)),
        ("schema-300-changed.prisma", inputs::changed_schema(300, 50)),
    ] {
        std::fs::write(format!("{dir}/{file}"), text)?;
    }
    Ok(())
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let suite = args
        .first()
        .filter(|a| !a.starts_with("--"))
        .map_or("all", String::as_str);
    if let Some(dir) = flag("--inputs")
        && let Err(e) = write_inputs(&dir)
    {
        eprintln!("writing the inputs to {dir}: {e}");
        std::process::exit(1);
    }
    let mut rows = Vec::new();
    match suite {
        "schema" => schema_rows(&mut rows),
        "migrate" => migrate_rows(&mut rows),
        "all" => {
            schema_rows(&mut rows);
            migrate_rows(&mut rows);
        }
        other => {
            eprintln!("unknown suite `{other}` (schema, migrate or all)");
            std::process::exit(2);
        }
    }
    let profile = if cfg!(debug_assertions) {
        "debug build: figures not representative"
    } else {
        "release"
    };
    println!("\nSeedbed, native ({profile}):");
    println!("  {:<30} {:<30} {:>10}", "operation", "input", "median ms");
    for row in &rows {
        println!(
            "  {:<30} {:<30} {:>10.3}",
            row.operation, row.input, row.median
        );
    }
    if let Some(file) = flag("--json") {
        let body: Vec<String> = rows
            .iter()
            .map(|r| format!("  \"{}\": {}", r.key, r.median))
            .collect();
        if let Err(e) = std::fs::write(&file, format!("{{\n{}\n}}\n", body.join(",\n"))) {
            eprintln!("writing {file}: {e}");
            std::process::exit(1);
        }
    }
}
