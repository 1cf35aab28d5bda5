//! Share, embed and download controls.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::web;
use crate::chart::CHARTS;
use crate::data::{Baseline, Params};
use crate::model::{Projection, Scenario};
use crate::report;
use crate::scenario::{encode_full, Theme, View};

const TITLE: &str = "India–Russia trade calculator";

/// The scenario's link: this page's address with the scenario's query.
pub fn link(s: &Scenario, p: &Params, shipped: &Params) -> String {
    format!("{}?{}", web::page_base(), encode_full(s, p, shipped))
}

#[component]
pub fn Toolbar(
    baseline: &'static Baseline,
    scenario: RwSignal<Scenario>,
    params: RwSignal<Params>,
) -> impl IntoView {
    let shipped = &baseline.params;
    let status = RwSignal::new(String::new());
    let url = Memo::new(move |_| params.with(|p| scenario.with(|s| link(s, p, shipped))));
    let copy = move |_| {
        let u = url.get_untracked();
        spawn_local(async move {
            match web::copy_text(&u).await {
                Ok(()) => status.set("Link copied.".into()),
                Err(_) => status.set(
                    "Your browser did not allow copying: select the link below and copy it.".into(),
                ),
            }
        });
    };
    let share = move |_| {
        let u = url.get_untracked();
        spawn_local(async move {
            // a cancelled share sheet is not an error worth reporting
            let _ = web::share(TITLE, &u).await;
        });
    };
    let download = move |kind: &'static str| {
        let (s, p) = (scenario.get_untracked(), params.get_untracked());
        let u = url.get_untracked();
        let result = match kind {
            "csv" => web::download_text(
                "india-russia-trade.csv",
                "text/csv;charset=utf-8",
                &report::to_csv(baseline, &p, &s, &u),
            ),
            _ => web::download_text(
                "india-russia-trade.json",
                "application/json",
                &report::to_json(baseline, &p, &s),
            ),
        };
        status.set(match result {
            Ok(()) => format!("Downloaded the {} file.", kind.to_ascii_uppercase()),
            Err(_) => "The download could not be started in this browser.".into(),
        });
    };
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    view! {
        <section class="toolbar" aria-label="Share and download">
            <div class="buttons">
                <button type="button" on:click=copy>"Copy link"</button>
                {web::can_share().then(|| view! { <button type="button" on:click=share>"Share…"</button> })}
                <button type="button" on:click=move |_| {
                    if let Some(d) = dialog.get() {
                        let _ = d.show_modal();
                    }
                }>"Embed…"</button>
                <button type="button" on:click=move |_| download("csv")>"Download CSV"</button>
                <button type="button" on:click=move |_| download("json")>"Download JSON"</button>
            </div>
            <label class="link-box">
                <span>"Link to this scenario"</span>
                <input type="text" readonly prop:value=move || url.get() on:focus=|ev| {
                    use wasm_bindgen::JsCast;
                    if let Some(i) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                        i.select();
                    }
                } />
            </label>
            <p class="status" role="status">{move || status.get()}</p>
            <EmbedDialog dialog=dialog scenario=scenario params=params shipped=shipped />
        </section>
    }
}

#[component]
fn EmbedDialog(
    dialog: NodeRef<leptos::html::Dialog>,
    scenario: RwSignal<Scenario>,
    params: RwSignal<Params>,
    shipped: &'static Params,
) -> impl IntoView {
    let chart = RwSignal::new(None::<usize>);
    let controls = RwSignal::new(true);
    let theme = RwSignal::new(Theme::Auto);
    let copied = RwSignal::new(String::new());
    let snippet = Memo::new(move |_| {
        let v = View {
            embed: true,
            chart: chart.get(),
            theme: theme.get(),
            hide_controls: !controls.get(),
            ..View::default()
        };
        let src = format!(
            "{}&{}",
            params.with(|p| scenario.with(|s| link(s, p, shipped))),
            v.encode()
        );
        let height = if chart.get().is_some() {
            560
        } else if controls.get() {
            1400
        } else {
            900
        };
        crate::embed::snippet(&src, TITLE, height)
    });
    let copy = move |_| {
        let text = snippet.get_untracked();
        spawn_local(async move {
            copied.set(match web::copy_text(&text).await {
                Ok(()) => "Snippet copied.".into(),
                Err(_) => "Select the snippet and copy it.".into(),
            });
        });
    };
    view! {
        <dialog node_ref=dialog class="embed-dialog" aria-labelledby="embed-h">
            <h2 id="embed-h">"Embed this scenario"</h2>
            <p class="help">"Paste the snippet into your article's HTML. The frame resizes itself to its content (the script understands the same height messages as Datawrapper's; Pym.js parents work too)."</p>
            <div class="embed-options">
                <label>
                    "Show "
                    <select on:change=move |ev| chart.set(event_target_value(&ev).parse::<usize>().ok())>
                        <option value="all">"the whole calculator"</option>
                        {CHARTS
                            .iter()
                            .enumerate()
                            .map(|(i, (_, title))| view! { <option value=i.to_string()>{"one chart: "}{*title}</option> })
                            .collect_view()}
                    </select>
                </label>
                <label>
                    <input type="checkbox" prop:checked=move || controls.get() on:change=move |ev| controls.set(event_target_checked(&ev)) />
                    " with the levers"
                </label>
                <label>
                    "Theme "
                    <select on:change=move |ev| theme.set(match event_target_value(&ev).as_str() {
                        "light" => Theme::Light,
                        "dark" => Theme::Dark,
                        _ => Theme::Auto,
                    })>
                        <option value="auto">"follow the reader's system"</option>
                        <option value="light">"light"</option>
                        <option value="dark">"dark"</option>
                    </select>
                </label>
            </div>
            <label class="snippet">
                <span>"Snippet"</span>
                <textarea readonly rows="9" prop:value=move || snippet.get()></textarea>
            </label>
            <p class="status" role="status">{move || copied.get()}</p>
            <div class="buttons">
                <button type="button" on:click=copy>"Copy snippet"</button>
                <button type="button" on:click=move |_| {
                    if let Some(d) = dialog.get() {
                        d.close();
                    }
                }>"Close"</button>
            </div>
        </dialog>
    }
}

/// "SVG · PNG" download buttons for chart `i`.
#[component]
pub fn ChartDownloads(
    i: usize,
    projection: Memo<Projection>,
    base: Memo<Projection>,
    scenario: RwSignal<Scenario>,
    params: RwSignal<Params>,
    shipped: &'static Params,
) -> impl IntoView {
    let svg = move || {
        let u = params.with_untracked(|p| scenario.with_untracked(|s| link(s, p, shipped)));
        projection.with_untracked(|sc| {
            base.with_untracked(|b| crate::chart::standalone_svg(i, sc, b, &u))
        })
    };
    let name = CHARTS[i].0;
    view! {
        <div class="chart-downloads">
            "Download "
            <button type="button" class="link" on:click=move |_| {
                let _ = web::download_text(&format!("india-russia-{name}.svg"), "image/svg+xml", &svg());
            }>{format!("{name} chart as SVG")}</button>
            " · "
            <button type="button" class="link" on:click=move |_| {
                let _ = web::download_png(&format!("india-russia-{name}.png"), &svg(), 720, 480, 2);
            }>"PNG"</button>
        </div>
    }
}
