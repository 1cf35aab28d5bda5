//! The values a data file gives: the model's plain numbers ([`Params`], per sector and group) and
//! each actual year's figures ([`Actual`]), with which of them are not official ([`Estimated`]).

use crate::{N_EXPORTS, N_IMPORTS};

/// One fiscal year of actual trade, US$ bn. Where the file gives only the total, the directions
/// are None; where it splits the year by sector, `sectors` and `groups` are there too.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Actual {
    pub year: i32,
    pub exports: Option<f64>,
    pub imports: Option<f64>,
    /// Exports + imports, or the total the source gives when it gives no split.
    pub total: Option<f64>,
    pub sectors: Option<[f64; N_EXPORTS]>,
    pub groups: Option<[f64; N_IMPORTS]>,
    /// Rupees per US$, the year's average (for showing the year in rupees).
    pub inr_per_usd: Option<f64>,
    /// Which of its figures are not official (a press report or our estimate): charts draw them in
    /// a style of their own and say so.
    pub estimated: Estimated,
}

/// Which of an actual year's figures are not official.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Estimated {
    pub exports: bool,
    pub imports: bool,
    /// The total row itself, or (without one) either of its parts.
    pub total: bool,
}

impl Estimated {
    pub fn any(self) -> bool {
        self.exports || self.imports || self.total
    }
    /// Exports − imports is estimated when either is.
    pub fn balance(self) -> bool {
        self.exports || self.imports
    }
}

impl Actual {
    pub fn balance(&self) -> Option<f64> {
        Some(self.exports? - self.imports?)
    }
}

/// Data on one export sector. Percentages are in percent (4.7 means 4.7 %).
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct ExportData {
    /// Base-year exports, US$ bn.
    pub value: f64,
    /// Russia's (EAEU) duty on Indian goods today, %.
    pub tariff: f64,
    /// Import demand elasticity in Russia (magnitude).
    pub elasticity: f64,
    /// Russia's whole import market for the sector, US$ bn.
    pub market: f64,
}

/// Data on one import group. For crude, tariff and elasticity are unused (zero).
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct ImportData {
    /// Base-year imports, US$ bn.
    pub value: f64,
    /// India's duty on Russian goods today, %.
    pub tariff: f64,
    /// India's import demand elasticity (magnitude).
    pub elasticity: f64,
}

/// Every number the model needs from the data file (plain numbers, no provenance).
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Params {
    /// First calendar year of the base fiscal year (2025 = FY2025-26).
    pub base_year: i32,
    pub total_exports: f64,
    pub total_imports: f64,
    /// The bilateral trade target, US$ bn.
    pub target: f64,
    pub exports: [ExportData; N_EXPORTS],
    pub imports: [ImportData; N_IMPORTS],
    /// Crude volume from Russia in the base year, million barrels a day.
    pub crude_volume: f64,
    /// India's average crude import price in the base year, US$ a barrel.
    pub crude_price: f64,
    /// Russian crude's discount to that price in the base year, US$ a barrel.
    pub crude_discount: f64,
    /// Russian crude volume expected in the first projected year, mb/d (the crude lever's default).
    pub crude_outlook: f64,
    /// India's crude oil imports from all suppliers, mb/d: the most Russian crude a projected
    /// year can hold.
    pub crude_india_imports: f64,
    /// Default growth of India's exports to Russia, % a year.
    pub growth_exports: f64,
    /// Default growth of imports from Russia other than crude, % a year.
    pub growth_nonoil: f64,
    /// Substitution elasticity between suppliers (SMART's σ).
    pub substitution: f64,
    /// Rupees per US$ in the projected years (for showing them in rupees; the model never uses
    /// it).
    pub inr_per_usd: f64,
}
