//! Presets, the Assumptions panel (from the core's input table) and the Sources and method panel.

use leptos::prelude::*;
use trade_core::data::{Flow, Tag};
use trade_core::fy;
use trade_core::inputs::{columns, panel_inputs, Input, Panel, Table};
use trade_core::present::labels;
use trade_core::presets::PRESETS;
use trade_core::tr::Tr;

use crate::state::use_app;
use crate::tables::DataTable;

#[component]
pub fn Presets() -> impl IntoView {
    let app = use_app();
    let buttons = PRESETS
        .iter()
        .map(|pr| {
            let built = (pr.build)(app.shipped);
            let pressed = move || {
                (app.scenario.with(|s| *s == built) && app.params.with(|p| p == app.shipped))
                    .to_string()
            };
            view! {
                <button
                    type="button"
                    class="preset"
                    data-preset=pr.id
                    aria-pressed=pressed
                    on:click=move |_| {
                        app.params.set(*app.shipped);
                        app.scenario.set(built);
                    }
                >
                    <span class="preset-name">{pr.name.en}</span>
                    <span class="preset-what">{pr.assumes.en}</span>
                    <span class="preset-source">"Why: " {pr.source.en}</span>
                </button>
            }
        })
        .collect_view();
    view! {
        <section class="presets" aria-labelledby="presets-h">
            <h2 id="presets-h">"Start from a scenario " <span class="badge">"illustrative"</span></h2>
            <div class="preset-list">{buttons}</div>
        </section>
    }
}

fn tag_badge(tag: Tag) -> impl IntoView {
    view! {
        <abbr class=format!("tag tag-{}", tag.code().to_ascii_lowercase()) title=tag.meaning().en>
            {tag.code()}
        </abbr>
    }
}

/// A column label with the base year filled in ("FY2025-26 exports").
fn column_label(col: Tr, base_year: i32) -> String {
    col.en.replace("{fy}", &fy::label(base_year))
}

/// One assumption: its number box and its source.
fn assumption_row(input: &'static Input, panel: &'static Panel) -> impl IntoView {
    let app = use_app();
    let field = input.field;
    let shipped = field.get(app.shipped);
    let base_year = app.shipped.base_year;
    let column = column_label(panel.column, base_year);
    let label = if panel.unit.en.is_empty() {
        format!("{}: {column}", panel.row.en)
    } else {
        format!("{}: {column}, {}", panel.row.en, panel.unit.en)
    };
    let changed = move || app.params.with(|p| field.get(p) != shipped);
    let on_change = move |ev: leptos::ev::Event| {
        match trade_core::link::percent::number(&event_target_value(&ev)) {
            Some(v) => app.params.update(|p| field.set(p, panel.range.clamp(v))),
            // not a number: put the value in force back into the box
            None => app.params.update(|_| {}),
        }
    };
    view! {
        <tr class:changed=changed>
            <th scope="row">{panel.row.en}</th>
            <td>
                <input
                    type="number"
                    id=format!("as-{}", panel.key)
                    inputmode="decimal"
                    min=panel.range.min
                    max=panel.range.max
                    step=panel.step
                    aria-label=label
                    prop:value=move || app.params.with(|p| field.get(p)).to_string()
                    on:change=on_change
                />
                " " {panel.unit.en}
            </td>
            <td class="src">
                {app.baseline.datum(&input.file_key(base_year)).map(|d| view! { {tag_badge(d.tag)} " " {d.source} })}
            </td>
        </tr>
    }
}

fn table_caption(table: Table) -> &'static str {
    match table {
        Table::Exports => "India's exports to Russia by sector",
        Table::Imports => "India's imports from Russia by group",
        Table::Model => "Model",
    }
}

#[component]
pub fn Assumptions() -> impl IntoView {
    let base_year = use_app().shipped.base_year;
    let tables = Table::ALL
        .into_iter()
        .flat_map(|table| {
            columns(table).into_iter().map(move |col| {
                let caption = format!("{}: {}", table_caption(table), column_label(col, base_year));
                let rows = panel_inputs()
                    .filter(|(_, p)| p.table == table && p.column == col)
                    .map(|(i, p)| assumption_row(i, p))
                    .collect_view();
                let head = ["Item", "Value", "Source"].map(String::from).to_vec();
                view! {
                    <DataTable label=caption.clone() caption=caption class="assume" head=head>
                        {rows}
                    </DataTable>
                }
            })
        })
        .collect_view();
    view! {
        <details class="assumptions" id="assumptions">
            <summary>"Assumptions: baseline values, tariffs, elasticities, market sizes"</summary>
            <p class="help">
                "Every number the model starts from, with its source. Estimates are tagged EST (ours), PRESS or TRK; official figures OFF, or DER when derived from them. Change any value; “Reset to current trends” restores them all."
            </p>
            {tables}
        </details>
    }
}

/// Which HS chapters each sector and group covers.
fn definitions_table() -> impl IntoView {
    let baseline = use_app().baseline;
    let rows = [Flow::Export, Flow::Import]
        .into_iter()
        .flat_map(|flow| {
            flow.sectors().iter().enumerate().map(move |(i, s)| {
                let d = baseline.definition(flow, i);
                view! {
                    <tr>
                        <th scope="row">{s.label.en} {if flow == Flow::Export { " (exports)" } else { " (imports)" }}</th>
                        <td>{d.map(|d| d.chapters)}</td>
                        <td class="src">{d.map(|d| d.description)}</td>
                    </tr>
                }
            })
        })
        .collect_view();
    let head = ["Sector or group", "HS chapters", "What it holds"]
        .map(String::from)
        .to_vec();
    view! {
        <DataTable label="HS chapters of each sector" caption="Which HS chapters each sector and group covers (TradeStat, Department of Commerce)" class="source-table" head=head>
            {rows}
        </DataTable>
    }
}

#[component]
pub fn Sources() -> impl IntoView {
    let baseline = use_app().baseline;
    let base = fy::label(baseline.params.base_year);
    let first = fy::label(baseline.first_year());
    let estimates = baseline.rows.iter().filter(|d| d.tag.is_estimate()).count();
    let rows = baseline
        .rows
        .iter()
        .map(|d| {
            view! {
                <tr class:estimate=d.tag.is_estimate()>
                    <th scope="row">{labels::figure(d.key)}</th>
                    <td>{labels::value(d)}</td>
                    <td>{tag_badge(d.tag)}</td>
                    <td class="src">{d.source}</td>
                </tr>
            }
        })
        .collect_view();
    let head = ["Figure", "Value", "Type", "Source"]
        .map(String::from)
        .to_vec();
    let legend = Tag::ALL
        .into_iter()
        .map(|t| view! { <li>{tag_badge(t)} " " {t.meaning().en}</li> })
        .collect_view();
    view! {
        <section class="method" aria-labelledby="method-h" id="sources">
            <h2 id="method-h">"Sources and method"</h2>
            <p>
                {format!("Actual years {first} to {base} (April–March), official totals (Department of Commerce); the projection starts from {base}. Sectors and groups are sums of official HS chapters. Tariffs, elasticities and market sizes come from published research, the press and our own estimates where no official figure was found: ")}
                {format!("{estimates} of the {} figures below are estimates or assumptions", baseline.rows.len())}
                ", marked with their type:"
            </p>
            <ul class="tag-legend">{legend}</ul>
            <details>
                <summary>"How the projection is made"</summary>
                <ul class="method-list">
                    <li>"Each export sector grows at the export growth rate (or its own): X⁰(t) = X(0) · (1 + g)ᵗ."</li>
                    <li>"An EAEU tariff cut adds trade creation, X⁰ · ε · (τ − τ(t)) / (1 + τ), and diversion from other suppliers, X · R · σ · r / (X + R + X · σ · r), as in the World Bank's WITS SMART model; the cut phases in from its start year."</li>
                    <li>"No sector's exports exceed Russia's whole import market for it."</li>
                    <li>"Crude imports are volume × (price − Russian discount): the volume is the lever's level in the first projected year, then changes by the yearly rate, and is nil from the stop year on."</li>
                    <li>"Other imports grow at their own rate; India's reciprocal cut adds trade creation on them."</li>
                    <li>"What moved the balance: the change of each FY2030-31 figure from current trends to your scenario is split among four groups of levers (the tariff deal; oil; export growth; other imports' growth with any changed assumption) by Shapley values: 16 projections, one for each combination of moved groups, and each group's average contribution over every order of moving them. The parts add up to the change exactly."</li>
                    <li>"The likely range: 400 projections of your scenario, each drawing the import demand elasticities, the substitution elasticity, a path of crude prices, yearly export growth and the crude volume from the ranges listed under “How sure is this?”; the 10th and 90th percentiles of each year are the range. The draws start from a fixed seed, so a link always gives the same range."</li>
                    <li>"What would it take: every lever moves the FY2030-31 figures one way only, so the value reaching a goal is found by halving the lever's range on its slider steps."</li>
                    <li>"Limits: partial equilibrium (no exchange-rate, income or sanctions effects), current US$, one elasticity per sector; illustrative, not a forecast. The cumulative deficit is a rough proxy for rupee balances building up in Russian accounts if trade were settled in rupees."</li>
                </ul>
            </details>
            <details>
                <summary>"Which HS chapters each sector covers"</summary>
                {definitions_table()}
            </details>
            <details>
                <summary>"Every figure and its source"</summary>
                <DataTable label="Every figure and its source" caption="Every input of the model" class="source-table" head=head>
                    {rows}
                </DataTable>
            </details>
        </section>
    }
}
