//! Prints the SQL that creates a schema's tables (as `migrate diff --from-empty` would), for
//! the oracle recorder in `tests/oracle/` which builds its database with Python's sqlite3.
//! `cargo run -q -p seedbed-client --example migration_sql -- tests/fixtures/blog.prisma`

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: migration_sql <schema.prisma>");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let schema = seedbed_psl::parse_and_validate(&text);
    let calculated = seedbed_sql_schema::calculate(&schema);
    print!(
        "{}",
        seedbed_sql_schema::diff(&Default::default(), &calculated).script()
    );
}
