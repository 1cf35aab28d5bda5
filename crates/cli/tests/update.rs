//! `trade-balance update`, run as the README says: fed today's own figures it writes today's
//! files again (apart from the release rows); fed a next year it moves the base year and says
//! what moved; every refusal names the file and line (each message asserted) and writes nothing;
//! and the README's "Updating the data" command runs as written.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_trade-balance");

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../core/data/vintages")
        .join(trade_core::vintage::LATEST)
}

fn shipped(name: &str) -> String {
    fs::read_to_string(data_dir().join(name)).expect("the shipped data file")
}

fn testdata(name: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/testdata/update")
        .join(name);
    fs::read_to_string(p).expect("a fixture")
}

/// Today's release in the command's layout.
fn csv() -> String {
    testdata("tradestat-russia-2026-07.csv")
}

fn inputs() -> String {
    testdata("inputs-2026-07.txt")
}

/// A fresh directory of the test's own.
fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("trade-update-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&d);
    fs::create_dir_all(&d).expect("a scratch directory");
    d
}

struct Run {
    code: i32,
    out: String,
    err: String,
}

fn run_in(dir: &Path, args: &[&str]) -> Run {
    let o = Command::new(BIN)
        .current_dir(dir)
        .args(args)
        .output()
        .expect("runs");
    Run {
        code: o.status.code().unwrap_or(-1),
        out: String::from_utf8_lossy(&o.stdout).into_owned(),
        err: String::from_utf8_lossy(&o.stderr).into_owned(),
    }
}

/// The command on a table and inputs (as tradestat.csv and inputs.txt), after `previous`,
/// writing into dir/out.
fn update_after(dir: &Path, previous: &Path, csv: &str, inputs: &str, id: &str, date: &str) -> Run {
    fs::write(dir.join("tradestat.csv"), csv).unwrap();
    fs::write(dir.join("inputs.txt"), inputs).unwrap();
    let prev = previous.to_str().unwrap();
    run_in(
        dir,
        &[
            "update",
            "--previous",
            prev,
            "--chapters",
            "tradestat.csv",
            "--inputs",
            "inputs.txt",
            "--id",
            id,
            "--date",
            date,
            "--out",
            "out",
        ],
    )
}

fn update(dir: &Path, csv: &str, inputs: &str) -> Run {
    update_after(dir, &data_dir(), csv, inputs, "2026-07", "2026-07-18")
}

/// A file without its release rows (which the command writes from its arguments).
fn without_release_rows(text: &str) -> String {
    text.lines()
        .filter(|l| !l.starts_with("vintage."))
        .map(|l| format!("{l}\n"))
        .collect()
}

/// The 1-based line of the first line starting with `start`.
fn line_of(text: &str, start: &str) -> usize {
    text.lines()
        .position(|l| l.starts_with(start))
        .expect(start)
        + 1
}

/// `text` holds `part` (else both are shown).
fn has(text: &str, part: &str) {
    assert!(text.contains(part), "expected `{part}` in\n{text}");
}

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

/// "47824.9" in hundredths of a US$ million.
fn cents(s: &str) -> i64 {
    let (w, f) = s.split_once('.').unwrap_or((s, ""));
    w.parse::<i64>().unwrap() * 100 + format!("{f:0<2}").parse::<i64>().unwrap()
}

/// The chapter file as the command's CSV: each direction and year, its chapters, then its total.
fn csv_of(chapters: &str) -> String {
    let quoted = |d: &str| match d.contains(',') || d.contains('"') {
        true => format!("\"{}\"", d.replace('"', "\"\"")),
        false => d.to_string(),
    };
    let rows: Vec<Vec<&str>> = chapters
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('|').map(str::trim).collect())
        .collect();
    let years = &rows.iter().find(|r| r[0] == "years").unwrap()[1..];
    let mut out = String::from("direction,period,chapter,US$ million,description\n");
    for flow in ["export", "import"] {
        for (k, y) in years.iter().enumerate() {
            let mut total = 0;
            for r in rows.iter().filter(|r| r[0] == flow) {
                let d = quoted(r[r.len() - 1]);
                out.push_str(&format!("{flow},{y},{},{},{d}\n", r[1], r[2 + k]));
                total += cents(r[2 + k]);
            }
            out.push_str(&format!(
                "{flow},{y},total,{}.{:02},\n",
                total / 100,
                total % 100
            ));
        }
    }
    out
}

#[test]
fn the_fixtures_are_today_s_figures() {
    assert_eq!(csv(), csv_of(&shipped("tradestat-russia-hs2.txt")));
    let baseline = shipped("baseline.txt");
    let given = inputs();
    let rows: Vec<&str> = given
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .collect();
    assert_eq!(rows.len(), 11);
    for r in rows {
        assert!(baseline.lines().any(|l| l == r), "not today's row: {r}");
    }
}

#[test]
fn fed_today_s_figures_it_writes_today_s_files_again() {
    let dir = scratch("round-trip");
    let r = update(&dir, &csv(), &inputs());
    assert_eq!(r.code, 0, "{}", r.err);
    let written = fs::read_to_string(dir.join("out/baseline.txt")).unwrap();
    let chapters = fs::read_to_string(dir.join("out/tradestat-russia-hs2.txt")).unwrap();
    assert_eq!(chapters, shipped("tradestat-russia-hs2.txt"));
    assert_eq!(
        without_release_rows(&written),
        without_release_rows(&shipped("baseline.txt"))
    );
    let release: Vec<&str> = written
        .lines()
        .filter(|l| l.starts_with("vintage."))
        .collect();
    assert_eq!(release.len(), 3, "{release:?}");
    assert!(
        release[0].starts_with("vintage.id | 2026-07 | release | DEF | Release 2026-07: TradeStat")
    );
    assert!(release[1].starts_with("vintage.date | 2026-07-18 | date | DEF | "));
    assert!(
        release[2].starts_with("vintage.covers | FY2017-18 to FY2025-26 | fiscal years | DEF | ")
    );
    // the core reads it as it reads the shipped file
    let b = trade_core::data::parse(leak(written)).unwrap();
    assert_eq!(b.params, trade_core::baseline().unwrap().params);
    // and nothing moved
    has(
        &r.out,
        "Release 2026-07 (18 Jul 2026) passes every check the build runs",
    );
    let changes: Vec<&str> = r
        .out
        .lines()
        .filter(|l| l.contains("in the base year") || l.contains("FY2030-31,"))
        .collect();
    assert_eq!(changes.len(), 6, "{}", r.out);
    for l in changes {
        assert!(l.ends_with("+0.00"), "{l}");
    }
    has(
        &r.out,
        "Exports in the base year                              4.49        4.49     +0.00",
    );
    let _ = fs::remove_dir_all(dir);
}

/// Today's table with FY2024-25 dropped and a made-up FY2026-27 (FY2025-26's chapters, 10 %
/// up), as TradeStat would return the next two years.
fn next_year_csv() -> String {
    let mut out = String::from("direction,period,chapter,US$ million\n");
    for flow in ["export", "import"] {
        let mut total = 0;
        for l in csv()
            .lines()
            .filter(|l| l.starts_with(&format!("{flow},FY2025-26,")))
        {
            let f: Vec<&str> = l.splitn(5, ',').collect();
            out.push_str(&format!("{},{},{},{}\n", f[0], f[1], f[2], f[3]));
            if f[2] != "total" {
                let v = (cents(f[3]) * 11 + 5) / 10;
                total += v;
                out.push_str(&format!(
                    "{flow},FY2026-27,{},{}.{:02}\n",
                    f[2],
                    v / 100,
                    v % 100
                ));
            }
        }
        out.push_str(&format!(
            "{flow},FY2026-27,total,{}.{:02}\n",
            total / 100,
            total % 100
        ));
    }
    out
}

/// Today's inputs and the new year's crude and rupee rows.
fn next_year_inputs() -> String {
    let crude = "import.crude.FY2026-27 | 39.62668 | US$ bn | EST | A test figure: 1.625 mb/d × 365 days × US$ 66.81 a barrel";
    let inr =
        "actual.FY2026-27.inr | 90.5 | INR per US$ | DER | A test figure for the year's rupee rate";
    format!("{}{crude}\n{inr}\n", inputs())
}

#[test]
fn fed_a_new_year_it_moves_the_base_year_and_says_what_moved() {
    let dir = scratch("next-year");
    let r = update_after(
        &dir,
        &data_dir(),
        &next_year_csv(),
        &next_year_inputs(),
        "2027-05",
        "2027-05-15",
    );
    assert_eq!(r.code, 0, "{}", r.err);
    let written = fs::read_to_string(dir.join("out/baseline.txt")).unwrap();
    let b = trade_core::data::parse(leak(written.clone())).unwrap();
    assert_eq!(b.params.base_year, 2026);
    assert_eq!(b.history.len(), 10);
    let x: f64 = next_year_csv()
        .lines()
        .find(|l| l.starts_with("export,FY2026-27,total,"))
        .unwrap()[23..]
        .parse()
        .unwrap();
    assert!((b.params.total_exports - x / 1000.0).abs() < 1e-9);
    // a new year's rows sit beside their kind; rows of years the table no longer has are kept
    let lines: Vec<&str> = written.lines().collect();
    let after = |start: &str| lines[line_of(&written, start)];
    assert!(after("actual.FY2025-26.imports").starts_with("actual.FY2026-27.exports |"));
    assert!(after("export.pharma.FY2025-26").starts_with("export.pharma.FY2026-27 | "));
    assert!(after("actual.FY2025-26.inr").starts_with("actual.FY2026-27.inr | 90.5 |"));
    assert!(after("import.crude.FY2025-26").starts_with("import.crude.FY2026-27 | 39.62668 |"));
    let pharma = shipped("baseline.txt")
        .lines()
        .find(|l| l.starts_with("export.pharma.FY2024-25"))
        .unwrap()
        .to_string();
    assert!(written.contains(&pharma));
    assert!(written
        .contains("base.year | 2026 | fiscal year | OFF | FY2026-27 is the latest fiscal year"));
    assert!(written.contains("vintage.covers | FY2017-18 to FY2026-27 |"));
    assert!(written.contains("export.pharma.FY2026-27 | 0.51847 | US$ bn | OFF | TradeStat, HS 30, FY2026-27, data release 2027-05\n"));
    // what it prints: both base years, the change, and the rows to look at by hand
    has(
        &r.out,
        "Base year                                        FY2025-26   FY2026-27",
    );
    has(
        &r.out,
        "Exports in the base year                              4.49        4.94     +0.45",
    );
    has(
        &r.err,
        "check: these rows are kept from the previous release and still speak of FY2025-26: ",
    );
    has(&r.err, "export.other.tariff");
    // a release after it, from the same figures, changes nothing
    let again = scratch("next-year-again");
    let r = update_after(
        &again,
        &dir.join("out"),
        &next_year_csv(),
        "",
        "2027-06",
        "2027-06-01",
    );
    assert_eq!(r.code, 0, "{}", r.err);
    has(
        &r.out,
        "Exports in the base year                              4.94        4.94     +0.00",
    );
    has(&r.out, "2027-05     2027-06");
    let _ = (fs::remove_dir_all(dir), fs::remove_dir_all(again));
}

/// `text` with the line starting `start` replaced (None: removed).
fn edit(text: &str, start: &str, with: Option<&str>) -> String {
    assert!(text.lines().any(|l| l.starts_with(start)), "{start}");
    text.lines()
        .filter_map(|l| match l.starts_with(start) {
            true => with.map(String::from),
            false => Some(l.to_string()),
        })
        .map(|l| format!("{l}\n"))
        .collect()
}

const PHARMA: &str = "export,FY2025-26,30,471.34,Pharmaceutical Products";

/// A refusal: its name, the table and inputs fed, and the message that must name the file and
/// line.
struct Refusal(&'static str, String, String, String);

/// The tables refused, each as edits to today's table (a line by its start: replaced, or removed
/// when None), the line its message names (by its start, in the edited table: `{line}`, and
/// `{next}` the line after it; "" for none) and its message: a chapter missing (for one year;
/// then for both, which the total catches) or given twice, another unit, a period that is not a
/// fiscal year, totals that do not add up or are missing, chapters less than the crude the
/// inputs take out of them.
type Edits = &'static [(&'static str, Option<&'static str>)];
const TABLE_CASES: &[(&str, Edits, &str, &str)] = &[
    ("missing", &[(PHARMA, None)], "export,FY2024-25,30,", "line {line}: export chapter 30 has a row for another year but none for FY2025-26: a chapter is missing"),
    ("missing-both", &[(PHARMA, None), ("export,FY2024-25,30,", None)], "export,FY2024-25,total,", "line {line}: the export chapters for FY2024-25 add up to US$ 4,460.25 m, but the total is US$ 4,881.34 m: a chapter is missing, given twice or wrong"),
    ("duplicate", &[(PHARMA, Some("export,FY2025-26,30,471.34,Pharmaceutical Products\nexport,FY2025-26,30,471.34,Pharmaceutical Products"))], PHARMA, "line {next}: export chapter 30 for FY2025-26 appears twice (first on line {line})"),
    ("unit", &[("direction,", Some("direction,period,chapter,US$ thousand,description"))], "", "line 1: the values are in US$ thousand, but the command reads US$ million"),
    ("unit", &[("direction,", Some("direction,period,chapter,Rs. Crore,description"))], "", "line 1: the values are in ₹ crore, but the command reads US$ million"),
    ("unit", &[("direction,", Some("direction,period,chapter,INR lakh,description"))], "", "line 1: the values are in ₹ lakh, but the command reads US$ million"),
    ("months", &[(PHARMA, Some("export,Apr-Oct 2026,30,300.5,Pharmaceutical Products"))], "export,Apr-Oct 2026", "line {line}: period `Apr-Oct 2026` is not a full fiscal year like FY2025-26"),
    ("totals", &[("export,FY2025-26,total,", Some("export,FY2025-26,total,4593.52,"))], "export,FY2025-26,total,", "line {line}: the export chapters for FY2025-26 add up to US$ 4,493.52 m, but the total is US$ 4,593.52 m"),
    ("no-total", &[("import,FY2024-25,total,", None)], "", ": there is no total row for import in FY2024-25 (chapter `total`, TradeStat's Total line)"),
    ("below-crude", &[("import,FY2025-26,27,", Some("import,FY2025-26,27,30000.00,Mineral fuels")), ("import,FY2025-26,total,", Some("import,FY2025-26,total,37544.66,"))], "", ": `import.other_fuels.FY2025-26` would be negative: the chapters are less than what the inputs take out of them"),
];

fn table_refusals() -> Vec<Refusal> {
    let table = |&(name, edits, at, m): &(&'static str, Edits, &str, &str)| {
        let csv = edits
            .iter()
            .fold(csv(), |t, (start, with)| edit(&t, start, *with));
        let line = if at.is_empty() { 0 } else { line_of(&csv, at) };
        let m = m
            .replace("{line}", &line.to_string())
            .replace("{next}", &(line + 1).to_string());
        let m = format!(
            "tradestat.csv{}{m}",
            if m.starts_with(':') { "" } else { " " }
        );
        Refusal(name, csv, inputs(), m)
    };
    TABLE_CASES.iter().map(table).collect()
}

/// The inputs refused at their line, each as edits to today's inputs, a row added ("" for none)
/// and the row its message names: another unit than the data file's, no source, an unknown tag,
/// too few fields, a check broken, an unknown key, a row the table writes.
const INPUT_CASES: &[(&str, Edits, &str, &str, &str)] = &[
    ("input-unit", &[("crude.price |", Some("crude.price | 68.31 | ₹/bbl | EST | India's average price for imported crude (PPAC)"))], "", "crude.price |", "`crude.price` is in `₹/bbl` here, but the data file has it in `US$/bbl`"),
    ("no-source", &[("crude.outlook |", Some("crude.outlook | 1.2 | mb/d | TRK |"))], "", "crude.outlook |", "`crude.outlook` has no source (or one too short to trace)"),
    ("tag", &[("crude.outlook |", Some("crude.outlook | 1.2 | mb/d | GUESS | Kpler via the press, some month"))], "", "crude.outlook |", "tag `GUESS` of `crude.outlook` is not one of OFF, DER"),
    ("fields", &[("crude.outlook |", Some("crude.outlook | 1.2 | mb/d"))], "", "crude.outlook |", "expected 5 fields `key | value | unit | tag | source`, found 3"),
    ("crude-check", &[("crude.volume |", Some("# was crude.volume"))], "crude.volume | 1.9 | mb/d | TRK | Kpler via the press, some month", "crude.volume |", "crude volume × (price − discount) = 46.33 US$ bn, but the base year's crude imports are 39.63"),
    ("unknown", &[("crude.volume |", Some("# was crude.volume"))], "crude.volumes | 1.625 | mb/d | TRK | Kpler via the press, some month", "crude.volumes |", "unknown key `crude.volumes`"),
    ("from-table", &[("crude.volume |", Some("# was crude.volume"))], "export.pharma.FY2025-26 | 0.47134 | US$ bn | OFF | TradeStat, HS 30", "export.pharma.FY2025-26 |", "`export.pharma.FY2025-26` is written from the chapter table: leave it out of the inputs"),
];

/// Those, and a new year without its crude or rupee rows.
fn input_refusals() -> Vec<Refusal> {
    let given = |&(name, edits, added, at, m): &(&'static str, Edits, &str, &str, &str)| {
        let text = edits
            .iter()
            .fold(inputs(), |t, (start, with)| edit(&t, start, *with));
        let text = if added.is_empty() {
            text
        } else {
            format!("{text}{added}\n")
        };
        let line = line_of(&text, at);
        Refusal(name, csv(), text, format!("inputs.txt line {line}: {m}"))
    };
    let next = |name, without: &str, m: &str| {
        let inputs = edit(&next_year_inputs(), without, None);
        Refusal(name, next_year_csv(), inputs, m.into())
    };
    let mut v: Vec<Refusal> = INPUT_CASES.iter().map(given).collect();
    let m =
        "inputs.txt: `import.crude.FY2026-27` is needed: the chapter table has no 4-digit headings";
    v.push(next("no-crude", "import.crude.FY2026-27", m));
    let m = "tradestat.csv: the row `actual.FY2026-27.exports` written from the chapters: FY2026-27 has no rupee rate";
    v.push(next("no-inr", "actual.FY2026-27.inr", m));
    v
}

/// Every refusal: exit code 2, its own message (with its file and line) on stderr, nothing
/// written.
#[test]
fn every_refusal_names_its_file_and_line_and_writes_nothing() {
    for Refusal(name, csv, inputs, m) in table_refusals().into_iter().chain(input_refusals()) {
        let dir = scratch(name);
        let run = update_after(&dir, &data_dir(), &csv, &inputs, "2027-05", "2027-05-15");
        let err = run.err;
        assert_eq!(run.code, 2, "{name}: {}{err}", run.out);
        assert!(err.contains(&m), "{name}: expected `{m}` in\n{err}");
        assert!(err.contains("Nothing was written."), "{name}: {err}");
        assert!(!dir.join("out").exists(), "{name}: wrote files");
        let _ = fs::remove_dir_all(dir);
    }
}

#[test]
fn bad_arguments_are_refused_with_the_usage() {
    let dir = scratch("args");
    let r = run_in(
        &dir,
        &[
            "update",
            "--previous",
            "x",
            "--id",
            "2027-06",
            "--date",
            "2027-05-15",
            "--chapters",
            "c",
            "--inputs",
            "i",
            "--out",
            "o",
        ],
    );
    assert_eq!(r.code, 2);
    has(
        &r.err,
        "error: --id must be the release's year and month, 2027-05, not `2027-06`",
    );
    let r = run_in(&dir, &["update", "--previous", "x", "--date", "2027-02-30"]);
    has(&r.err, "missing --chapters, --inputs, --id, --out");
    let r = run_in(&dir, &["update", "--help"]);
    assert_eq!(r.code, 0);
    has(&r.out, "direction,period,chapter,US$ million,description");
    let r = run_in(&dir, &["--help"]);
    has(&r.out, "trade-balance update --help");
    let _ = fs::remove_dir_all(dir);
}

/// The README's "Updating the data" block, run as written from a copy of the repository's data
/// (with `cargo run … --` standing for the binary it builds) on today's figures in `release/`.
#[test]
fn the_readme_s_update_command_runs_as_written() {
    let readme =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../README.md")).unwrap();
    let from = readme
        .find("<!-- update-command: run by crates/cli/tests/update.rs -->")
        .expect("the marked block");
    let block: Vec<&str> = readme[from..]
        .lines()
        .skip(2)
        .map(str::trim)
        .take_while(|l| *l != "```")
        .collect();
    assert!(
        block[0].starts_with("cargo run --release --bin trade-balance -- update"),
        "{block:?}"
    );
    let dir = scratch("readme");
    let previous = dir.join("crates/core/data/vintages/2026-07");
    fs::create_dir_all(&previous).unwrap();
    fs::create_dir_all(dir.join("release")).unwrap();
    for f in ["baseline.txt", "tradestat-russia-hs2.txt"] {
        fs::write(previous.join(f), shipped(f)).unwrap();
    }
    fs::write(dir.join("release/tradestat-russia.csv"), csv()).unwrap();
    fs::write(dir.join("release/inputs.txt"), inputs()).unwrap();
    let script = format!(
        "set -e\ncargo() {{ while [ \"$#\" -gt 0 ] && [ \"$1\" != -- ]; do shift; done; shift; \"{BIN}\" \"$@\"; }}\n{}\n",
        block.join("\n")
    );
    let o = Command::new("sh")
        .arg("-c")
        .arg(&script)
        .current_dir(&dir)
        .output()
        .unwrap();
    let (out, err) = (
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr),
    );
    assert!(o.status.success(), "{out}{err}");
    assert!(
        out.contains("Release 2027-05 (15 May 2027) passes every check the build runs"),
        "{out}"
    );
    let written =
        fs::read_to_string(dir.join("crates/core/data/vintages/2027-05/baseline.txt")).unwrap();
    assert!(written.contains("vintage.id | 2027-05 | release | DEF |"));
    assert_eq!(
        without_release_rows(&written).replace("data release 2027-05", "data release 2026-07"),
        without_release_rows(&shipped("baseline.txt"))
    );
    let _ = fs::remove_dir_all(dir);
}

/// A small deterministic generator (SplitMix64) for the random tables below.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// The sector a chapter belongs to, worked out here from the chapter lists alone (not the
/// core's owner function): the one list that names it, else the flow's `rest`.
fn sector_of(b: &trade_core::data::Baseline, flow: trade_core::data::Flow, c: u8) -> usize {
    use trade_core::data::ChapterItem::{Chapter, Range, Rest};
    let defs: Vec<_> = b.definitions.iter().filter(|d| d.flow == flow).collect();
    let named = defs.iter().find(|d| {
        d.items.iter().any(|i| match *i {
            Chapter(x) => x == c,
            Range(a, z) => a <= c && c <= z,
            _ => false,
        })
    });
    named
        .or_else(|| defs.iter().find(|d| d.items.contains(&Rest)))
        .unwrap()
        .sector
}

/// Random next years (each FY2025-26 chapter scaled by 0 to 2, chapter 27 by 0.9 to 2, now and
/// then a chapter with nothing): every sector and total the command writes is the sum of its
/// chapters, summed here independently (chapter 27 less crude for other fuels).
#[test]
fn every_sector_it_writes_is_the_sum_of_its_chapters_over_random_tables() {
    use trade_core::data::{Flow, CRUDE};
    let today = trade_core::baseline().unwrap();
    let mut rng = Rng(36);
    for case in 0..12 {
        let mut csv = String::from("direction,period,chapter,US$ million\n");
        let mut expect: Vec<(Flow, usize, i64)> = Vec::new();
        for (flow, name) in [(Flow::Export, "export"), (Flow::Import, "import")] {
            let mut total = 0;
            for l in self::csv()
                .lines()
                .filter(|l| l.starts_with(&format!("{name},FY2025-26,")))
            {
                let f: Vec<&str> = l.splitn(5, ',').collect();
                if f[2] == "total" {
                    continue;
                }
                let c: u8 = f[2].parse().unwrap();
                let (lo, span) = if c == 27 && flow == Flow::Import {
                    (900, 1100)
                } else {
                    (0, 2000)
                };
                let scale = if rng.next() % 10 == 0 && c != 27 {
                    0
                } else {
                    lo + rng.next() % span
                };
                let v = cents(f[3]) * scale as i64 / 1000;
                total += v;
                csv.push_str(&format!(
                    "{name},FY2026-27,{},{}.{:02}\n",
                    f[2],
                    v / 100,
                    v % 100
                ));
                expect.push((flow, sector_of(today, flow, c), v));
            }
            csv.push_str(&format!(
                "{name},FY2026-27,total,{}.{:02}\n",
                total / 100,
                total % 100
            ));
        }
        let dir = scratch(&format!("random-{case}"));
        let r = update_after(
            &dir,
            &data_dir(),
            &csv,
            &next_year_inputs(),
            "2027-05",
            "2027-05-15",
        );
        assert_eq!(r.code, 0, "case {case}: {}", r.err);
        let b = trade_core::data::parse(leak(
            fs::read_to_string(dir.join("out/baseline.txt")).unwrap(),
        ))
        .unwrap();
        let a = b.actual(2026).unwrap();
        for (flow, values) in [
            (Flow::Export, a.sectors.unwrap().to_vec()),
            (Flow::Import, a.groups.unwrap().to_vec()),
        ] {
            for (i, v) in values.iter().enumerate() {
                let mut sum: i64 = expect
                    .iter()
                    .filter(|e| e.0 == flow && e.1 == i)
                    .map(|e| e.2)
                    .sum();
                if flow == Flow::Import && i == CRUDE {
                    sum = 3_962_668;
                } else if flow == Flow::Import && flow.ids()[i] == "other_fuels" {
                    sum -= 3_962_668;
                }
                assert!(
                    (v - sum as f64 / 100_000.0).abs() < 1e-9,
                    "case {case}: {flow:?} {i}: {v} vs {sum}"
                );
            }
            let all: i64 = expect.iter().filter(|e| e.0 == flow).map(|e| e.2).sum();
            let stated = if flow == Flow::Export {
                a.exports
            } else {
                a.imports
            };
            assert!(
                (stated.unwrap() - all as f64 / 100_000.0).abs() < 1e-9,
                "case {case}"
            );
        }
        let _ = fs::remove_dir_all(dir);
    }
}

/// The running year's rows of a test (made-up figures, tagged official).
const RUNNING: &str = "\
running.FY2026-27.months | 7 | months | OFF | Test figures: April to October 2026, cumulative
running.FY2026-27.exports | 4.05 | US$ bn | OFF | Test figures: TradeStat country-wise, April-October 2026
running.FY2026-27.imports | 26.05 | US$ bn | OFF | Test figures: TradeStat country-wise, April-October 2026
";

/// Today's release with the running year's months added, as a previous release in `dir`.
fn previous_with_running(dir: &Path) -> PathBuf {
    let prev = dir.join("previous");
    fs::create_dir_all(&prev).unwrap();
    fs::write(
        prev.join("baseline.txt"),
        format!("{}{RUNNING}", shipped("baseline.txt")),
    )
    .unwrap();
    fs::write(
        prev.join("tradestat-russia-hs2.txt"),
        shipped("tradestat-russia-hs2.txt"),
    )
    .unwrap();
    prev
}

#[test]
fn the_running_year_s_months_are_kept_while_the_base_year_stays() {
    let dir = scratch("running-kept");
    let prev = previous_with_running(&dir);
    let r = update_after(&dir, &prev, &csv(), &inputs(), "2026-07", "2026-07-18");
    assert_eq!(r.code, 0, "{}", r.err);
    let written = fs::read_to_string(dir.join("out/baseline.txt")).unwrap();
    for row in RUNNING.lines() {
        assert!(written.contains(row), "{row}");
    }
    let b = trade_core::data::parse(leak(written)).unwrap();
    assert_eq!(b.running.map(|r| (r.year, r.months)), Some((2026, 7)));
    has(
        &r.err,
        "note: the months of FY2026-27 so far (7 months) are kept from the previous release",
    );
    // newer months, given in the inputs, replace them
    let newer = RUNNING
        .replace("| 7 |", "| 8 |")
        .replace("| 4.05 |", "| 4.6 |");
    let r = update_after(
        &dir,
        &prev,
        &csv(),
        &format!("{}{newer}", inputs()),
        "2026-12",
        "2026-12-15",
    );
    assert_eq!(r.code, 0, "{}", r.err);
    let written = fs::read_to_string(dir.join("out/baseline.txt")).unwrap();
    let b = trade_core::data::parse(leak(written)).unwrap();
    let run = b.running.unwrap();
    assert_eq!((run.months, run.exports), (8, 4.6));
    assert!(
        !r.err.contains("are kept from the previous release"),
        "{}",
        r.err
    );
    let _ = fs::remove_dir_all(dir);
}

#[test]
fn the_running_year_s_months_are_dropped_once_it_is_the_base_year() {
    let dir = scratch("running-dropped");
    let prev = previous_with_running(&dir);
    let r = update_after(
        &dir,
        &prev,
        &next_year_csv(),
        &next_year_inputs(),
        "2027-05",
        "2027-05-15",
    );
    assert_eq!(r.code, 0, "{}", r.err);
    let written = fs::read_to_string(dir.join("out/baseline.txt")).unwrap();
    assert!(!written.contains("running."), "{written}");
    let b = trade_core::data::parse(leak(written)).unwrap();
    assert_eq!((b.params.base_year, b.running), (2026, None));
    has(&r.err, "note: the months of FY2026-27 so far are dropped (running.FY2026-27.months, running.FY2026-27.exports, running.FY2026-27.imports): FY2026-27 is now a full year of the data");
    // the next year's months can come with it
    let next = RUNNING.replace("FY2026-27", "FY2027-28");
    let r = update_after(
        &dir,
        &prev,
        &next_year_csv(),
        &format!("{}{next}", next_year_inputs()),
        "2027-05",
        "2027-05-15",
    );
    assert_eq!(r.code, 0, "{}", r.err);
    let written = fs::read_to_string(dir.join("out/baseline.txt")).unwrap();
    let b = trade_core::data::parse(leak(written)).unwrap();
    assert_eq!(b.running.map(|r| r.year), Some(2027));
    let _ = fs::remove_dir_all(dir);
}

#[test]
fn running_months_of_an_estimate_are_refused_at_their_line() {
    let dir = scratch("running-estimate");
    let est = RUNNING.replacen("| US$ bn | OFF |", "| US$ bn | EST |", 1);
    let r = update(&dir, &csv(), &format!("{}{est}", inputs()));
    let line = inputs().lines().count() + 2; // the exports row, after the months
    assert_eq!(r.code, 2, "{}", r.out);
    assert!(
        r.err.contains(&format!(
            "inputs.txt line {line}: `running.FY2026-27.exports` is tagged EST"
        )),
        "{}",
        r.err
    );
    assert!(!dir.join("out/baseline.txt").exists());
    let _ = fs::remove_dir_all(dir);
}
