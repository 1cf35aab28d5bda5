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
    use std::{cell::Cell, rc::Rc};
    use wasm_bindgen::{closure::Closure, JsCast};
    console_error_panic_hook::set_once();
    let Some(w) = web_sys::window() else {
        return mount();
    };
    let shown = w
        .document()
        .and_then(|d| d.document_element())
        .is_some_and(|root| !root.class_list().contains("first-view-off"))
        && w.document()
            .and_then(|d| d.get_element_by_id("first-view"))
            .is_some();
    if !shown {
        return mount();
    }
    // Let the static first view paint once before the app replaces it: on a fast load it would
    // otherwise be replaced unseen, and the page's largest paint would wait for the app. After the
    // next frame (or 200 ms, where frames do not run, as in a background tab), whichever is first.
    let done = Rc::new(Cell::new(false));
    let once = move || {
        if !done.replace(true) {
            mount();
        }
    };
    let later = once.clone();
    let w2 = w.clone();
    let after_frame = Closure::once_into_js(move || {
        let cb = Closure::once_into_js(later);
        let _ = w2.set_timeout_with_callback(cb.unchecked_ref());
    });
    let _ = w.request_animation_frame(after_frame.unchecked_ref());
    let cb = Closure::once_into_js(once);
    let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(cb.unchecked_ref(), 200);
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
