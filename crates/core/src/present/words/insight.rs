//! Words for what moved the final year (its waterfall is `charts::waterfall`), and the helpers
//! the band's ([`super::band`]) and the goal's ([`super::goal`]) words share with it. The front
//! ends import the insight's sentences from here.

pub use super::band::{band_sentence, probability_sentence, range_words};
pub use super::goal::{describe, read_deficit_goal, solve_sentence, HindiGoal, MAX_DEFICIT_GOAL};

use crate::fy;
use crate::insight::attribution::{rounded_parts, Attribution, Measure};
use crate::model::levers::Part;
use crate::present::format::{fy_label, Loc, Scale};
use crate::present::words::parts::{capital, Balance, Reference};
use crate::tr::{pick, tidy, Lang, Tr};

/// What a group is called in a sentence, by what it changed in the economy (never "the oil
/// levers"): as a subject, and after a postposition or preposition (Hindi "से", Russian "на").
/// The crude group says which way Russian crude imports went: `v` is the part's effect on
/// `m`, and less crude raises the balance and lowers total trade. The words follow the glossary
/// ("tariff cut", "शुल्क कटौती", "снижение пошлин") and the waterfall's steps ([`Part::title`]).
fn part_words(lang: Lang, m: Measure, p: Part, v: f64) -> (&'static str, &'static str) {
    let less_crude = (m == Measure::Balance) == (v > 0.0);
    let (subject, object) = match p {
        Part::TradeDeal => (
            Tr::new("the tariff cuts", "शुल्क कटौती", "снижение пошлин"),
            Tr::new("the tariff cuts", "शुल्क कटौती", "снижение пошлин"),
        ),
        Part::Oil if less_crude => (
            Tr::new(
                "lower Russian crude imports",
                "रूसी कच्चे तेल का कम आयात",
                "сокращение импорта российской нефти",
            ),
            Tr::new(
                "lower Russian crude imports",
                "रूसी कच्चे तेल के कम आयात",
                "сокращение импорта российской нефти",
            ),
        ),
        Part::Oil => (
            Tr::new(
                "higher Russian crude imports",
                "रूसी कच्चे तेल का अधिक आयात",
                "рост импорта российской нефти",
            ),
            Tr::new(
                "higher Russian crude imports",
                "रूसी कच्चे तेल के अधिक आयात",
                "рост импорта российской нефти",
            ),
        ),
        // the factor, not its direction: the reader may have made exports or other imports fall
        Part::ExportGrowth => (
            Tr::new("exports", "निर्यात", "экспорт"),
            Tr::new("exports", "निर्यात", "экспорт"),
        ),
        Part::Other => (
            Tr::new("other imports", "अन्य आयात", "прочий импорт"),
            Tr::new("other imports", "अन्य आयात", "прочий импорт"),
        ),
    };
    (subject.get(lang), object.get(lang))
}

/// A named part and its amount, as a sentence lists them.
type Parts<'a> = &'a (Part, f64);

/// Whether a group's Hindi name is feminine (शुल्क कटौती), for the verb; the others (आयात,
/// निर्यात) are masculine. In English every group's name is plural.
fn hindi_feminine(p: Part) -> bool {
    p == Part::TradeDeal
}

/// A Hindi verb in the future tense agreeing with its subject: [masculine, feminine] singular,
/// then plural.
fn hindi_future(forms: [&'static str; 4], plural: bool, feminine: bool) -> &'static str {
    forms[usize::from(plural) * 2 + usize::from(feminine)]
}

/// An export sector's Hindi name before a postposition ("दवाइयों का निर्यात", not "दवाइयाँ का"):
/// the oblique plural of the names that are plural nouns; "अन्य" (other) takes a noun.
pub(super) fn hindi_oblique(id: &str, name: &'static str) -> &'static str {
    match id {
        "pharma" => "दवाइयों",
        "chemicals" => "रसायनों",
        "marine" => "समुद्री उत्पादों",
        "agri_food" => "कृषि और खाद्य उत्पादों",
        "other" => "अन्य सामान",
        _ => name,
    }
}

/// "a, b and c" in a language.
pub(super) fn and_list(lang: Lang, items: &[String]) -> String {
    let and = pick(lang, "and", "और", "и");
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {and} {last}", rest.join(", ")),
    }
}

/// A reference opening a sentence: "Against current trends", "По сравнению с …".
fn against_capital(lang: Lang, words: &str) -> String {
    if lang == Lang::Hi {
        return words.to_string();
    }
    capital(words)
}

/// The title of a measure's waterfall: "What moved the balance in FY2030-31".
pub fn waterfall_title(lang: Lang, m: Measure) -> String {
    let (t, fy) = (m.title().get(lang), fy_label(lang, fy::HORIZON));
    tidy(match lang {
        Lang::En => format!("{t} in {fy}"),
        Lang::Hi => format!("{fy} में {t}"),
        Lang::Ru => format!("{t} в {fy}"),
    })
}

/// "Of the US$ 12.4 bn narrowing of the deficit against current trends (a deficit of US$ 38.7 bn
/// in FY2030-31), US$ 9.1 bn comes from lower Russian crude imports and US$ 3.3 bn from the tariff cuts."
/// Every amount is in one unit, rounded so that the numbers add up; a small share is in crore.
pub fn attribution_sentence(loc: &Loc, a: &Attribution) -> String {
    tidy(attribution_words(loc, a, false))
}

/// What moved between the pinned scenario and yours (`attribute_between`), in one sentence:
/// "Of the US$ 12.4 bn narrowing of the deficit against the pinned scenario (a deficit of US$
/// 21.0 bn in FY2030-31), …".
pub fn moved_from_pin_sentence(loc: &Loc, a: &Attribution) -> String {
    tidy(attribution_words(loc, a, true))
}

/// Each part in the sentence's unit, signed ("+US$ 0.4 bn"), rounded so that the four add up to
/// the change as shown.
pub fn part_amounts(loc: &Loc, a: &Attribution) -> [String; 4] {
    let shown = Shown::new(loc, a);
    let per_bn = shown.scale.per_bn;
    let in_units: Vec<f64> = (a.parts.iter())
        .map(|v| loc.convert(*v, fy::HORIZON) * per_bn)
        .collect();
    let r = rounded_parts(&in_units, shown.change * per_bn, shown.scale.decimals);
    std::array::from_fn(|i| loc.amount_at(r[i] / per_bn, shown.scale, true))
}

fn attribution_words(loc: &Loc, a: &Attribution, from_pin: bool) -> String {
    let shown = Shown::new(loc, a);
    let reference = if from_pin {
        Reference::Pinned
    } else {
        Reference::CurrentTrends
    };
    if shown.total == 0 {
        return if shown.named.is_empty() {
            unchanged_words(loc, a, from_pin)
        } else {
            shown.cancel_words(a, reference)
        };
    }
    // what every sentence says is worked out once; each language orders and words it its own way
    let said = shown.said(a);
    tidy(match loc.lang {
        Lang::En => shown.en_words(a, reference, &said),
        Lang::Hi => shown.hindi_words(a, reference, &said),
        Lang::Ru => shown.ru_words(a, reference, &said),
    })
}

/// What the sentence of what moved says in every language: the final year, whether the measure
/// rose, the change and the figure it is against (in the sentence's unit), and the parts that
/// moved it the way it went and the other way, each the largest first.
struct Said {
    year: String,
    rise: bool,
    amount: String,
    from: String,
    along: Vec<(Part, f64)>,
    opposite: Vec<(Part, f64)>,
}

/// What the attribution is of: "the balance", "total trade".
pub(super) fn measure_words(lang: Lang, m: Measure) -> &'static str {
    match m {
        Measure::Balance => pick(lang, "the balance", "व्यापार संतुलन", "сальдо"),
        Measure::TotalTrade => pick(lang, "total trade", "कुल व्यापार", "товарооборот"),
    }
}

/// A figure of FY2030-31 as a sentence names it: a balance with its word ("a deficit of US$ 38.7
/// bn"), total trade as an amount; in the given unit, or its own when None.
pub(super) fn figure_words(loc: &Loc, m: Measure, usd_bn: f64, scale: Option<Scale>) -> String {
    let v = loc.convert(usd_bn, fy::HORIZON);
    let scale = scale.unwrap_or_else(|| loc.scale_for(v));
    match m {
        Measure::Balance => Balance::at(loc, v, scale).words(loc.lang),
        Measure::TotalTrade => loc.amount_at(v, scale, false),
    }
}

/// "Your scenario leaves the balance in FY2030-31 where current trends put it: a deficit of …".
fn unchanged_words(loc: &Loc, a: &Attribution, from_pin: bool) -> String {
    let lang = loc.lang;
    let (year, what) = (fy_label(lang, fy::HORIZON), measure_words(lang, a.measure));
    let v = figure_words(loc, a.measure, a.end, None);
    if from_pin {
        return match lang {
            Lang::En => {
                format!("Your scenario and the pinned scenario put {what} in {year} at the same level: {v}.")
            }
            Lang::Hi => {
                format!(
                    "{year} में आपके परिदृश्य और पिन किए गए परिदृश्य, दोनों में {what} एक ही स्तर पर रहेगा: {v}।"
                )
            }
            Lang::Ru => format!("В {year} {what} в вашем и закреплённом сценариях совпадает: {v}."),
        };
    }
    match lang {
        Lang::En => {
            format!("Your scenario leaves {what} in {year} where current trends put it: {v}.")
        }
        Lang::Hi => {
            format!("आपका परिदृश्य {year} में {what} को मौजूदा रुझानों के स्तर पर ही रखेगा: {v}।")
        }
        Lang::Ru => {
            let same = match a.measure {
                Measure::Balance => "такое же",
                Measure::TotalTrade => "такой же",
            };
            format!("В вашем сценарии {what} в {year} {same}, как при сохранении текущих тенденций: {v}.")
        }
    }
}

/// "US$ 12.4 bn narrowing of the deficit": the change, as the English sentence names it.
fn en_change_phrase(a: &Attribution, amount: &str, rise: bool) -> String {
    let deficit = a.measure == Measure::Balance && a.start < 0.0 && a.end < 0.0;
    let deficit_closed = a.measure == Measure::Balance && a.start < 0.0 && a.end <= 0.0 && rise;
    match (a.measure, deficit_closed, deficit, rise) {
        (Measure::Balance, true, _, _) => format!("{amount} narrowing of the deficit"),
        (Measure::Balance, _, true, _) => format!("{amount} widening of the deficit"),
        (Measure::Balance, _, _, true) => format!("{amount} rise in the balance"),
        (Measure::Balance, _, _, false) => format!("{amount} fall in the balance"),
        (Measure::TotalTrade, _, _, true) => format!("{amount} rise in total trade"),
        (Measure::TotalTrade, _, _, false) => format!("{amount} fall in total trade"),
    }
}

/// The Hindi change as its subject and verb, and the verbs (future, by agreement) for the parts
/// that move it that way and the other: the deficit "घटेगा"/"बढ़ेगा", the balance "सुधरेगा"/
/// "बिगड़ेगा", total trade "बढ़ेगा"/"घटेगा".
fn hindi_change(
    a: &Attribution,
    rise: bool,
) -> (
    &'static str,
    &'static str,
    [&'static str; 4],
    [&'static str; 4],
) {
    const LOWER: [&str; 4] = ["घटाएगा", "घटाएगी", "घटाएँगे", "घटाएँगी"];
    const RAISE: [&str; 4] = ["बढ़ाएगा", "बढ़ाएगी", "बढ़ाएँगे", "बढ़ाएँगी"];
    const MEND: [&str; 4] = ["सुधारेगा", "सुधारेगी", "सुधारेंगे", "सुधारेंगी"];
    const HARM: [&str; 4] = ["बिगाड़ेगा", "बिगाड़ेगी", "बिगाड़ेंगे", "बिगाड़ेंगी"];
    let deficit = a.measure == Measure::Balance && a.start < 0.0 && a.end < 0.0;
    let deficit_closed = a.measure == Measure::Balance && a.start < 0.0 && a.end <= 0.0 && rise;
    match (a.measure, deficit_closed, deficit, rise) {
        (Measure::Balance, true, _, _) => ("घाटा", "घटेगा", LOWER, RAISE),
        (Measure::Balance, _, true, _) => ("घाटा", "बढ़ेगा", RAISE, LOWER),
        (Measure::Balance, _, _, true) => ("व्यापार संतुलन", "सुधरेगा", MEND, HARM),
        (Measure::Balance, _, _, false) => ("व्यापार संतुलन", "बिगड़ेगा", HARM, MEND),
        (Measure::TotalTrade, _, _, true) => ("कुल व्यापार", "बढ़ेगा", RAISE, LOWER),
        (Measure::TotalTrade, _, _, false) => ("कुल व्यापार", "घटेगा", LOWER, RAISE),
    }
}

/// An attribution's parts as the sentence shows them: in one unit, rounded so that they add up
/// to the change, the parts that round to zero left out.
struct Shown<'a> {
    loc: &'a Loc<'a>,
    measure: Measure,
    scale: Scale,
    /// The change, in the reader's currency.
    change: f64,
    /// The change in the scale's smallest shown unit.
    total: i64,
    named: Vec<(Part, f64)>,
}

impl<'a> Shown<'a> {
    fn new(loc: &'a Loc<'a>, a: &Attribution) -> Self {
        let c = |v: f64| loc.convert(v, fy::HORIZON);
        let change = c(a.change());
        // the unit of the largest figure named, the reference's own included
        let largest = (a.parts.iter().chain([&a.start]))
            .map(|v| c(*v).abs())
            .fold(0.0, f64::max);
        let scale = loc.scale_for(change.abs().max(largest));
        let units = 10f64.powi(scale.decimals as i32);
        let in_units: Vec<f64> = a.parts.iter().map(|v| c(*v) * scale.per_bn).collect();
        let shown = rounded_parts(&in_units, change * scale.per_bn, scale.decimals);
        let named = Part::ALL
            .iter()
            .copied()
            .zip(shown)
            .filter(|(_, v)| (v * units).round() as i64 != 0)
            .collect();
        Shown {
            loc,
            measure: a.measure,
            scale,
            change,
            total: (change * scale.per_bn * units).round() as i64,
            named,
        }
    }

    fn money(&self, v: f64) -> String {
        self.loc
            .amount_at(v.abs() / self.scale.per_bn, self.scale, false)
    }

    /// "Against current trends, the levers cancel out in FY2030-31: … raise the balance as much as
    /// … lower it."
    fn cancel_words(&self, a: &Attribution, reference: Reference) -> String {
        let lang = self.loc.lang;
        let (year, what) = (fy_label(lang, fy::HORIZON), measure_words(lang, a.measure));
        let (up, down): (Vec<_>, Vec<_>) = self.named.iter().partition(|(_, v)| *v > 0.0);
        let list = |xs: &[&(Part, f64)]| {
            and_list(
                lang,
                &xs.iter()
                    .map(|(p, v)| {
                        let w = part_words(lang, a.measure, *p, *v).0;
                        format!("{w} ({})", self.money(*v))
                    })
                    .collect::<Vec<_>>(),
            )
        };
        let (u, d) = (list(&up), list(&down));
        let against = reference.against(lang);
        let against = against_capital(lang, &against);
        match lang {
            Lang::En => format!("{against}, the levers cancel out in {year}: {u} raise {what} as much as {d} lower it."),
            Lang::Hi => format!("{year} में {against} लीवरों का असर आपस में कट जाएगा: {u} {what} को जितना बढ़ाएँगे, {d} उतना ही घटाएँगे।"),
            Lang::Ru => {
                // the factors by name ([`ru_part`]), the verb in the number of each list
                let ru_list = |xs: &[&(Part, f64)]| {
                    let items: Vec<String> = (xs.iter())
                        .map(|(p, v)| format!("{} ({})", ru_part(*p), self.money(*v)))
                        .collect();
                    and_list(Lang::Ru, &items)
                };
                let (u, d) = (ru_list(&up), ru_list(&down));
                let up_verb = if up.len() > 1 { "повышают" } else { "повышает" };
                let down_verb = if down.len() > 1 { "понижают" } else { "понижает" };
                format!("{against} в {year} изменения взаимно погашаются: {u} {up_verb} {what} ровно на столько же, на сколько {d} его {down_verb}.")
            }
        }
    }

    /// The English sentence: the parts that move the measure the way it went, largest first,
    /// after the change and what it is against, then those that work the other way: "Of the …
    /// against current trends (a deficit of US$ 38.7 bn in FY2030-31), US$ 9.1 bn comes from
    /// lower Russian crude imports and …; the tariff cuts work the other way, by …."
    fn en_words(&self, a: &Attribution, reference: Reference, said: &Said) -> String {
        let lang = Lang::En;
        let Said {
            year,
            rise,
            amount,
            from,
            ..
        } = said;
        let with: Vec<String> = (said.along.iter().enumerate())
            .map(|(i, (p, v))| {
                let (m, w) = (self.money(*v), part_words(lang, a.measure, *p, *v).1);
                match i {
                    0 => format!("{m} comes from {w}"),
                    _ => format!("{m} from {w}"),
                }
            })
            .collect();
        let with = and_list(lang, &with);
        let against = reference.against(lang);
        let phrase = en_change_phrase(a, amount, *rise);
        // with parts working the other way the change is a net one, and its parts are not "of" it
        // (US$ 29.3 bn "of" a US$ 19.4 bn fall would be more than the whole)
        let net = !said.opposite.is_empty();
        let head = match net {
            false => format!("Of the {phrase} {against} ({from} in {year}), {with}"),
            true => format!("The {phrase} {against} ({from} in {year}) is a net change: {with}"),
        };
        format!("{head}{}.", self.en_against_words(&said.opposite))
    }

    /// The Hindi sentence, in the future tense: the change as a verb, then what moves it each
    /// way, each with its verb agreeing ("…के मुक़ाबले कुल व्यापार 19.4 अरब डॉलर घटेगा: रूसी कच्चे
    /// तेल का कम आयात इसे 29.3 अरब डॉलर और अन्य आयात 11.0 अरब डॉलर घटाएँगे, जबकि निर्यात (18.7
    /// अरब डॉलर) और शुल्क कटौती (2.2 अरब डॉलर) इसे बढ़ाएँगे।"); never "X में से" a larger part.
    fn hindi_words(&self, a: &Attribution, reference: Reference, said: &Said) -> String {
        let lang = Lang::Hi;
        let Said {
            year, amount, from, ..
        } = said;
        let (subject, intrans, with_verb, against_verb) = hindi_change(a, said.rise);
        let with: Vec<Parts> = said.along.iter().collect();
        let other: Vec<Parts> = said.opposite.iter().collect();
        let against = reference.against(lang);
        let head = format!("{against} ({year} में {from}) {subject} {amount} {intrans}");
        let name = |p: Part, v: f64| part_words(lang, a.measure, p, v);
        if let ([(p, v)], []) = (with.as_slice(), other.as_slice()) {
            return format!("{head}, पूरी तरह {} से।", name(*p, *v).1);
        }
        let parts: Vec<String> = (with.iter().enumerate())
            .map(|(i, (p, v))| match i {
                0 => format!("{} इसे {}", name(*p, *v).0, self.money(*v)),
                _ => format!("{} {}", name(*p, *v).0, self.money(*v)),
            })
            .collect();
        let fem = |xs: &[Parts]| xs.iter().all(|(p, _)| hindi_feminine(*p));
        let verb = hindi_future(with_verb, with.len() > 1, fem(&with));
        let mut out = format!("{head}: {} {verb}", and_list(lang, &parts));
        if !other.is_empty() {
            let names: Vec<String> = (other.iter())
                .map(|(p, v)| format!("{} ({})", name(*p, *v).0, self.money(*v)))
                .collect();
            let verb = hindi_future(against_verb, other.len() > 1, fem(&other));
            out.push_str(&format!(", जबकि {} इसे {verb}", and_list(lang, &names)));
        }
        out.push('।');
        out
    }

    /// The parts that work the other way, if any: "; the tariff cuts work the other way, by …"
    /// (every group's English name is plural: "the tariff cuts", "exports").
    fn en_against_words(&self, against: &[(Part, f64)]) -> String {
        let lang = Lang::En;
        if against.is_empty() {
            return String::new();
        }
        let names: Vec<String> = against
            .iter()
            .map(|(p, v)| part_words(lang, self.measure, *p, *v).0.to_string())
            .collect();
        let amounts: Vec<String> = against.iter().map(|(_, v)| self.money(*v)).collect();
        let (n, am) = (and_list(lang, &names), and_list(lang, &amounts));
        format!("; {n} work the other way, by {am}")
    }

    /// What every language's sentence says ([`Said`]).
    fn said(&self, a: &Attribution) -> Said {
        let rise = self.total > 0;
        let mut named = self.named.clone();
        named.sort_by(|a, b| b.1.abs().total_cmp(&a.1.abs()));
        let (along, opposite) = named.into_iter().partition(|(_, v)| (*v > 0.0) == rise);
        Said {
            year: fy_label(self.loc.lang, fy::HORIZON),
            rise,
            amount: self.loc.amount_at(self.change.abs(), self.scale, false),
            from: figure_words(self.loc, a.measure, a.start, Some(self.scale)),
            along,
            opposite,
        }
    }
}

/// A part as a Russian sentence names it: the factor, not its direction («экспорт», «прочий
/// импорт», never «рост прочего импорта» when the reader made those imports fall).
fn ru_part(p: Part) -> &'static str {
    match p {
        Part::TradeDeal => "снижение пошлин",
        Part::Oil => "российская нефть",
        Part::ExportGrowth => "экспорт",
        Part::Other => "прочий импорт",
    }
}

impl Shown<'_> {
    /// The Russian sentence of what moved: the change against its reference first, then each
    /// part with its direction, so that no part is "of" a whole smaller than itself: «Товарооборот
    /// в 2030/31 фин. г. окажется на 19,4 млрд долл. меньше, чем при сохранении текущих
    /// тенденций (52,1 млрд долл.): нефть снижает его на 29,3 млрд долл., прочий импорт — на
    /// 11,0 млрд долл., а экспорт и снижение пошлин, напротив, увеличивают его на 18,7 и 2,2 млрд
    /// долл.»
    fn ru_words(&self, a: &Attribution, reference: Reference, said: &Said) -> String {
        let Said {
            year,
            rise,
            amount,
            from,
            along,
            opposite,
        } = said;
        let deficit = a.measure == Measure::Balance && a.start < 0.0 && a.end <= 0.0;
        // what changes, how, and the verbs of the parts that move it that way and the other
        let (what, how, with, other) = match (a.measure, deficit, *rise) {
            (Measure::Balance, true, true) => ("Дефицит", "меньше", "сокращает", "увеличива"),
            (Measure::Balance, true, false) => ("Дефицит", "больше", "увеличивает", "сокраща"),
            (Measure::Balance, false, true) => ("Сальдо", "лучше", "улучшает", "ухудша"),
            (Measure::Balance, false, false) => ("Сальдо", "хуже", "ухудшает", "улучша"),
            (Measure::TotalTrade, _, true) => ("Товарооборот", "больше", "увеличивает", "снижа"),
            (Measure::TotalTrade, _, false) => ("Товарооборот", "меньше", "снижает", "увеличива"),
        };
        let than = match reference {
            Reference::Year(y) => format!("чем в {}", fy_label(Lang::Ru, y)),
            Reference::CurrentTrends => "чем при сохранении текущих тенденций".into(),
            Reference::Pinned => "чем в закреплённом сценарии".into(),
        };
        let mut out = format!("{what} в {year} окажется на {amount} {how}, {than} ({from}):");
        for (i, (p, v)) in along.iter().enumerate() {
            let m = self.money(*v);
            out.push_str(&match i {
                0 => format!(" {} {with} его на {m}", ru_part(*p)),
                _ => format!(", {} — на {m}", ru_part(*p)),
            });
        }
        if !opposite.is_empty() {
            let names: Vec<String> = opposite.iter().map(|(p, _)| ru_part(*p).into()).collect();
            let sizes: Vec<f64> = (opposite.iter())
                .map(|(_, v)| v.abs() / self.scale.per_bn)
                .collect();
            let ending = if opposite.len() > 1 { "ют" } else { "ет" };
            out.push_str(&format!(
                ", а {}, напротив, {other}{ending} его на {}",
                and_list(Lang::Ru, &names),
                and_list(Lang::Ru, &self.loc.unit_once(&sizes, self.scale))
            ));
        }
        out.push('.');
        out
    }
}

/// How the split is made, in one line.
pub const METHOD: Tr = Tr::new("How it is split: each group's part is its average effect over every order in which the four groups could be moved from current trends to your scenario (Shapley values), so the parts add up exactly to the change.", "बँटवारा कैसे होता है: हर समूह का हिस्सा उसका औसत असर है, उन सभी क्रमों पर जिनमें चारों समूहों को मौजूदा रुझानों से आपके परिदृश्य तक ले जाया जा सकता है (शैप्ली मान), इसलिए हिस्सों का जोड़ ठीक बदलाव के बराबर होता है।", "Как делится изменение: вклад каждой группы — её средний эффект по всем порядкам, в которых четыре группы можно перевести от текущих тенденций к вашему сценарию (значения Шепли), поэтому сумма вкладов точно равна изменению.");

#[cfg(test)]
#[path = "insight_tests.rs"]
mod tests;
