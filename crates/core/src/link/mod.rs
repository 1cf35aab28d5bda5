//! A scenario as a link's query string: `v=1&eaeu_cut=50&oil=-10&growth=15`.
//!
//! Only values that differ from their defaults are written, under the keys of the lever and input
//! tables, with a format version. Reading never fails: bad, unknown, repeated or out-of-range
//! values are dropped or clamped, and each such change comes back as a [`Notice`] the caller
//! shows (the page) or refuses (the command line).

pub mod notice;
pub mod percent;
pub mod view;

pub use notice::{Notice, Target};
pub use view::{Theme, View};

use crate::data::inputs::{by_link_key, panel_inputs};
use crate::data::{Params, EXPORT_SECTORS};
use crate::model::levers::{lever, sector_lever, Fit, LEVERS};
use crate::model::Scenario;
use crate::vintage;

/// The current format version, written as `v=1`.
pub const FORMAT_VERSION: &str = "1";
/// Longest query read; the rest is ignored (with a notice).
pub const MAX_QUERY_LEN: usize = 2000;
/// Key of a pinned scenario: `pin=eaeu_cut%3D50`.
pub const PIN: &str = "pin";
/// Key of the pinned scenario's name: `pinname=Half%20FTA` (cleaned and capped like `name=`).
pub const PIN_NAME: &str = "pinname";
/// Key of the data's vintage a link was made on: `data=2026-07` (see `crate::vintage`).
pub const DATA: &str = "data";
/// Link-key prefix of per-sector export growth overrides: `g_pharma=20`.
pub const SECTOR_PREFIX: &str = "g_";

/// Everything a link says.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    pub scenario: Scenario,
    /// A scenario pinned for comparison (`pin=`, itself a link's levers, escaped).
    pub pinned: Option<Scenario>,
    /// The pinned scenario's name (`pinname=`), which its legend keys, readouts and downloads
    /// use instead of "Pinned scenario"; None without a pin.
    pub pinned_name: Option<String>,
    /// The assumptions: the shipped data with the link's changes.
    pub params: Params,
    pub view: View,
    /// The data's vintage the link computes on: its `data=` when that names a known one, else
    /// the newest.
    pub vintage: &'static str,
    pub notices: Vec<Notice>,
}

/// The query of a link as a reader may paste it: a whole address (`https://host/calc/?v=1&…`,
/// with or without a `#…` part) or the query alone (`?v=1&…`, `v=1&…`).
pub fn query_of(link: &str) -> &str {
    let link = link.trim();
    let link = link.split_once('#').map_or(link, |(q, _)| q);
    if link.contains("://") {
        link.split_once('?').map_or("", |(_, q)| q)
    } else {
        link.strip_prefix('?').unwrap_or(link)
    }
}

/// Read a whole link: levers, assumptions (`a_…` keys) and view flags. Never fails.
pub fn decode(query: &str, shipped: &Params) -> Decoded {
    decode_at(query, shipped, true)
}

/// `decode`, reading a `pin=` only at the top (a pinned scenario holds no pin of its own).
fn decode_at(query: &str, shipped: &Params, top: bool) -> Decoded {
    let mut d = Decoded {
        scenario: Scenario::baseline(shipped),
        pinned: None,
        pinned_name: None,
        params: *shipped,
        view: View::default(),
        vintage: vintage::LATEST,
        notices: Vec::new(),
    };
    let query = query.strip_prefix('?').unwrap_or(query);
    let query = truncate(query, &mut d.notices);
    let mut seen: Vec<String> = Vec::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        // no key has been renamed yet: when one is, map the old name to the new one here (and
        // never reuse an old key for another meaning), so that old links keep working
        let key = percent::decode(raw_key);
        let value = percent::decode(raw_value);
        if seen.contains(&key) {
            d.notices.push(Notice::Repeated { key });
            continue;
        }
        if seen.len() < 256 {
            seen.push(key.clone());
        }
        if key == PIN && top {
            read_pin(&mut d, &value, shipped);
            continue;
        }
        if key == PIN_NAME && top {
            read_pin_name(&mut d, &value);
            continue;
        }
        if !top && (key == PIN || key == DATA || by_link_key(&key).is_some()) {
            // a pinned scenario holds levers only: it is drawn under the page's assumptions
            d.notices.push(if key == PIN {
                Notice::PinInPin
            } else {
                Notice::PinnedAssumption { key }
            });
            continue;
        }
        if let Some(n) = read_pair(&mut d, &key, value.trim(), shipped) {
            d.notices.push(n);
        }
    }
    // a name for a pinned scenario the link does not hold names nothing
    if d.pinned.is_none() && d.pinned_name.take().is_some() {
        d.notices.push(Notice::PinNameWithoutPin);
    }
    d
}

/// `pin=`: a link's levers of its own, its notices reported as the pinned scenario's.
fn read_pin(d: &mut Decoded, value: &str, shipped: &Params) {
    let pin = decode_at(value.trim(), shipped, false);
    // a pin that names something but no lever the page knows pins current trends: say so
    let names_something = value
        .split('&')
        .any(|p| !p.trim().is_empty() && p.split('=').next() != Some("v"));
    let nothing = names_something && pin.scenario == Scenario::baseline(shipped);
    d.pinned = Some(pin.scenario);
    d.notices
        .extend(pin.notices.into_iter().map(|n| Notice::Pinned(Box::new(n))));
    if nothing {
        d.notices.push(Notice::PinnedNothing);
    }
}

/// `pinname=`: cleaned and capped like `name=`, a cut reported as the pinned scenario's.
fn read_pin_name(d: &mut Decoded, value: &str) {
    let t = view::clean_link_text(value, view::MAX_NAME);
    d.pinned_name = t.text;
    if t.bidi {
        d.notices.push(Notice::BidiRemoved {
            key: PIN_NAME,
            cut: t.cut.then_some(view::MAX_NAME),
        });
    } else if t.cut {
        let cut = Notice::NameCut {
            max: view::MAX_NAME,
        };
        d.notices.push(Notice::Pinned(Box::new(cut)));
    }
}

/// The query cut to [`MAX_QUERY_LEN`] on a character boundary.
fn truncate<'q>(query: &'q str, notices: &mut Vec<Notice>) -> &'q str {
    if query.len() <= MAX_QUERY_LEN {
        return query;
    }
    let mut end = MAX_QUERY_LEN;
    while !query.is_char_boundary(end) {
        end -= 1;
    }
    notices.push(Notice::TooLong { max: MAX_QUERY_LEN });
    &query[..end]
}

/// Read one `key=value` pair into `d`; what went wrong, if anything.
fn read_pair(d: &mut Decoded, key: &str, value: &str, shipped: &Params) -> Option<Notice> {
    if key == "v" {
        // Version 1 is the only format so far; links without `v` read as version 1. A future
        // version 2 reads `v=1` links by mapping their old keys where `decode_at` reads keys.
        return (value != FORMAT_VERSION).then(|| Notice::UnknownVersion {
            given: value.to_string(),
        });
    }
    if key == DATA {
        return match vintage::known(value) {
            Some(id) => {
                d.vintage = id;
                None
            }
            None => Some(Notice::UnknownVintage {
                given: value.to_string(),
                latest: vintage::LATEST,
            }),
        };
    }
    if let Some(outcome) = d.view.read(key, value) {
        return outcome;
    }
    if let Some(input) = by_link_key(key) {
        let panel = input.panel.as_ref()?;
        let target = Target::Input(input, panel);
        let Some(v) = percent::number(value) else {
            return Some(not_a_number(key, value, target, input.field.get(shipped)));
        };
        let used = panel.range.clamp(v);
        input.field.set(&mut d.params, used);
        return (used != v).then(|| out_of_range(key, value, target, used, shipped.base_year));
    }
    if let Some(i) = sector_override(key) {
        let l = sector_lever();
        let (v, n) = lever_value(l, Target::SectorRate(l), key, value, shipped);
        if let Some(v) = v {
            d.scenario.sector_growth[i] = Some(v);
        }
        return n;
    }
    if let Some(l) = lever(key) {
        let (v, n) = lever_value(l, Target::Lever(l), key, value, shipped);
        if let Some(v) = v {
            (l.set)(&mut d.scenario, v);
        }
        return n;
    }
    if crate::data::inputs::is_actual_figure_key(key) {
        return Some(Notice::ActualFigure {
            key: key.to_string(),
        });
    }
    Some(Notice::UnknownKey {
        key: key.to_string(),
        suggestion: notice::closest(key, known_keys()),
    })
}

/// A lever's value from a link: what to set (None keeps the default) and what to say about it.
fn lever_value(
    l: &'static crate::model::levers::Lever,
    target: Target,
    key: &str,
    value: &str,
    shipped: &Params,
) -> (Option<f64>, Option<Notice>) {
    let Some(v) = percent::number(value) else {
        return (
            None,
            Some(not_a_number(key, value, target, l.default_value(shipped))),
        );
    };
    match l.fit(v, shipped) {
        // a value between the lever's steps is rounded to the nearest step, and the reader told
        Fit::Ok(used) if (used - v).abs() > 1e-9 * v.abs().max(1.0) => (
            Some(used),
            Some(Notice::Snapped {
                key: key.to_string(),
                given: value.to_string(),
                target,
                used,
            }),
        ),
        Fit::Ok(v) => (Some(v), None),
        Fit::Clamped(c) => {
            let n = out_of_range(key, value, target, c, shipped.base_year);
            (Some(c), Some(n))
        }
    }
}

fn not_a_number(key: &str, value: &str, target: Target, default: f64) -> Notice {
    Notice::NotANumber {
        key: key.to_string(),
        given: value.to_string(),
        target,
        default,
    }
}

fn out_of_range(key: &str, value: &str, target: Target, used: f64, base_year: i32) -> Notice {
    Notice::OutOfRange {
        key: key.to_string(),
        given: value.to_string(),
        target,
        used,
        base_year,
    }
}

/// Every key a link may hold, for suggestions.
fn known_keys() -> impl Iterator<Item = &'static str> {
    static SECTOR_KEYS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    let sectors = SECTOR_KEYS.get_or_init(|| {
        EXPORT_SECTORS
            .iter()
            .map(|s| &*Box::leak(format!("{SECTOR_PREFIX}{}", s.id).into_boxed_str()))
            .collect()
    });
    ["v", PIN, PIN_NAME, DATA]
        .into_iter()
        .chain(LEVERS.iter().map(|l| l.key))
        .chain(view::KEYS)
        .chain(sectors.iter().copied())
        .chain(panel_inputs().map(|(_, p)| p.key))
}

/// The export sector index of an override key such as `g_pharma`.
pub fn sector_override(key: &str) -> Option<usize> {
    let id = key.strip_prefix(SECTOR_PREFIX)?;
    EXPORT_SECTORS.iter().position(|s| s.id == id)
}

/// The vintage a link's data are: its (first) `data=` when it names one of `ids` (newest first),
/// else the newest. The caller loads that vintage's data, then decodes the link on them
/// (`decode` says when the id is unknown).
pub fn vintage_in<'a>(query: &str, ids: &[&'a str]) -> &'a str {
    let query = query_of(query);
    let given = query
        .split('&')
        .map(|p| p.split_once('=').unwrap_or((p, "")))
        .find(|(k, _)| percent::decode(k) == DATA)
        .map(|(_, v)| percent::decode(v));
    given
        .and_then(|g| ids.iter().copied().find(|id| *id == g.trim()))
        .unwrap_or(ids[0])
}

/// [`vintage_in`] over the shipped vintages.
pub fn vintage_of(query: &str) -> &'static str {
    vintage_in(query, vintage::IDS)
}

/// The `data=` pair for a vintage.
pub fn encode_vintage(id: &str) -> String {
    format!("{DATA}={}", percent::encode(id))
}

/// The same query on another vintage: every `data=` replaced by one naming `id` (at the end).
pub fn with_vintage(query: &str, id: &str) -> String {
    let kept: Vec<&str> = query_of(query)
        .split('&')
        .filter(|p| !p.is_empty() && percent::decode(p.split('=').next().unwrap_or("")) != DATA)
        .collect();
    let mut out = kept.join("&");
    if !out.is_empty() {
        out.push('&');
    }
    out.push_str(&encode_vintage(id));
    out
}

/// Write a scenario as a query string: the version, every lever, sector override and assumption
/// that differs from its default.
pub fn encode(s: &Scenario, params: &Params, shipped: &Params) -> String {
    let mut out = format!("v={FORMAT_VERSION}");
    for l in LEVERS {
        let v = (l.get)(s);
        if v != l.default_value(shipped) {
            out.push_str(&format!("&{}={}", l.key, l.format(v)));
        }
    }
    let rate = sector_lever();
    for (sector, g) in EXPORT_SECTORS.iter().zip(&s.sector_growth) {
        if let Some(v) = g {
            out.push_str(&format!(
                "&{SECTOR_PREFIX}{}={}",
                sector.id,
                rate.format(*v)
            ));
        }
    }
    for (input, panel) in panel_inputs() {
        let v = input.field.get(params);
        if v != input.field.get(shipped) {
            out.push_str(&format!("&{}={v}", panel.key));
        }
    }
    out
}

/// The names as query pairs: `name=` for the scenario's, `pinname=` for the pinned scenario's
/// (only beside a pin); empty when neither has one.
pub fn encode_names(name: Option<&str>, pinned_name: Option<&str>, pinned: bool) -> String {
    let pairs = [("name", name), (PIN_NAME, pinned_name.filter(|_| pinned))];
    let written: Vec<String> = pairs
        .iter()
        .filter_map(|(k, v)| v.map(|v| format!("{k}={}", percent::encode(v))))
        .collect();
    written.join("&")
}

/// The `pin=` pair for a pinned scenario: its levers (those off their defaults), escaped.
pub fn encode_pin(pin: &Scenario, shipped: &Params) -> String {
    let levers = encode(pin, shipped, shipped);
    let levers = levers
        .strip_prefix(&format!("v={FORMAT_VERSION}"))
        .unwrap_or(&levers)
        .trim_start_matches('&');
    format!("{PIN}={}", percent::encode(levers))
}

#[cfg(test)]
mod tests;
