//! What would it take: the value of one lever that reaches a goal in FY2030-31, other levers as
//! they are, found by projecting every step of the lever's grid (no lever is assumed to move the
//! final year one way only), or the answer that no step in the lever's range reaches it.

use crate::data::Params;
pub use crate::insight::goal::Goal;
use crate::model::levers::Lever;
use crate::model::{project, Scenario};

/// What the solver found.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Answer {
    /// The goal is met with the lever where it is.
    AlreadyMet(f64),
    /// The step of the lever's grid nearest its current value that meets the goal.
    Value(f64),
    /// No step of the lever's range meets it.
    Unreachable,
}

impl Answer {
    pub fn value(&self) -> Option<f64> {
        match self {
            Answer::AlreadyMet(v) | Answer::Value(v) => Some(*v),
            Answer::Unreachable => None,
        }
    }

    /// How the JSON and the page's `data-answer` name it.
    pub fn key(&self) -> &'static str {
        match self {
            Answer::AlreadyMet(_) => "already_met",
            Answer::Value(_) => "value",
            Answer::Unreachable => "unreachable",
        }
    }
}

/// A run of consecutive steps of the lever's grid that all meet the goal, both ends included.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Run {
    pub from: f64,
    pub to: f64,
}

/// The answer, and the other runs of steps that meet the goal too (a lever need not move the
/// final year one way: an earlier start brings both sides' tariff cuts earlier, so exports and
/// imports both rise, and either may win).
#[derive(Clone, Debug, PartialEq)]
pub struct Solution {
    pub answer: Answer,
    /// Runs of steps that meet the goal apart from the one holding the answer, in lever order.
    pub also: Vec<Run>,
    /// When no step meets it: how close the lever gets.
    pub closest: Option<Closest>,
    /// When no step meets it: the other levers that would, each alone, with the value nearest
    /// its current one.
    pub others: Vec<(&'static Lever, f64)>,
}

/// The lever's best step for an unreachable goal, and the goal's figure there.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Closest {
    pub value: f64,
    /// The final year's balance (balanced trade, a deficit goal) or total trade (the target).
    pub figure: f64,
}

/// The lever's step grid: `min`, `min + step`, … `max`, each as the lever holds it.
pub fn grid<'a>(l: &'a Lever, p: &'a Params) -> impl Iterator<Item = f64> + 'a {
    let min = l.min(p.base_year);
    let steps = ((l.max - min) / l.step).round().max(0.0) as i64;
    (0..=steps).map(move |k| l.fit(min + k as f64 * l.step, p).value())
}

/// Find the value of lever `l` that meets `goal`, the other levers as in `s`: every step of the
/// lever's grid is projected (at most a few hundred), so the answer is exact on the grid whatever
/// the shape of the lever's effect. The step nearest the lever's current value wins (the lower
/// one on a tie).
///
/// When no step meets it, the solution also says how close the lever's best step gets and which
/// other levers would meet the goal alone.
pub fn solve(p: &Params, s: &Scenario, goal: Goal, l: &'static Lever) -> Solution {
    let now = (l.get)(s);
    let project_at = |l: &Lever, v: f64| {
        let mut t = *s;
        (l.set)(&mut t, v);
        project(p, &t)
    };
    if goal.met(&project_at(l, now)) {
        return Solution {
            answer: Answer::AlreadyMet(now),
            also: Vec::new(),
            closest: None,
            others: Vec::new(),
        };
    }
    // each step projected once: whether it meets the goal, and how close it gets
    let steps: Vec<(f64, bool, f64)> = grid(l, p)
        .map(|v| {
            let pr = project_at(l, v);
            (v, goal.met(&pr), goal.figure(&pr))
        })
        .collect();
    let mut solution = choose(now, steps.iter().map(|&(v, m, _)| (v, m)));
    if solution.answer == Answer::Unreachable {
        solution.closest = steps
            .iter()
            .map(|&(value, _, figure)| Closest { value, figure })
            .reduce(|a, b| if b.figure > a.figure { b } else { a });
        // the other levers, each alone (the goal is not met where they are now)
        solution.others = crate::model::levers::LEVERS
            .iter()
            .filter(|o| o.key != l.key)
            .filter_map(|o| {
                let now = (o.get)(s);
                let answer = choose(now, grid(o, p).map(|v| (v, goal.met(&project_at(o, v)))));
                answer.answer.value().map(|v| (o, v))
            })
            .collect();
    }
    solution
}

/// The answer from the lever's steps in order, each with whether it meets the goal, for a lever
/// now at `now` (where the goal is not met): the meeting step nearest `now`, and the other runs.
pub fn choose(now: f64, steps: impl Iterator<Item = (f64, bool)>) -> Solution {
    let mut runs: Vec<Run> = Vec::new();
    let mut previous_met = false;
    for (v, m) in steps {
        match runs.last_mut() {
            Some(run) if m && previous_met => run.to = v,
            _ if m => runs.push(Run { from: v, to: v }),
            _ => {}
        }
        previous_met = m;
    }
    // a run's nearest end to `now`, and how far it is
    let nearest_end = |r: &Run| {
        if now < r.from {
            (r.from - now, r.from)
        } else {
            (now - r.to, r.to)
        }
    };
    let nearest = runs
        .iter()
        .map(nearest_end)
        .enumerate()
        .min_by(|(_, (da, va)), (_, (db, vb))| da.total_cmp(db).then(va.total_cmp(vb)));
    match nearest {
        None => Solution {
            answer: Answer::Unreachable,
            also: Vec::new(),
            closest: None,
            others: Vec::new(),
        },
        Some((i, (_, v))) => {
            runs.remove(i);
            Solution {
                answer: Answer::Value(v),
                also: runs,
                closest: None,
                others: Vec::new(),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::levers::{lever, LEVERS};

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
            let Answer::Value(v) = solve(&p, &s, goal, l).answer else {
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
            solve(&p, &s, Goal::Balanced, lever("growth").unwrap()).answer,
            Answer::Unreachable
        );
        // the tariff cut cannot bring total trade to 100
        assert_eq!(
            solve(&p, &s, Goal::Target, lever("eaeu_cut").unwrap()).answer,
            Answer::Unreachable
        );
        assert!(matches!(
            solve(&p, &s, Goal::DeficitBelow(60.0), lever("oil").unwrap()).answer,
            Answer::AlreadyMet(_)
        ));
        for l in LEVERS {
            let a = solve(&p, &s, Goal::DeficitBelow(35.0), l).answer;
            if let Some(v) = a.value() {
                assert!(l.min(p.base_year) <= v && v <= l.max, "{}: {v}", l.key);
            }
        }
    }

    #[test]
    fn the_nearest_meeting_step_wins_and_other_runs_are_listed() {
        let steps = |met: &[u8]| {
            met.iter()
                .enumerate()
                .map(|(k, m)| (2026.0 + k as f64, *m == 1))
                .collect::<Vec<_>>()
                .into_iter()
        };
        // met in the middle only: bisection between the ends would say "no value"
        let s = choose(2026.0, steps(&[0, 0, 1, 1, 0]));
        assert_eq!(s.answer, Answer::Value(2028.0));
        assert!(s.also.is_empty());
        // two runs: the nearer answers, the other is listed
        let s = choose(2028.0, steps(&[1, 0, 0, 1, 1]));
        assert_eq!(s.answer, Answer::Value(2029.0));
        assert_eq!(
            s.also,
            vec![Run {
                from: 2026.0,
                to: 2026.0
            }]
        );
        // a tie goes to the lower step
        let s = choose(2028.0, steps(&[0, 1, 0, 1, 0]));
        assert_eq!(s.answer, Answer::Value(2027.0));
        assert_eq!(
            s.also,
            vec![Run {
                from: 2029.0,
                to: 2029.0
            }]
        );
        assert_eq!(
            choose(2026.0, steps(&[0, 0, 0])).answer,
            Answer::Unreachable
        );
    }

    /// Levers pulling against each other: with both sides' cuts, an earlier start raises exports
    /// and imports, and the final-year deficit is smallest for a start in the middle.
    #[test]
    fn a_goal_met_only_in_the_middle_of_the_range_is_found() {
        let b = crate::baseline().unwrap();
        let query = "eaeu_cut=92&start=2026&india_cut=85&oil_disc=5&growth=32&nonoil=19\
                     &a_x_other_e=6.9&a_m_other_t=85.4&a_m_other_e=3.1&a_sigma=7.6\
                     &a_x_chemicals_t=4.7&a_x_agri_food_t=11.5&a_x_other_t=5.6";
        let d = crate::link::decode(query, &b.params);
        assert!(d.notices.is_empty(), "{:?}", d.notices);
        let l = lever("start").unwrap();
        let deficit = |start: f64| {
            let mut t = d.scenario;
            (l.set)(&mut t, start);
            -project(&d.params, &t).last().balance
        };
        let goal = Goal::DeficitBelow(47.24);
        // 47.31, 47.26, 47.24, 47.23, 47.25 for a start from FY2026-27 to FY2030-31
        assert!(deficit(2026.0) > 47.24 && deficit(2027.0) > 47.24 && deficit(2030.0) > 47.24);
        assert!(deficit(2028.0) <= 47.24 && deficit(2029.0) <= 47.24);
        let s = solve(&d.params, &d.scenario, goal, l);
        assert_eq!(s.answer, Answer::Value(2028.0), "{s:?}");
    }
}
