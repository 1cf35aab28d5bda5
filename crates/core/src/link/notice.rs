//! What a link reader changed or ignored, as data: what a number was meant to set (`Target`) and
//! what happened to it (`Notice`), with suggestions for mistyped keys. Each front end says it in
//! its own words: the page in the reader's language (`present::words::notices`), the command line as an
//! error or a warning (in `crates/cli`).

use crate::data::inputs::{Input, Panel};
use crate::model::levers::Lever;

/// What a number in a link was meant to set.
#[derive(Clone, Copy)]
pub enum Target {
    Lever(&'static Lever),
    /// A per-sector override of the sector lever (`g_pharma`): the lever's unit and range.
    SectorRate(&'static Lever),
    Input(&'static Input, &'static Panel),
}

impl PartialEq for Target {
    fn eq(&self, other: &Target) -> bool {
        match (self, other) {
            (Target::Lever(a), Target::Lever(b))
            | (Target::SectorRate(a), Target::SectorRate(b)) => a.key == b.key,
            (Target::Input(a, _), Target::Input(b, _)) => a.key == b.key,
            _ => false,
        }
    }
}

impl std::fmt::Debug for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Target::Lever(l) => write!(f, "Lever({})", l.key),
            Target::SectorRate(l) => write!(f, "SectorRate({})", l.key),
            Target::Input(i, _) => write!(f, "Input({})", i.key),
        }
    }
}

/// Something the reader of a link changed or ignored.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// The link was cut at this many characters.
    TooLong {
        max: usize,
    },
    /// The scenario's name was longer than `max` characters and was cut.
    NameCut {
        max: usize,
    },
    /// A chart's own title, subtitle or note (`key`) was longer than `max` characters and was cut.
    TextCut {
        key: &'static str,
        max: usize,
    },
    /// A text of the link (`key`: `name`, …) held bidirectional formatting characters, which
    /// were removed; `cut`: it was also longer than this many characters and was shortened.
    BidiRemoved {
        key: &'static str,
        cut: Option<usize>,
    },
    /// A key appeared again; the first value was used.
    Repeated {
        key: String,
    },
    /// An unknown format version (read as the current one).
    UnknownVersion {
        given: String,
    },
    /// `embed` or `controls` with a value other than 1 or 0.
    NotAFlag {
        key: &'static str,
        given: String,
        used: bool,
    },
    UnknownChart {
        given: String,
    },
    UnknownTheme {
        given: String,
    },
    /// `data=` names no vintage of the data the calculator has: the newest (`latest`) is used.
    UnknownVintage {
        given: String,
        latest: &'static str,
    },
    /// The link's vintage (`data=`, known) could not be loaded by the page (offline and never
    /// fetched): the newest (`latest`) is used.
    VintageUnavailable {
        id: &'static str,
        latest: &'static str,
    },
    /// `lang=` names a language the page does not speak.
    UnknownLang {
        given: String,
    },
    /// `cur=` names a currency the page does not show.
    UnknownCurrency {
        given: String,
    },
    /// A name in `levers=` that is no lever.
    UnknownLever {
        given: String,
        suggestion: Option<&'static str>,
    },
    UnknownKey {
        key: String,
        suggestion: Option<&'static str>,
    },
    /// Not a finite number; the default was kept.
    NotANumber {
        key: String,
        given: String,
        target: Target,
        default: f64,
    },
    /// Outside the allowed range; the nearest end was used.
    OutOfRange {
        key: String,
        given: String,
        target: Target,
        used: f64,
        /// The base year of the data the link was read against (a year lever's range starts the
        /// year after it).
        base_year: i32,
    },
    /// Between two steps of the lever; the nearest step was used.
    Snapped {
        key: String,
        given: String,
        target: Target,
        used: f64,
    },
    /// An old link's change to a base-year actual figure (`a_x_pharma_v`): records are not
    /// assumptions; ignored.
    ActualFigure {
        key: String,
    },
    /// An assumption inside `pin=`: the pinned scenario is drawn under the page's assumptions.
    PinnedAssumption {
        key: String,
    },
    /// A `pin=` inside `pin=`.
    PinInPin,
    /// A `pinname=` in a link with no `pin=`: ignored.
    PinNameWithoutPin,
    /// A `pin=` that names no lever the page knows: current trends are pinned.
    PinnedNothing,
    /// Something about the pinned scenario (`pin=`).
    Pinned(Box<Notice>),
}

/// Edit distance with transpositions (optimal string alignment), on characters.
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = v;
        }
    }
    d[a.len()][b.len()]
}

/// The known name closest to `given`, if it is close enough to be a typo (as cargo and ripgrep
/// suggest: at most one edit for short names, two for longer ones, a third of the name at most).
pub fn closest<'a>(given: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let given = given.to_ascii_lowercase();
    if given.is_empty() || given.chars().count() > 40 {
        return None;
    }
    let limit = (given.chars().count() / 3).clamp(1, 2);
    known
        .into_iter()
        .map(|k| (distance(&given, k), k))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_catch_typos_only() {
        let known = ["eaeu_cut", "oil", "oil_price", "growth", "embed"];
        assert_eq!(closest("eaeucut", known), Some("eaeu_cut"));
        assert_eq!(closest("EAEU_CUT", known), Some("eaeu_cut"));
        assert_eq!(closest("oli", known), Some("oil"));
        assert_eq!(closest("grwoth", known), Some("growth"));
        assert_eq!(closest("zz", known), None);
        assert_eq!(closest("price", known), None);
        assert_eq!(closest("", known), None);
    }
}
