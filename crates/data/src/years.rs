//! The actual years: each year's rows checked against each other (sector splits complete and
//! adding up, exports and imports making the total, a rupee rate), and the base year the latest,
//! official, fully split and within reach of the horizon.

use crate::{error, fy, Actual, DataError, Estimated, N_EXPORTS, N_IMPORTS};

/// What a year's rows say, before the checks.
#[derive(Default, Clone)]
pub(crate) struct YearRows {
    pub(crate) year: i32,
    pub(crate) exports: Option<(f64, usize)>,
    pub(crate) imports: Option<(f64, usize)>,
    pub(crate) total: Option<(f64, usize)>,
    pub(crate) inr: Option<(f64, usize)>,
    pub(crate) sectors: [Option<f64>; N_EXPORTS],
    pub(crate) groups: [Option<f64>; N_IMPORTS],
    /// Line of the first sector row, for messages.
    pub(crate) sector_line: usize,
    /// Its exports, imports and total rows that are not official (their tag is an estimate's).
    pub(crate) estimated: Estimated,
}

pub(crate) fn year_rows(years: &mut Vec<(i32, YearRows)>, year: i32) -> &mut YearRows {
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
/// The actual years, checked: sector splits complete and adding up, totals consistent, the base
/// year the latest and fully split, within reach of the horizon.
pub(crate) fn actual_years(
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
