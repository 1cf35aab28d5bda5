//! Thin wrappers over browser APIs: address bar, downloads, clipboard, share sheet, PNG rendering,
//! height messages to a host page, theme. Every failure is returned or ignored, never a panic.

use gloo_timers::callback::Timeout;
use js_sys::{Function, Object, Reflect};
use trade_core::link::Theme;
use trade_core::present::files::embed;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

pub fn current_query() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The reader's languages, most preferred first (`navigator.languages`).
pub fn languages() -> Vec<String> {
    window()
        .map(|w| w.navigator().languages())
        .map(|a| a.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default()
}

/// Set `<html lang>`, the document's title and its description to the reader's language.
pub fn set_language(lang: trade_core::tr::Lang, title: &str, description: &str) {
    let Some(doc) = window().and_then(|w| w.document()) else {
        return;
    };
    // each written only when it differs: no change to the document for nothing
    let set = |el: &web_sys::Element, name: &str, value: &str| {
        if el.get_attribute(name).as_deref() != Some(value) {
            let _ = el.set_attribute(name, value);
        }
    };
    if let Some(root) = doc.document_element() {
        set(&root, "lang", lang.code());
        set(&root, "dir", "ltr");
    }
    if doc.title() != title {
        doc.set_title(title);
    }
    if let Ok(Some(meta)) = doc.query_selector("meta[name=description]") {
        set(&meta, "content", description);
    }
}

/// The page's whole address.
pub fn current_href() -> String {
    window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// The page's address without query or hash.
pub fn page_base() -> String {
    thread_local! {
        // the page never navigates away from its own address: read it once
        static BASE: String = window()
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

/// Set a flag on `window` (`pendingLink`, `insightPending`): work still to come, for tests and
/// tools, without touching the document (a mark there would restyle it).
pub fn mark_pending(name: &str, pending: bool) {
    if let Some(w) = window() {
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
    let Some(doc) = window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(root) = doc.document_element() {
        let _ = root.set_attribute("data-built", "");
    }
    let hash = window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    if let Some(id) = hash.strip_prefix('#').filter(|h| !h.is_empty()) {
        if let Some(el) = doc.get_element_by_id(id) {
            el.scroll_into_view();
        }
    }
}

pub fn replace_query(q: &str) {
    if let Some(w) = window() {
        if let Ok(h) = w.history() {
            let path = w.location().pathname().unwrap_or_default();
            let hash = w.location().hash().unwrap_or_default();
            let _ =
                h.replace_state_with_url(&JsValue::NULL, "", Some(&format!("{path}?{q}{hash}")));
        }
    }
}

/// Save `blob` under `filename`.
fn save_blob(blob: gloo_file::Blob, filename: &str) -> Result<(), JsValue> {
    let doc = window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let url = gloo_file::ObjectUrl::from(blob);
    let a: web_sys::HtmlAnchorElement = doc.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(filename);
    a.set_attribute("hidden", "")?;
    if let Some(body) = doc.body() {
        body.append_child(&a)?;
        a.click();
        body.remove_child(&a)?;
    }
    // revoked (dropped) later: some browsers read the URL after click() returns
    Timeout::new(10_000, move || drop(url)).forget();
    Ok(())
}

/// Offer `text` as a file download.
pub fn download_text(filename: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    save_blob(
        gloo_file::Blob::new_with_options(text, Some(mime)),
        filename,
    )
}

/// Render an SVG document to a PNG at `scale` × its size and download it.
pub fn download_png(
    filename: &str,
    svg: &str,
    width: u32,
    height: u32,
    scale: u32,
) -> Result<(), JsValue> {
    let doc = window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let img = web_sys::HtmlImageElement::new()?;
    let canvas: web_sys::HtmlCanvasElement = doc.create_element("canvas")?.dyn_into()?;
    canvas.set_width(width * scale);
    canvas.set_height(height * scale);
    let name = filename.to_string();
    let img2 = img.clone();
    let onload = move || {
        let draw = || -> Result<(), JsValue> {
            let ctx: web_sys::CanvasRenderingContext2d = canvas
                .get_context("2d")?
                .ok_or_else(|| JsValue::from_str("no 2d context"))?
                .dyn_into()?;
            ctx.scale(scale as f64, scale as f64)?;
            ctx.draw_image_with_html_image_element(&img2, 0.0, 0.0)?;
            let done = Closure::once_into_js(move |blob: JsValue| {
                if let Ok(blob) = blob.dyn_into::<web_sys::Blob>() {
                    let _ = save_blob(gloo_file::Blob::from(blob), &name);
                }
            });
            canvas.to_blob(done.unchecked_ref())
        };
        if let Err(e) = draw() {
            web_sys::console::warn_2(&JsValue::from_str("PNG export failed:"), &e);
        }
    };
    gloo_events::EventListener::once(&img, "load", move |_| onload()).forget();
    let data = format!(
        "data:image/svg+xml;charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(svg))
    );
    img.set_src(&data);
    Ok(())
}

fn navigator() -> Option<JsValue> {
    window().map(|w| w.navigator().into())
}

/// A method of a browser object, if the browser has it.
fn method(obj: &JsValue, name: &str) -> Option<Function> {
    Reflect::get(obj, &JsValue::from_str(name))
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
}

/// Copy text to the clipboard. Err when the browser refuses (no permission, insecure page).
pub async fn copy_text(text: &str) -> Result<(), JsValue> {
    let nav = navigator().ok_or_else(|| JsValue::from_str("no navigator"))?;
    let clipboard = Reflect::get(&nav, &JsValue::from_str("clipboard"))?;
    if clipboard.is_undefined() {
        return Err(JsValue::from_str("no clipboard"));
    }
    let write = method(&clipboard, "writeText").ok_or_else(|| JsValue::from_str("no writeText"))?;
    let promise: js_sys::Promise = write
        .call1(&clipboard, &JsValue::from_str(text))?
        .dyn_into()?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map(|_| ())
}

/// True when the browser offers a share sheet.
pub fn can_share() -> bool {
    navigator().is_some_and(|n| method(&n, "share").is_some())
}

/// Open the device's share sheet with a title and a link.
pub async fn share(title: &str, url: &str) -> Result<(), JsValue> {
    let nav = navigator().ok_or_else(|| JsValue::from_str("no navigator"))?;
    let f = method(&nav, "share").ok_or_else(|| JsValue::from_str("no share"))?;
    let data = Object::new();
    Reflect::set(&data, &"title".into(), &title.into())?;
    Reflect::set(&data, &"url".into(), &url.into())?;
    let promise: js_sys::Promise = f.call1(&nav, &data)?.dyn_into()?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map(|_| ())
}

/// Set `data-theme` on the root element (auto follows the system).
pub fn set_theme(theme: Theme) {
    if let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = match theme {
            Theme::Auto => root.remove_attribute("data-theme"),
            t => root.set_attribute("data-theme", t.key()),
        };
    }
}

/// Select the whole text of the input an event came from (a link box the reader focuses).
pub fn select_all(ev: &web_sys::FocusEvent) {
    if let Some(i) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        i.select();
    }
}

/// True when the page runs inside a frame.
pub fn in_frame() -> bool {
    window().is_some_and(|w| match (w.parent(), w.self_()) {
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
    let Some(w) = window() else { return };
    let Some(body) = w.document().and_then(|d| d.body()) else {
        return;
    };
    let last = std::cell::Cell::new(0u32);
    // `again`: send even an unchanged height (once the page is built, so that a host that waits
    // for the built page, like the embed dialog's preview, hears its final height)
    let post = std::rc::Rc::new(move |again: bool| {
        let Some(w) = window() else { return };
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
