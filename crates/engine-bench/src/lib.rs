//! The engine's heavy workloads, written once and timed in two places: natively
//! (`src/bin/engine-bench.rs`) and in a dedicated Web Worker of headless Chromium
//! (`tests/browser.rs`, through wasm-bindgen-test), so the browser/native ratio compares the
//! same code on the same inputs. `cargo xtask bench engine` runs both and prints the ratios.
//!
//! Each workload builds its input outside the timed region, times only the operation the
//! issue names, and sanity-checks the result (a wrong result is an error, not a figure).
//! Times come from a clock passed in (`Instant` natively, `performance.now()` in a worker).

mod workloads;

pub use workloads::{WORKLOADS, Workload};

/// One measured figure.
#[derive(Debug, Clone)]
pub struct Figure {
    /// Stable name, shared by the native and browser runs (the ratio pairs them by it).
    pub name: &'static str,
    /// Milliseconds for the timed operation (the median when repeated).
    pub millis: f64,
    /// Counts that make the figure meaningful: rows, statements, tables.
    pub detail: String,
}

impl Figure {
    /// The line both runners print; `xtask/src/bench_engine.rs` parses it (tab-separated,
    /// prefixed `BENCH`).
    pub fn line(&self) -> String {
        format!("BENCH\t{}\t{:.3}\t{}", self.name, self.millis, self.detail)
    }
}

/// Runs every workload whose name contains `filter` and returns the figures, or the first
/// error (a workload that produced a wrong result).
pub fn run_all(filter: &str, clock: &dyn Fn() -> f64) -> Result<Vec<Figure>, String> {
    WORKLOADS
        .iter()
        .filter(|w| w.name.contains(filter))
        .map(|w| (w.run)(clock).map_err(|e| format!("{}: {e}", w.name)))
        .collect()
}

/// The median of `runs` timings of `f` (each call must be independent).
pub(crate) fn median_of(
    runs: usize,
    clock: &dyn Fn() -> f64,
    mut f: impl FnMut() -> Result<(), String>,
) -> Result<f64, String> {
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs.max(1) {
        let start = clock();
        f()?;
        times.push(clock() - start);
    }
    times.sort_by(f64::total_cmp);
    Ok(times[times.len() / 2])
}
