//! The levers in the page's words: a value with its unit, a range, a label with its years, in the
//! reader's language and number conventions (the lever table itself is `model::levers`).

use crate::model::levers::{Lever, LeverKind};
use crate::present::format::{fy_label, Loc};
use crate::tr::{pick, ru_plural, Lang, Tr};

impl Lever {
    /// The value with its unit for people, in English: typographic minus ("−10 % a year",
    /// "FY2027-28"). The command line's and the JSON's words.
    pub fn display(&self, v: f64) -> String {
        self.display_in(&Loc::english(), v)
    }

    /// The value with its unit in the reader's language and number conventions.
    pub fn display_in(&self, loc: &Loc, v: f64) -> String {
        let lang = loc.lang;
        match self.kind {
            LeverKind::FiscalYear => loc.fy(v as i32),
            LeverKind::StopYear if v >= self.max => {
                pick(lang, "never", "कभी नहीं", "никогда").into()
            }
            LeverKind::StopYear => {
                let y = loc.fy(v as i32);
                crate::tr::tidy(pick(
                    lang,
                    format!("from {y}"),
                    format!("{y} से"),
                    format!("с {y}"),
                ))
            }
            LeverKind::Years => {
                let (n, t) = (v.round().max(0.0) as u64, loc.spaces.joint());
                match lang {
                    Lang::En if n == 1 => format!("1{t}year"),
                    Lang::En => format!("{n}{t}years"),
                    Lang::Hi => format!("{n}{t}वर्ष"),
                    Lang::Ru => format!("{n}{t}{}", ru_plural(n, "год", "года", "лет")),
                }
            }
            _ => self.amount_in(loc, v, self.shown_decimals(v)),
        }
    }

    /// A number in the lever's unit with `decimals` decimals, as the reader's press writes it:
    /// the number never parted from its unit at a line's end; Hindi sets "%" close to the
    /// number ("8.4% सालाना") and counts crude in lakh barrels a day ("12 लाख बैरल प्रतिदिन",
    /// not "1.2 मिलियन").
    pub fn amount_in(&self, loc: &Loc, v: f64, decimals: usize) -> String {
        // none is "शून्य": Hindi never writes "0 लाख" (a range still runs "0 से 25 लाख …")
        if loc.lang == Lang::Hi && self.unit.en == "mb/d" && v == 0.0 {
            return "शून्य".into();
        }
        let (number, joint, unit) = self.amount_parts(loc, v, decimals);
        format!("{number}{joint}{unit}")
    }

    /// The number, what joins it to its unit and the unit (see `amount_in`).
    fn amount_parts(
        &self,
        loc: &Loc,
        v: f64,
        decimals: usize,
    ) -> (String, &'static str, &'static str) {
        let unit = self.unit.get(loc.lang);
        if loc.lang == Lang::Hi && self.unit.en == "mb/d" {
            let lakh = loc.num(v * 10.0, decimals.saturating_sub(1));
            return (lakh, loc.spaces.joint(), "लाख बैरल प्रतिदिन");
        }
        let joint = if loc.lang == Lang::Hi && unit.starts_with('%') {
            ""
        } else {
            loc.spaces.joint()
        };
        (loc.num(v, decimals), joint, unit)
    }

    /// Decimals a value shows with: the step's, or the value's own where it lies between steps
    /// (a default from the data file, 68.31).
    fn shown_decimals(&self, v: f64) -> usize {
        self.format(v).split('.').nth(1).map_or(0, str::len)
    }

    /// A lever's label or help with its years filled in, in English ("Russian crude bought in
    /// FY2026-27").
    pub fn words(text: Tr, base_year: i32) -> String {
        Lever::words_in(Lang::En, text, base_year)
    }

    /// The same in a language.
    pub fn words_in(lang: Lang, text: Tr, base_year: i32) -> String {
        crate::tr::tidy(
            text.get(lang)
                .replace("{next}", &fy_label(lang, base_year + 1))
                .replace("{base}", &fy_label(lang, base_year)),
        )
    }

    /// The range for people, in English, for data of a base year: "−50 to 20 % a year",
    /// "FY2026-27 to FY2030-31".
    pub fn display_range(&self, base_year: i32) -> String {
        self.display_range_in(&Loc::english(), base_year)
    }

    /// The range in the reader's language.
    pub fn display_range_in(&self, loc: &Loc, base_year: i32) -> String {
        let lang = loc.lang;
        let min = self.min(base_year);
        let (a, b) = match self.kind {
            // "с 2026/27 по 2030/31 фин. г.", "वित्त वर्ष 2026‑27 से 2030‑31": the years' word once
            LeverKind::FiscalYear | LeverKind::StopYear if lang != Lang::En => {
                return crate::tr::tidy(self.years_range_in(lang, min));
            }
            LeverKind::FiscalYear => (self.display_in(loc, min), self.display_in(loc, self.max)),
            LeverKind::Years => (loc.num(min, 0), self.display_in(loc, self.max)),
            LeverKind::StopYear => (loc.fy(min as i32), self.display_in(loc, self.max)),
            _ => {
                let decimals = |v: f64| self.shown_decimals(v);
                let (min, _, _) = self.amount_parts(loc, min, decimals(min));
                (min, self.amount_in(loc, self.max, decimals(self.max)))
            }
        };
        crate::tr::tidy(pick(
            lang,
            format!("{a} to {b}"),
            format!("{a} से {b}"),
            format!("от {a} до {b}"),
        ))
    }

    /// A range of years in Hindi or Russian, the years' word written once; a stop year's range
    /// ends in its "never": "с 2026/27 по 2030/31 фин. г. или «никогда»".
    fn years_range_in(&self, lang: Lang, min: f64) -> String {
        let short = |y: i32| {
            let next = (y + 1).rem_euclid(100);
            match lang {
                Lang::Ru => format!("{y}/{next:02}"),
                _ => format!("{y}\u{2011}{next:02}"),
            }
        };
        let stop = self.kind == LeverKind::StopYear;
        let last = if stop { self.max - 1.0 } else { self.max } as i32;
        let (a, b) = (short(min as i32), short(last));
        match (lang, stop) {
            (Lang::Ru, false) => format!("с {a} по {b}\u{a0}фин.\u{a0}г."),
            (Lang::Ru, true) => format!("с {a} по {b}\u{a0}фин.\u{a0}г. или «никогда»"),
            (_, false) => format!("वित्त\u{a0}वर्ष\u{a0}{a} से {b}"),
            (_, true) => format!("वित्त\u{a0}वर्ष\u{a0}{a} से {b}, या “कभी नहीं”"),
        }
    }

    /// Characters of the widest text the lever's value can show in a language (so a slider's
    /// output never changes width while dragging), for data of a base year.
    pub fn widest(&self, loc: &Loc, base_year: i32) -> usize {
        let min = self.min(base_year);
        let steps = ((self.max - min) / self.step).round().max(0.0) as usize;
        (0..=steps)
            .map(|k| min + k as f64 * self.step)
            .map(|v| self.display_in(loc, v).chars().count())
            .max()
            .unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use crate::link::notice::{Notice, Target};
    use crate::model::levers::lever;
    use crate::present::format::Loc;
    use crate::tr::Lang;

    fn loc(lang: Lang) -> Loc<'static> {
        Loc {
            lang,
            ..Loc::english()
        }
    }

    #[test]
    fn values_and_ranges_as_the_press_writes_them() {
        let (hi, ru) = (loc(Lang::Hi), loc(Lang::Ru));
        let growth = lever("growth").unwrap();
        // Hindi sets % close to its number
        assert_eq!(growth.display_in(&hi, 8.4), "8.4% सालाना");
        // (digits here are plain: the page's Intl digits write "8,4")
        assert_eq!(growth.display_in(&ru, 8.4), "8.4\u{a0}% в\u{a0}год");
        // Hindi counts crude in lakh barrels a day
        let oil = lever("oil_mbd").unwrap();
        assert_eq!(oil.display_in(&hi, 1.2), "12\u{a0}लाख बैरल प्रतिदिन");
        assert_eq!(oil.display_in(&hi, 1.25), "12.5\u{a0}लाख बैरल प्रतिदिन");
        assert_eq!(
            oil.display_range_in(&hi, 2025),
            "0 से 25\u{a0}लाख बैरल प्रतिदिन"
        );
        // a cut in Russian is "100 %" beside a label that says "Снижение пошлин"
        assert_eq!(
            lever("eaeu_cut").unwrap().display_in(&ru, 100.0),
            "100\u{a0}%"
        );
        // years: the year's word once, and "never" as a choice, not a year
        let stop = lever("oil_stop").unwrap();
        assert_eq!(
            stop.display_range_in(&ru, 2025),
            "с\u{a0}2026/27 по 2030/31\u{a0}фин.\u{a0}г. или «никогда»"
        );
        assert_eq!(
            stop.display_range_in(&hi, 2025),
            "वित्त\u{a0}वर्ष\u{a0}2026\u{2011}27 से 2030\u{2011}31, या “कभी नहीं”"
        );
        assert_eq!(
            lever("start").unwrap().display_range_in(&ru, 2025),
            "с\u{a0}2026/27 по 2030/31\u{a0}фин.\u{a0}г."
        );
        // English as the command line prints it
        assert_eq!(stop.display_range(2025), "FY2026-27 to never");
    }

    #[test]
    fn an_out_of_range_notice_says_what_is_allowed_and_what_was_applied() {
        let n = Notice::OutOfRange {
            key: "oil_stop".into(),
            given: "2040".into(),
            target: Target::Lever(lever("oil_stop").unwrap()),
            used: 2031.0,
            base_year: 2025,
        };
        assert_eq!(
            n.for_page_in(&loc(Lang::Ru)),
            "«oil_stop=2040» — недопустимое значение. Допустимо: с\u{a0}2026/27 по 2030/31\u{a0}фин.\u{a0}г. или «никогда»; применено «никогда»."
        );
        let hi = n.for_page_in(&loc(Lang::Hi));
        assert!(hi.ends_with("इसकी जगह मान “कभी नहीं” लिया गया।"), "{hi}");
        assert!(!hi.contains("इस्तेमाल हुआ"), "{hi}");
    }
}
