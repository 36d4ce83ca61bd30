//! Property-style checks on random and mutated input: `decode` never panics, every refusal
//! has a sane one-line message, and anything it accepts is valid and round-trips.
//! Deterministic (a fixed-seed xorshift), so a failure reproduces exactly.

mod support;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use seedbed_share::{ShareDoc, decode, encode, validate};

/// xorshift64*: tiny, deterministic, good enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    fn byte(&mut self) -> u8 {
        self.next() as u8
    }
}

const CASES: usize = 2_000;

/// The one property: no panic (the test would fail), and the outcome is coherent.
fn outcome(input: &str) -> Result<ShareDoc, String> {
    match decode(input) {
        Ok(doc) => {
            assert_eq!(
                validate(&doc),
                Ok(()),
                "accepted an invalid doc from {input:?}"
            );
            assert_eq!(
                decode(&encode(&doc)).as_ref(),
                Ok(&doc),
                "no round trip for {input:?}"
            );
            Ok(doc)
        }
        Err(err) => {
            let message = err.message();
            assert!(message.starts_with("Th"), "{message}");
            assert!(message.ends_with('.'), "{message}");
            assert!(message.chars().count() < 600, "{message}");
            assert!(!message.chars().any(char::is_control), "{message:?}");
            Err(message)
        }
    }
}

fn packed(bytes: &[u8]) -> String {
    format!(
        "v1.{}",
        URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(bytes, 10))
    )
}

#[test]
fn random_strings_never_panic() {
    let mut rng = Rng(0x5eed_bed5_0000_0001);
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+/=.#v \n";
    for _ in 0..CASES {
        let len = rng.below(400);
        let mut bytes: Vec<u8> = (0..len)
            .map(|_| {
                if rng.below(4) == 0 {
                    rng.byte()
                } else {
                    alphabet[rng.below(alphabet.len())]
                }
            })
            .collect();
        if rng.below(2) == 0 {
            bytes.splice(0..0, *b"v1.");
        }
        let text = String::from_utf8_lossy(&bytes);
        let _ = outcome(&text);
    }
}

#[test]
fn mutated_links_never_panic() {
    let mut rng = Rng(0x5eed_bed5_0000_0002);
    let good = encode(&support::lesson_with_seed());
    let mut accepted = 0;
    for _ in 0..CASES {
        let mut chars: Vec<char> = good.chars().collect();
        for _ in 0..=rng.below(3) {
            let at = rng.below(chars.len());
            match rng.below(6) {
                0 => chars[at] = (b'A' + rng.below(26) as u8) as char,
                1 => {
                    chars.remove(at);
                }
                2 => chars.insert(at, ['-', '_', '+', '/', '=', 'é', ' ', '\0'][rng.below(8)]),
                3 => chars.truncate(at),
                4 => {
                    let end = (at + rng.below(50)).min(chars.len());
                    let slice: Vec<char> = chars[at..end].to_vec();
                    chars.splice(at..at, slice);
                }
                _ => {
                    let other = rng.below(chars.len());
                    chars.swap(at, other);
                }
            }
            if chars.is_empty() {
                break;
            }
        }
        let text: String = chars.into_iter().collect();
        accepted += outcome(&text).is_ok() as usize;
    }
    // Base64 flips mostly land inside the deflate stream; a few survive as changed text.
    eprintln!("mutated links: {accepted} of {CASES} decoded");
}

#[test]
fn mutated_deflate_streams_never_panic() {
    let mut rng = Rng(0x5eed_bed5_0000_0003);
    let json = serde_json::to_vec(&support::lesson_with_seed()).unwrap();
    let stream = miniz_oxide::deflate::compress_to_vec(&json, 10);
    let mut accepted = 0;
    for _ in 0..CASES {
        let mut bytes = stream.clone();
        for _ in 0..=rng.below(4) {
            let at = rng.below(bytes.len());
            match rng.below(4) {
                0 => bytes[at] ^= 1 << rng.below(8),
                1 => bytes[at] = rng.byte(),
                2 => bytes.truncate(at.max(1)),
                _ => bytes.insert(at, rng.byte()),
            }
        }
        let text = format!("v1.{}", URL_SAFE_NO_PAD.encode(&bytes));
        accepted += outcome(&text).is_ok() as usize;
    }
    eprintln!("mutated deflate streams: {accepted} of {CASES} decoded");
}

#[test]
fn mutated_json_never_panics() {
    let mut rng = Rng(0x5eed_bed5_0000_0004);
    let json = serde_json::to_string(&support::lesson_with_seed()).unwrap();
    let pieces = [
        "\\u0000",
        "\\u001b",
        "\\u202e",
        "\"",
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        "null",
        "-1",
        "1e999",
        "4294967296",
        "\\ud800",
        "\"x\":1,",
        "../",
        "<script>",
        "\n",
        "é",
        "🌱",
        "\\",
    ];
    let mut accepted = 0;
    for _ in 0..CASES {
        let mut text = json.clone();
        for _ in 0..=rng.below(3) {
            let mut at = rng.below(text.len());
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            match rng.below(3) {
                0 => text.insert_str(at, pieces[rng.below(pieces.len())]),
                1 => {
                    let mut end = (at + 1 + rng.below(20)).min(text.len());
                    while !text.is_char_boundary(end) {
                        end -= 1;
                    }
                    text.replace_range(at..end, "");
                }
                _ => text.truncate(at),
            }
        }
        accepted += outcome(&packed(text.as_bytes())).is_ok() as usize;
    }
    eprintln!("mutated JSON: {accepted} of {CASES} decoded");
    assert!(
        accepted > 0,
        "no mutation kept a valid document: the test lost its reach"
    );
}
