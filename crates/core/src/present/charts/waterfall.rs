//! The waterfall of what moved the final year: current trends, the four groups of levers and the
//! scenario as bars in the charts' unit, their scale and each bar's place, its value and readout.
//! The page's waterfall and the download draw what this computes.

use crate::fy;
use crate::insight::attribution::{rounded_parts, Attribution, Measure};
use crate::model::levers::Part;
use crate::present::charts::chart::{Paint, SCENARIO};
use crate::present::format::Loc;
use crate::tr::{Lang, Tr};

/// One bar of the waterfall, in the charts' unit (US$ bn, or ₹ lakh crore): a total (drawn from
/// zero) or a part (floating from the running sum).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Step {
    pub label: Tr,
    pub paint: Paint,
    /// Where the bar starts and ends.
    pub from: f64,
    pub to: f64,
    /// A part (its change is `to − from`) rather than a total.
    pub is_part: bool,
    /// The figure the label shows: for a part, rounded so that the parts add up to the rounded
    /// change.
    pub shown: f64,
    /// A step of the balance's waterfall: its readout names a deficit or a surplus, never signs it.
    pub balance: bool,
}

pub const CURRENT_TRENDS: Tr = Tr::new("Current trends", "मौजूदा रुझान", "Текущие тенденции");

/// Current trends, the four groups, the scenario, in the charts' unit for FY2030-31.
pub fn waterfall(loc: &Loc, a: &Attribution) -> Vec<Step> {
    let c = |v: f64| loc.chart_value(v, fy::HORIZON);
    let parts = a.parts.map(c);
    let (start, end) = (c(a.start), c(a.end));
    let shown = rounded_parts(&parts, end - start, loc.chart_decimals());
    let balance = a.measure == Measure::Balance;
    let mut steps = vec![Step {
        label: CURRENT_TRENDS,
        paint: Paint::Baseline,
        from: 0.0,
        to: start,
        is_part: false,
        shown: start,
        balance,
    }];
    let mut at = start;
    for ((part, v), s) in Part::ALL.iter().zip(parts).zip(shown) {
        steps.push(Step {
            label: part.title(),
            paint: if v >= 0.0 { Paint::Rise } else { Paint::Fall },
            from: at,
            to: at + v,
            is_part: true,
            shown: s,
            balance,
        });
        at += v;
    }
    steps.push(Step {
        label: SCENARIO,
        paint: Paint::Scenario,
        from: 0.0,
        to: end,
        is_part: false,
        shown: end,
        balance,
    });
    steps
}

/// The figure a step's label shows: "+9.1" for a part, "−38.7" for a total, in the chart's unit;
/// in rupees, a part below ₹0.1 lakh crore is written in crore with its unit ("+₹4,000 crore",
/// "+40 млрд рупий"), not "+0.04".
pub fn step_value(loc: &Loc, s: &Step) -> String {
    let d = loc.chart_decimals();
    let lakh_crore = loc.scale_for(loc.convert(1000.0, fy::HORIZON));
    if s.is_part && lakh_crore.big && s.shown != 0.0 && s.shown.abs() < 0.1 {
        return loc.amount_at(s.shown / lakh_crore.per_bn, lakh_crore, true);
    }
    if s.is_part {
        loc.signed(s.shown, d)
    } else {
        loc.num(s.shown, d)
    }
}

/// The readout for one bar: "Oil: +9.1, from 38.7 to 29.6 (US$ bn)"; a balance's totals and
/// ends with their word, never a sign ("Current trends: deficit 38.7", "Oil: +9.1, from deficit
/// 38.7 to deficit 29.6"). The change of a part keeps its sign: it is a change, not a balance.
pub fn step_readout(loc: &Loc, s: &Step) -> String {
    let (label, unit) = (s.label.get(loc.lang), loc.unit_short());
    let d = loc.chart_decimals();
    if !s.is_part {
        let v = match s.balance {
            true => loc.balance_num(s.shown, d),
            false => step_value(loc, s),
        };
        return format!("{label}: {v} ({unit})");
    }
    let v = step_value(loc, s);
    let (a, b) = match s.balance {
        true => (balance_from(loc, s.from), balance_from(loc, s.to)),
        false => (loc.num(s.from, d), loc.num(s.to, d)),
    };
    crate::tr::tidy(match loc.lang {
        Lang::En => format!("{label}: {v}, from {a} to {b} ({unit})"),
        Lang::Hi if s.balance => format!("{label}: {v}, {a} से {b} तक ({unit})"),
        Lang::Hi => format!("{label}: {v}, {a} से {b} ({unit})"),
        Lang::Ru => format!("{label}: {v}, с {a} до {b} ({unit})"),
    })
}

/// A balance after "from"/"to": "deficit 38.7", Hindi oblique "38.7 के घाटे", Russian genitive
/// "дефицита 38,7"; its size alone when it rounds to zero.
fn balance_from(loc: &Loc, v: f64) -> String {
    let d = loc.chart_decimals();
    let size = loc.num(v.abs(), d);
    match (loc.lang, crate::present::format::balance_word(loc.lang, v)) {
        _ if crate::present::format::round(v.abs(), d) == 0.0 => size,
        (_, None) => size,
        (Lang::En, Some(w)) => format!("{w} {size}"),
        (Lang::Hi, Some("घाटा")) => format!("{size} के घाटे"),
        (Lang::Hi, Some(_)) => format!("{size} के अधिशेष"),
        (Lang::Ru, Some("дефицит")) => format!("дефицита {size}"),
        (Lang::Ru, Some(_)) => format!("профицита {size}"),
    }
}
