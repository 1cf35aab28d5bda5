//! The document's root: its language, title and description, its theme; and the reader's
//! languages, which choose the page's when the link does not.

use trade_core::link::Theme;

/// The reader's languages, most preferred first (`navigator.languages`).
pub fn languages() -> Vec<String> {
    web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|a| a.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default()
}

/// Set `<html lang>`, the document's title and its description to the reader's language.
pub fn set_language(lang: trade_core::tr::Lang, title: &str, description: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
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

/// Set `data-theme` on the root element (auto follows the system).
pub fn set_theme(theme: Theme) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = match theme {
            Theme::Auto => root.remove_attribute("data-theme"),
            t => root.set_attribute("data-theme", t.key()),
        };
    }
}
