//! The page's own HTML (its description and the link preview's) says what the data file says: the
//! build writes both from the data (`first-view --meta`), and index.html types no figure of its own.

use trade_core::fy;
use trade_core::present::files::first_view;
use trade_core::present::format::{Loc, UnitPolicy};
use trade_core::present::markup::Spaces;

#[test]
fn the_link_preview_quotes_the_base_years_figures() {
    let b = trade_core::baseline().expect("data parses");
    let p = &b.params;
    let description = first_view::preview_description(b);
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
            "the preview lacks {part}: {description}"
        );
    }
}

#[test]
fn index_html_types_no_figure_in_its_descriptions() {
    let html = include_str!("../index.html");
    for name in ["name=\"description\"", "property=\"og:description\""] {
        let line = html
            .lines()
            .find(|l| l.contains(name))
            .unwrap_or_else(|| panic!("index.html has {name}"));
        assert!(
            !line.chars().any(|c| c.is_ascii_digit()),
            "{name} is written by the build, not typed: {line}"
        );
    }
}
