//! The four charts as data: which series each draws over the years (actual, then projected),
//! their y-axis ticks and stacking; the readout for one year is `readout.rs`'s. The page's live
//! SVG and the downloadable SVG both draw from here.

use crate::data::{Baseline, EXPORT_SECTORS, IMPORT_GROUPS};
use crate::insight::uncertainty::{Band, Percentiles};
use crate::model::Projection;
use crate::present::charts::timeline::{self, Measure, Timeline};
use crate::present::format::Loc;
use crate::present::words::{narrative, parts};
use crate::tr::Lang;
use crate::tr::Tr;

/// A chart of the page; the link layer defines which there are and their keys (`chart=total`),
/// this module what each shows and is called.
pub use crate::link::view::ChartId;
pub use crate::present::charts::readout::readout;

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
    /// The target in US$ bn as the data set it, for the words that name it (the total trade
    /// chart's title); `Kind::Lines` holds it in the chart's currency.
    pub target: f64,
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

    /// The chart's title: "Total trade against the US$ 100 bn target", the target as the data
    /// set it (`target.total`, always in US$, as it was announced).
    pub fn title(self, loc: &Loc, target: f64) -> String {
        let usd = Loc {
            cur: crate::link::view::Currency::Usd,
            ..*loc
        };
        self.title_text()
            .get(loc.lang)
            .replacen("{}", &parts::target_amount(&usd, target), 1)
    }

    /// The title's words; the total trade chart's has `{}` where [`ChartId::title`] writes the
    /// target.
    pub fn title_text(self) -> Tr {
        match self {
            ChartId::Balance => Tr::new("Trade balance", "व्यापार संतुलन", "Сальдо торговли"),
            ChartId::Total => Tr::new(
                "Total trade against the {} target",
                "कुल व्यापार और {} का लक्ष्य",
                "Товарооборот и цель в {}",
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
        let subject = self.title(loc, d.target);
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
            target: sc.target,
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

#[cfg(test)]
mod tests;
