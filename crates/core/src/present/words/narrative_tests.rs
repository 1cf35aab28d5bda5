//! The tests of the headline's, the summaries' and the charts' words.

use super::super::summaries::first_split;
use super::*;
use crate::model::{project, Scenario};
use crate::present::format::Currency;
use crate::tr::in_script;

use crate::present::words::parts::rupees_in_their_own_unit;

#[test]
fn sentences_write_each_rupee_amount_in_its_own_unit() {
    let b = crate::baseline().unwrap();
    let p = b.params;
    let base = project(&p, &Scenario::baseline(&p));
    let mut rng = crate::insight::rng::Rng::new(7);
    let mut straddle = 0;
    for i in 0..300 {
        let mut s = Scenario::baseline(&p);
        for l in crate::model::levers::LEVERS {
            if i == 0 || rng.uniform() < 0.5 {
                let v = if i == 0 {
                    l.max
                } else {
                    rng.between(l.min(p.base_year), l.max)
                };
                let (crate::model::levers::Fit::Ok(v) | crate::model::levers::Fit::Clamped(v)) =
                    l.fit(v, &p);
                (l.set)(&mut s, v);
            }
        }
        let sc = project(&p, &s);
        for lang in Lang::ALL {
            let loc = Loc {
                lang,
                cur: Currency::Inr,
                ..Loc::plain(b, &p)
            };
            let text = headline(&loc, &sc, &base);
            // the deficits, then total trade and its gap to the target
            let (deficits, trade) = text.split_once(';').unwrap();
            assert!(rupees_in_their_own_unit(deficits), "{text}");
            assert!(rupees_in_their_own_unit(trade), "{text}");
            // each chart's summary, the cumulative deficit and the masthead
            for t in [
                balance_chart(&loc, b, &sc, &base),
                total_chart(&loc, b, &sc, &base),
                exports_chart(&loc, b, &sc),
                imports_chart(&loc, b, &sc),
                cumulative(&loc, &sc, &base),
                dek(&loc, &p),
            ] {
                assert!(rupees_in_their_own_unit(&t), "{t}");
            }
            // the headline's deficits on both sides of one lakh crore
            let lakh = [sc.years[0].balance, sc.last().balance, base.last().balance]
                .map(|v| loc.convert(v, fy::HORIZON).abs() >= 1000.0);
            straddle += usize::from(lakh.contains(&true) && lakh.contains(&false));
        }
    }
    // the random scenarios include ones where the deficits straddle one lakh crore
    assert!(straddle > 0);
}

/// The base year's exports read the same in the masthead and in the exports summary a few
/// lines down ("₹39,720 करोड़" in both, not "₹0.40 लाख करोड़" above it: row 13 of the Hindi
/// reading), in English and Hindi, where both are in whole crore.
#[test]
fn the_masthead_and_the_exports_summary_write_one_figure_alike() {
    let b = crate::baseline().unwrap();
    let p = b.params;
    let sc = project(&p, &Scenario::baseline(&p));
    for lang in [Lang::En, Lang::Hi] {
        let loc = Loc {
            lang,
            cur: Currency::Inr,
            ..Loc::plain(b, &p)
        };
        let exports = loc.money(p.total_exports, p.base_year);
        assert!(
            exports.contains("crore") || exports.contains("करोड़"),
            "{exports}"
        );
        assert!(
            !exports.contains("lakh") && !exports.contains("लाख"),
            "{exports}"
        );
        assert!(dek(&loc, &p).contains(&exports), "{}", dek(&loc, &p));
        assert!(exports_chart(&loc, b, &sc).contains(&exports));
    }
}

/// Row 27 of the Hindi reading: the actual years' note says the split starts in a year
/// ("(वास्तविक; क्षेत्रवार बँटवारा वित्त वर्ष 2024‑25 से)"), no crude is "कच्चा तेल बिल्कुल
/// नहीं", not "0% हिस्सा", and crude as the largest group is named once.
#[test]
fn hindi_summaries_say_where_the_split_starts_and_no_crude_in_words() {
    let b = crate::baseline().unwrap();
    let p = b.params;
    let hi = Loc {
        lang: Lang::Hi,
        ..Loc::plain(b, &p)
    };
    let trends = project(&p, &Scenario::baseline(&p));
    let stop = project(
        &p,
        &Scenario {
            oil_stop: 2026.0,
            ..Scenario::baseline(&p)
        },
    );
    let split = first_split(b).map(|y| hi.fy(y)).unwrap();
    let e = exports_chart(&hi, b, &trends);
    assert!(
        e.contains(&format!("(वास्तविक; क्षेत्रवार बँटवारा {split} से)")),
        "{e}"
    );
    let i = imports_chart(&hi, b, &stop);
    assert!(
        i.contains(&format!("(वास्तविक; समूहवार बँटवारा {split} से)")),
        "{i}"
    );
    assert!(
        i.contains("कच्चा तेल बिल्कुल नहीं होगा") && !i.contains("0%"),
        "{i}"
    );
    let i = imports_chart(&hi, b, &trends);
    assert_eq!(
        i.matches("कच्चा तेल").count() + i.matches("कच्चे तेल").count(),
        1,
        "{i}"
    );
}

#[test]
fn sentences_start_from_the_latest_actual_year() {
    let b = crate::baseline().unwrap();
    let p = b.params;
    let loc = Loc::plain(b, &p);
    let loc = &loc;
    let base = project(&p, &Scenario::baseline(&p));
    let s = headline(loc, &base, &base);
    assert!(
        s.starts_with("India's deficit with Russia is projected to narrow to US$\u{a0}38.7\u{a0}bn by FY2030-31, from US$\u{a0}50.9\u{a0}bn in FY2025-26 (current trends: a deficit of US$\u{a0}38.7\u{a0}bn)"),
        "{s}"
    );
    assert!(
        s.contains("short of the US$\u{a0}100\u{a0}bn target"),
        "{s}"
    );
    let up = project(
        &p,
        &Scenario {
            oil_volume: 2.5,
            oil_change: 20.0,
            ..Scenario::baseline(&p)
        },
    );
    let s = headline(loc, &up, &base);
    assert!(
        s.contains("projected to widen to")
            && s.contains("projected to reach the US$\u{a0}100\u{a0}bn target in FY"),
        "{s}"
    );
    let balance = balance_chart(loc, b, &up, &base);
    assert!(
        balance.starts_with("The balance was a deficit of US$\u{a0}6.5\u{a0}bn in FY2017-18 and a deficit of US$\u{a0}50.9\u{a0}bn in FY2025-26 (actual); it is projected to be a deficit of US$\u{a0}128.5\u{a0}bn in FY2030-31, against a deficit of US$\u{a0}38.7\u{a0}bn on current trends."),
        "{balance}"
    );
    assert!(total_chart(loc, b, &up, &base)
        .starts_with(
        "Total trade went from US$\u{a0}10.7\u{a0}bn in FY2017-18 to US$\u{a0}59.9\u{a0}bn in FY2025-26 (actual)"
    ));
    for f in [
        balance,
        total_chart(loc, b, &up, &base),
        exports_chart(loc, b, &up),
        imports_chart(loc, b, &up),
        cumulative(loc, &up, &base),
        target_status(loc, &up),
    ] {
        assert!(!f.contains("NaN"), "{f}");
    }
    assert!(exports_chart(loc, b, &up).contains("(actual, split by sector from FY2024-25)"));
}

/// The link (?v=1&growth=40&oil_stop=2026&nonoil=-20…): a surplus against current
/// trends' deficit, each with its word.
#[test]
fn a_surplus_and_current_trends_deficit_each_carry_their_word() {
    let b = crate::baseline().unwrap();
    let p = b.params;
    let loc = &Loc::plain(b, &p);
    let base = project(&p, &Scenario::baseline(&p));
    let surplus = project(
        &p,
        &Scenario {
            oil_stop: 2026.0,
            growth: 40.0,
            nonoil_growth: -20.0,
            ..Scenario::baseline(&p)
        },
    );
    let s = headline(loc, &surplus, &base);
    assert!(
        s.contains("projected to turn into a surplus of")
            && s.contains("(current trends: a deficit of US$\u{a0}38.7\u{a0}bn)"),
        "{s}"
    );
    let c = cumulative(loc, &surplus, &base);
    assert!(
        c.contains(": a cumulative surplus of US$")
            && c.contains("(current trends: a cumulative deficit of US$"),
        "{c}"
    );
}

#[test]
fn every_sentence_is_in_the_readers_language_and_currency() {
    let b = crate::baseline().unwrap();
    let p = b.params;
    let sc = project(&p, &Scenario::baseline(&p));
    for lang in Lang::ALL {
        for cur in Currency::ALL {
            let loc = Loc {
                lang,
                cur,
                ..Loc::plain(b, &p)
            };
            let all = [
                headline(&loc, &sc, &sc),
                balance_chart(&loc, b, &sc, &sc),
                total_chart(&loc, b, &sc, &sc),
                exports_chart(&loc, b, &sc),
                imports_chart(&loc, b, &sc),
                target_status(&loc, &sc),
                target_bar(&loc, &sc),
                cumulative(&loc, &sc, &sc),
                results_heading(&loc, &p),
                dek(&loc, &p),
                embed_title(lang),
            ];
            for s in all {
                assert!(in_script(lang, &s), "{lang:?}: {s}");
                assert!(!s.contains("NaN") && !s.contains("{"), "{s}");
                if cur == Currency::Inr && !s.contains('%') {
                    assert!(!s.contains("US$\u{a0}5") || s.contains("100"), "{s}");
                }
            }
            if cur == Currency::Inr {
                let h = headline(&loc, &sc, &sc);
                assert!(h.contains('₹') || h.contains("рупий"), "{h}");
                // Russian names the rupee in words in running text
                assert_eq!(lang == Lang::Ru, h.contains("рупий"), "{h}");
            }
        }
    }
    // the deficit summed year by year at each year's rate
    let inr = Loc {
        cur: Currency::Inr,
        ..Loc::plain(b, &p)
    };
    let want: f64 = (1..sc.len)
        .map(|t| -sc.years[t].balance * p.inr_per_usd)
        .sum();
    assert!((cumulative_deficit(&inr, &sc) - want).abs() < 1e-6);
}

/// Reached means FY2030-31's total: a scenario that passes the target in FY2026-27 (crude at
/// US$ 140 and 2.5 mb/d) and stops crude from FY2029-30 is short of it in FY2030-31, and every
/// sentence says so, naming the year it was passed; the first year met is never the base
/// year, even with a target below its total.
#[test]
fn the_target_is_reached_only_in_fy2030_31() {
    let b = crate::baseline().unwrap();
    let p = b.params;
    let spike = Scenario {
        oil_volume: 2.5,
        oil_price: 140.0,
        oil_stop: 2029.0,
        ..Scenario::baseline(&p)
    };
    let sc = project(&p, &spike);
    assert!(sc.years[1].total_trade >= 100.0 && !sc.meets_target());
    assert_eq!(reach(&sc), Reach::Passed(2026));
    let loc = Loc::plain(b, &p);
    let status = target_status(&loc, &sc);
    assert!(
        status.contains("short of the target in FY2030-31 (projected to reach it in FY2026-27"),
        "{status}"
    );
    let h = headline(&loc, &sc, &sc);
    assert!(
        h.contains(
            "projected to reach the US$\u{a0}100\u{a0}bn target in FY2026-27 but to fall back to"
        ),
        "{h}"
    );
    let t = total_chart(&loc, b, &sc, &sc);
    assert!(t.contains("but below it in FY2030-31"), "{t}");
    // a target below the base year's total: met from the first projected year
    let low = Params { target: 40.0, ..p };
    let base = project(&low, &Scenario::baseline(&low));
    assert!(base.years[0].total_trade >= 40.0 && base.meets_target());
    assert_eq!(base.headline.target_year, Some(p.base_year + 1));
    assert_eq!(
        target_status(&loc, &base),
        "Projected to reach the target in FY2026-27"
    );
    for lang in Lang::ALL {
        let loc = Loc {
            lang,
            ..Loc::plain(b, &p)
        };
        for pr in [&sc, &base] {
            for s in [
                target_status(&loc, pr),
                headline(&loc, pr, pr),
                total_chart(&loc, b, pr, pr),
            ] {
                assert!(in_script(lang, &s), "{lang:?}: {s}");
                assert!(!s.contains("{"), "{s}");
            }
            // the target's words say "in FY2030-31", never "by"
            for s in [target_status(&loc, pr), total_chart(&loc, b, pr, pr)] {
                assert!(!s.contains(" by ") && !s.contains(" к 20"), "{s}");
            }
        }
    }
}

/// The Russian cumulative balance names its span of years once, joined by a dash, with the years'
/// word after them ("за 2026/27–2030/31 фин. гг.").
#[test]
fn the_russian_cumulative_names_its_span_once() {
    let b = crate::baseline().unwrap();
    let p = b.params;
    let sc = project(&p, &Scenario::baseline(&p));
    let loc = Loc {
        lang: Lang::Ru,
        ..Loc::plain(b, &p)
    };
    let text = cumulative(&loc, &sc, &sc);
    let (from, to) = (sc.year(1), sc.year(sc.len - 1));
    let span = format!(
        "за {from}/{:02}–{to}/{:02}\u{a0}фин.\u{a0}гг.",
        (from + 1) % 100,
        (to + 1) % 100
    );
    assert!(text.contains(&span), "{text}");
}
