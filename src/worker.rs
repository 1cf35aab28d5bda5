//! The insight worker: the band's 400 draws, the attribution of the final year and the goal
//! seek, computed off the page's main thread. The page (`offload.rs`) posts a
//! [`Request`](crate::protocol::Request) as text; the worker answers with a
//! [`Reply`](crate::protocol::Reply) that names what it was computed for, after saying that it
//! is ready. The computing is the core's own, the same functions the CLI runs, on the numbers of
//! the data each request carries (the worker has no data file of its own).

use crate::protocol::Reply;
#[cfg(feature = "worker")]
use crate::protocol::Request;
#[cfg(feature = "worker")]
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsValue;

/// A message as it crosses to or from the worker: its text (`protocol`).
pub fn post(text: String) -> JsValue {
    JsValue::from(text)
}

/// A reply read back; `None` if it is not one (the page then gives the worker up).
#[cfg(feature = "web")]
pub fn read_reply(data: &JsValue) -> Option<Reply> {
    Reply::decode(&data.as_string()?)
}

/// A request and the numbers of its data; `None` if it is not one.
#[cfg(feature = "worker")]
fn read_request(data: &JsValue) -> Option<(Request, trade_core::data::Params)> {
    Request::decode(&data.as_string()?)
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
            let Some((request, shipped)) = read_request(&e.data()) else {
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
    if scope.post_message(&post(message.encode())).is_err() {
        wasm_bindgen::throw_str("the insight worker could not send its answer");
    }
}
