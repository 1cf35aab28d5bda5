//! How the headline figures move from one release to the next: the base year's exports,
//! imports, balance and total, and current trends' balance and total in FY2030-31 (the model's
//! default projection on each release's data).

use trade_core::data::Baseline;
use trade_core::fy;
use trade_core::model::current_trends;

/// The figures compared, US$ bn.
fn figures(b: &Baseline) -> [f64; 6] {
    let p = &b.params;
    let h = current_trends(p).headline;
    let (x, m) = (p.total_exports, p.total_imports);
    [x, m, x - m, x + m, h.final_balance, h.final_total]
}

/// The table the command prints: each figure in both releases and the change.
pub fn changes(old: &Baseline, new: &Baseline, old_id: &str, new_id: &str) -> String {
    let names = [
        "Exports in the base year",
        "Imports in the base year",
        "Balance in the base year (exports - imports)",
        "Total trade in the base year",
        "Balance in FY2030-31, current trends",
        "Total trade in FY2030-31, current trends",
    ];
    let (a, b) = (figures(old), figures(new));
    let mut s = format!(
        "{:<46}{:>12}{:>12}{:>10}\n",
        "US$ bn", old_id, new_id, "change"
    );
    let (ya, yb) = (
        fy::label(old.params.base_year),
        fy::label(new.params.base_year),
    );
    s.push_str(&format!("{:<46}{ya:>12}{yb:>12}\n", "Base year"));
    for (i, name) in names.iter().enumerate() {
        let d = b[i] - a[i];
        let d = if d.abs() < 0.005 { 0.0 } else { d };
        s.push_str(&format!(
            "{name:<46}{:>12.2}{:>12.2}{d:>+10.2}\n",
            a[i], b[i]
        ));
    }
    s
}
