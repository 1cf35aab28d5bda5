//! The tests of the insight's words: what moved, the band's and the goal's sentences.

use super::super::band::*;
use super::super::goal::{goal_money, value_words, *};
use super::*;

use crate::insight::attribution::attribute;
use crate::insight::solve::{Answer, Goal};
use crate::insight::uncertainty::stated_band;
use crate::model::levers::LEVERS;
use crate::model::Scenario;
use crate::present::charts::waterfall::{step_readout, waterfall};
use crate::present::format::Currency;

fn attribution(s: &Scenario) -> [Attribution; 2] {
    let p = crate::baseline().unwrap().params;
    attribute(&p, s)
}

fn loc() -> Loc<'static> {
    let b = crate::baseline().unwrap();
    Loc::plain(b, &b.params)
}

use crate::present::words::parts::rupees_in_their_own_unit;

#[test]
fn a_band_writes_each_rupee_amount_in_its_own_unit() {
    let p = crate::baseline().unwrap().params;
    let mut band = stated_band(&p, &Scenario::baseline(&p));
    let t = band.len - 1;
    // a deficit of US$ 60 bn (over one lakh crore) to US$ 5 bn (under)
    band.balance[t] = crate::insight::uncertainty::Percentiles {
        p10: -60.0,
        p50: -20.0,
        p90: -5.0,
    };
    for lang in Lang::ALL {
        let loc = Loc {
            lang,
            cur: Currency::Inr,
            ..loc()
        };
        let text = band_sentence(&loc, &band, Measure::Balance, -20.0);
        assert!(rupees_in_their_own_unit(&text), "{text}");
    }
    let en = Loc {
        cur: Currency::Inr,
        ..loc()
    };
    let text = band_sentence(&en, &band, Measure::Balance, -20.0);
    // ₹47,448 crore to ₹5.69 lakh crore: each in its own unit
    assert!(text.contains("crore to ₹5."), "{text}");
    assert!(!text.contains('−') && !text.contains('+'), "{text}");
}

/// The band's median below or above the scenario's figure is explained, a deficit by its
/// size; equal as written, nothing is added.
#[test]
fn the_median_is_explained_where_it_differs_from_the_scenario() {
    let p = crate::baseline().unwrap().params;
    let mut band = stated_band(&p, &Scenario::baseline(&p));
    let t = band.len - 1;
    band.balance[t] = crate::insight::uncertainty::Percentiles {
        p10: -60.0,
        p50: -35.5,
        p90: -5.0,
    };
    let text = |lang, yours| {
        let loc = Loc { lang, ..loc() };
        band_sentence(&loc, &band, Measure::Balance, yours)
    };
    let smaller = text(Lang::En, -47.3);
    assert!(
        smaller.ends_with("The median deficit is smaller than in your scenario (a deficit of US$\u{a0}47.3\u{a0}bn) because the ranges of the uncertain inputs are not symmetric."),
        "{smaller}"
    );
    assert!(text(Lang::En, -30.0).contains("The median deficit is larger"));
    assert!(text(Lang::En, 2.0).contains("The median is lower than your scenario (a surplus of"));
    assert!(!text(Lang::En, -35.46).contains("The median"));
    assert!(text(Lang::Ru, -47.3)
        .contains("Медианный дефицит меньше, чем в\u{a0}вашем сценарии (дефицит 47.3"));
    assert!(text(Lang::Hi, -47.3)
        .contains("माध्यिका में घाटा आपके परिदृश्य (47.3\u{a0}अरब\u{a0}डॉलर का घाटा) से कम है"));
}

#[test]
fn the_deficit_goal_box_says_what_it_refused() {
    for lang in Lang::ALL {
        for cur in Currency::ALL {
            let loc = Loc { lang, cur, ..loc() };
            let per_usd = loc.chart_value(1.0, fy::HORIZON);
            // an amount in the box's unit comes back in US$ bn
            let typed = format!("{}", 30.0 * per_usd);
            assert!((read_deficit_goal(&loc, &typed, 20.0).unwrap() - 30.0).abs() < 1e-9);
            assert_eq!(read_deficit_goal(&loc, "0", 20.0), Ok(0.0));
            // a whole goal written whole: "US$ 20 bn", not "US$ 20.0 bn" (Hindi row 8)
            let kept = goal_money(&loc, 20.0);
            assert!(!kept.contains("20.0"), "{kept}");
            for (typed, says) in [
                ("abc", pick(lang, "not a number", "संख्या नहीं", "не число")),
                ("−5", pick(lang, "below zero", "शून्य से कम", "меньше нуля")),
                ("-5", pick(lang, "below zero", "शून्य से कम", "меньше нуля")),
                ("99999999", pick(lang, "more than", "से ज़्यादा", "больше")),
                ("", pick(lang, "empty", "ख़ाली", "пустое")),
                ("NaN", pick(lang, "not a number", "संख्या नहीं", "не число")),
            ] {
                let m = read_deficit_goal(&loc, typed, 20.0).unwrap_err();
                assert!(m.contains(says), "{lang:?} {typed}: {m}");
                assert!(m.contains(typed.trim()), "{m}");
                assert!(m.contains(&kept), "{m}");
                assert!(crate::tr::in_script(lang, &m), "{m}");
            }
        }
    }
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
        let w = waterfall(&loc(), &a);
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
    let text = attribution_sentence(&loc(), &balance);
    assert!(text.starts_with("Of the US$\u{a0}"), "{text}");
    assert!(text.contains("narrowing of the deficit"), "{text}");
    assert!(
        text.contains("lower Russian crude imports") && text.contains("exports"),
        "{text}"
    );
    // total trade: faster exports raise it, less crude lowers it
    let text = attribution_sentence(&loc(), &total);
    assert!(text.contains("the other way"), "{text}");
    let none = attribution(&Scenario::baseline(&p));
    assert!(attribution_sentence(&loc(), &none[0]).starts_with("Your scenario leaves the balance"));
}

#[test]
fn a_scenario_is_described_by_its_moved_levers() {
    let p = crate::baseline().unwrap().params;
    let mut s = Scenario::baseline(&p);
    assert_eq!(describe(&loc(), &s, &p), "Current trends");
    s.oil_change = -10.0;
    s.sector_growth[0] = Some(20.0);
    assert_eq!(
        describe(&loc(), &s, &p),
        "Change in Russian crude after FY2026-27: −10\u{a0}% a year; Pharmaceuticals exports: 20\u{a0}% a year"
    );
    // Hindi row 40: a cut after a label that says कटौती is a bare percentage
    let s = Scenario {
        eaeu_cut: 100.0,
        india_cut: 50.0,
        ..Scenario::baseline(&p)
    };
    let hi = Loc {
        lang: Lang::Hi,
        ..loc()
    };
    assert_eq!(
        describe(&hi, &s, &p),
        "भारतीय सामान पर EAEU शुल्क में कटौती: 100%; रूसी सामान पर भारत की शुल्क कटौती: 50%"
    );
    let l = crate::model::levers::lever("eaeu_cut").unwrap();
    let v = value_words(&hi, l, 100.0);
    assert_eq!(v, "100%");
    // the slider keeps its unit
    assert_eq!(l.display_in(&hi, 100.0), "100% कटौती");
}

#[test]
fn every_insight_sentence_speaks_each_language_and_currency() {
    use crate::insight::solve::solve;
    use crate::tr::in_script;
    let b = crate::baseline().unwrap();
    let p = b.params;
    let s = Scenario {
        oil_change: -15.0,
        growth: 15.0,
        eaeu_cut: 40.0,
        ..Scenario::baseline(&p)
    };
    let band = stated_band(&p, &s);
    for lang in Lang::ALL {
        for cur in Currency::ALL {
            let loc = Loc { lang, cur, ..loc() };
            let mut all = vec![
                probability_sentence(&loc, &band, p.target),
                describe(&loc, &s, &p),
                waterfall_title(lang, Measure::Balance),
            ];
            for a in attribution(&s)
                .iter()
                .chain(&attribution(&Scenario::baseline(&p)))
            {
                all.push(attribution_sentence(&loc, a));
                all.push(band_sentence(&loc, &band, a.measure, a.end));
                for st in waterfall(&loc, a) {
                    all.push(step_readout(&loc, &st));
                }
            }
            for (goal, key) in [
                (Goal::Balanced, "growth"),
                (Goal::Target, "oil_mbd"),
                (Goal::DeficitBelow(30.0), "oil"),
            ] {
                let l = crate::model::levers::lever(key).unwrap();
                all.push(solve_sentence(
                    &loc,
                    goal,
                    l,
                    (l.get)(&s),
                    &solve(&p, &s, goal, l),
                    &p,
                ));
            }
            for t in all {
                assert!(in_script(lang, &t), "{lang:?}: {t}");
                assert!(!t.contains("NaN") && !t.contains('{'), "{t}");
            }
        }
    }
}

/// Row 18 of the Hindi reading: each goal said with its own verb (व्यापार संतुलित करना, घाटे
/// को … से नीचे लाना, कुल व्यापार को … तक पहुँचाना), never "… तक पहुँचने के लिए" for every
/// goal, and a whole goal written whole ("20 अरब डॉलर", "US$ 20 bn", not "20.0"), in every
/// answer: met, reached by a value, unreachable.
#[test]
fn hindi_goal_seek_answers_say_each_goal_in_its_own_words() {
    use crate::insight::solve::solve;
    let p = crate::baseline().unwrap().params;
    let (mut met, mut value, mut unreachable) = (0, 0, 0);
    for s in [
        Scenario::baseline(&p),
        Scenario {
            growth: 40.0,
            oil_change: -20.0,
            ..Scenario::baseline(&p)
        },
    ] {
        for goal in [Goal::Balanced, Goal::Target, Goal::DeficitBelow(20.0)] {
            let words = match goal {
                Goal::Balanced => "संतुलित",
                Goal::Target => "कुल व्यापार",
                Goal::DeficitBelow(_) => "घाट",
            };
            for l in LEVERS {
                let solution = solve(&p, &s, goal, l);
                for lang in Lang::ALL {
                    let loc = Loc { lang, ..loc() };
                    let t = solve_sentence(&loc, goal, l, (l.get)(&s), &solution, &p);
                    assert!(!t.contains("20.0") && !t.contains("20,0"), "{t}");
                    if let Goal::DeficitBelow(_) = goal {
                        let x = pick(lang, "US$\u{a0}20\u{a0}bn", "20\u{a0}अरब", "20\u{a0}млрд");
                        assert!(t.contains(x), "{t}");
                    }
                    if lang != Lang::Hi {
                        continue;
                    }
                    assert!(t.contains(words), "{t}");
                    assert!(!t.contains("तक पहुँचने के लिए"), "{t}");
                    assert!(!t.contains("तक पहुँचता है") && !t.contains("कम घाटे"), "{t}");
                    match solution.answer {
                        Answer::AlreadyMet(_) => met += 1,
                        Answer::Value(_) => {
                            value += 1;
                            assert!(t.contains("के लिए: "), "{t}");
                        }
                        Answer::Unreachable => {
                            unreachable += 1;
                            assert!(t.contains(" नहीं "), "{t}");
                        }
                    }
                }
            }
        }
    }
    assert!(
        met > 0 && value > 0 && unreachable > 0,
        "{met} {value} {unreachable}"
    );
}

/// Rows 2, 3 and 36 of the Russian reading: what moved is the change, then each factor by
/// name with its direction, never "of" a whole smaller than a part; a pair of amounts names
/// its unit once.
#[test]
fn russian_what_moved_names_the_change_then_each_factor() {
    let b = crate::baseline().unwrap();
    let p = b.params;
    let d = crate::link::decode(
        "v=1&growth=40&oil_stop=2026&nonoil=-20&eaeu_cut=100&start=2026&phase=1",
        &p,
    );
    let a = attribute(&d.params, &d.scenario);
    let loc = Loc {
        lang: Lang::Ru,
        ..Loc::plain(b, &d.params)
    };
    let total = attribution_sentence(&loc, &a[1]);
    assert!(total.starts_with("Товарооборот в\u{a0}2030/31"), "{total}");
    assert!(
        total.contains("меньше, чем при сохранении текущих тенденций"),
        "{total}"
    );
    assert!(total.contains("нефть снижает его на"), "{total}");
    assert!(
        total.contains("прочий импорт\u{a0}— на") || total.contains("прочий импорт — на"),
        "{total}"
    );
    assert!(
        total.contains("напротив, увеличивают его на 18.7 и\u{a0}2.2\u{a0}млрд"),
        "{total}"
    );
    assert!(
        !total.contains("Из ") && !total.contains("рост прочего"),
        "{total}"
    );
    // a scenario's name after a semicolon in a small letter, a name of a country as it is
    let s = crate::model::Scenario {
        eaeu_cut: 100.0,
        oil_stop: 2028.0,
        ..crate::model::Scenario::baseline(&p)
    };
    let text = describe(&loc, &s, &p);
    assert!(text.starts_with("Снижение пошлин ЕАЭС"), "{text}");
    assert!(text.contains("; Индия прекращает"), "{text}");
}
