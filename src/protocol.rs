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
//! - Both cross as one line of text per part (`encode`, `decode`): numbers as Rust writes them,
//!   which read back to the same bits.
//! - [`Schedule`]: one request in flight at a time; the next is chosen when the worker is free,
//!   from what the page wants then (never from a queue of what it wanted before).

use std::fmt::Write;

use trade_core::data::{Baseline, ExportData, ImportData, Params};
use trade_core::insight::attribution::{attribute, Attribution, Measure};
use trade_core::insight::goal::Goal;
use trade_core::insight::solve::{solve, Answer, Closest, Run, Solution};
use trade_core::insight::uncertainty::{stated_band, Band, Percentiles};
use trade_core::link;
use trade_core::model::levers::{lever, Lever};
use trade_core::model::Scenario;

/// A goal and the lever to reach it with.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ask {
    pub goal: Goal,
    pub lever: &'static Lever,
}

/// What the page asks of the worker.
#[derive(Clone, Debug, PartialEq)]
pub enum Request {
    /// The band and what moved the final year, for the scenario the query holds.
    Insight { query: String },
    /// A goal's answer for that scenario.
    Seek { query: String, ask: Ask },
}

/// The band and what moved, for the scenario `query` holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Insight {
    pub query: String,
    pub band: Band,
    pub moved: [Attribution; 2],
}

/// A goal's answer for the scenario `query` holds, with the lever's value there.
#[derive(Clone, Debug, PartialEq)]
pub struct Sought {
    pub query: String,
    pub ask: Ask,
    pub solution: Solution,
    pub now: f64,
}

/// What the worker says: that it is ready (jobs may be posted), then an answer for each request.
#[derive(Clone, Debug, PartialEq)]
pub enum Reply {
    Ready,
    Insight(Box<Insight>),
    Sought(Box<Sought>),
}

/// The query that names a scenario under the assumptions `params`: the link's levers and
/// assumptions, and the vintage of `baseline`'s data.
pub fn query(scenario: &Scenario, params: &Params, baseline: &Baseline) -> String {
    let q = link::encode(scenario, params, &baseline.params);
    format!("{q}&{}", link::encode_vintage(baseline.vintage.id))
}

impl Request {
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

// The wire: a message is lines; each line is words separated by single spaces.

impl Request {
    /// The request and the numbers of the data it is computed on (`shipped`).
    pub fn encode(&self, shipped: &Params) -> String {
        let mut out = match self {
            Request::Insight { query } => format!("insight\n{query}\n"),
            Request::Seek { query, ask } => format!("seek {}\n{query}\n", ask_words(ask)),
        };
        params_words(&mut out, shipped);
        out.trim_end().to_string()
    }

    pub fn decode(text: &str) -> Option<(Request, Params)> {
        let mut lines = text.split('\n');
        let mut head = lines.next()?.split(' ');
        let query = lines.next()?.to_string();
        let mut w = lines.next()?.split(' ');
        let request = match head.next()? {
            "insight" => Request::Insight { query },
            "seek" => Request::Seek {
                ask: read_ask(&mut head)?,
                query,
            },
            _ => return None,
        };
        let shipped = read_params(&mut w)?;
        let rest_empty = head.next().is_none() && w.next().is_none() && lines.next().is_none();
        rest_empty.then_some((request, shipped))
    }
}

impl Reply {
    pub fn encode(&self) -> String {
        let mut out = String::new();
        match self {
            Reply::Ready => out.push_str("ready"),
            Reply::Insight(i) => {
                let _ = write!(out, "insight\n{}\n", i.query);
                band_words(&mut out, &i.band);
                for a in &i.moved {
                    attribution_words(&mut out, a);
                }
            }
            Reply::Sought(s) => {
                let _ = write!(out, "seek {}\n{}\n{} ", ask_words(&s.ask), s.query, s.now);
                solution_words(&mut out, &s.solution);
            }
        }
        out.trim_end().to_string()
    }

    pub fn decode(text: &str) -> Option<Reply> {
        if text == "ready" {
            return Some(Reply::Ready);
        }
        let mut lines = text.split('\n');
        let mut head = lines.next()?.split(' ');
        let query = lines.next()?.to_string();
        let mut w = lines.next()?.split(' ');
        let reply = match head.next()? {
            "insight" => Reply::Insight(Box::new(Insight {
                query,
                band: read_band(&mut w)?,
                moved: [read_attribution(&mut w)?, read_attribution(&mut w)?],
            })),
            "seek" => Reply::Sought(Box::new(Sought {
                query,
                ask: read_ask(&mut head)?,
                now: number(&mut w)?,
                solution: read_solution(&mut w)?,
            })),
            _ => return None,
        };
        let rest_empty = head.next().is_none() && w.next().is_none() && lines.next().is_none();
        rest_empty.then_some(reply)
    }
}

type Words<'a> = std::str::Split<'a, char>;

fn number(w: &mut Words) -> Option<f64> {
    w.next()?.parse().ok()
}

fn count(w: &mut Words) -> Option<usize> {
    w.next()?.parse().ok()
}

fn ask_words(a: &Ask) -> String {
    match a.goal {
        Goal::DeficitBelow(x) => format!("deficit {x} {}", a.lever.key),
        g => format!("{} {}", g.kind().key(), a.lever.key),
    }
}

fn read_ask(w: &mut Words) -> Option<Ask> {
    let goal = match w.next()? {
        "balanced" => Goal::Balanced,
        "target" => Goal::Target,
        "deficit" => Goal::DeficitBelow(number(w)?),
        _ => return None,
    };
    Some(Ask {
        goal,
        lever: lever(w.next()?)?,
    })
}

/// Every number of the data, in the order of `Params`' fields (each named, so that a field added
/// to `Params` does not compile here until it crosses too).
fn params_words(out: &mut String, p: &Params) {
    let Params {
        base_year,
        total_exports,
        total_imports,
        target,
        exports,
        imports,
        crude_volume,
        crude_price,
        crude_discount,
        crude_outlook,
        crude_india_imports,
        growth_exports,
        growth_nonoil,
        substitution,
        inr_per_usd,
    } = p;
    let _ = write!(out, "{base_year} {total_exports} {total_imports} {target} ");
    for ExportData {
        value,
        tariff,
        elasticity,
        market,
    } in exports
    {
        let _ = write!(out, "{value} {tariff} {elasticity} {market} ");
    }
    for ImportData {
        value,
        tariff,
        elasticity,
    } in imports
    {
        let _ = write!(out, "{value} {tariff} {elasticity} ");
    }
    for v in [
        crude_volume,
        crude_price,
        crude_discount,
        crude_outlook,
        crude_india_imports,
        growth_exports,
        growth_nonoil,
        substitution,
        inr_per_usd,
    ] {
        let _ = write!(out, "{v} ");
    }
}

fn read_params(w: &mut Words) -> Option<Params> {
    let base_year = w.next()?.parse().ok()?;
    let (total_exports, total_imports, target) = (number(w)?, number(w)?, number(w)?);
    let mut exports = [ExportData::default(); trade_core::data::N_EXPORTS];
    for e in &mut exports {
        *e = ExportData {
            value: number(w)?,
            tariff: number(w)?,
            elasticity: number(w)?,
            market: number(w)?,
        };
    }
    let mut imports = [ImportData::default(); trade_core::data::N_IMPORTS];
    for i in &mut imports {
        *i = ImportData {
            value: number(w)?,
            tariff: number(w)?,
            elasticity: number(w)?,
        };
    }
    Some(Params {
        base_year,
        total_exports,
        total_imports,
        target,
        exports,
        imports,
        crude_volume: number(w)?,
        crude_price: number(w)?,
        crude_discount: number(w)?,
        crude_outlook: number(w)?,
        crude_india_imports: number(w)?,
        growth_exports: number(w)?,
        growth_nonoil: number(w)?,
        substitution: number(w)?,
        inr_per_usd: number(w)?,
    })
}

fn band_words(out: &mut String, b: &Band) {
    let _ = write!(out, "{} {} {} ", b.draws, b.seed, b.len);
    for p in b.balance.iter().chain(&b.total_trade) {
        let _ = write!(out, "{} {} {} ", p.p10, p.p50, p.p90);
    }
    let _ = write!(out, "{} ", b.probability_target);
}

fn read_band(w: &mut Words) -> Option<Band> {
    let draws = count(w)?;
    let seed = w.next()?.parse().ok()?;
    let len = count(w)?;
    let read = |w: &mut Words| -> Option<Percentiles> {
        Some(Percentiles {
            p10: number(w)?,
            p50: number(w)?,
            p90: number(w)?,
        })
    };
    let mut balance = [Percentiles::default(); trade_core::fy::MAX_YEARS];
    let mut total_trade = balance;
    for p in balance.iter_mut().chain(total_trade.iter_mut()) {
        *p = read(w)?;
    }
    Some(Band {
        draws,
        seed,
        len,
        balance,
        total_trade,
        probability_target: number(w)?,
    })
}

fn attribution_words(out: &mut String, a: &Attribution) {
    let _ = write!(out, "{} {} {} ", a.measure.key(), a.start, a.end);
    for p in a.parts {
        let _ = write!(out, "{p} ");
    }
}

fn read_attribution(w: &mut Words) -> Option<Attribution> {
    let key = w.next()?;
    let measure = Measure::ALL.into_iter().find(|m| m.key() == key)?;
    let (start, end) = (number(w)?, number(w)?);
    let mut parts = [0.0; 4];
    for p in &mut parts {
        *p = number(w)?;
    }
    Some(Attribution {
        measure,
        start,
        end,
        parts,
    })
}

fn solution_words(out: &mut String, s: &Solution) {
    let _ = match s.answer {
        Answer::AlreadyMet(v) => write!(out, "met {v} "),
        Answer::Value(v) => write!(out, "value {v} "),
        Answer::Unreachable => write!(out, "unreachable "),
    };
    let _ = write!(out, "{} ", s.also.len());
    for r in &s.also {
        let _ = write!(out, "{} {} ", r.from, r.to);
    }
    let _ = match s.closest {
        Some(c) => write!(out, "closest {} {} ", c.value, c.figure),
        None => write!(out, "none "),
    };
    let _ = write!(out, "{} ", s.others.len());
    for (l, v) in &s.others {
        let _ = write!(out, "{} {v} ", l.key);
    }
}

fn read_solution(w: &mut Words) -> Option<Solution> {
    let answer = match w.next()? {
        "met" => Answer::AlreadyMet(number(w)?),
        "value" => Answer::Value(number(w)?),
        "unreachable" => Answer::Unreachable,
        _ => return None,
    };
    let also = (0..count(w)?)
        .map(|_| {
            Some(Run {
                from: number(w)?,
                to: number(w)?,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let closest = match w.next()? {
        "closest" => Some(Closest {
            value: number(w)?,
            figure: number(w)?,
        }),
        "none" => None,
        _ => return None,
    };
    let others = (0..count(w)?)
        .map(|_| Some((lever(w.next()?)?, number(w)?)))
        .collect::<Option<Vec<_>>>()?;
    Some(Solution {
        answer,
        also,
        closest,
        others,
    })
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
            let sent = Request::Insight { query: q.clone() }.encode(&old.params);
            let (request, shipped) = Request::decode(&sent).unwrap();
            let Reply::Insight(i) = request.run(&shipped) else {
                panic!("{q}")
            };
            assert_eq!(i.band, stated_band(&old.params, &s), "{q}");
        }
    }

    #[test]
    fn every_message_reads_back_as_it_was_written() {
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
                assert_eq!(Request::decode(&r.encode(&p)), Some((r.clone(), p)));
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
        for r in replies {
            assert_eq!(
                Reply::decode(&r.encode()),
                Some(r.clone()),
                "{}",
                r.encode()
            );
        }
        for bad in [
            "",
            "insight",
            "seek target growth",
            "seek target nolever\nv=1",
            "insight\nv=1\n1 2",
            "ready\n",
            "hello\nv=1",
        ] {
            assert_eq!(Reply::decode(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn a_request_that_is_not_one_is_refused() {
        let b = baseline();
        // the data's numbers, as a request carries them
        let numbers = Request::Insight {
            query: "v=1".into(),
        }
        .encode(&b.params);
        let numbers = numbers.rsplit('\n').next().unwrap_or_default();
        let data = |head: &str| format!("{head}\nv=1\n{numbers}");
        assert!(Request::decode(&data("insight")).is_some());
        assert!(Request::decode(&data("seek deficit 20 growth")).is_some());
        for bad in [
            "insight extra",
            "seek deficit x growth",
            "seek target nolever",
            "hello",
        ] {
            assert_eq!(Request::decode(&data(bad)), None, "{bad}");
        }
        assert_eq!(Request::decode("insight\nv=1"), None, "no data");
        let more = format!("{} 1", data("insight"));
        assert_eq!(Request::decode(&more), None, "a number too many");
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
