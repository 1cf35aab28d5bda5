//! Words and chart data for the insight beyond the sliders: the waterfall of what moved the final
//! year and its sentence, the band's probability sentence, and the solver's answer.

use crate::data::{Params, EXPORT_SECTORS};
use crate::fy;
use crate::insight::attribution::{rounded_parts, Attribution, Measure};
use crate::insight::solve::{Answer, Goal};
use crate::insight::uncertainty::Band;
use crate::levers::{Lever, Part, LEVERS};
use crate::model::Scenario;
use crate::present::chart::Paint;
use crate::present::format::{bn, num, signed_num};
use crate::tr::Tr;

/// One bar of the waterfall: a total (drawn from zero) or a part (floating from the running sum).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Step {
    pub label: Tr,
    pub paint: Paint,
    /// Where the bar starts and ends, US$ bn.
    pub from: f64,
    pub to: f64,
    /// A part (its change is `to − from`) rather than a total.
    pub is_part: bool,
    /// The part as the sentence and the labels write it: rounded so the parts add up to the
    /// rounded change.
    pub shown: f64,
}

pub const CURRENT_TRENDS: Tr = Tr::new("Current trends");
pub const SCENARIO: Tr = Tr::new("Your scenario");

/// Current trends, the four groups, the scenario.
pub fn waterfall(a: &Attribution) -> Vec<Step> {
    let shown = rounded_parts(&a.parts, a.change(), 1);
    let mut steps = vec![Step {
        label: CURRENT_TRENDS,
        paint: Paint::Baseline,
        from: 0.0,
        to: a.start,
        is_part: false,
        shown: a.start,
    }];
    let mut at = a.start;
    for ((part, v), s) in Part::ALL.iter().zip(a.parts).zip(shown) {
        steps.push(Step {
            label: part.title(),
            paint: if v >= 0.0 { Paint::Rise } else { Paint::Fall },
            from: at,
            to: at + v,
            is_part: true,
            shown: s,
        });
        at += v;
    }
    steps.push(Step {
        label: SCENARIO,
        paint: Paint::Scenario,
        from: 0.0,
        to: a.end,
        is_part: false,
        shown: a.end,
    });
    steps
}

/// The waterfall's horizontal scale: zero and every bar end fit between `left` and `right`.
pub fn scale(steps: &[Step], left: f64, right: f64) -> impl Fn(f64) -> f64 {
    let lo = steps
        .iter()
        .flat_map(|s| [s.from, s.to])
        .fold(0.0f64, f64::min);
    let hi = steps
        .iter()
        .flat_map(|s| [s.from, s.to])
        .fold(0.0f64, f64::max);
    let span = (hi - lo).max(1e-9);
    move |v| left + (v - lo) / span * (right - left)
}

/// The figure a step's label shows: "+9.1" for a part, "−38.7" for a total.
pub fn step_value(s: &Step) -> String {
    if s.is_part {
        signed_num(s.shown, 1)
    } else {
        num(s.shown, 1)
    }
}

/// The readout for one bar: "Oil: +9.1, from −38.7 to −29.6 (US$ bn)".
pub fn step_readout(s: &Step) -> String {
    if s.is_part {
        format!(
            "{}: {}, from {} to {} (US$ bn)",
            s.label.en,
            step_value(s),
            num(s.from, 1),
            num(s.to, 1)
        )
    } else {
        format!("{}: {} (US$ bn)", s.label.en, step_value(s))
    }
}

/// What a group is called in a sentence.
fn part_words(p: Part) -> &'static str {
    match p {
        Part::TradeDeal => "the tariff deal",
        Part::Oil => "the oil levers",
        Part::ExportGrowth => "export growth",
        Part::Other => "the other assumptions",
    }
}

/// "a, b and c"
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The title of a measure's waterfall: "What moved the balance in FY2030-31".
pub fn waterfall_title(m: Measure) -> String {
    format!("{} in {}", m.title().en, fy::label(fy::HORIZON))
}

/// "Of the US$ 12.4 bn narrowing of the deficit in FY2030-31, US$ 9.1 bn comes from the oil levers
/// and US$ 3.3 bn from the tariff deal." Parts are rounded so that the numbers add up.
pub fn attribution_sentence(a: &Attribution) -> String {
    let year = fy::label(fy::HORIZON);
    let shown = rounded_parts(&a.parts, a.change(), 1);
    let units = |v: f64| (v * 10.0).round() as i64;
    let total = units(a.change());
    let named: Vec<(Part, f64)> = Part::ALL
        .iter()
        .copied()
        .zip(shown)
        .filter(|(_, v)| units(*v) != 0)
        .collect();
    let what = match a.measure {
        Measure::Balance => "the balance",
        Measure::TotalTrade => "total trade",
    };
    if total == 0 {
        if named.is_empty() {
            return format!(
                "Your scenario leaves {what} in {year} where current trends put it, at {}.",
                bn(a.end)
            );
        }
        let (up, down): (Vec<_>, Vec<_>) = named.iter().partition(|(_, v)| *v > 0.0);
        let list = |xs: &[&(Part, f64)]| {
            and_list(
                &xs.iter()
                    .map(|(p, v)| format!("{} ({})", part_words(*p), bn(v.abs())))
                    .collect::<Vec<_>>(),
            )
        };
        return format!(
            "In {year} the levers cancel out: {} raise {what} as much as {} lower it.",
            list(&up),
            list(&down)
        );
    }
    let noun = match a.measure {
        Measure::Balance if a.start < 0.0 && a.end <= 0.0 && total > 0 => {
            "narrowing of the deficit"
        }
        Measure::Balance if a.start < 0.0 && a.end < 0.0 => "widening of the deficit",
        Measure::Balance if total > 0 => "rise in the balance",
        Measure::Balance => "fall in the balance",
        Measure::TotalTrade if total > 0 => "rise in total trade",
        Measure::TotalTrade => "fall in total trade",
    };
    let mut named = named;
    // the largest parts first
    named.sort_by(|a, b| b.1.abs().total_cmp(&a.1.abs()));
    let (with, against): (Vec<_>, Vec<_>) =
        named.iter().partition(|(_, v)| (*v > 0.0) == (total > 0));
    let with: Vec<String> = with
        .iter()
        .enumerate()
        .map(|(i, (p, v))| {
            if i == 0 {
                format!("{} comes from {}", bn(v.abs()), part_words(*p))
            } else {
                format!("{} from {}", bn(v.abs()), part_words(*p))
            }
        })
        .collect();
    let mut out = format!(
        "Of the {} {noun} in {year} against current trends, {}",
        bn(a.change().abs()),
        and_list(&with)
    );
    if !against.is_empty() {
        let names: Vec<String> = against
            .iter()
            .map(|(p, _)| part_words(*p).to_string())
            .collect();
        let amounts: Vec<String> = against.iter().map(|(_, v)| bn(v.abs())).collect();
        out.push_str(&format!(
            "; {} {} the other way, by {}",
            and_list(&names),
            if against.len() == 1 { "works" } else { "work" },
            and_list(&amounts)
        ));
    }
    out.push('.');
    out
}

/// How the split is made, in one line.
pub const METHOD: Tr = Tr::new("How it is split: each group's part is its average effect over every order in which the four groups could be moved from current trends to your scenario (Shapley values), so the parts add up exactly to the change.");

/// "Total trade reaches US$ 100 bn by FY2030-31 in 48 of 400 simulated paths (12 %)."
pub fn probability_sentence(b: &Band, target: f64) -> String {
    let hits = (b.probability_target * b.draws as f64).round() as usize;
    let year = fy::label(fy::HORIZON);
    let start = "Allowing for uncertain elasticities, crude prices and volumes and export growth";
    if hits == 0 {
        format!("{start}, total trade reaches US$ {target:.0} bn by {year} in none of {} simulated paths.", b.draws)
    } else {
        format!(
            "{start}, total trade reaches US$ {target:.0} bn by {year} in {hits} of {} simulated paths ({:.0} %).",
            b.draws,
            b.probability_target * 100.0
        )
    }
}

/// The band in the final year: "Likely range in FY2030-31 (10th to 90th percentile): −50.5 to 1.4,
/// median −17.2 (US$ bn)".
pub fn band_sentence(b: &Band, m: Measure) -> String {
    let t = b.len - 1;
    let q = match m {
        Measure::Balance => b.balance[t],
        Measure::TotalTrade => b.total_trade[t],
    };
    format!(
        "Likely range in {} (10th to 90th percentile of {} simulated paths): {} to {}, median {} (US$ bn).",
        fy::label(fy::HORIZON),
        b.draws,
        num(q.p10, 1),
        num(q.p90, 1),
        num(q.p50, 1)
    )
}

/// A lever's name inside a sentence: “Growth of India's exports to Russia”.
fn quoted(l: &Lever, p: &Params) -> String {
    format!("“{}”", Lever::words(l.label, p.base_year))
}

/// The solver's answer in a sentence.
pub fn solve_sentence(goal: Goal, l: &Lever, now: f64, answer: Answer, p: &Params) -> String {
    let goal_words = goal.describe(p.target);
    let name = quoted(l, p);
    match answer {
        Answer::AlreadyMet(v) => format!(
            "Your scenario already reaches {goal_words}, with {name} at {}.",
            l.display(v)
        ),
        Answer::Value(v) => format!(
            "To reach {goal_words}, set {name} to {} (now {}), the other levers as they are.",
            l.display(v),
            l.display(now)
        ),
        Answer::Unreachable => format!(
            "No value of {name} from {} reaches {goal_words} with the other levers as they are.",
            l.display_range()
        ),
    }
}

/// A scenario in a few words: its levers off their defaults, "current trends" when none is, or
/// the preset's name when it is one.
pub fn describe(s: &Scenario, p: &Params) -> String {
    if let Some(pr) = crate::presets::PRESETS
        .iter()
        .find(|pr| (pr.build)(p) == *s)
    {
        return pr.name.en.to_string();
    }
    let base = Scenario::baseline(p);
    let mut parts: Vec<String> = LEVERS
        .iter()
        .filter(|l| (l.get)(s) != (l.get)(&base))
        .map(|l| {
            format!(
                "{}: {}",
                Lever::words(l.label, p.base_year),
                l.display((l.get)(s))
            )
        })
        .collect();
    for (id, g) in EXPORT_SECTORS.iter().zip(s.sector_growth) {
        if let Some(g) = g {
            parts.push(format!(
                "{} exports: {}",
                id.label.en,
                crate::levers::sector_lever().display(g)
            ));
        }
    }
    if parts.is_empty() {
        "current trends".into()
    } else {
        parts.join("; ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::insight::attribution::attribute;

    fn attribution(s: &Scenario) -> [Attribution; 2] {
        let p = crate::baseline().unwrap().params;
        attribute(&p, &p, s)
    }

    #[test]
    fn the_waterfall_runs_from_current_trends_to_the_scenario() {
        let p = crate::baseline().unwrap().params;
        let s = Scenario {
            eaeu_cut: 80.0,
            oil_change: -15.0,
            growth: 15.0,
            ..Scenario::baseline(&p)
        };
        for a in attribution(&s) {
            let w = waterfall(&a);
            assert_eq!(w.len(), 6);
            assert_eq!(w[0].to, a.start);
            assert!((w[4].to - a.end).abs() < 1e-9);
            assert_eq!(w[5].to, a.end);
            for pair in w[1..5].windows(2) {
                assert_eq!(pair[0].to, pair[1].from);
            }
            let shown: f64 = w[1..5].iter().map(|s| s.shown).sum();
            assert!((shown - (a.change() * 10.0).round() / 10.0).abs() < 1e-9);
        }
    }

    #[test]
    fn sentences_name_the_groups_and_add_up() {
        let p = crate::baseline().unwrap().params;
        let s = Scenario {
            oil_change: -15.0,
            growth: 15.0,
            ..Scenario::baseline(&p)
        };
        let [balance, total] = attribution(&s);
        let text = attribution_sentence(&balance);
        assert!(text.starts_with("Of the US$ "), "{text}");
        assert!(text.contains("narrowing of the deficit"), "{text}");
        assert!(
            text.contains("the oil levers") && text.contains("export growth"),
            "{text}"
        );
        // total trade: faster exports raise it, less crude lowers it
        let text = attribution_sentence(&total);
        assert!(text.contains("the other way"), "{text}");
        let none = attribution(&Scenario::baseline(&p));
        assert!(attribution_sentence(&none[0]).starts_with("Your scenario leaves the balance"));
    }

    #[test]
    fn a_scenario_is_described_by_its_moved_levers() {
        let p = crate::baseline().unwrap().params;
        let mut s = Scenario::baseline(&p);
        assert_eq!(describe(&s, &p), "Current trends");
        s.oil_change = -10.0;
        s.sector_growth[0] = Some(20.0);
        assert_eq!(
            describe(&s, &p),
            "Change in Russian crude after FY2026-27: −10 % a year; Pharmaceuticals exports: 20 % a year"
        );
    }
}
