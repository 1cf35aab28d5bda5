//! What each row of the data file is, in words (the sources panel, the sources CSV): readers see
//! "Pharmaceuticals: EAEU duty", not the data file's key. The page says it in the reader's
//! language; the CSV in English.

use crate::data::{Flow, Sector, EXPORT_SECTORS, IMPORT_GROUPS};
use crate::fy;
use crate::present::format::{fy_label, Loc};
use crate::tr::{Lang, Tr};

fn sector(flow: Flow, id: &str) -> Option<&'static Sector> {
    let list: &'static [Sector] = match flow {
        Flow::Export => &EXPORT_SECTORS,
        Flow::Import => &IMPORT_GROUPS,
    };
    list.iter().find(|s| s.id == id)
}

/// A data-file key in English words; the key itself if it is not one this function knows.
pub fn figure(key: &str) -> String {
    figure_in(Lang::En, key)
}

/// A data-file key in words, in a language.
pub fn figure_in(lang: Lang, key: &str) -> String {
    let t = |en, hi, ru| Tr::new(en, hi, ru).get(lang).to_string();
    let parts: Vec<&str> = key.split('.').collect();
    let named = match parts[..] {
        ["base", "year"] => Some(t(
            "Base year: the latest year with official figures",
            "आधार वर्ष: आधिकारिक आँकड़ों वाला सबसे हाल का वर्ष",
            "Базовый год: последний год с официальными данными",
        )),
        ["target", "total"] => Some(t(
            "The two governments' trade target for 2030",
            "2030 के लिए दोनों सरकारों का व्यापार लक्ष्य",
            "Цель двух правительств по товарообороту на 2030 год",
        )),
        ["rate", "inr"] => Some(t(
            "Rupees per US$ in the projected years",
            "अनुमानित वर्षों में एक डॉलर के रुपये",
            "Рупий за доллар в прогнозные годы",
        )),
        ["actual", year, what] => fy::parse(year).and_then(|y| {
            let year = fy_label(lang, y);
            let what = match what {
                "total" => t("Total trade", "कुल व्यापार", "Товарооборот"),
                "exports" => t(
                    "India's exports to Russia",
                    "रूस को भारत का निर्यात",
                    "Экспорт Индии в Россию",
                ),
                "imports" => t(
                    "India's imports from Russia",
                    "रूस से भारत का आयात",
                    "Импорт Индии из России",
                ),
                "inr" => t(
                    "Rupees per US$, the year's average",
                    "एक डॉलर के रुपये, वर्ष का औसत",
                    "Рупий за доллар, в среднем за год",
                ),
                _ => return None,
            };
            Some(format!("{what}, {year}"))
        }),
        ["export", id, what] | ["import", id, what] => {
            let flow = if parts[0] == "export" {
                Flow::Export
            } else {
                Flow::Import
            };
            sector(flow, id).and_then(|s| {
                let name = s.label.get(lang);
                let what = match (flow, what) {
                    (_, "hs") => t("HS chapters", "HS अध्याय", "главы ТН ВЭД"),
                    (Flow::Export, "tariff") => t(
                        "EAEU duty on Indian goods",
                        "भारतीय सामान पर EAEU शुल्क",
                        "пошлина ЕАЭС на индийские товары",
                    ),
                    (Flow::Import, "tariff") => t("India's duty", "भारत का शुल्क", "пошлина Индии"),
                    (Flow::Export, "elasticity") => t(
                        "import demand elasticity in Russia",
                        "रूस में आयात माँग की लोच",
                        "эластичность спроса на импорт в России",
                    ),
                    (Flow::Import, "elasticity") => t(
                        "import demand elasticity in India",
                        "भारत में आयात माँग की लोच",
                        "эластичность спроса на импорт в Индии",
                    ),
                    (Flow::Export, "market") => t(
                        "Russia's whole import market",
                        "रूस का पूरा आयात बाज़ार",
                        "весь импортный рынок России",
                    ),
                    (Flow::Export, y) => {
                        let y = fy::parse(y).map(|y| fy_label(lang, y))?;
                        format!("{}, {y}", t("exports", "निर्यात", "экспорт"))
                    }
                    (Flow::Import, y) => {
                        let y = fy::parse(y).map(|y| fy_label(lang, y))?;
                        format!("{}, {y}", t("imports", "आयात", "импорт"))
                    }
                };
                Some(format!("{name}: {what}"))
            })
        }
        ["crude", "volume"] => Some(t(
            "Russian crude bought in the base year",
            "आधार वर्ष में ख़रीदा गया रूसी कच्चा तेल",
            "Закупки российской нефти в базовом году",
        )),
        ["crude", "price"] => Some(t(
            "India's average crude import price, base year",
            "कच्चे तेल के आयात की भारत की औसत कीमत, आधार वर्ष",
            "Средняя цена импорта нефти в Индию, базовый год",
        )),
        ["crude", "discount"] => Some(t(
            "Russian crude's discount to that price",
            "उस कीमत पर रूसी कच्चे तेल की छूट",
            "Скидка на российскую нефть к этой цене",
        )),
        ["crude", "outlook"] => Some(t(
            "Russian crude expected in the next year",
            "अगले वर्ष अपेक्षित रूसी कच्चा तेल",
            "Ожидаемые закупки российской нефти в следующем году",
        )),
        ["growth", "exports"] => Some(t(
            "Export growth on current trends",
            "मौजूदा रुझानों पर निर्यात वृद्धि",
            "Рост экспорта при текущих тенденциях",
        )),
        ["growth", "other_imports"] => Some(t(
            "Growth of other imports on current trends",
            "मौजूदा रुझानों पर अन्य आयात की वृद्धि",
            "Рост прочего импорта при текущих тенденциях",
        )),
        ["elasticity", "substitution"] => Some(t(
            "Substitution between suppliers (σ)",
            "आपूर्तिकर्ताओं के बीच प्रतिस्थापन (σ)",
            "Замещение между поставщиками (σ)",
        )),
        _ => None,
    };
    named.unwrap_or_else(|| key.to_string())
}

/// A figure's unit in words, in a language (the data file writes them in English).
fn unit_in(lang: Lang, unit: &str) -> String {
    match (lang, unit) {
        (Lang::En, u) => u.to_string(),
        (_, "US$ bn") => Tr::new("", "अरब डॉलर", "млрд долл.").get(lang).into(),
        (_, "US$/bbl") => Tr::new("", "डॉलर प्रति बैरल", "долл. за баррель")
            .get(lang)
            .into(),
        (_, "mb/d") => Tr::new("", "मि. बैरल/दिन", "млн барр./сут.")
            .get(lang)
            .into(),
        (_, "INR per US$") => Tr::new("", "₹ प्रति डॉलर", "₹ за доллар").get(lang).into(),
        (_, "%/yr") => Tr::new("", "% सालाना", "% в год").get(lang).into(),
        (_, "fiscal year") => Tr::new("", "वित्त वर्ष", "финансовый год").get(lang).into(),
        (_, u) => u.to_string(),
    }
}

/// A figure's value with its unit, for people ("3 %", "FY2025-26" for the base year).
pub fn value(d: &crate::data::Datum) -> String {
    if d.key == "base.year" {
        return fy::label(d.value as i32);
    }
    format!("{} {}", d.value, d.unit).trim().to_string()
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
    format!(
        "{} {}",
        loc.num(d.value, decimals),
        unit_in(loc.lang, d.unit)
    )
    .trim()
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
            "Рупий за доллар, в среднем за год, 2017/18 ф. г."
        );
    }
}
