//! What each row of the data file is, in words (the sources panel, the sources CSV): readers see
//! "Pharmaceuticals: EAEU duty", not the data file's key. The page says it in the reader's
//! language; the CSV in English.

use crate::data::inputs::{describe, unit_words};
use crate::fy;
use crate::present::format::{fy_label, Loc};
use crate::tr::Lang;

/// A data-file key in English words; the key itself if it is not one the data file may hold.
pub fn figure(key: &str) -> String {
    figure_in(Lang::En, key)
}

/// A data-file key in words, in a language (the words are the input table's).
pub fn figure_in(lang: Lang, key: &str) -> String {
    let Some(d) = describe(key) else {
        return key.to_string();
    };
    let words = d.words.get(lang);
    let words = match d.year {
        Some(y) => words.replace("{fy}", &fy_label(lang, y)),
        None => words.to_string(),
    };
    crate::tr::tidy(match d.sector {
        Some(name) => format!("{}: {words}", name.get(lang)),
        None => words,
    })
}

/// A figure's unit in words, in a language.
fn unit_in(lang: Lang, unit: &str) -> String {
    unit_words(unit).map_or_else(|| unit.to_string(), |w| w.get(lang).to_string())
}

/// A figure's value with its unit, for people ("3 %", "FY2025-26" for the base year).
pub fn value(d: &crate::data::Datum) -> String {
    if d.key == "base.year" {
        return fy::label(d.value as i32);
    }
    format!("{}\u{a0}{}", d.value, d.unit)
        .trim_end_matches('\u{a0}')
        .to_string()
}

/// The same in the reader's language and number conventions.
pub fn value_in(loc: &Loc, d: &crate::data::Datum) -> String {
    if d.key == "base.year" {
        return loc.fy(d.value as i32);
    }
    if d.key.ends_with(".hs") {
        return d.unit.to_string();
    }
    let text = format!("{}", d.value.abs());
    let decimals = text.split('.').nth(1).map_or(0, str::len);
    // Hindi counts crude in lakh barrels a day ("16.25 लाख बैरल प्रतिदिन"), as the lever does
    if loc.lang == Lang::Hi && d.unit == "mb/d" {
        let lakh = loc.num(d.value * 10.0, decimals.saturating_sub(1));
        return format!("{lakh}\u{a0}लाख बैरल प्रतिदिन");
    }
    let unit = unit_in(loc.lang, d.unit);
    // Hindi sets "%" close to its number ("3%")
    let joint = if loc.lang == Lang::Hi && unit.starts_with('%') {
        ""
    } else {
        "\u{a0}"
    };
    format!("{}{joint}{unit}", loc.num(d.value, decimals))
        .trim_end_matches('\u{a0}')
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_of_the_shipped_file_has_words() {
        let b = crate::baseline().unwrap();
        for d in &b.rows {
            for lang in Lang::ALL {
                let words = figure_in(lang, d.key);
                assert_ne!(words, d.key, "no words for {}", d.key);
                assert!(crate::tr::in_script(lang, &words), "{lang:?}: {words}");
            }
        }
        assert_eq!(
            figure("export.pharma.tariff"),
            "Pharmaceuticals: EAEU duty on Indian goods"
        );
        assert_eq!(figure("actual.FY2017-18.total"), "Total trade, FY2017-18");
        assert_eq!(
            figure("import.crude.FY2025-26"),
            "Crude oil: imports, FY2025-26"
        );
        assert_eq!(
            figure_in(Lang::Ru, "actual.FY2017-18.inr"),
            "Рупий за доллар, в\u{a0}среднем за год, 2017/18\u{a0}фин.\u{a0}г."
        );
    }
}
