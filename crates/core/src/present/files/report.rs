//! The projection as JSON (the command line's output and the page's download), as two CSV files
//! (the numbers; the link, levers and sources) and as a readable text table (the command line's
//! `--format table`). Every year from the first actual one is there, marked actual or projection.
//! Schema: see README.md, "The JSON output".

use crate::data::{Baseline, Params, Sector, EXPORT_SECTORS, IMPORT_GROUPS};
use crate::fy;
use crate::insight::attribution::{attribute, attribute_between, Attribution};
use crate::insight::solve::{solve, Answer, Goal};
use crate::insight::uncertainty::{stated_band, Band, Percentiles};
use crate::link::encode;
use crate::link::view::ChartWords;
use crate::model::levers::{Lever, Part, LEVERS};
use crate::model::{current_trends, project, Projection, Scenario};
use crate::present::charts::timeline::{self, Measure, Timeline};
use crate::present::format::{Loc, Rates};
use crate::present::words::insight;
use crate::present::words::labels;

/// What a report is about: the data, the assumptions in force, the scenario, and optionally a
/// pinned scenario to compare and a goal to solve for.
#[derive(Clone, Copy)]
pub struct Report<'a> {
    pub baseline: &'a Baseline,
    pub params: &'a Params,
    pub scenario: &'a Scenario,
    pub pinned: Option<&'a Scenario>,
    pub solve: Option<(Goal, &'static Lever)>,
    /// The scenario's name, when the reader gave it one (the link's `name=`).
    pub name: Option<&'a str>,
    /// The charts' own title, subtitle and note (the link's `title=`, `subtitle=`, `note=`).
    pub words: Option<&'a ChartWords>,
    /// The pinned scenario's name, when it has one (the link's `pinname=`).
    pub pinned_name: Option<&'a str>,
}

impl<'a> Report<'a> {
    pub fn new(baseline: &'a Baseline, params: &'a Params, scenario: &'a Scenario) -> Report<'a> {
        Report {
            baseline,
            params,
            scenario,
            pinned: None,
            solve: None,
            name: None,
            words: None,
            pinned_name: None,
        }
    }
}

fn crude_volume(tl: &Timeline, b: &Baseline, pr: &Projection) -> Vec<Option<f64>> {
    timeline::over(tl, b, pr, |_| None, |y| y.crude_volume)
}

/// A figure in a CSV cell: at its meaningful precision (`format::exact`); empty when not finite.
fn number(v: f64) -> String {
    crate::present::format::exact(v).unwrap_or_default()
}

/// A readable table: each year's exports, imports, total and balance; projected years show the
/// scenario beside the baseline; then what moved the final year, the band, and the pinned
/// scenario or solved goal when there is one. Text for a terminal: ordinary spaces in amounts and
/// units ([`Loc::terminal`]).
pub fn to_table(r: &Report) -> String {
    let (b, p, s) = (r.baseline, r.params, r.scenario);
    let sc = project(p, s);
    let base = current_trends(p);
    let mut out = table_years(r, &sc, &base);
    out.push_str(&table_running(b, &sc));
    out.push('\n');
    table_sectors(
        &mut out,
        "Exports by sector",
        &EXPORT_SECTORS,
        [&sc, &base],
        |y, i| y.exports[i],
    );
    table_sectors(
        &mut out,
        "Imports by group",
        &IMPORT_GROUPS,
        [&sc, &base],
        |y, i| y.imports[i],
    );
    out.push_str(&table_target(p, &sc, &base));
    let loc = Loc::terminal(b, p);
    if let Some(note) = crate::present::words::narrative::crude_cap_note(&loc, &sc) {
        out.push_str(&format!("Note: {note}\n"));
    }
    out.push_str(&table_attribution(&loc, r, &sc));
    out.push_str(&table_band(&loc, r, &sc));
    if let Some(pin) = r.pinned {
        let pr = project(p, pin);
        let name = r
            .pinned_name
            .map_or(String::new(), |n| format!(" \u{201c}{n}\u{201d}"));
        out.push_str(&format!(
            "Pinned scenario{name} ({}): {} balance {:.2}, total trade {:.2}\n",
            encode(pin, p, &b.params),
            pr.label(pr.len - 1),
            pr.last().balance,
            pr.last().total_trade
        ));
        out.push_str(&table_moved_from_pin(&loc, r, pin, &sc));
    }
    if let Some((goal, l)) = r.solve {
        out.push_str(&table_goal(&loc, r, goal, l));
    }
    out
}

/// The running year's line, when the data file has its months: the official months so far and
/// the scenario's projection for the same months (the year's × months/12).
fn table_running(b: &Baseline, sc: &Projection) -> String {
    use crate::present::markup::Spaces;
    use crate::present::words::running::{months_words_in, same_months};
    let Some((r, m)) = b.running.and_then(|r| Some((r, same_months(&r, sc)?))) else {
        return String::new();
    };
    format!(
        "{} so far, {} (official, {} months): exports {:.2}, imports {:.2}, total trade {:.2}, balance {:.2}; projected for the same months (the year's projection x {}/12, an even pace: an approximation, not a seasonal profile): exports {:.2}, imports {:.2}, total trade {:.2}, balance {:.2}\n",
        fy::label(r.year),
        months_words_in(crate::tr::Lang::En, &r, Spaces::Plain),
        r.months,
        r.exports,
        r.imports,
        r.total(),
        r.balance(),
        r.months,
        m.exports,
        m.imports,
        m.total_trade,
        m.balance
    )
}

/// A name as the table says it after "Scenario": ` “Oil cut”`; nothing without one.
fn quoted(name: Option<&str>) -> String {
    name.map_or(String::new(), |n| format!(" \u{201c}{n}\u{201d}"))
}

/// The table's head and one row per year: exports, imports, total and balance, current trends in
/// brackets beside a projected year.
fn table_years(r: &Report, sc: &Projection, base: &Projection) -> String {
    let (b, p, s) = (r.baseline, r.params, r.scenario);
    let tl = Timeline::new(b, sc);
    let v = &b.vintage;
    let mut out = format!(
        "India's trade with Russia, US$ bn at current prices\nScenario{}: {}   (projected years: current trends in brackets, every lever at its default)\nData: the {} release ({}, covers {}; the link's data={})\n\n",
        quoted(r.name),
        encode(s, p, &b.params),
        v.id,
        v.date,
        v.covers,
        v.id
    );
    out.push_str(&format!(
        "{:<10} {:<10} {:>17} {:>17} {:>17} {:>17}\n",
        "Year", "", "Exports", "Imports", "Total trade", "Balance"
    ));
    let measures = [
        timeline::EXPORTS,
        timeline::IMPORTS,
        timeline::TOTAL,
        timeline::BALANCE,
    ];
    // each measure over the years: the scenario's, and current trends'
    let columns: Vec<[Vec<Option<f64>>; 2]> = measures
        .iter()
        .map(|m: &Measure| [m.over(&tl, b, sc), m.over(&tl, b, base)])
        .collect();
    for i in 0..tl.len() {
        let kind = tl.kind(i);
        let cells: Vec<String> = columns
            .iter()
            .map(|[a, z]| match (kind, a[i], z[i]) {
                (_, None, _) => format!("{:>17}", "–"),
                (timeline::YearKind::Actual, Some(v), _) => format!("{v:>7.2}          "),
                (_, Some(v), Some(w)) => format!("{v:>7.2} ({w:>7.2})"),
                (_, Some(v), None) => format!("{v:>7.2}          "),
            })
            .collect();
        out.push_str(&format!(
            "{:<10} {:<10} {}\n",
            tl.label(i),
            kind.key(),
            cells.join(" ")
        ));
    }
    out
}

/// The final year's sectors (or groups): the scenario's, current trends' in brackets.
fn table_sectors(
    out: &mut String,
    title: &str,
    ids: &[Sector],
    [sc, base]: [&Projection; 2],
    f: fn(&crate::model::Year, usize) -> f64,
) {
    let last = sc.len - 1;
    out.push_str(&format!(
        "{title}, {} (current trends in brackets)\n",
        sc.label(last)
    ));
    for (i, id) in ids.iter().enumerate() {
        out.push_str(&format!(
            "  {:<28} {:>7.2} ({:>7.2})\n",
            id.label.en,
            f(&sc.years[last], i),
            f(&base.years[last], i)
        ));
    }
}

/// The target's gap, whether FY2030-31 meets it and the first projected year that reaches it, and
/// the cumulative balance, beside current trends'.
fn table_target(p: &Params, sc: &Projection, base: &Projection) -> String {
    let last = sc.len - 1;
    let h = &sc.headline;
    let met = |pr: &Projection| {
        let first = pr.headline.target_year.map_or("never".into(), fy::label);
        let yes = if pr.meets_target() { "yes" } else { "no" };
        format!("{yes}, first reached: {first}")
    };
    format!(
        "\nTarget US$ {:.0} bn total trade in {}: {} (current trends: {}); met in {}: {} (current trends: {})\nCumulative balance {} to {}: {} (current trends: {})\n",
        p.target,
        sc.label(last),
        gap_words(h.target_gap),
        gap_words(base.headline.target_gap),
        sc.label(last),
        met(sc),
        met(base),
        sc.label(1.min(last)),
        sc.label(last),
        cumulative_words(h.cumulative_deficit),
        cumulative_words(base.headline.cumulative_deficit)
    )
}

/// The target's gap (target less total trade, US$ bn) as the page says it: "47.87 short", "beats
/// the target by 66.72", "meets the target" (never a negative shortfall).
fn gap_words(gap: f64) -> String {
    if gap > 0.0 {
        format!("{gap:.2} short")
    } else if format!("{:.2}", -gap) == "0.00" {
        "meets the target".into()
    } else {
        format!("beats the target by {:.2}", -gap)
    }
}

/// A cumulative deficit (US$ bn) with its word, never a sign: "deficit 197.41", "surplus 36.60".
fn cumulative_words(deficit: f64) -> String {
    if deficit < 0.0 && format!("{:.2}", -deficit) != "0.00" {
        format!("surplus {:.2}", -deficit)
    } else {
        format!("deficit {:.2}", deficit.max(0.0))
    }
}

/// The chance of reaching the target as the page writes it: whole per cent, "< 1" for a chance
/// that some draws reach but rounds to 0 (`insight::probability_sentence` says the same).
fn chance_words(band: &crate::insight::uncertainty::Band) -> String {
    let hits = (band.probability_target * band.draws as f64).round() as usize;
    let pct = band.probability_target * 100.0;
    if hits > 0 && format!("{pct:.0}") == "0" {
        "< 1".into()
    } else {
        format!("{pct:.0}")
    }
}

/// What moved the final year's measures: a sentence and the parts for each.
fn table_attribution(loc: &Loc, r: &Report, sc: &Projection) -> String {
    let mut out = String::new();
    for a in attribute(r.params, r.scenario) {
        out.push_str(&format!("{}\n", insight::attribution_sentence(loc, &a)));
        out.push_str(&table_parts(&a, sc, "on current trends"));
    }
    out
}

/// "What moved the balance in FY2030-31: … on current trends, … in the scenario, … = …".
fn table_parts(a: &Attribution, sc: &Projection, start: &str) -> String {
    let parts: Vec<String> = Part::ALL
        .iter()
        .zip(a.parts)
        .map(|(part, v)| format!("{} {v:+.2}", part.title().en))
        .collect();
    format!(
        "{} in {}: {:.2} {start}, {:.2} in the scenario, {:+.2} = {}\n",
        a.measure.title().en,
        sc.label(sc.len - 1),
        a.start,
        a.end,
        a.change(),
        parts.join(", ")
    )
}

/// What moved between the pinned scenario and this one, split the same way.
fn table_moved_from_pin(loc: &Loc, r: &Report, pin: &Scenario, sc: &Projection) -> String {
    let mut out = String::from("Between the pinned scenario and this one:\n");
    for a in attribute_between(r.params, pin, r.scenario) {
        out.push_str(&format!("{}\n", insight::moved_from_pin_sentence(loc, &a)));
        out.push_str(&table_parts(&a, sc, "in the pinned scenario"));
    }
    out
}

/// The band in the final year and the chance of reaching the target, in figures and words.
fn table_band(loc: &Loc, r: &Report, sc: &Projection) -> String {
    let (p, last) = (r.params, sc.len - 1);
    let band = stated_band(p, r.scenario);
    format!(
        "Uncertainty ({} draws, seed {}): balance {} {:.2} to {:.2} (median {:.2}), total trade {:.2} to {:.2} (median {:.2}), 10th to 90th percentile; chance of reaching US$ {:.0} bn in {}: {} %\n{}\n",
        band.draws,
        band.seed,
        sc.label(last),
        band.balance[last].p10,
        band.balance[last].p90,
        band.balance[last].p50,
        band.total_trade[last].p10,
        band.total_trade[last].p90,
        band.total_trade[last].p50,
        p.target,
        sc.label(last),
        chance_words(&band),
        insight::probability_sentence(loc, &band, p.target)
    )
}

/// The solved goal in words, and the link that applies its answer.
fn table_goal(loc: &Loc, r: &Report, goal: Goal, l: &'static Lever) -> String {
    let (p, s) = (r.params, r.scenario);
    let solution = solve(p, s, goal, l);
    let mut out = insight::solve_sentence(loc, goal, l, (l.get)(s), &solution, p);
    if let Answer::Value(v) = solution.answer {
        let mut t = *s;
        (l.set)(&mut t, v);
        out.push_str(&format!(" Link: {}", encode(&t, p, &r.baseline.params)));
    }
    out.push('\n');
    out
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn csv_line(fields: &[String]) -> String {
    let mut line: String = fields
        .iter()
        .map(|f| csv_field(f))
        .collect::<Vec<_>>()
        .join(",");
    line.push('\n');
    line
}

/// The columns of one projection in the numbers CSV.
fn csv_columns(tl: &Timeline, b: &Baseline, pr: &Projection) -> Vec<Vec<Option<f64>>> {
    let mut cols = vec![
        timeline::EXPORTS.over(tl, b, pr),
        timeline::IMPORTS.over(tl, b, pr),
        timeline::TOTAL.over(tl, b, pr),
        timeline::BALANCE.over(tl, b, pr),
    ];
    cols.extend((0..EXPORT_SECTORS.len()).map(|k| timeline::sector(tl, b, pr, k)));
    cols.extend((0..IMPORT_GROUPS.len()).map(|k| timeline::group(tl, b, pr, k)));
    cols.push(crude_volume(tl, b, pr));
    cols
}

/// The stem the downloads are saved under, `india-russia-trade-…`: the scenario's name in
/// lower-case Latin letters and digits when it has any, else the preset's id when the levers are
/// a preset's, else `current-trends` when the link changes nothing, else what the link changes,
/// in its order (the levers in the lever table's order, then sector rates and assumptions):
/// `eaeu-cut-50-oil-stop-2028`, a minus as `minus-`, whole pairs only, up to
/// [`MAX_STEM_TAIL`] characters. Only ASCII is lower-cased (other letters are dropped), which keeps Unicode's case
/// tables out of the page.
pub fn file_stem(name: Option<&str>, preset: Option<&str>, query: &str) -> String {
    let slug = |s: &str| {
        let mut out = String::new();
        for c in s.chars().map(|c| c.to_ascii_lowercase()) {
            if c.is_ascii_alphanumeric() {
                out.push(c);
            } else if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
        }
        let out: String = out.chars().take(40).collect();
        out.trim_matches('-').to_string()
    };
    let tail = match (name.map(slug).filter(|s| !s.is_empty()), preset) {
        (Some(s), _) => s,
        (None, Some(p)) => slug(p),
        (None, None) => changes_slug(query).unwrap_or_else(|| "current-trends".into()),
    };
    format!("india-russia-trade-{tail}")
}

/// The longest part after `india-russia-trade-` that a link's changes make.
pub const MAX_STEM_TAIL: usize = 60;

/// What a link changes, as a file name's words: `oil-minus-10-growth-8.5` (the view, the name and
/// the pinned scenario left out); None when it changes nothing.
fn changes_slug(query: &str) -> Option<String> {
    let mut out = String::new();
    for pair in query.split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        if matches!(key, "" | "v" | crate::link::PIN) || crate::link::view::KEYS.contains(&key) {
            continue;
        }
        let value = value.replace('\u{2212}', "-");
        let value = match value.strip_prefix('-') {
            Some(v) => format!("minus-{v}"),
            None => value,
        };
        let words: String = format!("{key}-{value}")
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '.' {
                    c.to_ascii_lowercase()
                } else {
                    '-'
                }
            })
            .collect();
        let words = words.trim_matches('-');
        if words.is_empty() {
            continue;
        }
        if out.len() + usize::from(!out.is_empty()) + words.len() > MAX_STEM_TAIL {
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(words);
    }
    (!out.is_empty()).then_some(out)
}

/// A CSV file's first character: the UTF-8 byte-order mark, so that a spreadsheet opened by
/// double-click reads the file as UTF-8 ("Modi–Putin", not "Modiâ€“Putin"); pandas, R and
/// LibreOffice skip it.
pub const BOM: char = '\u{FEFF}';

/// The numbers CSV: a header line, then one line per fiscal year from the first actual one, with
/// `kind` (actual or projection), `estimated` (an actual year's figures that are a press report or
/// our estimate, by their column names without the unit, space-separated), the scenario's series and current trends' (`baseline_…`); each
/// column's name ends with its unit (`exports_usd_bn`, `crude_volume_mbd`, `inr_per_usd`); empty
/// where there is no figure (sectors and groups before FY2024-25). It opens
/// as a plain table in Excel, Google Sheets, Datawrapper and pandas. The link, levers and sources
/// are in the sources CSV.
pub fn to_csv(r: &Report) -> String {
    let (b, p, s) = (r.baseline, r.params, r.scenario);
    let sc = project(p, s);
    let base = current_trends(p);
    let tl = Timeline::new(b, &sc);
    let mut head = vec!["year".into(), "kind".into(), "estimated".into()];
    head.extend(csv_head(""));
    head.extend(csv_head("baseline_"));
    let mut columns: Vec<Vec<Option<f64>>> = csv_columns(&tl, b, &sc)
        .into_iter()
        .chain(csv_columns(&tl, b, &base))
        .collect();
    // rupees per US$ (actual years: the RBI average; projected: the assumption)
    let rates = Rates::new(b, p);
    head.push("inr_per_usd".into());
    columns.push((0..tl.len()).map(|i| Some(rates.inr(tl.year(i)))).collect());
    for (name, column) in band_columns(&tl, &stated_band(p, s)) {
        head.push(name);
        columns.push(column);
    }
    if let Some(pin) = r.pinned {
        let pr = project(p, pin);
        for (name, m) in [
            ("exports", timeline::EXPORTS),
            ("imports", timeline::IMPORTS),
            ("total_trade", timeline::TOTAL),
            ("balance", timeline::BALANCE),
        ] {
            head.push(format!("pinned_{name}_usd_bn"));
            columns.push(m.over(&tl, b, &pr));
        }
    }
    // the data release every figure is from (a link's `data=`), on every line
    head.push("data_release".into());
    let mut o = String::from(BOM);
    o.push_str(&csv_line(&head));
    let estimated = timeline::estimated_figures(&tl, b);
    for i in 0..tl.len() {
        let mut row = vec![
            tl.label(i),
            tl.kind(i).key().to_string(),
            estimated[i].join(" "),
        ];
        row.extend(columns.iter().map(|c| c[i].map_or(String::new(), number)));
        row.push(b.vintage.id.to_string());
        o.push_str(&csv_line(&row));
    }
    o
}

/// The names of a projection's columns (the scenario's, or with `baseline_` current trends').
fn csv_head(prefix: &str) -> Vec<String> {
    let mut head: Vec<String> = ["exports", "imports", "total_trade", "balance"]
        .iter()
        .map(|c| format!("{prefix}{c}_usd_bn"))
        .collect();
    head.extend(
        EXPORT_SECTORS
            .iter()
            .map(|s| format!("{prefix}exports_{}_usd_bn", s.id)),
    );
    head.extend(
        IMPORT_GROUPS
            .iter()
            .map(|s| format!("{prefix}imports_{}_usd_bn", s.id)),
    );
    head.push(format!("{prefix}crude_volume_mbd"));
    head
}

/// The band's columns, named, from the base year on: balance and total trade, each at the 10th,
/// 50th and 90th percentiles.
fn band_columns(tl: &Timeline, band: &Band) -> Vec<(String, Vec<Option<f64>>)> {
    let cut = tl.base_index();
    let mut out = Vec::new();
    for (name, pick) in [
        (
            "balance",
            (|x: &Band, t| x.balance[t]) as fn(&Band, usize) -> Percentiles,
        ),
        ("total_trade", |x: &Band, t| x.total_trade[t]),
    ] {
        for (q, of) in [
            ("p10", (|q: Percentiles| q.p10) as fn(Percentiles) -> f64),
            ("p50", |q: Percentiles| q.p50),
            ("p90", |q: Percentiles| q.p90),
        ] {
            let column = (0..tl.len())
                .map(|i| {
                    let t = i.checked_sub(cut)?;
                    (t < band.len).then(|| of(pick(band, t)))
                })
                .collect();
            out.push((format!("{name}_{q}_usd_bn"), column));
        }
    }
    out
}

/// The charts' own words a link sets, as rows of the sources file.
fn chart_words(w: Option<&ChartWords>) -> Vec<(&'static str, &'static str, &str)> {
    let Some(w) = w else { return Vec::new() };
    [
        ("Chart title", "title", &w.title),
        ("Chart subtitle", "subtitle", &w.subtitle),
        ("Chart note", "note", &w.note),
    ]
    .into_iter()
    .filter_map(|(item, key, text)| text.as_deref().map(|t| (item, key, t)))
    .collect()
}

/// The sources CSV's line for the data release (a link's `data=`).
fn release_line(v: &crate::data::Vintage) -> [String; 6] {
    [
        "Data release (the link's data=)".into(),
        "data".into(),
        v.id.into(),
        "release".into(),
        String::new(),
        format!("Released {}, covers {}: {}", v.date, v.covers, v.source),
    ]
}

/// The sources CSV, beside the numbers: one line per item (the link, the scenario and its name,
/// each lever's value, each figure of the data file with its tag and source, each sector's HS
/// chapters, written "HS 30" so that a spreadsheet keeps them as text).
pub fn to_sources_csv(r: &Report, link: &str) -> String {
    let (b, p, s) = (r.baseline, r.params, r.scenario);
    let mut o = String::from(BOM);
    o.push_str(&csv_line(
        &["item", "key", "value", "unit", "tag", "source"].map(String::from),
    ));
    let mut line = |cells: [&str; 6]| o.push_str(&csv_line(&cells.map(String::from)));
    line(["Link to this scenario", "link", link, "", "", ""]);
    line(release_line(&b.vintage).each_ref().map(String::as_str));
    if let Some(name) = r.name {
        line(["Scenario name", "name", name, "", "", ""]);
    }
    for (item, key, text) in chart_words(r.words) {
        line([item, key, text, "", "", ""]);
    }
    if let Some(name) = r.pinned_name.filter(|_| r.pinned.is_some()) {
        line(["Pinned scenario name", "pinname", name, "", "", ""]);
    }
    let query = encode(s, p, &b.params);
    line([
        "Scenario (the link's settings)",
        "scenario",
        &query,
        "",
        "",
        "",
    ]);
    for l in LEVERS {
        let label = crate::model::levers::Lever::words(l.label, p.base_year);
        let key = format!("lever.{}", l.key);
        line([&label, &key, &l.format((l.get)(s)), l.unit.en, "", ""]);
    }
    for d in &b.rows {
        let value = number(d.value);
        line([
            &labels::figure(d.key),
            d.key,
            &value,
            d.unit,
            d.tag.code(),
            d.source,
        ]);
    }
    for d in &b.definitions {
        let key = format!("{}.{}.hs", d.flow.prefix(), d.flow.ids()[d.sector]);
        line([
            &labels::figure(&key),
            &key,
            &match d.chapters {
                "rest" => "HS, every other chapter".to_string(),
                c => format!("HS {c}"),
            },
            "HS chapters",
            "DEF",
            d.description,
        ]);
    }
    o
}

#[cfg(test)]
mod tests;
