//! Plain-language sentences written from the numbers, in the reader's language and currency: the
//! page's headline, each chart's summary (its text alternative), the target status and the other
//! lines of the summary. Each starts from the latest actual year and says which years are actual.
//! Comparisons ("narrows", "widens") are made on the figures as shown, so a sentence never
//! contradicts its own numbers in rupees.

use crate::data::{Baseline, Params, EXPORT_SECTORS, IMPORT_GROUPS};
use crate::fy;
use crate::link::view::ChartId;
use crate::model::Projection;
use crate::present::format::{Loc, Scale};
use crate::present::words::parts::{capital, fy_span, target_amount, Balance, Side};
use crate::tr::{tidy, Lang};

/// The first year with a figure, and the figure, of an actual series.
fn actual_span(
    b: &Baseline,
    f: impl Fn(&crate::data::Actual) -> Option<f64>,
) -> Option<(i32, f64)> {
    // a span needs a year before the base year (a vintage may hold the base year alone)
    b.history
        .iter()
        .find_map(|a| f(a).map(|v| (a.year, v)))
        .filter(|(y, _)| *y < b.params.base_year)
}

/// The target in words, set in US$ (with its rupee value when the reader chose rupees): "the
/// US$ 100 bn target", "the US$ 100 bn (₹8.85 lakh crore) target"; in Hindi and Russian in the
/// case the sentences need ("… के लक्ष्य", "цели в …").
pub fn target_words(loc: &Loc, target: f64) -> String {
    let t = target_amount(loc, target);
    tidy(match loc.lang {
        Lang::En => format!("the {t} target"),
        Lang::Hi => format!("{t} के लक्ष्य"),
        Lang::Ru => format!("цели в {t}"),
    })
}

/// "India's deficit with Russia is projected to narrow to US$ 38.7 bn by FY2030-31, from US$
/// 50.9 bn in FY2025-26 (current trends: a deficit of US$ 38.7 bn); total trade is projected at
/// US$ 52.1 bn in FY2030-31, US$ 47.9 bn short of the US$ 100 bn target."
pub fn headline(loc: &Loc, sc: &Projection, base: &Projection) -> String {
    let yn = sc.year(sc.len - 1);
    // the sentence's balances (then, by the end, and current trends') in one unit
    let trends = loc.convert(base.last().balance, yn);
    let (start, end) = deficits(loc, sc);
    let scale = loc.common_scale([start, end, trends]);
    let trends = Balance::at(loc, trends, scale).words(loc.lang);
    let (balance, trade) = (headline_balance(loc, sc, scale), headline_trade(loc, sc));
    let sentence = tidy(match loc.lang {
        Lang::En => format!("{balance} (current trends: {trends}); {trade}."),
        Lang::Hi => format!("{balance} (मौजूदा रुझान: {trends}); {trade}।"),
        Lang::Ru => {
            format!("{balance} (при сохранении текущих тенденций\u{a0}— {trends}); {trade}.")
        }
    });
    match crude_cap_note(loc, sc) {
        Some(note) => format!("{sentence} {note}"),
        None => sentence,
    }
}

/// When the levers ask for more Russian crude than India imports from all suppliers: "From
/// FY2030-31, Russian crude is capped at 4.9 mb/d, India's crude imports from all suppliers: the
/// levers ask for more." None when the cap never binds.
pub fn crude_cap_note(loc: &Loc, p: &Projection) -> Option<String> {
    let y = loc.fy(p.headline.crude_capped_from?);
    let (v, t) = (loc.num(p.crude_cap, 1), loc.spaces.joint());
    Some(tidy(match loc.lang {
        Lang::En => format!("From {y}, Russian crude is capped at {v}{t}mb/d, India's crude imports from all suppliers: the levers ask for more."),
        Lang::Hi => {
            let lakh = loc.num(p.crude_cap * 10.0, 0);
            format!("{y} से रूसी कच्चे तेल की ख़रीद {lakh}\u{a0}लाख बैरल प्रतिदिन पर सीमित रखी गई है, जो सभी आपूर्तिकर्ताओं से भारत के कुल कच्चे तेल आयात के बराबर है; लीवरों के मान इससे ज़्यादा ख़रीद माँगते हैं।")
        }
        Lang::Ru => format!("С {y} закупки российской нефти не могут превышать {v}\u{a0}млн\u{a0}барр./сут.\u{a0}— это весь импорт нефти Индией из всех стран; значения ползунков сверх этого предела не учитываются."),
    }))
}

/// Amounts of one kind, each of its own year (US$ bn), written in the unit the largest calls for
/// (`Loc::common_scale`), those below one lakh crore in crore as they read alone ("₹39,720 crore"
/// beside "₹4.89 lakh crore", never "₹0.40 lakh crore"; `Loc::amount_at`).
fn in_one_unit<const N: usize>(loc: &Loc, amounts: [(f64, i32); N], signed: bool) -> [String; N] {
    let scale = loc.common_scale(amounts.map(|(v, y)| loc.convert(v, y)));
    amounts.map(|(v, y)| loc.money_at(v, y, scale, signed))
}

/// Balances of one kind, each of its own year (US$ bn), in one unit, each with its word.
fn balances_in_one_unit<const N: usize>(loc: &Loc, amounts: [(f64, i32); N]) -> [Balance; N] {
    let amounts = amounts.map(|(v, y)| loc.convert(v, y));
    let scale = loc.common_scale(amounts);
    amounts.map(|v| Balance::at(loc, v, scale))
}

/// The deficit in the base year and in the final one, in the reader's currency (bn).
fn deficits(loc: &Loc, sc: &Projection) -> (f64, f64) {
    let (y0, yn) = (sc.year(0), sc.year(sc.len - 1));
    (
        loc.convert(-sc.years[0].balance, y0),
        loc.convert(-sc.last().balance, yn),
    )
}

/// Where the deficit goes, as compared as written.
enum Way {
    Surplus,
    Same,
    Narrows,
    Widens,
}

/// Where the deficit is projected to go, against the base year: "India's deficit with Russia is
/// projected to narrow to US$ 38.7 bn by FY2030-31, from US$ 50.9 bn in FY2025-26".
fn headline_balance(loc: &Loc, sc: &Projection, scale: Scale) -> String {
    let (y0, yn) = (sc.year(0), sc.year(sc.len - 1));
    let (start, end) = deficits(loc, sc);
    let (fy0, fy) = (loc.fy(y0), loc.fy(yn));
    let at = |v: f64| loc.amount_at(v, scale, false);
    let (s, e) = (at(start), at(end.abs()));
    let way = if end < 0.0 && Balance::at(loc, -end, scale).side == Side::Surplus {
        Way::Surplus
    } else if s == e {
        Way::Same
    } else if end < start {
        Way::Narrows
    } else {
        Way::Widens
    };
    match loc.lang {
        Lang::En => match way {
            Way::Surplus => format!("India's deficit with Russia of {s} in {fy0} is projected to turn into a surplus of {e} by {fy}"),
            Way::Same => format!("India's deficit with Russia is projected to stay at about {e} by {fy}, from {s} in {fy0}"),
            Way::Narrows => format!("India's deficit with Russia is projected to narrow to {e} by {fy}, from {s} in {fy0}"),
            Way::Widens => format!("India's deficit with Russia is projected to widen to {e} by {fy}, from {s} in {fy0}"),
        },
        Lang::Hi => match way {
            Way::Surplus => format!("{fy0} में रूस के साथ भारत का {s} का व्यापार घाटा, प्रक्षेपण के अनुसार, {fy} तक {e} के व्यापार अधिशेष में बदल जाएगा"),
            Way::Same => format!("प्रक्षेपण के अनुसार रूस के साथ भारत का व्यापार घाटा {fy} तक लगभग {e} पर बना रहेगा ({fy0} में {s})"),
            Way::Narrows => format!("प्रक्षेपण के अनुसार रूस के साथ भारत का व्यापार घाटा {fy0} के {s} से घटकर {fy} तक {e} रह जाएगा"),
            Way::Widens => format!("प्रक्षेपण के अनुसार रूस के साथ भारत का व्यापार घाटा {fy0} के {s} से बढ़कर {fy} तक {e} हो जाएगा"),
        },
        Lang::Ru => match way {
            Way::Surplus => format!("Дефицит Индии в торговле с Россией ({s} в {fy0}) к {fy}, по прогнозу, сменится профицитом в {e}"),
            Way::Same => format!("Дефицит Индии в торговле с Россией к {fy}, по прогнозу, останется примерно на уровне {e} ({s} в {fy0})"),
            Way::Narrows => format!("Дефицит Индии в торговле с Россией, по прогнозу, сократится с {s} в {fy0} до {e} к {fy}"),
            Way::Widens => format!("Дефицит Индии в торговле с Россией, по прогнозу, вырастет с {s} в {fy0} до {e} к {fy}"),
        },
    }
}

/// How total trade stands against the target: reached in FY2030-31 (first in the given projected
/// year), reached in a projected year but short of it again in FY2030-31, or never reached.
/// Reaching it means FY2030-31's total (`Projection::meets_target`), as for the band's chance and
/// the goal seek.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Reach {
    Met(i32),
    Passed(i32),
    Short,
}

fn reach(p: &Projection) -> Reach {
    match (p.meets_target(), p.headline.target_year) {
        (true, Some(y)) => Reach::Met(y),
        // no projected year at all (the base year is the horizon)
        (true, None) => Reach::Met(p.year(p.len - 1)),
        (false, Some(y)) => Reach::Passed(y),
        (false, None) => Reach::Short,
    }
}

/// Where total trade is projected to go against the target: "total trade is projected at US$
/// 52.1 bn in FY2030-31, US$ 47.9 bn short of the US$ 100 bn target". A year is named once in a
/// clause: reached in FY2030-31 itself, the total follows without the year again.
fn headline_trade(loc: &Loc, sc: &Projection) -> String {
    let yn = sc.year(sc.len - 1);
    let fy = loc.fy(yn);
    let target = target_words(loc, sc.target);
    let (total, gap) = (sc.last().total_trade, sc.target - sc.last().total_trade);
    let scale = loc.money_scale([total, gap], yn);
    let (total, gap) = (
        loc.money_at(total, yn, scale, false),
        loc.money_at(gap, yn, scale, false),
    );
    let reached = reach(sc);
    let y = match reached {
        Reach::Met(y) | Reach::Passed(y) => loc.fy(y),
        Reach::Short => fy.clone(),
    };
    let same_year = matches!(reached, Reach::Met(y) if y == yn);
    match (loc.lang, reached) {
        (Lang::En, Reach::Met(_)) if same_year => format!("total trade is projected to reach {target} in {fy}, at {total}"),
        (Lang::En, Reach::Met(_)) => format!("total trade is projected to reach {target} in {y} and to stand at {total} in {fy}"),
        (Lang::En, Reach::Passed(_)) => format!("total trade is projected to reach {target} in {y} but to fall back to {total} in {fy}, {gap} short of it"),
        (Lang::En, Reach::Short) => format!("total trade is projected at {total} in {fy}, {gap} short of {target}"),
        (Lang::Hi, Reach::Met(_)) if same_year => format!("कुल व्यापार {fy} में {total} के साथ {target} तक पहुँच जाएगा"),
        (Lang::Hi, Reach::Met(_)) => format!("कुल व्यापार {y} में {target} तक पहुँच जाएगा और {fy} में {total} रहेगा"),
        (Lang::Hi, Reach::Passed(_)) => format!("कुल व्यापार {y} में {target} तक पहुँचेगा, पर {fy} में घटकर {total} रह जाएगा, जो लक्ष्य से {gap} कम होगा"),
        (Lang::Hi, Reach::Short) => format!("कुल व्यापार {fy} में {total} रहेगा, जो {target} से {gap} कम होगा"),
        (Lang::Ru, Reach::Met(_)) if same_year => format!("товарооборот, по прогнозу, достигнет {target} в {fy} и составит {total}"),
        (Lang::Ru, Reach::Met(_)) => format!("товарооборот, по прогнозу, достигнет {target} в {y}, а в {fy} составит {total}"),
        (Lang::Ru, Reach::Passed(_)) => format!("товарооборот, по прогнозу, достигнет {target} в {y}, но в {fy} опустится до {total}, на {gap} ниже цели"),
        (Lang::Ru, Reach::Short) => format!("товарооборот в {fy}, по прогнозу, составит {total}, на {gap} меньше {target}"),
    }
}

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
fn first_split(b: &Baseline) -> Option<i32> {
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

/// Share of the target that the final year's total trade reaches, 0–100 %.
pub fn target_share(p: &Projection) -> f64 {
    if p.target > 0.0 {
        (p.last().total_trade / p.target * 100.0).clamp(0.0, 100.0)
    } else {
        0.0
    }
}

/// "Projected to reach the target in FY2029-30" or "US$ 47.9 bn short of the target in
/// FY2030-31". Reached means FY2030-31's total reaches it; a year that reaches it before a fall is
/// named too, and so is the fall.
pub fn target_status(loc: &Loc, p: &Projection) -> String {
    let yn = p.year(p.len - 1);
    let fy = loc.fy(yn);
    let gap = loc.money(p.headline.target_gap.max(0.0), yn);
    tidy(match (loc.lang, reach(p)) {
        (Lang::En, Reach::Met(y)) => format!("Projected to reach the target in {}", loc.fy(y)),
        (Lang::Hi, Reach::Met(y)) => format!("{} में लक्ष्य पूरा होगा (प्रक्षेपण)", loc.fy(y)),
        (Lang::Ru, Reach::Met(y)) => {
            format!("По прогнозу, цель будет достигнута в {}", loc.fy(y))
        }
        (Lang::En, Reach::Passed(y)) => format!(
            "{gap} short of the target in {fy} (projected to reach it in {}, then to fall back)",
            loc.fy(y)
        ),
        (Lang::Hi, Reach::Passed(y)) => format!(
            "{fy} में कुल व्यापार लक्ष्य से {gap} पीछे रहेगा ({} में पूरा होने के बाद घटकर; प्रक्षेपण)",
            loc.fy(y)
        ),
        (Lang::Ru, Reach::Passed(y)) => format!(
            "В {fy}, по прогнозу, до цели не хватит {gap} (в {} она будет достигнута, затем товарооборот снизится)",
            loc.fy(y)
        ),
        (Lang::En, Reach::Short) => format!("Projected {gap} short of the target in {fy}"),
        (Lang::Hi, Reach::Short) => format!("{fy} में कुल व्यापार लक्ष्य से {gap} पीछे रहेगा (प्रक्षेपण)"),
        (Lang::Ru, Reach::Short) => format!("В {fy}, по прогнозу, до цели не хватит {gap}"),
    })
}

/// The target bar's text alternative: "Total trade in FY2030-31: 52 % of the US$ 100 bn target".
pub fn target_bar(loc: &Loc, p: &Projection) -> String {
    let pct = loc.num(target_share(p), 0);
    let target = target_words(loc, p.target);
    let fy = loc.fy(p.year(p.len - 1));
    tidy(match loc.lang {
        Lang::En => format!("Total trade in {fy}: {pct}\u{a0}% of {target}"),
        Lang::Hi => format!("{fy} में कुल व्यापार: {target} का {pct}%"),
        Lang::Ru => format!("Товарооборот в {fy}: {pct}\u{a0}% {target}"),
    })
}

/// The deficit summed over the projected years, in the reader's currency (each year at its rate).
pub fn cumulative_deficit(loc: &Loc, p: &Projection) -> f64 {
    (1..p.len)
        .map(|t| loc.convert(-p.years[t].balance, p.year(t)))
        .sum()
}

/// The balance summed over the projected years, with its word: "FY2026-27 to FY2030-31,
/// projected: a cumulative surplus of US$ 36.6 bn (current trends: a cumulative deficit of US$
/// 197.4 bn)".
pub fn cumulative(loc: &Loc, sc: &Projection, base: &Projection) -> String {
    let lang = loc.lang;
    let span = fy_span(lang, sc.year(1.min(sc.len - 1)), sc.year(sc.len - 1));
    let (v, t) = (-cumulative_deficit(loc, sc), -cumulative_deficit(loc, base));
    let scale = loc.common_scale([v, t]);
    if lang == Lang::Ru {
        return ru_cumulative(loc, sc, [v, t], scale);
    }
    let (v, t) = (
        Balance::at(loc, v, scale).cumulative_words(lang),
        Balance::at(loc, t, scale).cumulative_words(lang),
    );
    tidy(match lang {
        Lang::En => format!("{span}, projected: {v} (current trends: {t})"),
        Lang::Hi => format!("{span} का प्रक्षेपण: {v} (मौजूदा रुझान: {t})"),
        Lang::Ru => format!(
            "{}, по прогнозу: {v} (текущие тенденции: {t})",
            capital(&span)
        ),
    })
}

/// The Russian cumulative balance as a sentence: "Накопленный дефицит за 2026/27–2030/31 фин.
/// гг., по прогнозу, составит 197,4 млрд долл. (при сохранении текущих тенденций — 197,4 млрд
/// долл.)."; the word is not repeated in the bracket when both are on one side.
fn ru_cumulative(loc: &Loc, sc: &Projection, [v, t]: [f64; 2], scale: Scale) -> String {
    let (from, to) = (sc.year(1.min(sc.len - 1)), sc.year(sc.len - 1));
    let span = if from == to {
        format!("за {}", loc.fy(to))
    } else {
        format!(
            "за {}\u{a0}фин.\u{a0}гг.",
            ru_years(&[from, to]).replace(" и ", "–")
        )
    };
    let (yours, trends) = (Balance::at(loc, v, scale), Balance::at(loc, t, scale));
    let head = match yours.side {
        Side::Deficit => format!(
            "Накопленный дефицит {span}, по прогнозу, составит {}",
            yours.amount
        ),
        Side::Surplus => format!(
            "Накопленный профицит {span}, по прогнозу, составит {}",
            yours.amount
        ),
        Side::Even => format!("Накопленное сальдо {span}, по прогнозу, будет нулевым"),
    };
    let trend = if trends.side == yours.side && yours.side != Side::Even {
        trends.amount.clone()
    } else {
        trends.cumulative_words(Lang::Ru)
    };
    tidy(format!(
        "{head} (при сохранении текущих тенденций\u{a0}— {trend})."
    ))
}

/// Russian fiscal years without their abbreviation, which the sentence names once: "2020/21 и
/// 2022/23", "2020/21, 2021/22 и 2022/23".
fn ru_years(years: &[i32]) -> String {
    let short: Vec<String> = years
        .iter()
        .map(|y| format!("{y}/{:02}", (y + 1).rem_euclid(100)))
        .collect();
    match short.as_slice() {
        [rest @ .., last] if !rest.is_empty() => format!("{} и {last}", rest.join(", ")),
        _ => short.join(""),
    }
}

/// What current trends assume, in one line under the headline sentence: "Current trends:
/// Russian crude at 1.2 mb/d from FY2026-27 (1.625 mb/d in FY2025-26), US$ 68.31 a barrel less a
/// US$ 1.5 discount; exports growing 8.4 % a year, other imports 0.5 % a year; no tariff cuts."
/// When the reader has changed an assumption, it says current trends include the change.
pub fn trends_note(loc: &Loc, p: &Params, edited: bool) -> String {
    use crate::model::levers::lever;
    let lang = loc.lang;
    let value =
        |key: &str| lever(key).map_or(String::new(), |l| l.display_in(loc, l.default_value(p)));
    let (volume, price, discount) = (value("oil_mbd"), value("oil_price"), value("oil_disc"));
    let (growth, nonoil) = (value("growth"), value("nonoil"));
    // the data file's own precision (1.625), which the lever's step (0.05) would round
    // (in Hindi in lakh barrels a day, as the lever: "16.25 लाख बैरल प्रतिदिन")
    let base_volume = lever("oil_mbd").map_or(String::new(), |l| {
        let text = format!("{}", p.crude_volume);
        let decimals = text.split('.').nth(1).map_or(0, str::len).min(3);
        l.amount_in(loc, p.crude_volume, decimals)
    });
    let (fy0, fy1) = (loc.fy(p.base_year), loc.fy(p.base_year + 1));
    let mut out = match lang {
        Lang::En => format!("Current trends: Russian crude at {volume} from {fy1} ({base_volume} in {fy0}), {price} less a discount of {discount}; exports growing {growth}, other imports {nonoil}; no tariff cuts."),
        Lang::Hi => format!("मौजूदा रुझान: {fy1} से रूसी कच्चे तेल की ख़रीद {volume} ({fy0} में {base_volume}), कीमत {price}, जिसमें से {discount} की छूट घटेगी; निर्यात वृद्धि {growth}, अन्य आयात वृद्धि {nonoil}; शुल्क में कोई कटौती नहीं।"),
        Lang::Ru => format!("Текущие тенденции: закупки российской нефти\u{a0}— {volume} с {fy1} ({base_volume} в {fy0}) по цене {price} за вычетом скидки {discount}; экспорт растёт на {growth}, прочий импорт\u{a0}— на {nonoil}; пошлины не снижаются."),
    };
    if edited {
        out.push(' ');
        out.push_str(crate::tr::pick(
            lang,
            "They include your changed assumptions.",
            "इनमें आपकी बदली हुई धारणाएँ शामिल हैं।",
            "В них учтены изменённые вами допущения.",
        ));
    }
    tidy(out)
}

/// "FY2030-31: your scenario against current trends"
pub fn results_heading(loc: &Loc, p: &Params) -> String {
    let fy = loc.fy(fy::HORIZON.max(p.base_year));
    tidy(match loc.lang {
        Lang::En => format!("{fy}: your scenario against current trends"),
        Lang::Hi => format!("{fy}: आपका परिदृश्य बनाम मौजूदा रुझान"),
        Lang::Ru => format!("{fy}: ваш сценарий и текущие тенденции"),
    })
}

/// The masthead's opening sentences, from the data file's base year.
pub fn dek(loc: &Loc, p: &Params) -> String {
    tidy({
        let y0 = p.base_year;
        let (fy0, fy) = (loc.fy(y0), loc.fy(fy::HORIZON));
        let [imp, exp] = in_one_unit(loc, [(p.total_imports, y0), (p.total_exports, y0)], false);
        let target = target_amount(loc, p.target);
        match loc.lang {
        Lang::En => format!("In {fy0}, India bought {imp} of goods from Russia, mostly crude oil, and sold it {exp}. Move the levers to project exports, imports and the balance to {fy}, against the two governments' {target} trade target. Everything is computed in your browser."),
        Lang::Hi => format!("{fy0} में भारत ने रूस से {imp} का आयात किया, जिसमें ज़्यादातर कच्चा तेल था, और उसे {exp} का निर्यात किया। लीवर खिसकाकर देखें कि {fy} तक निर्यात, आयात और व्यापार संतुलन कहाँ पहुँचेंगे और दोनों सरकारों के {target} के व्यापार लक्ष्य के मुक़ाबले कहाँ रहेंगे। सारी गणना आपके ब्राउज़र में होती है।"),
        Lang::Ru => format!("В {fy0} Индия импортировала из России товаров на {imp}, в основном нефти, а экспортировала в Россию\u{a0}— на {exp}. Двигайте ползунки, чтобы спрогнозировать экспорт, импорт и сальдо до {fy} по сравнению с целью двух правительств — товарооборотом в {target}. Все расчёты выполняются в вашем браузере."),
    }
    })
}

/// The embed's compact title.
pub fn embed_title(lang: Lang) -> String {
    let fy = crate::present::format::fy_label(lang, fy::HORIZON);
    tidy(match lang {
        Lang::En => format!("India's trade with Russia to {fy}"),
        Lang::Hi => format!("{fy} तक रूस के साथ भारत का व्यापार"),
        Lang::Ru => format!("Торговля Индии с Россией до {fy}"),
    })
}

#[cfg(test)]
mod tests {
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
            h.contains("projected to reach the US$\u{a0}100\u{a0}bn target in FY2026-27 but to fall back to"),
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
}
