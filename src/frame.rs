//! The page inside a host's frame (an embed): whether it is in one, and its content height sent to
//! the host in Datawrapper's and Pym.js's message formats.

use crate::tasks::{soon, when_built};
use js_sys::{Object, Reflect};
use trade_core::present::files::embed;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// True when the page runs inside a frame.
pub fn in_frame() -> bool {
    web_sys::window().is_some_and(|w| match (w.parent(), w.self_()) {
        (Ok(Some(p)), s) => !Object::is(&p, &s),
        _ => false,
    })
}

/// The height an embed reports in a message (`report_height`'s Datawrapper format), if the message
/// is one.
pub fn reported_height(e: &web_sys::MessageEvent) -> Option<u32> {
    let inner = Reflect::get(&e.data(), &"datawrapper-height".into()).ok()?;
    let h = Reflect::get(&inner, &embed::HEIGHT_KEY.into())
        .ok()?
        .as_f64()?;
    (h.is_finite() && h >= 0.0).then_some(h as u32)
}

/// Tell the host page our content height whenever it changes (Datawrapper's and, with a child id,
/// Pym.js's message formats). Does nothing outside a frame.
pub fn report_height(pym_id: Option<String>) {
    if !in_frame() {
        return;
    }
    let Some(w) = web_sys::window() else { return };
    let Some(body) = w.document().and_then(|d| d.body()) else {
        return;
    };
    let last = std::cell::Cell::new(0u32);
    // `again`: send even an unchanged height (once the page is built, so that a host that waits
    // for the built page, like the embed dialog's preview, hears its final height)
    let post = std::rc::Rc::new(move |again: bool| {
        let Some(w) = web_sys::window() else { return };
        let Some(doc_el) = w.document().and_then(|d| d.document_element()) else {
            return;
        };
        // the content's height (the root box), not scrollHeight, which never falls below the
        // frame's own height and so could not let a frame shrink to a shorter embed
        let h = doc_el.get_bounding_client_rect().height().ceil().max(0.0) as u32;
        if h == last.get() && !again {
            return;
        }
        last.set(h);
        let Ok(Some(parent)) = w.parent() else { return };
        let inner = Object::new();
        let _ = Reflect::set(&inner, &embed::HEIGHT_KEY.into(), &JsValue::from(h));
        let msg = Object::new();
        let _ = Reflect::set(&msg, &"datawrapper-height".into(), &inner);
        let _ = parent.post_message(&msg, "*");
        if let Some(id) = &pym_id {
            let _ = parent.post_message(&JsValue::from_str(&embed::pym_message(id, h)), "*");
        }
    });
    let last_word = post.clone();
    when_built(move || soon(move || last_word(true)));
    // the observer's first call, once the body is laid out, sends the first height (measuring now,
    // while the page is being built, would force a layout)
    let cb = Closure::<dyn FnMut(JsValue)>::new(move |_entries: JsValue| post(false));
    if let Ok(observer) = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()) {
        observer.observe(&body);
        // the observer lives as long as the page
        std::mem::forget(observer);
    }
    cb.forget();
}
