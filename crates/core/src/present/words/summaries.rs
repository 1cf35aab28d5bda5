//! Each chart's summary (its text alternative) and its title, written from the numbers in the
//! reader's language and currency; each starts from the latest actual year and says which years
//! are actual, and compares the figures as shown.

use super::narrative::{
    actual_span, balances_in_one_unit, crude_cap_note, in_one_unit, reach, ru_years, target_words,
    Reach,
};
use crate::data::{Baseline, EXPORT_SECTORS, IMPORT_GROUPS};
use crate::link::view::ChartId;
use crate::model::Projection;
use crate::present::format::Loc;
use crate::tr::{tidy, Lang};

/// "The balance was a deficit of US$ 6.5 bn in FY2017-18 and a deficit of US$ 50.9 bn in
/// FY2025-26 (actual); it is projected to be a deficit of US$ 38.7 bn in FY2030-31, against a
/// deficit of US$ 38.7 bn on current trends."
pub fn balance_chart(loc: &Loc, b: &Baseline, sc: &Projection, base: &Projection) -> String {
    tidy({
        let lang = loc.lang;
        let (y0, yn) = (sc.year(0), sc.year(sc.len - 1));
        let (fy0, fy) = (loc.fy(y0), loc.fy(yn));
        let span = actual_span(b, |a| a.balance()).filter(|(y, _)| *y < y0);
        let (y1, first) = span.unwrap_or((y0, sc.years[0].balance));
        let [v0, end, trend, v1] = balances_in_one_unit(
            loc,
            [
                (sc.years[0].balance, y0),
                (sc.last().balance, yn),
                (base.last().balance, yn),
                (first, y1),
            ],
        );
        let (v0, end, v1) = (v0.words(lang), end.words(lang), v1.words(lang));
        let from = span.map(|(y, _)| (loc.fy(y), v1));
        match lang {
            Lang::En => {
                let from = from.map_or(String::new(), |(y, v)| format!("{v} in {y} and "));
                let trend = trend.words(lang);
                format!("The balance was {from}{v0} in {fy0} (actual); it is projected to be {end} in {fy}, against {trend} on current trends.")
            }
            Lang::Hi => {
                let from = from.map_or(String::new(), |(y, v)| format!("{y} में {v} था और "));
                let trend = trend.words(lang);
                format!("वास्तविक आँकड़ों के अनुसार व्यापार संतुलन में {from}{fy0} में {v0} रहा; प्रक्षेपण के अनुसार {fy} में {end} रहेगा, जबकि मौजूदा रुझानों पर {trend} होगा।")
            }
            Lang::Ru => {
                let from = from.map_or(String::new(), |(y, v)| format!("{v} в {y} и "));
                let trend = trend.words_of(lang);
                format!("Фактическое сальдо: {from}{v0} в {fy0}; в {fy} прогнозируется {end} против {trend} при сохранении текущих тенденций.")
            }
        }
    })
}

pub fn total_chart(loc: &Loc, b: &Baseline, sc: &Projection, base: &Projection) -> String {
    tidy({
        let (y0, yn) = (sc.year(0), sc.year(sc.len - 1));
        let (fy0, fy) = (loc.fy(y0), loc.fy(yn));
        let span = actual_span(b, |a| a.total);
        let (y1, first) = span.unwrap_or((y0, sc.years[0].total_trade));
        let [v0, end, trend, v1] = in_one_unit(
            loc,
            [
                (sc.years[0].total_trade, y0),
                (sc.last().total_trade, yn),
                (base.last().total_trade, yn),
                (first, y1),
            ],
            false,
        );
        let from = span.map(|(y, _)| (loc.fy(y), v1));
        let reach = total_reach(loc, sc);
        match loc.lang {
            Lang::En => {
                // "went from … to …" over the actual years; "was …" when the base year is the only one
                let went = from.map_or("was".to_string(), |(y, v)| {
                    format!("went from {v} in {y} to")
                });
                format!("Total trade {went} {v0} in {fy0} (actual) and is projected at {end} in {fy} ({trend} on current trends), {reach}.")
            }
            Lang::Hi => {
                let from = from.map_or(String::new(), |(y, v)| format!("{y} में {v} और "));
                format!("कुल व्यापार {from}{fy0} में {v0} रहा (वास्तविक); प्रक्षेपण के अनुसार {fy} में यह {end} रहेगा (मौजूदा रुझानों पर {trend}), और {reach}।")
            }
            Lang::Ru => {
                let from = from.map_or(String::new(), |(y, v)| format!("{v} в {y} и "));
                format!("Фактический товарооборот составил {from}{v0} в {fy0}; в {fy}, по прогнозу, он составит {end} (при сохранении текущих тенденций — {trend}) и {reach}.")
            }
        }
    })
}

/// The total chart's words on the target, in the future: "reaching the US$ 100 bn target in
/// FY2028-29", "… that year" when that is FY2030-31 (named just before).
fn total_reach(loc: &Loc, sc: &Projection) -> String {
    let yn = sc.year(sc.len - 1);
    let fy = loc.fy(yn);
    let target = target_words(loc, sc.target);
    match (loc.lang, reach(sc)) {
        (Lang::En, Reach::Met(y)) if y == yn => format!("reaching {target} that year"),
        (Lang::En, Reach::Met(y)) => format!("reaching {target} in {}", loc.fy(y)),
        (Lang::En, Reach::Passed(y)) => {
            format!("reaching {target} in {} but below it in {fy}", loc.fy(y))
        }
        (Lang::En, Reach::Short) => format!("below {target} in every projected year"),
        (Lang::Hi, Reach::Met(y)) if y == yn => {
            format!("उसी वर्ष यह {target} तक पहुँच जाएगा")
        }
        (Lang::Hi, Reach::Met(y)) => format!("यह {} में {target} तक पहुँच जाएगा", loc.fy(y)),
        (Lang::Hi, Reach::Passed(y)) => format!(
            "यह {} में {target} तक पहुँचेगा, पर {fy} में उससे नीचे रहेगा",
            loc.fy(y)
        ),
        (Lang::Hi, Reach::Short) => format!("यह हर प्रक्षेपित वर्ष में {target} से नीचे रहेगा"),
        (Lang::Ru, Reach::Met(y)) if y == yn => format!("в том же году достигнет {target}"),
        (Lang::Ru, Reach::Met(y)) => format!("достигнет {target} в {}", loc.fy(y)),
        (Lang::Ru, Reach::Passed(y)) => {
            format!(
                "достигнет {target} в {}, но в {fy} окажется ниже неё",
                loc.fy(y)
            )
        }
        (Lang::Ru, Reach::Short) => format!("во всех прогнозных годах останется ниже {target}"),
    }
}

/// Which way a figure goes from the base year to the last: compared as written, so that a title
/// never says "grows" between two equal printed amounts.
#[derive(Clone, Copy, PartialEq)]
enum Trend {
    Up,
    Same,
    Down,
}

fn trend(loc: &Loc, start: f64, end: f64) -> Trend {
    if loc.amount(start, false) == loc.amount(end, false) {
        Trend::Same
    } else if end > start {
        Trend::Up
    } else {
        Trend::Down
    }
}

/// A chart's title as a newsroom prints it: the finding of this scenario, in about ten words
/// ("India's deficit with Russia projected to narrow to US$ 9.0 bn by FY2030-31"). The chart's
/// subject and unit go in [`chart_subtitle`]. None for the waterfall, whose title is its subject.
pub fn chart_title(loc: &Loc, chart: ChartId, sc: &Projection) -> Option<String> {
    let (y0, yn) = (sc.year(0), sc.year(sc.len - 1));
    let fy = loc.fy(yn);
    let (first, last) = (&sc.years[0], sc.last());
    let conv = |v: f64, y: i32| loc.convert(v, y);
    Some(tidy(match chart {
        ChartId::Balance => {
            let (start, end) = (conv(-first.balance, y0), conv(-last.balance, yn));
            let e = loc.amount(end.abs(), false);
            balance_title(
                loc.lang,
                (end > 0.0).then(|| trend(loc, start, end)),
                &e,
                &fy,
            )
        }
        ChartId::Total => {
            let total = loc.money(last.total_trade, yn);
            let target = target_words(loc, sc.target);
            let met = sc.meets_target();
            match (loc.lang, met) {
                (Lang::En, false) => {
                    format!("Total trade projected at {total} in {fy}, short of {target}")
                }
                (Lang::En, true) => {
                    format!("Total trade projected at {total} in {fy}, meeting {target}")
                }
                (Lang::Hi, false) => {
                    format!("{fy} में कुल व्यापार {total} रहेगा (प्रक्षेपण), {target} से कम")
                }
                (Lang::Hi, true) => {
                    format!("{fy} में कुल व्यापार {total} रहेगा (प्रक्षेपण), {target} के पार")
                }
                (Lang::Ru, false) => {
                    format!("Товарооборот в {fy}, по прогнозу, — {total}, ниже {target}")
                }
                (Lang::Ru, true) => {
                    format!("Товарооборот в {fy}, по прогнозу, — {total}, выше {target}")
                }
            }
        }
        ChartId::Exports | ChartId::Imports => {
            let exports = chart == ChartId::Exports;
            let pick = |y: &crate::model::Year| {
                if exports {
                    y.total_exports
                } else {
                    y.total_imports
                }
            };
            let (start, end) = (conv(pick(first), y0), conv(pick(last), yn));
            let e = loc.amount(end, false);
            flow_title(loc.lang, exports, trend(loc, start, end), &e, &fy)
        }
        ChartId::Moved => return None,
    }))
}

/// The balance chart's title; `way` None: a surplus.
fn balance_title(lang: Lang, way: Option<Trend>, e: &str, fy: &str) -> String {
    match (lang, way) {
        (Lang::En, None) => format!("India projected to run a surplus of {e} with Russia by {fy}"),
        (Lang::En, Some(Trend::Down)) => {
            format!("India's deficit with Russia projected to narrow to {e} by {fy}")
        }
        (Lang::En, Some(Trend::Up)) => {
            format!("India's deficit with Russia projected to widen to {e} by {fy}")
        }
        (Lang::En, Some(Trend::Same)) => {
            format!("India's deficit with Russia projected to stay at {e} by {fy}")
        }
        (Lang::Hi, None) => format!("{fy} तक रूस के साथ भारत का {e} का व्यापार अधिशेष होगा (प्रक्षेपण)"),
        (Lang::Hi, Some(Trend::Down)) => {
            format!("रूस के साथ भारत का व्यापार घाटा {fy} तक घटकर {e} रह जाएगा (प्रक्षेपण)")
        }
        (Lang::Hi, Some(Trend::Up)) => {
            format!("रूस के साथ भारत का व्यापार घाटा {fy} तक बढ़कर {e} हो जाएगा (प्रक्षेपण)")
        }
        (Lang::Hi, Some(Trend::Same)) => {
            format!("रूस के साथ भारत का व्यापार घाटा {fy} तक {e} पर बना रहेगा (प्रक्षेपण)")
        }
        (Lang::Ru, None) => format!("К {fy} у Индии ожидается профицит в торговле с Россией — {e}"),
        (Lang::Ru, Some(Trend::Down)) => {
            format!("Дефицит Индии в торговле с Россией к {fy} сократится до {e}")
        }
        (Lang::Ru, Some(Trend::Up)) => {
            format!("Дефицит Индии в торговле с Россией к {fy} вырастет до {e}")
        }
        (Lang::Ru, Some(Trend::Same)) => {
            format!("Дефицит Индии в торговле с Россией к {fy} останется на уровне {e}")
        }
    }
}

/// The exports' or imports' chart title.
fn flow_title(lang: Lang, exports: bool, way: Trend, e: &str, fy: &str) -> String {
    let (en, hi, ru) = if exports {
        (
            "India's exports to Russia",
            "रूस को भारत का निर्यात",
            "Экспорт Индии в Россию",
        )
    } else {
        (
            "India's imports from Russia",
            "रूस से भारत का आयात",
            "Импорт Индии из России",
        )
    };
    match (lang, way) {
        (Lang::En, Trend::Up) => format!("{en} projected to grow to {e} by {fy}"),
        (Lang::En, Trend::Down) => format!("{en} projected to fall to {e} by {fy}"),
        (Lang::En, Trend::Same) => format!("{en} projected to stay at {e} by {fy}"),
        (Lang::Hi, Trend::Up) => format!("{hi} {fy} तक बढ़कर {e} हो जाएगा (प्रक्षेपण)"),
        (Lang::Hi, Trend::Down) => format!("{hi} {fy} तक घटकर {e} रह जाएगा (प्रक्षेपण)"),
        (Lang::Hi, Trend::Same) => format!("{hi} {fy} तक {e} पर बना रहेगा (प्रक्षेपण)"),
        (Lang::Ru, Trend::Up) => format!("{ru} к {fy} вырастет до {e}"),
        (Lang::Ru, Trend::Down) => format!("{ru} к {fy} сократится до {e}"),
        (Lang::Ru, Trend::Same) => format!("{ru} к {fy} останется на уровне {e}"),
    }
}

/// The largest value and its label.
fn largest(values: &[f64], labels: &[&'static str]) -> (&'static str, f64) {
    let mut best = (labels[0], values[0]);
    for (l, v) in labels.iter().zip(values) {
        if *v > best.1 {
            best = (l, *v);
        }
    }
    best
}

/// The first year whose actual figures are split by sector.
pub(super) fn first_split(b: &Baseline) -> Option<i32> {
    b.history
        .iter()
        .find(|a| a.sectors.is_some())
        .map(|a| a.year)
}

pub fn exports_chart(loc: &Loc, b: &Baseline, sc: &Projection) -> String {
    tidy({
        let lang = loc.lang;
        let labels: Vec<&'static str> = EXPORT_SECTORS.iter().map(|s| s.label.get(lang)).collect();
        let (name, v) = largest(&sc.last().exports, &labels);
        let (y0, yn) = (sc.year(0), sc.year(sc.len - 1));
        let (fy0, fy) = (loc.fy(y0), loc.fy(yn));
        let [v0, end, v] = in_one_unit(
            loc,
            [
                (sc.years[0].total_exports, y0),
                (sc.last().total_exports, yn),
                (v, yn),
            ],
            false,
        );
        let split = first_split(b).map(|y| loc.fy(y));
        match lang {
            Lang::En => {
                let split = split.map_or(String::new(), |y| format!(", split by sector from {y}"));
                let name = name.to_ascii_lowercase();
                format!("Exports were {v0} in {fy0} (actual{split}) and are projected at {end} by {fy}; the largest sector then is {name} at {v}.")
            }
            Lang::Hi => {
                // the split starts in that year, not the exports
                let split = split.map_or(String::new(), |y| format!("; क्षेत्रवार बँटवारा {y} से"));
                format!("निर्यात {fy0} में {v0} रहा (वास्तविक{split}); प्रक्षेपण के अनुसार {fy} तक यह {end} रहेगा, और तब {v} के साथ {name} सबसे बड़ा क्षेत्र होगा।")
            }
            Lang::Ru => {
                let split = split.map_or(String::new(), |y| {
                    format!("; разбивка по отраслям\u{a0}— с {y}")
                });
                format!("Экспорт в {fy0} составил {v0} (фактические данные{split}); в {fy}, по прогнозу, он составит {end}, крупнейшей будет отрасль «{name}» ({v}).")
            }
        }
    })
}

pub fn imports_chart(loc: &Loc, b: &Baseline, sc: &Projection) -> String {
    let summary = tidy({
        let lang = loc.lang;
        let labels: Vec<&'static str> = IMPORT_GROUPS.iter().map(|s| s.label.get(lang)).collect();
        let y = sc.last();
        let crude_share = if y.total_imports > 0.0 {
            y.imports[crate::data::CRUDE] / y.total_imports * 100.0
        } else {
            0.0
        };
        let share = loc.num(crude_share, 0);
        let (name, _) = largest(&y.imports, &labels);
        let (y0, yn) = (sc.year(0), sc.year(sc.len - 1));
        let (fy0, fy) = (loc.fy(y0), loc.fy(yn));
        let [v0, end] = in_one_unit(
            loc,
            [(sc.years[0].total_imports, y0), (y.total_imports, yn)],
            false,
        );
        let split = first_split(b).map(|y| loc.fy(y));
        match lang {
            Lang::En => {
                let split = split.map_or(String::new(), |y| format!(", split by group from {y}"));
                let name = name.to_ascii_lowercase();
                format!("Imports were {v0} in {fy0} (actual{split}) and are projected at {end} by {fy}; crude oil is {share}\u{a0}% of them then, and the largest group is {name}.")
            }
            Lang::Hi => {
                let split = split.map_or(String::new(), |y| format!("; समूहवार बँटवारा {y} से"));
                // crude named once; none is "बिल्कुल नहीं", not "0% हिस्सा"
                let crude = IMPORT_GROUPS[crate::data::CRUDE].label.get(lang);
                let then = if name == crude {
                    format!("तब {share}% हिस्से के साथ {crude} सबसे बड़ा समूह होगा")
                } else if crate::present::format::round(crude_share, 0) == 0.0 {
                    format!("तब इसमें {crude} बिल्कुल नहीं होगा और सबसे बड़ा समूह {name} होगा")
                } else {
                    format!("तब इसमें कच्चे तेल का हिस्सा {share}% होगा और सबसे बड़ा समूह {name} होगा")
                };
                format!("आयात {fy0} में {v0} रहा (वास्तविक{split}); प्रक्षेपण के अनुसार {fy} तक यह {end} रहेगा, {then}।")
            }
            Lang::Ru => {
                let split = split.map_or(String::new(), |y| {
                    format!("; разбивка по статьям\u{a0}— с {y}")
                });
                // the largest item named once: crude oil is not named twice
                let largest = if name == IMPORT_GROUPS[crate::data::CRUDE].label.get(lang) {
                    format!("крупнейшей статьёй будет сырая нефть ({share}\u{a0}% импорта)")
                } else {
                    format!(
                        "доля сырой нефти\u{a0}— {share}\u{a0}%, крупнейшей будет статья «{name}»"
                    )
                };
                format!("Импорт в {fy0} составил {v0} (фактические данные{split}); в {fy}, по прогнозу, он составит {end}; {largest}.")
            }
        }
    });
    match crude_cap_note(loc, sc) {
        Some(note) => format!("{summary} {note}"),
        None => summary,
    }
}

/// A chart's note on its actual years that are not all official ("FY2020-21 and FY2022-23 are
/// partly a press report or our estimate, drawn dashed", in the test fixture with such years).
/// None when every year is official, as in today's data.
pub fn estimated_note(loc: &Loc, years: &[i32]) -> Option<String> {
    // Hindi names "वित्त वर्ष" once: "वित्त वर्ष 2020‑21 और 2022‑23"
    let names: Vec<String> = (years.iter().enumerate())
        .map(|(i, y)| match (loc.lang, i) {
            (Lang::Hi, 1..) => format!("{y}\u{2011}{:02}", (y + 1).rem_euclid(100)),
            _ => loc.fy(*y),
        })
        .collect();
    let list = match names.as_slice() {
        [] => return None,
        [one] => one.clone(),
        [rest @ .., last] => {
            let and = crate::tr::pick(loc.lang, "and", "और", "и");
            format!("{} {and} {last}", rest.join(", "))
        }
    };
    Some(tidy(match (loc.lang, names.len()) {
        (Lang::En, 1) => format!("{list} is partly a press report or our estimate, drawn dashed."),
        (Lang::En, _) => format!("{list} are partly a press report or our estimate, drawn dashed."),
        (Lang::Hi, _) => {
            format!("{list} के आँकड़े आंशिक रूप से मीडिया रिपोर्टों या हमारे आकलन पर आधारित हैं, इसलिए टूटी रेखा से दिखाए गए हैं।")
        }
        // the years' abbreviation once, in the plural for more than one ("фин. гг.")
        (Lang::Ru, n) => format!(
            "Данные за {}\u{a0}{} частично основаны на сообщениях прессы и наших оценках; на графике они показаны пунктиром.",
            ru_years(years),
            if n > 1 { "фин.\u{a0}гг." } else { "фин.\u{a0}г." }
        ),
    }))
}
