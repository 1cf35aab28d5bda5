//! Charts: the timeline of actual and projected years, each chart's series and readout, the
//! geometry every renderer draws from, and the standalone SVG of a download.

pub mod chart;
pub mod geometry;
pub mod readout;
pub mod svg;
pub mod timeline;
pub mod waterfall;
