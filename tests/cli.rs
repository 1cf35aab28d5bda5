//! The command-line twin, run as a fact-checker would.

use std::process::Command;

fn run(args: &[&str]) -> (i32, String, String) {
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

#[test]
fn prints_json_for_the_issue_example() {
    let (code, out, err) = run(&["--scenario", "eaeu_cut=50&oil=-10&growth=15"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("\"query\": \"v=1&eaeu_cut=50&oil=-10&growth=15\""));
    assert!(out.contains("\"years\": [\"FY2024-25\""));
    // exports grow at 15 %: the JSON's final-year exports exceed the baseline's (12 %)
    let finals: Vec<f64> = out
        .lines()
        .filter(|l| l.trim_start().starts_with("\"exports\": ") && !l.contains('{'))
        .map(|l| {
            l.split(':')
                .nth(1)
                .unwrap()
                .trim()
                .trim_end_matches(',')
                .parse()
                .unwrap()
        })
        .collect();
    assert_eq!(finals.len(), 2, "{out}");
    assert!(finals[0] > finals[1], "{finals:?}");
}

#[test]
fn prints_a_table() {
    let (code, out, _) = run(&["--scenario", "oil=-10", "--format", "table"]);
    assert_eq!(code, 0);
    assert!(out.contains("FY2030-31"));
    assert!(out.contains("Balance"));
}

#[test]
fn bad_input_is_refused_with_a_message() {
    let (code, _, err) = run(&["--scenario", "oil=-80"]);
    assert_eq!(code, 2);
    assert!(err.contains("outside −50 to 20 % a year"), "{err}");
    let (code, _, err) = run(&["--scenario", "oil=abc&x=1"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("not a number") && err.contains("unknown setting"),
        "{err}"
    );
    let (code, _, err) = run(&["--format", "xml"]);
    assert_eq!(code, 2);
    assert!(err.contains("json or table"));
    let (code, _, _) = run(&["--bogus"]);
    assert_eq!(code, 2);
    // --clamp accepts what the page accepts
    let (code, out, err) = run(&["--scenario", "oil=-80", "--clamp"]);
    assert_eq!(code, 0);
    assert!(err.contains("warning"));
    assert!(out.contains("\"oil\": -50"));
}
