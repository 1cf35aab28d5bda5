//! The live SVG charts: lines (scenario against current trends, with the target) and stacked bars
//! (by sector or group). Each has a legend, a readout for the year under the pointer or keyboard
//! focus (arrow keys), a one-sentence summary and a data table as text alternative. The structure
//! is built once; only attributes and text that depend on the numbers are reactive, so a lever
//! move updates values in place.

use leptos::prelude::*;
use trade_core::model::{fy_label, N_YEARS};
use trade_core::present::chart::{axis, readout, stack, Axis, ChartId, Kind, Series};
use trade_core::present::format::num;
use trade_core::text;

use crate::share::ChartDownloads;
use crate::state::use_app;

/// Geometry in viewBox units; the viewBox is about a phone's width so text stays legible.
const W: f64 = 360.0;
const H: f64 = 210.0;
const ML: f64 = 38.0;
const MR: f64 = 8.0;
const MT: f64 = 10.0;
const MB: f64 = 22.0;

fn x_of(t: usize) -> f64 {
    ML + (t as f64 + 0.5) * (W - ML - MR) / N_YEARS as f64
}

/// The four charts, each with its download buttons on the full page.
#[component]
pub fn Charts(downloads: bool) -> impl IntoView {
    view! {
        <div class="charts">
            {ChartId::ALL
                .into_iter()
                .map(|c| view! {
                    <div class="chart-cell">
                        <OneChart chart=c />
                        {downloads.then(|| view! { <ChartDownloads chart=c /> })}
                    </div>
                })
                .collect_view()}
        </div>
    }
}

/// What every part of a chart reads: its series (memoised), axis and the year under focus.
#[derive(Clone, Copy)]
struct Plot {
    kind: Kind,
    data: Memo<Vec<Series>>,
    axis: Memo<Axis>,
    active: RwSignal<Option<usize>>,
}

impl Plot {
    fn y(self, v: f64) -> f64 {
        self.axis.with(|a| a.scale(v, MT, H - MB))
    }
    /// Value of series k in year t.
    fn value(self, k: usize, t: usize) -> f64 {
        self.data.with(|d| d.get(k).map_or(0.0, |s| s.values[t]))
    }
}

#[component]
pub fn OneChart(chart: ChartId) -> impl IntoView {
    let app = use_app();
    let data = Memo::new(move |_| {
        app.projection
            .with(|p| app.base.with(|b| chart.data(p, b).1))
    });
    let kind = app
        .projection
        .with_untracked(|p| app.base.with_untracked(|b| chart.data(p, b).0));
    let plot = Plot {
        kind,
        data,
        axis: Memo::new(move |_| data.with(|d| axis(kind, d))),
        active: RwSignal::new(None),
    };
    let summary = move || {
        app.projection
            .with(|p| app.base.with(|b| chart.summary(p, b)))
    };
    let id = format!("chart-{}", chart.key());
    let (title_id, summary_id) = (format!("{id}-title"), format!("{id}-summary"));
    let plot_id = id.clone();
    let title = chart.title().en;
    let series = data.get_untracked();
    view! {
        <figure class="chart" id=id>
            <figcaption>
                <h3 id=title_id>{title}</h3>
                <p class="chart-summary" id=summary_id>{summary}</p>
            </figcaption>
            <Legend kind=kind series=series.clone() />
            <PlotArea plot=plot id=plot_id />
            <p class="readout" aria-live=move || if plot.active.get().is_some() { "polite" } else { "off" }>
                {move || data.with(|d| readout(kind, d, plot.active.get().unwrap_or(N_YEARS - 1)))}
            </p>
            <ChartTable plot=plot title=title series=series />
        </figure>
    }
}

#[component]
fn Legend(kind: Kind, series: Vec<Series>) -> impl IntoView {
    let keys = series
        .into_iter()
        .map(|s| {
            let class = s.paint.class();
            let swatch = if kind == Kind::Stacked {
                view! { <rect class=class x="0" y="0" width="16" height="10" /> }.into_any()
            } else {
                view! { <line class=format!("line {class}{}", if s.dashed { " dashed" } else { "" }) x1="0" x2="16" y1="5" y2="5" /> }.into_any()
            };
            view! {
                <span class="key">
                    <svg class="swatch" viewBox="0 0 16 10" aria-hidden="true">{swatch}</svg>
                    {s.name.en}
                </span>
            }
        })
        .collect_view();
    view! { <div class="legend">{keys}<span class="unit">{text::MONEY_UNIT.en}</span></div> }
}

/// The SVG: grid and ticks, marks, year labels and the hover columns; arrow keys move the year.
#[component]
fn PlotArea(plot: Plot, id: String) -> impl IntoView {
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let cur = plot.active.get_untracked().unwrap_or(N_YEARS - 1);
        let next = match ev.key().as_str() {
            "ArrowLeft" | "ArrowDown" => cur.saturating_sub(1),
            "ArrowRight" | "ArrowUp" => (cur + 1).min(N_YEARS - 1),
            "Home" => 0,
            "End" => N_YEARS - 1,
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
    view! {
        <svg
            viewBox=format!("0 0 {W} {H}")
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
            {marks}
            {(0..N_YEARS)
                .map(|t| view! { <text class="tick" x=x_of(t) y=H - 6.0 text-anchor="middle">{fy_label(t)[4..].to_string()}</text> })
                .collect_view()}
            <Hits plot=plot />
        </svg>
    }
}

/// The axis: few elements, rebuilt only when the ticks change.
#[component]
fn Grid(plot: Plot) -> impl IntoView {
    move || {
        let a = plot.axis.get();
        let dec = a.decimals();
        a.ticks
            .iter()
            .map(|&v| {
                let yy = a.scale(v, MT, H - MB);
                view! {
                    <line class=if v == 0.0 { "axis zero" } else { "grid" } x1=ML x2=W - MR y1=yy y2=yy />
                    <text class="tick" x=ML - 4.0 y=yy + 3.5 text-anchor="end">{num(v, dec)}</text>
                }
            })
            .collect_view()
    }
}

#[component]
fn TargetLine(plot: Plot, target: Option<f64>) -> impl IntoView {
    target.map(|t| {
        view! {
            <line class="s-target" x1=ML x2=W - MR y1=move || plot.y(t) y2=move || plot.y(t) />
            <text class="target-label" x=W - MR y=move || plot.y(t) - 4.0 text-anchor="end">{format!("Target US$ {t:.0} bn")}</text>
        }
    })
}

#[component]
fn LineMarks(plot: Plot) -> impl IntoView {
    plot.data
        .get_untracked()
        .into_iter()
        .enumerate()
        .map(|(k, s)| {
            let class = s.paint.class();
            let points = move || {
                (0..N_YEARS)
                    .map(|t| format!("{:.1},{:.1}", x_of(t), plot.y(plot.value(k, t))))
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            let dots = (0..N_YEARS)
                .map(|t| view! { <circle class=class cx=x_of(t) cy=move || plot.y(plot.value(k, t)) r=if s.dashed { 2.0 } else { 3.0 } /> })
                .collect_view();
            view! {
                <polyline class=format!("line {class}{}", if s.dashed { " dashed" } else { "" }) points=points />
                {dots}
            }
        })
        .collect_view()
}

#[component]
fn StackedMarks(plot: Plot) -> impl IntoView {
    let bw = (W - ML - MR) / N_YEARS as f64 * 0.64;
    let series = plot.data.get_untracked();
    (0..N_YEARS)
        .map(|t| {
            series
                .iter()
                .enumerate()
                .map(|(k, s)| {
                    let ends = move || plot.data.with(|d| stack(d, k, t));
                    view! {
                        <rect
                            class=s.paint.class()
                            x=x_of(t) - bw / 2.0
                            width=bw
                            y=move || plot.y(ends().1)
                            height=move || { let (lo, hi) = ends(); (plot.y(lo) - plot.y(hi)).max(0.0) }
                        />
                    }
                })
                .collect_view()
        })
        .collect_view()
}

/// Transparent columns that pick the year under the pointer.
#[component]
fn Hits(plot: Plot) -> impl IntoView {
    let col_w = (W - ML - MR) / N_YEARS as f64;
    (0..N_YEARS)
        .map(|t| {
            view! {
                <rect
                    class=move || if plot.active.get() == Some(t) { "hit on" } else { "hit" }
                    x=x_of(t) - col_w / 2.0
                    y=MT
                    width=col_w
                    height=H - MT - MB
                    on:mouseenter=move |_| plot.active.set(Some(t))
                    on:click=move |_| plot.active.set(Some(t))
                />
            }
        })
        .collect_view()
}

/// The chart's numbers as a table (folded away).
#[component]
fn ChartTable(plot: Plot, title: &'static str, series: Vec<Series>) -> impl IntoView {
    let head = std::iter::once("Year".to_string())
        .chain(series.iter().map(|s| s.name.en.to_string()))
        .collect();
    let rows = (0..N_YEARS)
        .map(|t| {
            let cells = (0..series.len())
                .map(|k| view! { <td>{move || num(plot.value(k, t), 2)}</td> })
                .collect_view();
            view! { <tr><th scope="row">{fy_label(t)}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <details class="chart-data">
            <summary>"Data table"</summary>
            <crate::tables::DataTable label=format!("{title}: data table") caption=format!("{title}, US$ bn") head=head>
                {rows}
            </crate::tables::DataTable>
        </details>
    }
}
