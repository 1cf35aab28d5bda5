//! The JSON report: every lever, year kind and source; a link's words; the pin; the running year.

use super::*;
use crate::data::{parse, BASELINE_TEXT};

#[test]
fn the_document_holds_every_lever_year_kind_and_source() {
    let b = parse(BASELINE_TEXT).unwrap();
    let s = Scenario::baseline(&b.params);
    let d = document(&Report::new(&b, &b.params, &s));
    let levers: Vec<_> = d.scenario.levers.0.iter().map(|(k, _)| *k).collect();
    assert_eq!(levers, LEVERS.iter().map(|l| l.key).collect::<Vec<_>>());
    assert_eq!(d.years[0], "FY2017-18");
    assert_eq!(d.kind[0], "actual");
    assert_eq!(d.kind.last(), Some(&"projection"));
    assert_eq!(
        (d.years.len(), d.inr_per_usd.len()),
        (d.kind.len(), d.kind.len())
    );
    assert_eq!(d.estimated.len(), d.years.len());
    let marked: Vec<&str> = (d.years.iter().zip(&d.estimated))
        .filter(|(_, e)| e.iter().any(|f| f == "exports" || f == "imports"))
        .map(|(y, _)| y.as_str())
        .collect();
    assert!(marked.is_empty(), "{marked:?}"); // every past year's trade is official
    let fixture = crate::baseline_with_estimates();
    let e = document(&Report::new(fixture, &fixture.params, &s)).estimated;
    assert_eq!(e[3], ["exports", "imports", "balance"]);
    assert_eq!(e[5], ["exports", "total_trade", "balance"]);
    assert!(e[4].is_empty() && e[6].is_empty());
    assert_eq!(d.base_year, "FY2025-26");
    assert_eq!(d.sources.len(), b.rows.len());
    assert!(d.pinned.is_none() && d.solve.is_none());
    assert!(d.moved_from_pinned.is_none());
    assert_eq!(d.running_year, None); // the shipped file has no running year
    assert_eq!(d.projection.headline.crude_capped_from, None);
    // 2.5 mb/d growing 20 % a year asks for more than India imports from all suppliers
    let more = Scenario {
        oil_volume: 2.5,
        oil_change: 20.0,
        ..s
    };
    let d = document(&Report::new(&b, &b.params, &more));
    let h = &d.projection.headline;
    assert_eq!(h.crude_capped_from.as_deref(), Some("FY2030-31"));
    assert_eq!(d.baseline.headline.crude_capped_from, None);
    assert_eq!(
        d.projection.crude_volume_mbd.last(),
        Some(&Some(Num(4.884)))
    );
}

#[test]
fn a_links_chart_words_are_echoed_and_absent_when_unset() {
    let b = parse(BASELINE_TEXT).unwrap();
    let s = Scenario::baseline(&b.params);
    let d = crate::link::decode(
        "title=Deficit%20halves&note=%20Not%20%20a%20forecast",
        &b.params,
    );
    let doc = document(&Report {
        words: Some(&d.view.words),
        ..Report::new(&b, &b.params, &s)
    });
    let w = doc.scenario.chart_words.expect("echoed");
    assert_eq!(w.title.as_deref(), Some("Deficit halves"));
    assert_eq!(w.subtitle, None);
    assert_eq!(w.note.as_deref(), Some("Not a forecast"));
    let none = crate::link::decode("eaeu_cut=50", &b.params);
    let doc = document(&Report {
        words: Some(&none.view.words),
        ..Report::new(&b, &b.params, &s)
    });
    assert!(doc.scenario.chart_words.is_none());
    // a title too long is cut, with a notice
    let long = crate::link::decode(&format!("title={}", "x".repeat(150)), &b.params);
    assert_eq!(long.view.words.title.map(|t| t.len()), Some(100));
    assert!(long.notices.iter().any(|n| matches!(
        n,
        crate::link::Notice::TextCut {
            key: "title",
            max: 100
        }
    )));
    // direction controls are taken out of every text a link carries, with a notice
    let rtl = crate::link::decode(
        "title=Oil%20%E2%80%AEstop&pin=oil%3D-20&pinname=A%E2%81%A6B",
        &b.params,
    );
    assert_eq!(rtl.view.words.title.as_deref(), Some("Oil stop"));
    assert_eq!(rtl.pinned_name.as_deref(), Some("A B"));
    for key in ["title", "pinname"] {
        assert!(
            rtl.notices.iter().any(|n| matches!(
                n,
                crate::link::Notice::BidiRemoved { key: k, cut: None } if *k == key
            )),
            "{key}: {:?}",
            rtl.notices
        );
    }
    // and the link written back carries them
    assert_eq!(
        d.view.words.encode(),
        "title=Deficit%20halves&note=Not%20a%20forecast"
    );
}

#[test]
fn a_pin_brings_its_name_and_what_moved_from_it() {
    let b = parse(BASELINE_TEXT).unwrap();
    let p = b.params;
    let s = Scenario {
        eaeu_cut: 50.0,
        oil_stop: 2028.0,
        ..Scenario::baseline(&p)
    };
    let pin = Scenario {
        oil_change: -20.0,
        ..Scenario::baseline(&p)
    };
    let r = Report {
        pinned: Some(&pin),
        name: Some("Half FTA plus stop"),
        pinned_name: Some("Oil \u{2212}20"),
        ..Report::new(&b, &p, &s)
    };
    let d = document(&r);
    let pinned = d.pinned.as_ref().unwrap();
    assert_eq!(pinned.name.as_deref(), Some("Oil \u{2212}20"));
    assert_eq!(d.scenario.name.as_deref(), Some("Half FTA plus stop"));
    let moved = d.moved_from_pinned.as_ref().unwrap();
    let (yours, theirs) = (project(&p, &s), project(&p, &pin));
    for (key, m) in &moved.0 {
        let (end, start) = match *key {
            "balance" => (yours.last().balance, theirs.last().balance),
            _ => (yours.last().total_trade, theirs.last().total_trade),
        };
        assert_eq!((m.scenario.0, m.pinned.0), (end, start));
        let sum: f64 = m.parts.0.iter().map(|(_, v)| v.0).sum();
        assert!((sum - (end - start)).abs() < 1e-9, "{key}: {sum}");
        assert!(
            m.sentence.contains("against the pinned scenario"),
            "{}",
            m.sentence
        );
    }
    // the same scenario pinned: nothing moved
    let same = document(&Report {
        pinned: Some(&s),
        ..r
    });
    for (_, m) in &same.moved_from_pinned.unwrap().0 {
        assert!(m.parts.0.iter().all(|(_, v)| v.0 == 0.0));
        assert!(m.sentence.contains("the same"), "{}", m.sentence);
    }
}

#[test]
fn the_running_year_is_in_the_document_with_the_same_months_projection() {
    let b = crate::baseline_with_running();
    let s = Scenario::baseline(&b.params);
    let d = document(&Report::new(b, &b.params, &s));
    let r = d.running_year.expect("the fixture has months");
    assert_eq!((r.year.as_str(), r.months), ("FY2026-27", 7));
    assert_eq!(r.period, "April–October 2026");
    assert_eq!((r.exports, r.imports), (Num(4.05), Num(26.05)));
    assert!((r.total_trade.0 - 30.1).abs() < 1e-9 && (r.balance.0 + 22.0).abs() < 1e-9);
    let sc = project(&b.params, &s);
    let y = &sc.years()[1];
    assert!((r.projected.total_trade.0 - y.total_trade * 7.0 / 12.0).abs() < 1e-9);
    assert!((r.projected.balance.0 - y.balance * 7.0 / 12.0).abs() < 1e-9);
    assert!(r.method.contains("even pace") && r.source.contains("April-October 2026"));
    // its rows are among the sources, in words
    let rows: Vec<_> = (d.sources.iter())
        .filter(|x| x.key.starts_with("running."))
        .map(|x| (x.figure.as_str(), x.tag))
        .collect();
    assert_eq!(
        rows,
        [
            ("Months of FY2026-27 published so far, from April", "OFF"),
            ("India's exports to Russia, FY2026-27 so far", "OFF"),
            ("India's imports from Russia, FY2026-27 so far", "OFF"),
        ]
    );
}
