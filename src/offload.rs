//! The page's side of the insight worker (`worker.rs`, `protocol.rs`): the band, what moved and
//! the goal's answer are asked of the worker, and shown only for the scenario (and goal) on
//! screen.
//!
//! - Until the page is built, and wherever there is no worker (no `Worker` in the browser, a page
//!   of an opaque origin such as a sandboxed frame, a build without one), they are computed here,
//!   on the main thread.
//! - The worker starts with the first move after the page is built (a reader who only reads never
//!   loads it): that move is computed here, and sent to the worker too, to warm it up.
//! - A worker that fails is given up for the main thread, which computes what is on screen at
//!   once and everything after: `new Worker` refusing, its script or WebAssembly failing to load,
//!   an error inside it (its `error` event), a message that cannot be read (`messageerror`, or
//!   one that does not decode), or no answer within [`PATIENCE_MS`].
//! - One request is in flight at a time; when the worker is free, the next is chosen from what is
//!   on screen then (`protocol::Schedule`): a burst of moves sends at most the one in flight and
//!   the latest, and a scenario left and come back to sends nothing more.
//! - The band is asked again only when the scenario changes, the goal's answer when the scenario
//!   or the goal does; until an answer comes the last one stays, marked as updating
//!   (`Insights::busy`, `Insights::seeking`).

use std::cell::RefCell;

use gloo_events::EventListener;
use leptos::prelude::*;
use trade_core::data::Baseline;
use wasm_bindgen::JsCast;

use crate::protocol::{Ask, Insight, Reply, Request, Schedule, Sought, Wants};
use crate::tasks::soon;
use crate::worker::{post, read_reply};

/// How long a request may take before the worker is given up for the main thread (its first
/// answer includes starting it: 80–165 ms here; a request itself takes a few ms).
const PATIENCE_MS: u32 = 4000;

/// A worker as the page holds it: its listeners go with it.
struct Running {
    worker: web_sys::Worker,
    _listeners: [EventListener; 3],
    schedule: Schedule,
    /// Requests sent so far (the watchdog's way of knowing its request is still the one in
    /// flight).
    sent: u64,
}

/// Where the page's insight is computed.
#[derive(Default)]
enum Client {
    /// The page is being built: here (the worker may not delay the levers).
    #[default]
    Building,
    /// Built: here, and the next move starts the worker.
    Built,
    /// A worker is loading: its first request waits for it to say it is ready.
    Starting(Running),
    /// A worker answers.
    Ready(Running),
    /// No worker, or one given up: here, for good.
    Here,
}

impl Client {
    fn running(&mut self) -> Option<&mut Running> {
        match self {
            Client::Starting(r) | Client::Ready(r) => Some(r),
            _ => None,
        }
    }
}

thread_local! {
    static CLIENT: RefCell<Client> = RefCell::new(Client::default());
}

/// What is on screen and where the answers go.
#[derive(Clone, Copy)]
pub struct Offload {
    /// The scenario on screen, as its link's query (`protocol::query`).
    pub query: Memo<String>,
    /// The goal asked about (none until that section is built).
    pub ask: RwSignal<Option<Ask>>,
    /// The band and what moved shown.
    pub insight: RwSignal<Insight>,
    /// The goal's answer shown.
    pub sought: RwSignal<Option<Sought>>,
    /// The data the page computes on.
    pub baseline: &'static Baseline,
}

/// What to do, decided while the client is borrowed.
enum Then {
    Here,
    Start,
    Post(Request),
    Nothing,
}

impl Offload {
    /// What is wanted and what is shown, now (untracked).
    fn wants<T>(self, f: impl FnOnce(&Wants) -> T) -> T {
        self.query.with_untracked(|query| {
            self.insight.with_untracked(|shown| {
                self.sought.with_untracked(|sought| {
                    f(&Wants {
                        query,
                        ask: self.ask.get_untracked(),
                        shown: &shown.query,
                        sought: sought.as_ref().map(|s| (s.query.as_str(), s.ask)),
                    })
                })
            })
        })
    }

    /// Whether the band shown is another scenario's, and whether the goal's answer is another
    /// scenario's or goal's.
    pub fn pending(self) -> (bool, bool) {
        self.wants(|w| (w.band_pending(), w.seek_pending()))
    }

    /// Ask for what is on screen and not shown: of the worker if there is one (when it is free),
    /// else here and now (and, the first time after the page is built, of a worker started for
    /// the moves to come).
    pub fn ask(self) {
        let then = CLIENT.with(|c| match &mut *c.borrow_mut() {
            Client::Building | Client::Here => Then::Here,
            Client::Built => Then::Start,
            Client::Starting(_) => Then::Nothing,
            Client::Ready(r) => self
                .wants(|w| r.schedule.poll(w))
                .map_or(Then::Nothing, Then::Post),
        });
        match then {
            Then::Here => self.here(),
            Then::Start => {
                let first = Request::Insight {
                    query: self.query.get_untracked(),
                };
                self.here();
                self.start(first);
            }
            Then::Post(request) => send(&request, self),
            Then::Nothing => {}
        }
    }

    /// Compute here whatever is on screen and not shown (the band, then the goal).
    fn here(self) {
        for _ in 0..2 {
            let Some(request) = self.wants(|w| w.next()) else {
                return;
            };
            self.show(request.run(&self.baseline.params));
        }
    }

    /// Show a reply if it is for what is on screen (and not shown yet).
    fn show(self, reply: Reply) {
        if !self.wants(|w| w.takes(&reply)) {
            return;
        }
        match reply {
            Reply::Insight(i) => self.insight.set(*i),
            Reply::Sought(s) => self.sought.set(Some(*s)),
            Reply::Ready => {}
        }
    }

    /// The page is built: the next move may start the worker (its code never delays the levers).
    pub fn built(self) {
        CLIENT.with(|c| *c.borrow_mut() = Client::Built);
    }

    /// Start the worker, if the browser has workers and the build has one, with a first request.
    /// A constructor that throws (a host's policy, a privacy extension) leaves the page on the
    /// main thread; every later failure arrives as an event on the worker.
    fn start(self, first: Request) {
        let worker = worker_path().map(|path| web_sys::Worker::new(&path));
        let Some(Ok(worker)) = worker else {
            CLIENT.with(|c| *c.borrow_mut() = Client::Here);
            if worker.is_some() {
                mark("failed");
            }
            return;
        };
        let listeners = [
            EventListener::new(&worker, "message", move |e| self.heard(e)),
            // the script or its WebAssembly did not load, or an error inside the worker
            EventListener::new(&worker, "error", move |_| self.fail()),
            EventListener::new(&worker, "messageerror", move |_| self.fail()),
        ];
        CLIENT.with(|c| {
            *c.borrow_mut() = Client::Starting(Running {
                worker,
                _listeners: listeners,
                schedule: Schedule::with(first),
                sent: 0,
            })
        });
        watch(self);
    }

    /// A message from the worker: that it is ready (the request waiting is posted), an answer,
    /// or something unreadable (the worker is given up).
    fn heard(self, e: &web_sys::Event) {
        let reply = e
            .dyn_ref::<web_sys::MessageEvent>()
            .and_then(|m| read_reply(&m.data()));
        match reply {
            Some(Reply::Ready) => {
                let waiting = CLIENT.with(|c| {
                    let mut c = c.borrow_mut();
                    let Client::Starting(r) = std::mem::take(&mut *c) else {
                        return None;
                    };
                    let waiting = r.schedule.in_flight().cloned();
                    *c = Client::Ready(r);
                    waiting
                });
                if let Some(request) = waiting {
                    post_now(&request, self);
                }
            }
            Some(reply) => {
                let freed = CLIENT.with(|c| c.borrow_mut().running().map(|r| r.schedule.free()));
                // a worker given up may still have had an answer on its way
                if freed.is_some() {
                    mark("answered");
                    self.show(reply);
                    self.ask();
                }
            }
            None => self.fail(),
        }
    }

    /// The worker failed or did not answer in time: end it and compute here, now and from now
    /// on.
    fn fail(self) {
        let gone = CLIENT.with(|c| {
            let mut c = c.borrow_mut();
            match std::mem::replace(&mut *c, Client::Here) {
                Client::Starting(r) | Client::Ready(r) => Some(r),
                other => {
                    *c = other;
                    None
                }
            }
        });
        let Some(gone) = gone else { return };
        mark("failed");
        gone.worker.terminate();
        // its listeners go in a task of their own (this may be one of them, running)
        soon(move || drop(gone));
        self.ask();
    }
}

/// Send `request`, just put in flight, to the worker that is ready, with a watchdog.
fn send(request: &Request, to: Offload) {
    post_now(request, to);
    watch(to);
}

/// Give the worker up if the request in flight now is still in flight in [`PATIENCE_MS`].
fn watch(to: Offload) {
    let sent = CLIENT.with(|c| {
        c.borrow_mut().running().map(|r| {
            r.sent += 1;
            r.sent
        })
    });
    let Some(sent) = sent else { return };
    let watchdog = move || {
        let late = CLIENT.with(|c| {
            c.borrow_mut()
                .running()
                .is_some_and(|r| r.sent == sent && r.schedule.in_flight().is_some())
        });
        if late {
            to.fail();
        }
    };
    gloo_timers::callback::Timeout::new(PATIENCE_MS, watchdog).forget();
}

/// Post `request` to the worker; if it cannot be (a worker that refuses it, a message serde
/// cannot write), the worker is given up in the next task.
fn post_now(request: &Request, to: Offload) {
    let posted = CLIENT.with(|c| {
        c.borrow_mut().running().map(|r| {
            post(&request.posted(&to.baseline.params))
                .is_some_and(|message| r.worker.post_message(&message).is_ok())
        })
    });
    if posted == Some(false) {
        soon(move || to.fail());
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
