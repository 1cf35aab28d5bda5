//! The page: a Leptos (client-side) front end over `trade-core`, compiled to WebAssembly by
//! Trunk with the `web` feature. Without that feature this crate holds only the worker's protocol
//! (plain Rust, tested natively), so a plain
//! `cargo test` of the workspace never compiles Leptos.

// A browser API that fails must never stop the page: no unwrap or expect on what it returns
// (each remaining allow says why it cannot fail).
#![warn(clippy::unwrap_used, clippy::expect_used)]

#[cfg(feature = "web")]
mod address;
#[cfg(feature = "web")]
mod chart;
#[cfg(feature = "web")]
mod fault;
#[cfg(feature = "web")]
mod frame;
#[cfg(feature = "web")]
mod headline;
#[cfg(feature = "web")]
mod insight;
#[cfg(feature = "web")]
mod intl;
#[cfg(feature = "web")]
mod lazy;
#[cfg(feature = "web")]
mod levers;
#[cfg(feature = "web")]
mod moved;
#[cfg(feature = "web")]
mod observe;
#[cfg(feature = "web")]
mod offload;
#[cfg(feature = "web")]
mod page;
#[cfg(feature = "web")]
mod panels;
pub mod protocol;
#[cfg(feature = "web")]
mod pwa;
#[cfg(feature = "web")]
mod root;
#[cfg(feature = "web")]
mod save;
#[cfg(feature = "web")]
mod share;
#[cfg(feature = "web")]
mod state;
#[cfg(feature = "web")]
mod tables;
#[cfg(feature = "web")]
mod tasks;
#[cfg(feature = "web")]
mod vintage;
#[cfg(any(feature = "web", feature = "worker"))]
pub mod worker;

/// The entry point: Trunk's loader calls it once the WebAssembly has loaded. The loader (its
/// pattern in Trunk.toml) is the one place that waits for the static first view's paint; here the
/// data file is read in the task that starts the WebAssembly, the link's band and what moved are
/// computed in the next (`state::prepare`), and the page is mounted in a task of its own: three
/// shorter tasks rather than one long one.
#[cfg(feature = "web")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        fault::show();
    }));
    // a link made on older data: its vintage's file is fetched first (the first view waits)
    if let Some(id) = vintage::asked(&address::current_query()) {
        wasm_bindgen_futures::spawn_local(async move {
            vintage::load(id).await;
            begin();
        });
        return;
    }
    begin();
}

/// Compute the link's first band on the data chosen, then mount.
#[cfg(feature = "web")]
fn begin() {
    let Ok(baseline) = vintage::baseline() else {
        // the page says what is wrong with the data file once it is mounted
        gloo_timers::callback::Timeout::new(0, mount).forget();
        return;
    };
    gloo_timers::callback::Timeout::new(0, move || {
        state::prepare(baseline);
        gloo_timers::callback::Timeout::new(0, mount).forget();
    })
    .forget();
}

/// Mount the app; the static first view (written into index.html at build time) gives way in the
/// same task, so no frame shows both.
#[cfg(feature = "web")]
fn mount() {
    leptos::mount::mount_to_body(page::App);
    if let Some(first) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("first-view"))
    {
        first.remove();
    }
}

/// For the fault-injection tests only: panics, as any bug would, so that a test can check the
/// reader is told and offered a reload (`tests/browser/faults.test.mjs`).
#[cfg(feature = "web")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = "__panicForTests")]
pub fn panic_for_tests() {
    panic!("a panic injected by a test");
}
