//! The live SVG charts: lines (actual years, then the scenario against current trends, with the
//! target) and stacked bars (by sector or group). A dashed rule after the base year divides the
//! actual years from the projection. Each chart has a legend, a readout for the year under the
//! pointer or keyboard focus (arrow keys), a one-sentence summary and a data table as text
//! alternative. The structure is built once; only attributes and text that depend on the
//! numbers are reactive, so a lever move updates values in place.

use leptos::prelude::*;

use crate::lazy::Later;
use trade_core::present::charts::chart::{
    readout, ChartData, ChartId, Extras, Key, Kind, Paint, Series, Swatch,
};
use trade_core::present::charts::geometry::{
    axis, end_labels, end_room, page, year_labels, Axis, Columns, EndLabel, Frame, Margins,
};
use trade_core::present::charts::svg::text_width;
use trade_core::present::charts::timeline::Timeline;
use trade_core::present::format::{fy_label, fy_short};
use trade_core::present::words::narrative;
use trade_core::text;

use crate::observe::{on_screen, while_visible, width_of};
use crate::share::ChartDownloads;
use crate::state::{stage, use_app, use_display, use_insights, AppState, Insights};

// Geometry (the core's `geometry::page`) is in viewBox units, which are CSS pixels: the viewBox
// is as wide as the chart is on the screen (text then stays the size of the page's small print at
// every width).
const H: f64 = page::HEIGHT;
const TOP: f64 = page::TOP;
const BOTTOM: f64 = page::BOTTOM;

thread_local! {
    /// The width a chart over time last measured (they all have the same).
    static MEASURED: std::cell::Cell<Option<f64>> = const { std::cell::Cell::new(None) };
}

/// The four charts, each with its download buttons on the full page.
#[component]
pub fn Charts(
    downloads: bool,
    /// Built one chart per task (the full page; see `Later` and `state::stage`).
    #[prop(optional)]
    staged: bool,
) -> impl IntoView {
    let cell = move |c: ChartId| {
        view! {
            <div class="chart-cell">
                <OneChart chart=c />
                {downloads.then(|| view! { <ChartDownloads chart=c /> })}
            </div>
        }
    };
    let moved = move || {
        view! {
            <div class="chart-cell moved-cell">
                <OneChart chart=ChartId::Moved />
                <ChartDownloads chart=ChartId::Moved />
            </div>
        }
    };
    view! {
        <div class="charts">
            {ChartId::OVER_TIME
                .into_iter()
                .enumerate()
                .map(|(k, c)| if staged {
                    view! { <Later at=stage::CHARTS + k as u8>{cell(c)}</Later> }.into_any()
                } else {
                    cell(c).into_any()
                })
                .collect_view()}
        </div>
        {downloads.then(|| if staged {
            view! { <Later at=stage::MOVED>{moved()}</Later> }.into_any()
        } else {
            moved().into_any()
        })}
    }
}

/// What every part of a chart reads: its data (memoised), axis and the year under focus.
#[derive(Clone, Copy)]
struct Plot {
    kind: Kind,
    timeline: Timeline,
    data: Memo<ChartData>,
    axis: Memo<Axis>,
    active: RwSignal<Option<usize>>,
    /// The chart's width on screen, in viewBox units.
    w: f64,
    /// Room right of the plot for the last year's values (fixed when the chart is built).
    right: f64,
}

/// The size of the values written beside the lines (as `.plot .end` in the stylesheet).
const END_SIZE: f64 = 11.0;
/// The year labels' size (as `.plot .tick`).
const TICK_SIZE: f64 = 10.5;

impl Plot {
    /// A chart's plot, first drawn at the default width, with room on the right for the values
    /// its lines end on (the widest its axis allows, so that moves do not shift the plot).
    fn new(app: AppState, data: Memo<ChartData>, first: &ChartData) -> Plot {
        let loc = app.loc();
        let right = end_room(
            &axis(first),
            &|v| loc.num(v, loc.chart_decimals()),
            &|t: &str| text_width(t, END_SIZE, true),
        );
        Plot {
            kind: first.kind,
            timeline: first.timeline,
            data,
            axis: Memo::new(move |_| data.with(axis)),
            active: RwSignal::new(None),
            w: page::WIDTH,
            right,
        }
    }
    fn n(self) -> usize {
        self.timeline.len()
    }
    /// The years across the plot.
    fn cols(self) -> Columns {
        let m = Margins {
            right: page::MARGINS.right.max(self.right),
            ..page::MARGINS
        };
        Columns::new(self.w, m, self.n())
    }
    /// Centre of year i.
    fn x(self, i: usize) -> f64 {
        self.cols().x(i)
    }
    /// The plot on the current axis (tracked).
    fn frame<T>(self, f: impl FnOnce(&Frame) -> T) -> T {
        self.axis.with(|a| {
            f(&Frame {
                cols: self.cols(),
                axis: a,
                top: TOP,
                bottom: BOTTOM,
            })
        })
    }
    fn y(self, v: f64) -> f64 {
        self.frame(|f| f.y(v))
    }
    /// Value of series k in year i as the data table lists it (an official year where the dashed
    /// line of estimated years ends is in the actual column only).
    fn value(self, k: usize, i: usize) -> Option<f64> {
        self.data.with(|d| d.table_value(k, i))
    }
}

/// A chart's series for the page's scenario, current trends, the pinned scenario and (for the
/// balance and total trade) the band.
#[allow(
    clippy::expect_used,
    reason = "every chart over time has data; the waterfall (None) never comes here: OneChart draws it apart"
)]
fn chart_data(app: AppState, insights: Insights, chart: ChartId) -> ChartData {
    let with_band = matches!(chart, ChartId::Balance | ChartId::Total);
    app.projection.with(|p| {
        app.base.with(|b| {
            app.pinned_projection.with(|pin| {
                let band = with_band.then(|| insights.band.get());
                let extras = Extras {
                    band: band.as_ref(),
                    pinned: pin.as_ref(),
                };
                chart
                    .data(&app.loc(), app.baseline, p, b, extras)
                    .expect("a chart over time")
            })
        })
    })
}

/// A chart's plot width: redrawn at the chart's width when it is known or changes (a turned
/// phone). The charts over time share a grid, so each starts at the width the last one measured
/// and is then usually drawn once, not at `page::WIDTH` and again.
fn grid_width(plot_box: NodeRef<leptos::html::Div>) -> RwSignal<f64> {
    let width = width_of(plot_box, MEASURED.get().unwrap_or(page::WIDTH));
    Effect::new(move |seen: Option<()>| {
        let w = width.get();
        if seen.is_some() {
            MEASURED.set(Some(w));
        }
    });
    width
}

/// A chart's one-sentence summary for the page's scenario.
fn chart_summary(app: AppState, chart: ChartId) -> Option<String> {
    app.projection.with(|p| {
        app.base
            .with(|b| chart.summary(&app.loc(), app.baseline, p, b))
    })
}

/// A chart's title: the scenario's finding ("India's deficit with Russia projected to narrow to
/// …"), or, in the embed of one chart, the journalist's own title when the link sets one.
fn chart_heading(app: AppState, chart: ChartId, visible: RwSignal<bool>) -> Memo<String> {
    let own = app
        .words
        .title
        .get_untracked()
        .filter(|_| app.display.view.chart.is_some());
    while_visible(visible, move || match &own {
        Some(t) => t.clone(),
        None => app.projection.with(|p| {
            narrative::chart_title(&app.loc(), chart, p)
                .unwrap_or_else(|| chart.title(&app.loc(), p.target))
        }),
    })
}

/// A chart's subtitle (its subject, unit and years) and note: in the embed of one chart, the
/// journalist's own when the link sets them.
fn subtitle_and_note(app: AppState, chart: ChartId, d: &ChartData) -> (String, Option<String>) {
    let own = |s: RwSignal<Option<String>>| {
        s.get_untracked()
            .filter(|_| app.display.view.chart.is_some())
    };
    let subtitle = own(app.words.subtitle).unwrap_or_else(|| chart.subtitle(&app.loc(), d));
    (subtitle, own(app.words.note))
}

/// One chart, with its title, summary, legend, readout and data table.
#[component]
pub fn OneChart(chart: ChartId) -> impl IntoView {
    if chart == ChartId::Moved {
        return view! { <crate::moved::Moved /> }.into_any();
    }
    let app = use_app();
    let insights = use_insights();
    // off screen, the chart keeps what it shows and follows no lever (it catches up when
    // scrolled to)
    let figure = NodeRef::<leptos::html::Figure>::new();
    let visible = on_screen(figure);
    let data = while_visible(visible, move || chart_data(app, insights, chart));
    let first = data.get_untracked();
    let has_band = first.band.is_some();
    let plot = Plot::new(app, data, &first);
    let plot_box = NodeRef::<leptos::html::Div>::new();
    let width = grid_width(plot_box);
    let summary = while_visible(visible, move || chart_summary(app, chart));
    let id = format!("chart-{}", chart.key());
    let (title_id, summary_id) = (format!("{id}-title"), format!("{id}-summary"));
    let plot_id = id.clone();
    let title = chart.title(&app.loc(), first.target);
    let heading = chart_heading(app, chart, visible);
    let (subtitle, note) = subtitle_and_note(app, chart, &first);
    let last = plot.n() - 1;
    // the legend without the pinned scenario, which has its own key shown only while pinned
    let keys: Vec<Key> = first
        .keys()
        .into_iter()
        .filter(|k| k.paint != Paint::Pinned)
        .collect();
    view! {
        <figure class="chart" id=id node_ref=figure aria-busy=move || if has_band { crate::insight::busy(insights) } else { "false" }>
            <figcaption>
                <h3 id=title_id>{move || heading.get()}</h3>
                <p class="chart-subtitle">{subtitle}</p>
                <p class="chart-summary" id=summary_id>{move || summary.get()}</p>
            </figcaption>
            <Legend keys=keys />
            <div class="plot-box" node_ref=plot_box>
                {move || {
                    let w = width.get();
                    let id = plot_id.clone();
                    untrack(|| view! { <PlotArea plot=Plot { w, ..plot } id=id /> })
                }}
            </div>
            <p class="readout" aria-live=move || if plot.active.get().is_some() { "polite" } else { "off" }>
                {move || data.with(|d| app.with_names(|names| readout(&app.loc(), d, plot.active.get().unwrap_or(last), names)))}
            </p>
            {note.map(|n| view! { <p class="chart-note">{n}</p> })}
            <ChartTable plot=plot title=title series=first.series has_band=first.band.is_some() />
        </figure>
    }
    .into_any()
}

fn swatch(k: &Key) -> AnyView {
    let class = k.paint.class();
    match k.swatch {
        Swatch::Bar => view! { <rect class=class x="0" y="0" width="16" height="10" /> }.into_any(),
        Swatch::Area => {
            view! { <rect class=format!("{class} area") x="0" y="0" width="16" height="10" /> }
                .into_any()
        }
        Swatch::Line(dash) => {
            let dashed = match (k.paint, dash) {
                (Paint::Pinned, _) => " dotted",
                (_, Some(_)) => " dashed",
                _ => "",
            };
            view! { <line class=format!("line {class}{dashed}") x1="0" x2="16" y1="5" y2="5" /> }
                .into_any()
        }
    }
}

fn key_view(k: Key, lang: trade_core::tr::Lang) -> impl IntoView {
    let app = use_app();
    view! {
        <span class="key">
            <svg class="swatch" viewBox="0 0 16 10" aria-hidden="true">{swatch(&k)}</svg>
            {move || app.with_names(|names| trade_core::present::charts::chart::named(k.name, lang, names))}
        </span>
    }
}

#[component]
fn Legend(keys: Vec<Key>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang();
    let pinned = Key {
        name: trade_core::present::charts::chart::PINNED,
        paint: Paint::Pinned,
        swatch: Swatch::Line(None),
    };
    view! {
        <div class="legend">
            {keys.into_iter().map(|k| key_view(k, lang)).collect_view()}
            <Show when=move || app.pinned.with(Option::is_some)>{key_view(pinned, lang)}</Show>
            <span class="unit">{app.loc().unit()}</span>
        </div>
    }
}

/// The SVG: grid and ticks, the divider, marks, year labels and the hover columns; arrow keys
/// move the year.
#[component]
fn PlotArea(plot: Plot, id: String) -> impl IntoView {
    let last = plot.n() - 1;
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let cur = plot.active.get_untracked().unwrap_or(last);
        let next = match ev.key().as_str() {
            "ArrowLeft" | "ArrowDown" => cur.saturating_sub(1),
            "ArrowRight" | "ArrowUp" => (cur + 1).min(last),
            "Home" => 0,
            "End" => last,
            _ => return,
        };
        ev.prevent_default();
        plot.active.set(Some(next));
    };
    let marks = match plot.kind {
        Kind::Lines { target } => {
            view! { <TargetLine plot=plot target=target /> <LineMarks plot=plot /> }.into_any()
        }
        Kind::Stacked => view! { <StackedMarks plot=plot /> }.into_any(),
    };
    let tl = plot.timeline;
    let lang = use_display().lang();
    let widest = tl
        .years()
        .map(|y| text_width(&fy_short(lang, y), TICK_SIZE, false))
        .fold(0.0, f64::max);
    let labels = year_labels(plot.n(), tl.base_index(), plot.cols().column(), widest + 4.0)
        .into_iter()
        // low enough to clear the lowest value label of the axis in every engine
        .map(|i| view! { <text class="tick" x=plot.x(i) y=H - 2.5 text-anchor="middle">{fy_short(lang, tl.year(i))}</text> })
        .collect_view();
    view! {
        <svg
            viewBox=format!("0 0 {} {H}", plot.w)
            height=H
            class="plot"
            tabindex="0"
            role="group"
            aria-labelledby=format!("{id}-title")
            aria-describedby=format!("{id}-summary")
            on:keydown=on_key
            on:mouseleave=move |_| plot.active.set(None)
            on:blur=move |_| plot.active.set(None)
        >
            <Grid plot=plot />
            <Divider plot=plot />
            <BandMarks plot=plot />
            {marks}
            <PinnedLine plot=plot />
            <PartialMark plot=plot />
            <EndValues plot=plot />
            {labels}
            <Hits plot=plot />
        </svg>
    }
}

/// The axis: few elements, rebuilt only when the ticks change.
#[component]
fn Grid(plot: Plot) -> impl IntoView {
    let app = use_app();
    move || {
        let loc = app.loc();
        let a = plot.axis.get();
        let dec = a.decimals();
        a.ticks
            .iter()
            .map(|&v| {
                let yy = a.scale(v, TOP, BOTTOM);
                let cols = plot.cols();
                view! {
                    <line class=if v == 0.0 { "axis zero" } else { "grid" } x1=cols.left x2=cols.right() y1=yy y2=yy />
                    <text class="tick" x=cols.left - 4.0 y=yy + 3.5 text-anchor="end">{loc.num(v, dec)}</text>
                }
            })
            .collect_view()
    }
}

/// A dashed rule after the base year: actual years to its left, the projection to its right.
#[component]
fn Divider(plot: Plot) -> impl IntoView {
    let lang = use_display().lang();
    let x = plot.cols().after(plot.timeline.base_index());
    view! {
        <line class="divider" x1=x x2=x y1=TOP - 4.0 y2=BOTTOM />
        <text class="era" x=x - 3.0 y=TOP - 5.0 text-anchor="end">{text::ERA_ACTUAL.get(lang)}</text>
        <text class="era" x=x + 3.0 y=TOP - 5.0>{text::ERA_PROJECTION.get(lang)}</text>
    }
}

#[component]
fn TargetLine(plot: Plot, target: Option<f64>) -> impl IntoView {
    let app = use_app();
    // the target in the chart's unit moves with the rupee rate; its words stay in US$
    let at = move || {
        plot.data.with(|d| match d.kind {
            Kind::Lines { target: Some(t) } => plot.y(t),
            _ => 0.0,
        })
    };
    let label = text::TARGET_LABEL.fill(app.lang(), &app.loc().num(app.shipped.target, 0));
    let cols = plot.cols();
    target.map(|_| {
        view! {
            <line class="s-target" x1=cols.left x2=cols.right() y1=at y2=at />
            // under the line: above it, at the top of the plot, are the "actual | projection" words
            <text class="target-label" x=cols.left + 4.0 y=move || at() + 12.0>{label}</text>
        }
    })
}

/// "M x,y L x,y …" through the years with a value; a missing year breaks the line.
fn path(plot: Plot, k: usize) -> String {
    plot.data.with(|d| values_path(plot, &d.series[k].values))
}

fn values_path(plot: Plot, values: &[Option<f64>]) -> String {
    let mut d = String::new();
    for run in plot.frame(|f| f.runs(values)) {
        for (j, (x, y)) in run.into_iter().enumerate() {
            d.push_str(if j == 0 { " M" } else { " L" });
            d.push_str(&format!("{x:.1},{y:.1}"));
        }
    }
    d
}

/// The uncertainty band (10th to 90th percentile) and its median, on the line charts.
#[component]
fn BandMarks(plot: Plot) -> impl IntoView {
    plot.data.with_untracked(|d| d.band.is_some()).then(|| {
        let outline = move || {
            plot.data.with(|d| {
                d.band
                    .as_ref()
                    .map_or(String::new(), |b| plot.frame(|f| f.band_outline(b)))
            })
        };
        let median = move || {
            plot.data.with(|d| {
                d.band
                    .as_ref()
                    .map_or(String::new(), |b| values_path(plot, &b.p50))
            })
        };
        view! {
            <polygon class="s-band area" points=outline />
            <path class="line s-band median" d=median />
        }
    })
}

/// The pinned scenario's line: empty while nothing is pinned.
#[component]
fn PinnedLine(plot: Plot) -> impl IntoView {
    let d = move || {
        plot.data.with(|d| {
            d.pinned
                .as_ref()
                .map_or(String::new(), |s| values_path(plot, &s.values))
        })
    };
    view! { <path class="line s-pinned dotted" d=d /> }
}

/// The running year's months so far, when the data has them: a hollow marker (line charts) or a
/// narrow outlined bar (stacked), labelled with the months ("Apr–Oct"); never a full year's bar.
#[component]
fn PartialMark(plot: Plot) -> impl IntoView {
    let label = plot
        .data
        .with_untracked(|d| d.partial.as_ref().map(|p| p.label.clone()))?;
    // where the mark is and the top of it, on the current axis and values
    let at = move || {
        plot.data.with(|d| {
            let p = d.partial.as_ref()?;
            plot.frame(|f| match plot.kind {
                Kind::Lines { .. } => {
                    let (x, y) = (f.x(p.index), f.y(p.value));
                    Some((x, y, 0.0, 0.0, y - 5.0))
                }
                Kind::Stacked => {
                    let r = f.partial_bar(p);
                    Some((r.x, r.y, r.width, r.height, r.y))
                }
            })
        })
    };
    let get = move |k: usize| at().map_or(0.0, |(x, y, w, h, top)| [x, y, w, h, top][k]);
    let mark = match plot.kind {
        Kind::Lines { .. } => view! {
            <circle class="partial" cx=move || format!("{:.1}", get(0)) cy=move || format!("{:.1}", get(1)) r="4.5" />
        }
        .into_any(),
        Kind::Stacked => view! {
            <rect class="partial" x=move || format!("{:.1}", get(0)) y=move || format!("{:.1}", get(1))
                width=move || format!("{:.1}", get(2)) height=move || format!("{:.1}", get(3)) />
        }
        .into_any(),
    };
    let x = move || match plot.kind {
        Kind::Lines { .. } => get(0),
        Kind::Stacked => get(0) + get(2) / 2.0,
    };
    Some(view! {
        {mark}
        <text class="partial-label" x=move || format!("{:.1}", x()) y=move || format!("{:.1}", get(4) - 4.0)
            text-anchor="middle">{label}</text>
    })
}

/// "M x,y h0 …": a dot at each year with a value, drawn by the path's round caps (one element per
/// series, so a lever move updates one attribute, not one per year).
fn dots_path(plot: Plot, k: usize) -> String {
    plot.data.with(|d| {
        let mut out = String::new();
        for (x, y) in plot.frame(|f| f.runs(&d.series[k].values)).concat() {
            out.push_str(&format!("M{x:.1},{y:.1}h0"));
        }
        out
    })
}

#[component]
fn LineMarks(plot: Plot) -> impl IntoView {
    plot.data
        .with_untracked(|d| d.series.clone())
        .into_iter()
        .enumerate()
        .map(|(k, s)| {
            let class = s.paint.class();
            let dashed = if s.dashed { " dashed" } else { "" };
            view! {
                <path class=format!("line {class}{dashed}") d=move || path(plot, k) />
                <path class=format!("dots {class}{dashed}") d=move || dots_path(plot, k) />
            }
        })
        .collect_view()
}

/// The bars of series `k` in the years `years` covers, as one path of rectangles.
fn bars_path(plot: Plot, k: usize, years: std::ops::Range<usize>) -> String {
    plot.data.with(|d| {
        plot.frame(|f| {
            let mut out = String::new();
            for r in years.filter_map(|i| f.bar(&d.series, k, i)) {
                if r.height > 0.0 {
                    let (x, y, w, h) = (r.x, r.y, r.width, r.height);
                    out.push_str(&format!("M{x:.1},{y:.1}h{w:.1}v{h:.1}h-{w:.1}z"));
                }
            }
            out
        })
    })
}

/// Stacked bars: per series, one path for the actual years and one for the projected ones
/// (drawn lighter); a lever move updates two attributes per series.
#[component]
fn StackedMarks(plot: Plot) -> impl IntoView {
    let series = plot.data.with_untracked(|d| d.series.clone());
    let (n, base) = (plot.n(), plot.timeline.base_index());
    series
        .iter()
        .enumerate()
        .map(|(k, s)| {
            let class = s.paint.class();
            let projected = if matches!(s.paint, Paint::Unsplit | Paint::UnsplitEstimate) {
                class.to_string()
            } else {
                format!("{class} projected")
            };
            view! {
                <path class=format!("bars {class}") d=move || bars_path(plot, k, 0..base + 1) />
                <path class=format!("bars {projected}") d=move || bars_path(plot, k, base + 1..n) />
            }
        })
        .collect_view()
}

/// The last year's value beside each line, and the last actual year's above its point, placed
/// by the core so that none touches another.
#[component]
fn EndValues(plot: Plot) -> impl IntoView {
    let app = use_app();
    // one text per value a chart can write (your scenario, current trends, the pinned scenario
    // and the last actual year), built once: a lever move updates their attributes and words,
    // and a slot with nothing to say stays empty
    let at = move |k: usize, f: fn(&EndLabel, &dyn Fn(f64) -> String) -> String| {
        let loc = app.loc();
        let text = |v: f64| loc.num(v, loc.chart_decimals());
        plot.data.with(|d| {
            plot.frame(|fr| {
                end_labels(d, fr, &text, END_SIZE + 2.0)
                    .get(k)
                    .map_or(String::new(), |l| f(l, &text))
            })
        })
    };
    (0..END_SLOTS)
        .map(|k| {
            view! {
                <text
                    class=move || at(k, |l, _| format!("end {}", l.paint.class()))
                    x=move || at(k, |l, _| format!("{:.1}", l.x))
                    y=move || at(k, |l, _| format!("{:.1}", l.y))
                    text-anchor=move || at(k, |l, _| l.anchor.to_string())
                >{move || at(k, |l, text| text(l.value))}</text>
            }
        })
        .collect_view()
}

/// The most values a chart writes: three lines' ends and the last actual year's.
const END_SLOTS: usize = 4;

/// Transparent columns that pick the year under the pointer.
#[component]
fn Hits(plot: Plot) -> impl IntoView {
    let col_w = plot.cols().column();
    (0..plot.n())
        .map(|i| {
            view! {
                <rect
                    class=move || if plot.active.get() == Some(i) { "hit on" } else { "hit" }
                    x=plot.x(i) - col_w / 2.0
                    y=TOP
                    width=col_w
                    height=BOTTOM - TOP
                    on:mouseenter=move |_| plot.active.set(Some(i))
                    on:click=move |_| plot.active.set(Some(i))
                />
            }
        })
        .collect_view()
}

/// The chart's numbers as a table (folded away, and only in the page while open): a row per year,
/// marked actual or projected, with the band's percentiles on the line charts and the pinned
/// scenario while one is pinned.
#[component]
fn ChartTable(plot: Plot, title: String, series: Vec<Series>, has_band: bool) -> impl IntoView {
    let app = use_app();
    let lang = app.lang();
    let band_head = [text::P10, text::MEDIAN, text::P90];
    let columns = series.len();
    // the scenario's column goes by its name, and follows a rename or a swap (tracked)
    let head = move || {
        [
            text::YEAR.get(lang).to_string(),
            text::TYPE.get(lang).to_string(),
        ]
        .into_iter()
        .chain(series.iter().map(|s| {
            app.with_names(|names| trade_core::present::charts::chart::named(s.name, lang, names))
        }))
        .chain(
            band_head
                .iter()
                .filter(|_| has_band)
                .map(|h| h.get(lang).to_string()),
        )
        .collect::<Vec<_>>()
    };
    let caption = format!("{title}, {}", app.loc().unit_short());
    let label = text::DATA_TABLE_OF.fill(lang, &title);
    view! {
        <crate::lazy::Fold summary=text::DATA_TABLE.get(lang) class="chart-data">
            {
                let (head, caption, label) = (head.clone(), caption.clone(), label.clone());
                move || view! {
                    <crate::tables::DataTable label=label.clone() caption=caption.clone() class="by-year" head=head() pinned_column=true>
                        <ChartRows plot=plot columns=columns has_band=has_band />
                    </crate::tables::DataTable>
                }
            }
        </crate::lazy::Fold>
    }
}

#[component]
fn ChartRows(plot: Plot, columns: usize, has_band: bool) -> impl IntoView {
    let app = use_app();
    let lang = app.lang();
    let pinned = move || app.pinned.with(Option::is_some);
    let tl = plot.timeline;
    let cell = move |v: Option<f64>| v.map_or("–".to_string(), |v| app.loc().num(v, 2));
    (0..plot.n())
        .map(|i| {
            let cells = (0..columns)
                .map(|k| view! { <td>{move || cell(plot.value(k, i))}</td> })
                .collect_view();
            let band = has_band.then(|| {
                let q = move |which: usize| {
                    plot.data.with(|d| {
                        d.band
                            .as_ref()
                            .and_then(|b| [&b.p10, &b.p50, &b.p90][which][i])
                    })
                };
                (0..3)
                    .map(|w| view! { <td class="band">{move || cell(q(w))}</td> })
                    .collect_view()
            });
            let pin = move || {
                pinned().then(|| {
                    view! { <td class="pinned">{move || cell(plot.data.with(|d| d.pinned.as_ref().and_then(|s| s.values[i])))}</td> }
                })
            };
            let (kind, words) = if i <= tl.base_index() {
                ("actual", text::ACTUAL_KIND.get(lang))
            } else {
                ("projected", text::PROJECTED_KIND.get(lang))
            };
            view! { <tr class=kind><th scope="row">{fy_label(lang, tl.year(i))}</th><td class="kind">{words}</td>{cells}{band}{pin}</tr> }
        })
        .collect_view()
}
