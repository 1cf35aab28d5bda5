//! A chart as a standalone SVG document for downloads: title, unit line, legend, plot, source
//! line and link drawn in, with explicit colours (no stylesheet needed).

use super::chart::{axis, palette, stack, Axis, ChartData, ChartId, Kind, Paint};
use super::escape_html as esc;
use super::format::num;
use crate::data::Baseline;
use crate::fy;
use crate::model::Projection;
use crate::text;
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

/// A standalone SVG of one chart, 720 × 480 units.
pub fn standalone_svg(
    chart: ChartId,
    b: &Baseline,
    sc: &Projection,
    base: &Projection,
    link: &str,
) -> String {
    let d = chart.data(b, sc, base);
    let a = axis(&d);
    let mut o = String::new();
    let _ = writeln!(
        o,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{W}\" height=\"{H}\" viewBox=\"0 0 {W} {H}\" font-family=\"Helvetica, Arial, sans-serif\">\n<rect width=\"{W}\" height=\"{H}\" fill=\"#ffffff\"/>"
    );
    heading(&mut o, chart, &d);
    legend(&mut o, &d);
    grid(&mut o, &a);
    divider(&mut o, &d);
    match d.kind {
        Kind::Lines { target } => {
            if let Some(t) = target {
                target_line(&mut o, &a, t);
            }
            line_marks(&mut o, &a, &d);
        }
        Kind::Stacked => bar_marks(&mut o, &a, &d),
    }
    year_labels(&mut o, &d);
    footer(&mut o, link);
    o
}

fn heading(o: &mut String, chart: ChartId, d: &ChartData) {
    let tl = d.timeline;
    let _ = writeln!(
        o,
        "<text x=\"20\" y=\"34\" font-size=\"22\" font-weight=\"700\" fill=\"{INK}\">{}</text>\n<text x=\"20\" y=\"58\" font-size=\"14\" fill=\"{MUTED}\">India–Russia trade, {}: actual {} to {}, projected to {}</text>",
        esc(chart.title().en),
        text::MONEY_UNIT.en,
        fy::label(tl.first),
        fy::label(tl.base),
        fy::label(tl.last)
    );
}

fn legend(o: &mut String, d: &ChartData) {
    let (mut lx, mut ly) = (20.0, 84.0);
    for s in &d.series {
        let w = 28.0 + s.name.en.chars().count() as f64 * 7.2;
        if lx + w > W - 20.0 {
            lx = 20.0;
            ly += 18.0;
        }
        let c = s.paint.colour();
        if d.kind == Kind::Stacked {
            let _ = write!(
                o,
                "<rect x=\"{lx}\" y=\"{}\" width=\"14\" height=\"10\" fill=\"{c}\"{}/>",
                ly - 9.0,
                outline(s.paint)
            );
        } else {
            let _ = write!(
                o,
                "<line x1=\"{lx}\" x2=\"{}\" y1=\"{}\" y2=\"{}\" stroke=\"{c}\" stroke-width=\"3\"{}/>",
                lx + 16.0,
                ly - 4.0,
                ly - 4.0,
                if s.dashed { " stroke-dasharray=\"5 4\"" } else { "" }
            );
        }
        let _ = writeln!(
            o,
            "<text x=\"{}\" y=\"{ly}\" font-size=\"13\" fill=\"{INK}\">{}</text>",
            lx + 20.0,
            esc(s.name.en)
        );
        lx += w;
    }
}

fn grid(o: &mut String, a: &Axis) {
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
            num(v, dec)
        );
    }
}

/// A dashed rule after the base year, "actual" to its left and "projection" to its right.
fn divider(o: &mut String, d: &ChartData) {
    let n = d.timeline.len();
    let i = d.timeline.base_index();
    let xx = (x(i, n) + x(i + 1, n)) / 2.0;
    let _ = writeln!(
        o,
        "<line x1=\"{xx:.1}\" x2=\"{xx:.1}\" y1=\"{MT}\" y2=\"{}\" stroke=\"{MUTED}\" stroke-width=\"1\" stroke-dasharray=\"3 3\"/><text x=\"{:.1}\" y=\"{}\" font-size=\"11\" text-anchor=\"end\" fill=\"{MUTED}\">actual</text><text x=\"{:.1}\" y=\"{}\" font-size=\"11\" fill=\"{MUTED}\">projection</text>",
        H - MB,
        xx - 4.0,
        MT + 10.0,
        xx + 4.0,
        MT + 10.0
    );
}

fn target_line(o: &mut String, a: &Axis, t: f64) {
    let yy = y(a, t);
    let _ = writeln!(
        o,
        "<line x1=\"{ML}\" x2=\"{}\" y1=\"{yy:.1}\" y2=\"{yy:.1}\" stroke=\"{}\" stroke-width=\"2\" stroke-dasharray=\"2 3\"/><text x=\"{}\" y=\"{:.1}\" font-size=\"12\" font-weight=\"700\" fill=\"{INK}\">Target US$ {t:.0} bn</text>",
        W - MR,
        palette::TARGET,
        ML + 6.0,
        yy - 6.0
    );
}

/// Polylines through the years with a value; a missing year breaks the line.
fn line_marks(o: &mut String, a: &Axis, d: &ChartData) {
    let n = d.timeline.len();
    for s in &d.series {
        let mut runs: Vec<Vec<String>> = vec![Vec::new()];
        for (i, v) in s.values.iter().enumerate() {
            match v {
                Some(v) => runs.last_mut().expect("one run").push(format!(
                    "{:.1},{:.1}",
                    x(i, n),
                    y(a, *v)
                )),
                None if !runs.last().expect("one run").is_empty() => runs.push(Vec::new()),
                None => {}
            }
        }
        for run in runs.iter().filter(|r| !r.is_empty()) {
            let _ = writeln!(
                o,
                "<polyline fill=\"none\" stroke=\"{}\" stroke-width=\"3\"{} points=\"{}\"/>",
                s.paint.colour(),
                if s.dashed {
                    " stroke-dasharray=\"6 5\""
                } else {
                    ""
                },
                run.join(" ")
            );
        }
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
    if p == Paint::Unsplit {
        format!(" stroke=\"{}\" stroke-width=\"1\"", palette::BASELINE)
    } else {
        String::new()
    }
}

fn year_labels(o: &mut String, d: &ChartData) {
    let tl = d.timeline;
    let n = tl.len();
    for i in (0..n).filter(|i| labelled(*i, n, tl.base_index())) {
        let _ = write!(
            o,
            "<text x=\"{:.1}\" y=\"{}\" font-size=\"12\" text-anchor=\"middle\" fill=\"{MUTED}\">{}</text>",
            x(i, n),
            H - MB + 18.0,
            fy::short(tl.year(i))
        );
    }
    o.push('\n');
}

/// Which years carry a label when there are many: every other one, counted from the base year
/// (so the base year and FY2030-31 are labelled whenever they are an even step apart).
pub fn labelled(i: usize, n: usize, base: usize) -> bool {
    n <= 9 || (i as i64 - base as i64) % 2 == 0
}

fn footer(o: &mut String, link: &str) {
    let _ = writeln!(
        o,
        "<text x=\"20\" y=\"{}\" font-size=\"11\" fill=\"{MUTED}\">{}</text>\n<text x=\"20\" y=\"{}\" font-size=\"11\" fill=\"{}\">{}</text>\n</svg>",
        H - 26.0,
        esc(text::SOURCE_SHORT.en),
        H - 10.0,
        palette::SCENARIO,
        esc(link)
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{project, Scenario};

    #[test]
    fn standalone_svg_has_title_source_link_and_every_series() {
        let b = crate::baseline().unwrap();
        let p = b.params;
        let sc = project(&p, &Scenario::baseline(&p));
        for c in ChartId::ALL {
            let svg = standalone_svg(c, b, &sc, &sc, "http://127.0.0.1/?v=1&a=<b>");
            assert!(svg.starts_with("<svg xmlns"));
            assert!(svg.contains(&esc(c.title().en)));
            assert!(svg.contains("Source: Department of Commerce"));
            assert!(svg.contains("v=1&amp;a=&lt;b&gt;"));
            assert!(!svg.contains("NaN"));
            assert!(svg.contains(">actual</text>") && svg.contains(">projection</text>"));
            for s in c.data(b, &sc, &sc).series {
                assert!(svg.contains(&esc(s.name.en)), "{}", s.name.en);
            }
        }
    }
}
