//! Plain-language sentences written from the numbers: the page's headline, each chart's summary
//! (its text alternative), the target status and the other lines of the summary. Each starts
//! from the latest actual year and says which years are actual.

use crate::data::{Baseline, Params, EXPORT_SECTORS, IMPORT_GROUPS};
use crate::fy;
use crate::model::Projection;
use crate::present::format::{bn, signed_bn};

/// The first and last years with a figure, and the figures, of an actual series.
fn actual_span(
    b: &Baseline,
    f: impl Fn(&crate::data::Actual) -> Option<f64>,
) -> Option<(i32, f64)> {
    b.history.iter().find_map(|a| f(a).map(|v| (a.year, v)))
}

/// "India's deficit with Russia narrows to US$ 38.7 bn by FY2030-31, from US$ 50.9 bn in
/// FY2025-26 (current trends: US$ 38.7 bn); total trade reaches US$ 52.1 bn, US$ 47.9 bn short of
/// the US$ 100 bn target."
pub fn headline(sc: &Projection, base: &Projection) -> String {
    let start = -sc.years[0].balance;
    let end = -sc.last().balance;
    let base_end = -base.last().balance;
    let fy0 = sc.label(0);
    let fy = sc.label(sc.len - 1);
    let balance = if end <= 0.0 {
        format!(
            "India's deficit with Russia of {} in {fy0} turns into a surplus of {} by {fy}",
            bn(start),
            bn(-end)
        )
    } else {
        let verb = if (end - start).abs() < 0.05 {
            "stays at about"
        } else if end < start {
            "narrows to"
        } else {
            "widens to"
        };
        format!(
            "India's deficit with Russia {verb} {} by {fy}, from {} in {fy0}",
            bn(end),
            bn(start)
        )
    };
    let trend = format!("(current trends: {})", bn(base_end));
    let target = sc.target;
    let total = sc.last().total_trade;
    let trade = match sc.headline.target_year {
        Some(y) => format!(
            "total trade reaches the US$ {target:.0} bn target in {}, at {} by {fy}",
            fy::label(y),
            bn(total)
        ),
        None => format!(
            "total trade reaches {}, {} short of the US$ {target:.0} bn target",
            bn(total),
            bn(target - total)
        ),
    };
    format!("{balance} {trend}; {trade}.")
}

/// "Actual from FY2020-21 (−US$ 2.8 bn) to FY2025-26 (−US$ 50.9 bn); projected −US$ 38.7 bn in
/// FY2030-31, against −US$ 38.7 bn on current trends."
pub fn balance_chart(b: &Baseline, sc: &Projection, base: &Projection) -> String {
    let from = actual_span(b, |a| a.balance());
    let from = from.map_or(String::new(), |(y, v)| {
        format!("from {} ({}) ", fy::label(y), signed_bn(v))
    });
    format!(
        "The balance, actual {from}to {} ({}), is projected at {} in {}, against {} on current trends.",
        sc.label(0),
        signed_bn(sc.years[0].balance),
        signed_bn(sc.last().balance),
        sc.label(sc.len - 1),
        signed_bn(base.last().balance)
    )
}

pub fn total_chart(b: &Baseline, sc: &Projection, base: &Projection) -> String {
    let from = actual_span(b, |a| a.total).map_or(String::new(), |(y, v)| {
        format!("from {} in {} ", bn(v), fy::label(y))
    });
    let reach = match sc.headline.target_year {
        Some(y) => format!(
            "reaching the US$ {:.0} bn target in {}",
            sc.target,
            fy::label(y)
        ),
        None => format!("below the US$ {:.0} bn target throughout", sc.target),
    };
    format!(
        "Total trade went {from}to {} in {} (actual) and is projected at {} by {} ({} on current trends), {reach}.",
        bn(sc.years[0].total_trade),
        sc.label(0),
        bn(sc.last().total_trade),
        sc.label(sc.len - 1),
        bn(base.last().total_trade)
    )
}

fn largest(values: &[f64], labels: &[&'static str]) -> (&'static str, f64) {
    let mut best = (labels[0], values[0]);
    for (l, v) in labels.iter().zip(values) {
        if *v > best.1 {
            best = (l, *v);
        }
    }
    best
}

/// The first year whose actual figures are split by sector.
fn first_split(b: &Baseline) -> Option<i32> {
    b.history
        .iter()
        .find(|a| a.sectors.is_some())
        .map(|a| a.year)
}

pub fn exports_chart(b: &Baseline, sc: &Projection) -> String {
    let labels: Vec<&'static str> = EXPORT_SECTORS.iter().map(|s| s.label.en).collect();
    let (name, v) = largest(&sc.last().exports, &labels);
    let split = first_split(b).map_or(String::new(), |y| {
        format!(", split by sector from {}", fy::label(y))
    });
    format!(
        "Exports were {} in {} (actual{split}) and are projected at {} by {}; the largest sector then is {} at {}.",
        bn(sc.years[0].total_exports),
        sc.label(0),
        bn(sc.last().total_exports),
        sc.label(sc.len - 1),
        name.to_ascii_lowercase(),
        bn(v)
    )
}

pub fn imports_chart(b: &Baseline, sc: &Projection) -> String {
    let labels: Vec<&'static str> = IMPORT_GROUPS.iter().map(|s| s.label.en).collect();
    let y = sc.last();
    let crude_share = if y.total_imports > 0.0 {
        y.imports[crate::data::CRUDE] / y.total_imports * 100.0
    } else {
        0.0
    };
    let (name, _) = largest(&y.imports, &labels);
    let split = first_split(b).map_or(String::new(), |y| {
        format!(", split by group from {}", fy::label(y))
    });
    format!(
        "Imports were {} in {} (actual{split}) and are projected at {} by {}; crude oil is {:.0} % of them then, and the largest group is {}.",
        bn(sc.years[0].total_imports),
        sc.label(0),
        bn(y.total_imports),
        sc.label(sc.len - 1),
        crude_share,
        name.to_ascii_lowercase()
    )
}

/// Share of the target that the final year's total trade reaches, 0–100 %.
pub fn target_share(p: &Projection) -> f64 {
    if p.target > 0.0 {
        (p.last().total_trade / p.target * 100.0).clamp(0.0, 100.0)
    } else {
        0.0
    }
}

/// "Target reached in FY2029-30" or "US$ 47.9 bn short of the target; not reached by FY2030-31".
pub fn target_status(p: &Projection) -> String {
    match p.headline.target_year {
        Some(y) => format!("Target reached in {}", fy::label(y)),
        None => format!(
            "{} short of the target; not reached by {}",
            bn(p.headline.target_gap.max(0.0)),
            p.label(p.len - 1)
        ),
    }
}

/// The target bar's text alternative.
pub fn target_bar(p: &Projection) -> String {
    format!(
        "Total trade is {:.0} % of the US$ {:.0} bn target",
        target_share(p),
        p.target
    )
}

/// "Cumulative deficit FY2026-27 to FY2030-31: US$ 205.1 bn (current trends: US$ 205.1 bn)"
pub fn cumulative(sc: &Projection, base: &Projection) -> String {
    format!(
        "Cumulative deficit {} to {}: {} (current trends: {})",
        sc.label(1.min(sc.len - 1)),
        sc.label(sc.len - 1),
        bn(sc.headline.cumulative_deficit),
        bn(base.headline.cumulative_deficit)
    )
}

/// "FY2030-31: your scenario against current trends"
pub fn results_heading(p: &Params) -> String {
    format!(
        "{}: your scenario against current trends",
        fy::label(fy::HORIZON.max(p.base_year))
    )
}

/// The masthead's opening sentences, from the data file's base year.
pub fn dek(p: &Params) -> String {
    format!(
        "In {}, India bought {} of goods from Russia, mostly crude oil, and sold it {}. Move the levers to project exports, imports and the balance to {}, against the two governments' US$ {:.0} bn trade target. Everything is computed in your browser.",
        fy::label(p.base_year),
        bn(p.total_imports),
        bn(p.total_exports),
        fy::label(fy::HORIZON),
        p.target
    )
}

/// The embed's compact title.
pub fn embed_title() -> String {
    format!("India's trade with Russia to {}", fy::label(fy::HORIZON))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{project, Scenario};

    #[test]
    fn sentences_start_from_the_latest_actual_year() {
        let b = crate::baseline().unwrap();
        let p = b.params;
        let base = project(&p, &Scenario::baseline(&p));
        let s = headline(&base, &base);
        assert!(
            s.starts_with("India's deficit with Russia narrows to US$ 38.7 bn by FY2030-31, from US$ 50.9 bn in FY2025-26"),
            "{s}"
        );
        assert!(s.contains("short of the US$ 100 bn target"), "{s}");
        let up = project(
            &p,
            &Scenario {
                oil_volume: 2.5,
                oil_change: 20.0,
                ..Scenario::baseline(&p)
            },
        );
        let s = headline(&up, &base);
        assert!(
            s.contains("widens to") && s.contains("reaches the US$ 100 bn target in FY"),
            "{s}"
        );
        let surplus = project(
            &p,
            &Scenario {
                oil_stop: 2026.0,
                growth: 40.0,
                nonoil_growth: -20.0,
                ..Scenario::baseline(&p)
            },
        );
        assert!(headline(&surplus, &base).contains("turns into a surplus"));
        let balance = balance_chart(b, &up, &base);
        assert!(
            balance.contains("actual from FY2020-21 (−US$ 2.8 bn) to FY2025-26 (−US$ 50.9 bn)"),
            "{balance}"
        );
        assert!(total_chart(b, &up, &base).starts_with(
            "Total trade went from US$ 10.7 bn in FY2017-18 to US$ 59.9 bn in FY2025-26 (actual)"
        ));
        for f in [
            balance,
            total_chart(b, &up, &base),
            exports_chart(b, &up),
            imports_chart(b, &up),
            cumulative(&up, &base),
            target_status(&up),
        ] {
            assert!(!f.contains("NaN"), "{f}");
        }
        assert!(exports_chart(b, &up).contains("(actual, split by sector from FY2024-25)"));
    }
}
