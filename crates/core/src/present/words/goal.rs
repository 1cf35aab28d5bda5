//! Words for the goal seek: the deficit goal the reader typed, the solver's answer, a goal in
//! words, and a scenario in a few words.

use super::insight::{figure_words, hindi_oblique, measure_words};
use crate::data::{Params, EXPORT_SECTORS};
use crate::fy;
use crate::insight::attribution::Measure;
use crate::insight::solve::{Answer, Goal, Run, Solution};
use crate::model::levers::{Lever, LeverKind, LEVERS};
use crate::model::Scenario;
use crate::present::format::{fy_label, Currency, Loc, Scale};
use crate::present::words::parts::target_amount;
use crate::tr::{pick, tidy, Lang, Tr};

/// The largest deficit goal, US$ bn (as `Goal::parse` reads links).
pub const MAX_DEFICIT_GOAL: f64 = 1000.0;

/// What the reader typed in the deficit-goal box, in the charts' unit (US$ bn or ₹ lakh crore),
/// read: the deficit in US$ bn at FY2030-31's rate, or, when it is not a usable amount, a sentence
/// that says what was refused and that the goal in force (`kept`, US$ bn) stays.
pub fn read_deficit_goal(loc: &Loc, typed: &str, kept: f64) -> Result<f64, String> {
    let given = typed.trim();
    let per_usd = loc.chart_value(1.0, fy::HORIZON);
    let value = crate::link::percent::number(&given.replace(',', ".")).map(|v| v / per_usd);
    let kept_words = goal_money(loc, kept);
    let max = loc.money(MAX_DEFICIT_GOAL, fy::HORIZON);
    let q = |s: &str| match loc.lang {
        Lang::Ru => format!("«{s}»"),
        _ => format!("“{s}”"),
    };
    let g = q(given);
    let problem = match value {
        Some(v) if (0.0..=MAX_DEFICIT_GOAL).contains(&v) => return Ok(v + 0.0),
        _ if given.is_empty() => pick(
            loc.lang,
            "The box is empty".to_string(),
            "बॉक्स ख़ाली है".to_string(),
            "Поле пустое".to_string(),
        ),
        None => pick(
            loc.lang,
            format!("{g} is not a number"),
            format!("{g} कोई संख्या नहीं है"),
            format!("{g} — не число"),
        ),
        Some(v) if v < 0.0 => pick(
            loc.lang,
            format!("{g} is below zero: the deficit to stay under is zero or more"),
            format!("{g} शून्य से कम है: घाटे की सीमा शून्य या उससे ज़्यादा होती है"),
            format!("{g} меньше нуля: предел дефицита — ноль или больше"),
        ),
        Some(_) => pick(
            loc.lang,
            format!("{g} is more than {max}, the largest goal the calculator takes"),
            format!("{g} {max} से ज़्यादा है, जो कैलकुलेटर का सबसे बड़ा लक्ष्य है"),
            format!("{g} больше {max} — это наибольшая цель, которую принимает калькулятор"),
        ),
    };
    Err(tidy(pick(
        loc.lang,
        format!("{problem}; the goal stays a deficit below {kept_words}."),
        format!("{problem}; लक्ष्य पहले जैसा ही रहेगा: घाटा {kept_words} से कम।"),
        format!("{problem}; цель прежняя: дефицит меньше {kept_words}."),
    )))
}

/// A lever's name inside a sentence: “Growth of India's exports to Russia”.
fn quoted(lang: Lang, l: &Lever, p: &Params) -> String {
    let name = Lever::words_in(lang, l.label, p.base_year);
    match lang {
        Lang::Ru => format!("«{name}»"),
        _ => format!("“{name}”"),
    }
}

/// A lever's value inside a sentence: a stop year in quotes ("set … to “from FY2030-31”", never
/// "to from"), other values as they are.
pub(super) fn value_words(loc: &Loc, l: &Lever, v: f64) -> String {
    let v = after_label(loc, l).display_in(loc, v);
    match (l.kind, loc.lang) {
        (LeverKind::StopYear, Lang::Ru) => format!("«{v}»"),
        (LeverKind::StopYear, _) => format!("“{v}”"),
        _ => v,
    }
}

/// A lever as its value or range is written after its label, which already names what it is:
/// Hindi drops the slider's "कटौती" after a label that says कटौती ("भारतीय सामान पर EAEU शुल्क में
/// कटौती: 100%", not "…: 100% कटौती"; row 40 of the Hindi reading). The slider keeps it.
fn after_label(loc: &Loc, l: &Lever) -> Lever {
    let hi = |t: Tr| t.get(Lang::Hi);
    let bare = loc.lang == Lang::Hi && hi(l.unit) == "% कटौती" && hi(l.label).contains("कटौती");
    Lever {
        unit: if bare {
            Tr { hi: "%", ..l.unit }
        } else {
            l.unit
        },
        ..*l
    }
}

/// The solver's answer in a sentence.
pub fn solve_sentence(
    loc: &Loc,
    goal: Goal,
    l: &Lever,
    now: f64,
    solution: &Solution,
    p: &Params,
) -> String {
    let answer = tidy({
        let lang = loc.lang;
        let g = goal.describe(loc, p.target);
        let name = quoted(lang, l, p);
        match solution.answer {
            Answer::AlreadyMet(v) => {
                let v = value_words(loc, l, v);
                match lang {
                    Lang::En => format!("Your scenario already reaches {g} ({name}: {v})."),
                    Lang::Hi => format!("आपके परिदृश्य में यह लक्ष्य पहले से पूरा है: {} ({name}: {v})।", goal.hindi(loc, p.target).met),
                    Lang::Ru => format!("В вашем сценарии цель — достижение {g} — уже выполнена (ползунок {name}: {v})."),
                }
            }
            Answer::Value(v) => {
                let (v, now) = (value_words(loc, l, v), value_words(loc, l, now));
                // the goal in a clause of its own: its year and a year the lever takes apart
                match lang {
                Lang::En => format!("To reach {g}: set {name} to {v} (now {now}), the other levers as they are."),
                Lang::Hi => format!("{} के लिए: {name} को {v} करें (अभी {now}), बाक़ी लीवर जस के तस रहें।", goal.hindi(loc, p.target).aim),
                Lang::Ru => format!("Чтобы достичь цели\u{a0}— {g},\u{a0}— установите для ползунка {name} значение {v} (сейчас — {now}); остальные ползунки не меняйте."),
            }
            }
            Answer::Unreachable => {
                let range = after_label(loc, l).display_range_in(loc, p.base_year);
                match lang {
                // the range in brackets: a year in it is not named again in the goal's clause
                Lang::En => format!("No value of {name} ({range}) reaches {g} with the other levers as they are."),
                Lang::Hi => format!("बाक़ी लीवर जस के तस रहें तो {name} का कोई भी मान ({range}) {}।", goal.hindi(loc, p.target).not_met),
                Lang::Ru => format!("Ни одно значение ползунка {name} ({range}) не позволяет достичь {g} при неизменном положении остальных ползунков."),
            }
            }
        }
    });
    let more = also_sentence(loc, l, &solution.also)
        .into_iter()
        .chain(closest_sentence(loc, goal, l, solution, p));
    more.fold(answer, |out, s| format!("{out} {s}"))
}

/// For an unreachable goal: how close the lever's best step gets, and which other levers would
/// reach the goal alone ("At best, with … at 40 % a year, total trade is US$ 53.1 bn in
/// FY2030-31. “Russian crude bought in FY2026-27” reaches it at 2.3 mb/d.").
fn closest_sentence(
    loc: &Loc,
    goal: Goal,
    l: &Lever,
    solution: &Solution,
    p: &Params,
) -> Option<String> {
    let c = solution.closest?;
    let lang = loc.lang;
    let (name, v, fy) = (
        quoted(lang, l, p),
        value_words(loc, l, c.value),
        loc.fy(fy::HORIZON),
    );
    let m = match goal {
        Goal::Target => Measure::TotalTrade,
        _ => Measure::Balance,
    };
    let (what, amount) = (measure_words(lang, m), figure_words(loc, m, c.figure, None));
    let best = match (lang, m) {
        (Lang::En, _) => format!("At best ({name}: {v}), {what} would be {amount} in {fy}."),
        // the balance is not the deficit: "… में 37.9 अरब डॉलर का घाटा रहेगा"
        (Lang::Hi, Measure::Balance) => {
            format!("सबसे अच्छी स्थिति में ({name}: {v}) {fy} में {amount} रहेगा।")
        }
        (Lang::Hi, _) => format!("सबसे अच्छी स्थिति में ({name}: {v}) {fy} में {what} {amount} रहेगा।"),
        (Lang::Ru, Measure::TotalTrade) => {
            format!("В лучшем случае ({name}: {v}) {what} в {fy} составит {amount}.")
        }
        (Lang::Ru, Measure::Balance) => {
            format!("В лучшем случае ({name}: {v}) в {fy} будет {amount}.")
        }
    };
    let others = others_sentence(loc, solution, p);
    Some(tidy(format!("{best} {others}")))
}

/// Which other levers (two at most) reach an unreachable goal alone: "“Russian crude bought in
/// FY2026-27” reaches it at 2.3 mb/d, the other levers as they are."
fn others_sentence(loc: &Loc, solution: &Solution, p: &Params) -> String {
    let lang = loc.lang;
    let others: Vec<String> = solution
        .others
        .iter()
        .take(2)
        .map(|(o, w)| {
            let (n, w) = (quoted(lang, o, p), o.display_in(loc, *w));
            match lang {
                Lang::En => format!("{n} reaches it at {w}"),
                Lang::Hi => format!("{n} को {w} करके भी यह लक्ष्य पूरा हो सकता है"),
                Lang::Ru => format!("{n} — при {w}"),
            }
        })
        .collect();
    if others.is_empty() {
        return pick(
            lang,
            "No other lever reaches it alone.",
            "कोई दूसरा लीवर अकेले यह लक्ष्य पूरा नहीं कर पाता।",
            "Ни один другой ползунок в одиночку цели не достигает.",
        )
        .to_string();
    }
    let joined = others.join("; ");
    match lang {
        Lang::En => format!("{joined}, the other levers as they are."),
        Lang::Hi => format!("बाक़ी लीवर जस के तस रहें तो {joined}।"),
        // «Закупки … достигает цели» neither agrees nor says who reaches it: the goal is reached
        Lang::Ru if others.len() > 1 => format!(
            "Цель достигается и другими ползунками, если остальные не менять: {}.",
            others.join(", ")
        ),
        Lang::Ru => format!("Цель достигается и ползунком {joined}, если остальные не менять."),
    }
}

/// The other runs of the lever's steps that meet the goal, in one short line: "Also met at
/// FY2029-30 to FY2030-31." None when the answer's run is the only one.
fn also_sentence(loc: &Loc, l: &Lever, runs: &[Run]) -> Option<String> {
    if runs.is_empty() {
        return None;
    }
    let lang = loc.lang;
    let value = |v: f64| match l.kind {
        LeverKind::StopYear if v < l.max => loc.fy(v as i32),
        _ => l.display_in(loc, v),
    };
    let list: Vec<String> = runs
        .iter()
        .map(|r| {
            let (a, b) = (value(r.from), value(r.to));
            if r.from == r.to {
                a
            } else {
                pick(
                    lang,
                    format!("{a} to {b}"),
                    format!("{a} से {b}"),
                    format!("от {a} до {b}"),
                )
            }
        })
        .collect();
    let list = list.join("; ");
    Some(tidy(pick(
        lang,
        format!("Also met at {list}."),
        format!("इन मानों पर भी लक्ष्य पूरा होता है: {list}।"),
        format!("Цель достигается и при значениях: {list}."),
    )))
}

/// A scenario in a few words: its levers off their defaults, or the preset's name when it is one
/// ("Current trends" when nothing is moved).
pub fn describe(loc: &Loc, s: &Scenario, p: &Params) -> String {
    let lang = loc.lang;
    if let Some(pr) = crate::presets::matching(p, s) {
        return pr.name.get(lang).to_string();
    }
    let base = Scenario::baseline(p);
    let mut parts: Vec<String> = LEVERS
        .iter()
        .filter(|l| (l.get)(s) != (l.get)(&base))
        .map(|l| {
            format!(
                "{}: {}",
                Lever::words_in(lang, l.label, p.base_year),
                after_label(loc, l).display_in(loc, (l.get)(s))
            )
        })
        .collect();
    for (id, g) in EXPORT_SECTORS.iter().zip(s.sector_growth) {
        if let Some(g) = g {
            let (name, v) = (
                id.label.get(lang),
                crate::model::levers::sector_lever().display_in(loc, g),
            );
            parts.push(match lang {
                Lang::En => format!("{name} exports: {v}"),
                Lang::Hi => format!("{} का निर्यात: {v}", hindi_oblique(id.id, name)),
                Lang::Ru => format!("Экспорт, «{name}»: {v}"),
            });
        }
    }
    if lang == Lang::Ru {
        // after a semicolon a small letter, except a name («Индия прекращает…», «ЕАЭС»)
        parts = (parts.iter().enumerate())
            .map(|(i, t)| if i == 0 { t.clone() } else { ru_small_first(t) })
            .collect();
    }
    tidy(parts.join("; "))
}

/// A Russian item after a semicolon: its first letter small, unless it opens with a name.
fn ru_small_first(t: &str) -> String {
    const NAMES: [&str; 5] = ["Индия", "Индии", "Россия", "России", "ЕАЭС"];
    if NAMES.iter().any(|n| t.starts_with(n)) {
        return t.to_string();
    }
    let mut c = t.chars();
    c.next()
        .map_or(String::new(), |f| f.to_lowercase().chain(c).collect())
}

impl Goal {
    /// "balanced trade in FY2030-31", "total trade of US$ 100 bn in FY2030-31", "a deficit below
    /// US$ 20 bn in FY2030-31" (the amount in the reader's currency). Hindi says each goal in its
    /// own verb instead ([`Goal::hindi`]).
    pub fn describe(&self, loc: &Loc, target: f64) -> String {
        let fy = loc.fy(crate::fy::HORIZON);
        let t = target_amount(loc, target);
        match (self, loc.lang) {
            (Goal::Balanced, Lang::En) => format!("balanced trade in {fy}"),
            (Goal::Balanced, Lang::Hi) => format!("{fy} में संतुलित व्यापार"),
            (Goal::Balanced, Lang::Ru) => format!("сбалансированной торговли в {fy}"),
            (Goal::Target, Lang::En) => format!("total trade of {t} in {fy}"),
            (Goal::Target, Lang::Hi) => format!("{fy} में {t} के कुल व्यापार"),
            (Goal::Target, Lang::Ru) => format!("товарооборота в {t} в {fy}"),
            (Goal::DeficitBelow(x), lang) => {
                let x = goal_money(loc, *x);
                match lang {
                    Lang::En => format!("a deficit below {x} in {fy}"),
                    Lang::Hi => format!("{fy} में {x} से कम घाटे"),
                    Lang::Ru => format!("дефицита ниже {x} в {fy}"),
                }
            }
        }
    }
}

/// A goal in Hindi, said with its own verb, as a newspaper says it rather than "… तक पहुँचना"
/// (reach) for every goal: what to do for it, that a lever cannot, and that it is met.
pub struct HindiGoal {
    /// "वित्त वर्ष 2030‑31 में व्यापार संतुलित करने" (before "के लिए").
    pub aim: String,
    /// "वित्त वर्ष 2030‑31 में घाटे को 20 अरब डॉलर से नीचे नहीं ला पाता" (a lever's value, subject).
    pub not_met: String,
    /// "वित्त वर्ष 2030‑31 में कुल व्यापार 100 अरब डॉलर तक पहुँच जाएगा".
    pub met: String,
}

impl Goal {
    /// The goal's three Hindi phrases ([`HindiGoal`]).
    pub fn hindi(&self, loc: &Loc, target: f64) -> HindiGoal {
        let fy = fy_label(Lang::Hi, crate::fy::HORIZON);
        let [aim, not_met, met] = match self {
            Goal::Balanced => [
                "व्यापार संतुलित करने".to_string(),
                "व्यापार को संतुलित नहीं कर पाता".to_string(),
                "व्यापार संतुलित रहेगा".to_string(),
            ],
            Goal::Target => {
                let t = target_amount(loc, target);
                [
                    format!("कुल व्यापार को {t} तक पहुँचाने"),
                    format!("कुल व्यापार को {t} तक नहीं पहुँचा पाता"),
                    format!("कुल व्यापार {t} तक पहुँच जाएगा"),
                ]
            }
            Goal::DeficitBelow(x) => {
                let x = goal_money(loc, *x);
                [
                    format!("घाटे को {x} से नीचे लाने"),
                    format!("घाटे को {x} से नीचे नहीं ला पाता"),
                    format!("घाटा {x} से नीचे रहेगा"),
                ]
            }
        };
        HindiGoal {
            aim: format!("{fy} में {aim}"),
            not_met: format!("{fy} में {not_met}"),
            met: format!("{fy} में {met}"),
        }
    }
}

/// A goal's amount (US$ bn of FY2030-31) as the reader set it: a whole number of US$ bn without
/// decimals ("US$ 20 bn", "20 अरब डॉलर", not "20.0"); else as money is written.
pub(super) fn goal_money(loc: &Loc, usd_bn: f64) -> String {
    let whole = Scale {
        per_bn: 1.0,
        decimals: 0,
        big: false,
    };
    match loc.cur {
        Currency::Usd if usd_bn.is_finite() && usd_bn.fract() == 0.0 => {
            loc.amount_in(usd_bn, whole, false)
        }
        _ => loc.money(usd_bn, fy::HORIZON),
    }
}
