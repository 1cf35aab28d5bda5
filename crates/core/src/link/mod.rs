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
        let key = migrate_key(&percent::decode(raw_key));
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

/// Old key names → current ones, so old links keep working when a key is renamed. None renamed
/// yet; add `"old" => "new"` arms here (and never reuse an old key for another meaning).
fn migrate_key(key: &str) -> String {
    key.to_string()
}

/// Read one `key=value` pair into `d`; what went wrong, if anything.
fn read_pair(d: &mut Decoded, key: &str, value: &str, shipped: &Params) -> Option<Notice> {
    if key == "v" {
        // Version 1 is the only format so far; links without `v` read as version 1. A future
        // version 2 reads `v=1` links through `migrate_key`.
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
        return (used != v).then(|| out_of_range(key, value, target, used));
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
        Fit::Clamped(c) => (Some(c), Some(out_of_range(key, value, target, c))),
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

fn out_of_range(key: &str, value: &str, target: Target, used: f64) -> Notice {
    Notice::OutOfRange {
        key: key.to_string(),
        given: value.to_string(),
        target,
        used,
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
mod tests {
    use super::*;
    use crate::data::inputs::inputs;
    use crate::data::{parse, BASELINE_TEXT};
    use crate::present::charts::chart::ChartId;
    use proptest::prelude::*;

    fn params() -> Params {
        parse(BASELINE_TEXT).unwrap().params
    }

    fn levers_only(q: &str) -> (Scenario, Vec<String>) {
        let d = decode(q, &params());
        (d.scenario, d.notices.iter().map(|n| n.for_page()).collect())
    }

    #[test]
    fn reads_the_three_headline_keys() {
        let p = params();
        let (s, notes) = levers_only("eaeu_cut=50&oil=-10&growth=15");
        assert!(notes.is_empty(), "{notes:?}");
        assert_eq!((s.eaeu_cut, s.oil_change, s.growth), (50.0, -10.0, 15.0));
        assert_eq!(encode(&s, &p, &p), "v=1&eaeu_cut=50&oil=-10&growth=15");
    }

    #[test]
    fn the_typographic_minus_the_page_prints_reads_back() {
        let (s, notes) = levers_only("oil=\u{2212}10");
        assert!(notes.is_empty(), "{notes:?}");
        assert_eq!(s.oil_change, -10.0);
        let (s, _) = levers_only("oil=-0");
        assert!(s.oil_change == 0.0 && s.oil_change.is_sign_positive());
    }

    #[test]
    fn defaults_encode_to_the_version_alone() {
        let p = params();
        assert_eq!(encode(&Scenario::baseline(&p), &p, &p), "v=1");
        assert_eq!(levers_only("").0, Scenario::baseline(&p));
        assert_eq!(levers_only("?v=1").0, Scenario::baseline(&p));
    }

    #[test]
    fn hostile_links_leave_a_sane_scenario_and_say_what_changed() {
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
            let (s, notes) = levers_only(q);
            assert!(notes.iter().any(|n| n.contains(why)), "{q}: {notes:?}");
            for l in LEVERS {
                let v = (l.get)(&s);
                assert!(
                    v.is_finite() && l.min <= v && v <= l.max,
                    "{q}: {} = {v}",
                    l.key
                );
            }
        }
        assert_eq!(levers_only("oil=1&oil=2").0.oil_change, 1.0);
        let (_, notes) = levers_only(&"x".repeat(10_000));
        assert!(notes[0].contains("longer than"));
        assert!(notes.iter().all(|n| n.len() < 200));
    }

    #[test]
    fn notices_carry_what_was_given_and_what_was_used() {
        let p = params();
        let d = decode("oil=-80&growth=abc&eaeucut=5", &p);
        let oil = lever("oil").unwrap();
        let growth = lever("growth").unwrap();
        assert_eq!(
            d.notices,
            vec![
                Notice::OutOfRange {
                    key: "oil".into(),
                    given: "-80".into(),
                    target: Target::Lever(oil),
                    used: -50.0
                },
                Notice::NotANumber {
                    key: "growth".into(),
                    given: "abc".into(),
                    target: Target::Lever(growth),
                    default: p.growth_exports
                },
                Notice::UnknownKey {
                    key: "eaeucut".into(),
                    suggestion: Some("eaeu_cut")
                },
            ]
        );
        assert_eq!(
            d.notices[0].for_page(),
            "“oil=-80” is outside −50 to 20\u{a0}% a year; used −50\u{a0}% a year."
        );
        assert!(d.notices[2]
            .for_page()
            .ends_with("Did you mean “eaeu_cut”?"));
    }

    #[test]
    fn sector_overrides_round_trip() {
        let p = params();
        let (s, notes) = levers_only("g_pharma=20&g_marine=99&g_nothing=1");
        assert_eq!(s.sector_growth[0], Some(20.0));
        assert_eq!(s.sector_growth[5], Some(40.0)); // clamped to the growth lever's range
        assert_eq!(notes.len(), 2, "{notes:?}");
        assert_eq!(encode(&s, &p, &p), "v=1&g_pharma=20&g_marine=40");
    }

    #[test]
    fn percent_escapes_are_read() {
        let (s, notes) = levers_only("oil=%2D10&growth=12%2E5");
        assert!(notes.is_empty(), "{notes:?}");
        assert_eq!((s.oil_change, s.growth), (-10.0, 12.5));
    }

    #[test]
    fn assumptions_and_view_flags_are_read() {
        let p = params();
        let d = decode(
            "a_x_pharma_t=20&a_sigma=99&embed=1&chart=total&theme=dark&controls=0&levers=oil,growth,nope",
            &p,
        );
        assert_eq!(d.params.exports[0].tariff, 20.0);
        assert_eq!(d.params.substitution, 10.0); // clamped
        assert!(d.view.embed && d.view.hide_controls);
        assert_eq!(d.view.chart, Some(ChartId::Total));
        assert_eq!(d.view.theme, Theme::Dark);
        assert_eq!(d.view.levers, vec!["oil", "growth"]);
        assert_eq!(d.notices.len(), 2, "{:?}", d.notices); // a_sigma clamped, `nope` unknown
        assert_eq!(
            encode(&d.scenario, &d.params, &p),
            "v=1&a_x_pharma_t=20&a_sigma=10"
        );
        assert_eq!(
            d.view.encode(),
            "embed=1&chart=total&theme=dark&controls=0&levers=oil,growth"
        );
        assert_eq!(decode("chart=pie&theme=pink", &p).notices.len(), 2);
    }

    #[test]
    fn a_name_loses_its_direction_controls_and_the_reader_is_told() {
        let p = params();
        // U+202E would show "8202 ni pots" as "stop in 2028"
        let d = decode("name=Oil%20cut%20%E2%80%AE8202%20ni%20pots", &p);
        assert_eq!(d.view.name.as_deref(), Some("Oil cut 8202 ni pots"));
        assert_eq!(
            d.notices,
            vec![Notice::BidiRemoved {
                key: "name",
                cut: None
            }]
        );
        for lang in crate::tr::Lang::ALL {
            let loc = crate::present::format::Loc {
                lang,
                ..crate::present::format::Loc::english()
            };
            assert!(!d.notices[0].for_page_in(&loc).is_empty());
        }
        // every direction control, alone or among words, and with a name too long
        for c in ('\u{202A}'..='\u{202E}')
            .chain('\u{2066}'..='\u{2069}')
            .chain(['\u{200E}', '\u{200F}', '\u{061C}'])
        {
            let q = format!("name=a{}b", percent::encode(&c.to_string()));
            let d = decode(&q, &p);
            assert_eq!(d.view.name.as_deref(), Some("a b"), "U+{:04X}", c as u32);
            assert_eq!(d.notices.len(), 1);
            let long = format!("name={}{}", percent::encode(&c.to_string()), "x".repeat(70));
            let d = decode(&long, &p);
            assert_eq!(
                d.notices,
                vec![Notice::BidiRemoved {
                    key: "name",
                    cut: Some(view::MAX_NAME)
                }]
            );
        }
        // a name in Hindi, Russian, or with an Arabic word keeps its letters, silently
        let d = decode(
            "name=%E0%A4%A4%E0%A5%87%E0%A4%B2%20%D0%BD%D0%B5%D1%84%D1%82%D1%8C",
            &p,
        );
        assert_eq!(d.view.name.as_deref(), Some("तेल нефть"));
        assert!(d.notices.is_empty());
    }

    proptest! {
        /// Whatever a link's name holds, what the page keeps has no direction control, no control
        /// character, at most `MAX_NAME` characters, and the reader is told whenever one was there.
        #[test]
        fn no_direction_control_survives_cleaning(given in "[a-z \u{202A}-\u{202E}\u{2066}-\u{2069}\u{200E}\u{200F}\u{061C}\u{0}-\u{1f}]{0,90}") {
            let t = view::clean_link_text(&given, view::MAX_NAME);
            let had = given.chars().any(view::is_bidi_control);
            prop_assert_eq!(t.bidi, had);
            if let Some(text) = &t.text {
                prop_assert!(!text.chars().any(|c| view::is_bidi_control(c) || c.is_control()));
                prop_assert!(text.chars().count() <= view::MAX_NAME);
                prop_assert!(!text.starts_with(' ') && !text.ends_with(' ') && !text.contains("  "));
            }
            let d = decode(&format!("name={}", percent::encode(&given)), &params());
            prop_assert_eq!(d.view.name, t.text);
            prop_assert_eq!(d.notices.iter().any(|n| matches!(n, Notice::BidiRemoved { .. })), had);
        }
    }

    #[test]
    fn a_pinned_scenario_round_trips() {
        let p = params();
        let pin = Scenario {
            eaeu_cut: 50.0,
            oil_change: -10.0,
            ..Scenario::baseline(&p)
        };
        let pair = encode_pin(&pin, &p);
        assert_eq!(pair, "pin=eaeu_cut%3D50%26oil%3D-10");
        let d = decode(&format!("v=1&growth=15&{pair}"), &p);
        assert!(d.notices.is_empty(), "{:?}", d.notices);
        assert_eq!(d.pinned, Some(pin));
        assert_eq!(d.scenario.growth, 15.0);
        // a bad value inside the pin is reported as the pin's; a pin inside a pin is ignored;
        // with nothing valid left, the page says it pins current trends
        let d = decode("pin=oil%3Dabc%26pin%3Dx", &p);
        assert_eq!(d.notices.len(), 3, "{:?}", d.notices);
        assert!(d.notices[0]
            .for_page()
            .starts_with("In the pinned scenario: “oil=abc” is not a number"));
        assert_eq!(d.notices[1], Notice::Pinned(Box::new(Notice::PinInPin)));
        assert_eq!(d.notices[2], Notice::PinnedNothing);
        assert_eq!(
            decode("pin=foo", &p).notices.last(),
            Some(&Notice::PinnedNothing)
        );
        assert!(decode("pin=v%3D1", &p).notices.is_empty());
        assert_eq!(encode_pin(&Scenario::baseline(&p), &p), "pin=");
    }

    #[test]
    fn the_pinned_scenario_keeps_its_own_name() {
        let p = params();
        let d = decode(
            "v=1&eaeu_cut=50&name=Half%20FTA&pin=oil%3D-20&pinname=Oil%20%E2%88%9220%20%25",
            &p,
        );
        assert!(d.notices.is_empty(), "{:?}", d.notices);
        assert_eq!(d.view.name.as_deref(), Some("Half FTA"));
        assert_eq!(d.pinned_name.as_deref(), Some("Oil \u{2212}20 %"));
        // written back as read, after the pin, in either order of the keys
        let names = encode_names(d.view.name.as_deref(), d.pinned_name.as_deref(), true);
        assert_eq!(names, "name=Half%20FTA&pinname=Oil%20%E2%88%9220%20%25");
        let again = decode(
            &format!("pinname=Oil%20%E2%88%9220%20%25&pin=oil%3D-20&{names}"),
            &p,
        );
        assert_eq!(
            again.notices,
            vec![Notice::Repeated {
                key: "pinname".into()
            }]
        );
        let again = decode(&format!("v=1&pin=oil%3D-20&{names}"), &p);
        assert_eq!(
            (again.pinned_name, again.view.name),
            (d.pinned_name, d.view.name)
        );
        // no pin, no pinned name in the link
        assert_eq!(encode_names(None, Some("x"), false), "");
        assert_eq!(encode_names(None, None, true), "");
        assert_eq!(encode_names(None, Some("a&b=c"), true), "pinname=a%26b%3Dc");
    }

    #[test]
    fn a_pinned_name_is_cleaned_and_capped_like_the_scenarios() {
        let p = params();
        // control characters and runs of spaces out
        let d = decode("pin=oil%3D-20&pinname=%01Oil%0A%0A%20cut%09%00", &p);
        assert!(d.notices.is_empty(), "{:?}", d.notices);
        assert_eq!(d.pinned_name.as_deref(), Some("Oil cut"));
        // nothing left: no name, so "Pinned scenario"
        let d = decode("pin=oil%3D-20&pinname=%01%20%0A", &p);
        assert_eq!(d.pinned_name, None);
        // cut at MAX_NAME characters, with the pinned scenario's notice
        let long = "Щ".repeat(view::MAX_NAME + 40);
        let d = decode(&format!("pin=oil%3D-20&pinname={long}"), &p);
        assert_eq!(
            d.pinned_name.as_deref().map(|n| n.chars().count()),
            Some(view::MAX_NAME)
        );
        assert_eq!(
            d.notices,
            vec![Notice::Pinned(Box::new(Notice::NameCut {
                max: view::MAX_NAME
            }))]
        );
        assert!(d.notices[0]
            .for_page()
            .starts_with("In the pinned scenario: The scenario's name is longer than 60"));
        // hostile: markup stays text, a name with no pin is dropped with a notice, a name
        // inside the pin is an unknown key of the pin's
        let d = decode(
            "pin=oil%3D-20&pinname=%3Cscript%3Ealert(1)%3C/script%3E",
            &p,
        );
        assert_eq!(d.pinned_name.as_deref(), Some("<script>alert(1)</script>"));
        let d = decode("oil=-20&pinname=Orphan", &p);
        assert_eq!((d.pinned, d.pinned_name), (None, None));
        assert_eq!(d.notices, vec![Notice::PinNameWithoutPin]);
        assert!(d.notices[0].for_page().contains("pins none"));
        let d = decode("pin=oil%3D-20%26pinname%3Dx", &p);
        assert_eq!(d.pinned_name, None);
        assert_eq!(d.notices.len(), 1, "{:?}", d.notices);
    }

    #[test]
    fn a_whole_link_reads_as_its_query() {
        assert_eq!(
            query_of("https://example.org/calc/?v=1&oil=-10#top"),
            "v=1&oil=-10"
        );
        assert_eq!(query_of("http://127.0.0.1:8080/"), "");
        assert_eq!(query_of("?v=1&oil=-10"), "v=1&oil=-10");
        assert_eq!(query_of(" v=1&oil=-10 "), "v=1&oil=-10");
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
            let all: Vec<_> = panel_inputs().collect();
            let (input, panel) = all[i % all.len()];
            let mut q = p;
            input.field.set(&mut q, panel.range.min + x * (panel.range.max - panel.range.min));
            let s = Scenario::baseline(&p);
            let link = encode(&s, &q, &p);
            let d = decode(&link, &p);
            prop_assert!(d.notices.is_empty());
            prop_assert_eq!(input.field.get(&d.params), input.field.get(&q));
            prop_assert_eq!(encode(&d.scenario, &d.params, &p), link);
        }

        #[test]
        fn decoding_any_string_never_panics_and_stays_in_range(q in ".{0,300}") {
            let p = params();
            let d = decode(&q, &p);
            for l in LEVERS {
                let v = (l.get)(&d.scenario);
                prop_assert!(v.is_finite() && l.min <= v && v <= l.max);
            }
            for a in inputs() {
                prop_assert!(a.field.get(&d.params).is_finite());
            }
            // encode ∘ decode is stable: a written link reads back to the same link, silently.
            let e = encode(&d.scenario, &d.params, &p);
            let d2 = decode(&e, &p);
            prop_assert!(d2.notices.is_empty());
            prop_assert_eq!(encode(&d2.scenario, &d2.params, &p), e);
            // a pinned name is clean, capped, and only beside a pin
            if let Some(n) = &d.pinned_name {
                prop_assert!(d.pinned.is_some());
                prop_assert!(n.chars().count() <= view::MAX_NAME);
                prop_assert!(!n.chars().any(char::is_control) && !n.contains("  "));
            }
        }

        #[test]
        fn any_pinned_name_round_trips_cleaned(given in "\\PC{0,90}") {
            let p = params();
            let (clean, _) = view::clean_name(&given);
            let q = format!("v=1&pin=oil%3D-20&{}", encode_names(None, Some(&given), true));
            let d = decode(&q, &p);
            prop_assert_eq!(&d.pinned_name, &clean);
            let again = encode_names(None, d.pinned_name.as_deref(), true);
            let d2 = decode(&format!("v=1&pin=oil%3D-20&{again}"), &p);
            prop_assert!(d2.notices.is_empty());
            prop_assert_eq!(d2.pinned_name, clean);
        }

        #[test]
        fn structured_queries_never_panic(
            pairs in proptest::collection::vec(("[a-z_v]{1,9}", "[-+0-9.eE%a-z\u{2212}]{0,12}"), 0..12)
        ) {
            let p = params();
            let q: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
            let s = decode(&q.join("&"), &p).scenario;
            let s2 = decode(&encode(&s, &p, &p), &p).scenario;
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
            let d = decode(&encode(&s, &p, &p), &p);
            prop_assert!(d.notices.is_empty());
            prop_assert_eq!((l.get)(&d.scenario), v);
        }
    }
}
