//! Named, illustrative scenarios, each with what it assumes and the source that motivates it.

use crate::data::Params;
use crate::levers::{sector_lever, Lever};
use crate::model::{project, Scenario, N_YEARS};
use crate::tr::Tr;

pub struct Preset {
    pub id: &'static str,
    pub name: Tr,
    /// One line: what it assumes.
    pub assumes: Tr,
    /// What motivates it.
    pub source: Tr,
    pub build: fn(&Params) -> Scenario,
}

/// A full FTA: most duties removed both ways, starting FY2026-27, phased over five years.
fn fta(p: &Params) -> Scenario {
    Scenario {
        eaeu_cut: 80.0,
        india_cut: 50.0,
        start_year: 2026.0,
        phase_years: 5.0,
        ..Scenario::baseline(p)
    }
}

pub const PRESETS: &[Preset] = &[
    Preset {
        id: "current",
        name: Tr::new("Current trends"),
        assumes: Tr::new("Exports grow 12 % a year as over the past decade, crude volumes hold at the FY2024-25 level, no tariff cuts."),
        source: Tr::new("Export growth: about 12 % a year over a decade (TheInterviewTimes.com, 10 Nov 2025); non-oil imports: +3.9 % FY2023-24 to FY2024-25 (official)."),
        build: Scenario::baseline,
    },
    Preset {
        id: "fta",
        name: Tr::new("An FTA from FY2026-27"),
        assumes: Tr::new("The EAEU removes 80 % of its duty on Indian goods and India half of its duty on Russian non-oil goods, phased over five years from FY2026-27."),
        source: Tr::new("India–EAEU FTA terms of reference signed 20 Aug 2025; first round of talks in late 2025 (news reports, Dec 2025)."),
        build: fta,
    },
    Preset {
        id: "crude_fall",
        name: Tr::new("Russian crude keeps falling"),
        assumes: Tr::new("India buys a fifth less Russian crude every year, with a wider discount of US$ 5 a barrel."),
        source: Tr::new("Russian crude to India fell from about 1.7 mb/d (FY2024-25) to 1.1–1.2 mb/d in Dec 2025 (Kpler, CREA) under US tariffs and sanctions."),
        build: |p| Scenario {
            oil_change: -20.0,
            oil_discount: 5.0,
            ..Scenario::baseline(p)
        },
    },
    Preset {
        id: "target",
        name: Tr::new("What reaching US$ 100 bn takes"),
        assumes: Tr::new("The FTA above, crude volumes held, and the export growth found by search that brings total trade to US$ 100 bn in FY2030-31."),
        source: Tr::new("The US$ 100 bn by 2030 target set by both governments (July 2024)."),
        build: |p| {
            let s = fta(p);
            Scenario {
                growth: growth_to_reach(p, &s, p.target, sector_lever()).unwrap_or(s.growth),
                ..s
            }
        },
    },
];

pub fn preset(id: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|p| p.id == id)
}

/// Goal seeking: the smallest value of lever `l` (export growth) on its step grid at which total
/// trade in FY2030-31 reaches `target`, other levers as in `s`; None if even the maximum falls short.
pub fn growth_to_reach(p: &Params, s: &Scenario, target: f64, l: &Lever) -> Option<f64> {
    let total = |g: f64| {
        let mut t = *s;
        (l.set)(&mut t, g);
        project(p, &t).years[N_YEARS - 1].total_trade
    };
    if total(l.max) < target {
        return None;
    }
    // total trade rises with growth: bisect over step indices
    let (mut lo, mut hi) = (0i64, ((l.max - l.min) / l.step).round() as i64);
    if total(l.min) >= target {
        return Some(l.min);
    }
    while hi - lo > 1 {
        let mid = (lo + hi) / 2;
        if total(l.min + mid as f64 * l.step) >= target {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    Some(l.min + hi as f64 * l.step)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::levers::LEVERS;

    fn params() -> Params {
        crate::baseline().unwrap().params
    }

    #[test]
    fn every_preset_is_within_the_levers_ranges() {
        let p = params();
        for pr in PRESETS {
            let s = (pr.build)(&p);
            for l in LEVERS {
                let v = (l.get)(&s);
                assert!(l.min <= v && v <= l.max, "{}: {} = {v}", pr.id, l.key);
                assert_eq!(
                    l.fit(v, &p).value(),
                    v,
                    "{}: {} off the step grid",
                    pr.id,
                    l.key
                );
            }
        }
        assert_eq!(
            (preset("current").unwrap().build)(&p),
            Scenario::baseline(&p)
        );
    }

    #[test]
    fn the_target_preset_reaches_the_target_and_no_less_would() {
        let p = params();
        let s = (preset("target").unwrap().build)(&p);
        let pr = project(&p, &s);
        assert!(
            pr.headline.final_total >= 100.0,
            "{}",
            pr.headline.final_total
        );
        let less = Scenario {
            growth: s.growth - 0.5,
            ..s
        };
        assert!(project(&p, &less).headline.final_total < 100.0);
    }

    #[test]
    fn goal_seek_reports_an_unreachable_target() {
        let p = params();
        assert_eq!(
            growth_to_reach(&p, &Scenario::baseline(&p), 10_000.0, sector_lever()),
            None
        );
    }

    #[test]
    fn crude_fall_narrows_the_deficit_and_shrinks_trade() {
        let p = params();
        let base = project(&p, &Scenario::baseline(&p)).headline;
        let fall = project(&p, &(preset("crude_fall").unwrap().build)(&p)).headline;
        assert!(fall.final_balance > base.final_balance);
        assert!(fall.final_total < base.final_total);
    }
}
