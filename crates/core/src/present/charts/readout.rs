//! A chart's readout for one year, as the page shows it under the chart: the year (actual,
//! partly estimated or projected), each line or bar with its value, the likely range and the
//! pinned scenario.

use crate::present::charts::chart::{named, stack, ChartData, Kind, Names, Paint, Series, PINNED};
use crate::present::charts::timeline::YearKind;
use crate::present::format::{balance_word, round, Loc};
use crate::tr::{Lang, Tr};

/// The readout for year `i`: "FY2029-30: Your scenario 77.5 · Current trends 78.1 (US$ bn)",
/// "FY2021-22, actual: 13.1 (US$ bn)"; stacked charts list their parts and add the total. The
/// scenario and the pinned scenario go by their `names` when they have them.
pub fn readout(loc: &Loc, d: &ChartData, i: usize, names: Names) -> String {
    let lang = loc.lang;
    let kind = d.timeline.kind(i);
    let lines = d.kind != Kind::Stacked;
    let (year, actual_paint) = readout_year(loc, d, i);
    let shown: Vec<(&Series, f64)> = d
        .series
        .iter()
        .filter(|s| !lines || (s.paint == actual_paint) == (kind == YearKind::Actual))
        .filter_map(|s| s.values[i].map(|v| (s, v)))
        .collect();
    if shown.is_empty() {
        let none = match lang {
            Lang::En => "no figure published",
            Lang::Hi => "कोई आँकड़ा प्रकाशित नहीं",
            Lang::Ru => "данные не опубликованы",
        };
        return format!("{year}: {none}");
    }
    let n = |v: f64| value_words(loc, d, v);
    let mut parts: Vec<String> = shown
        .iter()
        .map(|(s, v)| {
            if matches!(s.paint, Paint::Actual | Paint::Estimate) {
                n(*v)
            } else {
                format!("{}{}{}", line_name(s.name, lang, names), name_gap(d), n(*v))
            }
        })
        .collect();
    if !lines && shown.len() > 1 {
        let top = stack(&d.series, d.series.len(), i).1;
        parts.push(format!("{} {}", total_word(lang), n(top)));
    }
    if kind == YearKind::Projection {
        projection_parts(loc, d, i, &mut parts, names.pinned);
    }
    if let Some(p) = d.partial.as_ref().filter(|p| p.index == i) {
        parts.push(format!("{}: {}", p.readout, n(p.value)));
    }
    crate::tr::tidy(format!(
        "{year}: {} ({})",
        parts.join(" · "),
        loc.unit_short()
    ))
}

/// A value of the chart as a readout writes it: a balance with its word ("deficit 38.7"), never a
/// sign; any other figure as a number.
fn value_words(loc: &Loc, d: &ChartData, v: f64) -> String {
    match d.balance {
        true => loc.balance_num(v, loc.chart_decimals()),
        false => loc.num(v, loc.chart_decimals()),
    }
}

/// What stands between a name and its value in a readout: a space, or for a balance (whose value
/// opens with its word) a colon: "Current trends 52.1", "Current trends: deficit 38.7".
fn name_gap(d: &ChartData) -> &'static str {
    if d.balance {
        ": "
    } else {
        " "
    }
}

/// A likely range: "likely range 23.5 to 44.3"; for a balance, its word once when both ends are
/// on one side ("likely range: surplus 13.1 to 34.0"), else at each end ("…: deficit 5.0 to
/// surplus 3.2").
fn range_words(loc: &Loc, d: &ChartData, lo: f64, hi: f64) -> String {
    let (lang, dec) = (loc.lang, loc.chart_decimals());
    let side = |v: f64| {
        let word = (d.balance && round(v.abs(), dec) != 0.0).then(|| balance_word(lang, v));
        word.flatten()
    };
    let (wl, wh) = (side(lo), side(hi));
    let (a, b) = match d.balance {
        // a deficit on both ends runs from the smaller to the larger, as sizes do
        true if wl == wh && lo < 0.0 => (loc.num(hi.abs(), dec), loc.num(lo.abs(), dec)),
        true => (loc.num(lo.abs(), dec), loc.num(hi.abs(), dec)),
        false => (loc.num(lo, dec), loc.num(hi, dec)),
    };
    // Russian names a side after "от"/"до" in the genitive
    let ru = |w: Option<&str>| match w {
        Some("дефицит") => "дефицита ",
        Some(_) => "профицита ",
        None => "",
    };
    let with = |w: Option<&str>, x: &str| w.map_or(x.to_string(), |w| format!("{w} {x}"));
    let gap = name_gap(d);
    let once = wl.map_or(String::new(), |w| format!("{w} "));
    match (lang, wl == wh) {
        (Lang::En, true) => format!("likely range{gap}{once}{a} to {b}"),
        (Lang::En, false) => format!("likely range{gap}{} to {}", with(wl, &a), with(wh, &b)),
        (Lang::Hi, true) => format!("संभावित दायरा{gap}{once}{a} से {b}"),
        (Lang::Hi, false) => format!("संभावित दायरा{gap}{} से {}", with(wl, &a), with(wh, &b)),
        (Lang::Ru, true) => format!("вероятный диапазон{gap}{once}от {a} до {b}"),
        (Lang::Ru, false) => format!("вероятный диапазон{gap}от {}{a} до {}{b}", ru(wl), ru(wh)),
    }
}

/// A line's name as a readout writes it: a Russian readout names its lines in small letters, as
/// its other items are ("ваш сценарий −38,7 · вероятный диапазон … · текущие тенденции −38,7");
/// a name the reader gave a scenario stays as written.
fn line_name(words: Tr, lang: Lang, names: Names) -> String {
    let name = named(words, lang, names);
    if lang != Lang::Ru || name != words.get(Lang::Ru) {
        return name;
    }
    let mut c = name.chars();
    c.next()
        .map_or(String::new(), |f| f.to_lowercase().chain(c).collect())
}

fn total_word(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "total",
        Lang::Hi => "कुल",
        Lang::Ru => "всего",
    }
}

/// The readout's year ("FY2021-22, actual", "…, partly estimated") and the paint of the actual
/// figure it reads: a line chart's estimated year reads the dashed line.
fn readout_year(loc: &Loc, d: &ChartData, i: usize) -> (String, Paint) {
    let kind = d.timeline.kind(i);
    let fy = loc.fy(d.timeline.year(i));
    let value_of = |paint: Paint| {
        d.series
            .iter()
            .find(|s| s.paint == paint)
            .and_then(|s| s.values[i])
    };
    let estimated = d.kind != Kind::Stacked
        && kind == YearKind::Actual
        && value_of(Paint::Actual).is_none()
        && value_of(Paint::Estimate).is_some();
    let year = match (kind, loc.lang, estimated) {
        (YearKind::Actual, Lang::En, false) => format!("{fy}, actual"),
        (YearKind::Actual, Lang::Hi, false) => format!("{fy}, वास्तविक"),
        (YearKind::Actual, Lang::Ru, false) => format!("{fy}, факт"),
        (YearKind::Actual, Lang::En, true) => format!("{fy}, actual, partly estimated"),
        (YearKind::Actual, Lang::Hi, true) => format!("{fy}, वास्तविक, आंशिक रूप से आकलन"),
        (YearKind::Actual, Lang::Ru, true) => format!("{fy}, факт, частично оценка"),
        (YearKind::Projection, _, _) => fy,
    };
    let paint = if estimated {
        Paint::Estimate
    } else {
        Paint::Actual
    };
    (year, paint)
}

/// A projected year's likely range (after the first part) and pinned scenario (last).
fn projection_parts(
    loc: &Loc,
    d: &ChartData,
    i: usize,
    parts: &mut Vec<String>,
    pinned: Option<&str>,
) {
    let lang = loc.lang;
    let n = |v: f64| value_words(loc, d, v);
    if let Some(b) = &d.band {
        if let (Some(lo), Some(hi)) = (b.p10[i], b.p90[i]) {
            parts.insert(1.min(parts.len()), range_words(loc, d, lo, hi));
        }
    }
    if let Some(v) = d.pinned.as_ref().and_then(|s| s.values[i]) {
        let name = line_name(
            PINNED,
            lang,
            Names {
                pinned,
                ..Names::default()
            },
        );
        parts.push(if d.kind != Kind::Stacked {
            format!("{name}{}{}", name_gap(d), n(v))
        } else {
            format!("{name}, {} {}", total_word(lang), n(v))
        });
    }
}
