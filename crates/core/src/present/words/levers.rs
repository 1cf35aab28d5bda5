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
                let n = v.round().max(0.0) as u64;
                match lang {
                    Lang::En if n == 1 => "1\u{a0}year".into(),
                    Lang::En => format!("{n}\u{a0}years"),
                    Lang::Hi => format!("{n}\u{a0}वर्ष"),
                    Lang::Ru => format!("{n}\u{a0}{}", ru_plural(n, "год", "года", "лет")),
                }
            }
            // the number never parted from its unit at a line's end
            _ => format!(
                "{}\u{a0}{}",
                loc.num(v, self.shown_decimals(v)),
                self.unit.get(lang)
            ),
        }
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

    /// The range for people, in English: "−50 to 20 % a year", "FY2026-27 to FY2030-31".
    pub fn display_range(&self) -> String {
        self.display_range_in(&Loc::english())
    }

    /// The range in the reader's language.
    pub fn display_range_in(&self, loc: &Loc) -> String {
        let lang = loc.lang;
        let (a, b) = match self.kind {
            LeverKind::FiscalYear => (
                self.display_in(loc, self.min),
                self.display_in(loc, self.max),
            ),
            LeverKind::Years => (loc.num(self.min, 0), self.display_in(loc, self.max)),
            LeverKind::StopYear => (loc.fy(self.min as i32), self.display_in(loc, self.max)),
            _ => {
                let d = |v: f64| loc.num(v, self.shown_decimals(v));
                (
                    d(self.min),
                    format!("{}\u{a0}{}", d(self.max), self.unit.get(lang)),
                )
            }
        };
        crate::tr::tidy(pick(
            lang,
            format!("{a} to {b}"),
            format!("{a} से {b}"),
            format!("от {a} до {b}"),
        ))
    }

    /// Characters of the widest text the lever's value can show in a language (so a slider's
    /// output never changes width while dragging).
    pub fn widest(&self, loc: &Loc) -> usize {
        let steps = ((self.max - self.min) / self.step).round().max(0.0) as usize;
        (0..=steps)
            .map(|k| self.min + k as f64 * self.step)
            .map(|v| self.display_in(loc, v).chars().count())
            .max()
            .unwrap_or(0)
    }
}
