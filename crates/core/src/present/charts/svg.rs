//! A chart as a standalone SVG document for downloads: title, unit line, legend, plot, source
//! line and link drawn in, with explicit colours (no stylesheet needed).

use crate::data::Baseline;
use crate::fy;
use crate::insight::attribution::Attribution;
use crate::model::Projection;
use crate::present::charts::chart::{
    dash, palette, ChartData, ChartId, Extras, Kind, Paint, Series, Swatch,
};
use crate::present::charts::geometry::{
    axis, download, end_labels, end_room, scale, step_bar, year_labels, Columns, Frame, Margins,
    STEP_INSET, STEP_ROW,
};
use crate::present::charts::waterfall::{self, step_value};
use crate::present::escape_html as esc;
use crate::present::format::{fy_short, Loc};
use crate::present::words::{insight, narrative};
use crate::text;
use crate::tr::Lang;
use std::fmt::Write;

const W: f64 = download::WIDTH;
/// Left edge of every text block, and the width it may fill.
const LEFT: f64 = 20.0;
const TEXT_W: f64 = W - 2.0 * LEFT;
const INK: &str = "#1c1c1c";
const MUTED: &str = "#5c5c5c";
const GRID: &str = "#dddddd";

/// A downloaded chart: the SVG text and its size in CSS pixels (the height grows with the lines
/// its legend and source need in the reader's language).
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    pub svg: String,
    pub width: u32,
    pub height: u32,
}

/// A text's width in the downloads' sans-serif at `size` px, estimated on the wide side (DejaVu
/// Sans, the widest of the fonts the SVG names or falls back to), so that what is laid out with
/// it fits in any of them.
pub fn text_width(s: &str, size: f64, bold: bool) -> f64 {
    let em: f64 = s
        .chars()
        .map(|c| match c {
            ' ' => 0.32,
            'i' | 'l' | 'j' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' | '·' => 0.32,
            'f' | 't' | 'r' | '(' | ')' | '[' | ']' | '/' | '-' | '"' => 0.44,
            'm' | 'w' | 'M' | 'W' | '%' | '@' => 1.0,
            '0'..='9' | '$' | '₹' | '+' | '=' | '?' | '&' => 0.66,
            'A'..='Z' => 0.76,
            'a'..='z' => 0.62,
            // Cyrillic, Devanagari (its marks counted as letters), dashes and the rest
            _ => 0.72,
        })
        .sum();
    em * size * if bold { 1.1 } else { 1.0 }
}

/// Greedy line breaking at spaces (or, for a word wider than the line, anywhere) so that each
/// line's estimated width fits `max`.
pub fn wrap(s: &str, size: f64, max: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in s.split(' ').filter(|w| !w.is_empty()) {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if text_width(&candidate, size, false) <= max {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        // a word too wide for a line of its own is cut where it must be
        for c in word.chars() {
            if !line.is_empty() && text_width(&format!("{line}{c}"), size, false) > max {
                lines.push(std::mem::take(&mut line));
            }
            line.push(c);
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// A link broken for the image's width: after each `&` where it can be, anywhere where it must.
fn wrap_link(link: &str, size: f64, max: f64) -> Vec<String> {
    wrap(&link.replace('&', "& "), size, max)
        .into_iter()
        .map(|l| l.replace("& ", "&"))
        .collect()
}

/// Lines of text from `top` (the first baseline), `step` apart; the baseline after the last.
fn text_lines(o: &mut String, lines: &[String], top: f64, step: f64, attrs: &str) -> f64 {
    let mut yy = top;
    for l in lines {
        let _ = writeln!(
            o,
            "<text x=\"{LEFT}\" y=\"{yy:.1}\" {attrs}>{}</text>",
            esc(l)
        );
        yy += step;
    }
    yy
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
    /// The scenario's name, when the reader gave it one (the legend's words for its line).
    pub name: Option<&'a str>,
    /// The pinned scenario's name, likewise (`pinname=`).
    pub pinned_name: Option<&'a str>,
    /// The journalist's own title, subtitle and note (`title=`, `subtitle=`, `note=`), in place
    /// of the finding, the subject line, and above the source line.
    pub words: Words<'a>,
}

impl Drawn<'_> {
    /// The legend's names for the scenario and the pinned scenario.
    pub fn names(&self) -> crate::present::charts::chart::Names<'_> {
        crate::present::charts::chart::Names {
            scenario: self.name,
            pinned: self.pinned_name,
        }
    }
}

/// A chart's own words, when a journalist set them.
#[derive(Clone, Copy, Debug, Default)]
pub struct Words<'a> {
    pub title: Option<&'a str>,
    pub subtitle: Option<&'a str>,
    pub note: Option<&'a str>,
}

/// The document around a body drawn `height` px tall.
fn document(body: String, height: f64) -> Document {
    let h = height.ceil();
    Document {
        svg: format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{W}\" height=\"{h}\" viewBox=\"0 0 {W} {h}\" font-family=\"Helvetica, Arial, 'Noto Sans', 'Noto Sans Devanagari', 'Nirmala UI', 'Lohit Devanagari', sans-serif\">\n<rect width=\"{W}\" height=\"{h}\" fill=\"#ffffff\"/>\n{body}</svg>\n"
        ),
        width: W as u32,
        height: h as u32,
    }
}

/// A standalone SVG of one chart, 720 units wide: its title, unit line and legend in as many
/// lines as the language needs, the plot, the source and the link.
pub fn standalone_svg(chart: ChartId, f: &Drawn, link: &str) -> Document {
    let mut o = String::new();
    let loc = &f.loc;
    let below = match chart.data(loc, f.baseline, f.scenario, f.base, f.extras) {
        Some(d) => plot(&mut o, f, chart, &d) + 44.0,
        None => waterfalls(&mut o, f) + 24.0,
    };
    let below = note(&mut o, f.words.note, below);
    let end = footer(&mut o, loc, link, below);
    document(o, end)
}

/// A chart over time: its heading and legend, then the plot with every mark and the years under
/// it; the plot's bottom.
fn plot(o: &mut String, f: &Drawn, chart: ChartId, d: &ChartData) -> f64 {
    let loc = &f.loc;
    let below_heading = heading(o, f, chart, d);
    let below_legend = legend(o, loc, d, f.names(), below_heading + 8.0);
    // room above the plot for the target's label
    let top = below_legend + 26.0;
    let a = axis(d);
    let value = |v: f64| loc.num(v, loc.chart_decimals());
    let room = end_room(&a, &value, &|s: &str| text_width(s, END_SIZE, true));
    let margins = Margins {
        right: download::MARGINS.right.max(room),
        ..download::MARGINS
    };
    let fr = Frame {
        cols: Columns::new(W, margins, d.timeline.len()),
        axis: &a,
        top,
        bottom: top + download::PLOT_HEIGHT,
    };
    grid(o, loc, &fr);
    divider(o, loc, d, &fr);
    if let Some(b) = &d.band {
        let _ = writeln!(
            o,
            "<polygon fill=\"{}\" fill-opacity=\"0.3\" points=\"{}\"/>",
            palette::BAND,
            fr.band_outline(b)
        );
        polyline(o, &fr, &b.p50, palette::BAND, 2.0, None);
    }
    match d.kind {
        Kind::Lines { target } => {
            if let Some(t) = target {
                target_line(o, loc, &fr, t, f.scenario.target);
            }
            line_marks(o, &fr, d);
        }
        Kind::Stacked => bar_marks(o, &fr, d),
    }
    if let Some(s) = &d.pinned {
        series_line(o, &fr, s);
    }
    partial_mark(o, &fr, d);
    end_values(o, d, &fr, &value);
    years(o, loc, d, &fr);
    fr.bottom
}

/// Both waterfalls of "what moved", one above the other; the y below them.
fn waterfalls(o: &mut String, f: &Drawn) -> f64 {
    let (loc, moved) = (&f.loc, f.moved);
    let (fy, unit) = (loc.fy(fy::HORIZON), loc.unit());
    let sub = match loc.lang {
        Lang::En => {
            format!("{fy}, your scenario against current trends, by group of levers ({unit})")
        }
        Lang::Hi => format!("{fy}, मौजूदा रुझानों के मुक़ाबले आपका परिदृश्य, लीवर-समूहों के अनुसार ({unit})"),
        Lang::Ru => {
            format!("{fy}, ваш сценарий против текущих тенденций, по группам ползунков ({unit})")
        }
    };
    let below = title_and_sub(
        o,
        f.words
            .title
            .unwrap_or(ChartId::Moved.title_text().get(loc.lang)),
        f.words.subtitle.unwrap_or(&sub),
    );
    let mut top = below + 4.0;
    for a in moved {
        top = waterfall_panel(o, loc, a, top) + 12.0;
    }
    top
}

/// The title (22 px, bold) and the line under it (14 px), each wrapped to the width; the y below.
fn title_and_sub(o: &mut String, title: &str, sub: &str) -> f64 {
    let titles = wrap(title, 22.0 * 1.1, TEXT_W);
    // 22 px lines 31 apart: Devanagari's marks above and below need more room than Latin
    let below = text_lines(
        o,
        &titles,
        34.0,
        31.0,
        &format!("font-size=\"22\" font-weight=\"700\" fill=\"{INK}\""),
    );
    let subs = wrap(sub, 14.0, TEXT_W);
    text_lines(
        o,
        &subs,
        below - 3.0,
        18.0,
        &format!("font-size=\"14\" fill=\"{MUTED}\""),
    )
}

/// One waterfall: a row per step, bars from the running sum, the value at the bar's end.
fn waterfall_panel(o: &mut String, loc: &Loc, a: &Attribution, top: f64) -> f64 {
    let steps = waterfall::waterfall(loc, a);
    // the bars start right of the longest label; a bar that ends on the left has its value
    // there, so it needs room for that too
    let labels = steps
        .iter()
        .map(|s| text_width(s.label.get(loc.lang), 13.0, false))
        .fold(0.0, f64::max);
    let values = steps
        .iter()
        .map(|s| text_width(&step_value(loc, s), 12.0, false))
        .fold(0.0, f64::max);
    let left = (LEFT + labels + 12.0).max(190.0)
        + if steps.iter().any(|s| s.from.min(s.to) < 0.0) {
            values + 8.0
        } else {
            0.0
        };
    let right = W - LEFT - values - 8.0;
    let right = right.max(left + 100.0);
    let zero = scale(&steps, left, right)(0.0);
    let _ = writeln!(
        o,
        "<text x=\"20\" y=\"{}\" font-size=\"15\" font-weight=\"700\" fill=\"{INK}\">{}</text>",
        top + 14.0,
        esc(&insight::waterfall_title(loc.lang, a.measure))
    );
    let row = STEP_ROW;
    let y0 = top + 26.0;
    let _ = writeln!(
        o,
        "<line x1=\"{:.1}\" x2=\"{:.1}\" y1=\"{y0}\" y2=\"{}\" stroke=\"{MUTED}\" stroke-width=\"1\"/>",
        zero,
        zero,
        y0 + row * steps.len() as f64
    );
    for (i, s) in steps.iter().enumerate() {
        let yy = y0 + i as f64 * row;
        let bar = step_bar(&steps, i, left, right, 5.0);
        let _ = writeln!(
            o,
            "<text x=\"20\" y=\"{:.1}\" font-size=\"13\" fill=\"{INK}\">{}</text><rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{}\" fill=\"{}\"/><text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\" text-anchor=\"{}\" fill=\"{INK}\">{}</text>",
            yy + 15.0,
            esc(s.label.get(loc.lang)),
            bar.x,
            yy + STEP_INSET,
            bar.width,
            row - 2.0 * STEP_INSET,
            s.paint.colour(),
            bar.label_x,
            yy + 15.0,
            bar.anchor,
            step_value(loc, s)
        );
    }
    y0 + row * steps.len() as f64
}

fn polyline(
    o: &mut String,
    fr: &Frame,
    values: &[Option<f64>],
    colour: &str,
    width: f64,
    dash: Option<&str>,
) {
    for run in fr.runs(values) {
        let points: Vec<String> = run.iter().map(|(x, y)| format!("{x:.1},{y:.1}")).collect();
        let _ = writeln!(
            o,
            "<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"{width}\"{} points=\"{}\"/>",
            dash.map_or(String::new(), |d| format!(" stroke-dasharray=\"{d}\"")),
            points.join(" ")
        );
    }
}

fn series_line(o: &mut String, fr: &Frame, s: &Series) {
    polyline(o, fr, &s.values, s.paint.colour(), 3.0, dash(s));
}

/// The title (the scenario's finding, or the journalist's) and the line under it (the chart's
/// subject, unit and years, or the journalist's); the y below them.
fn heading(o: &mut String, f: &Drawn, chart: ChartId, d: &ChartData) -> f64 {
    let loc = &f.loc;
    let finding = narrative::chart_title(loc, chart, f.scenario)
        .unwrap_or_else(|| chart.title(loc, f.scenario.target));
    let mut sub = chart.subtitle(loc, d);
    // stacked bars have no key of their own: say whose they are when it is not obvious
    if d.kind == Kind::Stacked && (f.name.is_some() || d.pinned.is_some()) {
        let yours = crate::tr::pick(loc.lang, "your scenario", "आपका परिदृश्य", "ваш сценарий");
        let whose = f.name.unwrap_or(yours);
        let bars = crate::tr::pick(loc.lang, "bars", "स्तंभ", "столбцы");
        sub = format!("{sub}; {bars}: {whose}");
    }
    title_and_sub(
        o,
        f.words.title.unwrap_or(&finding),
        f.words.subtitle.unwrap_or(&sub),
    )
}

/// The legend in rows from `top`, each key as wide as its words; the y below the last row.
fn legend(
    o: &mut String,
    loc: &Loc,
    d: &ChartData,
    named: crate::present::charts::chart::Names,
    top: f64,
) -> f64 {
    let (mut lx, mut ly) = (LEFT, top + 14.0);
    for k in d.keys() {
        let name = crate::present::charts::chart::named(k.name, loc.lang, named);
        let name = name.as_str();
        let w = 20.0 + text_width(name, 13.0, false) + 16.0;
        if lx > LEFT && lx + w > W - LEFT + 16.0 {
            lx = LEFT;
            ly += 20.0;
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
    ly + 4.0
}

fn grid(o: &mut String, loc: &Loc, fr: &Frame) {
    let dec = fr.axis.decimals();
    let (left, right) = (fr.cols.left, fr.cols.right());
    for &v in &fr.axis.ticks {
        let yy = fr.y(v);
        let _ = writeln!(
            o,
            "<line x1=\"{left}\" x2=\"{right}\" y1=\"{yy:.1}\" y2=\"{yy:.1}\" stroke=\"{}\" stroke-width=\"1\"/><text x=\"{}\" y=\"{:.1}\" font-size=\"12\" text-anchor=\"end\" fill=\"{MUTED}\">{}</text>",
            if v == 0.0 { MUTED } else { GRID },
            left - 6.0,
            yy + 4.0,
            loc.num(v, dec)
        );
    }
}

/// A dashed rule after the base year, "actual" to its left and "projection" to its right.
fn divider(o: &mut String, loc: &Loc, d: &ChartData, fr: &Frame) {
    let xx = fr.cols.after(d.timeline.base_index());
    let _ = writeln!(
        o,
        "<line x1=\"{xx:.1}\" x2=\"{xx:.1}\" y1=\"{}\" y2=\"{}\" stroke=\"{MUTED}\" stroke-width=\"1\" stroke-dasharray=\"3 3\"/><text x=\"{:.1}\" y=\"{}\" font-size=\"11\" text-anchor=\"end\" fill=\"{MUTED}\">{}</text><text x=\"{:.1}\" y=\"{}\" font-size=\"11\" fill=\"{MUTED}\">{}</text>",
        fr.top,
        fr.bottom,
        xx - 4.0,
        fr.top + 10.0,
        esc(text::ERA_ACTUAL.get(loc.lang)),
        xx + 4.0,
        fr.top + 10.0,
        esc(text::ERA_PROJECTION.get(loc.lang))
    );
}

fn target_line(o: &mut String, loc: &Loc, fr: &Frame, t: f64, target_usd: f64) {
    let yy = fr.y(t);
    let label = text::TARGET_LABEL.fill(loc.lang, &loc.num(target_usd, 0));
    let (left, right) = (fr.cols.left, fr.cols.right());
    let _ = writeln!(
        o,
        "<line x1=\"{left}\" x2=\"{right}\" y1=\"{yy:.1}\" y2=\"{yy:.1}\" stroke=\"{}\" stroke-width=\"2\" stroke-dasharray=\"2 3\"/><text x=\"{}\" y=\"{:.1}\" font-size=\"12\" font-weight=\"700\" fill=\"{INK}\">{}</text>",
        palette::TARGET,
        left + 6.0,
        yy - 6.0,
        esc(&label)
    );
}

/// Polylines through the years with a value; a missing year breaks the line.
fn line_marks(o: &mut String, fr: &Frame, d: &ChartData) {
    for s in &d.series {
        series_line(o, fr, s);
    }
}

fn bar_marks(o: &mut String, fr: &Frame, d: &ChartData) {
    for i in 0..d.timeline.len() {
        for (k, s) in d.series.iter().enumerate() {
            let Some(r) = fr.bar(&d.series, k, i) else {
                continue;
            };
            let _ = write!(
                o,
                "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"{}\"{}/>",
                r.x,
                r.y,
                r.width,
                r.height,
                s.paint.colour(),
                outline(s.paint)
            );
        }
        o.push('\n');
    }
}

/// The running year's months so far: a hollow marker (line charts) or a narrow outlined bar
/// (stacked), labelled with the months ("Apr–Oct") above it.
fn partial_mark(o: &mut String, fr: &Frame, d: &ChartData) {
    let Some(p) = &d.partial else {
        return;
    };
    // the shape, its outline's width and its top
    let (shape, stroke, top) = match d.kind {
        Kind::Lines { .. } => {
            let (x, y) = (fr.x(p.index), fr.y(p.value));
            (
                format!("circle class=\"partial\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"5\""),
                2.0,
                y - 5.0,
            )
        }
        Kind::Stacked => {
            let r = fr.partial_bar(p);
            let (x, y, w, h) = (r.x, r.y, r.width, r.height);
            let rect = format!("rect class=\"partial\" x=\"{x:.1}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"{h:.1}\"");
            (rect, 1.5, r.y)
        }
    };
    let _ = writeln!(
        o,
        "<{shape} fill=\"#ffffff\" stroke=\"{INK}\" stroke-width=\"{stroke}\"/>"
    );
    let _ = writeln!(
        o,
        "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"middle\" fill=\"{INK}\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">{}</text>",
        fr.x(p.index),
        top - 4.0,
        crate::present::escape_html(&p.label)
    );
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

/// The size of the values written beside the lines.
const END_SIZE: f64 = 12.0;

/// The years under the plot: the first, the base year and FY2030-31 always, others as they fit.
fn years(o: &mut String, loc: &Loc, d: &ChartData, fr: &Frame) {
    let tl = d.timeline;
    let widest = tl
        .years()
        .map(|y| text_width(&fy_short(loc.lang, y), 12.0, false))
        .fold(0.0, f64::max);
    for i in year_labels(tl.len(), tl.base_index(), fr.cols.column(), widest + 6.0) {
        let _ = write!(
            o,
            "<text x=\"{:.1}\" y=\"{}\" font-size=\"12\" text-anchor=\"middle\" fill=\"{MUTED}\">{}</text>",
            fr.x(i),
            fr.bottom + 18.0,
            fy_short(loc.lang, tl.year(i))
        );
    }
    o.push('\n');
}

/// The values of the last year beside each line, and the last actual year's, in the line's
/// colour, on a white halo.
fn end_values(o: &mut String, d: &ChartData, fr: &Frame, value: &dyn Fn(f64) -> String) {
    for l in end_labels(d, fr, value, END_SIZE + 2.0) {
        let colour = match l.paint {
            Paint::Actual | Paint::Estimate => INK,
            p => p.colour(),
        };
        let _ = writeln!(
            o,
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"{END_SIZE}\" font-weight=\"700\" text-anchor=\"{}\" fill=\"{colour}\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">{}</text>",
            l.x,
            l.y,
            l.anchor,
            value(l.value)
        );
    }
}

/// The journalist's note, wrapped, above the source line; the y below it.
fn note(o: &mut String, note: Option<&str>, top: f64) -> f64 {
    let Some(n) = note else {
        return top;
    };
    let lines = wrap(n, 13.0, TEXT_W);
    text_lines(
        o,
        &lines,
        top,
        17.0,
        &format!("font-size=\"13\" fill=\"{INK}\""),
    ) + 4.0
}

/// The source line and the link from `top`, each wrapped to the width; the document's height.
fn footer(o: &mut String, loc: &Loc, link: &str, top: f64) -> f64 {
    let source = wrap(text::SOURCE_SHORT.get(loc.lang), 11.0, TEXT_W);
    let below = text_lines(
        o,
        &source,
        top,
        14.0,
        &format!("font-size=\"11\" fill=\"{MUTED}\""),
    );
    let links = wrap_link(link, 11.0, TEXT_W);
    let below = text_lines(
        o,
        &links,
        below + 2.0,
        14.0,
        &format!("font-size=\"11\" fill=\"{}\"", palette::SCENARIO),
    );
    below - 14.0 + 10.0
}

#[cfg(test)]
mod tests;
