//! The projection as JSON (the command line's output and the page's download), as CSV (the page's
//! download) and as a readable text table (the command line's `--format table`). Schema: see
//! README.md, "The JSON output".

use super::json::{nums, obj, Json};
use crate::data::{Baseline, Params, Sector, EXPORT_SECTORS, IMPORT_GROUPS};
use crate::levers::LEVERS;
use crate::link::encode;
use crate::model::{fy_label, project, Projection, Scenario, Year, N_YEARS};

pub const SCHEMA: &str = "india-russia-trade/projection/1";

/// A series over the years.
fn series(pr: &Projection, f: impl Fn(&Year) -> f64) -> Json {
    nums(pr.years.iter().map(f))
}

/// One series per sector (or group).
fn by_sector(pr: &Projection, sectors: &[Sector], f: impl Fn(&Year, usize) -> f64) -> Json {
    obj(sectors
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id, series(pr, |y| f(y, i)))))
}

fn headline_json(pr: &Projection) -> Json {
    let h = &pr.headline;
    obj([
        ("year", Json::from(fy_label(N_YEARS - 1))),
        ("exports", h.final_exports.into()),
        ("imports", h.final_imports.into()),
        ("total_trade", h.final_total.into()),
        ("balance", h.final_balance.into()),
        ("target", pr.target.into()),
        ("target_gap", h.target_gap.into()),
        ("target_met_in", h.target_year.map(fy_label).into()),
        (
            "cumulative_deficit_from_fy2025_26",
            h.cumulative_deficit.into(),
        ),
    ])
}

fn projection_json(pr: &Projection) -> Json {
    obj([
        (
            "exports",
            obj([
                ("total", series(pr, |y| y.total_exports)),
                (
                    "by_sector",
                    by_sector(pr, &EXPORT_SECTORS, |y, i| y.exports[i]),
                ),
            ]),
        ),
        (
            "imports",
            obj([
                ("total", series(pr, |y| y.total_imports)),
                (
                    "by_group",
                    by_sector(pr, &IMPORT_GROUPS, |y, i| y.imports[i]),
                ),
            ]),
        ),
        ("crude_volume_mbd", series(pr, |y| y.crude_volume)),
        ("total_trade", series(pr, |y| y.total_trade)),
        ("balance", series(pr, |y| y.balance)),
        ("headline", headline_json(pr)),
    ])
}

fn inputs_json(p: &Params, s: &Scenario) -> Json {
    let exports = EXPORT_SECTORS
        .iter()
        .zip(&p.exports)
        .enumerate()
        .map(|(i, (id, e))| {
            (
                id.id,
                obj([
                    ("label", Json::from(id.label.en)),
                    ("value_fy2024_25", e.value.into()),
                    ("eaeu_tariff_pct", e.tariff.into()),
                    ("import_demand_elasticity", e.elasticity.into()),
                    ("russia_import_market", e.market.into()),
                    ("growth_pct", s.sector_growth[i].unwrap_or(s.growth).into()),
                ]),
            )
        });
    let imports = IMPORT_GROUPS.iter().zip(&p.imports).map(|(id, g)| {
        (
            id.id,
            obj([
                ("label", Json::from(id.label.en)),
                ("value_fy2024_25", g.value.into()),
                ("india_tariff_pct", g.tariff.into()),
                ("import_demand_elasticity", g.elasticity.into()),
            ]),
        )
    });
    obj([
        ("exports", obj(exports)),
        ("imports", obj(imports)),
        ("crude_volume_mbd_fy2024_25", p.crude_volume.into()),
        ("substitution_elasticity", p.substitution.into()),
        ("non_oil_import_growth_pct", s.nonoil_growth.into()),
        ("target", p.target.into()),
    ])
}

fn sources_json(b: &Baseline) -> Json {
    Json::Arr(
        b.rows
            .iter()
            .map(|d| {
                obj([
                    ("key", Json::from(d.key)),
                    ("value", d.value.into()),
                    ("unit", d.unit.into()),
                    ("tag", d.tag.code().into()),
                    ("source", d.source.into()),
                ])
            })
            .collect(),
    )
}

/// The whole projection, scenario and baseline, with every input used and every source.
/// `params` are the assumptions in force (the shipped data unless a link changed some).
pub fn to_json(b: &Baseline, p: &Params, s: &Scenario) -> String {
    let scenario = project(p, s);
    let baseline = project(p, &Scenario::baseline(&b.params));
    obj([
        ("schema", Json::from(SCHEMA)),
        (
            "units",
            obj([
                ("money", Json::from("US$ bn, current prices")),
                ("crude_volume", "million barrels a day".into()),
            ]),
        ),
        (
            "scenario",
            obj([
                ("query", Json::from(encode(s, p, &b.params))),
                (
                    "levers",
                    obj(LEVERS.iter().map(|l| (l.key, Json::Num((l.get)(s))))),
                ),
            ]),
        ),
        (
            "years",
            Json::Arr((0..N_YEARS).map(|t| Json::from(fy_label(t))).collect()),
        ),
        ("projection", projection_json(&scenario)),
        ("baseline", projection_json(&baseline)),
        ("inputs", inputs_json(p, s)),
        ("sources", sources_json(b)),
    ])
    .pretty()
}

/// A readable table: each year's exports, imports, total and balance, scenario beside baseline.
pub fn to_table(b: &Baseline, p: &Params, s: &Scenario) -> String {
    let sc = project(p, s);
    let base = project(p, &Scenario::baseline(&b.params));
    let mut out = String::new();
    out.push_str(&format!(
        "India's trade with Russia, US$ bn at current prices\nScenario: {}   (baseline in brackets: every lever at its default)\n\n",
        encode(s, p, &b.params)
    ));
    out.push_str(&format!(
        "{:<10} {:>17} {:>17} {:>17} {:>17}\n",
        "Year", "Exports", "Imports", "Total trade", "Balance"
    ));
    let cell = |a: f64, b: f64| format!("{a:>7.2} ({b:>7.2})");
    for t in 0..N_YEARS {
        let (y, z) = (&sc.years[t], &base.years[t]);
        out.push_str(&format!(
            "{:<10} {} {} {} {}\n",
            fy_label(t),
            cell(y.total_exports, z.total_exports),
            cell(y.total_imports, z.total_imports),
            cell(y.total_trade, z.total_trade),
            cell(y.balance, z.balance)
        ));
    }
    let last = N_YEARS - 1;
    let sectors = |out: &mut String, title: &str, ids: &[Sector], f: fn(&Year, usize) -> f64| {
        out.push_str(&format!("{title}, {}\n", fy_label(last)));
        for (i, id) in ids.iter().enumerate() {
            out.push_str(&format!(
                "  {:<28} {}\n",
                id.label.en,
                cell(f(&sc.years[last], i), f(&base.years[last], i))
            ));
        }
    };
    out.push('\n');
    sectors(&mut out, "Exports by sector", &EXPORT_SECTORS, |y, i| {
        y.exports[i]
    });
    sectors(&mut out, "Imports by group", &IMPORT_GROUPS, |y, i| {
        y.imports[i]
    });
    let h = &sc.headline;
    let met = |pr: &Projection| {
        pr.headline
            .target_year
            .map_or("not by FY2030-31".to_string(), fy_label)
    };
    out.push_str(&format!(
        "\nTarget US$ {:.0} bn total trade: {:.2} short in {} ({:.2} in the baseline); reached: {} (baseline: {})\nCumulative deficit FY2025-26 to FY2030-31: {:.2} (baseline {:.2})\n",
        p.target,
        h.target_gap,
        fy_label(last),
        base.headline.target_gap,
        met(&sc),
        met(&base),
        h.cumulative_deficit,
        base.headline.cumulative_deficit
    ));
    out
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The CSV's column names: the year, then the scenario's series, then the baseline's.
fn csv_header() -> Vec<String> {
    let mut head = vec!["year".to_string()];
    for prefix in ["", "baseline_"] {
        for c in ["exports", "imports", "total_trade", "balance"] {
            head.push(format!("{prefix}{c}"));
        }
        head.extend(
            EXPORT_SECTORS
                .iter()
                .map(|s| format!("{prefix}exports_{}", s.id)),
        );
        head.extend(
            IMPORT_GROUPS
                .iter()
                .map(|s| format!("{prefix}imports_{}", s.id)),
        );
        head.push(format!("{prefix}crude_volume_mbd"));
    }
    head
}

fn csv_row(t: usize, pr: [&Projection; 2]) -> Vec<String> {
    let n = super::json::number;
    let mut row = vec![fy_label(t)];
    for p in pr {
        let y = &p.years[t];
        for v in [y.total_exports, y.total_imports, y.total_trade, y.balance] {
            row.push(n(v));
        }
        row.extend(y.exports.iter().map(|v| n(*v)));
        row.extend(y.imports.iter().map(|v| n(*v)));
        row.push(n(y.crude_volume));
    }
    row
}

/// CSV: `#` header lines (title, link, levers, sources), then one row per fiscal year with every
/// series, scenario and baseline, US$ bn.
pub fn to_csv(b: &Baseline, p: &Params, s: &Scenario, link: &str) -> String {
    let sc = project(p, s);
    let base = project(p, &Scenario::baseline(&b.params));
    let mut o = String::new();
    o.push_str("# India-Russia trade calculator: projection of India's trade with Russia, US$ bn at current prices\n");
    o.push_str(&format!("# link: {link}\n"));
    o.push_str(&format!("# scenario: {}\n", encode(s, p, &b.params)));
    let levers: Vec<String> = LEVERS
        .iter()
        .map(|l| format!("{}={}", l.key, l.format((l.get)(s))))
        .collect();
    o.push_str(&format!("# levers: {}\n", levers.join("; ")));
    o.push_str("# baseline_* columns: current trends (every lever at its default)\n");
    o.push_str(
        "# sources (tag: OFF official, DER derived, TRK tracker, PRESS press, EST our estimate):\n",
    );
    for d in &b.rows {
        o.push_str(&format!(
            "#   {} = {} {} [{}] {}\n",
            d.key,
            d.value,
            d.unit,
            d.tag.code(),
            d.source.replace('\n', " ")
        ));
    }
    for row in std::iter::once(csv_header()).chain((0..N_YEARS).map(|t| csv_row(t, [&sc, &base]))) {
        let row: Vec<String> = row.iter().map(|f| csv_field(f)).collect();
        o.push_str(&row.join(","));
        o.push('\n');
    }
    o
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{parse, BASELINE_TEXT};

    #[test]
    fn csv_has_a_header_and_seven_rows_of_equal_width() {
        let b = parse(BASELINE_TEXT).unwrap();
        let s = Scenario {
            oil_change: -10.0,
            ..Scenario::baseline(&b.params)
        };
        let csv = to_csv(&b, &b.params, &s, "http://x/?v=1&oil=-10");
        let data: Vec<&str> = csv.lines().filter(|l| !l.starts_with('#')).collect();
        assert_eq!(data.len(), 1 + N_YEARS);
        let width = data[0].split(',').count();
        assert!(data.iter().all(|l| l.split(',').count() == width));
        assert!(csv.contains("# levers: eaeu_cut=0; "));
        assert!(csv.contains("oil=-10"));
        assert!(data[N_YEARS].starts_with("FY2030-31,"));
    }

    #[test]
    fn json_holds_every_lever_year_and_source() {
        let b = parse(BASELINE_TEXT).unwrap();
        let s = Scenario::baseline(&b.params);
        let j = to_json(&b, &b.params, &s);
        for l in LEVERS {
            assert!(j.contains(&format!("\"{}\":", l.key)), "{}", l.key);
        }
        assert!(j.contains("\"FY2030-31\""));
        assert_eq!(j.matches("\"tag\":").count(), b.rows.len());
        assert!(!j.contains("NaN") && !j.contains("inf"));
    }
}
