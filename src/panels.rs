//! Presets, the Assumptions panel (from the core's input table) and the Sources and method panel.
//! Published sources are quoted as published, in English (marked `lang="en"`); the project's own
//! notes on its estimates read in the reader's language (`data::notes`).

use leptos::prelude::*;
use trade_core::data::inputs::{columns, panel_inputs, Input, Panel, Table};
use trade_core::data::notes;
use trade_core::data::{Baseline, Flow, FlowSectors, Tag, TagWords};
use trade_core::insight::uncertainty::DRAWS;
use trade_core::present::format::fy_label;
use trade_core::present::words::labels;
use trade_core::presets::PRESETS;
use trade_core::text;
use trade_core::tr::{Lang, Tr};

use crate::lazy::Fold;
use crate::state::use_app;
use crate::tables::DataTable;

#[component]
pub fn Presets() -> impl IntoView {
    let app = use_app();
    let lang = app.lang();
    let buttons = PRESETS
        .iter()
        .map(|pr| {
            let built = (pr.build)(app.shipped);
            let pressed = Memo::new(move |_| {
                app.scenario.with(|s| *s == built) && app.params.with(|p| p == app.shipped)
            });
            let pressed = move || pressed.get().to_string();
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
                    <span class="preset-name">{pr.name.get(lang)}</span>
                    <span class="preset-what">{pr.assumes.get(lang)}</span>
                    <span class="preset-source">{text::WHY.fill(lang, pr.source.get(lang))}</span>
                </button>
            }
        })
        .collect_view();
    view! {
        <section class="presets" aria-labelledby="presets-h">
            <h2 id="presets-h">{text::START_FROM.get(lang)} " " <span class="badge">{text::ILLUSTRATIVE.get(lang)}</span></h2>
            <div class="preset-list">{buttons}</div>
        </section>
    }
}

fn tag_badge(tag: Tag, lang: Lang) -> impl IntoView {
    view! {
        <abbr class=format!("tag tag-{}", tag.code().to_ascii_lowercase()) title=tag.meaning().get(lang)>
            {tag.short().get(lang)}
        </abbr>
    }
}

/// A column label with the base year filled in ("FY2025-26 exports").
fn column_label(col: Tr, lang: Lang, base_year: i32) -> String {
    col.get(lang).replace("{fy}", &fy_label(lang, base_year))
}

/// One assumption: its number box and its source.
fn assumption_row(input: &'static Input, panel: &'static Panel) -> impl IntoView {
    let app = use_app();
    let lang = app.lang();
    let field = input.field;
    let shipped = field.get(app.shipped);
    let base_year = app.shipped.base_year;
    let column = column_label(panel.column, lang, base_year);
    let (row, unit) = (panel.row.get(lang), panel.unit.get(lang));
    let label = if unit.is_empty() {
        format!("{row}: {column}")
    } else {
        format!("{row}: {column}, {unit}")
    };
    let changed = move || app.params.with(|p| field.get(p) != shipped);
    let on_change = move |ev: leptos::ev::Event| {
        match trade_core::link::percent::number(&event_target_value(&ev).replace(',', ".")) {
            Some(v) => app.params.update(|p| field.set(p, panel.range.clamp(v))),
            // not a number: put the value in force back into the box
            None => app.params.update(|_| {}),
        }
    };
    view! {
        <tr class:changed=changed>
            <th scope="row">{row}</th>
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
                // the unit stays beside its value
                "\u{a0}" {unit}
            </td>
            <td class="src">
                {app.baseline.datum(&input.file_key(base_year)).map(|d| {
                    // our own note in the reader's language; a published source quoted in English
                    let (source, english) = notes::source_in(d, lang);
                    view! { {tag_badge(d.tag, lang)} " " <span lang=english.then_some("en")>{source}</span> }
                })}
            </td>
        </tr>
    }
}

fn table_caption(table: Table) -> Tr {
    match table {
        Table::Exports => text::TABLE_EXPORTS,
        Table::Imports => text::TABLE_IMPORTS,
        Table::Model => text::TABLE_MODEL,
    }
}

#[component]
pub fn Assumptions() -> impl IntoView {
    let app = use_app();
    let lang = app.lang();
    let base_year = app.shipped.base_year;
    // built when the reader opens the panel (its many inputs are not in the page until then)
    let tables = move || {
        Table::ALL
            .into_iter()
            .flat_map(|table| {
                columns(table).into_iter().map(move |col| {
                    let caption = format!(
                        "{}: {}",
                        table_caption(table).get(lang),
                        column_label(col, lang, base_year)
                    );
                    let rows = panel_inputs()
                        .filter(|(_, p)| p.table == table && p.column == col)
                        .map(|(i, p)| assumption_row(i, p))
                        .collect_view();
                    let head = [text::ITEM, text::VALUE, text::SOURCE]
                        .map(|t| t.get(lang).to_string())
                        .to_vec();
                    view! {
                        <DataTable label=caption.clone() caption=caption class="assume" head=head>
                            {rows}
                        </DataTable>
                    }
                })
            })
            .collect_view()
    };
    view! {
        <Fold summary=text::ASSUMPTIONS.get(lang) class="assumptions" id="assumptions">
            <p class="help">{text::ASSUMPTIONS_HELP.get(lang)}</p>
            {tables()}
        </Fold>
    }
}

/// Which HS chapters each sector and group covers.
fn definitions_table() -> impl IntoView {
    let app = use_app();
    let (baseline, lang) = (app.baseline, app.lang());
    let rows = [Flow::Export, Flow::Import]
        .into_iter()
        .flat_map(|flow| {
            flow.sectors().iter().enumerate().map(move |(i, s)| {
                let d = baseline.definition(flow, i);
                let which = if flow == Flow::Export {
                    text::EXPORTS_SUFFIX
                } else {
                    text::IMPORTS_SUFFIX
                };
                view! {
                    <tr>
                        <th scope="row">{s.label.get(lang)} {which.get(lang)}</th>
                        <td>{d.map(|d| d.chapters.replace("rest", text::REST_CHAPTERS.get(lang)))}</td>
                        <td class="src">
                            {d.map(|_| s.chapters.get(lang))}
                        </td>
                    </tr>
                }
            })
        })
        .collect_view();
    let head = [
        text::SECTOR_OR_GROUP,
        text::HS_CHAPTERS,
        text::WHAT_IT_HOLDS,
    ]
    .map(|t| t.get(lang).to_string())
    .to_vec();
    view! {
        <DataTable label=text::HS_TABLE_LABEL.get(lang) caption=text::HS_TABLE_CAPTION.get(lang) class="source-table" head=head>
            {rows}
        </DataTable>
    }
}

/// What the data file holds, in one paragraph: its years, how many figures and how many of them
/// are estimates.
fn sources_intro(baseline: &Baseline, lang: Lang) -> String {
    let base = fy_label(lang, baseline.params.base_year);
    let first = fy_label(lang, baseline.first_year());
    // a span of years names the years' word once: "с 2020/21 по 2025/26 фин. г.",
    // "वित्त वर्ष 2020‑21 से 2025‑26"
    let (from, to) = match lang {
        Lang::Ru => (
            first.trim_end_matches("\u{a0}фин.\u{a0}г.").to_string(),
            base.clone(),
        ),
        Lang::Hi => (
            first,
            base.trim_start_matches("वित्त\u{a0}वर्ष\u{a0}").to_string(),
        ),
        Lang::En => (first, base.clone()),
    };
    let estimates = baseline.rows.iter().filter(|d| d.tag.is_estimate()).count();
    // the intro's blanks in order: first year, base year, base year, estimates, all figures
    let mut intro = text::SOURCES_INTRO.get(lang).to_string();
    for v in [
        from,
        to,
        base,
        estimates.to_string(),
        baseline.rows.len().to_string(),
    ] {
        intro = intro.replacen("{}", &v, 1);
    }
    // "…2025/26 фин. г.." ends with one full stop
    trade_core::tr::one_full_stop(intro)
}

/// The data release the figures are on: its date, the years it covers (then, in English as
/// published, which release).
fn release_line(baseline: &Baseline, lang: Lang) -> String {
    let first = fy_label(lang, baseline.first_year());
    let base = fy_label(lang, baseline.params.base_year);
    let years = if first == base {
        base
    } else {
        let to = trade_core::tr::pick(lang, " to ", " से ", " — ");
        format!("{first}{to}{base}")
    };
    trade_core::present::words::notices::release_line(lang, &baseline.vintage, &years)
}

#[component]
pub fn Sources() -> impl IntoView {
    let app = use_app();
    let (baseline, lang) = (app.baseline, app.lang());
    // every figure of the data file, built when the reader opens its panel
    let rows = move || {
        let loc = app.loc();
        baseline
            .rows
            .iter()
            .map(|d| {
                let (source, english) = notes::source_in(d, lang);
                view! {
                    <tr class:estimate=d.tag.is_estimate()>
                        <th scope="row">{labels::figure_in(lang, d.key)}</th>
                        <td>{labels::value_in(&loc, d)}</td>
                        <td>{tag_badge(d.tag, lang)}</td>
                        <td class="src" lang=english.then_some("en")>{source}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let head = [text::FIGURE, text::VALUE, text::TYPE, text::SOURCE]
        .map(|t| t.get(lang).to_string())
        .to_vec();
    let legend = Tag::ALL
        .into_iter()
        .map(|t| view! { <li>{tag_badge(t, lang)} " " {t.meaning().get(lang)}</li> })
        .collect_view();
    let intro = sources_intro(baseline, lang);
    let release = release_line(baseline, lang);
    view! {
        <section class="method" aria-labelledby="method-h" id="sources">
            <h2 id="method-h">{text::SOURCES_AND_METHOD.get(lang)}</h2>
            <p>{intro}</p>
            <p class="release" data-vintage=baseline.vintage.id>
                {release} " " <span lang="en">{baseline.vintage.source}</span>
            </p>
            <ul class="tag-legend">{legend}</ul>
            <Fold summary=text::HOW_MADE.get(lang)>
                <ul class="method-list">
                    {text::method_steps(lang, DRAWS).map(|m| view! { <li>{m}</li> }).collect_view()}
                </ul>
            </Fold>
            <Fold summary=text::WHICH_CHAPTERS.get(lang)>{definitions_table()}</Fold>
            <Fold summary=text::EVERY_FIGURE.get(lang)>
                {(lang != Lang::En).then(|| view! { <p class="help">{text::SOURCES_VERBATIM.get(lang)}</p> })}
                <DataTable label=text::EVERY_FIGURE.get(lang) caption=text::EVERY_INPUT.get(lang) class="source-table" head=head.clone()>
                    {rows()}
                </DataTable>
            </Fold>
        </section>
    }
}
