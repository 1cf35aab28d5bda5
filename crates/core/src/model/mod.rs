//! The projection model: one scenario in, one projection out, no hidden state.
//!
//! Annual steps from the base year (the data file's latest actual year, t = 0) to FY2030-31, US$
//! bn at current prices. The base year is history: levers act only on the years after it. The
//! method is WITS SMART's partial equilibrium (trade creation and diversion), as the README
//! describes. `levers` holds the lever table (each lever's field of `Scenario`, range, step,
//! default and words).

pub mod levers;

use crate::data::{crude_value, Params, CRUDE, N_EXPORTS, N_IMPORTS};
use crate::fy::{self, HORIZON, MAX_YEARS};

/// The levers a user moves. Percentages are in percent. The fields are filled from the lever
/// table (`levers::LEVERS`), which also gives each its default.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Scenario {
    /// Share of today's EAEU duty on Indian goods that the FTA removes, %.
    pub eaeu_cut: f64,
    /// First calendar year of the fiscal year in which the cuts start (2027 = FY2027-28).
    pub start_year: f64,
    /// Years over which the cuts phase in (1 = all at once).
    pub phase_years: f64,
    /// Share of India's duty on Russian non-oil goods removed (the reciprocal cut), %.
    pub india_cut: f64,
    /// Russian crude bought in the first projected year, million barrels a day.
    pub oil_volume: f64,
    /// Yearly change in that volume after the first projected year, %.
    pub oil_change: f64,
    /// First calendar year of the fiscal year from which India buys no Russian crude; after the
    /// horizon means never.
    pub oil_stop: f64,
    /// India's average crude import price in the projected years, US$ a barrel.
    pub oil_price: f64,
    /// Russian crude's discount to that price in the projected years, US$ a barrel.
    pub oil_discount: f64,
    /// Headline growth of India's exports to Russia, % a year.
    pub growth: f64,
    /// Per-sector overrides of the headline growth, % a year.
    pub sector_growth: [Option<f64>; N_EXPORTS],
    /// Growth of imports from Russia other than crude, % a year.
    pub nonoil_growth: f64,
}

impl Scenario {
    /// Current trends: every lever at its default.
    pub fn baseline(p: &Params) -> Scenario {
        let mut s = Scenario::default();
        for l in crate::model::levers::LEVERS {
            (l.set)(&mut s, l.default_value(p));
        }
        s
    }
}

/// Current trends: every lever at its default under the assumptions `p` (the shipped data with
/// whatever the reader changed in the Assumptions panel). The one definition the charts' dashed
/// line, the headline's comparison, the attribution's start, the sentences and the downloads'
/// `baseline` all use.
pub fn current_trends(p: &Params) -> Projection {
    project(p, &Scenario::baseline(p))
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
    /// The first projected year (first calendar year of it) whose total trade reaches the
    /// target, if any: never the base year or before, which are records. The target counts as
    /// reached only when FY2030-31's total does ([`Projection::meets_target`]); an earlier year
    /// may reach it and the total fall back below it.
    pub target_year: Option<i32>,
    /// Sum of the deficits of the projected years (positive = deficit), US$ bn.
    pub cumulative_deficit: f64,
    /// The first projected year in which the levers ask for more Russian crude than India's
    /// crude imports from all suppliers, and so the volume is capped at them; None when never.
    pub crude_capped_from: Option<i32>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Projection {
    /// First calendar year of the base fiscal year (t = 0).
    pub base_year: i32,
    /// Number of years, base year included, to FY2030-31.
    pub len: usize,
    /// The years; only the first `len` are used.
    pub years: [Year; MAX_YEARS],
    pub headline: Headline,
    pub target: f64,
    /// The most Russian crude a projected year can hold: India's crude imports from all
    /// suppliers, mb/d.
    pub crude_cap: f64,
}

impl Projection {
    /// The calendar year of year t.
    pub fn year(&self, t: usize) -> i32 {
        self.base_year + t as i32
    }
    /// "FY2026-27" for t = 1.
    pub fn label(&self, t: usize) -> String {
        fy::label(self.year(t))
    }
    /// The years in use.
    pub fn years(&self) -> &[Year] {
        &self.years[..self.len]
    }
    /// The final year (FY2030-31).
    pub fn last(&self) -> &Year {
        &self.years[self.len - 1]
    }
    /// Whether the target is reached: total trade in FY2030-31 at least the target. The one
    /// definition the band's chance, the goal seek and every sentence use.
    pub fn meets_target(&self) -> bool {
        self.last().total_trade >= self.target
    }
}

/// Share of a cut in force in `year`: 0 in the base year and before the start year, then rising
/// linearly to 1 over `phase_years` (the first year of the phase-in already has 1/phase_years).
pub fn phase_in(s: &Scenario, base_year: i32, year: i32) -> f64 {
    let years = s.phase_years.max(1.0);
    if year <= base_year || (year as f64) < s.start_year {
        0.0
    } else {
        ((year as f64 - s.start_year + 1.0) / years).clamp(0.0, 1.0)
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

/// Year-by-year departures from a scenario's flat assumptions, for the uncertainty band: the
/// crude price multiplied, export growth shifted, the crude volume scaled. `Path::NONE` changes
/// nothing (multiplying by 1 and adding 0 are exact), so `project` gives the same numbers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Path {
    /// Factor on the crude price in year t (t ≥ 1).
    pub price: [f64; MAX_YEARS],
    /// Points added to every sector's export growth in year t (t ≥ 1).
    pub growth: [f64; MAX_YEARS],
    /// Factor on Russian crude volumes in the projected years.
    pub volume: f64,
    /// Factor on every import demand elasticity.
    pub elasticity: f64,
    /// The substitution elasticity to use instead of the data's (None: the data's).
    pub substitution: Option<f64>,
}

impl Path {
    pub const NONE: Path = Path {
        price: [1.0; MAX_YEARS],
        growth: [0.0; MAX_YEARS],
        volume: 1.0,
        elasticity: 1.0,
        substitution: None,
    };
}

/// Russian crude the levers ask for in projected year t (t ≥ 1), mb/d, before the cap: the
/// lever's level, changing by the yearly rate, and none from the stop year on.
pub fn crude_volume_asked(p: &Params, s: &Scenario, t: usize) -> f64 {
    let year = p.base_year + t as i32;
    if year as f64 >= s.oil_stop {
        return 0.0;
    }
    grow(s.oil_volume.max(0.0), s.oil_change, t - 1)
}

/// The most Russian crude a projected year can hold, mb/d: India's crude imports from all
/// suppliers (the data file's `crude.india_imports`).
pub fn crude_cap(p: &Params) -> f64 {
    p.crude_india_imports.max(0.0)
}

/// Russian crude bought in year t, mb/d: the base year's, then what the levers ask for, never
/// more than India's crude imports from all suppliers.
pub fn crude_volume(p: &Params, s: &Scenario, t: usize) -> f64 {
    if t == 0 {
        return p.crude_volume;
    }
    crude_volume_asked(p, s, t).min(crude_cap(p))
}

/// Project India's trade with Russia from the base year to FY2030-31.
pub fn project(p: &Params, s: &Scenario) -> Projection {
    project_path(p, s, &Path::NONE)
}

/// How many years a projection has: the base year to FY2030-31.
pub fn years_projected(p: &Params) -> usize {
    ((HORIZON - p.base_year + 1).max(1) as usize).min(MAX_YEARS)
}

/// [`project`] with year-by-year departures (the uncertainty band's draws).
pub fn project_path(p: &Params, s: &Scenario, path: &Path) -> Projection {
    let len = years_projected(p);
    let mut years = [Year::default(); MAX_YEARS];
    // organic flows, grown year by year (the same multiplications as `grow`)
    let mut organic_exports: [f64; N_EXPORTS] = std::array::from_fn(|i| p.exports[i].value);
    let mut organic_imports: [f64; N_IMPORTS] = std::array::from_fn(|i| p.imports[i].value);
    for (t, y) in years.iter_mut().enumerate().take(len) {
        let phase = phase_in(s, p.base_year, p.base_year + t as i32);
        let year = YearPath {
            p,
            s,
            path,
            t,
            phase,
        };
        year.exports(&mut organic_exports, y);
        year.imports(&mut organic_imports, y);
        y.total_exports = y.exports.iter().sum();
        y.total_imports = y.imports.iter().sum();
        y.total_trade = y.total_exports + y.total_imports;
        y.balance = y.total_exports - y.total_imports;
    }
    let cap = crude_cap(p);
    let mut headline = headline(p, &years[..len]);
    headline.crude_capped_from = (1..len)
        .find(|&t| crude_volume_asked(p, s, t) * path.volume > cap)
        .map(|t| p.base_year + t as i32);
    Projection {
        base_year: p.base_year,
        len,
        years,
        headline,
        target: p.target,
        crude_cap: cap,
    }
}

/// Year `t` of a projection along a path, with its tariff phase.
struct YearPath<'a> {
    p: &'a Params,
    s: &'a Scenario,
    path: &'a Path,
    t: usize,
    phase: f64,
}

impl YearPath<'_> {
    /// Each sector's exports: its organic flow grown one more year (after the base year), plus
    /// what the EAEU's tariff cut creates and diverts, within Russia's market.
    #[inline]
    fn exports(&self, organic_exports: &mut [f64; N_EXPORTS], y: &mut Year) {
        let (p, s, path, t) = (self.p, self.s, self.path, self.t);
        let sigma = path.substitution.unwrap_or(p.substitution);
        for (i, e) in p.exports.iter().enumerate() {
            if t > 0 {
                let g = s.sector_growth[i].unwrap_or(s.growth) + path.growth[t];
                organic_exports[i] *= (1.0 + g / 100.0).max(0.0);
            }
            let organic = organic_exports[i];
            let tau = e.tariff / 100.0;
            let tau_t = tau * (1.0 - s.eaeu_cut / 100.0 * self.phase);
            let creation = trade_creation(organic, e.elasticity * path.elasticity, tau, tau_t);
            let rest_of_world = (e.market - organic).max(0.0);
            let diversion = trade_diversion(organic, rest_of_world, sigma, tau, tau_t);
            y.exports[i] = (organic + creation + diversion).min(e.market.max(e.value));
        }
    }

    /// The crude volume and each group's imports: crude at its volume and price, the other groups
    /// grown one more year plus what India's tariff cut creates.
    #[inline]
    fn imports(&self, organic_imports: &mut [f64; N_IMPORTS], y: &mut Year) {
        let (p, s, path, t) = (self.p, self.s, self.path, self.t);
        // the band's draws scale what the levers ask for; the cap holds for them too
        y.crude_volume = if t == 0 {
            p.crude_volume
        } else {
            (crude_volume_asked(p, s, t) * path.volume).min(crude_cap(p))
        };
        let unit_value = (s.oil_price * path.price[t] - s.oil_discount).max(0.0);
        for (i, g) in p.imports.iter().enumerate() {
            y.imports[i] = if i == CRUDE {
                if t == 0 {
                    g.value
                } else {
                    crude_value(y.crude_volume, unit_value)
                }
            } else {
                if t > 0 {
                    organic_imports[i] *= (1.0 + s.nonoil_growth / 100.0).max(0.0);
                }
                let organic = organic_imports[i];
                let tau = g.tariff / 100.0;
                let tau_t = tau * (1.0 - s.india_cut / 100.0 * self.phase);
                organic + trade_creation(organic, g.elasticity * path.elasticity, tau, tau_t)
            };
        }
    }
}

/// The final year's figures, the target's gap and first year met, the cumulative deficit.
fn headline(p: &Params, years: &[Year]) -> Headline {
    let last = years[years.len() - 1];
    Headline {
        final_balance: last.balance,
        final_exports: last.total_exports,
        final_imports: last.total_imports,
        final_total: last.total_trade,
        target_gap: p.target - last.total_trade,
        // projected years only: the base year (t = 0) is a record, not a projection
        target_year: (1..years.len())
            .find(|&t| years[t].total_trade >= p.target)
            .map(|t| p.base_year + t as i32),
        cumulative_deficit: years[1..].iter().map(|y| -y.balance).sum(),
        crude_capped_from: None,
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
        let src = include_str!("mod.rs");
        let code = &src[..src.find("#[cfg(test)]").unwrap_or(src.len())];
        assert!(!code.contains(concat!(".po", "wi(")));
    }

    #[test]
    fn the_projection_runs_from_the_base_year_to_fy2030_31() {
        let p = params();
        let pr = project(&p, &Scenario::baseline(&p));
        assert_eq!(pr.label(0), "FY2025-26");
        assert_eq!(pr.label(pr.len - 1), "FY2030-31");
        assert_eq!(pr.len, 6);
    }

    #[test]
    fn base_year_is_the_official_record() {
        // FY2025-26: exports 4.49352, imports 55.36956, balance −50.87604 (TradeStat).
        let p = params();
        let mut s = Scenario::baseline(&p);
        s.eaeu_cut = 100.0;
        s.oil_change = -50.0;
        s.oil_stop = 2026.0;
        s.growth = 40.0;
        let y0 = project(&p, &s).years[0];
        assert!(close(y0.total_exports, 4.49352, 1e-9));
        assert!(close(y0.total_imports, 55.36956, 1e-9));
        assert!(close(y0.balance, -50.87604, 1e-9));
    }

    #[test]
    fn worked_example_pharma_with_a_full_eaeu_cut() {
        // Pharma: X(0) = 0.47134 (FY2025-26), g = 8.4 %, τ = 3 %, ε = 1.08, market M = 10, σ = 1.5.
        // A 100 % cut from FY2026-27, phased over 1 year, so by FY2030-31 (t = 5) τ(t) = 0.
        //   X⁰ = 0.47134 · 1.084⁵ = 0.705474…
        //   TC = X⁰ · 1.08 · (0.03 − 0) / 1.03 = 0.022192…
        //   r = 1/1.03 − 1 = −0.0291262…;  R = 10 − X⁰ = 9.294526…
        //   TD = X⁰ · R · 1.5 · 0.0291262 / (X⁰ + R + X⁰ · 1.5 · 0.0291262) = 0.028559…
        //   X = X⁰ + TC + TD = 0.756224…
        let p = params();
        let mut s = Scenario::baseline(&p);
        s.eaeu_cut = 100.0;
        s.start_year = 2026.0;
        s.phase_years = 1.0;
        let x0 = 0.47134 * 1.084f64.powi(5);
        let tc = x0 * 1.08 * 0.03 / 1.03;
        let rel = 1.0 - 1.0 / 1.03;
        let r = 10.0 - x0;
        let td = x0 * r * 1.5 * rel / (x0 + r + x0 * 1.5 * rel);
        let got = project(&p, &s).years[5].exports[0];
        assert!(close(x0, 0.705474, 1e-6));
        assert!(close(tc, 0.022192, 1e-6));
        assert!(close(td, 0.028559, 1e-6), "td {td}");
        assert!(close(got, x0 + tc + td, 1e-12), "got {got}");
        assert!(close(got, 0.756224, 1e-6), "got {got}");
    }

    #[test]
    fn worked_example_phase_in() {
        // Start FY2026-27 (2026), 4 years: FY2025-26 (base) none, FY2026-27 ¼, FY2027-28 ½,
        // FY2028-29 ¾, FY2029-30 and after all of it.
        let p = params();
        let mut s = Scenario::baseline(&p);
        s.start_year = 2026.0;
        s.phase_years = 4.0;
        let got: Vec<f64> = (2025..=2030).map(|y| phase_in(&s, 2025, y)).collect();
        assert_eq!(got, vec![0.0, 0.25, 0.5, 0.75, 1.0, 1.0]);
    }

    #[test]
    fn worked_example_crude() {
        // The default: 1.2 mb/d from FY2026-27 at the base year's price less discount, US$ 66.81:
        // 1.2 · 365 · 66.81 / 1000 = 29.26278. With −10 % a year after that, FY2030-31 (four more
        // years) = 29.26278 · 0.9⁴ = 19.19931.
        let p = params();
        let mut s = Scenario::baseline(&p);
        let y1 = project(&p, &s).years[1];
        assert!(close(y1.imports[CRUDE], 29.26278, 1e-9));
        assert!(close(y1.crude_volume, 1.2, 1e-12));
        s.oil_change = -10.0;
        let y5 = project(&p, &s).years[5];
        assert!(close(y5.imports[CRUDE], 19.19931, 1e-5));
        // a stop from FY2028-29: nothing after, the years before unchanged
        s.oil_stop = 2028.0;
        let pr = project(&p, &s);
        assert!(pr.years[2].imports[CRUDE] > 0.0);
        assert_eq!(pr.years[3].imports[CRUDE], 0.0);
        assert_eq!(pr.years[5].crude_volume, 0.0);
    }

    #[test]
    fn worked_example_oil_price() {
        // An average import price of US$ 90 with the base discount 1.50: unit value 88.50, so
        // FY2026-27 crude is 1.2 · 365 · 88.50 / 1000 = 38.763.
        let p = params();
        let mut s = Scenario::baseline(&p);
        s.oil_price = 90.0;
        let y = project(&p, &s).years[1];
        assert!(close(y.imports[CRUDE], 38.763, 1e-9));
    }

    #[test]
    fn worked_example_headline_at_defaults() {
        // Exports 4.49352 · 1.084⁵ = 6.7256; crude 29.2628 from FY2026-27; other imports
        // 15.74288 · 1.005⁵. FY2030-31 total = 52.13, far short of 100; balance −38.68.
        let p = params();
        let h = project(&p, &Scenario::baseline(&p)).headline;
        let ex = 4.49352 * 1.084f64.powi(5);
        let crude = 1.2 * 365.0 * 66.81 / 1000.0;
        let other = 55.36956 - 39.62668;
        let im = crude + other * 1.005f64.powi(5);
        assert!(close(h.final_exports, ex, 1e-9));
        assert!(close(h.final_imports, im, 1e-9));
        assert!(close(h.final_balance, ex - im, 1e-9));
        assert!(close(h.final_balance, -38.6776, 1e-3));
        assert!(close(h.target_gap, 100.0 - ex - im, 1e-9));
        assert_eq!(h.target_year, None);
        let cumulative: f64 = (1..=5)
            .map(|t| crude + other * 1.005f64.powi(t) - 4.49352 * 1.084f64.powi(t))
            .sum();
        assert!(close(h.cumulative_deficit, cumulative, 1e-9));
    }

    #[test]
    fn target_year_is_found() {
        // Crude volume +20 % a year from 1.6 mb/d and exports +40 %: total trade reaches 100.
        let p = params();
        let mut s = Scenario::baseline(&p);
        s.oil_volume = 2.0;
        s.oil_change = 20.0;
        s.growth = 40.0;
        let pr = project(&p, &s);
        let y = pr.headline.target_year.expect("reaches the target");
        let t = (y - pr.base_year) as usize;
        assert!(pr.years[t].total_trade >= 100.0);
        assert!(pr.years[t - 1].total_trade < 100.0);
    }

    #[test]
    fn worked_example_crude_cap() {
        // 2.5 mb/d from FY2026-27, +20 % a year: 2.5, 3.0, 3.6, 4.32, 5.184 mb/d asked; India
        // imported 4.884 mb/d from all suppliers (PPAC, FY2024-25), so FY2030-31 holds 4.884,
        // worth 4.884 · 365 · 66.81 / 1000 = 119.10 US$ bn, and the cap binds from FY2030-31.
        let p = params();
        let mut s = Scenario::baseline(&p);
        s.oil_volume = 2.5;
        s.oil_change = 20.0;
        let pr = project(&p, &s);
        assert_eq!(p.crude_india_imports, 4.884);
        assert!(close(pr.years[4].crude_volume, 4.32, 1e-9));
        assert_eq!(pr.years[5].crude_volume, 4.884);
        assert!(close(
            pr.years[5].imports[CRUDE],
            4.884 * 365.0 * 66.81 / 1000.0,
            1e-9
        ));
        assert_eq!(pr.headline.crude_capped_from, Some(2030));
        assert_eq!(crude_volume(&p, &s, 5), 4.884);
        assert!(close(crude_volume_asked(&p, &s, 5), 5.184, 1e-9));
        // at the defaults nothing is capped
        assert_eq!(
            project(&p, &Scenario::baseline(&p))
                .headline
                .crude_capped_from,
            None
        );
    }

    #[test]
    fn exports_never_exceed_the_market() {
        let p = params();
        let mut s = Scenario::baseline(&p);
        s.sector_growth[5] = Some(100.0); // marine doubling yearly: 0.159 · 2⁵ = 5.09 > market 3
        s.eaeu_cut = 100.0;
        let pr = project(&p, &s);
        assert_eq!(pr.last().exports[5], 3.0);
    }
}
