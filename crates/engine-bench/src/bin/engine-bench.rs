//! The engine's workloads natively: `cargo run --release -p seedbed-engine-bench [filter]`.
//! Prints one `BENCH` line per workload (see `Figure::line`); `cargo xtask bench engine`
//! pairs them with the browser run's lines.

use std::time::Instant;

fn main() {
    let filter = std::env::args().nth(1).unwrap_or_default();
    let origin = Instant::now();
    let clock = move || origin.elapsed().as_secs_f64() * 1000.0;
    match seedbed_engine_bench::run_all(&filter, &clock) {
        Ok(figures) => {
            for figure in figures {
                println!("{}", figure.line());
            }
        }
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    }
}
