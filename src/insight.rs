//! Beyond the sliders, on the page: pin a scenario to compare, ask what a goal would take, and
//! see how sure the projection is. The numbers and sentences come from the core's `insight`.

use leptos::prelude::*;
use trade_core::fy;
use trade_core::insight::attribution::{attribute_between, Measure};
use trade_core::insight::goal::{Goal, GoalKind};
use trade_core::insight::solve::{Answer, Solution};
use trade_core::insight::uncertainty::{Ranges, DRAWS};
use trade_core::model::levers::{lever, sector_lever, Lever, Part, LEVERS};
use trade_core::present::format::exact;
use trade_core::present::words::insight::{
    band_sentence, describe, moved_from_pin_sentence, part_amounts, probability_sentence,
    range_words, read_deficit_goal, solve_sentence,
};
use trade_core::text;
use trade_core::tr::{tidy, Lang};

use crate::protocol::{Ask, Sought};
use crate::state::{use_app, use_display, use_insights, AppState, Insights};

/// `aria-busy` for what shows the band or what moved: "true" while the worker computes them for
/// the scenario on screen (the last ones stay, dimmed).
pub fn busy(i: Insights) -> &'static str {
    if i.busy.get() {
        "true"
    } else {
        "false"
    }
}

/// `aria-busy` for the goal's answer: "true" while the worker computes it for the scenario and
/// the goal on screen (the last one stays, dimmed).
pub fn seeking(i: Insights) -> &'static str {
    if i.seeking.get() {
        "true"
    } else {
        "false"
    }
}

/// The probability of reaching the target, in one sentence (under the target bar).
#[component]
pub fn Probability() -> impl IntoView {
    let app = use_app();
    let insights = use_insights();
    // the panel is on the full page: an embed's link opens it there, in a new tab
    let embed = app.display.view.embed;
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
        <p class="probability" aria-busy=move || busy(insights) data-figure="probability" data-value=move || insights.band.with(|b| exact(b.probability_target))>
            <span class="probability-text">{move || insights.band.with(|b| probability_sentence(&app.loc(), b, app.shipped.target))}</span>
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
    let insights = use_insights();
    let lang = app.lang();
    let choice = GoalChoice::new(app);
    // the worker answers it after the band (`offload`): ask whenever the goal or the lever changes
    Effect::new(move |_| {
        let ask = Ask {
            goal: choice.goal(),
            lever: choice.lever.get(),
        };
        insights.goal.set(Some(ask));
    });
    // the last answer given for the scenario and the goal on screen (`seeking` while it is an
    // earlier one's)
    let answer = insights.sought;
    let sentence = move || {
        answer.with(|found| {
            found.as_ref().map_or(String::new(), |f| {
                app.params.with(|p| {
                    solve_sentence(&app.loc(), f.ask.goal, f.ask.lever, f.now, &f.solution, p)
                })
            })
        })
    };
    let value = move || {
        answer.with(|f| match f {
            Some(Sought {
                ask,
                solution:
                    Solution {
                        answer: Answer::Value(v),
                        ..
                    },
                ..
            }) => Some((ask.lever, *v)),
            _ => None,
        })
    };
    let apply = move |_| {
        if let Some((l, v)) = untrack(value) {
            app.scenario.update(|s| (l.set)(s, v));
        }
    };
    view! {
        <section class="goal" aria-labelledby="goal-h" id="goal">
            <h2 id="goal-h">{text::GOAL_HEADING.get(lang)}</h2>
            <p class="help">{text::GOAL_HELP.get(lang)}</p>
            <GoalForm choice=choice />
            <p class="goal-answer" role="status" aria-busy=move || seeking(insights) data-answer=move || answer.with(|f| f.as_ref().map_or("", |f| f.solution.answer.key()))>{sentence}</p>
            <Show when=move || value().is_some()>
                <div class="buttons"><button type="button" class="apply" on:click=apply>{text::APPLY.get(lang)}</button></div>
            </Show>
        </section>
    }
}

/// The goal and the lever the reader chose.
#[derive(Clone, Copy)]
struct GoalChoice {
    app: AppState,
    kind: RwSignal<GoalKind>,
    /// The deficit goal, US$ bn; the box shows it in the chart unit (US$ bn or ₹ lakh crore).
    deficit: RwSignal<f64>,
    deficit_text: RwSignal<String>,
    /// What was wrong with the last amount typed, said beside the box.
    deficit_error: RwSignal<Option<String>>,
    lever: RwSignal<&'static Lever>,
}

impl GoalChoice {
    /// Balanced trade by export growth, until the reader chooses.
    fn new(app: AppState) -> Self {
        let choice = GoalChoice {
            app,
            kind: RwSignal::new(GoalKind::Balanced),
            deficit: RwSignal::new(20.0),
            deficit_text: RwSignal::new(String::new()),
            deficit_error: RwSignal::new(None),
            lever: RwSignal::new(sector_lever()),
        };
        choice.deficit_text.set(untrack(|| choice.shown(20.0)));
        choice
    }

    fn goal(self) -> Goal {
        self.kind.get().goal(self.deficit.get())
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
    let target = app.loc().num(app.shipped.target, 0);
    let base_year = app.shipped.base_year;
    let unit = app.loc().unit_short();
    view! {
        <div class="goal-form">
            <label>
                <span>{text::GOAL.get(lang)}</span>
                <select on:change=move |ev| {
                    if let Some(k) = GoalKind::from_key(&event_target_value(&ev)) {
                        choice.kind.set(k);
                    }
                }>
                    {GoalKind::ALL.map(|k| view! { <option value=k.key() selected=k == choice.kind.get_untracked()>{goal_words(k, lang, &target)}</option> }).collect_view()}
                </select>
            </label>
            <Show when=move || choice.kind.get() == GoalKind::Deficit>
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
                <select on:change=move |ev| {
                    if let Some(l) = lever(&event_target_value(&ev)) {
                        choice.lever.set(l);
                    }
                }>
                    {LEVERS.iter().map(|l| view! {
                        <option value=l.key selected=l == choice.lever.get_untracked()>{Lever::words_in(lang, l.label, base_year)}</option>
                    }).collect_view()}
                </select>
            </label>
        </div>
    }
}

/// A kind of goal, as the goal's menu offers it.
fn goal_words(kind: GoalKind, lang: Lang, target: &str) -> String {
    match kind {
        GoalKind::Balanced => text::GOAL_BALANCED.get(lang).to_string(),
        GoalKind::Target => text::goal_target(lang, target),
        GoalKind::Deficit => text::GOAL_DEFICIT.get(lang).to_string(),
    }
}

/// How the band is drawn: the ranges, their sources, the draws and the seed (folded away).
#[component]
pub fn HowSure() -> impl IntoView {
    let lang = use_display().lang();
    view! {
        <crate::lazy::Fold summary=text::HOW_SURE.get(lang) class="how-sure" id="how-sure">
            <HowSureBody />
        </crate::lazy::Fold>
    }
}

#[component]
fn HowSureBody() -> impl IntoView {
    let app = use_app();
    let insights = use_insights();
    let lang = app.lang();
    let rows = Ranges::NOTES
        .iter()
        .map(|n| {
            view! {
                <tr>
                    <th scope="row">{n.input.get(lang)}</th>
                    <td>{tidy(range_words(&app.loc(), &Ranges::STATED, n.which))}</td>
                    <td>
                        {(!n.sourced).then(|| view! { <span class="badge">{text::OUR_ESTIMATE.get(lang)}</span> " " })}
                        {n.source.get(lang)}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <p aria-busy=move || busy(insights)>{move || insights.band.with(|b| probability_sentence(&app.loc(), b, app.shipped.target))}</p>
        <ul aria-busy=move || busy(insights)>
            {Measure::ALL.into_iter().map(|m| view! {
                <li>{m.name().get(lang)} ": " {move || insights.band.with(|b| app.projection.with(|p| band_sentence(&app.loc(), b, m, m.of(p))))}</li>
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
