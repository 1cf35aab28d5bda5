//! The final year's figures beside current trends, the target bar, and the ticker that stays in
//! view on phones. Every number and sentence comes from the core.

use leptos::prelude::*;
use trade_core::fy;
use trade_core::model::Headline as Figures;
use trade_core::present::format::{exact, Loc, Scale};
use trade_core::present::markup::Spaces;
use trade_core::present::words::{narrative, parts};
use trade_core::text;
use trade_core::tr::Tr;

use crate::state::use_app;

/// A figure of the headline.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Which {
    Exports,
    Imports,
    Balance,
    Total,
}

impl Which {
    const ALL: [Which; 4] = [Which::Exports, Which::Imports, Which::Balance, Which::Total];

    /// Its `data-figure`.
    fn key(self) -> &'static str {
        match self {
            Which::Exports => "exports",
            Which::Imports => "imports",
            Which::Balance => "balance",
            Which::Total => "total",
        }
    }

    /// Its label (the balance's says its side instead: `parts::balance_label`).
    fn label(self) -> Tr {
        match self {
            Which::Exports => text::EXPORTS_TO_RUSSIA,
            Which::Imports => text::IMPORTS_FROM_RUSSIA,
            Which::Balance => text::BALANCE,
            Which::Total => text::TOTAL_TRADE,
        }
    }

    /// Its value in a headline, US$ bn.
    fn of(self, h: &Figures) -> f64 {
        match self {
            Which::Exports => h.final_exports,
            Which::Imports => h.final_imports,
            Which::Balance => h.final_balance,
            Which::Total => h.final_total,
        }
    }
}

/// The figures of a headline, each as the headline shows it.
fn figures(h: &Figures) -> [f64; 4] {
    Which::ALL.map(|w| w.of(h))
}

/// One unit for every amount of the headline and the ticker (the scenario's, current trends' and
/// the pinned scenario's): in rupees, lakh crore for all when any is a lakh crore or more.
pub fn headline_scale(app: crate::state::AppState) -> Memo<Scale> {
    Memo::new(move |_| {
        let mut all = app.projection.with(|p| figures(&p.headline)).to_vec();
        all.extend(app.base.with(|p| figures(&p.headline)));
        if let Some(p) = app
            .pinned_projection
            .with(|p| p.as_ref().map(|p| figures(&p.headline)))
        {
            all.extend(p);
        }
        app.loc().money_scale(all, fy::HORIZON)
    })
}

/// An amount beside a figure, as its number and its words, each unbroken: "−₹3.67" and "lakh
/// crore" (the first view writes the same elements).
#[component]
fn Amount(text: Signal<(String, String)>) -> impl IntoView {
    let part = move |k: usize| text.with(|(num, unit)| [num, unit][k].clone());
    view! { <span class="amount"><span>{move || part(0)}</span>" "<span>{move || part(1)}</span></span> }
}

/// A figure with its baseline beside it and its exact value (US$ bn, whatever the currency shown)
/// in `data-value` for tests. The balance is never signed: its card's label names the side and the
/// figures beside it carry their word ("Current trends: deficit US$ 38.7 bn").
#[component]
fn Figure(which: Which, scale: Memo<Scale>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang();
    let balance = which == Which::Balance;
    let pick = move |h: &Figures| which.of(h);
    let fmt = move |v: f64| {
        let v = if balance { v.abs() } else { v };
        let a = app.loc().money_parts_in(v, fy::HORIZON, scale.get());
        (a.number(Spaces::NoBreak), a.unit_words(Spaces::NoBreak))
    };
    // the word of a balance beside it ("deficit "), before its amount
    let word = move |v: Option<f64>| {
        v.filter(|_| balance)
            .and_then(|v| app.loc().balance_side(v, fy::HORIZON, scale.get()))
            .map_or(String::new(), |w| format!("{w} "))
    };
    let value = move || app.projection.with(|p| pick(&p.headline));
    // the number and its words, each unbroken: the card wraps between them when it must
    let shown = Memo::new(move |_| fmt(value()));
    let part = move |k: usize| shown.with(|(num, unit)| [num, unit][k].clone());
    let base = move || app.base.with(|p| pick(&p.headline));
    let base_words = text::CURRENT_TRENDS_COLON.around(lang);
    let pinned_words = text::PINNED_COLON.around(lang);
    let pinned = move || {
        app.pinned_projection
            .with(|p| p.as_ref().map(|p| pick(&p.headline)))
    };
    view! {
        <div class="figure" data-figure=which.key()>
            <p class="figure-label">
                {move || match balance {
                    true => parts::balance_label(&app.loc(), value(), scale.get()).get(lang),
                    false => which.label().get(lang),
                }}
            </p>
            <p class="figure-value" data-value=move || exact(value())>
                <span>{move || part(0)}</span>" "<span>{move || part(1)}</span>
            </p>
            // the amount in two unbroken parts ("₹3.67" and "lakh crore"), the line wrapping
            // between them on a narrow card
            <p class="figure-base">
                {base_words.0}{move || word(Some(base()))}<Amount text=Signal::derive(move || fmt(base())) />{base_words.1}
            </p>
            <Show when=move || app.pinned.with(Option::is_some)>
                <p class="figure-base figure-pinned" data-value=move || pinned().and_then(exact)>
                    {pinned_words.0}{move || word(pinned())}<Amount text=Signal::derive(move || pinned().map(fmt).unwrap_or_default()) />{pinned_words.1}
                </p>
            </Show>
        </div>
    }
}

#[component]
pub fn Headline() -> impl IntoView {
    let app = use_app();
    let lang = app.lang();
    let share = move || app.projection.with(narrative::target_share);
    let scale = headline_scale(app);
    view! {
        <Show when=move || app.name.with(Option::is_some)>
            <p class="scenario-name" data-figure="name">
                {move || text::NAMED_SCENARIO.fill(lang, &app.name.get().unwrap_or_default())}
            </p>
        </Show>
        <div class="headline">
            {Which::ALL.map(|which| view! { <Figure which=which scale=scale /> }).collect_view()}
        </div>
        <div class="target">
            <div class="target-bar" role="img" aria-label=move || app.projection.with(|p| narrative::target_bar(&app.loc(), p))>
                <div class="target-fill" style:width=move || format!("{:.1}%", share())></div>
            </div>
            <p class="target-text" data-figure="target">{move || app.projection.with(|p| narrative::target_status(&app.loc(), p))}</p>
            <p class="cumulative" data-figure="cumulative" data-value=move || app.projection.with(|p| exact(p.headline.cumulative_deficit))>
                {move || app.projection.with(|sc| app.base.with(|b| narrative::cumulative(&app.loc(), sc, b)))}
            </p>
        </div>
    }
}

/// A one-line summary that stays in view on phones while the levers are scrolled.
#[component]
pub fn Ticker() -> impl IntoView {
    let app = use_app();
    let lang = app.lang();
    let h = move || app.projection.with(|p| p.headline);
    let scale = headline_scale(app);
    view! {
        <div class="ticker" aria-hidden="true">
            <span>{app.loc().fy(fy::HORIZON)}</span>
            // the balance's side as its label, its size unsigned: "Deficit US$ 38.7 bn"
            <span>{move || ticker_balance_label(&app.loc(), h().final_balance, scale.get())} " " <b>{move || app.loc().money_in(h().final_balance.abs(), fy::HORIZON, scale.get())}</b></span>
            <span>{text::TOTAL.get(lang)} " " <b>{move || app.loc().money_in(h().final_total, fy::HORIZON, scale.get())}</b></span>
        </div>
    }
}

/// The ticker's word for the balance: its side, capitalised ("Deficit", "घाटा", "Дефицит"), or
/// "Balance" when it rounds to zero.
fn ticker_balance_label(loc: &Loc, v: f64, scale: Scale) -> String {
    match loc.balance_side(v, fy::HORIZON, scale) {
        Some(w) => parts::capital(w),
        None => text::BALANCE.get(loc.lang).to_string(),
    }
}
