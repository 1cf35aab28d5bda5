//! The running fiscal year in words: its months ("April–October 2026", "Apr–Oct") and the
//! sentence under the headline comparing them with the projection for the same months, taken
//! as the projected year's figure spread evenly over its months (an approximation: trade is not
//! even through the year, and the sentence says so).

use crate::data::{Baseline, Running};
use crate::model::Projection;
use crate::present::format::{fy_label, Loc};
use crate::present::markup::Spaces;
use crate::present::words::parts::{Balance, MONTHS_EN, MONTHS_HI};
use crate::tr::{pick, tidy, Lang};

const EN_SHORT: [&str; 12] = [
    "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar",
];
/// Nominative, as "за апрель–октябрь" and a label want them.
const RU: [&str; 12] = [
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
    "январь",
    "февраль",
    "март",
];
const RU_SHORT: [&str; 12] = [
    "апр.",
    "май",
    "июнь",
    "июль",
    "авг.",
    "сент.",
    "окт.",
    "нояб.",
    "дек.",
    "янв.",
    "февр.",
    "март",
];

/// Twelve month names.
type Months = [&'static str; 12];

/// The months' first and last names from a list whose month `first` is April.
fn ends(r: &Running, names: &Months, first: usize) -> (&'static str, &'static str) {
    let last = (r.months.clamp(1, 12) - 1) as usize;
    (names[first], names[(first + last) % 12])
}

/// The month names a text uses and where April is in them: the full English and Hindi names are
/// the calendar's (January first), the short and the Russian ones start in April.
fn month_names(lang: Lang, short: bool) -> (&'static Months, usize) {
    match (lang, short) {
        (Lang::En, false) => (&MONTHS_EN, 3),
        (Lang::En, true) => (&EN_SHORT, 0),
        (Lang::Hi, _) => (&MONTHS_HI, 3),
        (Lang::Ru, false) => (&RU, 0),
        (Lang::Ru, true) => (&RU_SHORT, 0),
    }
}

/// "April–October" (one month: "April"), without the year.
fn span(lang: Lang, r: &Running, short: bool) -> String {
    let (names, first) = month_names(lang, short);
    match ends(r, names, first) {
        (a, _) if r.months == 1 => a.to_string(),
        (a, b) => format!("{a}\u{2013}{b}"),
    }
}

/// The months with their year(s): "April–October 2026", "April 2026–January 2027",
/// "अप्रैल–अक्टूबर 2026", "апрель–октябрь 2026 г.".
pub fn months_words(lang: Lang, r: &Running) -> String {
    months_words_in(lang, r, Spaces::NoBreak)
}

/// [`months_words`] with the spaces a front end sets ([`Spaces::Plain`] for a terminal).
pub fn months_words_in(lang: Lang, r: &Running, spaces: Spaces) -> String {
    let (end_year, _) = r.last_month();
    let t = spaces.joint();
    let year = |y: i32| pick(lang, format!("{y}"), format!("{y}"), format!("{y}{t}г."));
    if end_year == r.year {
        format!("{}{t}{}", span(lang, r, false), year(r.year))
    } else {
        let (names, first) = month_names(lang, false);
        let (a, b) = ends(r, names, first);
        format!("{a}{t}{}\u{2013}{b}{t}{}", r.year, year(end_year))
    }
}

/// The chart's label of the partial year: "Apr–Oct", "अप्रैल–अक्टूबर", "апр.–окт.".
pub fn months_short(lang: Lang, r: &Running) -> String {
    span(lang, r, true)
}

/// A readout's name for the months: "April–October (7 months)", "अप्रैल–अक्टूबर (7 महीने)",
/// "апрель–октябрь (7 мес.)".
pub fn readout_label(lang: Lang, r: &Running) -> String {
    let n = r.months;
    let count = match lang {
        Lang::En if n == 1 => "1\u{a0}month".to_string(),
        Lang::En => format!("{n}\u{a0}months"),
        Lang::Hi if n == 1 => "1\u{a0}महीना".to_string(),
        Lang::Hi => format!("{n}\u{a0}महीने"),
        Lang::Ru => format!("{n}\u{a0}мес."),
    };
    format!("{} ({count})", span(lang, r, false))
}

/// The scenario's figures for the running year's months: its projection of the year ×
/// months/12 (an even pace). None when the projection has no such year.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SameMonths {
    pub exports: f64,
    pub imports: f64,
    pub total_trade: f64,
    pub balance: f64,
}

/// The projection for the running year's months, at an even pace through the year.
pub fn same_months(r: &Running, sc: &Projection) -> Option<SameMonths> {
    let t = usize::try_from(r.year - sc.base_year).ok()?;
    let y = sc.years().get(t).filter(|_| t > 0)?;
    let k = r.share();
    Some(SameMonths {
        exports: y.total_exports * k,
        imports: y.total_imports * k,
        total_trade: y.total_trade * k,
        balance: y.balance * k,
    })
}

/// The sentence under the headline, when the data file has the running year's months:
/// "Official figures for April–October 2026 (FY2026-27 so far): total trade of US$ 30.1 bn,
/// against US$ 26.0 bn projected for the same months; a deficit of US$ 22.0 bn, against a
/// deficit of US$ 17.4 bn projected (…an even pace…)."
pub fn running_sentence(loc: &Loc, b: &Baseline, sc: &Projection) -> Option<String> {
    let r = b.running.as_ref()?;
    let p = same_months(r, sc)?;
    let lang = loc.lang;
    let (months, fy) = (months_words(lang, r), fy_label(lang, r.year));
    let money = |v: f64| loc.money(v, r.year);
    let (total, total_p) = (money(r.total()), money(p.total_trade));
    let bal = Balance::of(loc, r.balance(), r.year);
    let bal_p = Balance::of(loc, p.balance, r.year);
    Some(tidy(match lang {
        Lang::En => format!(
            "Official figures for {months} ({fy} so far): total trade of {total}, against {total_p} projected for the same months; {}, against {} projected (the year's projection spread evenly over its months, an approximation: trade is not even through the year).",
            bal.words(lang),
            bal_p.words(lang)
        ),
        Lang::Hi => format!(
            "{months} ({fy} में अब तक) के आधिकारिक आँकड़े: कुल व्यापार {total} रहा, जबकि इन्हीं महीनों का प्रक्षेपण {total_p} था; {} रहा, जबकि प्रक्षेपण {} का था (महीनों का प्रक्षेपण साल के प्रक्षेपण को सभी महीनों में बराबर बाँटकर निकाला गया है; यह मोटा अंदाज़ा है, क्योंकि व्यापार पूरे साल एक-सा नहीं रहता)।",
            bal.words(lang),
            bal_p.words_of(lang)
        ),
        Lang::Ru => format!(
            "Официальные данные за {months} (с начала {fy}): товарооборот {total} при прогнозе на те же месяцы {total_p}; {} при прогнозе {} (прогноз на эти месяцы\u{a0}— годовой, поровну разнесённый по месяцам; это приближение: торговля в течение года неравномерна).",
            bal.words(lang),
            bal_p.words_of(lang)
        ),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{project, Scenario};
    use crate::present::format::Currency;

    fn sentence(lang: Lang, cur: Currency) -> (String, SameMonths) {
        let b = crate::baseline_with_running();
        let p = b.params;
        let sc = project(&p, &Scenario::baseline(&p));
        let mut loc = Loc::plain(b, &p);
        (loc.lang, loc.cur) = (lang, cur);
        let r = b.running.unwrap();
        (
            running_sentence(&loc, b, &sc).expect("the fixture has months"),
            same_months(&r, &sc).unwrap(),
        )
    }

    #[test]
    fn the_same_months_are_seven_twelfths_of_the_projected_year() {
        let b = crate::baseline_with_running();
        let p = b.params;
        let mut rng = crate::insight::rng::Rng::new(36);
        for _ in 0..200 {
            let mut s = Scenario::baseline(&p);
            for l in crate::model::levers::LEVERS {
                let v = rng.between(l.min(p.base_year), l.max);
                let (crate::model::levers::Fit::Ok(v) | crate::model::levers::Fit::Clamped(v)) =
                    l.fit(v, &p);
                (l.set)(&mut s, v);
            }
            let sc = project(&p, &s);
            let y = &sc.years()[1];
            assert_eq!(sc.year(1), 2026);
            let m = same_months(&b.running.unwrap(), &sc).unwrap();
            let close = |a: f64, b: f64| (a - b).abs() < 1e-9;
            assert!(close(m.exports, y.total_exports * 7.0 / 12.0));
            assert!(close(m.imports, y.total_imports * 7.0 / 12.0));
            assert!(close(m.total_trade, m.exports + m.imports));
            assert!(close(m.balance, m.exports - m.imports));
        }
    }

    #[test]
    fn the_sentence_gives_the_months_the_figures_and_the_projection_in_every_language() {
        let (en, m) = sentence(Lang::En, Currency::Usd);
        let bn = |v: f64| format!("US$\u{a0}{:.1}\u{a0}bn", v.abs());
        assert!(en.starts_with("Official figures for April–October\u{a0}2026 (FY2026-27 so far): total trade of US$\u{a0}30.1\u{a0}bn"), "{en}");
        assert!(
            en.contains(&format!(
                "against {} projected for the same months",
                bn(m.total_trade)
            )),
            "{en}"
        );
        assert!(
            en.contains(&format!(
                "a deficit of US$\u{a0}22.0\u{a0}bn, against a deficit of {} projected",
                bn(m.balance)
            )),
            "{en}"
        );
        assert!(
            en.contains("spread evenly") && en.contains("an approximation"),
            "{en}"
        );
        let (hi, _) = sentence(Lang::Hi, Currency::Usd);
        assert!(
            hi.starts_with("अप्रैल–अक्टूबर\u{a0}2026 (वित्त\u{a0}वर्ष"),
            "{hi}"
        );
        assert!(
            hi.contains("30.1\u{a0}अरब") && hi.contains("बराबर बाँटकर"),
            "{hi}"
        );
        let (ru, _) = sentence(Lang::Ru, Currency::Usd);
        assert!(
            ru.starts_with("Официальные данные за апрель–октябрь\u{a0}2026\u{a0}г."),
            "{ru}"
        );
        assert!(
            ru.contains("30.1\u{a0}млрд")
                && ru.contains("дефицит 22.0")
                && ru.contains("приближение"),
            "{ru}"
        );
        for lang in Lang::ALL {
            // the glossary's terms, as every other generated sentence (प्रक्षेपण, not अनुमान)
            for cur in [Currency::Usd, Currency::Inr] {
                let (s, _) = sentence(lang, cur);
                assert_eq!(crate::tr::rejected_word(lang, &s), None, "{s}");
            }
            let (inr, _) = sentence(lang, Currency::Inr);
            assert!(
                (inr.contains('₹') || inr.contains("рупий")) && !inr.contains("US$"),
                "{inr}"
            );
            assert!(!inr.contains("NaN") && !inr.contains("running."), "{inr}");
        }
    }

    #[test]
    fn no_months_no_sentence() {
        let b = crate::baseline().unwrap();
        let p = b.params;
        let sc = project(&p, &Scenario::baseline(&p));
        assert_eq!(running_sentence(&Loc::plain(b, &p), b, &sc), None);
    }

    #[test]
    fn the_months_are_named_from_april_in_every_language() {
        let r = |months| Running {
            year: 2026,
            months,
            exports: 1.0,
            imports: 1.0,
            source: "",
        };
        assert_eq!(months_words(Lang::En, &r(1)), "April\u{a0}2026");
        assert_eq!(
            months_words(Lang::En, &r(10)),
            "April\u{a0}2026–January\u{a0}2027"
        );
        assert_eq!(
            months_words(Lang::Ru, &r(11)),
            "апрель\u{a0}2026–февраль\u{a0}2027\u{a0}г."
        );
        assert_eq!(months_short(Lang::En, &r(7)), "Apr–Oct");
        assert_eq!(months_short(Lang::Hi, &r(7)), "अप्रैल–अक्टूबर");
        assert_eq!(months_short(Lang::Ru, &r(7)), "апр.–окт.");
        assert_eq!(
            readout_label(Lang::En, &r(7)),
            "April–October (7\u{a0}months)"
        );
        assert_eq!(readout_label(Lang::Hi, &r(1)), "अप्रैल (1\u{a0}महीना)");
        assert_eq!(
            readout_label(Lang::Ru, &r(7)),
            "апрель–октябрь (7\u{a0}мес.)"
        );
    }
}
