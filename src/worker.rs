//! The insight worker: the band's 400 draws, the attribution of the final year and the goal
//! seek, computed off the page's main thread. The page (`offload.rs`) sends a [`Job`] (the assumptions and the
//! scenario on screen); the worker answers with [`Done`], which carries the job it was computed
//! for, so that the page shows a result only while that is still the scenario on screen. The
//! messages cross as serde types (gloo-worker's bincode codec); the computing is the core's own,
//! the same functions the CLI runs.

use gloo_worker::{HandlerId, Worker, WorkerScope};
use serde::{Deserialize, Serialize};
use trade_core::data::Params;
use trade_core::insight::attribution::{attribute, Attribution};
use trade_core::insight::solve::{solvable, solve, Goal, Solution};
use trade_core::insight::uncertainty::{stated_band, Band};
use trade_core::model::Scenario;

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
