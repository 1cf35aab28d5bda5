//! The next data file: the previous vintage's lines, with the rows the chapters give written
//! from them (one template per kind of row, naming the release), the inputs file's rows in place
//! of the previous ones, new years' rows beside their predecessors, and the release rows.

use super::inputs::InputRow;
use super::table::{millions, Cents, Table};
use super::{Refusal, Release};
use trade_core::data::{Baseline, ChapterItem, Flow, FlowSectors, Tag};
use trade_core::fy;

/// Where a line of the new data file came from, for messages.
#[derive(Clone, Debug, PartialEq)]
pub enum Origin {
    /// The previous data file's line.
    Previous(usize),
    /// The inputs file's line.
    Inputs(usize),
    /// Derived from the chapter table (the row's key).
    Chapters(String),
    /// Written from --id and --date (or the table's years: the base year).
    Release,
}

/// A row to put into the file: its key, its text and where it came from.
pub struct NewRow {
    pub key: String,
    pub text: String,
    pub origin: Origin,
}

/// A line of the new file.
pub struct Line {
    pub text: String,
    pub origin: Origin,
}

/// US$ bn to five decimals (US$ 10,000), trailing zeros dropped: "3.1179".
fn bn(c: Cents) -> String {
    let s = format!("{}.{:05}", c / 100_000, c % 100_000);
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// "72–84 and 86–90" for "72-84, 86-90".
fn list_words(chapters: &str) -> String {
    let items: Vec<String> = chapters
        .split(',')
        .map(|c| c.trim().replace('-', "–"))
        .collect();
    match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => items.join(""),
    }
}

/// A heading-only group's value in a year (crude: 2709), from the inputs or else the previous
/// file, in hundredths of a US$ m, and whether it is an estimate.
fn heading_value(
    b: &Baseline,
    inputs: &[InputRow],
    key: &str,
    inputs_name: &str,
) -> Result<(Cents, bool), Refusal> {
    let given = inputs.iter().find(|r| r.key == key);
    let (value, tag) = match (given, b.datum(key)) {
        (Some(r), _) => {
            let tag = r.text.split('|').nth(3).map(str::trim).and_then(Tag::parse);
            let v: Option<f64> = r
                .value
                .parse()
                .ok()
                .filter(|v: &f64| v.is_finite() && *v >= 0.0);
            let bad = || {
                Refusal::at(
                    inputs_name,
                    r.line,
                    &format!("`{key}` needs a value in US$ bn and a tag"),
                )
            };
            (v.ok_or_else(bad)?, tag.ok_or_else(bad)?)
        }
        (None, Some(d)) => (d.value, d.tag),
        (None, None) => {
            let m = format!(
                "`{key}` is needed: the chapter table has no 4-digit headings, so add the row (US$ bn, with its source) to the inputs"
            );
            return Err(Refusal::file(inputs_name, &m));
        }
    };
    Ok(((value * 100_000.0).round() as Cents, tag.is_estimate()))
}

/// What a sector's row says, by its kind: one chapter, a set, the rest, or a chapter less a
/// heading another group takes out of it.
struct Kind<'a> {
    chapters: &'a str,
    items: &'a [ChapterItem],
    /// The carved group's name, whether it is an estimate, and the chapters' value before.
    carved: Option<(&'static str, bool, Cents)>,
}

impl Kind<'_> {
    fn tag_and_source(&self, fy: &str, r: &Release) -> (Tag, String) {
        let rel = format!("data release {}", r.id);
        if let Some((what, est, before)) = self.carved {
            let ch = match self.items {
                [ChapterItem::Chapter(c)] => format!("chapter {c:02}"),
                _ => format!("chapters {}", list_words(self.chapters)),
            };
            let whose = if est { "our estimate of " } else { "" };
            let what = what.to_lowercase();
            let source = format!(
                "TradeStat {ch} (US$ {} m) minus {whose}{what}, {fy}, {rel}",
                millions(before)
            );
            return (if est { Tag::Est } else { Tag::Der }, source);
        }
        match self.items {
            [ChapterItem::Chapter(c)] => (Tag::Off, format!("TradeStat, HS {c:02}, {fy}, {rel}")),
            i if i.contains(&ChapterItem::Rest) => (
                Tag::Der,
                format!("Sum of every other TradeStat chapter, {fy}, {rel}"),
            ),
            _ => (
                Tag::Der,
                format!(
                    "Sum of TradeStat chapters {}, {fy}, {rel}",
                    list_words(self.chapters)
                ),
            ),
        }
    }
}

/// The context of the rows derived from the table.
pub struct Derive<'a> {
    pub b: &'a Baseline,
    pub t: &'a Table,
    pub owners: &'a [(Flow, u8, usize)],
    pub inputs: &'a [InputRow],
    pub inputs_name: &'a str,
    pub csv_name: &'a str,
    pub release: &'a Release,
}

fn row(key: String, value: Cents, tag: Tag, source: String) -> NewRow {
    let text = format!("{key} | {} | US$ bn | {} | {source}", bn(value), tag.code());
    NewRow {
        text,
        origin: Origin::Chapters(key.clone()),
        key,
    }
}

impl Derive<'_> {
    /// Every row the table gives: each year's exports and imports, then each sector and group
    /// (a heading-only group, crude, comes from the inputs).
    pub fn rows(&self) -> Result<Vec<NewRow>, Refusal> {
        let mut out = Vec::new();
        for &y in &self.t.years {
            let fy = fy::label(y);
            for (flow, whose) in [
                (Flow::Export, "India's exports to"),
                (Flow::Import, "India's imports from"),
            ] {
                let sum = self.t.sum(flow, y);
                let source = format!(
                    "TradeStat (Department of Commerce), {whose} Russia, {fy}, data release {}: the sum of its chapters, US$ {} m",
                    self.release.id,
                    millions(sum)
                );
                let key = format!("actual.{fy}.{}s", flow.prefix());
                out.push(row(key, sum, Tag::Off, source));
            }
        }
        for flow in [Flow::Export, Flow::Import] {
            for i in 0..flow.sectors().len() {
                for &y in &self.t.years {
                    out.extend(self.sector(flow, i, y)?);
                }
            }
        }
        Ok(out)
    }

    /// A sector's row for a year (None for a heading-only group).
    fn sector(&self, flow: Flow, i: usize, y: i32) -> Result<Option<NewRow>, Refusal> {
        let def = self
            .b
            .definition(flow, i)
            .expect("the parser checked every sector");
        let heading = |d: &ChapterItem| matches!(d, ChapterItem::Heading(_));
        if def.items.iter().any(heading) {
            return Ok(None);
        }
        let owns = |c: u8| self.owners.contains(&(flow, c, i));
        let before: Cents = self
            .t
            .chapters(flow)
            .into_iter()
            .filter(|&c| owns(c))
            .map(|c| self.t.value(flow, c, y).unwrap_or(0))
            .sum();
        let (mut value, mut carved) = (before, None);
        for other in self
            .b
            .definitions
            .iter()
            .filter(|d| d.flow == flow && d.sector != i)
        {
            for item in &other.items {
                if let ChapterItem::Heading(h) = item {
                    if owns((h / 100) as u8) {
                        let s = &flow.sectors()[other.sector];
                        let key = format!("{}.{}.{}", flow.prefix(), s.id, fy::label(y));
                        let (v, est) = heading_value(self.b, self.inputs, &key, self.inputs_name)?;
                        value -= v;
                        carved = Some((s.label.en, est, before));
                    }
                }
            }
        }
        let key = format!(
            "{}.{}.{}",
            flow.prefix(),
            flow.sectors()[i].id,
            fy::label(y)
        );
        if value < 0 {
            let m = format!("`{key}` would be negative: the chapters are less than what the inputs take out of them");
            return Err(Refusal::file(self.csv_name, &m));
        }
        let kind = Kind {
            chapters: def.chapters,
            items: &def.items,
            carved,
        };
        let (tag, source) = kind.tag_and_source(&fy::label(y), self.release);
        Ok(Some(row(key, value, tag, source)))
    }
}

/// The remark a source ends with, in brackets: "(Russian customs: US$ 130 m in calendar 2024)".
pub fn remark(source: &str) -> Option<&str> {
    let s = source.strip_suffix(')')?;
    let mut depth = 0;
    for (i, c) in s.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' if depth == 0 => return Some(&s[i + 1..]),
            '(' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// A derived row keeps the remark of the previous row of its key while its value is the same;
/// a remark on a value that changed is dropped, and said (Some: what to tell).
pub fn keep_remark(b: &Baseline, r: &mut NewRow) -> Option<String> {
    let d = b.datum(&r.key)?;
    let rem = remark(d.source)?;
    let value: Option<f64> = r.text.split('|').nth(1).and_then(|v| v.trim().parse().ok());
    if value == Some(d.value) {
        r.text.push_str(&format!(" ({rem})"));
        return None;
    }
    Some(format!(
        "`{}` changed from {}, so its remark is dropped (add it back if it still holds): ({rem})",
        r.key, d.value
    ))
}

/// The key a data line holds, if it is a row.
pub fn key_of(line: &str) -> Option<&str> {
    let t = line.trim();
    (!t.is_empty() && !t.starts_with('#')).then(|| t.split('|').next().unwrap_or("").trim())
}

/// A key with its fiscal year taken out, and that year: ("actual.{}.exports", 2025).
fn pattern(key: &str) -> Option<(String, i32)> {
    let year = key.split('.').find_map(fy::parse)?;
    let p: Vec<&str> = key
        .split('.')
        .map(|s| if fy::parse(s).is_some() { "{}" } else { s })
        .collect();
    Some((p.join("."), year))
}

/// Where a new year's row goes: after the row of the same kind for the latest earlier year and
/// the rows of that year (or the new one) that follow it; else at the end.
fn place(lines: &[Line], key: &str) -> usize {
    let Some((kind, year)) = pattern(key) else {
        return lines.len();
    };
    let earlier = lines.iter().enumerate().filter_map(|(i, l)| {
        let (k, y) = pattern(key_of(&l.text)?)?;
        (k == kind && y < year).then_some((y, i))
    });
    let Some((y, mut j)) = earlier.max() else {
        return lines.len();
    };
    let same = |l: &Line| {
        key_of(&l.text).is_some_and(|k| k.contains(&fy::label(y)) || k.contains(&fy::label(year)))
    };
    while j + 1 < lines.len() && same(&lines[j + 1]) {
        j += 1;
    }
    j + 1
}

/// The previous file's lines with the new rows in: each replaces the row of its key, where
/// there is one; release rows go before the first row, and a new year's rows beside their kind.
pub fn assemble(previous: &str, rows: Vec<NewRow>) -> Vec<Line> {
    let mut lines: Vec<Line> = previous
        .lines()
        .enumerate()
        .map(|(n, t)| Line {
            text: t.to_string(),
            origin: Origin::Previous(n + 1),
        })
        .collect();
    let mut first_row = lines
        .iter()
        .position(|l| key_of(&l.text).is_some())
        .unwrap_or(0);
    for r in rows {
        if let Some(l) = lines
            .iter_mut()
            .find(|l| key_of(&l.text) == Some(r.key.as_str()))
        {
            (l.text, l.origin) = (r.text, r.origin);
            continue;
        }
        let at = if trade_core::data::is_release_row(&r.key) {
            first_row += 1;
            first_row - 1
        } else {
            place(&lines, &r.key)
        };
        lines.insert(
            at,
            Line {
                text: r.text,
                origin: r.origin,
            },
        );
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn billions_and_lists_are_written_as_the_file_has_them() {
        assert_eq!(bn(311_790), "3.1179");
        assert_eq!(bn(449_352), "4.49352");
        assert_eq!(bn(0), "0");
        assert_eq!(bn(100_000), "1");
        assert_eq!(list_words("72-84, 86-90"), "72–84 and 86–90");
        assert_eq!(list_words("28, 29, 32-39"), "28, 29 and 32–39");
        assert_eq!(list_words("30"), "30");
    }

    #[test]
    fn a_remark_is_the_last_bracket_and_a_new_year_goes_beside_its_kind() {
        assert_eq!(
            remark("TradeStat, HS 03, FY2024-25 (Russian customs: US$ 130 m (2024))"),
            Some("Russian customs: US$ 130 m (2024)")
        );
        assert_eq!(
            remark("TradeStat chapter 27 (US$ 1.00 m) minus crude oil"),
            None
        );
        let prev = "# head\na.FY2024-25.x | 1\na.FY2025-26.x | 1\na.FY2025-26.y | 1\n\nb.FY2025-26 | 1\nc | 1\n";
        let row = |k: &str| NewRow {
            key: k.into(),
            text: format!("{k} | 2"),
            origin: Origin::Release,
        };
        let rows = vec![
            row("vintage.id"),
            row("a.FY2026-27.x"),
            row("a.FY2026-27.y"),
            row("b.FY2026-27"),
            row("c"),
            row("d"),
        ];
        let out: Vec<String> = assemble(prev, rows).into_iter().map(|l| l.text).collect();
        assert_eq!(
            out.join("\n"),
            "# head\nvintage.id | 2\na.FY2024-25.x | 1\na.FY2025-26.x | 1\na.FY2025-26.y | 1\na.FY2026-27.x | 2\na.FY2026-27.y | 2\n\nb.FY2025-26 | 1\nb.FY2026-27 | 2\nc | 2\nd | 2"
        );
    }
}
