//! What would it take: the value of one lever that reaches a goal in FY2030-31, other levers as
//! they are, found by bisection on the lever's step grid (every lever moves the final year's
//! figures one way only), or the answer that no value in the lever's range reaches it.

use crate::data::Params;
use crate::levers::{lever, Lever};
use crate::model::{project, Projection, Scenario};
use crate::present::format::Loc;
use crate::tr::Lang;

/// A goal for FY2030-31.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Goal {
    /// Exports at least as large as imports.
    Balanced,
    /// Total trade at least the two governments' target.
    Target,
    /// A deficit no larger than this, US$ bn.
    DeficitBelow(f64),
}

impl Goal {
    pub fn met(&self, pr: &Projection) -> bool {
        let y = pr.last();
        match self {
            Goal::Balanced => y.balance >= 0.0,
            Goal::Target => y.total_trade >= pr.target,
            Goal::DeficitBelow(x) => -y.balance <= *x,
        }
    }

    /// How the command line and links write it: `balanced`, `target`, `deficit-below=20`.
    pub fn key(&self) -> String {
        match self {
            Goal::Balanced => "balanced".into(),
            Goal::Target => "target".into(),
            Goal::DeficitBelow(x) => format!("deficit-below={x}"),
        }
    }

    pub fn parse(s: &str) -> Option<Goal> {
        match s {
            "balanced" => Some(Goal::Balanced),
            "target" => Some(Goal::Target),
            _ => {
                let x = crate::link::percent::number(s.strip_prefix("deficit-below=")?)?;
                (0.0..=1000.0).contains(&x).then_some(Goal::DeficitBelow(x))
            }
        }
    }

    /// "balanced trade in FY2030-31", "total trade of US$ 100 bn in FY2030-31", "a deficit below
    /// US$ 20.0 bn in FY2030-31" (the amount in the reader's currency).
    pub fn describe(&self, loc: &Loc, target: f64) -> String {
        let fy = loc.fy(crate::fy::HORIZON);
        let t = loc.num(target, 0);
        match (self, loc.lang) {
            (Goal::Balanced, Lang::En) => format!("balanced trade in {fy}"),
            (Goal::Balanced, Lang::Hi) => format!("{fy} में संतुलित व्यापार"),
            (Goal::Balanced, Lang::Ru) => format!("сбалансированной торговли в {fy}"),
            (Goal::Target, Lang::En) => format!("total trade of US$ {t} bn in {fy}"),
            (Goal::Target, Lang::Hi) => format!("{fy} में {t} अरब डॉलर के कुल व्यापार"),
            (Goal::Target, Lang::Ru) => format!("товарооборота в {t} млрд долл. в {fy}"),
            (Goal::DeficitBelow(x), lang) => {
                let x = loc.money(*x, crate::fy::HORIZON);
                match lang {
                    Lang::En => format!("a deficit below {x} in {fy}"),
                    Lang::Hi => format!("{fy} में {x} से कम घाटे"),
                    Lang::Ru => format!("дефицита ниже {x} в {fy}"),
                }
            }
        }
    }
}

/// What the solver found.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Answer {
    /// The goal is met with the lever where it is.
    AlreadyMet(f64),
    /// The value nearest the lever's current one that meets the goal.
    Value(f64),
    /// No value in the lever's range meets it.
    Unreachable,
}

impl Answer {
    pub fn value(&self) -> Option<f64> {
        match self {
            Answer::AlreadyMet(v) | Answer::Value(v) => Some(*v),
            Answer::Unreachable => None,
        }
    }
}

/// The levers a goal may be solved for (all of them: each moves the final year one way).
pub fn solvable(key: &str) -> Option<&'static Lever> {
    lever(key)
}

/// Find the value of lever `l` that meets `goal`, the other levers as in `s`.
pub fn solve(p: &Params, s: &Scenario, goal: Goal, l: &Lever) -> Answer {
    let steps = ((l.max - l.min) / l.step).round().max(0.0) as i64;
    let at = |k: i64| l.fit(l.min + k as f64 * l.step, p).value();
    let met = |v: f64| {
        let mut t = *s;
        (l.set)(&mut t, v);
        goal.met(&project(p, &t))
    };
    let now = (l.get)(s);
    if met(now) {
        return Answer::AlreadyMet(now);
    }
    let (lo_met, hi_met) = (met(at(0)), met(at(steps)));
    if !lo_met && !hi_met {
        return Answer::Unreachable;
    }
    // the goal holds on one side of a threshold: bisect for the step nearest the rest of the grid
    let (mut bad, mut good) = if hi_met { (0, steps) } else { (steps, 0) };
    while (good - bad).abs() > 1 {
        let mid = (good + bad) / 2;
        if met(at(mid)) {
            good = mid;
        } else {
            bad = mid;
        }
    }
    Answer::Value(at(good))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::levers::LEVERS;

    fn params() -> Params {
        crate::baseline().unwrap().params
    }

    #[test]
    fn the_answer_reaches_the_goal_and_one_step_less_does_not() {
        let p = params();
        let trends = Scenario::baseline(&p);
        let fast = Scenario {
            growth: 40.0,
            ..trends
        };
        for (s, goal, key) in [
            (trends, Goal::DeficitBelow(30.0), "oil_mbd"),
            (trends, Goal::DeficitBelow(30.0), "growth"),
            (trends, Goal::DeficitBelow(35.0), "oil_price"),
            (fast, Goal::Target, "oil_mbd"),
            (fast, Goal::Balanced, "oil_stop"),
        ] {
            let l = lever(key).unwrap();
            let Answer::Value(v) = solve(&p, &s, goal, l) else {
                panic!("{goal:?} by {key}: {:?}", solve(&p, &s, goal, l));
            };
            let mut t = s;
            (l.set)(&mut t, v);
            assert!(goal.met(&project(&p, &t)), "{goal:?} by {key} = {v}");
            // one step towards where the lever was misses the goal
            let back = if v > (l.get)(&s) {
                v - l.step
            } else {
                v + l.step
            };
            (l.set)(&mut t, l.fit(back, &p).value());
            assert!(
                !goal.met(&project(&p, &t)),
                "{goal:?} by {key}: {back} also meets it"
            );
        }
    }

    #[test]
    fn unreachable_goals_and_goals_already_met_are_said_so() {
        let p = params();
        let s = Scenario::baseline(&p);
        // balanced trade by export growth alone: not even 40 % a year gets there
        assert_eq!(
            solve(&p, &s, Goal::Balanced, lever("growth").unwrap()),
            Answer::Unreachable
        );
        // the tariff cut cannot bring total trade to 100
        assert_eq!(
            solve(&p, &s, Goal::Target, lever("eaeu_cut").unwrap()),
            Answer::Unreachable
        );
        assert!(matches!(
            solve(&p, &s, Goal::DeficitBelow(60.0), lever("oil").unwrap()),
            Answer::AlreadyMet(_)
        ));
        for l in LEVERS {
            let a = solve(&p, &s, Goal::DeficitBelow(35.0), l);
            if let Some(v) = a.value() {
                assert!(l.min <= v && v <= l.max, "{}: {v}", l.key);
            }
        }
    }

    #[test]
    fn goals_round_trip_their_keys() {
        for g in [Goal::Balanced, Goal::Target, Goal::DeficitBelow(20.0)] {
            assert_eq!(Goal::parse(&g.key()), Some(g));
        }
        assert_eq!(Goal::parse("deficit-below=abc"), None);
        assert_eq!(Goal::parse("surplus"), None);
    }
}
