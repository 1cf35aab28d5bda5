//! The four charts as data: which series each draws over the years (actual, then projected),
//! their y-axis ticks, stacking, and the readout for one year. The page's live SVG and the
//! downloadable SVG both draw from here.

use crate::data::{Baseline, EXPORT_SECTORS, IMPORT_GROUPS};
use crate::insight::uncertainty::{Band, Percentiles};
use crate::model::Projection;
use crate::present::charts::timeline::{self, Measure, Timeline, YearKind};
use crate::present::format::{balance_word, round, Loc};
use crate::present::words::narrative;
use crate::tr::Lang;
use crate::tr::Tr;

/// A chart of the page; the link layer defines which there are and their keys (`chart=total`),
/// this module what each shows and is called.
pub use crate::link::view::ChartId;

/// Lines (scenario against current trends, with an optional target) or stacked bars.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Kind {
    Lines { target: Option<f64> },
    Stacked,
}

/// What colour a series has (a CSS class on the page, an explicit colour in downloads).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paint {
    /// The actual years.
    Actual,
    Scenario,
    Baseline,
    /// The k-th colour of the categorical palette.
    Category(usize),
    /// Actual years known only as a total (no split by sector).
    Unsplit,
    /// Actual years whose figures are partly a press report or our estimate: a dashed line, or
    /// a bar with a dashed outline.
    Estimate,
    UnsplitEstimate,
    /// The pinned scenario, for comparison.
    Pinned,
    /// The uncertainty band and its median.
    Band,
    /// A part of the waterfall that raises the figure, and one that lowers it.
    Rise,
    Fall,
}

impl Paint {
    /// The page's CSS class.
    pub fn class(self) -> &'static str {
        match self {
            Paint::Actual => "s-actual",
            Paint::Scenario => "s-scenario",
            Paint::Baseline => "s-base",
            Paint::Category(k) => CLASSES[k % CLASSES.len()],
            Paint::Unsplit => "s-unsplit",
            Paint::Estimate => "s-estimate",
            Paint::UnsplitEstimate => "s-unsplit-estimate",
            Paint::Pinned => "s-pinned",
            Paint::Band => "s-band",
            Paint::Rise => "s-rise",
            Paint::Fall => "s-fall",
        }
    }

    /// The colour in the light theme (downloads draw on white).
    pub fn colour(self) -> &'static str {
        match self {
            Paint::Actual => palette::ACTUAL,
            Paint::Scenario => palette::SCENARIO,
            Paint::Baseline => palette::BASELINE,
            Paint::Category(k) => palette::CATEGORIES[k % palette::CATEGORIES.len()],
            Paint::Unsplit => palette::UNSPLIT,
            Paint::Estimate => palette::ACTUAL,
            Paint::UnsplitEstimate => palette::UNSPLIT_ESTIMATE,
            Paint::Pinned => palette::PINNED,
            Paint::Band => palette::BAND,
            Paint::Rise => palette::RISE,
            Paint::Fall => palette::FALL,
        }
    }
}

const CLASSES: [&str; 7] = ["c0", "c1", "c2", "c3", "c4", "c5", "c6"];

/// The colours, once: the Okabe–Ito palette (colour-blind safe). `style/main.css` uses the same
/// values (a test checks it).
pub mod palette {
    pub const ACTUAL: &str = "#1c1c1c";
    /// Fill of bars known only as a total; drawn with an outline of [`BASELINE`].
    pub const UNSPLIT: &str = "#e8e8e8";
    /// Fill of those bars where the total is partly estimated; drawn with a dashed outline.
    pub const UNSPLIT_ESTIMATE: &str = "#f6f6f6";
    pub const SCENARIO: &str = "#0072b2";
    pub const BASELINE: &str = "#6b6b6b";
    pub const TARGET: &str = "#e69f00";
    pub const PINNED: &str = "#cc79a7";
    /// The band's fill (drawn translucent) and its median line.
    pub const BAND: &str = "#56b4e9";
    pub const RISE: &str = "#009e73";
    pub const FALL: &str = "#d55e00";
    pub const CATEGORIES: [&str; 7] = [
        "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#999999",
    ];
}

#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub name: Tr,
    pub paint: Paint,
    pub dashed: bool,
    /// One value per year of the timeline; None where there is none.
    pub values: Vec<Option<f64>>,
}

/// The uncertainty band over the timeline: none before the base year, the actual figure in it.
#[derive(Clone, Debug, PartialEq)]
pub struct BandLines {
    pub p10: Vec<Option<f64>>,
    pub p50: Vec<Option<f64>>,
    pub p90: Vec<Option<f64>>,
}

/// A chart's numbers: its kind, its years, its series, and on the full page the band (line
/// charts) and the pinned scenario (every chart; a line, over the bars of stacked charts).
#[derive(Clone, Debug, PartialEq)]
pub struct ChartData {
    pub kind: Kind,
    pub timeline: Timeline,
    pub series: Vec<Series>,
    pub band: Option<BandLines>,
    pub pinned: Option<Series>,
    /// Its values are balances: a readout names each a deficit or a surplus, never signs it.
    pub balance: bool,
    /// The running fiscal year's months so far, when the data file has them: a mark of its own
    /// at that year (a hollow marker on a line chart, a narrow outlined bar on a stacked one),
    /// never a full year's.
    pub partial: Option<Partial>,
}

/// The running year's months so far on a chart: where, how much, and its labels.
#[derive(Clone, Debug, PartialEq)]
pub struct Partial {
    /// The year's index in the timeline.
    pub index: usize,
    /// In the chart's unit.
    pub value: f64,
    /// Beside the mark: "Apr–Oct".
    pub label: String,
    /// In a readout: "April–October (7 months)".
    pub readout: String,
}

/// The running year's mark for a chart of `measure` (balance, total, exports or imports).
fn partial(loc: &Loc, b: &Baseline, tl: &Timeline, id: ChartId) -> Option<Partial> {
    use crate::present::words::running::{months_short, readout_label};
    let r = b.running?;
    let index = tl.years().position(|y| y == r.year)?;
    let usd = match id {
        ChartId::Balance => r.balance(),
        ChartId::Total => r.total(),
        ChartId::Exports => r.exports,
        ChartId::Imports => r.imports,
        ChartId::Moved => return None,
    };
    Some(Partial {
        index,
        value: loc.chart_value(usd, r.year),
        label: months_short(loc.lang, &r),
        readout: readout_label(loc.lang, &r),
    })
}

/// What a chart shows beyond the scenario and current trends.
#[derive(Clone, Copy, Default)]
pub struct Extras<'a> {
    pub band: Option<&'a Band>,
    pub pinned: Option<&'a Projection>,
}

impl ChartData {
    /// From US$ bn to the reader's chart unit, year by year (rupees at each year's rate).
    fn convert(&mut self, loc: &Loc) {
        let tl = self.timeline;
        let conv = |values: &mut Vec<Option<f64>>| {
            for (i, v) in values.iter_mut().enumerate() {
                *v = v.map(|x| loc.chart_value(x, tl.year(i)));
            }
        };
        for s in &mut self.series {
            conv(&mut s.values);
        }
        if let Some(b) = &mut self.band {
            conv(&mut b.p10);
            conv(&mut b.p50);
            conv(&mut b.p90);
        }
        if let Some(s) = &mut self.pinned {
            conv(&mut s.values);
        }
        if let Kind::Lines { target: Some(t) } = self.kind {
            self.kind = Kind::Lines {
                target: Some(loc.chart_value(t, tl.last)),
            };
        }
    }

    /// Every series drawn as a line or bar, then the pinned one: the data table's columns.
    pub fn columns(&self) -> impl Iterator<Item = &Series> {
        self.series.iter().chain(&self.pinned)
    }

    /// Series `k`'s value in year `i` as the data table lists it: the dashed line of estimated
    /// years also runs through the official years either side of them, so that it joins the solid
    /// line, but those years are official: their figure is in the actual column only.
    pub fn table_value(&self, k: usize, i: usize) -> Option<f64> {
        let s = self.series.get(k)?;
        let official = || {
            self.series
                .iter()
                .any(|a| a.paint == Paint::Actual && a.values[i].is_some())
        };
        s.values[i].filter(|_| s.paint != Paint::Estimate || !official())
    }

    /// The legend: the series, the band and its median, the pinned scenario.
    pub fn keys(&self) -> Vec<Key> {
        let mut keys: Vec<Key> = self
            .series
            .iter()
            .map(|s| Key {
                name: s.name,
                paint: s.paint,
                swatch: match self.kind {
                    Kind::Stacked => Swatch::Bar,
                    Kind::Lines { .. } => Swatch::Line(dash(s)),
                },
            })
            .collect();
        if self.band.is_some() {
            keys.push(Key {
                name: BAND,
                paint: Paint::Band,
                swatch: Swatch::Area,
            });
            keys.push(Key {
                name: MEDIAN,
                paint: Paint::Band,
                swatch: Swatch::Line(None),
            });
        }
        if let Some(s) = &self.pinned {
            keys.push(Key {
                name: s.name,
                paint: s.paint,
                swatch: Swatch::Line(dash(s)),
            });
        }
        keys
    }
}

/// How a legend key is drawn: a line (with its dash pattern), a bar, or an area.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Swatch {
    Line(Option<&'static str>),
    Bar,
    Area,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Key {
    pub name: Tr,
    pub paint: Paint,
    pub swatch: Swatch,
}

/// A line's SVG dash pattern at the downloads' scale: current trends dashed, the pinned scenario
/// dotted, the rest solid.
pub fn dash(s: &Series) -> Option<&'static str> {
    match (s.paint, s.dashed) {
        (Paint::Pinned, _) => Some("2 4"),
        (_, true) => Some("6 5"),
        _ => None,
    }
}

pub const ACTUAL: Tr = Tr::new("Actual", "वास्तविक", "Факт");
pub const SCENARIO: Tr = Tr::new("Your scenario", "आपका परिदृश्य", "Ваш сценарий");

/// The names the reader gave the scenario (`name=`) and the pinned scenario (`pinname=`).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Names<'a> {
    pub scenario: Option<&'a str>,
    pub pinned: Option<&'a str>,
}

/// A key's words: the scenario's name in place of "Your scenario", the pinned scenario's in
/// place of "Pinned scenario", when the reader gave them one.
pub fn named(words: Tr, lang: Lang, names: Names) -> String {
    match (names.scenario, names.pinned) {
        (Some(n), _) if words == SCENARIO => n.to_string(),
        (_, Some(n)) if words == PINNED => n.to_string(),
        _ => words.get(lang).to_string(),
    }
}

pub const CURRENT_TRENDS: Tr = Tr::new("Current trends", "मौजूदा रुझान", "Текущие тенденции");
pub const UNSPLIT: Tr = Tr::new(
    "Total, not split by sector",
    "कुल, क्षेत्रवार बँटवारा नहीं",
    "Всего, без разбивки по отраслям",
);
/// The imports chart's: its parts are groups, not sectors.
pub const UNSPLIT_GROUPS: Tr = Tr::new(
    "Total, not split by group",
    "कुल, समूहवार बँटवारा नहीं",
    "Всего, без разбивки по статьям",
);
pub const ESTIMATED: Tr = Tr::new(
    "Actual, partly estimated",
    "वास्तविक, आंशिक रूप से आकलन",
    "Факт, частично оценка",
);
pub const UNSPLIT_ESTIMATED: Tr = Tr::new(
    "Total, partly estimated",
    "कुल, आंशिक रूप से आकलन",
    "Всего, частично оценка",
);
pub const PINNED: Tr = Tr::new(
    "Pinned scenario",
    "पिन किया गया परिदृश्य",
    "Закреплённый сценарий",
);
pub const BAND: Tr = Tr::new(
    "Likely range (10th–90th percentile)",
    "संभावित दायरा (10वाँ–90वाँ पर्सेंटाइल)",
    "Вероятный диапазон (10–90-й процентили)",
);
pub const MEDIAN: Tr = Tr::new(
    "Median of the range",
    "दायरे की माध्यिका",
    "Медиана диапазона",
);

/// Actual years, then the scenario and current trends from the base year.
fn lines(
    tl: &Timeline,
    b: &Baseline,
    sc: &Projection,
    base: &Projection,
    m: Measure,
) -> Vec<Series> {
    let mut actual = m.over(tl, b, sc);
    let mut scenario = actual.clone();
    let mut trends = m.over(tl, b, base);
    let cut = tl.base_index();
    for (i, ((a, s), t)) in actual
        .iter_mut()
        .zip(&mut scenario)
        .zip(&mut trends)
        .enumerate()
    {
        if i > cut {
            *a = None;
        }
        if i < cut {
            *s = None;
            *t = None;
        }
    }
    let est = m.estimated(tl, b);
    let estimated = estimated_line(&mut actual, &est);
    let line = |name, paint, dashed, values| Series {
        name,
        paint,
        dashed,
        values,
    };
    let mut out = vec![
        line(ACTUAL, Paint::Actual, false, actual),
        line(SCENARIO, Paint::Scenario, false, scenario),
        line(CURRENT_TRENDS, Paint::Baseline, true, trends),
    ];
    if est.iter().zip(&estimated).any(|(e, v)| *e && v.is_some()) {
        out.push(line(ESTIMATED, Paint::Estimate, true, estimated));
    }
    out
}

/// Years that are partly estimated (`est`) leave the solid line of actual years for a dashed
/// one, which runs from the years either side of them: returns the dashed line, and takes the
/// estimated years out of `actual`. The years either side stay official: the data table
/// (`ChartData::table_value`) and the readout (`readout_year`) list them as actual.
fn estimated_line(actual: &mut [Option<f64>], est: &[bool]) -> Vec<Option<f64>> {
    let near = |i: usize| est[i] || (i > 0 && est[i - 1]) || est.get(i + 1) == Some(&true);
    let estimated: Vec<Option<f64>> = (0..actual.len())
        .map(|i| actual[i].filter(|_| near(i)))
        .collect();
    for (a, e) in actual.iter_mut().zip(est) {
        if *e {
            *a = None;
        }
    }
    estimated
}

/// A sector's (or group's) figures over the timeline.
type SectorPart = fn(&Timeline, &Baseline, &Projection, usize) -> Vec<Option<f64>>;

/// One series per sector (or group), and the actual years known only as a total (in the words
/// `unsplit`: not split by sector, or by group).
fn stacked(
    tl: &Timeline,
    b: &Baseline,
    sc: &Projection,
    sectors: &[crate::data::Sector],
    part: SectorPart,
    total: Measure,
    unsplit_words: Tr,
) -> Vec<Series> {
    let mut out: Vec<Series> = sectors
        .iter()
        .enumerate()
        .map(|(k, s)| Series {
            name: s.label,
            paint: Paint::Category(k),
            dashed: false,
            values: part(tl, b, sc, k),
        })
        .collect();
    let split = |i: usize| out.iter().any(|s| s.values[i].is_some());
    let unsplit: Vec<Option<f64>> = total
        .over(tl, b, sc)
        .into_iter()
        .enumerate()
        .map(|(i, v)| if split(i) { None } else { v })
        .collect();
    let est = total.estimated(tl, b);
    let (official, estimated): (Vec<_>, Vec<_>) = unsplit
        .iter()
        .zip(&est)
        .map(|(v, e)| if *e { (None, *v) } else { (*v, None) })
        .unzip();
    for (name, paint, values) in [
        (unsplit_words, Paint::Unsplit, official),
        (UNSPLIT_ESTIMATED, Paint::UnsplitEstimate, estimated),
    ] {
        if values.iter().any(Option::is_some) {
            out.push(Series {
                name,
                paint,
                dashed: false,
                values,
            });
        }
    }
    out
}

/// The pinned scenario's line: from the base year, like the scenario's.
fn pinned_line(tl: &Timeline, b: &Baseline, pin: &Projection, m: Measure) -> Series {
    let cut = tl.base_index();
    let mut values = m.over(tl, b, pin);
    for v in &mut values[..cut] {
        *v = None;
    }
    Series {
        name: PINNED,
        paint: Paint::Pinned,
        dashed: true,
        values,
    }
}

/// The band over the timeline, from the base year.
fn band_lines(tl: &Timeline, band: &Band, pick: fn(&Band, usize) -> Percentiles) -> BandLines {
    let cut = tl.base_index();
    let at = |q: fn(&Percentiles) -> f64| -> Vec<Option<f64>> {
        (0..tl.len())
            .map(|i| {
                let t = i.checked_sub(cut)?;
                (t < band.len).then(|| q(&pick(band, t)))
            })
            .collect()
    };
    BandLines {
        p10: at(|q| q.p10),
        p50: at(|q| q.p50),
        p90: at(|q| q.p90),
    }
}

impl ChartId {
    /// What the download buttons call it: "balance chart".
    pub fn noun(self) -> Tr {
        match self {
            ChartId::Balance => Tr::new("balance chart", "व्यापार संतुलन चार्ट", "график сальдо"),
            ChartId::Total => Tr::new(
                "total trade chart",
                "कुल व्यापार चार्ट",
                "график товарооборота",
            ),
            ChartId::Exports => Tr::new("exports chart", "निर्यात चार्ट", "график экспорта"),
            ChartId::Imports => Tr::new("imports chart", "आयात चार्ट", "график импорта"),
            ChartId::Moved => Tr::new(
                "what-moved chart",
                "बदलाव के कारणों का चार्ट",
                "график причин изменения",
            ),
        }
    }

    pub fn title(self) -> Tr {
        match self {
            ChartId::Balance => Tr::new("Trade balance", "व्यापार संतुलन", "Сальдо торговли"),
            ChartId::Total => Tr::new(
                "Total trade against the US$\u{a0}100\u{a0}bn target",
                "कुल व्यापार और 100\u{a0}अरब\u{a0}डॉलर का लक्ष्य",
                "Товарооборот и цель в 100\u{a0}млрд\u{a0}долл.",
            ),
            ChartId::Exports => Tr::new(
                "India's exports to Russia by sector",
                "रूस को भारत का निर्यात, क्षेत्रवार",
                "Экспорт Индии в Россию по отраслям",
            ),
            ChartId::Imports => Tr::new(
                "India's imports from Russia by group",
                "रूस से भारत का आयात, समूहवार",
                "Импорт Индии из России по статьям",
            ),
            ChartId::Moved => Tr::new(
                "What moved the balance and total trade",
                "व्यापार संतुलन और कुल व्यापार किससे बदले",
                "Что изменило сальдо и товарооборот",
            ),
        }
    }

    /// The subtitle under a chart's finding: its subject, unit and years ("Trade balance, US$ bn,
    /// current prices: actual FY2017-18 to FY2025-26, projected to FY2030-31"), from the first
    /// year the chart has a figure for.
    pub fn subtitle(self, loc: &Loc, d: &ChartData) -> String {
        let tl = d.timeline;
        let first = (0..tl.base_index())
            .find(|&i| d.series.iter().any(|s| s.values[i].is_some()))
            .map_or(tl.base, |i| tl.year(i));
        let subject = self.title().get(loc.lang);
        let (u, a, b, c) = (loc.unit(), loc.fy(first), loc.fy(tl.base), loc.fy(tl.last));
        if first == tl.base {
            // one actual year (a vintage that holds the base year alone)
            return crate::tr::tidy(match loc.lang {
                Lang::En => format!("{subject}, {u}: actual {b}, projected to {c}"),
                Lang::Hi => format!("{subject}, {u}: वास्तविक {b}, प्रक्षेपण {c} तक"),
                Lang::Ru => format!("{subject}, {u}: факт за {b}, прогноз до {c}"),
            });
        }
        crate::tr::tidy(match loc.lang {
            Lang::En => format!("{subject}, {u}: actual {a} to {b}, projected to {c}"),
            // the years' word once: "वित्त वर्ष 2020‑21 से 2025‑26 तक", "с 2020/21 по 2025/26 фин. г."
            Lang::Hi => {
                let a = a.trim_start_matches("वित्त\u{a0}वर्ष\u{a0}");
                let b = b.trim_start_matches("वित्त\u{a0}वर्ष\u{a0}");
                format!("{subject}, {u}: वास्तविक वित्त\u{a0}वर्ष\u{a0}{a} से {b} तक, प्रक्षेपण {c} तक")
            }
            Lang::Ru => {
                let a = a.trim_end_matches("\u{a0}фин.\u{a0}г.");
                format!("{subject}, {u}: факт с {a} по {b}, прогноз до {c}")
            }
        })
    }

    /// The chart's series: actual years, then the scenario beside current trends, with the band
    /// and the pinned scenario when given. None for the waterfall, which is not over time.
    pub fn data(
        self,
        loc: &Loc,
        b: &Baseline,
        sc: &Projection,
        base: &Projection,
        extras: Extras,
    ) -> Option<ChartData> {
        let tl = Timeline::new(b, sc);
        let measure = self.measure()?;
        let band = match self {
            ChartId::Balance => extras.band.map(|x| band_lines(&tl, x, |x, t| x.balance[t])),
            ChartId::Total => extras
                .band
                .map(|x| band_lines(&tl, x, |x, t| x.total_trade[t])),
            _ => None,
        };
        let pinned = extras.pinned.map(|pin| pinned_line(&tl, b, pin, measure));
        let stack = |sectors: &[crate::data::Sector], part: SectorPart, unsplit: Tr| {
            stacked(&tl, b, sc, sectors, part, measure, unsplit)
        };
        let (kind, series) = match self {
            ChartId::Balance => (
                Kind::Lines { target: None },
                lines(&tl, b, sc, base, measure),
            ),
            ChartId::Total => (
                Kind::Lines {
                    target: Some(sc.target),
                },
                lines(&tl, b, sc, base, measure),
            ),
            ChartId::Exports => (
                Kind::Stacked,
                stack(&EXPORT_SECTORS, timeline::sector, UNSPLIT),
            ),
            ChartId::Imports => (
                Kind::Stacked,
                stack(&IMPORT_GROUPS, timeline::group, UNSPLIT_GROUPS),
            ),
            ChartId::Moved => return None,
        };
        let mut d = ChartData {
            kind,
            timeline: tl,
            series,
            band,
            pinned,
            balance: self == ChartId::Balance,
            partial: partial(loc, b, &tl, self),
        };
        d.convert(loc);
        Some(d)
    }

    /// What a chart over time shows; None for the waterfall.
    fn measure(self) -> Option<Measure> {
        match self {
            ChartId::Balance => Some(timeline::BALANCE),
            ChartId::Total => Some(timeline::TOTAL),
            ChartId::Exports => Some(timeline::EXPORTS),
            ChartId::Imports => Some(timeline::IMPORTS),
            ChartId::Moved => None,
        }
    }

    /// The chart's one-sentence summary (its text alternative); the waterfall's is
    /// [`crate::present::words::insight::attribution_sentence`].
    pub fn summary(
        self,
        loc: &Loc,
        b: &Baseline,
        sc: &Projection,
        base: &Projection,
    ) -> Option<String> {
        let (summary, measure) = match self {
            ChartId::Balance => (
                narrative::balance_chart(loc, b, sc, base),
                timeline::BALANCE,
            ),
            ChartId::Total => (narrative::total_chart(loc, b, sc, base), timeline::TOTAL),
            ChartId::Exports => (narrative::exports_chart(loc, b, sc), timeline::EXPORTS),
            ChartId::Imports => (narrative::imports_chart(loc, b, sc), timeline::IMPORTS),
            ChartId::Moved => return None,
        };
        let tl = Timeline::new(b, sc);
        let years: Vec<i32> = tl
            .years()
            .zip(measure.estimated(&tl, b))
            .filter_map(|(y, e)| e.then_some(y))
            .collect();
        Some(crate::tr::tidy(
            match narrative::estimated_note(loc, &years) {
                Some(note) => format!("{summary} {note}"),
                None => summary,
            },
        ))
    }
}

/// Bottom and top of series `k`'s bar in year `i` of a stacked chart (negative or missing values
/// take no room). With `k` = the number of series, both ends are the bar's top.
pub fn stack(series: &[Series], k: usize, i: usize) -> (f64, f64) {
    let value = |s: &Series| s.values[i].unwrap_or(0.0).max(0.0);
    let below: f64 = series[..k.min(series.len())].iter().map(value).sum();
    let own = series.get(k).map_or(0.0, value);
    (below, below + own)
}

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
                format!("{}{}{}", named(s.name, lang, names), name_gap(d), n(*v))
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
    if lang == Lang::Ru {
        ru_small_names(d, names, &mut parts);
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

/// A Russian readout names its lines in small letters after the year's colon and between the
/// dots, as its other items are ("ваш сценарий −38,7 · вероятный диапазон … · текущие
/// тенденции −38,7"); a name the reader gave a scenario stays as written.
fn ru_small_names(d: &ChartData, names: Names, parts: &mut [String]) {
    let ours: Vec<&str> = (d.series.iter().map(|s| s.name))
        .chain([SCENARIO, CURRENT_TRENDS, PINNED])
        .filter(|t| named(*t, Lang::Ru, names) == t.get(Lang::Ru))
        .map(|t| t.get(Lang::Ru))
        .collect();
    for part in parts.iter_mut() {
        if ours.iter().any(|n| part.starts_with(n)) {
            let mut c = part.chars();
            *part = c
                .next()
                .map_or(String::new(), |f| f.to_lowercase().chain(c).collect());
        }
    }
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
        let name = pinned.unwrap_or(PINNED.get(lang));
        parts.push(if d.kind != Kind::Stacked {
            format!("{name}{}{}", name_gap(d), n(v))
        } else {
            format!("{name}, {} {}", total_word(lang), n(v))
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{project, Scenario};

    #[test]
    fn charts_round_trip_their_keys_and_stack_adds_up() {
        for c in ChartId::ALL {
            assert_eq!(ChartId::parse(c.key()), Some(c));
        }
        assert_eq!(ChartId::parse("pie"), None);
        let b = crate::baseline().unwrap();
        let p = b.params;
        let sc = project(&p, &Scenario::baseline(&p));
        let d = ChartId::Exports
            .data(&Loc::plain(b, &p), b, &sc, &sc, Extras::default())
            .unwrap();
        assert_eq!(d.kind, Kind::Stacked);
        let last = d.timeline.len() - 1;
        let (_, top) = stack(&d.series, d.series.len(), last);
        assert!((top - sc.last().total_exports).abs() < 1e-9);
        assert!(readout(&Loc::plain(b, &p), &d, last, Names::default())
            .starts_with("FY2030-31: Pharmaceuticals"));
        // FY2021-22: exports known only as a total
        let i = (2021 - d.timeline.first) as usize;
        assert_eq!(
            readout(&Loc::plain(b, &p), &d, i, Names::default()),
            "FY2021-22, actual: Total, not split by sector 3.3 (US$ bn)"
        );
        assert_eq!(
            readout(&Loc::plain(b, &p), &d, 0, Names::default()),
            "FY2017-18, actual: Total, not split by sector 2.1 (US$ bn)"
        );
    }

    #[test]
    fn the_imports_chart_is_split_by_group_and_its_subtitle_names_the_year_word_once() {
        let b = crate::baseline().unwrap();
        let p = b.params;
        let sc = project(&p, &Scenario::baseline(&p));
        let loc = Loc::plain(b, &p);
        for (chart, words) in [
            (ChartId::Exports, UNSPLIT),
            (ChartId::Imports, UNSPLIT_GROUPS),
        ] {
            let d = chart.data(&loc, b, &sc, &sc, Extras::default()).unwrap();
            let names: Vec<Tr> = d.series.iter().map(|s| s.name).collect();
            assert!(names.contains(&words), "{chart:?}: {names:?}");
        }
        assert_eq!(UNSPLIT_GROUPS.ru, "Всего, без разбивки по статьям");
        for lang in [Lang::Hi, Lang::Ru] {
            let loc = Loc { lang, ..loc };
            let d = ChartId::Balance
                .data(&loc, b, &sc, &sc, Extras::default())
                .unwrap();
            let sub = ChartId::Balance.subtitle(&loc, &d);
            let word = crate::tr::pick(lang, "", "वर्ष", "фин.");
            // actual years, then the projection's last year: the word twice, not three times
            assert_eq!(sub.matches(word).count(), 2, "{sub}");
        }
    }

    #[test]
    fn every_past_year_of_todays_data_is_drawn_solid() {
        let shipped = crate::baseline().unwrap();
        let p = shipped.params;
        let sc = project(&p, &Scenario::baseline(&p));
        let d = ChartId::Balance
            .data(
                &Loc::plain(shipped, &p),
                shipped,
                &sc,
                &sc,
                Extras::default(),
            )
            .unwrap();
        for s in d.series.iter().filter(|s| s.paint == Paint::Estimate) {
            assert!(s.values.iter().all(Option::is_none));
        }
        assert!(d.series[0].values[..=d.timeline.base_index()]
            .iter()
            .all(Option::is_some));
    }

    #[test]
    fn scenario_and_current_trends_differ_only_after_the_base_year() {
        let b = crate::baseline_with_estimates();
        let p = b.params;
        let base = project(&p, &Scenario::baseline(&p));
        let sc = project(
            &p,
            &Scenario {
                oil_change: -20.0,
                ..Scenario::baseline(&p)
            },
        );
        let d = ChartId::Balance
            .data(&Loc::plain(b, &p), b, &sc, &base, Extras::default())
            .unwrap();
        let cut = d.timeline.base_index();
        let (actual, scenario, trends) = (&d.series[0], &d.series[1], &d.series[2]);
        // FY2020-21 (a press report's split) and FY2022-23 (our estimate of exports) leave the
        // solid line for the dashed one, which joins them to the years either side
        let estimated = &d.series[3];
        assert_eq!(estimated.paint, Paint::Estimate);
        for (i, (a, e)) in actual.values.iter().zip(&estimated.values).enumerate() {
            let year = d.timeline.year(i);
            match year {
                2017 | 2018 => assert!(a.is_some() && e.is_none(), "{year}"),
                2020 | 2022 => assert!(a.is_none() && e.is_some(), "{year}"),
                2019 | 2021 | 2023 => assert!(a.is_some() && e.is_some(), "{year}"),
                _ => assert!(e.is_none(), "{year}"),
            }
            if year <= d.timeline.base && year != 2020 && year != 2022 {
                assert!(a.is_some(), "{year}");
            }
        }
        assert!(
            readout(&Loc::plain(b, &p), &d, 3, Names::default())
                .starts_with("FY2020-21, actual, partly estimated: deficit 2.8"),
            "{}",
            readout(&Loc::plain(b, &p), &d, 3, Names::default())
        );
        assert!(actual.values[cut + 1..].iter().all(Option::is_none));
        assert_eq!(scenario.values[cut], actual.values[cut]);
        assert_eq!(trends.values[cut], actual.values[cut]);
        assert!(scenario.values[..cut].iter().all(Option::is_none));
        assert_ne!(scenario.values.last(), trends.values.last());
        assert!(
            readout(&Loc::plain(b, &p), &d, cut - 2, Names::default())
                .starts_with("FY2023-24, actual: deficit 57.2"),
            "{}",
            readout(&Loc::plain(b, &p), &d, cut - 2, Names::default())
        );
        assert!(
            readout(&Loc::plain(b, &p), &d, 4, Names::default())
                .starts_with("FY2021-22, actual: deficit 6.6"),
            "{}",
            readout(&Loc::plain(b, &p), &d, 4, Names::default())
        );
    }

    /// The data table's "partly estimated" column holds only the estimated years, and the actual
    /// column every other actual year with a figure: FY2021-22 and FY2023-24, where the dashed
    /// line meets the solid one, are official. On both line charts, for every year.
    #[test]
    fn the_data_table_calls_only_estimated_years_estimated() {
        let b = crate::baseline_with_estimates();
        let p = b.params;
        let sc = project(&p, &Scenario::baseline(&p));
        let loc = Loc::plain(b, &p);
        for (chart, m) in [
            (ChartId::Balance, timeline::BALANCE),
            (ChartId::Total, timeline::TOTAL),
        ] {
            let d = chart.data(&loc, b, &sc, &sc, Extras::default()).unwrap();
            let est = m.estimated(&d.timeline, b);
            let figures = m.over(&d.timeline, b, &sc);
            let column = |paint: Paint| d.series.iter().position(|s| s.paint == paint);
            let (actual, estimated) = (column(Paint::Actual).unwrap(), column(Paint::Estimate));
            let estimated = estimated.expect("FY2022-23 is estimated on both charts");
            for i in 0..d.timeline.len() {
                let year = d.timeline.year(i);
                let (a, e) = (d.table_value(actual, i), d.table_value(estimated, i));
                assert_eq!(e.is_some(), est[i], "{chart:?} {year}");
                let history = year <= d.timeline.base && figures[i].is_some();
                assert_eq!(a.is_some(), history && !est[i], "{chart:?} {year}");
                let shown = readout(&loc, &d, i, Names::default());
                assert_eq!(shown.contains("partly estimated"), est[i], "{shown}");
            }
            // the dashed line itself still reaches the official years either side
            let drawn = &d.series[estimated].values;
            let i = (2023 - d.timeline.first) as usize;
            assert!(drawn[i].is_some() && d.table_value(estimated, i).is_none());
        }
    }

    /// The issue's scenario (a deficit turned into a surplus): its assumptions, projection,
    /// current trends and band.
    fn issue_scenario() -> (
        crate::data::Params,
        Projection,
        Projection,
        crate::insight::uncertainty::Band,
    ) {
        let p = crate::baseline().unwrap().params;
        let d = crate::link::decode(
            "v=1&growth=40&oil_stop=2026&nonoil=-20&eaeu_cut=100&start=2026&phase=1",
            &p,
        );
        let (p, s) = (d.params, d.scenario);
        let band = crate::insight::uncertainty::stated_band(&p, &s);
        (
            p,
            project(&p, &s),
            project(&p, &Scenario::baseline(&p)),
            band,
        )
    }

    /// A balance's readout names each value a deficit or a surplus, never signs it, in every
    /// language and currency, in every year, with the band and a pinned line.
    #[test]
    fn a_balance_readout_names_its_side_never_a_sign() {
        use crate::present::format::Currency;
        let b = crate::baseline().unwrap();
        let (p, sc, base, band) = issue_scenario();
        let extras = Extras {
            band: Some(&band),
            pinned: Some(&base),
        };
        for lang in Lang::ALL {
            for cur in Currency::ALL {
                let loc = Loc {
                    lang,
                    cur,
                    ..Loc::plain(b, &p)
                };
                let d = ChartId::Balance.data(&loc, b, &sc, &base, extras).unwrap();
                for i in 0..d.timeline.len() {
                    let r = readout(&loc, &d, i, Names::default());
                    assert!(!r.contains('−') && !r.contains('+'), "{r}");
                    assert!(crate::tr::in_script(lang, &r), "{r}");
                }
            }
        }
        let en = Loc::plain(b, &p);
        let d = ChartId::Balance.data(&en, b, &sc, &base, extras).unwrap();
        assert_eq!(
            readout(&en, &d, d.timeline.len() - 1, Names::default()),
            "FY2030-31: Your scenario: surplus 22.4 · likely range: surplus 13.1 to 34.0 · \
             Current trends: deficit 38.7 · Pinned scenario: deficit 38.7 (US$ bn)"
        );
    }

    /// A likely range across zero names each end's side; the total's readout is as before.
    #[test]
    fn a_balance_range_across_zero_names_both_sides() {
        let b = crate::baseline().unwrap();
        let (p, sc, base, band) = issue_scenario();
        let extras = Extras {
            band: Some(&band),
            pinned: None,
        };
        let en = Loc::plain(b, &p);
        let mut crossing = ChartId::Balance.data(&en, b, &sc, &base, extras).unwrap();
        let last = crossing.timeline.len() - 1;
        if let Some(band) = &mut crossing.band {
            band.p10[last] = Some(-5.0);
        }
        let r = readout(&en, &crossing, last, Names::default());
        assert!(
            r.contains("likely range: deficit 5.0 to surplus 34.0"),
            "{r}"
        );
        // a range of deficits runs from the smaller to the larger
        let mut deficits = crossing.clone();
        if let Some(band) = &mut deficits.band {
            (band.p10[last], band.p90[last]) = (Some(-45.3), Some(-11.8));
        }
        let r = readout(&en, &deficits, last, Names::default());
        assert!(r.contains("likely range: deficit 11.8 to 45.3"), "{r}");
        let ru = Loc {
            lang: Lang::Ru,
            ..en
        };
        let r = readout(&ru, &crossing, last, Names::default());
        assert!(
            r.contains("вероятный диапазон: от дефицита 5.0 до профицита 34.0"),
            "{r}"
        );
        let t = ChartId::Total.data(&en, b, &sc, &base, extras).unwrap();
        let r = readout(&en, &t, last, Names::default());
        assert!(
            r.starts_with("FY2030-31: Your scenario 32.8 · likely range 23.5 to 44.3"),
            "{r}"
        );
    }

    #[test]
    fn named_lines_are_called_by_their_names_in_the_legend_and_readout() {
        let b = crate::baseline().unwrap();
        let p = b.params;
        let s = Scenario::baseline(&p);
        let (sc, pin) = (
            project(
                &p,
                &Scenario {
                    eaeu_cut: 50.0,
                    ..s
                },
            ),
            project(
                &p,
                &Scenario {
                    oil_change: -20.0,
                    ..s
                },
            ),
        );
        let loc = Loc::plain(b, &p);
        let extras = Extras {
            band: None,
            pinned: Some(&pin),
        };
        let names = Names {
            scenario: Some("Half FTA"),
            pinned: Some("Oil cut"),
        };
        for c in ChartId::OVER_TIME {
            let d = c.data(&loc, b, &sc, &sc, extras).unwrap();
            let keys: Vec<String> = d
                .keys()
                .iter()
                .map(|k| named(k.name, Lang::En, names))
                .collect();
            assert!(keys.contains(&"Oil cut".to_string()), "{c:?}: {keys:?}");
            assert!(!keys.contains(&"Pinned scenario".to_string()), "{c:?}");
            let last = d.timeline.len() - 1;
            let r = readout(&loc, &d, last, names);
            assert!(
                r.contains("Oil cut") && !r.contains("Pinned scenario"),
                "{r}"
            );
            assert_eq!(r.contains("Half FTA"), d.kind != Kind::Stacked, "{r}");
            // unnamed, the pinned line stays "Pinned scenario"
            let r = readout(&loc, &d, last, Names::default());
            assert!(r.contains("Pinned scenario"), "{r}");
        }
        let only_pin = Names {
            scenario: None,
            pinned: Some("Oil cut"),
        };
        assert_eq!(named(SCENARIO, Lang::Hi, only_pin), SCENARIO.hi);
        assert_eq!(named(PINNED, Lang::Ru, Names::default()), PINNED.ru);
    }

    /// Row 58 of the Russian reading: a Russian readout names its lines in small letters after
    /// the year and between the dots, and a name the reader gave stays as written.
    #[test]
    fn a_russian_readout_names_its_lines_in_small_letters() {
        let b = crate::baseline().unwrap();
        let p = b.params;
        let s = Scenario::baseline(&p);
        let (sc, pin) = (
            project(
                &p,
                &Scenario {
                    eaeu_cut: 50.0,
                    ..s
                },
            ),
            project(&p, &s),
        );
        let loc = Loc {
            lang: Lang::Ru,
            ..Loc::plain(b, &p)
        };
        let extras = Extras {
            band: None,
            pinned: Some(&pin),
        };
        for c in ChartId::OVER_TIME {
            let d = c.data(&loc, b, &sc, &pin, extras).unwrap();
            let last = d.timeline.len() - 1;
            let r = readout(&loc, &d, last, Names::default());
            let after_year = r.split_once(": ").map_or("", |(_, t)| t);
            for item in after_year.split(" · ") {
                let first = item.chars().next().unwrap_or('x');
                assert!(!first.is_uppercase(), "{c:?}: {r}");
            }
            let named = Names {
                scenario: Some("Полное ЗСТ"),
                pinned: None,
            };
            let r = readout(&loc, &d, last, named);
            assert_eq!(r.contains("Полное ЗСТ"), d.kind != Kind::Stacked, "{r}");
        }
    }
}
