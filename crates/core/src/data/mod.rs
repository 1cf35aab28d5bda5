//! A release's data file in the reader's words. The file itself (its rows, their parser and
//! checks, the actual years, the release rows, the HS-chapter check) is the `trade-data` crate's,
//! re-exported here; this module adds what the page says about it: each sector's and group's name
//! and what its chapters hold, the tags' badges and meanings (`inputs`: the input table's words,
//! `notes`: our notes on the estimated figures). The embedded file is the newest vintage's.

pub mod inputs;
pub mod notes;

use crate::tr::Tr;
pub use trade_data::{
    chapter_owners_in, check_chapters, crude_value, is_release_row, parse, running, year_month,
    Actual, Baseline, ChapterItem, DataError, Datum, Definition, Estimated, ExportData, Flow,
    ImportData, Params, Running, Tag, Vintage, BASELINE_PATH, CHAPTERS_PATH, CRUDE, DAYS_A_YEAR,
    EXPORT_IDS, IMPORT_IDS, N_EXPORTS, N_IMPORTS, RELEASE_KEYS,
};

/// The embedded data file: the newest vintage's (`crate::vintage` lists every vintage; a test
/// checks this is the newest one's file).
pub const BASELINE_TEXT: &str = crate::releases::LATEST_TEXT;

/// An export sector (India's exports to Russia of one kind of goods) or an import group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sector {
    /// Stable id, used in data-file keys, links and the JSON.
    pub id: &'static str,
    pub label: Tr,
    /// What its HS chapters hold (the data file's `.hs` row in words; the English is the data
    /// file's own description, a test checks).
    pub chapters: Tr,
}

/// India's export sectors, in display order.
pub const EXPORT_SECTORS: [Sector; N_EXPORTS] = [
    Sector {
        id: EXPORT_IDS[0],
        label: Tr::new("Pharmaceuticals", "दवाइयाँ", "Фармацевтика"),
        chapters: Tr::new(
            "Pharmaceutical products",
            "दवाइयाँ और औषधि उत्पाद",
            "Фармацевтическая продукция",
        ),
    },
    Sector {
        id: EXPORT_IDS[1],
        label: Tr::new("Engineering goods", "इंजीनियरिंग सामान", "Машины и оборудование"),
        chapters: Tr::new(
            "Iron and steel, base metals and their articles, machinery, vehicles, aircraft, ships and instruments",
            "लोहा और इस्पात, आधार धातुएँ और उनसे बनी वस्तुएँ, मशीनरी, वाहन, विमान, जहाज़ और उपकरण",
            "Чёрные и цветные металлы и изделия из них, машины и оборудование, транспортные средства, самолёты, суда и приборы",
        ),
    },
    Sector {
        id: EXPORT_IDS[2],
        label: Tr::new("Electronics", "इलेक्ट्रॉनिक्स", "Электроника"),
        chapters: Tr::new(
            "Electrical machinery and electronics, smartphones included",
            "बिजली की मशीनरी और इलेक्ट्रॉनिक्स, स्मार्टफ़ोन सहित",
            "Электрические машины и электроника, включая смартфоны",
        ),
    },
    Sector {
        id: EXPORT_IDS[3],
        label: Tr::new("Chemicals", "रसायन", "Химическая продукция"),
        chapters: Tr::new(
            "Inorganic and organic chemicals, dyes, cosmetics, soaps, other chemical products and plastics (not pharmaceuticals or fertilisers)",
            "अकार्बनिक और कार्बनिक रसायन, रंग, सौंदर्य प्रसाधन, साबुन, अन्य रासायनिक उत्पाद और प्लास्टिक (दवाइयाँ और उर्वरक नहीं)",
            "Неорганическая и органическая химия, красители, косметика, мыло, прочая химическая продукция и пластмассы (без лекарств и удобрений)",
        ),
    },
    Sector {
        id: EXPORT_IDS[4],
        label: Tr::new("Agri and food", "कृषि और खाद्य", "Сельхозпродукция и продовольствие"),
        chapters: Tr::new(
            "Food, drink, tobacco and farm products other than fish",
            "खाद्य पदार्थ, पेय, तंबाकू और मछली के अलावा कृषि उत्पाद",
            "Продовольствие, напитки, табак и сельхозпродукция, кроме рыбы",
        ),
    },
    Sector {
        id: EXPORT_IDS[5],
        label: Tr::new("Marine products", "समुद्री उत्पाद", "Морепродукты"),
        chapters: Tr::new("Fish and seafood", "मछली और समुद्री खाद्य", "Рыба и морепродукты"),
    },
    Sector {
        id: EXPORT_IDS[6],
        label: Tr::new("Other", "अन्य", "Прочее"),
        chapters: Tr::new(
            "Every other chapter: ceramics, clothing, footwear, rubber, textiles, paper, leather and the rest",
            "बाक़ी सभी अध्याय: सिरेमिक, कपड़े, जूते, रबर, वस्त्र, कागज़, चमड़ा आदि",
            "Все остальные группы: керамика, одежда, обувь, резина, текстиль, бумага, кожа и прочее",
        ),
    },
];

/// India's import groups from Russia, in display order. Crude oil is always first.
pub const IMPORT_GROUPS: [Sector; N_IMPORTS] = [
    Sector {
        id: IMPORT_IDS[0],
        label: Tr::new("Crude oil", "कच्चा तेल", "Сырая нефть"),
        chapters: Tr::new("Crude petroleum", "कच्चा तेल", "Сырая нефть"),
    },
    Sector {
        id: IMPORT_IDS[1],
        label: Tr::new("Other fuels and coal", "अन्य ईंधन और कोयला", "Уголь и прочее топливо"),
        chapters: Tr::new(
            "Coal, petroleum products and other mineral fuels (chapter 27 without crude)",
            "कोयला, पेट्रोलियम उत्पाद और अन्य खनिज ईंधन (कच्चे तेल के बिना अध्याय 27)",
            "Уголь, нефтепродукты и прочее минеральное топливо (группа 27 без сырой нефти)",
        ),
    },
    Sector {
        id: IMPORT_IDS[2],
        label: Tr::new("Fertilisers", "उर्वरक", "Удобрения"),
        chapters: Tr::new("Fertilisers", "उर्वरक", "Удобрения"),
    },
    Sector {
        id: IMPORT_IDS[3],
        label: Tr::new("Vegetable oils", "वनस्पति तेल", "Растительные масла"),
        chapters: Tr::new(
            "Animal and vegetable fats and oils, mostly sunflower oil",
            "पशु और वनस्पति वसा और तेल, ज़्यादातर सूरजमुखी तेल",
            "Животные и растительные жиры и масла, в основном подсолнечное масло",
        ),
    },
    Sector {
        id: IMPORT_IDS[4],
        label: Tr::new(
            "Precious stones and metals",
            "कीमती पत्थर और धातुएँ",
            "Драгоценные камни и металлы",
        ),
        chapters: Tr::new(
            "Pearls, precious stones and metals",
            "मोती, कीमती पत्थर और धातुएँ",
            "Жемчуг, драгоценные камни и металлы",
        ),
    },
    Sector {
        id: IMPORT_IDS[5],
        label: Tr::new("Other", "अन्य", "Прочее"),
        chapters: Tr::new(
            "Every other chapter: project goods, iron and steel, machinery, minerals, paper, vegetables and the rest",
            "बाक़ी सभी अध्याय: परियोजना का सामान, लोहा और इस्पात, मशीनरी, खनिज, कागज़, सब्ज़ियाँ आदि",
            "Все остальные группы: комплектное оборудование для проектов, чёрные металлы, машины, минералы, бумага, овощи и прочее",
        ),
    },
];

/// A flow's sectors (or groups) with their words, in display order (the data crate knows their
/// ids: `Flow::ids`).
pub trait FlowSectors {
    fn sectors(self) -> &'static [Sector];
}

impl FlowSectors for Flow {
    fn sectors(self) -> &'static [Sector] {
        match self {
            Flow::Export => &EXPORT_SECTORS,
            Flow::Import => &IMPORT_GROUPS,
        }
    }
}

/// A tag in the reader's words (the data crate knows its code).
pub trait TagWords {
    /// The tag's badge in the reader's language (the codes in English, as the data file has them).
    fn short(self) -> Tr;
    /// What the tag means, for readers.
    fn meaning(self) -> Tr;
}

impl TagWords for Tag {
    fn short(self) -> Tr {
        match self {
            Tag::Off => Tr::new("OFF", "आधिकारिक", "офиц."),
            Tag::Der => Tr::new("DER", "गणना", "расч."),
            Tag::Trk => Tr::new("TRK", "ट्रैकर", "мониторинг"),
            Tag::Press => Tr::new("PRESS", "मीडिया", "пресса"),
            Tag::Pub => Tr::new("PUB", "शोध", "исслед."),
            Tag::Est => Tr::new("EST", "आकलन", "оценка"),
        }
    }
    fn meaning(self) -> Tr {
        match self {
            Tag::Off => Tr::new(
                "Official statistic",
                "आधिकारिक आँकड़ा",
                "Официальная статистика",
            ),
            Tag::Der => Tr::new(
                "Derived from official figures by arithmetic",
                "आधिकारिक आँकड़ों से गणना करके निकाला गया",
                "Рассчитано по официальным данным",
            ),
            Tag::Trk => Tr::new(
                "Private tracker estimate, or derived from one",
                "निजी ट्रैकर का आकलन, या उससे निकाला गया",
                "Оценка частной аналитической компании (мониторинг танкеров) или расчёт на её основе",
            ),
            Tag::Press => Tr::new(
                "Press claim without a primary source",
                "प्राथमिक स्रोत के बिना मीडिया का दावा",
                "Сообщение прессы без первоисточника",
            ),
            Tag::Pub => Tr::new(
                "Published research estimate, not specific to this trade",
                "प्रकाशित शोध का आकलन, इस व्यापार के लिए विशेष नहीं",
                "Оценка из опубликованных исследований, не относящаяся именно к этой торговле",
            ),
            Tag::Est => Tr::new("Our estimate", "हमारा आकलन", "Наша оценка"),
        }
    }
}

/// The newest data file and the words about it; the running year's rows over the core's fixture
/// (the parser's own tests are the data crate's, `crates/data/tests/parse.rs`).
#[cfg(test)]
mod tests {
    use super::*;
    use crate::fy;

    fn shipped() -> Baseline {
        match parse(BASELINE_TEXT) {
            Ok(b) => b,
            Err(e) => panic!("the shipped data file must parse: {e}"),
        }
    }

    #[test]
    fn every_sector_s_chapters_are_described_in_every_language_as_the_data_file_says() {
        let b = crate::baseline().unwrap();
        for d in &b.definitions {
            let s = d.flow.sectors()[d.sector];
            assert_eq!(
                s.chapters.en, d.description,
                "{}: the English is the data file's",
                s.id
            );
            assert!(!s.chapters.hi.is_empty() && !s.chapters.ru.is_empty());
        }
    }

    #[test]
    fn years_with_press_or_estimated_figures_are_marked() {
        // the shipped file's past years are all official now
        assert!(shipped()
            .history
            .iter()
            .all(|a| a.estimated == Estimated::default()));
        let b = crate::baseline_with_estimates();
        let years = |f: fn(&Estimated) -> bool| -> Vec<i32> {
            b.history
                .iter()
                .filter(|a| f(&a.estimated))
                .map(|a| a.year)
                .collect()
        };
        // FY2020-21's split is a press report (its total is official); FY2022-23's exports are our
        // estimate, and so its total and balance
        assert_eq!(years(|e| e.exports), vec![2020, 2022]);
        assert_eq!(years(|e| e.imports), vec![2020]);
        assert_eq!(years(|e| e.total), vec![2022]);
        assert_eq!(years(|e| e.balance()), vec![2020, 2022]);
        for a in &b.history {
            if let (Some(x), Some(m), Some(t)) = (a.exports, a.imports, a.total) {
                assert!((x + m - t).abs() <= 0.005, "{}", a.year);
                assert_eq!(a.balance(), Some(x - m));
            }
        }
    }

    /// Next year's update is a data edit: a file with FY2026-27's totals and splits (here a copy of
    /// FY2025-26's, 10 % up) and `base.year` moved reads with the new base year, and a projection
    /// from it still ends in FY2030-31.
    #[test]
    fn one_more_year_moves_the_base_year_and_keeps_the_horizon() {
        let b = crate::baseline_one_year_on();
        assert_eq!(b.params.base_year, 2026);
        assert_eq!(b.history.len(), 10);
        let p = crate::model::project(&b.params, &crate::model::Scenario::baseline(&b.params));
        assert_eq!(fy::label(p.year(p.len - 1)), "FY2030-31");
        assert_eq!(p.len, 5);
        assert_eq!(fy::label(p.year(0)), "FY2026-27");
    }

    fn with(rows: &str) -> Result<Baseline, DataError> {
        parse(Box::leak(
            format!("{BASELINE_TEXT}\n{rows}").into_boxed_str(),
        ))
    }

    fn refused(rows: &str, says: &str) {
        match with(rows) {
            Ok(_) => panic!("accepted: {rows}"),
            Err(e) => assert!(e.to_string().contains(says), "{rows}\n{e}"),
        }
    }

    #[test]
    fn the_fixture_s_months_are_read_and_the_shipped_file_has_none() {
        assert_eq!(crate::baseline().unwrap().running, None);
        let r = crate::baseline_with_running().running.unwrap();
        assert_eq!((r.year, r.months), (2026, 7));
        assert_eq!((r.exports, r.imports), (4.05, 26.05));
        assert!((r.total() - 30.1).abs() < 1e-9 && (r.balance() + 22.0).abs() < 1e-9);
        assert_eq!(r.last_month(), (2026, 10));
        assert!(r.source.contains("April-October 2026"));
    }

    #[test]
    fn the_last_month_runs_from_april_into_the_next_calendar_year() {
        let r = |months| Running {
            year: 2026,
            months,
            exports: 1.0,
            imports: 1.0,
            source: "",
        };
        assert_eq!(r(1).last_month(), (2026, 4));
        assert_eq!(r(9).last_month(), (2026, 12));
        assert_eq!(r(10).last_month(), (2027, 1));
        assert_eq!(r(11).last_month(), (2027, 2));
    }

    const ROWS: &str = crate::RUNNING_ROWS;

    #[test]
    fn a_running_year_other_than_the_one_after_the_base_year_is_refused() {
        refused(
            &ROWS.replace("FY2026-27", "FY2027-28"),
            "the year after the base year is FY2026-27",
        );
        refused(
            &ROWS.replace("FY2026-27", "FY2025-26"),
            "the year after the base year is FY2026-27",
        );
        // two years at once
        refused(
            &ROWS.replacen("running.FY2026-27.imports", "running.FY2027-28.imports", 1),
            "one running year only",
        );
    }

    #[test]
    fn months_out_of_range_or_broken_are_refused() {
        for m in ["0", "12", "-1"] {
            refused(
                &ROWS.replace("months | 7 |", &format!("months | {m} |")),
                "outside its allowed range 1 to 11",
            );
        }
        refused(
            &ROWS.replace("months | 7 |", "months | 6.5 |"),
            "a whole number of months",
        );
        refused(&ROWS.replace("| 4.05 |", "| lots |"), "is not a number");
    }

    #[test]
    fn a_missing_half_is_refused_by_name() {
        let without = |what: &str| -> String {
            ROWS.lines()
                .filter(|l| !l.starts_with(&format!("running.FY2026-27.{what} ")))
                .map(|l| format!("{l}\n"))
                .collect()
        };
        for what in ["months", "exports", "imports"] {
            refused(
                &without(what),
                &format!("missing: running.FY2026-27.{what}"),
            );
        }
    }

    #[test]
    fn estimates_are_refused_and_official_or_derived_figures_accepted() {
        for tag in ["EST", "PRESS", "TRK", "PUB"] {
            refused(
                &ROWS.replacen("| US$ bn | OFF |", &format!("| US$ bn | {tag} |"), 1),
                &format!(
                    "is tagged {tag}: the running year's months are shown only from official figures"
                ),
            );
        }
        let der = with(&ROWS.replace("| US$ bn | OFF |", "| US$ bn | DER |")).unwrap();
        assert_eq!(der.running.map(|r| r.months), Some(7));
        refused(
            &ROWS.replace("running.FY2026-27.months", "running.FY2026-27.weeks"),
            "unknown key",
        );
    }
}
