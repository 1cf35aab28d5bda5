//! The page's side of the insight worker (`worker.rs`): the band and the attribution are asked
//! of the worker, and shown only for the scenario on screen.
//!
//! - Until the page is built, and wherever there is no worker (no `Worker` in the browser, a page
//!   of an opaque origin such as a sandboxed frame, a build without one), they are computed here,
//!   on the main thread, as before.
//! - The worker starts with the first move after the page is built (a reader who only reads never
//!   loads it): that move is computed here, and sent to the worker too, to warm it up.
//! - A worker that fails is given up for the main thread, which computes the job on screen at
//!   once and every one after: `new Worker` refusing, its script or WebAssembly failing to load,
//!   an error inside it (its `error` event), a message that cannot be read (`messageerror`, or
//!   one that does not decode), or no answer within [`PATIENCE_MS`].
//! - One job is in flight at a time. A move while one is on its way replaces the job that waits
//!   (`next`): a burst of moves sends at most the one in flight and the latest, never a queue.
//! - A result is shown only if it was computed for the job on screen when it arrives
//!   ([`Done::job`]); until then the last one stays, marked as updating (`AppState::busy`).

use std::cell::RefCell;

use gloo_events::EventListener;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::tasks::soon;
use crate::worker::{decode, encode, Done, Job, Reply};

/// How long a job may take before the worker is given up for the main thread (its first answer
/// includes starting it: 80–165 ms here; a job itself takes a few ms).
const PATIENCE_MS: u32 = 4000;

/// The worker as the page holds it: its listeners go with it.
struct Link {
    worker: web_sys::Worker,
    _listeners: [EventListener; 3],
    /// It has said it is ready (its WebAssembly loaded, its listener set): jobs may be posted.
    ready: bool,
}

#[derive(Default)]
struct Client {
    link: Option<Link>,
    /// The job the worker is computing (or will, once ready).
    in_flight: Option<Job>,
    /// The latest job asked for while one was in flight.
    next: Option<Job>,
    /// Jobs sent so far (the watchdog's way of knowing its job is still the one in flight).
    sent: u64,
    /// Workers started so far: the events of one given up are ignored.
    generation: u32,
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
            if c.link.is_some() {
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

    /// Start the worker, if the browser has workers and the build has one, with a first job. A
    /// constructor that throws (a host's policy, a privacy extension) leaves the page on the
    /// main thread; every later failure arrives as an event on the worker.
    fn start(self, job: Job) {
        let Some(path) = worker_path() else { return };
        let Ok(worker) = web_sys::Worker::new(&path) else {
            mark("failed");
            return;
        };
        let generation = CLIENT.with(|c| {
            let mut c = c.borrow_mut();
            c.generation += 1;
            c.generation
        });
        let listeners = [
            EventListener::new(&worker, "message", move |e| self.heard(generation, e)),
            // the script or its WebAssembly did not load, or an error inside the worker
            EventListener::new(&worker, "error", move |_| self.fail(generation)),
            EventListener::new(&worker, "messageerror", move |_| self.fail(generation)),
        ];
        CLIENT.with(|c| {
            let mut c = c.borrow_mut();
            c.link = Some(Link {
                worker,
                _listeners: listeners,
                ready: false,
            });
            send(&mut c, job, self);
        });
    }

    /// A message from the worker `generation`: that it is ready (the job waiting is posted), an
    /// answer, or something unreadable (the worker is given up).
    fn heard(self, generation: u32, e: &web_sys::Event) {
        let reply = e
            .dyn_ref::<web_sys::MessageEvent>()
            .and_then(|m| decode::<Reply>(&m.data()));
        let current = CLIENT.with(|c| c.borrow().generation == generation);
        match reply {
            _ if !current => {}
            Some(Reply::Ready) => CLIENT.with(|c| {
                let mut c = c.borrow_mut();
                if let Some(link) = c.link.as_mut() {
                    link.ready = true;
                }
                if let Some(job) = c.in_flight.clone() {
                    post(&c, &job, self);
                }
            }),
            Some(Reply::Done(done)) => self.answered(*done),
            None => self.fail(generation),
        }
    }

    /// The worker `generation` failed or did not answer in time: end it and compute here, now
    /// and from now on.
    fn fail(self, generation: u32) {
        let link = CLIENT.with(|c| {
            let mut c = c.borrow_mut();
            if c.generation != generation {
                return None;
            }
            c.in_flight = None;
            c.next = None;
            c.link.take()
        });
        let Some(link) = link else { return };
        mark("failed");
        link.worker.terminate();
        // its listeners go in a task of their own (this may be one of them, running)
        soon(move || drop(link));
        self.ask();
    }
}

/// Send `job` to the worker (posted now if it is ready, else once it says so), with a watchdog.
fn send(c: &mut Client, job: Job, to: Offload) {
    let Some(link) = c.link.as_ref() else {
        return;
    };
    if link.ready {
        post(c, &job, to);
    }
    c.in_flight = Some(job);
    c.sent += 1;
    let (sent, generation) = (c.sent, c.generation);
    let watchdog = move || {
        let late = CLIENT.with(|c| {
            let c = c.borrow();
            c.sent == sent && c.in_flight.is_some()
        });
        if late {
            to.fail(generation);
        }
    };
    gloo_timers::callback::Timeout::new(PATIENCE_MS, watchdog).forget();
}

/// Post `job` to the worker; if it cannot be (a job that does not encode, a worker that refuses
/// it), the worker is given up in the next task.
fn post(c: &Client, job: &Job, to: Offload) {
    let Some(link) = c.link.as_ref() else {
        return;
    };
    let posted = encode(job).map(|m| link.worker.post_message(&m));
    if !matches!(posted, Some(Ok(()))) {
        let generation = c.generation;
        soon(move || to.fail(generation));
    }
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
/// scripts/pwa/build.mjs), if the browser has workers at all and the page may start one (a page
/// of an opaque origin, such as a sandboxed frame, may not: no script is of its origin).
fn worker_path() -> Option<String> {
    let has_workers = js_sys::Reflect::has(&js_sys::global(), &"Worker".into()).unwrap_or(false);
    let window = web_sys::window()?;
    if !has_workers || window.origin() == "null" {
        return None;
    }
    let meta = window
        .document()?
        .query_selector("meta[name=insight-worker]")
        .ok()??;
    meta.get_attribute("content").filter(|p| !p.is_empty())
}
