//! The JSON report (the command line's `--format json` and the page's download) as data: one set
//! of types, serialised by serde where the `serde` feature is on. The command line writes it with
//! `serde_json`, the page with `serde-wasm-bindgen` and the browser's `JSON.stringify`; both write
//! numbers as JavaScript does (`format::ecma`), so their bytes are the same. Fields are written in
//! the order they are declared. Schema: see README.md, "The JSON output".

use crate::data::{Baseline, Flow, FlowSectors, Params, Sector, EXPORT_SECTORS, IMPORT_GROUPS};
use crate::fy;
use crate::insight::attribution::{attribute, attribute_between};
use crate::insight::solve::{solve, Goal};
use crate::insight::uncertainty::{stated_band, Band, Percentiles, Ranges};
use crate::link::view::ChartWords;
use crate::link::{encode, encode_pin};
use crate::model::levers::{Lever, Part, LEVERS};
use crate::model::{current_trends, project, Projection, Scenario};
use crate::present::charts::timeline::{self, Timeline};
use crate::present::files::report::Report;
use crate::present::format::{Loc, Rates};
use crate::present::words::insight;
use crate::present::words::labels;

pub const SCHEMA: &str = "india-russia-trade/projection/3";

/// A figure at its meaningful precision (`format::rounded`); null when not finite.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Num(pub f64);

/// A series over the timeline: a number, or null where there is none.
pub type Series = Vec<Option<Num>>;

/// An object whose keys are known only when it is built (sectors, levers, parts), in order.
#[derive(Clone, Debug, PartialEq)]
pub struct Keyed<V>(pub Vec<(&'static str, V)>);

#[cfg(feature = "serde")]
mod ser {
    use super::{Keyed, Num};
    use serde::ser::{Serialize, SerializeMap, Serializer};

    impl Serialize for Num {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            match crate::present::format::rounded(self.0) {
                Some(v) => s.serialize_f64(v),
                None => s.serialize_none(),
            }
        }
    }

    impl<V: Serialize> Serialize for Keyed<V> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut m = s.serialize_map(Some(self.0.len()))?;
            for (k, v) in &self.0 {
                m.serialize_entry(k, v)?;
            }
            m.end()
        }
    }
}

/// The whole report: the projection, scenario and baseline, every year from the first actual
/// one, with every input used, every source, the HS chapters behind each sector, what moved the
/// final year, the uncertainty band, and (when asked) the pinned scenario and a solved goal.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Document {
    pub schema: &'static str,
    /// The data release the figures were computed on (a link's `data=` is its id).
    pub vintage: crate::data::Vintage,
    pub units: Units,
    pub scenario: ScenarioDoc,
    pub base_year: String,
    pub years: Vec<String>,
    /// "actual" or "projection", year by year.
    pub kind: Vec<&'static str>,
    /// Year by year, the actual figures that are a press report or our estimate rather than
    /// official (`timeline::estimated_figures`: "exports", "balance", "imports_crude"…); empty
    /// for official and projected years.
    pub estimated: Vec<Vec<String>>,
    pub inr_per_usd: Vec<Num>,
    pub projection: ProjectionDoc,
    pub baseline: ProjectionDoc,
    /// The running fiscal year's months so far and the scenario's projection for the same
    /// months (only when the data file has them).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub running_year: Option<RunningYearDoc>,
    pub attribution: Keyed<AttributionDoc>,
    pub uncertainty: UncertaintyDoc,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub pinned: Option<PinnedDoc>,
    /// What moved between the pinned scenario and this one (only with a pin).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub moved_from_pinned: Option<Keyed<MovedFromPinnedDoc>>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub solve: Option<SolveDoc>,
    pub inputs: InputsDoc,
    pub sector_chapters: Chapters,
    pub sources: Vec<SourceDoc>,
}

/// The running fiscal year: official months so far against the projection of the same months.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct RunningYearDoc {
    pub year: String,
    /// How many months, counted from April.
    pub months: u32,
    /// "April–October 2026".
    pub period: String,
    pub exports: Num,
    pub imports: Num,
    pub total_trade: Num,
    pub balance: Num,
    /// The scenario's projection for the same months.
    pub projected: RunningFiguresDoc,
    /// How the projection for the months is made.
    pub method: &'static str,
    pub source: &'static str,
}

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct RunningFiguresDoc {
    pub exports: Num,
    pub imports: Num,
    pub total_trade: Num,
    pub balance: Num,
}

/// How the same months' projection is made, in the JSON.
pub const RUNNING_METHOD: &str = "the scenario's projection for the year × months/12: an even pace through the year, an approximation, not a seasonal profile";

fn running_year(b: &Baseline, sc: &Projection) -> Option<RunningYearDoc> {
    use crate::present::markup::Spaces;
    use crate::present::words::running::{months_words_in, same_months};
    let r = b.running?;
    let m = same_months(&r, sc)?;
    Some(RunningYearDoc {
        year: fy::label(r.year),
        months: r.months,
        period: months_words_in(crate::tr::Lang::En, &r, Spaces::Plain),
        exports: Num(r.exports),
        imports: Num(r.imports),
        total_trade: Num(r.total()),
        balance: Num(r.balance()),
        projected: RunningFiguresDoc {
            exports: Num(m.exports),
            imports: Num(m.imports),
            total_trade: Num(m.total_trade),
            balance: Num(m.balance),
        },
        method: RUNNING_METHOD,
        source: r.source,
    })
}

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Units {
    pub money: &'static str,
    pub crude_volume: &'static str,
}

/// The scenario: its name, its link's query and every lever's value.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct ScenarioDoc {
    pub name: Option<String>,
    pub query: String,
    pub levers: Keyed<Num>,
    /// The chart's own title, subtitle and note, when the link sets any (`title=`, …).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub chart_words: Option<ChartWordsDoc>,
}

/// A journalist's words for the charts, as the link carries them.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct ChartWordsDoc {
    pub title: Option<String>,
    pub subtitle: Option<String>,
    pub note: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct ProjectionDoc {
    pub exports: ExportsDoc,
    pub imports: ImportsDoc,
    pub crude_volume_mbd: Series,
    pub total_trade: Series,
    pub balance: Series,
    pub headline: HeadlineDoc,
}

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct ExportsDoc {
    pub total: Series,
    pub by_sector: Keyed<Series>,
}

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct ImportsDoc {
    pub total: Series,
    pub by_group: Keyed<Series>,
}

/// The final year's figures and when (if ever) the target is met.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct HeadlineDoc {
    pub year: String,
    pub exports: Num,
    pub imports: Num,
    pub total_trade: Num,
    pub balance: Num,
    pub target: Num,
    pub target_gap: Num,
    pub target_met_in: Option<String>,
    pub cumulative_deficit: Num,
    /// The first and last years the cumulative deficit adds up.
    pub cumulative_deficit_years: [String; 2],
    /// The first projected year whose Russian crude is capped at India's crude imports from all
    /// suppliers (the levers ask for more); null when never.
    pub crude_capped_from: Option<String>,
}

/// What moved one final-year figure from current trends to the scenario.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct AttributionDoc {
    pub current_trends: Num,
    pub scenario: Num,
    pub change: Num,
    pub sentence: String,
    pub parts: Keyed<Num>,
}

/// The final year's change from the pinned scenario to this one, split by the same groups.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct MovedFromPinnedDoc {
    pub pinned: Num,
    pub scenario: Num,
    pub change: Num,
    pub sentence: String,
    pub parts: Keyed<Num>,
}

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct UncertaintyDoc {
    pub draws: Num,
    pub seed: String,
    pub ranges: Vec<RangeDoc>,
    pub years: Vec<String>,
    pub balance: PercentilesDoc,
    pub total_trade: PercentilesDoc,
    pub probability_target: Num,
    pub sentence: String,
}

/// One input the band draws, the range it is drawn from, and why.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct RangeDoc {
    pub input: &'static str,
    pub range: String,
    pub source: &'static str,
}

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct PercentilesDoc {
    pub p10: Vec<Num>,
    pub p50: Vec<Num>,
    pub p90: Vec<Num>,
}

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct PinnedDoc {
    /// Its name (`pinname=`), or null.
    pub name: Option<String>,
    pub pin: String,
    pub query: String,
    pub total_trade: Series,
    pub balance: Series,
    pub exports: Series,
    pub imports: Series,
    pub headline: HeadlineDoc,
}

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct SolveDoc {
    pub goal: String,
    pub lever: &'static str,
    pub now: Num,
    /// "exact", "already", "unreachable"…: `solve::Answer::key`.
    pub answer: &'static str,
    pub value: Option<Num>,
    pub closest: Option<ClosestDoc>,
    pub other_levers: Vec<OtherLever>,
    pub also_met: Vec<RunDoc>,
    pub sentence: String,
    /// The link with the answer applied; null when there is no answer.
    pub query: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct ClosestDoc {
    pub value: Num,
    pub figure: Num,
}

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct OtherLever {
    pub lever: &'static str,
    pub value: Num,
}

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct RunDoc {
    pub from: Num,
    pub to: Num,
}

/// Every input the projection used (published field names, schema `projection/3`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct InputsDoc {
    pub exports: Keyed<ExportInput>,
    pub imports: Keyed<ImportInput>,
    pub crude_volume_mbd_base_year: Num,
    pub crude_price_base_year: Num,
    pub crude_discount_base_year: Num,
    pub substitution_elasticity: Num,
    pub other_import_growth_pct: Num,
    pub target: Num,
}

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct ExportInput {
    pub label: &'static str,
    pub value_base_year: Num,
    pub eaeu_tariff_pct: Num,
    pub import_demand_elasticity: Num,
    pub russia_import_market: Num,
    pub growth_pct: Num,
}

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct ImportInput {
    pub label: &'static str,
    pub value_base_year: Num,
    pub india_tariff_pct: Num,
    pub import_demand_elasticity: Num,
}

/// The HS chapters behind each sector and group.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Chapters {
    pub exports: Keyed<&'static str>,
    pub imports: Keyed<&'static str>,
}

/// One row of the data file: its figure in words, value, unit, tag and source.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct SourceDoc {
    pub key: &'static str,
    pub figure: String,
    pub value: Num,
    pub unit: &'static str,
    pub tag: &'static str,
    pub source: &'static str,
}

fn series(values: Vec<Option<f64>>) -> Series {
    values.into_iter().map(|v| v.map(Num)).collect()
}

/// One series per sector (or group).
fn by_sector(
    tl: &Timeline,
    b: &Baseline,
    pr: &Projection,
    sectors: &[Sector],
    part: fn(&Timeline, &Baseline, &Projection, usize) -> Vec<Option<f64>>,
) -> Keyed<Series> {
    Keyed(
        sectors
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id, series(part(tl, b, pr, i))))
            .collect(),
    )
}

fn headline(pr: &Projection) -> HeadlineDoc {
    let h = &pr.headline;
    HeadlineDoc {
        year: pr.label(pr.len - 1),
        exports: Num(h.final_exports),
        imports: Num(h.final_imports),
        total_trade: Num(h.final_total),
        balance: Num(h.final_balance),
        target: Num(pr.target),
        target_gap: Num(h.target_gap),
        target_met_in: h.target_year.map(fy::label),
        cumulative_deficit: Num(h.cumulative_deficit),
        cumulative_deficit_years: [pr.label(1.min(pr.len - 1)), pr.label(pr.len - 1)],
        crude_capped_from: h.crude_capped_from.map(fy::label),
    }
}

fn projection(tl: &Timeline, b: &Baseline, pr: &Projection) -> ProjectionDoc {
    ProjectionDoc {
        exports: ExportsDoc {
            total: series(timeline::EXPORTS.over(tl, b, pr)),
            by_sector: by_sector(tl, b, pr, &EXPORT_SECTORS, timeline::sector),
        },
        imports: ImportsDoc {
            total: series(timeline::IMPORTS.over(tl, b, pr)),
            by_group: by_sector(tl, b, pr, &IMPORT_GROUPS, timeline::group),
        },
        crude_volume_mbd: series(timeline::over(tl, b, pr, |_| None, |y| y.crude_volume)),
        total_trade: series(timeline::TOTAL.over(tl, b, pr)),
        balance: series(timeline::BALANCE.over(tl, b, pr)),
        headline: headline(pr),
    }
}

fn inputs(p: &Params, s: &Scenario) -> InputsDoc {
    let exports = EXPORT_SECTORS.iter().zip(&p.exports).enumerate();
    let exports = exports.map(|(i, (id, e))| {
        let input = ExportInput {
            label: id.label.en,
            value_base_year: Num(e.value),
            eaeu_tariff_pct: Num(e.tariff),
            import_demand_elasticity: Num(e.elasticity),
            russia_import_market: Num(e.market),
            growth_pct: Num(s.sector_growth[i].unwrap_or(s.growth)),
        };
        (id.id, input)
    });
    let imports = IMPORT_GROUPS.iter().zip(&p.imports).map(|(id, g)| {
        let input = ImportInput {
            label: id.label.en,
            value_base_year: Num(g.value),
            india_tariff_pct: Num(g.tariff),
            import_demand_elasticity: Num(g.elasticity),
        };
        (id.id, input)
    });
    InputsDoc {
        exports: Keyed(exports.collect()),
        imports: Keyed(imports.collect()),
        crude_volume_mbd_base_year: Num(p.crude_volume),
        crude_price_base_year: Num(p.crude_price),
        crude_discount_base_year: Num(p.crude_discount),
        substitution_elasticity: Num(p.substitution),
        other_import_growth_pct: Num(s.nonoil_growth),
        target: Num(p.target),
    }
}

fn sources(b: &Baseline) -> Vec<SourceDoc> {
    let row = |d: &crate::data::Datum| SourceDoc {
        key: d.key,
        figure: labels::figure(d.key),
        value: Num(d.value),
        unit: d.unit,
        tag: d.tag.code(),
        source: d.source,
    };
    b.rows.iter().map(row).collect()
}

fn chapters(b: &Baseline) -> Chapters {
    let flow = |f: Flow| {
        let sectors = f.sectors().iter().enumerate();
        Keyed(
            sectors
                .map(|(i, s)| (s.id, b.definition(f, i).map_or("", |d| d.chapters)))
                .collect(),
        )
    };
    Chapters {
        exports: flow(Flow::Export),
        imports: flow(Flow::Import),
    }
}

fn attribution(r: &Report) -> Keyed<AttributionDoc> {
    let loc = Loc::plain(r.baseline, r.params);
    let each = attribute(r.params, r.scenario).map(|a| {
        let doc = AttributionDoc {
            current_trends: Num(a.start),
            scenario: Num(a.end),
            change: Num(a.change()),
            sentence: insight::attribution_sentence(&loc, &a),
            parts: parts(&a),
        };
        (a.measure.key(), doc)
    });
    Keyed(each.into_iter().collect())
}

/// An attribution's four parts by their keys.
fn parts(a: &crate::insight::attribution::Attribution) -> Keyed<Num> {
    Keyed(
        Part::ALL
            .iter()
            .zip(a.parts)
            .map(|(p, v)| (p.key(), Num(v)))
            .collect(),
    )
}

fn moved_from_pinned(r: &Report, pin: &Scenario) -> Keyed<MovedFromPinnedDoc> {
    let loc = Loc::plain(r.baseline, r.params);
    let each = attribute_between(r.params, pin, r.scenario).map(|a| {
        let doc = MovedFromPinnedDoc {
            pinned: Num(a.start),
            scenario: Num(a.end),
            change: Num(a.change()),
            sentence: insight::moved_from_pin_sentence(&loc, &a),
            parts: parts(&a),
        };
        (a.measure.key(), doc)
    });
    Keyed(each.into_iter().collect())
}

fn percentiles(len: usize, pick: impl Fn(usize) -> Percentiles) -> PercentilesDoc {
    PercentilesDoc {
        p10: (0..len).map(|t| Num(pick(t).p10)).collect(),
        p50: (0..len).map(|t| Num(pick(t).p50)).collect(),
        p90: (0..len).map(|t| Num(pick(t).p90)).collect(),
    }
}

fn uncertainty(loc: &Loc, pr: &Projection, b: &Band, target: f64) -> UncertaintyDoc {
    let range = |n: &crate::insight::uncertainty::RangeNote| RangeDoc {
        input: n.input.en,
        range: insight::range_words(loc, &Ranges::STATED, n.which),
        source: n.source.en,
    };
    UncertaintyDoc {
        draws: Num(b.draws as f64),
        seed: b.seed.to_string(),
        ranges: Ranges::NOTES.iter().map(range).collect(),
        years: (0..b.len).map(|t| pr.label(t)).collect(),
        balance: percentiles(b.len, |t| b.balance[t]),
        total_trade: percentiles(b.len, |t| b.total_trade[t]),
        probability_target: Num(b.probability_target),
        sentence: insight::probability_sentence(loc, b, target),
    }
}

fn pinned(r: &Report, pin: &Scenario) -> PinnedDoc {
    let pr = project(r.params, pin);
    let tl = Timeline::new(r.baseline, &pr);
    let over = |m: timeline::Measure| series(m.over(&tl, r.baseline, &pr));
    PinnedDoc {
        name: r.pinned_name.map(str::to_string),
        pin: encode_pin(pin, &r.baseline.params),
        query: encode(pin, r.params, &r.baseline.params),
        total_trade: over(timeline::TOTAL),
        balance: over(timeline::BALANCE),
        exports: over(timeline::EXPORTS),
        imports: over(timeline::IMPORTS),
        headline: headline(&pr),
    }
}

fn solved(r: &Report, goal: Goal, l: &'static Lever) -> SolveDoc {
    let solution = solve(r.params, r.scenario, goal, l);
    let answer = solution.answer;
    let mut applied = *r.scenario;
    if let Some(v) = answer.value() {
        (l.set)(&mut applied, v);
    }
    let now = (l.get)(r.scenario);
    let loc = Loc::plain(r.baseline, r.params);
    SolveDoc {
        goal: goal.key(),
        lever: l.key,
        now: Num(now),
        answer: answer.key(),
        value: answer.value().map(Num),
        closest: solution.closest.map(|c| ClosestDoc {
            value: Num(c.value),
            figure: Num(c.figure),
        }),
        other_levers: (solution.others.iter())
            .map(|(o, v)| OtherLever {
                lever: o.key,
                value: Num(*v),
            })
            .collect(),
        also_met: (solution.also.iter())
            .map(|run| RunDoc {
                from: Num(run.from),
                to: Num(run.to),
            })
            .collect(),
        sentence: insight::solve_sentence(&loc, goal, l, now, &solution, r.params),
        query: (answer.value()).map(|_| encode(&applied, r.params, &r.baseline.params)),
    }
}

/// The report `r` as data, ready to serialise.
pub fn document(r: &Report) -> Document {
    let (b, p, s) = (r.baseline, r.params, r.scenario);
    let scenario = project(p, s);
    let tl = Timeline::new(b, &scenario);
    let rates = Rates::new(b, p);
    Document {
        schema: SCHEMA,
        vintage: b.vintage,
        units: Units {
            money: "US$ bn, current prices",
            crude_volume: "million barrels a day",
        },
        scenario: ScenarioDoc {
            name: r.name.map(str::to_string),
            query: encode(s, p, &b.params),
            levers: Keyed(LEVERS.iter().map(|l| (l.key, Num((l.get)(s)))).collect()),
            chart_words: r
                .words
                .filter(|w| **w != ChartWords::default())
                .map(|w| ChartWordsDoc {
                    title: w.title.clone(),
                    subtitle: w.subtitle.clone(),
                    note: w.note.clone(),
                }),
        },
        base_year: fy::label(p.base_year),
        years: (0..tl.len()).map(|i| tl.label(i)).collect(),
        kind: (0..tl.len()).map(|i| tl.kind(i).key()).collect(),
        estimated: timeline::estimated_figures(&tl, b),
        inr_per_usd: (0..tl.len()).map(|i| Num(rates.inr(tl.year(i)))).collect(),
        projection: projection(&tl, b, &scenario),
        baseline: projection(&tl, b, &current_trends(p)),
        running_year: running_year(b, &scenario),
        attribution: attribution(r),
        uncertainty: uncertainty(&Loc::plain(b, p), &scenario, &stated_band(p, s), p.target),
        pinned: r.pinned.map(|pin| pinned(r, pin)),
        moved_from_pinned: r.pinned.map(|pin| moved_from_pinned(r, pin)),
        solve: r.solve.map(|(goal, l)| solved(r, goal, l)),
        inputs: inputs(p, s),
        sector_chapters: chapters(b),
        sources: sources(b),
    }
}

#[cfg(test)]
mod tests;
