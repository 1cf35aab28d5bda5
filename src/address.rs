//! The address bar: the page's address, and the link the scenario makes, written into it a
//! moment after the last move (history.replaceState: no new history entry).

use crate::tasks::mark_pending;
use gloo_timers::callback::Timeout;
use wasm_bindgen::JsValue;

pub fn current_query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The page's whole address.
pub fn current_href() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// The page's address without query or hash.
pub fn page_base() -> String {
    thread_local! {
        // the page never navigates away from its own address: read it once
        static BASE: String = web_sys::window()
            .map(|w| {
                let l = w.location();
                format!(
                    "{}{}",
                    l.origin().unwrap_or_default(),
                    l.pathname().unwrap_or_default()
                )
            })
            .unwrap_or_default();
    }
    BASE.with(Clone::clone)
}

thread_local! {
    /// The address-bar write waiting to happen (dropping it cancels it).
    static PENDING: std::cell::RefCell<Option<Timeout>> = const { std::cell::RefCell::new(None) };
}

/// Put the query `q` makes in the address bar a moment from now, replacing any write still waiting: while a
/// slider is dragged the history entry is rewritten once, when it stops (each rewrite costs the
/// browser milliseconds, and browsers throttle pages that rewrite it too often). While a write
/// waits, `window.pendingLink` is true (for tests; a mark in the document would restyle it).
pub fn replace_query_soon(q: impl FnOnce() -> String + 'static, then: impl FnOnce() + 'static) {
    mark_pending("pendingLink", true);
    let write = Timeout::new(150, move || {
        replace_query(&q());
        then();
        mark_pending("pendingLink", false);
    });
    // the write it replaces is dropped, and so cancelled
    PENDING.with(|p| p.replace(Some(write)));
}

pub fn replace_query(q: &str) {
    if let Some(w) = web_sys::window() {
        if let Ok(h) = w.history() {
            let path = w.location().pathname().unwrap_or_default();
            let hash = w.location().hash().unwrap_or_default();
            let _ =
                h.replace_state_with_url(&JsValue::NULL, "", Some(&format!("{path}?{q}{hash}")));
        }
    }
}
