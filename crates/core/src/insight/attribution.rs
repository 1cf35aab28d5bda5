//! What moved the balance: the change of a final-year measure, the scenario against current
//! trends, split into the four lever groups by Shapley values, so the parts add up to the whole
//! (up to the last bits of floating point) and the order of the groups does not matter.
//!
//! Current trends are every lever at its default under the reader's assumptions (the shipped
//! data with whatever the Assumptions panel changed): the same projection the charts' dashed
//! line, the headline's comparison and the downloads' `baseline` show. Only levers move between
//! current trends and the scenario, so the parts are the four lever groups and nothing else.

use crate::data::Params;
use crate::model::levers::{Part, LEVERS};
use crate::model::{project, Projection, Scenario};
use crate::tr::Tr;

/// A final-year figure the attribution splits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    Balance,
    TotalTrade,
}

impl Measure {
    pub const ALL: [Measure; 2] = [Measure::Balance, Measure::TotalTrade];

    pub fn key(self) -> &'static str {
        match self {
            Measure::Balance => "balance",
            Measure::TotalTrade => "total_trade",
        }
    }
    pub fn name(self) -> Tr {
        match self {
            Measure::Balance => Tr::new("Balance", "व्यापार संतुलन", "Сальдо"),
            Measure::TotalTrade => Tr::new("Total trade", "कुल व्यापार", "Товарооборот"),
        }
    }
    pub fn title(self) -> Tr {
        match self {
            Measure::Balance => Tr::new(
                "What moved the balance",
                "व्यापार संतुलन किससे बदला",
                "Что изменило сальдо",
            ),
            Measure::TotalTrade => Tr::new(
                "What moved total trade",
                "कुल व्यापार किससे बदला",
                "Что изменило товарооборот",
            ),
        }
    }
    pub fn of(self, p: &Projection) -> f64 {
        match self {
            Measure::Balance => p.last().balance,
            Measure::TotalTrade => p.last().total_trade,
        }
    }
}

/// A measure's change and its parts, one per [`Part::ALL`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Attribution {
    pub measure: Measure,
    /// On current trends (every lever at its default, the reader's assumptions), or in the
    /// scenario it starts from (`attribute_between`).
    pub start: f64,
    /// In the scenario.
    pub end: f64,
    pub parts: [f64; 4],
}

impl Attribution {
    pub fn change(&self) -> f64 {
        self.end - self.start
    }
}

const N: usize = Part::ALL.len();

fn has(mask: usize, part: Part) -> bool {
    let i = Part::ALL.iter().position(|p| *p == part).unwrap_or(0);
    mask & (1 << i) != 0
}

/// The scenario with only the groups in `mask` moved; the rest at current trends.
pub fn mixed(params: &Params, s: &Scenario, mask: usize) -> Scenario {
    mixed_from(&Scenario::baseline(params), s, mask)
}

/// `from` with the groups in `mask` moved to where `s` has them.
fn mixed_from(from: &Scenario, s: &Scenario, mask: usize) -> Scenario {
    let mut m = *from;
    for l in LEVERS.iter().filter(|l| has(mask, l.part)) {
        (l.set)(&mut m, (l.get)(s));
    }
    if has(mask, Part::ExportGrowth) {
        m.sector_growth = s.sector_growth;
    }
    m
}

/// Shapley weight of a coalition of k groups, |S|! (n − |S| − 1)! / n!, for n = 4.
fn weight(k: usize) -> f64 {
    const FACT: [f64; 5] = [1.0, 1.0, 2.0, 6.0, 24.0];
    FACT[k] * FACT[N - k - 1] / FACT[N]
}

/// Both measures' attribution: 16 projections, one per coalition of groups, all under the
/// reader's assumptions `params` (so the start is current trends as the rest of the page shows it).
pub fn attribute(params: &Params, s: &Scenario) -> [Attribution; 2] {
    attribute_between(params, &Scenario::baseline(params), s)
}

/// What moved between two scenarios: the same split, starting from `from` (a pinned scenario)
/// instead of current trends; `start` is `from`'s final year, `end` is `s`'s, and the parts add
/// up to the difference. With `from` = `s` every part is exactly 0.
pub fn attribute_between(params: &Params, from: &Scenario, s: &Scenario) -> [Attribution; 2] {
    let values: Vec<[f64; 2]> = (0..1usize << N)
        .map(|mask| {
            let pr = project(params, &mixed_from(from, s, mask));
            Measure::ALL.map(|me| me.of(&pr))
        })
        .collect();
    let full = (1 << N) - 1;
    Measure::ALL
        .into_iter()
        .enumerate()
        .map(|(k, measure)| {
            let v = |mask: usize| values[mask][k];
            let parts = std::array::from_fn(|i| {
                (0..1usize << N)
                    .filter(|mask| mask & (1 << i) == 0)
                    .map(|mask| weight(mask.count_ones() as usize) * (v(mask | 1 << i) - v(mask)))
                    .sum()
            });
            Attribution {
                measure,
                start: v(0),
                end: v(full),
                parts,
            }
        })
        .collect::<Vec<_>>()
        .try_into()
        .unwrap_or_else(|_| unreachable!("two measures"))
}

/// Parts rounded to `decimals` so that they add up to the rounded total (largest remainders
/// first), for sentences and labels that a reader will add up.
pub fn rounded_parts(parts: &[f64], total: f64, decimals: usize) -> Vec<f64> {
    let scale = 10f64.powi(decimals as i32);
    let units = (total * scale).round() as i64;
    let floors: Vec<i64> = parts.iter().map(|p| (p * scale).floor() as i64).collect();
    let mut left = units - floors.iter().sum::<i64>();
    let mut order: Vec<usize> = (0..parts.len()).collect();
    // largest fractional remainder first; ties by position
    order.sort_by(|&a, &b| {
        let ra = parts[a] * scale - floors[a] as f64;
        let rb = parts[b] * scale - floors[b] as f64;
        rb.total_cmp(&ra).then(a.cmp(&b))
    });
    let mut out = floors.clone();
    let n = order.len().max(1) as i64;
    while left != 0 {
        for &i in &order {
            if left == 0 {
                break;
            }
            let d = left.signum();
            out[i] += d;
            left -= d;
        }
        if left.abs() > n * 1000 {
            break; // cannot happen for parts that add up to the total
        }
    }
    out.into_iter().map(|u| u as f64 / scale).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::levers::lever;

    fn params() -> Params {
        crate::baseline().unwrap().params
    }

    #[test]
    fn a_single_moved_group_gets_the_whole_change() {
        let p = params();
        let mut s = Scenario::baseline(&p);
        (lever("oil_stop").unwrap().set)(&mut s, 2027.0);
        (lever("oil").unwrap().set)(&mut s, -10.0);
        for a in attribute(&p, &s) {
            let oil = a.parts[1];
            assert!((oil - a.change()).abs() < 1e-9, "{a:?}");
            assert_eq!([a.parts[0], a.parts[2], a.parts[3]], [0.0; 3]);
        }
        // an assumption changed in the panel is part of current trends, not of the change
        let mut q = p;
        q.exports[0].tariff = 20.0;
        let s = Scenario {
            eaeu_cut: 100.0,
            ..Scenario::baseline(&p)
        };
        let [balance, _] = attribute(&q, &s);
        let trends = project(&q, &Scenario::baseline(&q));
        assert_eq!(balance.start, trends.last().balance);
        assert!(balance.parts[0] > 0.0, "{balance:?}");
        assert_eq!(balance.parts[1..], [0.0; 3]);
        assert!((balance.parts.iter().sum::<f64>() - balance.change()).abs() < 1e-9);
    }

    #[test]
    fn nothing_moved_nothing_attributed() {
        let p = params();
        for a in attribute(&p, &Scenario::baseline(&p)) {
            assert_eq!(a.change(), 0.0);
            assert_eq!(a.parts, [0.0; 4]);
        }
    }

    #[test]
    fn from_a_scenario_to_itself_nothing_moved() {
        let p = params();
        let mut s = Scenario::baseline(&p);
        (lever("eaeu_cut").unwrap().set)(&mut s, 50.0);
        (lever("oil_stop").unwrap().set)(&mut s, 2028.0);
        s.sector_growth[2] = Some(-5.0);
        for a in attribute_between(&p, &s, &s) {
            assert_eq!(a.start, a.end);
            assert_eq!(a.parts, [0.0; 4], "{a:?}");
        }
        // from current trends it is the attribution itself
        assert_eq!(
            attribute_between(&p, &Scenario::baseline(&p), &s),
            attribute(&p, &s)
        );
    }

    #[test]
    fn rounding_keeps_the_sum() {
        // 9.14 + 3.34 = 12.48, shown as 12.5: the parts become 9.2 + 3.3 (ties go to the first)
        assert_eq!(rounded_parts(&[9.14, 3.34], 12.48, 1), vec![9.2, 3.3]);
        let parts = [1.04, 1.04, 1.04, -0.02];
        let r = rounded_parts(&parts, parts.iter().sum(), 1);
        assert!((r.iter().sum::<f64>() - 3.1).abs() < 1e-9, "{r:?}");
        // −2.26 − 1.17 = −3.43, shown as −3.4: naive rounding would give −2.3 − 1.2 = −3.5
        assert_eq!(rounded_parts(&[-2.26, -1.17], -3.43, 1), vec![-2.2, -1.2]);
    }
}
