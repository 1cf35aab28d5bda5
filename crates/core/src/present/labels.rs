//! What each row of the data file is, in words (the sources panel, the sources CSV): readers see
//! "Pharmaceuticals: EAEU duty", not the data file's key.

use crate::data::{Flow, Sector, EXPORT_SECTORS, IMPORT_GROUPS};
use crate::fy;

fn sector(flow: Flow, id: &str) -> Option<&'static Sector> {
    let list: &'static [Sector] = match flow {
        Flow::Export => &EXPORT_SECTORS,
        Flow::Import => &IMPORT_GROUPS,
    };
    list.iter().find(|s| s.id == id)
}

/// A data-file key in words; the key itself if it is not one this function knows.
pub fn figure(key: &str) -> String {
    let parts: Vec<&str> = key.split('.').collect();
    let named = match parts[..] {
        ["base", "year"] => Some("Base year: the latest year with official figures".to_string()),
        ["target", "total"] => Some("The two governments' trade target for 2030".to_string()),
        ["actual", year, what] => fy::parse(year).and_then(|_| {
            Some(match what {
                "total" => format!("Total trade, {year}"),
                "exports" => format!("India's exports to Russia, {year}"),
                "imports" => format!("India's imports from Russia, {year}"),
                _ => return None,
            })
        }),
        ["export", id, what] | ["import", id, what] => {
            let flow = if parts[0] == "export" {
                Flow::Export
            } else {
                Flow::Import
            };
            sector(flow, id).and_then(|s| {
                let name = s.label.en;
                Some(match (flow, what) {
                    (_, "hs") => format!("{name}: HS chapters"),
                    (Flow::Export, "tariff") => format!("{name}: EAEU duty on Indian goods"),
                    (Flow::Import, "tariff") => format!("{name}: India's duty"),
                    (Flow::Export, "elasticity") => {
                        format!("{name}: import demand elasticity in Russia")
                    }
                    (Flow::Import, "elasticity") => {
                        format!("{name}: import demand elasticity in India")
                    }
                    (Flow::Export, "market") => format!("{name}: Russia's whole import market"),
                    (Flow::Export, y) if fy::parse(y).is_some() => format!("{name}: exports, {y}"),
                    (Flow::Import, y) if fy::parse(y).is_some() => format!("{name}: imports, {y}"),
                    _ => return None,
                })
            })
        }
        ["crude", "volume"] => Some("Russian crude bought in the base year".to_string()),
        ["crude", "price"] => Some("India's average crude import price, base year".to_string()),
        ["crude", "discount"] => Some("Russian crude's discount to that price".to_string()),
        ["crude", "outlook"] => Some("Russian crude expected in the next year".to_string()),
        ["growth", "exports"] => Some("Export growth on current trends".to_string()),
        ["growth", "other_imports"] => {
            Some("Growth of other imports on current trends".to_string())
        }
        ["elasticity", "substitution"] => Some("Substitution between suppliers (σ)".to_string()),
        _ => None,
    };
    named.unwrap_or_else(|| key.to_string())
}

/// A figure's value with its unit, for people ("3 %", "FY2025-26" for the base year).
pub fn value(d: &crate::data::Datum) -> String {
    if d.key == "base.year" {
        return fy::label(d.value as i32);
    }
    format!("{} {}", d.value, d.unit).trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_of_the_shipped_file_has_words() {
        let b = crate::baseline().unwrap();
        for d in &b.rows {
            assert_ne!(figure(d.key), d.key, "no words for {}", d.key);
        }
        assert_eq!(
            figure("export.pharma.tariff"),
            "Pharmaceuticals: EAEU duty on Indian goods"
        );
        assert_eq!(figure("actual.FY2017-18.total"), "Total trade, FY2017-18");
        assert_eq!(
            figure("import.crude.FY2025-26"),
            "Crude oil: imports, FY2025-26"
        );
    }
}
