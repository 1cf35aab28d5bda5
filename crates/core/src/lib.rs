//! The India–Russia trade calculator's core: the data file, the lever and input tables, the
//! projection model, the link codec and everything that presents a projection (sentences, chart
//! data, SVG, JSON, CSV). Plain Rust with no dependencies: the page (the workspace's root
//! package) and the command line (`crates/cli`) are thin front ends over it.

pub mod data;
pub mod fy;
pub mod insight;
pub mod link;
pub mod model;
pub mod present;
pub mod presets;
pub mod text;
pub mod tr;
pub mod vintage;

use std::sync::OnceLock;

/// The shipped baseline, parsed once. `build.rs` already ran the same parser over the same file,
/// so an error here cannot happen in a build that succeeded; callers still handle it.
pub fn baseline() -> Result<&'static data::Baseline, &'static data::DataError> {
    static BASELINE: OnceLock<Result<data::Baseline, data::DataError>> = OnceLock::new();
    BASELINE
        .get_or_init(|| data::parse(data::BASELINE_TEXT))
        .as_ref()
}
