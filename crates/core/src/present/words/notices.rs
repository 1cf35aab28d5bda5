//! A link's notices in the page's words, in the reader's language: what a number was meant to
//! set, with its unit and range (`Target::display_in`, `range_in`), each notice as a sentence with
//! what the link said in the language's quotation marks, and the page's lines, unknown settings
//! folded into one.

use crate::link::notice::{Notice, Target};
use crate::markup;
use crate::present::format::Loc;
use crate::present::markup::{quote as said, Markup};
use crate::tr::{pick, Lang};

impl Target {
    /// A value with its unit, for people, in English on a terminal ("−50 % a year", "10", with
    /// ordinary spaces: the command line's notices).
    pub fn display(&self, v: f64) -> String {
        self.display_in(&Loc::english().for_terminal(), v)
    }

    /// The same in the reader's language.
    pub fn display_in(&self, loc: &Loc, v: f64) -> String {
        match self {
            Target::Lever(l) | Target::SectorRate(l) => l.display_in(loc, v),
            Target::Input(_, p) => with_unit(loc, &plain(loc, v), p.unit.get(loc.lang)),
        }
    }

    /// The allowed range, for people, in English on a terminal ("−50 to 20 % a year").
    pub fn range(&self, base_year: i32) -> String {
        self.range_in(&Loc::english().for_terminal(), base_year)
    }

    /// The same in the reader's language.
    /// A year lever's range starts the year after the data's base year.
    pub fn range_in(&self, loc: &Loc, base_year: i32) -> String {
        match self {
            Target::Lever(l) | Target::SectorRate(l) => l.display_range_in(loc, base_year),
            Target::Input(_, p) => {
                let (a, b) = (plain(loc, p.range.min), plain(loc, p.range.max));
                let r = match loc.lang {
                    Lang::En => format!("{a} to {b}"),
                    Lang::Hi => format!("{a} से {b}"),
                    Lang::Ru => format!("от {a} до {b}"),
                };
                with_unit(loc, &r, p.unit.get(loc.lang))
            }
        }
    }
}

/// A number with its unit, never parted at a line's end; Hindi sets "%" close ("3%").
fn with_unit(loc: &Loc, text: &str, unit: &str) -> String {
    if unit.is_empty() {
        text.to_string()
    } else if loc.lang == Lang::Hi && unit.starts_with('%') {
        format!("{text}{unit}")
    } else {
        format!("{text}{}{unit}", loc.spaces.joint())
    }
}

/// A number with a typographic minus and no needless zeros ("−0.5", "10"), in the reader's
/// conventions.
fn plain(loc: &Loc, v: f64) -> String {
    let text = format!("{}", v.abs());
    let decimals = text.split('.').nth(1).map_or(0, str::len);
    loc.num(v, decimals)
}

/// A text of the link that held characters which reverse or reorder what is shown: they are
/// removed, and the reader told (with the shortening, when there was one too).
fn bidi_words(lang: Lang, key: &str, cut: Option<usize>) -> String {
    let (what, neuter) = text_name(lang, key);
    let (ru_held, ru_it) = if neuter {
        ("содержало", "оно")
    } else {
        ("содержал", "он")
    };
    let main = pick(
        lang,
        format!("{what} held invisible characters that change the direction of text; they were removed."),
        // before a postposition, "का" takes its oblique form: "चार्ट के शीर्षक में"
        format!("{} में ऐसे अदृश्य अक्षर थे जो पाठ की दिशा बदलते हैं; उन्हें हटा दिया गया।", what.replace(" का ", " के ")),
        format!("{what} {ru_held} невидимые символы, меняющие направление текста; они удалены."),
    );
    match cut {
        None => main,
        Some(max) => pick(
            lang,
            format!("{main} It was also longer than {max} characters and was shortened."),
            format!("{main} वह {max} अक्षरों से लंबा भी था, इसलिए उसे छोटा किया गया।"),
            format!(
                "{main} Кроме того, {ru_it} длиннее {max} символов и сокращён{}.",
                if ru_it == "оно" { "о" } else { "" }
            ),
        ),
    }
}

/// What a text of the link is, in words ("The chart's title"), and whether its Russian noun is
/// neuter (for the verb's agreement).
fn text_name(lang: Lang, key: &str) -> (String, bool) {
    let (en, hi, ru, neuter) = match key {
        "name" => (
            "The scenario's name",
            "परिदृश्य का नाम",
            "Название сценария",
            true,
        ),
        "pinname" => (
            "The pinned scenario's name",
            "पिन किए गए परिदृश्य का नाम",
            "Название закреплённого сценария",
            true,
        ),
        "title" => (
            "The chart's title",
            "चार्ट का शीर्षक",
            "Заголовок графика",
            false,
        ),
        "subtitle" => (
            "The chart's subtitle",
            "चार्ट का उपशीर्षक",
            "Подзаголовок графика",
            false,
        ),
        "note" => (
            "The chart's note",
            "चार्ट का नोट",
            "Примечание к графику",
            true,
        ),
        _ => ("A text of the link", "लिंक का एक पाठ", "Текст ссылки", false),
    };
    (pick(lang, en.into(), hi.into(), ru.into()), neuter)
}

/// A chart's title, subtitle or note cut at `max` characters.
fn text_cut_words(lang: Lang, key: &str, max: usize) -> String {
    let (what, neuter) = text_name(lang, key);
    let ru_cut = if neuter {
        "оно сокращено"
    } else {
        "он сокращён"
    };
    pick(
        lang,
        format!("{what} is longer than {max} characters; it was shortened."),
        format!("{what} {max} अक्षरों से लंबा है; उसे छोटा किया गया।"),
        format!("{what} длиннее {max} символов; {ru_cut}."),
    )
}

impl Notice {
    /// The notice in the page's words, in English.
    pub fn for_page(&self) -> String {
        self.for_page_in(&Loc::english())
    }

    /// The notice in the reader's language, what the link said in quotation marks of the
    /// language (“oil=abc”, «oil=abc»), never a developer's backticks.
    pub fn for_page_in(&self, loc: &Loc) -> String {
        self.words(loc).unicode(loc.lang)
    }

    /// The notice as structured text, what the link said as quotations: each front end renders
    /// it ([`Markup::unicode`], [`Markup::html`], [`Markup::plain`]).
    pub fn words(&self, loc: &Loc) -> Markup {
        match self {
            Notice::TooLong { .. }
            | Notice::NameCut { .. }
            | Notice::TextCut { .. }
            | Notice::BidiRemoved { .. } => self.link_words(loc),
            Notice::UnknownVintage { .. }
            | Notice::VintageUnavailable { .. }
            | Notice::UnknownVersion { .. } => self.vintage_words(loc.lang),
            Notice::NotAFlag { .. } => self.view_words(loc),
            Notice::UnknownLang { .. } | Notice::UnknownCurrency { .. } => self.choice_words(loc),
            Notice::UnknownTheme { .. } | Notice::UnknownChart { .. } => self.shown_words(loc),
            Notice::UnknownKey { .. } | Notice::UnknownLever { .. } => self.key_words(loc),
            Notice::Repeated { .. } | Notice::ActualFigure { .. } => self.repeat_words(loc),
            Notice::NotANumber { .. } => self.value_words(loc),
            Notice::OutOfRange { .. } => self.range_words(loc),
            Notice::Snapped { .. } => self.step_words(loc),
            Notice::PinnedAssumption { .. }
            | Notice::PinnedNothing
            | Notice::PinInPin
            | Notice::PinNameWithoutPin
            | Notice::Pinned(_) => self.pin_words(loc),
        }
    }

    /// About the link as a whole: its length and the texts it carries.
    fn link_words(&self, loc: &Loc) -> Markup {
        let lang = loc.lang;
        match self {
            Notice::TooLong { max } => pick(
                lang,
                markup![format!(
                    "The link is longer than {max} characters; the rest was ignored."
                )],
                markup![format!(
                    "लिंक {max} अक्षरों से लंबा है; बाक़ी हिस्सा अनदेखा किया गया।"
                )],
                markup![format!(
                    "Ссылка длиннее {max} символов; остальное не учтено."
                )],
            ),
            Notice::NameCut { max } => pick(
                lang,
                markup![format!(
                    "The scenario's name is longer than {max} characters; it was shortened."
                )],
                markup![format!(
                    "परिदृश्य का नाम {max} अक्षरों से लंबा है; उसे छोटा किया गया।"
                )],
                markup![format!(
                    "Название сценария длиннее {max} символов; оно сокращено."
                )],
            ),
            Notice::TextCut { key, max } => markup![text_cut_words(lang, key, *max)],
            Notice::BidiRemoved { key, cut } => markup![bidi_words(lang, key, *cut)],
            // the other notices are worded by the other functions (`words` dispatches)
            _ => Markup::default(),
        }
    }

    /// About the link's format version and the data's vintage it names: unknown, or not to be had.
    fn vintage_words(&self, lang: crate::tr::Lang) -> Markup {
        use crate::link::percent::quote;
        let month = |id: &str| {
            let (y, m) = crate::data::year_month(id).unwrap_or_default();
            crate::present::words::parts::release_month(lang, y, m)
        };
        match self {
            Notice::UnknownVintage { given, latest } => {
                let (g, month) = (quote(given), month(latest));
                pick(
                    lang,
                    markup![said(format!("data={g}")), format!(" names no data release of this calculator; the latest data, of {month}, are used.")],
                    markup![said(format!("data={g}")), format!(" इस कैलकुलेटर के किसी डेटा संस्करण का नाम नहीं है; नवीनतम डेटा ({month} का) लिया गया।")],
                    markup![said(format!("data={g}")), format!(" — такого выпуска данных в калькуляторе нет; использованы самые новые данные (выпуск {month}).")],
                )
            }
            Notice::VintageUnavailable { id, latest } => {
                let (old, new) = (month(id), month(latest));
                pick(
                    lang,
                    markup![format!("This link was made with the data of {old}, which could not be loaded (are you offline?); the figures are on the latest data, of {new}.")],
                    markup![format!("यह लिंक {old} के डेटा से बना था, जो लोड नहीं हो सका (क्या आप ऑफ़लाइन हैं?); आँकड़े नवीनतम डेटा ({new} का) पर हैं।")],
                    markup![format!("Ссылка сделана по данным {old}, но их не удалось загрузить (нет подключения к сети?); цифры рассчитаны по самым новым данным (выпуск {new}).")],
                )
            }
            Notice::UnknownVersion { given } => {
                let (g, v) = (quote(given), crate::link::FORMAT_VERSION);
                pick(
                    lang,
                    markup![
                        "Unknown link format version ",
                        said(&g),
                        format!("; read as version {v}.")
                    ],
                    markup![
                        "अज्ञात लिंक फ़ॉर्मेट संस्करण ",
                        said(&g),
                        format!("; संस्करण {v} की तरह पढ़ा गया।")
                    ],
                    markup![
                        "Неизвестная версия формата ссылки ",
                        said(&g),
                        format!("; прочитана как версия {v}.")
                    ],
                )
            }
            // the other notices are worded by the other functions (`words` dispatches)
            _ => Markup::default(),
        }
    }

    /// About an embed's flags.
    fn view_words(&self, loc: &Loc) -> Markup {
        use crate::link::percent::quote;
        let lang = loc.lang;
        match self {
            Notice::NotAFlag { key, given, used } => {
                let g = quote(given);
                let what = match (*key, used) {
                    ("embed", _) => pick(
                        lang,
                        "embedded",
                        "एम्बेड किया गया",
                        "страница показана во встроенном виде",
                    ),
                    (_, true) => pick(
                        lang,
                        "controls shown",
                        "नियंत्रण दिखाए गए",
                        "элементы управления показаны",
                    ),
                    (_, false) => pick(
                        lang,
                        "controls hidden",
                        "नियंत्रण छिपाए गए",
                        "элементы управления скрыты",
                    ),
                };
                pick(
                    lang,
                    markup![
                        said(format!("{key}={g}")),
                        format!(" should be 1 or 0; {what}.")
                    ],
                    markup![
                        said(format!("{key}={g}")),
                        format!(" 1 या 0 होना चाहिए; {what}।")
                    ],
                    markup![
                        "Значение ",
                        said(format!("{key}={g}")),
                        format!(" недопустимо (нужно 1 или 0); {what}.")
                    ],
                )
            }
            // the other notices are worded by the other functions (`words` dispatches)
            _ => Markup::default(),
        }
    }

    /// About a language or a currency the link names that the page does not know.
    fn choice_words(&self, loc: &Loc) -> Markup {
        use crate::link::percent::quote;
        let lang = loc.lang;
        match self {
            Notice::UnknownLang { given } => {
                let g = quote(given);
                pick(
                    lang,
                    markup![
                        said(format!("lang={g}")),
                        " is not en, hi or ru; the page follows your browser's language."
                    ],
                    markup![
                        said(format!("lang={g}")),
                        " en, hi या ru नहीं है; पेज आपके ब्राउज़र की भाषा में है।"
                    ],
                    markup![
                        said(format!("lang={g}")),
                        " — не en, hi или ru; страница показана на языке браузера."
                    ],
                )
            }
            Notice::UnknownCurrency { given } => {
                let g = quote(given);
                pick(
                    lang,
                    markup![
                        said(format!("cur={g}")),
                        " is not usd or inr; figures are in US$."
                    ],
                    markup![said(format!("cur={g}")), " usd या inr नहीं है; आँकड़े डॉलर में हैं।"],
                    markup![
                        said(format!("cur={g}")),
                        " — не usd или inr; суммы в долларах."
                    ],
                )
            }
            // the other notices are worded by the other functions (`words` dispatches)
            _ => Markup::default(),
        }
    }

    /// About the chart or the theme an embed asks for, which the page does not know.
    fn shown_words(&self, loc: &Loc) -> Markup {
        use crate::link::percent::quote;
        let lang = loc.lang;
        let charts = crate::link::view::ChartId::ALL.map(|c| c.key()).join(", ");
        match self {
            Notice::UnknownTheme { given } => {
                let g = quote(given);
                pick(
                    lang,
                    markup![
                        said(format!("theme={g}")),
                        " is not light, dark or auto; following the system."
                    ],
                    markup![
                        said(format!("theme={g}")),
                        " light, dark या auto नहीं है; सिस्टम के अनुसार दिखाया गया।"
                    ],
                    markup![
                        said(format!("theme={g}")),
                        " — не light, dark или auto; оформление как в системе."
                    ],
                )
            }
            Notice::UnknownChart { given } => {
                let g = quote(given);
                pick(
                    lang,
                    markup![
                        said(format!("chart={g}")),
                        format!(" is not one of {charts}; showing the whole calculator.")
                    ],
                    markup![
                        said(format!("chart={g}")),
                        format!(" इनमें से नहीं है: {charts}; पूरा कैलकुलेटर दिखाया गया।")
                    ],
                    markup![
                        said(format!("chart={g}")),
                        format!(" — не из списка {charts}; показан весь калькулятор.")
                    ],
                )
            }
            // the other notices are worded by the other functions (`words` dispatches)
            _ => Markup::default(),
        }
    }

    /// About a name the page does not know: a setting or a lever (and the closest, when one is close).
    fn key_words(&self, loc: &Loc) -> Markup {
        use crate::link::percent::quote;
        let lang = loc.lang;
        match self {
            Notice::UnknownKey { key, suggestion } => {
                let (k, m) = (quote(key), did_you_mean(lang, suggestion));
                pick(
                    lang,
                    markup!["Ignored unknown setting ", said(&k), "."].then(&m),
                    markup!["अज्ञात सेटिंग ", said(&k), " अनदेखी की गई।"].then(&m),
                    markup!["Неизвестный параметр ", said(&k), " не учтён."].then(&m),
                )
            }
            Notice::UnknownLever { given, suggestion } => {
                let (g, m) = (quote(given), did_you_mean(lang, suggestion));
                pick(
                    lang,
                    markup![
                        said("levers"),
                        " names an unknown lever ",
                        said(&g),
                        "; ignored."
                    ]
                    .then(&m),
                    markup![
                        said("levers"),
                        " में अज्ञात लीवर ",
                        said(&g),
                        " है; अनदेखा किया गया।"
                    ]
                    .then(&m),
                    markup![
                        "В ",
                        said("levers"),
                        " указан неизвестный ползунок ",
                        said(&g),
                        "; он не учтён."
                    ]
                    .then(&m),
                )
            }
            // the other notices are worded by the other functions (`words` dispatches)
            _ => Markup::default(),
        }
    }

    /// About a key the page does not take as it is: given twice, or one that would change an actual year.
    fn repeat_words(&self, loc: &Loc) -> Markup {
        use crate::link::percent::quote;
        let lang = loc.lang;
        match self {
            Notice::Repeated { key } => {
                let k = quote(key);
                pick(
                    lang,
                    markup![
                        said(&k),
                        " appears more than once; the first value was used."
                    ],
                    markup![said(&k), " एक से ज़्यादा बार है; पहला मान लिया गया।"],
                    markup![
                        said(&k),
                        " встречается несколько раз; применено первое значение."
                    ],
                )
            }
            Notice::ActualFigure { key } => {
                let k = quote(key);
                pick(
                    lang,
                    markup![said(&k), " would change an actual year's official figure, which the page no longer allows; ignored."],
                    markup![said(&k), " किसी वास्तविक वर्ष का आधिकारिक आँकड़ा बदलता, जिसकी अब अनुमति नहीं है; अनदेखा किया गया।"],
                    markup![said(&k), " изменил бы официальные данные за отчётный год, что больше не допускается; этот параметр не учтён."],
                )
            }
            // the other notices are worded by the other functions (`words` dispatches)
            _ => Markup::default(),
        }
    }

    /// About a value that is no number.
    fn value_words(&self, loc: &Loc) -> Markup {
        use crate::link::percent::quote;
        let lang = loc.lang;
        match self {
            Notice::NotANumber {
                key,
                given,
                target,
                default,
            } => {
                let (k, g, d) = (quote(key), quote(given), target.display_in(loc, *default));
                pick(
                    lang,
                    markup![
                        said(format!("{k}={g}")),
                        format!(" is not a number; used the default, {d}.")
                    ],
                    markup![
                        said(format!("{k}={g}")),
                        " संख्या नहीं है; इसकी जगह डिफ़ॉल्ट मान ",
                        said(&d),
                        " लिया गया।"
                    ],
                    markup![
                        said(format!("{k}={g}")),
                        " — не число; применено значение по умолчанию ",
                        said(&d),
                        "."
                    ],
                )
            }
            // the other notices are worded by the other functions (`words` dispatches)
            _ => Markup::default(),
        }
    }

    /// About a value between a lever's steps.
    fn step_words(&self, loc: &Loc) -> Markup {
        use crate::link::percent::quote;
        let lang = loc.lang;
        match self {
            Notice::Snapped {
                key,
                given,
                target,
                used,
            } => {
                let (k, g, u) = (quote(key), quote(given), target.display_in(loc, *used));
                pick(
                    lang,
                    markup![
                        said(format!("{k}={g}")),
                        format!(" lies between the lever's steps; used the nearest, {u}.")
                    ],
                    markup![
                        said(format!("{k}={g}")),
                        " लीवर के दो चरणों के बीच है; सबसे नज़दीकी मान ",
                        said(&u),
                        " लिया गया।"
                    ],
                    markup![
                        said(format!("{k}={g}")),
                        " — между делениями ползунка; применено ближайшее значение ",
                        said(&u),
                        "."
                    ],
                )
            }
            // the other notices are worded by the other functions (`words` dispatches)
            _ => Markup::default(),
        }
    }

    /// About a value out of range.
    fn range_words(&self, loc: &Loc) -> Markup {
        use crate::link::percent::quote;
        let lang = loc.lang;
        match self {
            Notice::OutOfRange {
                key,
                given,
                target,
                used,
                base_year,
            } => {
                let (k, g) = (quote(key), quote(given));
                let r = target.range_in(loc, *base_year);
                let u = target.display_in(loc, *used);
                let meant = lakh_meaning(loc, target, given);
                pick(
                    lang,
                    markup![
                        said(format!("{k}={g}")),
                        format!(" is outside {r}; used {u}.")
                    ],
                    markup![
                        said(format!("{k}={g}")),
                        format!("{meant} दायरे ({r}) से बाहर है; इसकी जगह मान "),
                        said(&u),
                        " लिया गया।"
                    ],
                    markup![
                        said(format!("{k}={g}")),
                        format!(" — недопустимое значение. Допустимо: {r}; применено "),
                        said(&u),
                        "."
                    ],
                )
            }
            // the other notices are worded by the other functions (`words` dispatches)
            _ => Markup::default(),
        }
    }

    /// About the pinned scenario.
    fn pin_words(&self, loc: &Loc) -> Markup {
        use crate::link::percent::quote;
        let lang = loc.lang;
        match self {
            Notice::PinnedAssumption { key } => {
                let k = quote(key);
                pick(
                    lang,
                    markup![said(&k), " is an assumption, not a lever: the pinned scenario is shown under the page's assumptions, so it was ignored."],
                    markup![said(&k), " एक धारणा है, लीवर नहीं: पिन किया गया परिदृश्य पेज की धारणाओं पर दिखाया जाता है, इसलिए इसे अनदेखा किया गया।"],
                    markup![said(&k), " — допущение, а не ползунок: закреплённый сценарий показан при допущениях страницы, поэтому параметр не учтён."],
                )
            }
            Notice::PinnedNothing => pick(
                lang,
                "The pinned scenario in the link names no lever the page knows, so current trends are pinned.".into(),
                "लिंक में पिन किया गया परिदृश्य पेज का कोई लीवर नहीं बताता, इसलिए मौजूदा रुझान पिन किए गए हैं।".into(),
                "Закреплённый в ссылке сценарий не содержит ни одного известного ползунка, поэтому закреплены текущие тенденции.".into(),
            ),
            Notice::PinInPin => pick(
                lang,
                "a pinned scenario cannot hold a pin of its own; ignored.".into(),
                "पिन किए गए परिदृश्य में अपना पिन नहीं हो सकता; अनदेखा किया गया।".into(),
                "закреплённый сценарий не может содержать собственный закреплённый сценарий; этот параметр не учтён."
                    .into(),
            ),
            Notice::PinNameWithoutPin => pick(
                lang,
                "The link names a pinned scenario but pins none; the name was ignored.".into(),
                "लिंक में पिन किए गए परिदृश्य का नाम है, पर कोई परिदृश्य पिन नहीं है; नाम अनदेखा किया गया।".into(),
                "В ссылке есть название закреплённого сценария, но сам сценарий не закреплён; название не учтено.".into(),
            ),
            Notice::Pinned(inner) => {
                let i = inner.words(loc);
                pick(
                    lang,
                    markup!["In the pinned scenario: "].then(&i),
                    markup!["पिन किए गए परिदृश्य में: "].then(&i),
                    match **inner {
                        // not "In the pinned scenario: the pinned scenario cannot…"
                        Notice::PinInPin => "В закреплённом сценарии не может быть своего закреплённого сценария; этот параметр не учтён.".into(),
                        _ => markup!["В закреплённом сценарии: "].then(&inner.words(loc)),
                    },
                )
            }
            // the other notices are worded by the other functions (`words` dispatches)
            _ => Markup::default(),
        }
    }
}

/// " Did you mean `oil`?" after an unknown name, when one is close.
fn did_you_mean(lang: Lang, s: &Option<&'static str>) -> Markup {
    match s {
        Some(k) => pick(
            lang,
            markup![" Did you mean ", said(*k), "?"],
            markup![" क्या आपका मतलब ", said(*k), " था?"],
            markup![" Возможно, имелось в виду ", said(*k), "?"],
        ),
        None => Markup::default(),
    }
}

/// The line a page on an older vintage shows: what its figures are (`said`), then `newer` and the
/// words of the link to the same scenario on today's data (`link`).
#[derive(Clone, Debug, PartialEq)]
pub struct VintageLine {
    pub said: String,
    pub newer: String,
    pub link: String,
}

/// [`VintageLine`] for a vintage: "Figures as published with the data of August 2025. Newer
/// data: see today's figures".
pub fn old_vintage_line(lang: crate::tr::Lang, v: &crate::data::Vintage) -> VintageLine {
    let (y, m) = v.year_month();
    let month = crate::present::words::parts::release_month(lang, y, m);
    let [said, newer, link] = pick(
        lang,
        [
            format!("Figures as published with the data of {month}."),
            "Newer data:".to_string(),
            "see today's figures".to_string(),
        ],
        [
            format!("ये आँकड़े वैसे ही हैं जैसे {month} के डेटा के साथ प्रकाशित हुए थे।"),
            "नया डेटा:".to_string(),
            "आज के आँकड़े देखें".to_string(),
        ],
        [
            format!("Цифры — в том виде, в каком они были опубликованы по данным {month}"),
            "Есть новые данные:".to_string(),
            "смотрите актуальные цифры".to_string(),
        ],
    );
    VintageLine {
        said: crate::tr::tidy(said),
        newer,
        link,
    }
}

/// The sources section's line on the data release: its date and the years it covers (`years`,
/// written by the caller in the reader's language).
pub fn release_line(lang: crate::tr::Lang, v: &crate::data::Vintage, years: &str) -> String {
    let date = crate::present::words::parts::release_date(lang, v);
    // "выпуск от 18 июля 2026 г.", but "выпуск августа 2025 г."
    let from = if v.day().is_some() { "от " } else { "" };
    crate::tr::tidy(pick(
        lang,
        format!("The data are the official release of {date} ({years}); every link to this page names it, so that its figures stay as they are when newer data come:"),
        format!("डेटा {date} का आधिकारिक संस्करण है ({years}); इस पेज का हर लिंक इसका नाम लिए रहता है, ताकि नया डेटा आने पर भी उसके आँकड़े वही रहें:"),
        format!("Данные — официальный выпуск {from}{date} ({years}); каждая ссылка на эту страницу указывает его, чтобы её цифры не менялись с выходом новых данных:"),
    ))
}

/// The page's lines for a link's notices: as they are, except that unknown settings, when there
/// are several, are folded into one line ("Ignored 70 unknown settings: “junk1”, “junk2”, …").
pub fn page_lines(notices: &[Notice], loc: &Loc) -> Vec<String> {
    let unknown: Vec<&String> = notices
        .iter()
        .filter_map(|n| match n {
            Notice::UnknownKey { key, .. } => Some(key),
            _ => None,
        })
        .collect();
    if unknown.len() < 2 {
        return notices.iter().map(|n| n.for_page_in(loc)).collect();
    }
    // "“junk1”, “junk2”, …": at most five quoted, then an ellipsis
    let mut list = Markup::default();
    for (i, k) in unknown.iter().take(5).enumerate() {
        let comma = if i > 0 { ", " } else { "" };
        list = list.then(&markup![comma, said(crate::link::percent::quote(k))]);
    }
    if unknown.len() > 5 {
        list = list.then(&markup![", …"]);
    }
    let n = unknown.len();
    let folded = pick(
        loc.lang,
        markup![format!("Ignored {n} unknown settings: ")],
        markup![format!("{n} अज्ञात सेटिंग्स अनदेखी की गईं: ")],
        markup![format!("Не учтены неизвестные параметры ({n}): ")],
    )
    .then(&list)
    .then(&markup![pick(loc.lang, ".", "।", ".")])
    .unicode(loc.lang);
    // the folded line where the first unknown setting was, the other notices as they are
    let first = notices
        .iter()
        .position(|n| matches!(n, Notice::UnknownKey { .. }));
    notices
        .iter()
        .enumerate()
        .filter_map(|(i, n)| match n {
            Notice::UnknownKey { .. } if Some(i) == first => Some(folded.clone()),
            Notice::UnknownKey { .. } => None,
            n => Some(n.for_page_in(loc)),
        })
        .collect()
}

/// What a link's crude volume (million barrels a day) means in Hindi, which counts in lakh: "
/// (यानी 90 लाख बैरल प्रतिदिन)" for `oil_mbd=9`, so the notice does not set 9 beside a range of
/// 0 to 25. Empty for other keys and languages.
fn lakh_meaning(loc: &Loc, target: &Target, given: &str) -> String {
    match (loc.lang, target, given.trim().parse::<f64>()) {
        (Lang::Hi, Target::Lever(l), Ok(v)) if l.unit.en == "mb/d" && v.is_finite() => {
            format!(" (यानी {})", l.amount_in(loc, v, 1))
        }
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests;
