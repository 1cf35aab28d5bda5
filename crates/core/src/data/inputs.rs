//! Every number the data file holds in words: the data crate's input table (`trade_data::inputs`:
//! key, field, the range the file may hold) with, for each input, what it is in three languages
//! and, for the values a reader may change in the Assumptions panel, the link key, the panel's
//! range and step, its table and its labels, attached by the input's [`Field`]. The data parser,
//! the link codec, the JSON, the panel and the sources (panel and CSV) all read this table;
//! nothing else names a key. The rows that are records rather than inputs (the base year, past
//! years' totals and rates, each sector's HS chapters) are described in [`RECORDS`], and the data
//! file's units in [`UNITS`].

use crate::data::{FlowSectors, EXPORT_SECTORS, IMPORT_GROUPS};
use crate::tr::Tr;
use std::sync::OnceLock;
pub use trade_data::inputs::{Field, InputKind, Range};
pub use trade_data::Flow;

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

/// One number of the data file (the data crate's row: key, kind, field, range, `file_key`), with
/// its words.
#[derive(Clone, Debug, PartialEq)]
pub struct Input {
    pub row: trade_data::inputs::Input,
    /// Present when a reader may change it in the Assumptions panel.
    pub panel: Option<Panel>,
    /// What it is, in words ("{fy}" for the year of a per-year row).
    pub words: Tr,
}

impl std::ops::Deref for Input {
    type Target = trade_data::inputs::Input;
    fn deref(&self) -> &Self::Target {
        &self.row
    }
}

const fn r(min: f64, max: f64) -> Range {
    Range { min, max }
}

/// A column of the exports or imports table in words: one input per sector (or group).
struct Column {
    /// Last letter of the link key: `a_x_<id>_<short>`.
    short: &'static str,
    panel_range: Range,
    step: f64,
    label: Tr,
    unit: Tr,
    /// What it is, after the sector's name ("Pharmaceuticals: EAEU duty on Indian goods").
    words: Tr,
    /// Whether a reader may change it in the Assumptions panel (not the base year's actual
    /// figures: they are records, not assumptions).
    panel: bool,
}

const SIGMA: Tr = Tr::new(
    "Substitution between suppliers (σ)",
    "आपूर्तिकर्ताओं के बीच प्रतिस्थापन (σ)",
    "Замещение между поставщиками (σ)",
);
/// Units in words, one home: the data file's units ([`UNITS`]) and the levers' units
/// (`model::levers`) read these.
pub const US_BN: Tr = Tr::new("US$ bn", "अरब\u{a0}डॉलर", "млрд\u{a0}долл.");
pub const USD_PER_BBL: Tr = Tr::new("US$/bbl", "डॉलर प्रति बैरल", "долл./барр.");
pub const MBD: Tr = Tr::new("mb/d", "मिलियन बैरल प्रतिदिन", "млн барр./сут.");
/// A yearly rate as a lever writes it; the data file's `%/yr` in Hindi and Russian is the same.
pub const PCT_A_YEAR: Tr = Tr::new("% a year", "% सालाना", "% в год");
const PCT: Tr = Tr::same("%");
const NONE: Tr = Tr::same("");

const EXPORT_VALUE: Column = Column {
    short: "v",
    panel_range: r(0.0, 50.0),
    step: 0.001,
    label: Tr::new("{fy} exports", "{fy} निर्यात", "Экспорт, {fy}"),
    unit: US_BN,
    words: Tr::new("exports, {fy}", "निर्यात, {fy}", "экспорт, {fy}"),
    panel: false,
};

const EXPORT_TARIFF: Column = Column {
    short: "t",
    panel_range: r(0.0, 50.0),
    step: 0.1,
    label: Tr::new("EAEU duty", "EAEU शुल्क", "Пошлина ЕАЭС"),
    unit: PCT,
    words: Tr::new(
        "EAEU duty on Indian goods",
        "भारतीय सामान पर EAEU शुल्क",
        "пошлина ЕАЭС на индийские товары",
    ),
    panel: true,
};

const EXPORT_ELASTICITY: Column = Column {
    short: "e",
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
    panel: true,
};

const EXPORT_MARKET: Column = Column {
    short: "m",
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
    panel: true,
};

const IMPORT_VALUE: Column = Column {
    short: "v",
    panel_range: r(0.0, 200.0),
    step: 0.01,
    label: Tr::new("{fy} imports", "{fy} आयात", "Импорт, {fy}"),
    unit: US_BN,
    words: Tr::new("imports, {fy}", "आयात, {fy}", "импорт, {fy}"),
    panel: false,
};

const IMPORT_TARIFF: Column = Column {
    short: "t",
    panel_range: r(0.0, 100.0),
    step: 0.1,
    label: Tr::new("India's duty", "भारत का शुल्क", "Пошлина Индии"),
    unit: PCT,
    words: Tr::new("India's duty", "भारत का शुल्क", "пошлина Индии"),
    panel: true,
};

const IMPORT_ELASTICITY: Column = Column {
    short: "e",
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
    panel: true,
};

/// What the core says of a number that is not per sector: its words and its panel, if any.
struct About {
    field: Field,
    words: Tr,
    panel: Option<Panel>,
}

/// The numbers that are not per sector, in words (a test checks every input has its words).
const SCALARS: [About; 12] = [
    // actual.{fy}.exports
    About {
        field: Field::TotalExports,
        words: Tr::new(
            "India's exports to Russia, {fy}",
            "रूस को भारत का निर्यात, {fy}",
            "Экспорт Индии в Россию, {fy}",
        ),
        panel: None,
    },
    // actual.{fy}.imports
    About {
        field: Field::TotalImports,
        words: Tr::new(
            "India's imports from Russia, {fy}",
            "रूस से भारत का आयात, {fy}",
            "Импорт Индии из России, {fy}",
        ),
        panel: None,
    },
    // target.total
    About {
        field: Field::Target,
        words: Tr::new(
            "The two governments' trade target for 2030",
            "2030 के लिए दोनों सरकारों का व्यापार लक्ष्य",
            "Цель двух правительств по товарообороту на 2030\u{a0}год",
        ),
        panel: None,
    },
    // crude.volume
    About {
        field: Field::CrudeVolume,
        words: Tr::new(
            "Russian crude bought in the base year",
            "आधार वर्ष में ख़रीदा गया रूसी कच्चा तेल",
            "Закупки российской нефти в базовом году",
        ),
        panel: None,
    },
    // crude.price
    About {
        field: Field::CrudePrice,
        words: Tr::new(
            "India's average crude import price, base year",
            "कच्चे तेल के आयात की भारत की औसत कीमत, आधार वर्ष",
            "Средняя цена импорта нефти в Индию, базовый год",
        ),
        panel: None,
    },
    // crude.discount
    About {
        field: Field::CrudeDiscount,
        words: Tr::new(
            "Russian crude's discount to that price",
            "उस कीमत पर रूसी कच्चे तेल की छूट",
            "Скидка на российскую нефть к этой цене",
        ),
        panel: None,
    },
    // crude.outlook
    About {
        field: Field::CrudeOutlook,
        words: Tr::new(
            "Russian crude expected in the next year",
            "अगले वर्ष अपेक्षित रूसी कच्चा तेल",
            "Ожидаемые закупки российской нефти в следующем году",
        ),
        panel: None,
    },
    // crude.india_imports
    About {
        field: Field::CrudeIndiaImports,
        words: Tr::new(
            "India's crude oil imports from all suppliers (the most Russian crude can be)",
            "सभी आपूर्तिकर्ताओं से भारत का कच्चे तेल का आयात (रूसी कच्चे तेल की ऊपरी सीमा)",
            "Импорт нефти Индией от всех поставщиков (предел для российской нефти)",
        ),
        panel: None,
    },
    // growth.exports
    About {
        field: Field::GrowthExports,
        words: Tr::new(
            "Export growth on current trends",
            "मौजूदा रुझानों पर निर्यात वृद्धि",
            "Рост экспорта при текущих тенденциях",
        ),
        panel: None,
    },
    // growth.other_imports
    About {
        field: Field::GrowthNonoil,
        words: Tr::new(
            "Growth of other imports on current trends",
            "मौजूदा रुझानों पर अन्य आयात की वृद्धि",
            "Рост прочего импорта при текущих тенденциях",
        ),
        panel: None,
    },
    // elasticity.substitution
    About {
        field: Field::Substitution,
        words: SIGMA,
        panel: Some(Panel {
            key: "a_sigma",
            range: r(0.1, 10.0),
            step: 0.1,
            table: Table::Model,
            row: SIGMA,
            column: Tr::new("Elasticity", "लोच", "Эластичность"),
            unit: NONE,
        }),
    },
    // rate.inr
    About {
        field: Field::InrPerUsd,
        words: Tr::new(
            "Rupees per US$ in the projected years",
            "प्रक्षेपित वर्षों में रुपये की विनिमय दर (₹ प्रति डॉलर)",
            "Рупий за доллар в прогнозные годы",
        ),
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
    },
];

/// A per-sector input's column in words.
fn column(field: Field) -> Option<&'static Column> {
    match field {
        Field::ExportValue(_) => Some(&EXPORT_VALUE),
        Field::ExportTariff(_) => Some(&EXPORT_TARIFF),
        Field::ExportElasticity(_) => Some(&EXPORT_ELASTICITY),
        Field::ExportMarket(_) => Some(&EXPORT_MARKET),
        Field::ImportValue(_) => Some(&IMPORT_VALUE),
        Field::ImportTariff(_) => Some(&IMPORT_TARIFF),
        Field::ImportElasticity(_) => Some(&IMPORT_ELASTICITY),
        _ => None,
    }
}

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

/// The data crate's input with its words attached.
fn with_words(i: &trade_data::inputs::Input) -> Input {
    let (words, panel) = match (i.field.sector(), column(i.field)) {
        (Some((flow, s)), Some(c)) => {
            let row = flow.sectors()[s];
            let (table, letter) = match flow {
                Flow::Export => (Table::Exports, "x"),
                Flow::Import => (Table::Imports, "m"),
            };
            let panel = c.panel.then(|| Panel {
                key: leak(format!("a_{letter}_{}_{}", row.id, c.short)),
                range: c.panel_range,
                step: c.step,
                table,
                row: row.label,
                column: c.label,
                unit: c.unit,
            });
            (joined(row.label, c.words), panel)
        }
        _ => SCALARS
            .iter()
            .find(|a| a.field == i.field)
            .map_or((NONE, None), |a| (a.words, a.panel)),
    };
    Input {
        row: *i,
        panel,
        words,
    }
}

/// Every input: the exports and imports tables row by row, then the scalars.
pub fn inputs() -> &'static [Input] {
    static ALL: OnceLock<Vec<Input>> = OnceLock::new();
    ALL.get_or_init(|| {
        trade_data::inputs::inputs()
            .iter()
            .map(with_words)
            .collect()
    })
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
    ("US$/bbl", USD_PER_BBL),
    ("mb/d", MBD),
    (
        "INR per US$",
        Tr::new("INR per US$", "₹ प्रति डॉलर", "рупий за доллар"),
    ),
    ("%/yr", Tr::new("%/yr", PCT_A_YEAR.hi, PCT_A_YEAR.ru)),
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

    #[test]
    fn keys_are_unique_and_every_input_has_words_and_labels() {
        let all = inputs();
        // the data crate's table, each input with its words
        assert_eq!(all.len(), trade_data::inputs::inputs().len());
        for (i, a) in all.iter().enumerate() {
            let w = a.words;
            assert!(
                !w.en.is_empty() && !w.hi.is_empty() && !w.ru.is_empty(),
                "{}",
                a.key
            );
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
