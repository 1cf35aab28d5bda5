//! The India–Russia trade calculator's core: the data file, the lever and input tables, the
//! projection model, the link codec and everything that presents a projection (sentences, chart
//! data, SVG, JSON, CSV). Plain Rust whose only dependency is the workspace's data crate
//! (`trade-data`: the data file's parser and checks): the page (the workspace's root package) and
//! the command line (`crates/cli`) are thin front ends over it.

pub mod data;
pub mod insight;
pub mod link;
pub mod model;
pub mod present;
pub mod presets;
pub mod releases;
pub mod text;
pub mod tr;
pub mod vintage;

/// Fiscal years (the data crate's: its parser reads them).
pub use trade_data::fy;

use std::sync::OnceLock;

/// The shipped baseline, parsed once. `build.rs` already ran the same parser over the same file,
/// so an error here cannot happen in a build that succeeded; callers still handle it.
pub fn baseline() -> Result<&'static data::Baseline, &'static data::DataError> {
    static BASELINE: OnceLock<Result<data::Baseline, data::DataError>> = OnceLock::new();
    BASELINE
        .get_or_init(|| data::parse(data::BASELINE_TEXT))
        .as_ref()
}

/// For the tests of how unofficial past figures are marked (dashed, named, in the `estimated`
/// columns): the shipped file with FY2020-21's exports and imports tagged as a press report and
/// FY2022-23's exports as our estimate, values unchanged. Every past year of the shipped file is
/// official since the early years' split was found (issue 36), but an older vintage or the next
/// release may carry such figures again.
#[cfg(test)]
pub(crate) fn baseline_with_estimates() -> &'static data::Baseline {
    static FIXTURE: OnceLock<data::Baseline> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let retag = |line: &str, tag: &str| {
            let mut fields: Vec<&str> = line.split(" | ").collect();
            fields[3] = tag;
            fields.join(" | ")
        };
        let text: Vec<String> = data::BASELINE_TEXT
            .lines()
            .map(|l| match l.split(" | ").next() {
                Some("actual.FY2020-21.exports" | "actual.FY2020-21.imports") => retag(l, "PRESS"),
                Some("actual.FY2022-23.exports") => retag(l, "EST"),
                _ => l.to_string(),
            })
            .collect();
        match data::parse(Box::leak(text.join("\n").into_boxed_str())) {
            Ok(b) => b,
            Err(e) => panic!("the fixture with estimated years: {e}"),
        }
    })
}

/// The running fiscal year's rows of the test fixture: April–October of the year after the base
/// year, made-up figures tagged official (no official months were to hand when the mechanism was
/// built; the shipped file carries none until they are read off TradeStat).
#[cfg(test)]
pub(crate) const RUNNING_ROWS: &str = "\
running.FY2026-27.months | 7 | months | OFF | Fixture: April to October 2026, cumulative (TradeStat country-wise, test figures)
running.FY2026-27.exports | 4.05 | US$ bn | OFF | Fixture: TradeStat country-wise total trade, April-October 2026 (test figures)
running.FY2026-27.imports | 26.05 | US$ bn | OFF | Fixture: TradeStat country-wise total trade, April-October 2026 (test figures)
";

/// For the tests of the running fiscal year: the shipped file with [`RUNNING_ROWS`] added.
#[cfg(test)]
pub(crate) fn baseline_with_running() -> &'static data::Baseline {
    static FIXTURE: OnceLock<data::Baseline> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let text = format!("{}\n{RUNNING_ROWS}", data::BASELINE_TEXT);
        match data::parse(Box::leak(text.into_boxed_str())) {
            Ok(b) => b,
            Err(e) => panic!("the fixture with a running year: {e}"),
        }
    })
}

/// Next year's data as a data edit: the shipped file with FY2026-27's totals and splits (a copy
/// of FY2025-26's, 10 % up) and `base.year` moved to 2026 (the crude volume scaled so that the
/// crude rows still describe the base year).
#[cfg(test)]
pub(crate) fn baseline_one_year_on() -> &'static data::Baseline {
    static FIXTURE: OnceLock<data::Baseline> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let mut text = data::BASELINE_TEXT.replace("base.year | 2025 |", "base.year | 2026 |");
        for l in data::BASELINE_TEXT
            .lines()
            .filter(|l| l.contains(".FY2025-26"))
        {
            let mut f: Vec<String> = l.split(" | ").map(String::from).collect();
            f[0] = f[0].replace("FY2025-26", "FY2026-27");
            let v: f64 = f[1].parse().unwrap_or(f64::NAN);
            f[1] = format!("{}", (v * 1.1 * 1e6).round() / 1e6);
            text.push_str(&f.join(" | "));
            text.push('\n');
        }
        let text = text.replace("crude.volume | 1.625 |", "crude.volume | 1.7875 |");
        match data::parse(Box::leak(text.into_boxed_str())) {
            Ok(b) => b,
            Err(e) => panic!("the fixture one year on: {e}"),
        }
    })
}
