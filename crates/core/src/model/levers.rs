//! Every lever, described once: its link key, group, kind, range, step, default, words, and where
//! it lives in [`Scenario`]. The page's sliders (and their grouping), the link codec, clamping,
//! the command line's `--help`, the README's key table (checked by a test), the JSON and CSV and
//! the defaults of [`Scenario::baseline`] all read this table: adding a lever is one row here plus
//! its field in `Scenario`.

use crate::data::inputs::{MBD, PCT_A_YEAR, USD_PER_BBL};
use crate::data::Params;
use crate::fy::HORIZON;
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
        match self {
            LeverGroup::TradeDeal => {
                Tr::new("Trade agreement", "व्यापार समझौता", "Торговое соглашение")
            }
            LeverGroup::Oil => Tr::new("Oil", "तेल", "Нефть"),
            LeverGroup::Growth => Tr::new("Growth", "वृद्धि", "Рост"),
        }
    }
}

/// The group of levers a change is put down to in "what moved the balance" (the page's lever
/// groups, with the growth of other imports a group of its own).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    TradeDeal,
    Oil,
    ExportGrowth,
    /// The growth of imports other than crude.
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
            Part::Other => "other_imports",
        }
    }

    pub fn title(self) -> Tr {
        match self {
            Part::TradeDeal => Tr::new("Tariff cuts", "शुल्क कटौती", "Снижение пошлин"),
            Part::Oil => Tr::new("Russian crude", "रूसी कच्चा तेल", "Российская нефть"),
            Part::ExportGrowth => Tr::new("Exports", "निर्यात", "Экспорт"),
            Part::Other => Tr::new("Other imports", "अन्य आयात", "Прочий импорт"),
        }
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

/// Where a lever's lowest value comes from.
#[derive(Clone, Copy)]
pub enum Min {
    Fixed(f64),
    /// The first projected year, the one after the data's base year (a year lever): a new base
    /// year moves it, so a new release is a data edit.
    FirstProjected,
}

/// The last year a year lever can name: the horizon, FY2030-31.
const LAST_YEAR: f64 = HORIZON as f64;
/// A stop year past the horizon: the crude never stops (the stop lever's default and maximum).
pub const NEVER: f64 = HORIZON as f64 + 1.0;
/// The fiscal year the agreement's tariff cuts are assumed to begin (FY2027-28: talks started in
/// late 2025), or the first projected year once the data's base year has passed it.
const CUTS_BEGIN: f64 = 2027.0;

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
    /// The lowest value: [`Lever::min`] reads it for the data's base year.
    pub lowest: Min,
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

/// Levers are one row each of [`LEVERS`]: two are the same lever when their keys are.
impl PartialEq for &'static Lever {
    fn eq(&self, other: &Self) -> bool {
        self.key == other.key
    }
}

impl std::fmt::Debug for Lever {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Lever({})", self.key)
    }
}

/// The levers, in the order the page shows them.
pub const LEVERS: &[Lever] = &[
    Lever {
        key: "eaeu_cut",
        group: LeverGroup::TradeDeal,
        part: Part::TradeDeal,
        kind: LeverKind::Percent,
        lowest: Min::Fixed(0.0),
        max: 100.0,
        step: 1.0,
        default: Default::Fixed(0.0),
        label: Tr::new("EAEU tariff cut on Indian goods", "भारतीय सामान पर EAEU शुल्क में कटौती", "Снижение пошлин ЕАЭС на индийские товары"),
        unit: Tr::new("% cut", "% कटौती", "%"),
        help: Tr::new("How much of Russia's (EAEU) import duty on Indian goods an India–EAEU free trade agreement removes.", "भारत और यूरेशियाई आर्थिक संघ (EAEU) के बीच मुक्त व्यापार समझौता भारतीय सामान पर रूस के आयात शुल्क का कितना हिस्सा हटाएगा।", "На сколько процентов соглашение о свободной торговле между Индией и ЕАЭС снизит ввозные пошлины ЕАЭС на индийские товары."),
        per_sector: false,
        get: |s| s.eaeu_cut,
        set: |s, v| s.eaeu_cut = v,
    },
    Lever {
        key: "start",
        group: LeverGroup::TradeDeal,
        part: Part::TradeDeal,
        kind: LeverKind::FiscalYear,
        lowest: Min::FirstProjected,
        max: LAST_YEAR,
        step: 1.0,
        default: Default::Data(|p| CUTS_BEGIN.max(first_projected(p.base_year))),
        label: Tr::new("Tariff cuts start in", "शुल्क कटौती की शुरुआत", "Начало снижения пошлин"),
        unit: Tr::new("", "", ""),
        help: Tr::new("The fiscal year in which the agreement's tariff cuts begin (talks started in late 2025).", "वह वित्त\u{a0}वर्ष जिसमें समझौते की शुल्क कटौती शुरू होती है (बातचीत 2025 के आख़िर में शुरू हुई)।", "Финансовый год, в котором начинается снижение пошлин по соглашению (переговоры начались в конце 2025 г.)."),
        per_sector: false,
        get: |s| s.start_year,
        set: |s, v| s.start_year = v,
    },
    Lever {
        key: "phase",
        group: LeverGroup::TradeDeal,
        part: Part::TradeDeal,
        kind: LeverKind::Years,
        lowest: Min::Fixed(1.0),
        max: 10.0,
        step: 1.0,
        default: Default::Fixed(5.0),
        label: Tr::new("Phased in over", "कितने वर्षों में लागू", "Срок поэтапного снижения"),
        unit: Tr::new("years", "वर्ष", "лет"),
        help: Tr::new("Trade agreements usually cut duties in equal steps over several years.", "व्यापार समझौते आमतौर पर कई वर्षों में बराबर किस्तों में शुल्क घटाते हैं।", "Торговые соглашения обычно снижают пошлины равными долями в течение нескольких лет."),
        per_sector: false,
        get: |s| s.phase_years,
        set: |s, v| s.phase_years = v,
    },
    Lever {
        key: "india_cut",
        group: LeverGroup::TradeDeal,
        part: Part::TradeDeal,
        kind: LeverKind::Percent,
        lowest: Min::Fixed(0.0),
        max: 100.0,
        step: 1.0,
        default: Default::Fixed(0.0),
        label: Tr::new("India's tariff cut on Russian goods", "रूसी सामान पर भारत की शुल्क कटौती", "Снижение пошлин Индии на российские товары"),
        unit: Tr::new("% cut", "% कटौती", "%"),
        help: Tr::new("The reciprocal cut: how much of India's duty on Russian non-oil goods is removed.", "जवाबी (पारस्परिक) शुल्क कटौती: तेल के अलावा रूसी सामान पर भारत के शुल्क का कितना हिस्सा हटाया जाएगा।", "Встречное снижение: на сколько процентов Индия снизит пошлины на российские товары, кроме нефти."),
        per_sector: false,
        get: |s| s.india_cut,
        set: |s, v| s.india_cut = v,
    },
    Lever {
        key: "oil_mbd",
        group: LeverGroup::Oil,
        part: Part::Oil,
        kind: LeverKind::Mbd,
        lowest: Min::Fixed(0.0),
        max: 2.5,
        step: 0.05,
        default: Default::Data(|p| p.crude_outlook),
        label: Tr::new("Russian crude bought in {next}", "{next} में ख़रीदा गया रूसी कच्चा तेल", "Закупки российской нефти в {next}"),
        unit: MBD,
        help: Tr::new("Million barrels a day of Russian crude India buys in {next}; the default is the trackers' outlook, 0 means none.", "{next} में भारत रोज़ कितने लाख बैरल रूसी कच्चा तेल ख़रीदेगा; डिफ़ॉल्ट मान ट्रैकरों का पूर्वानुमान है, 0 का मतलब बिल्कुल नहीं।", "Сколько миллионов баррелей российской нефти в сутки Индия купит в {next}; по умолчанию — прогноз аналитиков Kpler (мониторинг танкерных перевозок), 0 — не купит совсем."),
        per_sector: false,
        get: |s| s.oil_volume,
        set: |s, v| s.oil_volume = v,
    },
    Lever {
        key: "oil",
        group: LeverGroup::Oil,
        part: Part::Oil,
        kind: LeverKind::Percent,
        lowest: Min::Fixed(-50.0),
        max: 20.0,
        step: 1.0,
        default: Default::Fixed(0.0),
        label: Tr::new("Change in Russian crude after {next}", "{next} के बाद रूसी कच्चे तेल की ख़रीद में सालाना बदलाव", "Изменение закупок российской нефти после {next}"),
        unit: PCT_A_YEAR,
        help: Tr::new("Yearly change in that volume from the year after {next}; negative is a slowdown.", "{next} के बाद वाले वर्ष से इस मात्रा में सालाना बदलाव; ऋणात्मक मान का मतलब कमी।", "Ежегодное изменение этого объёма начиная с года после {next}; отрицательное значение — сокращение."),
        per_sector: false,
        get: |s| s.oil_change,
        set: |s, v| s.oil_change = v,
    },
    Lever {
        key: "oil_stop",
        group: LeverGroup::Oil,
        part: Part::Oil,
        kind: LeverKind::StopYear,
        lowest: Min::FirstProjected,
        max: NEVER,
        step: 1.0,
        default: Default::Fixed(NEVER),
        label: Tr::new("India stops buying Russian crude", "रूसी कच्चे तेल की ख़रीद बंद होने का वर्ष", "Индия прекращает закупки российской нефти"),
        unit: Tr::new("", "", ""),
        help: Tr::new("From this fiscal year on India buys no Russian crude. In Feb 2026 the US said India had committed to stop; purchases went on.", "इस वित्त\u{a0}वर्ष से भारत रूसी कच्चा तेल नहीं ख़रीदेगा। फ़रवरी 2026 में अमेरिका ने कहा कि भारत ने ख़रीद बंद करने का वादा किया है; ख़रीद जारी रही।", "С этого финансового года Индия не будет покупать российскую нефть. В феврале 2026 г. США заявили, что Индия обязалась прекратить закупки, однако они продолжились."),
        per_sector: false,
        get: |s| s.oil_stop,
        set: |s, v| s.oil_stop = v,
    },
    Lever {
        key: "oil_price",
        group: LeverGroup::Oil,
        part: Part::Oil,
        kind: LeverKind::UsdPerBbl,
        lowest: Min::Fixed(40.0),
        max: 140.0,
        step: 1.0,
        default: Default::Data(|p| p.crude_price),
        label: Tr::new("Price India pays for crude", "भारत द्वारा चुकाई जाने वाली कच्चे तेल की कीमत", "Цена нефти для Индии"),
        unit: USD_PER_BBL,
        help: Tr::new("India's average price for imported crude in the years after {base}; the default is {base}'s.", "{base} के बाद के वर्षों में आयातित कच्चे तेल के लिए भारत की औसत कीमत; डिफ़ॉल्ट मान {base} की कीमत है।", "Средняя цена импортной нефти для Индии в годы после {base}; по умолчанию — цена {base}."),
        per_sector: false,
        get: |s| s.oil_price,
        set: |s, v| s.oil_price = v,
    },
    Lever {
        key: "oil_disc",
        group: LeverGroup::Oil,
        part: Part::Oil,
        kind: LeverKind::UsdPerBbl,
        lowest: Min::Fixed(0.0),
        max: 30.0,
        step: 0.5,
        default: Default::Data(|p| p.crude_discount),
        label: Tr::new("Russian discount", "रूसी छूट", "Скидка на российскую нефть"),
        unit: USD_PER_BBL,
        help: Tr::new("How far below that average price India pays for Russian crude, landed.", "भारत पहुँचने तक रूसी कच्चे तेल की कीमत उस औसत से कितनी कम पड़ती है।", "На сколько долларов ниже средней цены обходится Индии российская нефть с учётом доставки."),
        per_sector: false,
        get: |s| s.oil_discount,
        set: |s, v| s.oil_discount = v,
    },
    Lever {
        key: "growth",
        group: LeverGroup::Growth,
        part: Part::ExportGrowth,
        kind: LeverKind::Percent,
        lowest: Min::Fixed(-30.0),
        max: 40.0,
        step: 0.5,
        default: Default::Data(|p| p.growth_exports),
        label: Tr::new("Growth of India's exports to Russia", "रूस को भारत के निर्यात की वृद्धि", "Рост экспорта Индии в Россию"),
        unit: PCT_A_YEAR,
        help: Tr::new("Yearly growth of India's exports to Russia before any tariff cut; the default is the official trend of recent years.", "किसी भी शुल्क कटौती से पहले रूस को भारत के निर्यात की सालाना वृद्धि; डिफ़ॉल्ट मान हाल के वर्षों का आधिकारिक रुझान है।", "Ежегодный рост экспорта Индии в Россию без учёта снижения пошлин; по умолчанию — официальная тенденция последних лет."),
        per_sector: true,
        get: |s| s.growth,
        set: |s, v| s.growth = v,
    },
    Lever {
        key: "nonoil",
        group: LeverGroup::Growth,
        part: Part::Other,
        kind: LeverKind::Percent,
        lowest: Min::Fixed(-20.0),
        max: 20.0,
        step: 0.1,
        default: Default::Data(|p| p.growth_nonoil),
        label: Tr::new("Growth of other imports from Russia", "रूस से अन्य आयात की वृद्धि", "Рост прочего импорта из России"),
        unit: PCT_A_YEAR,
        help: Tr::new("Yearly growth of India's imports from Russia other than crude oil: coal and petroleum products, fertilisers, vegetable oils and the rest.", "कच्चे तेल के अलावा रूस से भारत के आयात की सालाना वृद्धि: कोयला और पेट्रोलियम उत्पाद, उर्वरक, वनस्पति तेल और बाक़ी।", "Ежегодный рост импорта Индии из России, кроме сырой нефти: уголь и нефтепродукты, удобрения, растительные масла и прочее."),
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

/// The first projected year of data whose base year is `base_year`, as a lever value.
fn first_projected(base_year: i32) -> f64 {
    f64::from(base_year + 1)
}

impl Lever {
    /// The lowest value for data of this base year (a year lever's is the first projected year).
    pub fn min(&self, base_year: i32) -> f64 {
        match self.lowest {
            Min::Fixed(v) => v,
            Min::FirstProjected => first_projected(base_year),
        }
    }

    pub fn default_value(&self, p: &Params) -> f64 {
        match self.default {
            Default::Fixed(v) => v,
            Default::Data(f) => f(p),
        }
    }

    /// A slider's value as the reader chose it: its steps as they are, except that the step
    /// nearest a default that lies between steps (export growth's 8.4 on a 0.5 grid, the oil
    /// price's 68.31) stands for the default, so that a reader who drags can go back to it.
    pub fn from_slider(&self, v: f64, p: &Params) -> f64 {
        let v = self.fit(v, p).value();
        let (d, min) = (self.default_value(p), self.min(p.base_year));
        let k = ((d - min) / self.step).round();
        let scale = 10f64.powi(self.decimals() as i32);
        let step_by_default = ((min + k * self.step) * scale).round() / scale;
        if step_by_default != d && v == step_by_default {
            d
        } else {
            v
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
        let min = self.min(p.base_year);
        if v < min || v > self.max {
            return Fit::Clamped(v.clamp(min, self.max));
        }
        let snapped = min + ((v - min) / self.step).round() * self.step;
        let scale = 10f64.powi(self.decimals() as i32);
        let fitted = ((snapped * scale).round() / scale).clamp(min, self.max);
        Fit::Ok(if fitted == 0.0 { 0.0 } else { fitted })
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
}

#[cfg(test)]
mod slider_tests {
    use super::*;

    #[test]
    fn a_default_between_steps_is_reachable_by_dragging() {
        let p = crate::baseline().unwrap().params;
        let growth = lever("growth").unwrap();
        assert_eq!(growth.default_value(&p), 8.4);
        assert_eq!(growth.from_slider(8.5, &p), 8.4); // the step next to the default
        assert_eq!(growth.from_slider(8.0, &p), 8.0);
        assert_eq!(growth.from_slider(9.0, &p), 9.0);
        let price = lever("oil_price").unwrap();
        assert_eq!(price.from_slider(68.0, &p), 68.31);
        assert_eq!(price.from_slider(69.0, &p), 69.0);
        // a default on the grid changes nothing
        let cut = lever("eaeu_cut").unwrap();
        assert_eq!(cut.from_slider(0.0, &p), 0.0);
        assert_eq!(cut.from_slider(1.0, &p), 1.0);
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
            assert!(
                l.min(p.base_year) <= d && d <= l.max,
                "{} default {d}",
                l.key
            );
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
            assert!(l.min(2025) < l.max && l.step > 0.0, "{}", l.key);
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
        use crate::present::files::document::{document, Num};
        use crate::present::files::report::{to_sources_csv, Report};
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
                l.min(p.base_year)
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
            let doc = document(&Report::new(b, &p, &s));
            assert!(
                doc.scenario.levers.0.contains(&(l.key, Num(v))),
                "{} not in the JSON",
                l.key
            );
            let csv = to_sources_csv(&Report::new(b, &p, &s), "");
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
        assert_eq!(lever("oil").unwrap().display(-10.0), "−10\u{a0}% a year");
        assert_eq!(
            lever("oil").unwrap().display_range(2025),
            "−50 to 20\u{a0}% a year"
        );
        assert_eq!(lever("growth").unwrap().format(12.5), "12.5");
        assert_eq!(lever("growth").unwrap().format(12.0), "12");
        assert_eq!(lever("oil_price").unwrap().format(68.31), "68.31");
        assert_eq!(lever("oil_stop").unwrap().display(2031.0), "never");
        assert_eq!(lever("oil_stop").unwrap().display(2027.0), "from FY2027-28");
        assert_eq!(lever("oil_mbd").unwrap().display(1.2), "1.2\u{a0}mb/d");
        assert_eq!(
            Lever::words(lever("oil_mbd").unwrap().label, 2025),
            "Russian crude bought in FY2026-27"
        );
        assert_eq!(lever("nonoil").unwrap().format(3.9), "3.9");
        assert_eq!(lever("start").unwrap().display(2027.0), "FY2027-28");
    }

    /// A new base year is a data edit: the year levers' ranges start the year after it, in the
    /// fit, the link codec's notice, the solver's grid and the words, and the cuts' default
    /// moves with them once the base year has passed it.
    #[test]
    fn a_new_base_year_moves_the_lever_years() {
        use crate::insight::solve::grid;
        use crate::link::decode;
        use crate::link::notice::Notice;
        let now = crate::baseline().unwrap().params;
        let next = crate::baseline_one_year_on().params;
        assert_eq!((now.base_year, next.base_year), (2025, 2026));
        for key in ["start", "oil_stop"] {
            let l = lever(key).unwrap();
            assert_eq!(
                (l.min(now.base_year), l.min(next.base_year)),
                (2026.0, 2027.0)
            );
            assert_eq!(l.fit(2026.0, &now), Fit::Ok(2026.0), "{key}");
            assert_eq!(l.fit(2026.0, &next), Fit::Clamped(2027.0), "{key}");
            assert_eq!(grid(l, &next).next(), Some(2027.0), "{key}");
            let d = decode(&format!("{key}=2026"), &next);
            assert!(
                matches!(d.notices[..], [Notice::OutOfRange { used: 2027.0, .. }]),
                "{key}"
            );
            let default = l.default_value(&next);
            assert!(
                l.min(next.base_year) <= default && default <= l.max,
                "{key}"
            );
        }
        let start = lever("start").unwrap();
        assert_eq!(start.display_range(2025), "FY2026-27 to FY2030-31");
        assert_eq!(start.display_range(2026), "FY2027-28 to FY2030-31");
        assert_eq!(
            lever("oil_stop").unwrap().display_range(2026),
            "FY2027-28 to never"
        );
        // the cuts begin in FY2027-28 as assumed, or the first projected year once that is later
        assert_eq!(start.default_value(&now), 2027.0);
        let later = Params {
            base_year: 2028,
            ..next
        };
        assert_eq!(start.default_value(&later), 2029.0);
    }

    /// A unit has one home: the levers write the data file's unit words (the Hindi for US$/bbl
    /// once differed), and a yearly rate's Hindi and Russian are the data file's `%/yr`.
    #[test]
    fn the_levers_units_are_the_data_file_s_unit_words() {
        use crate::data::inputs::unit_words;
        for (key, unit) in [
            ("oil_price", "US$/bbl"),
            ("oil_disc", "US$/bbl"),
            ("oil_mbd", "mb/d"),
        ] {
            assert_eq!(Some(lever(key).unwrap().unit), unit_words(unit), "{key}");
        }
        let yearly = unit_words("%/yr").unwrap();
        for key in ["oil", "growth", "nonoil"] {
            let u = lever(key).unwrap().unit;
            assert_eq!((u.hi, u.ru), (yearly.hi, yearly.ru), "{key}");
        }
    }
}
