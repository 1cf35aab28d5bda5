//! The four charts as data: which series each draws, their y-axis ticks, stacking, and the
//! readout for one year. The page's live SVG and the downloadable SVG both draw from here.

use crate::data::{EXPORT_SECTORS, IMPORT_GROUPS};
use crate::model::{fy_label, Projection, Year, N_YEARS};
use crate::present::format::num;
use crate::present::narrative;
use crate::tr::Tr;

/// A chart of the page (and its key in links: `chart=total`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChartId {
    Balance,
    Total,
    Exports,
    Imports,
}

/// Lines (scenario against current trends, with an optional target) or stacked bars.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Kind {
    Lines { target: Option<f64> },
    Stacked,
}

/// What colour a series has (a CSS class on the page, an explicit colour in downloads).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paint {
    Scenario,
    Baseline,
    /// The k-th colour of the categorical palette.
    Category(usize),
}

impl Paint {
    /// The page's CSS class.
    pub fn class(self) -> &'static str {
        match self {
            Paint::Scenario => "s-scenario",
            Paint::Baseline => "s-base",
            Paint::Category(k) => CLASSES[k % CLASSES.len()],
        }
    }

    /// The colour in the light theme (downloads draw on white).
    pub fn colour(self) -> &'static str {
        match self {
            Paint::Scenario => palette::SCENARIO,
            Paint::Baseline => palette::BASELINE,
            Paint::Category(k) => palette::CATEGORIES[k % palette::CATEGORIES.len()],
        }
    }
}

const CLASSES: [&str; 7] = ["c0", "c1", "c2", "c3", "c4", "c5", "c6"];

/// The colours, once: the Okabe–Ito palette (colour-blind safe). `style/main.css` uses the same
/// values (a test checks it).
pub mod palette {
    pub const SCENARIO: &str = "#0072b2";
    pub const BASELINE: &str = "#6b6b6b";
    pub const TARGET: &str = "#e69f00";
    pub const CATEGORIES: [&str; 7] = [
        "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#999999",
    ];
}

#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub name: Tr,
    pub paint: Paint,
    pub dashed: bool,
    pub values: [f64; N_YEARS],
}

const SCENARIO: Tr = Tr::new("Your scenario");
const CURRENT_TRENDS: Tr = Tr::new("Current trends");

fn pick(p: &Projection, f: impl Fn(&Year) -> f64) -> [f64; N_YEARS] {
    let mut v = [0.0; N_YEARS];
    for (t, y) in p.years.iter().enumerate() {
        v[t] = f(y);
    }
    v
}

fn lines(sc: &Projection, base: &Projection, f: fn(&Year) -> f64) -> Vec<Series> {
    vec![
        Series {
            name: SCENARIO,
            paint: Paint::Scenario,
            dashed: false,
            values: pick(sc, f),
        },
        Series {
            name: CURRENT_TRENDS,
            paint: Paint::Baseline,
            dashed: true,
            values: pick(base, f),
        },
    ]
}

fn stacked(
    sc: &Projection,
    sectors: &[crate::data::Sector],
    f: fn(&Year, usize) -> f64,
) -> Vec<Series> {
    sectors
        .iter()
        .enumerate()
        .map(|(k, s)| Series {
            name: s.label,
            paint: Paint::Category(k),
            dashed: false,
            values: pick(sc, |y| f(y, k)),
        })
        .collect()
}

impl ChartId {
    pub const ALL: [ChartId; 4] = [
        ChartId::Balance,
        ChartId::Total,
        ChartId::Exports,
        ChartId::Imports,
    ];

    /// The key in links and element ids.
    pub fn key(self) -> &'static str {
        match self {
            ChartId::Balance => "balance",
            ChartId::Total => "total",
            ChartId::Exports => "exports",
            ChartId::Imports => "imports",
        }
    }

    pub fn parse(s: &str) -> Option<ChartId> {
        ChartId::ALL.into_iter().find(|c| c.key() == s)
    }

    pub fn title(self) -> Tr {
        Tr::new(match self {
            ChartId::Balance => "Trade balance",
            ChartId::Total => "Total trade against the US$ 100 bn target",
            ChartId::Exports => "India's exports to Russia by sector",
            ChartId::Imports => "India's imports from Russia by group",
        })
    }

    /// The chart's kind and series for a scenario beside current trends.
    pub fn data(self, sc: &Projection, base: &Projection) -> (Kind, Vec<Series>) {
        match self {
            ChartId::Balance => (Kind::Lines { target: None }, lines(sc, base, |y| y.balance)),
            ChartId::Total => (
                Kind::Lines {
                    target: Some(sc.target),
                },
                lines(sc, base, |y| y.total_trade),
            ),
            ChartId::Exports => (
                Kind::Stacked,
                stacked(sc, &EXPORT_SECTORS, |y, k| y.exports[k]),
            ),
            ChartId::Imports => (
                Kind::Stacked,
                stacked(sc, &IMPORT_GROUPS, |y, k| y.imports[k]),
            ),
        }
    }

    /// The chart's one-sentence summary (its text alternative).
    pub fn summary(self, sc: &Projection, base: &Projection) -> String {
        match self {
            ChartId::Balance => narrative::balance_chart(sc, base),
            ChartId::Total => narrative::total_chart(sc, base),
            ChartId::Exports => narrative::exports_chart(sc),
            ChartId::Imports => narrative::imports_chart(sc),
        }
    }
}

/// Round numbers for the axis: a step of 1, 2 or 5 × 10ᵏ giving about four intervals.
pub fn nice_ticks(lo: f64, hi: f64) -> Vec<f64> {
    let span = (hi - lo).max(1e-9);
    let raw = span / 4.0;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag);
    let start = (lo / step).floor() * step;
    let mut ticks = Vec::new();
    let mut v = start;
    while v <= hi + step * 0.5 && ticks.len() < 12 {
        ticks.push(if v.abs() < step * 1e-9 { 0.0 } else { v });
        v += step;
    }
    ticks
}

/// The y axis a chart needs: lowest and highest value drawn, and the ticks.
#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    pub lo: f64,
    pub hi: f64,
    pub ticks: Vec<f64>,
}

impl Axis {
    /// Decimals for tick labels.
    pub fn decimals(&self) -> usize {
        if self.ticks.len() > 1 && (self.ticks[1] - self.ticks[0]) < 1.0 {
            1
        } else {
            0
        }
    }

    /// Position of `v` between `top` (at `hi`) and `bottom` (at `lo`).
    pub fn scale(&self, v: f64, top: f64, bottom: f64) -> f64 {
        top + (self.hi - v) / (self.hi - self.lo) * (bottom - top)
    }
}

/// The value range and ticks a chart's y axis needs.
pub fn axis(kind: Kind, data: &[Series]) -> Axis {
    let (mut lo, mut hi) = (0.0f64, 0.0f64);
    match kind {
        Kind::Lines { target } => {
            for v in data.iter().flat_map(|s| s.values) {
                if v.is_finite() {
                    lo = lo.min(v);
                    hi = hi.max(v);
                }
            }
            if let Some(t) = target {
                hi = hi.max(t);
            }
        }
        Kind::Stacked => {
            for t in 0..N_YEARS {
                hi = hi.max(data.iter().map(|s| s.values[t].max(0.0)).sum());
            }
        }
    }
    if hi - lo < 1e-9 {
        hi = lo + 1.0;
    }
    let ticks = nice_ticks(lo, hi);
    Axis {
        lo: ticks.first().copied().unwrap_or(lo).min(lo),
        hi: ticks.last().copied().unwrap_or(hi).max(hi),
        ticks,
    }
}

/// Bottom and top of series `k`'s bar in year `t` of a stacked chart (negative values draw as 0).
pub fn stack(data: &[Series], k: usize, t: usize) -> (f64, f64) {
    let below: f64 = data[..k.min(data.len())]
        .iter()
        .map(|s| s.values[t].max(0.0))
        .sum();
    let own = data.get(k).map_or(0.0, |s| s.values[t].max(0.0));
    (below, below + own)
}

/// "FY2029-30: Your scenario 77.5 · Current trends 78.1 (US$ bn)"; stacked charts add the total.
pub fn readout(kind: Kind, data: &[Series], t: usize) -> String {
    let parts: Vec<String> = data
        .iter()
        .map(|s| format!("{} {}", s.name.en, num(s.values[t], 1)))
        .collect();
    let total = if kind == Kind::Stacked {
        format!(
            " · total {}",
            num(data.iter().map(|s| s.values[t]).sum::<f64>(), 1)
        )
    } else {
        String::new()
    };
    format!("{}: {}{total} (US$ bn)", fy_label(t), parts.join(" · "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{project, Scenario};

    #[test]
    fn ticks_are_round() {
        assert_eq!(nice_ticks(0.0, 77.5), vec![0.0, 20.0, 40.0, 60.0, 80.0]);
        assert_eq!(nice_ticks(-59.0, 0.0), vec![-60.0, -40.0, -20.0, 0.0]);
        assert_eq!(nice_ticks(0.0, 1.0), vec![0.0, 0.5, 1.0]);
    }

    #[test]
    fn charts_round_trip_their_keys_and_stack_adds_up() {
        for c in ChartId::ALL {
            assert_eq!(ChartId::parse(c.key()), Some(c));
        }
        assert_eq!(ChartId::parse("pie"), None);
        let p = crate::baseline().unwrap().params;
        let sc = project(&p, &Scenario::baseline(&p));
        let (kind, data) = ChartId::Exports.data(&sc, &sc);
        assert_eq!(kind, Kind::Stacked);
        let (_, top) = stack(&data, data.len() - 1, 6);
        assert!((top - sc.years[6].total_exports).abs() < 1e-9);
        assert!(readout(kind, &data, 6).starts_with("FY2030-31: Pharmaceuticals"));
    }
}
