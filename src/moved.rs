//! What moved the final year: a waterfall for the balance and one for total trade, from current
//! trends through the four groups of levers to the scenario, each with its sentence, a readout for
//! the bar under the pointer or keyboard focus, and one data table for both. Numbers and words
//! come from the core (`insight::attribution`, `present::charts::waterfall`,
//! `present::words::insight`).

use leptos::prelude::*;
use trade_core::insight::attribution::Measure;
use trade_core::present::charts::chart::ChartId;

use trade_core::present::charts::geometry::{page, scale, step_bar, STEP_INSET, STEP_ROW};
use trade_core::present::charts::waterfall::{step_readout, step_value, waterfall, Step};
use trade_core::present::words::insight::{attribution_sentence, waterfall_title, METHOD};
use trade_core::text;

use crate::observe::{on_screen, while_visible, width_of};
use crate::state::{use_app, use_insights};

// Geometry: the core's `geometry` (`page::WIDTH` before the waterfall is measured; then one
// viewBox unit is one CSS pixel, so the labels keep their size at every width).
const ROW: f64 = STEP_ROW;
const STEPS: usize = 6;

#[component]
pub fn Moved() -> impl IntoView {
    let app = use_app();
    let insights = use_insights();
    let lang = app.lang();
    let title = ChartId::Moved.title_text().get(lang);
    let caption = format!("{title}, {}", app.loc().unit_short());
    // off screen, the waterfalls keep what they show and follow no lever
    let figure = NodeRef::<leptos::html::Figure>::new();
    let visible = on_screen(figure);
    let head = vec![
        text::STEP.get(lang).to_string(),
        text::BALANCE.get(lang).to_string(),
        text::TOTAL_TRADE.get(lang).to_string(),
    ];
    view! {
        <figure class="chart moved" id="chart-moved" node_ref=figure aria-busy=move || crate::insight::busy(insights)>
            <figcaption>
                <h3 id="chart-moved-title">{title}</h3>
                <p class="moved-method">{METHOD.get(lang)}</p>
            </figcaption>
            {Measure::ALL.into_iter().enumerate().map(|(m, measure)| view! { <Waterfall m=m measure=measure visible=visible /> }).collect_view()}
            <crate::lazy::Fold summary=text::DATA_TABLE.get(lang) class="chart-data">
                <crate::tables::DataTable label=text::DATA_TABLE_OF.fill(lang, title) caption=caption.clone() head=head.clone()>
                    <MovedRows />
                </crate::tables::DataTable>
            </crate::lazy::Fold>
        </figure>
    }
}

/// The data table's rows: each step, for both measures.
#[component]
fn MovedRows() -> impl IntoView {
    let app = use_app();
    let moved = use_insights().moved;
    let lang = app.lang();
    (0..STEPS)
        .map(|k| {
            let label = moved.with_untracked(|m| waterfall(&app.loc(), &m[0])[k].label.get(lang));
            let cell = move |m: usize| {
                let loc = app.loc();
                moved.with(|a| {
                    let s = waterfall(&loc, &a[m])[k];
                    if s.is_part {
                        loc.signed(s.to - s.from, 2)
                    } else {
                        loc.num(s.to, 2)
                    }
                })
            };
            view! { <tr><th scope="row">{label}</th><td>{move || cell(0)}</td><td>{move || cell(1)}</td></tr> }
        })
        .collect_view()
}

/// One step of a waterfall: its label, its bar and its value, and the row under the pointer.
#[component]
fn StepRow(
    k: usize,
    steps: Memo<Vec<Step>>,
    active: RwSignal<Option<usize>>,
    width: RwSignal<f64>,
) -> impl IntoView {
    let app = use_app();
    let label = steps.with_untracked(|w| w[k].label.get(app.lang()));
    let y = 4.0 + k as f64 * ROW;
    let bar = move || {
        steps.with(|w| {
            let (left, right) = page::step_span(w, width.get());
            step_bar(w, k, left, right, 4.0)
        })
    };
    let paint = move || steps.with(|w| w[k].paint.class());
    let value = move || steps.with(|w| step_value(&app.loc(), &w[k]));
    view! {
        <g
            class=move || if active.get() == Some(k) { "step on" } else { "step" }
            on:mouseenter=move |_| active.set(Some(k))
            on:click=move |_| active.set(Some(k))
        >
            <rect class="hit" x="0" y=y width=move || width.get().max(0.0) height=ROW />
            <text class="step-label" x="4" y=y + 15.0>{label}</text>
            <rect class=paint x=move || bar().x y=y + STEP_INSET width=move || bar().width height=ROW - 2.0 * STEP_INSET />
            <text class="step-value" x=move || bar().label_x y=y + 15.0 text-anchor=move || bar().anchor>{value}</text>
        </g>
    }
}

/// The step a key moves the readout to, from the one it shows; None for other keys.
fn next_step(key: &str, cur: Option<usize>) -> Option<usize> {
    Some(match key {
        "ArrowUp" | "ArrowLeft" => cur.map_or(0, |c: usize| c.saturating_sub(1)),
        "ArrowDown" | "ArrowRight" => cur.map_or(0, |c| (c + 1).min(STEPS - 1)),
        "Home" => 0,
        "End" => STEPS - 1,
        _ => return None,
    })
}

#[component]
fn Waterfall(m: usize, measure: Measure, visible: RwSignal<bool>) -> impl IntoView {
    let app = use_app();
    let moved = use_insights().moved;
    let lang = app.lang();
    let steps = while_visible(visible, move || {
        let loc = app.loc();
        moved.with(|a| waterfall(&loc, &a[m]))
    });
    let sentence = while_visible(visible, move || {
        moved.with(|a| attribution_sentence(&app.loc(), &a[m]))
    });
    let active = RwSignal::new(None::<usize>);
    let svg = NodeRef::<leptos::svg::Svg>::new();
    let width = width_of(svg, page::WIDTH);
    let id = format!("moved-{}", measure.key());
    let h = ROW * STEPS as f64 + 8.0;
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if let Some(next) = next_step(&ev.key(), active.get_untracked()) {
            ev.prevent_default();
            active.set(Some(next));
        }
    };
    let rows = (0..STEPS)
        .map(|k| view! { <StepRow k=k steps=steps active=active width=width /> })
        .collect_view();
    let zero = move || {
        steps.with(|w| {
            let (left, right) = page::step_span(w, width.get());
            scale(w, left, right)(0.0)
        })
    };
    let title_id = format!("{id}-title");
    let sentence_id = format!("{id}-sentence");
    view! {
        <div class="waterfall" id=id.clone()>
            <h4 id=title_id.clone()>{waterfall_title(lang, measure)}</h4>
            <p class="chart-summary" id=sentence_id.clone()>{move || sentence.get()}</p>
            <svg
                node_ref=svg
                viewBox=move || format!("0 0 {} {h}", width.get())
                height=h
                class="plot"
                tabindex="0"
                role="group"
                aria-labelledby=title_id
                aria-describedby=sentence_id
                on:keydown=on_key
                on:mouseleave=move |_| active.set(None)
                on:blur=move |_| active.set(None)
            >
                <line class="axis zero" x1=zero x2=zero y1="2" y2=h - 2.0 />
                {rows}
            </svg>
            <p class="readout" aria-live=move || if active.get().is_some() { "polite" } else { "off" }>
                {move || steps.with(|w| step_readout(&app.loc(), &w[active.get().unwrap_or(STEPS - 1)]))}
            </p>
        </div>
    }
}
