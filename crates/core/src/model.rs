//! The projection model: one scenario in, one projection out, no hidden state.
//!
//! Annual steps from the base year FY2024-25 (t = 0) to FY2030-31 (t = 6), US$ bn at current
//! prices. The base year is history: levers act from FY2025-26 on. The method is WITS SMART's
//! partial equilibrium (trade creation and diversion), as the README describes.

use crate::data::{Params, CRUDE, N_EXPORTS, N_IMPORTS};

/// First calendar year of the base fiscal year (FY2024-25).
pub const BASE_YEAR: i32 = 2024;
/// Number of fiscal years projected, base year included (FY2024-25 … FY2030-31).
pub const N_YEARS: usize = 7;

/// "FY2024-25" for t = 0.
pub fn fy_label(t: usize) -> String {
    let y = BASE_YEAR + t as i32;
    format!("FY{}-{:02}", y, (y + 1) % 100)
}

/// The levers a user moves. Percentages are in percent. The fields are filled from the lever
/// table (`levers::LEVERS`), which also gives each its default.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Scenario {
    /// Share of today's EAEU duty on Indian goods that the FTA removes, %.
    pub eaeu_cut: f64,
    /// First calendar year of the fiscal year in which the cuts start (2026 = FY2026-27).
    pub start_year: f64,
    /// Years over which the cuts phase in (1 = all at once).
    pub phase_years: f64,
    /// Share of India's duty on Russian non-oil goods removed (the reciprocal cut), %.
    pub india_cut: f64,
    /// Yearly change in the volume of crude bought from Russia, % (a slowdown is negative).
    pub oil_change: f64,
    /// Benchmark crude price from FY2025-26 on, US$ a barrel.
    pub oil_price: f64,
    /// Russian discount to the benchmark from FY2025-26 on, US$ a barrel.
    pub oil_discount: f64,
    /// Headline growth of India's exports to Russia, % a year.
    pub growth: f64,
    /// Per-sector overrides of the headline growth, % a year.
    pub sector_growth: [Option<f64>; N_EXPORTS],
    /// Growth of non-oil imports from Russia, % a year.
    pub nonoil_growth: f64,
}

impl Scenario {
    /// Current trends: every lever at its default.
    pub fn baseline(p: &Params) -> Scenario {
        let mut s = Scenario::default();
        for l in crate::levers::LEVERS {
            (l.set)(&mut s, l.default_value(p));
        }
        s
    }
}

/// One fiscal year of a projection, US$ bn.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Year {
    /// India's exports to Russia, by sector (order of `EXPORT_SECTORS`).
    pub exports: [f64; N_EXPORTS],
    /// India's imports from Russia, by group (order of `IMPORT_GROUPS`).
    pub imports: [f64; N_IMPORTS],
    /// Crude volume from Russia, million barrels a day.
    pub crude_volume: f64,
    pub total_exports: f64,
    pub total_imports: f64,
    /// Exports + imports.
    pub total_trade: f64,
    /// Exports − imports (negative: a deficit for India).
    pub balance: f64,
}

/// The headline figures of a projection.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Headline {
    /// Balance in FY2030-31.
    pub final_balance: f64,
    pub final_exports: f64,
    pub final_imports: f64,
    /// Total trade in FY2030-31.
    pub final_total: f64,
    /// Target minus final total trade (negative when the target is beaten).
    pub target_gap: f64,
    /// Index t of the first year whose total trade reaches the target, if any.
    pub target_year: Option<usize>,
    /// Sum of the deficits FY2025-26 … FY2030-31 (positive = deficit), US$ bn.
    pub cumulative_deficit: f64,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Projection {
    pub years: [Year; N_YEARS],
    pub headline: Headline,
    pub target: f64,
}

/// Share of a cut in force in year t: 0 before the start year, then rising linearly to 1 over
/// `phase_years` (the first year of the phase-in already has 1/phase_years of the cut).
pub fn phase_in(s: &Scenario, t: usize) -> f64 {
    let year = (BASE_YEAR + t as i32) as f64;
    let years = s.phase_years.max(1.0);
    if t == 0 || year < s.start_year {
        0.0
    } else {
        ((year - s.start_year + 1.0) / years).clamp(0.0, 1.0)
    }
}

/// SMART trade creation on flow `x` when the duty falls from `tau` to `tau_t` (fractions).
pub fn trade_creation(x: f64, elasticity: f64, tau: f64, tau_t: f64) -> f64 {
    x * elasticity * (tau - tau_t) / (1.0 + tau)
}

/// SMART trade diversion towards India from the rest of the world `r_o_w`, when India's duty
/// falls from `tau` to `tau_t` and others' does not. Never exceeds `r_o_w`.
pub fn trade_diversion(x: f64, r_o_w: f64, sigma: f64, tau: f64, tau_t: f64) -> f64 {
    let rel = -((1.0 + tau_t) / (1.0 + tau) - 1.0); // relative price fall, ≥ 0
    let denom = x + r_o_w + x * sigma * rel;
    if denom <= 0.0 || rel <= 0.0 {
        0.0
    } else {
        x * r_o_w * sigma * rel / denom
    }
}

/// `x · (1 + rate)ᵗ` by repeated multiplication: plain IEEE operations, so the page (wasm) and the
/// command line (native) give bit-identical numbers (`powi` may differ between platforms).
fn grow(x: f64, rate_pct: f64, t: usize) -> f64 {
    let factor = (1.0 + rate_pct / 100.0).max(0.0);
    let mut v = x;
    for _ in 0..t {
        v *= factor;
    }
    v
}

/// Project India's trade with Russia from the base year to FY2030-31.
pub fn project(p: &Params, s: &Scenario) -> Projection {
    let mut years = [Year::default(); N_YEARS];
    let base_unit_value = (p.crude_price - p.crude_discount).max(1e-9);
    let unit_value = (s.oil_price - s.oil_discount).max(0.0);
    for (t, y) in years.iter_mut().enumerate() {
        let phase = phase_in(s, t);
        for (i, e) in p.exports.iter().enumerate() {
            let g = s.sector_growth[i].unwrap_or(s.growth);
            let organic = grow(e.value, g, t);
            let tau = e.tariff / 100.0;
            let tau_t = tau * (1.0 - s.eaeu_cut / 100.0 * phase);
            let creation = trade_creation(organic, e.elasticity, tau, tau_t);
            let rest_of_world = (e.market - organic).max(0.0);
            let diversion = trade_diversion(organic, rest_of_world, p.substitution, tau, tau_t);
            y.exports[i] = (organic + creation + diversion).min(e.market.max(e.value));
        }
        y.crude_volume = grow(p.crude_volume, s.oil_change, t);
        for (i, g) in p.imports.iter().enumerate() {
            y.imports[i] = if i == CRUDE {
                if t == 0 {
                    g.value
                } else {
                    // volume × unit value, scaled so that the base year is the official value
                    grow(g.value, s.oil_change, t) * unit_value / base_unit_value
                }
            } else {
                let organic = grow(g.value, s.nonoil_growth, t);
                let tau = g.tariff / 100.0;
                let tau_t = tau * (1.0 - s.india_cut / 100.0 * phase);
                organic + trade_creation(organic, g.elasticity, tau, tau_t)
            };
        }
        y.total_exports = y.exports.iter().sum();
        y.total_imports = y.imports.iter().sum();
        y.total_trade = y.total_exports + y.total_imports;
        y.balance = y.total_exports - y.total_imports;
    }
    let last = years[N_YEARS - 1];
    let headline = Headline {
        final_balance: last.balance,
        final_exports: last.total_exports,
        final_imports: last.total_imports,
        final_total: last.total_trade,
        target_gap: p.target - last.total_trade,
        target_year: years.iter().position(|y| y.total_trade >= p.target),
        cumulative_deficit: years[1..].iter().map(|y| -y.balance).sum(),
    };
    Projection {
        years,
        headline,
        target: p.target,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{parse, BASELINE_TEXT};

    fn params() -> Params {
        parse(BASELINE_TEXT).expect("shipped data parses").params
    }

    fn close(a: f64, b: f64, tol: f64) -> bool {
        (a - b).abs() <= tol
    }

    /// The model's own code never calls `powi` (its result may differ between wasm and native).
    #[test]
    fn the_model_uses_no_powi() {
        let src = include_str!("model.rs");
        let code = &src[..src.find("#[cfg(test)]").unwrap_or(src.len())];
        assert!(!code.contains(concat!(".po", "wi(")));
    }

    #[test]
    fn fiscal_year_labels() {
        assert_eq!(fy_label(0), "FY2024-25");
        assert_eq!(fy_label(6), "FY2030-31");
    }

    #[test]
    fn base_year_is_the_official_record() {
        // FY2024-25: exports 4.88, imports 63.84, balance −58.96 (the minister's "58.9 bn").
        let p = params();
        let mut s = Scenario::baseline(&p);
        s.eaeu_cut = 100.0;
        s.oil_change = -50.0;
        s.growth = 40.0;
        let y0 = project(&p, &s).years[0];
        assert!(close(y0.total_exports, 4.88, 1e-9));
        assert!(close(y0.total_imports, 63.84, 1e-9));
        assert!(close(y0.balance, -58.96, 1e-9));
    }

    #[test]
    fn worked_example_pharma_with_a_full_eaeu_cut() {
        // Pharma: X(0) = 0.577, g = 12 %, τ = 3 %, ε = 1.47, market M = 10, σ = 1.5.
        // A 100 % cut starting FY2026-27, phased over 1 year, so by FY2030-31 (t = 6) τ(t) = 0.
        //   X⁰ = 0.577 · 1.12⁶ = 1.138896…
        //   TC = X⁰ · 1.47 · (0.03 − 0) / 1.03 = X⁰ · 0.0428155… = 0.048762…
        //   r = 1/1.03 − 1 = −0.0291262…;  R = 10 − X⁰ = 8.861104…
        //   TD = X⁰ · R · 1.5 · 0.0291262 / (X⁰ + R + X⁰ · 1.5 · 0.0291262) = 0.043872…
        //   X = X⁰ + TC + TD = 1.231531…
        let p = params();
        let mut s = Scenario::baseline(&p);
        s.eaeu_cut = 100.0;
        s.start_year = 2026.0;
        s.phase_years = 1.0;
        let x0 = 0.577 * 1.12f64.powi(6);
        let tc = x0 * 1.47 * 0.03 / 1.03;
        let rel = 1.0 - 1.0 / 1.03;
        let r = 10.0 - x0;
        let td = x0 * r * 1.5 * rel / (x0 + r + x0 * 1.5 * rel);
        let got = project(&p, &s).years[6].exports[0];
        assert!(close(x0, 1.138896, 1e-6));
        assert!(close(tc, 0.048762, 1e-6));
        assert!(close(td, 0.043872, 1e-6), "td {td}");
        assert!(close(got, x0 + tc + td, 1e-12), "got {got}");
        assert!(close(got, 1.231531, 1e-6), "got {got}");
    }

    #[test]
    fn worked_example_phase_in() {
        // Start FY2026-27 (2026), 4 years: FY2025-26 none, FY2026-27 ¼, FY2027-28 ½, FY2028-29 ¾,
        // FY2029-30 and after all of it.
        let p = params();
        let mut s = Scenario::baseline(&p);
        s.start_year = 2026.0;
        s.phase_years = 4.0;
        let got: Vec<f64> = (0..N_YEARS).map(|t| phase_in(&s, t)).collect();
        assert_eq!(got, vec![0.0, 0.0, 0.25, 0.5, 0.75, 1.0, 1.0]);
    }

    #[test]
    fn worked_example_crude_slowdown() {
        // Crude FY2024-25 = 48.09. A 10 % yearly fall in volume at unchanged price and discount:
        // FY2030-31 crude = 48.09 · 0.9⁶ = 25.557…  Other imports: (63.84 − 48.09) · 1.039⁶.
        let p = params();
        let mut s = Scenario::baseline(&p);
        s.oil_change = -10.0;
        let y = project(&p, &s).years[6];
        assert!(close(y.imports[CRUDE], 48.09 * 0.9f64.powi(6), 1e-9));
        assert!(close(y.imports[CRUDE], 25.557, 1e-3));
        let other: f64 = y.imports[1..].iter().sum();
        assert!(close(other, 15.75 * 1.039f64.powi(6), 1e-9));
        assert!(close(y.crude_volume, 1.685 * 0.9f64.powi(6), 1e-12));
    }

    #[test]
    fn worked_example_oil_price() {
        // A benchmark of US$ 60 with the base discount 1.81: unit value 58.19 instead of 78.19,
        // so crude from FY2025-26 is 48.09 · 58.19 / 78.19 = 35.789… at flat volume.
        let p = params();
        let mut s = Scenario::baseline(&p);
        s.oil_price = 60.0;
        let y = project(&p, &s).years[1];
        assert!(close(y.imports[CRUDE], 48.09 * 58.19 / 78.19, 1e-9));
    }

    #[test]
    fn worked_example_headline_at_defaults() {
        // Exports 4.88 · 1.12⁶ = 9.632; crude flat 48.09; non-oil 15.75 · 1.039⁶ = 19.800.
        // FY2030-31 total = 77.52, short of 100; balance = 9.632 − 67.89 = −58.26.
        let p = params();
        let h = project(&p, &Scenario::baseline(&p)).headline;
        let ex = 4.88 * 1.12f64.powi(6);
        let im = 48.09 + 15.75 * 1.039f64.powi(6);
        assert!(close(h.final_exports, ex, 1e-9));
        assert!(close(h.final_imports, im, 1e-9));
        assert!(close(h.final_balance, ex - im, 1e-9));
        assert!(close(h.target_gap, 100.0 - ex - im, 1e-9));
        assert_eq!(h.target_year, None);
        let cumulative: f64 = (1..=6)
            .map(|t| 48.09 + 15.75 * 1.039f64.powi(t) - 4.88 * 1.12f64.powi(t))
            .sum();
        assert!(close(h.cumulative_deficit, cumulative, 1e-9));
    }

    #[test]
    fn target_year_is_found() {
        // Crude volume +10 % a year: 48.09·1.1ᵗ + … reaches 100 within the period.
        let p = params();
        let mut s = Scenario::baseline(&p);
        s.oil_change = 10.0;
        let pr = project(&p, &s);
        let t = pr.headline.target_year.expect("reaches the target");
        assert!(pr.years[t].total_trade >= 100.0);
        assert!(pr.years[t - 1].total_trade < 100.0);
    }

    #[test]
    fn exports_never_exceed_the_market() {
        let p = params();
        let mut s = Scenario::baseline(&p);
        s.sector_growth[5] = Some(100.0); // marine doubling yearly: 0.14 · 2⁶ = 8.96 > market 2
        s.eaeu_cut = 100.0;
        let pr = project(&p, &s);
        assert_eq!(pr.years[6].exports[5], 2.0);
    }
}
