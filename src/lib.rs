//! The page: a Leptos (client-side) front end over `trade-core`, compiled to WebAssembly by
//! Trunk with the `web` feature. Without that feature this crate is empty, so a plain
//! `cargo test` of the workspace never compiles Leptos.

#[cfg(feature = "web")]
mod browser;
#[cfg(feature = "web")]
mod chart;
#[cfg(feature = "web")]
mod headline;
#[cfg(feature = "web")]
mod insight;
#[cfg(feature = "web")]
mod intl;
#[cfg(feature = "web")]
mod levers;
#[cfg(feature = "web")]
mod moved;
#[cfg(feature = "web")]
mod page;
#[cfg(feature = "web")]
mod panels;
#[cfg(feature = "web")]
mod pwa;
#[cfg(feature = "web")]
mod share;
#[cfg(feature = "web")]
mod state;
#[cfg(feature = "web")]
mod tables;

/// The entry point: Trunk's loader calls it once the WebAssembly has loaded.
#[cfg(feature = "web")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(page::App);
}
