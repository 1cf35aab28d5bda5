//! Every number the data file holds, by its structure: the data-file key, how the file holds it
//! (a row of its own, a row per year, the base year's total), where it goes in [`Params`] and the
//! range the file may hold. The parser reads this table; the core attaches each input's words and,
//! for the values a reader may change, its Assumptions-panel row (by [`Field`]).

use crate::{Flow, Params, CRUDE, EXPORT_IDS, IMPORT_IDS};
use std::sync::OnceLock;

/// Where a value lives in [`Params`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    TotalExports,
    TotalImports,
    Target,
    CrudeVolume,
    CrudePrice,
    CrudeDiscount,
    CrudeOutlook,
    CrudeIndiaImports,
    GrowthExports,
    GrowthNonoil,
    Substitution,
    InrPerUsd,
    ExportValue(usize),
    ExportTariff(usize),
    ExportElasticity(usize),
    ExportMarket(usize),
    ImportValue(usize),
    ImportTariff(usize),
    ImportElasticity(usize),
}

impl Field {
    pub fn get(self, p: &Params) -> f64 {
        match self {
            Field::TotalExports => p.total_exports,
            Field::TotalImports => p.total_imports,
            Field::Target => p.target,
            Field::CrudeVolume => p.crude_volume,
            Field::CrudePrice => p.crude_price,
            Field::CrudeDiscount => p.crude_discount,
            Field::CrudeOutlook => p.crude_outlook,
            Field::CrudeIndiaImports => p.crude_india_imports,
            Field::GrowthExports => p.growth_exports,
            Field::GrowthNonoil => p.growth_nonoil,
            Field::Substitution => p.substitution,
            Field::InrPerUsd => p.inr_per_usd,
            Field::ExportValue(i) => p.exports[i].value,
            Field::ExportTariff(i) => p.exports[i].tariff,
            Field::ExportElasticity(i) => p.exports[i].elasticity,
            Field::ExportMarket(i) => p.exports[i].market,
            Field::ImportValue(i) => p.imports[i].value,
            Field::ImportTariff(i) => p.imports[i].tariff,
            Field::ImportElasticity(i) => p.imports[i].elasticity,
        }
    }

    fn slot(self, p: &mut Params) -> &mut f64 {
        match self {
            Field::TotalExports => &mut p.total_exports,
            Field::TotalImports => &mut p.total_imports,
            Field::Target => &mut p.target,
            Field::CrudeVolume => &mut p.crude_volume,
            Field::CrudePrice => &mut p.crude_price,
            Field::CrudeDiscount => &mut p.crude_discount,
            Field::CrudeOutlook => &mut p.crude_outlook,
            Field::CrudeIndiaImports => &mut p.crude_india_imports,
            Field::GrowthExports => &mut p.growth_exports,
            Field::GrowthNonoil => &mut p.growth_nonoil,
            Field::Substitution => &mut p.substitution,
            Field::InrPerUsd => &mut p.inr_per_usd,
            Field::ExportValue(i) => &mut p.exports[i].value,
            Field::ExportTariff(i) => &mut p.exports[i].tariff,
            Field::ExportElasticity(i) => &mut p.exports[i].elasticity,
            Field::ExportMarket(i) => &mut p.exports[i].market,
            Field::ImportValue(i) => &mut p.imports[i].value,
            Field::ImportTariff(i) => &mut p.imports[i].tariff,
            Field::ImportElasticity(i) => &mut p.imports[i].elasticity,
        }
    }

    /// Set the value (as the data file or the Assumptions panel gives it).
    pub fn set(self, p: &mut Params, v: f64) {
        *self.slot(p) = v;
    }

    /// The export sector or import group a per-sector field belongs to (its index into the
    /// flow's ids).
    pub fn sector(self) -> Option<(Flow, usize)> {
        match self {
            Field::ExportValue(i)
            | Field::ExportTariff(i)
            | Field::ExportElasticity(i)
            | Field::ExportMarket(i) => Some((Flow::Export, i)),
            Field::ImportValue(i) | Field::ImportTariff(i) | Field::ImportElasticity(i) => {
                Some((Flow::Import, i))
            }
            _ => None,
        }
    }
}

/// An allowed range, both ends included.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Range {
    pub min: f64,
    pub max: f64,
}

impl Range {
    pub fn contains(&self, v: f64) -> bool {
        v.is_finite() && self.min <= v && v <= self.max
    }
    pub fn clamp(&self, v: f64) -> f64 {
        v.clamp(self.min, self.max)
    }
}

/// How the data file holds an input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputKind {
    /// A row of its own: `export.pharma.tariff`.
    Row,
    /// A row per fiscal year, the base year's in force: `export.pharma.FY2025-26`.
    SectorYear,
    /// The base year's actual total: `actual.FY2025-26.exports`.
    BaseActual,
}

/// One number of the data file.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Input {
    /// Data-file key, e.g. `export.pharma.tariff`; for a per-year input, the key with `{fy}` for
    /// the year (`export.pharma.{fy}`).
    pub key: &'static str,
    pub kind: InputKind,
    pub field: Field,
    /// What the data file may hold.
    pub data: Range,
}

impl Input {
    /// The data-file key of the row in force for a base year.
    pub fn file_key(&self, base_year: i32) -> String {
        self.key.replace("{fy}", &crate::fy::label(base_year))
    }
}

const fn r(min: f64, max: f64) -> Range {
    Range { min, max }
}

/// A column of the exports or imports table: one input per sector (or group).
struct Column {
    /// Last part of the data-file key: `export.<id>.<data>` (`{fy}` for a row per year).
    data: &'static str,
    field: fn(usize) -> Field,
    range: Range,
    /// Whether the crude-oil row has it (crude's price and volume are rows of their own).
    crude: bool,
}

const EXPORT_COLUMNS: [Column; 4] = [
    column("{fy}", Field::ExportValue, r(0.0, 1e4), true),
    column("tariff", Field::ExportTariff, r(0.0, 100.0), true),
    column("elasticity", Field::ExportElasticity, r(0.01, 20.0), true),
    column("market", Field::ExportMarket, r(0.0, 1e5), true),
];

const IMPORT_COLUMNS: [Column; 3] = [
    column("{fy}", Field::ImportValue, r(0.0, 1e4), true),
    column("tariff", Field::ImportTariff, r(0.0, 200.0), false),
    column("elasticity", Field::ImportElasticity, r(0.01, 20.0), false),
];

const fn column(
    data: &'static str,
    field: fn(usize) -> Field,
    range: Range,
    crude: bool,
) -> Column {
    Column {
        data,
        field,
        range,
        crude,
    }
}

const fn scalar(key: &'static str, kind: InputKind, field: Field, data: Range) -> Input {
    Input {
        key,
        kind,
        field,
        data,
    }
}

/// The numbers that are not per sector.
const SCALARS: [Input; 12] = [
    scalar(
        "actual.{fy}.exports",
        InputKind::BaseActual,
        Field::TotalExports,
        r(0.0, 1e4),
    ),
    scalar(
        "actual.{fy}.imports",
        InputKind::BaseActual,
        Field::TotalImports,
        r(0.0, 1e4),
    ),
    scalar("target.total", InputKind::Row, Field::Target, r(1.0, 1e4)),
    scalar(
        "crude.volume",
        InputKind::Row,
        Field::CrudeVolume,
        r(0.0, 20.0),
    ),
    scalar(
        "crude.price",
        InputKind::Row,
        Field::CrudePrice,
        r(1.0, 500.0),
    ),
    scalar(
        "crude.discount",
        InputKind::Row,
        Field::CrudeDiscount,
        r(0.0, 100.0),
    ),
    scalar(
        "crude.outlook",
        InputKind::Row,
        Field::CrudeOutlook,
        r(0.0, 20.0),
    ),
    scalar(
        "crude.india_imports",
        InputKind::Row,
        Field::CrudeIndiaImports,
        r(0.1, 50.0),
    ),
    scalar(
        "growth.exports",
        InputKind::Row,
        Field::GrowthExports,
        r(-50.0, 100.0),
    ),
    scalar(
        "growth.other_imports",
        InputKind::Row,
        Field::GrowthNonoil,
        r(-50.0, 100.0),
    ),
    scalar(
        "elasticity.substitution",
        InputKind::Row,
        Field::Substitution,
        r(0.01, 20.0),
    ),
    scalar("rate.inr", InputKind::Row, Field::InrPerUsd, r(1.0, 1000.0)),
];

fn build() -> Vec<Input> {
    let mut v: Vec<Input> = Vec::new();
    let tables = [
        (Flow::Export, &EXPORT_IDS[..], &EXPORT_COLUMNS[..]),
        (Flow::Import, &IMPORT_IDS[..], &IMPORT_COLUMNS[..]),
    ];
    for (flow, ids, columns) in tables {
        for (i, id) in ids.iter().enumerate() {
            for c in columns
                .iter()
                .filter(|c| c.crude || flow == Flow::Export || i != CRUDE)
            {
                let key = format!("{}.{id}.{}", flow.prefix(), c.data);
                v.push(Input {
                    key: Box::leak(key.into_boxed_str()),
                    kind: if c.data == "{fy}" {
                        InputKind::SectorYear
                    } else {
                        InputKind::Row
                    },
                    field: (c.field)(i),
                    data: c.range,
                });
            }
        }
    }
    v.extend(SCALARS);
    v
}

/// Every input: the exports and imports tables row by row (sector by sector), then the scalars.
pub fn inputs() -> &'static [Input] {
    static ALL: OnceLock<Vec<Input>> = OnceLock::new();
    ALL.get_or_init(build)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{N_EXPORTS, N_IMPORTS};

    #[test]
    fn keys_are_unique_and_every_field_is_set_where_it_is_read() {
        let all = inputs();
        // four columns per export sector, three per import group except crude's one
        assert_eq!(
            all.len(),
            SCALARS.len() + N_EXPORTS * 4 + (N_IMPORTS - 1) * 3 + 1
        );
        for (i, a) in all.iter().enumerate() {
            assert!(all[i + 1..].iter().all(|b| b.key != a.key), "{}", a.key);
            assert!(all[i + 1..].iter().all(|b| b.field != a.field), "{}", a.key);
            assert!(a.data.min < a.data.max, "{}", a.key);
            let mut p = Params::default();
            a.field.set(&mut p, 1.5);
            assert_eq!(a.field.get(&p), 1.5, "{}", a.key);
            if let Some((flow, s)) = a.field.sector() {
                let id = flow.ids()[s];
                assert!(
                    a.key.starts_with(&format!("{}.{id}.", flow.prefix())),
                    "{}",
                    a.key
                );
            }
        }
    }
}
