//! Presets, per-sector growth, the assumptions panel and the sources-and-method panel.

use leptos::prelude::*;

use crate::assumptions::{assumptions, Assumption};
use crate::data::{Baseline, Params, Tag, EXPORT_SECTORS};
use crate::levers::lever;
use crate::model::Scenario;
use crate::presets::PRESETS;

#[component]
pub fn Presets(
    scenario: RwSignal<Scenario>,
    params: RwSignal<Params>,
    shipped: &'static Params,
) -> impl IntoView {
    view! {
        <section class="presets" aria-labelledby="presets-h">
            <h2 id="presets-h">"Start from a scenario " <span class="badge">"illustrative"</span></h2>
            <div class="preset-list">
                {PRESETS
                    .iter()
                    .map(|pr| {
                        let built = (pr.build)(shipped);
                        let pressed = move || (scenario.get() == built && params.get() == *shipped).to_string();
                        view! {
                            <button
                                type="button"
                                class="preset"
                                data-preset=pr.id
                                aria-pressed=pressed
                                title=pr.source
                                on:click=move |_| {
                                    params.set(*shipped);
                                    scenario.set(built);
                                }
                            >
                                <span class="preset-name">{pr.name}</span>
                                <span class="preset-what">{pr.assumes}</span>
                                <span class="preset-source">"Why: " {pr.source}</span>
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
        </section>
    }
}

/// Per-sector export growth, folded away until asked for. Moving a sector's slider overrides the
/// headline rate for it; "same as headline" removes the override.
#[component]
pub fn SectorGrowth(scenario: RwSignal<Scenario>, params: &'static Params) -> impl IntoView {
    let Some(g) = lever("growth") else {
        return ().into_any();
    };
    let overridden =
        move || scenario.with(|s| s.sector_growth.iter().filter(|o| o.is_some()).count());
    view! {
        <details class="sector-growth">
            <summary>
                "Growth by sector"
                {move || match overridden() {
                    0 => String::new(),
                    n => format!(" ({n} set)"),
                }}
            </summary>
            {EXPORT_SECTORS
                .iter()
                .enumerate()
                .map(|(i, sec)| {
                    let id = format!("lever-g_{}", sec.id);
                    let value = move || scenario.with(|s| s.sector_growth[i].unwrap_or(s.growth));
                    let is_set = move || scenario.with(|s| s.sector_growth[i].is_some());
                    let text = move || {
                        format!(
                            "{}{}",
                            g.display(value()),
                            if is_set() { "" } else { " (headline)" }
                        )
                    };
                    view! {
                        <div class="lever sector">
                            <div class="lever-head">
                                <label for=id.clone()>{sec.label}</label>
                                <output for=id.clone() data-key=format!("g_{}", sec.id) style:min-width="22ch">{text}</output>
                            </div>
                            <input
                                type="range"
                                id=id
                                name=format!("g_{}", sec.id)
                                min=g.min
                                max=g.max
                                step=g.step
                                prop:value=move || value().to_string()
                                aria-valuetext=text
                                on:input=move |ev| {
                                    if let Ok(v) = event_target_value(&ev).parse::<f64>() {
                                        if v.is_finite() {
                                            let v = g.fit(v, params).value();
                                            scenario.update(|s| s.sector_growth[i] = Some(v));
                                        }
                                    }
                                }
                            />
                            <button
                                type="button"
                                class="link"
                                disabled=move || !is_set()
                                on:click=move |_| scenario.update(|s| s.sector_growth[i] = None)
                            >
                                "Same as headline"
                            </button>
                        </div>
                    }
                })
                .collect_view()}
        </details>
    }
    .into_any()
}

fn tag_badge(tag: Tag) -> impl IntoView {
    let title = match tag {
        Tag::Off => "Official statistic",
        Tag::Der => "Derived from official figures by arithmetic",
        Tag::Trk => "Private tracker estimate",
        Tag::Press => "Press claim without a primary source",
        Tag::Est => "Our estimate",
    };
    view! {
        <abbr class=format!("tag tag-{}", tag.code().to_ascii_lowercase()) title=title>
            {tag.code()}
        </abbr>
    }
}

fn assumption_input(
    a: Assumption,
    baseline: &'static Baseline,
    params: RwSignal<Params>,
) -> impl IntoView {
    let field = a.field;
    let id = format!("as-{}", a.key);
    let datum = baseline.datum(&a.data_key);
    let shipped = field.get(&baseline.params);
    let label = format!(
        "{}: {}{}",
        a.row,
        a.column,
        if a.unit.is_empty() {
            String::new()
        } else {
            format!(", {}", a.unit)
        }
    );
    let a2 = a.clone();
    let changed = move || params.with(|p| field.get(p) != shipped);
    view! {
        <tr class:changed=changed>
            <th scope="row">{a.row}</th>
            <td>
                <input
                    type="number"
                    id=id
                    inputmode="decimal"
                    min=a.min
                    max=a.max
                    step=a.step
                    aria-label=label
                    prop:value=move || params.with(|p| field.get(p)).to_string()
                    on:change=move |ev| {
                        let text = event_target_value(&ev);
                        match text.trim().parse::<f64>().ok().and_then(|v| a2.fit(v)) {
                            Some(v) => params.update(|p| field.set(p, v)),
                            // not a number: put the value in force back into the box
                            None => params.update(|_| {}),
                        }
                    }
                />
                " " {a.unit}
            </td>
            <td class="src">
                {datum.map(|d| view! { {tag_badge(d.tag)} " " {d.source} })}
            </td>
        </tr>
    }
}

#[component]
pub fn Assumptions(baseline: &'static Baseline, params: RwSignal<Params>) -> impl IntoView {
    let all = assumptions();
    let tables: Vec<(&str, &str)> = vec![
        ("exports", "India's exports to Russia by sector"),
        ("imports", "India's imports from Russia by group"),
        ("model", "Model"),
    ];
    let columns = |table: &str| {
        let mut cols: Vec<&'static str> = Vec::new();
        for a in assumptions().into_iter().filter(|a| a.table == table) {
            if !cols.contains(&a.column) {
                cols.push(a.column);
            }
        }
        cols
    };
    view! {
        <details class="assumptions" id="assumptions">
            <summary>"Assumptions: baseline values, tariffs, elasticities, market sizes"</summary>
            <p class="help">
                "Every number the model starts from, with its source. Estimates are tagged EST (ours), PRESS or TRK; official figures OFF, or DER when derived from them. Change any value; “Reset to current trends” restores them all."
            </p>
            {tables
                .into_iter()
                .map(|(table, caption)| {
                    columns(table)
                        .into_iter()
                        .map(|col| {
                            let rows = all
                                .iter()
                                .filter(|a| a.table == table && a.column == col)
                                .cloned()
                                .map(|a| assumption_input(a, baseline, params))
                                .collect_view();
                            view! {
                                <div class="table-wrap" tabindex="0" role="region" aria-label=format!("{caption}: {col}")>
                                    <table class="assume">
                                        <caption>{format!("{caption}: {col}")}</caption>
                                        <thead>
                                            <tr>
                                                <th scope="col">"Item"</th>
                                                <th scope="col">"Value"</th>
                                                <th scope="col">"Source"</th>
                                            </tr>
                                        </thead>
                                        <tbody>{rows}</tbody>
                                    </table>
                                </div>
                            }
                        })
                        .collect_view()
                })
                .collect_view()}
        </details>
    }
}

#[component]
pub fn Sources(baseline: &'static Baseline) -> impl IntoView {
    let estimates = baseline.rows.iter().filter(|d| d.tag.is_estimate()).count();
    view! {
        <section class="method" aria-labelledby="method-h" id="sources">
            <h2 id="method-h">"Sources and method"</h2>
            <p>
                "Base year FY2024-25 (April–March). Totals are official (Department of Commerce). The split into sectors and groups, tariffs, elasticities and market sizes come from the press, trackers and our own estimates where no official figure was found: "
                {format!("{estimates} of the {} figures below are estimates", baseline.rows.len())}
                ", marked EST, PRESS or TRK."
            </p>
            <details>
                <summary>"How the projection is made"</summary>
                <ul class="method-list">
                    <li>"Each export sector grows at the export growth rate (or its own): X⁰(t) = X(0) · (1 + g)ᵗ."</li>
                    <li>"An EAEU tariff cut adds trade creation, X⁰ · ε · (τ − τ(t)) / (1 + τ), and diversion from other suppliers, X · R · σ · r / (X + R + X · σ · r), as in the World Bank's WITS SMART model; the cut phases in from its start year."</li>
                    <li>"No sector's exports exceed Russia's whole import market for it."</li>
                    <li>"Crude imports are volume × (oil price − Russian discount); the volume changes by the oil lever every year."</li>
                    <li>"Other imports grow at their own rate; India's reciprocal cut adds trade creation on them."</li>
                    <li>"Limits: partial equilibrium (no exchange-rate, income or sanctions effects), current US$, one elasticity per sector; illustrative, not a forecast. The cumulative deficit is a rough proxy for rupee balances building up in Russian accounts if trade were settled in rupees."</li>
                </ul>
            </details>
            <details>
                <summary>"Every figure and its source"</summary>
                <div class="table-wrap" tabindex="0" role="region" aria-label="Every figure and its source">
                    <table class="source-table">
                        <caption>"Inputs from data/baseline.txt"</caption>
                        <thead>
                            <tr>
                                <th scope="col">"Figure"</th>
                                <th scope="col">"Value"</th>
                                <th scope="col">"Type"</th>
                                <th scope="col">"Source"</th>
                            </tr>
                        </thead>
                        <tbody>
                            {baseline
                                .rows
                                .iter()
                                .map(|d| {
                                    view! {
                                        <tr class:estimate=d.tag.is_estimate()>
                                            <th scope="row"><code>{d.key}</code></th>
                                            <td>{format!("{} {}", d.value, d.unit)}</td>
                                            <td>{tag_badge(d.tag)}</td>
                                            <td class="src">{d.source}</td>
                                        </tr>
                                    }
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                </div>
            </details>
        </section>
    }
}
