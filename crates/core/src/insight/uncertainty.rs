//! How sure: a band around the scenario's balance and total trade from stated ranges of the
//! uncertain inputs, by Monte Carlo with a fixed seed (the same link gives the same band on every
//! machine, in the page and on the command line), and the chance that total trade reaches the
//! target in FY2030-31 (`Projection::meets_target`, the one definition).

use super::rng::Rng;
use crate::data::Params;
use crate::fy::MAX_YEARS;
use crate::model::{project_path, years_projected, Path, Scenario};
use crate::tr::Tr;

/// How far each uncertain input may be from its value in the scenario.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ranges {
    /// Factor on every import demand elasticity, uniform between the two.
    pub elasticity: (f64, f64),
    /// The substitution elasticity between suppliers, uniform between the two.
    pub substitution: (f64, f64),
    /// Standard deviation of the crude price's yearly change (a random walk), as a fraction.
    pub price_sd: f64,
    /// Standard deviation of a year's export growth around the scenario's rate, in points.
    pub growth_sd: f64,
    /// Factor on Russian crude volumes, uniform between the two.
    pub volume: (f64, f64),
}

/// One of the uncertain inputs of [`Ranges`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Uncertain {
    Elasticity,
    Substitution,
    Price,
    Growth,
    Volume,
}

/// One uncertain input's range, with where it comes from (the range in words is written from
/// the numbers: `present::words::band::range_words`).
pub struct RangeNote {
    pub input: Tr,
    pub which: Uncertain,
    pub source: Tr,
    /// Official or published (false: our estimate).
    pub sourced: bool,
}

impl Ranges {
    /// The ranges the page and the command line use.
    pub const STATED: Ranges = Ranges {
        elasticity: (0.5, 1.55),
        substitution: (1.0, 4.0),
        price_sd: 0.297,
        growth_sd: 19.0,
        volume: (0.7, 1.3),
    };

    /// No uncertainty: every draw is the scenario itself.
    pub const NONE: Ranges = Ranges {
        elasticity: (1.0, 1.0),
        substitution: (f64::NAN, f64::NAN),
        price_sd: 0.0,
        growth_sd: 0.0,
        volume: (1.0, 1.0),
    };

    /// Where each range of [`Ranges::STATED`] comes from.
    pub const NOTES: [RangeNote; 5] = [
        RangeNote {
            input: Tr::new("Import demand elasticities", "आयात माँग की लोच", "Эластичности спроса на импорт"),
            which: Uncertain::Elasticity,
            source: Tr::new("From half the published median to the published mean (Kee, Nicita and Olarreaga, Review of Economics and Statistics, 2008: median 1.08, mean 1.67 over 4,625 goods and 117 countries)", "प्रकाशित माध्यिका के आधे से प्रकाशित औसत तक (Kee, Nicita और Olarreaga, Review of Economics and Statistics, 2008: 4,625 वस्तुओं और 117 देशों पर माध्यिका 1.08, औसत 1.67)", "От половины опубликованной медианы до опубликованного среднего (Kee, Nicita, Olarreaga, Review of Economics and Statistics, 2008: медиана 1,08, среднее 1,67 по 4625 товарам и 117 странам)"),
            sourced: true,
        },
        RangeNote {
            input: Tr::new("Substitution between suppliers", "आपूर्तिकर्ताओं के बीच प्रतिस्थापन", "Замещение между поставщиками"),
            which: Uncertain::Substitution,
            source: Tr::new("From two thirds of the SMART default (1.5, WITS) to the Broda–Weinstein medians for these goods across 73 countries (2.8 to 4.6)", "SMART के डिफ़ॉल्ट मान (1.5, WITS) के दो-तिहाई से, 73 देशों में इन वस्तुओं के लिए Broda–Weinstein माध्यिकाओं (2.8 से 4.6) तक", "От двух третей значения SMART по умолчанию (1,5, WITS) до медиан Броды и Вайнштейна для этих товаров по 73 странам (от 2,8 до 4,6)"),
            sourced: true,
        },
        RangeNote {
            input: Tr::new("Crude price", "कच्चे तेल की कीमत", "Цена нефти"),
            which: Uncertain::Price,
            source: Tr::new("The standard deviation of the Indian basket's yearly change, FY2011-12 to FY2024-25 (PPAC Ready Reckoner, Table 8.1)", "कच्चे तेल की भारतीय बास्केट (इंडियन बास्केट) की कीमत के सालाना बदलाव का मानक विचलन, वित्त\u{a0}वर्ष\u{a0}2011\u{2011}12 से 2024\u{2011}25 (PPAC Ready Reckoner, तालिका 8.1)", "Стандартное отклонение годового изменения цены индийской корзины сортов нефти, с 2011/12 по 2024/25\u{a0}фин.\u{a0}г. (PPAC Ready Reckoner, таблица 8.1)"),
            sourced: true,
        },
        RangeNote {
            input: Tr::new("Export growth", "निर्यात वृद्धि", "Рост экспорта"),
            which: Uncertain::Growth,
            source: Tr::new("The standard deviation of the yearly growth of India's exports to Russia, FY2020-21 to FY2025-26 (figures of the data file, two of them estimates)", "रूस को भारत के निर्यात की सालाना वृद्धि का मानक विचलन, वित्त\u{a0}वर्ष\u{a0}2020\u{2011}21 से 2025\u{2011}26 (कैलकुलेटर के आँकड़े, जिनमें से दो आकलन हैं)", "Стандартное отклонение годового роста экспорта Индии в Россию, с 2020/21 по 2025/26\u{a0}фин.\u{a0}г. (данные калькулятора, два значения из них — оценки)"),
            sourced: false,
        },
        RangeNote {
            input: Tr::new("Russian crude volume", "रूसी कच्चे तेल की मात्रा", "Объём российской нефти"),
            which: Uncertain::Volume,
            source: Tr::new("Our estimate: Kpler's 1.1–1.3\u{a0}mb/d outlook for early 2026 was followed by about 1.1\u{a0}mb/d in February and 1.5\u{a0}mb/d in early March 2026 (Kpler via Business Standard and The Indian Express)", "हमारा आकलन: 2026 की शुरुआत के लिए Kpler के 11–13\u{a0}लाख बैरल प्रतिदिन के पूर्वानुमान के बाद फ़रवरी में आयात लगभग 11\u{a0}लाख और मार्च 2026 की शुरुआत में 15\u{a0}लाख बैरल प्रतिदिन रहा (Kpler, Business Standard और The Indian Express के हवाले से)", "Наша оценка: после прогноза Kpler в 1,1–1,3\u{a0}млн барр./сут. на начало 2026\u{a0}г. в феврале поставки составили около 1,1\u{a0}млн, а в начале марта 2026\u{a0}г. — 1,5\u{a0}млн барр./сут. (данные Kpler по сообщениям Business Standard и The Indian Express)"),
            sourced: false,
        },
    ];
}

/// The 10th, 50th and 90th percentiles of one figure in one year.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Percentiles {
    pub p10: f64,
    pub p50: f64,
    pub p90: f64,
}

/// The band: percentiles per projected year (t = 0 is the base year, the same in every draw).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Band {
    pub draws: usize,
    pub seed: u64,
    pub len: usize,
    pub balance: [Percentiles; MAX_YEARS],
    pub total_trade: [Percentiles; MAX_YEARS],
    /// Share of draws in which total trade in FY2030-31 reaches the target
    /// (`Projection::meets_target`).
    pub probability_target: f64,
}

/// The seed of every band: the same link gives the same band everywhere.
pub const SEED: u64 = 0x1d1a_2030_0000_0001;
/// Draws per band (measured: within the page's budget for a lever move on a phone; see the
/// README's speed section).
pub const DRAWS: usize = 400;

/// One draw's departures from the scenario.
fn draw(rng: &mut Rng, r: &Ranges, len: usize) -> Path {
    let mut path = Path::NONE;
    path.elasticity = rng.between(r.elasticity.0, r.elasticity.1);
    let sigma = rng.between(r.substitution.0, r.substitution.1);
    path.substitution = sigma.is_finite().then_some(sigma);
    path.volume = rng.between(r.volume.0, r.volume.1);
    let mut price = 1.0;
    for t in 1..len {
        price *= (1.0 + r.price_sd * rng.normal()).max(0.3);
        path.price[t] = price;
        path.growth[t] = r.growth_sd * rng.normal();
    }
    path
}

/// The rank (1-based) of quantile q among n values (nearest rank).
fn rank(q: f64, n: usize) -> usize {
    ((q * n as f64).ceil() as usize).clamp(1, n)
}

/// The 10th, 50th and 90th percentiles by nearest rank: each the k-th smallest value, found by
/// selection rather than a full sort (the same values).
fn percentiles(values: &mut [f64]) -> Percentiles {
    let n = values.len();
    let mut at = |q: f64| {
        let k = rank(q, n) - 1;
        *values.select_nth_unstable_by(k, f64::total_cmp).1
    };
    let (p10, p50, p90) = (at(0.1), at(0.5), at(0.9));
    Percentiles { p10, p50, p90 }
}

/// The band's draws: `draws` (at least one) paths of `len` years from `seed`, in the order the
/// band projects them.
pub fn paths(r: &Ranges, len: usize, draws: usize, seed: u64) -> impl Iterator<Item = Path> + '_ {
    let mut rng = Rng::new(seed);
    (0..draws.max(1)).map(move |_| draw(&mut rng, r, len))
}

/// The band around a scenario, `draws` projections from `seed`.
pub fn band(p: &Params, s: &Scenario, r: &Ranges, draws: usize, seed: u64) -> Band {
    let draws = draws.max(1);
    let len = years_projected(p);
    // values[t * draws + d]
    let mut balance = vec![0.0; len * draws];
    let mut total = vec![0.0; len * draws];
    let mut reached = 0usize;
    for (d, path) in paths(r, len, draws, seed).enumerate() {
        let pr = project_path(p, s, &path);
        for t in 0..len {
            balance[t * draws + d] = pr.years[t].balance;
            total[t * draws + d] = pr.years[t].total_trade;
        }
        if pr.meets_target() {
            reached += 1;
        }
    }
    let mut out = Band {
        draws,
        seed,
        len,
        balance: [Percentiles::default(); MAX_YEARS],
        total_trade: [Percentiles::default(); MAX_YEARS],
        probability_target: reached as f64 / draws as f64,
    };
    for t in 0..len {
        out.balance[t] = percentiles(&mut balance[t * draws..(t + 1) * draws]);
        out.total_trade[t] = percentiles(&mut total[t * draws..(t + 1) * draws]);
    }
    out
}

/// The page's and the command line's band for a scenario.
pub fn stated_band(p: &Params, s: &Scenario) -> Band {
    band(p, s, &Ranges::STATED, DRAWS, SEED)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::project;

    fn params() -> Params {
        crate::baseline().unwrap().params
    }

    #[test]
    fn percentiles_are_ordered_and_the_base_year_is_certain() {
        let p = params();
        let s = Scenario::baseline(&p);
        let b = stated_band(&p, &s);
        let line = project(&p, &s);
        for t in 0..b.len {
            for q in [b.balance[t], b.total_trade[t]] {
                assert!(q.p10 <= q.p50 && q.p50 <= q.p90, "{t}: {q:?}");
            }
        }
        assert_eq!(b.total_trade[0].p10, line.years[0].total_trade);
        assert_eq!(b.total_trade[0].p90, line.years[0].total_trade);
        let last = b.len - 1;
        assert!(
            b.total_trade[last].p90 - b.total_trade[last].p10 > 5.0,
            "{:?}",
            b.total_trade[last]
        );
        assert!((0.0..=1.0).contains(&b.probability_target));
    }

    #[test]
    fn selection_gives_the_nearest_rank_percentiles_of_the_sorted_values() {
        let mut rng = Rng::new(7);
        for n in [1usize, 2, 9, 10, 11, 400] {
            let values: Vec<f64> = (0..n).map(|_| rng.normal() * 10.0).collect();
            let mut sorted = values.clone();
            sorted.sort_by(f64::total_cmp);
            let at = |q: f64| sorted[rank(q, n) - 1];
            let got = percentiles(&mut values.clone());
            assert_eq!(
                (got.p10, got.p50, got.p90),
                (at(0.1), at(0.5), at(0.9)),
                "{n}"
            );
        }
    }

    #[test]
    fn with_no_uncertainty_the_band_is_the_line() {
        let p = params();
        let s = Scenario {
            eaeu_cut: 60.0,
            oil_change: -5.0,
            ..Scenario::baseline(&p)
        };
        let b = band(&p, &s, &Ranges::NONE, 50, SEED);
        let line = project(&p, &s);
        for t in 0..b.len {
            let y = line.years[t];
            assert_eq!(
                b.balance[t],
                Percentiles {
                    p10: y.balance,
                    p50: y.balance,
                    p90: y.balance
                }
            );
            assert_eq!(b.total_trade[t].p50, y.total_trade);
        }
        assert_eq!(b.probability_target, 0.0);
    }

    #[test]
    fn the_same_seed_gives_the_same_band_and_another_seed_another() {
        let p = params();
        let s = Scenario::baseline(&p);
        assert_eq!(stated_band(&p, &s), stated_band(&p, &s));
        assert_ne!(
            band(&p, &s, &Ranges::STATED, DRAWS, 1).balance,
            stated_band(&p, &s).balance
        );
    }

    #[test]
    fn more_crude_makes_the_target_more_likely() {
        let p = params();
        let low = stated_band(&p, &Scenario::baseline(&p));
        let high = stated_band(
            &p,
            &Scenario {
                oil_volume: 2.5,
                growth: 30.0,
                ..Scenario::baseline(&p)
            },
        );
        assert!(high.probability_target > low.probability_target);
    }
}
