//! When the page cannot go on (a panic: the WebAssembly stops right after), the reader is told
//! in their language, in an alert region, with a link that reloads the page and, in an embed,
//! one to the full calculator. Built with plain DOM calls and links, no listener: after a panic
//! nothing of the WebAssembly may run again.

use trade_core::text;
use trade_core::tr::Lang;
use web_sys::{Document, Element};

/// Put the message at the top of the page (once).
pub fn show() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if doc.get_element_by_id("fault").is_some() {
        return;
    }
    let _ = build(&doc);
}

fn build(doc: &Document) -> Option<()> {
    let root = doc.document_element()?;
    let lang = Lang::parse(&root.get_attribute("lang").unwrap_or_default()).unwrap_or(Lang::En);
    let href = web_sys::window()?.location().href().ok()?;
    let alert = doc.create_element("div").ok()?;
    alert.set_id("fault");
    alert.set_class_name("fault");
    alert.set_attribute("role", "alert").ok()?;
    let p = doc.create_element("p").ok()?;
    p.set_text_content(Some(text::FAULT.get(lang)));
    alert.append_child(&p).ok()?;
    // a link to this very address reloads the page, without any script
    let reload = link(doc, &href, text::RELOAD.get(lang))?;
    reload.set_class_name("button");
    alert.append_child(&reload).ok()?;
    if href.contains("embed=") {
        let full = href.replace("embed=1", "embed=0");
        let open = link(doc, &full, text::OPEN_FULL.get(lang))?;
        open.set_attribute("target", "_blank").ok()?;
        open.set_attribute("rel", "noopener").ok()?;
        alert.append_child(&doc.create_text_node(" ")).ok()?;
        alert.append_child(&open).ok()?;
    }
    let body = doc.body()?;
    body.insert_before(&alert, body.first_child().as_ref())
        .ok()?;
    Some(())
}

fn link(doc: &Document, href: &str, words: &str) -> Option<Element> {
    let a = doc.create_element("a").ok()?;
    a.set_attribute("href", href).ok()?;
    a.set_text_content(Some(words));
    Some(a)
}
