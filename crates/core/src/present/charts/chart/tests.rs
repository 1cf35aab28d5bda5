//! The charts' data: keys, stacking, solid and dashed years, readouts and names.

use super::*;
use crate::model::{project, Scenario};

#[test]
fn charts_round_trip_their_keys_and_stack_adds_up() {
    for c in ChartId::ALL {
        assert_eq!(ChartId::parse(c.key()), Some(c));
    }
    assert_eq!(ChartId::parse("pie"), None);
    let b = crate::baseline().unwrap();
    let p = b.params;
    let sc = project(&p, &Scenario::baseline(&p));
    let d = ChartId::Exports
        .data(&Loc::plain(b, &p), b, &sc, &sc, Extras::default())
        .unwrap();
    assert_eq!(d.kind, Kind::Stacked);
    let last = d.timeline.len() - 1;
    let (_, top) = stack(&d.series, d.series.len(), last);
    assert!((top - sc.last().total_exports).abs() < 1e-9);
    assert!(readout(&Loc::plain(b, &p), &d, last, Names::default())
        .starts_with("FY2030-31: Pharmaceuticals"));
    // FY2021-22: exports known only as a total
    let i = (2021 - d.timeline.first) as usize;
    assert_eq!(
        readout(&Loc::plain(b, &p), &d, i, Names::default()),
        "FY2021-22, actual: Total, not split by sector 3.3 (US$ bn)"
    );
    assert_eq!(
        readout(&Loc::plain(b, &p), &d, 0, Names::default()),
        "FY2017-18, actual: Total, not split by sector 2.1 (US$ bn)"
    );
}

#[test]
fn the_imports_chart_is_split_by_group_and_its_subtitle_names_the_year_word_once() {
    let b = crate::baseline().unwrap();
    let p = b.params;
    let sc = project(&p, &Scenario::baseline(&p));
    let loc = Loc::plain(b, &p);
    for (chart, words) in [
        (ChartId::Exports, UNSPLIT),
        (ChartId::Imports, UNSPLIT_GROUPS),
    ] {
        let d = chart.data(&loc, b, &sc, &sc, Extras::default()).unwrap();
        let names: Vec<Tr> = d.series.iter().map(|s| s.name).collect();
        assert!(names.contains(&words), "{chart:?}: {names:?}");
    }
    assert_eq!(UNSPLIT_GROUPS.ru, "Всего, без разбивки по статьям");
    for lang in [Lang::Hi, Lang::Ru] {
        let loc = Loc { lang, ..loc };
        let d = ChartId::Balance
            .data(&loc, b, &sc, &sc, Extras::default())
            .unwrap();
        let sub = ChartId::Balance.subtitle(&loc, &d);
        let word = crate::tr::pick(lang, "", "वर्ष", "фин.");
        // actual years, then the projection's last year: the word twice, not three times
        assert_eq!(sub.matches(word).count(), 2, "{sub}");
    }
}

#[test]
fn every_past_year_of_todays_data_is_drawn_solid() {
    let shipped = crate::baseline().unwrap();
    let p = shipped.params;
    let sc = project(&p, &Scenario::baseline(&p));
    let d = ChartId::Balance
        .data(
            &Loc::plain(shipped, &p),
            shipped,
            &sc,
            &sc,
            Extras::default(),
        )
        .unwrap();
    for s in d.series.iter().filter(|s| s.paint == Paint::Estimate) {
        assert!(s.values.iter().all(Option::is_none));
    }
    assert!(d.series[0].values[..=d.timeline.base_index()]
        .iter()
        .all(Option::is_some));
}

#[test]
fn scenario_and_current_trends_differ_only_after_the_base_year() {
    let b = crate::baseline_with_estimates();
    let p = b.params;
    let base = project(&p, &Scenario::baseline(&p));
    let sc = project(
        &p,
        &Scenario {
            oil_change: -20.0,
            ..Scenario::baseline(&p)
        },
    );
    let d = ChartId::Balance
        .data(&Loc::plain(b, &p), b, &sc, &base, Extras::default())
        .unwrap();
    let cut = d.timeline.base_index();
    let (actual, scenario, trends) = (&d.series[0], &d.series[1], &d.series[2]);
    // FY2020-21 (a press report's split) and FY2022-23 (our estimate of exports) leave the
    // solid line for the dashed one, which joins them to the years either side
    let estimated = &d.series[3];
    assert_eq!(estimated.paint, Paint::Estimate);
    for (i, (a, e)) in actual.values.iter().zip(&estimated.values).enumerate() {
        let year = d.timeline.year(i);
        match year {
            2017 | 2018 => assert!(a.is_some() && e.is_none(), "{year}"),
            2020 | 2022 => assert!(a.is_none() && e.is_some(), "{year}"),
            2019 | 2021 | 2023 => assert!(a.is_some() && e.is_some(), "{year}"),
            _ => assert!(e.is_none(), "{year}"),
        }
        if year <= d.timeline.base && year != 2020 && year != 2022 {
            assert!(a.is_some(), "{year}");
        }
    }
    assert!(
        readout(&Loc::plain(b, &p), &d, 3, Names::default())
            .starts_with("FY2020-21, actual, partly estimated: deficit 2.8"),
        "{}",
        readout(&Loc::plain(b, &p), &d, 3, Names::default())
    );
    assert!(actual.values[cut + 1..].iter().all(Option::is_none));
    assert_eq!(scenario.values[cut], actual.values[cut]);
    assert_eq!(trends.values[cut], actual.values[cut]);
    assert!(scenario.values[..cut].iter().all(Option::is_none));
    assert_ne!(scenario.values.last(), trends.values.last());
    assert!(
        readout(&Loc::plain(b, &p), &d, cut - 2, Names::default())
            .starts_with("FY2023-24, actual: deficit 57.2"),
        "{}",
        readout(&Loc::plain(b, &p), &d, cut - 2, Names::default())
    );
    assert!(
        readout(&Loc::plain(b, &p), &d, 4, Names::default())
            .starts_with("FY2021-22, actual: deficit 6.6"),
        "{}",
        readout(&Loc::plain(b, &p), &d, 4, Names::default())
    );
}

/// The data table's "partly estimated" column holds only the estimated years, and the actual
/// column every other actual year with a figure: FY2021-22 and FY2023-24, where the dashed
/// line meets the solid one, are official. On both line charts, for every year.
#[test]
fn the_data_table_calls_only_estimated_years_estimated() {
    let b = crate::baseline_with_estimates();
    let p = b.params;
    let sc = project(&p, &Scenario::baseline(&p));
    let loc = Loc::plain(b, &p);
    for (chart, m) in [
        (ChartId::Balance, timeline::BALANCE),
        (ChartId::Total, timeline::TOTAL),
    ] {
        let d = chart.data(&loc, b, &sc, &sc, Extras::default()).unwrap();
        let est = m.estimated(&d.timeline, b);
        let figures = m.over(&d.timeline, b, &sc);
        let column = |paint: Paint| d.series.iter().position(|s| s.paint == paint);
        let (actual, estimated) = (column(Paint::Actual).unwrap(), column(Paint::Estimate));
        let estimated = estimated.expect("FY2022-23 is estimated on both charts");
        for i in 0..d.timeline.len() {
            let year = d.timeline.year(i);
            let (a, e) = (d.table_value(actual, i), d.table_value(estimated, i));
            assert_eq!(e.is_some(), est[i], "{chart:?} {year}");
            let history = year <= d.timeline.base && figures[i].is_some();
            assert_eq!(a.is_some(), history && !est[i], "{chart:?} {year}");
            let shown = readout(&loc, &d, i, Names::default());
            assert_eq!(shown.contains("partly estimated"), est[i], "{shown}");
        }
        // the dashed line itself still reaches the official years either side
        let drawn = &d.series[estimated].values;
        let i = (2023 - d.timeline.first) as usize;
        assert!(drawn[i].is_some() && d.table_value(estimated, i).is_none());
    }
}

/// The issue's scenario (a deficit turned into a surplus): its assumptions, projection,
/// current trends and band.
fn issue_scenario() -> (
    crate::data::Params,
    Projection,
    Projection,
    crate::insight::uncertainty::Band,
) {
    let p = crate::baseline().unwrap().params;
    let d = crate::link::decode(
        "v=1&growth=40&oil_stop=2026&nonoil=-20&eaeu_cut=100&start=2026&phase=1",
        &p,
    );
    let (p, s) = (d.params, d.scenario);
    let band = crate::insight::uncertainty::stated_band(&p, &s);
    (
        p,
        project(&p, &s),
        project(&p, &Scenario::baseline(&p)),
        band,
    )
}

/// A balance's readout names each value a deficit or a surplus, never signs it, in every
/// language and currency, in every year, with the band and a pinned line.
#[test]
fn a_balance_readout_names_its_side_never_a_sign() {
    use crate::present::format::Currency;
    let b = crate::baseline().unwrap();
    let (p, sc, base, band) = issue_scenario();
    let extras = Extras {
        band: Some(&band),
        pinned: Some(&base),
    };
    for lang in Lang::ALL {
        for cur in Currency::ALL {
            let loc = Loc {
                lang,
                cur,
                ..Loc::plain(b, &p)
            };
            let d = ChartId::Balance.data(&loc, b, &sc, &base, extras).unwrap();
            for i in 0..d.timeline.len() {
                let r = readout(&loc, &d, i, Names::default());
                assert!(!r.contains('−') && !r.contains('+'), "{r}");
                assert!(crate::tr::in_script(lang, &r), "{r}");
            }
        }
    }
    let en = Loc::plain(b, &p);
    let d = ChartId::Balance.data(&en, b, &sc, &base, extras).unwrap();
    assert_eq!(
        readout(&en, &d, d.timeline.len() - 1, Names::default()),
        "FY2030-31: Your scenario: surplus 22.4 · likely range: surplus 13.1 to 34.0 · \
         Current trends: deficit 38.7 · Pinned scenario: deficit 38.7 (US$ bn)"
    );
}

/// A likely range across zero names each end's side; the total's readout is as before.
#[test]
fn a_balance_range_across_zero_names_both_sides() {
    let b = crate::baseline().unwrap();
    let (p, sc, base, band) = issue_scenario();
    let extras = Extras {
        band: Some(&band),
        pinned: None,
    };
    let en = Loc::plain(b, &p);
    let mut crossing = ChartId::Balance.data(&en, b, &sc, &base, extras).unwrap();
    let last = crossing.timeline.len() - 1;
    if let Some(band) = &mut crossing.band {
        band.p10[last] = Some(-5.0);
    }
    let r = readout(&en, &crossing, last, Names::default());
    assert!(
        r.contains("likely range: deficit 5.0 to surplus 34.0"),
        "{r}"
    );
    // a range of deficits runs from the smaller to the larger
    let mut deficits = crossing.clone();
    if let Some(band) = &mut deficits.band {
        (band.p10[last], band.p90[last]) = (Some(-45.3), Some(-11.8));
    }
    let r = readout(&en, &deficits, last, Names::default());
    assert!(r.contains("likely range: deficit 11.8 to 45.3"), "{r}");
    let ru = Loc {
        lang: Lang::Ru,
        ..en
    };
    let r = readout(&ru, &crossing, last, Names::default());
    assert!(
        r.contains("вероятный диапазон: от дефицита 5.0 до профицита 34.0"),
        "{r}"
    );
    let t = ChartId::Total.data(&en, b, &sc, &base, extras).unwrap();
    let r = readout(&en, &t, last, Names::default());
    assert!(
        r.starts_with("FY2030-31: Your scenario 32.8 · likely range 23.5 to 44.3"),
        "{r}"
    );
}

#[test]
fn named_lines_are_called_by_their_names_in_the_legend_and_readout() {
    let b = crate::baseline().unwrap();
    let p = b.params;
    let s = Scenario::baseline(&p);
    let (sc, pin) = (
        project(
            &p,
            &Scenario {
                eaeu_cut: 50.0,
                ..s
            },
        ),
        project(
            &p,
            &Scenario {
                oil_change: -20.0,
                ..s
            },
        ),
    );
    let loc = Loc::plain(b, &p);
    let extras = Extras {
        band: None,
        pinned: Some(&pin),
    };
    let names = Names {
        scenario: Some("Half FTA"),
        pinned: Some("Oil cut"),
    };
    for c in ChartId::OVER_TIME {
        let d = c.data(&loc, b, &sc, &sc, extras).unwrap();
        let keys: Vec<String> = d
            .keys()
            .iter()
            .map(|k| named(k.name, Lang::En, names))
            .collect();
        assert!(keys.contains(&"Oil cut".to_string()), "{c:?}: {keys:?}");
        assert!(!keys.contains(&"Pinned scenario".to_string()), "{c:?}");
        let last = d.timeline.len() - 1;
        let r = readout(&loc, &d, last, names);
        assert!(
            r.contains("Oil cut") && !r.contains("Pinned scenario"),
            "{r}"
        );
        assert_eq!(r.contains("Half FTA"), d.kind != Kind::Stacked, "{r}");
        // unnamed, the pinned line stays "Pinned scenario"
        let r = readout(&loc, &d, last, Names::default());
        assert!(r.contains("Pinned scenario"), "{r}");
    }
    let only_pin = Names {
        scenario: None,
        pinned: Some("Oil cut"),
    };
    assert_eq!(named(SCENARIO, Lang::Hi, only_pin), SCENARIO.hi);
    assert_eq!(named(PINNED, Lang::Ru, Names::default()), PINNED.ru);
}

/// Row 58 of the Russian reading: a Russian readout names its lines in small letters after
/// the year and between the dots, and a name the reader gave stays as written.
#[test]
fn a_russian_readout_names_its_lines_in_small_letters() {
    let b = crate::baseline().unwrap();
    let p = b.params;
    let s = Scenario::baseline(&p);
    let (sc, pin) = (
        project(
            &p,
            &Scenario {
                eaeu_cut: 50.0,
                ..s
            },
        ),
        project(&p, &s),
    );
    let loc = Loc {
        lang: Lang::Ru,
        ..Loc::plain(b, &p)
    };
    let extras = Extras {
        band: None,
        pinned: Some(&pin),
    };
    for c in ChartId::OVER_TIME {
        let d = c.data(&loc, b, &sc, &pin, extras).unwrap();
        let last = d.timeline.len() - 1;
        let r = readout(&loc, &d, last, Names::default());
        let after_year = r.split_once(": ").map_or("", |(_, t)| t);
        for item in after_year.split(" · ") {
            let first = item.chars().next().unwrap_or('x');
            assert!(!first.is_uppercase(), "{c:?}: {r}");
        }
        let named = Names {
            scenario: Some("Полное ЗСТ"),
            pinned: None,
        };
        let r = readout(&loc, &d, last, named);
        assert_eq!(r.contains("Полное ЗСТ"), d.kind != Kind::Stacked, "{r}");
    }
}

/// The total trade chart's title names the target the data set (`target.total`), in US$ as it
/// was announced, whatever the reader's currency.
#[test]
fn the_total_charts_title_names_the_target_the_data_set() {
    let b = crate::baseline().unwrap();
    let loc = Loc::plain(b, &b.params);
    assert_eq!(
        ChartId::Total.title(&loc, b.params.target),
        "Total trade against the US$\u{a0}100\u{a0}bn target"
    );
    for lang in Lang::ALL {
        let inr = Loc {
            lang,
            cur: crate::link::view::Currency::Inr,
            ..loc
        };
        let t = ChartId::Total.title(&inr, 120.0);
        assert!(t.contains("120") && !t.contains("100"), "{t}");
        assert!(
            !t.contains("{}") && !t.contains('₹') && !t.contains("रु"),
            "{t}"
        );
        for c in ChartId::ALL.into_iter().filter(|&c| c != ChartId::Total) {
            assert_eq!(c.title(&inr, 120.0), c.title_text().get(lang), "{c:?}");
        }
    }
}
