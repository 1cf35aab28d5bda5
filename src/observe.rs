//! How a part of the page follows its element: whether it is on screen (`on_screen`), its width
//! (`width_of`), and a value computed only while it is seen (`while_visible`). The observers are
//! kept by the component that made them and disconnected when it goes.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Whether the element `node` refers to is on screen (true until it is first seen off screen).
pub fn on_screen<E>(node: NodeRef<E>) -> RwSignal<bool>
where
    E: leptos::html::ElementType,
    E::Output: wasm_bindgen::JsCast + Clone + 'static,
{
    let visible = RwSignal::new(true);
    Effect::new(move |_| {
        if let Some(el) = node.get() {
            // kept by this effect's owner, disconnected when the part of the page goes
            StoredValue::new_local(watch_visibility(el.unchecked_ref(), visible));
        }
    });
    visible
}

/// The width of the element `node` refers to, `initial` until it is measured, then kept up to date
/// (a turned phone).
pub fn width_of<E>(node: NodeRef<E>, initial: f64) -> RwSignal<f64>
where
    E: leptos::html::ElementType,
    E::Output: wasm_bindgen::JsCast + Clone + 'static,
{
    let width = RwSignal::new(initial);
    Effect::new(move |_| {
        if let Some(el) = node.get() {
            StoredValue::new_local(watch_width(el.unchecked_ref(), width));
        }
    });
    width
}

/// A value computed only while its panel is on screen (`visible`): off screen it keeps what it
/// last showed and follows nothing, so a lever move costs nothing there.
pub fn while_visible<T>(
    visible: RwSignal<bool>,
    f: impl Fn() -> T + Send + Sync + 'static,
) -> Memo<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    Memo::new(move |prev: Option<&T>| match (visible.get(), prev) {
        (false, Some(prev)) => prev.clone(),
        _ => f(),
    })
}

/// An observer and its callback, watching until dropped (then disconnected): the component that
/// made it keeps it, so that nothing observes a part of the page that is gone (a change of
/// language rebuilds the page).
struct Observing {
    disconnect: Box<dyn Fn()>,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

impl Drop for Observing {
    fn drop(&mut self) {
        (self.disconnect)();
    }
}

/// Keep `visible` true while `el` is on screen or near it (a quarter of a screen away), for parts of
/// the page that need not follow a lever while nobody can see them. Where the browser has no
/// IntersectionObserver, `visible` stays true.
fn watch_visibility(el: &web_sys::Element, visible: RwSignal<bool>) -> Option<Observing> {
    let cb = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        for e in entries.iter() {
            if let Ok(e) = e.dyn_into::<web_sys::IntersectionObserverEntry>() {
                visible.set(e.is_intersecting());
            }
        }
    });
    let init = web_sys::IntersectionObserverInit::new();
    init.set_root_margin("25% 0px 25% 0px");
    let observer =
        web_sys::IntersectionObserver::new_with_options(cb.as_ref().unchecked_ref(), &init).ok()?;
    observer.observe(el);
    Some(Observing {
        disconnect: Box::new(move || observer.disconnect()),
        _callback: cb,
    })
}

/// Keep `width` at `el`'s content width in CSS pixels, rounded to 4 px (charts draw their text at
/// a constant size by making one viewBox unit one pixel). Read from the observer's entries, which
/// arrive after layout (the first one as soon as `el` is laid out): reading the width directly
/// while the page is being built would force a layout per chart.
fn watch_width(el: &web_sys::Element, width: RwSignal<f64>) -> Option<Observing> {
    let cb = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        for e in entries.iter() {
            if let Ok(e) = e.dyn_into::<web_sys::ResizeObserverEntry>() {
                let w = (e.content_rect().width() / 4.0).round() * 4.0;
                if w > 0.0 && w != width.get_untracked() {
                    width.set(w);
                }
            }
        }
    });
    let observer = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()).ok()?;
    observer.observe(el);
    Some(Observing {
        disconnect: Box::new(move || observer.disconnect()),
        _callback: cb,
    })
}
