//! The page's layouts: the full calculator, the compact embed, and one chart alone for an iframe.
//! Each is a small arrangement of the components in the other modules; the sentences and
//! figures come from the core. A change of language or currency rebuilds the layout (every text
//! is then a plain string, and a lever move updates only numbers).

use leptos::prelude::*;
use trade_core::present::format::Currency;
use trade_core::present::words::{narrative, running};
use trade_core::text;
use trade_core::tr::{Lang, Tr};

use crate::chart::{Charts, OneChart};
use crate::headline::{Headline, Ticker};
use crate::insight::{Compare, Goal, HowSure, Probability};
use crate::lazy::Later;
use crate::levers::LeverPanel;
use crate::panels::{Assumptions, Presets, Sources};
use crate::share::Toolbar;
use crate::state::{stage, use_app, use_display, AppState};
use crate::tables::{SectorTable, YearFold};
use crate::{address, frame, root, tasks};
use wasm_bindgen::JsCast;

#[component]
pub fn App() -> impl IntoView {
    let b = match crate::vintage::baseline() {
        Ok(b) => b,
        Err(e) => {
            let lang = Lang::negotiate(&root::languages());
            return view! {
                <main class="page">
                    <h1>{text::TITLE.get(lang)}</h1>
                    <p class="notice error" role="alert">{text::DATA_ERROR.fill(lang, &e.to_string())}</p>
                </main>
            }
            .into_any();
        }
    };
    let app = AppState::from_link(b);
    start(app);
    view! {
        {move || {
            // rebuilt when the reader changes language or currency
            let _ = (app.display.lang.get(), app.display.cur.get());
            untrack(|| match (app.display.view.embed, app.display.view.chart) {
                (true, Some(_)) => view! { <EmbedChart /> }.into_any(),
                (true, None) => view! { <EmbedPage /> }.into_any(),
                _ => view! { <FullPage /> }.into_any(),
            })
        }}
    }
    .into_any()
}

/// What the page sets going beside its view: the service worker, the theme, the height an embed
/// reports, the address bar, the staged build and the document's language.
fn start(app: AppState) {
    let initial_href = address::current_href();
    // the scenario as the page was built (computed then: writing a link is not part of the
    // first task)
    let first_query = std::rc::Rc::new(std::cell::OnceCell::<String>::new());
    tasks::when_built({
        let first_query = first_query.clone();
        move || {
            let _ = first_query.set(untrack(|| app.query()));
        }
    });
    // a new build reloads to the scenario as it is then; untouched, to the link as it came (keys
    // this build does not know, e.g. from a newer link, survive)
    crate::pwa::start(app.display.view.embed, move || {
        if first_query
            .get()
            .is_none_or(|q| untrack(|| app.query()) == *q)
        {
            initial_href.clone()
        } else {
            untrack(|| app.link())
        }
    });
    root::set_theme(app.display.view.theme);
    frame::report_height(app.display.view.pym_id.clone());
    app.sync_address_bar();
    crate::state::use_insights().follow();
    // embeds too: on a phone a frame often shares the article's main thread
    crate::lazy::build_in_stages(app.display.stage);
    Effect::new(move |_| {
        let lang = app.display.lang.get();
        root::set_language(
            lang,
            text::PAGE_TITLE.get(lang),
            &text::description(lang, &untrack(|| app.loc().num(app.shipped.target, 0))),
        );
    });
}

/// The headline sentence, the year's figures against current trends, and the target.
#[component]
fn Summary(#[prop(optional)] heading_hidden: bool) -> impl IntoView {
    let app = use_app();
    let sentence = move || {
        app.projection
            .with(|sc| app.base.with(|b| narrative::headline(&app.loc(), sc, b)))
    };
    let heading = narrative::results_heading(&app.loc(), app.shipped);
    let trends = move || {
        app.params
            .with(|p| narrative::trends_note(&app.loc(), p, p != app.shipped))
    };
    // the running year's months against the projection for them, when the data has them
    let running = app.baseline.running.is_some().then(|| {
        let words = move || {
            app.projection.with(|sc| {
                running::running_sentence(&app.loc(), app.baseline, sc).unwrap_or_default()
            })
        };
        view! { <p class="running-note" id="running-year">{words}</p> }
    });
    // the presets' sources are on the full page only
    let why = (!app.display.view.embed).then(|| {
        view! { " " <a href="#presets-h">{text::TRENDS_WHY.get(app.lang())}</a> }
    });
    view! {
        <p class="sentence" id="sentence">{sentence}</p>
        {running}
        <p class="trends-note" id="trends-note">{trends}{why}</p>
        <h2 id="results-h" class:visually-hidden=heading_hidden>{heading}</h2>
        <Headline />
        <Probability />
        <Announce />
    }
}

/// A polite live region: the headline sentence, said once a burst of moves settles (a second
/// after the last change), never at load.
#[component]
fn Announce() -> impl IntoView {
    let app = use_app();
    let said = RwSignal::new(String::new());
    // the timer waiting to say it (a new move drops, and so cancels, it)
    let pending = StoredValue::new_local(None::<gloo_timers::callback::Timeout>);
    Effect::new(move |seen: Option<()>| {
        app.projection.track();
        if seen.is_none() {
            return;
        }
        let say = move || {
            said.set(untrack(|| {
                app.projection
                    .with(|sc| app.base.with(|b| narrative::headline(&app.loc(), sc, b)))
            }))
        };
        pending.set_value(Some(gloo_timers::callback::Timeout::new(1000, say)));
    });
    view! { <p class="visually-hidden" id="announce" aria-live="polite" aria-atomic="true">{move || said.get()}</p> }
}

/// The language and currency switchers (full page only; an embed's are chosen in its snippet).
#[component]
fn Locale() -> impl IntoView {
    let app = use_app();
    let lang = app.lang();
    let langs = Lang::ALL
        .into_iter()
        .map(|l| {
            let current = l == lang;
            view! {
                <button
                    type="button"
                    class="lang"
                    lang=l.code()
                    aria-pressed=current.to_string()
                    on:click=move |_| {
                        app.display.lang_explicit.set(true);
                        app.display.lang.set(l);
                    }
                >
                    {l.endonym()}
                </button>
            }
        })
        .collect_view();
    let cur = app.display.cur.get_untracked();
    let currencies = Currency::ALL
        .into_iter()
        .map(|c| {
            view! {
                <button type="button" class="cur" aria-pressed=(c == cur).to_string() on:click=move |_| app.display.cur.set(c)>
                    {c.name().get(lang)}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="locale">
            <div class="switch" role="group" aria-label=text::LANGUAGE.get(lang)>{langs}</div>
            <div class="switch" role="group" aria-label=text::CURRENCY.get(lang)>
                <span class="switch-label">{text::CURRENCY.get(lang)}</span>
                {currencies}
            </div>
        </div>
    }
}

#[component]
fn FullPage() -> impl IntoView {
    let app = use_app();
    let lang = app.lang();
    let t = move |x: Tr| x.get(lang);
    view! {
        <main class="page">
            <Masthead />
            <Notices />
            <VintageLine />
            <div class="layout">
                <section class="summary" aria-labelledby="results-h">
                    <Summary />
                    // in the page's flow under the figures, never over them (scroll anchoring keeps
                    // what a reader further down is looking at in place when one appears)
                    <crate::pwa::UpdateBanner />
                    // built one part per task after the first (the summary above): see `Later`
                    <Later at=stage::TOOLS>
                        <Compare />
                        <Toolbar />
                        <Presets />
                    </Later>
                </section>
                <Later at=stage::LEVERS><LeverPanel /></Later>
                // from the first chart on: empty, it would sit under the levers and be pushed down
                // as they come in (a layout shift)
                <Later at=stage::CHARTS>
                    <section class="details" aria-label=t(text::CHARTS_AND_TABLES)>
                        <Charts downloads=true staged=true />
                        <Later at=stage::INSIGHT>
                            <Goal />
                            <HowSure />
                            <YearFold />
                            <SectorTable />
                        </Later>
                        <Later at=stage::PANELS>
                            <Assumptions />
                            <Sources />
                        </Later>
                    </section>
                </Later>
                <Later at=stage::TOOLS><Ticker /></Later>
            </div>
            <Later at=stage::PANELS><Footer /></Later>
        </main>
    }
}

/// The kicker, the language and currency switches, the heading and the dek.
#[component]
fn Masthead() -> impl IntoView {
    let app = use_app();
    let lang = app.lang();
    view! {
        <header class="masthead">
            <div class="masthead-top">
                <p class="kicker">{text::KICKER.get(lang)}</p>
                <Locale />
            </div>
            <h1>{text::HEADING.get(lang)}</h1>
            <p class="dek">{narrative::dek(&app.loc(), app.shipped)}</p>
        </header>
    }
}

/// The source line, and in Hindi and Russian a note on the translation.
#[component]
fn Footer() -> impl IntoView {
    let lang = use_display().lang();
    let t = move |x: Tr| x.get(lang);
    let note = text::TRANSLATION_NOTE.get(lang);
    view! {
        <footer class="sources">
            <p>
                {t(text::SOURCE_LONG_BEFORE)} " "
                <a href="#sources">{t(text::SOURCES_AND_METHOD)}</a>
                {t(text::SOURCE_LONG_AFTER)}
            </p>
            {(!note.is_empty()).then(|| view! { <p class="translation-note">{note}</p> })}
        </footer>
    }
}

#[component]
fn EmbedPage() -> impl IntoView {
    let app = use_app();
    view! {
        <main class="page embed">
            <h1 class="embed-title">{narrative::embed_title(app.lang())}</h1>
            <Notices />
            <VintageLine />
            <div class="layout" class:no-levers=app.display.view.hide_controls>
                <section class="summary" aria-labelledby="results-h">
                    <Summary heading_hidden=true />
                </section>
                {(!app.display.view.hide_controls).then(|| view! { <LeverPanel /> })}
                <Later at=stage::CHARTS>
                    <section class="details" aria-label=text::CHARTS.get(app.lang())>
                        <Charts downloads=false staged=true />
                    </section>
                </Later>
            </div>
            // last: built earlier, it would be pushed down by each part that comes in
            <Later at=crate::state::LAST_STAGE><EmbedFooter /></Later>
        </main>
    }
}

/// One chart alone, for an iframe.
#[component]
fn EmbedChart() -> impl IntoView {
    let app = use_app();
    let chart = app
        .display
        .view
        .chart
        .unwrap_or(trade_core::present::charts::chart::ChartId::Balance);
    view! {
        <main class="page embed embed-chart">
            <Notices />
            <VintageLine />
            <OneChart chart=chart />
            {(!app.display.view.hide_controls).then(|| view! { <LeverPanel /> })}
            // last: built earlier, it would be pushed down by each part that comes in
            <Later at=crate::state::LAST_STAGE><EmbedFooter /></Later>
        </main>
    }
}

/// Source line and a link to the full calculator: always shown in embeds.
#[component]
fn EmbedFooter() -> impl IntoView {
    let app = use_app();
    let lang = app.lang();
    view! {
        <footer class="sources embed-footer">
            <p>
                {text::SOURCE_SHORT.get(lang)} " "
                <a href=settled_link(app, str::to_string) target="_blank" rel="noopener"
                    on:click=move |ev| set_href(&ev, untrack(|| app.link()))>
                    {text::OPEN_FULL.get(lang)}
                </a>
            </p>
        </footer>
    }
}

/// A link's address made from the scenario's query by `make`, following the link the address bar
/// holds (written 150 ms after the reader's last change, not on every move: nobody reads a link's
/// address while moving a lever). A click (or Enter) brings it up to date first (`set_href`); a
/// middle click or a copied address within those 150 ms gets the link from before the last move.
fn settled_link(app: AppState, make: fn(&str) -> String) -> impl Fn() -> String + Send + Sync {
    move || {
        let shown = app.display.shown_link.get();
        // before the address bar's first write, the link as the page starts
        let link = if shown.is_empty() {
            untrack(|| app.link())
        } else {
            shown
        };
        let q = link.split_once('?').map_or("", |(_, q)| q);
        format!("{}?{}", address::page_base(), make(q))
    }
}

/// Point the link an event is on at `href` (the scenario as it is now) before the browser follows
/// it.
fn set_href(ev: &web_sys::Event, href: String) {
    if let Some(a) = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    {
        let _ = a.set_attribute("href", &href);
    }
}

/// On an older vintage's data: what the figures are, and a link to the same scenario on today's
/// data (in an embed, small, opening the full page).
#[component]
fn VintageLine() -> impl IntoView {
    use trade_core::{link, vintage::LATEST};
    let app = use_app();
    let v = app.baseline.vintage;
    (v.id != LATEST).then(|| {
        let words = trade_core::present::words::notices::old_vintage_line(app.lang(), &v);
        let embed = app.display.view.embed;
        fn today(q: &str) -> String {
            link::with_vintage(q, LATEST)
        }
        let now = move || {
            let q = untrack(|| app.query());
            format!("{}?{}", crate::address::page_base(), today(&q))
        };
        view! {
            <p class="vintage-line" class:small=embed data-vintage=v.id>
                {words.said} " " {words.newer} " "
                <a href=settled_link(app, today) target=embed.then_some("_blank") rel=embed.then_some("noopener")
                    on:click=move |ev| set_href(&ev, now())>
                    {words.link}
                </a>
            </p>
        }
    })
}

/// What the link's reader changed or ignored, dismissible.
#[component]
fn Notices() -> impl IntoView {
    let app = use_app();
    let notices = app.notices;
    let lang = app.lang();
    view! {
        <Show when=move || !notices.with(|n| n.is_empty())>
            <div class="notice" role="status">
                <p>{text::NOTICE_INTRO.get(lang)}</p>
                <ul>
                    {move || {
                        let loc = app.loc();
                        notices.with(|ns| {
                            trade_core::present::words::notices::page_lines(ns, &loc)
                                .into_iter()
                                .map(|l| view! { <li>{l}</li> })
                                .collect_view()
                        })
                    }}
                </ul>
                <button type="button" on:click=move |_| notices.set(Vec::new())>
                    {text::DISMISS.get(lang)}
                </button>
            </div>
        </Show>
    }
}
