//! The HS chapters behind each sector: a `.hs` row's chapter list, and the check of a vintage's
//! sectors and groups against TradeStat's chapter file (each chapter in one sector, each
//! sector's value the sum of its chapters).

use crate::{error, fy, Baseline, DataError, Flow, CHAPTERS_PATH};

/// One item of a chapter list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChapterItem {
    Chapter(u8),
    /// Both ends included.
    Range(u8, u8),
    /// A 4-digit heading, taken out of its chapter's group (crude oil, 2709, out of 27).
    Heading(u16),
    /// Every chapter no other sector of the flow names.
    Rest,
}

impl ChapterItem {
    pub(crate) fn parse(s: &str) -> Option<ChapterItem> {
        let s = s.trim();
        let chapter = |t: &str| -> Option<u8> {
            (t.len() == 2 && t.chars().all(|c| c.is_ascii_digit()))
                .then(|| t.parse().ok())
                .flatten()
                .filter(|c| (1..=99).contains(c))
        };
        if s == "rest" {
            return Some(ChapterItem::Rest);
        }
        if let Some((a, b)) = s.split_once('-') {
            let (a, b) = (chapter(a)?, chapter(b)?);
            return (a < b).then_some(ChapterItem::Range(a, b));
        }
        if s.len() == 4 && s.chars().all(|c| c.is_ascii_digit()) {
            return s.parse().ok().map(ChapterItem::Heading);
        }
        chapter(s).map(ChapterItem::Chapter)
    }

    fn covers(self, chapter: u8) -> bool {
        match self {
            ChapterItem::Chapter(c) => c == chapter,
            ChapterItem::Range(a, b) => a <= chapter && chapter <= b,
            ChapterItem::Heading(_) | ChapterItem::Rest => false,
        }
    }
}

/// Which HS chapters a sector or group covers (a `.hs` row).
#[derive(Clone, Debug, PartialEq)]
pub struct Definition {
    pub flow: Flow,
    /// Index into the flow's sectors.
    pub sector: usize,
    pub items: Vec<ChapterItem>,
    /// The list as written ("72-84, 86-90").
    pub chapters: &'static str,
    /// What it holds, in words.
    pub description: &'static str,
    pub line: usize,
}

/// Every sector and group has exactly one chapter list.
pub(crate) fn check_definitions(defs: &[Definition]) -> Result<(), DataError> {
    for flow in [Flow::Export, Flow::Import] {
        for (i, id) in flow.ids().iter().enumerate() {
            let n = defs
                .iter()
                .filter(|d| d.flow == flow && d.sector == i)
                .count();
            if n != 1 {
                return Err(error(
                    0,
                    format!(
                        "`{}.{}.hs` should appear once (found {n})",
                        flow.prefix(),
                        id
                    ),
                ));
            }
        }
    }
    Ok(())
}

/// One row of the chapter file: values in US$ m for each of its years.
struct ChapterRow {
    flow: Flow,
    chapter: u8,
    values: Vec<f64>,
    line: usize,
}

fn chapter_error(line: usize, message: String) -> DataError {
    DataError {
        file: CHAPTERS_PATH,
        line,
        message,
    }
}

/// Check the sectors and groups of `b` against the HS-chapter file: each chapter belongs to one
/// sector (a heading such as crude's 2709 is carved out of its chapter), and each sector's value
/// in each of the file's years is the sum of its chapters.
pub fn check_chapters(b: &Baseline, text: &str) -> Result<(), DataError> {
    let (years, rows) = chapter_rows(text)?;
    for flow in [Flow::Export, Flow::Import] {
        let defs: Vec<&Definition> = b.definitions.iter().filter(|d| d.flow == flow).collect();
        let owner = chapter_owners(flow, &defs, &rows)?;
        for (k, year) in years.iter().enumerate() {
            let Some(actual) = b.actual(*year) else {
                continue;
            };
            let Some(values) = (match flow {
                Flow::Export => actual.sectors.map(|v| v.to_vec()),
                Flow::Import => actual.groups.map(|v| v.to_vec()),
            }) else {
                continue;
            };
            let sums = ChapterSums {
                flow,
                defs: &defs,
                rows: &rows,
                owner: &owner,
                column: k,
            };
            for i in 0..flow.ids().len() {
                sums.check(b, *year, i, &values)?;
            }
        }
    }
    Ok(())
}

/// Which sector or group of `b` each chapter of a chapter file belongs to: `(flow, chapter,
/// index into the flow's sectors)`, every chapter of the file once per flow, checked as
/// [`check_chapters`] checks it (a chapter in no sector, or in two, is an error). The update
/// command sums a new release's chapters with it.
pub fn chapter_owners_in(b: &Baseline, text: &str) -> Result<Vec<(Flow, u8, usize)>, DataError> {
    let (_, rows) = chapter_rows(text)?;
    let mut out = Vec::new();
    for flow in [Flow::Export, Flow::Import] {
        let defs: Vec<&Definition> = b.definitions.iter().filter(|d| d.flow == flow).collect();
        for (chapter, sector) in chapter_owners(flow, &defs, &rows)? {
            if !out.contains(&(flow, chapter, sector)) {
                out.push((flow, chapter, sector));
            }
        }
    }
    Ok(out)
}

/// The chapter file's `years` and rows: `flow | chapter | one value per year | description`.
fn chapter_rows(text: &str) -> Result<(Vec<i32>, Vec<ChapterRow>), DataError> {
    let mut years: Vec<i32> = Vec::new();
    let mut rows: Vec<ChapterRow> = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let line = n + 1;
        let content = raw.trim();
        if content.is_empty() || content.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = content.split('|').map(str::trim).collect();
        if fields[0] == "years" {
            years = fields[1..].iter().filter_map(|f| fy::parse(f)).collect();
            if years.len() != fields.len() - 1 || years.is_empty() {
                return Err(chapter_error(
                    line,
                    "the `years` row should list fiscal years like FY2025-26".into(),
                ));
            }
            continue;
        }
        rows.push(chapter_row(&fields, years.len(), line)?);
    }
    Ok((years, rows))
}

/// One chapter row, given how many years the file's `years` row named.
fn chapter_row(fields: &[&str], years: usize, line: usize) -> Result<ChapterRow, DataError> {
    let bad = || {
        chapter_error(
            line,
            format!("expected `flow | chapter | {years} values | description`"),
        )
    };
    if years == 0 || fields.len() != years + 3 {
        return Err(bad());
    }
    let flow = Flow::parse(fields[0]).ok_or_else(bad)?;
    let chapter = match ChapterItem::parse(fields[1]) {
        Some(ChapterItem::Chapter(c)) => c,
        _ => return Err(bad()),
    };
    let values: Option<Vec<f64>> = fields[2..2 + years]
        .iter()
        .map(|v| v.parse().ok())
        .collect();
    let values = values
        .filter(|v| v.iter().all(|x: &f64| x.is_finite() && *x >= 0.0))
        .ok_or_else(bad)?;
    Ok(ChapterRow {
        flow,
        chapter,
        values,
        line,
    })
}

/// Which sector each chapter of `flow` belongs to: the one sector that names it, or else the one
/// that takes the `rest`.
fn chapter_owners(
    flow: Flow,
    defs: &[&Definition],
    rows: &[ChapterRow],
) -> Result<Vec<(u8, usize)>, DataError> {
    let rest: Vec<&&Definition> = defs
        .iter()
        .filter(|d| d.items.contains(&ChapterItem::Rest))
        .collect();
    if rest.len() > 1 {
        return Err(error(
            rest[1].line,
            "only one sector of a flow may take the `rest`".into(),
        ));
    }
    let mut owner: Vec<(u8, usize)> = Vec::new();
    for r in rows.iter().filter(|r| r.flow == flow) {
        let named: Vec<&&Definition> = defs
            .iter()
            .filter(|d| d.items.iter().any(|i| i.covers(r.chapter)))
            .collect();
        let sector = match (named.len(), rest.first()) {
            (1, _) => named[0].sector,
            (0, Some(d)) => d.sector,
            (0, None) => {
                let what = format!(
                    "{} chapter {:02} belongs to no sector",
                    flow.prefix(),
                    r.chapter
                );
                return Err(chapter_error(r.line, what));
            }
            _ => {
                let what = format!(
                    "{} chapter {:02} is named by two sectors",
                    flow.prefix(),
                    r.chapter
                );
                return Err(error(named[1].line, what));
            }
        };
        owner.push((r.chapter, sector));
    }
    Ok(owner)
}

/// The chapters of one flow in one year's column, to check each sector's value against.
struct ChapterSums<'a> {
    flow: Flow,
    defs: &'a [&'a Definition],
    rows: &'a [ChapterRow],
    owner: &'a [(u8, usize)],
    column: usize,
}

impl ChapterSums<'_> {
    /// Sector `i`'s value in `year` (`values[i]`) is the sum of its chapters, less the headings
    /// other sectors carve out of them. A heading-only group is checked through its chapter.
    fn check(&self, b: &Baseline, year: i32, i: usize, values: &[f64]) -> Result<(), DataError> {
        let def = self
            .defs
            .iter()
            .find(|d| d.sector == i)
            .expect("checked when parsing");
        if def
            .items
            .iter()
            .any(|it| matches!(it, ChapterItem::Heading(_)))
        {
            return Ok(());
        }
        let mut sum: f64 = self
            .rows
            .iter()
            .filter(|r| r.flow == self.flow && self.owner.contains(&(r.chapter, i)))
            .map(|r| r.values[self.column])
            .sum::<f64>()
            / 1000.0;
        for other in self.defs.iter().filter(|d| d.sector != i) {
            let carved = other.items.iter().any(|it| {
                matches!(it, ChapterItem::Heading(h) if self.owner.contains(&((h / 100) as u8, i)))
            });
            if carved {
                sum -= values[other.sector];
            }
        }
        if (sum - values[i]).abs() <= 0.000_005 {
            return Ok(());
        }
        let key = format!(
            "{}.{}.{}",
            self.flow.prefix(),
            self.flow.ids()[i],
            fy::label(year)
        );
        Err(error(
            b.datum(&key).map_or(0, |d| d.line),
            format!(
                "`{key}` is {:.5}, but its chapters ({}) add up to {sum:.5} US$ bn",
                values[i], def.chapters
            ),
        ))
    }
}
