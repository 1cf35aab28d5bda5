//! The projection as JSON (the command line's `--format json`, later the page's download) and as a
//! readable text table. Schema: see README.md, "The JSON output".

use crate::data::{Baseline, Params, EXPORT_SECTORS, IMPORT_GROUPS};
use crate::levers::LEVERS;
use crate::model::{fy_label, project, Projection, Scenario, N_YEARS};
use crate::scenario::encode_full;

pub const SCHEMA: &str = "india-russia-trade/projection/1";

/// JSON string literal with escapes.
fn js(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// JSON number (shortest text that reads back to the same f64); `null` if not finite.
fn jn(v: f64) -> String {
    if v.is_finite() {
        format!("{v}")
    } else {
        "null".into()
    }
}

fn jarr(vals: impl Iterator<Item = f64>) -> String {
    let items: Vec<String> = vals.map(jn).collect();
    format!("[{}]", items.join(", "))
}

fn projection_json(pr: &Projection, indent: &str) -> String {
    let ys = &pr.years;
    let series = |f: &dyn Fn(usize) -> f64| jarr((0..N_YEARS).map(f));
    let by = |ids: &[crate::data::SectorId], get: &dyn Fn(usize, usize) -> f64| {
        let rows: Vec<String> = ids
            .iter()
            .enumerate()
            .map(|(i, s)| format!("{indent}      {}: {}", js(s.id), series(&|t| get(t, i))))
            .collect();
        format!("{{\n{}\n{indent}    }}", rows.join(",\n"))
    };
    let h = &pr.headline;
    let target_year = h
        .target_year
        .map_or("null".to_string(), |t| js(&fy_label(t)));
    format!(
        "{{\n\
         {indent}  \"exports\": {{\n\
         {indent}    \"total\": {},\n\
         {indent}    \"by_sector\": {}\n\
         {indent}  }},\n\
         {indent}  \"imports\": {{\n\
         {indent}    \"total\": {},\n\
         {indent}    \"by_group\": {}\n\
         {indent}  }},\n\
         {indent}  \"crude_volume_mbd\": {},\n\
         {indent}  \"total_trade\": {},\n\
         {indent}  \"balance\": {},\n\
         {indent}  \"headline\": {{\n\
         {indent}    \"year\": {},\n\
         {indent}    \"exports\": {},\n\
         {indent}    \"imports\": {},\n\
         {indent}    \"total_trade\": {},\n\
         {indent}    \"balance\": {},\n\
         {indent}    \"target\": {},\n\
         {indent}    \"target_gap\": {},\n\
         {indent}    \"target_met_in\": {},\n\
         {indent}    \"cumulative_deficit_from_fy2025_26\": {}\n\
         {indent}  }}\n\
         {indent}}}",
        series(&|t| ys[t].total_exports),
        by(&EXPORT_SECTORS, &|t, i| ys[t].exports[i]),
        series(&|t| ys[t].total_imports),
        by(&IMPORT_GROUPS, &|t, i| ys[t].imports[i]),
        series(&|t| ys[t].crude_volume),
        series(&|t| ys[t].total_trade),
        series(&|t| ys[t].balance),
        js(&fy_label(N_YEARS - 1)),
        jn(h.final_exports),
        jn(h.final_imports),
        jn(h.final_total),
        jn(h.final_balance),
        jn(pr.target),
        jn(h.target_gap),
        target_year,
        jn(h.cumulative_deficit),
    )
}

/// The whole projection, scenario and baseline, with every input used and every source.
/// `params` are the assumptions in force (the shipped data unless a link changed some).
pub fn to_json(b: &Baseline, p: &Params, s: &Scenario) -> String {
    let scenario = project(p, s);
    let baseline = project(p, &Scenario::baseline(&b.params));
    let levers: Vec<String> = LEVERS
        .iter()
        .map(|l| format!("      {}: {}", js(l.key), jn((l.get)(s))))
        .collect();
    let exports: Vec<String> = EXPORT_SECTORS
        .iter()
        .zip(&p.exports)
        .enumerate()
        .map(|(i, (id, e))| {
            format!(
                "      {}: {{\"label\": {}, \"value_fy2024_25\": {}, \"eaeu_tariff_pct\": {}, \"import_demand_elasticity\": {}, \"russia_import_market\": {}, \"growth_pct\": {}}}",
                js(id.id),
                js(id.label),
                jn(e.value),
                jn(e.tariff),
                jn(e.elasticity),
                jn(e.market),
                jn(s.sector_growth[i].unwrap_or(s.growth))
            )
        })
        .collect();
    let imports: Vec<String> = IMPORT_GROUPS
        .iter()
        .zip(&p.imports)
        .map(|(id, g)| {
            format!(
                "      {}: {{\"label\": {}, \"value_fy2024_25\": {}, \"india_tariff_pct\": {}, \"import_demand_elasticity\": {}}}",
                js(id.id),
                js(id.label),
                jn(g.value),
                jn(g.tariff),
                jn(g.elasticity)
            )
        })
        .collect();
    let sources: Vec<String> = b
        .rows
        .iter()
        .map(|d| {
            format!(
                "    {{\"key\": {}, \"value\": {}, \"unit\": {}, \"tag\": {}, \"source\": {}}}",
                js(d.key),
                jn(d.value),
                js(d.unit),
                js(d.tag.code()),
                js(d.source)
            )
        })
        .collect();
    let years: Vec<String> = (0..N_YEARS).map(|t| js(&fy_label(t))).collect();
    format!(
        "{{\n  \"schema\": {},\n  \"units\": {{\"money\": \"US$ bn, current prices\", \"crude_volume\": \"million barrels a day\"}},\n  \"scenario\": {{\n    \"query\": {},\n    \"levers\": {{\n{}\n    }}\n  }},\n  \"years\": [{}],\n  \"projection\": {},\n  \"baseline\": {},\n  \"inputs\": {{\n    \"exports\": {{\n{}\n    }},\n    \"imports\": {{\n{}\n    }},\n    \"crude_volume_mbd_fy2024_25\": {},\n    \"substitution_elasticity\": {},\n    \"non_oil_import_growth_pct\": {},\n    \"target\": {}\n  }},\n  \"sources\": [\n{}\n  ]\n}}\n",
        js(SCHEMA),
        js(&encode_full(s, p, &b.params)),
        levers.join(",\n"),
        years.join(", "),
        projection_json(&scenario, "  "),
        projection_json(&baseline, "  "),
        exports.join(",\n"),
        imports.join(",\n"),
        jn(p.crude_volume),
        jn(p.substitution),
        jn(s.nonoil_growth),
        jn(p.target),
        sources.join(",\n"),
    )
}

/// A readable table: each year's exports, imports, total and balance, scenario beside baseline.
pub fn to_table(b: &Baseline, p: &Params, s: &Scenario) -> String {
    let sc = project(p, s);
    let base = project(p, &Scenario::baseline(&b.params));
    let mut out = String::new();
    out.push_str(&format!(
        "India's trade with Russia, US$ bn at current prices\nScenario: {}   (baseline in brackets: every lever at its default)\n\n",
        encode_full(s, p, &b.params)
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
    out.push_str(&format!("\nExports by sector, {}\n", fy_label(N_YEARS - 1)));
    for (i, id) in EXPORT_SECTORS.iter().enumerate() {
        out.push_str(&format!(
            "  {:<28} {}\n",
            id.label,
            cell(
                sc.years[N_YEARS - 1].exports[i],
                base.years[N_YEARS - 1].exports[i]
            )
        ));
    }
    out.push_str(&format!("Imports by group, {}\n", fy_label(N_YEARS - 1)));
    for (i, id) in IMPORT_GROUPS.iter().enumerate() {
        out.push_str(&format!(
            "  {:<28} {}\n",
            id.label,
            cell(
                sc.years[N_YEARS - 1].imports[i],
                base.years[N_YEARS - 1].imports[i]
            )
        ));
    }
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
        fy_label(N_YEARS - 1),
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

/// CSV: `#` header lines (title, link, levers, sources), then one row per fiscal year with every
/// series, scenario and baseline, US$ bn.
pub fn to_csv(b: &Baseline, p: &Params, s: &Scenario, link: &str) -> String {
    let sc = project(p, s);
    let base = project(p, &Scenario::baseline(&b.params));
    let mut o = String::new();
    o.push_str("# India-Russia trade calculator: projection of India's trade with Russia, US$ bn at current prices\n");
    o.push_str(&format!("# link: {link}\n"));
    o.push_str(&format!("# scenario: {}\n", encode_full(s, p, &b.params)));
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
    let mut head = vec!["year".to_string()];
    for prefix in ["", "baseline_"] {
        for c in ["exports", "imports", "total_trade", "balance"] {
            head.push(format!("{prefix}{c}"));
        }
        for id in EXPORT_SECTORS {
            head.push(format!("{prefix}exports_{}", id.id));
        }
        for id in IMPORT_GROUPS {
            head.push(format!("{prefix}imports_{}", id.id));
        }
        head.push(format!("{prefix}crude_volume_mbd"));
    }
    o.push_str(&head.join(","));
    o.push('\n');
    for t in 0..N_YEARS {
        let mut row = vec![fy_label(t)];
        for pr in [&sc, &base] {
            let y = &pr.years[t];
            for v in [y.total_exports, y.total_imports, y.total_trade, y.balance] {
                row.push(jn(v));
            }
            row.extend(y.exports.iter().map(|v| jn(*v)));
            row.extend(y.imports.iter().map(|v| jn(*v)));
            row.push(jn(y.crude_volume));
        }
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
    fn json_escapes_strings() {
        assert_eq!(js("a\"b\\c\nd\u{1}"), "\"a\\\"b\\\\c\\nd\\u0001\"");
        assert_eq!(jn(f64::NAN), "null");
        assert_eq!(jn(0.1 + 0.2), "0.30000000000000004");
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
