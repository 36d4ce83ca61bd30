//! The workloads' own sanity checks pass natively (the cheap ones; the seeding workloads
//! are exercised by `seedbed-seed`'s tests at smaller scale).

#[test]
fn replay_and_pull_workloads_produce_correct_results() {
    let origin = std::time::Instant::now();
    let clock = move || origin.elapsed().as_secs_f64() * 1000.0;
    for filter in ["migrate.", "pull."] {
        let figures = seedbed_engine_bench::run_all(filter, &clock).unwrap();
        assert_eq!(figures.len(), 1, "{filter}");
        assert!(figures[0].millis >= 0.0);
    }
}
