//! The data the page computes on: the newest vintage, built in, or the older one a link's
//! `data=` names, fetched from beside the app (`vintages/<id>/baseline.txt`, copied there by the
//! build) before the page is mounted, and parsed by the core's own parser. The service worker
//! keeps a vintage's file once fetched, so an old link seen once opens offline too.

use std::cell::Cell;
use trade_core::data::{Baseline, DataError};
use trade_core::link::{self, Notice};
use trade_core::vintage::{self, LATEST};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

thread_local! {
    /// The older vintage the link asked for, once loaded.
    static CHOSEN: Cell<Option<&'static Baseline>> = const { Cell::new(None) };
    /// The vintage the link asked for that could not be loaded.
    static MISSED: Cell<Option<&'static str>> = const { Cell::new(None) };
}

/// The data the page computes on: the link's vintage when it was loaded, else the newest.
pub fn baseline() -> Result<&'static Baseline, &'static DataError> {
    match CHOSEN.with(Cell::get) {
        Some(b) => Ok(b),
        None => trade_core::baseline(),
    }
}

/// What the page says when the link's vintage could not be loaded.
pub fn missed_notice() -> Option<Notice> {
    MISSED
        .with(Cell::get)
        .map(|id| Notice::VintageUnavailable { id, latest: LATEST })
}

/// The older vintage the page's link names, if it names one (the newest and unknown ids need
/// nothing loaded).
pub fn asked(query: &str) -> Option<&'static str> {
    let id = link::vintage_of(query);
    (id != LATEST).then_some(id)
}

/// Fetch and parse vintage `id`; on any failure the page goes on with the newest and says so.
pub async fn load(id: &'static str) {
    let parsed = fetch_text(&vintage::file_path(id)).await.and_then(|text| {
        // parsed once for the page's life, like the built-in file
        let text: &'static str = Box::leak(text.into_boxed_str());
        trade_core::data::parse(text).ok()
    });
    match parsed {
        Some(b) if b.vintage.id == id => CHOSEN.with(|c| c.set(Some(Box::leak(Box::new(b))))),
        _ => MISSED.with(|m| m.set(Some(id))),
    }
}

/// A file beside the app as text; None when the network and the service worker both fail.
async fn fetch_text(path: &str) -> Option<String> {
    let window = web_sys::window()?;
    let response = JsFuture::from(window.fetch_with_str(path)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}
