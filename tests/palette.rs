//! The page's stylesheet and the downloads draw with the same colours: every colour of the core's
//! palette appears in `style/main.css`.

use trade_core::present::charts::chart::palette;

#[test]
fn the_stylesheet_uses_the_core_palette() {
    let css = include_str!("../style/main.css").to_ascii_lowercase();
    for c in palette::CATEGORIES.iter().chain(
        [
            palette::SCENARIO,
            palette::TARGET,
            palette::PINNED,
            palette::BAND,
            palette::RISE,
            palette::FALL,
        ]
        .iter(),
    ) {
        assert!(css.contains(c), "style/main.css lacks {c}");
    }
}
