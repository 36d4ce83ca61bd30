//! Client-side id defaults (`uuid()`, `cuid()`, `nanoid()`, `ulid()`), formatted as Prisma
//! Client formats them, but drawn from the cell's seeded generator instead of the clock
//! and the OS.

use crate::rng::Rng;
use std::fmt::Write;

/// A version 4 (random) or version 7 (time-ordered) UUID, lower-case and hyphenated.
pub(crate) fn uuid(rng: &mut Rng, version: u8, time_ms: i64) -> String {
    let mut bytes = [0u8; 16];
    bytes[..8].copy_from_slice(&rng.next_u64().to_be_bytes());
    bytes[8..].copy_from_slice(&rng.next_u64().to_be_bytes());
    if version == 7 {
        let ts = (time_ms.max(0) as u64).to_be_bytes();
        bytes[..6].copy_from_slice(&ts[2..]);
        bytes[6] = 0x70 | (bytes[6] & 0x0f);
    } else {
        bytes[6] = 0x40 | (bytes[6] & 0x0f);
    }
    bytes[8] = 0x80 | (bytes[8] & 0x3f);
    let mut out = String::with_capacity(36);
    for (i, b) in bytes.iter().enumerate() {
        if matches!(i, 4 | 6 | 8 | 10) {
            out.push('-');
        }
        let _ = write!(out, "{b:02x}");
    }
    out
}

fn base36(mut n: u64, width: usize) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut buf = vec![b'0'; width];
    for slot in buf.iter_mut().rev() {
        *slot = DIGITS[(n % 36) as usize];
        n /= 36;
    }
    String::from_utf8(buf).unwrap_or_default()
}

/// cuid v1: `c` + 8 chars of time + 4 of counter + 4 of fingerprint + 8 random, 25 in all.
/// The time and counter come from the row, which is what makes them unique in one run.
pub(crate) fn cuid(rng: &mut Rng, time_ms: i64, row: u64) -> String {
    let fingerprint = rng.below(36u64.pow(4));
    let random = rng.below(36u64.pow(8));
    format!(
        "c{}{}{}{}",
        base36(time_ms.max(0) as u64, 8),
        base36(row, 4),
        base36(fingerprint, 4),
        base36(random, 8)
    )
}

/// cuid2: 24 chars of lower-case base 36, starting with a letter.
pub(crate) fn cuid2(rng: &mut Rng) -> String {
    let first = (b'a' + rng.below(26) as u8) as char;
    let mut out = String::with_capacity(24);
    out.push(first);
    out.push_str(&base36(rng.next_u64(), 12)[1..]);
    out.push_str(&base36(rng.next_u64(), 12));
    out
}

/// nanoid with its URL-safe alphabet (the one Prisma Client uses), 21 chars by default.
pub(crate) fn nanoid(rng: &mut Rng, len: u8) -> String {
    const ALPHABET: &[u8] = b"useandom-26T198340PX75pxJACKVERYMINDBUSHWOLF_GQZbfghjklqvwyzrict";
    (0..len.max(2))
        .map(|_| {
            ALPHABET
                .get(rng.below(ALPHABET.len() as u64) as usize)
                .map_or('_', |b| *b as char)
        })
        .collect()
}

/// ULID: 10 chars of millisecond time + 16 random, Crockford base 32, upper case.
pub(crate) fn ulid(rng: &mut Rng, time_ms: i64) -> String {
    const CROCKFORD: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let value: u128 = (u128::from(time_ms.max(0) as u64 & 0xffff_ffff_ffff) << 80)
        | (u128::from(rng.next_u64()) << 16)
        | u128::from(rng.next_u64() & 0xffff);
    (0..26)
        .rev()
        .map(|i| CROCKFORD[((value >> (i * 5)) & 31) as usize] as char)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_match_prisma_clients() {
        let mut r = Rng::cell(1, 2, 3);
        let u = uuid(&mut r, 4, 0);
        assert_eq!(u.len(), 36);
        assert_eq!(&u[14..15], "4");
        let u7 = uuid(&mut r, 7, 1_735_689_600_000);
        assert!(u7.starts_with("01941f29-7c00-7"), "{u7}");
        let c = cuid(&mut r, 1_735_689_600_000, 5);
        assert_eq!(c.len(), 25);
        assert!(c.starts_with('c'));
        let c2 = cuid2(&mut r);
        assert_eq!(c2.len(), 24);
        assert!(c2.as_bytes()[0].is_ascii_lowercase());
        assert_eq!(nanoid(&mut r, 21).len(), 21);
        let l = ulid(&mut r, 1_735_689_600_000);
        assert_eq!(l.len(), 26);
        assert!(l.starts_with("01JGFJJZ00"), "{l}");
    }
}
