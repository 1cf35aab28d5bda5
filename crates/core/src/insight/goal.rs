//! A goal for FY2030-31, in one place: what it is about, when it is met, how the command line and
//! the page name it and read it back. (Its words, in every language, are the present layer's:
//! `present::words::insight`.)

use crate::model::Projection;

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

/// The kinds of goal a reader chooses among (a deficit goal's amount is typed beside it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GoalKind {
    Balanced,
    Target,
    Deficit,
}

impl GoalKind {
    /// In the order the page offers them.
    pub const ALL: [GoalKind; 3] = [GoalKind::Balanced, GoalKind::Target, GoalKind::Deficit];

    /// The page's option value: `balanced`, `target`, `deficit`.
    pub fn key(self) -> &'static str {
        match self {
            GoalKind::Balanced => "balanced",
            GoalKind::Target => "target",
            GoalKind::Deficit => "deficit",
        }
    }

    pub fn from_key(key: &str) -> Option<GoalKind> {
        GoalKind::ALL.into_iter().find(|k| k.key() == key)
    }

    /// The goal of this kind; `deficit` is the amount a deficit goal stays below, US$ bn.
    pub fn goal(self, deficit: f64) -> Goal {
        match self {
            GoalKind::Balanced => Goal::Balanced,
            GoalKind::Target => Goal::Target,
            GoalKind::Deficit => Goal::DeficitBelow(deficit),
        }
    }
}

impl Goal {
    pub fn kind(&self) -> GoalKind {
        match self {
            Goal::Balanced => GoalKind::Balanced,
            Goal::Target => GoalKind::Target,
            Goal::DeficitBelow(_) => GoalKind::Deficit,
        }
    }

    /// The final-year figure the goal is about, larger being closer to it: the balance (balanced
    /// trade, a deficit below X) or total trade (the target).
    pub fn figure(&self, pr: &Projection) -> f64 {
        match self {
            Goal::Target => pr.last().total_trade,
            Goal::Balanced | Goal::DeficitBelow(_) => pr.last().balance,
        }
    }

    pub fn met(&self, pr: &Projection) -> bool {
        let y = pr.last();
        match self {
            Goal::Balanced => y.balance >= 0.0,
            Goal::Target => pr.meets_target(),
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

    /// A goal as people and links write it (`--solve target`, `deficit-below=20`): the amount a
    /// finite number (ASCII or typographic minus, as the link reads numbers) from 0 to 1,000, to
    /// the nearest US$ 1 m so that its key stays short (`deficit-below=1e-320` is 0).
    pub fn parse(s: &str) -> Option<Goal> {
        match s {
            "balanced" => Some(Goal::Balanced),
            "target" => Some(Goal::Target),
            _ => {
                let amount = s.strip_prefix("deficit-below=")?.trim();
                let x: f64 = amount.replace('\u{2212}', "-").parse().ok()?;
                let x = (x * 1000.0).round() / 1000.0 + 0.0;
                (0.0..=1000.0).contains(&x).then_some(Goal::DeficitBelow(x))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn goals_round_trip_their_keys() {
        for g in [Goal::Balanced, Goal::Target, Goal::DeficitBelow(20.0)] {
            assert_eq!(Goal::parse(&g.key()), Some(g));
        }
        assert_eq!(Goal::parse("deficit-below=abc"), None);
        assert_eq!(Goal::parse("deficit-below=inf"), None);
        assert_eq!(Goal::parse("deficit-below=NaN"), None);
        assert_eq!(Goal::parse("deficit-below=-1"), None);
        assert_eq!(Goal::parse("surplus"), None);
        assert_eq!(
            Goal::parse("deficit-below=\u{2212}0"),
            Some(Goal::DeficitBelow(0.0))
        );
        // echoed short: to the nearest US$ 1 m
        assert_eq!(
            Goal::parse("deficit-below=1e-320").map(|g| g.key()),
            Some("deficit-below=0".into())
        );
        assert_eq!(
            Goal::parse("deficit-below=8.12345678901").map(|g| g.key()),
            Some("deficit-below=8.123".into())
        );
    }

    #[test]
    fn every_kind_is_its_goals_kind_and_reads_back_from_its_key() {
        for k in GoalKind::ALL {
            assert_eq!(k.goal(12.5).kind(), k);
            assert_eq!(GoalKind::from_key(k.key()), Some(k));
        }
        assert_eq!(GoalKind::from_key("balance"), None);
    }
}
