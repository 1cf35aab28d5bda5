//! The project's own notes on the data file's figures (every row tagged EST: how we worked a
//! figure out) in the reader's language. The file writes them in English; a note here carries
//! the file's English text verbatim beside its Hindi and Russian, so a changed note in the file
//! no longer matches (and the test below says which). Published sources the file quotes stay
//! English, marked as such on the page.

use crate::data::Datum;
use crate::tr::{Lang, Tr};

/// A figure's source as the page shows it in a language, and whether it is the data file's
/// English (`true`: mark it `lang="en"`, as a text set as the file has it): the project's own note
/// translated, or the published source quoted in English.
pub fn source_in(d: &Datum, lang: Lang) -> (&'static str, bool) {
    match own_note(d) {
        Some(t) => (t.get(lang), lang == Lang::En),
        None => (d.source, true),
    }
}

/// The project's own note for a figure, when the file's source is one (and still the text
/// translated here).
pub fn own_note(d: &Datum) -> Option<Tr> {
    OWN_NOTES
        .iter()
        .find(|(k, t)| *k == d.key && t.en == d.source)
        .map(|(_, t)| *t)
}

/// The data file's key and its own note in three languages.
pub const OWN_NOTES: &[(&str, Tr)] = &[
    (
        "rate.inr",
        Tr::new(
            "Our assumption for every projected year: the mean of the RBI reference rate's monthly averages for April–July 2026 (93.62, 95.43, 94.93, 95.64, from its weekly readings in RBI's Reference Rate Archive, compiled in herrrickshaw/mospi-dataset-analysis-public), the latest months published; the reader can change it",
            "हमारी धारणा, हर प्रक्षेपित वर्ष के लिए: अप्रैल–जुलाई 2026 में भारतीय रिज़र्व बैंक (RBI) की संदर्भ दर के मासिक औसतों का औसत (93.62, 95.43, 94.93, 95.64, RBI के संदर्भ दर अभिलेख की साप्ताहिक दरों से, एक सार्वजनिक डेटासेट में संकलित), यानी प्रकाशित नवीनतम महीने; पाठक इसे बदल सकते हैं",
            "Наше допущение для каждого прогнозного года: среднее из месячных средних справочного курса Резервного банка Индии за апрель–июль 2026\u{a0}г. (93,62; 95,43; 94,93; 95,64 — по еженедельным значениям из архива справочного курса РБИ, собранным в открытом наборе данных), последние опубликованные месяцы; читатель может его изменить",
        ),
    ),
    (
        "export.pharma.tariff",
        Tr::new(
            "Our estimate: most medicines enter the EAEU at 0–5 %; midpoint rounded down for duty-free items",
            "हमारा आकलन: ज़्यादातर दवाइयों पर यूरेशियाई आर्थिक संघ (EAEU) में 0–5% शुल्क लगता है; शुल्क-मुक्त वस्तुओं के कारण बीच का मान नीचे की ओर पूर्णांकित",
            "Наша оценка: большинство лекарств ввозится в ЕАЭС по ставкам 0–5\u{a0}%; середина диапазона округлена вниз с учётом беспошлинных позиций",
        ),
    ),
    (
        "export.engineering.tariff",
        Tr::new(
            "EAEU trade-weighted average on non-agricultural goods (Kofner 2019) applied to the sector",
            "गैर-कृषि वस्तुओं पर यूरेशियाई आर्थिक संघ (EAEU) का व्यापार-भारित औसत शुल्क (कोफ़नर, 2019), इस क्षेत्र पर लागू",
            "Средневзвешенная по торговле пошлина ЕАЭС на несельскохозяйственные товары (Кофнер, 2019), применённая к отрасли",
        ),
    ),
    (
        "export.electronics.tariff",
        Tr::new(
            "Our estimate: Russia applies low, IT-agreement-style duties to most electronics since joining the WTO",
            "हमारा आकलन: विश्व व्यापार संगठन (WTO) में शामिल होने के बाद से रूस ज़्यादातर इलेक्ट्रॉनिक्स पर सूचना प्रौद्योगिकी समझौते जैसे कम शुल्क लगाता है",
            "Наша оценка: после вступления в ВТО Россия применяет к большей части электроники низкие пошлины в духе Соглашения о торговле продукцией информационных технологий",
        ),
    ),
    (
        "export.marine.tariff",
        Tr::new(
            "Our estimate: EAEU duties on fish and crustaceans are mostly 5–10 % (e.g. frozen herring 3 %, lobster 5 %)",
            "हमारा आकलन: मछली और क्रस्टेशियन पर यूरेशियाई आर्थिक संघ (EAEU) के शुल्क ज़्यादातर 5–10% हैं (जैसे जमी हुई हेरिंग 3%, लॉबस्टर 5%)",
            "Наша оценка: пошлины ЕАЭС на рыбу и ракообразных в основном 5–10\u{a0}% (например, мороженая сельдь — 3\u{a0}%, омары — 5\u{a0}%)",
        ),
    ),
    (
        "export.other.tariff",
        Tr::new(
            "Our estimate: the EAEU's trade-weighted duties by HS group for 2021 (Russian government programme, Annex 4, Garant document 72066310: HS 25–27 4.0 %, 27 4.4, 28–40 11.4, 41–43 5.5, 44–49 7.3, 50–67 10.3, 71 6.4; 4.5 on all goods for chapters it does not list, 38 % of the value), weighted by India's FY2025-26 exports to Russia in each chapter of the sector (TradeStat)",
            "हमारा आकलन: 2021 के लिए HS समूहों के अनुसार यूरेशियाई आर्थिक संघ (EAEU) के व्यापार-भारित शुल्क (रूसी सरकार का कार्यक्रम, परिशिष्ट 4, गारंट दस्तावेज़ 72066310: HS 25–27 पर 4.0%, 27 पर 4.4, 28–40 पर 11.4, 41–43 पर 5.5, 44–49 पर 7.3, 50–67 पर 10.3, 71 पर 6.4; जिन अध्यायों का उल्लेख नहीं, उन पर सभी वस्तुओं का 4.5, यानी मूल्य का 38%), इस क्षेत्र के हर अध्याय में वित्त\u{a0}वर्ष\u{a0}2025\u{2011}26 में रूस को भारत के निर्यात से भारित (TradeStat)",
            "Наша оценка: средневзвешенные пошлины ЕАЭС по укрупнённым группам ТН ВЭД за 2021\u{a0}г. (государственная программа России, приложение\u{a0}4, документ «Гаранта» 72066310: ТН ВЭД 25–27 — 4,0\u{a0}%, 27 — 4,4, 28–40 — 11,4, 41–43 — 5,5, 44–49 — 7,3, 50–67 — 10,3, 71 — 6,4; для неназванных групп, на которые приходится 38\u{a0}% стоимости, — 4,5\u{a0}% в среднем по всем товарам), усреднённые с весами экспорта Индии в Россию в 2025/26\u{a0}фин.\u{a0}г. по группам отрасли (TradeStat)",
        ),
    ),
    (
        "export.engineering.market",
        Tr::new(
            "Our estimate: machinery and transport equipment were about half of Russia's goods imports before 2022 (Federal Customs Service, Jan 2021) and imports were US$ 285.1 bn in 2023 (Federal Customs Service via Agenzia Nova, 17 Feb 2024); less electronics, plus metals",
            "हमारा आकलन: 2022 से पहले रूस के माल आयात में मशीनरी और परिवहन उपकरण लगभग आधे थे (संघीय सीमा शुल्क सेवा, जनवरी 2021) और 2023 में आयात 285.1\u{a0}अरब\u{a0}डॉलर था (संघीय सीमा शुल्क सेवा, इतालवी एजेंसी नोवा के हवाले से, 17 फ़रवरी 2024); इलेक्ट्रॉनिक्स घटाकर, धातुएँ जोड़कर",
            "Наша оценка: до 2022\u{a0}г. машины и транспортное оборудование составляли около половины импорта товаров в Россию (ФТС, январь 2021\u{a0}г.), а импорт в 2023\u{a0}г. — 285,1\u{a0}млрд\u{a0}долл. (ФТС по сообщению итальянского агентства «Нова», 17\u{a0}февраля 2024\u{a0}г.); без электроники, с металлами",
        ),
    ),
    (
        "export.electronics.market",
        Tr::new(
            "Our estimate: about a third of Russia's machinery imports (see engineering), electrical and electronic goods",
            "हमारा आकलन: रूस के मशीनरी आयात का लगभग एक-तिहाई (देखें इंजीनियरिंग), बिजली और इलेक्ट्रॉनिक सामान",
            "Наша оценка: около трети импорта машин в Россию (см. машины и оборудование) — электротехника и электроника",
        ),
    ),
    (
        "export.chemicals.market",
        Tr::new(
            "Our estimate: chemicals were about a fifth of Russia's imports before 2022 (Federal Customs Service, Jan 2021); of US$ 285.1 bn (2023), less pharma and rubber",
            "हमारा आकलन: 2022 से पहले रूस के आयात में रसायन लगभग पाँचवाँ हिस्सा थे (संघीय सीमा शुल्क सेवा, जनवरी 2021); 285.1\u{a0}अरब\u{a0}डॉलर (2023) में से, दवाइयाँ और रबर घटाकर",
            "Наша оценка: до 2022\u{a0}г. химия составляла около пятой части импорта России (ФТС, январь 2021\u{a0}г.); от 285,1\u{a0}млрд\u{a0}долл. (2023\u{a0}г.), без фармацевтики и резины",
        ),
    ),
    (
        "export.other.market",
        Tr::new(
            "Our estimate: the rest of Russia's US$ 285.1 bn of goods imports in 2023 (Federal Customs Service via Agenzia Nova, 17 Feb 2024)",
            "हमारा आकलन: 2023 में रूस के 285.1\u{a0}अरब\u{a0}डॉलर के माल आयात का बाक़ी हिस्सा (संघीय सीमा शुल्क सेवा, इतालवी एजेंसी नोवा के हवाले से, 17 फ़रवरी 2024)",
            "Наша оценка: остальная часть импорта товаров в Россию в 285,1\u{a0}млрд\u{a0}долл. в 2023\u{a0}г. (ФТС по сообщению итальянского агентства «Нова», 17\u{a0}февраля 2024\u{a0}г.)",
        ),
    ),
    (
        "import.crude.FY2025-26",
        Tr::new(
            "Our estimate: 1.625 mb/d (Kpler, see the crude volume) × 365 days × US$ 66.81 a barrel (India's average crude import price April–September 2025, US$ 68.31, PPAC, less the Russian discount of US$ 1.50)",
            "हमारा आकलन: 16.25\u{a0}लाख बैरल प्रतिदिन (Kpler, देखें कच्चे तेल की मात्रा) × 365 दिन × 66.81\u{a0}डॉलर प्रति बैरल (अप्रैल–सितंबर 2025 में भारत के कच्चे तेल के आयात की औसत कीमत 68.31\u{a0}डॉलर, PPAC, में से 1.50\u{a0}डॉलर की रूसी छूट घटाकर)",
            "Наша оценка: 1,625\u{a0}млн\u{a0}барр./сут. (Kpler, см. объём нефти) × 365\u{a0}дней × 66,81\u{a0}долл. за баррель (средняя цена импорта нефти в Индию в апреле–сентябре 2025\u{a0}г. — 68,31\u{a0}долл., PPAC, минус российская скидка 1,50\u{a0}долл.)",
        ),
    ),
    (
        "import.other_fuels.FY2025-26",
        Tr::new(
            "TradeStat chapter 27 (US$ 47,824.90 m) minus our estimate of crude oil, FY2025-26, data release 2026-07",
            "TradeStat में अध्याय 27 (47.82\u{a0}अरब\u{a0}डॉलर) में से कच्चे तेल का हमारा आकलन घटाकर, वित्त\u{a0}वर्ष\u{a0}2025\u{2011}26 (जुलाई\u{a0}2026 का डेटा संस्करण)",
            "Группа 27 по TradeStat (47\u{a0}824,90\u{a0}млн\u{a0}долл.) за вычетом нашей оценки по нефти, 2025/26\u{a0}фин.\u{a0}г., выпуск данных 2026-07",
        ),
    ),
    (
        "import.precious.tariff",
        Tr::new(
            "Our estimate: rough diamonds enter duty-free, gold and silver at 6 % since July 2024",
            "हमारा आकलन: कच्चे हीरे शुल्क-मुक्त आते हैं, सोना और चाँदी जुलाई 2024 से 6% पर",
            "Наша оценка: необработанные алмазы ввозятся беспошлинно, золото и серебро — по ставке 6\u{a0}% с июля 2024\u{a0}г.",
        ),
    ),
    (
        "import.other_fuels.elasticity",
        Tr::new(
            "Our estimate: fuel demand responds little to price in the short run (petrol −0.19 short run, −0.42 long run, Shaw 2020), though coal and products can switch supplier",
            "हमारा आकलन: अल्पावधि में ईंधन की माँग कीमत पर कम प्रतिक्रिया करती है (पेट्रोल: अल्पावधि में −0.19, दीर्घावधि में −0.42, शॉ 2020), हालाँकि कोयला और पेट्रोलियम उत्पाद आपूर्तिकर्ता बदल सकते हैं",
            "Наша оценка: в краткосрочном периоде спрос на топливо слабо реагирует на цену (бензин: −0,19 в краткосрочном, −0,42 в долгосрочном периоде, Шоу, 2020), хотя уголь и нефтепродукты могут сменить поставщика",
        ),
    ),
    (
        "import.fertilisers.elasticity",
        Tr::new(
            "Our estimate: subsidised fertiliser demand responds little to import prices",
            "हमारा आकलन: सब्सिडी वाले उर्वरकों की माँग आयात कीमतों पर कम प्रतिक्रिया करती है",
            "Наша оценка: спрос на субсидируемые удобрения слабо реагирует на цены импорта",
        ),
    ),
    (
        "crude.price",
        Tr::new(
            "India's average price for imported crude, April–September 2025 (PPAC Ready Reckoner, Table 8.24), used for the whole year",
            "अप्रैल–सितंबर 2025 में आयातित कच्चे तेल के लिए भारत की औसत कीमत (PPAC Ready Reckoner, तालिका 8.24), पूरे वर्ष के लिए मानी गई",
            "Средняя цена импортной нефти для Индии в апреле–сентябре 2025\u{a0}г. (PPAC Ready Reckoner, таблица 8.24), принятая для всего года",
        ),
    ),
    (
        "growth.other_imports",
        Tr::new(
            "Growth of imports from Russia other than crude, FY2024-25 to FY2025-26 (US$ 15.66 bn to 15.74 bn: official totals less the crude figures above, one of which is our estimate)",
            "वित्त\u{a0}वर्ष\u{a0}2024\u{2011}25 से 2025\u{2011}26 तक कच्चे तेल के अलावा रूस से आयात की वृद्धि (15.66 से 15.74\u{a0}अरब\u{a0}डॉलर: आधिकारिक कुल आँकड़ों में से ऊपर दिए कच्चे तेल के आँकड़े घटाकर, जिनमें से एक हमारा आकलन है)",
            "Рост импорта из России, кроме нефти, с 2024/25 по 2025/26\u{a0}фин.\u{a0}г. (с 15,66 до 15,74\u{a0}млрд\u{a0}долл.: официальные итоги за вычетом приведённых выше данных по нефти, одно из которых — наша оценка)",
        ),
    ),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Tag;

    #[test]
    fn every_note_of_ours_reads_in_the_readers_language() {
        let b = crate::baseline().unwrap();
        for d in b.rows.iter().filter(|d| d.tag == Tag::Est) {
            let note = own_note(d);
            assert!(
                note.is_some(),
                "{} (EST, line {}): its note is ours, so it needs Hindi and Russian here: {}",
                d.key,
                d.line,
                d.source
            );
            for lang in [Lang::Hi, Lang::Ru] {
                let (text, english) = source_in(d, lang);
                assert!(
                    !english && crate::tr::in_script(lang, text),
                    "{}: {text}",
                    d.key
                );
            }
        }
        // a published source stays as published, marked English
        let official = b.rows.iter().find(|d| d.tag == Tag::Off).unwrap();
        assert_eq!(source_in(official, Lang::Ru), (official.source, true));
        // and no note here is left over for a row the file no longer has in these words
        for (k, t) in OWN_NOTES {
            assert!(
                b.rows.iter().any(|d| d.key == *k && d.source == t.en),
                "{k}: the file's note changed; translate it again"
            );
        }
    }
}
