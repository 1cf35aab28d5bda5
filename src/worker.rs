//! The insight worker: the band's 400 draws, the attribution of the final year and the goal
//! seek, computed off the page's main thread. The page (`offload.rs`) posts a
//! [`Posted`](crate::protocol::Posted) request; the worker answers with a
//! [`Reply`](crate::protocol::Reply) that names what it was computed for, after saying that it
//! is ready. Both cross as JavaScript values that serde-wasm-bindgen writes from the protocol's
//! serde types and reads back. The computing is the core's own, the same functions the CLI runs,
//! on the numbers of the data each request carries (the worker has no data file of its own).

#[cfg(feature = "worker")]
use crate::protocol::Posted;
use crate::protocol::Reply;
use serde::Serialize;
#[cfg(feature = "worker")]
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsValue;

/// A message as it crosses to or from the worker: a JavaScript value (numbers as numbers, the
/// same bits); `None` if serde cannot write it.
pub fn post(message: &impl Serialize) -> Option<JsValue> {
    serde_wasm_bindgen::to_value(message).ok()
}

/// A reply read back; `None` if it is not one (the page then gives the worker up).
#[cfg(feature = "web")]
pub fn read_reply(data: &JsValue) -> Option<Reply> {
    serde_wasm_bindgen::from_value(data.clone()).ok()
}

/// A request and the numbers of its data; `None` if it is not one.
#[cfg(feature = "worker")]
fn read_request(data: &JsValue) -> Option<Posted> {
    serde_wasm_bindgen::from_value(data.clone()).ok()
}

/// The worker itself: answer each request posted to it, after saying it is ready. A message it
/// cannot read or an answer it cannot send is thrown, as an error the page
/// hears (the worker's `error` event): the page then computes on its main thread.
#[cfg(feature = "worker")]
pub fn serve() {
    use wasm_bindgen::JsCast;
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let answering = scope.clone();
    let on_job =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            let Some(Posted { request, shipped }) = read_request(&e.data()) else {
                wasm_bindgen::throw_str("the insight worker received a message it cannot read");
            };
            reply(&answering, &request.run(&shipped));
        });
    scope.set_onmessage(Some(on_job.as_ref().unchecked_ref()));
    // the worker lives as long as its listener
    on_job.forget();
    reply(&scope, &Reply::Ready);
}

#[cfg(feature = "worker")]
fn reply(scope: &web_sys::DedicatedWorkerGlobalScope, message: &Reply) {
    let sent = post(message).map(|m| scope.post_message(&m));
    if !matches!(sent, Some(Ok(()))) {
        wasm_bindgen::throw_str("the insight worker could not send its answer");
    }
}
