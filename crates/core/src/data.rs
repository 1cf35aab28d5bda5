//! The baseline data file (`data/baseline.txt`): its parser and validator.
//!
//! The file is embedded in the binary at compile time and also checked by `build.rs`, which runs
//! this same parser: a malformed file fails the build with the line it is on, so the page and the
//! command line only ever see a file that parsed. This module has no dependencies at all (it is
//! compiled into the build script too, with the key table it reads).

use crate::inputs::{by_data_key, inputs};
use crate::tr::Tr;
use std::fmt;

/// The embedded data file.
pub const BASELINE_TEXT: &str = include_str!("../data/baseline.txt");
/// Its path, for messages.
pub const BASELINE_PATH: &str = "data/baseline.txt";

/// An export sector (India's exports to Russia of one kind of goods) or an import group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sector {
    /// Stable id, used in data-file keys, links and the JSON.
    pub id: &'static str,
    pub label: Tr,
}

const fn sector(id: &'static str, en: &'static str) -> Sector {
    Sector {
        id,
        label: Tr::new(en),
    }
}

/// India's export sectors, in display order.
pub const EXPORT_SECTORS: [Sector; 7] = [
    sector("pharma", "Pharmaceuticals"),
    sector("engineering", "Engineering goods"),
    sector("electronics", "Electronics"),
    sector("chemicals", "Chemicals"),
    sector("agri_food", "Agri and food"),
    sector("marine", "Marine products"),
    sector("other", "Other"),
];

/// India's import groups from Russia, in display order. Crude oil is always first.
pub const IMPORT_GROUPS: [Sector; 6] = [
    sector("crude", "Crude oil"),
    sector("other_fuels", "Other fuels and coal"),
    sector("fertilisers", "Fertilisers"),
    sector("veg_oils", "Vegetable oils"),
    sector("precious", "Precious stones and metals"),
    sector("other", "Other"),
];

pub const N_EXPORTS: usize = EXPORT_SECTORS.len();
pub const N_IMPORTS: usize = IMPORT_GROUPS.len();
/// Index of crude oil in [`IMPORT_GROUPS`].
pub const CRUDE: usize = 0;

/// What kind of figure a value is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tag {
    /// Official statistic.
    Off,
    /// Derived from official data by arithmetic.
    Der,
    /// Private tracker estimate.
    Trk,
    /// Press claim without a primary source.
    Press,
    /// Our own estimate.
    Est,
}

impl Tag {
    pub fn parse(s: &str) -> Option<Tag> {
        match s {
            "OFF" => Some(Tag::Off),
            "DER" => Some(Tag::Der),
            "TRK" => Some(Tag::Trk),
            "PRESS" => Some(Tag::Press),
            "EST" => Some(Tag::Est),
            _ => None,
        }
    }
    pub fn code(self) -> &'static str {
        match self {
            Tag::Off => "OFF",
            Tag::Der => "DER",
            Tag::Trk => "TRK",
            Tag::Press => "PRESS",
            Tag::Est => "EST",
        }
    }
    /// True for figures a reader should treat as estimates rather than statistics.
    pub fn is_estimate(self) -> bool {
        matches!(self, Tag::Trk | Tag::Press | Tag::Est)
    }
    pub const ALL: [Tag; 5] = [Tag::Off, Tag::Der, Tag::Trk, Tag::Press, Tag::Est];
    /// What the tag means, for readers.
    pub fn meaning(self) -> Tr {
        Tr::new(match self {
            Tag::Off => "Official statistic",
            Tag::Der => "Derived from official figures by arithmetic",
            Tag::Trk => "Private tracker estimate",
            Tag::Press => "Press claim without a primary source",
            Tag::Est => "Our estimate",
        })
    }
}

/// One row of the data file, with its provenance.
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

/// Data on one export sector. Percentages are in percent (4.7 means 4.7 %).
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct ExportData {
    /// FY2024-25 exports, US$ bn.
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
    /// FY2024-25 imports, US$ bn.
    pub value: f64,
    /// India's duty on Russian goods today, %.
    pub tariff: f64,
    /// India's import demand elasticity (magnitude).
    pub elasticity: f64,
}

/// Every number the model needs from the data file (plain numbers, no provenance).
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Params {
    pub total_exports: f64,
    pub total_imports: f64,
    /// The bilateral trade target, US$ bn.
    pub target: f64,
    pub exports: [ExportData; N_EXPORTS],
    pub imports: [ImportData; N_IMPORTS],
    /// Crude volume from Russia in the base year, million barrels a day.
    pub crude_volume: f64,
    /// Benchmark crude price in the base year, US$ a barrel.
    pub crude_price: f64,
    /// Russian discount to the benchmark in the base year, US$ a barrel.
    pub crude_discount: f64,
    /// Default growth of India's exports to Russia, % a year.
    pub growth_exports: f64,
    /// Default growth of non-oil imports from Russia, % a year.
    pub growth_nonoil: f64,
    /// Substitution elasticity between suppliers (SMART's σ).
    pub substitution: f64,
}

/// The parsed data file: the numbers and where each came from.
#[derive(Clone, Debug, PartialEq)]
pub struct Baseline {
    pub params: Params,
    pub rows: Vec<Datum>,
}

impl Baseline {
    /// The row for a key, if the file has it.
    pub fn datum(&self, key: &str) -> Option<&Datum> {
        self.rows.iter().find(|d| d.key == key)
    }
}

/// A problem in the data file.
#[derive(Clone, Debug, PartialEq)]
pub struct DataError {
    /// 1-based line number; 0 when the problem is with the file as a whole.
    pub line: usize,
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{BASELINE_PATH}: {}", self.message)
        } else {
            write!(f, "{BASELINE_PATH} line {}: {}", self.line, self.message)
        }
    }
}

impl std::error::Error for DataError {}

/// Parse and validate a data file. Errors name the line and what is wrong with it.
pub fn parse(text: &'static str) -> Result<Baseline, DataError> {
    let mut params = Params::default();
    let mut rows: Vec<Datum> = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let line = n + 1;
        let err = |message: String| DataError { line, message };
        let content = raw.trim();
        if content.is_empty() || content.starts_with('#') {
            continue;
        }
        let fields: Vec<&'static str> = content.split('|').map(str::trim).collect();
        if fields.len() != 5 {
            return Err(err(format!(
                "expected 5 fields `key | value | unit | tag | source`, found {}",
                fields.len()
            )));
        }
        let (key, value_text, unit, tag_text, source) =
            (fields[0], fields[1], fields[2], fields[3], fields[4]);
        let input = by_data_key(key).ok_or_else(|| err(format!("unknown key `{key}`")))?;
        if let Some(first) = rows.iter().find(|d| d.key == key) {
            return Err(err(format!(
                "key `{key}` appears twice (first on line {})",
                first.line
            )));
        }
        let value: f64 = value_text
            .parse()
            .map_err(|_| err(format!("value `{value_text}` of `{key}` is not a number")))?;
        if !input.data.contains(value) {
            return Err(err(format!(
                "value {value_text} of `{key}` is outside its allowed range {} to {}",
                input.data.min, input.data.max
            )));
        }
        let tag = Tag::parse(tag_text).ok_or_else(|| {
            err(format!(
                "tag `{tag_text}` of `{key}` is not one of OFF, DER, TRK, PRESS, EST"
            ))
        })?;
        if source.chars().count() < 8 {
            return Err(err(format!(
                "`{key}` has no source (or one too short to trace)"
            )));
        }
        input.field.load(&mut params, value);
        rows.push(Datum {
            key: input.key,
            value,
            unit,
            tag,
            source,
            line,
        });
    }
    let missing: Vec<&str> = inputs()
        .iter()
        .filter(|s| !rows.iter().any(|d| d.key == s.key))
        .map(|s| s.key)
        .collect();
    if !missing.is_empty() {
        return Err(DataError {
            line: 0,
            message: format!("missing keys: {}", missing.join(", ")),
        });
    }
    check_consistency(&params, &rows)?;
    Ok(Baseline { params, rows })
}

fn line_of(rows: &[Datum], key: &str) -> usize {
    rows.iter().find(|d| d.key == key).map_or(0, |d| d.line)
}

/// Checks across rows: sectors add up to the official totals, markets hold the exports, and the
/// crude volume at its price equals the crude value.
fn check_consistency(p: &Params, rows: &[Datum]) -> Result<(), DataError> {
    const TOLERANCE: f64 = 0.005; // US$ 5 m: the totals are published to two decimals
    let ex: f64 = p.exports.iter().map(|e| e.value).sum();
    if (ex - p.total_exports).abs() > TOLERANCE {
        return Err(DataError {
            line: line_of(rows, "total.exports"),
            message: format!(
                "export sectors add up to {ex:.3}, not the total {:.3} US$ bn",
                p.total_exports
            ),
        });
    }
    let im: f64 = p.imports.iter().map(|g| g.value).sum();
    if (im - p.total_imports).abs() > TOLERANCE {
        return Err(DataError {
            line: line_of(rows, "total.imports"),
            message: format!(
                "import groups add up to {im:.3}, not the total {:.3} US$ bn",
                p.total_imports
            ),
        });
    }
    for (s, e) in EXPORT_SECTORS.iter().zip(&p.exports) {
        if e.market < e.value {
            let key = format!("export.{}.market", s.id);
            return Err(DataError {
                line: line_of(rows, &key),
                message: format!(
                    "`{key}` ({}) is smaller than India's exports in the sector ({})",
                    e.market, e.value
                ),
            });
        }
    }
    if p.crude_discount >= p.crude_price {
        return Err(DataError {
            line: line_of(rows, "crude.discount"),
            message: "the crude discount must be smaller than the crude price".into(),
        });
    }
    let crude = crude_value(p.crude_volume, p.crude_price - p.crude_discount);
    let stated = p.imports[CRUDE].value;
    if (crude - stated).abs() > 0.005 * stated.max(1.0) {
        return Err(DataError {
            line: line_of(rows, "crude.volume"),
            message: format!(
                "crude volume × (price − discount) = {crude:.2} US$ bn, but `import.crude.value` is {stated:.2}"
            ),
        });
    }
    Ok(())
}

/// Value in US$ bn of a year's crude at `mbd` million barrels a day and `usd_per_bbl`.
pub fn crude_value(mbd: f64, usd_per_bbl: f64) -> f64 {
    mbd * 365.0 * usd_per_bbl / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> Baseline {
        match parse(BASELINE_TEXT) {
            Ok(b) => b,
            Err(e) => panic!("the shipped data file must parse: {e}"),
        }
    }

    #[test]
    fn shipped_file_sums_to_the_official_totals() {
        let b = shipped();
        let p = b.params;
        // The official FY2024-25 totals (Department of Commerce, Aug 2025).
        assert_eq!(p.total_exports, 4.88);
        assert_eq!(p.total_imports, 63.84);
        let ex: f64 = p.exports.iter().map(|e| e.value).sum();
        let im: f64 = p.imports.iter().map(|g| g.value).sum();
        assert!((ex - 4.88).abs() < 0.005, "exports add up to {ex}");
        assert!((im - 63.84).abs() < 0.005, "imports add up to {im}");
    }

    #[test]
    fn every_shipped_value_has_a_source_and_a_tag() {
        let b = shipped();
        assert_eq!(b.rows.len(), inputs().len());
        for d in &b.rows {
            assert!(d.source.len() >= 8, "{} has no source", d.key);
        }
        // Estimates exist in the file and are tagged as such: the page must be able to mark them.
        assert!(b.rows.iter().any(|d| d.tag == Tag::Est));
        assert!(b.datum("total.exports").is_some_and(|d| d.tag == Tag::Off));
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
    }

    #[test]
    fn malformed_rows_are_errors_naming_the_line() {
        let cases = [
            (
                "export.pharma.value | abc | US$ bn | OFF | some source text",
                "not a number",
            ),
            (
                "export.pharma.value | 0.577 | US$ bn | MAYBE | some source text",
                "tag",
            ),
            (
                "export.pharma.value | 0.577 | US$ bn | OFF",
                "expected 5 fields",
            ),
            (
                "export.pharma.value | NaN | US$ bn | OFF | some source text",
                "outside",
            ),
            (
                "export.pharma.value | -1 | US$ bn | OFF | some source text",
                "outside",
            ),
            (
                "export.pharmacy.value | 0.577 | US$ bn | OFF | some source text",
                "unknown key",
            ),
        ];
        let line = line_number_of("export.pharma.value");
        for (row, why) in cases {
            let e = parse(altered("export.pharma.value", Some(row))).unwrap_err();
            assert_eq!(e.line, line, "{row}");
            assert!(e.message.contains(why), "{row}: {e}");
        }
    }

    #[test]
    fn missing_duplicate_and_inconsistent_rows_are_errors() {
        let e = parse(altered("import.veg_oils.value", None)).unwrap_err();
        assert!(
            e.message.contains("missing keys: import.veg_oils.value"),
            "{e}"
        );

        let dup = leak(format!(
            "{BASELINE_TEXT}\ncrude.price | 80 | US$/bbl | EST | a second price row\n"
        ));
        let e = parse(dup).unwrap_err();
        assert!(e.message.contains("appears twice"), "{e}");

        // Pharma 0.577 → 0.677 breaks the sum to 4.88.
        let off = altered(
            "export.pharma.value",
            Some("export.pharma.value | 0.677 | US$ bn | PRESS | some source text"),
        );
        let e = parse(off).unwrap_err();
        assert!(e.message.contains("add up to 4.980"), "{e}");
        assert_eq!(e.line, line_number_of("total.exports"));
    }
}
