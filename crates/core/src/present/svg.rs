//! A chart as a standalone SVG document for downloads: title, unit line, legend, plot, source
//! line and link drawn in, with explicit colours (no stylesheet needed).

use super::chart::{
    axis, band_outline, dash, palette, stack, Axis, ChartData, ChartId, Extras, Kind, Paint,
    Series, Swatch,
};
use super::escape_html as esc;
use super::format::{fy_short, Loc};
use super::insight::{self, step_value, waterfall};
use crate::data::Baseline;
use crate::fy;
use crate::insight::attribution::Attribution;
use crate::model::Projection;
use crate::text;
use crate::tr::Lang;
use std::fmt::Write;

const W: f64 = 720.0;
const H: f64 = 480.0;
/// Plot margins: left, right, top, bottom.
const ML: f64 = 56.0;
const MR: f64 = 20.0;
const MT: f64 = 110.0;
const MB: f64 = 70.0;
const INK: &str = "#1c1c1c";
const MUTED: &str = "#5c5c5c";
const GRID: &str = "#dddddd";

/// Width and height of the downloaded SVG, in CSS pixels.
pub const SIZE: (u32, u32) = (W as u32, H as u32);

/// Centre of year i of n.
fn x(i: usize, n: usize) -> f64 {
    ML + (i as f64 + 0.5) * (W - ML - MR) / n as f64
}

fn y(a: &Axis, v: f64) -> f64 {
    a.scale(v, MT, H - MB)
}

/// Everything a downloaded chart is drawn from: the page's numbers at the moment of download.
#[derive(Clone, Copy)]
pub struct Drawn<'a> {
    pub baseline: &'a Baseline,
    pub scenario: &'a Projection,
    pub base: &'a Projection,
    pub extras: Extras<'a>,
    pub moved: &'a [Attribution; 2],
    /// The reader's language, currency and number conventions.
    pub loc: Loc<'a>,
}

fn open(o: &mut String) {
    let _ = writeln!(
        o,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{W}\" height=\"{H}\" viewBox=\"0 0 {W} {H}\" font-family=\"Helvetica, Arial, 'Noto Sans', 'Noto Sans Devanagari', 'Nirmala UI', 'Lohit Devanagari', sans-serif\">\n<rect width=\"{W}\" height=\"{H}\" fill=\"#ffffff\"/>"
    );
}

/// A standalone SVG of one chart, 720 × 480 units.
pub fn standalone_svg(chart: ChartId, f: &Drawn, link: &str) -> String {
    let mut o = String::new();
    open(&mut o);
    let loc = &f.loc;
    let Some(d) = chart.data(loc, f.baseline, f.scenario, f.base, f.extras) else {
        waterfalls(&mut o, loc, f.moved);
        footer(&mut o, loc, link);
        return o;
    };
    let a = axis(&d);
    heading(&mut o, loc, chart, &d);
    legend(&mut o, loc, &d);
    grid(&mut o, loc, &a);
    divider(&mut o, loc, &d);
    if let Some(b) = &d.band {
        let n = d.timeline.len();
        let _ = writeln!(
            o,
            "<polygon fill=\"{}\" fill-opacity=\"0.3\" points=\"{}\"/>",
            palette::BAND,
            band_outline(b, |i| x(i, n), |v| y(&a, v))
        );
        polyline(&mut o, &a, n, &b.p50, palette::BAND, 2.0, None);
    }
    match d.kind {
        Kind::Lines { target } => {
            if let Some(t) = target {
                target_line(&mut o, loc, &a, t, f.scenario.target);
            }
            line_marks(&mut o, &a, &d);
        }
        Kind::Stacked => bar_marks(&mut o, &a, &d),
    }
    if let Some(s) = &d.pinned {
        series_line(&mut o, &a, d.timeline.len(), s);
    }
    year_labels(&mut o, loc, &d);
    footer(&mut o, loc, link);
    o
}

/// Both waterfalls of "what moved", one above the other.
fn waterfalls(o: &mut String, loc: &Loc, moved: &[Attribution; 2]) {
    let (fy, unit) = (loc.fy(fy::HORIZON), loc.unit());
    let sub = match loc.lang {
        Lang::En => {
            format!("{fy}, your scenario against current trends, by group of levers ({unit})")
        }
        Lang::Hi => format!("{fy}, मौजूदा रुझानों के मुक़ाबले आपका परिदृश्य, लीवरों के समूहवार ({unit})"),
        Lang::Ru => {
            format!("{fy}, ваш сценарий против текущих тенденций, по группам рычагов ({unit})")
        }
    };
    let _ = writeln!(
        o,
        "<text x=\"20\" y=\"34\" font-size=\"22\" font-weight=\"700\" fill=\"{INK}\">{}</text>\n<text x=\"20\" y=\"56\" font-size=\"14\" fill=\"{MUTED}\">{}</text>",
        esc(ChartId::Moved.title().get(loc.lang)),
        esc(&sub)
    );
    for (k, a) in moved.iter().enumerate() {
        waterfall_panel(o, loc, a, 80.0 + k as f64 * 172.0);
    }
}

/// One waterfall: a row per step, bars from the running sum, the value at the bar's end.
fn waterfall_panel(o: &mut String, loc: &Loc, a: &Attribution, top: f64) {
    let steps = waterfall(loc, a);
    // a bar that ends on the left has its value there: room for it beside the longest label
    let left = if steps.iter().any(|s| s.from.min(s.to) < 0.0) {
        222.0
    } else {
        190.0
    };
    let sx = insight::scale(&steps, left, W - 70.0);
    let _ = writeln!(
        o,
        "<text x=\"20\" y=\"{}\" font-size=\"15\" font-weight=\"700\" fill=\"{INK}\">{}</text>",
        top + 14.0,
        esc(&insight::waterfall_title(loc.lang, a.measure))
    );
    let row = 22.0;
    let y0 = top + 26.0;
    let _ = writeln!(
        o,
        "<line x1=\"{:.1}\" x2=\"{:.1}\" y1=\"{y0}\" y2=\"{}\" stroke=\"{MUTED}\" stroke-width=\"1\"/>",
        sx(0.0),
        sx(0.0),
        y0 + row * steps.len() as f64
    );
    for (i, s) in steps.iter().enumerate() {
        let yy = y0 + i as f64 * row;
        let (a0, a1) = (sx(s.from.min(s.to)), sx(s.from.max(s.to)));
        let end = if s.to >= s.from { a1 + 5.0 } else { a0 - 5.0 };
        let anchor = if s.to >= s.from { "start" } else { "end" };
        let _ = writeln!(
            o,
            "<text x=\"20\" y=\"{:.1}\" font-size=\"13\" fill=\"{INK}\">{}</text><rect x=\"{a0:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{}\" fill=\"{}\"/><text x=\"{end:.1}\" y=\"{:.1}\" font-size=\"12\" text-anchor=\"{anchor}\" fill=\"{INK}\">{}</text>",
            yy + 15.0,
            esc(s.label.get(loc.lang)),
            yy + 4.0,
            (a1 - a0).max(1.0),
            row - 8.0,
            s.paint.colour(),
            yy + 15.0,
            step_value(loc, s)
        );
    }
}

fn polyline(
    o: &mut String,
    a: &Axis,
    n: usize,
    values: &[Option<f64>],
    colour: &str,
    width: f64,
    dash: Option<&str>,
) {
    let mut runs: Vec<Vec<String>> = vec![Vec::new()];
    for (i, v) in values.iter().enumerate() {
        match v {
            Some(v) => {
                runs.last_mut()
                    .expect("one run")
                    .push(format!("{:.1},{:.1}", x(i, n), y(a, *v)))
            }
            None if !runs.last().expect("one run").is_empty() => runs.push(Vec::new()),
            None => {}
        }
    }
    for run in runs.iter().filter(|r| !r.is_empty()) {
        let _ = writeln!(
            o,
            "<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"{width}\"{} points=\"{}\"/>",
            dash.map_or(String::new(), |d| format!(" stroke-dasharray=\"{d}\"")),
            run.join(" ")
        );
    }
}

fn series_line(o: &mut String, a: &Axis, n: usize, s: &Series) {
    polyline(o, a, n, &s.values, s.paint.colour(), 3.0, dash(s));
}

fn heading(o: &mut String, loc: &Loc, chart: ChartId, d: &ChartData) {
    let tl = d.timeline;
    // the first year this chart has a figure for (FY2020-21 for the balance: no split before)
    let first = (0..tl.base_index())
        .find(|&i| d.series.iter().any(|s| s.values[i].is_some()))
        .map_or(tl.base, |i| tl.year(i));
    let (u, a, b, c) = (loc.unit(), loc.fy(first), loc.fy(tl.base), loc.fy(tl.last));
    let sub = match loc.lang {
        Lang::En => format!("India–Russia trade, {u}: actual {a} to {b}, projected to {c}"),
        Lang::Hi => format!("भारत–रूस व्यापार, {u}: वास्तविक {a} से {b}, अनुमान {c} तक"),
        Lang::Ru => format!("Торговля Индии и России, {u}: факт с {a} по {b}, прогноз до {c}"),
    };
    let _ = writeln!(
        o,
        "<text x=\"20\" y=\"34\" font-size=\"22\" font-weight=\"700\" fill=\"{INK}\">{}</text>\n<text x=\"20\" y=\"58\" font-size=\"14\" fill=\"{MUTED}\">{}</text>",
        esc(chart.title().get(loc.lang)),
        esc(&sub)
    );
}

fn legend(o: &mut String, loc: &Loc, d: &ChartData) {
    let (mut lx, mut ly) = (20.0, 84.0);
    for k in d.keys() {
        let name = k.name.get(loc.lang);
        let w = 28.0 + name.chars().count() as f64 * 7.2;
        if lx + w > W - 20.0 {
            lx = 20.0;
            ly += 18.0;
        }
        let c = k.paint.colour();
        match k.swatch {
            Swatch::Bar | Swatch::Area => {
                let _ = write!(
                    o,
                    "<rect x=\"{lx}\" y=\"{}\" width=\"14\" height=\"10\" fill=\"{c}\"{}{}/>",
                    ly - 9.0,
                    if k.swatch == Swatch::Area {
                        " fill-opacity=\"0.3\""
                    } else {
                        ""
                    },
                    outline(k.paint)
                );
            }
            Swatch::Line(dash) => {
                let _ = write!(
                    o,
                    "<line x1=\"{lx}\" x2=\"{}\" y1=\"{}\" y2=\"{}\" stroke=\"{c}\" stroke-width=\"3\"{}/>",
                    lx + 16.0,
                    ly - 4.0,
                    ly - 4.0,
                    dash.map_or(String::new(), |d| format!(" stroke-dasharray=\"{d}\""))
                );
            }
        }
        let _ = writeln!(
            o,
            "<text x=\"{}\" y=\"{ly}\" font-size=\"13\" fill=\"{INK}\">{}</text>",
            lx + 20.0,
            esc(name)
        );
        lx += w;
    }
}

fn grid(o: &mut String, loc: &Loc, a: &Axis) {
    let dec = a.decimals();
    for &v in &a.ticks {
        let yy = y(a, v);
        let _ = writeln!(
            o,
            "<line x1=\"{ML}\" x2=\"{}\" y1=\"{yy:.1}\" y2=\"{yy:.1}\" stroke=\"{}\" stroke-width=\"1\"/><text x=\"{}\" y=\"{:.1}\" font-size=\"12\" text-anchor=\"end\" fill=\"{MUTED}\">{}</text>",
            W - MR,
            if v == 0.0 { MUTED } else { GRID },
            ML - 6.0,
            yy + 4.0,
            loc.num(v, dec)
        );
    }
}

/// A dashed rule after the base year, "actual" to its left and "projection" to its right.
fn divider(o: &mut String, loc: &Loc, d: &ChartData) {
    let n = d.timeline.len();
    let i = d.timeline.base_index();
    let xx = (x(i, n) + x(i + 1, n)) / 2.0;
    let _ = writeln!(
        o,
        "<line x1=\"{xx:.1}\" x2=\"{xx:.1}\" y1=\"{MT}\" y2=\"{}\" stroke=\"{MUTED}\" stroke-width=\"1\" stroke-dasharray=\"3 3\"/><text x=\"{:.1}\" y=\"{}\" font-size=\"11\" text-anchor=\"end\" fill=\"{MUTED}\">{}</text><text x=\"{:.1}\" y=\"{}\" font-size=\"11\" fill=\"{MUTED}\">{}</text>",
        H - MB,
        xx - 4.0,
        MT + 10.0,
        esc(text::ERA_ACTUAL.get(loc.lang)),
        xx + 4.0,
        MT + 10.0,
        esc(text::ERA_PROJECTION.get(loc.lang))
    );
}

fn target_line(o: &mut String, loc: &Loc, a: &Axis, t: f64, target_usd: f64) {
    let yy = y(a, t);
    let label = text::TARGET_LABEL.fill(loc.lang, &loc.num(target_usd, 0));
    let _ = writeln!(
        o,
        "<line x1=\"{ML}\" x2=\"{}\" y1=\"{yy:.1}\" y2=\"{yy:.1}\" stroke=\"{}\" stroke-width=\"2\" stroke-dasharray=\"2 3\"/><text x=\"{}\" y=\"{:.1}\" font-size=\"12\" font-weight=\"700\" fill=\"{INK}\">{}</text>",
        W - MR,
        palette::TARGET,
        ML + 6.0,
        yy - 6.0,
        esc(&label)
    );
}

/// Polylines through the years with a value; a missing year breaks the line.
fn line_marks(o: &mut String, a: &Axis, d: &ChartData) {
    for s in &d.series {
        series_line(o, a, d.timeline.len(), s);
    }
}

fn bar_marks(o: &mut String, a: &Axis, d: &ChartData) {
    let n = d.timeline.len();
    let bw = (W - ML - MR) / n as f64 * 0.64;
    for i in 0..n {
        for (k, s) in d.series.iter().enumerate() {
            if s.values[i].is_none() {
                continue;
            }
            let (below, top) = stack(&d.series, k, i);
            let (y0, y1) = (y(a, below), y(a, top));
            let _ = write!(
                o,
                "<rect x=\"{:.1}\" y=\"{y1:.1}\" width=\"{bw:.1}\" height=\"{:.1}\" fill=\"{}\"{}/>",
                x(i, n) - bw / 2.0,
                (y0 - y1).max(0.0),
                s.paint.colour(),
                outline(s.paint)
            );
        }
        o.push('\n');
    }
}

/// Bars known only as a total are outlined.
fn outline(p: Paint) -> String {
    match p {
        Paint::Unsplit => format!(" stroke=\"{}\" stroke-width=\"1\"", palette::BASELINE),
        Paint::UnsplitEstimate => format!(
            " stroke=\"{}\" stroke-width=\"1\" stroke-dasharray=\"3 2\"",
            palette::BASELINE
        ),
        _ => String::new(),
    }
}

fn year_labels(o: &mut String, loc: &Loc, d: &ChartData) {
    let tl = d.timeline;
    let n = tl.len();
    for i in (0..n).filter(|i| labelled(*i, n, tl.base_index())) {
        let _ = write!(
            o,
            "<text x=\"{:.1}\" y=\"{}\" font-size=\"12\" text-anchor=\"middle\" fill=\"{MUTED}\">{}</text>",
            x(i, n),
            H - MB + 18.0,
            fy_short(loc.lang, tl.year(i))
        );
    }
    o.push('\n');
}

/// Which years carry a label when there are many: every other one, counted from the base year
/// (so the base year and FY2030-31 are labelled whenever they are an even step apart).
pub fn labelled(i: usize, n: usize, base: usize) -> bool {
    n <= 9 || (i as i64 - base as i64) % 2 == 0
}

fn footer(o: &mut String, loc: &Loc, link: &str) {
    let _ = writeln!(
        o,
        "<text x=\"20\" y=\"{}\" font-size=\"11\" fill=\"{MUTED}\">{}</text>\n<text x=\"20\" y=\"{}\" font-size=\"11\" fill=\"{}\">{}</text>\n</svg>",
        H - 26.0,
        esc(text::SOURCE_SHORT.get(loc.lang)),
        H - 10.0,
        palette::SCENARIO,
        esc(link)
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::insight::attribution::attribute;
    use crate::insight::uncertainty::stated_band;
    use crate::model::{project, Scenario};

    #[test]
    fn standalone_svg_has_title_source_link_and_every_series() {
        let b = crate::baseline().unwrap();
        let p = b.params;
        let s = Scenario::baseline(&p);
        let sc = project(&p, &s);
        let pin = project(
            &p,
            &Scenario {
                oil_change: -20.0,
                ..s
            },
        );
        let band = stated_band(&p, &s);
        let moved = attribute(&p, &Scenario { growth: 20.0, ..s });
        for extras in [
            Extras::default(),
            Extras {
                band: Some(&band),
                pinned: Some(&pin),
            },
        ] {
            let f = Drawn {
                baseline: b,
                scenario: &sc,
                base: &sc,
                extras,
                moved: &moved,
                loc: Loc::plain(b, &p),
            };
            for c in ChartId::ALL {
                let svg = standalone_svg(c, &f, "http://127.0.0.1/?v=1&a=<b>");
                assert!(svg.starts_with("<svg xmlns"));
                assert!(svg.contains(&esc(c.title().en)));
                assert!(svg.contains("Source: Department of Commerce"));
                assert!(svg.contains("v=1&amp;a=&lt;b&gt;"));
                assert!(!svg.contains("NaN"));
                let Some(d) = c.data(&f.loc, b, &sc, &sc, extras) else {
                    // the waterfall: every group and both ends, twice
                    for step in [
                        "Current trends",
                        "Tariff deal",
                        "Export growth",
                        "Your scenario",
                    ] {
                        assert_eq!(svg.matches(&format!(">{step}</text>")).count(), 2, "{step}");
                    }
                    continue;
                };
                assert!(svg.contains(">actual</text>") && svg.contains(">projection</text>"));
                for k in d.keys() {
                    assert!(svg.contains(&esc(k.name.en)), "{}", k.name.en);
                }
                assert_eq!(svg.contains("<polygon"), d.band.is_some());
                let pinned_line = format!(
                    "stroke=\"{}\" stroke-width=\"3\" stroke-dasharray=\"2 4\"",
                    palette::PINNED
                );
                assert_eq!(svg.contains(&pinned_line), d.pinned.is_some());
            }
        }
    }
}
