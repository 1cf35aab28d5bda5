//! Links keep their figures as the data move on: a link carries the vintage it was made on
//! (`data=`), and a newer vintage (here a fixture, the latest file with other figures and a later
//! release) changes what a link without `data=` shows, never what a link with one shows.

use trade_core::data::{self, Baseline};
use trade_core::link;
use trade_core::present::files::report::{self, Report};
use trade_core::vintage;

/// A later release: the latest file with a new id and date, and other figures.
fn fixture() -> &'static str {
    let t = vintage::text(vintage::LATEST).unwrap();
    let t = t
        .replace("vintage.id | 2026-07 |", "vintage.id | 2026-12 |")
        .replace("vintage.date | 2026-07-18 |", "vintage.date | 2026-12-15 |")
        .replace("growth.exports | 8.4 |", "growth.exports | 11.0 |")
        .replace("target.total | 100 |", "target.total | 110 |");
    assert_ne!(t, vintage::text(vintage::LATEST).unwrap());
    Box::leak(t.into_boxed_str())
}

/// What a front end does with a link, over a list of vintages (newest first): read its `data=`,
/// take that vintage's data, read the link on them, and write the report.
fn table(link: &str, ids: &[&'static str], text: &dyn Fn(&str) -> &'static str) -> String {
    let id = link::vintage_in(link, ids);
    let b: Baseline = data::parse(text(id)).unwrap();
    assert_eq!(b.vintage.id, id);
    let d = link::decode(link::query_of(link), &b.params);
    let r = Report {
        pinned: d.pinned.as_ref(),
        ..Report::new(&b, &d.params, &d.scenario)
    };
    report::to_table(&r)
}

#[test]
fn a_link_made_on_the_latest_data_computes_the_same_after_a_newer_vintage_is_added() {
    let shipped = |id: &str| vintage::text(id).unwrap();
    let later = fixture();
    let with_later = move |id: &str| {
        if id == "2026-12" {
            later
        } else {
            vintage::text(id).unwrap()
        }
    };
    let mut ids_later = vec!["2026-12"];
    ids_later.extend_from_slice(vintage::IDS);

    // links as the page writes them today: the scenario, then the vintage it was made on
    let b = trade_core::baseline().unwrap();
    for scenario in [
        "v=1",
        "v=1&eaeu_cut=50&oil=-10&growth=15",
        "v=1&oil_stop=2028&pin=oil%3D-20",
    ] {
        let link = format!(
            "https://example.org/calc/?{scenario}&{}",
            link::encode_vintage(b.vintage.id)
        );
        let today = table(&link, vintage::IDS, &shipped);
        let after = table(&link, &ids_later, &with_later);
        assert_eq!(
            today, after,
            "{link}: the same figures after a newer release"
        );
        // without data= the link follows the newest data: the fixture does change the figures
        let bare = format!("https://example.org/calc/?{scenario}");
        assert_eq!(table(&bare, vintage::IDS, &shipped), today);
        assert_ne!(table(&bare, &ids_later, &with_later), today, "{bare}");
    }
    // and an old link keeps the old vintage's figures
    let old = "?v=1&oil=-10&data=2025-08";
    assert_eq!(
        table(old, vintage::IDS, &shipped),
        table(old, &ids_later, &with_later)
    );
    assert!(table(old, vintage::IDS, &shipped).contains("FY2024-25  actual"));
}

#[test]
fn data_in_a_link_is_read_and_written_by_the_codec() {
    let b = trade_core::baseline().unwrap();
    let d = link::decode("v=1&oil=-10&data=2025-08", &b.params);
    assert_eq!((d.vintage, d.notices.len()), ("2025-08", 0));
    let d = link::decode("v=1&oil=-10", &b.params);
    assert_eq!(
        (d.vintage, d.notices.len()),
        (vintage::LATEST, 0),
        "no data= is the latest"
    );
    // an unknown id: a notice, and the latest
    let d = link::decode("v=1&data=2031-01", &b.params);
    assert_eq!(d.vintage, vintage::LATEST);
    assert_eq!(
        d.notices,
        vec![link::Notice::UnknownVintage {
            given: "2031-01".into(),
            latest: vintage::LATEST
        }]
    );
    assert_eq!(link::vintage_of("v=1&data=2031-01"), vintage::LATEST);
    assert_eq!(link::vintage_of("https://x.org/?data=2025-08#a"), "2025-08");
    assert_eq!(
        link::vintage_of("data%3D=2025-08"),
        vintage::LATEST,
        "a key of its own"
    );
    // the first data= counts, the second is a repeated key
    let d = link::decode("data=2025-08&data=2026-07", &b.params);
    assert_eq!(d.vintage, "2025-08");
    assert_eq!(link::vintage_of("data=2025-08&data=2026-07"), "2025-08");
    assert!(matches!(&d.notices[..], [link::Notice::Repeated { .. }]));
    // inside a pin: the pinned scenario is drawn on the page's data
    let d = link::decode("pin=oil%3D-20%26data%3D2025-08", &b.params);
    assert_eq!(d.vintage, vintage::LATEST);
    assert!(
        matches!(&d.notices[..], [link::Notice::Pinned(n)] if matches!(**n, link::Notice::PinnedAssumption { .. }))
    );
    // the same scenario on other data: every data= replaced
    assert_eq!(
        link::with_vintage("v=1&data=2025-08&oil=-10", "2026-07"),
        "v=1&oil=-10&data=2026-07"
    );
    assert_eq!(link::with_vintage("?", "2026-07"), "data=2026-07");
}

#[test]
fn the_unknown_vintage_notice_speaks_every_language_with_the_latest_month() {
    use trade_core::present::format::Loc;
    use trade_core::tr::Lang;
    let n = link::Notice::UnknownVintage {
        given: "2031-01".into(),
        latest: "2026-07",
    };
    let words: Vec<String> = Lang::ALL
        .iter()
        .map(|&lang| {
            n.for_page_in(&Loc {
                lang,
                ..Loc::english()
            })
        })
        .collect();
    assert!(
        words[0].contains("July\u{a0}2026") && words[0].contains("2031-01"),
        "{}",
        words[0]
    );
    assert!(words[1].contains("जुलाई\u{a0}2026"), "{}", words[1]);
    assert!(words[2].contains("июля\u{a0}2026\u{a0}г."), "{}", words[2]);
    for w in &words {
        assert!(!w.contains('`') && !w.is_empty(), "{w}");
    }
}

#[test]
fn an_old_vintages_page_line_and_the_sources_line_speak_every_language() {
    use trade_core::present::words::notices::{old_vintage_line, release_line};
    use trade_core::tr::Lang;
    let old = vintage::baseline("2025-08").unwrap().unwrap().vintage;
    let l = old_vintage_line(Lang::En, &old);
    assert_eq!(
        format!("{} {} {}", l.said, l.newer, l.link),
        "Figures as published with the data of August\u{a0}2025. Newer data: see today's figures"
    );
    assert!(old_vintage_line(Lang::Hi, &old)
        .said
        .contains("अगस्त\u{a0}2025"));
    assert!(old_vintage_line(Lang::Ru, &old)
        .said
        .ends_with("по данным августа\u{a0}2025\u{a0}г."));
    let latest = trade_core::baseline().unwrap().vintage;
    assert!(release_line(Lang::En, &latest, "FY2017-18 to FY2025-26")
        .starts_with("The data are the official release of 18\u{a0}July\u{a0}2026 (FY2017-18"));
    assert!(
        release_line(Lang::Ru, &latest, "x").contains("выпуск от 18\u{a0}июля\u{a0}2026\u{a0}г.")
    );
    assert!(release_line(Lang::Ru, &old, "x").contains("выпуск августа\u{a0}2025\u{a0}г."));
    assert!(
        release_line(Lang::Hi, &old, "x").contains("अगस्त\u{a0}2025 का"),
        "no day when the file gives none"
    );
    // the page's notice when an old vintage cannot be loaded
    let n = link::Notice::VintageUnavailable {
        id: "2025-08",
        latest: "2026-07",
    };
    for lang in Lang::ALL {
        let w = n.for_page_in(&trade_core::present::format::Loc {
            lang,
            ..trade_core::present::format::Loc::english()
        });
        assert!(!w.is_empty() && !w.contains('`'), "{w}");
    }
}

#[test]
fn a_vintage_with_the_base_year_alone_says_no_span_of_years() {
    use trade_core::model::{current_trends, project, Scenario};
    use trade_core::present::charts::chart::ChartId;
    use trade_core::present::format::Loc;
    use trade_core::present::words::narrative;
    use trade_core::tr::Lang;
    let b = vintage::baseline("2025-08").unwrap().unwrap();
    let p = &b.params;
    let (sc, base) = (project(p, &Scenario::baseline(p)), current_trends(p));
    for lang in Lang::ALL {
        let loc = Loc {
            lang,
            ..Loc::plain(b, p)
        };
        let total = narrative::total_chart(&loc, b, &sc, &base);
        assert!(
            !total.contains("from") && !total.contains(" to US$"),
            "{total}"
        );
        let d = ChartId::Total
            .data(&loc, b, &sc, &base, Default::default())
            .unwrap();
        let sub = ChartId::Total.subtitle(&loc, &d);
        assert_eq!(sub.matches("2024").count(), 1, "{sub}");
    }
}
