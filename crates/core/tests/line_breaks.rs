//! Lines set as the press sets them, in every text: no line ends with a Russian one-letter word
//! or starts with "г.", and no sign is parted from its amount. Over every fixed text of the page
//! (`text::ALL`, the method's steps) in every language, and over every sentence the `sentences`
//! example prints (the translator's review of every generated sentence) for a set of scenarios.

use std::cell::RefCell;
use trade_core::text;
use trade_core::tr::Lang;

include!("support/breaks.rs");

thread_local! {
    static PRINTED: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

// The example prints each sentence with `println!`; here the same calls collect them.
macro_rules! println {
    ($($t:tt)*) => {
        crate::PRINTED.with(|p| p.borrow_mut().push(format!($($t)*)))
    };
}

#[path = "../examples/sentences.rs"]
#[allow(dead_code)]
mod sentences;

#[test]
fn every_fixed_text_keeps_its_lines() {
    let steps = text::METHOD_STEPS.iter().map(|t| ("METHOD_STEPS", *t));
    let mut bad = Vec::new();
    for (name, t) in text::ALL.iter().copied().chain(steps) {
        for lang in Lang::ALL {
            let (before, after) = t.around(lang);
            let filled = t.fill(lang, "−₹20,931 crore");
            for s in [t.get(lang), before, after, &filled] {
                bad.extend(
                    misbreaks(s)
                        .into_iter()
                        .map(|m| format!("{name} {lang:?}: {m}")),
                );
            }
        }
    }
    assert!(bad.is_empty(), "{} places:\n{}", bad.len(), bad.join("\n"));
}

/// The sentences of a scenario, in every language and currency.
fn sentences_of(query: &str) -> Vec<String> {
    PRINTED.with(|p| p.borrow_mut().clear());
    sentences::print_sentences(query);
    PRINTED.with(|p| p.borrow().clone())
}

#[test]
fn every_generated_sentence_keeps_its_lines() {
    let b = trade_core::baseline().expect("the shipped data");
    let target = trade_core::presets::PRESETS
        .iter()
        .map(|p| trade_core::link::encode(&(p.build)(&b.params), &b.params, &b.params))
        .collect::<Vec<_>>();
    let scenarios = [
        "oil=-15&growth=15&eaeu_cut=40",
        "eaeu_cut=50&oil=-10&growth=15&pin=oil%3D-20",
        "v=1&growth=40&oil_stop=2026&nonoil=-20&eaeu_cut=100&start=2026&phase=1",
        "oil=-40&growth=-5",
        "",
    ];
    let mut bad = Vec::new();
    let mut count = 0;
    for q in scenarios.iter().map(|s| s.to_string()).chain(target) {
        for s in sentences_of(&q) {
            count += 1;
            bad.extend(misbreaks(&s).into_iter().map(|m| format!("{q}: {m}")));
        }
    }
    assert!(count > 500, "{count} sentences");
    assert!(bad.is_empty(), "{} places:\n{}", bad.len(), bad.join("\n"));
}

#[test]
fn the_checker_finds_what_it_looks_for() {
    assert_eq!(misbreaks("купила у России").len(), 1);
    assert_eq!(misbreaks("в 2030/31 и к 2031").len(), 3);
    assert_eq!(misbreaks("в 2025 г. и 2026–2030 гг.").len(), 4);
    assert_eq!(misbreaks("(−₹20,931 करोड़) · ± 19 · − 2.5").len(), 3);
    assert!(
        misbreaks("в\u{a0}2025\u{a0}г., (−\u{2060}₹20), sign -1, a + b, Ваш Яндекс").is_empty()
    );
}

/// The page's other generated texts: chart titles and subtitles, what moved step by step, the
/// trends note, headings, every lever value and range, the figures' names, a bad link's notices.
fn other_texts(lang: Lang, cur: trade_core::present::format::Currency) -> Vec<String> {
    use trade_core::present::charts::{chart::ChartId, waterfall};
    use trade_core::present::format::Loc;
    use trade_core::present::words::{insight, labels, narrative, notices};
    let b = trade_core::baseline().expect("the shipped data");
    let d = trade_core::link::decode(
        "oil=-15&growth=15&eaeu_cut=40&oil_stop=2028&oil=abc&junk=1&junk2=2&growth=999",
        &b.params,
    );
    let p = &d.params;
    let loc = Loc {
        lang,
        cur,
        ..Loc::plain(b, p)
    };
    let sc = trade_core::model::project(p, &d.scenario);
    let base = trade_core::model::project(p, &trade_core::model::Scenario::baseline(p));
    let mut out = vec![
        narrative::trends_note(&loc, p, true),
        narrative::results_heading(&loc, p),
        narrative::target_bar(&loc, &sc),
        narrative::embed_title(lang),
    ];
    out.extend(notices::page_lines(&d.notices, &loc));
    for c in ChartId::ALL {
        out.extend(narrative::chart_title(&loc, c, &sc));
        if let Some(data) = c.data(&loc, b, &sc, &base, Default::default()) {
            out.push(c.subtitle(&loc, &data));
        }
    }
    for a in trade_core::insight::attribution::attribute(p, &d.scenario) {
        out.push(insight::waterfall_title(lang, a.measure));
        out.extend(
            waterfall::waterfall(&loc, &a)
                .iter()
                .map(|s| waterfall::step_readout(&loc, s)),
        );
    }
    for l in trade_core::model::levers::LEVERS {
        out.push(l.display_range_in(&loc, p.base_year));
        out.push(trade_core::model::levers::Lever::words_in(
            lang,
            l.label,
            p.base_year,
        ));
        let min = l.min(p.base_year);
        let steps = ((l.max - min) / l.step).round() as usize;
        out.extend((0..=steps).map(|k| l.display_in(&loc, min + k as f64 * l.step)));
    }
    out.extend(
        trade_core::data::inputs::inputs()
            .iter()
            .map(|i| labels::figure_in(lang, i.key)),
    );
    out
}

#[test]
fn every_other_generated_text_keeps_its_lines() {
    use trade_core::present::format::Currency;
    let mut bad = Vec::new();
    for lang in Lang::ALL {
        for cur in Currency::ALL {
            for s in other_texts(lang, cur) {
                bad.extend(
                    misbreaks(&s)
                        .into_iter()
                        .map(|m| format!("{lang:?}/{cur:?}: {m}")),
                );
            }
        }
    }
    assert!(bad.is_empty(), "{} places:\n{}", bad.len(), bad.join("\n"));
}

mod property {
    use super::misbreaks;
    use proptest::prelude::*;
    use trade_core::tr::keep_together;

    /// Texts made of the pieces the rules are about, in any order.
    fn any_text() -> impl Strategy<Value = String> {
        let piece = prop::sample::select(vec![
            " ", "в", "С", "я", "и", "г.", "гг.", "г", "фин.", "2025", "−", "+", "±", "₹", "US$",
            "(", "«", "—", "-", ".", "ab", "дом", "\u{a0}", "\u{2060}", "क", "у",
        ]);
        prop::collection::vec(piece, 0..24).prop_map(|v| v.concat())
    }

    proptest! {
        /// After `keep_together` the independent check finds nothing; setting twice changes
        /// nothing more; and only spaces became no-break spaces and word joiners were added.
        #[test]
        fn every_text_is_set(s in any_text()) {
            let set = keep_together(s.clone());
            prop_assert!(misbreaks(&set).is_empty(), "{:?} → {:?}: {:?}", s, set, misbreaks(&set));
            prop_assert_eq!(keep_together(set.clone()), set.clone());
            let added_joiners = set.matches('\u{2060}').count() - s.matches('\u{2060}').count();
            prop_assert_eq!(set.chars().count(), s.chars().count() + added_joiners);
            let back = |t: &str| t.replace(['\u{a0}', '\u{2060}'], " ").replace(' ', "");
            prop_assert_eq!(back(&set), back(&s));
        }
    }
}
