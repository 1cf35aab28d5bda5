//! The protocol's tests: the answers are the core's, every message crosses serde bit for bit,
//! and the schedule asks for what is on screen and nothing more.
#![allow(clippy::unwrap_used)]

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
fn a_request_that_is_not_one_is_refused() {
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
}

#[test]
fn a_reply_that_is_not_one_is_refused() {
    let b = baseline();
    let ask = Ask {
        goal: Goal::DeficitBelow(20.0),
        lever: lever("growth").unwrap(),
    };
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
