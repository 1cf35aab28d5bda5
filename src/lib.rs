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
    // the data file is read here, in the task that starts the WebAssembly, and the page is
    // mounted in a task of its own: two shorter tasks rather than one long one
    let _ = trade_core::baseline();
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
    // The static first view must be painted, and that paint reported, before the app replaces
    // it: the browser times the largest paint when the frame reaches the screen, and text removed
    // before then is never counted (the page's largest paint would wait for the app). The loader
    // (Trunk.toml) already waits for it; in case it did not, wait here every frame, mount in the
    // task after the first paint's timing entry appears, and after 300 ms mount anyway (frames do
    // not run in a background tab; a browser without paint timing never reports one).
    fn painted(w: &web_sys::Window) -> bool {
        w.performance()
            .is_some_and(|p| p.get_entries_by_type("paint").length() > 0)
    }
    if !shown || painted(&w) {
        let cb = Closure::once_into_js(mount);
        let _ = w.set_timeout_with_callback(cb.unchecked_ref());
        return;
    }
    let done = Rc::new(Cell::new(false));
    let once = {
        let done = done.clone();
        move || {
            if !done.replace(true) {
                mount();
            }
        }
    };
    fn each_frame(w: web_sys::Window, done: Rc<Cell<bool>>, then: impl FnOnce() + 'static) {
        let w2 = w.clone();
        let frame = Closure::once_into_js(move || {
            if done.get() {
                return; // mounted by the timeout
            }
            if painted(&w2) {
                let cb = Closure::once_into_js(then);
                let _ = w2.set_timeout_with_callback(cb.unchecked_ref());
            } else {
                each_frame(w2, done, then);
            }
        });
        let _ = w.request_animation_frame(frame.unchecked_ref());
    }
    each_frame(w.clone(), done, once.clone());
    let cb = Closure::once_into_js(once);
    let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(cb.unchecked_ref(), 300);
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
