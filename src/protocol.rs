//! What the page and the insight worker say to each other, and what the page asks next: plain
//! Rust, compiled and tested natively (the boundary owns its format; the core's types know
//! nothing of it).
//!
//! - A [`Request`] names the scenario by the link's own query (`link::encode`, versioned by its
//!   `v=`, with the data's vintage as `data=`): the worker decodes it as any reader of the link
//!   would, on the numbers of the data the page computes on (sent with each request: the worker
//!   has no data file or parser of its own, and computes a link on older data as well), so the
//!   band is the link's everywhere. It asks either for the band and what moved
//!   ([`Request::Insight`]) or for a goal's answer ([`Request::Seek`]): a goal changed asks for
//!   the goal alone, never the 400 draws again.
//! - A [`Reply`] carries the query (and the goal) it was computed for, so the page shows it only
//!   while that is still what it wants.
//! - Both are serde's ([`Posted`]: a request with the data's numbers; [`Reply`]), and cross as
//!   JavaScript values (`worker.rs`: serde-wasm-bindgen, then `postMessage`). The core's types
//!   know nothing of serde: each crosses as its mirror here (`Mirror`), field for field; numbers
//!   as JavaScript numbers, the same bits (NaN and the infinities too, though the link's decoder,
//!   the data's checks and the goal box keep them out, and the tests' JSON, which has none, would
//!   fail on one); the band's seed, a u64 no JavaScript number holds, as its decimal digits; a
//!   lever by its link key.
//! - [`Schedule`]: one request in flight at a time; the next is chosen when the worker is free,
//!   from what the page wants then (never from a queue of what it wanted before).

use serde::de::{DeserializeOwned, Error as _};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use trade_core::data::{Baseline, ExportData, ImportData, Params, N_EXPORTS, N_IMPORTS};
use trade_core::fy::MAX_YEARS;
use trade_core::insight::attribution::{attribute, Attribution, Measure};
use trade_core::insight::goal::Goal;
use trade_core::insight::solve::{solve, Answer, Closest, Run, Solution};
use trade_core::insight::uncertainty::{stated_band, Band, Percentiles};
use trade_core::link;
use trade_core::model::levers::{lever, Lever};
use trade_core::model::Scenario;

/// A goal and the lever to reach it with.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Ask {
    #[serde(with = "GoalDef")]
    pub goal: Goal,
    #[serde(with = "mirrored")]
    pub lever: &'static Lever,
}

/// What the page asks of the worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Request {
    /// The band and what moved the final year, for the scenario the query holds.
    Insight { query: String },
    /// A goal's answer for that scenario.
    Seek { query: String, ask: Ask },
}

/// The band and what moved, for the scenario `query` holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Insight {
    pub query: String,
    #[serde(with = "mirrored")]
    pub band: Band,
    #[serde(with = "mirrored")]
    pub moved: [Attribution; 2],
}

/// A goal's answer for the scenario `query` holds, with the lever's value there.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Sought {
    pub query: String,
    pub ask: Ask,
    #[serde(with = "mirrored")]
    pub solution: Solution,
    pub now: f64,
}

/// What the worker says: that it is ready (jobs may be posted), then an answer for each request.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Reply {
    Ready,
    Insight(Box<Insight>),
    Sought(Box<Sought>),
}

/// A request as the page posts it: with the numbers of the data it is computed on (`shipped`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Posted {
    pub request: Request,
    #[serde(with = "mirrored")]
    pub shipped: Params,
}

/// The query that names a scenario under the assumptions `params`: the link's levers and
/// assumptions, and the vintage of `baseline`'s data.
pub fn query(scenario: &Scenario, params: &Params, baseline: &Baseline) -> String {
    let q = link::encode(scenario, params, &baseline.params);
    format!("{q}&{}", link::encode_vintage(baseline.vintage.id))
}

impl Request {
    /// The request as it is posted, with the numbers of the data it is computed on.
    pub fn posted(&self, shipped: &Params) -> Posted {
        Posted {
            request: self.clone(),
            shipped: *shipped,
        }
    }

    pub fn query(&self) -> &str {
        match self {
            Request::Insight { query } | Request::Seek { query, .. } => query,
        }
    }

    /// The computing itself, on the data whose numbers are `shipped` (the worker runs it; the
    /// page too, where there is no worker).
    pub fn run(&self, shipped: &Params) -> Reply {
        match self {
            Request::Insight { query } => Reply::Insight(Box::new(Insight::of(query, shipped))),
            Request::Seek { query, ask } => {
                Reply::Sought(Box::new(Sought::of(query, *ask, shipped)))
            }
        }
    }
}

impl Insight {
    /// The band and what moved for the scenario `query` names, decoded as a link is.
    pub fn of(query: &str, shipped: &Params) -> Insight {
        let d = link::decode(query, shipped);
        Insight {
            query: query.to_string(),
            band: stated_band(&d.params, &d.scenario),
            moved: attribute(&d.params, &d.scenario),
        }
    }
}

impl Sought {
    /// The goal's answer for the scenario `query` names.
    pub fn of(query: &str, ask: Ask, shipped: &Params) -> Sought {
        let d = link::decode(query, shipped);
        Sought {
            query: query.to_string(),
            ask,
            solution: solve(&d.params, &d.scenario, ask.goal, ask.lever),
            now: (ask.lever.get)(&d.scenario),
        }
    }
}

/// What the page wants shown now, and what it shows.
#[derive(Clone, Copy, Debug)]
pub struct Wants<'a> {
    /// The scenario on screen.
    pub query: &'a str,
    /// The goal asked about, if the goal section is built.
    pub ask: Option<Ask>,
    /// The query of the band shown.
    pub shown: &'a str,
    /// The query and goal of the answer shown.
    pub sought: Option<(&'a str, Ask)>,
}

impl Wants<'_> {
    /// Whether the band and what moved shown are those of another scenario.
    pub fn band_pending(&self) -> bool {
        self.shown != self.query
    }

    /// Whether the goal's answer shown is for another scenario or goal.
    pub fn seek_pending(&self) -> bool {
        self.ask
            .is_some_and(|a| self.sought != Some((self.query, a)))
    }

    /// What to compute next: the band first, then the goal.
    pub fn next(&self) -> Option<Request> {
        let query = self.query.to_string();
        if self.band_pending() {
            Some(Request::Insight { query })
        } else if self.seek_pending() {
            self.ask.map(|ask| Request::Seek { query, ask })
        } else {
            None
        }
    }

    /// Whether a reply is for what is wanted now (and not shown already).
    pub fn takes(&self, reply: &Reply) -> bool {
        match reply {
            Reply::Ready => false,
            Reply::Insight(i) => i.query == self.query && self.band_pending(),
            Reply::Sought(s) => {
                s.query == self.query && self.ask == Some(s.ask) && self.seek_pending()
            }
        }
    }
}

/// The worker's requests, one at a time.
#[derive(Debug, Default)]
pub struct Schedule {
    in_flight: Option<Request>,
}

impl Schedule {
    /// The request to post now, if the worker is free and something is wanted that is not shown.
    pub fn poll(&mut self, wants: &Wants) -> Option<Request> {
        if self.in_flight.is_some() {
            return None;
        }
        self.in_flight = wants.next();
        self.in_flight.clone()
    }

    /// The worker answered (or was given up): it is free.
    pub fn free(&mut self) {
        self.in_flight = None;
    }

    pub fn in_flight(&self) -> Option<&Request> {
        self.in_flight.as_ref()
    }

    /// Start with `request` in flight (the worker's first, sent as it starts).
    pub fn with(request: Request) -> Schedule {
        Schedule {
            in_flight: Some(request),
        }
    }
}

// The wire: serde's derives on the protocol's types above, and on a mirror of each core type
// that crosses (the core knows nothing of serde). A mirror names the core type's fields one by
// one, taken apart and put together again, so that a field added in the core does not compile
// here until it crosses too.

/// A core type and the serde type it crosses as.
trait Mirror: Clone {
    type Wire: Serialize + DeserializeOwned;
    fn wire(self) -> Self::Wire;
    fn unwire(wire: Self::Wire) -> Self;
}

/// `#[serde(with = "mirrored")]`: a field of a core type crosses as its [`Mirror`].
mod mirrored {
    use super::*;

    pub fn serialize<T: Mirror, S: Serializer>(value: &T, s: S) -> Result<S::Ok, S::Error> {
        value.clone().wire().serialize(s)
    }

    pub fn deserialize<'de, T: Mirror, D: Deserializer<'de>>(d: D) -> Result<T, D::Error> {
        T::Wire::deserialize(d).map(T::unwire)
    }
}

/// A mirror of a core struct: the same fields, a serde attribute where one crosses otherwise.
macro_rules! mirror {
    ($core:ident as $wire:ident { $($(#[$attr:meta])* $field:ident: $ty:ty,)* }) => {
        #[derive(Serialize, Deserialize)]
        struct $wire {
            $($(#[$attr])* $field: $ty,)*
        }

        impl Mirror for $core {
            type Wire = $wire;
            fn wire(self) -> $wire {
                let $core { $($field),* } = self;
                $wire { $($field),* }
            }
            fn unwire(wire: $wire) -> $core {
                let $wire { $($field),* } = wire;
                $core { $($field),* }
            }
        }
    };
}

mirror!(Params as ParamsWire {
    base_year: i32,
    total_exports: f64,
    total_imports: f64,
    target: f64,
    #[serde(with = "mirrored")]
    exports: [ExportData; N_EXPORTS],
    #[serde(with = "mirrored")]
    imports: [ImportData; N_IMPORTS],
    crude_volume: f64,
    crude_price: f64,
    crude_discount: f64,
    crude_outlook: f64,
    crude_india_imports: f64,
    growth_exports: f64,
    growth_nonoil: f64,
    substitution: f64,
    inr_per_usd: f64,
});
mirror!(ExportData as ExportWire {
    value: f64,
    tariff: f64,
    elasticity: f64,
    market: f64,
});
mirror!(ImportData as ImportWire {
    value: f64,
    tariff: f64,
    elasticity: f64,
});
mirror!(Band as BandWire {
    draws: usize,
    #[serde(with = "digits")]
    seed: u64,
    len: usize,
    #[serde(with = "mirrored")]
    balance: [Percentiles; MAX_YEARS],
    #[serde(with = "mirrored")]
    total_trade: [Percentiles; MAX_YEARS],
    probability_target: f64,
});
mirror!(Percentiles as PercentilesWire {
    p10: f64,
    p50: f64,
    p90: f64,
});
mirror!(Attribution as AttributionWire {
    #[serde(with = "MeasureDef")]
    measure: Measure,
    start: f64,
    end: f64,
    parts: [f64; 4],
});
mirror!(Solution as SolutionWire {
    #[serde(with = "AnswerDef")]
    answer: Answer,
    #[serde(with = "mirrored")]
    also: Vec<Run>,
    #[serde(with = "mirrored")]
    closest: Option<Closest>,
    #[serde(with = "mirrored")]
    others: Vec<(&'static Lever, f64)>,
});
mirror!(Run as RunWire {
    from: f64,
    to: f64,
});
mirror!(Closest as ClosestWire {
    value: f64,
    figure: f64,
});

// The core's enums, by serde's own mirror of a foreign type.

#[derive(Serialize, Deserialize)]
#[serde(remote = "Goal")]
enum GoalDef {
    Balanced,
    Target,
    DeficitBelow(f64),
}

#[derive(Serialize, Deserialize)]
#[serde(remote = "Measure")]
enum MeasureDef {
    Balance,
    TotalTrade,
}

#[derive(Serialize, Deserialize)]
#[serde(remote = "Answer")]
enum AnswerDef {
    AlreadyMet(f64),
    Value(f64),
    Unreachable,
}

/// A lever crosses as its link key; a key of no lever is refused.
struct LeverKey(&'static Lever);

impl Serialize for LeverKey {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.0.key)
    }
}

impl<'de> Deserialize<'de> for LeverKey {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let key = String::deserialize(d)?;
        lever(&key)
            .map(LeverKey)
            .ok_or_else(|| D::Error::custom(format!("no lever is called {key:?}")))
    }
}

impl Mirror for &'static Lever {
    type Wire = LeverKey;
    fn wire(self) -> LeverKey {
        LeverKey(self)
    }
    fn unwire(wire: LeverKey) -> Self {
        wire.0
    }
}

/// The band's seed as its decimal digits: a u64 above 2^53, which no JavaScript number holds.
mod digits {
    use super::*;

    pub fn serialize<S: Serializer>(n: &u64, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(n)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
        let digits = String::deserialize(d)?;
        digits.parse().map_err(D::Error::custom)
    }
}

impl Mirror for f64 {
    type Wire = f64;
    fn wire(self) -> f64 {
        self
    }
    fn unwire(wire: f64) -> f64 {
        wire
    }
}

impl<A: Mirror, B: Mirror> Mirror for (A, B) {
    type Wire = (A::Wire, B::Wire);
    fn wire(self) -> Self::Wire {
        (self.0.wire(), self.1.wire())
    }
    fn unwire((a, b): Self::Wire) -> Self {
        (A::unwire(a), B::unwire(b))
    }
}

impl<T: Mirror, const N: usize> Mirror for [T; N]
where
    [T::Wire; N]: Serialize + DeserializeOwned,
{
    type Wire = [T::Wire; N];
    fn wire(self) -> Self::Wire {
        self.map(T::wire)
    }
    fn unwire(wire: Self::Wire) -> Self {
        wire.map(T::unwire)
    }
}

impl<T: Mirror> Mirror for Vec<T> {
    type Wire = Vec<T::Wire>;
    fn wire(self) -> Self::Wire {
        self.into_iter().map(T::wire).collect()
    }
    fn unwire(wire: Self::Wire) -> Self {
        wire.into_iter().map(T::unwire).collect()
    }
}

impl<T: Mirror> Mirror for Option<T> {
    type Wire = Option<T::Wire>;
    fn wire(self) -> Self::Wire {
        self.map(T::wire)
    }
    fn unwire(wire: Self::Wire) -> Self {
        wire.map(T::unwire)
    }
}

#[cfg(test)]
mod tests;
