//! TradeStat's country-wise table by HS chapter, as CSV: read, checked (a chapter missing or
//! given twice, the unit, full fiscal years, the chapters against the table's own total), and
//! written as the chapter file the build reads (`tradestat-russia-hs2.txt`).
//!
//! The layout, one value a line, with a header:
//!
//! ```text
//! direction,period,chapter,US$ million,description
//! export,FY2025-26,30,471.34,Pharmaceutical Products
//! export,FY2025-26,total,4493.52,
//! ```
//!
//! `description` is optional (the previous chapter file's is kept); `total` is TradeStat's Total
//! row, one per direction and year.

use super::{Refusal, Release};
use trade_core::data::Flow;
use trade_core::fy;

/// A value in hundredths of a US$ million (US$ 10,000), TradeStat's precision: sums are exact.
pub type Cents = i64;

/// One line of the table: a chapter's value in a year (chapter 0: the total).
pub struct Row {
    pub flow: Flow,
    pub chapter: u8,
    pub year: i32,
    pub value: Cents,
    pub line: usize,
    pub description: Option<String>,
}

/// The table, checked.
pub struct Table {
    /// The fiscal years it covers, oldest first.
    pub years: Vec<i32>,
    /// Chapter rows (the totals are checked and left out).
    pub rows: Vec<Row>,
}

impl Table {
    pub fn value(&self, flow: Flow, chapter: u8, year: i32) -> Option<Cents> {
        self.rows
            .iter()
            .find(|r| r.flow == flow && r.chapter == chapter && r.year == year)
            .map(|r| r.value)
    }
    /// A flow's chapters, in order.
    pub fn chapters(&self, flow: Flow) -> Vec<u8> {
        let mut c: Vec<u8> = self
            .rows
            .iter()
            .filter(|r| r.flow == flow)
            .map(|r| r.chapter)
            .collect();
        c.sort_unstable();
        c.dedup();
        c
    }
    /// The sum of a flow's chapters in a year.
    pub fn sum(&self, flow: Flow, year: i32) -> Cents {
        self.rows
            .iter()
            .filter(|r| r.flow == flow && r.year == year)
            .map(|r| r.value)
            .sum()
    }
    /// The line of a chapter's first row, for messages.
    pub fn line_of(&self, flow: Flow, chapter: u8) -> usize {
        self.rows
            .iter()
            .find(|r| r.flow == flow && r.chapter == chapter)
            .map_or(0, |r| r.line)
    }
}

/// "4,493.52": a value in US$ million with thousands separators and two decimals.
pub fn millions(c: Cents) -> String {
    let whole = (c / 100).to_string();
    let mut grouped = String::new();
    for (i, ch) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    format!("{grouped}.{:02}", c % 100)
}

/// A value as the chapter file writes it: "0.0", "6.7", "56873.19".
fn written(c: Cents) -> String {
    match c % 100 {
        f if f % 10 == 0 => format!("{}.{}", c / 100, f / 10),
        f => format!("{}.{f:02}", c / 100),
    }
}

/// The fields of one CSV line (quoted fields may hold commas; `""` is a quote).
fn fields(line: &str) -> Option<Vec<String>> {
    let (mut out, mut cur, mut quoted) = (Vec::new(), String::new(), false);
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            (_, '"') => quoted = !quoted,
            (false, ',') => out.push(std::mem::take(&mut cur).trim().to_string()),
            _ => cur.push(c),
        }
    }
    out.push(cur.trim().to_string());
    (!quoted).then_some(out)
}

/// The unit the fourth column's header names, when it is not US$ million.
fn unit_problem(header: &str) -> Option<String> {
    let n: String = header
        .to_lowercase()
        .replace("usd", "us$")
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '.')
        .collect();
    if ["us$million", "us$mn", "us$m"].contains(&n.as_str()) {
        return None;
    }
    let what = if n.contains("crore") {
        "₹ crore"
    } else if n.contains("lakh") {
        "₹ lakh"
    } else if n.contains("thousand") {
        "US$ thousand"
    } else if n.contains("billion") || n.ends_with("bn") {
        "US$ billion"
    } else {
        header
    };
    Some(format!(
        "the values are in {what}, but the command reads US$ million (on TradeStat choose the values in US$ million and download the table again)"
    ))
}

/// The header: direction, period, chapter, the unit, and optionally description.
fn header(name: &str, line: usize, f: &[String]) -> Result<bool, Refusal> {
    let named = |i: usize, w: &str| f.get(i).is_some_and(|h| h.eq_ignore_ascii_case(w));
    let layout = (f.len() == 4 || f.len() == 5 && named(4, "description"))
        && named(0, "direction")
        && named(1, "period")
        && named(2, "chapter");
    if !layout {
        return Err(Refusal::at(
            name,
            line,
            "the first line should be the header `direction,period,chapter,US$ million` (optionally `,description`)",
        ));
    }
    if let Some(p) = unit_problem(&f[3]) {
        return Err(Refusal::at(name, line, &p));
    }
    Ok(f.len() == 5)
}

/// "471.34" (or "1,137.42") in hundredths; None unless a number with at most two decimals.
fn cents(s: &str) -> Option<Cents> {
    let s = s.replace(',', "");
    let (whole, frac) = s.split_once('.').unwrap_or((&s, ""));
    let digits = |t: &str| t.chars().all(|c| c.is_ascii_digit());
    if whole.is_empty() || !digits(whole) || !digits(frac) || frac.len() > 2 || whole.len() > 12 {
        return None;
    }
    let frac: i64 = format!("{frac:0<2}").parse().ok()?;
    Some(whole.parse::<i64>().ok()? * 100 + frac)
}

/// A fiscal year as the table may name it: FY2025-26, 2025-26 or TradeStat's 2025-2026.
fn fiscal_year(p: &str) -> Option<i32> {
    let long = p.split_once('-').and_then(|(a, b)| {
        let (a, b): (i32, i32) = (a.parse().ok()?, b.parse().ok()?);
        (p.len() == 9 && b == a + 1).then_some(a)
    });
    fy::parse(p)
        .or_else(|| fy::parse(&format!("FY{p}")))
        .or(long)
}

/// One data line of the table.
fn row(name: &str, line: usize, f: &[String], described: bool) -> Result<Row, Refusal> {
    let at = |m: String| Refusal::at(name, line, &m);
    let flow = match f[0].to_lowercase().as_str() {
        "export" => Flow::Export,
        "import" => Flow::Import,
        d => return Err(at(format!("direction `{d}` should be export or import"))),
    };
    let year = fiscal_year(&f[1]).ok_or_else(|| {
        at(format!(
            "period `{}` is not a full fiscal year like FY2025-26: the data file's years run April to March, and a table of months cannot stand for one",
            f[1]
        ))
    })?;
    let chapter = match f[2].as_str() {
        t if t.eq_ignore_ascii_case("total") => 0,
        t if t.len() == 2 && t.chars().all(|c| c.is_ascii_digit()) && t != "00" => {
            t.parse().expect("two digits")
        }
        t => {
            return Err(at(format!(
                "chapter `{t}` should be two digits (01 to 99) or `total`"
            )))
        }
    };
    let value = cents(&f[3]).ok_or_else(|| {
        at(format!(
            "value `{}` should be US$ million as TradeStat gives it, at most two decimals and not negative",
            f[3]
        ))
    })?;
    let description = described.then(|| f[4].clone()).filter(|d| !d.is_empty());
    Ok(Row {
        flow,
        chapter,
        year,
        value,
        line,
        description,
    })
}

fn what(r: &Row) -> String {
    match r.chapter {
        0 => format!("the {} total for {}", r.flow.prefix(), fy::label(r.year)),
        c => format!(
            "{} chapter {c:02} for {}",
            r.flow.prefix(),
            fy::label(r.year)
        ),
    }
}

/// Read the CSV, refusing the first problem with its line.
pub fn read(name: &str, text: &str) -> Result<Table, Refusal> {
    let mut described = None;
    let mut rows: Vec<Row> = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let line = n + 1;
        let raw = raw.trim_start_matches('\u{feff}').trim();
        if raw.is_empty() || raw.starts_with('#') {
            continue;
        }
        let f = fields(raw).ok_or_else(|| Refusal::at(name, line, "a quote is not closed"))?;
        let Some(d) = described else {
            described = Some(header(name, line, &f)?);
            continue;
        };
        if f.len() != 4 + usize::from(d) {
            let m = format!(
                "expected {} columns as in the header, found {}",
                4 + usize::from(d),
                f.len()
            );
            return Err(Refusal::at(name, line, &m));
        }
        let r = row(name, line, &f, d)?;
        let same = |o: &&Row| o.flow == r.flow && o.chapter == r.chapter && o.year == r.year;
        if let Some(first) = rows.iter().find(same) {
            let m = format!("{} appears twice (first on line {})", what(&r), first.line);
            return Err(Refusal::at(name, line, &m));
        }
        rows.push(r);
    }
    let mut years: Vec<i32> = rows.iter().map(|r| r.year).collect();
    years.sort_unstable();
    years.dedup();
    if years.is_empty() {
        return Err(Refusal::file(name, "the table has no rows"));
    }
    let (totals, rows): (Vec<Row>, Vec<Row>) = rows.into_iter().partition(|r| r.chapter == 0);
    let t = Table { years, rows };
    check_complete(name, &t)?;
    check_totals(name, &t, &totals)?;
    Ok(t)
}

/// Every chapter of a direction has a row in every year of the table.
fn check_complete(name: &str, t: &Table) -> Result<(), Refusal> {
    for flow in [Flow::Export, Flow::Import] {
        for c in t.chapters(flow) {
            for &y in &t.years {
                if t.value(flow, c, y).is_none() {
                    let m = format!(
                        "{} chapter {c:02} has a row for another year but none for {}: a chapter is missing (give it with 0 if it had no trade)",
                        flow.prefix(),
                        fy::label(y)
                    );
                    return Err(Refusal::at(name, t.line_of(flow, c), &m));
                }
            }
        }
    }
    Ok(())
}

/// The chapters of each direction and year add up to the table's total (to US$ 0.5 m: TradeStat
/// rounds each chapter and the total on its own).
fn check_totals(name: &str, t: &Table, totals: &[Row]) -> Result<(), Refusal> {
    for flow in [Flow::Export, Flow::Import] {
        for &y in &t.years {
            let Some(total) = totals.iter().find(|r| r.flow == flow && r.year == y) else {
                let m = format!(
                    "there is no total row for {} in {} (chapter `total`, TradeStat's Total line): the chapters are checked against it",
                    flow.prefix(),
                    fy::label(y)
                );
                return Err(Refusal::file(name, &m));
            };
            let sum = t.sum(flow, y);
            if (sum - total.value).abs() > 50 {
                let m = format!(
                    "the {} chapters for {} add up to US$ {} m, but the total is US$ {} m: a chapter is missing, given twice or wrong",
                    flow.prefix(),
                    fy::label(y),
                    millions(sum),
                    millions(total.value)
                );
                return Err(Refusal::at(name, total.line, &m));
            }
        }
    }
    Ok(())
}

/// A chapter's description: the table's, else the previous chapter file's for the same
/// direction, else for the other (TradeStat's words for a chapter do not depend on it).
fn description(t: &Table, flow: Flow, c: u8, previous: &str) -> Option<String> {
    let given = t
        .rows
        .iter()
        .filter(|r| r.flow == flow && r.chapter == c)
        .find_map(|r| r.description.clone());
    let old = |f: Flow| {
        previous.lines().find_map(|l| {
            let p: Vec<&str> = l.split('|').map(str::trim).collect();
            (p.len() > 3 && p[0] == f.prefix() && p[1] == format!("{c:02}"))
                .then(|| p[p.len() - 1].to_string())
        })
    };
    let other = match flow {
        Flow::Export => Flow::Import,
        Flow::Import => Flow::Export,
    };
    given.or_else(|| old(flow)).or_else(|| old(other))
}

/// The chapter file for the table, with the line of the CSV behind each of its lines (0 for the
/// header).
pub fn chapter_file(
    name: &str,
    t: &Table,
    r: &Release,
    previous: &str,
) -> Result<(String, Vec<usize>), Refusal> {
    let years: Vec<String> = t.years.iter().map(|&y| fy::label(y)).collect();
    let mut out = format!(
        "# India's merchandise trade with Russia by HS chapter, US$ million, fiscal years (April–March).\n\
         # Source: Department of Commerce, TradeStat (Export Import Data Bank), country-wise all\n\
         # commodities, Russia, 2-digit level, as of {} (data release {}).\n\
         # Written by `trade-balance update`; the build checks that every sector and group of\n\
         # baseline.txt is the sum of the chapters it names.\n\
         # flow | chapter | {} | description\n\
         years | {}\n",
        r.date_words(),
        r.id,
        years.join(" | "),
        years.join(" | ")
    );
    let mut lines = vec![0; out.lines().count()];
    for flow in [Flow::Export, Flow::Import] {
        for c in t.chapters(flow) {
            let d = description(t, flow, c, previous).ok_or_else(|| {
                let m = format!(
                    "{} chapter {c:02} is new and has no description: add the description column",
                    flow.prefix()
                );
                Refusal::at(name, t.line_of(flow, c), &m)
            })?;
            // the chapter file's fields are split at `|`
            let d = d.replace('|', "/");
            let values: Vec<String> = t
                .years
                .iter()
                .map(|&y| written(t.value(flow, c, y).expect("checked complete")))
                .collect();
            out.push_str(&format!(
                "{} | {c:02} | {} | {d}\n",
                flow.prefix(),
                values.join(" | ")
            ));
            lines.push(t.line_of(flow, c));
        }
    }
    Ok((out, lines))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_read_and_written_exactly() {
        assert_eq!(cents("47824.9"), Some(4_782_490));
        assert_eq!(cents("1,137.42"), Some(113_742));
        assert_eq!(cents("0"), Some(0));
        assert_eq!(cents("1.234"), None);
        assert_eq!(cents("-1"), None);
        for s in ["0.0", "6.7", "56873.19", "0.02", "10.1"] {
            assert_eq!(written(cents(s).unwrap()), s);
        }
        assert_eq!(millions(449_352), "4,493.52");
        assert_eq!(millions(4_782_490), "47,824.90");
        assert_eq!(millions(1_234_567_800), "12,345,678.00");
    }

    #[test]
    fn a_fiscal_year_is_named_as_the_data_file_or_tradestat_names_it() {
        for p in ["FY2025-26", "2025-26", "2025-2026"] {
            assert_eq!(fiscal_year(p), Some(2025), "{p}");
        }
        for p in [
            "2025-2027",
            "Apr-Oct 2026",
            "2025",
            "FY2025-27",
            "2026-04",
            "2025-20266",
        ] {
            assert_eq!(fiscal_year(p), None, "{p}");
        }
    }

    #[test]
    fn a_description_never_splits_the_chapter_file_s_fields() {
        let csv = "direction,period,chapter,US$ million,description\n\
                   export,FY2025-26,30,1.5,Drugs | medicines\nexport,FY2025-26,total,1.5,\n\
                   import,FY2025-26,27,2,Fuels\nimport,FY2025-26,total,2.00,\n";
        let t = read("t.csv", csv).unwrap();
        let r = Release {
            id: "2026-07".into(),
            date: (2026, 7, 18),
        };
        let (text, lines) = chapter_file("t.csv", &t, &r, "").unwrap();
        assert!(
            text.contains("\nexport | 30 | 1.5 | Drugs / medicines\nimport | 27 | 2.0 | Fuels\n")
        );
        assert!(text.contains("as of 18 Jul 2026 (data release 2026-07)"));
        assert_eq!(lines.len(), text.lines().count());
        assert_eq!(lines[lines.len() - 2..], [2, 4]);
    }

    #[test]
    fn quoted_fields_keep_their_commas() {
        let f = fields(r#"export,FY2025-26,09,116.05,"Coffee, Tea, Mate And ""Spices""""#).unwrap();
        assert_eq!(f[4], r#"Coffee, Tea, Mate And "Spices""#);
        assert!(fields(r#"export,"FY2025-26"#).is_none());
    }
}
