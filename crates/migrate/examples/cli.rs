//! A stand-alone `seedbed`-like binary for trying the commands on a folder:
//! `cargo run -p seedbed-migrate --example cli -- migrate dev --name init`.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let cwd = std::env::current_dir().unwrap_or_default();
    std::process::exit(seedbed_migrate::native::run_cli(&args, &cwd));
}
