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

/// Every assumption, in display order.
pub fn assumptions() -> Vec<Assumption> {
    let mut v = Vec::new();
    for (i, s) in EXPORT_SECTORS.iter().enumerate() {
        let mk =
            |field, col: &'static str, short: &str, unit, min, max, step, data: &str| Assumption {
                key: format!("a_x_{}_{short}", s.id),
                table: "exports",
                row: s.label,
                column: col,
                unit,
                min,
                max,
                step,
                data_key: format!("export.{}.{data}", s.id),
                field,
            };
        v.push(mk(
            Field::ExportValue(i),
            "FY2024-25 exports",
            "v",
            "US$ bn",
            0.0,
            50.0,
            0.001,
            "value",
        ));
        v.push(mk(
            Field::ExportTariff(i),
            "EAEU duty",
            "t",
            "%",
            0.0,
            50.0,
            0.1,
            "tariff",
        ));
        v.push(mk(
            Field::ExportElasticity(i),
            "Import demand elasticity",
            "e",
            "",
            0.1,
            10.0,
            0.01,
            "elasticity",
        ));
        v.push(mk(
            Field::ExportMarket(i),
            "Russia's import market",
            "m",
            "US$ bn",
            0.1,
            500.0,
            0.1,
            "market",
        ));
    }
    for (i, g) in IMPORT_GROUPS.iter().enumerate() {
        let mk =
            |field, col: &'static str, short: &str, unit, min, max, step, data: &str| Assumption {
                key: format!("a_m_{}_{short}", g.id),
                table: "imports",
                row: g.label,
                column: col,
                unit,
                min,
                max,
                step,
                data_key: format!("import.{}.{data}", g.id),
                field,
            };
        v.push(mk(
            Field::ImportValue(i),
            "FY2024-25 imports",
            "v",
            "US$ bn",
            0.0,
            200.0,
            0.01,
            "value",
        ));
        if i != CRUDE {
            v.push(mk(
                Field::ImportTariff(i),
                "India's duty",
                "t",
                "%",
                0.0,
                100.0,
                0.1,
                "tariff",
            ));
            v.push(mk(
                Field::ImportElasticity(i),
                "Import demand elasticity",
                "e",
                "",
                0.1,
                10.0,
                0.01,
                "elasticity",
            ));
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
