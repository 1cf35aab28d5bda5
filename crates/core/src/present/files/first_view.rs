//! The page's first view as static HTML, for the default scenario in English: written into
//! `index.html` at build time (`scripts/pwa/build.mjs` runs the `first-view` binary), so the
//! reader sees the real headline, figures and sentence before the WebAssembly has loaded. The
//! app replaces it when it starts; its elements and classes are the app's own, so nothing moves.
//! Every number comes from the same functions the page uses.

use crate::data::Baseline;
use crate::fy;
use crate::insight::uncertainty::stated_band;
use crate::model::{project, Projection, Scenario};
use crate::present::escape_html as esc;
use crate::present::format::{exact, Currency, Loc, UnitPolicy};
use crate::present::markup::Spaces;
use crate::present::words::insight::probability_sentence;
use crate::present::words::narrative;
use crate::text;
use crate::tr::Lang;

/// The masthead and the summary of the full page, and an empty lever column, for the shipped
/// data's default scenario.
pub fn html(b: &Baseline) -> String {
    let p = &b.params;
    let loc = Loc::plain(b, p);
    let s = Scenario::baseline(p);
    let sc = project(p, &s);
    let lang = loc.lang;
    let band = stated_band(p, &s);
    format!(
        concat!(
            r#"<main class="page first-view" id="first-view" aria-busy="true">"#,
            r#"<header class="masthead"><div class="masthead-top"><p class="kicker">{kicker}</p>{locale}</div>"#,
            r#"<h1>{heading}</h1><p class="dek">{dek}</p></header>"#,
            r#"<div class="layout"><section class="summary">"#,
            r#"<p class="sentence">{sentence}</p>"#,
            r##"<p class="trends-note">{trends} <a href="#presets-h">{why}</a></p><h2>{results}</h2>"##,
            r#"<div class="headline">{figures}</div>"#,
            r#"<div class="target"><div class="target-bar"><div class="target-fill" style="width:{share:.1}%"></div></div>"#,
            r#"<p class="target-text" data-figure="target">{status}</p>"#,
            r#"<p class="cumulative" data-figure="cumulative" data-value="{cumulative_value}">{cumulative}</p></div>"#,
            r##"<p class="probability" data-figure="probability" data-value="{chance}"><span class="probability-text">{probability}</span> <a href="#how-sure">{how_sure}</a></p>"##,
            r#"</section><section class="levers" aria-hidden="true"></section></div></main>"#
        ),
        kicker = esc(text::KICKER.get(lang)),
        locale = locale(lang),
        heading = esc(text::HEADING.get(lang)),
        dek = esc(&narrative::dek(&loc, p)),
        sentence = esc(&narrative::headline(&loc, &sc, &sc)),
        results = esc(&narrative::results_heading(&loc, p)),
        trends = esc(&narrative::trends_note(&loc, p, false)),
        why = esc(text::TRENDS_WHY.get(lang)),
        figures = figures(&loc, &sc),
        share = narrative::target_share(&sc),
        status = esc(&narrative::target_status(&loc, &sc)),
        cumulative = esc(&narrative::cumulative(&loc, &sc, &sc)),
        cumulative_value = exact(sc.headline.cumulative_deficit).unwrap_or_default(),
        chance = exact(band.probability_target).unwrap_or_default(),
        probability = esc(&probability_sentence(&loc, &band, p.target)),
        how_sure = esc(text::HOW_SURE_LINK.get(lang)),
    )
}

/// The page's description for search engines, in English, with the data's target (the page sets
/// it again in the reader's language: `text::description`).
pub fn description(b: &Baseline) -> String {
    // ordinary spaces: a search engine's or a social card's text is not set by our line rules
    let loc = Loc::plain(b, &b.params).for_terminal();
    esc(&text::description(Lang::En, &loc.num(b.params.target, 0)))
}

/// The description a shared link's preview shows (English): the base year's actual trade and the
/// target, from the data, so that the next release cannot leave it saying last year's figures.
pub fn preview_description(b: &Baseline) -> String {
    let p = &b.params;
    let loc = Loc::plain(b, p).for_terminal();
    let (year, y) = (p.base_year, b.actual(p.base_year));
    let (imports, exports) = (y.and_then(|a| a.imports), y.and_then(|a| a.exports));
    let target = crate::present::words::parts::target_amount(&loc, p.target);
    let figures = match (imports, exports) {
        (Some(i), Some(e)) => format!(
            "In {} India bought {} of goods from Russia and sold it {}. ",
            loc.fy(year),
            loc.money(i, year),
            loc.money(e, year)
        ),
        _ => String::new(),
    };
    esc(&format!("{figures}Try an India–EAEU tariff cut, a stop to Russian crude purchases or faster export growth, and see the balance and the {target} target to {}.", loc.fy(crate::fy::HORIZON)))
}

/// The four headline figures of the final year, each beside current trends (the same, here).
fn figures(loc: &Loc, sc: &Projection) -> String {
    let h = sc.headline;
    [
        (text::EXPORTS_TO_RUSSIA, "exports", h.final_exports),
        (text::IMPORTS_FROM_RUSSIA, "imports", h.final_imports),
        (text::BALANCE, "balance", h.final_balance),
        (text::TOTAL_TRADE, "total", h.final_total),
    ]
    .iter()
    .map(|(label, key, v)| figure(loc, *label, key, *v))
    .collect()
}

/// One headline figure as the app draws it: its label, its value (number and unit apart) and
/// current trends' value, which for the default scenario is the same. The balance is unsigned:
/// its label names the side and the figure beside it carries its word.
fn figure(loc: &Loc, label: crate::tr::Tr, key: &str, v: f64) -> String {
    let balance = key == "balance";
    let scale = loc.money_scale([v], fy::HORIZON);
    let cur = loc.convert(v, fy::HORIZON);
    let (label, shown, word) = if balance {
        let word = loc
            .balance_side(v, fy::HORIZON, scale)
            .map_or(String::new(), |w| format!("{w} "));
        (
            crate::present::words::parts::balance_label(loc, v, scale),
            loc.amount_parts(cur.abs(), scale, false, UnitPolicy::Sentence),
            word,
        )
    } else {
        let own = loc.scale_for(cur);
        (
            label,
            loc.amount_parts(cur, own, false, UnitPolicy::Sentence),
            String::new(),
        )
    };
    let (num, unit) = (
        shown.number(Spaces::NoBreak),
        shown.unit_words(Spaces::NoBreak),
    );
    let (num, unit) = (num.as_str(), unit.as_str());
    let (before, after) = text::CURRENT_TRENDS_COLON.around(loc.lang);
    format!(
        r#"<div class="figure" data-figure="{key}"><p class="figure-label">{}</p><p class="figure-value" data-value="{}"><span>{}</span> <span>{}</span></p><p class="figure-base">{}{}<span class="amount"><span>{}</span> <span>{}</span></span>{}</p></div>"#,
        esc(label.get(loc.lang)),
        exact(v).unwrap_or_default(),
        esc(num),
        esc(unit),
        esc(before),
        esc(&word),
        esc(num),
        esc(unit),
        esc(after)
    )
}

/// The script that decides, before anything is drawn, whether the first view may show: an embed
/// (`embed` read as the link codec reads it: on unless `0` or `false` in any case, the first one
/// counting)
/// does not show it; a link with more than the neutral keys (and `data=` naming the newest
/// vintage, whose figures the first view shows), or a browser preferring Hindi or
/// Russian, shows it with its numbers waiting. The keys come from the link codec, so the two
/// agree on every link.
pub fn decide_script() -> String {
    let neutral: Vec<String> = crate::link::view::neutral_keys()
        .map(|k| format!("'{k}'"))
        .collect();
    let langs: Vec<String> = Lang::ALL
        .iter()
        .map(|l| format!("'{}'", l.code()))
        .collect();
    [
        "<script>(function(){var d=document.documentElement;",
        "var ps=location.search.replace(/^[?]/,'').split('&').filter(function(p){return p});",
        "var dec=function(s){try{return decodeURIComponent(s.replace(/[+]/g,' '))}catch(e){return s}};",
        "var key=function(p){return dec(p.split('=')[0])};",
        "var val=function(p){var i=p.indexOf('=');return i<0?'':dec(p.slice(i+1))};",
        "var e=ps.filter(function(p){return key(p)==='embed'})[0];",
        // lower case as the codec's flags are read: ASCII letters only
        "var lc=function(s){return s.replace(/[A-Z]/g,function(c){return c.toLowerCase()})};",
        "if(e!=null&&lc(val(e))!=='0'&&lc(val(e))!=='false'){d.classList.add('first-view-off');return}",
        &format!("var n=[{}];", neutral.join(",")),
        // data= naming the newest vintage (every link the page writes) is the first view's data
        &format!(
            "var own=ps.filter(function(p){{return n.indexOf(key(p))<0&&!(key(p)==='{}'&&val(p)==='{}')}});",
            crate::link::DATA,
            crate::vintage::LATEST
        ),
        &format!("var ls=[{}];", langs.join(",")),
        "var l=(navigator.languages&&navigator.languages.length?navigator.languages:[navigator.language||'']).map(function(x){return String(x).split(/[-_]/)[0].trim().toLowerCase()}).filter(function(x){return ls.indexOf(x)>=0})[0]||'en';",
        "if(own.length||l!=='en')d.classList.add('first-view-waits')})()</script>",
    ]
    .concat()
}

/// The alert region the loader fills when the page cannot start (its WebAssembly fails to load,
/// compile or instantiate, or it has not started after a long while), and the words it fills it
/// with, in each language (a `<template>`: nothing shows or is read until the loader needs it).
/// Each block has the message, a link that reloads the page and one to the full calculator (for
/// embeds; the loader sets the addresses and drops it elsewhere).
pub fn fault_html() -> String {
    let blocks: String = Lang::ALL
        .iter()
        .flat_map(|l| {
            let (lang, reload, full) = (
                l.code(),
                esc(text::RELOAD.get(*l)),
                esc(text::OPEN_FULL.get(*l)),
            );
            [("failed", text::BOOT_FAILED), ("slow", text::BOOT_SLOW)].map(|(kind, words)| {
                format!(
                    r#"<div data-lang="{lang}" data-kind="{kind}" lang="{lang}"><p>{}</p><p><a class="button reload" href="">{reload}</a> <a class="full" href="" target="_blank" rel="noopener">{full}</a></p></div>"#,
                    esc(words.get(*l))
                )
            })
        })
        .collect();
    format!(
        r#"<div id="boot-fault" class="fault" role="alert"></div><template id="boot-fault-words">{blocks}</template>"#
    )
}

/// After the first view: while it waits for another scenario's numbers (`first-view-waits`), its
/// placeholders are hidden from assistive technology, so that a screen reader never reads the
/// default scenario's figures for a link that asks for others.
pub fn hide_waiting_script() -> String {
    "<script>(function(){var f=document.getElementById('first-view');if(f&&document.documentElement.classList.contains('first-view-waits'))f.setAttribute('aria-hidden','true')})()</script>".to_string()
}

/// The language and currency switchers as the app draws them (inert until it starts), so that
/// nothing below them moves when it does.
fn locale(lang: Lang) -> String {
    let button = |class: &str, lang_attr: &str, pressed: bool, label: &str| {
        format!(
            r#"<button type="button" class="{class}"{lang_attr} aria-pressed="{pressed}" tabindex="-1">{}</button>"#,
            esc(label)
        )
    };
    let langs: String = Lang::ALL
        .iter()
        .map(|l| {
            button(
                "lang",
                &format!(r#" lang="{}""#, l.code()),
                *l == lang,
                l.endonym(),
            )
        })
        .collect();
    let curs: String = Currency::ALL
        .iter()
        .map(|c| button("cur", "", *c == Currency::Usd, c.name().get(lang)))
        .collect();
    format!(
        r#"<div class="locale" aria-hidden="true"><div class="switch">{langs}</div><div class="switch"><span class="switch-label">{}</span>{curs}</div></div>"#,
        esc(text::CURRENCY.get(lang))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The descriptions follow the data: another target, another base year's trade.
    #[test]
    fn the_descriptions_are_the_datas() {
        let b = crate::baseline().unwrap();
        let nb = |s: String| s.replace('\u{a0}', " ");
        assert!(nb(description(b)).contains("against the US$ 100 bn target"));
        let preview = nb(preview_description(b));
        assert!(preview.starts_with("In FY2025-26 India bought US$ 55.4 bn of goods from Russia and sold it US$ 4.5 bn."), "{preview}");
        let mut other = b.clone();
        other.params.target = 120.0;
        other.history.last_mut().unwrap().imports = Some(40.04);
        assert!(nb(description(&other)).contains("US$ 120 bn target"));
        let preview = nb(preview_description(&other));
        assert!(
            preview.contains("bought US$ 40.0 bn")
                && preview.contains("US$ 120 bn target to FY2030-31"),
            "{preview}"
        );
    }

    #[test]
    fn the_first_view_holds_the_default_scenarios_figures() {
        let b = crate::baseline().unwrap();
        let html = html(b);
        let sc = project(&b.params, &Scenario::baseline(&b.params));
        assert!(html.starts_with("<main class=\"page first-view\""));
        assert!(html.contains(&esc(&narrative::headline(
            &Loc::plain(b, &b.params),
            &sc,
            &sc
        ))));
        assert!(html.contains(&format!(
            "data-value=\"{}\"",
            exact(sc.headline.final_balance).unwrap()
        )));
        assert!(!html.contains("NaN") && !html.contains('{'));
    }
}
