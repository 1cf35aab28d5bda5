//! A scenario as a URL query string: `v=1&eaeu_cut=50&oil=-10&growth=15`.
//!
//! Only values that differ from their defaults are written, under the keys of the lever table,
//! with a format version. Reading never fails: bad, unknown, duplicate or out-of-range values are
//! dropped or clamped, and each such change comes back as a [`Notice`] the caller shows.

use crate::data::{Params, EXPORT_SECTORS};
use crate::levers::{lever, Fit, LEVERS};
use crate::model::Scenario;

/// The current format version, written as `v=1`.
pub const FORMAT_VERSION: &str = "1";
/// Longest query read; the rest is ignored (with a notice).
pub const MAX_QUERY_LEN: usize = 2000;

/// Something the reader changed or ignored, in words for the visitor.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub message: String,
}

/// Shorten and clean text quoted back to the visitor.
fn quote(s: &str) -> String {
    let clean: String = s.chars().filter(|c| !c.is_control()).take(24).collect();
    if s.chars().count() > 24 {
        format!("{clean}…")
    } else {
        clean
    }
}

/// Decode `%XX` escapes and `+`; invalid escapes are kept literally, invalid UTF-8 replaced.
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = |b: u8| (b as char).to_digit(16);
                match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

use crate::chart::CHARTS;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follow the system.
    #[default]
    Auto,
    Light,
    Dark,
}

/// How the page is shown (embed flags); not part of the scenario.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct View {
    /// Compact layout for an iframe (`embed=1`).
    pub embed: bool,
    /// One chart alone (`chart=total`), an index into [`CHARTS`].
    pub chart: Option<usize>,
    pub theme: Theme,
    /// Controls hidden (`controls=0`).
    pub hide_controls: bool,
    /// Only these levers shown (`levers=oil,growth`); empty = all.
    pub levers: Vec<&'static str>,
    /// Pym.js's child id, when a Pym parent embeds the page (`childId=…`).
    pub pym_id: Option<String>,
}

impl View {
    /// The embed flags as query pairs (empty when not embedded).
    pub fn encode(&self) -> String {
        if !self.embed {
            return String::new();
        }
        let mut out = String::from("embed=1");
        if let Some(c) = self.chart {
            out.push_str(&format!("&chart={}", CHARTS[c].0));
        }
        match self.theme {
            Theme::Auto => {}
            Theme::Light => out.push_str("&theme=light"),
            Theme::Dark => out.push_str("&theme=dark"),
        }
        if self.hide_controls {
            out.push_str("&controls=0");
        }
        if !self.levers.is_empty() {
            out.push_str("&levers=");
            out.push_str(&self.levers.join(","));
        }
        out
    }
}

/// Everything a link says.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    pub scenario: Scenario,
    /// The assumptions: the shipped data with the link's changes.
    pub params: Params,
    pub view: View,
    pub notices: Vec<Notice>,
}

/// Read a scenario from a query string (with or without the leading `?`); levers only.
pub fn decode(query: &str, p: &Params) -> (Scenario, Vec<Notice>) {
    let d = decode_full(query, p);
    (d.scenario, d.notices)
}

/// Read a whole link: levers, assumptions (`a_…` keys) and view flags. Never fails.
pub fn decode_full(query: &str, shipped: &Params) -> Decoded {
    let p = shipped;
    let mut s = Scenario::baseline(p);
    let mut params = *shipped;
    let mut view = View::default();
    let assumptions = crate::assumptions::assumptions();
    let mut notices = Vec::new();
    let mut note = |m: String| notices.push(Notice { message: m });
    let mut query = query.strip_prefix('?').unwrap_or(query);
    if query.len() > MAX_QUERY_LEN {
        let mut end = MAX_QUERY_LEN;
        while !query.is_char_boundary(end) {
            end -= 1;
        }
        query = &query[..end];
        note(format!(
            "The link is longer than {MAX_QUERY_LEN} characters; the rest was ignored."
        ));
    }
    let mut seen: Vec<String> = Vec::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let key = migrate_key(&percent_decode(raw_key));
        let value = percent_decode(raw_value);
        let value = value.trim();
        if seen.contains(&key) {
            note(format!(
                "`{}` appears more than once; the first value was used.",
                quote(&key)
            ));
            continue;
        }
        if seen.len() < 256 {
            seen.push(key.clone());
        }
        match key.as_str() {
            "v" => {
                // Version 1 is the only format so far; links without `v` are read as version 1.
                // A future version 2 reads `v=1` links through `migrate_key`.
                if value != FORMAT_VERSION {
                    note(format!(
                        "Unknown link format version `{}`; read as version {FORMAT_VERSION}.",
                        quote(value)
                    ));
                }
                continue;
            }
            "embed" => {
                view.embed = flag(value).unwrap_or_else(|| {
                    note(format!(
                        "`embed={}` should be 1 or 0; embedded.",
                        quote(value)
                    ));
                    true
                });
                continue;
            }
            "controls" => {
                view.hide_controls = !flag(value).unwrap_or_else(|| {
                    note(format!(
                        "`controls={}` should be 1 or 0; controls shown.",
                        quote(value)
                    ));
                    true
                });
                continue;
            }
            "chart" => {
                view.chart = CHARTS.iter().position(|c| c.0 == value);
                if view.chart.is_none() {
                    note(format!(
                        "`chart={}` is not one of {}; showing the whole calculator.",
                        quote(value),
                        CHARTS.map(|c| c.0).join(", ")
                    ));
                }
                continue;
            }
            "theme" => {
                view.theme = match value {
                    "light" => Theme::Light,
                    "dark" => Theme::Dark,
                    "auto" => Theme::Auto,
                    _ => {
                        note(format!(
                            "`theme={}` is not light, dark or auto; following the system.",
                            quote(value)
                        ));
                        Theme::Auto
                    }
                };
                continue;
            }
            // added by Pym.js parents to the iframe's URL
            "initialWidth" | "parentTitle" | "parentUrl" => continue,
            "childId" => {
                let id: String = value
                    .chars()
                    .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                    .take(64)
                    .collect();
                view.pym_id = Some(id);
                continue;
            }
            "levers" => {
                for k in value.split(',').filter(|k| !k.is_empty()) {
                    match LEVERS.iter().find(|l| l.key == k) {
                        Some(l) if !view.levers.contains(&l.key) => view.levers.push(l.key),
                        Some(_) => {}
                        None => note(format!(
                            "`levers` names an unknown lever `{}`; ignored.",
                            quote(k)
                        )),
                    }
                }
                continue;
            }
            _ => {}
        }
        if let Some(a) = assumptions.iter().find(|a| a.key == key) {
            let default = a.field.get(shipped);
            match value.parse::<f64>().ok().filter(|v| v.is_finite()) {
                None => note(format!(
                    "`{}={}` is not a number; used the default, {default} {}.",
                    quote(&key),
                    quote(value),
                    a.unit
                )),
                Some(v) => {
                    let c = v.clamp(a.min, a.max);
                    if c != v {
                        note(format!(
                            "`{}={}` is outside {} to {} {}; used {c}.",
                            quote(&key),
                            quote(value),
                            a.min,
                            a.max,
                            a.unit
                        ));
                    }
                    a.field.set(&mut params, c);
                }
            }
            continue;
        }
        let sector = sector_override(&key);
        let Some(l) = lever(&key).or(sector.and(lever("growth"))) else {
            note(format!("Ignored unknown setting `{}`.", quote(&key)));
            continue;
        };
        let set = |s: &mut Scenario, v: f64| match sector {
            Some(i) => s.sector_growth[i] = Some(v),
            None => (l.set)(s, v),
        };
        let default = (l.default)(p);
        let parsed = value.parse::<f64>().ok().filter(|v| v.is_finite());
        let Some(v) = parsed else {
            note(format!(
                "`{}={}` is not a number; used the default, {}.",
                quote(&key),
                quote(value),
                l.display(default)
            ));
            continue;
        };
        match l.fit(v, p) {
            Fit::Ok(v) => set(&mut s, v),
            Fit::Clamped(c) => {
                note(format!(
                    "`{}={}` is outside {} to {} {}; used {}.",
                    quote(&key),
                    quote(value),
                    l.format(l.min).replace('-', "−"),
                    l.format(l.max).replace('-', "−"),
                    l.unit,
                    l.display(c)
                ));
                set(&mut s, c);
            }
        }
    }
    Decoded {
        scenario: s,
        params,
        view,
        notices,
    }
}

/// Old key names → current ones, so old links keep working when a key is renamed. None renamed
/// yet; add `"old" => "new"` arms here (and never reuse an old key for another meaning).
fn migrate_key(key: &str) -> String {
    key.to_string()
}

fn flag(v: &str) -> Option<bool> {
    match v {
        "1" | "true" | "" => Some(true),
        "0" | "false" => Some(false),
        _ => None,
    }
}

/// Write levers only (assumptions at their shipped values).
pub fn encode(s: &Scenario, p: &Params) -> String {
    encode_full(s, p, p)
}

/// Write a scenario as a query string: the version, every lever and every assumption that
/// differs from its default.
pub fn encode_full(s: &Scenario, params: &Params, shipped: &Params) -> String {
    let p = shipped;
    let mut out = format!("v={FORMAT_VERSION}");
    for l in LEVERS {
        let v = (l.get)(s);
        if v != (l.default)(p) {
            out.push('&');
            out.push_str(l.key);
            out.push('=');
            out.push_str(&l.format(v));
        }
    }
    if let Some(growth) = lever("growth") {
        for (id, g) in EXPORT_SECTORS.iter().zip(&s.sector_growth) {
            if let Some(v) = g {
                out.push_str(&format!("&{SECTOR_PREFIX}{}={}", id.id, growth.format(*v)));
            }
        }
    }
    for a in crate::assumptions::assumptions() {
        let v = a.field.get(params);
        if v != a.field.get(shipped) {
            out.push_str(&format!("&{}={v}", a.key));
        }
    }
    out
}

/// URL key prefix of per-sector export growth overrides: `g_pharma=20`.
pub const SECTOR_PREFIX: &str = "g_";

/// The export sector index of an override key such as `g_pharma`.
pub fn sector_override(key: &str) -> Option<usize> {
    let id = key.strip_prefix(SECTOR_PREFIX)?;
    EXPORT_SECTORS.iter().position(|s| s.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{parse, BASELINE_TEXT};
    use proptest::prelude::*;

    fn params() -> Params {
        parse(BASELINE_TEXT).unwrap().params
    }

    #[test]
    fn reads_the_three_headline_keys() {
        let p = params();
        let (s, notes) = decode("eaeu_cut=50&oil=-10&growth=15", &p);
        assert!(notes.is_empty(), "{notes:?}");
        assert_eq!((s.eaeu_cut, s.oil_change, s.growth), (50.0, -10.0, 15.0));
        assert_eq!(encode(&s, &p), "v=1&eaeu_cut=50&oil=-10&growth=15");
    }

    #[test]
    fn defaults_encode_to_the_version_alone() {
        let p = params();
        assert_eq!(encode(&Scenario::baseline(&p), &p), "v=1");
        assert_eq!(decode("", &p).0, Scenario::baseline(&p));
        assert_eq!(decode("?v=1", &p).0, Scenario::baseline(&p));
    }

    #[test]
    fn hostile_links_leave_a_sane_scenario_and_say_what_changed() {
        let p = params();
        let cases: &[(&str, &str)] = &[
            ("oil=abc", "not a number"),
            ("oil=NaN", "not a number"),
            ("oil=inf", "not a number"),
            ("oil=", "not a number"),
            ("oil=-1e308", "outside"),
            ("eaeu_cut=500", "outside"),
            ("bogus=1", "unknown setting"),
            ("oil=1&oil=2", "more than once"),
            ("v=99", "version"),
            ("<script>=1", "unknown setting"),
            ("%ZZ%=%", "unknown setting"),
        ];
        for (q, why) in cases {
            let (s, notes) = decode(q, &p);
            assert!(
                notes.iter().any(|n| n.message.contains(why)),
                "{q}: {notes:?}"
            );
            for l in LEVERS {
                let v = (l.get)(&s);
                assert!(
                    v.is_finite() && l.min <= v && v <= l.max,
                    "{q}: {} = {v}",
                    l.key
                );
            }
        }
        let (s, _) = decode("oil=1&oil=2", &p);
        assert_eq!(s.oil_change, 1.0);
        let long = "x".repeat(10_000);
        let (_, notes) = decode(&long, &p);
        assert!(notes[0].message.contains("longer than"));
        assert!(notes.iter().all(|n| n.message.len() < 200));
    }

    #[test]
    fn sector_overrides_round_trip() {
        let p = params();
        let (s, notes) = decode("g_pharma=20&g_marine=99&g_nothing=1", &p);
        assert_eq!(s.sector_growth[0], Some(20.0));
        assert_eq!(s.sector_growth[5], Some(40.0)); // clamped to the growth lever's range
        assert_eq!(notes.len(), 2, "{notes:?}");
        assert_eq!(encode(&s, &p), "v=1&g_pharma=20&g_marine=40");
    }

    #[test]
    fn percent_escapes_are_read() {
        let p = params();
        let (s, notes) = decode("oil=%2D10&growth=12%2E5", &p);
        assert!(notes.is_empty(), "{notes:?}");
        assert_eq!((s.oil_change, s.growth), (-10.0, 12.5));
    }

    #[test]
    fn assumptions_and_view_flags_are_read() {
        let p = params();
        let d = decode_full("a_x_pharma_t=20&a_sigma=99&embed=1&chart=total&theme=dark&controls=0&levers=oil,growth,nope", &p);
        assert_eq!(d.params.exports[0].tariff, 20.0);
        assert_eq!(d.params.substitution, 10.0); // clamped
        assert!(d.view.embed && d.view.hide_controls);
        assert_eq!(d.view.chart, Some(1));
        assert_eq!(d.view.theme, Theme::Dark);
        assert_eq!(d.view.levers, vec!["oil", "growth"]);
        assert_eq!(d.notices.len(), 2, "{:?}", d.notices); // a_sigma clamped, `nope` unknown
        assert_eq!(
            encode_full(&d.scenario, &d.params, &p),
            "v=1&a_x_pharma_t=20&a_sigma=10"
        );
        assert_eq!(
            d.view.encode(),
            "embed=1&chart=total&theme=dark&controls=0&levers=oil,growth"
        );
        let (_, notes) = decode("chart=pie&theme=pink", &p);
        assert_eq!(notes.len(), 2);
    }

    #[test]
    fn links_without_a_version_read_as_version_1() {
        let p = params();
        assert_eq!(decode("oil=-10", &p), decode("v=1&oil=-10", &p));
    }

    proptest! {
        #[test]
        fn every_assumption_round_trips(i in 0usize..61, x in 0.0f64..=1.0) {
            let p = params();
            let all = crate::assumptions::assumptions();
            let a = &all[i % all.len()];
            let mut q = p;
            a.field.set(&mut q, a.min + x * (a.max - a.min));
            let s = Scenario::baseline(&p);
            let link = encode_full(&s, &q, &p);
            let d = decode_full(&link, &p);
            prop_assert!(d.notices.is_empty());
            prop_assert_eq!(a.field.get(&d.params), a.field.get(&q));
            prop_assert_eq!(encode_full(&d.scenario, &d.params, &p), link);
        }

        #[test]
        fn decoding_any_string_never_panics_and_stays_in_range(q in ".{0,300}") {
            let p = params();
            let (s, _) = decode(&q, &p);
            for l in LEVERS {
                let v = (l.get)(&s);
                prop_assert!(v.is_finite() && l.min <= v && v <= l.max);
            }
            // encode ∘ decode is stable: a written link reads back to the same link, silently.
            let d = decode_full(&q, &p);
            let e = encode_full(&d.scenario, &d.params, &p);
            let d2 = decode_full(&e, &p);
            prop_assert!(d2.notices.is_empty());
            prop_assert_eq!(encode_full(&d2.scenario, &d2.params, &p), e);
        }

        #[test]
        fn structured_queries_never_panic(
            pairs in proptest::collection::vec(("[a-z_v]{1,9}", "[-+0-9.eE%a-z]{0,12}"), 0..12)
        ) {
            let p = params();
            let q: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
            let (s, _) = decode(&q.join("&"), &p);
            let (s2, _) = decode(&encode(&s, &p), &p);
            prop_assert_eq!(s, s2);
        }

        #[test]
        fn every_lever_round_trips(i in 0usize..LEVERS.len(), k in 0u32..2000) {
            let p = params();
            let l = &LEVERS[i];
            let steps = ((l.max - l.min) / l.step).round() as u32;
            let v = l.fit(l.min + (k % (steps + 1)) as f64 * l.step, &p).value();
            let mut s = Scenario::baseline(&p);
            (l.set)(&mut s, v);
            let (back, notes) = decode(&encode(&s, &p), &p);
            prop_assert!(notes.is_empty());
            prop_assert_eq!((l.get)(&back), v);
        }
    }
}
