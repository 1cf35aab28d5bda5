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
    // exports grow at 15 %: the scenario's final-year exports exceed the baseline's (8.4 %)
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
fn a_name_with_direction_controls_is_rejected_or_cleaned_and_the_cli_says_so() {
    let link = "name=Oil%20cut%20%E2%80%AE8202%20ni%20pots";
    let (code, _, err) = run(&["--scenario", link]);
    assert_eq!(code, 2);
    assert!(
        err.contains(
            "`name` holds invisible characters that change the direction of text: rejected"
        ),
        "{err}"
    );
    let (code, out, err) = run(&["--scenario", link, "--clamp"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("direction of text: they are removed"), "{err}");
    assert_eq!(json(&out)["scenario"]["name"], "Oil cut 8202 ni pots");
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
    // the names' keys, which --help lists beside the levers, are in the README's sharing section
    for key in ["name", "pinname"] {
        assert!(help.contains(&format!("{key} ")), "--help: {key}");
        assert!(readme.contains(&format!("`{key}=")), "README: {key}");
    }
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

fn num(v: &Value) -> f64 {
    v.as_f64().unwrap_or_else(|| panic!("not a number: {v}"))
}

#[test]
fn attribution_parts_add_up_to_the_change_it_reports() {
    let (code, out, err) = run(&["--scenario", "eaeu_cut=60&oil=-12&growth=20&nonoil=3"]);
    assert_eq!(code, 0, "{err}");
    let j = json(&out);
    for m in ["balance", "total_trade"] {
        let a = &j["attribution"][m];
        let parts: f64 = a["parts"].as_object().unwrap().values().map(num).sum();
        // each figure is written to a millionth: five roundings of at most half of one
        assert!(
            (parts - num(&a["change"])).abs() < 2.5e-6 + 1e-12,
            "{m}: {a}"
        );
        assert!((num(&a["scenario"]) - num(&j["projection"]["headline"][m])).abs() < 1e-12);
        assert_eq!(a["parts"].as_object().unwrap().len(), 4);
    }
    // the oil slowdown narrows the deficit: its part of the balance is positive
    assert!(num(&j["attribution"]["balance"]["parts"]["oil"]) > 0.0);
}

#[test]
fn the_band_is_the_same_on_every_run_and_ordered() {
    let args = ["--scenario", "growth=20&oil=-5"];
    let (_, a, _) = run(&args);
    let (_, b, _) = run(&args);
    let (ja, jb) = (json(&a), json(&b));
    assert_eq!(ja["uncertainty"], jb["uncertainty"]);
    let u = &ja["uncertainty"];
    assert_eq!(u["draws"], 400.0);
    assert_eq!(u["years"].as_array().unwrap().len(), 6);
    for m in ["balance", "total_trade"] {
        let q = |p: &str| {
            u[m][p]
                .as_array()
                .unwrap()
                .iter()
                .map(num)
                .collect::<Vec<f64>>()
        };
        let (lo, mid, hi) = (q("p10"), q("p50"), q("p90"));
        for t in 0..lo.len() {
            assert!(lo[t] <= mid[t] && mid[t] <= hi[t], "{m} {t}");
        }
        // the base year is actual data: no spread
        assert_eq!(lo[0], hi[0]);
    }
    let pr = num(&u["probability_target"]);
    assert!((0.0..=1.0).contains(&pr));
}

#[test]
fn solve_finds_a_value_whose_link_reaches_the_goal() {
    let (code, out, err) = run(&[
        "--scenario",
        "growth=40",
        "--solve",
        "target",
        "--for",
        "oil_mbd",
    ]);
    assert_eq!(code, 0, "{err}");
    let j = json(&out);
    assert_eq!(j["solve"]["answer"], "value", "{}", j["solve"]);
    let query = j["solve"]["query"].as_str().unwrap().to_string();
    let (code, out, err) = run(&["--scenario", &query]);
    assert_eq!(code, 0, "{err}");
    let h = &json(&out)["projection"]["headline"];
    assert!(num(&h["total_trade"]) >= num(&h["target"]), "{h}");
    // and the table says it in words
    let (_, table, _) = run(&[
        "--scenario",
        "growth=40",
        "--solve",
        "target",
        "--for",
        "oil_mbd",
        "--format",
        "table",
    ]);
    assert!(
        table.contains("To reach total trade of US$ 100 bn in FY2030-31: set “Russian crude bought in FY2026-27” to"),
        "{table}"
    );
}

#[test]
fn solve_says_when_no_value_reaches_the_goal() {
    let (code, out, _) = run(&["--solve", "balanced", "--for", "growth"]);
    assert_eq!(code, 0);
    let s = &json(&out)["solve"];
    assert_eq!(s["answer"], "unreachable");
    assert!(s["value"].is_null() && s["query"].is_null());
    let (_, table, _) = run(&[
        "--solve", "balanced", "--for", "growth", "--format", "table",
    ]);
    assert!(
        table.contains("No value of “Growth of India's exports to Russia”"),
        "{table}"
    );
}

#[test]
fn bad_solve_arguments_are_rejected_with_a_message() {
    for (args, says) in [
        (
            vec!["--solve", "surplus", "--for", "oil"],
            "--solve must be balanced, target or deficit-below=X",
        ),
        (
            vec!["--solve", "target", "--for", "oilx"],
            "did you mean `oil`?",
        ),
        (vec!["--solve", "target"], "--solve needs --for LEVER"),
        (vec!["--for", "oil"], "--for needs --solve GOAL"),
        (
            vec!["--solve", "deficit-below=abc", "--for", "oil"],
            "not `deficit-below=abc`",
        ),
    ] {
        let (code, _, err) = run(&args);
        assert_eq!(code, 2, "{args:?}");
        assert!(err.contains(says), "{args:?}: {err}");
    }
}

#[test]
fn a_pinned_scenario_in_the_link_is_printed_beside_the_scenario() {
    let (code, out, err) = run(&["--scenario", "growth=20&pin=eaeu_cut%3D50%26oil%3D-10"]);
    assert_eq!(code, 0, "{err}");
    let j = json(&out);
    assert_eq!(j["pinned"]["query"], "v=1&eaeu_cut=50&oil=-10");
    let (_, alone, _) = run(&["--scenario", "eaeu_cut=50&oil=-10"]);
    assert_eq!(
        j["pinned"]["balance"],
        json(&alone)["projection"]["balance"]
    );
    let (code, _, err) = run(&["--scenario", "pin=oil%3D-99"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("in the pinned scenario: `oil=-99` is outside the range"),
        "{err}"
    );
}

#[test]
fn a_named_pin_names_both_lines_and_what_moved_between_them() {
    let q =
        "eaeu_cut=50&oil_stop=2028&name=Half%20FTA%20plus%20stop&pin=oil%3D-20&pinname=Oil%20cut";
    let (code, out, err) = run(&["--scenario", q]);
    assert_eq!(code, 0, "{err}");
    let j = json(&out);
    assert_eq!(j["scenario"]["name"], "Half FTA plus stop");
    assert_eq!(j["pinned"]["name"], "Oil cut");
    for m in ["balance", "total_trade"] {
        let a = &j["moved_from_pinned"][m];
        let (yours, pinned) = (
            num(j["projection"][m].as_array().unwrap().last().unwrap()),
            num(j["pinned"][m].as_array().unwrap().last().unwrap()),
        );
        assert_eq!((num(&a["scenario"]), num(&a["pinned"])), (yours, pinned));
        let parts: f64 = a["parts"].as_object().unwrap().values().map(num).sum();
        assert!((parts - (yours - pinned)).abs() < 1e-5, "{m}: {parts}");
    }
    let (_, table, _) = run(&["--scenario", q, "--format", "table"]);
    assert!(
        table.contains("Pinned scenario “Oil cut” (v=1&oil=-20)"),
        "{table}"
    );
    assert!(table.contains("against the pinned scenario"), "{table}");
    assert!(
        table.contains("Scenario “Half FTA plus stop”: v=1&eaeu_cut=50&oil_stop=2028 "),
        "{table}"
    );
    // without a pin there is no pinned name, and no split from it
    let (code, _, err) = run(&["--scenario", "oil=-20&pinname=Oil%20cut"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("`pinname` names a pinned scenario, but none is pinned"),
        "{err}"
    );
    let (_, out, _) = run(&["--scenario", "oil=-20"]);
    assert!(json(&out).get("moved_from_pinned").is_none());
}

#[test]
fn a_whole_link_from_the_page_reads_as_its_scenario() {
    // "Copy link" gives the whole address; a fact-checker pastes it as it is
    let (code, from_link, err) = run(&[
        "--scenario",
        "https://example.org/calc/?v=1&eaeu_cut=50&oil=-10#top",
    ]);
    assert_eq!(code, 0, "{err}");
    let (_, from_query, _) = run(&["--scenario", "v=1&eaeu_cut=50&oil=-10"]);
    assert_eq!(
        json(&from_link)["projection"],
        json(&from_query)["projection"]
    );
}

/// `--vintages` lists every vintage, newest first, with its date; a link's `data=` computes on
/// that vintage's data; an unknown one is refused, or with --clamp read on the latest.
#[test]
fn a_links_data_vintage_chooses_the_data_it_computes_on() {
    let (code, list, err) = run(&["--vintages"]);
    assert_eq!(code, 0, "{err}");
    let ids: Vec<&str> = list.lines().map(|l| l.split(' ').next().unwrap()).collect();
    assert_eq!(ids, ["2026-07", "2025-08"], "{list}");
    assert!(
        list.lines().next().unwrap().contains("2026-07-18"),
        "{list}"
    );

    let (code, out, err) = run(&["--scenario", "data=2025-08&oil=-10"]);
    assert_eq!(code, 0, "{err}");
    let old = json(&out);
    assert_eq!(old["vintage"]["id"], "2025-08");
    assert_eq!(old["base_year"], "FY2024-25");
    assert_eq!(
        num(&old["projection"]["exports"]["total"][0]),
        4.88,
        "the FY2024-25 data as shipped"
    );
    let (_, out, _) = run(&["--scenario", "oil=-10"]);
    let latest = json(&out);
    assert_eq!(latest["vintage"]["id"], "2026-07");
    assert_eq!(latest["base_year"], "FY2025-26");
    let (_, out, _) = run(&["--scenario", "data=2026-07&oil=-10"]);
    assert_eq!(json(&out), latest, "data= naming the latest is the latest");

    let (code, _, err) = run(&["--scenario", "data=2031-01&oil=-10"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("`data=2031-01` names no vintage"), "{err}");
    let (code, out, err) = run(&["--scenario", "data=2031-01&oil=-10", "--clamp"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("the latest, 2026-07, is used"), "{err}");
    assert_eq!(json(&out)["projection"], latest["projection"]);
}
