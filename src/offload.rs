//! The page's side of the insight worker (`worker.rs`): the band and the attribution are asked
//! of the worker, and shown only for the scenario on screen.
//!
//! - Until the page is built, and wherever there is no worker (no `Worker` in the browser, a build
//!   without one, a worker that fails to load or answer), they are computed here, on the main
//!   thread, as before.
//! - The worker starts with the first move after the page is built (a reader who only reads never
//!   loads it): that move is computed here, and sent to the worker too, to warm it up.
//! - One job is in flight at a time. A move while one is on its way replaces the job that waits
//!   (`next`): a burst of moves sends at most the one in flight and the latest, never a queue.
//! - A result is shown only if it was computed for the job on screen when it arrives
//!   ([`Done::job`]); until then the last one stays, marked as updating (`AppState::busy`).

use std::cell::RefCell;

use gloo_worker::{Spawnable, WorkerBridge};
use leptos::prelude::*;

use crate::worker::{Done, InsightWorker, Job};

/// How long a job may take before the worker is given up for the main thread (its first answer
/// includes starting it: 80–165 ms here; a job itself takes a few ms).
const PATIENCE_MS: u32 = 4000;

#[derive(Default)]
struct Client {
    bridge: Option<WorkerBridge<InsightWorker>>,
    /// The job the worker is computing.
    in_flight: Option<Job>,
    /// The latest job asked for while one was in flight.
    next: Option<Job>,
    /// Jobs sent so far (the watchdog's way of knowing its job is still the one in flight).
    sent: u64,
    /// Whether the page is built (the worker may start), and whether it has been started.
    built: bool,
    started: bool,
}

thread_local! {
    static CLIENT: RefCell<Client> = RefCell::new(Client::default());
}

/// The job on screen and where its results go.
#[derive(Clone, Copy)]
pub struct Offload {
    pub job: Memo<Job>,
    pub done: RwSignal<Done>,
}

impl Offload {
    /// Ask for the job on screen: of the worker if there is one, else here and now (and, the
    /// first time after the page is built, of a worker started for the moves to come).
    pub fn ask(self) {
        let job = self.job.get_untracked();
        if self.done.with_untracked(|d| d.job == job) {
            return;
        }
        let (here, start) = CLIENT.with(|c| {
            let mut c = c.borrow_mut();
            if c.bridge.is_some() {
                if c.in_flight.is_some() {
                    c.next = Some(job.clone());
                } else {
                    send(&mut c, job.clone(), self);
                }
                return (false, false);
            }
            let start = c.built && !c.started;
            c.started |= start;
            (true, start)
        });
        if here {
            self.done.set(job.clone().run());
        }
        if start {
            self.start(job);
        }
    }

    /// An answer from the worker: shown if it is for the scenario on screen (its goal's answer
    /// only if for the goal asked too: `insight::answer`); then the job that waited, if any.
    fn answered(self, done: Done) {
        mark("answered");
        CLIENT.with(|c| {
            let mut c = c.borrow_mut();
            c.in_flight = None;
            if let Some(next) = c.next.take() {
                if next != done.job {
                    send(&mut c, next, self);
                }
            }
        });
        if done.job.same_scenario(&self.job.get_untracked()) {
            self.done.set(done);
        }
        // the job on screen may have been answered already, or be neither in flight nor waiting
        self.ask_if_idle();
    }

    fn ask_if_idle(self) {
        let idle = CLIENT.with(|c| c.borrow().in_flight.is_none());
        if idle {
            self.ask();
        }
    }

    /// The page is built: the next move may start the worker (its code never delays the levers).
    pub fn built(self) {
        CLIENT.with(|c| c.borrow_mut().built = true);
    }

    /// Start the worker, if the browser has workers and the build has one, with a first job.
    fn start(self, job: Job) {
        let Some(path) = worker_path() else { return };
        // gloo-worker's spawn panics where `new Worker` throws (a host's policy, a privacy
        // extension, an old browser): try the constructor first, and stay on the main thread if
        // it refuses
        match web_sys::Worker::new(&path) {
            Ok(probe) => probe.terminate(),
            Err(_) => {
                mark("failed");
                return;
            }
        }
        let bridge = InsightWorker::spawner()
            .callback(move |done| self.answered(done))
            .with_loader(true)
            .as_module(false)
            .spawn(&path);
        CLIENT.with(|c| {
            let mut c = c.borrow_mut();
            c.bridge = Some(bridge);
            send(&mut c, job, self);
        });
    }

    /// The worker did not answer in time: drop it and compute here from now on.
    fn give_up(self) {
        mark("failed");
        CLIENT.with(|c| {
            let mut c = c.borrow_mut();
            c.bridge = None;
            c.in_flight = None;
            c.next = None;
        });
        self.ask();
    }
}

fn send(c: &mut Client, job: Job, to: Offload) {
    let Some(bridge) = c.bridge.as_ref() else {
        return;
    };
    bridge.send(job.clone());
    c.in_flight = Some(job);
    c.sent += 1;
    let sent = c.sent;
    let watchdog = move || {
        let late = CLIENT.with(|c| {
            let c = c.borrow();
            c.sent == sent && c.in_flight.is_some()
        });
        if late {
            to.give_up();
        }
    };
    gloo_timers::callback::Timeout::new(PATIENCE_MS, watchdog).forget();
}

/// How the worker is doing, on the document (`data-insight-worker`: "answered" once it has,
/// "failed" once given up), for tests and tools.
fn mark(state: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-insight-worker", state);
    }
}

/// The worker's loader, as the build names it (`<meta name="insight-worker">`, written by
/// scripts/pwa/build.mjs), if the browser has workers at all.
fn worker_path() -> Option<String> {
    let has_workers = js_sys::Reflect::has(&js_sys::global(), &"Worker".into()).unwrap_or(false);
    if !has_workers {
        return None;
    }
    let meta = web_sys::window()?
        .document()?
        .query_selector("meta[name=insight-worker]")
        .ok()??;
    meta.get_attribute("content").filter(|p| !p.is_empty())
}
