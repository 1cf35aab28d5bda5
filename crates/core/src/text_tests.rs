//! The tests of the page's words: every text translated and set as the press sets it, the
//! tables' list complete (a scan of the core's sources), the glossary the texts use.

use super::*;
use crate::data::TagWords;
use crate::tr::{in_script, Lang};

/// Words that stay the same in every language: names, codes, symbols.
fn allowed(en: &str) -> bool {
    ["JSON", "OK"].contains(&en)
}

/// A text with the name it is declared by (`chart::ESTIMATED`, `Tag::short`, `Lever.label`):
/// what [`every_public_text_is_in_the_tables_list`] looks for.
macro_rules! named {
    ($v:ident, $name:expr, $detail:expr, $t:expr) => {
        $v.push((format!("{} {}", $name, $detail), $t))
    };
}

/// The data's tables' texts: levers, sectors and groups, presets, inputs, records, units, our
/// notes.
fn data_texts(w: &mut Vec<(String, Tr)>) {
    use crate::data::inputs::{inputs, RECORDS, UNITS};
    use crate::data::{notes::OWN_NOTES, EXPORT_SECTORS, IMPORT_GROUPS};
    use crate::model::levers::LEVERS;
    for l in LEVERS {
        named!(w, "Lever.label", l.key, l.label);
        named!(w, "Lever.help", l.key, l.help);
        named!(w, "Lever.unit", l.key, l.unit);
    }
    for s in EXPORT_SECTORS.iter().chain(&IMPORT_GROUPS) {
        named!(w, "Sector.label", s.id, s.label);
        named!(w, "Sector.chapters", s.id, s.chapters);
    }
    for p in crate::presets::PRESETS {
        named!(w, "Preset.name", p.id, p.name);
        named!(w, "Preset.assumes", p.id, p.assumes);
        named!(w, "Preset.source", p.id, p.source);
    }
    for i in inputs() {
        named!(w, "Input.words", i.key, i.words);
        if let Some(p) = &i.panel {
            named!(w, "Panel.row", i.key, p.row);
            named!(w, "Panel.column", i.key, p.column);
            named!(w, "Panel.unit", i.key, p.unit);
        }
    }
    for r in &RECORDS {
        named!(w, "Record.words", r.key, r.words);
    }
    for (unit, t) in UNITS {
        named!(w, "inputs::UNITS", unit, t);
    }
    use crate::data::inputs::{MBD, PCT_A_YEAR, USD_PER_BBL, US_BN};
    named!(w, "inputs::US_BN", "", US_BN);
    named!(w, "inputs::USD_PER_BBL", "", USD_PER_BBL);
    named!(w, "inputs::MBD", "", MBD);
    named!(w, "inputs::PCT_A_YEAR", "", PCT_A_YEAR);
    for (key, t) in OWN_NOTES {
        named!(w, "notes::OWN_NOTES", key, *t);
    }
}

/// Every `Tr` of the tables the page shows, named as the source declares it ("Lever.label
/// eaeu_cut", "chart::ESTIMATED", "Tag::short OFF"): the data's tables ([`data_texts`]), tags,
/// lever groups, parts, measures, the band's ranges, chart names, currencies.
fn table_texts() -> Vec<(String, Tr)> {
    use crate::data::Tag;
    use crate::insight::attribution::Measure;
    use crate::insight::uncertainty::Ranges;
    use crate::model::levers::{LeverGroup, Part};
    use crate::present::charts::{chart, chart::ChartId, waterfall};
    use crate::present::format::Currency;
    let mut v: Vec<(String, Tr)> = Vec::new();
    data_texts(&mut v);
    for t in Tag::ALL {
        named!(v, "Tag::meaning", t.code(), t.meaning());
        named!(v, "Tag::short", t.code(), t.short());
    }
    for g in LeverGroup::ALL {
        named!(v, "LeverGroup::title", format!("{g:?}"), g.title());
    }
    for p in Part::ALL {
        named!(v, "Part::title", p.key(), p.title());
    }
    for m in Measure::ALL {
        named!(v, "Measure::title", m.key(), m.title());
        named!(v, "Measure::name", m.key(), m.name());
    }
    for n in &Ranges::NOTES {
        named!(v, "RangeNote.input", "", n.input);
        named!(v, "RangeNote.source", "", n.source);
    }
    for c in ChartId::ALL {
        named!(v, "ChartId::title_text", c.key(), c.title_text());
        named!(v, "ChartId::noun", c.key(), c.noun());
    }
    for c in [Currency::Usd, Currency::Inr] {
        named!(v, "Currency::name", c.key(), c.name());
    }
    named!(v, "chart::ACTUAL", "", chart::ACTUAL);
    named!(v, "chart::SCENARIO", "", chart::SCENARIO);
    named!(v, "chart::CURRENT_TRENDS", "", chart::CURRENT_TRENDS);
    named!(v, "chart::UNSPLIT", "", chart::UNSPLIT);
    named!(v, "chart::UNSPLIT_GROUPS", "", chart::UNSPLIT_GROUPS);
    named!(v, "chart::ESTIMATED", "", chart::ESTIMATED);
    named!(v, "chart::UNSPLIT_ESTIMATED", "", chart::UNSPLIT_ESTIMATED);
    named!(v, "chart::PINNED", "", chart::PINNED);
    named!(v, "chart::BAND", "", chart::BAND);
    named!(v, "chart::MEDIAN", "", chart::MEDIAN);
    named!(
        v,
        "waterfall::CURRENT_TRENDS",
        "",
        waterfall::CURRENT_TRENDS
    );
    named!(
        v,
        "insight::METHOD",
        "",
        crate::present::words::insight::METHOD
    );
    v
}

/// Public `Tr` fields that carry a text of a table above, not one of their own: a chart's
/// series and key, a waterfall's step (their names come from the chart constants, the
/// sectors, the parts and the measures).
/// A described data-file key carries its input's or record's words.
const CARRIERS: [&str; 4] = ["Series.name", "Key.name", "Step.label", "Described.words"];

/// Every public text the core's sources declare, by the name `table_texts` gives it:
/// `pub const NAME: …Tr…` as `file::NAME`, `pub fn name(…) -> Tr` as `Type::name` (the
/// `impl` it is in) or `file::name`, and a `pub field: Tr` as `Struct.field`. text.rs is
/// left out (its `ALL` is written by the macro from every constant), tr.rs (`Tr` itself) and the
/// tests' own files.
fn declared_texts() -> Vec<String> {
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir)
            .expect("the core's sources")
            .flatten()
        {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    let mut files = Vec::new();
    walk(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut names = Vec::new();
    for f in files {
        let stem = f.file_stem().unwrap().to_string_lossy().to_string();
        // text.rs and tr.rs, and the tests' own files (`…_tests.rs`, `tests.rs`)
        if ["text", "tr"].contains(&stem.as_str()) || stem.ends_with("tests") {
            continue;
        }
        let src = std::fs::read_to_string(&f).unwrap();
        let code = src.split("#[cfg(test)]\nmod tests").next().unwrap();
        names.extend(declared_in(&stem, code));
    }
    names
}

/// Whether a type, as written after a colon, holds a `Tr` (`Tr`, `[Tr; 10]`, `&[(&str, Tr)]`).
fn holds_tr(ty: &str) -> bool {
    ty.split(|c: char| !c.is_alphanumeric() && c != '_')
        .any(|w| w == "Tr")
}

/// The public texts one file declares (see [`declared_texts`]).
fn declared_in(stem: &str, code: &str) -> Vec<String> {
    let (mut owner, mut names) = (String::new(), Vec::new());
    let mut trait_impl = false;
    let ident = |s: &str| {
        s.split(|c: char| !c.is_alphanumeric() && c != '_')
            .next()
            .unwrap_or("")
            .to_string()
    };
    for line in code.lines() {
        let t = line.trim_start();
        let top = t.len() == line.len();
        if top && (t.starts_with("impl") || t.starts_with("pub struct ")) {
            // `impl X`, `impl<'a> X<'a>`, `impl Trait for X`, `pub struct X`
            let head = t.split('{').next().unwrap_or("");
            let last = head.rsplit(" for ").next().unwrap_or(head);
            let last = last
                .trim_start_matches("pub struct ")
                .trim_start_matches("impl");
            let last = last.trim_start();
            let last = if last.starts_with('<') {
                last.split_once("> ").map_or("", |(_, r)| r)
            } else {
                last
            };
            owner = ident(last);
            // a trait's methods are as public as the trait (`impl TagWords for Tag`)
            trait_impl = head.contains(" for ");
        } else if let Some(rest) = t.strip_prefix("pub const ") {
            if let Some((name, ty)) = rest.split_once(':') {
                let ty = ty.split('=').next().unwrap_or("");
                if holds_tr(ty) && !name.starts_with("fn ") {
                    let who = if top { stem } else { owner.as_str() };
                    names.push(format!("{who}::{}", name.trim()));
                }
            }
        }
        let method = (trait_impl && !top)
            .then(|| t.strip_prefix("fn "))
            .flatten();
        if let Some(rest) = t
            .strip_prefix("pub fn ")
            .or(t.strip_prefix("pub const fn "))
            .or(method)
        {
            let ret = rest.rsplit("->").next().unwrap_or("");
            if rest.contains("->") && ret.trim().trim_end_matches('{').trim() == "Tr" {
                let who = if top { stem } else { owner.as_str() };
                names.push(format!("{who}::{}", ident(rest)));
            }
        } else if !top {
            if let Some((field, ty)) = t.strip_prefix("pub ").and_then(|r| r.split_once(':')) {
                if ty.trim() == "Tr," && !field.contains(' ') {
                    names.push(format!("{owner}.{field}"));
                }
            }
        }
    }
    names
}

/// The list above is complete: every public text the core declares is in it (or carries
/// the text of one that is), so a new one cannot miss the translation and line checks.
#[test]
fn every_public_text_is_in_the_tables_list() {
    let listed: Vec<String> = table_texts()
        .into_iter()
        .map(|(n, _)| n.split(' ').next().unwrap().to_string())
        .collect();
    let declared = declared_texts();
    let missing: Vec<&String> = declared
        .iter()
        .filter(|d| !listed.contains(d) && !CARRIERS.contains(&d.as_str()))
        .collect();
    assert!(missing.is_empty(), "not in table_texts(): {missing:?}");
    // and the scan finds what it must: the four the issue found missing among them
    for d in [
        "chart::ESTIMATED",
        "chart::UNSPLIT_ESTIMATED",
        "Tag::short",
        "Currency::name",
    ] {
        assert!(declared.iter().any(|n| n == d), "the scan misses {d}");
    }
    // nothing listed that the sources no longer declare
    for l in &listed {
        assert!(declared.contains(l), "{l} is listed but not declared");
    }
}

#[test]
fn the_scan_reads_consts_functions_and_fields() {
    let src = "pub const A: Tr = x;\npub const B: [Tr; 2] = y;\npub const C: f64 = 1.0;\n\
               pub struct S {\n    pub f: Tr,\n    pub g: Option<Tr>,\n}\n\
               impl<'a> K<'a> {\n    pub fn t(self) -> Tr {\n    pub fn u(self) -> String {\n}\n\
               pub fn free(x: Tr) -> Tr {\n";
    assert_eq!(
        declared_in("m", src),
        ["m::A", "m::B", "S.f", "K::t", "m::free"]
    );
}

#[test]
fn every_table_text_is_translated() {
    for (name, t) in table_texts() {
        // symbols, empty units and Latin names stay as they are; a unit a language writes
        // as a bare symbol ("100 %" in Russian, where the label already says "cut") too
        let symbolic = !t.en.chars().any(|c| c.is_ascii_alphabetic());
        for lang in [Lang::Hi, Lang::Ru] {
            let s = t.get(lang);
            let bare = !s.is_empty() && !s.chars().any(char::is_alphabetic);
            assert!(
                symbolic || bare || in_script(lang, s),
                "{name} in {lang:?} is not translated: {s}"
            );
            assert_eq!(t.en.is_empty(), s.is_empty(), "{name} {lang:?}");
        }
    }
}

include!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/support/breaks.rs"
));

/// The tables' texts (levers, sectors, presets, inputs, tags, charts) as the page shows
/// them: no line ends with a Russian one-letter word or starts with "г.", no sign parted from
/// its amount (the page's fixed texts: `tests/line_breaks.rs`).
#[test]
fn every_table_text_keeps_its_lines() {
    let mut bad = Vec::new();
    for (name, t) in table_texts() {
        for lang in Lang::ALL {
            let found = misbreaks(t.get(lang));
            bad.extend(found.into_iter().map(|m| format!("{name} {lang:?}: {m}")));
        }
    }
    assert!(bad.is_empty(), "{} places:\n{}", bad.len(), bad.join("\n"));
}

/// The translation note says what review the texts have had (issue 34): Hindi revised after
/// an editor's reading (49 errors), then after an independent native reading on 6 December
/// 2026 (50 errors), nearly all applied, some polish left (the charts' readouts in lakh crore,
/// the what-moved parts in crore rounded to add up); Russian read by a Russian
/// business-press editor on 6 December 2026, whose 65 corrections are applied; no longer "a
/// draft" never reviewed.
#[test]
fn the_translation_note_says_what_review_the_texts_had() {
    let (hi, ru) = (TRANSLATION_NOTE.hi, TRANSLATION_NOTE.ru);
    assert!(
        hi.contains("49") && hi.contains("50") && hi.contains("स्वतंत्र") && hi.contains("बाक़ी"),
        "{hi}"
    );
    assert!(
        hi.contains("6\u{a0}दिसंबर 2026") && hi.contains("लगभग सभी सुधार लागू"),
        "{hi}"
    );
    assert!(ru.contains("65") && ru.contains("деловой прессы"), "{ru}");
    assert!(
        ru.contains("6\u{a0}декабря 2026") && ru.contains("исправлены"),
        "{ru}"
    );
    assert!(!ru.contains("ещё не было"), "{ru}");
    assert!(!hi.contains("मसौदा") && !ru.contains("черновик"));
    assert!(hi.contains("संपादक") && ru.contains("редактор"));
}

/// Every fixed text in a language: the texts above, the method, the tables, the levers'
/// values and ranges and the link's notices about them.
fn fixed_texts(lang: Lang) -> Vec<(String, String)> {
    use crate::model::levers::LEVERS;
    use crate::present::format::Loc;
    let loc = Loc {
        lang,
        ..Loc::english()
    };
    let steps = METHOD_STEPS
        .iter()
        .map(|t| ("METHOD_STEPS".to_string(), *t));
    let mut v: Vec<(String, String)> = ALL
        .iter()
        .map(|(n, t)| (n.to_string(), *t))
        .chain(steps)
        .chain(table_texts())
        .map(|(n, t)| (n, t.get(lang).to_string()))
        .collect();
    let base_year = crate::baseline().unwrap().params.base_year;
    for l in LEVERS {
        v.push((l.key.into(), l.display_range_in(&loc, base_year)));
        v.push((l.key.into(), l.display_in(&loc, l.min(base_year))));
        v.push((l.key.into(), l.display_in(&loc, l.max)));
    }
    // the band's ranges, written from their numbers
    use crate::insight::uncertainty::Ranges;
    for n in &Ranges::NOTES {
        let words = crate::present::words::band::range_words(&loc, &Ranges::STATED, n.which);
        v.push(("RangeNote range".into(), words));
    }
    v
}

#[test]
fn hindi_and_russian_use_the_glossary_terms_and_not_the_rejected_ones() {
    use crate::tr::{rejected_word, GLOSSARY};
    for lang in [Lang::Hi, Lang::Ru] {
        let texts = fixed_texts(lang);
        for (name, s) in &texts {
            assert_eq!(rejected_word(lang, s), None, "{name} in {lang:?}: {s}");
        }
        // and the glossary is the page's: each of its words is in some text
        let all = texts
            .iter()
            .map(|(_, s)| s.to_lowercase())
            .collect::<Vec<_>>();
        let missing: Vec<&str> = GLOSSARY
            .iter()
            .map(|t| t.word(lang))
            .filter(|w| !all.iter().any(|s| s.contains(&w.to_lowercase())))
            .collect();
        assert_eq!(
            missing,
            Vec::<&str>::new(),
            "the glossary's words in no {lang:?} text"
        );
    }
}

#[test]
fn the_glossary_catches_what_the_issue_found() {
    use crate::tr::rejected_word;
    let found = [
        (Lang::Ru, "Один рычаг двигает другой."),
        (Lang::Ru, "0,04 трлн ₹ — на тарифную сделку"),
        (Lang::Ru, "с фиксированного зерна"),
        (Lang::Ru, "Какие главы ТН ВЭД входят"),
        // the Russian editor's reading (6 Dec 2026)
        (Lang::Ru, "Иллюстративные расчёты, а не прогноз."),
        (Lang::Ru, "из 400 расчётов вашего сценария"),
        (Lang::Ru, "по данным трекеров"),
        (Lang::Ru, "в каждую отрасль и группу"),
        (Lang::Ru, "Импорт по группам"),
        (Lang::Ru, "пошлины, эластичности и размеры рынков"),
        (Lang::Ru, "Скопировать фрагмент"),
        (Lang::Hi, "उदाहरण के लिए, भविष्यवाणी नहीं"),
        (Lang::Hi, "एक तय बीज से"),
        (Lang::Hi, "वित्त वर्ष 2026-27 से कुल घाटा"),
        (Lang::Hi, "भारत की बदले की कटौती"),
        (Lang::Hi, "400 अनुमान"),
    ];
    for (lang, s) in found {
        assert!(rejected_word(lang, s).is_some(), "{s}");
    }
    // a word inside another is not the rejected word: पूर्वानुमान holds अनुमान
    assert_eq!(rejected_word(Lang::Hi, "पूर्वानुमान नहीं"), None);
    assert_eq!(rejected_word(Lang::Ru, "группы ТН ВЭД"), None);
    assert_eq!(
        rejected_word(Lang::Ru, "по прогнозу, не прогнозируется"),
        None
    );
    assert_eq!(rejected_word(Lang::Ru, "Код для вставки"), None);
}

/// The target and the draws are filled in from their one home, in the wording the page had
/// when they were typed in.
#[test]
fn the_target_and_the_draws_are_filled_in() {
    use crate::insight::uncertainty::DRAWS;
    use crate::present::format::Loc;
    let b = crate::baseline().unwrap();
    let target = Loc::plain(b, &b.params).num(b.params.target, 0);
    assert_eq!(
        target, "100",
        "the shipped target, as the texts below were written"
    );
    assert_eq!(
        DRAWS, 400,
        "the shipped band, as the texts below were written"
    );
    let d = description(Lang::En, &target);
    assert!(
        d.ends_with("against the US$\u{a0}100\u{a0}bn target. Computed in your browser."),
        "{d}"
    );
    assert!(description(Lang::Hi, &target).contains(" 100\u{a0}अरब\u{a0}डॉलर के लक्ष्य"));
    assert!(description(Lang::Ru, &target).contains("100\u{a0}млрд\u{a0}долл. Расчёт"));
    // another target and number of draws reach the words
    assert!(goal_target(Lang::Ru, "120").contains("Товарооборот 120\u{a0}млрд"));
    let steps: Vec<String> = method_steps(Lang::Ru, 250).collect();
    assert!(
        steps[6].starts_with("Вероятный диапазон: 250 смоделированных"),
        "{}",
        steps[6]
    );
    for lang in Lang::ALL {
        let steps: Vec<String> = method_steps(lang, DRAWS).collect();
        assert_eq!(steps.len(), METHOD_STEPS.len());
        assert_eq!(
            steps.iter().filter(|s| s.contains("400")).count(),
            1,
            "{lang:?}"
        );
        assert!(steps.iter().all(|s| !s.contains("{}")), "{lang:?}");
        // the steps without a blank read as before
        for (s, t) in steps.iter().zip(METHOD_STEPS) {
            if !t.en.contains("{}") {
                assert_eq!(s, t.get(lang));
            }
        }
    }
}

/// Filled in, each reads as the text typed with the number in it did, its lines set alike.
#[test]
fn the_filled_texts_read_as_typed() {
    let typed = |t: Tr, x: &str| {
        let leak = |s: &str| -> &'static str { Box::leak(s.replacen("{}", x, 1).into_boxed_str()) };
        Tr::new(leak(t.en), leak(t.hi), leak(t.ru))
    };
    for lang in Lang::ALL {
        assert_eq!(
            description(lang, "100"),
            typed(DESCRIPTION, "100").get(lang)
        );
        assert_eq!(
            goal_target(lang, "100"),
            typed(GOAL_TARGET_OF, "100").get(lang)
        );
        let steps: Vec<String> = method_steps(lang, 400).collect();
        assert_eq!(steps[6], typed(METHOD_STEPS[6], "400").get(lang));
    }
    assert_eq!(
        goal_target(Lang::En, "100"),
        "Total trade of US$\u{a0}100\u{a0}bn in FY2030-31"
    );
}

#[test]
fn every_text_is_translated() {
    let steps = METHOD_STEPS.iter().map(|t| ("METHOD_STEPS", *t));
    for (name, t) in ALL.iter().copied().chain(steps) {
        if t.en.is_empty() {
            // a note only some languages need
            continue;
        }
        for lang in [Lang::Hi, Lang::Ru] {
            let s = t.get(lang);
            assert!(!s.is_empty(), "{name} has no {lang:?}");
            assert!(
                allowed(t.en) || in_script(lang, s),
                "{name} in {lang:?} is not translated: {s}"
            );
            assert_eq!(
                t.en.matches("{}").count(),
                s.matches("{}").count(),
                "{name}: the {lang:?} text has another number of blanks"
            );
        }
    }
}
