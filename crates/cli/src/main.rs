//! Command-line twin of the page, for fact-checkers: the same model, the same link keys.
//!
//!     trade-balance --scenario 'eaeu_cut=50&oil=-10&growth=15' [--format json|table] [--clamp]
//!     trade-balance --vintages
//!
//! Every vintage of the data is compiled in (`trade_core::vintage::text`): a fact-checker's
//! binary reproduces any link, old ones included, with no files beside it and no network.

mod json;
mod update;

use std::ffi::OsString;
use std::process::ExitCode;
use trade_core::insight::solve::Goal;
use trade_core::link::{self, notice::closest, Notice};
use trade_core::model::levers::{lever, Lever, LEVERS};
use trade_core::present::files::{document::document, report};
use trade_core::present::format::Loc;
use trade_core::{baseline, data::EXPORT_SECTORS, vintage};

const USAGE: &str = "\
Usage: trade-balance [--scenario QUERY] [--format json|table] [--clamp] [--solve GOAL --for LEVER]
       trade-balance --vintages
       trade-balance update --help   (write the next release of the data: see there)

Projects India's trade with Russia to FY2030-31 (US$ bn) for a scenario written as the page's link
query string, and prints it beside current trends (every lever at its default), after the actual
years since FY2017-18.

  --scenario QUERY   e.g. 'eaeu_cut=50&oil=-10&growth=15' (default: current trends)
  --format FORMAT    json (default) or table
  --clamp            accept out-of-range or bad values as the page does (clamped or dropped,
                     with a warning) instead of rejecting them
  --solve GOAL       find the value of --for LEVER that reaches GOAL in FY2030-31, other levers
                     as in the scenario; GOAL is balanced, target ({target} total trade) or
                     deficit-below=X (US$ bn)
  --for LEVER        the lever to solve for (a key below)
  --vintages         list the data's vintages (the releases a link's data= can name), newest first
  -h, --help         this text

Scenario keys:";

/// The help text; its key lines are the README's key table (a test checks it).
fn usage(defaults: &trade_core::data::Params) -> String {
    // the target as the data set it (`target.total`)
    let target = trade_core::present::words::parts::target_amount(&terminal(), defaults.target);
    let mut s = USAGE.replacen("{target}", &target, 1);
    for l in LEVERS {
        s.push_str(&format!(
            "\n  {:<10} {}: {} (default {})",
            l.key,
            trade_core::model::levers::Lever::words(l.label, defaults.base_year),
            l.display_range_in(&terminal(), defaults.base_year),
            l.format(l.default_value(defaults))
        ));
    }
    s.push_str(
        "\n  a_...      any assumption of the page's Assumptions panel (as its links write them)",
    );
    s.push_str(
        "\n  name       the scenario's name, pinname the pinned scenario's (with pin=): at most 60\n             characters; they label the lines in the table and the JSON",
    );
    s.push_str(
        "\n  embed, chart, theme, controls, levers, lang, cur   page display flags (ignored here: the output is\n             always English and US$; the JSON's inr_per_usd gives each year's rupee rate)",
    );
    s.push_str(
        "\n  name, title, subtitle, note   the scenario's name and a chart's own words (echoed in the\n             JSON's scenario)",
    );
    s.push_str(
        "\n  data       the data's vintage the link was made on (an id of --vintages; without it, the\n             newest): a link keeps its figures when newer data come",
    );
    s.push_str(
        "\n  g_SECTOR   growth override for one export sector, same range as growth; SECTOR is one of",
    );
    for id in EXPORT_SECTORS {
        s.push(' ');
        s.push_str(id.id);
    }
    s
}

/// How the command line writes figures: English, US$, plain digits, and ordinary spaces in
/// amounts and units (the page holds a number and its unit together with no-break spaces, which a
/// terminal does not need and `grep` would not match): each text is written so, never cleaned
/// afterwards.
fn terminal() -> Loc<'static> {
    Loc::english().for_terminal()
}

/// A notice in the command line's words: rejected (the default), or what `--clamp` did instead.
fn for_cli(n: &Notice, clamp: bool) -> String {
    if let Notice::Pinned(inner) = n {
        return format!("in the pinned scenario: {}", for_cli(inner, clamp));
    }
    let (problem, accepted, hint) = link_problem(n).unwrap_or_else(|| value_problem(n));
    let verdict = if clamp { accepted } else { "rejected".into() };
    format!("{problem}: {verdict}{hint}")
}

/// What is wrong, what `--clamp` does instead, and a suggestion (or nothing).
type Problem = (String, String, String);

fn ignored(problem: String) -> Problem {
    (problem, "ignored".into(), String::new())
}

fn did_you_mean(s: &Option<&'static str>) -> String {
    s.map_or(String::new(), |k| format!(" (did you mean `{k}`?)"))
}

/// `data=` naming no vintage.
fn unknown_vintage(given: &str, latest: &str) -> Problem {
    (
        format!(
            "`data={given}` names no vintage of the data (see --vintages: {})",
            vintage::IDS.join(", ")
        ),
        format!("the latest, {latest}, is used"),
        String::new(),
    )
}

/// A problem with the link as a whole or with how it asks to be shown.
fn link_problem(n: &Notice) -> Option<Problem> {
    let said = |problem: String, accepted: &str| (problem, accepted.to_string(), String::new());
    Some(match n {
        Notice::TooLong { max } => said(
            format!("the scenario is longer than {max} characters"),
            "the rest is ignored",
        ),
        Notice::NameCut { max } => said(
            format!("the scenario's name is longer than {max} characters"),
            "it is shortened",
        ),
        Notice::TextCut { key, max } => said(
            format!("the chart's {key} is longer than {max} characters"),
            "it is shortened",
        ),
        Notice::BidiRemoved { key, cut } => said(
            format!(
                "`{key}` holds invisible characters that change the direction of text{}",
                cut.map_or(String::new(), |m| format!(
                    " and is longer than {m} characters"
                ))
            ),
            if cut.is_some() {
                "they are removed and it is shortened"
            } else {
                "they are removed"
            },
        ),
        Notice::Repeated { key } => said(
            format!("`{key}` is given more than once"),
            "the first value is used",
        ),
        Notice::UnknownVintage { given, latest } => unknown_vintage(given, latest),
        Notice::UnknownVersion { given } => (
            format!("unknown link format version `{given}`"),
            format!("read as version {}", link::FORMAT_VERSION),
            String::new(),
        ),
        Notice::NotAFlag { key, given, .. } => ignored(format!("`{key}={given}` should be 1 or 0")),
        Notice::UnknownChart { given } => {
            ignored(format!("`chart={given}` is not a chart of the page"))
        }
        Notice::UnknownTheme { given } => {
            ignored(format!("`theme={given}` is not light, dark or auto"))
        }
        Notice::UnknownLang { given } => ignored(format!("`lang={given}` is not en, hi or ru")),
        Notice::UnknownCurrency { given } => ignored(format!("`cur={given}` is not usd or inr")),
        Notice::UnknownLever { given, suggestion } => (
            format!("`levers` names an unknown lever `{given}`"),
            "ignored".into(),
            did_you_mean(suggestion),
        ),
        _ => return None,
    })
}

/// A problem with a key or its value, or with the pinned scenario.
fn value_problem(n: &Notice) -> Problem {
    let none = String::new;
    match n {
        Notice::UnknownKey { key, suggestion } => (
            format!("unknown key `{key}`"),
            "ignored".into(),
            did_you_mean(suggestion),
        ),
        Notice::NotANumber {
            key,
            given,
            target,
            default,
        } => (
            format!("`{key}={given}` is not a number"),
            format!("ignored, the default {} is used", target.display(*default)),
            none(),
        ),
        Notice::OutOfRange {
            key,
            given,
            target,
            used,
            base_year: y,
        } => (
            format!("`{key}={given}` is outside the range {}", target.range(*y)),
            format!("clamped to {}", target.display(*used)),
            none(),
        ),
        Notice::Snapped {
            key,
            given,
            target,
            used,
        } => (
            format!("`{key}={given}` lies between the lever's steps"),
            format!("rounded to {}", target.display(*used)),
            none(),
        ),
        Notice::ActualFigure { key } => ignored(format!(
            "`{key}` would change an actual year's official figure"
        )),
        Notice::PinnedAssumption { key } => ignored(format!(
            "`{key}` is an assumption, and a pinned scenario holds levers only"
        )),
        Notice::PinnedNothing => (
            "the pinned scenario names no lever".into(),
            "current trends are pinned".into(),
            none(),
        ),
        Notice::PinInPin => ignored("a pinned scenario holds a pin of its own".into()),
        Notice::PinNameWithoutPin => {
            ignored("`pinname` names a pinned scenario, but none is pinned".into())
        }
        // the link's own problems are `link_problem`'s; a pin's are its inner notice's
        _ => (String::new(), String::new(), none()),
    }
}

/// What `--format` asks for, read once from its value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Json,
    Table,
}

impl std::str::FromStr for Format {
    type Err = String;

    /// `json` or `table`, as `--help` writes them; anything else is a message for the reader.
    fn from_str(s: &str) -> Result<Format, String> {
        match s {
            "json" => Ok(Format::Json),
            "table" => Ok(Format::Table),
            _ => Err(format!("--format must be json or table, not `{s}`")),
        }
    }
}

struct Args {
    query: String,
    format: Format,
    clamp: bool,
    help: bool,
    vintages: bool,
    solve: Option<(Goal, &'static Lever)>,
}

/// Read the arguments; Err is the message for a bad command line (exit code 2).
fn parse_args(raw: impl Iterator<Item = OsString>) -> Result<Args, String> {
    let mut args = Args {
        query: String::new(),
        format: Format::Json,
        clamp: false,
        help: false,
        vintages: false,
        solve: None,
    };
    let mut seen: Vec<String> = Vec::new();
    let (mut goal, mut target): (Option<String>, Option<String>) = (None, None);
    let mut raw = raw.map(|a| {
        a.into_string()
            .map_err(|a| format!("argument `{}` is not valid UTF-8", a.to_string_lossy()))
    });
    let takes_value = |n: &str| ["--scenario", "--format", "--solve", "--for"].contains(&n);
    while let Some(a) = raw.next() {
        let a = a?;
        let (name, inline) = match a.split_once('=') {
            Some((n, v)) if takes_value(n) => (n.to_string(), Some(v.to_string())),
            _ => (a.clone(), None),
        };
        match name.as_str() {
            "-h" | "--help" => args.help = true,
            "--clamp" => args.clamp = true,
            "--vintages" => args.vintages = true,
            n if takes_value(n) => {
                let value = match inline {
                    Some(v) => v,
                    None => raw.next().ok_or(format!("{name} needs a value"))??,
                };
                if seen.contains(&name) {
                    return Err(format!("{name} is given more than once"));
                }
                seen.push(name.clone());
                match n {
                    // the query alone, or a whole link as the page's "Copy link" gives it
                    "--scenario" => args.query = link::query_of(&value).to_string(),
                    "--format" => args.format = value.parse()?,
                    "--solve" => goal = Some(value),
                    _ => target = Some(value),
                }
            }
            other => return Err(format!("unexpected argument `{other}`")),
        }
    }
    args.solve = solve_args(goal, target)?;
    Ok(args)
}

/// `--solve GOAL --for LEVER`: both or neither.
fn solve_args(
    goal: Option<String>,
    target: Option<String>,
) -> Result<Option<(Goal, &'static Lever)>, String> {
    match (goal, target) {
        (None, None) => Ok(None),
        (Some(_), None) => Err("--solve needs --for LEVER".into()),
        (None, Some(_)) => Err("--for needs --solve GOAL".into()),
        (Some(g), Some(t)) => {
            let goal = Goal::parse(&g).ok_or(format!(
                "--solve must be balanced, target or deficit-below=X (X from 0 to 1000), not `{g}`"
            ))?;
            let l = lever(&t).ok_or_else(|| {
                let keys: Vec<&str> = LEVERS.iter().map(|l| l.key).collect();
                let hint = did_you_mean(&closest(&t, keys.iter().copied()));
                format!("--for must name a lever, not `{t}`{hint}")
            })?;
            Ok(Some((goal, l)))
        }
    }
}

fn main() -> ExitCode {
    let mut raw = std::env::args_os().skip(1).peekable();
    if raw.peek().is_some_and(|a| a == "update") {
        return update::main(raw.skip(1).collect());
    }
    let b = match baseline() {
        Ok(b) => b,
        Err(e) => {
            eprintln!("error: the built-in data file is broken: {e}");
            return ExitCode::from(3);
        }
    };
    let args = match parse_args(raw) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("error: {e}\n\n{}", usage(&b.params));
            return ExitCode::from(2);
        }
    };
    if args.help {
        println!("{}", usage(&b.params));
        return ExitCode::SUCCESS;
    }
    if args.vintages {
        return list_vintages();
    }
    // the link's vintage, then the link read on its data (an unknown id is a notice)
    let Some(b) = link_data(&args.query, b) else {
        return ExitCode::from(3);
    };
    let d = link::decode(&args.query, &b.params);
    for n in &d.notices {
        let level = if args.clamp { "warning" } else { "error" };
        eprintln!("{level}: {}", for_cli(n, args.clamp));
    }
    if !d.notices.is_empty() && !args.clamp {
        eprintln!("(pass --clamp to accept these values as the page does)");
        return ExitCode::from(2);
    }
    print!("{}", write_report(b, &d, &args));
    ExitCode::SUCCESS
}

/// The link's report as a table or JSON; a projection the levers push past what India imports
/// at all is said on the terminal too.
fn write_report(b: &'static trade_core::data::Baseline, d: &link::Decoded, args: &Args) -> String {
    let r = report::Report {
        pinned: d.pinned.as_ref(),
        solve: args.solve,
        name: d.view.name.as_deref(),
        words: Some(&d.view.words),
        pinned_name: d.pinned_name.as_deref(),
        ..report::Report::new(b, &d.params, &d.scenario)
    };
    let loc = Loc::terminal(b, &d.params);
    let pr = trade_core::model::project(&d.params, &d.scenario);
    if let Some(note) = trade_core::present::words::narrative::crude_cap_note(&loc, &pr) {
        eprintln!("note: {note}");
    }
    match args.format {
        Format::Json => json::write(&document(&r)),
        Format::Table => report::to_table(&r),
    }
}

/// The data of the vintage a link names (the latest, `latest`, when it names none we have).
fn link_data(
    query: &str,
    latest: &'static trade_core::data::Baseline,
) -> Option<&'static trade_core::data::Baseline> {
    match vintage::baseline(link::vintage_of(query)) {
        Some(Ok(b)) => Some(b),
        Some(Err(e)) => {
            eprintln!("error: a built-in data file is broken: {e}");
            None
        }
        None => Some(latest),
    }
}

/// `--vintages`: each vintage's id, release date and years, newest first.
fn list_vintages() -> ExitCode {
    for (i, id) in vintage::IDS.iter().enumerate() {
        match vintage::baseline(id) {
            Some(Ok(b)) => {
                let v = &b.vintage;
                let latest = if i == 0 { "   (latest)" } else { "" };
                println!("{:<8} {:<10}  {}{latest}", v.id, v.date, v.covers);
            }
            _ => {
                eprintln!("error: the built-in data file of {id} is broken");
                return ExitCode::from(3);
            }
        }
    }
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Result<Args, String> {
        parse_args(a.iter().map(OsString::from))
    }

    #[test]
    fn the_format_is_read_once_into_its_type() {
        assert_eq!(args(&[]).unwrap().format, Format::Json);
        assert_eq!(args(&["--format", "table"]).unwrap().format, Format::Table);
        assert_eq!(args(&["--format=json"]).unwrap().format, Format::Json);
        // a bad value is refused where it is read, before any later argument
        for bad in ["xml", "JSON", ""] {
            let e = args(&["--format", bad, "--bogus"]).err().unwrap();
            assert_eq!(e, format!("--format must be json or table, not `{bad}`"));
        }
    }

    #[test]
    fn the_help_names_the_target_the_data_set() {
        let b = baseline().unwrap();
        let help = usage(&b.params);
        assert!(help.contains("target (US$ 100 bn total trade)"), "{help}");
        let other = trade_core::data::Params {
            target: 120.0,
            ..b.params
        };
        assert!(usage(&other).contains("target (US$ 120 bn total trade)"));
    }
}
