//! Numbers for people: Rust rounds and decides the sign (a real minus, never "−0.0" or "NaN"); a
//! `Digits` writes the rounded magnitude in the reader's conventions. Natively that is `Plain`
//! (ASCII digits, a point, no grouping: the CLI, CSV, JSON and tests); the page passes the
//! browser's `Intl.NumberFormat` (Indian grouping for English and Hindi, spaces and a decimal comma
//! for Russian). Money is shown in US$ or, converted at each year's rate, in rupees (crore and
//! lakh crore, as Indian newsrooms write them).

use crate::data::{Baseline, Params};
use crate::fy;
use crate::present::markup::{Amount, Sign, Spaces, Unit};
use crate::tr::{Lang, Tr};

/// Writes a rounded, non-negative number with exactly `decimals` decimals.
pub trait Digits {
    fn digits(&self, lang: Lang, abs_rounded: f64, decimals: usize) -> String;
}

/// ASCII digits, a decimal point, no grouping, whatever the language.
pub struct Plain;

impl Digits for Plain {
    fn digits(&self, _: Lang, v: f64, decimals: usize) -> String {
        format!("{v:.decimals$}")
    }
}

/// `v` rounded to `decimals` decimals as Rust's formatter rounds it (the exact binary value, ties
/// to even), so the page and the command line agree on every digit.
pub fn round(v: f64, decimals: usize) -> f64 {
    format!("{v:.decimals$}").parse().unwrap_or(v)
}

/// A figure as the downloads, the JSON and the page's `data-value` write it: rounded to a
/// millionth (US$ 1,000 for a US$ bn figure, finer than any source), as the shortest decimal that
/// reads back to it, so computing noise never shows ("49.3", not "49.300000000000004"); -0 is 0.
/// Figures too large for a millionth to matter are written as they are; None when not finite.
pub fn exact(v: f64) -> Option<String> {
    rounded(v).map(|r| format!("{r}"))
}

/// The number `exact` writes: rounded to a millionth below 10⁹, -0 made 0; None when not finite.
pub fn rounded(v: f64) -> Option<f64> {
    if !v.is_finite() {
        return None;
    }
    let r = if v.abs() < 1e9 {
        (v * 1e6).round() / 1e6
    } else {
        v
    };
    Some(if r == 0.0 { 0.0 } else { r })
}

/// `v` as JavaScript writes a number (ECMAScript's Number::toString, and so `JSON.stringify`): the
/// shortest decimal that reads back to it, "0" for -0, and an exponent ("1e+21", "1e-7") only
/// from 10²¹ up or below 10⁻⁶. The command line writes the JSON's numbers with it, so its bytes
/// equal the page's download, which the browser's `JSON.stringify` writes.
pub fn ecma(v: f64) -> String {
    if !v.is_finite() {
        return "null".into();
    }
    if v == 0.0 {
        return "0".into();
    }
    if (1e-6..1e21).contains(&v.abs()) {
        return format!("{v}");
    }
    let e = format!("{v:e}");
    match e.split_once('e') {
        Some((m, x)) if !x.starts_with('-') => format!("{m}e+{x}"),
        _ => e,
    }
}

/// A balance's word as a label or before its size: "deficit" below zero, "surplus" above ("घाटा",
/// "अधिशेष"; "дефицит", "профицит"); None at zero. A deficit or surplus is named, never signed.
pub fn balance_word(lang: Lang, usd_bn: f64) -> Option<&'static str> {
    let words = match lang {
        Lang::En => ("deficit", "surplus"),
        Lang::Hi => ("घाटा", "अधिशेष"),
        Lang::Ru => ("дефицит", "профицит"),
    };
    if usd_bn < 0.0 {
        Some(words.0)
    } else if usd_bn > 0.0 {
        Some(words.1)
    } else {
        None
    }
}

/// The currency figures are shown in (which there are and their keys: the link layer).
pub use crate::link::view::Currency;

impl Currency {
    /// The switcher's words for it.
    pub fn name(self) -> Tr {
        match self {
            Currency::Usd => Tr::new("US$", "डॉलर (US$)", "доллары США (US$)"),
            Currency::Inr => Tr::new("₹ rupees", "₹ रुपये", "рупии (₹)"),
        }
    }
}

/// Rupees per US dollar in each year: the RBI reference rate's yearly average for the actual
/// years (data file), the reader's assumption (Assumptions panel) for the projected ones.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rates {
    first: i32,
    actual: [Option<f64>; 24],
    base_year: i32,
    projected: f64,
}

impl Rates {
    /// No rates: every year at 1 (for text that shows no rupees).
    pub const NONE: Rates = Rates {
        first: 0,
        actual: [None; 24],
        base_year: 0,
        projected: 1.0,
    };

    pub fn new(b: &Baseline, p: &Params) -> Rates {
        let first = b.first_year();
        let mut actual = [None; 24];
        for a in &b.history {
            if let Some(slot) = actual.get_mut((a.year - first).max(0) as usize) {
                *slot = a.inr_per_usd;
            }
        }
        Rates {
            first,
            actual,
            base_year: p.base_year,
            projected: p.inr_per_usd,
        }
    }

    /// Rupees per US$ in `year`: the year's average if it is actual, the assumption otherwise.
    pub fn inr(&self, year: i32) -> f64 {
        let actual = (year <= self.base_year)
            .then(|| {
                self.actual
                    .get((year - self.first).max(0) as usize)
                    .copied()
                    .flatten()
            })
            .flatten();
        actual.unwrap_or(self.projected)
    }
}

/// How figures are written for a reader: language, currency, the year's rates, the digits and
/// the spaces that hold an amount or a unit to its number (no-break on the page and in the files,
/// ordinary on a terminal: [`Loc::terminal`]).
#[derive(Clone, Copy)]
pub struct Loc<'a> {
    pub lang: Lang,
    pub cur: Currency,
    pub rates: Rates,
    pub digits: &'a dyn Digits,
    pub spaces: Spaces,
}

/// The unit an amount is written in (see [`Loc::scale_for`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    /// Units in one bn of the currency (100 crore; 0.001 lakh crore).
    pub per_bn: f64,
    pub decimals: usize,
    /// Lakh crore (трлн) rather than crore (млрд).
    pub big: bool,
}

/// How an amount's unit is chosen from the unit given ([`Loc::amount_parts`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnitPolicy {
    /// Exactly the given unit, however small: the headline's cards and ticker.
    Exact,
    /// A sentence's: below one lakh crore in crore ([`Loc::amount_at`]).
    Sentence,
}

/// Below this many rupees (bn), amounts are written in crore; from it, in lakh crore (10¹²).
const LAKH_CRORE_BN: f64 = 1000.0;
/// Below this many rupees (bn), ₹0.1 lakh crore (100 млрд), an amount of a lakh-crore sentence
/// is first rounded as the lakh crore would be, then written in crore (see [`Loc::amount_at`]).
const SMALL_SHARE_BN: f64 = 100.0;

/// The shipped data's plain `Loc` in a language and currency, for the tests of every module.
#[cfg(test)]
impl Loc<'static> {
    pub(crate) fn shipped(lang: Lang, cur: Currency) -> Self {
        let b = crate::baseline().unwrap();
        Loc {
            lang,
            cur,
            ..Loc::plain(b, &b.params)
        }
    }
}

impl<'a> Loc<'a> {
    /// English, US$, plain digits, no rates: the words of the command line and the JSON.
    pub fn english() -> Loc<'static> {
        Loc {
            lang: Lang::En,
            cur: Currency::Usd,
            rates: Rates::NONE,
            digits: &Plain,
            spaces: Spaces::NoBreak,
        }
    }

    /// English, US$, plain digits: the command line's and the tests' way.
    pub fn plain(b: &Baseline, p: &Params) -> Loc<'static> {
        Loc {
            lang: Lang::En,
            cur: Currency::Usd,
            rates: Rates::new(b, p),
            digits: &Plain,
            spaces: Spaces::NoBreak,
        }
    }

    /// [`Loc::plain`] for a terminal: ordinary spaces in amounts, units and years (the command
    /// line's table, notes and notices; its JSON, a file, keeps [`Loc::plain`]'s).
    pub fn terminal(b: &Baseline, p: &Params) -> Loc<'static> {
        Loc::plain(b, p).for_terminal()
    }

    /// The same figures with ordinary spaces, for a terminal.
    pub fn for_terminal(self) -> Loc<'a> {
        Loc {
            spaces: Spaces::Plain,
            ..self
        }
    }

    /// `v` with `decimals` decimals and a typographic minus; non-finite values show as "–".
    pub fn num(&self, v: f64, decimals: usize) -> String {
        if !v.is_finite() {
            return "–".into();
        }
        let r = round(v.abs(), decimals);
        let text = self.digits.digits(self.lang, r, decimals);
        if v < 0.0 && r != 0.0 {
            format!("−{text}")
        } else {
            text
        }
    }

    /// A change with its sign: "+1.3", "−58.3", "0.0".
    pub fn signed(&self, v: f64, decimals: usize) -> String {
        let n = self.num(v, decimals);
        if v.is_finite() && v > 0.0 && round(v, decimals) != 0.0 {
            format!("+{n}")
        } else {
            n
        }
    }

    /// A US$ bn figure of `year` in the reader's currency, in that currency's bn.
    pub fn convert(&self, usd_bn: f64, year: i32) -> f64 {
        match self.cur {
            Currency::Usd => usd_bn,
            Currency::Inr => usd_bn * self.rates.inr(year),
        }
    }

    /// A US$ bn figure of `year` in the unit the charts use (US$ bn, or ₹ lakh crore).
    pub fn chart_value(&self, usd_bn: f64, year: i32) -> f64 {
        match self.cur {
            Currency::Usd => usd_bn,
            Currency::Inr => usd_bn * self.rates.inr(year) / LAKH_CRORE_BN,
        }
    }

    /// The unit an amount of this size (in the reader's currency, bn) is written in: how many
    /// units a bn is, and the decimals. US$: bn, 1 decimal; rupees: lakh crore (2 decimals) from
    /// one lakh crore up, crore (no decimals) below it; in Russian, трлн and млрд рупий.
    pub fn scale_for(&self, cur_bn: f64) -> Scale {
        let big = cur_bn.abs() >= LAKH_CRORE_BN;
        match (self.cur, self.lang, big) {
            (Currency::Usd, _, _) => Scale {
                per_bn: 1.0,
                decimals: 1,
                big: false,
            },
            (Currency::Inr, _, true) => Scale {
                per_bn: 1.0 / LAKH_CRORE_BN,
                decimals: 2,
                big: true,
            },
            (Currency::Inr, Lang::Ru, false) => Scale {
                per_bn: 1.0,
                decimals: 1,
                big: false,
            },
            (Currency::Inr, _, false) => Scale {
                per_bn: 100.0,
                decimals: 0,
                big: false,
            },
        }
    }

    /// An amount already in the reader's currency (bn), as a sentence writes it in a given unit:
    /// no rupee amount below one lakh crore is written in lakh crore, as the press writes them
    /// ("₹39,720 crore", never "₹0.40 lakh crore"; Russian "397 млрд рупий", never "0,40 трлн
    /// рупий"), so a figure reads the same in every sentence of the page. From ₹10,000 crore (100
    /// млрд) up it is in whole crore (whole млрд: "397 млрд рупий" where the figure alone is
    /// "397,2 млрд рупий"); below that, a small share, it is first rounded in the given unit,
    /// so that figures which add up as shown still do ("₹4,000 crore", "40 млрд рупий"). The
    /// headline's cards keep one unit: [`Loc::amount_in`].
    pub fn amount_at(&self, cur_bn: f64, scale: Scale, signed: bool) -> String {
        (self.amount_parts(cur_bn, scale, signed, UnitPolicy::Sentence)).text(self.spaces)
    }

    /// An amount already in the reader's currency (bn) in exactly the given unit, however small:
    /// the headline's cards and the ticker, which are read side by side as a table is, write
    /// their four figures in one unit ("₹0.64 lakh crore" beside "₹4.31 lakh crore").
    pub fn amount_in(&self, cur_bn: f64, scale: Scale, signed: bool) -> String {
        (self.amount_parts(cur_bn, scale, signed, UnitPolicy::Exact)).text(self.spaces)
    }

    /// An amount already in the reader's currency (bn) as its parts (sign, digits, unit), in the
    /// given unit as `policy` says: what [`Loc::amount_at`] and [`Loc::amount_in`] render, and
    /// what a page that sets the number and its unit apart (the headline's cards) takes.
    pub fn amount_parts(
        &self,
        cur_bn: f64,
        scale: Scale,
        signed: bool,
        policy: UnitPolicy,
    ) -> Amount {
        if !cur_bn.is_finite() {
            return Amount::missing();
        }
        let (v, scale) = match policy {
            UnitPolicy::Exact => (cur_bn, scale),
            UnitPolicy::Sentence => self.sentence_unit(cur_bn, scale),
        };
        let r = round((v * scale.per_bn).abs(), scale.decimals);
        let sign = if r == 0.0 {
            Sign::None
        } else if v < 0.0 {
            Sign::Minus
        } else if signed {
            Sign::Plus
        } else {
            Sign::None
        };
        Amount {
            sign,
            digits: self.digits.digits(self.lang, r, scale.decimals),
            unit: self.unit_of(scale),
        }
    }

    /// The value and unit a sentence writes an amount in ([`Loc::amount_at`]).
    fn sentence_unit(&self, cur_bn: f64, scale: Scale) -> (f64, Scale) {
        if scale.big && (SMALL_SHARE_BN..LAKH_CRORE_BN).contains(&cur_bn.abs().round()) {
            let whole = Scale {
                decimals: 0,
                ..self.scale_for(cur_bn)
            };
            return (cur_bn, whole);
        }
        if scale.big && cur_bn.abs() < SMALL_SHARE_BN {
            let rounded = round(cur_bn * scale.per_bn, scale.decimals) / scale.per_bn;
            // a whole number of the given unit's steps: no decimals ("40 млрд рупий")
            let whole = Scale {
                decimals: 0,
                ..self.scale_for(rounded)
            };
            return (rounded, whole);
        }
        (cur_bn, scale)
    }

    /// The words of a unit around its number, held together on a line ("US$ / 38.7 bn" never
    /// parts).
    fn unit_of(&self, scale: Scale) -> Unit {
        let unit = |before: &'static str, tied: &'static [&'static str]| Unit {
            before,
            spaced: before == "US$",
            tied,
            loose: "",
        };
        match (self.cur, self.lang, scale.big) {
            (Currency::Usd, Lang::En, _) => unit("US$", &["bn"]),
            (Currency::Usd, Lang::Hi, _) => unit("", &["अरब", "डॉलर"]),
            (Currency::Usd, Lang::Ru, _) => unit("", &["млрд", "долл."]),
            (Currency::Inr, Lang::En, true) => unit("₹", &["lakh", "crore"]),
            (Currency::Inr, Lang::Hi, true) => unit("₹", &["लाख", "करोड़"]),
            (Currency::Inr, Lang::En, false) => unit("₹", &["crore"]),
            (Currency::Inr, Lang::Hi, false) => unit("₹", &["करोड़"]),
            // Russian running text names the currency in words, as the press does; a line may
            // break before "рупий" (the number stays with "трлн"), so a headline card fits
            (Currency::Inr, Lang::Ru, big) => Unit {
                loose: "рупий",
                ..unit("", if big { &["трлн"] } else { &["млрд"] })
            },
        }
    }

    /// One unit for amounts of a kind shown together (the headline's figures with their current
    /// trends and pinned values, a band's three percentiles), already in the reader's currency
    /// (bn): the unit the largest of them calls for. In rupees, lakh crore when any is one lakh
    /// crore or more, else crore. The cards write every figure in it ([`Loc::amount_in`]); a
    /// sentence writes those below one lakh crore in crore ([`Loc::amount_at`]). Values that are
    /// not finite are left out.
    pub fn common_scale(&self, cur_bn: impl IntoIterator<Item = f64>) -> Scale {
        let largest = cur_bn
            .into_iter()
            .filter(|v| v.is_finite())
            .fold(0.0_f64, |m, v| m.max(v.abs()));
        self.scale_for(largest)
    }

    /// [`Loc::common_scale`] of US$ bn figures of `year`.
    pub fn money_scale(&self, usd_bn: impl IntoIterator<Item = f64>, year: i32) -> Scale {
        self.common_scale(usd_bn.into_iter().map(|v| self.convert(v, year)))
    }

    /// A US$ bn figure of `year` as money in a given unit (from [`Loc::money_scale`]), with its
    /// sign when `signed`.
    pub fn money_at(&self, usd_bn: f64, year: i32, scale: Scale, signed: bool) -> String {
        self.amount_at(self.convert(usd_bn, year), scale, signed)
    }

    /// A US$ bn figure of `year` in exactly a given unit ([`Loc::amount_in`]): the headline's
    /// cards and ticker.
    pub fn money_in(&self, usd_bn: f64, year: i32, scale: Scale) -> String {
        self.amount_in(self.convert(usd_bn, year), scale, false)
    }

    /// The first end of a range of two amounts (in the reader's currency, bn) written as a
    /// sentence writes them ([`Loc::amount_at`]), without the unit words the second end repeats,
    /// as Hindi and Russian papers write a range ("17.5 से 67.5 अरब डॉलर तक", "₹1.25 से ₹3.23
    /// लाख करोड़ तक", "от 17,5 до 67,5 млрд долл."); in Russian, without the "рупий" the second
    /// end names when its unit differs ("от 539 млрд до 1,16 трлн рупий").
    pub fn range_first(&self, first: f64, second: f64, scale: Scale) -> String {
        let part = |v| self.amount_parts(v, scale, false, UnitPolicy::Sentence);
        let (a, b) = (part(first), part(second));
        let words = a.unit_words(self.spaces);
        if !words.is_empty() && a.unit == b.unit {
            a.number(self.spaces)
        } else if !a.unit.loose.is_empty() && a.unit.loose == b.unit.loose {
            Amount {
                unit: Unit {
                    loose: "",
                    ..a.unit
                },
                ..a
            }
            .text(self.spaces)
        } else {
            a.text(self.spaces)
        }
    }

    /// Amounts (in the reader's currency, bn) named together with their unit once, after the
    /// last, as the press writes them: "18,7 и 2,2 млрд долл.", "1,73 трлн и 110 млрд рупий"
    /// (each but the last as [`Loc::range_first`] writes it before the last).
    pub fn unit_once(&self, sizes: &[f64], scale: Scale) -> Vec<String> {
        let Some(&last) = sizes.last() else {
            return Vec::new();
        };
        let n = sizes.len() - 1;
        (sizes.iter().enumerate())
            .map(|(i, &v)| match i < n {
                true => self.range_first(v, last, scale),
                false => self.amount_at(v, scale, false),
            })
            .collect()
    }

    /// [`Loc::money_in`] as its parts: the headline's cards set the number and its words apart.
    pub fn money_parts_in(&self, usd_bn: f64, year: i32, scale: Scale) -> Amount {
        self.amount_parts(self.convert(usd_bn, year), scale, false, UnitPolicy::Exact)
    }

    /// [`Loc::balance_money`] in a given unit.
    pub fn balance_money_at(&self, usd_bn: f64, year: i32, scale: Scale) -> String {
        let size = self.money_at(usd_bn.abs(), year, scale, false);
        match self.balance_side(usd_bn, year, scale) {
            Some(word) => format!("{word} {size}"),
            None => size,
        }
    }

    /// The word of a balance as written in a given unit ([`balance_word`]): None when its size
    /// rounds to zero there.
    pub fn balance_side(&self, usd_bn: f64, year: i32, scale: Scale) -> Option<&'static str> {
        let shown = round(
            (self.convert(usd_bn, year) * scale.per_bn).abs(),
            scale.decimals,
        );
        (shown != 0.0 && usd_bn.is_finite())
            .then(|| balance_word(self.lang, usd_bn))
            .flatten()
    }

    /// A balance in the charts' unit as a labelled value: its word before its size, never a
    /// sign ("deficit 38.7", "घाटा 38.7", "дефицит 38,7"); its size alone when it rounds to zero.
    pub fn balance_num(&self, v: f64, decimals: usize) -> String {
        let size = self.num(v.abs(), decimals);
        match (round(v.abs(), decimals) != 0.0 && v.is_finite())
            .then(|| balance_word(self.lang, v))
            .flatten()
        {
            Some(word) => format!("{word} {size}"),
            None => size,
        }
    }

    /// An amount already in the reader's currency (bn), in the unit its size calls for: "US$ 55.4
    /// bn", "₹4.69 lakh crore", "₹38,210 crore", "55,4 млрд долл.".
    pub fn amount(&self, cur_bn: f64, signed: bool) -> String {
        self.amount_at(cur_bn, self.scale_for(cur_bn), signed)
    }

    /// A US$ bn figure of `year`, as money: "US$ 55.4 bn", "₹4.69 lakh crore".
    pub fn money(&self, usd_bn: f64, year: i32) -> String {
        self.amount(self.convert(usd_bn, year), false)
    }

    /// A balance or change with its sign: "+US$ 1.3 bn", "−₹4.51 lakh crore".
    pub fn signed_money(&self, usd_bn: f64, year: i32) -> String {
        self.amount(self.convert(usd_bn, year), true)
    }

    /// A balance as the newspapers print it beside other figures: its word and its size
    /// ("deficit US$ 38.7 bn", "घाटा 38.7 अरब डॉलर", "дефицит 38,7 млрд долл."), never a
    /// negative amount.
    pub fn balance_money(&self, usd_bn: f64, year: i32) -> String {
        let scale = self.scale_for(self.convert(usd_bn, year));
        self.balance_money_at(usd_bn, year, scale)
    }

    /// The charts' unit line.
    pub fn unit(&self) -> &'static str {
        match self.cur {
            Currency::Usd => Tr::new(
                "US$ bn, current prices",
                "अरब\u{a0}डॉलर, चालू कीमतों पर",
                "млрд\u{a0}долл., в текущих ценах",
            ),
            Currency::Inr => Tr::new(
                "₹ lakh\u{a0}crore, current prices",
                "लाख\u{a0}करोड़ रुपये, चालू कीमतों पर",
                "трлн\u{a0}рупий, в текущих ценах",
            ),
        }
        .get(self.lang)
    }

    /// The unit in brackets after a readout: "(US$ bn)".
    pub fn unit_short(&self) -> &'static str {
        match self.cur {
            Currency::Usd => Tr::new("US$ bn", "अरब\u{a0}डॉलर", "млрд\u{a0}долл."),
            Currency::Inr => Tr::new("₹ lakh\u{a0}crore", "लाख\u{a0}करोड़ रुपये", "трлн\u{a0}рупий"),
        }
        .get(self.lang)
    }

    /// Decimals for a chart value in the chart's unit (rupee charts run in lakh crore, so they
    /// need two).
    pub fn chart_decimals(&self) -> usize {
        match self.cur {
            Currency::Usd => 1,
            Currency::Inr => 2,
        }
    }

    /// A fiscal year: "FY2030-31", "वित्त वर्ष 2030-31", "2030/31 фин. г.".
    pub fn fy(&self, year: i32) -> String {
        crate::present::markup::fiscal_year(self.lang, year, self.spaces)
    }
}

/// A fiscal year in a language: "FY2030-31", "वित्त वर्ष 2030-31", "2030/31 фин. г." (the
/// abbreviation reads in every grammatical case).
pub fn fy_label(lang: Lang, year: i32) -> String {
    crate::present::markup::fiscal_year(lang, year, Spaces::NoBreak)
}

/// A chart axis year: "25-26", "25/26" in Russian.
pub fn fy_short(lang: Lang, year: i32) -> String {
    match lang {
        Lang::Ru => {
            let (a, b) = (year.rem_euclid(100), (year + 1).rem_euclid(100));
            format!("{a:02}/{b:02}")
        }
        _ => fy::short(year),
    }
}

#[cfg(test)]
mod tests;
