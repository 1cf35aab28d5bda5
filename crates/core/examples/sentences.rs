//! Every generated sentence in every language and currency, for a translator's review:
//! `cargo run -p trade-core --example sentences [QUERY]`.

use trade_core::insight::attribution::{attribute, attribute_between};
use trade_core::insight::solve::{solve, Goal};
use trade_core::insight::uncertainty::stated_band;
use trade_core::model::project;
use trade_core::present::charts::chart;
use trade_core::present::format::{Currency, Loc};
use trade_core::present::words::{insight, narrative};
use trade_core::tr::Lang;

fn main() {
    let query = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "oil=-15&growth=15&eaeu_cut=40".into());
    print_sentences(&query);
}

/// Every sentence of the scenario a link's query describes (the line-break tests read them too).
pub fn print_sentences(query: &str) {
    let b = match trade_core::baseline() {
        Ok(b) => b,
        Err(e) => {
            eprintln!("data file: {e}");
            std::process::exit(1);
        }
    };
    let d = trade_core::link::decode(query, &b.params);
    let (p, s) = (d.params, d.scenario);
    let sc = project(&p, &s);
    let base = project(&p, &trade_core::model::Scenario::baseline(&b.params));
    let band = stated_band(&p, &s);
    let moved = attribute(&p, &s);
    // what moved from the link's pinned scenario, or from current trends when it pins none
    let pin = d
        .pinned
        .unwrap_or_else(|| trade_core::model::Scenario::baseline(&b.params));
    let from_pin = attribute_between(&p, &pin, &s);
    for lang in Lang::ALL {
        for cur in Currency::ALL {
            let loc = Loc {
                lang,
                cur,
                ..Loc::plain(b, &p)
            };
            println!("== {} / {}", lang.code(), cur.key());
            println!("{}", narrative::dek(&loc, &p));
            println!("{}", narrative::headline(&loc, &sc, &base));
            println!("{}", narrative::target_status(&loc, &sc));
            println!("{}", narrative::cumulative(&loc, &sc, &base));
            for c in chart::ChartId::OVER_TIME {
                println!("{}", c.summary(&loc, b, &sc, &base).unwrap_or_default());
                let data = c.data(
                    &loc,
                    b,
                    &sc,
                    &base,
                    chart::Extras {
                        band: Some(&band),
                        pinned: None,
                    },
                );
                if let Some(data) = data {
                    println!(
                        "  {}",
                        chart::readout(&loc, &data, data.timeline.len() - 1, Default::default())
                    );
                }
            }
            println!("{}", insight::probability_sentence(&loc, &band, p.target));
            for a in &moved {
                println!("{}", insight::attribution_sentence(&loc, a));
                println!(
                    "{}",
                    insight::band_sentence(&loc, &band, a.measure, a.measure.of(&sc))
                );
            }
            for a in from_pin.iter().chain(&attribute_between(&p, &s, &s)) {
                println!("{}", insight::moved_from_pin_sentence(&loc, a));
                println!("  {}", insight::part_amounts(&loc, a).join(" · "));
            }
            let l = trade_core::model::levers::lever("oil_mbd").expect("a lever");
            println!(
                "{}",
                insight::solve_sentence(
                    &loc,
                    Goal::Target,
                    l,
                    (l.get)(&s),
                    &solve(&p, &s, Goal::Target, l),
                    &p
                )
            );
            println!("{}", insight::describe(&loc, &s, &p));
        }
    }
}
