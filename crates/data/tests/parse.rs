//! The parser and its checks, over the 2026-07 release's data file and HS-chapter table (the
//! core's files; the core's own tests cover its newest file and the words about it): every
//! malformed, missing, duplicate or inconsistent row is refused with its line.

use trade_data::*;

const TEXT: &str = include_str!("../../core/data/vintages/2026-07/baseline.txt");
const CHAPTERS_TEXT: &str =
    include_str!("../../core/data/vintages/2026-07/tradestat-russia-hs2.txt");

fn shipped() -> Baseline {
    match parse(TEXT) {
        Ok(b) => b,
        Err(e) => panic!("the 2026-07 data file must parse: {e}"),
    }
}

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

/// The shipped file with one line replaced (or removed, if `with` is None).
fn altered(key: &str, with: Option<&str>) -> &'static str {
    let mut out = String::new();
    for l in TEXT.lines() {
        if l.starts_with(&format!("{key} |")) {
            if let Some(w) = with {
                out.push_str(w);
                out.push('\n');
            }
        } else {
            out.push_str(l);
            out.push('\n');
        }
    }
    leak(out)
}

fn line_number_of(key: &str) -> usize {
    TEXT.lines()
        .position(|l| l.starts_with(&format!("{key} |")))
        .map(|i| i + 1)
        .unwrap_or(0)
}

#[test]
fn the_release_rows_are_text_checked_and_required() {
    let v = shipped().vintage;
    assert_eq!(
        (v.id, v.date, v.covers),
        ("2026-07", "2026-07-18", "FY2017-18 to FY2025-26")
    );
    assert!(v.source.contains("TradeStat") && v.source.contains("18 Jul 2026"));
    assert_eq!((v.year_month(), v.day()), ((2026, 7), Some(18)));
    let id = "vintage.id | 2026-07 |";
    let date = "vintage.date | 2026-07-18 |";
    let bad = |from: &str, to: &str, says: &str| {
        let e = parse(leak(TEXT.replacen(from, to, 1))).unwrap_err();
        assert!(e.to_string().contains(says), "{to}: {e}");
    };
    bad(
        id,
        "vintage.id | July 2026 |",
        "the release's year and month",
    );
    bad(id, "vintage.id | 2026-13 |", "the release's year and month");
    bad(date, "vintage.date | 2026-07-32 |", "a date like");
    bad(date, "vintage.date | 2026-02-30 |", "a date like");
    bad(
        date,
        "vintage.date | 2026-08-01 |",
        "is not in the release's month",
    );
    bad(
        "vintage.id | 2026-07 | release | DEF |",
        "vintage.id | 2026-07 | release | OFF |",
        "its tag is DEF",
    );
    bad(id, "# vintage.id | 2026-07 |", "missing key: vintage.id");
    bad(
        "vintage.covers | FY2017-18 to FY2025-26 |",
        "#",
        "missing key: vintage.covers",
    );
    // text values for these keys only
    bad(
        "vintage.covers |",
        "vintage.title |",
        "unknown key `vintage.title`",
    );
    bad(
        "crude.price | 68.31 |",
        "crude.price | high |",
        "is not a number",
    );
    // a month without its day is a date
    let month = parse(leak(TEXT.replacen(date, "vintage.date | 2026-07 |", 1))).unwrap();
    assert_eq!(month.vintage.day(), None);
    // a real day of its month: 29 February in a leap year only
    let release = |month: &str, day: &str| {
        let text = TEXT
            .replacen(id, &format!("vintage.id | {month} |"), 1)
            .replacen(date, &format!("vintage.date | {day} |"), 1);
        parse(leak(text)).map(|b| b.vintage.day())
    };
    assert_eq!(release("2028-02", "2028-02-29"), Ok(Some(29)));
    assert!(release("2026-02", "2026-02-29").is_err());
    assert!(release("2026-07", "2026-7-1").is_err());
}

#[test]
fn the_base_year_is_fy2025_26_with_the_official_totals() {
    let b = shipped();
    let p = b.params;
    // TradeStat / Trade Intelligence & Analytics portal, FY2025-26
    assert_eq!(p.base_year, 2025);
    assert_eq!(p.total_exports, 4.49352);
    assert_eq!(p.total_imports, 55.36956);
    let ex: f64 = p.exports.iter().map(|e| e.value).sum();
    let im: f64 = p.imports.iter().map(|g| g.value).sum();
    assert!((ex - 4.49352).abs() < 1e-9, "exports add up to {ex}");
    assert!((im - 55.36956).abs() < 1e-9, "imports add up to {im}");
    assert!(((p.total_exports - p.total_imports) - -50.87604).abs() < 1e-9);
}

#[test]
fn history_runs_from_fy2017_18_and_each_split_year_adds_up() {
    let b = shipped();
    assert_eq!(b.first_year(), 2017);
    assert_eq!(b.history.last().unwrap().year, 2025);
    let years: Vec<i32> = b.history.iter().map(|a| a.year).collect();
    assert_eq!(years, (2017..=2025).collect::<Vec<_>>());
    for a in &b.history {
        assert!(a.total.is_some(), "{} has no total", a.year);
        if let (Some(s), Some(e)) = (a.sectors, a.exports) {
            assert!((s.iter().sum::<f64>() - e).abs() < 0.0005, "{}", a.year);
        }
    }
    let fy25 = b.actual(2024).unwrap();
    assert!(fy25.sectors.is_some() && fy25.groups.is_some());
    // every past year is split into exports and imports (TradeStat's country-wise table)
    assert!(b
        .history
        .iter()
        .all(|a| a.exports.is_some() && a.imports.is_some()));
}

#[test]
fn every_sector_is_the_sum_of_the_chapters_it_names() {
    let b = shipped();
    check_chapters(&b, CHAPTERS_TEXT).unwrap();
    // one chapter moved to another sector breaks the sums
    let moved = leak(TEXT.replace("export.pharma.hs | 30 |", "export.pharma.hs | 30, 29 |"));
    let e = check_chapters(&parse(moved).unwrap(), CHAPTERS_TEXT).unwrap_err();
    assert!(e.message.contains("named by two sectors"), "{e}");
    let e = check_chapters(
        &b,
        &CHAPTERS_TEXT.replace("export | 30 | 421.09 |", "export | 30 | 431.09 |"),
    )
    .unwrap_err();
    assert!(e.message.contains("add up to"), "{e}");
    assert_eq!(e.file, BASELINE_PATH);
}

#[test]
fn at_most_half_of_the_model_inputs_are_estimates_or_press_claims() {
    let b = shipped();
    let base = fy::label(b.params.base_year);
    let model: Vec<&Datum> = b
        .rows
        .iter()
        .filter(|d| {
            let k = d.key;
            (k.starts_with("export.") || k.starts_with("import."))
                && (k.ends_with(&base)
                    || k.ends_with(".tariff")
                    || k.ends_with(".elasticity")
                    || k.ends_with(".market"))
                || k == "elasticity.substitution"
        })
        .collect();
    assert_eq!(model.len(), 13 + 12 + 13 + 7);
    let weak = model
        .iter()
        .filter(|d| matches!(d.tag, Tag::Est | Tag::Press))
        .count();
    assert!(
        weak * 2 <= model.len(),
        "{weak} of {} are EST or PRESS",
        model.len()
    );
}

#[test]
fn a_row_without_a_source_names_its_line() {
    let bad = altered(
        "export.marine.tariff",
        Some("export.marine.tariff | 8 | % | EST |"),
    );
    let e = parse(bad).unwrap_err();
    assert_eq!(e.line, line_number_of("export.marine.tariff"));
    assert!(e.to_string().contains("has no source"), "{e}");
    assert!(e.to_string().starts_with("baseline.txt line"), "{e}");
}

#[test]
fn malformed_rows_are_errors_naming_the_line() {
    let key = "export.pharma.FY2025-26";
    let cases = [
        (
            "export.pharma.FY2025-26 | abc | US$ bn | OFF | some source text",
            "not a number",
        ),
        (
            "export.pharma.FY2025-26 | 0.47134 | US$ bn | MAYBE | some source text",
            "tag",
        ),
        (
            "export.pharma.FY2025-26 | 0.47134 | US$ bn | OFF",
            "expected 5 fields",
        ),
        (
            "export.pharma.FY2025-26 | NaN | US$ bn | OFF | some source text",
            "outside",
        ),
        (
            "export.pharma.FY2025-26 | -1 | US$ bn | OFF | some source text",
            "outside",
        ),
        (
            "export.pharmacy.FY2025-26 | 0.47134 | US$ bn | OFF | some source text",
            "unknown key",
        ),
        (
            "export.pharma.FY2025-27 | 0.47134 | US$ bn | OFF | some source text",
            "unknown key",
        ),
        (
            "export.pharma.FY2025-26 | 0.47134 | US$ bn | DEF | some source text",
            "DEF is only",
        ),
    ];
    let line = line_number_of(key);
    for (row, why) in cases {
        let e = parse(altered(key, Some(row))).unwrap_err();
        assert_eq!(e.line, line, "{row}");
        assert!(e.message.contains(why), "{row}: {e}");
    }
    let e = parse(altered(
        "export.pharma.hs",
        Some("export.pharma.hs | 3x | HS | DEF | Medicines"),
    ))
    .unwrap_err();
    assert!(e.message.contains("should list chapters"), "{e}");
}

#[test]
fn missing_and_duplicate_rows_are_errors() {
    let e = parse(altered("import.veg_oils.tariff", None)).unwrap_err();
    assert!(
        e.message.contains("missing keys: import.veg_oils.tariff"),
        "{e}"
    );

    let e = parse(altered("import.veg_oils.FY2025-26", None)).unwrap_err();
    assert!(e.message.contains("split only partly"), "{e}");

    let dup = leak(format!(
        "{TEXT}\ncrude.price | 80 | US$/bbl | EST | a second price row\n"
    ));
    let e = parse(dup).unwrap_err();
    assert!(e.message.contains("appears twice"), "{e}");
}

#[test]
fn inconsistent_figures_are_errors() {
    // pharma + 0.1 breaks the FY2025-26 export sum
    let off = altered(
        "export.pharma.FY2025-26",
        Some("export.pharma.FY2025-26 | 0.57134 | US$ bn | OFF | some source text"),
    );
    let e = parse(off).unwrap_err();
    assert!(
        e.message
            .contains("FY2025-26: export sectors add up to 4.59352, not the total 4.49352"),
        "{e}"
    );
    assert_eq!(e.line, line_number_of("actual.FY2025-26.exports"));

    let e = parse(altered(
        "base.year",
        Some("base.year | 2024 | fiscal year | OFF | the year before"),
    ))
    .unwrap_err();
    assert!(e.message.contains("should be the latest year"), "{e}");

    // exports + imports must make the official total (to the press's US$ 10 m)
    let e = parse(altered(
        "actual.FY2020-21.exports",
        Some("actual.FY2020-21.exports | 2.7 | US$ bn | PRESS | a rounder figure from somewhere"),
    ))
    .unwrap_err();
    assert!(
        e.message
            .contains("FY2020-21: exports and imports add up to 8.186, not the total 8.142"),
        "{e}"
    );

    // the base year is a record: estimates cannot stand in for it
    let e = parse(altered(
        "actual.FY2025-26.exports",
        Some("actual.FY2025-26.exports | 4.49352 | US$ bn | EST | a guess from somewhere in particular"),
    ))
    .unwrap_err();
    assert!(
        e.message.contains("needs official exports and imports"),
        "{e}"
    );
}
