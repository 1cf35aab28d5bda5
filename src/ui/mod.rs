//! The page (Leptos, client-side). State is one `RwSignal<Scenario>`; the projection is a `Memo`
//! of it; effects only push state out (the URL). No model logic lives here.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

mod charts;
mod panels;
mod share;
mod web;

use crate::chart::{chart_data, CHARTS};
use crate::data::{Baseline, Params, EXPORT_SECTORS, IMPORT_GROUPS};
use crate::format::{bn, num, signed_bn};
use crate::levers::{lever, Lever};
use crate::model::{fy_label, project, Projection, Scenario, N_YEARS};
use crate::narrative;
use crate::scenario::{decode_full, encode_full, Notice, Theme};
use charts::Chart;
use panels::{Assumptions, Presets, SectorGrowth, Sources};
use share::{ChartDownloads, Toolbar};
use web::{current_query, replace_query};

#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}

/// Lever groups as the page shows them.
const GROUPS: &[(&str, &[&str])] = &[
    (
        "Trade agreement",
        &["eaeu_cut", "start", "phase", "india_cut"],
    ),
    ("Oil", &["oil", "oil_price", "oil_disc"]),
    ("Growth", &["growth", "nonoil"]),
];

#[component]
fn App() -> impl IntoView {
    match crate::baseline() {
        Ok(b) => view! { <Calculator baseline=b /> }.into_any(),
        Err(e) => view! {
            <main class="page">
                <h1>"India–Russia trade calculator"</h1>
                <p class="notice error" role="alert">
                    "The calculator's data file could not be read, so no projection is shown: "
                    {e.to_string()}
                </p>
            </main>
        }
        .into_any(),
    }
}

#[component]
fn Calculator(baseline: &'static Baseline) -> impl IntoView {
    let shipped: &'static Params = &baseline.params;
    let link = decode_full(&current_query(), shipped);
    let view_flags = link.view;
    let scenario = RwSignal::new(link.scenario);
    let params = RwSignal::new(link.params);
    let notices = RwSignal::new(link.notices);
    let projection = Memo::new(move |_| params.with(|p| scenario.with(|s| project(p, s))));
    // current trends under the assumptions in force
    let base = Memo::new(move |_| params.with(|p| project(p, &Scenario::baseline(shipped))));

    web::set_theme(match view_flags.theme {
        Theme::Auto => None,
        Theme::Light => Some("light"),
        Theme::Dark => Some("dark"),
    });
    web::report_height(view_flags.pym_id.clone());

    // Push the scenario out to the address bar (replacing, not adding, history entries).
    let flags = view_flags.encode();
    Effect::new(move |_| {
        let q = params.with(|p| scenario.with(|s| encode_full(s, p, shipped)));
        replace_query(&if flags.is_empty() {
            q
        } else {
            format!("{q}&{flags}")
        });
    });

    let reset = move |_| {
        params.set(*shipped);
        scenario.set(Scenario::baseline(shipped));
    };
    let sentence = move || projection.with(|sc| base.with(|b| narrative::headline(sc, b)));
    let embed = view_flags.embed;
    let shown: Vec<&'static str> = view_flags.levers.clone();
    let show_levers = !view_flags.hide_controls;
    let full_link = move || params.with(|p| scenario.with(|s| share::link(s, p, shipped)));

    let levers = move || {
        let shown = shown.clone();
        view! {
            <section class="levers" aria-labelledby="levers-h">
                <h2 id="levers-h">"Your scenario"</h2>
                {GROUPS
                    .iter()
                    .map(|(title, keys)| {
                        let items: Vec<&'static Lever> = keys
                            .iter()
                            .filter(|k| shown.is_empty() || shown.contains(k))
                            .filter_map(|k| lever(k))
                            .collect();
                        (!items.is_empty()).then(|| view! {
                            <fieldset class="group">
                                <legend>{*title}</legend>
                                {items
                                    .into_iter()
                                    .map(|l| view! { <LeverControl lever=l scenario=scenario params=shipped /> })
                                    .collect_view()}
                                {(*title == "Growth" && !embed).then(|| view! { <SectorGrowth scenario=scenario params=shipped /> })}
                            </fieldset>
                        })
                    })
                    .collect_view()}
                <button type="button" class="reset" on:click=reset>
                    "Reset to current trends"
                </button>
            </section>
        }
    };

    if let Some(i) = view_flags.chart.filter(|_| embed) {
        // one chart alone, for an iframe
        return view! {
            <main class="page embed embed-chart">
                <Notices notices=notices />
                <OneChart i=i projection=projection base=base />
                {show_levers.then(levers)}
                <EmbedFooter link=Signal::derive(full_link) />
            </main>
        }
        .into_any();
    }
    if embed {
        return view! {
            <main class="page embed">
                <h1 class="embed-title">"India's trade with Russia to FY2030-31"</h1>
                <Notices notices=notices />
                <div class="layout">
                    <section class="summary" aria-labelledby="results-h">
                        <p class="sentence" id="sentence">{sentence}</p>
                        <h2 id="results-h" class="visually-hidden">{format!("{}: your scenario against current trends", fy_label(N_YEARS - 1))}</h2>
                        <Headline projection=projection base=base />
                    </section>
                    {show_levers.then(levers)}
                    <section class="details" aria-label="Charts">
                        <Charts projection=projection base=base downloads=None />
                    </section>
                </div>
                <EmbedFooter link=Signal::derive(full_link) />
            </main>
        }
        .into_any();
    }

    view! {
        <main class="page">
            <header class="masthead">
                <p class="kicker">"India · Russia · Trade"</p>
                <h1>"Where is India's trade with Russia heading?"</h1>
                <p class="dek">
                    "India bought US$ 63.8 bn of goods from Russia in FY2024-25, mostly crude oil, and sold it US$ 4.9 bn. "
                    "Move the levers to project exports, imports and the balance to FY2030-31, against the two governments' US$ 100 bn trade target. "
                    "Everything is computed in your browser."
                </p>
            </header>
            <Notices notices=notices />
            <div class="layout">
                <section class="summary" aria-labelledby="results-h">
                    <p class="sentence" id="sentence">{sentence}</p>
                    <h2 id="results-h">{format!("{}: your scenario against current trends", fy_label(N_YEARS - 1))}</h2>
                    <Headline projection=projection base=base />
                    <Toolbar baseline=baseline scenario=scenario params=params />
                    <Presets scenario=scenario params=params shipped=shipped />
                </section>
                {levers}
                <section class="details" aria-label="Charts and tables">
                    <Charts projection=projection base=base downloads=Some((scenario, params, shipped)) />
                    <YearTable projection=projection base=base />
                    <SectorTable projection=projection base=base />
                    <Assumptions baseline=baseline params=params />
                    <Sources baseline=baseline />
                </section>
                <Ticker projection=projection />
            </div>
            <footer class="sources">
                <p>
                    "Source: Department of Commerce (FY2024-25 totals); sector splits, tariffs, elasticities and market sizes partly our estimates, each with its source under "
                    <a href="#sources">"Sources and method"</a>
                    ". Model: WITS SMART partial equilibrium. Illustrative projections, not forecasts."
                </p>
            </footer>
        </main>
    }
    .into_any()
}

/// Source line and a link to the full calculator: always shown in embeds.
#[component]
fn EmbedFooter(link: Signal<String>) -> impl IntoView {
    view! {
        <footer class="sources embed-footer">
            <p>
                "Source: Department of Commerce (FY2024-25 totals); sector splits partly estimates. Model: WITS SMART partial equilibrium. Illustrative. "
                <a href=move || link.get() target="_blank" rel="noopener">"Open the full calculator ↗"</a>
            </p>
        </footer>
    }
}

/// Downloads need the scenario and assumptions to write the link into the file.
type DownloadState = Option<(RwSignal<Scenario>, RwSignal<Params>, &'static Params)>;

#[component]
fn OneChart(i: usize, projection: Memo<Projection>, base: Memo<Projection>) -> impl IntoView {
    let kind = projection.with_untracked(|p| base.with_untracked(|b| chart_data(i, p, b).0));
    let data = Memo::new(move |_| projection.with(|p| base.with(|b| chart_data(i, p, b).1)));
    let summary = Signal::derive(move || {
        projection.with(|p| {
            base.with(|b| match i {
                0 => narrative::balance_chart(p, b),
                1 => narrative::total_chart(p, b),
                2 => narrative::exports_chart(p),
                _ => narrative::imports_chart(p),
            })
        })
    });
    view! { <Chart id=format!("chart-{}", CHARTS[i].0) title=CHARTS[i].1 kind=kind data=data summary=summary /> }
}

#[component]
fn Charts(
    projection: Memo<Projection>,
    base: Memo<Projection>,
    downloads: DownloadState,
) -> impl IntoView {
    view! {
        <div class="charts">
            {(0..CHARTS.len())
                .map(|i| {
                    view! {
                        <div class="chart-cell">
                            <OneChart i=i projection=projection base=base />
                            {downloads.map(|(scenario, params, shipped)| view! {
                                <ChartDownloads i=i projection=projection base=base scenario=scenario params=params shipped=shipped />
                            })}
                        </div>
                    }
                })
                .collect_view()}
        </div>
    }
}

#[component]
fn Notices(notices: RwSignal<Vec<Notice>>) -> impl IntoView {
    view! {
        <Show when=move || !notices.with(|n| n.is_empty())>
            <div class="notice" role="status">
                <p>"Some settings in this link could not be used as they were:"</p>
                <ul>
                    {move || {
                        notices
                            .get()
                            .into_iter()
                            .map(|n| view! { <li>{n.message}</li> })
                            .collect_view()
                    }}
                </ul>
                <button type="button" on:click=move |_| notices.set(Vec::new())>
                    "Dismiss"
                </button>
            </div>
        </Show>
    }
}

#[component]
fn LeverControl(
    lever: &'static Lever,
    scenario: RwSignal<Scenario>,
    params: &'static Params,
) -> impl IntoView {
    let id = format!("lever-{}", lever.key);
    let help_id = format!("{id}-help");
    let value = move || scenario.with(|s| (lever.get)(s));
    let text = move || lever.display(value());
    // widest text the output can show, so that dragging never shifts the layout
    let width = {
        let chars = |v: f64| lever.format(v).chars().count();
        let n = if lever.key == "start" {
            9
        } else {
            chars(lever.min)
                .max(chars(lever.max))
                .max(chars(lever.min + lever.step))
                + 1
                + lever.unit.chars().count()
        };
        format!("{n}ch")
    };
    let on_input = move |ev: leptos::ev::Event| {
        if let Ok(v) = event_target_value(&ev).parse::<f64>() {
            if v.is_finite() {
                let v = lever.fit(v, params).value();
                scenario.update(|s| (lever.set)(s, v));
            }
        }
    };
    view! {
        <div class="lever">
            <div class="lever-head">
                <label for=id.clone()>{lever.label}</label>
                <output for=id.clone() data-key=lever.key style:min-width=width>{text}</output>
            </div>
            <input
                type="range"
                id=id
                name=lever.key
                min=lever.min
                max=lever.max
                step=lever.step
                prop:value=move || value().to_string()
                aria-valuetext=text
                aria-describedby=help_id.clone()
                on:input=on_input
            />
            <p class="help" id=help_id>{lever.help}</p>
        </div>
    }
}

/// A figure with its baseline beside it and its exact value in `data-value` for tests.
#[component]
fn Figure(
    label: &'static str,
    #[prop(into)] value: Signal<f64>,
    #[prop(into)] base: Signal<f64>,
    #[prop(optional)] signed: bool,
    key: &'static str,
) -> impl IntoView {
    let fmt = move |v: f64| if signed { signed_bn(v) } else { bn(v) };
    view! {
        <div class="figure" data-figure=key>
            <p class="figure-label">{label}</p>
            <p class="figure-value" data-value=move || value.get().to_string()>{move || fmt(value.get())}</p>
            <p class="figure-base">"Current trends: " {move || fmt(base.get())}</p>
        </div>
    }
}

#[component]
fn Headline(projection: Memo<Projection>, base: Memo<Projection>) -> impl IntoView {
    let h = move || projection.with(|p| p.headline);
    let bh = move || base.with(|b| b.headline);
    let target = base.with_untracked(|b| b.target);
    let share = move || (h().final_total / target * 100.0).clamp(0.0, 100.0);
    let target_text = move || {
        let h = h();
        match h.target_year {
            Some(t) => format!("Target reached in {}", fy_label(t)),
            None => format!(
                "{} short of the target; not reached by {}",
                bn(h.target_gap.max(0.0)),
                fy_label(N_YEARS - 1)
            ),
        }
    };
    view! {
        <div class="headline">
            <Figure label="Exports to Russia" value=Signal::derive(move || h().final_exports) base=Signal::derive(move || bh().final_exports) key="exports" />
            <Figure label="Imports from Russia" value=Signal::derive(move || h().final_imports) base=Signal::derive(move || bh().final_imports) key="imports" />
            <Figure label="Balance" value=Signal::derive(move || h().final_balance) base=Signal::derive(move || bh().final_balance) signed=true key="balance" />
            <Figure label="Total trade" value=Signal::derive(move || h().final_total) base=Signal::derive(move || bh().final_total) key="total" />
        </div>
        <div class="target">
            <div class="target-bar" role="img" aria-label=move || format!("Total trade is {:.0} % of the US$ 100 bn target", share())>
                <div class="target-fill" style:width=move || format!("{:.1}%", share())></div>
            </div>
            <p class="target-text" data-figure="target">{target_text}</p>
            <p class="cumulative" data-figure="cumulative" data-value=move || h().cumulative_deficit.to_string()>
                {move || format!(
                    "Cumulative deficit FY2025-26 to FY2030-31: {} (current trends: {})",
                    bn(h().cumulative_deficit),
                    bn(bh().cumulative_deficit)
                )}
            </p>
        </div>
    }
}

/// A one-line summary that stays in view on phones while the levers are scrolled.
#[component]
fn Ticker(projection: Memo<Projection>) -> impl IntoView {
    let h = move || projection.with(|p| p.headline);
    view! {
        <div class="ticker" aria-hidden="true">
            <span>{fy_label(N_YEARS - 1)}</span>
            <span>"Balance " <b>{move || signed_bn(h().final_balance)}</b></span>
            <span>"Total " <b>{move || bn(h().final_total)}</b></span>
        </div>
    }
}

#[component]
fn YearTable(projection: Memo<Projection>, base: Memo<Projection>) -> impl IntoView {
    let cell = move |t: usize, f: fn(&crate::model::Year) -> f64, signed: bool| {
        let b = move || base.with(|p| f(&p.years[t]));
        let fmt = move |v: f64| {
            let n = num(v, 1);
            if signed && !n.starts_with('−') && n != "0.0" {
                format!("+{n}")
            } else {
                n
            }
        };
        view! {
            <td data-value=move || projection.with(|p| f(&p.years[t])).to_string()>
                {move || fmt(projection.with(|p| f(&p.years[t])))}
                <span class="base">{move || fmt(b())}</span>
            </td>
        }
    };
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label="Year-by-year table">
            <table class="years" id="year-table">
                <caption>"Year by year, US$ bn (current trends in grey)"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Fiscal year"</th>
                        <th scope="col">"Exports"</th>
                        <th scope="col">"Imports"</th>
                        <th scope="col">"Total"</th>
                        <th scope="col">"Balance"</th>
                    </tr>
                </thead>
                <tbody>
                    {(0..N_YEARS)
                        .map(|t| {
                            view! {
                                <tr>
                                    <th scope="row">{fy_label(t)}</th>
                                    {cell(t, |y| y.total_exports, false)}
                                    {cell(t, |y| y.total_imports, false)}
                                    {cell(t, |y| y.total_trade, false)}
                                    {cell(t, |y| y.balance, true)}
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn SectorTable(projection: Memo<Projection>, base: Memo<Projection>) -> impl IntoView {
    let last = N_YEARS - 1;
    let row = move |label: &'static str, imports: bool, i: usize| {
        let get = move |p: &Projection| {
            let y = &p.years[last];
            if imports {
                y.imports[i]
            } else {
                y.exports[i]
            }
        };
        view! {
            <tr>
                <th scope="row">{label}</th>
                <td>
                    {move || num(projection.with(get), 2)}
                    <span class="base">{move || num(base.with(get), 2)}</span>
                </td>
            </tr>
        }
    };
    view! {
        <details class="sectors">
            <summary>{format!("By sector and group, {}", fy_label(last))}</summary>
            <div class="table-wrap" tabindex="0" role="region" aria-label="Sector and group tables">
                <table>
                    <caption>"India's exports to Russia by sector, US$ bn"</caption>
                    <tbody>
                        {EXPORT_SECTORS
                            .iter()
                            .enumerate()
                            .map(|(i, s)| row(s.label, false, i))
                            .collect_view()}
                    </tbody>
                </table>
                <table>
                    <caption>"India's imports from Russia by group, US$ bn"</caption>
                    <tbody>
                        {IMPORT_GROUPS
                            .iter()
                            .enumerate()
                            .map(|(i, s)| row(s.label, true, i))
                            .collect_view()}
                    </tbody>
                </table>
            </div>
        </details>
    }
}
