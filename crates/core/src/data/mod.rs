//! A release's data file (`data/vintages/<id>/baseline.txt`) and the HS-chapter file behind its sectors
//! (`data/vintages/<id>/tradestat-russia-hs2.txt`): their parsers and validators.
//!
//! The data file is embedded in the binary at compile time and also checked by `build.rs`, which
//! runs this same parser and the chapter check: a malformed file fails the build with the line it
//! is on, so the page and the command line only ever see a file that parsed. This module has no
//! dependencies at all (it is compiled into the build script too, with the key table it reads, `inputs`).

pub mod inputs;
pub mod notes;
pub mod running;

use crate::fy;
use crate::tr::Tr;
use inputs::{inputs, InputKind};
pub use running::Running;
use std::fmt;

/// The embedded data file: the newest vintage's (`crate::vintage` lists every vintage; a test
/// checks this is the newest one's file).
pub const BASELINE_TEXT: &str = crate::releases::LATEST_TEXT;
/// A data file's path, for messages (every vintage's is `data/vintages/<id>/baseline.txt`).
pub const BASELINE_PATH: &str = "baseline.txt";
/// The HS-chapter file (read by the build and the tests only; the page does not need it).
pub const CHAPTERS_PATH: &str = "tradestat-russia-hs2.txt";

/// An export sector (India's exports to Russia of one kind of goods) or an import group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sector {
    /// Stable id, used in data-file keys, links and the JSON.
    pub id: &'static str,
    pub label: Tr,
    /// What its HS chapters hold (the data file's `.hs` row in words; the English is the data
    /// file's own description, a test checks).
    pub chapters: Tr,
}

/// India's export sectors, in display order.
pub const EXPORT_SECTORS: [Sector; 7] = [
    Sector {
        id: "pharma",
        label: Tr::new("Pharmaceuticals", "दवाइयाँ", "Фармацевтика"),
        chapters: Tr::new(
            "Pharmaceutical products",
            "दवाइयाँ और औषधि उत्पाद",
            "Фармацевтическая продукция",
        ),
    },
    Sector {
        id: "engineering",
        label: Tr::new("Engineering goods", "इंजीनियरिंग सामान", "Машины и оборудование"),
        chapters: Tr::new(
            "Iron and steel, base metals and their articles, machinery, vehicles, aircraft, ships and instruments",
            "लोहा और इस्पात, आधार धातुएँ और उनसे बनी वस्तुएँ, मशीनरी, वाहन, विमान, जहाज़ और उपकरण",
            "Чёрные и цветные металлы и изделия из них, машины и оборудование, транспортные средства, самолёты, суда и приборы",
        ),
    },
    Sector {
        id: "electronics",
        label: Tr::new("Electronics", "इलेक्ट्रॉनिक्स", "Электроника"),
        chapters: Tr::new(
            "Electrical machinery and electronics, smartphones included",
            "बिजली की मशीनरी और इलेक्ट्रॉनिक्स, स्मार्टफ़ोन सहित",
            "Электрические машины и электроника, включая смартфоны",
        ),
    },
    Sector {
        id: "chemicals",
        label: Tr::new("Chemicals", "रसायन", "Химическая продукция"),
        chapters: Tr::new(
            "Inorganic and organic chemicals, dyes, cosmetics, soaps, other chemical products and plastics (not pharmaceuticals or fertilisers)",
            "अकार्बनिक और कार्बनिक रसायन, रंग, सौंदर्य प्रसाधन, साबुन, अन्य रासायनिक उत्पाद और प्लास्टिक (दवाइयाँ और उर्वरक नहीं)",
            "Неорганическая и органическая химия, красители, косметика, мыло, прочая химическая продукция и пластмассы (без лекарств и удобрений)",
        ),
    },
    Sector {
        id: "agri_food",
        label: Tr::new("Agri and food", "कृषि और खाद्य", "Сельхозпродукция и продовольствие"),
        chapters: Tr::new(
            "Food, drink, tobacco and farm products other than fish",
            "खाद्य पदार्थ, पेय, तंबाकू और मछली के अलावा कृषि उत्पाद",
            "Продовольствие, напитки, табак и сельхозпродукция, кроме рыбы",
        ),
    },
    Sector {
        id: "marine",
        label: Tr::new("Marine products", "समुद्री उत्पाद", "Морепродукты"),
        chapters: Tr::new("Fish and seafood", "मछली और समुद्री खाद्य", "Рыба и морепродукты"),
    },
    Sector {
        id: "other",
        label: Tr::new("Other", "अन्य", "Прочее"),
        chapters: Tr::new(
            "Every other chapter: ceramics, clothing, footwear, rubber, textiles, paper, leather and the rest",
            "बाक़ी सभी अध्याय: सिरेमिक, कपड़े, जूते, रबर, वस्त्र, कागज़, चमड़ा आदि",
            "Все остальные группы: керамика, одежда, обувь, резина, текстиль, бумага, кожа и прочее",
        ),
    },
];

/// India's import groups from Russia, in display order. Crude oil is always first.
pub const IMPORT_GROUPS: [Sector; 6] = [
    Sector {
        id: "crude",
        label: Tr::new("Crude oil", "कच्चा तेल", "Сырая нефть"),
        chapters: Tr::new("Crude petroleum", "कच्चा तेल", "Сырая нефть"),
    },
    Sector {
        id: "other_fuels",
        label: Tr::new("Other fuels and coal", "अन्य ईंधन और कोयला", "Уголь и прочее топливо"),
        chapters: Tr::new(
            "Coal, petroleum products and other mineral fuels (chapter 27 without crude)",
            "कोयला, पेट्रोलियम उत्पाद और अन्य खनिज ईंधन (कच्चे तेल के बिना अध्याय 27)",
            "Уголь, нефтепродукты и прочее минеральное топливо (группа 27 без сырой нефти)",
        ),
    },
    Sector {
        id: "fertilisers",
        label: Tr::new("Fertilisers", "उर्वरक", "Удобрения"),
        chapters: Tr::new("Fertilisers", "उर्वरक", "Удобрения"),
    },
    Sector {
        id: "veg_oils",
        label: Tr::new("Vegetable oils", "वनस्पति तेल", "Растительные масла"),
        chapters: Tr::new(
            "Animal and vegetable fats and oils, mostly sunflower oil",
            "पशु और वनस्पति वसा और तेल, ज़्यादातर सूरजमुखी तेल",
            "Животные и растительные жиры и масла, в основном подсолнечное масло",
        ),
    },
    Sector {
        id: "precious",
        label: Tr::new(
            "Precious stones and metals",
            "कीमती पत्थर और धातुएँ",
            "Драгоценные камни и металлы",
        ),
        chapters: Tr::new(
            "Pearls, precious stones and metals",
            "मोती, कीमती पत्थर और धातुएँ",
            "Жемчуг, драгоценные камни и металлы",
        ),
    },
    Sector {
        id: "other",
        label: Tr::new("Other", "अन्य", "Прочее"),
        chapters: Tr::new(
            "Every other chapter: project goods, iron and steel, machinery, minerals, paper, vegetables and the rest",
            "बाक़ी सभी अध्याय: परियोजना का सामान, लोहा और इस्पात, मशीनरी, खनिज, कागज़, सब्ज़ियाँ आदि",
            "Все остальные группы: комплектное оборудование для проектов, чёрные металлы, машины, минералы, бумага, овощи и прочее",
        ),
    },
];

pub const N_EXPORTS: usize = EXPORT_SECTORS.len();
pub const N_IMPORTS: usize = IMPORT_GROUPS.len();
/// Index of crude oil in [`IMPORT_GROUPS`].
pub const CRUDE: usize = 0;

/// Exports (India to Russia) or imports (Russia to India).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flow {
    Export,
    Import,
}

impl Flow {
    pub fn prefix(self) -> &'static str {
        match self {
            Flow::Export => "export",
            Flow::Import => "import",
        }
    }
    pub fn sectors(self) -> &'static [Sector] {
        match self {
            Flow::Export => &EXPORT_SECTORS,
            Flow::Import => &IMPORT_GROUPS,
        }
    }
    fn parse(s: &str) -> Option<Flow> {
        match s {
            "export" => Some(Flow::Export),
            "import" => Some(Flow::Import),
            _ => None,
        }
    }
}

/// What kind of figure a value is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tag {
    /// Official statistic.
    Off,
    /// Derived from official data by arithmetic.
    Der,
    /// Private tracker estimate, or derived from one.
    Trk,
    /// Press claim without a primary source.
    Press,
    /// Published research estimate or documented model default.
    Pub,
    /// Our own estimate.
    Est,
}

impl Tag {
    pub const ALL: [Tag; 6] = [Tag::Off, Tag::Der, Tag::Trk, Tag::Press, Tag::Pub, Tag::Est];

    pub fn parse(s: &str) -> Option<Tag> {
        Tag::ALL.into_iter().find(|t| t.code() == s)
    }
    pub fn code(self) -> &'static str {
        match self {
            Tag::Off => "OFF",
            Tag::Der => "DER",
            Tag::Trk => "TRK",
            Tag::Press => "PRESS",
            Tag::Pub => "PUB",
            Tag::Est => "EST",
        }
    }
    /// True for figures a reader should treat as estimates or assumptions rather than statistics.
    pub fn is_estimate(self) -> bool {
        !matches!(self, Tag::Off | Tag::Der)
    }
    /// The tag's badge in the reader's language (the codes in English, as the data file has them).
    pub fn short(self) -> Tr {
        match self {
            Tag::Off => Tr::new("OFF", "आधिकारिक", "офиц."),
            Tag::Der => Tr::new("DER", "गणना", "расч."),
            Tag::Trk => Tr::new("TRK", "ट्रैकर", "мониторинг"),
            Tag::Press => Tr::new("PRESS", "मीडिया", "пресса"),
            Tag::Pub => Tr::new("PUB", "शोध", "исслед."),
            Tag::Est => Tr::new("EST", "आकलन", "оценка"),
        }
    }
    /// What the tag means, for readers.
    pub fn meaning(self) -> Tr {
        match self {
            Tag::Off => Tr::new(
                "Official statistic",
                "आधिकारिक आँकड़ा",
                "Официальная статистика",
            ),
            Tag::Der => Tr::new(
                "Derived from official figures by arithmetic",
                "आधिकारिक आँकड़ों से गणना करके निकाला गया",
                "Рассчитано по официальным данным",
            ),
            Tag::Trk => Tr::new(
                "Private tracker estimate, or derived from one",
                "निजी ट्रैकर का आकलन, या उससे निकाला गया",
                "Оценка частной аналитической компании (мониторинг танкеров) или расчёт на её основе",
            ),
            Tag::Press => Tr::new(
                "Press claim without a primary source",
                "प्राथमिक स्रोत के बिना मीडिया का दावा",
                "Сообщение прессы без первоисточника",
            ),
            Tag::Pub => Tr::new(
                "Published research estimate, not specific to this trade",
                "प्रकाशित शोध का आकलन, इस व्यापार के लिए विशेष नहीं",
                "Оценка из опубликованных исследований, не относящаяся именно к этой торговле",
            ),
            Tag::Est => Tr::new("Our estimate", "हमारा आकलन", "Наша оценка"),
        }
    }
}

/// One figure of the data file, with its provenance.
#[derive(Clone, Debug, PartialEq)]
pub struct Datum {
    pub key: &'static str,
    pub value: f64,
    pub unit: &'static str,
    pub tag: Tag,
    pub source: &'static str,
    /// 1-based line number in the data file.
    pub line: usize,
}

/// One item of a chapter list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChapterItem {
    Chapter(u8),
    /// Both ends included.
    Range(u8, u8),
    /// A 4-digit heading, taken out of its chapter's group (crude oil, 2709, out of 27).
    Heading(u16),
    /// Every chapter no other sector of the flow names.
    Rest,
}

impl ChapterItem {
    fn parse(s: &str) -> Option<ChapterItem> {
        let s = s.trim();
        let chapter = |t: &str| -> Option<u8> {
            (t.len() == 2 && t.chars().all(|c| c.is_ascii_digit()))
                .then(|| t.parse().ok())
                .flatten()
                .filter(|c| (1..=99).contains(c))
        };
        if s == "rest" {
            return Some(ChapterItem::Rest);
        }
        if let Some((a, b)) = s.split_once('-') {
            let (a, b) = (chapter(a)?, chapter(b)?);
            return (a < b).then_some(ChapterItem::Range(a, b));
        }
        if s.len() == 4 && s.chars().all(|c| c.is_ascii_digit()) {
            return s.parse().ok().map(ChapterItem::Heading);
        }
        chapter(s).map(ChapterItem::Chapter)
    }

    fn covers(self, chapter: u8) -> bool {
        match self {
            ChapterItem::Chapter(c) => c == chapter,
            ChapterItem::Range(a, b) => a <= chapter && chapter <= b,
            ChapterItem::Heading(_) | ChapterItem::Rest => false,
        }
    }
}

/// Which HS chapters a sector or group covers (a `.hs` row).
#[derive(Clone, Debug, PartialEq)]
pub struct Definition {
    pub flow: Flow,
    /// Index into the flow's sectors.
    pub sector: usize,
    pub items: Vec<ChapterItem>,
    /// The list as written ("72-84, 86-90").
    pub chapters: &'static str,
    /// What it holds, in words.
    pub description: &'static str,
    pub line: usize,
}

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

/// Which official release a data file reflects (its `vintage.*` rows, text values).
#[derive(Clone, Copy, Debug, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Vintage {
    /// The release's year and month, `2026-07`: what a link's `data=` names.
    pub id: &'static str,
    /// The release's date, `2026-07-18` (or `2025-08` when only the month is known).
    pub date: &'static str,
    /// The fiscal years it covers, in words: `FY2017-18 to FY2025-26`.
    pub covers: &'static str,
    /// Which official release, in words (the id row's source).
    pub source: &'static str,
}

impl Vintage {
    /// The release's year and month as numbers (the id is checked to be `YYYY-MM`).
    pub fn year_month(&self) -> (i32, u32) {
        year_month(self.id).unwrap_or_default()
    }
    /// The day of the month, when the date gives one.
    pub fn day(&self) -> Option<u32> {
        self.date.get(8..).and_then(|d| d.parse().ok())
    }
}

/// `2026-07` → (2026, 7).
pub fn year_month(s: &str) -> Option<(i32, u32)> {
    let (y, m) = s.split_once('-')?;
    let ok =
        y.len() == 4 && m.len() == 2 && (y.chars().chain(m.chars())).all(|c| c.is_ascii_digit());
    let (y, m): (i32, u32) = (y.parse().ok()?, m.parse().ok()?);
    (ok && (1..=12).contains(&m)).then_some((y, m))
}

/// A release date: `YYYY-MM-DD` (a real day of that month) or `YYYY-MM`.
fn valid_date(s: &str) -> bool {
    let Some((y, m)) = year_month(s.get(..7).unwrap_or("")) else {
        return false;
    };
    match s.get(7..) {
        Some("") => true,
        Some(rest) => {
            let days = match m {
                2 if y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) => 29,
                2 => 28,
                4 | 6 | 9 | 11 => 30,
                _ => 31,
            };
            rest.len() == 3
                && rest.starts_with('-')
                && rest[1..].chars().all(|c| c.is_ascii_digit())
                && rest[1..]
                    .parse::<u32>()
                    .is_ok_and(|d| (1..=days).contains(&d))
        }
        None => false,
    }
}

/// The parsed data file: the numbers, the actual years, where each figure came from, and the
/// chapters behind each sector.
#[derive(Clone, Debug, PartialEq)]
pub struct Baseline {
    pub params: Params,
    /// Which release the file reflects.
    pub vintage: Vintage,
    /// Every fiscal year with actual figures, oldest first; the last is the base year.
    pub history: Vec<Actual>,
    pub rows: Vec<Datum>,
    pub definitions: Vec<Definition>,
    /// The months of the year after the base year published so far, when the file gives them
    /// (official figures only).
    pub running: Option<Running>,
}

impl Baseline {
    /// The row for a key, if the file has it.
    pub fn datum(&self, key: &str) -> Option<&Datum> {
        self.rows.iter().find(|d| d.key == key)
    }
    /// The actual figures of a year, if the file has any.
    pub fn actual(&self, year: i32) -> Option<&Actual> {
        self.history.iter().find(|a| a.year == year)
    }
    /// The first year with actual figures.
    pub fn first_year(&self) -> i32 {
        self.history
            .first()
            .map_or(self.params.base_year, |a| a.year)
    }
    /// The chapters a sector covers.
    pub fn definition(&self, flow: Flow, sector: usize) -> Option<&Definition> {
        self.definitions
            .iter()
            .find(|d| d.flow == flow && d.sector == sector)
    }
}

/// A problem in a data file.
#[derive(Clone, Debug, PartialEq)]
pub struct DataError {
    pub file: &'static str,
    /// 1-based line number; 0 when the problem is with the file as a whole.
    pub line: usize,
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{} line {}: {}", self.file, self.line, self.message)
        }
    }
}

impl std::error::Error for DataError {}

fn error(line: usize, message: String) -> DataError {
    DataError {
        file: BASELINE_PATH,
        line,
        message,
    }
}

/// A row as written, before its key is read.
struct Raw {
    key: &'static str,
    value: &'static str,
    unit: &'static str,
    tag: Option<Tag>,
    source: &'static str,
    line: usize,
}

/// Split the file into rows of five fields with a known tag and a source.
fn rows(text: &'static str) -> Result<Vec<Raw>, DataError> {
    let mut out: Vec<Raw> = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let line = n + 1;
        let content = raw.trim();
        if content.is_empty() || content.starts_with('#') {
            continue;
        }
        let fields: Vec<&'static str> = content.split('|').map(str::trim).collect();
        if fields.len() != 5 {
            return Err(error(
                line,
                format!(
                    "expected 5 fields `key | value | unit | tag | source`, found {}",
                    fields.len()
                ),
            ));
        }
        let (key, tag_text, source) = (fields[0], fields[3], fields[4]);
        if let Some(first) = out.iter().find(|r| r.key == key) {
            return Err(error(
                line,
                format!("key `{key}` appears twice (first on line {})", first.line),
            ));
        }
        let tag = match tag_text {
            "DEF" => None,
            t => Some(Tag::parse(t).ok_or_else(|| {
                error(
                    line,
                    format!(
                        "tag `{t}` of `{key}` is not one of OFF, DER, TRK, PRESS, PUB, EST, DEF"
                    ),
                )
            })?),
        };
        if source.chars().count() < 8 {
            return Err(error(
                line,
                format!("`{key}` has no source (or one too short to trace)"),
            ));
        }
        out.push(Raw {
            key,
            value: fields[1],
            unit: fields[2],
            tag,
            source,
            line,
        });
    }
    Ok(out)
}

fn number(r: &Raw, min: f64, max: f64) -> Result<f64, DataError> {
    let v: f64 = r.value.parse().map_err(|_| {
        error(
            r.line,
            format!("value `{}` of `{}` is not a number", r.value, r.key),
        )
    })?;
    if !(v.is_finite() && min <= v && v <= max) {
        return Err(error(
            r.line,
            format!(
                "value {} of `{}` is outside its allowed range {min} to {max}",
                r.value, r.key
            ),
        ));
    }
    Ok(v)
}

/// What a key names.
enum Key {
    BaseYear,
    /// `actual.FY2025-26.exports`: year and which figure.
    Actual(i32, &'static str),
    /// `export.pharma.hs`
    Definition(Flow, usize),
    /// `export.pharma.FY2025-26`
    SectorYear(Flow, usize, i32),
    /// `running.FY2026-27.months` (or `exports`, `imports`): the running year's months so far.
    Running(i32, &'static str),
    /// Anything of the input table.
    Input(&'static crate::data::inputs::Input),
    /// `vintage.id`, `vintage.date`, `vintage.covers`: the release, in text.
    Vintage(&'static str),
}

fn read_key(r: &Raw) -> Result<Key, DataError> {
    let unknown = || error(r.line, format!("unknown key `{}`", r.key));
    if r.key == "base.year" {
        return Ok(Key::BaseYear);
    }
    if let Some(k @ ("id" | "date" | "covers")) = r.key.strip_prefix("vintage.") {
        return Ok(Key::Vintage(k));
    }
    if r.key.starts_with("running.") {
        let (year, what) = running::key(r.key).ok_or_else(unknown)?;
        return Ok(Key::Running(year, what));
    }
    let parts: Vec<&'static str> = r.key.split('.').collect();
    if let ["actual", year, what] = parts[..] {
        let year = fy::parse(year).ok_or_else(unknown)?;
        return match what {
            "exports" | "imports" | "total" | "inr" => Ok(Key::Actual(year, what)),
            _ => Err(unknown()),
        };
    }
    if let [flow, id, last] = parts[..] {
        if let Some(flow) = Flow::parse(flow) {
            let i = flow
                .sectors()
                .iter()
                .position(|s| s.id == id)
                .ok_or_else(unknown)?;
            if last == "hs" {
                return Ok(Key::Definition(flow, i));
            }
            if let Some(year) = fy::parse(last) {
                return Ok(Key::SectorYear(flow, i, year));
            }
        }
    }
    inputs()
        .iter()
        .find(|i| i.kind == InputKind::Row && i.key == r.key)
        .map(Key::Input)
        .ok_or_else(unknown)
}

/// What a year's rows say, before the checks.
#[derive(Default, Clone)]
struct YearRows {
    year: i32,
    exports: Option<(f64, usize)>,
    imports: Option<(f64, usize)>,
    total: Option<(f64, usize)>,
    inr: Option<(f64, usize)>,
    sectors: [Option<f64>; N_EXPORTS],
    groups: [Option<f64>; N_IMPORTS],
    /// Line of the first sector row, for messages.
    sector_line: usize,
    /// Its exports, imports and total rows that are not official (their tag is an estimate's).
    estimated: Estimated,
}

fn year_rows(years: &mut Vec<(i32, YearRows)>, year: i32) -> &mut YearRows {
    match years.iter().position(|(y, _)| *y == year) {
        Some(i) => &mut years[i].1,
        None => {
            let rows = YearRows {
                year,
                ..YearRows::default()
            };
            years.push((year, rows));
            &mut years.last_mut().expect("just pushed").1
        }
    }
}

/// Parse and validate a data file. Errors name the line and what is wrong with it.
pub fn parse(text: &'static str) -> Result<Baseline, DataError> {
    let mut reader = Reader::default();
    for r in rows(text)?.iter() {
        reader.read(r)?;
    }
    reader.finish()
}

/// The keys of a release's metadata rows, in the order a data file writes them.
pub const RELEASE_KEYS: [&str; 3] = ["vintage.id", "vintage.date", "vintage.covers"];

/// A release's metadata row (text, not a figure: `Baseline::vintage`, not a `Datum`).
pub fn is_release_row(key: &str) -> bool {
    RELEASE_KEYS.contains(&key)
}

/// What the rows read so far say.
#[derive(Default)]
struct Reader {
    params: Params,
    data: Vec<Datum>,
    definitions: Vec<Definition>,
    years: Vec<(i32, YearRows)>,
    base: Option<(i32, usize)>,
    seen_inputs: Vec<&'static str>,
    vintage: Vintage,
    running: running::Rows,
}

/// A definition has no tag (DEF); every figure has one.
fn row_tag(r: &Raw, key: &Key) -> Result<Option<Tag>, DataError> {
    match (key, r.tag) {
        (Key::Definition(..) | Key::Vintage(_), None) => Ok(None),
        (Key::Definition(..) | Key::Vintage(_), Some(_)) => Err(error(
            r.line,
            format!("`{}` is a definition: its tag is DEF", r.key),
        )),
        (_, None) => Err(error(
            r.line,
            format!(
                "`{}` is a figure: DEF is only for `.hs` and `vintage.` rows",
                r.key
            ),
        )),
        (_, Some(t)) => Ok(Some(t)),
    }
}

impl Reader {
    /// Read one row: a figure goes to the data (and to what it sets), a definition to the
    /// chapter lists.
    fn read(&mut self, r: &Raw) -> Result<(), DataError> {
        let key = read_key(r)?;
        let tag = row_tag(r, &key)?;
        let value = match key {
            Key::BaseYear => {
                let v = number(r, 2000.0, fy::HORIZON as f64 - 1.0)?;
                if v.fract() != 0.0 {
                    return Err(error(
                        r.line,
                        "the base year must be a whole year (2025 = FY2025-26)".into(),
                    ));
                }
                self.base = Some((v as i32, r.line));
                v
            }
            Key::Actual(year, what) => self.actual(r, year, what, tag)?,
            Key::Running(year, what) => {
                let tag = tag.expect("figures have tags");
                self.running.read(r, year, what, tag)?
            }
            Key::Definition(flow, sector) => return self.definition(r, flow, sector),
            Key::Vintage(which) => return self.vintage(r, which),
            Key::SectorYear(flow, i, year) => {
                let v = number(r, 0.0, 1e4)?;
                let y = year_rows(&mut self.years, year);
                if y.sector_line == 0 {
                    y.sector_line = r.line;
                }
                match flow {
                    Flow::Export => y.sectors[i] = Some(v),
                    Flow::Import => y.groups[i] = Some(v),
                }
                v
            }
            Key::Input(input) => {
                let v = number(r, input.data.min, input.data.max)?;
                input.field.set(&mut self.params, v);
                self.seen_inputs.push(input.key);
                v
            }
        };
        self.data.push(Datum {
            key: r.key,
            value,
            unit: r.unit,
            tag: tag.expect("figures have tags"),
            source: r.source,
            line: r.line,
        });
        Ok(())
    }

    /// `actual.FY….exports` (or `imports`, `total`, `inr`): one of a year's figures.
    fn actual(
        &mut self,
        r: &Raw,
        year: i32,
        what: &str,
        tag: Option<Tag>,
    ) -> Result<f64, DataError> {
        let v = if what == "inr" {
            number(r, 1.0, 1000.0)?
        } else {
            number(r, 0.0, 1e5)?
        };
        let y = year_rows(&mut self.years, year);
        let estimate = tag.is_some_and(Tag::is_estimate);
        match what {
            "exports" => (y.exports, y.estimated.exports) = (Some((v, r.line)), estimate),
            "imports" => (y.imports, y.estimated.imports) = (Some((v, r.line)), estimate),
            "inr" => y.inr = Some((v, r.line)),
            _ => (y.total, y.estimated.total) = (Some((v, r.line)), estimate),
        }
        Ok(v)
    }

    /// `vintage.id` (`2026-07`), `vintage.date` (`2026-07-18`), `vintage.covers` (words).
    fn vintage(&mut self, r: &Raw, which: &str) -> Result<(), DataError> {
        let v = &mut self.vintage;
        let ok = match which {
            "id" => {
                (v.id, v.source) = (r.value, r.source);
                year_month(r.value).is_some()
            }
            "date" => {
                v.date = r.value;
                valid_date(r.value)
            }
            _ => {
                v.covers = r.value;
                !r.value.is_empty()
            }
        };
        if !ok {
            let want = match which {
                "id" => "the release's year and month, like 2026-07",
                "date" => "a date like 2026-07-18 (or 2026-07 when the day is not known)",
                _ => "the fiscal years the file covers, in words",
            };
            return Err(error(
                r.line,
                format!("`{}` is `{}`: it should be {want}", r.key, r.value),
            ));
        }
        Ok(())
    }

    /// The release metadata is complete and agrees with itself.
    fn check_vintage(&self) -> Result<(), DataError> {
        let v = &self.vintage;
        for (key, value) in [("id", v.id), ("date", v.date), ("covers", v.covers)] {
            if value.is_empty() {
                return Err(error(0, format!("missing key: vintage.{key}")));
            }
        }
        if !v.date.starts_with(v.id) {
            return Err(error(
                0,
                format!(
                    "`vintage.date` ({}) is not in the release's month (`vintage.id`, {})",
                    v.date, v.id
                ),
            ));
        }
        Ok(())
    }

    /// `export.pharma.hs`: the chapters a sector is made of.
    fn definition(&mut self, r: &Raw, flow: Flow, sector: usize) -> Result<(), DataError> {
        let items: Option<Vec<ChapterItem>> = r.value.split(',').map(ChapterItem::parse).collect();
        let items = items.filter(|v| !v.is_empty()).ok_or_else(|| {
            error(
                r.line,
                format!(
                    "`{}` should list chapters like `30`, `72-84`, `2709` or `rest`, not `{}`",
                    r.key, r.value
                ),
            )
        })?;
        self.definitions.push(Definition {
            flow,
            sector,
            items,
            chapters: r.value,
            description: r.source,
            line: r.line,
        });
        Ok(())
    }

    /// Every row read: check what needs them all, and set the base year's figures.
    fn finish(mut self) -> Result<Baseline, DataError> {
        let (base_year, base_line) = self
            .base
            .ok_or_else(|| error(0, "missing key: base.year".into()))?;
        let missing: Vec<&str> = inputs()
            .iter()
            .filter(|i| i.kind == InputKind::Row && !self.seen_inputs.contains(&i.key))
            .map(|i| i.key)
            .collect();
        if !missing.is_empty() {
            return Err(error(0, format!("missing keys: {}", missing.join(", "))));
        }
        check_definitions(&self.definitions)?;
        self.check_vintage()?;
        self.years.sort_by_key(|(y, _)| *y);
        let history = actual_years(&self.years, base_year, base_line)?;
        let b = history.last().expect("the base year is there");
        let params = &mut self.params;
        params.base_year = base_year;
        params.total_exports = b.exports.unwrap_or_default();
        params.total_imports = b.imports.unwrap_or_default();
        for (e, v) in params.exports.iter_mut().zip(b.sectors.unwrap_or_default()) {
            e.value = v;
        }
        for (g, v) in params.imports.iter_mut().zip(b.groups.unwrap_or_default()) {
            g.value = v;
        }
        check_consistency(&self.params, &self.data)?;
        let running = self.running.finish(base_year)?;
        Ok(Baseline {
            params: self.params,
            vintage: self.vintage,
            history,
            rows: self.data,
            definitions: self.definitions,
            running,
        })
    }
}

/// Every sector and group has exactly one chapter list.
fn check_definitions(defs: &[Definition]) -> Result<(), DataError> {
    for flow in [Flow::Export, Flow::Import] {
        for (i, s) in flow.sectors().iter().enumerate() {
            let n = defs
                .iter()
                .filter(|d| d.flow == flow && d.sector == i)
                .count();
            if n != 1 {
                return Err(error(
                    0,
                    format!(
                        "`{}.{}.hs` should appear once (found {n})",
                        flow.prefix(),
                        s.id
                    ),
                ));
            }
        }
    }
    Ok(())
}

/// The actual years, checked: sector splits complete and adding up, totals consistent, the base
/// year the latest and fully split, within reach of the horizon.
fn actual_years(
    years: &[(i32, YearRows)],
    base_year: i32,
    base_line: usize,
) -> Result<Vec<Actual>, DataError> {
    let out = years
        .iter()
        .map(|(year, y)| actual_year(*year, y, base_line))
        .collect::<Result<Vec<Actual>, DataError>>()?;
    check_base_year(&out, base_year, base_line)?;
    Ok(out)
}

/// A year's sectors (or groups): all of them, or none.
fn split(y: &YearRows, values: &[Option<f64>], what: &str) -> Result<Option<Vec<f64>>, DataError> {
    let n = values.iter().filter(|v| v.is_some()).count();
    match n {
        0 => Ok(None),
        n if n == values.len() => Ok(Some(values.iter().map(|v| v.unwrap_or(0.0)).collect())),
        _ => Err(error(
            y.sector_line,
            format!(
                "{}: {what} are split only partly ({n} of {})",
                fy::label(y.year),
                values.len()
            ),
        )),
    }
}

/// A split adds up to its year's total (which must be given).
fn check_parts(
    y: &YearRows,
    parts: &Option<Vec<f64>>,
    total: Option<(f64, usize)>,
    what: &str,
) -> Result<(), DataError> {
    const TOLERANCE: f64 = 0.0005; // US$ 0.5 m: TradeStat publishes to US$ 0.1 m, sums round
    let fy = fy::label(y.year);
    let Some(parts) = parts else {
        return Ok(());
    };
    let sum: f64 = parts.iter().sum();
    let Some((t, line)) = total else {
        return Err(error(
            y.sector_line,
            format!("{fy}: {what} are given but not the year's total"),
        ));
    };
    if (sum - t).abs() > TOLERANCE {
        return Err(error(
            line,
            format!("{fy}: {what} add up to {sum:.5}, not the total {t:.5} US$ bn"),
        ));
    }
    Ok(())
}

/// One year's figures, checked against each other.
fn actual_year(year: i32, y: &YearRows, base_line: usize) -> Result<Actual, DataError> {
    let fy = fy::label(year);
    let sectors = split(y, &y.sectors, "exports")?;
    let groups = split(y, &y.groups, "imports")?;
    check_parts(y, &sectors, y.exports, "export sectors")?;
    check_parts(y, &groups, y.imports, "import groups")?;
    let (exports, imports) = (y.exports.map(|v| v.0), y.imports.map(|v| v.0));
    let total = match (exports, imports, y.total) {
        (Some(e), Some(i), Some((t, line))) => {
            if (e + i - t).abs() > 0.005 {
                return Err(error(
                    line,
                    format!(
                        "{fy}: exports and imports add up to {:.3}, not the total {t:.3}",
                        e + i
                    ),
                ));
            }
            Some(t)
        }
        (Some(e), Some(i), None) => Some(e + i),
        (_, _, t) => t.map(|t| t.0),
    };
    let line = y.exports.or(y.total).map_or(base_line, |v| v.1);
    let Some((inr, _)) = y.inr else {
        return Err(error(
            line,
            format!(
                "{fy} has no rupee rate (`actual.{fy}.inr`, rupees per US$, the year's average)"
            ),
        ));
    };
    Ok(Actual {
        year,
        exports,
        imports,
        total,
        sectors: sectors.map(|v| std::array::from_fn(|i| v[i])),
        groups: groups.map(|v| std::array::from_fn(|i| v[i])),
        inr_per_usd: Some(inr),
        estimated: Estimated {
            // a total summed from its parts is as estimated as they are
            total: if y.total.is_some() {
                y.estimated.total
            } else {
                y.estimated.balance()
            },
            ..y.estimated
        },
    })
}

/// The base year is the latest, official, fully split and within reach of the horizon.
fn check_base_year(out: &[Actual], base_year: i32, base_line: usize) -> Result<(), DataError> {
    let latest = out.last().map(|a| a.year);
    if latest != Some(base_year) {
        return Err(error(
            base_line,
            format!(
                "the base year {} should be the latest year with actual figures{}",
                fy::label(base_year),
                latest.map_or(String::new(), |y| format!(" ({})", fy::label(y)))
            ),
        ));
    }
    let b = out.last().expect("checked above");
    if b.estimated.any() {
        return Err(error(
            base_line,
            format!(
                "the base year {} needs official exports and imports (OFF or DER), not estimates",
                fy::label(base_year)
            ),
        ));
    }
    if b.sectors.is_none() || b.groups.is_none() {
        return Err(error(
            base_line,
            format!(
                "the base year {} needs its exports and imports split by sector and group",
                fy::label(base_year)
            ),
        ));
    }
    if base_year < fy::HORIZON - (fy::MAX_YEARS as i32 - 1) {
        return Err(error(
            base_line,
            format!("the base year is too far from {}", fy::label(fy::HORIZON)),
        ));
    }
    Ok(())
}

fn line_of(rows: &[Datum], key: &str) -> usize {
    rows.iter().find(|d| d.key == key).map_or(0, |d| d.line)
}

/// Checks across rows: markets hold the exports, and the crude volume at its price equals the
/// crude value.
fn check_consistency(p: &Params, rows: &[Datum]) -> Result<(), DataError> {
    for (s, e) in EXPORT_SECTORS.iter().zip(&p.exports) {
        if e.market < e.value {
            let key = format!("export.{}.market", s.id);
            return Err(error(
                line_of(rows, &key),
                format!(
                    "`{key}` ({}) is smaller than India's exports in the sector ({})",
                    e.market, e.value
                ),
            ));
        }
    }
    if p.crude_discount >= p.crude_price {
        return Err(error(
            line_of(rows, "crude.discount"),
            "the crude discount must be smaller than the crude price".into(),
        ));
    }
    for (key, v) in [
        ("crude.volume", p.crude_volume),
        ("crude.outlook", p.crude_outlook),
    ] {
        if v > p.crude_india_imports {
            return Err(error(
                line_of(rows, key),
                format!(
                    "`{key}` ({v} mb/d) is more than India's crude imports from all suppliers (`crude.india_imports`, {} mb/d)",
                    p.crude_india_imports
                ),
            ));
        }
    }
    let crude = crude_value(p.crude_volume, p.crude_price - p.crude_discount);
    let stated = p.imports[CRUDE].value;
    if (crude - stated).abs() > 0.005 * stated.max(1.0) {
        return Err(error(
            line_of(rows, "crude.volume"),
            format!(
                "crude volume × (price − discount) = {crude:.2} US$ bn, but the base year's crude imports are {stated:.2}"
            ),
        ));
    }
    Ok(())
}

/// Value in US$ bn of a year's crude at `mbd` million barrels a day and `usd_per_bbl`.
pub fn crude_value(mbd: f64, usd_per_bbl: f64) -> f64 {
    mbd * 365.0 * usd_per_bbl / 1000.0
}

/// One row of the chapter file: values in US$ m for each of its years.
struct ChapterRow {
    flow: Flow,
    chapter: u8,
    values: Vec<f64>,
    line: usize,
}

fn chapter_error(line: usize, message: String) -> DataError {
    DataError {
        file: CHAPTERS_PATH,
        line,
        message,
    }
}

/// Check the sectors and groups of `b` against the HS-chapter file: each chapter belongs to one
/// sector (a heading such as crude's 2709 is carved out of its chapter), and each sector's value
/// in each of the file's years is the sum of its chapters.
pub fn check_chapters(b: &Baseline, text: &str) -> Result<(), DataError> {
    let (years, rows) = chapter_rows(text)?;
    for flow in [Flow::Export, Flow::Import] {
        let defs: Vec<&Definition> = b.definitions.iter().filter(|d| d.flow == flow).collect();
        let owner = chapter_owners(flow, &defs, &rows)?;
        for (k, year) in years.iter().enumerate() {
            let Some(actual) = b.actual(*year) else {
                continue;
            };
            let Some(values) = (match flow {
                Flow::Export => actual.sectors.map(|v| v.to_vec()),
                Flow::Import => actual.groups.map(|v| v.to_vec()),
            }) else {
                continue;
            };
            let sums = ChapterSums {
                flow,
                defs: &defs,
                rows: &rows,
                owner: &owner,
                column: k,
            };
            for i in 0..flow.sectors().len() {
                sums.check(b, *year, i, &values)?;
            }
        }
    }
    Ok(())
}

/// Which sector or group of `b` each chapter of a chapter file belongs to: `(flow, chapter,
/// index into the flow's sectors)`, every chapter of the file once per flow, checked as
/// [`check_chapters`] checks it (a chapter in no sector, or in two, is an error). The update
/// command sums a new release's chapters with it.
pub fn chapter_owners_in(b: &Baseline, text: &str) -> Result<Vec<(Flow, u8, usize)>, DataError> {
    let (_, rows) = chapter_rows(text)?;
    let mut out = Vec::new();
    for flow in [Flow::Export, Flow::Import] {
        let defs: Vec<&Definition> = b.definitions.iter().filter(|d| d.flow == flow).collect();
        for (chapter, sector) in chapter_owners(flow, &defs, &rows)? {
            if !out.contains(&(flow, chapter, sector)) {
                out.push((flow, chapter, sector));
            }
        }
    }
    Ok(out)
}

/// The chapter file's `years` and rows: `flow | chapter | one value per year | description`.
fn chapter_rows(text: &str) -> Result<(Vec<i32>, Vec<ChapterRow>), DataError> {
    let mut years: Vec<i32> = Vec::new();
    let mut rows: Vec<ChapterRow> = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let line = n + 1;
        let content = raw.trim();
        if content.is_empty() || content.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = content.split('|').map(str::trim).collect();
        if fields[0] == "years" {
            years = fields[1..].iter().filter_map(|f| fy::parse(f)).collect();
            if years.len() != fields.len() - 1 || years.is_empty() {
                return Err(chapter_error(
                    line,
                    "the `years` row should list fiscal years like FY2025-26".into(),
                ));
            }
            continue;
        }
        rows.push(chapter_row(&fields, years.len(), line)?);
    }
    Ok((years, rows))
}

/// One chapter row, given how many years the file's `years` row named.
fn chapter_row(fields: &[&str], years: usize, line: usize) -> Result<ChapterRow, DataError> {
    let bad = || {
        chapter_error(
            line,
            format!("expected `flow | chapter | {years} values | description`"),
        )
    };
    if years == 0 || fields.len() != years + 3 {
        return Err(bad());
    }
    let flow = Flow::parse(fields[0]).ok_or_else(bad)?;
    let chapter = match ChapterItem::parse(fields[1]) {
        Some(ChapterItem::Chapter(c)) => c,
        _ => return Err(bad()),
    };
    let values: Option<Vec<f64>> = fields[2..2 + years]
        .iter()
        .map(|v| v.parse().ok())
        .collect();
    let values = values
        .filter(|v| v.iter().all(|x: &f64| x.is_finite() && *x >= 0.0))
        .ok_or_else(bad)?;
    Ok(ChapterRow {
        flow,
        chapter,
        values,
        line,
    })
}

/// Which sector each chapter of `flow` belongs to: the one sector that names it, or else the one
/// that takes the `rest`.
fn chapter_owners(
    flow: Flow,
    defs: &[&Definition],
    rows: &[ChapterRow],
) -> Result<Vec<(u8, usize)>, DataError> {
    let rest: Vec<&&Definition> = defs
        .iter()
        .filter(|d| d.items.contains(&ChapterItem::Rest))
        .collect();
    if rest.len() > 1 {
        return Err(error(
            rest[1].line,
            "only one sector of a flow may take the `rest`".into(),
        ));
    }
    let mut owner: Vec<(u8, usize)> = Vec::new();
    for r in rows.iter().filter(|r| r.flow == flow) {
        let named: Vec<&&Definition> = defs
            .iter()
            .filter(|d| d.items.iter().any(|i| i.covers(r.chapter)))
            .collect();
        let sector = match (named.len(), rest.first()) {
            (1, _) => named[0].sector,
            (0, Some(d)) => d.sector,
            (0, None) => {
                let what = format!(
                    "{} chapter {:02} belongs to no sector",
                    flow.prefix(),
                    r.chapter
                );
                return Err(chapter_error(r.line, what));
            }
            _ => {
                let what = format!(
                    "{} chapter {:02} is named by two sectors",
                    flow.prefix(),
                    r.chapter
                );
                return Err(error(named[1].line, what));
            }
        };
        owner.push((r.chapter, sector));
    }
    Ok(owner)
}

/// The chapters of one flow in one year's column, to check each sector's value against.
struct ChapterSums<'a> {
    flow: Flow,
    defs: &'a [&'a Definition],
    rows: &'a [ChapterRow],
    owner: &'a [(u8, usize)],
    column: usize,
}

impl ChapterSums<'_> {
    /// Sector `i`'s value in `year` (`values[i]`) is the sum of its chapters, less the headings
    /// other sectors carve out of them. A heading-only group is checked through its chapter.
    fn check(&self, b: &Baseline, year: i32, i: usize, values: &[f64]) -> Result<(), DataError> {
        let def = self
            .defs
            .iter()
            .find(|d| d.sector == i)
            .expect("checked when parsing");
        if def
            .items
            .iter()
            .any(|it| matches!(it, ChapterItem::Heading(_)))
        {
            return Ok(());
        }
        let mut sum: f64 = self
            .rows
            .iter()
            .filter(|r| r.flow == self.flow && self.owner.contains(&(r.chapter, i)))
            .map(|r| r.values[self.column])
            .sum::<f64>()
            / 1000.0;
        for other in self.defs.iter().filter(|d| d.sector != i) {
            let carved = other.items.iter().any(|it| {
                matches!(it, ChapterItem::Heading(h) if self.owner.contains(&((h / 100) as u8, i)))
            });
            if carved {
                sum -= values[other.sector];
            }
        }
        if (sum - values[i]).abs() <= 0.000_005 {
            return Ok(());
        }
        let s = &self.flow.sectors()[i];
        let key = format!("{}.{}.{}", self.flow.prefix(), s.id, fy::label(year));
        Err(error(
            b.datum(&key).map_or(0, |d| d.line),
            format!(
                "`{key}` is {:.5}, but its chapters ({}) add up to {sum:.5} US$ bn",
                values[i], def.chapters
            ),
        ))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_sector_s_chapters_are_described_in_every_language_as_the_data_file_says() {
        let b = crate::baseline().unwrap();
        for d in &b.definitions {
            let s = d.flow.sectors()[d.sector];
            assert_eq!(
                s.chapters.en, d.description,
                "{}: the English is the data file's",
                s.id
            );
            assert!(!s.chapters.hi.is_empty() && !s.chapters.ru.is_empty());
        }
    }

    use super::*;

    /// The chapter file (the page does not embed it; the build and these tests read it).
    pub const CHAPTERS_TEXT: &str =
        include_str!("../../data/vintages/2026-07/tradestat-russia-hs2.txt");

    fn shipped() -> Baseline {
        match parse(BASELINE_TEXT) {
            Ok(b) => b,
            Err(e) => panic!("the shipped data file must parse: {e}"),
        }
    }

    #[test]
    fn the_release_rows_are_text_checked_and_required() {
        let v = shipped().vintage;
        assert_eq!(
            (v.id, v.date, v.covers),
            ("2026-07", "2026-07-18", "FY2017-18 to FY2025-26")
        );
        assert!(v.source.contains("TradeStat") && v.source.contains("18 Jul 2026"));
        assert_eq!((v.year_month(), v.day()), ((2026, 7), Some(18)));
        let id = "vintage.id | 2026-07 |";
        let date = "vintage.date | 2026-07-18 |";
        let bad = |from: &str, to: &str, says: &str| {
            let e = parse(leak(BASELINE_TEXT.replacen(from, to, 1))).unwrap_err();
            assert!(e.to_string().contains(says), "{to}: {e}");
        };
        bad(
            id,
            "vintage.id | July 2026 |",
            "the release's year and month",
        );
        bad(id, "vintage.id | 2026-13 |", "the release's year and month");
        bad(date, "vintage.date | 2026-07-32 |", "a date like");
        bad(date, "vintage.date | 2026-02-30 |", "a date like");
        bad(
            date,
            "vintage.date | 2026-08-01 |",
            "is not in the release's month",
        );
        bad(
            "vintage.id | 2026-07 | release | DEF |",
            "vintage.id | 2026-07 | release | OFF |",
            "its tag is DEF",
        );
        bad(id, "# vintage.id | 2026-07 |", "missing key: vintage.id");
        bad(
            "vintage.covers | FY2017-18 to FY2025-26 |",
            "#",
            "missing key: vintage.covers",
        );
        // text values for these keys only
        bad(
            "vintage.covers |",
            "vintage.title |",
            "unknown key `vintage.title`",
        );
        bad(
            "crude.price | 68.31 |",
            "crude.price | high |",
            "is not a number",
        );
        // a month without its day is a date
        let month = parse(leak(BASELINE_TEXT.replacen(
            date,
            "vintage.date | 2026-07 |",
            1,
        )))
        .unwrap();
        assert_eq!(month.vintage.day(), None);
        assert!(valid_date("2028-02-29") && !valid_date("2026-02-29") && !valid_date("2026-7-1"));
    }

    #[test]
    fn the_base_year_is_fy2025_26_with_the_official_totals() {
        let b = shipped();
        let p = b.params;
        // TradeStat / Trade Intelligence & Analytics portal, FY2025-26
        assert_eq!(p.base_year, 2025);
        assert_eq!(p.total_exports, 4.49352);
        assert_eq!(p.total_imports, 55.36956);
        let ex: f64 = p.exports.iter().map(|e| e.value).sum();
        let im: f64 = p.imports.iter().map(|g| g.value).sum();
        assert!((ex - 4.49352).abs() < 1e-9, "exports add up to {ex}");
        assert!((im - 55.36956).abs() < 1e-9, "imports add up to {im}");
        assert!(((p.total_exports - p.total_imports) - -50.87604).abs() < 1e-9);
    }

    #[test]
    fn history_runs_from_fy2017_18_and_each_split_year_adds_up() {
        let b = shipped();
        assert_eq!(b.first_year(), 2017);
        assert_eq!(b.history.last().unwrap().year, 2025);
        let years: Vec<i32> = b.history.iter().map(|a| a.year).collect();
        assert_eq!(years, (2017..=2025).collect::<Vec<_>>());
        for a in &b.history {
            assert!(a.total.is_some(), "{} has no total", a.year);
            if let (Some(s), Some(e)) = (a.sectors, a.exports) {
                assert!((s.iter().sum::<f64>() - e).abs() < 0.0005, "{}", a.year);
            }
        }
        let fy25 = b.actual(2024).unwrap();
        assert!(fy25.sectors.is_some() && fy25.groups.is_some());
        // every past year is split into exports and imports (TradeStat's country-wise table)
        assert!(b
            .history
            .iter()
            .all(|a| a.exports.is_some() && a.imports.is_some()));
    }

    #[test]
    fn every_sector_is_the_sum_of_the_chapters_it_names() {
        let b = shipped();
        check_chapters(&b, CHAPTERS_TEXT).unwrap();
        // one chapter moved to another sector breaks the sums
        let moved =
            leak(BASELINE_TEXT.replace("export.pharma.hs | 30 |", "export.pharma.hs | 30, 29 |"));
        let e = check_chapters(&parse(moved).unwrap(), CHAPTERS_TEXT).unwrap_err();
        assert!(e.message.contains("named by two sectors"), "{e}");
        let e = check_chapters(
            &b,
            &CHAPTERS_TEXT.replace("export | 30 | 421.09 |", "export | 30 | 431.09 |"),
        )
        .unwrap_err();
        assert!(e.message.contains("add up to"), "{e}");
        assert_eq!(e.file, BASELINE_PATH);
    }

    #[test]
    fn at_most_half_of_the_model_inputs_are_estimates_or_press_claims() {
        let b = shipped();
        let base = fy::label(b.params.base_year);
        let model: Vec<&Datum> = b
            .rows
            .iter()
            .filter(|d| {
                let k = d.key;
                (k.starts_with("export.") || k.starts_with("import."))
                    && (k.ends_with(&base)
                        || k.ends_with(".tariff")
                        || k.ends_with(".elasticity")
                        || k.ends_with(".market"))
                    || k == "elasticity.substitution"
            })
            .collect();
        assert_eq!(model.len(), 13 + 12 + 13 + 7);
        let weak = model
            .iter()
            .filter(|d| matches!(d.tag, Tag::Est | Tag::Press))
            .count();
        assert!(
            weak * 2 <= model.len(),
            "{weak} of {} are EST or PRESS",
            model.len()
        );
    }

    fn leak(s: String) -> &'static str {
        Box::leak(s.into_boxed_str())
    }

    /// The shipped file with one line replaced (or removed, if `with` is None).
    fn altered(key: &str, with: Option<&str>) -> &'static str {
        let mut out = String::new();
        for l in BASELINE_TEXT.lines() {
            if l.starts_with(&format!("{key} |")) {
                if let Some(w) = with {
                    out.push_str(w);
                    out.push('\n');
                }
            } else {
                out.push_str(l);
                out.push('\n');
            }
        }
        leak(out)
    }

    fn line_number_of(key: &str) -> usize {
        BASELINE_TEXT
            .lines()
            .position(|l| l.starts_with(&format!("{key} |")))
            .map(|i| i + 1)
            .unwrap_or(0)
    }

    #[test]
    fn a_row_without_a_source_names_its_line() {
        let bad = altered(
            "export.marine.tariff",
            Some("export.marine.tariff | 8 | % | EST |"),
        );
        let e = parse(bad).unwrap_err();
        assert_eq!(e.line, line_number_of("export.marine.tariff"));
        assert!(e.to_string().contains("has no source"), "{e}");
        assert!(e.to_string().starts_with("baseline.txt line"), "{e}");
    }

    #[test]
    fn malformed_rows_are_errors_naming_the_line() {
        let key = "export.pharma.FY2025-26";
        let cases = [
            (
                "export.pharma.FY2025-26 | abc | US$ bn | OFF | some source text",
                "not a number",
            ),
            (
                "export.pharma.FY2025-26 | 0.47134 | US$ bn | MAYBE | some source text",
                "tag",
            ),
            (
                "export.pharma.FY2025-26 | 0.47134 | US$ bn | OFF",
                "expected 5 fields",
            ),
            (
                "export.pharma.FY2025-26 | NaN | US$ bn | OFF | some source text",
                "outside",
            ),
            (
                "export.pharma.FY2025-26 | -1 | US$ bn | OFF | some source text",
                "outside",
            ),
            (
                "export.pharmacy.FY2025-26 | 0.47134 | US$ bn | OFF | some source text",
                "unknown key",
            ),
            (
                "export.pharma.FY2025-27 | 0.47134 | US$ bn | OFF | some source text",
                "unknown key",
            ),
            (
                "export.pharma.FY2025-26 | 0.47134 | US$ bn | DEF | some source text",
                "DEF is only",
            ),
        ];
        let line = line_number_of(key);
        for (row, why) in cases {
            let e = parse(altered(key, Some(row))).unwrap_err();
            assert_eq!(e.line, line, "{row}");
            assert!(e.message.contains(why), "{row}: {e}");
        }
        let e = parse(altered(
            "export.pharma.hs",
            Some("export.pharma.hs | 3x | HS | DEF | Medicines"),
        ))
        .unwrap_err();
        assert!(e.message.contains("should list chapters"), "{e}");
    }

    #[test]
    fn missing_and_duplicate_rows_are_errors() {
        let e = parse(altered("import.veg_oils.tariff", None)).unwrap_err();
        assert!(
            e.message.contains("missing keys: import.veg_oils.tariff"),
            "{e}"
        );

        let e = parse(altered("import.veg_oils.FY2025-26", None)).unwrap_err();
        assert!(e.message.contains("split only partly"), "{e}");

        let dup = leak(format!(
            "{BASELINE_TEXT}\ncrude.price | 80 | US$/bbl | EST | a second price row\n"
        ));
        let e = parse(dup).unwrap_err();
        assert!(e.message.contains("appears twice"), "{e}");
    }

    #[test]
    fn inconsistent_figures_are_errors() {
        // pharma + 0.1 breaks the FY2025-26 export sum
        let off = altered(
            "export.pharma.FY2025-26",
            Some("export.pharma.FY2025-26 | 0.57134 | US$ bn | OFF | some source text"),
        );
        let e = parse(off).unwrap_err();
        assert!(
            e.message
                .contains("FY2025-26: export sectors add up to 4.59352, not the total 4.49352"),
            "{e}"
        );
        assert_eq!(e.line, line_number_of("actual.FY2025-26.exports"));

        let e = parse(altered(
            "base.year",
            Some("base.year | 2024 | fiscal year | OFF | the year before"),
        ))
        .unwrap_err();
        assert!(e.message.contains("should be the latest year"), "{e}");

        // exports + imports must make the official total (to the press's US$ 10 m)
        let e = parse(altered(
            "actual.FY2020-21.exports",
            Some(
                "actual.FY2020-21.exports | 2.7 | US$ bn | PRESS | a rounder figure from somewhere",
            ),
        ))
        .unwrap_err();
        assert!(
            e.message
                .contains("FY2020-21: exports and imports add up to 8.186, not the total 8.142"),
            "{e}"
        );

        // the base year is a record: estimates cannot stand in for it
        let e = parse(altered(
            "actual.FY2025-26.exports",
            Some("actual.FY2025-26.exports | 4.49352 | US$ bn | EST | a guess from somewhere in particular"),
        ))
        .unwrap_err();
        assert!(
            e.message.contains("needs official exports and imports"),
            "{e}"
        );
    }

    #[test]
    fn years_with_press_or_estimated_figures_are_marked() {
        // the shipped file's past years are all official now
        assert!(shipped()
            .history
            .iter()
            .all(|a| a.estimated == Estimated::default()));
        let b = crate::baseline_with_estimates();
        let years = |f: fn(&Estimated) -> bool| -> Vec<i32> {
            b.history
                .iter()
                .filter(|a| f(&a.estimated))
                .map(|a| a.year)
                .collect()
        };
        // FY2020-21's split is a press report (its total is official); FY2022-23's exports are our
        // estimate, and so its total and balance
        assert_eq!(years(|e| e.exports), vec![2020, 2022]);
        assert_eq!(years(|e| e.imports), vec![2020]);
        assert_eq!(years(|e| e.total), vec![2022]);
        assert_eq!(years(|e| e.balance()), vec![2020, 2022]);
        for a in &b.history {
            if let (Some(x), Some(m), Some(t)) = (a.exports, a.imports, a.total) {
                assert!((x + m - t).abs() <= 0.005, "{}", a.year);
                assert_eq!(a.balance(), Some(x - m));
            }
        }
    }

    /// Next year's update is a data edit: a file with FY2026-27's totals and splits (here a copy of
    /// FY2025-26's, 10 % up) and `base.year` moved reads with the new base year, and a projection
    /// from it still ends in FY2030-31.
    #[test]
    fn one_more_year_moves_the_base_year_and_keeps_the_horizon() {
        let mut text = BASELINE_TEXT.replace("base.year | 2025 |", "base.year | 2026 |");
        let mut extra = String::new();
        for l in BASELINE_TEXT.lines().filter(|l| l.contains(".FY2025-26")) {
            let mut f: Vec<String> = l.split(" | ").map(String::from).collect();
            f[0] = f[0].replace("FY2025-26", "FY2026-27");
            let v: f64 = f[1].parse().unwrap();
            f[1] = format!("{}", (v * 1.1 * 1e6).round() / 1e6);
            extra.push_str(&f.join(" | "));
            extra.push('\n');
        }
        // the crude rows describe the base year: scale the volume so they still agree
        text = text.replace("crude.volume | 1.625 |", "crude.volume | 1.7875 |");
        text.push_str(&extra);
        let b = match parse(leak(text)) {
            Ok(b) => b,
            Err(e) => panic!("{e}"),
        };
        assert_eq!(b.params.base_year, 2026);
        assert_eq!(b.history.len(), 10);
        let p = crate::model::project(&b.params, &crate::model::Scenario::baseline(&b.params));
        assert_eq!(fy::label(p.year(p.len - 1)), "FY2030-31");
        assert_eq!(p.len, 5);
        assert_eq!(fy::label(p.year(0)), "FY2026-27");
    }
}
