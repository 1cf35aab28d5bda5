//! The link codec: levers, assumptions, names, the pin, notices and versions read and written.

use super::*;
use crate::data::inputs::inputs;
use crate::data::{parse, BASELINE_TEXT};
use crate::link::view::Currency;
use crate::present::charts::chart::ChartId;
use crate::tr::Lang;
use proptest::prelude::*;

fn params() -> Params {
    parse(BASELINE_TEXT).unwrap().params
}

fn levers_only(q: &str) -> (Scenario, Vec<String>) {
    let d = decode(q, &params());
    (d.scenario, d.notices.iter().map(|n| n.for_page()).collect())
}

#[test]
fn reads_the_three_headline_keys() {
    let p = params();
    let (s, notes) = levers_only("eaeu_cut=50&oil=-10&growth=15");
    assert!(notes.is_empty(), "{notes:?}");
    assert_eq!((s.eaeu_cut, s.oil_change, s.growth), (50.0, -10.0, 15.0));
    assert_eq!(encode(&s, &p, &p), "v=1&eaeu_cut=50&oil=-10&growth=15");
}

#[test]
fn the_typographic_minus_the_page_prints_reads_back() {
    let (s, notes) = levers_only("oil=\u{2212}10");
    assert!(notes.is_empty(), "{notes:?}");
    assert_eq!(s.oil_change, -10.0);
    let (s, _) = levers_only("oil=-0");
    assert!(s.oil_change == 0.0 && s.oil_change.is_sign_positive());
}

#[test]
fn defaults_encode_to_the_version_alone() {
    let p = params();
    assert_eq!(encode(&Scenario::baseline(&p), &p, &p), "v=1");
    assert_eq!(levers_only("").0, Scenario::baseline(&p));
    assert_eq!(levers_only("?v=1").0, Scenario::baseline(&p));
}

#[test]
fn hostile_links_leave_a_sane_scenario_and_say_what_changed() {
    let cases: &[(&str, &str)] = &[
        ("oil=abc", "not a number"),
        ("oil=NaN", "not a number"),
        ("oil=inf", "not a number"),
        ("oil=", "not a number"),
        ("oil=-1e308", "outside"),
        ("eaeu_cut=500", "outside"),
        ("bogus=1", "unknown setting"),
        ("oil=1&oil=2", "more than once"),
        ("v=99", "version"),
        ("<script>=1", "unknown setting"),
        ("%ZZ%=%", "unknown setting"),
    ];
    for (q, why) in cases {
        let (s, notes) = levers_only(q);
        assert!(notes.iter().any(|n| n.contains(why)), "{q}: {notes:?}");
        for l in LEVERS {
            let v = (l.get)(&s);
            assert!(
                v.is_finite() && l.min(params().base_year) <= v && v <= l.max,
                "{q}: {} = {v}",
                l.key
            );
        }
    }
    assert_eq!(levers_only("oil=1&oil=2").0.oil_change, 1.0);
    let (_, notes) = levers_only(&"x".repeat(10_000));
    assert!(notes[0].contains("longer than"));
    assert!(notes.iter().all(|n| n.len() < 200));
}

#[test]
fn notices_carry_what_was_given_and_what_was_used() {
    let p = params();
    let d = decode("oil=-80&growth=abc&eaeucut=5", &p);
    let oil = lever("oil").unwrap();
    let growth = lever("growth").unwrap();
    assert_eq!(
        d.notices,
        vec![
            Notice::OutOfRange {
                key: "oil".into(),
                given: "-80".into(),
                target: Target::Lever(oil),
                used: -50.0,
                base_year: p.base_year,
            },
            Notice::NotANumber {
                key: "growth".into(),
                given: "abc".into(),
                target: Target::Lever(growth),
                default: p.growth_exports
            },
            Notice::UnknownKey {
                key: "eaeucut".into(),
                suggestion: Some("eaeu_cut")
            },
        ]
    );
    assert_eq!(
        d.notices[0].for_page(),
        "“oil=-80” is outside −50 to 20\u{a0}% a year; used −50\u{a0}% a year."
    );
    assert!(d.notices[2]
        .for_page()
        .ends_with("Did you mean “eaeu_cut”?"));
}

#[test]
fn sector_overrides_round_trip() {
    let p = params();
    let (s, notes) = levers_only("g_pharma=20&g_marine=99&g_nothing=1");
    assert_eq!(s.sector_growth[0], Some(20.0));
    assert_eq!(s.sector_growth[5], Some(40.0)); // clamped to the growth lever's range
    assert_eq!(notes.len(), 2, "{notes:?}");
    assert_eq!(encode(&s, &p, &p), "v=1&g_pharma=20&g_marine=40");
}

#[test]
fn percent_escapes_are_read() {
    let (s, notes) = levers_only("oil=%2D10&growth=12%2E5");
    assert!(notes.is_empty(), "{notes:?}");
    assert_eq!((s.oil_change, s.growth), (-10.0, 12.5));
}

#[test]
fn assumptions_and_view_flags_are_read() {
    let p = params();
    let d = decode(
        "a_x_pharma_t=20&a_sigma=99&embed=1&chart=total&theme=dark&controls=0&levers=oil,growth,nope",
        &p,
    );
    assert_eq!(d.params.exports[0].tariff, 20.0);
    assert_eq!(d.params.substitution, 10.0); // clamped
    assert!(d.view.embed && d.view.hide_controls);
    assert_eq!(d.view.chart, Some(ChartId::Total));
    assert_eq!(d.view.theme, Theme::Dark);
    assert_eq!(d.view.levers, vec!["oil", "growth"]);
    assert_eq!(d.notices.len(), 2, "{:?}", d.notices); // a_sigma clamped, `nope` unknown
    assert_eq!(
        encode(&d.scenario, &d.params, &p),
        "v=1&a_x_pharma_t=20&a_sigma=10"
    );
    assert_eq!(
        d.view.encode(),
        "embed=1&chart=total&theme=dark&controls=0&levers=oil,growth"
    );
    assert_eq!(decode("chart=pie&theme=pink", &p).notices.len(), 2);
}

/// Display flags are read case-blind, as `lang=HI` and `cur=INR` always were: `theme=Dark` is
/// dark, not refused; `embed=FALSE` is off.
#[test]
fn display_flags_are_read_whatever_their_case() {
    let p = params();
    let d = decode(
        "embed=TRUE&chart=Total&theme=Dark&controls=False&levers=OIL,Growth&lang=HI&cur=INR",
        &p,
    );
    assert!(d.notices.is_empty(), "{:?}", d.notices);
    assert!(d.view.embed && d.view.hide_controls);
    assert_eq!(d.view.chart, Some(ChartId::Total));
    assert_eq!(d.view.theme, Theme::Dark);
    assert_eq!(d.view.levers, vec!["oil", "growth"]);
    assert_eq!(
        (d.view.lang, d.view.cur),
        (Some(Lang::Hi), Some(Currency::Inr))
    );
    // written back in the codec's own case
    assert_eq!(
        d.view.encode(),
        "embed=1&chart=total&theme=dark&controls=0&levers=oil,growth"
    );
    for (q, theme) in [
        ("theme=%20LIGHT%20", Theme::Light),
        ("theme=AuTo", Theme::Auto),
    ] {
        assert_eq!(decode(q, &p).view.theme, theme, "{q}");
    }
    assert!(!decode("embed=FALSE", &p).view.embed);
    assert!(!decode("embed=0&embed=1", &p).view.embed);
    // values that are no flag stay refused, whatever their case
    assert_eq!(decode("theme=Darker&chart=PIE", &p).notices.len(), 2);
}

#[test]
fn a_name_loses_its_direction_controls_and_the_reader_is_told() {
    let p = params();
    // U+202E would show "8202 ni pots" as "stop in 2028"
    let d = decode("name=Oil%20cut%20%E2%80%AE8202%20ni%20pots", &p);
    assert_eq!(d.view.name.as_deref(), Some("Oil cut 8202 ni pots"));
    assert_eq!(
        d.notices,
        vec![Notice::BidiRemoved {
            key: "name",
            cut: None
        }]
    );
    for lang in crate::tr::Lang::ALL {
        let loc = crate::present::format::Loc {
            lang,
            ..crate::present::format::Loc::english()
        };
        assert!(!d.notices[0].for_page_in(&loc).is_empty());
    }
    // every direction control, alone or among words, and with a name too long
    for c in ('\u{202A}'..='\u{202E}')
        .chain('\u{2066}'..='\u{2069}')
        .chain(['\u{200E}', '\u{200F}', '\u{061C}'])
    {
        let q = format!("name=a{}b", percent::encode(&c.to_string()));
        let d = decode(&q, &p);
        assert_eq!(d.view.name.as_deref(), Some("a b"), "U+{:04X}", c as u32);
        assert_eq!(d.notices.len(), 1);
        let long = format!("name={}{}", percent::encode(&c.to_string()), "x".repeat(70));
        let d = decode(&long, &p);
        assert_eq!(
            d.notices,
            vec![Notice::BidiRemoved {
                key: "name",
                cut: Some(view::MAX_NAME)
            }]
        );
    }
    // a name in Hindi, Russian, or with an Arabic word keeps its letters, silently
    let d = decode(
        "name=%E0%A4%A4%E0%A5%87%E0%A4%B2%20%D0%BD%D0%B5%D1%84%D1%82%D1%8C",
        &p,
    );
    assert_eq!(d.view.name.as_deref(), Some("तेल нефть"));
    assert!(d.notices.is_empty());
}

proptest! {
    /// Whatever a link's name holds, what the page keeps has no direction control, no control
    /// character, at most `MAX_NAME` characters, and the reader is told whenever one was there.
    #[test]
    fn no_direction_control_survives_cleaning(given in "[a-z \u{202A}-\u{202E}\u{2066}-\u{2069}\u{200E}\u{200F}\u{061C}\u{0}-\u{1f}]{0,90}") {
        let t = view::clean_link_text(&given, view::MAX_NAME);
        let had = given.chars().any(view::is_bidi_control);
        prop_assert_eq!(t.bidi, had);
        if let Some(text) = &t.text {
            prop_assert!(!text.chars().any(|c| view::is_bidi_control(c) || c.is_control()));
            prop_assert!(text.chars().count() <= view::MAX_NAME);
            prop_assert!(!text.starts_with(' ') && !text.ends_with(' ') && !text.contains("  "));
        }
        let d = decode(&format!("name={}", percent::encode(&given)), &params());
        prop_assert_eq!(d.view.name, t.text);
        prop_assert_eq!(d.notices.iter().any(|n| matches!(n, Notice::BidiRemoved { .. })), had);
    }
}

#[test]
fn a_pinned_scenario_round_trips() {
    let p = params();
    let pin = Scenario {
        eaeu_cut: 50.0,
        oil_change: -10.0,
        ..Scenario::baseline(&p)
    };
    let pair = encode_pin(&pin, &p);
    assert_eq!(pair, "pin=eaeu_cut%3D50%26oil%3D-10");
    let d = decode(&format!("v=1&growth=15&{pair}"), &p);
    assert!(d.notices.is_empty(), "{:?}", d.notices);
    assert_eq!(d.pinned, Some(pin));
    assert_eq!(d.scenario.growth, 15.0);
    // a bad value inside the pin is reported as the pin's; a pin inside a pin is ignored;
    // with nothing valid left, the page says it pins current trends
    let d = decode("pin=oil%3Dabc%26pin%3Dx", &p);
    assert_eq!(d.notices.len(), 3, "{:?}", d.notices);
    assert!(d.notices[0]
        .for_page()
        .starts_with("In the pinned scenario: “oil=abc” is not a number"));
    assert_eq!(d.notices[1], Notice::Pinned(Box::new(Notice::PinInPin)));
    assert_eq!(d.notices[2], Notice::PinnedNothing);
    assert_eq!(
        decode("pin=foo", &p).notices.last(),
        Some(&Notice::PinnedNothing)
    );
    assert!(decode("pin=v%3D1", &p).notices.is_empty());
    assert_eq!(encode_pin(&Scenario::baseline(&p), &p), "pin=");
}

#[test]
fn the_pinned_scenario_keeps_its_own_name() {
    let p = params();
    let d = decode(
        "v=1&eaeu_cut=50&name=Half%20FTA&pin=oil%3D-20&pinname=Oil%20%E2%88%9220%20%25",
        &p,
    );
    assert!(d.notices.is_empty(), "{:?}", d.notices);
    assert_eq!(d.view.name.as_deref(), Some("Half FTA"));
    assert_eq!(d.pinned_name.as_deref(), Some("Oil \u{2212}20 %"));
    // written back as read, after the pin, in either order of the keys
    let names = encode_names(d.view.name.as_deref(), d.pinned_name.as_deref(), true);
    assert_eq!(names, "name=Half%20FTA&pinname=Oil%20%E2%88%9220%20%25");
    let again = decode(
        &format!("pinname=Oil%20%E2%88%9220%20%25&pin=oil%3D-20&{names}"),
        &p,
    );
    assert_eq!(
        again.notices,
        vec![Notice::Repeated {
            key: "pinname".into()
        }]
    );
    let again = decode(&format!("v=1&pin=oil%3D-20&{names}"), &p);
    assert_eq!(
        (again.pinned_name, again.view.name),
        (d.pinned_name, d.view.name)
    );
    // no pin, no pinned name in the link
    assert_eq!(encode_names(None, Some("x"), false), "");
    assert_eq!(encode_names(None, None, true), "");
    assert_eq!(encode_names(None, Some("a&b=c"), true), "pinname=a%26b%3Dc");
}

#[test]
fn a_pinned_name_is_cleaned_and_capped_like_the_scenarios() {
    let p = params();
    // control characters and runs of spaces out
    let d = decode("pin=oil%3D-20&pinname=%01Oil%0A%0A%20cut%09%00", &p);
    assert!(d.notices.is_empty(), "{:?}", d.notices);
    assert_eq!(d.pinned_name.as_deref(), Some("Oil cut"));
    // nothing left: no name, so "Pinned scenario"
    let d = decode("pin=oil%3D-20&pinname=%01%20%0A", &p);
    assert_eq!(d.pinned_name, None);
    // cut at MAX_NAME characters, with the pinned scenario's notice
    let long = "Щ".repeat(view::MAX_NAME + 40);
    let d = decode(&format!("pin=oil%3D-20&pinname={long}"), &p);
    assert_eq!(
        d.pinned_name.as_deref().map(|n| n.chars().count()),
        Some(view::MAX_NAME)
    );
    assert_eq!(
        d.notices,
        vec![Notice::Pinned(Box::new(Notice::NameCut {
            max: view::MAX_NAME
        }))]
    );
    assert!(d.notices[0]
        .for_page()
        .starts_with("In the pinned scenario: The scenario's name is longer than 60"));
    // hostile: markup stays text, a name with no pin is dropped with a notice, a name
    // inside the pin is an unknown key of the pin's
    let d = decode(
        "pin=oil%3D-20&pinname=%3Cscript%3Ealert(1)%3C/script%3E",
        &p,
    );
    assert_eq!(d.pinned_name.as_deref(), Some("<script>alert(1)</script>"));
    let d = decode("oil=-20&pinname=Orphan", &p);
    assert_eq!((d.pinned, d.pinned_name), (None, None));
    assert_eq!(d.notices, vec![Notice::PinNameWithoutPin]);
    assert!(d.notices[0].for_page().contains("pins none"));
    let d = decode("pin=oil%3D-20%26pinname%3Dx", &p);
    assert_eq!(d.pinned_name, None);
    assert_eq!(d.notices.len(), 1, "{:?}", d.notices);
}

#[test]
fn a_whole_link_reads_as_its_query() {
    assert_eq!(
        query_of("https://example.org/calc/?v=1&oil=-10#top"),
        "v=1&oil=-10"
    );
    assert_eq!(query_of("http://127.0.0.1:8080/"), "");
    assert_eq!(query_of("?v=1&oil=-10"), "v=1&oil=-10");
    assert_eq!(query_of(" v=1&oil=-10 "), "v=1&oil=-10");
}

#[test]
fn links_without_a_version_read_as_version_1() {
    let p = params();
    assert_eq!(decode("oil=-10", &p), decode("v=1&oil=-10", &p));
}

proptest! {
    /// Every input of the Assumptions panel (however many the input table holds), each at a
    /// random point of its range.
    #[test]
    fn every_assumption_round_trips(x in 0.0f64..=1.0) {
        let p = params();
        let s = Scenario::baseline(&p);
        let mut n = 0;
        for (input, panel) in panel_inputs() {
            let mut q = p;
            input.field.set(&mut q, panel.range.min + x * (panel.range.max - panel.range.min));
            let link = encode(&s, &q, &p);
            let d = decode(&link, &p);
            prop_assert!(d.notices.is_empty(), "{}: {:?}", panel.key, d.notices);
            prop_assert_eq!(input.field.get(&d.params), input.field.get(&q), "{}", panel.key);
            prop_assert_eq!(encode(&d.scenario, &d.params, &p), link);
            n += 1;
        }
        prop_assert!(n > 0);
    }

    #[test]
    fn decoding_any_string_never_panics_and_stays_in_range(q in ".{0,300}") {
        let p = params();
        let d = decode(&q, &p);
        for l in LEVERS {
            let v = (l.get)(&d.scenario);
            prop_assert!(v.is_finite() && l.min(p.base_year) <= v && v <= l.max);
        }
        for a in inputs() {
            prop_assert!(a.field.get(&d.params).is_finite());
        }
        // encode ∘ decode is stable: a written link reads back to the same link, silently.
        let e = encode(&d.scenario, &d.params, &p);
        let d2 = decode(&e, &p);
        prop_assert!(d2.notices.is_empty());
        prop_assert_eq!(encode(&d2.scenario, &d2.params, &p), e);
        // a pinned name is clean, capped, and only beside a pin
        if let Some(n) = &d.pinned_name {
            prop_assert!(d.pinned.is_some());
            prop_assert!(n.chars().count() <= view::MAX_NAME);
            prop_assert!(!n.chars().any(char::is_control) && !n.contains("  "));
        }
    }

    #[test]
    fn any_pinned_name_round_trips_cleaned(given in "\\PC{0,90}") {
        let p = params();
        let (clean, _) = view::clean_name(&given);
        let q = format!("v=1&pin=oil%3D-20&{}", encode_names(None, Some(&given), true));
        let d = decode(&q, &p);
        prop_assert_eq!(&d.pinned_name, &clean);
        let again = encode_names(None, d.pinned_name.as_deref(), true);
        let d2 = decode(&format!("v=1&pin=oil%3D-20&{again}"), &p);
        prop_assert!(d2.notices.is_empty());
        prop_assert_eq!(d2.pinned_name, clean);
    }

    #[test]
    fn structured_queries_never_panic(
        pairs in proptest::collection::vec(("[a-z_v]{1,9}", "[-+0-9.eE%a-z\u{2212}]{0,12}"), 0..12)
    ) {
        let p = params();
        let q: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let s = decode(&q.join("&"), &p).scenario;
        let s2 = decode(&encode(&s, &p, &p), &p).scenario;
        prop_assert_eq!(s, s2);
    }

    #[test]
    fn every_lever_round_trips(i in 0usize..LEVERS.len(), k in 0u32..2000) {
        let p = params();
        let l = &LEVERS[i];
        let steps = ((l.max - l.min(p.base_year)) / l.step).round() as u32;
        let v = l.fit(l.min(p.base_year) + (k % (steps + 1)) as f64 * l.step, &p).value();
        let mut s = Scenario::baseline(&p);
        (l.set)(&mut s, v);
        let d = decode(&encode(&s, &p, &p), &p);
        prop_assert!(d.notices.is_empty());
        prop_assert_eq!((l.get)(&d.scenario), v);
    }
}
