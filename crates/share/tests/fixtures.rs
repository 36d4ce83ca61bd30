//! The link corpora under `tests/fixtures/`, checked by one data-driven function.
//!
//! * `compat/NAME.link` → `NAME.json`: links made by format v1. They must decode to the
//!   same document forever; `UPDATE_EXPECT` never rewrites an existing `.json` here.
//! * `hostile_ok/NAME.link` → `NAME.json`: valid documents full of HTML and odd quoting,
//!   which must come back byte for byte (the UI tests load them to check escaping).
//! * `bad/NAME.link` → `NAME.expected`: broken or malicious links and the exact message
//!   the learner sees. `UPDATE_EXPECT=1 cargo test -p seedbed-share` rewrites these.
//!
//! New `.link` files come from `cargo run -p seedbed-share --example gen_fixtures`.

use std::fs;
use std::path::{Path, PathBuf};

use seedbed_share::{MAX_LINK_CHARS, ShareError, decode, encode};

#[derive(Clone, Copy, PartialEq, Debug)]
enum Corpus {
    Compat,
    HostileOk,
    Bad,
}

impl Corpus {
    fn dir(self) -> PathBuf {
        let name = match self {
            Corpus::Compat => "compat",
            Corpus::HostileOk => "hostile_ok",
            Corpus::Bad => "bad",
        };
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name)
    }

    fn expected_extension(self) -> &'static str {
        if self == Corpus::Bad {
            "expected"
        } else {
            "json"
        }
    }
}

/// Decode every `.link` of `corpus` and compare with the file beside it. Returns how many
/// links were checked. Collects every mismatch before failing, so one run shows them all.
fn check(corpus: Corpus) -> usize {
    let update = std::env::var_os("UPDATE_EXPECT").is_some_and(|v| v == "1");
    let dir = corpus.dir();
    let mut links: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("read fixture folder").path())
        .collect();
    links.sort();

    let mut failures = Vec::new();
    let mut checked = 0;
    for path in &links {
        let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if extension != "link" {
            // Every other file must be the expectation of a link.
            assert!(
                extension == corpus.expected_extension() && path.with_extension("link").exists(),
                "stray file {}",
                path.display()
            );
            continue;
        }
        checked += 1;
        let link = fs::read_to_string(path).expect("fixture links are UTF-8");
        let actual = match (corpus, decode(&link)) {
            (Corpus::Bad, Err(err)) => format!("{err}\n"),
            (Corpus::Bad, Ok(doc)) => {
                failures.push(format!(
                    "{}: decoded, but must be refused: {doc:?}",
                    path.display()
                ));
                continue;
            }
            (_, Ok(doc)) => {
                // A decoded document also survives its own round trip.
                assert_eq!(
                    decode(&encode(&doc)).as_ref(),
                    Ok(&doc),
                    "{}",
                    path.display()
                );
                serde_json::to_string_pretty(&doc).expect("serialise") + "\n"
            }
            (_, Err(err)) => {
                failures.push(format!(
                    "{}: refused, but must decode: {err}",
                    path.display()
                ));
                continue;
            }
        };

        let expected_path = path.with_extension(corpus.expected_extension());
        let expected = fs::read_to_string(&expected_path).ok();
        if expected.as_deref() == Some(actual.as_str()) {
            continue;
        }
        // Compat expectations are written once, when the fixture is added, and never again:
        // a v1 link that stops decoding the same way is a broken promise, not a new output.
        let may_write = update && (corpus != Corpus::Compat || expected.is_none());
        if may_write {
            fs::write(&expected_path, &actual).expect("write expectation");
            eprintln!("updated {}", expected_path.display());
        } else if corpus == Corpus::Compat && expected.is_some() {
            // Compare as documents too, to tell a formatting change from a decoding change.
            let same = serde_json::from_str::<serde_json::Value>(expected.as_deref().unwrap_or(""))
                .ok()
                == serde_json::from_str::<serde_json::Value>(&actual).ok();
            failures.push(format!(
                "{}: a frozen v1 link now decodes {} (never regenerate compat fixtures)\n--- expected\n{}\n--- actual\n{actual}",
                path.display(),
                if same { "to the same document written differently" } else { "to a DIFFERENT document" },
                expected.unwrap_or_default()
            ));
        } else {
            failures.push(format!(
                "{}:\n--- expected ({})\n{}\n--- actual\n{actual}(run with UPDATE_EXPECT=1 to accept)",
                path.display(),
                expected_path.display(),
                expected.unwrap_or_else(|| "<missing>".into())
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} fixture(s) failed:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
    checked
}

#[test]
fn compat_links_decode_forever() {
    assert!(check(Corpus::Compat) >= 5);
}

#[test]
fn hostile_but_valid_links_decode_exactly() {
    assert!(check(Corpus::HostileOk) >= 2);
}

#[test]
fn bad_links_are_refused_with_their_message() {
    assert!(check(Corpus::Bad) >= 60);
}

#[test]
fn html_survives_byte_for_byte() {
    for (name, payload) in [
        ("script_tags", "<script>alert(1)</script>"),
        ("img_onerror", "<img src=x onerror=alert(1)>"),
    ] {
        let link =
            fs::read_to_string(Corpus::HostileOk.dir().join(format!("{name}.link"))).unwrap();
        let doc = decode(&link).unwrap();
        let mut texts = vec![
            doc.schema.clone(),
            doc.title.clone().unwrap(),
            doc.lesson.clone().unwrap().id,
        ];
        texts.extend(doc.migrations.iter().map(|m| m.sql.clone()));
        texts.extend(doc.seed.clone().unwrap().script);
        texts.extend(doc.commands.clone());
        for text in texts {
            assert!(text.contains(payload), "{name}: {text:?}");
        }
    }
}

/// Links over the limit are generated here, not committed (they are large by definition).
#[test]
fn over_long_links_are_refused_before_decoding() {
    let just_over = format!("v1.{}", "A".repeat(MAX_LINK_CHARS - 2));
    assert_eq!(
        decode(&just_over),
        Err(ShareError::TooLong {
            length: MAX_LINK_CHARS + 1
        })
    );
    assert_eq!(
        decode(&just_over).unwrap_err().to_string(),
        "The link is too long (200,001 characters; a Seedbed link has at most 200,000), so it was not opened."
    );
    // Not even whitespace is trimmed first: 50 MB is refused at once.
    let huge = " ".repeat(50_000_000);
    let started = std::time::Instant::now();
    assert!(matches!(decode(&huge), Err(ShareError::TooLong { .. })));
    assert!(
        started.elapsed().as_millis() < 50,
        "{:?}",
        started.elapsed()
    );
    // At the limit the link is decoded (and here found to be junk).
    let at_limit = format!("v1.{}", "A".repeat(MAX_LINK_CHARS - 3));
    assert_eq!(at_limit.len(), MAX_LINK_CHARS);
    assert_eq!(decode(&at_limit), Err(ShareError::Truncated));
    let at_limit_with_space = format!("{at_limit} ");
    assert!(matches!(
        decode(&at_limit_with_space),
        Err(ShareError::TooLong { .. })
    ));
}
