//! The running fiscal year: the months of the year after the base year published so far
//! (`running.FY2026-27.months`, `.exports`, `.imports`), official figures only. The charts show
//! them as a partial year and the headline compares them with the projection for the same months.

use crate::row::{number, Raw};
use crate::{error, fy, DataError, Tag};

/// The months of the running fiscal year published so far, US$ bn, cumulative from April.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Running {
    /// First calendar year of the fiscal year (2026 = FY2026-27): the one after the base year.
    pub year: i32,
    /// How many months, counted from April (1 to 11: a full year is a year of the history).
    pub months: u32,
    pub exports: f64,
    pub imports: f64,
    /// The exports row's source (the months' release).
    pub source: &'static str,
}

impl Running {
    pub fn total(&self) -> f64 {
        self.exports + self.imports
    }
    pub fn balance(&self) -> f64 {
        self.exports - self.imports
    }
    /// The share of the year the months are (7 months: 7/12), for the projection of the same
    /// months at an even pace.
    pub fn share(&self) -> f64 {
        f64::from(self.months) / 12.0
    }
    /// The last month as (calendar year, month 1–12): 7 months of FY2026-27 end in October 2026.
    pub fn last_month(&self) -> (i32, u32) {
        let m = 3 + self.months; // April is 4
        if m <= 12 {
            (self.year, m)
        } else {
            (self.year + 1, m - 12)
        }
    }
}

/// What a `running.` row names: the year and which figure.
pub(crate) fn key(key: &str) -> Option<(i32, &'static str)> {
    let rest = key.strip_prefix("running.")?;
    let (year, what) = rest.split_once('.')?;
    let what = ["months", "exports", "imports"]
        .into_iter()
        .find(|w| *w == what)?;
    Some((fy::parse(year)?, what))
}

/// The running year's rows as read (value, line), before the checks.
#[derive(Default)]
pub(crate) struct Rows {
    year: Option<(i32, usize)>,
    months: Option<f64>,
    exports: Option<(f64, &'static str)>,
    imports: Option<f64>,
}

impl Rows {
    /// Read one `running.` row: official (OFF or DER) only, months 1 to 11 whole, one year.
    pub(crate) fn read(
        &mut self,
        r: &Raw,
        year: i32,
        what: &str,
        tag: Tag,
    ) -> Result<f64, DataError> {
        if tag.is_estimate() {
            return Err(error(
                r.line,
                format!(
                    "`{}` is tagged {}: the running year's months are shown only from official figures (OFF or DER)",
                    r.key,
                    tag.code()
                ),
            ));
        }
        if let Some((y, line)) = self.year.filter(|(y, _)| *y != year) {
            return Err(error(
                r.line,
                format!(
                    "`{}` is of {}, but line {line} gives months of {}: one running year only",
                    r.key,
                    fy::label(year),
                    fy::label(y)
                ),
            ));
        }
        self.year = Some((year, r.line));
        let v = match what {
            "months" => {
                let v = number(r, 1.0, 11.0)?;
                if v.fract() != 0.0 {
                    return Err(error(
                        r.line,
                        format!("`{}` should be a whole number of months (1 to 11)", r.key),
                    ));
                }
                self.months = Some(v);
                v
            }
            "exports" => {
                let v = number(r, 0.0, 1e5)?;
                self.exports = Some((v, r.source));
                v
            }
            _ => {
                let v = number(r, 0.0, 1e5)?;
                self.imports = Some(v);
                v
            }
        };
        Ok(v)
    }

    /// The running year, checked against the base year: none, or all three rows of the year
    /// after it.
    pub(crate) fn finish(&self, base_year: i32) -> Result<Option<Running>, DataError> {
        let Some((year, line)) = self.year else {
            return Ok(None);
        };
        let fy = fy::label(year);
        if year != base_year + 1 {
            return Err(error(
                line,
                format!(
                    "the running year's months are of {fy}, but the year after the base year is {}: drop them once a year is complete",
                    fy::label(base_year + 1)
                ),
            ));
        }
        let (Some(months), Some((exports, source)), Some(imports)) =
            (self.months, self.exports, self.imports)
        else {
            let missing: Vec<String> = [
                ("months", self.months.is_none()),
                ("exports", self.exports.is_none()),
                ("imports", self.imports.is_none()),
            ]
            .into_iter()
            .filter(|(_, m)| *m)
            .map(|(w, _)| format!("running.{fy}.{w}"))
            .collect();
            return Err(error(
                line,
                format!(
                    "the running year {fy} needs its months, exports and imports; missing: {}",
                    missing.join(", ")
                ),
            ));
        };
        Ok(Some(Running {
            year,
            months: months as u32,
            exports,
            imports,
            source,
        }))
    }
}
