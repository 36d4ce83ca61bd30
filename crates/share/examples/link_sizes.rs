//! Prints how long share links are for a few typical playgrounds:
//! `cargo run -p seedbed-share --example link_sizes`.
//!
//! "JSON" is the document's JSON, "link" the fragment with its `#` (what it adds to the
//! page's URL). About 2,000 characters is where chat apps and forums start cutting.

#[path = "../tests/support/mod.rs"]
mod support;

use seedbed_share::link_length;

fn main() {
    println!(
        "{:<55} {:>7} {:>7} {:>7}",
        "document", "JSON", "link", "ratio"
    );
    for (name, doc) in support::size_corpus() {
        let json = serde_json::to_string(&doc).map(|j| j.len()).unwrap_or(0);
        let link = link_length(&doc);
        println!(
            "{name:<55} {json:>7} {link:>7} {:>6.0}%",
            100.0 * link as f64 / json as f64
        );
    }
}
