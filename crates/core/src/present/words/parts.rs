//! The parts sentences are built from, each of which knows its words in every language: a
//! balance with its word ("a deficit of US$ 38.7 bn", never "−US$ 38.7 bn"), the reference a
//! comparison is made against ("against current trends"), and the target with its rupee value
//! when the reader chose rupees.

use crate::fy;
use crate::present::format::{fy_label, round, Currency, Loc, Scale};
use crate::tr::{pick, Lang};

/// Which side of zero a balance is on, as written: a balance whose amount rounds to zero is even.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Side {
    Deficit,
    Surplus,
    Even,
}

/// A balance in words: its side and its size as written, without a sign.
#[derive(Clone, Debug, PartialEq)]
pub struct Balance {
    pub side: Side,
    /// The size, unsigned ("US$ 38.7 bn").
    pub amount: String,
}

impl Balance {
    /// A balance already in the reader's currency (bn), in a given unit.
    pub fn at(loc: &Loc, cur_bn: f64, scale: Scale) -> Balance {
        let shown = round((cur_bn * scale.per_bn).abs(), scale.decimals);
        let side = if shown == 0.0 || !cur_bn.is_finite() {
            Side::Even
        } else if cur_bn < 0.0 {
            Side::Deficit
        } else {
            Side::Surplus
        };
        Balance {
            side,
            amount: loc.amount_at(cur_bn.abs(), scale, false),
        }
    }

    /// A US$ bn balance of `year`, in the unit its size calls for.
    pub fn of(loc: &Loc, usd_bn: f64, year: i32) -> Balance {
        let v = loc.convert(usd_bn, year);
        Balance::at(loc, v, loc.scale_for(v))
    }

    /// "a deficit of US$ 38.7 bn", "38.7 अरब डॉलर का घाटा", "дефицит 38,7 млрд долл.";
    /// "balanced trade" when it rounds to zero.
    pub fn words(&self, lang: Lang) -> String {
        let a = &self.amount;
        match (lang, self.side) {
            (Lang::En, Side::Deficit) => format!("a deficit of {a}"),
            (Lang::En, Side::Surplus) => format!("a surplus of {a}"),
            (Lang::En, Side::Even) => "balanced trade".into(),
            (Lang::Hi, Side::Deficit) => format!("{a} का घाटा"),
            (Lang::Hi, Side::Surplus) => format!("{a} का अधिशेष"),
            (Lang::Hi, Side::Even) => "संतुलित व्यापार".into(),
            (Lang::Ru, Side::Deficit) => format!("дефицит {a}"),
            (Lang::Ru, Side::Surplus) => format!("профицит {a}"),
            (Lang::Ru, Side::Even) => "нулевое сальдо".into(),
        }
    }

    /// The words after a preposition: Russian genitive ("против", "от", "до": "дефицита в 38,7
    /// млрд долл."), Hindi oblique ("से", "तक": "38.7 अरब डॉलर के घाटे"); English as
    /// [`Balance::words`].
    pub fn words_of(&self, lang: Lang) -> String {
        let a = &self.amount;
        match (lang, self.side) {
            (Lang::Hi, Side::Deficit) => format!("{a} के घाटे"),
            (Lang::Hi, Side::Surplus) => format!("{a} के अधिशेष"),
            (Lang::Ru, Side::Deficit) => format!("дефицита в {a}"),
            (Lang::Ru, Side::Surplus) => format!("профицита в {a}"),
            (Lang::Ru, Side::Even) => "нулевого сальдо".into(),
            _ => self.words(lang),
        }
    }

    /// With "cumulative": "a cumulative deficit of US$ 36.6 bn", "36.6 अरब डॉलर का संचयी घाटा",
    /// "накопленный дефицит 36,6 млрд долл.".
    pub fn cumulative_words(&self, lang: Lang) -> String {
        let a = &self.amount;
        match (lang, self.side) {
            (Lang::En, Side::Deficit) => format!("a cumulative deficit of {a}"),
            (Lang::En, Side::Surplus) => format!("a cumulative surplus of {a}"),
            (Lang::En, Side::Even) => "balanced trade overall".into(),
            (Lang::Hi, Side::Deficit) => format!("{a} का संचयी घाटा"),
            (Lang::Hi, Side::Surplus) => format!("{a} का संचयी अधिशेष"),
            (Lang::Hi, Side::Even) => "कुल मिलाकर संतुलित व्यापार".into(),
            (Lang::Ru, Side::Deficit) => format!("накопленный дефицит {a}"),
            (Lang::Ru, Side::Surplus) => format!("накопленный профицит {a}"),
            (Lang::Ru, Side::Even) => "нулевое накопленное сальдо".into(),
        }
    }
}

/// The label of the balance's headline card: its side ("Trade deficit", "व्यापार घाटा",
/// "Дефицит торговли") when its size, as written in `scale`, is not zero; else "Balance". The
/// card's amount is then unsigned.
pub fn balance_label(loc: &Loc, usd_bn: f64, scale: Scale) -> crate::tr::Tr {
    match loc.balance_side(usd_bn, fy::HORIZON, scale) {
        Some(_) if usd_bn < 0.0 => crate::text::TRADE_DEFICIT,
        Some(_) => crate::text::TRADE_SURPLUS,
        None => crate::text::BALANCE,
    }
}

/// What a comparison is made against.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Reference {
    /// An actual year (the base year).
    Year(i32),
    /// Every lever at its default, under the reader's assumptions.
    CurrentTrends,
    /// The scenario the reader pinned.
    Pinned,
}

impl Reference {
    /// "against FY2025-26", "against current trends", "against the pinned scenario".
    pub fn against(self, lang: Lang) -> String {
        match (self, lang) {
            (Reference::Year(y), Lang::En) => format!("against {}", fy::label(y)),
            (Reference::Year(y), Lang::Hi) => {
                format!("{} की तुलना में", fy_label(lang, y))
            }
            (Reference::Year(y), Lang::Ru) => {
                format!("по сравнению с {}", fy_label(lang, y))
            }
            (Reference::CurrentTrends, _) => pick(
                lang,
                "against current trends",
                "मौजूदा रुझानों की तुलना में",
                "по сравнению с текущими тенденциями",
            )
            .into(),
            (Reference::Pinned, _) => pick(
                lang,
                "against the pinned scenario",
                "पिन किए गए परिदृश्य की तुलना में",
                "по сравнению с закреплённым сценарием",
            )
            .into(),
        }
    }

    /// The words that name a reference in a language, one of which every comparison sentence
    /// contains (a test reads every sentence for them).
    pub fn names(lang: Lang) -> &'static [&'static str] {
        match lang {
            Lang::En => &["against FY", "current trends", "pinned scenario"],
            Lang::Hi => &["की तुलना में", "मौजूदा रुझान", "पिन किए गए परिदृश्य"],
            Lang::Ru => &["по сравнению с", "против", "текущи", "закреплённ"],
        }
    }
}

/// A text with its first letter a capital, to open a sentence.
pub fn capital(words: &str) -> String {
    let mut c = words.chars();
    c.next()
        .map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
}

/// A span of fiscal years with the words "from … to" of the language, the second year's label
/// carrying the abbreviation once: "FY2026-27 to FY2030-31", "वित्त वर्ष 2026‑27 से 2030‑31
/// तक", "с 2026/27 по 2030/31 фин. г.".
pub fn fy_span(lang: Lang, from: i32, to: i32) -> String {
    let short = |y: i32| {
        let next = (y + 1).rem_euclid(100);
        match lang {
            Lang::Ru => format!("{y}/{next:02}"),
            _ => format!("{y}\u{2011}{next:02}"),
        }
    };
    match lang {
        Lang::En => format!("{} to {}", fy::label(from), fy::label(to)),
        Lang::Hi => format!("{} से {} तक", fy_label(lang, from), short(to)),
        Lang::Ru => format!("с {} по {}", short(from), fy_label(lang, to)),
    }
}

/// The target, which is set in US$, with its value in rupees at FY2030-31's rate when the reader
/// chose rupees: "US$ 100 bn", "US$ 100 bn (₹8.85 lakh crore)", "100 млрд долл. (8,85 трлн
/// рупий)".
pub fn target_amount(loc: &Loc, target: f64) -> String {
    // in whole US$ bn, as the amounts are written (the front end's spaces)
    let whole = crate::present::format::Scale {
        per_bn: 1.0,
        decimals: 0,
        big: false,
    };
    let usd = Loc {
        cur: Currency::Usd,
        ..*loc
    }
    .amount_in(target, whole, false);
    match loc.cur {
        Currency::Usd => usd,
        Currency::Inr => format!("{usd} ({})", loc.money(target, fy::HORIZON)),
    }
}

/// The months in English and Hindi, January first (Russian declines them: each use has its own).
pub(crate) const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
pub(crate) const MONTHS_HI: [&str; 12] = [
    "जनवरी",
    "फ़रवरी",
    "मार्च",
    "अप्रैल",
    "मई",
    "जून",
    "जुलाई",
    "अगस्त",
    "सितंबर",
    "अक्टूबर",
    "नवंबर",
    "दिसंबर",
];

/// A data release's month, as a sentence says it: "July 2026", "जुलाई 2026", Russian in the
/// genitive ("июля 2026 г.": "по данным июля 2026 г.", "18 июля 2026 г.").
pub fn release_month(lang: Lang, year: i32, month: u32) -> String {
    const RU: [&str; 12] = [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ];
    let m = (month.clamp(1, 12) - 1) as usize;
    pick(
        lang,
        format!("{}\u{a0}{year}", MONTHS_EN[m]),
        format!("{}\u{a0}{year}", MONTHS_HI[m]),
        format!("{}\u{a0}{year}\u{a0}г.", RU[m]),
    )
}

/// A vintage's release: "July 2026", or with its day when the file gives one ("18 July 2026").
pub fn release_date(lang: Lang, v: &crate::data::Vintage) -> String {
    let (y, m) = v.year_month();
    let month = release_month(lang, y, m);
    match v.day() {
        Some(d) => format!("{d}\u{a0}{month}"),
        None => month,
    }
}

/// Whether every rupee amount of a text is in the unit its own size calls for, as the press
/// writes them: lakh crore (трлн рупий) from one lakh crore up, crore (млрд рупий) below it, so
/// never "₹0.40 lakh crore" (it is "₹39,720 crore", the figure as it reads alone), never
/// "₹1,20,000 crore" beside "₹4.89 lakh crore", never "0,40 трлн рупий" or "1200 млрд рупий".
/// For tests.
#[cfg(test)]
pub fn rupees_in_their_own_unit(t: &str) -> bool {
    // (unit, the smallest amount and the first too large for it, as written)
    let units = [
        ("\u{a0}lakh\u{a0}crore", 1.0, f64::INFINITY),
        ("\u{a0}लाख\u{a0}करोड़", 1.0, f64::INFINITY),
        ("\u{a0}трлн рупий", 1.0, f64::INFINITY),
        ("\u{a0}crore", 0.0, 100_000.0),
        ("\u{a0}करोड़", 0.0, 100_000.0),
        ("\u{a0}млрд рупий", 0.0, 1000.0),
    ];
    units.iter().all(|(unit, low, high)| {
        t.match_indices(unit).all(|(i, _)| {
            // the number just before the unit ("₹4.89", "39,720"); none after "lakh" of "lakh crore"
            let before = &t[..i];
            let number =
                before.trim_end_matches(|c: char| c.is_ascii_digit() || c == ',' || c == '.');
            let n: Option<f64> = before[number.len()..].replace(',', "").parse().ok();
            n.is_none_or(|n| n >= *low && n < *high)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn loc(lang: Lang, cur: Currency) -> Loc<'static> {
        Loc::shipped(lang, cur)
    }

    #[test]
    fn a_balance_carries_its_word_never_a_sign() {
        let en = loc(Lang::En, Currency::Usd);
        assert_eq!(
            Balance::of(&en, -38.72, fy::HORIZON).words(Lang::En),
            "a deficit of US$\u{a0}38.7\u{a0}bn"
        );
        assert_eq!(
            Balance::of(&en, 22.4, fy::HORIZON).words(Lang::En),
            "a surplus of US$\u{a0}22.4\u{a0}bn"
        );
        assert_eq!(
            Balance::of(&en, -0.04, fy::HORIZON).words(Lang::En),
            "balanced trade"
        );
        let ru = loc(Lang::Ru, Currency::Inr);
        let b = Balance::of(&ru, -50.0, fy::HORIZON);
        assert_eq!(b.side, Side::Deficit);
        assert!(b.words_of(Lang::Ru).starts_with("дефицита в "), "{b:?}");
        assert!(b.amount.ends_with("рупий") && !b.amount.contains('−'));
        for lang in Lang::ALL {
            for cur in Currency::ALL {
                let l = loc(lang, cur);
                for v in [-60.0, -0.3, 0.0, 0.3, 60.0] {
                    let b = Balance::of(&l, v, fy::HORIZON);
                    for w in [b.words(lang), b.words_of(lang), b.cumulative_words(lang)] {
                        assert!(!w.contains('−') && !w.contains('+'), "{w}");
                        assert!(crate::tr::in_script(lang, &w), "{w}");
                    }
                }
            }
        }
    }

    #[test]
    fn rupee_amounts_are_read_in_their_own_unit() {
        let ok = rupees_in_their_own_unit;
        assert!(ok("₹4.89\u{a0}lakh\u{a0}crore and ₹4000\u{a0}crore"));
        assert!(ok("₹4.89\u{a0}lakh\u{a0}crore and ₹39720\u{a0}crore"));
        assert!(ok("₹4.89\u{a0}lakh\u{a0}crore and ₹39,720\u{a0}crore"));
        assert!(ok("₹1.00\u{a0}lakh\u{a0}crore and ₹99,940\u{a0}crore"));
        assert!(!ok("₹0.40\u{a0}lakh\u{a0}crore"));
        assert!(!ok("₹4.89\u{a0}lakh\u{a0}crore and ₹1,20,000\u{a0}crore"));
        assert!(ok(
            "₹4.89\u{a0}लाख\u{a0}करोड़ और ₹39720\u{a0}करोड़; 12\u{a0}लाख बैरल"
        ));
        assert!(!ok("₹0.40\u{a0}लाख\u{a0}करोड़"));
        assert!(!ok("₹100000\u{a0}करोड़"));
        assert!(ok("4.89\u{a0}трлн рупий и 40\u{a0}млрд рупий"));
        assert!(ok("4.89\u{a0}трлн рупий и 397\u{a0}млрд рупий"));
        assert!(!ok("на 0.40\u{a0}трлн рупий"));
        assert!(!ok("4.89\u{a0}трлн рупий и 1200\u{a0}млрд рупий"));
        assert!(ok("10.40\u{a0}трлн рупий и 397\u{a0}млрд рупий"));
    }

    #[test]
    fn the_target_is_in_rupees_too_when_the_reader_chose_rupees() {
        assert_eq!(
            target_amount(&loc(Lang::En, Currency::Usd), 100.0),
            "US$\u{a0}100\u{a0}bn"
        );
        let inr = target_amount(&loc(Lang::En, Currency::Inr), 100.0);
        assert!(
            inr.starts_with("US$\u{a0}100\u{a0}bn (₹") && inr.ends_with("lakh\u{a0}crore)"),
            "{inr}"
        );
        let ru = target_amount(&loc(Lang::Ru, Currency::Inr), 100.0);
        assert!(ru.ends_with("трлн рупий)"), "{ru}");
        for lang in Lang::ALL {
            for r in [
                Reference::Year(2025),
                Reference::CurrentTrends,
                Reference::Pinned,
            ] {
                let words = r.against(lang);
                assert!(
                    Reference::names(lang).iter().any(|n| words.contains(n)),
                    "{words}"
                );
            }
        }
    }
}
