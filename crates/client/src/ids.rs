//! Client-side default values: `uuid()`, `cuid()`, `nanoid()`, `ulid()`, `now()`.
//!
//! Randomness and time come from [`crate::Ctx`] (a seeded splitmix64 generator and a clock
//! value) so the crate needs no `getrandom`/`SystemTime` on wasm and tests are deterministic.
//! Formats match what Prisma's engine generates; the bits are ours.

use crate::Ctx;
use seedbed_psl::DefaultKind;

const BASE36: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
const NANOID: &[u8] = b"useandom-26T198340PX75pxJACKVERYMINDBUSHWOLF_GQZbfghjklqvwyzrict";
const CROCKFORD: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// The generated value of a client-side default, or `None` when the database computes it.
pub fn generate(kind: &DefaultKind, ctx: &mut Ctx) -> Option<String> {
    Some(match kind {
        DefaultKind::Uuid(7) => uuid_v7(ctx),
        DefaultKind::Uuid(_) => uuid_v4(ctx),
        DefaultKind::Cuid(2) => cuid2(ctx),
        DefaultKind::Cuid(_) => cuid1(ctx),
        DefaultKind::Nanoid(n) => nanoid(ctx, n.map_or(21, usize::from)),
        DefaultKind::Ulid => ulid(ctx),
        _ => return None,
    })
}

fn uuid_string(b: [u8; 16]) -> String {
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

fn random_bytes(ctx: &mut Ctx) -> [u8; 16] {
    let mut b = [0u8; 16];
    b[..8].copy_from_slice(&ctx.next_u64().to_le_bytes());
    b[8..].copy_from_slice(&ctx.next_u64().to_le_bytes());
    b
}

pub fn uuid_v4(ctx: &mut Ctx) -> String {
    let mut b = random_bytes(ctx);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    uuid_string(b)
}

pub fn uuid_v7(ctx: &mut Ctx) -> String {
    let mut b = random_bytes(ctx);
    let ms = (ctx.now_ms.max(0) as u64).to_be_bytes();
    b[..6].copy_from_slice(&ms[2..]);
    b[6] = (b[6] & 0x0f) | 0x70;
    b[8] = (b[8] & 0x3f) | 0x80;
    uuid_string(b)
}

fn base36(mut n: u64, width: usize) -> String {
    let mut out = Vec::new();
    while n > 0 {
        out.push(BASE36[(n % 36) as usize]);
        n /= 36;
    }
    while out.len() < width {
        out.push(b'0');
    }
    out.reverse();
    let s = String::from_utf8(out).unwrap_or_default();
    s[s.len() - width..].to_owned()
}

/// cuid v1: `c` + time (8) + counter (4) + fingerprint (4) + random (8) = 25 chars.
pub fn cuid1(ctx: &mut Ctx) -> String {
    ctx.cuid_counter = (ctx.cuid_counter + 1) % 1_679_616;
    let fingerprint = ctx.fingerprint % 1_679_616;
    let r1 = ctx.next_u64() % 1_679_616;
    let r2 = ctx.next_u64() % 1_679_616;
    format!(
        "c{}{}{}{}{}",
        base36(ctx.now_ms.max(0) as u64, 8),
        base36(u64::from(ctx.cuid_counter), 4),
        base36(fingerprint, 4),
        base36(r1, 4),
        base36(r2, 4)
    )
}

/// cuid2: 24 lowercase base36 chars starting with a letter.
pub fn cuid2(ctx: &mut Ctx) -> String {
    let mut s = String::with_capacity(24);
    s.push(BASE36[10 + (ctx.next_u64() % 26) as usize] as char);
    while s.len() < 24 {
        s.push(BASE36[(ctx.next_u64() % 36) as usize] as char);
    }
    s
}

pub fn nanoid(ctx: &mut Ctx, len: usize) -> String {
    (0..len)
        .map(|_| NANOID[(ctx.next_u64() % 64) as usize] as char)
        .collect()
}

/// ULID: 48-bit time then 80 random bits, Crockford base32 (26 chars).
pub fn ulid(ctx: &mut Ctx) -> String {
    let time = ctx.now_ms.max(0) as u128 & ((1 << 48) - 1);
    let rand =
        (u128::from(ctx.next_u64()) << 16 | u128::from(ctx.next_u64() & 0xffff)) & ((1 << 80) - 1);
    let n = time << 80 | rand;
    (0..26)
        .rev()
        .map(|i| CROCKFORD[((n >> (i * 5)) & 31) as usize] as char)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        let mut ctx = Ctx::new(1_700_000_000_000, 7);
        let u = uuid_v4(&mut ctx);
        assert_eq!(u.len(), 36);
        assert_eq!(&u[14..15], "4");
        let u7 = uuid_v7(&mut ctx);
        assert!(u7.starts_with("018bcfe5-6800-7"), "{u7}");
        let c = cuid1(&mut ctx);
        assert_eq!(c.len(), 25);
        assert!(c.starts_with('c'));
        assert_eq!(cuid2(&mut ctx).len(), 24);
        assert_eq!(nanoid(&mut ctx, 21).len(), 21);
        let l = ulid(&mut ctx);
        assert_eq!(l.len(), 26);
        assert!(l.starts_with("01HF"), "{l}");
    }
}
