//! Charts: the timeline of actual and projected years, each chart's series, axis and readout, and
//! the standalone SVG of a download.

pub mod chart;
pub mod svg;
pub mod timeline;
pub mod waterfall;
