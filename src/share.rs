//! Share, embed and download controls: copy link, the device share sheet, the embed dialog, CSV
//! and JSON downloads, and each chart as SVG or PNG.

use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::Serialize;
use trade_core::link::view::{clean_name, ChartWords, MAX_NAME};
use trade_core::link::{Theme, View};
use trade_core::present::charts::chart::ChartId;
use trade_core::present::charts::svg;
use trade_core::present::files::document::{document, Document};
use trade_core::present::files::{embed, report};
use trade_core::present::format::{Currency, Loc};
use trade_core::present::words::insight::describe;
use trade_core::text;
use trade_core::tr::Lang;

use crate::observe::while_visible;
use crate::state::{use_app, use_display, use_insights, AppState};
use crate::{address, frame, save};
use js_sys::{Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// A file the reader can download.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Download {
    /// The numbers, a line per year.
    Csv,
    /// The link, the levers and every source.
    SourcesCsv,
    Json,
}

impl Download {
    fn name(self) -> trade_core::tr::Tr {
        match self {
            Download::Csv => text::FILE_CSV,
            Download::SourcesCsv => text::FILE_SOURCES,
            Download::Json => text::FILE_JSON,
        }
    }

    /// Make the file and offer it.
    fn save(self, app: AppState) -> Result<(), wasm_bindgen::JsValue> {
        let (s, p) = (app.scenario.get_untracked(), app.params.get_untracked());
        let (pin, name) = (app.pinned.get_untracked(), app.name.get_untracked());
        let words = app.words.get_untracked();
        let pinned_name = app.pinned_name.get_untracked();
        let r = report::Report {
            pinned: pin.as_ref(),
            name: name.as_deref(),
            pinned_name: pinned_name.as_deref(),
            words: Some(&words),
            ..report::Report::new(app.baseline, &p, &s)
        };
        // named after the scenario, so that two scenarios' files do not overwrite each other
        let stem = app.file_stem();
        match self {
            Download::Csv => save::download_text(
                &format!("{stem}.csv"),
                "text/csv;charset=utf-8",
                &report::to_csv(&r),
            ),
            Download::SourcesCsv => save::download_text(
                &format!("{stem}-sources.csv"),
                "text/csv;charset=utf-8",
                &report::to_sources_csv(&r, &untrack(|| app.link())),
            ),
            Download::Json => save::download_text(
                &format!("{stem}.json"),
                "application/json",
                &json_text(&document(&r))?,
            ),
        }
    }
}

/// The report as JSON, byte for byte what the command line writes: serde-wasm-bindgen makes the
/// report a JavaScript value and the browser's `JSON.stringify` indents it by two spaces (the
/// command line writes numbers as JavaScript does, so the digits agree too).
fn json_text(doc: &Document) -> Result<String, JsValue> {
    let value = doc.serialize(&serde_wasm_bindgen::Serializer::json_compatible())?;
    let text =
        js_sys::JSON::stringify_with_replacer_and_space(&value, &JsValue::NULL, &JsValue::from(2))?;
    Ok(String::from(text) + "\n")
}

#[component]
pub fn Toolbar() -> impl IntoView {
    let app = use_app();
    let lang = app.lang();
    let status = RwSignal::new(String::new());
    // the link is written when it is asked for, not on every move
    let url = move || untrack(|| app.link());
    let copy = move |_| {
        let u = url();
        spawn_local(async move {
            status.set(match copy_text(&u).await {
                Ok(()) => text::LINK_COPIED.get(lang).into(),
                Err(_) => text::COPY_REFUSED.get(lang).into(),
            });
        });
    };
    let share = move |_| {
        let u = url();
        spawn_local(async move {
            // a cancelled share sheet is not an error worth reporting
            let _ = share(text::TITLE.get(lang), &u).await;
        });
    };
    let download = move |d: Download| {
        status.set(match d.save(app) {
            Ok(()) => text::DOWNLOADED.fill(lang, d.name().get(lang)),
            Err(_) => text::DOWNLOAD_FAILED.get(lang).into(),
        });
    };
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    // the dialog's contents are built the first time it opens, then kept
    let opened = RwSignal::new(false);
    // whether it is open now (the frames that measure the embed live only while it is)
    let showing = RwSignal::new(false);
    let open_dialog = move |_| open_embed(dialog, opened, showing);
    view! {
        <section class="toolbar" aria-label=text::SHARE_AND_DOWNLOAD.get(lang)>
            <div class="buttons">
                <button type="button" on:click=copy>{text::COPY_LINK.get(lang)}</button>
                {can_share().then(|| view! { <button type="button" on:click=share>{text::SHARE.get(lang)}</button> })}
                <button type="button" on:click=open_dialog>{text::EMBED.get(lang)}</button>
                <button type="button" on:click=move |_| download(Download::Csv)>{text::DOWNLOAD_CSV.get(lang)}</button>
                <button type="button" on:click=move |_| download(Download::SourcesCsv)>{text::SOURCES_CSV.get(lang)}</button>
                <button type="button" on:click=move |_| download(Download::Json)>{text::DOWNLOAD_JSON.get(lang)}</button>
            </div>
            <ScenarioFields />
            <p class="status" role="status">{move || status.get()}</p>
            <dialog node_ref=dialog class="embed-dialog" aria-labelledby="embed-h" on:close=move |_| showing.set(false)>
                <Show when=move || opened.get()>
                    <EmbedDialog dialog=dialog showing=showing />
                </Show>
            </dialog>
        </section>
    }
}

/// The scenario's name, as the reader types it, and its link to copy.
#[component]
fn ScenarioFields() -> impl IntoView {
    let app = use_app();
    let lang = app.lang();
    view! {
        <label class="name-box">
            <span>{text::NAME_SCENARIO.get(lang)}</span>
            // written as typed (the field keeps its spaces); the page keeps it cleaned. Pinning
            // and swapping move the name, so the field follows the pin (not the typing)
            <input type="text" maxlength=MAX_NAME.to_string() autocomplete="off"
                placeholder=text::NAME_EXAMPLE.get(lang)
                prop:value=move || { app.pinned.track(); app.name.get_untracked().unwrap_or_default() }
                on:input=move |ev| app.name.set(clean_name(&event_target_value(&ev)).0) />
        </label>
        <label class="link-box">
            <span>{text::LINK_TO_SCENARIO.get(lang)}</span>
            <input type="text" readonly prop:value=move || app.display.shown_link.get() on:focus=|ev| select_all(&ev) />
        </label>
    }
}

/// Open the embed dialog: the first time, once its contents are built (the effect that builds
/// them runs first), so that it can focus its first control.
fn open_embed(
    dialog: NodeRef<leptos::html::Dialog>,
    opened: RwSignal<bool>,
    showing: RwSignal<bool>,
) {
    let first = !opened.get_untracked();
    opened.set(true);
    showing.set(true);
    let show = move || {
        if let Some(d) = dialog.get_untracked() {
            let _ = d.show_modal();
        }
    };
    if first {
        spawn_local(async move { show() });
    } else {
        show();
    }
}

/// The embed dialog's contents: what to show, with or without levers, theme, language and currency,
/// and the snippet to copy.
#[component]
fn EmbedDialog(dialog: NodeRef<leptos::html::Dialog>, showing: RwSignal<bool>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang();
    let choice = EmbedChoice::new(app);
    let copied = RwSignal::new(String::new());
    // written while the dialog is open: closed, it follows no lever (and catches up when opened)
    let src = while_visible(showing, move || choice.src(app));
    let snippet = while_visible(showing, move || choice.snippet(app, &src.get()));
    let copy = move |_| {
        let snippet_text = snippet.get_untracked();
        spawn_local(async move {
            copied.set(match copy_text(&snippet_text).await {
                Ok(()) => text::SNIPPET_COPIED.get(lang).into(),
                Err(_) => text::SELECT_SNIPPET.get(lang).into(),
            });
        });
    };
    view! {
            <h2 id="embed-h">{text::EMBED_HEADING.get(lang)}</h2>
            <p class="help">{text::EMBED_HELP.get(lang)}</p>
            <EmbedOptions choice=choice />
            <Describe />
            <Show when=move || showing.get()>
                <EmbedHeights src=src />
            </Show>
            <label class="snippet">
                <span>{text::SNIPPET.get(lang)}</span>
                <textarea readonly rows="9" prop:value=move || snippet.get()></textarea>
            </label>
            <p class="status" role="status">{move || copied.get()}</p>
            <div class="buttons">
                <button type="button" on:click=copy>{text::COPY_SNIPPET.get(lang)}</button>
                <button type="button" on:click=move |_| {
                    if let Some(d) = dialog.get() {
                        d.close();
                    }
                }>{text::CLOSE.get(lang)}</button>
            </div>
    }
}

/// What the reader chooses for the embed.
#[derive(Clone, Copy)]
struct EmbedChoice {
    chart: RwSignal<Option<ChartId>>,
    controls: RwSignal<bool>,
    theme: RwSignal<Theme>,
    lang: RwSignal<Lang>,
    cur: RwSignal<Currency>,
}

impl EmbedChoice {
    /// What an article most often wants: the chart against the target, without the levers, in
    /// the page's language and currency.
    fn new(app: AppState) -> Self {
        EmbedChoice {
            chart: RwSignal::new(Some(ChartId::Total)),
            controls: RwSignal::new(false),
            theme: RwSignal::new(Theme::Auto),
            lang: RwSignal::new(app.lang()),
            cur: RwSignal::new(app.display.cur.get_untracked()),
        }
    }

    /// The embed's address, as the snippet writes it.
    fn src(self, app: AppState) -> String {
        let v = View {
            embed: true,
            chart: self.chart.get(),
            theme: self.theme.get(),
            hide_controls: !self.controls.get(),
            ..View::default()
        };
        let locale = View::locale_pairs(self.lang.get(), true, self.cur.get());
        format!(
            "{}?{}&{locale}&{}&{}",
            address::page_base(),
            app.scenario_query(),
            v.encode(),
            app.data_pair()
        )
    }

    /// The snippet to paste: the frame at `src`, titled by what it shows (the chart, or the
    /// calculator) and the scenario, in the embed's language.
    fn snippet(self, app: AppState, src: &str) -> String {
        let (chart, lang) = (self.chart.get(), self.lang.get());
        let loc = Loc { lang, ..app.loc() };
        let target = app.params.with(|p| p.target);
        let what = chart.map_or(text::TITLE.get(lang).to_string(), |c| c.title(&loc, target));
        let scenario = app.name.get().unwrap_or_else(|| {
            app.params
                .with(|p| app.scenario.with(|s| describe(&loc, s, p)))
        });
        // one chart with the journalist's own title: the frame is called by it
        let own = app.words.title.get().filter(|_| chart.is_some());
        embed::snippet(
            src,
            &own.unwrap_or_else(|| format!("{what}: {scenario}")),
            embed::initial_height(chart.is_some(), self.controls.get()),
        )
    }
}

/// What the embed shows: one chart or the whole calculator, with or without levers, its theme,
/// language and currency.
#[component]
fn EmbedOptions(choice: EmbedChoice) -> impl IntoView {
    let (app, lang) = (use_app(), use_display().lang());
    let EmbedChoice {
        chart,
        controls,
        theme,
        lang: embed_lang,
        cur: embed_cur,
    } = choice;
    let theme_label = |t: Theme| match t {
        Theme::Auto => text::THEME_AUTO.get(lang),
        Theme::Light => text::THEME_LIGHT.get(lang),
        Theme::Dark => text::THEME_DARK.get(lang),
    };
    view! {
            <div class="embed-options">
                <label>
                    {text::SHOW.get(lang)} " "
                    <select on:change=move |ev| chart.set(ChartId::parse(&event_target_value(&ev)))>
                        <option value="all">{text::WHOLE_CALCULATOR.get(lang)}</option>
                        {ChartId::ALL
                            .into_iter()
                            .map(|c| view! { <option value=c.key() selected=c == ChartId::Total>{text::ONE_CHART.fill(lang, &c.title(&app.loc(), app.params.with_untracked(|p| p.target)))}</option> })
                            .collect_view()}
                    </select>
                </label>
                <label>
                    <input type="checkbox" prop:checked=move || controls.get() on:change=move |ev| controls.set(event_target_checked(&ev)) />
                    " " {text::WITH_LEVERS.get(lang)}
                </label>
                <label>
                    {text::THEME.get(lang)} " "
                    <select on:change=move |ev| theme.set(Theme::parse(&event_target_value(&ev)).unwrap_or_default())>
                        {Theme::ALL
                            .into_iter()
                            .map(|t| view! { <option value=t.key()>{theme_label(t)}</option> })
                            .collect_view()}
                    </select>
                </label>
                <label>
                    {text::LANGUAGE.get(lang)} " "
                    <select on:change=move |ev| embed_lang.set(Lang::parse(&event_target_value(&ev)).unwrap_or(lang))>
                        {Lang::ALL
                            .into_iter()
                            .map(|l| view! { <option value=l.code() lang=l.code() selected=l == lang>{l.endonym()}</option> })
                            .collect_view()}
                    </select>
                </label>
                <label>
                    {text::CURRENCY.get(lang)} " "
                    <select on:change=move |ev| embed_cur.set(Currency::parse(&event_target_value(&ev)).unwrap_or_default())>
                        {Currency::ALL
                            .into_iter()
                            .map(|c| view! { <option value=c.key() selected=c == embed_cur.get_untracked()>{c.name().get(lang)}</option> })
                            .collect_view()}
                    </select>
                </label>
            </div>
    }
}

/// The journalist's own title, subtitle and note for the chart (Datawrapper's "describe" step):
/// kept by the page as a link keeps them, so the snippet, the link and the downloads carry them.
#[component]
fn Describe() -> impl IntoView {
    let app = use_app();
    let lang = app.lang();
    let field = move |key: &'static str, label: &'static str| {
        let max = ChartWords::KEYS
            .iter()
            .find(|k| k.0 == key)
            .map_or(0, |k| k.1);
        let slot = app.words.slot(key);
        view! {
            <label>
                <span>{label}</span>
                <input type="text" name=key maxlength=max.to_string() autocomplete="off"
                    prop:value=slot.get_untracked().unwrap_or_default()
                    on:input=move |ev| slot.set(ChartWords::clean(key, &event_target_value(&ev)).text) />
            </label>
        }
    };
    view! {
        <fieldset class="describe">
            <legend>{text::DESCRIBE.get(lang)}</legend>
            <p class="help">{text::DESCRIBE_HELP.get(lang)}</p>
            {field("title", text::CHART_TITLE.get(lang))}
            {field("subtitle", text::CHART_SUBTITLE.get(lang))}
            {field("note", text::CHART_NOTE.get(lang))}
        </fieldset>
    }
}

/// The widths an embed is measured at: a phone's, and an article column on a desktop.
const PREVIEW_WIDTHS: [u32; 2] = [390, 720];

/// How tall the embed will be in an article, on a phone and on a desktop: the embed itself, loaded
/// at each width in a frame nobody sees, reports its height as it does to a host page.
#[component]
fn EmbedHeights(src: Memo<String>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang();
    let frames = [NodeRef::<leptos::html::Iframe>::new(), NodeRef::new()];
    let heights = RwSignal::new([None::<u32>; 2]);
    // a new address: measure again
    Effect::new(move |_| {
        src.track();
        heights.set([None, None]);
    });
    let listener = window_event_listener(leptos::ev::message, move |e| {
        let Some(h) = frame::reported_height(&e) else {
            return;
        };
        let from: wasm_bindgen::JsValue = e.source().into();
        for (i, f) in frames.iter().enumerate() {
            let Some(f) = f.get_untracked() else { continue };
            let win = f.content_window();
            // the height of the built embed (its parts come in one after another)
            let built = f
                .content_document()
                .and_then(|d| d.document_element())
                .is_some_and(|e| e.has_attribute("data-built"));
            if built && win.is_some_and(|w| wasm_bindgen::JsValue::from(w) == from) {
                heights.update(|hs| hs[i] = Some(h));
            }
        }
    });
    on_cleanup(move || listener.remove());
    let words = move || match heights.get() {
        [Some(phone), Some(desk)] => text::EMBED_HEIGHTS
            .get(lang)
            .replacen("{}", &phone.to_string(), 1)
            .replacen("{}", &desk.to_string(), 1),
        _ => text::EMBED_MEASURING.get(lang).to_string(),
    };
    view! {
        <p class="embed-heights" data-figure="embed-heights" data-phone=move || heights.get()[0] data-desktop=move || heights.get()[1]>{words}</p>
        <div class="embed-measure" aria-hidden="true">
            {frames
                .into_iter()
                .zip(PREVIEW_WIDTHS)
                .map(|(f, w)| view! { <iframe node_ref=f src=move || src.get() width=w.to_string() height="400" tabindex="-1" title=""></iframe> })
                .collect_view()}
        </div>
    }
}

/// "Download balance chart as SVG · PNG" for one chart.
#[component]
pub fn ChartDownloads(chart: ChartId) -> impl IntoView {
    let app = use_app();
    let insights = use_insights();
    let document = move || {
        let link = untrack(|| app.link());
        let (sc, base) = (app.projection.get_untracked(), app.base.get_untracked());
        let (pin, moved) = (
            app.pinned_projection.get_untracked(),
            insights.moved.get_untracked(),
        );
        let band = matches!(chart, ChartId::Balance | ChartId::Total)
            .then(|| insights.band.get_untracked());
        let (name, pinned_name) = (app.name.get_untracked(), app.pinned_name.get_untracked());
        let words = app.words.get_untracked();
        let drawn = svg::Drawn {
            baseline: app.baseline,
            scenario: &sc,
            base: &base,
            extras: trade_core::present::charts::chart::Extras {
                band: band.as_ref(),
                pinned: pin.as_ref(),
            },
            moved: &moved,
            loc: untrack(|| app.loc()),
            name: name.as_deref(),
            pinned_name: pinned_name.as_deref(),
            words: svg::Words {
                title: words.title.as_deref(),
                subtitle: words.subtitle.as_deref(),
                note: words.note.as_deref(),
            },
        };
        svg::standalone_svg(chart, &drawn, &link)
    };
    let file = move || format!("{}-{}", app.file_stem(), chart.key());
    let lang = app.lang();
    view! {
        <div class="chart-downloads">
            {text::DOWNLOAD.get(lang)} " "
            <button type="button" class="link" on:click=move |_| {
                let _ = save::download_text(&format!("{}.svg", file()), "image/svg+xml", &document().svg);
            }>{text::AS_SVG.fill(lang, chart.noun().get(lang))}</button>
            " · "
            <button type="button" class="link" on:click=move |_| {
                let doc = document();
                let _ = save::download_png(&format!("{}.png", file()), &doc.svg, doc.width, doc.height, 2);
            }>"PNG"</button>
        </div>
    }
}

// The clipboard and the share sheet, through Reflect: either may be missing (an insecure page, a
// desktop browser without Web Share). web-sys 0.3.107 has both as stable bindings
// (`Navigator::clipboard`, `Clipboard::write_text`, `Navigator::share_with_data`), but they take
// the object for granted: called where it is missing, they would throw instead of returning an
// error the page can word.

fn navigator() -> Option<JsValue> {
    web_sys::window().map(|w| w.navigator().into())
}

/// A method of a browser object, if the browser has it.
fn method(obj: &JsValue, name: &str) -> Option<Function> {
    Reflect::get(obj, &JsValue::from_str(name))
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
}

/// Copy text to the clipboard. Err when the browser refuses (no permission, insecure page).
async fn copy_text(text: &str) -> Result<(), JsValue> {
    let nav = navigator().ok_or_else(|| JsValue::from_str("no navigator"))?;
    let clipboard = Reflect::get(&nav, &JsValue::from_str("clipboard"))?;
    if clipboard.is_undefined() {
        return Err(JsValue::from_str("no clipboard"));
    }
    let write = method(&clipboard, "writeText").ok_or_else(|| JsValue::from_str("no writeText"))?;
    let promise: js_sys::Promise = write
        .call1(&clipboard, &JsValue::from_str(text))?
        .dyn_into()?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map(|_| ())
}

/// True when the browser offers a share sheet.
fn can_share() -> bool {
    navigator().is_some_and(|n| method(&n, "share").is_some())
}

/// Open the device's share sheet with a title and a link.
async fn share(title: &str, url: &str) -> Result<(), JsValue> {
    let nav = navigator().ok_or_else(|| JsValue::from_str("no navigator"))?;
    let f = method(&nav, "share").ok_or_else(|| JsValue::from_str("no share"))?;
    let data = Object::new();
    Reflect::set(&data, &"title".into(), &title.into())?;
    Reflect::set(&data, &"url".into(), &url.into())?;
    let promise: js_sys::Promise = f.call1(&nav, &data)?.dyn_into()?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map(|_| ())
}

/// Select the whole text of the input an event came from (a link box the reader focuses).
fn select_all(ev: &web_sys::FocusEvent) {
    if let Some(i) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        i.select();
    }
}
