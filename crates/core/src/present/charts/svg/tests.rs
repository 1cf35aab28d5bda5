//! The download SVG: wrapping, every series and key, the running year's mark, a journalist's words.

use super::*;
use crate::insight::attribution::attribute;
use crate::insight::uncertainty::stated_band;
use crate::model::{project, Scenario};
use crate::present::charts::chart;

#[test]
fn lines_wrap_to_the_width_and_links_after_their_ampersands() {
    let source = text::SOURCE_SHORT.en;
    let lines = wrap(source, 11.0, 300.0);
    assert!(lines.len() > 1);
    assert_eq!(lines.join(" "), source);
    assert!(lines.iter().all(|l| text_width(l, 11.0, false) <= 300.0));
    let link = "https://example.org/calc/?v=1&eaeu_cut=50&oil=-10&growth=15&pin=oil%3D-10";
    let lines = wrap_link(link, 11.0, 200.0);
    assert!(lines.len() > 1);
    assert_eq!(lines.concat(), link);
    assert!(lines.iter().all(|l| text_width(l, 11.0, false) <= 200.0));
    // a word wider than the line is cut where it must be
    let long = "x".repeat(200);
    assert!(wrap(&long, 11.0, 100.0)
        .iter()
        .all(|l| text_width(l, 11.0, false) <= 100.0));
}

#[test]
fn standalone_svg_has_title_source_link_and_every_series() {
    let b = crate::baseline().unwrap();
    let p = b.params;
    let s = Scenario::baseline(&p);
    let sc = project(&p, &s);
    let pin = project(
        &p,
        &Scenario {
            oil_change: -20.0,
            ..s
        },
    );
    let band = stated_band(&p, &s);
    let moved = attribute(&p, &Scenario { growth: 20.0, ..s });
    for extras in [
        Extras::default(),
        Extras {
            band: Some(&band),
            pinned: Some(&pin),
        },
    ] {
        let f = Drawn {
            baseline: b,
            scenario: &sc,
            base: &sc,
            extras,
            moved: &moved,
            loc: Loc::plain(b, &p),
            name: extras.band.map(|_| "Oil & <stop>"),
            words: Words::default(),
            pinned_name: extras.pinned.map(|_| "Pin \"one\""),
        };
        for c in ChartId::ALL {
            check_standalone(c, &f);
        }
    }
}

/// The running year's mark on each chart over time: its shape in the download, and the months'
/// figure its English readout gives (of the data with a running year, current trends): the
/// same months on every chart, exports 4.0 and imports 26.1 making the total 30.1 and (from the
/// unrounded figures) the deficit 22.0.
const RUNNING: [(ChartId, &str, &str); 4] = [
    (
        ChartId::Balance,
        "<circle",
        "April–October (7\u{a0}months): deficit 22.0",
    ),
    (
        ChartId::Total,
        "<circle",
        "April–October (7\u{a0}months): 30.1",
    ),
    (
        ChartId::Exports,
        "<rect",
        "April–October (7\u{a0}months): 4.0",
    ),
    (
        ChartId::Imports,
        "<rect",
        "April–October (7\u{a0}months): 26.1",
    ),
];

/// An element's `width="…"`.
fn width_of(element: &str) -> Option<f64> {
    element
        .split("width=\"")
        .nth(1)?
        .split('"')
        .next()?
        .parse()
        .ok()
}

/// The widest bar of an SVG that is not the running year's.
fn widest_bar(svg: &str) -> f64 {
    svg.split("<rect x=")
        .skip(1)
        .filter(|r| !r.contains("partial"))
        .filter_map(width_of)
        .fold(0.0, f64::max)
}

/// One chart's running-year mark in the download (`shape`, white, labelled with the months; a
/// bar a third of a year's wide) and its readout (the months and their figure).
fn check_partial(c: ChartId, f: &Drawn, shape: &str) -> String {
    let (b, sc, lang) = (f.baseline, f.scenario, f.loc.lang);
    let svg = standalone_svg(c, f, "http://127.0.0.1/").svg;
    let d = c.data(&f.loc, b, sc, sc, f.extras).unwrap();
    let part = d.partial.clone().expect("a partial year");
    assert_eq!(d.timeline.year(part.index), 2026);
    let mark = svg
        .lines()
        .find(|l| l.contains("class=\"partial\""))
        .expect("a mark");
    assert!(
        mark.starts_with(shape) && mark.contains("fill=\"#ffffff\""),
        "{mark}"
    );
    if shape == "<rect" {
        let (width, full) = (width_of(mark).unwrap(), widest_bar(&svg));
        assert!(width > 0.0 && width < full / 2.0, "{width} vs {full}");
    }
    let label = crate::present::words::running::months_short(lang, &b.running.unwrap());
    assert!(
        svg.contains(&format!(">{}</text>", esc(&label))),
        "{c:?} {lang:?}"
    );
    let r = chart::readout(&f.loc, &d, part.index, f.names());
    let words = crate::present::words::running::readout_label(lang, &b.running.unwrap());
    assert!(r.contains(&format!("{words}: ")), "{r}");
    r
}

#[test]
fn the_running_year_is_a_partial_mark_labelled_with_its_months_in_the_download() {
    let b = crate::baseline_with_running();
    let p = b.params;
    let s = Scenario::baseline(&p);
    let sc = project(&p, &s);
    let moved = attribute(&p, &s);
    for lang in Lang::ALL {
        let f = Drawn {
            baseline: b,
            scenario: &sc,
            base: &sc,
            extras: Extras::default(),
            moved: &moved,
            loc: Loc {
                lang,
                ..Loc::plain(b, &p)
            },
            name: None,
            words: Words::default(),
            pinned_name: None,
        };
        for (c, shape, en) in RUNNING {
            let r = check_partial(c, &f, shape);
            assert!(lang != Lang::En || r.contains(en), "{c:?}: {r}");
            // the shipped data have no running year: no mark
            let plain = crate::baseline().unwrap();
            assert_eq!(
                c.data(&f.loc, plain, &sc, &sc, f.extras).unwrap().partial,
                None
            );
        }
    }
}

/// One chart's download: its frame, title, source and link; the waterfall's steps, or the
/// legend's every key, the band and the pinned line when it has them.
fn check_standalone(c: ChartId, f: &Drawn) {
    let b = f.baseline;
    let doc = standalone_svg(c, f, "http://127.0.0.1/?v=1&a=<b>");
    let svg = &doc.svg;
    assert!(svg.starts_with("<svg xmlns"));
    assert!(svg.contains(&format!("height=\"{}\"", doc.height)));
    assert_eq!(doc.width, 720);
    assert!(svg.contains(&esc(&c.title(&f.loc, f.scenario.target))));
    // the finding as the title, and FY2030-31's label under the plot
    if let Some(t) = narrative::chart_title(&f.loc, c, f.scenario) {
        assert!(texts(svg).contains(&esc(&t)), "{t}");
        assert!(svg.contains(">30-31</text>"), "{c:?}");
    }
    assert!(svg.contains("Source: Department of Commerce"));
    assert!(svg.contains("v=1&amp;a=&lt;b&gt;"));
    assert!(!svg.contains("NaN"));
    let Some(d) = c.data(&f.loc, b, f.scenario, f.base, f.extras) else {
        // the waterfall: every group and both ends, twice
        for step in ["Current trends", "Tariff cuts", "Exports", "Your scenario"] {
            assert_eq!(svg.matches(&format!(">{step}</text>")).count(), 2, "{step}");
        }
        return;
    };
    assert!(svg.contains(">actual</text>") && svg.contains(">projection</text>"));
    for k in d.keys() {
        let words = chart::named(k.name, Lang::En, f.names());
        assert!(svg.contains(&format!(">{}</text>", esc(&words))), "{words}");
    }
    // stacked bars say whose they are when named or beside a pinned scenario
    if d.kind == Kind::Stacked && f.name.is_some() {
        assert!(texts(svg).contains("bars: Oil &amp; &lt;stop&gt;"), "{c:?}");
    }
    // a named scenario's line is called by its name
    assert_eq!(
        svg.contains(">Oil &amp; &lt;stop&gt;</text>"),
        f.name.is_some() && d.keys().iter().any(|k| k.name == chart::SCENARIO),
        "{c:?}"
    );
    assert_eq!(
        svg.contains(">Pin &quot;one&quot;</text>"),
        d.pinned.is_some(),
        "{c:?}"
    );
    assert!(!svg.contains(">Pinned scenario</text>"), "{c:?}");
    assert_eq!(svg.contains("<polygon"), d.band.is_some());
    let pinned_line = format!(
        "stroke=\"{}\" stroke-width=\"3\" stroke-dasharray=\"2 4\"",
        palette::PINNED
    );
    assert_eq!(svg.contains(&pinned_line), d.pinned.is_some());
}

/// Every text of an SVG in order, its wrapped lines joined by spaces.
fn texts(svg: &str) -> String {
    svg.split("</text>")
        .filter_map(|part| part.rsplit_once('>').map(|(_, t)| t))
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn a_journalists_title_subtitle_and_note_replace_the_charts_own() {
    let b = crate::baseline().unwrap();
    let p = b.params;
    let s = Scenario::baseline(&p);
    let sc = project(&p, &s);
    let moved = attribute(&p, &s);
    let long = "Projection, not a forecast. ".repeat(8);
    for c in ChartId::ALL {
        let f = Drawn {
            baseline: b,
            scenario: &sc,
            base: &sc,
            extras: Extras::default(),
            moved: &moved,
            loc: Loc::plain(b, &p),
            name: None,
            pinned_name: None,
            words: Words {
                title: Some("Trade <with> Russia"),
                subtitle: Some("In US$ bn"),
                note: Some(long.trim_end()),
            },
        };
        let svg = standalone_svg(c, &f, "http://x/?v=1").svg;
        assert!(svg.contains(">Trade &lt;with&gt; Russia</text>"), "{c:?}");
        assert!(svg.contains(">In US$ bn</text>"), "{c:?}");
        if let Some(t) = narrative::chart_title(&f.loc, c, &sc) {
            assert!(!texts(&svg).contains(&esc(&t)), "{c:?}");
        }
        // the note wraps above the source line
        let note = svg.find(">Projection, not a forecast.").expect("the note");
        assert!(note < svg.find("Source: Department of Commerce").unwrap());
        assert_eq!(svg.matches("Projection,").count(), 8);
        assert!(texts(&svg).contains(long.trim_end()));
    }
}
