//! The page's state, as three Leptos contexts, each read by the parts that need it: the scenario
//! (`AppState`, `use_app`: the levers, the assumptions, a pinned scenario, names, the projections,
//! the notices about the link), how the page is shown (`Display`, `use_display`: the language,
//! the currency, the view flags, how much is built) and what the insight worker answers
//! (`Insights`, `use_insights`: the band, what moved, the goal's answer). `AppState`'s `Effect`
//! pushes the scenario, the language and the currency out to the address bar.

use leptos::prelude::*;
use trade_core::data::{Baseline, Params};
use trade_core::insight::attribution::Attribution;
use trade_core::insight::uncertainty::Band;
use trade_core::link::view::ChartWords;
use trade_core::link::{self, Notice, View};
use trade_core::model::{current_trends, project, Projection, Scenario};
use trade_core::present::charts::chart::Names;
use trade_core::present::format::{Currency, Loc, Rates};
use trade_core::tr::Lang;

use crate::intl::INTL;
use crate::offload::Offload;
use crate::protocol::{self, Ask, Insight, Sought};
use crate::{address, root, tasks};

#[derive(Clone, Copy)]
pub struct AppState {
    pub baseline: &'static Baseline,
    /// The shipped data (the assumptions every link is written against).
    pub shipped: &'static Params,
    pub scenario: RwSignal<Scenario>,
    /// The assumptions in force: the shipped data with the reader's changes.
    pub params: RwSignal<Params>,
    pub notices: RwSignal<Vec<Notice>>,
    /// The scenario's projection.
    pub projection: Memo<Projection>,
    /// Current trends (every lever at its default) under the assumptions in force.
    pub base: Memo<Projection>,
    /// A scenario pinned for comparison, under the same assumptions.
    pub pinned: RwSignal<Option<Scenario>>,
    /// The scenario's name, when the reader gave it one (the link's `name=`): the legends, the
    /// headline, the downloads and an embed's title use it instead of "Your scenario".
    pub name: RwSignal<Option<String>>,
    /// A journalist's own title, subtitle and note for a chart (the link's `title=`,
    /// `subtitle=`, `note=`, set in the embed dialog): a one-chart embed and the downloads use
    /// them; the full page keeps each chart's own finding.
    pub words: Words,
    /// The pinned scenario's name (the link's `pinname=`), likewise in place of "Pinned
    /// scenario"; it goes with the pin (pinning, swapping, clearing).
    pub pinned_name: RwSignal<Option<String>>,
    pub pinned_projection: Memo<Option<Projection>>,
    /// Rupees per US$ by year, from the assumptions in force.
    pub rates: Memo<Rates>,
    /// How the page is shown (also a context of its own: `use_display`).
    pub display: Display,
}

/// How the page is shown: the language and the currency, the link's view flags, how much of the
/// page is built and the link as the address bar has it. A context of its own (`use_display`):
/// the parts that need only these read it.
#[derive(Clone, Copy)]
pub struct Display {
    /// The language: the link's `lang=`, or the browser's first language the page speaks.
    pub lang: RwSignal<Lang>,
    /// Whether the language was asked for (by the link or the switcher) rather than guessed.
    pub lang_explicit: RwSignal<bool>,
    pub cur: RwSignal<Currency>,
    /// The link as the address bar has it (the link box shows it; it catches up a moment after
    /// the last change, with the address bar).
    pub shown_link: RwSignal<String>,
    pub view: &'static View,
    /// How much of the page is built: its parts come one task after another (`Later`), up
    /// to `LAST_STAGE`, so that no single long task builds the whole page on a phone.
    pub stage: RwSignal<u8>,
}

impl Display {
    fn new(view: View) -> Display {
        Display {
            lang: RwSignal::new(
                view.lang
                    .unwrap_or_else(|| Lang::negotiate(&root::languages())),
            ),
            lang_explicit: RwSignal::new(view.lang.is_some()),
            cur: RwSignal::new(view.cur.unwrap_or_default()),
            shown_link: RwSignal::new(String::new()),
            stage: RwSignal::new(0),
            view: Box::leak(Box::new(view)),
        }
    }

    /// The language in force (untracked: a change of language rebuilds the page).
    pub fn lang(&self) -> Lang {
        self.lang.get_untracked()
    }
}

/// The building stages of every layout, one task each (`lazy::Later`), in reading order: the task
/// that mounts the page builds only the masthead and the summary (what the static first view
/// shows); each later stage stays small, because a phone cannot answer a tap during one, and the
/// browser compiles each WebAssembly function the first time it runs, on the main thread.
pub mod stage {
    /// The comparison, the share and download toolbar and the presets, under the summary.
    pub const TOOLS: u8 = 1;
    /// The levers: one group per stage (`LeverGroup::ALL`).
    pub const LEVERS: u8 = 2;
    /// The charts over time: one per stage (`ChartId::OVER_TIME`).
    pub const CHARTS: u8 = LEVERS + trade_core::model::levers::LeverGroup::ALL.len() as u8;
    /// The waterfalls of what moved the balance and the total.
    pub const MOVED: u8 =
        CHARTS + trade_core::present::charts::chart::ChartId::OVER_TIME.len() as u8;
    /// The goal solver, how sure, the year table and the sector tables.
    pub const INSIGHT: u8 = MOVED + 1;
    /// The assumptions, the sources and the footer.
    pub const PANELS: u8 = INSIGHT + 1;
}

/// The last building stage.
pub const LAST_STAGE: u8 = stage::PANELS;

thread_local! {
    /// The first scenario's band and what moved, computed in a task before the mount (`prepare`).
    static FIRST: std::cell::RefCell<Option<Insight>> = const { std::cell::RefCell::new(None) };
}

/// The link's scenario, its band and what moved, computed in a task of its own before the page is
/// mounted: the mount's task is then shorter by the band's 400 draws, and no task is longer.
pub fn prepare(baseline: &'static Baseline) {
    let d = link::decode(&address::current_query(), &baseline.params);
    let query = protocol::query(&d.scenario, &d.params, baseline);
    FIRST.with(|f| f.replace(Some(Insight::of(&query, &baseline.params))));
}

/// The first scenario's band and what moved: the ones `prepare` computed when they are for this
/// scenario, else computed now.
fn first_insight(query: String, baseline: &Baseline) -> Insight {
    match FIRST.with(|f| f.take()) {
        Some(i) if i.query == query => i,
        _ => Insight::of(&query, &baseline.params),
    }
}

/// What the insight worker answers for the scenario on screen: the band, what moved the final
/// year and the goal's answer, each shown while it is that scenario's (or the last one, marked
/// as updating). A context of its own (`use_insights`): only the parts that show them read it.
#[derive(Clone, Copy)]
pub struct Insights {
    /// The scenario's uncertainty band (seeded: the same for the same link everywhere), computed
    /// by the insight worker (`offload`) with what moved; for the scenario on screen, or the last
    /// one while the new one is on its way.
    pub band: Memo<Band>,
    /// What moved the final year's balance and total trade, by group of levers.
    pub moved: Memo<[Attribution; 2]>,
    /// Whether the band and what moved shown are still those of an earlier scenario and have
    /// been for a moment (`BUSY_AFTER`): the page then marks them `aria-busy` and dims them. A
    /// quick answer marks nothing (no restyle for nothing on each move); a goal changed marks
    /// nothing here.
    pub busy: RwSignal<bool>,
    /// Likewise for the goal's answer: another scenario's or goal's, for a moment.
    pub seeking: RwSignal<bool>,
    /// The goal and lever "What would it take" asks about (none until that section is built):
    /// the worker answers it after the band.
    pub goal: RwSignal<Option<Ask>>,
    /// The goal's answer shown: the last one given for the scenario and goal on screen.
    pub sought: RwSignal<Option<Sought>>,
    offload: Offload,
}

impl Insights {
    /// The band and what moved of the scenario the page opens with (`prepare` computed them),
    /// then asked for whatever the reader changes; provided as context.
    fn new(app: AppState) -> Insights {
        let (baseline, params, scenario) = (app.baseline, app.params, app.scenario);
        let query =
            Memo::new(move |_| params.with(|p| scenario.with(|s| protocol::query(s, p, baseline))));
        let insight = RwSignal::new(first_insight(query.get_untracked(), baseline));
        let offload = Offload {
            query,
            ask: RwSignal::new(None),
            insight,
            sought: RwSignal::new(None),
            baseline,
        };
        let insights = Insights {
            band: Memo::new(move |_| insight.with(|i| i.band)),
            moved: Memo::new(move |_| insight.with(|i| i.moved)),
            busy: RwSignal::new(false),
            seeking: RwSignal::new(false),
            goal: offload.ask,
            sought: offload.sought,
            offload,
        };
        provide_context(insights);
        insights
    }

    /// Keep the band and what moved on the scenario on screen, and the goal's answer on the
    /// scenario and the goal: asked of the insight worker, which starts with the first move once
    /// the page is built (until then, and without one, computed here).
    pub fn follow(self) {
        let offload = self.offload;
        Effect::new(move |_| {
            offload.query.track();
            offload.ask.track();
            offload.ask();
        });
        tasks::when_built(move || offload.built());
        // pending: the answers shown are not those on screen; `window.insightPending` says so at
        // once (for tests and tools, like `pendingLink`), `busy` and `seeking` only once it lasts
        let pending = Memo::new(move |_| {
            offload.query.track();
            offload.ask.track();
            offload.insight.track();
            offload.sought.track();
            offload.pending()
        });
        Effect::new(move |_| {
            let (band, goal) = pending.get();
            tasks::mark_pending("insightPending", band || goal);
        });
        lasting(Memo::new(move |_| pending.get().0), self.busy);
        lasting(Memo::new(move |_| pending.get().1), self.seeking);
    }
}

/// A chart's own title, subtitle and note as the page keeps them: one signal each (of a type the
/// page has anyway, which keeps the wasm smaller than a signal of their own type would).
#[derive(Clone, Copy)]
pub struct Words {
    pub title: RwSignal<Option<String>>,
    pub subtitle: RwSignal<Option<String>>,
    pub note: RwSignal<Option<String>>,
}

impl Words {
    fn new(w: &ChartWords) -> Words {
        Words {
            title: RwSignal::new(w.title.clone()),
            subtitle: RwSignal::new(w.subtitle.clone()),
            note: RwSignal::new(w.note.clone()),
        }
    }

    /// The signal of a link key (`title`, `subtitle` or `note`).
    pub fn slot(&self, key: &str) -> RwSignal<Option<String>> {
        match key {
            "title" => self.title,
            "subtitle" => self.subtitle,
            _ => self.note,
        }
    }

    /// All three (tracked).
    pub fn get(&self) -> ChartWords {
        ChartWords {
            title: self.title.get(),
            subtitle: self.subtitle.get(),
            note: self.note.get(),
        }
    }

    pub fn get_untracked(&self) -> ChartWords {
        untrack(|| self.get())
    }
}

impl AppState {
    /// State from the page's own link; provided as context for every component below.
    pub fn from_link(baseline: &'static Baseline) -> AppState {
        let shipped = &baseline.params;
        let d = link::decode(&address::current_query(), shipped);
        let scenario = RwSignal::new(d.scenario);
        let params = RwSignal::new(d.params);
        let pinned = RwSignal::new(d.pinned);
        let projection = Memo::new(move |_| params.with(|p| scenario.with(|s| project(p, s))));
        let display = Display::new(d.view.clone());
        let app = AppState {
            baseline,
            shipped,
            scenario,
            params,
            notices: RwSignal::new(
                d.notices
                    .into_iter()
                    .chain(crate::vintage::missed_notice())
                    .collect(),
            ),
            projection,
            base: Memo::new(move |_| params.with(current_trends)),
            pinned,
            name: RwSignal::new(d.view.name.clone()),
            words: Words::new(&d.view.words),
            pinned_name: RwSignal::new(d.pinned_name.clone()),
            pinned_projection: Memo::new(move |_| {
                pinned.with(|pin| pin.as_ref().map(|s| params.with(|p| project(p, s))))
            }),
            rates: Memo::new(move |_| params.with(|p| Rates::new(baseline, p))),
            display,
        };
        provide_context(app);
        provide_context(display);
        Insights::new(app);
        app
    }

    /// The language in force (untracked: a change of language rebuilds the page).
    pub fn lang(&self) -> Lang {
        self.display.lang()
    }

    /// How figures are written now: the language and currency (untracked, as for `lang`), the
    /// rupee rates from the assumptions in force (tracked), the browser's number format.
    pub fn loc(&self) -> Loc<'static> {
        Loc {
            lang: self.display.lang.get_untracked(),
            cur: self.display.cur.get_untracked(),
            rates: self.rates.get(),
            digits: &INTL,
            spaces: trade_core::present::markup::Spaces::NoBreak,
        }
    }

    /// Every lever and assumption back to current trends.
    pub fn reset(&self) {
        self.params.set(*self.shipped);
        self.scenario.set(Scenario::baseline(self.shipped));
    }

    /// The scenario's query string without language or currency: levers, changed assumptions,
    /// the pinned scenario, the scenario's name.
    pub fn scenario_query(&self) -> String {
        let mut q = self
            .params
            .with(|p| self.scenario.with(|s| link::encode(s, p, self.shipped)));
        let pinned = self.pinned.get();
        if let Some(pin) = pinned {
            q = format!("{q}&{}", link::encode_pin(&pin, self.shipped));
        }
        let names = self.name.with(|n| {
            self.pinned_name
                .with(|pn| link::encode_names(n.as_deref(), pn.as_deref(), pinned.is_some()))
        });
        if !names.is_empty() {
            q = format!("{q}&{names}");
        }
        let words = self.words.get().encode();
        if !words.is_empty() {
            q = format!("{q}&{words}");
        }
        q
    }

    /// Pin the scenario on screen: its name goes with it (the pinned line is the scenario
    /// that had it; the one the reader goes on changing is "Your scenario" until named).
    pub fn pin(&self) {
        self.pinned.set(Some(self.scenario.get_untracked()));
        self.pinned_name.set(self.name.get_untracked());
        self.name.set(None);
    }

    /// Swap the pinned scenario and the one on screen, each with its name.
    pub fn swap(&self) {
        if let Some(p) = self.pinned.get_untracked() {
            self.pinned.set(Some(self.scenario.get_untracked()));
            self.scenario.set(p);
            let (name, pinned_name) = (self.name.get_untracked(), self.pinned_name.get_untracked());
            self.name.set(pinned_name);
            self.pinned_name.set(name);
        }
    }

    /// Clear the pin and its name.
    pub fn unpin(&self) {
        self.pinned.set(None);
        self.pinned_name.set(None);
    }

    /// The names the legends, readouts and downloads give the two scenarios, while `f` runs
    /// (tracked).
    pub fn with_names<T>(&self, f: impl FnOnce(Names) -> T) -> T {
        self.name.with(|n| {
            self.pinned_name.with(|pn| {
                f(Names {
                    scenario: n.as_deref(),
                    pinned: pn.as_deref(),
                })
            })
        })
    }

    /// The name the downloads are saved under: the scenario's name, a preset's, or what its link
    /// changes (`eaeu-cut-50-oil-stop-2028`).
    pub fn file_stem(&self) -> String {
        let q = untrack(|| self.scenario_query());
        let preset = self.params.with_untracked(|p| {
            self.scenario
                .with_untracked(|s| trade_core::presets::matching(p, s).map(|pr| pr.id))
        });
        trade_core::present::files::report::file_stem(
            self.name.get_untracked().as_deref(),
            preset,
            &q,
        )
    }

    /// The scenario's query string: levers, changed assumptions, the pinned scenario, the
    /// language and the currency, and the data's vintage (no embed flags).
    pub fn query(&self) -> String {
        let q = self.scenario_query();
        let locale = View::locale_pairs(
            self.display.lang.get(),
            self.display.lang_explicit.get(),
            self.display.cur.get(),
        );
        let q = if locale.is_empty() {
            q
        } else {
            format!("{q}&{locale}")
        };
        format!("{q}&{}", self.data_pair())
    }

    /// `data=` and the vintage the page computes on, last in every link the page writes: the
    /// link keeps its figures when newer data come.
    pub fn data_pair(&self) -> String {
        link::encode_vintage(self.baseline.vintage.id)
    }

    /// The scenario's full link: this page's address with the scenario's query.
    pub fn link(&self) -> String {
        format!("{}?{}", address::page_base(), self.query())
    }

    /// Keep the address bar on the scenario (replacing, not adding, history entries; written a
    /// moment after the last change).
    pub fn sync_address_bar(self) {
        let flags = self.display.view.encode();
        let shown = self.display.shown_link;
        Effect::new(move |_| {
            // what the link holds; it is written out when the reader pauses, not on every move
            self.scenario.track();
            self.params.track();
            self.pinned.track();
            self.name.track();
            self.words.get();
            self.pinned_name.track();
            self.display.lang.track();
            self.display.lang_explicit.track();
            self.display.cur.track();
            let flags = flags.clone();
            address::replace_query_soon(
                move || {
                    let q = untrack(|| self.query());
                    if flags.is_empty() {
                        q
                    } else {
                        format!("{q}&{flags}")
                    }
                },
                move || shown.set(untrack(|| self.link())),
            );
        });
    }
}

/// How long (ms) the band and what moved may be those of an earlier scenario before the page
/// marks them as updating (the worker usually answers well within it).
const BUSY_AFTER: u32 = 150;

/// Keep `busy` true while `pending` has been for [`BUSY_AFTER`].
fn lasting(pending: Memo<bool>, busy: RwSignal<bool>) {
    let timer = StoredValue::new_local(None::<gloo_timers::callback::Timeout>);
    Effect::new(move |_| {
        let now = pending.get();
        timer.set_value(None);
        if !now {
            busy.set(false);
        } else if !busy.get_untracked() {
            let t = gloo_timers::callback::Timeout::new(BUSY_AFTER, move || busy.set(true));
            timer.set_value(Some(t));
        }
    });
}

/// The band, what moved and the goal's answer, from any component.
pub fn use_insights() -> Insights {
    expect_context::<Insights>()
}

/// How the page is shown, from any component.
pub fn use_display() -> Display {
    expect_context::<Display>()
}

/// The page's state, from any component.
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
