//! How the page is shown (embed flags), as opposed to the scenario: read from and written to the
//! same link.

use super::notice::{closest, Notice};
use crate::model::levers::LEVERS;
use crate::tr::Lang;

/// A chart of the page, and its key in links (`chart=total`); what each shows and is called is
/// the presentation's (`present::charts::chart`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChartId {
    Balance,
    Total,
    Exports,
    Imports,
    /// What moved the final year: the waterfall of the attribution.
    Moved,
}

impl ChartId {
    pub const ALL: [ChartId; 5] = [
        ChartId::Balance,
        ChartId::Total,
        ChartId::Exports,
        ChartId::Imports,
        ChartId::Moved,
    ];
    /// The charts over the years.
    pub const OVER_TIME: [ChartId; 4] = [
        ChartId::Balance,
        ChartId::Total,
        ChartId::Exports,
        ChartId::Imports,
    ];

    /// The key in links and element ids.
    pub fn key(self) -> &'static str {
        match self {
            ChartId::Balance => "balance",
            ChartId::Total => "total",
            ChartId::Exports => "exports",
            ChartId::Imports => "imports",
            ChartId::Moved => "moved",
        }
    }

    /// `chart=`'s value, read as every display flag's ([`is_key`]).
    pub fn parse(s: &str) -> Option<ChartId> {
        ChartId::ALL.into_iter().find(|c| is_key(s, c.key()))
    }
}

/// The currency figures are shown in, and its key in links (`cur=inr`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Currency {
    #[default]
    Usd,
    Inr,
}

impl Currency {
    pub const ALL: [Currency; 2] = [Currency::Usd, Currency::Inr];

    /// The link's `cur=` value.
    pub fn key(self) -> &'static str {
        match self {
            Currency::Usd => "usd",
            Currency::Inr => "inr",
        }
    }

    /// `cur=`'s value, read as every display flag's ([`is_key`]).
    pub fn parse(s: &str) -> Option<Currency> {
        Currency::ALL.into_iter().find(|c| is_key(s, c.key()))
    }
}

/// The colour scheme an embed asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follow the reader's system.
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    pub fn key(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// `theme=`'s value, read as every display flag's ([`is_key`]).
    pub fn parse(s: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| is_key(s, t.key()))
    }
}

/// Whether a display flag's value names `key`: case-blind and with spaces around it ignored, as
/// people type them (`theme=Dark`, `chart=Total`, `cur=INR `), like `lang=HI`.
fn is_key(given: &str, key: &str) -> bool {
    given.trim().eq_ignore_ascii_case(key)
}

/// How the page is shown; not part of the scenario.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct View {
    /// Compact layout for an iframe (`embed=1`).
    pub embed: bool,
    /// One chart alone (`chart=total`).
    pub chart: Option<ChartId>,
    pub theme: Theme,
    /// Controls hidden (`controls=0`).
    pub hide_controls: bool,
    /// Only these levers shown (`levers=oil,growth`); empty = all.
    pub levers: Vec<&'static str>,
    /// Pym.js's child id, when a Pym parent embeds the page (`childId=…`).
    pub pym_id: Option<String>,
    /// The language the link asks for (`lang=hi`); None: the reader's browser decides.
    pub lang: Option<Lang>,
    /// The currency the link asks for (`cur=inr`); None: US$.
    pub cur: Option<Currency>,
    /// The scenario's name (`name=Oil%20stop`), which the legend, the headline and the downloads
    /// use instead of "Your scenario".
    pub name: Option<String>,
    /// A journalist's own words for a chart: the title, the subtitle and a note (`title=`,
    /// `subtitle=`, `note=`), used by the embed and the downloaded charts, echoed in the JSON.
    pub words: ChartWords,
}

/// A chart's title, subtitle and note as a journalist set them (each cleaned like a name).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ChartWords {
    pub title: Option<String>,
    pub subtitle: Option<String>,
    pub note: Option<String>,
}

impl ChartWords {
    /// Each link key with its longest text, in characters.
    pub const KEYS: [(&'static str, usize); 3] = [("title", 100), ("subtitle", 160), ("note", 280)];

    fn slot(&mut self, key: &str) -> Option<&mut Option<String>> {
        match key {
            "title" => Some(&mut self.title),
            "subtitle" => Some(&mut self.subtitle),
            "note" => Some(&mut self.note),
            _ => None,
        }
    }

    /// Set one of them from what a reader typed or a link carries ([`clean_link_text`], capped
    /// at its key's length): what was removed or cut.
    pub fn set(&mut self, key: &str, given: &str) -> LinkText {
        let t = Self::clean(key, given);
        if let Some(slot) = self.slot(key) {
            *slot = t.text.clone();
        }
        t
    }

    /// One of them as the page keeps it: cleaned and capped at its key's length.
    pub fn clean(key: &str, given: &str) -> LinkText {
        let max = Self::KEYS
            .iter()
            .find(|(k, _)| *k == key)
            .map_or(0, |k| k.1);
        clean_link_text(given, max)
    }

    /// Those set, as query pairs (`title=…&note=…`), in the order of [`ChartWords::KEYS`].
    pub fn encode(&self) -> String {
        [
            ("title", &self.title),
            ("subtitle", &self.subtitle),
            ("note", &self.note),
        ]
        .iter()
        .filter_map(|(k, v)| {
            v.as_ref()
                .map(|v| format!("{k}={}", super::percent::encode(v)))
        })
        .collect::<Vec<_>>()
        .join("&")
    }
}

/// The longest scenario name, in characters: a legend's line.
pub const MAX_NAME: usize = 60;

/// Whether `c` is a bidirectional formatting character: the embeddings and overrides
/// (U+202A–U+202E), the isolates (U+2066–U+2069) and the marks (U+200E, U+200F, U+061C). A link's
/// text holding one could show its words reversed or moved ("Oil cut \u{202E}8202 ni pots" reads as
/// "Oil cut stop in 2028"), so none is kept.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// A text a link carries, as the page keeps it (see [`clean_link_text`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkText {
    /// None when nothing is left.
    pub text: Option<String>,
    /// Whether it was longer than the most allowed and cut.
    pub cut: bool,
    /// Whether bidirectional formatting characters were removed.
    pub bidi: bool,
}

/// Every text a link carries (the scenario's name, and any other words a link may hold) goes
/// through here: bidirectional formatting characters ([`is_bidi_control`]) and control characters
/// out, runs of spaces made one, at most `max` characters.
pub fn clean_link_text(given: &str, max: usize) -> LinkText {
    let bidi = given.chars().any(is_bidi_control);
    let words: Vec<&str> = given
        .split(|c: char| c.is_whitespace() || c.is_control() || is_bidi_control(c))
        .filter(|w| !w.is_empty())
        .collect();
    let joined = words.join(" ");
    let cut = joined.chars().count() > max;
    let text: String = joined.chars().take(max).collect();
    let text = text.trim_end().to_string();
    LinkText {
        text: (!text.is_empty()).then_some(text),
        cut,
        bidi,
    }
}

/// A scenario name as the page keeps it ([`clean_link_text`] at `MAX_NAME` characters); None when
/// nothing is left. The second value: whether it was cut.
pub fn clean_name(given: &str) -> (Option<String>, bool) {
    let t = clean_link_text(given, MAX_NAME);
    (t.text, t.cut)
}

/// Keys a Pym.js parent adds to the iframe's address; read silently.
pub const PYM_KEYS: [&str; 3] = ["initialWidth", "parentTitle", "parentUrl"];

/// Keys that change neither the numbers nor their language or currency (the link format's
/// version, the theme, a host's frame bookkeeping): a link with only these still gets the
/// default scenario in English.
pub fn neutral_keys() -> impl Iterator<Item = &'static str> {
    ["v", "theme", "childId"].into_iter().chain(PYM_KEYS)
}

/// Every view key, for suggestions.
pub const KEYS: [&str; 15] = [
    "embed",
    "name",
    "title",
    "subtitle",
    "note",
    "lang",
    "cur",
    "chart",
    "theme",
    "controls",
    "levers",
    "childId",
    "initialWidth",
    "parentTitle",
    "parentUrl",
];

/// An on/off flag's value, case-blind (`embed=TRUE`); not trimmed, as the first view's script
/// reads `embed=` ([`crate::present::files::first_view::decide_script`]).
fn flag(v: &str) -> Option<bool> {
    match v.to_ascii_lowercase().as_str() {
        "1" | "true" | "" => Some(true),
        "0" | "false" => Some(false),
        _ => None,
    }
}

/// A flag given as something other than 1/0/true/false: read as on.
fn not_a_flag(key: &'static str, value: &str) -> Option<Notice> {
    flag(value).is_none().then(|| Notice::NotAFlag {
        key,
        given: value.to_string(),
        used: true,
    })
}

impl View {
    /// Read one view key. None when `key` is not a view key; otherwise what went wrong, if anything.
    pub fn read(&mut self, key: &str, value: &str) -> Option<Option<Notice>> {
        let given = || value.to_string();
        Some(match key {
            "embed" => {
                self.embed = flag(value).unwrap_or(true);
                not_a_flag("embed", value)
            }
            "controls" => {
                self.hide_controls = !flag(value).unwrap_or(true);
                not_a_flag("controls", value)
            }
            "chart" => {
                self.chart = ChartId::parse(value);
                self.chart
                    .is_none()
                    .then(|| Notice::UnknownChart { given: given() })
            }
            "theme" => {
                self.theme = Theme::parse(value).unwrap_or_default();
                Theme::parse(value)
                    .is_none()
                    .then(|| Notice::UnknownTheme { given: given() })
            }
            "lang" => {
                self.lang = Lang::parse(value);
                self.lang
                    .is_none()
                    .then(|| Notice::UnknownLang { given: given() })
            }
            "cur" => {
                self.cur = Currency::parse(value);
                self.cur
                    .is_none()
                    .then(|| Notice::UnknownCurrency { given: given() })
            }
            "childId" => {
                // Pym.js's frame id, kept to letters, digits, `-` and `_`
                self.pym_id = Some(
                    value
                        .chars()
                        .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                        .take(64)
                        .collect(),
                );
                None
            }
            "levers" => self.read_levers(value),
            "name" => self.read_name(value),
            "title" | "subtitle" | "note" => self.read_words(key, value),
            k if PYM_KEYS.contains(&k) => None,
            _ => return None,
        })
    }

    /// `title=`, `subtitle=`, `note=`, cleaned ([`clean_link_text`]) and capped: what was
    /// removed or cut, if anything.
    fn read_words(&mut self, key: &str, value: &str) -> Option<Notice> {
        let (key, max) = *ChartWords::KEYS.iter().find(|(k, _)| *k == key)?;
        let t = self.words.set(key, value);
        if t.bidi {
            Some(Notice::BidiRemoved {
                key,
                cut: t.cut.then_some(max),
            })
        } else {
            t.cut.then_some(Notice::TextCut { key, max })
        }
    }

    /// `name=…`, cleaned ([`clean_link_text`]): what was removed or cut, if anything.
    fn read_name(&mut self, value: &str) -> Option<Notice> {
        let t = clean_link_text(value, MAX_NAME);
        self.name = t.text;
        if t.bidi {
            Some(Notice::BidiRemoved {
                key: "name",
                cut: t.cut.then_some(MAX_NAME),
            })
        } else {
            t.cut.then_some(Notice::NameCut { max: MAX_NAME })
        }
    }

    /// `levers=oil,growth`: the first unknown name is reported (a link of junk names gives one
    /// notice, not hundreds).
    fn read_levers(&mut self, value: &str) -> Option<Notice> {
        let mut notice = None;
        for k in value.split(',').filter(|k| !k.is_empty()) {
            match LEVERS.iter().find(|l| is_key(k, l.key)) {
                Some(l) if !self.levers.contains(&l.key) => self.levers.push(l.key),
                Some(_) => {}
                None if notice.is_none() => {
                    notice = Some(Notice::UnknownLever {
                        given: k.to_string(),
                        suggestion: closest(k, LEVERS.iter().map(|l| l.key)),
                    })
                }
                None => {}
            }
        }
        notice
    }

    /// The language and currency as query pairs: `lang=` when it was asked for (by the link or
    /// the reader) or is not English, `cur=` when it is not US$. Shared links and embeds open as
    /// the reader left them.
    pub fn locale_pairs(lang: Lang, explicit: bool, cur: Currency) -> String {
        let mut out = Vec::new();
        if explicit || lang != Lang::En {
            out.push(format!("lang={}", lang.code()));
        }
        if cur != Currency::Usd {
            out.push(format!("cur={}", cur.key()));
        }
        out.join("&")
    }

    /// The embed flags as query pairs (empty when not embedded).
    pub fn encode(&self) -> String {
        if !self.embed {
            return String::new();
        }
        let mut out = String::from("embed=1");
        if let Some(c) = self.chart {
            out.push_str("&chart=");
            out.push_str(c.key());
        }
        if self.theme != Theme::Auto {
            out.push_str("&theme=");
            out.push_str(self.theme.key());
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
