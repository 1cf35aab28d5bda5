//! The command line's output for a fixed set of links, byte for byte: a restructuring of the code
//! must not change a digit or a word of it. The expected outputs are in `tests/golden/`; after a
//! change meant to alter them (new data, new wording), write them again with
//! `UPDATE_GOLDEN=1 cargo test -p trade-cli --test golden` and read the diff before committing.

use std::path::PathBuf;
use std::process::Command;

/// Each case: a file name and the arguments. Together they reach every part of the output: the
/// JSON and the table, every lever moved, assumptions changed, a pinned scenario, a name, the
/// solver (met, unreachable, already met), clamped values, each kind of notice and the crude cap.
const CASES: &[(&str, &[&str])] = &[
    ("default.json", &[]),
    ("default.txt", &["--format", "table"]),
    ("readme.json", &["--scenario", "eaeu_cut=50&oil=-10&growth=15"]),
    ("readme.txt", &["--scenario", "eaeu_cut=50&oil=-10&growth=15", "--format", "table"]),
    (
        "every-lever.json",
        &["--scenario", "eaeu_cut=80&start=2028&phase=3&india_cut=40&oil_mbd=1.5&oil=-15&oil_stop=2029&oil_price=75&oil_disc=8&growth=20&nonoil=5&g_pharma=25"],
    ),
    (
        "assumptions-pinned-named.json",
        &["--scenario", "oil=-10&a_x_pharma_t=10&pin=eaeu_cut%3D50&name=Oil%20and%20tariffs"],
    ),
    ("solve-target.json", &["--scenario", "eaeu_cut=50", "--solve", "target", "--for", "growth"]),
    ("solve-unreachable.txt", &["--solve", "target", "--for", "eaeu_cut", "--format", "table"]),
    ("solve-balanced.json", &["--scenario", "oil_stop=2026", "--solve", "balanced", "--for", "oil"]),
    (
        "clamped.json",
        &["--scenario", "oil=-80&growth=abc&junk=1&oil=5&levers=nope&name=%01x", "--clamp"],
    ),
    ("full-url.json", &["--scenario", "https://example.org/calc/?v=1&oil=-20#sources"]),
    // Russian crude capped at India's crude imports from all suppliers, with its note
    ("crude-capped.txt", &["--scenario", "oil_mbd=2.5&oil=20", "--format", "table"]),
    // a chance above 0 that rounds to 0 % ("< 1 %"); a cumulative surplus
    ("low-chance.txt", &["--scenario", "oil=-15&growth=15&eaeu_cut=40", "--format", "table"]),
    (
        "surplus.txt",
        &["--scenario", "growth=40&oil_stop=2026&nonoil=-20&eaeu_cut=100&start=2026&phase=1", "--format", "table"],
    ),
    (
        "pin-named.txt",
        &["--scenario", "v=1&eaeu_cut=50&oil_stop=2028&name=Half%20FTA%20plus%20stop&pin=oil%3D-20&pinname=Oil%20%E2%88%9220%20%25", "--format", "table"],
    ),
    // the FY2024-25 vintage (an old link), its JSON and table; an unknown vintage, clamped
    ("vintage-2025-08.json", &["--scenario", "data=2025-08&eaeu_cut=50&oil=-10"]),
    ("vintage-2025-08.txt", &["--scenario", "data=2025-08&eaeu_cut=50&oil=-10", "--format", "table"]),
    ("vintage-unknown.txt", &["--scenario", "data=2031-01&oil=-10", "--format", "table", "--clamp"]),
    ("vintages.txt", &["--vintages"]),
    // the target beaten (by US$ 24 bn), first reached in FY2029-30: every other case falls short
    ("beats-target.json", &["--scenario", "growth=40&eaeu_cut=100&start=2026&phase=1&oil=20&oil_price=90"]),
    ("beats-target.txt", &["--scenario", "growth=40&eaeu_cut=100&start=2026&phase=1&oil=20&oil_price=90", "--format", "table"]),
    (
        "pin-named.json",
        &["--scenario", "v=1&eaeu_cut=50&oil_stop=2028&name=Half%20FTA%20plus%20stop&pin=oil%3D-20&pinname=Oil%20%E2%88%9220%20%25"],
    ),
];

fn golden(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name)
}

/// What a run prints: stdout, then stderr under a marker, then the exit code.
fn run(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_trade-balance"))
        .args(args)
        .output()
        .expect("runs");
    format!(
        "{}\n--- stderr ---\n{}--- exit {} ---\n",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
        out.status.code().unwrap_or(-1)
    )
}

#[test]
fn the_output_for_a_fixed_set_of_links_stays_byte_for_byte_the_same() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut changed = Vec::new();
    for (name, args) in CASES {
        let got = run(args);
        let path = golden(name);
        if update {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &got).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&path)
            .unwrap_or_else(|_| panic!("{} is missing: run with UPDATE_GOLDEN=1", path.display()));
        if got != want {
            let line = got
                .lines()
                .zip(want.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(got.lines().count().min(want.lines().count()));
            changed.push(format!(
                "{name} (args {args:?}) differs from line {}:\n  got:  {}\n  want: {}",
                line + 1,
                got.lines().nth(line).unwrap_or("(end)"),
                want.lines().nth(line).unwrap_or("(end)")
            ));
        }
    }
    assert!(changed.is_empty(), "{}", changed.join("\n"));
}

#[test]
fn the_cases_reach_every_kind_of_output() {
    // every case still runs and means something: no empty output, the notices and the solver seen
    let all: String = CASES.iter().map(|(_, a)| run(a)).collect();
    for part in [
        "\"solve\"",
        "\"pinned\"",
        "\"name\": \"Oil and tariffs\"",
        "warning:",
        "Total trade",
        "beats the target by",
        "chance of reaching US$ 100 bn in FY2030-31: < 1 %",
        ": surplus ",
        "--- exit 0 ---",
    ] {
        assert!(all.contains(part), "no case prints {part}");
    }
}

/// The set holds a scenario that beats the target, so that the words and figures of a target
/// beaten are kept too: its JSON's FY2030-31 total reaches the target, met in a year.
#[test]
fn a_golden_case_beats_the_target() {
    let out = std::fs::read_to_string(golden("beats-target.json")).expect("the golden file");
    let json = out.split("\n--- stderr ---").next().unwrap();
    let j: serde_json::Value = serde_json::from_str(json).expect("JSON");
    let h = &j["projection"]["headline"];
    let (total, target) = (
        h["total_trade"].as_f64().unwrap(),
        h["target"].as_f64().unwrap(),
    );
    assert!(total >= target, "{total} < {target}");
    assert!(h["target_gap"].as_f64().unwrap() < 0.0);
    assert!(h["target_met_in"].is_string());
}
