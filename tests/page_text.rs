//! The page's own HTML (the link preview's description) says what the data file says.

use trade_core::fy;
use trade_core::present::format::{Loc, UnitPolicy};
use trade_core::present::markup::Spaces;

#[test]
fn the_link_preview_quotes_the_base_years_figures() {
    let html = include_str!("../index.html");
    let p = trade_core::baseline().expect("data parses").params;
    let description = html
        .lines()
        .find(|l| l.contains("og:description"))
        .expect("index.html has og:description");
    // the preview's text has plain spaces (the page keeps amounts together with no-break ones)
    let en = Loc::english();
    let bn = |v: f64| {
        let a = en.amount_parts(v, en.scale_for(v), false, UnitPolicy::Sentence);
        a.text(Spaces::Plain)
    };
    for part in [
        fy::label(p.base_year),
        bn(p.total_imports),
        bn(p.total_exports),
    ] {
        assert!(
            description.contains(&part),
            "og:description lacks {part}: {description}"
        );
    }
}
