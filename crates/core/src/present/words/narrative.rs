//! Plain-language sentences written from the numbers, in the reader's language and currency: the
//! page's headline, the target status and the other lines of the summary (each chart's summary
//! and title: [`super::summaries`], re-exported here for the front ends). Each starts from the latest actual year and says which years are actual.
//! Comparisons ("narrows", "widens") are made on the figures as shown, so a sentence never
//! contradicts its own numbers in rupees.

pub use super::summaries::{
    balance_chart, chart_title, estimated_note, exports_chart, imports_chart, total_chart,
};

use crate::data::{Baseline, Params};
use crate::fy;
use crate::model::Projection;
use crate::present::format::{Loc, Scale};
use crate::present::words::parts::{capital, fy_span, target_amount, Balance, Side};
use crate::tr::{tidy, Lang};

/// The first year with a figure, and the figure, of an actual series.
pub(super) fn actual_span(
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
pub(super) fn in_one_unit<const N: usize>(
    loc: &Loc,
    amounts: [(f64, i32); N],
    signed: bool,
) -> [String; N] {
    let scale = loc.common_scale(amounts.map(|(v, y)| loc.convert(v, y)));
    amounts.map(|(v, y)| loc.money_at(v, y, scale, signed))
}

/// Balances of one kind, each of its own year (US$ bn), in one unit, each with its word.
pub(super) fn balances_in_one_unit<const N: usize>(
    loc: &Loc,
    amounts: [(f64, i32); N],
) -> [Balance; N] {
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
pub(super) enum Reach {
    Met(i32),
    Passed(i32),
    Short,
}

pub(super) fn reach(p: &Projection) -> Reach {
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
        format!("за {}–{}\u{a0}фин.\u{a0}гг.", ru_year(from), ru_year(to))
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
pub(super) fn ru_years(years: &[i32]) -> String {
    let short: Vec<String> = years.iter().map(|y| ru_year(*y)).collect();
    match short.as_slice() {
        [rest @ .., last] if !rest.is_empty() => format!("{} и {last}", rest.join(", ")),
        _ => short.join(""),
    }
}

/// A fiscal year as Russian writes it beside its word: "2026/27".
fn ru_year(y: i32) -> String {
    format!("{y}/{:02}", (y + 1).rem_euclid(100))
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
#[path = "narrative_tests.rs"]
mod tests;
