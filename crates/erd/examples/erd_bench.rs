//! Times `diagram` (parse, validate, lay out) and `to_svg` on generated schemas.
//!
//! `cargo run --release -p seedbed-erd --example erd_bench`

#[path = "../tests/support/gen.rs"]
mod r#gen;

use seedbed_erd::{Theme, diagram, to_svg};
use std::time::Instant;

fn main() {
    for n in [50, 100, 200] {
        let text = r#gen::generated_schema(n);
        // Parse + validate alone, to tell the layout's share.
        let runs = 20;
        let start = Instant::now();
        for _ in 0..runs {
            std::hint::black_box(seedbed_psl::parse_and_validate(&text));
        }
        let validate = start.elapsed() / runs;
        let start = Instant::now();
        let mut d = diagram(&text);
        for _ in 1..runs {
            d = std::hint::black_box(diagram(&text));
        }
        let total = start.elapsed() / runs;
        let start = Instant::now();
        let mut svg = String::new();
        for _ in 0..runs {
            svg = std::hint::black_box(to_svg(&d, Theme::Light));
        }
        let render = start.elapsed() / runs;
        println!(
            "{n:>4} models: diagram {total:>10.2?} (validate {validate:>9.2?}, layout {:>9.2?}), to_svg {render:>9.2?}, {} edges, {:.0} x {:.0} px, {} KB of SVG",
            total.saturating_sub(validate),
            d.edges.len(),
            d.width,
            d.height,
            svg.len() / 1024
        );
    }
}
