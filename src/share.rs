//! Share, embed and download controls: copy link, the device share sheet, the embed dialog, CSV
//! and JSON downloads, and each chart as SVG or PNG.

use leptos::prelude::*;
use leptos::task::spawn_local;
use trade_core::link::{Theme, View};
use trade_core::present::chart::ChartId;
use trade_core::present::{embed, report, svg};
use trade_core::text;

use crate::browser;
use crate::state::{use_app, AppState};

/// A file the reader can download.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Download {
    /// The numbers, a line per year.
    Csv,
    /// The link, the levers and every source.
    SourcesCsv,
    Json,
}

impl Download {
    fn name(self) -> &'static str {
        match self {
            Download::Csv => "data (CSV)",
            Download::SourcesCsv => "sources (CSV)",
            Download::Json => "JSON",
        }
    }

    /// Make the file and offer it.
    fn save(self, app: AppState) -> Result<(), wasm_bindgen::JsValue> {
        let (s, p) = (app.scenario.get_untracked(), app.params.get_untracked());
        match self {
            Download::Csv => browser::download_text(
                "india-russia-trade.csv",
                "text/csv;charset=utf-8",
                &report::to_csv(&report::Report {
                    pinned: app.pinned.get_untracked().as_ref(),
                    ..report::Report::new(app.baseline, &p, &s)
                }),
            ),
            Download::SourcesCsv => browser::download_text(
                "india-russia-trade-sources.csv",
                "text/csv;charset=utf-8",
                &report::to_sources_csv(app.baseline, &p, &s, &untrack(|| app.link())),
            ),
            Download::Json => browser::download_text(
                "india-russia-trade.json",
                "application/json",
                &report::to_json(&report::Report {
                    pinned: app.pinned.get_untracked().as_ref(),
                    ..report::Report::new(app.baseline, &p, &s)
                }),
            ),
        }
    }
}

#[component]
pub fn Toolbar() -> impl IntoView {
    let app = use_app();
    let status = RwSignal::new(String::new());
    let url = Memo::new(move |_| app.link());
    let copy = move |_| {
        let u = url.get_untracked();
        spawn_local(async move {
            status.set(match browser::copy_text(&u).await {
                Ok(()) => "Link copied.".into(),
                Err(_) => {
                    "Your browser did not allow copying: select the link below and copy it.".into()
                }
            });
        });
    };
    let share = move |_| {
        let u = url.get_untracked();
        spawn_local(async move {
            // a cancelled share sheet is not an error worth reporting
            let _ = browser::share(text::TITLE.en, &u).await;
        });
    };
    let download = move |d: Download| {
        status.set(match d.save(app) {
            Ok(()) => format!("Downloaded the {} file.", d.name()),
            Err(_) => "The download could not be started in this browser.".into(),
        });
    };
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    view! {
        <section class="toolbar" aria-label="Share and download">
            <div class="buttons">
                <button type="button" on:click=copy>"Copy link"</button>
                {browser::can_share().then(|| view! { <button type="button" on:click=share>"Share…"</button> })}
                <button type="button" on:click=move |_| {
                    if let Some(d) = dialog.get() {
                        let _ = d.show_modal();
                    }
                }>"Embed…"</button>
                <button type="button" on:click=move |_| download(Download::Csv)>"Download data (CSV)"</button>
                <button type="button" on:click=move |_| download(Download::SourcesCsv)>"Sources (CSV)"</button>
                <button type="button" on:click=move |_| download(Download::Json)>"Download JSON"</button>
            </div>
            <label class="link-box">
                <span>"Link to this scenario"</span>
                <input type="text" readonly prop:value=move || url.get() on:focus=|ev| browser::select_all(&ev) />
            </label>
            <p class="status" role="status">{move || status.get()}</p>
            <EmbedDialog dialog=dialog />
        </section>
    }
}

#[component]
fn EmbedDialog(dialog: NodeRef<leptos::html::Dialog>) -> impl IntoView {
    let app = use_app();
    let chart = RwSignal::new(None::<ChartId>);
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
        let src = format!("{}&{}", app.link(), v.encode());
        embed::snippet(
            &src,
            text::TITLE.en,
            embed::initial_height(chart.get().is_some(), controls.get()),
        )
    });
    let copy = move |_| {
        let text = snippet.get_untracked();
        spawn_local(async move {
            copied.set(match browser::copy_text(&text).await {
                Ok(()) => "Snippet copied.".into(),
                Err(_) => "Select the snippet and copy it.".into(),
            });
        });
    };
    let theme_label = |t: Theme| match t {
        Theme::Auto => "follow the reader's system",
        Theme::Light => "light",
        Theme::Dark => "dark",
    };
    view! {
        <dialog node_ref=dialog class="embed-dialog" aria-labelledby="embed-h">
            <h2 id="embed-h">"Embed this scenario"</h2>
            <p class="help">"Paste the snippet into your article's HTML. The frame resizes itself to its content (the script understands the same height messages as Datawrapper's; Pym.js parents work too)."</p>
            <div class="embed-options">
                <label>
                    "Show "
                    <select on:change=move |ev| chart.set(ChartId::parse(&event_target_value(&ev)))>
                        <option value="all">"the whole calculator"</option>
                        {ChartId::ALL
                            .into_iter()
                            .map(|c| view! { <option value=c.key()>{"one chart: "}{c.title().en}</option> })
                            .collect_view()}
                    </select>
                </label>
                <label>
                    <input type="checkbox" prop:checked=move || controls.get() on:change=move |ev| controls.set(event_target_checked(&ev)) />
                    " with the levers"
                </label>
                <label>
                    "Theme "
                    <select on:change=move |ev| theme.set(Theme::parse(&event_target_value(&ev)).unwrap_or_default())>
                        {Theme::ALL
                            .into_iter()
                            .map(|t| view! { <option value=t.key()>{theme_label(t)}</option> })
                            .collect_view()}
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

/// "Download balance chart as SVG · PNG" for one chart.
#[component]
pub fn ChartDownloads(chart: ChartId) -> impl IntoView {
    let app = use_app();
    let document = move || {
        let link = untrack(|| app.link());
        let (sc, base) = (app.projection.get_untracked(), app.base.get_untracked());
        let (pin, moved) = (
            app.pinned_projection.get_untracked(),
            app.moved.get_untracked(),
        );
        let band =
            matches!(chart, ChartId::Balance | ChartId::Total).then(|| app.band.get_untracked());
        let drawn = svg::Drawn {
            baseline: app.baseline,
            scenario: &sc,
            base: &base,
            extras: trade_core::present::chart::Extras {
                band: band.as_ref(),
                pinned: pin.as_ref(),
            },
            moved: &moved,
        };
        svg::standalone_svg(chart, &drawn, &link)
    };
    let name = chart.key();
    let (w, h) = svg::SIZE;
    view! {
        <div class="chart-downloads">
            "Download "
            <button type="button" class="link" on:click=move |_| {
                let _ = browser::download_text(&format!("india-russia-{name}.svg"), "image/svg+xml", &document());
            }>{format!("{} as SVG", chart.noun().en)}</button>
            " · "
            <button type="button" class="link" on:click=move |_| {
                let _ = browser::download_png(&format!("india-russia-{name}.png"), &document(), w, h, 2);
            }>"PNG"</button>
        </div>
    }
}
