//! Chart data and geometry shared by the page's live SVG charts and the downloadable SVG/PNG:
//! the four charts' series, round axis ticks, and a standalone SVG with title, legend, source line
//! and link drawn in (explicit colours, no stylesheet needed).

use crate::data::{EXPORT_SECTORS, IMPORT_GROUPS};
use crate::format::num;
use crate::model::{fy_label, Projection, N_YEARS};

#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub name: &'static str,
    /// CSS class giving its colour on the page (`s-scenario`, `s-base`, `c0` … `c6`).
    pub class: &'static str,
    pub dashed: bool,
    pub values: [f64; N_YEARS],
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Kind {
    Lines { target: Option<f64> },
    Stacked,
}

/// The four charts: id (as in links: `chart=total`), title.
pub const CHARTS: [(&str, &str); 4] = [
    ("balance", "Trade balance"),
    ("total", "Total trade against the US$ 100 bn target"),
    ("exports", "India's exports to Russia by sector"),
    ("imports", "India's imports from Russia by group"),
];

const CLASSES: [&str; 7] = ["c0", "c1", "c2", "c3", "c4", "c5", "c6"];
/// Okabe–Ito colours for `c0` … `c6`, and the scenario/baseline/target lines (light theme).
const COLOURS: [&str; 7] = [
    "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#999999",
];

fn pick(p: &Projection, f: impl Fn(&crate::model::Year) -> f64) -> [f64; N_YEARS] {
    let mut v = [0.0; N_YEARS];
    for (t, y) in p.years.iter().enumerate() {
        v[t] = f(y);
    }
    v
}

/// Kind and series of chart `i` (index into [`CHARTS`]).
pub fn chart_data(i: usize, sc: &Projection, base: &Projection) -> (Kind, Vec<Series>) {
    let s = |name, class, dashed, values| Series {
        name,
        class,
        dashed,
        values,
    };
    match i {
        0 => (
            Kind::Lines { target: None },
            vec![
                s(
                    "Your scenario",
                    "s-scenario",
                    false,
                    pick(sc, |y| y.balance),
                ),
                s("Current trends", "s-base", true, pick(base, |y| y.balance)),
            ],
        ),
        1 => (
            Kind::Lines {
                target: Some(sc.target),
            },
            vec![
                s(
                    "Your scenario",
                    "s-scenario",
                    false,
                    pick(sc, |y| y.total_trade),
                ),
                s(
                    "Current trends",
                    "s-base",
                    true,
                    pick(base, |y| y.total_trade),
                ),
            ],
        ),
        2 => (
            Kind::Stacked,
            EXPORT_SECTORS
                .iter()
                .enumerate()
                .map(|(k, id)| s(id.label, CLASSES[k], false, pick(sc, |y| y.exports[k])))
                .collect(),
        ),
        _ => (
            Kind::Stacked,
            IMPORT_GROUPS
                .iter()
                .enumerate()
                .map(|(k, id)| s(id.label, CLASSES[k], false, pick(sc, |y| y.imports[k])))
                .collect(),
        ),
    }
}

/// Round numbers for the axis: a step of 1, 2 or 5 × 10ᵏ giving about four intervals.
pub fn nice_ticks(lo: f64, hi: f64) -> Vec<f64> {
    let span = (hi - lo).max(1e-9);
    let raw = span / 4.0;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag);
    let start = (lo / step).floor() * step;
    let mut ticks = Vec::new();
    let mut v = start;
    while v <= hi + step * 0.5 && ticks.len() < 12 {
        ticks.push(if v.abs() < step * 1e-9 { 0.0 } else { v });
        v += step;
    }
    ticks
}

/// The value range and ticks a chart's y axis needs.
pub fn extent(kind: Kind, data: &[Series]) -> (f64, f64, Vec<f64>) {
    let (mut lo, mut hi) = (0.0f64, 0.0f64);
    match kind {
        Kind::Lines { target } => {
            for s in data {
                for v in s.values {
                    if v.is_finite() {
                        lo = lo.min(v);
                        hi = hi.max(v);
                    }
                }
            }
            if let Some(t) = target {
                hi = hi.max(t);
            }
        }
        Kind::Stacked => {
            for t in 0..N_YEARS {
                hi = hi.max(data.iter().map(|s| s.values[t].max(0.0)).sum());
            }
        }
    }
    if hi - lo < 1e-9 {
        hi = lo + 1.0;
    }
    let ticks = nice_ticks(lo, hi);
    let lo = ticks.first().copied().unwrap_or(lo).min(lo);
    let hi = ticks.last().copied().unwrap_or(hi).max(hi);
    (lo, hi, ticks)
}

/// Decimals for tick labels.
pub fn tick_decimals(ticks: &[f64]) -> usize {
    if ticks.len() > 1 && (ticks[1] - ticks[0]) < 1.0 {
        1
    } else {
        0
    }
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn colour(class: &str) -> &'static str {
    match class {
        "s-scenario" => "#0072b2",
        "s-base" => "#6b6b6b",
        c => CLASSES
            .iter()
            .position(|k| *k == c)
            .map_or("#333333", |i| COLOURS[i]),
    }
}

/// A standalone SVG of chart `i`: title, legend, plot, source line and link. 720 × 480 units.
pub fn standalone_svg(i: usize, sc: &Projection, base: &Projection, link: &str) -> String {
    const W: f64 = 720.0;
    const H: f64 = 480.0;
    let (ml, mr, mt, mb) = (56.0, 20.0, 110.0, 70.0);
    let (kind, data) = chart_data(i, sc, base);
    let (lo, hi, ticks) = extent(kind, &data);
    let y = |v: f64| mt + (hi - v) / (hi - lo) * (H - mt - mb);
    let x = |t: usize| ml + (t as f64 + 0.5) * (W - ml - mr) / N_YEARS as f64;
    let mut o = String::new();
    o.push_str(&format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{W}\" height=\"{H}\" viewBox=\"0 0 {W} {H}\" font-family=\"Helvetica, Arial, sans-serif\">\n<rect width=\"{W}\" height=\"{H}\" fill=\"#ffffff\"/>\n"
    ));
    o.push_str(&format!(
        "<text x=\"20\" y=\"34\" font-size=\"22\" font-weight=\"700\" fill=\"#1c1c1c\">{}</text>\n<text x=\"20\" y=\"58\" font-size=\"14\" fill=\"#5c5c5c\">India–Russia trade, US$ bn at current prices, {} to {}</text>\n",
        esc(CHARTS[i.min(3)].1),
        fy_label(0),
        fy_label(N_YEARS - 1)
    ));
    // legend
    let mut lx = 20.0;
    let mut ly = 84.0;
    for s in &data {
        let w = 28.0 + s.name.chars().count() as f64 * 7.2;
        if lx + w > W - 20.0 {
            lx = 20.0;
            ly += 18.0;
        }
        let c = colour(s.class);
        if kind == Kind::Stacked {
            o.push_str(&format!(
                "<rect x=\"{lx}\" y=\"{}\" width=\"14\" height=\"10\" fill=\"{c}\"/>",
                ly - 9.0
            ));
        } else {
            o.push_str(&format!(
                "<line x1=\"{lx}\" x2=\"{}\" y1=\"{}\" y2=\"{}\" stroke=\"{c}\" stroke-width=\"3\"{}/>",
                lx + 16.0,
                ly - 4.0,
                ly - 4.0,
                if s.dashed { " stroke-dasharray=\"5 4\"" } else { "" }
            ));
        }
        o.push_str(&format!(
            "<text x=\"{}\" y=\"{ly}\" font-size=\"13\" fill=\"#1c1c1c\">{}</text>\n",
            lx + 20.0,
            esc(s.name)
        ));
        lx += w;
    }
    let dec = tick_decimals(&ticks);
    for &v in &ticks {
        let yy = y(v);
        o.push_str(&format!(
            "<line x1=\"{ml}\" x2=\"{}\" y1=\"{yy:.1}\" y2=\"{yy:.1}\" stroke=\"{}\" stroke-width=\"1\"/><text x=\"{}\" y=\"{:.1}\" font-size=\"12\" text-anchor=\"end\" fill=\"#5c5c5c\">{}</text>\n",
            W - mr,
            if v == 0.0 { "#5c5c5c" } else { "#dddddd" },
            ml - 6.0,
            yy + 4.0,
            num(v, dec)
        ));
    }
    match kind {
        Kind::Lines { target } => {
            if let Some(t) = target {
                let yy = y(t);
                o.push_str(&format!(
                    "<line x1=\"{ml}\" x2=\"{}\" y1=\"{yy:.1}\" y2=\"{yy:.1}\" stroke=\"#e69f00\" stroke-width=\"2\" stroke-dasharray=\"2 3\"/><text x=\"{}\" y=\"{:.1}\" font-size=\"12\" font-weight=\"700\" text-anchor=\"end\" fill=\"#1c1c1c\">Target US$ {t:.0} bn</text>\n",
                    W - mr,
                    W - mr,
                    yy - 6.0
                ));
            }
            for s in &data {
                let pts: Vec<String> = (0..N_YEARS)
                    .map(|t| format!("{:.1},{:.1}", x(t), y(s.values[t])))
                    .collect();
                o.push_str(&format!(
                    "<polyline fill=\"none\" stroke=\"{}\" stroke-width=\"3\"{} points=\"{}\"/>\n",
                    colour(s.class),
                    if s.dashed {
                        " stroke-dasharray=\"6 5\""
                    } else {
                        ""
                    },
                    pts.join(" ")
                ));
            }
        }
        Kind::Stacked => {
            let bw = (W - ml - mr) / N_YEARS as f64 * 0.64;
            for t in 0..N_YEARS {
                let mut acc = 0.0;
                for s in &data {
                    let v = s.values[t].max(0.0);
                    let (y0, y1) = (y(acc), y(acc + v));
                    acc += v;
                    o.push_str(&format!(
                        "<rect x=\"{:.1}\" y=\"{y1:.1}\" width=\"{bw:.1}\" height=\"{:.1}\" fill=\"{}\"/>",
                        x(t) - bw / 2.0,
                        (y0 - y1).max(0.0),
                        colour(s.class)
                    ));
                }
                o.push('\n');
            }
        }
    }
    for t in 0..N_YEARS {
        o.push_str(&format!(
            "<text x=\"{:.1}\" y=\"{}\" font-size=\"12\" text-anchor=\"middle\" fill=\"#5c5c5c\">{}</text>",
            x(t),
            H - mb + 18.0,
            &fy_label(t)[2..]
        ));
    }
    o.push_str(&format!(
        "\n<text x=\"20\" y=\"{}\" font-size=\"11\" fill=\"#5c5c5c\">Source: Department of Commerce (FY2024-25 totals); sector splits partly estimates. Model: WITS SMART partial equilibrium. Illustrative.</text>\n<text x=\"20\" y=\"{}\" font-size=\"11\" fill=\"#0072b2\">{}</text>\n</svg>\n",
        H - 26.0,
        H - 10.0,
        esc(link)
    ));
    o
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{project, Scenario};

    #[test]
    fn ticks_are_round() {
        assert_eq!(nice_ticks(0.0, 77.5), vec![0.0, 20.0, 40.0, 60.0, 80.0]);
        assert_eq!(nice_ticks(-59.0, 0.0), vec![-60.0, -40.0, -20.0, 0.0]);
        assert_eq!(nice_ticks(0.0, 1.0), vec![0.0, 0.5, 1.0]);
    }

    #[test]
    fn standalone_svg_has_title_source_link_and_every_series() {
        let p = crate::baseline().unwrap().params;
        let sc = project(&p, &Scenario::baseline(&p));
        for (i, (_, title)) in CHARTS.iter().enumerate() {
            let svg = standalone_svg(i, &sc, &sc, "http://127.0.0.1/?v=1&a=<b>");
            assert!(svg.starts_with("<svg xmlns"));
            assert!(svg.contains(&esc(title)));
            assert!(svg.contains("Source: Department of Commerce"));
            assert!(svg.contains("v=1&amp;a=&lt;b&gt;"));
            assert!(!svg.contains("NaN"));
            let (_, data) = chart_data(i, &sc, &sc);
            for s in data {
                assert!(svg.contains(&esc(s.name)), "{}", s.name);
            }
        }
    }
}
