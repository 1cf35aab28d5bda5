//! Named, illustrative scenarios, each with what it assumes and the source that motivates it.

use crate::data::Params;
use crate::insight::solve::{solve, Goal};
use crate::levers::{lever, sector_lever};
use crate::model::Scenario;
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

/// A full FTA: most duties removed both ways, starting FY2027-28, phased over five years.
fn fta(p: &Params) -> Scenario {
    Scenario {
        eaeu_cut: 80.0,
        india_cut: 50.0,
        start_year: 2027.0,
        phase_years: 5.0,
        ..Scenario::baseline(p)
    }
}

pub const PRESETS: &[Preset] = &[
    Preset {
        id: "current",
        name: Tr::new("Current trends"),
        assumes: Tr::new("Exports grow at their recent official trend, Russian crude stays at the trackers' early-2026 level, other imports grow as in the latest year, no tariff cuts."),
        source: Tr::new("Exports FY2021-22 to FY2025-26 (Department of Commerce); Russian crude expected at 1.1–1.3 mb/d (Kpler via Bloomberg, Jan 2026)."),
        build: Scenario::baseline,
    },
    Preset {
        id: "fta",
        name: Tr::new("An FTA from FY2027-28"),
        assumes: Tr::new("The EAEU removes 80 % of its duty on Indian goods and India half of its duty on Russian non-oil goods, phased over five years from FY2027-28."),
        source: Tr::new("India–EAEU FTA terms of reference signed 20 Aug 2025; first round of talks in late 2025 (news reports, Dec 2025)."),
        build: fta,
    },
    Preset {
        id: "stop",
        name: Tr::new("India stops buying Russian crude"),
        assumes: Tr::new("No Russian crude from FY2026-27; everything else on current trends."),
        source: Tr::new("On 7 Feb 2026 the US removed its extra 25 % duty on Indian goods, saying India had committed to stop importing Russian oil."),
        build: |p| Scenario {
            oil_stop: 2026.0,
            ..Scenario::baseline(p)
        },
    },
    Preset {
        id: "crude_returns",
        name: Tr::new("Russian crude returns"),
        assumes: Tr::new("With Gulf supplies cut, India buys 1.8 mb/d of Russian crude from FY2026-27, near its 2025 level."),
        source: Tr::new("After the Strait of Hormuz closed in March 2026, Russian crude to India rose to about 1.5 mb/d, with close to 2 mb/d expected for the month (Kpler via The Indian Express, 11 Mar 2026)."),
        build: |p| Scenario {
            oil_volume: 1.8,
            ..Scenario::baseline(p)
        },
    },
    Preset {
        id: "crude_fall",
        name: Tr::new("Russian crude keeps falling"),
        assumes: Tr::new("From the early-2026 level, India buys a fifth less Russian crude every year, at a discount of US$ 5 a barrel."),
        source: Tr::new("Russian crude to India fell from about 1.8 mb/d (Nov 2025) to 1.1 mb/d (Feb 2026) under US tariffs and sanctions (Kpler via Business Standard, 1 Mar 2026)."),
        build: |p| Scenario {
            oil_change: -20.0,
            oil_discount: 5.0,
            ..Scenario::baseline(p)
        },
    },
    Preset {
        id: "target",
        name: Tr::new("What reaching US$ 100 bn takes"),
        assumes: Tr::new("The FTA above, exports growing 40 % a year (the lever's top), and the Russian crude volume, found by search, that brings total trade to US$ 100 bn in FY2030-31."),
        source: Tr::new("The US$ 100 bn by 2030 target set by both governments (July 2024)."),
        build: |p| {
            let s = Scenario {
                growth: sector_lever().max,
                ..fta(p)
            };
            let crude = lever("oil_mbd").unwrap_or(sector_lever());
            let mut out = s;
            let answer = solve(p, &s, Goal::Target, crude);
            (crude.set)(&mut out, answer.value().unwrap_or(crude.max));
            out
        },
    },
];

pub fn preset(id: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|p| p.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::levers::LEVERS;
    use crate::model::project;

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
            oil_volume: s.oil_volume - 0.05,
            ..s
        };
        assert!(project(&p, &less).headline.final_total < 100.0);
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
