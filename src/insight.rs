//! Beyond the sliders, on the page: pin a scenario to compare, ask what a goal would take, and
//! see how sure the projection is. The numbers and sentences come from the core's `insight`.

use leptos::prelude::*;
use trade_core::insight::attribution::Measure;
use trade_core::insight::solve::{solve, Answer, Goal};
use trade_core::insight::uncertainty::{Ranges, DRAWS};
use trade_core::levers::{Lever, LEVERS};
use trade_core::present::insight::{band_sentence, describe, probability_sentence, solve_sentence};

use crate::state::use_app;

/// The probability of reaching the target, in one sentence (under the target bar).
#[component]
pub fn Probability() -> impl IntoView {
    let app = use_app();
    view! {
        <p class="probability" data-figure="probability" data-value=move || app.band.with(|b| b.probability_target.to_string())>
            {move || app.band.with(|b| probability_sentence(b, app.shipped.target))}
            " "
            <a href="#how-sure">"How sure?"</a>
        </p>
    }
}

/// Pin the scenario to compare; swap or clear the pin.
#[component]
pub fn Compare() -> impl IntoView {
    let app = use_app();
    let pin = move |_| app.pinned.set(Some(app.scenario.get_untracked()));
    let swap = move |_| {
        if let Some(p) = app.pinned.get_untracked() {
            app.pinned.set(Some(app.scenario.get_untracked()));
            app.scenario.set(p);
        }
    };
    let clear = move |_| app.pinned.set(None);
    let same = move || app.pinned.get() == Some(app.scenario.get());
    view! {
        <section class="compare" aria-labelledby="compare-h">
            <h2 id="compare-h" class="visually-hidden">"Compare scenarios"</h2>
            <Show
                when=move || app.pinned.with(Option::is_some)
                fallback=move || view! {
                    <p class="help">"Pin this scenario to keep it on every chart as a dotted line while you try another."</p>
                    <div class="buttons"><button type="button" on:click=pin>"Pin this scenario"</button></div>
                }
            >
                <p class="pinned-what" data-figure="pinned">
                    <span class="swatch-pinned" aria-hidden="true"></span>
                    "Pinned for comparison: "
                    <b>{move || app.pinned.get().map(|s| describe(&s, app.shipped)).unwrap_or_default()}</b>
                    {move || same().then_some(" (the same as your scenario)")}
                </p>
                <div class="buttons">
                    <button type="button" on:click=swap disabled=same>"Swap with your scenario"</button>
                    <button type="button" on:click=pin disabled=same>"Pin this one instead"</button>
                    <button type="button" on:click=clear>"Clear the pin"</button>
                </div>
            </Show>
        </section>
    }
}

/// The goals the reader can choose, as the select's values.
const GOALS: [(&str, &str); 3] = [
    ("balanced", "Balanced trade in FY2030-31"),
    ("target", "Total trade of US$ 100 bn in FY2030-31"),
    ("deficit", "A deficit below a chosen amount"),
];

/// What would it take: the value of one lever that reaches a goal, offered to apply.
#[component]
pub fn Goal() -> impl IntoView {
    let app = use_app();
    let goal_key = RwSignal::new("balanced".to_string());
    let deficit = RwSignal::new(20.0f64);
    let deficit_text = RwSignal::new("20".to_string());
    let lever_key = RwSignal::new("growth".to_string());
    let goal = move || match goal_key.get().as_str() {
        "target" => Goal::Target,
        "deficit" => Goal::DeficitBelow(deficit.get()),
        _ => Goal::Balanced,
    };
    let lever = move || -> &'static Lever {
        trade_core::levers::lever(&lever_key.get()).unwrap_or(&LEVERS[0])
    };
    let answer = Memo::new(move |_| {
        let (g, l) = (goal(), lever());
        app.params
            .with(|p| app.scenario.with(|s| (solve(p, s, g, l), (l.get)(s))))
    });
    let sentence = move || {
        let (a, now) = answer.get();
        app.params
            .with(|p| solve_sentence(goal(), lever(), now, a, p))
    };
    let apply = move |_| {
        if let (Answer::Value(v), _) = answer.get_untracked() {
            let l = lever();
            app.scenario.update(|s| (l.set)(s, v));
        }
    };
    let on_deficit = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        match trade_core::link::percent::number(&text) {
            Some(v) if (0.0..=1000.0).contains(&v) => {
                deficit.set(v);
                deficit_text.set(text);
            }
            // not a usable amount: put the one in force back
            _ => deficit_text.set(format!("{}", deficit.get_untracked())),
        }
    };
    let base_year = app.shipped.base_year;
    view! {
        <section class="goal" aria-labelledby="goal-h" id="goal">
            <h2 id="goal-h">"What would it take?"</h2>
            <p class="help">"Choose a goal for FY2030-31 and the lever to move; the calculator finds the value that gets there with the other levers as they are, or says that none does."</p>
            <div class="goal-form">
                <label>
                    <span>"Goal"</span>
                    <select on:change=move |ev| goal_key.set(event_target_value(&ev))>
                        {GOALS.iter().map(|(k, t)| view! { <option value=*k selected=*k == "balanced">{*t}</option> }).collect_view()}
                    </select>
                </label>
                <Show when=move || goal_key.with(|k| k == "deficit")>
                    <label>
                        <span>"Deficit below (US$ bn)"</span>
                        <input type="text" inputmode="decimal" prop:value=move || deficit_text.get() on:change=on_deficit />
                    </label>
                </Show>
                <label>
                    <span>"Lever to move"</span>
                    <select on:change=move |ev| lever_key.set(event_target_value(&ev))>
                        {LEVERS.iter().map(|l| view! {
                            <option value=l.key selected=l.key == "growth">{Lever::words(l.label, base_year)}</option>
                        }).collect_view()}
                    </select>
                </label>
            </div>
            <p class="goal-answer" role="status" data-answer=move || match answer.get().0 {
                Answer::AlreadyMet(_) => "already_met",
                Answer::Value(_) => "value",
                Answer::Unreachable => "unreachable",
            }>{sentence}</p>
            <Show when=move || matches!(answer.get().0, Answer::Value(_))>
                <div class="buttons"><button type="button" class="apply" on:click=apply>"Apply this value"</button></div>
            </Show>
        </section>
    }
}

/// How the band is drawn: the ranges, their sources, the draws and the seed.
#[component]
pub fn HowSure() -> impl IntoView {
    let app = use_app();
    let rows = Ranges::NOTES
        .iter()
        .map(|n| {
            view! {
                <tr>
                    <th scope="row">{n.input.en}</th>
                    <td>{n.range.en}</td>
                    <td>
                        {(!n.sourced).then(|| view! { <span class="badge">"our estimate"</span> " " })}
                        {n.source.en}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <details class="how-sure" id="how-sure">
            <summary>"How sure is this? The likely range and the uncertain inputs"</summary>
            <p>{move || app.band.with(|b| probability_sentence(b, app.shipped.target))}</p>
            <ul>
                {Measure::ALL.into_iter().map(|m| view! {
                    <li>{m.name().en} ": " {move || app.band.with(|b| band_sentence(b, m))}</li>
                }).collect_view()}
            </ul>
            <p>{format!(
                "The shaded range on the balance and total-trade charts comes from {DRAWS} projections of your scenario, each with the uncertain inputs below drawn at random from their ranges. The draws start from a fixed seed, so the same link shows the same range on every device and in the command-line tool."
            )}</p>
            <crate::tables::DataTable label="Uncertain inputs and their ranges" caption="Uncertain inputs, their ranges and where the ranges come from" head=vec!["Input".into(), "Range".into(), "Source".into()]>
                {rows}
            </crate::tables::DataTable>
        </details>
    }
}
