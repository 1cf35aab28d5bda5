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

/// The rows named by their whole key, in words.
const NAMED: &[(&str, Tr)] = &[
    (
        "base.year",
        Tr::new(
            "Base year: the latest year with official figures",
            "आधार वर्ष: आधिकारिक आँकड़ों वाला सबसे हाल का वर्ष",
            "Базовый год: последний год с официальными данными",
        ),
    ),
    (
        "target.total",
        Tr::new(
            "The two governments' trade target for 2030",
            "2030 के लिए दोनों सरकारों का व्यापार लक्ष्य",
            "Цель двух правительств по товарообороту на 2030\u{a0}год",
        ),
    ),
    (
        "rate.inr",
        Tr::new(
            "Rupees per US$ in the projected years",
            "अनुमानित वर्षों में एक डॉलर के रुपये",
            "Рупий за доллар в прогнозные годы",
        ),
    ),
    (
        "crude.volume",
        Tr::new(
            "Russian crude bought in the base year",
            "आधार वर्ष में ख़रीदा गया रूसी कच्चा तेल",
            "Закупки российской нефти в базовом году",
        ),
    ),
    (
        "crude.price",
        Tr::new(
            "India's average crude import price, base year",
            "कच्चे तेल के आयात की भारत की औसत कीमत, आधार वर्ष",
            "Средняя цена импорта нефти в Индию, базовый год",
        ),
    ),
    (
        "crude.discount",
        Tr::new(
            "Russian crude's discount to that price",
            "उस कीमत पर रूसी कच्चे तेल की छूट",
            "Скидка на российскую нефть к этой цене",
        ),
    ),
    (
        "crude.outlook",
        Tr::new(
            "Russian crude expected in the next year",
            "अगले वर्ष अपेक्षित रूसी कच्चा तेल",
            "Ожидаемые закупки российской нефти в следующем году",
        ),
    ),
    (
        "growth.exports",
        Tr::new(
            "Export growth on current trends",
            "मौजूदा रुझानों पर निर्यात वृद्धि",
            "Рост экспорта при текущих тенденциях",
        ),
    ),
    (
        "growth.other_imports",
        Tr::new(
            "Growth of other imports on current trends",
            "मौजूदा रुझानों पर अन्य आयात की वृद्धि",
            "Рост прочего импорта при текущих тенденциях",
        ),
    ),
    (
        "elasticity.substitution",
        Tr::new(
            "Substitution between suppliers (σ)",
            "आपूर्तिकर्ताओं के बीच प्रतिस्थापन (σ)",
            "Замещение между поставщиками (σ)",
        ),
    ),
];

/// A data-file key in words, in a language.
pub fn figure_in(lang: Lang, key: &str) -> String {
    if let Some((_, words)) = NAMED.iter().find(|(k, _)| *k == key) {
        return words.get(lang).to_string();
    }
    let parts: Vec<&str> = key.split('.').collect();
    let named = match parts[..] {
        ["actual", year, what] => actual_words(lang, year, what),
        ["export", id, what] => sector_words(lang, Flow::Export, id, what),
        ["import", id, what] => sector_words(lang, Flow::Import, id, what),
        _ => None,
    };
    named.unwrap_or_else(|| key.to_string())
}

/// `actual.FY2025-26.exports` and the like: "India's exports to Russia, FY2025-26".
fn actual_words(lang: Lang, year: &str, what: &str) -> Option<String> {
    let t = |en, hi, ru| Tr::new(en, hi, ru).get(lang).to_string();
    let year = fy_label(lang, fy::parse(year)?);
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
}

/// `export.pharma.tariff` and the like: "Pharmaceuticals: EAEU duty on Indian goods".
fn sector_words(lang: Lang, flow: Flow, id: &str, what: &str) -> Option<String> {
    let t = |en, hi, ru| Tr::new(en, hi, ru).get(lang).to_string();
    let name = sector(flow, id)?.label.get(lang);
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
}

/// A figure's unit in words, in a language (the data file writes them in English).
fn unit_in(lang: Lang, unit: &str) -> String {
    match (lang, unit) {
        (Lang::En, u) => u.to_string(),
        (_, "US$ bn") => Tr::new("", "अरब\u{a0}डॉलर", "млрд\u{a0}долл.")
            .get(lang)
            .into(),
        (_, "US$/bbl") => Tr::new("", "डॉलर प्रति बैरल", "долл. за баррель")
            .get(lang)
            .into(),
        (_, "mb/d") => Tr::new("", "मिलियन बैरल/दिन", "млн барр./сут.")
            .get(lang)
            .into(),
        (_, "INR per US$") => Tr::new("", "₹ प्रति डॉलर", "₹ за доллар").get(lang).into(),
        (_, "%/yr") => Tr::new("", "% सालाना", "% в год").get(lang).into(),
        (_, "fiscal year") => Tr::new("", "वित्त\u{a0}वर्ष", "финансовый год")
            .get(lang)
            .into(),
        (_, u) => u.to_string(),
    }
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
    format!(
        "{}\u{a0}{}",
        loc.num(d.value, decimals),
        unit_in(loc.lang, d.unit)
    )
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
            "Рупий за доллар, в среднем за год, 2017/18\u{a0}фин.\u{a0}г."
        );
    }
}

/// What each sector's or group's HS chapters hold, in the reader's language, by the data file's
/// key (`export.pharma.hs`); the English is the data file's own words.
pub fn chapters_description(key: &str) -> Option<Tr> {
    Some(match key {
        "export.pharma.hs" => Tr::new(
            "Pharmaceutical products",
            "दवाइयाँ और औषधि उत्पाद",
            "Фармацевтическая продукция",
        ),
        "export.engineering.hs" => Tr::new(
            "Iron and steel, base metals and their articles, machinery, vehicles, aircraft, ships and instruments",
            "लोहा और इस्पात, आधार धातुएँ और उनसे बनी वस्तुएँ, मशीनरी, वाहन, विमान, जहाज़ और उपकरण",
            "Чёрные и цветные металлы и изделия из них, машины и оборудование, транспортные средства, самолёты, суда и приборы",
        ),
        "export.electronics.hs" => Tr::new(
            "Electrical machinery and electronics, smartphones included",
            "बिजली की मशीनरी और इलेक्ट्रॉनिक्स, स्मार्टफ़ोन सहित",
            "Электрические машины и электроника, включая смартфоны",
        ),
        "export.chemicals.hs" => Tr::new(
            "Inorganic and organic chemicals, dyes, cosmetics, soaps, other chemical products and plastics (not pharmaceuticals or fertilisers)",
            "अकार्बनिक और कार्बनिक रसायन, रंग, सौंदर्य प्रसाधन, साबुन, अन्य रासायनिक उत्पाद और प्लास्टिक (दवाइयाँ और उर्वरक नहीं)",
            "Неорганическая и органическая химия, красители, косметика, мыло, прочая химическая продукция и пластмассы (без лекарств и удобрений)",
        ),
        "export.agri_food.hs" => Tr::new(
            "Food, drink, tobacco and farm products other than fish",
            "खाद्य पदार्थ, पेय, तंबाकू और मछली के अलावा कृषि उत्पाद",
            "Продовольствие, напитки, табак и сельхозпродукция, кроме рыбы",
        ),
        "export.marine.hs" => Tr::new("Fish and seafood", "मछली और समुद्री खाद्य", "Рыба и морепродукты"),
        "export.other.hs" => Tr::new(
            "Every other chapter: ceramics, clothing, footwear, rubber, textiles, paper, leather and the rest",
            "बाकी सभी अध्याय: सिरेमिक, कपड़े, जूते, रबर, वस्त्र, कागज़, चमड़ा आदि",
            "Все остальные группы: керамика, одежда, обувь, резина, текстиль, бумага, кожа и прочее",
        ),
        "import.crude.hs" => Tr::new("Crude petroleum", "कच्चा तेल", "Сырая нефть"),
        "import.other_fuels.hs" => Tr::new(
            "Coal, petroleum products and other mineral fuels (chapter 27 without crude)",
            "कोयला, पेट्रोलियम उत्पाद और अन्य खनिज ईंधन (कच्चे तेल के बिना अध्याय 27)",
            "Уголь, нефтепродукты и прочее минеральное топливо (группа 27 без сырой нефти)",
        ),
        "import.fertilisers.hs" => Tr::new("Fertilisers", "उर्वरक", "Удобрения"),
        "import.veg_oils.hs" => Tr::new(
            "Animal and vegetable fats and oils, mostly sunflower oil",
            "पशु और वनस्पति वसा और तेल, ज़्यादातर सूरजमुखी तेल",
            "Животные и растительные жиры и масла, в основном подсолнечное масло",
        ),
        "import.precious.hs" => Tr::new(
            "Pearls, precious stones and metals",
            "मोती, कीमती पत्थर और धातुएँ",
            "Жемчуг, драгоценные камни и металлы",
        ),
        "import.other.hs" => Tr::new(
            "Every other chapter: project goods, iron and steel, machinery, minerals, paper, vegetables and the rest",
            "बाकी सभी अध्याय: परियोजना का सामान, लोहा और इस्पात, मशीनरी, खनिज, कागज़, सब्ज़ियाँ आदि",
            "Все остальные группы: комплектное оборудование для проектов, чёрные металлы, машины, минералы, бумага, овощи и прочее",
        ),
        _ => return None,
    })
}

#[cfg(test)]
mod chapter_words {
    use super::*;

    #[test]
    fn every_sector_s_chapters_are_described_in_every_language_as_the_data_file_says() {
        let b = crate::baseline().unwrap();
        for d in &b.definitions {
            let key = format!("{}.{}.hs", d.flow.prefix(), d.flow.sectors()[d.sector].id);
            let words = chapters_description(&key).unwrap_or_else(|| panic!("{key}"));
            assert_eq!(
                words.en, d.description,
                "{key}: the English is the data file's"
            );
            assert!(!words.hi.is_empty() && !words.ru.is_empty());
        }
    }
}
