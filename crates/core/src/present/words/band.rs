//! Words for the band: the chance of reaching the target, the likely range of each figure, and
//! each uncertain input's range, written from the numbers (`insight::uncertainty::Ranges`).

use super::insight::figure_words;
use crate::fy;
use crate::insight::attribution::Measure;
use crate::insight::uncertainty::{Band, Ranges, Uncertain};
use crate::present::format::{fy_label, round, Loc, Scale};
use crate::present::words::parts::{target_amount, Balance, Side};
use crate::tr::{pick, tidy, Lang};

/// "Total trade in FY2030-31 reaches US$ 100 bn in 48 of 400 simulated paths (12 %)": FY2030-31's
/// total, as `Projection::meets_target` counts it.
pub fn probability_sentence(loc: &Loc, b: &Band, target: f64) -> String {
    tidy({
        let hits = (b.probability_target * b.draws as f64).round() as usize;
        let year = fy_label(loc.lang, fy::HORIZON);
        let n = b.draws;
        let pct = if hits > 0 && round(b.probability_target * 100.0, 0) == 0.0 {
            "< 1".to_string()
        } else {
            loc.num(b.probability_target * 100.0, 0)
        };
        let (t, sp) = (target_amount(loc, target), loc.spaces.joint());
        match (loc.lang, hits) {
        (Lang::En, 0) => format!("Allowing for uncertain elasticities, crude prices and volumes and export growth, total trade in {year} reaches {t} in none of {n} simulated paths."),
        (Lang::En, _) => format!("Allowing for uncertain elasticities, crude prices and volumes and export growth, total trade in {year} reaches {t} in {hits} of {n} simulated paths ({pct}{sp}%)."),
        (Lang::Hi, 0) => format!("लोच, कच्चे तेल की कीमत व मात्रा और निर्यात वृद्धि की अनिश्चितता को ध्यान में रखें तो {n} में से किसी भी सिमुलेशन में {year} का कुल व्यापार {t} तक नहीं पहुँचता।"),
        (Lang::Hi, _) => format!("लोच, कच्चे तेल की कीमत व मात्रा और निर्यात वृद्धि की अनिश्चितता को ध्यान में रखें तो {n} में से {hits} सिमुलेशन ({pct}%) में {year} का कुल व्यापार {t} तक पहुँचता है।"),
        (Lang::Ru, 0) => format!("С учётом неопределённости эластичностей, цен и объёмов нефти и роста экспорта товарооборот в {year} не достигает {t} ни в одном из {n} смоделированных вариантов."),
        (Lang::Ru, _) => format!("С учётом неопределённости эластичностей, цен и объёмов нефти и роста экспорта товарооборот в {year} достигает {t} в {hits} из {n} смоделированных вариантов ({pct}{sp}%)."),
    }
    })
}

/// The band in the final year: "Likely range in FY2030-31 (10th to 90th percentile of 400
/// simulated paths): a deficit of US$ 17.2 bn to US$ 50.5 bn, median US$ 30.1 bn." A balance's
/// figures carry their word, never a sign. Where the median differs, as written, from `yours`
/// (the scenario's figure of FY2030-31, US$ bn), a sentence says so and why.
pub fn band_sentence(loc: &Loc, b: &Band, m: Measure, yours: f64) -> String {
    tidy({
        let t = b.len - 1;
        let q = match m {
            Measure::Balance => b.balance[t],
            Measure::TotalTrade => b.total_trade[t],
        };
        // the figures in the unit the largest calls for, those below a lakh crore in crore
        // ("₹62,000 crore to ₹4.51 lakh crore", not "₹0.62 lakh crore to …")
        let scale = loc.money_scale([q.p10, q.p50, q.p90, yours], fy::HORIZON);
        let range = match m {
            Measure::Balance => balance_range(loc, [q.p10, q.p50, q.p90], scale),
            Measure::TotalTrade => {
                let f = |v: f64| loc.money_at(v, fy::HORIZON, scale, false);
                let (lo, hi, mid) = (f(q.p10), f(q.p90), f(q.p50));
                let c = |v: f64| loc.convert(v, fy::HORIZON);
                let first = loc.range_first(c(q.p10), c(q.p90), scale);
                pick(
                    loc.lang,
                    format!("{lo} to {hi}, median {mid}"),
                    format!("{first} से {hi} तक, माध्यिका {mid}"),
                    format!("от {first} до {hi}, медиана — {mid}"),
                )
            }
        };
        let year = fy_label(loc.lang, fy::HORIZON);
        let n = b.draws;
        let sentence = match loc.lang {
            Lang::En => format!("Likely range in {year} (10th to 90th percentile of {n} simulated paths): {range}."),
            Lang::Hi => format!("{year} में संभावित दायरा ({n} सिमुलेशन के 10वें से 90वें पर्सेंटाइल तक): {range}।"),
            Lang::Ru => format!("Вероятный диапазон в {year} (10–90-й процентили {n} смоделированных вариантов): {range}."),
        };
        match median_note(loc, m, q.p50, yours, scale) {
            Some(note) => format!("{sentence} {note}"),
            None => sentence,
        }
    })
}

/// A balance's range with its words: "a deficit of US$ 17.2 bn to US$ 50.5 bn, median US$ 30.1
/// bn" when all three are on one side; "from a deficit of … to a surplus of …, median a deficit
/// of …" when not.
fn balance_range(loc: &Loc, [p10, p50, p90]: [f64; 3], scale: Scale) -> String {
    let lang = loc.lang;
    let at = |v: f64| Balance::at(loc, loc.convert(v, fy::HORIZON), scale);
    let (lo, mid, hi) = (at(p10), at(p50), at(p90));
    if lo.side == hi.side && mid.side == lo.side && lo.side != Side::Even {
        // the smaller size first: "a deficit of US$ 17.2 bn to US$ 50.5 bn"
        let ((a, va), (b, vb)) = match lo.side {
            Side::Deficit => ((&hi.amount, p90), (&lo.amount, p10)),
            _ => ((&lo.amount, p10), (&hi.amount, p90)),
        };
        let size = |v: f64| loc.convert(v, fy::HORIZON).abs();
        let first = loc.range_first(size(va), size(vb), scale);
        let m = &mid.amount;
        return match (lang, lo.side) {
            (Lang::En, Side::Deficit) => format!("a deficit of {a} to {b}, median {m}"),
            (Lang::En, _) => format!("a surplus of {a} to {b}, median {m}"),
            (Lang::Hi, Side::Deficit) => format!("{first} से {b} तक का घाटा, माध्यिका {m}"),
            (Lang::Hi, _) => format!("{first} से {b} तक का अधिशेष, माध्यिका {m}"),
            (Lang::Ru, Side::Deficit) => format!("дефицит от {first} до {b}, медиана — {m}"),
            (Lang::Ru, _) => format!("профицит от {first} до {b}, медиана — {m}"),
        };
    }
    let (l, h, m) = (lo.words_of(lang), hi.words_of(lang), mid.words(lang));
    match lang {
        Lang::En => format!("from {l} to {h}, median {m}"),
        Lang::Hi => format!("{l} से {h} तक, माध्यिका {m}"),
        Lang::Ru => format!("от {l} до {h}, медиана — {m}"),
    }
}

/// Why the band's median is not the scenario's figure, when they differ as written: "The median
/// is lower than your scenario (US$ 52.1 bn) because the ranges of the uncertain inputs are not
/// symmetric." A balance on one side both times is compared by its size ("The median deficit is
/// smaller than in your scenario (a deficit of US$ 47.3 bn) …"), never as "higher".
fn median_note(loc: &Loc, m: Measure, p50: f64, yours: f64, scale: Scale) -> Option<String> {
    let written = |v: f64| loc.money_at(v, fy::HORIZON, scale, true);
    if !yours.is_finite() || written(p50) == written(yours) {
        return None;
    }
    let lang = loc.lang;
    let y = figure_words(loc, m, yours, Some(scale));
    let at = |v: f64| Balance::at(loc, loc.convert(v, fy::HORIZON), scale).side;
    let side = match m {
        Measure::Balance if at(p50) == at(yours) => Some(at(yours)),
        _ => None,
    };
    // the median's size against yours: for a deficit, a higher balance is a smaller deficit
    let larger = match side {
        Some(Side::Deficit) => p50 < yours,
        _ => p50 > yours,
    };
    let compared = median_compared(lang, side, larger, &y);
    Some(match lang {
        Lang::En => {
            format!("{compared} because the ranges of the uncertain inputs are not symmetric.")
        }
        Lang::Hi => format!("{compared}, क्योंकि अनिश्चित मानों के दायरे सममित नहीं हैं।"),
        Lang::Ru => {
            format!("{compared}, потому что диапазоны неопределённых параметров несимметричны.")
        }
    })
}

/// The median against the scenario's figure `y`: by a deficit's or surplus's size when both are
/// on one `side`, else higher or lower.
fn median_compared(lang: Lang, side: Option<Side>, larger: bool, y: &str) -> String {
    match (lang, side, larger) {
        (Lang::En, Some(Side::Deficit), l) => format!(
            "The median deficit is {} than in your scenario ({y})",
            if l { "larger" } else { "smaller" }
        ),
        (Lang::En, Some(Side::Surplus), l) => format!(
            "The median surplus is {} than in your scenario ({y})",
            if l { "larger" } else { "smaller" }
        ),
        (Lang::En, _, l) => format!(
            "The median is {} than your scenario ({y})",
            if l { "higher" } else { "lower" }
        ),
        (Lang::Hi, Some(Side::Deficit), l) => format!(
            "माध्यिका में घाटा आपके परिदृश्य ({y}) से {} है",
            if l { "ज़्यादा" } else { "कम" }
        ),
        (Lang::Hi, Some(Side::Surplus), l) => format!(
            "माध्यिका में अधिशेष आपके परिदृश्य ({y}) से {} है",
            if l { "ज़्यादा" } else { "कम" }
        ),
        (Lang::Hi, _, l) => format!(
            "माध्यिका आपके परिदृश्य ({y}) से {} है",
            if l { "ज़्यादा" } else { "कम" }
        ),
        (Lang::Ru, Some(Side::Deficit), l) => format!(
            "Медианный дефицит {}, чем в вашем сценарии ({y})",
            if l { "больше" } else { "меньше" }
        ),
        (Lang::Ru, Some(Side::Surplus), l) => format!(
            "Медианный профицит {}, чем в вашем сценарии ({y})",
            if l { "больше" } else { "меньше" }
        ),
        (Lang::Ru, _, l) => format!(
            "Медиана {}, чем в вашем сценарии ({y})",
            if l { "выше" } else { "ниже" }
        ),
    }
}

/// An uncertain input's range in words, written from the ranges' numbers: "× 0.5 to × 1.55 of
/// the values used", "each year ± 29.7 % (one standard deviation), from the price set". Plain,
/// as the JSON report carries it; the page sets its lines (`tr::tidy`).
pub fn range_words(loc: &Loc, r: &Ranges, which: Uncertain) -> String {
    let n = |v: f64| loc.num(v, shortest_decimals(v));
    let lang = loc.lang;
    match which {
        Uncertain::Elasticity => {
            let (a, b) = (n(r.elasticity.0), n(r.elasticity.1));
            pick(
                lang,
                format!("× {a} to × {b} of the values used"),
                format!("इस्तेमाल किए गए मानों के {a} गुना से {b} गुना तक"),
                format!("принятые значения, умноженные на {a}–{b}"),
            )
        }
        Uncertain::Substitution => {
            let (a, b) = (n(r.substitution.0), n(r.substitution.1));
            pick(
                lang,
                format!("{a} to {b}"),
                format!("{a} से {b}"),
                format!("от {a} до {b}"),
            )
        }
        Uncertain::Price => {
            let p = n(r.price_sd * 100.0);
            pick(
                lang,
                format!("each year ± {p}\u{a0}% (one standard deviation), from the price set"),
                format!("तय कीमत से हर साल ± {p}% (एक मानक विचलन)"),
                format!("каждый год ± {p}\u{a0}% (одно стандартное отклонение) от заданной цены"),
            )
        }
        Uncertain::Growth => {
            let g = n(r.growth_sd);
            pick(
                lang,
                format!("each year ± {g} points (one standard deviation) around the rate set"),
                format!("हर साल तय दर के आसपास ± {g}\u{a0}प्रतिशत अंक (एक मानक विचलन)"),
                format!("каждый год ± {g}\u{a0}п.\u{a0}п. (одно стандартное отклонение) вокруг заданного темпа"),
            )
        }
        Uncertain::Volume => {
            let (a, b) = (n(r.volume.0), n(r.volume.1));
            pick(
                lang,
                format!("× {a} to × {b} of the volume set"),
                format!("तय मात्रा के {a} गुना से {b} गुना तक"),
                format!("заданный объём, умноженный на {a}–{b}"),
            )
        }
    }
}

/// The fewest decimals (up to three) that write `v` as it is: 0.5 → 1, 1.55 → 2, 19 → 0.
fn shortest_decimals(v: f64) -> usize {
    (0..3)
        .find(|&d| (round(v, d) - v).abs() < 1e-9)
        .unwrap_or(3)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tr::Tr;

    /// Digits as the page's Intl writes these small numbers: a decimal comma in Russian.
    struct Press;

    impl crate::present::format::Digits for Press {
        fn digits(&self, lang: Lang, v: f64, decimals: usize) -> String {
            let s = format!("{v:.decimals$}");
            match lang {
                Lang::Ru => s.replace('.', ","),
                _ => s,
            }
        }
    }

    fn loc(lang: Lang) -> Loc<'static> {
        Loc {
            lang,
            digits: &Press,
            ..Loc::english()
        }
    }

    /// The stated ranges in the words the page had when they were typed in beside the numbers.
    #[test]
    fn the_stated_ranges_read_as_before() {
        let before = [
            (Uncertain::Elasticity, Tr::new("× 0.5 to × 1.55 of the values used", "इस्तेमाल किए गए मानों के 0.5 गुना से 1.55 गुना तक", "принятые значения, умноженные на 0,5–1,55")),
            (Uncertain::Substitution, Tr::new("1 to 4", "1 से 4", "от 1 до 4")),
            (Uncertain::Price, Tr::new("each year ± 29.7\u{a0}% (one standard deviation), from the price set", "तय कीमत से हर साल ± 29.7% (एक मानक विचलन)", "каждый год ± 29,7\u{a0}% (одно стандартное отклонение) от заданной цены")),
            (Uncertain::Growth, Tr::new("each year ± 19 points (one standard deviation) around the rate set", "हर साल तय दर के आसपास ± 19\u{a0}प्रतिशत अंक (एक मानक विचलन)", "каждый год ± 19\u{a0}п.\u{a0}п. (одно стандартное отклонение) вокруг заданного темпа")),
            (Uncertain::Volume, Tr::new("× 0.7 to × 1.3 of the volume set", "तय मात्रा के 0.7 गुना से 1.3 गुना तक", "заданный объём, умноженный на 0,7–1,3")),
        ];
        let notes: Vec<Uncertain> = Ranges::NOTES.iter().map(|n| n.which).collect();
        assert_eq!(
            notes,
            before.map(|(w, _)| w),
            "a note for each input, in order"
        );
        for (which, t) in before {
            for lang in Lang::ALL {
                let s = range_words(&loc(lang), &Ranges::STATED, which);
                assert_eq!(tidy(s.clone()), t.get(lang), "{which:?} {lang:?}");
                // the JSON's, plain
                let raw = [t.en, t.hi, t.ru][lang as usize];
                assert_eq!(s, raw, "{which:?} {lang:?}");
            }
        }
    }

    /// The words follow the numbers: other ranges, other words.
    #[test]
    fn the_words_follow_the_numbers() {
        let r = Ranges {
            elasticity: (0.25, 2.0),
            substitution: (1.5, 6.0),
            price_sd: 0.3125,
            growth_sd: 7.5,
            volume: (0.8, 1.125),
        };
        let w = |lang, which| range_words(&loc(lang), &r, which);
        assert_eq!(
            w(Lang::En, Uncertain::Elasticity),
            "× 0.25 to × 2 of the values used"
        );
        assert_eq!(w(Lang::Ru, Uncertain::Substitution), "от 1,5 до 6");
        let hi = w(Lang::Hi, Uncertain::Price);
        assert!(hi.contains("31.25%"), "{hi:?}");
        assert!(w(Lang::Ru, Uncertain::Growth).contains("7,5\u{a0}п.\u{a0}п."));
        assert_eq!(
            w(Lang::Ru, Uncertain::Volume),
            "заданный объём, умноженный на 0,8–1,125"
        );
    }
}
