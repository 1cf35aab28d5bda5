//! India–Russia trade balance calculator.
//!
//! The model and everything around it (data, levers, URL codec, JSON) are plain Rust that builds
//! and tests natively; only [`ui`] is web-specific and compiled for `wasm32` alone.

pub mod assumptions;
pub mod chart;
pub mod data;
pub mod embed;
pub mod format;
pub mod levers;
pub mod model;
pub mod narrative;
pub mod presets;
pub mod report;
pub mod scenario;

#[cfg(target_arch = "wasm32")]
mod ui;

use std::sync::OnceLock;

/// The shipped baseline, parsed once. `build.rs` already ran the same parser over the same file,
/// so an error here cannot happen in a build that succeeded; callers still handle it.
pub fn baseline() -> Result<&'static data::Baseline, &'static data::DataError> {
    static BASELINE: OnceLock<Result<data::Baseline, data::DataError>> = OnceLock::new();
    BASELINE
        .get_or_init(|| data::parse(data::BASELINE_TEXT))
        .as_ref()
}
