//! The command-line twin, run as a fact-checker would.

use serde_json::Value;
use std::ffi::OsStr;
use std::process::Command;

fn run_os(args: &[&OsStr]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_trade-balance"))
        .args(args)
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn run(args: &[&str]) -> (i32, String, String) {
    let args: Vec<&OsStr> = args.iter().map(OsStr::new).collect();
    run_os(&args)
}

fn json(out: &str) -> Value {
    serde_json::from_str(out).expect("the output is JSON")
}

#[test]
fn prints_json_for_the_readme_example() {
    let (code, out, err) = run(&["--scenario", "eaeu_cut=50&oil=-10&growth=15"]);
    assert_eq!(code, 0, "{err}");
    let j = json(&out);
    assert_eq!(j["scenario"]["query"], "v=1&eaeu_cut=50&oil=-10&growth=15");
    assert_eq!(j["years"][0], "FY2017-18");
    assert_eq!(j["kind"][0], "actual");
    assert_eq!(j["base_year"], "FY2025-26");
    let years = j["years"].as_array().unwrap();
    assert_eq!(years.last().unwrap(), "FY2030-31");
    assert_eq!(j["kind"].as_array().unwrap().last().unwrap(), "projection");
    // exports grow at 15 %: the scenario's final-year exports exceed the baseline's (12 %)
    let ex = |which: &str| j[which]["headline"]["exports"].as_f64().unwrap();
    assert!(ex("projection") > ex("baseline"));
    assert_eq!(j["scenario"]["levers"]["oil"], -10.0);
}

#[test]
fn prints_a_table() {
    let (code, out, _) = run(&["--scenario", "oil=-10", "--format", "table"]);
    assert_eq!(code, 0);
    assert!(out.contains("FY2030-31"));
    assert!(out.contains("Balance"));
}

#[test]
fn bad_input_is_rejected_with_a_message_that_says_so() {
    let (code, _, err) = run(&["--scenario", "oil=-80"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("`oil=-80` is outside the range −50 to 20 % a year: rejected"),
        "{err}"
    );
    assert!(!err.contains("used"), "{err}");
    let (code, _, err) = run(&["--scenario", "oil=abc&eaeucut=1"]);
    assert_eq!(code, 2);
    assert!(err.contains("`oil=abc` is not a number: rejected"), "{err}");
    assert!(
        err.contains("unknown key `eaeucut`: rejected (did you mean `eaeu_cut`?)"),
        "{err}"
    );
    let (code, _, err) = run(&["--format", "xml"]);
    assert_eq!(code, 2);
    assert!(err.contains("json or table"));
    let (code, _, _) = run(&["--bogus"]);
    assert_eq!(code, 2);
    let (code, _, err) = run(&["--scenario", "oil=-10", "--scenario", "oil=-20"]);
    assert_eq!(code, 2);
    assert!(err.contains("--scenario is given more than once"), "{err}");
    let (code, _, err) = run(&["--scenario"]);
    assert_eq!(code, 2);
    assert!(err.contains("--scenario needs a value"), "{err}");
}

#[test]
fn clamp_accepts_what_the_page_accepts_and_says_what_it_did() {
    let (code, out, err) = run(&["--scenario", "oil=-80", "--clamp"]);
    assert_eq!(code, 0);
    assert!(
        err.contains(
            "warning: `oil=-80` is outside the range −50 to 20 % a year: clamped to −50 % a year"
        ),
        "{err}"
    );
    assert_eq!(json(&out)["scenario"]["levers"]["oil"], -50.0);
}

#[test]
fn the_minus_sign_it_prints_is_accepted_back_and_minus_zero_is_zero() {
    let (code, out, err) = run(&["--scenario", "oil=\u{2212}10"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)["scenario"]["query"], "v=1&oil=-10");
    let (code, out, err) = run(&["--scenario=oil=-0"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)["scenario"]["query"], "v=1");
}

#[cfg(unix)]
#[test]
fn an_argument_that_is_not_utf8_is_an_error_not_an_abort() {
    use std::os::unix::ffi::OsStrExt;
    let bad = OsStr::from_bytes(b"oil=\xff\xfe");
    let (code, _, err) = run_os(&[OsStr::new("--scenario"), bad]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("is not valid UTF-8"), "{err}");
}

/// The README's key table must say what `--help` says: same keys, labels, ranges and defaults.
#[test]
fn the_readme_key_table_matches_help() {
    let (code, help, _) = run(&["--help"]);
    assert_eq!(code, 0);
    let readme = include_str!("../../../README.md");
    let table: Vec<Vec<String>> = readme
        .lines()
        .filter(|l| l.starts_with("| `"))
        .map(|l| {
            l.trim_matches('|')
                .split('|')
                .map(|c| c.trim().trim_matches('`').to_string())
                .collect()
        })
        .collect();
    let lines: Vec<&str> = help.lines().filter(|l| l.contains(" (default ")).collect();
    assert!(lines.len() >= 9, "{help}");
    assert_eq!(table.len(), lines.len(), "README rows vs --help lines");
    for (row, line) in table.iter().zip(&lines) {
        let (key, rest) = line.trim().split_once(' ').unwrap();
        let (label, rest) = rest.trim().split_once(": ").unwrap();
        let (range, default) = rest.rsplit_once(" (default ").unwrap();
        assert_eq!(
            row,
            &vec![
                key.to_string(),
                label.to_string(),
                range.to_string(),
                default.trim_end_matches(')').to_string()
            ],
            "README row for `{key}`"
        );
    }
}
