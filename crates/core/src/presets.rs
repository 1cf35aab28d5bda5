//! Named, illustrative scenarios, each with what it assumes and the source that motivates it.

use crate::data::Params;
use crate::insight::solve::{solve, Goal};
use crate::model::levers::{lever, sector_lever};
use crate::model::Scenario;
use crate::tr::Tr;

pub struct Preset {
    pub id: &'static str,
    pub name: Tr,
    /// One line: what it assumes.
    pub assumes: Tr,
    /// What motivates it.
    pub source: Tr,
    pub build: fn(&Params) -> Scenario,
}

/// A full FTA: most duties removed both ways, starting FY2027-28, phased over five years.
fn fta(p: &Params) -> Scenario {
    Scenario {
        eaeu_cut: 80.0,
        india_cut: 50.0,
        start_year: 2027.0,
        phase_years: 5.0,
        ..Scenario::baseline(p)
    }
}

pub const PRESETS: &[Preset] = &[
    Preset {
        id: "current",
        name: Tr::new("Current trends", "मौजूदा रुझान", "Текущие тенденции"),
        assumes: Tr::new("Exports grow at their recent official trend, Russian crude stays at the trackers' early-2026 level, other imports grow as in the latest year, no tariff cuts.", "निर्यात हाल के आधिकारिक रुझान से बढ़ेगा, रूसी कच्चा तेल ट्रैकरों के 2026 की शुरुआत वाले स्तर पर रहेगा, अन्य आयात पिछले वर्ष की तरह बढ़ेगा, शुल्क में कोई कटौती नहीं।", "Экспорт будет расти темпами последних лет (по официальным данным), закупки российской нефти останутся на уровне начала 2026 г. (по данным сервисов мониторинга танкерных перевозок), прочий импорт будет расти так же, как в последнем году, пошлины не снизятся."),
        source: Tr::new("Exports FY2021-22 to FY2025-26 (Department of Commerce); Russian crude expected at 1.1–1.3\u{a0}mb/d (Kpler via Bloomberg, Jan 2026).", "वित्त\u{a0}वर्ष\u{a0}2021\u{2011}22 से 2025\u{2011}26 तक का निर्यात (वाणिज्य विभाग); रूसी कच्चे तेल का पूर्वानुमान 11–13\u{a0}लाख बैरल प्रतिदिन (Kpler, Bloomberg के हवाले से, जनवरी 2026)।", "экспорт с 2021/22 по 2025/26\u{a0}фин.\u{a0}г. (Министерство торговли Индии); закупки российской нефти ожидаются на уровне 1,1–1,3\u{a0}млн барр./сут. (данные Kpler, цит. по Bloomberg, январь 2026 г.)."),
        build: Scenario::baseline,
    },
    Preset {
        id: "fta",
        name: Tr::new("An FTA from FY2027-28", "वित्त\u{a0}वर्ष\u{a0}2027\u{2011}28 से मुक्त व्यापार समझौता", "Соглашение о свободной торговле с 2027/28\u{a0}фин.\u{a0}г."),
        assumes: Tr::new("The EAEU removes 80\u{a0}% of its duty on Indian goods and India half of its duty on Russian non-oil goods, phased over five years from FY2027-28.", "वित्त\u{a0}वर्ष\u{a0}2027\u{2011}28 से पाँच वर्षों में चरणबद्ध ढंग से यूरेशियाई आर्थिक संघ (EAEU) भारतीय सामान पर अपना शुल्क 80% घटाएगा और भारत तेल को छोड़कर बाक़ी रूसी सामान पर अपना शुल्क आधा करेगा।", "ЕАЭС снизит пошлины на индийские товары на 80\u{a0}%, а Индия пошлины на российские товары, кроме нефти, — вдвое; снижение поэтапное, в течение пяти лет начиная с 2027/28\u{a0}фин.\u{a0}г."),
        source: Tr::new("India–EAEU FTA terms of reference signed 20 Aug 2025; first round of talks in late 2025 (news reports, Dec 2025).", "भारत और यूरेशियाई आर्थिक संघ (EAEU) के बीच मुक्त व्यापार समझौते की बातचीत की संदर्भ-शर्तों (टर्म्स ऑफ़ रेफ़रेंस) पर 20 अगस्त 2025 को हस्ताक्षर; बातचीत का पहला दौर 2025 के आख़िर में (समाचार रिपोर्टें, दिसंबर 2025)।", "20 августа 2025 г. подписано техническое задание на переговоры о соглашении о свободной торговле между Индией и ЕАЭС; первый раунд переговоров прошёл в конце 2025 г. (сообщения СМИ, декабрь 2025 г.)."),
        build: fta,
    },
    Preset {
        id: "stop",
        name: Tr::new("India stops buying Russian crude", "भारत रूसी कच्चे तेल की ख़रीद बंद करे तो", "Индия прекращает закупки российской нефти"),
        assumes: Tr::new("No Russian crude from FY2026-27; everything else on current trends.", "वित्त\u{a0}वर्ष\u{a0}2026\u{2011}27 से कोई रूसी कच्चा तेल नहीं; बाक़ी सब मौजूदा रुझानों पर।", "С 2026/27\u{a0}фин.\u{a0}г. Индия не будет покупать российскую нефть; всё остальное — по текущим тенденциям."),
        source: Tr::new("On 7 Feb 2026 the US removed its extra 25\u{a0}% duty on Indian goods, saying India had committed to stop importing Russian oil.", "7 फ़रवरी 2026 को अमेरिका ने भारतीय सामान पर अपना अतिरिक्त 25% शुल्क हटाया और कहा कि भारत ने रूसी तेल का आयात बंद करने का वादा किया है।", "7 февраля 2026 г. США отменили дополнительную пошлину 25\u{a0}% на индийские товары, заявив, что Индия обязалась прекратить импорт российской нефти."),
        build: |p| Scenario {
            oil_stop: 2026.0,
            ..Scenario::baseline(p)
        },
    },
    Preset {
        id: "crude_returns",
        name: Tr::new("Russian crude returns", "रूसी कच्चे तेल की वापसी", "Российская нефть возвращается"),
        assumes: Tr::new("With Gulf supplies cut, India buys 1.8\u{a0}mb/d of Russian crude from FY2026-27, near its 2025 level.", "खाड़ी से आपूर्ति घटने पर भारत वित्त\u{a0}वर्ष\u{a0}2026\u{2011}27 से रोज़ 18\u{a0}लाख बैरल रूसी कच्चा तेल ख़रीदेगा, लगभग 2025 के स्तर पर।", "Из-за сокращения поставок из Персидского залива Индия с 2026/27\u{a0}фин.\u{a0}г. будет покупать 1,8\u{a0}млн барр./сут. российской нефти — примерно на уровне 2025 г."),
        source: Tr::new("After the Strait of Hormuz closed in March 2026, Russian crude to India rose to about 1.5\u{a0}mb/d, with close to 2\u{a0}mb/d expected for the month (Kpler via The Indian Express, 11 Mar 2026).", "मार्च 2026 में होर्मुज़ जलडमरूमध्य बंद होने के बाद भारत को रूसी कच्चे तेल की आपूर्ति बढ़कर लगभग 15\u{a0}लाख बैरल प्रतिदिन हो गई, और पूरे महीने का औसत लगभग 20\u{a0}लाख बैरल प्रतिदिन रहने की उम्मीद थी (Kpler, The Indian Express के हवाले से, 11 मार्च 2026)।", "после закрытия Ормузского пролива в марте 2026 г. поставки российской нефти в Индию выросли примерно до 1,5\u{a0}млн барр./сут., а за месяц ожидалось около 2\u{a0}млн барр./сут. (данные Kpler по сообщению The Indian Express, 11 марта 2026 г.)."),
        build: |p| Scenario {
            oil_volume: 1.8,
            ..Scenario::baseline(p)
        },
    },
    Preset {
        id: "crude_fall",
        name: Tr::new("Russian crude keeps falling", "रूसी कच्चे तेल की ख़रीद में गिरावट जारी", "Закупки российской нефти продолжают падать"),
        assumes: Tr::new("From the early-2026 level, India buys a fifth less Russian crude every year, at a discount of US$\u{a0}5 a barrel.", "2026 की शुरुआत के स्तर से भारत हर साल पिछले साल के मुक़ाबले पाँचवाँ हिस्सा (20%) कम रूसी कच्चा तेल ख़रीदेगा, 5 डॉलर प्रति बैरल की छूट पर।", "Начиная с уровня начала 2026 г. Индия будет ежегодно сокращать закупки российской нефти на 20\u{a0}%, скидка составит 5\u{a0}долл. за баррель."),
        source: Tr::new("Russian crude to India fell from about 1.8\u{a0}mb/d (Nov 2025) to 1.1\u{a0}mb/d (Feb 2026) under US tariffs and sanctions (Kpler via Business Standard, 1 Mar 2026).", "अमेरिकी शुल्कों और प्रतिबंधों के बीच भारत को रूसी कच्चे तेल की आपूर्ति लगभग 18\u{a0}लाख बैरल प्रतिदिन (नवंबर 2025) से घटकर 11\u{a0}लाख बैरल प्रतिदिन (फ़रवरी 2026) रह गई (Kpler, Business Standard के हवाले से, 1 मार्च 2026)।", "под давлением пошлин и санкций США поставки российской нефти в Индию упали примерно с 1,8\u{a0}млн барр./сут. в ноябре 2025 г. до 1,1\u{a0}млн барр./сут. в феврале 2026 г. (данные Kpler по сообщению Business Standard, 1 марта 2026 г.)."),
        build: |p| Scenario {
            oil_change: -20.0,
            oil_discount: 5.0,
            ..Scenario::baseline(p)
        },
    },
    Preset {
        id: "target",
        name: Tr::new("What reaching US$\u{a0}100\u{a0}bn takes", "100\u{a0}अरब\u{a0}डॉलर तक पहुँचने के लिए क्या चाहिए", "Что нужно для 100\u{a0}млрд\u{a0}долл."),
        assumes: Tr::new("The FTA above, exports growing 40\u{a0}% a year (the lever's top), and the Russian crude volume, found by search, that brings total trade to US$\u{a0}100\u{a0}bn in FY2030-31.", "ऊपर वाला मुक्त व्यापार समझौता, 40% सालाना निर्यात वृद्धि (लीवर की अधिकतम सीमा), और रूसी कच्चे तेल की वह मात्रा (गणना से निकाली गई) जिस पर वित्त\u{a0}वर्ष\u{a0}2030\u{2011}31 में कुल व्यापार 100\u{a0}अरब\u{a0}डॉलर तक पहुँचेगा।", "Соглашение о свободной торговле из сценария выше, рост экспорта на 40\u{a0}% в год (максимум ползунка) и подобранный объём закупок российской нефти, при котором товарооборот в 2030/31\u{a0}фин.\u{a0}г. достигнет 100\u{a0}млрд\u{a0}долл."),
        source: Tr::new("The US$\u{a0}100\u{a0}bn by 2030 target set by both governments (July 2024).", "दोनों सरकारों द्वारा तय 2030 तक 100\u{a0}अरब\u{a0}डॉलर का लक्ष्य (जुलाई 2024)।", "цель в 100\u{a0}млрд\u{a0}долл. к 2030\u{a0}г., поставленная правительствами двух стран (июль 2024 г.)."),
        build: |p| {
            let s = Scenario {
                growth: sector_lever().max,
                ..fta(p)
            };
            let crude = lever("oil_mbd").unwrap_or(sector_lever());
            let mut out = s;
            let answer = solve(p, &s, Goal::Target, crude).answer;
            (crude.set)(&mut out, answer.value().unwrap_or(crude.max));
            out
        },
    },
];

pub fn preset(id: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|p| p.id == id)
}

/// The preset whose levers the scenario has exactly, if one has.
pub fn matching(p: &Params, s: &Scenario) -> Option<&'static Preset> {
    PRESETS.iter().find(|pr| (pr.build)(p) == *s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::levers::LEVERS;
    use crate::model::project;

    fn params() -> Params {
        crate::baseline().unwrap().params
    }

    #[test]
    fn every_preset_is_within_the_levers_ranges() {
        let p = params();
        for pr in PRESETS {
            let s = (pr.build)(&p);
            for l in LEVERS {
                let v = (l.get)(&s);
                assert!(
                    l.min(p.base_year) <= v && v <= l.max,
                    "{}: {} = {v}",
                    pr.id,
                    l.key
                );
                assert_eq!(
                    l.fit(v, &p).value(),
                    v,
                    "{}: {} off the step grid",
                    pr.id,
                    l.key
                );
            }
        }
        assert_eq!(
            (preset("current").unwrap().build)(&p),
            Scenario::baseline(&p)
        );
    }

    #[test]
    fn the_target_preset_reaches_the_target_and_no_less_would() {
        let p = params();
        let s = (preset("target").unwrap().build)(&p);
        let pr = project(&p, &s);
        assert!(
            pr.headline.final_total >= 100.0,
            "{}",
            pr.headline.final_total
        );
        let less = Scenario {
            oil_volume: s.oil_volume - 0.05,
            ..s
        };
        assert!(project(&p, &less).headline.final_total < 100.0);
    }

    #[test]
    fn crude_fall_narrows_the_deficit_and_shrinks_trade() {
        let p = params();
        let base = project(&p, &Scenario::baseline(&p)).headline;
        let fall = project(&p, &(preset("crude_fall").unwrap().build)(&p)).headline;
        assert!(fall.final_balance > base.final_balance);
        assert!(fall.final_total < base.final_total);
    }
}
