//! Files the reader saves: text (CSV, JSON, SVG) as a download, and a chart's SVG drawn on a
//! canvas and saved as PNG. Every failure is returned or logged, never a panic.

use gloo_timers::callback::Timeout;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Save `blob` under `filename`.
fn save_blob(blob: gloo_file::Blob, filename: &str) -> Result<(), JsValue> {
    let doc = web_sys::window()
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
    let doc = web_sys::window()
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
