//! Offline use. In a release build, on a page that is not an embed or inside a frame, registers
//! the service worker (`sw.js`, written by `scripts/pwa/build.mjs`) and, when a new build is
//! waiting, offers it: the new build takes over only when the reader says "Reload" (or on their
//! next visit), and the reload keeps their scenario. Every browser API is reached through
//! `Reflect`, so a browser that refuses service workers (a sandboxed frame, private mode,
//! `file://`, blocked cookies) leaves the page as it is, with nothing in the console.

use std::cell::{Cell, RefCell};

use js_sys::{Array, Function, Object, Reflect};
use leptos::prelude::*;
use leptos::task::spawn_local;
use trade_core::text;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// What the banner shows.
#[derive(Clone, Copy)]
pub struct Pwa {
    /// A new build is installed and waiting for the reader.
    pub update: RwSignal<bool>,
    /// The first install finished: the page now opens offline.
    pub offline_ready: RwSignal<bool>,
}

thread_local! {
    static REGISTRATION: RefCell<Option<JsValue>> = const { RefCell::new(None) };
    /// The reader pressed "Reload": the next change of controller reloads the page.
    static ASKED: Cell<bool> = const { Cell::new(false) };
    /// Where the reload goes: the scenario as it is then.
    static RELOAD_TO: RefCell<Option<Box<dyn Fn() -> String>>> = const { RefCell::new(None) };
    static LAST_CHECK: Cell<f64> = const { Cell::new(0.0) };
}

/// A property, if the browser has it and reading it does not throw.
fn get(obj: &JsValue, key: &str) -> Option<JsValue> {
    Reflect::get(obj, &JsValue::from_str(key))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

/// Call a method, if there is one; errors (thrown exceptions) are None.
fn call(obj: &JsValue, name: &str, args: &[JsValue]) -> Option<JsValue> {
    let f: Function = get(obj, name)?.dyn_into().ok()?;
    f.apply(obj, &args.iter().collect::<Array>()).ok()
}

/// Listen to `event` on `target` for as long as the page lives (the service worker's events).
fn on(target: &JsValue, event: &'static str, mut f: impl FnMut(JsValue) + 'static) {
    if let Some(target) = target.dyn_ref::<web_sys::EventTarget>() {
        gloo_events::EventListener::new(target, event, move |e| f(e.clone().into())).forget();
    }
}

fn now() -> f64 {
    js_sys::Date::now()
}

/// Register the worker where it belongs and provide the banner's state. `reload_to` gives the
/// address to reload to when the reader accepts a new build.
pub fn start(embed: bool, reload_to: impl Fn() -> String + 'static) {
    let pwa = Pwa {
        update: RwSignal::new(false),
        offline_ready: RwSignal::new(false),
    };
    provide_context(pwa);
    if cfg!(debug_assertions) || embed || crate::frame::in_frame() {
        return;
    }
    register(pwa, reload_to);
}

/// Register the service worker and follow its updates.
fn register(pwa: Pwa, reload_to: impl Fn() -> String + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(container) = get(&window.navigator().into(), "serviceWorker") else {
        return;
    };
    RELOAD_TO.with(|r| *r.borrow_mut() = Some(Box::new(reload_to)));
    // was the page already served by a worker (a build was installed) before this change?
    let controlled = std::rc::Rc::new(Cell::new(get(&container, "controller").is_some()));
    on_controller_change(&container, pwa, controlled.clone());
    let options = Object::new();
    let _ = Reflect::set(&options, &"scope".into(), &"./".into());
    let _ = Reflect::set(&options, &"updateViaCache".into(), &"none".into());
    let Some(promise) = call(
        &container,
        "register",
        &[JsValue::from_str("./sw.js"), options.into()],
    )
    .and_then(|p| p.dyn_into::<js_sys::Promise>().ok()) else {
        return;
    };
    spawn_local(async move {
        // a refusal (private mode, blocked storage) is not an error worth reporting
        let Ok(registration) = wasm_bindgen_futures::JsFuture::from(promise).await else {
            return;
        };
        REGISTRATION.with(|r| *r.borrow_mut() = Some(registration.clone()));
        LAST_CHECK.with(|c| c.set(now()));
        if controlled.get() && get(&registration, "waiting").is_some() {
            pwa.update.set(true);
        }
        follow_updates(&registration, container, pwa);
        check_when_back(registration);
    });
}

/// A new worker took over: reload if the reader asked for it; otherwise another tab accepted a
/// new build (this one keeps its files until the reader reloads), or the first install did.
fn on_controller_change(container: &JsValue, pwa: Pwa, was: std::rc::Rc<Cell<bool>>) {
    on(container, "controllerchange", move |_| {
        if ASKED.with(Cell::get) {
            let to = RELOAD_TO.with(|r| r.borrow().as_ref().map(|f| f()));
            if let (Some(w), Some(to)) = (web_sys::window(), to) {
                let _ = w.location().replace(&to);
            }
        } else if was.get() {
            pwa.update.set(true);
        } else {
            was.set(true);
            pwa.offline_ready.set(true);
        }
    });
}

/// A worker installed while a build serves the page is an update (the first install activates
/// at once).
fn follow_updates(registration: &JsValue, container: JsValue, pwa: Pwa) {
    let reg = registration.clone();
    on(registration, "updatefound", move |_| {
        let Some(installing) = get(&reg, "installing") else {
            return;
        };
        let worker = installing.clone();
        let container = container.clone();
        on(&installing, "statechange", move |_| {
            let installed = get(&worker, "state").and_then(|s| s.as_string());
            if installed.as_deref() == Some("installed") && get(&container, "controller").is_some()
            {
                pwa.update.set(true);
            }
        });
    });
}

/// Tabs left open for days look for a new build when they come back, at most hourly.
fn check_when_back(registration: JsValue) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let d = doc.clone();
    on(&doc.into(), "visibilitychange", move |_| {
        let visible = get(&d.clone().into(), "visibilityState")
            .and_then(|s| s.as_string())
            .is_some_and(|s| s == "visible");
        if visible && now() - LAST_CHECK.with(Cell::get) > 3_600_000.0 {
            LAST_CHECK.with(|c| c.set(now()));
            if let Some(p) = call(&registration, "update", &[]) {
                if let Ok(p) = p.dyn_into::<js_sys::Promise>() {
                    spawn_local(async move {
                        let _ = wasm_bindgen_futures::JsFuture::from(p).await;
                    });
                }
            }
        }
    });
}

/// The reader accepted the new build: let it take over (the page reloads on the change of
/// controller), or reload at once when it already has.
fn accept() {
    ASKED.with(|a| a.set(true));
    let waiting = REGISTRATION.with(|r| r.borrow().as_ref().and_then(|reg| get(reg, "waiting")));
    match waiting {
        Some(w) => {
            let _ = call(&w, "postMessage", &[JsValue::from_str("skip-waiting")]);
        }
        None => {
            let to = RELOAD_TO.with(|r| r.borrow().as_ref().map(|f| f()));
            if let (Some(w), Some(to)) = (web_sys::window(), to) {
                let _ = w.location().replace(&to);
            }
        }
    }
}

/// "A new version is available — Reload", and once, "Ready to work offline".
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let Some(pwa) = use_context::<Pwa>() else {
        return ().into_any();
    };
    let lang = crate::state::use_display().lang();
    view! {
        <div class="app-banners">
        <Show when=move || pwa.update.get()>
            <div class="app-banner" role="status">
                <p>{text::NEW_VERSION.get(lang)}</p>
                <button type="button" on:click=move |_| accept()>{text::RELOAD.get(lang)}</button>
                <button type="button" class="link" on:click=move |_| pwa.update.set(false)>{text::LATER.get(lang)}</button>
            </div>
        </Show>
        <Show when=move || pwa.offline_ready.get() && !pwa.update.get()>
            <div class="app-banner" role="status">
                <p>{text::OFFLINE_READY.get(lang)}</p>
                <button type="button" class="link" on:click=move |_| pwa.offline_ready.set(false)>{text::OK.get(lang)}</button>
            </div>
        </Show>
        </div>
    }
    .into_any()
}
