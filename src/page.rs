//! The page's layouts: the full calculator, the compact embed, and one chart alone for an iframe.
//! Each is a small arrangement of the components in the other modules; the sentences and
//! figures come from the core.

use leptos::prelude::*;
use trade_core::present::narrative;
use trade_core::text;

use crate::browser;
use crate::chart::{Charts, OneChart};
use crate::headline::{Headline, Ticker};
use crate::insight::{Compare, Goal, HowSure, Probability};
use crate::levers::LeverPanel;
use crate::panels::{Assumptions, Presets, Sources};
use crate::share::Toolbar;
use crate::state::{use_app, AppState};
use crate::tables::{SectorTable, YearTable};

#[component]
pub fn App() -> impl IntoView {
    match trade_core::baseline() {
        Ok(b) => {
            let initial_href = browser::current_href();
            let app = AppState::from_link(b);
            let first_query = untrack(|| app.query());
            // a new build reloads to the scenario as it is then; untouched, to the link as it
            // came (keys this build does not know, e.g. from a newer link, survive)
            crate::pwa::start(app.view.embed, move || {
                if untrack(|| app.query()) == first_query {
                    initial_href.clone()
                } else {
                    browser::current_href()
                }
            });
            browser::set_theme(app.view.theme);
            browser::report_height(app.view.pym_id.clone());
            app.sync_address_bar();
            match (app.view.embed, app.view.chart) {
                (true, Some(_)) => view! { <EmbedChart /> }.into_any(),
                (true, None) => view! { <EmbedPage /> }.into_any(),
                _ => view! { <FullPage /> }.into_any(),
            }
        }
        Err(e) => view! {
            <main class="page">
                <h1>{text::TITLE.en}</h1>
                <p class="notice error" role="alert">
                    "The calculator's data could not be read, so no projection is shown: "
                    {e.to_string()}
                </p>
            </main>
        }
        .into_any(),
    }
}

/// The headline sentence, the year's figures against current trends, and the target.
#[component]
fn Summary(#[prop(optional)] heading_hidden: bool) -> impl IntoView {
    let app = use_app();
    let sentence = move || {
        app.projection
            .with(|sc| app.base.with(|b| narrative::headline(sc, b)))
    };
    view! {
        <p class="sentence" id="sentence">{sentence}</p>
        <h2 id="results-h" class:visually-hidden=heading_hidden>{narrative::results_heading(app.shipped)}</h2>
        <Headline />
        <Probability />
    }
}

#[component]
fn FullPage() -> impl IntoView {
    let app = use_app();
    let (before, link, after) = text::SOURCE_LONG;
    view! {
        <main class="page">
            <crate::pwa::UpdateBanner />
            <header class="masthead">
                <p class="kicker">"India · Russia · Trade"</p>
                <h1>"Where is India's trade with Russia heading?"</h1>
                <p class="dek">{narrative::dek(app.shipped)}</p>
            </header>
            <Notices />
            <div class="layout">
                <section class="summary" aria-labelledby="results-h">
                    <Summary />
                    <Compare />
                    <Toolbar />
                    <Presets />
                </section>
                <LeverPanel />
                <section class="details" aria-label="Charts and tables">
                    <Charts downloads=true />
                    <Goal />
                    <HowSure />
                    <YearTable />
                    <SectorTable />
                    <Assumptions />
                    <Sources />
                </section>
                <Ticker />
            </div>
            <footer class="sources">
                <p>{before.en} <a href="#sources">{link.en}</a> {after.en}</p>
            </footer>
        </main>
    }
}

#[component]
fn EmbedPage() -> impl IntoView {
    let app = use_app();
    view! {
        <main class="page embed">
            <h1 class="embed-title">{narrative::embed_title()}</h1>
            <Notices />
            <div class="layout">
                <section class="summary" aria-labelledby="results-h">
                    <Summary heading_hidden=true />
                </section>
                {(!app.view.hide_controls).then(|| view! { <LeverPanel /> })}
                <section class="details" aria-label="Charts">
                    <Charts downloads=false />
                </section>
            </div>
            <EmbedFooter />
        </main>
    }
}

/// One chart alone, for an iframe.
#[component]
fn EmbedChart() -> impl IntoView {
    let app = use_app();
    let chart = app
        .view
        .chart
        .unwrap_or(trade_core::present::chart::ChartId::Balance);
    view! {
        <main class="page embed embed-chart">
            <Notices />
            <OneChart chart=chart />
            {(!app.view.hide_controls).then(|| view! { <LeverPanel /> })}
            <EmbedFooter />
        </main>
    }
}

/// Source line and a link to the full calculator: always shown in embeds.
#[component]
fn EmbedFooter() -> impl IntoView {
    let app = use_app();
    view! {
        <footer class="sources embed-footer">
            <p>
                {text::SOURCE_SHORT.en} " "
                <a href=move || app.link() target="_blank" rel="noopener">"Open the full calculator ↗"</a>
            </p>
        </footer>
    }
}

/// What the link's reader changed or ignored, dismissible.
#[component]
fn Notices() -> impl IntoView {
    let notices = use_app().notices;
    view! {
        <Show when=move || !notices.with(|n| n.is_empty())>
            <div class="notice" role="status">
                <p>"Some settings in this link could not be used as they were:"</p>
                <ul>
                    {move || {
                        notices.with(|ns| {
                            ns.iter().map(|n| view! { <li>{n.for_page()}</li> }).collect_view()
                        })
                    }}
                </ul>
                <button type="button" on:click=move |_| notices.set(Vec::new())>
                    "Dismiss"
                </button>
            </div>
        </Show>
    }
}
