//! A chart as a standalone SVG document for downloads: title, unit line, legend, plot, source
//! line and link drawn in, with explicit colours (no stylesheet needed).

use super::chart::{axis, palette, stack, Axis, ChartId, Kind, Series};
use super::escape_html as esc;
use super::format::num;
use crate::model::{fy_label, Projection, N_YEARS};
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

fn x(t: usize) -> f64 {
    ML + (t as f64 + 0.5) * (W - ML - MR) / N_YEARS as f64
}

fn y(a: &Axis, v: f64) -> f64 {
    a.scale(v, MT, H - MB)
}

/// A standalone SVG of one chart, 720 × 480 units.
pub fn standalone_svg(chart: ChartId, sc: &Projection, base: &Projection, link: &str) -> String {
    let (kind, data) = chart.data(sc, base);
    let a = axis(kind, &data);
    let mut o = String::new();
    let _ = writeln!(
        o,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{W}\" height=\"{H}\" viewBox=\"0 0 {W} {H}\" font-family=\"Helvetica, Arial, sans-serif\">\n<rect width=\"{W}\" height=\"{H}\" fill=\"#ffffff\"/>"
    );
    heading(&mut o, chart);
    legend(&mut o, kind, &data);
    grid(&mut o, &a);
    match kind {
        Kind::Lines { target } => {
            if let Some(t) = target {
                target_line(&mut o, &a, t);
            }
            line_marks(&mut o, &a, &data);
        }
        Kind::Stacked => bar_marks(&mut o, &a, &data),
    }
    year_labels(&mut o);
    footer(&mut o, link);
    o
}

fn heading(o: &mut String, chart: ChartId) {
    let _ = writeln!(
        o,
        "<text x=\"20\" y=\"34\" font-size=\"22\" font-weight=\"700\" fill=\"{INK}\">{}</text>\n<text x=\"20\" y=\"58\" font-size=\"14\" fill=\"{MUTED}\">India–Russia trade, {}, {} to {}</text>",
        esc(chart.title().en),
        text::MONEY_UNIT.en,
        fy_label(0),
        fy_label(N_YEARS - 1)
    );
}

fn legend(o: &mut String, kind: Kind, data: &[Series]) {
    let (mut lx, mut ly) = (20.0, 84.0);
    for s in data {
        let w = 28.0 + s.name.en.chars().count() as f64 * 7.2;
        if lx + w > W - 20.0 {
            lx = 20.0;
            ly += 18.0;
        }
        let c = s.paint.colour();
        if kind == Kind::Stacked {
            let _ = write!(
                o,
                "<rect x=\"{lx}\" y=\"{}\" width=\"14\" height=\"10\" fill=\"{c}\"/>",
                ly - 9.0
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

fn target_line(o: &mut String, a: &Axis, t: f64) {
    let yy = y(a, t);
    let _ = writeln!(
        o,
        "<line x1=\"{ML}\" x2=\"{}\" y1=\"{yy:.1}\" y2=\"{yy:.1}\" stroke=\"{}\" stroke-width=\"2\" stroke-dasharray=\"2 3\"/><text x=\"{}\" y=\"{:.1}\" font-size=\"12\" font-weight=\"700\" text-anchor=\"end\" fill=\"{INK}\">Target US$ {t:.0} bn</text>",
        W - MR,
        palette::TARGET,
        W - MR,
        yy - 6.0
    );
}

fn line_marks(o: &mut String, a: &Axis, data: &[Series]) {
    for s in data {
        let pts: Vec<String> = (0..N_YEARS)
            .map(|t| format!("{:.1},{:.1}", x(t), y(a, s.values[t])))
            .collect();
        let _ = writeln!(
            o,
            "<polyline fill=\"none\" stroke=\"{}\" stroke-width=\"3\"{} points=\"{}\"/>",
            s.paint.colour(),
            if s.dashed {
                " stroke-dasharray=\"6 5\""
            } else {
                ""
            },
            pts.join(" ")
        );
    }
}

fn bar_marks(o: &mut String, a: &Axis, data: &[Series]) {
    let bw = (W - ML - MR) / N_YEARS as f64 * 0.64;
    for t in 0..N_YEARS {
        for (k, s) in data.iter().enumerate() {
            let (below, top) = stack(data, k, t);
            let (y0, y1) = (y(a, below), y(a, top));
            let _ = write!(
                o,
                "<rect x=\"{:.1}\" y=\"{y1:.1}\" width=\"{bw:.1}\" height=\"{:.1}\" fill=\"{}\"/>",
                x(t) - bw / 2.0,
                (y0 - y1).max(0.0),
                s.paint.colour()
            );
        }
        o.push('\n');
    }
}

fn year_labels(o: &mut String) {
    for t in 0..N_YEARS {
        let _ = write!(
            o,
            "<text x=\"{:.1}\" y=\"{}\" font-size=\"12\" text-anchor=\"middle\" fill=\"{MUTED}\">{}</text>",
            x(t),
            H - MB + 18.0,
            &fy_label(t)[2..]
        );
    }
    o.push('\n');
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
        let p = crate::baseline().unwrap().params;
        let sc = project(&p, &Scenario::baseline(&p));
        for c in ChartId::ALL {
            let svg = standalone_svg(c, &sc, &sc, "http://127.0.0.1/?v=1&a=<b>");
            assert!(svg.starts_with("<svg xmlns"));
            assert!(svg.contains(&esc(c.title().en)));
            assert!(svg.contains("Source: Department of Commerce"));
            assert!(svg.contains("v=1&amp;a=&lt;b&gt;"));
            assert!(!svg.contains("NaN"));
            for s in c.data(&sc, &sc).1 {
                assert!(svg.contains(&esc(s.name.en)), "{}", s.name.en);
            }
        }
    }
}
