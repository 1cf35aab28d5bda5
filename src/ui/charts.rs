//! SVG charts drawn by the page: lines (scenario against baseline, optional target line) and
//! stacked bars (by sector or group). Each has a legend, a readout for the year under the pointer
//! or keyboard focus (arrow keys), a one-sentence summary and a data table as text alternative.

use leptos::prelude::*;

use crate::chart::{extent, tick_decimals, Kind, Series};
use crate::format::num;
use crate::model::{fy_label, N_YEARS};

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

fn short_year(t: usize) -> String {
    // "FY2030-31" → "30-31"
    fy_label(t)[4..].to_string()
}

/// A chart. The structure (series, years, legend, table rows) is built once; only attributes and
/// text that depend on the numbers are reactive, so a lever move updates values in place.
#[component]
pub fn Chart(
    id: String,
    title: &'static str,
    kind: Kind,
    data: Memo<Vec<Series>>,
    #[prop(into)] summary: Signal<String>,
) -> impl IntoView {
    let active = RwSignal::new(None::<usize>);
    let ext = Memo::new(move |_| data.with(|d| extent(kind, d)));
    let y = move |v: f64| ext.with(|(lo, hi, _)| MT + (hi - v) / (hi - lo) * (H - MT - MB));
    // value of series k in year t
    let value = move |k: usize, t: usize| data.with(|d| d.get(k).map_or(0.0, |s| s.values[t]));
    let series: Vec<Series> = data.get_untracked();
    // the axis: few elements, rebuilt when the ticks change
    let grid = move || {
        let (_, _, ticks) = ext.get();
        let dec = tick_decimals(&ticks);
        ticks
            .iter()
            .map(|&v| {
                let yy = y(v);
                view! {
                    <line class=if v == 0.0 { "axis zero" } else { "grid" } x1=ML x2=W - MR y1=yy y2=yy />
                    <text class="tick" x=ML - 4.0 y=yy + 3.5 text-anchor="end">{num(v, dec)}</text>
                }
            })
            .collect_view()
    };
    let marks = match kind {
        Kind::Lines { target } => {
            let target_line = target.map(|t| {
                view! {
                    <line class="s-target" x1=ML x2=W - MR y1=move || y(t) y2=move || y(t) />
                    <text class="target-label" x=W - MR y=move || y(t) - 4.0 text-anchor="end">{format!("Target US$ {t:.0} bn")}</text>
                }
            });
            let lines = series
                .iter()
                .enumerate()
                .map(|(k, s)| {
                    let points = move || {
                        (0..N_YEARS)
                            .map(|t| format!("{:.1},{:.1}", x_of(t), y(value(k, t))))
                            .collect::<Vec<_>>()
                            .join(" ")
                    };
                    let dots = (0..N_YEARS)
                        .map(|t| view! { <circle class=s.class cx=x_of(t) cy=move || y(value(k, t)) r=if s.dashed { 2.0 } else { 3.0 } /> })
                        .collect_view();
                    view! {
                        <polyline class=format!("line {}{}", s.class, if s.dashed { " dashed" } else { "" }) points=points />
                        {dots}
                    }
                })
                .collect_view();
            view! { {target_line} {lines} }.into_any()
        }
        Kind::Stacked => {
            let bw = (W - ML - MR) / N_YEARS as f64 * 0.64;
            let n = series.len();
            (0..N_YEARS)
                .map(|t| {
                    (0..n)
                        .map(|k| {
                            let below = move || (0..k).map(|j| value(j, t).max(0.0)).sum::<f64>();
                            let top = move || below() + value(k, t).max(0.0);
                            view! {
                                <rect
                                    class=series[k].class
                                    x=x_of(t) - bw / 2.0
                                    width=bw
                                    y=move || y(top())
                                    height=move || (y(below()) - y(top())).max(0.0)
                                />
                            }
                        })
                        .collect_view()
                })
                .collect_view()
                .into_any()
        }
    };
    let labels = (0..N_YEARS)
        .map(|t| view! { <text class="tick" x=x_of(t) y=H - 6.0 text-anchor="middle">{short_year(t)}</text> })
        .collect_view();
    let col_w = (W - ML - MR) / N_YEARS as f64;
    let hits = (0..N_YEARS)
        .map(|t| {
            view! {
                <rect
                    class=move || if active.get() == Some(t) { "hit on" } else { "hit" }
                    x=x_of(t) - col_w / 2.0
                    y=MT
                    width=col_w
                    height=H - MT - MB
                    on:mouseenter=move |_| active.set(Some(t))
                    on:click=move |_| active.set(Some(t))
                />
            }
        })
        .collect_view();
    let readout = move || {
        let t = active.get().unwrap_or(N_YEARS - 1);
        data.with(|d| {
            let parts: Vec<String> = d
                .iter()
                .map(|s| format!("{} {}", s.name, num(s.values[t], 1)))
                .collect();
            let total = if kind == Kind::Stacked {
                format!(
                    " · total {}",
                    num(d.iter().map(|s| s.values[t]).sum::<f64>(), 1)
                )
            } else {
                String::new()
            };
            format!("{}: {}{total} (US$ bn)", fy_label(t), parts.join(" · "))
        })
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let cur = active.get_untracked().unwrap_or(N_YEARS - 1);
        let next = match ev.key().as_str() {
            "ArrowLeft" | "ArrowDown" => cur.saturating_sub(1),
            "ArrowRight" | "ArrowUp" => (cur + 1).min(N_YEARS - 1),
            "Home" => 0,
            "End" => N_YEARS - 1,
            _ => return,
        };
        ev.prevent_default();
        active.set(Some(next));
    };
    let title_id = format!("{id}-title");
    let summary_id = format!("{id}-summary");
    let legend = series
        .iter()
        .map(|s| {
            let swatch = if kind == Kind::Stacked {
                view! { <rect class=s.class x="0" y="0" width="16" height="10" /> }.into_any()
            } else {
                view! { <line class=format!("line {}{}", s.class, if s.dashed { " dashed" } else { "" }) x1="0" x2="16" y1="5" y2="5" /> }.into_any()
            };
            view! {
                <span class="key">
                    <svg class="swatch" viewBox="0 0 16 10" aria-hidden="true">{swatch}</svg>
                    {s.name}
                </span>
            }
        })
        .collect_view();
    let head = series
        .iter()
        .map(|s| view! { <th scope="col">{s.name}</th> })
        .collect_view();
    let rows = (0..N_YEARS)
        .map(|t| {
            let cells = (0..series.len())
                .map(|k| view! { <td>{move || num(value(k, t), 2)}</td> })
                .collect_view();
            view! { <tr><th scope="row">{fy_label(t)}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <figure class="chart" id=id>
            <figcaption>
                <h3 id=title_id.clone()>{title}</h3>
                <p class="chart-summary" id=summary_id.clone()>{move || summary.get()}</p>
            </figcaption>
            <div class="legend">{legend}<span class="unit">"US$ bn, current prices"</span></div>
            <svg
                viewBox=format!("0 0 {W} {H}")
                class="plot"
                tabindex="0"
                role="group"
                aria-labelledby=title_id
                aria-describedby=summary_id
                on:keydown=on_key
                on:mouseleave=move |_| active.set(None)
                on:blur=move |_| active.set(None)
            >
                {grid}
                {marks}
                {labels}
                {hits}
            </svg>
            <p class="readout" aria-live=move || if active.get().is_some() { "polite" } else { "off" }>{readout}</p>
            <details class="chart-data">
                <summary>"Data table"</summary>
                <div class="table-wrap" tabindex="0" role="region" aria-label=format!("{title}: data table")>
                    <table>
                        <caption>{format!("{title}, US$ bn")}</caption>
                        <thead><tr><th scope="col">"Year"</th>{head}</tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </details>
        </figure>
    }
}
