//! A text in every language the page speaks: English, Hindi and Russian. Items described once in
//! a table (a lever, a sector, a preset, an input, a button) carry their words as a `Tr` of all
//! three, so a missing translation does not compile; sentences with numbers are functions with a
//! version per language (word order differs: Hindi puts the verb last).
//!
//! The page's terms are one list, [`GLOSSARY`]: the word each language uses for a concept and
//! the words it does not (a test reads every fixed text against it).

/// One term of the glossary: a concept, the word Hindi and Russian use for it (`hi`, `ru`, as a
/// stem that every inflected form contains: "ползун" for ползунок, ползунка, ползунки), and the
/// words they reject for it. A rejected word without a space is a whole word ("बीज", not the
/// "बीज" inside another word); with a space, a phrase; both matched without case.
#[derive(Clone, Copy, Debug)]
pub struct Term {
    pub en: &'static str,
    pub hi: &'static str,
    pub ru: &'static str,
    pub not_hi: &'static [&'static str],
    pub not_ru: &'static [&'static str],
}

const fn term(
    en: &'static str,
    hi: &'static str,
    ru: &'static str,
    not_hi: &'static [&'static str],
    not_ru: &'static [&'static str],
) -> Term {
    Term {
        en,
        hi,
        ru,
        not_hi,
        not_ru,
    }
}

/// Every term the page keeps the same across its texts, in the three languages.
pub const GLOSSARY: &[Term] = &[
    // the control the reader moves: a slider on the page, so "ползунок", never "рычаг"
    term(
        "lever",
        "लीवर",
        "ползун",
        &[],
        &["рычаг", "рычага", "рычаги", "рычагов"],
    ),
    // what the model computes for the years ahead; a projection is not a forecast: Russian
    // keeps «прогноз» for the projection (the press's word) and says "not a forecast" as «не
    // предсказание», never «а не прогноз» beside a «прогноз»
    term(
        "projection",
        "प्रक्षेप",
        "прогноз",
        &["अनुमान", "अनुमानित", "अनुमानों"],
        &[],
    ),
    term(
        "forecast",
        "पूर्वानुमान",
        "предсказани",
        &["भविष्यवाणी"],
        &["а не прогноз"],
    ),
    // a figure we worked out where no official one exists
    term("our estimate", "आकलन", "оценк", &["अनुमान", "अनुमानों"], &[]),
    // one of the band's draws («расчёт» is the computation itself)
    term(
        "simulation",
        "सिमुलेशन",
        "смоделированн",
        &["अनुमानों"],
        &["400 расчётов", "{} расчётов"],
    ),
    term("deficit", "घाटा", "дефицит", &[], &[]),
    term("surplus", "अधिशेष", "профицит", &[], &[]),
    term("balance", "व्यापार संतुलन", "сальдо", &[], &[]),
    term("total trade", "कुल व्यापार", "товарооборот", &[], &[]),
    term("cumulative", "संचयी", "накопленн", &["कुल घाटा"], &[]),
    term(
        "tariff cut",
        "शुल्क कटौती",
        "снижени",
        &["शुल्क समझौता", "शुल्क समझौते", "बदले की कटौती", "बदले में कटौती"],
        &[
            "тарифная сделка",
            "тарифную сделку",
            "тарифной сделки",
            "тарифной сделке",
        ],
    ),
    term(
        "reciprocal cut",
        "जवाबी (पारस्परिक) शुल्क कटौती",
        "встречное снижение",
        &["बदले की"],
        &[],
    ),
    // «эффект отклонения торговли»: the stem of «отклонение / отклонения» (торговли)
    term(
        "trade diversion",
        "व्यापार विचलन",
        "отклонени",
        &[],
        &["её отвлечение", "отвлечение торговли"],
    ),
    term(
        "HS chapters",
        "HS अध्याय",
        "групп",
        &[],
        &["главы тн вэд", "глав тн вэд", "главам тн вэд"],
    ),
    // the page's import categories (crude oil, fertilisers…): «статья импорта», not «группа»,
    // which is the HS chapter's word
    term(
        "import group",
        "समूह",
        "стать",
        &[],
        &[
            "импорт по группам",
            "россии по группам",
            "разбивки по группам",
            "отраслям и группам",
            "крупнейшая группа",
            "отрасль и группу",
            "отрасли и группы",
        ],
    ),
    // the private tanker-tracking services (Kpler) and their tag
    term(
        "tracker",
        "ट्रैकर",
        "мониторинг",
        &[],
        &["трекер", "трекера", "трекеров", "трекеры", "трекерам"],
    ),
    term(
        "market size",
        "बाज़ार के आकार",
        "ёмкост",
        &[],
        &["размеры рынков", "размер рынка", "размеры рынка"],
    ),
    // the embed dialog's HTML to paste
    term("snippet", "स्निपेट", "код", &[], &["фрагмент", "фрагмента"]),
    term(
        "pinned scenario",
        "पिन किया गया परिदृश्य",
        "закреплённый сценарий",
        &[],
        &["закреплённый:"],
    ),
    term(
        "illustrative",
        "सांकेतिक",
        "иллюстратив",
        &["उदाहरण के लिए", "उदाहरण के तौर पर"],
        &["иллюстративно."],
    ),
    term(
        "the random draws' seed",
        "सीड",
        "начального значения генератора",
        &["बीज"],
        &["зерна", "зерно", "зерном"],
    ),
    term("EAEU", "यूरेशियाई आर्थिक संघ (EAEU)", "ЕАЭС", &["यूरेशियन"], &[]),
    term("fiscal year", "वित्त\u{a0}वर्ष", "фин.\u{a0}г.", &[], &[]),
    // what the crude group of levers changed: a sentence names Russian crude imports, never
    // the controls ("the oil levers")
    term(
        "Russian crude imports",
        "रूसी कच्च",
        "российской нефти",
        &["तेल के लीवर", "तेल के लीवरों"],
        &[
            "нефтяные ползунки",
            "нефтяных ползунков",
            "нефтяным ползункам",
        ],
    ),
    term(
        "current trends",
        "मौजूदा रुझान",
        "текущие тенденции",
        &[],
        &[],
    ),
];

impl Term {
    /// The word a language uses, as a stem ("ползун").
    pub fn word(&self, lang: Lang) -> &'static str {
        pick(lang, self.en, self.hi, self.ru)
    }

    /// The words a language rejects for this term.
    pub fn rejected(&self, lang: Lang) -> &'static [&'static str] {
        pick(lang, &[], self.not_hi, self.not_ru)
    }
}

/// The rejected word of the glossary a text uses, if any (whole words, or phrases).
pub fn rejected_word(lang: Lang, text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| {
            c.is_whitespace() || (c.is_ascii_punctuation() && c != '-') || "।«»“”—–".contains(c)
        })
        .collect();
    GLOSSARY
        .iter()
        .flat_map(|t| t.rejected(lang).iter().copied())
        .find(|r| {
            let r_lower = r.to_lowercase();
            if r.contains(' ') || r.ends_with(['.', ':']) {
                lower.contains(&r_lower)
            } else {
                words.contains(&r_lower.as_str())
            }
        })
}

/// A language of the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Hi,
    Ru,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Hi, Lang::Ru];

    /// The link's `lang=` value and the page's `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Hi => "hi",
            Lang::Ru => "ru",
        }
    }

    /// The locale the browser formats numbers in: Indian grouping for English and Hindi (with
    /// Latin digits), Russian spaces and decimal comma.
    pub fn intl_tag(self) -> &'static str {
        match self {
            Lang::En => "en-IN",
            Lang::Hi => "hi-IN-u-nu-latn",
            Lang::Ru => "ru-RU",
        }
    }

    /// The language's own name, for the switcher.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Hi => "हिन्दी",
            Lang::Ru => "Русский",
        }
    }

    /// A language tag as links and browsers write it (`hi`, `hi-IN`, `RU-ru`): by its primary
    /// subtag; None for any other language.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The first of the reader's languages (the browser's list, most preferred first) that the page
    /// speaks; English if none.
    pub fn negotiate<S: AsRef<str>>(preferred: &[S]) -> Lang {
        preferred
            .iter()
            .find_map(|t| Lang::parse(t.as_ref()))
            .unwrap_or_default()
    }
}

/// One text, in every language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tr {
    pub en: &'static str,
    pub hi: &'static str,
    pub ru: &'static str,
}

impl Tr {
    pub const fn new(en: &'static str, hi: &'static str, ru: &'static str) -> Tr {
        Tr { en, hi, ru }
    }

    /// The same text in every language (a symbol, a name).
    pub const fn same(s: &'static str) -> Tr {
        Tr {
            en: s,
            hi: s,
            ru: s,
        }
    }

    /// The text in a language, its lines set as the press sets them ([`keep_together`]): the
    /// tables' and the page's fixed texts reach the reader through here.
    pub fn get(&self, lang: Lang) -> &'static str {
        set_static(match lang {
            Lang::En => self.en,
            Lang::Hi => self.hi,
            Lang::Ru => self.ru,
        })
    }

    /// The text before and after its `{}`, for a page that puts something of its own there (an
    /// amount that must not break across lines).
    pub fn around(&self, lang: Lang) -> (&'static str, &'static str) {
        let t = self.get(lang);
        t.split_once("{}").unwrap_or((t, ""))
    }

    /// The text with `{}` replaced by `arg`.
    pub fn fill(&self, lang: Lang, arg: &str) -> String {
        tidy(self.get(lang).replacen("{}", arg, 1))
    }
}

/// A sentence whose last word is an abbreviation ends with one full stop, not two: Russian
/// amounts and years end with one ("млрд долл.", "2025/26 фин. г."), and so do templates. An
/// ellipsis ("...") is left alone.
pub fn one_full_stop(s: String) -> String {
    if !s.contains("..") {
        return s;
    }
    let mut out = String::with_capacity(s.len());
    let mut run = 0;
    for c in s.chars() {
        run = if c == '.' { run + 1 } else { 0 };
        if run == 2 {
            continue;
        }
        if run == 3 {
            out.push('.');
        }
        out.push(c);
    }
    out
}

/// One of three words by language: `pick(lang, "en", "hi", "ru")`.
pub fn pick<T>(lang: Lang, en: T, hi: T, ru: T) -> T {
    match lang {
        Lang::En => en,
        Lang::Hi => hi,
        Lang::Ru => ru,
    }
}

/// A sentence finished: a full stop after an abbreviation that ends in one ("млрд долл.") is not
/// doubled (an ellipsis is kept), and its lines are set as the press sets them
/// ([`keep_together`]).
pub fn tidy(s: String) -> String {
    keep_together(one_full_stop(s))
}

/// The no-break space.
pub const NBSP: char = '\u{a0}';
/// The word joiner: no line break on either side, nothing shown.
pub const WJ: char = '\u{2060}';

/// Russian one-letter words a line never ends with: в, с, к, у, и, а, о, я and their capitals.
fn one_letter_word(c: char) -> bool {
    matches!(
        c,
        'в' | 'с'
            | 'к'
            | 'у'
            | 'и'
            | 'а'
            | 'о'
            | 'я'
            | 'В'
            | 'С'
            | 'К'
            | 'У'
            | 'И'
            | 'А'
            | 'О'
            | 'Я'
    )
}

/// A sign that belongs to the amount after it: the minus (U+2212), plus and plus-minus.
fn sign(c: char) -> bool {
    matches!(c, '−' | '+' | '±')
}

/// A currency sign a line may break before (Unicode's line-break class PR, like the minus).
fn currency(c: char) -> bool {
    matches!(c, '₹' | '$' | '€' | '£')
}

/// Where a word starts: after the text's start or anything but a letter, a digit, a hyphen or a
/// full stop (a space, a bracket, a quotation mark, a dash).
fn word_start(prev: Option<char>) -> bool {
    prev.is_none_or(|p| !(p.is_alphanumeric() || "-\u{2011}.".contains(p)))
}

/// What [`keep_together`] changes at `i`: a no-break space for the space at `i`, or a word joiner
/// to put before `chars[i]`.
fn mend(chars: &[char], i: usize) -> Option<char> {
    let (prev, c, next) = (
        i.checked_sub(1).map(|j| chars[j]),
        chars[i],
        chars.get(i + 1).copied(),
    );
    let before = |k: usize| i.checked_sub(k).map(|j| chars[j]);
    if c == ' ' {
        // a one-letter word ends here ("в 2030/31", "и Россия")
        let one_letter = prev.is_some_and(one_letter_word) && word_start(before(2));
        // a sign before an amount ("− 19", "± 2.5")
        let signed = prev.is_some_and(sign)
            && next.is_some_and(|n| n.is_ascii_digit() || currency(n))
            && word_start(before(2));
        // the year's abbreviation ("2025 г.", "2026–2030 гг.")
        let at = |k: usize| chars.get(i + k).copied();
        let abbreviation = |n: usize| {
            (1..=n).all(|k| at(k) == Some('г'))
                && at(n + 1) == Some('.')
                && !at(n + 2).is_some_and(char::is_alphabetic)
        };
        // after a year or an abbreviation ("2025 г.", "фин. г."), not the town's "г. Москва"
        let year = prev.is_some_and(|p| p.is_ascii_digit() || p == '.')
            && (abbreviation(1) || abbreviation(2));
        return (one_letter || signed || year).then_some(NBSP);
    }
    // a sign straight before a currency sign ("−₹20,931 crore")
    (currency(c) && prev.is_some_and(sign)).then_some(WJ)
}

/// Lines set as the press sets them, in every text the reader sees: no line ends with a Russian
/// one-letter word (в, с, к, у, и, а, о, я) or starts with a year's "г." / "гг.", and no sign is parted
/// from its amount ("−₹20,931 crore"). Runs of the text itself decide, so it needs no language:
/// the one-letter words and "г." are Cyrillic. Idempotent.
pub fn keep_together(s: String) -> String {
    let chars: Vec<char> = s.chars().collect();
    if !(0..chars.len()).any(|i| mend(&chars, i).is_some()) {
        return s;
    }
    let mut out = String::with_capacity(s.len() + 8);
    for i in 0..chars.len() {
        match mend(&chars, i) {
            Some(NBSP) => out.push(NBSP),
            Some(joiner) => {
                out.push(joiner);
                out.push(chars[i]);
            }
            None => out.push(chars[i]),
        }
    }
    out
}

/// [`keep_together`] for a text that lives as long as the program (a `Tr`): each text that needs
/// it is set once and kept, so asking again costs a look-up and the set of kept texts is bounded
/// by the program's texts.
fn set_static(s: &'static str) -> &'static str {
    use std::cell::RefCell;
    // (address, length) → the text as set, sorted by key: a binary search, no hasher in the wasm
    thread_local! {
        static SET: RefCell<Vec<((usize, usize), &'static str)>> = const { RefCell::new(Vec::new()) };
    }
    let key = (s.as_ptr() as usize, s.len());
    SET.with(|set| {
        let found = set.borrow().binary_search_by_key(&key, |(k, _)| *k);
        match found {
            Ok(i) => set.borrow()[i].1,
            Err(i) => {
                let done = keep_together(s.to_string());
                let done: &'static str = if done == s {
                    s
                } else {
                    Box::leak(done.into_boxed_str())
                };
                set.borrow_mut().insert(i, (key, done));
                done
            }
        }
    })
}

/// Russian plural forms: 1 год, 2 года, 5 лет (CLDR's one / few / many for whole numbers).
pub fn ru_plural(n: u64, one: &'static str, few: &'static str, many: &'static str) -> &'static str {
    let (m10, m100) = (n % 10, n % 100);
    if m10 == 1 && m100 != 11 {
        one
    } else if (2..=4).contains(&m10) && !(12..=14).contains(&m100) {
        few
    } else {
        many
    }
}

/// Does a text look written in the language (its script) rather than left in English?
pub fn in_script(lang: Lang, s: &str) -> bool {
    match lang {
        Lang::En => true,
        Lang::Hi => s.chars().any(|c| ('\u{0900}'..='\u{097F}').contains(&c)),
        Lang::Ru => s.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_negotiate_by_primary_subtag() {
        assert_eq!(Lang::parse("hi-IN"), Some(Lang::Hi));
        assert_eq!(Lang::parse("RU_ru"), Some(Lang::Ru));
        assert_eq!(Lang::parse("de"), None);
        assert_eq!(Lang::parse("<script>"), None);
        assert_eq!(Lang::negotiate(&["de-DE", "ru-RU", "en"]), Lang::Ru);
        assert_eq!(Lang::negotiate(&["de-DE"]), Lang::En);
        assert_eq!(Lang::negotiate::<&str>(&[]), Lang::En);
    }

    #[test]
    fn russian_plurals_follow_cldr() {
        let form = |n| ru_plural(n, "год", "года", "лет");
        let want = [
            (1, "год"),
            (2, "года"),
            (5, "лет"),
            (11, "лет"),
            (21, "год"),
            (22, "года"),
            (101, "год"),
            (111, "лет"),
            (112, "лет"),
            (124, "года"),
        ];
        for (n, w) in want {
            assert_eq!(form(n), w, "{n}");
        }
    }
}

#[cfg(test)]
mod line_tests {
    use super::*;

    #[test]
    fn lines_are_set_as_the_press_sets_them() {
        let set = |s: &str| keep_together(s.to_string());
        assert_eq!(
            set("Индия купила у России, в основном нефть, к 2030 г. и А я"),
            "Индия купила у\u{a0}России, в\u{a0}основном нефть, к\u{a0}2030\u{a0}г. и\u{a0}А\u{a0}я"
        );
        assert_eq!(set("2026–2030 гг. Далее"), "2026–2030\u{a0}гг. Далее");
        // not a word of one letter, not the year's abbreviation
        assert_eq!(set("Ваш дом, г. Москва? гора"), "Ваш дом, г. Москва? гора");
        assert_eq!(set("(«в цели»)"), "(«в\u{a0}цели»)");
        // a sign stays with its amount, in any language
        assert_eq!(set("(−₹20,931 करोड़)"), "(−\u{2060}₹20,931 करोड़)");
        assert_eq!(set("± 19 points, + US$"), "±\u{a0}19 points, + US$");
        assert_eq!(set("exports + imports, a - b"), "exports + imports, a - b");
        let once = set("в 2025 г. −₹1");
        assert_eq!(set(&once), once);
    }

    #[test]
    fn a_fixed_text_is_set_once_and_kept() {
        let t = Tr::new("in FY2030-31", "वित्त वर्ष में", "в 2030/31 фин. г.");
        assert_eq!(t.get(Lang::Ru), "в\u{a0}2030/31 фин.\u{a0}г.");
        assert!(std::ptr::eq(t.get(Lang::Ru), t.get(Lang::Ru)));
        assert!(std::ptr::eq(t.get(Lang::En), t.en));
        assert_eq!(t.fill(Lang::Ru, "x"), "в\u{a0}2030/31 фин.\u{a0}г.");
    }
}

#[cfg(test)]
mod full_stop_tests {
    use super::one_full_stop;

    #[test]
    fn one_full_stop_after_an_abbreviation_and_ellipses_kept() {
        assert_eq!(
            one_full_stop("38,7\u{a0}млрд\u{a0}долл..".into()),
            "38,7\u{a0}млрд\u{a0}долл."
        );
        assert_eq!(
            one_full_stop("фин.\u{a0}г.. Далее".into()),
            "фин.\u{a0}г. Далее"
        );
        assert_eq!(one_full_stop("Wait... yes.".into()), "Wait... yes.");
        assert_eq!(one_full_stop("No dots".into()), "No dots");
    }

    /// Every way to the one full-stop rule agrees: `tidy` (every sentence), `Tr::fill` (a fixed
    /// text with a value) and `one_full_stop` itself (the page's sources intro); an ellipsis is
    /// kept by all (`tidy` once made "Wait... yes." "Wait.. yes.").
    #[test]
    fn every_use_keeps_an_ellipsis_and_drops_a_doubled_stop() {
        use super::{tidy, Lang, Tr};
        for (s, want) in [
            ("Wait... yes.", "Wait... yes."),
            ("Wait.... yes.", "Wait.... yes."),
            ("38,7 млрд долл..", "38,7 млрд долл."),
            ("в 2025/26 фин. г.. Далее", "в 2025/26 фин. г. Далее"),
            ("..", "."),
        ] {
            assert_eq!(one_full_stop(s.into()), want, "{s}");
            // tidy also sets the lines (no-break spaces after "в", before "г."), not the stops
            let tidied = tidy(s.into()).replace(['\u{a0}', '\u{2060}'], " ");
            assert_eq!(tidied, want, "{s}");
            let t = Tr::same("{}");
            assert_eq!(t.fill(Lang::En, s).replace('\u{a0}', " "), want, "{s}");
        }
    }
}
