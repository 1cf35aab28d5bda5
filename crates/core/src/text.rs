//! Words the page, the downloads and the embeds share, said once.

use crate::tr::Tr;

/// The calculator's name (share sheet, embed frame title).
pub const TITLE: Tr = Tr::new("India–Russia trade calculator");

/// The short source line drawn under downloaded charts and embeds.
pub const SOURCE_SHORT: Tr = Tr::new(
    "Source: Department of Commerce (TradeStat) for actual years; tariffs, elasticities and market sizes partly estimates. Model: WITS SMART partial equilibrium. Illustrative.",
);

/// The page footer's source line, before and after the link to the sources panel.
pub const SOURCE_LONG: (Tr, Tr, Tr) = (
    Tr::new("Source: Department of Commerce (TradeStat) for the actual years and their sectors; tariffs, elasticities and market sizes partly estimates, each with its source under "),
    Tr::new("Sources and method"),
    Tr::new(". Model: WITS SMART partial equilibrium. Illustrative projections, not forecasts."),
);

/// The unit every chart states.
pub const MONEY_UNIT: Tr = Tr::new("US$ bn, current prices");
