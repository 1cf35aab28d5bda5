//! `trade-balance update`: the next data release in one command. It reads TradeStat's table by
//! HS chapter (CSV, `table`) and the other inputs (`inputs`), writes the next vintage's data file
//! and chapter file (`write`) from the previous vintage's, runs the data crate's parser and
//! checks on them (the ones the build runs), and prints how the headline figures move
//! (`compare`).
//! Every refusal names the file and line at fault; nothing is written unless all is well.

mod compare;
mod inputs;
mod table;
mod write;

use std::ffi::OsString;
use std::fmt;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use trade_core::data::{self, Baseline, DataError};
use trade_core::fy;
use write::{Line, NewRow, Origin};

pub const USAGE: &str = "\
Usage: trade-balance update --previous DIR --chapters CSV --inputs FILE
                            --id YYYY-MM --date YYYY-MM-DD --out DIR

Writes the next release of the data (baseline.txt and tradestat-russia-hs2.txt in --out) from the
previous one (the same two files in --previous) and the official figures, after every check the
build runs; prints how the headline figures move. Nothing is written if a check fails: the message
names the file and line at fault.

  --previous DIR   the release it follows: DIR/baseline.txt and DIR/tradestat-russia-hs2.txt
  --chapters CSV   TradeStat's country-wise table for Russia by HS chapter (2 digits), one value a
                   line, with this header (description optional; the previous file's is kept):
                     direction,period,chapter,US$ million,description
                     export,FY2025-26,30,471.34,Pharmaceutical Products
                     export,FY2025-26,total,4493.52,
                   direction: export or import; period: a full fiscal year (FY2025-26, or
                   TradeStat's 2025-2026); chapter: 01 to 99, or total for TradeStat's Total
                   line (one per direction and year, checked against the chapters). Every
                   chapter of a direction in every year.
  --inputs FILE    the rows the chapters do not give, as the data file writes them
                   (key | value | unit | tag | source): a new year's crude imports
                   (import.crude.FY…, heading 2709) and rupee rate (actual.FY….inr),
                   crude volume and price (PPAC, trackers), rate.inr, growth rates, the
                   running year's months so far (running.FY….months, .exports, .imports;
                   official figures only)… Each replaces the previous row of its key (same
                   unit) or adds a new year's row.
  --id YYYY-MM     the release's id (its year and month); --date YYYY-MM-DD its day
  --out DIR        where to write (may be --previous itself)
  -h, --help       this text

The rows the chapters give (each year's exports and imports, each sector and group but crude) are
written from them in one wording per kind of row, naming the release; the base year moves to the
table's latest year. The running year's months are kept until the base year reaches their year;
then they are dropped (the year's full figures replace them), and the command says so.";

/// Why the command refuses: the file (and line) at fault and what is wrong.
#[derive(Debug)]
pub struct Refusal {
    place: String,
    message: String,
}

impl Refusal {
    pub fn at(file: &str, line: usize, message: &str) -> Refusal {
        Refusal {
            place: format!("{file} line {line}"),
            message: message.into(),
        }
    }
    pub fn file(file: &str, message: &str) -> Refusal {
        Refusal {
            place: file.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.place, self.message)
    }
}

/// The release being written: its id and day.
pub struct Release {
    pub id: String,
    pub date: (i32, u32, u32),
}

impl Release {
    /// From --id YYYY-MM and --date YYYY-MM-DD (the same month).
    fn parse(id: &str, date: &str) -> Result<Release, String> {
        let num = |s: &str, n: usize| {
            (s.len() == n && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse::<u32>().ok())
                .flatten()
        };
        let d: Vec<&str> = date.split('-').collect();
        let (y, m, day) = match d[..] {
            [y, m, dd] => (num(y, 4), num(m, 2), num(dd, 2)),
            _ => (None, None, None),
        };
        let (Some(y), Some(m), Some(day)) = (y, m, day) else {
            return Err(format!(
                "--date must be a day like 2027-05-15, not `{date}`"
            ));
        };
        let days = [
            31,
            if y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) {
                29
            } else {
                28
            },
            31,
            30,
            31,
            30,
            31,
            31,
            30,
            31,
            30,
            31,
        ];
        if !(2000..=2100).contains(&y)
            || !(1..=12).contains(&m)
            || day == 0
            || day > days[m as usize - 1]
        {
            return Err(format!("--date `{date}` is not a day of the calendar"));
        }
        if id != &date[..7] {
            return Err(format!(
                "--id must be the release's year and month, {}, not `{id}`",
                &date[..7]
            ));
        }
        Ok(Release {
            id: id.into(),
            date: (y as i32, m, day),
        })
    }
    /// "18 Jul 2026".
    pub fn date_words(&self) -> String {
        const M: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        format!(
            "{} {} {}",
            self.date.2,
            M[self.date.1 as usize - 1],
            self.date.0
        )
    }
    fn iso(&self) -> String {
        format!("{}-{:02}-{:02}", self.date.0, self.date.1, self.date.2)
    }
}

/// The arguments.
struct Args {
    previous: PathBuf,
    chapters: PathBuf,
    inputs: PathBuf,
    out: PathBuf,
    release: Release,
}

fn parse_args(raw: &[String]) -> Result<Option<Args>, String> {
    const NAMES: [&str; 6] = [
        "--previous",
        "--chapters",
        "--inputs",
        "--id",
        "--date",
        "--out",
    ];
    let mut v: [Option<String>; 6] = Default::default();
    let mut it = raw.iter();
    while let Some(a) = it.next() {
        if a == "-h" || a == "--help" {
            return Ok(None);
        }
        let (name, inline) = a
            .split_once('=')
            .map_or((a.as_str(), None), |(n, v)| (n, Some(v.to_string())));
        let i = NAMES
            .iter()
            .position(|n| *n == name)
            .ok_or(format!("unexpected argument `{a}`"))?;
        let value = inline
            .or_else(|| it.next().cloned())
            .ok_or(format!("{name} needs a value"))?;
        if v[i].replace(value).is_some() {
            return Err(format!("{name} is given more than once"));
        }
    }
    let [Some(previous), Some(chapters), Some(inputs), Some(id), Some(date), Some(out)] = v else {
        let missing: Vec<&str> = NAMES
            .iter()
            .zip(&v)
            .filter(|(_, v)| v.is_none())
            .map(|(n, _)| *n)
            .collect();
        return Err(format!("missing {}", missing.join(", ")));
    };
    let release = Release::parse(&id, &date)?;
    Ok(Some(Args {
        previous: previous.into(),
        chapters: chapters.into(),
        inputs: inputs.into(),
        out: out.into(),
        release,
    }))
}

fn read(path: &Path) -> Result<String, Refusal> {
    std::fs::read_to_string(path)
        .map_err(|e| Refusal::file(&path.display().to_string(), &format!("cannot be read: {e}")))
}

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

/// `trade-balance update …`: 0 when written, 2 when refused.
pub fn main(raw: Vec<OsString>) -> ExitCode {
    let raw: Result<Vec<String>, _> = raw.into_iter().map(OsString::into_string).collect();
    let args = match raw
        .map_err(|a| format!("argument `{}` is not valid UTF-8", a.to_string_lossy()))
        .and_then(|r| parse_args(&r))
    {
        Ok(Some(a)) => a,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("error: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(r) => {
            eprintln!("error: {r}\nNothing was written.");
            ExitCode::from(2)
        }
    }
}

/// Files by name, as messages give them.
struct Names {
    baseline: String,
    chapters: String,
    csv: String,
    inputs: String,
}

/// A refusal of the data checks on the new files, at the line of the file it came from.
fn explain(e: &DataError, lines: &[Line], chapter_lines: &[usize], n: &Names) -> Refusal {
    if e.file == data::CHAPTERS_PATH {
        return match chapter_lines.get(e.line.wrapping_sub(1)) {
            Some(&l) if l > 0 => Refusal::at(&n.csv, l, &e.message),
            _ => Refusal::file(&n.chapters, &e.message),
        };
    }
    match lines.get(e.line.wrapping_sub(1)).map(|l| &l.origin) {
        Some(Origin::Previous(l)) => Refusal::at(
            &n.baseline,
            *l,
            &format!("{} (a row kept from the previous release)", e.message),
        ),
        Some(Origin::Inputs(l)) => Refusal::at(&n.inputs, *l, &e.message),
        Some(Origin::Chapters(key)) => Refusal::file(
            &n.csv,
            &format!("the row `{key}` written from the chapters: {}", e.message),
        ),
        Some(Origin::Release) => Refusal::file("the new data file's release rows", &e.message),
        None => Refusal::file("the new data file", &e.message),
    }
}

/// The release rows and, if the table reaches a later year, the new base year.
fn release_rows(a: &Args, prev: &Baseline, years: &[i32]) -> Vec<NewRow> {
    let r = &a.release;
    let base = years
        .iter()
        .copied()
        .chain([prev.params.base_year])
        .max()
        .expect("one year");
    let first = prev.first_year().min(years[0]);
    let fys: Vec<String> = years.iter().map(|&y| fy::label(y)).collect();
    let covers = format!("{} to {}", fy::label(first), fy::label(base));
    let (id, when) = (&r.id, r.date_words());
    let what = format!(
        "Release {id}: TradeStat (Department of Commerce) by HS chapter for {}, as of {when}; \
         crude from PPAC and the trackers, the rupee from RBI",
        fys.join(" and ")
    );
    let day = format!("The day release {id}'s figures were taken from TradeStat");
    let years = format!(
        "The actual years of release {id}; {} is its base year",
        fy::label(base)
    );
    let row = |k: &str, v: &str, unit: &str, s: &str| NewRow {
        key: k.into(),
        text: format!("{k} | {v} | {unit} | DEF | {s}"),
        origin: Origin::Release,
    };
    let mut rows = vec![
        row("vintage.id", id, "release", &what),
        row("vintage.date", &r.iso(), "date", &day),
        row("vintage.covers", &covers, "fiscal years", &years),
    ];
    if base > prev.params.base_year {
        let text = format!(
            "base.year | {base} | fiscal year | OFF | {} is the latest fiscal year with official \
             full-year figures (Department of Commerce, TradeStat and the Trade Intelligence & \
             Analytics portal); the projection runs from it to {}",
            fy::label(base),
            fy::label(fy::HORIZON)
        );
        rows.push(NewRow {
            key: "base.year".into(),
            text,
            origin: Origin::Release,
        });
    }
    rows
}

/// The previous release's running-year rows (`running.FY….`) of a year the base year has
/// reached: dropped, since the year's full figures are there now; what was dropped, in words.
fn drop_past_running(lines: &mut Vec<Line>, base: i32) -> Option<String> {
    let past = |l: &Line| {
        write::key_of(&l.text)
            .and_then(|k| k.strip_prefix("running."))
            .and_then(|k| k.split('.').next())
            .and_then(fy::parse)
            .filter(|y| *y <= base)
    };
    let gone: Vec<(String, i32)> = lines
        .iter()
        .filter_map(|l| Some((write::key_of(&l.text)?.to_string(), past(l)?)))
        .collect();
    let (_, year) = gone.first()?;
    lines.retain(|l| past(l).is_none());
    let keys: Vec<&str> = gone.iter().map(|(k, _)| k.as_str()).collect();
    Some(format!(
        "the months of {} so far are dropped ({}): {} is now a full year of the data",
        fy::label(*year),
        keys.join(", "),
        fy::label(*year)
    ))
}

/// The previous release's id, from its metadata row.
fn previous_id(text: &str) -> String {
    text.lines()
        .find_map(|l| {
            l.trim()
                .strip_prefix("vintage.id |")
                .map(|r| r.split('|').next().unwrap_or("").trim().to_string())
        })
        .unwrap_or_else(|| "previous".into())
}

/// Every input row's unit is the unit of the row it replaces (or of its kind's latest year).
fn check_units(prev: &str, inputs: &[inputs::InputRow], name: &str) -> Result<(), Refusal> {
    let kind = |k: &str| {
        k.split('.')
            .map(|p| if fy::parse(p).is_some() { "{}" } else { p })
            .collect::<Vec<_>>()
            .join(".")
    };
    for r in inputs {
        let unit = prev
            .lines()
            .rev()
            .find(|l| write::key_of(l).is_some_and(|k| kind(k) == kind(&r.key)));
        let unit = unit.and_then(|l| l.split('|').nth(2)).map(str::trim);
        if let Some(u) = unit.filter(|u| *u != r.unit) {
            let m = format!("`{}` is in `{}` here, but the data file has it in `{u}`: convert the value, or check the row", r.key, r.unit);
            return Err(Refusal::at(name, r.line, &m));
        }
    }
    Ok(())
}

/// The rows the new file gets: the release's, those derived from the table (keeping a remark
/// while the value stays), the inputs'; and the remarks dropped.
fn new_rows(
    a: &Args,
    n: &Names,
    prev: &Baseline,
    t: &table::Table,
    given: &[inputs::InputRow],
    owners: &[(data::Flow, u8, usize)],
) -> Result<(Vec<NewRow>, Vec<String>), Refusal> {
    let d = write::Derive {
        b: prev,
        t,
        owners,
        inputs: given,
        inputs_name: &n.inputs,
        csv_name: &n.csv,
        release: &a.release,
    };
    let mut derived = d.rows()?;
    if let Some(r) = given
        .iter()
        .find(|r| derived.iter().any(|d| d.key == r.key))
    {
        let m = format!(
            "`{}` is written from the chapter table: leave it out of the inputs",
            r.key
        );
        return Err(Refusal::at(&n.inputs, r.line, &m));
    }
    let dropped: Vec<String> = derived
        .iter_mut()
        .filter_map(|r| write::keep_remark(prev, r))
        .collect();
    let mut rows = release_rows(a, prev, &t.years);
    rows.extend(derived);
    rows.extend(given.iter().map(|r| NewRow {
        key: r.key.clone(),
        text: r.text.clone(),
        origin: Origin::Inputs(r.line),
    }));
    Ok((rows, dropped))
}

impl Names {
    fn of(a: &Args) -> Names {
        let name = |p: &Path| p.display().to_string();
        Names {
            baseline: name(&a.previous.join("baseline.txt")),
            chapters: name(&a.previous.join("tradestat-russia-hs2.txt")),
            csv: name(&a.chapters),
            inputs: name(&a.inputs),
        }
    }
}

/// Read, build, check, print, write.
fn run(a: &Args) -> Result<(), Refusal> {
    let n = Names::of(a);
    let prev_text = read(&a.previous.join("baseline.txt"))?;
    let prev_chapters = read(&a.previous.join("tradestat-russia-hs2.txt"))?;
    let prev = data::parse(leak(prev_text.clone())).map_err(|e| {
        let m = format!("the previous release does not pass the checks: {e}");
        Refusal::file(&n.baseline, &m)
    })?;
    let t = table::read(&n.csv, &read(&a.chapters)?)?;
    let given = inputs::read(&n.inputs, &read(&a.inputs)?)?;
    check_units(&prev_text, &given, &n.inputs)?;
    let (chapter_text, chapter_lines) =
        table::chapter_file(&n.csv, &t, &a.release, &prev_chapters)?;
    let owners = data::chapter_owners_in(&prev, &chapter_text)
        .map_err(|e| explain(&e, &[], &chapter_lines, &n))?;
    let (rows, mut dropped) = new_rows(a, &n, &prev, &t, &given, &owners)?;
    let mut lines = write::assemble(&prev_text, rows);
    let base = t
        .years
        .iter()
        .copied()
        .max()
        .map_or(prev.params.base_year, |y| y.max(prev.params.base_year));
    dropped.extend(drop_past_running(&mut lines, base));
    let mut text: String = lines.iter().map(|l| format!("{}\n", l.text)).collect();
    if !prev_text.ends_with('\n') {
        text.pop();
    }
    let new = data::parse(leak(text.clone()))
        .and_then(|b| data::check_chapters(&b, &chapter_text).map(|()| b))
        .map_err(|e| explain(&e, &lines, &chapter_lines, &n))?;
    std::fs::create_dir_all(&a.out)
        .and_then(|()| std::fs::write(a.out.join("baseline.txt"), &text))
        .and_then(|()| std::fs::write(a.out.join("tradestat-russia-hs2.txt"), &chapter_text))
        .map_err(|e| {
            let m = format!("cannot be written: {e}");
            Refusal::file(&a.out.display().to_string(), &m)
        })?;
    report(a, &prev, &new, &prev_text, &lines, &dropped);
    Ok(())
}

/// What the command prints once the files are written.
fn report(
    a: &Args,
    prev: &Baseline,
    new: &Baseline,
    prev_text: &str,
    lines: &[Line],
    dropped: &[String],
) {
    let count = |f: fn(&Origin) -> bool| lines.iter().filter(|l| f(&l.origin)).count();
    let from_chapters = count(|o| matches!(o, Origin::Chapters(_)));
    let from_inputs = count(|o| matches!(o, Origin::Inputs(_)));
    let fys: Vec<String> = new
        .history
        .iter()
        .filter(|h| h.sectors.is_some())
        .map(|h| fy::label(h.year))
        .collect();
    println!(
        "Release {} ({}) passes every check the build runs, and is written to {}:\n  baseline.txt: {from_chapters} rows from the chapter table, {from_inputs} from the inputs, the rest kept; base year {}\n  tradestat-russia-hs2.txt: the chapters of {}\n",
        a.release.id,
        a.release.date_words(),
        a.out.display(),
        fy::label(new.params.base_year),
        fys.join(", ")
    );
    print!(
        "{}",
        compare::changes(prev, new, &previous_id(prev_text), &a.release.id)
    );
    for d in dropped {
        eprintln!("note: {d}");
    }
    if let Some(r) = new.running {
        let kept = lines.iter().any(|l| {
            matches!(l.origin, Origin::Previous(_))
                && write::key_of(&l.text).is_some_and(|k| k.starts_with("running."))
        });
        if kept {
            eprintln!(
                "note: the months of {} so far ({} months) are kept from the previous release: give the newer months in the inputs when they are out",
                fy::label(r.year),
                r.months
            );
        }
    }
    if new.params.base_year != prev.params.base_year {
        let old = fy::label(prev.params.base_year);
        let stale: Vec<String> = lines
            .iter()
            .filter(|l| matches!(l.origin, Origin::Previous(_)) && l.text.contains(&old))
            .filter_map(|l| write::key_of(&l.text).map(String::from))
            .collect();
        if !stale.is_empty() {
            eprintln!(
                "check: these rows are kept from the previous release and still speak of {old}: {}",
                stale.join(", ")
            );
        }
    }
}
