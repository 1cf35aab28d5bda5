//! Invariants of the model over the whole lever range (proptest).

use proptest::prelude::*;
use trade_core::data::{Params, N_EXPORTS};
use trade_core::insight::attribution::{attribute, attribute_between, rounded_parts, Measure};
use trade_core::insight::solve::{solve, Answer, Goal};
use trade_core::insight::uncertainty::{band, Ranges, SEED};
use trade_core::model::levers::{Part, LEVERS};
use trade_core::model::{current_trends, project, Scenario};

fn params() -> Params {
    trade_core::baseline().expect("shipped data parses").params
}

/// A scenario with every lever drawn from its range (and some sector overrides).
fn any_scenario() -> impl Strategy<Value = Scenario> {
    let fractions = proptest::collection::vec(0.0f64..=1.0, LEVERS.len());
    let overrides = proptest::collection::vec(proptest::option::of(-30.0f64..=40.0), N_EXPORTS);
    (fractions, overrides).prop_map(|(f, o)| {
        let p = params();
        let mut s = Scenario::baseline(&p);
        for (l, x) in LEVERS.iter().zip(f) {
            (l.set)(&mut s, l.min + x * (l.max - l.min));
        }
        for (i, g) in o.into_iter().enumerate() {
            s.sector_growth[i] = g;
        }
        s
    })
}

/// The shipped assumptions with some of the Assumptions panel's values changed, anywhere in
/// their ranges (a reader's edits).
fn any_params() -> impl Strategy<Value = Params> {
    let n = trade_core::data::inputs::panel_inputs().count();
    proptest::collection::vec((0..n, 0.0f64..=1.0), 0..6).prop_map(|edits| {
        let mut p = params();
        for (i, x) in edits {
            if let Some((input, panel)) = trade_core::data::inputs::panel_inputs().nth(i) {
                let r = panel.range;
                input.field.set(&mut p, r.min + x * (r.max - r.min));
            }
        }
        p
    })
}

fn any_goal() -> impl Strategy<Value = Goal> {
    prop_oneof![
        Just(Goal::Balanced),
        Just(Goal::Target),
        (0.0f64..=80.0).prop_map(|x| Goal::DeficitBelow((x * 10.0).round() / 10.0)),
    ]
}

fn lever(key: &str) -> &'static trade_core::model::levers::Lever {
    trade_core::model::levers::lever(key).expect("lever exists")
}

proptest! {
    #[test]
    fn every_output_is_finite_and_adds_up(s in any_scenario()) {
        let p = params();
        let pr = project(&p, &s);
        for y in &pr.years {
            for v in y.exports.iter().chain(&y.imports) {
                prop_assert!(v.is_finite() && *v >= 0.0);
            }
            prop_assert!((y.balance - (y.total_exports - y.total_imports)).abs() < 1e-9);
            prop_assert!((y.total_trade - (y.total_exports + y.total_imports)).abs() < 1e-9);
            prop_assert!((y.total_exports - y.exports.iter().sum::<f64>()).abs() < 1e-9);
        }
        let h = pr.headline;
        for v in [h.final_balance, h.final_total, h.target_gap, h.cumulative_deficit] {
            prop_assert!(v.is_finite());
        }
    }

    #[test]
    fn no_sector_exceeds_russias_market(s in any_scenario()) {
        let p = params();
        let pr = project(&p, &s);
        for y in &pr.years {
            for (x, e) in y.exports.iter().zip(&p.exports) {
                prop_assert!(*x <= e.market + 1e-12);
            }
        }
    }

    #[test]
    fn a_larger_eaeu_cut_never_lowers_exports(s in any_scenario(), a in 0.0f64..=100.0, b in 0.0f64..=100.0) {
        let p = params();
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        let (mut s_lo, mut s_hi) = (s, s);
        (lever("eaeu_cut").set)(&mut s_lo, lo);
        (lever("eaeu_cut").set)(&mut s_hi, hi);
        let (x_lo, x_hi) = (project(&p, &s_lo), project(&p, &s_hi));
        for t in 0..x_lo.len {
            for i in 0..N_EXPORTS {
                prop_assert!(x_hi.years[t].exports[i] >= x_lo.years[t].exports[i] - 1e-12);
            }
        }
    }

    #[test]
    fn a_deeper_oil_slowdown_never_raises_imports(s in any_scenario(), a in -50.0f64..=20.0, b in -50.0f64..=20.0) {
        let p = params();
        let (deep, mild) = if a <= b { (a, b) } else { (b, a) };
        let (mut s_deep, mut s_mild) = (s, s);
        s_deep.oil_change = deep;
        s_mild.oil_change = mild;
        let (d, m) = (project(&p, &s_deep), project(&p, &s_mild));
        for t in 0..d.len {
            prop_assert!(d.years[t].total_imports <= m.years[t].total_imports + 1e-12);
        }
    }

    /// Levers act only on projected years: the base year is the data file's, whatever they say,
    /// and the years before it are history the model never touches (charts read them from the
    /// data file; see the timeline tests).
    #[test]
    fn actual_years_never_move(s in any_scenario()) {
        let b = trade_core::baseline().expect("shipped data parses");
        let p = b.params;
        let pr = project(&p, &s);
        let y0 = pr.years[0];
        prop_assert_eq!(pr.base_year, b.history.last().unwrap().year);
        prop_assert!((y0.total_exports - p.total_exports).abs() < 1e-9);
        prop_assert!((y0.total_imports - p.total_imports).abs() < 1e-9);
        let actual = b.actual(p.base_year).unwrap();
        prop_assert_eq!(Some(y0.total_exports).map(|v| (v * 1e6).round()), actual.exports.map(|v| (v * 1e6).round()));
        let base = project(&p, &Scenario::baseline(&p));
        prop_assert_eq!(pr.years[0], base.years[0]);
        let tl = trade_core::present::charts::timeline::Timeline::new(b, &pr);
        let history = trade_core::present::charts::timeline::TOTAL.over(&tl, b, &pr);
        let history_base = trade_core::present::charts::timeline::TOTAL.over(&tl, b, &base);
        prop_assert_eq!(&history[..=tl.base_index()], &history_base[..=tl.base_index()]);
    }

    #[test]
    fn a_stop_means_no_russian_crude_from_that_year(s in any_scenario(), stop in 2026u32..=2030) {
        let p = params();
        let mut s = s;
        s.oil_stop = stop as f64;
        let pr = project(&p, &s);
        for t in 1..pr.len {
            let stopped = pr.year(t) >= stop as i32;
            prop_assert_eq!(pr.years[t].imports[0] == 0.0, stopped || s.oil_volume == 0.0 || pr.years[t].crude_volume == 0.0);
            if stopped {
                prop_assert_eq!(pr.years[t].crude_volume, 0.0);
            }
        }
    }

    /// Shapley parts add up to the change, wherever the levers are and whatever the assumptions,
    /// and the change starts from current trends as the rest of the page shows them.
    #[test]
    fn attribution_starts_at_current_trends_and_adds_up(s in any_scenario(), p in any_params()) {
        let trends = current_trends(&p);
        let scenario = project(&p, &s);
        for a in attribute(&p, &s) {
            let (start, end) = match a.measure {
                Measure::Balance => (trends.last().balance, scenario.last().balance),
                Measure::TotalTrade => (trends.last().total_trade, scenario.last().total_trade),
            };
            prop_assert_eq!(a.start, start);
            prop_assert_eq!(a.end, end);
            let sum: f64 = a.parts.iter().sum();
            prop_assert!((sum - a.change()).abs() < 1e-9 * (1.0 + a.change().abs()), "{:?}", a);
            let rounded = rounded_parts(&a.parts, a.change(), 1);
            let units = |v: f64| (v * 10.0).round() as i64;
            prop_assert_eq!(rounded.iter().map(|v| units(*v)).sum::<i64>(), units(a.change()));
        }
    }

    /// From a pinned scenario to yours: the parts add up to (yours − pinned) in FY2030-31, which
    /// both ends equal as projected on their own, for any pair of scenarios and assumptions; from
    /// a scenario to itself every part is 0.
    #[test]
    fn what_moved_from_the_pin_adds_up_to_the_difference(
        pin in any_scenario(),
        s in any_scenario(),
        p in any_params(),
    ) {
        let (pinned, yours) = (project(&p, &pin), project(&p, &s));
        for a in attribute_between(&p, &pin, &s) {
            let (start, end) = match a.measure {
                Measure::Balance => (pinned.last().balance, yours.last().balance),
                Measure::TotalTrade => (pinned.last().total_trade, yours.last().total_trade),
            };
            prop_assert_eq!(a.start, start);
            prop_assert_eq!(a.end, end);
            let sum: f64 = a.parts.iter().sum();
            prop_assert!((sum - (end - start)).abs() < 1e-9 * (1.0 + (end - start).abs()), "{:?}", a);
        }
        for a in attribute_between(&p, &s, &s) {
            prop_assert_eq!(a.parts, [0.0; 4]);
            prop_assert_eq!(a.start, a.end);
        }
    }

    /// When only one group moves, it gets the whole change and the others nothing.
    #[test]
    fn a_single_moved_group_gets_the_whole_change(s in any_scenario(), which in 0usize..3) {
        let shipped = params();
        let part = [Part::TradeDeal, Part::Oil, Part::ExportGrowth][which];
        let mut only = Scenario::baseline(&shipped);
        for l in LEVERS.iter().filter(|l| l.part == part) {
            (l.set)(&mut only, (l.get)(&s));
        }
        if part == Part::ExportGrowth {
            only.sector_growth = s.sector_growth;
        }
        for a in attribute(&shipped, &only) {
            for (q, v) in Part::ALL.iter().zip(a.parts) {
                if *q == part {
                    prop_assert!((v - a.change()).abs() < 1e-9 * (1.0 + v.abs()));
                } else {
                    prop_assert!(v.abs() < 1e-9, "{:?} got {} of {:?}", q, v, a);
                }
            }
        }
    }

    /// The solver against a brute-force scan of the lever's range, written independently: every
    /// value from min to max by the step, each projected. The answer meets the goal; no value
    /// nearer the lever's current one does; "no value" only when none does; "already met" exactly
    /// when the current value meets it; every meeting value lies in the answer's run or in one
    /// "also" run. Any lever, any goal, random scenarios with random assumption edits.
    #[test]
    fn the_solver_agrees_with_a_brute_force_scan(s in any_scenario(), p in any_params(), i in 0usize..LEVERS.len(), goal in any_goal()) {
        let l = &LEVERS[i];
        let meets = |v: f64| {
            let mut t = s;
            (l.set)(&mut t, v);
            goal.met(&project(&p, &t))
        };
        let n = ((l.max - l.min) / l.step + 0.5) as usize;
        let scale = 10f64.powi(l.decimals() as i32);
        let values: Vec<f64> = (0..=n).map(|k| ((l.min + k as f64 * l.step) * scale).round() / scale + 0.0).collect();
        let meeting: Vec<f64> = values.iter().copied().filter(|v| meets(*v)).collect();
        let now = (l.get)(&s);
        let solution = solve(&p, &s, goal, l);
        match solution.answer {
            Answer::AlreadyMet(v) => {
                prop_assert_eq!(v, now);
                prop_assert!(meets(now));
            }
            Answer::Unreachable => {
                prop_assert!(!meets(now));
                prop_assert!(meeting.is_empty(), "{} {:?}: {:?} meet it", l.key, goal, meeting);
                // how close it gets: the best figure over the scan, at a step that gives it
                let figure = |v: f64| {
                    let mut t = s;
                    (l.set)(&mut t, v);
                    goal.figure(&project(&p, &t))
                };
                let best = values.iter().map(|v| figure(*v)).fold(f64::NEG_INFINITY, f64::max);
                let c = solution.closest.expect("an unreachable goal says how close it gets");
                prop_assert_eq!(c.figure, best);
                prop_assert_eq!(figure(c.value), best);
                // every other lever it names meets the goal alone at the value it gives
                for (o, v) in &solution.others {
                    prop_assert!(o.key != l.key);
                    let mut t = s;
                    (o.set)(&mut t, *v);
                    prop_assert!(goal.met(&project(&p, &t)), "{} = {} said to reach {:?}", o.key, v, goal);
                }
            }
            Answer::Value(v) => {
                prop_assert!(!meets(now));
                prop_assert!(values.contains(&v), "{} = {} is a step", l.key, v);
                prop_assert!(meets(v));
                for m in &meeting {
                    prop_assert!((m - now).abs() >= (v - now).abs(), "{} {:?}: {} is nearer {} than {}", l.key, goal, m, now, v);
                }
                let runs: Vec<(f64, f64)> = solution.also.iter().map(|r| (r.from, r.to)).collect();
                for m in &meeting {
                    let in_also = runs.iter().filter(|(a, b)| a <= m && m <= b).count();
                    let (lo, hi) = if *m <= v { (*m, v) } else { (v, *m) };
                    let in_answer_run = values.iter().filter(|x| lo <= **x && **x <= hi).all(|x| meets(*x));
                    prop_assert_eq!(in_also + usize::from(in_answer_run), 1, "{} {:?}: {} in one run only", l.key, goal, m);
                }
                for (a, b) in runs {
                    prop_assert!(values.iter().filter(|x| a <= **x && **x <= b).all(|x| meets(*x)));
                }
            }
        }
    }

    /// Percentiles are ordered in every year, wherever the levers are.
    #[test]
    fn the_band_is_ordered(s in any_scenario()) {
        let p = params();
        let b = band(&p, &s, &Ranges::STATED, 100, SEED);
        for t in 0..b.len {
            for q in [b.balance[t], b.total_trade[t]] {
                prop_assert!(q.p10 <= q.p50 && q.p50 <= q.p90);
                prop_assert!(q.p10.is_finite() && q.p90.is_finite());
            }
        }
    }
}

#[test]
fn with_every_range_zero_the_band_is_the_line_anywhere() {
    let p = params();
    for s in [
        Scenario::baseline(&p),
        Scenario {
            eaeu_cut: 100.0,
            growth: 40.0,
            oil_volume: 2.5,
            ..Scenario::baseline(&p)
        },
        Scenario {
            oil_stop: 2027.0,
            nonoil_growth: -20.0,
            ..Scenario::baseline(&p)
        },
    ] {
        let b = band(&p, &s, &Ranges::NONE, 20, SEED);
        let line = project(&p, &s);
        for t in 0..b.len {
            for (q, v) in [
                (b.balance[t], line.years[t].balance),
                (b.total_trade[t], line.years[t].total_trade),
            ] {
                assert_eq!((q.p10, q.p50, q.p90), (v, v, v));
            }
        }
    }
}

#[test]
fn every_lever_at_default_reproduces_the_baseline() {
    let p = params();
    let mut s = Scenario::baseline(&p);
    // set each lever explicitly to its table default: same projection as Scenario::baseline
    for l in LEVERS {
        (l.set)(&mut s, l.default_value(&p));
    }
    assert_eq!(project(&p, &s), project(&p, &Scenario::baseline(&p)));
    // and the decoded empty link is that baseline too
    let d = trade_core::link::decode("v=1", &p);
    let (decoded, notes) = (d.scenario, d.notices);
    assert!(notes.is_empty());
    assert_eq!(project(&p, &decoded), project(&p, &s));
}
