//! The year-by-year table and the sector tables, over one scrollable, labelled table wrapper
//! (folded away until asked for: `lazy::Fold`).

use leptos::prelude::*;
use trade_core::data::{Sector, EXPORT_SECTORS, IMPORT_GROUPS};
use trade_core::fy;
use trade_core::model::{Projection, Year};
use trade_core::present::charts::timeline::{Measure, BALANCE, EXPORTS, IMPORTS, TOTAL};
use trade_core::present::format::{exact, fy_label};
use trade_core::text;

use crate::lazy::Fold;
use crate::state::{use_app, AppState};

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
                // its words stay in view while a wide table scrolls sideways
                <caption><span class="caption-text">{caption}</span></caption>
                {(!head.is_empty()).then(|| view! {
                    <thead><tr>
                        {head.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}
                        {move || pinned().then(|| view! { <th scope="col" class="pinned">{move || app.pinned_name.get().unwrap_or_else(|| trade_core::present::charts::chart::PINNED.get(app.lang()).to_string())}</th> })}
                    </tr></thead>
                })}
                <tbody>{children()}</tbody>
            </table>
        </div>
    }
}

/// A figure of `year` in the table's unit (US$ bn, or ₹ lakh crore), signed for the balance.
fn fmt(app: AppState, v: f64, year: i32, signed: bool) -> String {
    let loc = app.loc();
    let x = loc.chart_value(v, year);
    if signed {
        loc.signed(x, loc.chart_decimals())
    } else {
        loc.num(x, loc.chart_decimals())
    }
}

/// A projected cell: the scenario's value (exact in `data-value`, US$ bn) over current trends' in
/// grey.
fn projected_cell(t: usize, year: i32, m: Measure, signed: bool) -> impl IntoView {
    let app = use_app();
    let fmt = move |v: f64| fmt(app, v, year, signed);
    let value = move || app.projection.with(|p| (m.projected)(&p.years[t]));
    view! {
        <td data-value=move || exact(value())>
            {move || fmt(value())}
            <span class="base">{move || fmt(app.base.with(|p| (m.projected)(&p.years[t])))}</span>
        </td>
    }
}

/// An actual cell: the figure (exact in `data-value`, US$ bn), or a dash where none was published.
fn actual_cell(app: AppState, v: Option<f64>, year: i32, signed: bool) -> impl IntoView {
    let text = v.map_or("–".to_string(), |v| fmt(app, v, year, signed));
    view! { <td data-value=v.and_then(exact)>{text}</td> }
}

#[component]
pub fn YearTable() -> impl IntoView {
    let app = use_app();
    let lang = app.lang();
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
                        actual_cell(app, app.baseline.actual(year).and_then(m.actual), year, signed).into_any()
                    } else if year == base {
                        // the base year as the model holds it: the data file's official figures
                        // (a record no lever or assumption changes; the projection's year 0)
                        let value = move || app.projection.with(|p| (m.projected)(&p.years[0]));
                        view! { <td data-value=move || exact(value())>{move || fmt(app, value(), year, signed)}</td> }.into_any()
                    } else {
                        projected_cell((year - base) as usize, year, m, signed).into_any()
                    }
                })
                .collect_view();
            let (kind, words) = year_kind(&app, year, base);
            view! {
                <tr class=kind data-kind=kind>
                    <th scope="row">{fy_label(lang, year)}</th>
                    <td class="kind">{words}</td>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    let head = [
        text::FISCAL_YEAR,
        text::TYPE,
        text::EXPORTS,
        text::IMPORTS,
        text::TOTAL,
        text::BALANCE,
    ]
    .map(|t| t.get(lang).to_string())
    .to_vec();
    let caption = text::YEAR_TABLE.fill(lang, app.loc().unit_short());
    view! {
        <DataTable label=caption.clone() caption=caption class="years by-year" id="year-table" head=head>
            {rows}
        </DataTable>
    }
}

/// A year's kind (`data-kind`) and its words: actual (partly estimated, when its split or total
/// is a press report or our estimate) or projected.
fn year_kind(app: &crate::state::AppState, year: i32, base: i32) -> (&'static str, &'static str) {
    let lang = app.lang();
    let estimated = year < base && app.baseline.actual(year).is_some_and(|a| a.estimated.any());
    if estimated {
        ("actual", text::ACTUAL_ESTIMATED_KIND.get(lang))
    } else if year <= base {
        ("actual", text::ACTUAL_KIND.get(lang))
    } else {
        ("projected", text::PROJECTED_KIND.get(lang))
    }
}

/// The year-by-year table, folded away until asked for.
#[component]
pub fn YearFold() -> impl IntoView {
    let app = use_app();
    let lang = app.lang();
    view! {
        <Fold summary=text::YEAR_TABLE.fill(lang, app.loc().unit_short()) class="year-fold">
            <YearTable />
        </Fold>
    }
}

fn sector_rows(sectors: &'static [Sector], pick: fn(&Year, usize) -> f64) -> impl IntoView {
    let app = use_app();
    let lang = app.lang();
    let last = app.projection.with_untracked(|p| p.len - 1);
    sectors
        .iter()
        .enumerate()
        .map(move |(i, s)| {
            let get = move |p: &Projection| pick(&p.years[last], i);
            view! {
                <tr>
                    <th scope="row">{s.label.get(lang)}</th>
                    <td>
                        {move || fmt(app, app.projection.with(get), fy::HORIZON, false)}
                        <span class="base">{move || fmt(app, app.base.with(get), fy::HORIZON, false)}</span>
                    </td>
                </tr>
            }
        })
        .collect_view()
}

#[component]
pub fn SectorTable() -> impl IntoView {
    let app = use_app();
    let lang = app.lang();
    let last = fy_label(lang, fy::HORIZON);
    let unit = app.loc().unit_short();
    view! {
        <Fold summary=text::BY_SECTOR_IN.fill(lang, &last) class="sectors">
            <div class="sector-tables">
                <DataTable label=text::EXPORTS_BY_SECTOR.get(lang) caption=format!("{}, {unit}", text::TABLE_EXPORTS.get(lang))>
                    {sector_rows(&EXPORT_SECTORS, |y, i| y.exports[i])}
                </DataTable>
                <DataTable label=text::IMPORTS_BY_GROUP.get(lang) caption=format!("{}, {unit}", text::TABLE_IMPORTS.get(lang))>
                    {sector_rows(&IMPORT_GROUPS, |y, i| y.imports[i])}
                </DataTable>
            </div>
        </Fold>
    }
}
