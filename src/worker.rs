//! The insight worker: the band's 400 draws and the attribution of the final year, computed off
//! the page's main thread. The page (`offload.rs`) sends a [`Job`] (the assumptions and the
//! scenario on screen); the worker answers with [`Done`], which carries the job it was computed
//! for, so that the page shows a result only while that is still the scenario on screen. The
//! messages cross as serde types (gloo-worker's bincode codec); the computing is the core's own,
//! the same functions the CLI runs.

use gloo_worker::{HandlerId, Worker, WorkerScope};
use serde::{Deserialize, Serialize};
use trade_core::data::Params;
use trade_core::insight::attribution::{attribute, Attribution};
use trade_core::insight::uncertainty::{stated_band, Band};
use trade_core::model::Scenario;

/// What to compute: the assumptions in force and the scenario.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Job {
    pub params: Params,
    pub scenario: Scenario,
}

/// The band and what moved the final year, for a job.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Done {
    pub job: Job,
    pub band: Band,
    pub moved: [Attribution; 2],
}

impl Job {
    /// The computing itself (the worker runs it; the page too, where there is no worker).
    pub fn run(self) -> Done {
        Done {
            job: self,
            band: stated_band(&self.params, &self.scenario),
            moved: attribute(&self.params, &self.scenario),
        }
    }
}

/// The worker: one job at a time, answered to the page that sent it.
pub struct InsightWorker;

impl Worker for InsightWorker {
    type Message = ();
    type Input = Job;
    type Output = Done;

    fn create(_scope: &WorkerScope<Self>) -> Self {
        InsightWorker
    }

    fn update(&mut self, _scope: &WorkerScope<Self>, _msg: ()) {}

    fn received(&mut self, scope: &WorkerScope<Self>, job: Job, id: HandlerId) {
        scope.respond(id, job.run());
    }
}
