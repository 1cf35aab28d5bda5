//! Which official release a data file reflects: its `vintage.*` rows (text, not figures).

/// Which official release a data file reflects (its `vintage.*` rows, text values).
#[derive(Clone, Copy, Debug, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Vintage {
    /// The release's year and month, `2026-07`: what a link's `data=` names.
    pub id: &'static str,
    /// The release's date, `2026-07-18` (or `2025-08` when only the month is known).
    pub date: &'static str,
    /// The fiscal years it covers, in words: `FY2017-18 to FY2025-26`.
    pub covers: &'static str,
    /// Which official release, in words (the id row's source).
    pub source: &'static str,
}

impl Vintage {
    /// The release's year and month as numbers (the id is checked to be `YYYY-MM`).
    pub fn year_month(&self) -> (i32, u32) {
        year_month(self.id).unwrap_or_default()
    }
    /// The day of the month, when the date gives one.
    pub fn day(&self) -> Option<u32> {
        self.date.get(8..).and_then(|d| d.parse().ok())
    }
}

/// `2026-07` → (2026, 7).
pub fn year_month(s: &str) -> Option<(i32, u32)> {
    let (y, m) = s.split_once('-')?;
    let ok =
        y.len() == 4 && m.len() == 2 && (y.chars().chain(m.chars())).all(|c| c.is_ascii_digit());
    let (y, m): (i32, u32) = (y.parse().ok()?, m.parse().ok()?);
    (ok && (1..=12).contains(&m)).then_some((y, m))
}

/// A release date: `YYYY-MM-DD` (a real day of that month) or `YYYY-MM`.
pub(crate) fn valid_date(s: &str) -> bool {
    let Some((y, m)) = year_month(s.get(..7).unwrap_or("")) else {
        return false;
    };
    match s.get(7..) {
        Some("") => true,
        Some(rest) => {
            let days = match m {
                2 if y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) => 29,
                2 => 28,
                4 | 6 | 9 | 11 => 30,
                _ => 31,
            };
            rest.len() == 3
                && rest.starts_with('-')
                && rest[1..].chars().all(|c| c.is_ascii_digit())
                && rest[1..]
                    .parse::<u32>()
                    .is_ok_and(|d| (1..=days).contains(&d))
        }
        None => false,
    }
}

/// The keys of a release's metadata rows, in the order a data file writes them.
pub const RELEASE_KEYS: [&str; 3] = ["vintage.id", "vintage.date", "vintage.covers"];

/// A release's metadata row (text, not a figure: `Baseline::vintage`, not a `Datum`).
pub fn is_release_row(key: &str) -> bool {
    RELEASE_KEYS.contains(&key)
}
