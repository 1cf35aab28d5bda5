//! When work runs: in a task of its own (`soon`), once the page is built (`when_built`, `built`),
//! and the flags on `window` that tell tests and tools work is still to come.

use gloo_timers::callback::Timeout;
use js_sys::Reflect;
use wasm_bindgen::JsValue;

/// Set a flag on `window` (`pendingLink`, `insightPending`): work still to come, for tests and
/// tools, without touching the document (a mark there would restyle it).
pub fn mark_pending(name: &str, pending: bool) {
    if let Some(w) = web_sys::window() {
        let _ = Reflect::set(&w, &name.into(), &JsValue::from_bool(pending));
    }
}

/// Run `f` in a task of its own, after what is running now (and, usually, a paint).
pub fn soon(f: impl FnOnce() + 'static) {
    Timeout::new(0, f).forget();
}

/// What waits for the page to be built (`when_built`); `None` once it is.
type Waiting = Option<Vec<Box<dyn FnOnce()>>>;

thread_local! {
    static ON_BUILT: std::cell::RefCell<Waiting> = std::cell::RefCell::new(Some(Vec::new()));
}

/// Run `f` once the page is built (`built`), or at once if it is.
pub fn when_built(f: impl FnOnce() + 'static) {
    let f: Box<dyn FnOnce()> = Box::new(f);
    let now = ON_BUILT.with(|q| match q.borrow_mut().as_mut() {
        Some(waiting) => {
            waiting.push(f);
            None
        }
        None => Some(f),
    });
    if let Some(f) = now {
        f();
    }
}

/// Mark the document as fully built (`data-built`, for tests and tools), run what waited for it
/// (`when_built`) and, if the address has a fragment (`#sources`), scroll to it now that it exists.
pub fn built() {
    for f in ON_BUILT
        .with(|q| q.borrow_mut().take())
        .into_iter()
        .flatten()
    {
        f();
    }
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(root) = doc.document_element() {
        let _ = root.set_attribute("data-built", "");
    }
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    if let Some(id) = hash.strip_prefix('#').filter(|h| !h.is_empty()) {
        if let Some(el) = doc.get_element_by_id(id) {
            el.scroll_into_view();
        }
    }
}
