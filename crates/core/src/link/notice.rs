//! What a link reader changed or ignored, as data. Each front end says it in its own words: the
//! page in the reader's language (`Notice::for_page`), the command line as an error or a warning
//! (in `crates/cli`).

use crate::inputs::{Input, Panel};
use crate::levers::Lever;

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

impl Target {
    /// A value with its unit, for people ("−50 % a year", "10").
    pub fn display(&self, v: f64) -> String {
        match self {
            Target::Lever(l) | Target::SectorRate(l) => l.display(v),
            Target::Input(_, p) => with_unit(&plain(v), p.unit.en),
        }
    }

    /// The allowed range, for people ("−50 to 20 % a year").
    pub fn range(&self) -> String {
        match self {
            Target::Lever(l) | Target::SectorRate(l) => l.display_range(),
            Target::Input(_, p) => with_unit(
                &format!("{} to {}", plain(p.range.min), plain(p.range.max)),
                p.unit.en,
            ),
        }
    }
}

fn with_unit(text: &str, unit: &str) -> String {
    if unit.is_empty() {
        text.to_string()
    } else {
        format!("{text} {unit}")
    }
}

/// A number as plain text with a typographic minus and no needless zeros ("−0.5", "10").
fn plain(v: f64) -> String {
    let text = format!("{v}");
    if v < 0.0 {
        format!("−{}", &text[1..])
    } else {
        text
    }
}

/// Something the reader of a link changed or ignored.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// The link was cut at this many characters.
    TooLong {
        max: usize,
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
    },
    /// Something about the pinned scenario (`pin=`).
    Pinned(Box<Notice>),
}

impl Notice {
    /// The notice in the page's words.
    pub fn for_page(&self) -> String {
        use crate::link::percent::quote;
        let did_you_mean = |s: &Option<&'static str>| match s {
            Some(k) => format!(" Did you mean `{k}`?"),
            None => String::new(),
        };
        match self {
            Notice::TooLong { max } => {
                format!("The link is longer than {max} characters; the rest was ignored.")
            }
            Notice::Repeated { key } => format!(
                "`{}` appears more than once; the first value was used.",
                quote(key)
            ),
            Notice::UnknownVersion { given } => format!(
                "Unknown link format version `{}`; read as version {}.",
                quote(given),
                crate::link::FORMAT_VERSION
            ),
            Notice::NotAFlag { key, given, used } => format!(
                "`{key}={}` should be 1 or 0; {}.",
                quote(given),
                match (*key, used) {
                    ("embed", _) => "embedded",
                    (_, true) => "controls shown",
                    (_, false) => "controls hidden",
                }
            ),
            Notice::UnknownChart { given } => format!(
                "`chart={}` is not one of {}; showing the whole calculator.",
                quote(given),
                crate::present::chart::ChartId::ALL
                    .map(|c| c.key())
                    .join(", ")
            ),
            Notice::UnknownTheme { given } => format!(
                "`theme={}` is not light, dark or auto; following the system.",
                quote(given)
            ),
            Notice::UnknownLever { given, suggestion } => format!(
                "`levers` names an unknown lever `{}`; ignored.{}",
                quote(given),
                did_you_mean(suggestion)
            ),
            Notice::UnknownKey { key, suggestion } => format!(
                "Ignored unknown setting `{}`.{}",
                quote(key),
                did_you_mean(suggestion)
            ),
            Notice::NotANumber {
                key,
                given,
                target,
                default,
            } => format!(
                "`{}={}` is not a number; used the default, {}.",
                quote(key),
                quote(given),
                target.display(*default)
            ),
            Notice::OutOfRange {
                key,
                given,
                target,
                used,
            } => format!(
                "`{}={}` is outside {}; used {}.",
                quote(key),
                quote(given),
                target.range(),
                target.display(*used)
            ),
            Notice::Pinned(inner) => format!("In the pinned scenario: {}", inner.for_page()),
        }
    }
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
