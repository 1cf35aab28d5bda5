//! The years a chart, table or download shows: the actual years from the first with figures to
//! the base year, then the projected years to FY2030-31. A value is `None` where the data file
//! has no figure for that year (sectors and groups only from FY2024-25).

use crate::data::{
    Actual, Baseline, Estimated, EXPORT_SECTORS, IMPORT_GROUPS, N_EXPORTS, N_IMPORTS,
};
use crate::fy;
use crate::model::{Projection, Year};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Timeline {
    /// First calendar year with actual figures.
    pub first: i32,
    /// The base year: the last actual year, and the projection's first.
    pub base: i32,
    /// The last projected year (FY2030-31).
    pub last: i32,
}

/// Whether a year is history or projection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum YearKind {
    Actual,
    Projection,
}

impl YearKind {
    /// "actual" / "projection" (CSV, JSON).
    pub fn key(self) -> &'static str {
        match self {
            YearKind::Actual => "actual",
            YearKind::Projection => "projection",
        }
    }
}

impl Timeline {
    pub fn new(b: &Baseline, p: &Projection) -> Timeline {
        Timeline {
            first: b.first_year().min(p.base_year),
            base: p.base_year,
            last: p.year(p.len - 1),
        }
    }
    pub fn len(&self) -> usize {
        (self.last - self.first + 1) as usize
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The calendar year of index i.
    pub fn year(&self, i: usize) -> i32 {
        self.first + i as i32
    }
    /// Index of the base year.
    pub fn base_index(&self) -> usize {
        (self.base - self.first) as usize
    }
    pub fn kind(&self, i: usize) -> YearKind {
        if self.year(i) <= self.base {
            YearKind::Actual
        } else {
            YearKind::Projection
        }
    }
    pub fn label(&self, i: usize) -> String {
        fy::label(self.year(i))
    }
    pub fn years(&self) -> impl Iterator<Item = i32> {
        self.first..=self.last
    }
}

/// One measure over the timeline, from the history and one projection: history before the base
/// year, the projection from it (its year 0 is the base year as the model sees it).
pub fn over(
    tl: &Timeline,
    b: &Baseline,
    p: &Projection,
    actual: impl Fn(&Actual) -> Option<f64>,
    projected: impl Fn(&Year) -> f64,
) -> Vec<Option<f64>> {
    tl.years()
        .map(|y| {
            if y < p.base_year {
                b.actual(y).and_then(&actual)
            } else {
                let t = (y - p.base_year) as usize;
                (t < p.len).then(|| projected(&p.years[t]))
            }
        })
        .collect()
}

/// How a measure reads from an actual year and from a projected one.
#[derive(Clone, Copy)]
pub struct Measure {
    pub actual: fn(&Actual) -> Option<f64>,
    pub projected: fn(&Year) -> f64,
    /// Whether an actual year's figure is partly a press report or our estimate.
    pub estimated: fn(&Estimated) -> bool,
}

pub const EXPORTS: Measure = Measure {
    actual: |a| a.exports,
    projected: |y| y.total_exports,
    estimated: |e| e.exports,
};
pub const IMPORTS: Measure = Measure {
    actual: |a| a.imports,
    projected: |y| y.total_imports,
    estimated: |e| e.imports,
};
pub const TOTAL: Measure = Measure {
    actual: |a| a.total,
    projected: |y| y.total_trade,
    estimated: |e| e.total,
};
pub const BALANCE: Measure = Measure {
    actual: |a| a.balance(),
    projected: |y| y.balance,
    estimated: |e| e.balance(),
};

impl Measure {
    pub fn over(self, tl: &Timeline, b: &Baseline, p: &Projection) -> Vec<Option<f64>> {
        over(tl, b, p, self.actual, self.projected)
    }

    /// For each year of the timeline, whether it is an actual year whose figure is partly a press
    /// report or our estimate (never the base year: the data check requires official figures).
    pub fn estimated(self, tl: &Timeline, b: &Baseline) -> Vec<bool> {
        tl.years()
            .map(|y| y < tl.base && b.actual(y).is_some_and(|a| (self.estimated)(&a.estimated)))
            .collect()
    }
}

/// For each year of the timeline, the figures of an actual year that are partly or wholly a
/// press report, a tracker's or our estimate rather than official, named as the downloads'
/// columns without their unit: `exports`, `imports`, `total_trade`, `balance` (a past
/// year's split from the press, say), `exports_<sector>`, `imports_<group>` (the base year's crude and
/// other fuels) and `crude_volume` (the base year's, a tracker's). Empty for official years and
/// for projected ones.
pub fn estimated_figures(tl: &Timeline, b: &Baseline) -> Vec<Vec<String>> {
    let measures = [
        ("exports", EXPORTS),
        ("imports", IMPORTS),
        ("total_trade", TOTAL),
        ("balance", BALANCE),
    ];
    let by_measure: Vec<(&str, Vec<bool>)> = measures
        .iter()
        .map(|(name, m)| (*name, m.estimated(tl, b)))
        .collect();
    let estimate = |key: &str| b.datum(key).is_some_and(|d| d.tag.is_estimate());
    (0..tl.len())
        .map(|i| {
            let y = tl.year(i);
            if y > tl.base {
                return Vec::new();
            }
            let fy = fy::label(y);
            let mut out: Vec<String> = by_measure
                .iter()
                .filter(|(_, e)| e[i])
                .map(|(name, _)| name.to_string())
                .collect();
            let sectors = EXPORT_SECTORS.iter().map(|s| ("export", "exports", s.id));
            let groups = IMPORT_GROUPS.iter().map(|g| ("import", "imports", g.id));
            for (prefix, column, id) in sectors.chain(groups) {
                if estimate(&format!("{prefix}.{id}.{fy}")) {
                    out.push(format!("{column}_{id}"));
                }
            }
            if y == tl.base && estimate("crude.volume") {
                out.push("crude_volume".into());
            }
            out
        })
        .collect()
}

/// Exports of sector k over the timeline (None in years not split by sector).
pub fn sector(tl: &Timeline, b: &Baseline, p: &Projection, k: usize) -> Vec<Option<f64>> {
    debug_assert!(k < N_EXPORTS);
    over(tl, b, p, |a| a.sectors.map(|s| s[k]), |y| y.exports[k])
}

/// Imports of group k over the timeline.
pub fn group(tl: &Timeline, b: &Baseline, p: &Projection, k: usize) -> Vec<Option<f64>> {
    debug_assert!(k < N_IMPORTS);
    over(tl, b, p, |a| a.groups.map(|g| g[k]), |y| y.imports[k])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{project, Scenario};

    #[test]
    fn history_then_projection() {
        let b = crate::baseline().unwrap();
        let p = project(&b.params, &Scenario::baseline(&b.params));
        let tl = Timeline::new(b, &p);
        assert_eq!((tl.first, tl.base, tl.last), (2017, 2025, 2030));
        assert_eq!(tl.len(), 14);
        assert_eq!(tl.kind(tl.base_index()), YearKind::Actual);
        assert_eq!(tl.kind(tl.base_index() + 1), YearKind::Projection);
        let total = TOTAL.over(&tl, b, &p);
        assert_eq!(total[0], Some(10.68686));
        let exports = EXPORTS.over(&tl, b, &p);
        assert_eq!(exports[0], Some(2.1134));
        assert_eq!(exports[tl.base_index()], Some(4.49352));
        let pharma = sector(&tl, b, &p, 0);
        assert_eq!(pharma[tl.base_index() - 2], None); // FY2023-24: no split
        assert_eq!(pharma[tl.base_index() - 1], Some(0.42109));
    }

    /// In the shipped file only the base year's crude and other fuels (our estimate) and its
    /// crude volume (a tracker's) are not official. In the fixture, FY2020-21's split is a press
    /// report (its total official) and FY2022-23's exports our estimate (and so its total and
    /// balance); every other year, and every projected one, is official.
    #[test]
    fn estimated_figures_name_each_years_unofficial_figures() {
        for (b, fixture) in [
            (crate::baseline().unwrap(), false),
            (crate::baseline_with_estimates(), true),
        ] {
            let p = project(&b.params, &Scenario::baseline(&b.params));
            let tl = Timeline::new(b, &p);
            let e = estimated_figures(&tl, b);
            assert_eq!(e.len(), tl.len());
            for (i, figures) in e.iter().enumerate() {
                let want: &[&str] = match tl.year(i) {
                    2020 if fixture => &["exports", "imports", "balance"],
                    2022 if fixture => &["exports", "total_trade", "balance"],
                    2025 => &["imports_crude", "imports_other_fuels", "crude_volume"],
                    _ => &[],
                };
                assert_eq!(figures, want, "{}", tl.label(i));
            }
        }
    }
}
