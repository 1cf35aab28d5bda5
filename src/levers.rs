//! The levers panel, drawn from the core's lever table: one fieldset per group, one slider per
//! lever (or only those an embed's `levers=` names), per-sector rates under the lever that has
//! them, and the reset button.

use leptos::prelude::*;
use trade_core::data::EXPORT_SECTORS;
use trade_core::model::levers::{in_group, sector_lever, Lever, LeverGroup};
use trade_core::text;

use crate::lazy::{Fold, Later};
use crate::state::{stage, use_app};

/// A slider with its label, value readout and help. `value` reads the value in force, `set`
/// stores a new (already fitted) one; `extra` follows the slider (a "same as headline" button).
#[component]
fn Slider(
    lever: &'static Lever,
    /// Element id and link key (`oil`, `g_pharma`).
    #[prop(into)]
    key: String,
    #[prop(into)] label: String,
    #[prop(into)] value: Signal<f64>,
    #[prop(into)] text: Signal<String>,
    set: Callback<f64>,
    #[prop(optional)] help: Option<String>,
    /// Width of the readout, in characters.
    width: usize,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let app = use_app();
    let input = NodeRef::<leptos::html::Input>::new();
    // the slider follows the value (a preset, a reset, a link) but is left alone when it already
    // shows it, as when the reader has just moved it: setting it again costs a relayout
    Effect::new(move |_| {
        let v = value.get().to_string();
        if let Some(el) = input.get() {
            if el.value() != v {
                el.set_value(&v);
            }
        }
    });
    let id = format!("lever-{key}");
    let help_id = format!("{id}-help");
    let on_input = move |ev: leptos::ev::Event| {
        // the range input only gives numbers; anything else is ignored
        if let Ok(v) = event_target_value(&ev).parse::<f64>() {
            if v.is_finite() {
                set.run(lever.from_slider(v, app.shipped));
            }
        }
    };
    view! {
        <div class="lever">
            <div class="lever-head">
                <label for=id.clone()>{label}</label>
                <output for=id.clone() data-key=key.clone() style:min-width=format!("min({width}ch, 100%)")>{move || text.get()}</output>
            </div>
            <input
                type="range"
                id=id
                name=key
                min=lever.min(app.shipped.base_year)
                max=lever.max
                step=lever.step
                node_ref=input
                value=value.get_untracked().to_string()
                aria-valuetext=move || text.get()
                aria-describedby=help.as_ref().map(|_| help_id.clone())
                on:input=on_input
            />
            {help.map(|h| view! { <p class="help" id=help_id.clone()>{h}</p> })}
            {children.map(|c| c())}
        </div>
    }
}

/// One lever of the table.
#[component]
fn LeverControl(lever: &'static Lever) -> impl IntoView {
    let app = use_app();
    let scenario = app.scenario;
    let (lang, base_year) = (app.lang(), app.shipped.base_year);
    // a memo: the other sliders' texts do not recompute when this one moves
    let value = Memo::new(move |_| scenario.with(|s| (lever.get)(s)));
    view! {
        <Slider
            lever=lever
            key=lever.key
            label=Lever::words_in(lang, lever.label, base_year)
            value=value
            text=Signal::derive(move || lever.display_in(&app.loc(), value.get()))
            set=Callback::new(move |v| scenario.update(|s| (lever.set)(s, v)))
            help=Lever::words_in(lang, lever.help, base_year)
            width=lever.widest(&app.loc(), base_year)
        />
    }
}

/// Sector `i`'s export growth: the headline rate until the reader moves it.
#[component]
fn SectorSlider(i: usize) -> impl IntoView {
    let app = use_app();
    let scenario = app.scenario;
    let lang = app.lang();
    let headline = text::HEADLINE_RATE.get(lang);
    let lever = sector_lever();
    let sec = &EXPORT_SECTORS[i];
    let value = Memo::new(move |_| scenario.with(|s| s.sector_growth[i].unwrap_or((lever.get)(s))));
    let is_set = Memo::new(move |_| scenario.with(|s| s.sector_growth[i].is_some()));
    let is_set = move || is_set.get();
    let text = Signal::derive(move || {
        format!(
            "{}{}",
            lever.display_in(&app.loc(), value.get()),
            if is_set() { "" } else { headline }
        )
    });
    view! {
        <div class="sector">
            <Slider
                lever=lever
                key=format!("{}{}", trade_core::link::SECTOR_PREFIX, sec.id)
                label=sec.label.get(lang)
                value=value
                text=text
                set=Callback::new(move |v| scenario.update(|s| s.sector_growth[i] = Some(v)))
                width=lever.widest(&app.loc(), app.shipped.base_year) + headline.chars().count()
            >
                <button
                    type="button"
                    class="link"
                    disabled=move || !is_set()
                    on:click=move |_| scenario.update(|s| s.sector_growth[i] = None)
                >
                    {text::SAME_AS_HEADLINE.get(lang)}
                </button>
            </Slider>
        </div>
    }
}

/// Per-sector export growth, folded away until asked for: its sliders exist only while it is
/// open, so that a move of the headline rate does not update seven sliders nobody sees. Moving a
/// sector's slider overrides the headline rate for it; "Same as headline" removes the override.
#[component]
fn SectorGrowth() -> impl IntoView {
    let app = use_app();
    let scenario = app.scenario;
    let lang = app.lang();
    let overridden =
        move || scenario.with(|s| s.sector_growth.iter().filter(|o| o.is_some()).count());
    let note = Signal::derive(move || match overridden() {
        0 => String::new(),
        n => text::N_SET.fill(lang, &n.to_string()),
    });
    view! {
        <Fold summary=text::GROWTH_BY_SECTOR.get(lang) note=note class="sector-growth">
            {(0..EXPORT_SECTORS.len())
                .map(|i| view! { <SectorSlider i=i /> })
                .collect_view()}
        </Fold>
    }
}

/// The levers, grouped as the lever table says, one group per building stage.
#[component]
pub fn LeverPanel() -> impl IntoView {
    let app = use_app();
    let lang = app.lang();
    let shown = &app.display.view.levers;
    let groups = LeverGroup::ALL
        .into_iter()
        .enumerate()
        .filter_map(|(k, g)| {
            let levers: Vec<&'static Lever> = in_group(g)
                .filter(|l| shown.is_empty() || shown.contains(&l.key))
                .collect();
            (!levers.is_empty()).then(|| {
                view! {
                    <Later at=stage::LEVERS + k as u8>
                    <fieldset class="group">
                        <legend>{g.title().get(lang)}</legend>
                        {levers
                            .iter()
                            .copied()
                            .map(|l| view! {
                                <LeverControl lever=l />
                                {(l.per_sector && !app.display.view.embed).then(|| view! { <SectorGrowth /> })}
                            })
                            .collect_view()}
                    </fieldset>
                    </Later>
                }
            })
        })
        .collect_view();
    view! {
        <section class="levers" aria-labelledby="levers-h">
            <h2 id="levers-h">{text::YOUR_SCENARIO.get(lang)}</h2>
            {groups}
            <Later at=stage::CHARTS - 1>
                <button type="button" class="reset" on:click=move |_| app.reset()>
                    {text::RESET.get(lang)}
                </button>
            </Later>
        </section>
    }
}
