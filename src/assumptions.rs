//! The assumptions a curious user can open and change: the data file's baseline values, tariffs,
//! elasticities and market sizes. Each is described once (key, label, range, step, its data-file
//! row for the source) and read and written on `Params` through [`Field`].

use crate::data::{Params, CRUDE, EXPORT_SECTORS, IMPORT_GROUPS};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    ExportValue(usize),
    ExportTariff(usize),
    ExportElasticity(usize),
    ExportMarket(usize),
    ImportValue(usize),
    ImportTariff(usize),
    ImportElasticity(usize),
    Substitution,
}

impl Field {
    pub fn get(self, p: &Params) -> f64 {
        match self {
            Field::ExportValue(i) => p.exports[i].value,
            Field::ExportTariff(i) => p.exports[i].tariff,
            Field::ExportElasticity(i) => p.exports[i].elasticity,
            Field::ExportMarket(i) => p.exports[i].market,
            Field::ImportValue(i) => p.imports[i].value,
            Field::ImportTariff(i) => p.imports[i].tariff,
            Field::ImportElasticity(i) => p.imports[i].elasticity,
            Field::Substitution => p.substitution,
        }
    }

    pub fn set(self, p: &mut Params, v: f64) {
        match self {
            Field::ExportValue(i) => p.exports[i].value = v,
            Field::ExportTariff(i) => p.exports[i].tariff = v,
            Field::ExportElasticity(i) => p.exports[i].elasticity = v,
            Field::ExportMarket(i) => p.exports[i].market = v,
            Field::ImportValue(i) => p.imports[i].value = v,
            Field::ImportTariff(i) => p.imports[i].tariff = v,
            Field::ImportElasticity(i) => p.imports[i].elasticity = v,
            Field::Substitution => p.substitution = v,
        }
        // keep the base-year totals equal to the sum of their parts
        p.total_exports = p.exports.iter().map(|e| e.value).sum();
        p.total_imports = p.imports.iter().map(|g| g.value).sum();
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Assumption {
    /// Short stable key (for the URL): `a_pharma_tariff`.
    pub key: String,
    /// Which table it belongs to: "exports", "imports" or "model".
    pub table: &'static str,
    /// Row (sector or group) label.
    pub row: &'static str,
    /// Column label.
    pub column: &'static str,
    pub unit: &'static str,
    pub min: f64,
    pub max: f64,
    pub step: f64,
    /// Key of the data file's row, for its source and tag.
    pub data_key: String,
    pub field: Field,
}

impl Assumption {
    /// Clamp into range; None for non-finite input.
    pub fn fit(&self, v: f64) -> Option<f64> {
        v.is_finite().then(|| v.clamp(self.min, self.max))
    }
}

/// One column of an assumptions table: label, short key, unit, range, step, data-file field, and
/// the `Field` for row i.
struct Column {
    label: &'static str,
    short: &'static str,
    unit: &'static str,
    min: f64,
    max: f64,
    step: f64,
    data: &'static str,
    field: fn(usize) -> Field,
}

const EXPORT_COLUMNS: [Column; 4] = [
    Column {
        label: "FY2024-25 exports",
        short: "v",
        unit: "US$ bn",
        min: 0.0,
        max: 50.0,
        step: 0.001,
        data: "value",
        field: Field::ExportValue,
    },
    Column {
        label: "EAEU duty",
        short: "t",
        unit: "%",
        min: 0.0,
        max: 50.0,
        step: 0.1,
        data: "tariff",
        field: Field::ExportTariff,
    },
    Column {
        label: "Import demand elasticity",
        short: "e",
        unit: "",
        min: 0.1,
        max: 10.0,
        step: 0.01,
        data: "elasticity",
        field: Field::ExportElasticity,
    },
    Column {
        label: "Russia's import market",
        short: "m",
        unit: "US$ bn",
        min: 0.1,
        max: 500.0,
        step: 0.1,
        data: "market",
        field: Field::ExportMarket,
    },
];

const IMPORT_COLUMNS: [Column; 3] = [
    Column {
        label: "FY2024-25 imports",
        short: "v",
        unit: "US$ bn",
        min: 0.0,
        max: 200.0,
        step: 0.01,
        data: "value",
        field: Field::ImportValue,
    },
    Column {
        label: "India's duty",
        short: "t",
        unit: "%",
        min: 0.0,
        max: 100.0,
        step: 0.1,
        data: "tariff",
        field: Field::ImportTariff,
    },
    Column {
        label: "Import demand elasticity",
        short: "e",
        unit: "",
        min: 0.1,
        max: 10.0,
        step: 0.01,
        data: "elasticity",
        field: Field::ImportElasticity,
    },
];

/// table name, key letter, data-file prefix, rows, columns
type Table = (
    &'static str,
    &'static str,
    &'static str,
    &'static [crate::data::SectorId],
    &'static [Column],
);

/// Every assumption, in display order.
pub fn assumptions() -> Vec<Assumption> {
    let mut v = Vec::new();
    let tables: [Table; 2] = [
        ("exports", "x", "export", &EXPORT_SECTORS, &EXPORT_COLUMNS),
        ("imports", "m", "import", &IMPORT_GROUPS, &IMPORT_COLUMNS),
    ];
    for (table, key_kind, data_kind, rows, columns) in tables {
        for (i, row) in rows.iter().enumerate() {
            for c in columns {
                // crude oil has no tariff or elasticity: its price and volume are levers
                if table == "imports" && i == CRUDE && c.short != "v" {
                    continue;
                }
                v.push(Assumption {
                    key: format!("a_{key_kind}_{}_{}", row.id, c.short),
                    table,
                    row: row.label,
                    column: c.label,
                    unit: c.unit,
                    min: c.min,
                    max: c.max,
                    step: c.step,
                    data_key: format!("{data_kind}.{}.{}", row.id, c.data),
                    field: (c.field)(i),
                });
            }
        }
    }
    v.push(Assumption {
        key: "a_sigma".into(),
        table: "model",
        row: "Substitution between suppliers (σ)",
        column: "Elasticity",
        unit: "",
        min: 0.1,
        max: 10.0,
        step: 0.1,
        data_key: "elasticity.substitution".into(),
        field: Field::Substitution,
    });
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_assumption_has_a_data_row_and_its_default_in_range() {
        let b = crate::baseline().unwrap();
        let all = assumptions();
        for a in &all {
            let d = b
                .datum(&a.data_key)
                .unwrap_or_else(|| panic!("{} has no row", a.key));
            let v = a.field.get(&b.params);
            assert_eq!(d.value, v, "{}", a.key);
            assert!(a.min <= v && v <= a.max, "{}: {v}", a.key);
        }
        for (i, a) in all.iter().enumerate() {
            assert!(all[i + 1..].iter().all(|b| b.key != a.key), "{}", a.key);
        }
    }

    #[test]
    fn setting_a_base_value_keeps_totals_consistent() {
        let mut p = crate::baseline().unwrap().params;
        Field::ExportValue(0).set(&mut p, 1.577);
        assert!((p.total_exports - 5.88).abs() < 1e-9);
    }
}
