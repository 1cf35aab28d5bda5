//! Indian fiscal years (April to March), named by their first calendar year: 2025 is FY2025-26.

/// The last year projected: FY2030-31, the year of the two governments' target.
pub const HORIZON: i32 = 2030;

/// Most years a projection holds, base year included (so the base year is FY2023-24 or later).
pub const MAX_YEARS: usize = 8;

/// "FY2025-26" for 2025.
pub fn label(year: i32) -> String {
    format!("FY{}-{:02}", year, (year + 1).rem_euclid(100))
}

/// "25-26" for 2025 (chart axes).
pub fn short(year: i32) -> String {
    format!(
        "{:02}-{:02}",
        year.rem_euclid(100),
        (year + 1).rem_euclid(100)
    )
}

/// The year a label names: "FY2025-26" → 2025. None unless the two halves follow each other.
pub fn parse(s: &str) -> Option<i32> {
    let rest = s.strip_prefix("FY")?;
    let (a, b) = rest.split_once('-')?;
    if a.len() != 4 || b.len() != 2 {
        return None;
    }
    let year: i32 = a.parse().ok()?;
    let next: i32 = b.parse().ok()?;
    (next == (year + 1).rem_euclid(100)).then_some(year)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_round_trip() {
        assert_eq!(label(2025), "FY2025-26");
        assert_eq!(label(2099), "FY2099-00");
        assert_eq!(short(2017), "17-18");
        assert_eq!(parse("FY2025-26"), Some(2025));
        assert_eq!(parse("FY2099-00"), Some(2099));
        for bad in ["FY2025-27", "2025-26", "FY25-26", "FY2025", "FYabcd-ef"] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }
}
