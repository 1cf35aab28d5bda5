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
//!   JavaScript values (`worker.rs`: serde-wasm-bindgen, then `postMessage`). The core's types know
//!   nothing of serde: each crosses as its mirror here ([`Mirror`]), field for field; numbers as
//!   JavaScript numbers, the same bits; the band's seed, a u64 no JavaScript number holds, as its
//!   decimal digits; a lever by its link key.
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
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use trade_core::model::levers::LEVERS;

    fn baseline() -> &'static Baseline {
        trade_core::baseline().unwrap()
    }

    /// Scenarios with every lever moved in turn, and one with assumptions changed too.
    fn scenarios() -> Vec<(trade_core::data::Params, Scenario)> {
        let b = baseline();
        let trends = Scenario::baseline(&b.params);
        let mut out = vec![(b.params, trends)];
        for (i, l) in LEVERS.iter().enumerate() {
            let mut s = trends;
            let k = ((l.max - l.min(b.params.base_year)) / l.step).round() as usize;
            let v = l.fit(
                l.min(b.params.base_year) + ((i * 7 + 3) % (k + 1)) as f64 * l.step,
                &b.params,
            );
            (l.set)(&mut s, v.value());
            out.push((b.params, s));
        }
        let d = link::decode(
            "eaeu_cut=92&start=2026&growth=32&a_sigma=7.6&a_x_other_t=5.6",
            &b.params,
        );
        assert!(d.notices.is_empty(), "{:?}", d.notices);
        out.push((d.params, d.scenario));
        out
    }

    fn asks() -> Vec<Ask> {
        let goals = [
            Goal::Balanced,
            Goal::Target,
            Goal::DeficitBelow(30.123_456_789),
        ];
        ["growth", "oil_mbd", "eaeu_cut", "start"]
            .into_iter()
            .flat_map(|k| {
                goals.map(|goal| Ask {
                    goal,
                    lever: lever(k).unwrap(),
                })
            })
            .collect()
    }

    #[test]
    fn the_query_names_the_scenario_and_its_answers_are_the_cores() {
        let b = baseline();
        for (p, s) in scenarios() {
            let q = query(&s, &p, b);
            assert!(
                q.starts_with("v=") && q.ends_with(&format!("data={}", b.vintage.id)),
                "{q}"
            );
            let Reply::Insight(i) = (Request::Insight { query: q.clone() }).run(&b.params) else {
                panic!("{q}");
            };
            assert_eq!(i.band, stated_band(&p, &s), "{q}");
            assert_eq!(i.moved, attribute(&p, &s), "{q}");
            let ask = asks()[2];
            let Reply::Sought(found) = (Request::Seek {
                query: q.clone(),
                ask,
            })
            .run(&b.params) else {
                panic!("{q}");
            };
            assert_eq!(found.solution, solve(&p, &s, ask.goal, ask.lever), "{q}");
            assert_eq!(found.now, (ask.lever.get)(&s));
        }
        // a link on older data: computed on that vintage's numbers, as the command line does
        for id in trade_core::vintage::IDS {
            let old = trade_core::vintage::baseline(id).unwrap().unwrap();
            let s = Scenario::baseline(&old.params);
            let q = query(&s, &old.params, old);
            assert!(q.ends_with(&format!("data={id}")), "{q}");
            let sent = Request::Insight { query: q.clone() }.posted(&old.params);
            let Posted { request, shipped } = cross(&sent);
            let Reply::Insight(i) = request.run(&shipped) else {
                panic!("{q}")
            };
            assert_eq!(i.band, stated_band(&old.params, &s), "{q}");
        }
    }

    /// A message through serde and back (JSON here; serde-wasm-bindgen in the browser, whose
    /// numbers are JavaScript numbers: every f64, the same bits).
    fn cross<T: Serialize + DeserializeOwned>(message: &T) -> T {
        let text = serde_json::to_string(message).unwrap();
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"))
    }

    /// Equal, and bit for bit: `{:?}` writes each f64 so that it reads back to its bits (and
    /// tells -0 from 0).
    fn same<T: std::fmt::Debug + PartialEq>(a: &T, b: &T) {
        assert_eq!(a, b);
        assert_eq!(format!("{a:?}"), format!("{b:?}"));
    }

    #[test]
    fn every_message_crosses_bit_for_bit() {
        let b = baseline();
        let mut replies = vec![Reply::Ready];
        for (p, s) in scenarios().into_iter().step_by(3) {
            let q = query(&s, &p, b);
            let mut requests = vec![Request::Insight { query: q.clone() }];
            requests.extend(asks().into_iter().map(|ask| Request::Seek {
                query: q.clone(),
                ask,
            }));
            for r in requests {
                same(&cross(&r.posted(&p)), &r.posted(&p));
                replies.push(r.run(&b.params));
            }
        }
        // every shape of answer crosses: met, a value with other runs, unreachable with the
        // closest step and other levers
        let shapes = |r: &Reply| match r {
            Reply::Sought(s) => Some((s.solution.answer.key(), !s.solution.others.is_empty())),
            _ => None,
        };
        for shape in [
            ("already_met", false),
            ("value", false),
            ("unreachable", true),
        ] {
            assert!(
                replies.iter().any(|r| shapes(r) == Some(shape)),
                "{shape:?}"
            );
        }
        for r in &replies {
            same(&cross(r), r);
        }
        // numbers at the edges of f64, and -0
        let mut p = b.params;
        p.total_exports = 0.1 + 0.2;
        p.target = -0.0;
        p.crude_price = f64::MAX;
        p.crude_discount = f64::MIN_POSITIVE;
        p.substitution = 5e-324;
        p.exports[0].tariff = -1.0 / 3.0;
        let sent = Request::Insight {
            query: "v=1".into(),
        }
        .posted(&p);
        same(&cross(&sent), &sent);
        assert_eq!(cross(&sent).shipped.target.to_bits(), (-0.0f64).to_bits());
    }

    #[test]
    fn the_seed_crosses_as_its_digits() {
        let b = baseline();
        let reply = Request::Insight {
            query: query(&Scenario::baseline(&b.params), &b.params, b),
        }
        .run(&b.params);
        let Reply::Insight(insight) = &reply else {
            panic!("{reply:?}")
        };
        // a u64 over 2^53: as a JavaScript number it would lose its last bits
        assert!(insight.band.seed > 1 << 53);
        let json = serde_json::to_value(&reply).unwrap();
        let seed = &json["Insight"]["band"]["seed"];
        assert_eq!(seed.as_str(), Some(insight.band.seed.to_string().as_str()));
        let with = |seed: serde_json::Value| {
            let mut j = json.clone();
            j["Insight"]["band"]["seed"] = seed;
            serde_json::from_value::<Reply>(j)
        };
        assert!(with(seed.clone()).is_ok());
        // and a measure there is none of
        let mut j = json.clone();
        j["Insight"]["moved"][1]["measure"] = "Exports".into();
        assert!(serde_json::from_value::<Reply>(j).is_err());
        for bad in [
            serde_json::json!(2_097_383_990_243_221_505_u64),
            serde_json::json!("x"),
            serde_json::json!("-1"),
        ] {
            assert!(with(bad.clone()).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_message_that_is_not_one_is_refused() {
        let b = baseline();
        let ask = Ask {
            goal: Goal::DeficitBelow(20.0),
            lever: lever("growth").unwrap(),
        };
        let json = serde_json::to_value(
            Request::Seek {
                query: "v=1".into(),
                ask,
            }
            .posted(&b.params),
        )
        .unwrap();
        assert!(serde_json::from_value::<Posted>(json.clone()).is_ok());
        let changed = |f: &dyn Fn(&mut serde_json::Value)| {
            let mut j = json.clone();
            f(&mut j);
            serde_json::from_value::<Posted>(j)
        };
        let seek = |j: &mut serde_json::Value| j["request"]["Seek"].clone();
        let mut refused = vec![
            changed(&|j| j["request"]["Seek"]["ask"]["lever"] = "nolever".into()),
            changed(&|j| j["request"]["Seek"]["ask"]["goal"] = "hello".into()),
            changed(&|j| j["request"]["Seek"]["ask"]["goal"]["DeficitBelow"] = "x".into()),
            changed(&|j| j["request"] = serde_json::json!({ "Hello": seek(j) })),
            changed(&|j| j["shipped"]["total_exports"] = serde_json::Value::Null),
        ];
        // the data's numbers: one missing, one too many
        refused.push(changed(&|j| {
            j["shipped"]["exports"].as_array_mut().unwrap().pop();
        }));
        refused.push(changed(&|j| {
            let first = j["shipped"]["imports"][0].clone();
            j["shipped"]["imports"].as_array_mut().unwrap().push(first);
        }));
        refused.push(changed(&|j| {
            j["shipped"].as_object_mut().unwrap().remove("inr_per_usd");
        }));
        for (i, r) in refused.into_iter().enumerate() {
            assert!(r.is_err(), "{i}: {r:?}");
        }
        // a reply naming a lever there is none of
        let reply = Request::Seek {
            query: query(&Scenario::baseline(&b.params), &b.params, b),
            ask,
        }
        .run(&b.params);
        let mut j = serde_json::to_value(&reply).unwrap();
        j["Sought"]["ask"]["lever"] = "nolever".into();
        assert!(serde_json::from_value::<Reply>(j).is_err());
        for bad in [
            "",
            "ready",
            "\"Hello\"",
            "{\"Insight\":{\"query\":\"v=1\"}}",
        ] {
            assert!(serde_json::from_str::<Reply>(bad).is_err(), "{bad}");
        }
        assert!(matches!(
            serde_json::from_str::<Reply>("\"Ready\""),
            Ok(Reply::Ready)
        ));
    }

    /// The page wants `query` (and `ask`) and shows `shown` (and `sought`).
    fn wants<'a>(
        query: &'a str,
        ask: Option<Ask>,
        shown: &'a str,
        sought: Option<(&'a str, Ask)>,
    ) -> Wants<'a> {
        Wants {
            query,
            ask,
            shown,
            sought,
        }
    }

    #[test]
    fn a_scenario_left_and_come_back_to_computes_nothing_more() {
        // A shown; the reader moves to B (sent), then C while B is computed, then back to A
        let mut schedule = Schedule::default();
        let mut sent = Vec::new();
        sent.extend(schedule.poll(&wants("A", None, "A", None)));
        sent.extend(schedule.poll(&wants("B", None, "A", None)));
        sent.extend(schedule.poll(&wants("C", None, "A", None)));
        sent.extend(schedule.poll(&wants("A", None, "A", None)));
        // B's answer: not shown (A is wanted), and nothing else is asked
        let b = Reply::Insight(Box::new(Insight {
            query: "B".into(),
            band: stated_band(&baseline().params, &Scenario::baseline(&baseline().params)),
            moved: attribute(&baseline().params, &Scenario::baseline(&baseline().params)),
        }));
        assert!(!wants("A", None, "A", None).takes(&b));
        schedule.free();
        sent.extend(schedule.poll(&wants("A", None, "A", None)));
        assert_eq!(sent, vec![Request::Insight { query: "B".into() }]);
        assert!(schedule.in_flight().is_none());
        // moved on to C instead: C is asked once B is answered
        let mut schedule = Schedule::with(Request::Insight { query: "B".into() });
        assert_eq!(schedule.poll(&wants("C", None, "A", None)), None);
        schedule.free();
        assert_eq!(
            schedule.poll(&wants("C", None, "A", None)),
            Some(Request::Insight { query: "C".into() })
        );
    }

    #[test]
    fn a_goal_changed_asks_for_the_goal_alone() {
        let [a, b, ..] = [asks()[0], asks()[1]];
        let w = wants("A", Some(b), "A", Some(("A", a)));
        assert!(
            !w.band_pending(),
            "the band is the scenario's: not busy for a goal"
        );
        assert!(w.seek_pending());
        assert_eq!(
            Schedule::default().poll(&w),
            Some(Request::Seek {
                query: "A".into(),
                ask: b
            })
        );
        // a lever moved: the band first, then the goal, then nothing
        let mut schedule = Schedule::default();
        assert_eq!(
            schedule.poll(&wants("B", Some(b), "A", Some(("A", b)))),
            Some(Request::Insight { query: "B".into() })
        );
        schedule.free();
        assert_eq!(
            schedule.poll(&wants("B", Some(b), "B", Some(("A", b)))),
            Some(Request::Seek {
                query: "B".into(),
                ask: b
            })
        );
        schedule.free();
        assert_eq!(
            schedule.poll(&wants("B", Some(b), "B", Some(("B", b)))),
            None
        );
        // no goal section: no goal asked
        assert_eq!(Schedule::default().poll(&wants("B", None, "B", None)), None);
    }
}
