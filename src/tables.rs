//! The year-by-year table and the sector tables, over one scrollable, labelled table wrapper.

use leptos::prelude::*;
use trade_core::data::{Sector, EXPORT_SECTORS, IMPORT_GROUPS};
use trade_core::fy;
use trade_core::model::{Projection, Year};
use trade_core::present::format::{num, signed_num};
use trade_core::present::timeline::{Measure, BALANCE, EXPORTS, IMPORTS, TOTAL};

use crate::state::use_app;

/// A table in a scrollable region that keyboard users can reach and screen readers can name.
#[component]
pub fn DataTable(
    #[prop(into)] label: String,
    #[prop(into)] caption: String,
    #[prop(optional, into)] class: String,
    #[prop(optional, into)] id: String,
    /// Column headings, the first for the row headings; none for a table without a head.
    #[prop(optional)]
    head: Vec<String>,
    /// A last column for the pinned scenario, shown while one is pinned.
    #[prop(optional)]
    pinned_column: bool,
    children: Children,
) -> impl IntoView {
    let app = use_app();
    let pinned = move || pinned_column && app.pinned.with(Option::is_some);
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=label>
            <table class=class id=(!id.is_empty()).then_some(id)>
                <caption>{caption}</caption>
                {(!head.is_empty()).then(|| view! {
                    <thead><tr>
                        {head.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}
                        {move || pinned().then(|| view! { <th scope="col" class="pinned">{trade_core::present::chart::PINNED.en}</th> })}
                    </tr></thead>
                })}
                <tbody>{children()}</tbody>
            </table>
        </div>
    }
}

/// A projected cell: the scenario's value (exact in `data-value`) over current trends' in grey.
fn projected_cell(t: usize, m: Measure, signed: bool) -> impl IntoView {
    let app = use_app();
    let fmt = move |v: f64| if signed { signed_num(v, 1) } else { num(v, 1) };
    let value = move || app.projection.with(|p| (m.projected)(&p.years[t]));
    view! {
        <td data-value=move || value().to_string()>
            {move || fmt(value())}
            <span class="base">{move || fmt(app.base.with(|p| (m.projected)(&p.years[t])))}</span>
        </td>
    }
}

/// An actual cell: the figure, or a dash where none was published.
fn actual_cell(v: Option<f64>, signed: bool) -> impl IntoView {
    let text = v.map_or("–".to_string(), |v| {
        if signed {
            signed_num(v, 1)
        } else {
            num(v, 1)
        }
    });
    view! { <td data-value=v.map(|v| v.to_string())>{text}</td> }
}

#[component]
pub fn YearTable() -> impl IntoView {
    let app = use_app();
    let base = app.shipped.base_year;
    let measures = [
        (EXPORTS, false),
        (IMPORTS, false),
        (TOTAL, false),
        (BALANCE, true),
    ];
    let first = app.baseline.first_year();
    let rows = (first..=fy::HORIZON)
        .map(|year| {
            let cells = measures
                .iter()
                .map(|&(m, signed)| {
                    if year < base {
                        actual_cell(app.baseline.actual(year).and_then(m.actual), signed).into_any()
                    } else if year == base {
                        // the base year as the model holds it (the reader may edit its values)
                        let value = move || app.projection.with(|p| (m.projected)(&p.years[0]));
                        let fmt = move |v: f64| if signed { signed_num(v, 1) } else { num(v, 1) };
                        view! { <td data-value=move || value().to_string()>{move || fmt(value())}</td> }.into_any()
                    } else {
                        projected_cell((year - base) as usize, m, signed).into_any()
                    }
                })
                .collect_view();
            let kind = if year <= base { "actual" } else { "projected" };
            view! {
                <tr class=kind data-kind=kind>
                    <th scope="row">{fy::label(year)}</th>
                    <td class="kind">{kind}</td>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    let head = [
        "Fiscal year",
        "Type",
        "Exports",
        "Imports",
        "Total",
        "Balance",
    ]
    .map(String::from)
    .to_vec();
    view! {
        <DataTable label="Year-by-year table" caption="Year by year, US$ bn: actual, then projected (current trends in grey)" class="years" id="year-table" head=head>
            {rows}
        </DataTable>
    }
}

fn sector_rows(sectors: &'static [Sector], pick: fn(&Year, usize) -> f64) -> impl IntoView {
    let app = use_app();
    let last = app.projection.with_untracked(|p| p.len - 1);
    sectors
        .iter()
        .enumerate()
        .map(move |(i, s)| {
            let get = move |p: &Projection| pick(&p.years[last], i);
            view! {
                <tr>
                    <th scope="row">{s.label.en}</th>
                    <td>
                        {move || num(app.projection.with(get), 2)}
                        <span class="base">{move || num(app.base.with(get), 2)}</span>
                    </td>
                </tr>
            }
        })
        .collect_view()
}

#[component]
pub fn SectorTable() -> impl IntoView {
    let last = fy::label(fy::HORIZON);
    view! {
        <details class="sectors">
            <summary>{format!("By sector and group, {last}")}</summary>
            <div class="sector-tables">
                <DataTable label="Exports by sector" caption="India's exports to Russia by sector, US$ bn">
                    {sector_rows(&EXPORT_SECTORS, |y, i| y.exports[i])}
                </DataTable>
                <DataTable label="Imports by group" caption="India's imports from Russia by group, US$ bn">
                    {sector_rows(&IMPORT_GROUPS, |y, i| y.imports[i])}
                </DataTable>
            </div>
        </details>
    }
}
