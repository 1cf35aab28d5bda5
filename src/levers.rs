//! Every lever, described once: its URL key, range, default, step, unit, label and help text.
//! The page's sliders, the URL codec, the command line, clamping and the JSON/CSV headers all
//! read this table; adding a lever is one entry here plus its field in `Scenario`.

use crate::data::Params;
use crate::model::Scenario;

pub struct Lever {
    /// Short, stable URL key (also the command line's).
    pub key: &'static str,
    pub label: &'static str,
    /// Unit shown after the value.
    pub unit: &'static str,
    pub min: f64,
    pub max: f64,
    pub step: f64,
    /// One line of explanation.
    pub help: &'static str,
    pub default: fn(&Params) -> f64,
    pub get: fn(&Scenario) -> f64,
    pub set: fn(&mut Scenario, f64),
}

/// The levers, in the order the page shows them.
pub const LEVERS: &[Lever] = &[
    Lever {
        key: "eaeu_cut",
        label: "EAEU tariff cut on Indian goods",
        unit: "% cut",
        min: 0.0,
        max: 100.0,
        step: 1.0,
        help: "How much of Russia's (EAEU) import duty on Indian goods an India–EAEU free trade agreement removes.",
        default: |_| 0.0,
        get: |s| s.eaeu_cut,
        set: |s, v| s.eaeu_cut = v,
    },
    Lever {
        key: "start",
        label: "Tariff cuts start in",
        unit: "fiscal year",
        min: 2026.0,
        max: 2030.0,
        step: 1.0,
        help: "The fiscal year in which the agreement's tariff cuts begin (talks started in late 2025).",
        default: |_| 2027.0,
        get: |s| s.start_year,
        set: |s, v| s.start_year = v,
    },
    Lever {
        key: "phase",
        label: "Phased in over",
        unit: "years",
        min: 1.0,
        max: 10.0,
        step: 1.0,
        help: "Trade agreements usually cut duties in equal steps over several years.",
        default: |_| 5.0,
        get: |s| s.phase_years,
        set: |s, v| s.phase_years = v,
    },
    Lever {
        key: "india_cut",
        label: "India's tariff cut on Russian goods",
        unit: "% cut",
        min: 0.0,
        max: 100.0,
        step: 1.0,
        help: "The reciprocal cut: how much of India's duty on Russian non-oil goods is removed.",
        default: |_| 0.0,
        get: |s| s.india_cut,
        set: |s, v| s.india_cut = v,
    },
    Lever {
        key: "oil",
        label: "Change in crude bought from Russia",
        unit: "% a year",
        min: -50.0,
        max: 20.0,
        step: 1.0,
        help: "Yearly change in the volume of Russian crude India imports; negative is a slowdown.",
        default: |_| 0.0,
        get: |s| s.oil_change,
        set: |s, v| s.oil_change = v,
    },
    Lever {
        key: "oil_price",
        label: "Oil price (Brent)",
        unit: "US$/bbl",
        min: 40.0,
        max: 140.0,
        step: 1.0,
        help: "Benchmark crude price from FY2025-26 on.",
        default: |p| p.crude_price,
        get: |s| s.oil_price,
        set: |s, v| s.oil_price = v,
    },
    Lever {
        key: "oil_disc",
        label: "Russian discount",
        unit: "US$/bbl",
        min: 0.0,
        max: 30.0,
        step: 0.5,
        help: "How far below the benchmark India pays for Russian crude, landed.",
        default: |p| p.crude_discount,
        get: |s| s.oil_discount,
        set: |s, v| s.oil_discount = v,
    },
    Lever {
        key: "growth",
        label: "Growth of India's exports to Russia",
        unit: "% a year",
        min: -30.0,
        max: 40.0,
        step: 0.5,
        help: "Yearly growth of India's exports to Russia before any tariff cut (about 12 % a year over the past decade).",
        default: |p| p.growth_exports,
        get: |s| s.growth,
        set: |s, v| s.growth = v,
    },
    Lever {
        key: "nonoil",
        label: "Growth of non-oil imports from Russia",
        unit: "% a year",
        min: -20.0,
        max: 20.0,
        step: 0.1,
        help: "Yearly growth of India's imports from Russia other than crude: coal, fertilisers, oils, diamonds.",
        default: |p| p.growth_nonoil,
        get: |s| s.nonoil_growth,
        set: |s, v| s.nonoil_growth = v,
    },
];

/// The lever with this URL key.
pub fn lever(key: &str) -> Option<&'static Lever> {
    LEVERS.iter().find(|l| l.key == key)
}

/// What happened to a value on its way in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Fit {
    /// In range (possibly snapped to the step).
    Ok(f64),
    /// Out of range: clamped to the nearest end.
    Clamped(f64),
}

impl Fit {
    pub fn value(self) -> f64 {
        match self {
            Fit::Ok(v) | Fit::Clamped(v) => v,
        }
    }
}

impl Lever {
    /// Number of decimals the step needs (1 → 0, 0.5 → 1, 0.1 → 1, 0.01 → 2).
    pub fn decimals(&self) -> usize {
        let mut d = 0;
        let mut s = self.step;
        while d < 6 && (s - s.round()).abs() > 1e-9 {
            s *= 10.0;
            d += 1;
        }
        d
    }

    /// Clamp a finite value into range and snap it to the step grid (the default itself is
    /// always kept, even when it lies between steps). Callers reject non-finite values first.
    pub fn fit(&self, v: f64, p: &Params) -> Fit {
        let default = (self.default)(p);
        if v == default {
            return Fit::Ok(v);
        }
        if v < self.min || v > self.max {
            return Fit::Clamped(v.clamp(self.min, self.max));
        }
        let snapped = self.min + ((v - self.min) / self.step).round() * self.step;
        let scale = 10f64.powi(self.decimals() as i32);
        Fit::Ok(((snapped * scale).round() / scale).clamp(self.min, self.max))
    }

    /// The value with its unit for people: typographic minus ("−10 % a year", "FY2027-28").
    pub fn display(&self, v: f64) -> String {
        if self.key == "start" {
            return crate::model::fy_label((v as i32 - crate::model::BASE_YEAR).max(0) as usize);
        }
        format!("{} {}", self.format(v).replace('-', "−"), self.unit)
    }

    /// The value as text with the step's decimals ("12.5", "-10").
    pub fn format(&self, v: f64) -> String {
        let d = self
            .decimals()
            .max(if v.fract().abs() > 1e-9 { 2 } else { 0 });
        let text = format!("{v:.d$}");
        let text = if text.contains('.') {
            text.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            text
        };
        if text == "-0" {
            "0".into()
        } else {
            text
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{parse, BASELINE_TEXT};

    #[test]
    fn every_default_is_in_range_and_reproduces_the_baseline() {
        let p = parse(BASELINE_TEXT).unwrap().params;
        let mut s = Scenario::baseline(&p);
        for l in LEVERS {
            let d = (l.default)(&p);
            assert!(l.min <= d && d <= l.max, "{} default {d}", l.key);
            assert_eq!((l.get)(&s), d, "{}: Scenario::baseline disagrees", l.key);
            (l.set)(&mut s, d);
        }
        assert_eq!(s, Scenario::baseline(&p));
    }

    #[test]
    fn keys_are_unique_and_url_safe() {
        for (i, l) in LEVERS.iter().enumerate() {
            assert!(l.key.chars().all(|c| c.is_ascii_lowercase() || c == '_'));
            assert!(LEVERS[i + 1..].iter().all(|m| m.key != l.key), "{}", l.key);
        }
    }

    #[test]
    fn fit_clamps_and_snaps() {
        let p = parse(BASELINE_TEXT).unwrap().params;
        let oil = lever("oil").unwrap();
        assert_eq!(oil.fit(-80.0, &p), Fit::Clamped(-50.0));
        assert_eq!(oil.fit(25.0, &p), Fit::Clamped(20.0));
        assert_eq!(oil.fit(-10.4, &p), Fit::Ok(-10.0));
        let growth = lever("growth").unwrap();
        assert_eq!(growth.fit(12.3, &p), Fit::Ok(12.5));
        let disc = lever("oil_disc").unwrap();
        assert_eq!(disc.fit(p.crude_discount, &p), Fit::Ok(1.81)); // default kept off-grid
        assert_eq!(disc.fit(1.7, &p), Fit::Ok(1.5));
    }

    #[test]
    fn format_uses_the_steps_decimals() {
        assert_eq!(lever("oil").unwrap().format(-10.0), "-10");
        assert_eq!(lever("growth").unwrap().format(12.5), "12.5");
        assert_eq!(lever("growth").unwrap().format(12.0), "12");
        assert_eq!(lever("oil_disc").unwrap().format(1.81), "1.81");
        assert_eq!(lever("nonoil").unwrap().format(3.9), "3.9");
    }
}
