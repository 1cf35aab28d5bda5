//! Beyond the sliders, on the page: pin a scenario to compare, ask what a goal would take, and
//! see how sure the projection is. The numbers and sentences come from the core's `insight`.

use leptos::prelude::*;
use trade_core::fy;
use trade_core::insight::attribution::{attribute_between, Measure};
use trade_core::insight::solve::{solvable, Answer, Goal, Solution};
use trade_core::insight::uncertainty::{Ranges, DRAWS};
use trade_core::model::levers::{Lever, Part, LEVERS};
use trade_core::present::format::exact;
use trade_core::present::words::insight::{
    band_sentence, describe, moved_from_pin_sentence, part_amounts, probability_sentence,
    read_deficit_goal, solve_sentence,
};
use trade_core::text;

use crate::state::{use_app, AppState};
use crate::worker::Ask;

/// `aria-busy` for what shows the band or what moved: "true" while the worker computes them for
/// the scenario on screen (the last ones stay, dimmed).
pub fn busy(app: AppState) -> &'static str {
    if app.busy.get() {
        "true"
    } else {
        "false"
    }
}

/// The probability of reaching the target, in one sentence (under the target bar).
#[component]
pub fn Probability() -> impl IntoView {
    let app = use_app();
    // the panel is on the full page: an embed's link opens it there, in a new tab
    let embed = app.view.embed;
    let href = move || {
        if embed {
            format!("{}#how-sure", app.link())
        } else {
            "#how-sure".to_string()
        }
    };
    let open = move |_| {
        if !embed {
            crate::lazy::open_fold("how-sure");
        }
    };
    view! {
        <p class="probability" aria-busy=move || busy(app) data-figure="probability" data-value=move || app.band.with(|b| exact(b.probability_target))>
            <span class="probability-text">{move || app.band.with(|b| probability_sentence(&app.loc(), b, app.shipped.target))}</span>
            " "
            <a href=href target=embed.then_some("_blank") rel=embed.then_some("noopener") on:click=open>{text::HOW_SURE_LINK.get(app.lang())}</a>
        </p>
    }
}

/// Pin the scenario to compare; swap or clear the pin.
#[component]
pub fn Compare() -> impl IntoView {
    let app = use_app();
    let lang = app.lang();
    let pin = move |_| app.pin();
    let swap = move |_| app.swap();
    let clear = move |_| app.unpin();
    let same = move || app.pinned.get() == Some(app.scenario.get());
    view! {
        <section class="compare" aria-labelledby="compare-h">
            <h2 id="compare-h" class="visually-hidden">{text::COMPARE_HEADING.get(lang)}</h2>
            <Show
                when=move || app.pinned.with(Option::is_some)
                fallback=move || view! {
                    <p class="help">{text::PIN_HELP.get(lang)}</p>
                    <div class="buttons"><button type="button" on:click=pin>{text::PIN.get(lang)}</button></div>
                }
            >
                <p class="pinned-what" data-figure="pinned">
                    <span class="swatch-pinned" aria-hidden="true"></span>
                    {text::PINNED_FOR.get(lang)}
                    {move || app.pinned_name.get().map(|n| view! { <b class="pinned-name">{n}</b> " — " })}
                    <b>{move || app.pinned.get().map(|s| describe(&app.loc(), &s, app.shipped)).unwrap_or_default()}</b>
                    {move || same().then_some(text::SAME_AS_YOURS.get(lang))}
                </p>
                <div class="buttons">
                    <button type="button" on:click=swap disabled=same>{text::SWAP.get(lang)}</button>
                    <button type="button" on:click=pin disabled=same>{text::PIN_INSTEAD.get(lang)}</button>
                    <button type="button" on:click=clear>{text::CLEAR_PIN.get(lang)}</button>
                </div>
                <MovedFromPin />
            </Show>
        </section>
    }
}

/// What moved between the pinned scenario and yours in FY2030-31: the same split as what moved,
/// from the pinned scenario (built only while one is pinned; 16 projections per change).
#[component]
fn MovedFromPin() -> impl IntoView {
    let app = use_app();
    let lang = app.lang();
    let moved = Memo::new(move |_| {
        app.params.with(|p| {
            app.scenario.with(|s| {
                app.pinned
                    .with(|pin| pin.as_ref().map(|pin| attribute_between(p, pin, s)))
            })
        })
    });
    let one = move |k: usize| {
        let m = Measure::ALL[k];
        let a = move || moved.with(|a| a.map(|a| a[k]));
        let parts = Part::ALL
            .iter()
            .enumerate()
            .map(|(i, part)| {
                let v = move || a().map_or(0.0, |a| a.parts[i]);
                let shown = move || a().map(|a| part_amounts(&app.loc(), &a)[i].clone());
                view! {
                    <li data-part=part.key() data-value=move || exact(v())>
                        {part.title().get(lang)} ": " {shown}
                    </li>
                }
            })
            .collect_view();
        view! {
            <p class="moved-pin-sentence" data-measure=m.key() data-value=move || a().and_then(|a| exact(a.change()))>
                {move || a().map(|a| moved_from_pin_sentence(&app.loc(), &a)).unwrap_or_default()}
            </p>
            <ul class="moved-pin-parts" data-measure=m.key()>{parts}</ul>
        }
    };
    view! {
        <div class="moved-from-pin" data-figure="moved-from-pin">
            <h3>{text::MOVED_FROM_PIN.get(lang)}</h3>
            {one(0)}
            {one(1)}
        </div>
    }
}

/// What would it take: the value of one lever that reaches a goal, offered to apply. A deficit
/// goal is typed in the currency shown (converted at FY2030-31's rate).
#[component]
pub fn Goal() -> impl IntoView {
    let app = use_app();
    let lang = app.lang();
    let choice = GoalChoice::new(app);
    // the worker answers it with the band (`offload`): ask whenever the goal or the lever changes
    Effect::new(move |_| {
        let ask = Ask {
            goal: choice.goal(),
            lever: choice.lever().key.to_string(),
        };
        app.goal.set(Some(ask));
    });
    let answer = answer(app);
    let sentence = move || {
        answer.with(|found| {
            found.as_ref().map_or(String::new(), |(ask, a, now)| {
                let l = solvable(&ask.lever).unwrap_or(&LEVERS[0]);
                app.params
                    .with(|p| solve_sentence(&app.loc(), ask.goal, l, *now, a, p))
            })
        })
    };
    let apply = move |_| {
        let found = answer.get_untracked();
        if let Some((
            ask,
            Solution {
                answer: Answer::Value(v),
                ..
            },
            _,
        )) = found
        {
            if let Some(l) = solvable(&ask.lever) {
                app.scenario.update(|s| (l.set)(s, v));
            }
        }
    };
    view! {
        <section class="goal" aria-labelledby="goal-h" id="goal">
            <h2 id="goal-h">{text::GOAL_HEADING.get(lang)}</h2>
            <p class="help">{text::GOAL_HELP.get(lang)}</p>
            <GoalForm choice=choice />
            <p class="goal-answer" role="status" aria-busy=move || busy(app) data-answer=move || answer.with(|f| f.as_ref().map_or("", |(_, a, _)| a.answer.key()))>{sentence}</p>
            <Show when=move || answer.with(|f| matches!(f, Some((_, Solution { answer: Answer::Value(_), .. }, _))))>
                <div class="buttons"><button type="button" class="apply" on:click=apply>{text::APPLY.get(lang)}</button></div>
            </Show>
        </section>
    }
}

/// The goal's answer as the worker (or the page) last gave it for the scenario on screen: the
/// goal asked, the solution, and the lever's value it started from. An answer for another goal
/// or scenario keeps the last one (`solving` says so).
fn answer(app: AppState) -> Memo<Option<(Ask, Solution, f64)>> {
    Memo::new(move |prev: Option<&Option<(Ask, Solution, f64)>>| {
        let asked = app.goal.get();
        app.offload.done.with(|d| match (&d.solution, &d.job.goal) {
            (Some(sol), Some(ask)) if asked.as_ref() == Some(ask) => {
                let now = solvable(&ask.lever).map_or(0.0, |l| (l.get)(&d.job.scenario));
                Some((ask.clone(), sol.clone(), now))
            }
            _ => prev.cloned().flatten(),
        })
    })
}

/// The goal and the lever the reader chose.
#[derive(Clone, Copy)]
struct GoalChoice {
    app: AppState,
    key: RwSignal<String>,
    /// The deficit goal, US$ bn; the box shows it in the chart unit (US$ bn or ₹ lakh crore).
    deficit: RwSignal<f64>,
    deficit_text: RwSignal<String>,
    /// What was wrong with the last amount typed, said beside the box.
    deficit_error: RwSignal<Option<String>>,
    lever: RwSignal<String>,
}

impl GoalChoice {
    fn new(app: AppState) -> Self {
        let choice = GoalChoice {
            app,
            key: RwSignal::new("balanced".to_string()),
            deficit: RwSignal::new(20.0),
            deficit_text: RwSignal::new(String::new()),
            deficit_error: RwSignal::new(None),
            lever: RwSignal::new("growth".to_string()),
        };
        choice.deficit_text.set(untrack(|| choice.shown(20.0)));
        choice
    }

    fn goal(self) -> Goal {
        match self.key.get().as_str() {
            "target" => Goal::Target,
            "deficit" => Goal::DeficitBelow(self.deficit.get()),
            _ => Goal::Balanced,
        }
    }

    fn lever(self) -> &'static Lever {
        trade_core::model::levers::lever(&self.lever.get()).unwrap_or(&LEVERS[0])
    }

    /// A deficit in US$ bn as the box shows it, in the chart unit.
    fn shown(self, usd: f64) -> String {
        let loc = self.app.loc();
        trade_core::present::format::round(loc.chart_value(usd, fy::HORIZON), loc.chart_decimals())
            .to_string()
    }

    /// A deficit typed in the chart unit: back to US$ bn at FY2030-31's rate, or, if it is not a
    /// usable amount, the one in force put back in the box and the reader told what was refused.
    fn type_deficit(self, text: String) {
        let kept = self.deficit.get_untracked();
        match read_deficit_goal(&self.app.loc(), &text, kept) {
            Ok(v) => {
                self.deficit.set(v);
                self.deficit_text.set(text);
                self.deficit_error.set(None);
            }
            Err(why) => {
                self.deficit_text.set(self.shown(kept));
                self.deficit_error.set(Some(why));
            }
        }
    }
}

/// The goal, the deficit to stay below (for that goal) and the lever to move.
#[component]
fn GoalForm(choice: GoalChoice) -> impl IntoView {
    let app = use_app();
    let lang = app.lang();
    let goals = [
        ("balanced", text::GOAL_BALANCED),
        ("target", text::GOAL_TARGET),
        ("deficit", text::GOAL_DEFICIT),
    ];
    let base_year = app.shipped.base_year;
    let unit = app.loc().unit_short();
    view! {
        <div class="goal-form">
            <label>
                <span>{text::GOAL.get(lang)}</span>
                <select on:change=move |ev| choice.key.set(event_target_value(&ev))>
                    {goals.iter().map(|(k, t)| view! { <option value=*k selected=*k == "balanced">{t.get(lang)}</option> }).collect_view()}
                </select>
            </label>
            <Show when=move || choice.key.with(|k| k == "deficit")>
                <label>
                    <span>{text::DEFICIT_BELOW.fill(lang, unit)}</span>
                    <input type="text" inputmode="decimal" prop:value=move || choice.deficit_text.get()
                        aria-invalid=move || if choice.deficit_error.with(Option::is_some) { "true" } else { "false" }
                        aria-describedby="deficit-error"
                        on:change=move |ev| choice.type_deficit(event_target_value(&ev)) />
                </label>
                <p class="field-error" id="deficit-error" role="status" aria-live="polite">{move || choice.deficit_error.get()}</p>
            </Show>
            <label>
                <span>{text::LEVER_TO_MOVE.get(lang)}</span>
                <select on:change=move |ev| choice.lever.set(event_target_value(&ev))>
                    {LEVERS.iter().map(|l| view! {
                        <option value=l.key selected=l.key == "growth">{Lever::words_in(lang, l.label, base_year)}</option>
                    }).collect_view()}
                </select>
            </label>
        </div>
    }
}

/// How the band is drawn: the ranges, their sources, the draws and the seed (folded away).
#[component]
pub fn HowSure() -> impl IntoView {
    let lang = use_app().lang();
    view! {
        <crate::lazy::Fold summary=text::HOW_SURE.get(lang) class="how-sure" id="how-sure">
            <HowSureBody />
        </crate::lazy::Fold>
    }
}

#[component]
fn HowSureBody() -> impl IntoView {
    let app = use_app();
    let lang = app.lang();
    let rows = Ranges::NOTES
        .iter()
        .map(|n| {
            view! {
                <tr>
                    <th scope="row">{n.input.get(lang)}</th>
                    <td>{n.range.get(lang)}</td>
                    <td>
                        {(!n.sourced).then(|| view! { <span class="badge">{text::OUR_ESTIMATE.get(lang)}</span> " " })}
                        {n.source.get(lang)}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <p aria-busy=move || busy(app)>{move || app.band.with(|b| probability_sentence(&app.loc(), b, app.shipped.target))}</p>
        <ul aria-busy=move || busy(app)>
            {Measure::ALL.into_iter().map(|m| view! {
                <li>{m.name().get(lang)} ": " {move || app.band.with(|b| app.projection.with(|p| band_sentence(&app.loc(), b, m, m.of(p))))}</li>
            }).collect_view()}
        </ul>
        <p>{text::HOW_SURE_METHOD.fill(lang, &DRAWS.to_string())}</p>
        <crate::tables::DataTable
            label=text::UNCERTAIN_INPUTS.get(lang)
            caption=text::UNCERTAIN_CAPTION.get(lang)
            class="sure"
            head=vec![text::INPUT.get(lang).into(), text::RANGE.get(lang).into(), text::SOURCE.get(lang).into()]
        >
            {rows}
        </crate::tables::DataTable>
    }
}
