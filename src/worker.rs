//! The insight worker: the band's 400 draws, the attribution of the final year and the goal
//! seek, computed off the page's main thread. The page (`offload.rs`) sends a [`Job`] (the assumptions and the
//! scenario on screen); the worker answers with [`Done`], which carries the job it was computed
//! for, so that the page shows a result only while that is still the scenario on screen. The
//! messages cross as serde types in bincode (`encode`, `decode`), the worker saying first that it
//! is ready ([`Reply`]); the computing is the core's own, the same functions the CLI runs.

use js_sys::Uint8Array;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use trade_core::data::Params;
use trade_core::insight::attribution::{attribute, Attribution};
use trade_core::insight::solve::{solvable, solve, Goal, Solution};
use trade_core::insight::uncertainty::{stated_band, Band};
use trade_core::model::Scenario;
#[cfg(feature = "worker")]
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// What to compute: the assumptions in force, the scenario, and the goal the reader asks about.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Job {
    pub params: Params,
    pub scenario: Scenario,
    pub goal: Option<Ask>,
}

/// A goal and the key of the lever to reach it with.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Ask {
    pub goal: Goal,
    pub lever: String,
}

/// The band, what moved the final year and the goal's answer, for a job.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Done {
    pub job: Job,
    pub band: Band,
    pub moved: [Attribution; 2],
    pub solution: Option<Solution>,
}

impl Job {
    /// The computing itself (the worker runs it; the page too, where there is no worker).
    pub fn run(self) -> Done {
        let (p, s) = (&self.params, &self.scenario);
        let solution = self
            .goal
            .as_ref()
            .and_then(|a| solvable(&a.lever).map(|l| solve(p, s, a.goal, l)));
        Done {
            band: stated_band(p, s),
            moved: attribute(p, s),
            solution,
            job: self,
        }
    }

    /// Whether `other` has the same assumptions and scenario (its band and what moved hold).
    pub fn same_scenario(&self, other: &Job) -> bool {
        self.params == other.params && self.scenario == other.scenario
    }
}

/// What the worker says: that it is ready (its WebAssembly loaded, its listener set: jobs may be
/// posted), then an answer for each job.
#[derive(Debug, Serialize, Deserialize)]
pub enum Reply {
    Ready,
    Done(Box<Done>),
}

/// A message as it crosses to or from the worker: bincode in a byte array. `None` if it does not
/// encode.
pub fn encode<T: Serialize>(value: &T) -> Option<JsValue> {
    let bytes = bincode::serialize(value).ok()?;
    Some(Uint8Array::from(bytes.as_slice()).into())
}

/// A message read back; `None` if it is not one (the page then gives the worker up).
pub fn decode<T: DeserializeOwned>(data: &JsValue) -> Option<T> {
    let bytes = data.dyn_ref::<Uint8Array>()?.to_vec();
    bincode::deserialize(&bytes).ok()
}

/// The worker itself: answer each job posted to it, after saying it is ready. A message it cannot
/// read or an answer it cannot send is thrown, as an error the page hears (the worker's `error`
/// event): the page then computes on its main thread.
#[cfg(feature = "worker")]
pub fn serve() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let answering = scope.clone();
    let on_job =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            let Some(job) = decode::<Job>(&e.data()) else {
                wasm_bindgen::throw_str("the insight worker received a message it cannot read");
            };
            reply(&answering, &Reply::Done(Box::new(job.run())));
        });
    scope.set_onmessage(Some(on_job.as_ref().unchecked_ref()));
    // the worker lives as long as its listener
    on_job.forget();
    reply(&scope, &Reply::Ready);
}

#[cfg(feature = "worker")]
fn reply(scope: &web_sys::DedicatedWorkerGlobalScope, message: &Reply) {
    let sent = encode(message).map(|m| scope.post_message(&m));
    if !matches!(sent, Some(Ok(()))) {
        wasm_bindgen::throw_str("the insight worker could not send its answer");
    }
}
