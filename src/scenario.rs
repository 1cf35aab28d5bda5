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

/// Read a scenario from a query string (with or without the leading `?`).
pub fn decode(query: &str, p: &Params) -> (Scenario, Vec<Notice>) {
    let mut s = Scenario::baseline(p);
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
        let key = percent_decode(raw_key);
        let value = percent_decode(raw_value);
        let value = value.trim();
        if seen.contains(&key) {
            note(format!(
                "`{}` appears more than once; the first value was used.",
                quote(&key)
            ));
            continue;
        }
        if seen.len() < 64 {
            seen.push(key.clone());
        }
        if key == "v" {
            if value != FORMAT_VERSION {
                note(format!(
                    "Unknown link format version `{}`; read as version {FORMAT_VERSION}.",
                    quote(value)
                ));
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
                "`{}={}` is not a number; used the default, {} {}.",
                quote(&key),
                quote(value),
                l.format(default),
                l.unit
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
                    l.format(l.min),
                    l.format(l.max),
                    l.unit,
                    l.format(c)
                ));
                set(&mut s, c);
            }
        }
    }
    (s, notices)
}

/// Write a scenario as a query string: the version and every lever that differs from its default.
pub fn encode(s: &Scenario, p: &Params) -> String {
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

    proptest! {
        #[test]
        fn decoding_any_string_never_panics_and_stays_in_range(q in ".{0,300}") {
            let p = params();
            let (s, _) = decode(&q, &p);
            for l in LEVERS {
                let v = (l.get)(&s);
                prop_assert!(v.is_finite() && l.min <= v && v <= l.max);
            }
            // encode ∘ decode is stable: a written link reads back to the same link, silently.
            let e = encode(&s, &p);
            let (s2, notes) = decode(&e, &p);
            prop_assert!(notes.is_empty());
            prop_assert_eq!(encode(&s2, &p), e);
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
