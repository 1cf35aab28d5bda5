//! The inputs file: the rows of the data file that TradeStat's chapter table does not give
//! (crude from PPAC and the trackers, the rupee rate from RBI, the default growth rates), written
//! as the data file writes them (`key | value | unit | tag | source`). Each replaces the previous
//! vintage's row of the same key, or adds a new year's row beside its predecessor.

use super::Refusal;
use trade_core::data::is_release_row;

/// One row of the inputs file, as written.
pub struct InputRow {
    pub key: String,
    pub value: String,
    pub unit: String,
    /// The row (trimmed), which goes into the data file as it is.
    pub text: String,
    pub line: usize,
}

/// Read the file: five fields a row, each key once; no release rows (the command's arguments
/// give them) and no chapter lists (a definition changes by hand, with its sector's words).
pub fn read(name: &str, text: &str) -> Result<Vec<InputRow>, Refusal> {
    let mut out: Vec<InputRow> = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let line = n + 1;
        let t = raw.trim();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = t.split('|').map(str::trim).collect();
        let refuse = |m: String| Err(Refusal::at(name, line, &m));
        if f.len() != 5 {
            return refuse(format!(
                "expected 5 fields `key | value | unit | tag | source`, found {}",
                f.len()
            ));
        }
        if let Some(first) = out.iter().find(|r| r.key == f[0]) {
            return refuse(format!(
                "`{}` appears twice (first on line {})",
                f[0], first.line
            ));
        }
        if is_release_row(f[0]) {
            return refuse(format!(
                "`{}` is written from --id and --date, not from the inputs",
                f[0]
            ));
        }
        if f[0].ends_with(".hs") {
            return refuse(format!(
                "`{}` is a chapter list: change it by hand in the data file, with its words",
                f[0]
            ));
        }
        out.push(InputRow {
            key: f[0].to_string(),
            value: f[1].to_string(),
            unit: f[2].to_string(),
            text: t.to_string(),
            line,
        });
    }
    Ok(out)
}
