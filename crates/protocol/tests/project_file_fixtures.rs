//! Project files that must open (`good/`) and broken or hostile ones that must be refused
//! (`bad/`, each named `<expected refusal code>--<what it is>.json`).

use seedbed_protocol::project_file::{parse, to_json};
use std::path::PathBuf;

fn fixtures(kind: &str) -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/project_file")
        .join(kind);
    let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| {
            let path = e.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&path).unwrap())
        })
        .collect();
    out.sort();
    assert!(!out.is_empty(), "no fixtures in {}", dir.display());
    out
}

#[test]
fn good_files_open_and_write_back_the_same() {
    for (name, text) in fixtures("good") {
        let doc = parse(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(parse(&to_json(&doc)).as_ref(), Ok(&doc), "{name}");
    }
}

#[test]
fn bad_files_are_refused_with_their_code() {
    for (name, text) in fixtures("bad") {
        let expected = name.split("--").next().unwrap();
        match parse(&text) {
            Ok(_) => panic!("{name} was accepted"),
            Err(refusal) => assert_eq!(refusal.code, expected, "{name}: {refusal}"),
        }
    }
}
