//! The page's own HTML (the link preview's description) says what the data file says.

use trade_core::fy;
use trade_core::present::format::bn;

#[test]
fn the_link_preview_quotes_the_base_years_figures() {
    let html = include_str!("../index.html");
    let p = trade_core::baseline().expect("data parses").params;
    let description = html
        .lines()
        .find(|l| l.contains("og:description"))
        .expect("index.html has og:description");
    for part in [
        fy::label(p.base_year),
        bn(p.total_imports),
        bn(p.total_exports),
    ] {
        // the preview's text has plain spaces (the page keeps amounts together with no-break ones)
        let part = part.replace('\u{a0}', " ");
        assert!(
            description.contains(&part),
            "og:description lacks {part}: {description}"
        );
    }
}
