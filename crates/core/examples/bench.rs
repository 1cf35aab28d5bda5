//! Native model speed: projections per second over scenarios spread across every lever's range,
//! and what one lever move costs beyond the projection: the uncertainty band and the attribution.
//! Run by scripts/report.sh (`cargo run --release -p trade-core --example bench`).

use std::hint::black_box;
use std::time::Instant;
use trade_core::model::levers::LEVERS;
use trade_core::model::{project, Scenario};

fn main() {
    let p = match trade_core::baseline() {
        Ok(b) => b.params,
        Err(e) => {
            eprintln!("data file: {e}");
            std::process::exit(1);
        }
    };
    // 1,000 scenarios, each lever at a different point of its range.
    let scenarios: Vec<Scenario> = (0..1000)
        .map(|i| {
            let mut s = Scenario::baseline(&p);
            for (k, l) in LEVERS.iter().enumerate() {
                let f = ((i * (k + 3) * 7919) % 1000) as f64 / 999.0;
                let min = l.min(p.base_year);
                (l.set)(&mut s, min + f * (l.max - min));
            }
            s
        })
        .collect();
    let mut n = 0u64;
    let mut acc = 0.0;
    let start = Instant::now();
    while start.elapsed().as_secs_f64() < 1.0 {
        for s in &scenarios {
            acc += black_box(project(black_box(&p), black_box(s)))
                .headline
                .final_balance;
        }
        n += scenarios.len() as u64;
    }
    let secs = start.elapsed().as_secs_f64();
    println!("model: {n} projections in {secs:.2} s = {:.0} projections/s ({:.2} µs each) [checksum {acc:.3e}]",
        n as f64 / secs, secs * 1e6 / n as f64);
    let each = |name: &str, f: &dyn Fn(&Scenario) -> f64| {
        let (mut k, mut acc) = (0usize, 0.0);
        let start = Instant::now();
        while start.elapsed().as_secs_f64() < 1.0 {
            acc += black_box(f(&scenarios[k % scenarios.len()]));
            k += 1;
        }
        let secs = start.elapsed().as_secs_f64();
        println!(
            "{name}: {:.1} µs each over {k} scenarios [checksum {acc:.3e}]",
            secs * 1e6 / k as f64
        );
    };
    each(
        &format!("band ({} draws)", trade_core::insight::uncertainty::DRAWS),
        &|s| trade_core::insight::uncertainty::stated_band(&p, s).probability_target,
    );
    each("attribution (16 projections)", &|s| {
        trade_core::insight::attribution::attribute(&p, s)[0].parts[1]
    });
    // the solver projects every step of the lever: the page's default lever (growth, 141 steps)
    // and the one with the most steps (other imports' growth, 401)
    for key in ["growth", "nonoil"] {
        if let Some(l) = trade_core::model::levers::lever(key) {
            let steps = trade_core::insight::solve::grid(l, &p).count();
            each(&format!("goal seek on {key} ({steps} steps)"), &|s| {
                let goal = trade_core::insight::solve::Goal::DeficitBelow(1.0);
                let sol = trade_core::insight::solve::solve(&p, s, goal, l);
                sol.answer.value().unwrap_or(0.0)
            });
        }
    }
}
