//! The final year's figures beside current trends, the target bar, and the ticker that stays in
//! view on phones. Every number and sentence comes from the core.

use leptos::prelude::*;
use trade_core::fy;
use trade_core::model::Headline as Figures;
use trade_core::present::format::{bn, signed_bn};
use trade_core::present::narrative;

use crate::state::use_app;

/// A figure with its baseline beside it and its exact value in `data-value` for tests.
#[component]
fn Figure(
    label: &'static str,
    /// Which figure of the headline (`data-figure`).
    key: &'static str,
    pick: fn(&Figures) -> f64,
    #[prop(optional)] signed: bool,
) -> impl IntoView {
    let app = use_app();
    let fmt = move |v: f64| if signed { signed_bn(v) } else { bn(v) };
    let value = move || app.projection.with(|p| pick(&p.headline));
    let base = move || app.base.with(|p| pick(&p.headline));
    let pinned = move || {
        app.pinned_projection
            .with(|p| p.as_ref().map(|p| pick(&p.headline)))
    };
    view! {
        <div class="figure" data-figure=key>
            <p class="figure-label">{label}</p>
            <p class="figure-value" data-value=move || value().to_string()>{move || fmt(value())}</p>
            <p class="figure-base">"Current trends: " {move || fmt(base())}</p>
            <Show when=move || app.pinned.with(Option::is_some)>
                <p class="figure-base figure-pinned" data-value=move || pinned().map(|v| v.to_string())>
                    "Pinned: " {move || pinned().map(fmt)}
                </p>
            </Show>
        </div>
    }
}

#[component]
pub fn Headline() -> impl IntoView {
    let app = use_app();
    let share = move || app.projection.with(narrative::target_share);
    view! {
        <div class="headline">
            <Figure label="Exports to Russia" key="exports" pick=|h| h.final_exports />
            <Figure label="Imports from Russia" key="imports" pick=|h| h.final_imports />
            <Figure label="Balance" key="balance" pick=|h| h.final_balance signed=true />
            <Figure label="Total trade" key="total" pick=|h| h.final_total />
        </div>
        <div class="target">
            <div class="target-bar" role="img" aria-label=move || app.projection.with(narrative::target_bar)>
                <div class="target-fill" style:width=move || format!("{:.1}%", share())></div>
            </div>
            <p class="target-text" data-figure="target">{move || app.projection.with(narrative::target_status)}</p>
            <p class="cumulative" data-figure="cumulative" data-value=move || app.projection.with(|p| p.headline.cumulative_deficit.to_string())>
                {move || app.projection.with(|sc| app.base.with(|b| narrative::cumulative(sc, b)))}
            </p>
        </div>
    }
}

/// A one-line summary that stays in view on phones while the levers are scrolled.
#[component]
pub fn Ticker() -> impl IntoView {
    let app = use_app();
    let h = move || app.projection.with(|p| p.headline);
    view! {
        <div class="ticker" aria-hidden="true">
            <span>{fy::label(fy::HORIZON)}</span>
            <span>"Balance " <b>{move || signed_bn(h().final_balance)}</b></span>
            <span>"Total " <b>{move || bn(h().final_total)}</b></span>
        </div>
    }
}
