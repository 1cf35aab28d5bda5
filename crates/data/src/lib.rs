//! A release's data file (`data/vintages/<id>/baseline.txt`) and the HS-chapter file behind its
//! sectors (`data/vintages/<id>/tradestat-russia-hs2.txt`): the typed rows and values, the row
//! parser, the year checks, the release rows, the HS-chapter check and the crude-value formula.
//!
//! No dependencies at all: the core (`trade-core`) reads every file through [`parse`], and the
//! core's build script runs the same parser and chapter check over every vintage, so a malformed
//! file fails the build with the line it is on. Words for readers (sector names, tag badges, the
//! input table in three languages) are the core's: this crate knows keys, fields and ranges.

mod chapters;
pub mod fy;
pub mod inputs;
mod parse;
mod release;
mod row;
pub mod running;
mod values;
mod years;

pub use chapters::{chapter_owners_in, check_chapters, ChapterItem, Definition};
pub use parse::parse;
pub use release::{is_release_row, year_month, Vintage, RELEASE_KEYS};
pub use running::Running;
pub use values::{Actual, Estimated, ExportData, ImportData, Params};

use std::fmt;

/// A data file's name in its vintage's folder, for messages (`data/vintages/<id>/baseline.txt`).
pub const BASELINE_PATH: &str = "baseline.txt";
/// The HS-chapter file (read by the build and the tests only; the page does not need it).
pub const CHAPTERS_PATH: &str = "tradestat-russia-hs2.txt";

/// India's export sectors by id (data-file keys, links, the JSON), in display order.
pub const EXPORT_IDS: [&str; 7] = [
    "pharma",
    "engineering",
    "electronics",
    "chemicals",
    "agri_food",
    "marine",
    "other",
];
/// India's import groups from Russia by id, in display order. Crude oil is always first.
pub const IMPORT_IDS: [&str; 6] = [
    "crude",
    "other_fuels",
    "fertilisers",
    "veg_oils",
    "precious",
    "other",
];

pub const N_EXPORTS: usize = EXPORT_IDS.len();
pub const N_IMPORTS: usize = IMPORT_IDS.len();
/// Index of crude oil in [`IMPORT_IDS`].
pub const CRUDE: usize = 0;

/// Exports (India to Russia) or imports (Russia to India).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flow {
    Export,
    Import,
}

impl Flow {
    pub const BOTH: [Flow; 2] = [Flow::Export, Flow::Import];

    pub fn prefix(self) -> &'static str {
        match self {
            Flow::Export => "export",
            Flow::Import => "import",
        }
    }
    /// The flow's sectors (or groups) by id, in display order.
    pub fn ids(self) -> &'static [&'static str] {
        match self {
            Flow::Export => &EXPORT_IDS,
            Flow::Import => &IMPORT_IDS,
        }
    }
    /// `export` or `import`, as a data-file key or a chapter row begins.
    pub fn parse(s: &str) -> Option<Flow> {
        Flow::BOTH.into_iter().find(|f| f.prefix() == s)
    }
}

/// What kind of figure a value is (the core words each one for readers).
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

/// A problem on a line of the data file.
fn error(line: usize, message: String) -> DataError {
    DataError {
        file: BASELINE_PATH,
        line,
        message,
    }
}

/// Days in a year of crude purchases: the data file's own convention (its FY2025-26 crude row is
/// 1.625 mb/d × 365 days × US$ 66.81).
pub const DAYS_A_YEAR: f64 = 365.0;

/// The value of a year's crude, US$ bn: volume (million barrels a day) × days × (price −
/// discount, US$ a barrel) / 1000. The data file's base year is checked against it, and the model
/// projects crude with it whatever the base year's value is (an actual year's figure never scales
/// the projection).
pub fn crude_value(volume_mbd: f64, unit_value: f64) -> f64 {
    volume_mbd * DAYS_A_YEAR * unit_value / 1000.0
}
