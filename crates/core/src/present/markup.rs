//! Structured text: a sentence as the parts it is made of (plain words, an amount with its sign,
//! number and unit, a fiscal year, a quotation, emphasis), built once and rendered by each front
//! end in its own way. The renderer decides the spaces and the marks, so nothing re-reads text it
//! has written:
//!
//! - [`Markup::unicode`]: the page's text and the files (CSV, JSON, SVG): no-break spaces inside
//!   amounts and years, the language's quotation marks, lines set as the press sets them
//!   ([`crate::tr::tidy`]);
//! - [`Markup::html`]: the same, escaped, emphasis in `<b>`;
//! - [`Markup::plain`]: the command line: ordinary spaces (a terminal needs no no-break spaces, and
//!   `grep` would not match them), no word joiners.

use crate::tr::{keep_together, one_full_stop, Lang, NBSP, WJ};

/// How a renderer sets the spaces inside an amount or a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Spaces {
    /// No-break spaces, and a word joiner between a sign and a currency sign: a line never ends
    /// inside an amount (the page, the files).
    NoBreak,
    /// Ordinary spaces and nothing invisible (the terminal).
    Plain,
}

impl Spaces {
    /// The space that holds two words of an amount or a year together.
    pub fn tie(self) -> char {
        match self {
            Spaces::NoBreak => NBSP,
            Spaces::Plain => ' ',
        }
    }
}

/// An amount's sign.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sign {
    None,
    Minus,
    Plus,
}

impl Sign {
    fn text(self) -> &'static str {
        match self {
            Sign::None => "",
            Sign::Minus => "−",
            Sign::Plus => "+",
        }
    }
}

/// The words of a currency's unit around a number: "US$ … bn", "₹… lakh crore", "… трлн рупий".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unit {
    /// Before the number: "US$", "₹" or nothing.
    pub before: &'static str,
    /// A space between `before` and the number ("US$ 9.6"), or none ("₹9.6").
    pub spaced: bool,
    /// After the number, held to it and to each other ("bn", "lakh crore", "трлн").
    pub tied: &'static [&'static str],
    /// A last word a line may break before ("рупий"), or "".
    pub loose: &'static str,
}

impl Unit {
    /// No unit: a bare number (or the dash of a figure that is missing).
    pub const NONE: Unit = Unit {
        before: "",
        spaced: false,
        tied: &[],
        loose: "",
    };
}

/// An amount as its parts: sign, the number as the reader's digits write it, and its unit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Amount {
    pub sign: Sign,
    pub digits: String,
    pub unit: Unit,
}

impl Amount {
    /// A figure that is not there (not finite): "–".
    pub fn missing() -> Amount {
        Amount {
            sign: Sign::None,
            digits: "–".into(),
            unit: Unit::NONE,
        }
    }

    /// The number with its sign and any currency before it ("−₹3.67", "US$ 9.6", "−38,7"): the
    /// part of a headline card a line never breaks inside.
    pub fn number(&self, spaces: Spaces) -> String {
        let u = &self.unit;
        let mut out = String::from(self.sign.text());
        // a sign never parted from a currency sign after it ("−⁠₹20,931 crore")
        let currency = u.before.starts_with(['₹', '$', '€', '£']);
        if self.sign != Sign::None && currency && spaces == Spaces::NoBreak {
            out.push(WJ);
        }
        out.push_str(u.before);
        if u.spaced {
            out.push(spaces.tie());
        }
        out.push_str(&self.digits);
        out
    }

    /// The words after the number ("bn", "lakh crore", "трлн рупий"); "" for a bare number.
    pub fn unit_words(&self, spaces: Spaces) -> String {
        let u = &self.unit;
        let mut out = u.tied.join(&spaces.tie().to_string());
        if !u.loose.is_empty() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(u.loose);
        }
        out
    }

    /// The whole amount: "US$ 9.6 bn", "−⁠₹3.67 lakh crore", "38,7 млрд долл.".
    pub fn text(&self, spaces: Spaces) -> String {
        let (number, words) = (self.number(spaces), self.unit_words(spaces));
        if words.is_empty() {
            number
        } else {
            format!("{number}{}{words}", spaces.tie())
        }
    }
}

/// A fiscal year in a language: "FY2030-31", "वित्त वर्ष 2030‑31", "2030/31 фин. г." (the
/// abbreviation reads in every grammatical case), its words held together as `spaces` says.
pub fn fiscal_year(lang: Lang, year: i32, spaces: Spaces) -> String {
    let next = (year + 1).rem_euclid(100);
    let s = spaces.tie();
    match lang {
        Lang::En => crate::fy::label(year),
        // unbroken, like "FY2030-31"
        Lang::Hi => match spaces {
            Spaces::NoBreak => format!("वित्त{s}वर्ष{s}{year}\u{2011}{next:02}"),
            Spaces::Plain => format!("वित्त वर्ष {year}-{next:02}"),
        },
        Lang::Ru => format!("{year}/{next:02}{s}фин.{s}г."),
    }
}

/// One part of a text.
#[derive(Clone, Debug, PartialEq)]
pub enum Span {
    /// Words as written.
    Text(String),
    Amount(Amount),
    /// A fiscal year (its first calendar year).
    Year(i32),
    /// What someone else wrote (a link's setting), in the language's quotation marks.
    Quote(String),
    /// Words the reader should see first.
    Emphasis(String),
}

impl From<&str> for Span {
    fn from(s: &str) -> Span {
        Span::Text(s.to_string())
    }
}

impl From<String> for Span {
    fn from(s: String) -> Span {
        Span::Text(s)
    }
}

impl From<&String> for Span {
    fn from(s: &String) -> Span {
        Span::Text(s.clone())
    }
}

impl From<Amount> for Span {
    fn from(a: Amount) -> Span {
        Span::Amount(a)
    }
}

/// A quotation: `quote(format!("oil={g}"))`.
pub fn quote(s: impl Into<String>) -> Span {
    Span::Quote(s.into())
}

/// A text as its parts, rendered by each front end ([`Markup::unicode`], [`Markup::html`],
/// [`Markup::plain`]).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Markup(pub Vec<Span>);

impl From<&str> for Markup {
    fn from(s: &str) -> Markup {
        Markup(vec![Span::from(s)])
    }
}

/// `markup!["Ignored unknown setting ", quote(k), "."]`: a [`Markup`] of spans and words.
#[macro_export]
macro_rules! markup {
    ($($span:expr),* $(,)?) => {
        $crate::present::markup::Markup(vec![$($crate::present::markup::Span::from($span)),*])
    };
}

/// The quotation marks of a language: “…” in English and Hindi, «…» in Russian.
pub fn quote_marks(lang: Lang) -> (char, char) {
    match lang {
        Lang::Ru => ('«', '»'),
        _ => ('“', '”'),
    }
}

impl Markup {
    /// This text followed by `other`.
    pub fn then(mut self, other: &Markup) -> Markup {
        self.0.extend(other.0.iter().cloned());
        self
    }

    /// The spans rendered one after another, each piece of words through `words` (escaping, or
    /// nothing), emphasis through `emphasis`.
    fn render(
        &self,
        lang: Lang,
        spaces: Spaces,
        words: fn(&str) -> String,
        emphasis: fn(String) -> String,
    ) -> String {
        let (open, close) = quote_marks(lang);
        let mut out = String::new();
        for span in &self.0 {
            match span {
                Span::Text(t) => out.push_str(&words(t)),
                Span::Amount(a) => out.push_str(&words(&a.text(spaces))),
                Span::Year(y) => out.push_str(&words(&fiscal_year(lang, *y, spaces))),
                Span::Quote(q) => out.push_str(&format!("{open}{}{close}", words(q))),
                Span::Emphasis(e) => out.push_str(&emphasis(words(e))),
            }
        }
        // an abbreviation's full stop is the sentence's ("млрд долл.", not "млрд долл..")
        one_full_stop(out)
    }

    /// The page's text and the files': no-break spaces in amounts and years, the language's
    /// quotation marks, lines set as the press sets them.
    pub fn unicode(&self, lang: Lang) -> String {
        keep_together(self.render(lang, Spaces::NoBreak, str::to_string, |e| e))
    }

    /// The same as HTML: escaped, emphasis in `<b>`.
    pub fn html(&self, lang: Lang) -> String {
        keep_together(
            self.render(lang, Spaces::NoBreak, crate::present::escape_html, |e| {
                format!("<b>{e}</b>")
            }),
        )
    }

    /// The terminal's text: ordinary spaces in amounts and years, nothing invisible.
    pub fn plain(&self, lang: Lang) -> String {
        self.render(lang, Spaces::Plain, str::to_string, |e| e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn usd(sign: Sign, digits: &str) -> Amount {
        Amount {
            sign,
            digits: digits.into(),
            unit: Unit {
                before: "US$",
                spaced: true,
                tied: &["bn"],
                loose: "",
            },
        }
    }

    fn rupees_ru(digits: &str) -> Amount {
        Amount {
            sign: Sign::Minus,
            digits: digits.into(),
            unit: Unit {
                before: "",
                spaced: false,
                tied: &["трлн"],
                loose: "рупий",
            },
        }
    }

    #[test]
    fn an_amount_is_rendered_from_its_parts() {
        let a = usd(Sign::Minus, "9.6");
        assert_eq!(a.text(Spaces::NoBreak), "−US$\u{a0}9.6\u{a0}bn");
        assert_eq!(a.text(Spaces::Plain), "−US$ 9.6 bn");
        assert_eq!(a.number(Spaces::NoBreak), "−US$\u{a0}9.6");
        assert_eq!(a.unit_words(Spaces::NoBreak), "bn");
        let r = rupees_ru("4,31");
        assert_eq!(r.text(Spaces::NoBreak), "−4,31\u{a0}трлн рупий");
        assert_eq!(r.unit_words(Spaces::Plain), "трлн рупий");
        let inr = Amount {
            sign: Sign::Plus,
            digits: "20,931".into(),
            unit: Unit {
                before: "₹",
                spaced: false,
                tied: &["lakh", "crore"],
                loose: "",
            },
        };
        assert_eq!(
            inr.text(Spaces::NoBreak),
            "+\u{2060}₹20,931\u{a0}lakh\u{a0}crore"
        );
        assert_eq!(inr.text(Spaces::Plain), "+₹20,931 lakh crore");
        assert_eq!(Amount::missing().text(Spaces::NoBreak), "–");
    }

    /// A sentence with an amount and a year: the command line's has ordinary spaces where the
    /// page has no-break ones, each as its renderer writes it (nothing replaced afterwards).
    #[test]
    fn each_front_end_sets_its_own_spaces() {
        let m = markup![
            "The deficit is ",
            usd(Sign::None, "38.7"),
            " in ",
            Span::Year(2030),
            "."
        ];
        assert_eq!(
            m.unicode(Lang::En),
            "The deficit is US$\u{a0}38.7\u{a0}bn in FY2030-31."
        );
        assert_eq!(
            m.plain(Lang::En),
            "The deficit is US$ 38.7 bn in FY2030-31."
        );
        let ru = markup![
            "Дефицит ",
            usd(Sign::None, "38,7"),
            " в ",
            Span::Year(2030),
            "."
        ];
        // one full stop after the year's abbreviation; "в" held to what follows on the page
        assert_eq!(
            ru.unicode(Lang::Ru),
            "Дефицит US$\u{a0}38,7\u{a0}bn в\u{a0}2030/31\u{a0}фин.\u{a0}г."
        );
        assert_eq!(ru.plain(Lang::Ru), "Дефицит US$ 38,7 bn в 2030/31 фин. г.");
        for lang in Lang::ALL {
            let plain = m.plain(lang) + &ru.plain(lang);
            assert!(!plain.contains([NBSP, WJ, '\u{2011}']), "{plain}");
        }
    }

    #[test]
    fn quotations_take_the_language_marks_and_html_is_escaped() {
        // a backtick in what the link said is its own, not a quotation mark
        let m = markup!["Ignored unknown setting ", quote("a`b<c"), "."];
        assert_eq!(m.unicode(Lang::En), "Ignored unknown setting “a`b<c”.");
        assert_eq!(m.unicode(Lang::Ru), "Ignored unknown setting «a`b<c».");
        assert_eq!(m.html(Lang::Hi), "Ignored unknown setting “a`b&lt;c”.");
        let e = markup!["Pinned: ", Span::Emphasis("a & b".into())];
        assert_eq!(e.html(Lang::En), "Pinned: <b>a &amp; b</b>");
        assert_eq!(e.unicode(Lang::En), "Pinned: a & b");
    }

    #[test]
    fn fiscal_years_in_each_language() {
        assert_eq!(fiscal_year(Lang::En, 2030, Spaces::NoBreak), "FY2030-31");
        assert_eq!(
            fiscal_year(Lang::Hi, 2030, Spaces::NoBreak),
            "वित्त\u{a0}वर्ष\u{a0}2030\u{2011}31"
        );
        assert_eq!(
            fiscal_year(Lang::Hi, 2030, Spaces::Plain),
            "वित्त वर्ष 2030-31"
        );
        assert_eq!(
            fiscal_year(Lang::Ru, 2099, Spaces::NoBreak),
            "2099/00\u{a0}фин.\u{a0}г."
        );
        assert_eq!(
            fiscal_year(Lang::Ru, 2099, Spaces::Plain),
            "2099/00 фин. г."
        );
    }
}
