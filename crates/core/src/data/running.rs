//! The running fiscal year: the months of the year after the base year published so far
//! (`running.FY2026-27.months`, `.exports`, `.imports`), official figures only. The charts show
//! them as a partial year and the headline compares them with the projection for the same months.

use super::{error, number, DataError, Raw, Tag};
use crate::fy;

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
pub(super) fn key(key: &str) -> Option<(i32, &'static str)> {
    let rest = key.strip_prefix("running.")?;
    let (year, what) = rest.split_once('.')?;
    let what = ["months", "exports", "imports"]
        .into_iter()
        .find(|w| *w == what)?;
    Some((fy::parse(year)?, what))
}

/// The running year's rows as read (value, line), before the checks.
#[derive(Default)]
pub(super) struct Rows {
    year: Option<(i32, usize)>,
    months: Option<f64>,
    exports: Option<(f64, &'static str)>,
    imports: Option<f64>,
}

impl Rows {
    /// Read one `running.` row: official (OFF or DER) only, months 1 to 11 whole, one year.
    pub(super) fn read(
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
    pub(super) fn finish(&self, base_year: i32) -> Result<Option<Running>, DataError> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{parse, BASELINE_TEXT};

    fn with(rows: &str) -> Result<crate::data::Baseline, DataError> {
        parse(Box::leak(
            format!("{BASELINE_TEXT}\n{rows}").into_boxed_str(),
        ))
    }

    fn refused(rows: &str, says: &str) {
        match with(rows) {
            Ok(_) => panic!("accepted: {rows}"),
            Err(e) => assert!(e.to_string().contains(says), "{rows}\n{e}"),
        }
    }

    #[test]
    fn the_fixture_s_months_are_read_and_the_shipped_file_has_none() {
        assert_eq!(crate::baseline().unwrap().running, None);
        let r = crate::baseline_with_running().running.unwrap();
        assert_eq!((r.year, r.months), (2026, 7));
        assert_eq!((r.exports, r.imports), (4.05, 26.05));
        assert!((r.total() - 30.1).abs() < 1e-9 && (r.balance() + 22.0).abs() < 1e-9);
        assert_eq!(r.last_month(), (2026, 10));
        assert!(r.source.contains("April-October 2026"));
    }

    #[test]
    fn the_last_month_runs_from_april_into_the_next_calendar_year() {
        let r = |months| Running {
            year: 2026,
            months,
            exports: 1.0,
            imports: 1.0,
            source: "",
        };
        assert_eq!(r(1).last_month(), (2026, 4));
        assert_eq!(r(9).last_month(), (2026, 12));
        assert_eq!(r(10).last_month(), (2027, 1));
        assert_eq!(r(11).last_month(), (2027, 2));
    }

    const ROWS: &str = crate::RUNNING_ROWS;

    #[test]
    fn a_running_year_other_than_the_one_after_the_base_year_is_refused() {
        refused(
            &ROWS.replace("FY2026-27", "FY2027-28"),
            "the year after the base year is FY2026-27",
        );
        refused(
            &ROWS.replace("FY2026-27", "FY2025-26"),
            "the year after the base year is FY2026-27",
        );
        // two years at once
        refused(
            &ROWS.replacen("running.FY2026-27.imports", "running.FY2027-28.imports", 1),
            "one running year only",
        );
    }

    #[test]
    fn months_out_of_range_or_broken_are_refused() {
        for m in ["0", "12", "-1"] {
            refused(
                &ROWS.replace("months | 7 |", &format!("months | {m} |")),
                "outside its allowed range 1 to 11",
            );
        }
        refused(
            &ROWS.replace("months | 7 |", "months | 6.5 |"),
            "a whole number of months",
        );
        refused(&ROWS.replace("| 4.05 |", "| lots |"), "is not a number");
    }

    #[test]
    fn a_missing_half_is_refused_by_name() {
        let without = |what: &str| -> String {
            ROWS.lines()
                .filter(|l| !l.starts_with(&format!("running.FY2026-27.{what} ")))
                .map(|l| format!("{l}\n"))
                .collect()
        };
        for what in ["months", "exports", "imports"] {
            refused(
                &without(what),
                &format!("missing: running.FY2026-27.{what}"),
            );
        }
    }

    #[test]
    fn estimates_are_refused_and_official_or_derived_figures_accepted() {
        for tag in ["EST", "PRESS", "TRK", "PUB"] {
            refused(
                &ROWS.replacen("| US$ bn | OFF |", &format!("| US$ bn | {tag} |"), 1),
                &format!("is tagged {tag}: the running year's months are shown only from official figures"),
            );
        }
        let der = with(&ROWS.replace("| US$ bn | OFF |", "| US$ bn | DER |")).unwrap();
        assert_eq!(der.running.map(|r| r.months), Some(7));
        refused(
            &ROWS.replace("running.FY2026-27.months", "running.FY2026-27.weeks"),
            "unknown key",
        );
    }
}
