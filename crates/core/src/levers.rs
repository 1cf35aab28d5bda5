//! Every lever, described once: its link key, group, kind, range, step, default, words, and where
//! it lives in [`Scenario`]. The page's sliders (and their grouping), the link codec, clamping,
//! the command line's `--help`, the README's key table (checked by a test), the JSON and CSV and
//! the defaults of [`Scenario::baseline`] all read this table: adding a lever is one row here plus
//! its field in `Scenario`.

use crate::data::Params;
use crate::fy;
use crate::model::Scenario;
use crate::tr::Tr;

/// The group a lever is shown in, in page order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LeverGroup {
    TradeDeal,
    Oil,
    Growth,
}

impl LeverGroup {
    pub const ALL: [LeverGroup; 3] = [LeverGroup::TradeDeal, LeverGroup::Oil, LeverGroup::Growth];

    pub fn title(self) -> Tr {
        Tr::new(match self {
            LeverGroup::TradeDeal => "Trade agreement",
            LeverGroup::Oil => "Oil",
            LeverGroup::Growth => "Growth",
        })
    }
}

/// The group of levers a change is put down to in "what moved the balance" (the page's lever
/// groups, with the growth of imports counted among the other assumptions).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    TradeDeal,
    Oil,
    ExportGrowth,
    /// Other levers and every assumption of the Assumptions panel.
    Other,
}

impl Part {
    pub const ALL: [Part; 4] = [Part::TradeDeal, Part::Oil, Part::ExportGrowth, Part::Other];

    /// Key in the JSON.
    pub fn key(self) -> &'static str {
        match self {
            Part::TradeDeal => "tariff_deal",
            Part::Oil => "oil",
            Part::ExportGrowth => "export_growth",
            Part::Other => "other_assumptions",
        }
    }

    pub fn title(self) -> Tr {
        Tr::new(match self {
            Part::TradeDeal => "Tariff deal",
            Part::Oil => "Oil",
            Part::ExportGrowth => "Export growth",
            Part::Other => "Other assumptions",
        })
    }
}

/// How a lever's value reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LeverKind {
    /// A percentage (a cut, or a yearly rate).
    Percent,
    /// A fiscal year, given by its first calendar year (2027 = FY2027-28).
    FiscalYear,
    /// A number of years.
    Years,
    /// US dollars a barrel.
    UsdPerBbl,
    /// Million barrels a day.
    Mbd,
    /// A fiscal year from which something stops; the maximum means never.
    StopYear,
}

/// Where a lever's default comes from.
#[derive(Clone, Copy)]
pub enum Default {
    Fixed(f64),
    /// Read from the data file.
    Data(fn(&Params) -> f64),
}

pub struct Lever {
    /// Short, stable link key (also the command line's).
    pub key: &'static str,
    pub group: LeverGroup,
    /// What a change of this lever counts as in the attribution.
    pub part: Part,
    pub kind: LeverKind,
    pub min: f64,
    pub max: f64,
    pub step: f64,
    pub default: Default,
    pub label: Tr,
    /// Unit shown after the value (empty for fiscal years).
    pub unit: Tr,
    /// One line of explanation.
    pub help: Tr,
    /// Whether each export sector may override it (`g_<sector>` keys); true for export growth.
    pub per_sector: bool,
    pub get: fn(&Scenario) -> f64,
    pub set: fn(&mut Scenario, f64),
}

/// The levers, in the order the page shows them.
pub const LEVERS: &[Lever] = &[
    Lever {
        key: "eaeu_cut",
        group: LeverGroup::TradeDeal,
        part: Part::TradeDeal,
        kind: LeverKind::Percent,
        min: 0.0,
        max: 100.0,
        step: 1.0,
        default: Default::Fixed(0.0),
        label: Tr::new("EAEU tariff cut on Indian goods"),
        unit: Tr::new("% cut"),
        help: Tr::new("How much of Russia's (EAEU) import duty on Indian goods an India–EAEU free trade agreement removes."),
        per_sector: false,
        get: |s| s.eaeu_cut,
        set: |s, v| s.eaeu_cut = v,
    },
    Lever {
        key: "start",
        group: LeverGroup::TradeDeal,
        part: Part::TradeDeal,
        kind: LeverKind::FiscalYear,
        min: 2026.0,
        max: 2030.0,
        step: 1.0,
        default: Default::Fixed(2027.0),
        label: Tr::new("Tariff cuts start in"),
        unit: Tr::new(""),
        help: Tr::new("The fiscal year in which the agreement's tariff cuts begin (talks started in late 2025)."),
        per_sector: false,
        get: |s| s.start_year,
        set: |s, v| s.start_year = v,
    },
    Lever {
        key: "phase",
        group: LeverGroup::TradeDeal,
        part: Part::TradeDeal,
        kind: LeverKind::Years,
        min: 1.0,
        max: 10.0,
        step: 1.0,
        default: Default::Fixed(5.0),
        label: Tr::new("Phased in over"),
        unit: Tr::new("years"),
        help: Tr::new("Trade agreements usually cut duties in equal steps over several years."),
        per_sector: false,
        get: |s| s.phase_years,
        set: |s, v| s.phase_years = v,
    },
    Lever {
        key: "india_cut",
        group: LeverGroup::TradeDeal,
        part: Part::TradeDeal,
        kind: LeverKind::Percent,
        min: 0.0,
        max: 100.0,
        step: 1.0,
        default: Default::Fixed(0.0),
        label: Tr::new("India's tariff cut on Russian goods"),
        unit: Tr::new("% cut"),
        help: Tr::new("The reciprocal cut: how much of India's duty on Russian non-oil goods is removed."),
        per_sector: false,
        get: |s| s.india_cut,
        set: |s, v| s.india_cut = v,
    },
    Lever {
        key: "oil_mbd",
        group: LeverGroup::Oil,
        part: Part::Oil,
        kind: LeverKind::Mbd,
        min: 0.0,
        max: 2.5,
        step: 0.05,
        default: Default::Data(|p| p.crude_outlook),
        label: Tr::new("Russian crude bought in {next}"),
        unit: Tr::new("mb/d"),
        help: Tr::new("Million barrels a day of Russian crude India buys in {next}; the default is the trackers' outlook, 0 means none."),
        per_sector: false,
        get: |s| s.oil_volume,
        set: |s, v| s.oil_volume = v,
    },
    Lever {
        key: "oil",
        group: LeverGroup::Oil,
        part: Part::Oil,
        kind: LeverKind::Percent,
        min: -50.0,
        max: 20.0,
        step: 1.0,
        default: Default::Fixed(0.0),
        label: Tr::new("Change in Russian crude after {next}"),
        unit: Tr::new("% a year"),
        help: Tr::new("Yearly change in that volume from the year after {next}; negative is a slowdown."),
        per_sector: false,
        get: |s| s.oil_change,
        set: |s, v| s.oil_change = v,
    },
    Lever {
        key: "oil_stop",
        group: LeverGroup::Oil,
        part: Part::Oil,
        kind: LeverKind::StopYear,
        min: 2026.0,
        max: 2031.0,
        step: 1.0,
        default: Default::Fixed(2031.0),
        label: Tr::new("India stops buying Russian crude"),
        unit: Tr::new(""),
        help: Tr::new("From this fiscal year on India buys no Russian crude. In Feb 2026 the US said India had committed to stop; purchases went on."),
        per_sector: false,
        get: |s| s.oil_stop,
        set: |s, v| s.oil_stop = v,
    },
    Lever {
        key: "oil_price",
        group: LeverGroup::Oil,
        part: Part::Oil,
        kind: LeverKind::UsdPerBbl,
        min: 40.0,
        max: 140.0,
        step: 1.0,
        default: Default::Data(|p| p.crude_price),
        label: Tr::new("Price India pays for crude"),
        unit: Tr::new("US$/bbl"),
        help: Tr::new("India's average price for imported crude in the years after {base}; the default is {base}'s."),
        per_sector: false,
        get: |s| s.oil_price,
        set: |s, v| s.oil_price = v,
    },
    Lever {
        key: "oil_disc",
        group: LeverGroup::Oil,
        part: Part::Oil,
        kind: LeverKind::UsdPerBbl,
        min: 0.0,
        max: 30.0,
        step: 0.5,
        default: Default::Data(|p| p.crude_discount),
        label: Tr::new("Russian discount"),
        unit: Tr::new("US$/bbl"),
        help: Tr::new("How far below that average price India pays for Russian crude, landed."),
        per_sector: false,
        get: |s| s.oil_discount,
        set: |s, v| s.oil_discount = v,
    },
    Lever {
        key: "growth",
        group: LeverGroup::Growth,
        part: Part::ExportGrowth,
        kind: LeverKind::Percent,
        min: -30.0,
        max: 40.0,
        step: 0.5,
        default: Default::Data(|p| p.growth_exports),
        label: Tr::new("Growth of India's exports to Russia"),
        unit: Tr::new("% a year"),
        help: Tr::new("Yearly growth of India's exports to Russia before any tariff cut; the default is the official trend of recent years."),
        per_sector: true,
        get: |s| s.growth,
        set: |s, v| s.growth = v,
    },
    Lever {
        key: "nonoil",
        group: LeverGroup::Growth,
        part: Part::Other,
        kind: LeverKind::Percent,
        min: -20.0,
        max: 20.0,
        step: 0.1,
        default: Default::Data(|p| p.growth_nonoil),
        label: Tr::new("Growth of other imports from Russia"),
        unit: Tr::new("% a year"),
        help: Tr::new("Yearly growth of India's imports from Russia other than crude oil: coal and petroleum products, fertilisers, vegetable oils and the rest."),
        per_sector: false,
        get: |s| s.nonoil_growth,
        set: |s, v| s.nonoil_growth = v,
    },
];

/// The lever with this link key.
pub fn lever(key: &str) -> Option<&'static Lever> {
    LEVERS.iter().find(|l| l.key == key)
}

/// The lever whose rate export sectors may override.
pub fn sector_lever() -> &'static Lever {
    // a test checks there is exactly one
    LEVERS.iter().find(|l| l.per_sector).unwrap_or(&LEVERS[0])
}

/// The levers of a group, in table order.
pub fn in_group(group: LeverGroup) -> impl Iterator<Item = &'static Lever> {
    LEVERS.iter().filter(move |l| l.group == group)
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
    pub fn default_value(&self, p: &Params) -> f64 {
        match self.default {
            Default::Fixed(v) => v,
            Default::Data(f) => f(p),
        }
    }

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
        let v = if v == 0.0 { 0.0 } else { v }; // −0 reads as 0
        if v == self.default_value(p) {
            return Fit::Ok(v);
        }
        if v < self.min || v > self.max {
            return Fit::Clamped(v.clamp(self.min, self.max));
        }
        let snapped = self.min + ((v - self.min) / self.step).round() * self.step;
        let scale = 10f64.powi(self.decimals() as i32);
        let fitted = ((snapped * scale).round() / scale).clamp(self.min, self.max);
        Fit::Ok(if fitted == 0.0 { 0.0 } else { fitted })
    }

    /// The value with its unit for people: typographic minus ("−10 % a year", "FY2027-28").
    pub fn display(&self, v: f64) -> String {
        match self.kind {
            LeverKind::FiscalYear => fy::label(v as i32),
            LeverKind::StopYear if v >= self.max => "never".into(),
            LeverKind::StopYear => format!("from {}", fy::label(v as i32)),
            _ => format!("{} {}", self.format(v).replace('-', "−"), self.unit.en),
        }
    }

    /// A lever's label or help with its years filled in ("Russian crude bought in FY2026-27").
    pub fn words(text: Tr, base_year: i32) -> String {
        text.en
            .replace("{next}", &fy::label(base_year + 1))
            .replace("{base}", &fy::label(base_year))
    }

    /// The range for people: "−50 to 20 % a year", "FY2026-27 to FY2030-31".
    pub fn display_range(&self) -> String {
        match self.kind {
            LeverKind::FiscalYear => {
                format!("{} to {}", self.display(self.min), self.display(self.max))
            }
            LeverKind::StopYear => {
                format!(
                    "{} to {}",
                    fy::label(self.min as i32),
                    self.display(self.max)
                )
            }
            _ => format!(
                "{} to {} {}",
                self.format(self.min).replace('-', "−"),
                self.format(self.max).replace('-', "−"),
                self.unit.en
            ),
        }
    }

    /// The value as plain text with the step's decimals ("12.5", "-10"): links, CSV, the CLI.
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

    /// Characters of the widest text the lever's value can show (so a slider's output never
    /// changes width while dragging).
    pub fn widest(&self) -> usize {
        match self.kind {
            LeverKind::FiscalYear => "FY2030-31".len(),
            LeverKind::StopYear => "from FY2030-31".len(),
            _ => {
                let chars = |v: f64| self.format(v).chars().count();
                chars(self.min)
                    .max(chars(self.max))
                    .max(chars(self.min + self.step))
                    + 1
                    + self.unit.en.chars().count()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{parse, BASELINE_TEXT};

    #[test]
    fn every_default_is_in_range_and_makes_the_baseline() {
        let p = parse(BASELINE_TEXT).unwrap().params;
        let s = Scenario::baseline(&p);
        for l in LEVERS {
            let d = l.default_value(&p);
            assert!(l.min <= d && d <= l.max, "{} default {d}", l.key);
            assert_eq!((l.get)(&s), d, "{}", l.key);
        }
    }

    #[test]
    fn every_lever_has_a_group_a_label_a_help_and_a_unique_url_safe_key() {
        for (i, l) in LEVERS.iter().enumerate() {
            assert!(l.key.chars().all(|c| c.is_ascii_lowercase() || c == '_'));
            assert!(LEVERS[i + 1..].iter().all(|m| m.key != l.key), "{}", l.key);
            assert!(LeverGroup::ALL.contains(&l.group), "{}", l.key);
            assert!(!l.label.en.is_empty() && !l.help.en.is_empty(), "{}", l.key);
            assert!(l.min < l.max && l.step > 0.0, "{}", l.key);
            let yearly = matches!(l.kind, LeverKind::FiscalYear | LeverKind::StopYear);
            assert!(yearly || !l.unit.en.is_empty(), "{}", l.key);
        }
        assert_eq!(LEVERS.iter().filter(|l| l.per_sector).count(), 1);
        for g in LeverGroup::ALL {
            assert!(in_group(g).count() > 0, "{g:?} is empty");
        }
    }

    /// What "adding a lever is one row plus its field" rests on: every consumer reads the table.
    /// For each lever, a value other than its default reaches the link (written and read back),
    /// the JSON's levers, the sources CSV's lever lines and the page's grouping (the browser tests check
    /// the page shows a slider for every key `--help` lists; a CLI test checks the README).
    #[test]
    fn every_lever_reaches_every_front_end() {
        use crate::link::{decode, encode};
        use crate::present::report::{to_json, to_sources_csv, Report};
        let b = crate::baseline().unwrap();
        let p = b.params;
        for l in LEVERS {
            let groups = LeverGroup::ALL
                .iter()
                .filter(|g| in_group(**g).any(|m| m.key == l.key))
                .count();
            assert_eq!(groups, 1, "{} is shown in {groups} groups", l.key);
            let mut s = Scenario::baseline(&p);
            let v = if l.default_value(&p) == l.max {
                l.min
            } else {
                l.max
            };
            (l.set)(&mut s, v);
            let q = encode(&s, &p, &p);
            assert!(
                q.contains(&format!("{}={}", l.key, l.format(v))),
                "{}: {q}",
                l.key
            );
            assert_eq!((l.get)(&decode(&q, &p).scenario), v, "{}", l.key);
            let json = to_json(&Report::new(b, &p, &s));
            assert!(
                json.contains(&format!("\"{}\": {}", l.key, v)),
                "{} not in the JSON",
                l.key
            );
            let csv = to_sources_csv(b, &p, &s, "");
            let line = format!("lever.{},{},", l.key, l.format(v));
            assert!(csv.contains(&line), "{} not in the sources CSV", l.key);
        }
    }

    #[test]
    fn fit_clamps_snaps_and_normalises_minus_zero() {
        let p = parse(BASELINE_TEXT).unwrap().params;
        let oil = lever("oil").unwrap();
        assert_eq!(oil.fit(-80.0, &p), Fit::Clamped(-50.0));
        assert_eq!(oil.fit(25.0, &p), Fit::Clamped(20.0));
        assert_eq!(oil.fit(-10.4, &p), Fit::Ok(-10.0));
        let minus_zero = oil.fit(-0.0, &p).value();
        assert!(minus_zero == 0.0 && minus_zero.is_sign_positive());
        let growth = lever("growth").unwrap();
        assert_eq!(growth.fit(12.3, &p), Fit::Ok(12.5));
        let disc = lever("oil_disc").unwrap();
        assert_eq!(disc.fit(p.crude_discount, &p), Fit::Ok(1.5));
        assert_eq!(disc.fit(1.7, &p), Fit::Ok(1.5));
        let price = lever("oil_price").unwrap();
        assert_eq!(price.fit(p.crude_price, &p), Fit::Ok(68.31)); // default kept off-grid
        assert_eq!(price.fit(68.4, &p), Fit::Ok(68.0));
    }

    #[test]
    fn format_and_display() {
        assert_eq!(lever("oil").unwrap().format(-10.0), "-10");
        assert_eq!(lever("oil").unwrap().display(-10.0), "−10 % a year");
        assert_eq!(lever("oil").unwrap().display_range(), "−50 to 20 % a year");
        assert_eq!(lever("growth").unwrap().format(12.5), "12.5");
        assert_eq!(lever("growth").unwrap().format(12.0), "12");
        assert_eq!(lever("oil_price").unwrap().format(68.31), "68.31");
        assert_eq!(lever("oil_stop").unwrap().display(2031.0), "never");
        assert_eq!(lever("oil_stop").unwrap().display(2027.0), "from FY2027-28");
        assert_eq!(lever("oil_mbd").unwrap().display(1.2), "1.2 mb/d");
        assert_eq!(
            Lever::words(lever("oil_mbd").unwrap().label, 2025),
            "Russian crude bought in FY2026-27"
        );
        assert_eq!(lever("nonoil").unwrap().format(3.9), "3.9");
        assert_eq!(lever("start").unwrap().display(2027.0), "FY2027-28");
    }
}
