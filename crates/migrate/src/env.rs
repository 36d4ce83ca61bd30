//! The two impure inputs a command needs, passed in so tests are deterministic and the
//! browser can supply its own: the current time and random bytes for migration ids.

/// The clock and id source of one command run.
pub trait Env {
    /// Milliseconds since the Unix epoch, UTC.
    fn now_millis(&mut self) -> i64;
    /// 16 random bytes for a UUID v4.
    fn random_bytes(&mut self) -> [u8; 16];
}

/// A deterministic environment for tests: a fixed start time advancing one second per
/// reading, and counter-based "random" bytes.
#[derive(Debug, Clone)]
pub struct FixedEnv {
    pub millis: i64,
    pub counter: u64,
}

impl FixedEnv {
    /// 2025-01-01T00:00:00.000Z.
    pub fn new() -> Self {
        FixedEnv {
            millis: 1_735_689_600_000,
            counter: 0,
        }
    }
}

impl Default for FixedEnv {
    fn default() -> Self {
        Self::new()
    }
}

impl Env for FixedEnv {
    fn now_millis(&mut self) -> i64 {
        let now = self.millis;
        self.millis += 1000;
        now
    }

    fn random_bytes(&mut self) -> [u8; 16] {
        self.counter += 1;
        let mut bytes = [0u8; 16];
        bytes[8..].copy_from_slice(&self.counter.to_be_bytes());
        bytes
    }
}

/// The civil date and time of a Unix millisecond timestamp (UTC):
/// (year, month, day, hour, minute, second, millisecond).
fn civil(millis: i64) -> (i64, u32, u32, u32, u32, u32, u32) {
    let days = millis.div_euclid(86_400_000);
    let rem = millis.rem_euclid(86_400_000);
    // Howard Hinnant's days_from_civil inverse.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    let secs = rem / 1000;
    (
        year,
        month,
        day,
        (secs / 3600) as u32,
        ((secs / 60) % 60) as u32,
        (secs % 60) as u32,
        (rem % 1000) as u32,
    )
}

/// `YYYYMMDDHHMMSS`, the prefix of a migration directory name.
pub fn migration_timestamp(millis: i64) -> String {
    let (y, mo, d, h, mi, s, _) = civil(millis);
    format!("{y:04}{mo:02}{d:02}{h:02}{mi:02}{s:02}")
}

/// The Unix milliseconds of a `YYYYMMDDHHMMSS` prefix, when it is one.
pub fn parse_migration_timestamp(name: &str) -> Option<i64> {
    let digits = name.get(..14)?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let num = |r: std::ops::Range<usize>| digits[r].parse::<i64>().ok();
    let (y, mo, d) = (num(0..4)?, num(4..6)?, num(6..8)?);
    let (h, mi, s) = (num(8..10)?, num(10..12)?, num(12..14)?);
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || s > 60 {
        return None;
    }
    // Howard Hinnant's days_from_civil.
    let y = if mo <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = (mo + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(((days * 24 + h) * 60 + mi) * 60_000 + s * 1000)
}

/// RFC 3339 with milliseconds and `+00:00`, as the engine stores dates in SQLite.
pub fn rfc3339(millis: i64) -> String {
    let (y, mo, d, h, mi, s, ms) = civil(millis);
    format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}.{ms:03}+00:00")
}

/// A version-4 UUID in its hyphenated lowercase form.
pub fn uuid_v4(mut bytes: [u8; 16]) -> String {
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        assert_eq!(migration_timestamp(1_735_689_600_000), "20250101000000");
        assert_eq!(rfc3339(1_795_932_272_112), "2026-11-29T06:04:32.112+00:00");
        assert_eq!(rfc3339(951_782_400_000), "2000-02-29T00:00:00.000+00:00");
        assert_eq!(
            parse_migration_timestamp("20250101000000_init"),
            Some(1_735_689_600_000)
        );
        assert_eq!(parse_migration_timestamp("2000022900000x"), None);
        let id = uuid_v4([0xff; 16]);
        assert_eq!(id, "ffffffff-ffff-4fff-bfff-ffffffffffff");
    }
}
