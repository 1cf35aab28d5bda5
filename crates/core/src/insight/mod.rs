//! Beyond the sliders: what moved the balance (Shapley attribution over the lever groups), how
//! sure the projection is (a seeded Monte Carlo band), and what a goal would take (a solver over
//! one lever). Pure functions of the scenario, the assumptions and the shipped data, like the
//! model itself; the page, the JSON and the command line all call them.

pub mod attribution;
pub mod goal;
pub mod rng;
pub mod solve;
pub mod uncertainty;
