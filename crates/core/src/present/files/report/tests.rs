//! The text table, the CSVs and the downloads' names.

use super::*;
use crate::data::{parse, BASELINE_TEXT};

#[test]
fn the_table_has_the_running_year_s_line_only_when_the_data_has_its_months() {
    let b = crate::baseline_with_running();
    let s = Scenario::baseline(&b.params);
    let sc = project(&b.params, &s);
    let t = to_table(&Report::new(b, &b.params, &s));
    let line = t
        .lines()
        .find(|l| l.starts_with("FY2026-27 so far"))
        .expect("a running-year line");
    let y = &sc.years()[1];
    assert!(line.contains("April–October 2026 (official, 7 months): exports 4.05, imports 26.05, total trade 30.10, balance -22.00"), "{line}");
    assert!(
        line.contains(&format!(
            "total trade {:.2}, balance {:.2}",
            y.total_trade * 7.0 / 12.0,
            y.balance * 7.0 / 12.0
        )),
        "{line}"
    );
    assert!(line.contains("even pace: an approximation"));
    let shipped = crate::baseline().unwrap();
    let t = to_table(&Report::new(shipped, &shipped.params, &s));
    assert!(!t.contains("so far"));
}

#[test]
fn csv_is_a_plain_table_from_the_first_actual_year() {
    let b = parse(BASELINE_TEXT).unwrap();
    let s = Scenario {
        oil_change: -10.0,
        ..Scenario::baseline(&b.params)
    };
    let csv = to_csv(&Report::new(&b, &b.params, &s));
    let lines: Vec<&str> = csv.lines().collect();
    assert!(lines[0].starts_with(
        "\u{FEFF}year,kind,estimated,exports_usd_bn,imports_usd_bn,total_trade_usd_bn,balance_usd_bn,"
    ));
    // no computing noise: every number is its shortest form at a millionth
    for cell in csv.split([',', '\n']).filter(|c| c.parse::<f64>().is_ok()) {
        let decimals = cell.split('.').nth(1).map_or(0, str::len);
        assert!(decimals <= 6, "{cell}");
    }
    assert_eq!(lines.len(), 1 + 14);
    let width = lines[0].split(',').count();
    assert!(lines.iter().all(|l| l.split(',').count() == width));
    assert!(lines[1].starts_with("FY2017-18,actual,,2.1134,8.57346,10.68686,-6.46006,"));
    assert!(lines[14].starts_with("FY2030-31,projection,,"));
    // the band from the base year on (no spread in it); the pinned scenario when there is one
    assert!(lines[0].ends_with(
        ",total_trade_p10_usd_bn,total_trade_p50_usd_bn,total_trade_p90_usd_bn,data_release"
    ));
    // the data release on every line, last (a link's data=)
    assert!(lines[1..].iter().all(|l| l.ends_with(",2026-07")));
    assert!(lines[8].ends_with(",,,,,,2026-07"), "{}", lines[8]);
    assert!(
        lines[9].ends_with(",59.86308,59.86308,59.86308,2026-07"),
        "{}",
        lines[9]
    );
    let pin = Scenario::baseline(&b.params);
    let pinned = to_csv(&Report {
        pinned: Some(&pin),
        ..Report::new(&b, &b.params, &s)
    });
    let first = pinned.lines().next().unwrap();
    assert!(first.ends_with(
        ",pinned_exports_usd_bn,pinned_imports_usd_bn,pinned_total_trade_usd_bn,pinned_balance_usd_bn,data_release"
    ));
    assert!(pinned.lines().all(|l| l.split(',').count() == width + 4));
    let named = Report {
        name: Some("Oil, \"slower\""),
        ..Report::new(&b, &b.params, &s)
    };
    let sources = to_sources_csv(&named, "http://x/?v=1&oil=-10");
    assert!(sources.starts_with(
        "\u{FEFF}item,key,value,unit,tag,source\nLink to this scenario,link,http://x/?v=1&oil=-10,"
    ));
    assert!(sources.contains(
        "\nData release (the link's data=),data,2026-07,release,,\"Released 2026-07-18, covers FY2017-18 to FY2025-26: The Department of Commerce's"
    ));
    assert!(sources.contains("\nScenario name,name,\"Oil, \"\"slower\"\"\",,,\n"));
    assert!(sources.contains(",export.pharma.hs,HS 30,HS chapters,"));
    assert!(sources.contains("lever.oil,-10,% a year"));
    assert!(sources
        .contains("Pharmaceuticals: EAEU duty on Indian goods,export.pharma.tariff,3,%,EST,"));
}

/// The `estimated` column: in the shipped file only the base year's crude split and volume
/// are estimates; in the fixture FY2020-21's split is a press report and FY2022-23's exports
/// our estimate, while FY2021-22 and FY2023-24 (the dashed line's ends on the charts) are
/// official, and so is every projected year.
#[test]
fn csv_marks_each_years_unofficial_figures() {
    let b = parse(BASELINE_TEXT).unwrap();
    let s = Scenario::baseline(&b.params);
    let shipped = to_csv(&Report::new(&b, &b.params, &s));
    assert!(shipped
        .lines()
        .skip(1)
        .take(8)
        .all(|l| l.contains(",actual,,")));
    let b = crate::baseline_with_estimates();
    let csv = to_csv(&Report::new(b, &b.params, &s));
    let lines: Vec<&str> = csv.lines().collect();
    assert!(lines[0].starts_with("\u{FEFF}year,kind,estimated,exports_usd_bn,"));
    assert!(
        lines[4].starts_with("FY2020-21,actual,exports imports balance,2.65584,5.48575,8.14158,")
    );
    assert!(lines[5].starts_with("FY2021-22,actual,,3.25468,"));
    assert!(lines[6].starts_with("FY2022-23,actual,exports total_trade balance,3.14721,46.21271,"));
    assert!(lines[7].starts_with("FY2023-24,actual,,4.26,"));
    assert!(lines[9].starts_with(
        "FY2025-26,actual,imports_crude imports_other_fuels crude_volume,4.49352,55.36956,"
    ));
    assert!(lines[10..].iter().all(|l| l.contains(",projection,,")));
}

#[test]
fn downloads_are_named_after_the_scenario() {
    assert_eq!(
        file_stem(Some("  Oil stop: 2028!"), Some("fta"), "v=1&oil=-10"),
        "india-russia-trade-oil-stop-2028"
    );
    // a name in Devanagari or Cyrillic has no Latin letters: the preset, or the link's hash
    assert_eq!(
        file_stem(Some("तेल"), Some("fta"), "v=1"),
        "india-russia-trade-fta"
    );
    assert_eq!(
        file_stem(None, None, "v=1"),
        "india-russia-trade-current-trends"
    );
    // unnamed: what the link changes, in the lever table's order, ASCII
    assert_eq!(
        file_stem(None, None, "v=1&eaeu_cut=50&oil_stop=2028"),
        "india-russia-trade-eaeu-cut-50-oil-stop-2028"
    );
    assert_eq!(
        file_stem(
            Some("Ёлка"),
            None,
            "v=1&oil=-10&growth=8.5&pin=oil%3D-20&name=x"
        ),
        "india-russia-trade-oil-minus-10-growth-8.5"
    );
    assert_eq!(
        file_stem(None, None, "v=1&g_pharma=20&a_sigma=3"),
        "india-russia-trade-g-pharma-20-a-sigma-3"
    );
    // a pin alone leaves the scenario at current trends
    assert_eq!(
        file_stem(None, None, "v=1&pin=oil%3D-20"),
        "india-russia-trade-current-trends"
    );
}

#[test]
fn an_unnamed_scenario_is_named_after_its_levers_within_the_cap() {
    let p = parse(BASELINE_TEXT).unwrap().params;
    let mut rng = crate::insight::rng::Rng::new(33);
    for _ in 0..500 {
        let mut s = Scenario::baseline(&p);
        for l in LEVERS {
            if rng.uniform() < 0.4 {
                let v = l.min(p.base_year) + (l.max - l.min(p.base_year)) * rng.uniform();
                let (crate::model::levers::Fit::Ok(v) | crate::model::levers::Fit::Clamped(v)) =
                    l.fit(v, &p);
                (l.set)(&mut s, v);
            }
        }
        let q = encode(&s, &p, &p);
        let stem = file_stem(None, None, &q);
        let tail = stem.strip_prefix("india-russia-trade-").unwrap();
        assert!(tail.len() <= MAX_STEM_TAIL, "{stem}");
        assert!(
            tail.bytes()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-' || c == b'.'),
            "{stem}"
        );
        // the first changed lever, in the table's order, leads the name
        let first = LEVERS.iter().find(|l| (l.get)(&s) != l.default_value(&p));
        match first {
            None => assert_eq!(tail, "current-trends"),
            Some(l) => assert!(tail.starts_with(&l.key.replace('_', "-")), "{stem} {q}"),
        }
    }
}
