//! The year-by-year table and the sector tables, over one scrollable, labelled table wrapper.

use leptos::prelude::*;
use trade_core::data::{Sector, EXPORT_SECTORS, IMPORT_GROUPS};
use trade_core::model::{fy_label, Projection, Year, N_YEARS};
use trade_core::present::format::{num, signed_num};

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
    children: Children,
) -> impl IntoView {
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=label>
            <table class=class id=(!id.is_empty()).then_some(id)>
                <caption>{caption}</caption>
                {(!head.is_empty()).then(|| view! {
                    <thead><tr>{head.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr></thead>
                })}
                <tbody>{children()}</tbody>
            </table>
        </div>
    }
}

/// A cell: the scenario's value (exact in `data-value`) over current trends' in grey.
fn cell(t: usize, f: fn(&Year) -> f64, signed: bool) -> impl IntoView {
    let app = use_app();
    let fmt = move |v: f64| if signed { signed_num(v, 1) } else { num(v, 1) };
    let value = move || app.projection.with(|p| f(&p.years[t]));
    view! {
        <td data-value=move || value().to_string()>
            {move || fmt(value())}
            <span class="base">{move || fmt(app.base.with(|p| f(&p.years[t])))}</span>
        </td>
    }
}

#[component]
pub fn YearTable() -> impl IntoView {
    let rows = (0..N_YEARS)
        .map(|t| {
            view! {
                <tr>
                    <th scope="row">{fy_label(t)}</th>
                    {cell(t, |y| y.total_exports, false)}
                    {cell(t, |y| y.total_imports, false)}
                    {cell(t, |y| y.total_trade, false)}
                    {cell(t, |y| y.balance, true)}
                </tr>
            }
        })
        .collect_view();
    let head = ["Fiscal year", "Exports", "Imports", "Total", "Balance"]
        .map(String::from)
        .to_vec();
    view! {
        <DataTable label="Year-by-year table" caption="Year by year, US$ bn (current trends in grey)" class="years" id="year-table" head=head>
            {rows}
        </DataTable>
    }
}

fn sector_rows(sectors: &'static [Sector], pick: fn(&Year, usize) -> f64) -> impl IntoView {
    let app = use_app();
    let last = N_YEARS - 1;
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
    let last = fy_label(N_YEARS - 1);
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
