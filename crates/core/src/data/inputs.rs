//! Every number the data file holds, described once: its data-file key, the range the file may
//! hold, what it is in words (three languages), and, for the values a reader may change in the
//! Assumptions panel, the link key, the panel's range and step, its table and its labels. The
//! data parser, the link codec, the JSON, the panel and the sources (panel and CSV) all read this
//! table; nothing else names a key. The rows that are records rather than inputs (the base year,
//! past years' totals and rates, each sector's HS chapters) are described in [`RECORDS`], and
//! the data file's units in [`UNITS`].

use crate::data::{Flow, Params, CRUDE, EXPORT_SECTORS, IMPORT_GROUPS};
use crate::tr::Tr;
use std::sync::OnceLock;

/// Where a value lives in [`Params`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    TotalExports,
    TotalImports,
    Target,
    CrudeVolume,
    CrudePrice,
    CrudeDiscount,
    CrudeOutlook,
    CrudeIndiaImports,
    GrowthExports,
    GrowthNonoil,
    Substitution,
    InrPerUsd,
    ExportValue(usize),
    ExportTariff(usize),
    ExportElasticity(usize),
    ExportMarket(usize),
    ImportValue(usize),
    ImportTariff(usize),
    ImportElasticity(usize),
}

impl Field {
    pub fn get(self, p: &Params) -> f64 {
        match self {
            Field::TotalExports => p.total_exports,
            Field::TotalImports => p.total_imports,
            Field::Target => p.target,
            Field::CrudeVolume => p.crude_volume,
            Field::CrudePrice => p.crude_price,
            Field::CrudeDiscount => p.crude_discount,
            Field::CrudeOutlook => p.crude_outlook,
            Field::CrudeIndiaImports => p.crude_india_imports,
            Field::GrowthExports => p.growth_exports,
            Field::GrowthNonoil => p.growth_nonoil,
            Field::Substitution => p.substitution,
            Field::InrPerUsd => p.inr_per_usd,
            Field::ExportValue(i) => p.exports[i].value,
            Field::ExportTariff(i) => p.exports[i].tariff,
            Field::ExportElasticity(i) => p.exports[i].elasticity,
            Field::ExportMarket(i) => p.exports[i].market,
            Field::ImportValue(i) => p.imports[i].value,
            Field::ImportTariff(i) => p.imports[i].tariff,
            Field::ImportElasticity(i) => p.imports[i].elasticity,
        }
    }

    fn slot(self, p: &mut Params) -> &mut f64 {
        match self {
            Field::TotalExports => &mut p.total_exports,
            Field::TotalImports => &mut p.total_imports,
            Field::Target => &mut p.target,
            Field::CrudeVolume => &mut p.crude_volume,
            Field::CrudePrice => &mut p.crude_price,
            Field::CrudeDiscount => &mut p.crude_discount,
            Field::CrudeOutlook => &mut p.crude_outlook,
            Field::CrudeIndiaImports => &mut p.crude_india_imports,
            Field::GrowthExports => &mut p.growth_exports,
            Field::GrowthNonoil => &mut p.growth_nonoil,
            Field::Substitution => &mut p.substitution,
            Field::InrPerUsd => &mut p.inr_per_usd,
            Field::ExportValue(i) => &mut p.exports[i].value,
            Field::ExportTariff(i) => &mut p.exports[i].tariff,
            Field::ExportElasticity(i) => &mut p.exports[i].elasticity,
            Field::ExportMarket(i) => &mut p.exports[i].market,
            Field::ImportValue(i) => &mut p.imports[i].value,
            Field::ImportTariff(i) => &mut p.imports[i].tariff,
            Field::ImportElasticity(i) => &mut p.imports[i].elasticity,
        }
    }

    /// Set the value (as the data file or the Assumptions panel gives it).
    pub fn set(self, p: &mut Params, v: f64) {
        *self.slot(p) = v;
    }
}

/// The panel table an input is shown in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Table {
    Exports,
    Imports,
    Model,
}

impl Table {
    pub const ALL: [Table; 3] = [Table::Exports, Table::Imports, Table::Model];
}

/// An allowed range, both ends included.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Range {
    pub min: f64,
    pub max: f64,
}

impl Input {
    /// The data-file key of the row in force for a base year.
    pub fn file_key(&self, base_year: i32) -> String {
        self.key.replace("{fy}", &crate::fy::label(base_year))
    }
}

impl Range {
    pub fn contains(&self, v: f64) -> bool {
        v.is_finite() && self.min <= v && v <= self.max
    }
    pub fn clamp(&self, v: f64) -> f64 {
        v.clamp(self.min, self.max)
    }
}

/// How the Assumptions panel offers an input.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Panel {
    /// Link key, e.g. `a_x_pharma_t`.
    pub key: &'static str,
    pub range: Range,
    pub step: f64,
    pub table: Table,
    /// Row (sector, group or model parameter) and column labels.
    pub row: Tr,
    pub column: Tr,
    pub unit: Tr,
}

/// How the data file holds an input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputKind {
    /// A row of its own: `export.pharma.tariff`.
    Row,
    /// A row per fiscal year, the base year's in force: `export.pharma.FY2025-26`.
    SectorYear,
    /// The base year's actual total: `actual.FY2025-26.exports`.
    BaseActual,
}

/// One number of the data file.
#[derive(Clone, Debug, PartialEq)]
pub struct Input {
    /// Data-file key, e.g. `export.pharma.tariff`; for a per-year input, the key with `{fy}` for
    /// the year (`export.pharma.{fy}`).
    pub key: &'static str,
    pub kind: InputKind,
    pub field: Field,
    /// What the data file may hold.
    pub data: Range,
    /// Present when a reader may change it in the Assumptions panel.
    pub panel: Option<Panel>,
    /// What it is, in words ("{fy}" for the year of a per-year row).
    pub words: Tr,
}

const fn r(min: f64, max: f64) -> Range {
    Range { min, max }
}

/// A column of the exports or imports table: one input per sector (or group).
struct Column {
    /// Last part of the data-file key: `export.<id>.<data>` (`{fy}` for a row per year).
    data: &'static str,
    /// Last letter of the link key: `a_x_<id>_<short>`.
    short: &'static str,
    field: fn(usize) -> Field,
    data_range: Range,
    panel_range: Range,
    step: f64,
    label: Tr,
    unit: Tr,
    /// What it is, after the sector's name ("Pharmaceuticals: EAEU duty on Indian goods").
    words: Tr,
    /// Whether the crude-oil row has it (crude's price and volume are levers instead).
    crude: bool,
    /// Whether a reader may change it in the Assumptions panel (not the base year's actual
    /// figures: they are records, not assumptions).
    panel: bool,
}

const SIGMA: Tr = Tr::new(
    "Substitution between suppliers (σ)",
    "आपूर्तिकर्ताओं के बीच प्रतिस्थापन (σ)",
    "Замещение между поставщиками (σ)",
);
const US_BN: Tr = Tr::new("US$ bn", "अरब\u{a0}डॉलर", "млрд\u{a0}долл.");
const PCT: Tr = Tr::same("%");
const NONE: Tr = Tr::same("");

const EXPORT_COLUMNS: [Column; 4] = [
    Column {
        data: "{fy}",
        short: "v",
        field: Field::ExportValue,
        data_range: r(0.0, 1e4),
        panel_range: r(0.0, 50.0),
        step: 0.001,
        label: Tr::new("{fy} exports", "{fy} निर्यात", "Экспорт, {fy}"),
        unit: US_BN,
        words: Tr::new("exports, {fy}", "निर्यात, {fy}", "экспорт, {fy}"),
        crude: true,
        panel: false,
    },
    Column {
        data: "tariff",
        short: "t",
        field: Field::ExportTariff,
        data_range: r(0.0, 100.0),
        panel_range: r(0.0, 50.0),
        step: 0.1,
        label: Tr::new("EAEU duty", "EAEU शुल्क", "Пошлина ЕАЭС"),
        unit: PCT,
        words: Tr::new(
            "EAEU duty on Indian goods",
            "भारतीय सामान पर EAEU शुल्क",
            "пошлина ЕАЭС на индийские товары",
        ),
        crude: true,
        panel: true,
    },
    Column {
        data: "elasticity",
        short: "e",
        field: Field::ExportElasticity,
        data_range: r(0.01, 20.0),
        panel_range: r(0.1, 10.0),
        step: 0.01,
        label: Tr::new(
            "Import demand elasticity",
            "आयात माँग की लोच",
            "Эластичность спроса на импорт",
        ),
        unit: NONE,
        words: Tr::new(
            "import demand elasticity in Russia",
            "रूस में आयात माँग की लोच",
            "эластичность спроса на импорт в России",
        ),
        crude: true,
        panel: true,
    },
    Column {
        data: "market",
        short: "m",
        field: Field::ExportMarket,
        data_range: r(0.0, 1e5),
        panel_range: r(0.1, 500.0),
        step: 0.1,
        label: Tr::new(
            "Russia's import market",
            "रूस का आयात बाज़ार",
            "Ёмкость импортного рынка России",
        ),
        unit: US_BN,
        words: Tr::new(
            "Russia's whole import market",
            "रूस का पूरा आयात बाज़ार",
            "ёмкость импортного рынка России",
        ),
        crude: true,
        panel: true,
    },
];

const IMPORT_COLUMNS: [Column; 3] = [
    Column {
        data: "{fy}",
        short: "v",
        field: Field::ImportValue,
        data_range: r(0.0, 1e4),
        panel_range: r(0.0, 200.0),
        step: 0.01,
        label: Tr::new("{fy} imports", "{fy} आयात", "Импорт, {fy}"),
        unit: US_BN,
        words: Tr::new("imports, {fy}", "आयात, {fy}", "импорт, {fy}"),
        crude: true,
        panel: false,
    },
    Column {
        data: "tariff",
        short: "t",
        field: Field::ImportTariff,
        data_range: r(0.0, 200.0),
        panel_range: r(0.0, 100.0),
        step: 0.1,
        label: Tr::new("India's duty", "भारत का शुल्क", "Пошлина Индии"),
        unit: PCT,
        words: Tr::new("India's duty", "भारत का शुल्क", "пошлина Индии"),
        crude: false,
        panel: true,
    },
    Column {
        data: "elasticity",
        short: "e",
        field: Field::ImportElasticity,
        data_range: r(0.01, 20.0),
        panel_range: r(0.1, 10.0),
        step: 0.01,
        label: Tr::new(
            "Import demand elasticity",
            "आयात माँग की लोच",
            "Эластичность спроса на импорт",
        ),
        unit: NONE,
        words: Tr::new(
            "import demand elasticity in India",
            "भारत में आयात माँग की लोच",
            "эластичность спроса на импорт в Индии",
        ),
        crude: false,
        panel: true,
    },
];

/// A number that is not per sector.
struct Scalar {
    key: &'static str,
    kind: InputKind,
    field: Field,
    data_range: Range,
    panel: Option<Panel>,
    words: Tr,
}

const SCALARS: [Scalar; 12] = [
    Scalar {
        key: "actual.{fy}.exports",
        kind: InputKind::BaseActual,
        field: Field::TotalExports,
        data_range: r(0.0, 1e4),
        panel: None,
        words: Tr::new(
            "India's exports to Russia, {fy}",
            "रूस को भारत का निर्यात, {fy}",
            "Экспорт Индии в Россию, {fy}",
        ),
    },
    Scalar {
        key: "actual.{fy}.imports",
        kind: InputKind::BaseActual,
        field: Field::TotalImports,
        data_range: r(0.0, 1e4),
        panel: None,
        words: Tr::new(
            "India's imports from Russia, {fy}",
            "रूस से भारत का आयात, {fy}",
            "Импорт Индии из России, {fy}",
        ),
    },
    Scalar {
        key: "target.total",
        kind: InputKind::Row,
        field: Field::Target,
        data_range: r(1.0, 1e4),
        panel: None,
        words: Tr::new(
            "The two governments' trade target for 2030",
            "2030 के लिए दोनों सरकारों का व्यापार लक्ष्य",
            "Цель двух правительств по товарообороту на 2030\u{a0}год",
        ),
    },
    Scalar {
        key: "crude.volume",
        kind: InputKind::Row,
        field: Field::CrudeVolume,
        data_range: r(0.0, 20.0),
        panel: None,
        words: Tr::new(
            "Russian crude bought in the base year",
            "आधार वर्ष में ख़रीदा गया रूसी कच्चा तेल",
            "Закупки российской нефти в базовом году",
        ),
    },
    Scalar {
        key: "crude.price",
        kind: InputKind::Row,
        field: Field::CrudePrice,
        data_range: r(1.0, 500.0),
        panel: None,
        words: Tr::new(
            "India's average crude import price, base year",
            "कच्चे तेल के आयात की भारत की औसत कीमत, आधार वर्ष",
            "Средняя цена импорта нефти в Индию, базовый год",
        ),
    },
    Scalar {
        key: "crude.discount",
        kind: InputKind::Row,
        field: Field::CrudeDiscount,
        data_range: r(0.0, 100.0),
        panel: None,
        words: Tr::new(
            "Russian crude's discount to that price",
            "उस कीमत पर रूसी कच्चे तेल की छूट",
            "Скидка на российскую нефть к этой цене",
        ),
    },
    Scalar {
        key: "crude.outlook",
        kind: InputKind::Row,
        field: Field::CrudeOutlook,
        data_range: r(0.0, 20.0),
        panel: None,
        words: Tr::new(
            "Russian crude expected in the next year",
            "अगले वर्ष अपेक्षित रूसी कच्चा तेल",
            "Ожидаемые закупки российской нефти в следующем году",
        ),
    },
    Scalar {
        key: "crude.india_imports",
        kind: InputKind::Row,
        field: Field::CrudeIndiaImports,
        data_range: r(0.1, 50.0),
        panel: None,
        words: Tr::new(
            "India's crude oil imports from all suppliers (the most Russian crude can be)",
            "सभी आपूर्तिकर्ताओं से भारत का कच्चे तेल का आयात (रूसी कच्चे तेल की ऊपरी सीमा)",
            "Импорт нефти Индией от всех поставщиков (предел для российской нефти)",
        ),
    },
    Scalar {
        key: "growth.exports",
        kind: InputKind::Row,
        field: Field::GrowthExports,
        data_range: r(-50.0, 100.0),
        panel: None,
        words: Tr::new(
            "Export growth on current trends",
            "मौजूदा रुझानों पर निर्यात वृद्धि",
            "Рост экспорта при текущих тенденциях",
        ),
    },
    Scalar {
        key: "growth.other_imports",
        kind: InputKind::Row,
        field: Field::GrowthNonoil,
        data_range: r(-50.0, 100.0),
        panel: None,
        words: Tr::new(
            "Growth of other imports on current trends",
            "मौजूदा रुझानों पर अन्य आयात की वृद्धि",
            "Рост прочего импорта при текущих тенденциях",
        ),
    },
    Scalar {
        key: "elasticity.substitution",
        kind: InputKind::Row,
        field: Field::Substitution,
        data_range: r(0.01, 20.0),
        panel: Some(Panel {
            key: "a_sigma",
            range: r(0.1, 10.0),
            step: 0.1,
            table: Table::Model,
            row: SIGMA,
            column: Tr::new("Elasticity", "लोच", "Эластичность"),
            unit: NONE,
        }),
        words: SIGMA,
    },
    Scalar {
        key: "rate.inr",
        kind: InputKind::Row,
        field: Field::InrPerUsd,
        data_range: r(1.0, 1000.0),
        panel: Some(Panel {
            key: "a_inr",
            range: r(50.0, 200.0),
            step: 0.01,
            table: Table::Model,
            row: Tr::new(
                "Rupees per US$ in the projected years (for figures in rupees only)",
                "प्रक्षेपित वर्षों में रुपये की विनिमय दर, ₹ प्रति डॉलर (केवल रुपये में आँकड़ों के लिए)",
                "Рупий за доллар в прогнозных годах (только для сумм в рупиях)",
            ),
            column: Tr::new("Exchange rate", "विनिमय दर", "Курс"),
            unit: Tr::new("₹ per US$", "₹ प्रति डॉलर", "рупий за доллар"),
        }),
        words: Tr::new(
            "Rupees per US$ in the projected years",
            "प्रक्षेपित वर्षों में रुपये की विनिमय दर (₹ प्रति डॉलर)",
            "Рупий за доллар в прогнозные годы",
        ),
    },
];

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

/// "{sector}: {what}" in each language.
fn joined(name: Tr, what: Tr) -> Tr {
    let join = |a: &str, b: &str| leak(format!("{a}: {b}"));
    Tr::new(
        join(name.en, what.en),
        join(name.hi, what.hi),
        join(name.ru, what.ru),
    )
}

fn build() -> Vec<Input> {
    let mut v: Vec<Input> = Vec::new();
    let tables = [
        (
            Table::Exports,
            "x",
            "export",
            &EXPORT_SECTORS[..],
            &EXPORT_COLUMNS[..],
        ),
        (
            Table::Imports,
            "m",
            "import",
            &IMPORT_GROUPS[..],
            &IMPORT_COLUMNS[..],
        ),
    ];
    for (table, letter, prefix, rows, columns) in tables {
        for (i, row) in rows.iter().enumerate() {
            for c in columns {
                if table == Table::Imports && i == CRUDE && !c.crude {
                    continue;
                }
                v.push(Input {
                    key: leak(format!("{prefix}.{}.{}", row.id, c.data)),
                    kind: if c.data == "{fy}" {
                        InputKind::SectorYear
                    } else {
                        InputKind::Row
                    },
                    field: (c.field)(i),
                    data: c.data_range,
                    panel: c.panel.then(|| Panel {
                        key: leak(format!("a_{letter}_{}_{}", row.id, c.short)),
                        range: c.panel_range,
                        step: c.step,
                        table,
                        row: row.label,
                        column: c.label,
                        unit: c.unit,
                    }),
                    words: joined(row.label, c.words),
                });
            }
        }
    }
    v.extend(SCALARS.iter().map(|s| Input {
        key: s.key,
        kind: s.kind,
        field: s.field,
        data: s.data_range,
        panel: s.panel,
        words: s.words,
    }));
    v
}

/// Every input: the exports and imports tables row by row, then the scalars.
pub fn inputs() -> &'static [Input] {
    static ALL: OnceLock<Vec<Input>> = OnceLock::new();
    ALL.get_or_init(build)
}

/// A row of the data file that is a record, not an input of the model: its key ("{fy}" for any
/// year, "{id}" for any sector or group of the flow) and its words.
pub struct Record {
    pub key: &'static str,
    pub words: Tr,
}

/// The data file's records: the base year, each year's totals and rupee rate, each sector's HS
/// chapters (what those hold is the sector's [`Sector::chapters`](crate::data::Sector)).
pub const RECORDS: [Record; 8] = [
    Record {
        key: "base.year",
        words: Tr::new(
            "Base year: the latest year with official figures",
            "आधार वर्ष: आधिकारिक आँकड़ों वाला सबसे हाल का वर्ष",
            "Базовый год: последний год с официальными данными",
        ),
    },
    Record {
        key: "actual.{fy}.total",
        words: Tr::new("Total trade, {fy}", "कुल व्यापार, {fy}", "Товарооборот, {fy}"),
    },
    Record {
        key: "actual.{fy}.inr",
        words: Tr::new(
            "Rupees per US$, the year's average, {fy}",
            "रुपये की औसत विनिमय दर (₹ प्रति डॉलर), {fy}",
            "Рупий за доллар, в среднем за год, {fy}",
        ),
    },
    Record {
        key: "export.{id}.hs",
        words: Tr::new("HS chapters", "HS अध्याय", "группы ТН ВЭД"),
    },
    Record {
        key: "import.{id}.hs",
        words: Tr::new("HS chapters", "HS अध्याय", "группы ТН ВЭД"),
    },
    Record {
        key: "running.{fy}.months",
        words: Tr::new(
            "Months of {fy} published so far, from April",
            "{fy} के अब तक प्रकाशित महीने, अप्रैल से",
            "Опубликованные месяцы {fy}, начиная с апреля",
        ),
    },
    Record {
        key: "running.{fy}.exports",
        words: Tr::new(
            "India's exports to Russia, {fy} so far",
            "रूस को भारत का निर्यात, {fy} में अब तक",
            "Экспорт Индии в Россию с начала {fy}",
        ),
    },
    Record {
        key: "running.{fy}.imports",
        words: Tr::new(
            "India's imports from Russia, {fy} so far",
            "रूस से भारत का आयात, {fy} में अब तक",
            "Импорт Индии из России с начала {fy}",
        ),
    },
];

/// The data file's units in words (the file writes them in English).
pub const UNITS: [(&str, Tr); 7] = [
    ("US$ bn", US_BN),
    (
        "US$/bbl",
        Tr::new("US$/bbl", "डॉलर प्रति बैरल", "долл./барр."),
    ),
    (
        "mb/d",
        Tr::new("mb/d", "मिलियन बैरल प्रतिदिन", "млн барр./сут."),
    ),
    (
        "INR per US$",
        Tr::new("INR per US$", "₹ प्रति डॉलर", "рупий за доллар"),
    ),
    ("%/yr", Tr::new("%/yr", "% सालाना", "% в год")),
    ("months", Tr::new("months", "महीने", "мес.")),
    (
        "fiscal year",
        Tr::new("fiscal year", "वित्त\u{a0}वर्ष", "финансовый год"),
    ),
];

/// A data-file key in words: from the input table, else from [`RECORDS`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Described {
    /// With "{fy}" where the year goes.
    pub words: Tr,
    /// The year of a per-year row.
    pub year: Option<i32>,
    /// The sector or group of a record named after one (its HS chapters): "{sector}: {words}".
    pub sector: Option<Tr>,
}

/// What a data-file key is. `None` for a key the file may not hold.
pub fn describe(key: &str) -> Option<Described> {
    let inputs = inputs().iter().map(|i| (i.key, i.words));
    let records = RECORDS.iter().map(|r| (r.key, r.words));
    inputs.chain(records).find_map(|(pattern, words)| {
        let (year, sector) = matches(pattern, key)?;
        Some(Described {
            words,
            year,
            sector,
        })
    })
}

/// Whether `key` is `pattern` with a fiscal year for its "{fy}" or a sector id of its flow for
/// its "{id}", and which.
fn matches(pattern: &str, key: &str) -> Option<(Option<i32>, Option<Tr>)> {
    let middle = |slot: &str| {
        let (before, after) = pattern.split_once(slot)?;
        key.strip_prefix(before)?.strip_suffix(after)
    };
    if pattern.contains("{fy}") {
        return Some((Some(crate::fy::parse(middle("{fy}")?)?), None));
    }
    if pattern.contains("{id}") {
        let flow = [Flow::Export, Flow::Import]
            .into_iter()
            .find(|f| pattern.starts_with(f.prefix()))?;
        let id = middle("{id}")?;
        let sector = flow.sectors().iter().find(|s| s.id == id)?;
        return Some((None, Some(sector.label)));
    }
    (pattern == key).then_some((None, None))
}

/// A data-file unit in words.
pub fn unit_words(unit: &str) -> Option<Tr> {
    UNITS.iter().find(|(u, _)| *u == unit).map(|(_, w)| *w)
}

/// Whether a link key is one the Assumptions panel once had for a base year's actual figure
/// (`a_x_pharma_v`, `a_m_crude_v`): old links still carry them; they are now ignored with a notice.
pub fn is_actual_figure_key(key: &str) -> bool {
    let id = |prefix: &str| key.strip_prefix(prefix).and_then(|k| k.strip_suffix("_v"));
    id("a_x_").is_some_and(|id| EXPORT_SECTORS.iter().any(|s| s.id == id))
        || id("a_m_").is_some_and(|id| IMPORT_GROUPS.iter().any(|g| g.id == id))
}

/// The input a link key (`a_…`) names.
pub fn by_link_key(key: &str) -> Option<&'static Input> {
    inputs()
        .iter()
        .find(|i| i.panel.is_some_and(|p| p.key == key))
}

/// The inputs the Assumptions panel shows, in order.
pub fn panel_inputs() -> impl Iterator<Item = (&'static Input, &'static Panel)> {
    inputs()
        .iter()
        .filter_map(|i| i.panel.as_ref().map(|p| (i, p)))
}

/// The columns of a panel table, in order (for its headings).
pub fn columns(table: Table) -> Vec<Tr> {
    let mut out: Vec<Tr> = Vec::new();
    for (_, p) in panel_inputs().filter(|(_, p)| p.table == table) {
        if !out.contains(&p.column) {
            out.push(p.column);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{N_EXPORTS, N_IMPORTS};

    #[test]
    fn keys_are_unique_and_every_input_has_labels() {
        let all = inputs();
        // four columns per export sector, three per import group except crude's one
        assert_eq!(
            all.len(),
            SCALARS.len() + N_EXPORTS * 4 + (N_IMPORTS - 1) * 3 + 1
        );
        for (i, a) in all.iter().enumerate() {
            assert!(all[i + 1..].iter().all(|b| b.key != a.key), "{}", a.key);
            if let Some(p) = a.panel {
                assert!(p.key.starts_with("a_"), "{}", p.key);
                assert!(!p.row.en.is_empty() && !p.column.en.is_empty(), "{}", p.key);
                assert!(p.range.min < p.range.max && p.step > 0.0, "{}", p.key);
                let dup = all
                    .iter()
                    .filter(|b| b.panel.is_some_and(|q| q.key == p.key))
                    .count();
                assert_eq!(dup, 1, "{}", p.key);
            }
        }
    }

    #[test]
    fn actual_figures_are_not_in_the_panel() {
        assert!(panel_inputs().all(|(i, _)| i.kind == InputKind::Row));
        assert!(is_actual_figure_key("a_x_pharma_v") && is_actual_figure_key("a_m_crude_v"));
        assert!(!is_actual_figure_key("a_x_pharma_t") && !is_actual_figure_key("a_x_nothing_v"));
        assert!(by_link_key("a_x_pharma_v").is_none());
    }
}
