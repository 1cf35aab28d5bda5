//! The data file's rows: split into fields, each key read (the input table's, a year's, a
//! sector's chapters, the release's), each value checked against its range, then the checks that
//! need every row (the year checks are `years`, the chapter lists `chapters`).

use crate::chapters::{check_definitions, ChapterItem, Definition};
use crate::inputs::{inputs, Input, InputKind};
use crate::release::{valid_date, year_month, Vintage};
use crate::row::{number, rows, Raw};
use crate::years::{actual_years, year_rows, YearRows};
use crate::{
    crude_value, error, fy, running, Baseline, DataError, Datum, Flow, Params, Tag, CRUDE,
    EXPORT_IDS,
};

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
    Input(&'static Input),
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
                .ids()
                .iter()
                .position(|s| *s == id)
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

/// Parse and validate a data file. Errors name the line and what is wrong with it.
pub fn parse(text: &'static str) -> Result<Baseline, DataError> {
    let mut reader = Reader::default();
    for r in rows(text)?.iter() {
        reader.read(r)?;
    }
    reader.finish()
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

fn line_of(rows: &[Datum], key: &str) -> usize {
    rows.iter().find(|d| d.key == key).map_or(0, |d| d.line)
}

/// Checks across rows: markets hold the exports, and the crude volume at its price equals the
/// crude value.
fn check_consistency(p: &Params, rows: &[Datum]) -> Result<(), DataError> {
    for (id, e) in EXPORT_IDS.iter().zip(&p.exports) {
        if e.market < e.value {
            let key = format!("export.{id}.market");
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
