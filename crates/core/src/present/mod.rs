//! Everything that turns numbers into something to read: chart data, sentences, number formats,
//! the downloadable SVG, JSON/CSV/table reports and the embed snippet.

pub mod charts;
pub mod files;
pub mod format;
pub mod words;

/// Escape text for HTML or SVG content and attribute values.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::insight::attribution::{attribute, Measure};
    use crate::insight::uncertainty::stated_band;
    use crate::model::levers::{Lever, LEVERS};
    use crate::model::{project, Scenario};
    use crate::present::format::{Currency, Loc, Plain, Rates};
    use crate::present::words::{insight, narrative};
    use crate::tr::Lang;

    /// Every sentence the page writes, in every language and currency, for scenarios that take
    /// each branch (deficit narrowing or widening, target met or missed, levers cancelling out).
    fn sentences() -> Vec<String> {
        let b = crate::baseline().unwrap();
        let p = &b.params;
        let base = Scenario::baseline(p);
        let scenarios = [
            base,
            Scenario {
                oil_stop: 2027.0,
                growth: 25.0,
                eaeu_cut: 100.0,
                ..base
            },
            Scenario {
                oil_change: 20.0,
                growth: -5.0,
                ..base
            },
            Scenario {
                oil_change: -10.0,
                ..base
            },
        ];
        let bp = project(p, &base);
        let mut out = Vec::new();
        for lang in Lang::ALL {
            for cur in Currency::ALL {
                let loc = Loc {
                    lang,
                    cur,
                    rates: Rates::new(b, p),
                    digits: &Plain,
                };
                out.push(narrative::dek(&loc, p));
                out.push(narrative::results_heading(&loc, p));
                for l in LEVERS {
                    out.push(Lever::words_in(lang, l.label, p.base_year));
                    out.push(Lever::words_in(lang, l.help, p.base_year));
                }
                for s in &scenarios {
                    out.extend(scenario_sentences(&loc, s, &bp));
                }
            }
        }
        out
    }

    /// The sentences written about one scenario.
    fn scenario_sentences(loc: &Loc, s: &Scenario, bp: &crate::model::Projection) -> Vec<String> {
        let b = crate::baseline().unwrap();
        let p = &b.params;
        let sc = project(p, s);
        let mut out = vec![
            narrative::headline(loc, &sc, bp),
            narrative::balance_chart(loc, b, &sc, bp),
            narrative::total_chart(loc, b, &sc, bp),
            narrative::exports_chart(loc, b, &sc),
            narrative::imports_chart(loc, b, &sc),
            narrative::target_status(loc, &sc),
            narrative::target_bar(loc, &sc),
            narrative::cumulative(loc, &sc, bp),
            insight::describe(loc, s, p),
        ];
        for a in attribute(p, s) {
            out.push(insight::attribution_sentence(loc, &a));
        }
        let band = stated_band(p, s);
        out.push(insight::probability_sentence(loc, &band, p.target));
        for m in [Measure::Balance, Measure::TotalTrade] {
            out.push(insight::band_sentence(loc, &band, m, m.of(&sc)));
        }
        out
    }

    #[test]
    fn no_sentence_doubles_its_full_stop() {
        // "… 38,7 млрд долл.." and "… 2025/26 фин. г..": an abbreviation's point is the sentence's
        for s in sentences() {
            let doubled = s.char_indices().any(|(i, _)| {
                s[i..].starts_with("..")
                    && !s[i..].starts_with("...")
                    && (i == 0 || !s[..i].ends_with('.'))
            });
            assert!(!doubled, "{s}");
            assert!(
                !s.contains("NaN") && !s.contains("inf") && !s.contains('{'),
                "{s}"
            );
        }
    }
}
