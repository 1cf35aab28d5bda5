//! Command-line twin of the page, for fact-checkers: the same model, the same scenario keys.
//!
//!     trade-balance --scenario 'eaeu_cut=50&oil=-10&growth=15' [--format json|table] [--clamp]

use std::process::ExitCode;
use trade_calc::levers::LEVERS;
use trade_calc::{baseline, report, scenario};

const USAGE: &str = "\
Usage: trade-balance [--scenario QUERY] [--format json|table] [--clamp]

Projects India's trade with Russia to FY2030-31 (US$ bn) for a scenario written as the page's URL
query string, and prints it beside the baseline (every lever at its default).

  --scenario QUERY   e.g. 'eaeu_cut=50&oil=-10&growth=15' (default: the baseline)
  --format FORMAT    json (default) or table
  --clamp            accept out-of-range or bad values as the page does (clamped or dropped,
                     with a warning) instead of refusing them
  -h, --help         this text

Scenario keys:";

fn usage() -> String {
    let mut s = USAGE.to_string();
    for l in LEVERS {
        s.push_str(&format!(
            "\n  {:<10} {} ({} to {} {})",
            l.key,
            l.label,
            l.format(l.min),
            l.format(l.max),
            l.unit
        ));
    }
    s.push_str(
        "\n  a_...      any assumption of the page's Assumptions panel (as its links write them)",
    );
    s.push_str("\n  embed, chart, theme, controls, levers   page display flags (ignored here)");
    s.push_str("\n  g_SECTOR   growth override for one export sector, same range as growth; SECTOR is one of");
    for id in trade_calc::data::EXPORT_SECTORS {
        s.push(' ');
        s.push_str(id.id);
    }
    s
}

fn main() -> ExitCode {
    let mut query = String::new();
    let mut format = "json".to_string();
    let mut clamp = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "-h" | "--help" => {
                println!("{}", usage());
                return ExitCode::SUCCESS;
            }
            "--clamp" => clamp = true,
            "--scenario" | "--format" => {
                let Some(v) = args.next() else {
                    eprintln!("error: {a} needs a value\n\n{}", usage());
                    return ExitCode::from(2);
                };
                if a == "--scenario" {
                    query = v;
                } else {
                    format = v;
                }
            }
            other => {
                if let Some(v) = other.strip_prefix("--scenario=") {
                    query = v.to_string();
                } else if let Some(v) = other.strip_prefix("--format=") {
                    format = v.to_string();
                } else {
                    eprintln!("error: unexpected argument `{other}`\n\n{}", usage());
                    return ExitCode::from(2);
                }
            }
        }
    }
    if format != "json" && format != "table" {
        eprintln!("error: --format must be json or table, not `{format}`");
        return ExitCode::from(2);
    }
    let b = match baseline() {
        Ok(b) => b,
        Err(e) => {
            eprintln!("error: the built-in data file is broken: {e}");
            return ExitCode::from(3);
        }
    };
    let scenario::Decoded {
        scenario: s,
        params,
        notices,
        ..
    } = scenario::decode_full(&query, &b.params);
    if !notices.is_empty() {
        for n in &notices {
            eprintln!("{}: {}", if clamp { "warning" } else { "error" }, n.message);
        }
        if !clamp {
            eprintln!("(pass --clamp to accept these changes, as the page does)");
            return ExitCode::from(2);
        }
    }
    let out = if format == "json" {
        report::to_json(b, &params, &s)
    } else {
        report::to_table(b, &params, &s)
    };
    print!("{out}");
    ExitCode::SUCCESS
}
