//! Where a chart's marks go, for every renderer: the page's live charts (`src/chart.rs`), its
//! waterfalls (`src/moved.rs`) and the downloads ([`svg`](super::svg)) take their positions from
//! here and only draw them. The y axis (round ticks over every value drawn), the years across
//! the plot, line runs broken at missing years, stacked bars, the band's outline, which years
//! carry a label, and the waterfall's scale and bars. Text is sized by each medium: the page's
//! stylesheet, and the download's own sizes (measured by [`svg::text_width`](super::svg::text_width)).

use crate::present::charts::chart::{stack, BandLines, ChartData, Kind, Paint, Series};
use crate::present::charts::waterfall::Step;

/// A plot's margins left and right of its columns, in the renderer's units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Margins {
    pub left: f64,
    pub right: f64,
}

/// The page's charts: viewBox units are CSS pixels and the width is the chart's on the screen.
pub mod page {
    use super::Margins;
    /// The width before a chart is measured.
    pub const WIDTH: f64 = 360.0;
    pub const HEIGHT: f64 = 210.0;
    /// Room for the tick numbers on the left.
    pub const MARGINS: Margins = Margins {
        left: 38.0,
        right: 8.0,
    };
    /// The plot's top (room for the "actual | projection" words) and its bottom (room for the
    /// years).
    pub const TOP: f64 = 14.0;
    pub const BOTTOM: f64 = HEIGHT - 22.0;

    /// Where a waterfall's labels end and its bars may start.
    const STEP_LABELS: f64 = 146.0;
    /// Room between the labels and the bars for the value of a bar that ends on the left (a
    /// deficit starting at the scale's left end), so that it never runs into a long label.
    const LEFT_VALUE_ROOM: f64 = 34.0;
    /// Room right of the bars for a value label.
    const RIGHT_VALUE_ROOM: f64 = 38.0;

    /// Where the bars may run in a waterfall `width` wide: right of the labels, with room for a
    /// value label either side, and more on the left when a bar ends left of zero.
    pub fn step_span(steps: &[super::Step], width: f64) -> (f64, f64) {
        let left = if steps.iter().any(|s| s.from.min(s.to) < 0.0) {
            STEP_LABELS + LEFT_VALUE_ROOM
        } else {
            STEP_LABELS
        };
        (left, width - RIGHT_VALUE_ROOM)
    }
}

/// The downloads: a document 720 units wide, the plot 300 tall below the title and legend.
pub mod download {
    use super::Margins;
    pub const WIDTH: f64 = 720.0;
    pub const MARGINS: Margins = Margins {
        left: 56.0,
        right: 20.0,
    };
    pub const PLOT_HEIGHT: f64 = 300.0;
}

/// A waterfall's rows: each step a row this tall, its bar inset top and bottom.
pub const STEP_ROW: f64 = 22.0;
pub const STEP_INSET: f64 = 4.0;

/// The years across a plot: `n` equal columns, each year at a column's centre.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Columns {
    pub left: f64,
    pub width: f64,
    pub n: usize,
}

impl Columns {
    /// `n` columns in a drawing `total` wide, inside `m`.
    pub fn new(total: f64, m: Margins, n: usize) -> Columns {
        Columns {
            left: m.left,
            width: total - m.left - m.right,
            n,
        }
    }
    /// The right edge of the plot.
    pub fn right(&self) -> f64 {
        self.left + self.width
    }
    /// Centre of year `i`.
    pub fn x(&self, i: usize) -> f64 {
        self.left + (i as f64 + 0.5) * self.width / self.n as f64
    }
    /// A column's width (never negative: a chart laid out before it has a width draws nothing).
    pub fn column(&self) -> f64 {
        (self.width / self.n as f64).max(0.0)
    }
    /// A bar's width: about two thirds of its column.
    pub fn bar_width(&self) -> f64 {
        (self.width / self.n as f64 * 0.64).max(0.0)
    }
    /// Between year `i` and the next (the rule after the base year).
    pub fn after(&self, i: usize) -> f64 {
        (self.x(i) + self.x(i + 1)) / 2.0
    }
}

/// A bar's rectangle.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

/// A plot: its columns, and its axis from `top` (the axis' `hi`) down to `bottom` (`lo`).
#[derive(Clone, Copy, Debug)]
pub struct Frame<'a> {
    pub cols: Columns,
    pub axis: &'a Axis,
    pub top: f64,
    pub bottom: f64,
}

impl Frame<'_> {
    pub fn x(&self, i: usize) -> f64 {
        self.cols.x(i)
    }
    pub fn y(&self, v: f64) -> f64 {
        self.axis.scale(v, self.top, self.bottom)
    }

    /// The points of a line through the years with a value, in runs: a missing year breaks it.
    pub fn runs(&self, values: &[Option<f64>]) -> Vec<Vec<(f64, f64)>> {
        let mut runs: Vec<Vec<(f64, f64)>> = vec![Vec::new()];
        for (i, v) in values.iter().enumerate() {
            match v {
                Some(v) => runs
                    .last_mut()
                    .expect("one run")
                    .push((self.x(i), self.y(*v))),
                None if !runs.last().expect("one run").is_empty() => runs.push(Vec::new()),
                None => {}
            }
        }
        runs.retain(|r| !r.is_empty());
        runs
    }

    /// Series `k`'s bar in year `i` of a stacked chart; `None` where it has no value (its height
    /// may be 0).
    pub fn bar(&self, series: &[Series], k: usize, i: usize) -> Option<Rect> {
        series[k].values[i]?;
        let (lo, hi) = stack(series, k, i);
        let (top, bottom) = (self.y(hi), self.y(lo));
        let width = self.cols.bar_width();
        Some(Rect {
            x: self.x(i) - width / 2.0,
            y: top,
            width,
            height: (bottom - top).max(0.0),
        })
    }

    /// The running year's months on a stacked chart: a narrow bar (a third of a year's) from 0
    /// to their value, in the middle of the year's column, outlined over the projected bar.
    pub fn partial_bar(&self, p: &super::chart::Partial) -> Rect {
        let width = (self.cols.bar_width() / 3.0).max(3.0);
        let (top, bottom) = (self.y(p.value.max(0.0)), self.y(0.0));
        Rect {
            x: self.x(p.index) - width / 2.0,
            y: top,
            width,
            height: (bottom - top).max(0.0),
        }
    }

    /// The band as one closed outline: along the 90th percentile, back along the 10th (SVG
    /// `points`).
    pub fn band_outline(&self, b: &BandLines) -> String {
        let mut pts: Vec<String> = Vec::new();
        for (i, v) in b.p90.iter().enumerate() {
            if let Some(v) = v {
                pts.push(format!("{:.1},{:.1}", self.x(i), self.y(*v)));
            }
        }
        for (i, v) in b.p10.iter().enumerate().rev() {
            if let Some(v) = v {
                pts.push(format!("{:.1},{:.1}", self.x(i), self.y(*v)));
            }
        }
        pts.join(" ")
    }
}

/// Which years carry a label, in order: always the first year, the base year (the last actual
/// one) and the last (FY2030-31), which every headline is about; then every `step`-th year counted
/// from the base year, with the smallest step that keeps labels `room` apart (centre to centre,
/// `column` being the distance between two years). A year that would come closer than `room` to
/// one of the three is left out; where even those three crowd each other, the last year wins,
/// then the base year.
pub fn year_labels(n: usize, base: usize, column: f64, room: f64) -> Vec<usize> {
    if n == 0 {
        return Vec::new();
    }
    let apart = |i: usize, j: usize| i.abs_diff(j) as f64 * column >= room;
    let mut fixed: Vec<usize> = Vec::new();
    for i in [n - 1, base.min(n - 1), 0] {
        if fixed.iter().all(|&j| j != i && apart(i, j)) {
            fixed.push(i);
        }
    }
    let step = (1..n).find(|s| *s as f64 * column >= room).unwrap_or(n);
    let mut out: Vec<usize> = (0..n)
        .filter(|i| i.abs_diff(base) % step == 0)
        .filter(|i| fixed.iter().all(|&j| apart(*i, j)))
        .collect();
    out.extend(fixed);
    out.sort_unstable();
    out
}

/// A value written beside a chart's line: the last year's value of each line (or of the stacked
/// total) at the right of the plot, and the last actual year's above its point.
#[derive(Clone, Debug, PartialEq)]
pub struct EndLabel {
    pub x: f64,
    /// The text's baseline.
    pub y: f64,
    pub value: f64,
    pub paint: Paint,
    /// `start` (right of the plot) or `middle` (above or below a point).
    pub anchor: &'static str,
}

/// The values a chart writes out: the last year's value of your scenario, current trends and the
/// pinned scenario (on stacked charts, the stack's total and the pinned line), then the last
/// actual year's. Lines that end on the same written value get one label (your scenario's).
pub fn end_values(d: &ChartData, text: &dyn Fn(f64) -> String) -> Vec<(usize, f64, Paint)> {
    let (last, base) = (d.timeline.len() - 1, d.timeline.base_index());
    let mut out: Vec<(usize, f64, Paint)> = Vec::new();
    let mut push = |i: usize, v: Option<f64>, paint: Paint| {
        if let Some(v) = v.filter(|v| v.is_finite()) {
            if !out.iter().any(|&(j, w, _)| j == i && text(w) == text(v)) {
                out.push((i, v, paint));
            }
        }
    };
    let value = |paint: Paint, i: usize| {
        d.series
            .iter()
            .find(|s| s.paint == paint)
            .and_then(|s| s.values[i])
    };
    let total = |i: usize| {
        d.series
            .iter()
            .any(|s| s.values[i].is_some())
            .then(|| stack(&d.series, d.series.len(), i).1)
    };
    match d.kind {
        Kind::Lines { .. } => {
            push(last, value(Paint::Scenario, last), Paint::Scenario);
            push(last, value(Paint::Baseline, last), Paint::Baseline);
        }
        Kind::Stacked => push(last, total(last), Paint::Actual),
    }
    push(
        last,
        d.pinned.as_ref().and_then(|s| s.values[last]),
        Paint::Pinned,
    );
    let actual = match d.kind {
        Kind::Lines { .. } => value(Paint::Actual, base).or(value(Paint::Estimate, base)),
        Kind::Stacked => total(base),
    };
    push(base, actual, Paint::Actual);
    out
}

/// Where the written values go: those of the last year just right of the plot, moved apart
/// vertically so that no two are closer than `line` (and kept between the plot's top and
/// bottom); the last actual year's centred above its point, or below it where the plot's top
/// words are. `text` writes a value; the labels need `end_room(…)` right of the plot.
pub fn end_labels(
    d: &ChartData,
    fr: &Frame,
    text: &dyn Fn(f64) -> String,
    line: f64,
) -> Vec<EndLabel> {
    let last = d.timeline.len() - 1;
    // right of the last point, or of the last bar
    let gap = match d.kind {
        Kind::Lines { .. } => 6.0,
        Kind::Stacked => fr.cols.bar_width() / 2.0 + 4.0,
    };
    let mut right: Vec<EndLabel> = Vec::new();
    let mut out: Vec<EndLabel> = Vec::new();
    for (i, v, paint) in end_values(d, text) {
        let y = fr.y(v);
        if i == last {
            right.push(EndLabel {
                x: fr.x(i) + gap,
                y: y + line * 0.35,
                value: v,
                paint,
                anchor: "start",
            });
        } else {
            let above = y - line * 0.6;
            let y = if above - line < fr.top {
                y + line * 1.1
            } else {
                above
            };
            out.push(EndLabel {
                x: fr.x(i),
                y,
                value: v,
                paint,
                anchor: "middle",
            });
        }
    }
    right.sort_by(|a, b| a.y.total_cmp(&b.y));
    for k in 1..right.len() {
        right[k].y = right[k].y.max(right[k - 1].y + line);
    }
    // kept inside the plot: pushed up from the bottom, then down from the top
    let low = fr.bottom + line * 0.35;
    if let Some(over) = right.last().map(|l| l.y - low).filter(|o| *o > 0.0) {
        for l in &mut right {
            l.y -= over;
        }
    }
    let high = fr.top + line * 0.7;
    for k in 0..right.len() {
        let floor = if k == 0 { high } else { right[k - 1].y + line };
        right[k].y = right[k].y.max(floor);
    }
    right.extend(out);
    right
}

/// The room right of the plot that the last year's values need, `width` measuring a text: the
/// widest value the axis can reach with one more digit, so that a plot laid out once keeps room
/// as the values move (the values start up to a third of a column right of the last year's
/// centre, which is half a column inside the plot).
pub fn end_room(a: &Axis, text: &dyn Fn(f64) -> String, width: &dyn Fn(&str) -> f64) -> f64 {
    let far = a.lo.abs().max(a.hi.abs()).max(1.0) * 10.0;
    let sign = if a.lo < 0.0 { -far } else { far };
    width(&text(sign)) + 10.0
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

/// The y axis a chart needs: lowest and highest value drawn, and the ticks.
#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    pub lo: f64,
    pub hi: f64,
    pub ticks: Vec<f64>,
}

impl Axis {
    /// Decimals for tick labels.
    pub fn decimals(&self) -> usize {
        if self.ticks.len() > 1 && (self.ticks[1] - self.ticks[0]) < 1.0 {
            1
        } else {
            0
        }
    }

    /// Position of `v` between `top` (at `hi`) and `bottom` (at `lo`).
    pub fn scale(&self, v: f64, top: f64, bottom: f64) -> f64 {
        top + (self.hi - v) / (self.hi - self.lo) * (bottom - top)
    }
}

/// The value range and ticks a chart's y axis needs: every value drawn, the band and the pinned
/// scenario included.
pub fn axis(d: &ChartData) -> Axis {
    let (mut lo, mut hi) = (0.0f64, 0.0f64);
    let mut include = |v: f64| {
        if v.is_finite() {
            lo = lo.min(v);
            hi = hi.max(v);
        }
    };
    match d.kind {
        Kind::Lines { target } => {
            for v in d.series.iter().flat_map(|s| s.values.iter().flatten()) {
                include(*v);
            }
            if let Some(t) = target {
                include(t);
            }
        }
        Kind::Stacked => {
            for i in 0..d.timeline.len() {
                include(stack(&d.series, d.series.len(), i).1);
            }
        }
    }
    if let Some(b) = &d.band {
        for v in b.p10.iter().chain(&b.p90).flatten() {
            include(*v);
        }
    }
    for v in d.pinned.iter().flat_map(|s| s.values.iter().flatten()) {
        include(*v);
    }
    if let Some(p) = &d.partial {
        include(p.value);
    }
    if hi - lo < 1e-9 {
        hi = lo + 1.0;
    }
    let ticks = nice_ticks(lo, hi);
    Axis {
        lo: ticks.first().copied().unwrap_or(lo).min(lo),
        hi: ticks.last().copied().unwrap_or(hi).max(hi),
        ticks,
    }
}

/// The waterfall's horizontal scale: zero and every bar end fit between `left` and `right`.
pub fn scale(steps: &[Step], left: f64, right: f64) -> impl Fn(f64) -> f64 {
    let lo = steps
        .iter()
        .flat_map(|s| [s.from, s.to])
        .fold(0.0f64, f64::min);
    let hi = steps
        .iter()
        .flat_map(|s| [s.from, s.to])
        .fold(0.0f64, f64::max);
    let span = (hi - lo).max(1e-9);
    move |v| left + (v - lo) / span * (right - left)
}

/// Where a step's bar and value label go between `left` and `right`: the value sits `gap` past
/// the bar's end, after it for a rise and before it for a fall.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StepBar {
    pub x: f64,
    /// At least 1, so that a zero step still shows.
    pub width: f64,
    pub label_x: f64,
    /// The label's `text-anchor`: `start` or `end`.
    pub anchor: &'static str,
}

/// Step `k`'s bar, on the scale of all the steps.
pub fn step_bar(steps: &[Step], k: usize, left: f64, right: f64, gap: f64) -> StepBar {
    let x = scale(steps, left, right);
    let s = steps[k];
    let (a, b) = (x(s.from.min(s.to)), x(s.from.max(s.to)));
    let (label_x, anchor) = if s.to >= s.from {
        (b + gap, "start")
    } else {
        (a - gap, "end")
    };
    StepBar {
        x: a,
        width: (b - a).max(1.0),
        label_x,
        anchor,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round() {
        assert_eq!(nice_ticks(0.0, 77.5), vec![0.0, 20.0, 40.0, 60.0, 80.0]);
        assert_eq!(nice_ticks(-59.0, 0.0), vec![-60.0, -40.0, -20.0, 0.0]);
        assert_eq!(nice_ticks(0.0, 1.0), vec![0.0, 0.5, 1.0]);
    }

    #[test]
    fn lines_break_at_missing_years_and_columns_share_the_width() {
        let axis = Axis {
            lo: 0.0,
            hi: 10.0,
            ticks: vec![0.0, 10.0],
        };
        let cols = Columns::new(
            100.0,
            Margins {
                left: 10.0,
                right: 10.0,
            },
            4,
        );
        let fr = Frame {
            cols,
            axis: &axis,
            top: 0.0,
            bottom: 100.0,
        };
        assert_eq!((fr.x(0), fr.x(3), cols.right()), (20.0, 80.0, 90.0));
        assert_eq!((cols.column(), cols.after(1)), (20.0, 50.0));
        let runs = fr.runs(&[None, Some(10.0), None, Some(0.0)]);
        assert_eq!(runs, vec![vec![(40.0, 0.0)], vec![(80.0, 100.0)]]);
        assert!(fr.runs(&[None, None]).is_empty());
    }

    #[test]
    fn the_first_the_base_and_the_last_year_are_always_labelled_and_labels_keep_apart() {
        for n in 1..20usize {
            for base in 0..n {
                for column in [3.0, 10.0, 22.0, 40.0, 80.0] {
                    let room = 30.0;
                    let got = year_labels(n, base, column, room);
                    assert!(got.windows(2).all(|w| w[0] < w[1]), "{got:?}");
                    for w in got.windows(2) {
                        assert!(
                            (w[1] - w[0]) as f64 * column >= room,
                            "{n} {base} {column}: {got:?}"
                        );
                    }
                    // the last year always; the base year and the first whenever they have room
                    assert!(got.contains(&(n - 1)));
                    if (n - 1 - base) as f64 * column >= room {
                        assert!(got.contains(&base), "{n} {base} {column}: {got:?}");
                    }
                    if base as f64 * column >= room && (n - 1) as f64 * column >= room {
                        assert!(got.contains(&0), "{n} {base} {column}: {got:?}");
                    }
                }
            }
        }
        // the page at 360 px: FY2017-18 to FY2030-31, base FY2025-26
        assert_eq!(year_labels(14, 8, 22.4, 36.0), vec![0, 2, 4, 6, 8, 10, 13]);
    }
}
